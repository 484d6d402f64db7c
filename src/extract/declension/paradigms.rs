//! The ending tables of Russian and Ukrainian declension classes.

/// Genitive, dative, accusative of a thing, accusative of a being (the
/// genitive for masculine nouns), instrumental, locative. Forms of one case
/// are paired across the words of a name.
pub(super) const CASES: usize = 6;

/// A word's forms, case by case; `@` in an ending table is the nominative.
pub(super) type Forms = [Vec<String>; CASES];

/// Endings of one declension class, after `cut` letters of the nominative.
pub(super) struct Paradigm {
    pub(super) cut: usize,
    /// Letters put back after the cut: a vowel that changes out of the
    /// nominative ("Київ" → "Києва", "незалежність" → "незалежності").
    pub(super) add: &'static str,
    pub(super) endings: [&'static [&'static str]; CASES],
}

const fn p(cut: usize, endings: [&'static [&'static str]; CASES]) -> Paradigm {
    Paradigm {
        cut,
        add: "",
        endings,
    }
}

const fn swap(
    cut: usize,
    add: &'static str,
    endings: [&'static [&'static str]; CASES],
) -> Paradigm {
    Paradigm { cut, add, endings }
}

// Russian.
pub(super) static RU_MASC: Paradigm = p(0, [&["а"], &["у"], &["@"], &["а"], &["ом"], &["е"]]);
pub(super) static RU_MASC_HUSH: Paradigm =
    p(0, [&["а"], &["у"], &["@"], &["а"], &["ем", "ом"], &["е"]]);
pub(super) static RU_SURNAME: Paradigm = p(0, [&["а"], &["у"], &["@"], &["а"], &["ым"], &["е"]]);
pub(super) static RU_SURNAME_IN: Paradigm =
    p(0, [&["а"], &["у"], &["@"], &["а"], &["ым", "ом"], &["е"]]);
pub(super) static RU_J: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["я"], &["ем"], &["е"]]);
pub(super) static RU_IJ: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["я"], &["ем"], &["и"]]);
pub(super) static RU_SOFT_MASC: Paradigm =
    p(1, [&["я"], &["ю"], &["@"], &["я"], &["ем", "ём"], &["е"]]);
pub(super) static RU_SOFT_FEM: Paradigm = p(1, [&["и"], &["и"], &["@"], &["@"], &["ью"], &["и"]]);
pub(super) static RU_A: Paradigm = p(1, [&["ы"], &["е"], &["у"], &["у"], &["ой"], &["е"]]);
pub(super) static RU_A_VELAR: Paradigm = p(1, [&["и"], &["е"], &["у"], &["у"], &["ой"], &["е"]]);
pub(super) static RU_A_HUSH: Paradigm =
    p(1, [&["и"], &["е"], &["у"], &["у"], &["ей", "ой"], &["е"]]);
pub(super) static RU_A_TS: Paradigm = p(1, [&["ы"], &["е"], &["у"], &["у"], &["ей", "ой"], &["е"]]);
pub(super) static RU_YA: Paradigm = p(1, [&["и"], &["е"], &["ю"], &["ю"], &["ей"], &["е"]]);
pub(super) static RU_IYA: Paradigm = p(1, [&["и"], &["и"], &["ю"], &["ю"], &["ей"], &["и"]]);
pub(super) static RU_NEUTER_O: Paradigm = p(1, [&["а"], &["у"], &["@"], &["@"], &["ом"], &["е"]]);
pub(super) static RU_NEUTER_IE: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["@"], &["ем"], &["и"]]);
pub(super) static RU_PLURAL: Paradigm = p(
    1,
    [&["ов", ""], &["ам"], &["@"], &["ов", ""], &["ами"], &["ах"]],
);
pub(super) static RU_FEM_SURNAME: Paradigm =
    p(1, [&["ой"], &["ой"], &["у"], &["у"], &["ой"], &["ой"]]);
