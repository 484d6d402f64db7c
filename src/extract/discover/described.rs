//! People named without a title, found by how the sentence describes them:
//! "Nika Gvaramia, a leader of the opposition", "Jane Roe, who …",
//! "opposition leader Jane Roe", "Jane Roe said", "according to Jane Roe".
//!
//! Only a run of two to four capitalised words that is a name and nothing
//! else is taken (no acronym, no organisation, place-like or generic word),
//! and only when a word next to it says a person is meant: a noun for what
//! people are or do (leader, analyst, spokeswoman) in an apposition or just
//! before the name, a relative "who", or a verb of saying. Those words
//! describe organisations and places rarely, so precision stays high.

use super::tokens::{Class, Token, is_heading, is_part_of_a_word, is_sentence_start, parts};
use super::words::{
    is_function_word, is_generic, is_not_a_name, is_particle, is_party_affiliation, is_title_at,
    organisation_word,
};
use super::{Candidates, Discoverer, KnownSpan, covered, languages, last_starting_by, overlapping};
use crate::extract::ActorKind;
use crate::text::occurrences;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Capitalised words the text writes alone as a person's, with how often:
/// after a title ("Mr. Odinga") or before what people do ("Odinga is 80",
/// "Odinga, who …", "Odinga said"). "Asia is" passes too; the name test
/// ([`named_again`]) keeps places out by their first word.
///
/// The cues around a word are read when the word is first asked for: most
/// lone words (every capital that opens a sentence) never are.
pub(super) struct LoneWords<'t> {
    text: &'t str,
    known: &'t [KnownSpan],
    /// Each capitalised word written alone, in text order.
    written: Vec<Written>,
    /// Where in `written` each word was written alone last.
    last: FxHashMap<&'t str, usize>,
    /// What [`LoneWords::get`] has read, by word.
    read: RefCell<FxHashMap<&'t str, Option<Lone>>>,
}

/// A capitalised word written alone: whether a title stands before it in
/// its run or it opens the run, and where in [`LoneWords::written`] the
/// same word was written alone before.
#[derive(Debug, Clone, Copy)]
struct Written {
    word: Token,
    titled: bool,
    opens_the_run: bool,
    previous: Option<usize>,
}

impl<'t> LoneWords<'t> {
    /// How `word` was written alone, if any cue took it.
    pub(super) fn get(&self, word: &str) -> Option<Lone> {
        let (&key, &last) = self.last.get_key_value(word)?;
        if let Some(&lone) = self.read.borrow().get(key) {
            return lone;
        }
        let text = self.text;
        let mut lone = None;
        let mut at = Some(last);
        while let Some(i) = at {
            let w = &self.written[i];
            at = w.previous;
            let after = &text[w.word.end..];
            let as_a_person = w.titled
                || described_after(after, "")
                || possessed_by_a_person(after)
                || w.opens_the_run && spoken_of_before(&text[..w.word.start]);
            if (as_a_person || acts(after)) && !covered(self.known, w.word.start, w.word.end) {
                let lone: &mut Lone = lone.get_or_insert_default();
                lone.times += 1;
                lone.as_a_person |= as_a_person;
            }
        }
        self.read.borrow_mut().insert(key, lone);
        lone
    }

    /// Whether any cue took `word` written alone.
    pub(super) fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Whether `word` is a lexicon person's surname in the text, or that
    /// surname in another case: the same letters but for the last one or
    /// two ("Orpon", "Babiše", "Fiali" beside "Orpo", "Babiš", "Fiala").
    fn declines_a_lexicon_surname(&self, word: &str) -> bool {
        let letters: Vec<char> = word.chars().collect();
        self.known.iter().filter(|k| k.person).any(|k| {
            let Some(surname) = self.text[k.start..k.end].split_whitespace().next_back() else {
                return false;
            };
            let shared = surname
                .chars()
                .zip(&letters)
                .take_while(|(a, b)| a == *b)
                .count();
            let longer = letters.len().max(surname.chars().count());
            shared >= 3 && shared + 2 >= longer
        })
    }

    /// Whether `word` is written alone somewhere outside a lexicon name,
    /// whatever the words around it.
    fn written_alone(&self, word: &str) -> bool {
        let mut at = self.last.get(word).copied();
        while let Some(i) = at {
            let w = &self.written[i];
            if !covered(self.known, w.word.start, w.word.end) {
                return true;
            }
            at = w.previous;
        }
        false
    }
}

/// How a capitalised word was written alone.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lone {
    /// Times, by any cue.
    pub(super) times: u32,
    /// Once at least by a cue that only people take: a title, a verb of
    /// saying, ", who", a role, a person's possessive ("Asia is" is not one).
    pub(super) as_a_person: bool,
}

/// The [`LoneWords`] of a text's runs of name tokens.
pub(super) fn lone_words<'t>(
    text: &'t str,
    tokens: &[Token],
    runs: &[std::ops::Range<usize>],
    known: &'t [KnownSpan],
) -> LoneWords<'t> {
    let mut written = Vec::new();
    let mut last = FxHashMap::default();
    for run in runs {
        let run = &tokens[run.clone()];
        let mut first = 0;
        while first + 1 < run.len()
            && (is_title_at(text, run, first)
                || first == 0
                    && is_sentence_start(text, run[0].start)
                    && is_function_word(run[0].text(text)))
        {
            first += 1;
        }
        if let [word] = &run[first..]
            && word.class == Class::Title
        {
            written.push(Written {
                word: *word,
                titled: first > 0 && is_title_at(text, run, first - 1),
                opens_the_run: first == 0,
                previous: last.insert(word.text(text), written.len()),
            });
        }
    }
    LoneWords {
        text,
        known,
        written,
        last,
        read: RefCell::default(),
    }
}

/// " is 80", " has toured": what follows a person's surname, and the
/// names of places and things too.
fn acts(after: &str) -> bool {
    const VERBS: &[&str] = &[
        " is ", " was ", " has ", " had ", " will ", " would ", " did ", " does ",
    ];
    VERBS.iter().any(|v| after.starts_with(v))
}

/// "said Malema", "according to Malema": a verb of saying just before a
/// lone word (a role before it is not enough here: "the party leader
/// Congress" is rarer than a surname, but "Prime Minister" is a title).
fn spoken_of_before(before: &str) -> bool {
    // Byte tests only: this runs on every lone capitalised word.
    let before = before.trim_end_matches([' ', '\t']);
    [" said", " says", " according to"]
        .iter()
        .any(|v| before.ends_with(v))
        || languages::spoken_of_before(before)
}

