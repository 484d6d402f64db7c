//! `pundex export`: the indexed documents with their extracted fields as
//! NDJSON, and a Quickwit index config mapping the same fields.

use crate::cli::ExportArgs;
use crate::context::Context;
use pundex::error::UsageError;
use pundex::index::schema::{self, Fields};
use pundex::render::json;
use pundex::search::{self, first_text, query};
use std::io::Write;
use tantivy::TantivyDocument;
use tantivy::collector::DocSetCollector;
use tantivy::schema::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub fn run(args: &ExportArgs, ctx: &Context) -> anyhow::Result<()> {
    // clap's `requires` does not fire beside --ndjson, which conflicts with
    // --quickwit-config: said here, so the id is not ignored unseen.
    if args.ndjson && args.index_id.is_some() {
        return Err(UsageError(
            "--index-id names the index of --quickwit-config; --ndjson writes no index id".into(),
        )
        .into());
    }
    let index_id = args.index_id.as_deref().unwrap_or("pundex");
    check_index_id(index_id)?;
    if args.quickwit_config {
        let mut out = super::stdout();
        out.write_all(quickwit_config(index_id).as_bytes())?;
        out.flush()?;
        return Ok(());
    }
    if !args.ndjson {
        return Err(UsageError(
            "say what to export: --ndjson (documents) or --quickwit-config".into(),
        )
        .into());
    }
    let open = super::open_index(ctx)?;
    let filters = super::filters_of(&open, &args.filters, ctx)?;
    let searcher = pundex::index::searcher(&open.index)?;
    let q = query::build(&searcher, &open.fields, &args.query.join(" "), &filters)?;
    let mut addresses: Vec<_> = searcher
        .search(q.as_ref(), &DocSetCollector)?
        .into_iter()
        .collect();
    addresses.sort();
    let mut out = super::stdout();
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(address)?;
        write_document(&mut out, &open.fields, &doc)?;
    }
    out.flush()?;
    Ok(())
}

