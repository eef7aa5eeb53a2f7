//! One pass of html5ever's tokenizer (no tree) over the page: the `<title>`, the date
//! candidates (meta tags, JSON-LD, `<time>`), and the deepest element nesting, measured before
//! the page is parsed into a tree.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, Tag, TagToken, Token, TokenSink,
    TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// What the scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The text of the first `<title>`.
    pub title: Option<String>,
    /// `content` of the first publication-date meta tag (`article:published_time` and kin).
    pub meta_date: Option<String>,
    /// `datePublished` of the first JSON-LD block that has one.
    pub json_ld_date: Option<String>,
    /// `datetime` (or text) of the first `<time>` element, preferring one marked as the
    /// publication date (`pubdate`, `itemprop=datePublished`).
    pub time_date: Option<String>,
    /// The deepest nesting of elements that need an end tag.
    pub max_depth: usize,
    /// How much text the page shows: the measure an extractor's output is checked against.
    pub words: Words,
}

/// Words of visible text (outside `<script>`, `<style>`, `<title>` and kin), counted as runs
/// of non-whitespace in each text token (a word split across tokens counts twice: rare).
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

/// Meta tags naming the publication date, best first (`property` or `name` or `itemprop`).
const META_DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
];

/// Elements whose text is not shown on the page.
const HIDDEN: &[&str] = &[
    "script", "style", "title", "template", "noscript", "textarea", "xmp", "iframe", "noembed",
    "noframes", "select",
];

/// Elements whose end tag may be left out or that never have content: they do not deepen the
/// tree in a way a missing end tag would betray.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "param",
];

