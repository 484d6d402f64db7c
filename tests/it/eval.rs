//! Extraction quality on the hand-annotated gold sets, scored by the same code
//! as `cargo run --example eval_extraction`: the shared one in
//! `../shared/eval/extraction` (skipped with a message when absent) and the
//! repository's own in `tests/data/gold`, which always runs.

#[allow(dead_code)]
#[path = "../../examples/eval_extraction.rs"]
mod scorer;

use crate::common::shared;
use std::path::Path;

#[test]
fn extraction_meets_the_gold_set_targets() {
    let Some(gold) = shared("eval/extraction/gold.jsonl") else {
        return;
    };
    let e = scorer::evaluate(gold.parent().unwrap()).unwrap();
    assert!(e.actors.f1() >= 0.90, "actors {}: {:#?}", e.actors, e.files);
    assert!(e.dates.f1() >= 0.95, "dates {}: {:#?}", e.dates, e.files);
}

/// A floor, not the target: the figures measured during issue #18's fourth
/// round (actors P 0.990 R 0.941 F1 0.965, dates P 0.983 F1 0.991; 0.955
/// before its annotation took a body's name with its country, 0.954 after
/// the third round, 0.914 before the second) less a small margin. Raise it
/// as extraction improves.
#[test]
fn extraction_stays_above_the_floor_on_our_gold_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.97,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(
        e.actors.f1() >= 0.962,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(
        e.dates.precision() >= 0.97,
        "dates {}: {:#?}",
        e.dates,
        e.files
    );
    assert!(e.dates.f1() >= 0.97, "dates {}: {:#?}", e.dates, e.files);
}

/// A floor for the fresh check set, written before the rules of issue #18's
/// second round (actors P 0.962 F1 0.838 then, P 0.970 F1 0.853 after it).
/// The third round's rules were made from its misses and those of
/// `tests/data/gold` (P 0.973 F1 0.906 after), so it is no longer held out;
/// P 0.987 F1 0.926 in the fourth (its annotation took a body's name with
/// its country), P 0.987 F1 0.929 in the fifth (the floor fails on the
/// fourth's code).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.97,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(
        e.actors.f1() >= 0.927,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
}

/// A floor for the second fresh set, written and annotated before the rules
/// of issue #18's third round (actors P 0.897 F1 0.744 with the code before
/// them, P 0.907 F1 0.763 after). The fourth round's rules were made from
/// its errors (P 0.963 F1 0.836 after), so it is no longer held out.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_second_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-2");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.95,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.82, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the third fresh set, written and annotated before the rules
/// of issue #18's fourth round (actors P 0.941 F1 0.723 with the code before
/// them, P 0.943 F1 0.747 after, scored last; one later rule came from its
/// false hits, P 0.971 F1 0.756). The fifth round's rules were made from
/// its errors too (P 0.982 F1 0.796 after; the floor fails on the fourth's
/// code, F1 0.761), so it is no longer held out.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_third_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-3");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.97,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.78, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the fourth fresh set, written and annotated before the rules
/// of issue #18's fifth round: actors P 0.939 F1 0.853 with the code before
/// them (the floor, less a margin), P 0.956 F1 0.864 after, scored last, so
/// that a rule change that costs recall or precision on text it was not
/// made from shows.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_fourth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-4");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.92,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.83, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the fifth fresh set, written and annotated before the rules
/// of issue #18's sixth round: actors P 0.964 F1 0.854 with the code before
/// them (the floor, less a margin); the sixth round's rules are for other
/// languages and leave it unchanged.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_fifth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-5");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.93,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.83, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the sixth fresh set, written and annotated before the rules
/// of issue #18's seventh round: actors P 0.966 F1 0.807 with the code before
/// them (main at 878a562; the floor, less a margin), P 0.966 F1 0.821 after
/// (two rules of the round came from misses seen in it: a party's adjective
/// or possessive before a name, a house's member written MP, TD, MLA).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_sixth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-6");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.94,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.79, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the seventh fresh set, written and annotated before the
/// rules of issue #18's eighth round: actors P 0.973 F1 0.805 with the code
/// before them (main at 261c871; the floor, less a margin), P 0.973 F1 0.815
/// after (the round's rule on parties named by shared words came partly from
/// misses seen in it).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_seventh_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-7");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.95,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.78, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the eighth fresh set, written and annotated before the
/// rules of issue #18's ninth round, without opening the lexicon: actors
/// P 0.955 F1 0.862 with the code before them (main at d0a28aa; the floor,
/// less a margin), P 0.962 F1 0.871 after the round's rule on an apostrophe
/// inside a name (prompted partly by its misses).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_eighth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-8");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.94,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.84, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the ninth fresh set, written and annotated before the rules
/// of issue #18's tenth round, without opening the lexicon: actors P 0.933
/// F1 0.812 with the code before them (main at 45c818e; the floor, less a
/// margin); the round's rules (other languages' organisation words) leave it
/// unchanged.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_ninth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-9");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.91,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.79, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the tenth fresh set, written and annotated before the rules
/// of issue #18's eleventh round, without opening the lexicon: actors
/// P 0.950 F1 0.817 with the code before them (main at 4f4fe53; the floor,
/// less a margin); the round's rules (roles and acronyms in other languages,
/// parties of four European states) leave it unchanged.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_tenth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-10");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.92,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.79, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the eleventh fresh set, written and annotated before the
/// rules of issue #18's twelfth round, without opening the lexicon: actors
/// P 0.976 F1 0.815 with the code before them (main at 1182774; the floor,
/// less a margin); the round's case forms of states leave it unchanged.
#[test]
fn actor_extraction_stays_above_the_floor_on_the_eleventh_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-11");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.94,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.79, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the twelfth fresh set, written and annotated before the
/// rules of issue #18's thirteenth round, without opening the lexicon: actors
/// P 0.989 F1 0.900 with the code before them (main at b806c3c); the round's
/// Latvian parties (prompted by it) bring it to P 0.990 F1 0.915 (the floor,
/// less a margin).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_twelfth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-12");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.96,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.89, "actors {}: {:#?}", e.actors, e.files);
}

/// A floor for the thirteenth fresh set, written and annotated before the
/// rules of issue #18's fourteenth round, without opening the lexicon: actors
/// P 0.968 F1 0.884 with the code before them (main at 799641e); the round's
/// lexicon entries (prompted in part by it) bring it to P 0.990 F1 0.913
/// (the floor, less a margin; fails on the code before).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_thirteenth_fresh_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold-fresh-13");
    let e = scorer::evaluate(&dir).unwrap();
    assert!(
        e.actors.precision() >= 0.97,
        "actors {}: {:#?}",
        e.actors,
        e.files
    );
    assert!(e.actors.f1() >= 0.90, "actors {}: {:#?}", e.actors, e.files);
}

