//! Plain text: a header block of `Key: value` lines when the text opens
//! with one, and the first line as the title when it looks like one.

use super::Meta;
use super::markdown::meta_from_value;

/// A first line longer than this is a paragraph, not a title.
const MAX_TITLE_CHARS: usize = 120;

/// Keys of the header block that plain-text exports and saved e-mails open
/// with ("Title: …", "Date: …", "Author: …"), and the front matter key each
/// fills.
const HEADER_KEYS: [(&str, &str); 17] = [
    ("title", "title"),
    ("headline", "title"),
    ("subject", "title"),
    ("date", "date"),
    ("published", "date"),
    ("author", "author"),
    ("authors", "author"),
    ("byline", "author"),
    ("by", "author"),
    ("from", "author"),
    ("source", "source"),
    ("publisher", "source"),
    ("url", "url"),
    ("link", "url"),
    ("tags", "tags"),
    ("keywords", "tags"),
    ("language", "lang"),
];

/// A header block holds no more lines than this.
const MAX_HEADER_LINES: usize = 12;

/// Reads a header block, then a title from the first line of the rest when
/// the block named none ([`first_line_title`]).
pub(super) fn parse(text: &str) -> (Meta, String) {
    let Some((mut meta, rest)) = header(text) else {
        return first_line_title(text);
    };
    if meta.title.is_some() {
        return (meta, rest.to_owned());
    }
    let (titled, body) = first_line_title(rest);
    meta.title = titled.title;
    meta.title_is_first_line = titled.title_is_first_line;
    (meta, body)
}

/// The metadata of the block of lines the text opens with, and the text
/// after it, when every line of the block (up to the first blank line) is
/// `Key: value` with a short key, and one of them gives a title or a date:
/// a speech that opens "Mr. President: …" or a transcript of "MODERATOR:"
/// lines names neither, and stays text.
fn header(text: &str) -> Option<(Meta, &str)> {
    let text = text.trim_start_matches(['\n', '\r']);
    let end = text.find("\n\n").or_else(|| text.find("\n\r\n"))?;
    let (block, rest) = text.split_at(end);
    let mut fields = serde_json::Map::new();
    let mut lines = 0;
    let mut names_title_or_date = false;
    for line in block.lines() {
        lines += 1;
        let (key, value) = line.split_once(':')?;
        let (key, value) = (key.trim(), value.trim());
        let short_key = (1..=24).contains(&key.chars().count())
            && key
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '_');
        if !short_key || value.is_empty() || lines > MAX_HEADER_LINES {
            return None;
        }
        let known = HEADER_KEYS
            .iter()
            .find(|(name, _)| key.eq_ignore_ascii_case(name));
        if let Some(&(_, field)) = known {
            names_title_or_date |= field == "title" || field == "date";
            fields
                .entry(field)
                .or_insert_with(|| serde_json::Value::String(value.to_owned()));
        }
    }
    names_title_or_date.then(|| (meta_from_value(&serde_json::Value::Object(fields)), rest))
}

/// Splits a title off the text when its first non-empty line is short, is
/// followed by more text, and does not end like a sentence or a salutation.
fn first_line_title(text: &str) -> (Meta, String) {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    let first = without_marks(first);
    // Hard-wrapped prose continues on the next line in lower case.
    let continues = rest
        .lines()
        .next()
        .and_then(|next| next.trim_start().chars().next())
        .is_some_and(char::is_lowercase);
    let looks_like_title = first.chars().count() <= MAX_TITLE_CHARS
        && !continues
        && !rest.trim().is_empty()
        && !first.ends_with(['.', ',', ';', ':'])
        && first.split_whitespace().count() >= 2;
    if looks_like_title {
        let meta = Meta {
            title: Some(first.to_owned()),
            title_is_first_line: true,
            ..Meta::default()
        };
        (meta, rest.to_owned())
    } else {
        (Meta::default(), text.to_owned())
    }
}

