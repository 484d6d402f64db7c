//! Alerts: saved searches (`[[alert]]` in `pundex.toml`, [`saved`]) checked
//! against the articles a run of `index` or a batch of `watch` brought new
//! text for, and a command run per match ([`exec`]).
//!
//! **What is new.** An article is checked when the run wrote text the index
//! did not hold before it: the [`content_key`] of its body (BLAKE3) is on no
//! live document of the last commit ([`crate::sync::NewContent`]). So a file
//! that is unchanged, touched, renamed or moved, and every article that
//! `index --full` or a lexicon change re-indexes, is never reported again; a
//! file whose text changed is checked once more, and a match is marked
//! `updated` when its id was in the index before with other text.
//!
//! **Where the state lives.** In the index itself: each document carries its
//! content key (an indexed, fast field), written by the same tantivy commit
//! as the document. There is no side file and no list of reported matches to
//! drift: the last commit alone says which texts are known. A crash before
//! the commit leaves the previous commit, so the next run (or the restarted
//! watcher) finds the same files new and reports them then; a crash after
//! the commit, in the instant before the lines are printed, loses those
//! lines rather than repeating them. A run that rebuilds the index beside a
//! damaged or outdated one cannot tell new from known and reports nothing.
//!
//! Text that left the index (its file deleted) and comes back later is new
//! again. On an empty index every article is new: build the index once
//! without `--alerts`.
//!
//! [`content_key`]: crate::index::document::content_key

pub mod exec;
pub mod saved;

use crate::index::OpenIndex;
use crate::search::query::Filters;
use crate::search::{Hit, SearchError, SearchRequest};
use crate::sync::NewContent;
use std::collections::HashSet;

pub use saved::{SavedSearch, SavedSearchError};

/// A saved search resolved against the index and lexicon, ready to check.
#[derive(Debug, Clone)]
pub struct Alert {
    pub name: String,
    pub query: String,
    pub filters: Filters,
}

/// A new article one alert matched.
#[derive(Debug, Clone)]
pub struct AlertMatch {
    /// The alert's name.
    pub alert: String,
    /// The article was in the index before with other text.
    pub updated: bool,
    /// The article, with a snippet for the alert's query.
    pub hit: Hit,
}

