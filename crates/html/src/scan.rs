//! The page's own metadata, read from its parsed tree: the `<title>` and the date candidates
//! (meta tags, JSON-LD, `<time>`); the same walk takes the image captions out.

use dom_query::Document;

/// What the page says about itself.
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

/// Most text read from one JSON-LD block (a block can be large, not endless).
const JSON_LD_LIMIT: usize = 1 << 20;

/// True for the image captions (`figcaption`, and any element whose class names a caption:
/// `.caption`, `[class*=caption]`), which Readability keeps inside the article and the
/// benchmark's article bodies leave out. Chosen on the tuning half of the benchmark
/// (`scripts/hybrid.py`): F1 0.951 -> 0.964.
fn is_caption(el: &dom_query::Element) -> bool {
    &*el.name.local == "figcaption"
        || el
            .attrs
            .iter()
            .any(|a| &*a.name.local == "class" && a.value.contains("caption"))
}

/// Reads the title and the date candidates of a parsed page and takes the image captions
/// ([`is_caption`]) out of it, in one walk of the tree (a plain walk: matching a CSS selector
/// list on every element cost more).
pub(crate) fn scan(doc: &Document) -> Scan {
    let mut scan = Scan::default();
    let mut meta_rank = usize::MAX;
    let mut time_marked = false;
    let mut captions = Vec::new();
    for node in doc.root().descendants_it() {
        let Some(name) = node.element_ref().map(|el| {
            if is_caption(&el) {
                captions.push(node);
            }
            el.name.local.clone()
        }) else {
            continue;
        };
        match &*name {
            "title" if scan.title.is_none() => {
                let t = node.text().split_whitespace().collect::<Vec<_>>().join(" ");
                scan.title = Some(t).filter(|t| !t.is_empty());
            }
            "meta" => {
                let Some(key) = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|k| node.attr(k))
                else {
                    continue;
                };
                let key = key.trim().to_ascii_lowercase();
                let Some(rank) = META_DATE_KEYS.iter().position(|k| *k == key) else {
                    continue;
                };
                let content = node.attr("content").unwrap_or_default();
                if rank < meta_rank && !content.trim().is_empty() {
                    scan.meta_date = Some(content.trim().to_owned());
                    meta_rank = rank;
                }
            }
            "script" if scan.json_ld_date.is_none() => {
                let ld = node
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                let text = if ld { node.text() } else { continue };
                if text.len() <= JSON_LD_LIMIT {
                    scan.json_ld_date = json_ld_date(&text);
                }
            }
            "time" => {
                let marked = node.has_attr("pubdate")
                    || node
                        .attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                if scan.time_date.is_some() && (time_marked || !marked) {
                    continue;
                }
                let date = node
                    .attr("datetime")
                    .map(|d| d.trim().to_owned())
                    .filter(|d| !d.is_empty())
                    .or_else(|| Some(node.text().trim().to_owned()).filter(|t| !t.is_empty()));
                if date.is_some() {
                    scan.time_date = date;
                    time_marked = marked;
                }
            }
            _ => {}
        }
    }
    for node in captions {
        node.remove_from_parent();
    }
    scan
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_title_and_dates() {
        let html = r#"<html><head><title> A
            headline </title><meta property="article:published_time" content="2024-03-15T10:00:00Z">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-14"}]}</script>
            </head><body><div><div><p>x<time datetime="2024-03-13">Wed</time></div></div></body></html>"#;
        let s = scan(&Document::from(html));
        assert_eq!(s.title.as_deref(), Some("A headline"));
        assert_eq!(s.meta_date.as_deref(), Some("2024-03-15T10:00:00Z"));
        assert_eq!(s.json_ld_date.as_deref(), Some("2024-03-14"));
        assert_eq!(s.time_date.as_deref(), Some("2024-03-13"));
    }

    #[test]
    fn a_marked_time_beats_an_earlier_plain_one() {
        let html = r#"<time datetime="2020-01-01">x</time><time itemprop="datePublished">2021-02-03</time>"#;
        assert_eq!(
            scan(&Document::from(html)).time_date.as_deref(),
            Some("2021-02-03")
        );
    }

    #[test]
    fn script_text_is_not_read_as_tags() {
        let s = scan(&Document::from(
            "<script>var a = '<title>No</title>';</script><title>T</title>",
        ));
        assert_eq!(s.title.as_deref(), Some("T"));
    }
}
