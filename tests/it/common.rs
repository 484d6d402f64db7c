//! Shared helpers for the integration tests: run the real binary on temp folders.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The `pundex` binary as a plain process, with a clean, colourless
/// environment; every test starts pundex through here (or [`pundex`]), so
/// none depends on the machine's config or `PUNDEX_INDEX`.
pub fn pundex_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pundex"));
    // No user config from the machine running the tests.
    let no_config = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-user-config");
    cmd.env_remove("PUNDEX_INDEX")
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", no_config);
    cmd
}

/// [`pundex_process`] with assert_cmd's conveniences, for runs to completion.
pub fn pundex() -> Command {
    Command::from_std(pundex_process())
}

/// Says on the terminal why a test does nothing: libtest hides a passing
/// test's `eprintln!`, so this writes to stderr past its capture.
pub fn skip(reason: &str) {
    use std::io::Write;
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let _ = writeln!(std::io::stderr(), "skipped {test}: {reason}");
}

/// A temp workspace: `dir/articles` to index, `dir/index` for the index.
pub struct Workspace {
    pub dir: TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        let ws = Workspace {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        std::fs::create_dir_all(ws.articles()).unwrap();
        ws
    }

    /// A workspace whose articles are a copy of `tests/fixtures/NAME`.
    pub fn with_fixture(name: &str) -> Workspace {
        let ws = Workspace::new();
        copy_dir(&fixture(name), &ws.articles());
        ws
    }

    pub fn articles(&self) -> PathBuf {
        self.dir.path().join("articles")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.articles().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// `pundex --index <index> ARGS`, run from the workspace.
    pub fn cmd(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// [`Workspace::cmd`] as a plain process, to spawn, signal or pipe.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = pundex_process();
        cmd.current_dir(self.dir.path())
            .arg("--index")
            .arg(self.index())
            .args(args);
        cmd
    }

    /// Runs `pundex index articles`, asserting success; returns stdout.
    pub fn index_folder(&self) -> String {
        let out = self.cmd(&["index", "articles"]).output().unwrap();
        assert!(
            out.status.success(),
            "index failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs `pundex ARGS` (which should ask for JSON), asserts that it
    /// succeeded, and returns its stdout, one JSON value a line.
    pub fn json(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "pundex {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        json_lines(&out.stdout)
    }

    /// Ids of the hits of a query, in rank order (via --json).
    /// The ids of the articles that match a search, best first; not the
    /// articles with some of the words that fill a short list among them.
    pub fn search_ids(&self, args: &[&str]) -> Vec<String> {
        let mut full = vec!["search", "--json", "--limit", "100000"];
        full.extend_from_slice(args);
        self.json(&full)
            .into_iter()
            .filter(|v| v["type"] == "hit" && v["partial"] != true)
            .map(|v| v["id"].as_str().unwrap().to_owned())
            .collect()
    }

    /// `pundex status --json` as a value.
    pub fn status(&self) -> serde_json::Value {
        self.json(&["status", "--json"]).remove(0)
    }
}

pub fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `../shared/corpus/ungdc` when present; tests that need it print why they skip.
pub fn shared_ungdc() -> Option<PathBuf> {
    shared("corpus/ungdc")
}

/// `../shared/REL` when present, else `None` after saying that the test skips.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if path.exists() {
        Some(path)
    } else {
        skip(&format!(
            "{} is absent (it ships with the project's shared data, not the repo)",
            path.display()
        ));
        None
    }
}
