//! Counts of people read from the words: `a 17-year-old was shot and killed` is one killed, `a
//! man and a woman were wounded` two injured, and a written number whose claim has no frame
//! (`Five people were shot`, `two of those men died`) takes the measure of its predicate.
//!
//! The reader works on one sentence's tokens: it finds a predicate word (`data/predicates.tsv`),
//! walks back over auxiliaries to the subject (or, for an active `killed`, forward to the
//! object) and counts the people that phrase names: a determiner and a person noun, a person's
//! name or `he`/`she` is one, `X and Y` adds. A plural without a number is never guessed.

use std::borrow::Cow;

use reckon_text::{Span, Token, TokenKind};

use crate::lexicon::{LEXICON, Lexicon};

mod harm;
mod numbers;
mod predicate;

use harm::{death_of, no_one, own_death, part_of_told, wounded_subject};
pub(crate) use numbers::{
    aimed_at, joined_before, joins_next, measure_after, measure_before, others_of_the_dead,
    part_of_group, person_after, person_before, several_happenings, suspects_after, title_counts,
    word_number,
};
use predicate::{HOSPITAL_VERBS, predicate};

/// One count read from a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reading {
    /// `killed`, `injured` or `shot`.
    pub measure: &'static str,
    /// The number of people.
    pub value: f64,
    /// The words that justify it: from the counted phrase to the predicate.
    pub evidence: Span,
    /// True when the sentence adds these people to ones named before (`another man was shot`,
    /// `a second victim`, `was also taken to a hospital`): the event's count is the sum.
    pub adds: bool,
    /// True when only a visit to a hospital tells the harm (`was taken to a hospital`): the
    /// person may be the one whose death the next sentence tells.
    pub hospital: bool,
}

/// The lower-cased text of a token, borrowed when it has no capitals.
fn lower(text: &str, t: Token) -> Cow<'_, str> {
    let s = t.text(text);
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The words of one sentence, lower-cased once, with what the reader needs to know of them.
struct Words<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: Vec<Cow<'a, str>>,
    /// For each token, the start token of the person name it ends, when it ends one.
    name_start: Vec<Option<usize>>,
    /// For each token, true when it lies inside a quantity of a claim.
    in_claim: Vec<bool>,
    /// For each token, true when it is part of an age written without hyphens (`a 17 year
    /// old`): read as one person noun like `17-year-old`.
    age: Vec<bool>,
    /// A headline: a person noun needs no determiner (`Girl shot`, `Man fatally shoots girl`).
    headline: bool,
    /// In a headline, the number of capitalised words it opens with (`Athens man wounded`: 1).
    capital_lead: usize,
    /// True when the sentence tells a death (a predicate of `killed`, `fatal`, `death`...): read
    /// once, so that each reading that asks stays linear.
    deadly: bool,
    /// True when the sentence names a body (`the body was taken to a hospital`).
    body: bool,
}

