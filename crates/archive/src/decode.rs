//! Bytes to text: UTF-8 when it is, a detected single-byte legacy encoding when it clearly is, an error otherwise.

/// The text, and the name of the legacy encoding it was decoded from (None for UTF-8).
pub(crate) type Decoded = (String, Option<&'static str>);

/// Decodes `bytes` to a `String`.
///
/// - Valid UTF-8 (a leading BOM is dropped) is taken as is.
/// - Bytes with no valid multi-byte UTF-8 sequence at all are a single-byte legacy encoding
///   (Windows-1252, Latin-1...): detected with `chardetng` and decoded with `encoding_rs`.
/// - Otherwise (valid UTF-8 mixed with invalid bytes) the data is corrupt: `Err(offset)` of the
///   first invalid byte.
pub(crate) fn decode(mut bytes: Vec<u8>) -> Result<Decoded, usize> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            if has_multibyte_utf8(&bytes) {
                return Err(offset);
            }
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&bytes, true);
            let (mut encoding, confident) = detector.guess_assess(None, false);
            if encoding == encoding_rs::UTF_8
                || !confident
                || (encoding != encoding_rs::WINDOWS_1252 && reads_as_western(&bytes))
            {
                encoding = encoding_rs::WINDOWS_1252;
            }
            let (text, actual, _had_errors) = encoding.decode(&bytes);
            Ok((text.into_owned(), Some(actual.name())))
        }
    }
}

/// Most non-ASCII bytes a text may hold for [`reads_as_western`] to overrule the detector: on
/// a few accented letters its statistics are guesswork (a short Latin-1 text came out as
/// ISO-8859-2), on longer texts they are better than this rule.
const SHORT_TEXT_NON_ASCII: usize = 32;

/// True for a short text whose every non-ASCII byte is, in Windows-1252, a Western European
/// letter (`À`..`ÿ` but `×` and `÷`) or typographic punctuation (quotes, dashes, `€`, `…`,
/// `«»`, `°`): the most likely reading of a few accented letters. Texts in a Central European
/// encoding show bytes that are symbols in Windows-1252 (`Łódź` reads `£ód¼`) and keep the
/// detector's guess.
fn reads_as_western(bytes: &[u8]) -> bool {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    if non_ascii > SHORT_TEXT_NON_ASCII {
        return false;
    }
    let (text, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    !had_errors
        && text.chars().filter(|c| !c.is_ascii()).all(|c| {
            (('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷')
                || "‘’“”–—€…«»°".contains(c)
        })
}

/// True if `bytes` holds at least one well-formed multi-byte UTF-8 sequence.
fn has_multibyte_utf8(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => {
                i += 1;
                continue;
            }
        };
        if i + len <= bytes.len() && std::str::from_utf8(&bytes[i..i + len]).is_ok() {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_and_bom_is_dropped() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFcaf\xC3\xA9".to_vec()),
            Ok(("café".to_owned(), None))
        );
    }

    #[test]
    fn windows_1252_is_decoded_and_named() {
        let (text, enc) = decode(b"The caf\xE9 said \x93no\x94 to \x80 5m".to_vec()).unwrap();
        assert_eq!(text, "The café said “no” to € 5m");
        assert_eq!(enc, Some("windows-1252"));
    }

    #[test]
    fn short_latin1_text_is_read_as_western_not_central_european() {
        for bytes in [
            &b"Se\xF1or M\xFCller"[..],
            b"Caf\xE9 r\xE9sum\xE9",
            b"Fran\xE7ois",
            b"\xC9tienne a dit",
            b"Gr\xFC\xDFe aus K\xF6ln",
        ] {
            let (_, enc) = decode(bytes.to_vec()).unwrap();
            assert_eq!(enc, Some("windows-1252"), "{bytes:?}");
        }
        // A Central European text keeps the detector's reading.
        assert!(!reads_as_western(b"\xA3\xF3d\xBC"));
    }

    #[test]
    fn utf8_mixed_with_garbage_is_corrupt() {
        assert_eq!(decode(b"caf\xC3\xA9 and \xFF here".to_vec()), Err(10));
    }
}
