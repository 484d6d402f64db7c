//! Markdown with optional YAML (`---`) or TOML (`+++`) front matter.

use super::{LoadError, Meta};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

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
            serde_yaml_ng::from_str::<serde_json::Value>(block)
                .map_err(|e| LoadError::FrontMatter(format!("YAML: {e}")))?
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

fn one_line(s: &str) -> String {
    super::collapse_whitespace(s)
}

/// Reads the article keys from a parsed front matter or JSON object.
pub(super) fn meta_from_value(value: &serde_json::Value) -> Meta {
    let text = |keys: &[&str]| {
        keys.iter().find_map(|k| match value.get(k)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Array(items) => {
                let names: Vec<String> = items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_owned))
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        })
    };
    let tags = match value.get("tags").or_else(|| value.get("keywords")) {
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
        title: text(&["title", "headline"]),
        author: text(&["author", "authors", "byline"]),
        source: text(&["source", "publisher", "site"]),
        url: text(&["url", "link"]),
        tags,
        date: text(&["date", "published", "published_at", "pubDate"]),
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
            Event::End(TagEnd::Heading(_)) => {
                in_first_heading = false;
                out.push('\n');
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
    fn heading_is_the_title_without_front_matter() {
        let (meta, body) = parse("# The Title\n\nText.").unwrap();
        assert_eq!(meta.title.as_deref(), Some("The Title"));
        assert_eq!(body.trim(), "Text.");
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
