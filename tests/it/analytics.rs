//! Timelines, associations, grouping, export, completions, man page and the
//! config file, through the real binary.

use crate::common::*;

fn dated() -> Workspace {
    let ws = Workspace::new();
    let articles = [
        (
            "2023-11-02-a.md",
            "2023-11-02",
            "Ceasefire talks on Gaza; Hamas and Israel. A truce.",
        ),
        (
            "2024-01-15-b.md",
            "2024-01-15",
            "Ceasefire in Gaza again; Hamas, Israel and Qatar. Sanctions too.",
        ),
        (
            "2024-01-20-c.md",
            "2024-01-20",
            "Sanctions on Russia; Vladimir Putin answered. Sanctions bite.",
        ),
        (
            "2024-03-05-d.md",
            "2024-03-05",
            "Ceasefire hopes; Israel and Egypt. Sanctions on Iran.",
        ),
        ("e.md", "2022", "A ceasefire, dated to the year only."),
        ("f.md", "", "A ceasefire with no date at all."),
    ];
    for (name, date, body) in articles {
        let front = if date.is_empty() {
            String::new()
        } else {
            format!("date: \"{date}\"\n")
        };
        ws.write(name, &format!("---\ntitle: {name}\n{front}---\n{body}\n"));
    }
    ws.index_folder();
    ws
}

fn trend_json(ws: &Workspace, args: &[&str]) -> Vec<serde_json::Value> {
    let mut full = vec!["trend", "--json"];
    full.extend_from_slice(args);
    ws.json(&full)
}

fn counts(series: &serde_json::Value) -> Vec<(String, u64)> {
    series["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["period"].as_str().unwrap().to_owned(),
                c["documents"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn trend_counts_real_calendar_months() {
    let ws = dated();
    let series = trend_json(&ws, &["ceasefire", "--by", "month"]);
    assert_eq!(
        counts(&series[0]),
        [
            ("2023-11".into(), 1),
            ("2023-12".into(), 0),
            ("2024-01".into(), 1),
            ("2024-02".into(), 0),
            ("2024-03".into(), 1)
        ]
    );
    assert_eq!(series[0]["undated"], 1);
    assert_eq!(series[0]["imprecise"], 1, "a year-only date is not January");
    let by_year = trend_json(&ws, &["ceasefire"]);
    assert_eq!(
        counts(&by_year[0]),
        [("2022".into(), 1), ("2023".into(), 1), ("2024".into(), 2)]
    );
}

#[test]
fn several_queries_share_one_axis() {
    let ws = dated();
    let series = trend_json(
        &ws,
        &[
            "ceasefire",
            "sanctions",
            "--by",
            "month",
            "--since",
            "2023-06",
        ],
    );
    assert_eq!(series.len(), 2);
    assert_eq!(counts(&series[0]).len(), counts(&series[1]).len());
    assert_eq!(counts(&series[1])[2], ("2024-01".into(), 2));
    let out = ws
        .cmd(&[
            "trend",
            "ceasefire",
            "sanctions",
            "--by",
            "month",
            "--since",
            "2023-06",
            "--width",
            "60",
        ])
        .output()
        .unwrap();
    let chart = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = chart.lines().collect();
    assert!(
        lines[0].starts_with("period")
            && lines[0].contains("ceasefire")
            && lines[0].contains("sanctions"),
        "{chart}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2024-01") && l.contains('█')),
        "{chart}"
    );
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "{chart}");
}

