//! The page made ready for the parser in one byte-level pass. Paragraph breaks the extractor
//! cannot lose: a newline is put before every block-level tag (`<p>`, `</p>`, `<div>`, `<h1>`,
//! `<li>`, `<br>`...). Whitespace between blocks does not change how a page renders, but the
//! extractor keeps it as it finds it, so `</p><p>` with nothing between would run two
//! sentences together ("said.It"). And what is never article text is cut out before the
//! parser sees it: comments, `<script>` (but JSON-LD), `<style>`, `<svg>`, `<noscript>`,
//! `<template>` (on news pages often most of the bytes), navigation, footers, asides and the
//! site's header with all they hold, `<link>` tags, and the attributes of start tags that no
//! extractor here reads.

use crate::prescan::{Prescan, State, TagName, find, is_raw_text, raw_end, tag_end};

/// Block-level tag names (lower case) that get a newline before them.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "figure"
            | "figcaption"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "br"
            | "hr"
            | "main"
    )
}

/// True if the attributes of a `<script>` tag name JSON-LD (`type="application/ld+json"`).
fn is_json_ld(attrs: &[u8]) -> bool {
    attrs
        .windows(b"ld+json".len())
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// The page made ready for parsing, in one pass: comments taken out, and `<script>` (but
/// JSON-LD: the date and the extractor's metadata read it), `<style>`, `<svg>`, `<noscript>`
/// and `<template>` with their content (never article text, often most of a news page's
/// bytes; the parser's and the extractor's cost grow with nodes); raw-text elements
/// (`<title>`, `<textarea>`...) copied as they are, and a newline put before every
/// block-level tag (none inside raw-text elements). The same pass measures what the parser
/// will see: the deepest nesting and the visible words ([`Prescan`]).
pub(crate) fn break_blocks(html: &str) -> (String, Prescan) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + html.len() / 32);
    let mut st = State::default();
    // `html[last..]` is copied to `out` when the next cut or newline comes; `html[text..]`
    // is the visible text not yet counted.
    let mut last = 0;
    let mut text = 0;
    let mut at = 0;
    // Open `<pre>` elements, whose whitespace is kept as it is.
    let mut pre = 0usize;
    let mut may_drop = true;
    // Open `<article>` and `<main>` elements: a `<header>` outside them is the site's.
    let mut article = 0usize;
    while let Some(lt) = find(html, at, "<") {
        let rest = &b[lt + 1..];
        at = lt + 1;
        if rest.starts_with(b"!--") {
            st.text(&html[text..lt]);
            out.push_str(&html[last..lt]);
            at = comment_end(html, lt + 4);
            (last, text) = (at, at);
            continue;
        }
        if rest.first().is_some_and(|&c| c == b'!' || c == b'?') {
            // A declaration (`<!DOCTYPE html>`) or a bogus comment: kept, not text.
            st.text(&html[text..lt]);
            at = find(html, lt + 1, ">").map_or(b.len(), |e| e + 1);
            text = at;
            continue;
        }
        let end_tag = rest.first() == Some(&b'/');
        let name_at = lt + 1 + usize::from(end_tag);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        st.text(&html[text..lt]);
        if pre == 0 {
            squeeze(html, text, lt, &mut out, &mut last);
        }
        let tag = TagName::read(b, name_at);
        let (name, name_len) = (tag.as_str(), tag.len);
        let (close, self_closing) = tag_end(b, name_at + name_len);
        (at, text) = (close, close);
        if !end_tag && name == "link" {
            // Never text, and no extractor here reads it; often dozens in a `<head>`.
            out.push_str(&html[last..lt]);
            last = close;
            continue;
        }
        if matches!(name, "article" | "main") {
            article = if end_tag {
                article.saturating_sub(1)
            } else {
                article + 1
            };
        }
        if !end_tag && may_drop && (is_dropped(name) || (name == "header" && article == 0)) {
            if let Some(end) = element_end(html, close, name) {
                out.push_str(&html[last..lt]);
                out.push('\n');
                (at, last, text) = (end, end, end);
                continue;
            }
            // Unclosed: kept, as the parser keeps its content; and no later one is looked
            // for, so a page of unclosed `<nav>` tags costs one extra scan, not one each.
            may_drop = false;
        }
        if !end_tag
            && matches!(name, "script" | "style" | "svg" | "noscript" | "template")
            && !(name == "script" && is_json_ld(&b[name_at + name_len..close]))
        {
            out.push_str(&html[last..lt]);
            if !(self_closing && name == "svg") {
                let end = raw_end(html, close, name);
                at = if end < b.len() {
                    tag_end(b, end + 2 + name.len()).0
                } else if name == "svg" {
                    // An unclosed `<svg>`: the parser lets HTML tags (`<p>`, `<div>`...)
                    // break out of it, so the rest of the page is kept.
                    close
                } else {
                    end
                };
            }
            (last, text) = (at, at);
            continue;
        }
        if is_block(name) {
            out.push_str(&html[last..lt]);
            out.push('\n');
            last = lt;
        }
        if name == "pre" {
            pre = if end_tag {
                pre.saturating_sub(1)
            } else {
                pre + 1
            };
        }
        if end_tag {
            st.end(name);
            continue;
        }
        st.start(name, self_closing);
        cut_attributes(html, name_at + name_len, close, &mut out, &mut last);
        // Inside `<svg>` and `<math>` a `<title>` (even a `<script>`) holds markup, which
        // the depth must see.
        if st.foreign == 0 && is_raw_text(name) {
            // Skipped to its end tag, which is then read as one, closing the element.
            at = raw_end(html, close, name);
            text = at;
        }
    }
    st.text(&html[text..]);
    if pre == 0 {
        squeeze(html, text, html.len(), &mut out, &mut last);
    }
    out.push_str(&html[last..]);
    (out, st.out)
}

