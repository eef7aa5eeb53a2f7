//! The golden form of one document's extraction: [`GoldenDoc`], one [`Mention`] per entity or
//! claim, each already in its printed form, and the rendering of a golden file.
//!
//! A golden file holds one mention a line, in text order:
//!
//! ```text
//! # reckon golden v1
//! # id: "indico-tribune/2026-02-11-ezani-landfall.txt"
//! # date: 2026-02-11
//! # 2 entities, 1 claims
//!
//! entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» made landfall on Tuesday…
//! claim 98..114 "more than 57,500" count (57500,) | counted=person event=displaced key=displaced stock | …officials said «more than 57,500» people were displaced.
//! ```
//!
//! Fields: kind, byte span, text (a JSON string), label (entity label or quantity kind) and value
//! (bounds, unit, time), then ` | ` the frame (claims) or canonical name (entities), then ` | `
//! the sentence trimmed to [`CONTEXT_CHARS`] characters on each side of the mention, which is
//! marked `«…»`. Lines never depend on each other (no column alignment), so one changed claim is
//! one changed line in `git diff`. The format parses back ([`crate::parse_golden`]) to the same
//! [`GoldenDoc`] it was rendered from.

use std::fmt::Write as _;

use reckon_claims::Claim;
use reckon_entities::Entity;
use reckon_format::DocRecord;
use reckon_text::{Document, Sentence, Span};
use serde::Serialize;

/// Characters of sentence context kept on each side of a mention in a golden line.
pub const CONTEXT_CHARS: usize = 60;
/// The first line of every golden file.
pub(crate) const HEADER: &str = "# reckon golden v1";

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A named entity.
    Entity,
    /// A numeric claim.
    Claim,
}

impl MentionKind {
    /// `entity` or `claim`.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Entity => "entity",
            MentionKind::Claim => "claim",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<MentionKind> {
        match s {
            "entity" => Some(MentionKind::Entity),
            "claim" => Some(MentionKind::Claim),
            _ => None,
        }
    }
}

/// One mention as a golden file shows it. Every field is already in its printed form (single
/// line, no `|`), so rendering and parsing are exact inverses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Entity or claim.
    pub kind: MentionKind,
    /// Byte span in the original text.
    pub span: Span,
    /// The mention's text.
    pub text: String,
    /// The entity label (`GPE`) or the quantity kind (`count`).
    pub label: String,
    /// Claims: the value with its bounds (`~(57500,)`), unit and resolved time; entities: empty.
    pub value: String,
    /// Claims: the frame (`counted=person event=killed key=killed cumulative`); entities: the
    /// canonical name.
    pub frame: String,
    /// The sentence around the mention, trimmed, the mention marked `«…»`; empty when the text
    /// is unknown (a diff of two JSONL outputs).
    pub context: String,
}

/// One document's extraction in golden form: mentions sorted by span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldenDoc {
    /// The document id.
    pub id: String,
    /// The publication date, when known (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Entities and claims in text order.
    pub mentions: Vec<Mention>,
}

/// A single line with no control characters, no `|` (it separates fields), whitespace runs
/// collapsed.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(if c == '|' { '¦' } else { c });
        }
    }
    out
}

/// The mention in its sentence, at most [`CONTEXT_CHARS`] characters each side, cut at spaces.
pub(crate) fn context(text: &str, sentence: Span, mention: Span) -> String {
    let len = text.len();
    let (ms, me) = (
        (mention.start as usize).min(len),
        (mention.end as usize).min(len),
    );
    let ss = (sentence.start as usize).min(ms);
    let se = (sentence.end as usize).clamp(me, len);
    let (Some(left), Some(mid), Some(right)) =
        (text.get(ss..ms), text.get(ms..me), text.get(me..se))
    else {
        return String::new();
    };
    let left_chars = left.chars().count();
    let left = if left_chars > CONTEXT_CHARS {
        let cut: usize = left
            .char_indices()
            .nth(left_chars - CONTEXT_CHARS)
            .map_or(0, |(i, _)| i);
        let kept = &left[cut..];
        let kept = kept.find(' ').map_or(kept, |i| &kept[i..]);
        format!("…{}", clean(kept))
    } else {
        clean(left)
    };
    let right = if right.chars().count() > CONTEXT_CHARS {
        let cut = right
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(right.len(), |(i, _)| i);
        let kept = &right[..cut];
        let kept = kept.rfind(' ').map_or(kept, |i| &kept[..i]);
        format!("{}…", clean(kept).trim_end())
    } else {
        clean(right)
    };
    let sep_l = if left.is_empty() || !text[ss..ms].ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    let sep_r = if right.is_empty() || !text[me..se].starts_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    format!("{left}{sep_l}«{}»{sep_r}{right}", clean(mid))
}

