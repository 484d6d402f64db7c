//! The word lists the scanner decides by: cue words that make a number a
//! year, units and count nouns that make it a quantity, event nouns, and
//! number words. Compared ignoring ASCII case.

/// Words after which a four-digit number is a year whatever follows
/// ("in 1995 women gathered").
pub(super) const TEMPORAL_CUES: &[&str] = &[
    "after",
    "autumn",
    "before",
    "declare",
    "declared",
    "declaring",
    "designate",
    "designated",
    "designating",
    "during",
    "early",
    "fall",
    "in",
    "late",
    "mid",
    "post",
    "pre",
    "proclaim",
    "proclaimed",
    "proclaiming",
    "since",
    "spring",
    "summer",
    "till",
    "toward",
    "towards",
    "until",
    "winter",
    "year",
];

/// [`TEMPORAL_CUES`] of French, Spanish, Portuguese, Italian and German:
/// "depuis 2017", "desde 2017", "em 2023", "nel 2025", "seit 2017" (East
/// Slavic dates have their own scanner).
pub(super) const TEMPORAL_CUES_ELSEWHERE: &[&str] = &[
    "après",
    "avant",
    "depuis",
    "dès",
    "en",
    "année",
    "desde",
    "hasta",
    "después",
    "año",
    "em",
    "até",
    "ano",
    "nel",
    "dal",
    "dopo",
    "entro",
    "anno",
    "seit",
    "bis",
    "im",
    "jahr",
    // The seasons ("bis Frühling 2026", "au printemps 2025", "en otoño de
    // 2024") and "at the earliest/latest" ("frühestens 2027").
    "frühling",
    "frühjahr",
    "sommer",
    "herbst",
    "printemps",
    "été",
    "automne",
    "hiver",
    "primavera",
    "verano",
    "otoño",
    "invierno",
    "autunno",
    "inverno",
    "verão",
    "outono",
    "frühestens",
    "spätestens",
    // French "fin 2023", "début 2026".
    "fin",
    "début",
    // Czech "v roce 1996", "od roku 1989"; Swedish "sedan 2014", "före
    // 2030", "efter 2026"; Romanian "în 2024".
    "roce",
    "roku",
    // Czech, Slovak and Polish "na rok 2027", "rok 2024 byl".
    "rok",
    // Croatian "najkasnije 2028." (at the latest), "najranije" (at the earliest).
    "najkasnije",
    "najranije",
    "sedan",
    "före",
    "efter",
    "în",
    // Finnish "vuonna 2023" (in), "vuoden 2023 vaaleissa" (the year's),
    // "vuodesta 2019" (since), "vuoteen 2030" (until), "vuosina 2020–2022",
    // and the seasons ("keväällä 2027", in spring).
    "vuonna",
    "vuoden",
    "vuodesta",
    "vuoteen",
    "vuosina",
    "keväällä",
    "kesällä",
    "syksyllä",
    "talvella",
    // Dutch "sinds 2010", "vanaf 2028" (from).
    "sinds",
    "vanaf",
];

/// Words after which a four-digit number is a year unless a count noun
/// follows ("for 1976" but "for 2000 years").
pub(super) const OTHER_CUES: &[&str] = &[
    "above",
    "around",
    "below",
    "between",
    "beyond",
    "biennium",
    "by",
    "circa",
    "come",
    "for",
    "from",
    "like",
    "of",
    "period",
    "through",
    "throughout",
    "years",
    // Spanish and Italian "del" ("la crisis del 2008", "prima del 2025").
    "del",
    // "for" in French, German, Spanish and Portuguese ("un budget pour
    // 2025", "einen Haushalt für 2025", "metas para 2030").
    "pour",
    "für",
    "para",
    // French "d'ici 2030", "jusqu'ici".
    "ici",
    // Greek "το 2019" (in), "από το 2019" (since), "έως το 2030", and "του
    // 2023" (of).
    "το",
    "του",
    // "another" in the singular in Spanish, Portuguese and Italian ("otro
    // 2024", "un altro 2011"), which no count above one follows.
    "otro",
    "otra",
    "outro",
    "outra",
    "altro",
];

/// Words that turn a following "of" into a quantity ("a total of 2000").
pub(super) const QUANTITY_OF: &[&str] = &[
    "amount",
    "budget",
    "contingent",
    "cost",
    "excess",
    "figure",
    "force",
    "group",
    "height",
    "maximum",
    "minimum",
    "number",
    "out",
    "population",
    "price",
    "sum",
    "total",
    "value",
];

