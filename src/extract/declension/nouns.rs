//! Case forms of common nouns, singular and plural, for query words: a
//! person types the dictionary form ("день", "рынок", "время"), an article
//! has any of a dozen others ("дней", "рынка", "времени"), and a stemmer
//! brings only some of them to one stem.
//!
//! The singular comes from the ending classes the names use; what names
//! rarely need is added here: plurals, the genitive plural's inserted vowel
//! ("уступка" → "уступок"), the vowel that drops out of the last syllable
//! ("день" → "дня", "рынок" → "рынка", "дворец" → "дворца"), the -мя
//! nouns, and a short list of grammar-book exceptions ("судно" → "суда").
//! Where the rules cannot tell which applies, both are made: a form that
//! does not exist costs a term nobody writes.

use super::paradigms::*;
use super::{Bearer, Classes};
use super::{Lang, apply, declinable, is_consonant, is_vowel, ru_common, uk_a, uk_common};

/// The forms of `word` (a nominative singular, or the plural of a word
/// without a singular) in the other cases and in the plural, in `lang`,
/// lower case, each once, none equal to the word. A hyphenated word
/// declines in its last part. Empty for a word that is not Cyrillic or is
/// an acronym ("США").
pub fn noun_forms(word: &str, lang: Lang) -> Vec<String> {
    // Quotes or a dash around a word ("'день'", "день-") are not part of it.
    let word = word.trim_matches(|c: char| !c.is_alphabetic());
    let (prefix, part) = match word.rfind('-') {
        Some(at) => word.split_at(at + 1),
        None => ("", word),
    };
    if !declinable(part) {
        return Vec::new();
    }
    let prefix = prefix.to_lowercase();
    let part = part.to_lowercase();
    let mut forms = Vec::new();
    let mut pseudo = Vec::new();
    for stem_word in std::iter::once(part.clone()).chain(dropped_vowel(&part, lang)) {
        let (singular, plural) = class(&stem_word, lang);
        for paradigm in singular {
            forms.extend(apply(&prefix, &stem_word, paradigm).into_iter().flatten());
        }
        if let Some(plural) = plural {
            forms.extend(
                plural_forms(&stem_word, plural)
                    .into_iter()
                    .map(|f| format!("{prefix}{f}")),
            );
        }
        pseudo.push(format!("{prefix}{stem_word}"));
    }
    let irregular = match lang {
        Lang::Russian => RU_IRREGULAR,
        Lang::Ukrainian => UK_IRREGULAR,
    };
    if let Some((_, others)) = irregular.iter().find(|(w, _)| *w == part) {
        forms.extend(others.iter().map(|f| format!("{prefix}{f}")));
    }
    let mut seen = std::collections::HashSet::new();
    // The word itself, and the nominative without its vowel ("рынк"), are no forms.
    forms.retain(|f| !pseudo.contains(f) && seen.insert(f.clone()));
    forms
}

