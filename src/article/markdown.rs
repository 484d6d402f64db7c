//! Markdown with optional YAML (`---`) or TOML (`+++`) front matter.

use super::{LoadError, Meta, one_line};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Deepest nesting of front matter pundex hands to the YAML parser, which
/// takes time quadratic in depth before refusing it (100,000 `[` took 18 s,
/// 100,000 `{a: ` 55 s). No real front matter comes near it.
const MAX_FRONT_MATTER_DEPTH: usize = 128;

pub(super) fn parse(text: &str) -> Result<(Meta, String), LoadError> {
    let (mut meta, markdown) = split_front_matter(text)?;
    let (heading, body) = plain_text(markdown);
    if meta.title.is_none() {
        meta.title = heading;
    }
    Ok((meta, body))
}

/// Separates front matter from the Markdown that follows it.
fn split_front_matter(text: &str) -> Result<(Meta, &str), LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    for (fence, is_yaml) in [("---", true), ("+++", false)] {
        let Some(after) = text.strip_prefix(fence) else {
            continue;
        };
        let Some(after) = after
            .strip_prefix('\n')
            .or_else(|| after.strip_prefix("\r\n"))
        else {
            continue;
        };
        let close = find_closing_fence(after, fence)
            .ok_or_else(|| LoadError::FrontMatter(format!("no closing `{fence}` line")))?;
        let (block, rest) = (&after[..close.0], &after[close.1..]);
        let value = if is_yaml {
            if yaml_nests_deeper_than(block, MAX_FRONT_MATTER_DEPTH) {
                return Err(LoadError::FrontMatter(format!(
                    "nested deeper than {MAX_FRONT_MATTER_DEPTH} levels"
                )));
            }
            serde_yaml_ng::from_str::<UsedKeys>(block)
                .map_err(|e| LoadError::FrontMatter(format!("YAML: {}", one_line(&e.to_string()))))?
                .0
        } else {
            let table: toml::Table = toml::from_str(block).map_err(|e| {
                LoadError::FrontMatter(format!("TOML: {}", one_line(&e.to_string())))
            })?;
            toml_to_json(toml::Value::Table(table))
        };
        return Ok((meta_from_value(&value), rest));
    }
    Ok((Meta::default(), text))
}

/// The keys [`meta_from_value`] reads, by the field they fill, first found
/// first: YAML front matter is cut down to these ([`is_used_key`]).
const TITLE_KEYS: &[&str] = &["title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];
const SOURCE_KEYS: &[&str] = &["source", "publisher", "site", "source_domain"];
const URL_KEYS: &[&str] = &["url", "link"];
const TAG_KEYS: &[&str] = &["tags", "keywords"];
/// Besides the usual keys, the ones of news APIs and scrapers: `publishedAt`
/// (NewsAPI), `datePublished` (schema.org), `publish_date` (newspaper3k),
/// `date_publish` (news-please).
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "pubDate",
    "publishedAt",
    "datePublished",
    "publish_date",
    "date_publish",
    "publication_date",
];
const LANGUAGE_KEYS: &[&str] = &["lang", "language"];

fn is_used_key(key: &str) -> bool {
    [
        TITLE_KEYS,
        AUTHOR_KEYS,
        SOURCE_KEYS,
        URL_KEYS,
        TAG_KEYS,
        DATE_KEYS,
        LANGUAGE_KEYS,
    ]
    .iter()
    .any(|keys| keys.contains(&key))
}

/// The keys of a YAML mapping that pundex reads, as JSON. Other keys are
/// skipped unread, aliases and all: an alias bomb (an anchor repeated nine
/// times a level, nine levels deep) in a key no one reads refused the whole
/// article ("repetition limit exceeded"). Front matter that is no mapping
/// holds no keys.
struct UsedKeys(serde_json::Value);

impl<'de> serde::Deserialize<'de> for UsedKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UsedKeysVisitor)
    }
}

struct UsedKeysVisitor;

