//! JSON (one article object) and JSON Lines (one article per line).

use super::markdown::meta_from_value;
use super::{LoadError, Loaded, Meta, finish, one_line};
use serde_json::Value;
use serde_json::value::RawValue;

/// Bad lines of one file reported one by one; the rest are counted in one more warning.
const MAX_LINE_WARNINGS: usize = 10;

/// The keys that may hold an article's text, in order of preference.
const BODY_KEYS: [&str; 4] = ["body", "text", "content", "article"];

pub(super) fn parse_object(text: &str) -> Result<(Meta, String), LoadError> {
    let (value, warnings) = article_value(text)?;
    let (mut meta, body) = from_value(&value)?;
    meta.warnings.extend(warnings);
    Ok((meta, body))
}

/// Longest key named in a warning.
const MAX_KEY_CHARS: usize = 60;

/// The JSON value of one article. A value of an object that serde cannot hold
/// (a number beyond f64, such as a date of `1e400`) refused the whole
/// article; such a key is left out with a warning and the rest is read.
fn article_value(text: &str) -> Result<(Value, Vec<String>), LoadError> {
    let text = lone_surrogates_replaced(text);
    let error = match serde_json::from_str::<Value>(&text) {
        Ok(value) => return Ok((value, Vec::new())),
        Err(error) => error,
    };
    // Raw values are found without reading numbers, so only a bad value fails.
    let Ok(fields) =
        serde_json::from_str::<std::collections::BTreeMap<String, Box<RawValue>>>(&text)
    else {
        return Err(json_error(error));
    };
    let mut object = serde_json::Map::new();
    let mut left_out = Vec::new();
    for (key, raw) in fields {
        match serde_json::from_str::<Value>(raw.get()) {
            Ok(value) => {
                object.insert(key, value);
            }
            Err(e) => left_out.push((key, e)),
        }
    }
    let warnings = left_out
        .first()
        .map(|(key, e)| {
            let key: String = key.chars().take(MAX_KEY_CHARS).collect();
            let why = e.to_string();
            let why = why.split(" at line ").next().unwrap_or(&why).to_owned();
            let more = match left_out.len() - 1 {
                0 => String::new(),
                n => format!(" (and {n} more keys)"),
            };
            format!("{key:?} left out: {why}{more}")
        })
        .into_iter()
        .collect();
    Ok((Value::Object(object), warnings))
}

