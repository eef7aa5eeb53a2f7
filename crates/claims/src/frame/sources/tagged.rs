//! A quantity inside a quote that a source's tag closes (`"...," The Times reported`) is the
//! tag's, not that of a source found first whose verb stands before the quote opens.

use super::{Source, sources_in};
use crate::frame::quote_marks::{closing, opening};
use crate::scan::{Context, RawQuantity};

/// The source of quantity `q` when it stands inside a quote closed by a source's tag (`"...,"
/// The Times reported`) and the source `best` found first says its own content before the quote
/// opens: the tag's (`The documents showed that he did not pay federal income taxes that year and
/// claimed about $916 million in losses "that would have been large enough to wipe out more than
/// $50 million a year ...," The Times reported`; `READ MORE: Seoul says North Korea carried out
/// missile tests "The two sides are like two accelerating trains ...," Wang said`). A source
/// named inside the quote stays (`"CBO recently found that ... more than 2 million ...," Hall
/// wrote`): no quotation mark between its verb and `q`.
pub(super) fn tagged<'s>(
    ctx: &Context<'_>,
    sources: &'s [Source],
    q: &RawQuantity,
    best: Option<&'s Source>,
) -> Option<&'s Source> {
    let b = best?;
    let s = ctx.sentence_of[q.start];
    let mark = |p: usize| opening(ctx, p) || closing(ctx, p);
    let open = (b.skip.1..q.start).rev().find(|&p| mark(p));
    let close = (q.end..ctx.sentence_of.len())
        .take_while(|&p| ctx.sentence_of[p] == s)
        .find(|&p| mark(p));
    let tag = match (open, close) {
        (Some(o), Some(c)) if opening(ctx, o) && closing(ctx, c) => sources_in(sources, s)
            .iter()
            .find(|t| t.skip.0 == c + 1 && q.start >= t.from && q.end <= t.to),
        _ => None,
    };
    tag.or(best)
}