/// The singular's classes and the plural's endings of a common noun.
fn class(word: &str, lang: Lang) -> (Vec<&'static Paradigm>, Option<&'static Plural>) {
    let letters: Vec<char> = word.chars().collect();
    let n = letters.len();
    if n < 3 {
        return (Vec::new(), None);
    }
    let last = letters[n - 1];
    let before = letters[n - 2];
    let ends = |s: &str| word.ends_with(s);
    match lang {
        Lang::Russian => {
            if ends("мя") {
                return (vec![&RU_MYA], Some(&RU_PL_MYA));
            }
            if ends("ие") {
                return (vec![&RU_NEUTER_IE], Some(&RU_PL_IE));
            }
            if ends("ии") {
                return (Vec::new(), Some(&RU_PL_OF_II));
            }
            if matches!(last, 'ы' | 'и') && is_consonant(before) {
                return (Vec::new(), Some(&RU_PL_OF_PLURAL));
            }
            let plural: &'static Plural = match last {
                'е' => return (vec![&RU_NEUTER_E], Some(&RU_PL_E)),
                'о' => return (vec![&RU_NEUTER_O], Some(&RU_PL_O)),
                'н' if ends("анин") || ends("янин") => &RU_PL_ANIN,
                'к' if n > 4 && (ends("ёнок") || ends("онок")) => &RU_PL_ONOK,
                'к' | 'г' | 'х' => &RU_PL_VELAR,
                'ж' | 'ш' | 'ч' | 'щ' => &RU_PL_HUSH,
                'ц' => &RU_PL_TS,
                'й' => &RU_PL_J,
                'ь' => &RU_PL_SOFT,
                'а' if matches!(before, 'к' | 'г' | 'х' | 'ж' | 'ш' | 'ч' | 'щ') => {
                    &RU_PL_A_SOFT
                }
                'а' => &RU_PL_A,
                'я' if word.ends_with("ия") || is_vowel(before) => &RU_PL_IYA,
                'я' => &RU_PL_YA,
                c if is_consonant(c) => &RU_PL_HARD,
                _ => return (Vec::new(), None),
            };
            let (singular, _): Classes = ru_common(word, &letters, Bearer::Thing);
            // After a vowel, -я declines like -ия ("ассамблея" → "ассамблеи").
            let singular = if last == 'я' && is_vowel(before) && !ends("ия") {
                vec![&RU_IYA]
            } else {
                singular
            };
            (singular, Some(plural))
        }
        Lang::Ukrainian => {
            // A noun in -ий declines as an adjective ("лютий" → "лютого").
            if ends("ий") {
                return (vec![&UK_ADJ_MASC], Some(&UK_PL_ADJ));
            }
            if ends("ість") {
                return (vec![&UK_SOFT_FEM_OST], Some(&UK_PL_OST));
            }
            if ends("ії") {
                return (Vec::new(), Some(&UK_PL_OF_IYI));
            }
            if matches!(last, 'и' | 'і') && (is_consonant(before) || before == 'ь') {
                return (Vec::new(), Some(&UK_PL_OF_PLURAL));
            }
            if last == 'я' && before == letters[n - 3] && is_consonant(before) {
                return (vec![&UK_NEUTER_YA], Some(&UK_PL_NEUTER_YA));
            }
            let plural: &'static Plural = match last {
                'е' => return (vec![&UK_NEUTER_E], Some(&UK_PL_E)),
                'о' => return (vec![&UK_NEUTER_O], Some(&UK_PL_O)),
                'в' if ends("їв") => &UK_PL_YIV,
                'в' if ends("ів") => &UK_PL_IV,
                'ж' | 'ш' | 'ч' | 'щ' => &UK_PL_HUSH,
                'й' => &UK_PL_J,
                'ь' => &UK_PL_SOFT,
                'а' if matches!(before, 'ж' | 'ш' | 'ч' | 'щ') => &UK_PL_A_HUSH,
                'а' => &UK_PL_A,
                'я' if is_vowel(before) => &UK_PL_IYA,
                'я' => &UK_PL_YA,
                c if is_consonant(c) => &UK_PL_HARD,
                _ => return (Vec::new(), None),
            };
            let (singular, _) = if matches!(last, 'а' | 'я') {
                uk_a(&letters)
            } else {
                uk_common(word, &letters, Bearer::Thing)
            };
            (singular, Some(plural))
        }
    }
}

/// The plural forms of `word` by `plural`; a genitive without ending also
/// with a vowel put between its last two consonants, and a doubled
/// consonant before Ukrainian -я made single ("питання" → "питань").
fn plural_forms(word: &str, plural: &'static Plural) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let kept = chars.len().saturating_sub(plural.cut);
    let stem: String = chars[..kept].iter().collect::<String>() + plural.add;
    let mut out = Vec::new();
    for ending in plural.endings {
        if ending.is_empty() {
            out.push(stem.clone());
            out.extend(inserted_vowel(&stem));
        } else {
            out.push(format!("{stem}{ending}"));
        }
    }
    if std::ptr::eq(plural, &UK_PL_NEUTER_YA) {
        let single: String = chars[..chars.len().saturating_sub(2)].iter().collect();
        out.push(format!("{single}ь"));
    }
    if std::ptr::eq(plural, &RU_PL_YA) || std::ptr::eq(plural, &UK_PL_YA) {
        out.extend(inserted_vowel(&stem).into_iter().map(|s| format!("{s}ь")));
    }
    out
}

