//! States and international bodies named in the article's own language
//! ("Österreichs", "l'Union européenne", "Fondo Monetario Internacional",
//! "України") are found by their English names; the local names the
//! lexicon leaves out as unsafe (first names, common words, the bare
//! "Kongo") name no actor.

use crate::common::Workspace;

/// Commentary written for these tests, one article per language.
const ARTICLES: &[(&str, &str)] = &[
    (
        "de/2024-10-02-wien.md",
        "---\ntitle: \"Wien nach der Wahl\"\ndate: 2024-10-02\nlang: de\n---\n\n\
         Österreichs Parteien verhandeln über eine Regierung, und in Brüssel beobachtet man \
         die Gespräche genau: Die Europäische Kommission erwartet ein Sparpaket. Der \
         Internationale Währungsfonds mahnt Reformen an. Die Abhängigkeit von Gas aus \
         Russland bleibt ein Streitpunkt, ebenso die Rolle der Vereinten Nationen in Wien. \
         Am Kongo und in Rhode Island interessiert das niemanden.\n",
    ),
    (
        "fr/2024-09-10-matignon.md",
        "---\ntitle: \"Matignon et Bruxelles\"\ndate: 2024-09-10\nlang: fr\n---\n\n\
         Le nouveau gouvernement doit rassurer l'Union européenne et le Fonds monétaire \
         international sur la dette. L'Allemagne et l'Espagne suivent le dossier de près. \
         Dominique de Villepin juge le budget irréaliste; Maurice Leroy, ancien ministre, \
         parle d'un moment de vérité.\n",
    ),
    (
        "es/2024-06-01-madrid.md",
        "---\ntitle: \"Madrid y Rabat\"\ndate: 2024-06-01\nlang: es\n---\n\n\
         España y Marruecos llevaron su acuerdo migratorio ante las Naciones Unidas, y el \
         Fondo Monetario Internacional elogió la reforma de las pensiones. Gana el PSOE en \
         Granada, según las encuestas, pero la oposición lo niega.\n",
    ),
    (
        "uk/2025-07-20-uriad.md",
        "---\ntitle: \"Новий уряд\"\ndate: 2025-07-20\nlang: uk\n---\n\n\
         Новий уряд України домовився з Міжнародним валютним фондом про наступний транш. \
         Україні обіцяють підтримку Бразилія та Туреччина. Того ж дня партія ЄС вимагала \
         звіту міністра. Малі та середні підприємства чекають на податкові зміни.\n",
    ),
    (
        "en/2024-03-01-prices.md",
        "---\ntitle: \"Prices\"\ndate: 2024-03-01\n---\n\n\
         The consumer price index (CPI) rose again, the highest since 500 BCE, joked a \
         trader on Long Island.\n",
    ),
];

fn workspace() -> Workspace {
    let ws = Workspace::new();
    for (path, text) in ARTICLES {
        ws.write(path, text);
    }
    ws.index_folder();
    ws
}

#[test]
fn states_and_bodies_are_found_by_their_local_names() {
    let ws = workspace();
    for (actor, article) in [
        ("Austria", "de/2024-10-02-wien.md"),
        ("Russia", "de/2024-10-02-wien.md"),
        ("European Commission", "de/2024-10-02-wien.md"),
        ("IMF", "de/2024-10-02-wien.md"),
        ("United Nations", "de/2024-10-02-wien.md"),
        ("European Union", "fr/2024-09-10-matignon.md"),
        ("IMF", "fr/2024-09-10-matignon.md"),
        ("Germany", "fr/2024-09-10-matignon.md"),
        ("Spain", "fr/2024-09-10-matignon.md"),
        ("Spain", "es/2024-06-01-madrid.md"),
        ("Morocco", "es/2024-06-01-madrid.md"),
        ("United Nations", "es/2024-06-01-madrid.md"),
        ("IMF", "es/2024-06-01-madrid.md"),
        // Ukrainian names decline: "України", "Україні", "Міжнародним валютним фондом".
        ("Ukraine", "uk/2025-07-20-uriad.md"),
        ("IMF", "uk/2025-07-20-uriad.md"),
        ("Brazil", "uk/2025-07-20-uriad.md"),
        ("Turkey", "uk/2025-07-20-uriad.md"),
    ] {
        let found = ws.search_ids(&["--actor", actor]);
        assert!(found.iter().any(|id| id == article), "{actor}: {found:?}");
    }
}

#[test]
fn unsafe_local_names_name_no_actor() {
    let ws = workspace();
    for (actor, article, why) in [
        (
            "Dominica",
            "fr/2024-09-10-matignon.md",
            "Dominique, a first name",
        ),
        (
            "Mauritius",
            "fr/2024-09-10-matignon.md",
            "Maurice, a first name",
        ),
        (
            "Grenada",
            "es/2024-06-01-madrid.md",
            "Granada, a Spanish city",
        ),
        ("Ghana", "es/2024-06-01-madrid.md", "Gana, a Spanish verb"),
        ("Togo", "uk/2025-07-20-uriad.md", "Того, a pronoun"),
        ("Mali", "uk/2025-07-20-uriad.md", "Малі, an adjective"),
        (
            "European Union",
            "uk/2025-07-20-uriad.md",
            "ЄС, also a party",
        ),
        (
            "Iceland",
            "de/2024-10-02-wien.md",
            "Island, an English word",
        ),
        (
            "Republic of the Congo",
            "de/2024-10-02-wien.md",
            "bare Kongo",
        ),
        (
            "Democratic Republic of the Congo",
            "de/2024-10-02-wien.md",
            "bare Kongo",
        ),
        ("ICC", "en/2024-03-01-prices.md", "CPI, a price index"),
        (
            "European Central Bank",
            "en/2024-03-01-prices.md",
            "BCE, before the common era",
        ),
        ("Iceland", "en/2024-03-01-prices.md", "Long Island"),
    ] {
        let found = ws.search_ids(&["--actor", actor]);
        assert!(
            !found.iter().any(|id| id == article),
            "{actor} in {article} ({why}): {found:?}"
        );
    }
}
