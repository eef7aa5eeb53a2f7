//! The full stop the tagger reads after a line without closing punctuation (issue 17): a
//! headline, a caption, a list item, a result line (`Manchester United 2 Arsenal 1`). The
//! training text ends nearly every sentence with a stop, so the features of a last word that
//! sees the sentence's end instead (the boundary padding as its next word) were learnt from few
//! examples and mislabel names there (`Protests in Paris` read `Paris` as a LANGUAGE, `Beaten up
//! in California` `California` as a FAC). A sentence that is a line of its own and ends with a
//! word or a number ([`open_end`]) is tagged with a virtual `.` token after its last word, for
//! feature extraction only: the stop is a token of its own one-byte text ([`TEXT`], [`TOKEN`]),
//! the sentence's text and tokens are not copied, and the stop's tag is dropped after decoding,
//! so mentions keep the original spans and surfaces. Every other sentence is tagged as before.

use reckon_text::{Span, Token, TokenKind};

/// The virtual full stop's text.
pub(crate) const TEXT: &str = ".";

/// The virtual full stop: the token the segmenter makes of a sentence's closing `.` ([`TEXT`]).
pub(crate) const TOKEN: Token = Token {
    span: Span { start: 0, end: 1 },
    kind: TokenKind::Punct,
};

/// Whether the sentence of tokens `toks` (of `text`) is a line of its own without closing
/// punctuation: its last token ends with a letter or a digit, and nothing but spaces stands
/// between it and a line break or the text's edge on either side. A sentence that shares its
/// line with another is left: there the line is running text, and an unpunctuated end is mostly
/// a page's leftover (`(Photo: …)Buy Photo`), not a headline. Reads the last token's last
/// character and the spaces around the sentence.
pub(crate) fn open_end(text: &str, toks: &[Token]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    let (start, end) = (first.span.start as usize, last.span.end as usize);
    let space = |b: &&u8| matches!(b, b' ' | b'\t' | b'\r');
    let b = text.as_bytes();
    text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && b[end..]
            .iter()
            .find(|b| !space(b))
            .is_none_or(|&b| b == b'\n')
        && b[..start]
            .iter()
            .rev()
            .find(|b| !space(b))
            .is_none_or(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::sentence_infos_light;
    use crate::summary::Scratch;

    /// Whether each sentence of `text` is open at its end.
    fn open(text: &str) -> Vec<bool> {
        let seg = reckon_text::segment(text);
        seg.sentences
            .iter()
            .map(|s| open_end(text, &seg.tokens[s.token_range()]))
            .collect()
    }

    #[test]
    fn open_ends_are_line_final_words_and_numbers() {
        assert_eq!(open("Protests in Paris"), [true]);
        assert_eq!(
            open("Protests in Paris  \r\nPolice said so.\nProtests in São Paulo"),
            [true, false, true]
        );
        assert_eq!(
            open("Manchester United 2 Arsenal 1\n\nArsenal 0"),
            [true, true]
        );
        for closed in [
            "Protests in Paris.",
            "Protests in Paris!",
            "He was born in the U.S.",
            "Protests in Paris (Reuters)",
            "",
        ] {
            assert!(!open(closed).contains(&true), "{closed}");
        }
        // A sentence that shares its line with another is not open.
        assert_eq!(
            open("Police said so. (Photo: Jane Doe/Advertiser)Buy Photo\nBuy Photo"),
            [false, false, true]
        );
        let text = "Protests in Paris. Police said so.";
        let seg = reckon_text::segment(text);
        let first = &seg.tokens[seg.sentences[0].token_range()];
        assert!(!open_end(text, &first[..first.len() - 1]));
    }

    /// The virtual stop is summarised as a real closing stop: a sentence read with it has the
    /// summaries of the same sentence written with its `.`.
    #[test]
    fn the_virtual_stop_is_a_real_one() {
        let mut scratch = Scratch::default();
        let gaz = crate::builtin_gazetteer();
        for s in [
            "Protests in Paris",
            "Beaten up in California",
            "Manchester United 2 Arsenal 1",
            "Fans of the Bank of England in New York",
        ] {
            let stopped = format!("{s}.");
            let seg = reckon_text::segment(&stopped);
            assert_eq!(seg.sentences.len(), 1, "{s}");
            let last = *seg.tokens.last().unwrap();
            assert_eq!((last.text(&stopped), last.kind), (TEXT, TOKEN.kind), "{s}");
            let mut want = Vec::new();
            sentence_infos_light(&mut scratch, gaz, &stopped, &seg.tokens, false, &mut want);
            let seg = reckon_text::segment(s);
            let mut got = Vec::new();
            sentence_infos_light(&mut scratch, gaz, s, &seg.tokens, false, &mut got);
            got.push(scratch.light(TEXT, TOKEN));
            // `TokenInfo` has no `PartialEq`: compared field by field through `Debug`.
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "{s}");
        }
    }
}
