//! Days and months written without a year ("on 7 October", "in June"):
//! which year they take. A year the same clause gives ("on 25 March,
//! marking the start of the 1994 genocide", "Last year, on 7 October") comes
//! first. Failing that, a day and month (or a month alone) is the latest
//! such on or before publication, so that "7 October" in a September
//! article is last year's, unless its sentence speaks of the future ("the
//! elections will be held on 15 October"). Last, a day still to come that
//! the article also writes with its year ("7 February 2026 … after 7
//! February") takes that year: see [`take_years_the_article_names`].

use super::{Language, Scanner};
use crate::article::date::PartialDate;
use crate::article::date::vocabulary::{WEEKDAY_NAMES, is_turkish_month, month_of_other_languages};
use crate::extract::dates::MentionedDate;
use crate::extract::dates::tokens::Kind;
use crate::extract::dates::window::{CONTEXT_AFTER, CONTEXT_BEFORE, chunks_back};
use crate::extract::dates::words::{TURKISH_EVENT_STEMS, in_list, is_event_noun};

/// How a day or month without a year is placed, once its own words are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Placing {
    /// The year is known ("24 January and 14 December 1946", "in June last
    /// year"), or `None` when it needs a publication date there is not.
    Year(Option<i32>),
    /// Nothing said next to it: the year its clause names, else from the
    /// publication date.
    Published,
    /// "on 5 January next": the first such date after publication.
    Upcoming,
}

/// The tense a clause is told in, as [`Scanner::clause_before_told_in`] reads it.
#[derive(Clone, Copy)]
enum Tense {
    Past,
    Future,
}

/// Where the sentence holding byte `at` of `text` starts: after the last
/// ".", ";", "!", "?" or line break before it, but not after the dot of a
/// day written as an ordinal ("2. januar og 2. februar", "17. travnja"):
/// one or two digits and a dot before a word in lower case; nor after the
/// dot of a year written as one ("izabran 30. svibnja 2021., nakon što",
/// "2021. godine"): four digits and a dot before a comma or such a word.
fn sentence_start(text: &str, at: usize) -> usize {
    sentence_start_past(text, at, &['.', ';', '!', '?', '\n'])
}

/// [`sentence_start`] reading across line breaks, which may only wrap a
/// sentence: "1. septembra 1992 a … bola 3. septembra" is one sentence.
fn sentence_start_across_lines(text: &str, at: usize) -> usize {
    sentence_start_past(text, at, &['.', ';', '!', '?'])
}

/// How far back a sentence's start is looked for: past at most this many
/// ordinal dots, and this many bytes. A text of thousands of days ("1.
/// marts og 2. marts og …") or of no full stop at all was read back to its
/// start for each of its days: minutes for a few hundred kilobytes.
const ORDINALS_PASSED: usize = 32;
const SENTENCE_BYTES: usize = 4096;

/// Where the sentence holding byte `at` of `text` starts, after the last of
/// `stops` before it that is no ordinal day's dot (within the bounds above).
fn sentence_start_past(text: &str, at: usize, stops: &[char]) -> usize {
    let floor = text.floor_char_boundary(at.saturating_sub(SENTENCE_BYTES));
    let mut end = at;
    for _ in 0..=ORDINALS_PASSED {
        let Some(stop) = text[floor..end].rfind(stops).map(|i| floor + i) else {
            return floor;
        };
        let digits = text[..stop]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        let next = text[stop + 1..].trim_start();
        let ordinal = text.as_bytes()[stop] == b'.'
            && !text[..stop - digits].ends_with(|c: char| c.is_alphanumeric())
            && ((1..=2).contains(&digits) && next.starts_with(char::is_lowercase)
                || digits == 4 && next.starts_with(|c: char| c.is_lowercase() || c == ','));
        if !ordinal {
            return stop + 1;
        }
        end = stop;
    }
    end + 1
}

/// Relative years of other languages that open a sentence and give its
/// days their year, by their offset from the publication year; lower
/// case, with a straight apostrophe. English "last year" is read as a date
/// of its own and places its sentence's days as a year alone does.
const RELATIVE_YEARS_OPENING: &[(&str, i32)] = &[
    // French
    ("l'an dernier", -1),
    ("l'année dernière", -1),
    ("l'an passé", -1),
    ("l'année passée", -1),
    ("cette année", 0),
    ("l'an prochain", 1),
    ("l'année prochaine", 1),
    // Spanish
    ("el año pasado", -1),
    ("este año", 0),
    ("el próximo año", 1),
    ("el año que viene", 1),
    // Italian
    ("l'anno scorso", -1),
    ("lo scorso anno", -1),
    ("quest'anno", 0),
    ("l'anno prossimo", 1),
    ("il prossimo anno", 1),
    // Portuguese
    ("no ano passado", -1),
    ("o ano passado", -1),
    ("neste ano", 0),
    ("no próximo ano", 1),
    // German
    ("letztes jahr", -1),
    ("voriges jahr", -1),
    ("vergangenes jahr", -1),
    ("im vergangenen jahr", -1),
    ("im vorigen jahr", -1),
    ("im letzten jahr", -1),
    ("dieses jahr", 0),
    ("in diesem jahr", 0),
    ("nächstes jahr", 1),
    ("im nächsten jahr", 1),
    ("im kommenden jahr", 1),
    // Dutch
    ("vorig jaar", -1),
    ("vorige jaar", -1),
    ("verleden jaar", -1),
    ("dit jaar", 0),
    ("volgend jaar", 1),
    // Polish
    ("w zeszłym roku", -1),
    ("w ubiegłym roku", -1),
    ("w tym roku", 0),
    ("w przyszłym roku", 1),
    // Czech
    ("loni", -1),
    ("vloni", -1),
    ("letos", 0),
    // Swedish, Norwegian and Danish
    ("i fjol", -1),
    ("i fjor", -1),
    ("förra året", -1),
    ("sidste år", -1),
    ("i år", 0),
    ("nästa år", 1),
    ("neste år", 1),
    ("næste år", 1),
    // Finnish, Estonian and Lithuanian
    ("viime vuonna", -1),
    ("tänä vuonna", 0),
    ("ensi vuonna", 1),
    ("eelmisel aastal", -1),
    ("möödunud aastal", -1),
    ("mullu", -1),
    ("sel aastal", 0),
    ("tänavu", 0),
    ("järgmisel aastal", 1),
    ("praėjusiais metais", -1),
    ("pernai", -1),
    ("šiais metais", 0),
    ("kitais metais", 1),
    // Greek
    ("πέρσι", -1),
    ("φέτος", 0),
    ("του χρόνου", 1),
    // Slovak
    ("vlani", -1),
    ("minulý rok", -1),
    ("budúci rok", 1),
    // Croatian
    ("prošle godine", -1),
    ("lani", -1),
    ("ove godine", 0),
    ("sljedeće godine", 1),
    ("iduće godine", 1),
    // Russian and Ukrainian
    ("в прошлом году", -1),
    ("торік", -1),
    ("минулого року", -1),
    ("в этом году", 0),
    ("цього року", 0),
    ("в следующем году", 1),
    ("наступного року", 1),
];

/// Tokens at most between a day or month and a date in its clause that gives
/// its year. Less than the tokens a window reads past its last date word
/// (`CONTEXT_AFTER`), so the window around the two holds both.
const CLAUSE_REACH: usize = 12;

/// The words that may stand between a day or month and the year that
/// places it ("last year, in September", "resolution 242 (1967) of 22
/// November", "on 25 March, marking the start of the 1994 genocide", "in
/// January of the year 2000"), besides event nouns and the tokens of other
/// dates. Any other word (a verb, a name, "since", "anniversary")
/// makes the year another event's.
const YEAR_LINKS: &[&str] = &[
    "and",
    "beginning",
    "date",
    "day",
    "during",
    "eve",
    "exactly",
    "from",
    "in",
    "marked",
    "marking",
    "of",
    "on",
    "onset",
    "outbreak",
    "start",
    "that",
    "the",
    "this",
    "to",
    "very",
    "when",
    "year",
];

/// Words that put a sentence in the future ("the elections will be held on
/// 15 October", "the forthcoming summit on 3 December", "next week on 1
/// October"), so that a day after publication keeps the publication year
/// instead of going back one. Speeches and commentary name coming days as
/// often as past ones.
const FUTURE: &[&str] = &[
    "await",
    "awaiting",
    "cannot",
    "expected",
    "forthcoming",
    "host",
    "hosting",
    "must",
    "next",
    "planned",
    "scheduled",
    "shall",
    "upcoming",
    "will",
    // German, French, Spanish, Italian and Portuguese: "die Wahl wird am
    // 5. Oktober stattfinden", "le scrutin sera organisé le 7 juillet".
    "aura",
    "devra",
    "fera",
    "pourra",
    "sera",
    "soll",
    "sollen",
    "werden",
    "wird",
];

/// Modal verbs after a day that tell it as possible or to come ("the
/// referendum on 30 September may lead to …").
const MODAL: &[&str] = &["can", "could", "may", "might", "would", "should"];

/// Endings of the future in Spanish, Portuguese and Italian ("se
/// celebrarán", "será", "votarão", "si terrà", "voteranno") and of French's
/// plural ("auront", "voteront"), which no common noun or other form of
/// those languages has; French's singular "-ra" is every other language's
/// noun ("guerra", "hora"), so [`FUTURE`] lists its common verbs instead.
const FUTURE_ENDINGS: &[&str] = &["rá", "rán", "rà", "rão", "ranno", "ront"];

/// Words with an ending of [`FUTURE_ENDINGS`] that are no future.
const NOT_FUTURE: &[&str] = &["affront", "front", "pará", "tiranno"];

/// A word in the future tense of a Romance language, by its ending.
fn romance_future(w: &str) -> bool {
    w.chars().count() >= 4
        && w.starts_with(char::is_lowercase)
        && FUTURE_ENDINGS.iter().any(|ending| w.ends_with(ending))
        && !in_list(NOT_FUTURE, w)
}

/// French pronouns a verb in the singular future follows ("il entrera",
/// "qui ouvrira", "ne sera").
const FRENCH_SUBJECTS: &[&str] = &["elle", "il", "ne", "on", "qui"];

/// A French verb in the singular future ("-ra"), known by the pronoun before
/// it ("il entrera en vigueur"), as the ending alone is every other
/// language's noun ("guerra", "hora").
fn french_future_singular(before: Option<&str>, w: &str) -> bool {
    w.chars().count() >= 5
        && w.starts_with(char::is_lowercase)
        && (w.ends_with("era") || w.ends_with("ira") || w.ends_with("dra"))
        && before.is_some_and(|b| in_list(FRENCH_SUBJECTS, b))
}

/// Words of German, French, Spanish, Portuguese and Italian that tell a
/// clause in the past (auxiliaries of the perfect and pluperfect, "was",
/// "since", "last": "hat … gewählt", "avait", "fue", "el pasado 1 de
/// octubre", "le 13 février dernier").
const PAST_ELSEWHERE: &[&str] = &[
    // German
    "hat",
    "hatte",
    "hatten",
    "haben",
    "seit",
    "vergangenen",
    "letzten",
    "war",
    "waren",
    "wurde",
    "wurden",
    // Dutch
    "sinds",
    "afgelopen", // French
    "avait",
    "avaient",
    "depuis",
    "dernier",
    "dernière",
    "était",
    "étaient",
    "fut",
    "furent",
    "ont", // Spanish and Portuguese
    "desde",
    "foi",
    "foram",
    "fue",
    "fueron",
    "ha",
    "han",
    "había",
    "habían",
    "havia",
    "passado",
    "pasado", // Italian
    "erano",
    "fu",
    "furono",
    "hanno",
    "scorso",
    "stata",
    "stato",
];

/// Endings of the past of Spanish ("dejó", "votaron", "dijeron"), Italian
/// ("votò") and Portuguese ("votou", "demitiu", "votaram").
const PAST_ENDINGS_ELSEWHERE: &[&str] = &["ó", "ò", "aron", "ieron", "ou", "aram", "eram"];

/// `w` ends as the Portuguese past of a verb in "-ir" ("demitiu", "pediu",
/// "caiu"), and not as a Polish locative ("we wrześniu", "na posiedzeniu"),
/// whose "-iu" follows n, c, z or s.
fn portuguese_past_in_iu(w: &str) -> bool {
    w.ends_with("iu") && !["niu", "ciu", "ziu", "siu"].iter().any(|e| w.ends_with(e))
}

/// Endings of the Polish past ("prowadził", "wygrała", "było", "były"),
/// which no word of the other languages has.
const POLISH_PAST_ENDINGS: &[&str] = &["ł", "ła", "ło", "ły"];

/// French participles before "le" + a day that set a day to come rather
/// than tell one that has passed ("programmé le 12 mai"); other ones
/// ("nommé le 13 décembre", "élu le 7 mai") tell the past.
const FRENCH_PARTICIPLES_TO_COME: &[&str] = &[
    "avancé",
    "convoqué",
    "fixé",
    "programmé",
    "programmée",
    "repoussé",
    "repoussée",
    "reporté",
    "reportée",
];

/// Endings of the Czech and Slovak past ("musely", "schválila", "proběhlo",
/// "odstúpil"), read only in an article in those languages, where nouns
/// with them ("pravidla", "křesla") only keep a day where it was.
const CZECH_SLOVAK_PAST_ENDINGS: &[&str] = &["l", "la", "lo", "li", "ly"];

