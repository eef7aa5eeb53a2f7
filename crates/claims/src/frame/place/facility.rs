//! Named buildings and grounds as places (issue 14, session 35; the claims README tells what the
//! rule changed on the real corpus).
//!
//! The guidelines' place is where the counted thing is or the event happened, named in the
//! clause; annotators give a named building or ground as that place (`Dozens of students at
//! Tsinghua University`, `Four people were killed ... on Westminster Bridge`, `members at the
//! White House`). The recogniser labels such names an organisation or a facility, never a place,
//! so the place reading takes them here: a mention labelled ORG or FAC whose last word is a
//! head naming a building or ground (`University`, `Airport`, `Hospital`, `Bridge`, `Stadium`,
//! `Prison`, `House` after another word, ...), right after a locative preposition
//! (`at`, `in`, `on`, `inside`, `around`, ...: `place/written.rs`'s, over a `the`). Without the preposition the name is an actor (`the White House
//! said`, `Stanford University researchers`) and no place.

use reckon_entities::{Entity, Label};

use crate::scan::Context;

/// Last words of a name that make it a building or ground where things are. Not `Church`,
/// `College` (an institution as often: `the Catholic Church`, `the Electoral College`),
/// `Street`, `Road` (a market or a policy as often: `on Wall Street`, `the Silk Road`), nor
/// `Center`, `Institute` (research bodies whose place is the source's).
fn building_head(w: &str) -> bool {
    matches!(
        w,
        "university"
            | "hospital"
            | "airport"
            | "prison"
            | "jail"
            | "camp"
            | "stadium"
            | "arena"
            | "bridge"
            | "school"
            | "facility"
            | "station"
            | "base"
            | "hotel"
            | "mosque"
            | "cathedral"
            | "temple"
            | "abbey"
            | "palace"
            | "house"
            | "square"
            | "park"
            | "museum"
            | "zoo"
            | "mall"
            | "tower"
            | "building"
            | "avenue"
            | "ave"
    )
}

/// Verbs whose subject, a building or ground, holds or handles the counted things where it stands
/// (`Dublin Airport saw 28 million passengers`, `the airport had canceled 341 flights`, `the
/// prison houses 1,348 inmates`, `the hospital treated 40 people`). Not `employs`, `said`,
/// `held` (an institution acting: `the university held talks`).
fn holding_verb(w: &str) -> bool {
    matches!(
        w,
        "houses"
            | "housed"
            | "holds"
            | "handled"
            | "handles"
            | "saw"
            | "sees"
            | "served"
            | "serves"
            | "welcomed"
            | "welcomes"
            | "canceled"
            | "cancelled"
            | "cancels"
            | "treated"
            | "treats"
            | "recorded"
            | "records"
            | "registered"
    )
}

/// True when the building or ground whose name ends before token `end` is the subject of a
/// [`holding_verb`], over an auxiliary or an adverb (`Boston Logan International Airport had
/// canceled 341 flights`, `Dublin Airport also saw ...`).
fn holding_subject(ctx: &Context<'_>, end: usize) -> bool {
    let mut k = end;
    while k < end + 2
        && matches!(
            ctx.lower(k),
            "has" | "have" | "had" | "will" | "would" | "now" | "also" | "already" | "alone"
        )
    {
        k += 1;
    }
    ctx.sentence_of.get(k) == ctx.sentence_of.get(end.wrapping_sub(1))
        && ctx.is_word(k)
        && holding_verb(ctx.lower(k))
}

/// Named buildings and grounds after a locative preposition: `(token, name)` with the name as
/// the text writes it less a leading `the`, in text order.
///
/// `named` are the document's other place mentions, sorted: a building with a place named right
/// after it gives way to that place.
pub(crate) fn facilities(
    ctx: &Context<'_>,
    entities: &[Entity],
    named: &[(usize, String)],
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for e in entities
        .iter()
        .filter(|e| matches!(e.label, Label::Org | Label::Fac))
    {
        let t = ctx.lexemes.partition_point(|x| x.start < e.span.start);
        let end = ctx.lexemes.partition_point(|x| x.start < e.span.end);
        if t >= end || end > ctx.lexemes.len() {
            continue;
        }
        // (a name of two words at least, the head last and capitalised: not `the House`)
        let name = ctx.text[e.span.start as usize..e.span.end as usize].trim();
        let name = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name);
        let last = end - 1;
        if name.split_whitespace().count() < 2
            || !ctx.is_word(last)
            || !ctx.capitalized(last)
            || !building_head(ctx.lower(last))
        {
            continue;
        }
        // (`the White House-carrying`, `Seattle-Tacoma Airport-due`: glued to the next word)
        if ctx.is_punct(end, "-") && ctx.glued(end) {
            continue;
        }
        // (`took part in Operation Strong Tower`: a named operation, no ground)
        if name.split_whitespace().next() == Some("Operation") {
            continue;
        }
        let mut p = t.wrapping_sub(1);
        if ctx.lower(p) == "the" && ctx.lower(t) != "the" {
            p = p.wrapping_sub(1);
        }
        let head = ctx.lower(last);
        let same = p < t && ctx.sentence_of[p] == ctx.sentence_of[t];
        // (the locative prepositions of a site's description, `place/written.rs`, less
        // `across`; `in`, `within
        // the White House` are in office as often: `two keys for success with the Donald in the
        // White House`, `votes that put him in the White House`; `on` a ground one stands on,
        // while `report on the White House`, `on the White House list` are topics)
        let before = ctx.lower(p);
        let locative = same
            && super::written::locative(before)
            && match before {
                "in" | "within" => head != "house",
                "on" => matches!(head, "bridge" | "square" | "avenue" | "ave"),
                // (`crowds walking across Westminster Bridge`: a path, not where they are)
                "across" => false,
                _ => true,
            };
        // (`the Bardo Museum in Tunis`, `Victory Square, Bucharest`, `the Tecumseh State Prison
        // in southeast Nebraska`: a place named right after the building is given instead, the
        // name a series of the place shares)
        let placed_after = (end..end + 4).any(|k| {
            ctx.sentence_of.get(k) == ctx.sentence_of.get(last)
                && named.binary_search_by_key(&k, |(x, _)| *x).is_ok()
        });
        // (the building as the subject of a verb of holding: where the counted things are)
        let holding = head != "house" && holding_subject(ctx, end);
        if (locative || holding) && !placed_after {
            out.push((t, name.to_owned()));
        }
    }
    out.sort();
    out.dedup();
    out
}
