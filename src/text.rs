//! Words as tantivy's simple tokenizer cuts them: runs of alphanumeric
//! characters. Shared by the name matcher and the snippets, which both scan
//! long texts, so ASCII is read without decoding. Also the line a byte offset
//! falls on ([`Lines`]), for errors in TOML files.

/// Byte offsets → 1-based line numbers, by binary search over the line
/// breaks: where a TOML file (lexicon, `pundex.toml`) has a mistake.
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines(text.match_indices('\n').map(|(i, _)| i).collect())
    }

    pub fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&newline| newline < offset) + 1
    }
}

/// The byte offsets where `needle` occurs in `text`, as
/// `text.match_indices(needle)` gives them (non-overlapping, from the left),
/// found with memchr's vector search: the name tests look a word up in the
/// whole text once per candidate, and std's search reads a byte at a time.
pub fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    // Only an empty needle matches inside a char.
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes())
        .filter(move |&at| text.is_char_boundary(at))
}

/// A character a terminal does not show but obeys, so text holding it can
/// disguise or reorder what follows: the C0 and C1 controls (escape
/// sequences, newlines), the bidirectional embeddings, overrides and
/// isolates (U+202A–202E, U+2066–2069: `evil\u{202e}txt.exe` shows as
/// `evilexe.txt`), and the line and paragraph separators. The marks (LRM,
/// RLM, ALM) reach no further than their neighbours and right-to-left text
/// needs them, so they are not among these.
pub fn is_terminal_control(c: char) -> bool {
    c.is_control() || is_direction_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: the characters that change
/// the direction of the text after them.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every run of spaces within a line written as one space (two
/// spaces, a tab, a no-break, thin or ideographic space) and every line
/// break as `\n` (CR LF, CR, the line and paragraph separators), so that
/// rules reading a name, a date or a phrase need know only one spacing.
/// Borrowed when the text is spaced so already, as most are.
pub fn plainly_spaced(text: &str) -> std::borrow::Cow<'_, str> {
    let odd = |c: char| c != ' ' && c != '\n' && c.is_whitespace();
    if memchr::memmem::find(text.as_bytes(), b"  ").is_none() && !text.contains(odd) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            if c == '\r' {
                chars.next_if_eq(&'\n');
            }
            plain.push('\n');
        } else if c.is_whitespace() {
            while chars
                .next_if(|&c| c.is_whitespace() && !is_line_break(c))
                .is_some()
            {}
            plain.push(' ');
        } else {
            plain.push(c);
        }
    }
    std::borrow::Cow::Owned(plain)
}