/// A word in the past of another language: one of [`PAST_ELSEWHERE`], or
/// a verb with an ending of [`PAST_ENDINGS_ELSEWHERE`]. In a Czech or
/// Slovak article "-ou" is the present or future ("otevřou", "budou") or
/// an instrumental ("vládou"), not Portuguese "votou", and the Czech and
/// Slovak past endings are read instead.
fn past_elsewhere(w: &str, language: Language) -> bool {
    let czech_slovak = language == Language::CzechSlovak;
    // Hungarian ends its present participles in "-ó" ("az alakuló ülés"),
    // Spanish its preterite.
    let ending = |ending: &&str| {
        w.ends_with(ending)
            && !(czech_slovak && *ending == "ou")
            && !(language == Language::Hungarian && *ending == "ó")
    };
    // Danish, Norwegian and Swedish "ha" is the infinitive "have" ("ska ha
    // beställt", "skal ha"), not Spanish or Italian "ha".
    in_list(PAST_ELSEWHERE, w)
        && !(language == Language::Scandinavian && w.eq_ignore_ascii_case("ha"))
        || w.chars().count() >= 4
            && w.starts_with(char::is_lowercase)
            && (PAST_ENDINGS_ELSEWHERE
                .iter()
                .chain(POLISH_PAST_ENDINGS)
                .any(ending)
                || portuguese_past_in_iu(w)
                || czech_slovak && CZECH_SLOVAK_PAST_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// A French past participle right before "le" + a day ("Bayrou, nommé le
/// 13 décembre"): the day has passed.
fn french_participle(w: &str) -> bool {
    w.chars().count() >= 4
        && w.starts_with(char::is_lowercase)
        && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        && !in_list(FRENCH_PARTICIPLES_TO_COME, w)
}

/// German past forms, which a German sentence puts right after a date that
/// opens it ("Am 9. November trat er zurück", "Am 1. September hat Sachsen
/// gewählt"): the perfect's auxiliaries and common strong verbs (the weak
/// ones end in "-te", "-ten").
const GERMAN_PAST_SECOND: &[&str] = &[
    "bat", "begann", "begannen", "blieb", "blieben", "fand", "fanden", "fiel", "fielen", "gab",
    "gaben", "gelang", "gewann", "gewannen", "ging", "gingen", "hielt", "hielten", "kam", "kamen",
    "lag", "lagen", "nahm", "nahmen", "rief", "riefen", "sah", "sahen", "schlug", "schlugen",
    "sprach", "sprachen", "stand", "standen", "starb", "starben", "stieg", "stiegen", "traf",
    "trafen", "trat", "traten", "verlor", "verloren", "zog", "zogen",
];

/// Endings of Turkish verbs in the future ("yapılacak", "açıklayacak") or
/// the present ("planlanıyor", "bekleniyor").
const TURKISH_TO_COME_ENDINGS: &[&str] = &[
    "acak", "ecek", "acaklar", "ecekler", "ıyor", "iyor", "uyor", "üyor", "ıyorlar", "iyorlar",
];

/// French forms of "to be" before a participle that make it a passive's,
/// which may be to come ("sera renouvelée le 27 septembre").
const FRENCH_PASSIVE_BE: &[&str] = &["est", "sera", "seront", "sont", "soit", "être"];

/// The words of [`FUTURE`] of German, French, Spanish, Italian and
/// Portuguese, which put a day they govern in the future.
const FUTURE_ELSEWHERE: &[&str] = &[
    "aura", "devra", "fera", "pourra", "sera", "soll", "sollen", "werden", "wird",
];

/// "When" opening a clause of time after a year, in the other languages
/// of the beat (Danish and Norwegian "da" only in an article in those, as
/// it is "from" in Italian and Portuguese).
const WHEN_ELSEWHERE: &[&str] = &[
    "als",
    "toen",
    "lorsque",
    "quand",
    "cuando",
    "quando",
    "când",
    "när",
    "kdy",
    "keď",
    "kiedy",
    "kada",
    "kun",
    "kui",
    "kai",
    "όταν",
    "когда",
    "коли",
];

/// Tokens after a date opening its clause in which
/// [`Scanner::opens_an_appointment`] looks for its verb.
const OPENING_VERB_REACH: usize = 6;

/// Words right before a day from which something applies, for
/// [`Scanner::in_force_from`]: English (and "as of", "starting on"), French ("dès le", "à partir du"
/// are read apart), Italian "dal", Dutch, Danish, Norwegian and Swedish.
/// Not "since" or "desde", which tell a start that has passed.
const FROM_ON: &[&str] = &[
    "from",
    "starting",
    "beginning",
    "effective",
    "dal",
    "vanaf",
    "fra",
    "från",
];

/// [`FROM_ON`] of Polish, Czech, Slovak, Russian and Ukrainian, which also
/// say "since".
const FROM_ON_SLAVIC: &[&str] = &["od", "с", "со", "з", "із", "від"];

/// Words after a day that make it the start of a range.
const RANGE_ENDS: &[&str] = &[
    "to", "till", "until", "through", "au", "al", "a", "à", "tot", "til", "do", "po", "по", "до",
    "bis",
];

/// Present verbs of Portuguese, Spanish, Italian and French that set an
/// appointment ("toma posse a 5 de janeiro", "asume el 10 de diciembre",
/// "si insedia il 13 ottobre", "prend ses fonctions le 14 mai"): the third
/// person, which no noun of those languages spells the same.
const APPOINTMENTS_ELSEWHERE: &[&str] = &[
    // Portuguese and Spanish
    "assume", "asume", "começa", "comienza", "empieza", "toma", "encerra", "expira", "termina",
    // Italian
    "comincia", "inizia", "insedia", "scade", // French
    "commence", "débute", "prend", "expire",
];

/// "Takes place" in French, Italian, Spanish and Portuguese, an
/// appointment in the present whose auxiliary-like verb is no past ("les
/// municipales ont lieu le 22 mars", "ha luogo il 22 marzo", "tiene lugar
/// el 22 de marzo"): `w` is the noun and `prev` the word before it.
fn takes_place(prev: Option<&str>, w: &str) -> bool {
    in_list(&["lieu", "luogo", "lugar"], w)
        && prev.is_some_and(|p| {
            in_list(
                &["a", "ont", "ha", "hanno", "tiene", "tienen", "tem", "têm"],
                p,
            )
        })
}

/// German past forms that a clause may put before its day ("Die Ampel
/// zerbrach am 6. November", "der Bundespräsident löste das Parlament am
/// 27. Dezember auf"): weak verbs commentary tells politics with.
const GERMAN_PAST_BEFORE: &[&str] = &[
    "brach",
    "entließ",
    "erklärte",
    "forderte",
    "führte",
    "kündigte",
    "legte",
    "löste",
    "regierte",
    "sagte",
    "scheiterte",
    "setzte",
    "stellte",
    "stimmte",
    "verließ",
    "wählte",
    "zerbrach",
];

/// Words right before a day that make it a deadline or an appointment,
/// hence to come ("by 10 December", "until 31 December", "a vote for 11
/// June").
/// German "ab" and "bis" ("ab 1. Jänner", "bis 31. Oktober") and Polish
/// "na" ("głosowanie na 11 czerwca") do the same.
const DEADLINE: &[&str] = &["by", "for", "till", "until", "ab", "bis", "na"];

/// Verbs that move an event to a new day: after one of them (a few words
/// back), "to 15 December" is that new day, hence to come ("voted to push
/// the election to 15 December", "postponed the summit to 3 May").
const MOVED_TO: &[&str] = &[
    "brought",
    "delay",
    "delayed",
    "defer",
    "deferred",
    "move",
    "moved",
    "postpone",
    "postponed",
    "push",
    "pushed",
    "put",
    "reschedule",
    "rescheduled",
];

/// Words before "to" + a verb that make what follows an obligation or an
/// intention, hence to come, even in a month that has passed this year:
/// "has to repay … in January", "plans to hold a forum in December", "set
/// to take place in October". Not "would like to": in speeches it mostly
/// introduces what is said ("I would like to recall that on 17 July …").
const INTENT_BEFORE_TO: &[&str] = &[
    "due", "expect", "expects", "going", "has", "have", "intend", "intends", "need", "needs",
    "plan", "plans", "set",
];

/// Words after "to" that make it a preposition, not an infinitive's: "due
/// to the lack of rain", "the plan to the people".
const NOT_A_VERB: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Tokens back from a day or month in which an intention governs it.
const INTENT_REACH: usize = 10;

/// Words back from a day or month in which [`Self::scheduled`] looks.
const SCHEDULED_REACH: usize = 12;

/// Verbs that put an appointment in the present tense, for what is to come
/// ("the session opens on 15 September", "the mandate expires in March",
/// "whoever wins takes office on 8 November"): the third person, and the
/// plain form after a subject of [`SUBJECTS`] ("the states, which vote in
/// September").
const SCHEDULED_THIRD_PERSON: &[&str] = &[
    "applies",
    "begins",
    "closes",
    "convenes",
    "ends",
    "expires",
    "falls",
    "follows",
    "gathers",
    "goes",
    "hands",
    // Anniversaries kept on their day: "On 21 May we mark twenty years".
    "marks",
    "celebrates",
    "commemorates",
    "meets",
    "opens",
    "reconvenes",
    "resumes",
    "returns",
    "runs",
    "sits",
    "starts",
    "takes",
    "votes",
];
const SCHEDULED: &[&str] = &[
    "apply",
    "begin",
    "close",
    "convene",
    "end",
    "expire",
    "fall",
    "follow",
    "gather",
    "hand",
    "mark",
    "celebrate",
    "commemorate",
    "meet",
    "open",
    "reconvene",
    "resume",
    "return",
    "run",
    "sit",
    "start",
    "take",
    "vote",
];

/// Adverbs that may stand between a present passive and its day: "is
/// reviewed again on 1 April", "are sworn in formally on 3 May".
const PASSIVE_ADVERBS: &[&str] = &["again", "also", "finally", "formally", "only"];
const SUBJECTS: &[&str] = &["they", "we", "which", "who"];

/// Words that end in "s" but are no plural noun, so no subject of a plain
/// verb of [`SCHEDULED`] ("perhaps end", "unless they vote").
const NOT_PLURAL: &[&str] = &[
    "afterwards",
    "always",
    "besides",
    "does",
    "has",
    "his",
    "hers",
    "its",
    "nevertheless",
    "perhaps",
    "sometimes",
    "this",
    "thus",
    "towards",
    "unless",
    "was",
    "whereas",
];

/// The present of "to be" right before the day's "in" or "on" makes it an
/// appointment ("the deadline is in October", "the vote is on 18 May").
const PRESENT_BE: &[&str] = &["are", "is"];

/// Words of a clause told in the past: a future in it has passed ("was
/// scheduled for"), and a present verb of [`SCHEDULED`] is a story's, not
/// an appointment.
const PAST: &[&str] = &["ago", "did", "had", "last", "was", "were"];

/// Verbs after "will" that bring back what has been ("as members will
/// recall, on 3 March …"), so that "will" puts nothing in the future.
const WILL_REMEMBER: &[&str] = &[
    "acknowledge",
    "agree",
    "appreciate",
    "find",
    "know",
    "note",
    "notice",
    "readily",
    "realize",
    "realise",
    "recall",
    "recollect",
    "remember",
    "see",
    "surely",
    "understand",
];

/// Words that bring back a past day wherever they stand after "will":
/// "it will be recalled that on 20 May", "there will be no forgetting 11
/// September", "will mark the anniversary of …".
const MEMORY_STEMS: &[&str] = &[
    "anniversar",
    "commemorat",
    "forget",
    "recall",
    "recollect",
    "remember",
];

/// Past forms that end no clause in "-ed", which a clause holding "will"
/// may still tell a past day by ("I will repeat what I said in August",
/// "the peace process begun on 4 September").
const PAST_FORMS: &[&str] = &[
    "fell", "met", "began", "begun", "came", "gave", "given", "made", "said", "saw", "seen",
    "spoke", "spoken", "taken", "told", "took", "won", "wrote", "written",
];

/// "Since" in the languages read: a year after it starts a stretch that
/// runs to the present ("since 1986", "seit 2017", "depuis 2012").
const SINCE: &[&str] = &["since", "seit", "depuis", "desde", "sinds", "sedan"];

/// Tokens back from "to" in which a verb of [`MOVED_TO`] governs it.
const MOVED_TO_REACH: usize = 5;

impl Scanner<'_> {
    /// Pushes month `m` (day `d`, if given) placed as `placing`, spanning
    /// tokens `first..=last`, with the month name at token `month`.
    pub(super) fn push_yearless(
        &mut self,
        placing: Placing,
        (m, month): (u8, usize),
        d: Option<u8>,
        first: usize,
        last: usize,
    ) {
        let date = match placing {
            Placing::Year(year) => year.and_then(|y| dated(y, m, d)),
            Placing::Published if self.french_participle_before(first) => {
                self.published.and_then(|p| latest_on_or_before(p, m, d))
            }
            Placing::Published if self.intended(first) || self.will_govern(first, last) => {
                self.published.and_then(|p| first_on_or_after(p, m, d))
            }
            // An appointment its own clause tells ("the winner takes office
            // on 27 January", "must be chosen on 21 January", "ab 1.
            // Jänner") may be next year's; a future read further on ("the
            // meeting held in July will contribute …") or a deadline ("by
            // July") is as often a past story's, so stays this year's.
            Placing::Published
                if self.appointment_to_come(first, last)
                    || self.future_elsewhere_before(first)
                    || self.appointment_elsewhere_before(first)
                    || self.in_force_from(first, last, d)
                    || self.opens_an_appointment(first, last)
                    || first.checked_sub(1).is_some_and(|p| self.is_word(p, "ab")) =>
            {
                self.published.and_then(|p| to_come(p, m, d))
            }
            // A deadline long past this year, in a clause told in no past
            // ("must reach the president by 30 January", "do 30 stycznia"
            // in October), is next year's.
            Placing::Published if self.deadline_to_come(first, last) => {
                self.published.and_then(|p| to_come(p, m, d))
            }
            // A future or a deadline keeps the publication year, unless the
            // day is an appointment within weeks, which may be next year's
            // ("un incontro il 15 gennaio, e il decreto arriverà" in December).
            Placing::Published
                if self.future_tense(first, month, last) || self.scheduled(first) =>
            {
                self.soon_appointment(first, (m, month), d, last)
                    .or_else(|| self.published.and_then(|p| dated(p.year, m, d)))
            }
            // A day that comes within weeks, in a clause told in no past
            // tense ("Colombians elect a president on 31 May", "Polls close
            // at 10pm on 7 May", "проводит съезд 17 января" in December):
            // the coming one. Turkish puts its verb last and is read by
            // `turkish_to_come`.
            // A future told in reported speech ("said that it would publish
            // the lists on 12 October"): the coming day, if it comes within
            // half a year; a story's "would" speaks of days long past.
            Placing::Published
                if self.reported_future(first, month, last)
                    && self
                        .published
                        .and_then(|p| coming_within(p, m, d, REPORTED_FUTURE_DAYS))
                        .is_some() =>
            {
                self.published
                    .and_then(|p| coming_within(p, m, d, REPORTED_FUTURE_DAYS))
            }
            Placing::Published
                if !is_turkish_month(self.str(month))
                    && !self.told_in_a_past(first, last)
                    && self.said_as_an_appointment(first, month, last) =>
            {
                match self.published.and_then(|p| soon_after(p, m, d)) {
                    Some(soon) => Some(soon),
                    None if self.present_elsewhere(first, month, last) => {
                        self.present_day(first, m, d)
                    }
                    None => self
                        .run_to_come(first, last, m, d)
                        .or_else(|| self.published.and_then(|p| latest_on_or_before(p, m, d))),
                }
            }
            Placing::Published if self.present_elsewhere(first, month, last) => {
                self.present_day(first, m, d)
            }
            Placing::Published => self
                .run_to_come(first, last, m, d)
                .or_else(|| self.published.and_then(|p| latest_on_or_before(p, m, d))),
            Placing::Upcoming => self.published.and_then(|p| first_after(p, m, d)),
        };
        let Some(date) = date.map(|date| self.on_its_weekday(date, first, last)) else {
            return;
        };
        let before = self.out.len();
        self.push(date, first, last);
        if placing == Placing::Published && self.out.len() > before {
            self.out[before].year_assumed = true;
            self.yearless.push((before, first, last));
        }
    }

    /// Day `d` (or month `m`) starting at token `first`, told in no tense in
    /// another language: [`this_year_unless_just_past`], unless a deadline
    /// word stands before it ("entro il 31 dicembre", "bis 31. Dezember"),
    /// which is to come.
    fn present_day(&self, first: usize, m: u8, d: Option<u8>) -> Option<PartialDate> {
        const DEADLINES_ELSEWHERE: &[&str] = &[
            "entro", "fino", "bis", "avant", "antes", "hasta", "até", "tot", "până", "do", "до",
        ];
        let deadline = (1..=2).any(|back| {
            first
                .checked_sub(back)
                .is_some_and(|k| self.word_in(k, DEADLINES_ELSEWHERE) || self.word_in(k, DEADLINE))
        });
        let p = self.published?;
        if deadline {
            dated(p.year, m, d)
        } else {
            this_year_unless_just_past(p, m, d)
        }
    }

    /// Day `d` of month `m` spanning tokens `first..=last`, told in no
    /// past, that follows in the text and in the calendar a day without a
    /// year read as to come, at most [`RUN_BYTES`] before it: that one's
    /// year, as a calendar or schedule tells its days in order ("1 January.
    /// Bulgaria adopts the euro. 5 March. Nepal votes", "voted on 21 April
    /// at the latest. If it slips past 30 June"). Days only: a month alone
    /// is as often a past story's ("in November, … in December"). A check at
    /// the day alone: the last date before it is the only one read.
    fn run_to_come(&self, first: usize, last: usize, m: u8, d: Option<u8>) -> Option<PartialDate> {
        let published = self.published.filter(|p| p.day.is_some())?;
        let start = self.toks.get(first)?.start as usize;
        let before = self
            .out
            .iter()
            .rev()
            .find(|x| x.end <= start && x.date.month.is_some())?;
        if start - before.end > RUN_BYTES
            || !before.year_assumed
            || before.date.day.is_none()
            || before.date.first_day() <= published.last_day()
        {
            return None;
        }
        let date = PartialDate::day(before.date.year, m, d?)?;
        // A past after one comma tells the phrase the day opens: "At the
        // Council in Geneva on 5 November, Riyadh presented".
        let mut commas = 0;
        let past_after_comma = (last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| {
                commas += usize::from(self.punct_in(k, ","));
                commas < 2 && !self.punct_in(k, ".;!?:")
            })
            .filter(|&k| self.kind(k) == Some(Kind::Word))
            .any(|k| past_word(self.str(k), Some(self.str(k + 1)), false, self.language));
        (date.first_day() > before.date.first_day()
            && !past_after_comma
            && !self.told_in_a_past(first, last))
        .then_some(date)
    }

    /// `date`, a day whose year was worked out, spanning tokens
    /// `first..=last`, in the year next to it where it falls on the weekday
    /// written before it or set after it, if that is not its year: "Friday
    /// 7 August" in a 1970 speech is 1970's, whatever the tense, and "has
    /// pencilled in 4 October, a Sunday" is the year whose 4 October is
    /// one. A day and month fall on three different weekdays in three years
    /// running, so at most one of them fits.
    fn on_its_weekday(&self, date: PartialDate, first: usize, last: usize) -> PartialDate {
        let (Some(m), Some(d)) = (date.month, date.day) else {
            return date;
        };
        let weekday = |w: usize| WEEKDAY_NAMES.iter().position(|name| self.is_word(w, name));
        let mut w = first.checked_sub(1);
        if let Some(p) = w.filter(|&p| self.punct_in(p, ",")) {
            w = p.checked_sub(1);
        }
        let set_after = || {
            let a = last + 2;
            let a = if self.word_in(a, &["a", "an"]) {
                a + 1
            } else {
                a
            };
            (self.punct_in(last + 1, ",(") || self.punct_in(last + 1, "—–"))
                .then(|| weekday(a))
                .flatten()
        };
        let Some(named) = w.and_then(weekday).or_else(set_after) else {
            return date;
        };
        let falls_on = |y: i32| {
            PartialDate::day(y, m, d)
                .filter(|day| day.first_day().weekday().number_days_from_monday() as usize == named)
        };
        if falls_on(date.year).is_some() {
            return date;
        }
        // Failing those, the latest year written earlier in its sentence
        // that the weekday fits: "In 2020 the first debate was held on
        // September 29, and the race was not called until Saturday,
        // November 7" in 2024.
        [date.year - 1, date.year + 1]
            .into_iter()
            .find_map(falls_on)
            .or_else(|| {
                let day_start = self.toks.get(first)?.start as usize;
                let sentence = sentence_start(self.text, day_start);
                self.out
                    .iter()
                    .rev()
                    .take_while(|m| m.start >= sentence)
                    .filter(|m| m.end <= day_start && !m.year_assumed)
                    .find_map(|m| falls_on(m.date.year))
            })
            .unwrap_or(date)
    }

    /// Moves each date pushed as [`Placing::Published`] to the one year its
    /// clause names, if it names exactly one; `from` is where this window's
    /// dates start in `out`. A day the new year lacks (29 February) is dropped.
    pub(super) fn place_by_clause(&mut self, from: usize) {
        let mut dropped = Vec::new();
        for n in 0..self.yearless.len() {
            let (at, first, last) = self.yearless[n];
            let date = self.out[at].date;
            let Some(year) = self
                .relative_year_just_before(first)
                .or_else(|| self.clause_year(from, first, last, self.read_as_to_come(date)))
                .or_else(|| self.sentence_opening_year(from, first))
                .or_else(|| self.when_clause_year(from, first))
                .or_else(|| self.sentence_opening_relative_year(from, first))
                .or_else(|| self.turkish_year_before(first))
                .or_else(|| self.sentence_dated_before(from, (first, last), date))
            else {
                continue;
            };
            match date.month.and_then(|m| dated(year, m, date.day)) {
                Some(moved) => {
                    self.out[at].date = moved;
                    self.out[at].year_assumed = false;
                }
                None => dropped.push(at),
            }
        }
        for at in dropped.into_iter().rev() {
            self.out.remove(at);
        }
    }

    /// The one year that the other dates within [`CLAUSE_REACH`] tokens of
    /// tokens `first..=last`, with only [`Self::links_to_year`] between, agree on, when
    /// one of them is a year alone ("in 1994", "the 1994 genocide", "last
    /// year"); a full date there may confirm that year but never gives it,
    /// so a year that belongs to another day is not taken.
    fn clause_year(&self, from: usize, first: usize, last: usize, to_come: bool) -> Option<i32> {
        let mut year = None;
        let mut year_alone = false;
        for (at, mention) in self.out.iter().enumerate().skip(from) {
            if self.yearless.iter().any(|&(y, _, _)| y == at) {
                continue;
            }
            let (a, b) = self.token_span(mention.start, mention.end)?;
            let between = if b < first {
                b + 1..first
            } else if a > last {
                last + 1..a
            } else {
                continue;
            };
            if between.len() > CLAUSE_REACH || !between.clone().all(|k| self.links_to_year(from, k))
            {
                continue;
            }
            // "their first pact since 1986, and on 15 January …": a year
            // after "since" opens a stretch up to now and is no later day's.
            if b < first && a.checked_sub(1).is_some_and(|p| self.word_in(p, SINCE)) {
                continue;
            }
            // A year that dates another noun is that noun's, not a day's
            // to come ("meets on 11 June, and the 2008 Bucharest
            // declaration", Turkish "2026 bütçesi 17 Ekim'de sunulacak"); a
            // past day's it may date ("launched … on 25 March, marking
            // the start of the 1971 genocide").
            if to_come && mention.date.month.is_none() && self.attributive_year(a, b, a > last) {
                continue;
            }
            if year.is_some_and(|y| y != mention.date.year) {
                return None;
            }
            year = Some(mention.date.year);
            year_alone |= mention.date.month.is_none();
        }
        year.filter(|_| year_alone)
    }

    /// `date`, a day or month placed by the publication date, lies after it.
    fn read_as_to_come(&self, date: PartialDate) -> bool {
        self.published
            .is_some_and(|p| date.first_day() > p.last_day())
    }

    /// The year alone spanning tokens `a..=b` is an attribute of the noun
    /// after it: after a determiner, when it follows the day ("on 11 June,
    /// and the 2008 Bucharest declaration"; before the day, "the 1994
    /// genocide … on 7 April", it tells the story's year), or before a
    /// Turkish event noun ("2026 bütçesi").
    fn attributive_year(&self, a: usize, b: usize, after_the_day: bool) -> bool {
        let determiner = a
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, &["the", "its", "their", "this"]));
        let turkish_noun = self.kind(b + 1) == Some(Kind::Word) && {
            let lower = self.str(b + 1).to_lowercase();
            TURKISH_EVENT_STEMS.iter().any(|s| lower.starts_with(s))
        };
        after_the_day && determiner && self.kind(b + 1) == Some(Kind::Word) || turkish_noun
    }

    /// The year that opens the sentence of the day starting at token
    /// `first` and governs it: a year alone ("In 2023, Milei ganó la
    /// segunda vuelta del 19 de noviembre", "В 2021 году участки были
    /// открыты с 17 по 19 сентября", "Last year this House heard the
    /// budget … on 19 February") standing first in its sentence, or after
    /// one word before it ("In", "В", "W"), with no other date between it
    /// and the day. A year inside the sentence may be any clause's, so
    /// only the opening one is taken.
    fn sentence_opening_year(&self, from: usize, first: usize) -> Option<i32> {
        let day_start = self.toks.get(first)?.start as usize;
        let mut opening = None;
        // Days between that this rule already placed in the opening's year
        // ("In 2015 the council consulted in August … and approved the
        // scheme on 7 September") do not stand between.
        let mut placed_between = 0;
        for (yearless, mention) in self.dates_of_the_sentence_before(from, day_start) {
            if yearless {
                let placed = opening.is_some_and(|o: &MentionedDate| {
                    !mention.year_assumed && mention.date.year == o.date.year
                });
                if !placed {
                    return None;
                }
                placed_between += 1;
                continue;
            }
            // A year that opens a later clause ("…, e nel 2017 il
            // Rosatellum passò il 26 ottobre") governs the days after it.
            if opening.is_some() && !self.year_opens_clause(mention) {
                return None;
            }
            opening = Some(mention);
            placed_between = 0;
        }
        let mention = opening?;
        // The only date before the day in its sentence, and a year alone.
        if mention.date.month.is_some()
            || self.out[from..]
                .iter()
                .filter(|m| m.end <= day_start && m.start >= mention.start)
                .count()
                != 1 + placed_between
        {
            return None;
        }
        let between = &self.text[mention.end..day_start];
        if between.contains(['.', ';', '!', '?']) {
            return None;
        }
        // A past year does not reach a day another clause tells as to come
        // ("В прошлом году дума приняла …, а выборы пройдут 17 марта").
        if self.published.is_some_and(|p| mention.date.year < p.year)
            && self.clause_before_told_in(first, Tense::Future)
        {
            return None;
        }
        // A paragraph's first words open a sentence ("members,\n\nLast
        // year"); one line break may only wrap a sentence.
        let gap = &self.text[self.text[..mention.start].trim_end().len()..mention.start];
        if gap.matches('\n').count() >= 2
            && self.text[mention.start..].starts_with(|c: char| c.is_uppercase())
        {
            return Some(mention.date.year);
        }
        let before = self.text[..mention.start].trim_end();
        let (rest, word) = match before.rfind(char::is_whitespace) {
            Some(at) => (before[..at].trim_end(), &before[at..]),
            None => ("", before),
        };
        let opens = |t: &str| t.is_empty() || t.ends_with(['.', '!', '?', '\n', '»', '"', '”']);
        let one_word =
            word.trim().chars().count() <= 4 && word.trim().chars().all(char::is_alphabetic);
        // A sentence opens with a capital or a digit ("Last year", "2023 was").
        let capital = self.text[mention.start..]
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        (opens(before) && capital
            || one_word && word.trim().starts_with(char::is_uppercase) && opens(rest)
            || self.year_opens_clause(mention))
        .then_some(mention.date.year)
    }

    /// `mention`, a year alone, opens a clause inside its sentence after
    /// one short preposition: after a comma, semicolon or colon ("…
    /// removed leaders before: in 2007, after the defeat of 29 July"), or
    /// after a comma and a conjunction ("…, en in 2017 werd het kabinet pas op 26 oktober
    /// beëdigd", "…, e nel 2017 il Rosatellum passò il 26 ottobre", "…;
    /// in 2019 the talks resumed on 4 March").
    fn year_opens_clause(&self, mention: &MentionedDate) -> bool {
        if mention.date.month.is_some() {
            return false;
        }
        let before = self.text[..mention.start].trim_end();
        let Some(at) = before.rfind(char::is_whitespace) else {
            return false;
        };
        let (rest, preposition) = (before[..at].trim_end(), before[at..].trim());
        let short = (1..=4).contains(&preposition.chars().count())
            && preposition.chars().all(char::is_lowercase);
        // "…, 2016, and 2017": a list's last year, not a clause's opening
        // ("en", "a" and "i" are also other languages' "in").
        let joins =
            in_list(CLAUSE_CONJUNCTIONS, preposition) && !in_list(&["a", "en", "i"], preposition);
        // ", der 2025 das Amt übernommen hatte, sprach am 24. Juni": a
        // relative clause's year is its noun's, not the sentence's; so is
        // a year after an article (", and the 2000 recount in Florida
        // still haunts lawyers who have filed suits since January").
        let relative = in_list(RELATIVE_PRONOUNS, preposition)
            || in_list(&["the", "its", "this", "that", "their"], preposition);
        if !short || joins || relative {
            return false;
        }
        if rest.ends_with([',', ';', ':']) {
            return true;
        }
        let Some(at) = rest.rfind(char::is_whitespace) else {
            return false;
        };
        in_list(CLAUSE_CONJUNCTIONS, rest[at..].trim()) && rest[..at].trim_end().ends_with(',')
    }

    /// The year that a relative clause of time opened after it governs:
    /// "tighter than in 2021, when the lists came out on 24 September and
    /// the first round was held on 7 November", "She remembers 2010, when
    /// the agreement of 11 May rewrote a budget". The day must follow in
    /// the same sentence with no other date between but days this rule
    /// placed.
    fn when_clause_year(&self, from: usize, first: usize) -> Option<i32> {
        let day_start = self.toks.get(first)?.start as usize;
        let mut year = None;
        for (yearless, mention) in self.dates_of_the_sentence_before(from, day_start) {
            if yearless {
                if year.is_some_and(|y| mention.year_assumed || mention.date.year != y) {
                    return None;
                }
                continue;
            }
            let (_, b) = self.token_span(mention.start, mention.end)?;
            year = (mention.date.day.is_none() && self.when_clause_opens(b))
                .then_some(mention.date.year);
        }
        year
    }

    /// A year or a month and year ending at token `b` opens a clause of
    /// time after its comma, in English ([`Self::when_clause_after`]) or
    /// another language: "siden oktober 2021, da Støre ble statsminister 14.
    /// oktober", "im März 2024, als …", "v roce 2019, kdy …".
    fn when_clause_opens(&self, b: usize) -> bool {
        self.when_clause_after(b)
            || self.glued(b + 1)
                && self.punct_in(b + 1, ",")
                && (self.word_in(b + 2, WHEN_ELSEWHERE)
                    || self.language == Language::Scandinavian && self.is_word(b + 2, "da"))
    }

    /// The dates from `out[from]` on that stand in the sentence of the day
    /// starting at byte `day_start` (as far back as the window reads) before
    /// it, each with whether it is a day pushed without a year
    /// (`self.yearless`).
    fn dates_of_the_sentence_before(
        &self,
        from: usize,
        day_start: usize,
    ) -> impl Iterator<Item = (bool, &MentionedDate)> {
        let sentence = sentence_start_across_lines(self.text, day_start);
        self.out
            .iter()
            .enumerate()
            .skip(from)
            .take_while(move |(_, mention)| mention.start < day_start)
            .filter(move |(_, mention)| mention.start >= sentence)
            .map(|(at, mention)| (self.yearless.iter().any(|&(y, _, _)| y == at), mention))
    }

    /// The year that a relative year opening the sentence in another
    /// language gives the day starting at token `first` ("L'an dernier, le
    /// gouvernement est tombé le 8 septembre", "Vorig jaar verscheen de
    /// nota op 15 april", "W zeszłym roku … 9 lutego", "I fjor ble
    /// budsjettet vedtatt 5. desember", "Prošle godine … 4. srpnja"), with
    /// no other date between but days this rule placed. Read from the text,
    /// as the phrase may lie before the window. A past year does not reach
    /// a day told as to come, which another clause tells: "В прошлом году
    /// дума приняла …, а выборы пройдут 17 марта".
    fn sentence_opening_relative_year(&self, from: usize, first: usize) -> Option<i32> {
        let day_start = self.toks.get(first)?.start as usize;
        let sentence = sentence_start(self.text, day_start);
        let opening = self.text[sentence..day_start]
            .trim_start_matches(|c: char| c.is_whitespace() || "\"'«»“”„-–—*".contains(c));
        let offset = RELATIVE_YEARS_OPENING
            .iter()
            .find_map(|&(phrase, offset)| {
                let head = opening.get(..phrase.len())?;
                let rest = &opening[phrase.len()..];
                (head.to_lowercase().replace('’', "'") == phrase
                    && rest.starts_with(|c: char| c.is_whitespace() || c == ','))
                .then_some(offset)
            })?;
        if offset < 0 && self.clause_before_told_in(first, Tense::Future) {
            return None;
        }
        // "Budúci rok …, ktorú vláda sľúbila predložiť do 30. septembra":
        // a past in the day's own clause tells a day before the year to come.
        if offset > 0 && self.clause_before_told_in(first, Tense::Past) {
            return None;
        }
        let year = self.published?.year.checked_add(offset)?;
        let between = self.out[from..].iter().enumerate().any(|(n, m)| {
            m.start >= sentence
                && m.end <= day_start
                && !(self.yearless.iter().any(|&(y, _, _)| y == from + n)
                    && !m.year_assumed
                    && m.date.year == year)
        });
        (!between).then_some(year)
    }

    /// The clause before the day starting at token `first` (its last
    /// words, back to a comma or the sentence's end) is told in `tense`: a
    /// future verb ("а выборы пройдут 17 марта", "and the vote will be held
    /// on 3 May"), or a past one ([`past_word`] of the article's language)
    /// with no future auxiliary there, as a participle after one is a
    /// future passive ("les élections seront organisées le 12 avril"); a
    /// Slavic perfective ("predložiť") is a future, but leaves a past in
    /// its clause one.
    fn clause_before_told_in(&self, first: usize, tense: Tense) -> bool {
        const REACH: usize = 8;
        let (mut past, mut auxiliary, mut perfective) = (false, false, false);
        for k in (0..first)
            .rev()
            .take(REACH)
            .take_while(|&k| !self.punct_in(k, ",;:.!?"))
        {
            auxiliary |= self.word_in(k, FUTURE)
                || self.kind(k) == Some(Kind::Word) && romance_future(self.str(k))
                || self.language == Language::CzechSlovak && self.word_in(k, CZECH_SLOVAK_FUTURE);
            perfective |= self.slavic_future(k) && !slavic_past(self.str(k));
            past |= self.kind(k) == Some(Kind::Word)
                && past_word(self.str(k), Some(self.str(k + 1)), false, self.language);
        }
        match tense {
            Tense::Future => auxiliary || perfective,
            Tense::Past => past && !auxiliary,
        }
    }

    /// The year that a relative year of another language right before the
    /// day starting at token `first` gives it ("kuntavaalit ensi vuonna 13.
    /// huhtikuuta", "valget neste år 9. juni"): the phrases of
    /// [`RELATIVE_YEARS_OPENING`], read wherever they stand in the sentence.
    fn relative_year_just_before(&self, first: usize) -> Option<i32> {
        let day_start = self.toks.get(first)?.start as usize;
        let before = self.text[..day_start].trim_end();
        let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
        let tail = tail.to_lowercase().replace('’', "'");
        let offset = RELATIVE_YEARS_OPENING
            .iter()
            .find_map(|&(phrase, offset)| {
                let head = tail.strip_suffix(phrase)?;
                head.ends_with(char::is_whitespace).then_some(offset)
            })?;
        self.published?.year.checked_add(offset)
    }

    /// The year that Turkish "geçen yıl", "bu yıl" or "gelecek yıl" right
    /// before the day at token `first` gives it ("Geçen yıl 29 Ekim töreni").
    fn turkish_year_before(&self, first: usize) -> Option<i32> {
        let p = first.checked_sub(2)?;
        if !self.is_word(p + 1, "yıl") {
            return None;
        }
        let offset = match self.str(p).to_lowercase().as_str() {
            "geçen" => -1,
            "bu" => 0,
            "gelecek" | "önümüzdeki" => 1,
            _ => return None,
        };
        self.published.and_then(|y| y.year.checked_add(offset))
    }

    /// The year of the day written with its month and year earlier in the
    /// sentence of the day `date` starting at token `first`, when it is the
    /// only date before the day there and the day comes after it in the
    /// calendar: a sentence tells its days in order ("Le 4 décembre 2024, la
    /// censure était adoptée, et le 13 décembre Bayrou entrait à
    /// Matignon", "initialled on 21 November 1995 and signed in Paris on 14
    /// December"). A day earlier in the calendar than that date ("Signed on
    /// 12 July 2025, the accord planned a vote in February") is left to the
    /// other rules: it may be the next year's.
    fn sentence_dated_before(
        &self,
        from: usize,
        (first, last): (usize, usize),
        date: PartialDate,
    ) -> Option<i32> {
        let day_start = self.toks.get(first)?.start as usize;
        let sentence = sentence_start_across_lines(self.text, day_start);
        // The one date before the day in its sentence whose year is
        // written: other days placed by the publication date between them
        // ("pe 6 decembrie 2024 primul tur din 24 noiembrie, … programat pe
        // 8 decembrie") do not count.
        let mut before = self.out[from..]
            .iter()
            .enumerate()
            .filter(|(_, m)| m.start >= sentence && m.end <= day_start)
            .filter(|&(n, _)| !self.yearless.iter().any(|&(y, _, _)| y == from + n));
        let (_, mention) = before.next()?;
        if before.next().is_some() {
            return None;
        }
        // Days on both sides, and the year written out: a month ("the
        // reform of March 2024 … sits on 26 July", "in April 2025 … since
        // May") or a relative year ("il 27 febbraio dell'anno scorso,
        // annuncia … per l'11 marzo") governs less far.
        let written = self.text[mention.start..mention.end]
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 4);
        let (Some(m), Some(d)) = (mention.date.month, mention.date.day) else {
            return None;
        };
        // A later day of its year, or one just before the written one (the
        // round of 24 November that a ruling of 6 December 2024 annulled).
        let later = (date.month?, date.day?) > (m, d);
        // Not after "since" ("since the tragedy of 11 September 2001, the
        // 19 August attack"), which opens a stretch up to now, nor for a
        // day naming an event ("the 19 August attack"), which the sentence
        // may date anywhere.
        // Within a window's reach after it, as a window read alone holds both.
        let (a, b) = self.token_span(mention.start, mention.end)?;
        let since = (a.saturating_sub(4)..a).any(|k| self.word_in(k, SINCE));
        let near = first.saturating_sub(b) <= CONTEXT_AFTER;
        let named = first.checked_sub(1).is_some_and(|p| self.is_word(p, "the"));
        let just_before = near
            && !since
            && !named
            && dated(mention.date.year, date.month?, date.day).is_some_and(|day| {
                let gap = (mention.date.first_day() - day.last_day()).whole_days();
                (1..=JUST_BEFORE_WRITTEN_DAYS).contains(&gap)
            });
        if !written || !(later || just_before) || mention.date.year == date.year {
            return None;
        }
        // A past year does not reach a day told as to come: "the
        // referendum on 8 September 1991 led to independence, the
        // referendum on 30 September may lead to subordination".
        let past = self.published.is_some_and(|p| mention.date.year < p.year);
        let modal = (last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| !self.punct_in(k, ".;!?"))
            .any(|k| self.word_in(k, MODAL));
        if past && (modal || self.future_tense(first, first, last)) {
            return None;
        }
        Some(mention.date.year)
    }

    /// The tokens a mention's byte span `start..end` runs over.
    fn token_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let a = self.toks.partition_point(|t| (t.start as usize) < start);
        let b = self.toks.partition_point(|t| (t.end as usize) <= end);
        (a < b).then(|| (a, b - 1))
    }

    /// A word of [`FUTURE`] (but not "the next"), "to be", "is to" or "has
    /// to" in the sentence of a date
    /// spanning tokens `first..=last`, with its month name at `month`, or a
    /// word of [`DEADLINE`] right before it: looking back no
    /// further than the window is sure to hold (five runs of text before
    /// the month's), and ahead [`CLAUSE_REACH`] tokens.
    /// "12 August last" is past whatever follows.
    fn future_tense(&self, first: usize, month: usize, last: usize) -> bool {
        let Some(month_start) = self.toks.get(month).map(|t| t.start as usize) else {
            return false;
        };
        if self.is_word(last + 1, "last") {
            return false;
        }
        // Not a line break: texts wrap lines inside sentences.
        let breaks_phrase = |k: usize| self.punct_in(k, ".;!?");
        let reach_back = chunks_back(self.text.as_bytes(), month_start, CONTEXT_BEFORE - 1);
        // "the next day" tells a story in the past; "next week" is to come.
        // "was scheduled", "had been expected": a future that has passed.
        let in_the_past = |k: usize| {
            let before = k.wrapping_sub(1);
            self.word_in(before, &["was", "were", "had"])
                || self.is_word(before, "been") && self.word_in(k.wrapping_sub(2), &["had"])
        };
        let future = |k: usize| {
            let before = k.wrapping_sub(1);
            (self.word_in(k, FUTURE)
                || self.kind(k) == Some(Kind::Word) && romance_future(self.str(k)))
                && !(self.is_word(k, "next") && self.is_word(before, "the"))
                && !in_the_past(k)
                || self.is_word(k, "be") && self.is_word(before, "to")
                || self.is_word(k, "to") && self.word_in(before, &["is", "are", "has", "have"])
                || self.slavic_future(k)
                || self.language == Language::CzechSlovak && self.word_in(k, CZECH_SLOVAK_FUTURE)
        };
        if first.checked_sub(1).is_some_and(|p| {
            // "was scheduled for 15 October": no more a deadline.
            let passed = self.word_in(p.wrapping_sub(1), FUTURE) && in_the_past(p.wrapping_sub(1));
            // "the 2025 budget took until 25 March to pass": a past of
            // lasting right before the deadline word tells it has passed
            // (not one of announcing: "zapowiedział na 11 czerwca").
            let q = p.wrapping_sub(1);
            let past_before = self.word_in(q, PAST_BEFORE_DEADLINE)
                || self.word_in(q, &["took", "lasted", "waited"]);
            self.word_in(p, DEADLINE) && !passed && !past_before
                || self.moved_to(p)
                || self.slavic_deadline(p)
        }) {
            return true;
        }
        // From before the day: an ordinal's dot ("13. ledna") ends no phrase.
        let back = (0..first.min(month))
            .rev()
            .take_while(|&k| self.toks[k].start as usize >= reach_back && !breaks_phrase(k + 1))
            .any(future);
        // Ahead, a verb in the past ends the date's clause: "until it
        // dissolved in December, has said the party must …".
        let told_in_the_past = |k: usize| {
            self.word_in(k, PAST)
                || self.is_word(k, "said")
                || self.word_in(k, &["has", "have"]) && !self.is_word(k + 1, "to")
        };
        // Nor does a quotation opening after the date ("said on 30
        // December, \"has to carry us through 2026\"") speak of it.
        let opens_quote = |k: usize| self.punct_in(k, "\"“«„") && !self.glued(k);
        // Nor a future past the comma that closes a clause told in the past
        // ("MONUSCO, whose mandate was renewed in December, is to help").
        let past_clause = || self.told_in_the_past_before(first);
        back || (last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| {
                !breaks_phrase(k)
                    && !told_in_the_past(k)
                    && !opens_quote(k)
                    && (!self.punct_in(k, ",") || !past_clause())
            })
            .any(future)
    }

    /// An obligation or intention ([`INTENT_BEFORE_TO`] + "to" + a verb)
    /// among the last [`INTENT_REACH`] words of the clause before the date
    /// starting at token `first`: what it governs is to come, in the first
    /// such month on or after publication. Not after "had", "was" or "were"
    /// ("was due to open in January" has passed), nor for a date that
    /// belongs to a noun ("the agenda of 10 September"). Read from the text
    /// itself, as the cue may stand before the window ("has to repay about
    /// $4 billion to bondholders in January").
    fn intended(&self, first: usize) -> bool {
        if first.checked_sub(1).is_some_and(|p| self.is_word(p, "of")) {
            return false;
        }
        let words = self.clause_before(first, INTENT_REACH);
        words.windows(3).enumerate().any(|(n, w)| {
            let passed = n
                .checked_sub(1)
                .is_some_and(|p| in_list(&["had", "was", "were"], words[p]));
            in_list(INTENT_BEFORE_TO, w[0])
                && w[1].eq_ignore_ascii_case("to")
                && !in_list(NOT_A_VERB, w[2])
                && !passed
        })
    }

    /// "will" or "shall" governs the date starting at token `first` from
    /// the clause before it ("the vote will go ahead on 12 April", "he will
    /// be sworn in as president on 7 January"), or the date is due ("an
    /// election is due on 12 April"): a day to come, so the first such day
    /// on or after publication, as an intention's is. Not where that clause
    /// also speaks of the past (a word of [`PAST`]), where "will" brings back
    /// a memory ("members will recall that on 3 March"), where a past
    /// participle other than a passive's stands between ("will rule on the
    /// appeal filed on 12 March"), nor for a date that belongs to a noun
    /// ("will mark the anniversary of 12 March").
    fn will_govern(&self, first: usize, last: usize) -> bool {
        let attributive = first
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, &["of", "the", "this", "that", "its", "a"]));
        if attributive || self.is_word(last + 1, "last") {
            return false;
        }
        let words = self.clause_before(first, SCHEDULED_REACH);
        if words
            .iter()
            .any(|w| in_list(PAST, w) || in_list(PAST_FORMS, w))
        {
            return false;
        }
        // "an election is due on 12 April", "countermeasures, first due on
        // 15 April".
        if let [.., due, at] = words.as_slice()
            && due.eq_ignore_ascii_case("due")
            && in_list(&["in", "on"], at)
        {
            return true;
        }
        let Some(will) = words.iter().rposition(|w| {
            in_list(&["will", "shall"], w) || w.to_ascii_lowercase().ends_with("'ll")
        }) else {
            return false;
        };
        let after = &words[will + 1..];
        // "the ill will of France": a noun, no modal.
        let noun = after
            .first()
            .is_none_or(|w| in_list(NOT_A_VERB, w) || in_list(&["of", "and", "to"], w));
        let remembers = after.first().is_some_and(|w| in_list(WILL_REMEMBER, w))
            || after.iter().any(|w| {
                let w = w.to_ascii_lowercase();
                MEMORY_STEMS.iter().any(|stem| w.starts_with(stem))
            });
        let participle = after.iter().enumerate().any(|(n, w)| {
            w.len() > 4
                && w.to_ascii_lowercase().ends_with("ed")
                && !n
                    .checked_sub(1)
                    .is_some_and(|p| in_list(&["be", "been"], after[p]))
        });
        !noun && !remembers && !participle
    }

    /// The clause before the date starting at token `first` says it is to
    /// come, further back than [`Self::future_tense`] can look ("the two
    /// will meet in a run-off on 19 October"): with no word of [`PAST`] in
    /// it ("talks that had been expected"), a word of [`FUTURE`] (not "the
    /// next"), or a verb of [`SCHEDULED`] in the present ("whoever wins
    /// takes office on 8 November", "the states, which vote in September").
    fn scheduled(&self, first: usize) -> bool {
        if first.checked_sub(1).is_some_and(|p| self.is_word(p, "of")) {
            return false;
        }
        let words = self.clause_before(first, SCHEDULED_REACH);
        if words.iter().any(|w| in_list(PAST, w)) {
            return false;
        }
        let after =
            |n: usize, list: &[&str]| n.checked_sub(1).is_some_and(|p| in_list(list, words[p]));
        // "the vote is on 18 May"; a present passive, "the winner is
        // inaugurated on 11 March", "Dan is sworn in on 26 May".
        let appointment = match words.as_slice() {
            [.., be, part, "in", at] | [.., be, part, at] if participle(part) => {
                in_list(PRESENT_BE, be) && in_list(&["in", "on"], at)
            }
            [.., be, part, adverb, at] if participle(part) && in_list(PASSIVE_ADVERBS, adverb) => {
                in_list(PRESENT_BE, be) && in_list(&["in", "on"], at)
            }
            [.., be, at] => in_list(PRESENT_BE, be) && in_list(&["in", "on"], at),
            _ => false,
        };
        appointment
            || words.iter().enumerate().any(|(n, w)| {
                in_list(FUTURE, w) && !(in_list(&["next"], w) && after(n, &["the"]))
                    || in_list(SCHEDULED_THIRD_PERSON, w)
                    || in_list(SCHEDULED, w)
                        && n.checked_sub(1)
                            .is_some_and(|p| in_list(SUBJECTS, words[p]) || plural_noun(words[p]))
            })
    }

    /// A day written as German, French, Spanish, Portuguese or Italian
    /// write it (a month name of theirs, or German's "22. September") in a
    /// clause with no word of [`past_elsewhere`] before it or after it: in
    /// those languages the present tense is how an appointment is told ("Der
    /// Nationalrat tritt am 24. Oktober zusammen", "que deja el cargo el 1
    /// de octubre", "appelle à une grève le 13 février"), so such a day is
    /// the publication year's, as a day in an English future is.
    fn present_elsewhere(&self, first: usize, month: usize, last: usize) -> bool {
        let german_day = self.kind(first) == Some(Kind::Num)
            && self.punct_in(first + 1, ".")
            && self.glued(first + 1);
        let elsewhere = german_day
            || month_of_other_languages(self.str(month)).is_some()
            || super::hungarian::is_month(self.str(month));
        if !elsewhere {
            return false;
        }
        if is_turkish_month(self.str(month)) {
            return self.turkish_to_come(last);
        }
        let second = self.str(last + 1);
        let german_past = german_day
            && self.kind(last + 1) == Some(Kind::Word)
            && (in_list(GERMAN_PAST_SECOND, second)
                || second.starts_with(char::is_lowercase)
                    && (second.ends_with("te") || second.ends_with("ten")));
        if german_past {
            return false;
        }
        let before = self.clause_before(first, SCHEDULED_REACH);
        if german_day
            && before
                .iter()
                .any(|w| in_list(GERMAN_PAST_SECOND, w) || in_list(GERMAN_PAST_BEFORE, w))
        {
            return false;
        }
        let after = (last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| self.kind(k) == Some(Kind::Word) || self.kind(k) == Some(Kind::Num))
            .map(|k| self.str(k));
        !before
            .into_iter()
            .chain(after)
            .any(|w| past_elsewhere(w, self.language))
    }

    /// A word of [`DEADLINE`] (or Polish and Czech "do", "until") right
    /// before the day spanning tokens `first..=last`, in a clause told in no
    /// past: the day is due, so to come.
    fn deadline_to_come(&self, first: usize, last: usize) -> bool {
        // Hungarian "legkésőbb május 12-ig" (by 12 May at the latest).
        let hungarian_until =
            self.language == Language::Hungarian && self.glued(last) && self.is_word(last, "ig");
        let modal_deadline = || {
            first.checked_sub(1).is_some_and(|p| {
                self.word_in(p, DEADLINE_BEFORE_WITH_MODAL)
                    && self
                        .clause_before(p, SCHEDULED_REACH)
                        .iter()
                        .any(|w| in_list(NORDIC_DUTCH_MODALS, w))
            })
        };
        (hungarian_until
            || first.checked_sub(1).is_some_and(|p| {
                self.word_in(p, DEADLINE_BEFORE)
                    && !p
                        .checked_sub(1)
                        .is_some_and(|q| self.word_in(q, PAST_BEFORE_DEADLINE))
            })
            || modal_deadline())
            && !self.told_in_a_past(first, last)
            && !self.told_in_the_past_before(first)
    }

    /// A verb in the future of another language governs the day starting at
    /// token `first` from its clause before ("asumirá el 11 de marzo", "la
    /// segunda vuelta será el 21 de junio", "si terrà il 25 novembre", "wird
    /// am 5. Oktober stattfinden"), with no past word between: the day is to
    /// come, so next year's when this year's has long passed.
    fn future_elsewhere_before(&self, first: usize) -> bool {
        let words = self.clause_before(first, SCHEDULED_REACH);
        let Some(at) = words.iter().enumerate().rposition(|(n, w)| {
            romance_future(w)
                || in_list(FUTURE_ELSEWHERE, w)
                || french_future_singular(n.checked_sub(1).map(|p| words[p]), w)
        }) else {
            return false;
        };
        !words[at + 1..]
            .iter()
            .any(|w| past_elsewhere(w, self.language))
    }

    /// A verb of [`APPOINTMENTS_ELSEWHERE`] in the clause before the day
    /// starting at token `first`, with no past word after it ("o eleito
    /// toma posse a 5 de janeiro", "il mandato inizia il 13 ottobre"): an
    /// appointment told in the present, so to come, as English "takes
    /// office on" ([`Self::appointment_to_come`]).
    fn appointment_elsewhere_before(&self, first: usize) -> bool {
        let words = self.clause_before(first, SCHEDULED_REACH);
        let Some(at) = (0..words.len()).rposition(|n| {
            let w = words[n];
            w.starts_with(char::is_lowercase) && in_list(APPOINTMENTS_ELSEWHERE, w)
                || takes_place(n.checked_sub(1).map(|p| words[p]), w)
        }) else {
            return false;
        };
        !words[at + 1..]
            .iter()
            .any(|w| past_elsewhere(w, self.language))
    }

    /// The day or month spanning tokens `first..=last` opens its clause and
    /// a verb of [`SCHEDULED_THIRD_PERSON`] follows within a few words
    /// with no past before it, or a plain one of [`SCHEDULED`] after a
    /// plural noun: "On 30 June the Council takes stock", "In June the G7
    /// leaders meet in Évian". An appointment told in the present, as
    /// [`Self::appointment_to_come`] reads it with the verb first.
    fn opens_an_appointment(&self, first: usize, last: usize) -> bool {
        if self.clause_before(first, SCHEDULED_REACH).len() > 1 {
            return false;
        }
        let mut prev = "";
        for k in last + 1..=last + OPENING_VERB_REACH {
            if self.punct_in(k, ".;!?:") || self.punct_in(k, ",") && k > last + 1 {
                return false;
            }
            if self.kind(k) != Some(Kind::Word) {
                continue;
            }
            let w = self.str(k);
            if past_word(w, Some(self.str(k + 1)), false, self.language) || in_list(MODAL, w) {
                return false;
            }
            let verb = w.starts_with(char::is_lowercase);
            if verb
                && (in_list(SCHEDULED_THIRD_PERSON, w)
                    || in_list(SCHEDULED, w) && (plural_noun(prev) || in_list(SUBJECTS, prev)))
            {
                return true;
            }
            prev = w;
        }
        false
    }

    /// The day spanning tokens `first..=last` is when something starts to
    /// apply, in a clause told in no past: "to apply from 1 January", "dès
    /// le 1er janvier", "a partir de 1 de julho", "od 1 stycznia", "с 1
    /// января", "з 1 січня". A law, tax or budget takes effect on a day to
    /// come, so one long past this year is next year's. Not the start of a
    /// range ("from 1 to 5 March", "с 1 по 10 июля"), which tells a
    /// stretch of time of any tense, nor a month alone. The Slavic words
    /// are "since" as well ("стоят ракеты с декабря", "чекає з 3 липня"),
    /// so there only the first of a month, the day rules take effect on.
    fn in_force_from(&self, first: usize, last: usize, d: Option<u8>) -> bool {
        let (Some(p), Some(d)) = (first.checked_sub(1), d) else {
            return false;
        };
        // Estonian "jõustub 1. jaanuaril", Lithuanian "įsigalioja sausio 1
        // d.": a verb of taking effect right before the day.
        let from = self.word_in(p, TAKES_EFFECT)
            || self.word_in(p, FROM_ON)
            || d == 1 && self.word_in(p, FROM_ON_SLAVIC)
            || self.word_in(p, &["of", "on"])
                && p.checked_sub(1).is_some_and(|q| {
                    self.word_in(q, &["as", "starting", "beginning", "effective"])
                })
            || self.word_in(p, &["le", "du", "de", "il"])
                && p.checked_sub(1)
                    .is_some_and(|q| self.word_in(q, &["dès", "partir"]));
        let range = self.word_in(last + 1, RANGE_ENDS)
            || self.punct_in(last + 1, "-–—")
            || self.word_in(last + 1, &["and", "und", "et", "e", "y", "i", "и", "і"]);
        from && !range && !self.told_in_a_past(first, last) && !self.told_in_the_past_before(first)
    }

    /// Turkish puts the verb last, so a day after a Turkish month ending
    /// at token `last` is to come only when its clause goes on to a
    /// future or a present ("yapılacak", "planlanıyor") or it is a deadline
    /// ("31 Aralık'a kadar"); else it is told in the past ("8 Aralık'ta
    /// çökmesinin ardından", "19 Mart'ta gözaltına alındı").
    fn turkish_to_come(&self, last: usize) -> bool {
        (last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| !self.punct_in(k, ".;!?,"))
            .filter(|&k| self.kind(k) == Some(Kind::Word))
            .any(|k| {
                let w = self.str(k);
                w == "kadar" || TURKISH_TO_COME_ENDINGS.iter().any(|e| w.ends_with(e))
            })
    }

    /// A French past participle stands right before "le" + the day starting
    /// at token `first` ("Bayrou, nommé le 13 décembre, aura tenu …"): the
    /// day has passed, whatever tense the sentence goes on in.
    fn french_participle_before(&self, first: usize) -> bool {
        // Not a passive's ("sera renouvelée le 27 septembre").
        first.checked_sub(2).is_some_and(|p| {
            self.is_word(p + 1, "le")
                && self.kind(p) == Some(Kind::Word)
                && french_participle(self.str(p))
                && !p
                    .checked_sub(1)
                    .is_some_and(|b| self.word_in(b, FRENCH_PASSIVE_BE))
        })
    }

    /// The clause before the date starting at token `first` tells of the
    /// past: a word of [`PAST`] or [`PAST_FORMS`], or a verb in "-ed" that
    /// is no passive's ("Germany, which amended its debt brake in March,
    /// says it will …"; not "is inaugurated on"). A future read further on
    /// then does not carry the day into next year.
    fn told_in_the_past_before(&self, first: usize) -> bool {
        let words = self.clause_before(first, SCHEDULED_REACH);
        words.iter().enumerate().any(|(n, w)| {
            let prev = n.checked_sub(1).map(|p| words[p]);
            let passive = prev.is_some_and(|p| in_list(&["is", "are", "be", "been", "being"], p));
            in_list(PAST, w) && !last_as_final(prev, w)
                || in_list(PAST_FORMS, w)
                || english_ed_past(w, words.get(n + 1).copied()) && !passive
        })
    }

    /// The clause of the date spanning tokens `first..=last` is told in a
    /// past tense of any language: before it, a word of [`PAST`],
    /// [`PAST_FORMS`], "said", a verb in "-ed" that is no passive's, or a
    /// past of another language ([`past_elsewhere`], a German one of
    /// [`GERMAN_PAST_SECOND`] or [`GERMAN_PAST_BEFORE`], a French past
    /// participle, a Russian or Ukrainian past); after it, the same up to
    /// the end of its sentence or clause, or [`CLAUSE_REACH`] tokens; a
    /// date that opens its clause reads on past its comma ("On 2 March,
    /// the parliament approved"). Reading too much as past only leaves a day where it was.
    fn told_in_a_past(&self, first: usize, last: usize) -> bool {
        let past = |w: &str, next: Option<&str>, after_be: bool| {
            past_word(w, next, after_be, self.language)
        };
        let be = |w: &str| in_list(&["is", "are", "be", "being"], w);
        let words = self.clause_before(first, SCHEDULED_REACH);
        // "On 2 March, the parliament approved": a date that opens its
        // clause is told by the verb after its comma.
        let opens_clause = words.len() <= 1;
        let before = words.iter().enumerate().any(|(n, w)| {
            let prev = n.checked_sub(1).map(|p| words[p]);
            let after_be = prev.is_some_and(be);
            past(w, words.get(n + 1).copied(), after_be) && !last_as_final(prev, w)
        });
        // A date that opens its clause reads on across its comma, and the
        // commas of a phrase set in after it, to its verb ("In December in
        // Paris, the world turned", "In December, under the good offices of
        // the OAS, both Governments signed"), but not into another clause
        // (", and", ", which") or past a comma after its verb ("On 30
        // November, we celebrate …, followed by").
        let inserted = self.punct_in(last + 1, ",") && self.word_in(last + 2, INSERT_OPENERS);
        let mut commas = 0;
        let mut reads_on = |k: usize| {
            if self.punct_in(k, ".;!?:") {
                return false;
            }
            if !self.punct_in(k, ",") {
                return true;
            }
            commas += 1;
            opens_clause
                && (k == last + 1
                    || (commas == 1 || commas == 2 && inserted)
                        && !self.word_in(k + 1, ANOTHER_CLAUSE))
        };
        // A relative clause after another noun tells that noun's story:
        // "return on 9 January after a recess that began on 21 December".
        let relative_elsewhere =
            |k: usize| k > last + 1 && self.word_in(k, &["that", "which", "who", "whose"]);
        before
            || (last + 1..=last + CLAUSE_REACH)
                .take_while(|&k| !relative_elsewhere(k) && reads_on(k))
                .filter(|&k| self.kind(k) == Some(Kind::Word))
                .any(|k| {
                    let prev = k.checked_sub(1).map(|p| self.str(p));
                    let after_be = prev.is_some_and(be);
                    past(self.str(k), Some(self.str(k + 1)), after_be)
                        && !last_as_final(prev, self.str(k))
                })
    }

    /// Day `d` of month `m` (name at token `month`), spanning tokens
    /// `first..=last`, when it is said as an appointment in a clause told in
    /// no past and comes within [`SOON_DAYS`] of publication: the coming one.
    fn soon_appointment(
        &self,
        first: usize,
        (m, month): (u8, usize),
        d: Option<u8>,
        last: usize,
    ) -> Option<PartialDate> {
        let appointment = !is_turkish_month(self.str(month))
            && !self.told_in_a_past(first, last)
            && self.said_as_an_appointment(first, month, last);
        appointment
            .then(|| self.published.and_then(|p| soon_after(p, m, d)))
            .flatten()
    }

    /// The clause before the date spanning tokens `first..=last` (month
    /// name at `month`) tells a future in reported speech: "would" and a
    /// verb ("it would publish the lists on"), not "would have" (a past that
    /// did not happen) nor a speaker's "would like to"; the date is said as
    /// an appointment and no past follows it in its clause ("would be
    /// plunged … by the attacks of October 7th", "would like to emphasize
    /// that on 22 February the Court indicated" are stories).
    fn reported_future(&self, first: usize, month: usize, last: usize) -> bool {
        const NOT_TO_COME: &[&str] = &[
            "have",
            "not",
            "never",
            "like",
            "love",
            "prefer",
            "rather",
            "say",
            "note",
            "recall",
            "remind",
            "emphasize",
            "emphasise",
            "stress",
            "add",
            "point",
        ];
        let words = self.clause_before(first, SCHEDULED_REACH);
        let would = words.iter().enumerate().any(|(n, w)| {
            w.eq_ignore_ascii_case("would")
                && words
                    .get(n + 1)
                    .is_some_and(|next| !in_list(NOT_TO_COME, next))
        });
        would
            && self.said_as_an_appointment(first, month, last)
            && !(last + 1..=last + CLAUSE_REACH)
                .take_while(|&k| !self.punct_in(k, ".;!?,"))
                .filter(|&k| self.kind(k) == Some(Kind::Word))
                .any(|k| past_word(self.str(k), Some(self.str(k + 1)), false, self.language))
    }

    /// The date spanning tokens `first..=last` is an item of a schedule: it
    /// opens its line after a list marker ("- 9 July: the hearing", "* 21
    /// July", "3) 14 March"), or after the end of a sentence with a colon or
    /// full stop after it ("5 March. Nepal votes."), and the rest of its
    /// line tells no past ("- 3 March: parliament voted" is a timeline's).
    fn listed_at_line_start(&self, first: usize, last: usize) -> bool {
        let Some(start) = self.toks.get(first).map(|t| t.start as usize) else {
            return false;
        };
        const LINE_REACH: usize = 24;
        let from = self
            .text
            .floor_char_boundary(start.saturating_sub(LINE_REACH));
        let Some(nl) = self.text[from..start].rfind('\n') else {
            return false;
        };
        let marker = self.text[from + nl + 1..start].trim();
        let numbered = marker
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let listed = matches!(marker, "-" | "*" | "•" | "–" | "—") || numbered;
        let heading = marker.is_empty()
            && self.punct_in(last + 1, ":.")
            && self.text[..from + nl]
                .trim_end()
                .ends_with(['.', ':', ';', '!', '?']);
        if !(listed || heading) {
            return false;
        }
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |n| start + n);
        !(last + 1..=last + CLAUSE_REACH)
            .take_while(|&k| {
                self.toks
                    .get(k)
                    .is_some_and(|t| (t.start as usize) < line_end)
            })
            .filter(|&k| self.kind(k) == Some(Kind::Word))
            .any(|k| past_word(self.str(k), Some(self.str(k + 1)), false, self.language))
    }

    /// The date spanning tokens `first..=last` (month name at `month`) is
    /// said as a day something happens on, not as the name of a past event:
    /// no noun of [`PAST_EVENTS`] among the last eight words before it or right
    /// after it ("the horrific attack on Israel on October 7th", "the
    /// October 7 attacks"), and, for an English month, after a preposition
    /// of time, a comma or dash, or "of" or "the" that an appointment
    /// ([`APPOINTMENTS`]) governs ("the state elections of 8 March", "the
    /// 28 October elections", not "the 4 October declaration", "his 21
    /// September thoughts", "the massacre of October 7th"). Other languages
    /// write a day without a preposition ("проводит съезд 17 января").
    fn said_as_an_appointment(&self, first: usize, month: usize, last: usize) -> bool {
        let before = self.clause_before(first, 8);
        let next = self.str(last + 1);
        let noun_after = self.kind(last + 1) == Some(Kind::Word) && !self.punct_in(last + 1, "-");
        if before.iter().any(|w| is_past_event(w)) || noun_after && is_past_event(next) {
            return false;
        }
        if month_of_other_languages(self.str(month)).is_some()
            || self.kind(month) != Some(Kind::Word)
            || !self.str(month).is_ascii()
        {
            return true;
        }
        let Some(p) = first.checked_sub(1) else {
            return true;
        };
        let governed = |w: &str| in_list(APPOINTMENTS, w);
        match self.kind(p) {
            // "in mid-November"
            Some(Kind::Punct) if self.punct_in(p, "-") => {
                p.checked_sub(1).is_some_and(|q| self.is_word(q, "mid"))
                    || self.listed_at_line_start(first, last)
            }
            Some(Kind::Punct) => self.punct_in(p, ",(—–") || self.listed_at_line_start(first, last),
            Some(Kind::Word) => {
                self.word_in(p, TIME_PREPOSITIONS)
                    || self.is_word(p, "of")
                        && p.checked_sub(1).is_some_and(|q| {
                            governed(self.str(q)) || self.word_in(q, TIMES_OF_DAY)
                        })
                    // "the 28 October elections", "the 2 October general election"
                    || self.word_in(p, &["the", "a", "an"])
                        && (last + 1..=last + 2)
                            .take_while(|&k| self.kind(k) == Some(Kind::Word))
                            .any(|k| governed(self.str(k)))
            }
            _ => false,
        }
    }

    /// The clause before the date spanning tokens `first..=last` sets it as
    /// an appointment, in words that tell no past story: a verb of
    /// [`SCHEDULED_THIRD_PERSON`] that is no noun ("the winner takes office
    /// on", not "of the votes during"), a plain one of [`SCHEDULED`] after
    /// its plural subject ("Hungarians vote on"), a present passive ("is
    /// inaugurated on", "must be chosen on"), or "will" or "shall" that
    /// recall nothing. Stricter than [`Self::scheduled`]: only such a day
    /// is carried into next year when this year's has long passed.
    fn appointment_to_come(&self, first: usize, last: usize) -> bool {
        let attributive = first.checked_sub(1).is_some_and(|p| {
            self.word_in(
                p,
                &["the", "of", "a", "its", "this", "that", "their", "our"],
            )
        });
        if attributive || self.is_word(last + 1, "last") || self.told_in_the_past_before(first) {
            return false;
        }
        let words = self.clause_before(first, SCHEDULED_REACH);
        if words.iter().any(|w| {
            let w = w.to_ascii_lowercase();
            MEMORY_STEMS.iter().any(|stem| w.starts_with(stem))
        }) {
            return false;
        }
        let before =
            |n: usize, list: &[&str]| n.checked_sub(1).is_some_and(|p| in_list(list, words[p]));
        // "is pencilled in for 3 March", "are scheduled for 12 May": "for"
        // after a participle sets a day as "on" does.
        let passive = match words.as_slice() {
            [.., be, part, adverb, at] if in_list(PASSIVE_ADVERBS, adverb) => {
                in_list(&["is", "are", "be"], be)
                    && participle(part)
                    && in_list(&["in", "on", "for"], at)
            }
            [.., be, part, "in", at] | [.., be, part, at] => {
                in_list(&["is", "are", "be"], be)
                    && participle(part)
                    && in_list(&["in", "on", "for"], at)
            }
            _ => false,
        };
        passive
            || words.iter().enumerate().any(|(n, w)| {
                let verb = w.starts_with(char::is_lowercase);
                verb && in_list(SCHEDULED_THIRD_PERSON, w)
                    && !before(
                        n,
                        &["the", "of", "a", "his", "her", "its", "their", "our", "and"],
                    )
                    || verb && in_list(SCHEDULED, w) && before(n, SUBJECTS)
                    || verb
                        && in_list(SCHEDULED, w)
                        && n.checked_sub(1).is_some_and(|p| plural_noun(words[p]))
                    || in_list(&["will", "shall"], w)
                        && words.get(n + 1).is_some_and(|next| {
                            !in_list(WILL_REMEMBER, next)
                                && !in_list(NOT_A_VERB, next)
                                && !in_list(&["of", "and", "to"], next)
                        })
            })
    }

    /// The last `reach` words of the clause before token `first`, read from
    /// the text itself, as a cue may stand before the window.
    fn clause_before(&self, first: usize, reach: usize) -> Vec<&str> {
        let Some(start) = self.toks.get(first).map(|t| t.start as usize) else {
            return Vec::new();
        };
        // Enough bytes for the words wanted, not the whole text before.
        let from = self
            .text
            .floor_char_boundary(start.saturating_sub(reach * 16));
        let before = &self.text[from..start];
        let clause = before
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_a_clause(c))
            .map_or(before, |(at, c)| &before[at + c.len_utf8()..]);
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        words[words.len().saturating_sub(reach)..].to_vec()
    }

    /// Token `k` is "to" after a verb of [`MOVED_TO`] in its phrase.
    fn moved_to(&self, k: usize) -> bool {
        self.is_word(k, "to")
            && (k.saturating_sub(MOVED_TO_REACH)..k)
                .rev()
                .take_while(|&j| !self.punct_in(j, ".;!?,"))
                .any(|j| self.word_in(j, MOVED_TO))
    }

    /// Token `k` may stand between a day or month and its year: a word of
    /// [`YEAR_LINKS`], an event noun, a comma, bracket or dash, or a token
    /// of another date of the window ("from 11 March to 10 April", "between
    /// 1991 and 1995"), whose year then counts too.
    fn links_to_year(&self, from: usize, k: usize) -> bool {
        match self.kind(k) {
            Some(Kind::Word) => {
                self.word_in(k, YEAR_LINKS) || is_event_noun(self.str(k)) || self.in_a_date(from, k)
            }
            Some(Kind::Num) => self.in_a_date(from, k),
            Some(Kind::Punct) => self.punct_in(k, ",()[]—–"),
            None => false,
        }
    }

    /// Token `k` is part of a date of this window, which starts at `from` in `out`.
    fn in_a_date(&self, from: usize, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let at = t.start as usize;
        self.out[from..]
            .iter()
            .any(|m| (m.start..m.end).contains(&at))
    }
}

