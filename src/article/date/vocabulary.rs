//! The English words dates are written with: month names and their
//! abbreviations, weekday names, and ordinal days ("19th"). Both readers of
//! written dates use them: [`PartialDate::parse`](super::PartialDate::parse)
//! for front matter and the date scanner in `extract::dates` for article text.
//! The month names of other languages (French, German, Finnish, Greek…) are
//! here too, for the scanner only.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// English month names in lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month names of French, Spanish, Italian and Portuguese, January first:
/// those languages write them in lower case ("le 25 juillet 2021", "julio
/// de 2021").
const ROMANCE_MONTH_NAMES: [&[&str]; 12] = [
    &["janvier", "enero", "gennaio", "janeiro"],
    &["février", "febrero", "febbraio", "fevereiro"],
    &["mars", "marzo", "março"],
    &["avril", "abril", "aprile"],
    &["mai", "mayo", "maggio", "maio"],
    &["juin", "junio", "giugno", "junho"],
    &["juillet", "julio", "luglio", "julho"],
    &["août", "agosto"],
    &[
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
    ],
    &["octobre", "octubre", "ottobre", "outubro"],
    &["novembre", "noviembre", "novembro"],
    &["décembre", "diciembre", "dicembre", "dezembro"],
];

/// German month names that English does not share, capitalised as German
/// writes nouns, January first.
const GERMAN_MONTH_NAMES: [&[&str]; 12] = [
    &["Januar", "Jänner"],
    &["Februar"],
    &["März"],
    &[],
    &["Mai"],
    &["Juni"],
    &["Juli"],
    &[],
    &[],
    &["Oktober"],
    &[],
    &["Dezember"],
];

/// Polish month names, January first, in the nominative ("styczeń"), the
/// genitive of a day or year ("15 października 2023 roku") and the
/// locative ("w czerwcu 2024 roku"), in lower case as Polish writes them.
const POLISH_MONTH_NAMES: [&[&str]; 12] = [
    &["styczeń", "stycznia", "styczniu"],
    &["luty", "lutego", "lutym"],
    &["marzec", "marca", "marcu"],
    &["kwiecień", "kwietnia", "kwietniu"],
    &["maj", "maja", "maju"],
    &["czerwiec", "czerwca", "czerwcu"],
    &["lipiec", "lipca", "lipcu"],
    &["sierpień", "sierpnia", "sierpniu"],
    &["wrzesień", "września", "wrześniu"],
    &["październik", "października", "październiku"],
    &["listopad", "listopada", "listopadzie"],
    &["grudzień", "grudnia", "grudniu"],
];

/// Dutch month names, January first, in lower case as Dutch writes them
/// ("22 november 2023", "op 1 juli"); those spelt as German or English
/// ones ("april", "juni", "september") are listed too, since Dutch does not
/// capitalise them.
const DUTCH_MONTH_NAMES: [&[&str]; 12] = [
    &["januari"],
    &["februari"],
    &["maart"],
    &["april"],
    &["mei"],
    &["juni"],
    &["juli"],
    &["augustus"],
    &["september"],
    &["oktober"],
    &["november"],
    &["december"],
];

