//! Institutions named bare in the article's own language: "el Tribunal
//! Constitucional", "la Cour constitutionnelle", "il Senato", "der
//! Nationalrat", "Центральный банк", "Кабмін". Like English "the Senate"
//! (see [`home`](super::home)), such a name says what the body is but not
//! whose: the state its sentence names before it, or that a genitive or
//! "de …" right after it names ("Национальный банк Казахстана", "Banque
//! nationale de Belgique"), else the article's home state. The body is
//! named in English with its owner ("Constitutional Court of Spain"),
//! so that the lexicon's actor of that name counts, or one discovered
//! actor per state and body; a name the lexicon keeps in the body's own
//! words ("Bundesrat of Germany") is tried first.
//!
//! A Landtag belongs to a state of a federation, not to the state: its
//! owner is the Land its sentence or article names ("Landtag of Saxony"),
//! or it is left alone.
//!
//! Only the cues of one language's grammar are read: a head word written
//! with a capital (the name's first word) and only modifiers after it in
//! that language's order; any other capitalised word before or after
//! makes it part of a longer name, which discovery reads.

use crate::text::is_cyrillic;

/// A body found: its span, its English generic name, and where a state's
/// name starts that the body's own words say it belongs to ("… de
/// Belgique", "… Казахстана"), if they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeBody {
    pub start: usize,
    pub end: usize,
    /// "Constitutional Court", "Senate", "Landtag".
    pub english: &'static str,
    /// The name as the language writes it with its owner in the lexicon's
    /// convention ("Bundesrat"), tried before the English one.
    pub native: Option<&'static str>,
    /// Byte where a state's name begins that ends the body's name.
    pub owner_at: Option<usize>,
    /// The Land whose parliament a Landtag is, in English.
    pub land: Option<&'static str>,
}

/// Head words of Latin-script languages that head a body's name, with
/// their English word, and whether they name a body without a modifier
/// ("el Senado" does; "el Tribunal" is any court).
const HEADS: &[(&str, &str, bool)] = &[
    ("Tribunal", "Tribunal", false),
    ("Tribunale", "Tribunal", false),
    ("Cour", "Court", false),
    ("Corte", "Court", false),
    ("Senado", "Senate", true),
    ("Sénat", "Senate", true),
    ("Senato", "Senate", true),
    ("Parlement", "Parliament", true),
    ("Parlamento", "Parliament", true),
    ("Congreso", "Congress", false),
    ("Congresso", "Congress", false),
    ("Asamblea", "Assembly", false),
    ("Assemblée", "Assembly", false),
    ("Assembleia", "Assembly", false),
    ("Assemblea", "Assembly", false),
    ("Consejo", "Council", false),
    ("Conseil", "Council", false),
    ("Conselho", "Council", false),
    ("Consiglio", "Council", false),
    ("Comisión", "Commission", false),
    ("Commission", "Commission", false),
    ("Comissão", "Commission", false),
    ("Commissione", "Commission", false),
    ("Banco", "Bank", false),
    ("Banque", "Bank", false),
    ("Banca", "Bank", false),
    ("Instituto", "Institute", false),
    ("Institut", "Institute", false),
    ("Istituto", "Institute", false),
];

/// Modifiers after (or, capitalised, before) a head, in any of their
/// genders, with their English word.
const MODIFIERS: &[(&str, &str)] = &[
    ("constitucional", "Constitutional"),
    ("constitutionnel", "Constitutional"),
    ("constitutionnelle", "Constitutional"),
    ("costituzionale", "Constitutional"),
    ("supremo", "Supreme"),
    ("suprema", "Supreme"),
    ("suprême", "Supreme"),
    ("nacional", "National"),
    ("national", "National"),
    ("nationale", "National"),
    ("nazionale", "National"),
    ("electoral", "Electoral"),
    ("électoral", "Electoral"),
    ("électorale", "Electoral"),
    ("elettorale", "Electoral"),
    ("eleitoral", "Electoral"),
    ("federal", "Federal"),
    ("fédéral", "Federal"),
    ("fédérale", "Federal"),
    ("federale", "Federal"),
    ("central", "Central"),
    ("centrale", "Central"),
    ("administratif", "Administrative"),
    ("administrativo", "Administrative"),
    ("amministrativo", "Administrative"),
];

