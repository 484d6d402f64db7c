//! HTML pages: the title and metadata from `<head>`, the text of the main
//! content only (no scripts, styles, navigation, headers or footers).

use super::{Meta, collapse_whitespace};
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose text is never article text.
const SKIPPED: [&str; 13] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "svg", "select",
];

/// Elements that end a line of text.
const BLOCKS: [&str; 20] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "tr",
    "table",
    "pre",
    "figcaption",
    "dd",
];

pub(super) fn parse(text: &str) -> (Meta, String) {
    let doc = Html::parse_document(text);
    let meta = Meta {
        title: meta_content(&doc, &["og:title", "twitter:title"])
            .or_else(|| first_text(&doc, "title"))
            .or_else(|| first_text(&doc, "h1")),
        author: meta_content(&doc, &["author", "article:author", "byl", "dc.creator"]),
        source: meta_content(&doc, &["og:site_name", "publisher", "dc.publisher"]),
        url: link_canonical(&doc).or_else(|| meta_content(&doc, &["og:url"])),
        tags: meta_content(&doc, &["keywords", "news_keywords"])
            .map(|k| {
                k.split(',')
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        date: meta_content(
            &doc,
            &[
                "article:published_time",
                "date",
                "dc.date",
                "pubdate",
                "publishdate",
                "og:published_time",
            ],
        )
        .or_else(|| attr_of(&doc, "time[datetime]", "datetime")),
    };
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|sel| doc.select(&selector(sel)).next());
    let mut body = String::new();
    match root {
        Some(el) => collect_text(el, &mut body),
        None => collect_text(doc.root_element(), &mut body),
    }
    (meta, tidy(&body))
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selectors are valid")
}

fn first_text(doc: &Html, sel: &str) -> Option<String> {
    let el = doc.select(&selector(sel)).next()?;
    Some(collapse_whitespace(&el.text().collect::<String>())).filter(|t| !t.is_empty())
}

fn attr_of(doc: &Html, sel: &str, attr: &str) -> Option<String> {
    doc.select(&selector(sel))
        .find_map(|el| el.value().attr(attr).map(str::to_owned))
}

fn link_canonical(doc: &Html) -> Option<String> {
    attr_of(doc, "link[rel=canonical]", "href")
}

/// The `content` of the first `<meta name=…>` or `<meta property=…>` among `names`.
fn meta_content(doc: &Html, names: &[&str]) -> Option<String> {
    let metas: Vec<ElementRef> = doc.select(&selector("meta")).collect();
    names.iter().find_map(|name| {
        metas.iter().find_map(|m| {
            let v = m.value();
            let key = v.attr("name").or_else(|| v.attr("property"))?;
            if key.eq_ignore_ascii_case(name) {
                v.attr("content")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
            } else {
                None
            }
        })
    })
}

fn collect_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                if let Some(child_el) = ElementRef::wrap(child) {
                    collect_text(child_el, out);
                }
                if BLOCKS.contains(&name) {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// Collapses runs of spaces inside lines and drops empty lines.
fn tidy(text: &str) -> String {
    text.lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Site | Truce</title>
        <meta property="og:title" content="Black Sea truce">
        <meta name="author" content="A. Writer"><meta name="date" content="2025-03-19">
        <script>var scriptword = 1;</script><style>.styleword{}</style></head>
        <body><nav><a>navmenuword</a></nav><header>headerword</header>
        <main><article><h1>Black Sea truce</h1><p>The parties&nbsp;agreed &amp; signed&mdash;today.</p>
        <p>Second   paragraph.</p></article></main><footer>footerword</footer></body></html>"#;

    #[test]
    fn main_text_only() {
        let (meta, body) = parse(PAGE);
        assert_eq!(meta.title.as_deref(), Some("Black Sea truce"));
        assert_eq!(meta.author.as_deref(), Some("A. Writer"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-19"));
        assert!(body.contains("agreed & signed—today."), "{body}");
        assert!(body.contains("Second paragraph."));
        for hidden in [
            "scriptword",
            "styleword",
            "navmenuword",
            "headerword",
            "footerword",
        ] {
            assert!(!body.contains(hidden), "{hidden} leaked into {body}");
        }
    }

    #[test]
    fn title_falls_back_to_title_tag() {
        let (meta, body) =
            parse("<html><head><title>Only title</title></head><body><p>x</p></body></html>");
        assert_eq!(meta.title.as_deref(), Some("Only title"));
        assert_eq!(body, "x");
    }
}
