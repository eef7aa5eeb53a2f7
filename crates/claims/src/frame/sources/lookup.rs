//! Which source covers a quantity: the sources of its sentence, the first whose range holds it
//! (outside its own phrase, not across a headline seam), or one nested in its `that` content.

use super::Source;
use super::seam::seam_between;
use super::tagged;
use crate::scan::{Context, RawQuantity};
use crate::types::Attribution;

/// The sources found in sentence `s`.
pub(crate) fn sources_in(sources: &[Source], s: u32) -> &[Source] {
    let from = sources.partition_point(|x| x.sentence < s);
    let to = from + sources[from..].partition_point(|x| x.sentence == s);
    &sources[from..to]
}

/// The attribution of the first source covering quantity `q`, unless a later covering source
/// is nested in its content with a `that` clause holding `q` (`X said the company told Y that
/// it would sell the plant in March`: the company's). Only sources of its sentence can cover
/// it: a lookup per quantity among all sources would be quadratic in a long article.
pub(crate) fn source_of(
    ctx: &Context<'_>,
    sources: &[Source],
    q: &RawQuantity,
) -> Option<Attribution> {
    covering(ctx, sources, q).map(|s| s.attribution.clone())
}

/// The source covering quantity `q` (see [`source_of`]).
pub(crate) fn covering<'s>(
    ctx: &Context<'_>,
    sources: &'s [Source],
    q: &RawQuantity,
) -> Option<&'s Source> {
    let mut best: Option<&Source> = None;
    for s in sources_in(sources, ctx.sentence_of[q.start]) {
        let covers = q.start >= s.from
            && q.end <= s.to
            && !(q.start < s.skip.1 && q.end > s.skip.0)
            && !seam_between(ctx, q, &s.attribution);
        let nested =
            |b: &Source| s.that && q.start >= s.skip.1 && s.skip.0 >= b.skip.1 && s.from > b.from;
        if covers && best.is_none_or(nested) {
            best = Some(s);
        }
    }
    tagged::tagged(ctx, sources, q, best)
}
