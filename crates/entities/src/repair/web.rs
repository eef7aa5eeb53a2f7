//! Repairs 23-26 and 50: the forms of web pages (issue 17, fifth round: science, technology and
//! celebrity pages, where the tagger, trained on news, reads planets as organisations and keeps
//! a sentence's first word in a person's name):
//!
//! 23. A planet or a moon (SKY in `data/place_cues.tsv`: `Jupiter`, `Europa`, `Titan`; `Moon`
//!     only after a lower-case `the`), capitalised, with no capitalised word next to it (`Earth
//!     Day`, `Bruno Mars`, `Europa League` are other names), is a LOC whatever the tagger read,
//!     unless it read a GPE (`Jupiter, Fla.`).
//! 25. A country's name (the countries of `data/nationalities.tsv`; with its `the` too, and
//!     since session 21 also read as a LOC: `the Ivory Coast`) read as a PERSON, a NORP,
//!     a PRODUCT, a FAC, a work, an event, a law or a language is a GPE (`Vietnam is one of
//!     the region's critics` at a sentence's start, `Korea` PRODUCT), unless it is a given name
//!     (`Chad`, `Jordan`); an ORG stays (a national team: `Portugal beat Spain`). So is a US
//!     state's full name (REGION in `data/place_cues.tsv`: `Oregon: Employers can't ask …` in a
//!     state-by-state list, read as a PERSON).
//! 26. A mention never starts inside a title (`State Mike Pompeo` ORG of `US Secretary of State
//!     Mike Pompeo` keeps `Mike Pompeo`, which rule 2 reads as a PERSON); a known place fused
//!     with a given name and one or two capitalised words after it is a place and a PERSON
//!     (`envoy to Ukraine Kurt Volker` read as one PRODUCT). Applied with rule 24.
//! 50. A short word (GLUE in `data/place_cues.tsv`: `of`, `two`) capitalised at the start or the
//!     end of a mention whose other words are exactly a place of the gazetteer goes, and the
//!     place takes the gazetteer's label (`Two United States service members`, `drugs in Canada
//!     Of course` where a headline runs into its article).
//! 24. At a sentence's start, a PERSON of two words or more whose first word is a common
//!     lower-case word (`data/common_words.txt`) and no given name loses that word (`Both
//!     Johnson and Corbyn`); an untagged capitalised word there that is neither a common word,
//!     a title, a place, a nationality nor a head word joins a one-word PERSON right after it
//!     that is no given name nor a common word (`Tre Harbison rushed`, where the tagger read
//!     only the surname; not `Saint Anne`, `Silicon Valley`). Applied early (after rule 5), so
//!     that the later rules read the trimmed name (`A Twitter spokesperson`: rule 14's COMPANY).
//! 92. (Session 28, with rule 24.) At a sentence's start, a conjunction or a preposition that
//!     opens a clause (OPENERS: `When`, `If`, `While`, `Despite`, `Meanwhile`...) is no word of
//!     a mention of two words or more other than a work or an event (`While U.S. officials` ORG,
//!     `When Congress`, `If CNPC`, `Meanwhile European Commission`): it goes, and what is left
//!     takes the gazetteer's or the alias table's label if either knows it (`U.S.` GPE; a NORP
//!     neither knows is left whole); a weekday or a month left alone is no mention (`Since
//!     April`). A work's title may open with
//!     one (`When Harry Met Sally`), so works and events keep it.

use reckon_text::TokenKind;

use super::lists::relabel;
use super::{Local, MAX_NAME, Sentence};
use crate::Label;

/// Rules 23, 25 and 50 (rule 24 runs early, after rule 5: [`sentence_start`]).
pub(super) fn web_forms(s: &Sentence, spans: &mut Vec<Local>) {
    sky(s, spans);
    countries(s, spans);
    glued(s, spans);
}

/// Rule 50: `Two United States` GPE → `United States`, `Canada Of` LOC → `Canada` GPE.
fn glued(s: &Sentence, spans: &mut [Local]) {
    let glue = |k: usize| {
        let t = &s.infos[k];
        t.title && s.lex.is_glue(t.lower) && !t.given && !s.in_capitals(k)
    };
    for m in spans.iter_mut() {
        let (a, b, _) = *m;
        if b - a < 2 {
            continue;
        }
        let (x, y) = if glue(a) { (a + 1, b) } else { (a, b - 1) };
        if (x > a || glue(b - 1)) && s.infos[x].title && s.gazetteer(a, b).is_none() {
            if let Some(label) = s.gazetteer(x, y) {
                *m = (x, y, label);
            }
        }
    }
}

