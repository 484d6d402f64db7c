//! Organisations and groups named without an organisation word of their
//! own, found by the common noun the sentence gives them: "the Wiper
//! party", "the Viv Ansanm alliance", "the consultancy Encuesta Federal",
//! "Vectus Global, a private company".
//!
//! The name is a run of one to four capitalised words right before or after
//! the noun (or an apposition naming it), with at least one word that says
//! which ("Labour party" and "the Kenyan party" say nothing of whose), and
//! none that the text also writes in small letters.

use super::described::written_in_small_letters;
use super::tokens::{Class, Token, is_heading, is_part_of_a_word, is_sentence_start, parts};
use super::words::{
    is_function_word, is_month_or_weekday, is_particle, is_specific, is_title, organisation_word,
};
use super::{Candidates, Discoverer, KnownSpan, overlapping};
use crate::extract::ActorKind;

/// Words read after the comma of an apposition before giving up on a noun.
const APPOSITION_WORDS: usize = 3;

impl Discoverer {
    /// The organisations that `run` names, if a common noun next to one says
    /// so; "Viv Ansanm and the Gran Grif gang" is read in parts.
    pub(super) fn called_organisations(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        for part in parts(text, run) {
            self.called_organisation(text, part, known, found);
        }
    }

    fn called_organisation(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let mut first = 0;
        if run.len() > 1 && is_sentence_start(text, run[0].start) {
            // "The", "Since": a capital that opens the sentence.
            if is_function_word(run[0].text(text)) {
                first = 1;
            }
        }
        // Where the words before the name, which may say what it is, end.
        let cue = run.get(first).map_or(0, |t| t.start);
        let cue = text[..cue]
            .strip_suffix('-')
            .map_or(cue, |b| b.trim_end_matches(char::is_alphabetic).len());
        // "the anti-Western People's Power movement": a word joined to a
        // prefix in small letters says which side, and is not the name.
        if run.len() > first + 1
            && text[..run[first].start].ends_with('-')
            && text[..run[first].start - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
        {
            first += 1;
        }
        let Some(tail) = run.last() else { return };
        let end = tail.end;
        let Some(kind) = noun_after(&text[end..])
            .or_else(|| noun_before(&text[..cue], &text[end..]))
            .or_else(|| called_after(&text[end..]))
            .or_else(|| party_of_candidates(&text[..cue], &text[end..]))
            .or_else(|| shares_in(&text[..cue]))
            .or_else(|| {
                run_by(&text[..cue])
                    .filter(|_| !continues(&text[end..]))
                    .map(|_| kind_by_last_word(text, run))
            })
        else {
            return;
        };
        // "the Tbilisi-based Caucasus Governance Initiative": the place is
        // not the name.
        if run.len() > first + 1 && super::words::is_modifier(run[first].text(text)) {
            first += 1;
        }
        let name = &run[first..];
        let Some(head) = name.first() else { return };
        let start = head.start;
        // "to found the Reform Party", "co-founded the People's Power
        // movement": a body founded is one, whatever its words.
        let founded_named = run_by(&text[..cue]) == Some(Founding::Founded)
            && !continues(&text[end..])
            && name
                .last()
                .is_some_and(|t| organisation_word(t.text(text)).is_some());
        let founded = founded_named
            || run_by(&text[..cue]) == Some(Founding::Founded)
                && noun_after(&text[end..]).is_some();
        let words = name.iter().filter(|t| t.class != Class::Connector).count();
        let ok_word = |t: &Token| match t.class {
            Class::Title | Class::Caps => {
                let w = t.text(text);
                !is_title(w)
                    && !is_month_or_weekday(w)
                    && (founded || !written_in_small_letters(text, w))
            }
            Class::Connector => is_particle(t.text(text)),
            Class::Initial => false,
        };
        if !(1..=4).contains(&words)
            || end - start < 3
            || !name.iter().all(ok_word)
            || !(founded_named && words >= 2
                || name.iter().any(|t| is_specific(t.text(text), t.class)))
            || (words == 1 && (is_demonym_like(head.text(text)) || is_a_people(head.text(text))))
            || (first == 0
                && is_sentence_start(text, start)
                && head.class != Class::Caps
                && !((words >= 2 || is_coined(head.text(text)))
                    && called_after(&text[end..]).is_some()))
            || !overlapping(known, start, end).is_empty()
            || is_heading(text, start)
            || is_part_of_a_word(text, start, end)
        {
            return;
        }
        self.add_unless_known(text, kind, start, end, found);
    }
}

/// The kind of actor a common noun names: "party" a group, "company" an
/// organisation. Singular only: "the Kenya and Uganda parties" is a list.
pub(super) fn called(noun: &str) -> Option<ActorKind> {
    Some(match noun {
        "party" | "coalition" | "movement" | "alliance" | "bloc" | "faction" | "gang"
        | "militia" | "group" => ActorKind::Group,
        "company" | "firm" | "consultancy" | "newspaper" | "daily" | "broadcaster"
        | "conglomerate" | "bank" | "charity" | "pollster" | "NGO" | "watchdog" => {
            ActorKind::Organisation
        }
        _ => return None,
    })
}

/// " party", " coalition, which …": the noun right after the name, unless
/// a name follows it ("the Lima consultancy Encuesta Federal": the first
/// name says where).
fn noun_after(after: &str) -> Option<ActorKind> {
    let rest = after.strip_prefix(' ')?;
    let word: &str = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    let kind = called_next_to(word)?;
    let named = rest[word.len()..]
        .strip_prefix(' ')
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    if named { None } else { Some(kind) }
}

/// "the consultancy ", "an Australian company ", "the ruling coalition, ":
/// the noun right before the name. After a comma the name must end the
/// apposition (`after` it): "its party, Patriotes africains …" goes on in
/// another language.
fn noun_before(before: &str, after: &str) -> Option<ActorKind> {
    let before = before.strip_suffix(' ')?;
    let before = match before.strip_suffix(',') {
        Some(b) if after.starts_with([',', '.', ';', ':']) || after.starts_with(" (") => b,
        Some(_) => return None,
        None => before,
    };
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| !w.is_empty())?;
    // "a foundation Member of this Organization": "foundation" is what the
    // member is, not a body before its name.
    if word == "foundation" && after.starts_with(" of ") {
        return None;
    }
    called_next_to(word)
}