impl<'a> Words<'a> {
    fn new(text: &'a str, toks: &'a [Token], persons: &[Span], claims: &[Span]) -> Words<'a> {
        let words = toks.iter().map(|&t| lower(text, t)).collect();
        let mut name_start = vec![None; toks.len()];
        for p in persons {
            let first = toks.iter().position(|t| p.contains(t.span));
            let last = toks.iter().rposition(|t| p.contains(t.span));
            if let (Some(f), Some(l)) = (first, last) {
                name_start[l] = Some(f);
            }
        }
        let in_claim = toks
            .iter()
            .map(|t| claims.iter().any(|c| c.overlaps(t.span)))
            .collect();
        let words: Vec<Cow<'a, str>> = words;
        let mut age = vec![false; toks.len()];
        for i in 2..toks.len() {
            if words[i] == "old"
                && matches!(&*words[i - 1], "year" | "years")
                && toks[i - 2].kind == TokenKind::Number
            {
                age[i - 2..=i].fill(true);
            }
        }
        let lex = &*LEXICON;
        let body = words.iter().any(|w| w == "body");
        let deadly = words.iter().any(|w| {
            lex.predicates.get(&**w) == Some(&"killed")
                || matches!(&**w, "fatal" | "fatally" | "death")
        }) || words.windows(2).any(|p| p[0] == "passed" && p[1] == "away");
        Words {
            text,
            toks,
            words,
            name_start,
            in_claim,
            age,
            headline: false,
            capital_lead: 0,
            deadly,
            body,
        }
    }

    /// In a headline, the start of a bare noun phrase of people ending at token `j` (`Teen
    /// girl`, `90-year-old man`): person nouns back to the title's start, punctuation or `and`,
    /// or to at most three capitalised words that open the title (a place or a school before
    /// the noun: `Athens man wounded`, `Medina High School student killed`).
    fn bare_start(&self, lex: &Lexicon, j: usize) -> Option<usize> {
        if !self.headline {
            return None;
        }
        let mut s = j;
        while s > 0 && self.is_person_noun(lex, s - 1) {
            s -= 1;
        }
        let open = s == 0
            || s <= self.capital_lead.min(3)
            || !matches!(self.toks[s - 1].kind, TokenKind::Word | TokenKind::Compound)
            || matches!(
                self.w(s - 1),
                "and" | "after" | "as" | "when" | "leaves" | "left"
            );
        open.then_some(s)
    }

    fn w(&self, i: usize) -> &str {
        &self.words[i]
    }

    /// True when token `i` is `another` after `and` (in a headline also after a comma): a clause
    /// with its verb left out (`one man dead and another wounded`, `Teen Killed, Another
    /// Wounded`).
    fn and_another(&self, i: usize) -> bool {
        i >= 1
            && self.w(i) == "another"
            && (self.w(i - 1) == "and" || (self.headline && self.w(i - 1) == ","))
    }

    /// The ordinal of a person named in turn at token `start` (`a third person`, `a 2nd
    /// victim`): 3, 2. Dead in turn, they are all the dead so far; hit in turn, at least that
    /// many were hit.
    fn dead_in_turn(&self, start: usize) -> Option<u32> {
        let next = self.words.get(start + 1)?;
        matches!(self.w(start), "a" | "an")
            .then(|| ordinal_value(next))
            .flatten()
    }

    /// True when the phrase from token `start` to `end` is someone's person (`the woman's
    /// boyfriend`, `his brother`, `her 5-year-old daughter`): with `also`, a new person, not
    /// one named before (`he was also shot`).
    fn owned(&self, start: usize, end: usize) -> bool {
        matches!(self.w(start), "his" | "her" | "their")
            || (start..end).any(|k| self.toks[k].kind == TokenKind::Possessive)
    }

    /// True when the phrase from token `start` to `end` is a new person opening a clause after
    /// `while` or `and` (`A, B and C were shot in the upper torso area, while Robinson was shot
    /// in the left forearm`, `A woman was wounded in the arm and a man was hit in the leg`):
    /// someone else than the people told before it in the sentence. Not a pronoun nor a
    /// definite noun, which may be one of them.
    fn contrasted(&self, start: usize, end: usize) -> bool {
        start >= 1
            && matches!(self.w(start - 1), "while" | "and")
            && (matches!(self.w(start), "a" | "an")
                || (start..=end).any(|e| self.name_start[e] == Some(start)))
    }

    /// True when token `i` names one person by its head noun (`man`, `17-year-old`, the `old`
    /// of `17 year old`).
    fn is_person_noun(&self, lex: &Lexicon, i: usize) -> bool {
        lex.is_person_noun(self.w(i)) || (self.age[i] && self.w(i) == "old")
    }

    /// True when token `i` is a plural head noun of people (`men`, `victims`, `teens`).
    fn is_people_plural(&self, lex: &Lexicon, i: usize) -> bool {
        let w = self.w(i);
        matches!(w, "men" | "women" | "children" | "people")
            || w.strip_suffix('s').is_some_and(|n| lex.people.contains(n))
    }

    /// True when the phrase starting at token `start` adds people to ones named before:
    /// `another man`, `a second victim`, `a third person`.
    fn adds_people(&self, start: usize) -> bool {
        let next = (start + 1 < self.words.len()).then(|| self.w(start + 1));
        self.w(start) == "another"
            || (matches!(self.w(start), "a" | "an")
                && next.is_some_and(|w| ordinal_value(w).is_some()))
    }
}

/// The value of an ordinal word up to `tenth`, in words or digits (`fourth`, `8th`).
fn ordinal_value(w: &str) -> Option<u32> {
    const WORDS: [&str; 9] = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];
    if let Some(k) = WORDS.iter().position(|o| *o == w) {
        return Some(k as u32 + 2);
    }
    let digits = w
        .strip_suffix("nd")
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))?;
    digits.parse::<u32>().ok().filter(|v| (2..=10).contains(v))
}

