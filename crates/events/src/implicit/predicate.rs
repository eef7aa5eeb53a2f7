//! The predicate words of harm and the measure each tells where it stands: `shot`, `killed`,
//! `wounded` (`data/predicates.tsv`), `in critical condition`, a bullet that `struck` someone,
//! `fighting for her life`, a visit to a hospital (`was taken to`, `drove him to`), `is expected
//! to survive`, `passed away`.

use reckon_text::TokenKind;

use super::{Lexicon, Words};

/// The verbs that take someone to a hospital (`was taken to`, `drove him to`): hurt, unless
/// the death told after is theirs.
pub(super) const HOSPITAL_VERBS: [&str; 8] = [
    "taken",
    "airlifted",
    "flown",
    "took",
    "rushed",
    "drove",
    "transported",
    "carried",
];

/// The measure of predicate word `i`, or `None` when it is not a predicate here: `shot` in `shot
/// and killed` (the `killed` counts), a participle before a noun (`one wounded woman`), a
/// predicate made fatal by `fatally` (`fatally shot` is killed).
pub(super) fn predicate(lex: &Lexicon, ws: &Words, i: usize) -> Option<&'static str> {
    if ws.w(i) == "condition" {
        return (i >= 2 && ws.w(i - 2) == "in" && lex.is("condition", ws.w(i - 1)))
            .then_some("injured");
    }
    if lex.is("hit", ws.w(i)) {
        return bullet_hit(lex, ws, i).then_some("shot");
    }
    // `another is fighting for her life`: one hurt who lives
    if matches!(ws.w(i), "fighting" | "fights") {
        let at = |k: usize| ws.words.get(i + k).map(|w| &**w);
        let life = at(1) == Some("for")
            && matches!(at(2), Some("his" | "her" | "their"))
            && matches!(at(3), Some("life" | "lives"));
        return life.then_some("injured");
    }
    // `was taken to Christ Hospital`, `was rushed to an area hospital`: one hit who was alive
    // then (not in a sentence that tells a death: `taken to a hospital, where he died`)
    // (active: `Paramedics took the man, with a gunshot wound in the chest, to a hospital`,
    // `a friend drove him to the hospital`: the object is hurt)
    let active = matches!(
        ws.w(i),
        "took" | "rushed" | "drove" | "transported" | "carried"
    );
    if active || matches!(ws.w(i), "taken" | "airlifted" | "flown") {
        let n = ws.words.len();
        let to = if ws.words.get(i + 1).is_some_and(|w| w == "to") {
            Some(i + 1)
        } else if active && !lex.is("passive", ws.w(i.saturating_sub(1))) {
            // the object first: `to` within twelve words, in the same sentence
            (i + 2..n.min(i + 14)).find(|&k| ws.w(k) == "to")
        } else {
            None
        };
        let to_hospital = to.is_some_and(|to| hospital_after(ws, to + 1));
        let deadly = ws.deadly || ws.body;
        // (`taken to a hospital with non-life-threatening injuries`: read at the wound, not
        // `taken to a hospital due to a self-inflicted gunshot wound`; a bounded look ahead)
        let n = ws.words.len();
        let wound = (i + 1..n.min(i + 20)).any(|k| {
            matches!(ws.w(k), "injuries" | "injury" | "wound" | "wounds")
                && (k.saturating_sub(6)..k).any(|c| {
                    matches!(
                        ws.w(c),
                        "with" | "suffered" | "sustained" | "suffering" | "treated"
                    )
                })
        });
        // (an active verb's object is no subject the wound reader finds)
        let object_first = to.is_some_and(|to| to > i + 1);
        // a visit for observation or of one unhurt (`The child was uninjured but was taken to a
        // nearby hospital for observation`) tells no harm
        let unhurt = to_hospital
            && ws.words.iter().any(|w| {
                matches!(
                    &**w,
                    "observation" | "precaution" | "uninjured" | "unharmed" | "unhurt"
                )
            });
        return (to_hospital && !deadly && !unhurt && (!wound || object_first))
            .then_some("injured");
    }
    // `where she passed away`: a death
    if ws.w(i) == "passed" {
        return ws
            .words
            .get(i + 1)
            .is_some_and(|w| w == "away")
            .then_some("killed");
    }
    // `is expected to survive`, `are expected to recover`: hurt and alive
    if matches!(ws.w(i), "survive" | "recover") {
        let expected = i >= 2 && ws.w(i - 1) == "to" && ws.w(i - 2) == "expected";
        return expected.then_some("injured");
    }
    // `after shooting himself in the head`: the one who shot himself is hit
    if ws.w(i) == "shooting" {
        let reflexive = ws.words.get(i + 1).is_some_and(|w| lex.is("reflexive", w));
        return reflexive.then_some("shot");
    }
    let measure = *lex.predicates.get(ws.w(i))?;
    let n = ws.words.len();
    let next = |k: usize| (i + k < n).then(|| ws.w(i + k));
    // `he is survived by his wife`: an obituary's kin, not a victim who lived
    if matches!(ws.w(i), "survived" | "survives") && next(1) == Some("by") {
        return None;
    }
    // `is recovering after being shot`: the predicate after it reads the same person
    if matches!(ws.w(i), "recovering" | "recovers") && next(1) == Some("after") {
        return None;
    }
    // a participle before its noun: `one wounded woman` (not `shoots girl`)
    if i + 1 < n && ws.is_person_noun(lex, i + 1) && !ws.w(i).ends_with('s') {
        return None;
    }
    // `shot and killed`, `shot and wounded`, `shot dead`: the second word counts
    if next(1) == Some("and") && next(2).is_some_and(|w| lex.predicates.contains_key(w)) {
        return None;
    }
    if measure == "shot" && next(1) == Some("dead") {
        return None;
    }
    if measure == "shot" && next(1) == Some("to") && next(2) == Some("death") {
        return Some("killed");
    }
    if measure != "killed" && i > 0 && matches!(ws.w(i - 1), "fatally" | "mortally") {
        return Some("killed");
    }
    Some(measure)
}