/// [`called`], and "foundation" right next to a name: "the Evrazia
/// foundation", "the environmental foundation ZERO" (not in an apposition:
/// ", the foundation of lasting peace" is no body's).
fn called_next_to(noun: &str) -> Option<ActorKind> {
    called(noun).or((noun == "foundation").then_some(ActorKind::Organisation))
}

/// How the verb before "the" relates a person to a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Founding {
    /// "directs the", "heads the": a body someone runs.
    Runs,
    /// "founded the", "to found the": a body someone set up.
    Founded,
}

/// "who directs the …", "to found the …": a verb that only a body takes as
/// its object, right before "the" and the name.
fn run_by(before: &str) -> Option<Founding> {
    // Suffixes, not a split: this runs on every name after "the".
    const RUNS: &[&str] = &[" directs the ", " heads the ", " chairs the "];
    const FOUNDED: &[&str] = &[
        " found the ",
        " founded the ",
        "-founded the ",
        " formed the ",
    ];
    if !before.ends_with("s the ") && !before.ends_with("d the ") {
        return None;
    }
    if RUNS.iter().any(|v| before.ends_with(v)) {
        Some(Founding::Runs)
    } else if FOUNDED.iter().any(|v| before.ends_with(v)) {
        Some(Founding::Founded)
    } else {
        None
    }
}

/// " of Education", " for Africa", " community": the name goes on past
/// this part, or qualifies a noun ("heads the Greek community").
fn continues(after: &str) -> bool {
    [" of ", " for ", " on ", " in "]
        .iter()
        .any(|c| after.starts_with(c))
        || after
            .strip_prefix(' ')
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_lowercase)
}

/// A body's kind from its name's last word: "Party" a group, else an organisation.
fn kind_by_last_word(text: &str, name: &[Token]) -> ActorKind {
    name.last()
        .and_then(|t| organisation_word(t.text(text)))
        .unwrap_or(ActorKind::Organisation)
}

/// "the Confederation, whose candidate …": only a party has candidates,
/// deputies or voters of its own.
fn party_of_candidates(before: &str, after: &str) -> Option<ActorKind> {
    let rest = after.strip_prefix(", whose ")?;
    if !before.ends_with("the ") && !before.ends_with("The ") {
        return None;
    }
    let noun = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    matches!(
        noun,
        "candidate" | "candidates" | "deputies" | "lawmakers" | "legislators" | "MPs" | "voters"
    )
    .then_some(ActorKind::Group)
}

/// "Shares in Gulf Development rose", "shares of Tullow fell": what has
/// shares is a company.
fn shares_in(before: &str) -> Option<ActorKind> {
    ["shares in ", "Shares in ", "shares of ", "Shares of "]
        .iter()
        .any(|s| before.ends_with(s))
        .then_some(ActorKind::Organisation)
}

