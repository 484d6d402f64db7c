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
    let bits = WordBits::new(text);
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, end) = bits.next_word(at)?;
        at = end;
        Some((start, &text[start..end]))
    })
}

/// Bit `k` set when `chunk[k]` is an ASCII letter or digit, and when it is
/// a digit; `None` when the chunk has non-ASCII bytes. Sixteen bytes per
/// instruction with SSE2, which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
fn ascii_word_mask(chunk: &[u8; 64]) -> Option<(u64, u64)> {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    let (mut word, mut digits, mut high) = (0u64, 0u64, 0u64);
    for (i, part) in chunk.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of every x86-64 target, and an unaligned load
        // of the 16 bytes of `part` stays within them.
        let (words, digit_bytes, highs) = unsafe {
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
            (
                _mm_movemask_epi8(_mm_or_si128(letter, digit)),
                _mm_movemask_epi8(digit),
                _mm_movemask_epi8(v),
            )
        };
        word |= u64::from(words as u16) << (16 * i);
        digits |= u64::from(digit_bytes as u16) << (16 * i);
        high |= u64::from(highs as u16) << (16 * i);
    }
    (high == 0).then_some((word, digits))
}

#[cfg(not(target_arch = "x86_64"))]
fn ascii_word_mask(chunk: &[u8; 64]) -> Option<(u64, u64)> {
    chunk.is_ascii().then(|| {
        chunk.iter().enumerate().fold((0, 0), |(w, d), (k, &b)| {
            (
                w | u64::from(b.is_ascii_alphanumeric()) << k,
                d | u64::from(b.is_ascii_digit()) << k,
            )
        })
    })
}

/// Which bytes of a text belong to words, one bit per byte. Long texts are
/// scanned for words a 64-byte block at a time, and only blocks with
/// non-ASCII bytes are decoded.
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
            if let Ok(chunk) = <&[u8; 64]>::try_from(chunk)
                && let Some((words, digit_bytes)) = ascii_word_mask(chunk)
            {
                bits[block] = words;
                digits[block] = digit_bytes;
                continue;
            }
            digits[block] = chunk
                .iter()
                .enumerate()
                .fold(0, |d, (k, &b)| d | u64::from(b.is_ascii_digit()) << k);
            // A char begun in the block before was marked there.
            let base = block * 64;
            let mut at = base + chunk.iter().take_while(|&&b| b & 0xc0 == 0x80).count();
            while at < base + chunk.len() {
                let (c, len) = char_at(text, at);
                if is_word_char(c) {
                    for k in at..at + len {
                        bits[k >> 6] |= 1 << (k & 63);
                    }
                }
                at += len;
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

    /// Calls `f` with the start and end of each word, in order. Starts and
    /// ends come from bit operations on whole blocks, so the loop has no
    /// branch that depends on the text but "is there another word".
    pub fn for_each_word(&self, mut f: impl FnMut(usize, usize)) {
        let mut carry = 0;
        // The start of a word that runs on past the block read last.
        let mut open = None;
        for (block, &w) in self.bits.iter().enumerate() {
            let base = block * 64;
            let mut starts = w & !(w << 1 | carry);
            // The first byte after each word, or after the one left open.
            let mut ends = !w & (w << 1 | carry);
            carry = w >> 63;
            if let Some(start) = open {
                if ends == 0 {
                    // The word fills this block too.
                    continue;
                }
                f(start, base + ends.trailing_zeros() as usize);
                ends &= ends - 1;
                open = None;
            }
            while ends != 0 {
                let start = base + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                f(start, base + ends.trailing_zeros() as usize);
                ends &= ends - 1;
            }
            if starts != 0 {
                open = Some(base + starts.trailing_zeros() as usize);
            }
        }
        if let Some(start) = open {
            f(start, self.len);
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
            assert_eq!(ascii_word_mask(chunk), Some(expected));
        }
        let mut high = [b'a'; 64];
        high[40] = 0xc3;
        assert_eq!(ascii_word_mask(&high), None);
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
            let mut each = Vec::new();
            bits.for_each_word(|start, end| each.push((start, &text[start..end])));
            assert_eq!(each, expected, "{text:?}");
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
