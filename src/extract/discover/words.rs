//! The vocabulary discovery reads names by: titles, organisation words,
//! connectors, generic modifiers, and words that are never names.

use super::tokens::{Class, Token};
use crate::extract::ActorKind;

/// "Nairobi-based", "Saudi-led", "Kremlin-backed": a word that places or
/// backs a name without being part of it.
pub(super) fn is_modifier(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "based"
                | "led"
                | "backed"
                | "funded"
                | "owned"
                | "run"
                | "linked"
                | "aligned"
                | "sponsored"
                | "affiliated"
                | "born"
                | "registered"
        )
    })
}

pub(super) fn is_un_mission_shaped(word: &str) -> bool {
    (4..=9).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && (word.starts_with("UN") || word.starts_with("MINU") || word.starts_with("MONU"))
}

pub(super) fn is_mission_word(word: &str) -> bool {
    matches!(
        word,
        "mission"
            | "missions"
            | "peacekeeping"
            | "peace-keeping"
            | "peacekeepers"
            | "peace-keepers"
            | "force"
            | "forces"
            | "troops"
            | "operation"
            | "mandate"
            | "contingent"
            | "contingents"
            | "observers"
            | "personnel"
            | "deployment"
            | "deployed"
            | "withdrawal"
    )
}

/// The title at `run[i]`, including "Mr." and "Secretary of State".
pub(super) fn is_title_at(text: &str, run: &[Token], i: usize) -> bool {
    let word = run[i].text(text);
    is_title(word)
        || word.ends_with("-elect") && is_title(word.split('-').next().unwrap_or(word))
        || is_abbreviated_title(word)
            && text[run[i].end..].starts_with(['.', ' '])
            && !names_a_generation(text, run, i)
        || word == "State"
            && i >= 2
            && run[i - 1].text(text) == "of"
            && run[i - 2].text(text) == "Secretary"
}

/// "Gen Z", "Gen X": a short title without its full stop before a lone
/// capital letter (no initial: no full stop after it) names a generation,
/// not a general ("a movement calling itself Gen Z Madagascar").
fn names_a_generation(text: &str, run: &[Token], i: usize) -> bool {
    let Some(next) = run.get(i + 1) else {
        return false;
    };
    let letter = next.text(text);
    text[run[i].end..].starts_with(' ')
        && letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && !text[next.end..].starts_with('.')
}

pub(super) fn is_title(word: &str) -> bool {
    is_english_title(word) || super::languages::is_title(word)
}

fn is_english_title(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Vice-President"
            | "Minister"
            | "Honourable"
            | "Honorable"
            | "Premier"
            | "Chancellor"
            | "Secretary"
            | "Secretary-General"
            | "Under-Secretary-General"
            | "Commissioner"
            | "Ambassador"
            | "Envoy"
            | "Governor"
            | "Governor-General"
            | "Mayor"
            | "Senator"
            | "Congressman"
            | "Congresswoman"
            | "Speaker"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Crown"
            | "Emir"
            | "Amir"
            | "Sheikh"
            | "Sheik"
            | "Shaikh"
            | "Sultan"
            | "Ayatollah"
            | "Imam"
            | "Pope"
            | "Cardinal"
            | "Archbishop"
            | "Bishop"
            | "Patriarch"
            | "Rabbi"
            | "Reverend"
            | "General"
            | "Lieutenant"
            | "Colonel"
            | "Major"
            | "Captain"
            | "Admiral"
            | "Marshal"
            | "Commander"
            | "Brigadier"
            | "Judge"
            | "Justice"
            | "Prosecutor"
            | "Professor"
            | "Doctor"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Madam"
            | "Madame"
            | "Mister"
            | "Mme"
            | "Signor"
            | "Signora"
            | "Señor"
            | "Señora"
            | "Monsieur"
            | "Srimati"
            | "Shrimati"
            | "Treasurer"
            | "Field-Marshal"
    )
}

