//! Places as the text writes them (issue 14, session 19): a definite description of a site
//! (`at the scene`, `in the building`, `the region's two largest economies`), which
//! `docs/judging/frames.md` counts as a stated place, and the header of a fielded listing
//! entry run into one sentence (`DHAKA, BANGLADESH July, 2016 TARGET: 22 killed ...`).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::{motion, relation_before, tokens_of, word_automaton};
use crate::frame::sources::is_function;
use crate::scan::Context;
use crate::words;

/// Nouns of a site that a definite description names where something is or happened. Not the
/// country and the city (resolved to their names, `place.rs`), nor nouns that are as often no
/// place (`market`, `border`, `ground`, `world`: `across the world` names none); `state` and
/// `county` only as [`administrative`] allows.
const SITES: &[&str] = &[
    "scene",
    "building",
    "area",
    "region",
    "island",
    "site",
    "boulevard",
    "street",
    "avenue",
    "square",
    "camp",
    "compound",
    "village",
    "town",
    "neighbourhood",
    "neighborhood",
    "district",
    "province",
    "premises",
    "state",
    "county",
    "mainland",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// The compass nouns of [`SITES`]: a part of a place the article names (`the foster home in the
/// southeast`), which `docs/judging/frames.md` (descriptions of a named place) counts as stated.
fn compass(w: &str) -> bool {
    matches!(
        w,
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    )
}

/// True when the description of `state` or `county` at noun token `i`, its `the` at `d`, names
/// where something is: after a preposition of being inside (`children die of sickle cell in the
/// state`, `generates $40 billion a year in the state`, `over 15 parades in the county`,
/// `throughout the state`) and with no word after it that it modifies (`in the state media`, `in
/// the state legislature`, `the county jail`: an institution, not the land). A `state` is as
/// often the government (`owned by the state`, `the state's pension fund`), so no possessive and
/// no `at`/`on`.
fn administrative(ctx: &Context<'_>, d: usize, i: usize) -> bool {
    matches!(
        ctx.lower(d.wrapping_sub(1)),
        "in" | "across" | "throughout" | "within"
    ) && !ctx.is_word(i + 1)
        && !ctx.is_punct(i + 1, "'\u{2019}")
}

/// Words before a site's description that make it where something is (`at the scene`, `in the
/// building`, `across the region`); also before a named building (`place/facility.rs`).
pub(super) fn locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "on" | "inside" | "across" | "around" | "throughout" | "within"
    )
}

/// Nouns a compass word modifies (`the east coast`, `the north side`, `the west wing`).
fn compass_head(w: &str) -> bool {
    matches!(
        w,
        "coast"
            | "side"
            | "end"
            | "wing"
            | "bank"
            | "part"
            | "pole"
            | "face"
            | "gate"
            | "entrance"
            | "wall"
            | "lawn"
            | "tower"
            | "stand"
            | "shore"
            | "and"
            | "or"
    )
}

/// Modifiers that make a description another site than the one meant (`the other building`,
/// `the neighbouring village`) or a comparison's (`the same area`).
fn other(w: &str) -> bool {
    matches!(
        w,
        "other" | "neighbouring" | "neighboring" | "same" | "next" | "previous" | "former" | "new"
    )
}

