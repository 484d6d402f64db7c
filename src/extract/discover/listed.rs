//! Parties and companies named in a list, without a word of their own that
//! says what they are: the list says it.
//! - After a plural noun for parties: "three blocs: the Civic Coalition,
//!   Third Way and The Left", "the opposition parties — Strong Georgia and
//!   Gakharia for Georgia —", "parties such as Examplist Renewal";
//! - beside a name that says it: "Jamaat-e-Islami and the new National
//!   Citizen Party", "led by BP and Kosmos Energy" (here only one-word
//!   names are taken: "Jane Roe and the Labour Party" lists a person).
//!
//! A list is names joined by ", ", " and " or ", and ", perhaps with "the",
//! a short modifier ("new", "centre-right") or a defined acronym between.

use super::company::company_name_start;
use super::described::{LoneWords, is_place_like, written_in_small_letters};
use super::tokens::{Class, Token, is_heading, is_part_of_a_word, is_sentence_start};
use super::words::{
    is_function_word, is_month_or_weekday, is_not_a_name, is_title, organisation_word,
};
use super::{Candidates, Discoverer, KnownSpan, covered, overlapping};
use crate::extract::ActorKind;

/// How far before a list its opener and plural noun are looked for, in bytes.
const NOUN_REACH: usize = 90;

/// The longest gap between two names of a list, in bytes (", and the
/// centre-right ").
const MAX_GAP: usize = 40;

/// One name of a list: its tokens, from the run it stands in.
#[derive(Clone, Copy)]
struct Item {
    /// Token indices `first..end` in the text's tokens.
    first: usize,
    end: usize,
}

impl Discoverer {
    /// Parties and companies named in the lists of `tokens`, read over the
    /// text's `runs` in order.
    pub(super) fn listed(
        &self,
        text: &str,
        tokens: &[Token],
        runs: &[std::ops::Range<usize>],
        known: &[KnownSpan],
        lone: &LoneWords,
        found: &mut Candidates,
    ) {
        let mut chain: Vec<Item> = Vec::new();
        // A chain of one run, not yet read into items: most runs stand alone.
        let mut single: Option<std::ops::Range<usize>> = None;
        // Where the previous run ended: its last token, and the byte after it.
        let mut previous: Option<(usize, usize)> = None;
        for run in runs {
            let run_end = tokens[run.end - 1].end;
            let run_start = tokens[run.start].start;
            let gap = previous
                .map(|(_, end)| &text[end.min(run_start)..run_start])
                .filter(|gap| gap.len() <= MAX_GAP);
            if let (Some(gap), Some((last_token, _))) = (gap, previous) {
                // "Civic Coalition (KO), …": the acronym stays with its name.
                if gap == " (" && run.len() == 1 && text[run_end..].starts_with(')') {
                    previous = Some((last_token, run_end + 1));
                    continue;
                }
                let dash = matches!(gap, "–" | "-");
                if dash || is_list_gap(gap) {
                    if let Some(first) = single.take() {
                        items_of(text, tokens, first, &mut chain);
                    }
                    let at = chain.len();
                    items_of(text, tokens, run.clone(), &mut chain);
                    // "Unity–National Movement": a dash inside a name.
                    if dash && at > 0 && chain[at - 1].end == last_token + 1 && chain.len() > at {
                        let head = chain.remove(at);
                        chain[at - 1].end = head.end;
                    }
                    previous = Some((run.end - 1, run_end));
                    continue;
                }
            }
            self.flush(text, tokens, &mut chain, single.take(), known, lone, found);
            single = Some(run.clone());
            previous = Some((run.end - 1, run_end));
        }
        self.flush(text, tokens, &mut chain, single, known, lone, found);
    }

    /// Reads the list that ended: `chain`, or a `single` run, which is a
    /// list only when it holds "and" ("BP and Kosmos Energy").
    #[allow(clippy::too_many_arguments)]
    fn flush(
        &self,
        text: &str,
        tokens: &[Token],
        chain: &mut Vec<Item>,
        single: Option<std::ops::Range<usize>>,
        known: &[KnownSpan],
        lone: &LoneWords,
        found: &mut Candidates,
    ) {
        if let Some(run) = single
            && tokens[run.clone()]
                .iter()
                .any(|t| t.class == Class::Connector && t.text(text) == "and")
        {
            items_of(text, tokens, run, chain);
        }
        self.list(text, tokens, chain, known, lone, found);
        chain.clear();
    }

