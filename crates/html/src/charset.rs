//! Page bytes to UTF-8: a byte-order mark, then the charset the HTTP header declares, then the
//! `<meta charset>` of the page's first 1024 bytes, then detection (chardetng); a declaration
//! the bytes contradict is overruled by detection, and the page says so.

use encoding_rs::{Encoding, UTF_8};

/// Where the encoding of a page was learnt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The `charset` parameter of the HTTP `Content-Type` header.
    Http,
    /// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes.
    Meta,
    /// No usable declaration (none, unknown, or contradicted by the bytes): detected.
    Detected,
}

impl CharsetSource {
    /// The name used in output records (`bom`, `http`, `meta`, `detected`).
    pub fn as_str(self) -> &'static str {
        match self {
            CharsetSource::Bom => "bom",
            CharsetSource::Http => "http",
            CharsetSource::Meta => "meta",
            CharsetSource::Detected => "detected",
        }
    }
}

/// A decoded page.
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub source: CharsetSource,
    /// The declared charset the bytes contradicted, when one was overruled.
    pub overruled: Option<String>,
}

/// The `charset` parameter of a `Content-Type` value (`text/html; charset="utf-8"`).
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).trim())
    })
}

/// The charset a `<meta>` tag in the first 1024 bytes declares (the HTML prescan, simplified:
/// `charset=` inside a `<meta` tag).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset=") {
            let value = &tag[c + 8..];
            let value = value
                .iter()
                .position(|b| !matches!(b, b'"' | b'\'' | b' '))
                .map_or(&[][..], |s| &value[s..]);
            let len = value
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                .unwrap_or(value.len());
            if let Some(enc) = Encoding::for_label(&value[..len]) {
                return Some(enc);
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A declaration names what the page may claim; UTF-16 and "x-user-defined" in a `<meta>` are
/// read as UTF-8 / windows-1252 as browsers do.
fn for_meta(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else {
        enc
    }
}

/// Decodes the page. `declared` is the HTTP header's charset label, if any.
pub(crate) fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc,
            source: CharsetSource::Bom,
            overruled: None,
        };
    }
    let http = declared.and_then(|l| Encoding::for_label(l.as_bytes()).map(for_meta));
    let claim = match http {
        Some(enc) => Some((enc, CharsetSource::Http)),
        None => meta_charset(bytes).map(|e| (for_meta(e), CharsetSource::Meta)),
    };
    // Validated once: most pages are UTF-8, and a validated copy needs no decoding.
    let utf8 = std::str::from_utf8(bytes).ok();
    let mut overruled = None;
    if let Some((enc, source)) = claim {
        if let (true, Some(text)) = (enc == UTF_8, utf8) {
            return Decoded {
                text: text.to_owned(),
                encoding: enc,
                source,
                overruled: None,
            };
        }
        // Declared UTF-8 over invalid bytes; or a single-byte charset (latin-1 and kin) over
        // valid UTF-8 with a multi-byte sequence, where every such byte pair would be mojibake.
        let contradicted =
            enc == UTF_8 || (enc.is_single_byte() && utf8.is_some_and(|t| !t.is_ascii()));
        if !contradicted {
            if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
                return Decoded {
                    text: text.into_owned(),
                    encoding: enc,
                    source,
                    overruled: None,
                };
            }
        }
        overruled = Some(enc.name().to_owned());
    }
    if let Some(text) = utf8 {
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            source: CharsetSource::Detected,
            overruled,
        };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding,
        source: CharsetSource::Detected,
        overruled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_header_wins_over_meta() {
        let d = decode(b"<meta charset=utf-8>caf\xE9", Some("iso-8859-1"));
        assert_eq!(
            (d.text.ends_with("café"), d.source),
            (true, CharsetSource::Http)
        );
        assert_eq!(d.encoding.name(), "windows-1252");
    }

    #[test]
    fn meta_charset_is_read_from_the_head() {
        let d = decode(b"<html><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcf\xf0\xe8", None);
        assert_eq!(
            (d.text.ends_with("При"), d.source),
            (true, CharsetSource::Meta)
        );
    }

    #[test]
    fn wrong_declared_charset_is_overruled_by_detection() {
        // Declared UTF-8, really windows-1252.
        let d = decode(b"<p>The caf\xE9 said \x93no\x94.</p>", Some("utf-8"));
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.overruled.as_deref(), Some("UTF-8"));
        assert!(d.text.contains("café said “no”"));
        // Declared latin-1, really UTF-8.
        let d = decode("<p>café</p>".as_bytes(), Some("latin1"));
        assert_eq!((d.text.as_str(), d.encoding), ("<p>café</p>", UTF_8));
        assert_eq!(d.overruled.as_deref(), Some("windows-1252"));
    }

    #[test]
    fn charset_param_reads_quoted_values() {
        assert_eq!(charset_param("text/html; Charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