/// Chambers named by whom they seat: "Cámara de Diputados", "Chambre des
/// députés", "Câmara dos Deputados", "Camera dei deputati".
const CHAMBERS: &[&str] = &[
    "Cámara de Diputados",
    "Chambre des députés",
    "Câmara dos Deputados",
    "Camera dei deputati",
    "Camera dei Deputati",
];

/// German bodies written as one noun: the noun, its English name, and
/// whether the lexicon's convention keeps the German word ("Bundesrat of
/// Germany").
const GERMAN: &[(&str, &str, bool)] = &[
    ("Bundesrat", "Federal Council", true),
    ("Nationalrat", "National Council", false),
    ("Ständerat", "Council of States", false),
    ("Verfassungsgericht", "Constitutional Court", false),
    ("Verfassungsgerichtshof", "Constitutional Court", false),
    ("Nationalbank", "National Bank", false),
    ("Landtag", "Landtag", true),
];

/// Russian and Ukrainian bodies: the stems of their words (each followed by
/// a case ending) and the English name. The first word carries the capital.
const CYRILLIC: &[(&[&str], &str)] = &[
    (&["Центральн", "банк"], "Central Bank"),
    (&["Національн", "банк"], "National Bank"),
    (&["Национальн", "банк"], "National Bank"),
    (&["Национальн", "собрани"], "National Assembly"),
    (&["Національн", "збор"], "National Assembly"),
    (
        &["Центральн", "избирательн", "комисси"],
        "Central Election Commission",
    ),
    (
        &["Центральн", "виборч", "комісі"],
        "Central Election Commission",
    ),
    (&["Конституционн", "суд"], "Constitutional Court"),
    (&["Конституційн", "суд"], "Constitutional Court"),
    (&["Верховн", "суд"], "Supreme Court"),
    (&["Кабинет", "министров"], "Cabinet of Ministers"),
    (&["Кабінет", "міністрів"], "Cabinet of Ministers"),
    (&["Кабмін"], "Cabinet of Ministers"),
    (&["Кабмин"], "Cabinet of Ministers"),
];

/// Case endings of Russian and Ukrainian adjectives and nouns (and none).
const CYRILLIC_ENDINGS: &[&str] = &[
    "", "ый", "ий", "ой", "ого", "ому", "ым", "им", "ом", "ая", "яя", "ую", "юю", "ое", "ее", "ей",
    "ою", "ої", "ій", "ім", "а", "у", "е", "и", "і", "ї", "ю", "я", "ом", "ем", "ей", "ів", "ы",
    "ой", "ою", "єю", "ью", "ям", "ами", "ах",
];

/// German Länder and Austrian states, in English, with the words German
/// writes for them: the name and the start of its adjective.
const LANDER: &[(&str, &[&str])] = &[
    ("Baden-Württemberg", &["Baden-Württemberg"]),
    ("Bavaria", &["Bayern", "Bayerisch", "bayerisch"]),
    ("Brandenburg", &["Brandenburg"]),
    ("Hesse", &["Hessen", "Hessisch", "hessisch"]),
    ("Mecklenburg-Vorpommern", &["Mecklenburg-Vorpommern"]),
    (
        "Lower Saxony",
        &["Niedersachsen", "Niedersächsisch", "niedersächsisch"],
    ),
    (
        "North Rhine-Westphalia",
        &["Nordrhein-Westfalen", "nordrhein-westfälisch", "NRW"],
    ),
    (
        "Rhineland-Palatinate",
        &["Rheinland-Pfalz", "rheinland-pfälzisch"],
    ),
    ("Saarland", &["Saarland", "saarländisch"]),
    ("Saxony-Anhalt", &["Sachsen-Anhalt"]),
    ("Saxony", &["Sachsen", "Sächsisch", "sächsisch"]),
    ("Schleswig-Holstein", &["Schleswig-Holstein"]),
    ("Thuringia", &["Thüringen", "Thüringer", "thüringisch"]),
    ("Lower Austria", &["Niederösterreich"]),
    ("Upper Austria", &["Oberösterreich"]),
    ("Styria", &["Steiermark", "steirisch", "Steirisch"]),
    ("Carinthia", &["Kärnten", "Kärntner"]),
    ("Tyrol", &["Tirol", "Tiroler"]),
    ("Vorarlberg", &["Vorarlberg"]),
    ("Burgenland", &["Burgenland"]),
];

