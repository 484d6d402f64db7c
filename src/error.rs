//! Errors that decide the exit code: usage mistakes (2) and a busy index (3).
//! Everything else is a failure (1).

use crate::alert::SavedSearchError;
use crate::index::lock::{BeingBuilt, IndexBusy, LockError};
use crate::search::SearchError;
use crate::search::query::QueryError;
use crate::sync::SyncError;

/// A mistake in the command line the user can fix: exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_BUSY: u8 = 3;

/// The exit code for an error, by its kind.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.is::<UsageError>() || cause.is::<QueryError>() || cause.is::<SavedSearchError>() {
            return EXIT_USAGE;
        }
        if let Some(SearchError::Query(_)) = cause.downcast_ref::<SearchError>() {
            return EXIT_USAGE;
        }
        if cause.is::<IndexBusy>() || cause.is::<BeingBuilt>() {
            return EXIT_BUSY;
        }
        if let Some(LockError::Busy(_)) = cause.downcast_ref::<LockError>() {
            return EXIT_BUSY;
        }
        if let Some(e) = cause.downcast_ref::<SyncError>() {
            if e.is_usage() {
                return EXIT_USAGE;
            }
            if e.is_busy() {
                return EXIT_BUSY;
            }
        }
    }
    EXIT_FAILURE
}

/// True when the error came from reading or writing the index (tantivy's
/// own failure), as opposed to an article, an argument or the output: only
/// then can damage to the index explain it.
pub fn is_index_failure(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.is::<tantivy::TantivyError>()
            || c.is::<crate::index::failure::IndexFailure>()
            || matches!(c.downcast_ref::<SearchError>(), Some(SearchError::Index(_)))
    })
}

/// True when the error is a closed pipe (`pundex search x | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// One line for the user; a bad query also shows where the mistake is, as
/// the character (not byte) counted from 1, as the user would count it.
/// Control characters the error repeats (from a query, a name, a path) are
/// escaped, so the terminal shows them instead of obeying them.
pub fn message(err: &anyhow::Error) -> String {
    clip_middle(&escape_controls(&raw_message(err), false))
}

/// Longest error line printed: an error repeats what the user gave (an id, a
/// query, a path), which may be any length.
const MAX_MESSAGE_CHARS: usize = 1000;

/// `s` with its middle cut out when it is longer than [`MAX_MESSAGE_CHARS`]:
/// the start says what failed, the end why.
fn clip_middle(s: &str) -> String {
    let count = s.chars().count();
    if count <= MAX_MESSAGE_CHARS {
        return s.to_owned();
    }
    let head = MAX_MESSAGE_CHARS * 3 / 5;
    let tail = MAX_MESSAGE_CHARS - head - 3;
    let start: String = s.chars().take(head).collect();
    let end: String = s.chars().skip(count - tail).collect();
    format!("{start} … {end}")
}

/// A usage error as clap renders it, for the terminal: control characters
/// escaped (newlines kept: clap's messages span lines) and each line clipped
/// as [`message`] clips: clap repeats an unknown argument whole, up to three
/// times (a 100,000-character one printed 300 KB).
pub fn clap_message(rendered: &str) -> String {
    escape_controls(rendered, true)
        .split_inclusive('\n')
        .map(|line| match line.strip_suffix('\n') {
            Some(line) => clip_middle(line) + "\n",
            None => clip_middle(line),
        })
        .collect()
}

