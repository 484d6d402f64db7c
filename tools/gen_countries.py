#!/usr/bin/env python3
"""Regenerate the state actors of src/extract/default_lexicon.toml.

Formal names come from Debian's iso-codes package (ISO 3166-1 and 3166-3 JSON,
LGPL-2.1+; `apt-get install iso-codes`), and names in other languages from
the same package's gettext translations (/usr/share/locale/<lang>/LC_MESSAGES/
iso_3166-1.mo); canonical short names, short forms, former names, capital
metonyms and Cyrillic forms are added by hand below. Local names that are no
safe alias are left out, each printed with the reason.
The script rewrites only the block between the BEGIN/END GENERATED markers.

    python3 tools/gen_countries.py            # rewrite the block in place
    python3 tools/gen_countries.py --stdout   # print the block
"""
import gettext
import json
import sys
import tomllib
import unicodedata
from pathlib import Path

ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LEXICON = Path(__file__).resolve().parent.parent / "src/extract/default_lexicon.toml"
BEGIN = "# BEGIN GENERATED STATES (tools/gen_countries.py)"
END = "# END GENERATED STATES"

# Ambiguity rules (also in the lexicon header):
# - A capital is an alias only where commentary uses it for the government and
#   the city name is not shared or tied to famous treaties/conferences; the
#   remaining fixed phrases ("Paris Agreement", "George Washington") are in
#   [ignore]. Not used: Jerusalem, Tel Aviv, Rome, Madrid, Vienna, Geneva,
#   Helsinki, Oslo, Stockholm, Tripoli, Sanaa, Addis Ababa, The Hague,
#   Wellington, Kingston, Santiago, Victoria.
# - Bare "Congo" and "Korea" name no actor (two states each; "Korea" also the
#   whole peninsula in 1950s speeches); the long and qualified forms do.
# - Georgia, Jordan, Niger, Chad, Guinea, Sudan keep their bare names; longer
#   names (Guinea-Bissau, South Sudan, Papua New Guinea) win by length and the
#   US state / river / first-name uses are listed in [ignore].

UN_MEMBERS = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV
HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB
GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM
JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT
MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN
PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU
SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS
TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split()
OBSERVERS_AND_OTHERS = ["VAT", "PSE", "TWN", "XKX"]

