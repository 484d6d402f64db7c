//! The words other languages mark people and bodies with, beside the
//! English ones of [`words`](super::words) and
//! [`described`](super::described): French, Spanish, Portuguese, Italian,
//! German, Russian and Ukrainian; the roles of Polish, Turkish, Czech,
//! Slovak, Croatian, Serbian, Swedish, Danish, Norwegian, Dutch, Romanian,
//! Finnish and Greek; and the verbs of saying of most of them.
//!
//! They differ from English in three ways that the cues must follow:
//! - roles are written in small letters before a name, often with what
//!   they are of between them: "le président sénégalais Bassirou Diomaye
//!   Faye", "il ministro degli Esteri Antonio Tajani", "Министр финансов
//!   Антон Силуанов" ([`role_before`]);
//! - German writes every noun with a capital, and its titles are compounds:
//!   "Bundeskanzler", "Finanzminister", "Oppositionsführer" ([`is_title`]);
//! - Russian and Ukrainian decline the role: "премьер-министром",
//!   "міністра" ([`is_role`] reads the case endings).
//!
//! Every list holds the word as written in small letters (a capital at the
//! start of a sentence is folded before the lookup).

use crate::extract::ActorKind;
use crate::text::is_cyrillic;
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;

thread_local! {
    /// Whether the text being read may be in one of these languages.
    static OTHER_LANGUAGES: Cell<bool> = const { Cell::new(true) };
    /// Whether it is known to be in one of them (its language is given and
    /// not English).
    static KNOWN_OTHER_LANGUAGE: Cell<bool> = const { Cell::new(false) };
    /// Whether it is known to be in a language that writes a body's name
    /// in one form whatever its place in the sentence (French, Spanish…).
    static UNDECLINED_LANGUAGE: Cell<bool> = const { Cell::new(false) };
    /// Its ISO 639-1 code, if known: two letters, or spaces.
    static LANGUAGE: Cell<[u8; 2]> = const { Cell::new(*b"  ") };
}

/// Languages whose nouns do not decline: a body's name has one form.
const UNDECLINED: &[&str] = &[
    "fr", "es", "pt", "it", "ca", "nl", "sv", "da", "no", "nb", "nn",
];

/// While alive, the cues of these languages are read only if the article
/// may be in one of them: not in an article known to be English, which so
/// pays nothing for them (they run on every capitalised word). Bodies
/// headed by an organisation word are read whatever the language: English
/// texts name "Frente Farabundo Martí …" too.
pub(super) struct ArticleLanguage {
    before: bool,
    known_before: bool,
    undeclined_before: bool,
    language_before: [u8; 2],
}

impl ArticleLanguage {
    /// `language` is the article's ISO 639-1 code, if known.
    pub(super) fn set(language: Option<&str>) -> ArticleLanguage {
        let other = language != Some("en");
        let known = language.is_some_and(|l| l != "en");
        ArticleLanguage {
            before: OTHER_LANGUAGES.with(|c| c.replace(other)),
            known_before: KNOWN_OTHER_LANGUAGE.with(|c| c.replace(known)),
            undeclined_before: UNDECLINED_LANGUAGE
                .with(|c| c.replace(language.is_some_and(|l| UNDECLINED.contains(&l)))),
            language_before: LANGUAGE.with(|c| {
                c.replace(match language.map(str::as_bytes) {
                    Some(&[a, b]) => [a, b],
                    _ => *b"  ",
                })
            }),
        }
    }
}

impl Drop for ArticleLanguage {
    fn drop(&mut self) {
        OTHER_LANGUAGES.with(|c| c.set(self.before));
        KNOWN_OTHER_LANGUAGE.with(|c| c.set(self.known_before));
        UNDECLINED_LANGUAGE.with(|c| c.set(self.undeclined_before));
        LANGUAGE.with(|c| c.set(self.language_before));
    }
}

/// Whether the text is known to be in one of `languages` (ISO 639-1).
pub(super) fn reading_one_of(languages: &[&str]) -> bool {
    let code = LANGUAGE.with(Cell::get);
    languages.iter().any(|l| l.as_bytes() == code)
}

/// A man's name as Polish, Czech and Slovak write it in the genitive or
/// accusative, every word with "-a" after a consonant ("ministra Adama
/// Bodnara", "voliči Sławomira Mentzena"), read back to the nominative ("Adam
/// Bodnar"); `None` for any other name, and for a woman's surname ("Anna
/// Kozłowska").
pub(super) fn west_slavic_mans_nominative(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if !(2..=3).contains(&words.len()) {
        return None;
    }
    let last = words.last()?;
    if ["ska", "cka", "dzka", "owa", "ewa", "ova", "eva", "ina"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        return None;
    }
    let stems: Option<Vec<&str>> = words
        .iter()
        .map(|w| {
            let stem = w.strip_suffix('a')?;
            let end = stem.chars().next_back()?;
            (stem.chars().count() >= 2
                && end.is_alphabetic()
                && !is_cyrillic(end)
                && end.is_lowercase()
                && !"aeiouyáéíóúýěąęj".contains(end))
            .then_some(stem)
        })
        .collect();
    Some(stems?.join(" "))
}

/// A man's name as Croatian, Serbian and Bosnian write it in another case,
/// known by a surname in "-ić" with a case ending ("Andrije Mandića",
/// "Milana Kneževića", "Aleksu Bečića", "Milanu Kneževiću", "Spajićem"),
/// read back to the nominative ("Andrija Mandić", "Milan Knežević", "Aleksa
/// Bečić"); `None` for any other name, and for a woman's, whose "-ić"
/// surname does not decline ("Ivana Perić"). A given name in "-a" after a
/// consonant loses it, "-ka" becomes "-ko" ("Marka" → "Marko") and "-tra",
/// "-dra" take back their "a" ("Petra" → "Petar"); one in "-e" (or "-u"
/// before an accusative surname) is an "-a" name ("Andrije" → "Andrija").
pub(super) fn south_slavic_mans_nominative(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let (last, given) = words.split_last()?;
    if !(1..=2).contains(&given.len()) {
        return None;
    }
    let (stem, case) = ["ića", "iću", "ićem"]
        .iter()
        .find_map(|e| Some((last.strip_suffix(e)?, *e)))?;
    if stem.chars().count() < 2 || !stem.chars().next()?.is_uppercase() {
        return None;
    }
    let surname = format!("{stem}ić");
    let mut out = Vec::with_capacity(words.len());
    for word in given {
        let consonant_before = |stem: &str| {
            stem.chars().count() >= 2
                && stem
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_lowercase() && !"aeiouj".contains(c))
        };
        let nominative = if let Some(stem) = word.strip_suffix('e') {
            format!("{stem}a")
        } else if let Some(stem) = word.strip_suffix('u').filter(|_| case == "ića") {
            format!("{stem}a")
        } else if let Some(stem) = word
            .strip_suffix('a')
            .or_else(|| word.strip_suffix('u'))
            .or_else(|| word.strip_suffix("om"))
            .filter(|s| consonant_before(s))
        {
            // "Marka", "Danila": "Marko", "Danilo"; "Pavla": "Pavle".
            if stem.ends_with('k') || stem.ends_with("il") && stem.chars().count() <= 5 {
                format!("{stem}o")
            } else if stem.ends_with("vl") {
                format!("{stem}e")
            } else if let Some(s) = stem.strip_suffix("tr").or_else(|| stem.strip_suffix("dr")) {
                format!("{s}{}ar", &stem[s.len()..s.len() + 1])
            } else {
                stem.to_owned()
            }
        } else {
            return None;
        };
        out.push(nominative);
    }
    out.push(surname);
    Some(out.join(" "))
}

/// A name as Hungarian writes it with an accusative or dative ending on
/// its last word ("Juraj Cintulát", "Peter Pellegrinit", "Orbán Viktort",
/// "Michal Šimečkának"), without it ("Juraj Cintula"); a lengthened "á" or
/// "é" before the ending is read short. `None` when the last word has no
/// such ending.
pub(super) fn hungarian_name_without_case_ending(name: &str) -> Option<String> {
    let (rest, last) = name.rsplit_once(' ')?;
    let stem = ["nak", "nek"]
        .iter()
        .find_map(|e| last.strip_suffix(e))
        .or_else(|| last.strip_suffix('t'))?;
    let end = stem.chars().next_back()?;
    if stem.chars().count() < 3 {
        return None;
    }
    let stem = match end {
        'á' => format!("{}a", &stem[..stem.len() - 'á'.len_utf8()]),
        'é' => format!("{}e", &stem[..stem.len() - 'é'.len_utf8()]),
        // Endings taken straight after a vowel or these consonants
        // ("Orbánt", "Pált"); after others Hungarian puts a vowel first.
        c if "aeiouóőúűíöüylnrsjz".contains(c) => stem.to_owned(),
        _ => return None,
    };
    Some(format!("{rest} {stem}"))
}