/// The definite descriptions of a site in the article, as written: `(noun token, "the ...
/// noun")` for a `the` and up to three lower-case modifiers before a noun of [`SITES`], after a
/// locative preposition (`at the scene`, `on the broad boulevard`) or before a possessive (`the
/// region's`). Not `the area of ...` (`in the region of $5 million`, `the area of the community
/// of Rasm al-Ais`: what follows says which), not after a relation or a motion word (`near the
/// village`, `came to the island`).
pub(crate) fn sites(ctx: &Context<'_>, places: &[(usize, String)]) -> Vec<(usize, String)> {
    static NOUNS: OnceLock<AhoCorasick> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| word_automaton(SITES));
    let mut out = Vec::new();
    for i in tokens_of(ctx, nouns) {
        // (`the wall-building`: the end of a compound)
        if i == 0 || ctx.capitalized(i) || ctx.lower(i + 1) == "of" || ctx.glued(i) {
            continue;
        }
        // (`in the north Atlantic`, `the east coast`, `the west-bound lane`: a compass word
        // modifying what follows names that, not a part of the place; `to the north` is a
        // direction, which [`motion`] and the locative test leave out)
        if compass(ctx.lower(i))
            && (ctx.is_word(i + 1) && (ctx.capitalized(i + 1) || compass_head(ctx.lower(i + 1)))
                || ctx.is_punct(i + 1, "-") && ctx.glued(i + 1))
        {
            continue;
        }
        let s = ctx.sentence_of[i];
        // (a capitalised modifier too, `the Asia-Pacific region`, `the Yuba county area`; a
        // hyphen glued on both sides)
        // (a name before a site that is no land, `the Facebook site`, is whose it is: only an
        // area of land takes one)
        let land = matches!(
            ctx.lower(i),
            "area"
                | "region"
                | "island"
                | "mainland"
                | "camp"
                | "district"
                | "province"
                | "village"
                | "town"
                | "neighbourhood"
                | "neighborhood"
        );
        // (no number: `the six-story building` holds its own figure)
        let modifier = |k: usize| {
            (ctx.is_word(k)
                && !is_function(ctx, k)
                && words::small(ctx.lower(k)).is_none()
                && words::tens(ctx.lower(k)).is_none()
                && !other(ctx.lower(k))
                && (land || !ctx.capitalized(k))
                || ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1))
                && ctx.sentence_of[k] == s
        };
        let mut d = i - 1;
        while d > 0 && i - d <= 4 && modifier(d) {
            d -= 1;
        }
        if ctx.lower(d) != "the" || ctx.sentence_of[d] != s {
            continue;
        }
        let possessive = ctx.possessive_after(i + 1);
        let before = ctx.lower(d.wrapping_sub(1));
        // (`across the street from the embassy`: facing it, a relation)
        let facing = before == "across" && ctx.lower(i + 1) == "from";
        // (a place named inside it, `the Gaza Strip area`, is the place)
        let at = places.partition_point(|(t, _)| *t < d);
        let named = places.get(at).is_some_and(|(t, _)| *t <= i);
        let government = matches!(ctx.lower(i), "state" | "county") && !administrative(ctx, d, i);
        if !(locative(before) || possessive)
            || government
            || motion(before)
            || facing
            || named
            || relation_before(ctx, d)
            || !ctx.is_word(i)
        {
            continue;
        }
        out.push((i, as_written(ctx, d, i)));
    }
    out
}

/// The description from `the` at token `d` to its noun at `i`, as written, its article lower
/// case (`The region's six leading companies` -> `the region`): a description, not a name.
pub(crate) fn as_written(ctx: &Context<'_>, d: usize, i: usize) -> String {
    let text = ctx.span(d, i + 1).slice(ctx.text);
    match text.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => text.to_owned(),
    }
}

/// True when the sentence opens at token `first` with `On` or `At` and a place at token `t`
/// ends that phrase (the rest of its name or `below`, `above`, `alone` after it, `On the broad
/// boulevard below,`, then a comma; not `At the famous Rivonia trial,`: a name modifying a noun):
/// a fronted locative like `In Aleppo,` (`docs/judging/frames.md`). Not `On Tuesday,` (no place),
/// nor a longer phrase whose place may be another's (`At a news conference in Geneva on ...`).
pub(crate) fn fronted_on_at(ctx: &Context<'_>, first: usize, t: usize) -> bool {
    matches!(ctx.lower(first), "on" | "at")
        && t > first
        && t - first <= 5
        && (t + 1..=t + 3)
            .find(|&k| {
                !(ctx.is_word(k)
                    && (ctx.capitalized(k) || matches!(ctx.lower(k), "below" | "above" | "alone")))
            })
            .is_some_and(|k| ctx.is_punct(k, ","))
}

/// True when the figure opening at token `start` counts stories (`477 stories`, `More than 3,000
/// stories`): the word `stories` after its number, with only the number and its modifiers
/// before.
pub(crate) fn story_count(ctx: &Context<'_>, start: usize) -> bool {
    let mut k = start;
    while k < start + 4
        && (ctx.is_num(k)
            || matches!(
                ctx.lower(k),
                "more" | "than" | "about" | "nearly" | "over" | "almost" | "some" | "around"
            ))
    {
        k += 1;
    }
    k > start && ctx.is_num(k - 1) && matches!(ctx.lower(k), "stories" | "story")
}

