//! Written numbers and the words around them: the measure a count takes from its predicate
//! (`Five people were shot`) or the verb before it (`killing four people`), groups joined to
//! it (`three men and three women`), people fired at (`shot at twelve people`), and the counts
//! of a title (`2 dead, 3 injured in shooting`).

use reckon_text::{Token, TokenKind};

use super::{Reading, lower};
use crate::lexicon::LEXICON;

/// The measure a written count takes from the words after it, when its claim has no frame:
/// `Five people were shot` (shot), `two of those men died` (killed), `four were wounded, one
/// fatally`. `after` are the tokens that follow the quantity in its sentence.
pub(crate) fn measure_after(text: &str, after: &[Token]) -> Option<&'static str> {
    let lex = &*LEXICON;
    // a parenthesis between dashes (`Two people -- including a 1-year-old boy -- were
    // wounded`) is read over
    let dash = |t: &Token| matches!(t.text(text), "--" | "—" | "–");
    let after: Vec<Token> = match after.iter().skip(1).take(2).position(dash) {
        Some(open) => match after[open + 2..].iter().take(10).position(dash) {
            Some(close) => after[..open + 1]
                .iter()
                .chain(&after[open + close + 3..])
                .copied()
                .collect(),
            None => after.to_vec(),
        },
        None => after.to_vec(),
    };
    // so is one between commas that opens with `including` or an age (`four other people,
    // including a 13-year-old boy, were seriously wounded`, `Three others, ranging in age from
    // 19 to 27, were taken to area hospitals`, `Two men, ages 28 and 22, were wounded`)
    let comma = |t: &Token| t.text(text) == ",";
    let opens = |t: &Token| {
        matches!(
            &*lower(text, *t),
            "including" | "ages" | "aged" | "ranging" | "between"
        )
    };
    // and an age without commas, up to the auxiliary after it (`Three other people ranging
    // from their mid-teens to early 20s were treated`, `Four boys between ages 12 and 16 were
    // wounded`)
    let after: Vec<Token> = match after.iter().take(3).position(opens) {
        Some(open) if !after[..open].iter().any(comma) => {
            match after[open + 1..]
                .iter()
                .take(10)
                .position(|&t| t.text(text) == "," || lex.is("passive", &lower(text, t)))
            {
                Some(close) if !comma(&after[open + 1 + close]) => after[..open]
                    .iter()
                    .chain(&after[open + 1 + close..])
                    .copied()
                    .collect(),
                _ => after,
            }
        }
        _ => after,
    };
    let after: Vec<Token> = match after.iter().take(3).position(comma) {
        Some(open) if after.get(open + 1).is_some_and(opens) => {
            match after[open + 2..].iter().take(10).position(comma) {
                Some(close) => after[..open]
                    .iter()
                    .chain(&after[open + close + 3..])
                    .copied()
                    .collect(),
                None => after,
            }
        }
        _ => after,
    };
    let after = &after[..];
    for (k, &t) in after.iter().enumerate().take(6) {
        let w = lower(text, t);
        if let Some(&m) = lex.predicates.get(&*w) {
            let next = after.get(k + 1).map(|&n| lower(text, n));
            // a participle before its noun (`one wounded woman died`): read on
            if next.as_deref().is_some_and(|n| lex.people.contains(n)) {
                continue;
            }
            // `shot dead`, `shot to death`
            let to_death = next.as_deref() == Some("to")
                && after.get(k + 2).is_some_and(|&d| lower(text, d) == "death");
            if m == "shot" && (next.as_deref() == Some("dead") || to_death) {
                return Some("killed");
            }
            if k > 0 && matches!(&*lower(text, after[k - 1]), "fatally" | "mortally") {
                return Some("killed");
            }
            return Some(m);
        }
        if k == 0 && matches!(&*w, "fatally" | "mortally") {
            return Some("killed");
        }
        // `two others were treated for gunshot wounds`, `treated and released`: the hurt
        if &*w == "treated"
            && after
                .get(k + 1)
                .is_some_and(|&n| matches!(&*lower(text, n), "for" | "and" | "at"))
        {
            return Some("injured");
        }
        // `two teens were taken to a local hospital`: people hit, some of whom may have died
        if matches!(&*w, "taken" | "rushed" | "transported" | "airlifted")
            && after.get(k + 1).is_some_and(|&n| lower(text, n) == "to")
            && at_hospital(text, &after[k + 2..])
        {
            return Some("shot");
        }
        // `three others to the hospital`, `two in the hospital`: the hurt who lived
        if matches!(&*w, "to" | "in") && at_hospital(text, &after[k + 1..]) {
            return Some("injured");
        }
        // `two are in critical condition`
        if &*w == "in"
            && after
                .get(k + 1)
                .is_some_and(|&n| lex.is("condition", &lower(text, n)))
        {
            return Some("injured");
        }
        if w.ends_with("-year-olds") {
            continue;
        }
        // (a plural of a person noun too: `two sons dead`, `three students wounded`)
        let plural = w.strip_suffix('s').is_some_and(|n| lex.people.contains(n));
        if !lex.is("between", &w) && !lex.is("aux", &w) && !lex.people.contains(&*w) && !plural {
            return None;
        }
    }
    None
}

