//! Why a hit scored what it did (`search --explain`): its score cut into
//! parts that add up to it — BM25 per field with each word's share, exact
//! phrases, the proximity boost and the actor boost.
//!
//! Each part of the [`RankedQuery`] is explained by tantivy on its own
//! (`Query::explain`); the text's explanation tree is then summed per field.
//! tantivy's tree names a term's field only in its debug text
//! (`Term=Term(field=3, type=Str, "guinea")`), which is read here; a node
//! that cannot be read counts as `other`, so the parts still add up.

use super::ActorMention;
use super::query::RankedQuery;
use super::ranking::{self, Boost};
use crate::index::schema::Fields;
use serde_json::Value;
use tantivy::schema::{Field, Schema};
use tantivy::{DocAddress, Searcher};

/// What a part of a score comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartKind {
    /// The query's words in one field.
    Bm25,
    /// An exact phrase of the query (`"black sea"`).
    Phrase,
    /// Neighbouring query words close together.
    Proximity,
    /// The query's words, each in most bodies, as typed
    /// ([`ranking::TYPED_ORDER_BOOST`]).
    TypedOrder,
    /// The document names the actor the query names.
    Actor,
    /// The document was published in the year the query types.
    Year,
    /// The document was published in the year the query's matches burst in,
    /// where the query types no year ([`ranking::event_year`]).
    Event,
    /// The BM25 of a one-word name the query types (`sudan`) taken back for
    /// its uses inside longer names the document holds (South Sudan), below
    /// zero; or credited to a document that names the actor without the
    /// word (`Türkiye` for `turkey`), above zero.
    Name,
    /// A part of tantivy's explanation not read above.
    Other,
}

impl PartKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            PartKind::Bm25 => "bm25",
            PartKind::Phrase => "phrase",
            PartKind::Proximity => "proximity",
            PartKind::TypedOrder => "typed order",
            PartKind::Actor => "actor",
            PartKind::Year => "year",
            PartKind::Event => "event",
            PartKind::Name => "name",
            PartKind::Other => "other",
        }
    }
}

/// One part of a hit's score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorePart {
    pub kind: PartKind,
    /// The field (`title`, `body`, `body_ru`) of a BM25 part.
    pub field: Option<String>,
    /// The actor of an actor part.
    pub actor: Option<String>,
    pub score: f32,
    /// Each query term's share of a BM25 part, largest first.
    pub terms: Vec<(String, f32)>,
}

/// The parts of a hit's score; they sum to the score within float rounding.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Explanation {
    /// Largest first.
    pub parts: Vec<ScorePart>,
}

impl Explanation {
    pub fn total(&self) -> f32 {
        self.parts.iter().map(|p| p.score).sum()
    }
}

/// Explains the score `query` gives the document at `address` (which it
/// matches) and that names the actors in `mentions`.
pub fn explain(
    searcher: &Searcher,
    fields: &Fields,
    query: &RankedQuery,
    address: DocAddress,
    mentions: &[ActorMention],
) -> tantivy::Result<Explanation> {
    let mut parts = Vec::new();
    let schema = searcher.schema();
    if let Some(text) = &query.text {
        let tree = serde_json::to_value(text.explain(searcher, address)?)
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        let mut leaves = Vec::new();
        read_node(&tree, 1.0, &mut leaves);
        parts.extend(group(leaves, schema));
    }
    for (boost, clause) in &query.boosts {
        // A boost the document does not meet explains as an error: no part.
        let Ok(explained) = clause.explain(searcher, address) else {
            continue;
        };
        if explained.value() == 0.0 {
            continue;
        }
        let (kind, actor, score) = match boost {
            Boost::Proximity => (PartKind::Proximity, None, explained.value()),
            Boost::Actor(name) => {
                let count = mentions.iter().find(|m| m.name == *name).map(|m| m.count);
                let score = count.map_or(explained.value(), ranking::actor_boost);
                (PartKind::Actor, Some(name.clone()), score)
            }
            Boost::Year(_) => (PartKind::Year, None, explained.value()),
            Boost::Event(_) => (PartKind::Event, None, explained.value()),
            Boost::TypedOrder => (PartKind::TypedOrder, None, explained.value()),
        };
        parts.push(ScorePart {
            kind,
            field: None,
            actor,
            score,
            terms: Vec::new(),
        });
    }
    let address_only = [(0.0, address)];
    for word in &query.names {
        let over =
            ranking::name_overcount(searcher, fields, std::slice::from_ref(word), &address_only)?
                [0];
        if over != 0.0 {
            let term = word.term.value().as_str().unwrap_or_default().to_owned();
            parts.push(ScorePart {
                kind: PartKind::Name,
                field: None,
                actor: Some(word.actor.clone()),
                score: -over,
                terms: vec![(term, -over)],
            });
        }
    }
    parts.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(Explanation { parts })
}