/// A character that ends a line: LF, CR (alone or before LF), vertical tab,
/// form feed, NEL and the line and paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `text` with the line breaks of its hard wrapping read as spaces: a mail,
/// a text export of a PDF or a page of UN records filled to some width
/// breaks its paragraphs into lines, and a rule that reads a line break as
/// a boundary (a sentence start, a heading, the end of a name) would read
/// one inside a sentence. The text is taken as wrapped at the width of its
/// longest line of two words or more when that is [`WRAPPED_WIDTHS`] and
/// at least [`FULL_LINES`] lines are full; a break is then soft when the
/// next line's first word would not have fitted on the line before. Blank
/// lines, list items, quotes, tables and Markdown headings stay on lines of
/// their own, and so does a short line (a heading, a paragraph's last
/// line). A word broken at its hyphen ("Secretary-\nGeneral") is joined
/// whole, but for a shared ending ("Industrie-\nund"). Borrowed when no
/// break is soft, as in a text whose paragraphs are each one line.
pub fn soft_breaks_joined(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\n', bytes).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    // A paragraph held on one line ends the question at once.
    let mut width = 0;
    for line in text.split('\n') {
        let line = line.trim();
        if line.len() > *WRAPPED_WIDTHS.end() * 4 && line.contains(' ') {
            return std::borrow::Cow::Borrowed(text);
        }
        let chars = columns(line);
        if chars > width && line.contains(' ') {
            width = chars;
        }
    }
    if !WRAPPED_WIDTHS.contains(&width) {
        return std::borrow::Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let soft: Vec<bool> = lines
        .windows(2)
        .map(|pair| breaks_softly(pair[0], pair[1], width))
        .collect();
    if soft.iter().filter(|&&s| s).count() < FULL_LINES {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut joined = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let joined_on = i > 0 && soft[i - 1];
        let line = if joined_on { line.trim_start() } else { line };
        let line = if soft.get(i) == Some(&true) {
            line.trim_end()
        } else {
            line
        };
        if joined_on {
            // "Secretary-\nGeneral", "2020-\n2021": a hyphen inside a word
            // or a range of numbers.
            let hyphen = joined
                .strip_suffix('-')
                .and_then(|before| before.chars().next_back())
                .is_some_and(|c| {
                    c.is_alphabetic()
                        || c.is_ascii_digit() && line.starts_with(|d: char| d.is_ascii_digit())
                });
            // "Industrie- und Handelskammer", "pre- and post-war": a word
            // whose end the next one shares keeps its space.
            let shared_end = SHARED_ENDINGS.contains(&line.split(' ').next().unwrap_or(line));
            if !hyphen || shared_end {
                joined.push(' ');
            }
        } else if i > 0 {
            joined.push('\n');
        }
        joined.push_str(line);
    }
    std::borrow::Cow::Owned(joined)
}

/// The words that follow a word's shared ending, as "und" follows
/// "Industrie-" in "Industrie- und Handelskammer": a hyphen before them at
/// a line's end is no word broken in two.
const SHARED_ENDINGS: [&str; 21] = [
    "and", "or", "to", "und", "oder", "bzw.", "sowie", "bis", "et", "ou", "y", "o", "e", "i", "a",
    "och", "og", "eller", "en", "ja", "tai",
];

/// The widths, in characters, a text is taken as wrapped at by
/// [`soft_breaks_joined`]: narrower is a column or a list of short lines,
/// wider a paragraph per line.
pub const WRAPPED_WIDTHS: std::ops::RangeInclusive<usize> = 40..=140;

/// How many soft breaks [`soft_breaks_joined`] asks of a text before it
/// takes it as wrapped: one full line may be a long heading.
pub const FULL_LINES: usize = 3;

/// Whether the break between `line` and `next` in a text wrapped at
/// `width` is soft: both hold words, `next` starts no list item, quote,
/// table row or heading, and its first word would not have fitted on `line`.
fn breaks_softly(line: &str, next: &str, width: usize) -> bool {
    let (line, next) = (line.trim(), next.trim());
    if line.is_empty() || next.is_empty() || line.starts_with(['#', '|']) {
        return false;
    }
    if next.starts_with(['#', '>', '|', '•', '·', '▪', '●'])
        || ["- ", "* ", "+ ", "– ", "```"]
            .iter()
            .any(|m| next.starts_with(m))
    {
        return false;
    }
    // "1. ", "12) ": a numbered item, after a line that ends its
    // sentence or clause; after one that does not, a day ("valimised\n5.
    // märtsil", "am\n3. Oktober").
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let ends_a_clause = line
        .trim_end_matches(['"', '\'', '”', '’', '»', ')'])
        .ends_with(['.', ':', ';', '!', '?']);
    if ends_a_clause
        && (1..=2).contains(&digits)
        && next[digits..].starts_with([')', '.'])
        && next[digits + 1..].starts_with(' ')
    {
        return false;
    }
    let first = next.split(' ').next().unwrap_or(next);
    columns(line) + 1 + columns(first) > width
}

/// The columns `s` fills: its characters.
fn columns(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// A 64-bit hash of `s` in lower case with each run of white space as one
/// space, so that "Climate change" and "climate\n  change" hash alike.
pub fn folded_hash(s: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
    let mut space = false;
    let mut write = |c: char, is_space: bool| {
        if is_space {
            space = true;
            return;
        }
        if std::mem::take(&mut space) {
            hasher.write_u8(b' ');
        }
        if c.is_ascii() {
            hasher.write_u32(u32::from(c.to_ascii_lowercase()));
        } else {
            c.to_lowercase()
                .for_each(|c| hasher.write_u32(u32::from(c)));
        }
    };
    // Phrases are nearly always ASCII: bytes, not decoded chars.
    if s.is_ascii() {
        s.bytes()
            .for_each(|b| write(char::from(b), b.is_ascii_whitespace() || b == 0x0b));
    } else {
        s.chars().for_each(|c| write(c, c.is_whitespace()));
    }
    hasher.finish()
}

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

/// `word` with its first letter in upper case and the rest as written.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A letter of the basic Cyrillic block (Russian, Ukrainian, Belarusian…).
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// A character of words: a letter or digit (`char::is_alphanumeric`).
/// Below U+0800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic…) a table
/// built once from `char::is_alphanumeric` answers: the standard library
/// searches its tables for every letter outside ASCII, some 300
/// instructions a Cyrillic letter, and building the name matcher asks it of
/// every letter of the lexicon's names and their case forms.
#[inline]
pub fn is_word_char(c: char) -> bool {
    let n = u32::from(c) as usize;
    if n < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    match WORD_CHARS_BELOW_0800.get(n / 64) {
        Some(bits) => bits >> (n % 64) & 1 != 0,
        None => c.is_alphanumeric(),
    }
}

/// Which characters below U+0800 are letters or digits, a bit each.
static WORD_CHARS_BELOW_0800: std::sync::LazyLock<[u64; 32]> = std::sync::LazyLock::new(|| {
    let mut bits = [0u64; 32];
    for c in ('\0'..'\u{0800}').filter(|c| c.is_alphanumeric()) {
        let n = u32::from(c) as usize;
        bits[n / 64] |= 1 << (n % 64);
    }
    bits
});

/// `s` in lower case char by char, as `char::to_lowercase` gives each
/// (unlike `str::to_lowercase`, which gives a Greek word its final sigma).
/// Below U+0800 a table built once from `char::to_lowercase` answers, as
/// for [`is_word_char`]: the standard library searches its tables for every
/// letter outside ASCII, and building the extractor lower-cases every name
/// of the lexicon and every case form of its Cyrillic names.
pub fn lower_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(s.len());
    for c in s.chars() {
        match LOWER_BELOW_0800.get(u32::from(c) as usize) {
            Some(&l) if l != NOT_ONE_CHAR => lower.push(l),
            _ => lower.extend(c.to_lowercase()),
        }
    }
    lower
}

/// `s.to_lowercase()`, through the table of [`lower_case`]: the two differ
/// only at a capital sigma, which `str::to_lowercase` reads in context.
pub fn to_lowercase(s: &str) -> String {
    if s.contains('Σ') {
        s.to_lowercase()
    } else {
        lower_case(s)
    }
}

/// In [`LOWER_BELOW_0800`], a char whose lower case is not one char.
const NOT_ONE_CHAR: char = '\u{FFFF}';

/// Each char below U+0800 in lower case, or [`NOT_ONE_CHAR`].
static LOWER_BELOW_0800: std::sync::LazyLock<[char; 0x800]> = std::sync::LazyLock::new(|| {
    let mut lower = [NOT_ONE_CHAR; 0x800];
    for c in '\0'..'\u{0800}' {
        let mut chars = c.to_lowercase();
        if let (Some(l), None) = (chars.next(), chars.next()) {
            lower[u32::from(c) as usize] = l;
        }
    }
    lower
});

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
    let bits = WordBits::new(text);
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, end) = bits.next_word(at)?;
        at = end;
        Some((start, &text[start..end]))
    })
}

