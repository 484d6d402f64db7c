//! Companies named by the trade or the legal form that ends their name:
//! "Kosmos Energy", "Tullow Oil", "Acme Holdings", "Examplia Ltd".
//!
//! The head ends the name, and the words before it must say which company
//! ("Renewable Energy" or "North Sea Oil" do not): capitalised words the
//! text never writes in small letters, none of them a generic, place-like,
//! demonym or adjective-like word.
//!
//! Broadcasters are named by the word that heads their name: "Radio
//! Tamazuj", "Radio Okapi"; see [`Discoverer::broadcasters`].

use super::described::written_in_small_letters;
use super::tokens::{Class, Token, is_heading, is_part_of_a_word, is_sentence_start};
use super::words::{is_function_word, is_not_a_name, is_specific};
use super::{Candidates, Discoverer, KnownSpan, covered, overlapping};
use crate::extract::ActorKind;

/// The last word of a company's name: its trade or its legal form.
pub(super) fn is_company_head(word: &str) -> bool {
    matches!(
        word,
        "Energy"
            | "Oil"
            | "Petroleum"
            | "Mining"
            | "Holdings"
            | "Airlines"
            | "Airways"
            | "Motors"
            | "Petrochemicals"
            | "Pharmaceuticals"
            | "Telecom"
            | "Inc"
            | "Ltd"
            | "PLC"
            | "LLC"
            | "GmbH"
            | "Corp"
    )
}

/// "Nigerian", "Saudi", "Polish": a word that says where, not which
/// company; "Renewable", "Natural", "Planetary": what kind.
fn is_demonym_or_adjective(word: &str) -> bool {
    [
        "an", "ese", "ish", "ic", "ch", "i", "ist", "able", "ible", "al", "ary", "ive", "ous",
    ]
    .iter()
    .any(|end| word.ends_with(end))
}

/// The first token of the company name that ends at `run[head]`, if the
/// words before it (one to three) say which company.
pub(super) fn company_name_start(
    text: &str,
    run: &[Token],
    head: usize,
    known: &[KnownSpan],
) -> Option<usize> {
    // The head ends the name: "Interstate Oil and Gas Transport …" goes on.
    if !is_company_head(run[head].text(text)) || head + 1 != run.len() {
        return None;
    }
    let mut first = head;
    while first > 0
        && head - first < 3
        && matches!(run[first - 1].class, Class::Title | Class::Caps)
    {
        first -= 1;
    }
    if first < head
        && is_sentence_start(text, run[first].start)
        && is_function_word(run[first].text(text))
    {
        first += 1;
    }
    let name = &run[first..head];
    let ok = !name.is_empty()
        && name.iter().all(|t| {
            let w = t.text(text);
            !is_not_a_name(w) && !is_demonym_or_adjective(w) && !written_in_small_letters(text, w)
        })
        && name.iter().any(|t| is_specific(t.text(text), t.class))
        // A lexicon name is not a company's first word ("Qatar Petroleum" is
        // the lexicon's to know).
        && !name.iter().any(|t| !overlapping(known, t.start, t.end).is_empty());
    ok.then_some(first)
}

impl Discoverer {
    /// The companies `run` names by their head word.
    pub(super) fn companies(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        // The head ends the run (see `company_name_start`).
        if run.len() > 1 {
            let head = run.len() - 1;
            let Some(first) = company_name_start(text, run, head, known) else {
                return;
            };
            let (start, end) = (run[first].start, run[head].end);
            if covered(known, start, end)
                || is_heading(text, start)
                || is_part_of_a_word(text, start, end)
            {
                return;
            }
            self.add_unless_known(text, ActorKind::Organisation, start, end, found);
        }
    }
}

/// The first word of a broadcaster's name ("Radio Okapi", "Radio Dabanga").
fn is_broadcaster_head(word: &str) -> bool {
    matches!(word, "Radio")
}

impl Discoverer {
    /// A broadcaster that `run` names by its head and one word that says
    /// which: "told Radio Tamazuj". The whole run is the name, so "World
    /// Radio Conference" or "Radio Physics Division" are not read; the word
    /// must be one the text never writes in small letters ("Radio
    /// Conference" is an event) and no lexicon name ("Radio Moscow" is the
    /// lexicon's Russia).
    pub(super) fn broadcasters(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let [head, word] = run else {
            return;
        };
        let w = word.text(text);
        if !is_broadcaster_head(head.text(text))
            || word.class != Class::Title
            || !is_specific(w, word.class)
            || is_not_a_name(w)
            || written_in_small_letters(text, w)
        {
            return;
        }
        let (start, end) = (head.start, word.end);
        if !overlapping(known, start, end).is_empty()
            || is_heading(text, start)
            || is_part_of_a_word(text, start, end)
        {
            return;
        }
        self.add_unless_known(text, ActorKind::Organisation, start, end, found);
    }
}
