//! Indexing every format, encodings and bad files through the real binary.

use crate::common::*;

#[test]
fn every_format_is_indexed_and_searchable() {
    let ws = Workspace::with_fixture("formats");
    let out = ws.index_folder();
    assert!(out.contains("11 documents in the index"), "{out}");
    for (word, id) in [
        ("plainword", "plain.txt"),
        ("yamlword", "yaml.md"),
        ("tomlword", "toml.md"),
        ("htmlbodyword", "page.html"),
        ("jsonword", "one.json"),
        ("jsonlineone", "many.jsonl#1"),
        ("jsonlinetwo", "many.jsonl#2"),
        ("jsonlinethree", "many.jsonl#3"),
        ("bomword", "bom.txt"),
        ("utfsixteenword", "utf16.txt"),
        ("перемирие", "cp1251.txt"),
    ] {
        assert_eq!(
            ws.search_ids(&[word]),
            vec![id.to_owned()],
            "searching {word}"
        );
    }
}

#[test]
fn html_boilerplate_is_not_indexed() {
    let ws = Workspace::with_fixture("formats");
    ws.index_folder();
    for hidden in [
        "scriptword",
        "styleword",
        "navmenuword",
        "headerword",
        "footerword",
    ] {
        assert!(ws.search_ids(&[hidden]).is_empty(), "{hidden} was indexed");
    }
}

#[test]
fn metadata_from_front_matter_html_and_json() {
    let ws = Workspace::with_fixture("formats");
    ws.index_folder();
    let hit = &ws.json(&["search", "yamlword", "--json"])[0];
    assert_eq!(hit["published"], "2024-07-15");
    assert!(hit["author"].is_string() && hit["url"].is_string(), "{hit}");
    let hit = &ws.json(&["search", "htmlbodyword", "--json"])[0];
    assert_eq!(hit["published"], "2024-07-17");
    assert_eq!(hit["author"], "Hector Fixture");
    assert_eq!(
        ws.json(&["search", "tomlword", "--json"])[0]["published"],
        "2024-07-16"
    );
}

#[test]
fn windows_1251_comes_out_as_cyrillic() {
    let ws = Workspace::with_fixture("formats");
    ws.index_folder();
    let out = ws.cmd(&["show", "cp1251.txt"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Перемирие на Чёрном море"), "{text}");
    assert!(text.contains("windows-1251"), "{text}");
}

#[test]
fn utf16_without_a_bom_is_text_not_binary() {
    let ws = Workspace::new();
    let text = "Black Sea truce\n\nwidebyteword: перемирие agreed in Riyadh.";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    std::fs::write(ws.articles().join("le.txt"), le).unwrap();
    std::fs::write(ws.articles().join("be.md"), be).unwrap();
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
    let mut ids = ws.search_ids(&["widebyteword"]);
    ids.sort();
    assert_eq!(ids, ["be.md", "le.txt"]);
    assert_eq!(ws.search_ids(&["перемирие"]).len(), 2);
}

#[test]
fn utf32_with_a_bom_is_text_not_binary() {
    let ws = Workspace::new();
    let text = "Black Sea truce\n\nfourbyteword: перемирие agreed in Riyadh.";
    let le = [0xFF, 0xFE, 0, 0]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()));
    let be = [0, 0, 0xFE, 0xFF]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes()));
    std::fs::write(ws.articles().join("le.txt"), le.collect::<Vec<u8>>()).unwrap();
    std::fs::write(ws.articles().join("be.md"), be.collect::<Vec<u8>>()).unwrap();
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
    let mut ids = ws.search_ids(&["fourbyteword"]);
    ids.sort();
    assert_eq!(ids, ["be.md", "le.txt"]);
    assert_eq!(ws.search_ids(&["перемирие"]).len(), 2);
}