/// Floors for the fourteenth to twenty-second fresh sets, each written before
/// a round's rules: blind 0.846, 0.849 (P 0.968), 0.869 (P 0.979), 0.907
/// (P 0.979; six UN excerpts and six commentaries), 0.866 (P 0.976; six
/// UN excerpts of 1948–2019 and six commentaries), 0.894 (P 0.963; six
/// UN excerpts of 1947–2022 and six commentaries), 0.904 (P 0.963; six
/// UN excerpts of 1946–2021 and six commentaries; 0.912 at P 0.975 once two
/// names were accepted, see its README) and 0.898 (P 0.969; six UN excerpts
/// of 1949–2007 and six commentaries; 0.903 at P 0.975 once an annotation
/// slip was corrected and one name accepted, see its README) and 0.825
/// (P 0.938; six UN excerpts of 1953–2017 and six commentaries; 0.840 at
/// P 0.958 once three names were accepted and two optional entries added, see
/// its README); after the rounds 0.929 at P 1.000, 0.952 at P 0.982, 0.947
/// at P 1.000, 0.973 at P 1.000, 0.955 at P 0.990, 0.975 at P 1.000, 0.983
/// at P 0.994, 0.967 at P 1.000 and 0.928 at P 0.976 (the floors, less a
/// margin; the sixteenth's to twenty-second's fail on the code before).
#[test]
fn actor_extraction_stays_above_the_floor_on_the_latest_fresh_sets() {
    for (set, precision, f1) in [
        ("tests/data/gold-fresh-14", 0.97, 0.90),
        ("tests/data/gold-fresh-15", 0.96, 0.93),
        ("tests/data/gold-fresh-16", 0.97, 0.92),
        ("tests/data/gold-fresh-17", 0.98, 0.95),
        ("tests/data/gold-fresh-18", 0.97, 0.93),
        ("tests/data/gold-fresh-19", 0.98, 0.95),
        ("tests/data/gold-fresh-20", 0.97, 0.96),
        ("tests/data/gold-fresh-21", 0.98, 0.945),
        ("tests/data/gold-fresh-22", 0.955, 0.905),
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        let e = scorer::evaluate(&dir).unwrap();
        assert!(
            e.actors.precision() >= precision && e.actors.f1() >= f1,
            "{set}: actors {}: {:#?}",
            e.actors,
            e.files
        );
    }
}

#[allow(dead_code)]
#[path = "../../examples/eval_issues.rs"]
mod issue_scorer;

/// Floors for the sets in other languages (French, German, Spanish,
/// Portuguese, Italian, Russian, Ukrainian). With the code before any rule
/// for them, actors scored F1 0.578 on the first and 0.560 on the second;
/// the first rules for other languages and their states' and bodies' names
/// brought them to 0.775 (P 0.954; written with its misses in view) and
/// 0.817 (P 0.927; its misses unread). Issue #18's fifth round made rules
/// from the errors of both (0.829 at P 0.986, 0.839 at P 0.951); the floors
/// fail on the fourth round's code. The third set was written and
/// annotated before the fifth round's rules and scored 0.697 at P 0.964
/// with the code before them (its floor, less a margin), 0.722 at P 0.966
/// after, scored last. Issue #18's sixth round read Russian and Ukrainian
/// bodies and people by their own cues from the errors of the three
/// (0.850 at P 0.986, 0.851 at P 0.952, 0.812 at P 0.972; the floors fail
/// on the fifth round's code). The fourth set was written and annotated
/// before the sixth round's rules: 0.685 at P 0.971 with the code before
/// them (its floor, less a margin), 0.777 at P 0.982 after, scored last
/// (two rules came from false hits seen in it). The fifth set was written
/// and annotated before the seventh round's rules: 0.708 at P 0.932 with the
/// code before them (main at 878a562; its floor, less a margin), 0.728 at
/// P 0.934 after. The sixth set (Polish, Italian, Portuguese and Turkish
/// among its nine languages) was written and annotated before the eighth
/// round's rules: 0.646 at P 0.934 with the code before them (main at
/// 261c871), 0.654 at P 0.935 after. The seventh set was written and
/// annotated before the ninth round's rules, without opening the lexicon:
/// 0.628 at P 0.939 with the code before them (main at d0a28aa). The ninth
/// round's Turkish titles and roles and Polish roles in the nominative
/// brought the sixth to 0.680 at P 0.939 and the seventh to 0.664 at
/// P 0.944. The eighth set (Czech, Romanian and Dutch among its twelve
/// languages) was written and annotated before the tenth round's rules,
/// without opening the lexicon: 0.622 at P 0.951 with the code before them
/// (main at 45c818e). The tenth round's organisation words (Turkish ones
/// that end a name, Dutch and Romanian ones that head it) brought the sixth
/// to 0.698, the seventh to 0.695 and the eighth to 0.644 at P 0.941 (their
/// floors, less a margin; the sixth's and seventh's fail on the code before).
/// The ninth set (Swedish and Croatian among its thirteen languages) was
/// written and annotated before the eleventh round's rules, without opening
/// the lexicon: 0.582 at P 0.891 with the code before them (main at
/// 4f4fe53). The round's roles in small letters of seven more languages, an
/// acronym before a name read as a body, and the lexicon's parties of
/// Sweden, Croatia, the Czech Republic and Spain (prompted by it) brought it
/// to 0.686 at P 0.918 (its floor, less a margin; fails on the code before).
/// The tenth set (Czech, Swedish, Croatian and Romanian among its thirteen
/// languages) was written and annotated before the twelfth round's rules,
/// without opening the lexicon: 0.650 at P 0.867 with the code before them
/// (main at 1182774; 0.654 at P 0.872 once a body's name with its country
/// was accepted, as the annotation rules ask). The round's case forms of
/// states in ten more languages brought it to 0.664 at P 0.874 and the
/// ninth to 0.691; cutting a body in the genitive off a person's name, to
/// 0.680 at P 0.894 and the ninth to 0.696; parties of Poland, Romania and
/// Greenland in the lexicon (prompted by it), to 0.711 at P 0.905 (its
/// floor, less a margin). The eleventh set (Norwegian, Danish, Slovak and
/// Hungarian new among its thirteen languages) was written and annotated
/// before the thirteenth round's rules, without opening the lexicon: 0.653
/// at P 0.942 with the code before them (main at b806c3c; 0.665 at P 0.959
/// once a body's name with its country and two usual English party names
/// were accepted). The round's parties of six states and EU bodies in seven
/// more languages (prompted by it) and shared names read by the article's
/// state brought it to 0.756 at P 0.980, and issue #18's fourteenth round
/// (verbs of saying and roles of more languages, leaders and parties of
/// 2024-2026) to 0.782 (its floor, less a margin). The twelfth set (Greek,
/// Finnish, Czech, Romanian, Spanish, Swedish), written before the
/// fourteenth round's rules: 0.429 at P 0.875 on the code before them
/// (799641e), 0.760 at P 0.979 after (its floor, less a margin).
#[test]
fn actor_extraction_stays_above_the_floor_in_other_languages() {
    for (set, precision, f1) in [
        ("tests/data/gold-multilingual", 0.97, 0.84),
        ("tests/data/gold-multilingual-2", 0.93, 0.845),
        ("tests/data/gold-multilingual-3", 0.95, 0.79),
        ("tests/data/gold-multilingual-4", 0.94, 0.66),
        ("tests/data/gold-multilingual-5", 0.91, 0.69),
        ("tests/data/gold-multilingual-6", 0.91, 0.69),
        ("tests/data/gold-multilingual-7", 0.92, 0.685),
        ("tests/data/gold-multilingual-8", 0.92, 0.625),
        ("tests/data/gold-multilingual-9", 0.89, 0.65),
        ("tests/data/gold-multilingual-10", 0.87, 0.68),
        ("tests/data/gold-multilingual-11", 0.95, 0.76),
        ("tests/data/gold-multilingual-12", 0.95, 0.73),
        // Written before the fifteenth, sixteenth and seventeenth rounds'
        // rules: 0.612, 0.722 (P 0.899) and 0.680 (P 0.896) blind; 0.810 at
        // P 0.962, 0.888 at P 0.976 and 0.902 at P 0.985 after (the floors,
        // less a margin; the fifteenth set's fails on the code before).
        ("tests/data/gold-multilingual-13", 0.94, 0.78),
        ("tests/data/gold-multilingual-14", 0.95, 0.86),
        ("tests/data/gold-multilingual-15", 0.96, 0.87),
        // Eight languages the older sets have least (hu, el, fi, sk, da,
        // no, hr, sv), written before the round multilingual-16's rules:
        // 0.468 at P 0.880 blind, 0.660 at P 0.930 after (the floor fails
        // on the code before).
        ("tests/data/gold-multilingual-16", 0.91, 0.64),
        // Eight languages of the beat the older sets have least (ro, el,
        // fi, hu, sk, da, no, hr) on Asia, the Middle East, West Africa and
        // the Andes, written before the round multilingual-17's rules:
        // 0.604 at P 0.964 blind, 0.767 at P 0.991 after (the floor fails
        // on the code before).
        ("tests/data/gold-multilingual-17", 0.97, 0.74),
        // Six languages users bring most (ru, uk, de, fr, es, pl) and two
        // the older sets have least (fi, sk), each on a country its older
        // articles did not cover, written before the round
        // multilingual-18's rules: 0.732 at P 0.959 blind, 0.759 at P 0.984
        // after (the floor fails on the code before).
        ("tests/data/gold-multilingual-18", 0.96, 0.74),
        // Eight languages the older sets have least or not at all (it, pt,
        // nl, ro, hu, cs, hr, bg), each on a country its older articles did
        // not cover, written before the round multilingual-19's rules:
        // 0.698 at P 0.896 blind, 0.752 at P 0.912 after (the floor fails
        // on the code before).
        ("tests/data/gold-multilingual-19", 0.89, 0.73),
        // Eight languages the older sets have least (bg, da, el, no, fi,
        // sk, sv, et), each on a country its older articles did not cover,
        // written before the round multilingual-20's rules: 0.669 at P
        // 0.939 blind, 0.775 at P 0.983 after (the floor fails on the code
        // before).
        ("tests/data/gold-multilingual-20", 0.96, 0.755),
        // Eight languages the older sets have least (et, bg, da, el, hu, no,
        // hr, nl), each on a country its older articles did not cover,
        // written before the round multilingual-21's rules: 0.737 at P
        // 0.948 blind, 0.824 at P 0.977 after (the floor fails on the code
        // before).
        ("tests/data/gold-multilingual-21", 0.955, 0.80),
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        let e = scorer::evaluate(&dir).unwrap();
        assert!(
            e.actors.precision() >= precision && e.actors.f1() >= f1,
            "{set}: actors {}: {:#?}",
            e.actors,
            e.files
        );
    }
}

