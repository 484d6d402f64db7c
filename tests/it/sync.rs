//! Incremental, idempotent re-indexing: each change to the folder, crashes and
//! concurrent use, checked through the real binary.

use crate::common::*;
use std::collections::HashSet;
use std::time::Duration;

/// Ids of every document in the index, by listing all of them.
fn all_ids(ws: &Workspace) -> Vec<String> {
    ws.search_ids(&[])
}

/// Runs `pundex index articles --json` and returns the summary.
fn sync(ws: &Workspace) -> serde_json::Value {
    ws.json(&["index", "articles", "--json"]).remove(0)
}

fn counts(s: &serde_json::Value) -> [u64; 4] {
    ["added", "updated", "removed", "unchanged"].map(|k| s[k].as_u64().unwrap())
}

/// The index holds exactly the folder's articles, each once.
fn assert_mirrors(ws: &Workspace, expected: &[&str]) {
    let mut ids = all_ids(ws);
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicates in {ids:?}");
    ids.sort();
    let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(ids, expected);
    let status = ws.status();
    assert_eq!(status["pending"]["add"], 0);
    assert_eq!(status["pending"]["check"], 0);
    assert_eq!(status["pending"]["remove"], 0);
}

#[test]
fn each_kind_of_change_is_applied_once() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\nalphaword first version");
    ws.write("b.txt", "Bravo title here\n\nbravoword text");
    ws.write("c.md", "---\ntitle: Charlie\n---\ncharlieword text");
    assert_eq!(counts(&sync(&ws)), [3, 0, 0, 0]);
    assert_eq!(
        counts(&sync(&ws)),
        [0, 0, 0, 3],
        "a second run does nothing"
    );

    // Content change.
    ws.write(
        "a.txt",
        "Alpha title here\n\nalphaword second version, longer",
    );
    assert_eq!(counts(&sync(&ws)), [0, 1, 0, 2]);
    assert_eq!(ws.search_ids(&["second"]), ["a.txt"]);
    assert!(ws.search_ids(&["first"]).is_empty());

    // Touch without change: read and hashed once, not re-indexed, then skipped by mtime.
    let b = ws.articles().join("b.txt");
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&b)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let s = sync(&ws);
    assert_eq!(counts(&s), [0, 0, 0, 3]);
    assert!(
        s["bytes_read"].as_u64().unwrap() > 0,
        "the touched file is hashed"
    );
    let s = sync(&ws);
    assert_eq!(s["bytes_read"], 0, "and not read again");

    // Delete, rename, move into a subfolder, replace with another format.
    std::fs::remove_file(ws.articles().join("b.txt")).unwrap();
    std::fs::rename(
        ws.articles().join("a.txt"),
        ws.articles().join("renamed.txt"),
    )
    .unwrap();
    std::fs::create_dir(ws.articles().join("sub")).unwrap();
    std::fs::rename(ws.articles().join("c.md"), ws.articles().join("sub/c.md")).unwrap();
    ws.write("d.txt", "Delta title here\n\ndeltaword text");
    assert_eq!(counts(&sync(&ws)), [3, 0, 3, 0]);
    std::fs::remove_file(ws.articles().join("d.txt")).unwrap();
    ws.write(
        "d.json",
        r#"{"title": "Delta", "body": "deltaword as json"}"#,
    );
    sync(&ws);
    assert_mirrors(&ws, &["renamed.txt", "sub/c.md", "d.json"]);
    assert_eq!(ws.search_ids(&["deltaword"]), ["d.json"]);
}

/// An index built by readers of another version (the state in the
/// commit's payload says which) is read again whole, once, and says why:
/// a newer reader may take more from a file already indexed.
#[test]
fn an_index_built_by_other_readers_is_read_again_once() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\nalphaword in the body");
    ws.write("b.txt", "Beta title here\n\nbetaword in the body");
    assert_eq!(counts(&sync(&ws)), [2, 0, 0, 0]);
    let meta_path = ws.index().join("meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
    let mut state: serde_json::Value =
        serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    assert!(state["readers"].as_str().unwrap().starts_with("readers-"));
    state["readers"] = "readers-0: an older pundex".into();
    meta["payload"] = state.to_string().into();
    std::fs::write(&meta_path, meta.to_string()).unwrap();

    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("re-reading every file"),
        "must say why it reads every file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("2 added") && said.contains("2 documents"),
        "{said}"
    );
    assert_mirrors(&ws, &["a.txt", "b.txt"]);
    // Once read by this version, the files are unchanged again.
    assert_eq!(counts(&sync(&ws)), [0, 0, 0, 2]);
}

