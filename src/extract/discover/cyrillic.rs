//! Bodies as Russian and Ukrainian name them. These languages capitalise
//! only the first word of a body's name, so a capital in mid-sentence on
//! an organisation noun, or on an adjective before one, opens a name that
//! goes on in small letters: "Інститут прикладної політики", "аналитик
//! Центра социальных стратегий", "из Республиканской партии труда и
//! справедливости". A name that is a word of its own is written in
//! guillemets after a noun that says what it is: "партии «Аманат»",
//! "правозащитного центра «Весна»".
//!
//! The name is given in the nominative: the head noun and the adjectives
//! before it are read back from their case ("Центра" → "Центр",
//! "Республиканской партии" → "Республиканская партия"); the words after
//! the head are in the genitive whatever the head's case, and stay as
//! written.

use super::tokens::{Class, Token, is_heading, is_sentence_start};
use super::{Candidates, Discoverer, KnownSpan, overlapping};
use crate::extract::ActorKind;
use crate::text::{capitalised, is_cyrillic};

/// A grammatical gender: the adjectives before a head agree with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

/// An organisation noun: its nominative, the stem its cases share, and
/// their endings.
struct Head {
    nominative: &'static str,
    stem: &'static str,
    endings: &'static [&'static str],
    gender: Gender,
}

const MASCULINE: &[&str] = &["", "а", "у", "ом", "е", "і", "ові"];
/// "партия", "партії": both languages' endings of "-ия" and "-ія" nouns.
const IA: &[&str] = &["я", "и", "ю", "ей", "ею", "ї", "єю"];
const A: &[&str] = &["а", "ы", "е", "у", "ой", "ою", "и", "і"];
const STVO: &[&str] = &["о", "а", "у", "ом", "е", "і"];
const ENIE: &[&str] = &["е", "я", "ю", "ем", "и", "і", "ям"];

const fn head(
    nominative: &'static str,
    stem: &'static str,
    endings: &'static [&'static str],
    gender: Gender,
) -> Head {
    Head {
        nominative,
        stem,
        endings,
        gender,
    }
}

/// Nouns that head a body's name in Russian and Ukrainian. Not "совет",
/// "рада", "суд" or "банк": "Совет безопасности" or "Верховный суд" say
/// whose only through the article's state, as "the Supreme Court" does.
static HEADS: &[Head] = &[
    head("партия", "парти", IA, Gender::Feminine),
    head("партія", "парті", IA, Gender::Feminine),
    head("комиссия", "комисси", IA, Gender::Feminine),
    head("комісія", "комісі", IA, Gender::Feminine),
    head("академия", "академи", IA, Gender::Feminine),
    head("академія", "академі", IA, Gender::Feminine),
    head("ассоциация", "ассоциаци", IA, Gender::Feminine),
    head("асоціація", "асоціаці", IA, Gender::Feminine),
    head("служба", "служб", A, Gender::Feminine),
    head("палата", "палат", A, Gender::Feminine),
    head("спілка", "спілк", A, Gender::Feminine),
    head("институт", "институт", MASCULINE, Gender::Masculine),
    head("інститут", "інститут", MASCULINE, Gender::Masculine),
    head("центр", "центр", MASCULINE, Gender::Masculine),
    head("фонд", "фонд", MASCULINE, Gender::Masculine),
    head("комитет", "комитет", MASCULINE, Gender::Masculine),
    head("комітет", "комітет", MASCULINE, Gender::Masculine),
    head("союз", "союз", MASCULINE, Gender::Masculine),
    head("министерство", "министерств", STVO, Gender::Neuter),
    head("міністерство", "міністерств", STVO, Gender::Neuter),
    head("агентство", "агентств", STVO, Gender::Neuter),
    head("движение", "движени", ENIE, Gender::Neuter),
    head("объединение", "объединени", ENIE, Gender::Neuter),
    head("об'єднання", "об'єднанн", ENIE, Gender::Neuter),
];

/// Heads that say whose body only with the state after the name:
/// "Национальный банк Казахстана", not "Национальный банк" alone.
static HEADS_OF_A_STATE: &[Head] = &[head("банк", "банк", MASCULINE, Gender::Masculine)];

/// The head `word` (in small letters) is a case of, and whether it needs
/// a state after the name.
fn head_of(word: &str) -> Option<&'static Head> {
    HEADS.iter().chain(HEADS_OF_A_STATE).find(|h| {
        word.strip_prefix(h.stem)
            .is_some_and(|ending| h.endings.contains(&ending))
    })
}