/// Block elements dropped with all they hold before parsing: navigation menus, page
/// footers and asides are never the article body (Readability cleans `<footer>` and
/// `<aside>` out of the article it picks anyway), and on news pages they hold a tenth of the
/// markup the parser would otherwise build into nodes.
fn is_dropped(name: &str) -> bool {
    matches!(name, "nav" | "footer" | "aside")
}

/// Just past the end tag that closes the element `name` whose start tag ends at `at`, counting
/// nested elements of the same name and skipping comments and raw text; `None` if it is never
/// closed.
fn element_end(html: &str, mut at: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    let mut open = 1usize;
    while let Some(lt) = find(html, at, "<") {
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            at = comment_end(html, lt + 4);
            continue;
        }
        let end_tag = rest.first() == Some(&b'/');
        let name_at = lt + 1 + usize::from(end_tag);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            at = lt + 1;
            continue;
        }
        let tag = TagName::read(b, name_at);
        let close = tag_end(b, name_at + tag.len).0;
        at = close;
        match (tag.as_str(), end_tag) {
            (n, true) if n == name => {
                open -= 1;
                if open == 0 {
                    return Some(close);
                }
            }
            (n, false) if n == name => open += 1,
            (n, false) if is_raw_text(n) => at = raw_end(html, close, n),
            _ => {}
        }
    }
    None
}

/// Cuts the spaces, tabs and carriage returns of every whitespace run of the text
/// `html[from..to]` that holds a newline, and more than two newlines: one newline is kept,
/// or two for a blank line. Indentation between tags is often a tenth of a page's bytes, and
/// every byte of it passes through the tokenizer and dom_smoothie's character counts; the
/// text the crate returns is the same, as its lines are trimmed and runs of blank lines made
/// one (`tidy`). `html[*last..]` is what remains to be copied to `out`.
fn squeeze(html: &str, from: usize, to: usize, out: &mut String, last: &mut usize) {
    let b = html.as_bytes();
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let mut i = from;
    while let Some(nl) = memchr::memchr(b'\n', &b[i..to]) {
        let mut start = i + nl;
        while start > i && space(b[start - 1]) {
            start -= 1;
        }
        let mut end = i + nl + 1;
        let mut newlines = 1;
        while end < to && space(b[end]) {
            newlines += usize::from(b[end] == b'\n');
            end += 1;
        }
        let keep = if newlines > 1 { "\n\n" } else { "\n" };
        if end - start > keep.len() {
            out.push_str(&html[*last..start]);
            out.push_str(keep);
            *last = end;
        }
        i = end;
    }
}

/// True for attributes that nothing here reads: all but those [`is_read`] names, such as
/// `data-*` (often a tenth of a page's bytes), event handlers (`on*`), `title`, `target`,
/// `width`, `tabindex` and `aria-*` but `aria-hidden` and `aria-modal`. The parser allocates
/// every attribute it keeps.
fn never_read(name: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return true;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    !std::str::from_utf8(lower).is_ok_and(is_read)
}