pub(super) static RU_ADJ_HARD: Paradigm =
    p(2, [&["ого"], &["ому"], &["@"], &["ого"], &["ым"], &["ом"]]);
pub(super) static RU_ADJ_VELAR: Paradigm =
    p(2, [&["ого"], &["ому"], &["@"], &["ого"], &["им"], &["ом"]]);
pub(super) static RU_ADJ_HUSH: Paradigm =
    p(2, [&["его"], &["ему"], &["@"], &["его"], &["им"], &["ем"]]);
pub(super) static RU_ADJ_FEM: Paradigm =
    p(2, [&["ой"], &["ой"], &["ую"], &["ую"], &["ой"], &["ой"]]);
pub(super) static RU_ADJ_FEM_SOFT: Paradigm =
    p(2, [&["ей"], &["ей"], &["юю"], &["юю"], &["ей"], &["ей"]]);
pub(super) static RU_ADJ_NEUTER: Paradigm =
    p(2, [&["ого"], &["ому"], &["@"], &["@"], &["ым"], &["ом"]]);
pub(super) static RU_ADJ_NEUTER_SOFT: Paradigm =
    p(2, [&["его"], &["ему"], &["@"], &["@"], &["им"], &["ем"]]);
pub(super) static RU_ADJ_PLURAL: Paradigm =
    p(2, [&["ых"], &["ым"], &["@"], &["ых"], &["ыми"], &["ых"]]);
pub(super) static RU_ADJ_PLURAL_SOFT: Paradigm =
    p(2, [&["их"], &["им"], &["@"], &["их"], &["ими"], &["их"]]);