# code: (canonical name or None for the ISO name, hand aliases, use ISO names?)
HAND = {
    "AFG": (None, ["Democratic Republic of Afghanistan", "Republic of Afghanistan", "Kabul", "Афганистан"]),
    "ALB": (None, ["People's Socialist Republic of Albania", "People's Republic of Albania", "Албания"]),
    "ATG": (None, ["Antigua"]),
    "ARG": (None, ["Аргентина"]),
    "ARM": (None, ["Yerevan", "Армения", "Ереван"]),
    "AUS": (None, ["Commonwealth of Australia", "Canberra", "Австралия"]),
    "AUT": (None, ["Австрия"]),
    "AZE": (None, ["Baku", "Азербайджан", "Баку"]),
    "BGD": (None, ["Dhaka", "Dacca", "Бангладеш"]),
    "BLR": (None, ["Byelorussia", "Byelorussian SSR", "Byelorussian Soviet Socialist Republic",
                   "Belorussia", "Belorussian SSR", "Minsk", "Беларусь", "Белоруссия",
                   "Республика Беларусь", "Минск", "Білорусь"]),
    "BEL": (None, ["Бельгия"]),
    "BLZ": (None, ["British Honduras"]),
    "BEN": (None, ["Dahomey", "People's Republic of Benin"]),
    "BOL": ("Bolivia", ["Republic of Bolivia", "La Paz"]),
    # "BiH", as the region's languages write it, and the cases of the
    # Croatian, Bosnian and Serbian name (a name of several words takes none
    # below).
    "BIH": (None, ["Bosnia", "Bosnia-Herzegovina", "Sarajevo", "Босния и Герцеговина", "BiH",
                   "Bosne i Hercegovine", "Bosni i Hercegovini", "Bosnu i Hercegovinu"]),
    "BWA": (None, ["Bechuanaland"]),
    "BRA": (None, ["Brasília", "Бразилия"]),
    "BRN": ("Brunei", []),
    "BGR": (None, ["People's Republic of Bulgaria", "Болгария"]),
    "BFA": (None, ["Upper Volta", "Republic of Upper Volta"]),
    "CPV": (None, ["Cape Verde", "Republic of Cape Verde"]),
    "KHM": (None, ["Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea",
                   "Khmer Republic", "Phnom Penh", "Камбоджа"]),
    "CMR": (None, ["Cameroun", "United Republic of Cameroon"]),
    "CAN": (None, ["Ottawa", "Канада"]),
    "CAF": (None, ["Central African Empire"]),
    "CHN": (None, ["PRC", "P.R.C.", "Mainland China", "Communist China", "Red China", "Beijing",
                   "Peking", "Китай", "КНР", "Пекин"]),
    "COL": (None, ["Bogotá", "Колумбия"]),
    # Bare "Congo" is left to no actor: it names two states. Its capital
    # names it as Kinshasa names the other ("Brazzaville and Kinshasa"); "the
    # Brazzaville Conference" and "Protocol" name a venue (extract/mod.rs).
    "COG": ("Republic of the Congo", ["Congo-Brazzaville", "Congo Brazzaville", "Congo (Brazzaville)",
                                      "Congo Republic", "People's Republic of the Congo",
                                      "Republic of Congo", "Brazzaville"], "no-iso-name"),
    "CIV": ("Côte d'Ivoire", ["Ivory Coast", "Кот-д'Ивуар"]),
    "CUB": (None, ["Havana", "Куба", "Гавана"]),
    "CYP": (None, ["Кипр"]),
    "CZE": ("Czech Republic", ["Prague", "Чехия"]),
    "PRK": ("North Korea", ["DPRK", "D.P.R.K.", "DPR Korea", "DPR of Korea", "Pyongyang",
                            "N. Korea", "КНДР", "Северная Корея", "Северной Кореи", "Пхеньян"]),
    "COD": ("Democratic Republic of the Congo", [
        "Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC", "D.R.C.", "Congo-Kinshasa",
        "Congo Kinshasa", "Congo (Kinshasa)", "Congo-Léopoldville", "Congo (Léopoldville)",
        "Republic of the Congo (Léopoldville)", "Zaire", "Zaïre", "Republic of Zaire", "Belgian Congo",
        "Kinshasa", "ДРК", "Демократическая Республика Конго"], "no-iso-name"),
    "DNK": (None, ["Дания"]),
    "DJI": (None, ["French Somaliland", "French Territory of the Afars and the Issas"]),
    "EGY": (None, ["United Arab Republic", "Cairo", "Египет", "Египта", "Каир"]),
    "GNQ": (None, ["Spanish Guinea"]),
    "EST": (None, ["Tallinn", "Эстония"]),
    "SWZ": (None, ["Swaziland", "Kingdom of Swaziland"]),
    "ETH": (None, ["Abyssinia", "Эфиопия"]),
    "FIN": (None, ["Финляндия"]),
    "FRA": (None, ["Paris", "Франция", "Париж"]),
    "GEO": (None, ["Republic of Georgia", "Sakartvelo", "Tbilisi", "Грузия", "Тбилиси"]),
    "DEU": (None, ["West Germany", "FRG", "F.R.G.", "Bonn", "Berlin", "Германия", "ФРГ", "Берлин"]),
    "GHA": (None, ["Gold Coast"]),
    "GRC": (None, ["Athens", "Греция"]),
    "GIN": (None, ["Guinea-Conakry", "Conakry"]),
    "GNB": (None, ["Portuguese Guinea", "Guinea Bissau", "Republic of Guinea Bissau"]),
    "GUY": (None, ["British Guiana", "Co-operative Republic of Guyana", "Cooperative Republic of Guyana"]),
    "HUN": (None, ["Budapest", "Hungarian People's Republic", "Hungarian Republic", "Венгрия", "Угорщина"]),
    "IND": (None, ["Bharat", "New Delhi", "Индия", "Нью-Дели"]),
    "IDN": (None, ["Jakarta", "Индонезия"]),
    "IRN": ("Iran", ["Persia", "Tehran", "Teheran", "Иран", "Тегеран"]),
    "IRQ": (None, ["Baghdad", "Ирак", "Багдад"]),
    "IRL": (None, ["Republic of Ireland", "Éire", "Ирландия"]),
    "ISR": (None, ["Израиль", "Ізраїль"]),
    "ITA": (None, ["Италия"]),
    "JPN": (None, ["Tokyo", "Япония", "Токио"]),
    "JOR": (None, ["Transjordan", "Amman", "Иордания"]),
    "KAZ": (None, ["Astana", "Казахстан"]),
    "KGZ": (None, ["Kirghizia", "Kirgizia", "Кыргызстан", "Киргизия"]),
    "LAO": ("Laos", ["Lao PDR", "Vientiane", "Лаос"]),
    "LVA": (None, ["Riga", "Латвия"]),
    "LBN": (None, ["Beirut", "Ливан"]),
    "LSO": (None, ["Basutoland"]),
    "LBY": (None, ["Libyan Arab Jamahiriya", "Great Socialist People's Libyan Arab Jamahiriya",
                   "Socialist People's Libyan Arab Jamahiriya", "Libyan Arab Republic", "State of Libya",
                   "Ливия"]),
    "LTU": (None, ["Vilnius", "Литва"]),
    "MDG": (None, ["Malagasy Republic", "Democratic Republic of Madagascar"]),
    "MWI": (None, ["Nyasaland"]),
    "MYS": (None, ["Federation of Malaya", "Malaya", "Kuala Lumpur", "Малайзия"]),
    "MEX": (None, ["Mexico City", "Мексика"]),
    "FSM": ("Micronesia", []),
    "MNG": (None, ["Mongolian People's Republic", "Монголия"]),
    "MNE": (None, ["Черногория"]),
    "MAR": (None, ["Rabat", "Марокко"]),
    "MMR": (None, ["Burma", "Union of Myanmar", "Union of Burma", "Socialist Republic of the Union of Burma",
                   "Naypyidaw", "Nay Pyi Taw", "Naypyitaw", "Мьянма", "Бирма"]),
    "NAM": (None, ["South West Africa", "South-West Africa"]),
    "NLD": (None, ["Holland", "Нидерланды"]),
    "NZL": (None, ["Aotearoa", "Новая Зеландия"]),
    "NIC": (None, ["Managua", "Никарагуа"]),
    "NER": (None, ["Niamey", "Нигер"]),
    "NGA": (None, ["Abuja", "Нигерия"]),
    "MKD": (None, ["Macedonia", "Republic of Macedonia", "former Yugoslav Republic of Macedonia",
                   "FYROM", "FYR Macedonia", "Skopje", "Северная Македония"]),
    "NOR": (None, ["Норвегия"]),
    "OMN": (None, ["Muscat", "Оман"]),
    "PAK": (None, ["Islamabad", "Пакистан"]),
    "PHL": (None, ["Manila", "Philippine Republic", "Филиппины"]),
    "POL": (None, ["Warsaw", "Polish People's Republic", "People's Republic of Poland", "Польша", "Варшава"]),
    "PRT": (None, ["Португалия"]),
    "QAT": (None, ["Doha", "Катар"]),
    "KOR": ("South Korea", ["Republic of Korea", "ROK", "R.O.K.", "Seoul", "S. Korea",
                            "Южная Корея", "Южной Кореи", "Республика Корея", "Сеул"]),
    "MDA": ("Moldova", ["Moldavia", "Chisinau", "Chișinău", "Kishinev", "Молдавия", "Молдова",
                        "Кишинёв"]),
    "ROU": (None, ["Rumania", "Roumania", "Socialist Republic of Romania", "Bucharest", "Румыния"]),
    "RUS": ("Russia", ["Moscow", "Россия", "Российская Федерация",
                       "РФ", "Москва",
                       "Росія"]),
    "KNA": (None, ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St. Kitts", "St Kitts",
                   "Federation of Saint Kitts and Nevis", "Saint Christopher and Nevis"]),
    "LCA": (None, ["St Lucia", "St. Lucia"]),
    "VCT": (None, ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent",
                   "St. Vincent", "St Vincent"]),
    "WSM": (None, ["Western Samoa"]),
    "STP": ("São Tomé and Príncipe", ["Sao Tome", "São Tomé"]),
    "SAU": (None, ["Riyadh", "KSA", "Саудовская Аравия", "Эр-Рияд"]),
    "SRB": (None, ["Belgrade", "Сербия", "Белград"]),
    "SOM": (None, ["Mogadishu", "Сомали"]),
    "ZAF": (None, ["Union of South Africa", "Pretoria", "ЮАР", "Южная Африка", "Южно-Африканская Республика"]),
    "SSD": (None, ["Juba", "Южный Судан"]),
    "ESP": (None, ["Испания"]),
    "LKA": (None, ["Ceylon", "Шри-Ланка"]),
    "SDN": (None, ["Khartoum", "Судан"]),
    "SUR": (None, ["Surinam", "Dutch Guiana"]),
    "SWE": (None, ["Швеция"]),
    "CHE": (None, ["Bern", "Berne", "Швейцария"]),
    "SYR": ("Syria", ["Damascus", "Сирия", "Дамаск"]),
    "TJK": (None, ["Таджикистан"]),
    "TZA": ("Tanzania", ["Tanganyika", "United Republic of Tanganyika and Zanzibar", "Танзания"]),
    "THA": (None, ["Siam", "Bangkok", "Таиланд"]),
    "TLS": (None, ["East Timor", "Dili", "Восточный Тимор"]),
    "TUN": (None, ["Тунис"]),
    "TUR": ("Turkey", ["Türkiye", "Republic of Turkey", "Ankara", "Турция", "Анкара"]),
    "TKM": (None, ["Туркменистан", "Туркмения"]),
    "TUV": (None, ["Ellice Islands"]),
    "UKR": (None, ["Ukrainian SSR", "Ukrainian Soviet Socialist Republic", "Kyiv", "Kiev", "Україна",
                   "Київ", "Украина",
                   "Киев"]),
    "ARE": (None, ["UAE", "U.A.E.", "Abu Dhabi", "ОАЭ", "Объединённые Арабские Эмираты"]),
    "GBR": (None, ["UK", "U.K.", "Britain", "Great Britain", "London", "Великобритания", "Британия", "Лондон"]),
    "USA": (None, ["US", "U.S.", "USA", "U.S.A.", "America", "Washington", "США", "САЩ",
                   "Соединённые Штаты", "Соединенные Штаты",
                   "Соединённые Штаты Америки", "Соединенные Штаты Америки", "Америка",
                   "Вашингтон"]),
    "UZB": (None, ["Tashkent", "Узбекистан"]),
    "VUT": (None, ["New Hebrides"]),
    "VEN": ("Venezuela", ["Caracas", "Венесуэла"]),
    "VNM": ("Vietnam", ["Viet-Nam", "Socialist Republic of Vietnam", "Hanoi", "Вьетнам"]),
    "YEM": (None, ["Йемен"]),
    "ZMB": (None, ["Northern Rhodesia"]),
    "ZWE": (None, ["Harare", "Зимбабве"]),
    "VAT": ("Holy See", ["Vatican", "Vatican City", "Vatican City State", "Ватикан"], "no-iso-name"),
    "PSE": ("State of Palestine", ["Palestine", "Палестина", "Государство Палестина"], "no-iso-name"),
    "TWN": ("Taiwan", ["Republic of China", "Formosa", "Chinese Taipei", "Taipei", "Тайвань"], "no-iso-name"),
    "XKX": ("Kosovo", ["Republic of Kosovo", "Kosova", "Pristina", "Prishtina", "Косово"]),
}