/// "'s party", "'s EFF", "'s running mate": a possessive of what people,
/// not places, have (a place has a mayor and a government, so those are
/// not taken), or of an acronym (a party's, a body's).
fn possessed_by_a_person(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    let word = first_word(rest);
    is_what_a_person_has(word) || is_acronym(word)
}

/// "'s People's National Party", "'s Union for Peace in the Central
/// African Republic": a name in the possessive before a party's name (its
/// capitalised words, and "for", "of", "in", "the" between them, up to a
/// party's word) is its leader's. Places own parties too ("Northern
/// Ireland's Democratic Unionist Party"), and so do peoples and members
/// ("the German Servicemen's League"): the caller rules out place-like
/// names and names after "the".
fn owns_a_party(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    for (i, word) in rest.split(' ').take(6).enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if matches!(
            bare,
            "Party" | "Movement" | "Union" | "Front" | "Alliance" | "Congress" | "League" | "Bloc"
        ) {
            return true;
        }
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let connector = i > 0 && matches!(bare, "for" | "of" | "in" | "the");
        if !(capitalised || connector) || bare.len() < word.len() {
            return false;
        }
    }
    false
}

/// Two to six capitals: "EFF", "PASTEF".
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Nouns for a person's kin, following, career and fate, after a
/// possessive or "whose".
fn is_what_a_person_has(word: &str) -> bool {
    matches!(
        word,
        "party"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "family"
            | "cabinet"
            | "campaign"
            | "candidacy"
            | "running"
            | "supporters"
            | "allies"
            | "critics"
            | "rivals"
            | "opponents"
            | "followers"
            | "loyalists"
            | "aides"
            | "lawyers"
            | "conviction"
            | "arrest"
            | "trial"
            | "imprisonment"
            | "resignation"
            | "criticism"
            | "leadership"
            | "presidency"
            | "premiership"
            | "tenure"
    )
}

