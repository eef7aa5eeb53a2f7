//! The figure a written count gives its event: the measure its predicate tells (`Five people
//! were shot`, `killing four people`, else the claim's frame) and the groups joined to it, or
//! no figure when the number is no count of the event's people (a part of a toll, a house
//! number, an age after a name, the rest of a group, suspects, an aggregate's sentence).

use reckon_claims::{Claim, QuantityKind};
use reckon_text::{Segmented, Span};

use crate::figures::measure_of_key;
use crate::implicit::{
    aimed_at, joined_before, joins_next, measure_after, measure_before, others_of_the_dead,
    part_of_group, person_after, person_before, suspects_after, word_number,
};
use crate::lexicon::LEXICON;
use crate::types::{EventKind, Figure};

/// True when, within the clause after a count and its predicate, `along with` adds one person
/// (`The two were shot, along with another woman`): `a`, `an` or `another` and a person noun
/// within three words. Not a group (`along with two friends`) nor no one (`along with police`).
fn along_with_one(text: &str, after: &[reckon_text::Token]) -> bool {
    let lex = &*LEXICON;
    let words: Vec<String> = after
        .iter()
        .take(12)
        .map(|t| t.text(text).to_ascii_lowercase())
        .collect();
    let Some(k) = words
        .windows(2)
        .position(|w| w[0] == "along" && w[1] == "with")
    else {
        return false;
    };
    // (the same clause: no full stop or semicolon before it)
    if words[..k]
        .iter()
        .any(|w| matches!(w.as_str(), ";" | "." | "but"))
    {
        return false;
    }
    matches!(
        words.get(k + 2).map(String::as_str),
        Some("a" | "an" | "another")
    ) && words
        .iter()
        .skip(k + 3)
        .take(3)
        .any(|w| lex.is_person_noun(w))
}

/// True when the words after a number make it a part of a toll, not the toll: `among` within
/// the next five words, or `of the` / `of those` followed by a word of the `toll` role
/// not followed by a predicate of death (`43 of the dead were men`, `nine children were among
/// the dead`; `two of those men died` and `two of the victims died` are counts).
fn is_part(
    text: &str,
    after: &[reckon_text::Token],
    word: &dyn Fn(&reckon_text::Token) -> String,
) -> bool {
    let lex = &*LEXICON;
    let words: Vec<String> = after.iter().take(6).map(word).collect();
    if words.iter().take(5).any(|w| w == "among") {
        return true;
    }
    // (a part that died is a count of the dead: `Two of the victims died` is two killed of the
    // people shot; `two of the victims are in critical condition` is some of the hurt)
    words
        .windows(3)
        .position(|w| {
            w[0] == "of"
                && matches!(w[1].as_str(), "the" | "those" | "these")
                && lex.is("toll", &w[2])
        })
        .is_some_and(|k| measure_after(text, &after[k + 3..]) != Some("killed"))
}

/// True when the words after a number make it a house number (`outside 12-14 Copeland St.`,
/// `at 305 E. Main Street`): at most three capitalised words of a name, none a predicate or a
/// preposition, then a street word (`grammar.tsv` role `street`).
fn address(text: &str, after: &[reckon_text::Token]) -> bool {
    let lex = &*LEXICON;
    for (k, t) in after.iter().take(4).enumerate() {
        let s = t.text(text);
        if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let w = s.trim_end_matches('.').to_ascii_lowercase();
        if k >= 1 && lex.is("street", &w) {
            return true;
        }
        if lex.predicates.contains_key(w.as_str())
            || matches!(w.as_str(), "on" | "in" | "at" | "of" | "near")
        {
            return false;
        }
    }
    false
}

