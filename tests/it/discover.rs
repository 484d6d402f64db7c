//! Actors the lexicon does not know, discovered from the text: stored like
//! lexicon actors, searchable, marked in `show` and `--json`, and listed by
//! `actors --discovered` (also as lexicon TOML to adopt).

use crate::common::*;

/// Two articles naming a person and an armed group that no lexicon lists,
/// and a foundation named after a lexicon person.
fn workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "2024-05-02-examplestan.md",
        "---\ntitle: A deal in Examplestan\ndate: 2024-05-02\n---\n\
         President Ilona Marchetti met the Patriotic Front of Examplestan (PFE) in Geneva. \
         Marchetti said the PFE would disarm. Analysts at the Konrad Adenauer Foundation doubt it.\n",
    );
    ws.write(
        "2024-06-10-follow-up.md",
        "---\ntitle: The ceasefire holds\ndate: 2024-06-10\n---\n\
         A month later, President Ilona Marchetti said the ceasefire held and Russia agreed.\n",
    );
    ws.index_folder();
    ws
}

#[test]
fn discovered_actors_are_searchable_and_marked() {
    let ws = workspace();
    let both = ["2024-06-10-follow-up.md", "2024-05-02-examplestan.md"];
    let mut found = ws.search_ids(&["--actor", "ilona marchetti"]);
    found.sort();
    let mut expected = both.map(str::to_owned).to_vec();
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(
        ws.search_ids(&["--actor", "Patriotic Front of Examplestan"]),
        ["2024-05-02-examplestan.md"]
    );

    let show = ws.json(&["show", "2024-05-02-examplestan.md", "--json"]);
    let actors = show[0]["actors"].as_array().unwrap();
    let actor = |name: &str| actors.iter().find(|a| a["name"] == name).cloned();
    let marchetti = actor("Ilona Marchetti").expect("discovered person");
    assert_eq!(marchetti["kind"], "person");
    assert_eq!(
        marchetti["count"], 2,
        "the bare surname joins the full name"
    );
    assert_eq!(marchetti["discovered"], true);
    let front = actor("Patriotic Front of Examplestan").expect("discovered group");
    assert_eq!(
        (front["kind"].as_str(), front["count"].as_u64()),
        (Some("group"), Some(2))
    );
    assert!(actor("Konrad Adenauer Foundation").is_some());
    assert!(
        actor("Konrad Adenauer").is_none(),
        "the foundation is not the person: {actors:?}"
    );
    let geneva_free_lexicon_actor = ws.json(&["show", "2024-06-10-follow-up.md", "--json"]);
    let russia = geneva_free_lexicon_actor[0]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Russia")
        .cloned()
        .unwrap();
    assert!(
        russia.get("discovered").is_none(),
        "lexicon actors carry no mark"
    );

    let out = ws
        .cmd(&["show", "2024-05-02-examplestan.md"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Ilona Marchetti (person, discovered) ×2"),
        "{text}"
    );
}

#[test]
fn actors_discovered_lists_and_prints_toml() {
    let ws = workspace();
    let rows = ws.json(&["actors", "--discovered", "--json"]);
    assert_eq!(rows[0]["name"], "Ilona Marchetti", "{rows:?}");
    assert_eq!(rows[0]["documents"], 2);
    let front = rows
        .iter()
        .find(|r| r["name"] == "Patriotic Front of Examplestan")
        .unwrap();
    assert_eq!(front["aliases"], serde_json::json!(["PFE"]));
    assert!(
        rows.iter().all(|r| r["name"] != "Russia"),
        "lexicon actors are not listed"
    );

    // The facets and --with see discovered actors too.
    let facets = ws.json(&["search", "ceasefire", "--json", "--facets"]);
    let summary = facets.last().unwrap();
    assert!(
        summary["facets"]["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "Ilona Marchetti"),
        "{summary}"
    );
    // Plain `actors --json` gives a discovered actor its kind, as the lexicon's have theirs.
    let actors = ws.json(&["actors", "--json"]);
    let row = |name: &str| actors.iter().find(|r| r["name"] == name).cloned();
    assert_eq!(
        row("Ilona Marchetti").unwrap()["kind"],
        "person",
        "{actors:?}"
    );
    assert_eq!(row("Russia").unwrap()["kind"], "state", "{actors:?}");
    let with = ws.json(&["actors", "--with", "Ilona Marchetti", "--json"]);
    assert!(with.iter().any(|r| r["name"] == "Russia"), "{with:?}");

    let out = ws
        .cmd(&["actors", "--discovered", "--toml"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(
        toml.contains(
            "[[actor]]\nname = \"Patriotic Front of Examplestan\"\nkind = \"group\"\naliases = [\"PFE\"]\n"
        ),
        "{toml}"
    );
    // What it prints is a lexicon pundex accepts.
    ws.write("../adopted.toml", &toml);
    ws.cmd(&["lexicon", "check", "adopted.toml"])
        .assert()
        .success();

    ws.cmd(&["issues", "--discovered"]).assert().code(2);
}
