//! The words of harm the implicit reader looks for beyond a predicate: a death told with its
//! noun (`the death of X`, `the boy's death`), a wound (`suffered a gunshot wound`), the
//! shooter's own death (`turned the gun on himself`), no one (`nobody was hurt`) and a part of
//! a group told before (`One of them died`).

use super::numbers::word_number;
use super::{Lexicon, Words, count_back, count_forward, first_subject};

/// `death of` (or `killing of`) and the one person it names, or `pronounced him dead`: the
/// number counted (one) and the last token read.
pub(super) fn death_of(lex: &Lexicon, ws: &Words, i: usize) -> Option<(usize, usize)> {
    let n = ws.words.len();
    let w = ws.w(i);
    if w == "pronounced"
        && i + 2 < n
        && matches!(ws.w(i + 1), "him" | "her")
        && ws.w(i + 2) == "dead"
    {
        return Some((1, i + 2));
    }
    // `Friend's Shooting Death`, `the boy's death`, `her death`: one dead
    if matches!(w, "death" | "killing" | "slaying") && i >= 1 {
        let mut p = i - 1;
        if p >= 1 && matches!(ws.w(p), "shooting" | "fatal" | "tragic" | "accidental") {
            p -= 1;
        }
        // the owner: `boy's` (one token), or a name or noun before a token `'s`
        let mark = |w: &str| matches!(w, "'s" | "’s" | "'" | "’");
        let (owner, token) = if mark(ws.w(p)) && p >= 1 {
            (p - 1, ws.w(p - 1))
        } else {
            let w = ws.w(p);
            match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                Some(bare) => (p, bare),
                None => (p, ""),
            }
        };
        let person =
            !token.is_empty() && (ws.name_start[owner].is_some() || lex.is_person_noun(token));
        if person || matches!(ws.w(p), "his" | "her") {
            return Some((1, i));
        }
    }
    if !matches!(w, "death" | "deaths" | "killing" | "slaying") || i + 2 >= n || ws.w(i + 1) != "of"
    {
        return None;
    }
    let k = i + 2;
    // `the deaths of an adult and a child`: the people named, one by one
    if w == "deaths" {
        return count_forward(lex, ws, k).filter(|&(people, _)| people >= 2);
    }
    // `the death of a fifth man`: all the dead so far
    if let Some(turn) = ws.dead_in_turn(k) {
        return count_forward(lex, ws, k).map(|(_, last)| (turn as usize, last));
    }
    if ws.in_claim[k] {
        return None;
    }
    if let Some(last) = (k..n.min(k + 4)).find(|&e| ws.name_start[e] == Some(k)) {
        return Some((1, last));
    }
    if ws.is_person_noun(lex, k) {
        // `16-year-old Kenyon Givens`: the name after the age, when there is one
        let last = (k + 1..n.min(k + 5))
            .find(|&e| ws.name_start[e] == Some(k + 1))
            .unwrap_or(k);
        return Some((1, last));
    }
    count_forward(lex, ws, k)
}

/// For `injuries` or `wound(s)` after `with`, `suffered` or `sustained` (at most five words
/// before), the people of the clause's subject and the measure: injured in a sentence with no
/// word of death, killed when the wound itself is fatal (`a 20-year-old woman suffered a fatal
/// gunshot wound`).
pub(super) fn wounded_subject(
    lex: &Lexicon,
    ws: &Words,
    i: usize,
) -> Option<(usize, usize, &'static str)> {
    if !matches!(ws.w(i), "injuries" | "injury" | "wound" | "wounds") {
        return None;
    }
    let cue = (i.saturating_sub(6)..i).rev().find(|&k| {
        matches!(
            ws.w(k),
            "with" | "suffered" | "sustained" | "suffering" | "treated"
        )
    })?;
    // (one reading per cue: `with a gunshot wound and her wound is believed ...`)
    if (cue + 1..i).any(|k| matches!(ws.w(k), "injuries" | "injury" | "wound" | "wounds")) {
        return None;
    }
    // `with no injuries`, `suffered no wounds`: no one hurt
    if (cue + 1..i).any(|k| matches!(ws.w(k), "no" | "without")) {
        return None;
    }
    let fatal = (cue + 1..i).any(|k| matches!(ws.w(k), "fatal" | "mortal"));
    if ws.deadly && !fatal {
        return None;
    }
    let measure = if fatal { "killed" } else { "injured" };
    let mut j = cue;
    while j > 0 && lex.is("aux", ws.w(j - 1)) {
        j -= 1;
    }
    let own = if ws.w(cue) == "with" {
        None
    } else {
        (j > 0).then(|| count_back(lex, ws, j - 1)).flatten()
    };
    let found = own
        .or_else(|| first_subject(lex, ws, cue))
        .or_else(|| arrived_subject(lex, ws, cue))?;
    // a victim found `suffering from a gunshot wound` is often the one who died (`officers
    // found Gray suffering from a gunshot wound`): read only when another person is added
    // (`discovered another man suffering from gunshot wounds`)
    let discovered = ws.words[..cue]
        .iter()
        .any(|w| matches!(&**w, "found" | "discovered" | "located"));
    if ws.w(cue) == "suffering" && discovered && !ws.adds_people(found.1) && !fatal {
        return None;
    }
    Some((found.0, found.1, measure))
}

