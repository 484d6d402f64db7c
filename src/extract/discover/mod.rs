//! Actors the lexicon does not know, found from how the text itself names them.
//!
//! Only cues that mark a proper name as an actor are trusted, so that
//! precision stays close to the lexicon's:
//! - an acronym definition, "Patriotic Front of Examplestan (PFE)", whose
//!   letters are the initials of the name before it and whose name has an
//!   organisation word (Front, Mission, Union…); the full name is the
//!   canonical one, the acronym its alias, and later "PFE"s count for it;
//! - a title before two to four capitalised words, "President Maia Sandu",
//!   "Dr. Jane Q. Doe" (the title is not part of the name); a bare surname
//!   later in the same text counts for that person;
//! - two to four capitalised words that the sentence describes as a person:
//!   "Jane Roe, a leader of …", "opposition leader Jane Roe", "Jane Roe said"
//!   (see `described`); and a name that leads a body: "led by Jane Roe",
//!   "the FDP von Jane Roe", "the Democratic Party of Jane Roe" when the
//!   text writes "Roe" alone too;
//! - capitalised words ending in an organisation word, or followed by "of",
//!   "for", "on" and more capitalised words: "Konrad Adenauer Foundation",
//!   "Movement for Democratic Change"; at least one word must be more than
//!   a generic modifier, so "National Assembly" or "Special Committee" (whose?)
//!   are not actors; but a party of such words is ("Labour Party": "Party"
//!   says it is one party, see `words::is_a_generic_party`);
//! - in French, Spanish, Portuguese, Italian, German, Russian and
//!   Ukrainian (and, for roles and verbs of saying, in the other languages
//!   of `languages`), the same cues in those languages' words and order: a role
//!   in small letters before a name ("le président … Bassirou Diomaye
//!   Faye", "Министр финансов Антон Силуанов"), German titles and their
//!   compounds ("Bundeskanzler"), verbs of saying ("a déclaré", "dijo"),
//!   and bodies that an organisation word heads ("Partido Liberal",
//!   "Nouveau Front populaire"); see `languages` and `headed`;
//! - an all-capital word shaped like a UN mission's acronym (UN…, MINU…,
//!   MONU…) next to a word that says it is one ("UNMISS peacekeepers").
//!
//! Capitals alone prove nothing: sentence-initial words, months, weekdays,
//! headings and all-capital shouting are not names. A name the lexicon knows
//! (by any alias) is left to the lexicon, and a lexicon person inside a
//! discovered organisation ("Konrad Adenauer" in the foundation named after
//! him) does not count as that person.

use crate::extract::ActorKind;