# Older official names (kingdoms, people's republics, Soviet republics), after
# the ISO and hand names above.
OLDER = {
    "AFG": ["Kingdom of Afghanistan", "Islamic State of Afghanistan"],
    "AGO": ["People's Republic of Angola"],
    "ARM": ["Armenian SSR", "Armenian Soviet Socialist Republic"],
    "AZE": ["Azerbaijan SSR", "Azerbaijan Soviet Socialist Republic", "Azerbaijani SSR"],
    "CMR": ["Federal Republic of Cameroon"],
    "EGY": ["Kingdom of Egypt"],
    "EST": ["Estonian SSR"],
    "ETH": ["People's Democratic Republic of Ethiopia", "Socialist Ethiopia", "Empire of Ethiopia",
            "Imperial Ethiopian Government"],
    "GEO": ["Georgian SSR", "Georgian Soviet Socialist Republic"],
    "IND": ["Union of India", "Dominion of India"],
    "IRN": ["Imperial Government of Iran", "Imperial Iran", "Empire of Iran"],
    "IRQ": ["Kingdom of Iraq"],
    "IRL": ["Irish Free State"],
    "JOR": ["Hashemite Kingdom of Transjordan"],
    "KAZ": ["Kazakh SSR", "Kazakh Soviet Socialist Republic"],
    "KGZ": ["Kirghiz SSR", "Kirghiz Soviet Socialist Republic"],
    "LAO": ["Kingdom of Laos"],
    "LVA": ["Latvian SSR"],
    "LBY": ["Kingdom of Libya", "United Kingdom of Libya"],
    "LTU": ["Lithuanian SSR"],
    "MLI": ["Sudanese Republic"],
    "MOZ": ["People's Republic of Mozambique"],
    "NPL": ["Kingdom of Nepal"],
    "OMN": ["Muscat and Oman", "Sultanate of Muscat and Oman"],
    "PAK": ["Dominion of Pakistan"],
    "MDA": ["Moldavian SSR", "Moldavian Soviet Socialist Republic"],
    "SOM": ["Somali Democratic Republic", "Somali Republic"],
    "SDN": ["Democratic Republic of the Sudan"],
    "TJK": ["Tajik SSR", "Tajik Soviet Socialist Republic"],
    "TKM": ["Turkmen SSR", "Turkmen Soviet Socialist Republic", "Turkmenia"],
    "UZB": ["Uzbek SSR", "Uzbek Soviet Socialist Republic"],
}

# "<Demonym> Government", as UN speeches and commentary name a state by its
# government ("the British Government", "the French government"); after the
# older names. Not where a demonym is two states' ("Congolese", "Korean",
# "Vietnamese"), nor "His Majesty's Government", which Nepal, Thailand,
# Jordan and Morocco say of their own.
GOVERNMENTS = {
    "GBR": ["British Government", "His Britannic Majesty's Government",
            "Her Britannic Majesty's Government"],
    "FRA": ["French Government"], "CHN": ["Chinese Government"], "IND": ["Indian Government"],
    "PAK": ["Pakistani Government", "Pakistan Government"], "ISR": ["Israeli Government"],
    "EGY": ["Egyptian Government"], "IRN": ["Iranian Government"], "IRQ": ["Iraqi Government"],
    "SYR": ["Syrian Government"], "LBN": ["Lebanese Government"], "JOR": ["Jordanian Government"],
    "SAU": ["Saudi Government"], "TUR": ["Turkish Government"], "GRC": ["Greek Government"],
    "CYP": ["Cypriot Government"], "ITA": ["Italian Government"], "DEU": ["German Government"],
    "ESP": ["Spanish Government"], "PRT": ["Portuguese Government"], "BEL": ["Belgian Government"],
    "JPN": ["Japanese Government"], "IDN": ["Indonesian Government"],
    "PHL": ["Philippine Government"], "THA": ["Thai Government"], "MMR": ["Burmese Government"],
    "AUS": ["Australian Government"], "CAN": ["Canadian Government"],
    "MEX": ["Mexican Government"], "BRA": ["Brazilian Government"],
    "ARG": ["Argentine Government", "Argentinian Government"], "CHL": ["Chilean Government"],
    "CUB": ["Cuban Government"], "POL": ["Polish Government"], "HUN": ["Hungarian Government"],
    "ROU": ["Romanian Government"], "BGR": ["Bulgarian Government"],
    "ZAF": ["South African Government"], "ETH": ["Ethiopian Government"],
    "KEN": ["Kenyan Government"], "NGA": ["Nigerian Government"], "GHA": ["Ghanaian Government"],
    "DZA": ["Algerian Government"], "MAR": ["Moroccan Government"], "TUN": ["Tunisian Government"],
    "LBY": ["Libyan Government"], "SDN": ["Sudanese Government"],
    "SSD": ["South Sudanese Government"], "AFG": ["Afghan Government"],
    "UKR": ["Ukrainian Government"], "RUS": ["Russian Government"], "SWE": ["Swedish Government"],
    "NOR": ["Norwegian Government"], "DNK": ["Danish Government"], "FIN": ["Finnish Government"],
    "IRL": ["Irish Government"], "AUT": ["Austrian Government"], "CHE": ["Swiss Government"],
}

