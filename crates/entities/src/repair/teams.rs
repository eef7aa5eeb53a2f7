//! Repair 69 (issue 17, session 22): places that stand for their teams in a match's result,
//! after the phrase of the result rather than between two places (rule 10's `Carolina beat
//! Chicago`). Written from the GPE-for-ORG errors of three development batches of web pages
//! (national teams in results), with phrases from general knowledge of sports reports
//! (`data/result_cues.tsv`), no names.
//!
//! 69. A mention the tagger read as a place (GPE or LOC) right after a VERB phrase of a result
//!     (`beating`, `drawing with`, `lost to`) or a NOUN phrase (`win over`, `victory against`,
//!     `defeat to`), perhaps after SKIP words (`the`, `defending champions`), is an ORG; after a
//!     NOUN phrase, so is a place with a possessive before it and at most two lower-case words
//!     (`Ghana's narrow win over Mali`); after a VERB phrase, a place right before it (`Senegal
//!     lost to Egypt`). A result against a person or a thing changes nothing
//!     (`lost to Federer`, `a victory over poverty`), nor does a place with a possessive, the
//!     player's country (`lost to Slovakia's Daniela Hantuchova`). (Round 2.) After a NOUN
//!     phrase the other side may be a club the tagger read as a person or an organisation: it
//!     stays, and the place owning the noun is a side (`Northampton's defeat by Saracens`).
//! 74. (Session 22, round 2, from the GPE errors of `indep13-bbc`'s sports copy; the cues from
//!     general knowledge of British and American sports reports: AGREE, OPEN, FIXTURE and AFTER
//!     in `data/result_cues.tsv`.) A place of one to three capitalised words that opens its
//!     clause (a sentence's first word, after punctuation or an OPEN word such as `but`; not
//!     after a comma and a name, the region of an address: `San Jose, California, who`) and is
//!     followed by a verb in the plural (`England have lost`, `Tottenham travel to`) or by `,
//!     who` is a side, an ORG: British copy writes a team in the plural, and a place is never a
//!     `who`. Not a plural name (`the Shetland Islands are`). Then a side or a place, a FIXTURE
//!     phrase (`host`, `travel to`, `takes on`), perhaps `the`, and a place are two sides
//!     (`Chelsea host Birmingham`, `Serbia takes on Japan`), unless the second place has a
//!     possessive or a lower-case word outside AFTER after it (`plays the Taiwan card`).
//!     (Session 34.) A month, a weekday or a pronoun before a comma is no town of an address
//!     (`until February, Bath need`); a place given `victory` or `win` with no article is a side
//!     (`gave Scotland victory`). (Session 35, from `indep26-held`.) A country or a nation
//!     after `his`, `her` or `their` before `debut(s)` (`their Wales debuts`), or after `the`
//!     before `fold` (`returning to the England fold`), is its side; a town is not (`her London
//!     debut`: a place where one performs).
//!
//! Rule 69b (session 37, from `indep27-held`'s `the match between Juventus and Fiorentina` GPE):
//! after a PAIR phrase (`match between`, `game between`, `final between`), the mention after it
//! and the one after `and` (perhaps `the`) are the two sides, ORGs, when both are places or
//! organisations and one is a place; two persons are players and stay.

use std::sync::LazyLock;

use reckon_text::TokenKind;

use super::{Local, Sentence};
use crate::Label;
use crate::hash::{WordMap, hash_bytes};

/// A phrase's kind.
const VERB: u8 = 1;
const NOUN: u8 = 2;
const SKIP: u8 = 3;
const AGREE: u8 = 4;
const OPEN: u8 = 5;
const FIXTURE: u8 = 6;
const AFTER: u8 = 7;
const PAIR: u8 = 8;

/// The most SKIP words read between a phrase and the name.
const MAX_SKIP: usize = 3;

/// Phrases sharing a first word: each one's other words (hashed) and its kind.
type Phrases = Vec<(Vec<u64>, u8)>;