/// Rule 25: `Vietnam is one of the region's most vocal critics` (`Vietnam` PERSON), `Oregon:
/// Employers …` (`Oregon` PERSON).
fn countries(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        // (An ORG stays: a national team, `Portugal beat Spain`.)
        let odd = matches!(
            l,
            Label::Person
                | Label::Norp
                | Label::Product
                | Label::Fac
                | Label::WorkOfArt
                | Label::Event
                | Label::Law
                | Label::Language
        );
        // (Also a LOC, and after a leading `the`: `the Ivory Coast` LOC, `The Philippines`
        // LAW.)
        let odd = odd || l == Label::Loc;
        // (A work's title in quotes stays: the film `"Munich"`.)
        let quoted = l == Label::WorkOfArt
            && a > 0
            && matches!(s.word(a - 1), "\"" | "\u{201c}" | "\u{2018}" | "'");
        let odd = odd && !quoted;
        let c = if b - a >= 2 && s.word(a).eq_ignore_ascii_case("the") {
            a + 1
        } else {
            a
        };
        if odd
            && !(b - c == 1 && s.infos[c].given)
            && (s.lex.country_at(s.infos, c).is_some_and(|h| h.len == b - c)
                || s.lex.region_at(s.infos, c).is_some_and(|h| h.len == b - c))
        {
            m.2 = Label::Gpe;
        }
    }
}

/// Rule 23: `Clipper will orbit Jupiter`, `a liquid water ocean on Europa`, `the Moon`.
fn sky(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let the = crate::hash::hash_bytes(b"the");
    for i in 0..n {
        let t = &s.infos[i];
        if !t.title {
            continue;
        }
        let Some(after_the) = s.lex.sky(t.lower) else {
            continue;
        };
        let alone = !s.in_capitals(i)
            && (i == 0 || !s.infos[i - 1].title)
            && s.infos.get(i + 1).is_none_or(|t| !t.title);
        let the_before = i > 0 && s.infos[i - 1].lower == the && s.infos[i - 1].lower_initial;
        if alone && (!after_the || the_before) {
            let from = [
                Label::Person,
                Label::Org,
                Label::Norp,
                Label::Product,
                Label::Fac,
                Label::WorkOfArt,
                Label::Event,
                Label::Law,
                Label::Language,
            ];
            relabel(s, spans, i, i + 1, Label::Loc, &from);
        }
    }
}

/// Rule 24: `Both Johnson` → `Johnson`; `Tre` + `Harbison` → `Tre Harbison`. Run right after
/// rule 5, so that the rules reading names see the trimmed one (`A Twitter spokesperson`:
/// `Twitter`, a COMPANY of rule 14).
pub(super) fn sentence_start(
    s: &Sentence,
    spans: &mut Vec<Local>,
    alias_label: &impl Fn(&str) -> Option<Label>,
) {
    // The sentence's first word: after opening quotes or brackets.
    let Some(w) = (0..s.infos.len().min(3))
        .find(|&k| !matches!(s.toks[k].kind, TokenKind::Quote | TokenKind::Bracket))
    else {
        return;
    };
    clause_opener(s, spans, w, alias_label);
    let common = |k: usize| {
        let t = &s.infos[k];
        t.title && !t.given && s.lex.is_common(t.lower) && !s.in_capitals(k)
    };
    if let Some(m) = spans
        .iter_mut()
        .find(|m| m.0 == w && m.2 == Label::Person && m.1 - m.0 >= 2)
    {
        if common(w) && s.cap_word(w + 1) {
            m.0 = w + 1;
        }
        return;
    }
    let Some(k) = spans
        .iter()
        .position(|m| m.0 == w + 1 && m.1 == w + 2 && m.2 == Label::Person)
    else {
        return;
    };
    // (A PERSON that is itself a given name needs none before it: `Saint Anne`.)
    let t = &s.infos[w];
    // (Nor a common word read as a PERSON: `Silicon Valley`, `Peabody Coal`; nor a letter or an
    // acronym: `A Wilders`.)
    let word = s.word(w);
    let lone = !s.infos[w + 1].given
        && !s.lex.is_common(s.infos[w + 1].lower)
        && word.chars().nth(1).is_some_and(char::is_lowercase)
        && s.cap_word(w)
        && s.name_word(w)
        && !s.lex.is_common(t.lower)
        && !s.in_capitals(w)
        && s.lex.title_at(s.infos, w).is_none()
        && !s.lex.is_org_head(t.lower)
        && !s.place_starts(w)
        && s.lex.nationality_at(s.infos, w).is_none()
        && !spans.iter().any(|m| m.0 <= w && m.1 > w);
    if lone {
        spans[k].0 = w;
    }
}

/// Rule 92: the words that open a sentence's clause and no name (`When Congress`, `While U.S.
/// officials`); not `After`, `Before`, `Under`, `All`, `This` or a possessive, which open
/// names and titles as often (`Under Secretary`, `All Blacks`, `Our Revolution`).
const OPENERS: [&str; 25] = [
    "When",
    "If",
    "Since",
    "As",
    "While",
    "Whilst",
    "Although",
    "Though",
    "Because",
    "During",
    "Despite",
    "Meanwhile",
    "Unless",
    "Until",
    "Once",
    "Whether",
    "Amid",
    "With",
    "From",
    "Both",
    "Many",
    "Some",
    "Another",
    "Unlike",
    // (Session 31: `So European Commission` ORG.)
    "So",
];

