//! Words as tantivy's simple tokenizer cuts them: runs of alphanumeric
//! characters. Shared by the name matcher and the snippets, which both scan
//! long texts, so ASCII is read without decoding.

/// The char at byte `at` (a char boundary) and its length, ASCII first.
#[inline]
pub fn char_at(text: &str, at: usize) -> (char, usize) {
    let byte = text.as_bytes()[at];
    if byte < 0x80 {
        return (char::from(byte), 1);
    }
    let c = text[at..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The end of the run of word characters from `at`.
pub fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        if bytes[end] < 0x80 {
            if !bytes[end].is_ascii_alphanumeric() {
                break;
            }
            end += 1;
        } else {
            let (c, len) = char_at(text, end);
            if !is_word_char(c) {
                break;
            }
            end += len;
        }
    }
    end
}

/// The first word at or after `at`, as a byte range.
pub fn next_word(text: &str, mut at: usize) -> Option<(usize, usize)> {
    while at < text.len() {
        let (c, len) = char_at(text, at);
        if is_word_char(c) {
            return Some((at, word_end(text, at)));
        }
        at += len;
    }
    None
}

/// The words of `text` with their byte offsets.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_word(text, at)?;
        at = end;
        Some((start, &text[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_across_scripts() {
        let text = "Чёрное море, NATO's 2024-й";
        let found: Vec<&str> = words(text).map(|(_, w)| w).collect();
        assert_eq!(found, ["Чёрное", "море", "NATO", "s", "2024", "й"]);
        let sea = text.find("море").unwrap();
        assert_eq!(next_word(text, sea - 1), Some((sea, sea + "море".len())));
        assert_eq!(word_end("G20 summit", 0), 3);
    }
}