/// Dates in the articles of the other languages, all four sets scored as
/// one: P 0.833 (15 of 18), R 0.682 (15 of 22) before French, Spanish,
/// Italian, Portuguese and German month names were read, P 0.833 (20 of
/// 24), R 0.909 (20 of 22) after. Issue #18's seventh round (Russian and
/// Ukrainian deadlines and futures; days written in the other languages
/// without a year, which are optional but a false hit in a wrong year, put
/// in the publication year unless told in the past): P 1.000 (22 of 22), R
/// 1.000. Found but placed by the English rules alone, those days cost two
/// false hits (P 0.917). The floor fails on the code before. Issue #18's
/// ninth round added the fifth and sixth sets (Turkish dates, lists of
/// years in other languages' words): all six P 0.951 (39 of 41), R 0.951
/// before, P 0.976 (41 of 42), R 1.000 after.
#[test]
fn date_extraction_in_other_languages_stays_above_the_floor() {
    let all = dates_of_sets(&[
        "tests/data/gold-multilingual",
        "tests/data/gold-multilingual-2",
        "tests/data/gold-multilingual-3",
        "tests/data/gold-multilingual-4",
        "tests/data/gold-multilingual-5",
        "tests/data/gold-multilingual-6",
    ]);
    assert!(
        all.precision() >= 0.97 && all.recall() >= 0.95,
        "dates in other languages: {all:?}"
    );
}

/// Dates in the five English commentary sets scored as one. Issue #18's
/// seventh round (days that "will" come or are "due", weekdays, event
/// nouns before a year): P 0.936 (88 of 94) R 0.978 (88 of 90) before,
/// P 0.978 (90 of 92) R 1.000 after. The floor fails on the code before.
#[test]
fn date_extraction_in_commentary_stays_above_the_floor() {
    let all = dates_of_sets(&[
        "tests/data/gold-fresh",
        "tests/data/gold-fresh-2",
        "tests/data/gold-fresh-3",
        "tests/data/gold-fresh-4",
        "tests/data/gold-fresh-5",
    ]);
    assert!(
        all.precision() >= 0.97 && all.recall() >= 0.97,
        "dates in commentary: {all:?}"
    );
}

/// The blind date set written for issue #18's eighth round before its
/// rules: P 0.899 (186/207) R 0.869 (186/214) with main at 261c871 (the
/// blind figure), P 0.972 (209/215) R 0.977 after the round's rules (made
/// from its misses, so no longer blind). The floor fails on the code before.
/// The ninth round's rules: P 0.972 (211/217) R 0.986 (211/214); the
/// tenth's: P 0.981 (211/215).
#[test]
fn date_extraction_stays_above_the_floor_on_the_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-1"]);
    assert!(
        all.precision() >= 0.96 && all.recall() >= 0.97,
        "dates of gold-dates-1: {all:?}"
    );
}

