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

/// Words only a report of a game uses (`matchday`, `penalties`, `a first-half try`, `13 points
/// from seven games`, `second in the table`); two different ones in a sentence make it a game's
/// (session 36, [`game_sentence`]).
fn game_word(ctx: &Context<'_>, k: usize) -> bool {
    match ctx.lower(k) {
        // (a noun, not the verb: `try to`)
        "try" => !matches!(ctx.lower(k + 1), "to" | "and"),
        w => matches!(
            w,
            "matchday"
                | "penalties"
                | "tries"
                | "striker"
                | "strikers"
                | "midfielder"
                | "goalkeeper"
                | "touchdown"
                | "touchdowns"
                | "wickets"
                | "innings"
                | "relegation"
                | "bundesliga"
                | "fixture"
                | "fixtures"
                | "halftime"
                | "half-time"
                | "goals"
                | "points"
                | "table"
                | "season"
                | "league"
                | "match"
                | "matches"
                | "games"
                | "fans"
                | "boot"
        ),
    }
}

/// True when the sentence of token `at` reports a game: at least two different words of
/// [`game_word`] in it (`Hamburg were second in the table ... with 13 points from seven
/// games`, `eight points from the boot of ... Sexton ... that England never looked like
/// closing, despite Owen Farrell's three penalties`). Its place names are teams, as around a
/// score; only a venue is a place.
fn game_sentence(ctx: &Context<'_>, at: usize) -> bool {
    let s = ctx.sentence_of[at];
    // (within [`GAME_WINDOW`] tokens either side: a bounded walk per figure)
    let a = at.saturating_sub(GAME_WINDOW);
    let b = (at + GAME_WINDOW).min(ctx.sentence_of.len());
    let mut first: Option<&str> = None;
    for k in (a..b).filter(|&k| ctx.sentence_of[k] == s) {
        if ctx.is_word(k) && game_word(ctx, k) {
            let w = ctx.lower(k);
            match first {
                None => first = Some(w),
                Some(f) if f != w => return true,
                Some(_) => {}
            }
        }
    }
    false
}

/// Tokens either side of a figure searched for words of [`game_word`].
const GAME_WINDOW: usize = 60;

/// True when `q` is a game's score: a tally (unit `score`) with no word of a vote within
/// [`VOTE_WINDOW`] tokens in its sentence; or any figure of a sentence that reports a game
/// ([`game_sentence`]; session 36).
pub(crate) fn game_score(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    if q.unit.as_deref() != Some("score") {
        return game_sentence(ctx, q.start);
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