/// The case endings that Finnish, Estonian and the Scandinavian languages
/// put on a name's last word, longest first: Finnish "Babišin", "Turekia",
/// "Okamuran", Estonian "Dodoni", "Sandut", the Scandinavian genitive
/// "Kurtis", "Venturas". Empty in other languages.
fn case_endings() -> &'static [&'static str] {
    if reading_one_of(&["fi"]) {
        &[
            "ille", "illa", "issa", "ista", "ilta", "iksi", "iin", "lle", "lla", "llä", "ssa",
            "ssä", "sta", "stä", "lta", "ltä", "ksi", "in", "ia", "n", "a", "ä",
        ]
    } else if reading_one_of(&["et"]) {
        &[
            "ile", "iga", "ist", "ilt", "iks", "le", "ga", "st", "lt", "ks", "it", "i", "t",
        ]
    } else if reading_one_of(&["da", "no", "nb", "nn", "sv"]) {
        &["s"]
    } else {
        &[]
    }
}

/// The forms `word` (a name's last word) may have without a case ending of
/// the article's language, longest ending first; each keeps three letters
/// at least. The caller keeps a form only where the text writes it alone
/// too, as a name may end in those letters ("Virtanen", "Ines", "Matti").
pub(super) fn without_case_endings(word: &str) -> impl Iterator<Item = &str> {
    case_endings().iter().filter_map(move |e| {
        let stem = word.strip_suffix(e)?;
        (stem.chars().count() >= 3 && stem.chars().next_back().is_some_and(char::is_alphabetic))
            .then_some(stem)
    })
}

/// A woman's name as Slovak and Czech write it in another case
/// ("prezidentku Katalin Novákovú", "Judit Vargovej", "so Zuzanou
/// Hudecovou"), read back to the nominative ("Katalin Nováková", "Judit
/// Vargová", "Zuzana Hudecová"): a surname in "-ová", "-ská" or "-cká"
/// declined, and a given name in "-a" in the same case; `None` for any
/// other name.
pub(super) fn west_slavic_womans_nominative(name: &str) -> Option<String> {
    if !reading_one_of(&["cs", "sk"]) {
        return None;
    }
    let (given, surname) = name.rsplit_once(' ')?;
    if given.contains(' ') {
        return None;
    }
    // The surname's ending, its nominative and the given name's ending in
    // that case.
    let (stem, nominative, given_ending) = [
        ("ovej", "ová", "y"),
        ("ovú", "ová", "u"),
        ("ovou", "ová", "ou"),
        ("ové", "ová", "y"),
        ("skej", "ská", "y"),
        ("skú", "ská", "u"),
        ("skou", "ská", "ou"),
        ("ské", "ská", "y"),
        ("ckej", "cká", "y"),
        ("ckú", "cká", "u"),
        ("ckou", "cká", "ou"),
        ("cké", "cká", "y"),
    ]
    .iter()
    .find_map(|(ending, nominative, given)| {
        Some((surname.strip_suffix(ending)?, *nominative, *given))
    })?;
    if stem.chars().count() < 2 || !stem.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // "Zuzanou" is "Zuzana"; "Katalin", "Judit" do not decline. A dative
    // or locative "-e" ("Zuzane") is left as written.
    let given = match given.strip_suffix(given_ending) {
        Some(g) if g.chars().count() >= 2 && !g.ends_with(['a', 'e', 'i', 'o', 'u', 'y']) => {
            format!("{g}a")
        }
        _ => given.to_owned(),
    };
    Some(format!("{given} {stem}{nominative}"))
}

/// How many words open `name` that name the portfolio of a role before it
/// ("Défense Téné Birahima Ouattara" after "le ministre de la",
/// "Buitenlandse Zaken Caspar Veldkamp" after "minister van"), when two
/// words of a name at least are left; `None` when it opens otherwise.
pub(super) fn after_a_portfolio(name: &str) -> Option<usize> {
    if !reading_other_languages() {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let dropped = words
        .iter()
        .rposition(|w| is_portfolio(w))
        .map(|last| last + 1)?;
    (words.len() >= dropped + 2
        && words[..dropped]
            .iter()
            .all(|w| is_portfolio(w) || is_portfolio_adjective(w)))
    .then_some(dropped)
}

/// A ministry's portfolio as it follows a role in these languages: "la
/// Défense", "la Presidencia", "Buitenlandse Zaken", "Relaciones Exteriores".
fn is_portfolio(word: &str) -> bool {
    matches!(
        word,
        "Défense"
            | "Intérieur"
            | "Justice"
            | "Armées"
            | "Presidencia"
            | "Presidência"
            | "Hacienda"
            | "Defensa"
            | "Defesa"
            | "Difesa"
            | "Gobernación"
            | "Exteriores"
            | "Esteri"
            | "Interni"
            | "Giustizia"
            | "Justiça"
            | "Fazenda"
            | "Zaken"
            | "Financiën"
            | "Defensie"
            | "Justitie"
            | "Finances"
            | "Finanzas"
            | "Finanças"
            | "Finanze"
    )
}

/// Words that open a two-word portfolio: "Buitenlandse Zaken", "Relaciones
/// Exteriores", "Affaires étrangères" (whose second word is small).
fn is_portfolio_adjective(word: &str) -> bool {
    matches!(
        word,
        "Buitenlandse"
            | "Binnenlandse"
            | "Algemene"
            | "Economische"
            | "Relaciones"
            | "Negócios"
            | "Asuntos"
    )
}

/// Whether `surname` may be a man's surname in the nominative in the
/// article's language: in Polish, Czech and Slovak one ends in a consonant,
/// and a vowel, "-j" or "-m" is another case ("Fiali", "Cichanouskiej",
/// "Babišem"), of a name this language declines whatever its origin.
pub(super) fn may_be_a_nominative_surname(surname: &str) -> bool {
    !reading_one_of(&["pl", "cs", "sk"])
        || surname
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() && !"aeiouyáéíóúýěąęjm".contains(c))
}

/// A person's name found in Finnish text with a word of the clause after it
/// taken in: a place in the genitive before the noun it qualifies ("tutkija
/// Liis Tamm Tarton yliopiston") or a place in a local case ("tapasi
/// Michalin Tallinnassa"). The words before it, if still a name of two
/// words or more; `Some("")` when none is left; `None` when the name ends
/// as names do.
pub(super) fn finnish_name_without_case_word<'n>(name: &'n str, after: &str) -> Option<&'n str> {
    let (rest, last) = name.rsplit_once(' ')?;
    let local = ["ssa", "ssä", "stä", "llä", "ltä"]
        .iter()
        .any(|e| last.ends_with(e));
    // "Sanna Virtanen Ulkopoliittisesta instituutista": an adjective agrees
    // in its case with the noun in small letters after it, which no
    // surname does ("Costa", "Hella" before a verb).
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    let agrees = rest.contains(' ')
        && next.chars().next().is_some_and(char::is_lowercase)
        && [
            "sta", "stä", "ssa", "ssä", "lla", "llä", "lta", "ltä", "lle",
        ]
        .iter()
        .any(|e| last.ends_with(e) && next.ends_with(e));
    let genitive_before_a_noun = last.ends_with('n')
        && rest.contains(' ')
        && after
            .strip_prefix(' ')
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_lowercase);
    if !(local || genitive_before_a_noun || agrees) {
        return None;
    }
    Some(if rest.contains(' ') { rest } else { "" })
}

/// Whether the text is known to be in a language whose nouns do not
/// decline, so that a name read anywhere in a sentence is its nominative.
pub(super) fn reading_an_undeclined_language() -> bool {
    UNDECLINED_LANGUAGE.with(Cell::get)
}

/// Whether the text is known to be in another language than English: the
/// cues that English text would misread (a bracketed acronym whose letters
/// do not spell the name before it) are read only then.
pub(super) fn reading_a_known_other_language() -> bool {
    KNOWN_OTHER_LANGUAGE.with(Cell::get)
}

/// Whether the cues of these languages apply to the text being read.
pub(super) fn reading_other_languages() -> bool {
    OTHER_LANGUAGES.with(Cell::get)
}

/// A role noun of another language, in any case: "président", "ministra",
/// "vicepresidenta", "премьер-министром", "головою".
pub(super) fn is_role(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    // Most words come in small letters and whole: one lookup.
    if ROLE_SET.contains(word) {
        return true;
    }
    let folded = folded(word);
    let lower = without_elision(&folded);
    if (lower.len() != word.len() || folded.as_ref() != word) && ROLE_SET.contains(lower) {
        return true;
    }
    if is_compound_role(lower) {
        return true;
    }
    if !lower.chars().next().is_some_and(is_cyrillic) {
        return false;
    }
    // Bulgarian and Macedonian: a role's stem and its article or plural.
    if reading_one_of(&["bg", "mk"]) {
        return CYRILLIC_ROLE_STEMS
            .iter()
            .chain(BULGARIAN_ROLE_STEMS)
            .any(|stem| {
                lower
                    .strip_prefix(stem)
                    .is_some_and(|ending| BULGARIAN_ENDINGS.contains(&ending))
            });
    }
    // Russian and Ukrainian: a role's stem and a case ending.
    CYRILLIC_ROLE_STEMS.iter().any(|stem| {
        lower
            .strip_prefix(stem)
            .is_some_and(|ending| CYRILLIC_ENDINGS.contains(&ending))
    })
}

