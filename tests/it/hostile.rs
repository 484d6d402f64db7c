//! Files that try to break pundex: bad files are warned about once and left
//! alone until they change, and odd file names keep ids of their own.

use crate::common::{Workspace, json_lines};

/// `pundex index articles --json`: (summary, stderr).
fn index(ws: &Workspace, extra: &[&str]) -> (serde_json::Value, String) {
    let mut args = vec!["index", "articles", "--json"];
    args.extend_from_slice(extra);
    let out = ws.cmd(&args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "index failed: {stderr}");
    (json_lines(&out.stdout).remove(0), stderr)
}

fn warned(stderr: &str, path: &str) -> bool {
    stderr
        .lines()
        .any(|l| l.starts_with("warning: ") && l.contains(path))
}

#[test]
fn a_bad_file_is_warned_about_once_until_it_changes() {
    let ws = Workspace::new();
    ws.write("good.txt", "Good\n\nThe ceasefire held in July 2024.");
    std::fs::write(
        ws.articles().join("binary.txt"),
        b"\x00\x01\x02\xffPNG\x00\x00",
    )
    .unwrap();
    ws.write("broken.md", "---\ntitle: [unclosed\n---\nBody text.");

    let (first, stderr) = index(&ws, &[]);
    assert!(warned(&stderr, "binary.txt"), "{stderr}");
    assert!(warned(&stderr, "broken.md"), "{stderr}");
    assert_eq!(first["added"], 1);
    assert_eq!(first["skipped"], 2);

    // Unchanged bad files: no warning, not pending, listed by status.
    let (second, stderr) = index(&ws, &[]);
    assert!(!stderr.contains("warning"), "warned again: {stderr}");
    assert_eq!(second["skipped"], 2);
    assert_eq!(second["skipped_unchanged"], 2);
    let status = ws.status();
    assert_eq!(status["pending"]["add"], 0, "{status}");
    let skipped: Vec<&str> = status["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["binary.txt", "broken.md"]);
    assert!(
        status["skipped"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("front matter"),
        "{status}"
    );
    let text = ws.cmd(&["status"]).output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("broken.md: bad front matter"), "{text}");
    assert!(text.contains("nothing: the index is in step"), "{text}");

    // A fixed file is indexed and forgotten as skipped; the other is asked
    // for again only on request.
    ws.write(
        "broken.md",
        "---\ntitle: Mended\n---\nBody text about sanctions.",
    );
    let (third, stderr) = index(&ws, &[]);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_eq!(third["added"], 1);
    assert_eq!(third["skipped"], 1);
    let (retried, stderr) = index(&ws, &["--retry-skipped"]);
    assert!(warned(&stderr, "binary.txt"), "{stderr}");
    assert_eq!(retried["skipped_unchanged"], 0);
    let (_, stderr) = index(&ws, &["--full"]);
    assert!(
        warned(&stderr, "binary.txt"),
        "--full reads every file: {stderr}"
    );
    let (_, stderr) = index(&ws, &[]);
    assert!(!stderr.contains("warning"), "{stderr}");

    // A deleted bad file is forgotten.
    std::fs::remove_file(ws.articles().join("binary.txt")).unwrap();
    let (gone, _) = index(&ws, &[]);
    assert_eq!(gone["skipped"], 0);
    assert_eq!(ws.status()["skipped"].as_array().unwrap().len(), 0);
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_keep_ids_of_their_own() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let ws = Workspace::new();
    let write = |name: &[u8], text: &str| {
        std::fs::write(ws.articles().join(OsStr::from_bytes(name)), text).unwrap();
    };
    write(b"bad\xff.txt", "First\n\nalphaword in the first file.");
    write(b"bad\xfe.txt", "Second\n\nbetaword in the second file.");
    write(
        b"bad\\xFF.txt",
        "Third\n\ngammaword in a name with a backslash.",
    );
    let (first, _) = index(&ws, &[]);
    assert_eq!(first["added"], 3);
    let (second, _) = index(&ws, &[]);
    assert_eq!(second["unchanged"], 3, "{second}");
    assert_eq!(second["updated"], 0, "{second}");
    assert_eq!(ws.search_ids(&["alphaword"]), ["bad\\xFF.txt"]);
    assert_eq!(ws.search_ids(&["betaword"]), ["bad\\xFE.txt"]);
    assert_eq!(ws.search_ids(&["gammaword"]), ["bad\\\\xFF.txt"]);
}

/// A folder of everything that has broken pundex or could: the run exits 0,
/// every good article is searchable, and a second run is silent.
#[cfg(unix)]
#[test]
fn a_hostile_folder_is_indexed_and_then_left_alone() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let ws = Workspace::new();
    let dir = ws.articles();
    ws.write("good.txt", "Good article\n\ngoodword on the ceasefire.");
    ws.write(
        "good.md",
        "---\ntitle: Fine\n---\nmarkdownword about sanctions.",
    );
    // Deep and unclosed nesting, and nested tables, around real text.
    let deep = |open: &str, close: &str, n: usize, word: &str| {
        format!(
            "<html><body>{}<p>{word} in the depths.</p>{}</body></html>",
            open.repeat(n),
            close.repeat(n)
        )
    };
    ws.write("deep.html", &deep("<div>", "</div>", 100_000, "deepword"));
    ws.write(
        "unclosed.html",
        &deep("<div><span>", "", 50_000, "unclosedword"),
    );
    ws.write(
        "tables.html",
        &deep("<table><tr><td>", "</td></tr></table>", 5_000, "tableword"),
    );
    ws.write(
        "deep.md",
        &format!(
            "---\ntitle: {}\n---\nDeep front matter.",
            "[".repeat(100_000)
        ),
    );
    ws.write("deep.json", &"[".repeat(100_000));
    ws.write("empty.txt", "");
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 0, 7, 255]).unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 title\n\ncafeword r\xe9sum\xe9",
    )
    .unwrap();
    let huge = std::fs::File::create(dir.join("huge.txt")).unwrap();
    huge.set_len(65 * 1024 * 1024).unwrap(); // sparse: no disk used
    std::fs::write(
        dir.join(OsStr::from_bytes(b"odd\xffname.txt")),
        "Odd\n\noddword",
    )
    .unwrap();
    ws.write("spaces and ünïcödé.txt", "Named\n\nunicodeword here.");
    let fifo = std::ffi::CString::new(dir.join("pipe.txt").as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    std::fs::create_dir(dir.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("loop/up")).unwrap();
    std::os::unix::fs::symlink("self.txt", dir.join("self.txt")).unwrap();

    let (first, stderr) = index(&ws, &[]);
    for bad in [
        "empty.txt",
        "binary.txt",
        "huge.txt",
        "deep.json",
        "deep.md",
    ] {
        assert!(warned(&stderr, bad), "{bad} not warned about: {stderr}");
    }
    for word in [
        "goodword",
        "markdownword",
        "deepword",
        "unclosedword",
        "tableword",
        "cafeword",
        "oddword",
        "unicodeword",
    ] {
        assert_eq!(ws.search_ids(&[word]).len(), 1, "{word} not searchable");
    }
    let (second, stderr) = index(&ws, &[]);
    assert!(!stderr.contains("warning"), "warned again: {stderr}");
    assert_eq!(second["added"], 0);
    assert_eq!(second["updated"], 0);
    assert_eq!(second["skipped"], first["skipped"]);
}

