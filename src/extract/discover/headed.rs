//! Names of bodies that an organisation word heads, as French, Spanish,
//! Portuguese, Italian and German write them: "Partido Liberal",
//! "Confederación General del Trabajo", "Alleanza Verdi e Sinistra",
//! "Freiheitliche Partei Österreichs", and, with the adjectives these
//! languages write in small letters after the noun, "Nouveau Front
//! populaire", "Parti socialiste". English puts its organisation word last
//! ("Liberal Party"), which [`Discoverer::organisations`] reads.

use super::languages::{self, is_name_adjective};
use super::tokens::{Class, Token, is_heading, is_part_of_a_word, is_sentence_start};
use super::words::{
    english_organisation_word, is_function_word, is_month_or_weekday, is_specific, is_title_at,
};
use super::{
    Candidates, Discoverer, KnownSpan, initials_match, overlapping, parenthesised_acronym,
};

impl Discoverer {
    /// Bodies in `run` headed by an organisation word of another language.
    pub(super) fn headed_organisations(
        &self,
        text: &str,
        run: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        for head in 0..run.len() {
            let word = run[head].text(text);
            let Some(kind) = languages::organisation_word(word) else {
                continue;
            };
            // English shares some of these words ("Front", "Union"): there
            // only small-letter adjectives after it make the name foreign.
            let foreign_only = english_organisation_word(word).is_none();
            // Rightwards over capitalised words and connectors between them.
            let mut last = head;
            if foreign_only {
                let mut i = head + 1;
                while let Some(t) = run.get(i) {
                    if t.class == Class::Connector {
                        // "de", "per" join a body's name; "von" and "bin"
                        // name whose it is ("Partei von Herbert Kickl").
                        if !languages::joins_a_body_name(t.text(text)) {
                            break;
                        }
                        i += 1;
                        continue;
                    }
                    if !matches!(t.class, Class::Title | Class::Caps)
                        || is_month_or_weekday(t.text(text))
                        || is_title_at(text, run, i)
                    {
                        break;
                    }
                    last = i;
                    i += 1;
                }
            }
            // Leftwards over capitalised adjectives ("Freiheitliche Partei").
            let mut first = head;
            // A Romanian head opens its name: "Deputații Partidului …".
            let opens = languages::romanian_genitive_head(word).is_some();
            while !opens
                && first > 0
                && run[first - 1].class == Class::Title
                && !is_title_at(text, run, first - 1)
                && languages::organisation_word(run[first - 1].text(text)).is_none()
                && !languages::is_role(run[first - 1].text(text))
            {
                first -= 1;
            }
            if is_sentence_start(text, run[first].start) && is_function_word(run[first].text(text))
                || languages::is_article(run[first].text(text))
            {
                first += 1;
            }
            if first > head {
                continue;
            }
            let mut end = run[last].end;
            let mut adjectives = 0;
            while let Some(next) = adjective_after(text, end) {
                end = next;
                adjectives += 1;
            }
            let name = &run[first..=last];
            // A word besides the head that says which body: not the head,
            // nor a generic word of these languages ("União Nacional").
            let specific = name.iter().enumerate().any(|(i, t)| {
                first + i != head
                    && is_specific(t.text(text), t.class)
                    && !languages::is_generic_capitalised(t.text(text))
            }) || adjectives > 0
                && !languages::is_generic_adjective(&text[run[last].end..end]);
            // The name goes on after its head, as these languages write it:
            // "French Fonds" (an English adjective before) is no name.
            let goes_on = last > head || adjectives > 0;
            if !goes_on || !specific || !foreign_only && adjectives == 0 {
                continue;
            }
            let start = name[0].start;
            // No lexicon match inside or across it.
            if !overlapping(known, start, end).is_empty()
                || is_heading(text, start)
                || is_part_of_a_word(text, start, end)
            {
                continue;
            }
            let acronym = parenthesised_acronym(&text[end..]).filter(|a| {
                adjectives == 0 && initials_match(a.as_bytes(), text, name)
                    || adjectives > 0 && spells(a, &text[start..end])
            });
            // Named in full before a lexicon acronym ("… Nacional (FMLN)"):
            // the lexicon's actor.
            if acronym.is_some_and(|a| self.knows(a)) {
                continue;
            }
            // "die Partei Tisza": German names a party by the word for one
            // and its name, which is the one word after it.
            if word == "Partei" && first == head && last == head + 1 && adjectives == 0 {
                let name_text = run[last].text(text);
                if !self.knows(name_text) && !languages::is_generic_capitalised(name_text) {
                    found.add(
                        name_text.to_owned(),
                        kind,
                        acronym,
                        run[last].start,
                        run[last].end,
                    );
                }
                continue;
            }
            let name_text = super::tokens::spaced(&text[start..end]);
            let name_text = nominative_adjectives(name_text, &text[..start], head - first);
            let name_text = languages::nominative_head(name_text);
            if !self.knows(&name_text) {
                found.add(name_text, kind, acronym, start, end);
            }
        }
    }
}