/// `a fourth victim`, `an 8th gunshot victim` at token `i`: the victims counted so far (the
/// ordinal) and the token of `victim`. A victim named in turn tells how many were hit at
/// least, whatever the sentence says of them (`a fourth victim drove herself to a hospital`).
fn victim_in_turn(ws: &Words, i: usize) -> Option<(u32, usize)> {
    let n = ws.words.len();
    if !matches!(ws.w(i), "a" | "an") || i + 2 >= n {
        return None;
    }
    let value = ordinal_value(ws.w(i + 1))?;
    // at most two words between (`a fifth male adult victim`)
    let victim = (i + 2..n.min(i + 5)).find(|&k| ws.w(k) == "victim")?;
    let between = (i + 2..victim).all(|k| {
        matches!(ws.toks[k].kind, TokenKind::Word | TokenKind::Compound) && ws.w(k) != "and"
    });
    between.then_some((value, victim))
}

/// True when `one` at token `i` stands for one person (`killed one and injured three`, `one
/// was shot`): not `no one`, `one of`, nor a determiner before a noun.
fn lone_one(ws: &Words, i: usize) -> bool {
    let n = ws.words.len();
    ws.w(i) == "one"
        && !ws.in_claim[i]
        && (i == 0
            || !matches!(
                ws.w(i - 1),
                "no" | "any" | "every" | "some" | "the" | "that" | "this"
            ))
        && (i + 1 >= n
            || matches!(
                ws.w(i + 1),
                "and" | "," | "." | "was" | "is" | "were" | "died" | "in" | "at" | "on" | "while"
            ))
}

/// Reads the phrase that ends at token `end` backwards: the number of people it names and the
/// token it starts at. `None` when it names no countable people.
fn count_back(lex: &Lexicon, ws: &Words, end: usize) -> Option<(usize, usize)> {
    let mut j = end;
    // a relative clause's comma: `a 15-year-old boy, who had been shot`
    if ws.w(j) == "," && j >= 1 && end + 1 < ws.words.len() && ws.w(end + 1) == "who" {
        j -= 1;
    }
    // a place in apposition: `John Smith, 23, of Dayton,` (up to four words after `of`)
    if ws.w(j) == "," {
        if let Some(of) = (j.saturating_sub(5)..j).rev().find(|&k| ws.w(k) == "of") {
            if of >= 1 && ws.w(of - 1) == "," {
                j = of - 1;
            }
        }
    }
    // a name in apposition: `the victim, identified as Wesley Rodriguez,`
    if ws.w(j) == "," {
        if let Some(k) = (j.saturating_sub(6)..j).find(|&k| ws.w(k) == "identified") {
            if k >= 2 && ws.w(k - 1) == "," && ws.w(k + 1) == "as" {
                j = k - 2;
            }
        }
    }
    // an age in apposition: `John Smith, 23,`
    if ws.w(j) == ","
        && j >= 2
        && ws.toks[j - 1].kind == TokenKind::Number
        && ws.w(j - 2) == ","
        && j >= 3
    {
        j -= 3;
    }
    // the people of an apposition after a plural (`the victims, a man and a woman, were
    // taken to a hospital`): the people it names
    if ws.w(j) == "," && j >= 1 {
        if let Some((n, s)) = count_back(lex, ws, j - 1) {
            if s >= 2 && ws.w(s - 1) == "," && ws.is_people_plural(lex, s - 2) {
                return Some((n, s));
            }
        }
    }
    // a name in apposition after the person it names (`the mother, Talisaha Powell, was taken
    // to the hospital`): the one person
    if ws.w(j) == ","
        && j >= 3
        && ws.name_start[j - 1].is_some_and(|s| s >= 1 && ws.w(s - 1) == ",")
    {
        j -= 1;
    }
    if ws.in_claim[j] {
        return None;
    }
    if let Some(list) = name_list(ws, end) {
        return Some(list);
    }
    // a part of a group told before: `One of them died`, `two of the victims were critically
    // wounded` (a number with a claim of its own is left to the claim)
    if let Some(part) = part_of_told(lex, ws, j) {
        return Some(part);
    }
    // `Both were fatally shot`, `both died`: two
    if ws.w(j) == "both" && (j == 0 || !matches!(ws.toks[j - 1].kind, TokenKind::Word)) {
        return Some((2, j));
    }
    let start = if let Some(s) = ws.name_start[j] {
        s
    } else if lex.is("pronoun", ws.w(j)) || lone_one(ws, j) {
        j
    } else if ws.and_another(j) {
        // an elided clause: `found one man dead and another wounded`, `three people are dead
        // and another hospitalized`
        j
    } else if ws.is_people_plural(lex, j) {
        // `both men`, `both of the victims`: two
        let both = (j.saturating_sub(4)..j)
            .rev()
            .find(|&k| ws.w(k) == "both")?;
        let between = (both + 1..j).all(|k| {
            matches!(ws.toks[k].kind, TokenKind::Word | TokenKind::Compound) && !ws.in_claim[k]
        });
        if !between {
            return None;
        }
        return Some((2, both));
    } else if ws.is_person_noun(lex, j) {
        // back over modifiers to the determiner, at most four words
        let mut k = j;
        let mut found = None;
        while k > 0 && j - k < 6 {
            k -= 1;
            // the words of an age without hyphens (`a 14 year old boy`) are modifiers
            if ws.age[k] {
                continue;
            }
            // an ordinal is no count of its own (`a fourth man`)
            let ordinal = ordinal_value(ws.w(k)).is_some();
            if ws.in_claim[k] && !ordinal {
                return None;
            }
            if ordinal {
                continue;
            }
            if lex.is("det", ws.w(k)) {
                found = Some(k);
                break;
            }
            let t = ws.toks[k];
            // (an owner before the noun is read over to its determiner: `the woman's
            // 23-year-old boyfriend`)
            let owner = matches!(t.kind, TokenKind::Possessive);
            if !matches!(t.kind, TokenKind::Word | TokenKind::Compound) && !owner
                || ws.w(k) == "and"
            {
                break;
            }
        }
        found.or_else(|| ws.bare_start(lex, j))?
    } else {
        return None;
    };
    let mut count = 1;
    let mut first = start;
    // `a man and a woman`; in a headline also `4-year-old boy, woman`
    if start >= 2 && (ws.w(start - 1) == "and" || (ws.headline && ws.w(start - 1) == ",")) {
        if let Some((more, s)) = count_back(lex, ws, start - 2) {
            count += more;
            first = s;
        }
    }
    Some((count, first))
}