#[test]
fn a_file_that_turns_bad_keeps_its_previous_version() {
    let ws = Workspace::new();
    ws.write("a.json", r#"{"title": "A", "body": "goodversionword"}"#);
    sync(&ws);
    ws.write("a.json", r#"{"title": "A", "body": "#);
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a.json") && stderr.contains("previously indexed version is kept"),
        "{stderr}"
    );
    assert_eq!(ws.search_ids(&["goodversionword"]), ["a.json"]);
}

#[test]
fn an_unreadable_file_is_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: geteuid(2) only reads the process's user id and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        skip("running as root, which can read any file");
        return;
    }
    let ws = Workspace::new();
    ws.write("ok.txt", "Fine title here\n\nokword");
    ws.write("locked.txt", "Locked title\n\nlockedword");
    std::fs::set_permissions(
        ws.articles().join("locked.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("locked.txt"));
    assert_eq!(ws.search_ids(&["okword"]), ["ok.txt"]);
}

#[test]
fn dry_run_shows_the_plan_without_applying_it() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\ntext");
    sync(&ws);
    ws.write("b.txt", "Bravo title here\n\ntext");
    std::fs::remove_file(ws.articles().join("a.txt")).unwrap();
    let out = ws
        .cmd(&["index", "articles", "--dry-run"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("add     b.txt") && text.contains("remove  a.txt"),
        "{text}"
    );
    assert_eq!(all_ids(&ws), ["a.txt"], "nothing applied");
}

#[test]
fn quiet_prints_nothing_on_success() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\ntext");
    let out = ws.cmd(&["index", "articles", "--quiet"]).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn a_second_writer_gets_exit_code_3() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\ntext");
    sync(&ws);
    let _held = pundex::index::lock::WriterLock::acquire(
        &ws.index(),
        "watch articles (test)",
        Duration::ZERO,
    )
    .unwrap();
    let out = ws.cmd(&["index", "articles"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("busy") && stderr.contains("watch articles (test)"),
        "{stderr}"
    );
    // Readers are not blocked by a writer.
    assert_eq!(all_ids(&ws), ["a.txt"]);
}

/// While a first run builds the index, nothing is committed: a reader says
/// who is building it (exit 3, as for a busy index) instead of finding
/// nothing, and `status` names the writer; once it is gone, an index that
/// is still empty is searched as empty.
#[test]
fn readers_of_an_index_being_built_are_told_so() {
    let ws = Workspace::new();
    // A first run that has created the index and not yet committed, as
    // over a large folder.
    let options = pundex::sync::SessionOptions {
        folder: &ws.articles(),
        index: &ws.index(),
        holder: "index articles (test)",
        wait: Duration::ZERO,
        full: false,
    };
    let held = pundex::sync::Session::start(&options, |_| Ok(None)).unwrap();
    for args in [&["search", "peace"][..], &["actors"], &["show", "a.txt"]] {
        let out = ws.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("is being built")
                && stderr.contains("pundex index articles (test) (pid ")
                && stderr.lines().count() == 1,
            "{args:?}: {stderr}"
        );
    }
    let status = ws.status();
    assert!(
        status["writer"]
            .as_str()
            .is_some_and(|w| w.starts_with("pundex index articles (test)")),
        "{status}"
    );
    let out = ws.cmd(&["status"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("writer: pundex index articles (test)"),
        "{text}"
    );
    assert!(
        text.contains("the first run has not committed yet"),
        "{text}"
    );
    drop(held);
    ws.cmd(&["search", "peace"]).assert().success();
    assert!(ws.status()["writer"].is_null());
    // A run over the empty folder commits it: an empty index, not one
    // being built, even while a watcher holds the lock.
    sync(&ws);
    let status = ws.status();
    assert!(
        status["format"].as_u64() > Some(0) && status["folder"].is_string(),
        "{status}"
    );
    let _watching =
        pundex::index::lock::WriterLock::acquire(&ws.index(), "watch articles", Duration::ZERO)
            .unwrap();
    ws.cmd(&["search", "peace"]).assert().success();
}

/// A writer at work on an index that has commits does not stop readers.
#[test]
fn readers_of_a_committed_index_are_not_stopped_by_a_writer() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\nThe peace talks went on.");
    sync(&ws);
    let _held =
        pundex::index::lock::WriterLock::acquire(&ws.index(), "watch articles", Duration::ZERO)
            .unwrap();
    assert_eq!(ws.search_ids(&["peace"]), ["a.txt"]);
    assert!(ws.status()["writer"].as_str().is_some());
}

