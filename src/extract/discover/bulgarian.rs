//! Bodies as Bulgarian and Macedonian name them. Like Russian, they
//! capitalise only a name's first word, but they have no cases: a name is
//! in the nominative, with the definite article on its first word
//! ("Сръбската прогресивна партия", "Народното събрание", "Центъра за
//! либерални стратегии", "Висшият съд в Нови Сад"). The name is given
//! without that article, as a dictionary or a list of bodies writes it
//! ("Сръбска прогресивна партия", "Народно събрание"); the words after the
//! head stay as written. Russian declension must not touch these names: it
//! read "Социалистическата партия" as "Социалистическатая партия".

use super::tokens::{Class, Token, is_heading, is_sentence_start};
use super::{Candidates, Discoverer, KnownSpan, overlapping};
use crate::extract::ActorKind;
use crate::text::{capitalised, is_cyrillic};

/// The grammatical gender of a head noun, which picks its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

/// Nouns that head a body's name, without their article. Courts and
/// prosecutors' offices need a place after them ("в Нови Сад").
static HEADS: &[(&str, Gender)] = &[
    ("партия", Gender::Feminine),
    ("коалиция", Gender::Feminine),
    ("комисия", Gender::Feminine),
    ("прокуратура", Gender::Feminine),
    ("банка", Gender::Feminine),
    ("агенция", Gender::Feminine),
    ("служба", Gender::Feminine),
    ("фондация", Gender::Feminine),
    ("асоциация", Gender::Feminine),
    ("академия", Gender::Feminine),
    ("организация", Gender::Feminine),
    ("събрание", Gender::Neuter),
    ("собрание", Gender::Neuter),
    ("министерство", Gender::Neuter),
    ("движение", Gender::Neuter),
    ("съд", Gender::Masculine),
    ("суд", Gender::Masculine),
    ("съвет", Gender::Masculine),
    ("совет", Gender::Masculine),
    ("съюз", Gender::Masculine),
    ("сојуз", Gender::Masculine),
    ("център", Gender::Masculine),
    ("центар", Gender::Masculine),
    ("институт", Gender::Masculine),
    ("фонд", Gender::Masculine),
    ("комитет", Gender::Masculine),
    ("университет", Gender::Masculine),
    ("парламент", Gender::Masculine),
];

/// The head `word` (small letters) is, with or without its article:
/// its form without the article, and whether a place must follow it.
fn head_of(word: &str) -> Option<(&'static str, bool)> {
    HEADS.iter().find_map(|&(head, gender)| {
        let article = word.strip_prefix(head)?;
        let ok = article.is_empty()
            || match gender {
                Gender::Feminine => article == "та",
                Gender::Neuter => article == "то",
                Gender::Masculine => matches!(article, "а" | "ът" | "я" | "ят" | "от"),
            };
        ok.then_some((head, matches!(head, "съд" | "суд" | "прокуратура")))
    })
}

/// An adjective before a head, with or without its article.
fn is_adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ски",
        "ска",
        "ско",
        "ския",
        "ският",
        "ската",
        "ското",
        "ските",
        "цки",
        "цка",
        "цко",
        "цкия",
        "цкият",
        "цката",
        "цкото",
        "ен",
        "на",
        "но",
        "ни",
        "ния",
        "ният",
        "ната",
        "ното",
        "ните",
        "ия",
        "ият",
        "ва",
        "во",
        "ви",
        "вата",
        "вото",
        "ша",
        "шо",
        "ши",
        "шата",
        "шото",
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// `adjective` without its article: "Сръбската" → "Сръбска",
/// "Народното" → "Народно", "Европейския" → "Европейски", "Висшият" →
/// "Висш". A masculine article on any other stem is left as written: its
/// indefinite form may insert a vowel ("Народният", "Народен").
fn without_article(adjective: &str) -> String {
    for (definite, plain) in [
        ("ския", "ски"),
        ("ският", "ски"),
        ("цкия", "цки"),
        ("цкият", "цки"),
        ("шия", "ш"),
        ("шият", "ш"),
    ] {
        if let Some(stem) = adjective.strip_suffix(definite) {
            return format!("{stem}{plain}");
        }
    }
    for (definite, plain) in [("ата", "а"), ("ото", "о"), ("ите", "и")] {
        if let Some(stem) = adjective.strip_suffix(definite)
            && stem.chars().count() >= 3
        {
            return format!("{stem}{plain}");
        }
    }
    adjective.to_owned()
}

/// Small words after a head that end a name: the clause goes on.
const NOT_IN_A_NAME: &[&str] = &[
    "и",
    "или",
    "но",
    "а",
    "че",
    "да",
    "не",
    "ще",
    "е",
    "са",
    "бе",
    "беше",
    "в",
    "във",
    "с",
    "със",
    "от",
    "по",
    "при",
    "към",
    "до",
    "след",
    "който",
    "която",
    "което",
    "които",
    // Prepositions after a name: "Центъра за либерални стратегии пред
    // медиите".
    "за",
    "пред",
    "през",
    "чрез",
    "между",
    "срещу",
    "около",
    "без",
    "под",
    "над",
    "заради",
    "според",
    "като",
];

/// The Cyrillic word right after `at`, behind one space: its span and
/// whether it is capitalised.
fn word_after(text: &str, at: usize) -> Option<(usize, usize, bool)> {
    let rest = text[at..].strip_prefix(' ')?;
    let start = text.len() - rest.len();
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    let first = rest.chars().next()?;
    (len > 0 && is_cyrillic(first)).then_some((start, start + len, first.is_uppercase()))
}

