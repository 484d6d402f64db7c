//! Actors, issues and dates through the real binary: filters, facets, the
//! listing commands, user lexicons and `lexicon check`.

use crate::common::*;

fn commentary() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "2025-03-19-call.txt",
        "Putin and Trump talk\n\nVladimir Putin and Donald Trump agreed a truce on the Black Sea. \
         The Kremlin said the ceasefire on energy infrastructure lasts 30 days. Washington agreed. \
         Back in July 2024 Sergei Naryshkin spoke of contacts with the CIA.",
    );
    ws.write(
        "2024-02-01-gaza.md",
        "---\ntitle: Gaza talks\ndate: 2024-02-01\n---\nHamas and Israel discussed a ceasefire in Gaza; \
         Qatar and Egypt mediated a truce. The hostages deal was discussed in Doha.",
    );
    ws.write(
        "2019-05-05-climate.txt",
        "Climate pledges\n\nThe European Union pledged to cut emissions; climate change and global warming \
         dominate the agenda of the Paris Agreement talks.",
    );
    ws.index_folder();
    ws
}

#[test]
fn actor_filters_fold_aliases() {
    let ws = commentary();
    // Canonical names in any case come from the index; aliases from the lexicon.
    for name in ["Vladimir Putin", "vladimir PUTIN", "putin", "Путин"] {
        assert_eq!(
            ws.search_ids(&["--actor", name]),
            ["2025-03-19-call.txt"],
            "{name}"
        );
    }
    assert_eq!(
        ws.search_ids(&["--actor", "United States"]),
        ["2025-03-19-call.txt"],
        "Washington is the US"
    );
    assert_eq!(
        ws.search_ids(&["ceasefire", "--actor", "Hamas"]),
        ["2024-02-01-gaza.md"]
    );
    assert!(
        ws.search_ids(&["--actor", "Putin", "--actor", "Hamas"])
            .is_empty(),
        "filters combine with AND"
    );
    assert!(
        ws.search_ids(&["--actor", "Angela Merkel"]).is_empty(),
        "a known actor that no article names matches nothing, without an error"
    );
}