/// Verbs that make "by" a difference ("rose by 2000").
pub(super) const CHANGE_BY: &[&str] = &[
    "cut",
    "decreased",
    "down",
    "exceeded",
    "fell",
    "grew",
    "increased",
    "lowered",
    "raised",
    "reduced",
    "rose",
    "up",
];

/// Units after a number that make it a quantity, never a year.
pub(super) const UNITS: &[&str] = &[
    "acres",
    "billion",
    "days",
    "dollars",
    "euros",
    "feet",
    "hectares",
    "hours",
    "hundred",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "km",
    "megawatts",
    "meters",
    "metres",
    "miles",
    "million",
    "minutes",
    "months",
    "per",
    "percent",
    "pounds",
    "thousand",
    "tonnes",
    "tons",
    "trillion",
    "weeks",
    "years",
];

/// Nouns after a number that usually make it a count ("2000 troops").
pub(super) const COUNTED: &[&str] = &[
    "buildings",
    "cases",
    "casualties",
    "children",
    "civilians",
    "deaths",
    "delegates",
    "detainees",
    "families",
    "homes",
    "hostages",
    "households",
    "houses",
    "members",
    "men",
    "migrants",
    "officers",
    "participants",
    "peacekeepers",
    "people",
    "personnel",
    "persons",
    "prisoners",
    "projects",
    "refugees",
    "schools",
    "soldiers",
    "staff",
    "students",
    "teachers",
    "times",
    "troops",
    "units",
    "victims",
    "villages",
    "votes",
    "women",
    "workers",
];

/// Capitalised names after which a year dates an event ("Climate Summit 2014",
/// "Human Development Report 1995").
pub(super) const NAMED_EVENTS: &[&str] = &[
    "Conference",
    "Cup",
    "Forum",
    "Games",
    "Olympics",
    "Report",
    "Review",
    "Summit",
];

/// Words before a number that make it an identifier, not a year.
pub(super) const NUMBER_LABELS: &[&str] = &[
    "article",
    "articles",
    "chapter",
    "decision",
    "decisions",
    "item",
    "items",
    "law",
    "no",
    "nos",
    "number",
    "numbers",
    "p",
    "page",
    "pages",
    "paragraph",
    "paragraphs",
    "pp",
    "resolution",
    "resolutions",
    "rule",
    "rules",
    "section",
];

/// Determiners that can introduce an adjectival year ("the 1967 borders").
pub(super) const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "forthcoming",
    "her",
    "his",
    "historic",
    "its",
    "landmark",
    "our",
    "the",
    "their",
    "this",
    "that",
    "upcoming",
    "whose",
];

/// Nouns for events and instruments that an adjectival year dates
/// ("the 2015 Paris Agreement", "the 2008 financial crisis", "the 2021
/// audit", "the 2017 electoral code", "its 2019 transport strategy"). Names such as
/// "the 2030 Agenda" are deliberately absent.
pub(super) const EVENT_NOUNS: &[&str] = &[
    "accord",
    "act",
    "aggression",
    "agreement",
    "amendment",
    "annexation",
    "armistice",
    "assassination",
    "attack",
    "audit",
    "award",
    "bailout",
    "bill",
    "blockade",
    "bombing",
    "border",
    "boundary",
    "budget",
    "campaign",
    "ceasefire",
    "census",
    "charter",
    "clash",
    "code",
    "communiqué",
    "conference",
    "conflict",
    "constitution",
    "convention",
    "coup",
    "crackdown",
    "crisis",
    "cup",
    "cyclone",
    "deadline",
    "deal",
    "decision",
    "declaration",
    "decree",
    "directive",
    "disaster",
    "dissolution",
    "drought",
    "earthquake",
    "election",
    "embargo",
    "event",
    "famine",
    "flood",
    "framework",
    "frontier",
    "game",
    "genocide",
    "hurricane",
    "impeachment",
    "inauguration",
    "independence",
    "initiative",
    "inquiry",
    "insurgency",
    "intervention",
    "invasion",
    "law",
    "line",
    "lockdown",
    "manifesto",
    "massacre",
    "meeting",
    "memorandum",
    "mutiny",
    "negotiation",
    "occupation",
    "offensive",
    "olympic",
    "pandemic",
    "partition",
    "policy",
    "poll",
    "primary",
    "prize",
    "program",
    "programme",
    "proposal",
    "prorogation",
    "protest",
    "protocol",
    "race",
    "rebellion",
    "recess",
    "recession",
    "recount",
    "referendum",
    "reform",
    "regulation",
    "report",
    "resolution",
    "review",
    "revolution",
    "riot",
    "roadmap",
    "rule",
    "ruling",
    "runoff",
    "scandal",
    "session",
    "settlement",
    "shutdown",
    "siege",
    "standoff",
    "statement",
    "statute",
    "strategy",
    "strike",
    "summit",
    "survey",
    "talk",
    "target",
    "treaty",
    "trial",
    "truce",
    "tsunami",
    "unrest",
    "uprising",
    "verdict",
    "visit",
    "vote",
    "war",
    "withdrawal",
];

