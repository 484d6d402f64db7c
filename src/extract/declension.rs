//! Case forms of Russian and Ukrainian names, generated from the nominative
//! when the lexicon loads: "Путин" also matches "Путина", "Путину",
//! "Путиным", "Путине"; "Россия" also "России", "Россию", "Россией";
//! "Україна" also "України", "Україні", "Україну", "Україною".
//!
//! Why forms, not stems: the matcher stays exact. A stem with a wildcard
//! ("Путин*") would also match "путинский" and, for short names, ordinary
//! words ("Маск*" is "маска"); a form is one more alias, checked against the
//! rest of the lexicon and a list of common words before it is kept, and
//! costs nothing at match time but a slightly larger automaton.
//!
//! The forms come from the ending classes of Russian and Ukrainian nouns,
//! adjectives and surnames: consonant stems, -й, -ь (both genders for
//! places and bodies), -а/-я, -ия/-ія, neuter -ство/-ие, plurals in -ы/-и,
//! adjectives (-ый/-ий/-ой/-ая/-ое/-ые/-ие, Ukrainian -ий/-а/-е/-і),
//! surnames in -ов/-ев/-ин (instrumental -ым), -ский/-ський, feminine
//! -ова/-ина/-ская. Indeclinable: acronyms, words in other scripts,
//! foreign names ending in -и/-у/-е/-о/-ю/-э, Russian -ко/-енко, -ых/-их,
//! and a woman's surname ending in a consonant ("Меркель"). Ukrainian
//! surnames in -енко decline ("Порошенка"). A name of several words
//! declines as Russian and Ukrainian do: every word of a person's name;
//! for a state or body, the leading adjectives and the first noun
//! ("Совета Безопасности ООН", "Российской Федерации"), the rest as is.
//! Where the letters do not tell the language (no ы/э/ъ/ё nor і/ї/є/ґ),
//! both sets of forms are made. A form that does not exist in the language
//! costs only a pattern nobody writes.

use super::lexicon::{Actor, ActorKind, alias_key, is_acronym};
use crate::text::{is_cyrillic, to_lowercase};
use rustc_hash::{FxHashMap, FxHashSet};

/// Bumped whenever the rules change, so that an index re-extracts.
pub const RULES_VERSION: &str = "declension-4: the genitive -s of a full name in the Scandinavian languages, German and Dutch ('Augusto Pinochets'); declension-3: Polish surnames in -ski and -cki";

mod nouns;
mod paradigms;
mod polish;
pub use nouns::noun_forms;
#[cfg(test)]
mod tests;

use paradigms::*;

/// A language whose nouns and names decline here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Russian,
    Ukrainian,
}

/// What a name denotes, as far as its declension goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bearer {
    Man,
    Woman,
    /// A state, organisation or group.
    Thing,
}
/// Words of a name that never decline: particles of foreign names.
const PARTICLES: &[&str] = &[
    "фон", "дер", "ван", "де", "ди", "да", "дель", "ла", "ле", "аль", "эль", "аш", "ас", "ибн",
    "бен", "бин", "дос", "ду", "оф",
];

/// Russian and Ukrainian men's first names ending in -а/-я.
const MEN_IN_A: &[&str] = &[
    "илья",
    "никита",
    "кузьма",
    "фома",
    "лука",
    "савва",
    "данила",
    "гаврила",
    "микола",
    "ілля",
    "сава",
    "мина",
    "папа",
];