/// Masks of a 64-byte chunk, bit `k` for `chunk[k]`.
#[derive(Debug, PartialEq, Eq)]
struct ByteMasks {
    /// ASCII letters and digits.
    words: u64,
    /// ASCII digits.
    digits: u64,
    /// Bytes that start a non-ASCII char (0xC0 and up), to decode.
    leads: u64,
}

/// The [`ByteMasks`] of a chunk, sixteen bytes per instruction with SSE2,
/// which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
fn byte_masks(chunk: &[u8; 64]) -> ByteMasks {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_andnot_si128, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    let mut masks = ByteMasks {
        words: 0,
        digits: 0,
        leads: 0,
    };
    for (i, part) in chunk.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of every x86-64 target, and an unaligned load
        // of the 16 bytes of `part` stays within them.
        let (words, digits, leads) = unsafe {
            let v = _mm_loadu_si128(part.as_ptr().cast());
            // Shift each range to the bottom of the signed bytes, then one
            // compare: 'a'..='z' after folding case (+31), '0'..='9' (+80).
            let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let letter = _mm_cmplt_epi8(
                _mm_add_epi8(folded, _mm_set1_epi8(31)),
                _mm_set1_epi8(-128 + 26),
            );
            let digit =
                _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(80)), _mm_set1_epi8(-128 + 10));
            // Continuation bytes 0x80..=0xBF are the signed bytes below -64;
            // the sign bit marks every non-ASCII byte.
            let continuation = _mm_cmplt_epi8(v, _mm_set1_epi8(-64));
            (
                _mm_movemask_epi8(_mm_or_si128(letter, digit)),
                _mm_movemask_epi8(digit),
                _mm_movemask_epi8(_mm_andnot_si128(continuation, v)),
            )
        };
        masks.words |= u64::from(words as u16) << (16 * i);
        masks.digits |= u64::from(digits as u16) << (16 * i);
        masks.leads |= u64::from(leads as u16) << (16 * i);
    }
    masks
}