/// Whether a first word makes a two-to-four-word run a place or a people
/// rather than a person: "South-East Asia", "Sub-Saharan Africa", "Greek
/// Cypriots", "Suez Canal" (one-word place names before a feature).
pub(super) fn is_place_like(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        "north", "south", "east", "west", "sub-", "trans", "central", "upper", "lower",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || [
            "ian", "ean", "can", "yan", "ese", "ish", "ench", "utch", "zech", "ist", "ite", "ot",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// "Raila Odinga lost the race … Odinga is 80": an untitled name whose
/// last word the text writes again alone, and none of whose words it
/// writes in small letters (as it would "war" of "Cold War" or "square"
/// of "Tiananmen Square").
///
/// Where people go by their given name (Thai, Malay, Icelandic usage:
/// "Anutin Charnvirakul … Anutin's cabinet"), the first word of a two-word
/// name may be the one written again, under the same tests.
///
/// In an article known to be in another language, whose verbs and
/// appositions the English cues do not read, a surname written again alone
/// anywhere is enough ("Chan Santokhi op … Santokhi zag af", "Andrije
/// Mandića … nepoželjnima Mandića"): the other tests still keep out places
/// and things.
fn named_again(text: &str, name: &[Token], lone: &LoneWords) -> bool {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return false;
    };
    let again = |word: &Token, as_a_person: bool| {
        lone.get(word.text(text))
            .is_some_and(|l| l.times > 0 && (l.as_a_person || !as_a_person))
            && !written_as_a_place_or_thing(text, word.text(text))
    };
    // Not at a sentence's start, where a capitalised noun opens it
    // ("Перемогу Коннолі", "Bag González"), nor in German, which writes
    // every noun with a capital ("Brüsseler Seite"), nor in Russian and
    // Ukrainian, whose given names are read otherwise (`slavic_people`),
    // nor a lexicon person in another case ("Petteri Orpon" beside "Orpo").
    let again_in_another_language = || {
        (2..=3).contains(&name.len())
            && languages::reading_a_known_other_language()
            && !languages::reading_one_of(&["de", "lb", "ru", "uk", "be"])
            && name.iter().all(|t| {
                t.class == Class::Title && !t.text(text).chars().skip(1).any(char::is_uppercase)
            })
            && first.text(text).chars().count() >= 3
            && !is_sentence_start(text, first.start)
            && languages::may_be_a_nominative_surname(last.text(text))
            && (lone.written_alone(last.text(text))
                || languages::without_case_endings(last.text(text))
                    .any(|bare| lone.written_alone(bare)))
            && !lone.declines_a_lexicon_surname(last.text(text))
    };
    // A given name must be written so by a cue only people take: "Islam
    // is", "the Powers have" are not.
    let given = name.len() == 2 && first.class == Class::Title && again(first, true);
    (again(last, false) || given || again_in_another_language())
        && !is_place_like(first.text(text))
        && name
            .iter()
            .filter(|t| t.class == Class::Title)
            .all(|t| !written_in_small_letters(text, t.text(text)))
}

/// "resigned", "was arrested", "was sworn in": what happens to a person
/// and to no party, company or place, right after a name. `verb` is the
/// text after the name's space, `word` its first word.
fn befalls_only_people(verb: &str, word: &str) -> bool {
    let rest = &verb[word.len()..];
    match word {
        "resigned" | "resigns" | "died" => true,
        "stepped" | "steps" => rest.starts_with(" down"),
        "swore" => rest.starts_with(" in "),
        "was" => {
            let rest = rest.trim_start_matches(' ');
            let next = first_word(rest);
            matches!(
                next,
                "arrested"
                    | "detained"
                    | "jailed"
                    | "imprisoned"
                    | "sentenced"
                    | "convicted"
                    | "acquitted"
                    | "indicted"
                    | "impeached"
                    | "assassinated"
                    | "murdered"
                    | "born"
            ) || next == "sworn" && rest[next.len()..].starts_with(" in")
        }
        _ => false,
    }
}

/// Whether `text` writes "the Canal", "in Kashmir": a surname is not
/// written so.
fn written_as_a_place_or_thing(text: &str, word: &str) -> bool {
    occurrences(text, word).any(|at| {
        ["the ", "in ", "The "].iter().any(|before| {
            text[..at]
                .strip_suffix(before)
                .is_some_and(|b| !b.chars().next_back().is_some_and(char::is_alphanumeric))
        }) && !text[at + word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    })
}

/// Whether `text` writes `word` (capitalised) somewhere in small letters.
pub(super) fn written_in_small_letters(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    occurrences(text, &lower).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// ", the outgoing finance minister", " said": the words after a name say
/// it is a person's.
pub(super) fn describes_a_person_after(after: &str) -> bool {
    described_after(after, "")
}

/// Words read after the comma of an apposition before giving up on a role.
const APPOSITION_WORDS: usize = 6;

impl Discoverer {
    /// People in `run` whom the words around it describe as people.
    pub(super) fn described_people(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        lone: &LoneWords,
        found: &mut Candidates,
    ) {
        // A name has two capitalised words at least (see `name_words`).
        if run.iter().filter(|t| t.class == Class::Title).count() < 2 {
            return;
        }
        // "the deputy foreign ministers Majid Takht-Ravanchi and Kazem
        // Gharibabadi": a plural role before names them all.
        // "The leaders of Die Linke, Janine Wissler and Martin Schirdewan, insist".
        let all = run.first().is_some_and(|first| {
            let before = &text[..first.start];
            let trimmed = before.trim_end_matches([' ', '\t']);
            if trimmed.ends_with(',') {
                let after = &text[run[run.len() - 1].end..];
                return after.starts_with([',', '.', ';', ':'])
                    && role_of_a_name(before).is_some_and(is_plural_role);
            }
            !trimmed.ends_with(['.', ';', ':']) && is_plural_role(word_before(before))
        });
        for part in parts(text, run) {
            if all {
                self.named_person(text, part, known, found);
            } else {
                self.described_person(text, part, known, lone, found);
            }
        }
    }

    /// `run`, a name by its words, as a person the sentence has said it is.
    fn named_person(&self, text: &str, run: &[Token], known: &[KnownSpan], found: &mut Candidates) {
        let Some(name) = name_words(text, run) else {
            return;
        };
        let (start, stop) = (name[0].start, name[name.len() - 1].end);
        if !overlapping(known, start, stop).is_empty()
            || is_heading(text, start)
            || is_part_of_a_word(text, start, stop)
        {
            return;
        }
        self.add_unless_known(text, ActorKind::Person, start, stop, found);
    }

    fn described_person(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        lone: &LoneWords,
        found: &mut Candidates,
    ) {
        let Some(name) = name_words(text, run) else {
            return;
        };
        let Some(name) = after_a_known_body(text, name, known) else {
            return;
        };
        let (start, stop) = (name[0].start, name[name.len() - 1].end);
        // The cues before a name read from before the titles that open it:
        // "the Prime Minister of Ireland, Taoiseach Bertie Ahern,".
        let titles = run
            .iter()
            .rev()
            .skip_while(|t| t.start >= start)
            .take_while(|t| opens_as_a_title(t.text(text)))
            .last();
        let before = &text[..titles.map_or(start, |t| t.start)];
        let after = &text[stop..];
        // "Liberal Bruce Fanjoy": a party's adjective says the name is a member's.
        let affiliated_before = run
            .iter()
            .rev()
            .find(|t| t.end <= start)
            .is_some_and(|t| t.end + 1 == start && is_party_affiliation(t.text(text)));
        if !(affiliated_before
            || described_before(before, after)
            || described_after(after, word_before(before))
            || affiliated_after(after)
            || owns_a_party(after)
                && word_before(before) != "the"
                && !name.iter().any(|t| is_place_like(t.text(text)))
            || named_again(text, name, lone)
            || leads_the_party(text, party_word_before(before), name, known)
            || name.len() == 2
                && languages::greek_article_before(
                    before,
                    &[name[0].text(text), name[1].text(text)],
                ))
        {
            return;
        }
        if !overlapping(known, start, stop).is_empty()
            || covered(known, start, stop)
            || is_heading(text, start)
            || is_part_of_a_word(text, start, stop)
            || languages::is_polish_oblique(name[0].text(text))
        {
            return;
        }
        self.add_unless_known(text, ActorKind::Person, start, stop, found);
    }
}

/// The tokens of `run` that form a person's name: two to four capitalised
/// words (initials and particles between them allowed), after dropping
/// sentence-initial words that are not names ("Meanwhile").
fn name_words<'r>(text: &str, run: &'r [Token]) -> Option<&'r [Token]> {
    // Most runs are one capitalised word: too few for a name, however cut.
    if run.iter().filter(|t| t.class == Class::Title).count() < 2 {
        return None;
    }
    let mut first = 0;
    // Where the run opens a sentence (asked first: it is the cheaper test).
    while first < run.len()
        && (first > 0 || is_sentence_start(text, run[0].start))
        && (is_not_a_name(run[first].text(text))
            || first == 0 && languages::is_article(run[0].text(text))
            // "Экономист Наталья Зубаревич считает", "Journalist Jane Roe,
            // who…": a role opening the sentence, capitalised there only.
            || first == 0
                && run.len() > 2
                && (languages::is_role(run[0].text(text)) || is_capitalised_role(run[0].text(text))))
    {
        first += 1;
    }
    let titles_after = |n: usize| run[n..].iter().filter(|t| t.class == Class::Title).count();
    // "el juez del Tribunal Supremo Pablo Llarena": a body's name before a
    // person's in one run (languages that put the role first).
    if first == 0 {
        let lead = run
            .iter()
            .take_while(|t| {
                t.class == Class::Title
                    && (organisation_word(t.text(text)).is_some() || is_generic(t.text(text)))
            })
            .count();
        let body = run[..lead]
            .iter()
            .any(|t| organisation_word(t.text(text)).is_some());
        if body && titles_after(lead) >= 2 {
            first = lead;
        } else if languages::complement_before(&text[..run[0].start]) && titles_after(1) >= 2 {
            // "ministre de l'Économie Antoine Dubreuil": the first word is
            // what the role is of.
            first = 1;
        }
    }
    // "υπουργός Μεταφορών Κώστας Καραμανλής": a Greek genitive plural
    // names what the role is of; no given name ends so.
    while run
        .get(first)
        .is_some_and(|t| languages::is_greek_genitive_plural(t.text(text)))
        && titles_after(first + 1) >= 2
    {
        first += 1;
    }
    // "die Partei von Herbert Kickl": the body's word dropped above, what
    // joins it to its leader is no part of the name.
    if first > 0
        && run.get(first).is_some_and(|t| is_particle(t.text(text)))
        && titles_after(first + 1) >= 2
    {
        first += 1;
    }
    // "Die FDP von Christian Lindner": a body's acronym and what joins it
    // to its leader.
    if run
        .get(first)
        .is_some_and(|t| t.class == Class::Caps || is_a_partys_acronym(t.text(text)))
        && run
            .get(first + 1)
            .is_some_and(|t| is_particle(t.text(text)))
        && titles_after(first + 2) >= 2
    {
        first += 2;
    }
    // "szef MSWiA Marcin Kierwiński", "MHP Genel Başkanı Devlet Bahçeli":
    // an acronym before two or more words of a name is the body the person
    // holds a role in, not a word of the name ("JD Vance" keeps his).
    if run
        .get(first)
        .is_some_and(|t| opens_with_two_capitals(t.text(text)) || is_a_partys_acronym(t.text(text)))
        && titles_after(first + 1) >= 2
    {
        first += 1;
    }
    // "Taoiseach Bertie Ahern", "Major-General Joseph Garba": a title
    // opening the name is not part of it ("Ambassadors Kavanagh": nor one
    // in the plural, which leaves too few words for a name).
    while run
        .get(first)
        .is_some_and(|t| opens_as_a_title(t.text(text)))
    {
        first += 1;
    }
    // "Liberal Bruce Fanjoy": the party's adjective is no part of the name.
    if run
        .get(first)
        .is_some_and(|t| is_party_affiliation(t.text(text)))
        && run[first + 1..]
            .iter()
            .filter(|t| t.class == Class::Title)
            .count()
            >= 2
    {
        first += 1;
    }
    let name = &run[first..];
    let words = name
        .iter()
        .filter(|t| matches!(t.class, Class::Title))
        .count();
    let last = name.len().checked_sub(1)?;
    let ok = (2..=4).contains(&words)
        && name.first()?.class == Class::Title
        && name.last()?.class == Class::Title
        && name.iter().enumerate().all(|(i, t)| match t.class {
            Class::Title => {
                !is_not_a_name(t.text(text))
                    || i == last
                        && i > 0
                        && is_surname_too(t.text(text))
                        && !is_place_like(name[0].text(text))
                        && !name[0].text(text).ends_with('i')
            }
            Class::Initial => true,
            Class::Connector => is_particle(t.text(text)),
            Class::Caps => false,
        });
    ok.then_some(name)
}

/// "Голова Верховної Ради Руслан Стефанчук": where a body the lexicon
/// knows opens the name, the name is the words after it, if they still
/// make one; the body is what the role before it is of. Without such a
/// body, `name` as it is.
fn after_a_known_body<'r>(
    text: &str,
    name: &'r [Token],
    known: &[KnownSpan],
) -> Option<&'r [Token]> {
    let first = name.first()?;
    // Names do not overlap: only the last to start by the first word may hold it.
    let Some(end) = last_starting_by(known, first.start)
        .filter(|k| !k.person && k.end > first.start)
        .map(|k| k.end)
    else {
        return Some(name);
    };
    let rest = &name[name.iter().position(|t| t.start >= end)?..];
    name_words(text, rest)
}