/// Common words (lower case) that a declined name can spell ("Маск" → "Маска", "Трасс"
/// → "Трассу", "Коль" → "Коля"): such a form is never kept, as a capital
/// at a sentence's start would make the word a name.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "маска", "маску", "маской", "маске", "трасса", "трассы", "трассе", "трассу", "трассой",
    "коля", "колю", "колем", "коле", "кличка", "кличку", "кличке", "кличкой", "кличком",
    "дуду", "дуде", "дуды", "руте", "мира", "миру", "миром", "мире", "рада", "раде", "раду",
    "радой", "лапа", "лапу", "туска", "туске", "мерца", "вести", "новости", "сила", "силы",
    "силу", "силой", "коле", "гавела", "орла", "ганца", "лева", "льва", "рабина", "перес",
    "переса", "пена", "пену", "пене", "пеной", "лапида", "курта", "курте", "курту", "фицо",
    "коня", "слуга", "слуги", "слуге", "слугу", "слугой", "папа", "папы", "папе", "папу",
    "папой", "азова", "азову", "азовом", "азове", "яблока", "яблоку", "яблоком", "яблоке",
    "вагнера", "вагнеру", "вагнером", "вагнере", "мая", "маю", "маем", "мае", "мэра",
    "карла", "карлу", "карлом", "карле", "кита", "киту", "китом", "ките", "дома", "дому",
    "домом", "доме", "бена", "бену", "дуда", "дудой", "дудою", "дуди", "дуді", "майя", "майи",
    "майе", "майю", "майей", "кучи", "кучу", "кучей", "милее", "милей", "колі",
];

/// Adds to each actor's aliases the case forms of its Cyrillic names and
/// aliases. A form is dropped when it is a name or alias the lexicon writes
/// (another actor's, or an `[ignore]` phrase), when two actors would share
/// it (unless both are people with active years, as a surname may be), when
/// it has fewer than four letters, or when it is a common word.
pub fn add_case_forms(actors: &mut [Actor], ignore: &[String]) {
    let written: FxHashSet<String> = actors
        .iter()
        .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
        .chain(ignore)
        .map(|n| alias_key(n))
        .collect();
    // Each form with its key, worked out once: keys are compared three times.
    let mut generated: Vec<Vec<(String, String)>> = Vec::with_capacity(actors.len());
    let mut owners: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, actor) in actors.iter().enumerate() {
        let bearer = bearer(actor);
        let polish_man = actor.kind == ActorKind::Person
            && bearer == Bearer::Man
            && !polish::is_womans(&actor.name);
        let names: Vec<&String> = std::iter::once(&actor.name).chain(&actor.aliases).collect();
        let per_name: Vec<Vec<(String, String)>> = names
            .iter()
            .map(|n| {
                let mut forms = case_forms(n, bearer);
                if polish_man {
                    forms.extend(polish::mens_forms(n));
                }
                // The canonical name only: an alias with a title would take
                // another's ("President Aristides Pereira").
                if actor.kind == ActorKind::Person && *n == &actor.name {
                    forms.extend(genitive_s(n));
                }
                forms
                    .into_iter()
                    .map(|form| {
                        let key = alias_key(&form);
                        (form, key)
                    })
                    .collect()
            })
            .collect();
        // A name that is itself a case form of another ("Путина" listed
        // beside "Путин") is not declined again as if it were a nominative.
        let oblique: FxHashSet<&str> = per_name.iter().flatten().map(|(_, k)| k.as_str()).collect();
        let is_oblique: Vec<bool> = names
            .iter()
            .map(|name| oblique.contains(alias_key(name).as_str()))
            .collect();
        let mut keys = FxHashSet::default();
        let mut forms = Vec::new();
        for (name_forms, oblique) in per_name.into_iter().zip(is_oblique) {
            if oblique {
                continue;
            }
            for (form, key) in name_forms {
                if worth_keeping(&form) && !written.contains(&key) && keys.insert(key.clone()) {
                    owners.entry(key.clone()).or_default().push(i);
                    forms.push((form, key));
                }
            }
        }
        generated.push(forms);
    }
    let dated_person = |a: &Actor| a.kind == ActorKind::Person && a.active.is_some();
    for (i, forms) in generated.into_iter().enumerate() {
        let kept: Vec<String> = forms
            .into_iter()
            .filter(|(_, key)| {
                let owners = &owners[key];
                owners.len() == 1 || owners.iter().all(|&o| dated_person(&actors[o]))
            })
            .map(|(form, _)| form)
            .collect();
        actors[i].written_aliases = actors[i].aliases.len();
        actors[i].aliases.extend(kept);
    }
}

