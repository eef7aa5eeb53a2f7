//! The diff of a whole archive: [`DiffReport`] sums the documents' diffs (totals by kind of
//! change, the most frequent changes) and keeps a bounded number of per-document blocks, so a
//! 10,000-document diff stays readable; it renders for a terminal or as JSON.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use reckon_format::terminal_safe;

use crate::diff::{ChangeKind, DocDiff, DocStatus};
use crate::document::{MentionKind, json_str, or_dash};

/// The diff of a whole archive, summed document by document in any order, with per-document
/// blocks kept for at most a given number of documents (the first by id).
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// Documents compared (on either side).
    pub documents: u64,
    /// Documents with at least one change (including appeared and disappeared ones).
    pub changed_documents: u64,
    /// Documents only in the new extraction.
    pub appeared_documents: u64,
    /// Documents only in the old extraction.
    pub disappeared_documents: u64,
    /// Mentions with the same result at a different span (not counted as changes).
    pub moved: u64,
    /// Counts by mention kind and kind of change.
    pub totals: BTreeMap<(MentionKind, ChangeKind), u64>,
    frequent: HashMap<String, u64>,
    blocks: BTreeMap<String, DocDiff>,
    max_blocks: usize,
}

impl DiffReport {
    /// An empty report keeping at most `max_blocks` per-document blocks (`usize::MAX`: all).
    pub fn new(max_blocks: usize) -> DiffReport {
        DiffReport {
            documents: 0,
            changed_documents: 0,
            appeared_documents: 0,
            disappeared_documents: 0,
            moved: 0,
            totals: BTreeMap::new(),
            frequent: HashMap::new(),
            blocks: BTreeMap::new(),
            max_blocks,
        }
    }

    /// Adds one document's diff.
    pub fn add(&mut self, d: DocDiff) {
        self.documents += 1;
        self.moved += d.moved as u64;
        match d.status {
            DocStatus::Appeared => self.appeared_documents += 1,
            DocStatus::Disappeared => self.disappeared_documents += 1,
            _ => {}
        }
        if d.changes.is_empty() && d.status == DocStatus::Same {
            return;
        }
        self.changed_documents += 1;
        for c in &d.changes {
            for k in c.kinds() {
                *self.totals.entry((c.kind, k)).or_default() += 1;
            }
            for s in c.signatures() {
                *self.frequent.entry(s).or_default() += 1;
            }
        }
        if self.max_blocks > 0 {
            self.blocks.insert(d.id.clone(), d);
            if self.blocks.len() > self.max_blocks {
                self.blocks.pop_last();
            }
        }
    }

    /// True when anything appeared, disappeared or changed.
    pub fn has_changes(&self) -> bool {
        self.changed_documents > 0
    }

    /// Total changes (a mention with two changed fields counts twice).
    pub fn total_changes(&self) -> u64 {
        self.totals.values().sum()
    }

    /// The `n` most frequent changes with their counts, most frequent first (ties by text).
    pub fn most_frequent(&self, n: usize) -> Vec<(&str, u64)> {
        let mut v: Vec<(&str, u64)> = self
            .frequent
            .iter()
            .map(|(k, c)| (k.as_str(), *c))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(n);
        v
    }

    /// The per-document blocks kept, by id.
    pub fn blocks(&self) -> impl Iterator<Item = &DocDiff> {
        self.blocks.values()
    }

    /// The kept blocks, to complete them (see [`DocDiff::add_context`]).
    pub fn blocks_mut(&mut self) -> impl Iterator<Item = &mut DocDiff> {
        self.blocks.values_mut()
    }

    /// Changed documents whose block was not kept.
    pub fn omitted(&self) -> u64 {
        self.changed_documents - self.blocks.len() as u64
    }

