//! The diff of one document's two extractions: [`diff_docs`] pairs the mentions (see
//! [`crate::pairing`]) and compares each pair field by field, classifying what changed
//! ([`ChangeKind`]: value, bounds, label, frame, extent) and what appeared or disappeared.

use serde::Serialize;

use reckon_text::Sentence;

use crate::document::{GoldenDoc, Mention, MentionKind, context, json_str, or_dash, sentence_of};
use crate::pairing::pair;

/// What happened to a mention between two extractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// New in the new extraction.
    Appeared,
    /// Gone from the new extraction.
    Disappeared,
    /// A different number, unit or time.
    Value,
    /// The same numbers with different bounds (`57500` → `(57500,)`, exact → approximate).
    Bounds,
    /// A different entity label or quantity kind.
    Label,
    /// A different claim frame (counted, event, place, time, source, measure key) or entity
    /// canonical name.
    Frame,
    /// The mention covers different text (`57,500` → `more than 57,500`).
    Extent,
}

impl ChangeKind {
    /// Every kind, in report order.
    pub const ALL: [ChangeKind; 7] = [
        ChangeKind::Appeared,
        ChangeKind::Disappeared,
        ChangeKind::Value,
        ChangeKind::Bounds,
        ChangeKind::Label,
        ChangeKind::Frame,
        ChangeKind::Extent,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Appeared => "appeared",
            ChangeKind::Disappeared => "disappeared",
            ChangeKind::Value => "value",
            ChangeKind::Bounds => "bounds",
            ChangeKind::Label => "label",
            ChangeKind::Frame => "frame",
            ChangeKind::Extent => "extent",
        }
    }
}

/// One changed field of a mention present on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// Which kind of change.
    pub kind: ChangeKind,
    /// The old printed value.
    pub before: String,
    /// The new printed value.
    pub after: String,
}

impl FieldChange {
    /// The part that changed: for a claim frame, only the frame parts (`key=...`, `place=...`)
    /// that differ; for anything else, the whole values.
    pub fn delta(&self, kind: MentionKind) -> (String, String) {
        if kind != MentionKind::Claim || self.kind != ChangeKind::Frame {
            return (self.before.clone(), self.after.clone());
        }
        let (a, b) = (frame_parts(&self.before), frame_parts(&self.after));
        let only = |x: &[&str], y: &[&str]| {
            x.iter()
                .filter(|p| !y.contains(p))
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        };
        (only(&a, &b), only(&b, &a))
    }
}

/// The `name=value` parts of a printed claim frame (values may hold spaces).
fn frame_parts(frame: &str) -> Vec<&str> {
    const NAMES: [&str; 6] = ["counted=", "event=", "place=", "time=", "by=", "key="];
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in frame.match_indices(' ') {
        if NAMES.iter().any(|n| frame[i + 1..].starts_with(n)) {
            parts.push(&frame[start..i]);
            start = i + 1;
        }
    }
    if start < frame.len() {
        parts.push(&frame[start..]);
    }
    parts
}

/// One mention that appeared, disappeared or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Entity or claim.
    pub kind: MentionKind,
    /// The old mention (absent when it appeared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Mention>,
    /// The new mention (absent when it disappeared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Mention>,
    /// The changed fields, for a mention on both sides.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

impl Change {
    /// The kinds of this change: appeared, disappeared, or one per changed field.
    pub fn kinds(&self) -> Vec<ChangeKind> {
        match (&self.before, &self.after) {
            (None, _) => vec![ChangeKind::Appeared],
            (_, None) => vec![ChangeKind::Disappeared],
            _ => self.fields.iter().map(|f| f.kind).collect(),
        }
    }

    /// The mention to show (the new one when there is one).
    pub fn mention(&self) -> &Mention {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .expect("a change has a side")
    }

    /// Keys under which identical changes are counted together ("the most frequent changes").
    pub(crate) fn signatures(&self) -> Vec<String> {
        let kind = self.kind.as_str();
        let describe = |m: &Mention| match m.kind {
            MentionKind::Entity => format!("{} {}", m.label, json_str(&m.text)),
            MentionKind::Claim => format!("{} | {}", m.label, or_dash(&m.frame)),
        };
        match (&self.before, &self.after) {
            (None, Some(m)) => vec![format!("+ {kind} {}", describe(m))],
            (Some(m), None) => vec![format!("- {kind} {}", describe(m))],
            (Some(m), Some(_)) => self
                .fields
                .iter()
                .map(|f| {
                    let what = match (self.kind, f.kind) {
                        (MentionKind::Entity, ChangeKind::Frame) => {
                            format!("canonical of {}", json_str(&m.text))
                        }
                        (MentionKind::Entity, ChangeKind::Label) => {
                            format!("label of {}", json_str(&m.text))
                        }
                        (_, k) => k.as_str().to_owned(),
                    };
                    let (before, after) = f.delta(self.kind);
                    format!(
                        "~ {kind} {what}: {} → {}",
                        or_dash(&before),
                        or_dash(&after)
                    )
                })
                .collect(),
            (None, None) => Vec::new(),
        }
    }
}

/// How a document compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    /// Same extraction.
    Same,
    /// Some mentions appeared, disappeared or changed.
    Changed,
    /// The document is new.
    Appeared,
    /// The document is gone.
    Disappeared,
}

/// The diff of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocDiff {
    /// The document id.
    pub id: String,
    /// How it compares.
    pub status: DocStatus,
    /// Mentions that appeared, disappeared or changed, in text order.
    pub changes: Vec<Change>,
    /// Mentions with the same result at a different span (the text was edited elsewhere); not
    /// counted as changes.
    pub moved: usize,
}

