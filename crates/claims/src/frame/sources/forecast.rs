//! Active forecast verbs with a stated agent report the figure they forecast (the lead's ruling
//! under Attribution in docs/judging/frames.md): `Cadillac expects sales in China to grow 10%`,
//! `with officials expecting growth of 2.1 percent`, `the local weather agency forecasting
//! snowfall of some 30 centimetres`; their passive (`is expected to`) names no source.

use super::{cues, number_at};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};

/// Active forecast verbs, which report the figure they forecast when their agent is stated
/// (`Cadillac expects sales in China to grow 10%`, `with officials expecting growth of 2.1
/// percent`; docs/judging/frames.md, Attribution): like `estimates`; their passive (`is expected
/// to`, `is forecast at`) names no source, and is not among them (`expected`, `projected` are
/// read as passives elsewhere). The guideline also counts `X projects N`, but the word is left
/// out here: in news it is far more often a noun (`infrastructure projects worth $3.7 billion`),
/// and reading it as a verb made more wrong sources than right on the corpus.
pub(super) fn forecast_verb(w: &str) -> bool {
    matches!(
        w,
        "expects"
            | "expect"
            | "expecting"
            | "forecasts"
            | "forecasting"
            | "predicts"
            | "predict"
            | "predicting"
    )
}

/// An active forecast verb at `i`, or data seeing a figure ([`data_sees`]).
pub(super) fn forecast_word(ctx: &Context<'_>, i: usize) -> bool {
    forecast_verb(ctx.lower(i)) || data_sees(ctx, i)
}

/// `see` or `project` right after a plural noun of forecasts or estimates (`Estimates project
/// the People's Party ...`, `Forecasts see growth in the Eurozone slowing ... in 2017`; fresh25
/// #51, fresh26 #121): the data as the agent of a forecast, as `Opinion polls show 45%` (attr44).
pub(super) fn data_sees(ctx: &Context<'_>, i: usize) -> bool {
    i > 0
        && matches!(ctx.lower(i), "see" | "project")
        && matches!(
            ctx.lower(i - 1),
            "estimates" | "forecasts" | "projections" | "predictions"
        )
        && !matches!(
            ctx.lower(i.wrapping_sub(2)),
            "the" | "to" | "of" | "for" | "in"
        )
}

/// `forecast` after a perfect's auxiliary, a verb (`The producers had forecast production to decline by
/// 20 percent`, `the agency has forecast 3 percent growth`): the active verb, not the noun or
/// the passive participle (`the forecast`, `is forecast at`).
fn perfect(ctx: &Context<'_>, i: usize) -> bool {
    ctx.lower(i) == "forecast" && i > 0 && matches!(ctx.lower(i - 1), "has" | "have" | "had")
}

/// The reporting verb `verb` at `i` is a form that is also a plural noun
/// ([`cues::noun_like_speech_verb`]), and not `forecast` after a perfect's auxiliary.
pub(super) fn noun_like(ctx: &Context<'_>, i: usize, verb: &str) -> bool {
    cues::noun_like_speech_verb(verb) && !perfect(ctx, i)
}

/// Whether the word at `i` (in a sentence ending at `se`) is an active forecast verb reporting a
/// figure that follows it in its clause (within 12 tokens, no comma, quote or parenthesis
/// between): not after `to`, a form of `be`, a preposition or a possessive (`to expect`, `the
/// projects`), and not when a reporting verb later in the sentence says it all (`China expects
/// to increase its reserves by 420 billion cubic meters, the agency said`).
pub(super) fn forecast(ctx: &Context<'_>, qs: &[RawQuantity], i: usize, se: usize) -> bool {
    // (data seeing a figure: within 20 tokens, past a parenthesis, and whatever follows, as an
    // adjective `an expected 1.6 percent`)
    if data_sees(ctx, i) {
        return (i + 1..(i + 20).min(se))
            .take_while(|&k| !ctx.is_punct(k, ".;:\"\u{201c}\u{201d}"))
            .any(|k| ctx.starts_number(k) || number_at(qs, k) || quantity_at(qs, k));
    }
    forecast_verb(ctx.lower(i))
        && !ctx.capitalized(i)
        && !matches!(
            ctx.lower(i.wrapping_sub(1)),
            "to" | "be" | "been" | "being" | "of" | "for" | "its" | "their" | "his" | "her"
        )
        && (i + 1..(i + 12).min(se))
            .take_while(|&k| !ctx.is_punct(k, ".;:,()\"\u{201c}\u{201d}"))
            .any(|k| ctx.starts_number(k) || number_at(qs, k) || quantity_at(qs, k))
        && (i + 1..se).all(|k| !ctx.has_role(k, |r| matches!(r, Role::AttrVerb)))
}

/// The end of a source's content `(a, b)` after the verb at `i` (`verb`, its content opening
/// at `after`, `that` when a that-clause): a forecast's object stops at the writer's next clause
/// (`The DUP expects to take 31-33 seats and Sinn Fein has an expectation of 25-28, thus
/// leaving another block of approximately 30 seats`), only where the forecast rule found the
/// verb (the lexicon's reporting verbs keep their content: `NHS Providers predicts its members,
/// which ..., will get ...`).
pub(super) fn forecast_end(
    ctx: &Context<'_>,
    (i, verb): (usize, &str),
    (a, after): (usize, usize),
    that: bool,
    b: usize,
) -> usize {
    if forecast_verb(verb)
        && !ctx.has_role(i, |r| matches!(r, Role::AttrVerb))
        && a == after
        && !that
    {
        b.min(object_end(ctx, after, b))
    } else {
        b
    }
}

/// Where the object of an active forecast verb ends (`after` its verb, `end` the content's end
/// so far): at a comma, or at a conjunction before a new subject (`expects to take 31-33 seats
/// and Sinn Fein has an expectation of 25-28`, `expects 6.5 percent in 2017 while Zhang ...
/// give ...`): what follows is the writer's or another's.
fn object_end(ctx: &Context<'_>, after: usize, end: usize) -> usize {
    (after..end)
        .find(|&k| {
            ctx.is_punct(k, ",;")
                || matches!(ctx.lower(k), "and" | "while" | "but" | "whereas")
                    && ctx.capitalized(k + 1)
        })
        .unwrap_or(end)
}

/// A quantity of any kind, dates too, opens at token `t` (`Wood Mackenzie expects 2017 to bring
/// ...`, `Cadillac expects sales ... to continue growing ... this year`): a forecast's date is in
/// what it forecasts.
fn quantity_at(qs: &[RawQuantity], t: usize) -> bool {
    let k = qs.partition_point(|q| q.start < t);
    qs.get(k).is_some_and(|q| q.start == t)
}
