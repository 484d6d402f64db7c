//! Extraction quality on the hand-annotated gold set in
//! `../shared/eval/extraction` (skipped with a message when absent), scored by
//! the same code as `cargo run --example eval_extraction`.

#[allow(dead_code)]
#[path = "../../examples/eval_extraction.rs"]
mod scorer;

use crate::common::shared;

#[test]
fn extraction_meets_the_gold_set_targets() {
    let Some(gold) = shared("eval/extraction/gold.jsonl") else {
        return;
    };
    let e = scorer::evaluate(gold.parent().unwrap()).unwrap();
    assert!(e.actors.f1() >= 0.90, "actors {}: {:#?}", e.actors, e.files);
    assert!(e.dates.f1() >= 0.95, "dates {}: {:#?}", e.dates, e.files);
}