/// The one-word aliases of an actor that [`add_case_forms`] generated:
/// its surnames in cases other than the nominative ("Путина", "Макрона").
pub fn oblique_aliases(actor: &Actor) -> impl Iterator<Item = &str> {
    actor.aliases[actor.written_aliases.min(actor.aliases.len())..]
        .iter()
        .filter(|a| !a.contains(' '))
        .map(String::as_str)
}

/// How an actor's names decline: a person is a woman when one of their
/// Cyrillic names is a woman's ("Мария Захарова", "Майя Санду", a surname
/// in -ова or -ская that is not another alias's genitive).
fn bearer(actor: &Actor) -> Bearer {
    if actor.kind != ActorKind::Person {
        return Bearer::Thing;
    }
    let names: Vec<String> = std::iter::once(&actor.name)
        .chain(&actor.aliases)
        .map(|n| to_lowercase(n))
        .collect();
    // -ова and -ина may be a man's foreign name ("Ругова"): alone, only
    // the adjectival endings tell.
    let adjectival = names.iter().any(|n| {
        !n.contains(' ')
            && declinable(n)
            && ["ская", "цкая", "ська", "цька"]
                .iter()
                .any(|e| n.ends_with(e))
    });
    if adjectival {
        return Bearer::Woman;
    }
    let first_names: Vec<&str> = names
        .iter()
        .filter(|n| n.contains(' '))
        .filter_map(|n| n.split(' ').next())
        .collect();
    let womans =
        |w: &&str| declinable(w) && (w.ends_with('а') || w.ends_with('я')) && !MEN_IN_A.contains(w);
    let candidates: Vec<&str> = first_names.iter().copied().filter(womans).collect();
    if candidates.is_empty() {
        return Bearer::Man;
    }
    // "Владимира Путина" beside "Владимир Путин" is a man's genitive, not
    // a woman's name.
    let mens_forms: FxHashSet<String> = first_names
        .iter()
        .filter(|w| !candidates.contains(w))
        .flat_map(|w| case_forms(w, Bearer::Man))
        .collect();
    if candidates.iter().any(|c| !mens_forms.contains(*c)) {
        Bearer::Woman
    } else {
        Bearer::Man
    }
}

/// Common Russian and Ukrainian women's given names in the nominative that
/// end as a man's name does in the genitive ("Ольга" and "Олега", "Лариса"
/// and "Бориса"): a name opening with one of these is a woman's, as written.
const WOMEN_IN_A: &[&str] = &[
    "анна",
    "ганна",
    "ольга",
    "ирина",
    "ірина",
    "елена",
    "олена",
    "алёна",
    "альона",
    "светлана",
    "марина",
    "оксана",
    "людмила",
    "галина",
    "вера",
    "віра",
    "надежда",
    "надія",
    "лариса",
    "валентина",
    "тамара",
    "алла",
    "инна",
    "інна",
    "жанна",
    "кира",
    "кіра",
    "екатерина",
    "катерина",
    "кристина",
    "христина",
    "алина",
    "аліна",
    "полина",
    "поліна",
    "вероника",
    "вероніка",
    "маргарита",
    "ярослава",
    "мирослава",
    "злата",
    "анжела",
    "элла",
    "римма",
    "эмма",
    "алиса",
    "аліса",
    "раиса",
    "раїса",
    "зинаида",
    "зінаїда",
    "нина",
    "ніна",
    "лина",
    "ліна",
    "диана",
    "діана",
    "регина",
    "регіна",
    "марта",
    "майя",
    "мая",
    "ада",
    "ева",
    "єва",
    "роза",
    "фатима",
    "гульнара",
    "айгуль",
    "динара",
    "камила",
    "мадина",
    "дина",
    "діна",
    "лиза",
    "виолетта",
    "віолетта",
    "снежана",
    "сніжана",
    "богдана",
    "лада",
    "яна",
    "жанна",
    "тереза",
    "лесса",
    "стелла",
    "белла",
    "любава",
    "руслана",
    "уляна",
    "ульяна",
    "ганна",
    "хана",
];