/// Rule 92 again after the rules that read name runs, which take the opener back into a name
/// ending in a head word (`When Congress`, rule 6).
pub(super) fn clause_openers(
    s: &Sentence,
    spans: &mut Vec<Local>,
    alias_label: &impl Fn(&str) -> Option<Label>,
) {
    if let Some(w) = (0..s.infos.len().min(3))
        .find(|&k| !matches!(s.toks[k].kind, TokenKind::Quote | TokenKind::Bracket))
    {
        clause_opener(s, spans, w, alias_label);
    }
}

/// Rule 92: `While U.S. officials voice optimism` (`While U.S.` ORG → `U.S.` GPE).
fn clause_opener(
    s: &Sentence,
    spans: &mut Vec<Local>,
    w: usize,
    alias_label: &impl Fn(&str) -> Option<Label>,
) {
    // The cheap tests first: a mention of two words or more at the first word, one of OPENERS.
    let Some(k) = spans
        .iter()
        .position(|m| m.0 == w && m.1 >= w + 2 && !matches!(m.2, Label::WorkOfArt | Label::Event))
    else {
        return;
    };
    if !OPENERS.contains(&s.word(w)) || !s.infos[w + 1].title || s.in_capitals(w) {
        return;
    }
    let (a, b) = (w + 1, spans[k].1);
    if b == a + 1 && s.date_word(a) {
        spans.remove(k);
        return;
    }
    let text = &s.text[s.toks[a].span.start as usize..s.toks[b - 1].span.end as usize];
    let known = s
        .gazetteer(a, b)
        .or_else(|| alias_label(text))
        .or_else(|| s.nationality(a, b).then_some(Label::Norp));
    // A NORP of the tagger's that is no people's name read the opener as the adjective (`Both
    // El Gharbouni and Kaya`): the name left alone would carry that label to its other mentions.
    match known {
        Some(l) => spans[k] = (a, b, l),
        None if spans[k].2 != Label::Norp => spans[k].0 = a,
        None => {}
    }
}

/// Rule 26 (with rule 24, before rule 1): a mention never starts inside a title (`US Secretary of
/// State Mike Pompeo`, `State Mike Pompeo` ORG → `Mike Pompeo`, which rule 2 makes a PERSON),
/// and a known place fused with a person's full name after it is two names (`envoy to Ukraine
/// Kurt Volker` PRODUCT → `Ukraine` GPE + `Kurt Volker` PERSON).
pub(super) fn fused(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut out: Vec<Local> = Vec::with_capacity(spans.len() + 1);
    // The given name a cut left as the last mention, which a PERSON right after it joins.
    let mut open = false;
    for &(a, b, l) in spans.iter() {
        if std::mem::take(&mut open) {
            if let Some(last) = out.last_mut() {
                if last.1 == a && l == Label::Person && b - last.0 <= MAX_NAME {
                    last.1 = b;
                    continue;
                }
            }
        }
        // A title that starts before the mention and ends inside it: the mention keeps the rest.
        let tail = (a.saturating_sub(3)..a).find_map(|t| {
            let (h, _) = s.lex.title_at(s.infos, t)?;
            (t + h.len > a && t + h.len < b && s.cap_word(t + h.len)).then_some(t + h.len)
        });
        if let Some(k) = tail {
            // A given name cut from its surname by the tagger takes it back as a PERSON
            // (`State John` + `Kerry` → `John Kerry`).
            let mut e = b;
            while e < n
                && e - k < MAX_NAME
                && s.name_word(e)
                && s.lex.title_at(s.infos, e).is_none()
                && !spans.iter().any(|m| m.0 <= e && m.1 > e)
            {
                e += 1;
            }
            if s.infos[k].given {
                out.push((k, e, Label::Person));
                open = e == b;
            } else {
                out.push((k, b, l));
            }
            continue;
        }
        // A place of the gazetteer, then a given name and one or two capitalised words.
        // (Not a facility, nor before another capitalised word: `Doncaster Royal Infirmary`,
        // `Newark Liberty International Airport`.)
        let split = (!matches!(l, Label::Person | Label::Fac)
            && b - a >= 3
            && s.infos.get(b).is_none_or(|t| !t.title))
        .then(|| {
            (a + 1..b - 1).find(|&k| {
                matches!(s.gazetteer(a, k), Some(Label::Gpe | Label::Loc))
                    && (2..=3).contains(&(b - k))
                    && s.infos[k].given
                    && (k..b).all(|i| {
                        s.cap_word(i)
                            && s.lex.title_at(s.infos, i).is_none()
                            && !s.lex.is_org_head(s.infos[i].lower)
                    })
            })
        })
        .flatten();
        match split {
            Some(k) => {
                out.push((a, k, s.gazetteer(a, k).unwrap_or(Label::Gpe)));
                out.push((k, b, Label::Person));
            }
            None => out.push((a, b, l)),
        }
    }
    *spans = out;
}