/// The blind date set written for issue #18's ninth round before its rules
/// (22 of its 28 texts in other languages): P 0.875 (168/192) R 0.808
/// (168/208) with main at d0a28aa (the blind figure), P 0.932 (204/219) R
/// 0.981 (204/208) after the round's rules (made from its misses, so no
/// longer blind); the floor is that less a margin, and fails on the code
/// before. The tenth round's rules: P 0.953 (204/214); the eleventh's
/// (a full date earlier in the sentence): P 0.962 (204/212).
#[test]
fn date_extraction_stays_above_the_floor_on_the_second_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-2"]);
    assert!(
        all.precision() >= 0.94 && all.recall() >= 0.96,
        "dates of gold-dates-2: {all:?}"
    );
}

/// The blind date set written for issue #18's tenth round before its rules
/// (half in English, dense in yearless days just before and after
/// publication): P 0.778 (154/198) R 0.885 (154/174) with main at 45c818e
/// (the blind figure), P 0.856 (154/180) R 0.885 after the round's rules
/// (days weeks ahead, a year opening the sentence); the floor is that less
/// a margin, and its precision fails on the code before. The eleventh
/// round's rules: P 0.865 (154/178).
#[test]
fn date_extraction_stays_above_the_floor_on_the_third_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-3"]);
    assert!(
        all.precision() >= 0.84 && all.recall() >= 0.86,
        "dates of gold-dates-3: {all:?}"
    );
}

/// The blind date set written for issue #18's eleventh round before its
/// rules (half in English; yearless days a full date earlier in the
/// sentence or the article places, names and numbers): P 0.839 (120/143)
/// R 0.863 (120/139) with main at 4f4fe53 (the blind figure), P 0.902
/// (120/133) R 0.863 after the round's rules (a full date earlier in the
/// sentence, other languages' year phrases, a day long past the article
/// dates); the floor is that less a margin, and its precision fails on the
/// code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_fourth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-4"]);
    assert!(
        all.precision() >= 0.88 && all.recall() >= 0.84,
        "dates of gold-dates-4: {all:?}"
    );
}

/// The blind date set written for issue #18's twelfth round before its
/// rules (half in English; eleven other languages with Czech and Swedish):
/// P 0.808 (97/120) R 0.740 (97/131) with main at 1182774 (the blind
/// figure), P 0.844 (103/122) R 0.786 after the round's rules (Czech,
/// Slovak, Swedish and Romanian months, the days of a range in one year,
/// days naming bodies and squares, Italian "1°", deadlines long past); the
/// floor is that less a margin, and its recall fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_fifth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-5"]);
    assert!(
        all.precision() >= 0.84 && all.recall() >= 0.80,
        "dates of gold-dates-5: {all:?}"
    );
}

/// The blind date set written for issue #18's thirteenth round before its
/// rules (half in English; twelve other languages with Norwegian and
/// Croatian): P 0.653 (77/118) R 0.706 (77/109) with main at b806c3c (the
/// blind figure), P 0.739 (88/119) R 0.807 after the round's rules
/// (Croatian and Norwegian months, years of audits, codes and reports, a
/// when-clause's year, relative years opening a sentence); the floor is
/// that less a margin, and fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_sixth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-6"]);
    assert!(
        all.precision() >= 0.72 && all.recall() >= 0.78,
        "dates of gold-dates-6: {all:?}"
    );
}

/// The blind date set written for issue #18's fourteenth round before its
/// rules (four English texts, German, French, Spanish, Czech): P 0.804
/// (37/46) R 0.841 (37/44) with main at 799641e (the blind figure; R 0.881
/// once years inside a plan's name were made optional), P 0.955 (42/44) R
/// 1.000 after the round's rules (a title's years, years a target is or
/// that is chosen, German years before the auxiliary, appointments months
/// ahead carried to next year); the floor is that less a margin, and fails
/// on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_seventh_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-7"]);
    assert!(
        all.precision() >= 0.93 && all.recall() >= 0.95,
        "dates of gold-dates-7: {all:?}"
    );
}

/// The blind date set written for issue #18's sixteenth round before its
/// rules (four English texts, Polish, Czech, Ukrainian, Italian): P 0.904
/// (47/52) R 0.940 (47/50) with main at fbd02ed (the blind figure), P 1.000
/// (48/48) R 0.960 after the round's rules (a year after "since" places no
/// later day, a listed day keeps the article's reading, "per il 2027"); the
/// floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_eighth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-8"]);
    assert!(
        all.precision() >= 0.97 && all.recall() >= 0.95,
        "dates of gold-dates-8: {all:?}"
    );
}

/// The blind date set of issue #18's eighteenth round (Swedish, Hungarian,
/// Turkish, Dutch, German, Spanish, English): F1 0.761 at P 0.915 with main
/// at 346f1d3 (the blind figure), 0.922 at P 0.952 after that round's rules,
/// P 0.968 (60/62) R 0.909 (60/66) after the nineteenth's; the floor is
/// that less a margin.
#[test]
fn date_extraction_stays_above_the_floor_on_the_ninth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-9"]);
    assert!(
        all.precision() >= 0.95 && all.recall() >= 0.89,
        "dates of gold-dates-9: {all:?}"
    );
}

/// The blind date set of issue #18's nineteenth round (Croatian, Romanian,
/// Greek, Finnish, Italian, Czech, Ukrainian, English): P 0.870 (47/54) R
/// 0.723 (47/65) with main at ce081da (the blind figure), P 0.984 (60/61) R
/// 0.923 (60/65) after the round's rules (the article's language, Greek
/// ordinal days, schedules, coming appointments, headline years); the floor
/// fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_tenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-10"]);
    assert!(
        all.precision() >= 0.96 && all.recall() >= 0.90,
        "dates of gold-dates-10: {all:?}"
    );
}

/// The blind date set of issue #18's twentieth round (thirteen texts
/// published around a new year, in English and ten other languages): P
/// 0.955 (84/88) R 0.923 (84/91) with main at dad9710 (the blind figure), P
/// 1.000 (90/90) R 0.989 (90/91) after the round's rules (days in a run to
/// come, days just past told in no tense, relative clauses and quotations
/// after a day, a year named as a target, Romanian pe, Dutch tussen,
/// Ukrainian dashed ranges in a list); the floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_eleventh_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-11"]);
    assert!(
        all.precision() >= 0.98 && all.recall() >= 0.97,
        "dates of gold-dates-11: {all:?}"
    );
}

/// The blind date set of issue #18's round "dates-nordic" (Danish,
/// Norwegian, Swedish, Finnish, Estonian, Lithuanian, Hungarian, Greek): P
/// 0.974 (38/39) R 0.481 (38/79) with main at dad9710 (the blind figure), P
/// 0.987 (77/78) R 0.975 (77/79) after the round's rules (cue words gated by
/// the article's language, Estonian months, Lithuanian full dates); the
/// floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_twelfth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-12"]);
    assert!(
        all.precision() >= 0.96 && all.recall() >= 0.95,
        "dates of gold-dates-12: {all:?}"
    );
}

