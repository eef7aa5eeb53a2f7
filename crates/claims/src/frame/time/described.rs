//! A figure in a phrase that describes a noun (issue 14, session 24, round fr24b).

use crate::scan::{Context, RawQuantity};

/// Words after the describing phrase's opener within which the figure is read as its own
/// (`, consisting of four power units with 1,200 MW capacity each`).
const REACH: usize = 8;

/// `signed an agreement on constructing the first nuclear power plant in El Dabaa, consisting
/// of four power units`, `traveled to the island, ..., inhabited by around 500 people`, `the
/// mayor of the city, home to 60,000 people`, `one unit, comprising two chalets, was closed`,
/// `the town, with a population of 50,000`, `a market town with a population of 40,000`: a figure in a phrase that a comma and a word of
/// make-up or population open describes a standing property of the noun before it, not the
/// event of the clause, so a fronted date (`On November 19, 2015 Russia and Egypt signed ...`,
/// `In November, ...`, `Since 2009, ...`) is no time of it. Only the words of make-up and
/// population; a participle of action keeps the event's date (`shot two men last month,
/// killing one`).
pub(super) fn in_describing_phrase(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    let s = ctx.sentence_of[q.start];
    (q.start.saturating_sub(REACH)..q.start)
        .rev()
        .take_while(|&k| ctx.sentence_of[k] == s && !ctx.is_punct(k, ",;:()"))
        .any(|k| {
            // (`with a population of` describes wherever it stands: `of Tarrant, a market town
            // with a population of 40,000`)
            let population = ctx.lower(k) == "with" && ctx.lower(k + 2) == "population";
            k >= 1 && (ctx.is_punct(k - 1, ",") || population) && opens_description(ctx, k)
        })
}

/// True when the words from token `k` open a describing phrase: `consisting of`, `comprising`,
/// `composed of`, `made up of`, `inhabited by`, `populated by`, `home to`, `with a population of`.
fn opens_description(ctx: &Context<'_>, k: usize) -> bool {
    let w = |i: usize| ctx.lower(k + i);
    match w(0) {
        "comprising" => true,
        "consisting" | "composed" => w(1) == "of",
        "made" => w(1) == "up" && w(2) == "of",
        "inhabited" | "populated" => w(1) == "by",
        "home" => w(1) == "to",
        "with" => matches!(w(1), "a" | "an") && w(2) == "population" && w(3) == "of",
        _ => false,
    }
}
