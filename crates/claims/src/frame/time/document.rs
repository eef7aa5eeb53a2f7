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
    let b = if a == b {
        if a < q.end {
            return None;
        }
        let s = ctx.sentence_of[a];
        (a..(a + 24).min(ctx.lexemes.len()))
            .take_while(|&t| ctx.sentence_of[t] == s)
            .last()
            .map_or(a, |t| t + 1)
    } else {
        b
    };
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
    // (not a figure its own words date now: `According to the 1998 census, ..., with only
    // one-third of the country's estimated 188 million inhabitants currently residing in cities`)
    let c = clause[q.start];
    let now = (q.start.saturating_sub(12)..(q.end + 12).min(clause.len()))
        .filter(|&t| clause[t] == c)
        .any(|t| matches!(ctx.lower(t), "currently" | "now" | "today" | "presently"));
    (named && !now).then(|| t.clone())
}