/// Dates of the thirteenth date set (twelve texts in English, Slovak,
/// Romanian, Croatian, Dutch, Portuguese, Czech, Turkish, Polish and
/// Italian, issue #18's round "dates-22"): P 0.899 (80/89) R 0.842 (80/95)
/// with main at 141d000 (the blind figure), P 0.978 (89/91) R 0.937 (89/95)
/// after the round's rules (Czech and Slovak tenses, Portuguese pasts in
/// "-iu", a year opening a later clause, relative years after a day, Slovak
/// locative months, more languages' year cues); the floor fails on the code
/// before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_thirteenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-13"]);
    assert!(
        all.precision() >= 0.95 && all.recall() >= 0.91,
        "dates of gold-dates-13: {all:?}"
    );
}

/// Dates of the fourteenth date set (twelve texts in English, Danish,
/// Norwegian, Swedish, Finnish, Estonian, Lithuanian, Greek and Slovak,
/// issue #18's round "dates-23"): P 0.922 (71/77) R 0.855 (71/83) with main
/// at ee843ec (the blind figure), P 0.951 (77/81) R 0.928 (77/83) after the
/// round's rules (a doubtful Danish guess of the language kept, Danish and
/// Norwegian year phrases, relative years opening a sentence in more
/// languages, clauses of time of other languages); the floor fails on the
/// code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_fourteenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-14"]);
    assert!(
        all.precision() >= 0.93 && all.recall() >= 0.90,
        "dates of gold-dates-14: {all:?}"
    );
}

/// Dates of the fifteenth date set (twelve texts in English, Hungarian,
/// Lithuanian, Estonian, Danish, Slovak, Croatian, Romanian and Czech,
/// issue #18's round "dates-24"): P 0.912 (83/91) R 0.865 (83/96) with main
/// at 07672ad (the blind figure), P 1.000 (95/95) R 0.990 (95/96) after the
/// round's rules (a year after a copula, German years before a verb or an
/// article, Czech, Lithuanian, Hungarian and Estonian year forms, a later
/// day of a list read from the list's clause, written dates placing days
/// just before them); the floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_fifteenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-15"]);
    assert!(
        all.precision() >= 0.98 && all.recall() >= 0.97,
        "dates of gold-dates-15: {all:?}"
    );
}

/// Dates of the sixteenth date set (twelve texts in English, French,
/// Norwegian, Greek, Finnish, Swedish, Lithuanian, Estonian and Hungarian,
/// issue #18's round "dates-25"): P 0.929 (78/84) R 0.975 (78/80) with main
/// at 8b47c0e (the blind figure), P 1.000 (80/80) R 1.000 (80/80) after the
/// round's rules (a participle after a future auxiliary is no past, a
/// relative year right before a day, a year after a Greek conjunction,
/// "the last" as final, Swedish "hålls 2029", Hungarian "2006
/// megismétlődjön"); the floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_sixteenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-16"]);
    assert!(
        all.precision() >= 0.98 && all.recall() >= 0.98,
        "dates of gold-dates-16: {all:?}"
    );
}

/// A floor for the seventeenth date set (`tests/data/gold-dates-17`, written
/// for issue #18's round "dates-27"): P 0.976 (81/83) R 0.942 (81/86) with
/// main at 8f109ac (the blind figure), P 0.988 (82/83) R 0.953 (82/86)
/// after the round's rules (a sentence runs back past ordinal dots,
/// Croatian "te godine", Danish "marts", Nordic and Dutch deadlines with a
/// modal); the floor fails on the code before.
#[test]
fn date_extraction_stays_above_the_floor_on_the_seventeenth_date_set() {
    let all = dates_of_sets(&["tests/data/gold-dates-17"]);
    assert!(
        all.precision() >= 0.98 && all.recall() >= 0.945,
        "dates of gold-dates-17: {all:?}"
    );
}

/// The dates of the gold sets `sets` scored as one.
fn dates_of_sets(sets: &[&str]) -> scorer::Tally {
    let mut all = scorer::Tally::default();
    for set in sets {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        let dates = scorer::evaluate(&dir).unwrap().dates;
        all.hits += dates.hits;
        all.scored += dates.scored;
        all.found += dates.found;
        all.required += dates.required;
    }
    all
}

fn issue_gold() -> (std::path::PathBuf, std::path::PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (
        root.join("tests/data/issues/gold.jsonl"),
        root.to_path_buf(),
    )
}

/// A floor above the target (R 0.85 at P 0.85): tagging reached P 0.869,
/// R 0.855 when phrases came to match their "of" forms, and P 0.862,
/// R 0.855 with conflicts' parties as states and more key phrases, P 0.869
/// R 0.855 when a region's states had to be named twice, P 0.864 R 0.871
/// when issues asking three hits asked fewer of short texts, P 0.871
/// R 0.871 when bare "indigenous peoples" stopped counting as human rights
/// (the precision floor fails on the old code), and P 0.864 R 0.871 when
/// democracy came to cover governance (no-confidence votes, impeachment,
/// constitutional courts), which raised recall on the blind
/// `gold-actor-sets-9.jsonl` from 0.562 to 0.719 for one false tag here,
/// and P 0.857 R 0.871 when 39 issues got phrases in Czech, Romanian and
/// Dutch and the wars and regions named only in English got them in the
/// other languages of the beat: recall on the blind
/// `gold-actor-sets-10.jsonl` went from 0.233 to 0.400 (P 0.438 to 0.545)
/// for one false tag here (a Russian piece on free speech, as its English
/// twin would be), so the precision floor is the target itself; and
/// P 0.863 R 0.863 when a bare "Europe" stopped meeting European security
/// on its own: the German speech of 1990 names it four times and nothing
/// else of the region's security, while over the other sets the rule
/// removed eight false Europe tags for one right one, so the recall floor
/// went from 0.865 to 0.86. The eighteenth round took it to P 0.849
/// R 0.863: German got "Verteidigungsausgaben" as English has "defence
/// spending", which tags alliances on the 78-word debt-brake brief of
/// `corpus/de` here (it names it in its lead) and rightly on the longer
/// German piece of `gold-languages.jsonl`, so the precision floor went
/// from 0.85 to 0.84. The twenty-second round took it to P 0.848
/// R 0.855: the African Union stopped being a phrase of Africa, which
/// loses Africa on the Kenyan piece about the Union's chairmanship vote
/// (it names the Union and never the continent) and removes seven false
/// Africa tags over the other sets (one African state's coup, election or
/// mission, where the Union suspends, mediates or deploys), so the recall
/// floor went from 0.86 to 0.85.
/// Raise it as tagging improves.
#[test]
fn issue_tagging_stays_above_the_floor_on_its_gold_set() {
    let (gold, root) = issue_gold();
    let e = issue_scorer::evaluate(&gold, &root).unwrap();
    assert!(
        e.micro.precision() >= 0.84,
        "issues {}: {:#?}",
        e.micro,
        e.files
    );
    assert!(
        e.micro.recall() >= 0.85,
        "issues {}: {:#?}",
        e.micro,
        e.files
    );
}