/// Dates the index cannot hold (tantivy counts nanoseconds in an i64: 1678 to
/// 2261) used to overflow: a file stating one stopped the whole run, and a
/// filter naming one crashed the search. Now such a file is indexed without
/// its date and a warning, and a filter bound beyond the range holds every
/// date on its side of it.
#[test]
fn dates_beyond_what_the_index_holds_are_warned_about_and_filter_soundly() {
    let ws = Workspace::new();
    ws.write("2020-05-01-kept.txt", "Kept\n\nrangeword in range.");
    for date in [
        "1000-01-01",
        "0000",
        "1677",
        "2262-01",
        "9999-12-31",
        "yesterday",
        "[2024]",
    ] {
        let name = format!("far-{}.md", date.replace(['[', ']'], ""));
        ws.write(
            &name,
            &format!("---\ndate: {date}\n---\nrangeword far away."),
        );
    }
    ws.write(
        "far.json",
        r#"{"date": "1500", "body": "rangeword in JSON."}"#,
    );
    let (summary, stderr) = index(&ws, &[]);
    assert_eq!(summary["added"], 9, "{stderr}");
    for name in [
        "far-1000-01-01.md",
        "far-0000.md",
        "far-2262-01.md",
        "far.json",
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&format!("warning: {name}: date "))
                    && l.contains("outside the years pundex can store")),
            "{name}: {stderr}"
        );
    }
    assert!(
        stderr.contains("far-yesterday.md: date \"yesterday\" is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("far-2024.md: date \"[2024]\" is not a date"),
        "{stderr}"
    );
    assert_eq!(ws.search_ids(&["rangeword"]).len(), 9);
    let dated = |args: &[&str]| {
        let mut all = vec!["rangeword"];
        all.extend_from_slice(args);
        ws.search_ids(&all)
    };
    for everything in [
        &["--since", "1000"][..],
        &["--until", "9999"],
        &["--since", "0000", "--until", "9999-12-31"],
    ] {
        assert_eq!(dated(everything), ["2020-05-01-kept.txt"], "{everything:?}");
    }
    for nothing in [
        &["--until", "1000"][..],
        &["--since", "9999"],
        &["--until", "0000"],
    ] {
        assert!(dated(nothing).is_empty(), "{nothing:?}");
    }
    let out = ws
        .cmd(&["trend", "--since", "0001", "--until", "9999", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An index pundex may read but not write (another user's, a read-only
/// mount) is searched: tantivy's reader lock, a file it would create there,
/// is skipped. Writing to it is still refused, naming the folder. As root,
/// where modes do not bind, the commands run as `nobody` through setpriv.
#[cfg(unix)]
#[test]
fn an_index_that_may_not_be_written_is_still_searched() {
    use std::os::unix::fs::PermissionsExt;
    let ws = Workspace::new();
    ws.write("a.txt", "Readable\n\nreadonlyword in a shared index.");
    ws.index_folder();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    if root && setpriv.is_none() {
        return crate::common::skip("running as root without setpriv to drop privileges");
    }
    let mode = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    mode(ws.dir.path(), 0o755);
    // Shared as an administrator would: every file readable (tantivy makes
    // some private), the folder not writable.
    for file in std::fs::read_dir(ws.index()).unwrap() {
        mode(&file.unwrap().path(), 0o644);
    }
    mode(&ws.index(), 0o555);
    let run = |args: &[&str]| {
        let plain = ws.process(args);
        let mut cmd = match (root, setpriv) {
            (true, Some(setpriv)) => {
                let mut c = std::process::Command::new(setpriv);
                c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                    .arg(plain.get_program())
                    .args(plain.get_args())
                    .current_dir(ws.dir.path());
                for (k, v) in plain.get_envs() {
                    match v {
                        Some(v) => c.env(k, v),
                        None => c.env_remove(k),
                    };
                }
                c
            }
            _ => plain,
        };
        cmd.output().unwrap()
    };
    let out = run(&["search", "readonlyword", "--json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(crate::common::json_lines(&out.stdout)[0]["id"], "a.txt");
    assert!(run(&["status"]).status.success());
    let out = run(&["index", "articles"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Permission denied") && stderr.contains("index"),
        "{stderr}"
    );
    // A file of the index it may not read: not "damaged", which would send
    // the user to rebuild a sound index.
    mode(&ws.index().join(".managed.json"), 0o600);
    let out = run(&["search", "readonlyword"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("pundex: cannot read the index at ")
            && stderr.contains(".managed.json: Permission denied"),
        "{stderr}"
    );
    mode(&ws.index(), 0o755);
}

/// Arguments a user gets wrong: each is a usage error (exit 2) that names the
/// argument, before any work. A negative number is refused as a value of its
/// flag (clap's own tip to write `-- -1` would make it a query); an index path
/// that is a file and a lexicon that does not exist are named as such, where
/// they used to fail on a lock file or be ignored.
#[test]
fn bad_arguments_are_usage_errors_that_name_the_argument() {
    let ws = Workspace::new();
    ws.write("a.txt", "A\n\nThe ceasefire held.");
    ws.index_folder();
    std::fs::write(ws.dir.path().join("a-file"), "not an index").unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["search", "x", "--limit", "-1"], "'--limit <N>'"),
        (&["search", "x", "-n", "-1"], "'--limit <N>'"),
        (&["actors", "-n", "-3"], "'--limit <N>'"),
        (&["search", "x", "--since", "-5"], "--since \"-5\""),
        (&["trend", "--until", "-2024"], "--until \"-2024\""),
        (&["index", "articles", "--wait", "-1"], "'--wait <SECONDS>'"),
        (&["watch", "articles", "--poll", "-1"], "'--poll <SECONDS>'"),
        (&["trend", "--width", "-40"], "'--width <COLUMNS>'"),
        (
            &["--index", "a-file", "index", "articles"],
            "--index a-file: a file, not a folder",
        ),
        (
            &["--index", "a-file", "search", "x"],
            "--index a-file: a file, not a folder",
        ),
        (
            &["--lexicon", "missing.toml", "search", "x"],
            "--lexicon missing.toml: no such file",
        ),
        (
            &["--lexicon", "articles", "search", "x"],
            "--lexicon articles: not a file",
        ),
        (
            &["status", "nowhere"],
            "nowhere: no such folder to compare the index with",
        ),
        (
            &["alerts", "nowhere"],
            "nowhere: no such folder to read pundex.toml from",
        ),
        (
            &["status", "a-file"],
            "a-file: a file, not a folder to compare the index with",
        ),
    ];
    for (args, named) in cases {
        // The workspace's index is `index` in the folder the command runs in.
        let out = crate::common::pundex()
            .current_dir(ws.dir.path())
            .args(*args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?}: {stderr}");
        assert!(!stderr.contains("tip: to pass"), "{args:?}: {stderr}");
    }
}

/// A tab or a newline in a file name: the id shows it as `\x09`, `\x0A`
/// (it used to hold the character, which the terminal showed as a space, so
/// the id printed could not be given to `show`), and that id is the one
/// `show` takes.
#[cfg(unix)]
#[test]
fn control_characters_in_file_names_are_escaped_in_ids_show_takes() {
    let ws = Workspace::new();
    ws.write("new\nline.txt", "Newline\n\nnewlineword here.");
    ws.write("a\tb.txt", "Tab\n\ntabword here.");
    ws.index_folder();
    for (word, id) in [
        ("newlineword", "new\\x0Aline.txt"),
        ("tabword", "a\\x09b.txt"),
    ] {
        assert_eq!(ws.search_ids(&[word]), [id]);
        let out = ws.cmd(&["search", word]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.lines().any(|l| l.trim() == id), "{text}");
        let shown = ws.json(&["show", id, "--json"]);
        assert_eq!(shown[0]["id"], id);
    }
}

/// A damaged meta.json is reported in one short line: tantivy's reason
/// quotes the whole file, which printed megabytes of garbage on one line.
#[test]
fn a_huge_damaged_meta_json_is_reported_in_one_short_line() {
    let ws = Workspace::new();
    ws.write("a.txt", "A\n\nThe ceasefire held.");
    let out = ws.index_folder();
    assert!(out.contains("; 1 document in the index;"), "{out}");
    std::fs::write(ws.index().join("meta.json"), "x".repeat(5_000_000)).unwrap();
    let out = ws.cmd(&["search", "ceasefire"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with("pundex: the index at "), "{stderr}");
    assert!(
        stderr.contains("is damaged") && stderr.contains("--full"),
        "{stderr}"
    );
    assert!(stderr.len() < 1000, "{} bytes", stderr.len());
    assert_eq!(stderr.lines().count(), 1);
}

/// Output that cannot be written: a full disk is a failure that says so
/// (it was a bare "No space left on device", and `--help` exited 0 having
/// written nothing); a closed pipe (`| head -1`) ends quietly with 0.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_fails_and_a_closed_pipe_does_not() {
    use std::io::Read;
    use std::process::Stdio;
    let ws = Workspace::new();
    for i in 0..300 {
        ws.write(
            &format!("a{i}.txt"),
            &format!("Article {i}\n\nThe ceasefire {i} held."),
        );
    }
    ws.index_folder();
    for args in [
        &["search", "ceasefire"][..],
        &["search", "ceasefire", "--json"],
        &["export", "--ndjson"],
        &["status"],
        &["search", "--help"],
        &["--version"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = ws.process(args).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end(),
            "pundex: cannot write the output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
    for args in [
        &["search", "ceasefire", "--limit", "300"][..],
        &["export", "--ndjson"],
        &["--help"],
    ] {
        let mut child = ws
            .process(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then closed
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// An error that repeats a huge argument (a 100,000-character id, field name
/// or date) is one line of at most 1,000 characters, keeping its start and
/// its end; it used to print the argument whole.
#[test]
fn an_error_repeating_a_huge_argument_is_clipped() {
    let ws = Workspace::new();
    ws.write("a.txt", "A\n\nThe ceasefire held.");
    ws.index_folder();
    let huge = "x".repeat(100_000);
    let field = format!("{huge}:word");
    for (args, start, code) in [
        (
            vec!["show", huge.as_str()],
            "pundex: no article with id \"xxx",
            1,
        ),
        (
            vec!["search", field.as_str()],
            "pundex: bad query at character 1: unknown field `xxx",
            2,
        ),
        (
            vec!["search", "x", "--since", huge.as_str()],
            "pundex: --since \"xxx",
            2,
        ),
    ] {
        let out = ws.cmd(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{}",
            &stderr[..200.min(stderr.len())]
        );
        assert_eq!(stderr.lines().count(), 1);
        let line = stderr.trim_end();
        assert!(line.starts_with(start), "{}", &line[..200.min(line.len())]);
        assert!(
            line.chars().count() <= 1_000 + "pundex: ".len(),
            "{}",
            line.len()
        );
        assert!(line.contains(" … "));
    }
}

/// A new user's first commands in a folder of their own (no index/, no
/// corpus/): each says what to do next, in one line.
#[test]
fn first_commands_outside_the_repository_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = crate::common::pundex()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = run(&["search", "ceasefire"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr.trim_end(),
        "pundex: no index yet: none in index/ and no corpus/ folder to build one from; \
         index your articles first with `pundex index DIR`"
    );
    let (code, stderr) = run(&["index"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr.trim_end(),
        "pundex: corpus: no such folder to index; give the folder that holds the articles"
    );
    assert!(!dir.path().join("index").exists(), "nothing written");
}

/// A title or author of 100,000 characters is clipped to a line in what the
/// terminal shows (every search it matched printed it whole); JSON keeps it.
#[test]
fn a_huge_title_is_clipped_on_the_terminal_and_whole_in_json() {
    let ws = Workspace::new();
    let title = "T".repeat(100_000);
    let author = "A".repeat(100_000);
    ws.write(
        "long.md",
        &format!("---\ntitle: {title}\nauthor: {author}\n---\nlongtitleword in the body."),
    );
    ws.index_folder();
    for args in [&["search", "longtitleword"][..], &["show", "long.md"]] {
        let out = ws.cmd(args).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.len() < 2_000, "{args:?}: {} bytes", text.len());
        assert!(
            text.contains(&format!("{}…", "T".repeat(299))),
            "{args:?}: {text}"
        );
    }
    let hits = ws.json(&["search", "longtitleword", "--json"]);
    assert_eq!(hits[0]["title"].as_str().unwrap().len(), 100_000);
    assert_eq!(hits[0]["author"].as_str().unwrap().len(), 100_000);
}

/// A watcher is handed the link itself when a symbolic link is made; it
/// must leave it out as `index` does: a link to a file, to a folder outside,
/// to an ancestor (a loop), and an indexed file replaced by a link.
#[cfg(unix)]
#[test]
fn a_watcher_follows_no_symbolic_link() {
    use crate::watch::{Watcher, index_ids, wait_until};
    use std::collections::BTreeSet;
    use std::os::unix::fs::symlink;
    let ws = Workspace::new();
    let outside = ws.dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    for name in ["o.txt", "b.txt"] {
        std::fs::write(outside.join(name), "Outside\n\nText about a truce.").unwrap();
    }
    ws.write("a.txt", "First\n\nText about sanctions.");
    ws.write("b.txt", "Second\n\nText about sanctions.");
    let watcher = Watcher::start(&ws);
    // Indexed once the watcher follows events (by them, or by the pass over
    // the folder made after they are watched).
    ws.write("ready.txt", "Ready\n\nText about sanctions.");
    wait_until("the watcher to follow events", || {
        index_ids(&ws).contains("ready.txt")
    });
    let articles = ws.articles();
    symlink(outside.join("o.txt"), articles.join("link.txt")).unwrap();
    symlink(&outside, articles.join("linkdir")).unwrap();
    symlink(&articles, articles.join("loop")).unwrap();
    std::fs::remove_file(articles.join("b.txt")).unwrap();
    symlink(outside.join("b.txt"), articles.join("b.txt")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    ws.write("c.txt", "Third\n\nText about sanctions.");
    let want: BTreeSet<String> = ["a.txt", "c.txt", "ready.txt"].map(String::from).into();
    wait_until("the index to hold the real files only", || {
        index_ids(&ws) == want
    });
    let status = ws.status();
    assert_eq!(status["pending"]["add"], 0, "{status}");
    assert_eq!(status["pending"]["remove"], 0, "{status}");
    let out = watcher.stop();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The index deleted under a watcher (the folder, or the files in it): the
/// watcher stops with one line saying so, exit 1, instead of tantivy's
/// `Debug` dump; the next run builds the index anew.
#[test]
fn an_index_deleted_under_a_watcher_is_said_so_in_one_line() {
    use crate::watch::{Watcher, wait_until};
    for delete_folder in [true, false] {
        let ws = Workspace::new();
        ws.write("a.txt", "First\n\nText about sanctions.");
        let mut watcher = Watcher::start(&ws);
        if delete_folder {
            std::fs::remove_dir_all(ws.index()).unwrap();
        } else {
            for entry in std::fs::read_dir(ws.index()).unwrap() {
                let path = entry.unwrap().path();
                match path.is_dir() {
                    true => std::fs::remove_dir_all(path).unwrap(),
                    false => std::fs::remove_file(path).unwrap(),
                }
            }
        }
        ws.write("b.txt", "Second\n\nText about a truce.");
        wait_until("the watcher to stop", || {
            watcher.child.try_wait().unwrap().is_some()
        });
        let out = watcher.stop();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        let last = stderr.lines().last().unwrap();
        assert!(
            last.starts_with("pundex: the index ") && last.contains("was deleted while"),
            "{stderr}"
        );
        assert!(
            !stderr.contains("Os {") && !stderr.contains("IoError"),
            "{stderr}"
        );
        let (summary, _) = index(&ws, &[]);
        assert_eq!(summary["documents"], 2, "{summary}");
    }
}

/// `COLUMNS` too small to be a width (`0` is what some shells export when
/// they do not know) wraps `--help` as if it were unset, not a word a line.
#[test]
fn help_ignores_a_columns_that_is_no_width() {
    let help = |columns: Option<&str>| {
        let mut cmd = crate::common::pundex();
        cmd.args(["search", "--help"]);
        match columns {
            Some(c) => cmd.env("COLUMNS", c),
            None => cmd.env_remove("COLUMNS"),
        };
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = help(None);
    for columns in ["0", "1", "19", " 0 "] {
        assert_eq!(help(Some(columns)), plain, "COLUMNS={columns:?}");
    }
    // A real width is still honoured.
    assert_ne!(help(Some("40")), plain);
}

/// A saved search with an empty actor, issue or language is a usage error
/// naming the file, the line and the alert, as `--actor ""` is, for
/// `alerts`, `search --saved` and `index --alerts` alike.
#[test]
fn a_saved_search_with_an_empty_filter_is_refused() {
    let ws = Workspace::new();
    ws.write("a.txt", "First\n\nText about sanctions.");
    ws.index_folder();
    ws.write(
        "pundex.toml",
        "[[alert]]\nname = \"wide\"\nquery = \"sanctions\"\nactor = [\"Russia\", \"\"]\n",
    );
    for args in [
        &["alerts", "articles"][..],
        &["index", "articles", "--alerts"],
    ] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end(),
            "pundex: config articles/pundex.toml line 4: alert \"wide\": actor \"\" names nothing",
            "{args:?}"
        );
    }
}

/// An index whose `meta.json` or `.managed.json` is damaged (garbage,
/// cut short, empty, JSON of another shape) is named damaged in one line
/// that names the file and where its JSON breaks, with no `Debug` of serde's
/// error and none of the file's text; `index --full` repairs it.
#[test]
fn a_damaged_index_json_file_is_named_without_debug_dumps() {
    let ws = Workspace::new();
    ws.write("a.txt", "A\n\nThe ceasefire held.");
    ws.index_folder();
    let meta = std::fs::read_to_string(ws.index().join("meta.json")).unwrap();
    let cases = [
        (
            "meta.json",
            "garbage".to_owned(),
            "meta.json: not valid JSON (expected value at line 1 column 1)",
        ),
        (
            "meta.json",
            meta[..meta.len() / 2].to_owned(),
            "meta.json: not valid JSON (EOF while parsing",
        ),
        (
            "meta.json",
            String::new(),
            "meta.json: not valid JSON (EOF while parsing a value",
        ),
        (
            "meta.json",
            "[1, 2]".to_owned(),
            "meta.json: not what tantivy writes there",
        ),
        (
            ".managed.json",
            "{\"x".to_owned(),
            ".managed.json: not valid JSON (EOF while parsing",
        ),
    ];
    for (file, text, reason) in cases {
        let saved = std::fs::read(ws.index().join(file)).unwrap();
        std::fs::write(ws.index().join(file), &text).unwrap();
        for args in [
            &["search", "ceasefire"][..],
            &["status"],
            &["index", "articles"],
        ] {
            let out = ws.cmd(args).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{file} {args:?}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(
                stderr.contains(&format!("is damaged ({reason}")),
                "{stderr}"
            );
            for dump in ["Error(", "Content:", "line: ", "\\n"] {
                assert!(!stderr.contains(dump), "{dump} in {stderr}");
            }
        }
        std::fs::write(ws.index().join(file), saved).unwrap();
    }
    std::fs::write(ws.index().join("meta.json"), "garbage").unwrap();
    let (summary, _) = index(&ws, &["--full"]);
    assert_eq!(summary["documents"], 1, "{summary}");
}

/// `show` given a file's path instead of its id (absolute, or relative to
/// where it runs) shows that file's article; a JSON Lines file's path says
/// how its ids go; a path outside the folder, or an unknown id, is no article.
#[test]
fn show_takes_a_files_path_for_its_id() {
    let ws = Workspace::new();
    ws.write("sub/a.txt", "Alpha\n\nThe ceasefire held.");
    ws.write(
        "news.jsonl",
        "{\"title\": \"One\", \"body\": \"The truce held.\"}\n",
    );
    ws.index_folder();
    let abs = ws.articles().join("sub/a.txt");
    for given in [
        abs.to_str().unwrap(),
        "articles/sub/a.txt",
        "articles/./sub/../sub/a.txt",
        "sub/a.txt",
    ] {
        let shown = ws.json(&["show", given, "--json"]);
        assert_eq!(shown[0]["id"], "sub/a.txt", "{given}");
    }
    let out = ws.cmd(&["show", "articles/news.jsonl"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .trim_end()
            .ends_with("as `pundex search` prints it: news.jsonl#1"),
        "{stderr}"
    );
    std::fs::write(ws.dir.path().join("outside.txt"), "x").unwrap();
    for given in ["outside.txt", "articles/missing.txt", "a.txt"] {
        let out = ws.cmd(&["show", given]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.starts_with(&format!("pundex: no article with id {given:?}")),
            "{stderr}"
        );
    }
}

/// The repository's own default index folder, as checked out, is one pundex
/// may build in: a file kept there (a README) made the README's first
/// command, `pundex search …` in a fresh clone, refuse it as a folder of
/// other files.
#[test]
fn the_default_index_folder_of_a_checkout_is_usable() {
    let index = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index");
    if let Err(e) = pundex::index::refuse_foreign_folder(&index) {
        panic!("{e}");
    }
}

/// An empty `PUNDEX_INDEX` is no index path: commands use `--index` or the
/// default instead of refusing to run ("a value is required for --index").
#[test]
fn an_empty_pundex_index_variable_counts_as_unset() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe ceasefire held.");
    ws.index_folder();
    let out = ws
        .cmd(&["search", "ceasefire", "--json"])
        .env("PUNDEX_INDEX", "")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out.stdout).last().unwrap()["total"], 1);
    // Without --index, the default `index/` of the working folder.
    let out = crate::common::pundex()
        .current_dir(ws.dir.path())
        .env("PUNDEX_INDEX", "")
        .args(["status", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out.stdout)[0]["index"], "index");
}

/// `CLICOLOR_FORCE` colours piped output; `NO_COLOR` and `--color never`
/// win over it, and `0` or empty does not force.
#[test]
fn clicolor_force_colours_a_pipe_unless_no_color() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe ceasefire held.");
    ws.index_folder();
    let coloured = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["search", "ceasefire"];
        args.extend_from_slice(extra);
        let mut cmd = ws.cmd(&args);
        cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    assert!(!coloured(&[], &[]));
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!coloured(&[("CLICOLOR_FORCE", "0")], &[]));
    assert!(!coloured(&[("CLICOLOR_FORCE", "")], &[]));
    assert!(!coloured(
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        &[]
    ));
    assert!(!coloured(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]));
    assert!(!coloured(&[("CLICOLOR_FORCE", "1")], &["--json"]));
}

/// `ws.process(args)`, run as an unprivileged user when the tests run as
/// root (who reads whatever the permissions say); `None` when that cannot be
/// done, after saying why the test skips.
#[cfg(unix)]
fn unprivileged(ws: &Workspace, args: &[&str]) -> Option<std::process::Command> {
    let plain = ws.process(args);
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return Some(plain);
    }
    let Some(setpriv) = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
    else {
        crate::common::skip("running as root without setpriv to drop privileges");
        return None;
    };
    let mut cmd = std::process::Command::new(setpriv);
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(plain.get_program())
        .args(plain.get_args())
        .current_dir(ws.dir.path());
    for (k, v) in plain.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    Some(cmd)
}

/// A folder (or the whole tree) that cannot be listed for a while keeps its
/// articles: they were not found because they could not be looked for. They
/// were removed from the index, and came back only once readable again.
#[cfg(unix)]
#[test]
fn articles_of_a_folder_that_cannot_be_listed_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let ws = Workspace::new();
    ws.write("top.txt", "Top\n\nText about sanctions.");
    for i in 0..3 {
        ws.write(
            &format!("sub/deeper/a{i}.txt"),
            "Sub\n\nText about a truce.",
        );
    }
    let mode = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    for dir in [
        ws.dir.path().to_owned(),
        ws.articles(),
        ws.articles().join("sub"),
        ws.articles().join("sub/deeper"),
    ] {
        mode(&dir, 0o777);
    }
    let run = |args: &[&str]| {
        let out = unprivileged(&ws, args)?.output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some((
            json_lines(&out.stdout),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ))
    };
    let Some((first, _)) = run(&["index", "articles", "--json"]) else {
        return;
    };
    assert_eq!(first[0]["documents"], 4);
    for locked in [ws.articles().join("sub"), ws.articles().join("sub/deeper")] {
        mode(&locked, 0o000);
        let (summary, stderr) = run(&["index", "articles", "--json"]).unwrap();
        mode(&locked, 0o777);
        assert_eq!(summary[0]["removed"], 0, "{locked:?} locked: {stderr}");
        assert_eq!(summary[0]["documents"], 4, "{locked:?} locked: {stderr}");
        assert!(stderr.contains("Permission denied"), "{stderr}");
        let (summary, _) = run(&["index", "articles", "--json"]).unwrap();
        assert_eq!(summary[0]["documents"], 4);
        assert_eq!(summary[0]["added"], 0, "nothing came back: nothing left");
    }
    // The whole folder: its pundex.toml cannot be read either, which is
    // said and skipped (it failed the run before it started), and the folder
    // cannot be listed, which keeps its articles; nothing is lost.
    mode(&ws.articles(), 0o000);
    let out = unprivileged(&ws, &["index", "articles"])
        .unwrap()
        .output()
        .unwrap();
    mode(&ws.articles(), 0o777);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("warning: config articles/pundex.toml: "),
        "{stderr}"
    );
    assert!(
        lines.iter().all(|l| l.contains("Permission denied")),
        "{stderr}"
    );
    // The folder named once, by its path: no empty id before it.
    assert!(!lines[1].contains(": :"), "{stderr}");
    assert_eq!(lines[1].matches("articles").count(), 1, "{stderr}");
    let (summary, _) = run(&["index", "articles", "--json"]).unwrap();
    assert_eq!(summary[0]["documents"], 4);
    assert_eq!(summary[0]["added"], 0);
    // Deleted for real, the folder's articles do go.
    std::fs::remove_dir_all(ws.articles().join("sub")).unwrap();
    let (summary, _) = run(&["index", "articles", "--json"]).unwrap();
    assert_eq!(summary[0]["removed"], 3);
}

/// A date written in digits of another script says which form it wants,
/// not "no such month or day" (it was read as digits, then failed).
#[test]
fn a_date_in_other_digits_is_told_the_form_it_needs() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe ceasefire held.");
    ws.index_folder();
    for (flag, value) in [("--since", "２０２４"), ("--until", "٢٠٢٤-٠٣")] {
        let out = ws
            .cmd(&["search", "ceasefire", flag, value])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(
            stderr.trim_end(),
            format!("pundex: {flag} {value:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        );
    }
}

/// Every value flag of the reading commands, given any value (empty, huge,
/// negative, `-`-leading, control characters, other scripts, free text):
/// no panic, an exit code of 0, 1 or 2, no control character reaching the
/// terminal, and a usage error (2) that names the argument it refuses.
#[test]
fn any_value_of_any_flag_is_taken_or_refused_by_name() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nRussia and the ceasefire, 19 March 2025.");
    ws.index_folder();
    // (command, flag, the word an error about it says)
    const FLAGS: &[(&str, &str, &str)] = &[
        ("search", "--actor", "actor"),
        ("search", "--issue", "issue"),
        ("search", "--lang", "lang"),
        ("search", "--since", "since"),
        ("search", "--until", "until"),
        ("search", "--limit", "limit"),
        ("search", "--sort", "sort"),
        ("search", "--group-by", "group-by"),
        ("search", "--saved", "saved"),
        ("trend", "--width", "width"),
        ("trend", "--by", "by"),
        ("actors", "--with", "with"),
        ("actors", "--limit", "limit"),
        ("issues", "--since", "since"),
        ("export", "--index-id", "index-id"),
    ];
    let value = prop_oneof![
        Just(String::new()),
        Just("-".to_owned()),
        Just("-1".to_owned()),
        Just("0".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("\u{1b}[31mred\u{7}".to_owned()),
        Just("２０２４".to_owned()),
        Just("x".repeat(5000)),
        "\\PC{0,12}",
        "[-0-9a-z/ ]{0,10}",
    ];
    let mut runner = TestRunner::new(Config {
        cases: 32,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(0..FLAGS.len(), value), |(n, value)| {
            let (command, flag, word) = FLAGS[n];
            let given = format!("{flag}={value}");
            let args: Vec<&str> = match command {
                "export" => vec!["export", "--quickwit-config", &given],
                _ => vec![command, &given],
            };
            let out = ws.cmd(&args).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let code = out.status.code();
            prop_assert!(matches!(code, Some(0..=2)), "{args:?}: {code:?} {stderr}");
            prop_assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
            prop_assert!(
                !stderr.chars().any(|c| c.is_control() && c != '\n'),
                "{args:?}: {stderr:?}"
            );
            if code == Some(2) {
                prop_assert!(stderr.to_lowercase().contains(word), "{args:?}: {stderr}");
            }
            Ok(())
        })
        .unwrap();
}

/// An index written by a later pundex (a higher format in its commit): a
/// reading command says so with the command that rebuilds it, naming the
/// folder the index mirrors; `index` rebuilds it.
#[test]
fn an_index_from_a_later_version_names_the_command_that_rebuilds_it() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe ceasefire held.");
    ws.index_folder();
    let meta_path = ws.index().join("meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
    let mut payload: serde_json::Value =
        serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    payload["format"] = (payload["format"].as_u64().unwrap() + 1).into();
    meta["payload"] = payload.to_string().into();
    std::fs::write(&meta_path, meta.to_string()).unwrap();
    let folder = ws.articles().canonicalize().unwrap();
    for args in [&["search", "ceasefire"][..], &["status"], &["actors"]] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(
            stderr.trim_end(),
            format!(
                "pundex: the index at {} was built by another version of pundex; rebuild it with `pundex index {} --index {}`",
                ws.index().display(),
                folder.display(),
                ws.index().display()
            )
        );
    }
    let (summary, _) = index(&ws, &[]);
    assert_eq!(summary["documents"], 1, "{summary}");
    assert_eq!(ws.search_ids(&["ceasefire"]), ["a.txt"]);
}

/// A query of 150,000 words took minutes (ranking looks for actors' names
/// among runs of its words); past the limit it is a usage error that says
/// where, for every command that takes a query, and for a saved search.
#[test]
fn a_query_of_too_many_words_is_refused_in_one_line() {
    let ws = Workspace::new();
    ws.write("a.txt", "Truce\n\nThe truce on the Black Sea held.");
    ws.index_folder();
    let words = |n: usize| vec!["truce"; n].join(" ");
    let hits = ws.search_ids(&[&words(1_000)]);
    assert_eq!(hits, ["a.txt"]);
    let long = words(10_000);
    let phrase = format!("\"{long}\"");
    for args in [
        vec!["search", "--json", long.as_str()],
        vec!["search", phrase.as_str()],
        vec!["trend", long.as_str()],
        vec!["actors", long.as_str()],
        vec!["export", "--ndjson", long.as_str()],
    ] {
        let out = ws.cmd(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{:?}: {stderr}", &args[..1]);
        assert!(out.stdout.is_empty(), "{:?}", &args[..1]);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("pundex: bad query at character ")
                && stderr.contains("more than 1000 words"),
            "{stderr}"
        );
    }
    ws.write(
        "pundex.toml",
        &format!("[[alert]]\nname = \"long\"\nquery = \"{long}\"\n"),
    );
    let out = ws.cmd(&["alerts", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("alert \"long\"") && stderr.contains("1000 words"),
        "{stderr}"
    );
}

/// `trend` with more queries than fit side by side drew lines far wider than
/// `--width` (1,000 queries at `--width 100`: 32,454 columns). An explicit
/// width that is too narrow is a usage error; without one the chart widens
/// as far as its queries need, up to the widest chart.
#[test]
fn trend_queries_that_do_not_fit_the_width_are_refused() {
    let ws = Workspace::new();
    ws.write(
        "2024-05-01-a.txt",
        "Truce\n\nThe truce on the Black Sea held.",
    );
    ws.write("2023-05-01-b.txt", "Sanctions\n\nSanctions and a truce.");
    ws.index_folder();
    let refused = |args: &[&str]| {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        stderr
    };
    let stderr = refused(&["trend", "truce", "sanctions", "sea", "--width", "30"]);
    assert!(
        stderr.starts_with("pundex: --width 30: 3 queries side by side need 38 columns; 2 fit"),
        "{stderr}"
    );
    let mut args = vec!["trend"];
    args.extend(["truce"; 200]);
    let stderr = refused(&args);
    assert!(stderr.contains("more than the widest chart"), "{stderr}");
    // --json has no width to fit.
    args.push("--json");
    assert_eq!(ws.json(&args).len(), 200);

    // Nine queries on a pipe: wider than the default 80 columns, as wide as they need.
    let nine = [
        "truce",
        "sanctions",
        "sea",
        "black",
        "held",
        "and",
        "the",
        "on",
        "a",
    ];
    let mut args = vec!["trend"];
    args.extend(nine);
    let out = ws.cmd(&args).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest > 80 && widest <= 6 + 2 + 9 * 10, "{widest}\n{text}");
    for width in ["20", "38", "1000"] {
        let out = ws
            .cmd(&["trend", "truce", "--width", width])
            .output()
            .unwrap();
        assert!(out.status.success(), "{width}");
        let text = String::from_utf8(out.stdout).unwrap();
        let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(
            widest <= width.parse().unwrap(),
            "{width}: {widest}\n{text}"
        );
    }
}

/// An index another user wrote is searched without anyone changing the modes
/// of its files: `meta.json` and `.managed.json` were private to the writer
/// (tantivy writes them through temporary files), so a reader was told
/// "Permission denied" though every segment was readable. A private folder
/// keeps them private.
#[cfg(unix)]
#[test]
fn an_index_in_a_readable_folder_is_searched_by_other_users() {
    use std::os::unix::fs::PermissionsExt;
    let ws = Workspace::new();
    ws.write("a.txt", "Shared\n\nsharedword in another user's index.");
    ws.index_folder();
    let mode = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    mode(ws.dir.path(), 0o755);
    mode(&ws.index(), 0o755);
    // A run after the folder's mode changed shares the files it replaces.
    ws.write("b.txt", "Second\n\nsharedword again.");
    ws.index_folder();
    let Some(mut search) = unprivileged(&ws, &["search", "sharedword", "--json"]) else {
        return;
    };
    let out = search.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(json_lines(&out.stdout).len(), 3, "two hits and the summary");

    mode(&ws.index(), 0o700);
    ws.write("c.txt", "Third\n\nsharedword once more.");
    ws.index_folder();
    let meta = std::fs::metadata(ws.index().join("meta.json")).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    mode(&ws.index(), 0o755);
}

/// A group of exclusions alone matched nothing in tantivy: `truce AND (NOT
/// gaza)` and `truce (-gaza -yemen)` found no article at all, and `truce OR
/// (-gaza)` only the truces, each without a word of why; so did `OR` beside an
/// exclusion. They are usage errors at the group or the `OR`; exclusions
/// outside them work as documented.
#[test]
fn exclusions_that_would_be_dropped_or_match_nothing_are_refused() {
    let ws = Workspace::new();
    ws.write("a.txt", "Truce\n\nThe truce in Gaza held.");
    ws.write("b.txt", "Truce\n\nThe truce on the Black Sea held.");
    ws.write("c.txt", "Truce\n\nThe truce in Yemen held.");
    ws.index_folder();
    for query in [
        "truce AND (NOT gaza)",
        "truce (-gaza -yemen)",
        "truce OR (-gaza)",
        "truce title:(-gaza -yemen)",
    ] {
        for command in [
            &["search", query][..],
            &["trend", query],
            &["actors", query],
        ] {
            let out = ws.cmd(command).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command:?}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(
                stderr.starts_with("pundex: bad query at character ")
                    && stderr.contains("only excludes words"),
                "{stderr}"
            );
        }
    }
    // `OR` beside an exclusion dropped it: `truce OR -gaza` found every truce.
    for query in ["truce OR -gaza", "truce -gaza OR sea", "NOT gaza OR truce"] {
        let out = ws.cmd(&["search", "--json", query]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{query}: {stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains("`OR` cannot join an excluded word"),
            "{stderr}"
        );
    }
    assert_eq!(ws.search_ids(&["(truce OR sea) -gaza -yemen"]), ["b.txt"]);
    assert_eq!(ws.search_ids(&["truce -gaza -yemen"]), ["b.txt"]);
    assert_eq!(
        ws.search_ids(&["truce AND NOT gaza AND NOT yemen"]),
        ["b.txt"]
    );
    assert_eq!(ws.search_ids(&["truce -(gaza OR yemen)"]), ["b.txt"]);
}

/// A saved search's `since` written as a TOML date (unquoted) was refused as
/// "invalid type: map, expected a string"; it is the date, and a value that
/// is no date says what it should be, on its line.
#[test]
fn a_saved_search_takes_a_toml_date_and_names_what_is_no_date() {
    let ws = Workspace::new();
    ws.write("2024-05-01-a.txt", "Truce\n\nThe truce held.");
    ws.index_folder();
    ws.write(
        "pundex.toml",
        "[[alert]]\nname = \"recent\"\nquery = \"truce\"\nsince = 2024-03-01\nuntil = 2024\n",
    );
    let saved = ws.json(&["alerts", "articles", "--json"]);
    assert_eq!(saved[0]["since"], "2024-03-01", "{saved:?}");
    assert_eq!(saved[0]["until"], "2024", "{saved:?}");
    ws.write(
        "pundex.toml",
        "[[alert]]\nname = \"recent\"\nquery = \"truce\"\nsince = 2024-03-01T10:00:00\n",
    );
    let out = ws.cmd(&["alerts", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "pundex: config articles/pundex.toml line 4: alert \"recent\": since = 2024-03-01T10:00:00: expected YYYY, YYYY-MM or YYYY-MM-DD"
    );
}

/// `--index` naming a device, a FIFO or a link to nothing passed as a new
/// index: `index` failed with "cannot create the lock file …: File exists",
/// and a search said to build the index there. Each is a usage error naming
/// what the path is, and nothing is written through it.
#[cfg(unix)]
#[test]
fn an_index_path_that_is_no_folder_is_named_for_what_it_is() {
    let ws = Workspace::new();
    ws.write("a.txt", "Truce\n\nThe truce held.");
    let fifo = ws.dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let link = ws.dir.path().join("link");
    std::os::unix::fs::symlink(ws.dir.path().join("nowhere/idx"), &link).unwrap();
    let mut cases = vec![
        (link.clone(), "a symbolic link to nothing"),
        ("/dev/null".into(), "a device, FIFO or socket, not a folder"),
    ];
    if made.is_ok_and(|s| s.success()) {
        cases.push((fifo, "a device, FIFO or socket, not a folder"));
    }
    for (path, why) in cases {
        for args in [
            &["index", "articles"][..],
            &["search", "truce"],
            &["status"],
        ] {
            let out = crate::common::pundex()
                .current_dir(ws.dir.path())
                .arg("--index")
                .arg(&path)
                .args(args)
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{path:?} {args:?}: {stderr}");
            assert_eq!(
                stderr.trim_end(),
                format!(
                    "pundex: --index {}: {why}; give the folder of an index, or a new one",
                    path.display()
                )
            );
        }
    }
    assert!(!ws.dir.path().join("nowhere").exists());
}

/// A `pundex.toml` or lexicon that is a FIFO, a device or a link to one is
/// refused at once, naming it (a FIFO in the articles' folder hung every
/// run; a link to /dev/zero read until memory ran out), and an article
/// folder without one is indexed as before.
#[test]
fn a_settings_file_that_is_no_file_is_refused_at_once() {
    use std::os::unix::ffi::OsStrExt;
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe ceasefire held.");
    let mkfifo = |path: &std::path::Path| {
        let c_path = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    };
    let refused = |cmd: &mut assert_cmd::Command, named: &str| {
        let out = cmd
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(named) && stderr.contains("not a regular file"),
            "{stderr}"
        );
    };
    let config = ws.articles().join("pundex.toml");
    mkfifo(&config);
    refused(&mut ws.cmd(&["index", "articles"]), "pundex.toml");
    std::fs::remove_file(&config).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &config).unwrap();
    refused(&mut ws.cmd(&["index", "articles"]), "pundex.toml");
    std::fs::remove_file(&config).unwrap();
    ws.index_folder();

    let xdg = ws.dir.path().join("xdg");
    std::fs::create_dir_all(xdg.join("pundex")).unwrap();
    mkfifo(&xdg.join("pundex/pundex.toml"));
    let mut search = ws.cmd(&["search", "ceasefire"]);
    search.env("XDG_CONFIG_HOME", &xdg);
    refused(&mut search, "xdg/pundex/pundex.toml");
}

/// Warnings and errors that cannot be written (stderr a closed pipe, as in
/// `pundex index DIR 2>&1 | head -1`) do not stop the work or change the
/// exit code: the run panicked (exit 101) at its first warning past the
/// pipe. An unknown argument of any length is a usage error of short lines:
/// clap repeated a 100,000-character one three times.
#[test]
fn a_closed_stderr_changes_nothing_but_what_is_shown() {
    let ws = Workspace::new();
    ws.write("good.txt", "Good\n\nThe goodword ceasefire held.");
    for i in 0..3 {
        std::fs::write(ws.articles().join(format!("b{i}.txt")), b"\x00\x01bin").unwrap();
    }
    let closed_stderr = |args: &[&str]| {
        let mut child = ws
            .process(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        child.wait().unwrap().code()
    };
    assert_eq!(closed_stderr(&["index", "articles"]), Some(0));
    assert_eq!(ws.search_ids(&["goodword"]), ["good.txt"]);
    assert_eq!(closed_stderr(&["index", "articles", "--full"]), Some(0));
    assert_eq!(
        closed_stderr(&["search", "nosuchword", "--since", "2024-13"]),
        Some(2)
    );
    assert_eq!(closed_stderr(&["show", "no-such-id"]), Some(1));
    let huge = format!("{}sea", "-".repeat(100_000));
    assert_eq!(closed_stderr(&["search", &huge]), Some(2));

    let out = ws.cmd(&["search", &huge]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unexpected argument"), "{stderr}");
    assert!(
        stderr.lines().all(|l| l.chars().count() <= 1000),
        "{} bytes",
        stderr.len()
    );
}

/// Folder and index paths in what index, status and watch print are one
/// line without control characters, written as ids are: a folder named with
/// a newline split the summary over two lines, and an escape sequence in it
/// reached the terminal.
#[test]
fn a_path_with_control_characters_is_shown_on_one_line() {
    let ws = Workspace::new();
    let folder = "new\nline\u{1b}[31m";
    std::fs::create_dir(ws.dir.path().join(folder)).unwrap();
    std::fs::write(
        ws.dir.path().join(folder).join("a.txt"),
        "Alpha\n\nThe ceasefire held.",
    )
    .unwrap();
    let clean = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        text
    };
    let out = ws.cmd(&["index", folder]).output().unwrap();
    assert!(out.status.success());
    let summary = clean(&out.stdout);
    assert_eq!(summary.lines().count(), 1, "{summary:?}");
    assert!(
        summary.contains(r"new\x0Aline\x1B[31m: 1 added"),
        "{summary:?}"
    );
    let out = ws.cmd(&["status"]).output().unwrap();
    assert!(out.status.success());
    let status = clean(&out.stdout);
    assert!(
        status
            .lines()
            .any(|l| l.trim_start().starts_with("folder:") && l.ends_with(r"new\x0Aline\x1B[31m")),
        "{status}"
    );
}

/// Bytes changed inside a segment file, its footer intact: opening the index
/// checks footers only, so the damage showed when a search read it, as
/// "search failed: the offset to copy is not contained in the decompressed
/// buffer" (export: "An IO error occurred: '…'"), with no word of the index
/// being damaged or of the remedy. Now it is named as damage, with the file
/// and `pundex index --full`, which repairs it.
#[test]
fn damage_inside_a_segment_file_is_named_with_its_remedy() {
    let ws = Workspace::new();
    for i in 0..40 {
        ws.write(
            &format!("a{i}.txt"),
            &format!(
                "Article {i}\n\nThe ceasefire held in town {i}, the mayor said. {}",
                "Talks went on. ".repeat(50)
            ),
        );
    }
    ws.index_folder();
    let store = std::fs::read_dir(ws.index())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "store"))
        .max_by_key(|p| std::fs::metadata(p).unwrap().len())
        .unwrap();
    let mut bytes = std::fs::read(&store).unwrap();
    let middle = bytes.len() / 3;
    bytes[middle..middle + 64].fill(0xDE);
    std::fs::write(&store, bytes).unwrap();
    let name = store.file_name().unwrap().to_string_lossy().into_owned();
    for args in [
        &["search", "ceasefire", "--limit", "100"][..],
        &["export", "--ndjson"],
    ] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(&format!("is damaged (segment file {name} is corrupt)")),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("pundex index --full"), "{stderr}");
    }
    let (summary, _) = index(&ws, &["--full"]);
    assert_eq!(summary["documents"], 40, "{summary}");
    assert_eq!(ws.search_ids(&["ceasefire"]).len(), 40);
}

