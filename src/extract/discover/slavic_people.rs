//! People named by a common Russian or Ukrainian given name and a
//! surname: "Олег Гайдукевич", "Давид Арахамія", "лидер ЛДПБ Олег
//! Гайдукевич". Commentary in these languages names most people so, with
//! no title or verb of saying next to them; the given name is the cue, as
//! a title is in English. In another case than the nominative ("Игоря
//! Додона", "Володимира Кудрицького", "Ирины Влах") both words are read
//! back to it, and a name whose case the two words do not agree on is
//! left alone.

use super::tokens::{Class, Token, is_heading};
use super::{Candidates, Discoverer, KnownSpan, overlapping};
use crate::extract::ActorKind;
use crate::text::{capitalised, is_cyrillic};

/// Men's given names, in the nominative and small letters.
const MEN: &[&str] = &[
    "александр",
    "алексей",
    "анатолий",
    "андрей",
    "антон",
    "аркадий",
    "арсений",
    "артём",
    "артем",
    "борис",
    "вадим",
    "валентин",
    "валерий",
    "василий",
    "виктор",
    "виталий",
    "владимир",
    "владислав",
    "вячеслав",
    "геннадий",
    "георгий",
    "герман",
    "глеб",
    "григорий",
    "давид",
    "даниил",
    "денис",
    "дмитрий",
    "евгений",
    "егор",
    "иван",
    "игорь",
    "илья",
    "кирилл",
    "константин",
    "леонид",
    "максим",
    "михаил",
    "никита",
    "николай",
    "олег",
    "павел",
    "пётр",
    "петр",
    "роман",
    "руслан",
    "сергей",
    "станислав",
    "степан",
    "тимур",
    "фёдор",
    "федор",
    "юрий",
    "ярослав",
    "эдуард",
    "рустам",
    "нурлан",
    "тигран",
    "армен",
    "ашот",
    "карен",
    "ильхам",
    "андрій",
    "олександр",
    "олексій",
    "анатолій",
    "богдан",
    "василь",
    "віктор",
    "віталій",
    "володимир",
    "валерій",
    "геннадій",
    "григорій",
    "дмитро",
    "євген",
    "іван",
    "ігор",
    "кирило",
    "костянтин",
    "леонід",
    "микола",
    "михайло",
    "назар",
    "остап",
    "павло",
    "петро",
    "сергій",
    "святослав",
    "тарас",
    "юрій",
    "арсеній",
];

/// Women's given names, in the nominative and small letters.
const WOMEN: &[&str] = &[
    "александра",
    "алла",
    "анастасия",
    "анна",
    "валентина",
    "виктория",
    "галина",
    "дарья",
    "диана",
    "екатерина",
    "елена",
    "елизавета",
    "жанна",
    "ирина",
    "инна",
    "карина",
    "ксения",
    "лариса",
    "людмила",
    "майя",
    "маргарита",
    "марина",
    "мария",
    "наталья",
    "наталия",
    "нина",
    "оксана",
    "ольга",
    "полина",
    "светлана",
    "софья",
    "татьяна",
    "юлия",
    "яна",
    "олександра",
    "анастасія",
    "ганна",
    "вікторія",
    "дарина",
    "діана",
    "катерина",
    "олена",
    "єлизавета",
    "ірина",
    "інна",
    "ксенія",
    "марія",
    "наталія",
    "наталя",
    "ніна",
    "поліна",
    "світлана",
    "софія",
    "тетяна",
    "юлія",
    "уляна",
    "христина",
];

/// A case other than the nominative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Nominative,
    /// The genitive and (for men) the accusative.
    Genitive,
    Dative,
    /// The accusative of a woman's name.
    Accusative,
    Instrumental,
}

/// A given name in `word` (small letters): its nominative, whether a
/// woman's, and its case.
fn given_name(word: &str) -> Option<(&'static str, bool, Case)> {
    if let Some(n) = MEN.iter().find(|&&n| n == word) {
        return Some((n, false, Case::Nominative));
    }
    if let Some(n) = WOMEN.iter().find(|&&n| n == word) {
        return Some((n, true, Case::Nominative));
    }
    for &n in MEN {
        // "Игорь" → "Игоря", "Андрій" → "Андрія", "Дмитро" → "Дмитра", "Олег" → "Олега".
        let stem = n.strip_suffix(['ь', 'й', 'о']).unwrap_or(n);
        let soft = n.ends_with(['ь', 'й']);
        let Some(ending) = word.strip_prefix(stem) else {
            continue;
        };
        let case = match (ending, soft) {
            ("а", false) | ("я", true) => Case::Genitive,
            ("у" | "ові", false) | ("ю" | "еві" | "єві", true) => Case::Dative,
            ("ом", false) | ("ем" | "ём" | "єм", true) => Case::Instrumental,
            _ => continue,
        };
        return Some((n, false, case));
    }
    for &n in WOMEN {
        let stem = &n[..n.len() - n.chars().next_back()?.len_utf8()];
        let Some(ending) = word.strip_prefix(stem) else {
            continue;
        };
        let soft = n.ends_with('я');
        let case = match (ending, soft) {
            ("ы" | "и", false) | ("и" | "ї", true) => Case::Genitive,
            ("е" | "і", _) => Case::Dative,
            ("у", false) | ("ю", true) => Case::Accusative,
            ("ой" | "ою", false) | ("ей" | "єю", true) => Case::Instrumental,
            _ => continue,
        };
        return Some((n, true, case));
    }
    None
}