/// A piece of the text's score: a term in a field, a phrase, or unread.
#[derive(Debug, Clone, PartialEq)]
struct Leaf {
    kind: PartKind,
    field: Option<u32>,
    term: Option<String>,
    score: f32,
}

/// Walks tantivy's explanation tree (as JSON: `value`, `description`,
/// `details`, `context`), scaling each node's children so that they sum to
/// the node's own value (a boost multiplies, a boolean clause adds).
fn read_node(node: &Value, scale: f32, leaves: &mut Vec<Leaf>) {
    let value = node["value"].as_f64().unwrap_or(0.0) as f32;
    if value == 0.0 {
        // A clause that scores nothing (the actor that meets a typed name
        // in place of the word) is no part of the score.
        return;
    }
    let description = node["description"].as_str().unwrap_or_default();
    let term = node["context"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find_map(read_term);
    if let Some((field, text)) = term {
        leaves.push(Leaf {
            kind: PartKind::Bm25,
            field: Some(field),
            term: Some(text),
            score: value * scale,
        });
        return;
    }
    if description.starts_with("Phrase") {
        leaves.push(Leaf {
            kind: PartKind::Phrase,
            field: None,
            term: None,
            score: value * scale,
        });
        return;
    }
    let composite = description.starts_with("Boost") || description.starts_with("BooleanClause");
    let details = node["details"].as_array().filter(|_| composite);
    let sum: f32 = details
        .into_iter()
        .flatten()
        .map(|d| d["value"].as_f64().unwrap_or(0.0) as f32)
        .sum();
    match details {
        Some(details) if sum != 0.0 => {
            for detail in details {
                read_node(detail, scale * value / sum, leaves);
            }
        }
        _ => leaves.push(Leaf {
            kind: PartKind::Other,
            field: None,
            term: None,
            score: value * scale,
        }),
    }
}

/// The field id and the text of a term in tantivy's debug form,
/// `Term=Term(field=3, type=Str, "guinea")`.
fn read_term(context: &str) -> Option<(u32, String)> {
    let rest = context.strip_prefix("Term=Term(field=")?;
    let (id, rest) = rest.split_once(',')?;
    let field = id.trim().parse().ok()?;
    let quoted = &rest[rest.find('"')?..rest.rfind(')')?];
    let text: String = serde_json::from_str(quoted).ok()?;
    Some((field, text))
}

/// Sums the leaves per field (BM25) and per kind (phrase, other).
fn group(leaves: Vec<Leaf>, schema: &Schema) -> Vec<ScorePart> {
    let mut parts: Vec<ScorePart> = Vec::new();
    for leaf in leaves {
        let field = leaf
            .field
            .map(|id| schema.get_field_name(Field::from_field_id(id)).to_owned());
        let part = match parts
            .iter_mut()
            .find(|p| p.kind == leaf.kind && p.field == field)
        {
            Some(part) => part,
            None => {
                parts.push(ScorePart {
                    kind: leaf.kind.clone(),
                    field,
                    actor: None,
                    score: 0.0,
                    terms: Vec::new(),
                });
                parts.last_mut().expect("just pushed")
            }
        };
        part.score += leaf.score;
        if let Some(term) = leaf.term {
            match part.terms.iter_mut().find(|(t, _)| *t == term) {
                Some((_, score)) => *score += leaf.score,
                None => part.terms.push((term, leaf.score)),
            }
        }
    }
    for part in &mut parts {
        part.terms.sort_by(|a, b| b.1.total_cmp(&a.1));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Fixture, article};
    use crate::search::{SearchRequest, search};
    use proptest::prelude::*;

    /// Speeches where the same few words stand near and far, in titles and
    /// bodies, with the test lexicon's actors.
    fn speeches() -> &'static Fixture {
        static FIXTURE: std::sync::OnceLock<Fixture> = std::sync::OnceLock::new();
        FIXTURE.get_or_init(|| {
            let fixture = Fixture::new();
            let texts = [
                ("Black Sea talks", "Putin spoke of a ceasefire on the Black Sea; the talks went on."),
                ("Sanctions", "The United Nations weighed sanctions. Talks on a truce failed, and a ceasefire too."),
                ("Notes", "A truce. Sanctions, sanctions. The sea was calm while Putin waited for the UN."),
                ("Ceasefire", "Black flags by the sea; a ceasefire, talks and sanctions, and more talks."),
            ];
            for (i, (title, body)) in texts.iter().enumerate() {
                fixture.write(&format!("{i}.md"), &article(title, None, body));
            }
            fixture.sync();
            fixture
        })
    }

    fn query() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "putin",
            "ceasefire",
            "sanctions",
            "united nations",
            "truce",
            "sea",
            "black",
            "talks",
            "OR",
            "-calm",
            "\"black sea\"",
            "title:talks",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 1..5)
            .prop_map(|pieces| pieces.join(" "))
    }

    #[test]
    fn the_fixture_gives_explained_hits() {
        let request = SearchRequest {
            text: "talks sanctions".to_owned(),
            limit: 10,
            explain: true,
            ..SearchRequest::default()
        };
        let results = search(&speeches().open(), &request).unwrap();
        assert_eq!(results.hits.len(), 2);
        for hit in &results.hits {
            let explanation = hit.explanation.as_ref().unwrap();
            assert!(explanation.parts.iter().any(|p| p.kind == PartKind::Bm25));
            assert!((explanation.total() - hit.score).abs() < 1e-4 * hit.score);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn the_parts_add_up_to_the_score(text in query()) {
            let open = speeches().open();
            // Articles with some of the words too: their parts add up as well.
            let request = SearchRequest {
                text: text.clone(),
                limit: 10,
                explain: true,
                fill_with_partial: true,
                ..SearchRequest::default()
            };
            let Ok(results) = search(&open, &request) else {
                return Ok(()); // `OR` at an end: a placed error, not a score
            };
            for hit in &results.hits {
                let explanation = hit.explanation.as_ref().expect("asked for");
                let sum = explanation.total();
                prop_assert!(
                    (sum - hit.score).abs() <= 1e-4 * hit.score.max(1.0),
                    "{text:?}: {} sums to {sum}: {explanation:?}", hit.score
                );
                prop_assert!(explanation.parts.iter().all(|p| p.kind != PartKind::Other));
            }
        }
    }

    #[test]
    fn a_term_is_read_from_tantivys_debug_text() {
        let term = tantivy::Term::from_field_text(Field::from_field_id(3), "gu\"inea");
        let context = format!("Term={term:?}");
        assert_eq!(read_term(&context), Some((3, "gu\"inea".to_owned())));
        assert_eq!(read_term("Term=Term(field=x"), None);
    }

    #[test]
    fn children_are_scaled_to_their_parent() {
        let tree = serde_json::json!({
            "value": 6.0, "description": "Boost x2 of ...",
            "details": [{"value": 3.0, "description": "BooleanClause. sum of ...", "details": [
                {"value": 1.0, "description": "TermQuery, product of...",
                 "context": ["Term=Term(field=0, type=Str, \"a\")"]},
                {"value": 2.0, "description": "Phrase Scorer"},
            ]}]
        });
        let mut leaves = Vec::new();
        read_node(&tree, 1.0, &mut leaves);
        let scores: Vec<f32> = leaves.iter().map(|l| l.score).collect();
        assert_eq!(scores, [2.0, 4.0]);
        assert_eq!(leaves[0].term.as_deref(), Some("a"));
        assert_eq!(leaves[1].kind, PartKind::Phrase);
    }
}