/// A compound whose last part is a role: a body's name hyphened before it
/// ("Viðreisn-formanden", "SPD-Chef"), or a minister of something written
/// as one word, as the Nordic languages and Hungarian write them
/// ("jämställdhetsminister", "sisäministeri", "külügyminiszter").
fn is_compound_role(lower: &str) -> bool {
    const MINISTERS: &[&str] = &[
        "minister",
        "ministern",
        "ministeren",
        "ministeri",
        "miniszter",
    ];
    if let Some((head, tail)) = lower.rsplit_once('-')
        && !head.is_empty()
        && ROLE_SET.contains(tail)
    {
        return true;
    }
    MINISTERS
        .iter()
        .any(|m| lower.len() >= m.len() + 3 && lower.ends_with(m))
}

/// One capitalised word that is a Danish, Norwegian or Swedish party's
/// name: a compound ending in the definite "partiet" ("the … party"):
/// "Selvstændighedspartiet", "Piratpartiet", "Fremskrittspartiet". The
/// bare word and its genitive are no name ("Partiet", "partiets").
pub(super) fn is_nordic_party_compound(word: &str) -> bool {
    reading_other_languages()
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .strip_suffix("partiet")
            .is_some_and(|head| head.chars().count() >= 3 && head.chars().all(char::is_alphabetic))
}

/// A Polish word in an oblique case that no given name ends like: the
/// genitive or dative of an adjective ("Narodowego", "Krajowej") or a
/// genitive in -cji, -sji or -zji ("Fundacji", "Komisji"); not -ii, which
/// ends Ukrainian given names in Latin letters ("Andrii", "Serhii"). After a role ("prezes
/// Narodowego Banku Polskiego", "ekonomistka Fundacji …") it opens what the
/// role is of, not its holder.
pub(super) fn is_polish_oblique(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "owego", "nego", "skiego", "ckiego", "wego", "owej", "skiej", "ckiej", "nej", "cji", "sji",
        "zji",
    ];
    reading_other_languages()
        && word.chars().count() >= 6
        && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A Greek word in the genitive plural ("Μεταφορών", "Εξωτερικών",
/// "Οικονομικών"): after a role it is what the role is of, and no Greek
/// given name ends so.
pub(super) fn is_greek_genitive_plural(word: &str) -> bool {
    word.chars().next().is_some_and(is_greek)
        && word.chars().count() >= 4
        && (word.ends_with("ών") || word.ends_with("ων"))
}

/// Whether `words`, the two words of a name right after `before`, are a
/// person's by the Greek article before them: Greek writes one before a
/// name ("Ο Σλάβομιρ Μέντζεν", "η Κάγια Κάλας", "του Γιάροσλαβ
/// Κατσίνσκι"). After ο or η, the nominative, any two Greek words but an
/// adjective and its noun ("η Νέα Δημοκρατία", "ο Λευκός Οίκος", "η
/// Ευρωπαϊκή Επιτροπή"); after τον, την, τη, του or της, directly or
/// before one word in small letters ("τον αρχιεπίσκοπο Μπαγκράτ
/// Γκαλστανιάν"), only words that no case changes, as a foreign name's are:
/// "της Αννίτας Δημητρίου" is a genitive, whose nominative is not read here.
pub(super) fn greek_article_before(before: &str, words: &[&str]) -> bool {
    if !reading_one_of(&["el"]) {
        return false;
    }
    let [first, second] = words else {
        return false;
    };
    let greek = |w: &str| w.chars().all(|c| is_greek(c) || c == '-') && w.chars().any(is_greek);
    if !greek(first) || !greek(second) {
        return false;
    }
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let mut previous = before.rsplit(' ');
    let last = previous.next().unwrap_or("");
    let article = |w: &str| -> Option<bool> {
        match w {
            "ο" | "η" | "Ο" | "Η" => Some(true),
            "τον" | "την" | "τη" | "του" | "της" | "Τον" | "Την" | "Τη" | "Του" | "Της" => {
                Some(false)
            }
            _ => None,
        }
    };
    let nominative = match article(last) {
        Some(nominative) => nominative,
        // "τον αρχιεπίσκοπο Μπαγκράτ Γκαλστανιάν": one word in small letters
        // between an oblique article and the name.
        None if last
            .chars()
            .next()
            .is_some_and(|c| is_greek(c) && c.is_lowercase()) =>
        {
            match previous.next().and_then(article) {
                Some(false) => false,
                _ => return false,
            }
        }
        None => return false,
    };
    if organisation_word(first).is_some() || organisation_word(second).is_some() {
        return false;
    }
    if nominative {
        const ADJECTIVES: &[&str] = &[
            "ικός", "ική", "ικό", "ϊκός", "ϊκή", "ϊκό", "ός", "ή", "ό", "εια",
        ];
        const FIRST_WORDS: &[&str] = &["Νέα", "Νέος", "Νέο", "Άγιος", "Αγία", "Άγιο"];
        return !FIRST_WORDS.contains(first)
            && !ADJECTIVES.iter().any(|e| first.ends_with(e))
            && !second.ends_with("ίας");
    }
    // No Greek case ending: a consonant but final sigma, or an "ι".
    let unchanged = |w: &str| {
        w.chars()
            .next_back()
            .and_then(|c| c.to_lowercase().next())
            .is_some_and(|c| "βγδζθκλμνξπρτφχψιί".contains(c))
    };
    unchanged(first) && unchanged(second)
}

/// A letter of the Greek alphabet, with or without its accent.
fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}')
}

/// A title written with a capital in German or Turkish, alone or as the
/// head of a compound: "Präsident", "Bundeskanzler", "Finanzministerin",
/// "FPÖ-Chef", "Oppositionsführer", "Cumhurbaşkanı", "Bakanı".
pub(super) fn is_title(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    // This runs on every capitalised word: most are passed over by their
    // last three bytes, which no head ends with.
    if word.len() < 4
        || TITLE_HEAD_ENDS.binary_search(&last_three(word)).is_err()
        || !word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    // "FPÖ-Chef": the head after a hyphen.
    let last = word.rsplit_once('-').map_or(word, |(_, tail)| tail);
    TITLE_HEADS.iter().any(|head| {
        // The head alone, capitalised ("Präsident"), or ending a compound
        // in small letters ("Bundeskanzler").
        is_capitalised_form_of(last, head)
            || word
                .strip_suffix(head)
                .is_some_and(|compound| compound.chars().count() >= 3)
    }) && !NOT_TITLES.contains(&folded(word).as_ref())
}

/// The last three bytes of every [`TITLE_HEADS`] entry.
static TITLE_HEAD_ENDS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut ends: Vec<u32> = TITLE_HEADS.iter().map(|h| last_three(h)).collect();
    ends.sort_unstable();
    ends.dedup();
    ends
});

/// The last three bytes of `word` as one number (`word` has three or more).
fn last_three(word: &str) -> u32 {
    let b = word.as_bytes();
    u32::from_le_bytes([b[b.len() - 3], b[b.len() - 2], b[b.len() - 1], 0])
}

/// A verb of saying of another language, as it stands next to the speaker:
/// "dijo", "disse", "sagte", "déclaré" (of "a déclaré"), "заявил".
pub(super) fn is_verb_of_saying(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    VERB_SET.contains(word)
        || word.chars().next().is_some_and(char::is_uppercase)
            && VERB_SET.contains(folded(word).as_ref())
}

/// `word` in small letters, copied only when it has a capital.
fn folded(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether `word` is `lower` with its first letter capitalised: "Präsident"
/// of "präsident", without a copy.
fn is_capitalised_form_of(word: &str, lower: &str) -> bool {
    // Capital and small letters of these alphabets are as long in UTF-8.
    if word.len() != lower.len() {
        return false;
    }
    let mut w = word.chars();
    let mut l = lower.chars();
    match (w.next(), l.next()) {
        (Some(a), Some(b)) => w.as_str() == l.as_str() && a.to_lowercase().eq(std::iter::once(b)),
        _ => false,
    }
}

/// Words that give the source of what is said, as written (a capital where
/// they open a sentence): "selon", "Según", "laut"; "словам" of "по
/// словам" and "словами" of "за словами" need the word before.
static SOURCE_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        "selon",
        "Selon",
        "según",
        "Según",
        "segundo",
        "Segundo",
        "secondo",
        "Secondo",
        "laut",
        "Laut",
        "словам",
        "словами",
        "potrivit",
        "Potrivit",
        "podle",
        "Podle",
        "według",
        "Według",
        "enligt",
        "Enligt",
        "volgens",
        "Volgens",
    ]
    .into_iter()
    .collect()
});
/// The word lists as sets, made on first use.
static ROLE_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ROLES.iter().copied().collect());
static VERB_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| VERBS_OF_SAYING.iter().copied().collect());
static CAPITALISED_GENERIC: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    GENERIC_ADJECTIVES
        .iter()
        .map(|a| {
            let mut c = a.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect()
});

/// Whether `before` (the text before a name) ends with a word that gives
/// the source of what is said: "selon", "según", "laut", "по словам".
pub(super) fn according_to(before: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    let mut words = before.trim_end().rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("");
    SOURCE_SET.contains(last) && {
        let needs_previous = matches!(last, "словам" | "словами");
        !needs_previous || matches!(words.next(), Some("по" | "По" | "за" | "За"))
    }
}