/// Unicode's bidirectional overrides, embeddings and isolates in an article
/// reorder what the terminal shows after them, up to the end of the line
/// (pundex's own `score` included) when left open, as a hostile file does:
/// they reached the terminal from titles, authors and snippets, since they are
/// format characters, not control characters. JSON keeps them.
#[test]
fn bidirectional_overrides_in_articles_do_not_reach_the_terminal() {
    let ws = Workspace::new();
    ws.write(
        "a.json",
        r#"{"title":"Truce \u202e talks","author":"Ann \u2067Lee","body":"The ceasefire \u202d held \u2066 in \u202a the \u202b town \u2068 today \u2069 ok \u202c."}"#,
    );
    ws.index_folder();
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    for args in [&["search", "ceasefire"][..], &["show", "a.json"]] {
        let out = ws.cmd(args).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.chars().any(bidi), "{args:?}: {text:?}");
        assert!(text.contains("Truce"), "{text}");
    }
    let hits = ws.json(&["search", "ceasefire", "--json"]);
    assert!(
        hits[0]["title"].as_str().unwrap().contains('\u{202e}'),
        "{hits:?}"
    );
}

/// A word to exclude typed among the options (`search peace -nuclear`) is
/// read by the argument parser as `-n uclear`; the error says how to write
/// the query, not that `uclear` is no number, and a query after `--` works.
#[test]
fn a_word_to_exclude_among_the_options_gets_the_way_to_write_it() {
    let ws = Workspace::new();
    ws.write("a.txt", "Peace\n\nPeace talks without nuclear arms.");
    ws.write("b.txt", "Truce\n\nPeace and a truce.");
    ws.index_folder();
    for args in [
        &["search", "peace", "-nuclear"][..],
        &["search", "-nuclear", "peace"],
        &["trend", "peace", "-israel"],
    ] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("read as options"), "{stderr}");
        assert!(
            stderr.contains(&format!("pundex {} -- ", args[0])),
            "{stderr}"
        );
        assert!(!stderr.contains("'uclear'"), "{stderr}");
    }
    let out = ws
        .cmd(&["search", "--json", "--", "peace", "-nuclear"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("b.txt") && !text.contains("a.txt"), "{text}");
}

/// A search of an index that holds nothing (an empty folder, a first run
/// stopped before its commit) says so on stderr; the output is as before.
#[test]
fn a_search_of_an_empty_index_says_it_is_empty() {
    let ws = Workspace::new();
    std::fs::create_dir_all(ws.articles()).unwrap();
    ws.index_folder();
    let out = ws.cmd(&["search", "peace", "--json"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("holds no articles yet"), "{stderr}");
    assert_eq!(json_lines(&out.stdout).last().unwrap()["total"], 0);
    ws.write("a.txt", "Peace\n\nPeace talks.");
    ws.index_folder();
    let out = ws.cmd(&["search", "truce"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
