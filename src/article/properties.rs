//! Property tests of every reader that sees a user's file: whatever the bytes,
//! loading returns articles or an error without panicking, deep and long
//! structures are read (no recursion on the input), and every error or
//! warning is one short printable line that a caller can put after the
//! file's name (JSON Lines warnings name their line).
//!
//! Sizes are chosen so that the whole module runs in about a second in a
//! debug build; the deep cases go to the depths that used to crash or stall
//! (100,000 levels are in the unit tests of each reader).

use super::date::PUBLICATION_YEARS;
use super::{Format, LoadError, Loaded, encoding, load_bytes};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

const REL: &str = "dir/input";

/// Longest error or warning line a reader may produce.
const MAX_REASON_CHARS: usize = 300;

fn short_line(reason: &str) -> Result<(), TestCaseError> {
    prop_assert!(!reason.is_empty());
    prop_assert!(reason.chars().count() <= MAX_REASON_CHARS, "{reason}");
    prop_assert!(!reason.chars().any(char::is_control), "{reason:?}");
    Ok(())
}

/// Loads `bytes` as `format` and checks what came back.
fn check(bytes: &[u8], format: Format) -> Result<(), TestCaseError> {
    let result: Result<Loaded, LoadError> = load_bytes(bytes, format, REL);
    match result {
        Ok(loaded) => {
            prop_assert!(!loaded.articles.is_empty());
            for article in &loaded.articles {
                prop_assert_eq!(&article.path, REL);
                prop_assert!(article.id.starts_with(REL));
                prop_assert!(!article.body.trim().is_empty());
            }
            for article in &loaded.articles {
                if let Some(date) = article.published {
                    prop_assert!(PUBLICATION_YEARS.contains(&date.year), "{date}");
                }
            }
            for warning in &loaded.warnings {
                short_line(warning)?;
                // A file's only warning is its date; a feed's name their line.
                prop_assert!(
                    match format {
                        Format::JsonLines =>
                            warning.starts_with("line ") || warning.contains(" more "),
                        Format::Json =>
                            warning.starts_with("date ")
                                || warning.starts_with("item ")
                                || warning.contains(" more "),
                        _ => warning.starts_with("date "),
                    },
                    "{warning}"
                );
            }
        }
        Err(error) => short_line(&error.to_string())?,
    }
    Ok(())
}

/// Text made of `pieces`, up to `max` of them.
fn soup(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    vec(select(pieces), 0..max).prop_map(|p| p.concat())
}

/// One of `pieces` repeated up to `max` times: deep nesting.
fn deep(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    (select(pieces), 0..max).prop_map(|(piece, n)| piece.repeat(n))
}

const HTML: &[&str] = &[
    "<div>",
    "</div>",
    "<span>",
    "</span>",
    "<p>",
    "</p>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "<article>",
    "</article>",
    "<main>",
    "<div role=main>",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<svg>",
    "<svg/>",
    "</svg>",
    "<nav>",
    "</nav>",
    "<template>",
    "<noscript>",
    "<plaintext>",
    "<textarea>",
    "<br>",
    "</br>",
    "<meta name=author content='A. B'>",
    "<meta property=og:title content=T>",
    "<link rel=canonical href=/x>",
    "<time datetime=2024-02-30>",
    "<!--",
    "-->",
    "<!doctype html>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&nbsp",
    "<",
    ">",
    "'",
    "\"",
    "=",
    "/",
    " ",
    "\n",
    "\0",
    "word",
    "Войн",
    "2024",
    "<b><i>",
    "</b></i>",
];

const YAML: &[&str] = &[
    "title: ",
    "date: ",
    "tags: ",
    "author: ",
    "\n",
    "  ",
    "- ",
    "? ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    "''",
    "\"",
    "\\",
    "#",
    "&a ",
    "*a ",
    "!!str ",
    "!!binary ",
    "|",
    ">",
    "x",
    "2024-03-19",
    "~",
    "null",
    "1e999",
    "<<: ",
    "---",
    "...",
    "%YAML 1.2",
];

const TOML: &[&str] = &[
    "title = ",
    "date = ",
    "tags = ",
    "a.b.c = ",
    "[a]",
    "[[b]]",
    "\n",
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "\\",
    "#",
    "x",
    "1979-05-27T07:32:00Z",
    "1e999",
    "inf",
];

const MARKDOWN: &[&str] = &[
    "# ", "> ", "- ", "1. ", "*", "_", "`", "```", "[", "](", ")", "!", "<div>", "|", "---", "\n",
    "    ", "word", "\\", "&amp;", "[^1]", "<!--",
];

