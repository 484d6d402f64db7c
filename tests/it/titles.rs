//! Titles made from file names (issue #19 item 5), through the real binary:
//! they are shown, but their words are not searched as a title, so a file
//! name neither lifts a passing mention above a speech on the topic nor
//! turns a year in the query into a filter.

use crate::common::*;

const FILLER: &str = "The delegation thanked the presidency for its work and recalled the \
                      commitments made by every member during the previous session of the \
                      assembly. ";

/// `(id, title)` of the hits of a search, in rank order.
/// The articles that match `query` (not those with some of its words).
fn hits(ws: &Workspace, query: &[&str]) -> Vec<(String, String)> {
    let mut args = vec!["search", "--json", "--all-words"];
    args.extend_from_slice(query);
    ws.json(&args)
        .into_iter()
        .filter(|v| v["type"] == "hit")
        .map(|v| {
            let text = |key: &str| v[key].as_str().unwrap().to_owned();
            (text("id"), text("title"))
        })
        .collect()
}

#[test]
fn a_file_name_title_does_not_outrank_a_speech_on_the_topic() {
    let ws = Workspace::new();
    ws.write(
        "guinea-elections-2015.txt",
        &format!(
            "Our ports and fisheries need investment, and we ask our partners for help. \
             {}We also welcomed the elections held in Guinea last month.\n",
            FILLER.repeat(3)
        ),
    );
    ws.write(
        "statement.txt",
        &format!(
            "The elections in Guinea were the first test of its new constitution. {FILLER}\
             Observers found that the elections in Guinea were peaceful, and the people of \
             Guinea accepted the result. {}We urge the Government of Guinea to hold local \
             elections soon.\n",
            FILLER.repeat(2)
        ),
    );
    ws.index_folder();
    let found = hits(&ws, &["Guinea", "elections"]);
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["statement.txt", "guinea-elections-2015.txt"]);
    // Still shown as the article's title.
    assert_eq!(found[1].1, "Guinea elections 2015");
}

#[test]
fn a_file_name_is_not_text_and_a_typed_year_asks_for_that_years_speeches() {
    let ws = Workspace::new();
    ws.write(
        "ARM_70_2015.txt",
        &format!("Water is scarce in our region. {FILLER}We call for a fair sharing of water.\n"),
    );
    ws.write(
        "ARM_71_2016.txt",
        &format!(
            "The water agreement of 2015 has not been honoured. {FILLER}Water sharing \
             remains the question of our time.\n"
        ),
    );
    ws.index_folder();
    // The file names hold the session, "70" and "71", but a file name is not
    // text of the speech: neither speech writes them.
    assert!(hits(&ws, &["water", "70"]).is_empty());
    assert!(hits(&ws, &["water", "71"]).is_empty());
    // A year typed among the words asks for that year's speeches, dated by
    // their file names, whether or not they write it (the speech of 2016
    // writes "2015"): the speech of 2015 comes first, the other still matches.
    assert_eq!(
        hits(&ws, &["water", "2015"]),
        [
            ("ARM_70_2015.txt".to_owned(), "ARM 70 2015".to_owned()),
            ("ARM_71_2016.txt".to_owned(), "ARM 71 2016".to_owned())
        ]
    );
    assert_eq!(hits(&ws, &["water"]).len(), 2);
    // The date from the file name still filters when asked to.
    assert_eq!(
        hits(&ws, &["water", "--since", "2016"]),
        [("ARM_71_2016.txt".to_owned(), "ARM 71 2016".to_owned())]
    );
}

#[test]
fn a_written_title_is_still_searched_as_a_title() {
    let ws = Workspace::new();
    ws.write(
        "2015-10-02-note.md",
        &format!("---\ntitle: Elections in Guinea\n---\n{FILLER}\n"),
    );
    ws.write(
        "2015-10-03-other.md",
        &format!("# Harbour works\n\n{FILLER}\n"),
    );
    ws.index_folder();
    assert_eq!(
        hits(&ws, &["title:guinea"]),
        [(
            "2015-10-02-note.md".to_owned(),
            "Elections in Guinea".to_owned()
        )]
    );
    assert_eq!(hits(&ws, &["harbour"]).len(), 1);
}

#[test]
fn a_word_in_most_bodies_gains_nothing_from_a_title() {
    let ws = Workspace::new();
    // The same speech twice, one hard-wrapped so that its first line reads
    // as a title ("Allow me to congratulate"). `to` is in every body, so BM25
    // weighs it at almost nothing there, but it is rare among titles.
    for (name, first_line, word) in [
        ("a.txt", "Allow me to congratulate\n", "coasts"),
        ("b.txt", "", "waters"),
    ] {
        ws.write(
            name,
            &format!(
                "{first_line}Mr. President on his election. {FILLER}We must protect our {word}, \
                 and each member bears the responsibility to pay its own debts.\n"
            ),
        );
    }
    for i in 1..=6 {
        ws.write(
            &format!("other-{i}.txt"),
            &format!("We speak to the Assembly about trade, item {i}. {FILLER}\n"),
        );
    }
    ws.index_folder();
    let scores: Vec<(String, f64)> = ws
        .json(&[
            "search",
            "--json",
            "--all-words",
            "responsibility to protect",
        ])
        .into_iter()
        .filter(|v| v["type"] == "hit")
        .map(|v| {
            (
                v["id"].as_str().unwrap().to_owned(),
                v["score"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(scores.len(), 2, "{scores:?}");
    assert_eq!(scores[0].1, scores[1].1, "{scores:?}");
    // The title is still searched for a word that is not in most bodies.
    let titled: Vec<String> = hits(&ws, &["congratulate"])
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(titled, ["a.txt"]);
}
