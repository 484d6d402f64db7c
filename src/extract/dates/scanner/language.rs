//! Year cues that mean a year only in the article's language, read where
//! its [`Language`] says so: Danish, Norwegian and Swedish "i 2016" is "in
//! 2016", but "i" is "and" in Polish, Croatian and Czech and "the" in
//! Italian ("i 2000 soldati" is a count); Lithuanian "2030 m." is a year
//! ("metais"), but "2000 m." elsewhere is a distance. Finnish and Estonian
//! words around a year, and Lithuanian and Estonian dates, are here too;
//! Hungarian dates have a module of their own.

use super::Scanner;
use crate::article::date::PartialDate;
use crate::extract::dates::tokens::Kind;
use crate::extract::dates::words::in_list;

/// The article's language as the scanner needs it: the groups whose words
/// show a year in them and mean something else in other languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(in crate::extract::dates) enum Language {
    /// Danish, Norwegian (both written forms) and Swedish, which share
    /// their prepositions; a text in one is often detected as another.
    Scandinavian,
    Finnish,
    Estonian,
    Lithuanian,
    Hungarian,
    /// Czech and Slovak, whose verbs' "-ou" is no past and whose past
    /// ends in "-l", "-la", "-li", "-ly", "-lo".
    CzechSlovak,
    /// German, whose clauses put a verb, an adverb or an article right
    /// after a year ("Schon 2024 war", "der 2025 das Amt übernommen
    /// hatte") where a count stands before its noun.
    German,
    /// Any other language, or none known: only the shared cues are read.
    #[default]
    Other,
}

impl Language {
    /// The group of an ISO 639-1 code (`None`: not known).
    pub(in crate::extract::dates) fn of(code: Option<&str>) -> Language {
        match code {
            Some("da" | "nb" | "nn" | "no" | "sv") => Language::Scandinavian,
            Some("fi") => Language::Finnish,
            Some("et") => Language::Estonian,
            Some("lt") => Language::Lithuanian,
            Some("hu") => Language::Hungarian,
            Some("cs" | "sk") => Language::CzechSlovak,
            Some("de") => Language::German,
            _ => Language::Other,
        }
    }

    /// Words of this language right before a year that make it one
    /// ("siden 2013", "vasta 2027", "alates 2011").
    fn cues_before(self) -> &'static [&'static str] {
        match self {
            Language::Scandinavian => SCANDINAVIAN_CUES,
            Language::Finnish => FINNISH_CUES,
            Language::Estonian => ESTONIAN_CUES,
            Language::Lithuanian => LITHUANIAN_CUES,
            Language::Hungarian => HUNGARIAN_CUES,
            Language::German => GERMAN_CUES,
            Language::CzechSlovak | Language::Other => &[],
        }
    }

    /// Words of this language right after a year that make it one
    /// ("2030 mennessä", "2019 jälkeen").
    fn cues_after(self) -> &'static [&'static str] {
        match self {
            Language::Finnish => FINNISH_CUES_AFTER,
            _ => &[],
        }
    }
}

/// Danish, Norwegian and Swedish: in, since, from, until, by, at the
/// latest or earliest, before, after, between, around, and the seasons in
/// their definite forms ("Sommeren 2024", "I foråret 2025", "våren 2027").
const SCANDINAVIAN_CUES: &[&str] = &[
    "i",
    "siden",
    "sedan",
    "fra",
    "från",
    "til",
    "till",
    "innen",
    "inden",
    "innan",
    "senest",
    "senast",
    "tidligst",
    "tidigast",
    "før",
    "för",
    "etter",
    "efter",
    "mellom",
    "mellem",
    "mellan",
    "omkring",
    "foråret",
    "forår",
    "våren",
    "sommeren",
    "sommaren",
    "sommer",
    "sommar",
    "høsten",
    "hösten",
    "efteråret",
    "vinteren",
    "vintern",
    // "a new 2011", "repeat 2014": a year as the object ("»2026 bliver
    // ikke et nyt 2011«", "Vi kan ikke gjenta 2014").
    "nyt",
    "nytt",
    "gentage",
    "gjenta",
    "upprepa",
];

/// German parts of a year and seasons before it ("bis Mitte 2026",
/// "Ende 2027", "im Frühjahr 2025"), after which the noun that follows is
/// no count's ("bis Mitte 2026 Vorschläge machen").
const GERMAN_CUES: &[&str] = &[
    "mitte",
    "ende",
    "anfang",
    "frühjahr",
    "frühling",
    "sommer",
    "herbst",
    "winter",
];

