//! Round 45 of hostile files and arguments: a config the system will not let
//! pundex read, old Mac line endings, an alias bomb in front matter, numbers
//! beyond f64, terminal controls in file names, folders of other tools, and
//! a file renamed over another while watching.

use crate::common::{Workspace, json_lines};
use crate::watch::{Watcher, wait_until};

/// stdout and stderr of a run, with its exit code.
fn run(cmd: &mut std::process::Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A user config the system refuses to read (a link to itself, which fails
/// for root too; without read permission it fails the same way for others)
/// stopped every command with exit 2. A command that needs none of its saved
/// searches goes on with one line naming it; `alerts` fails naming it.
#[cfg(unix)]
#[test]
fn an_unreadable_user_config_stops_only_the_commands_that_need_it() {
    let ws = Workspace::new();
    ws.write("a.txt", "Truce talks\n\nThe ceasefire held.");
    ws.index_folder();
    let config_home = ws.dir.path().join("config");
    std::fs::create_dir_all(config_home.join("pundex")).unwrap();
    let config = config_home.join("pundex/pundex.toml");
    std::os::unix::fs::symlink(&config, &config).unwrap();
    let with_config = |args: &[&str]| {
        let mut cmd = ws.process(args);
        cmd.env("XDG_CONFIG_HOME", &config_home);
        run(&mut cmd)
    };
    let (code, stdout, stderr) = with_config(&["search", "ceasefire"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("a.txt"), "{stdout}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("warning: config {}: ", config.display()))
            && lines[0].ends_with("; its settings are not used"),
        "{stderr}"
    );
    let (code, _, stderr) = with_config(&["alerts"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("pundex: config {}: ", config.display())),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

/// Three files that lost their title, their article or all of it: CR-only
/// line endings (one line, so no title), an alias bomb in a front matter key
/// pundex never reads ("repetition limit exceeded", skipped), and a date of
/// `1e400` in JSON ("number out of range", skipped).
#[test]
fn old_mac_files_alias_bombs_and_huge_numbers_are_indexed() {
    let ws = Workspace::new();
    ws.write(
        "mac.txt",
        "Black Sea grain corridor\r\rThe macword deal was signed.\rMore.\r",
    );
    ws.write(
        "mac.md",
        "---\rtitle: Mac front matter\r---\r\rThe macmdword text.\r",
    );
    let mut bomb = String::from("---\ntitle: Bombed\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in "bcdefghij".chars().zip("abcdefghi".chars()) {
        bomb.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(", ")
        ));
    }
    bomb.push_str("---\nThe bombword text.\n");
    ws.write("bomb.md", &bomb);
    ws.write(
        "huge.json",
        r#"{"title": "Huge date", "date": 1e400, "text": "The hugeword text."}"#,
    );
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        warnings,
        ["warning: huge.json: \"date\" left out: number out of range"]
    );
    let title = |word: &str| {
        let hits = ws.json(&["search", word, "--json"]);
        hits[0]["title"].as_str().unwrap().to_owned()
    };
    assert_eq!(title("macword"), "Black Sea grain corridor");
    assert_eq!(title("macmdword"), "Mac front matter");
    assert_eq!(title("bombword"), "Bombed");
    assert_eq!(title("hugeword"), "Huge date");
}

/// A right-to-left override, a line separator or an escape in a file name
/// reached the terminal raw in warnings, `index --dry-run` and `status`
/// (`evil\u{202e}txt.md` shows as `evildm.txt`). Ids write such characters
/// as `\xHH`, as they did control characters, so every listing is safe and
/// the id a listing shows is the one `show` takes.
#[cfg(unix)]
#[test]
fn terminal_controls_in_file_names_never_reach_the_terminal() {
    let ws = Workspace::new();
    ws.write("evil\u{202e}txt.md", "Evil\n\nThe rloword text.");
    ws.write("line\u{2028}sep.txt", "Sep\n\nThe sepword text.");
    ws.write("bad\u{2067}x.json", "not json");
    let raw = |text: &str| {
        text.chars()
            .find(|&c| pundex::text::is_terminal_control(c) && c != '\n')
    };
    let (code, stdout, stderr) = run(&mut ws.process(&["index", "articles", "--dry-run"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(raw(&stdout), None, "{stdout:?}");
    assert!(stdout.contains("evil\\xE2\\x80\\xAEtxt.md"), "{stdout}");
    let (code, stdout, stderr) = run(&mut ws.process(&["index", "articles"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(raw(&stdout), None, "{stdout:?}");
    assert_eq!(raw(&stderr), None, "{stderr:?}");
    assert!(stderr.contains("bad\\xE2\\x81\\xA7x.json"), "{stderr}");
    for args in [
        &["status"][..],
        &["search", "rloword"],
        &["search", "sepword"],
    ] {
        let (code, stdout, stderr) = run(&mut ws.process(args));
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(raw(&stdout), None, "{args:?}: {stdout:?}");
    }
    let id = "evil\\xE2\\x80\\xAEtxt.md";
    assert_eq!(ws.search_ids(&["rloword"]), [id]);
    let (code, stdout, stderr) = run(&mut ws.process(&["show", id]));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("rloword"), "{stdout}");
    // By its real path too.
    let path = ws.articles().join("evil\u{202e}txt.md");
    let (code, stdout, _) = run(&mut ws.process(&["show", path.to_str().unwrap()]));
    assert_eq!(code, 0);
    assert!(stdout.contains(&format!("id: {id}")), "{stdout}");
}

/// A folder another tool keeps a `meta.json` in was called a damaged index,
/// and `index --full` (the fix the message gave) replaced that `meta.json`
/// and spread segment files among the tool's own. Another tool's tantivy
/// index was "built by another version of pundex" and rebuilt in place.
/// Both are now no pundex index: refused for writing, named for reading,
/// and left as they were.
#[test]
fn another_tools_folder_is_refused_and_left_as_it_was() {
    use tantivy::schema::{STORED, Schema, TEXT};
    let ws = Workspace::new();
    ws.write("a.txt", "Truce\n\nThe ceasefire held.");
    let with_meta = ws.dir.path().join("tool");
    std::fs::create_dir_all(&with_meta).unwrap();
    std::fs::write(with_meta.join("meta.json"), r#"{"version": 3}"#).unwrap();
    std::fs::write(with_meta.join("notes.txt"), "mine").unwrap();

    let tantivy_dir = ws.dir.path().join("other-tantivy");
    std::fs::create_dir_all(&tantivy_dir).unwrap();
    let mut builder = Schema::builder();
    let text = builder.add_text_field("text", TEXT | STORED);
    let index = tantivy::Index::create_in_dir(&tantivy_dir, builder.build()).unwrap();
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
    writer
        .add_document(tantivy::doc!(text => "another tool's document"))
        .unwrap();
    writer.commit().unwrap();
    drop(writer);

    for folder in [&with_meta, &tantivy_dir] {
        let listing = |dir: &std::path::Path| {
            let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.is_file())
                .map(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    (name, std::fs::read(&p).unwrap())
                })
                .collect();
            files.sort();
            files
        };
        let before = listing(folder);
        let named = format!("{} holds other files and no pundex index", folder.display());
        for args in [&["index", "articles"][..], &["index", "--full", "articles"]] {
            let mut cmd = crate::common::pundex_process();
            cmd.current_dir(ws.dir.path())
                .arg("--index")
                .arg(folder)
                .args(args);
            let (code, _, stderr) = run(&mut cmd);
            assert_eq!(code, 2, "{args:?}: {stderr}");
            assert!(stderr.contains(&named), "{args:?}: {stderr}");
        }
        let mut cmd = crate::common::pundex_process();
        cmd.arg("--index").arg(folder).args(["search", "ceasefire"]);
        let (code, _, stderr) = run(&mut cmd);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(&named), "{stderr}");
        assert!(!stderr.contains("damaged"), "{stderr}");
        assert_eq!(listing(folder), before, "{}", folder.display());
    }
}

/// A file renamed over another of the same size whose mtime is the same
/// (files made in one clock tick share it: file systems keep mtimes to some
/// milliseconds) kept the other's text in the index while watching.
#[test]
fn a_file_renamed_over_another_of_its_size_and_mtime_is_read_while_watching() {
    let ws = Workspace::new();
    ws.write("one.txt", "First\n\nThe wordone text.");
    ws.write("two.txt", "Other\n\nThe wordtwo text.");
    let tick = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000);
    for name in ["one.txt", "two.txt"] {
        let file = std::fs::File::options()
            .write(true)
            .open(ws.articles().join(name))
            .unwrap();
        file.set_modified(tick).unwrap();
    }
    ws.index_folder();
    let watcher = Watcher::start(&ws);
    // Indexed by an event or by the pass over the folder that follows the
    // start of watching: either way, events are watched from here on.
    ws.write("probe.txt", "Probe\n\nThe probeword text.");
    wait_until("the probe", || {
        ws.search_ids(&["probeword"]) == ["probe.txt"]
    });
    std::fs::rename(ws.articles().join("one.txt"), ws.articles().join("two.txt")).unwrap();
    wait_until("the renamed file's text", || {
        ws.search_ids(&["wordone"]) == ["two.txt"]
    });
    assert!(ws.search_ids(&["wordtwo"]).is_empty());
    let out = watcher.stop();
    assert!(out.status.success() || out.status.code().is_none());
    let status = json_lines(&ws.cmd(&["status", "--json"]).output().unwrap().stdout);
    assert_eq!(status[0]["documents"], 2, "{status:?}");
}
