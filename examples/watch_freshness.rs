//! Measures `pundex watch`: how long until a saved article is found by a
//! separate `pundex search` process (median and worst over N saves), and how
//! fast a burst of new files is indexed, with how many batches it took.
//!
//! cargo build --release && cargo run --release --example watch_freshness -- [SAVES] [BURST]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pundex() -> PathBuf {
    let exe = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/pundex");
    assert!(exe.is_file(), "build it first: cargo build --release");
    exe
}

fn found(index: &Path, word: &str) -> bool {
    let out = Command::new(pundex())
        .arg("--index")
        .arg(index)
        .args(["search", word, "--json", "--limit", "1"])
        .output()
        .expect("search runs");
    String::from_utf8_lossy(&out.stdout).contains("\"type\":\"hit\"")
}

fn documents(index: &Path) -> u64 {
    let out = Command::new(pundex())
        .arg("--index")
        .arg(index)
        .args(["status", "--json"])
        .output()
        .unwrap();
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .map_or(0, |v| v["documents"].as_u64().unwrap_or(0))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let saves: usize = args
        .next()
        .map_or(50, |a| a.parse().expect("SAVES is a number"));
    let burst: usize = args
        .next()
        .map_or(10_000, |a| a.parse().expect("BURST is a number"));
    let dir = tempfile::tempdir().unwrap();
    let (folder, index) = (dir.path().join("articles"), dir.path().join("index"));
    std::fs::create_dir_all(&folder).unwrap();
    let mut watcher = Command::new(pundex())
        .arg("--index")
        .arg(&index)
        .args(["watch"])
        .arg(&folder)
        .args(["--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let batches = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    {
        let batches = batches.clone();
        let stdout = watcher.stdout.take().unwrap();
        std::thread::spawn(move || {
            for _ in BufReader::new(stdout).lines() {
                batches.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        });
    }
    while batches.load(std::sync::atomic::Ordering::Relaxed) == 0 {
        std::thread::sleep(Duration::from_millis(20));
    }

    let mut latencies = Vec::with_capacity(saves);
    for i in 0..saves {
        let word = format!("freshword{i}x");
        let saved = Instant::now();
        std::fs::write(
            folder.join(format!("save{i}.txt")),
            format!("Saved article {i}\n\nIt says {word}."),
        )
        .unwrap();
        while !found(&index, &word) {
            assert!(
                saved.elapsed() < Duration::from_secs(30),
                "save {i} never became searchable"
            );
        }
        latencies.push(saved.elapsed());
        std::thread::sleep(Duration::from_millis(50));
    }
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "freshness over {saves} saves: median {:.0} ms, worst {:.0} ms (save → found by a separate `pundex search`, search process time included)",
        ms(latencies[saves / 2]),
        ms(latencies[saves - 1])
    );

    let before = batches.load(std::sync::atomic::Ordering::Relaxed);
    let filler = "The delegation spoke of peace, security and development. ".repeat(20);
    let started = Instant::now();
    let burst_dir = folder.join("burst");
    std::fs::create_dir_all(&burst_dir).unwrap();
    for i in 0..burst {
        std::fs::write(
            burst_dir.join(format!("b{i:05}.txt")),
            format!("Burst article {i}\n\n{filler}"),
        )
        .unwrap();
    }
    let written = started.elapsed();
    let want = (saves + burst) as u64;
    while documents(&index) < want {
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "burst never finished"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let total = started.elapsed();
    let commits = batches.load(std::sync::atomic::Ordering::Relaxed) - before;
    println!(
        "burst of {burst} files: written in {:.1} s, all searchable after {:.1} s ({:.0} files/s), in {commits} batches (commits)",
        written.as_secs_f64(),
        total.as_secs_f64(),
        burst as f64 / total.as_secs_f64()
    );
    // SAFETY: kill(2) only sends a signal; the pid is our own child's, not yet waited for.
    unsafe { libc::kill(watcher.id() as i32, libc::SIGTERM) };
    let status = watcher.wait().unwrap();
    println!("watcher exit after SIGTERM: {status}");
}