/// A list of three or more names before a predicate, joined by commas and a last `and`
/// (`Avis, Mary Lynette Spann and Figueroa were shot`, `Aijaholn Tisdale, 19, Leroy Shaw, 15,
/// and Tamir Hamilton, 19, were injured`), ending at token `end`: the number of names and the
/// first token. A name is one to three capitalised words (the tagger misses or merges some
/// names of a list: `Thomas, Demereay Doe`), with an age in apposition read over; one of them
/// at least must be a person's name to the tagger.
fn name_list(ws: &Words, end: usize) -> Option<(usize, usize)> {
    let capital = |k: usize| {
        ws.toks[k].kind == TokenKind::Word
            && ws.toks[k]
                .text(ws.text)
                .starts_with(|c: char| c.is_uppercase())
            && !LEXICON.not_names.contains(ws.w(k))
    };
    // `k` is one past the token read next, going back
    let (mut k, mut names, mut tagged, mut joined) = (end + 1, 0, false, false);
    loop {
        // an age in apposition: `Leroy Shaw, 15,` (its last comma read with the separator)
        if k >= 3 && ws.w(k - 1) == "," && ws.w(k - 3) == "," {
            k -= 1;
        }
        if k >= 2 && ws.toks[k - 1].kind == TokenKind::Number && ws.w(k - 2) == "," {
            k -= 2;
        }
        let last = k;
        while k > 0 && last - k < 3 && capital(k - 1) {
            k -= 1;
        }
        if k == last {
            return None;
        }
        names += 1;
        tagged |= (k..last).any(|t| ws.name_start[t].is_some());
        // the separator before it: `and` (or `, and`) after the last name, commas before
        match (k.checked_sub(1).map(|p| ws.w(p)), joined) {
            (Some("and"), false) => {
                joined = true;
                k -= 1;
                if k >= 1 && ws.w(k - 1) == "," {
                    k -= 1;
                }
            }
            (Some(","), true) => k -= 1,
            _ => break,
        }
    }
    (joined && names >= 3 && tagged).then_some((names, k))
}