/// Romanian "lui", the particle of a man's genitive and dative before his
/// name ("partidului lui Ilan Șor", "Guvernul lui Dorin Recean"): what
/// follows it is a person.
pub(super) fn is_person_particle(word: &str) -> bool {
    reading_other_languages() && word == "lui"
}

/// "a déclaré Sonko", "dijo Milei", "sagte Scholz", "заявил Кошанов",
/// "lui Șor": a verb of saying, a word of source or a person's particle
/// just before a lone name.
pub(super) fn spoken_of_before(before: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    let trimmed = before.trim_end_matches([' ', '\t']);
    let last = trimmed
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    is_verb_of_saying(last) || is_person_particle(last) || according_to(trimmed)
}

/// " a déclaré", " dijo", " ha detto", " sagte", " заявил": a verb of
/// saying after a name, behind an auxiliary where the language has one.
pub(super) fn speaks_after(after: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let mut words = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';'))
        .filter(|w| !w.is_empty());
    match words.next() {
        Some("a" | "ha" | "hat" | "avait" | "había" | "havia" | "aveva") => {
            words.next().is_some_and(is_verb_of_saying)
        }
        Some(w) => is_verb_of_saying(w),
        None => false,
    }
}

/// Hungarian writes a title after the name, in small letters, and puts the
/// name's case ending on the title: "Irakli Kobahidze miniszterelnök",
/// "Szalome Zurabisvili államfőtől". Stems of those titles, each with
/// whether it is also the last part of compounds ("külügyminiszter",
/// "főképviselő").
const HUNGARIAN_ROLES: &[(&str, bool)] = &[
    ("miniszter", true),
    ("elnök", true),
    ("államfő", false),
    ("kormányfő", false),
    ("képviselő", true),
    ("polgármester", true),
    ("szóvivő", false),
    ("elemző", false),
    ("újságíró", false),
    ("tudósító", false),
    ("vezető", true),
    ("alapító", false),
    ("politológus", false),
    ("milliárdos", false),
    ("titkár", true),
    ("nagykövet", false),
    ("ügyész", true),
    ("professzor", false),
    ("kutató", false),
    ("tábornok", true),
    ("szakértő", true),
    ("munkatárs", false),
    ("közgazdász", false),
    ("bíró", true),
    ("szervező", false),
];

/// A Hungarian title in small letters (see [`HUNGARIAN_ROLES`]) with a
/// case ending or none; `possessed` asks for the possessive ("elemzője",
/// "vezetője": the analyst of …), which after a name makes the name what
/// the title is of ("a Grúz Álom elnöke"), and so is wanted only in an
/// apposition ("Kertész Ádám, a Nézőpont Intézet elemzője").
pub(super) fn is_hungarian_role(word: &str, possessed: bool) -> bool {
    // "Dél-Ázsia-szakértője": the title ends a compound with a place.
    let word = word.rsplit_once('-').map_or(word, |(_, tail)| tail);
    if !reading_other_languages() || !word.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    HUNGARIAN_ROLES.iter().any(|&(stem, compounds)| {
        let Some(at) = word.find(stem) else {
            return false;
        };
        if at > 0 && !compounds {
            return false;
        }
        let ending = &word[at + stem.len()..];
        // "elnökség", "képviselőház": another noun, not the title.
        if ending.chars().count() > 6 || ending.starts_with('s') || ending.starts_with("ház") {
            return false;
        }
        // "szervezői": the plural possessive of a title in -ő or -ó.
        let is_possessive = ending.starts_with(['a', 'á', 'e', 'é', 'j'])
            || ending.starts_with('i') && stem.ends_with(['ő', 'ó']);
        possessed == is_possessive || possessed && ending.is_empty()
    })
}

/// Whether the words just before a name (`before`, up to it) hold a role of
/// another language and what it is of, and nothing else: "le président
/// sénégalais ", "Министр национальной экономики ", "il ministro degli
/// Esteri ", "Le premier secrétaire du Parti socialiste, ". A word of
/// place or belonging right before the name ("de", "of", "по") makes the
/// name what the role is of, not its holder: "le président de Radio
/// France".
pub(super) fn role_before(before: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    let trimmed = before.trim_end_matches([' ', '\t']);
    let clause = trimmed.strip_suffix(',').unwrap_or(trimmed);
    let mut words = clause.rsplit(char::is_whitespace);
    let Some(last) = words.next() else {
        return false;
    };
    if is_linking_word(last) || last.ends_with(['.', ';', ':', '!', '?', ')', '"', '»', '“']) {
        return false;
    }
    let mut capitals = 0;
    for word in std::iter::once(last).chain(words).take(ROLE_REACH) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        if bare.is_empty()
            || word.ends_with(['.', ';', ':', '!', '?', ',', '"', '»']) && word != last
        {
            return false;
        }
        if is_role(bare) {
            return true;
        }
        if is_verb_form(bare) {
            return false;
        }
        if bare.chars().next().is_some_and(char::is_uppercase) {
            capitals += 1;
            if capitals > 2 {
                return false;
            }
        }
    }
    false
}

/// An auxiliary ("a" of "a félicité", "ha", "hat") or a Russian or
/// Ukrainian past-tense verb ("посетил", "заявила"): a role before one is
/// the subject of a clause, and the name after it is no holder of the role
/// ("le président a reçu …").
fn is_verb_form(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(
        lower.as_str(),
        "a" | "ha"
            | "hat"
            | "est"
            | "es"
            | "é"
            | "è"
            | "ist"
            | "fue"
            | "foi"
            | "fu"
            | "sera"
            | "will"
            | "was"
            | "is"
            | "has"
    ) || lower.chars().next().is_some_and(is_cyrillic)
        && ["л", "ла", "ли", "ло", "лся", "лась", "ив", "ав", "ів"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Words read back from a name for its role: the role, and up to four
/// words of what it is of ("ministre des Affaires étrangères").
const ROLE_REACH: usize = 5;

/// Prepositions and articles: a name right after one is not the holder of
/// the role before it.
fn is_linking_word(word: &str) -> bool {
    matches!(
        without_elision(&word.to_lowercase()),
        "de" | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "del"
            | "el"
            | "los"
            | "las"
            | "da"
            | "do"
            | "das"
            | "dos"
            | "di"
            | "della"
            | "dello"
            | "delle"
            | "degli"
            | "dei"
            | "von"
            | "der"
            | "die"
            | "dem"
            | "den"
            | "im"
            | "am"
            | "zur"
            | "zum"
            | "für"
            | "of"
            | "the"
            | "in"
            | "по"
            | "в"
            | "во"
            | "на"
            | "из"
            | "с"
            | "від"
            | "у"
            | "з"
    )
}

/// Whether `before` (the text before a run of capitalised words) ends with
/// a preposition or an elided article of these languages, as the thing a
/// role is of does: "ministre de l'", "ministro degli ", "ministre des ".
/// A bare "de" or English "of" is left out: people are named after them
/// ("la candidature de Edmundo González Urrutia", "of Martin Luther King").
pub(super) fn complement_before(before: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    if ["l'", "l’", "d'", "d’", "dell'", "dell’"]
        .iter()
        .any(|e| before.ends_with(e))
    {
        return true;
    }
    let Some(stripped) = before.strip_suffix(' ') else {
        return false;
    };
    let last = stripped.rsplit(char::is_whitespace).next().unwrap_or("");
    // "ο δήμαρχος της Βαρσοβίας Ραφάλ Τσασκόφσκι": a Greek genitive.
    matches!(
        last,
        "du" | "des" | "del" | "della" | "degli" | "dei" | "dello" | "delle" | "της" | "του"
    )
}

/// Small words that sit inside names of bodies in these languages:
/// "Alliance pour la République", "Junts per Catalunya", "Bündnis für
/// Frieden und Gerechtigkeit". Not Italian "e" ("and"): English writes
/// "e-Governance".
pub(super) fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "des"
            | "les"
            | "pour"
            | "et"
            | "per"
            | "für"
            | "und"
            | "della"
            | "delle"
            | "degli"
            | "dei"
            | "dello"
            | "zur"
            | "zum"
            | "los"
            | "las"
            | "para"
            // Dutch and Romanian: "Instituut voor …", "Institutul pentru
            // …", "Curte de Casație și Justiție".
            | "voor"
            | "pentru"
            | "și"
            | "şi"
    ) || word == "ja" && reading_one_of(&["et", "fi"])
    // Estonian and Finnish "and": "Tegevuse ja Solidaarsuse Partei",
    // "Isamaa ja Res Publica Liit".
}

/// Connectors inside a body's name in these languages (not a person's
/// particles such as "von" or "bin", which say whose the body is).
pub(super) fn joins_a_body_name(word: &str) -> bool {
    is_connector(word)
        || matches!(
            word,
            "de" | "del" | "da" | "do" | "dos" | "das" | "di" | "du" | "la" | "le" | "y" | "i"
            // Dutch "Partij van de Arbeid"; Romanian genitive articles,
            // "Consiliul Superior al Magistraturii".
            | "van" | "al" | "ale"
        )
}