/// The nominative (small letters) of a common Russian or Ukrainian given
/// name written in any case: "Олени" → "олена", "Володимира" → "володимир".
pub(crate) fn nominative_given_name(word: &str) -> Option<&'static str> {
    given_name(&word.to_lowercase()).map(|(nominative, _, _)| nominative)
}

/// `surname` (as written) in the nominative, read back from `case`; `None`
/// where its ending does not fit the case.
fn nominative_surname(surname: &str, woman: bool, case: Case) -> Option<String> {
    if case == Case::Nominative {
        return Some(surname.to_owned());
    }
    let last = surname.chars().next_back()?;
    // Surnames in -о, -е, -и and women's ending in a consonant do not
    // decline: "Германа Галущенко", "Ирины Влах", "Юлии Тимошенко".
    let fixed = if woman {
        !"аяйюуіїы".contains(last)
    } else {
        matches!(last, 'о' | 'е' | 'и') && !surname.ends_with("ого") && !surname.ends_with("его")
    };
    if fixed {
        return Some(surname.to_owned());
    }
    let endings: &[(&str, &str)] = match (woman, case) {
        (false, Case::Genitive) => &[
            ("ского", "ский"),
            ("цкого", "цкий"),
            ("ського", "ський"),
            ("цького", "цький"),
            ("ого", "ий"),
            ("а", ""),
            ("я", "й"),
        ],
        (false, Case::Dative) => &[
            ("скому", "ский"),
            ("ському", "ський"),
            ("ому", "ий"),
            ("ові", ""),
            ("у", ""),
        ],
        (false, Case::Instrumental) => &[
            ("ским", "ский"),
            ("ським", "ський"),
            ("овым", "ов"),
            ("евым", "ев"),
            ("иным", "ин"),
            ("овим", "ов"),
            ("ом", ""),
        ],
        (true, Case::Genitive | Case::Dative | Case::Instrumental) => &[
            ("ской", "ская"),
            ("цкой", "цкая"),
            ("ської", "ська"),
            ("цької", "цька"),
            ("овой", "ова"),
            ("евой", "ева"),
            ("иной", "ина"),
            ("ової", "ова"),
            ("іної", "іна"),
            ("иної", "ина"),
            ("овою", "ова"),
            ("іною", "іна"),
        ],
        (true, Case::Accusative) => &[
            ("скую", "ская"),
            ("цкую", "цкая"),
            ("ську", "ська"),
            ("цьку", "цька"),
            ("ову", "ова"),
            ("еву", "ева"),
            ("ину", "ина"),
            ("іну", "іна"),
        ],
        _ => &[],
    };
    let (stem, nominative) = endings
        .iter()
        .find_map(|(e, n)| surname.strip_suffix(e).map(|s| (s, *n)))?;
    // What is left of a man's surname after "-а", "-у", "-ом" ends in a
    // consonant: "Додона" → "Додон", not "Шоа" → "Шо".
    let stem_last = stem.chars().next_back()?;
    if nominative.is_empty() && "аеёиоуыэюяіїєьй".contains(stem_last) || stem.chars().count() < 2
    {
        return None;
    }
    Some(format!("{stem}{nominative}"))
}

/// A two-word name of a Russian or Ukrainian given name and a surname in
/// another case, in the nominative ("Володимира Кудрицького" →
/// "Володимир Кудрицький"); `None` for anything else.
pub(super) fn nominative_name(name: &str) -> Option<String> {
    let (given, surname) = name.split_once(' ')?;
    if surname.contains(' ') || !given.chars().next().is_some_and(is_cyrillic) {
        return None;
    }
    let (nominative, woman, case) = given_name(&given.to_lowercase())?;
    if case == Case::Nominative {
        return None;
    }
    let surname = nominative_surname(surname, woman, case)?;
    Some(format!("{} {surname}", capitalised(nominative)))
}