/// Floors for the fresh sets, each annotated and scored before a round of
/// rule changes that was not fitted to it, so that a change that costs
/// tagging on unseen articles shows: `gold-fresh.jsonl` scored P 0.800,
/// R 0.571 when first used, P 0.810, R 0.607 after the third round and
/// P 0.900, R 0.643 after the fourth; `gold-fresh-2.jsonl` P 0.750, R 0.477
/// before the third round, P 0.825, R 0.750 after it (optimistic: see its
/// README) and P 0.854, R 0.795 after the fourth; `gold-fresh-3.jsonl`,
/// annotated before the fourth, P 0.848, R 0.800 before it (its floor, less
/// a margin) and P 0.909, R 0.857 after it (partly seen: see its README);
/// `gold-fresh-4.jsonl`, annotated before the fifth, P 0.935, R 0.644
/// before it (its floor, less a margin) and P 0.941, R 0.711 after it
/// (partly seen); `gold-fresh-5.jsonl`, annotated before the sixth,
/// P 0.738, R 0.620 before it (its floor, less a margin), P 0.756,
/// R 0.680 after it (partly seen) and P 0.773 once a bare "blockade" (the
/// students' blockades in Serbia) stopped counting as sanctions (its
/// precision floor fails on the code before); `gold-fresh-6.jsonl`,
/// annotated before the seventh, P 0.818, R 0.643 before it (its floor,
/// less a margin) and P 0.863, R 0.786 after it (partly seen). The
/// seventh round's words for shipping, displacement and political
/// settlements then brought `gold-fresh.jsonl` to P 0.905, R 0.679,
/// `gold-fresh-2.jsonl` to P 0.860, R 0.841 and `gold-fresh-4.jsonl` to
/// P 0.944, R 0.756 (their recall floors fail on the code before them).
/// `gold-fresh-7.jsonl`, annotated before the eleventh, P 0.723, R 0.723
/// before it (its floor, less a margin) and P 0.742, R 0.754 after it, with
/// emigration and displacement words in the languages besides English and
/// Central and West Asia no longer the Asia-Pacific (partly seen), then
/// P 0.762, R 0.738 after the twelfth (an intermediary, "посередник",
/// who resells oil is no mediator: the deported children's mediators
/// went with the false tags). `gold-fresh-8.jsonl`, annotated before the twelfth,
/// P 0.720, R 0.562 before it (its floor, less a margin) and P 0.811,
/// R 0.672 after it (partly seen: the words of seven of its misses went in
/// for every language that lacked them). `gold-fresh-9.jsonl`, annotated
/// before the thirteenth, P 0.656, R 0.645 before it and P 0.686, R 0.774
/// after it (partly seen: Swedish words for 23 issues, which the lexicon
/// had none of, Czech gas and power words, Dutch war-crimes and ICC words);
/// its recall floor fails on the code before. `gold-fresh-10.jsonl`,
/// annotated before the fourteenth, P 0.750, R 0.677 before it (its floor,
/// less a margin) and P 0.818, R 0.871 after it (partly seen: Cold War,
/// racism, Indochina, arbitration and trade-talk words in the languages
/// that lacked them). `gold-fresh-11.jsonl`, annotated before the
/// fifteenth, P 0.679, R 0.543 before it (its floor, less a margin) and
/// P 0.765, R 0.743 after it (partly seen: terrorist groups, North Korea,
/// trade-policy, sea-level, exodus and humanitarian-corridor words).
/// `gold-fresh-12.jsonl` (eleven of twelve pieces in languages the lexicon
/// had no issue words in), annotated before the sixteenth, P 0.750,
/// R 0.222 before it and P 0.857, R 0.889 after it (seen: its author wrote
/// the words of those languages); its recall floor fails on the code before.
/// `gold-fresh-13.jsonl` (nine of twelve pieces in Slovenian, Croatian,
/// Romanian, Swedish, Czech, Dutch, Portuguese, Italian and Ukrainian),
/// annotated before the seventeenth, P 0.842, R 0.667 before it and P 0.850,
/// R 0.708 after it (partly seen: restrictions on women and military aid to
/// Ukraine came with reading its misses). `gold-fresh-14.jsonl` (twenty
/// pieces, fourteen in languages besides English), annotated before the
/// eighteenth, P 0.738, R 0.620 before it and P 0.776, R 0.760 after it
/// (partly seen: resignations as governance, states named in passing, and
/// climate, debt, alliance and energy words in the languages that lacked
/// them came with reading its misses). `gold-fresh-15.jsonl` (seventeen
/// pieces, eight in languages besides English), annotated before the
/// nineteenth, P 0.853, R 0.853 before it and P 0.865, R 0.941 after it
/// (partly seen: immigrants, killings without trial and the two armies in
/// Ukraine came with reading its misses); its recall floor fails on the
/// code before. `gold-fresh-16.jsonl` (seventeen pieces, eight in
/// languages besides English), annotated before the twentieth, P 0.641,
/// R 0.735 before it (blind), unchanged after it (a capital no longer a
/// second mention of its state changed no tag of it), P 0.694 after the
/// twenty-first (elections from two words, Salt Typhoon, phone calls).
/// `gold-fresh-17.jsonl` (seventeen pieces, eight in languages besides
/// English), annotated before the twenty-first, P 0.788, R 0.765 before it
/// (blind) and P 0.853, R 0.853 after it (partly seen: the plastics,
/// algorithm and German non-proliferation words came with reading its
/// misses), P 0.879 after the twenty-second (the African Union no phrase of
/// Africa). `gold-fresh-18.jsonl` (eighteen pieces, ten in languages
/// besides English), annotated before the twenty-second, P 0.906,
/// R 0.806 before it (blind) and P 0.917, R 0.917 after it (partly seen:
/// the third-term, food self-sufficiency, foreign-aid and global
/// institutions words came with reading its misses); its recall floor
/// fails on the code before. `gold-fresh-19.jsonl` (sixteen pieces, eight
/// in languages besides English, many on land, drought and nature),
/// annotated before the twenty-third, P 0.844, R 0.659 before it (blind)
/// and P 0.872, R 0.829 after it (partly seen: the land-degradation,
/// wildlife, gas-storage and search-and-rescue words came with reading its
/// misses).
#[test]
fn issue_tagging_holds_on_the_fresh_sets() {
    tagging_holds_above(&[
        ("gold-fresh.jsonl", 0.88, 0.66),
        ("gold-fresh-2.jsonl", 0.85, 0.83),
        ("gold-fresh-3.jsonl", 0.80, 0.75),
        ("gold-fresh-4.jsonl", 0.90, 0.74),
        ("gold-fresh-5.jsonl", 0.77, 0.58),
        ("gold-fresh-6.jsonl", 0.78, 0.60),
        ("gold-fresh-7.jsonl", 0.69, 0.69),
        ("gold-fresh-8.jsonl", 0.68, 0.52),
        ("gold-fresh-9.jsonl", 0.64, 0.72),
        ("gold-fresh-10.jsonl", 0.72, 0.65),
        ("gold-fresh-11.jsonl", 0.65, 0.52),
        ("gold-fresh-12.jsonl", 0.80, 0.80),
        ("gold-fresh-13.jsonl", 0.80, 0.65),
        ("gold-fresh-14.jsonl", 0.75, 0.74),
        ("gold-fresh-15.jsonl", 0.84, 0.92),
        ("gold-fresh-16.jsonl", 0.67, 0.71),
        ("gold-fresh-17.jsonl", 0.83, 0.83),
        ("gold-fresh-18.jsonl", 0.89, 0.89),
        ("gold-fresh-19.jsonl", 0.85, 0.80),
    ]);
}