/// A title that may open a name the cues find, as written: "Taoiseach",
/// "Comrade", "Major-General" (titles joined by a hyphen), "Ambassadors".
fn opens_as_a_title(word: &str) -> bool {
    super::words::is_title(word)
        || super::words::is_abbreviated_title(word)
        || word.contains('-') && word.split('-').all(super::words::is_title)
        || word.strip_suffix('s').is_some_and(super::words::is_title)
        || matches!(
            word,
            "Taoiseach"
                | "Comrade"
                | "Compañero"
                | "Compañera"
                | "Camarade"
                | "Miss"
                | "Count"
                | "Countess"
                | "Distinguished"
        )
}

/// Titles that are common surnames too: after a first name, "Erik Prince"
/// and "Carole King" are people, not titles.
fn is_surname_too(word: &str) -> bool {
    matches!(
        word,
        "Prince" | "King" | "Bishop" | "Judge" | "Major" | "Marshal" | "König"
    )
}

/// ", a leader of …", ", the party's acting chairman", ", who …", " said",
/// after a name preceded by `previous`. A name after "the" is not a
/// person's ("the Iron Curtain, who …"), nor one after a possessive or a
/// preposition followed by "who" ("our Resident Coordinator, who",
/// "the people of Puerto Rico, who").
fn described_after(after: &str, previous: &str) -> bool {
    if previous == "the" {
        return false;
    }
    if languages::speaks_after(after) {
        return true;
    }
    if let Some(verb) = after.strip_prefix(' ') {
        let word = first_word(verb);
        if is_verb_of_saying(word) || languages::is_hungarian_role(word, false) {
            return true;
        }
        if matches!(word, "became" | "becomes" | "was" | "is") && becomes_a_role(verb) {
            return true;
        }
        if befalls_only_people(verb, word) {
            return true;
        }
        // Danish, Norwegian and Swedish "Dimal Basha från Vetëvendosje",
        // "Evelyn Matthei fra Unión Demócrata Independiente": a person
        // named with the party or body she comes from.
        if matches!(word, "fra" | "från")
            && languages::reading_one_of(&["da", "no", "nb", "nn", "sv"])
            && verb[word.len()..]
                .strip_prefix(' ')
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        {
            return true;
        }
    }
    let Some(apposition) = after.strip_prefix(", ") else {
        return false;
    };
    if first_word(apposition) == "who" {
        return !is_determiner_or_preposition(previous);
    }
    // ", whose EFF …", ", whose running mate …" (not ", whose mayor …":
    // places have those too).
    if let Some(rest) = apposition.strip_prefix("whose ") {
        let word = first_word(rest);
        return !is_determiner_or_preposition(previous)
            && (is_what_a_person_has(word) || is_acronym(word));
    }
    // Up to a few small words, adjectives and possessives, then the role.
    let clause = clause_of(apposition);
    let words: Vec<&str> = clause.split_whitespace().take(APPOSITION_WORDS).collect();
    for (i, word) in words.iter().enumerate() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if is_role(word) || languages::is_hungarian_role(word, true) {
            return true;
        }
        // ", the former first lady, …"
        if word == "lady" && i > 0 && words[i - 1] == "first" {
            return true;
        }
        // ", a high-ranking member of …" (not ", of which we are a member":
        // bodies have members too, and are members).
        if word == "member" && matches!(first_word(apposition), "a" | "an" | "the") {
            return true;
        }
        // ", Donald Trump's senior adviser": a name in the possessive, its
        // given names included, is whose role it is.
        let possessive =
            word.ends_with("'s") || word.ends_with("’s") || opens_a_possessive_name(&words[i..]);
        // "a 21-year-old driver": an age is a small word here.
        let small = word
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        // "the PPP chairman", "the Kremlin spokeswoman": a body's name,
        // after an article (not a list: "Kenya and Uganda leaders").
        // Hungarian "a" and "az" are articles too ("a Nézőpont Intézet
        // elemzője").
        let body = word.chars().next().is_some_and(char::is_uppercase)
            && matches!(first_word(apposition), "the" | "a" | "an" | "az");
        if !(small || possessive || body) {
            return false;
        }
    }
    false
}