/// Month names of Czech, Slovak, Swedish and Romanian, January first, in
/// lower case as those languages write them: Czech in the nominative, the
/// genitive of a day ("9. prosince 2025") and the locative ("v listopadu");
/// Slovak in the nominative, the genitive ("1. septembra 2024") and the
/// locative ("v marci 2018", "vo februári 2018"); names
/// spelt as another language's same month ("listopad", "marca", "mars",
/// "september") are read there already.
///
/// Croatian in the nominative, the genitive of a day ("17. travnja 2024.")
/// and the locative ("u ožujku"), but not October's "listopad": Polish and
/// Czech read that word as November, and they are read first. Bosnian and
/// Serbian (Latin) genitives ("15. marta 2024.") and the Norwegian and
/// Danish names Swedish and Dutch do not share ("5. desember", "1. januar",
/// "i marts 2010").
const CENTRAL_AND_NORTHERN_MONTH_NAMES: [&[&str]; 12] = [
    &[
        "leden",
        "ledna",
        "lednu",
        "január",
        "januára",
        "januári",
        "ianuarie",
        "siječanj",
        "siječnja",
        "siječnju",
        "januara",
        "januar",
    ],
    &[
        "únor",
        "února",
        "únoru",
        "február",
        "februára",
        "februári",
        "februarie",
        "veljača",
        "veljače",
        "veljači",
        "februara",
        "februar",
    ],
    &[
        "březen", "března", "březnu", "marec", "marci", "martie", "ožujak", "ožujka", "ožujku",
        "marta", "marts",
    ],
    &[
        "duben", "dubna", "dubnu", "apríl", "apríla", "apríli", "aprilie", "travanj", "travnja",
        "travnju", "aprila",
    ],
    &[
        "květen", "května", "květnu", "máj", "mája", "máji", "svibanj", "svibnja", "svibnju",
    ],
    &[
        "červen", "června", "červnu", "jún", "júna", "júni", "iunie", "lipanj", "lipnja", "lipnju",
        "juna",
    ],
    &[
        "červenec",
        "července",
        "červenci",
        "júl",
        "júla",
        "júli",
        "iulie",
        "srpanj",
        "srpnja",
        "srpnju",
        "jula",
    ],
    &[
        "srpen", "srpna", "srpnu", "augusta", "augusti", "auguste", "august", "kolovoz",
        "kolovoza", "kolovozu", "avgusta",
    ],
    &["září", "septembra", "septembrie", "rujan", "rujna", "rujnu"],
    &[
        "říjen",
        "října",
        "říjnu",
        "október",
        "októbra",
        "októbri",
        "octombrie",
        "oktobra",
    ],
    &[
        "listopadu",
        "novembra",
        "noiembrie",
        "studeni",
        "studenoga",
        "studenog",
        "studenom",
    ],
    &[
        "prosinec",
        "prosince",
        "prosinci",
        "decembra",
        "decembri",
        "decembrie",
        "prosinac",
        "prosinca",
        "prosincu",
        "desember",
    ],
];

/// Estonian month names, January first, in the nominative where no other
/// language spells it so, the genitive and the cases a date takes: on
/// ("1. jaanuaril 2025"), in ("2024. aasta juulis"), from, to and until.
/// Not "mail" and "mais" (English, French), nor the names other lists hold.
const ESTONIAN_MONTH_NAMES: [&[&str]; 12] = [
    &[
        "jaanuar",
        "jaanuari",
        "jaanuaril",
        "jaanuaris",
        "jaanuarist",
        "jaanuariks",
        "jaanuarini",
    ],
    &[
        "veebruar",
        "veebruari",
        "veebruaril",
        "veebruaris",
        "veebruarist",
        "veebruariks",
        "veebruarini",
    ],
    &[
        "märts",
        "märtsi",
        "märtsil",
        "märtsis",
        "märtsist",
        "märtsiks",
        "märtsini",
    ],
    &[
        "aprill",
        "aprilli",
        "aprillil",
        "aprillis",
        "aprillist",
        "aprilliks",
        "aprillini",
    ],
    &["mai", "maist", "maiks", "maini"],
    &["juuni", "juunil", "juunis", "juunist", "juuniks", "juunini"],
    &["juuli", "juulil", "juulis", "juulist", "juuliks", "juulini"],
    &[
        "augusti",
        "augustil",
        "augustis",
        "augustist",
        "augustiks",
        "augustini",
    ],
    &[
        "septembri",
        "septembril",
        "septembris",
        "septembrist",
        "septembriks",
        "septembrini",
    ],
    &[
        "oktoober",
        "oktoobri",
        "oktoobril",
        "oktoobris",
        "oktoobrist",
        "oktoobriks",
        "oktoobrini",
    ],
    &[
        "novembri",
        "novembril",
        "novembris",
        "novembrist",
        "novembriks",
        "novembrini",
    ],
    &[
        "detsember",
        "detsembri",
        "detsembril",
        "detsembris",
        "detsembrist",
        "detsembriks",
        "detsembrini",
    ],
];

