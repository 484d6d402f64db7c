//! Every field of the index, defined once. Other modules use these names and
//! the [`Fields`] handles; no string literal field names elsewhere.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED,
    STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Bumped whenever the schema or the way documents are built changes; an index
/// with another version is rebuilt automatically.
pub const FORMAT_VERSION: u32 = 11;

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
/// A hash of the article's body ([`crate::index::document::content_key`]):
/// what alerts compare to tell new text from text the index already holds
/// under another name (a renamed, moved or re-indexed file).
pub const CONTENT_KEY: &str = "content_key";
/// Each actor's mention count, one [`packed_count`] of its name (as
/// `actors` holds it; the first actor of a name, 0 counts included) per
/// actor: the ranking reads a hit's count of the actor a query names from a
/// few u64s instead of loading its `actor_mentions`. Fast only.
pub const ACTOR_COUNTS: &str = "actor_counts";
/// For each word of an actor's name of two words or more, in
/// [`crate::text::name_key`] form, one [`packed_count`] of the mentions of
/// all the actors whose names hold it (`sudan` at 2 for two mentions of
/// South Sudan): how often longer names in a document hold a one-word name
/// a query types. Fast only.
pub const NAME_WORD_COUNTS: &str = "name_word_counts";
/// The other names the extractor found lexicon people by in a document
/// ("Nasser" for Gamal Abdel Nasser), one [`alias_term`] per distinct pair:
/// the search takes a surname a query types for the person the most
/// documents call by it. Indexed only.
pub const ACTOR_ALIASES: &str = "actor_aliases";

/// What separates the alias from the actor in an [`ACTOR_ALIASES`] term: a
/// control character no name holds, so the terms of one alias are the
/// range from `alias\u{1}` to `alias\u{2}`.
pub const ALIAS_SEPARATOR: char = '\u{1}';

/// The character after [`ALIAS_SEPARATOR`]: `alias` followed by it is the
/// first term after all of `alias`'s.
pub const ALIAS_END: char = '\u{2}';

/// The [`ACTOR_ALIASES`] term of `alias` (in [`crate::text::name_key`]
/// form) standing for `actor` (as `actors` holds it).
pub fn alias_term(alias: &str, actor: &str) -> String {
    format!("{alias}{ALIAS_SEPARATOR}{actor}")
}

/// The fields a user may name in a query (`title:…`, `author:…`, `source:…`).
pub const QUERYABLE: [&str; 5] = [TITLE, BODY, AUTHOR, SOURCE, TAGS];

/// The analyzer for title and body: tantivy's English stemmer.
pub const STEMMED_TOKENIZER: &str = "en_stem";

/// The analyzer for languages without a stemmer: words lower-cased, nothing more.
pub const PLAIN_TOKENIZER: &str = "default";

/// How the title and body of an article in some language are analysed, and
/// where they go: tantivy picks the analyzer per field, so each language with
/// a stemmer has its own pair of fields (`title_ru`, `body_ru`, stemmed with
/// the Russian Snowball stemmer). An article's text is in exactly one pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis {
    /// The field names' suffix: an ISO 639-1 code, `plain` or none (English).
    pub key: &'static str,
    /// The Snowball stemmer; `None` for the plain fields (lower case only).
    pub stemmer: Option<frostem::Algorithm>,
}

/// Every analysis, English first (the `title` and `body` fields, also for
/// articles whose language is unknown), then one per stemmed language, then
/// `plain` for the languages without a stemmer (Ukrainian, Chinese, Hebrew, …).
pub const ANALYSES: [Analysis; 33] = {
    use frostem::Algorithm::*;
    const fn stem(key: &'static str, algorithm: frostem::Algorithm) -> Analysis {
        Analysis {
            key,
            stemmer: Some(algorithm),
        }
    }
    [
        stem("", English),
        stem("ar", Arabic),
        stem("ca", Catalan),
        stem("cs", Czech),
        stem("da", Danish),
        stem("de", German),
        stem("el", Greek),
        stem("eo", Esperanto),
        stem("es", Spanish),
        stem("et", Estonian),
        stem("eu", Basque),
        stem("fa", Persian),
        stem("fi", Finnish),
        stem("fr", French),
        stem("ga", Irish),
        stem("hi", Hindi),
        stem("hu", Hungarian),
        stem("hy", Armenian),
        stem("id", Indonesian),
        stem("it", Italian),
        stem("lt", Lithuanian),
        stem("nb", Norwegian),
        stem("ne", Nepali),
        stem("nl", Dutch),
        stem("pl", Polish),
        stem("pt", Portuguese),
        stem("ro", Romanian),
        stem("ru", Russian),
        stem("sr", Serbian),
        stem("sv", Swedish),
        stem("ta", Tamil),
        stem("tr", Turkish),
        Analysis {
            key: "plain",
            stemmer: None,
        },
    ]
};

