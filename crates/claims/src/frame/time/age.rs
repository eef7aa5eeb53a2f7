//! The age of a person in apposition is the age at the article date: which dates of the
//! sentence it does not take.

use crate::scan::{Context, RawQuantity};
use crate::types::{QuantityKind, TimeValue};

/// `Lisa Murphy, 39, had a termination in the summer of 2015`, `The 79-year-old Cosby raped
/// her in 1974`: an age in apposition to a name (`Name, N,`, `Name, a N-year-old X,`) or a `the
/// N-year-old` is the person's
/// age at the article date, so a date two or more calendar years before it is not the age's
/// time; unless a death is told next to the age, which fixes it (`Mr Black, 52, was shot
/// dead on 1 November 2012`, `the manslaughter of Ms Shortall, 47, on 3 April 2015`). An age
/// that brings a person into an event keeps its date (`In January 2016, a 22-year-old woman
/// was murdered`, `at the age of 94`).
pub(super) fn age_now(ctx: &Context<'_>, q: &RawQuantity, t: &TimeValue) -> bool {
    let Some(today) = ctx.date else {
        return false;
    };
    let end = t.iso.rsplit('/').next().unwrap_or(&t.iso);
    let old = end
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| y < i32::from(today.year()) - 1);
    let b = q.start.wrapping_sub(1);
    let appositive =
        ctx.is_punct(b, ",") && ctx.capitalized(b.wrapping_sub(1)) && ctx.is_punct(q.end, ",.;");
    // (`the 79-year-old`, not `at the age of 25`)
    let year_old = ctx.lower(q.end.wrapping_sub(1)).ends_with("old");
    let definite = ctx.lower(b) == "the" && year_old;
    // (`Trudeau, a 45-year-old liberal,`)
    let described = matches!(ctx.lower(b), "a" | "an")
        && year_old
        && ctx.is_punct(b.wrapping_sub(1), ",")
        && ctx.capitalized(b.wrapping_sub(2));
    let s = ctx.sentence_of[q.start];
    let death = (q.start.saturating_sub(8)..q.end + 6)
        .take_while(|&k| ctx.sentence_of.get(k).is_some_and(|&x| x <= s))
        .any(|k| ctx.sentence_of[k] == s && death_word(ctx.lower(k)));
    q.kind == QuantityKind::Age && old && (appositive || definite || described) && !death
}

/// Words that tell a death, which fixes the age of the dead (`shot dead`, `the murder of`).
fn death_word(w: &str) -> bool {
    matches!(
        w,
        "dead"
            | "died"
            | "dies"
            | "killed"
            | "killing"
            | "murder"
            | "murdered"
            | "manslaughter"
            | "death"
            | "body"
            | "drowned"
    )
}
