//! Queries, ranking, snippets, JSON and errors through the real binary.

use crate::common::*;

fn news() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "2025-03-19-truce.txt",
        "Black Sea truce agreed\n\nThe truce on the Black Sea holds. The truce covers shipping and ports. Truces are fragile.",
    );
    ws.write(
        "2024-01-10-ports.md",
        "---\ntitle: Ports reopen\ndate: 2024-01-10\nauthor: Ann Smith\n---\nShipping resumed at the ports; a truce was mentioned once.",
    );
    ws.write(
        "2023-05-01-sanctions.txt",
        "New sanctions on exports\n\nSanctions target banks. Exports fell. Nothing about the sea.",
    );
    ws.index_folder();
    ws
}

#[test]
fn the_obvious_document_ranks_first() {
    let ws = news();
    assert_eq!(
        ws.search_ids(&["truce"]),
        ["2025-03-19-truce.txt", "2024-01-10-ports.md"]
    );
}

#[test]
fn all_words_are_required_and_or_widens() {
    let ws = news();
    assert_eq!(ws.search_ids(&["truce", "banks"]), Vec::<String>::new());
    assert_eq!(ws.search_ids(&["truce OR banks"]).len(), 3);
}

#[test]
fn a_short_list_goes_on_with_articles_that_have_some_of_the_words() {
    let ws = news();
    // No article has both words: the three with one of them follow, marked.
    let lines = ws.json(&["search", "truce", "banks", "--json"]);
    let (summary, hits) = lines.split_last().unwrap();
    assert_eq!(summary["total"], 0, "{lines:?}");
    assert_eq!(hits.len(), 3, "{lines:?}");
    assert!(hits.iter().all(|h| h["partial"] == true), "{lines:?}");
    // Two have "truce", one "banks"; "sea" and a filter hold for them too.
    let lines = ws.json(&["search", "truce", "sea", "--json", "--since", "2024"]);
    let hits: Vec<(&str, bool)> = lines
        .iter()
        .filter(|v| v["type"] == "hit")
        .map(|v| (v["id"].as_str().unwrap(), v["partial"] == true))
        .collect();
    assert_eq!(
        hits,
        [
            ("2025-03-19-truce.txt", false),
            ("2024-01-10-ports.md", true)
        ]
    );
    let out = ws
        .cmd(&["search", "truce", "sea", "--since", "2024"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    // Each hit with some of the words is marked on its own line.
    let head = |title: &str| {
        text.lines()
            .find(|line| line.contains(title))
            .unwrap_or_else(|| panic!("no {title}: {text}"))
    };
    assert!(!head("Black Sea truce agreed").contains("(some of the words)"));
    assert!(
        head("Ports reopen").contains("(some of the words)"),
        "{text}"
    );
    assert!(
        text.contains("1 matching article; and 1 more with some of the words, marked (--all-words"),
        "{text}"
    );
    // --all-words, a full list and date order leave them out.
    assert_eq!(
        ws.json(&["search", "truce", "banks", "--json", "--all-words"])
            .len(),
        1
    );
    let full = ws.json(&["search", "truce", "sea", "--json", "--limit", "1"]);
    assert!(full.iter().all(|v| v["partial"].is_null()), "{full:?}");
    let by_date = ws.json(&["search", "truce", "sea", "--json", "--sort", "date"]);
    assert_eq!(by_date.len(), 2, "{by_date:?}");
}

#[test]
fn phrases_exclusions_and_fields() {
    let ws = news();
    assert_eq!(ws.search_ids(&["\"Black Sea\""]), ["2025-03-19-truce.txt"]);
    assert_eq!(ws.search_ids(&["truce -shipping"]), Vec::<String>::new());
    assert_eq!(ws.search_ids(&["ports -black"]), ["2024-01-10-ports.md"]);
    assert_eq!(
        ws.search_ids(&["title:sanctions"]),
        ["2023-05-01-sanctions.txt"]
    );
    assert_eq!(ws.search_ids(&["author:smith"]), ["2024-01-10-ports.md"]);
}

#[test]
fn stemming_matches_word_forms() {
    let ws = news();
    assert!(
        ws.search_ids(&["truces"])
            .contains(&"2025-03-19-truce.txt".to_owned())
    );
}

#[test]
fn snippets_highlight_with_markers_when_plain_and_colour_when_asked() {
    let ws = news();
    let out = ws.cmd(&["search", "truce"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[truce]"), "{text}");
    assert!(!text.contains('\x1b'));
    let out = ws
        .cmd(&["search", "truce", "--color", "always"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\x1b[1;31mtruce\x1b[0m"), "{text}");
}

#[test]
fn json_hits_have_the_documented_keys_and_byte_ranges() {
    let ws = news();
    let lines = ws.json(&["search", "truce", "--json"]);
    let hit = &lines[0];
    for key in [
        "rank",
        "id",
        "path",
        "title",
        "score",
        "published",
        "author",
        "source",
        "url",
        "actors",
        "issues",
        "snippet",
    ] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert_eq!(hit["published"], "2025-03-19");
    let fragment = &hit["snippet"][0];
    let text = fragment["text"].as_str().unwrap();
    let range = &fragment["highlights"][0];
    let (s, e) = (
        range["start"].as_u64().unwrap() as usize,
        range["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text[s..e].to_lowercase(), "truce");
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["total"], 2);
}

#[test]
fn a_phrase_is_highlighted_only_where_it_is_whole() {
    let ws = Workspace::new();
    ws.write(
        "2023-02-01-seas.txt",
        "Straits\n\nShips crossed the Black and Azov Seas. Later the Black Sea fleet sailed.",
    );
    ws.index_folder();
    let hit = &ws.json(&["search", "\"Black Sea\"", "--json"])[0];
    let mut highlighted = Vec::new();
    for fragment in hit["snippet"].as_array().unwrap() {
        let text = fragment["text"].as_str().unwrap();
        for range in fragment["highlights"].as_array().unwrap() {
            let (s, e) = (
                range["start"].as_u64().unwrap() as usize,
                range["end"].as_u64().unwrap() as usize,
            );
            highlighted.push(text[s..e].to_owned());
        }
    }
    assert_eq!(highlighted, ["Black Sea"], "{hit}");
}

#[test]
fn malformed_queries_are_one_line_usage_errors() {
    let ws = news();
    for query in ["\"black sea", "(truce", "truce)", "colour:red", "-truce"] {
        let out = ws.cmd(&["search", "--", query]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{query}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{query}: {stderr}");
        assert!(stderr.starts_with("pundex: bad query"), "{stderr}");
    }
}

/// One article per kind of character people type in a query; each query must
/// find its article (and only it), searched as the index cut the words.
#[test]
fn queries_find_what_people_type() {
    let ws = Workspace::new();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "possessive",
            "Putin's war went on.",
            &["Putin's war", "Putin’s war", "putin's"],
        ),
        (
            "elision",
            "Delegates of Côte d'Ivoire spoke.",
            &["Côte d'Ivoire", "d’Ivoire", "'Ivoire'"],
        ),
        ("irish", "Mr O'Brien objected.", &["O'Brien"]),
        (
            "contraction",
            "Yes, it's over, said the envoy.",
            &["it's over"],
        ),
        (
            "hyphen",
            "Talks on Nagorno-Karabakh stalled.",
            &["Nagorno-Karabakh", "nagorno karabakh"],
        ),
        ("slash", "The AU/UN hybrid mission.", &["AU/UN hybrid"]),
        (
            "ampersand",
            "Trade & investment pact.",
            &["Trade & investment"],
        ),
        ("percent", "Tariffs of 25% on steel.", &["25% steel"]),
        ("dollar", "Aid of $5 billion pledged.", &["$5 billion"]),
        (
            "hash",
            "The #StandWithUkraine campaign.",
            &["#StandWithUkraine"],
        ),
        (
            "at",
            "Write to @UN_Spokesperson today.",
            &["@UN_Spokesperson"],
        ),
        ("dots", "The U.S. delegation left.", &["U.S. delegation"]),
        (
            "curly",
            "A lasting ceasefire was signed.",
            &["“lasting ceasefire”", "«lasting ceasefire»"],
        ),
        ("cyrillic", "Путин говорил о мире.", &["Путин"]),
        ("arabic", "قال الرئيس السلام الآن", &["السلام"]),
        ("cjk", "和平 协议 签署", &["和平"]),
        ("emoji", "Peace 🕊 now in Gaza.", &["🕊 Gaza"]),
        (
            "colon",
            "Resolution 2334: settlements.",
            &["2334: settlements"],
        ),
        // Unquoted, `x^2` would be a boost, which pundex refuses.
        ("caret", "Growth of x^2 kind.", &["\"x^2\" growth"]),
        ("brackets", "The [redacted] annex.", &["[redacted] annex"]),
        ("keyword", "Made IN China.", &["made IN china"]),
    ];
    for (name, text, _) in cases {
        ws.write(&format!("{name}.txt"), &format!("{name}\n\n{text}"));
    }
    ws.index_folder();
    for (name, _, queries) in cases {
        for query in *queries {
            assert_eq!(
                ws.search_ids(&["--", query]),
                [format!("{name}.txt")],
                "query {query:?}"
            );
        }
    }
}

#[test]
fn words_whose_stem_changes_their_head_are_highlighted() {
    let ws = Workspace::new();
    ws.write(
        "field.txt",
        "Field report\n\nThe dying soldier was lying in the field, tying a bandage.",
    );
    ws.index_folder();
    for (query, word) in [
        ("dying", "[dying]"),
        ("lies", "[lying]"),
        ("tie", "[tying]"),
    ] {
        let out = ws.cmd(&["search", query]).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains(word), "{query}: {stdout}");
    }
}

#[test]
fn field_wildcards_are_usage_errors() {
    let ws = news();
    for query in ["title:*", "body:*", "author:*", "truce tags:*"] {
        let out = ws.cmd(&["search", query]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{query}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{query}: {stderr}");
        assert!(stderr.contains("bad query at character"), "{stderr}");
        assert!(
            stderr.contains(":*` (any value) is not supported"),
            "{stderr}"
        );
    }
}

/// Lucene's fuzzy and boost suffixes would be searched as text and find
/// nothing; they are usage errors that say what pundex does instead.
#[test]
fn fuzzy_and_boost_suffixes_are_usage_errors() {
    let ws = news();
    for (query, says) in [
        ("truce~2", "no fuzzy search"),
        ("truce~", "no fuzzy search"),
        ("title:truce^2", "no boosts"),
        ("\"black sea\"^2", "no boosts"),
        ("\"black sea\"~1000", "0 to 999"),
    ] {
        let out = ws.cmd(&["search", query]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{query}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{query}: {stderr}");
        assert!(stderr.contains("bad query at character"), "{stderr}");
        assert!(stderr.contains(says), "{query}: {stderr}");
    }
    // A phrase's slop is pundex's: its words may stand that far apart.
    assert!(ws.search_ids(&["\"truce shipping\""]).is_empty());
    assert_eq!(
        ws.search_ids(&["\"truce shipping\"~3"]),
        ["2025-03-19-truce.txt"]
    );
}

#[test]
fn date_filters_and_sorting() {
    let ws = news();
    assert_eq!(
        ws.search_ids(&["--since", "2024", "truce"]),
        ["2025-03-19-truce.txt", "2024-01-10-ports.md"]
    );
    assert_eq!(
        ws.search_ids(&["--until", "2024-06", "truce"]),
        ["2024-01-10-ports.md"]
    );
    assert_eq!(
        ws.search_ids(&["--since", "2023-01-01", "--sort", "date"]),
        [
            "2025-03-19-truce.txt",
            "2024-01-10-ports.md",
            "2023-05-01-sanctions.txt"
        ]
    );
    // A malformed date, and a well-formed one the calendar lacks: each
    // error says which.
    for (date, why) in [
        ("March", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-02-30", "no such month or day"),
    ] {
        let out = ws.cmd(&["search", "x", "--since", date]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(why) && stderr.contains(date), "{stderr}");
    }
}

#[test]
fn show_prints_the_article_and_fails_cleanly_for_unknown_ids() {
    let ws = news();
    let out = ws.cmd(&["show", "2024-01-10-ports.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Ports reopen")
            && text.contains("Ann Smith")
            && text.contains("Shipping resumed"),
        "{text}"
    );
    let out = ws.cmd(&["show", "nope.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.txt"));
}

#[test]
fn searching_without_an_index_says_how_to_build_one() {
    let ws = Workspace::new();
    let out = ws.cmd(&["search", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pundex index"));
}

#[test]
fn first_search_on_a_fresh_clone_builds_the_default_index() {
    let ws = Workspace::new();
    let repo = ws.dir.path().join("clone");
    copy_dir(&fixture("formats"), &repo.join("corpus"));
    let out = pundex()
        .current_dir(&repo)
        .args(["search", "plainword"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("building index from corpus/"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("plain.txt"));
    assert!(repo.join("index/meta.json").is_file());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let ws = news();
    let mut child = ws
        .process(&["search", "truce OR sanctions OR ports"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success() || out.status.code() == Some(0),
        "{:?}",
        out.status
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