    /// The report for a terminal or a CI log: totals by kind of change, the `top` most frequent
    /// changes, then the kept per-document blocks, each change with its sentence.
    pub fn render(&self, top: usize) -> String {
        let mut s = String::new();
        if !self.has_changes() {
            let _ = writeln!(s, "reckon diff: no change in {} documents", self.documents);
            if self.moved > 0 {
                let _ = writeln!(
                    s,
                    "({} mentions moved with unchanged results: the texts were edited)",
                    self.moved
                );
            }
            return s;
        }
        let _ = writeln!(
            s,
            "reckon diff: {} of {} documents changed ({} appeared, {} disappeared), {} changes",
            self.changed_documents,
            self.documents,
            self.appeared_documents,
            self.disappeared_documents,
            self.total_changes()
        );
        let _ = write!(s, "\n{:<10}", "");
        for k in ChangeKind::ALL {
            let _ = write!(s, " {:>11}", k.as_str());
        }
        s.push('\n');
        for mk in [MentionKind::Claim, MentionKind::Entity] {
            let name = match mk {
                MentionKind::Claim => "claims",
                MentionKind::Entity => "entities",
            };
            let _ = write!(s, "{name:<10}");
            for k in ChangeKind::ALL {
                let n = self.totals.get(&(mk, k)).copied().unwrap_or(0);
                let _ = write!(s, " {n:>11}");
            }
            s.push('\n');
        }
        if self.moved > 0 {
            let _ = writeln!(
                s,
                "({} mentions moved with unchanged results: not counted)",
                self.moved
            );
        }
        let frequent = self.most_frequent(top);
        if !frequent.is_empty() {
            let _ = writeln!(s, "\nMost frequent changes:");
            for (sig, n) in frequent {
                let _ = writeln!(s, "{n:>7}  {sig}");
            }
        }
        for d in self.blocks() {
            s.push('\n');
            render_block(&mut s, d);
        }
        if self.omitted() > 0 {
            let _ = writeln!(
                s,
                "\n... and {} more changed documents (--all or --max-docs N to show them)",
                self.omitted()
            );
        }
        terminal_safe_lines(s)
    }

    /// The report as one JSON value: `changed`, the counts, `totals` (`{"claim": {"frame": 4,
    /// ...}, ...}`), `frequent` (`[{"change": ..., "count": ...}]`), `documents` (the kept
    /// blocks) and `omitted_documents`.
    pub fn to_json(&self, top: usize) -> serde_json::Value {
        let mut totals = serde_json::Map::new();
        for mk in [MentionKind::Claim, MentionKind::Entity] {
            let mut m = serde_json::Map::new();
            for k in ChangeKind::ALL {
                let n = self.totals.get(&(mk, k)).copied().unwrap_or(0);
                m.insert(k.as_str().to_owned(), n.into());
            }
            totals.insert(mk.as_str().to_owned(), m.into());
        }
        serde_json::json!({
            "changed": self.has_changes(),
            "documents": self.documents,
            "changed_documents": self.changed_documents,
            "appeared_documents": self.appeared_documents,
            "disappeared_documents": self.disappeared_documents,
            "changes": self.total_changes(),
            "moved": self.moved,
            "totals": totals,
            "frequent": self.most_frequent(top).into_iter()
                .map(|(c, n)| serde_json::json!({"change": c, "count": n}))
                .collect::<Vec<_>>(),
            "details": self.blocks().collect::<Vec<_>>(),
            "omitted_documents": self.omitted(),
        })
    }
}