/// `c` ends the clause before a date for [`Scanner::clause_before`]. A
/// `match`, not a search of a string of them: it is asked of every
/// character read back from a yearless date, several times a date.
fn ends_a_clause(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '—' | '–' | '"'
    )
}

/// `w` reads as a plural noun, the subject of a plain verb after it ("the
/// provisions expire", "polls open"): a word in lower case of four letters
/// or more, or a people's capitalised name in "-ans", "-ins", "-ars" or
/// "-ers" ("Hungarians vote on 12 April", "Islanders"; not "The
/// Netherlands open"), that ends in a single "s", not
/// "ss", "us" or "is", and is none of [`NOT_PLURAL`].
fn plural_noun(w: &str) -> bool {
    // Peoples: "Bosnians", "Montenegrins", "Kosovars", "Islanders".
    let people = ["ans", "ins", "ars", "ers"]
        .iter()
        .any(|end| w.ends_with(end))
        && w.starts_with(char::is_uppercase);
    w.len() >= 4
        && (people || w.chars().all(|c| c.is_lowercase()))
        && w.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| w.ends_with(end))
        && !in_list(NOT_PLURAL, w)
}

/// Words right before a day or month that say when something happens
/// ("on 7 May", "in late May", "until 3 March", "tomorrow is 2 October").
const TIME_PREPOSITIONS: &[&str] = &[
    "after", "and", "around", "are", "at", "before", "between", "by", "early", "from", "in", "is",
    "late", "mid", "on", "or", "through", "till", "to", "until",
];

