//! Turning a file's bytes into text: BOMs (UTF-8, UTF-16 and UTF-32), UTF-8,
//! UTF-16 without a BOM, and legacy 8-bit encodings.

use encoding_rs::Encoding;

/// Text decoded from bytes, with the name of the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("looks binary (NUL bytes or control characters), not text")]
    Binary,
}

/// Bytes from the start of a file that decide whether it is UTF-16 without a BOM.
const UTF16_SAMPLE_BYTES: usize = 4096;

/// Decodes `bytes`: a BOM wins; then UTF-16 recognised by its NUL bytes; then
/// valid UTF-8; else the legacy encoding that `chardetng` finds most likely
/// (e.g. Windows-1251 for Russian). Other bytes with NULs are binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    // Before the UTF-16 BOMs: UTF-32LE's BOM begins with UTF-16LE's.
    if let Some((text, name)) = utf32_with_bom(bytes) {
        return checked(text, name);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return checked(text.into_owned(), encoding.name());
    }
    if bytes.contains(&0) {
        let encoding = utf16_without_bom(bytes).ok_or(DecodeError::Binary)?;
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(DecodeError::Binary);
        }
        return checked(text.into_owned(), encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), "UTF-8");
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = encoding.decode(bytes);
    checked(text.into_owned(), encoding.name())
}

/// Text after a UTF-32 BOM, which `encoding_rs` (the WHATWG encodings) does
/// not know. A unit that is no Unicode scalar value, or a trailing part unit,
/// reads as U+FFFD, as other decoders here treat malformed input.
fn utf32_with_bom(bytes: &[u8]) -> Option<(String, &'static str)> {
    let (rest, name, unit): (_, _, fn([u8; 4]) -> u32) = match bytes {
        [0xFF, 0xFE, 0, 0, rest @ ..] => (rest, "UTF-32LE", u32::from_le_bytes),
        [0, 0, 0xFE, 0xFF, rest @ ..] => (rest, "UTF-32BE", u32::from_be_bytes),
        _ => return None,
    };
    let units = rest.chunks_exact(4);
    let partial = !units.remainder().is_empty();
    let mut text: String = units
        .map(|u| char::from_u32(unit([u[0], u[1], u[2], u[3]])).unwrap_or('\u{FFFD}'))
        .collect();
    if partial {
        text.push('\u{FFFD}');
    }
    Some((text, name))
}

/// UTF-16LE or BE when NULs fall in one byte of each pair and (almost) never
/// in the other, as the high bytes of ASCII letters, digits and spaces do:
/// `a\0b\0` is little-endian. Binary files have NULs in both places; the
/// text decoded is still checked for control characters.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(UTF16_SAMPLE_BYTES)];
    let pairs = sample.len() / 2;
    let (mut nul_first, mut nul_second) = (0, 0);
    for pair in sample.chunks_exact(2) {
        nul_first += usize::from(pair[0] == 0);
        nul_second += usize::from(pair[1] == 0);
    }
    let (many, few) = (nul_first.max(nul_second), nul_first.min(nul_second));
    // Text has a space or ASCII punctuation every few characters even in
    // non-Latin scripts; the other byte is NUL only in rare characters (U+4E00 一).
    if !bytes.len().is_multiple_of(2) || many * 10 < pairs || few * 10 > many {
        return None;
    }
    Some(if nul_second > nul_first {
        encoding_rs::UTF_16LE
    } else {
        encoding_rs::UTF_16BE
    })
}

/// Rejects text that is mostly control characters: a binary file that happened to decode.
fn checked(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || control * 20 > sample.len().max(1) {
        return Err(DecodeError::Binary);
    }
    Ok(Decoded { text, encoding })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("héllo".as_bytes()).unwrap().text, "héllo");
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], "héllo".as_bytes()].concat();
        let d = decode(&with_bom).unwrap();
        assert_eq!(d.text, "héllo");
        assert_eq!(d.encoding, "UTF-8");
    }

    fn utf32(text: &str, little_endian: bool) -> Vec<u8> {
        let bom: &[u8] = if little_endian {
            &[0xFF, 0xFE, 0, 0]
        } else {
            &[0, 0, 0xFE, 0xFF]
        };
        let units = text.chars().flat_map(|c| {
            if little_endian {
                u32::from(c).to_le_bytes()
            } else {
                u32::from(c).to_be_bytes()
            }
        });
        bom.iter().copied().chain(units).collect()
    }

    #[test]
    fn utf32_with_a_bom_is_decoded_not_taken_for_utf16_or_binary() {
        let text = "Перемирие в Газе, 7 octobre — 🕊";
        let le = decode(&utf32(text, true)).unwrap();
        assert_eq!((le.text.as_str(), le.encoding), (text, "UTF-32LE"));
        let be = decode(&utf32(text, false)).unwrap();
        assert_eq!((be.text.as_str(), be.encoding), (text, "UTF-32BE"));
    }

    #[test]
    fn malformed_utf32_units_read_as_replacement_characters() {
        let mut bytes = utf32("ab", true);
        bytes.extend_from_slice(&0xD800u32.to_le_bytes()); // a surrogate
        bytes.extend_from_slice(&0x11_0000u32.to_le_bytes()); // past Unicode
        bytes.extend_from_slice(b"c\0"); // half a unit
        assert_eq!(decode(&bytes).unwrap().text, "ab\u{FFFD}\u{FFFD}\u{FFFD}");
    }

    proptest::proptest! {
        /// Any text without control characters survives UTF-32 either way round.
        #[test]
        fn utf32_round_trips(text in "[^\\p{Cc}]{0,200}", little_endian: bool) {
            let decoded = decode(&utf32(&text, little_endian)).unwrap();
            proptest::prop_assert_eq!(decoded.text, text);
        }
    }

    #[test]
    fn utf16_le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Перемирие".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Перемирие");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_nuls() {
        let text = "Перемирие на Черном море, 19 March 2025: the parties agreed.";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decode(&le).unwrap(),
            Decoded {
                text: text.into(),
                encoding: "UTF-16LE"
            }
        );
        assert_eq!(
            decode(&be).unwrap(),
            Decoded {
                text: text.into(),
                encoding: "UTF-16BE"
            }
        );
        let ascii: Vec<u8> = "goodword"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&ascii).unwrap().text, "goodword");
    }

    #[test]
    fn binary_with_a_utf16_like_nul_pattern_is_still_binary() {
        // NULs in every other byte, but the other bytes are control codes.
        let controls: Vec<u8> = (1u8..9).flat_map(|b| [b, 0]).cycle().take(400).collect();
        assert_eq!(decode(&controls), Err(DecodeError::Binary));
        // Odd length, and NULs in both bytes of pairs.
        assert_eq!(decode(b"a\0b\0c"), Err(DecodeError::Binary));
        assert_eq!(decode(&[0, 0, 7, 0, 0, 9, 1, 0]), Err(DecodeError::Binary));
    }

    #[test]
    fn windows_1251_russian_is_detected() {
        let text = "Владимир Путин и Дональд Трамп договорились о перемирии на Черном море. \
                    Кремль сообщил, что разговор продолжался два с половиной часа.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "windows-1251");
    }

    #[test]
    fn binary_is_rejected() {
        assert_eq!(decode(&[0, 1, 2, 3, 0, 255]), Err(DecodeError::Binary));
        let controls: Vec<u8> = (1u8..9).cycle().take(400).collect();
        assert_eq!(decode(&controls), Err(DecodeError::Binary));
    }
}