/// A party's adjective or plural as its members and the party itself are
/// called in English: "Liberal Bruce Fanjoy", "Labor's Ali France". Before
/// a name it says whose side the person is on; it is no title (it opens
/// bodies' names too: "Liberal Democratic Party"). "Green" is not one: it
/// is as often the colour of an economy ("Green Growth Framework").
pub(super) fn is_party_affiliation(word: &str) -> bool {
    matches!(
        word,
        "Liberal"
            | "Liberals"
            | "Conservative"
            | "Conservatives"
            | "Labour"
            | "Labor"
            | "Republican"
            | "Republicans"
            | "Democrat"
            | "Democrats"
            | "Tory"
            | "Tories"
            | "Socialist"
            | "Socialists"
            | "Communist"
            | "Communists"
            | "Greens"
            | "Peronist"
            | "Gaullist"
            | "Unionist"
            | "Nationalist"
    )
}

/// A party whose whole name is words many parties share and "Party":
/// "Labour Party", "Progress Party", "Christian Democratic Party". No word
/// of it says which state's, but "Party" says it is one party, as a bare
/// "National Assembly" does not say which assembly: the text names it
/// because it means one. Committees' words ("Working Party") are not
/// among them.
pub(super) fn is_a_generic_party(text: &str, name: &[Token]) -> bool {
    let Some((last, words)) = name.split_last() else {
        return false;
    };
    last.text(text) == "Party"
        && !words.is_empty()
        && words
            .iter()
            .all(|t| t.class == Class::Title && is_a_party_word(t.text(text)))
        && !ends_a_longer_name(text, words[0].start)
}

/// Whether the words before `start` make the name that starts there the end
/// of a longer one: a capitalised word beside it ("Arab Ba'ath Socialist
/// Party", where the lexicon knows "Ba'ath"), or one joined to it by a dash
/// ("Civil Will–Green Party"). A determiner or a possessive ("Norway's
/// Labour Party") says whose it is, not more of its name.
fn ends_a_longer_name(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '–' | '\'' | '’'))
    {
        return true;
    }
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .next()
        .unwrap_or("");
    let possessive = word.ends_with("'s") || word.ends_with("’s");
    word.chars().next().is_some_and(char::is_uppercase)
        && !possessive
        && !is_function_word(word)
        && !is_party_affiliation(word)
}

/// Words of parties' names that say what a party stands for or whom it
/// speaks for, not which it is.
fn is_a_party_word(word: &str) -> bool {
    matches!(
        word,
        "Labour"
            | "Labor"
            | "Liberal"
            | "Conservative"
            | "National"
            | "Nationalist"
            | "People's"
            | "People’s"
            | "Peoples"
            | "Progress"
            | "Progressive"
            | "Democratic"
            | "Christian"
            | "Social"
            | "Socialist"
            | "Communist"
            | "Republican"
            | "United"
            | "Unity"
            | "Centre"
            | "Center"
            | "Green"
            | "Popular"
            | "Workers'"
            | "Workers’"
            | "Reform"
            | "Justice"
            | "Freedom"
            | "Liberty"
            | "Independence"
            | "Agrarian"
            | "Farmers'"
            | "Farmers’"
            | "Pirate"
            | "Left"
            | "Radical"
            | "New"
            | "Patriotic"
            | "Civic"
            | "Unionist"
    )
}

/// Titles written short, with or without a full stop ("Mr.", "Ms", "Dr.").
pub(super) fn is_abbreviated_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Adm"
            | "Sgt"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Amb"
            | "Pres"
            | "Rev"
            | "Fr"
            | "St"
    )
}

/// Small words that may sit inside a name.
pub(super) fn is_connector(word: &str) -> bool {
    is_article(word)
        || is_particle(word)
        || matches!(word, "of" | "for" | "and" | "on" | "in" | "against")
        || super::languages::is_connector(word)
}