/// Index of the English analysis in [`ANALYSES`].
pub const ENGLISH: usize = 0;

impl Analysis {
    /// The analysis for an article in `language` (an ISO 639-1 code, as
    /// `Article::language` holds it): its stemmer's, `plain` for a known
    /// language without one, English when the language is unknown.
    pub fn index_of(language: Option<&str>) -> usize {
        let Some(code) = language else {
            return ENGLISH;
        };
        // Norwegian Nynorsk and the macro-language code share Bokmål's stemmer.
        let code = match code {
            "en" => return ENGLISH,
            "no" | "nn" => "nb",
            other => other,
        };
        ANALYSES
            .iter()
            .position(|a| a.key == code)
            .unwrap_or(ANALYSES.len() - 1)
    }

    /// The tokenizer's registered name: `en_stem`, `stem_ru`, …, `default`.
    pub fn tokenizer(&self) -> String {
        match (self.key, self.stemmer) {
            ("", _) => STEMMED_TOKENIZER.to_owned(),
            (_, None) => PLAIN_TOKENIZER.to_owned(),
            (key, Some(_)) => format!("stem_{key}"),
        }
    }

    /// The field name for `base` (`title` or `body`) in this analysis.
    pub fn field(&self, base: &str) -> String {
        match self.key {
            "" => base.to_owned(),
            key => format!("{base}_{key}"),
        }
    }
}

/// Handles to every field, resolved once per opened index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub path: Field,
    /// English (and unknown-language) title and body.
    pub title: Field,
    pub body: Field,
    /// Title and body fields per entry of [`ANALYSES`] (English first).
    pub texts: [TextFields; ANALYSES.len()],
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
    pub content_key: Field,
    pub actor_counts: Field,
    pub name_word_counts: Field,
    pub actor_aliases: Field,
}

/// The title and body fields of one [`Analysis`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextFields {
    pub title: Field,
    pub body: Field,
}

/// Builds the schema. Title and body keep positions for phrase queries and are
/// stored for snippets; id, path, size, mtime and hash are fast so a sync can
/// read what is indexed without loading documents.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    let analysed = |tokenizer: &str| {
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored()
    };
    let plain = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("default")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    b.add_text_field(ID, STRING | STORED | FAST);
    b.add_text_field(PATH, STRING | STORED | FAST);
    b.add_text_field(TITLE, analysed(STEMMED_TOKENIZER));
    b.add_text_field(BODY, analysed(STEMMED_TOKENIZER));
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
    // Fast, for the count of languages (`--facets`).
    b.add_text_field(LANGUAGE, STRING | STORED | FAST);
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
    // Added last, so the fields above keep their numbers.
    for analysis in &ANALYSES[ENGLISH + 1..] {
        let options = analysed(&analysis.tokenizer());
        b.add_text_field(&analysis.field(TITLE), options.clone());
        b.add_text_field(&analysis.field(BODY), options);
    }
    // Indexed, so a set of keys is one query; fast, to read a match's key back.
    b.add_u64_field(CONTENT_KEY, INDEXED | FAST);
    // Multi-valued: a handful of packed counts per document.
    b.add_u64_field(ACTOR_COUNTS, FAST);
    b.add_u64_field(NAME_WORD_COUNTS, FAST);
    b.add_text_field(ACTOR_ALIASES, STRING);
    b.build()
}

/// The bits of a [`packed_count`] that hold the count.
const COUNT_BITS: u32 = 24;
/// The largest count a [`packed_count`] holds; more is stored as this.
/// Only a file holding one name over 16 million times, 50 MB of little
/// else (files stop at 64 MiB), reaches it; the ranking then differs from
/// the exact count by at most a few f32 units in the actor boost and a
/// hair in the name word's BM25.
pub const MAX_PACKED_COUNT: u32 = (1 << COUNT_BITS) - 1;

/// `key`'s hash in the high 40 bits, `count` (saturated at
/// [`MAX_PACKED_COUNT`]) in the low 24: the values of `actor_counts` and
/// `name_word_counts`. Two names of one document share a hash with odds of
/// about one in 10^10 per lookup.
pub fn packed_count(key: &str, count: u64) -> u64 {
    key_bits(key) | count.min(u64::from(MAX_PACKED_COUNT))
}

/// The count of `key` among a document's packed counts, `None` without one:
/// `value(i)` for `i` in `rows` reads them.
pub fn unpacked_count(
    rows: std::ops::Range<u32>,
    value: impl Fn(u32) -> u64,
    key: &str,
) -> Option<u32> {
    let bits = key_bits(key);
    rows.map(value)
        .find(|v| v & !u64::from(MAX_PACKED_COUNT) == bits)
        .map(|v| (v & u64::from(MAX_PACKED_COUNT)) as u32)
}