/// Nouns of what is set for a day to come, which may govern it as "of" or
/// an attribute ("the elections of 8 March", "the 28 October elections",
/// "a deadline of 1 August").
const APPOINTMENTS: &[&str] = &[
    "ballot",
    "conference",
    "deadline",
    "election",
    "elections",
    "inauguration",
    "meeting",
    "plenary",
    "poll",
    "polls",
    "referendum",
    "round",
    "run-off",
    "runoff",
    "session",
    "summit",
    "talks",
    "vote",
];

/// Past forms without "-ed" besides [`PAST_FORMS`], which tell a day
/// soon after publication that it has passed ("shot at a rally on 7
/// June"). Only [`Scanner::told_in_a_past`] reads them.
const IRREGULAR_PASTS: &[&str] = &[
    "became", "broke", "brought", "built", "chose", "drew", "fled", "fought", "found", "grew",
    "heard", "held", "kept", "knew", "laid", "led", "left", "lost", "meant", "paid", "ran", "rose",
    "sent", "shot", "sought", "spent", "stood", "struck", "taught", "thought", "went",
];

/// Parts of a day, which "of" joins to the day they are in ("on the
/// evening of 24 September").
const TIMES_OF_DAY: &[&str] = &["afternoon", "eve", "evening", "morning", "night"];