/// `s` up to its first `,.;:()`, line break or dash, as
/// `s.split([',', '.', ';', ':', '(', ')', '\n', '—', '–']).next()` gives it,
/// read a byte at a time: the clause after every ", " next to a name is cut,
/// and both dashes are the only chars of the set beyond ASCII (0xE2 first).
fn clause_of(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = bytes[from..]
        .iter()
        .position(|b| matches!(b, b',' | b'.' | b';' | b':' | b'(' | b')' | b'\n' | 0xE2))
    {
        let at = from + i;
        if bytes[at] != 0xE2 || s[at..].starts_with(['—', '–']) {
            return &s[..at];
        }
        from = at + 1;
    }
    s
}

/// "Donald Trump's …": `words` open with capitalised words, up to three,
/// the last of them in the possessive.
fn opens_a_possessive_name(words: &[&str]) -> bool {
    words
        .iter()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| w.ends_with("'s") || w.ends_with("’s"))
}

/// "opposition leader …", "said …", "according to …", "secretary general
/// …", and a role set off by commas: "its commander, … ," (the name, `after`
/// it, closes the apposition).
fn described_before(before: &str, after: &str) -> bool {
    let mut words = before
        .trim_end_matches([' ', '\t'])
        .rsplit(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    let last = words.next().unwrap_or("");
    if before.trim_end_matches([' ', '\t']).ends_with(',') {
        let closed = after.starts_with([',', '.', ';', ':']);
        // "the attorney general, Delia Espinoza, was suspended"; "named a
        // general, Ruphin Zafisambo, in his place" (not "the general, …":
        // one the text named before).
        let previous = words.next();
        let compound =
            last == "general" && previous.is_some_and(|p| is_general_s_role(p) || p == "a");
        return last == "said"
            || last == "says"
            || languages::is_verb_of_saying(last)
            || (is_role(last) || compound || is_capitalised_role(last)) && closed
            || closed
                && role_of_a_name(before).is_some_and(|r| is_role(r) || is_capitalised_role(r))
            || closed && languages::role_before(before);
    }
    if before
        .trim_end_matches([' ', '\t'])
        .ends_with(['.', ';', ':'])
    {
        return last == "said" || last == "says";
    }
    let previous = words.next();
    is_role(last)
        || said_after_a_quotation(before, last)
        || languages::role_before(before)
        || languages::according_to(before)
        || languages::is_person_particle(last)
        || languages::is_verb_of_saying(last)
        || last == "said"
        || last == "says"
        || (last == "to" && previous == Some("according"))
        || (last == "mate" && previous == Some("running"))
        // "the party of John Steenhuisen" (a government or a region "of"
        // is a place's).
        || (last == "of" && matches!(previous, Some("party" | "camp" | "faction")))
        || of_the_party_word(last, previous)
        || led_by(last, previous)
        || after_a_partys_acronym(last, previous)
        || a_partys_possessive(last)
        || (last == "general" && previous.is_some_and(is_general_s_role))
}

/// "“…,” cautioned Jane Roe": a verb of saying right after a quotation
/// has its speaker after it.
fn said_after_a_quotation(before: &str, verb: &str) -> bool {
    if !(is_verb_of_saying(verb) || is_verb_of_saying_a_quotation(verb)) {
        return false;
    }
    let Some(quoted) = before.trim_end_matches([' ', '\t']).strip_suffix(verb) else {
        return false;
    };
    quoted
        .trim_end_matches([' ', '\t'])
        .ends_with(['"', '”', '’'])
}

/// Verbs that introduce a speaker after a quotation, beside the verbs of
/// saying that a name may precede too.
fn is_verb_of_saying_a_quotation(word: &str) -> bool {
    matches!(
        word,
        "cautioned"
            | "stressed"
            | "explained"
            | "observed"
            | "countered"
            | "predicted"
            | "acknowledged"
            | "complained"
            | "claimed"
            | "suggested"
            | "remarked"
            | "commented"
            | "asked"
            | "agreed"
            | "concluded"
            | "continued"
            | "cautions"
            | "explains"
            | "adds"
            | "notes"
            | "asks"
    )
}

/// "led by", "dirigido por", "geführt von": what a name that leads a
/// delegation, a faction or a party after these words is, a person (a
/// body that leads is written with its article: "led by the ANC").
fn led_by(last: &str, previous: Option<&str>) -> bool {
    let Some(previous) = previous else {
        return false;
    };
    match last {
        "by" => matches!(
            previous,
            "led" | "co-led" | "headed" | "chaired" | "co-chaired"
        ),
        "por" => matches!(
            previous,
            "liderado"
                | "liderada"
                | "dirigido"
                | "dirigida"
                | "encabezado"
                | "encabezada"
                | "chefiado"
                | "chefiada"
                | "presidido"
                | "presidida"
        ),
        "par" => matches!(
            previous,
            "dirigé" | "dirigée" | "mené" | "menée" | "présidé" | "présidée"
        ),
        "von" => matches!(previous, "geführt" | "angeführt" | "geleitet"),
        // Swedish and Norwegian "ledd av", Danish "ledet af".
        "av" => matches!(
            previous,
            "ledd" | "ledda" | "leds" | "ledet" | "anført" | "anförd" | "anförda"
        ),
        "af" => matches!(previous, "ledet" | "ledes" | "anført"),
        "da" => matches!(
            previous,
            "guidato" | "guidata" | "presieduto" | "presieduta"
        ),
        _ => false,
    }
}

/// "die FDP von Christian Lindner", "el PSOE de Pedro Sánchez", "the ANC
/// under Jacob Zuma": a name after a body's acronym and one of these words
/// is its leader's (a place after it is one word, or one the lexicon knows).
fn after_a_partys_acronym(last: &str, previous: Option<&str>) -> bool {
    matches!(
        last,
        "of" | "under" | "von" | "unter" | "de" | "du" | "di" | "do" | "da"
    ) && previous.is_some_and(is_a_partys_acronym)
}

/// "FDP", "SPÖ", and acronyms with small letters inside: "AfD", "PiS"
/// (two capitals at least, a capital first, letters only).
/// "Labor's Ali France", "the AfD's Tino Chrupalla", "ACT-Wazalendo's
/// Othman Masoud Othman": a name after a party's possessive is one of its
/// people (a mixed-case acronym's, a name an acronym heads, or a party's
/// name as its members are called).
fn a_partys_possessive(last: &str) -> bool {
    let Some(party) = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")) else {
        return false;
    };
    // A bare acronym's possessive is no cue: "the IMF's Structural
    // Adjustment Facility", "ASEAN's Five-Point Consensus" are programmes.
    let mixed_case = party.chars().any(char::is_lowercase) && is_a_partys_acronym(party);
    let acronym_headed = party
        .split_once('-')
        .is_some_and(|(head, tail)| head.len() >= 2 && is_acronym(head) && !tail.is_empty());
    mixed_case || acronym_headed || is_party_affiliation(party)
}

