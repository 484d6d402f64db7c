//! Case forms of men's names in Latin letters as Polish declines them:
//! "Donald Tusk" is also "Donalda Tuska", "Donaldowi Tuskowi", "Donaldem
//! Tuskiem"; "Orbán" is also "Orbána". Polish declines foreign men's names
//! that end in a consonant like its own (a Polish article writes "rząd
//! Tuska", "spotkanie z Macronem"), and leaves those that end in a vowel
//! as written ("Joe Bidena").
//!
//! Surnames in -ski and -cki decline as adjectives ("Sikorskiego",
//! "Sikorskiemu", "Sikorskim").
//!
//! Only men's names, and only the endings that need no change to the stem:
//! genitive and accusative -a, dative -owi, instrumental -em (-iem after k
//! and g), and the locative -u of stems in k, g, ch and h ("o Tusku"). A
//! woman's name (a first name in -a) declines otherwise, and her surname in
//! a consonant not at all; the locative in -ie changes the stem's last
//! consonant ("Trumpie", "Bidenie", "Scholzu"). Both are left out: a missed
//! form only misses a mention, a wrong one could find a word.

/// Words of a name that never decline: particles of foreign names.
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn",
    "ben", "dos", "das", "do", "du",
];

/// How many cases are made: genitive (and accusative), dative,
/// instrumental, locative.
const CASES: usize = 4;

/// Whether `word` is a name in Latin letters that ends in a consonant, long
/// enough that its forms are not short words, and no acronym.
fn declinable(word: &str) -> bool {
    let mut letters = word.chars();
    let Some(last) = letters.next_back() else {
        return false;
    };
    word.chars()
        .all(|c| c.is_alphabetic() && !super::is_cyrillic(c))
        && word.chars().count() >= 3
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && (last.is_ascii_lowercase() || last == 'ł')
        && !"aeiouyxqw".contains(last)
}

/// Whether `word` is a man's surname that declines as an adjective:
/// "Sikorski", "Kaczyński", "Trzaskowski", "Nawrocki" (not "Kosiniak").
fn adjectival(word: &str) -> bool {
    word.chars().count() >= 5
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() && !super::is_cyrillic(c))
        && (word.ends_with("ski") || word.ends_with("cki"))
}

/// The forms of an adjectival surname: genitive and accusative -ego,
/// dative -emu, instrumental (and locative) -m: "Sikorskiego",
/// "Sikorskiemu", "Sikorskim".
fn adjectival_forms(word: &str) -> [Option<String>; CASES] {
    [
        Some(format!("{word}ego")),
        Some(format!("{word}emu")),
        Some(format!("{word}m")),
        None,
    ]
}

/// The forms of one declinable word, one per case (`None` where a case has
/// no form made here).
fn word_forms(word: &str) -> [Option<String>; CASES] {
    let velar = ["k", "g", "ch", "h"].iter().any(|e| word.ends_with(e));
    let instrumental = if word.ends_with('k') || word.ends_with('g') {
        format!("{word}iem")
    } else {
        format!("{word}em")
    };
    [
        Some(format!("{word}a")),
        Some(format!("{word}owi")),
        Some(instrumental),
        velar.then(|| format!("{word}u")),
    ]
}

/// Whether a person with these names is a woman, as far as a Polish
/// ending goes: the canonical name's first word ends in -a ("Ursula von der
/// Leyen", "Kamala Harris"). Men named so ("Luca", "Nicola") only lose forms.
pub fn is_womans(name: &str) -> bool {
    name.contains(' ') && name.split(' ').next().is_some_and(|w| w.ends_with('a'))
}

