//! `pundex watch` driven through real file operations; every check waits on a
//! condition with a timeout instead of sleeping a fixed time. The sleeps left
//! wait for nothing: they pace a writer or are the window over which the idle
//! tests measure the watcher's CPU time.

use crate::common::*;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) const PATIENCE: Duration = Duration::from_secs(20);

/// A running `pundex watch articles`, stopped with SIGTERM on drop.
pub(crate) struct Watcher {
    pub(crate) child: Child,
}

impl Watcher {
    pub(crate) fn start(ws: &Workspace) -> Watcher {
        let child = ws
            .process(&["watch", "articles", "--quiet"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let watcher = Watcher { child };
        // Ready once the first reconcile has committed.
        // What changes after it, before the file events are watched, the
        // watcher's second pass over the folder catches.
        wait_until("the first reconcile", || {
            ws.index().join("meta.json").is_file() && committed(ws)
        });
        watcher
    }

    /// Sends SIGTERM and waits for the exit, as a service manager would.
    pub(crate) fn stop(mut self) -> std::process::Output {
        // SAFETY: kill(2) only sends a signal; the pid is our own child's, not yet waited for.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        // Read stderr to its end (the exit) before waiting, so a full pipe cannot block it.
        let mut stderr = Vec::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            std::io::Read::read_to_end(&mut pipe, &mut stderr).unwrap();
        }
        let status = self.child.wait().unwrap();
        std::process::Output {
            status,
            stdout: Vec::new(),
            stderr,
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The index has a commit (format 0 until the first): readers may search.
fn committed(ws: &Workspace) -> bool {
    ws.cmd(&["status", "--json"]).output().is_ok_and(|o| {
        o.status.success()
            && json_lines(&o.stdout)
                .first()
                .is_some_and(|s| s["format"].as_u64() > Some(0))
    })
}

pub(crate) fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

/// Article files in the folder, as pundex names them.
fn folder_ids(root: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else if pundex::sync::is_article_path(&name) {
                let rel = entry
                    .path()
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                ids.insert(rel);
            }
        }
    }
    ids
}

pub(crate) fn index_ids(ws: &Workspace) -> BTreeSet<String> {
    ws.search_ids(&[]).into_iter().collect()
}

fn wait_in_step(ws: &Workspace) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let (want, have) = (folder_ids(&ws.articles()), index_ids(ws));
        if want == have {
            let all = ws.search_ids(&[]);
            assert_eq!(all.len(), have.len(), "duplicates in the index");
            return;
        }
        if Instant::now() > deadline {
            panic!(
                "index never matched the folder:\nmissing {:?}\nextra {:?}",
                want.difference(&have).collect::<Vec<_>>(),
                have.difference(&want).collect::<Vec<_>>()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn article(word: &str) -> String {
    format!("Title for {word}\n\nThe body mentions {word} and a ceasefire.")
}

#[test]
fn editor_style_saves_are_indexed_once() {
    let ws = Workspace::new();
    ws.write("start.txt", &article("startword"));
    let watcher = Watcher::start(&ws);
    let root = ws.articles();

    // Write in place.
    ws.write("inplace.txt", &article("inplaceword"));
    wait_until("in-place write", || {
        ws.search_ids(&["inplaceword"]) == ["inplace.txt"]
    });
    ws.write("inplace.txt", &article("inplacesecond"));
    wait_until("in-place rewrite", || {
        ws.search_ids(&["inplacesecond"]) == ["inplace.txt"]
            && ws.search_ids(&["inplaceword"]).is_empty()
    });

    // vim: write a swap/temp file, rename it over the original.
    std::fs::write(root.join(".start.txt.swp"), "swap garbage swapword").unwrap();
    std::fs::write(root.join("start.txt.tmp"), article("vimword")).unwrap();
    std::fs::rename(root.join("start.txt.tmp"), root.join("start.txt")).unwrap();
    std::fs::remove_file(root.join(".start.txt.swp")).unwrap();
    wait_until("rename over the original", || {
        ws.search_ids(&["vimword"]) == ["start.txt"]
    });

    // Save via a backup file: original renamed to name~, new file written.
    std::fs::rename(root.join("inplace.txt"), root.join("inplace.txt~")).unwrap();
    std::fs::write(root.join("inplace.txt"), article("backupword")).unwrap();
    std::fs::remove_file(root.join("inplace.txt~")).unwrap();
    wait_until("backup-file save", || {
        ws.search_ids(&["backupword"]) == ["inplace.txt"]
    });

    // Partial downloads and hidden files are not indexed.
    std::fs::write(root.join("download.txt.part"), article("partialword")).unwrap();
    std::fs::write(root.join(".hidden.txt"), article("hiddenword")).unwrap();
    wait_in_step(&ws);
    assert!(ws.search_ids(&["partialword"]).is_empty());
    assert!(ws.search_ids(&["swapword"]).is_empty());
    let out = watcher.stop();
    assert!(
        out.status.success(),
        "SIGTERM must exit 0: {:?}",
        out.status
    );
}

#[test]
fn folders_copied_moved_and_removed() {
    let ws = Workspace::new();
    let outside = ws.dir.path().join("outside");
    for i in 0..20 {
        let path = outside.join(format!("batch/doc{i}.md"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            path,
            format!("---\ntitle: Doc {i}\n---\nfolderword{i} text"),
        )
        .unwrap();
    }
    let watcher = Watcher::start(&ws);
    let root = ws.articles();

    // cp -r of a whole folder (files written right after the folder is created).
    copy_dir(&outside.join("batch"), &root.join("copied"));
    wait_in_step(&ws);
    assert_eq!(ws.search_ids(&["folderword7"]), ["copied/doc7.md"]);

    // mv of a folder in from outside, within, and out of the tree.
    std::fs::rename(outside.join("batch"), root.join("moved-in")).unwrap();
    wait_in_step(&ws);
    std::fs::rename(root.join("moved-in"), root.join("renamed")).unwrap();
    wait_in_step(&ws);
    std::fs::rename(root.join("renamed"), outside.join("gone")).unwrap();
    wait_in_step(&ws);

    // rm -r.
    std::fs::remove_dir_all(root.join("copied")).unwrap();
    wait_in_step(&ws);
    assert!(index_ids(&ws).is_empty());
    watcher.stop();
}

#[test]
fn a_checkout_that_rewrites_hundreds_of_files() {
    let ws = Workspace::new();
    for i in 0..300 {
        ws.write(
            &format!("d{}/f{i}.txt", i % 7),
            &article(&format!("old{i}")),
        );
    }
    let watcher = Watcher::start(&ws);
    wait_in_step(&ws);
    // Like `git checkout`: many files rewritten, some deleted, some new, quickly.
    for i in 0..300 {
        let rel = format!("d{}/f{i}.txt", i % 7);
        match i % 3 {
            0 => std::fs::remove_file(ws.articles().join(rel)).unwrap(),
            _ => ws.write(&rel, &article(&format!("new{i}"))),
        }
    }
    for i in 300..350 {
        ws.write(&format!("d9/f{i}.txt"), &article(&format!("new{i}")));
    }
    wait_in_step(&ws);
    assert_eq!(ws.search_ids(&["new301"]), ["d9/f301.txt"]);
    assert!(ws.search_ids(&["old2"]).is_empty());
    watcher.stop();
}

#[test]
fn rsync_into_the_folder() {
    if Command::new("rsync").arg("--version").output().is_err() {
        skip("rsync is not installed");
        return;
    }
    let ws = Workspace::new();
    let source = ws.dir.path().join("source");
    for i in 0..30 {
        let path = source.join(format!("r/{i}.txt"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, article(&format!("rsyncword{i}"))).unwrap();
    }
    let watcher = Watcher::start(&ws);
    let status = Command::new("rsync")
        .arg("-a")
        .arg(format!("{}/", source.display()))
        .arg(ws.articles())
        .status()
        .unwrap();
    assert!(status.success());
    wait_in_step(&ws);
    watcher.stop();
}

/// A small deterministic generator, so a failing sequence can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn random_operations_end_with_the_index_equal_to_the_folder() {
    let ws = Workspace::new();
    let watcher = Watcher::start(&ws);
    let root = ws.articles();
    let seed = 0x5eed_u64;
    let mut rng = Lcg(seed);
    let dirs = ["", "a", "b", "a/c"];
    for step in 0..300 {
        let dir = dirs[rng.next(dirs.len())];
        let folder = root.join(dir);
        std::fs::create_dir_all(&folder).unwrap();
        let existing: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| e.path())
            .collect();
        match rng.next(5) {
            0 | 1 => std::fs::write(
                folder.join(format!("n{step}.txt")),
                article(&format!("w{step}")),
            )
            .unwrap(),
            2 if !existing.is_empty() => {
                let f = &existing[rng.next(existing.len())];
                std::fs::write(f, article(&format!("edit{step}"))).unwrap();
            }
            3 if !existing.is_empty() => {
                let f = &existing[rng.next(existing.len())];
                let to = root
                    .join(dirs[rng.next(dirs.len())])
                    .join(format!("m{step}.txt"));
                std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                std::fs::rename(f, to).unwrap();
            }
            4 if !existing.is_empty() => {
                std::fs::remove_file(&existing[rng.next(existing.len())]).unwrap()
            }
            _ => {
                // Move a whole folder somewhere else in the tree and back.
                if root.join("b").is_dir() && !root.join("z").exists() {
                    std::fs::rename(root.join("b"), root.join("z")).unwrap();
                    std::fs::rename(root.join("z"), root.join("b")).unwrap();
                }
            }
        }
    }
    wait_in_step(&ws);
    watcher.stop();
}

#[test]
fn searches_never_fail_while_the_watcher_writes() {
    let ws = Workspace::new();
    let watcher = Watcher::start(&ws);
    let writer = {
        let root = ws.articles();
        std::thread::spawn(move || {
            for i in 0..200 {
                std::fs::write(
                    root.join(format!("s{i}.txt")),
                    article(&format!("loopword{i}")),
                )
                .unwrap();
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let mut runs = 0;
    while !writer.is_finished() || runs < 5 {
        let out = ws.cmd(&["search", "ceasefire", "--json"]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        runs += 1;
    }
    writer.join().unwrap();
    wait_in_step(&ws);
    watcher.stop();
}

#[test]
fn the_index_inside_the_watched_folder_is_refused() {
    let ws = Workspace::new();
    let out = pundex()
        .current_dir(ws.dir.path())
        .args(["--index", "articles/idx", "watch", "articles"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// CPU seconds (user + system) a process has used so far, from `/proc/PID/stat`.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name, in parentheses, may hold spaces: count fields after it.
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    // Fields 14 and 15 of proc(5), utime and stime, in clock ticks.
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    // SAFETY: sysconf(3) only reads a system constant.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks as f64 / per_second
}

/// Whether the watcher used no CPU time over a quarter of a second: it has
/// finished the work of the last change.
fn at_rest(watcher: &Watcher) -> bool {
    let pid = watcher.child.id();
    let before = cpu_seconds(pid);
    std::thread::sleep(Duration::from_millis(250));
    cpu_seconds(pid) == before
}

/// Share of one core the watcher uses over `seconds` in which nothing changes.
fn idle_cpu(watcher: &Watcher, seconds: u64) -> f64 {
    let pid = watcher.child.id();
    let before = cpu_seconds(pid);
    std::thread::sleep(Duration::from_secs(seconds));
    (cpu_seconds(pid) - before) / seconds as f64
}

/// A watcher runs all day as a service: with nothing changing it must rest,
/// whatever its own reads of the folder make the system report.
const IDLE_CPU_LIMIT: f64 = 0.02;

/// A few hundred articles in a few folders, as a small real collection is.
fn write_collection(ws: &Workspace) {
    for i in 0..300 {
        ws.write(
            &format!("session{}/speech{i}.txt", i % 10),
            &article(&format!("idleword{i}")),
        );
    }
}

#[test]
fn an_idle_watcher_rests_and_settles_back_after_a_change() {
    if !Path::new("/proc/self/stat").is_file() {
        skip("no /proc to read the watcher's CPU time from");
        return;
    }
    let ws = Workspace::new();
    write_collection(&ws);
    let watcher = Watcher::start(&ws);
    wait_until("the watcher to rest", || at_rest(&watcher));
    let idle = idle_cpu(&watcher, 10);
    assert!(
        idle < IDLE_CPU_LIMIT,
        "idle watcher used {:.1}% of a core",
        idle * 100.0
    );

    ws.write("session3/new.txt", &article("changedword"));
    wait_until("the change", || {
        ws.search_ids(&["changedword"]) == ["session3/new.txt"]
    });
    wait_until("the watcher to rest", || at_rest(&watcher));
    let after = idle_cpu(&watcher, 10);
    assert!(
        after < IDLE_CPU_LIMIT,
        "after one change the watcher used {:.1}% of a core",
        after * 100.0
    );
    watcher.stop();
}

/// The index may be reachable from inside the watched folder (here through a
/// link): its commits and reads are no change to the folder.
#[cfg(unix)]
#[test]
fn an_idle_watcher_rests_with_its_index_inside_the_watched_folder() {
    if !Path::new("/proc/self/stat").is_file() {
        skip("no /proc to read the watcher's CPU time from");
        return;
    }
    let ws = Workspace::new();
    write_collection(&ws);
    ws.index_folder();
    std::os::unix::fs::symlink(ws.index(), ws.articles().join("pundex-index")).unwrap();
    let watcher = Watcher::start(&ws);
    ws.write("session1/new.txt", &article("linkedword"));
    wait_until("the change", || {
        ws.search_ids(&["linkedword"]) == ["session1/new.txt"]
    });
    wait_until("the watcher to rest", || at_rest(&watcher));
    let idle = idle_cpu(&watcher, 10);
    assert!(
        idle < IDLE_CPU_LIMIT,
        "idle watcher used {:.1}% of a core",
        idle * 100.0
    );
    watcher.stop();
}