/// The phrases of `data/result_cues.tsv`, by first word.
struct Cues {
    first: WordMap<Phrases>,
    skip: WordMap<()>,
    /// Rule 74's verbs in the plural, the words that may open a clause before a side, and the
    /// phrases between two sides (by first word).
    agree: WordMap<()>,
    open: WordMap<()>,
    fixture: WordMap<Phrases>,
    after: WordMap<()>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut first: WordMap<Phrases> = WordMap::default();
    let mut fixture: WordMap<Phrases> = WordMap::default();
    let mut by_word: Vec<(u64, Phrases)> = Vec::new();
    let mut fixtures: Vec<(u64, Phrases)> = Vec::new();
    let (mut skip, mut agree, mut open, mut after) = (
        WordMap::default(),
        WordMap::default(),
        WordMap::default(),
        WordMap::default(),
    );
    for line in include_str!("../../data/result_cues.tsv").lines() {
        let Some((kind, phrase)) = line.split_once('\t') else {
            continue;
        };
        let k = match kind {
            "VERB" => VERB,
            "NOUN" => NOUN,
            "SKIP" => SKIP,
            "AGREE" => AGREE,
            "OPEN" => OPEN,
            "FIXTURE" => FIXTURE,
            "AFTER" => AFTER,
            "PAIR" => PAIR,
            _ => continue,
        };
        let words: Vec<u64> = phrase
            .split_whitespace()
            .map(|w| hash_bytes(w.as_bytes()))
            .collect();
        let Some((&head, rest)) = words.split_first() else {
            continue;
        };
        match k {
            SKIP => skip.insert(head, ()),
            AGREE => agree.insert(head, ()),
            OPEN => open.insert(head, ()),
            AFTER => after.insert(head, ()),
            _ => {}
        }
        if matches!(k, SKIP | AGREE | OPEN | AFTER) {
            continue;
        }
        let by_word = if k == FIXTURE {
            &mut fixtures
        } else {
            &mut by_word
        };
        match by_word.iter_mut().find(|(h, _)| *h == head) {
            Some((_, v)) => v.push((rest.to_vec(), k)),
            None => by_word.push((head, vec![(rest.to_vec(), k)])),
        }
    }
    for (map, list) in [(&mut first, by_word), (&mut fixture, fixtures)] {
        for (h, mut v) in list {
            // The longest phrase first (`edging past` before `edging`).
            v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
            map.insert(h, v);
        }
    }
    Cues {
        first,
        skip,
        agree,
        open,
        fixture,
        after,
    }
});

/// The length of the longest phrase of `map` at token `k`, if one starts there.
fn phrase_at(s: &Sentence, map: &WordMap<Phrases>, k: usize) -> Option<(usize, u8)> {
    let t = s.infos.get(k)?;
    if !t.lower_initial {
        return None;
    }
    map.get(&t.lower)?.iter().find_map(|(rest, kind)| {
        rest.iter()
            .enumerate()
            .all(|(j, h)| s.infos.get(k + 1 + j).is_some_and(|x| x.lower == *h))
            .then_some((rest.len() + 1, *kind))
    })
}

