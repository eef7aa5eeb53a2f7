//! The place mentions of a document that a claim's place is chosen from: the recogniser's
//! places (or the gazetteer's, without entities), less the ones that are no place where anything
//! is (a modifier glued by a hyphen, a premodifier of a name, part of an organisation's name, a
//! fragment of a longer capitalised name, a name with a date in it), with the names after a
//! geographic head and the descriptions that resolve to a place. Moved out of `frame.rs`
//! unchanged (session 28b).

use reckon_entities::{Entity, Label};

use crate::frame::sources::is_function;
use crate::frame::{ADMIN_WORDS, cues};
use crate::lexicon::Role;
use crate::scan::Context;
use crate::words;

/// Place mentions of a document, in text order: `(token, name)` from entities when given (with
/// the names after a geographic head the recogniser missed, `the town of Sehwan`), else the
/// gazetteer, the descriptions of a place that resolve to one (`in the country`, `the
/// Tunisian capital`; `frame/place.rs`) and the named buildings and grounds after a locative
/// (`at Tsinghua University`; `place/facility.rs`).
pub(crate) fn places(ctx: &Context<'_>, entities: &[Entity]) -> Vec<(usize, String)> {
    let mut out = named_places(ctx, entities);
    if !entities.is_empty() {
        let headed = super::headed(ctx, &out);
        out.extend(headed);
        out.sort();
    }
    out.extend(super::described(ctx, entities, &out));
    out.sort();
    // (after the descriptions, which resolve among the countries and cities only)
    let buildings = super::facility::facilities(ctx, entities, &out);
    out.extend(buildings);
    out.sort();
    out
}