/// Event nouns of French, Spanish, Portuguese and German, which date a
/// year after "de" or "von" ("la révolution de 2011", "las elecciones de
/// 2019", "a crise de 2008", "die Revolution von 1848"), where "de" alone
/// is too often a quantity's ("de 2000 personnes"). Compared in lower case,
/// a plural "s" taken off as [`is_event_noun`] does.
pub(super) const EVENT_NOUNS_ELSEWHERE: &[&str] = &[
    "accord",
    "acuerdo",
    "acordo",
    "attentat",
    "atentado",
    "coup",
    "constitución",
    "constituição",
    "constitution",
    "crise",
    "crisis",
    "cumbre",
    "cúpula",
    "golpe",
    "guerra",
    "guerre",
    "independencia",
    "independência",
    "indépendance",
    "krieg",
    "ley",
    "lei",
    "loi",
    "manifestation",
    "présidentielle",
    "referendum",
    "referéndum",
    "reforma",
    "revolución",
    "revolution",
    "revolução",
    "réforme",
    "révolution",
    "scrutin",
    "sommet",
    "traité",
    "tratado",
    "wahl",
    "wende",
    "élection",
    "émeute",
    "eleição",
    "elección",
    // "elecciones" without its plural "es" loses the accent.
    "eleccion",
];

/// Ends of German nouns of events, alone or as the last part of a compound,
/// after which a year dates the event ("EWR-Beitritt 1992",
/// "Bundestagswahl 2025", "Finanzkrise 2008"). None is an English word.
const GERMAN_EVENT_ENDS: &[&str] = &[
    "abkommen",
    "abstimmung",
    "anschlag",
    "beitritt",
    "gipfel",
    "krieg",
    "krise",
    "pandemie",
    "putsch",
    "vertrag",
    // "Wahljahr 2026", "Haushaltsjahr 2025".
    "jahr",
    "jahres",
    // "den Haushalt 2027", "Nachtragshaushalt 2021".
    "haushalt",
    "haushalts",
    "wahl",
    "wahlen",
    "wende",
    "wiedervereinigung",
];

/// `w` is a German event noun of [`GERMAN_EVENT_ENDS`], or a compound
/// ending in one.
pub(super) fn is_german_event_compound(w: &str) -> bool {
    let lower = w.to_lowercase();
    GERMAN_EVENT_ENDS.iter().any(|end| lower.ends_with(end))
}

/// German nouns after a number that make it a count or a sum ("2000
/// Euro", "2000 Soldaten").
pub(super) const GERMAN_COUNTED: &[&str] = &[
    "dollar",
    "euro",
    "franken",
    "kilometer",
    "menschen",
    "meter",
    "metern",
    "milliarden",
    "millionen",
    "personen",
    "prozent",
    "soldaten",
    "stimmen",
    "tonnen",
];

/// Words before "de" that make a number after it a quantity ("más de
/// 2000", "près de 2000", "cerca de 2000").
pub(super) const QUANTITY_ELSEWHERE: &[&str] = &[
    "alrededor",
    "cerca",
    "centenares",
    "cifra",
    "environ",
    "mais",
    "menos",
    "miles",
    "milhares",
    "moins",
    "más",
    "nombre",
    "número",
    "plus",
    "près",
    "quase",
    "total",
];

/// Verbs that show a year is their subject ("2015 was ...").
pub(super) const SUBJECT_VERBS: &[&str] = &[
    "became",
    "becomes",
    "began",
    "brings",
    "brought",
    "can",
    "could",
    "ended",
    "has",
    "heralded",
    "is",
    "marked",
    "marks",
    "may",
    "might",
    "must",
    "proved",
    "remains",
    "represented",
    "represents",
    "saw",
    "sees",
    "shall",
    "should",
    "was",
    "will",
    "witnessed",
    "would",
];