/// Finnish month names, January first, in lower case as Finnish writes them:
/// the nominative ("maaliskuu"), the partitive of a day ("25. maaliskuuta
/// 2024"), the inessive ("kesäkuussa 2023", in June), the elative (from),
/// the illative (until) and the genitive ("maaliskuun lopussa").
const FINNISH_MONTH_NAMES: [&[&str]; 12] = [
    &[
        "tammikuu",
        "tammikuuta",
        "tammikuussa",
        "tammikuusta",
        "tammikuuhun",
        "tammikuun",
    ],
    &[
        "helmikuu",
        "helmikuuta",
        "helmikuussa",
        "helmikuusta",
        "helmikuuhun",
        "helmikuun",
    ],
    &[
        "maaliskuu",
        "maaliskuuta",
        "maaliskuussa",
        "maaliskuusta",
        "maaliskuuhun",
        "maaliskuun",
    ],
    &[
        "huhtikuu",
        "huhtikuuta",
        "huhtikuussa",
        "huhtikuusta",
        "huhtikuuhun",
        "huhtikuun",
    ],
    &[
        "toukokuu",
        "toukokuuta",
        "toukokuussa",
        "toukokuusta",
        "toukokuuhun",
        "toukokuun",
    ],
    &[
        "kesäkuu",
        "kesäkuuta",
        "kesäkuussa",
        "kesäkuusta",
        "kesäkuuhun",
        "kesäkuun",
    ],
    &[
        "heinäkuu",
        "heinäkuuta",
        "heinäkuussa",
        "heinäkuusta",
        "heinäkuuhun",
        "heinäkuun",
    ],
    &[
        "elokuu",
        "elokuuta",
        "elokuussa",
        "elokuusta",
        "elokuuhun",
        "elokuun",
    ],
    &[
        "syyskuu",
        "syyskuuta",
        "syyskuussa",
        "syyskuusta",
        "syyskuuhun",
        "syyskuun",
    ],
    &[
        "lokakuu",
        "lokakuuta",
        "lokakuussa",
        "lokakuusta",
        "lokakuuhun",
        "lokakuun",
    ],
    &[
        "marraskuu",
        "marraskuuta",
        "marraskuussa",
        "marraskuusta",
        "marraskuuhun",
        "marraskuun",
    ],
    &[
        "joulukuu",
        "joulukuuta",
        "joulukuussa",
        "joulukuusta",
        "joulukuuhun",
        "joulukuun",
    ],
];

/// Greek month names, January first, capitalised as Greek writes them: the
/// nominative, the genitive of a day ("28 Φεβρουαρίου 2023") and the
/// accusative ("τον Μάρτιο του 2024").
const GREEK_MONTH_NAMES: [&[&str]; 12] = [
    &["Ιανουάριος", "Ιανουαρίου", "Ιανουάριο"],
    &["Φεβρουάριος", "Φεβρουαρίου", "Φεβρουάριο"],
    &["Μάρτιος", "Μαρτίου", "Μάρτιο"],
    &["Απρίλιος", "Απριλίου", "Απρίλιο"],
    &["Μάιος", "Μαΐου", "Μάιο"],
    &["Ιούνιος", "Ιουνίου", "Ιούνιο"],
    &["Ιούλιος", "Ιουλίου", "Ιούλιο"],
    &["Αύγουστος", "Αυγούστου", "Αύγουστο"],
    &["Σεπτέμβριος", "Σεπτεμβρίου", "Σεπτέμβριο"],
    &["Οκτώβριος", "Οκτωβρίου", "Οκτώβριο"],
    &["Νοέμβριος", "Νοεμβρίου", "Νοέμβριο"],
    &["Δεκέμβριος", "Δεκεμβρίου", "Δεκέμβριο"],
];

/// Turkish month names, January first, capitalised as Turkish writes them
/// ("29 Ekim 1923", "19 Mart'ta"); a case ending follows an apostrophe.
const TURKISH_MONTH_NAMES: [&[&str]; 12] = [
    &["Ocak"],
    &["Şubat"],
    &["Mart"],
    &["Nisan"],
    &["Mayıs"],
    &["Haziran"],
    &["Temmuz"],
    &["Ağustos"],
    &["Eylül"],
    &["Ekim"],
    &["Kasım"],
    &["Aralık"],
];

/// `word` is a Turkish month name of [`TURKISH_MONTH_NAMES`], as written there.
pub fn is_turkish_month(word: &str) -> bool {
    TURKISH_MONTH_NAMES
        .iter()
        .any(|names| names.contains(&word))
}