/// Writes one line to stderr, ignoring a failure: a warning or error that
/// cannot be written (stderr a closed pipe, `2>&1 | head`, or a full disk)
/// must not stop the work (`eprintln!` panicked, exit 101, mid-run).
pub fn stderr_line(line: std::fmt::Arguments) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// `s` with each control character, direction override or line separator
/// ([`crate::text::is_terminal_control`]) written as `\u{1b}`; newlines are kept
/// when `keep_newlines` (clap's messages span lines).
pub fn escape_controls(s: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if crate::text::is_terminal_control(c) && !(keep_newlines && c == '\n') {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn raw_message(err: &anyhow::Error) -> String {
    for cause in err.chain() {
        let query_error = cause.downcast_ref::<QueryError>().or_else(|| {
            match cause.downcast_ref::<SearchError>() {
                Some(SearchError::Query(q)) => Some(q),
                _ => None,
            }
        });
        if let Some(q) = query_error {
            return match q.position {
                Some(p) => format!("bad query at character {}: {}", p + 1, q.message),
                None => format!("bad query: {}", q.message),
            };
        }
    }
    chain_text(err)
}

/// The messages of `err` and its causes joined by ": ", leaving out a cause
/// whose message is already there: an error that repeats its source in its
/// own text ("cannot read X: {source}") would otherwise print it twice, as
/// `{:#}` does.
fn chain_text(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if text.is_empty() || out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A clap message keeps its lines, each at most an error line long,
        /// a short one as it was, and no character a terminal obeys unseen
        /// but newlines.
        #[test]
        fn a_clap_message_keeps_its_lines_each_clipped(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    "[^\n]{0,40}",
                    "[a-z-]{990,1010}",
                    "(\\PC|\t|\u{1b}){2000,3000}",
                ],
                0..5,
            ),
            end_with_newline: bool,
        ) {
            let mut rendered = lines.join("\n");
            if end_with_newline {
                rendered.push('\n');
            }
            let shown = clap_message(&rendered);
            proptest::prop_assert_eq!(shown.matches('\n').count(), rendered.matches('\n').count());
            for (line, given) in shown.split('\n').zip(rendered.split('\n')) {
                proptest::prop_assert!(line.chars().count() <= MAX_MESSAGE_CHARS);
                proptest::prop_assert!(!line.chars().any(crate::text::is_terminal_control));
                if !given.chars().any(crate::text::is_terminal_control) && given.chars().count() <= MAX_MESSAGE_CHARS {
                    proptest::prop_assert_eq!(line, given);
                }
            }
        }
    }

    #[test]
    fn a_bad_query_is_placed_in_characters_not_bytes() {
        let err = crate::search::syntax::prepare("Côte colour:red").unwrap_err();
        let text = message(&anyhow::Error::new(err));
        assert!(text.starts_with("bad query at character 6: "), "{text}");
    }

    /// An error whose text repeats its source, as thiserror's `{source}`
    /// makes it: the source once, every other level once, in order.
    #[test]
    fn a_cause_the_message_already_holds_is_not_repeated() {
        #[derive(Debug, thiserror::Error)]
        #[error("cannot create the lock file in /idx: {source}")]
        struct Lock {
            source: std::io::Error,
        }
        let io = std::io::Error::from_raw_os_error(libc::EEXIST);
        let io_text = io.to_string();
        let err = anyhow::Error::new(Lock { source: io }).context("indexing corpus");
        let text = message(&err);
        assert_eq!(
            text,
            format!("indexing corpus: cannot create the lock file in /idx: {io_text}")
        );
        let plain = anyhow::anyhow!("disk full").context("writing idx");
        assert_eq!(message(&plain), "writing idx: disk full");
        assert_eq!(format!("{plain:#}"), message(&plain));
    }

    #[test]
    fn a_long_message_keeps_its_start_and_its_end() {
        let id = "é".repeat(100_000);
        let err = anyhow::anyhow!("no article with id {id:?}: not in the index");
        let text = message(&err);
        assert!(text.chars().count() <= MAX_MESSAGE_CHARS, "{}", text.len());
        assert!(text.starts_with("no article with id \"éé"), "{text}");
        assert!(text.ends_with("éé\": not in the index"), "{text}");
        assert!(text.contains(" … "));
        let short = anyhow::anyhow!("short: {}", "x".repeat(900));
        assert_eq!(message(&short), format!("short: {}", "x".repeat(900)));
    }

    #[test]
    fn control_characters_in_errors_are_escaped() {
        let err = anyhow::Error::new(QueryError {
            message: "unclosed `\"` in \u{1b}[31mred\u{7}\r\x0c\n".into(),
            position: Some(3),
        });
        let text = message(&err);
        assert_eq!(
            text,
            "bad query at character 4: unclosed `\"` in \\u{1b}[31mred\\u{7}\\u{d}\\u{c}\\u{a}"
        );
        assert!(!text.chars().any(char::is_control));
        assert_eq!(escape_controls("a\u{1b}\nb", true), "a\\u{1b}\nb");
        assert_eq!(escape_controls("a\u{202e}b", false), "a\\u{202e}b");
        assert_eq!(
            escape_controls("Côte d’Ivoire мир", false),
            "Côte d’Ivoire мир"
        );
    }
}