/// Place names of a document: `(token, name)` from entities when given, else the gazetteer.
fn named_places(ctx: &Context<'_>, entities: &[Entity]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut ents: Vec<&Entity> = entities
        .iter()
        .filter(|e| matches!(e.label, Label::Gpe | Label::Loc) || super::mislabelled(ctx, e))
        .collect();
    // (the names that are none, `the AHCA`, left out after the choice of entities over the
    // gazetteer)
    let recognised = !ents.is_empty();
    let unplaced = super::unplaced_names(ctx, entities);
    ents.retain(|e| unplaced.binary_search(&e.canonical.as_str()).is_err());
    // `the China-Switzerland FTA`, `US-based`: a place glued by a hyphen to another word is a
    // modifier, not where anything is
    let hyphened = |t: usize, e: usize| {
        t > 0 && ctx.is_punct(t - 1, "-") && ctx.glued(t)
            || ctx.is_punct(e, "-") && ctx.glued(e) && ctx.glued(e + 1)
            || premodifier(ctx, e)
    };
    // `Al Qaeda in the Arabian Peninsula fighters`: a place joined by `in`/`of` to an
    // organisation's name just before it, the whole modifying a noun, is part of that name
    let mut org_ends: Vec<u32> = entities
        .iter()
        .filter(|e| e.label == Label::Org)
        .map(|e| e.span.end)
        .collect();
    org_ends.sort_unstable();
    let in_org_name = |start: u32| {
        let lo = org_ends.partition_point(|&x| x + 8 < start);
        org_ends[lo..].iter().take_while(|&&x| x < start).any(|&x| {
            let gap = ctx.text.get(x as usize..start as usize).unwrap_or("");
            matches!(gap, " in " | " of " | " in the " | " of the ")
        })
    };
    // `the Black Forest towns`, `the Gulf of Guinea`, `the Camp Nou`, `Bus Eireann customers`: a
    // place mention the recogniser cut out of a longer capitalised name (a capitalised word
    // glued on either side that no other mention holds, not a title: `Texas Governor`) is a
    // fragment, not a place
    let mut starts: Vec<u32> = entities.iter().map(|e| e.span.start).collect();
    starts.sort_unstable();
    let mut ends: Vec<u32> = entities.iter().map(|e| e.span.end).collect();
    ends.sort_unstable();
    let free_cap = |k: usize| {
        ctx.is_word(k)
            && ctx.capitalized(k)
            && !is_function(ctx, k)
            && !cues::place_title(ctx.lower(k))
            && words::weekday(ctx.lower(k)).is_none()
            && words::month(ctx.lower(k)).is_none()
            && ctx.lexemes.get(k).is_some_and(|x| {
                starts.binary_search(&x.start).is_err() && ends.binary_search(&x.end).is_err()
            })
    };
    let mut brand_ends: Vec<u32> = entities
        .iter()
        .filter(|e| {
            matches!(
                e.label,
                Label::Org | Label::Event | Label::Product | Label::Fac
            )
        })
        .map(|e| e.span.end)
        .collect();
    brand_ends.sort_unstable();
    // (a geographic head after it or a direction before it still names the place, cut:
    // `the Mediterranean Sea`, `Palm Beach County`, `Northern California`)
    let fragment = |t: usize, end: usize| {
        let same = |k: usize| ctx.sentence_of.get(k) == ctx.sentence_of.get(t);
        same(end) && free_cap(end) && !cues::geographic_head(ctx.lower(end))
            || end + 1 < ctx.lexemes.len()
                && same(end + 1)
                && ctx.lower(end) == "of"
                && free_cap(end + 1)
            // (not the sentence's first word: `Tourists flocked ...`)
            || t >= 2
                && same(t - 1)
                && same(t - 2)
                && free_cap(t - 1)
                && !cues::direction_adjective(ctx.lower(t - 1))
            // (`Volkswagen China will recall ...`: a company's branch after its name)
            || t >= 1
                && same(t - 1)
                && ctx.capitalized(t - 1)
                && brand_ends.binary_search(&ctx.lexemes[t - 1].end).is_ok()
    };
    if recognised {
        for e in ents {
            // (before a plural noun it modifies: `Fourteen Al Qaeda in the Arabian Peninsula
            // fighters`; not `the Court in Nanjing`, `Hoh Xil in Qinghai province`)
            let head = |k: usize| {
                let w = ctx.lower(k);
                ctx.is_word(k)
                    && !ctx.capitalized(k)
                    && !is_function(ctx, k)
                    && w.len() > 3
                    && w.ends_with('s')
                    && !ADMIN_WORDS.iter().any(|a| w.starts_with(a))
            };
            let end = ctx.lexemes.partition_point(|t| t.start < e.span.end);
            if in_org_name(e.span.start) && head(end) {
                continue;
            }
            let t = ctx.lexemes.partition_point(|t| t.start < e.span.start);
            let end = ctx.lexemes.partition_point(|t| t.start < e.span.end);
            // (a name with a digit or a month's or a weekday's name is no place the recogniser
            // should have given: `Jan 6`, `July`, `Air France A320-200`)
            let first = e
                .canonical
                .split([' ', '-'])
                .next()
                .unwrap_or("")
                .to_lowercase();
            let dated = e.canonical.bytes().any(|b| b.is_ascii_digit())
                || words::month(&first).is_some()
                || words::weekday(&first).is_some();
            if t < ctx.lexemes.len() && !hyphened(t, end) && !fragment(t, end) && !dated {
                out.push((t, e.canonical.clone()));
            }
        }
        out.sort();
        return out;
    }
    let mut i = 0;
    while i < ctx.lexemes.len() {
        if ctx.is_word(i) && ctx.capitalized(i) {
            if let Some((e, p)) = ctx.find(i, |r| match r {
                Role::Place(p) => Some(p),
                _ => None,
            }) {
                if !hyphened(i, e) {
                    out.push((i, ctx.lexicon.places[p as usize].clone()));
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A place name ending before token `e` modifies a name after it (`US tech giant Apple`): one
/// to three lower-case content words, then a capitalised word that is not a date word.
fn premodifier(ctx: &Context<'_>, e: usize) -> bool {
    let content = |k: usize| {
        ctx.is_word(k)
            && !ctx.capitalized(k)
            && !is_function(ctx, k)
            && ctx.sentence_of.get(k) == ctx.sentence_of.get(e)
    };
    let n = (e..e + 3).take_while(|&k| content(k)).count();
    let k = e + n;
    let w = ctx.lower(k);
    n > 0
        && ctx.is_word(k)
        && ctx.capitalized(k)
        && words::weekday(w).is_none()
        && words::month(w).is_none()
        && ctx.sentence_of.get(k) == ctx.sentence_of.get(e)
}
