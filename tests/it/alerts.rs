//! Alerts through the binary: `[[alert]]` tables in the folder's
//! pundex.toml, checked by `index --alerts` and `watch --alerts` against
//! the articles with new text; `--exec`; and mistakes in a saved search.

use crate::common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(20);

/// Three saved searches: words, an actor filter, and filters only.
const ALERTS: &str = r#"
[[alert]]
name = "truce"
query = "ceasefire OR truce"

[[alert]]
name = "putin-sanctions"
query = "sanctions"
actor = "Putin"

[[alert]]
name = "black-sea"
query = '"black sea"'
since = "2024"
"#;

fn workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write("pundex.toml", ALERTS);
    ws
}

fn md(date: &str, body: &str) -> String {
    format!("---\ntitle: Note\ndate: {date}\n---\n{body}\n")
}

/// (alert, id, updated) of the alert records among JSON lines, sorted.
fn alerts_of(lines: &[Value]) -> Vec<(String, String, bool)> {
    let mut found = printed_alerts(lines);
    found.sort();
    found
}

/// (alert, id, updated) of the alert records among JSON lines, as printed.
fn printed_alerts(lines: &[Value]) -> Vec<(String, String, bool)> {
    lines
        .iter()
        .filter(|v| v["type"] == "alert")
        .map(|v| {
            (
                v["alert"].as_str().unwrap().to_owned(),
                v["id"].as_str().unwrap().to_owned(),
                v["updated"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn hit(alert: &str, id: &str, updated: bool) -> (String, String, bool) {
    (alert.to_owned(), id.to_owned(), updated)
}

fn index_alerts(ws: &Workspace, extra: &[&str]) -> Vec<(String, String, bool)> {
    let mut args = vec!["index", "articles", "--alerts", "--json"];
    args.extend_from_slice(extra);
    alerts_of(&ws.json(&args))
}

#[test]
fn index_reports_new_text_once_and_changed_text_as_updated() {
    let ws = workspace();
    ws.write("old.md", &md("2024-01-02", "A ceasefire on the Black Sea."));
    ws.index_folder();

    ws.write(
        "a.md",
        &md("2024-03-01", "Putin spoke of sanctions and a truce."),
    );
    ws.write("b.md", &md("2023-05-01", "Grain ships on the Black Sea."));
    ws.write("c.md", &md("2024-06-01", "Nothing to report here."));
    ws.write(
        "feed.jsonl",
        "{\"title\":\"One\",\"date\":\"2024-07-01\",\"body\":\"Shelling on the Black Sea coast.\"}\n",
    );
    assert_eq!(
        index_alerts(&ws, &[]),
        [
            hit("black-sea", "feed.jsonl#1", false),
            hit("putin-sanctions", "a.md", false),
            hit("truce", "a.md", false),
        ]
    );

    // Unchanged, touched, renamed and moved, a line appended to a feed,
    // `--full`: no new text.
    assert_eq!(index_alerts(&ws, &[]), []);
    let a = ws.articles().join("a.md");
    let file = std::fs::File::options().write(true).open(&a).unwrap();
    file.set_modified(std::time::SystemTime::now() + Duration::from_secs(5))
        .unwrap();
    drop(file);
    std::fs::rename(
        ws.articles().join("old.md"),
        ws.articles().join("renamed.md"),
    )
    .unwrap();
    std::fs::create_dir_all(ws.articles().join("moved")).unwrap();
    std::fs::rename(ws.articles().join("b.md"), ws.articles().join("moved/b.md")).unwrap();
    let mut feed = std::fs::read_to_string(ws.articles().join("feed.jsonl")).unwrap();
    feed.push_str("{\"title\":\"Two\",\"body\":\"Markets were calm.\"}\n");
    ws.write("feed.jsonl", &feed);
    assert_eq!(index_alerts(&ws, &[]), []);
    assert_eq!(index_alerts(&ws, &["--full"]), []);

    // Changed text that still matches: once more, as updated; an edit that
    // matches nothing: nothing.
    ws.write(
        "a.md",
        &md("2024-03-01", "Putin spoke of sanctions; the truce failed."),
    );
    ws.write("c.md", &md("2024-06-01", "Still nothing to report."));
    assert_eq!(
        index_alerts(&ws, &[]),
        [
            hit("putin-sanctions", "a.md", true),
            hit("truce", "a.md", true),
        ]
    );
    assert_eq!(index_alerts(&ws, &[]), []);
}

#[test]
fn index_alert_lines_are_the_cron_digest_and_quiet_keeps_them() {
    let ws = workspace();
    ws.write("old.md", &md("2024-01-02", "Old news."));
    ws.index_folder();
    ws.write(
        "a.md",
        &md("2024-03-01", "Putin spoke of sanctions and a truce."),
    );
    let out = ws
        .cmd(&["index", "articles", "--alerts", "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0]
            .starts_with("truce: Note  2024-03-01  a.md  … Putin spoke of sanctions and a [truce]"),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("putin-sanctions: Note  2024-03-01  a.md  "),
        "{stdout}"
    );
    // Nothing new: a silent cron run.
    let again = ws
        .cmd(&["index", "articles", "--alerts", "--quiet"])
        .output()
        .unwrap();
    assert!(again.status.success() && again.stdout.is_empty() && again.stderr.is_empty());
}

#[test]
fn exec_gets_each_match_as_json_and_a_failure_is_reported() {
    let ws = workspace();
    ws.index_folder();
    ws.write(
        "a.md",
        &md("2024-03-01", "Putin spoke of sanctions and a truce."),
    );
    let log = ws.dir.path().join("hook.jsonl");
    let hook = format!("cat >> '{}'; echo >> '{}'", log.display(), log.display());
    let out = ws
        .cmd(&["index", "articles", "--alerts", "--quiet", "--exec", &hook])
        .output()
        .unwrap();
    assert!(out.status.success());
    let received = json_lines(
        std::fs::read_to_string(&log)
            .unwrap()
            .replace("\n\n", "\n")
            .as_bytes(),
    );
    assert_eq!(
        alerts_of(&received),
        [
            hit("putin-sanctions", "a.md", false),
            hit("truce", "a.md", false)
        ]
    );
    assert_eq!(received[0]["title"], "Note");
    assert!(
        received[0]["snippet"][0]["text"]
            .as_str()
            .unwrap()
            .contains("truce")
    );

    ws.write("b.md", &md("2024-04-01", "A truce again."));
    let out = ws
        .cmd(&[
            "index",
            "articles",
            "--alerts",
            "--exec",
            "cat > /dev/null; exit 7",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "a failing hook fails nothing");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: alert \"truce\", b.md: --exec failed: `cat > /dev/null; exit 7` exit status: 7"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("truce: Note  2024-04-01  b.md"));
}

#[test]
fn a_bad_saved_search_is_a_usage_error_naming_file_line_and_alert() {
    let ws = workspace();
    ws.index_folder();
    let check = |toml: &str, expected: &str| {
        ws.write("pundex.toml", toml);
        for args in [
            &["index", "articles", "--alerts"][..],
            &["alerts", "articles"][..],
        ] {
            let out = ws.cmd(args).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(expected), "{args:?}: {stderr}");
        }
    };
    let path = "articles/pundex.toml";
    check(
        "[[alert]]\nname = \"x\"\nquery = \"truce\"\nactor = \"Nobody Atall\"\n",
        &format!("{path} line 4: alert \"x\": unknown actor \"Nobody Atall\""),
    );
    check(
        "[[alert]]\nname = \"x\"\nquery = \"truce\"\n\n[[alert]]\nname = \"y\"\nquery = \"(truce\"\n",
        &format!("{path} line 7: alert \"y\": bad query at character 1"),
    );
    check(
        "[[alert]]\nname = \"x\"\nquery = \"truce\"\nissue = \"conflict/nowhere\"\n",
        &format!("{path} line 4: alert \"x\": unknown issue \"conflict/nowhere\""),
    );
    check(
        "[[alert]]\nname = \"x\"\nquery = \"truce\"\nlanguage = \"ru\"\n",
        &format!("config {path} line 4: alert \"x\": unknown field `language`"),
    );
    check(
        "[[alert]]\nname = \"x\"\nquery = \"truce\"\nsince = \"last week\"\n",
        &format!("config {path} line 4: alert \"x\": since = \"last week\""),
    );
    // The index is left alone, and a search names the saved searches there are.
    ws.write("pundex.toml", ALERTS);
    let out = ws.cmd(&["search", "--saved", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = ws.cmd(&["alerts", "articles", "--json"]).output().unwrap();
    assert!(out.status.success());
    let listed = json_lines(&out.stdout);
    assert_eq!(listed.len(), 3);
    assert_eq!(listed[1]["actors"][0], "Vladimir Putin");
    assert_eq!(listed[1]["line"], 7);
}

#[test]
fn search_saved_runs_the_saved_query_and_filters() {
    let ws = workspace();
    ws.write("a.md", &md("2024-03-01", "Putin on sanctions."));
    ws.write("b.md", &md("2024-03-01", "Sanctions, without him."));
    ws.index_folder();
    // The folder's config is read when it is the configured corpus: here,
    // through the user's config.
    let user = ws.dir.path().join("xdg/pundex");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::write(
        user.join("pundex.toml"),
        format!("corpus = \"{}\"\n", ws.articles().display()),
    )
    .unwrap();
    let out = ws
        .cmd(&["search", "--saved", "putin-sanctions", "--json"])
        .env("XDG_CONFIG_HOME", ws.dir.path().join("xdg"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<String> = json_lines(&out.stdout)
        .iter()
        .filter(|v| v["type"] == "hit")
        .map(|v| v["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["a.md"]);
}

/// A running `pundex watch articles --alerts --json`, its stdout and stderr
/// gathered by threads; killed on drop.
struct Watching {
    child: Child,
    stdout: Arc<Mutex<Vec<Value>>>,
    stderr: Arc<Mutex<String>>,
}

impl Watching {
    fn start(ws: &Workspace, extra: &[&str]) -> Watching {
        let mut args = vec!["watch", "articles", "--alerts", "--json"];
        args.extend_from_slice(extra);
        let mut child = ws
            .process(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let (lines, pipe) = (Arc::clone(&stdout), child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let line = line.unwrap();
                let value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
                lines.lock().unwrap().push(value);
            }
        });
        let (text, mut pipe) = (Arc::clone(&stderr), child.stderr.take().unwrap());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                text.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let watching = Watching {
            child,
            stdout,
            stderr,
        };
        // The first reconcile prints its run record.
        watching.wait_for("the first reconcile", |lines| {
            lines.iter().any(|v| v.get("added").is_some())
        });
        watching
    }

    fn wait_for(&self, what: &str, done: impl Fn(&[Value]) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if done(&self.stdout.lock().unwrap()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "timed out waiting for {what}; stdout {:?}; stderr {}",
            self.stdout.lock().unwrap(),
            self.stderr.lock().unwrap()
        );
    }

    /// The alerts printed so far, sorted.
    fn alerts(&self) -> Vec<(String, String, bool)> {
        alerts_of(&self.stdout.lock().unwrap())
    }

    /// The alerts printed after the first `skip`, sorted.
    fn alerts_after(&self, skip: usize) -> Vec<(String, String, bool)> {
        let mut found: Vec<_> = printed_alerts(&self.stdout.lock().unwrap())
            .into_iter()
            .skip(skip)
            .collect();
        found.sort();
        found
    }

    /// Writes `sentinel.md` (a truce) with new text and waits for its alert:
    /// every batch before it has then been checked.
    fn settle(&self, ws: &Workspace, n: usize) {
        let id = format!("sentinel-{n}.md");
        ws.write(&id, &md("2024-09-09", &format!("Truce number {n}.")));
        self.wait_for(&id, |lines| {
            alerts_of(lines)
                .iter()
                .any(|(a, i, _)| a == "truce" && *i == id)
        });
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn watch_reports_new_text_once_across_renames_touches_and_restarts() {
    let ws = workspace();
    ws.write("old.md", &md("2024-01-02", "A ceasefire long ago."));
    ws.index_folder();
    // Written while no watcher runs: the first reconcile reports it.
    ws.write("early.md", &md("2024-02-02", "A truce was signed."));
    let watching = Watching::start(&ws, &[]);
    watching.wait_for("early.md's alert", |lines| !alerts_of(lines).is_empty());

    ws.write(
        "a.md",
        &md("2024-03-01", "Putin spoke of sanctions on the Black Sea."),
    );
    watching.settle(&ws, 1);
    assert_eq!(
        watching.alerts(),
        [
            hit("black-sea", "a.md", false),
            hit("putin-sanctions", "a.md", false),
            hit("truce", "early.md", false),
            hit("truce", "sentinel-1.md", false),
        ]
    );

    std::fs::rename(ws.articles().join("a.md"), ws.articles().join("renamed.md")).unwrap();
    let file = std::fs::File::options()
        .write(true)
        .open(ws.articles().join("early.md"))
        .unwrap();
    file.set_modified(std::time::SystemTime::now() + Duration::from_secs(5))
        .unwrap();
    drop(file);
    watching.settle(&ws, 2);
    ws.write(
        "renamed.md",
        &md("2024-03-01", "Putin spoke of sanctions again."),
    );
    watching.settle(&ws, 3);
    assert_eq!(
        watching.alerts_after(4),
        [
            hit("putin-sanctions", "renamed.md", true),
            hit("truce", "sentinel-2.md", false),
            hit("truce", "sentinel-3.md", false),
        ]
    );
    drop(watching);

    // A restart reports nothing it reported before.
    let watching = Watching::start(&ws, &[]);
    watching.settle(&ws, 4);
    assert_eq!(watching.alerts(), [hit("truce", "sentinel-4.md", false)]);
}

#[test]
fn watch_exec_gets_json_and_a_failing_command_does_not_stop_the_watcher() {
    let ws = workspace();
    ws.index_folder();
    let log = ws.dir.path().join("hook.jsonl");
    // The hook fails for every alert but black-sea, after writing what it got.
    let hook = format!(
        "cat >> '{}'; echo >> '{}'; test \"$PUNDEX_ALERT\" = black-sea",
        log.display(),
        log.display()
    );
    let watching = Watching::start(&ws, &["--exec", &hook]);
    ws.write("a.md", &md("2024-03-01", "A truce on the Black Sea."));
    watching.settle(&ws, 1);
    // A match is printed, then its command runs: wait for the last one.
    let received = || {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        json_lines(text.replace("\n\n", "\n").as_bytes())
    };
    let deadline = Instant::now() + PATIENCE;
    while received().len() < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        alerts_of(&received()),
        [
            hit("black-sea", "a.md", false),
            hit("truce", "a.md", false),
            hit("truce", "sentinel-1.md", false),
        ]
    );
    let stderr = watching.stderr.lock().unwrap().clone();
    assert!(
        stderr.contains("warning: alert \"truce\", a.md: --exec failed:"),
        "{stderr}"
    );
    assert!(!stderr.contains("alert \"black-sea\""), "{stderr}");
}