/// Nouns of events that have happened, which a day names rather than
/// schedules ("the attack on 7 October", "the 26 September revolution").
const PAST_EVENTS: &[&str] = &[
    "accident",
    "assassination",
    "assault",
    "atrocities",
    "atrocity",
    "attack",
    "bombing",
    "coup",
    "crash",
    "disaster",
    "genocide",
    "horror",
    "invasion",
    "killing",
    "massacre",
    "murder",
    "revolution",
    "slaughter",
    "tragedy",
    "uprising",
];

/// `w` is a noun of [`PAST_EVENTS`], in any case, singular or plural.
fn is_past_event(w: &str) -> bool {
    let lower = w.to_lowercase();
    let one = lower.strip_suffix('s').unwrap_or(&lower);
    in_list(PAST_EVENTS, &lower) || in_list(PAST_EVENTS, one)
}

/// Endings of the Russian and Ukrainian past ("заявил", "прошли",
/// "провела", "відбулося", "підписав"); nouns with them ("генерал",
/// "земли") only keep a day where it was.
const SLAVIC_PAST_ENDINGS: &[&str] = &[
    "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "вся", "ав", "ив", "ув", "ів",
];

/// `w` reads as a Russian or Ukrainian verb in the past, by its ending.
fn slavic_past(w: &str) -> bool {
    let w = w.to_lowercase();
    w.chars().count() >= 4
        && w.chars()
            .next()
            .is_some_and(|c| ('а'..='я').contains(&c) || "іїєґё".contains(c))
        && SLAVIC_PAST_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// `w` is a past of any language the dates read (as
/// [`Scanner::told_in_a_past`] reads them); `after_be` when it follows a
/// form of "be", where "-ed" makes a passive, not a past.
fn past_word(w: &str, next: Option<&str>, after_be: bool, language: Language) -> bool {
    in_list(PAST, w)
        || in_list(PAST_FORMS, w)
        || in_list(&["said", "been"], w)
        || (in_list(IRREGULAR_PASTS, w) || english_ed_past(w, next)) && !after_be
        || past_elsewhere(w, language) && !takes_place(Some(w), next.unwrap_or(""))
        || in_list(GERMAN_PAST_SECOND, w)
        || in_list(GERMAN_PAST_BEFORE, w)
        || french_participle(w)
        || slavic_past(w)
}

/// "last" after a determiner means final ("the last polls may be
/// published on 13 October", "its last session"), which tells no past as
/// "last week" or "on 3 May last" do.
fn last_as_final(prev: Option<&str>, w: &str) -> bool {
    w.eq_ignore_ascii_case("last")
        && prev.is_some_and(|p| in_list(&["the", "its", "their", "his", "her", "our", "this"], p))
}

/// `w` ends in "-ed" as an English past does, and is no name: a word with
/// a capital and then small letters before another capitalised word
/// ("United Nations", "Ahmed Salim", "Mohamed Brahimi") is a name; a verb
/// opening a sentence ("Gathered at Headquarters") is followed by a small
/// word. `next` is the word after `w`, if known.
fn english_ed_past(w: &str, next: Option<&str>) -> bool {
    let named = w.starts_with(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && next.is_some_and(|n| n.starts_with(char::is_uppercase));
    w.len() > 4 && w.to_ascii_lowercase().ends_with("ed") && !named
}

/// Conjunctions that join two main clauses after a comma in the languages
/// the dates read ("and", "en", "e", "et", "y", "und", "i", "a", "și",
/// "ve", "but", "maar", "ma", "mais", "pero", "aber", "ale", "ali", "dar",
/// Greek "και" and "ενώ", while).
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "a", "ale", "ali", "aber", "and", "but", "dar", "e", "en", "et", "i", "ma", "maar", "mais",
    "og", "och", "pero", "și", "und", "ve", "y", "και", "ενώ",
];

/// Words after a comma that open another clause, where the verb of a date
/// opening its own is no longer read.
const ANOTHER_CLAUSE: &[&str] = &[
    "and", "but", "or", "which", "who", "where", "while", "whereas", "when", "that",
];

/// Prepositions that open a phrase set in between commas after a date
/// ("In December, under the good offices of the OAS, both …").
const INSERT_OPENERS: &[&str] = &[
    "after",
    "amid",
    "at",
    "before",
    "by",
    "during",
    "following",
    "for",
    "from",
    "in",
    "on",
    "through",
    "under",
    "with",
];

/// Words right before a deadline's word that make it a past one's ("was
/// due by", "had until", "ended by").
const PAST_BEFORE_DEADLINE: &[&str] = &["was", "were", "had", "ended", "done", "completed"];

/// Days after publication within which a day or month told in no past
/// tense is the coming one: an article speaks of the weeks ahead.
const SOON_DAYS: i64 = 62;

/// The first day `d` (or month `m`) after `published` when it begins at
/// most [`SOON_DAYS`] after it, crossing into next year if need be ("17
/// January" published on 30 December). `None` for a publication known only
/// to the year or month.
fn soon_after(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    coming_within(published, m, d, SOON_DAYS)
}

/// Days before publication within which a day told in no tense is the
/// recent one rather than the one most of a year on.
const JUST_PAST_DAYS: i64 = 31;

/// Day `d` (or month `m`) told in no tense in another language: the
/// publication year's, unless that lies most of a year ahead while the one
/// before ended at most [`JUST_PAST_DAYS`] before publication ("Le discours du 31
/// décembre a déçu" published on 3 January is last year's, as a clause
/// with no cue speaks of a recent day sooner than of one eleven months on).
fn this_year_unless_just_past(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    let this_year = dated(published.year, m, d)?;
    let Some(before) = latest_on_or_before(published, m, d).filter(|_| published.day.is_some())
    else {
        return Some(this_year);
    };
    let just_past = before != this_year
        && (published.last_day() - before.last_day()).whole_days() <= JUST_PAST_DAYS;
    Some(if just_past { before } else { this_year })
}

/// Words right before a day that make it a deadline, to come when its
/// clause tells no past: "by 30 January", "could not take place before 7
/// June", Polish "przed 1 marca", Hungarian "legkésőbb május 12-ig".
const DEADLINE_BEFORE: &[&str] = &["by", "until", "till", "before", "do", "przed", "legkésőbb"];

/// Danish, Norwegian, Swedish and Dutch words of a deadline right before a
/// day ("inden 1. marts", "innen 1. mars", "senest 19. juni", "senast",
/// "uiterlijk 1 maart"): the dates read no past tense of those languages,
/// so the day is to come only when a modal of [`NORDIC_DUTCH_MODALS`]
/// tells its clause ("Regeringen vil fremlægge den inden 1. marts").
const DEADLINE_BEFORE_WITH_MODAL: &[&str] =
    &["inden", "innen", "innan", "senest", "senast", "uiterlijk"];

/// "will", "shall", "must" and "should" of Danish, Norwegian, Swedish and
/// Dutch.
const NORDIC_DUTCH_MODALS: &[&str] = &[
    "vil", "skal", "ska", "skall", "må", "måste", "bør", "bör", "zal", "zullen", "moet", "moeten",
    "gaat",
];

/// Relative pronouns that may stand right before a year opening their
/// clause (German, Dutch, Scandinavian, English, Romance).
const RELATIVE_PRONOUNS: &[&str] = &[
    "der", "die", "das", "den", "dem", "dat", "som", "who", "which", "que", "qui", "che", "cui",
];

/// Czech and Slovak futures of "to be" ("o důvěře bude Sněmovna hlasovat
/// 13. ledna").
const CZECH_SLOVAK_FUTURE: &[&str] = &["bude", "budou", "budeme", "budú", "budete"];

/// Verbs of taking effect that other languages put right before the day:
/// Estonian, Lithuanian, Finnish.
const TAKES_EFFECT: &[&str] = &["jõustub", "jõustuvad", "įsigalioja", "įsigalios", "voimaan"];

/// Days before a written full date within which a yearless day of its
/// sentence is of its year ("annulled on 6 December 2024 the round of 24
/// November"): a story's days a few weeks apart.
const JUST_BEFORE_WRITTEN_DAYS: i64 = 31;

/// Days after publication within which a day told in reported speech as
/// to come ("would publish … on 12 October") is the coming one.
const REPORTED_FUTURE_DAYS: i64 = 183;

/// The first day `d` (or month `m`) after `published` when it begins at most
/// `days` after it. `None` for a publication known only to the year or month.
fn coming_within(published: PartialDate, m: u8, d: Option<u8>, days: i64) -> Option<PartialDate> {
    published.day?;
    let next = first_after(published, m, d)?;
    let gap = (next.first_day() - published.last_day()).whole_days();
    (gap <= days).then_some(next)
}

/// `w` reads as a past participle after "is" or "are", a passive's
/// ("inaugurated", "sworn", "held"), in lower case.
fn participle(w: &str) -> bool {
    w.len() > 3
        && w.chars().all(|c| c.is_lowercase())
        && (w.ends_with("ed") || w.ends_with("en") || in_list(&["held", "sworn", "set"], w))
}

/// Day `d` (if given) of month `m` of year `y`, if that day exists.
fn dated(y: i32, m: u8, d: Option<u8>) -> Option<PartialDate> {
    match d {
        Some(d) => PartialDate::day(y, m, d),
        None => PartialDate::month(y, m),
    }
}

/// The latest day `d` (or month, without a day) of month `m` on or before
/// `published`, which counts as its last day when it is known only to the
/// month or year: "7 October" or "in October" published on 20 September
/// 2024 is in 2023. Looks back one year at most: a 29 February that year
/// lacks is none. The bound is the real last day ("February 2025" ends on
/// the 28th), so a 29 February published in a short February is the year
/// before's.
fn latest_on_or_before(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    let last = published.last_day();
    let bound = (u8::from(last.month()), last.day());
    let year = if (m, d.unwrap_or(1)) <= bound {
        published.year
    } else {
        published.year.checked_sub(1)?
    };
    dated(year, m, d)
}

/// The first day `d` (or month, without a day) of month `m` on or after
/// `published`, which counts as its first day when known only to the month
/// or year: "has to repay … in January", published in October 2025, is
/// January 2026.
fn first_on_or_after(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    let first = published.first_day();
    let year = if (m, d.unwrap_or(31)) >= (u8::from(first.month()), first.day()) {
        published.year
    } else {
        published.year.checked_add(1)?
    };
    dated(year, m, d)
}

/// Days a date told as to come may lie before publication and still be the
/// publication year's: an article or speech is often dated a little after
/// it was written ("the vote will be held on 24 September" in a speech
/// filed as 20 September and given on the 28th).
const TO_COME_GRACE_DAYS: i64 = 45;

/// Day `d` (or month `m` alone) told as to come ("will meet on 16
/// November", "takes office on 27 January"): the publication year's, unless
/// it ended more than [`TO_COME_GRACE_DAYS`] before publication, when it can
/// only be next year's ("the winner takes office on 27 January" in
/// December). A publication known only to the year keeps its year.
fn to_come(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    let this_year = dated(published.year, m, d)?;
    let long_past = published.month.is_some()
        && (published.first_day() - this_year.last_day()).whole_days() > TO_COME_GRACE_DAYS;
    if long_past {
        dated(published.year.checked_add(1)?, m, d)
    } else {
        Some(this_year)
    }
}

/// The first day `d` (or month, without a day) of month `m` after
/// `published`: "5 January next". `None` when the publication date is too
/// coarse to tell this year's from next year's.
fn first_after(published: PartialDate, m: u8, d: Option<u8>) -> Option<PartialDate> {
    let pm = published.month?;
    let year = if m > pm {
        published.year
    } else if m < pm {
        published.year.checked_add(1)?
    } else {
        match (d, published.day) {
            (Some(d), Some(pd)) if d >= pd => published.year,
            (Some(_), Some(_)) => published.year.checked_add(1)?,
            _ => return None,
        }
    };
    dated(year, m, d)
}

/// Gives each day whose year was assumed from the publication date the
/// year of the nearest earlier date of the same day and month that the
/// article writes in full, when that is later: "a mandate that ends on 7
/// February 2026 … who governs after 7 February" (published in 2025); or
/// when it is earlier and the day assumed lies more than [`SOON_DAYS`]
/// before a publication known to the day: "since 7 October 2023. On
/// October 7th, 1,200 people were murdered" (published in January 2026).
/// A day weeks before publication is kept: on UN speeches, letting an
/// earlier year win whatever the gap was right for half the days it moved
/// ("the 22 November resolution" is 1967's, but "the calamity of 1
/// September" in 1983 is not 1982's), as many events fall on the same day
/// of different years, and the recent one is what a speech weeks later
/// means. A day assumed to come (after publication) keeps its year.
pub fn take_years_the_article_names(dates: &mut [MentionedDate], published: Option<PartialDate>) {
    for i in 0..dates.len() {
        let assumed = dates[i].date;
        if !dates[i].year_assumed || assumed.day.is_none() {
            continue;
        }
        let named = dates[..i].iter().rev().find(|d| {
            !d.year_assumed && d.date.month == assumed.month && d.date.day == assumed.day
        });
        let long_past = || {
            published
                .filter(|p| p.day.is_some())
                .is_some_and(|p| (p.last_day() - assumed.last_day()).whole_days() > SOON_DAYS)
        };
        if let Some(year) = named
            .map(|d| d.date.year)
            .filter(|&y| y > assumed.year || y < assumed.year && long_past())
            && let Some(moved) = assumed.month.and_then(|m| dated(year, m, assumed.day))
        {
            dates[i].date = moved;
            dates[i].year_assumed = false;
        }
    }
    one_reading_per_day(dates, published);
    between_days_of_one_year(dates);
}

/// Gives the bare days that the article reads both as past and as to come
/// one reading, as words keep one sense per discourse. The past one where
/// two or more of their mentions, and more than read it as to come, are
/// past: "the horrors of October 7th … the curse of October 7th … On
/// October 7th, the day of that invasion" in a speech of 20 September are
/// one day, though the last, read alone, looks like a day to come. The
/// coming one where the first mention reads it so and at least as many
/// others do: only a cue (a future, an appointment) reads a bare day as to
/// come, while a later mention with none ("- 6 October: the budget speech"
/// in a list after "presents the budget on 6 October") is past by default.
/// Other ties keep each reading. Only with a publication known to the day,
/// which alone tells a day to come from a past one.
fn one_reading_per_day(dates: &mut [MentionedDate], published: Option<PartialDate>) {
    let Some(published) = published.filter(|p| p.day.is_some()) else {
        return;
    };
    let published = published.last_day();
    let bare = |d: &MentionedDate| d.year_assumed && d.date.day.is_some();
    let mut moves = Vec::new();
    for (i, mention) in dates.iter().enumerate() {
        if !bare(mention) {
            continue;
        }
        let same: Vec<PartialDate> = dates
            .iter()
            .filter(|d| {
                bare(d) && (d.date.month, d.date.day) == (mention.date.month, mention.date.day)
            })
            .map(|d| d.date)
            .collect();
        let first_coming = same.first().filter(|d| d.last_day() > published).copied();
        let (past, coming): (Vec<PartialDate>, Vec<PartialDate>) =
            same.into_iter().partition(|d| d.last_day() <= published);
        let is_past = mention.date.last_day() <= published;
        if !is_past
            && past.len() >= 2
            && past.len() > coming.len()
            && let Some(&latest) = past.iter().max()
        {
            moves.push((i, latest));
        } else if is_past
            && coming.len() >= past.len()
            && let Some(first) = first_coming
        {
            moves.push((i, first));
        }
    }
    for (i, date) in moves {
        dates[i].date = date;
    }
}

/// Bytes at most from the date before a bare day to the date after it for
/// [`between_days_of_one_year`]: a list or a sentence, not a page.
const RUN_BYTES: usize = 240;

/// Moves a bare day that stands, in the text and in the calendar, between
/// two days of one other year to that year, as a list or a run of dates
/// tells its days in order: "6 October: the speech; 19 November: the
/// report; 3 December: the vote", "on 3 March 2020, on 5 May and on 2 June
/// 2020". The days on both sides must be the mentions right before and
/// after it, within [`RUN_BYTES`].
fn between_days_of_one_year(dates: &mut [MentionedDate]) {
    for i in 1..dates.len().saturating_sub(1) {
        let (before, day, after) = (&dates[i - 1], &dates[i], &dates[i + 1]);
        if !day.year_assumed || after.start.saturating_sub(before.end) > RUN_BYTES {
            continue;
        }
        let (Some(m), Some(d)) = (day.date.month, day.date.day) else {
            continue;
        };
        let year = before.date.year;
        if after.date.year != year || year == day.date.year {
            continue;
        }
        let (Some(bm), Some(bd), Some(am), Some(ad)) = (
            before.date.month,
            before.date.day,
            after.date.month,
            after.date.day,
        ) else {
            continue;
        };
        if (bm, bd) <= (m, d)
            && (m, d) <= (am, ad)
            && let Some(moved) = PartialDate::day(year, m, d)
        {
            dates[i].date = moved;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Language, SOON_DAYS, ends_a_clause, latest_on_or_before, past_elsewhere,
        portuguese_past_in_iu, soon_after,
    };
    use crate::article::date::PartialDate;

    /// A sentence's start is found as before within its bounds, and is
    /// looked for no further than them.
    #[test]
    fn a_sentence_start_is_looked_for_within_bounds() {
        use super::{ORDINALS_PASSED, SENTENCE_BYTES, sentence_start};
        let text = "Vedtaget. Den 1. marts og 2. marts skal det ske";
        let at = text.find("skal").unwrap();
        assert_eq!(sentence_start(text, at), "Vedtaget.".len());
        let days = "1. marts og ".repeat(100);
        let text = format!("Vedtaget. Den {days}skal det ske");
        let at = text.find("skal").unwrap();
        let start = sentence_start(&text, at);
        assert!(start > text.find("Den").unwrap(), "{start}");
        assert_eq!(
            text[start..at].matches("marts").count(),
            ORDINALS_PASSED + 1
        );
        let text = format!("Vedtaget. {} skal", "ord ".repeat(3000));
        let at = text.find("skal").unwrap();
        assert_eq!(sentence_start(&text, at), at - SENTENCE_BYTES);
    }

    /// Portuguese pasts in "-iu" are pasts, Polish locatives in "-niu",
    /// "-ciu", "-ziu" and "-siu" are not; in a Czech or Slovak article "-ou"
    /// is no past and the Czech and Slovak past endings are.
    #[test]
    fn polish_locatives_are_no_portuguese_past() {
        for w in ["demitiu", "pediu", "caiu", "exigiu", "proibiu"] {
            assert!(
                portuguese_past_in_iu(w) && past_elsewhere(w, Language::Other),
                "{w}"
            );
        }
        for w in ["wrześniu", "posiedzeniu", "grudniu", "życiu", "dziecku"] {
            assert!(!past_elsewhere(w, Language::Other), "{w}");
        }
        // Czech "-ou" is no past in a Czech article; its own past is.
        assert!(past_elsewhere("votou", Language::Other));
        assert!(!past_elsewhere("budou", Language::CzechSlovak));
        assert!(past_elsewhere("musely", Language::CzechSlovak));
        assert!(!past_elsewhere("musely", Language::Other));
    }

    /// The `match` ends a clause at the characters of the string it
    /// replaced, and at no other.
    #[test]
    fn clause_ends_are_the_listed_characters() {
        let listed = ",.;:!?()[]—–\"";
        for c in (0..0x3100).filter_map(char::from_u32) {
            assert_eq!(ends_a_clause(c), listed.contains(c), "{c:?}");
        }
    }

    /// Words in "-ed" are pasts, in any case, unless a capitalised one
    /// starts a name of two capitalised words.
    #[test]
    fn a_capitalised_word_in_ed_before_a_name_is_no_past() {
        for (past, next) in [
            ("signed", Some("the")),
            ("SIGNED", Some("THE")),
            ("adopted", None),
            ("Gathered", Some("at")),
            ("Ahmed", None),
        ] {
            assert!(super::english_ed_past(past, next), "{past} {next:?}");
        }
        for (no_past, next) in [
            ("United", Some("Nations")),
            ("Mohamed", Some("Brahimi")),
            ("need", None),
            ("bed", Some("The")),
        ] {
            assert!(!super::english_ed_past(no_past, next), "{no_past} {next:?}");
        }
    }

    /// The plain rule, walking back day by day from the publication's last
    /// day: the first day that is `m`/`d`, if it comes less than a year
    /// before (366 days back would be the same day of the year before).
    fn reference(published: PartialDate, m: u8, d: u8) -> Option<PartialDate> {
        let last = published.last_day();
        let a_year_before = (last.year() - 1, u8::from(last.month()), last.day());
        let mut day = last;
        loop {
            let here = (day.year(), u8::from(day.month()), day.day());
            if here <= a_year_before {
                return None;
            }
            if (here.1, here.2) == (m, d) {
                return PartialDate::day(here.0, m, d);
            }
            day = day.previous_day()?;
        }
    }

    /// Every day of the year against every publication day, month and year
    /// around leap years and the century rule.
    #[test]
    fn matches_walking_back_day_by_day() {
        for year in [1900, 1901, 2000, 2023, 2024, 2025] {
            let mut published = vec![PartialDate::year(year)];
            for pm in 1..=12 {
                published.extend(PartialDate::month(year, pm));
                published.extend((1..=31).filter_map(|pd| PartialDate::day(year, pm, pd)));
            }
            for p in published {
                for m in 1..=12 {
                    for d in 1..=31 {
                        if PartialDate::day(2024, m, d).is_none() {
                            continue;
                        }
                        assert_eq!(
                            latest_on_or_before(p, m, Some(d)),
                            reference(p, m, d),
                            "{d}/{m} published {p:?}"
                        );
                    }
                }
            }
        }
    }

    /// [`soon_after`] against walking forward from the publication day:
    /// the first day from it on that is `m`/`d`, if at most [`SOON_DAYS`] on.
    #[test]
    fn soon_after_matches_walking_forward_day_by_day() {
        for year in [1900, 2000, 2023, 2024, 2025] {
            for pm in 1..=12u8 {
                for pd in [1u8, 15, 28, 31] {
                    let Some(published) = PartialDate::day(year, pm, pd) else {
                        continue;
                    };
                    for m in 1..=12u8 {
                        for d in 1..=31u8 {
                            let mut day = published.first_day();
                            let mut walked = None;
                            for _ in 0..=SOON_DAYS {
                                if (u8::from(day.month()), day.day()) == (m, d) {
                                    walked = PartialDate::day(day.year(), m, d);
                                    break;
                                }
                                day = day.next_day().unwrap();
                            }
                            assert_eq!(
                                soon_after(published, m, Some(d)),
                                walked,
                                "{published} {m}-{d}"
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(
            soon_after(PartialDate::month(2025, 12).unwrap(), 1, Some(5)),
            None
        );
        assert_eq!(soon_after(PartialDate::year(2025), 1, Some(5)), None);
    }
}