/// A word whose first two letters are capitals: an acronym, whole
/// ("NATO") or in mixed case ("MSWiA"); no name or initial is written so.
fn opens_with_two_capitals(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_uppercase)
}

fn is_a_partys_acronym(word: &str) -> bool {
    let count = word.chars().count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    (2..=6).contains(&count)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && (capitals == count || capitals >= 2 && count <= 4)
}

/// "die Partei von Herbert Kickl", "el partido de Zury Ríos", "le parti
/// de Paul Magnette": the word for a party, and "of", in these languages.
fn of_the_party_word(last: &str, previous: Option<&str>) -> bool {
    // Norwegian and Swedish put the owner after "til"/"till": "partiet
    // til Remigijus Žemaitaitis".
    if matches!(last, "til" | "till") {
        return previous.is_some_and(|w| matches!(w, "partiet" | "partiets"));
    }
    matches!(last, "von" | "de" | "di" | "do" | "da")
        && previous.is_some_and(|w| {
            matches!(
                w,
                "Partei" | "partido" | "Partido" | "parti" | "Parti" | "partito" | "Partito"
            )
        })
}

/// "Democratic Party of ": the party word right before the " of " that
/// ends `before`, if there is one.
pub(super) fn party_word_before(before: &str) -> Option<&str> {
    let rest = before.strip_suffix(" of ")?;
    let word = rest.rsplit(' ').next()?;
    matches!(
        word,
        "Party"
            | "Front"
            | "Movement"
            | "Alliance"
            | "Coalition"
            | "Congress"
            | "League"
            | "Union"
            | "Bloc"
    )
    .then_some(word)
}

/// "the Democratic Party of Luvsannyam Gantumur … Gantumur accepted": a
/// name after a party's word and "of" that is a person's by its shape (two
/// to four name words, none place-like) and whose last word the text also
/// writes alone is the party's leader, not the end of the party's name
/// ("Party of European Socialists" writes no "Socialists" alone).
pub(super) fn leads_the_party(
    text: &str,
    party_word: Option<&str>,
    name: &[Token],
    known: &[KnownSpan],
) -> bool {
    let (Some(_), Some(first), Some(last)) = (party_word, name.first(), name.last()) else {
        return false;
    };
    // "Democratic Party of Equatorial Guinea", "… of Black Africa": a
    // place, by the lexicon or by how the text writes it ("in Africa").
    if overlapping(known, first.start, last.end)
        .iter()
        .any(|k| !k.person)
        || written_as_a_place_or_thing(text, last.text(text))
        || written_as_a_place_or_thing(text, &text[first.start..last.end])
    {
        return false;
    }
    (2..=4).contains(&name.len())
        && name.iter().all(|t| {
            t.class == Class::Title && !is_not_a_name(t.text(text)) && !is_place_like(t.text(text))
        })
        && (written_alone(text, &text[first.start..last.end], last.text(text))
            || shaped_as_a_leader(text, name))
}

/// "the Tobago People's Party of Farley Augustine", "the … Union of
/// Aurelijus Veryga": two or three name words after a party's word and
/// "of" name its leader even when the text writes the name once, unless
/// the last is a plural ("Party of Eelam Tamils", "Union of Right Forces")
/// or has capitals past its first letter (an acronym). The caller has
/// ruled out generic, organisation and place-like words and the lexicon's
/// places.
fn shaped_as_a_leader(text: &str, name: &[Token]) -> bool {
    let Some(last) = name.last() else {
        return false;
    };
    let last = last.text(text);
    let first = name[0].text(text);
    (2..=3).contains(&name.len())
        && !last.ends_with('s')
        && last.chars().skip(1).all(char::is_lowercase)
        && !opens_a_place_or_a_stance(first)
}

/// First words of places' names ("Puerto Rico", "San Marino", "Port
/// Harcourt") and of stances ("Non-Aligned", "Anti-Fascist"), which make
/// a name after "of" no person's.
fn opens_a_place_or_a_stance(word: &str) -> bool {
    matches!(
        word,
        "Puerto"
            | "Porto"
            | "Port"
            | "San"
            | "Santa"
            | "Santo"
            | "São"
            | "Saint"
            | "St"
            | "Fort"
            | "Mount"
            | "Lake"
            | "Cape"
            | "Costa"
            | "Rio"
            | "Nueva"
            | "Nuevo"
            | "New"
            | "Great"
            | "Greater"
    ) || ["Non-", "Anti-", "Pro-", "Pan-"]
        .iter()
        .any(|p| word.starts_with(p))
}

/// Whether `text` writes `surname` as a word of its own, outside the
/// full `name`: "Gantumur accepted" beside "Luvsannyam Gantumur".
fn written_alone(text: &str, name: &str, surname: &str) -> bool {
    let in_name = occurrences(text, name).count();
    let alone = occurrences(text, surname)
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + surname.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        })
        .count();
    alone > in_name
}

/// The roles that "general" follows: "attorney general".
fn is_general_s_role(word: &str) -> bool {
    matches!(word, "secretary" | "attorney" | "inspector")
}

/// " of the People Power Party", " of the Wiper party": a member named by
/// the party they belong to.
fn affiliated_after(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" of the ")
        .or_else(|| after.strip_prefix(" of "))
    else {
        return false;
    };
    for word in rest.split([' ', '\n']).take(6) {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if matches!(
            bare,
            "Party" | "party" | "Movement" | "movement" | "Front" | "Coalition" | "coalition"
        ) {
            return true;
        }
        // "of the Freedom and Justice Party": a small word inside the name.
        let inside = bare.len() == word.len() && matches!(bare, "and" | "for" | "of");
        if !(capital || inside) || bare.len() < word.len() {
            return false;
        }
    }
    false
}

