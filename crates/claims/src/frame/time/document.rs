//! The year or month of the document a figure is reported from (`According to the 2016 Business
//! Climate Survey ..., 92 percent of respondents ...`, `..., according to a 2014 report from the
//! Economic Policy Institute`): the figure holds as of it when it has no date of its own.

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// Nouns of a document that gives figures (`a 2014 report`, `the 2016 survey`, `November
/// figures`, `the India HIV Estimations 2015 Technical Report`).
fn document_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "reports"
            | "survey"
            | "surveys"
            | "study"
            | "studies"
            | "research"
            | "figures"
            | "data"
            | "statistics"
            | "ranking"
            | "rankings"
            | "analysis"
            | "estimates"
            | "estimations"
            | "census"
            | "poll"
            | "index"
            | "yearbook"
            | "assessment"
            | "audit"
    )
}

/// The time of figure `qi` (a count, a percentage, a fraction or money, not after `from`) as of
/// the year or month that names the document of its source (tokens `a..b` of the source's
/// phrase; `a == b` for a source after what it says, whose phrase runs to the sentence's end, at
/// most 24 tokens): the date right before the document's noun or its name (at most four words
/// between, no mark). A day is the date of a saying, not of a document, and is left to the
/// saying's rules; so is a date of a relative clause in the phrase (`X, who won gold in 2014,`),
/// and a figure whose clause says it holds now (`currently`, `today`).
pub(super) fn document_date(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    (a, b): (usize, usize),
) -> Option<TimeValue> {
    let q = &qs[qi];
    if !matches!(
        q.kind,
        QuantityKind::Count | QuantityKind::Percent | QuantityKind::Fraction | QuantityKind::Money
    ) || ctx.lower(q.start.wrapping_sub(1)) == "from"
    {
        return None;
    }
    let (a, b) = phrase(ctx, q, (a, b))?;
    let k = qs.partition_point(|x| x.start < a);
    let k = (k..qs.len())
        .take_while(|&k| qs[k].start < b)
        .find(|&k| qs[k].kind == QuantityKind::Date)?;
    let t = times[k].as_ref()?;
    if !matches!(t.granularity, Granularity::Year | Granularity::Month)
        || (a..qs[k].start).any(|t| matches!(ctx.lower(t), "who" | "which" | "whose"))
    {
        return None;
    }
    let end = qs[k].end;
    let named = (end..(end + 5).min(b))
        .take_while(|&t| ctx.is_word(t))
        .any(|t| document_noun(ctx.lower(t)));
    (named && !now(ctx, clause, q)).then(|| t.clone())
}

/// The tokens of a source's phrase (`a..b`; `a == b` for a source after what it says: its
/// phrase runs to the sentence's end, at most 24 tokens); none for such a source before the
/// figure.
fn phrase(ctx: &Context<'_>, q: &RawQuantity, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    if a != b {
        return Some((a, b));
    }
    if a < q.end {
        return None;
    }
    let s = ctx.sentence_of[a];
    let b = (a..(a + 24).min(ctx.lexemes.len()))
        .take_while(|&t| ctx.sentence_of[t] == s)
        .last()
        .map_or(a, |t| t + 1);
    Some((a, b))
}

/// Whether the figure's own words date it now (`According to the 1998 census, ..., with only
/// one-third of the country's estimated 188 million inhabitants currently residing in cities`).
fn now(ctx: &Context<'_>, clause: &[u32], q: &RawQuantity) -> bool {
    let c = clause[q.start];
    (q.start.saturating_sub(12)..(q.end + 12).min(clause.len()))
        .filter(|&t| clause[t] == c)
        .any(|t| matches!(ctx.lower(t), "currently" | "now" | "today" | "presently"))
}

/// Verbs of putting a document out (`a report released on Jan 10`, `published on Tuesday`).
fn published(w: &str) -> bool {
    matches!(w, "released" | "published" | "issued" | "unveiled")
}

/// The time of figure `qi` (a count, a percentage, a fraction or money, not after `from`) as of
/// the date its source's document came out, when the phrase of the source after it (tokens
/// `a..b`, as for [`document_date`]) names a document and the date it was published, in a participle or
/// a relative clause of the document (`..., according to a report released on Jan 10 by the
/// US-China Business Council`, `according to the report by the International Federation for
/// Human Rights, which was released on Tuesday`): the date a source gave the figure
/// (docs/judging/frames.md), at any granularity. The published verb right before the date (a
/// preposition between at most), a document noun in the phrase before the verb, no other date
/// in the sentence; not the base of a rate (`425 out of every 100,000`), nor a figure its clause
/// dates now. (A source before the figure is left to the saying's rules: `According to a report
/// released on Tuesday, 300 workers lost their jobs`.)
pub(super) fn published_date(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    saying: (usize, usize),
) -> Option<TimeValue> {
    let q = &qs[qi];
    if !matches!(
        q.kind,
        QuantityKind::Count | QuantityKind::Percent | QuantityKind::Fraction | QuantityKind::Money
    ) || matches!(ctx.lower(q.start.wrapping_sub(1)), "from" | "every")
    {
        return None;
    }
    let (a, b) = phrase(ctx, q, saying)?;
    if a < q.end {
        return None;
    }
    // (the document's relative clause after the phrase: `, which was released on Tuesday`)
    let b = if ctx.is_punct(b, ",") && ctx.lower(b + 1) == "which" {
        let s = ctx.sentence_of[b];
        (b..(b + 8).min(ctx.lexemes.len()))
            .take_while(|&t| ctx.sentence_of[t] == s)
            .last()
            .map_or(b, |t| t + 1)
    } else {
        b
    };
    let k = qs.partition_point(|x| x.start < a);
    let k = (k..qs.len())
        .take_while(|&k| qs[k].start < b)
        .find(|&k| qs[k].kind == QuantityKind::Date)?;
    let d = qs[k].start;
    let v = if matches!(ctx.lower(d.wrapping_sub(1)), "on" | "in") {
        d.wrapping_sub(2)
    } else {
        d.wrapping_sub(1)
    };
    if v < a || !published(ctx.lower(v)) {
        return None;
    }
    let named = (a..v)
        .any(|t| document_noun(ctx.lower(t)) || matches!(ctx.lower(t), "statement" | "paper"));
    // (the publication the sentence's only date: `The trade turnover ... in the first two months
    // of the current year grew ... to $11.58 billion, X said in a report published on
    // Wednesday` holds in the months the recogniser did not take as its own)
    let s = ctx.sentence_of[q.start];
    let alone = qs
        .iter()
        .enumerate()
        .all(|(j, x)| j == k || x.kind != QuantityKind::Date || ctx.sentence_of[x.start] != s);
    if !named || !alone || now(ctx, clause, q) {
        return None;
    }
    times[k].clone()
}