/// The nominative of a man's two-word name ("Олжас Бектенов") written in
/// the genitive or accusative ("Олжаса Бектенова"), dative ("Олжасу
/// Бектенову") or instrumental ("Олжасом Бектеновым"), when both words
/// say so: a given name whose stem ends in a consonant and is not a
/// woman's, and a surname in -ов/-ев/-ин/-ын (or Ukrainian -енко) in the
/// same case. A name read so is checked by declining the nominative back.
/// `None` for anything else, a woman's name in the nominative included
/// ("Анна Иванова", "Наталья Зубаревич").
pub fn mans_nominative(name: &str) -> Option<String> {
    let (given, surname) = name.split_once(' ')?;
    if surname.contains(' ') || !declinable(given) || !declinable(surname) {
        return None;
    }
    if WOMEN_IN_A.contains(&given.to_lowercase().as_str()) {
        return None;
    }
    // (given ending, surname endings): one case each.
    const CASES: &[(&str, &[(&str, &str)])] = &[
        (
            "а",
            &[
                ("ова", "ов"),
                ("ева", "ев"),
                ("ёва", "ёв"),
                ("єва", "єв"),
                ("ина", "ин"),
                ("ына", "ын"),
                ("іна", "ін"),
                ("енка", "енко"),
            ],
        ),
        (
            "у",
            &[
                ("ову", "ов"),
                ("еву", "ев"),
                ("ёву", "ёв"),
                ("єву", "єв"),
                ("ину", "ин"),
                ("ыну", "ын"),
                ("іну", "ін"),
                ("енку", "енко"),
            ],
        ),
        (
            "ом",
            &[
                ("овым", "ов"),
                ("евым", "ев"),
                ("ёвым", "ёв"),
                ("иным", "ин"),
                ("овим", "ов"),
                ("євим", "єв"),
                ("іним", "ін"),
                ("енком", "енко"),
            ],
        ),
    ];
    for &(given_ending, surnames) in CASES {
        let Some(stem) = given.strip_suffix(given_ending) else {
            continue;
        };
        // A man's given name of this kind ends in a consonant: "Олжас",
        // "Рустем", "Иван" (not "Мари" of "Мария").
        if !stem.chars().last().is_some_and(|c| {
            is_cyrillic(c) && !"аеёиоуыэюяіїєьйъ".contains(c.to_lowercase().next().unwrap_or(c))
        }) || stem.chars().count() < 2
        {
            continue;
        }
        for &(ending, nominative) in surnames {
            let Some(surname_stem) = surname.strip_suffix(ending) else {
                continue;
            };
            let candidate = format!("{stem} {surname_stem}{nominative}");
            if case_forms(&candidate, Bearer::Man)
                .iter()
                .any(|f| f == name)
            {
                return Some(candidate);
            }
        }
    }
    None
}

/// False for a form too short to be told from other words, or a common word.
fn worth_keeping(form: &str) -> bool {
    // Letters are counted up to four only: each costs a table search in
    // Cyrillic, and every form of the lexicon is asked.
    form.chars().filter(|c| c.is_alphabetic()).take(4).count() == 4
        && !COMMON_WORDS.contains(&to_lowercase(form).as_str())
}

