//! A country adjective on a noun of places after a locative preposition (issue 14, session 37;
//! the claims README tells what the rule changed on the real corpus): `crowds of hundreds or
//! thousands in most sizeable Russian cities`, `the first win on Australian soil`. The cities
//! are where the counted things are, and the adjective says whose cities they are, as `in
//! Russia's cities` would: `docs/judging/frames.md` counts a place adjective on the noun that
//! locates the counted things (`schools in Kenya`, `23 US states`) as their place. Used only
//! when the figure's own clause names no place.

use super::countries;
use crate::frame::sources::is_function;
use crate::scan::{Context, RawQuantity};

/// Tokens looked at on each side of the figure, inside its own clause.
const WINDOW: usize = 16;

/// Nouns of the places of a country (`cities`, `soil`, `hospitals`): after a country adjective
/// and a locative preposition they say where something is. Not `capital` (the descriptions of
/// `place.rs` resolve it to the city), nor a noun that a name follows (`the French town of
/// Grasse`: the name is the place).
fn site_noun(w: &str) -> bool {
    matches!(
        w,
        "cities"
            | "towns"
            | "villages"
            | "provinces"
            | "regions"
            | "territory"
            | "territories"
            | "soil"
            | "waters"
            | "airspace"
            | "hospitals"
            | "prisons"
            | "jails"
            | "schools"
            | "streets"
            | "countryside"
            | "ports"
            | "airports"
    )
}

/// The country of a country adjective (`Russian`, `South Korean`) that stands after a locative
/// preposition and up to three lower-case words, right before a noun of [`site_noun`] that ends
/// its phrase, inside quantity `q`'s own clause and off the quantity (`in most sizeable Russian
/// cities`); `on` only before `soil` (`on Russian schools`: a topic); not for a count of
/// countries.
pub(crate) fn adjective_site(ctx: &Context<'_>, clause: &[u32], q: &RawQuantity) -> Option<String> {
    let s = ctx.sentence_of[q.start];
    let c = clause[q.start];
    // (a count of countries is not in another country's places: `athletes from nearly 100
    // nations for the first Winter Olympics on South Korean soil`, `The two countries
    // established coordination to avoid conflicts in Syrian airspace`)
    if matches!(
        ctx.lower(q.end),
        "countries" | "nations" | "states" | "country" | "nation"
    ) {
        return None;
    }
    let own = |k: usize| k < clause.len() && clause[k] == c && ctx.sentence_of[k] == s;
    let off = |k: usize| k < q.start || k >= q.end;
    let lo = q.start.saturating_sub(WINDOW);
    let hi = (q.end + WINDOW).min(clause.len());
    (lo..hi)
        .filter(|&p| own(p) && off(p))
        .filter(|&p| {
            matches!(
                ctx.lower(p),
                "in" | "at" | "across" | "throughout" | "within" | "inside" | "on"
            )
        })
        .find_map(|p| {
            // (a determiner, a quantifier or an adjective: `in most sizeable`)
            let k = (p + 1..p + 4)
                .find(|&k| !(own(k) && off(k) && ctx.is_word(k) && !ctx.capitalized(k)))
                .unwrap_or(p + 4);
            [2, 1].into_iter().find_map(|len| {
                let e = k + len;
                let name = (k..e).all(|j| own(j) && off(j) && ctx.is_word(j) && ctx.capitalized(j));
                if !name || !own(e) || !off(e) || !site_noun(ctx.lower(e)) {
                    return None;
                }
                if ctx.lower(p) == "on" && ctx.lower(e) != "soil" {
                    return None;
                }
                // (the noun ends its phrase: no lower-case word it modifies, no `of` naming it)
                let next = e + 1;
                let ends = !ctx.is_word(next)
                    || ctx.sentence_of.get(next) != Some(&s)
                    || ctx.capitalized(next)
                    || is_function(ctx, next) && ctx.lower(next) != "of";
                if !ends {
                    return None;
                }
                let a = ctx.lexemes[k].start as usize;
                let b = ctx.lexemes[e - 1].end as usize;
                let c = countries();
                let &i = c.by_adjective.get(ctx.lower_text.get(a..b)?)?;
                Some(c.names[i as usize].clone())
            })
        })
}

/// Region adjectives and the region they name (`African` -> Africa).
const REGIONS: &[(&str, &str)] = &[
    ("african", "Africa"),
    ("european", "Europe"),
    ("asian", "Asia"),
    ("latin american", "Latin America"),
    ("south american", "South America"),
    ("central american", "Central America"),
    ("caribbean", "the Caribbean"),
    ("middle eastern", "the Middle East"),
    ("baltic", "the Baltics"),
    ("balkan", "the Balkans"),
    ("scandinavian", "Scandinavia"),
];

/// The region a region adjective names on a count of countries right after it (`37 African
/// countries`, `39 European countries`, `six European nations`): a count of countries has no
/// place among its members, but the region holding them is where they are (`docs/judging/
/// frames.md`: a containing place; fresh26 #97). Not a group that is no region (`18 Arab
/// states`, `six mainly Muslim countries`).
pub(crate) fn region_countries(ctx: &Context<'_>, q: &RawQuantity) -> Option<String> {
    let s = ctx.sentence_of[q.start];
    let t = q.end;
    let same = |k: usize| ctx.sentence_of.get(k) == Some(&s) && ctx.is_word(k);
    REGIONS.iter().find_map(|&(adj, region)| {
        let len = adj.split(' ').count();
        let e = t + len;
        let words = (t..e).all(|k| same(k) && ctx.capitalized(k));
        if !words || !same(e) {
            return None;
        }
        let a = ctx.lexemes[t].start as usize;
        let b = ctx.lexemes[e - 1].end as usize;
        let named = ctx.lower_text.get(a..b) == Some(adj);
        let countries = matches!(ctx.lower(e), "countries" | "nations" | "states");
        (named && countries).then(|| region.to_owned())
    })
}