#[cfg(not(target_arch = "x86_64"))]
fn byte_masks(chunk: &[u8; 64]) -> ByteMasks {
    let bit = |k: usize, yes: bool| u64::from(yes) << k;
    chunk.iter().enumerate().fold(
        ByteMasks {
            words: 0,
            digits: 0,
            leads: 0,
        },
        |m, (k, &b)| ByteMasks {
            words: m.words | bit(k, b.is_ascii_alphanumeric()),
            digits: m.digits | bit(k, b.is_ascii_digit()),
            leads: m.leads | bit(k, b >= 0xc0),
        },
    )
}

/// Which bytes of a text belong to words, one bit per byte. Texts are
/// scanned for words a 64-byte block at a time, and only non-ASCII chars
/// are decoded.
pub struct WordBits {
    bits: Vec<u64>,
    /// The ASCII digits among them.
    digits: Vec<u64>,
    len: usize,
}

impl WordBits {
    pub fn new(text: &str) -> WordBits {
        let bytes = text.as_bytes();
        let mut bits = vec![0u64; bytes.len().div_ceil(64)];
        let mut digits = vec![0u64; bits.len()];
        for (block, chunk) in bytes.chunks(64).enumerate() {
            let mut padded = [0; 64];
            let chunk = <&[u8; 64]>::try_from(chunk).unwrap_or_else(|_| {
                padded[..chunk.len()].copy_from_slice(chunk);
                &padded
            });
            let masks = byte_masks(chunk);
            // A char begun in the block before may have marked bits here.
            bits[block] |= masks.words;
            digits[block] = masks.digits;
            // Only the non-ASCII chars are decoded.
            let mut leads = masks.leads;
            while leads != 0 {
                let at = block * 64 + leads.trailing_zeros() as usize;
                leads &= leads - 1;
                let (c, len) = char_at(text, at);
                if is_word_char(c) {
                    for k in at..at + len {
                        bits[k >> 6] |= 1 << (k & 63);
                    }
                }
            }
        }
        WordBits {
            bits,
            digits,
            len: bytes.len(),
        }
    }

    /// Calls `f` with each place where a word or a run of ASCII digits
    /// starts, in order ("G20" gives the G and the 2).
    pub fn for_each_start(&self, mut f: impl FnMut(usize)) {
        let (mut word_carry, mut digit_carry) = (0, 0);
        for (block, (&w, &d)) in self.bits.iter().zip(&self.digits).enumerate() {
            let mut starts = (w & !(w << 1 | word_carry)) | (d & !(d << 1 | digit_carry));
            (word_carry, digit_carry) = (w >> 63, d >> 63);
            while starts != 0 {
                f(block * 64 + starts.trailing_zeros() as usize);
                starts &= starts - 1;
            }
        }
    }