/// Floors for the sets in French, German, Spanish, Portuguese and Italian.
/// `gold-languages.jsonl` (12 commentaries, annotated before their issue
/// phrases were written) scored P 0.857, R 0.200 with English phrases only,
/// P 0.947, R 0.600 with phrases in those languages, P 0.950, R 0.633
/// after a round that read its misses (partly seen) and P 0.957, R 0.733
/// with summit, negotiation, humanitarian and forest words in every one of
/// those languages (the recall floor fails on the code before them).
/// `gold-languages-2.jsonl` (5 more, written and annotated after the
/// phrases) P 0.500, R 0.091 on the old code, P 0.857, R 0.545 when first
/// scored, P 1.000 once "de-dollarization" stopped meeting "de dollars",
/// R 0.818 with energy, oil and disaster words in those languages, and
/// R 0.909 with emigration words in them (Venezuela's emigrants: the
/// recall floor fails on the code before).
/// `gold-languages.jsonl` then went to P 1.000, R 0.733 when a bare
/// "Europe" stopped meeting European security on its own (a false tag on
/// the German gas piece gone, a right one on the Italian piece on the war,
/// which names "Europa" and "europei" and no more, lost).
/// Both floors fail on the old code. Its precision fell to 0.920 when
/// "Moskau" became Russia (two German pieces then named three European
/// states twice) and came back to 1.000 when a region's survey stopped
/// counting a capital as a second mention of its state (issues-18); the
/// precision floor fails on the code before that.
#[test]
fn issue_tagging_holds_in_five_more_languages() {
    tagging_holds_above(&[
        ("gold-languages.jsonl", 0.97, 0.70),
        ("gold-languages-2.jsonl", 0.95, 0.85),
    ]);
}

/// Floor for the Polish and Turkish set. `gold-languages-3.jsonl` (12
/// commentaries, written blind to the lexicon) scored R 0.000 with no
/// Polish or Turkish phrases, and P 1.000, R 0.480 when first scored with
/// them (blind: they were written before the set). The floor fails on the
/// code before them.
#[test]
fn issue_tagging_holds_in_polish_and_turkish() {
    tagging_holds_above(&[("gold-languages-3.jsonl", 0.90, 0.45)]);
}

/// Floors for the issues of the actor sets, annotated with them by the
/// helpers who wrote those sets. `gold-actor-sets-8.jsonl` scored P 0.696,
/// R 0.457 when its issue phrases were last changed, and P 0.692, R 0.514
/// once democracy covered governance; `gold-actor-sets-9.jsonl` scored
/// P 0.783, R 0.562 with main's code before the ninth round (blind) and
/// P 0.821, R 0.719 once democracy covered governance (its recall floor
/// fails on the code before); `gold-actor-sets-10.jsonl` scored P 0.438,
/// R 0.233 with main's code before the tenth round (blind) and P 0.545,
/// R 0.400 once 39 issues had phrases in Czech, Romanian and Dutch and in
/// every language for the wars and regions (its recall floor fails on the
/// code before); `gold-actor-sets-11.jsonl` scored P 0.562, R 0.600 with
/// main's code before the eleventh round (blind), unchanged after it.
#[test]
fn issue_tagging_holds_on_the_actor_sets() {
    tagging_holds_above(&[
        ("gold-actor-sets-8.jsonl", 0.65, 0.48),
        ("gold-actor-sets-9.jsonl", 0.78, 0.68),
        ("gold-actor-sets-10.jsonl", 0.50, 0.36),
        ("gold-actor-sets-11.jsonl", 0.50, 0.55),
    ]);
}

/// Each set beside the issue gold (file name, precision floor, recall floor)
/// scores at or above its floors.
fn tagging_holds_above(sets: &[(&str, f64, f64)]) {
    let (gold, root) = issue_gold();
    for &(name, precision, recall) in sets {
        let e = issue_scorer::evaluate(&gold.with_file_name(name), &root).unwrap();
        assert!(
            e.micro.precision() >= precision && e.micro.recall() >= recall,
            "{name}: issues {}: {:#?}",
            e.micro,
            e.files
        );
    }
}

/// The Russian and Ukrainian commentaries of `corpus/` get the issues a
/// reader files them under (as the gold has them, by reading), through
/// phrases written once in the nominative, and no issue the gold lacks.
#[test]
fn russian_and_ukrainian_articles_get_their_issues() {
    let (gold, root) = issue_gold();
    let e = issue_scorer::evaluate(&gold, &root).unwrap();
    let expected: &[(&str, &[&str])] = &[
        (
            "corpus/ru/2024-11-08-vybory-ssha-moskva.json",
            &["elections", "security/nuclear-arms-control"],
        ),
        (
            "corpus/ru/2025-03-25-peremirie-chernoe-more.md",
            &[
                "conflict/ceasefire",
                "conflict/ukraine-war",
                "diplomacy/negotiations",
                "region/black-sea",
            ],
        ),
        (
            "corpus/ru/2025-05-16-stambul-peregovory.md",
            &[
                "conflict/ceasefire",
                "conflict/ukraine-war",
                "diplomacy/negotiations",
            ],
        ),
        (
            "corpus/ru/2025-06-27-sankcii-paket.txt",
            &["economy/sanctions", "energy/oil-gas"],
        ),
        (
            "corpus/ru/2025-03-20-kommentariy-cp1251.txt",
            &["conflict/ceasefire", "diplomacy/us-russia-relations"],
        ),
        (
            "corpus/ru/2022-09-20-erdogan-chernoe-more-utf16.txt",
            &["food-security", "region/black-sea"],
        ),
        (
            "corpus/uk/2025-03-12-dzhidda-zayava.txt",
            &[
                "conflict/ceasefire",
                "conflict/ukraine-war",
                "diplomacy/negotiations",
            ],
        ),
        ("corpus/uk/2025-04-30-uhoda-nadra.md", &[]),
    ];
    // Tags the gold lacks that a reader could give, left in the score as
    // false tags: a ceasefire on both sides' energy infrastructure, where
    // the article names Russia and Ukraine, is a truce in the war (the
    // gold's README files such truces under the war too); Russian and US
    // delegations in talks in a two-paragraph brief.
    let disputed: &[(&str, &str)] = &[
        (
            "corpus/ru/2025-03-20-kommentariy-cp1251.txt",
            "conflict/ukraine-war",
        ),
        (
            "corpus/ru/2025-03-25-peremirie-chernoe-more.md",
            "diplomacy/us-russia-relations",
        ),
    ];
    for (file, issues) in expected {
        let f = e.files.iter().find(|f| f.file == *file).unwrap();
        let false_tags: Vec<&String> = f
            .false_tags
            .iter()
            .filter(|t| !disputed.contains(&(*file, t.as_str())))
            .collect();
        assert!(false_tags.is_empty(), "{file}: {false_tags:?}");
        for issue in *issues {
            assert!(
                !f.misses.contains(&issue.to_string()),
                "{file}: {issue} missed"
            );
        }
    }
}

