//! A year or month inside an `after the ...` noun phrase after the figure dates that earlier
//! event, not the figure (issue 14, session 26b; the claims README tells what it changed on the
//! real corpus).
//!
//! The class, from the real corpus: a figure of a later state or action, then the event it
//! followed as a noun phrase with its own date (`thousands of soldiers deployed ... after the
//! Charlie Hebdo attack in January 2015`, `a force of 7,000 troops deployed ... after the January
//! 2015 attacks in Paris`, `a second independence referendum after the failure of a 2014 vote`,
//! `made millions of dollars buying ... a failed mortgage lender after the 2008 crash`). The date
//! is the event noun's. Only a year, month or coarser two or more calendar years before the
//! article: a day after `after` is often the figure's own day too (`three people have been
//! arrested after a man was stabbed yesterday`), and so may a recent month or year (`Four people
//! were arrested after the January riots`, `The DUP held 38 seats ... after the 2016 elections`
//! in 2017). A clause after `after` (a verb inside: `after the state passed restrictions in
//! 2014`) is left to the other rules. Not an age, nor `shortly after` (`a high of $69 per share
//! shortly after its 2013 initial public offering`: the figure shares the event's year).

use super::age::two_years_before;
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;

/// True when date `d` (time `t`), after figure `q` in its clause, closes an `after`/`following`
/// noun phrase (a determiner after the preposition) with no verb or punctuation between
/// (another date and an `and` may: `after the Charlie Hebdo attack in January 2015 and the
/// Paris attacks of November 2015`); not `shortly after`.
pub(super) fn in_after_event_phrase(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
    d: &RawQuantity,
    t: &TimeValue,
) -> bool {
    let coarse = matches!(
        t.granularity,
        Granularity::Year | Granularity::Month | Granularity::Decade | Granularity::Century
    );
    // (not an age: it holds at its own clause's event, which follows the `after` event in the
    // same month or year: `A 25-year-old sea turtle slipped into a coma after an operation ...
    // earlier this month`)
    if !coarse || d.start <= q.end || q.kind == QuantityKind::Age {
        return false;
    }
    // (an event two or more calendar years before the article: a recent one may share its
    // month or year with the reaction that followed soon after, `Four people were arrested
    // after the January riots`, `The DUP held 38 seats ... after the 2016 elections` in 2017)
    if !two_years_before(ctx, t) {
        return false;
    }
    let Some(a) = (q.end..d.start)
        .rev()
        .take(16)
        .take_while(|&k| {
            (ctx.is_word(k) || ctx.is_num(k))
                && clause[k] == clause[d.start]
                && !verb_like(ctx.lower(k))
        })
        .find(|&k| matches!(ctx.lower(k), "after" | "following"))
    else {
        return false;
    };
    // (`shortly after its 2013 initial public offering`: close enough to share its date)
    if matches!(
        ctx.lower(a.wrapping_sub(1)),
        "shortly" | "soon" | "just" | "immediately" | "right" | "directly"
    ) {
        return false;
    }
    words::determiner(ctx.lower(a + 1))
        || matches!(ctx.lower(a + 1), "its" | "his" | "her" | "their")
}

/// A word that is likely a finite verb or a participle (`passed`, `was`, `took`): it makes the
/// words after `after` a clause, not a noun phrase.
fn verb_like(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "has" | "had" | "have" | "be" | "been" | "did" | "does"
    ) || w.len() > 3 && w.ends_with("ed")
        || words::irregular_past_verb(w)
}
