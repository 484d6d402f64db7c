//! Every field of the index, defined once. Other modules use these names and
//! the [`Fields`] handles; no string literal field names elsewhere.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED,
    STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Bumped whenever the schema or the way documents are built changes; an index
/// with another version is rebuilt automatically.
pub const FORMAT_VERSION: u32 = 4;

pub const ID: &str = "id";
pub const PATH: &str = "path";
pub const TITLE: &str = "title";
pub const BODY: &str = "body";
pub const AUTHOR: &str = "author";
pub const SOURCE: &str = "source";
pub const URL: &str = "url";
pub const TAGS: &str = "tags";
pub const PUBLISHED: &str = "published";
pub const PUBLISHED_TEXT: &str = "published_text";
/// How precise `published` is: 0 year, 1 month, 2 day (a year-only date is
/// stored as 1 January, which a monthly timeline must not count as January).
pub const PUBLISHED_PRECISION: &str = "published_precision";
pub const DATE_SOURCE: &str = "date_source";
pub const LANGUAGE: &str = "language";
pub const ENCODING: &str = "encoding";
pub const HASH: &str = "hash";
pub const SIZE: &str = "size";
pub const MTIME: &str = "mtime";
pub const ACTORS: &str = "actors";
pub const ACTOR_MENTIONS: &str = "actor_mentions";
/// The names of the discovered actors among `actors` (not in the lexicon),
/// for `pundex actors --discovered`.
pub const DISCOVERED: &str = "discovered";
pub const ISSUES: &str = "issues";
pub const MENTIONED: &str = "mentioned";

/// The fields a user may name in a query (`title:…`, `author:…`, `source:…`).
pub const QUERYABLE: [&str; 5] = [TITLE, BODY, AUTHOR, SOURCE, TAGS];

/// The analyzer for title and body: tantivy's English stemmer.
pub const STEMMED_TOKENIZER: &str = "en_stem";

/// Handles to every field, resolved once per opened index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub path: Field,
    pub title: Field,
    pub body: Field,
    pub author: Field,
    pub source: Field,
    pub url: Field,
    pub tags: Field,
    pub published: Field,
    pub published_text: Field,
    pub published_precision: Field,
    pub date_source: Field,
    pub language: Field,
    pub encoding: Field,
    pub hash: Field,
    pub size: Field,
    pub mtime: Field,
    pub actors: Field,
    pub actor_mentions: Field,
    pub discovered: Field,
    pub issues: Field,
    pub mentioned: Field,
}

/// Builds the schema. Title and body keep positions for phrase queries and are
/// stored for snippets; id, path, size, mtime and hash are fast so a sync can
/// read what is indexed without loading documents.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    let stemmed = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(STEMMED_TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let plain = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("default")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    b.add_text_field(ID, STRING | STORED | FAST);
    b.add_text_field(PATH, STRING | STORED | FAST);
    b.add_text_field(TITLE, stemmed.clone());
    b.add_text_field(BODY, stemmed);
    b.add_text_field(AUTHOR, plain.clone());
    b.add_text_field(SOURCE, plain.clone());
    b.add_text_field(URL, STORED);
    b.add_text_field(TAGS, plain);
    b.add_date_field(
        PUBLISHED,
        DateOptions::from(INDEXED)
            .set_stored()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_text_field(PUBLISHED_TEXT, STORED);
    b.add_u64_field(PUBLISHED_PRECISION, FAST);
    b.add_text_field(DATE_SOURCE, STORED);
    b.add_text_field(LANGUAGE, STRING | STORED);
    b.add_text_field(ENCODING, STORED);
    b.add_text_field(HASH, STRING | STORED | FAST);
    b.add_u64_field(SIZE, STORED | FAST);
    b.add_i64_field(MTIME, STORED | FAST);
    // Actors are read back from `actor_mentions`; this field is for the
    // filter (indexed) and the counts (fast), so it is not stored again.
    b.add_text_field(ACTORS, STRING | FAST);
    b.add_text_field(ACTOR_MENTIONS, STORED);
    b.add_text_field(DISCOVERED, STRING | FAST);
    b.add_facet_field(ISSUES, FacetOptions::default().set_stored());
    // Mentioned dates are shown (`pundex show`, `export`), never searched.
    b.add_text_field(MENTIONED, STORED);
    b.build()
}

impl Fields {
    /// Resolves the handles; fails when the index was built with another schema.
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            id: f(ID)?,
            path: f(PATH)?,
            title: f(TITLE)?,
            body: f(BODY)?,
            author: f(AUTHOR)?,
            source: f(SOURCE)?,
            url: f(URL)?,
            tags: f(TAGS)?,
            published: f(PUBLISHED)?,
            published_text: f(PUBLISHED_TEXT)?,
            published_precision: f(PUBLISHED_PRECISION)?,
            date_source: f(DATE_SOURCE)?,
            language: f(LANGUAGE)?,
            encoding: f(ENCODING)?,
            hash: f(HASH)?,
            size: f(SIZE)?,
            mtime: f(MTIME)?,
            actors: f(ACTORS)?,
            actor_mentions: f(ACTOR_MENTIONS)?,
            discovered: f(DISCOVERED)?,
            issues: f(ISSUES)?,
            mentioned: f(MENTIONED)?,
        })
    }
}