/// The first whitespace-separated word and the rest.
fn head_rest(s: &str) -> (&str, &str) {
    s.split_once(' ').unwrap_or((s, ""))
}

/// The numbers in a printed value (`~(57500,)` → `[57500]`).
fn numbers(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

fn compare(a: &Mention, b: &Mention) -> Vec<FieldChange> {
    let mut fields = Vec::new();
    let mut push = |kind, before: &str, after: &str| {
        fields.push(FieldChange {
            kind,
            before: before.to_owned(),
            after: after.to_owned(),
        });
    };
    if a.text != b.text {
        push(ChangeKind::Extent, &a.text, &b.text);
    }
    if a.label != b.label {
        push(ChangeKind::Label, &a.label, &b.label);
    }
    if a.value != b.value {
        let ((ha, ra), (hb, rb)) = (head_rest(&a.value), head_rest(&b.value));
        let kind = if ra == rb && ha != hb && numbers(ha) == numbers(hb) && !numbers(ha).is_empty()
        {
            ChangeKind::Bounds
        } else {
            ChangeKind::Value
        };
        push(kind, &a.value, &b.value);
    }
    if a.frame != b.frame {
        push(ChangeKind::Frame, &a.frame, &b.frame);
    }
    fields
}

/// absent (the document appeared or disappeared).
pub fn diff_docs(old: Option<&GoldenDoc>, new: Option<&GoldenDoc>) -> DocDiff {
    let id = new.or(old).map(|d| d.id.clone()).unwrap_or_default();
    let empty = Vec::new();
    let a = old.map_or(&empty, |d| &d.mentions);
    let b = new.map_or(&empty, |d| &d.mentions);
    let pairs = pair(a, b);
    let mut taken = vec![false; b.len()];
    let mut changes = Vec::new();
    let mut moved = 0;
    for (i, p) in pairs.iter().enumerate() {
        match *p {
            Some(j) => {
                taken[j] = true;
                let fields = compare(&a[i], &b[j]);
                if !fields.is_empty() {
                    changes.push(Change {
                        kind: a[i].kind,
                        before: Some(a[i].clone()),
                        after: Some(b[j].clone()),
                        fields,
                    });
                } else if a[i].span != b[j].span {
                    moved += 1;
                }
            }
            None => changes.push(Change {
                kind: a[i].kind,
                before: Some(a[i].clone()),
                after: None,
                fields: Vec::new(),
            }),
        }
    }
    for (j, m) in b.iter().enumerate() {
        if !taken[j] {
            changes.push(Change {
                kind: m.kind,
                before: None,
                after: Some(m.clone()),
                fields: Vec::new(),
            });
        }
    }
    changes.sort_by_key(|c| {
        let m = c.mention();
        (m.span.start, m.span.end, m.kind, c.before.is_some())
    });
    let status = match (old, new) {
        (None, Some(_)) => DocStatus::Appeared,
        (Some(_), None) => DocStatus::Disappeared,
        _ if changes.is_empty() => DocStatus::Same,
        _ => DocStatus::Changed,
    };
    DocDiff {
        id,
        status,
        changes,
        moved,
    }
}

impl DocDiff {
    /// Fills in the sentence of every changed mention that has none, from the document's text
    /// and its sentences: the diff of two `reckon run` outputs has no text of its own.
    pub fn add_context(&mut self, text: &str, sentences: &[Sentence]) {
        for c in &mut self.changes {
            for m in [c.before.as_mut(), c.after.as_mut()].into_iter().flatten() {
                if m.context.is_empty() {
                    m.context = context(text, sentence_of(sentences, m.span), m.span);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tests::doc;

    #[test]
    fn same_extraction_has_no_change_and_moves_are_not_changes() {
        let (_, g) = doc();
        let d = diff_docs(Some(&g), Some(&g));
        assert_eq!(d.status, DocStatus::Same);
        let mut shifted = g.clone();
        for m in &mut shifted.mentions {
            m.span.start += 7;
            m.span.end += 7;
        }
        let d = diff_docs(Some(&g), Some(&shifted));
        assert_eq!(d.status, DocStatus::Same);
        assert_eq!(d.moved, g.mentions.len());
    }

    #[test]
    fn a_frame_change_shows_only_the_parts_that_differ() {
        let f = FieldChange {
            kind: ChangeKind::Frame,
            before: r#"counted=person event=killed by="the agency in key=x" key=killed+person cumulative"#
                .to_owned(),
            after: r#"counted=person event=killed by="the agency in key=x" key=killed+person stock"#
                .to_owned(),
        };
        assert_eq!(
            f.delta(MentionKind::Claim),
            (
                "key=killed+person cumulative".to_owned(),
                "key=killed+person stock".to_owned()
            )
        );
        assert_eq!(
            f.delta(MentionKind::Entity),
            (f.before.clone(), f.after.clone())
        );
    }

    #[test]
    fn a_wider_mention_is_an_extent_change() {
        let (_, g) = doc();
        let i = g
            .mentions
            .iter()
            .position(|m| m.kind == MentionKind::Claim)
            .unwrap();
        let mut b = g.clone();
        b.mentions[i].span.end += 3;
        b.mentions[i].text.push_str(" xx");
        let d = diff_docs(Some(&g), Some(&b));
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].kinds(), [ChangeKind::Extent]);
    }
}