/// Every line of a text report made safe for a terminal ([`reckon_format::terminal_safe`]):
/// ids and mention texts come from the archive.
fn terminal_safe_lines(s: String) -> String {
    if !s
        .split('\n')
        .any(|l| matches!(terminal_safe(l), Cow::Owned(_)))
    {
        return s;
    }
    s.split('\n')
        .map(terminal_safe)
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_block(s: &mut String, d: &DocDiff) {
    let what = match d.status {
        DocStatus::Appeared => " (new document)",
        DocStatus::Disappeared => " (document gone)",
        _ => "",
    };
    let n = d.changes.len();
    let _ = writeln!(
        s,
        "{}{what}: {n} change{}",
        d.id,
        if n == 1 { "" } else { "s" }
    );
    for c in &d.changes {
        let m = c.mention();
        let sign = match (&c.before, &c.after) {
            (None, _) => '+',
            (_, None) => '-',
            _ => '~',
        };
        if c.fields.is_empty() {
            let line = m.line();
            // The context goes on its own line, below.
            let head = line.rsplit_once(" | ").map_or(line.as_str(), |(h, _)| h);
            let _ = writeln!(s, "  {sign} {head}");
        } else {
            let _ = writeln!(
                s,
                "  {sign} {} {}..{} {}",
                m.kind.as_str(),
                m.span.start,
                m.span.end,
                json_str(&m.text)
            );
            for f in &c.fields {
                let name = match (m.kind, f.kind) {
                    (MentionKind::Entity, ChangeKind::Frame) => "canonical",
                    (_, k) => k.as_str(),
                };
                let (before, after) = f.delta(m.kind);
                let _ = writeln!(
                    s,
                    "      {name}: {} → {}",
                    or_dash(&before),
                    or_dash(&after)
                );
            }
        }
        if !m.context.is_empty() {
            let _ = writeln!(s, "      | {}", m.context);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Change, diff_docs};
    use crate::document::tests::doc;
    use crate::parser::parse_golden;

    #[test]
    fn changes_are_classified() {
        let (_, g) = doc();
        let i = g
            .mentions
            .iter()
            .position(|m| m.kind == MentionKind::Claim && m.value.starts_with('('))
            .expect("an open-bounded claim");
        let mut b = g.clone();
        b.mentions[i].value = b.mentions[i].value.replacen('(', "[", 1);
        b.mentions[i].frame.push_str(" extra=1");
        let d = diff_docs(Some(&g), Some(&b));
        assert_eq!(d.changes.len(), 1);
        assert_eq!(
            d.changes[0].kinds(),
            [ChangeKind::Bounds, ChangeKind::Frame]
        );
        let mut c = g.clone();
        c.mentions[i].value = "3".to_owned();
        c.mentions.remove(0);
        let d = diff_docs(Some(&g), Some(&c));
        let kinds: Vec<_> = d.changes.iter().flat_map(Change::kinds).collect();
        assert!(kinds.contains(&ChangeKind::Value) && kinds.contains(&ChangeKind::Disappeared));
        let mut r = DiffReport::new(1);
        r.add(d);
        r.add(diff_docs(None, Some(&g)));
        assert_eq!(r.changed_documents, 2);
        assert_eq!(r.blocks().count(), 1);
        assert_eq!(r.omitted(), 1);
        assert!(r.render(20).contains("Most frequent changes"));
    }

    const OLD: &str = r#"# reckon golden v1
# id: "wire/toll.txt"
# date: 2026-02-12

entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» has killed 38 people in Cassuaro province, officials said.
claim 25..27 "38" count 38 | counted=person event=killed place=Cassuaro province key=killed+person+cassuaro province cumulative | Cyclone Ezani has killed «38» people in Cassuaro province, officials said.
claim 80..95 "more than 4,000" count (4000,) | - | …and «more than 4,000» homes have been destroyed.
claim 120..123 "two" count 2 | counted=clinic | It runs «two» clinics.
"#;

    const NEW: &str = r#"# reckon golden v1
# id: "wire/toll.txt"
# date: 2026-02-12

entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» has killed 38 people in Cassuaro province, officials said.
claim 25..27 "38" count 38 | counted=person event=killed place=Cassuaro province key=killed+person+cassuaro cumulative | Cyclone Ezani has killed «38» people in Cassuaro province, officials said.
entity 40..57 "Cassuaro province" GPE | = Cassuaro | Cyclone Ezani has killed 38 people in «Cassuaro province», officials said.
claim 80..95 "more than 4,000" count [4000,) | event=destroyed key=destroyed+home cumulative | …and «more than 4,000» homes have been destroyed.
"#;

    #[test]
    fn the_text_report_escapes_control_characters_of_ids_and_texts() {
        let mut old = parse_golden(OLD).expect("parses");
        old.id = "wire/\x1b]0;PWNED\x07\r\x1b[2J.txt".to_owned();
        let mut new = parse_golden(NEW).expect("parses");
        new.id = old.id.clone();
        new.mentions[1].text = "38\u{9b}1A".to_owned();
        let mut report = DiffReport::new(20);
        report.add(diff_docs(Some(&old), Some(&new)));
        let text = report.render(20);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(
            text.contains("wire/\\u{1b}]0;PWNED\\u{7}\\u{d}\\u{1b}[2J.txt"),
            "{text}"
        );
    }

    #[test]
    fn the_report_reads_well() {
        let old = parse_golden(OLD).expect("parses");
        let new = parse_golden(NEW).expect("parses");
        let mut report = DiffReport::new(20);
        report.add(diff_docs(Some(&old), Some(&new)));
        report.add(diff_docs(Some(&old), Some(&old)));
        insta::assert_snapshot!(report.render(20));
    }
}