/// Where a body's name that a head ends at `at` ends: after "за" and up to
/// four small words ("за изследване на демокрацията"), or, for a court,
/// after "в" and one or two capitalised words ("в Нови Сад").
fn tail_end(text: &str, at: usize, needs_a_place: bool) -> Option<usize> {
    let (start, stop, _) = word_after(text, at)?;
    match &text[start..stop] {
        "за" => {
            let mut end = None;
            let mut at = stop;
            for _ in 0..4 {
                let Some((s, e, capital)) = word_after(text, at) else {
                    break;
                };
                let word = &text[s..e];
                if capital || NOT_IN_A_NAME.contains(&word) {
                    break;
                }
                at = e;
                if word != "на" {
                    end = Some(e);
                }
            }
            end
        }
        "в" | "във" if needs_a_place => {
            let (s, e, capital) = word_after(text, stop)?;
            if !capital || s == e {
                return None;
            }
            match word_after(text, e) {
                Some((_, e2, true)) => Some(e2),
                _ => Some(e),
            }
        }
        _ => None,
    }
}

impl Discoverer {
    /// Bodies named as Bulgarian and Macedonian write them (see the module).
    pub(super) fn bulgarian_bodies(
        &self,
        text: &str,
        tokens: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        for t in tokens {
            if t.class != Class::Title || !t.text(text).chars().next().is_some_and(is_cyrillic) {
                continue;
            }
            let Some((name, end)) = body_at(text, t, known) else {
                continue;
            };
            // The state a name ends with is the lexicon's; nothing else
            // in it may be.
            if overlapping(known, t.start, end)
                .iter()
                .any(|k| k.end != end || k.person || k.organisation)
                || is_heading(text, t.start)
            {
                continue;
            }
            if !self.knows(&name) {
                found.add(name, ActorKind::Organisation, None, t.start, end);
            }
        }
    }
}

/// The name without its article that the capitalised word at `t` opens,
/// and where it ends: adjectives (the first capitalised, up to two more in
/// small letters) and a head, or a capitalised head; then a tail. A
/// capitalised head opening a sentence needs a tail ("Съдът реши" is any
/// court), and so does an adjective opening one unless it names a people
/// or a place; a court's head always does.
fn body_at(text: &str, t: &Token, known: &[KnownSpan]) -> Option<(String, usize)> {
    // "Народното събрание на Сърбия": the state whose body it is.
    let tail_end = |at: usize, needs_a_place: bool| {
        tail_end(text, at, needs_a_place).or_else(|| {
            text[at..].starts_with(" на ").then_some(())?;
            known
                .iter()
                .find(|k| k.start == at + " на ".len() && !k.person && !k.organisation)
                .map(|k| k.end)
        })
    };
    let first = t.text(text);
    let lower = first.to_lowercase();
    let opens = is_sentence_start(text, t.start);
    if let Some((head, needs_a_place)) = head_of(&lower) {
        let tail = tail_end(t.end, needs_a_place);
        if (opens || needs_a_place) && tail.is_none() {
            return None;
        }
        let end = tail.unwrap_or(t.end);
        return Some((format!("{}{}", capitalised(head), &text[t.end..end]), end));
    }
    if !is_adjective(&lower) {
        return None;
    }
    let mut words = vec![without_article(first)];
    let mut at = t.end;
    let (head, needs_a_place, head_end) = loop {
        let (start, stop, capital) = word_after(text, at)?;
        if capital {
            return None;
        }
        let word = &text[start..stop];
        at = stop;
        if let Some((head, needs_a_place)) = head_of(word) {
            break (head, needs_a_place, stop);
        }
        if words.len() == 3 || !is_adjective(word) || NOT_IN_A_NAME.contains(&word) {
            return None;
        }
        words.push(without_article(word));
    };
    let tail = tail_end(head_end, needs_a_place);
    // "Опозиционната партия" opening a sentence is any opposition party;
    // "Сръбската прогресивна партия" names one by its people or place.
    let of_a_people = ["ски", "цки", "ска", "цка", "ско", "цко"]
        .iter()
        .any(|e| words[0].to_lowercase().ends_with(e));
    if (needs_a_place || opens && !of_a_people) && tail.is_none() {
        return None;
    }
    let end = tail.unwrap_or(head_end);
    words.push(head.to_owned());
    Some((format!("{}{}", words.join(" "), &text[head_end..end]), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_comes_off_the_adjective() {
        assert_eq!(without_article("Сръбската"), "Сръбска");
        assert_eq!(without_article("Народното"), "Народно");
        assert_eq!(without_article("Европейския"), "Европейски");
        assert_eq!(without_article("Висшият"), "Висш");
        assert_eq!(without_article("прогресивна"), "прогресивна");
        assert_eq!(without_article("Демократическа"), "Демократическа");
    }

    #[test]
    fn heads_are_read_with_or_without_their_article() {
        assert_eq!(head_of("партията"), Some(("партия", false)));
        assert_eq!(head_of("събранието"), Some(("събрание", false)));
        assert_eq!(head_of("центъра"), Some(("център", false)));
        assert_eq!(head_of("съдът"), Some(("съд", true)));
        assert_eq!(head_of("партии"), None);
    }
}