const JSON: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"body\"",
    "\"text\"",
    "\"title\"",
    "\"date\"",
    "\"tags\"",
    ":",
    ",",
    "\"x\"",
    "\"2024-01-01\"",
    "1",
    "-0",
    "1e999",
    "null",
    "true",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\n",
    " ",
    "\"",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_in_any_format(
        bytes in vec(any::<u8>(), 0..2048),
        format in select(&[Format::Text, Format::Markdown, Format::Html, Format::Json, Format::JsonLines][..]),
    ) {
        check(&bytes, format)?;
    }

    #[test]
    fn any_text_in_any_format(
        text in any::<String>(),
        format in select(&[Format::Text, Format::Markdown, Format::Html, Format::Json, Format::JsonLines][..]),
    ) {
        check(text.as_bytes(), format)?;
    }

    #[test]
    fn html_tag_soup(page in soup(HTML, 400)) {
        check(page.as_bytes(), Format::Html)?;
    }

    #[test]
    fn markdown_with_yaml_front_matter(fm in soup(YAML, 200), md in soup(MARKDOWN, 200)) {
        check(format!("---\n{fm}\n---\n{md}").as_bytes(), Format::Markdown)?;
    }

    #[test]
    fn markdown_with_toml_front_matter(fm in soup(TOML, 200), md in soup(MARKDOWN, 200)) {
        check(format!("+++\n{fm}\n+++\n{md}").as_bytes(), Format::Markdown)?;
    }

    /// Whatever a date says, in any of the formats that state one: the
    /// article loads, with a date the index can store or none and a warning.
    #[test]
    fn any_written_date(
        date in prop_oneof![
            "-?[0-9]{1,6}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
            "[0-9]{1,2} [A-Za-z]{3,9} -?[0-9]{1,6}",
            // Control characters make a file binary, whatever its date.
            "[^\"\\\\\\p{Cc}]{0,80}",
        ],
    ) {
        let quoted = serde_json::to_string(&date).unwrap();
        let body = "The ceasefire held.";
        check(format!("---\ndate: {quoted}\n---\n{body}").as_bytes(), Format::Markdown)?;
        check(format!("+++\ndate = {quoted}\n+++\n{body}").as_bytes(), Format::Markdown)?;
        let json = format!("{{\"date\": {quoted}, \"body\": \"{body}\"}}");
        check(json.as_bytes(), Format::Json)?;
        let loaded = load_bytes(json.as_bytes(), Format::Json, REL).unwrap();
        let kept = loaded.articles[0].published.is_some();
        let warned = loaded.warnings.iter().any(|w| w.starts_with("date "));
        prop_assert!(kept != warned || date.trim().is_empty() && !kept, "{date:?}: {loaded:?}");
        check(format!("{json}\n{json}\n").as_bytes(), Format::JsonLines)?;
        let html = format!("<meta name=\"date\" content={quoted}><p>{body}</p>");
        check(html.as_bytes(), Format::Html)?;
    }

    #[test]
    fn json_and_json_lines(text in soup(JSON, 300)) {
        check(text.as_bytes(), Format::Json)?;
        check(text.as_bytes(), Format::JsonLines)?;
    }

    #[test]
    fn valid_utf8_without_control_characters_decodes_to_itself(text in "[^\\p{Cc}]{0,500}") {
        let decoded = encoding::decode(text.as_bytes()).map(|d| d.text);
        // A leading BOM says which encoding; it is not text.
        let expected = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
        prop_assert_eq!(decoded, Ok(expected));
    }

    #[test]
    fn utf16_without_bom_decodes_to_itself(text in "[a-zA-Z0-9 ,.]{1,300}", big_endian in any::<bool>()) {
        let bytes: Vec<u8> = text
            .encode_utf16()
            .flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() })
            .collect();
        prop_assert_eq!(encoding::decode(&bytes).map(|d| d.text), Ok(text));
    }

    #[test]
    fn decoded_text_holds_no_nul(bytes in vec(any::<u8>(), 0..4096)) {
        if let Ok(decoded) = encoding::decode(&bytes) {
            prop_assert!(!decoded.text.contains('\0'));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn deep_html(
        open in deep(&["<div>", "<div><span>", "<table><tr><td>", "<b><i>", "<svg>", "<ul><li>", "<p>"], 20_000),
        close in deep(&["</div>", "</span></div>", "</td></tr></table>", "</b></i>", ""], 20_000),
    ) {
        let page = format!("<html><body>{open}<p>deepword</p>{close}</body></html>");
        check(page.as_bytes(), Format::Html)?;
    }

    #[test]
    fn deep_front_matter(nest in deep(&["[", "{a: ", "- ", "? ", "[{", "{\"a\": ["], 20_000), yaml in any::<bool>()) {
        let text = if yaml {
            format!("---\ntitle: {nest}\n---\nBody.")
        } else {
            format!("+++\ntitle = {nest}\n+++\nBody.")
        };
        check(text.as_bytes(), Format::Markdown)?;
    }

    #[test]
    fn yaml_indentation_stairs(depth in 0usize..400) {
        let stairs: String = (0..depth).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        check(format!("---\n{stairs}---\nBody.").as_bytes(), Format::Markdown)?;
    }

    #[test]
    fn deep_markdown(nest in deep(&["> ", "- ", "*", "[", "<div>", "    - "], 20_000)) {
        check(format!("{nest}word").as_bytes(), Format::Markdown)?;
    }

    #[test]
    fn deep_json(nest in deep(&["[", "{\"a\":", "{\"body\":"], 50_000)) {
        check(nest.as_bytes(), Format::Json)?;
        check(format!("{nest}\n{{\"body\":\"x\"}}").as_bytes(), Format::JsonLines)?;
    }

    #[test]
    fn long_lines_and_many_lines(line in soup(JSON, 20), n in 0usize..5_000) {
        let text = format!("{line}\n").repeat(n);
        check(text.as_bytes(), Format::JsonLines)?;
        check(text.as_bytes(), Format::Text)?;
    }
}