/// Verbs of saying whose object clause may open on a year without "that"
/// ("Officials say 2030 remains the goal").
pub(super) const VERBS_OF_SAYING: &[&str] = &[
    "say", "says", "said", "think", "thinks", "thought", "believe", "believes", "argue", "argues",
];

/// Verbs of [`SUBJECT_VERBS`] that a year is the subject of but a count
/// hardly is ("2030 remains the goal", not "2000 will attend").
pub(super) const SUBJECT_VERBS_NO_COUNT_TAKES: &[&str] = &[
    "became",
    "becomes",
    "heralded",
    "marked",
    "marks",
    "remains",
    "represented",
    "represents",
    "witnessed",
];

/// Words after which a bare month name is a month ("in June").
pub(super) const MONTH_CUES: &[&str] = &[
    "after",
    "before",
    "by",
    "during",
    "early",
    "in",
    "late",
    "mid",
    "since",
    "throughout",
    "till",
    "until",
];

/// Words that make a day-month without a year a date even for "May".
pub(super) const DAY_CUES: &[&str] = &[
    "after", "and", "before", "between", "by", "from", "of", "on", "since", "till", "to", "until",
];

/// Words for a span of time, which "next" before them counts in
/// ("next week") rather than pointing to the next such day ("5 January next").
pub(super) const TIME_UNITS: &[&str] = &[
    "autumn", "day", "days", "decade", "fall", "month", "months", "session", "spring", "summer",
    "time", "week", "weekend", "weeks", "winter", "year", "years",
];

/// Words that make "N years ago" approximate, hence no date.
pub(super) const APPROXIMATE: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "least",
    "nearly",
    "over",
    "roughly",
    "some",
    "than",
];

/// Number words for "two years ago".
pub(super) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// `list` (in lower case) holds `w`, in any case: a word opening a sentence
/// may have a capital that is no ASCII letter ("Între", Greek "Το").
pub(super) fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
        || !w.is_ascii() && w.starts_with(char::is_uppercase) && {
            let lower = w.to_lowercase();
            list.iter().any(|x| *x == lower)
        }
}

pub(super) fn is_event_noun(w: &str) -> bool {
    EVENT_NOUNS.binary_search(&singular(w).as_str()).is_ok()
}

/// [`EVENT_NOUNS_ELSEWHERE`] holds `w`, in any case and number.
pub(super) fn is_event_noun_elsewhere(w: &str) -> bool {
    let one = singular(w);
    // Spanish and Portuguese plurals in "-es" ("elecciones", "eleições").
    let without_es = w.to_lowercase().strip_suffix("es").map(str::to_owned);
    let eleicoes = w.to_lowercase().replace("ções", "ção");
    EVENT_NOUNS_ELSEWHERE
        .iter()
        .any(|n| *n == one || Some(*n) == without_es.as_deref() || *n == eleicoes)
}

/// `w` in lower case without a plural ending.
fn singular(w: &str) -> String {
    let lower = w.to_lowercase();
    if let Some(stem) = lower.strip_suffix("ies") {
        format!("{stem}y")
    } else if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("is") {
        lower[..lower.len() - 1].to_string()
    } else {
        lower
    }
}

/// Words of German, Spanish, French, Italian, Portuguese, Polish and
/// Turkish that close a range of years as "to" does ("von 2013 bis 2024",
/// "de 2002 a 2010", "od 1997 do 2001 roku", "dal 2010 al 2020").
pub(super) const RANGE_ELSEWHERE: &[&str] =
    &["a", "al", "ao", "au", "à", "até", "bis", "do", "hasta"];

/// Their words for "and" and "or", which continue a list of years ("1972,
/// 1983 und 2005", "em 1991, 2001, 2011 e 2021", "entre 1989 y 1990",
/// Romanian "între 2022 și 2023").
pub(super) const AND_ELSEWHERE: &[&str] = &[
    "e", "en", "és", "et", "i", "o", "och", "oder", "og", "ou", "și", "und", "ve", "y",
];

/// Words after a year that say it is one, in Polish and Turkish ("2001
/// roku", "1990 yılında").
pub(super) const YEAR_WORDS_ELSEWHERE: &[&str] = &[
    "rok",
    "roku",
    "yıl",
    "yılı",
    "yılın",
    "yılında",
    "yılından",
    "yılına",
    "yılındaki",
    // Hungarian "2010 óta" (since), "2018 és 2022 között(i)" (between).
    "óta",
    "között",
    "közötti",
];