/// The matches of each alert among the articles with new text, alert by
/// alert in the order given, each alert's hits by relevance (by date for an
/// alert without words). Each alert runs once, restricted by a term set on
/// the articles' ids, so the cost follows the number of new articles rather
/// than the size of the index.
pub fn check(
    open: &OpenIndex,
    alerts: &[Alert],
    new: &[NewContent],
) -> Result<Vec<AlertMatch>, SearchError> {
    if new.is_empty() || alerts.is_empty() {
        return Ok(Vec::new());
    }
    let updated: HashSet<&str> = new
        .iter()
        .filter(|n| n.updated)
        .map(|n| n.id.as_str())
        .collect();
    let ids: Vec<String> = new.iter().map(|n| n.id.clone()).collect();
    let searcher = crate::index::searcher(&open.index)?;
    let mut matches = Vec::new();
    for alert in alerts {
        let mut filters = alert.filters.clone();
        filters.ids = ids.clone();
        let request = SearchRequest {
            text: alert.query.clone(),
            filters,
            limit: ids.len(),
            ..SearchRequest::default()
        };
        let results = crate::search::search_with(open, &searcher, &request)?;
        matches.extend(results.hits.into_iter().map(|hit| AlertMatch {
            alert: alert.name.clone(),
            updated: updated.contains(hit.id.as_str()),
            hit,
        }));
    }
    Ok(matches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Fixture, article};

    fn alert(name: &str, query: &str) -> Alert {
        Alert {
            name: name.to_owned(),
            query: query.to_owned(),
            filters: Filters::default(),
        }
    }

    /// (alert, id, updated) of each match of a run's new articles.
    fn matched(fixture: &Fixture, alerts: &[Alert], full: bool) -> Vec<(String, String, bool)> {
        let summary = fixture.sync_with(full);
        let new = summary.new_content.expect("the fixture tracks new content");
        check(&fixture.open(), alerts, &new)
            .unwrap()
            .into_iter()
            .map(|m| (m.alert, m.hit.id, m.updated))
            .collect()
    }

    fn found(alert: &str, id: &str, updated: bool) -> (String, String, bool) {
        (alert.to_owned(), id.to_owned(), updated)
    }

    #[test]
    fn only_new_text_is_checked_and_each_alert_keeps_its_filters() {
        let fixture = Fixture::new();
        fixture.write(
            "old.md",
            &article("Old", Some("2024-01-01"), "A ceasefire."),
        );
        let alerts = [
            alert("truce", "ceasefire"),
            Alert {
                filters: Filters {
                    actors: vec!["Vladimir Putin".to_owned()],
                    ..Filters::default()
                },
                ..alert("putin", "")
            },
        ];
        assert_eq!(
            matched(&fixture, &alerts, false),
            [found("truce", "old.md", false)]
        );
        fixture.write(
            "new.md",
            &article("New", Some("2024-02-01"), "Putin and a ceasefire."),
        );
        fixture.write("other.md", &article("Other", None, "Sanctions only."));
        assert_eq!(
            matched(&fixture, &alerts, false),
            [
                found("truce", "new.md", false),
                found("putin", "new.md", false)
            ]
        );
        // Nothing changed, a rebuild re-reads everything: no new text.
        assert_eq!(matched(&fixture, &alerts, false), []);
        assert_eq!(matched(&fixture, &alerts, true), []);
    }

    #[test]
    fn renamed_and_copied_text_is_known_and_changed_text_is_updated() {
        let fixture = Fixture::new();
        let text = article("Talks", None, "A ceasefire was agreed.");
        fixture.write("a.md", &text);
        let alerts = [alert("truce", "ceasefire")];
        assert_eq!(matched(&fixture, &alerts, false).len(), 1);
        fixture.remove("a.md");
        fixture.write("b.md", &text);
        fixture.write("copy.md", &text);
        assert_eq!(matched(&fixture, &alerts, false), []);
        fixture.write("b.md", &article("Talks", None, "The ceasefire broke down."));
        assert_eq!(
            matched(&fixture, &alerts, false),
            [found("truce", "b.md", true)]
        );
        // Changed text that no longer matches is checked, and not reported.
        fixture.write("b.md", &article("Talks", None, "Sanctions instead."));
        assert_eq!(matched(&fixture, &alerts, false), []);
    }

    #[test]
    fn a_large_run_and_a_small_one_find_the_same_articles() {
        // 70 new articles take the term set (64 ids and more), 7 a union of
        // term queries; both must find exactly the articles that match.
        for n in [70, 7] {
            let fixture = Fixture::new();
            let mut expected = Vec::new();
            for i in 0..n {
                let body = if i % 3 == 0 {
                    format!("Talk number {i} of a ceasefire.")
                } else {
                    format!("Talk number {i} of trade.")
                };
                let id = format!("a{i:03}.md");
                fixture.write(&id, &article("Talks", None, &body));
                if i % 3 == 0 {
                    expected.push(found("truce", &id, false));
                }
            }
            let mut got = matched(&fixture, &[alert("truce", "ceasefire")], false);
            got.sort();
            assert_eq!(got, expected, "{n} articles");
            // Every key known again, looked up the same two ways.
            assert_eq!(matched(&fixture, &[alert("truce", "ceasefire")], true), []);
        }
    }

    #[test]
    fn no_new_articles_run_no_search() {
        let fixture = Fixture::new();
        fixture.write("a.md", &article("Talks", None, "A ceasefire."));
        fixture.sync();
        // An empty id set would lift the restriction; `check` never gets there.
        let all = check(&fixture.open(), &[alert("truce", "ceasefire")], &[]).unwrap();
        assert!(all.is_empty());
    }
}
