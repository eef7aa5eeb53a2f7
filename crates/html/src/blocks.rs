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
    let name = &rest[..len];
    BLOCKS
        .iter()
        .any(|b| b.len() == len && b.as_bytes().eq_ignore_ascii_case(name))
}

/// Elements whose content is left as it is: a newline inside a JSON-LD string would make it
/// invalid JSON, and the content is not text anyway.
const KEEP: &[&str] = &["script", "style"];

/// The element name in `KEEP` that `rest` (just after a `<`) opens, if any.
fn opens_kept(rest: &[u8]) -> Option<&'static str> {
    KEEP.iter().copied().find(|k| {
        rest.len() > k.len()
            && rest[..k.len()].eq_ignore_ascii_case(k.as_bytes())
            && (rest[k.len()].is_ascii_whitespace() || rest[k.len()] == b'>')
    })
}

/// The page with a newline before every block-level tag (none inside `<script>`, `<style>`).
pub(crate) fn break_blocks(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + html.len() / 32);
    let mut last = 0;
    let mut at = 0;
    while let Some(i) = html[at..].find('<').map(|i| at + i) {
        let rest = &bytes[i + 1..];
        at = i + 1;
        if let Some(kept) = opens_kept(rest) {
            at = crate::prescan::raw_end(html, at, kept).max(at);
        } else if is_block_tag(rest) {
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

    #[test]
    fn json_ld_and_styles_are_left_alone() {
        let html = r#"<script type="application/ld+json">{"articleBody":"<p>A</p><p>B</p>"}</script><STYLE>p{}</STYLE><p>C"#;
        assert_eq!(
            break_blocks(html),
            r#"<script type="application/ld+json">{"articleBody":"<p>A</p><p>B</p>"}</script><STYLE>p{}</STYLE>
<p>C"#
        );
    }
}
