//! Real text at a realistic size: one session of the UN General Debate corpus
//! from `../shared/corpus/ungdc` (skipped with a message when absent).

use crate::common::*;

#[test]
fn a_whole_session_of_un_speeches() {
    let Some(ungdc) = shared_ungdc() else { return };
    let session = ungdc.join("Session 79 - 2024");
    let ws = Workspace::new();
    copy_dir(&session, &ws.articles());
    let files = std::fs::read_dir(ws.articles()).unwrap().count();
    let summary = ws.json(&["index", "articles", "--json"]).remove(0);
    assert_eq!(summary["documents"], files as u64, "{summary}");
    assert_eq!(summary["skipped"], 0);

    // Every speech is dated by its file name, and extraction found the obvious.
    let ukraine = ws.search_ids(&["--actor", "Ukraine", "--since", "2024", "--until", "2024"]);
    assert!(
        ukraine.len() > 20,
        "{} speeches name Ukraine",
        ukraine.len()
    );
    assert!(
        ws.search_ids(&["--actor", "Ukraine", "--until", "2023"])
            .is_empty()
    );
    let hits = ws.search_ids(&["\"Black Sea\" grain"]);
    assert!(
        !hits.is_empty(),
        "no speech of 2024 mentions Black Sea grain"
    );
    let climate = ws.search_ids(&["--issue", "climate"]);
    assert!(
        climate.len() > 50,
        "{} speeches tagged climate",
        climate.len()
    );

    // A second run does nothing.
    let again = ws.json(&["index", "articles", "--json"]).remove(0);
    assert_eq!(again["unchanged"], files as u64);
    assert_eq!(again["bytes_read"], 0);
}
