//! HTML pages: the title and metadata from `<head>`, the text of the main
//! content only (no scripts, styles, navigation, headers or footers).
//!
//! The page is read as a stream of tokens from html5ever's tokenizer and never
//! built into a tree: tree building is quadratic on deep or misnested markup
//! and walking a tree recurses, so 100,000 nested `<div>`s used to overflow
//! the stack. A flat list of open element names stands in for the tree: an end
//! tag closes the nearest open element of its name and everything opened
//! inside it, and an end tag with nothing open to close is ignored. Every
//! token costs constant time (amortised), so a page costs time linear in its size.

use super::{Meta, collapse_whitespace};
use html5ever::LocalName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

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

/// Elements that never have content or an end tag.
const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

pub(super) fn parse(text: &str) -> (Meta, String) {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    // The sink never asks to pause for a script, so one feed reads it all.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take().finish()
}

/// The tokenizer hands tokens to a shared reference; the page state lives inside.
#[derive(Default)]
struct Sink(RefCell<Page>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut page = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => return page.start(tag),
                TagKind::EndTag => page.end(&tag),
            },
            Token::CharacterTokens(text) => page.characters(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Where one candidate root of the article text (the first `<article>`,
/// `<main>` or `role=main` element) is.
#[derive(Debug, Clone, Copy)]
struct Span {
    /// Number of elements open outside it.
    depth: usize,
    /// Byte range of [`Page::text`] it holds; `end` is `None` while it is open.
    start: usize,
    end: Option<usize>,
}

/// What the page has shown so far.
#[derive(Default)]
struct Page {
    /// Open elements, outermost first.
    open: Vec<LocalName>,
    /// How many elements of each name are in `open`.
    open_count: FxHashMap<LocalName, u32>,
    /// Open elements in [`SKIPPED`]: text is kept only when this is 0.
    skipping: usize,
    /// Open `<svg>` and `<math>` elements: inside them `<x/>` closes itself
    /// and `<script>`, `<style>` and `<title>` hold markup, not raw text.
    foreign: usize,
    /// Inside a `<title>` (whose text is never body text).
    in_title: bool,
    /// Inside the first `<title>`, whose text is the page's title.
    in_first_title: bool,
    /// The text outside skipped elements, with `\n` where blocks begin and end.
    text: String,
    /// The first `<article>`, `<main>` and `role=main` element, in order of preference.
    roots: [Option<Span>; 3],
    title: Option<String>,
    /// The text of the first `<h1>`, and how many elements were open outside it while it is open.
    h1: Option<String>,
    h1_depth: Option<usize>,
    /// The first `<h1>` stands in the page's text, not in a skipped header
    /// or navigation (where a site puts its name): it heads the article.
    h1_heads_text: bool,
    /// `(name or property, content)` of each `<meta>`, in page order.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    time: Option<String>,
    /// The `lang` of `<html>`: the language the page says it is in.
    lang: Option<String>,
}

impl Page {
    fn start(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let attr = |key: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == key)
                .map(|a| &*a.value)
        };
        match name {
            "meta" => {
                if let (Some(key), Some(content)) =
                    (attr("name").or_else(|| attr("property")), attr("content"))
                {
                    self.metas.push((key.to_owned(), content.to_owned()));
                }
            }
            "link" if self.canonical.is_none() && attr("rel") == Some("canonical") => {
                self.canonical = attr("href").map(str::to_owned);
            }
            // The first <time> that holds a date: others (durations, clock
            // times) say nothing of when the page was published.
            "time" if self.time.is_none() => {
                self.time = attr("datetime")
                    .filter(|d| super::PartialDate::parse(d).is_some())
                    .map(str::to_owned);
            }
            "html" if self.lang.is_none() => {
                self.lang = attr("lang").or_else(|| attr("xml:lang")).map(str::to_owned);
            }
            _ => {}
        }
        if BLOCKS.contains(&name) {
            self.text.push('\n');
        }
        let foreign = self.foreign > 0 || name == "svg" || name == "math";
        if VOID.contains(&name) || (foreign && tag.self_closing) {
            return TokenSinkResult::Continue;
        }
        let depth = self.open.len();
        let here = Some(Span {
            depth,
            start: self.text.len(),
            end: None,
        });
        let root = match name {
            "article" => Some(0),
            "main" => Some(1),
            _ if attr("role") == Some("main") => Some(2),
            _ => None,
        };
        if let Some(i) = root
            && self.roots[i].is_none()
        {
            self.roots[i] = here;
        }
        if name == "h1" && self.h1.is_none() {
            self.h1 = Some(String::new());
            self.h1_depth = Some(depth);
            self.h1_heads_text = self.skipping == 0;
        }
        if SKIPPED.contains(&name) {
            self.skipping += 1;
        }
        if name == "svg" || name == "math" {
            self.foreign += 1;
        }
        *self.open_count.entry(tag.name.clone()).or_default() += 1;
        self.open.push(tag.name.clone());
        if foreign {
            return TokenSinkResult::Continue;
        }
        // What the tree builder would tell the tokenizer: these elements hold
        // text up to their end tag, not markup.
        match name {
            "title" => {
                self.in_title = true;
                if self.title.is_none() {
                    self.title = Some(String::new());
                    self.in_first_title = true;
                }
                TokenSinkResult::RawData(RawKind::Rcdata)
            }
            "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn end(&mut self, tag: &Tag) {
        let name: &str = &tag.name;
        if BLOCKS.contains(&name) {
            self.text.push('\n');
        }
        if self.open_count.get(&tag.name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(closed) = self.open.pop() {
            self.closed(&closed);
            if closed == tag.name {
                break;
            }
        }
    }

    /// Bookkeeping for an element just taken off `open`.
    fn closed(&mut self, name: &LocalName) {
        if let Some(count) = self.open_count.get_mut(name) {
            *count -= 1;
        }
        let name: &str = name;
        if SKIPPED.contains(&name) {
            self.skipping -= 1;
        }
        if name == "svg" || name == "math" {
            self.foreign -= 1;
        }
        if name == "title" {
            self.in_title = false;
            self.in_first_title = false;
        }
        let depth = self.open.len();
        for span in self.roots.iter_mut().flatten() {
            if span.end.is_none() && depth <= span.depth {
                span.end = Some(self.text.len());
            }
        }
        if self.h1_depth.is_some_and(|d| depth <= d) {
            self.h1_depth = None;
        }
    }

    fn characters(&mut self, text: &str) {
        if self.in_title {
            if self.in_first_title
                && let Some(title) = self.title.as_mut()
            {
                title.push_str(text);
            }
            return;
        }
        if self.h1_depth.is_some()
            && let Some(h1) = self.h1.as_mut()
        {
            h1.push_str(text);
        }
        if self.skipping == 0 {
            self.text.push_str(text);
        }
    }

    fn finish(self) -> (Meta, String) {
        let meta = Meta {
            title: self
                .meta_content(&["og:title", "twitter:title"])
                .or_else(|| nonempty(self.title.as_deref()))
                .map(|title| match nonempty(self.h1.as_deref()) {
                    Some(heading) if self.h1_heads_text => without_site_name(title, heading),
                    _ => title,
                })
                .or_else(|| nonempty(self.h1.as_deref())),
            author: self.meta_content(&["author", "article:author", "byl", "dc.creator"]),
            source: self.meta_content(&["og:site_name", "publisher", "dc.publisher"]),
            url: self
                .canonical
                .clone()
                .or_else(|| self.meta_content(&["og:url"])),
            tags: self
                .meta_content(&["keywords", "news_keywords"])
                .map(|k| {
                    k.split(',')
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            date: self
                .meta_content(&[
                    "article:published_time",
                    "date",
                    "dc.date",
                    "pubdate",
                    "publishdate",
                    "og:published_time",
                ])
                .or_else(|| self.time.clone()),
            language: nonempty(self.lang.as_deref())
                .or_else(|| self.meta_content(&["language", "dc.language", "og:locale"])),
            title_is_first_line: false,
            warnings: Vec::new(),
        };
        let body = match self.roots.iter().flatten().next() {
            Some(span) => &self.text[span.start..span.end.unwrap_or(self.text.len())],
            None => &self.text,
        };
        (meta, tidy(body))
    }

    /// The `content` of the first `<meta name=…>` or `<meta property=…>` among `names`.
    fn meta_content(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|name| {
            self.metas
                .iter()
                .filter(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, content)| content.trim())
                .find(|c| !c.is_empty())
                .map(str::to_owned)
        })
    }
}

/// Separators between a page's headline and its site's name in a title.
const TITLE_SEPARATORS: [char; 7] = ['|', '-', '–', '—', '·', ':', '»'];

/// `title` without the site's name: the article's `heading` when the title
/// is that heading, then a separator and more ("Juntas quit ECOWAS | The
/// Monitor"), or more, a separator and the heading. Else `title` as it is:
/// which part of "A | B" is the site cannot be told without the heading.
/// Both are given with whitespace collapsed.
fn without_site_name(title: String, heading: String) -> String {
    let (lower_title, lower_heading) = (title.to_lowercase(), heading.to_lowercase());
    // A separator stands alone between spaces (" | ", " :: "), unlike the
    // hyphen of " -based" or the colon of "Sahel: a crisis".
    let stands_alone =
        |word: &str| !word.is_empty() && word.chars().all(|c| TITLE_SEPARATORS.contains(&c));
    let heads = lower_title
        .strip_prefix(&lower_heading)
        .is_some_and(|rest| {
            let mut words = rest.split(' ');
            words.next() == Some("")
                && words.next().is_some_and(stands_alone)
                && words.next().is_some()
        });
    let ends = lower_title
        .strip_suffix(&lower_heading)
        .is_some_and(|rest| {
            let mut words = rest.rsplit(' ');
            words.next() == Some("")
                && words.next().is_some_and(stands_alone)
                && words.next().is_some()
        });
    if heads || ends { heading } else { title }
}

fn nonempty(text: Option<&str>) -> Option<String> {
    text.map(collapse_whitespace).filter(|t| !t.is_empty())
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

    #[test]
    fn deep_and_misnested_pages_are_read_without_recursion() {
        let deep = |open: &str, close: &str, n: usize| {
            format!(
                "<html><body>{}<p>deepword here.</p>{}<p>afterword</p></body></html>",
                open.repeat(n),
                close.repeat(n)
            )
        };
        for page in [
            deep("<div>", "</div>", 100_000),
            deep("<div><span>", "", 50_000),
            deep("<table><tr><td>", "</td></tr></table>", 5_000),
            deep("<b><i>", "</b></i>", 50_000),
        ] {
            let (_, body) = parse(&page);
            assert!(body.contains("deepword here."), "{}", &page[..40]);
            assert!(body.contains("afterword"), "{}", &page[..40]);
        }
    }

    #[test]
    fn an_unclosed_skipped_element_ends_with_its_parent() {
        let (_, body) = parse("<div><aside>asideword</div><p>afterword</p></div></div>");
        assert_eq!(body, "afterword");
    }

    #[test]
    fn raw_text_holds_no_markup() {
        let page = "<script>if (a<b) document.write('<p>scriptword</p>')</script>\
                    <style>p<x{}</style><noscript><p>noscriptword</p></noscript>\
                    <svg><script/><title>svgword</title></svg><p>visible</p>\
                    <textarea><b>typed</b></textarea>";
        let (meta, body) = parse(page);
        assert_eq!(body, "visible\n<b>typed</b>");
        assert_eq!(meta.title, None);
    }

    #[test]
    fn blocks_start_lines_too() {
        let (_, body) = parse("<body>Getting Started<ol><li>Installation<li>Hello</ol>");
        assert_eq!(body, "Getting Started\nInstallation\nHello");
    }

    #[test]
    fn article_then_main_then_role_main_then_everything() {
        let page = |inner: &str| format!("<body><p>outside</p>{inner}</body>");
        let (_, body) = parse(&page(
            "<div role=main>rolemain</div><main>main</main><article>one</article><article>two</article>",
        ));
        assert_eq!(body, "one");
        let (_, body) = parse(&page("<div role=main>rolemain</div><main>main</main>"));
        assert_eq!(body, "main");
        let (_, body) = parse(&page("<div role=main>rolemain<div>inner</div></div>after"));
        assert_eq!(body, "rolemain\ninner");
        let (_, body) = parse(&page("</div></article>stray end tags"));
        assert_eq!(body, "outside\nstray end tags");
    }

    #[test]
    fn the_sites_name_leaves_a_title_that_the_articles_heading_begins_or_ends() {
        let title = |head: &str, body: &str| {
            parse(&format!(
                "<head><title>{head}</title></head><body>{body}</body>"
            ))
            .0
            .title
            .unwrap()
        };
        let article = "<article><h1>Juntas  quit ECOWAS</h1><p>Text.</p></article>";
        for head in [
            "Juntas quit ECOWAS | The Monitor",
            "Juntas quit ECOWAS - The Monitor",
            "The Monitor :: juntas quit ECOWAS",
            "The Monitor — Juntas quit ECOWAS",
        ] {
            assert_eq!(title(head, article), "Juntas quit ECOWAS", "{head}");
        }
        // No separator standing alone, or no heading of the text: as written.
        for head in [
            "Juntas quit ECOWAS -based bloc",
            "Juntas quit ECOWAS: what next",
            "Juntas quit ECOWAS |",
        ] {
            assert_eq!(title(head, article), head);
        }
        let site_heading = "<header><h1>The Monitor</h1></header><p>Text.</p>";
        assert_eq!(
            title("Juntas quit ECOWAS | The Monitor", site_heading),
            "Juntas quit ECOWAS | The Monitor"
        );
    }

    #[test]
    fn metadata_from_head_and_first_heading() {
        let (meta, _) = parse(
            "<head><meta name=keywords content=' war, peace ,'><link rel=canonical href=/a>\
             <meta property=og:url content=/b><title> </title><title>second</title></head>\
             <body><header><h1>Site <b>name</b></h1></header><h1>Later</h1>\
             <time datetime=2024-05-06>May</time>text</body>",
        );
        assert_eq!(meta.tags, ["war", "peace"]);
        assert_eq!(meta.url.as_deref(), Some("/a"));
        assert_eq!(meta.title.as_deref(), Some("Site name"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn the_page_says_its_language() {
        let lang = |page: &str| parse(page).0.language;
        assert_eq!(
            lang("<html lang='ru-RU'><p>текст</p>").as_deref(),
            Some("ru-RU")
        );
        assert_eq!(
            lang("<html xml:lang=uk><p>текст</p>").as_deref(),
            Some("uk")
        );
        // The first <html> only, and a blank lang is none.
        assert_eq!(lang("<html lang=de><html lang=fr>").as_deref(), Some("de"));
        assert_eq!(
            lang("<html lang=' '><meta property=og:locale content=fr_FR>").as_deref(),
            Some("fr_FR")
        );
        assert_eq!(lang("<p>no language</p>"), None);
    }
}