/// Changes whenever discovery finds other actors in the same text, so that
/// an index re-extracts (it is part of the lexicon's fingerprint).
pub const RULES_VERSION: &str = "discovery-4: given names, people's fates, names at their last \
     organisation word, tails after 'of', lexicon people before a place, generic aliases ending a \
     longer name, headings as blocks; languages-1: roles, titles and bodies of French, Spanish, \
     Portuguese, Italian, German, Russian, Ukrainian; discovery-5: leaders after 'led by' and a \
     party's 'of' or acronym, roles opening a sentence, names after a known body, men's names \
     read back to the nominative, surnames after a given name in another script; discovery-6: \
     Russian and Ukrainian bodies from their capitalised first word and in guillemets, people \
     by a given name, German candidates and scholars; discovery-7: bodies named bare in the \
     article's language and after a possessive or a size, placed with their owner; leaders after \
     mixed-case acronyms and the word for a party; Christian and Hope as given names; Cyrillic \
     given names read as states; places of business and party members are no names; members by \
     their party's adjective or possessive, a house's members (MP, TD, MLA), treasurers and \
     whips; discovery-8: parties named by words many parties share ('Labour Party'); discovery-9: \
     Turkish organisation words that end a name, Dutch, Romanian and Czech ones that head it, and \
     a Turkish case ending after a name's apostrophe; discovery-10: roles in small letters of \
     Czech, Slovak, Croatian, Serbian, Swedish, Dutch and Romanian; an acronym before a person's \
     name is no word of it; discovery-11: a body in the genitive before a Slavic given name is no \
     word of the person's name; discovery-12: a name two states' actors share (\"SNS\", \"SPD\") \
     is the one of the state its sentence or article is about; discovery-13: verbs of saying of \
     Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Polish, Romanian, Croatian, Serbian, \
     Dutch, Hungarian, Turkish and Greek; roles of Finnish, Greek, Danish and Norwegian; Romanian \
     'lui' before a man's name; 'according to' and 'for' of Romanian, Czech, Polish, Swedish and \
     Dutch opening a sentence; discovery-14: a surname people of different states share \
     stands for the one the article writes in full, else whose state it names more; \
     discovery-15: a lexicon surname that ends a longer family name ('Elke Van den Brandt') \
     is another person's; discovery-16: a Cyrillic name read back to the nominative keeps its \
     capitals ('Улан-Баторский'); a common Cyrillic given name that begins otherwise than a \
     person's Latin given names is another's ('Олена Кравчук'); a lexicon alias that is a body \
     named bare in the article's language ('Assemblée nationale') is its owner's body; a \
     Spanish or Portuguese 'Congreso/Congresso Nacional' is such a body; \
     discovery-17: a capitalised English role opening a sentence is no word of the name \
     ('Journalist Jane Roe'), nor a Portuguese verb with its pronoun ('Seguiu-se'); a body's \
     word glued to a person's name the text names is no body ('Assembleia Delfim Neves'); German \
     adjectives declined after an article are named in the nominative ('der Vaterländischen \
     Union'); a Cyrillic body's description before its name in guillemets is no name; \
     discovery-18: 'Network' ends an organisation's name ('Mandalay Peace Research Network'), \
     unless the word before it is of routes or places ('Northern Distribution Network'); a \
     broadcaster is named by 'Radio' and one word the text never writes in small letters \
     ('Radio Tamazuj'); \
     discovery-19: Greek articles opening a sentence are no word of a name ('Η Δημητρίου'); \
     roles of Greek, Slovak, Czech, Croatian, Swedish, Danish, Norwegian and Finnish scholars, \
     journalists and spokesmen; a minister of something in one word and a role hyphened after \
     a body's name are roles ('jämställdhetsminister', 'Viðreisn-formanden'); a Hungarian \
     title after a name, or possessed in its apposition, names a person ('Irakli Kobahidze \
     miniszterelnök', 'Kertész Ádám, a Nézőpont Intézet elemzője'); Scandinavian 'ledet av' \
     and 'partiet til' before a leader; a Nordic compound in 'partiet' is a party; \
     a mixed-case acronym before a name is no word of it; South Slavic given names part a \
     body in the genitive from a person's name; \
     discovery-20: a body of another language named before a bracketed acronym, translated or \
     declined so that its letters do not spell it, is named by the acronym ('Borgerrevolutionen \
     (RC)', 'Kansan demokraattisessa puolueessa (DPP)'), unless the words are of a plan, law or \
     figure ('Piano nazionale di ripresa (PNRR)'); a Romanian body in the genitive is named in \
     the nominative ('Partidului Democrat'); a person's name holds no organisation word nor a \
     Greek genitive adjective, and a role opening a sentence is no word of the body it leads \
     ('Liderul Partidului Democrat'); more Hungarian titles after a name ('tábornok', \
     'szakértője', 'munkatársa', 'szervezői') and days, months and adverbs opening a Hungarian \
     sentence ('Csütörtökön'); roles of Croatian envoys, correspondents and secretaries, Danish \
     and Norwegian correspondents and parliamentarians, Finnish directors, correspondents and \
     lecturers, Greek correspondents and Romanian generals; \
     discovery-21: a name in the possessive before a role in an apposition is whose role it \
     is ('Jane Roe, Donald Trump's senior adviser'); a verb of saying right after a quotation \
     names its speaker ('…,” cautioned Jane Roe'); directors-general, coordinators, chiefs, \
     policemen, singers, traders and bankers are roles, and 'a member of' in an apposition; \
     'foundation', 'NGO' and 'watchdog' call a name a body; a people before a body's noun \
     ('the Hutu militia') is no body; a coined name opening a sentence ('Promo-LEX, the \
     monitoring group'), and 'House of Commons' is the home state's lower house; \
     discovery-22: a name in sentence case whose initials its bracketed acronym spells, in a \
     language whose nouns do not decline, is the body's full name ('Institut de recherche pour \
     le développement (IRD)'), and a lexicon body opening it was read short ('Front de \
     libération nationale kanak et socialiste (FLNKS)'); a Cyrillic body's tail takes the noun \
     of a genitive plural adjective ('Министерство внутренних дел') and an acronym after it \
     ('Институт стран СНГ'), not an adverb after 'и'; a Polish, Czech or Slovak man's name with \
     '-a' on every word is read back to the nominative ('ministra Adama Bodnara'); a Finnish \
     place in the genitive or a local case after a person's name is no word of it ('tutkija Liis \
     Tamm Tarton yliopiston', 'Michalin Tallinnassa'); German 'Partei' before one capitalised \
     word names the party by that word ('Partei Tisza'); \
     discovery-23: an apostrophe between two vowels is inside a name ('Sana'a', 'Wa-Jama'a'; \
     Turkish writes a consonant before an ending there); two or three name words after a \
     party's word and 'of' are its leader's though written once ('the Tobago People's Party of \
     Farley Augustine'), but not a plural, a place's or a stance's ('Party of Puerto Rico'); a \
     name in the possessive before a party's name is its leader's ('Mark Golding's People's \
     National Party'); a surname dashed to a given name before another name is no surname \
     ('Kerry-Ann Lindo'); a state's capital or other one-word alias before 'Summit', \
     'Declaration', 'Agreement' and their like is where it met or signed ('the Sarajevo \
     Summit'); discovery-24: a lexicon name broken after its hyphen, as text from PDFs keeps \
     a line's end ('Secretary- General', 'Guinea- Bissau', 'Non- Aligned Movement'), is the name; discovery-25: in an \
     article known to be in another language than English or German, two or three capitalised \
     words not opening a sentence whose last the text writes again alone name a person ('Chan \
     Santokhi … Santokhi zag'), unless that word is a lexicon person's surname in another case \
     ('Petteri Orpon'); a Croatian, Serbian or Bosnian man's name in another case is read back \
     to the nominative ('Andrije Mandića', 'Milana Kneževića'), and a Hungarian name's \
     accusative or dative ending is cut when the text writes the word without it ('Juraj \
     Cintulát'); Italian, Portuguese, Spanish, French and Dutch correspondents, researchers, \
     directors and columnists, Romanian and Croatian commissioners, and Italian, Portuguese, \
     Spanish, French and Romanian verbs of saying ('osserva', 'sublinha', 'afirmă'); \
     Portuguese and Romanian 'Em', 'Ao', 'În' and Italian 'Anche' opening a sentence are no \
     word of a name; a particle before a research centre or an organisation word ends a \
     person's name ('Paolo Minervini del Centro di ricerca'); discovery-27: a capital before \
     'Treaty', 'Group', 'Round', 'Memorandum' and their like, or after 'the' before \
     'agreements', 'talks', 'summit' in lower case, is where they met ('the Minsk agreements'); \
     discovery-26: an ordinal before a meeting's word names an event, not a body ('the Ninth \
     Congress of the Socialist Unity Party of Germany'); a line that ends in 'of', 'the' or 'and' \
     is no heading, so names on the lines of a hard-broken page are read ('Mr. Atul Khare, \
     Special Representative of the'); discovery-30: every stage reads a text with plain spacing, \
     so no-break, thin and doubled spaces, tabs and CR LF read as one space or one line break, \
     and a name is written with single spaces; \
     discovery-28: a Finnish, Estonian or Scandinavian case \
     ending on a person's last word is cut where the text writes the word without it ('Andrej \
     Babišin', 'Igor Dodoni', 'Albin Kurtis'), and such a word counts as the surname written \
     again; a Finnish case word agreeing with the noun after it is no word of a name ('Sanna \
     Virtanen Ulkopoliittisesta instituutista'); a Slovak or Czech woman's name in another case \
     is read back to the nominative ('prezidentku Katalin Novákovú'), after her role in that \
     case; Bulgarian roles with their article ('президентката', 'анализаторът'), and Bulgarian \
     names are not declined back as Russian ones; Greek roles of clergy and businessmen, and a \
     Greek adjective opens no person's name ('Ελληνικό Ίδρυμα'); a role's portfolio is no word \
     of the name after it ('ministre de la Défense Téné Birahima Ouattara'); German 'von der' \
     before a body ends a person's name; Danish, Norwegian, Swedish, Finnish and Estonian \
     prepositions and adverbs opening a sentence ('Hos', 'Ifølge', 'Myös', 'Ka') and Estonian \
     and Finnish 'ja' inside a body's name ('Tegevuse ja Solidaarsuse Partei'); \
     discovery-29: a French 'd'' before a capital goes on with the name ('Democratic Party of \
     Côte d'Ivoire'), and 'N'' before a capital is inside one ('Horta N'Tam'); 'Gen' before a lone \
     capital letter is a generation, not a general ('Gen Z Madagascar'); a one-word alias after \
     'his son', 'her brother' and their like is a relative's name ('his son Saddam'); 'Independent' \
     opens a generic body ('the Independent Electoral Commission'); discovery-33: a lexicon body \
     or person after 'and' ends a body's name, the next item of a list ('the Chadian League for \
     Human Rights and Amnesty International'); \
     discovery-32: a Greek article before two Greek words names a person ('Ο Σλάβομιρ Μέντζεν', \
     'η Κάγια Κάλας'; after an oblique article only a name no case changes, 'του Γιάροσλαβ \
     Κατσίνσκι', 'τον αρχιεπίσκοπο Μπαγκράτ Γκαλστανιάν'), and a genitive after its article \
     is what a role is of ('ο δήμαρχος της Βαρσοβίας Ραφάλ Τσασκόφσκι'); a Greek adjective \
     with a diaeresis opens no person's name ('Λαϊκής'); Bulgarian and Macedonian bodies are \
     read without Russian declension, their article taken off ('Сръбската прогресивна партия', \
     'Народното събрание на Сърбия', 'Центъра за либерални стратегии', 'Висшият съд в Нови \
     Сад'); Estonian roles ('peaminister', 'peasekretär', 'teadur'); \
     discovery-31: a hard-wrapped \
     body (a mail, a PDF's text, a UN page filled to its width) is read with its soft breaks \
     as spaces, so a name, its cue and its descriptor are read across them ('says\\nAnjali \
     Thapa', 'Adam Olsen, a\\nformer Green MLA', 'Al\\nJama-ah') and a wrapped line is no \
     heading and starts no sentence";
use crate::text::{WordBits, folded_hash, occurrences};
use rustc_hash::{FxHashMap, FxHashSet};
use tokens::{
    Class, Token, is_heading, is_part_of_a_word, is_sentence_start, next_lower_word,
    previous_lower_word, runs, spaced, tokens,
};
use words::*;

mod bracketed;
mod bulgarian;
mod called;
mod company;
mod cyrillic;
mod described;
mod glued;
mod headed;
mod languages;
mod listed;
mod slavic_people;
mod tokens;
mod words;

pub(crate) use slavic_people::nominative_given_name;

/// A lexicon match in the text being read: its span, and whether it names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownSpan {
    pub start: usize,
    pub end: usize,
    pub person: bool,
    /// An organisation: a longer name that ends with it is another body
    /// ("Kenya National Commission on Human Rights").
    pub organisation: bool,
}