/// Nouns before a name in guillemets that say it is a body: a party, a
/// bloc, a company, a newspaper… in any case ("партии", "блока",
/// "компанії"). Their stems, read with any short ending.
const NAMED_BODY_STEMS: &[&str] = &[
    "парти",
    "парті",
    "блок",
    "фракци",
    "фракці",
    "движени",
    "рух",
    "компани",
    "компані",
    "концерн",
    "холдинг",
    "банк",
    "центр",
    "организаци",
    "організаці",
    "фонд",
    "объединени",
    "об'єднанн",
    "союз",
    "спілк",
    "профсоюз",
    "профспілк",
    "газет",
    "телеканал",
    "агентств",
    "издани",
    "видавництв",
];

/// Whether `word` (in small letters) is a case of a noun that says the name
/// after it is a body's: a stem of [`NAMED_BODY_STEMS`] and up to three
/// more letters ("партией", "компанії", "блоку").
fn names_a_body(word: &str) -> bool {
    NAMED_BODY_STEMS.iter().any(|stem| {
        word.strip_prefix(stem)
            .is_some_and(|ending| ending.chars().count() <= 3)
    })
}

/// Small words that end a name: the clause goes on after them.
const NOT_IN_A_NAME: &[&str] = &[
    "и",
    "і",
    "та",
    "а",
    "но",
    "але",
    "или",
    "або",
    "что",
    "що",
    "как",
    "як",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "котором",
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "не",
    "ни",
    "ні",
    "же",
    "ж",
    "уже",
    "вже",
    "также",
    "також",
    "тоже",
    "теж",
    "в",
    "во",
    "у",
    "на",
    "с",
    "со",
    "з",
    "із",
    "зі",
    "к",
    "до",
    "от",
    "від",
    "за",
    "из",
    "о",
    "об",
    "про",
    "по",
    "при",
    "для",
    "под",
    "під",
    "над",
    "без",
    "это",
    "це",
    "его",
    "її",
    "их",
    "їх",
    "ее",
    "её",
    "он",
    "она",
    "они",
    "він",
    "вона",
    "вони",
    "был",
    "была",
    "было",
    "были",
    "був",
    "була",
    "було",
    "були",
    "есть",
    "є",
    "будет",
    "буде",
    "ещё",
    "ще",
    "лишь",
    "лише",
    "только",
    "тільки",
    "даже",
    "навіть",
    "так",
];

/// Whether `word` (small letters) looks like a verb: a past tense, an
/// infinitive, a reflexive or a present-tense form ("заявил", "считает",
/// "вимагають"). Names of bodies hold nouns and adjectives only.
fn is_verb_like(word: &str) -> bool {
    [
        "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ть", "ться", "ати", "ити", "ути",
        "яти", "іти", "ся", "сь", "ет", "ит", "ют", "ят", "ує", "ює", "ає", "ють",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Words after a name's head, in small letters, that belong to the name:
/// up to four, joined by single spaces, "и"/"і"/"та" between two of them,
/// and a Cyrillic acronym after them ("Институт стран СНГ").
/// Returns the end of the last.
fn tail_end(text: &str, from: usize) -> Option<usize> {
    let mut end = None;
    let mut at = from;
    let mut words = 0;
    let mut pending_and = None;
    let mut after_plural_adjective = false;
    while words < 4 {
        let Some((start, stop)) = small_word_after(text, at) else {
            break;
        };
        let word = &text[start..stop];
        if matches!(word, "и" | "і" | "та") && pending_and.is_none() && words > 0 {
            pending_and = Some(stop);
            at = stop;
            continue;
        }
        // The noun a genitive plural adjective qualifies may end as a past
        // tense does ("внутренних дел", "вооружённых сил"); an adverb in
        // "-о" after "и" goes on the clause ("и одновременно").
        let verb = is_verb_like(word) && !after_plural_adjective;
        let adverb = pending_and.is_some() && word.ends_with('о');
        if NOT_IN_A_NAME.contains(&word) || verb || adverb {
            break;
        }
        after_plural_adjective = ["ых", "их", "іх"].iter().any(|e| word.ends_with(e));
        pending_and = None;
        end = Some(stop);
        at = stop;
        words += 1;
    }
    let end = end?;
    Some(acronym_after(text, end).unwrap_or(end))
}

/// The end of an all-capital Cyrillic acronym of two to five letters right
/// after `at`, behind one space, that ends there ("стран СНГ").
fn acronym_after(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..len];
    let letters = word.chars().count();
    ((2..=5).contains(&letters) && word.chars().all(|c| is_cyrillic(c) && c.is_uppercase()))
        .then_some(at + 1 + len)
}

/// The Cyrillic word in small letters right after `at`, behind one space.
fn small_word_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text[at..]
        .strip_prefix(' ')
        .or_else(|| text[at..].strip_prefix('\u{a0}'))?;
    let start = text.len() - rest.len();
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '\'' | '’' | 'ʼ')))
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..len];
    let first = word.chars().next()?;
    (is_cyrillic(first) && first.is_lowercase()).then_some((start, start + len))
}

