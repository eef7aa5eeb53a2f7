//! `reckon-claims`: every number in a news article, resolved, framed and related.
//!
//! ```
//! use reckon_text::Document;
//!
//! let doc = Document::new("a", "Israel's campaign in Gaza has killed more than 57,500 Palestinians, \
//!     according to Gaza's health authorities.")
//!     .with_date(jiff::civil::date(2025, 7, 7));
//! let x = reckon_claims::extract(&doc);
//! let c = &x.claims[0];
//! assert_eq!(c.quantity.text, "more than 57,500");
//! let low = c.quantity.value.unwrap().low.unwrap();
//! assert_eq!((low.value, low.inclusive), (57_500.0, false));
//! assert_eq!(c.frame.counted.as_deref(), Some("Palestinian"));
//! assert_eq!(c.frame.measure_key.as_deref(), Some("killed+palestinian+gaza"));
//! ```
//!
//! Design decisions:
//! - One linear pass: a small lexer of its own (robust to whichever segmenter runs upstream), then a
//!   scanner with bounded look-ahead that jumps past each mention. Lexicon phrases are found by one
//!   Aho-Corasick automaton over the lower-cased text, built once in [`Extractor::new`].
//! - Values are intervals with open or closed ends and an `approximate` flag; dates keep their
//!   granularity (`2025-06` for `last month`), resolved against the document date with jiff.
//! - Synonym classes, units, currencies, places and modifiers are data (`data/lexicon.json`), and a
//!   user file merges over them ([`Lexicon::merge`]).
//! - Sentences come from `reckon_text::Segmented`; entity mentions (places) are used when given,
//!   with a gazetteer fallback.

#![deny(missing_docs)]

mod clock_day;
mod frame;
mod lex;
mod lexicon;
mod memo;
mod relations;
mod scan;
mod types;
mod words;

use std::sync::OnceLock;

use reckon_entities::Entity;
use reckon_text::{Document, Segmented, Span};

pub use frame::place_key;
pub use lexicon::{CountedClass, Error, Lexicon, Measure};
pub use types::{
    Attribution, Bound, Claim, Extraction, Frame, Granularity, OrdinalAnchor, Quantity,
    QuantityKind, Relation, RelationKind, RelativeOrdinal, TimeValue, Value,
};

use crate::lexicon::Compiled;
use crate::scan::{Context, iso_day};