    /// The start and end of each word, in order. Starts and ends come from
    /// bit operations on whole blocks, so the loop has no branch that
    /// depends on the text but "is there another word".
    pub fn spans(&self) -> Spans<'_> {
        Spans {
            bits: &self.bits,
            len: self.len,
            next_block: 0,
            base: 0,
            starts: 0,
            ends: 0,
            carry: 0,
            open: None,
        }
    }

    /// Calls `f` with each place where a run of ASCII digits starts, in order.
    pub fn for_each_digit_start(&self, mut f: impl FnMut(usize)) {
        let mut carry = 0;
        for (block, &d) in self.digits.iter().enumerate() {
            let mut starts = d & !(d << 1 | carry);
            carry = d >> 63;
            while starts != 0 {
                f(block * 64 + starts.trailing_zeros() as usize);
                starts &= starts - 1;
            }
        }
    }

    /// The first word character at or after byte `at`.
    fn first_set(&self, at: usize) -> Option<usize> {
        let mut block = at >> 6;
        let mut m = *self.bits.get(block)? & (u64::MAX << (at & 63));
        while m == 0 {
            block += 1;
            m = *self.bits.get(block)?;
        }
        Some(block * 64 + m.trailing_zeros() as usize)
    }

    /// The end of the word that holds byte `at`: the first byte at or after
    /// `at` that is not part of a word.
    pub fn word_end(&self, at: usize) -> usize {
        let mut block = at >> 6;
        let Some(&first) = self.bits.get(block) else {
            return self.len;
        };
        let mut m = !first & (u64::MAX << (at & 63));
        while m == 0 {
            block += 1;
            match self.bits.get(block) {
                Some(&b) => m = !b,
                None => return self.len,
            }
        }
        (block * 64 + m.trailing_zeros() as usize).min(self.len)
    }

    /// Like [`next_word`]: the first word at or after `at`, as a byte range.
    pub fn next_word(&self, at: usize) -> Option<(usize, usize)> {
        let start = self.first_set(at)?;
        Some((start, self.word_end(start)))
    }
}

/// The words of a [`WordBits`] as `(start, end)` byte spans: see [`WordBits::spans`].
#[derive(Clone)]
pub struct Spans<'a> {
    bits: &'a [u64],
    len: usize,
    next_block: usize,
    /// The first byte of the block read last.
    base: usize,
    /// In the block read last, the starts not yet returned, and the first
    /// byte after each word (or after the word left open before it).
    starts: u64,
    ends: u64,
    carry: u64,
    /// The start of a word that runs on past the block read last.
    open: Option<usize>,
}

impl Iterator for Spans<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            if self.ends != 0 {
                let end = self.base + self.ends.trailing_zeros() as usize;
                self.ends &= self.ends - 1;
                let start = self.open.take().unwrap_or_else(|| {
                    let start = self.base + self.starts.trailing_zeros() as usize;
                    self.starts &= self.starts - 1;
                    start
                });
                return Some((start, end));
            }
            // At most one start is left: a word running into the next block.
            if self.starts != 0 {
                self.open = Some(self.base + self.starts.trailing_zeros() as usize);
                self.starts = 0;
            }
            let Some(&w) = self.bits.get(self.next_block) else {
                return self.open.take().map(|start| (start, self.len));
            };
            self.base = self.next_block * 64;
            self.next_block += 1;
            self.starts = w & !(w << 1 | self.carry);
            self.ends = !w & (w << 1 | self.carry);
            self.carry = w >> 63;
        }
    }
}