/// "became Treasury cabinet secretary", "was appointed finance minister":
/// taking up a role, named within a few words of the verb.
fn becomes_a_role(after: &str) -> bool {
    let Some(rest) = [
        "became ",
        "becomes ",
        "was appointed ",
        "was named ",
        "was elected ",
        "is ",
        "was ",
    ]
    .iter()
    .find_map(|v| after.strip_prefix(v)) else {
        return false;
    };
    // Up to the first ",.;:()" or line break, all ASCII: found by bytes.
    let clause = rest
        .bytes()
        .position(|b| matches!(b, b',' | b'.' | b';' | b':' | b'(' | b')' | b'\n'))
        .map_or(rest, |end| &rest[..end]);
    clause
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .take_while(|w| !matches!(*w, "of" | "for" | "in" | "at" | "by" | "and"))
        .any(is_role)
}

/// The word just before `before`'s end, in lower case as written.
fn word_before(before: &str) -> &str {
    before
        // Hard line breaks too: "assemblymen from\nValle del Cauca, who".
        .trim_end_matches(char::is_whitespace)
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

fn is_determiner_or_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "our"
            | "their"
            | "his"
            | "her"
            | "its"
            | "my"
            | "your"
            | "this"
            | "that"
            | "of"
            | "in"
            | "on"
            | "at"
            | "from"
            | "to"
            | "by"
            | "with"
            | "for"
            | "fellow"
            | "illustrious"
    )
}

fn first_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

fn is_verb_of_saying(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "tells"
            | "argued"
            | "argues"
            | "warned"
            | "warns"
            | "wrote"
            | "writes"
            | "added"
            | "noted"
            | "insisted"
            | "insists"
            | "recalled"
            | "admitted"
            | "conceded"
            | "replied"
            | "tweeted"
    )
}

/// "the leader of the Heron Party, " before a name: the role ("leader")
/// whose body the words after "of" name, up to the comma; also "the
/// governor of the department, ", "The Coordinating Minister for
/// Political and Security Affairs, ".
fn role_of_a_name(before: &str) -> Option<&str> {
    let clause = before.trim_end().strip_suffix(',')?;
    let mut words = clause.rsplit(' ');
    let mut names = 0;
    for word in words.by_ref() {
        if word == "of" || word == "for" {
            break;
        }
        if word.is_empty() || word.ends_with(['.', ';', ':', ',']) || names > 5 {
            return None;
        }
        names += 1;
    }
    let role = words.next()?;
    (names > 0).then_some(role)
}

/// "Governor" of "the Lieutenant Governor, Janet Austin,": a role written
/// with a capital, as English writes a title without a name after it.
fn is_capitalised_role(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && is_english_role(&word.to_lowercase())
}

/// Roles in the plural, before a list of the people who hold them.
fn is_plural_role(word: &str) -> bool {
    matches!(
        word,
        "ministers"
            | "leaders"
            | "co-leaders"
            | "co-chairs"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "deputies"
            | "candidates"
            | "analysts"
            | "economists"
            | "activists"
            | "journalists"
            | "judges"
            | "justices"
            | "generals"
            | "commanders"
            | "founders"
            | "governors"
            | "mayors"
            | "opponents"
            | "challengers"
    )
}

/// Nouns for what a person is or does, in the singular (in English here;
/// [`languages::is_role`] has other languages').
fn is_role(word: &str) -> bool {
    is_english_role(word) || languages::is_role(word)
}