# Ukrainian nominatives written by hand (their case forms are generated at
# load, src/extract/declension.rs).
UKRAINIAN_HAND = {
    "FRA": ["Франція"],
    "DEU": ["Німеччина"],
    "IRN": ["Іран"],
    "POL": ["Польща"],
    "TUR": ["Туреччина"],
    "GBR": ["Велика Британія"],
    "USA": ["Сполучені Штати", "Сполучені Штати Америки"],
}

# Local names: each state's short, common and official names in other
# languages, from iso-codes' gettext catalogues of the same ISO 3166-1 names
# (/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo). pt_BR beside pt for
# Brazilian spellings (Irã, Polônia); Bulgarian, whose names do not decline
# ("България", "Русия"). A catalogue that repeats the English name adds nothing.
LOCALE_DIR = Path("/usr/share/locale")
LANGUAGES = ["de", "fr", "es", "pt", "pt_BR", "it", "nl", "pl", "uk", "ru", "bg"]
# Languages whose names also get the case forms their sentences put a state
# name in (see `case_forms`): Swedish, Danish, Norwegian, Czech, Slovak,
# Croatian, Serbian in Latin letters, Slovene, Romanian, Turkish, Finnish,
# Hungarian, Greek and Estonian.
INFLECTED = ["sv", "da", "nb", "cs", "sk", "hr", "sr@latin", "sl", "ro", "tr", "fi", "hu", "el", "et"]
LANGUAGES += INFLECTED
# ISO writes names inverted for sorting ("Korea, Republik", "Russie,
# Fédération de"). The head alone is the short name; head and tail turned
# round are the long name where the tail is a kind of state, in languages
# whose word order allows it (not Polish, Ukrainian or Russian, where the
# head would have to decline).
INVERTIBLE = {"de", "fr", "es", "pt", "pt_BR", "it", "nl"}
STATE_WORDS = ("republi", "répub", "repúbl", "repubbl", "staat", "stato", "stati", "estad", "état",
               "federa", "fédéra", "föder", "reino", "royaume", "königreich", "regno", "koninkrijk",
               "îles", "islas", "ilhas", "isole")

# Bare names of two states each: no actor, in any language (header rule).
BARE_AMBIGUOUS = {"Congo", "Kongo", "Конго", "Korea", "Corée", "Corea", "Coreia", "Корея", "Koreja", "Kore"}

# Local names that are no safe alias: the reason is printed when dropped.
UNSAFE = {
    "Perusta": "Finnish word ('basis')",
    "Maurice": "French first name (Maurice Bishop)",
    "Mauricio": "Spanish first name",
    "Maurício": "Portuguese first name",
    "Maurizio": "Italian first name",
    "Dominique": "French first name",
    "Dominika": "Polish first name",
    "Домініка": "first name",
    "Доминика": "first name",
    "Grenade": "French common noun (grenade) and the city of Granada",
    "Granada": "the Spanish city",
    "Salvador": "first name (Salvador Allende) and a Brazilian city",
    "Сальвадор": "first name (Сальвадор Альенде)",
    "Salomon": "first name (the head of the inverted 'Salomon, Îles')",
    "Syrienne": "French adjective and demonym ('une Syrienne')",
    "Lao": "the Lao people and language",
    "Island": "English word (German for Iceland; 'Republik Island' is kept)",
    "Indie": "English word (Polish for India)",
    "Tai": "a people and a given name (Estonian for Thailand; 'Tail', 'Taiga' would follow)",
    "Norra": "Swedish word ('northern': 'Norra Europa'; Estonian for Norway)",
    "Katari": "Aymara name (Túpac Katari; the Estonian genitive of Qatar)",
    "Czad": "Polish common word (carbon monoxide)",
    "Gana": "Spanish verb at a sentence's start ('Gana el PSOE')",
    "Того": "Russian and Ukrainian pronoun ('того')",
    "Мали": "Ukrainian verb ('мали', had)",
    "Argentine": "English adjective and demonym ('the Argentine delegation')",
    "Guiana": "English name of the region ('French Guiana', 'the Guianas')",
    "Équateur": "also a province of the DR Congo",
    "Equateur": "also a province of the DR Congo",
    "Малі": "Ukrainian adjective ('малі', small)",
    "Tunis": "the capital (Croatian and Romanian name of Tunisia), a venue more than the government",
    "Papua": "the Indonesian region (Czech and Slovak short name of Papua New Guinea)",
    "Komori": "Japanese surname (Croatian name of the Comoros)",
    "Somali": "English demonym and language (Romanian name of Somalia)",
    "Kubo": "Japanese surname (Slovene accusative of Kuba)",
    "Danske": "Danish adjective ('Danske Bank'; Croatian genitive of Danska)",
    "Malte": "given name (Croatian genitive of Malta)",
    "Columbia": "English name of a river, a district and British Columbia (Romanian name of Colombia)",
}

# German writes the genitive of a neuter or masculine state name with -s
# ("Russlands Krieg", "Österreichs Kanzler"), the same word in every other
# case. Feminine names (-e, -ei: "der Ukraine", "der Türkei", "der Schweiz")
# and plurals ("der Philippinen", "der Niederlande") do not take it; names
# ending in a sibilant do not either ("des Laos").
GERMAN_NO_GENITIVE_S = {"Schweiz", "Philippinen", "Malediven", "Seychellen", "Komoren", "Salomonen"}


def german_genitive(name):
    """The -s genitive of a one-word German state name, or None."""
    if (" " in name or name in GERMAN_NO_GENITIVE_S or name.endswith(("e", "ei", "s", "ß", "x", "z", "inseln"))
            or not name[:1].isupper()):
        return None
    return name + "s"


GERMAN_ADJECTIVE_ENDINGS = ("ische", "ischer", "isches", "igte", "igter", "igtes", "ierte", "ierter",
                            "iertes", "ative", "ativer", "atives", "ige", "iger", "iges")


