//! Dates in the Russian and Ukrainian articles of `corpus/`: every date the
//! text mentions is extracted and none is invented (precision and recall 1).

use crate::common::{Workspace, copy_dir};
use std::path::Path;

/// Every date each article mentions, as a reader would list them, with the
/// words that give it (publication dates place the days and months written
/// without a year, and "вчера" or "в прошлом году").
const GOLD: &[(&str, &[&str])] = &[
    // "20 сентября 2022 года"
    (
        "ru/2022-09-20-erdogan-chernoe-more-utf16.txt",
        &["2022-09-20"],
    ),
    // "в 2017–2021 годах", "на выборах 5 ноября", "в феврале 2026 года"
    (
        "ru/2024-11-08-vybory-ssha-moskva.json",
        &["2017", "2021", "2024-11-05", "2026-02"],
    ),
    ("ru/2025-02-14-myunhen-bezopasnost.md", &[]),
    // "два с половиной часа", "на 30 дней": spans, not dates.
    ("ru/2025-03-20-kommentariy-cp1251.txt", &[]),
    // "в Эр-Рияде 24 марта", "в июле 2022 года"; "через год" is a year
    // after an event, not a date.
    (
        "ru/2025-03-25-peremirie-chernoe-more.md",
        &["2022-07", "2025-03-24"],
    ),
    // "с весны 2022 года", "Следующая встреча ... в июне" (to come).
    ("ru/2025-05-16-stambul-peregovory.md", &["2022", "2025-06"]),
    // "по сравнению с прошлым годом", "утверждён 20 мая", "вчера".
    (
        "ru/2025-06-27-sankcii-paket.txt",
        &["2024", "2025-05-20", "2025-06-26"],
    ),
    // "призупинені 3 березня", "у Джидді 11 березня"
    (
        "uk/2025-03-12-dzhidda-zayava.txt",
        &["2025-03-03", "2025-03-11"],
    ),
    // "у 2024 році", "ще в лютому", "30 квітня"
    (
        "uk/2025-04-30-uhoda-nadra.md",
        &["2024", "2025-02", "2025-04-30"],
    ),
];

#[test]
fn russian_and_ukrainian_dates_are_all_found_and_none_invented() {
    let ws = Workspace::new();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for language in ["ru", "uk"] {
        copy_dir(&corpus.join(language), &ws.articles().join(language));
    }
    ws.index_folder();
    for language in ["ru", "uk"] {
        for entry in std::fs::read_dir(ws.articles().join(language)).unwrap() {
            let id = format!(
                "{language}/{}",
                entry.unwrap().file_name().to_string_lossy()
            );
            assert!(
                GOLD.iter().any(|(file, _)| *file == id),
                "{id}: list its dates in GOLD"
            );
        }
    }
    let mut wrong = Vec::new();
    for (id, expected) in GOLD {
        let out = ws.cmd(&["show", "--json", id]).output().unwrap();
        assert!(out.status.success(), "show {id}");
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let found: Vec<&str> = shown["mentioned_dates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        if found != *expected {
            wrong.push(format!("{id}: expected {expected:?}, found {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