/// A name compared the way people type it: lower case, words of letters and
/// digits only (`Côte d'Ivoire` and `côte d ivoire` are the same). The index
/// counts the words of actors' names in this form (`name_word_counts`), and
/// the ranking compares the query's names in it.
pub fn name_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
/// `text` hard-wrapped at `width` columns, as a mail or a text export is:
/// each line filled with as many words as fit, paragraphs kept.
pub(crate) fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for (i, word) in line.split(' ').enumerate() {
            let chars = word.chars().count();
            if i > 0 && column + 1 + chars > width {
                out.push('\n');
                column = 0;
            } else if i > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += chars;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The table agrees with `char::is_alphanumeric` on every character.
    #[test]
    fn lower_case_is_each_chars_lower_case() {
        let differ: Vec<char> = ('\0'..=char::MAX)
            .filter(|&c| super::lower_case(&c.to_string()) != c.to_lowercase().to_string())
            .collect();
        assert!(differ.is_empty(), "{differ:?}");
    }

    proptest::proptest! {
        /// Words of Latin, Greek (with capital sigmas) and Cyrillic letters
        /// and a few that lower-case to two chars: as `char::to_lowercase`
        /// and `str::to_lowercase` give them.
        #[test]
        fn lower_case_agrees_with_std(s in "[a-zA-ZéÉßİΣσςΑαДдЁёЇїѢӀ \\-.'’0-9\u{0800}-\u{0810}]{0,16}") {
            let chars: String = s.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(super::lower_case(&s), chars);
            proptest::prop_assert_eq!(super::to_lowercase(&s), s.to_lowercase());
        }
    }

    #[test]
    fn plain_spacing_keeps_words_and_lines_and_one_space_between() {
        use super::plainly_spaced;
        assert_eq!(
            plainly_spaced("Mr.\u{a0}Ruto  met\tthe\u{202f}AU.\r\nThen\rit\u{2028}ended"),
            "Mr. Ruto met the AU.\nThen\nit\nended"
        );
        assert_eq!(plainly_spaced("a \n\n b"), "a \n\n b");
        assert!(matches!(
            plainly_spaced("a b\nc"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn soft_breaks_of_a_wrapped_paragraph_are_spaces() {
        use super::soft_breaks_joined;
        let wrapped = "Election results\n\n\
            Nairobi-based Horn and Lakes Institute said on Monday that the\n\
            count was late. The Independent Electoral and Boundaries\n\
            Commission published the results of 1,200 polling stations in\n\
            the evening, and the UN Secretary-General welcomed them at\n\
            once.\n\
            - first item of a list that is long enough to fill its line\n\
            - second item\n\n\
            A second paragraph starts here and runs on for a while, until\n\
            it ends.";
        assert_eq!(
            soft_breaks_joined(wrapped),
            "Election results\n\n\
            Nairobi-based Horn and Lakes Institute said on Monday that the \
            count was late. The Independent Electoral and Boundaries \
            Commission published the results of 1,200 polling stations in \
            the evening, and the UN Secretary-General welcomed them at \
            once.\n\
            - first item of a list that is long enough to fill its line\n\
            - second item\n\n\
            A second paragraph starts here and runs on for a while, until \
            it ends."
        );
        // A word broken at its hyphen is joined whole.
        let hyphenated = "The session closed late in the evening, when the Under-Secretary-\n\
            General for Political Affairs spoke to the Council about the\n\
            situation in the Sahel and the need for a new mission there, and\n\
            the members agreed.";
        assert_eq!(
            soft_breaks_joined(hyphenated),
            "The session closed late in the evening, when the \
            Under-Secretary-General for Political Affairs spoke to the \
            Council about the situation in the Sahel and the need for a new \
            mission there, and the members agreed."
        );
        // So is a range of numbers broken at its hyphen.
        let range = "The plan covers the whole decade and was adopted by the members\n\
            of the Council after long talks, for the budget period of 2020-\n\
            2021 and for the years after it, until the members revise it in a\n\
            later session of the Council, when the figures of the first two\n\
            years are known to all of the members and to the Secretariat.";
        assert!(
            soft_breaks_joined(range).contains("period of 2020-2021 and"),
            "{}",
            soft_breaks_joined(range)
        );
        // A shared ending keeps its space, and a day after a line
        // that goes on is no numbered item.
        let german = "Die Industrie- und Handelskammer Ostbrandenburg warnte vor\n\
            Experimenten in der Energiepolitik, und die Wahl am Sonntag, dem\n\
            22. September, gab der SPD den ersten Platz vor der AfD, Industrie-\n\
            und Handelskammer und Gewerkschaften hatten das so erwartet.";
        assert_eq!(
            soft_breaks_joined(german),
            "Die Industrie- und Handelskammer Ostbrandenburg warnte vor \
            Experimenten in der Energiepolitik, und die Wahl am Sonntag, dem \
            22. September, gab der SPD den ersten Platz vor der AfD, Industrie- \
            und Handelskammer und Gewerkschaften hatten das so erwartet."
        );
    }

    #[test]
    fn lines_that_are_not_wrapped_stay_lines() {
        use super::soft_breaks_joined;
        use std::borrow::Cow;
        // A paragraph per line, however many lines follow one another.
        let long = "word ".repeat(40);
        let text = format!("{long}\n{long}\n{long}\n{long}");
        assert!(matches!(soft_breaks_joined(&text), Cow::Borrowed(_)));
        // Short lines: a title, a by-line, a list without marks.
        let short = "President William Ruto of Kenya\nGovernor Johnson Sakaja\n\
            Raila Odinga, opposition leader\nHon. Musalia Mudavadi";
        assert!(matches!(soft_breaks_joined(short), Cow::Borrowed(_)));
        // One full line is no wrapping: a long heading over its text.
        let one = "The Long Heading of an Article That Fills Its Line to the Edge\n\
            Body text.\n\nMore text that is short.";
        assert!(matches!(soft_breaks_joined(one), Cow::Borrowed(_)));
        // Numbered items, quotes and tables start their own lines.
        let text = "The agreement holds the following points, which the parties\n\
            signed in Doha on the first of the month, after long talks that\n\
            ran through the night and into the morning of the next day:\n\
            1. a ceasefire along the whole of the front line, at once and\n\
            without conditions set by either side in the weeks to come;\n\
            > a quoted line from the text of the agreement itself here\n\
            | a | table |";
        let joined = soft_breaks_joined(text);
        assert_eq!(joined.lines().count(), 4, "{joined}");
    }

    proptest::proptest! {
        /// Paragraphs of words wrapped at any width in 50..100 (as the
        /// `fmt` tool or a mail client fills them) come back as they were,
        /// when they are long enough to fill [`super::FULL_LINES`] lines.
        #[test]
        fn joining_undoes_wrapping(
            paragraphs in proptest::collection::vec(
                proptest::collection::vec("[a-zA-Z][a-z,.]{3,7}", 60..100), 1..4),
            width in 50usize..100,
        ) {
            let text = paragraphs.iter().map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n");
            let wrapped = super::wrapped(&text, width);
            let joined = super::soft_breaks_joined(&wrapped);
            proptest::prop_assert_eq!(joined.trim_end(), text.as_str());
        }
    }

    proptest::proptest! {
        /// Against a plain reference: the same characters but for white
        /// space, the same lines (CR LF is one break), one space for each
        /// run of spaces within a line, and nothing to do a second time.
        #[test]
        fn plain_spacing_is_its_reference(s in "[ab \t\r\n\u{a0}\u{2009}\u{202f}\u{3000}\u{2028}\u{85}é]{0,24}") {
            use super::plainly_spaced;
            let plain = plainly_spaced(&s);
            let mut reference = String::new();
            for c in s.replace("\r\n", "\n").chars() {
                if super::is_line_break(c) {
                    reference.push('\n');
                } else if !c.is_whitespace() {
                    reference.push(c);
                } else if !reference.ends_with(' ') {
                    reference.push(' ');
                }
            }
            proptest::prop_assert_eq!(&*plain, &reference);
            proptest::prop_assert!(matches!(plainly_spaced(&plain), std::borrow::Cow::Borrowed(_)));
            proptest::prop_assert_eq!(
                matches!(plain, std::borrow::Cow::Borrowed(_)),
                plain == s,
            );
        }
    }

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        let differ: Vec<char> = ('\0'..=char::MAX)
            .filter(|&c| super::is_word_char(c) != c.is_alphanumeric())
            .collect();
        assert!(differ.is_empty(), "{differ:?}");
        assert!(super::is_word_char('ё') && super::is_word_char('٣') && !super::is_word_char('«'));
    }

    use super::*;

    #[test]
    fn occurrences_are_match_indices() {
        let texts = [
            "",
            "a",
            "aaaa",
            "abab aba",
            "Чёрное море, мо́ре",
            "é e\u{301} é",
            "x-y x-y-x",
        ];
        let needles = [
            "", "a", "aa", "aba", "море", "е", "é", "x-y", "\u{301}", "zz",
        ];
        for text in texts {
            for needle in needles {
                let expected: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                let found: Vec<usize> = occurrences(text, needle).collect();
                assert_eq!(found, expected, "{needle:?} in {text:?}");
            }
        }
        // Random texts over a small alphabet, where matches overlap often.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut pick = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        const PIECES: &[&str] = &["a", "b", "ab", " ", "é", "ба"];
        for _ in 0..2000 {
            let text: String = (0..pick(30)).map(|_| PIECES[pick(6)]).collect();
            let needle: String = (0..1 + pick(4)).map(|_| PIECES[pick(6)]).collect();
            let expected: Vec<usize> = text.match_indices(&needle).map(|(at, _)| at).collect();
            assert_eq!(occurrences(&text, &needle).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn words_across_scripts() {
        let text = "Чёрное море, NATO's 2024-й";
        let found: Vec<&str> = words(text).map(|(_, w)| w).collect();
        assert_eq!(found, ["Чёрное", "море", "NATO", "s", "2024", "й"]);
        let sea = text.find("море").unwrap();
        assert_eq!(next_word(text, sea - 1), Some((sea, sea + "море".len())));
        assert_eq!(word_end("G20 summit", 0), 3);
    }

    #[test]
    fn ascii_mask_agrees_with_the_std_classes() {
        let all: Vec<u8> = (0u8..128).collect();
        for chunk in all.chunks_exact(64) {
            let chunk: &[u8; 64] = chunk.try_into().unwrap();
            let expected = chunk
                .iter()
                .enumerate()
                .fold((0u64, 0u64), |(w, d), (k, &b)| {
                    (
                        w | u64::from(b.is_ascii_alphanumeric()) << k,
                        d | u64::from(b.is_ascii_digit()) << k,
                    )
                });
            let masks = byte_masks(chunk);
            assert_eq!(
                (masks.words, masks.digits, masks.leads),
                (expected.0, expected.1, 0)
            );
        }
        // "é" is C3 A9: its lead byte is marked, its continuation byte not.
        let mut mixed = [b'a'; 64];
        mixed[40] = 0xc3;
        mixed[41] = 0xa9;
        mixed[63] = 0xff;
        let masks = byte_masks(&mixed);
        assert_eq!(masks.leads, 1 << 40 | 1 << 63);
        assert_eq!(masks.words, !(1u64 << 40 | 1 << 41 | 1 << 63));
    }

    #[test]
    fn word_bits_find_the_same_words() {
        let long =
            "ab ".repeat(30) + "Чёрное море’s — NATO, \u{a0}é x1 G20 " + &"z".repeat(70) + "é 1999";
        for text in [
            "",
            " ",
            "word",
            "Чёрное море, NATO's 2024-й",
            "“Quoted” — dashes…and ellipses",
            long.as_str(),
            &"x".repeat(64),
            &("y".repeat(128) + " a"),
            &(" ".repeat(63) + "ab " + &"c".repeat(61)),
        ] {
            let bits = WordBits::new(text);
            let mut at = 0;
            let mut found = Vec::new();
            while let Some((start, end)) = bits.next_word(at) {
                found.push(&text[start..end]);
                at = end;
            }
            // One char at a time, as `next_word` reads.
            let mut expected = Vec::new();
            let mut at = 0;
            while let Some((start, end)) = next_word(text, at) {
                expected.push((start, &text[start..end]));
                at = end;
            }
            let expected_words: Vec<&str> = expected.iter().map(|&(_, w)| w).collect();
            assert_eq!(found, expected_words, "{text:?}");
            let spans: Vec<(usize, &str)> = bits
                .spans()
                .map(|(start, end)| (start, &text[start..end]))
                .collect();
            assert_eq!(spans, expected, "{text:?}");
            assert_eq!(words(text).collect::<Vec<_>>(), expected, "{text:?}");
            let mut starts = Vec::new();
            bits.for_each_start(|at| starts.push(at));
            let mut expected_starts: Vec<usize> = expected.iter().map(|&(at, _)| at).collect();
            for (at, c) in text.char_indices() {
                let before = text[..at].chars().next_back();
                if c.is_ascii_digit() && !before.is_some_and(|b| b.is_ascii_digit()) {
                    expected_starts.push(at);
                }
            }
            expected_starts.sort_unstable();
            expected_starts.dedup();
            assert_eq!(starts, expected_starts, "{text:?}");
        }
    }
}
