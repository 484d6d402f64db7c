//! JSON (one article object, or a list of them) and JSON Lines (one
//! article per line).

use super::markdown::meta_from_value;
use super::{LoadError, Loaded, Meta, finish, one_line, single};
use serde_json::Value;
use serde_json::value::RawValue;

/// Bad lines (or list items) of one file reported one by one; the rest are
/// counted in one more warning.
const MAX_LINE_WARNINGS: usize = 10;

/// The keys that may hold an article's text, in order of preference:
/// besides the plain ones, schema.org's `articleBody` and news-please's
/// `maintext`.
const BODY_KEYS: [&str; 6] = [
    "body",
    "text",
    "content",
    "article",
    "articleBody",
    "maintext",
];

/// [`BODY_KEYS`] as a message names them: "`body`, `text` … or `maintext`".
fn body_keys_named() -> String {
    let quoted: Vec<String> = BODY_KEYS.iter().map(|k| format!("`{k}`")).collect();
    let (last, rest) = quoted.split_last().expect("there are body keys");
    format!("{} or {last}", rest.join(", "))
}

/// The articles of a `.json` file: one article object, or a list of them,
/// bare or as the one list of an object that holds no article text itself
/// (`{"status": "ok", "articles": [...]}`, as news APIs and scrapers export
/// them). A listed article's id is `path#N`, N its place in the list from 1;
/// a bad item skips that item only, as a bad line of JSON Lines does.
pub(super) fn parse_file(text: &str, rel: &str) -> Result<Loaded, LoadError> {
    let text = lone_surrogates_replaced(text);
    match listed_articles(&text) {
        Some(items) => Ok(parse_records(
            items
                .iter()
                .enumerate()
                .map(|(n, item)| (n + 1, item.get())),
            rel,
            Record::Item,
        )),
        None => Ok(single(parse_object(&text)?, rel)),
    }
}

/// The items of the list of articles `text` holds, if it holds one: it is
/// a list, or an object with no article text whose values include exactly
/// one list with an object in it. Anything else (a single article, or JSON
/// that is bad) is left to [`parse_object`], which names what is wrong.
fn listed_articles(text: &str) -> Option<Vec<&RawValue>> {
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(text).ok();
    }
    let fields: std::collections::BTreeMap<String, &RawValue> = serde_json::from_str(text).ok()?;
    if BODY_KEYS.iter().any(|key| fields.contains_key(*key)) {
        return None;
    }
    let mut lists = fields
        .values()
        .filter_map(|value| serde_json::from_str::<Vec<&RawValue>>(value.get()).ok())
        .filter(|items| items.iter().any(|item| item.get().starts_with('{')));
    let list = lists.next()?;
    lists.next().is_none().then_some(list)
}

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
    let keys = body_keys_named();
    if !value.is_object() {
        let hint = if value.is_array() {
            " (a list of articles goes in a .json file of its own, or one object a line in .jsonl)"
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

/// What one record of a file of several articles is, as warnings name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Record {
    /// A line of JSON Lines.
    Line,
    /// An item of a JSON list.
    Item,
}

impl Record {
    pub(super) fn noun(self) -> &'static str {
        match self {
            Record::Line => "line",
            Record::Item => "item",
        }
    }
}

/// Each non-blank line is its own article with id `path#LINE` (1-based); a bad
/// line becomes a warning and the others are kept.
pub(super) fn parse_lines(text: &str, rel: &str) -> Loaded {
    let lines = text.lines().enumerate().map(|(n, line)| (n + 1, line));
    parse_records(lines, rel, Record::Line)
}