impl<'de> serde::de::Visitor<'de> for UsedKeysVisitor {
    type Value = UsedKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("front matter")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<UsedKeys, A::Error> {
        let mut keys = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if is_used_key(&key) {
                keys.insert(key, map.next_value::<serde_json::Value>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(UsedKeys(serde_json::Value::Object(keys)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<UsedKeys, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_bool<E>(self, _: bool) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_i64<E>(self, _: i64) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_u64<E>(self, _: u64) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_f64<E>(self, _: f64) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_str<E>(self, _: &str) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_unit<E>(self) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }

    fn visit_none<E>(self) -> Result<UsedKeys, E> {
        Ok(UsedKeys(serde_json::Value::Null))
    }
}

/// Byte range of the closing fence line: (start of the line, end of the line).
fn find_closing_fence(s: &str, fence: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in s.split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// TOML values as JSON, with dates as their RFC 3339 text.
fn toml_to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// Whether YAML nests deeper than `limit`, by one linear pass that may count
/// too many levels but never too few on what a YAML parser would nest:
/// indentation levels, compact entries (`- - x`, `? `) at a line's start, and
/// flow collections (`[`, `{` that start a value, outside quoted scalars and
/// comments). The TOML and JSON parsers have recursion limits of their own
/// and refuse deep input in linear time.
fn yaml_nests_deeper_than(yaml: &str, limit: usize) -> bool {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    let mut quote: Option<char> = None;
    for line in yaml.lines() {
        let mut block = indents.len();
        if quote.is_none() && flow == 0 {
            let rest = line.trim_start_matches(' ');
            if rest.is_empty() || rest.starts_with('#') {
                continue;
            }
            let indent = line.len() - rest.len();
            while indents.last().is_some_and(|&top| top >= indent) {
                indents.pop();
            }
            indents.push(indent);
            block = indents.len();
            let mut entry = rest;
            while let Some(after) = entry
                .strip_prefix("- ")
                .or_else(|| entry.strip_prefix("? "))
            {
                block += 1;
                entry = after.trim_start_matches(' ');
            }
        }
        // The last character that was not a space, outside quotes; `None` at
        // the start of the line.
        let mut previous: Option<char> = None;
        let mut after_space = true;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match quote {
                Some('\'') if c == '\'' => {
                    if chars.peek() == Some(&'\'') {
                        chars.next(); // '' is a quote inside the scalar
                    } else {
                        quote = None;
                        previous = Some(c);
                    }
                }
                Some('"') if c == '\\' => {
                    chars.next();
                }
                Some('"') if c == '"' => {
                    quote = None;
                    previous = Some(c);
                }
                Some(_) => {}
                None => {
                    let starts_value =
                        matches!(previous, None | Some(':' | '-' | '?' | ',' | '[' | '{'));
                    match c {
                        '#' if after_space => break,
                        '\'' | '"' if starts_value => quote = Some(c),
                        '[' | '{' if flow > 0 || starts_value => {
                            flow += 1;
                            if block + flow > limit {
                                return true;
                            }
                        }
                        ']' | '}' => flow = flow.saturating_sub(1),
                        _ => {}
                    }
                    if flow == 0 && matches!(c, '[' | '{') {
                        // A bracket inside plain text opens nothing.
                        previous = Some('x');
                    } else if !c.is_whitespace() {
                        previous = Some(c);
                    }
                }
            }
            after_space = c.is_whitespace();
        }
        if block + flow > limit {
            return true;
        }
    }
    false
}

/// Reads the article keys from a parsed front matter or JSON object: those
/// of [`is_used_key`], which YAML front matter is cut down to.
pub(super) fn meta_from_value(value: &serde_json::Value) -> Meta {
    // A person or publisher may be an object with a name (schema.org's
    // `{"@type": "Person", "name": …}`, NewsAPI's `source`).
    let name = |v: &serde_json::Value| match v {
        serde_json::Value::Object(o) => o.get("name")?.as_str().map(str::to_owned),
        v => v.as_str().map(str::to_owned),
    };
    let text = |keys: &[&str]| {
        keys.iter().find_map(|k| match value.get(k)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            object @ serde_json::Value::Object(_) => name(object),
            serde_json::Value::Array(items) => {
                let names: Vec<String> = items.iter().filter_map(name).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        })
    };
    let tags = match TAG_KEYS.iter().find_map(|k| value.get(k)) {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect(),
        Some(serde_json::Value::String(s)) => s
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect(),
        _ => Vec::new(),
    };
    Meta {
        title: text(TITLE_KEYS),
        author: text(AUTHOR_KEYS),
        source: text(SOURCE_KEYS),
        url: text(URL_KEYS),
        tags,
        // A date that is a list or a table is kept as its JSON text, so the
        // loader can say it is no date instead of dropping it unseen.
        date: DATE_KEYS.iter().find_map(|k| match value.get(k)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Null => None,
            other => Some(other.to_string()),
        }),
        language: text(LANGUAGE_KEYS),
        ..Meta::default()
    }
}

/// The Markdown's text without markup, and its first heading.
fn plain_text(markdown: &str) -> (Option<String>, String) {
    let mut out = String::with_capacity(markdown.len());
    let mut heading: Option<String> = None;
    let mut in_first_heading = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) if heading.is_none() => {
                in_first_heading = true;
                heading = Some(String::new());
            }
            // A heading is a block of its own: a blank line, as after a
            // paragraph, keeps its last words out of the next sentence's
            // names ("## Who is José Jerí" / "Jerí, a lawyer").
            Event::End(TagEnd::Heading(_)) => {
                out.push_str(if in_first_heading { "\n" } else { "\n\n" });
                in_first_heading = false;
            }
            Event::Text(t) | Event::Code(t) => {
                if in_first_heading {
                    if let Some(h) = heading.as_mut() {
                        h.push_str(&t);
                    }
                } else {
                    out.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                out.push(if in_first_heading { ' ' } else { '\n' })
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => out.push_str("\n\n"),
            _ => {}
        }
    }
    (heading.filter(|h| !h.trim().is_empty()), out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let text = "---\ntitle: Black Sea truce\ndate: 2025-03-19\nauthor: A. Writer\ntags: [ukraine, truce]\n---\n# Heading\n\nThe *parties* agreed.\n";
        let (meta, body) = parse(text).unwrap();
        assert_eq!(meta.title.as_deref(), Some("Black Sea truce"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-19"));
        assert_eq!(meta.author.as_deref(), Some("A. Writer"));
        assert_eq!(meta.tags, vec!["ukraine", "truce"]);
        assert!(body.contains("The parties agreed."));
        assert!(!body.contains('*'));
    }

    #[test]
    fn toml_front_matter() {
        let text = "+++\ntitle = \"Sanctions\"\ndate = 2024-07-01\n+++\nBody [link](http://x).\n";
        let (meta, body) = parse(text).unwrap();
        assert_eq!(meta.title.as_deref(), Some("Sanctions"));
        assert_eq!(meta.date.as_deref().map(|d| &d[..10]), Some("2024-07-01"));
        assert!(body.contains("Body link."));
    }

    #[test]
    fn a_later_heading_is_a_block_of_its_own() {
        let (_, body) = parse("# Title\n\nFirst.\n\n## Who is Jane Roe\nRoe, a lawyer.").unwrap();
        assert!(
            body.contains("Who is Jane Roe\n\nRoe, a lawyer."),
            "{body:?}"
        );
        let (_, body) = parse("Text.\n\n## Who is Jane Roe\n\nRoe.").unwrap();
        assert!(!body.contains("Jane Roe\nRoe"), "{body:?}");
    }

    #[test]
    fn heading_is_the_title_without_front_matter() {
        let (meta, body) = parse("# The Title\n\nText.").unwrap();
        assert_eq!(meta.title.as_deref(), Some("The Title"));
        assert_eq!(body.trim(), "Text.");
    }

    #[test]
    fn deep_yaml_is_refused_before_parsing() {
        let refused = |yaml: &str| {
            matches!(parse(&format!("---\n{yaml}\n---\nBody.")),
                Err(LoadError::FrontMatter(m)) if m == "nested deeper than 128 levels")
        };
        assert!(refused(&format!("title: {}", "[".repeat(100_000))));
        assert!(refused(&format!("title: {}1", "{a: ".repeat(100_000))));
        assert!(refused(&format!("list:\n  {}x", "- ".repeat(200))));
        let stairs: String = (0..200).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        assert!(refused(&stairs));
        assert!(refused(&format!("a: \"x\"\nb: {}", "[".repeat(129))));
    }

    #[test]
    fn brackets_in_text_are_not_nesting() {
        let deep = "[".repeat(300);
        for yaml in [
            format!("title: it's {deep}"),
            format!("title: '{deep}'"),
            format!("title: \"a\\\" {deep}\""),
            format!("title: x # {deep}"),
            format!("title: x\nsummary: |\n  a {deep}\n  b"),
            format!("tags: [{}]", vec!["[a]"; 300].join(", ")),
        ] {
            assert!(!yaml_nests_deeper_than(&yaml, 128), "{yaml}");
        }
    }

    #[test]
    fn an_alias_bomb_in_a_key_not_read_is_skipped_unread() {
        let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in "bcdefghij".chars().zip("abcdefghi".chars()) {
            yaml.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        let (meta, body) = parse(&format!(
            "---\ntitle: Truce\ntags: [a, b]\n{yaml}---\nBody."
        ))
        .unwrap();
        assert_eq!(meta.title.as_deref(), Some("Truce"));
        assert_eq!(meta.tags, ["a", "b"]);
        assert_eq!(body.trim(), "Body.");
        // In a key that is read, it is still refused.
        assert!(matches!(
            parse(&format!("---\n{yaml}title: *j\n---\nBody.")),
            Err(LoadError::FrontMatter(m)) if m.contains("repetition limit")
        ));
        // Front matter that is no mapping holds no keys, as before.
        for other in ["- a\n- b", "just text", "42", ""] {
            let (meta, _) = parse(&format!("---\n{other}\n---\nBody.")).unwrap();
            assert_eq!(meta.title, None, "{other}");
        }
    }

    #[test]
    fn broken_front_matter_is_an_error() {
        assert!(matches!(
            parse("---\ntitle: [unclosed\n---\nbody"),
            Err(LoadError::FrontMatter(_))
        ));
        assert!(matches!(
            parse("---\ntitle: x\nbody"),
            Err(LoadError::FrontMatter(_))
        ));
        assert!(matches!(
            parse("+++\ntitle = \n+++\nbody"),
            Err(LoadError::FrontMatter(_))
        ));
    }
}