/// The month number (1–12) of a month name of French, Spanish, Italian,
/// Portuguese, Polish, Dutch, Czech, Slovak, Swedish, Romanian or Finnish in lower case, or of German, Turkish or Greek capitalised, as those languages
/// write them. Some are words or names elsewhere ("mars", "Mayo", "Mai"):
/// the date scanner takes them as months only beside a number.
pub fn month_of_other_languages(word: &str) -> Option<u8> {
    // The scanner asks of most words near a date: one lookup, not a
    // comparison with each of the hundred names.
    static CAPITALISED: LazyLock<FxHashMap<&str, u8>> = LazyLock::new(|| {
        months_by_name(&[
            &GERMAN_MONTH_NAMES,
            &POLISH_MONTH_NAMES,
            &TURKISH_MONTH_NAMES,
            &DUTCH_MONTH_NAMES,
            &GREEK_MONTH_NAMES,
        ])
    });
    static OTHERWISE: LazyLock<FxHashMap<&str, u8>> = LazyLock::new(|| {
        months_by_name(&[
            &ROMANCE_MONTH_NAMES,
            &POLISH_MONTH_NAMES,
            &TURKISH_MONTH_NAMES,
            &DUTCH_MONTH_NAMES,
            &CENTRAL_AND_NORTHERN_MONTH_NAMES,
            &FINNISH_MONTH_NAMES,
            &ESTONIAN_MONTH_NAMES,
        ])
    });
    let names = if word.starts_with(char::is_uppercase) {
        &CAPITALISED
    } else {
        &OTHERWISE
    };
    names.get(word).copied()
}

/// Month numbers (1–12) by name, from lists of names January first; a
/// name in two places keeps the first list's and the first month's number.
fn months_by_name(lists: &[&[&[&'static str]; 12]]) -> FxHashMap<&'static str, u8> {
    let mut months = FxHashMap::default();
    for list in lists {
        for (month, names) in (1..).zip(list.iter()) {
            for name in names.iter() {
                months.entry(*name).or_insert(month);
            }
        }
    }
    months
}

/// Every month name of [`month_of_other_languages`], as written there.
pub fn other_languages_month_names() -> impl Iterator<Item = &'static str> {
    ROMANCE_MONTH_NAMES
        .iter()
        .chain(&GERMAN_MONTH_NAMES)
        .chain(&POLISH_MONTH_NAMES)
        .chain(&TURKISH_MONTH_NAMES)
        .chain(&DUTCH_MONTH_NAMES)
        .chain(&CENTRAL_AND_NORTHERN_MONTH_NAMES)
        .chain(&FINNISH_MONTH_NAMES)
        .chain(&GREEK_MONTH_NAMES)
        .chain(&ESTONIAN_MONTH_NAMES)
        .flat_map(|names| names.iter().copied())
}

/// English weekday names in lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The endings of an ordinal day ("1st", "2nd", "3rd", "19th").
pub const ORDINAL_SUFFIXES: [&str; 4] = ["st", "nd", "rd", "th"];

/// The month number (1–12) of an English month name or its usual
/// abbreviation ("Mar", "Sept"), ignoring case. A trailing dot is not part of
/// the name.
pub fn month_from_name(name: &str) -> Option<u8> {
    if !(3..=9).contains(&name.len()) {
        return None;
    }
    // Every name starts with its own three-letter abbreviation; date
    // scanning asks this of every capitalised word, so that decides first.
    let head = &name.as_bytes()[..3];
    let month = MONTH_NAMES
        .iter()
        .position(|full| full.as_bytes()[..3].eq_ignore_ascii_case(head))?;
    let full = MONTH_NAMES[month];
    (name.len() == 3 || name.eq_ignore_ascii_case(full) || name.eq_ignore_ascii_case("sept"))
        .then(|| u8::try_from(month + 1).ok())
        .flatten()
}

/// Whether `name`, which [`month_from_name`] read as `month`, is an
/// abbreviation ("Mar", "Sept") rather than the full name. "May" is its own
/// abbreviation and counts as full. An abbreviation may carry a dot ("Mar.")
/// and, in text, is a month only with more evidence than a full name needs
/// ("Viña del Mar" is a place).
pub fn is_abbreviated_month(name: &str, month: u8) -> bool {
    const MAY: u8 = 5;
    const SEPTEMBER: u8 = 9;
    name.len() == 3 && month != MAY || name.len() == 4 && month == SEPTEMBER
}

/// Whether `word` is a weekday name or its three-letter abbreviation, in any case.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAY_NAMES.iter().any(|d| {
        word.eq_ignore_ascii_case(d) || word.len() == 3 && word.eq_ignore_ascii_case(&d[..3])
    })
}

