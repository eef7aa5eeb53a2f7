//! A figure its clause says holds now (issue 14, session 35; the claims README tells what the
//! rule changed on the real corpus).
//!
//! `Its route network currently includes 37 destinations`, `Currently, the firm claims about
//! 100 million users`, `The population has now risen to 40,000`, `At present 12 hospitals are
//! open`: a present-tense figure with `currently`, `presently`, `now`, `right now`, `at present`
//! or `at the moment` in its own clause states the article date (docs/judging/frames.md,
//! ruling of session 35). Only when the clause names no date of its own (the caller asks last).
//! Not for a clause in the past or the future (`was currently`, `will now cost`, `could now
//! face`), not for `now` as one end of a window or an offset (`until now`, `from now`,
//! `between now and 2030`, `now that`), and not for the earlier value of a change (`now 5
//! percent, down from 7 percent`) nor an age, a duration, an ordinal, a date or a clock time.
//! A bare `so far`, `thus far`, `to date` or `as yet` with no start stated is such a cue too
//! (`27 people have died so far`, `To date, the fund has raised $2 million`; ruling of session
//! 36); `so far this year` is a window with its start, told elsewhere.

use jiff::civil::Date;

use super::super::cues;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// Tokens before the figure within which the cue is looked for.
const BEFORE: usize = 10;
/// Tokens after the figure within which the cue is looked for.
const AFTER: usize = 6;
/// Tokens back from the figure within which a cue opening its sentence is looked for.
const FRONT_REACH: usize = 400;

/// The article date for figure `qi` when its clause says it holds now (see the module).
pub(super) fn currently(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    today: Date,
) -> Option<TimeValue> {
    let q = &qs[qi];
    if !matches!(
        q.kind,
        QuantityKind::Count
            | QuantityKind::Percent
            | QuantityKind::Fraction
            | QuantityKind::Money
            | QuantityKind::Dimension
    ) || matches!(
        ctx.lower(q.start.wrapping_sub(1)),
        "from" | "than" | "per" | "every"
    ) {
        return None;
    }
    let c = clause[q.start];
    let s = ctx.sentence_of[q.start];
    let same = |t: usize| t < clause.len() && clause[t] == c && ctx.sentence_of[t] == s;
    let a = q.start.saturating_sub(BEFORE);
    let b = (q.end + AFTER).min(clause.len());
    // (a fronted cue opens the whole sentence: `Currently, the firm claims 70 percent of the
    // market, with about 100 million users`)
    // (looked for at most FRONT_REACH tokens back, so that a sentence of thousands of figures
    // costs each of them no walk to its start; past that reach no cue is fronted)
    let s0 = (0..=q.start)
        .rev()
        .take(FRONT_REACH)
        .take_while(|&t| ctx.sentence_of[t] == s)
        .last()?;
    let at_start = s0 == 0 || ctx.sentence_of[s0 - 1] != s;
    let fronted = |t: usize| {
        at_start
            && now_cue(ctx, t)
            && (t == s0
                || t == s0 + 1 && matches!(ctx.lower(s0), "at" | "right" | "so" | "thus" | "to")
                || t == s0 + 2 && ctx.lower(s0) == "at")
    };
    let cue = (a..b)
        .filter(|&t| same(t))
        .find(|&t| now_cue(ctx, t))
        .or_else(|| (s0..(s0 + 3).min(q.start)).find(|&t| fronted(t)))?;
    // (a relative clause or another clause between the figure and the cue is another noun's
    // or says something else: `an adviser to four presidents who is now an analyst`, `X, who is
    // now 40, won three medals`, `That is three of five but now it gets interesting`)
    let (x, y) = if cue < q.start {
        (cue, q.start)
    } else {
        (q.end, cue)
    };
    let other = |t: usize| {
        matches!(
            ctx.lower(t),
            "who" | "which" | "whose" | "whom" | "but" | "while" | "whereas" | "although"
        )
    };
    if (x..y).any(other) && !fronted(cue) {
        return None;
    }
    // (the tense of the clause around the figure and the cue)
    let lo = a.min(cue);
    let hi = b.max(cue + 1);
    let past = (lo..hi)
        .filter(|&t| same(t) && ctx.is_word(t))
        .any(|t| not_present(ctx, t));
    (!past).then(|| TimeValue {
        iso: today.to_string(),
        granularity: Granularity::Day,
        zone: None,
    })
}