/// The subject before a prepositional phrase (`An off-duty trooper with the state police was
/// shot`): back from `end` over at most eight words, none a verb or punctuation, to a person
/// noun whose phrase opens with a determiner.
fn subject_through_phrase(lex: &Lexicon, ws: &Words, end: usize) -> Option<(usize, usize)> {
    let mut k = end;
    while k > 0 && end - k < 8 {
        k -= 1;
        let w = ws.w(k);
        if !matches!(
            ws.toks[k].kind,
            TokenKind::Word | TokenKind::Compound | TokenKind::Abbreviation
        ) || lex.is("aux", w)
            || lex.predicates.contains_key(w)
        {
            return None;
        }
        if (ws.is_person_noun(lex, k) || ws.is_people_plural(lex, k))
            && k + 1 < ws.words.len()
            && matches!(
                ws.w(k + 1),
                "with" | "from" | "of" | "at" | "in" | "for" | "inside"
            )
        {
            return count_back(lex, ws, k).map(|(n, s)| (if n == 2 { 2 } else { 1 }, s));
        }
    }
    None
}

/// The subject of the sentence's first clause (`A 3-year-old girl is recovering ... after
/// being shot`): the phrase before the first auxiliary that comes before token `before`.
fn first_subject(lex: &Lexicon, ws: &Words, before: usize) -> Option<(usize, usize)> {
    let k =
        (1..before).find(|&k| lex.is("passive", ws.w(k)) || matches!(ws.w(k), "has" | "had"))?;
    count_back(lex, ws, k - 1)
}

/// Reads the phrase that starts at token `start` forwards (the object of an active `killed`):
/// a determiner, modifiers and a person noun, possibly `and` another.
fn count_forward(lex: &Lexicon, ws: &Words, start: usize) -> Option<(usize, usize)> {
    let n = ws.words.len();
    if start >= n || ws.in_claim[start] {
        return None;
    }
    if lex.is("reflexive", ws.w(start)) || lone_one(ws, start) {
        return Some((1, start));
    }
    // `killing both men`
    if ws.w(start) == "both" && start + 1 < n && ws.is_people_plural(lex, start + 1) {
        return Some((2, start + 1));
    }
    // `shot him in the foot` (`her` first as a determiner: `shot her son`)
    let object = lex.is("object", ws.w(start)).then_some((1, start));
    let end = if lex.is("det", ws.w(start)) {
        let mut k = start + 1;
        while k < n && k - start <= 4 && !ws.is_person_noun(lex, k) {
            if ws.in_claim[k] || !matches!(ws.toks[k].kind, TokenKind::Word | TokenKind::Compound) {
                return object;
            }
            k += 1;
        }
        match (k < n && ws.is_person_noun(lex, k)).then_some(k) {
            // an age before the noun: `his 7-year-old daughter`
            Some(mut k) => {
                while k + 1 < n && k - start < 5 && ws.is_person_noun(lex, k + 1) {
                    k += 1;
                }
                k
            }
            None => return object,
        }
    } else if object.is_some() {
        return object;
    } else if ws.headline && ws.is_person_noun(lex, start) {
        // a bare noun in a headline: `shoots girl`
        let mut k = start;
        while k + 1 < n && k - start < 3 && ws.is_person_noun(lex, k + 1) {
            k += 1;
        }
        k
    } else {
        // a name: its last token
        (start..n.min(start + 4)).find(|&k| ws.name_start[k] == Some(start))?
    };
    let mut count = 1;
    let mut last = end;
    if end + 2 < n && ws.w(end + 1) == "and" {
        if let Some((more, e)) = count_forward(lex, ws, end + 2) {
            count += more;
            last = e;
        }
    }
    Some((count, last))
}

/// The implicit counts of one sentence (`toks`), given the spans of its person names and of its
/// claims' quantities (a phrase holding a written number is left to the claim). Callers skip
/// sentences without a cue word (`Lexicon::cues`): the reader lower-cases every token.
pub(crate) fn implicit_counts(
    text: &str,
    toks: &[Token],
    persons: &[Span],
    claims: &[Span],
    out: &mut Vec<Reading>,
) {
    read_counts(Words::new(text, toks, persons, claims), out);
}