/// "Augusto Pinochets", "Donald Trumps": a full name in the genitive of
/// Danish, Norwegian, Swedish, German and Dutch, an "-s" on its last word
/// (none after "s", "x" or "z", which take an apostrophe or nothing). Only
/// a name of two words or more in Latin letters: a bare surname with "-s"
/// may be an English plural ("Trumps").
pub fn genitive_s(name: &str) -> Option<String> {
    let (_, last) = name.rsplit_once(' ')?;
    let end = last.chars().next_back()?;
    (end.is_lowercase() && (end as u32) < 0x250 && !matches!(end, 's' | 'x' | 'z' | 'ß'))
        .then(|| format!("{name}s"))
}

/// The case forms of `name` (a nominative, as the lexicon writes it), none
/// equal to it, each once, each with as many words as `name`. Empty for a
/// name with nothing Cyrillic to decline.
pub fn case_forms(name: &str, bearer: Bearer) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if !words.iter().any(|w| declinable(w)) {
        return Vec::new();
    }
    let mut forms: Vec<String> = Vec::new();
    for lang in languages(name) {
        let per_word: Vec<Forms> = decline_words(&words, lang, bearer);
        for case in 0..CASES {
            let mut combined = vec![String::new()];
            for (i, word) in per_word.iter().enumerate() {
                let mut next = Vec::new();
                for head in &combined {
                    for form in &word[case] {
                        if next.len() >= MAX_FORMS_PER_CASE {
                            break;
                        }
                        let sep = if i == 0 { "" } else { " " };
                        next.push(format!("{head}{sep}{form}"));
                    }
                }
                combined = next;
            }
            forms.extend(combined);
        }
    }
    let mut seen = FxHashSet::default();
    forms.retain(|f| f != name && !f.is_empty() && seen.insert(f.clone()));
    forms
}

/// Forms of one case of a name of several words: beyond this, the product
/// of each word's variants gives only mixtures nobody writes.
const MAX_FORMS_PER_CASE: usize = 8;

/// The forms, case by case, of each word of a name.
fn decline_words(words: &[&str], lang: Lang, bearer: Bearer) -> Vec<Forms> {
    let unchanged = |w: &str| -> Forms { std::array::from_fn(|_| vec![w.to_owned()]) };
    let is_and = |w: &str| matches!(w, "и" | "і" | "та");
    let mut out = Vec::with_capacity(words.len());
    // A state's or body's name declines up to its first noun (and a noun
    // joined to it by "и"/"і"/"та"); a person's name declines throughout.
    let mut declining = true;
    for (i, &word) in words.iter().enumerate() {
        if !declining || (bearer == Bearer::Thing && is_and(word)) {
            out.push(unchanged(word));
            continue;
        }
        // A hyphenated word declines in its last part ("Аль-Каида", "Бен-Гвир").
        let (prefix, part) = match word.rfind('-') {
            Some(at) => word.split_at(at + 1),
            None => ("", word),
        };
        let last = i + 1 == words.len();
        let (paradigms, adjective) = if declinable(part) {
            classes(&to_lowercase(part), lang, bearer, last)
        } else {
            (Vec::new(), false)
        };
        if paradigms.is_empty() {
            out.push(unchanged(word));
        } else {
            let mut forms: Forms = Default::default();
            for paradigm in paradigms {
                for (case, found) in apply(prefix, part, paradigm).into_iter().enumerate() {
                    forms[case].extend(found);
                }
            }
            out.push(forms);
        }
        if bearer == Bearer::Thing && !adjective {
            declining = words.get(i + 1).is_some_and(|next| is_and(next));
        }
    }
    out
}