/// Whether token `t` is a cue that the clause holds now: `currently`, `presently`, `at
/// present`, `at the moment`, `right now`, or a `now` that is not one end of a window or an
/// offset (`until now`, `from now`, `now and`, `now that`, `now-defunct`).
fn now_cue(ctx: &Context<'_>, t: usize) -> bool {
    let w = ctx.lower(t);
    match w {
        "currently" | "presently" => true,
        // (`so far`, `thus far`, `to date`, `as yet` with no start stated: as of the article
        // date, docs/judging/frames.md, ruling of session 36; not `so far as`, `so far from`,
        // `up to date`, `year to date`, `so far this year` (a window with its start, told
        // elsewhere))
        "far" | "date" | "yet" => {
            let before = ctx.lower(t.wrapping_sub(1));
            let after = ctx.lower(t + 1);
            let opener = match w {
                "far" => matches!(before, "so" | "thus"),
                "date" => {
                    before == "to"
                        && !matches!(
                            ctx.lower(t.wrapping_sub(2)),
                            "up" | "year" | "-" | "month" | "quarter" | "season"
                        )
                }
                _ => before == "as",
            };
            // (another sense of `far`: `so far as`, `so far from`, `so far away`)
            let other_sense = w == "far"
                && matches!(
                    after,
                    "as" | "from"
                        | "away"
                        | "ahead"
                        | "behind"
                        | "apart"
                        | "beyond"
                        | "off"
                        | "out"
                        | "removed"
                        | "short"
                );
            // (a start stated: `so far this year`, `so far in 2017`)
            let start = matches!(
                after,
                "this" | "in" | "since" | "during" | "for" | "-" | "that"
            );
            // (`as yet unnamed`: an adjective's)
            let adjective = w == "yet" && ctx.is_word(t + 1);
            opener && !other_sense && !start && !adjective
        }
        "present" => ctx.lower(t.wrapping_sub(1)) == "at" && !ctx.is_punct(t + 1, "-"),
        "moment" => ctx.lower(t.wrapping_sub(1)) == "the" && ctx.lower(t.wrapping_sub(2)) == "at",
        "now" => {
            let before = ctx.lower(t.wrapping_sub(1));
            let after = ctx.lower(t + 1);
            !matches!(
                before,
                "until" | "till" | "til" | "to" | "from" | "between" | "than" | "for" | "since"
            ) && !matches!(after, "that" | "and" | "on" | "-" | "or")
                // (`for some time now`, `for years now`: a window ending now, of no stated
                // length)
                && !matches!(
                    before,
                    "time"
                        | "while"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "decades"
                        | "generations"
                        | "centuries"
                )
        }
        _ => false,
    }
}

/// Whether word `t` puts its clause in the past, the future or a condition: a past or modal
/// auxiliary (`was`, `had`, `will`, `could`, `going to`), `if` or `unless`, or a past verb (`-ed`, or a common irregular one) that no
/// present auxiliary, article or possessive stands right before (`is estimated at`, `has
/// risen`, `the estimated 188 million` are not). Verbs of saying are
/// the saying's, not the figure's (`Currently 37 routes are open, the airline said`).
fn not_present(ctx: &Context<'_>, t: usize) -> bool {
    let w = ctx.lower(t);
    if matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "will"
            | "would"
            | "could"
            | "should"
            | "might"
            | "shall"
            | "'ll"
            | "'d"
            | "wo"
            | "if"
            | "unless"
    ) || w == "going" && ctx.lower(t + 1) == "to"
    {
        return true;
    }
    // (a verb of saying, the lexicon's attribution verbs: its tense is the report's, not the
    // figure's)
    if ctx.has_role(t, |r| matches!(r, Role::AttrVerb))
        || ctx.capitalized(t) && t > 0 && ctx.sentence_of[t - 1] == ctx.sentence_of[t]
    {
        return false;
    }
    let past = w.len() > 4 && w.ends_with("ed") || irregular_past(w);
    if !past {
        return false;
    }
    let supported = (t.saturating_sub(3)..t).any(|k| {
        matches!(
            ctx.lower(k),
            "is" | "are"
                | "am"
                | "be"
                | "been"
                | "being"
                | "has"
                | "have"
                | "'s"
                | "'re"
                | "'ve"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
        )
    });
    !supported
}

/// Common irregular past-tense verbs ([`cues::irregular_past`]) less the verbs of saying and
/// those often participles after `is`/`has` alone (`is held`, `has found`, `is hit`).
fn irregular_past(w: &str) -> bool {
    cues::irregular_past(w)
        && !matches!(
            w,
            "spoke"
                | "met"
                | "held"
                | "found"
                | "led"
                | "struck"
                | "shot"
                | "hit"
                | "says"
                | "said"
        )
}