/// `adjective` (small letters, any case) in the nominative of `gender`;
/// `ukrainian` picks the language where endings are shared ("-ого").
fn nominative_adjective(adjective: &str, gender: Gender, ukrainian: bool) -> Option<String> {
    let (stem, ending) = ADJECTIVE_ENDINGS
        .iter()
        .find_map(|e| adjective.strip_suffix(e).map(|stem| (stem, *e)))?;
    let nominative = if ukrainian {
        // "синього", "синя": a soft ending; "-ій" is also the hard
        // feminine dative ("аграрній").
        let soft = ending.starts_with('ь')
            || matches!(ending, "я" | "є" | "ю")
            || ending == "ій" && gender != Gender::Feminine;
        match (gender, soft) {
            (Gender::Masculine, false) => "ий",
            (Gender::Masculine, true) => "ій",
            (Gender::Feminine, false) => "а",
            (Gender::Feminine, true) => "я",
            (Gender::Neuter, false) => "е",
            (Gender::Neuter, true) => "є",
        }
    } else {
        // Russian writes "-ий", "-ая", "-ое" after г, к, х, ж, ш, щ, ч:
        // "Балтийского" → "Балтийский", "Общей" → "Общая".
        let hushing = stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'щ', 'ч']);
        let soft = !hushing
            && matches!(
                ending,
                "его" | "ему" | "ем" | "ий" | "ей" | "ее" | "яя" | "юю"
            );
        match gender {
            Gender::Masculine if soft || hushing || ending == "им" => "ий",
            Gender::Masculine if ending == "ой" => "ой",
            Gender::Masculine => "ый",
            Gender::Feminine if soft => "яя",
            Gender::Feminine => "ая",
            Gender::Neuter if soft => "ее",
            Gender::Neuter => "ое",
        }
    };
    Some(format!("{stem}{nominative}"))
}

/// `folded` (a form of `written` in small letters) with the capitals of
/// `written` kept where the two agree: "Улан-Баторского" read back to the
/// nominative is "Улан-Баторский", not "Улан-баторский".
fn in_case_of(written: &str, folded: &str) -> String {
    let mut written = written.chars();
    let mut agree = true;
    folded
        .chars()
        .map(|f| {
            let w = written.next().filter(|_| agree);
            match w {
                Some(w) if w.to_lowercase().eq(std::iter::once(f)) => w,
                _ => {
                    agree = false;
                    f
                }
            }
        })
        .collect()
}

/// Endings of adjectives in both languages, longest first.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ього", "ьому", "ьої", "ого", "его", "ому", "ему", "ими", "ыми", "ий", "ый", "ій", "ой", "ая",
    "яя", "ое", "ее", "ую", "юю", "ей", "ої", "ою", "ым", "им", "ім", "ом", "ем", "а", "я", "е",
    "є", "у", "ю",
];

/// Whether a capitalised word follows `at` behind one space.
fn capital_follows(text: &str, at: usize) -> bool {
    text[at..]
        .strip_prefix(' ')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase)
}