/// English number words a title writes for small counts (`Four people dead`), by value.
const NUMBER_WORDS: [&str; 13] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

/// True when the number after `before` is what was fired at, not who was hit: `shot at twelve
/// people`, `fired at two men`.
pub(crate) fn aimed_at(text: &str, before: &[Token]) -> bool {
    let lex = &*LEXICON;
    match before {
        [.., verb, at] => {
            let verb = lower(text, *verb);
            lower(text, *at) == "at"
                && (lex.predicates.get(&*verb) == Some(&"shot") || verb == "fired")
        }
        _ => false,
    }
}

/// The value of a number token: digits up to 1,000 or a number word up to twelve.
/// The value of a lower-cased word that writes a small count: digits (up to 1,000) or a number
/// word up to twelve (`three`).
pub(crate) fn word_number(w: &str) -> Option<u32> {
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse::<u32>().ok().filter(|&v| v <= 1_000);
    }
    NUMBER_WORDS.iter().position(|n| *n == w).map(|v| v as u32)
}

fn number_value(text: &str, t: Token) -> Option<u32> {
    let w = lower(text, t);
    match t.kind {
        TokenKind::Number => w.parse::<u32>().ok().filter(|&v| v <= 1_000),
        _ => NUMBER_WORDS.iter().position(|n| *n == w).map(|v| v as u32),
    }
}

/// The count of a group joined before a number that shares its predicate: `2` in `2 adults, 2
/// children killed`, `three` in `three men and three women injured`. `before` are the tokens
/// before the number: they must end in a number, a plural noun of people and `and` or `,`.
pub(crate) fn joined_before(text: &str, before: &[Token]) -> Option<f64> {
    let [.., num, noun, join] = before else {
        return None;
    };
    if !joins(text, *noun, *join) {
        return None;
    }
    number_value(text, *num).map(f64::from)
}

/// True when the words after a number join it to the next group (`three men and three women`):
/// a plural noun of people, `and` or `,`, and a number. That group's count adds this one
/// ([`joined_before`]). Not a part of the group told by an adverb (`six people, one fatally`:
/// [`part_of_group`]).
pub(crate) fn joins_next(text: &str, after: &[Token]) -> bool {
    match after {
        [noun, join, num, rest @ ..] => {
            joins(text, *noun, *join)
                && number_value(text, *num).is_some()
                && !part_of_group(text, rest.first())
        }
        _ => false,
    }
}

/// True when the word after a number (`word`) makes it a part of the group named before it,
/// not a group joined to it: an adverb of the `aux` role ending in `-ly` (`shot six people, one
/// fatally`, `five men, two critically`).
pub(crate) fn part_of_group(text: &str, word: Option<&Token>) -> bool {
    word.is_some_and(|&t| {
        let w = lower(text, t);
        w.ends_with("ly") && LEXICON.is("aux", &w)
    })
}

/// True for a plural noun of people (`adults`, `men`) followed by `and` or `,`.
fn joins(text: &str, noun: Token, join: Token) -> bool {
    let lex = &*LEXICON;
    let noun = lower(text, noun);
    let plural = noun
        .strip_suffix('s')
        .is_some_and(|n| lex.people.contains(n))
        || matches!(&*noun, "men" | "women" | "children" | "people");
    plural && matches!(join.text(text), "and" | ",")
}