/// An actor found in one text: canonical name, kind, other names the text
/// gave it (an acronym), and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub count: u32,
}

/// What [`Discoverer::discover`] found: the actors, most named first, and
/// the indices of the lexicon matches that lie inside a discovered name and
/// so do not count.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found<A = Vec<Discovered>> {
    pub actors: A,
    pub shadowed: Vec<usize>,
}

/// Finds actors by the cues above; built once per lexicon.
#[derive(Debug, Default)]
pub struct Discoverer {
    /// [`folded_hash`] of every name and alias of the lexicon.
    known: FxHashSet<u64>,
}

impl Discoverer {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Discoverer {
        Discoverer {
            known: names.into_iter().map(folded_hash).collect(),
        }
    }

    /// Whether the lexicon has `name`, also when written with a hyphen for a
    /// space or a curly apostrophe: "South-West Africa People’s Organization".
    fn knows(&self, name: &str) -> bool {
        self.known.contains(&folded_hash(name))
            || name.contains(['-', '’'])
                && self
                    .known
                    .contains(&folded_hash(&name.replace('-', " ").replace('’', "'")))
    }

    /// Adds `text[start..end]`, its white space made single spaces, as a
    /// discovered actor of `kind`, unless the lexicon has the name.
    fn add_unless_known(
        &self,
        text: &str,
        kind: ActorKind,
        start: usize,
        end: usize,
        found: &mut Candidates,
    ) {
        let name = spaced(&text[start..end]);
        if !self.knows(&name) {
            found.add(name, kind, None, start, end);
        }
    }