/// The high 40 bits of a stable 64-bit hash of `key` (FNV-1a, then
/// MurmurHash3's finaliser to spread it): the same in every build, as an
/// index outlives the binary that wrote it.
fn key_bits(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h & !u64::from(MAX_PACKED_COUNT)
}

impl Fields {
    /// Resolves the handles; fails when the index was built with another schema.
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        let mut texts = [TextFields {
            title: f(TITLE)?,
            body: f(BODY)?,
        }; ANALYSES.len()];
        for (text, analysis) in texts.iter_mut().zip(&ANALYSES) {
            *text = TextFields {
                title: f(&analysis.field(TITLE))?,
                body: f(&analysis.field(BODY))?,
            };
        }
        Ok(Fields {
            id: f(ID)?,
            path: f(PATH)?,
            title: f(TITLE)?,
            body: f(BODY)?,
            texts,
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
            content_key: f(CONTENT_KEY)?,
            actor_counts: f(ACTOR_COUNTS)?,
            name_word_counts: f(NAME_WORD_COUNTS)?,
            actor_aliases: f(ACTOR_ALIASES)?,
        })
    }

    /// The analysis whose fields hold `doc`'s text (English when none do).
    pub fn analysis_of(&self, doc: &tantivy::TantivyDocument) -> usize {
        self.texts
            .iter()
            .position(|t| doc.get_first(t.body).is_some() || doc.get_first(t.title).is_some())
            .unwrap_or(ENGLISH)
    }

    /// The stored title or body (`which` picks the field) of `doc`, whatever its language.
    pub fn text_of(
        &self,
        doc: &tantivy::TantivyDocument,
        which: fn(&TextFields) -> Field,
    ) -> Option<String> {
        use tantivy::schema::Value;
        let field = which(&self.texts[self.analysis_of(doc)]);
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_count_reads_back_by_its_key() {
        let values = [
            packed_count("Sudan", 0),
            packed_count("South Sudan", 7),
            packed_count("Guinea", u64::from(MAX_PACKED_COUNT)),
            packed_count("Chad", u64::from(u32::MAX) + 5),
        ];
        let count = |key| unpacked_count(0..values.len() as u32, |i| values[i as usize], key);
        assert_eq!(count("Sudan"), Some(0));
        assert_eq!(count("South Sudan"), Some(7));
        assert_eq!(count("Guinea"), Some(MAX_PACKED_COUNT));
        // More than the bits hold is the most they hold, never a wrapped count.
        assert_eq!(count("Chad"), Some(MAX_PACKED_COUNT));
        assert_eq!(count("sudan"), None);
        assert_eq!(count("Guinea-Bissau"), None);
        // Each of them found among many, at any place.
        let many: Vec<u64> = (0..500u64)
            .map(|i| packed_count(&format!("actor {i}"), i))
            .collect();
        for i in 0..500u64 {
            let found = unpacked_count(0..500, |r| many[r as usize], &format!("actor {i}"));
            assert_eq!(found, Some(i as u32));
        }
        assert_eq!(
            unpacked_count(0..500, |r| many[r as usize], "actor 500"),
            None
        );
        // The hash never spills into the count, the count never into the hash.
        assert_eq!(packed_count("Sudan", 0) & u64::from(MAX_PACKED_COUNT), 0);
        assert_eq!(
            packed_count("Sudan", 1 << 30) >> 24,
            packed_count("Sudan", 0) >> 24
        );
    }

    #[test]
    fn each_language_has_its_analysis() {
        let key = |language: Option<&str>| ANALYSES[Analysis::index_of(language)].key;
        assert_eq!(key(None), "");
        assert_eq!(key(Some("en")), "");
        assert_eq!(key(Some("ru")), "ru");
        assert_eq!(key(Some("nn")), "nb");
        assert_eq!(key(Some("uk")), "plain");
        assert_eq!(key(Some("zh")), "plain");
        let names: Vec<String> = ANALYSES.iter().map(|a| a.field(BODY)).collect();
        assert_eq!(names[..2], ["body", "body_ar"]);
        assert_eq!(ANALYSES[ENGLISH].tokenizer(), STEMMED_TOKENIZER);
        assert_eq!(
            ANALYSES[Analysis::index_of(Some("ru"))].tokenizer(),
            "stem_ru"
        );
        assert_eq!(ANALYSES[ANALYSES.len() - 1].tokenizer(), PLAIN_TOKENIZER);
        // Every field name is distinct, and the schema resolves.
        let schema = build();
        assert!(Fields::of(&schema).is_ok());
    }
}