impl Discoverer {
    /// Bodies named as Russian and Ukrainian write them (see the module).
    pub(super) fn cyrillic_bodies(
        &self,
        text: &str,
        tokens: &[Token],
        known: &[KnownSpan],
        found: &mut Candidates,
    ) {
        if !super::languages::reading_other_languages() {
            return;
        }
        // Bulgarian and Macedonian have no cases to read back from.
        let bulgarian = super::languages::reading_one_of(&["bg", "mk"]);
        if bulgarian {
            self.bulgarian_bodies(text, tokens, known, found);
        }
        let mut ukrainian = None;
        for t in tokens {
            if bulgarian
                || t.class != Class::Title
                || !t.text(text).chars().next().is_some_and(is_cyrillic)
                || is_sentence_start(text, t.start)
            {
                continue;
            }
            let Some((mut name, mut end, head)) = self.headed_at(text, t, &mut ukrainian) else {
                continue;
            };
            if !overlapping(known, t.start, end).is_empty() || is_heading(text, t.start) {
                continue;
            }
            // "Социал-демократическая партия «Адолат»": what the body is,
            // before its name in guillemets (read below), is no name.
            if text[end..]
                .strip_prefix([' ', '\u{a0}'])
                .is_some_and(|rest| rest.starts_with('«'))
            {
                continue;
            }
            // "Міністерство закордонних справ України": the state whose
            // body it is ends the name.
            // Not a state's name before another capitalised word: that is a
            // given name and a surname ("… политики Гаяне Мелкумян").
            let state = known
                .iter()
                .find(|k| k.start == end + 1 && !k.person && !k.organisation)
                .filter(|k| text.as_bytes()[end] == b' ' && !capital_follows(text, k.end));
            if let Some(k) = state {
                name.push(' ');
                name.push_str(&text[k.start..k.end]);
                end = k.end;
            } else if HEADS_OF_A_STATE.iter().any(|h| std::ptr::eq(h, head)) {
                continue;
            }
            if !self.knows(&name) {
                found.add(name, ActorKind::Organisation, None, t.start, end);
            }
        }
        for (open, _) in text.match_indices('«') {
            if let Some((start, end)) = quoted_body(text, open) {
                let name = super::tokens::spaced(&text[start..end]);
                if overlapping(known, start, end).is_empty() && !self.knows(&name) {
                    found.add(name, ActorKind::Organisation, None, start, end);
                }
            }
        }
    }

    /// The body whose name a capitalised word at `t` opens, in the
    /// nominative, and the end of the name: a head and its tail
    /// ("Інституту прикладної політики"), or adjectives, a head in small
    /// letters and its tail ("Балтийский центр региональных исследований").
    fn headed_at(
        &self,
        text: &str,
        t: &Token,
        ukrainian: &mut Option<bool>,
    ) -> Option<(String, usize, &'static Head)> {
        let word = t.text(text).to_lowercase();
        let mut is_ukrainian =
            || *ukrainian.get_or_insert_with(|| text.contains(['і', 'ї', 'є', 'ґ']));
        if let Some(head) = head_of(&word) {
            // "Центр" alone says nothing: the name goes on.
            let end = tail_end(text, t.end)?;
            let name = format!("{}{}", capitalised(head.nominative), &text[t.end..end]);
            return Some((name, end, head));
        }
        // Adjectives (the first capitalised, up to two more), then the head.
        let mut adjectives = vec![word];
        let mut at = t.end;
        let head = loop {
            let (start, stop) = small_word_after(text, at)?;
            let next = &text[start..stop];
            at = stop;
            if let Some(head) = head_of(next) {
                break head;
            }
            if adjectives.len() == 3 || !ADJECTIVE_ENDINGS.iter().any(|e| next.ends_with(e)) {
                return None;
            }
            adjectives.push(next.to_owned());
        };
        let end = tail_end(text, at).unwrap_or(at);
        let mut name = String::new();
        for (i, adjective) in adjectives.iter().enumerate() {
            let nominative = nominative_adjective(adjective, head.gender, is_ukrainian())?;
            if i == 0 {
                name.push_str(&capitalised(&in_case_of(t.text(text), &nominative)));
            } else {
                name.push_str(&nominative);
            }
            name.push(' ');
        }
        name.push_str(head.nominative);
        name.push_str(&text[at..end]);
        Some((name, end, head))
    }
}