/// The place of the header of a fielded listing entry run into one sentence (`PARIS, FRANCE
/// January, 2015 TARGET: One police officer ... killed ... ATTACKER: ...`) whose field holds
/// the quantity at token `start`: the nearest upper-case label before it (`TARGET:`, or a later
/// field's `ATTACKERS:` right before the figure; at most 80 tokens back, three labels) that
/// follows a month and a year, and the
/// upper-case name before them up to its first comma (`SAN BERNARDINO, CA`), cut at a wide gap
/// (`BENGALIS  DHAKA`: a section's heading before the entry). Title-cased (`Dhaka`).
pub(crate) fn entry_header(ctx: &Context<'_>, start: usize) -> Option<String> {
    let s = ctx.sentence_of[start];
    // (not the count of stories closing an entry, `ATTACKER: US person 477 stories`: reports,
    // in no place of the listing)
    if story_count(ctx, start) {
        return None;
    }
    let upper = |k: usize| {
        let w = ctx.surface(k);
        ctx.is_word(k) && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let label = |k: usize| upper(k) && ctx.surface(k).len() >= 3;
    let colons = (start.saturating_sub(80)..start)
        .rev()
        .take_while(|&k| ctx.sentence_of[k] == s)
        .filter(|&k| k >= 5 && ctx.is_punct(k, ":") && label(k - 1))
        .take(3);
    // (a later field's figure only right after its label, `ATTACKERS: As many as five`; not a
    // count after the field's text, `ATTACKER: Bertrand Nzohabonayo 91 stories`: the stories
    // are not in the entry's place)
    let mut nearest = true;
    for k in colons {
        // (`January, 2015` or `January 2015` before the label)
        let year = k - 2;
        let y = ctx.surface(year);
        if !(ctx.is_num(year) && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) {
            if nearest && start - k > 4 {
                return None;
            }
            nearest = false;
            continue;
        }
        nearest = false;
        let m = if ctx.is_punct(year - 1, ",") {
            year - 2
        } else {
            year - 1
        };
        if words::month(ctx.lower(m)).is_none() {
            continue;
        }
        // the header's parts back to its first comma: `SAN BERNARDINO , CA` / `DHAKA ,
        // BANGLADESH`
        let mut e = m;
        let mut first_comma = None;
        let mut a = m;
        while a > 0 && m - a < 8 && ctx.sentence_of[a - 1] == s {
            let k = a - 1;
            // (`ST. CLOUD`: an abbreviation's dot)
            let dot = ctx.is_punct(k, ".") && ctx.glued(k) && upper(k - 1);
            // (`TUNISIANS NICE, FRANCE`: a section's heading of nationals before the entry)
            let nationals = upper(k) && {
                let w = ctx.lower(k);
                let c = super::countries();
                w.strip_suffix('s')
                    .is_some_and(|x| c.by_adjective.contains_key(x))
            };
            if ctx.is_punct(k, ",") {
                first_comma = Some(k);
            } else if nationals || !upper(k) && !dot {
                break;
            }
            // (a wide gap: two spaces or more)
            if ctx.lexemes[k + 1].start - ctx.lexemes[k].end > 1 {
                break;
            }
            a = k;
        }
        if let Some(c) = first_comma {
            e = c;
        }
        if a >= e || !upper(a) {
            continue;
        }
        let name: Vec<String> = ctx
            .span(a, e)
            .slice(ctx.text)
            .split_whitespace()
            .map(title)
            .collect();
        return Some(name.join(" "));
    }
    None
}

/// `DHAKA` -> `Dhaka`, `AND` -> `and`.
fn title(w: &str) -> String {
    if matches!(w, "AND" | "OF" | "THE" | "DE") {
        return w.to_lowercase();
    }
    let mut out = String::with_capacity(w.len());
    for (n, c) in w.chars().enumerate() {
        if n == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}