/// "der Vaterländischen Union" is the "Vaterländische Union": German
/// declines the `adjectives` that open a body's name after an article in
/// the genitive or dative, and the name is given in the nominative.
pub(super) fn nominative_adjectives(name: String, before: &str, adjectives: usize) -> String {
    let oblique = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| matches!(w, "der" | "den" | "dem" | "einer" | "einem"));
    if !oblique || adjectives == 0 {
        return name;
    }
    name.split(' ')
        .enumerate()
        .map(|(i, word)| match word.strip_suffix("en") {
            Some(stem) if i < adjectives && stem.chars().count() > 3 => format!("{stem}e"),
            _ => word.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a name that ends at `at` goes on in small letters: "Front"
/// of "Front populaire".
pub(super) fn goes_on_in_small_letters(text: &str, at: usize) -> bool {
    adjective_after(text, at).is_some()
}

/// The end of the adjective just after `at` ("populaire" after "Front"),
/// joined by white space on one line, if there is one.
fn adjective_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    if gap == 0 {
        return None;
    }
    let word_len = rest[gap..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len() - gap, |(i, _)| i);
    let word = &rest[gap..gap + word_len];
    is_name_adjective(word).then_some(at + gap + word_len)
}

/// Whether `acronym` is spelt by the initials of `name`'s words, small
/// words of the name left out or not: "RN" of "Rassemblement national",
/// "APR" of "Alliance pour la République".
fn spells(acronym: &str, name: &str) -> bool {
    let initials: Vec<(char, bool)> = name
        .split_whitespace()
        .filter_map(|w| {
            let c = w.chars().next()?;
            Some((
                c.to_uppercase().next()?,
                languages::is_connector(w) || w.len() <= 3,
            ))
        })
        .collect();
    fn go(acronym: &[char], words: &[(char, bool)]) -> bool {
        match (acronym.split_first(), words.split_first()) {
            (_, None) => acronym.is_empty(),
            (None, Some(_)) => words.iter().all(|(_, optional)| *optional),
            (Some((a, rest)), Some(((c, optional), others))) => {
                *optional && go(acronym, others) || a == c && go(rest, others)
            }
        }
    }
    let letters: Vec<char> = acronym.chars().collect();
    go(&letters, &initials)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_spelt_by_a_name_with_small_words() {
        assert!(spells("RN", "Rassemblement national"));
        assert!(spells("APR", "Alliance pour la République"));
        assert!(spells("NFP", "Nouveau Front populaire"));
        assert!(!spells("PS", "Rassemblement national"));
        assert!(!spells("RNX", "Rassemblement national"));
    }

    #[test]
    fn adjectives_declined_after_an_article_are_read_in_the_nominative() {
        let name = |n: &str, before: &str, adjectives| {
            nominative_adjectives(n.to_owned(), before, adjectives)
        };
        assert_eq!(
            name("Vaterländischen Union", "Die Juristin der ", 1),
            "Vaterländische Union"
        );
        assert_eq!(
            name("Christlich Demokratischen Union", "mit der ", 2),
            "Christlich Demokratische Union"
        );
        // No article in those cases before, or no adjective before the head.
        assert_eq!(
            name("Vaterländischen Union", "Die ", 1),
            "Vaterländischen Union"
        );
        assert_eq!(name("Partido Liberal", "con el ", 0), "Partido Liberal");
    }

    #[test]
    fn adjectives_after_a_head_in_small_letters() {
        let text = "le Parti socialiste a voté";
        assert_eq!(adjective_after(text, 8), Some(19));
        assert_eq!(adjective_after(text, 19), None);
        assert_eq!(adjective_after("Parti\nsocialiste", 5), None);
    }
}