/// [`organisation_word`] where the cues of these languages are read (see
/// [`ArticleLanguage`]); the English cues ask it of every capitalised word.
pub(super) fn organisation_word_if_read(word: &str) -> Option<ActorKind> {
    reading_other_languages()
        .then(|| organisation_word(word))
        .flatten()
}

/// An organisation word of another language, capitalised as it heads a
/// name: "Parti", "Partido", "Confederación", "Bündnis", "Fondazione".
pub(super) fn organisation_word(word: &str) -> Option<ActorKind> {
    Some(match word {
        "Parti" | "Partido" | "Partito" | "Partei" | "Front" | "Frente" | "Fronte"
        | "Mouvement" | "Movimiento" | "Movimento" | "Bewegung" | "Rassemblement" | "Coalición"
        | "Coligação" | "Coalizione" | "Bündnis" | "Alianza" | "Aliança" | "Alleanza"
        | "Allianz"
        // Dutch, Romanian and Czech.
        | "Partij" | "Beweging" | "Partidul" | "Alianța" | "Alianţa" | "Blocul" | "Mișcarea"
        | "Mişcarea" | "Strana" | "Hnutí" => ActorKind::Group,
        "Conseil" | "Consejo" | "Conselho" | "Consiglio" | "Commission" | "Comisión"
        | "Comissão" | "Commissione" | "Kommission" | "Assemblée" | "Asamblea" | "Assembleia"
        | "Assemblea" | "Cour" | "Corte" | "Tribunal" | "Tribunale" | "Gericht" | "Banque"
        | "Banco" | "Banca" | "Fonds" | "Fondo" | "Fundo" | "Agence" | "Agencia" | "Agência"
        | "Agenzia" | "Agentur" | "Fédération" | "Federación" | "Federação" | "Federazione"
        | "Confédération" | "Confederación" | "Confederação" | "Confederazione" | "Syndicat"
        | "Sindicato" | "Sindacato" | "Gewerkschaft" | "Fondation" | "Fundación" | "Fundação"
        | "Fondazione" | "Stiftung" | "Institut" | "Instituto" | "Istituto" | "Organisation"
        | "Organización" | "Organização" | "Organizzazione" | "Union" | "Unión" | "União"
        | "Unione" | "Comité" | "Comitato" | "Ausschuss" | "Verband" | "Ministère"
        | "Ministerio" | "Ministério" | "Ministero" | "Ministerium" | "Congreso" | "Senado"
        | "Senato" | "Sénat" | "Câmara" | "Camera" | "Parlement" | "Parlamento"
        // Dutch and Romanian.
        | "Instituut" | "Stichting" | "Raad" | "Commissie" | "Institutul" | "Centrul"
        | "Consiliul" | "Comisia" | "Curtea" | "Curte" | "Uniunea" | "Fundația" | "Fundaţia"
        | "Asociația" | "Asociaţia" | "Agenția" | "Agenţia" | "Ministerul" => {
            ActorKind::Organisation
        }
        _ => return romanian_genitive_head(word).and_then(organisation_word),
    })
}

/// `name` with a Romanian genitive head read back to the nominative:
/// "Partidului Democrat" is the "Partidul Democrat".
pub(super) fn nominative_head(name: String) -> String {
    let head = name.split(' ').next().unwrap_or_default();
    match romanian_genitive_head(head) {
        Some(nominative) => format!("{nominative}{}", &name[head.len()..]),
        None => name,
    }
}

/// Romanian declines a body's head word, not its other words: "Liderul
/// Partidului Democrat" leads the "Partidul Democrat", "Curții Supreme" is
/// the "Curtea Supremă"'s (whose adjective follows the head; only the head
/// is read back). The nominative of such a genitive head, if it is one.
pub(super) fn romanian_genitive_head(word: &str) -> Option<&'static str> {
    Some(match word {
        "Partidului" => "Partidul",
        "Consiliului" => "Consiliul",
        "Institutului" => "Institutul",
        "Centrului" => "Centrul",
        "Ministerului" => "Ministerul",
        "Blocului" => "Blocul",
        "Comisiei" => "Comisia",
        "Uniunii" => "Uniunea",
        "Agenției" | "Agenţiei" => "Agenția",
        "Fundației" | "Fundaţiei" => "Fundația",
        "Asociației" | "Asociaţiei" => "Asociația",
        "Alianței" | "Alianţei" => "Alianța",
        "Mișcării" | "Mişcării" => "Mișcarea",
        _ => return None,
    })
}

/// Articles of these languages, capitalised as a sentence opens with
/// them: "Le Nouveau Front", "Il Senato", "El Congreso" (the article is
/// not part of the name). Only at a sentence's start: mid-sentence "Le" and
/// "La" begin names ("Le Duan", "La Paz").
pub(super) fn is_article(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    matches!(
        word,
        "Le" | "La"
            | "Les"
            | "L'"
            | "El"
            | "Los"
            | "Las"
            | "Il"
            | "Lo"
            | "Gli"
            | "O"
            | "Os"
            | "As"
            | "Der"
            | "Die"
            | "Das"
            | "Un"
            | "Une"
            | "Una"
            | "Uno"
            | "Ein"
            | "Eine"
    )
}

/// Capitalised prepositions and conjunctions of these languages that open
/// sentences and never begin names: "Selon Barnier", "Secondo Schlein",
/// "После выборов".
pub(super) fn is_function_word(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    matches!(
        word,
        "Selon"
            | "Según"
            | "Segundo"
            | "Secondo"
            | "Laut"
            | "Dans"
            | "À"
            | "Au"
            | "Aux"
            | "Pour"
            | "Avec"
            | "Depuis"
            | "Desde"
            | "Para"
            // Portuguese and Romanian "in", "to the": "Em Lisboa, o
            // ministro …", "În Parlament"
            | "Em"
            | "Ao"
            | "În"
            // Italian "also", opening a sentence: "Anche Bruxelles …"
            | "Anche"
            | "Nach"
            | "Mit"
            | "Seit"
            | "Für"
            | "Cette"
            | "Este"
            | "Esta"
            | "Questo"
            | "Questa"
            | "Mais"
            | "Pero"
            | "Aber"
            | "Após"
            | "Après"
            | "Dopo"
            | "Tras"
            | "Nel"
            | "Nella"
            | "Durante"
            | "Pendant"
            | "Während"
            | "Contre"
            | "Contra"
            | "Gegen"
            | "Chez"
            | "Sans"
            | "Sin"
            | "Senza"
            | "Ohne"
            | "Auch"
            | "Doch"
            | "После"
            | "Для"
            | "Однако"
            | "При"
            | "Після"
            | "Але"
            | "Однак"
            // Romanian, Czech, Polish, Swedish and Dutch: "Pentru Partidul
            // …", "Podle Babiše", "Enligt Kristersson"
            | "Pentru"
            | "Potrivit"
            | "Podle"
            | "Według"
            | "Enligt"
            | "Volgens"
            // Danish, Norwegian, Swedish, Finnish and Estonian: "Hos Danske
            // Bank vurderer …", "Ifølge Mæland", "Myös Euroopan komissio",
            // "Ka Euroopa Komisjoni president"
            | "Hos"
            | "Ifølge"
            | "Blandt"
            | "Bland"
            | "Mellem"
            | "Mellan"
            | "Myös"
            | "Ka"
            // Greek articles, which open a sentence before a name: "Η
            // Δημητρίου μίλησε", "Ο Χριστοδουλίδης εξελέγη"
            | "Ο"
            | "Η"
            | "Το"
            | "Οι"
            | "Τα"
            | "Του"
            | "Της"
            | "Των"
            | "Τον"
            | "Την"
            | "Τη"
            | "Στον"
            | "Στην"
            | "Στη"
            | "Στο"
            | "Για"
            | "Με"
            // Hungarian days, months and adverbs of time that open a
            // sentence before a name: "Csütörtökön Muhammad Junusz tette le
            // az esküt", "Tegnap Nagy Katalin"
            | "Hétfőn"
            | "Kedden"
            | "Szerdán"
            | "Csütörtökön"
            | "Pénteken"
            | "Szombaton"
            | "Vasárnap"
            | "Januárban"
            | "Februárban"
            | "Márciusban"
            | "Áprilisban"
            | "Májusban"
            | "Júniusban"
            | "Júliusban"
            | "Augusztusban"
            | "Szeptemberben"
            | "Októberben"
            | "Novemberben"
            | "Decemberben"
            | "Tegnap"
            | "Ma"
            | "Most"
            | "Később"
            | "Közben"
            | "Azóta"
            | "Tavaly"
            | "Idén"
            | "Szerinte"
    )
}

/// Adjectives that these languages write in small letters after the noun
/// of a body's name: "Front populaire", "Parti socialiste", "Partido
/// Revolucionario Institucional" (capitalised there, read as words).
pub(super) fn is_name_adjective(word: &str) -> bool {
    GENERIC_ADJECTIVES.contains(&word) || PARTICULAR_ADJECTIVES.contains(&word)
}