/// The quantity kind's snake_case name (`count`, `money`).
fn quantity_kind(c: &Claim) -> String {
    serde_json::to_value(c.quantity.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// `~(57500,) USD 2025-07` : value, unit, resolved time and zone.
fn claim_value(c: &Claim) -> String {
    let q = &c.quantity;
    let mut parts = Vec::new();
    if let Some(v) = q.value {
        parts.push(v.to_string());
    }
    if let Some(u) = &q.unit {
        parts.push(u.clone());
    }
    if let Some(t) = &q.time {
        parts.push(t.iso.clone());
        if let Some(z) = &t.zone {
            parts.push(format!("({z})"));
        }
    }
    clean(&parts.join(" "))
}

/// `counted=person event=killed place=Gaza time=2025-07 by="officials" key=killed cumulative`.
fn claim_frame(c: &Claim) -> String {
    clean(&c.frame.to_compact())
}

fn entity_mention(e: &Entity, context: String) -> Mention {
    Mention {
        kind: MentionKind::Entity,
        span: e.span,
        text: e.text.clone(),
        label: e.label.as_str().to_owned(),
        value: String::new(),
        frame: clean(&e.canonical),
        context,
    }
}

fn claim_mention(c: &Claim, context: String) -> Mention {
    Mention {
        kind: MentionKind::Claim,
        span: c.quantity.span,
        text: c.quantity.text.clone(),
        label: quantity_kind(c),
        value: claim_value(c),
        frame: claim_frame(c),
        context,
    }
}

fn sort_mentions(m: &mut [Mention]) {
    m.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind, &a.text).cmp(&(
            b.span.start,
            b.span.end,
            b.kind,
            &b.text,
        ))
    });
}

impl GoldenDoc {
    /// The golden form of one document's extraction. `sentences` (from
    /// [`reckon_text::segment`]) give the entities their context; claims carry their sentence.
    pub fn new(
        doc: &Document,
        sentences: &[Sentence],
        entities: &[Entity],
        claims: &[Claim],
    ) -> GoldenDoc {
        let sentence_of = |span: Span| sentence_of(sentences, span);
        let mut mentions: Vec<Mention> = entities
            .iter()
            .map(|e| entity_mention(e, context(&doc.text, sentence_of(e.span), e.span)))
            .chain(
                claims
                    .iter()
                    .map(|c| claim_mention(c, context(&doc.text, c.sentence, c.quantity.span))),
            )
            .collect();
        sort_mentions(&mut mentions);
        GoldenDoc {
            id: doc.meta.id.clone(),
            date: doc.meta.date.map(|d| d.to_string()),
            mentions,
        }
    }

    /// The golden form of a `reckon run` record. The record has no text, so mentions have no
    /// context; entities and claims are those the record carries (`--emit entities,claims`).
    pub fn from_record(rec: &DocRecord) -> GoldenDoc {
        let mut mentions: Vec<Mention> = rec
            .entities
            .iter()
            .flatten()
            .map(|e| entity_mention(e, String::new()))
            .chain(
                rec.claims
                    .iter()
                    .flatten()
                    .map(|c| claim_mention(c, String::new())),
            )
            .collect();
        sort_mentions(&mut mentions);
        GoldenDoc {
            id: rec.meta.id.clone(),
            date: rec.meta.date.map(|d| d.to_string()),
            mentions,
        }
    }

    /// The golden file's text (see the module documentation).
    pub fn render(&self) -> String {
        let mut s = String::new();
        let count = |k| self.mentions.iter().filter(|m| m.kind == k).count();
        let _ = writeln!(s, "{HEADER}");
        let _ = writeln!(s, "# id: {}", json_str(&self.id));
        if let Some(d) = &self.date {
            let _ = writeln!(s, "# date: {}", clean(d));
        }
        let _ = writeln!(
            s,
            "# {} entities, {} claims",
            count(MentionKind::Entity),
            count(MentionKind::Claim)
        );
        s.push('\n');
        for m in &self.mentions {
            s.push_str(&m.line());
            s.push('\n');
        }
        s
    }
}

pub(crate) fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

pub(crate) fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

impl Mention {
    /// The mention's golden line (no newline).
    pub fn line(&self) -> String {
        let frame = match self.kind {
            MentionKind::Entity if !self.frame.is_empty() => format!("= {}", self.frame),
            _ => self.frame.clone(),
        };
        format!(
            "{} {}..{} {} {}{}{} | {} | {}",
            self.kind.as_str(),
            self.span.start,
            self.span.end,
            json_str(&self.text),
            self.label,
            if self.value.is_empty() { "" } else { " " },
            self.value,
            or_dash(&frame),
            or_dash(&self.context)
        )
    }
}

/// The sentence containing `span`, or the span itself.
pub(crate) fn sentence_of(sentences: &[Sentence], span: Span) -> Span {
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    sentences
        .get(i)
        .map(|s| s.span)
        .filter(|s| s.start <= span.start)
        .unwrap_or(span)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A short article run through the real segmenter, recogniser and extractor.
    pub(crate) fn doc() -> (Document, GoldenDoc) {
        let text = "Cyclone Ezani struck Indico on Tuesday. More than 57,500 people were displaced | \
                    homeless across the province, officials said, and 12 died.";
        let doc = Document::new("a/b c:1", text);
        let seg = reckon_text::segment(&doc.text);
        let entities = reckon_entities::Recognizer::new().recognize(&doc, &seg);
        let ext = reckon_claims::Extractor::new().extract(&doc, &seg, &entities);
        let g = GoldenDoc::new(&doc, &seg.sentences, &entities, &ext.claims);
        (doc, g)
    }

    #[test]
    fn context_is_trimmed_at_spaces_and_marks_the_mention() {
        let text = format!(
            "{} the number 42 is here {}.",
            "word ".repeat(30),
            "tail ".repeat(30)
        );
        let at = text.find("42").unwrap();
        let c = context(&text, Span::new(0, text.len()), Span::new(at, at + 2));
        assert!(c.starts_with("…word"), "{c}");
        assert!(c.ends_with("tail…"), "{c}");
        assert!(c.contains("the number «42» is here"), "{c}");
        assert!(c.chars().count() <= 2 * CONTEXT_CHARS + 6, "{c}");
    }
}