/// Words that may stand before a bare body: articles and prepositions
/// fused with them ("el", "del", "au", "im"), as a body's name needs no
/// other word before it.
fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "el" | "la"
            | "le"
            | "les"
            | "los"
            | "las"
            | "il"
            | "lo"
            | "o"
            | "a"
            | "del"
            | "al"
            | "du"
            | "au"
            | "do"
            | "da"
            | "no"
            | "na"
            | "ao"
            | "pelo"
            | "pela"
            | "dal"
            | "dalla"
            | "nel"
            | "nella"
            | "alla"
            | "sul"
            | "della"
            | "der"
            | "die"
            | "das"
            | "dem"
            | "den"
            | "des"
            | "im"
            | "am"
            | "vom"
            | "zum"
            | "beim"
            | "ins"
    )
}

/// The bodies of `text` named bare in French, Spanish, Portuguese, Italian,
/// German, Russian or Ukrainian. Read only when the article is not in
/// English (the caller asks).
/// The English generic name of `name` when `name`, whole, is a body named
/// bare in its language ("Assemblée nationale" → "National Assembly"); none
/// for a name that says whose the body is or is more than the body.
pub fn bare_english(name: &str) -> Option<&'static str> {
    match native_bodies(name).as_slice() {
        [body]
            if body.start == 0
                && body.end == name.len()
                && body.owner_at.is_none()
                && body.land.is_none() =>
        {
            Some(body.english)
        }
        _ => None,
    }
}

pub fn native_bodies(text: &str) -> Vec<NativeBody> {
    let words: Vec<(usize, &str)> = crate::text::words(text).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let step = latin_body(text, &words, i)
            .or_else(|| german_body(text, &words, i))
            .or_else(|| cyrillic_body(text, &words, i));
        match step {
            Some((body, next)) => {
                found.push(body);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// True when the word before `words[i]` lets a body's name start there: a
/// determiner, an elided article ("l'Assemblée"), a word in small letters,
/// or nothing (the text's or a sentence's start).
fn starts_a_name(text: &str, words: &[(usize, &str)], i: usize) -> bool {
    let at = words[i].0;
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    if before.ends_with(['\'', '’']) {
        return true;
    }
    if before.is_empty()
        || before.ends_with([
            '.', '!', '?', ':', ';', '\n', '«', '"', '„', '“', '(', '—', '–', ',',
        ])
    {
        return true;
    }
    let Some(&(_, previous)) = i.checked_sub(1).and_then(|p| words.get(p)) else {
        return true;
    };
    is_determiner(previous) || !previous.chars().next().is_some_and(char::is_uppercase)
}

/// The word after `words[j]`, if only a space separates them.
fn next_word<'t>(text: &str, words: &[(usize, &'t str)], j: usize) -> Option<&'t str> {
    let (at, word) = words[j];
    let (next_at, next) = *words.get(j + 1)?;
    let gap = &text[at + word.len()..next_at];
    (gap == " ").then_some(next)
}

/// After a body's last word `words[j]`: a state's name that says whose it
/// is ("de Belgique", "de la République …"), or any other capitalised word
/// after "de" or none, which makes a longer name (`Err`). `Ok(None)` when
/// the name simply ends.
fn after_the_name(text: &str, words: &[(usize, &str)], j: usize) -> Result<Option<usize>, ()> {
    let Some(next) = next_word(text, words, j) else {
        return Ok(None);
    };
    if next.chars().next().is_some_and(char::is_uppercase) {
        return Err(());
    }
    if matches!(
        next,
        "de" | "du" | "del" | "di" | "do" | "da" | "dos" | "della" | "des"
    ) {
        let mut k = j + 2;
        if words.get(k).is_some_and(|&(_, w)| matches!(w, "la" | "l")) {
            k += 1;
        }
        if let Some(&(at, w)) = words.get(k)
            && w.chars().next().is_some_and(char::is_uppercase)
        {
            return Ok(Some(at));
        }
    }
    Ok(None)
}