#[test]
fn bad_files_are_reported_and_skipped() {
    let ws = Workspace::with_fixture("bad");
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success(), "bad files must not fail the run");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for (file, reason) in [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("whitespace.md", "empty"),
        ("broken-yaml.md", "front matter"),
        ("broken.json", "JSON"),
        ("bad-lines.jsonl", "line 2"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with("warning: ") && l.contains(file) && l.contains(reason)),
            "no warning for {file} ({reason}) in:\n{stderr}"
        );
    }
    assert!(!stderr.contains("panicked"));
    assert!(stdout.contains("5 skipped"), "{stdout}");
    assert_eq!(ws.search_ids(&["goodlineword"]), ["bad-lines.jsonl#1"]);
    assert_eq!(ws.search_ids(&["otherlineword"]), ["bad-lines.jsonl#3"]);
}

/// A `.json` file may hold a list of articles, bare or as a news API gives
/// it; each is found by its place in the list, and `show` of the file's
/// path says how to name one.
#[test]
fn a_json_list_of_articles_is_indexed_item_by_item() {
    let ws = Workspace::new();
    ws.write(
        "export.json",
        r#"[{"title": "One", "body": "firstitemword"}, {"body": 5}, {"text": "thirditemword"}]"#,
    );
    ws.write(
        "api.json",
        r#"{"status": "ok", "totalResults": 1, "articles": [
            {"title": "Wire", "publishedAt": "2024-03-01T10:00:00Z",
             "source": {"id": null, "name": "Wire Service"}, "content": "apiitemword"}]}"#,
    );
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim(),
        "warning: export.json: item 2: bad JSON: `body` is a number, not a string"
    );
    assert_eq!(ws.search_ids(&["firstitemword"]), ["export.json#1"]);
    assert_eq!(ws.search_ids(&["thirditemword"]), ["export.json#3"]);
    let hit = &ws.json(&["search", "apiitemword", "--json"])[0];
    assert_eq!(
        (&hit["id"], &hit["published"], &hit["source"]),
        (
            &serde_json::json!("api.json#1"),
            &serde_json::json!("2024-03-01"),
            &serde_json::json!("Wire Service")
        )
    );
    let show = ws.cmd(&["show", "export.json"]).output().unwrap();
    assert_eq!(show.status.code(), Some(1));
    let said = String::from_utf8(show.stderr).unwrap();
    assert!(
        said.contains("a list of articles") && said.contains("export.json#1"),
        "{said}"
    );
}

#[test]
fn hidden_and_gitignored_files_are_skipped() {
    let ws = Workspace::new();
    ws.write("visible.txt", "Visible title here\n\nvisibleword text");
    ws.write(".hidden/secret.txt", "Hidden title\n\nhiddenword text");
    ws.write("drafts/draft.txt", "Draft title\n\ndraftword text");
    ws.write(".gitignore", "drafts/\n");
    ws.write("notes.swp", "swapword");
    ws.index_folder();
    assert_eq!(ws.search_ids(&["visibleword"]), ["visible.txt"]);
    assert!(ws.search_ids(&["hiddenword"]).is_empty());
    assert!(ws.search_ids(&["draftword"]).is_empty());
}

#[test]
fn the_index_may_not_live_inside_the_folder() {
    let ws = Workspace::new();
    ws.write("a.txt", "Some title here\n\ntext");
    let out = pundex()
        .current_dir(ws.dir.path())
        .args(["index", "articles", "--index", "articles/idx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("inside the indexed folder"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn a_missing_folder_is_a_usage_error() {
    let ws = Workspace::new();
    let out = ws.cmd(&["index", "no-such-folder"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-folder"));
}

/// A file given where a folder belongs is told as such, not as a config
/// file that cannot be read inside it.
#[test]
fn a_file_given_as_the_folder_is_a_usage_error() {
    let ws = Workspace::new();
    ws.write("a.txt", "Some text.");
    let file = ws.articles().join("a.txt");
    let out = ws.cmd(&["index", file.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a file, not a folder"), "{stderr}");
    assert!(!stderr.contains("pundex.toml"), "{stderr}");
}
