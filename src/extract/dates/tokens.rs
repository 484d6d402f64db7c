//! Splitting a stretch of text into word, number and punctuation tokens,
//! with the white space between them kept as flags.

use super::window::{digits_may_date, is_trigger};

/// What a token is: a word, a number or a punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Num,
    Punct,
}

/// A run of letters, a run of ASCII digits, or one other visible character.
/// Small (12 bytes): a text has about one per five bytes.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) kind: Kind,
    /// Whitespace (or the start of the text) comes right before it.
    pub(super) spaced: bool,
    /// A line break (or the start of the text) comes before it.
    pub(super) line_start: bool,
}

impl Tok {
    pub(super) fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Fills `toks` with the tokens of `text` from `start` (the text's start, or
/// just after white space), at offsets of `text`, up to the first white space
/// at which `stop(at, quiet)` says to, where `quiet` counts the tokens since
/// the last that may be part of a date; returns where it stopped.
pub(super) fn tokenize(
    text: &str,
    start: usize,
    toks: &mut Vec<Tok>,
    mut stop: impl FnMut(usize, usize) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    let char_at = |i: usize| crate::text::char_at(text, i);
    // The end of the run of letters from `i`: ASCII inline, others decoded.
    let letters_end = |mut i: usize| {
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                i += 1;
            } else if b >= 0x80 && char_at(i).0.is_alphabetic() {
                i += char_at(i).1;
            } else {
                break;
            }
        }
        i
    };
    toks.clear();
    // As the whole text would flag it: a line break since the last token.
    let line_start = text[..start]
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\n')
        || text[..start].trim_end().is_empty();
    let (mut spaced, mut line_start) = (true, line_start);
    let mut quiet = 0;
    let mut i = start;
    while i < bytes.len() {
        let start = i;
        let kind = match bytes[i] {
            b'\n' | b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                if stop(i, quiet) {
                    return i;
                }
                spaced = true;
                line_start |= bytes[i] == b'\n';
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                i += 1;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                Kind::Num
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                i = letters_end(i + 1);
                Kind::Word
            }
            0..=0x7f => {
                i += 1;
                Kind::Punct
            }
            _ => {
                let (c, len) = char_at(i);
                i += len;
                if c.is_whitespace() {
                    spaced = true;
                    continue;
                }
                if c.is_alphabetic() {
                    i = letters_end(i);
                    Kind::Word
                } else {
                    Kind::Punct
                }
            }
        };
        let dated = match kind {
            Kind::Num => digits_may_date(bytes, start),
            Kind::Word => is_trigger(text, start, || i),
            Kind::Punct => false,
        };
        quiet = if dated { 0 } else { quiet + 1 };
        toks.push(Tok {
            start: start as u32,
            end: i as u32,
            kind,
            spaced,
            line_start,
        });
        spaced = false;
        line_start = false;
    }
    bytes.len()
}