    /// The actors `text` names that the lexicon does not. `words` are the
    /// words of `text`; `known` the lexicon's matches in it, in text order.
    /// `language` is the article's (ISO 639-1), if known: the cues of other
    /// languages than English are read unless it is English.
    pub fn discover(
        &self,
        text: &str,
        words: &WordBits,
        known: &[KnownSpan],
        language: Option<&str>,
    ) -> Found {
        let _language = languages::ArticleLanguage::set(language);
        debug_assert!(
            known.windows(2).all(|w| w[0].end <= w[1].start),
            "lexicon names come in text order and do not overlap"
        );
        let tokens = tokens(text, words);
        let mut found = Candidates {
            text,
            ..Candidates::default()
        };
        let mut redefined = Vec::new();
        let runs = runs(&tokens);
        let lone = described::lone_words(text, &tokens, &runs, known);
        for run in &runs {
            let run = &tokens[run.clone()];
            redefined.extend(self.redefined_acronym(text, run));
            self.acronym_definition(text, run, known, &mut found);
            self.titled_people(text, run, known, &mut found);
            self.described_people(text, run, known, &lone, &mut found);
            self.called_organisations(text, run, known, &mut found);
            self.organisations(text, run, known, &lone, &mut found);
            self.headed_organisations(text, run, known, &mut found);
            self.companies(text, run, known, &mut found);
            self.broadcasters(text, run, known, &mut found);
        }
        self.listed(text, &tokens, &runs, known, &lone, &mut found);
        self.cyrillic_bodies(text, &tokens, known, &mut found);
        self.slavic_people(text, &tokens, known, &mut found);
        self.un_missions(text, &tokens, &mut found);
        self.bracketed_acronyms(text, known, &mut found);
        let mut found = found.finish(text, &tokens, known);
        let places = known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.person && names_a_place_or_thing(&text[k.end..]));
        if places.clone().next().is_some() {
            found.shadowed.extend(places.map(|(i, _)| i));
            found.shadowed.sort_unstable();
            found.shadowed.dedup();
        }
        if !redefined.is_empty() {
            let redefined: FxHashSet<&str> = redefined.into_iter().collect();
            for (i, k) in known.iter().enumerate() {
                if redefined.contains(&text[k.start..k.end]) {
                    found.shadowed.push(i);
                }
            }
            found.shadowed.sort_unstable();
            found.shadowed.dedup();
        }
        found
    }

    /// "Multinational Security Support (MSS)": an acronym the lexicon knows
    /// (China's Ministry of State Security), defined here as a name it does
    /// not know; in this text the acronym is not the lexicon's.
    fn redefined_acronym<'t>(&self, text: &'t str, run: &[Token]) -> Option<&'t str> {
        let last = run.last()?;
        let acronym = parenthesised_acronym(&text[last.end..])?;
        if !self.knows(acronym) {
            return None;
        }
        let first = (0..run.len()).find(|&s| {
            run[s].class != Class::Connector && initials_match(acronym.as_bytes(), text, &run[s..])
        })?;
        let name = spaced(&text[run[first].start..last.end]);
        (!self.knows(&name)).then_some(acronym)
    }

    /// "Patriotic Front of Examplestan (PFE)".
    fn acronym_definition(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        let Some(last) = run.last() else { return };
        let Some(acronym) = parenthesised_acronym(&text[last.end..]) else {
            return;
        };
        // "(MSS) mission": a noun after the acronym says what it names.
        let after = &text[last.end..];
        let after = &after[after.find(')').map_or(after.len(), |i| i + 1)..];
        let called_after = next_lower_word(text, text.len() - after.len())
            .filter(|_| after.starts_with(' '))
            .and_then(|w| {
                called::called(w).or_else(|| is_mission_word(w).then_some(ActorKind::Organisation))
            });
        let by_initials = (0..run.len()).find(|&s| {
            run[s].class != Class::Connector && initials_match(acronym.as_bytes(), text, &run[s..])
        });
        // Initials of another language ("Civic Coalition (KO)"): the whole
        // run is the name, if an organisation word heads it.
        let first = match by_initials {
            Some(first) => first,
            // A lexicon acronym whose initials are of another language
            // ("Integrated Office in Haiti (BINUH)") is the lexicon's.
            None if self.knows(acronym) => return,
            // …or names an organisation word inside: "Central Bank of West
            // African States (BCEAO)".
            None if organisation_word(last.text(text)).is_some() => {
                usize::from(run.len() > 1 && is_function_word(run[0].text(text)))
            }
            // …or from the organisation word inside it and the capitalised
            // words before that: "Central Bank of West African States (BCEAO)".
            None => {
                let Some(head) = run
                    .iter()
                    .position(|t| organisation_word(t.text(text)).is_some())
                else {
                    return;
                };
                let mut first = head;
                while first > 0
                    && matches!(run[first - 1].class, Class::Title | Class::Caps)
                    && !is_title_at(text, run, first - 1)
                {
                    first -= 1;
                }
                if first < head && is_function_word(run[first].text(text)) {
                    first += 1;
                }
                // The name is the whole run, and one name: not "Treaty on
                // Conventional Armed Forces in Europe (CFE)", nor "the Rio
                // Group and the Latin American Economic System (SELA)".
                if first > usize::from(is_function_word(run[0].text(text)))
                    || run[first..]
                        .iter()
                        .any(|t| t.class == Class::Connector && t.text(text) == "and")
                {
                    return;
                }
                // Half its letters, at least, are initials of the name's
                // words: "Patriotic Front of Examplestan (XYZ)" is not it.
                let initials: Vec<u8> = run[first..]
                    .iter()
                    .filter(|t| t.class != Class::Connector)
                    .filter_map(|t| t.text(text).bytes().next())
                    .collect();
                let shared = acronym.bytes().filter(|b| initials.contains(b)).count();
                if 2 * shared < acronym.len() {
                    return;
                }
                first
            }
        };
        let name_tokens = &run[first..];
        let significant = name_tokens
            .iter()
            .filter(|t| t.class != Class::Connector)
            .count();
        let head = name_tokens
            .iter()
            .rev()
            .find_map(|t| organisation_word(t.text(text)));
        // Or a group of states: "Alliance of Small Island States".
        let Some(kind) = head.or(called_after).or_else(|| {
            matches!(last.text(text), "Nations" | "States" | "Countries")
                .then_some(ActorKind::Group)
        }) else {
            return;
        };
        let kind = united_nations_body(text, name_tokens).unwrap_or(kind);
        let (start, end) = (name_tokens[0].start, last.end);
        if significant < 2
            || is_heading(text, start)
            || covered(known, start, end)
            || is_part_of_a_word(text, start, end)
        {
            return;
        }
        let name = languages::nominative_head(spaced(&text[start..end]));
        if self.knows(&name) {
            return;
        }
        found.add(name, kind, Some(acronym), start, end);
    }

    /// "President Maia Sandu", "Secretary-General Kofi Annan", "Mr. John Smith".
    fn titled_people(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        // A title and a name: two words at least.
        if run.len() < 2 {
            return;
        }
        let mut i = 0;
        while i < run.len() {
            if !is_title_at(text, run, i) {
                i += 1;
                continue;
            }
            // Titles in a row ("Major General") end where the name starts.
            let mut first = i + 1;
            while first < run.len() && is_title_at(text, run, first) {
                first += 1;
            }
            let mut end = first;
            while end < run.len()
                && (matches!(run[end].class, Class::Title | Class::Initial)
                    || (end > first && is_particle(run[end].text(text))))
            {
                end += 1;
            }
            i = end.max(i + 1);
            // The name ends where the run does, or before "of", "and"…
            if end < run.len() && run[end].class != Class::Connector {
                continue;
            }
            while end > first && run[end - 1].class != Class::Title {
                end -= 1;
            }
            let name = &run[first..end];
            let words = name.iter().filter(|t| t.class != Class::Connector).count();
            // "General Waker-uz-Zaman": one word, but a whole name.
            let compound = words == 1 && is_compound_name(name[0].text(text));
            if !((2..=4).contains(&words) || compound)
                || name[0].class != Class::Title
                || name.iter().any(|t| is_not_a_name(t.text(text)))
            {
                continue;
            }
            let (start, stop) = (name[0].start, name[name.len() - 1].end);
            // A person the lexicon knows, by a name inside this one, is the lexicon's.
            if known[starting_within(known, start, stop)]
                .iter()
                .any(|k| k.person && k.end <= stop)
                || covered(known, start, stop)
                || is_heading(text, start)
                || is_part_of_a_word(text, start, stop)
            {
                continue;
            }
            self.add_unless_known(text, ActorKind::Person, start, stop, found);
        }
    }

    /// "Konrad Adenauer Foundation", "Movement for Democratic Change".
    fn organisations(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        lone: &described::LoneWords,
        found: &mut Candidates,
    ) {
        // A name and its organisation word: two words at least, or one
        // Nordic compound ending in one ("Selvstændighedspartiet").
        if run.len() < 2 {
            if let [word] = run
                && languages::is_nordic_party_compound(word.text(text))
                // "Regeringspartiet" opening a sentence is a common noun.
                && !is_sentence_start(text, word.start)
                && !covered(known, word.start, word.end)
                && !is_heading(text, word.start)
                && !is_part_of_a_word(text, word.start, word.end)
            {
                self.add_unless_known(text, ActorKind::Organisation, word.start, word.end, found);
            }
            return;
        }
        let mut h = 0;
        while h < run.len() {
            // English puts the organisation word last; names that other
            // languages head with it are read by `headed_organisations`.
            let Some(kind) = english_organisation_word(run[h].text(text)) else {
                h += 1;
                continue;
            };
            // Leftwards over capitalised words, and "and" between two of them.
            let mut first = h;
            while first > 0 {
                let before = &run[first - 1];
                let ok = match before.class {
                    Class::Title | Class::Caps => !is_title_at(text, run, first - 1),
                    // "European Coal and Steel Community"; and one word before
                    // "for": "Umi for Change Party" (not "Minister for …",
                    // nor "Jane Roe for Change Party").
                    Class::Connector => {
                        let word = before.text(text);
                        (word == "and" && !starts_a_known_actor(text, run, first, known)
                            || word == "for")
                            && first >= 2
                            && run[first - 2].class == Class::Title
                            && organisation_word(run[first - 2].text(text)).is_none()
                            && (word == "and"
                                || !is_title_at(text, run, first - 2)
                                    && (first < 3
                                        || !matches!(
                                            run[first - 3].class,
                                            Class::Title | Class::Caps
                                        )))
                    }
                    Class::Initial => false,
                };
                if !ok {
                    break;
                }
                first -= 1;
            }
            if first < h
                && is_sentence_start(text, run[first].start)
                && (is_function_word(run[first].text(text))
                    || languages::is_article(run[first].text(text)))
            {
                first += 1;
            }
            let head = h;
            let last = extend_right(text, run, h, known, lone);
            h = last + 1;
            let name = &run[first..=last];
            let kind = united_nations_body(text, name).unwrap_or(kind);
            // "… Association Process": the name goes on past the organisation
            // word; "… Police Force" is read at its last organisation word.
            let goes_on = last == head
                && run
                    .get(head + 1)
                    .is_some_and(|t| matches!(t.class, Class::Title | Class::Caps))
                || headed::goes_on_in_small_letters(text, run[last].end);
            // Capitals the lexicon knows ("UN", "EU") do not say which mission.
            let specific = |t: &Token| {
                is_specific(t.text(text), t.class)
                    && !(t.class == Class::Caps && covered(known, t.start, t.end))
            };
            if goes_on
                || name.len() < 2
                || !(name.iter().any(specific) || is_a_generic_party(text, name))
                || (run[first].text(text) == "West" && run[head].text(text) == "Bank")
                || (first == head
                    && run[head].text(text) == "Federation"
                    && !is_a_body_of_members(run[last].text(text)))
                || is_the_tail_of_a_longer_name(text, run, first)
                || name.iter().any(|t| is_month_or_weekday(t.text(text)))
                || is_a_numbered_meeting(run[first].text(text), run[head].text(text))
                || is_a_numbered_meeting(word_before(text, run[first].start), run[head].text(text))
                || run[head].text(text) == "Network"
                    && head > 0
                    && is_a_network_of_things(run[head - 1].text(text))
            {
                continue;
            }
            let (start, end) = (
                dash_joined_start(text, name[0].start),
                name[name.len() - 1].end,
            );
            // Named in full before a lexicon acronym of another language:
            // "the Integrated Office in Haiti (BINUH)" is the lexicon's.
            let run_end = run[run.len() - 1].end;
            if let Some(acronym) = parenthesised_acronym(&text[run_end..])
                && self.knows(acronym)
                && !initials_match(acronym.as_bytes(), text, &run[first..])
            {
                continue;
            }
            // A lexicon name around the whole, or around its organisation
            // word ("UN Security Council of …"), makes it the lexicon's.
            // …unless specific words before a lexicon organisation make a
            // longer name of another body: "Kenya National [Commission on
            // Human Rights]", "Russian [Security Council]".
            let lexicons_head = last_starting_by(known, run[head].start).is_some_and(|k| {
                k.start <= run[head].start
                    && k.end >= run[head].end
                    && !(k.organisation
                        && k.start > start
                        && run[first..]
                            .iter()
                            .take_while(|t| t.end <= k.start)
                            .any(specific))
            });
            if covered(known, start, end)
                || lexicons_head
                || is_heading(text, start)
                || is_part_of_a_word(text, start, end)
            {
                continue;
            }
            // "der Vaterländischen Union": German declines the adjectives
            // before the word, and the name is given in the nominative.
            let name = headed::nominative_adjectives(
                spaced(&text[start..end]),
                &text[..start],
                head - first,
            );
            if !self.knows(&name) {
                found.add(name, kind, None, start, end);
            }
        }
    }

    /// "UNMISS peacekeepers", "the MINUSMA mission".
    fn un_missions(&self, text: &str, tokens: &[Token], found: &mut Candidates) {
        for (i, t) in tokens.iter().enumerate() {
            let word = t.text(text);
            if t.class != Class::Caps || !is_un_mission_shaped(word) || self.knows(word) {
                continue;
            }
            // Not shouting: the words around it are not capitals too.
            let shouting = |j: Option<usize>| {
                j.and_then(|j| tokens.get(j)).is_some_and(|n: &Token| {
                    n.class == Class::Caps
                        && (n.start.abs_diff(t.end) < 3 || t.start.abs_diff(n.end) < 3)
                })
            };
            if shouting(i.checked_sub(1)) || shouting(Some(i + 1)) {
                continue;
            }
            let next = next_lower_word(text, t.end);
            let before = previous_lower_word(text, t.start);
            if next.is_some_and(is_mission_word) || before.is_some_and(is_mission_word) {
                found.add(
                    word.to_owned(),
                    ActorKind::Organisation,
                    None,
                    t.start,
                    t.end,
                );
            }
        }
    }
}