/// The subject of a verb of arriving before `with` a wound at token `cue` (`A 20-year-old man
/// showed up at a hospital with a gunshot wound`, `A man later arrived at an area hospital with
/// wounds to his face`): within eight words before it, auxiliaries and adverbs read over.
fn arrived_subject(lex: &Lexicon, ws: &Words, cue: usize) -> Option<(usize, usize)> {
    let verb = (cue.saturating_sub(8)..cue).rev().find(|&k| {
        matches!(
            ws.w(k),
            "arrived" | "arrives" | "showed" | "shows" | "walked" | "walks" | "came" | "went"
        )
    })?;
    let mut j = verb;
    while j > 0 && lex.is("aux", ws.w(j - 1)) {
        j -= 1;
    }
    (j > 0).then(|| count_back(lex, ws, j - 1)).flatten()
}

/// The last token of a phrase at token `i` that tells the speaker's subject took their own
/// life: `turned the gun on himself`, `committed suicide`, `took his own life`.
pub(super) fn own_death(lex: &Lexicon, ws: &Words, i: usize) -> Option<usize> {
    let n = ws.words.len();
    let at = |k: usize| (k < n).then(|| ws.w(k));
    match ws.w(i) {
        "turned" | "turning" | "turns" => {
            // `turned the (shot)gun on himself`
            let on = (i + 1..n.min(i + 5)).find(|&k| ws.w(k) == "on")?;
            at(on + 1)
                .is_some_and(|w| lex.is("reflexive", w))
                .then_some(on + 1)
        }
        "committed" | "commits" => (at(i + 1) == Some("suicide")).then_some(i + 1),
        // (a headline leaves the pronoun out: `Student Takes Own Life`)
        "took" | "taking" | "takes" => {
            let own = if matches!(at(i + 1), Some("his" | "her")) {
                i + 2
            } else {
                i + 1
            };
            (at(own) == Some("own") && at(own + 1) == Some("life")).then_some(own + 1)
        }
        _ => None,
    }
}

/// True when the phrase ending at token `k` is no one: `nobody`, `none`, `no one`, `no one
/// else`, `neither` (`but nobody was hurt`, `none of the children were injured`).
pub(super) fn no_one(ws: &Words, k: usize) -> bool {
    let at = |d: usize| k.checked_sub(d).map(|i| ws.w(i));
    let k = if at(0) == Some("else") { k - 1 } else { k };
    let at = |d: usize| k.checked_sub(d).map(|i| ws.w(i));
    matches!(at(0), Some("nobody" | "none" | "neither" | "noone"))
        || (at(0) == Some("one") && at(1) == Some("no"))
        // `none of the children`: the people after `of`, at most four words back
        || (1..5).any(|d| at(d) == Some("of") && matches!(at(d + 1), Some("none" | "neither")))
}

/// A part of a group told before, ending at token `j`: a number (`one`, `two`, `3`), `of`, and
/// `them` or `the`/`those`/`these` and a plural of people (`One of them`, `two of the victims`,
/// `three of those people`): the number and its token. Not a number inside a claim.
pub(super) fn part_of_told(lex: &Lexicon, ws: &Words, j: usize) -> Option<(usize, usize)> {
    let of = if ws.w(j) == "them" {
        j.checked_sub(1)?
    } else if ws.is_people_plural(lex, j)
        && j >= 2
        && matches!(ws.w(j - 1), "the" | "those" | "these")
    {
        j - 2
    } else {
        return None;
    };
    if ws.w(of) != "of" || of == 0 || ws.in_claim[of - 1] {
        return None;
    }
    let n = word_number(ws.w(of - 1))?;
    (n >= 1).then_some((n as usize, of - 1))
}