/// German words right after a year that no count stands before, as a
/// count goes on to its noun: the past of "to be" and the modal verbs
/// ("Schon 2024 war", "2022 musste der Bundestag"), "nicht" ("2025 nicht
/// mehr"), "about" ("2023 rund 270.000 Menschen"), and an article or a
/// pronoun opening the rest of a clause ("der 2025 das Amt übernommen
/// hatte"). Not "der" or "des", the partitive "2000 der Befragten".
const GERMAN_WORDS_AFTER_YEAR: &[&str] = &[
    "war", "waren", "musste", "mussten", "muss", "müssen", "konnte", "konnten", "kann", "können",
    "sollte", "sollten", "soll", "wollte", "will", "durfte", "nicht", "rund", "etwa", "knapp",
    "das", "den", "dem", "die", "ein", "eine", "einen", "einem", "einer", "sich", "es", "er",
    "sie", "wir",
];

/// Danish, Norwegian and Swedish verbs of repeating before their
/// negation and a year ("Vi gentager ikke 1992", "vi gjentar ikke 2013").
const SCANDINAVIAN_REPEAT: &[&str] = &[
    "gentage", "gentager", "gentar", "gjenta", "gjentar", "upprepa", "upprepar",
];

/// Danish, Norwegian and Swedish passives of holding before a year that
/// ends its phrase ("Nästa val hålls 2029.", "valget avholdes 2027").
const SCANDINAVIAN_HELD: &[&str] = &["hålls", "hölls", "holdes", "avholdes", "afholdes"];

/// Stems of the Hungarian verbs of repeating after a year ("hogy 2006
/// megismétlődjön", "2010 ismétlődik meg").
const HUNGARIAN_REPEAT_STEMS: &[&str] = &["megismétl", "ismétlőd"];

/// Czech and Slovak verbs right after "od" or "do" and a year ("Od 1993
/// je Slovensko …"), where a count would go on to its noun ("od 2000
/// korun").
const CZECH_SLOVAK_VERBS_AFTER_YEAR: &[&str] = &[
    "je", "jsou", "sú", "byl", "byla", "bylo", "byly", "bol", "bola", "bolo", "boli", "bude",
    "budou", "budú", "platí", "se", "sa", "má", "mají", "majú",
];

/// Lithuanian "year" in the cases a year takes it without "m." ("biudžetą
/// 2025 metams", "2008 metų klaidų"); not after the words of a span of
/// years ("prieš 2000 metų", 2000 years ago).
const LITHUANIAN_YEAR_WORDS: &[&str] = &["metai", "metų", "metams", "metais", "metus"];
const LITHUANIAN_SPAN_BEFORE: &[&str] = &["prieš", "per", "apie", "beveik", "daugiau", "mažiau"];

/// Hungarian "egy új 2002" (a new 2002).
const HUNGARIAN_CUES: &[&str] = &["új"];

/// Verbs that a Danish, Norwegian or Swedish clause puts right after a
/// phrase that opens it ("I 2019 og 2022 var pensionsalderen"), where a
/// count would be followed by its noun.
const SCANDINAVIAN_VERBS: &[&str] = &[
    "er", "var", "har", "hade", "havde", "hadde", "blev", "ble", "blir", "bliver", "är", "vil",
    "skal", "ska", "kan", "kom", "fik", "fikk", "fick", "gik", "gikk", "gick",
];

/// Finnish: only (as late as), before, and the partitive of "year"
/// ("vaalit ovat vasta 2027", "ennen 2030", "toista vuotta 2015").
const FINNISH_CUES: &[&str] = &["vasta", "ennen", "vuotta"];

/// Finnish postpositions after a year: by, after, until, from, before.
const FINNISH_CUES_AFTER: &[&str] = &[
    "mennessä",
    "jälkeen",
    "asti",
    "saakka",
    "alkaen",
    "lähtien",
    "aikana",
];

/// Estonian: since, until, before, after, in the year(s), and the seasons
/// ("alates 2011", "kuni 2030", "enne 2027", "aastatel 2019–2023").
const ESTONIAN_CUES: &[&str] = &[
    "alates", "kuni", "enne", "pärast", "aastal", "aastatel", "kevadel", "suvel", "sügisel",
    "talvel",
];

