//! Turning a file's bytes into text: BOMs, UTF-8, and legacy 8-bit encodings.

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

/// Decodes `bytes`: a BOM wins; then valid UTF-8; else the legacy encoding that
/// `chardetng` finds most likely (e.g. Windows-1251 for Russian).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return checked(text.into_owned(), encoding.name());
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
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