fn is_english_role(word: &str) -> bool {
    matches!(
        word,
        "leader"
            | "co-leader"
            | "co-chair"
            | "captain"
            | "magnate"
            | "driver"
            | "student"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "head"
            | "founder"
            | "co-founder"
            | "director"
            | "director-general"
            | "coordinator"
            | "chief"
            | "policeman"
            | "policewoman"
            | "singer"
            | "footballer"
            | "trader"
            | "banker"
            | "minister"
            | "president"
            | "vice-president"
            | "secretary"
            | "secretary-general"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "mayor"
            | "speaker"
            | "governor"
            | "senator"
            | "deputy"
            | "lawmaker"
            | "legislator"
            | "politician"
            | "candidate"
            | "challenger"
            | "rival"
            | "opponent"
            | "adviser"
            | "advisor"
            | "aide"
            | "officer"
            | "commander"
            | "analyst"
            | "economist"
            | "scientist"
            | "sociologist"
            | "strategist"
            | "consultant"
            | "lecturer"
            | "comrade"
            | "researcher"
            | "professor"
            | "scholar"
            | "historian"
            | "journalist"
            | "reporter"
            | "editor"
            | "columnist"
            | "commentator"
            | "pollster"
            | "activist"
            | "campaigner"
            | "dissident"
            | "lawyer"
            | "attorney"
            | "judge"
            | "prosecutor"
            | "businessman"
            | "businesswoman"
            | "tycoon"
            | "oligarch"
            | "billionaire"
            | "entrepreneur"
            | "ambassador"
            | "commissioner"
            | "premier"
            | "envoy"
            | "diplomat"
            | "negotiator"
            | "mediator"
            | "cleric"
            | "imam"
            | "priest"
            | "warlord"
            | "strongman"
            | "successor"
            | "predecessor"
            | "nominee"
            | "incumbent"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "widow"
            | "treasurer"
            | "whip"
            | "ombudsman"
            | "councillor"
            | "councilor"
            | "chancellor"
            // Members of a parliament, written as their house writes them:
            // "a former Green MLA", "the Tipperary TD", "Labour MP …".
            | "MP"
            | "MPs"
            | "MLA"
            | "MLAs"
            | "MEP"
            | "MEPs"
            | "MSP"
            | "TD"
            | "TDs"
            | "MPP"
            | "MNA"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apposition_with_a_role_describes_a_person() {
        assert!(described_after(
            ", a leader of the opposition, was held",
            ""
        ));
        assert!(described_after(", the party's acting chairman, met", "met"));
        assert!(described_after(", who resigned in May", "and"));
        assert!(described_after(" said on Monday", ""));
        assert!(!described_after(", the capital of the country", ""));
        assert!(!described_after(", a city of two million people", ""));
        assert!(!described_after(", Kenya and Uganda leader", ""));
        assert!(described_after(", the PPP chairman who had backed", "hoon"));
        assert!(described_after(", a Kremlin spokesman in Moscow", ""));
        assert!(!described_after(", the Kremlin wall", ""));
        assert!(!described_after(". The leader", ""));
        assert!(!described_after(" were declared subhuman", ""));
        assert!(described_after(", the former first lady, for the", ""));
    }

    #[test]
    fn a_general_set_off_by_commas_describes_the_name_after_it() {
        assert!(described_before("named a general, ", ", in his place"));
        assert!(described_before(
            "the attorney general, ",
            ", was suspended"
        ));
        assert!(!described_before("in general, ", " agree"));
    }

    proptest::proptest! {
        #[test]
        fn a_clause_ends_where_split_cuts_it(s in "[a-z ,.;:()\n—–’é\u{2010}\u{2012}]{0,24}") {
            let split = s
                .split([',', '.', ';', ':', '(', ')', '\n', '—', '–'])
                .next()
                .unwrap_or("");
            proptest::prop_assert_eq!(clause_of(&s), split);
        }
    }

    /// [`lone_words`] as it was first written: every lone word's cues read
    /// at once into a map, the reference for reading them when asked.
    fn lone_words_at_once<'t>(
        text: &'t str,
        tokens: &[Token],
        runs: &[std::ops::Range<usize>],
        known: &[KnownSpan],
    ) -> FxHashMap<&'t str, Lone> {
        let mut lone: FxHashMap<&str, Lone> = FxHashMap::default();
        for run in runs {
            let run = &tokens[run.clone()];
            let mut first = 0;
            while first + 1 < run.len()
                && (is_title_at(text, run, first)
                    || first == 0
                        && is_sentence_start(text, run[0].start)
                        && is_function_word(run[0].text(text)))
            {
                first += 1;
            }
            if let [word] = &run[first..]
                && word.class == Class::Title
            {
                let after = &text[word.end..];
                let as_a_person = first > 0 && is_title_at(text, run, first - 1)
                    || described_after(after, "")
                    || possessed_by_a_person(after)
                    || first == 0 && spoken_of_before(&text[..word.start]);
                if (as_a_person || acts(after)) && !covered(known, word.start, word.end) {
                    let lone = lone.entry(word.text(text)).or_default();
                    lone.times += 1;
                    lone.as_a_person |= as_a_person;
                }
            }
        }
        lone
    }

    proptest::proptest! {
        /// Every word asked of [`LoneWords`], in any order and more than
        /// once, gets what reading every lone word at once gives it; the
        /// lexicon's names (here each "Kenya") are left out alike.
        #[test]
        fn lone_words_read_when_asked_are_those_read_at_once(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Odinga", "Kenya", "Asia", "Ruto", "Mr. ", "President ", "The ", "However ",
                " said", " says", " is 80", " was", " has", "'s party", "’s EFF", ", who",
                ", a leader of the party", ", the capital", " and ", " the ", " in ",
                "according to ", "said ", ". ", ", ", " ", "\n", "(", "Élysée", "Путин",
            ]), 0..40),
            asked in proptest::collection::vec(0usize..8, 0..12),
        ) {
            let text = pieces.concat();
            let words = crate::text::WordBits::new(&text);
            let tokens = super::super::tokens::tokens(&text, &words);
            let runs = super::super::tokens::runs(&tokens);
            let known: Vec<KnownSpan> = crate::text::occurrences(&text, "Kenya")
                .map(|start| KnownSpan {
                    start,
                    end: start + "Kenya".len(),
                    person: false,
                    organisation: false,
                })
                .collect();
            let reference = lone_words_at_once(&text, &tokens, &runs, &known);
            let lone = lone_words(&text, &tokens, &runs, &known);
            let vocabulary = ["Odinga", "Kenya", "Asia", "Ruto", "President", "The", "Élysée", "Путин"];
            for i in asked.into_iter().chain(0..vocabulary.len()) {
                let word = vocabulary[i];
                proptest::prop_assert_eq!(lone.get(word), reference.get(word).copied(), "{}", word);
                proptest::prop_assert_eq!(lone.contains_key(word), reference.contains_key(word));
            }
        }
    }

    #[test]
    fn a_member_is_named_by_a_party_whose_name_has_small_words() {
        assert!(affiliated_after(" of the Freedom and Justice Party, Jane"));
        assert!(affiliated_after(" of the Movement for Democratic Change"));
        assert!(!affiliated_after(" of the city and the party"));
        assert!(!affiliated_after(" of Kenya and Uganda, a party"));
    }

    #[test]
    fn what_befalls_only_people_describes_a_person() {
        assert!(described_after(" resigned as prime minister", ""));
        assert!(described_after(" was sworn in on Friday", ""));
        assert!(described_after(" was arrested at the border", ""));
        assert!(described_after(" stepped down in June", "and"));
        // Parties, companies and places are not arrested, nor sworn in.
        assert!(!described_after(" was founded in 1998", ""));
        assert!(!described_after(" was dissolved by the court", ""));
        assert!(!described_after(" won the election", ""));
        assert!(!described_after(" resignation letter", ""));
        // After "the", a body: "the Cabinet resigned".
        assert!(!described_after(" resigned in June", "the"));
    }

    #[test]
    fn a_role_before_the_comma_describes_the_name_it_sets_off() {
        assert!(described_before(
            "the attorney general, ",
            ", was suspended"
        ));
        assert!(described_before("the enlargement commissioner, ", "."));
        assert!(!described_before("the general, ", ", was"));
        assert!(!described_before("the attorney general, ", " and others"));
        // What the role is of or for, in any words, and a role with a capital.
        assert!(described_before(
            "The governor of the department, ",
            ", has"
        ));
        assert!(described_before(
            "The Coordinating Minister for Political and Security Affairs, ",
            ", was"
        ));
        assert!(described_before("the Lieutenant Governor, ", ", this week"));
        assert!(!described_before("the capital of the country, ", ", is"));
        assert!(!described_before(
            "the Lieutenant Governor, ",
            " and others"
        ));
        assert!(!described_before("the Capital Region, ", ", is"));
    }

    #[test]
    fn a_name_after_the_or_a_possessive_is_not_a_person_by_who() {
        assert!(!described_after(", who stand guard", "the"));
        assert!(!described_after(", who is dedicated to her mission", "Our"));
        assert!(!described_after(", who are still reeling", "of"));
        assert!(!described_after(", a leader of the opposition", "the"));
    }

    #[test]
    fn a_role_or_a_verb_of_saying_before_describes_a_person() {
        assert!(described_before("the former police officer ", ""));
        assert!(described_before("opposition leader ", ""));
        assert!(described_before("according to ", ""));
        assert!(described_before("\"We will not yield,\" said ", ""));
        assert!(described_before("led by secretary general ", " are"));
        assert!(!described_before("led by the general ", " are"));
        assert!(!described_before("the leader. ", ""));
        assert!(!described_before("in the city of ", ""));
        assert!(!described_before("to ", ""));
    }
}