/// True when a hospital is named from token `from` on (`a hospital`, `area hospitals`,
/// `HSHS St. Anthony's Memorial Hospital`, `Advocate Christ Medical Center`): within seven
/// words, abbreviations and owners among them.
fn hospital_after(ws: &Words, from: usize) -> bool {
    (from..ws.words.len().min(from + 7))
        .take_while(|&k| {
            matches!(
                ws.toks[k].kind,
                TokenKind::Word
                    | TokenKind::Compound
                    | TokenKind::Abbreviation
                    | TokenKind::Possessive
            )
        })
        .any(|k| {
            matches!(ws.w(k), "hospital" | "hospitals")
                || (matches!(ws.w(k), "center" | "centre")
                    && k > from
                    && matches!(ws.w(k - 1), "medical" | "trauma"))
        })
}

/// True when `hit` or `struck` at token `i` tells of a bullet hitting someone: `by` and a
/// bullet word within three words after it (`was struck by a stray bullet`, `hit by gunfire`),
/// or a bullet word right before it (`a bullet struck the boy`, `a stray round hit him`), or a
/// part of the body right after it (`was struck in the leg`, `hit in his chest`: `grammar.tsv`
/// role `body`). Not `struck by a car`, nor `struck and killed` (whose second verb counts).
fn bullet_hit(lex: &Lexicon, ws: &Words, i: usize) -> bool {
    let n = ws.words.len();
    let by = i + 1 < n && ws.w(i + 1) == "by";
    let at = |k: usize| (k < n).then(|| ws.w(k));
    // `was struck in the leg`, `hit in his chest`: a part of the body hit
    let body = at(i + 1) == Some("in")
        && matches!(at(i + 2), Some("the" | "his" | "her" | "their"))
        && at(i + 3).is_some_and(|w| lex.is("body", w));
    (by && (i + 2..(i + 5).min(n)).any(|k| lex.is("bullet", ws.w(k))))
        || (i > 0 && lex.is("bullet", ws.w(i - 1)))
        || body
}