/// Whether `adjectives` (after a head) are only generic ones ("nacional",
/// "central"), which name no particular body, as "National Assembly" does
/// not in English.
pub(super) fn is_generic_adjective(adjectives: &str) -> bool {
    adjectives
        .split_whitespace()
        .all(|a| GENERIC_ADJECTIVES.contains(&a))
}

/// A capitalised generic modifier of these languages ("Nacional",
/// "Supremo", "Bundes-" words aside): as "National" in English, it does
/// not say which body a name is.
pub(super) fn is_generic_word(word: &str) -> bool {
    if !reading_other_languages() {
        return false;
    }
    is_generic_capitalised(word)
}

/// [`is_generic_word`] whatever the article's language.
pub(super) fn is_generic_capitalised(word: &str) -> bool {
    // Their capitals: most words are passed over by the first byte.
    matches!(
        word.as_bytes().first(),
        Some(b'C' | b'E' | b'F' | b'G' | b'N' | b'S' | 0xC3)
    ) && CAPITALISED_GENERIC.contains(word)
}

const GENERIC_ADJECTIVES: &[&str] = &[
    "national",
    "nationale",
    "nacional",
    "nazionale",
    "central",
    "centrale",
    "fédéral",
    "fédérale",
    "federal",
    "federale",
    "général",
    "générale",
    "general",
    "generale",
    "suprême",
    "supremo",
    "suprema",
    "constitutionnel",
    "constitutionnelle",
    "constitucional",
    "costituzionale",
    "électoral",
    "électorale",
    "electoral",
    "elettorale",
    "européen",
    "européenne",
    "europeo",
    "europea",
    "européens",
    "social",
    "sociale",
];

/// Adjectives of [`is_name_adjective`] besides the generic ones: they say
/// which body a name is ("socialiste", "liberal").
const PARTICULAR_ADJECTIVES: &[&str] = &[
    "populaire",
    "popular",
    "popolare",
    "socialiste",
    "socialista",
    "démocrate",
    "démocratique",
    "demócrata",
    "democrático",
    "democrática",
    "democratico",
    "democratica",
    "democrata",
    "républicain",
    "républicaine",
    "republicano",
    "republicana",
    "repubblicano",
    "libéral",
    "libérale",
    "liberal",
    "liberale",
    "conservateur",
    "conservador",
    "conservadora",
    "conservatore",
    "communiste",
    "comunista",
    "écologiste",
    "ecologista",
    "insoumise",
    "progressiste",
    "progresista",
    "progressista",
    "révolutionnaire",
    "revolucionario",
    "revolucionaria",
    "rivoluzionario",
    "patriotique",
    "patriótico",
    "patriótica",
    "islamique",
    "islámico",
    "islâmico",
    "islamico",
    "chrétien",
    "chrétienne",
    "cristiano",
    "cristiana",
    "travailliste",
    "ouvrier",
    "obrero",
    "citoyen",
    "citoyenne",
    "ciudadano",
    "ciudadana",
    "civique",
    "cívico",
    "cívica",
    "civico",
    "nationaliste",
    "nacionalista",
    "nazionalista",
    "souverainiste",
    "radical",
    "radicale",
    "indépendant",
    "indépendante",
    "independiente",
    "indipendente",
    "unifié",
    "unifiée",
    "unido",
    "unida",
    "unita",
    "uni",
    "unie",
    "verde",
    "verdes",
    "vert",
    "verts",
    "humaniste",
    "agraire",
    "paysan",
    "institucional",
    "institutionnel",
    "sandinista",
    "peroniste",
    "péroniste",
    "justicialista",
];

/// "l'ancien" → "ancien", "d'Italia" → "Italia": French and Italian elision.
fn without_elision(word: &str) -> &str {
    ["l'", "l’", "d'", "d’", "qu'", "qu’", "dell'", "dell’"]
        .iter()
        .find_map(|e| word.strip_prefix(e))
        .unwrap_or(word)
}