/// The name in guillemets opening at `open`, if a noun right before says
/// it is a body's ("партии «Аманат»"): one to four words, the first
/// capitalised, none ending a sentence.
fn quoted_body(text: &str, open: usize) -> Option<(usize, usize)> {
    let before = text[..open].strip_suffix(' ')?;
    let noun_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let noun = &before[noun_start..];
    if !noun.chars().next().is_some_and(is_cyrillic) || !names_a_body(&noun.to_lowercase()) {
        return None;
    }
    let start = open + '«'.len_utf8();
    let close = start + text[start..].find('»')?;
    let inside = &text[start..close];
    let first = inside.chars().next()?;
    let words = inside.split(' ').count();
    (first.is_uppercase()
        && (1..=4).contains(&words)
        && inside.len() <= 80
        && !inside.contains(['.', ',', '!', '?', ';', ':', '«', '\n']))
    .then_some((start, close))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_read_in_any_case() {
        assert_eq!(head_of("центра").map(|h| h.nominative), Some("центр"));
        assert_eq!(head_of("інституту").map(|h| h.nominative), Some("інститут"));
        assert_eq!(head_of("партии").map(|h| h.nominative), Some("партия"));
        assert_eq!(head_of("партією").map(|h| h.nominative), Some("партія"));
        assert_eq!(
            head_of("министерством").map(|h| h.nominative),
            Some("министерство")
        );
        assert!(head_of("центральный").is_none());
        assert!(head_of("партизан").is_none());
    }

    #[test]
    fn adjectives_are_read_back_to_the_nominative() {
        let f = Gender::Feminine;
        let m = Gender::Masculine;
        assert_eq!(
            nominative_adjective("республиканской", f, false).as_deref(),
            Some("республиканская")
        );
        assert_eq!(
            nominative_adjective("балтийского", m, false).as_deref(),
            Some("балтийский")
        );
        assert_eq!(
            nominative_adjective("национального", m, false).as_deref(),
            Some("национальный")
        );
        assert_eq!(
            nominative_adjective("всеукраїнської", f, true).as_deref(),
            Some("всеукраїнська")
        );
        assert_eq!(
            nominative_adjective("київського", m, true).as_deref(),
            Some("київський")
        );
    }

    #[test]
    fn read_back_to_the_nominative_a_name_keeps_its_capitals() {
        assert_eq!(
            in_case_of("Улан-Баторского", "улан-баторский"),
            "Улан-Баторский"
        );
        assert_eq!(in_case_of("Київського", "київський"), "Київський");
        assert_eq!(in_case_of("Балтийского", "балтийский"), "Балтийский");
    }

    #[test]
    fn a_tail_stops_at_a_verb_a_small_word_or_a_capital() {
        let text = "Центр социальных стратегий считает, что";
        assert_eq!(
            tail_end(text, "Центр".len()),
            Some("Центр социальных стратегий".len())
        );
        let text = "Партия действия и солидарности выглядит";
        assert_eq!(
            tail_end(text, "Партия".len()),
            Some("Партия действия и солидарности".len())
        );
        let text = "Інститут енергетичної політики Оксана";
        assert_eq!(
            tail_end(text, "Інститут".len()),
            Some("Інститут енергетичної політики".len())
        );
        // A genitive plural adjective's noun, even one ending as a past
        // tense does; an acronym after the tail.
        let text = "Министерство внутренних дел считает";
        assert_eq!(
            tail_end(text, "Министерство".len()),
            Some("Министерство внутренних дел".len())
        );
        let text = "Институт стран СНГ Константин";
        assert_eq!(
            tail_end(text, "Институт".len()),
            Some("Институт стран СНГ".len())
        );
        // An adverb after "и" goes on the clause.
        let text = "Комитет национальной безопасности и одновременно";
        assert_eq!(
            tail_end(text, "Комитет".len()),
            Some("Комитет национальной безопасности".len())
        );
        // Nothing of a name after it: a verb, a preposition.
        assert_eq!(tail_end("Союз распался", "Союз".len()), None);
        assert_eq!(tail_end("Центр СНГ", "Центр".len()), None);
        assert_eq!(tail_end("Центр в городе", "Центр".len()), None);
    }

    #[test]
    fn a_quoted_name_needs_a_noun_that_says_it_is_a_body() {
        let text = "Фракция партии «Аманат» поддержала";
        let open = text.find('«').unwrap();
        let (s, e) = quoted_body(text, open).unwrap();
        assert_eq!(&text[s..e], "Аманат");
        // A programme, an operation or a film is not a body.
        for text in [
            "в рамках программы «Мир»",
            "операции «Буря»",
            "фильм «Война и мир»",
        ] {
            assert_eq!(quoted_body(text, text.find('«').unwrap()), None, "{text}");
        }
        // A whole quoted sentence is no name.
        let text = "партии «Мы победим, — сказал он»";
        assert_eq!(quoted_body(text, text.find('«').unwrap()), None);
    }
}