impl Discoverer {
    /// People named by a given name in [`MEN`] or [`WOMEN`] and a surname.
    pub(super) fn slavic_people(
        &self,
        text: &str,
        tokens: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        if !super::languages::reading_other_languages() {
            return;
        }
        for pair in tokens.windows(3) {
            let (given, surname) = (&pair[0], &pair[1]);
            let after = pair.get(2);
            if !self.is_name_pair(text, given, surname)
                // Three capitalised words: a patronymic, a longer name or a
                // name inside something else; left to the other cues.
                || after.is_some_and(|t| t.joined && t.start == surname.end + 1)
            {
                continue;
            }
            self.add_person(text, given, surname, known, found);
        }
        // The last two tokens have no third after them.
        if let [.., given, surname] = tokens
            && self.is_name_pair(text, given, surname)
        {
            self.add_person(text, given, surname, known, found);
        }
    }

    /// Whether `given` and `surname` are two capitalised Cyrillic words one
    /// space apart.
    fn is_name_pair(&self, text: &str, given: &Token, surname: &Token) -> bool {
        given.class == Class::Title
            && surname.class == Class::Title
            && surname.start == given.end + 1
            && text.as_bytes()[given.end] == b' '
            && given.text(text).chars().next().is_some_and(is_cyrillic)
            && surname.text(text).chars().next().is_some_and(is_cyrillic)
    }

    fn add_person(
        &self,
        text: &str,
        given: &Token,
        surname: &Token,
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let Some((nominative, woman, case)) = given_name(&given.text(text).to_lowercase()) else {
            return;
        };
        let surname_text = surname.text(text);
        // A surname is no given name: "Анна Ольга" lists two people.
        if given_name(&surname_text.to_lowercase()).is_some() {
            return;
        }
        let Some(nominative_surname) = nominative_surname(surname_text, woman, case) else {
            return;
        };
        let mut name = String::new();
        let mut chars = nominative.chars();
        name.extend(chars.next().into_iter().flat_map(char::to_uppercase));
        name.push_str(chars.as_str());
        name.push(' ');
        name.push_str(&nominative_surname);
        let (start, end) = (given.start, surname.end);
        if overlapping(known, start, end).is_empty()
            && !is_heading(text, start)
            && !self.knows(&name)
        {
            found.add(name, ActorKind::Person, None, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_found_by_other_cues_are_given_in_the_nominative() {
        assert_eq!(
            nominative_name("Володимира Кудрицького").as_deref(),
            Some("Володимир Кудрицький")
        );
        assert_eq!(nominative_name("Олег Гайдукевич"), None);
        assert_eq!(nominative_name("Jane Roe"), None);
    }

    #[test]
    fn given_names_are_read_in_any_case() {
        assert_eq!(given_name("олег"), Some(("олег", false, Case::Nominative)));
        assert_eq!(given_name("игоря"), Some(("игорь", false, Case::Genitive)));
        assert_eq!(
            given_name("володимира"),
            Some(("володимир", false, Case::Genitive))
        );
        assert_eq!(
            given_name("андрієм"),
            Some(("андрій", false, Case::Instrumental))
        );
        assert_eq!(
            given_name("дмитра"),
            Some(("дмитро", false, Case::Genitive))
        );
        assert_eq!(given_name("ирины"), Some(("ирина", true, Case::Genitive)));
        assert_eq!(given_name("ольгу"), Some(("ольга", true, Case::Accusative)));
        assert_eq!(given_name("москва"), None);
        assert_eq!(given_name("олегархия"), None);
    }

    #[test]
    fn surnames_are_read_back_to_the_nominative() {
        let s = |w, woman, case| nominative_surname(w, woman, case);
        assert_eq!(s("Додона", false, Case::Genitive).as_deref(), Some("Додон"));
        assert_eq!(
            s("Кудрицького", false, Case::Genitive).as_deref(),
            Some("Кудрицький")
        );
        assert_eq!(
            s("Галущенко", false, Case::Genitive).as_deref(),
            Some("Галущенко")
        );
        assert_eq!(s("Влах", true, Case::Genitive).as_deref(), Some("Влах"));
        assert_eq!(
            s("Стефанішину", true, Case::Accusative).as_deref(),
            Some("Стефанішина")
        );
        assert_eq!(
            s("Канопацкой", true, Case::Genitive).as_deref(),
            Some("Канопацкая")
        );
        // Endings that do not fit the case: no guess.
        assert_eq!(s("Шоа", false, Case::Genitive), None);
        assert_eq!(s("Петрова", true, Case::Genitive), None);
    }
}
