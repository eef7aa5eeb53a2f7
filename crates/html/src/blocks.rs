//! Paragraph breaks the extractor cannot lose: a newline is put before every block-level tag
//! (`<p>`, `</p>`, `<div>`, `<h1>`, `<li>`, `<br>`...) of the page before extraction. Whitespace
//! between blocks does not change how a page renders, but the extractor keeps it as it finds
//! it, so `</p><p>` with nothing between would run two sentences together ("said.It").

/// Block-level tag names (lower case) that get a newline before them.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "main",
];

/// True if `rest` (just after a `<`) opens or closes a block-level tag.
fn is_block_tag(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let len = rest
        .iter()
        .take(11)
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len().min(11));
    if len == 0 || len > 10 {
        return false;
    }
    let name = rest[..len].to_ascii_lowercase();
    BLOCKS.iter().any(|b| b.as_bytes() == name.as_slice())
}

/// The page with a newline before every block-level tag.
pub(crate) fn break_blocks(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + html.len() / 32);
    let mut last = 0;
    for (i, _) in html.match_indices('<') {
        if is_block_tag(&bytes[i + 1..]) {
            out.push_str(&html[last..i]);
            out.push('\n');
            last = i;
        }
    }
    out.push_str(&html[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_before_block_tags_only() {
        assert_eq!(
            break_blocks("<h1>Dam</h1><p>It <b>opened</b>.</p><P>Then<br/>more</p><pre>x"),
            "\n<h1>Dam\n</h1>\n<p>It <b>opened</b>.\n</p>\n<P>Then\n<br/>more\n</p>\n<pre>x"
        );
    }
}
