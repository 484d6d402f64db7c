//! Plain text: the first line is the title when it looks like one.

use super::Meta;

/// A first line longer than this is a paragraph, not a title.
const MAX_TITLE_CHARS: usize = 120;

/// Splits a title off the text when its first non-empty line is short, is
/// followed by more text, and does not end like a sentence or a salutation.
pub(super) fn parse(text: &str) -> (Meta, String) {
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