/// A line without the Markdown heading and emphasis marks plain text often
/// carries ("**Mr. President,**", "# Black Sea truce"): they are no part of
/// a title, and would hide how the line ends.
fn without_marks(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_block_gives_the_metadata() {
        let text = "Title: Moldova gas crisis deepens\nDate: 30 December 2024\nAuthor: Ion Popescu\n\
                    Desk: Europe\n\nMaia Sandu declared a state of emergency.\n";
        let (meta, body) = parse(text);
        assert_eq!(meta.title.as_deref(), Some("Moldova gas crisis deepens"));
        assert!(!meta.title_is_first_line);
        assert_eq!(meta.date.as_deref(), Some("30 December 2024"));
        assert_eq!(meta.author.as_deref(), Some("Ion Popescu"));
        assert_eq!(body.trim(), "Maia Sandu declared a state of emergency.");
        // A block with a date and no title: the title is the next first line.
        let (meta, body) = parse("Date: 2024-12-30\r\n\r\nGas crisis\nThe text.");
        assert_eq!(
            (meta.date.as_deref(), meta.title.as_deref()),
            (Some("2024-12-30"), Some("Gas crisis"))
        );
        assert_eq!(body, "The text.");
    }

    #[test]
    fn lines_with_colons_that_are_no_header_stay_text() {
        for text in [
            "Mr. President: I speak today.\n\nMore.",
            "MODERATOR: Good evening.\nSPEAKER: Thank you.\n\nMore.",
            "Title: a line\nand a line of prose without a key\n\nMore.",
            "Date: 2024-12-30\nNo blank line follows, so no block ends.",
            "Summary: the talks failed at 10:30.\n\nMore.",
        ] {
            let (meta, body) = parse(text);
            assert_eq!(meta.date, None, "{text:?}");
            // The colon's line is still read: as text, or as a first-line title.
            let title = meta.title.unwrap_or_default();
            assert!(body.contains(':') || title.contains(':'), "{text:?}");
        }
    }

    #[test]
    fn short_first_line_is_the_title() {
        let (meta, body) = parse("\n  Black Sea truce\n\nThe parties agreed.\n");
        assert_eq!(meta.title.as_deref(), Some("Black Sea truce"));
        assert_eq!(body.trim(), "The parties agreed.");
    }

    #[test]
    fn a_paragraph_is_not_a_title() {
        let para = "Goodbye, stillborn compartmentalization. All contradictions remain, but there \
                    is a desire of the White House and the Kremlin to negotiate, on many issues.";
        let text = format!("{para}\nSecond paragraph.");
        let (meta, body) = parse(&text);
        assert_eq!(meta.title, None);
        assert_eq!(body, text);
    }

    #[test]
    fn salutations_and_single_lines_are_not_titles() {
        assert_eq!(parse("Mr. President,\nI speak today.").0.title, None);
        assert_eq!(parse("Only one line of text").0.title, None);
        assert_eq!(parse("Word\nmore text").0.title, None);
        let wrapped = "There is growing evidence today of a contradiction\nbetween the two trends.";
        assert_eq!(parse(wrapped).0.title, None);
    }

    /// Marks around a line change neither whether it is a title nor the
    /// title: a bold salutation is no title, a bold or heading title loses
    /// its marks. Checked over every line the other tests use.
    #[test]
    fn marks_around_the_first_line_are_not_read() {
        let lines = [
            "Black Sea truce",
            "Mr. President,",
            "Heads of State and Government, Excellencies,",
            "Assalamu Alaikum!",
            "Statement by the Prime Minister",
            "Word",
        ];
        for line in lines {
            let plain = parse(&format!("{line}\nThe parties agreed.\n")).0.title;
            for marked in [
                format!("**{line}**  "),
                format!("__{line}__"),
                format!("*{line}*"),
                format!("# {line}"),
                format!("## **{line}**"),
            ] {
                let title = parse(&format!("{marked}\nThe parties agreed.\n")).0.title;
                assert_eq!(title, plain, "{marked:?}");
            }
        }
        assert_eq!(
            parse("**Mr. President,**\n**Excellencies,**\nText.")
                .0
                .title,
            None
        );
    }
}