/// `part` in each case, by `paradigm`, after `prefix` (kept as written).
fn apply(prefix: &str, part: &str, paradigm: &Paradigm) -> Forms {
    let chars: Vec<char> = part.chars().collect();
    let kept = chars.len().saturating_sub(paradigm.cut);
    let stem: String = chars[..kept].iter().collect::<String>() + paradigm.add;
    std::array::from_fn(|case| {
        paradigm.endings[case]
            .iter()
            .map(|ending| match *ending {
                "@" => format!("{prefix}{part}"),
                // The nominative less its soft sign: "незалежністю".
                "~ю" => format!("{prefix}{}ю", part.strip_suffix('ь').unwrap_or(part)),
                "і" if std::ptr::eq(paradigm, &UK_A_VELAR) => {
                    format!("{prefix}{}і", velar_to_sibilant(&stem))
                }
                // A consonant doubles before Ukrainian -ю ("Білоруссю").
                "ю" if std::ptr::eq(paradigm, &UK_SOFT_FEM) => {
                    let doubled = stem
                        .chars()
                        .next_back()
                        .map(String::from)
                        .unwrap_or_default();
                    format!("{prefix}{stem}{doubled}ю")
                }
                ending => format!("{prefix}{stem}{ending}"),
            })
            .collect()
    })
}

/// "Америк" → "Америц", "Ліг" → "Ліз", "Чех" → "Чес".
fn velar_to_sibilant(stem: &str) -> String {
    let mut chars: Vec<char> = stem.chars().collect();
    if let Some(last) = chars.last_mut() {
        *last = match *last {
            'к' => 'ц',
            'г' => 'з',
            'х' => 'с',
            'К' => 'Ц',
            'Г' => 'З',
            'Х' => 'С',
            c => c,
        };
    }
    chars.into_iter().collect()
}