/// After the organisation word at `h`: "of Examplestan", "for Democratic
/// Change", "in South Sudan" (missions only); the index of the last token.
fn extend_right(
    text: &str,
    run: &[Token],
    h: usize,
    known: &[KnownSpan],
    lone: &described::LoneWords,
) -> usize {
    let mission = run[h].text(text) == "Mission";
    let mut last = h;
    let mut i = h + 1;
    while let Some(connector) = run.get(i).filter(|t| t.class == Class::Connector) {
        let word = connector.text(text);
        let allowed = match word {
            "of" | "for" | "on" | "against" => true,
            "in" => mission,
            "and" => last > h && run.get(i + 1).is_some_and(|t| t.class != Class::Connector),
            _ => false,
        };
        if !allowed {
            break;
        }
        let mut j = i + 1;
        while run
            .get(j)
            .is_some_and(|t| t.class == Class::Connector && is_article(t.text(text)))
        {
            j += 1;
        }
        let mut k = j;
        while run.get(k).is_some_and(|t| {
            matches!(t.class, Class::Title | Class::Caps) && !is_month_or_weekday(t.text(text))
        }) {
            k += 1;
        }
        if k == j
            || k - h > 12
            || word == "and" && starts_a_known_actor(text, run, j, known)
            || word == "of" && j == i + 1 && names_a_person(text, &run[j..k], known, lone)
            || word == "of"
                && j == i + 1
                && described::leads_the_party(
                    text,
                    described::party_word_before(&text[..run[j].start]),
                    &run[j..k],
                    known,
                )
        {
            break;
        }
        last = k - 1;
        i = k;
    }
    last
}

/// A lexicon person, or a lexicon body with a word of its own, that starts
/// at `run[j]`: next to "and" it is another item of a list, not more of the
/// name beside it ("the Chadian League for Human Rights and Amnesty
/// International"). A state there is often part of a body's name
/// ("Commission for Eritrea and Ethiopia"), and so are generic words that
/// the lexicon knows as one body ("the Mediation and Security Council").
fn starts_a_known_actor(text: &str, run: &[Token], j: usize, known: &[KnownSpan]) -> bool {
    let Some(first) = run.get(j) else {
        return false;
    };
    known[starting_within(known, first.start, first.start)]
        .iter()
        .any(|k| {
            k.start == first.start
                && (k.person
                    || k.organisation
                        && run[j..]
                            .iter()
                            .take_while(|t| t.end <= k.end)
                            .any(|t| is_specific(t.text(text), t.class)))
        })
}

/// "the Independence Party of Bjarni Benediktsson": two to four words after
/// "of" that make a person's name (no generic, organisation or place-like
/// word, nothing the lexicon knows but a person) and that the text says is
/// one (a lexicon person, a word of it written alone as a person's, a role
/// after it) name the party's leader, not the party.
fn names_a_person(
    text: &str,
    words: &[Token],
    known: &[KnownSpan],
    lone: &described::LoneWords,
) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    (2..=4).contains(&words.len())
        && words.iter().all(|t| {
            t.class == Class::Title
                && !is_not_a_name(t.text(text))
                && !described::is_place_like(t.text(text))
        })
        && !overlapping(known, first.start, last.end)
            .iter()
            .any(|k| !k.person)
        && (overlapping(known, first.start, last.end)
            .iter()
            .any(|k| k.person)
            || words
                .iter()
                .any(|t| lone.get(t.text(text)).is_some_and(|l| l.as_a_person))
            || described::describes_a_person_after(&text[last.end..]))
}

/// The candidates of one text, by name, with where each was found.
#[derive(Default)]
struct Candidates<'t> {
    /// The text the spans are in.
    text: &'t str,
    by_name: FxHashMap<String, Candidate>,
    /// Every (name, span) added, and every span by its start, until
    /// [`Candidates::finish`] renames and folds them: a repeat and a longer
    /// name around a span are found without reading every span (a text
    /// naming one person 100,000 times, or full of lists, made discovery
    /// quadratic: minutes for a few megabytes).
    added: FxHashSet<(String, usize, usize)>,
    spans: std::collections::BTreeSet<(usize, usize)>,
    /// The longest span added, in bytes.
    longest: usize,
}

struct Candidate {
    kind: ActorKind,
    acronym: Option<String>,
    /// Places where the acronym was defined: "(PFE)" is not a later mention.
    definitions: u32,
    spans: Vec<(usize, usize)>,
}