/// Rule 69: `drawing with Norway`, `Ghana's narrow win over Mali`.
pub(super) fn result_teams(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let c = &*CUES;
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    // The cheap test first: a place to relabel at all.
    if !spans.iter().any(|m| place(m.2)) {
        return;
    }
    for k in 0..n {
        let Some((len, kind)) = phrase_at(s, &c.first, k) else {
            continue;
        };
        let mut j = k + len;
        while j < n && j - (k + len) < MAX_SKIP && s.infos[j].lower_initial {
            if !c.skip.contains(&s.infos[j].lower) {
                break;
            }
            j += 1;
        }
        // (A place with a possessive names the player's country: `lost to Slovakia's Daniela
        // Hantuchova`.)
        // After a NOUN phrase the other side may be a club the tagger read as a person or an
        // organisation (`Northampton's defeat by Saracens`): it stays, its owner is a side.
        let Some(i) = spans.iter().position(|m| {
            m.0 == j
                && (place(m.2)
                    || matches!(kind, NOUN | PAIR) && matches!(m.2, Label::Person | Label::Org))
                && s.toks
                    .get(m.1)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
        }) else {
            continue;
        };
        if kind == PAIR {
            pair_sides(s, spans, i);
            continue;
        }
        if place(spans[i].2) {
            spans[i].2 = Label::Org;
        }
        if kind != NOUN {
            // A place right before a finite verb is the other team (`Senegal lost to Egypt`).
            if let Some(o) = spans.iter().position(|m| m.1 == k && place(m.2)) {
                spans[o].2 = Label::Org;
            }
            continue;
        }
        // The other team: a place, its possessive and at most two lower-case words before the
        // noun (`Ghana's narrow win over Mali`).
        let mut p = k;
        while p > 0 && k - p < 2 && s.infos[p - 1].lower_initial {
            p -= 1;
        }
        if p >= 2
            && s.toks[p - 1].kind == TokenKind::Possessive
            && let Some(o) = spans.iter().position(|m| m.1 == p - 1 && place(m.2))
        {
            spans[o].2 = Label::Org;
        }
    }
}

/// Rule 69b (session 37): the two sides of a PAIR phrase (`the match between Juventus and
/// Fiorentina`): the mention `i` after the phrase and the one after `and` (perhaps `the`) are
/// sides when both are places or organisations and one is a place; two persons are players
/// (`the match between Federer and Nadal`) and stay.
fn pair_sides(s: &Sentence, spans: &mut [Local], i: usize) {
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    let side = |l: Label| place(l) || l == Label::Org;
    let mut j = spans[i].1;
    if s.infos
        .get(j)
        .is_none_or(|t| s.word(j) != "and" || !t.lower_initial)
    {
        return;
    }
    j += 1;
    if s.infos
        .get(j)
        .is_some_and(|t| t.lower_initial && s.word(j) == "the")
    {
        j += 1;
    }
    let Some(o) = spans.iter().position(|m| m.0 == j) else {
        return;
    };
    let (first, second) = (spans[i].2, spans[o].2);
    let possessive = s
        .toks
        .get(spans[o].1)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    if side(first) && side(second) && (place(first) || place(second)) && !possessive {
        spans[i].2 = Label::Org;
        spans[o].2 = Label::Org;
    }
}

/// Rule 74: the closing comma of an aside of one to four lower-case words between commas that
/// opens at token `b` (`, on the other hand,`, `, however,`).
fn aside_end(s: &Sentence, b: usize) -> Option<usize> {
    if s.word(b) != "," {
        return None;
    }
    let mut k = b + 1;
    while k < s.infos.len()
        && k - b <= 4
        && s.toks[k].kind == TokenKind::Word
        && s.infos[k].lower_initial
    {
        k += 1;
    }
    (k > b + 1 && k < s.infos.len() && s.word(k) == ",").then_some(k)
}