/// A day of the month written as "19" or "19th": one or two digits, with
/// an optional ordinal ending (not checked against the number: "1th" is 1).
pub fn day_number(word: &str) -> Option<u8> {
    let digits = ORDINAL_SUFFIXES
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names() {
        assert_eq!(month_from_name("March"), Some(3));
        assert_eq!(month_from_name("mar"), Some(3));
        assert_eq!(month_from_name("Sept"), Some(9));
        assert_eq!(month_from_name("SEPTEMBER"), Some(9));
        assert_eq!(month_from_name("May"), Some(5));
        assert_eq!(month_from_name("Ma"), None);
        assert_eq!(month_from_name("Marc"), None);
        assert_eq!(month_from_name("марта"), None);
        assert_eq!(month_from_name("Septe"), None);
        assert_eq!(month_from_name("Mayday"), None);
        assert_eq!(month_from_name("Junk"), None);
        assert_eq!(month_from_name("dec"), Some(12));
    }

    #[test]
    fn abbreviated_months() {
        let abbreviated = |name: &str| is_abbreviated_month(name, month_from_name(name).unwrap());
        for name in ["Mar", "Sep", "Sept", "dec", "Jun"] {
            assert!(abbreviated(name), "{name}");
        }
        for name in ["March", "May", "June", "July", "September", "DECEMBER"] {
            assert!(!abbreviated(name), "{name}");
        }
    }

    #[test]
    fn weekdays() {
        for word in ["Monday", "wednesday", "WED", "Sun"] {
            assert!(is_weekday(word), "{word}");
        }
        for word in ["Mon.", "Wednes", "Day", "Sunny"] {
            assert!(!is_weekday(word), "{word}");
        }
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("19"), Some(19));
        assert_eq!(day_number("19th"), Some(19));
        assert_eq!(day_number("1st"), Some(1));
        assert_eq!(day_number("03"), Some(3));
        for word in ["", "th", "123", "19TH", "x9", "19 "] {
            assert_eq!(day_number(word), None, "{word:?}");
        }
    }

    /// [`month_of_other_languages`] as it was first written: the first
    /// month whose names hold `word`, in the capitalised or lower-case
    /// list, then Polish, then Turkish, then Dutch, then Czech, Slovak,
    /// Swedish and Romanian.
    fn month_of_other_languages_by_scanning(word: &str) -> Option<u8> {
        let first = if word.starts_with(char::is_uppercase) {
            &GERMAN_MONTH_NAMES
        } else {
            &ROMANCE_MONTH_NAMES
        };
        let month = [
            first,
            &POLISH_MONTH_NAMES,
            &TURKISH_MONTH_NAMES,
            &DUTCH_MONTH_NAMES,
            &CENTRAL_AND_NORTHERN_MONTH_NAMES,
            &FINNISH_MONTH_NAMES,
            &GREEK_MONTH_NAMES,
            &ESTONIAN_MONTH_NAMES,
        ]
        .iter()
        .find_map(|list| list.iter().position(|names| names.contains(&word)))?;
        u8::try_from(month + 1).ok()
    }

    /// Every name, as written and in other cases, and a few words that
    /// are no month.
    #[test]
    fn month_lookups_agree_with_scanning_the_lists() {
        let names = other_languages_month_names().chain(MONTH_NAMES);
        let mut words: Vec<String> = names
            .flat_map(|name| {
                [
                    name.to_owned(),
                    name.to_lowercase(),
                    name.to_uppercase(),
                    crate::text::capitalised(name),
                ]
            })
            .collect();
        words.extend(["", "Mars", "mart", "Maj", "MAI", "octobe", "Oktobers"].map(String::from));
        for word in &words {
            assert_eq!(
                month_of_other_languages(word),
                month_of_other_languages_by_scanning(word),
                "{word:?}"
            );
        }
        assert_eq!(month_of_other_languages("juillet"), Some(7));
        assert_eq!(month_of_other_languages("Ekim"), Some(10));
        assert_eq!(month_of_other_languages("maj"), Some(5));
    }

    proptest::proptest! {
        #[test]
        fn month_lookups_of_any_word_agree_with_scanning_the_lists(word in "\\PC{0,12}") {
            proptest::prop_assert_eq!(
                month_of_other_languages(&word),
                month_of_other_languages_by_scanning(&word)
            );
        }
    }
}