def german_weak_form(name):
    """A German name that opens with adjectives, in the form it takes after
    an article in every case but the nominative ("die Vereinigten Staaten",
    "der Islamischen Republik Iran", "im Vereinigten Königreich"), or None."""
    words = name.split(" ")
    n = 0
    while n < len(words) - 1 and words[n][:1].isupper() and words[n].endswith(GERMAN_ADJECTIVE_ENDINGS):
        n += 1
    if n == 0:
        return None
    weak = [w.rstrip("rs") if w.endswith(("er", "es")) else w for w in words[:n]]
    return " ".join([w[:-1] + "en" for w in weak] + words[n:])


# Local names commentary uses that the catalogues lack (they give only the
# official or inverted form, or repeat the English one).
LOCAL_HAND = {
    "RUS": [("de", "Russland"), ("es", "Rusia"), ("pt", "Rússia"), ("pl", "Rosja")],
    "SYR": [("fr", "Syrie"), ("es", "Siria"), ("pt", "Síria")],
    "TUR": [("fr", "Turquie"), ("es", "Turquía"), ("it", "Turchia")],
    "BLR": [("de", "Weißrussland"), ("fr", "Biélorussie")],
    "KOR": [("es", "Corea del Sur")],
    "PRK": [("es", "Corea del Norte")],
    "COD": [("fr", "RDC"), ("pl", "Demokratyczna Republika Konga"), ("uk", "Демократична Республіка Конго")],
    "MUS": [("fr", "Île Maurice")],
    "GBR": [("de", "Vereinigten Königreichs")],
    "VAT": [("de", "Vatikan"), ("es", "Vaticano"), ("pl", "Watykan"), ("fr", "Cité du Vatican"),
            ("it", "Città del Vaticano")],
}

# Short names the catalogues of the inflected languages lack (they give the
# official "Ryska federationen", "Ruska Federacija", "Rusya Federasyonu").
INFLECTED_HAND = {
    "RUS": [("sv", "Ryssland"), ("cs", "Rusko"), ("sk", "Rusko"), ("hr", "Rusija"), ("sl", "Rusija"),
            ("ro", "Rusia"), ("tr", "Rusya"), ("da", "Rusland"), ("nb", "Russland"),
            ("fi", "Venäjä"), ("hu", "Oroszország"), ("el", "Ρωσία"), ("et", "Venemaa")],
    # Not the Croatian and Serbian "SAD": an acronym of English text too.
    "USA": [("ro", "SUA"), ("tr", "ABD"), ("hr", "Sjedinjene Američke Države"),
            ("cs", "Spojené státy americké"), ("ro", "Statele Unite ale Americii")],
    "GBR": [("sv", "Storbritannien"), ("cs", "Velká Británie"), ("hr", "Velika Britanija"),
            ("ro", "Marea Britanie"), ("tr", "Birleşik Krallık"), ("tr", "İngiltere"),
            ("fi", "Iso-Britannia"), ("hu", "Nagy-Britannia"), ("el", "Βρετανία")],
    "CZE": [("cs", "Česko"), ("sk", "Česko"), ("hr", "Češka"), ("ro", "Cehia"), ("tr", "Çekya")],
    "KOR": [("sv", "Sydkorea"), ("cs", "Jižní Korea"), ("hr", "Južna Koreja"), ("ro", "Coreea de Sud")],
    "PRK": [("sv", "Nordkorea"), ("cs", "Severní Korea"), ("hr", "Sjeverna Koreja"), ("ro", "Coreea de Nord")],
    "NLD": [("sv", "Nederländerna"), ("cs", "Nizozemsko"), ("hr", "Nizozemska"), ("ro", "Țările de Jos")],
    "IRN": [("sv", "Iran"), ("cs", "Írán"), ("hr", "Iran"), ("ro", "Iran"), ("tr", "İran")],
    "SYR": [("sv", "Syrien"), ("cs", "Sýrie"), ("hr", "Sirija"), ("ro", "Siria"), ("tr", "Suriye")],
    "MDA": [("cs", "Moldavsko"), ("hr", "Moldavija"), ("ro", "Republica Moldova"), ("tr", "Moldova")],
    "VNM": [("cs", "Vietnam"), ("hr", "Vijetnam"), ("ro", "Vietnam")],
}

# Capitals that commentary names for their governments, as the other
# languages spell them ("Pékin", "Moskau", "Phenian", "Rijád"): the English
# name is in HAND; these take the case forms of their language below
# ("Pekingu", "Pekingissä", "Moszkvában"). Not the spellings that are a
# word or a given name too: "Seul" (French "alone"), "Riad", "Riyad" and
# "Rijad" (given names), "Daka".
CAPITALS = {
    "USA": [("cs", "Washington"), ("sk", "Washington"), ("hr", "Washington"), ("fi", "Washington"),
            ("hu", "Washington"), ("ro", "Washington"), ("el", "Ουάσινγκτον")],
    "CHN": [("fr", "Pékin"), ("es", "Pekín"), ("pt", "Pequim"), ("it", "Pechino"), ("pl", "Pekin"),
            ("tr", "Pekin"), ("sk", "Peking"), ("cs", "Peking"), ("hr", "Peking"), ("fi", "Peking"),
            ("hu", "Peking"), ("ro", "Beijing"), ("el", "Πεκίνο")],
    "RUS": [("fr", "Moscou"), ("es", "Moscú"), ("pt", "Moscovo"), ("it", "Mosca"), ("de", "Moskau"),
            ("nl", "Moskou"), ("pl", "Moskwa"), ("cs", "Moskva"), ("sk", "Moskva"), ("hr", "Moskva"),
            ("sv", "Moskva"), ("da", "Moskva"), ("nb", "Moskva"), ("fi", "Moskova"), ("tr", "Moskova"),
            ("hu", "Moszkva"), ("ro", "Moscova"), ("el", "Μόσχα")],
    "JPN": [("de", "Tokio"), ("es", "Tokio"), ("ro", "Tokio"), ("pt", "Tóquio"), ("hu", "Tokió"),
            ("el", "Τόκιο")],
    "KOR": [("fr", "Séoul"), ("es", "Seúl"), ("hu", "Szöul"), ("el", "Σεούλ")],
    "PRK": [("ro", "Phenian"), ("de", "Pjöngjang"), ("cs", "Pchjongjang"), ("hr", "Pjongjang"),
            ("hu", "Phenjan"), ("el", "Πιονγκγιάνγκ")],
    "IRN": [("de", "Teheran"), ("fr", "Téhéran"), ("es", "Teherán"), ("pt", "Teerã"), ("pt", "Teerão"),
            ("hu", "Teherán"), ("tr", "Tahran"), ("el", "Τεχεράνη")],
    "SAU": [("pt", "Riade"), ("cs", "Rijád"), ("hu", "Rijád"), ("el", "Ριάντ")],
    "IND": [("hu", "Újdelhi"), ("es", "Nueva Delhi"), ("pt", "Nova Deli"), ("pt", "Nova Délhi"),
            ("it", "Nuova Delhi"), ("de", "Neu-Delhi"), ("el", "Νέο Δελχί")],
    "LBN": [("hr", "Bejrut"), ("fr", "Beyrouth"), ("el", "Βηρυτός")],
}