/// True when the people counted are suspects, not victims: after the number, over words of
/// people and auxiliaries, a step of an arrest or a charge (`Two people are in custody in
/// connection to a shooting which killed a 3-year-old`, `Four people have been charged in the
/// death of`, `Two men wanted in connection with the shooting death`: `grammar.tsv` role
/// `process`, and `wanted`, `accused`, `suspected`, `sought`). Their claim's frame may still
/// say `killed` from the death the sentence names.
pub(crate) fn suspects_after(text: &str, after: &[Token]) -> bool {
    let lex = &*LEXICON;
    for &t in after.iter().take(6) {
        let w = lower(text, t);
        if lex.is("process", &w) || matches!(&*w, "wanted" | "accused" | "suspected" | "sought") {
            return true;
        }
        let plural = w.strip_suffix('s').is_some_and(|n| lex.people.contains(n));
        let over = lex.is("between", &w)
            || lex.is("aux", &w)
            || lex.people.contains(&*w)
            || plural
            || matches!(&*w, "in" | "taken" | "into");
        if !over {
            return false;
        }
    }
    false
}

/// True when a count of people hit is the rest of a group whose dead were told before it in
/// the clause: `other` or `others` after the number and a word of death before it (`leaving
/// one dead and 11 others shot`, `A man was killed and at least six others shot`, `One killed,
/// six others shot`). Those others lived: the count is of the hurt, not of everyone hit.
pub(crate) fn others_of_the_dead(text: &str, before: &[Token], after: &[Token]) -> bool {
    let others = after
        .first()
        .is_some_and(|&t| matches!(&*lower(text, t), "other" | "others"));
    // (`Three others were also shot`: beyond the people told before, the dead of the sentence
    // before)
    let also = after
        .iter()
        .skip(1)
        .take(3)
        .any(|&t| lower(text, t) == "also");
    others
        && (also
            || before.iter().any(|&t| {
                matches!(
                    &*lower(text, t),
                    "dead" | "killed" | "died" | "dies" | "slain" | "fatally"
                )
            }))
}

/// The counts a title states (`2 dead, 3 injured in shooting outside club`, `Four people dead
/// after shooting`): each number (digits or a word up to twelve) whose following words give a
/// measure ([`measure_after`]), with its span in the title, in title order (a group joined
/// before it is added: `2 adults, 2 children killed` is 4). An age in
/// apposition (`Boy, 3, shot`) or a number followed by anything else gives nothing.
pub(crate) fn title_counts(title: &str) -> Vec<Reading> {
    let toks = reckon_text::tokenize(title);
    let mut out = Vec::new();
    if several_happenings(title, &toks) {
        return out;
    }
    for (k, &t) in toks.iter().enumerate() {
        let Some(value) = number_value(title, t) else {
            continue;
        };
        let measure = measure_after(title, &toks[k + 1..])
            .or_else(|| measure_before(title, &toks[..k], &toks[k + 1..]))
            .or_else(|| title_verb(title, &toks[..k], &toks[k + 1..]));
        if let Some(mut measure) = measure {
            if measure == "shot" && others_of_the_dead(title, &toks[..k], &toks[k + 1..]) {
                measure = "injured";
            }
            let joined = joined_before(title, &toks[..k]).or_else(|| one_before(title, &toks[..k]));
            out.push(Reading {
                measure,
                value: f64::from(value) + joined.unwrap_or(0.0),
                evidence: t.span,
                adds: false,
                hospital: false,
            });
        }
    }
    out
}

/// One person named before a count and joined to it by `and`, at the head of its clause (`A
/// six-year-old and three people were shot`, `a woman and two children were wounded`): the
/// phrase opens with `a`, `an` or `one` and no predicate comes before it in `before` (`killed a
/// man and two women were hurt` counts the two). `before` are the tokens before the number.
pub(crate) fn person_before(text: &str, before: &[Token]) -> Option<f64> {
    let lex = &*LEXICON;
    let [.., noun, join] = before else {
        return None;
    };
    let noun = lower(text, *noun);
    if !lex.is_person_noun(&noun) || join.text(text) != "and" {
        return None;
    }
    let n = before.len();
    let det = (n.saturating_sub(6)..n - 2)
        .rev()
        .find(|&k| matches!(&*lower(text, before[k]), "a" | "an" | "one"))?;
    let words = before[det + 1..n - 2]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Compound));
    let verb_before = before[..det].iter().any(|&t| {
        let w = lower(text, t);
        lex.predicates.contains_key(&*w) || lex.is("active", &w)
    });
    (words && !verb_before).then_some(1.0)
}