#[test]
fn unknown_actors_and_issues_suggest_known_names() {
    let ws = commentary();
    let out = ws
        .cmd(&["search", "x", "--actor", "Vladimir Putn"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown actor") && stderr.contains("Vladimir Putin"),
        "{stderr}"
    );
    let out = ws
        .cmd(&["search", "x", "--issue", "climat"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("climate"));
    // Near an alias, not the canonical name; near a parent path.
    for (flag, typo, suggested) in [
        ("--actor", "Putn", "Vladimir Putin"),
        ("--issue", "securty", "security"),
    ] {
        let out = ws.cmd(&["search", "x", flag, typo]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("did you mean {suggested}")),
            "{stderr}"
        );
    }
}

#[test]
fn issue_filters_include_children() {
    let ws = commentary();
    let ceasefire = ws.search_ids(&["--issue", "conflict/ceasefire"]);
    assert!(
        ceasefire.contains(&"2025-03-19-call.txt".to_owned()),
        "{ceasefire:?}"
    );
    let conflict = ws.search_ids(&["--issue", "conflict"]);
    for id in &ceasefire {
        assert!(conflict.contains(id), "parent issue must include {id}");
    }
    assert_eq!(
        ws.search_ids(&["--issue", "climate"]),
        ["2019-05-05-climate.txt"]
    );
}

#[test]
fn filters_alone_list_by_date() {
    let ws = commentary();
    assert_eq!(
        ws.search_ids(&["--since", "2019"]),
        [
            "2025-03-19-call.txt",
            "2024-02-01-gaza.md",
            "2019-05-05-climate.txt"
        ]
    );
}

#[test]
fn hits_show_actors_and_issues_and_facets_count_them() {
    let ws = commentary();
    let out = ws.cmd(&["search", "truce", "--facets"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("actors: ") && text.contains("Vladimir Putin (2)"),
        "{text}"
    );
    assert!(text.contains("issues: "), "{text}");
    let facets = text.split("\nActors\n").nth(1).expect("facet table");
    assert!(
        facets.contains("Hamas") && facets.contains("Vladimir Putin"),
        "{facets}"
    );
    let summary = ws
        .json(&["search", "truce", "--facets", "--json"])
        .pop()
        .unwrap();
    let actors = summary["facets"]["actors"].as_array().unwrap();
    assert!(
        actors
            .iter()
            .any(|a| a["name"] == "Israel" && a["documents"] == 1),
        "{summary}"
    );
}

#[test]
fn actors_and_issues_commands() {
    let ws = commentary();
    let actors = ws.json(&["actors", "--json", "--limit", "0"]);
    let putin = actors
        .iter()
        .find(|a| a["name"] == "Vladimir Putin")
        .expect("Putin listed");
    assert_eq!(putin["kind"], "person");
    assert_eq!(putin["documents"], 1);
    let names: Vec<String> = ws
        .json(&["actors", "ceasefire", "--json"])
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        names.contains(&"Hamas".to_owned()) && !names.contains(&"European Union".to_owned()),
        "{names:?}"
    );
    let out = ws.cmd(&["issues"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("climate") && text.contains("conflict/ceasefire"),
        "{text}"
    );
}

#[test]
fn show_lists_where_actors_were_found_and_the_dates() {
    let ws = commentary();
    let doc = &ws.json(&["show", "2025-03-19-call.txt", "--json"])[0];
    assert!(
        doc["actor_places"]["Sergei Naryshkin"][0]
            .as_str()
            .unwrap()
            .contains("Naryshkin")
    );
    assert!(
        doc["mentioned_dates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == "2024-07"),
        "{doc}"
    );
    assert!(
        !doc["mentioned_dates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d.as_str().unwrap().contains("30"))
    );
}

#[test]
fn a_folder_lexicon_extends_the_default_and_a_change_re_extracts() {
    let ws = commentary();
    ws.write(
        ".pundex/lexicon.toml",
        "[[actor]]\nname = \"Black Sea Fleet\"\nkind = \"organisation\"\naliases = [\"Black Sea\"]\n",
    );
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("lexicon changed"),
        "must say why it re-extracts"
    );
    assert_eq!(
        ws.search_ids(&["--actor", "black sea fleet"]),
        ["2025-03-19-call.txt"]
    );
}

#[test]
fn lexicon_check_reports_lines() {
    let ws = Workspace::new();
    ws.write(
        "lex.toml",
        "[[actor]]\nname = \"A\"\nkind = \"person\"\naliases = [\"Same\"]\n\n[[actor]]\nname = \"B\"\nkind = \"person\"\naliases = [\"same\", \"\"]\n",
    );
    let out = ws
        .cmd(&["lexicon", "check", "articles/lex.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("lex.toml:9: alias \"same\" is shared by \"B\" and \"A\""),
        "{text}"
    );
    assert!(
        text.contains("lex.toml:9:") && text.contains("empty alias"),
        "{text}"
    );
    ws.write(
        "ok.toml",
        "[[actor]]\nname = \"Jane Analyst\"\nkind = \"person\"\n",
    );
    let out = ws
        .cmd(&["lexicon", "check", "articles/ok.toml"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok (1 actors"));
}

/// A user's name that a built-in actor's case form also spells ("TUSKA", a
/// Polish form of "Tusk") stays the user's: the index run, which adds the
/// case forms on its own thread, used to panic with a stack trace here.
#[test]
fn a_user_name_a_case_form_spells_is_the_users() {
    let ws = Workspace::new();
    ws.write(
        ".pundex/lexicon.toml",
        "[[actor]]\nname = \"Tuskland\"\nkind = \"state\"\naliases = [\"TUSKA\"]\n\n\
         [[issue]]\npath = \"tuskland/affairs\"\nphrases = [\"tuskland affairs\"]\nstates = [\"TUSKA\"]\n",
    );
    ws.write("a.txt", "Donald Tusk spoke about Tuskland affairs.\n");
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(ws.search_ids(&["--actor", "TUSKA"]), ["a.txt"]);
    let hit = &ws.json(&["search", "--json", "affairs"])[0];
    let actors: Vec<&str> = hit["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(actors, ["Donald Tusk", "Tuskland"]);
    assert_eq!(hit["issues"][0], "tuskland/affairs");
}

/// `status` tells that the next run re-extracts every article when only the
/// lexicon changed: it compared files alone and said "nothing" although
/// `pundex index` then re-extracted the whole folder.
#[test]
fn status_names_a_lexicon_change_as_pending() {
    let ws = commentary();
    assert!(ws.status()["pending"]["re_extract"].is_null());
    ws.write(
        ".pundex/lexicon.toml",
        "[[actor]]\nname = \"Black Sea Fleet\"\nkind = \"organisation\"\naliases = [\"Black Sea\"]\n",
    );
    let status = ws.status();
    let why = status["pending"]["re_extract"].as_str().unwrap_or_default();
    assert!(why.contains("lexicon"), "{status}");
    assert_eq!(status["pending"]["check"], 0, "{status}");
    let out = ws.cmd(&["status"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("every article to re-extract"), "{text}");
    assert!(!text.contains("in step"), "{text}");
    assert!(
        ws.cmd(&["index", "articles"])
            .output()
            .unwrap()
            .status
            .success()
    );
    assert!(ws.status()["pending"]["re_extract"].is_null());
    let out = ws.cmd(&["status"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("in step"));
}
