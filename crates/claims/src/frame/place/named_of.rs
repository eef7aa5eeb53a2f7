//! A place that only completes another name after `of` (issue 14, session 26; the claims README
//! tells what the rule changed on the real corpus).

use crate::scan::Context;

use super::geographic_head;

/// True when the place at token `t` follows `of` right after a capitalised word inside the
/// sentence: the place completes the name of a person, an organisation or a work, it is not
/// where the counted thing is: `the other three Democrats ... were Mazie Hirono of Hawaii and
/// Al Franken of Minnesota`, `a policy from Blue Cross Blue Shield of North Carolina`, `the
/// Port Authority of New York and New Jersey readied hundreds of plows`, `the 969-carat Star
/// of Sierra Leone`, `Madeleine Berg of Fidra`. (`the` may stand between `of` and the place:
/// `the Bank of the Philippine Islands`.) Not after a head that names a place itself (`the
/// Republic of Cyprus`, `the District of Columbia`, `the Gulf of Mexico`), nor after a word
/// opening the sentence or a number (`One-third of China's 100 largest cities`, `Thousands of
/// Mestizos`): a share of a place's things is in it.
pub(crate) fn named_of(ctx: &Context<'_>, t: usize) -> bool {
    let of = if t >= 1 && ctx.lower(t - 1) == "the" {
        t.wrapping_sub(2)
    } else {
        t.wrapping_sub(1)
    };
    // (a title-case `Of` is a headline's: `Died During The Initial Bombardment Of Baghdad`)
    if of < 2 || of >= t || ctx.span(of, of + 1).slice(ctx.text) != "of" {
        return false;
    }
    let n = of - 1;
    let s = ctx.sentence_of[t];
    ctx.is_word(n)
        && ctx.capitalized(n)
        && !ctx.starts_number(n)
        && ctx.sentence_of[n - 1] == s
        // (not a name's opening word after the sentence's opening quote or dash)
        && ctx.is_word(n - 1)
        && !geographic_head(ctx.lower(n))
        && !place_name_head(ctx.lower(n))
}

/// Capitalised heads that name a place with `of` after them (`the Republic of Korea`, `the Isle
/// of Man`, `the Gulf of Aden`).
fn place_name_head(w: &str) -> bool {
    matches!(
        w,
        "republic"
            | "kingdom"
            | "state"
            | "states"
            | "commonwealth"
            | "emirate"
            | "principality"
            | "federation"
            | "islands"
            | "island"
            | "isle"
            | "gulf"
            | "bay"
            | "sea"
            | "strait"
            | "straits"
            | "cape"
            | "horn"
            | "coast"
            | "heart"
            | "north"
            | "south"
            | "east"
            | "west"
            | "centre"
            | "center"
            | "outskirts"
            | "rest"
            | "people"
            | "peoples"
            | "citizens"
            | "residents"
    )
}