fn modifier(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    MODIFIERS
        .iter()
        .find(|(m, _)| *m == lower)
        .map(|&(_, english)| english)
}

/// "Tribunal Constitucional", "Cour constitutionnelle", "Suprema Corte",
/// "Senado Federal", "Cámara de Diputados".
fn latin_body(text: &str, words: &[(usize, &str)], i: usize) -> Option<(NativeBody, usize)> {
    let (start, word) = words[i];
    if !word.chars().next().is_some_and(char::is_uppercase) || !starts_a_name(text, words, i) {
        return None;
    }
    if let Some(chamber) = CHAMBERS.iter().find(|c| text[start..].starts_with(**c)) {
        let end = start + chamber.len();
        let j = i + chamber.split(' ').count() - 1;
        let owner_at = after_the_name(text, words, j).ok()?;
        return Some((
            NativeBody {
                start,
                end,
                english: "Chamber of Deputies",
                native: None,
                owner_at,
                land: None,
            },
            j + 1,
        ));
    }
    // A capitalised modifier before the head: "Suprema Corte".
    let (before, h) = match modifier(word) {
        Some(m) if words.get(i + 1).is_some() && next_word(text, words, i).is_some() => {
            (Some(m), i + 1)
        }
        _ => (None, i),
    };
    let (_, head) = words[h];
    let &(_, head_english, alone) = HEADS.iter().find(|(w, _, _)| *w == head)?;
    let mut mods: Vec<&'static str> = before.into_iter().collect();
    let mut j = h;
    while let Some(next) = next_word(text, words, j)
        && let Some(m) = modifier(next)
    {
        mods.push(m);
        j += 1;
    }
    if mods.is_empty() && !alone {
        return None;
    }
    let owner_at = after_the_name(text, words, j).ok()?;
    let english = english_name(head_english, &mods)?;
    let end = words[j].0 + words[j].1.len();
    Some((
        NativeBody {
            start,
            end,
            english,
            native: None,
            owner_at,
            land: None,
        },
        j + 1,
    ))
}

/// The English name of a head and its modifiers, from the names English
/// gives such bodies: a constitutional or supreme "tribunal" is a court.
fn english_name(head: &str, mods: &[&str]) -> Option<&'static str> {
    const NAMES: &[&str] = &[
        "Constitutional Court",
        "Supreme Court",
        "Supreme Electoral Tribunal",
        "Supreme Electoral Court",
        "National Electoral Council",
        "National Electoral Institute",
        "National Electoral Commission",
        "Federal Electoral Tribunal",
        "Administrative Tribunal",
        "Administrative Court",
        "Supreme Administrative Court",
        "Federal Supreme Court",
        "Federal Senate",
        "Senate",
        "Parliament",
        "National Parliament",
        "Federal Parliament",
        "National Assembly",
        "National Council",
        "Federal Council",
        "Constitutional Council",
        "Central Bank",
        "National Bank",
        "Federal Court",
        "National Congress",
        "National Institute",
    ];
    let head = match (head, mods) {
        ("Tribunal", ["Constitutional"] | ["Supreme"]) => "Court",
        _ => head,
    };
    let mut name = mods.join(" ");
    if !name.is_empty() {
        name.push(' ');
    }
    name.push_str(head);
    NAMES.iter().copied().find(|n| *n == name)
}