/// The claims extractor: a compiled lexicon, built once, shared read-only across threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    compiled: Compiled,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the default lexicon compiled into the crate.
    pub fn new() -> Extractor {
        Extractor::with_lexicon(Lexicon::default())
    }

    /// An extractor with the given lexicon (for example `Lexicon::default_with(path)`).
    pub fn with_lexicon(lexicon: Lexicon) -> Extractor {
        Extractor {
            compiled: Compiled::new(lexicon),
        }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.compiled.lexicon
    }

    /// Extracts the claims of `doc`. `seg` gives the sentences; `entities` (may be empty) gives
    /// place mentions.
    pub fn extract(&self, doc: &Document, seg: &Segmented, entities: &[Entity]) -> Extraction {
        let text = doc.text.as_str();
        let toks = lex::lex(text);
        let lc = lex::lower(text);
        let sent = sentence_of(text, &toks, seg);
        let ctx = Context::new(text, &lc, &toks, &self.compiled, doc.meta.date, &sent);
        let mut qs = ctx.scan();
        let mut diagnostics = Vec::new();
        // a number beyond f64 (`1e309`, 400 digits) or a value that overflows when scaled
        // (308 nines then `thousand`) is not a quantity: no claim carries an infinite or NaN value
        let read = qs.len();
        qs.retain(|q| q.value.is_none_or(|v| finite(&v)));
        if qs.len() < read {
            diagnostics.push(format!(
                "{} number(s) too large to represent left out (not finite as a 64-bit float)",
                read - qs.len()
            ));
        }
        // relative ordinals, and the lone `one` or ordinal they take in (`the previous one`,
        // `the second to last`) dropped from the quantities
        let rel = ctx.relative_ordinals(&qs);
        if !rel.is_empty() {
            let mut k = 0usize;
            qs.retain(|q| {
                while k < rel.len() && rel[k].1 <= q.start {
                    k += 1;
                }
                !(k < rel.len() && rel[k].0 <= q.start && q.end <= rel[k].1)
            });
        }
        // memory per article is bounded: past the cap, claims (and relative ordinals) are
        // dropped and counted in a note
        for (what, found) in [("claims", qs.len()), ("relative ordinals", rel.len())] {
            if found > MAX_CLAIMS {
                diagnostics.push(format!(
                    "{what} capped at {MAX_CLAIMS} per article: {} more left out",
                    found - MAX_CLAIMS
                ));
            }
        }
        qs.truncate(MAX_CLAIMS);
        let relative_ordinals = rel
            .iter()
            .take(MAX_CLAIMS)
            .map(|&(s, e, anchor, offset)| {
                let span = ctx.span(s, e);
                RelativeOrdinal {
                    span,
                    text: span.slice(text).to_owned(),
                    anchor,
                    offset,
                }
            })
            .collect();
        if doc.meta.date.is_none()
            && qs.iter().any(|q| {
                matches!(q.kind, QuantityKind::Date | QuantityKind::Time) && q.time.is_none()
            })
        {
            diagnostics.push(
                "document has no date: relative dates and clock times left unresolved".to_owned(),
            );
        }
        // clock times take the date of a day in the same sentence, else the day the text
        // continues from, else the article date (`clock_day`)
        let times: Vec<Option<TimeValue>> = qs.iter().map(|q| q.time.clone()).collect();
        let days = clock_day::clock_days(&ctx, &qs, &times, &sent, doc.meta.date.map(iso_day));
        for (qi, day) in days.into_iter().enumerate() {
            if let Some((h, m, zone, off)) = qs[qi].clock.clone() {
                qs[qi].time = day.map(|d| {
                    let suffix = match off {
                        Some(0) => "Z".to_owned(),
                        Some(o) => format!(
                            "{}{:02}:{:02}",
                            if o < 0 { '-' } else { '+' },
                            o.abs() / 60,
                            o.abs() % 60
                        ),
                        None => String::new(),
                    };
                    let end = qs[qi]
                        .clock_to
                        .map(|(h2, m2)| format!("/{d}T{h2:02}:{m2:02}{suffix}"))
                        .unwrap_or_default();
                    TimeValue {
                        iso: format!("{d}T{h:02}:{m:02}{suffix}{end}"),
                        granularity: Granularity::Minute,
                        zone: zone.clone(),
                    }
                });
            }
        }
        let times: Vec<Option<TimeValue>> = qs.iter().map(|q| q.time.clone()).collect();
        let clause = frame::clauses(&ctx);
        let bounds = sentence_bounds(&ctx);
        let sources = frame::sources(&ctx, &clause, &qs, &bounds);
        let places = frame::places(&ctx, entities);
        let mut claims: Vec<Claim> = Vec::with_capacity(qs.len());
        for qi in 0..qs.len() {
            let q = &qs[qi];
            let span = ctx.span(q.start, q.end);
            let first = bounds[ctx.sentence_of[q.start] as usize].0;
            let f = frame::frame(&ctx, &clause, &qs, qi, &times, &sources, &places, first);
            let sentence = sentence_span(&ctx, &bounds, q.start);
            claims.push(Claim {
                index: qi as u32,
                quantity: Quantity {
                    span,
                    text: span.slice(text).to_owned(),
                    kind: q.kind,
                    value: q.value,
                    unit: q.unit.clone(),
                    time: q.time.clone(),
                },
                frame: f,
                sentence,
            });
        }
        // `rose to 23,500, up from about 18,000`, `the figure was likely to reach nearly 65`: a
        // quantity without an event of its own that refers back takes the frame of the previous
        // quantity of its sentence with one
        for qi in 1..claims.len() {
            if claims[qi].frame.event.is_some() || !frame::refers_back(&ctx, &clause, &qs[qi]) {
                continue;
            }
            // a bounded look back inside the sentence keeps hostile text linear
            let prev = (qi.saturating_sub(64)..qi)
                .rev()
                .take_while(|&j| claims[j].sentence == claims[qi].sentence)
                .find(|&j| {
                    claims[j].quantity.kind == claims[qi].quantity.kind
                        && claims[j].quantity.unit == claims[qi].quantity.unit
                        && claims[j].frame.event.is_some()
                });
            if let Some(j) = prev {
                let from = claims[j].frame.clone();
                let f = &mut claims[qi].frame;
                f.counted = f.counted.take().or(from.counted);
                f.event = from.event;
                f.cumulative = from.cumulative;
                f.place = f.place.take().or(from.place);
                f.measure_key = frame::measure_key(&ctx, f);
            }
        }
        let relations = relations::relations(&ctx, &qs, &claims);
        // parts inherit what their whole counts (`Of the 251 captives ..., 49 are held`)
        // and where it is (`49 are still held in Gaza, including 27 ...`: the 27 are in Gaza)
        for r in &relations {
            if r.kind != RelationKind::PartOf {
                continue;
            }
            let whole = claims[r.b as usize].frame.clone();
            let f = &mut claims[r.a as usize].frame;
            if f.counted.is_none() || f.place.is_none() {
                f.counted = f.counted.take().or(whole.counted);
                f.place = f.place.take().or(whole.place);
                f.measure_key = frame::measure_key(&ctx, f);
            }
        }
        Extraction {
            claims,
            relations,
            diagnostics,
            relative_ordinals,
        }
    }
}

