//! Which extractor reads a page. dom_smoothie (a Readability port) is several times faster
//! than rs-trafilatura; with image captions taken out of the page first (`crate::scan`) it also
//! scores higher on the benchmark (see the README). [`Extractor::Auto`] runs it first and hands
//! the page to rs-trafilatura only when it finds nothing ([`fast_output_suspect`]: no article,
//! or one without words).

use crate::prescan::Words;

/// The article-body extractor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Extractor {
    /// dom_smoothie first, rs-trafilatura where dom_smoothie finds no article (or one without
    /// words).
    #[default]
    Auto,
    /// rs-trafilatura only (the slowest).
    Trafilatura,
    /// dom_smoothie only (no second opinion).
    Readability,
}

/// What the choice between extractors looks at: word counts of the whole page (from the
/// byte-level pass before parsing) and of dom_smoothie's article (`serialized_words` of its HTML).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Signals {
    /// The page's visible text.
    pub page: Words,
    /// dom_smoothie's article.
    pub fast: Words,
}

/// True when dom_smoothie's article has no words, and rs-trafilatura should read the page.
/// A stricter rule (fewer than 50 words, or more than half of them in links) sent 4 of the
/// 181 benchmark pages to rs-trafilatura instead of 2, for F1 +0.0003 on the tuning half and
/// nothing on the held-out half, at about 5% of the time (see the README); it was dropped
/// for speed.
pub(crate) fn fast_output_suspect(s: &Signals) -> bool {
    s.fast.all == 0
}

/// Word counts of HTML as html5ever serializes it (dom_smoothie's article): text outside
/// tags, split on whitespace; inside `<a>` and `<p>` counted apart. A byte scan is enough
/// because serialized HTML escapes `<` in text and holds no script (the page scan does the
/// real tokenizing).
pub(crate) fn serialized_words(html: &str) -> Words {
    let mut words = Words::default();
    let (mut in_a, mut in_p, mut p_seen) = (0usize, false, false);
    let mut rest = html;
    while !rest.is_empty() {
        let (text, tag) = match rest.find('<') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let n = text.split_ascii_whitespace().count();
        words.all += n;
        if in_a > 0 {
            words.in_a += n;
        }
        if in_p {
            words.in_p += n;
            if n > 0 && !p_seen {
                p_seen = true;
                words.paragraphs += 1;
            }
        }
        if tag.is_empty() {
            break;
        }
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        let name = tag_name(&tag[1..end]);
        match name {
            "a" => in_a += 1,
            "/a" => in_a = in_a.saturating_sub(1),
            "p" => (in_p, p_seen) = (true, false),
            "/p" => in_p = false,
            _ => {}
        }
        rest = &tag[end..];
    }
    words
}

/// The tag's name with a leading `/` for an end tag (`a`, `/p`), lower case as serialized.
fn tag_name(inner: &str) -> &str {
    let end = inner
        .char_indices()
        .skip(1)
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(inner.len(), |(i, _)| i);
    &inner[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialized_words_counts_links_and_paragraphs() {
        // "." after the link is a run of non-whitespace: a word, as in the page scan.
        let w = serialized_words(
            r#"<div><p>One two <a href="x">three four</a>.</p><p> </p><ul><li><a>five</a></li></ul>six</div>"#,
        );
        assert_eq!(
            w,
            Words {
                all: 7,
                in_p: 5,
                in_a: 3,
                paragraphs: 1
            }
        );
    }

    #[test]
    fn only_an_empty_article_is_suspect() {
        let fast = |all, in_a| Signals {
            fast: Words {
                all,
                in_a,
                ..Words::default()
            },
            ..Signals::default()
        };
        assert!(!fast_output_suspect(&fast(400, 300)));
        assert!(!fast_output_suspect(&fast(30, 0)));
        assert!(fast_output_suspect(&fast(0, 0)));
    }
}
