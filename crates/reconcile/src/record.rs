//! Claim records (a claim with its document context, the lines of `claims.jsonl`) and the
//! evidence every finding cites.

use reckon_claims::{Claim, Extraction, RelationKind};
use reckon_text::{Document, Span};
use serde::{Deserialize, Serialize};

/// One claim with the document context reconciliation needs: a line of `claims.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// The document's id.
    pub doc_id: String,
    /// The document's publication date (ISO), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<jiff::civil::Date>,
    /// The document's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence text, for evidence.
    pub sentence_text: String,
    /// The document's title, when known (for reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Indices of claims of the same document that this claim is a part of (from the
    /// extractor's `part_of` relations: `27` is part of `49` in "49 held, including 27 dead").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub part_of: Vec<u32>,
    /// The index of the article event the claim is a figure of (`ArticleEvent::index` of the
    /// same document, from `reckon_events::detect`), when the events stage ran and found one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<u32>,
    /// The claim.
    pub claim: Claim,
}

impl ClaimRecord {
    /// The records of one document: one per claim, with the sentence text and `part_of`
    /// relations filled in. This is what `reckon run` writes to `claims.jsonl`.
    pub fn from_extraction(doc: &Document, extraction: &Extraction) -> Vec<ClaimRecord> {
        extraction
            .claims
            .iter()
            .map(|claim| {
                let mut part_of: Vec<u32> = extraction
                    .relations
                    .iter()
                    .filter(|r| r.kind == RelationKind::PartOf && r.a == claim.index)
                    .map(|r| r.b)
                    .collect();
                part_of.sort_unstable();
                part_of.dedup();
                ClaimRecord {
                    doc_id: doc.meta.id.clone(),
                    doc_date: doc.meta.date,
                    source: doc.meta.source.clone(),
                    sentence_text: excerpt(&doc.text, claim.sentence, claim.quantity.span),
                    title: doc.meta.title.clone(),
                    part_of,
                    event: None,
                    claim: claim.clone(),
                }
            })
            .collect()
    }

    /// The text of the claim's quantity, cut from the sentence text (falls back to the stored
    /// surface form).
    pub fn quantity_text(&self) -> &str {
        &self.claim.quantity.text
    }

    /// Checks what every later stage relies on: spans run forwards (`start <= end`), the
    /// quantity lies inside its sentence, and every bound of the value is a finite number.
    /// [`read_claims`](crate::read_claims) reports a record that fails as a bad line, and
    /// [`Reconciler::finish`](crate::Reconciler::finish) leaves it out.
    pub fn check(&self) -> Result<(), String> {
        let (q, s) = (self.claim.quantity.span, self.claim.sentence);
        for (what, span) in [("quantity span", q), ("sentence span", s)] {
            if span.start > span.end {
                return Err(format!(
                    "claim {}: {what} has start {} > end {}",
                    self.claim.index, span.start, span.end
                ));
            }
        }
        if q.start < s.start || q.end > s.end {
            return Err(format!(
                "claim {}: quantity span {}..{} lies outside its sentence {}..{}",
                self.claim.index, q.start, q.end, s.start, s.end
            ));
        }
        if let Some(v) = &self.claim.quantity.value
            && let Some(b) = [v.low, v.high]
                .into_iter()
                .flatten()
                .find(|b| !b.value.is_finite())
        {
            return Err(format!(
                "claim {}: value bound {} is not a finite number",
                self.claim.index, b.value
            ));
        }
        Ok(())
    }

    /// The quantity's span relative to the start of its sentence, when it lies inside it.
    pub(crate) fn span_in_sentence(&self) -> Option<(usize, usize)> {
        let s = self.claim.sentence;
        let q = self.claim.quantity.span;
        if q.start >= s.start
            && q.start <= q.end
            && q.end <= s.end
            && (q.end - s.start) as usize <= self.sentence_text.len()
        {
            Some(((q.start - s.start) as usize, (q.end - s.start) as usize))
        } else {
            None
        }
    }
}

/// The longest sentence text copied into a record; longer sentences (a run-on paragraph, a
/// table flattened into one line, hostile input) are cut to a window around the quantity, so
/// that memory stays proportional to the number of claims.
pub const MAX_SENTENCE_BYTES: usize = 600;

/// The sentence of a claim, or a window of it around the quantity marked with `…`.
fn excerpt(text: &str, sentence: Span, quantity: Span) -> String {
    let s = slice(text, sentence);
    if s.len() <= MAX_SENTENCE_BYTES {
        return s.to_owned();
    }
    let half = MAX_SENTENCE_BYTES / 2;
    let mid = (quantity.start as usize + quantity.end as usize) / 2;
    let mut start = mid.saturating_sub(half).max(sentence.start as usize);
    let mut end = (start + MAX_SENTENCE_BYTES).min(sentence.end as usize);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > sentence.start as usize {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < sentence.end as usize {
        out.push('…');
    }
    out
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start as usize..span.end as usize)
        .unwrap_or("")
}

/// A pointer to a claim in a document: what every finding cites.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub doc_id: String,
    /// The claim index within the document.
    pub claim: u32,
    /// The span of the quantity in the document.
    pub span: Span,
    /// The quantity as written (`more than 60`).
    #[serde(default)]
    pub text: String,
    /// The date the claim applies to (or the article's date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
    /// The document's source (outlet), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The span of the sentence in the document.
    #[serde(default)]
    pub sentence_span: Span,
    /// The sentence, for a reader.
    #[serde(default)]
    pub sentence: String,
    /// The archive-wide event the figure belongs to (`Event::id`), when it is linked to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The copies of this document (syndicated or repeated text) whose claims were counted
    /// once, as this document's, sorted by id; empty when it has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_reported_by: Vec<crate::duplicates::Reprint>,
}

impl Evidence {
    /// The evidence for one record.
    pub fn of(record: &ClaimRecord, date: Option<jiff::civil::Date>) -> Evidence {
        Evidence {
            doc_id: record.doc_id.clone(),
            claim: record.claim.index,
            span: record.claim.quantity.span,
            text: record.claim.quantity.text.clone(),
            date,
            source: record.source.clone(),
            sentence_span: record.claim.sentence,
            sentence: record.sentence_text.clone(),
            event: None,
            also_reported_by: Vec::new(),
        }
    }

    /// How a journalist names this evidence: the outlet (or document id) and the date.
    pub fn cite(&self) -> String {
        let who = self.source.as_deref().unwrap_or(&self.doc_id);
        match self.date {
            Some(d) => format!("{who}, {}", fmt_date(d)),
            None => who.to_string(),
        }
    }
}

/// A date as findings write it: `14 Feb 2026` (month names from jiff's strftime `%b`).
pub(crate) fn fmt_date(d: jiff::civil::Date) -> String {
    format!("{} {} {}", d.day(), d.strftime("%b"), d.year())
}