// Ukrainian.
pub(super) static UK_MASC: Paradigm = p(
    0,
    [
        &["а", "у"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["ом"],
        &["і", "у", "ові"],
    ],
);
pub(super) static UK_MASC_HUSH: Paradigm = p(
    0,
    [
        &["а", "у"],
        &["у", "еві"],
        &["@"],
        &["а"],
        &["ем"],
        &["і", "у", "еві"],
    ],
);
/// A man's name: his genitive is never -у ("Шольца", not "Шольцу").
pub(super) static UK_MASC_PERSON: Paradigm = p(
    0,
    [
        &["а"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["ом"],
        &["і", "ові"],
    ],
);
pub(super) static UK_SURNAME: Paradigm = p(
    0,
    [
        &["а"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["им"],
        &["і", "ові"],
    ],
);
pub(super) static UK_J: Paradigm = p(
    1,
    [
        &["я", "ю"],
        &["ю", "єві"],
        &["@"],
        &["я"],
        &["єм"],
        &["ї", "ю", "єві"],
    ],
);
pub(super) static UK_SOFT_MASC: Paradigm = p(
    1,
    [
        &["я"],
        &["ю", "еві"],
        &["@"],
        &["я"],
        &["ем"],
        &["і", "ю", "еві"],
    ],
);
pub(super) static UK_A: Paradigm = p(1, [&["и"], &["і"], &["у"], &["у"], &["ою"], &["і"]]);
/// After г, к, х the dative and locative change the consonant too
/// ("Америка" → "Америці", "Ліга" → "Лізі"), which [`apply`] does.
pub(super) static UK_A_VELAR: Paradigm = p(1, [&["и"], &["і"], &["у"], &["у"], &["ою"], &["і"]]);
pub(super) static UK_A_HUSH: Paradigm = p(1, [&["і"], &["і"], &["у"], &["у"], &["ею"], &["і"]]);
pub(super) static UK_IV: Paradigm = swap(
    2,
    "ов",
    [
        &["а", "у"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["ом"],
        &["і", "у", "ові"],
    ],
);
pub(super) static UK_YIV: Paradigm = swap(
    2,
    "єв",
    [
        &["а", "у"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["ом"],
        &["і", "у", "ові"],
    ],
);
/// Ukrainian feminine nouns in -ість: "незалежність" → "незалежності".
pub(super) static UK_SOFT_FEM_OST: Paradigm =
    swap(4, "ост", [&["і"], &["і"], &["@"], &["@"], &["~ю"], &["і"]]);
/// Other Ukrainian feminine nouns in -ь: the consonant doubles before -ю
/// ("Білорусь" → "Білоруссю"), which [`apply`] does.
pub(super) static UK_SOFT_FEM: Paradigm = p(1, [&["і"], &["і"], &["@"], &["@"], &["ю"], &["і"]]);
pub(super) static UK_YA: Paradigm = p(1, [&["і"], &["і"], &["ю"], &["ю"], &["ею"], &["і"]]);
pub(super) static UK_IYA: Paradigm = p(1, [&["ї"], &["ї"], &["ю"], &["ю"], &["єю"], &["ї"]]);
pub(super) static UK_NEUTER_O: Paradigm = p(
    1,
    [
        &["а"],
        &["у", "ові"],
        &["@"],
        &["@"],
        &["ом"],
        &["і", "у", "ові"],
    ],
);
pub(super) static UK_ENKO: Paradigm = p(
    1,
    [
        &["а"],
        &["у", "ові"],
        &["@"],
        &["а"],
        &["ом"],
        &["ові", "у"],
    ],
);
pub(super) static UK_PLURAL: Paradigm = p(
    1,
    [&["ів", ""], &["ам"], &["@"], &["ів", ""], &["ами"], &["ах"]],
);
pub(super) static UK_FEM_SURNAME: Paradigm =
    p(1, [&["ої"], &["ій"], &["у"], &["у"], &["ою"], &["ій"]]);
pub(super) static UK_ADJ_MASC: Paradigm = p(
    2,
    [
        &["ого"],
        &["ому"],
        &["@"],
        &["ого"],
        &["им"],
        &["ому", "ім"],
    ],
);
pub(super) static UK_ADJ_FEM: Paradigm = p(1, [&["ої"], &["ій"], &["у"], &["у"], &["ою"], &["ій"]]);
pub(super) static UK_ADJ_NEUTER: Paradigm = p(
    1,
    [&["ого"], &["ому"], &["@"], &["@"], &["им"], &["ому", "ім"]],
);
pub(super) static UK_ADJ_PLURAL: Paradigm =
    p(1, [&["их"], &["им"], &["@"], &["их"], &["ими"], &["их"]]);

// Common nouns, for query words (see `nouns`): the classes above give the
// singular; these give what names rarely need, the -мя nouns, neuters in -е
// and -ння, and every plural.

/// Russian neuters in -е after a consonant or vowel: "поле" → "поля".
pub(super) static RU_NEUTER_E: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["@"], &["ем"], &["е"]]);
/// Russian neuters in -мя: "время" → "времени", "временем".
pub(super) static RU_MYA: Paradigm =
    p(1, [&["ени"], &["ени"], &["@"], &["@"], &["енем"], &["ени"]]);
/// Ukrainian neuters in -е: "поле" → "поля", "полю", "полем", "полі".
pub(super) static UK_NEUTER_E: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["@"], &["ем"], &["і"]]);
/// Ukrainian neuters in a doubled consonant and -я: "питання" → "питанню".
pub(super) static UK_NEUTER_YA: Paradigm = p(1, [&["я"], &["ю"], &["@"], &["@"], &["ям"], &["і"]]);

/// The plural of a noun class: every ending, after the nominative singular
/// less `cut` letters and plus `add`. `""` is a genitive without ending,
/// which may take a vowel between the stem's last two consonants ("уступка"
/// → "уступок", "сделка" → "сделок", "вікно" → "вікон"): see `nouns`.
pub(super) struct Plural {
    pub(super) cut: usize,
    pub(super) add: &'static str,
    pub(super) endings: &'static [&'static str],
}

const fn pl(cut: usize, endings: &'static [&'static str]) -> Plural {
    Plural {
        cut,
        add: "",
        endings,
    }
}