/// The most claims (and, apart, relative ordinals) kept for one article. Real news articles hold
/// a few hundred at most (the largest of the 3,824 corpus articles has 305); a hostile text of numbers (`1 2 3
/// ...`, 2 MB) would make 300,000, each with its strings.
pub const MAX_CLAIMS: usize = 20_000;

/// Both ends of `v`, when present, are finite numbers.
fn finite(v: &Value) -> bool {
    [v.low, v.high]
        .into_iter()
        .flatten()
        .all(|b| b.value.is_finite())
}

/// The sentence index of each lexer token, from the segmentation (or from sentence-final
/// punctuation and line breaks when the segmentation is empty).
fn sentence_of(text: &str, toks: &[lex::Lexeme], seg: &Segmented) -> Vec<u32> {
    if seg.sentences.is_empty() {
        let mut out = Vec::with_capacity(toks.len());
        let mut s = 0u32;
        for (i, t) in toks.iter().enumerate() {
            if i > 0 && t.line_start {
                s += 1;
            }
            out.push(s);
            let x = &text[t.start as usize..t.end as usize];
            if matches!(x, "." | "!" | "?") && toks.get(i + 1).is_some_and(|n| n.spaced) {
                s += 1;
            }
        }
        return out;
    }
    // the segmenter's sentence, split further at line breaks (a paragraph break always ends one);
    // a segmenter boundary inside one of our tokens (`\u{fffd}1.|3bn`) or before digits glued
    // to the token before (`?|1.3bn`, a lost currency sign) is not a sentence end
    let mut k = 0usize;
    let mut out = Vec::with_capacity(toks.len());
    let mut cur = 0u32;
    let mut prev: Option<usize> = None;
    let mut prev_tok: Option<&lex::Lexeme> = None;
    for t in toks {
        while k + 1 < seg.sentences.len() && seg.sentences[k].span.end <= t.start {
            k += 1;
        }
        let glued = prev_tok.is_some_and(|p| {
            let end = seg.sentences[prev.unwrap_or(0)].span.end;
            !t.spaced && (p.start < end && end < p.end || t.kind == lex::LexemeKind::Number)
        });
        if prev.is_some_and(|p| p != k && !glued || t.line_start) {
            cur += 1;
        }
        prev = Some(k);
        prev_tok = Some(t);
        out.push(cur);
    }
    out
}

/// First and last token of every sentence id, computed once per document (a per-claim walk
/// over the sentence would be quadratic in one long sentence).
fn sentence_bounds(ctx: &Context<'_>) -> Vec<(usize, usize)> {
    let n = ctx
        .sentence_of
        .iter()
        .map(|&s| s as usize + 1)
        .max()
        .unwrap_or(0);
    let mut bounds = vec![(usize::MAX, 0); n];
    for (i, &s) in ctx.sentence_of.iter().enumerate() {
        let b = &mut bounds[s as usize];
        b.0 = b.0.min(i);
        b.1 = b.1.max(i);
    }
    bounds
}

fn sentence_span(ctx: &Context<'_>, bounds: &[(usize, usize)], tok: usize) -> Span {
    let (a, b) = bounds[ctx.sentence_of[tok] as usize];
    Span::new(ctx.lexemes[a].start as usize, ctx.lexemes[b].end as usize)
}

/// Extracts the claims of `doc` with the default lexicon, segmenting it first.
pub fn extract(doc: &Document) -> Extraction {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    let x = DEFAULT.get_or_init(Extractor::new);
    let seg = reckon_text::segment(&doc.text);
    x.extract(doc, &seg, &[])
}
