//! Ranking beyond BM25 (issue #19), through the real binary: words close
//! together, the actor a query names, and `--explain`, which shows both.

use crate::common::*;
use serde_json::Value;

fn article(title: &str, body: &str) -> String {
    format!("---\ntitle: {title}\n---\n{body}\n")
}

/// The hits of `pundex search QUERY --json --explain`.
fn explained(ws: &Workspace, query: &[&str]) -> Vec<Value> {
    let mut args = vec!["search", "--json", "--explain"];
    args.extend_from_slice(query);
    ws.json(&args)
        .into_iter()
        .filter(|v| v["type"] == "hit")
        .collect()
}

/// The score of the hit's parts of kind `part` (`bm25`, `actor`, …).
fn part_score(hit: &Value, part: &str) -> f64 {
    hit["explain"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["part"] == part)
        .map(|p| p["score"].as_f64().unwrap())
        .sum()
}

/// Two speeches with the same words the same number of times and the same
/// length; in one the query's words stand side by side, in the other a
/// paragraph apart.
#[test]
fn words_side_by_side_outrank_words_far_apart() {
    let ws = Workspace::new();
    let filler = "The delegation thanked the presidency for its work and recalled the \
                  commitments made by every member during the previous session of the assembly";
    ws.write(
        "apart.md",
        &article(
            "Statement",
            &format!("Ports were closed after the attacks. {filler}. We depend on shipping."),
        ),
    );
    ws.write(
        "together.md",
        &article(
            "Statement",
            &format!("Ports were closed. {filler}. We depend on shipping after the attacks."),
        ),
    );
    ws.index_folder();
    let hits = explained(&ws, &["shipping", "attacks"]);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["id"], "together.md");
    // The words alone score both alike: the proximity part decides.
    let bm25: Vec<f64> = hits.iter().map(|h| part_score(h, "bm25")).collect();
    assert!((bm25[0] - bm25[1]).abs() < 1e-3, "{bm25:?}");
    assert!(part_score(&hits[0], "proximity") > 0.0);
    assert_eq!(part_score(&hits[1], "proximity"), 0.0);
}

/// A speech about the state a query names outranks one where the word is
/// part of another name, though the other uses the word more often.
#[test]
fn the_named_state_outranks_a_longer_name_that_contains_it() {
    let ws = Workspace::new();
    ws.write(
        "conakry.md",
        &article(
            "A speech from Conakry",
            "Guinea held its elections in October, and the people of Guinea voted in peace. \
             We thank our partners for their support over many years of hard work, and we \
             ask them to stay with us while schools, roads and clinics are rebuilt.",
        ),
    );
    ws.write(
        "port-moresby.md",
        &article(
            "A speech from Port Moresby",
            "Papua New Guinea held elections this year. Papua New Guinea thanks its partners, \
             and the people of Papua New Guinea voted in peace across the islands.",
        ),
    );
    ws.write(
        "niamey.md",
        &article(
            "A speech from Niamey",
            "Niger faces attacks by armed groups along its borders, and the people of Niger want \
             peace. We thank our partners for their support over many years of hard work, and \
             we ask them to stay with us while schools, roads and clinics are rebuilt.",
        ),
    );
    ws.write(
        "abuja.md",
        &article(
            "A speech from Abuja",
            "Nigeria depends on the Niger Delta, where oil spills foul the creeks. The Niger River \
             feeds the farms of Nigeria, and the Niger Delta needs clean water and peace.",
        ),
    );
    ws.index_folder();
    for (query, about, other) in [
        ("guinea", "conakry.md", "port-moresby.md"),
        ("niger", "niamey.md", "abuja.md"),
    ] {
        let hits = explained(&ws, &[query]);
        let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
        assert_eq!(ids, [about, other], "{query}");
        // On the word alone the other speech would lead.
        assert!(part_score(&hits[1], "bm25") > part_score(&hits[0], "bm25"));
        assert!(part_score(&hits[0], "actor") > 0.0);
        assert_eq!(part_score(&hits[1], "actor"), 0.0);
    }
    // `Papua New Guinea` names that state, not Guinea.
    let hits = explained(&ws, &["papua", "new", "guinea"]);
    let actors: Vec<&Value> = hits[0]["explain"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["part"] == "actor")
        .map(|p| &p["actor"])
        .collect();
    assert_eq!(actors, ["Papua New Guinea"]);
}

