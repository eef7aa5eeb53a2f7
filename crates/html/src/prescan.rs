//! What the byte-level pass (`crate::blocks::break_blocks`) learns before any tree is built,
//! and the tag reading it rests on: the deepest element nesting of what the parser will see
//! (so a page nested 100,000 deep is refused before html5ever's tree builder, whose scope
//! checks walk the stack of open elements, spends quadratic time on it) and how many words
//! the page shows. The pass is not a full HTML tokenizer: it knows tags with quoted
//! attributes, comments, `<!...>` and `<?...>` declarations, and the raw-text elements
//! (`<script>`, `<style>`, `<title>`...) whose content is not markup. That is all nesting and
//! word counts need, at a fraction of the cost of a second html5ever pass.

/// What the pass found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Prescan {
    /// The deepest nesting of elements that need an end tag.
    pub max_depth: usize,
    /// The page's visible words.
    pub words: Words,
}

/// Words of visible text (outside `<script>`, `<style>`, `<title>` and kin), counted as runs
/// of non-whitespace between tags (a word split by an inline tag counts twice).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Words {
    /// All visible words.
    pub all: usize,
    /// Words inside a `<p>` element.
    pub in_p: usize,
    /// Words inside a link (`<a>`).
    pub in_a: usize,
    /// `<p>` elements that hold at least one word.
    pub paragraphs: usize,
}

/// Elements whose text is not shown (besides the raw-text ones).
const HIDDEN: &[&str] = &["template", "noscript", "select"];

/// Longest tag name looked at; longer names are kept but compared truncated.
const NAME_MAX: usize = 16;

/// A tag's name as the byte passes compare it: lower-cased, truncated to [`NAME_MAX`] bytes.
pub(crate) struct TagName {
    buf: [u8; NAME_MAX],
    kept: usize,
    /// The name's length in the page (up to whitespace, `/` or `>`), untruncated.
    pub(crate) len: usize,
}

impl TagName {
    /// Reads the name starting at `at` (just after `<` or `</`).
    pub(crate) fn read(b: &[u8], at: usize) -> TagName {
        let len = b[at..]
            .iter()
            .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
            .unwrap_or(b.len() - at);
        let mut buf = [0u8; NAME_MAX];
        let kept = len.min(NAME_MAX);
        buf[..kept].copy_from_slice(&b[at..at + kept]);
        buf[..kept].make_ascii_lowercase();
        TagName { buf, kept, len }
    }

    /// The lower-cased (truncated) name; empty if the bytes kept are not UTF-8.
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.kept]).unwrap_or("")
    }
}

/// The pass state: open elements, links and the current paragraph.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) out: Prescan,
    depth: usize,
    in_a: usize,
    hidden: usize,
    /// Inside a `<p>`, and whether it has had a word yet.
    in_p: Option<bool>,
    /// Open `<svg>` and `<math>` elements: inside them `<title>`, `<style>` and even
    /// `<script>` hold markup, not raw text, so nothing is skipped there.
    pub(crate) foreign: usize,
}

impl State {
    /// Counts the words of text outside tags.
    pub(crate) fn text(&mut self, text: &str) {
        if self.hidden > 0 {
            return;
        }
        let n = count_words(text.as_bytes());
        if n == 0 {
            return;
        }
        let w = &mut self.out.words;
        w.all += n;
        if self.in_a > 0 {
            w.in_a += n;
        }
        if let Some(seen) = &mut self.in_p {
            w.in_p += n;
            if !*seen {
                *seen = true;
                w.paragraphs += 1;
            }
        }
    }

    /// A start tag. Outside `<svg>` and `<math>` the parser ignores `/>` on an element that
    /// needs an end tag (`<div/>` opens a `<div>`), so only foreign content takes it as closed.
    pub(crate) fn start(&mut self, name: &str, self_closing: bool) {
        let self_closing = self_closing && (self.foreign > 0 || matches!(name, "svg" | "math"));
        if !self_closing && !not_nesting(name) {
            self.depth += 1;
            self.out.max_depth = self.out.max_depth.max(self.depth);
        }
        match name {
            "a" if !self_closing => self.in_a += 1,
            "svg" | "math" if !self_closing => self.foreign += 1,
            "p" => self.in_p = Some(false),
            _ if !self_closing && HIDDEN.contains(&name) => self.hidden += 1,
            _ => {}
        }
    }

    /// An end tag.
    pub(crate) fn end(&mut self, name: &str) {
        if !not_nesting(name) {
            self.depth = self.depth.saturating_sub(1);
        }
        match name {
            "a" => self.in_a = self.in_a.saturating_sub(1),
            "svg" | "math" => self.foreign = self.foreign.saturating_sub(1),
            "p" => self.in_p = None,
            _ if HIDDEN.contains(&name) => self.hidden = self.hidden.saturating_sub(1),
            _ => {}
        }
    }
}

/// Where the tag whose attributes start at `at` ends (just past its `>`), and whether it was
/// written self-closing (`/>`). Quoted attribute values may hold `>`.
pub(crate) fn tag_end(b: &[u8], mut at: usize) -> (usize, bool) {
    let mut quote = None;
    let mut prev = 0u8;
    while at < b.len() {
        let c = b[at];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if (c == b'"' || c == b'\'') && prev == b'=' => quote = Some(c),
            None if c == b'>' => return (at + 1, prev == b'/'),
            None => {}
        }
        if !c.is_ascii_whitespace() || quote.is_some() {
            prev = c;
        }
        at += 1;
    }
    (b.len(), false)
}

/// The start of the end tag `</name` (any case) at or after `from`, or the end of the text.
pub(crate) fn raw_end(html: &str, mut from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    while let Some(at) = find(html, from, "</") {
        let after = &b[at + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && after
                .get(name.len())
                .is_none_or(|&c| c.is_ascii_whitespace() || c == b'>' || c == b'/')
        {
            return at;
        }
        from = at + 2;
    }
    b.len()
}

/// The byte offset of `pat` in `html` at or after `from`.
pub(crate) fn find(html: &str, from: usize, pat: &str) -> Option<usize> {
    let hay = html.as_bytes().get(from..)?;
    match pat.as_bytes() {
        [one] => memchr::memchr(*one, hay),
        many => memchr::memmem::find(hay, many),
    }
    .map(|at| from + at)
}

/// Runs of non-whitespace (ASCII whitespace, as `split_ascii_whitespace`).
fn count_words(text: &[u8]) -> usize {
    let mut n = 0;
    let mut space = true;
    for &c in text {
        let s = c.is_ascii_whitespace();
        n += usize::from(space && !s);
        space = s;
    }
    n
}

/// Elements whose end tag may be left out or that never have content: they do not deepen the
/// tree in a way a missing end tag would betray.
fn not_nesting(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "rb"
            | "rt"
            | "rp"
            | "html"
            | "head"
            | "body"
            | "param"
    )
}

/// Elements whose content is text, not markup, up to their end tag.
pub(crate) fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "title" | "textarea" | "xmp" | "iframe" | "noembed" | "noframes"
    )
}
