//! Bare four-digit numbers that their context shows to be years ("in 2014",
//! "the 1967 borders", "2015 was"), and the lists and ranges they open
//! ("2014, 2015 and 2016", "1991-1995").

use super::{CUED_YEAR, Scanner, WEAK_YEAR};
use crate::article::date::PartialDate;
use crate::extract::dates::tokens::Kind;
use crate::extract::dates::words::*;

/// What kind of word shows that a number is a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "mid-2023", "post-2015": a year whatever follows.
    Hyphen,
    /// "in", "since", "until": a year unless a unit or a name follows.
    Temporal,
    /// "of", "by", "for": a year unless a unit, a count noun or a name follows.
    Other,
}

/// How a year continues a list of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// "-", "–", "to", "until": the next year must be later.
    Range,
    /// "and", "or", ", and".
    And,
    /// A bare comma, only trusted when the list goes on or ends there.
    Comma,
}

impl Scanner<'_> {
    /// A bare four-digit number that its context shows to be a year.
    pub(super) fn year_in_context(&mut self, i: usize) -> Option<usize> {
        let y = self.year_at(i, &CUED_YEAR)?;
        let next = i + 1;
        // German capitalises the nouns that count ("bis 2000 Euro").
        if self.word_in(next, UNITS)
            || self.punct_in(next, "%")
            || self.capitalised_word(next) && self.word_in(next, GERMAN_COUNTED)
        {
            return None;
        }
        let counted = self.word_in(next, COUNTED);
        let named = self.is_word(next, "agenda");
        if self.year_shown_elsewhere(i) {
            return self.emit_years(i, y, true);
        }
        match self.year_cue(i) {
            Some(Cue::Hyphen) => return self.emit_years(i, y, true),
            Some(Cue::Temporal) if !named => return self.emit_years(i, y, true),
            Some(Cue::Other) if !named && !counted => return self.emit_years(i, y, true),
            _ => {}
        }
        if counted || named {
            return None;
        }
        if self.in_parentheses(i) {
            return self.emit_years(i, y, true);
        }
        if !WEAK_YEAR.contains(&y) {
            return None;
        }
        let prev = i.checked_sub(1);
        if prev.is_some_and(|p| self.word_in(p, NUMBER_LABELS) || self.punct_in(p, "$€£¥#№"))
        {
            return None;
        }
        // A subject, a possessive, an adjective of an event, a named event,
        // a baseline ("below 1990 levels"); failing that, a bare list or
        // range of years ("2014, 2015 and 2016").
        let shown = self.possessive(i)
            || self.object_of_a_verb(i)
            || self.dated_event(i)
            || self.subject(i)
            || self.word_in(next, &["level", "levels"])
            || self.named_as_a_target(i)
            || self.when_clause_after(i)
            || self.complement_of_a_copula(i)
            || prev.is_some_and(|p| NAMED_EVENTS.contains(&self.str(p)));
        self.emit_years(i, y, shown)
    }

    /// A cue word right before the year: "in 2014", "mid-2023", "as early as
    /// 1946", "no later than 1990", "compared with 2013", "This year, 2015,".
    fn year_cue(&self, i: usize) -> Option<Cue> {
        let p = i.checked_sub(1)?;
        let before = p.checked_sub(1);
        let before_in = |list: &[&str]| before.is_some_and(|b| self.word_in(b, list));
        if self.glued(i) {
            // "mid-2023", "pre-1967", "post-2015"
            return (self.punct_in(p, "-")
                && self.glued(p)
                && before_in(&["mid", "early", "late", "pre", "post"]))
            .then_some(Cue::Hyphen);
        }
        if self.punct_in(p, "-") && before_in(&["pre", "post"]) && self.glued(p) {
            return Some(Cue::Hyphen); // "post- 2015", a broken line
        }
        if self.punct_in(p, ",") && before_in(&["year"]) {
            return Some(Cue::Temporal);
        }
        if self.kind(p) != Some(Kind::Word) {
            return None;
        }
        let word = self.str(p);
        let cue = if in_list(TEMPORAL_CUES, word) || in_list(TEMPORAL_CUES_ELSEWHERE, word) {
            Cue::Temporal
        } else if in_list(OTHER_CUES, word) {
            Cue::Other
        } else if word.eq_ignore_ascii_case("as") {
            before_in(&["early", "late", "ago", "back", "recently", "soon"])
                .then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("than") {
            before_in(&["later", "earlier", "sooner"]).then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("to") {
            // "runs to 2030", "the term ran to 2029": where a span ends.
            before_in(&[
                "prior", "back", "compared", "up", "halfway", "way", "run", "runs", "ran",
                "running", "last", "lasts", "lasted", "extend", "extends", "extended",
            ])
            .then_some(Cue::Other)?
        } else if word.eq_ignore_ascii_case("and") {
            before_in(&["now"]).then_some(Cue::Temporal)?
        } else if word.eq_ignore_ascii_case("with") {
            before_in(&[
                "compared",
                "comparison",
                "contrast",
                "contrasts",
                "starting",
            ])
            .then_some(Cue::Other)?
        } else if in_list(&["il", "el"], word) {
            // Italian "per il 2027", "entro il 2030"; Spanish "para el 2030".
            before_in(&["per", "entro", "verso", "para", "hasta"]).then_some(Cue::Other)?
        } else if in_list(&["din", "între", "pe", "pentru"], word) {
            // Romanian "din 2014" (since, of), "între 2022 și 2023", "bugetul
            // pe 2026", "Bugetul pentru 2025" (for); a count there takes "de"
            // before its noun ("din 2000 de voturi", "pentru 2000 de lei").
            (!self.is_word(i + 1, "de")).then_some(Cue::Other)?
        } else if word.eq_ignore_ascii_case("al") {
            // Italian "fino al 2027", "entro al 2030".
            before_in(&["fino", "entro"]).then_some(Cue::Temporal)?
        } else if word == "à" {
            // French "a survécu à 1968", "remonte à 1992".
            before_in(FRENCH_VERBS_BEFORE_A).then_some(Cue::Temporal)?
        } else if in_list(&["de", "von"], word) {
            before
                .is_some_and(|b| {
                    self.kind(b) == Some(Kind::Word) && is_event_noun_elsewhere(self.str(b))
                })
                .then_some(Cue::Other)?
        } else if word.eq_ignore_ascii_case("is") || word.eq_ignore_ascii_case("was") {
            if before_in(&["it", "this"]) {
                Cue::Temporal
            } else {
                // "the target was 2030", "the deadline is 2028".
                before_in(TARGET_NOUNS).then_some(Cue::Other)?
            }
        } else if word.eq_ignore_ascii_case("now") {
            // "it is now 2030", "the target is now 2035".
            before_in(&["is", "was"]).then_some(Cue::Other)?
        } else if in_list(CHOSEN, word) {
            // "their predecessors chose 2028", "picked 2030 as the year".
            Cue::Other
        } else if self.cue_of_the_language(p) {
            // Danish "siden 2013", "i 2016"; Finnish "vasta 2027".
            Cue::Other
        } else {
            return None;
        };
        if word.eq_ignore_ascii_case("of") && before_in(QUANTITY_OF)
            || word.eq_ignore_ascii_case("by") && before_in(CHANGE_BY)
        {
            return None;
        }
        Some(cue)
    }

    /// A number shown to be a year as German, Polish and the Romance
    /// languages show it, beyond the cue words they share with English:
    /// Polish "w 2027 roku", "na 2026 rok"; German "ab 2030" and "von
    /// 2009" where no noun it counts follows ("ab 2035 nicht mehr", "ab
    /// 2026 fällt", but "ab 2000 Metern", "von 2000 auf 3000"), a German
    /// event noun right before ("EWR-Beitritt 1992", "Bundestagswahl
    /// 2025"), and "de" + a year that ends its phrase after a noun, not a
    /// quantity ("los presupuestos de 2023,", "el default de 2001 y",
    /// but "más de 2000,").
    fn year_shown_elsewhere(&self, i: usize) -> bool {
        let next = i + 1;
        if self.word_in(next, YEAR_WORDS_ELSEWHERE)
            || self.turkish_case_ending(i)
            || self.hungarian_year_ending(i)
            || self.hungarian_part_of_a_year_after(i)
            || self.year_in_the_language(i)
        {
            return true;
        }
        // Turkish "1982 Anayasası", "2023 seçimleri", and with one
        // adjective between, "2024 yerel seçimleri".
        let event_stem = |k: usize| {
            self.kind(k) == Some(Kind::Word) && !self.glued(k) && {
                let lower = self.str(k).to_lowercase();
                TURKISH_EVENT_STEMS.iter().any(|s| lower.starts_with(s))
            }
        };
        if event_stem(next)
            || self.kind(next) == Some(Kind::Word)
                && self.str(next).starts_with(char::is_lowercase)
                && event_stem(next + 1)
        {
            return true;
        }
        // Croatian, Bosnian and Serbian write a year as an ordinal, with a
        // dot, before "godine" ("od 2016. godine", "2024. godini").
        if self.glued(next)
            && self.punct_in(next, ".")
            && self.word_in(next + 1, &["godina", "godine", "godini"])
        {
            return true;
        }
        // German "die 2021 noch 9,3 Prozent holten", "2013 erstmals"; a
        // year before the verb that ends its clause ("Schon 2017 hatte sie",
        // "den der Landtag 2025 beschlossen hat"), where a count would
        // stand before its noun.
        let weak = WEAK_YEAR.contains(&self.year_at(i, &CUED_YEAR).unwrap_or(0));
        let participle_then_auxiliary = self.kind(next) == Some(Kind::Word)
            && self.str(next).starts_with(char::is_lowercase)
            && self.word_in(next + 1, GERMAN_AUXILIARIES);
        if weak
            && (self.word_in(next, GERMAN_ADVERBS_AFTER_YEAR)
                || self.word_in(next, GERMAN_AUXILIARIES)
                || participle_then_auxiliary)
        {
            return true;
        }
        let Some(p) = i
            .checked_sub(1)
            .filter(|&p| self.kind(p) == Some(Kind::Word))
        else {
            return false;
        };
        let before = p
            .checked_sub(1)
            .filter(|&b| self.kind(b) == Some(Kind::Word));
        let ends_phrase = self.phrase_ends_at(
            next,
            "%-–/",
            &["y", "e", "et", "o", "ou", "ni", "en", "och"],
        );
        // Dutch "het record van 1977 (208 dagen)", "de begroting voor
        // 2027.", "tot 2030,": where the phrase ends, as a sum goes on to
        // its noun ("van 2000 euro").
        // "het stikstofdoel voor 2030 staat nog": a verb after the year,
        // where a sum would have its noun.
        let dutch_verb_after = self.word_in(next, DUTCH_VERBS_AFTER_YEAR);
        if self.word_in(p, &["van", "voor", "tot"]) && (ends_phrase || dutch_verb_after) {
            return true;
        }
        // Swedish "efter valet 2026", "Valåret 2026:".
        let lower_p = self.str(p).to_lowercase();
        if NORDIC_EVENT_ENDS.iter().any(|e| lower_p.ends_with(e)) {
            return true;
        }
        // Croatian "od 2020.,", "Od početka 2026. mladići": a year with
        // its ordinal dot inside a sentence.
        if self.word_in(p, CROATIAN_CUES)
            && self.glued(next)
            && self.punct_in(next, ".")
            && (self.glued(next + 1) && self.punct_in(next + 1, ",;")
                || self.kind(next + 1) == Some(Kind::Word)
                    && self.str(next + 1).starts_with(char::is_lowercase))
        {
            return true;
        }
        // A lower-case word after the year that is no adjective of a noun
        // it counts ("ab 2000 neue Stellen").
        let german_verb_after = self.kind(next) == Some(Kind::Word)
            && self.str(next).starts_with(char::is_lowercase)
            && !self.word_in(next, &["auf", "um", "bis", "mal", "pro", "je"])
            && !(["e", "en", "er", "es", "em"]
                .iter()
                .any(|e| self.str(next).ends_with(e))
                && self.capitalised_word(next + 1));
        if self.word_in(p, &["ab", "von", "nach", "vor"]) && (ends_phrase || german_verb_after) {
            return true;
        }
        if self.capitalised_word(p)
            && is_german_event_compound(self.str(p))
            && !self.word_in(next, GERMAN_COUNTED)
        {
            return true;
        }
        // "A Lei da Ficha Limpa, de 2010, continua": a year set off by
        // commas after a name.
        let named_aside = before.is_none()
            && self.punct_in(next, ",")
            && p.checked_sub(1).is_some_and(|c| {
                self.punct_in(c, ",")
                    && c.checked_sub(1).is_some_and(|n| {
                        self.capitalised_word(n) && !self.word_in(n, QUANTITY_ELSEWHERE)
                    })
            });
        self.word_in(p, &["de", "do", "da"])
            && ends_phrase
            && !self.punct_in(next, ")")
            && (named_aside
                || before.is_some_and(|b| {
                    let w = self.str(b);
                    w.chars().any(char::is_alphabetic) && !in_list(QUANTITY_ELSEWHERE, w)
                }))
    }

    /// The phrase of a year ends at token `next`, where a count would go
    /// on to its noun: the text ends, punctuation follows that is none of
    /// `goes_on` (a percentage, a range's dash or slash, a parenthesis), or
    /// a word of `joins` ("and", "when").
    pub(super) fn phrase_ends_at(&self, next: usize, goes_on: &str, joins: &[&str]) -> bool {
        self.kind(next).is_none_or(|k| k == Kind::Punct) && !self.punct_in(next, goes_on)
            || self.word_in(next, joins)
    }

    /// A year alone as the object of a verb of [`YEAR_OBJECT_VERBS`],
    /// ending its phrase: "relive 2022, when", "not repeat 2018.".
    fn object_of_a_verb(&self, i: usize) -> bool {
        let next = i + 1;
        // One definite article may stand between ("Non possiamo rifare il
        // 2011").
        let verb_at = |p: usize| self.word_in(p, YEAR_OBJECT_VERBS);
        self.phrase_ends_at(next, "%-–/(", &["and", "or", "when"])
            && i.checked_sub(1).is_some_and(|p| {
                verb_at(p)
                    || self.word_in(p, &["il", "lo", "el", "the"])
                        && p.checked_sub(1).is_some_and(verb_at)
            })
    }

    /// A year alone after a copula, ending its phrase: "The exception was
    /// 2002.", "it used to be 2010,", "is not 2019, it is 2035", "La
    /// próxima prueba es 2027.", where a count goes on to its noun. Not
    /// where a quantity is the subject ("the death toll was 2015.").
    fn complement_of_a_copula(&self, i: usize) -> bool {
        let next = i + 1;
        let ends_phrase = self.phrase_ends_at(next, "%-–/(", &["and", "but", "when"]);
        let Some(mut p) = i.checked_sub(1) else {
            return false;
        };
        if self.word_in(p, COPULA_ADVERBS) {
            let Some(q) = p.checked_sub(1) else {
                return false;
            };
            p = q;
        }
        if !ends_phrase || !self.word_in(p, COPULAS) {
            return false;
        }
        // The subject, back to the clause's start: no quantity noun and no
        // other number ("rose from 1500 to …, and the total is 2015.").
        let mut k = p;
        for _ in 0..6 {
            let Some(b) = k.checked_sub(1) else { break };
            k = b;
            match self.kind(k) {
                Some(Kind::Num) if self.year_at(k, &WEAK_YEAR).is_none() => return false,
                Some(Kind::Punct) if !self.punct_in(k, "'’-") => break,
                Some(Kind::Word) if self.word_in(k, QUANTITY_SUBJECTS) => return false,
                _ => {}
            }
        }
        true
    }

    /// A Turkish case ending after an apostrophe ("2019'da", "1982'de",
    /// "2013'teki", "2028'e kadar"), not one of "more than" or "close to"
    /// ("2000'den fazla kişi", "1500'e yakın").
    fn turkish_case_ending(&self, i: usize) -> bool {
        self.glued(i + 1)
            && self.punct_in(i + 1, "'’")
            && self.glued(i + 2)
            && self.word_in(i + 2, TURKISH_CASE_ENDINGS)
            && !self.word_in(i + 3, TURKISH_QUANTITY_AFTER)
    }

    /// "2035 as the year", "2030 als Zwischenziel", "2035 als jaar": a
    /// number named as a year, date or target, in English, German or Dutch
    /// (German compounds end in the noun: "Zieljahr", "Zwischenziel").
    fn named_as_a_target(&self, i: usize) -> bool {
        const TARGETS: &[&str] = &[
            "year", "target", "deadline", "goal", "date", "horizon", "jahr", "ziel", "frist",
            "datum", "jaar", "doel", "termijn",
        ];
        if !self.word_in(i + 1, &["as", "als"]) {
            return false;
        }
        let noun = if self.word_in(
            i + 2,
            &["the", "a", "its", "das", "der", "die", "de", "het", "een"],
        ) {
            i + 3
        } else {
            i + 2
        };
        self.kind(noun) == Some(Kind::Word) && {
            let w = self.str(noun).to_lowercase();
            TARGETS.iter().any(|t| w.ends_with(t))
        }
    }

    /// "2010, when …": a relative clause of time after the number ("She
    /// remembers 2010, when the coalition …"), which a count never has.
    /// Not after a quantity's "of" ("a total of 2000, when counted").
    pub(super) fn when_clause_after(&self, i: usize) -> bool {
        let quantity = i
            .checked_sub(2)
            .is_some_and(|b| self.is_word(b + 1, "of") && self.word_in(b, QUANTITY_OF));
        !quantity && self.glued(i + 1) && self.punct_in(i + 1, ",") && self.is_word(i + 2, "when")
    }

    /// "(2015)", as after a resolution number.
    fn in_parentheses(&self, i: usize) -> bool {
        self.glued(i)
            && i.checked_sub(1).is_some_and(|p| self.punct_in(p, "("))
            && self.glued(i + 1)
            && self.punct_in(i + 1, ")")
    }

    /// "2014's elections"; decades ("the 1990's") were already refused.
    fn possessive(&self, i: usize) -> bool {
        self.glued(i + 1)
            && self.punct_in(i + 1, "'’")
            && self.glued(i + 2)
            && self.is_word(i + 2, "s")
    }

    /// "the 1967 borders", "the 2008 global financial crisis", "the
    /// commission's 2006 report": a determiner or a possessive, the year,
    /// and an event or instrument noun within three words.
    fn dated_event(&self, i: usize) -> bool {
        let possessed = i.checked_sub(3).is_some_and(|n| {
            self.kind(n) == Some(Kind::Word)
                && self.glued(n + 1)
                && self.punct_in(n + 1, "'’")
                && self.glued(n + 2)
                && self.is_word(n + 2, "s")
        });
        if !possessed
            && !i
                .checked_sub(1)
                .is_some_and(|p| self.word_in(p, DETERMINERS))
        {
            return false;
        }
        let mut k = i + 1;
        for _ in 0..4 {
            if self.kind(k) != Some(Kind::Word) || self.glued(k) || self.counted(k) {
                return false;
            }
            if is_event_noun(self.str(k)) {
                return true;
            }
            // A hyphenated compound counts as one word: "High-Level Conference".
            while self.glued(k + 1)
                && self.punct_in(k + 1, "-")
                && self.glued(k + 2)
                && self.kind(k + 2) == Some(Kind::Word)
            {
                k += 2;
                if is_event_noun(self.str(k)) {
                    return true;
                }
            }
            k += 1;
        }
        false
    }

    /// A year as the subject of a verb: "2015 was a turning point.",
    /// "For Poland, 1952 has been ...", "We hope that 1981 will see ...",
    /// and "1945, the year ..." opening a sentence.
    fn subject(&self, i: usize) -> bool {
        let prev = i.checked_sub(1);
        let opens_quote = prev.is_some_and(|p| self.punct_in(p, "\"“”„«‘") && self.glued(i));
        let opens = self.toks.get(i).is_some_and(|t| t.line_start)
            || prev.is_some_and(|p| self.punct_in(p, ".!?") && !self.glued(i))
            || opens_quote;
        let verb = self.word_in(i + 1, SUBJECT_VERBS);
        if opens {
            return verb
                || self.word_in(i + 1, SUBJECT_VERBS_ELSEWHERE)
                || self.glued(i + 1) && self.punct_in(i + 1, ",");
        }
        // "Officials say 2030 remains the goal": a verb of saying with its
        // "that" left out, before a verb no count takes (not "said 2000
        // will attend").
        let told = prev.is_some_and(|p| self.word_in(p, VERBS_OF_SAYING))
            && self.word_in(i + 1, SUBJECT_VERBS_NO_COUNT_TAKES);
        told || prev.is_some_and(|p| {
            self.punct_in(p, ",;:—") && verb
                || self.is_word(p, "that") && (verb || self.is_word(i + 1, "be"))
        })
    }

    /// What links token `j` to a following year, and where that year is.
    fn year_link(&self, j: usize) -> Option<(Link, usize)> {
        if self.punct_in(j, "-–—") {
            return Some((Link::Range, j + 1));
        }
        if self.word_in(j, &["to", "until", "till", "through"]) || self.word_in(j, RANGE_ELSEWHERE)
        {
            return Some((Link::Range, j + 1));
        }
        if self.word_in(j, &["and", "or"])
            || self.punct_in(j, "&")
            || self.word_in(j, AND_ELSEWHERE)
        {
            return Some((Link::And, j + 1));
        }
        if self.punct_in(j, ",") {
            if self.word_in(j + 1, &["and", "or"]) {
                return Some((Link::And, j + 2));
            }
            return Some((Link::Comma, j + 1));
        }
        None
    }

    /// The years continuing a list or range after the year at `i`, as
    /// (year, token) pairs, stopping at the first that does not fit. `None`
    /// when a count ends the list ("from 2000 to 3000 troops").
    fn list_after(&self, mut i: usize, mut y: i32) -> Option<(Vec<(i32, usize)>, bool)> {
        let mut items = Vec::new();
        let mut trusted = false;
        // "from 2029 to 2027": a move back to an earlier year.
        let from = i.checked_sub(1).is_some_and(|p| self.is_word(p, "from"));
        while let Some((link, k)) = self.year_link(i + 1) {
            let Some(y2) = self.year_after_link(k, &CUED_YEAR) else {
                // "from 2000 to 3000": the numbers were counts all along.
                if link != Link::Comma && self.number(k, 4..=usize::MAX).is_some() {
                    return None;
                }
                break;
            };
            if link == Link::Range && (y2 <= y || y2 - y > 100) {
                let moved_back = from
                    && items.is_empty()
                    && self.is_word(i + 1, "to")
                    && y2 < y
                    && y - y2 <= 100
                    && !self.counted(k + 1);
                if moved_back {
                    items.push((y2, k));
                    trusted = true;
                }
                break;
            }
            if self.counted(k + 1) {
                return None;
            }
            // "von 2013 bis 2024,", "od 1997 do 2001 roku", "entre 1989 y
            // 1990.": another language's link is trusted where the list
            // ends at punctuation or a year word, as its count nouns
            // ("entre 1990 y 2000 personas") are not all known.
            let foreign =
                self.word_in(i + 1, RANGE_ELSEWHERE) || self.word_in(i + 1, AND_ELSEWHERE);
            if foreign
                && !(self.kind(k + 1).is_none_or(|kind| kind == Kind::Punct)
                    && !self.punct_in(k + 1, "%-–/")
                    || self.word_in(k + 1, YEAR_WORDS_ELSEWHERE)
                    || self.year_link(k + 1).is_some()
                    || self.no_count_after_foreign_link(i + 1, k + 1))
            {
                break;
            }
            if link == Link::Comma
                && !(self.year_link(k + 1).is_some()
                    || self.punct_in(k + 1, ".;:)")
                    || self.kind(k + 1).is_none())
            {
                break;
            }
            trusted |= link != Link::Comma;
            items.push((y2, k));
            (i, y) = (k, y2);
        }
        Some((items, trusted))
    }

    /// The word at `after`, which follows a list of two numbers linked by
    /// another language's word at `link`, shows they count nothing: Romanian
    /// puts "de" between a number above 19 and its noun ("între 2000 și 3000
    /// de persoane"), so any other word follows years ("Între 2019 și 2023
    /// pensiile au crescut"); German capitalises every noun, so a word in
    /// lower case after a list that opens its sentence with "Zwischen" or
    /// "Von" is its verb ("Zwischen 2015 und 2019 erzielte der Bund"). A
    /// definite article opens a new phrase, which a count's noun never
    /// does ("Dal 2018 al 2022 il deficit"); Dutch puts its verb second
    /// ("Tussen 2010 en 2023 groeide de schuld").
    fn no_count_after_foreign_link(&self, link: usize, after: usize) -> bool {
        if self.kind(after) != Some(Kind::Word) {
            return false;
        }
        if self.verb_after_a_nordic_list(link, after) {
            return true;
        }
        const DEFINITE_ARTICLES: &[&str] = &[
            "il", "lo", "gli", "la", "le", "el", "los", "las", "der", "die", "das", "het",
        ];
        if self.word_in(after, DEFINITE_ARTICLES) {
            return true;
        }
        if self.is_word(link, "și") {
            return !self.is_word(after, "de");
        }
        let opens_sentence = |words: &[&str]| {
            link.checked_sub(2).is_some_and(|p| {
                self.word_in(p, words)
                    && self.capitalised_word(p)
                    && p.checked_sub(1)
                        .is_none_or(|q| self.punct_in(q, ".!?:;\"„“»«"))
            })
        };
        let lower_after = self.str(after).starts_with(char::is_lowercase);
        // Dutch writes its nouns in lower case but puts the verb second, so
        // after an opening "Tussen" the word before an article or subject
        // pronoun is the verb ("Tussen 2010 en 2023 groeide de schuld"),
        // where a count's noun is followed by its verb ("Tussen 2000 en 3000
        // mensen kwamen").
        const DUTCH_AFTER_VERB: &[&str] = &[
            "de", "het", "een", "één", "er", "hij", "zij", "ze", "we", "wij",
        ];
        if self.is_word(link, "en")
            && opens_sentence(&["tussen"])
            && lower_after
            && self.word_in(after + 1, DUTCH_AFTER_VERB)
        {
            return true;
        }
        // Inside a sentence, German "zwischen 2015 und 2019 erzielte der
        // Bund": a word in lower case before an article or a pronoun is
        // the verb, where a count's adjective goes on to its noun.
        const GERMAN_AFTER_VERB: &[&str] = &[
            "der", "die", "das", "den", "dem", "ein", "eine", "es", "er", "sie", "man", "sich",
        ];
        let inside = self.is_word(link, "und")
            && link
                .checked_sub(2)
                .is_some_and(|p| self.is_word(p, "zwischen"))
            && self.word_in(after + 1, GERMAN_AFTER_VERB);
        self.word_in(link, &["und", "bis"])
            && (opens_sentence(&["zwischen", "von"]) || inside)
            && lower_after
    }

    /// Push the year at `i` and the years continuing its list; the index
    /// after the list. A year shown by its context may stand alone or end a
    /// list in bare commas; an unshown one needs an "and", "or" or range.
    pub(super) fn emit_years(&mut self, i: usize, y: i32, shown: bool) -> Option<usize> {
        let (items, trusted) = self.list_after(i, y)?;
        if !shown && (items.is_empty() || !trusted) {
            return None;
        }
        self.push(PartialDate::year(y), i, i);
        let mut next = i + 1;
        for (y2, k) in items {
            self.push(PartialDate::year(y2), k, k);
            next = k + 1;
        }
        Some(next)
    }
}