#[test]
fn explain_lists_the_parts_that_add_up_to_the_score() {
    let ws = Workspace::new();
    ws.write(
        "conakry.md",
        &article(
            "Elections in Guinea",
            "Guinea held its elections in October, and the people of Guinea voted in peace.",
        ),
    );
    // Words in at least half of the bodies score in the body alone: two
    // articles without the query's words keep the title part.
    for (name, title) in [("ports.md", "Harbour works"), ("roads.md", "Road works")] {
        ws.write(
            name,
            &article(title, "The ministry opened new works on the coast."),
        );
    }
    ws.index_folder();
    let hits = explained(&ws, &["guinea", "elections"]);
    let hit = &hits[0];
    let parts = hit["explain"]["parts"].as_array().unwrap();
    let sum: f64 = parts.iter().map(|p| p["score"].as_f64().unwrap()).sum();
    let score = hit["score"].as_f64().unwrap();
    assert!(
        (sum - score).abs() < 1e-3 * score.max(1.0),
        "{sum} vs {score}"
    );
    let body = parts
        .iter()
        .find(|p| p["part"] == "bm25" && p["field"] == "body")
        .expect("a body part");
    let terms: Vec<&str> = body["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    assert!(
        terms.contains(&"guinea") && terms.contains(&"elect"),
        "{terms:?}"
    );
    assert!(
        parts
            .iter()
            .any(|p| p["part"] == "bm25" && p["field"] == "title")
    );
    assert!(parts.iter().any(|p| p["actor"] == "Guinea"));

    let out = ws
        .cmd(&["search", "guinea", "elections", "--explain"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&format!("score {score:.2} =")), "{text}");
    assert!(text.contains("bm25 body: guinea"), "{text}");
    assert!(text.contains("bm25 title: "), "{text}");
    assert!(text.contains("actor Guinea"), "{text}");
    // Without the flag, no breakdown.
    let plain = ws.cmd(&["search", "guinea", "elections"]).output().unwrap();
    assert!(!String::from_utf8(plain.stdout).unwrap().contains(" =\n"));
    let hits = ws.json(&["search", "--json", "guinea"]);
    assert!(hits[0].get("explain").is_none());
}