/// The implicit counts of a headline (`Girl shot in Peoria`, `Man fatally shoots girl, injures
/// boy`): as [`implicit_counts`], but a person noun needs no determiner. No names or claims
/// are known in a title.
pub(crate) fn headline_counts(title: &str, out: &mut Vec<Reading>) {
    let toks = reckon_text::tokenize(title);
    if several_happenings(title, &toks) {
        return;
    }
    let mut ws = Words::new(title, &toks, &[], &[]);
    ws.headline = true;
    ws.capital_lead = toks
        .iter()
        .take_while(|t| {
            matches!(t.kind, TokenKind::Word | TokenKind::Compound)
                && t.text(title).starts_with(|c: char| c.is_uppercase())
        })
        .count();
    read_counts(ws, out);
}

/// The reader of [`implicit_counts`] over one sentence's words.
fn read_counts(ws: Words<'_>, out: &mut Vec<Reading>) {
    let lex = &*LEXICON;
    let toks = ws.toks;
    // the subject of the sentence's first clause, for a later predicate whose own subject is
    // not written (`was shot in the head and was pronounced dead`, `is in critical condition
    // after being shot`)
    let mut subject: Option<(usize, usize)> = None;
    // the shooter's own death (`killed himself`, `turned the gun on herself`)
    let mut suicide: Option<Span> = None;
    let (base, n) = (out.len(), toks.len());
    for i in 0..n {
        // `a fourth victim`: at least four were hit (`victims`, a lower bound of `shot`)
        if let Some((value, last)) = victim_in_turn(&ws, i) {
            out.push(Reading {
                measure: "victims",
                value: f64::from(value),
                evidence: toks[i].span.cover(toks[last].span),
                adds: false,
                hospital: false,
            });
            continue;
        }
        // `the shooting death of 16-year-old Kenyon Givens`, `pronounced him dead`
        if let Some((n, last)) = death_of(lex, &ws, i) {
            out.push(Reading {
                measure: "killed",
                value: n as f64,
                evidence: toks[i].span.cover(toks[last].span),
                adds: false,
                hospital: false,
            });
            continue;
        }
        // `was taken to a hospital with non-life-threatening injuries`, `suffered a gunshot
        // wound`: the clause's subject is hurt (not in a sentence that says someone died)
        if let Some((n, first, measure)) = wounded_subject(lex, &ws, i) {
            out.push(Reading {
                measure,
                value: n as f64,
                evidence: toks[first].span.cover(toks[i].span),
                // `a 28-year-old woman also suffered a gunshot wound`
                adds: ws.adds_people(first)
                    || (matches!(ws.w(first), "a" | "an") && (first..i).any(|k| ws.w(k) == "also")),
                hospital: false,
            });
            continue;
        }
        if let Some(last) = own_death(lex, &ws, i) {
            suicide.get_or_insert(toks[i].span.cover(toks[last].span));
            continue;
        }
        let Some(mut measure) = predicate(lex, &ws, i) else {
            continue;
        };
        // back over auxiliaries and a first verb (`was shot and killed`)
        let mut j = if ws.w(i) == "condition" { i - 2 } else { i };
        let mut passive = false;
        let mut also = false;
        // `was not injured`, `had never been shot`, `wasn't hurt`: no one hurt
        let mut negated = false;
        let mut intransitive = matches!(
            ws.w(i),
            "died"
                | "dies"
                | "passed"
                | "dead"
                | "perished"
                | "succumbed"
                | "deceased"
                | "recovering"
                | "recovers"
                | "survived"
                | "survives"
                | "survive"
                | "recover"
                | "condition"
                | "fighting"
                | "fights"
        );
        while j > 0 {
            let w = ws.w(j - 1);
            also |= w == "also";
            negated |= matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t");
            // an adverb (`accidentally`, `critically`) is read over like an auxiliary
            let adverb = w.len() > 4 && w.ends_with("ly") && ws.toks[j - 1].kind == TokenKind::Word;
            // `both` opening its clause is the subject (`, both were fatally shot`), not the
            // `both` of `they were both shot`
            if w == "both" && (j == 1 || !matches!(ws.toks[j - 2].kind, TokenKind::Word)) {
                break;
            }
            if w == "to" && j >= 2 && ws.w(j - 2) == "expected" {
                // `is expected to survive`
                j -= 2;
            } else if lex.is("aux", w) || adverb {
                passive |= lex.is("passive", w);
                if matches!(w, "found" | "pronounced" | "declared" | "left") {
                    intransitive = true;
                }
                j -= 1;
            } else if w == "and"
                && j >= 2
                && (lex.predicates.contains_key(ws.w(j - 2)) || lex.is("hit", ws.w(j - 2)))
            {
                // `was shot and killed`, `was struck and killed`
                j -= 2;
            } else if j == i && lex.predicates.contains_key(w) {
                // `shot dead`
                j -= 1;
            } else {
                break;
            }
        }
        // a negated predicate or a subject of no one (`The driver was not injured`, `but
        // nobody was hurt`, `no one else was wounded`) counts no one
        if negated || (j > 0 && no_one(&ws, j - 1)) {
            continue;
        }
        // a clause with its verb left out after `and another` (`one man dead and another
        // wounded`): a participle reads as a passive
        let elided =
            j >= 1 && ws.and_another(j - 1) && (ws.w(i).ends_with("ed") || ws.w(i) == "shot");
        let found = if passive || intransitive || elided {
            let own = (j > 0).then(|| count_back(lex, &ws, j - 1)).flatten();
            if own.is_some() {
                subject = subject.or(own);
            }
            // a predicate after `and` or `after (being)` takes the clause's subject
            let joined = j > 0
                && matches!(
                    ws.w(j - 1),
                    "and" | "but" | "after" | "before" | "when" | "then"
                );
            own.or_else(|| {
                (j > 0)
                    .then(|| subject_through_phrase(lex, &ws, j - 1))
                    .flatten()
            })
            .or_else(|| subject.filter(|_| joined))
            .or_else(|| joined.then(|| first_subject(lex, &ws, j)).flatten())
            .map(|(n, s)| (n, s.min(i), i))
        } else if let Some(own) = reduced_relative(lex, &ws, j, i) {
            // `a toddler wounded in a shooting`, `the man shot by police`
            Some((own.0, own.1, i))
        } else if measure == "killed" || measure == "shot" || lex.is("active", ws.w(i)) {
            // the shooter's own death (`killed himself`): counted with the sentence's dead
            if measure == "killed" && i + 1 < n && lex.is("reflexive", ws.w(i + 1)) {
                suicide.get_or_insert(toks[i].span.cover(toks[i + 1].span));
                continue;
            }
            // one who took themselves to a hospital (`a man drove himself to the hospital`):
            // the subject
            let reflexive = i + 1 < n && lex.is("reflexive", ws.w(i + 1));
            if measure == "injured" && reflexive {
                let own = (j > 0).then(|| count_back(lex, &ws, j - 1)).flatten();
                own.map(|(n, s)| (n, s, i + 1))
            } else {
                // active voice: the people counted are the object
                count_forward(lex, &ws, i + 1).map(|(n, e)| {
                    // `shot his 7-year-old daughter to death`
                    if measure == "shot"
                        && e + 2 < ws.words.len()
                        && ws.w(e + 1) == "to"
                        && ws.w(e + 2) == "death"
                    {
                        measure = "killed";
                    }
                    (n, i, e)
                })
            }
        } else {
            None
        };
        // a part of the people told before is a count of the dead only (`One of them died`);
        // a part hurt or hit is some of a count given elsewhere (`two of them remain in
        // critical condition`)
        let part = j > 0 && part_of_told(lex, &ws, j - 1).is_some();
        if part && measure != "killed" {
            continue;
        }
        if let Some((n, first, last)) = found {
            // the people counted start at the subject, or after an active verb at its object
            let people = if first == i { i + 1 } else { first };
            let people = people.min(last);
            // the dead named in turn are all the dead so far (`a third person has died`)
            let turn = (measure == "killed")
                .then(|| ws.dead_in_turn(people))
                .flatten();
            out.push(Reading {
                measure,
                value: turn.map_or(n as f64, f64::from),
                evidence: toks[first].span.cover(toks[last].span),
                // `also` adds only a new person (`a 39-year-old man was also taken`, `a
                // shooting that also injured a woman`), not `he was also shot in the arm`
                // (`shot another boy`: the other is the shooter, not a victim before)
                adds: turn.is_none()
                    && ((also && (matches!(ws.w(people), "a" | "an") || ws.owned(people, last)))
                        || (first != i && ws.adds_people(people))
                        || (ws.contrasted(people, last)
                            && out[base..].iter().any(|r| {
                                r.measure == measure || (measure == "shot" && r.measure == "killed")
                            }))),
                hospital: HOSPITAL_VERBS.contains(&ws.w(i)),
            });
            // one hit named in turn (`an 8th teen was injured`, `a fifth person may have been
            // wounded`): at least that many were hit, as `a fifth victim` (read once)
            let told =
                |r: &Reading| r.measure == "victims" && r.evidence.start == toks[people].span.start;
            if let Some(n) = ws
                .dead_in_turn(people)
                .filter(|_| measure != "killed" && !out[base..].iter().any(told))
            {
                out.push(Reading {
                    measure: "victims",
                    value: f64::from(n),
                    evidence: toks[first].span.cover(toks[last].span),
                    adds: false,
                    hospital: false,
                });
            }
        }
    }
    // a murder-suicide told in one sentence (`shot his daughter to death and then killed
    // himself`): the dead of the sentence and the shooter; alone, the shooter is one dead
    if let Some(own) = suicide {
        let (dead, first) = out[base..]
            .iter()
            .filter(|r| r.measure == "killed")
            .fold((0.0, own), |(v, sp), r| (v + r.value, sp.cover(r.evidence)));
        out.push(Reading {
            measure: "killed",
            value: dead + 1.0,
            evidence: first,
            adds: false,
            hospital: false,
        });
        // the people the shooter hit and lived (`shot his girlfriend and her 9-year-old son,
        // wounding both, before killing himself`): the shooter is one more hit, so that the
        // hurt are those hit less the dead
        let hit = out[base..].iter().filter(|r| r.measure == "shot").fold(
            None,
            |acc: Option<(f64, Span)>, r| {
                Some(acc.map_or((r.value, r.evidence), |(v, sp)| {
                    (v + r.value, sp.cover(r.evidence))
                }))
            },
        );
        if let Some((hit, span)) = hit {
            out.push(Reading {
                measure: "shot",
                value: hit + 1.0,
                evidence: span.cover(own),
                adds: false,
                hospital: false,
            });
        }
    }
}