/// Role nouns of French, Spanish, Portuguese, Italian and German (its few
/// written in small letters), in the forms that stand before a name.
const ROLES: &[&str] = &[
    // French
    "président",
    "présidente",
    "vice-président",
    "vice-présidente",
    "ex-président",
    "ex-présidente",
    "ministre",
    "ex-ministre",
    "chancelier",
    "chancelière",
    "maire",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "porte-parole",
    "secrétaire",
    "ambassadeur",
    "ambassadrice",
    "gouverneur",
    "juge",
    "procureur",
    "procureure",
    "dirigeant",
    "dirigeante",
    "chef",
    "cheffe",
    "fondateur",
    "fondatrice",
    "général",
    "candidat",
    "candidate",
    "opposant",
    "opposante",
    "conseiller",
    "conseillère",
    "commissaire",
    "militant",
    "militante",
    "journaliste",
    "politologue",
    "économiste",
    "chercheur",
    "chercheuse",
    "analyste",
    "avocat",
    "avocate",
    "fonctionnaire",
    "patron",
    "patronne",
    "successeur",
    "prédécesseur",
    // Spanish
    "presidente",
    "presidenta",
    "vicepresidente",
    "vicepresidenta",
    "expresidente",
    "expresidenta",
    "ministro",
    "ministra",
    "exministro",
    "exministra",
    "canciller",
    "alcalde",
    "alcaldesa",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "portavoz",
    "secretario",
    "secretaria",
    "embajador",
    "embajadora",
    "gobernador",
    "gobernadora",
    "juez",
    "jueza",
    "fiscal",
    "líder",
    "dirigente",
    "jefe",
    "jefa",
    "fundador",
    "fundadora",
    "candidato",
    "candidata",
    "asesor",
    "asesora",
    "analista",
    "economista",
    "periodista",
    "politólogo",
    "politóloga",
    "abogado",
    "abogada",
    "comisario",
    "comisaria",
    "sucesor",
    "sucesora",
    // Portuguese
    "vice-presidente",
    "ex-presidente",
    "ex-ministro",
    "ex-ministra",
    "prefeito",
    "prefeita",
    "deputado",
    "deputada",
    "porta-voz",
    "secretário",
    "secretária",
    "embaixador",
    "embaixadora",
    "governador",
    "governadora",
    "juiz",
    "juíza",
    "procurador",
    "procuradora",
    "chefe",
    "assessor",
    "assessora",
    "jornalista",
    "cientista",
    "advogado",
    "advogada",
    "sucessor",
    // Italian
    "premier",
    "ex-premier",
    "sindaco",
    "sindaca",
    "deputato",
    "deputata",
    "senatore",
    "senatrice",
    "portavoce",
    "segretario",
    "segretaria",
    "ambasciatore",
    "ambasciatrice",
    "governatore",
    "giudice",
    "procuratore",
    "leader",
    "capo",
    "fondatore",
    "fondatrice",
    "generale",
    "consigliere",
    "giornalista",
    "politologo",
    "avvocato",
    "avvocata",
    "commissario",
    "commissaria",
    "successore",
    // German, in small letters where it has them
    "ex-kanzler",
    "ex-präsident",
    // Polish, in the nominative only: another case before a name declines
    // the name too ("premiera Petra Fiali"), and a declined name is no
    // actor's name ("premier" is Italian's above)
    "prezydent",
    "wicepremier",
    "minister",
    "marszałek",
    "szef",
    "szefowa",
    "lider",
    "liderka",
    "rzecznik",
    "rzeczniczka",
    "prezes",
    "poseł",
    "posłanka",
    "sędzia",
    "ekonomista",
    "ekonomistka",
    "politolog",
    // Turkish roles in small letters, with the possessive of what they
    // head: "partinin adayı Tufan Erhürman", "Oda başkanı", "kişisel
    // temsilcisi"
    "adayı",
    "başkanı",
    "lideri",
    "temsilcisi",
    "sözcüsü",
    "bakanı",
    "yardımcısı",
    // Czech and Slovak, in the nominative only (as Polish): "ministr
    // spravedlnosti Pavel Blažek", "předseda Senátu"
    "premiér",
    "premiérka",
    "prezident",
    "prezidentka",
    "ministr",
    "ministryně",
    "ministerka",
    "předseda",
    "předsedkyně",
    "místopředseda",
    "místopředsedkyně",
    "predseda",
    "predsedníčka",
    "podpredseda",
    "mluvčí",
    "hovorca",
    "poslanec",
    "poslankyně",
    "poslankyňa",
    "velvyslanec",
    "veľvyslanec",
    "šéf",
    "šéfka",
    "politoložka",
    "ekonom",
    "ekonomka",
    "analytik",
    "analytička",
    "soudce",
    "sudca",
    "novinář",
    "novinářka",
    "novinár",
    "novinárka",
    "komentátor",
    "komentátorka",
    "aktivista",
    "aktivistka",
    "politológ",
    "politologička",
    "právník",
    "právnička",
    "právnik",
    "exministr",
    "exministerka",
    // A woman's role in another case, whose name `west_slavic_womans_nominative`
    // reads back: "prezidentku Katalin Novákovú", "exministerky … Judit Vargovej"
    "prezidentku",
    "prezidentky",
    "prezidentkou",
    "premiérku",
    "premiérky",
    "premiérkou",
    "ministerku",
    "ministerky",
    "ministerkou",
    "ministryni",
    "exministerku",
    "exministerky",
    "predsedníčku",
    "predsedníčky",
    "predsedníčkou",
    "analytičku",
    "analytičky",
    "analytičkou",
    "exminister",
    "expremiér",
    "expremiérka",
    // Croatian, Serbian and Bosnian in Latin letters, nominative:
    // "ministar obrane Ivan Anušić", "predsjednik stranke …"
    "premijer",
    "premijerka",
    "predsjednik",
    "predsjednica",
    "predsednik",
    "predsednica",
    "potpredsjednik",
    "potpredsjednica",
    "potpredsednik",
    "ministar",
    "ministrica",
    "ministarka",
    "čelnik",
    "čelnica",
    "zastupnik",
    "zastupnica",
    "gradonačelnik",
    "gradonačelnica",
    "glasnogovornik",
    "glasnogovornica",
    "veleposlanik",
    "analitičar",
    "analitičarka",
    "politologinja",
    "novinar",
    "novinarka",
    "kandidat",
    "kandidatkinja",
    "aktivist",
    "aktivistica",
    "profesor",
    "profesorica",
    "direktor",
    "direktorica",
    "sudac",
    "sutkinja",
    "izaslanik",
    "izaslanica",
    "dopisnik",
    "dopisnica",
    "tajnik",
    "tajnica",
    "zapovjednik",
    // Swedish, bare and definite: "statsvetaren Henrik Ljung",
    // "Kristdemokraternas ledare Ebba Busch"
    "statsminister",
    "statsministern",
    "ministern",
    "partiledare",
    "partiledaren",
    "ledare",
    "ledaren",
    "ordförande",
    "ordföranden",
    "talesperson",
    "statsvetare",
    "statsvetaren",
    "utrikesminister",
    "finansminister",
    "försvarsminister",
    "justitieminister",
    "utbildningsminister",
    "talman",
    "talmannen",
    "gruppledare",
    "gruppledaren",
    "språkrör",
    "språkröret",
    "premiärminister",
    "premiärministern",
    "generalsekreterare",
    "generalsekreteraren",
    "journalist",
    "journalisten",
    "forskare",
    "forskaren",
    "professor",
    "professorn",
    // Danish and Norwegian scholars, journalists and spokesmen, bare and
    // definite: "statsviteren Rūta Petrauskaitė", "talsmand, Gunnar Ólafsson"
    "statsministeren",
    "statsviter",
    "statsviteren",
    "politologen",
    "forsker",
    "forskeren",
    "professoren",
    "direktør",
    "direktøren",
    "talsmand",
    "talsmanden",
    "talsmann",
    "talsmannen",
    "leder",
    "lederen",
    "korrespondent",
    "korrespondenten",
    "parlamentariker",
    "parlamentarikeren",
    // Dutch: "fractievoorzitter Dilan Yeşilgöz", "lijsttrekker Rob Jetten"
    "voorzitter",
    "fractievoorzitter",
    "partijleider",
    "lijsttrekker",
    "staatssecretaris",
    "burgemeester",
    "vicepremier",
    "oud-premier",
    "minister-president",
    "politicoloog",
    "kamerlid",
    "informateur",
    "formateur",
    // Swedish, Danish, Norwegian and Dutch "president Alar Karis",
    // Danish and Norwegian ministers and leaders
    "president",
    "presidenten",
    "inrikesminister",
    "udenrigsminister",
    "utenriksminister",
    "justitsminister",
    "justisminister",
    "forsvarsminister",
    "partileder",
    "partilederen",
    "formand",
    "formanden",
    // Finnish, in the nominative: "valtiovarainministeri Riikka Purra",
    // "tutkija Jukka Heinonen"
    "presidentti",
    "pääministeri",
    "ministeri",
    "valtiovarainministeri",
    "ulkoministeri",
    "puolustusministeri",
    "sisäministeri",
    "oikeusministeri",
    "puheenjohtaja",
    "kansanedustaja",
    "tutkija",
    "professori",
    "pormestari",
    "kolumnisti",
    "toimittaja",
    "komentaja",
    "kenraali",
    "johtaja",
    "analyytikko",
    "dosentti",
    "pääjohtaja",
    "kirjeenvaihtaja",
    "lehtori",
    "yliopistonlehtori",
    // Estonian: "Euroopa Nõukogu peasekretär Alain Berset", "instituudi
    // teadur Kristi Raudsepp"
    "peaminister",
    "välisminister",
    "kaitseminister",
    "rahandusminister",
    "peasekretär",
    "teadur",
    "analüütik",
    "politoloog",
    "ajakirjanik",
    "esimees",
    "linnapea",
    "õiguskantsler",
    // Greek, in the nominative: "ο πρόεδρος του ΣΥΡΙΖΑ Σωκράτης Φάμελλος"
    "πρόεδρος",
    "πρωθυπουργός",
    "υπουργός",
    "υφυπουργός",
    "βουλευτής",
    "εκπρόσωπος",
    "επικεφαλής",
    "αρχηγός",
    "γραμματέας",
    "δήμαρχος",
    // Spanish and Portuguese scholars
    "sociólogo",
    "socióloga",
    // Greek analysts, journalists, leaders and scholars, nominative
    "αναλυτής",
    "αναλύτρια",
    "δημοσιογράφος",
    "ηγέτης",
    "ηγέτιδα",
    "καθηγητής",
    "καθηγήτρια",
    "υποψήφιος",
    "υποψήφια",
    "ευρωβουλευτής",
    "ανταποκριτής",
    "ανταποκρίτρια",
    "ερευνητής",
    "ερευνήτρια",
    // Greek clergy and businessmen: "ο αρχιεπίσκοπος …", "ο
    // δισεκατομμυριούχος Σαμβέλ Καραπετιάν"
    "αρχιεπίσκοπος",
    "μητροπολίτης",
    "πατριάρχης",
    "δισεκατομμυριούχος",
    "επιχειρηματίας",
    "ολιγάρχης",
    // Romanian, with the definite article they take before a name:
    // "premierul Ilie Bolojan", "ministrul Finanțelor"
    "premierul",
    "președintele",
    "președinta",
    "ministrul",
    "liderul",
    "lidera",
    "deputatul",
    "senatorul",
    "primarul",
    "politologul",
    "analistul",
    "purtătorul",
    "purtătoarea",
    "generalul",
    // Italian (added in discovery-25)
    "corrispondente",
    "ricercatore",
    "ricercatrice",
    "direttore",
    "direttrice",
    "editorialista",
    "inviato",
    "inviata",
    // Portuguese (added in discovery-25)
    "correspondente",
    "diretor",
    "diretora",
    "colunista",
    "comentador",
    "comentadora",
    // Spanish (added in discovery-25)
    "corresponsal",
    "columnista",
    "director",
    "directora",
    // French (added in discovery-25)
    "correspondant",
    "correspondante",
    "éditorialiste",
    "directeur",
    "directrice",
    // Romanian and Croatian commissioners: "Comisara pentru extindere,
    // Marta Kos", "povjerenica za proširenje Marta Kos" (added in
    // discovery-25)
    "comisar",
    "comisarul",
    "comisara",
    "povjerenik",
    "povjerenica",
    "poverenik",
    "poverenica",
    // Dutch (added in discovery-25)
    "correspondent",
    "onderzoeker",
    "hoogleraar",
];

/// Stems of Russian and Ukrainian role nouns, read with [`CYRILLIC_ENDINGS`].
const CYRILLIC_ROLE_STEMS: &[&str] = &[
    // Russian
    "президент",
    "вице-президент",
    "экс-президент",
    "премьер-министр",
    "премьер",
    "вице-премьер",
    "министр",
    "замминистр",
    "председател",
    "глав",
    "спикер",
    "вице-спикер",
    "депутат",
    "губернатор",
    "мэр",
    "посол",
    "генерал",
    "лидер",
    "руководител",
    "директор",
    "пресс-секретар",
    "советник",
    "помощник",
    "политолог",
    "экономист",
    "журналист",
    "канцлер",
    "сенатор",
    "прокурор",
    "аким",
    "уполномоченн",
    // Members of a party or a movement, named as their role is: "Коммунист
    // Сергей Сыранков", "активистка …".
    "коммунист",
    "социалист",
    "националист",
    "активист",
    "оппозиционер",
    "коммуніст",
    "соціаліст",
    "націоналіст",
    "активіст",
    "опозиціонер",
    // Ukrainian
    "прем'єр-міністр",
    "прем’єр-міністр",
    "прем'єр-міністерк",
    "прем’єр-міністерк",
    "прем'єр",
    "прем’єр",
    "віце-прем'єр",
    "віце-прем’єр",
    "міністр",
    "міністерк",
    "голов",
    "спікер",
    "віце-спікер",
    "лідер",
    "керівник",
    "секретар",
    "речник",
    "речниц",
    "радник",
    "радниц",
    "політолог",
    "економіст",
    "журналіст",
    "сенатор",
    "очільник",
    "очільниц",
];

/// Stems of Bulgarian role nouns beside the Russian ones they share
/// ("президент", "премиер", "лидер"), read with [`BULGARIAN_ENDINGS`].
const BULGARIAN_ROLE_STEMS: &[&str] = &[
    "министър",
    "вицепремиер",
    "вицепрезидент",
    "анализатор",
    "съпредседател",
    "еврокомисар",
    "комисар",
    "говорител",
    "кмет",
    "посланик",
    "съветник",
    "икономист",
    "социолог",
    "управител",
];

