//! Turning the user's query text and filters into a tantivy query.
//!
//! tantivy's parser does the work; before it, a light scan finds the mistakes a
//! user makes most (an unclosed quote or parenthesis, an unknown field) so the
//! error can point at the place.

use crate::article::PartialDate;
use crate::index::schema::{self, Fields};
use std::ops::Bound;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::{DateTime, Index, Term};

/// A query the user must fix, with the byte position of the problem when known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    pub message: String,
    pub position: Option<usize>,
}

/// Filters that narrow the matching documents; all must hold.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Canonical actor names; a document must name each.
    pub actors: Vec<String>,
    /// Issue paths; a document must carry each (or a child of it).
    pub issues: Vec<String>,
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.issues.is_empty()
            && self.since.is_none()
            && self.until.is_none()
    }
}

/// The exact phrases of a query: the text inside each pair of double quotes,
/// except a phrase given a slop (`"black sea"~2`), whose words need not be
/// next to each other.
pub fn phrases(text: &str) -> impl Iterator<Item = &str> {
    // Inside and outside quotes alternate; the part after a phrase tells
    // whether it has a slop.
    let mut parts = text.split('"').skip(1);
    std::iter::from_fn(move || {
        loop {
            let phrase = parts.next()?;
            if !parts.next().is_some_and(|after| after.starts_with('~')) {
                return Some(phrase);
            }
        }
    })
}

/// Finds unbalanced quotes and parentheses and unknown `field:` prefixes.
pub fn check_syntax(text: &str) -> Result<(), QueryError> {
    let mut open_quote: Option<usize> = None;
    let mut parens: Vec<usize> = Vec::new();
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        if open_quote.is_some() {
            if c == '"' {
                open_quote = None;
                word_start = i + 1;
            }
            continue;
        }
        match c {
            '"' => open_quote = Some(i),
            '(' => parens.push(i),
            ')' if parens.pop().is_none() => {
                return Err(QueryError {
                    message: "unmatched `)`".into(),
                    position: Some(i),
                });
            }
            ':' => {
                let word = text[word_start..i].trim_start_matches(['-', '+', '(']);
                if !word.is_empty() && !schema::QUERYABLE.contains(&word) {
                    return Err(QueryError {
                        message: format!(
                            "unknown field `{word}`; fields are {}; put text with a colon in quotes",
                            schema::QUERYABLE.join(", ")
                        ),
                        position: Some(word_start + text[word_start..i].len() - word.len()),
                    });
                }
            }
            _ => {}
        }
        if c.is_whitespace() {
            word_start = i + c.len_utf8();
        }
    }
    if let Some(start) = open_quote {
        return Err(QueryError {
            message: "unclosed `\"`".into(),
            position: Some(start),
        });
    }
    if let Some(start) = parens.pop() {
        return Err(QueryError {
            message: "unclosed `(`".into(),
            position: Some(start),
        });
    }
    Ok(())
}

/// The full query: the user's text (all words required, title boosted) and the
/// filters. An empty text matches every document.
pub fn build(
    index: &Index,
    fields: &Fields,
    text: &str,
    filters: &Filters,
) -> Result<Box<dyn Query>, QueryError> {
    let text = text.trim();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !text.is_empty() {
        check_syntax(text)?;
        let mut parser = QueryParser::for_index(index, vec![fields.title, fields.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, 2.0);
        let query = parser.parse_query(text).map_err(|e| QueryError {
            message: describe(&e),
            position: None,
        })?;
        clauses.push((Occur::Must, query));
    }
    for actor in &filters.actors {
        let term = Term::from_field_text(fields.actors, actor);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    for issue in &filters.issues {
        let facet = Facet::from_path(issue.trim_matches('/').split('/'));
        let term = Term::from_facet(fields.issues, &facet);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    if filters.since.is_some() || filters.until.is_some() {
        let day = |d: chrono::NaiveDate| {
            let secs = d
                .and_hms_opt(0, 0, 0)
                .map_or(0, |t| t.and_utc().timestamp());
            Term::from_field_date_for_search(fields.published, DateTime::from_timestamp_secs(secs))
        };
        let lower = filters
            .since
            .map_or(Bound::Unbounded, |d| Bound::Included(day(d.first_day())));
        let upper = filters
            .until
            .map_or(Bound::Unbounded, |d| Bound::Included(day(d.last_day())));
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    Ok(match clauses.len() {
        0 => Box::new(AllQuery),
        1 => clauses.pop().map(|(_, q)| q).expect("one clause"),
        _ => Box::new(BooleanQuery::new(clauses)),
    })
}

fn describe(e: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    match e {
        E::AllButQueryForbidden => {
            "a query needs at least one term that is not excluded with `-`".into()
        }
        E::SyntaxError(s) => format!("syntax error: {s}"),
        E::FieldDoesNotExist(f) => format!(
            "unknown field `{f}`; fields are {}",
            schema::QUERYABLE.join(", ")
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_the_quoted_parts() {
        let found: Vec<&str> = phrases(r#"sanctions "Black Sea" OR title:"Azov Sea" x"#).collect();
        assert_eq!(found, ["Black Sea", "Azov Sea"]);
        assert_eq!(phrases("no quotes").count(), 0);
        let exact: Vec<&str> = phrases(r#""Black Sea"~2 "Azov Sea""#).collect();
        assert_eq!(exact, ["Azov Sea"], "a phrase with a slop is not exact");
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        assert_eq!(
            check_syntax(r#"black "sea truce"#).unwrap_err().position,
            Some(6)
        );
        assert_eq!(check_syntax("(a OR b").unwrap_err().position, Some(0));
        assert_eq!(check_syntax("a OR b)").unwrap_err().position, Some(6));
        let e = check_syntax("truce colour:red").unwrap_err();
        assert_eq!(e.position, Some(6));
        assert!(e.message.contains("colour"));
    }

    #[test]
    fn valid_queries_pass() {
        for q in [
            r#""black sea" truce"#,
            "title:truce -ukraine",
            "(a OR b) c",
            r#""10:30 talks""#,
            "author:smith",
        ] {
            check_syntax(q).unwrap();
        }
    }
}