/// A predicate participle right after its subject and before a preposition (`A toddler
/// wounded in what appears to be an accidental shooting`, `the man shot by police`): the
/// people of that subject. `j` is the first token of the predicate group, `i` the predicate.
fn reduced_relative(lex: &Lexicon, ws: &Words, j: usize, i: usize) -> Option<(usize, usize)> {
    // `shot to death by`: the phrase ends after `death`
    let end = if ws.w(i) == "shot" && ws.words.get(i + 2).is_some_and(|w| w == "death") {
        i + 2
    } else {
        i
    };
    // in a headline the passive stands alone: `Officer shot, suspect killed`
    let next = ws.words.get(end + 1).map(|w| &**w);
    let open = match next {
        Some(w) => {
            matches!(w, "in" | "by" | "during" | "outside" | "near")
                || (ws.headline && matches!(w, "," | ":" | ";" | "and" | "after" | "while"))
        }
        None => ws.headline,
    };
    // only adverbs between the subject and the predicate (`accidentally shot`), or a first
    // predicate joined to it (`accidentally shot and killed by his brother`)
    let adverbs = (j..i).all(|k| {
        let w = ws.w(k);
        w.ends_with("ly") || w == "and" || lex.predicates.contains_key(w) || lex.is("hit", w)
    });
    if j == 0 || !open || !adverbs {
        return None;
    }
    // a participle only: `killed` / `wounded` / `shot` / `injured` / `slain` / `hurt`, not
    // `kills`
    if !ws.w(i).ends_with("ed") && !matches!(ws.w(i), "shot" | "slain" | "hurt") {
        return None;
    }
    if ws.name_start[j - 1].is_some() {
        // `Smith shot in the leg` reads like a headline; `Police shot by` is no person noun
        return count_back(lex, ws, j - 1);
    }
    // an age in apposition (`Boy, 5, shot; father charged`)
    if ws.w(j - 1) == ","
        && j >= 4
        && ws.toks[j - 2].kind == TokenKind::Number
        && ws.w(j - 3) == ","
        && ws.is_person_noun(lex, j - 4)
    {
        return count_back(lex, ws, j - 1);
    }
    if !ws.is_person_noun(lex, j - 1) {
        return None;
    }
    count_back(lex, ws, j - 1)
}

#[cfg(test)]
mod tests;