// Russian plurals, by the class of the singular.
pub(super) static RU_PL_HARD: Plural = pl(0, &["ы", "ов", "ам", "ами", "ах"]);
pub(super) static RU_PL_VELAR: Plural = pl(0, &["и", "ов", "ам", "ами", "ах"]);
pub(super) static RU_PL_HUSH: Plural = pl(0, &["и", "ей", "ам", "ами", "ах"]);
pub(super) static RU_PL_TS: Plural = pl(0, &["ы", "ов", "ев", "ам", "ами", "ах"]);
pub(super) static RU_PL_J: Plural = pl(1, &["и", "ев", "ям", "ями", "ях"]);
pub(super) static RU_PL_SOFT: Plural = pl(1, &["и", "ей", "ям", "ями", "ях", "ам", "ами", "ах"]);
pub(super) static RU_PL_A: Plural = pl(1, &["ы", "", "ам", "ами", "ах"]);
pub(super) static RU_PL_A_SOFT: Plural = pl(1, &["и", "", "ам", "ами", "ах", "ей"]);
pub(super) static RU_PL_YA: Plural = pl(1, &["и", "ь", "ей", "ям", "ями", "ях"]);
pub(super) static RU_PL_IYA: Plural = pl(1, &["и", "й", "ям", "ями", "ях"]);
pub(super) static RU_PL_O: Plural = pl(1, &["а", "и", "", "ам", "ами", "ах"]);
pub(super) static RU_PL_E: Plural = pl(1, &["я", "ей", "ям", "ями", "ях"]);
pub(super) static RU_PL_IE: Plural = pl(1, &["я", "й", "ям", "ями", "ях"]);
pub(super) static RU_PL_MYA: Plural = pl(1, &["ена", "ён", "ен", "енам", "енами", "енах"]);
/// "гражданин" → "граждане", "граждан"; "россиянин" → "россияне".
pub(super) static RU_PL_ANIN: Plural = pl(2, &["е", "", "ам", "ами", "ах"]);
/// "ребёнок" → "ребята"; "котёнок" → "котята".
pub(super) static RU_PL_ONOK: Plural = Plural {
    cut: 4,
    add: "ят",
    endings: &["а", "", "ам", "ами", "ах"],
};
/// A word typed in the plural ("переговоры", "издержки", "деньги").
pub(super) static RU_PL_OF_PLURAL: Plural = pl(
    1,
    &["ов", "ев", "ей", "", "ам", "ям", "ами", "ями", "ах", "ях"],
);

// Ukrainian plurals.
pub(super) static UK_PL_HARD: Plural = pl(0, &["и", "ів", "ам", "ами", "ах"]);
pub(super) static UK_PL_HUSH: Plural = pl(0, &["і", "ів", "ам", "ами", "ах"]);
pub(super) static UK_PL_J: Plural = pl(1, &["ї", "їв", "ям", "ями", "ях"]);
pub(super) static UK_PL_SOFT: Plural = pl(1, &["і", "ів", "ей", "ям", "ями", "ях"]);
pub(super) static UK_PL_OST: Plural = Plural {
    cut: 4,
    add: "ост",
    endings: &["і", "ей", "ям", "ями", "ях"],
};
pub(super) static UK_PL_IV: Plural = Plural {
    cut: 2,
    add: "ов",
    endings: &["и", "ів", "ам", "ами", "ах"],
};
pub(super) static UK_PL_YIV: Plural = Plural {
    cut: 2,
    add: "єв",
    endings: &["и", "ів", "ам", "ами", "ах"],
};
pub(super) static UK_PL_A: Plural = pl(1, &["и", "", "ам", "ами", "ах"]);
pub(super) static UK_PL_A_HUSH: Plural = pl(1, &["і", "", "ам", "ами", "ах"]);
pub(super) static UK_PL_YA: Plural = pl(1, &["і", "ь", "ей", "ям", "ями", "ях"]);
pub(super) static UK_PL_IYA: Plural = pl(1, &["ї", "й", "ям", "ями", "ях"]);
pub(super) static UK_PL_O: Plural = pl(1, &["а", "", "ам", "ами", "ах"]);
pub(super) static UK_PL_E: Plural = pl(1, &["я", "ів", "ям", "ями", "ях"]);
/// "питання" → "питань": the genitive drops one of the doubled consonants.
pub(super) static UK_PL_NEUTER_YA: Plural = pl(1, &["ям", "ями", "ях"]);
pub(super) static UK_PL_OF_PLURAL: Plural = pl(
    1,
    &["ів", "їв", "ей", "", "ам", "ям", "ами", "ями", "ах", "ях"],
);