/// Writes one exported document: the stored fields, with the publication date as
/// RFC 3339 (its first day) and as written.
fn write_document(
    out: &mut impl Write,
    fields: &Fields,
    doc: &TantivyDocument,
) -> std::io::Result<()> {
    let hit = search::hit_from_doc(fields, doc);
    let published = doc
        .get_first(fields.published)
        .and_then(|v| v.as_datetime())
        .and_then(|d| OffsetDateTime::from_unix_timestamp(d.into_timestamp_secs()).ok())
        .and_then(|d| d.format(&Rfc3339).ok());
    let all = |field| -> Vec<String> {
        doc.get_all(field)
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    let extras = json::ExportExtras {
        body: fields.text_of(doc, |t| t.body),
        language: first_text(doc, fields.language),
        mentioned: all(fields.mentioned),
        published,
        tags: all(fields.tags),
    };
    json::line(out, &json::ExportRecord::new(&hit, extras))
}

/// Refuses an index id Quickwit would refuse (`validate_identifier` in
/// quickwit-config: `^[a-zA-Z][a-zA-Z0-9-_.]{2,254}$`), so the id goes into the
/// YAML as a plain scalar and `quickwit index create` does not fail later.
fn check_index_id(id: &str) -> Result<(), UsageError> {
    let mut chars = id.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_allowed = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if starts_with_letter && rest_allowed && (3..=255).contains(&id.len()) {
        return Ok(());
    }
    Err(UsageError(format!(
        "--index-id {id:?}: a Quickwit index id is 3 to 255 characters, a letter first, \
         then letters, digits, '-', '_' or '.'"
    )))
}

/// A Quickwit index config whose doc mapping matches `export --ndjson`: each
/// field the export writes as a JSON array is an `array<…>` (Quickwit rejects
/// an array in a single-valued field), text searched by phrase records
/// positions, and title and body keep field norms for BM25 (`sort_by=_score`).
/// `index_id` must have passed [`check_index_id`].
pub fn quickwit_config(index_id: &str) -> String {
    format!(
        r#"# Quickwit index config for documents from `pundex export --ndjson`.
# Fields as pundex stores them; exact (raw) terms for ids, actors, issues,
# languages and mentioned dates. Analysis differs in one place: Quickwit's only
# stemmer is English (en_stem), so title and body are stemmed as English in
# every language, while pundex stems Russian, German, French, ... with their own
# stemmers. Cyrillic, Greek, Arabic or CJK words pass the English stemmer
# unchanged (lower-cased only); Latin-script languages get English suffix rules.
version: 0.8
index_id: {index_id}
doc_mapping:
  mode: lenient
  field_mappings:
    - name: {id}
      type: text
      tokenizer: raw
      fast: true
    - name: {path}
      type: text
      tokenizer: raw
    - name: {title}
      type: text
      tokenizer: en_stem
      record: position
      fieldnorms: true
    - name: {body}
      type: text
      tokenizer: en_stem
      record: position
      fieldnorms: true
    - name: {author}
      type: text
      tokenizer: default
      record: position
    - name: {source}
      type: text
      tokenizer: default
      record: position
    - name: {url}
      type: text
      indexed: false
    - name: {tags}
      type: array<text>
      tokenizer: default
      record: position
    - name: {published}
      type: datetime
      input_formats: [rfc3339]
      fast: true
      fast_precision: seconds
    - name: {published_text}
      type: text
      tokenizer: raw
    - name: {language}
      type: text
      tokenizer: raw
      fast: true
    - name: {actors}
      type: array<text>
      tokenizer: raw
      fast: true
    - name: {actor_mentions}
      type: array<json>
      indexed: false
    - name: {issues}
      type: array<text>
      tokenizer: raw
      fast: true
    - name: {mentioned}
      type: array<text>
      tokenizer: raw
      fast: true
search_settings:
  default_search_fields: [{title}, {body}]
"#,
        id = schema::ID,
        path = schema::PATH,
        title = schema::TITLE,
        body = schema::BODY,
        author = schema::AUTHOR,
        source = schema::SOURCE,
        url = schema::URL,
        tags = schema::TAGS,
        published = schema::PUBLISHED,
        published_text = schema::PUBLISHED_TEXT,
        language = schema::LANGUAGE,
        actors = schema::ACTORS,
        actor_mentions = schema::ACTOR_MENTIONS,
        issues = schema::ISSUES,
        mentioned = schema::MENTIONED,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quickwit_config_maps_every_exported_field() {
        let config = quickwit_config("pundex");
        let yaml: serde_json::Value = serde_yaml_ng::from_str(&config).unwrap();
        let mapped: Vec<&str> = yaml["doc_mapping"]["field_mappings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        let fields = Fields::of(&schema::build()).unwrap();
        let mut line = Vec::new();
        write_document(&mut line, &fields, &TantivyDocument::default()).unwrap();
        let exported: serde_json::Value = serde_json::from_slice(&line).unwrap();
        for key in exported.as_object().unwrap().keys() {
            assert!(
                mapped.contains(&key.as_str()),
                "{key} is exported but not mapped"
            );
        }
        assert_eq!(yaml["index_id"], "pundex");
    }

    proptest::proptest! {
        /// The check accepts exactly what Quickwit's own identifier rule accepts.
        #[test]
        fn index_id_check_is_quickwits_rule(id in "[a-zA-Z0-9._: #\\n{}é-]{0,8}|[a-z][a-z0-9]{250,256}") {
            let quickwit = regex::Regex::new(r"^[a-zA-Z][a-zA-Z0-9-_\.]{2,254}$").unwrap();
            proptest::prop_assert_eq!(check_index_id(&id).is_ok(), quickwit.is_match(&id));
        }
    }

    #[test]
    fn an_accepted_index_id_is_the_yaml_index_id() {
        for id in ["pundex", "a.b-c_9", "news-2026.archive"] {
            check_index_id(id).unwrap();
            let yaml: serde_json::Value = serde_yaml_ng::from_str(&quickwit_config(id)).unwrap();
            assert_eq!(yaml["index_id"], id);
        }
        for id in [
            "ab",
            "9lives",
            "x: y",
            "a\nversion: 1",
            "news archive",
            "архив",
        ] {
            let err = check_index_id(id).unwrap_err().0;
            assert!(
                err.starts_with("--index-id") && !err.contains('\n'),
                "{err}"
            );
        }
    }
}