    fn list(
        &self,
        text: &str,
        tokens: &[Token],
        items: &[Item],
        known: &[KnownSpan],
        lone: &LoneWords,
        found: &mut Candidates,
    ) {
        if items.len() < 2 {
            return;
        }
        let start = tokens[items[0].first].start;
        let end = tokens[items[items.len() - 1].end - 1].end;
        // "three blocs: …", or after: "the smaller Respublica and Aq Jol
        // parties"; or two parties' full names among three names or more
        // ("the Inkatha Freedom Party, the Patriotic Alliance, Good, the Pan
        // Africanist Congress and Al Jama-ah").
        let noun = plural_noun_before(&text[..start])
            // One-word names before "parties" may be adjectives ("the
            // Liberal and Conservative parties"): a name of two words says not.
            .or_else(|| {
                plural_noun_after(&text[end..])
                    .filter(|_| names_before_a_noun(text, tokens, items, known, &|w| self.knows(w)))
            })
            .or_else(|| {
                let parties = items
                    .iter()
                    .filter(|item| is_a_party_name(text, &tokens[item.first..item.end]))
                    .count();
                (items.len() >= 3 && parties >= 2).then_some(ActorKind::Group)
            });
        // A name in the list that says what the others are.
        let said = items.iter().find_map(|item| {
            let run = &tokens[item.first..item.end];
            let last = run.last()?;
            if last.text(text) == "Party" && run.len() >= 2 {
                Some(ActorKind::Group)
            } else {
                company_name_start(text, run, run.len() - 1, known).map(|_| ActorKind::Organisation)
            }
        });
        let Some(kind) = noun.or(said) else {
            return;
        };
        for item in items {
            let name = &tokens[item.first..item.end];
            if noun.is_none() && name.len() > 1 {
                continue;
            }
            if !is_a_list_name(text, name, lone, |w| self.knows(w)) {
                continue;
            }
            let (start, end) = (name[0].start, name[name.len() - 1].end);
            // "Equality Movement" of the "Justice and Equality Movement"
            // found whole: part of a longer name.
            if found.found_around(start, end)
                || covered(known, start, end)
                || overlapping(known, start, end).iter().any(|k| k.person)
                || is_heading(text, start)
                || is_part_of_a_word(text, start, end)
            {
                continue;
            }
            self.add_unless_known(text, kind, start, end, found);
        }
    }
}

/// Whether the gap between two runs joins them in a list: ", ", " and ",
/// ", and ", before "the" and a modifier perhaps.
fn is_list_gap(gap: &str) -> bool {
    let Some(rest) = [", and ", ", ", " and "]
        .iter()
        .find_map(|j| gap.strip_prefix(j))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => is_modifier(w) && rest.ends_with(' '),
        _ => false,
    }
}