/// `text` with each `\uXXXX` escape of a UTF-16 surrogate that is not half
/// of a pair written `\uFFFD`, as a lossy UTF-16 reading does: JavaScript
/// writes such halves (an emoji cut in two by a length limit), and serde
/// refused the whole article for one ("unexpected end of hex escape").
/// Anything else is left as it is, so valid JSON reads as before.
fn lone_surrogates_replaced(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // The code unit of a `\uXXXX` escape starting at `at`.
    let unit = |at: usize| -> Option<u16> {
        let hex = bytes.get(at..at + 6)?;
        if &hex[..2] != b"\\u" {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let high = |u: u16| (0xD800..0xDC00).contains(&u);
    let low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = bytes.get(at..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        at += found;
        match unit(at) {
            Some(u) if high(u) && unit(at + 6).is_some_and(low) => at += 12,
            Some(u) if high(u) || low(u) => {
                let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
                out.push_str(&text[copied..at]);
                out.push_str("\\uFFFD");
                at += 6;
                copied = at;
            }
            // Any other escape is two characters at least (`\\` among them).
            _ => at += 2,
        }
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            std::borrow::Cow::Owned(out)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

fn from_value(value: &Value) -> Result<(Meta, String), LoadError> {
    let keys = "`body`, `text`, `content` or `article`";
    if !value.is_object() {
        let hint = if value.is_array() {
            " (a list of articles goes in a .jsonl file, one object a line)"
        } else {
            ""
        };
        return Err(LoadError::Json(format!(
            "{} where an article object with a {keys} string belongs{hint}",
            kind(value)
        )));
    }
    if let Some(body) = BODY_KEYS
        .iter()
        .find_map(|k| value.get(k).and_then(Value::as_str))
    {
        return Ok((meta_from_value(value), body.to_owned()));
    }
    Err(LoadError::Json(
        match BODY_KEYS.iter().find_map(|k| Some((k, value.get(k)?))) {
            Some((key, other)) => format!("`{key}` is {}, not a string", kind(other)),
            None => format!("no {keys} string"),
        },
    ))
}

/// What a JSON value is, as a message names it.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Each non-blank line is its own article with id `path#LINE` (1-based); a bad
/// line becomes a warning and the others are kept.
pub(super) fn parse_lines(text: &str, rel: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut bad_lines = 0;
    let mut dated_badly = 0;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let parsed = article_value(line).and_then(|(value, warnings)| {
            let (mut meta, body) = from_value(&value)?;
            meta.warnings.extend(warnings);
            Ok((meta, body))
        });
        match parsed {
            Ok((meta, body)) => {
                let mut date_warnings = Vec::new();
                let id = format!("{rel}#{number}");
                match finish(meta, body, rel, id, &mut date_warnings) {
                    Some(a) => {
                        loaded.articles.push(a);
                        for warning in date_warnings {
                            dated_badly += 1;
                            if dated_badly <= MAX_LINE_WARNINGS {
                                loaded.warnings.push(format!("line {number}: {warning}"));
                            }
                        }
                    }
                    None => {
                        bad_lines += 1;
                        if bad_lines <= MAX_LINE_WARNINGS {
                            loaded.warnings.push(format!("line {number}: empty text"));
                        }
                    }
                }
            }
            Err(e) => {
                bad_lines += 1;
                if bad_lines <= MAX_LINE_WARNINGS {
                    loaded.warnings.push(format!("line {number}: {e}"));
                }
            }
        }
    }
    if bad_lines > MAX_LINE_WARNINGS {
        let more = bad_lines - MAX_LINE_WARNINGS;
        loaded.warnings.push(format!("{more} more bad lines"));
    }
    if dated_badly > MAX_LINE_WARNINGS {
        let more = dated_badly - MAX_LINE_WARNINGS;
        loaded
            .warnings
            .push(format!("{more} more lines with a bad date or value"));
    }
    loaded
}

/// serde_json's message on one short line; its recursion limit (128) makes
/// deep input an error found in linear time.
fn json_error(error: serde_json::Error) -> LoadError {
    LoadError::Json(one_line(&error.to_string()))
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
    fn a_value_serde_cannot_hold_is_left_out_with_a_warning() {
        let (meta, body) =
            parse_object(r#"{"title":"T","date":1e400,"x":-1e999,"text":"Hello"}"#).unwrap();
        assert_eq!(
            (meta.title.as_deref(), meta.date, body.as_str()),
            (Some("T"), None, "Hello")
        );
        assert_eq!(
            meta.warnings,
            ["\"date\" left out: number out of range (and 1 more keys)"]
        );
        let loaded = parse_lines(
            "{\"text\":\"a b\",\"date\":1e400}\n{\"text\":1e400}\n",
            "f.jsonl",
        );
        assert_eq!(loaded.articles.len(), 1);
        assert_eq!(
            loaded.warnings,
            [
                "line 1: \"date\" left out: number out of range",
                "line 2: bad JSON: no `body`, `text`, `content` or `article` string"
            ]
        );
        assert!(parse_object(r#"{"text":"a", 1e400}"#).is_err());
    }

    #[test]
    fn bad_objects() {
        assert!(parse_object("{\"title\": ").is_err());
        assert!(parse_object("[1,2]").is_err());
        assert!(parse_object(r#"{"title":"no body"}"#).is_err());
    }

    /// A JSON string escaping each of `units` as `\uXXXX`, or as itself
    /// when it is printable ASCII other than a quote or backslash.
    fn escaped(units: &[u16]) -> String {
        let mut json = String::from("\"");
        for &u in units {
            match char::from_u32(u32::from(u)) {
                Some(c) if c.is_ascii_graphic() && c != '"' && c != '\\' => json.push(c),
                _ => json.push_str(&format!("\\u{u:04x}")),
            }
        }
        json.push('"');
        json
    }

    proptest::proptest! {
        /// Any UTF-16 text escaped in JSON reads as its lossy UTF-16 reading
        /// (each lone surrogate U+FFFD), and valid JSON is untouched.
        #[test]
        fn a_string_of_any_utf16_reads_as_its_lossy_reading(
            units in proptest::collection::vec(
                proptest::prop_oneof![0xD7F0u16..0xE010, 0x20u16..0x80, proptest::num::u16::ANY],
                0..20,
            )
        ) {
            let json = escaped(&units);
            let read: String = serde_json::from_str(&lone_surrogates_replaced(&json)).unwrap();
            proptest::prop_assert_eq!(read, String::from_utf16_lossy(&units));
            if String::from_utf16(&units).is_ok() {
                proptest::prop_assert_eq!(lone_surrogates_replaced(&json), json.as_str());
            }
        }
    }

    proptest::proptest! {
        /// Any text, JSON or not, comes back whole: the same where it holds
        /// no escaped surrogate half.
        #[test]
        fn any_text_comes_back_whole(text in "(\\\\|u|[dD]|[0-9a-fA-F]|\\PC){0,40}") {
            let repaired = lone_surrogates_replaced(&text);
            if !text.to_lowercase().contains("\\ud") {
                proptest::prop_assert_eq!(repaired, text.as_str());
            }
        }
    }

    #[test]
    fn an_article_with_half_an_emoji_is_read() {
        let (_, body) =
            parse_object(r#"{"body":"cut \ud83d\\ud83d and \ud83d\ude00\udc00"}"#).unwrap();
        assert_eq!(body, "cut \u{fffd}\\ud83d and \u{1f600}\u{fffd}");
        let loaded = parse_lines("{\"body\":\"a \\udc00 b\"}", "s.jsonl");
        assert_eq!(lone_surrogates_replaced("x\\"), "x\\");
        assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.warnings);
    }

    #[test]
    fn deep_json_is_an_error() {
        let deep = "[".repeat(100_000);
        assert!(
            matches!(parse_object(&deep), Err(LoadError::Json(m)) if m.contains("recursion limit"))
        );
        let loaded = parse_lines(&format!("{deep}\n{{\"body\":\"x\"}}"), "d.jsonl");
        assert_eq!(loaded.articles.len(), 1);
        assert!(
            loaded.warnings[0].starts_with("line 1: bad JSON: recursion limit"),
            "{:?}",
            loaded.warnings
        );
    }

    #[test]
    fn many_bad_lines_are_counted_not_listed() {
        let loaded = parse_lines(&"{\n".repeat(1000), "bad.jsonl");
        assert_eq!(loaded.warnings.len(), MAX_LINE_WARNINGS + 1);
        assert_eq!(loaded.warnings[MAX_LINE_WARNINGS], "990 more bad lines");
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

    #[test]
    fn a_value_that_is_no_article_says_what_it_is() {
        let reason = |text: &str| parse_object(text).unwrap_err().to_string();
        assert!(
            reason("[{\"body\": \"x\"}]").starts_with("bad JSON: a list where an article object")
        );
        assert!(reason("[]").contains("goes in a .jsonl file"));
        assert!(reason("42").starts_with("bad JSON: a number where"));
        assert!(reason("null").starts_with("bad JSON: null where"));
        assert_eq!(
            reason(r#"{"body": ["a"]}"#),
            "bad JSON: `body` is a list, not a string"
        );
        assert_eq!(
            reason(r#"{"text": 5}"#),
            "bad JSON: `text` is a number, not a string"
        );
        assert_eq!(
            reason(r#"{"title": "t"}"#),
            "bad JSON: no `body`, `text`, `content` or `article` string"
        );
        let lines = parse_lines("{\"body\": \"ok\"}\n[1]\n", "f.jsonl");
        assert_eq!(lines.articles.len(), 1);
        assert!(lines.warnings[0].starts_with("line 2: bad JSON: a list where"));
    }
}