#[test]
fn actors_with_an_actor_rank_by_association() {
    let ws = dated();
    let rows = ws.json(&["actors", "--with", "Hamas", "--json"]);
    assert!(
        !rows.iter().any(|r| r["name"] == "Hamas"),
        "the anchor is not its own associate"
    );
    let israel = rows
        .iter()
        .find(|r| r["name"] == "Israel")
        .expect("Israel goes with Hamas");
    assert_eq!(israel["together"], 2);
    assert!(israel["lift"].as_f64().unwrap() > 1.0);
    let out = ws
        .cmd(&["issues", "--with", "nobody-at-all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn search_groups_by_period() {
    let ws = dated();
    let out = ws
        .cmd(&["search", "ceasefire", "--group-by", "month"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("── ")).collect();
    assert_eq!(
        headings,
        [
            "── 2024-03 ──",
            "── 2024-01 ──",
            "── 2023-11 ──",
            "── 2022, month unknown ──",
            "── undated ──"
        ]
    );
}

#[test]
fn export_ndjson_and_quickwit_config() {
    let ws = dated();
    let docs = ws.json(&["export", "--ndjson"]);
    assert_eq!(docs.len(), 6);
    let b = docs.iter().find(|d| d["id"] == "2024-01-15-b.md").unwrap();
    assert_eq!(b["published"], "2024-01-15T00:00:00Z");
    assert!(b["actors"].as_array().unwrap().iter().any(|a| a == "Qatar"));
    assert!(b["body"].as_str().unwrap().contains("Ceasefire in Gaza"));
    assert_eq!(ws.json(&["export", "--ndjson", "sanctions"]).len(), 3);
    let out = ws.cmd(&["export", "--quickwit-config"]).output().unwrap();
    let yaml = String::from_utf8(out.stdout).unwrap();
    assert!(
        yaml.contains("index_id: pundex") && yaml.contains("tokenizer: en_stem"),
        "{yaml}"
    );
    let out = ws.cmd(&["export"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The type Quickwit needs for one exported JSON value: an array only fits an
/// `array<…>` field, objects only a `json` one, strings a `text` or `datetime`.
fn fits(value: &serde_json::Value, mapped: &str) -> bool {
    let scalar = |v: &serde_json::Value, t: &str| match v {
        serde_json::Value::String(_) => t == "text" || t == "datetime",
        serde_json::Value::Object(_) => t == "json",
        _ => false,
    };
    match (
        value,
        mapped
            .strip_prefix("array<")
            .and_then(|t| t.strip_suffix('>')),
    ) {
        (serde_json::Value::Array(items), Some(t)) => items.iter().all(|v| scalar(v, t)),
        (serde_json::Value::Array(_), None) | (_, Some(_)) => false,
        (v, None) => scalar(v, mapped),
    }
}

#[test]
fn quickwit_config_maps_each_exported_field_with_its_shape() {
    let ws = Workspace::new();
    ws.write(
        "full.md",
        "---\ntitle: Sanctions and a ceasefire\ndate: 2024-05-02\nauthor: A. Writer\nsource: Daily\nurl: https://example.org/a\ntags: [europe, energy]\n---\nRussia and Ukraine talk about a ceasefire on 3 March 2024; the United States and the European Union weigh sanctions.\n",
    );
    ws.write(
        "ru.md",
        "---\ntitle: Переговоры\nlanguage: ru\n---\nРоссия и Украина обсуждают перемирие; санкции.\n",
    );
    ws.index_folder();
    let docs = ws.json(&["export", "--ndjson"]);
    let ru = docs.iter().find(|d| d["id"] == "ru.md").unwrap();
    assert!(ru["body"].as_str().unwrap().contains("перемирие"), "{ru}");
    let out = ws.cmd(&["export", "--quickwit-config"]).output().unwrap();
    assert!(out.status.success());
    let yaml: serde_json::Value = serde_yaml_ng::from_slice(&out.stdout).unwrap();
    let mappings = yaml["doc_mapping"]["field_mappings"].as_array().unwrap();
    let mapping = |key: &str| mappings.iter().find(|m| m["name"] == key);
    let mut seen = std::collections::BTreeSet::new();
    for doc in &docs {
        for (key, value) in doc.as_object().unwrap() {
            let m = mapping(key).unwrap_or_else(|| panic!("{key} is exported but not mapped"));
            if value.is_null() || value.as_array().is_some_and(|a| a.is_empty()) {
                continue;
            }
            let mapped = m["type"].as_str().unwrap();
            assert!(fits(value, mapped), "{key}: {value} does not fit {mapped}");
            seen.insert(key.clone());
        }
    }
    // Every mapped field was seen with a value, so each shape above was checked.
    for m in mappings {
        let name = m["name"].as_str().unwrap();
        assert!(seen.contains(name), "{name} is never exported with a value");
        let searched_by_phrase = m["tokenizer"] == "default" || m["tokenizer"] == "en_stem";
        if searched_by_phrase {
            assert_eq!(
                m["record"], "position",
                "{name}: phrase queries need positions"
            );
        }
    }
    for name in ["title", "body"] {
        assert_eq!(
            mapping(name).unwrap()["fieldnorms"],
            true,
            "{name}: BM25 needs norms"
        );
    }
    assert_eq!(yaml["search_settings"]["default_search_fields"][0], "title");
}

#[test]
fn export_refuses_an_index_id_quickwit_would_refuse() {
    let ws = Workspace::new();
    for id in ["ab", "1news", "news: x", "a b"] {
        let out = ws
            .cmd(&["export", "--quickwit-config", "--index-id", id])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{id}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("--index-id") && err.trim().lines().count() == 1,
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
    let out = ws
        .cmd(&["export", "--quickwit-config", "--index-id", "news-2026.v1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("index_id: news-2026.v1\n")
    );
    // An index id is the config's: given with --ndjson or alone it says so
    // instead of being ignored.
    for args in [
        &["export", "--ndjson", "--index-id", "news"][..],
        &["export", "--index-id", "news"][..],
    ] {
        let out = ws.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("--quickwit-config"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        let out = pundex().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(
            script.contains("pundex") && script.contains("trend"),
            "{shell}"
        );
    }
    let out = pundex().arg("man").output().unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH pundex 1"), "{page}");
}

#[test]
fn man_pages_of_commands() {
    let out = pundex().args(["man", "search"]).output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH pundex-search 1"), "{page}");
    assert!(page.contains("actor"), "{page}");
    let out = pundex().args(["man", "lexicon", "check"]).output().unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH pundex-lexicon-check 1"), "{page}");
    for (args, said) in [
        (
            &["man", "serach"][..],
            "no command `serach` for a man page; known: index, watch, search",
        ),
        (
            &["man", "search", "more"][..],
            "`pundex search` has no subcommands",
        ),
    ] {
        let out = pundex().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(said) && err.lines().count() == 1, "{err}");
    }
}

/// Every command and subcommand, as `--help` lists them (so a new one is
/// checked without being added here), has examples in its help.
#[test]
fn every_command_has_examples_in_help() {
    fn help(path: &[String]) -> String {
        let out = pundex().args(path).arg("--help").output().unwrap();
        assert!(out.status.success(), "{path:?}");
        String::from_utf8(out.stdout).unwrap()
    }
    /// The commands a help text lists under "Commands:", but `help`.
    fn commands(help: &str) -> Vec<String> {
        help.lines()
            .skip_while(|l| *l != "Commands:")
            .skip(1)
            .take_while(|l| !l.is_empty())
            .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
            .filter(|c| c != "help")
            .collect()
    }
    let mut todo: Vec<Vec<String>> = commands(&help(&[])).into_iter().map(|c| vec![c]).collect();
    assert!(todo.len() >= 13, "{todo:?}");
    let mut seen = 0;
    while let Some(path) = todo.pop() {
        let text = help(&path);
        assert!(
            text.contains("Example"),
            "`pundex {} --help` has no examples",
            path.join(" ")
        );
        for sub in commands(&text) {
            let mut deeper = path.clone();
            deeper.push(sub);
            todo.push(deeper);
        }
        seen += 1;
    }
    assert!(seen >= 14, "{seen} commands");
}

#[test]
fn config_files_set_defaults_and_flags_win() {
    let ws = dated();
    let xdg = ws.dir.path().join("xdg");
    std::fs::create_dir_all(xdg.join("pundex")).unwrap();
    std::fs::write(
        xdg.join("pundex/pundex.toml"),
        "limit = 1\ncolor = \"always\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut cmd = pundex();
        cmd.current_dir(ws.dir.path())
            .env("XDG_CONFIG_HOME", &xdg)
            .arg("--index")
            .arg(ws.index())
            .args(args);
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    let text = run(&["search", "ceasefire"]);
    assert!(text.contains("showing 1 of"), "user config limit: {text}");
    assert!(text.contains('\x1b'), "user config colour");
    // The corpus folder's config wins over the user's; its paths are relative to it.
    std::fs::create_dir_all(ws.dir.path().join("corpus")).unwrap();
    std::fs::write(
        ws.dir.path().join("corpus/pundex.toml"),
        "limit = 2\ncolor = \"never\"\n",
    )
    .unwrap();
    let text = run(&["search", "ceasefire"]);
    assert!(
        text.contains("showing 2 of") && !text.contains('\x1b'),
        "{text}"
    );
    // Flags win over both.
    let text = run(&["search", "ceasefire", "--limit", "3", "--color", "always"]);
    assert!(
        text.contains("showing 3 of") && text.contains('\x1b'),
        "{text}"
    );
    // A bad config file is a one-line usage error naming it.
    std::fs::write(ws.dir.path().join("corpus/pundex.toml"), "colour = 1\n").unwrap();
    let mut cmd = pundex();
    let out = cmd
        .current_dir(ws.dir.path())
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["search", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pundex.toml"));
}

#[test]
fn config_sets_the_corpus_and_index_for_index_and_search() {
    let ws = Workspace::new();
    ws.write("a.txt", "Alpha title here\n\nconfigword text");
    let xdg = ws.dir.path().join("xdg");
    std::fs::create_dir_all(xdg.join("pundex")).unwrap();
    std::fs::write(
        xdg.join("pundex/pundex.toml"),
        "corpus = \"../../articles\"\nindex = \"../../my-index\"\n",
    )
    .unwrap();
    let out = pundex()
        .current_dir(ws.dir.path())
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["index", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ws.dir.path().join("my-index/meta.json").is_file());
    let out = pundex()
        .current_dir(ws.dir.path())
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["search", "configword"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("a.txt"));
}

#[test]
fn every_command_ends_quietly_on_a_closed_pipe() {
    let ws = dated();
    let lines: &[&[&str]] = &[
        &["search", "ceasefire OR sanctions"],
        &["search", "ceasefire", "--json", "--facets"],
        &["search", "--group-by", "year", "--issue", "security"],
        &["show", "2024-01-15-b.md"],
        &["show", "2024-01-15-b.md", "--json"],
        &["trend", "ceasefire", "sanctions", "--width", "80"],
        &["trend", "ceasefire", "--json"],
        &["actors"],
        &["actors", "--json"],
        &["issues"],
        &["actors", "--with", "Hamas"],
        &["export", "--ndjson"],
        &["export", "--quickwit-config"],
        &["status"],
        &["status", "--json"],
        &["index", "articles"],
        &["index", "articles", "--dry-run"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["completions", "powershell"],
        &["completions", "elvish"],
        &["man"],
        &["man", "search"],
        &["search", "--help"],
        &["--version"],
    ];
    for args in lines {
        // Closed before the first write, and closed after reading one byte.
        for read_first in [false, true] {
            let mut child = ws
                .process(args)
                .env("RUST_BACKTRACE", "1")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdout = child.stdout.take().unwrap();
            if read_first {
                let _ = std::io::Read::read(&mut stdout, &mut [0u8; 1]);
            }
            drop(stdout);
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                !stderr.contains("panicked") && !stderr.contains("backtrace"),
                "{args:?}: {stderr}"
            );
            assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn every_number_is_clamped_or_refused() {
    let ws = dated();
    let huge = [
        "2147483648",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999999",
    ];
    // Counts: huge values are clamped to what exists; 0 means none (search) or all (actors).
    for command in ["search", "actors", "issues"] {
        for value in huge.iter().chain(&["0", "1", "-1", "-99999999999"]) {
            let out = ws
                .cmd(&[command, "ceasefire", "--limit", value])
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{command} {value}: {stderr}");
            let code = out.status.code();
            let fits_usize = value.parse::<usize>().is_ok();
            assert_eq!(
                code,
                Some(if fits_usize { 0 } else { 2 }),
                "{command} --limit {value}: {stderr}"
            );
        }
    }
    let hits = |value: &str| ws.json(&["search", "ceasefire", "--json", "--limit", value]);
    let none = hits("0");
    assert_eq!(none.len(), 1, "only the summary: {none:?}");
    assert_eq!(none[0]["returned"], 0);
    assert_eq!(none[0]["total"], 5);
    assert_eq!(hits("18446744073709551615").len(), 6);
    let out = ws
        .cmd(&["search", "ceasefire", "--limit", "0"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "5 matching articles (none shown: --limit 0)"
    );
    // Sizes and durations: refused outside their range, with exit 2.
    let refused: &[&[&str]] = &[
        &["trend", "ceasefire", "--width", "100000000"],
        &["trend", "ceasefire", "--width", "18446744073709551616"],
        &["trend", "ceasefire", "--width", "0"],
        &["trend", "ceasefire", "--width", "-5"],
        &["index", "articles", "--wait", "18446744073709551615"],
        &["index", "articles", "--wait", "-1"],
        &["watch", "articles", "--wait", "18446744073709551615"],
        &["watch", "articles", "--poll", "-1"],
        &["watch", "articles", "--poll", "NaN"],
        &["watch", "articles", "--poll", "inf"],
        &["watch", "articles", "--poll", "1e300"],
    ];
    for args in refused {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    for width in ["20", "1000"] {
        let out = ws
            .cmd(&["trend", "ceasefire", "--width", width])
            .output()
            .unwrap();
        assert!(out.status.success(), "--width {width}");
    }
    let out = ws
        .cmd(&["index", "articles", "--wait", "604800"])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn errors_escape_control_characters() {
    let ws = dated();
    let lines: &[&[&str]] = &[
        &["search", "--", "'\u{1b}[31mred\u{7}\r\u{c}"],
        &["search", "--", "\"\u{1b}]0;title\u{7}"],
        &["search", "ceasefire", "--actor", "\u{1b}[2J"],
        &["show", "x\u{1b}[31m\r"],
        &["lexicon", "check", "missing\u{1b}[31m\u{7}.toml"],
        &["search", "--sort", "\u{1b}[31m"],
        &["search", "--limit", "1\u{1b}[31m"],
    ];
    for args in lines {
        let out = ws.cmd(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // The first two are queries now (pundex syntax aside, text is text).
        assert!(
            matches!(out.status.code(), Some(0..=2)),
            "{args:?}: {stderr}"
        );
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {stderr:?}"
        );
    }
    // The same with a control character in the index path.
    let out = pundex()
        .args(["--index", "no\u{1b}[2Jindex", "search", "x"])
        .current_dir(ws.dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no\\u{1b}[2Jindex"), "{stderr}");
}