type Classes = (Vec<&'static Paradigm>, bool);

/// The declension classes of a word (in lower case) and whether it is an
/// adjective; no classes when it does not decline.
fn classes(word: &str, lang: Lang, bearer: Bearer, last: bool) -> Classes {
    let letters: Vec<char> = word.chars().collect();
    if letters.len() < 3 || PARTICLES.contains(&word) {
        return (Vec::new(), false);
    }
    let ends = |s: &str| word.ends_with(s);
    let ends_any = |list: &[&str]| list.iter().any(|e| word.ends_with(e));
    let third_last = letters[letters.len() - 3];
    let before_last = letters[letters.len() - 2];
    let noun = |p: &'static Paradigm| (vec![p], false);
    let adjective = |p: &'static Paradigm| (vec![p], true);
    match lang {
        Lang::Russian => {
            if bearer != Bearer::Woman {
                if ends_any(&["ый", "ой"]) {
                    return adjective(&RU_ADJ_HARD);
                }
                if ends("ий") && matches!(third_last, 'к' | 'г' | 'х') {
                    return adjective(&RU_ADJ_VELAR);
                }
                if ends("ий") && matches!(third_last, 'ж' | 'ш' | 'ч' | 'щ') {
                    return adjective(&RU_ADJ_HUSH);
                }
            }
            // "Кая", "Майя" are names; an adjective has a stem before -ая.
            if ends("ая") && letters.len() >= 5 {
                return adjective(&RU_ADJ_FEM);
            }
            if ends("яя") {
                return adjective(&RU_ADJ_FEM_SOFT);
            }
            match bearer {
                // "Черных", "Седых": old genitive plurals, never declined.
                Bearer::Man | Bearer::Woman if ends_any(&["ых", "их"]) => (Vec::new(), false),
                Bearer::Woman if ends_any(&["ова", "ева", "ёва", "ина", "ына"]) => {
                    noun(&RU_FEM_SURNAME)
                }
                Bearer::Woman => ru_a(word, &letters),
                Bearer::Man if ends_any(&["ов", "ев", "ёв"]) => noun(&RU_SURNAME),
                Bearer::Man if ends_any(&["ин", "ын"]) => noun(&RU_SURNAME_IN),
                Bearer::Man => ru_common(word, &letters, bearer),
                Bearer::Thing => {
                    if ends("ое") {
                        adjective(&RU_ADJ_NEUTER)
                    } else if ends("ее") && !last {
                        adjective(&RU_ADJ_NEUTER_SOFT)
                    } else if ends("ые") {
                        adjective(&RU_ADJ_PLURAL)
                    } else if ends_any(&["кие", "гие", "хие", "шие", "жие", "чие", "щие"])
                    {
                        adjective(&RU_ADJ_PLURAL_SOFT)
                    } else if ends("ы") && is_consonant(before_last) {
                        noun(&RU_PLURAL)
                    } else if ends_any(&["ство", "тво"]) {
                        noun(&RU_NEUTER_O)
                    } else if ends("ие") {
                        noun(&RU_NEUTER_IE)
                    } else {
                        ru_common(word, &letters, bearer)
                    }
                }
            }
        }
        Lang::Ukrainian => {
            if bearer != Bearer::Woman && ends("ий") {
                return adjective(&UK_ADJ_MASC);
            }
            match bearer {
                Bearer::Woman if ends_any(&["ова", "ева", "іна", "ина", "ська", "цька"]) => {
                    noun(&UK_FEM_SURNAME)
                }
                Bearer::Woman => uk_a(&letters),
                Bearer::Man if ends_any(&["ов", "ев", "єв", "ін", "ин", "їн"]) => {
                    noun(&UK_SURNAME)
                }
                Bearer::Man if ends("енко") => noun(&UK_ENKO),
                Bearer::Man => uk_common(word, &letters, bearer),
                Bearer::Thing => {
                    if !last && ends_any(&["ська", "цька", "зька", "на", "ова", "ева"])
                    {
                        adjective(&UK_ADJ_FEM)
                    } else if !last && ends_any(&["ське", "цьке", "зьке", "не"]) {
                        adjective(&UK_ADJ_NEUTER)
                    } else if !last && ends_any(&["ські", "цькі", "зькі", "ні"]) {
                        adjective(&UK_ADJ_PLURAL)
                    } else if ends("и") && is_consonant(before_last) {
                        noun(&UK_PLURAL)
                    } else if ends_any(&["ство", "тво"]) {
                        noun(&UK_NEUTER_O)
                    } else {
                        uk_common(word, &letters, bearer)
                    }
                }
            }
        }
    }
}

/// Russian nouns of the common classes: consonant, -й, -ий, -ь, -а, -я.
fn ru_common(word: &str, letters: &[char], bearer: Bearer) -> Classes {
    let n = letters.len();
    let before = letters[n - 2];
    let paradigms: Vec<&'static Paradigm> = match letters[n - 1] {
        'й' if before == 'и' => vec![&RU_IJ],
        'й' if is_vowel(before) => vec![&RU_J],
        // A place or body in -ь may be of either gender ("Кремль", "Беларусь").
        'ь' if bearer == Bearer::Thing => vec![&RU_SOFT_MASC, &RU_SOFT_FEM],
        'ь' => vec![&RU_SOFT_MASC],
        'ж' | 'ш' | 'ч' | 'щ' | 'ц' => vec![&RU_MASC_HUSH],
        c if is_consonant(c) => vec![&RU_MASC],
        'а' | 'я' => return ru_a(word, letters),
        _ => Vec::new(),
    };
    (paradigms, false)
}

/// Russian nouns in -а/-я after a consonant, and in -ия.
fn ru_a(word: &str, letters: &[char]) -> Classes {
    let before = letters[letters.len() - 2];
    let paradigm: &'static Paradigm = if word.ends_with("ия") {
        &RU_IYA
    } else if word.ends_with('я') && is_consonant(before) {
        &RU_YA
    } else if word.ends_with('а') && is_consonant(before) {
        match before {
            'к' | 'г' | 'х' => &RU_A_VELAR,
            'ж' | 'ш' | 'ч' | 'щ' => &RU_A_HUSH,
            'ц' => &RU_A_TS,
            _ => &RU_A,
        }
    } else {
        return (Vec::new(), false);
    };
    (vec![paradigm], false)
}

