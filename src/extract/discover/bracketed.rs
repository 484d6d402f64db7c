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
            let Some(kind) = named_before(text, at) else {
                continue;
            };
            let start = open + 1;
            found.add(acronym.to_owned(), kind, None, start, start + acronym.len());
        }
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
