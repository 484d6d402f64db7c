#!/usr/bin/env python3
"""Regenerate the state actors of src/extract/default_lexicon.toml.

Formal names come from Debian's iso-codes package (ISO 3166-1 and 3166-3 JSON,
LGPL-2.1+; `apt-get install iso-codes`); canonical short names, short forms,
former names, capital metonyms and Cyrillic forms are added by hand below.
The script rewrites only the block between the BEGIN/END GENERATED markers.

    python3 tools/gen_countries.py            # rewrite the block in place
    python3 tools/gen_countries.py --stdout   # print the block
"""
import json
import sys
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
    "BOL": ("Bolivia", ["Republic of Bolivia"]),
    "BIH": (None, ["Bosnia", "Bosnia-Herzegovina", "Sarajevo", "Босния и Герцеговина"]),
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
    # Bare "Congo" is left to no actor: it names two states.
    "COG": ("Republic of the Congo", ["Congo-Brazzaville", "Congo Brazzaville", "Congo (Brazzaville)",
                                      "Congo Republic", "People's Republic of the Congo"], "no-iso-name"),
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
    "GNB": (None, ["Portuguese Guinea"]),
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
    "PHL": (None, ["Manila", "Филиппины"]),
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
    "USA": (None, ["US", "U.S.", "USA", "U.S.A.", "America", "Washington", "США",
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
    "AFG": ["Kingdom of Afghanistan"],
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


def block(name, aliases, role=None):
    seen = {key(name)}
    clean = []
    for a in aliases:
        for v in variants(a.strip()):
            if v and key(v) not in seen:
                seen.add(key(v))
                clean.append(v)
    lines = ["[[actor]]", f"name = {toml_str(name)}", 'kind = "state"',
             "aliases = [" + ", ".join(toml_str(a) for a in clean) + "]"]
    if role:
        lines.append(f"role = {toml_str(role)}")
    return "\n".join(lines) + "\n"


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


def generate():
    data = {r["alpha_3"]: r for r in json.loads(ISO.read_text())["3166-1"]}
    out = [BEGIN + "\n",
           "# States: UN members, observers, Taiwan, Kosovo, then former/unrecognised states.\n"]
    for code in UN_MEMBERS + OBSERVERS_AND_OTHERS:
        entry = HAND.get(code, (None, []))
        canon, extra = entry[0], entry[1]
        rec = data.get(code, {})
        iso = [] if len(entry) > 2 else iso_names(rec)
        extra = extra + OLDER.get(code, []) + UKRAINIAN_HAND.get(code, [])
        name = canon or rec.get("common_name") or rec["name"]
        role = "UN observer state" if code in ("VAT", "PSE") else None
        out.append("\n" + block(name, iso + extra, role))
    for name, aliases, role in EXTRA:
        out.append("\n" + block(name, aliases, role))
    out.append(END + "\n")
    return "".join(out)


def main():
    text = generate()
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    lex = LEXICON.read_text()
    start, end = lex.index(BEGIN), lex.index(END) + len(END) + 1
    LEXICON.write_text(lex[:start] + text + lex[end:])
    print(f"rewrote {LEXICON}")


if __name__ == "__main__":
    main()