# Case forms: the nominative alone misses most mentions in these languages
# ("u Hrvatskoj", "Rusije", "na Ukrajině", "Rysslands", "Rusiei"). The forms
# are the regular endings of one-word names by their last letters; a name of
# several words is left in the nominative (its words would have to agree).
# A form that no text writes costs only a pattern; one that is another word
# is caught as any alias is, by the owner and two-state checks below.
NORDIC = {"sv", "da", "nb"}
SAME_AS_ENGLISH_DECLINED = ("hu", "fi", "ro")
WEST_SLAVIC = {"cs", "sk"}
SOUTH_SLAVIC = {"hr", "sr@latin", "sl"}
CONSONANTS = set("bcčćdđfghjklmnňpqrřsštťvwxzž")


def case_forms(lang, name):
    """The case forms of a one-word state name in `lang`, beside the nominative."""
    if name in BARE_AMBIGUOUS or name in UNSAFE or " " in name or "-" in name or not name[:1].isupper() or name.isupper() or len(name) < 4:
        return []
    low = name.lower()
    if lang in NORDIC:
        # The genitive -s ("Rysslands krig", "Danmarks regering"), not after a sibilant.
        return [] if low.endswith(("s", "x", "z")) else [name + "s"]
    if lang == "ro":
        # The genitive-dative of the feminine names ("Franței", "Rusiei",
        # "Ucrainei"), and of the others the article "-ului" ("Irakului").
        if low.endswith("ânia"):
            return [name[:-4] + "âniei"]
        if low.endswith("a"):
            return [name[:-1] + "ei"]
        if low[-1] in CONSONANTS:
            return [name + "ului"]
        return []
    stem = name[:-1]
    if lang in WEST_SLAVIC:
        if low.endswith(("ie", "ia")):
            # Czech -ie keeps its form but the instrumental ("Francií"); Slovak -ia.
            return [stem + "í"] if lang == "cs" and low.endswith("ie") else (
                [stem + "e", stem + "u", stem + "ou"] if low.endswith("ia") else [])
        if low.endswith("a"):
            soft = "ě" if lang == "cs" and low[-2:-1] in set("bdfmnptv") else "e"
            hard = "y" if low[-2:-1] not in set("cčjřšžľ") else "e"
            return [stem + hard, stem + soft, stem + "u", stem + "ou"]
        if low.endswith("o"):
            return [stem + "a", stem + "u", stem + ("em" if lang == "cs" else "om")]
        if low[-1] in CONSONANTS:
            return [name + "u", name + ("em" if lang == "cs" else "om")]
        return []
    if lang in SOUTH_SLAVIC:
        if low.endswith(("ska", "čka", "ška", "cka")):
            # Adjectival names: "Hrvatska, Hrvatske, Hrvatskoj, Hrvatsku, Hrvatskom";
            # Slovene "Hrvaška, Hrvaške, Hrvaški, Hrvaško".
            return [stem + "e", stem + "i", stem + "o"] if lang == "sl" else [
                stem + "e", stem + "oj", stem + "u", stem + "om"]
        if low.endswith("a"):
            return [stem + "e", stem + "i", stem + "o"] if lang == "sl" else [
                stem + "e", stem + "i", stem + "u", stem + "om"]
        if low.endswith("o"):
            return [stem + "a", stem + "u", stem + "om"]
        if low[-1] in CONSONANTS:
            return [name + "a", name + "u", name + "om"]
        return []
    if lang == "fi":
        # Genitive, the local cases and the partitive and illative: "Viron
        # hallitus", "Virossa", "Virosta", "Viroon", "Venäjälle", "Irania".
        back = any(c in "aou" for c in low)
        a = "a" if back else "ä"
        if low[-1] in "aeiouyäö":
            # Not the genitive of a name in -a: it is spelt as the English
            # demonym ("Italian", "Belgian", "Angolan", "Bahaman").
            genitive = [] if low.endswith("a") else ["n"]
            return [name + e for e in genitive + ["ss" + a, "st" + a, "ll" + a, "lle", "lt" + a, a]] + [
                name + name[-1] + "n"]
        if low[-1] in CONSONANTS:
            stem = name + "i"
            return [stem + e for e in ("n", "ss" + a, "st" + a, "ll" + a, "lle", "lt" + a, a, "in")]
        return []
    if lang == "et":
        # The local cases and the comitative: "Lätis", "Eestist", "Venemaale",
        # "Soomega". A name in a vowel is its own genitive ("Läti valitsus");
        # a foreign name in a consonant takes "-i" first ("Iraani", "Iraanis").
        if low[-1] in "aeiouõäöü":
            stem, genitive = name, []
        elif low[-1] in CONSONANTS:
            stem, genitive = name + "i", [name + "i"]
        else:
            return []
        forms = genitive + [stem + e for e in ("s", "st", "sse", "le", "l", "lt", "ga")]
        return [f for f in forms if f not in UNSAFE]
    if lang == "hu":
        # A final -a or -e lengthens before the endings ("Grúzia",
        # "Grúziában", "Grúziát"); the endings follow the vowels of the name
        # ("Oroszországban", "Németországgal"), the comitative doubling a
        # final consonant.
        vowels = [c for c in low if c in "aáoóuúeéiíöőüű"]
        back = any(c in "aáoóuú" for c in vowels)
        if low[-1] == "a":
            stem, final_vowel = name[:-1] + "á", True
        elif low[-1] == "e":
            stem, final_vowel = name[:-1] + "é", True
        else:
            stem, final_vowel = name, low[-1] in "áéíóöőúüűi"
        if back:
            endings = ["ban", "ba", "ból", "nak", "tól", "ra", "ról", "hoz", "ért"]
        else:
            endings = ["ben", "be", "ből", "nek", "től", "re", "ről", "hez", "ért"]
        if final_vowel:
            # Not the superessive "-n" of islands: "Kubán" is also the Kuban.
            endings += ["t", "val" if back else "vel"]
            return [stem + e for e in endings]
        endings += ["ot" if back else "et", "on" if back else "en",
                    low[-1] + ("al" if back else "el")]
        return [stem + e for e in endings]
    if lang == "el":
        # The genitive and accusative of feminine names in -α and -η
        # ("Τουρκία", "της Τουρκίας") and of names in -ος ("Κύπρος",
        # "της Κύπρου", "την Κύπρο"), whose accent stays where it is.
        if low.endswith(("α", "η")):
            return [name + "ς"]
        if low.endswith("ος"):
            return [name[:-2] + "ου", name[:-1]]
        return []
    # Turkish writes a case ending after an apostrophe ("Rusya'nın"), which
    # the matcher reads as the end of the name: the nominative is enough.
    return []