/// The Polish case forms of the man's name `name`, none equal to it: every
/// word that ends in a consonant declines, in each case, and the rest stays
/// as written (each half of a hyphenated surname declines on its own).
/// Empty when no word declines.
pub fn mens_forms(name: &str) -> Vec<String> {
    let mut forms = Vec::new();
    for case in 0..CASES {
        let mut declined = false;
        let mut missing = false;
        let words: Vec<String> = name
            .split(' ')
            .map(|word| {
                if PARTICLES.contains(&word) {
                    return word.to_owned();
                }
                let parts: Vec<String> = word
                    .split('-')
                    .map(|part| {
                        let forms = if adjectival(part) {
                            adjectival_forms(part)
                        } else if declinable(part) {
                            word_forms(part)
                        } else {
                            return part.to_owned();
                        };
                        match &forms[case] {
                            Some(form) => {
                                declined = true;
                                form.clone()
                            }
                            None => {
                                missing = true;
                                part.to_owned()
                            }
                        }
                    })
                    .collect();
                parts.join("-")
            })
            .collect();
        // A case whose form one of the words lacks is not made at all: "o
        // Donaldzie Tusku" is not "o Donald Tusku".
        if declined && !missing {
            forms.push(words.join(" "));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn men_decline_in_each_case() {
        assert_eq!(
            mens_forms("Donald Tusk"),
            ["Donalda Tuska", "Donaldowi Tuskowi", "Donaldem Tuskiem",]
        );
        assert_eq!(mens_forms("Tusk"), ["Tuska", "Tuskowi", "Tuskiem", "Tusku"]);
        assert_eq!(mens_forms("Orbán"), ["Orbána", "Orbánowi", "Orbánem"]);
        assert_eq!(
            mens_forms("Joe Biden"),
            ["Joe Bidena", "Joe Bidenowi", "Joe Bidenem"]
        );
        assert_eq!(
            mens_forms("Mohammed bin Salman"),
            [
                "Mohammeda bin Salmana",
                "Mohammedowi bin Salmanowi",
                "Mohammedem bin Salmanem",
            ]
        );
        assert_eq!(
            mens_forms("Kosiniak-Kamysz"),
            [
                "Kosiniaka-Kamysza",
                "Kosiniakowi-Kamyszowi",
                "Kosiniakiem-Kamyszem",
            ]
        );
    }

    #[test]
    fn adjectival_surnames_decline_as_adjectives() {
        assert_eq!(
            mens_forms("Marcin Kierwiński"),
            [
                "Marcina Kierwińskiego",
                "Marcinowi Kierwińskiemu",
                "Marcinem Kierwińskim",
            ]
        );
        assert_eq!(
            mens_forms("Nawrocki"),
            ["Nawrockiego", "Nawrockiemu", "Nawrockim"]
        );
    }

    #[test]
    fn vowels_acronyms_and_short_words_stay() {
        for name in [
            "Meloni",
            "Lula",
            "NATO",
            "Xi",
            "Li",
            "Abe",
            "Modi",
            "Путин",
            "al",
        ] {
            assert!(mens_forms(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn women_are_told_by_a_first_name_in_a() {
        assert!(is_womans("Ursula von der Leyen"));
        assert!(is_womans("Kamala Harris"));
        assert!(!is_womans("Donald Tusk"));
        assert!(!is_womans("Lula"));
    }

    proptest! {
        /// Every form keeps the name's words, in order, each the word as
        /// written or the word with one of the endings made here.
        #[test]
        fn forms_only_add_endings(words in prop::collection::vec("[A-Z][a-zł]{1,8}", 1..4)) {
            let name = words.join(" ");
            for form in mens_forms(&name) {
                prop_assert_ne!(&form, &name);
                let declined: Vec<&str> = form.split(' ').collect();
                prop_assert_eq!(declined.len(), words.len());
                for (word, form) in words.iter().zip(declined) {
                    let ending = form.strip_prefix(word.as_str());
                    prop_assert!(
                        matches!(
                            ending,
                            Some("" | "a" | "owi" | "em" | "iem" | "u" | "ego" | "emu" | "m")
                        ),
                        "{} -> {}", word, form
                    );
                }
            }
        }
    }
}
