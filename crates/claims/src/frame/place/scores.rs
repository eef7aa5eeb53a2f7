//! The place of a game's score (issue 14, session 24; the claims README tells what the rule
//! changed on the real corpus).
//!
//! A score (a count with unit `score`: `a 3-0 defeat`, `beat Charlton 2-1`) is a game's result,
//! and the place of a game is its venue, named after `in` or `at` (`a 4-0 series defeat in
//! India`, `losing 2-1 ... at Sevilla`, `In Rome, Wales won 33-7`) or as its hosts (`beating
//! hosts Russia 4-3`). Every other place name around a score is a team, whatever its part in
//! the clause: the subject (`Augsburg came from behind twice to secure a thrilling 3-2 victory`,
//! `France scored a try ... to win 20-18 over Wales`), an owner (`Cologne's 1-0 win`, `Hamburg's
//! 8-0 demolition`), the side beaten or faced (`a 2-0 win over bottom-club Darmstadt`, `lose 2-1
//! to Sevilla`, `a 3-0 victory at home to Augsburg`), or one side of a fixture line (`Lotte 2-0
//! 1860 Munich`); read on the real corpus, names in those parts were teams in every case. A
//! tally of votes is no game (`Jackson city council members voted 5-2`, `the country is split
//! 52-48 in favour`): its place is where the vote is, found as for any count.

use crate::scan::{Context, RawQuantity};

/// Words that make a tally a vote's, not a game's score (`voted 5-2`, `a 5-4 ruling`, `split
/// 52-48`, `passed 217-213`), looked for within [`VOTE_WINDOW`] tokens of the tally.
fn vote_word(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "votes"
            | "voted"
            | "voting"
            | "ballot"
            | "ballots"
            | "majority"
            | "verdict"
            | "ruling"
            | "ruled"
            | "decision"
            | "split"
            | "passed"
            | "approved"
            | "rejected"
            | "favour"
            | "favor"
            | "referendum"
            | "poll"
            | "polls"
            | "senate"
            | "council"
            | "jury"
            | "court"
    )
}

/// Tokens either side of a tally searched for a word of [`vote_word`].
const VOTE_WINDOW: usize = 8;

/// True when `q` is a game's score: a tally (unit `score`) with no word of a vote within
/// [`VOTE_WINDOW`] tokens in its sentence.
pub(crate) fn game_score(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    if q.unit.as_deref() != Some("score") {
        return false;
    }
    let s = ctx.sentence_of[q.start];
    let a = q.start.saturating_sub(VOTE_WINDOW);
    let b = (q.end + VOTE_WINDOW).min(ctx.sentence_of.len());
    !(a..b).any(|k| ctx.sentence_of[k] == s && vote_word(ctx.lower(k)))
}

/// True when the place named at token `t` is the venue of a game: right after `in`, `at` or
/// `hosts`/`host` (over a `the`: `in the Bundesliga` is kept as the recogniser gives it). Not
/// `at home to Augsburg` (the side faced: the word before the name is `to`), nor a name that
/// owns the game (`the only goal in Cologne's 1-0 win`: the team whose win it is, session 29).
pub(crate) fn venue(ctx: &Context<'_>, t: usize) -> bool {
    let mut d = t.wrapping_sub(1);
    if ctx.lower(t) != "the" && ctx.lower(d) == "the" {
        d = d.wrapping_sub(1);
    }
    // (the name's last capitalised word, a few at most: `in Real Madrid's 2-1 win`)
    let end = (t + 1..t + 4)
        .find(|&k| !ctx.capitalized(k))
        .unwrap_or(t + 4);
    matches!(ctx.lower(d), "in" | "at" | "hosts" | "host") && !ctx.possessive_after(end)
}

/// The token after a tally of votes that the figure `q` is a side of, when it is one: a tally
/// written `by N to M` (`Peers defied ministers by 358 to 256`, `MPs voted ... by 335 to 287`,
/// `Scotland voted by 62% to 38%`; either side) or a tally with unit `score` beside a word of a
/// vote (`council members voted 5-2`). The tally's place is where the voters are, named before
/// it (`The Scottish Parliament voted by 69 to 59`) or right after it in an `in` phrase; a place
/// later in the sentence is in what was voted on (`to guarantee the rights of EU nationals
/// living in the UK`), which [`after_tally`] keeps out.
pub(crate) fn tally_end(ctx: &Context<'_>, q: &RawQuantity) -> Option<usize> {
    if q.unit.as_deref() == Some("score") {
        return (!game_score(ctx, q)).then_some(q.end);
    }
    // (a side is one number with a glued percent sign at most: `358`, `62%`)
    let side = |k: usize| {
        ctx.is_num(k).then(|| {
            if ctx.is_punct(k + 1, "%") && ctx.glued(k + 1) {
                k + 2
            } else {
                k + 1
            }
        })
    };
    let first = q.start > 0 && ctx.lower(q.start - 1) == "by" && ctx.lower(q.end) == "to";
    if first {
        return side(q.end + 1);
    }
    // (the second side: `by 358 to` before it)
    let to = q.start.checked_sub(1).filter(|&k| ctx.lower(k) == "to")?;
    let mut a = to.checked_sub(1)?;
    if ctx.is_punct(a, "%") {
        a = a.checked_sub(1)?;
    }
    (ctx.is_num(a) && a > 0 && ctx.lower(a - 1) == "by").then_some(q.end)
}

/// True when the place named at token `t` lies after the tally ending before token `end` and
/// is not in an `in` phrase right after it (`voted by 62% to 38% in Scotland` keeps its place).
pub(crate) fn after_tally(ctx: &Context<'_>, t: usize, end: usize) -> bool {
    let right_after = (ctx.lower(end) == "in" || ctx.lower(end) == "across")
        && (t == end + 1 || t == end + 2 && ctx.lower(end + 1) == "the");
    t >= end && !right_after
}