/// Rule 74: `England, who have lost three games`, `Chelsea host Birmingham, Tottenham travel to
/// West Brom`, `Serbia takes on Japan`.
pub(super) fn plural_sides(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let c = &*CUES;
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    if !spans.iter().any(|m| place(m.2)) {
        return;
    }
    let who = hash_bytes(b"who");
    // A side's name opens its clause: the sentence's first word, after punctuation or after a
    // word of OPEN (`but`, `while`, `as`); not after a preposition (`fans in Leeds are`), `the`
    // or `and` (`Britain and France have`), nor after a comma and a name, as the region of an
    // address (`San Jose, California, who`, `Washington, D.C. are`); a month, a weekday or a
    // pronoun before the comma is no town (session 34: `out until February, Bath need`).
    let opens = |a: usize| {
        a == 0
            || !(matches!(
                s.toks[a - 1].kind,
                TokenKind::Word | TokenKind::Compound | TokenKind::Abbreviation
            ) || a >= 2 && s.word(a - 1) == "," && s.infos[a - 2].title && !s.date_word(a - 2))
            || (a == 1 || s.infos[a - 1].lower_initial) && c.open.contains(&s.infos[a - 1].lower)
    };
    let the = hash_bytes(b"the");
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        // (A plural name takes a verb in the plural: `the Shetland Islands are`, `the
        // Philippines have`.)
        let plural_name = s.word(b - 1).ends_with('s')
            && (s.infos[a].lower == the || a > 0 && s.infos[a - 1].lower == the);
        if !place(l)
            || b - a > 3
            || b >= n
            || plural_name
            || !(a..b).all(|k| s.infos[k].title)
            || !opens(a)
        {
            continue;
        }
        // (Session 33.) An aside between commas may stand between the side and its verb
        // (`Wales, on the other hand, have`, `England, however, are`): one to four lower-case
        // words.
        let v = aside_end(s, b).map_or(b, |e| e + 1);
        let Some(t) = s.infos.get(v) else {
            continue;
        };
        let plural = t.lower_initial && c.agree.contains(&t.lower);
        let relative = s.word(b) == "," && s.infos.get(b + 1).is_some_and(|t| t.lower == who);
        if plural || relative {
            m.2 = Label::Org;
        }
    }
    // (Session 34.) A place given a result with no article is a side (`gave Scotland victory`,
    // `gives Wales victory`); with one it may be a country's gain (`give China a win`).
    let gave = [b"gave" as &[u8], b"give", b"gives", b"giving"].map(hash_bytes);
    let result = [b"victory" as &[u8], b"win"].map(hash_bytes);
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        if place(l)
            && a > 0
            && s.infos[a - 1].lower_initial
            && gave.contains(&s.infos[a - 1].lower)
            && s.infos.get(b).is_some_and(|t| result.contains(&t.lower))
        {
            m.2 = Label::Org;
        }
    }
    // (Session 35.) A country's or a nation's first cap and its return: a country or a nation
    // (`England`, data/org_heads.tsv's NATION) after `his`, `her` or `their` and before `debut`
    // (`his England debut`, `their Wales debuts`), or after `the` and before `fold` (`returning to
    // the England fold`), is its side. Not a town or a theatre's street (`her Broadway debut`,
    // `his London debut`: a place where one performs).
    let owner = [b"his" as &[u8], b"her", b"their"].map(hash_bytes);
    let (the_, fold) = (hash_bytes(b"the"), hash_bytes(b"fold"));
    let debut = [b"debut" as &[u8], b"debuts"].map(hash_bytes);
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        let nation = s.lex.country_at(s.infos, a).is_some_and(|h| h.len == b - a)
            || b == a + 1 && s.lex.is_nation(s.infos[a].lower);
        if !place(l) || a == 0 || !nation || !s.infos[a - 1].lower_initial {
            continue;
        }
        let before = s.infos[a - 1].lower;
        let Some(t) = s.infos.get(b).filter(|t| t.lower_initial) else {
            continue;
        };
        let first_cap = owner.contains(&before) && debut.contains(&t.lower);
        if first_cap || before == the_ && t.lower == fold {
            m.2 = Label::Org;
        }
    }
    // A fixture between two sides: the place after it is a side when a side (an ORG, or a place
    // that rule 74 or the fixture itself makes one) comes before it.
    for i in 0..spans.len().saturating_sub(1) {
        let (_, b, l) = spans[i];
        if !(place(l) || l == Label::Org) {
            continue;
        }
        let Some((len, _)) = phrase_at(s, &c.fixture, b) else {
            continue;
        };
        let mut j = b + len;
        if s.infos
            .get(j)
            .is_some_and(|t| t.lower == hash_bytes(b"the"))
        {
            j += 1;
        }
        let (y0, y1, yl) = spans[i + 1];
        // (Not a place with a possessive, nor one before a lower-case word outside AFTER: a
        // modifier, `plays the Taiwan card`.)
        if y0 == j
            && place(yl)
            && s.toks.get(y1).is_none_or(|t| {
                t.kind != TokenKind::Possessive
                    && (!s.infos[y1].lower_initial || c.after.contains(&s.infos[y1].lower))
            })
        {
            spans[i].2 = Label::Org;
            spans[i + 1].2 = Label::Org;
        }
    }
}