/// The figure a claim gives its event, when it counts one of the event's measures in a
/// sentence that is not about an aggregate (`this year`, `over the weekend`).
pub(crate) fn written_figure(
    text: &str,
    seg: &Segmented,
    s: usize,
    aggregate: bool,
    c: &Claim,
    kind: EventKind,
    persons: &[Span],
) -> Option<Figure> {
    if c.quantity.kind != QuantityKind::Count || aggregate {
        return None;
    }
    // the predicate after the number first (`One wounded woman died` is killed), else the
    // claim's frame
    let toks = seg.sentence_tokens(s);
    let after = toks.partition_point(|t| t.span.start < c.quantity.span.end);
    let before = toks.partition_point(|t| t.span.start < c.quantity.span.start);
    let word = |t: &reckon_text::Token| t.text(text).to_ascii_lowercase();
    let lex = &*LEXICON;
    if toks
        .get(after)
        .is_some_and(|t| lex.is("not_after", &word(t)))
        || toks[before.saturating_sub(3)..before]
            .iter()
            .any(|t| lex.is("not_before", &word(t)))
    {
        return None;
    }
    // a label (`room number 8`, `Highway 82`) or the children of a parent (`the shooting death
    // of a mother of four`), not a count
    let label = match &toks[..before] {
        [.., parent, of] if word(of) == "of" => lex.is("parent", &word(parent)),
        [.., w] => lex.is("label", &word(w)),
        [] => false,
    };
    if label || address(text, &toks[after..]) {
        return None;
    }
    // the rest of a group told before it (`One of the victims was flown to a hospital while
    // the other three victims drove themselves`), not the event's toll
    if let [.., the, other] = &toks[..before] {
        if word(the) == "the" && word(other) == "other" {
            return None;
        }
    }
    // a part of the toll (`43 of the dead were men`, `nine children were among the dead`), or
    // the people fired at (`shot at twelve people`)
    if is_part(text, &toks[after..], &word) || aimed_at(text, &toks[..before]) {
        return None;
    }
    // an age after a name (`Calvin Williams, 24 was shot in the chest`)
    if let [.., name, comma] = &toks[..before] {
        let named = persons
            .binary_search_by_key(&name.span.end, |p| p.end)
            .is_ok();
        if named && comma.text(text) == "," {
            return None;
        }
    }
    // the predicate right after the number (`were killed`), read once for the checks below;
    // not for the whole a part is taken from (`four of the five victims were shot to death`:
    // the predicate is the four's)
    let whole = matches!(&toks[..before], [.., n, of, the]
        if word(of) == "of" && word(the) == "the" && word_number(&word(n)).is_some());
    let direct = measure_after(text, &toks[after..]).filter(|_| !whole);
    // suspects, not victims (`Two people are in custody in connection to a shooting which
    // killed a 3-year-old`)
    if direct.is_none() && suspects_after(text, &toks[after..]) {
        return None;
    }
    // `N others` completes a count said before it in the sentence (`one was killed and two
    // others wounded`) or takes its own predicate (`three other men were also wounded`);
    // without either it is the rest of a group (`nine others who had been arrested have been
    // released`), not the event's toll
    let others = toks
        .get(after)
        .is_some_and(|t| matches!(word(t).as_str(), "other" | "others"));
    // (`two other gunshot victims arrived at the hospital`: victims besides those told, the
    // hurt)
    let other_victims = others
        && kind == EventKind::Shooting
        && toks[after + 1..]
            .iter()
            .take(2)
            .any(|t| t.text(text).eq_ignore_ascii_case("victims"));
    if others
        && !other_victims
        && direct.is_none()
        && !toks[..before]
            .iter()
            .any(|t| lex.predicates.contains_key(word(t).as_str()))
    {
        return None;
    }
    // the victims of a shooting are the people shot (`two victims were taken to a hospital`)
    let victims = kind == EventKind::Shooting
        && toks[after..]
            .iter()
            .take(2)
            .any(|t| t.text(text).eq_ignore_ascii_case("victims"));
    // one person named after the count (`three men and a woman were shot`) is one more, and
    // the predicate may follow that person
    let person = person_after(text, &toks[after..]);
    let read_after = direct
        .or_else(|| person.and_then(|k| measure_after(text, &toks[(after + k).min(toks.len())..])));
    // then the verb before it (`killing four people`), else the claim's frame
    let measure = match read_after {
        // `one dead and 11 others shot`: the others lived
        Some("shot") if others_of_the_dead(text, &toks[..before], &toks[after..]) => {
            "injured".to_owned()
        }
        // the people found hurt are the people hit (`found two men wounded. One was pronounced
        // dead`): the dead of the sentences after are among them
        Some("injured")
            if toks[..before]
                .last()
                .is_some_and(|t| lex.is("found", &word(t))) =>
        {
            "shot".to_owned()
        }
        Some(m) => m.to_owned(),
        None if other_victims => "injured".to_owned(),
        None if victims => "shot".to_owned(),
        None => match measure_before(text, &toks[..before], &toks[after..]) {
            Some(m) => m.to_owned(),
            None => measure_of_key(c.frame.measure_key.as_deref()?).to_owned(),
        },
    };
    let v = c.quantity.value?;
    let value = v
        .as_exact()
        .or(v.low.map(|b| b.value))
        .or(v.high.map(|b| b.value))?;
    // a group joined to the next one is counted with it: `three men and three women injured`
    // is six, read at the second number
    if joins_next(text, &toks[after..]) {
        return None;
    }
    // a number above one before a singular verb is no subject count: an age (`Kalone Mcgee,
    // 26 was shot`) when the tagger missed the name
    if value > 1.0
        && toks
            .get(after)
            .is_some_and(|t| matches!(word(t).as_str(), "was" | "is" | "has"))
    {
        return None;
    }
    // a group joined before it shares the predicate (`three men and three women`), as does one
    // person named before it (`a six-year-old and
    // three people were shot`) when the number's own predicate follows
    // (not a part of the group before it, told by an adverb: `shot six people, one fatally`
    // is one killed of the six)
    let part = part_of_group(text, toks.get(after));
    let joined = joined_before(text, &toks[..before])
        .filter(|_| !part)
        .or_else(|| direct.and_then(|_| person_before(text, &toks[..before])));
    // one person added after the predicate (`The two were shot, along with another woman`)
    let along = direct.is_some() && along_with_one(text, &toks[after..]);
    let value =
        value + joined.unwrap_or(0.0) + person.map_or(0.0, |_| 1.0) + if along { 1.0 } else { 0.0 };
    (value.is_finite() && value >= 0.0).then_some(Figure {
        measure,
        value,
        claim: Some(c.index),
        evidence: c.quantity.span,
        implicit: false,
        title: false,
    })
}