# Former and unrecognised states, all by hand: (name, aliases, role).
EXTRA = [
    ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet Russia",
                      "СССР", "Советский Союз"], "former state (1922–1991)"),
    ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia",
                    "Federal People's Republic of Yugoslavia", "SFRY", "Serbia and Montenegro",
                    "Югославия"], "former state (1918–2006)"),
    ("Czechoslovakia", ["Czechoslovak Socialist Republic", "Czechoslovak Republic",
                        "Czech and Slovak Federal Republic", "ČSSR", "Чехословакия"], "former state (1918–1992)"),
    ("East Germany", ["German Democratic Republic", "GDR", "G.D.R.", "East Berlin", "ГДР"],
     "former state (1949–1990)"),
    ("South Vietnam", ["Republic of Viet-Nam", "Republic of Vietnam", "Republic of Viet Nam",
                       "South Viet-Nam", "South Viet Nam", "Saigon"], "former state (1955–1975)"),
    ("North Vietnam", ["Democratic Republic of Viet-Nam", "Democratic Republic of Vietnam",
                       "Democratic Republic of Viet Nam", "North Viet-Nam", "North Viet Nam"],
     "former state (1945–1976)"),
    ("North Yemen", ["Yemen Arab Republic"], "former state (1962–1990)"),
    ("South Yemen", ["People's Democratic Republic of Yemen", "Democratic Yemen"], "former state (1967–1990)"),
    ("Rhodesia", ["Southern Rhodesia", "Zimbabwe Rhodesia", "Republic of Rhodesia"],
     "former unrecognised state / colony (1965–1979)"),
    ("Northern Cyprus", ["Turkish Republic of Northern Cyprus", "TRNC"], "unrecognised state"),
    ("Somaliland", ["Republic of Somaliland"], "unrecognised state"),
    ("Sahrawi Arab Democratic Republic", ["Sahrawi Republic", "SADR"], "partially recognised state"),
    ("Donetsk People's Republic", ["DPR", "DNR", "ДНР", "Донецкая Народная Республика"],
     "Russian-backed entity in Ukraine"),
    ("Luhansk People's Republic", ["Lugansk People's Republic", "LPR", "LNR", "ЛНР",
                                   "Луганская Народная Республика"], "Russian-backed entity in Ukraine"),
]

LATIN_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss"})


def has_cyrillic(s):
    return any("\u0400" <= c <= "\u04ff" for c in s)


def variants(alias):
    """The alias, its curly-apostrophe form and its accent-free form (Latin only)."""
    out = [alias]
    if not has_cyrillic(alias):
        plain = "".join(c for c in unicodedata.normalize("NFD", alias.translate(LATIN_FOLD))
                        if not unicodedata.combining(c))
        out.append(plain)
    for a in list(out):
        if "'" in a:
            out.append(a.replace("'", "\u2019"))
    return out


def key(alias):
    return alias.lower()


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def block(name, aliases, role=None, local=(), capital=()):
    seen = {key(name)}
    clean = []
    forms = [v for a in aliases for v in variants(a.strip())]
    forms += [v for a in local for v in apostrophes(a.strip())]
    for v in forms:
        if v and key(v) not in seen:
            seen.add(key(v))
            clean.append(v)
    lines = ["[[actor]]", f"name = {toml_str(name)}", 'kind = "state"',
             "aliases = [" + ", ".join(toml_str(a) for a in clean) + "]"]
    # The names that are the capital's (kept from the block as it is, where
    # they were listed by hand), among the names the state still has.
    names = {key(n) for n in [name] + clean}
    capital = [c for c in capital if key(c) in names]
    if capital:
        lines.append("capital = [" + ", ".join(toml_str(c) for c in capital) + "]")
    if role:
        lines.append(f"role = {toml_str(role)}")
    return "\n".join(lines) + "\n"


def apostrophes(alias):
    """A local name with each apostrophe a writer may use: straight, curly,
    and in Cyrillic the Ukrainian modifier letter (В'єтнам, В’єтнам, Вʼєтнам).
    Local names keep their accents: no accent-free form."""
    marks = ["'", "\u2019"] + (["\u02bc"] if has_cyrillic(alias) else [])
    if not any(m in alias for m in marks):
        return [alias]
    plain = alias
    for m in marks:
        plain = plain.replace(m, "'")
    return [plain.replace("'", m) for m in marks]


def iso_names(rec):
    names = []
    for field in ("name", "official_name", "common_name"):
        v = rec.get(field)
        if not v or "," in v or "(" in v:
            continue
        if v.startswith("the "):
            v = v[4:]
        names.append(v)
    return names


def catalogues():
    """Each language's ISO 3166-1 translation, as a function of the English name."""
    return {lang: gettext.translation("iso_3166-1", LOCALE_DIR, languages=[lang]).gettext
            for lang in LANGUAGES}


def local_forms(lang, translated):
    """The aliases one translated ISO name gives: the head of an inverted name
    ("Russie, Fédération de" -> "Russie") and, where it reads right, the
    name turned round ("Fédération de Russie")."""
    # Some Russian names carry a stress mark (Респу́блика), which no text writes.
    name = translated.replace("\u0301", "").strip()
    for article in ("l'", "l’"):
        if name.startswith(article):
            name = name[len(article):]
    name = name[:1].upper() + name[1:]
    if "(" in name:
        name = name[:name.index("(")].strip()
    for sep in (",", " - "):
        if sep in name:
            head, tail = (part.strip() for part in name.split(sep, 1))
            forms = [head]
            if lang in INVERTIBLE and any(w in tail.lower() for w in STATE_WORDS):
                joined = tail + head if tail.endswith(("'", "’")) else f"{tail} {head}"
                forms.append(joined[:1].upper() + joined[1:])
            return forms
    return [name]


def with_plain_capital(name):
    """A French name and its form with an unaccented capital ("Etats-Unis"),
    as French often writes capitals."""
    if name[:1] in "ÉÈÊÎ":
        return [name, unicodedata.normalize("NFD", name[0])[0] + name[1:]]
    return [name]


def other_actor_keys(lex_text):
    """Alias keys of the lexicon outside the generated block (actors and
    [ignore] phrases), which a local state name must not repeat."""
    start, end = lex_text.index(BEGIN), lex_text.index(END) + len(END)
    rest = tomllib.loads(lex_text[:start] + lex_text[end:])
    keys = {}
    for a in rest.get("actor", []):
        for n in [a["name"]] + a.get("aliases", []):
            keys[alias_key(n)] = a["name"]
    for phrase in rest.get("ignore", {}).get("phrases", []):
        keys[alias_key(phrase)] = "[ignore]"
    return keys


def alias_key(alias):
    """As src/extract/lexicon.rs: acronyms by exact case, other names by lower case."""
    a = alias.strip()
    acronym = any(c.isupper() for c in a) and all(c.isupper() or c.isdigit() or c in ".&+-" for c in a)
    return a if acronym else a.lower()