/// Turkish case endings written after an apostrophe on a year: locative,
/// ablative, dative and genitive, and the locative's "-ki" ("2019'da",
/// "1982'den", "2028'e", "2013'teki", "2023'ün").
pub(super) const TURKISH_CASE_ENDINGS: &[&str] = &[
    "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "daki", "deki",
    "taki", "teki", "in", "ın", "un", "ün", "nin", "nın", "nun", "nün", "dır", "dir", "tır", "tir",
    // The accusative ("2017'yi tekrar yaşamak", "1980'i").
    "yi", "yı", "yu", "yü", "i", "ı", "u", "ü",
];

/// Beginnings of Turkish nouns of events and instruments that a year
/// before them dates ("1982 Anayasası", "2023 seçimleri", "1980 darbesi").
pub(super) const TURKISH_EVENT_STEMS: &[&str] = &[
    "anayasa",
    "bütçe",
    "darbe",
    "değişiklik",
    "deprem",
    "krizi",
    "muhtıra",
    "referandum",
    "seçim",
];

/// Ends of Swedish, Norwegian and Danish nouns in the definite form that
/// a year after them dates ("efter valet 2026", "Valåret 2026", "krisen
/// 2008", "valget 2025").
pub(super) const NORDIC_EVENT_ENDS: &[&str] = &[
    "avtalet", "budgeten", "krigen", "kriget", "krisen", "valet", "valget", "året",
];

/// Croatian, Bosnian and Serbian words before a year written with its dot
/// ("od 2020.", "Od početka 2026.", "do kraja 2027."): from, until, the
/// start, end and middle of, in, after, before.
pub(super) const CROATIAN_CUES: &[&str] = &[
    "do",
    // The elections, the budget of ("Izbori 2000. bili su", "proračun
    // 2026. godine").
    "izbori",
    "izbora",
    "izborima",
    "proračun",
    "proračuna",
    "iz",
    "kraja",
    "krajem",
    "nakon",
    "od",
    "početka",
    "početkom",
    "poslije",
    "prije",
    "sredinom",
    "tijekom",
    "u",
];

/// Verbs whose object may be a year alone, ending its phrase: "nobody
/// wants to relive 2022.", "We will not repeat 2018", "they remember 1989,".
pub(super) const YEAR_OBJECT_VERBS: &[&str] = &[
    "avoid",
    "echo",
    "echoes",
    "evoke",
    "evokes",
    "forget",
    "mirror",
    "mirrors",
    "recall",
    "recalls",
    "relive",
    "relived",
    "remember",
    "remembered",
    "remembers",
    "repeat",
    "repeated",
    // Romanian and Portuguese ("Nu vom repeta 2009", "não vamos repetir 2015").
    "repeta",
    "repetăm",
    "repetir",
    // Italian and French ("Non possiamo rifare il 2011", "revivre 2020").
    "rifare",
    "rifaremo",
    "ripetere",
    "ripeteremo",
    "rivivere",
    "refaire",
    "revivre",
    "répéter",
    "resemble",
    "resembles",
    "revisit",
    "survive",
    "survived",
    // Croatian, Czech, Slovak ("Nećemo ponoviti 2011.", "nechceme
    // zopakovat 2019").
    "ponoviti",
    "ponovit",
    "opakovat",
    "zopakovat",
    "opakovať",
    "zopakovať",
];

/// Verbs and negations of other languages after a year that opens a
/// sentence or a quotation and is their subject ("”2014 får inte
/// upprepas”", "«2026 no será otro 2024»", "2019 war ein Wendepunkt"); a
/// count opening a sentence stands before its noun instead.
pub(super) const SUBJECT_VERBS_ELSEWHERE: &[&str] = &[
    // Swedish, Norwegian, Danish
    "blev", "blir", "får", "har", "inte", "ikke", "kommer", "ska", "var", "är", "er",
    // German
    "bleibt", "brachte", "darf", "hat", "ist", "muss", "nicht", "soll", "wird", "wurde",
    // Dutch
    "heeft", "moet", "mag", "niet", "werd", "wordt", "zal",
    // Spanish, Portuguese, Italian, French
    "es", "fue", "foi", "fu", "est", "fut", "no", "non", "não", "será", "sarà", "sera", "è", "é",
];

