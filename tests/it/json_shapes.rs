//! The `--json` contract: every record of every `--json` command has exactly
//! the keys the README's table lists for it (a missing or an unknown key
//! fails), and every nested object is a documented record too.

use crate::common::Workspace;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

/// Nested objects that are maps by name (actor → quotes), not records.
const MAPS: [&str; 1] = ["show.actor_places"];

/// A record's documented keys: the required ones and the ones printed only
/// sometimes (marked `key`? in the README).
#[derive(Debug, Default, Clone)]
struct Shape {
    keys: BTreeSet<String>,
    optional: BTreeSet<String>,
}

/// The README's record table (under "## JSON output", headed `| record | keys |`):
/// each row names records in backticks (commands in brackets after them) and
/// lists their keys in backticks.
fn documented_shapes() -> BTreeMap<String, Shape> {
    let readme = include_str!("../../README.md");
    let table = readme
        .split("| record | keys |\n")
        .nth(1)
        .expect("README has the JSON record table");
    let mut shapes = BTreeMap::new();
    for row in table.lines().skip(1).take_while(|l| l.starts_with('|')) {
        let columns: Vec<&str> = row.split('|').map(str::trim).collect();
        let records = columns[1].split(" (").next().unwrap();
        let mut shape = Shape::default();
        let pieces: Vec<&str> = columns[2].split('`').collect();
        for (i, key) in pieces.iter().enumerate().skip(1).step_by(2) {
            shape.keys.insert((*key).to_owned());
            if pieces
                .get(i + 1)
                .is_some_and(|after| after.starts_with('?'))
            {
                shape.optional.insert((*key).to_owned());
            }
        }
        for record in records.split('`').skip(1).step_by(2) {
            shapes.insert(record.to_owned(), shape.clone());
        }
    }
    shapes
}

/// The documented shapes, and which of them a test has seen printed.
struct Contract {
    shapes: BTreeMap<String, Shape>,
    seen: BTreeSet<String>,
}

impl Contract {
    fn new() -> Contract {
        Contract {
            shapes: documented_shapes(),
            seen: BTreeSet::new(),
        }
    }

    /// Checks `value` against the shape named `record`, and every object nested
    /// in it against `record.key` (`record.key[]` for the elements of a list).
    fn check(&mut self, record: &str, value: &Value) {
        check(&self.shapes, &mut self.seen, record, value);
    }
}

fn check(
    shapes: &BTreeMap<String, Shape>,
    seen: &mut BTreeSet<String>,
    record: &str,
    value: &Value,
) {
    seen.insert(record.to_owned());
    let shape = shapes
        .get(record)
        .unwrap_or_else(|| panic!("record `{record}` is not in the README's JSON table"));
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{record} is not an object: {value}"));
    let printed: BTreeSet<String> = object.keys().cloned().collect();
    let unknown: Vec<_> = printed.difference(&shape.keys).collect();
    let missing: Vec<_> = shape
        .keys
        .difference(&printed)
        .filter(|k| !shape.optional.contains(*k))
        .collect();
    assert!(
        unknown.is_empty() && missing.is_empty(),
        "{record}: keys not documented {unknown:?}, documented keys not printed {missing:?}: {value}"
    );
    for (key, nested) in object {
        let path = format!("{record}.{key}");
        if MAPS.contains(&path.as_str()) {
            continue;
        }
        match nested {
            Value::Object(_) => check(shapes, seen, &path, nested),
            Value::Array(items) => {
                for item in items.iter().filter(|i| i.is_object()) {
                    check(shapes, seen, &format!("{path}[]"), item);
                }
            }
            _ => {}
        }
    }
}

