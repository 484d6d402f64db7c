//! A body of another language named before its acronym in brackets, when
//! the name is translated or declined so that the acronym's letters do not
//! spell it: "Kandidaten fra Borgerrevolutionen (RC)", "της Εθνικής Λαϊκής
//! Δύναμης (NPP)", "Tamakin Kansan demokraattisessa puolueessa (DPP)". The
//! acronym is the one name such a text gives in a form every mention shares,
//! so the body is named by it.

use super::*;

/// Words read back from the bracket for a capital that marks a name.
const NAME_WORDS: usize = 5;

impl Discoverer {
    pub(super) fn bracketed_acronyms(
        &self,
        text: &str,
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        if !languages::reading_a_known_other_language() {
            return;
        }
        for (open, _) in text.match_indices('(') {
            let Some(acronym) = parenthesised_acronym(&text[open..]) else {
                continue;
            };
            let before = text[..open].trim_end_matches([' ', '\t']);
            // A word, then a space, then the bracket: not "f(x)", "2 (ii)".
            if before.len() == open
                || !before.chars().next_back().is_some_and(char::is_alphabetic)
                || self.knows(acronym)
            {
                continue;
            }
            // A lexicon body or state ends there: the acronym is its own.
            let at = before.len();
            if overlapping(known, at - 1, at).iter().any(|k| !k.person) {
                continue;
            }
            // "le Front de libération nationale kanak et socialiste (FLNKS)":
            // a name written in sentence case whose initials the acronym
            // spells is the body's full name.
            // Only where nouns do not decline: a declined name is not the
            // body's ("Instituta za razvoj …").
            if let Some((start, kind)) = languages::reading_an_undeclined_language()
                .then(|| spelled_before(text, at, acronym))
                .flatten()
                && overlapping(known, start, at).iter().all(|k| !k.person)
            {
                let name = spaced(&text[start..at]);
                if !self.knows(&name) {
                    found.add(name, kind, Some(acronym), start, at);
                }
                continue;
            }
            let Some(kind) = named_before(text, at) else {
                continue;
            };
            let start = open + 1;
            found.add(acronym.to_owned(), kind, None, start, start + acronym.len());
        }
    }
}

/// Words of the clause read back from the bracket for a spelled name.
const SPELLED_WORDS: usize = 10;

/// The start of a name written in sentence case that ends at `end` and whose
/// words' initials, small words left out or not, the acronym spells in order:
/// "Institut de recherche pour le développement (IRD)", "Cellule de
/// coordination des actions de terrain (CCAT)". Its first word is
/// capitalised and does not open the sentence, unless it is an organisation
/// word; no word is of a plan, law or figure. With the kind of actor: a group
/// when a party word is among the words.
fn spelled_before(text: &str, end: usize, acronym: &str) -> Option<(usize, ActorKind)> {
    let clause_start = text[..end]
        .rfind([
            '.', ';', ':', '!', '?', ',', '"', '«', '»', '“', '”', '„', '(', ')', '\n',
        ])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = end;
    for word in text[clause_start..end]
        .split_whitespace()
        .rev()
        .take(SPELLED_WORDS)
    {
        offset = clause_start + text[clause_start..offset].rfind(word)?;
        words.push((offset, word));
    }
    words.reverse();
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    for first in (0..words.len()).rev() {
        let (at, word) = words[first];
        // "l'Institut", "d’Union": the elided article is no word of the name.
        let (at, word) = match word.find(['\'', '’']) {
            Some(i) if i <= 2 && word.len() > i + 3 => {
                let skip = i + word[i..].chars().next().map_or(1, char::len_utf8);
                (at + skip, &word[skip..])
            }
            _ => (at, word),
        };
        if !word.chars().next().is_some_and(char::is_uppercase)
            || !word.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            continue;
        }
        let name: Vec<&str> = std::iter::once(word)
            .chain(words[first + 1..].iter().map(|&(_, w)| w))
            .collect();
        if name.len() < 2 || !spells(&letters, &name) {
            continue;
        }
        let lower: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
        if lower.iter().any(|w| is_a_thing_stem(w))
            || is_sentence_start(text, at) && organisation_word(word).is_none()
        {
            return None;
        }
        let party = lower.iter().any(|w| is_a_party_stem(w));
        return Some((
            at,
            if party {
                ActorKind::Group
            } else {
                ActorKind::Organisation
            },
        ));
    }
    None
}

/// Whether `letters` (small letters) are the initials of `words` in order,
/// each word giving its initial but a small word (two or three letters in
/// small letters: "de", "des", "pour", "und") perhaps none.
fn spells(letters: &[char], words: &[&str]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let small = word.chars().all(char::is_lowercase) && word.chars().count() <= 4;
    if small && spells(letters, rest) {
        return true;
    }
    let initial = word
        .chars()
        .next()
        .map(|c| fold_accent(c.to_lowercase().next().unwrap_or(c)));
    match letters.split_first() {
        Some((&letter, letters)) if initial == Some(letter) => spells(letters, rest),
        _ => false,
    }
}

/// A Latin letter without its accent ("é" → "e"), for initials.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ś' | 'š' | 'ș' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ñ' | 'ń' => 'n',
        'ř' => 'r',
        _ => c,
    }
}

/// Whether the words that end at `end` hold a capital that marks a name
/// (not one that opens a sentence), read back to the clause's start: the
/// kind of actor its acronym names, a group when a party word is among them.
fn named_before(text: &str, end: usize) -> Option<ActorKind> {
    let clause_start = text[..end]
        .rfind([
            '.', ';', ':', '!', '?', ',', '"', '«', '»', '“', '”', '(', ')', '\n',
        ])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..end];
    let mut named = false;
    let mut party = false;
    let mut thing = false;
    let mut offset = clause.len();
    for word in clause.split_whitespace().rev().take(NAME_WORDS) {
        offset = clause[..offset].rfind(word).unwrap_or(0);
        let lower = word.to_lowercase();
        party |= is_a_party_stem(&lower);
        thing |= is_a_thing_stem(&lower);
        if word.chars().next().is_some_and(char::is_uppercase)
            && !is_sentence_start(text, clause_start + offset)
        {
            named = true;
        }
    }
    (named && !thing).then_some(if party {
        ActorKind::Group
    } else {
        ActorKind::Organisation
    })
}

/// The word for a party in the languages of the beat, in any case:
/// "partidul", "puolueessa", "párt", "strana", "κόμμα".
fn is_a_party_stem(lower: &str) -> bool {
    [
        "parti",
        "partei",
        "partij",
        "puolue",
        "párt",
        "stran",
        "κόμμα",
    ]
    .iter()
    .any(|stem| lower.starts_with(stem))
}

/// Words for plans, laws, treaties, taxes and figures, which are named by
/// acronyms too and are no actors: "Piano nazionale di ripresa (PNRR)",
/// "hrubý domácí produkt (HDP)", "Ley de Amnistía (LA)".
fn is_a_thing_stem(lower: &str) -> bool {
    [
        "plan", "pian", "proje", "proye", "proge", "strateg", "zakon", "ley", "legge", "lei",
        "lege", "gesetz", "trata", "tratt", "traité", "accord", "acuerdo", "acordo", "index",
        "indic", "índic", "produ", "impost", "impuest", "taxa",
    ]
    .iter()
    .any(|stem| lower.starts_with(stem))
}