fn many_articles(ws: &Workspace, n: usize) -> Vec<String> {
    let filler =
        "The delegation spoke of peace, security, development and the ceasefire. ".repeat(40);
    (0..n)
        .map(|i| {
            let rel = format!("batch{}/article{i:05}.txt", i % 10);
            ws.write(
                &rel,
                &format!("Article number {i}\n\nuniqueword{i} {filler}"),
            );
            rel
        })
        .collect()
}

#[test]
fn a_killed_run_leaves_an_index_the_next_run_repairs() {
    let ws = Workspace::new();
    let files = many_articles(&ws, 1500);
    for delay_ms in [30u64, 120, 400, 900] {
        // Start from a changed folder each time, so the killed run has work in flight.
        ws.write(
            "batch0/article00000.txt",
            &format!("Article number 0\n\nuniqueword0 version {delay_ms}"),
        );
        let mut child = ws
            .process(&["index", "articles", "--quiet", "--full"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let s = sync(&ws);
        assert!(
            s["documents"].as_u64().unwrap() == files.len() as u64,
            "after kill at {delay_ms} ms: {s}"
        );
    }
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    assert_mirrors(&ws, &refs);
}

#[test]
fn searches_succeed_while_the_index_is_rewritten() {
    let ws = Workspace::new();
    let files = many_articles(&ws, 600);
    sync(&ws);
    let mut writer = ws
        .process(&["index", "articles", "--quiet", "--full"])
        .spawn()
        .unwrap();
    let mut searches = 0;
    while writer.try_wait().unwrap().is_none() || searches < 5 {
        let hits = ws
            .json(&["search", "uniqueword7", "--json"])
            .into_iter()
            .filter(|v| v["type"] == "hit")
            .count();
        assert_eq!(hits, 1, "a reader saw a half-written index");
        searches += 1;
    }
    assert!(writer.wait().unwrap().success());
    assert_eq!(all_ids(&ws).len(), files.len());
}

#[test]
fn status_reports_documents_and_pending_changes() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\ntext");
    sync(&ws);
    ws.write("b.txt", "Bravo title here\n\ntext");
    let status = ws.status();
    assert_eq!(status["documents"], 1);
    assert_eq!(status["pending"]["add"], 1);
    assert!(status["size_bytes"].as_u64().unwrap() > 0);
    assert_eq!(status["last_run"]["summary"]["added"], 1);
    let out = ws.cmd(&["status"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 to add"), "{text}");
}

#[test]
fn many_files_are_each_written_once_with_their_own_extraction() {
    // Enough files for the parsing threads to read them in batches, with
    // broken ones among them, so that extractions and outcomes must stay
    // with their own files.
    let ws = Workspace::new();
    let actors = ["Vladimir Putin", "Emmanuel Macron", "NATO"];
    let mut good = Vec::new();
    for i in 0..150 {
        if i % 10 == 7 {
            ws.write(&format!("f{i:03}.json"), r#"{"title": "broken", "body": "#);
            continue;
        }
        let actor = actors[i % actors.len()];
        ws.write(
            &format!("f{i:03}.txt"),
            &format!("Title {i}\n\nfileword{i} {actor} spoke in July 2024."),
        );
        good.push(format!("f{i:03}.txt"));
    }
    let first = sync(&ws);
    assert_eq!(counts(&first), [135, 0, 0, 0]);
    assert_eq!(first["skipped"], 15);
    let mut ids = all_ids(&ws);
    ids.sort();
    assert_eq!(ids, good, "each good file once, the broken ones left out");
    for i in [0, 64, 65, 149] {
        let actor = actors[i % actors.len()];
        let hits = ws.search_ids(&[&format!("fileword{i}"), "--actor", actor]);
        assert_eq!(hits, [format!("f{i:03}.txt")], "{actor}");
    }
    let putin = ws.search_ids(&["--actor", "Putin"]);
    assert_eq!(
        putin.len(),
        good.iter()
            .filter(|f| f[1..4].parse::<usize>().unwrap() % 3 == 0)
            .count()
    );

    // Change every fifth good file to name another actor.
    for i in (0..150).filter(|i| i % 10 != 7 && i % 5 == 0) {
        ws.write(
            &format!("f{i:03}.txt"),
            &format!("Title {i}\n\nfileword{i} changed; Xi Jinping spoke."),
        );
    }
    let second = sync(&ws);
    assert_eq!(counts(&second), [0, 30, 0, 105]);
    let mut ids = all_ids(&ws);
    ids.sort();
    assert_eq!(ids, good);
    assert_eq!(ws.search_ids(&["--actor", "Xi Jinping"]).len(), 30);
    assert_eq!(
        ws.search_ids(&["fileword64", "--actor", "Emmanuel Macron"]),
        ["f064.txt"],
        "unchanged files keep their actors"
    );
    assert_eq!(
        ws.search_ids(&["fileword65", "--actor", "Xi Jinping"]),
        ["f065.txt"]
    );
    assert!(ws.search_ids(&["fileword65", "--actor", "NATO"]).is_empty());
}

/// Names of the files in a folder, sorted.
fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Segment files in the index folder that its meta.json does not list.
fn unreferenced_segment_files(index: &std::path::Path) -> Vec<String> {
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(index.join("meta.json")).unwrap()).unwrap();
    let living: HashSet<String> = meta["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segment_id"].as_str().unwrap().replace('-', ""))
        .collect();
    file_names(index)
        .into_iter()
        .filter(|name| {
            let id = name.split('.').next().unwrap();
            id.len() == 32 && !living.contains(id)
        })
        .collect()
}

#[test]
fn a_non_empty_folder_that_is_no_index_is_refused() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title\n\nalphaword text");
    let notes = ws.dir.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    std::fs::write(notes.join("todo.txt"), "buy milk").unwrap();
    for command in ["index", "watch"] {
        let out = pundex()
            .current_dir(ws.dir.path())
            .args(["--index", "notes", command, "articles"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.contains("no pundex index"), "{command}: {stderr}");
        assert_eq!(file_names(&notes), ["todo.txt"], "{command} wrote there");
    }
    // An empty folder, or one holding an index, is fine.
    let empty = ws.dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    for _ in 0..2 {
        let out = pundex()
            .current_dir(ws.dir.path())
            .args(["--index", "empty", "index", "articles"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_damaged_segment_names_the_remedy_which_rebuilds_beside_it() {
    let ws = Workspace::new();
    many_articles(&ws, 30);
    ws.index_folder();
    let store = file_names(&ws.index())
        .into_iter()
        .find(|n| n.ends_with(".store"))
        .unwrap();
    let path = ws.index().join(store);
    let len = std::fs::metadata(&path).unwrap().len();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    for args in [
        &["search", "ceasefire"][..],
        &["status"],
        &["index", "articles"],
    ] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("damaged"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("pundex index --full") && stderr.contains("articles --index"),
            "{args:?} must name the remedy: {stderr}"
        );
        assert!(!stderr.contains("Footer magic"), "{args:?}: {stderr}");
    }
    let out = ws.cmd(&["index", "--full", "articles"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(all_ids(&ws).len(), 30);
    assert_eq!(
        unreferenced_segment_files(&ws.index()),
        Vec::<String>::new()
    );
    let beside: Vec<String> = file_names(ws.dir.path())
        .into_iter()
        .filter(|n| n.contains("rebuild"))
        .collect();
    assert!(beside.is_empty(), "{beside:?} left behind");
}

#[test]
fn a_garbage_meta_json_is_damage_not_another_version() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title\n\nalphaword text");
    ws.index_folder();
    std::fs::write(ws.index().join("meta.json"), "{ this is not json").unwrap();
    for args in [&["search", "alphaword"][..], &["index", "articles"]] {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("damaged"), "{args:?}: {stderr}");
        assert!(!stderr.contains("another version"), "{args:?}: {stderr}");
        assert!(stderr.contains("pundex index --full"), "{args:?}: {stderr}");
    }
    let out = ws.cmd(&["index", "--full", "articles"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(ws.search_ids(&["alphaword"]), ["a.txt"]);
}

/// A tmpfs of `size` mounted at `at` for the test's duration.
struct SmallDisk {
    at: std::path::PathBuf,
}

impl SmallDisk {
    /// `None`, with the reason printed, when mounting is not permitted here.
    fn mount(at: &std::path::Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(SmallDisk { at: at.to_owned() }),
            Ok(o) => {
                skip(&format!(
                    "cannot mount a small tmpfs ({})",
                    String::from_utf8_lossy(&o.stderr).trim()
                ));
                None
            }
            Err(e) => {
                skip(&format!("cannot run mount ({e})"));
                None
            }
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.at).status();
    }
}

#[test]
fn a_full_disk_leaves_the_last_commit_and_no_garbage() {
    let ws = Workspace::new();
    let Some(disk) = SmallDisk::mount(&ws.dir.path().join("disk"), "1m") else {
        return;
    };
    let index = disk.at.join("index");
    let run = |args: &[&str]| {
        pundex()
            .current_dir(ws.dir.path())
            .arg("--index")
            .arg(&index)
            .args(args)
            .output()
            .unwrap()
    };
    ws.write("first.txt", "First title\n\nfirstword text");
    let out = run(&["index", "articles"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // About 3 MB of distinct words: more than the disk holds.
    for f in 0..60 {
        let body: String = (0..4000).map(|w| format!("w{f}x{w} ")).collect();
        ws.write(&format!("big/{f}.txt"), &format!("Big {f}\n\n{body}"));
    }
    let out = run(&["index", "articles"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no space left on device while writing the index at"),
        "{stderr}"
    );
    assert!(!stderr.contains("killed"), "{stderr}");
    assert_eq!(unreferenced_segment_files(&index), Vec::<String>::new());
    let search = run(&["search", "firstword", "--json"]);
    assert!(search.status.success());
    assert_eq!(
        json_lines(&search.stdout)
            .iter()
            .filter(|v| v["type"] == "hit")
            .count(),
        1
    );

    // Once there is room again, the next run works.
    std::fs::remove_dir_all(ws.articles().join("big")).unwrap();
    ws.write("second.txt", "Second title\n\nsecondword text");
    let out = run(&["index", "articles"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(disk);
}

/// A file replaced by one of its size with the old modification time kept
/// (restored from a backup, `cp -p`, `touch -r`) looks unchanged to a plain
/// run, which trusts size and mtime; `--checksum` hashes every indexed file
/// and re-indexes only the one whose text changed, and records no time
/// override for the files whose time did not move.
#[test]
fn checksum_finds_a_file_replaced_with_its_old_size_and_time() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha\n\nThe wordone text.");
    ws.write("b.txt", "Bravo\n\nThe bravoword text.");
    assert_eq!(counts(&sync(&ws)), [2, 0, 0, 0]);
    let a = ws.articles().join("a.txt");
    let mtime = std::fs::metadata(&a).unwrap().modified().unwrap();
    ws.write("a.txt", "Alpha\n\nThe wordtwo text.");
    std::fs::File::options()
        .write(true)
        .open(&a)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_eq!(counts(&sync(&ws)), [0, 0, 0, 2], "size and mtime match");
    assert_eq!(ws.search_ids(&["wordone"]), ["a.txt"]);

    let s = ws
        .json(&["index", "articles", "--json", "--checksum"])
        .remove(0);
    assert_eq!(counts(&s), [0, 1, 0, 1], "{s}");
    assert_eq!(ws.search_ids(&["wordtwo"]), ["a.txt"]);
    assert!(ws.search_ids(&["wordone"]).is_empty());
    let s = ws
        .json(&["index", "articles", "--json", "--checksum"])
        .remove(0);
    assert_eq!(counts(&s), [0, 0, 0, 2], "{s}");
    assert!(
        s["bytes_read"].as_u64().unwrap() > 0,
        "every file is hashed"
    );
    let s = sync(&ws);
    assert_eq!(
        (counts(&s), s["bytes_read"].as_u64()),
        ([0, 0, 0, 2], Some(0))
    );
}
