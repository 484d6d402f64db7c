//! How results look: terminal text (colour on a TTY, `[`/`]` markers when
//! plain) and JSON lines for scripts. Nothing here searches or writes the index.

pub mod chart;
pub mod json;
pub mod terminal;

use crate::index::State;
use crate::search::Hit;
use crate::sync::{LastRun, SyncPlan};
use std::collections::BTreeMap;
use std::path::Path;

/// What `status` reports, gathered by the command; `json` and `terminal`
/// each render it.
pub struct IndexStatus<'a> {
    pub index: &'a Path,
    /// The indexed folder (or `--dir`), if known.
    pub folder: Option<&'a Path>,
    pub documents: u64,
    pub files: usize,
    pub segments: usize,
    pub size_bytes: u64,
    pub state: &'a State,
    pub last_run: Option<&'a LastRun>,
    /// What the next run would change; `None` when the folder is unknown
    /// or gone.
    pub pending: Option<&'a SyncPlan>,
    /// Why the next run re-extracts every article, when it does (a changed
    /// lexicon or extraction rules) although `pending` lists only files.
    pub re_extract: Option<&'a str>,
    /// The `pundex index` or `pundex watch` writing to the index now, as
    /// its lock file names it.
    pub writer: Option<&'a str>,
}

/// What `show` prints about one article, gathered by the command; `json` and
/// `terminal` each render it.
pub struct ShownArticle<'a> {
    pub hit: &'a Hit,
    pub body: &'a str,
    pub date_source: Option<String>,
    pub language: Option<String>,
    pub encoding: Option<String>,
    /// The dates indexed for the article.
    pub mentioned_dates: &'a [String],
    /// Up to two quoted places per actor, by actor name.
    pub actor_places: &'a BTreeMap<String, Vec<String>>,
    /// Dates found in the body: `(date, the words that said it)`.
    pub date_places: &'a [(String, String)],
}

/// Output styling, chosen once from `--color`, `NO_COLOR` and whether stdout is a TTY.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }

    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    pub fn cyan(&self, s: &str) -> String {
        self.paint("36", s)
    }

    pub fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }

    pub fn yellow(&self, s: &str) -> String {
        self.paint("33", s)
    }

    /// A matched term: bold red in colour, `[term]` without.
    pub fn highlight(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1;31m{s}\x1b[0m")
        } else {
            format!("[{s}]")
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
}

/// Article text made safe for a terminal: control characters (escape
/// sequences included) become spaces; newlines and tabs too. Bidirectional
/// overrides, embeddings and isolates are dropped: invisible themselves, they
/// reorder what follows them on the line, pundex's own text included.
/// Line and paragraph separators become spaces as newlines do.
pub fn printable(s: &str) -> String {
    s.chars()
        .filter(|&c| !crate::text::is_direction_control(c))
        .map(|c| {
            if crate::text::is_terminal_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Longest title, author or other one-line field a listing prints: a file
/// can state a title of megabytes, which would flood every search it matches.
/// JSON output keeps the whole value.
pub const MAX_FIELD_CHARS: usize = 300;

/// [`printable`], clipped to [`MAX_FIELD_CHARS`] with an ellipsis.
pub fn printable_field(s: &str) -> String {
    let line = printable(s);
    if line.chars().count() <= MAX_FIELD_CHARS {
        return line;
    }
    let mut clipped: String = line.chars().take(MAX_FIELD_CHARS - 1).collect();
    clipped.push('…');
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_overrides_are_dropped_and_marks_kept() {
        assert_eq!(
            printable("a\u{202e}b \u{2066}c\u{2069} \u{202a}d\u{202c}"),
            "ab c d"
        );
        assert_eq!(
            printable("שלום\u{200f} x\u{200e}"),
            "שלום\u{200f} x\u{200e}"
        );
        assert_eq!(printable("a\u{1b}[31m"), "a [31m");
    }

    #[test]
    fn fields_are_clipped_to_a_line() {
        assert_eq!(printable_field("a\nb"), "a b");
        let long = "é".repeat(100_000);
        let clipped = printable_field(&long);
        assert_eq!(clipped.chars().count(), MAX_FIELD_CHARS);
        assert!(clipped.ends_with("é…"));
        let exact = "x".repeat(MAX_FIELD_CHARS);
        assert_eq!(printable_field(&exact), exact);
    }

    #[test]
    fn markers_without_colour() {
        let plain = Style { color: false };
        assert_eq!(plain.highlight("truce"), "[truce]");
        assert_eq!(plain.bold("x"), "x");
        let colour = Style { color: true };
        assert!(colour.highlight("truce").contains("\x1b[1;31m"));
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(printable("a\x1b[31mb\nc"), "a [31mb c");
    }
}