pub(super) fn is_article(word: &str) -> bool {
    matches!(word, "the")
}

/// Small words inside people's names ("Mohammed bin Salman", "Ursula von der Leyen").
pub(super) fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el"
            | "bin"
            | "ibn"
            | "de"
            | "del"
            | "da"
            | "das"
            | "do"
            | "dos"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "di"
            | "y"
    )
}

/// The kind of actor an organisation word names, if it is one.
pub(super) fn organisation_word(word: &str) -> Option<ActorKind> {
    english_organisation_word(word).or_else(|| super::languages::organisation_word_if_read(word))
}

/// [`organisation_word`] of English only, which puts it last in a name.
pub(super) fn english_organisation_word(word: &str) -> Option<ActorKind> {
    Some(match word {
        "Front" | "Movement" | "Party" | "Army" | "Brigade" | "Brigades" | "Militia" | "Force"
        | "Forces" | "Corps" | "Coalition" | "Group" | "Rebels" => ActorKind::Group,
        "Mission" | "Council" | "Alliance" | "Union" | "Foundation" | "Institute"
        | "Institution" | "Centre" | "Center" | "Church" | "Parliament" | "Congress"
        | "Commission" | "Committee" | "Agency" | "Bank" | "Fund" | "Organisation"
        | "Organization" | "Association" | "Federation" | "League" | "Court" | "Tribunal"
        | "Assembly" | "Corporation" | "Company" | "Endowment" | "Community" | "Authority"
        | "Secretariat" | "Forum" | "Board" | "Bureau" | "Office" | "Society" | "Police"
        | "Observatory" | "Consortium" | "Network" => ActorKind::Organisation,
        // Turkish puts the organisation word last too, in the possessive
        // ("Ulusal Birlik Partisi", "Kıbrıs Türk Ticaret Odası"); a case
        // ending after an apostrophe is no part of the word ("Partisi'nin").
        "Partisi" | "Cephesi" | "Hareketi" | "İttifakı" => ActorKind::Group,
        "Merkezi" | "Enstitüsü" | "Komisyonu" | "Meclisi" | "Odası" | "Derneği" | "Vakfı"
        | "Mahkemesi" | "Bankası" | "Kurulu" | "Teşkilatı" | "Konseyi" | "Ajansı"
        | "Üniversitesi" | "Sendikası" | "Konfederasyonu" | "Platformu" => {
            ActorKind::Organisation
        }
        _ => return None,
    })
}

/// "Northern Distribution Network", "Protected Areas Network": what the word
/// before "Network" says it links is routes, lines or places, so the name is
/// of infrastructure, not of a body of people ("Asia Democracy Network").
pub(super) fn is_a_network_of_things(word: &str) -> bool {
    matches!(
        word,
        "Distribution"
            | "Ferry"
            | "Transport"
            | "Transportation"
            | "Road"
            | "Rail"
            | "Railway"
            | "Pipeline"
            | "Power"
            | "Electricity"
            | "Energy"
            | "Broadband"
            | "Fibre"
            | "Fiber"
            | "Highway"
            | "Areas"
            | "Reserves"
            | "Water"
            | "Monitoring"
            | "Observation"
    )
}

/// A capitalised word that makes a name more than a description ("Adenauer",
/// "Examplestan"), unlike "National", "Special" or the organisation word.
pub(super) fn is_specific(word: &str, class: Class) -> bool {
    match class {
        Class::Connector | Class::Initial => false,
        Class::Caps => true,
        Class::Title => organisation_word(word).is_none() && !is_generic(word) && !is_title(word),
    }
}

/// Modifiers that many organisations share, so that on their own they do not say which.
pub(super) fn is_generic(word: &str) -> bool {
    is_english_generic(word) || super::languages::is_generic_word(word)
}