/// "Kenyan", "Polish", "Peronist": one word that says where or which side,
/// not which body.
fn is_demonym_like(word: &str) -> bool {
    ["an", "ese", "ish", "ic", "ch", "i", "ist", "ite", "iet"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// "Promo-LEX", "TikTok": a capital after a small letter, or a part in
/// capitals after a hyphen, makes a coined name, never a word that opens a
/// sentence ("Guinea-Bissau" is neither).
fn is_coined(word: &str) -> bool {
    let camel = word
        .chars()
        .zip(word.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    camel
        || word
            .split('-')
            .skip(1)
            .any(|part| part.chars().count() >= 2 && part.chars().all(char::is_uppercase))
}

/// Peoples, sects and castes that name which side a militia or a party is
/// of, not which body: "the Hutu militia", "a Shia group".
fn is_a_people(word: &str) -> bool {
    matches!(
        word,
        "Hutu"
            | "Tutsi"
            | "Hema"
            | "Lendu"
            | "Nuer"
            | "Dinka"
            | "Shia"
            | "Shiite"
            | "Sunni"
            | "Druze"
            | "Alawite"
            | "Maronite"
            | "Pashtun"
            | "Hazara"
            | "Baloch"
            | "Tuareg"
            | "Fulani"
            | "Hausa"
            | "Yoruba"
            | "Igbo"
            | "Oromo"
            | "Amhara"
            | "Afar"
            | "Kikuyu"
            | "Luo"
            | "Maasai"
            | "Tamil"
            | "Sinhala"
            | "Rohingya"
            | "Karen"
            | "Kachin"
            | "Shan"
            | "Dalit"
            | "Sikh"
            | "Hindu"
            | "Muslim"
            | "Christian"
            | "Arab"
            | "Bedouin"
            | "Yazidi"
            | "Turkmen"
    )
}

/// ", a private company linked to …": an apposition that calls the name
/// before it an organisation.
pub(super) fn called_after(after: &str) -> Option<ActorKind> {
    let apposition = after.strip_prefix(", ")?;
    // Most appositions open with another word than an article: passed over
    // before their clause is cut.
    if !apposition.trim_start().starts_with(['a', 't']) {
        return None;
    }
    let clause = apposition
        .split([',', '.', ';', ':', '(', ')', '\n'])
        .next()
        .unwrap_or("");
    let mut words = clause.split_whitespace();
    if !matches!(words.next(), Some("a" | "an" | "the")) {
        return None;
    }
    for word in words.take(APPOSITION_WORDS) {
        if let Some(kind) = called(word) {
            return Some(kind);
        }
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_after_or_before_calls_a_name_an_organisation() {
        assert_eq!(noun_after(" party, which"), Some(ActorKind::Group));
        assert_eq!(noun_after(" parties"), None);
        assert_eq!(noun_after(" consultancy Encuesta Lima"), None);
        assert_eq!(noun_after(" said"), None);
        assert_eq!(
            noun_before("the Lima consultancy ", "."),
            Some(ActorKind::Organisation)
        );
        assert_eq!(
            noun_before("the ruling coalition, ", " (BBY)"),
            Some(ActorKind::Group)
        );
        assert_eq!(noun_before("its party, ", " africains du"), None);
        assert_eq!(noun_before("the company", ""), None, "needs a space");
        assert_eq!(
            called_after(", a private company linked to him"),
            Some(ActorKind::Organisation)
        );
        assert_eq!(called_after(", a city of gangs"), None);
        assert_eq!(shares_in("Shares in "), Some(ActorKind::Organisation));
        assert_eq!(shares_in("the share in "), None);
        assert_eq!(shares_in("stakeholders of "), None);
        assert_eq!(
            called_after(", the state electricity company, depends"),
            Some(ActorKind::Organisation)
        );
        assert_eq!(called_after(", who founded a party"), None);
        assert_eq!(
            called_after(", the country's largest NGO, warns"),
            Some(ActorKind::Organisation)
        );
        assert_eq!(noun_after(" foundation and"), Some(ActorKind::Organisation));
        assert_eq!(called_after(", the foundation of lasting peace"), None);
        assert_eq!(
            noun_before("the environmental foundation ", " said"),
            Some(ActorKind::Organisation)
        );
        assert_eq!(
            noun_before("is a foundation ", " of this Organization"),
            None
        );
    }

    #[test]
    fn a_capital_inside_a_word_makes_a_coined_name() {
        assert!(is_coined("Promo-LEX"));
        assert!(is_coined("TikTok"));
        assert!(!is_coined("However"));
        assert!(!is_coined("Guinea-Bissau"));
        assert!(!is_coined("UNITA"));
    }

    #[test]
    fn a_people_says_whose_side_not_which_body() {
        assert!(is_a_people("Hutu"));
        assert!(is_a_people("Shia"));
        assert!(!is_a_people("Wazalendo"));
    }

    #[test]
    fn one_word_that_says_where_is_not_a_name() {
        assert!(is_demonym_like("Kenyan"));
        assert!(is_demonym_like("Polish"));
        assert!(is_demonym_like("Peronist"));
        assert!(!is_demonym_like("Wiper"));
    }
}
