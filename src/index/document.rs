//! Building a tantivy document from an article, its extraction and its file.

use super::schema::{self, Analysis, Fields};
use crate::article::date::{PUBLICATION_YEARS, Precision};
use crate::article::{Article, TitleSource};
use crate::extract::{ActorCount, Extraction};
use std::collections::HashSet;
use tantivy::schema::Facet;
use tantivy::{DateTime, TantivyDocument};

/// The index's value for a day: its midnight (UTC) as tantivy's nanosecond
/// timestamp, saturating at the ends of that range, so a filter bound
/// outside [`PUBLICATION_YEARS`] lies beyond every stored date instead of
/// overflowing.
pub fn day_value(day: time::Date) -> DateTime {
    let secs = day.midnight().assume_utc().unix_timestamp();
    DateTime::from_timestamp_nanos(secs.saturating_mul(1_000_000_000))
}

/// The source file's identity, stored in each of its documents for the manifest.
#[derive(Debug, Clone)]
pub struct FileStamp {
    pub size: u64,
    pub mtime: i64,
    pub hash: String,
}

/// An actor as stored in `actor_mentions`, read back as `search::ActorMention`.
#[derive(serde::Serialize)]
struct StoredMention<'a> {
    name: &'a str,
    kind: &'static str,
    count: u32,
    /// Present (true) only for actors found by discovery, not the lexicon.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    discovered: bool,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    aliases: &'a [String],
}

/// The key of an article's text: the first 8 bytes of the BLAKE3 hash of
/// its body. Title and metadata are left out on purpose: a `.txt` file's
/// title and date may come from its name, and renaming a file is not news.
pub fn content_key(article: &Article) -> u64 {
    let hash = blake3::hash(article.body.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash.as_bytes()[..8]);
    u64::from_le_bytes(first)
}

/// One document per article; `extraction` is `None` when extraction is off.
/// Title and body go to the fields of the article's language, analysed with
/// its stemmer ([`Analysis::index_of`]).
pub fn build(
    fields: &Fields,
    article: &Article,
    extraction: Option<&Extraction>,
    file: &FileStamp,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &article.id);
    doc.add_text(fields.path, &article.path);
    let text = fields.texts[Analysis::index_of(article.language.as_deref())];
    // A title made from the file name is left out (search makes it again
    // from the path): its codes and years are no words of the article.
    if article.title_source != TitleSource::FileName {
        doc.add_text(text.title, &article.title);
    }
    doc.add_text(text.body, &article.body);
    for (field, value) in [
        (fields.author, &article.author),
        (fields.source, &article.source),
        (fields.url, &article.url),
        (fields.language, &article.language),
    ] {
        if let Some(v) = value {
            doc.add_text(field, v);
        }
    }
    for tag in &article.tags {
        doc.add_text(fields.tags, tag);
    }
    if let Some(date) = article
        .published
        .filter(|d| PUBLICATION_YEARS.contains(&d.year))
    {
        doc.add_date(fields.published, day_value(date.first_day()));
        doc.add_text(fields.published_text, date.to_string());
        let precision = match date.precision() {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
        };
        doc.add_u64(fields.published_precision, precision);
    }
    if let Some(source) = article.date_source {
        doc.add_text(fields.date_source, source.as_str());
    }
    doc.add_text(fields.encoding, article.encoding);
    doc.add_text(fields.hash, &file.hash);
    doc.add_u64(fields.size, file.size);
    doc.add_i64(fields.mtime, file.mtime);
    doc.add_u64(fields.content_key, content_key(article));
    if let Some(x) = extraction {
        for actor in &x.actors {
            doc.add_text(fields.actors, &actor.name);
            if actor.discovered {
                doc.add_text(fields.discovered, &actor.name);
            }
        }
        add_mention_counts(fields, &mut doc, &x.actors);
        for (alias, actor) in &x.aliases {
            doc.add_text(fields.actor_aliases, schema::alias_term(alias, actor));
        }
        let mentions: Vec<StoredMention> = x
            .actors
            .iter()
            .map(|a| StoredMention {
                name: &a.name,
                kind: a.kind.as_str(),
                count: a.count,
                discovered: a.discovered,
                aliases: &a.aliases,
            })
            .collect();
        let json = serde_json::to_string(&mentions).expect("strings and numbers serialise");
        doc.add_text(fields.actor_mentions, json);
        for issue in &x.issues {
            doc.add_facet(fields.issues, Facet::from_path(issue.split('/')));
        }
        for date in &x.dates {
            doc.add_text(fields.mentioned, date.to_string());
        }
    }
    doc
}

/// The `actor_counts` and `name_word_counts` of `actors`: each name's
/// count (only the first actor of a name, the one a lookup by name finds in
/// `actor_mentions`), and for each distinct word of a name of two words or
/// more the mentions of all the actors holding it, summed.
fn add_mention_counts(fields: &Fields, doc: &mut TantivyDocument, actors: &[ActorCount]) {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut words: Vec<(String, u64)> = Vec::new();
    for actor in actors {
        if seen.insert(&actor.name) {
            counts.push(schema::packed_count(&actor.name, u64::from(actor.count)));
        }
        if actor.count == 0 {
            continue;
        }
        let key = crate::text::name_key(&actor.name);
        let mut own: Vec<&str> = key.split(' ').collect();
        if own.len() < 2 {
            continue;
        }
        own.sort_unstable();
        own.dedup();
        words.extend(
            own.into_iter()
                .map(|w| (w.to_owned(), u64::from(actor.count))),
        );
    }
    for value in counts {
        doc.add_u64(fields.actor_counts, value);
    }
    words.sort_unstable();
    for same in words.chunk_by(|a, b| a.0 == b.0) {
        let total = same.iter().map(|w| w.1).sum();
        doc.add_u64(
            fields.name_word_counts,
            schema::packed_count(&same[0].0, total),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::{Date, Month};

    /// Against the plain arithmetic where it fits, and ordered at the
    /// saturated ends: every stored year lies strictly between them.
    #[test]
    fn day_values_are_exact_inside_the_range_and_saturate_outside() {
        let day = |y| Date::from_calendar_date(y, Month::January, 1).unwrap();
        for year in [1678, 1970, 2025, 2261] {
            let secs = day(year).midnight().assume_utc().unix_timestamp();
            assert_eq!(day_value(day(year)).into_timestamp_secs(), secs);
        }
        let last = Date::from_calendar_date(*PUBLICATION_YEARS.end(), Month::December, 31).unwrap();
        assert!(day_value(last) < DateTime::MAX);
        assert!(day_value(day(*PUBLICATION_YEARS.start())) > DateTime::MIN);
        assert_eq!(day_value(Date::MIN), DateTime::MIN);
        assert_eq!(day_value(Date::MAX), DateTime::MAX);
        assert_eq!(day_value(day(1000)), DateTime::MIN);
        assert_eq!(day_value(day(9999)), DateTime::MAX);
    }
}