fn is_english_generic(word: &str) -> bool {
    matches!(
        word,
        "National"
            | "General"
            | "Special"
            | "Security"
            | "Executive"
            | "Supreme"
            | "Central"
            | "Joint"
            | "International"
            | "Permanent"
            | "Provisional"
            | "Transitional"
            | "Interim"
            | "Preparatory"
            | "Main"
            | "High"
            | "Higher"
            | "Federal"
            | "Regional"
            | "Democratic"
            | "Republican"
            | "Popular"
            | "People"
            | "Peoples"
            | "People's"
            | "People’s"
            | "Peoples'"
            | "Workers'"
            | "Workers’"
            | "Women's"
            | "Women’s"
            | "Revolutionary"
            | "Liberation"
            | "Patriotic"
            | "United"
            | "New"
            | "Great"
            | "Grand"
            | "Ad"
            | "Hoc"
            | "Human"
            | "Rights"
            | "Economic"
            | "Social"
            | "Political"
            | "Military"
            | "Armed"
            | "Defence"
            | "Defense"
            | "Public"
            | "State"
            | "States"
            | "Government"
            | "Governing"
            | "Ruling"
            | "Opposition"
            | "Independent"
            | "Constitutional"
            | "Legislative"
            | "Presidential"
            | "Royal"
            | "World"
            | "Global"
            | "Multinational"
            | "Multilateral"
            | "Peace"
            | "Peacekeeping"
            | "Observer"
            | "Technical"
            | "Scientific"
            | "Advisory"
            | "Consultative"
            | "Standing"
            | "Steering"
            | "Working"
            | "Contact"
            | "Expert"
            | "Experts"
            | "Coordinating"
            | "Co-ordinating"
            | "Administrative"
            | "Judicial"
            | "Election"
            | "Electoral"
            | "Ministerial"
            | "Parliamentary"
            | "Intergovernmental"
            | "Governmental"
            | "Relief"
            | "Development"
            | "Trade"
            | "Labour"
            | "Labor"
            | "Communist"
            | "Socialist"
            | "Green"
            | "Liberal"
            | "Conservative"
            | "Progressive"
            | "Workers"
            | "Women"
            | "Youth"
            | "Free"
            | "Freedom"
            | "Unity"
            | "Solidarity"
            | "Reform"
            | "Justice"
            | "Action"
            | "Salvation"
            | "Resistance"
            | "First"
            | "Second"
            | "Third"
            | "Fourth"
            | "Fifth"
            | "Sixth"
            | "Seventh"
            | "Eighth"
            | "Ninth"
            | "Tenth"
            | "Commonwealth"
            | "Common"
            | "Council"
            | "Ministers"
            | "Heads"
            | "Directors"
            | "Governors"
            | "Trustees"
            | "Nations"
            | "Countries"
            | "Islamic"
            | "Arab"
            | "African"
            | "European"
            | "Asian"
            | "American"
            | "Latin"
            | "Western"
            | "Eastern"
            | "Northern"
            | "Southern"
            | "Pacific"
            | "Atlantic"
            | "Caribbean"
            | "Mediterranean"
            | "Financial"
            | "Monetary"
            | "Investment"
            | "Energy"
            | "Nuclear"
            | "Atomic"
            | "Disarmament"
            | "Environment"
            | "Environmental"
            | "Climate"
            | "Food"
            | "Health"
            | "Education"
            | "Refugees"
            | "Humanitarian"
            | "Emergency"
            | "Crisis"
            | "Interior"
            | "Foreign"
            | "Affairs"
            | "Finance"
            | "Affairs'"
            | "Defence'"
            | "Legal"
            | "Law"
            | "Inter-Parliamentary"
            | "Inter-American"
            | "Trusteeship"
            | "Population"
            | "Statistical"
            | "Tripartite"
            | "Quadripartite"
            | "Mixed"
            | "Armistice"
            | "Truce"
            | "Ceasefire"
            | "Cease-fire"
            | "Monitoring"
            | "Verification"
            | "Implementation"
            | "Negotiating"
            | "Planning"
            | "Policy"
            | "Research"
            | "Studies"
            | "Strategic"
            | "Cooperation"
            | "Co-operation"
            | "Integration"
            | "Reconstruction"
            | "Reconciliation"
            | "Truth"
            | "Dialogue"
            | "Mediation"
            | "Conciliation"
            | "Arbitration"
            | "Committees"
            | "Assembly"
            | "Bank"
            | "Fund"
            | "Court"
            | "Union"
            | "League"
            | "Democracy"
            | "Liberty"
            | "Civic"
            | "Civil"
            | "Citizens"
            | "Alternative"
            | "Rally"
            | "Alliance"
            | "Front"
            | "Movement"
            | "Party"
            | "Congress"
            | "Progress"
            | "Renewal"
            | "Future"
            | "Hope"
            | "Homeland"
            | "Fatherland"
            | "Motherland"
            | "Nation"
            | "Christian"
            | "Muslim"
            | "Catholic"
            | "Orthodox"
            | "Protestant"
            | "Evangelical"
            | "Greater"
            | "Little"
            | "Upper"
            | "Lower"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Mission"
            | "Forces"
            | "Force"
            | "Army"
            | "Group"
            | "Groups"
            | "Administering"
            | "Constituent"
            | "Support"
            | "Whole"
            | "Assistance"
            | "Conventional"
            | "Millennium"
            | "Transition"
            | "Stabilization"
            | "Stabilisation"
            | "Protection"
    )
}