/// Lithuanian: until, from, after, before, since ("iki 2030", "nuo 2019").
const LITHUANIAN_CUES: &[&str] = &["iki", "nuo", "po", "prieš"];

/// Lithuanian endings a hyphen glues to a year, the ordinal "year" in its
/// cases ("2015-aisiais", "2026-ieji", "iki 2030-ųjų").
const LITHUANIAN_YEAR_ENDINGS: &[&str] =
    &["aisiais", "ieji", "ųjų", "uosius", "ajame", "asis", "uoju"];

/// Estonian "year" after a year with its ordinal dot ("2028. aastani",
/// "2024. aasta juulis", "2019. aastat").
const ESTONIAN_YEAR_WORDS: &[&str] = &[
    "aasta", "aastal", "aastani", "aastast", "aastat", "aastaks", "aastaga", "aastale", "aastatel",
    "aastate", "aastaid",
];

/// The case endings of an Estonian month after "aasta": in, from, until,
/// on ("juulis", "märtsist", "detsembrini", "jaanuaril").
const ESTONIAN_MONTH_ENDINGS: &[&str] = &["is", "ist", "ini", "il", "iks"];

/// Lithuanian months in the genitive, before a day ("vasario 24 d."), and
/// in the accusative, alone ("2028 m. spalį", in October 2028).
const LITHUANIAN_MONTHS: [(&str, &str); 12] = [
    ("sausio", "sausį"),
    ("vasario", "vasarį"),
    ("kovo", "kovą"),
    ("balandžio", "balandį"),
    ("gegužės", "gegužę"),
    ("birželio", "birželį"),
    ("liepos", "liepą"),
    ("rugpjūčio", "rugpjūtį"),
    ("rugsėjo", "rugsėjį"),
    ("spalio", "spalį"),
    ("lapkričio", "lapkritį"),
    ("gruodžio", "gruodį"),
];