/// One person named after a count and joined to it by `and` (`Three men and a woman were
/// shot`, `two adults and a 3-year-old were wounded`): after the number come a plural noun of
/// people, `and`, `a` or `an`, and within four words a person noun. The number of tokens of
/// `after` the phrase takes, so that the predicate after it can be read; `None` otherwise.
pub(crate) fn person_after(text: &str, after: &[Token]) -> Option<usize> {
    let lex = &*LEXICON;
    let [noun, join, det, rest @ ..] = after else {
        return None;
    };
    if !joins(text, *noun, *join)
        || join.text(text) != "and"
        || !matches!(&*lower(text, *det), "a" | "an")
    {
        return None;
    }
    let k = rest
        .iter()
        .take(4)
        .position(|&t| lex.is_person_noun(&lower(text, t)))?;
    rest[..k]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Compound))
        .then_some(k + 4)
}

/// One person joined before a headline's number (`Man, 3 girls shot`, `Woman and 2 children
/// hurt`): a singular person noun and `,` or `and` right before it.
fn one_before(title: &str, before: &[Token]) -> Option<f64> {
    let lex = &*LEXICON;
    let [.., noun, join] = before else {
        return None;
    };
    let noun = lower(title, *noun);
    (lex.people.contains(&*noun) && matches!(join.text(title), "," | "and")).then_some(1.0)
}

/// True when a headline counts several happenings (`6 Hurt in 2 Downtown Minneapolis
/// Shootings`, `20 shot in 12 incidents`): a number above one and, within the next three
/// words, `shootings`, `incidents` or `attacks`. Its counts are an aggregate.
pub(crate) fn several_happenings(title: &str, toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, &t)| {
        number_value(title, t).is_some_and(|v| v > 1)
            && toks[k + 1..]
                .iter()
                .take(3)
                .any(|&w| matches!(&*lower(title, w), "shootings" | "incidents" | "attacks"))
    })
}

/// The measure of a headline's verb before a number that the predicates do not hold: `Shooting
/// Wounds 4 Boys` (injured), `shooting of five` (shot). Not before a word that counts no
/// people (`times`, `rounds`).
fn title_verb(title: &str, before: &[Token], after: &[Token]) -> Option<&'static str> {
    let lex = &*LEXICON;
    if after
        .first()
        .is_some_and(|&t| lex.is("not_people_after", &lower(title, t)))
    {
        return None;
    }
    match before {
        [.., shooting, of] if lower(title, *of) == "of" => {
            matches!(&*lower(title, *shooting), "shooting" | "shootings").then_some("shot")
        }
        [.., verb] if lower(title, *verb) == "wounds" => Some("injured"),
        _ => None,
    }
}

/// True when `words` open with a hospital (`the hospital`, `a local hospital`, `area
/// hospitals`): at most two words before `hospital(s)`, each a determiner or a word of the
/// `near_hospital` role.
fn at_hospital(text: &str, words: &[Token]) -> bool {
    let lex = &*LEXICON;
    for (k, &t) in words.iter().enumerate().take(3) {
        let w = lower(text, t);
        if matches!(&*w, "hospital" | "hospitals") {
            return true;
        }
        if k == 2 || !(lex.is("det", &w) || lex.is("near_hospital", &w)) {
            return false;
        }
    }
    false
}

/// The measure a written count takes from the verb just before it, when the words after it
/// give none: `killing four people and critically wounding two others`, `a shooting that
/// killed one and injured three`, `shot four people`. An adverb may stand before the verb (`fatally
/// wounding two` is killed); a passive auxiliary before the verb (`was shot 3 times`) or a
/// word after the number that counts no people (`not_people_after`: `times`, `rounds`) makes
/// it no count of people. `before` are the tokens before the quantity in its sentence,
/// `after` those after it.
pub(crate) fn measure_before(
    text: &str,
    before: &[Token],
    after: &[Token],
) -> Option<&'static str> {
    let lex = &*LEXICON;
    if after
        .first()
        .is_some_and(|&t| lex.is("not_people_after", &lower(text, t)))
    {
        return None;
    }
    let k = before.len().checked_sub(1)?;
    let verb = lower(text, before[k]);
    let &m = lex.predicates.get(&*verb)?;
    if !lex.is("active", &verb) {
        return None;
    }
    // an adverb before the verb (`critically wounding two`), then what comes before it
    let mut j = k;
    let mut fatal = false;
    if j > 0 {
        let w = lower(text, before[j - 1]);
        if w.len() > 4 && w.ends_with("ly") && before[j - 1].kind == TokenKind::Word {
            fatal = matches!(&*w, "fatally" | "mortally");
            j -= 1;
        }
    }
    if j > 0 && lex.is("passive", &lower(text, before[j - 1])) {
        return None;
    }
    Some(if fatal { "killed" } else { m })
}