/// Small words that may stand between "the" and a party's name.
fn is_modifier(word: &str) -> bool {
    matches!(
        word,
        "new"
            | "ruling"
            | "governing"
            | "main"
            | "small"
            | "smaller"
            | "junior"
            | "rival"
            | "opposition"
    ) || word.contains('-') && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// The names a run gives a list: "BP and Kosmos Energy" two, "Third Way
/// of Jane Roe and John Doe" one (after "of" or "in" come its leaders or
/// its place, or the rest of a longer name, which is then not taken).
fn items_of(text: &str, tokens: &[Token], run: std::ops::Range<usize>, items: &mut Vec<Item>) {
    let mut first = run.start;
    let mut k = run.start;
    while k < run.end {
        let t = &tokens[k];
        if t.class == Class::Connector {
            match t.text(text) {
                "of" | "in" | "on" | "against" => {
                    let cut = &tokens[first..k];
                    if !cut
                        .iter()
                        .any(|t| organisation_word(t.text(text)).is_some())
                    {
                        items.push(Item { first, end: k });
                    }
                    return;
                }
                "and" => {
                    items.push(Item { first, end: k });
                    first = k + 1;
                    while first < run.end
                        && tokens[first].class == Class::Connector
                        && tokens[first].text(text) == "the"
                    {
                        first += 1;
                    }
                    k = first;
                    continue;
                }
                _ => {}
            }
        }
        k += 1;
    }
    if first < run.end {
        items.push(Item {
            first,
            end: run.end,
        });
    }
}

/// Whether a list item may be a party's or a company's name on its own.
fn is_a_list_name(
    text: &str,
    name: &[Token],
    lone: &LoneWords,
    knows: impl Fn(&str) -> bool,
) -> bool {
    let Some(first) = name.first() else {
        return false;
    };
    let words = name.iter().filter(|t| t.class != Class::Connector).count();
    if !(1..=4).contains(&words)
        || first.class == Class::Connector
        || name.last().is_some_and(|t| t.class == Class::Connector)
        || name.iter().any(|t| {
            let w = t.text(text);
            t.class == Class::Initial || is_title(w) || is_month_or_weekday(w)
        })
        || is_sentence_start(text, first.start) && is_function_word(first.text(text))
    {
        return false;
    }
    // A state's government or command is a party to a conflict, not a party:
    // "the parties — the Transitional Government of National Unity, …".
    if name.iter().any(|t| {
        matches!(
            t.text(text),
            "Government"
                | "Governments"
                | "Command"
                | "Administration"
                | "Ministry"
                | "Authorities"
        )
    }) {
        return false;
    }
    if let [word] = name {
        let w = word.text(text);
        // One capitalised word opening a sentence ("Thirteenth, the Liberal
        // Party") is capitalised for that.
        if word.class == Class::Title
            && (is_sentence_start(text, word.start)
                || is_not_a_name(w)
                || is_demonym(w, &knows)
                || lone.contains_key(w)
                || written_in_small_letters(text, w))
        {
            return false;
        }
    }
    true
}

/// "Peronist", "Kenyan": one word that says where or which side. A word
/// in "-i" is a demonym when the lexicon knows its stem as a name
/// ("Pakistani", "Iraqi"), not otherwise ("Netgazeti").
fn is_demonym(word: &str, knows: impl Fn(&str) -> bool) -> bool {
    // "Israelis", "Europeans": a people.
    let word = word.strip_suffix('s').unwrap_or(word);
    if word.contains('-') {
        return false;
    }
    if let Some(stem) = word.strip_suffix('i') {
        return knows(stem) || knows(&format!("{stem}a")) || knows(&format!("{stem}ia"));
    }
    ["an", "ese", "ish", "ic", "ch", "ist", "ite"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// What the text before a list calls its names: a plural noun right
/// before it ("the news sites Batumelebi and Netgazeti"), or one earlier
/// in the sentence when ":", a dash, "such as", "including" or "namely"
/// opens the list ("three blocs:", "the opposition parties that passed the
/// threshold —").
fn plural_noun_before(before: &str) -> Option<ActorKind> {
    let from = floor_char_boundary(before, before.len().saturating_sub(NOUN_REACH));
    let near = &before[from..];
    let near = near.strip_suffix("the ").unwrap_or(near).trim_end();
    // "three blocs: Tusk's Civic Coalition": a leader's possessive first.
    let near = match near.rsplit_once(' ') {
        Some((head, word)) if word.ends_with("'s") || word.ends_with("’s") => head,
        _ => near,
    };
    let mut last_words = near.rsplit(' ');
    let (last, before_last) = (last_words.next(), last_words.next());
    if let Some(kind) = last.and_then(plural_called) {
        return Some(kind);
    }
    // "the news sites …", "media outlets —": sites and outlets of news.
    if matches!(before_last, Some("news" | "media"))
        && matches!(last, Some("sites" | "outlets" | "agencies"))
    {
        return Some(ActorKind::Organisation);
    }
    let head = [":", " —", " –", " such as", " including", " namely"]
        .iter()
        .find_map(|o| near.strip_suffix(o))?;
    // The noun ends the words before the opener, or comes just before a
    // relative clause that does: "blocs that passed the threshold —", not
    // "all parties to support other tools, such as".
    let words: Vec<&str> = head.split_whitespace().rev().take(8).collect();
    if let Some(kind) = words.first().and_then(|w| plural_called(w)) {
        return Some(kind);
    }
    let relative = words
        .iter()
        .position(|w| matches!(*w, "that" | "which" | "who"))?;
    words.get(relative + 1).and_then(|w| plural_called(w))
}

/// Whether a list before a plural noun ("the Respublica and Aq Jol
/// parties") is of names and not of words that describe the noun: a name
/// of two words is in it ("the Liberal and Conservative parties" are
/// adjectives), and no name the lexicon knows ("the ANC and Zulu Inkatha
/// movements"), no compass point or demonym ("the Eastern and Western Power
/// blocs", "South-East Asia and the Cambodian parties"), and no word that is
/// never a party's own name ("the Political Consultative Committee, the
/// States parties").
fn names_before_a_noun(
    text: &str,
    tokens: &[Token],
    items: &[Item],
    known: &[KnownSpan],
    knows: &impl Fn(&str) -> bool,
) -> bool {
    let (start, end) = (
        tokens[items[0].first].start,
        tokens[items[items.len() - 1].end - 1].end,
    );
    items
        .iter()
        .any(|item| item.end - item.first >= 2 && !is_function_word(tokens[item.first].text(text)))
        && overlapping(known, start, end).is_empty()
        && items.iter().all(|item| {
            tokens[item.first..item.end].iter().all(|t| {
                let w = t.text(text);
                t.class == Class::Connector
                    || !(is_not_a_name(w)
                        || is_place_like(w)
                        || is_demonym(w, knows)
                        || matches!(w, "States" | "Nations" | "Countries"))
            })
        })
}

/// A party's name by its last word, of two words or more: "Inkatha Freedom
/// Party", "Pan Africanist Congress".
fn is_a_party_name(text: &str, name: &[Token]) -> bool {
    name.len() >= 2
        && name.last().is_some_and(|t| {
            matches!(
                t.text(text),
                "Party" | "Congress" | "Alliance" | "Front" | "Movement"
            )
        })
}

/// The plural noun right after a list that says what its names are: "the
/// Respublica and Aq Jol parties".
fn plural_noun_after(after: &str) -> Option<ActorKind> {
    let rest = after.strip_prefix(' ')?;
    let word = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()?;
    plural_called(word)
}

/// The kind of actor a plural common noun names: "parties" groups,
/// "companies" organisations.
fn plural_called(noun: &str) -> Option<ActorKind> {
    Some(match noun {
        "parties" | "blocs" | "coalitions" | "movements" | "alliances" | "factions" => {
            ActorKind::Group
        }
        "companies" | "firms" | "newspapers" | "broadcasters" | "banks" | "insurers"
        | "lenders" | "pollsters" | "consultancies" => ActorKind::Organisation,
        _ => return None,
    })
}

fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}