/// "Ninth Congress of the Socialist Unity Party of Germany", "the 20th
/// Congress of the CPSU", "Fifth Conference of Heads of State": an ordinal
/// before a meeting's word names one meeting of a body, an event and no
/// actor (the body after "of" is the actor). "First Committee" is no
/// meeting and stays a name.
pub(super) fn is_a_numbered_meeting(ordinal: &str, head: &str) -> bool {
    const MEETINGS: &[&str] = &[
        "Congress",
        "Conference",
        "Session",
        "Plenum",
        "Plenary",
        "Summit",
        "Meeting",
        "Convention",
    ];
    MEETINGS.contains(&head) && is_ordinal(ordinal)
}

/// "Ninth", "Twenty-first", "20th", "1st": a word that says which of a
/// series.
pub(super) fn is_ordinal(word: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
        "Twentieth",
        "Thirtieth",
        "Fortieth",
        "Fiftieth",
        "Sixtieth",
        "Seventieth",
        "Eightieth",
        "Ninetieth",
        "Hundredth",
    ];
    if ORDINALS.contains(&word) {
        return true;
    }
    // "Twenty-first", "Thirty-Ninth".
    if let Some((tens, unit)) = word.split_once('-') {
        let unit = unit.to_lowercase();
        return [
            "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
        ]
        .contains(&tens)
            && ORDINALS[..9].iter().any(|o| o.to_lowercase() == unit);
    }
    // "20th", "1st", "22nd", "3rd".
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

pub(super) fn is_month_or_weekday(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Words that are capitalised because a sentence starts with them.
pub(super) fn is_function_word(word: &str) -> bool {
    is_english_function_word(word) || super::languages::is_function_word(word)
}

fn is_english_function_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "For"
            | "By"
            | "With"
            | "From"
            | "To"
            | "Of"
            | "And"
            | "But"
            | "Or"
            | "As"
            | "If"
            | "When"
            | "While"
            | "Since"
            | "After"
            | "Before"
            | "During"
            | "Under"
            | "Our"
            | "My"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Your"
            | "We"
            | "I"
            | "It"
            | "Both"
            | "All"
            | "Every"
            | "Each"
            | "Such"
            | "Today"
            | "Yesterday"
            | "Now"
            | "Then"
            | "Thus"
            | "Hence"
            | "So"
            | "Yet"
            | "Also"
            | "However"
            | "Moreover"
            | "Indeed"
            | "Meanwhile"
            | "Last"
            | "Next"
            | "Many"
            | "Some"
            | "Any"
            | "No"
            | "Not"
            | "Only"
            | "Even"
            | "Here"
            | "There"
            | "Where"
            | "What"
            | "Which"
            | "Who"
            | "Whose"
            | "Why"
            | "How"
            | "Like"
            | "Unlike"
            | "Without"
            | "Beyond"
            | "Through"
            | "Between"
            | "Among"
            | "Against"
            | "Despite"
            | "Until"
            | "Once"
            | "Whether"
            | "Although"
            | "Though"
            | "Because"
            | "Let"
            | "May"
            | "Will"
            | "Should"
            | "Would"
            | "Could"
            | "Can"
            | "Must"
            | "Shall"
            | "Might"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Do"
            | "Does"
            | "Did"
            | "Has"
            | "Have"
            | "Had"
    )
}