/// "der Nationalrat", "im Landtag", "den Bundesrat".
fn german_body(text: &str, words: &[(usize, &str)], i: usize) -> Option<(NativeBody, usize)> {
    let (start, word) = words[i];
    let &(noun, english, keeps_the_word) = GERMAN.iter().find(|(w, _, _)| *w == word)?;
    // A word before it in the same name ("Sächsischer Landtag") names the Land.
    let previous = i.checked_sub(1).map(|p| words[p].1);
    let adjective_land = previous.and_then(land_of_word);
    if adjective_land.is_none() && !starts_a_name(text, words, i) {
        return None;
    }
    // German writes every noun with a capital: a word after the body
    // may be a Land ("Landtag Brandenburg"), not a longer name.
    let after_land = next_word(text, words, i).and_then(land_of_word);
    let start = match adjective_land {
        Some(_) => words[i - 1].0,
        None => start,
    };
    Some((
        NativeBody {
            start,
            end: words[i].0 + word.len(),
            english,
            native: keeps_the_word.then_some(noun),
            owner_at: None,
            land: adjective_land.or(after_land),
        },
        i + 1,
    ))
}

/// The Land a word names ("Sachsen", "sächsischen", "Thüringer").
pub fn land_of_word(word: &str) -> Option<&'static str> {
    LANDER.iter().find_map(|&(english, forms)| {
        forms
            .iter()
            .any(|f| {
                word == *f
                    || word
                        .strip_prefix(f)
                        .is_some_and(|rest| matches!(rest, "e" | "en" | "er" | "es" | "em" | "s"))
            })
            .then_some(english)
    })
}