#[derive(Default)]
struct State {
    scan: Scan,
    meta_rank: usize,
    time_marked: bool,
    depth: usize,
    /// Inside an element whose text is not shown (`<script>`, `<style>`...): its name.
    hidden: Option<&'static str>,
    /// Open `<a>` elements.
    in_a: usize,
    /// Inside a `<p>`, and whether it has had a word yet.
    in_p: Option<bool>,
    /// Collecting the text of a `<title>`, JSON-LD `<script>` or `<time>` element.
    collecting: Option<Collect>,
    buf: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Collect {
    Title,
    JsonLd,
    Time { marked: bool },
}

struct Sink(RefCell<State>);

/// Most text kept for one element being collected (a JSON-LD block can be large, not endless).
const COLLECT_LIMIT: usize = 1 << 20;

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.0.borrow_mut();
        match token {
            TagToken(tag) => match tag.kind {
                StartTag => return st.start(&tag),
                EndTag => st.end(&tag),
            },
            CharacterTokens(t) => {
                if st.collecting.is_some() && st.buf.len() + t.len() <= COLLECT_LIMIT {
                    st.buf.push_str(&t);
                }
                if st.hidden.is_none() {
                    st.count(&t);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn attr<'t>(tag: &'t Tag, name: &str) -> Option<&'t str> {
    tag.attrs
        .iter()
        .find(|a| a.name.local.eq_str_ignore_ascii_case(name))
        .map(|a| &*a.value)
}

impl State {
    /// Counts the words of one visible text token.
    fn count(&mut self, text: &str) {
        let n = text.split_ascii_whitespace().count();
        if n == 0 {
            return;
        }
        let w = &mut self.scan.words;
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

    fn start(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name = &*tag.name;
        if !tag.self_closing && !NOT_NESTING.contains(&name) {
            self.depth += 1;
            self.scan.max_depth = self.scan.max_depth.max(self.depth);
        }
        if !tag.self_closing {
            if let Some(hidden) = HIDDEN.iter().find(|h| **h == name) {
                self.hidden = Some(hidden);
            }
        }
        match name {
            "a" if !tag.self_closing => self.in_a += 1,
            "p" => self.in_p = Some(false),
            _ => {}
        }
        match name {
            "title" => {
                if self.scan.title.is_none() {
                    self.begin(Collect::Title);
                }
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            "script" => {
                let ld = attr(tag, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld && self.scan.json_ld_date.is_none() {
                    self.begin(Collect::JsonLd);
                }
                return TokenSinkResult::RawData(RawKind::ScriptData);
            }
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                return TokenSinkResult::RawData(RawKind::Rawtext);
            }
            "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
            "meta" => self.meta(tag),
            "time" => {
                let marked = attr(tag, "pubdate").is_some()
                    || attr(tag, "itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                if self.scan.time_date.is_none() || (marked && !self.time_marked) {
                    match attr(tag, "datetime") {
                        Some(dt) if !dt.trim().is_empty() => {
                            self.scan.time_date = Some(dt.trim().to_owned());
                            self.time_marked = marked;
                        }
                        _ => self.begin(Collect::Time { marked }),
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }

    fn begin(&mut self, what: Collect) {
        self.collecting = Some(what);
        self.buf.clear();
    }

    fn end(&mut self, tag: &Tag) {
        let name = &*tag.name;
        if !NOT_NESTING.contains(&name) {
            self.depth = self.depth.saturating_sub(1);
        }
        if self.hidden == Some(name) {
            self.hidden = None;
        }
        match name {
            "a" => self.in_a = self.in_a.saturating_sub(1),
            "p" => self.in_p = None,
            _ => {}
        }
        let Some(what) = self.collecting else { return };
        let matches = matches!(
            (what, name),
            (Collect::Title, "title")
                | (Collect::JsonLd, "script")
                | (Collect::Time { .. }, "time")
        );
        if !matches {
            return;
        }
        self.collecting = None;
        let text = std::mem::take(&mut self.buf);
        match what {
            Collect::Title => {
                let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    self.scan.title = Some(t);
                }
            }
            Collect::JsonLd => self.scan.json_ld_date = json_ld_date(&text),
            Collect::Time { marked } => {
                let t = text.trim();
                if !t.is_empty() {
                    self.scan.time_date = Some(t.to_owned());
                    self.time_marked = marked;
                }
            }
        }
    }

    fn meta(&mut self, tag: &Tag) {
        let key = ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .find_map(|k| attr(tag, k));
        let (Some(key), Some(content)) = (key, attr(tag, "content")) else {
            return;
        };
        let key = key.trim().to_ascii_lowercase();
        let Some(rank) = META_DATE_KEYS.iter().position(|k| *k == key) else {
            return;
        };
        if content.trim().is_empty() {
            return;
        }
        if self.scan.meta_date.is_none() || rank < self.meta_rank {
            self.scan.meta_date = Some(content.trim().to_owned());
            self.meta_rank = rank;
        }
    }
}

/// The first `datePublished` in a JSON-LD block (objects, arrays and `@graph` searched, breadth
/// first, at most a few levels deep).
fn json_ld_date(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
    let mut level = vec![&value];
    for _ in 0..4 {
        let mut next = Vec::new();
        for v in level {
            match v {
                serde_json::Value::Object(m) => {
                    if let Some(serde_json::Value::String(d)) = m.get("datePublished") {
                        return Some(d.clone());
                    }
                    next.extend(m.values());
                }
                serde_json::Value::Array(a) => next.extend(a),
                _ => {}
            }
        }
        level = next;
    }
    None
}

/// Runs the scan over decoded HTML.
pub(crate) fn scan(html: &str) -> Scan {
    let sink = Sink(RefCell::new(State::default()));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let state = tokenizer.sink.0.into_inner();
    state.scan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_title_dates_and_depth() {
        let html = r#"<html><head><title> A
            headline </title><meta property="article:published_time" content="2024-03-15T10:00:00Z">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-14"}]}</script>
            </head><body><div><div><p>x<time datetime="2024-03-13">Wed</time></div></div></body></html>"#;
        let s = scan(html);
        assert_eq!(s.title.as_deref(), Some("A headline"));
        assert_eq!(s.meta_date.as_deref(), Some("2024-03-15T10:00:00Z"));
        assert_eq!(s.json_ld_date.as_deref(), Some("2024-03-14"));
        assert_eq!(s.time_date.as_deref(), Some("2024-03-13"));
        assert_eq!(s.max_depth, 3);
    }

    #[test]
    fn script_text_is_not_read_as_tags() {
        let s = scan("<script>var a = '<div><div><div>';</script><title>T</title>");
        assert_eq!(s.max_depth, 1);
        assert_eq!(s.title.as_deref(), Some("T"));
    }
}