/// Generic words of names of bodies that are given names too: "Christian
/// Lindner", "Hope Mwanake". Beside another generic word they still make
/// a body's name ("Christian Democratic Union"): a person's name needs all
/// its other words to be names.
fn is_a_given_name_too(word: &str) -> bool {
    matches!(word, "Christian" | "Hope")
}

/// Words that cannot be part of a person's name.
pub(super) fn is_not_a_name(word: &str) -> bool {
    is_a_verb_with_its_pronoun(word)
        || is_title(word)
        || is_abbreviated_title(word)
        || organisation_word(word).is_some()
        || is_generic(word) && !is_a_given_name_too(word)
        || is_month_or_weekday(word)
        || is_function_word(word)
        || matches!(
            word,
            "Republic"
                | "Kingdom"
                | "Empire"
                | "Excellency"
                | "Excellencies"
                | "Ladies"
                | "Gentlemen"
                | "Highness"
                | "Majesty"
                | "Administration"
                | "Ministry"
                | "Department"
                | "Office"
                | "Islands"
                | "Island"
                | "Deputy"
                | "Vice"
                | "Acting"
                | "Former"
                | "Late"
                | "Chief"
                | "Head"
                | "Senior"
                | "Elect"
                | "God"
                | "Allah"
                | "Prophet"
                | "Saint"
                | "Holy"
                | "See"
                | "Conference"
                | "Summit"
                | "Declaration"
                | "Charter"
                | "Treaty"
                | "Agreement"
                | "Accord"
                | "Accords"
                | "Convention"
                | "Resolution"
                | "Protocol"
                | "Plan"
                | "Programme"
                | "Program"
                | "Agenda"
                | "Goals"
                | "Initiative"
                | "Process"
                | "Doctrine"
                | "Act"
                | "Day"
                | "Year"
                | "Decade"
                | "Session"
                | "Debate"
                | "War"
                | "Revolution"
                | "Hall"
                | "House"
                | "Palace"
                | "Street"
                | "Square"
                | "Airport"
                | "University"
                | "College"
                | "School"
                | "Hospital"
                | "Prize"
                | "Award"
                | "Lecture"
                | "Memorial"
                | "Stadium"
                | "Sea"
                | "Ocean"
                | "River"
                | "Lake"
                | "Mountains"
                | "Valley"
                | "Gulf"
                | "Strait"
                | "Peninsula"
                | "Province"
                | "Region"
                | "City"
                | "County"
                | "District"
                | "Mr"
        )
}

/// "Seguiu-se", "Trata-se", "Disse-lhe": a Portuguese verb that opens a
/// sentence with its pronoun after a hyphen. No name ends in these
/// pronouns ("Jean-Pierre", "Halla-aho", "Meinl-Reisinger" do not).
fn is_a_verb_with_its_pronoun(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(verb, pronoun)| {
        verb.chars().skip(1).all(char::is_lowercase)
            && verb.chars().count() > 2
            && matches!(pronoun, "se" | "lhe" | "lhes" | "me" | "te" | "nos" | "vos")
    })
}
