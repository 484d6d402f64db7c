//! JSON (one article object) and JSON Lines (one article per line).

use super::markdown::meta_from_value;
use super::{Article, LoadError, Loaded, Meta, finish};
use serde_json::Value;

/// The keys that may hold an article's text, in order of preference.
const BODY_KEYS: [&str; 4] = ["body", "text", "content", "article"];

pub(super) fn parse_object(text: &str) -> Result<(Meta, String), LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::Json(e.to_string()))?;
    from_value(&value)
}

fn from_value(value: &Value) -> Result<(Meta, String), LoadError> {
    if !value.is_object() {
        return Err(LoadError::Json(
            "expected an object with a `body` or `text` key".into(),
        ));
    }
    let body = BODY_KEYS
        .iter()
        .find_map(|k| value.get(k).and_then(Value::as_str))
        .ok_or_else(|| LoadError::Json("no `body`, `text` or `content` string".into()))?;
    Ok((meta_from_value(value), body.to_owned()))
}

/// Each non-blank line is its own article with id `path#LINE` (1-based); a bad
/// line becomes a warning and the others are kept.
pub(super) fn parse_lines(text: &str, rel: &str) -> Loaded {
    let mut loaded = Loaded::default();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Value>(line)
            .map_err(|e| LoadError::Json(e.to_string()))
            .and_then(|v| from_value(&v));
        match parsed {
            Ok((meta, body)) => {
                let article: Option<Article> = finish(meta, body, rel, format!("{rel}#{number}"));
                match article {
                    Some(a) => loaded.articles.push(a),
                    None => loaded.warnings.push(format!("line {number}: empty text")),
                }
            }
            Err(e) => loaded.warnings.push(format!("line {number}: {e}")),
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_with_text_key() {
        let (meta, body) =
            parse_object(r#"{"title":"T","text":"Hello","date":"2024-01-02","author":"A"}"#)
                .unwrap();
        assert_eq!(meta.title.as_deref(), Some("T"));
        assert_eq!(meta.date.as_deref(), Some("2024-01-02"));
        assert_eq!(body, "Hello");
    }

    #[test]
    fn bad_objects() {
        assert!(parse_object("{\"title\": ").is_err());
        assert!(parse_object("[1,2]").is_err());
        assert!(parse_object(r#"{"title":"no body"}"#).is_err());
    }

    #[test]
    fn lines_keep_good_ones_and_report_bad_ones() {
        let text = "{\"title\":\"a\",\"body\":\"one\"}\n\n{broken\n{\"content\":\"three\"}\n";
        let loaded = parse_lines(text, "f.jsonl");
        let ids: Vec<_> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["f.jsonl#1", "f.jsonl#4"]);
        assert_eq!(loaded.warnings.len(), 1);
        assert!(loaded.warnings[0].starts_with("line 3:"));
    }
}