/// Attributes that dom_smoothie (scoring, visibility, images, tables, bylines, metadata),
/// rs-trafilatura (on the pages it reads) or this crate's own walk (`crate::scan`) look at.
fn is_read(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "href"
            | "src"
            | "srcset"
            | "sizes"
            | "alt"
            | "style"
            | "hidden"
            | "aria-hidden"
            | "aria-modal"
            | "role"
            | "rel"
            | "itemprop"
            | "itemtype"
            | "itemscope"
            | "lang"
            | "dir"
            | "colspan"
            | "rowspan"
            | "summary"
            | "datatable"
            | "type"
            | "property"
            | "name"
            | "content"
            | "http-equiv"
            | "charset"
            | "datetime"
            | "pubdate"
            | "loading"
    )
}

/// Cuts the [`never_read`] attributes of the start tag whose attributes run from `i` to
/// `close` (just past its `>`): `html[*last..]` is what remains to be copied to `out`. Stops,
/// leaving the rest as it is, at anything it does not read plainly (an unclosed quote).
fn cut_attributes(html: &str, mut i: usize, close: usize, out: &mut String, last: &mut usize) {
    let b = &html.as_bytes()[..close];
    let skip_space = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return;
        }
        let start = i;
        while i < b.len() && !matches!(b[i], b'=' | b'>' | b'/') && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let name_end = i;
        let j = skip_space(i);
        if j < b.len() && b[j] == b'=' {
            let mut v = skip_space(j + 1);
            match b.get(v) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let Some(e) = b[v + 1..].iter().position(|&c| c == q) else {
                        return;
                    };
                    v += e + 2;
                }
                _ => {
                    while v < b.len() && !b[v].is_ascii_whitespace() && b[v] != b'>' {
                        v += 1;
                    }
                }
            }
            i = v;
        }
        if never_read(&b[start..name_end]) {
            out.push_str(&html[*last..start]);
            *last = i;
        }
    }
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`): `-->`, or the
/// `>` of `<!-->` and `<!--->`, which close at once; the end of the text if none.
fn comment_end(html: &str, from: usize) -> usize {
    let b = html.as_bytes();
    match b.get(from..) {
        Some([b'>', ..]) => from + 1,
        Some([b'-', b'>', ..]) => from + 2,
        _ => find(html, from, "-->").map_or(b.len(), |e| e + 3),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prescan::Words;

    fn text_of(html: &str) -> String {
        break_blocks(html).0
    }

    fn prescan(html: &str) -> Prescan {
        break_blocks(html).1
    }

    #[test]
    fn newline_before_block_tags_only() {
        assert_eq!(
            text_of("<h1>Dam</h1><p>It <b>opened</b>.</p><P>Then<br/>more</p><pre>x"),
            "\n<h1>Dam\n</h1>\n<p>It <b>opened</b>.\n</p>\n<P>Then\n<br/>more\n</p>\n<pre>x"
        );
    }

    #[test]
    fn whitespace_runs_with_newlines_are_squeezed_but_in_pre() {
        assert_eq!(
            text_of("<div>\n    <p>a  b\r\n   c</p>\n\n\n  \t<p>d</p>  </div>"),
            "\n<div>\n\n<p>a  b\nc\n</p>\n\n\n<p>d\n</p>  \n</div>"
        );
        assert_eq!(
            text_of("<pre>  a\n    b\n</pre>\n  x"),
            "\n<pre>  a\n    b\n\n</pre>\nx"
        );
    }

    #[test]
    fn json_ld_is_kept_scripts_styles_and_comments_dropped() {
        let html = r#"<script type="application/ld+json">{"articleBody":"<p>A</p><p>B</p>"}</script><STYLE>p{}</STYLE><script>var p = '<p>';</SCRIPT ><!-- <p> -->x<p>C"#;
        assert_eq!(
            text_of(html),
            r#"<script type="application/ld+json">{"articleBody":"<p>A</p><p>B</p>"}</script>x
<p>C"#
        );
    }

    #[test]
    fn svg_noscript_template_dropped_raw_text_kept() {
        let html = r#"<title>a <p> b</title><svg><title>icon</title><path/></svg><svg/>y<noscript><img src=a></noscript><template><p>t</template><textarea><script></textarea>z"#;
        assert_eq!(
            text_of(html),
            "<title>a <p> b</title>y<textarea><script></textarea>z"
        );
    }

    #[test]
    fn nav_footer_aside_and_site_header_dropped_when_closed() {
        assert_eq!(
            text_of(
                "<header>Site</header><nav><nav>a</nav><script>'</nav>'</script>b</nav>x<link rel=x><article><header><h1>T</h1></header><aside>r</aside>y</article><footer>c</footer>"
            ),
            "\n\nx\n<article>\n<header>\n<h1>T\n</h1>\n</header>\ny\n</article>\n"
        );
        // An unclosed one is kept, as the parser keeps its content, and so is every later one.
        assert_eq!(
            text_of("<nav>a<aside>b</aside>c"),
            "<nav>a\n<aside>b\n</aside>c"
        );
    }

    #[test]
    fn data_and_event_attributes_are_cut() {
        assert_eq!(
            text_of(r#"<a href="/x" data-id='1 > 2' onclick="go()" DATA-X=y class=c data-z>t</a>"#),
            r#"<a href="/x"    class=c >t</a>"#
        );
        assert_eq!(text_of(r#"<b data-x="open>t"#), r#"<b data-x="open>t"#);
        // Only what an extractor reads is kept.
        assert_eq!(
            text_of(r#"<a href="/x" title="t" target=_blank aria-label=x aria-hidden=true>"#),
            r#"<a href="/x"    aria-hidden=true>"#
        );
    }

    #[test]
    fn unclosed_comment_or_script_ends_the_page() {
        assert_eq!(text_of("a<!-- b"), "a");
        assert_eq!(text_of("a<script>b<p>"), "a");
        assert_eq!(text_of("a<!-->b<!--->c"), "abc");
        assert_eq!(text_of("a<svg><path/>b<p>c"), "a<path/>b\n<p>c");
        assert_eq!(
            text_of("a<div class='<script>'>b"),
            "a\n<div class='<script>'>b"
        );
    }

    #[test]
    fn depth_skips_void_elements_comments_and_raw_text() {
        let html = r#"<!DOCTYPE html><html><head><title>a <div> b</title>
            <script>var s = '<div><div><div>';</script><style>p > a {}</style></head>
            <body><!-- <div><div> --><div class="x><div><div>"><div><img src=a.png><br/><p>x</div></div>
            <textarea><section></textarea></body></html>"#;
        assert_eq!(prescan(html).max_depth, 2);
    }

    #[test]
    fn words_outside_hidden_elements_counted_by_kind() {
        let html = "<title>Not counted</title><p>One <a href=\"/x\">two three</a></p>\
                    <P>four</P><noscript>hidden words</noscript><a>five</a> 6 < 7";
        assert_eq!(
            prescan(html).words,
            Words {
                all: 8,
                in_p: 4,
                in_a: 3,
                paragraphs: 2
            }
        );
    }

    #[test]
    fn math_title_hides_no_markup_from_the_depth() {
        // In MathML a <title> holds markup; a <div> breaks out of it and nests for real.
        let html = format!("<math><title>{}</title></math>", "<div>".repeat(2000));
        assert!(prescan(&html).max_depth > 2000);
        assert_eq!(
            prescan("<math><title>a</title></math><title><div></title>").max_depth,
            2
        );
        // An <svg> is cut with all it holds: the parser never sees it.
        let html = format!("<svg><title>{}</title></svg>", "<div>".repeat(2000));
        assert_eq!(prescan(&html).max_depth, 0);
    }

    #[test]
    fn self_closing_nests_outside_foreign_content() {
        // The parser ignores `/>` on a `<div>`: it opens one.
        assert_eq!(prescan(&"<div/>".repeat(50)).max_depth, 50);
        assert_eq!(prescan("<math><mi/><mi/></math><br/><img/>").max_depth, 1);
    }

    #[test]
    fn unclosed_tag_and_unclosed_script_end_the_pass() {
        assert_eq!(prescan("<div><div class=\"x").max_depth, 2);
        // The unclosed script is cut to the end of the page: the parser never sees it.
        assert_eq!(prescan("<div><script><div><div>").max_depth, 1);
        assert_eq!(prescan("<div><!-- <div>").max_depth, 1);
    }
}