impl Scanner<'_> {
    /// The word at `after`, which follows a list of two years linked by
    /// "og", "och" or "eller", is the verb a Scandinavian clause puts
    /// second, one of the common ones or a weak past ("styrde", "samlede"):
    /// the list opened the clause, and counted nothing.
    pub(super) fn verb_after_a_nordic_list(&self, link: usize, after: usize) -> bool {
        let w = self.str(after);
        let weak_past = w.len() >= 5 && w.ends_with("de") && w.starts_with(char::is_lowercase);
        self.language == Language::Scandinavian
            && self.word_in(link, &["og", "och", "eller"])
            && (self.word_in(after, SCANDINAVIAN_VERBS) || weak_past)
    }

    /// Estonian "2024. aasta juulis" (in July 2024): the year with its
    /// ordinal dot, "aasta" (the year's), then the month in a case.
    pub(super) fn estonian_year_month(&mut self, i: usize) -> Option<usize> {
        if !(self.glued(i + 1) && self.punct_in(i + 1, ".") && self.is_word(i + 2, "aasta")) {
            return None;
        }
        let y = i32::try_from(self.number(i, 4..=4)?).ok()?;
        let month = self.str(i + 3);
        let m = crate::article::date::vocabulary::month_of_other_languages(month)
            .filter(|_| self.kind(i + 3) == Some(Kind::Word))?;
        if !super::ANY_YEAR.contains(&y)
            || !ESTONIAN_MONTH_ENDINGS.iter().any(|e| month.ends_with(e))
        {
            return None;
        }
        self.push_opt(PartialDate::month(y, m), i, i + 3);
        Some(i + 4)
    }

    /// Lithuanian "2022 m. vasario 24 d." (a day), "2028 m. spalį" and
    /// "2024 m. gegužės mėn." (a month), and "2030 m." (a year): the year
    /// first, "m." for "metais", then the month and day.
    pub(super) fn lithuanian_date(&mut self, i: usize) -> Option<usize> {
        if self.language != Language::Lithuanian || !self.is_word(i + 1, "m") {
            return None;
        }
        let y = i32::try_from(self.number(i, 4..=4)?).ok()?;
        if !(super::ANY_YEAR.contains(&y) && self.glued(i + 2) && self.punct_in(i + 2, ".")) {
            return None;
        }
        let at = i + 3;
        let w = self.str(at).to_lowercase();
        let genitive = LITHUANIAN_MONTHS.iter().position(|(g, _)| *g == w);
        let accusative = LITHUANIAN_MONTHS.iter().position(|(_, a)| *a == w);
        if let Some(m) = genitive {
            let m = m as u8 + 1;
            let day = self
                .number(at + 1, 1..=2)
                .and_then(|d| u8::try_from(d).ok())
                .filter(|d| (1..=31).contains(d));
            if let Some(d) = day
                && self.is_word(at + 2, "d")
            {
                self.push_opt(PartialDate::day(y, m, d), i, at + 2);
                return Some(at + 3);
            }
            if self.is_word(at + 1, "mėn") {
                self.push_opt(PartialDate::month(y, m), i, at + 1);
                return Some(at + 2);
            }
        }
        if let Some(m) = accusative {
            self.push_opt(PartialDate::month(y, m as u8 + 1), i, at);
            return Some(at + 1);
        }
        None
    }

    /// A word of the article's language right before the year at `i` that
    /// makes it a year, where it means something else elsewhere.
    pub(super) fn cue_of_the_language(&self, p: usize) -> bool {
        self.kind(p) == Some(Kind::Word) && in_list(self.language.cues_before(), self.str(p))
    }

    /// The year at `i` shown by the words around it in the article's
    /// language: a postposition (Finnish "2030 mennessä"), Lithuanian "m."
    /// ("2030 m.", not where a month follows it: that is a date of its own)
    /// and its ordinal endings ("2015-aisiais"), and Estonian "aasta" after
    /// the ordinal dot ("2028. aastani").
    pub(super) fn year_in_the_language(&self, i: usize) -> bool {
        let next = i + 1;
        if in_list(self.language.cues_after(), self.str(next))
            && self.kind(next) == Some(Kind::Word)
        {
            return true;
        }
        let prev = i.checked_sub(1);
        let ends_phrase = self.phrase_ends_at(next, "%-–/(", &[]);
        match self.language {
            Language::German
                if self.word_in(next, GERMAN_WORDS_AFTER_YEAR)
                    && super::WEAK_YEAR
                        .contains(&self.year_at(i, &super::CUED_YEAR).unwrap_or(0)) =>
            {
                return true;
            }
            Language::Scandinavian
                if prev.is_some_and(|p| {
                    self.word_in(p, &["ikke", "inte"])
                        && p.checked_sub(1)
                            .is_some_and(|v| self.word_in(v, SCANDINAVIAN_REPEAT))
                }) =>
            {
                return true;
            }
            // Swedish "Nästa val hålls 2029.", where a count would go on to
            // its noun ("hålls 2000 möten").
            Language::Scandinavian
                if ends_phrase && prev.is_some_and(|p| self.word_in(p, SCANDINAVIAN_HELD)) =>
            {
                return true;
            }
            // Hungarian "hogy 2006 megismétlődjön": a year before a verb of
            // repeating.
            Language::Hungarian
                if self.kind(next) == Some(Kind::Word)
                    && HUNGARIAN_REPEAT_STEMS
                        .iter()
                        .any(|stem| self.str(next).to_lowercase().starts_with(stem)) =>
            {
                return true;
            }
            Language::CzechSlovak
                if prev.is_some_and(|p| self.word_in(p, &["od", "do"]))
                    && (ends_phrase || self.word_in(next, CZECH_SLOVAK_VERBS_AFTER_YEAR)) =>
            {
                return true;
            }
            Language::Lithuanian
                if self.word_in(next, LITHUANIAN_YEAR_WORDS)
                    && !prev.is_some_and(|p| self.word_in(p, LITHUANIAN_SPAN_BEFORE)) =>
            {
                return true;
            }
            _ => {}
        }
        // Estonian writes its "year" words only after a year, words no
        // other language has: no language gate is needed.
        if self.glued(next)
            && self.punct_in(next, ".")
            && self.word_in(next + 1, ESTONIAN_YEAR_WORDS)
        {
            return true;
        }
        if self.language != Language::Lithuanian {
            return false;
        }
        if self.glued(next)
            && self.punct_in(next, "-‑")
            && self.word_in(next + 1, LITHUANIAN_YEAR_ENDINGS)
        {
            return true;
        }
        self.is_word(next, "m") && self.glued(next + 1) && self.punct_in(next + 1, ".")
    }
}