/// The Land a text names most, at least twice and more often than any
/// other: the owner of a Landtag its sentence gives none.
pub fn home_land(text: &str) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, u32)> = Vec::new();
    let words: Vec<(usize, &str)> = crate::text::words(text).collect();
    let mut i = 0;
    while i < words.len() {
        let (at, word) = words[i];
        i += 1;
        if !word.chars().next().is_some_and(char::is_uppercase) && !word.contains("isch") {
            continue;
        }
        // "Sachsen-Anhalt", "Baden-Württemberg": one name across a hyphen.
        let joined = match words.get(i) {
            Some(&(next_at, next)) if text[at + word.len()..next_at] == *"-" => {
                i += 1;
                &text[at..next_at + next.len()]
            }
            _ => word,
        };
        if let Some(land) = land_of_word(joined) {
            match counts.iter_mut().find(|(l, _)| *l == land) {
                Some((_, n)) => *n += 1,
                None => counts.push((land, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(land, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.1 < *n) => Some(land),
        _ => None,
    }
}

/// "Центральный банк", "Центральной избирательной комиссии", "Кабміну".
fn cyrillic_body(text: &str, words: &[(usize, &str)], i: usize) -> Option<(NativeBody, usize)> {
    let (start, word) = words[i];
    let first = word.chars().next()?;
    if !is_cyrillic(first) || !first.is_uppercase() {
        return None;
    }
    'bodies: for &(stems, english) in CYRILLIC {
        let mut j = i;
        for (n, stem) in stems.iter().enumerate() {
            if n > 0 {
                if next_word(text, words, j).is_none() {
                    continue 'bodies;
                }
                j += 1;
            }
            let w = words[j].1;
            let ok = w
                .strip_prefix(stem)
                .is_some_and(|ending| CYRILLIC_ENDINGS.contains(&ending));
            if !ok {
                continue 'bodies;
            }
        }
        // A capitalised word right after: a state in the genitive
        // ("Национальный банк Казахстана") or a longer name.
        let owner_at = match next_word(text, words, j) {
            Some(next) if next.chars().next().is_some_and(char::is_uppercase) => {
                Some(words[j + 1].0)
            }
            _ => None,
        };
        let end = words[j].0 + words[j].1.len();
        return Some((
            NativeBody {
                start,
                end,
                english,
                native: None,
                owner_at,
                land: None,
            },
            j + 1,
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(&str, &'static str)> {
        native_bodies(text)
            .into_iter()
            .map(|b| (&text[b.start..b.end], b.english))
            .collect()
    }

    #[test]
    fn bodies_named_bare_are_read_in_their_languages() {
        assert_eq!(
            bodies("anunció recursos ante el Tribunal Constitucional. Vox"),
            [("Tribunal Constitucional", "Constitutional Court")]
        );
        assert_eq!(
            bodies("l'annulation par la Cour constitutionnelle, qui"),
            [("Cour constitutionnelle", "Constitutional Court")]
        );
        assert_eq!(
            bodies("los ministros de la Suprema Corte. El peso"),
            [("Suprema Corte", "Supreme Court")]
        );
        assert_eq!(
            bodies("el texto segue para o Senado Federal, onde"),
            [("Senado Federal", "Federal Senate")]
        );
        assert_eq!(
            bodies("allanó las oficinas del Tribunal Supremo Electoral y"),
            [("Tribunal Supremo Electoral", "Supreme Electoral Tribunal")]
        );
        assert_eq!(
            bodies("la mayoría en la Cámara de Diputados y"),
            [("Cámara de Diputados", "Chamber of Deputies")]
        );
        assert_eq!(bodies("Il Senato ha approvato"), [("Senato", "Senate")]);
        assert_eq!(
            bodies("y el nuevo Congreso Nacional debe instalarse"),
            [("Congreso Nacional", "National Congress")]
        );
        assert_eq!(
            bodies("o Congresso Nacional aprovou"),
            [("Congresso Nacional", "National Congress")]
        );
        // A congress needs a modifier, and one named further is another body.
        assert!(bodies("el Congreso aprobó").is_empty());
        assert!(bodies("el Congreso Nacional Africano ganó").is_empty());
        assert_eq!(
            bodies("Die Partei erhielt im Landtag 69 Stimmen, der Nationalrat"),
            [("Landtag", "Landtag"), ("Nationalrat", "National Council")]
        );
        assert_eq!(
            bodies("выборы в Национальное собрание пройдут"),
            [("Национальное собрание", "National Assembly")]
        );
        assert_eq!(
            bodies("Центральная избирательная комиссия Молдавии объявила"),
            [(
                "Центральная избирательная комиссия",
                "Central Election Commission"
            )]
        );
        assert_eq!(
            bodies("на засіданні Кабміну заявив"),
            [("Кабміну", "Cabinet of Ministers")]
        );
    }

    #[test]
    fn longer_names_and_lone_heads_are_not_bare_bodies() {
        // A capitalised word after or before makes a longer name.
        assert!(bodies("el Banco Central Europeo subió").is_empty());
        assert!(bodies("la Banque Centrale Européenne a").is_empty());
        // "de" and a capitalised word: a state's name says whose the body is
        // (the caller asks the lexicon), any other makes a longer name.
        let text = "Consejo Nacional de Cultura decidió";
        assert_eq!(
            &text[native_bodies(text)[0].owner_at.unwrap()..],
            "Cultura decidió"
        );
        assert!(bodies("la Europäische Zentralbank").is_empty());
        // A head that needs a modifier, alone, is any body of its kind.
        assert!(bodies("el Tribunal decidió").is_empty());
        assert!(bodies("la Commission a décidé").is_empty());
        // A modifier that makes no body's name English knows.
        assert!(bodies("el Instituto Federal decidió").is_empty());
        // Not a name: small letters.
        assert!(bodies("un tribunal constitucional").is_empty());
        assert!(bodies("центральный банк страны").is_empty());
        // A Cyrillic adjective that is no body's.
        assert!(bodies("Центральная Азия").is_empty());
    }

    #[test]
    fn a_state_after_the_name_is_its_owner() {
        let text = "la Banque nationale de Belgique prévoyait";
        let b = native_bodies(text);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].english, "National Bank");
        assert_eq!(&text[b[0].owner_at.unwrap()..], "Belgique prévoyait");
        let text = "Национальный банк Казахстана сохраняет";
        let b = native_bodies(text);
        assert_eq!(&text[b[0].owner_at.unwrap()..], "Казахстана сохраняет");
    }

    #[test]
    fn a_landtag_belongs_to_the_land_the_text_names() {
        let b = native_bodies("Der Sächsische Landtag wählte");
        assert_eq!(b[0].land, Some("Saxony"));
        assert_eq!(
            home_land("In Sachsen wählte der Landtag. Die sächsische CDU und Thüringen"),
            Some("Saxony")
        );
        assert_eq!(home_land("In Sachsen und in Thüringen"), None);
        assert_eq!(
            home_land("Sachsen-Anhalt und Sachsen-Anhalt"),
            Some("Saxony-Anhalt")
        );
    }
}