impl Candidates<'_> {
    /// The text's words between `start` and `end`, as byte spans, when
    /// they are as many as `name`'s; `None` otherwise.
    fn words_of(&self, name: &str, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
        let span = self.text.get(start..end)?;
        let mut words = Vec::new();
        let mut from = None;
        for (at, c) in span.char_indices().chain([(span.len(), ' ')]) {
            match (c.is_whitespace(), from) {
                (true, Some(f)) => {
                    words.push((start + f, start + at));
                    from = None;
                }
                (false, None) => from = Some(at),
                _ => {}
            }
        }
        (words.len() == name.split_whitespace().count()).then_some(words)
    }

    /// Where the `n`th word of `name` (from 1) ends in the text.
    fn word_ends(&self, name: &str, start: usize, end: usize, n: usize) -> Option<usize> {
        let words = self.words_of(name, start, end)?;
        Some(words.get(n.checked_sub(1)?)?.1)
    }

    /// Where the word after the first `n` words of `name` starts in the text.
    fn word_starts(&self, name: &str, start: usize, end: usize, n: usize) -> Option<usize> {
        Some(self.words_of(name, start, end)?.get(n)?.0)
    }

    fn add(
        &mut self,
        name: String,
        kind: ActorKind,
        acronym: Option<&str>,
        start: usize,
        end: usize,
    ) {
        // A name copied from the text keeps the text's spacing: "справ\u{a0}
        // України" and "справ України" are one name, written with one space.
        let name = match name
            .split(' ')
            .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
        {
            true => name,
            false => spaced(&name),
        };
        // "назначил Олжаса Бектенова": a man's name in another case is
        // named in the nominative.
        // Bulgarian and Macedonian names do not decline: "Гордана
        // Силяновска-Давкова" is a woman's nominative, not a man's genitive.
        let declined = !languages::reading_one_of(&["bg", "mk"]);
        let name = match kind {
            ActorKind::Person if !declined => name,
            ActorKind::Person => crate::extract::declension::mans_nominative(&name)
                .or_else(|| slavic_people::nominative_name(&name))
                .or_else(|| {
                    languages::reading_one_of(&["pl", "cs", "sk"])
                        .then(|| languages::west_slavic_mans_nominative(&name))
                        .flatten()
                })
                .or_else(|| {
                    languages::reading_one_of(&["hr", "sr", "bs", "sh"])
                        .then(|| languages::south_slavic_mans_nominative(&name))
                        .flatten()
                })
                .or_else(|| languages::west_slavic_womans_nominative(&name))
                .unwrap_or(name),
            _ => name,
        };
        // "Liderul Partidului Democrat": a name with an organisation word
        // is a body's, not the person's a role before it names.
        // Nor is a Greek adjective in the genitive ("ο ηγέτης της Εθνικής
        // Λαϊκής Δύναμης"), which no given name is.
        if kind == ActorKind::Person
            && languages::reading_other_languages()
            && (name
                .split(' ')
                .any(|w| languages::organisation_word(w).is_some())
                || name.split(' ').next().is_some_and(|w| {
                    // With a diaeresis too: "Λαϊκής", "Ευρωπαϊκή".
                    [
                        "ικής", "ικού", "ικών", "ικό", "ική", "ικός", "ικοί", "ικά", "ικές",
                        "ϊκής", "ϊκού", "ϊκών", "ϊκό", "ϊκή", "ϊκός", "ϊκοί", "ϊκά", "ϊκές",
                    ]
                    .iter()
                    .any(|e| w.ends_with(e))
                }))
        {
            return;
        }
        // "le ministre de la Défense Téné Birahima Ouattara", "minister van
        // Buitenlandse Zaken Caspar Veldkamp": the portfolio a role is of is
        // no word of the name after it.
        let (name, start) = match languages::after_a_portfolio(&name) {
            Some(dropped) if kind == ActorKind::Person => {
                let words: Vec<&str> = name.split(' ').collect();
                let start = self
                    .word_starts(&name, start, end, dropped)
                    .unwrap_or(start);
                (words[dropped..].join(" "), start)
            }
            _ => (name, start),
        };
        // "osserva Paolo Minervini del Centro di ricerca": a particle before
        // an organisation word joins the person to a body, not to more of
        // the name.
        // The cut is placed in the text by counting words: the name's
        // spacing (`spaced`) and endings (declension) need not be the text's.
        let (name, end) = match person_before_a_body(&name) {
            Some(at) if kind == ActorKind::Person => {
                let kept = name[..at].split_whitespace().count();
                let end = self.word_ends(&name, start, end, kept).unwrap_or(end);
                (name[..at].to_owned(), end)
            }
            _ => (name, end),
        };
        // "Prezes Trybunału Bogdan Święczkowski": the body before the person
        // is no part of the name.
        let (name, start) = match glued::person_after_a_genitive(&name) {
            Some(at) if kind == ActorKind::Person => {
                let dropped = name[..at].split_whitespace().count();
                let start = self
                    .word_starts(&name, start, end, dropped)
                    .unwrap_or(start);
                (name[at..].to_owned(), start)
            }
            _ => (name, start),
        };
        // "the Osaka-based party", "an Australian-listed company": a word
        // that says where a body is based or listed is no name.
        if is_a_place_of_business(&name) {
            return;
        }
        // "Nairobi-based Horn and Lakes Institute": the place is not the name.
        let (name, start) = match name.split_once(' ') {
            Some((first, rest)) if is_modifier(first) && rest.contains(' ') => {
                let start = self.word_starts(&name, start, end, 1).unwrap_or(start);
                (rest.to_owned(), start)
            }
            _ => (name, start),
        };
        // Two cues may find the same place.
        let new_place = self.added.insert((name.clone(), start, end));
        let c = self.by_name.entry(name).or_insert_with(|| Candidate {
            kind,
            acronym: None,
            definitions: 0,
            spans: Vec::new(),
        });
        if c.acronym.is_none() {
            c.acronym = acronym.map(str::to_owned);
        }
        if new_place {
            c.spans.push((start, end));
            c.definitions += u32::from(acronym.is_some());
            self.spans.insert((start, end));
            self.longest = self.longest.max(end - start);
        }
    }

    /// Whether a name found so far spans more than `start..end` and all of
    /// it ("Justice and Equality Movement" around "Equality Movement").
    fn found_around(&self, start: usize, end: usize) -> bool {
        // A span that starts before `earliest` ends before `end`.
        let earliest = end.saturating_sub(self.longest);
        if earliest > start {
            return false;
        }
        self.spans
            .range((earliest, 0)..=(start, usize::MAX))
            .any(|&(s, e)| s <= start && end <= e && (s, e) != (start, end))
    }

    /// "o antigo presidente da Assembleia Delfim Neves": a body's word
    /// glued to the name of a person the text names is the body that person
    /// led, not a body of that name. Foundations and institutes are named
    /// after people ("Fondation Jean Jaurès") and stay, and so do parties,
    /// whose adjectives may be read as a name ("Partido Demócrata Cristiano").
    fn drop_bodies_glued_to_people(&mut self) {
        let glued: Vec<String> = self
            .by_name
            .iter()
            .filter(|(name, c)| {
                c.kind != ActorKind::Person
                    && c.acronym.is_none()
                    && name.split_once(' ').is_some_and(|(head, rest)| {
                        languages::organisation_word(head) == Some(ActorKind::Organisation)
                            && !is_named_after_people(head)
                            && self
                                .by_name
                                .get(rest)
                                .is_some_and(|p| p.kind == ActorKind::Person)
                    })
            })
            .map(|(name, _)| name.clone())
            .collect();
        for name in glued {
            self.by_name.remove(&name);
        }
    }

    /// "Mr. Freitas do Amaral" is "Diogo Freitas do Amaral" when the text
    /// names one person whose name ends so.
    fn fold_shorter_names(&mut self) {
        let people: Vec<String> = self
            .by_name
            .iter()
            .filter(|(_, c)| c.kind == ActorKind::Person)
            .map(|(name, _)| name.clone())
            .collect();
        // The names each name ends (after a space), so that a short name
        // finds the longer ones by one lookup, not by reading every name.
        let mut by_ending: FxHashMap<&str, Vec<&String>> = FxHashMap::default();
        for long in &people {
            for (space, _) in long.match_indices(' ') {
                by_ending.entry(&long[space + 1..]).or_default().push(long);
            }
        }
        for short in &people {
            let longer = by_ending.get(short.as_str()).map_or(&[][..], Vec::as_slice);
            if let [long] = longer[..]
                && let Some(folded) = self.by_name.remove(short)
                && let Some(c) = self.by_name.get_mut(long)
            {
                c.spans.extend(folded.spans);
            }
        }
    }

    /// People's names that took in a Finnish word in the genitive or a
    /// local case after them ("Liis Tamm Tarton [yliopiston]", "Michalin
    /// Tallinnassa") are named without it, or dropped if one word is left.
    fn cut_finnish_case_words(&mut self, text: &str) {
        let cut: Vec<String> = self
            .by_name
            .iter()
            .filter(|(_, c)| c.kind == ActorKind::Person)
            .filter(|(name, c)| {
                c.spans.first().is_some_and(|&(_, e)| {
                    languages::finnish_name_without_case_word(name, &text[e..]).is_some()
                })
            })
            .map(|(name, _)| name.clone())
            .collect();
        for name in cut {
            let Some(c) = self.by_name.remove(&name) else {
                continue;
            };
            let after = c.spans.first().map_or("", |&(_, e)| &text[e..]);
            let Some(rest) = languages::finnish_name_without_case_word(&name, after) else {
                continue;
            };
            if rest.is_empty() {
                continue;
            }
            let kept = rest.split_whitespace().count();
            for &(s, e) in &c.spans {
                let e = self.word_ends(&name, s, e, kept).unwrap_or(e);
                self.add(rest.to_owned(), c.kind, None, s, e);
            }
        }
    }

    /// People's names read with a Hungarian case ending ("Juraj Cintulát")
    /// are named without it when the text writes the word so too ("Cintula
    /// védője"): a name may end in those letters ("Judit", "Albert").
    fn cut_hungarian_case_endings(&mut self, text: &str) {
        let cut: Vec<(String, String)> = self
            .by_name
            .iter()
            .filter(|(_, c)| c.kind == ActorKind::Person)
            .filter_map(|(name, _)| {
                let bare = languages::hungarian_name_without_case_ending(name)?;
                let word = bare.rsplit(' ').next()?.to_owned();
                occurrences(text, &word)
                    .any(|at| {
                        !text[at + word.len()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                    })
                    .then(|| (name.clone(), bare))
            })
            .collect();
        self.rename(cut);
    }

    /// Each candidate `(name, new)` found again under its new name, at the
    /// same places: the name it was read with carried a case ending.
    fn rename(&mut self, renamed: Vec<(String, String)>) {
        for (name, new) in renamed {
            if let Some(c) = self.by_name.remove(&name) {
                for &(s, e) in &c.spans {
                    self.add(new.clone(), c.kind, None, s, e);
                }
            }
        }
    }

    /// People's names read with a Finnish, Estonian or Scandinavian case
    /// ending on their last word ("Andrej Babišin", "Igor Dodoni", "Albin
    /// Kurtis") are named without it when the text writes the word so too
    /// ("Babiš ilmoitti"): a name may end in those letters ("Virtanen").
    fn cut_case_endings(&mut self, text: &str) {
        let written_alone = |word: &str| {
            occurrences(text, word).any(|at| {
                !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !text[at + word.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
        };
        let cut: Vec<(String, String)> = self
            .by_name
            .iter()
            .filter(|(_, c)| c.kind == ActorKind::Person)
            .filter_map(|(name, _)| {
                let (rest, last) = name.rsplit_once(' ')?;
                let bare = languages::without_case_endings(last).find(|b| written_alone(b))?;
                Some((name.clone(), format!("{rest} {bare}")))
            })
            .collect();
        self.rename(cut);
    }

    /// Folds later mentions (an acronym, a bare surname) into the actors and
    /// says which lexicon matches their names hide.
    fn finish(mut self, text: &str, tokens: &[Token], known: &[KnownSpan]) -> Found {
        if self.by_name.is_empty() {
            return Found::default();
        }
        if languages::reading_one_of(&["fi"]) {
            self.cut_finnish_case_words(text);
        }
        if languages::reading_one_of(&["hu"]) {
            self.cut_hungarian_case_endings(text);
        }
        self.cut_case_endings(text);
        self.drop_bodies_glued_to_people();
        self.fold_shorter_names();
        // A surname joins its person only when one person of the text has it,
        // a lexicon person included: beside "Javier Milei", a bare "Milei"
        // is not his sister Karina's.
        let mut surnames: FxHashMap<&str, usize> = FxHashMap::default();
        for (name, c) in &self.by_name {
            if c.kind == ActorKind::Person
                && let Some(last) = name.rsplit(' ').next()
            {
                *surnames.entry(last).or_default() += 1;
            }
        }
        for k in known.iter().filter(|k| k.person) {
            if let Some(n) = text[k.start..k.end]
                .split_whitespace()
                .next_back()
                .and_then(|last| surnames.get_mut(last))
            {
                *n += 1;
            }
        }
        // How often the acronyms and surnames occur as capitalised words
        // (only those: counting every capitalised word was 4% of extraction).
        let mut occurrences: FxHashMap<&str, u32> = FxHashMap::default();
        for (name, c) in &self.by_name {
            occurrences.extend(c.acronym.as_deref().map(|a| (a, 0)));
            if c.kind == ActorKind::Person {
                occurrences.extend(name.rsplit(' ').next().map(|s| (s, 0)));
            }
        }
        for t in tokens
            .iter()
            .filter(|t| matches!(t.class, Class::Title | Class::Caps))
        {
            if let Some(n) = occurrences.get_mut(t.text(text)) {
                *n += 1;
            }
        }
        let mut shadowed = Vec::new();
        let mut actors: Vec<Discovered> = Vec::new();
        let acronyms: FxHashSet<&str> = self
            .by_name
            .values()
            .filter_map(|c| c.acronym.as_deref())
            .collect();
        for (name, c) in &self.by_name {
            // A UN mission acronym defined elsewhere in the text is that definition.
            if acronyms.contains(name.as_str()) {
                continue;
            }
            let mut count = c.spans.len() as u32;
            let in_a_name = |word: &str| {
                c.spans
                    .iter()
                    .filter(|&&(s, e)| text[s..e].split_whitespace().any(|w| w == word))
                    .count() as u32
            };
            // Later "PFE"s, beside the definitions' own.
            if let Some(acronym) = &c.acronym {
                count += occurrences
                    .get(acronym.as_str())
                    .map_or(0, |&n| n.saturating_sub(c.definitions));
            }
            if c.kind == ActorKind::Person
                && let Some(surname) = name.rsplit(' ').next()
                && surnames.get(surname) == Some(&1)
            {
                count += occurrences
                    .get(surname)
                    .map_or(0, |&n| n.saturating_sub(in_a_name(surname)));
            }
            // Lexicon names inside this name's spans (known is in text
            // order: only those starting within a span are read).
            for &(s, e) in &c.spans {
                let within = starting_within(known, s, e);
                for (i, k) in within.clone().zip(&known[within]) {
                    let inside = k.end <= e && (k.start, k.end) != (s, e);
                    // "Central Committee of the Examplist Party": the party's own
                    // body; its name still names the party.
                    let tail = k.start > s
                        && k.end == e
                        && !text[s..k.start].ends_with(" of the ")
                        && !text[s..k.start].ends_with(" of ");
                    // "Front de libération nationale kanak et socialiste
                    // (FLNKS)": a lexicon body that opens a longer name
                    // defined by its acronym and going on in small letters
                    // was a sentence-case name read short.
                    let read_short = k.start == s
                        && k.end < e
                        && k.organisation
                        && c.acronym.is_some()
                        && !text[k.end..e].chars().any(char::is_uppercase);
                    if inside && (k.person || c.kind == ActorKind::Person)
                        || (tail || read_short) && k.organisation && c.kind != ActorKind::Person
                    {
                        shadowed.push(i);
                    }
                }
            }
            actors.push(Discovered {
                name: name.clone(),
                kind: c.kind,
                aliases: c.acronym.iter().cloned().collect(),
                count,
            });
        }
        actors.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        shadowed.sort_unstable();
        shadowed.dedup();
        Found { actors, shadowed }
    }
}

/// Where a person's name ends in `name` (a byte offset) when a particle and
/// an organisation word follow it: "Paolo Minervini del Centro" → "Paolo
/// Minervini"; `None` when none does ("Guillermo del Toro"). Research
/// centres, universities and foundations count, which the organisation
/// words leave to the names they head.
fn person_before_a_body(name: &str) -> Option<usize> {
    let mut at = 0;
    let mut words = name.split(' ').peekable();
    let mut seen = 0;
    while let Some(word) = words.next() {
        // German "Miriam Kessler von der Kieler Gesellschaft für …": "von
        // der" before a body's name ("Ursula von der Leyen" is one name).
        if seen >= 2
            && matches!(word, "von" | "vom")
            && name[at + word.len()..]
                .split(' ')
                .skip_while(|w| w.is_empty() || matches!(*w, "der" | "dem" | "des"))
                .take(2)
                .any(|w| is_a_german_body_noun(w) || languages::organisation_word(w).is_some())
        {
            return Some(at - 1);
        }
        if seen >= 2
            && matches!(
                word,
                "del" | "della" | "dello" | "dei" | "do" | "da" | "dos" | "di"
            )
            && words.peek().is_some_and(|next| {
                languages::organisation_word(next).is_some()
                    || matches!(
                        *next,
                        "Centro"
                            | "Istituto"
                            | "Instituto"
                            | "Università"
                            | "Universidade"
                            | "Universidad"
                            | "Osservatorio"
                            | "Observatório"
                            | "Observatorio"
                            | "Fondazione"
                            | "Fundação"
                            | "Fundación"
                    )
            })
        {
            return Some(at - 1);
        }
        at += word.len() + 1;
        seen += 1;
    }
    None
}

/// German nouns that end a body's name after an adjective ("Kieler
/// Gesellschaft", "Freie Universität"), which no surname is.
fn is_a_german_body_noun(word: &str) -> bool {
    matches!(
        word,
        "Gesellschaft"
            | "Universität"
            | "Hochschule"
            | "Akademie"
            | "Forschungsgruppe"
            | "Stiftung"
            | "Institut"
            | "Zentrum"
            | "Bundesbank"
            | "Zeitung"
    )
}

/// Organisation words of bodies that are often named after a person.
fn is_named_after_people(head: &str) -> bool {
    matches!(
        head,
        "Fondation"
            | "Fundación"
            | "Fundação"
            | "Fondazione"
            | "Stiftung"
            | "Stichting"
            | "Fundația"
            | "Fundaţia"
            | "Institut"
            | "Instituto"
            | "Istituto"
            | "Instituut"
            | "Institutul"
            | "Centrul"
    )
}

/// The word before `at`, past white space ("20th" before "Congress").
fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// "Osaka-based", "Australian-listed": one word saying where a body is
/// based, listed or registered.
fn is_a_place_of_business(name: &str) -> bool {
    !name.contains(' ')
        && ["-based", "-listed", "-registered", "-headquartered"]
            .iter()
            .any(|end| name.ends_with(end))
}

/// " University", " International Airport", " Prize": a person's name
/// before these words names a place or a thing after them ("Nnamdi Azikiwe
/// University"), not the person.
fn names_a_place_or_thing(after: &str) -> bool {
    const NOUNS: &[&str] = &[
        "University",
        "College",
        "School",
        "Airport",
        "International Airport",
        "Stadium",
        "Hospital",
        "Street",
        "Avenue",
        "Boulevard",
        "Road",
        "Highway",
        "Square",
        "Bridge",
        "Dam",
        "Park",
        "Museum",
        "Library",
        "Memorial",
        "Prize",
        "Award",
        "Doctrine",
        "Plan",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    NOUNS.iter().any(|noun| {
        rest.strip_prefix(noun)
            .is_some_and(|r| !r.chars().next().is_some_and(char::is_alphanumeric))
    })
}

/// "Federation of Thai Industries", "… of Fishing Vessel Owners": what a
/// federation of members (not of states: "Federation of Malaya") ends with.
fn is_a_body_of_members(word: &str) -> bool {
    matches!(
        word,
        "Industries"
            | "Industry"
            | "Unions"
            | "Workers"
            | "Employers"
            | "Owners"
            | "Journalists"
            | "Chambers"
            | "Enterprises"
            | "Cooperatives"
            | "Associations"
            | "Producers"
            | "Exporters"
            | "Manufacturers"
            | "Farmers"
            | "Students"
            | "Women"
            | "Societies"
            | "Clubs"
    )
}

/// "Joint Chiefs of Staff Committee": a name that starts right after a
/// capitalised word and "of" is the end of a longer one, which says
/// whose committee it is; "Staff Committee" alone is not a body ("Jane Roe
/// of the Heron Party" names a party by its article). A title
/// ("President of the Security Council") or a body ("Central Committee of
/// the Communist Party") before "of" is no such word.
fn is_the_tail_of_a_longer_name(text: &str, run: &[Token], first: usize) -> bool {
    let i = first;
    i >= 2
        && run[i - 1].class == Class::Connector
        && run[i - 1].text(text) == "of"
        && matches!(run[i - 2].class, Class::Title | Class::Caps)
        && !is_title_at(text, run, i - 2)
        && organisation_word(run[i - 2].text(text)).is_none()
}

/// Where a name whose first word is joined to a capitalised word by an en
/// dash starts: "Green–Left Front" is one name, not "Left Front".
fn dash_joined_start(text: &str, start: usize) -> usize {
    let Some(before) = text[..start].strip_suffix('–') else {
        return start;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    if capital && word.chars().count() >= 2 {
        before.len() - word.len()
    } else {
        start
    }
}

/// "Waker-uz-Zaman", "Zia-ul-Haq": capitalised parts joined by a small
/// particle, a name of its own (unlike "Boutros-Ghali", a surname).
fn is_compound_name(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() >= 3
        && parts
            .first()
            .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
        && parts
            .last()
            .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
        && parts[1..parts.len() - 1]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// "(PFE)" at the start of `after` (after white space): the acronym.
fn parenthesised_acronym(after: &str) -> Option<&str> {
    let rest = after.trim_start_matches([' ', '\t']).strip_prefix('(')?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    let acronym = &rest[..len];
    (rest[len..].starts_with(')')
        && (2..=10).contains(&len)
        && acronym.as_bytes()[0].is_ascii_uppercase())
    .then_some(acronym)
}

/// Whether the acronym spells the name's words: each word (connectors may
/// be left out) gives its initial and perhaps more of its letters in order
/// ("UNMISS": United Nations MIssion South Sudan).
fn initials_match(acronym: &[u8], text: &str, words: &[Token]) -> bool {
    fn go(acronym: &[u8], words: &[&[u8]], optional: &[bool]) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return acronym.is_empty();
        };
        if optional[0] && go(acronym, rest, &optional[1..]) {
            return true;
        }
        let Some((&letter, acronym_rest)) = acronym.split_first() else {
            return false;
        };
        if !word
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case(&letter))
        {
            return false;
        }
        // Take the initial, then any later letters of the same word in order.
        let mut taken = acronym_rest;
        let mut from = 1;
        loop {
            if go(taken, rest, &optional[1..]) {
                return true;
            }
            let Some((&next, after)) = taken.split_first() else {
                return false;
            };
            match word[from..]
                .iter()
                .position(|c| c.eq_ignore_ascii_case(&next))
            {
                Some(p) => {
                    from += p + 1;
                    taken = after;
                }
                None => return false,
            }
        }
    }
    if words.len() > 12 {
        return false;
    }
    let letters: Vec<&[u8]> = words.iter().map(|t| t.text(text).as_bytes()).collect();
    let optional: Vec<bool> = words.iter().map(|t| t.class == Class::Connector).collect();
    go(acronym, &letters, &optional)
}

/// "United Nations …" names a UN body, an organisation whatever its last word.
fn united_nations_body(text: &str, name: &[Token]) -> Option<ActorKind> {
    let first = name.first()?.text(text);
    (first == "UN" || first == "United" && name.get(1).is_some_and(|t| t.text(text) == "Nations"))
        .then_some(ActorKind::Organisation)
}

/// True when a lexicon match spans all of `start..end`.
/// The indices of the spans of `known` (in text order) that start within
/// `start..=end`.
fn starting_within(known: &[KnownSpan], start: usize, end: usize) -> std::ops::Range<usize> {
    known.partition_point(|k| k.start < start)..known.partition_point(|k| k.start <= end)
}

/// True when a lexicon name holds `start..end` (not empty). Names come in
/// text order and do not overlap (the gazetteer keeps the longest), so only
/// the last to start at or before `start` can: a search, not a scan of
/// every name for every candidate, which made long texts quadratic.
fn covered(known: &[KnownSpan], start: usize, end: usize) -> bool {
    last_starting_by(known, start).is_some_and(|k| k.end >= end)
}

/// The lexicon names that overlap `start..end`. Names come in text order
/// and do not overlap (see [`covered`]), so those are one run of `known`,
/// found by two searches instead of a scan of every name.
pub(super) fn overlapping(known: &[KnownSpan], start: usize, end: usize) -> &[KnownSpan] {
    let from = known.partition_point(|k| k.end <= start);
    let to = known.partition_point(|k| k.start < end);
    &known[from..to.max(from)]
}

/// The last lexicon name to start at or before byte `at`: the only one that
/// may hold `at` (see [`covered`]).
pub(super) fn last_starting_by(known: &[KnownSpan], at: usize) -> Option<&KnownSpan> {
    known[..known.partition_point(|k| k.start <= at)].last()
}

#[cfg(test)]
mod tests;
