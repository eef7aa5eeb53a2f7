//! Relations between the claims of one article: part-of, restatement, derived remainders and
//! arithmetic contradictions.

use std::collections::HashMap;

use crate::scan::{Context, RawQuantity};
use crate::types::{Claim, QuantityKind, Relation, RelationKind};

fn counting(q: &RawQuantity) -> bool {
    q.kind == QuantityKind::Count
}

/// The nearest counting claim before `qi`, in the same sentence (or the previous one when
/// `prev_sentence`).
fn whole_before(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    qi: usize,
    prev_sentence: bool,
) -> Option<usize> {
    let s = ctx.sentence_of[qs[qi].start];
    let oldest = if prev_sentence {
        s.saturating_sub(1)
    } else {
        s
    };
    // (sentence ids never decrease: the walk stops at the first quantity too far back)
    (0..qi)
        .rev()
        .take_while(|&j| ctx.sentence_of[qs[j].start] >= oldest)
        .find(|&j| {
            let sj = ctx.sentence_of[qs[j].start];
            counting(&qs[j]) && (sj == s || prev_sentence && sj + 1 == s)
        })
}

/// Finds the relations of one document.
pub(crate) fn relations(ctx: &Context<'_>, qs: &[RawQuantity], claims: &[Claim]) -> Vec<Relation> {
    let mut out: Vec<Relation> = Vec::new();
    // claims already a part of something (a part has one whole)
    let mut is_part = vec![false; qs.len()];
    let mut part_of =
        |part: usize, whole: usize, evidence: reckon_text::Span, out: &mut Vec<Relation>| {
            if part == whole || is_part[part] {
                return;
            }
            is_part[part] = true;
            let (pv, wv) = (claims[part].quantity.value, claims[whole].quantity.value);
            let contradiction = match (pv.and_then(|v| v.low), wv.and_then(|v| v.high)) {
                (Some(pl), Some(wh)) => pl.value > wh.value,
                _ => false,
            };
            out.push(Relation {
                kind: RelationKind::PartOf,
                a: part as u32,
                b: whole as u32,
                derived: None,
                evidence: vec![evidence],
                contradiction,
            });
        };
    for (qi, q) in qs.iter().enumerate() {
        if !counting(q) {
            continue;
        }
        let s = q.start;
        // `Of the 251 captives ..., 49 ...`
        let (cue_s, ok) =
            if ctx.lower(s.wrapping_sub(1)) == "the" && ctx.lower(s.wrapping_sub(2)) == "of" {
                (s - 2, true)
            } else if ctx.lower(s.wrapping_sub(1)) == "of" {
                (s - 1, true)
            } else {
                (0, false)
            };
        if ok {
            let starts = cue_s == 0
                || ctx.sentence_of[cue_s - 1] != ctx.sentence_of[cue_s]
                || ctx.is_punct(cue_s - 1, ",;:\u{2014}\"\u{201c}");
            if starts {
                // the next counting claim after a comma in the same sentence is the part
                if let Some(pj) = (qi + 1..qs.len())
                    .take_while(|&j| ctx.sentence_of[qs[j].start] == ctx.sentence_of[s])
                    .find(|&j| counting(&qs[j]))
                {
                    let comma_between = (q.end..qs[pj].start).any(|k| ctx.is_punct(k, ","));
                    if comma_between {
                        part_of(pj, qi, ctx.span(cue_s, s), &mut out);
                    }
                }
            } else if qi > 0
                && counting(&qs[qi - 1])
                && qs[qi - 1].end >= cue_s.saturating_sub(1)
                && qs[qi - 1].end <= cue_s
            {
                // `27 of the 49`
                part_of(qi - 1, qi, ctx.span(cue_s, s), &mut out);
            }
        }
        // `including 27`, `among them 5`, `of whom 3`
        let p1 = ctx.lower(s.wrapping_sub(1));
        let p2 = ctx.lower(s.wrapping_sub(2));
        let cue = match (p2, p1) {
            (_, "including") | (_, "includes") | (_, "included") => Some((s - 1, false)),
            ("among", "them")
            | ("among", "whom")
            | ("of", "whom")
            | ("of", "which")
            | ("among", "those") => Some((s - 2, true)),
            _ => None,
        };
        if let Some((cs, prev_sentence)) = cue {
            if let Some(w) = whole_before(ctx, qs, qi, prev_sentence) {
                part_of(qi, w, ctx.span(cs, s), &mut out);
            }
        }
        // `27 of them`
        if ctx.lower(q.end) == "of" && matches!(ctx.lower(q.end + 1), "them" | "those" | "whom") {
            if let Some(w) = whole_before(ctx, qs, qi, true) {
                part_of(qi, w, ctx.span(q.end, q.end + 2), &mut out);
            }
        }
    }
    // derived remainders: whole - part
    let parts: Vec<Relation> = out
        .iter()
        .filter(|r| r.kind == RelationKind::PartOf)
        .cloned()
        .collect();
    for r in parts {
        let (p, w) = (&claims[r.a as usize], &claims[r.b as usize]);
        if let (Some(pv), Some(wv)) = (
            p.quantity.value.and_then(|v| v.as_exact()),
            w.quantity.value.and_then(|v| v.as_exact()),
        ) {
            // (two finite values can still overflow: 1e308 - -1e308)
            if !r.contradiction && (wv - pv).is_finite() {
                out.push(Relation {
                    kind: RelationKind::Derived,
                    a: r.b,
                    b: r.a,
                    derived: Some(wv - pv),
                    evidence: r.evidence.clone(),
                    contradiction: false,
                });
            }
        }
    }
    // restatements: the same exact value and kind, compatible counted noun, another sentence
    let mut first: HashMap<(u8, u64, Option<String>), usize> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        let q = &c.quantity;
        if !matches!(
            q.kind,
            QuantityKind::Count | QuantityKind::Money | QuantityKind::Percent
        ) {
            continue;
        }
        let Some(v) = q.value.and_then(|v| v.as_exact()) else {
            continue;
        };
        if v < 10.0 && c.frame.counted.is_none() {
            continue;
        }
        let key = (
            q.kind as u8,
            v.to_bits(),
            c.frame.counted.as_ref().map(|s| s.to_lowercase()),
        );
        match first.get(&key) {
            Some(&j) if claims[j].sentence != c.sentence => {
                out.push(Relation {
                    kind: RelationKind::Restates,
                    a: i as u32,
                    b: j as u32,
                    derived: None,
                    evidence: vec![claims[j].quantity.span, q.span],
                    contradiction: false,
                });
            }
            Some(_) => {}
            None => {
                first.insert(key, i);
            }
        }
    }
    out
}