/// Russian nouns whose other forms no class gives: a plural of another stem
/// or another word. Grammar-book exceptions, not a corpus's words.
pub(super) static RU_IRREGULAR: &[(&str, &[&str])] = &[
    ("человек", &["люди", "людей", "людям", "людьми", "людях"]),
    ("ребёнок", &["дети", "детей", "детям", "детьми", "детях"]),
    ("ребенок", &["дети", "детей", "детям", "детьми", "детях"]),
    ("судно", &["суда", "судов", "судам", "судами", "судах"]),
    (
        "друг",
        &["друзья", "друзей", "друзьям", "друзьями", "друзьях"],
    ),
    (
        "брат",
        &["братья", "братьев", "братьям", "братьями", "братьях"],
    ),
    (
        "сын",
        &["сыновья", "сыновей", "сыновьям", "сыновьями", "сыновьях"],
    ),
    (
        "мать",
        &[
            "матери",
            "матерью",
            "матерей",
            "матерям",
            "матерями",
            "матерях",
        ],
    ),
    (
        "дочь",
        &[
            "дочери",
            "дочерью",
            "дочерей",
            "дочерям",
            "дочерьми",
            "дочерях",
        ],
    ),
    (
        "хозяин",
        &["хозяева", "хозяев", "хозяевам", "хозяевами", "хозяевах"],
    ),
    (
        "господин",
        &["господа", "господ", "господам", "господами", "господах"],
    ),
    (
        "сосед",
        &["соседи", "соседей", "соседям", "соседями", "соседях"],
    ),
    (
        "церковь",
        &["церкви", "церквей", "церквям", "церквями", "церквах"],
    ),
    ("путь", &["пути", "путём", "путем"]),
    (
        "чудо",
        &["чудеса", "чудес", "чудесам", "чудесами", "чудесах"],
    ),
    (
        "небо",
        &["небеса", "небес", "небесам", "небесами", "небесах"],
    ),
];

/// Ukrainian nouns of the same kind.
pub(super) static UK_IRREGULAR: &[(&str, &[&str])] = &[
    ("людина", &["люди", "людей", "людям", "людьми", "людях"]),
    ("дитина", &["діти", "дітей", "дітям", "дітьми", "дітях"]),
    (
        "рік",
        &[
            "року",
            "роки",
            "років",
            "рокам",
            "роками",
            "роках",
            "році",
            "роком",
        ],
    ),
    (
        "мати",
        &[
            "матері",
            "матір",
            "матір'ю",
            "матерів",
            "матерям",
            "матерями",
        ],
    ),
    ("брат", &["брати", "братів", "братам", "братами", "братах"]),
    ("друг", &["друзі", "друзів", "друзям", "друзями", "друзях"]),
];
/// "санкции" → "санкций"; Ukrainian "санкції" → "санкцій".
pub(super) static RU_PL_OF_II: Plural = pl(1, &["й", "ям", "ями", "ях"]);
pub(super) static UK_PL_OF_IYI: Plural = pl(1, &["й", "ям", "ями", "ях"]);
/// Ukrainian nouns that decline as adjectives: "черговий" → "чергові".
pub(super) static UK_PL_ADJ: Plural = pl(2, &["і", "их", "им", "ими"]);