def local_names(codes, data, english, taken):
    """Per state code, its local names that are safe as aliases, with a line
    for each one dropped and why. `english` maps a code to its English
    aliases; `taken` maps alias keys of other actors to their names."""
    owner = {}
    for code, names in english.items():
        for n in names:
            owner.setdefault(alias_key(n), code)
    translate = catalogues()
    candidates = {}
    for code in codes:
        rec = data.get(code, {})
        names = []
        for lang, gettext_ in translate.items():
            for field in ("name", "common_name", "official_name"):
                msgid = rec.get(field)
                if msgid and gettext_(msgid) != msgid:
                    names += [(lang, f) for f in local_forms(lang, gettext_(msgid))]
        # German short names, translated or the same as English, and their genitive.
        names += LOCAL_HAND.get(code, [])
        names += INFLECTED_HAND.get(code, [])
        names += CAPITALS.get(code, [])
        # Case forms of the inflected languages' names; a Nordic genitive is
        # not made of a name that is also English ("Malis", "Cubas" are plurals).
        english_keys = {alias_key(n) for n in english[code]}
        names += [(lang, form) for lang, name in list(names) if lang in INFLECTED
                  and not (lang in NORDIC and alias_key(name) in english_keys)
                  for form in case_forms(lang, name)]
        # A name Hungarian, Finnish and Romanian spell as English does takes
        # their long endings too ("Indiában", "Kenyassa", "Indiei"); the
        # short endings of the others are English words ("Indie").
        # Finnish only by its local cases: a genitive or partitive of an
        # English name is a given name or a word ("Malin", "Perun").
        names += [(lang, form) for lang in SAME_AS_ENGLISH_DECLINED
                  for field in ("name", "common_name") if rec.get(field)
                  and translate[lang](rec[field]) == rec[field]
                  for name in local_forms(lang, rec[field])[:1]
                  for form in case_forms(lang, name)
                  if lang != "fi" or len(form) - len(name) >= 3]
        # The genitive of German short names, translated or the same as in
        # English ("China" is German too: "Chinas").
        german = [f for lang, f in names if lang == "de"]
        german += [local_forms("de", rec[f])[0] for f in ("name", "common_name")
                   if rec.get(f) and translate["de"](rec[f]) == rec[f]]
        german = [g for g in german if g not in BARE_AMBIGUOUS and g not in UNSAFE]
        # A German name that is also English ("China", "Angola") takes no -s:
        # in English text "the two Chinas", "too many Somalias" are plurals.
        english_keys = {alias_key(n) for n in english[code]}
        derived = [german_genitive(g) for g in german if alias_key(g) not in english_keys]
        derived += [german_weak_form(g) for g in german]
        names += [("de", g) for g in dict.fromkeys(derived) if g]
        candidates[code] = names
    # A name the catalogues give for two states is a slip in one of them
    # (pt_BR gives Afghanistan Pakistan's official name): neither keeps it.
    claimed = {}
    for code, names in candidates.items():
        for _, name in names:
            claimed.setdefault(alias_key(name), set()).add(code)
    found, dropped = {}, []
    for code in codes:
        kept = []
        for lang, name in candidates[code]:
            key = alias_key(name)
            why = None
            if len(claimed[key]) > 1:
                why = "given for two states: " + ", ".join(sorted(claimed[key]))
            elif name in BARE_AMBIGUOUS:
                why = "bare name of two states"
            elif name in UNSAFE:
                why = UNSAFE[name]
            elif key in taken:
                why = f"alias of {taken[key]}"
            elif owner.get(key, code) != code:
                why = f"name of {owner[key]}"
            if why:
                dropped.append(f"{code} {lang} {name!r}: {why}")
                continue
            owner[key] = code
            for form in with_plain_capital(name):
                if form not in kept:
                    kept.append(form)
        found[code] = kept
    return found, dropped


def current_capitals(lex_text):
    """Each state's `capital` names as the lexicon's generated block has them now."""
    start, end = lex_text.index(BEGIN), lex_text.index(END)
    block = tomllib.loads(lex_text[start:end])
    return {a["name"]: a.get("capital", []) for a in block.get("actor", [])}


def current_aliases(lex_text):
    """Each state's aliases as the lexicon's generated block has them now."""
    start, end = lex_text.index(BEGIN), lex_text.index(END)
    block = tomllib.loads(lex_text[start:end])
    return {a["name"]: a.get("aliases", []) for a in block.get("actor", [])}


def generate(lex_text):
    """The generated block, and a line for each local name left out."""
    data = {r["alpha_3"]: r for r in json.loads(ISO.read_text())["3166-1"]}
    codes = UN_MEMBERS + OBSERVERS_AND_OTHERS
    states = {}
    for code in codes:
        entry = HAND.get(code, (None, []))
        canon, extra = entry[0], entry[1]
        rec = data.get(code, {})
        iso = [] if len(entry) > 2 else iso_names(rec)
        extra = (extra + OLDER.get(code, []) + GOVERNMENTS.get(code, [])
                 + UKRAINIAN_HAND.get(code, []))
        name = canon or rec.get("common_name") or rec["name"]
        states[code] = (name, iso + extra)
    english = {code: [name] + [v for a in aliases for v in variants(a)]
               for code, (name, aliases) in states.items()}
    taken = other_actor_keys(lex_text)
    for name, aliases, _ in EXTRA:
        for n in [name] + aliases:
            taken[alias_key(n)] = name
    local, dropped = local_names(codes, data, english, taken)
    # Aliases added to the block by hand (forms found missing in real text)
    # stay, after the generated ones.
    kept = current_aliases(lex_text)
    capitals = current_capitals(lex_text)
    for code in codes:
        name, _ = states[code]
        have = {alias_key(a) for a in english[code] + local[code]}
        local[code] += [a for a in kept.get(name, []) if alias_key(a) not in have]
    out = [BEGIN + "\n",
           "# States: UN members, observers, Taiwan, Kosovo, then former/unrecognised states.\n"]
    for code in codes:
        name, aliases = states[code]
        role = "UN observer state" if code in ("VAT", "PSE") else None
        out.append("\n" + block(name, aliases, role, local[code], capitals.get(name, [])))
    for name, aliases, role in EXTRA:
        out.append("\n" + block(name, aliases, role))
    out.append(END + "\n")
    return "".join(out), dropped


def main():
    lex = LEXICON.read_text()
    text, dropped = generate(lex)
    print(f"{len(dropped)} local names left out:", file=sys.stderr)
    for line in dropped:
        print("  " + line, file=sys.stderr)
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    start, end = lex.index(BEGIN), lex.index(END) + len(END) + 1
    LEXICON.write_text(lex[:start] + text + lex[end:])
    print(f"rewrote {LEXICON}")


if __name__ == "__main__":
    main()
