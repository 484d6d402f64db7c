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