/// The records each command prints, checked against the table. The
/// workspace has actors, issues, dates, front matter and one bad file, so
/// that no optional part of a record is `null` or empty by accident.
#[test]
fn every_json_record_has_exactly_the_documented_keys() {
    let mut contract = Contract::new();
    let ws = Workspace::new();
    ws.write(
        "call.txt",
        include_str!("../../corpus/2025-03-19-putin-trump-call.txt"),
    );
    ws.write(
        "op-ed.md",
        "---\ntitle: Sanctions and a ceasefire\ndate: 2024-05-02\nauthor: A. Writer\nsource: Daily\nurl: https://example.org/a\ntags: [europe]\n---\nRussia and Ukraine talk about a ceasefire on 3 March 2024; the United States and the European Union weigh sanctions. President Ilona Marchetti agreed.\n",
    );
    ws.write("broken.json", "{ not json");

    let dry_run = ws.json(&["index", "articles", "--dry-run", "--json"]);
    contract.check("plan", &dry_run[0]);
    let run = ws.json(&["index", "articles", "--json"]);
    contract.check("run", &run[0]);
    ws.write("later.txt", "A later note on the ceasefire.\n");
    let status = ws.json(&["status", "--json"]);
    assert!(status[0]["last_run"].is_object() && status[0]["pending"].is_object());
    assert!(!status[0]["skipped"].as_array().unwrap().is_empty());
    contract.check("status", &status[0]);

    let search = ws.json(&["search", "Russia", "--json", "--facets"]);
    let (summary, hits) = search.split_last().unwrap();
    assert!(hits.len() >= 2, "{search:?}");
    for hit in hits {
        contract.check("hit", hit);
    }
    assert!(summary["facets"].is_object());
    contract.check("summary", summary);
    let explained = ws.json(&["search", "Russia", "ceasefire", "--json", "--explain"]);
    assert!(explained[0]["explain"].is_object());
    contract.check("hit", &explained[0]);
    let partial = ws.json(&["search", "Russia", "zebra", "--json"]);
    assert_eq!(partial[0]["partial"], true);
    contract.check("hit", &partial[0]);
    let grouped = ws.json(&["search", "Russia", "--json", "--group-by", "year"]);
    assert!(grouped[0]["group"].is_string());
    contract.check("hit", &grouped[0]);

    for actor in ws.json(&["actors", "--json"]) {
        contract.check("actor", &actor);
    }
    let discovered = ws.json(&["actors", "--discovered", "--json"]);
    assert!(!discovered.is_empty());
    for row in &discovered {
        contract.check("discovered", row);
    }
    for issue in ws.json(&["issues", "--json"]) {
        contract.check("issue", &issue);
    }
    for with in [
        ["actors", "--with", "Russia"],
        ["issues", "--with", "Russia"],
    ] {
        let rows = ws.json(&[with[0], "--json", with[1], with[2]]);
        assert!(!rows.is_empty(), "{with:?}");
        for row in &rows {
            contract.check("associate", row);
        }
    }
    for trend in ws.json(&["trend", "ceasefire", "sanctions", "--json"]) {
        contract.check("trend", &trend);
    }
    let show = ws.json(&["show", "op-ed.md", "--json"]);
    contract.check("show", &show[0]);
    for document in ws.json(&["export", "--ndjson"]) {
        contract.check("export", &document);
    }
}

/// `index --alerts --json` prints `alert` records (as `--exec` gets them),
/// and `alerts --json` one `saved` record per saved search.
#[test]
fn alert_and_saved_records_have_the_documented_keys() {
    let mut contract = Contract::new();
    let ws = Workspace::new();
    ws.write(
        "pundex.toml",
        "[[alert]]\nname = \"truce\"\nquery = \"truce\"\nactor = \"Russia\"\nsince = \"2024\"\n",
    );
    ws.index_folder();
    ws.write(
        "2025-03-19-call.txt",
        include_str!("../../corpus/2025-03-19-putin-trump-call.txt"),
    );
    let run = ws.json(&["index", "articles", "--alerts", "--json"]);
    contract.check("run", &run[0]);
    assert_eq!(run.len(), 2, "{run:?}");
    assert!(!run[1]["actors"].as_array().unwrap().is_empty());
    contract.check("alert", &run[1]);
    for saved in ws.json(&["alerts", "articles", "--json"]) {
        contract.check("saved", &saved);
    }
}

/// `watch --json` prints the same `run` record for its first catch-up.
#[test]
fn watch_json_batches_have_the_run_keys() {
    let mut contract = Contract::new();
    let ws = Workspace::new();
    ws.write("a.txt", "Russia and Ukraine talk about a ceasefire.\n");
    let mut child = ws
        .process(&["watch", "articles", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    contract.check("run", &serde_json::from_str(&line).unwrap());
}

/// The table is read right: a key the table does not list fails.
#[test]
#[should_panic(expected = "keys not documented")]
fn an_undocumented_key_fails() {
    Contract::new().check(
        "issue",
        &serde_json::json!({"documents": 1, "name": "x", "extra": 2}),
    );
}

/// And so does a documented key that is not printed.
#[test]
#[should_panic(expected = "documented keys not printed")]
fn a_missing_key_fails() {
    Contract::new().check("issue", &serde_json::json!({"documents": 1}));
}