/// Ukrainian nouns of the common classes: consonant, -й, -ій, -ь, -а, -я.
fn uk_common(word: &str, letters: &[char], bearer: Bearer) -> Classes {
    let n = letters.len();
    let paradigms: Vec<&'static Paradigm> = match letters[n - 1] {
        'й' if is_vowel(letters[n - 2]) => vec![&UK_J],
        'ь' if bearer == Bearer::Thing && word.ends_with("ість") => vec![&UK_SOFT_FEM_OST],
        'ь' if bearer == Bearer::Thing => vec![&UK_SOFT_MASC, &UK_SOFT_FEM],
        'ь' => vec![&UK_SOFT_MASC],
        'в' if bearer == Bearer::Thing && word.ends_with("їв") => vec![&UK_YIV],
        'в' if bearer == Bearer::Thing && word.ends_with("ів") => vec![&UK_IV],
        'ж' | 'ш' | 'ч' | 'щ' => vec![&UK_MASC_HUSH],
        c if is_consonant(c) && bearer == Bearer::Man => vec![&UK_MASC_PERSON],
        c if is_consonant(c) => vec![&UK_MASC],
        'а' | 'я' => return uk_a(letters),
        _ => Vec::new(),
    };
    (paradigms, false)
}

/// Ukrainian nouns in -а/-я after a consonant, and in -я after a vowel.
fn uk_a(letters: &[char]) -> Classes {
    let n = letters.len();
    let before = letters[n - 2];
    let paradigm: &'static Paradigm = match letters[n - 1] {
        'я' if is_vowel(before) => &UK_IYA,
        'я' if is_consonant(before) || before == 'ь' => &UK_YA,
        'а' if matches!(before, 'ж' | 'ч' | 'ш' | 'щ') => &UK_A_HUSH,
        'а' if matches!(before, 'к' | 'г' | 'х') => &UK_A_VELAR,
        'а' if is_consonant(before) => &UK_A,
        _ => return (Vec::new(), false),
    };
    (vec![paradigm], false)
}

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюяіїє".contains(c)
}

fn is_consonant(c: char) -> bool {
    "бвгґджзйклмнпрстфхцчшщ".contains(c)
}

/// True for a word of at least three Cyrillic letters (an apostrophe may
/// stand inside, as in Ukrainian) that is not an acronym.
fn declinable(word: &str) -> bool {
    // The script first: it turns away the Latin words of most names at
    // their first letter, where counting letters reads them all.
    word.chars()
        .all(|c| is_cyrillic(c) || matches!(c, '\'' | '’' | '-'))
        && word.chars().filter(|c| c.is_alphabetic()).take(3).count() == 3
        && !is_acronym(word)
}

/// False when the letters of `word` rule out `lang` (Russian "перемирие"
/// is no Ukrainian word, Ukrainian "угоді" no Russian one).
pub fn may_be(word: &str, lang: Lang) -> bool {
    languages(word).contains(&lang)
}

/// The languages whose forms a name gets: the one its letters tell, else
/// both. Only Russian writes ы, э, ъ, ё and the pairs ия, ая, ые, ие, ое
/// (Ukrainian has ія, а, і, е); only Ukrainian writes і, ї, є, ґ, an
/// apostrophe in a word, and -ськ-/-цьк-/-зьк- (Russian -ск-, -цк-).
fn languages(name: &str) -> Vec<Lang> {
    let lower = to_lowercase(name);
    let russian = lower.chars().any(|c| "ыэъё".contains(c))
        || ["ия", "ая", "ые", "ие", "ое"]
            .iter()
            .any(|p| lower.contains(p));
    let ukrainian = lower.chars().any(|c| "іїєґ'’".contains(c))
        || ["ськ", "цьк", "зьк"].iter().any(|p| lower.contains(p));
    match (russian, ukrainian) {
        (true, false) => vec![Lang::Russian],
        (false, true) => vec![Lang::Ukrainian],
        _ => vec![Lang::Russian, Lang::Ukrainian],
    }
}