/// The articles of numbered records (lines or list items), each with id
/// `path#NUMBER`; a bad record becomes a warning naming its number, and the
/// others are kept.
fn parse_records<'a>(
    records: impl Iterator<Item = (usize, &'a str)>,
    rel: &str,
    record: Record,
) -> Loaded {
    let noun = record.noun();
    let mut loaded = Loaded::default();
    let mut bad_records = 0;
    let mut dated_badly = 0;
    for (number, text) in records {
        if text.trim().is_empty() {
            continue;
        }
        let parsed = article_value(text).and_then(|(value, warnings)| {
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
                                loaded.warnings.push(format!("{noun} {number}: {warning}"));
                            }
                        }
                    }
                    None => {
                        bad_records += 1;
                        if bad_records <= MAX_LINE_WARNINGS {
                            loaded.warnings.push(format!("{noun} {number}: empty text"));
                        }
                    }
                }
            }
            Err(e) => {
                bad_records += 1;
                if bad_records <= MAX_LINE_WARNINGS {
                    loaded.warnings.push(format!("{noun} {number}: {e}"));
                }
            }
        }
    }
    if bad_records > MAX_LINE_WARNINGS {
        let more = bad_records - MAX_LINE_WARNINGS;
        loaded.warnings.push(format!("{more} more bad {noun}s"));
    }
    if dated_badly > MAX_LINE_WARNINGS {
        let more = dated_badly - MAX_LINE_WARNINGS;
        loaded
            .warnings
            .push(format!("{more} more {noun}s with a bad date or value"));
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
                "line 2: bad JSON: no `body`, `text`, `content`, `article`, `articleBody` or `maintext` string"
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
        assert!(reason("[]").contains("goes in a .json file of its own"));
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
            "bad JSON: no `body`, `text`, `content`, `article`, `articleBody` or `maintext` string"
        );
        let lines = parse_lines("{\"body\": \"ok\"}\n[1]\n", "f.jsonl");
        assert_eq!(lines.articles.len(), 1);
        assert!(lines.warnings[0].starts_with("line 2: bad JSON: a list where"));
    }

    fn ids(loaded: &Loaded) -> Vec<&str> {
        loaded.articles.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn a_list_of_articles_is_read_item_by_item() {
        let text = r#"[{"title":"a","body":"one"}, {"body": 5}, {"text":"three"}, 7]"#;
        let loaded = parse_file(text, "f.json").unwrap();
        assert_eq!(ids(&loaded), ["f.json#1", "f.json#3"]);
        assert_eq!(
            loaded.warnings,
            [
                "item 2: bad JSON: `body` is a number, not a string",
                "item 4: bad JSON: a number where an article object with a `body`, `text`, \
                 `content`, `article`, `articleBody` or `maintext` string belongs"
            ]
        );
        assert!(parse_file("[]", "e.json").unwrap().articles.is_empty());
    }

    #[test]
    fn the_one_list_of_an_object_without_text_is_its_articles() {
        // A news API's answer: the articles under a key, beside a status.
        let api = r#"{"status": "ok", "totalResults": 2, "articles": [
            {"title": "a", "publishedAt": "2024-03-01T10:00:00Z", "content": "one"},
            {"title": "b", "articleBody": "two", "author": {"name": "C. D."}}]}"#;
        let loaded = parse_file(api, "api.json").unwrap();
        assert_eq!(ids(&loaded), ["api.json#1", "api.json#2"]);
        assert_eq!(
            loaded.articles[0].published.unwrap().to_string(),
            "2024-03-01"
        );
        assert_eq!(loaded.articles[1].author.as_deref(), Some("C. D."));
        // An article object with a list in it stays one article…
        let one = parse_file(r#"{"body": "x", "tags": [{"a": 1}]}"#, "o.json").unwrap();
        assert_eq!(ids(&one), ["o.json"]);
        // …and two lists of objects tell no articles apart from the rest.
        let two = r#"{"a": [{"body": "x"}], "b": [{"body": "y"}]}"#;
        assert!(parse_file(two, "t.json").is_err());
        // A list of no objects is no list of articles.
        assert!(parse_file(r#"{"title": "t", "tags": ["x"]}"#, "n.json").is_err());
    }

    proptest::proptest! {
        /// Whatever a list holds, its articles are exactly its good items,
        /// each with its place in the list as its id, and so are those of
        /// the same list wrapped in an object beside other keys.
        #[test]
        fn a_lists_articles_are_its_good_items_in_place(
            items in proptest::collection::vec(
                proptest::sample::select(&[
                    r#"{"body": "words"}"#,
                    r#"{"title": "t", "maintext": "words", "date": "2024-01-02"}"#,
                    r#"{"body": 5}"#,
                    r#"{"title": "no text"}"#,
                    r#"{"body": "  "}"#,
                    "[]",
                    "null",
                    "3",
                    r#""text""#,
                ][..]),
                0..12,
            )
        ) {
            let good: Vec<String> = items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.contains("words"))
                .map(|(n, _)| format!("l.json#{}", n + 1))
                .collect();
            let list = format!("[{}]", items.join(","));
            for text in [list.clone(), format!(r#"{{"status": "ok", "n": 1, "items": {list}}}"#)] {
                match parse_file(&text, "l.json") {
                    Ok(loaded) => {
                        proptest::prop_assert_eq!(ids(&loaded), good.clone());
                        let bad = items.len() - good.len();
                        // Past the first ten, one more warning counts the rest.
                        let warned = bad.min(MAX_LINE_WARNINGS) + usize::from(bad > MAX_LINE_WARNINGS);
                        proptest::prop_assert_eq!(loaded.warnings.len(), warned);
                    }
                    // Only a wrapper whose list holds no object is no list.
                    Err(_) => {
                        let wrapped = text.starts_with('{');
                        let no_object = !items.iter().any(|i| i.starts_with('{'));
                        proptest::prop_assert!(wrapped && no_object, "{}", text);
                    }
                }
            }
        }
    }
}