/// Case endings of the stems above ("" is the nominative of most).
const CYRILLIC_ENDINGS: &[&str] = &[
    "", "а", "я", "у", "ю", "е", "і", "и", "ы", "ь", "ом", "ем", "ём", "ой", "ей", "ою", "ею",
    "ові", "еві", "ым", "им", "ого", "ому", "ая", "ый", "ий",
];

/// Bulgarian and Macedonian endings of a role noun: its definite article,
/// which is an ending ("президентката", "министърът", "анализаторът",
/// "съпредседателят", "еврокомисаря"), a woman's "-ка" and plurals; names
/// themselves do not decline.
const BULGARIAN_ENDINGS: &[&str] = &[
    "", "а", "я", "ът", "ят", "та", "ка", "ката", "ки", "и", "ите", "от",
];

/// German and Turkish title nouns, alone or heading a compound
/// ("Bundes|kanzler", "Cumhur|başkanı").
const TITLE_HEADS: &[&str] = &[
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "minister",
    "ministerin",
    "chef",
    "chefin",
    "führer",
    "führerin",
    "vorsitzende",
    "vorsitzender",
    "sprecher",
    "sprecherin",
    "bürgermeister",
    "bürgermeisterin",
    "botschafter",
    "botschafterin",
    "kommissar",
    "kommissarin",
    "sekretär",
    "sekretärin",
    "abgeordnete",
    "abgeordneter",
    "senatorin",
    "richter",
    "richterin",
    "staatsanwalt",
    "staatsanwältin",
    "könig",
    "königin",
    // "Spitzenkandidat", "Kanzlerkandidatin", "dem Spitzenkandidaten"
    "kandidat",
    "kandidatin",
    "kandidaten",
    // "Politikwissenschaftler", "Wirtschaftswissenschaftlerin"
    "wissenschaftler",
    "wissenschaftlerin",
    // Turkish writes its titles with a capital before the name too, alone
    // or as compounds and with the possessive of what they head:
    // "Cumhurbaşkanı Ersin Tatar", "Başbakan", "Dışişleri Bakanı Hakan
    // Fidan", "Genel Başkanı", "Genel Sekreteri", "İstanbul Valisi".
    "başkan",
    "başkanı",
    "bakan",
    "bakanı",
    "yardımcısı",
    "sekreteri",
    "sözcüsü",
    "milletvekili",
    "valisi",
    "büyükelçisi",
    "komutanı",
    "temsilcisi",
    "danışmanı",
];

/// Compounds of those heads that are no titles: things, not holders.
const NOT_TITLES: &[&str] = &["lautsprecher", "kanzleramt", "ministerium"];

/// Verbs of saying, in the forms that stand next to the speaker.
const VERBS_OF_SAYING: &[&str] = &[
    // French (the participle of "a déclaré", and the inverted "dit")
    "déclaré",
    "affirmé",
    "estimé",
    "souligné",
    "expliqué",
    "averti",
    "dénoncé",
    "dit",
    "déclare",
    "affirme",
    "estime",
    "souligne",
    "explique",
    // Spanish
    "dijo",
    "afirmó",
    "declaró",
    "señaló",
    "explicó",
    "aseguró",
    "advirtió",
    "sostuvo",
    "dice",
    "afirma",
    "señala",
    // Portuguese
    "disse",
    "afirmou",
    "declarou",
    "explicou",
    "ressaltou",
    "diz",
    // Italian (the participle of "ha detto")
    "detto",
    "dichiarato",
    "affermato",
    "spiegato",
    "sottolineato",
    "dichiara",
    // German
    "sagte",
    "sagt",
    "erklärte",
    "betonte",
    "kritisierte",
    "warnte",
    // Russian
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "подчеркнул",
    "подчеркнула",
    "считает",
    // Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Polish,
    // Romanian (the participle of "a spus"), Croatian and Serbian, Dutch,
    // Hungarian, Turkish and Greek: "säger Mari Tamm", "sanoo tutkija
    // Jukka Heinonen", "říká Ondřej Kratochvíl", "spune Serghei Ivanov"
    "säger",
    "sade",
    "siger",
    "sagde",
    "sier",
    "sanoo",
    "sanoi",
    "toteaa",
    "totesi",
    "říká",
    "řekl",
    "řekla",
    "uvedl",
    "uvedla",
    "prohlásil",
    "prohlásila",
    "povedal",
    "povedala",
    "hovorí",
    "uviedol",
    "uviedla",
    "powiedział",
    "powiedziała",
    "mówi",
    "stwierdził",
    "stwierdziła",
    "spune",
    "spus",
    "declarat",
    "kaže",
    "rekao",
    "rekla",
    "izjavio",
    "izjavila",
    "zegt",
    "zei",
    "verklaarde",
    "mondta",
    "nyilatkozta",
    "dedi",
    "söyledi",
    "λέει",
    "δήλωσε",
    "είπε",
    "τόνισε",
    // Ukrainian
    "заявив",
    "сказав",
    "наголосив",
    "наголосила",
    "зазначив",
    "зазначила",
    // Italian (added in discovery-25)
    "osserva",
    "spiega",
    "afferma",
    "sostiene",
    "aggiunge",
    // Portuguese (added in discovery-25)
    "explica",
    "observa",
    "sublinha",
    "defende",
    // Spanish (added in discovery-25)
    "advierte",
    "opina",
    // French (added in discovery-25)
    "observe",
    "rappelle",
    "avertit",
    // Romanian (added in discovery-25)
    "afirmă",
    "explică",
    "avertizează",
    "consideră",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_of_other_languages_in_their_forms() {
        for role in [
            "président",
            "Présidente",
            "vicepresidenta",
            "ministro",
            "l'ancien",
            "премьер-министром",
            "министра",
            "председатель",
            "головою",
            "міністра",
            "прем'єр-міністеркою",
        ] {
            assert_eq!(is_role(role), role != "l'ancien", "{role}");
        }
        for other in [
            "présidentielle",
            "ministère",
            "министерство",
            "главный",
            "мера",
            "после",
        ] {
            assert!(!is_role(other), "{other}");
        }
    }

    #[test]
    fn german_titles_and_their_compounds() {
        for title in [
            "Bundeskanzler",
            "Finanzminister",
            "Außenministerin",
            "Oppositionsführer",
            "FPÖ-Chef",
            "Präsident",
            "Vizekanzler",
        ] {
            assert!(is_title(title), "{title}");
        }
        for other in [
            "Trichter",
            "Kanzleramt",
            "Lautsprecher",
            "bundeskanzler",
            "Chefs",
        ] {
            assert!(!is_title(other), "{other}");
        }
    }

    #[test]
    fn a_role_and_what_it_is_of_before_a_name() {
        assert!(role_before("Le président sénégalais "));
        assert!(role_before("Selon le Premier ministre "));
        assert!(role_before("Le ministre des Finances, "));
        assert!(role_before("Le premier secrétaire du Parti socialiste, "));
        assert!(role_before("Il ministro degli Esteri "));
        assert!(role_before("Министр национальной экономики "));
        assert!(role_before("назначил новым премьер-министром "));
        assert!(role_before("La vicepresidenta "));
        // The name is what the role is of, or the role is in another clause.
        assert!(!role_before("le président de "));
        assert!(!role_before("глава комитета по "));
        assert!(!role_before("Le ministre est parti. "));
        assert!(!role_before(
            "le ministre a rencontré les représentants des Nations Unies et "
        ));
        assert!(!role_before("rencontré "));
        assert!(!role_before("le président a reçu "));
        assert!(!role_before("президент посетил "));
    }

    #[test]
    fn saying_and_sources_around_a_name() {
        assert!(spoken_of_before("« Nous ne céderons pas », a déclaré "));
        assert!(spoken_of_before("dijo "));
        assert!(spoken_of_before("По словам "));
        assert!(spoken_of_before("Laut "));
        assert!(!spoken_of_before("a rencontré "));
        assert!(speaks_after(" a déclaré jeudi"));
        assert!(speaks_after(" dijo que"));
        assert!(speaks_after(" ha detto"));
        assert!(speaks_after(" заявил, что"));
        assert!(!speaks_after(" a rencontré"));
        assert!(!speaks_after(" est parti"));
    }

    #[test]
    fn polish_oblique_cases_are_no_given_names() {
        for word in [
            "Narodowego",
            "Polskiego",
            "Krajowej",
            "Fundacji",
            "Komisji",
            "Państwowej",
        ] {
            assert!(is_polish_oblique(word), "{word}");
        }
        // Given names of the beat's languages, in the nominative, and short words.
        for name in [
            "Andrzej",
            "Maciej",
            "Diego",
            "Jerzy",
            "Katarzyna",
            "Władysław",
            "Giulia",
            "Andrii",
            "Serhii",
            "Vitalii",
            "Beata",
            "Sergio",
            "Ji",
            "Nii",
        ] {
            assert!(!is_polish_oblique(name), "{name}");
        }
    }
}