/// A one-word name the query types (`sudan`) counts in a speech only as
/// often as longer names that hold it (South Sudan) leave unexplained: a
/// speech about South Sudan that names the Sudan once no longer outranks one
/// about the Sudan on the word's sheer count, and `--explain` shows what
/// was taken back as a `name` part, so the parts still add up.
#[test]
fn a_one_word_name_inside_longer_names_counts_as_the_actor_it_names() {
    let ws = Workspace::new();
    ws.write(
        "khartoum.md",
        &article(
            "A statement",
            "The war in the Sudan has driven millions from their homes, and the war goes on.",
        ),
    );
    ws.write(
        "juba.md",
        &article(
            "A statement",
            "South Sudan remembers its war. South Sudan thanks its partners, the people of South \
             Sudan voted in peace, and South Sudan hosts refugees from the Sudan, where a war \
             rages. South Sudan asks for help with its roads.",
        ),
    );
    // Other speeches, so that "sudan" is a rare word and weighs as it would.
    for i in 0..6 {
        ws.write(
            &format!("other-{i}.md"),
            &article(
                "A speech",
                "Trade, roads, schools and clinics: our partners help us build them.",
            ),
        );
    }
    ws.index_folder();
    let hits = explained(&ws, &["sudan", "war"]);
    let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["khartoum.md", "juba.md"]);
    let (khartoum, juba) = (&hits[0], &hits[1]);
    assert_eq!(part_score(khartoum, "name"), 0.0);
    let taken = part_score(juba, "name");
    assert!(taken < 0.0, "{juba}");
    // Juba's speech names the Sudan once: what is taken back is BM25 of
    // "sudan" at its frequency (six) less BM25 at one use, so less than the
    // word's whole share of the body part.
    let sudan = juba["explain"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["part"] == "bm25" && p["field"] == "body")
        .flat_map(|p| p["terms"].as_array().unwrap())
        .find(|t| t["term"] == "sudan")
        .map(|t| t["score"].as_f64().unwrap())
        .expect("sudan scores in the body");
    assert!(-taken < sudan, "{taken} vs {sudan}");
    for hit in &hits {
        let parts = hit["explain"]["parts"].as_array().unwrap();
        let sum: f64 = parts.iter().map(|p| p["score"].as_f64().unwrap()).sum();
        let score = hit["score"].as_f64().unwrap();
        assert!(
            (sum - score).abs() < 1e-3 * score.max(1.0),
            "{sum} vs {score}"
        );
    }
    // On the words alone, with the actor boost, Juba's speech would lead.
    let without_name = |h: &Value| h["score"].as_f64().unwrap() - part_score(h, "name");
    assert!(without_name(juba) > without_name(khartoum), "{hits:?}");
    let text = String::from_utf8(
        ws.cmd(&["search", "sudan", "war", "--explain"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(text.contains("name Sudan: sudan -"), "{text}");
}

/// A surname typed in a query names the person the indexed speeches call by
/// it, as the full name would: the speech on Nasser gets the actor boost
/// and outranks one that writes the word more often in another man's name,
/// whose speech the extractor never took for Nasser's.
#[test]
fn a_surname_the_speeches_use_names_the_person() {
    let ws = Workspace::new();
    ws.write(
        "egypt.md",
        &article(
            "Statement",
            "We mourn President Nasser. Nasser led Egypt through hard years, and the \
             people of the Arab world remember his work for their independence.",
        ),
    );
    ws.write(
        "assembly.md",
        &article(
            "Statement",
            "We congratulate Mr. Nassir Abdulaziz Al-Nasser on his election. Under Mr. \
             Al-Nasser, the Assembly will work well; we assure Mr. Al-Nasser of our support.",
        ),
    );
    ws.index_folder();
    for typed in ["Nasser", "nasser"] {
        let hits = explained(&ws, &[typed]);
        assert_eq!(hits.len(), 2, "{typed}");
        assert_eq!(hits[0]["id"], "egypt.md", "{typed}");
        let actors: Vec<&Value> = hits[0]["explain"]["parts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["part"] == "actor")
            .map(|p| &p["actor"])
            .collect();
        assert_eq!(actors, ["Gamal Abdel Nasser"], "{typed}");
        assert_eq!(part_score(&hits[1], "actor"), 0.0, "{typed}");
    }
    // A word no speech calls anyone by names no one.
    let hits = explained(&ws, &["independence"]);
    assert_eq!(part_score(&hits[0], "actor"), 0.0);
}

/// Another first name typed before a person's other name makes it someone
/// else's, as the extractor reads the speeches: `Eric Trump hotel` gives no
/// speech Donald Trump's actor boost, and the speech on Eric Trump's hotel
/// leads; `President Trump` and `Trump` still name Donald Trump.
#[test]
fn another_first_name_before_a_surname_names_no_one() {
    let ws = Workspace::new();
    ws.write(
        "donald.md",
        &article(
            "Statement",
            "We heard President Trump at the Assembly. Trump spoke of trade, and the hotel \
             where the delegations stay was full. We thank Mr. Trump for his words.",
        ),
    );
    ws.write(
        "eric.md",
        &article(
            "Statement",
            "Eric Trump opened a hotel in the capital; the new hotel brings tourists and \
             jobs to our island.",
        ),
    );
    ws.index_folder();
    let hits = explained(&ws, &["Eric", "Trump", "hotel"]);
    assert_eq!(hits[0]["id"], "eric.md");
    for hit in &hits {
        assert_eq!(part_score(hit, "actor"), 0.0, "{}", hit["id"]);
    }
    for typed in [&["President", "Trump", "hotel"][..], &["Trump", "hotel"]] {
        let hits = explained(&ws, typed);
        assert_eq!(hits[0]["id"], "donald.md", "{typed:?}");
        assert!(part_score(&hits[0], "actor") > 0.0, "{typed:?}");
    }
}