/// Dutch verbs right after a year that "van", "voor" or "tot" opens ("het
/// doel voor 2030 staat nog", "de begroting voor 2027 is rond"), where a
/// sum would go on to its noun ("voor 2000 euro").
pub(super) const DUTCH_VERBS_AFTER_YEAR: &[&str] = &[
    "blijft", "geldt", "is", "ligt", "moet", "staat", "was", "werd", "wordt", "zal",
];

/// Turkish words after a number's case ending that make it a quantity:
/// "2000'den fazla" (more than), "1500'e yakın" (close to).
pub(super) const TURKISH_QUANTITY_AFTER: &[&str] = &["aşkın", "az", "fazla", "yakın"];

/// German adverbs that a year stands before in a clause, which no count
/// stands before: "die 2021 noch 9,3 Prozent holten", "2013 erstmals".
pub(super) const GERMAN_ADVERBS_AFTER_YEAR: &[&str] = &[
    "bereits", "damals", "erneut", "erst", "erstmals", "noch", "schon", "wieder", "zuletzt",
];

/// German auxiliaries that end a clause after a year ("Schon 2017 hatte
/// sie", "2025 beschlossen hat"); not "war", which English puts after a
/// count ("2000 war veterans").
pub(super) const GERMAN_AUXILIARIES: &[&str] = &[
    "hat", "hatte", "hatten", "haben", "ist", "sind", "waren", "wurde", "wurden", "wird", "werden",
    "worden",
];

/// Forms of "to be" and "to remain" in the languages of the beat, after
/// which a year alone ending its phrase is its complement ("The exception
/// was 2002.", "La próxima prueba es 2027.").
pub(super) const COPULAS: &[&str] = &[
    "is", "was", "be", "been", "remains", "remained", "became", "becomes", "become", "es", "fue",
    "será", "era", "est", "était", "sera", "ist", "war", "wird", "bleibt", "è", "sarà", "é", "foi",
    // Romanian ("acum ținta este 2031.").
    "este",
];

/// Adverbs between a copula and its complement ("is not 2019", "is now 2030").
pub(super) const COPULA_ADVERBS: &[&str] = &[
    "not", "now", "still", "again", "already", "also", "always", "never", "no", "nicht", "non",
    "não", "pas",
];

/// Nouns of a quantity, which make a number after their copula a count:
/// "the death toll was 2015.", "the number of seats is 2000,".
pub(super) const QUANTITY_SUBJECTS: &[&str] = &[
    "number",
    "numbers",
    "total",
    "toll",
    "figure",
    "figures",
    "count",
    "sum",
    "amount",
    "population",
    "turnout",
    "tally",
    "score",
    "price",
    "cost",
    "costs",
    "majority",
    "size",
    "height",
    "length",
    "distance",
    "capacity",
    "votes",
    "seats",
    "members",
    "membership",
    "budget",
    "deficit",
    "salary",
    "número",
    "nombre",
    "numero",
    "zahl",
    "anzahl",
    "summe",
    "totale",
];

/// Nouns of a time aimed at, after which "is" or "was" + a number is a
/// year: "the target was 2030", "the deadline is 2028".
pub(super) const TARGET_NOUNS: &[&str] = &["date", "deadline", "goal", "horizon", "target", "year"];

/// Verbs of choosing, after which a number is a year unless a count noun
/// follows: "their predecessors chose 2028".
pub(super) const CHOSEN: &[&str] = &["choose", "chose", "chosen", "picked"];

/// French verbs after which "à" + a year is that year: "a survécu à 1968",
/// "remonte à 1992", "a résisté à 2008".
pub(super) const FRENCH_VERBS_BEFORE_A: &[&str] = &[
    "date",
    "datent",
    "remontant",
    "remonte",
    "remontent",
    "résisté",
    "survécu",
    "échappé",
];

/// Nouns of bodies and places named after a day, which follow it in
/// English: "the 6 January committee", "the 26 February commission", "the
/// 4 August bridge". Events so named ("the 7 October attacks") are dates.
pub(super) const NAMED_AFTER_A_DAY: &[&str] = &[
    "alliance",
    "avenue",
    "bridge",
    "brigade",
    "brigades",
    "coalition",
    "commission",
    "committee",
    "front",
    "group",
    "inquiry",
    "memorial",
    "movement",
    "museum",
    "panel",
    "park",
    "party",
    "road",
    "square",
    "stadium",
    "street",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_nouns_are_sorted_for_binary_search() {
        assert!(EVENT_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }
}
