//! A sports figure dated by the season of its own clause (`have won just five top-flight games
//! this season`, `finished fifth last season`, `This season they are 17th after 25 games`,
//! `finished in the Bundesliga's top 8 last term`): the season's two years as a window (issue 14,
//! session 29; the claims README tells what it changed on the real corpus).
//!
//! The class, from the real corpus: match reports and league round-ups count goals, games, wins
//! and places in a table "this season" or "last season" with no calendar date in the clause. The
//! judged samples date those figures by the season (`2016/2017` in a February 2017 article).
//! Only with a word of a game in the sentence: a weather season (`only 18 days above 35 degrees
//! Celsius this season`, the southern summer), a fashion week's or a television series' season
//! is not a league's. Not a season's possessive (`this season's competition`, `last season's
//! underachievers`: it dates the noun after it), nor `this campaign`.

use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// Words of a game or a league table: one of them in the sentence makes a season a sports season.
fn game_word(w: &str) -> bool {
    matches!(
        w,
        "goal"
            | "goals"
            | "game"
            | "games"
            | "match"
            | "matches"
            | "points"
            | "league"
            | "bundesliga"
            | "wins"
            | "win"
            | "won"
            | "defeat"
            | "defeats"
            | "scored"
            | "scoring"
            | "relegation"
            | "relegated"
            | "division"
            | "tier"
            | "table"
            | "club"
            | "striker"
    )
}

/// The season window for a count or a rank `q` with no date of its own when its clause (within
/// 12 tokens either way) names `this season`/`this term` or `last season`/`last term`, not as a
/// possessive, and its sentence names a game (see [`game_word`]). A season that starts in the
/// second half of a year runs into the next (`2016/2017` for `this season` from July 2016 to
/// June 2017); `last` is the one before.
pub(super) fn sports_season(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
) -> Option<TimeValue> {
    if !matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal) {
        return None;
    }
    let today = ctx.date?;
    let c = clause[q.start];
    let s = ctx.sentence_of[q.start];
    let n = clause.len();
    let lo = (q.start.saturating_sub(12)..q.start)
        .rev()
        .take_while(|&t| clause[t] == c)
        .last()
        .unwrap_or(q.start);
    let hi = (q.end..(q.end + 12).min(n))
        .take_while(|&t| clause[t] == c)
        .last()
        .map_or(q.end, |t| t + 1);
    // the nearest season phrase of the clause
    let (k, shift) = (lo..hi.saturating_sub(1))
        .filter_map(|k| {
            let which = match ctx.lower(k) {
                "this" => 0,
                "last" => 1,
                _ => return None,
            };
            let noun = matches!(ctx.lower(k + 1), "season" | "term");
            (noun && clause[k + 1] == c && !ctx.possessive_after(k + 2)).then_some((k, which))
        })
        .min_by_key(|&(k, _)| k.abs_diff(q.start))?;
    // (not across a comparison or a contrast: `lost only three games compared with 14 in this
    // campaign`, `conceded 13 goals less than they had at the same stage last season`, `took the
    // title by 10 points but have won just five games this season`)
    let (a, b) = if k < q.start {
        (k, q.start)
    } else {
        (q.end, k)
    };
    if (a..b).any(|t| {
        matches!(
            ctx.lower(t),
            "than" | "compared" | "but" | "while" | "whereas"
        )
    }) {
        return None;
    }
    let sentence = (lo.saturating_sub(40)..(hi + 40).min(ctx.sentence_of.len()))
        .filter(|&t| ctx.sentence_of[t] == s)
        .any(|t| game_word(ctx.lower(t)));
    if !sentence {
        return None;
    }
    let y = i32::from(today.year()) - i32::from(today.month() < 7) - shift;
    Some(TimeValue {
        iso: format!("{:04}/{:04}", y, y + 1),
        granularity: Granularity::Year,
        zone: None,
    })
}