/// A stem ending in two consonants with a vowel between them, as the
/// genitive plural has it: "уступк" → "уступок", "уступек"; "копейк" →
/// "копеек"; "деньг" → "денег". Empty for other stems.
fn inserted_vowel(stem: &str) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n < 3 || !is_consonant(chars[n - 1]) {
        return Vec::new();
    }
    let head: String = chars[..n - 2].iter().collect();
    let (c1, c2) = (chars[n - 2], chars[n - 1]);
    if c1 == 'й' || c1 == 'ь' {
        return vec![format!("{head}е{c2}")];
    }
    if !is_consonant(c1) {
        return Vec::new();
    }
    ["о", "е", "ё"]
        .iter()
        .map(|v| format!("{head}{c1}{v}{c2}"))
        .collect()
}

/// The nominative without the vowel that drops out of its last syllable in
/// the other forms ("рынок" → "рынк", "день" → "днь", "боец" → "бойц",
/// Ukrainian "рік" → "рок"), when its ending is one that may lose it.
fn dropped_vowel(word: &str, lang: Lang) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 4 {
        return Vec::new();
    }
    let soft = chars[n - 1] == 'ь';
    let (vowel_at, tail): (usize, String) = if soft {
        (n - 3, chars[n - 2..].iter().collect())
    } else {
        (n - 2, chars[n - 1..].iter().collect())
    };
    let vowel = chars[vowel_at];
    let before = chars[vowel_at - 1];
    let suffix: String = chars[vowel_at..].iter().collect();
    let head: String = chars[..vowel_at].iter().collect();
    let mut out = Vec::new();
    let fleeting = match lang {
        Lang::Russian => &["ок", "ёк", "ек", "ец", "ень", "онь", "ол", "ёл", "ел", "ер"][..],
        Lang::Ukrainian => &["ок", "ець", "ень", "онь", "ер"][..],
    };
    if fleeting.contains(&suffix.as_str()) {
        if is_vowel(before) {
            out.push(format!("{head}й{tail}"));
        } else if is_consonant(before) {
            out.push(format!("{head}{tail}"));
            if before == 'л' && vowel != 'о' {
                out.push(format!("{head}ь{tail}"));
            }
        }
    }
    // Ukrainian і of a closed last syllable is о or е in the others.
    if lang == Lang::Ukrainian && vowel == 'і' && is_consonant(chars[n - 1 - soft as usize]) {
        out.push(format!("{head}о{tail}"));
        out.push(format!("{head}е{tail}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, lang: Lang, wanted: &[&str]) {
        let forms = noun_forms(word, lang);
        for w in wanted {
            assert!(forms.iter().any(|f| f == w), "{word}: no {w} in {forms:?}");
        }
        assert!(!forms.iter().any(|f| f == &word.to_lowercase()), "{word}");
    }

    #[test]
    fn russian_nouns_of_every_class() {
        let ru = Lang::Russian;
        has(
            "день",
            ru,
            &["дня", "дню", "днём", "дне", "дни", "дней", "дням", "днях"],
        );
        has("огонь", ru, &["огня", "огнём", "огни"]);
        has("рынок", ru, &["рынка", "рынки", "рынков", "рынкам"]);
        has("дворец", ru, &["дворца", "дворцы", "дворцов"]);
        has("десяток", ru, &["десятка", "десятки", "десятков"]);
        has("боец", ru, &["бойца", "бойцов"]);
        has("посол", ru, &["посла", "послы", "послов"]);
        has("время", ru, &["времени", "временем", "времена", "времён"]);
        has("судно", ru, &["судна", "суда", "судов"]);
        has("Киев", ru, &["киева", "киеву", "киевом", "киеве"]);
        has("обмен", ru, &["обмена", "обмены", "обменов"]);
        has(
            "отмена",
            ru,
            &["отмены", "отмене", "отмену", "отменой", "отмен"],
        );
        has(
            "уступка",
            ru,
            &["уступки", "уступку", "уступок", "уступкам"],
        );
        has("система", ru, &["системы", "систем", "системами"]);
        has(
            "ассамблея",
            ru,
            &["ассамблеи", "ассамблею", "ассамблеей", "ассамблей"],
        );
        has("неделя", ru, &["недели", "неделю", "недель", "неделям"]);
        has("земля", ru, &["земли", "земель"]);
        has("линия", ru, &["линии", "линий", "линиями"]);
        has("перемирие", ru, &["перемирия", "перемирии", "перемирий"]);
        has("поле", ru, &["поля", "полем", "полей"]);
        has("письмо", ru, &["письма", "писем", "письмами"]);
        has("музей", ru, &["музея", "музеи", "музеев"]);
        has("сценарий", ru, &["сценария", "сценарии", "сценариев"]);
        has("ночь", ru, &["ночи", "ночью", "ночей", "ночам"]);
        has("нож", ru, &["ножа", "ножи", "ножей"]);
        has(
            "россиянин",
            ru,
            &["россиянина", "россияне", "россиян", "россиянам"],
        );
        has("ребёнок", ru, &["ребёнка", "дети", "детей"]);
        has("котёнок", ru, &["котята", "котят"]);
        has("издержки", ru, &["издержек", "издержкам", "издержками"]);
        has("санкции", ru, &["санкций", "санкциям", "санкциями"]);
        has("переговоры", ru, &["переговоров", "переговорах"]);
        has("деньги", ru, &["денег", "деньгам"]);
        has(
            "вице-президент",
            ru,
            &["вице-президента", "вице-президенты"],
        );
        has("'день'", ru, &["дня", "дней"]);
        has("день-", ru, &["дня", "дней"]);
    }

    #[test]
    fn ukrainian_nouns_of_every_class() {
        let uk = Lang::Ukrainian;
        has(
            "угода",
            uk,
            &["угоди", "угоді", "угоду", "угодою", "угод", "угодам"],
        );
        has("питання", uk, &["питанню", "питань", "питаннями"]);
        has("незалежність", uk, &["незалежності", "незалежністю"]);
        has("Київ", uk, &["києва", "києві"]);
        has("рік", uk, &["року", "роки", "років"]);
        has("схід", uk, &["сходу"]);
        has("день", uk, &["дня", "дні", "днів"]);
        has("ринок", uk, &["ринку", "ринки", "ринків"]);
        has("надра", uk, &["надр", "надрами"]);
        has("війна", uk, &["війни", "війні", "війну", "війною"]);
        has("лютий", uk, &["лютого", "лютому"]);
        has("зобов'язання", uk, &["зобов'язань", "зобов'язанням"]);
        has("санкції", uk, &["санкцій", "санкціями"]);
    }

    #[test]
    fn acronyms_and_other_scripts_have_no_forms() {
        for word in ["США", "ООН", "NATO", "truce", "12", "", "ab", "-", "'"] {
            assert!(noun_forms(word, Lang::Russian).is_empty(), "{word}");
        }
    }

    proptest::proptest! {
        /// Any text at all: no panic, and no form is the word itself.
        #[test]
        fn any_text_declines_without_panic(word in "\\PC{0,12}|[а-яёіїєґА-Я'-]{0,12}") {
            for lang in [Lang::Russian, Lang::Ukrainian] {
                let forms = noun_forms(&word, lang);
                proptest::prop_assert!(!forms.contains(&word.to_lowercase()), "{:?}", word);
            }
        }
    }
}