/// The thirteenth blind ranking set (`tests/data/ranking/needs-blind-13.jsonl`,
/// 16 needs over UNGDC sessions 45–54), scored by `benches/judged.py` with
/// this build: nDCG@10 0.896 pundex, 0.921 with the needs' filters (FTS5
/// 0.815) with main at 141d000 before any change (the blind figure; 0.894 /
/// 0.919 with the one speech judged afterwards), 0.894 / 0.937 after
/// ranking-19's lexicon (issues-17). The floor is that less a margin; it
/// skips without `../shared` or `python3`.
#[test]
fn ranking_stays_above_the_floor_on_blind_13() {
    if shared("corpus/ungdc").is_none() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .current_dir(repo)
        .arg("benches/judged.py")
        .args(["score", "--set", "blind-13", "--json", "--pundex"])
        .arg(assert_cmd::cargo::cargo_bin("pundex"))
        .arg("--cache")
        .arg(cache.path())
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mean = |system: &str| scores["mean"][system]["ndcg@10"].as_f64().unwrap();
    assert!(mean("pundex") >= 0.87, "pundex {}", mean("pundex"));
    assert!(
        mean("pundex+filters") >= 0.915,
        "with filters {}",
        mean("pundex+filters")
    );
}

/// The fourteenth blind ranking set (`tests/data/ranking/needs-blind-14.jsonl`,
/// 16 needs over UNGDC sessions 35–44), scored by `benches/judged.py` with
/// this build: nDCG@10 0.844 pundex, 0.896 with the needs' filters (FTS5
/// 0.831) with main at ee843ec before any change (the blind figure; 0.832 /
/// 0.884 with the six speeches judged afterwards), 0.864 / 0.916 after
/// ranking-20's typed-order boost. The floor is that less a margin; it
/// skips without `../shared` or `python3`.
#[test]
fn ranking_stays_above_the_floor_on_blind_14() {
    if shared("corpus/ungdc").is_none() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .current_dir(repo)
        .arg("benches/judged.py")
        .args(["score", "--set", "blind-14", "--json", "--pundex"])
        .arg(assert_cmd::cargo::cargo_bin("pundex"))
        .arg("--cache")
        .arg(cache.path())
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mean = |system: &str| scores["mean"][system]["ndcg@10"].as_f64().unwrap();
    assert!(mean("pundex") >= 0.84, "pundex {}", mean("pundex"));
    assert!(
        mean("pundex+filters") >= 0.895,
        "with filters {}",
        mean("pundex+filters")
    );
}

/// The fifteenth blind ranking set (`tests/data/ranking/needs-blind-15.jsonl`,
/// 16 needs over UNGDC sessions 25–34), scored by `benches/judged.py` with
/// this build: nDCG@10 0.860 pundex, 0.894 with the needs' filters (FTS5
/// 0.763) with main at 07672ad before any change (the blind figure), the
/// same after ranking-21's Brazzaville. The floor is that less a margin; it
/// skips without `../shared` or `python3`.
#[test]
fn ranking_stays_above_the_floor_on_blind_15() {
    if shared("corpus/ungdc").is_none() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .current_dir(repo)
        .arg("benches/judged.py")
        .args(["score", "--set", "blind-15", "--json", "--pundex"])
        .arg(assert_cmd::cargo::cargo_bin("pundex"))
        .arg("--cache")
        .arg(cache.path())
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mean = |system: &str| scores["mean"][system]["ndcg@10"].as_f64().unwrap();
    assert!(mean("pundex") >= 0.84, "pundex {}", mean("pundex"));
    assert!(
        mean("pundex+filters") >= 0.875,
        "with filters {}",
        mean("pundex+filters")
    );
}

/// The sixteenth blind ranking set (`tests/data/ranking/needs-blind-16.jsonl`,
/// 16 needs over UNGDC sessions 55–64), scored by `benches/judged.py` with
/// this build: nDCG@10 0.805 pundex, 0.796 with the needs' filters (FTS5
/// 0.656) with main at 8b47c0e before any change (the blind figure), 0.806
/// and 0.796 after ranking-22's people named by their other names. The
/// floor is that less a margin; it skips without `../shared` or `python3`.
#[test]
fn ranking_stays_above_the_floor_on_blind_16() {
    if shared("corpus/ungdc").is_none() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .current_dir(repo)
        .arg("benches/judged.py")
        .args(["score", "--set", "blind-16", "--json", "--pundex"])
        .arg(assert_cmd::cargo::cargo_bin("pundex"))
        .arg("--cache")
        .arg(cache.path())
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mean = |system: &str| scores["mean"][system]["ndcg@10"].as_f64().unwrap();
    assert!(mean("pundex") >= 0.785, "pundex {}", mean("pundex"));
    assert!(
        mean("pundex+filters") >= 0.775,
        "with filters {}",
        mean("pundex+filters")
    );
}

/// The seventeenth blind ranking set (`tests/data/ranking/needs-blind-17.jsonl`,
/// 16 needs over UNGDC sessions 15–24), scored by `benches/judged.py` with
/// this build: nDCG@10 0.936 pundex, 0.963 with the needs' filters (FTS5
/// 0.821) with main at 8f109ac before any change (the blind figure), the
/// same after ranking-23's other-first-name check (no need moves). The
/// floor is that less a margin; it skips without `../shared` or `python3`.
#[test]
fn ranking_stays_above_the_floor_on_blind_17() {
    if shared("corpus/ungdc").is_none() {
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .current_dir(repo)
        .arg("benches/judged.py")
        .args(["score", "--set", "blind-17", "--json", "--pundex"])
        .arg(assert_cmd::cargo::cargo_bin("pundex"))
        .arg("--cache")
        .arg(cache.path())
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available");
        return;
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mean = |system: &str| scores["mean"][system]["ndcg@10"].as_f64().unwrap();
    assert!(mean("pundex") >= 0.915, "pundex {}", mean("pundex"));
    assert!(
        mean("pundex+filters") >= 0.94,
        "with filters {}",
        mean("pundex+filters")
    );
}
