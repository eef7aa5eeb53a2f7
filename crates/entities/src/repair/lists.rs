//! Repairs 11-14: lists, abbreviations and sports pages of text outside the training corpus's
//! outlets (issue 17, second round), each read off a layout or a short word list:
//!
//! 11a. A mention read over a known place's or an organisation's possessive and a name (`Hong
//!     Kong's Hang Seng Index` GPE, `Peking University's Guanghua School`) is two: the owner,
//!     and the name after it (an ORG if the tagger called the whole a place).
//! 11c. (Session 24.) A name with `of`/`for`/`and`/`on` inside right before an acronym in
//!     brackets that abbreviates it (`Alternative for Germany (AfD)`, `the Islamic State of Iraq
//!     and the Levant (ISIL)`, `Customs and Border Protection (CBP)`, `Transport for London
//!     (TfL)`) is one ORG, whatever pieces the tagger read; not a known place or a name the
//!     tagger read whole, nor a plan or a treaty (`Joint Comprehensive Plan of Action`).
//! 11d. (Session 24.) A continent's part named by a compass word (`East Africa`, `North
//!     Africa`, `Southeast Asia`, `Western Europe`, `Latin America`) is a LOC, a region and no
//!     country, whatever the tagger called the mention (`South Africa` is the country).
//! 11b. An acronym in brackets right after a name (`the National Violent Death Reporting System
//!     (NVDRS)`) read as an ORG is an ORG too (not after a place: a dateline's outlet).
//! 11. Names listed before a plural administrative noun (`Barry, Berrien, Calhoun and Van Buren
//!     counties`) are GPEs.
//! 77. (Session 22, round 2.) The names listed after a plural place cue (`the cities of
//!     Chernigov, Nikolaev and Kharkov`, where rule 7 reads only the first) are GPEs.
//! 12. A US state's abbreviation after a place and a comma (`West Palm Beach, FL`, `Tinley Park,
//!     Ill.`; STATE in `data/place_cues.tsv`) is a GPE, and so is the place. 12b. (Session 38.)
//!     So is every name of a list of three or more that the place closes (`Greensboro,
//!     Winston-Salem, Raleigh-Durham and Highpoint, N.C.`). 12c. (Session 38.) A GPE opening
//!     with a place's prefix and a name joined by `del`, `de`, `da` (`Punta del Este`) are one
//!     GPE.
//! 13. A team's line in a results table (`Palm Bay (1-0-2): …`, `Melbourne (3-0):`, `Palm Bay 18
//!     22 13 17 — 70`) opens with the team's name: an ORG.
//! 14. A team's nickname (`Chargers`, `Los Angeles Chargers`; TEAM in `data/org_heads.tsv`), a
//!     club's name (`Real Madrid`, `Athletic Bilbao`; CLUB), a company's one-word name standing
//!     alone (`Twitter`, `Samsung`; COMPANY) or a maker's alone before a reporting verb
//!     (`Volkswagen says`, `Tesla said`; MAKER, not a product line) is an ORG; an ORG read over
//!     `and` with such a company alone on one side of it is two (`Facebook and Twitter`; not
//!     `Marks and Spencer`).
//! 16. The street of a police report's address (`the 1500 block of 19th Street`, `the 700
//!     block of North Homan`) is a FAC.
//! 15. A US broadcaster's call sign (three or four capitals starting with K or W, perhaps a
//!     channel number: `WFAA`, `KRQE`, `WUSA9`) or a network's station (`NBC10`) is an ORG.

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;

/// US broadcast networks, whose local stations write the channel after the name (`NBC10`).
const NETWORKS: [&str; 6] = ["NBC", "CBS", "ABC", "FOX", "CNN", "PBS"];

/// The longest name these rules read (tokens).
const MAX_NAME: usize = 3;

/// Rules 11 to 16, in that order. One walk over the sentence first finds which of the rules
/// have anything to read (a possessive, a bracket, a plural after a capitalised word, `of`, a
/// comma before a state, a capitalised word that may be a call sign, `block`): each test is one
/// its rule makes of every token before anything else, so a rule skipped would have found
/// nothing. Most sentences have none of these, and each rule's own walk is skipped.
pub(super) fn list_forms(s: &Sentence, spans: &mut Vec<Local>) {
    let gate = Gate::of(s);
    if gate.possessive {
        place_possessives(s, spans);
    }
    if gate.bracket {
        spelt_out(s, spans);
    }
    continent_parts(s, spans);
    if gate.bracket {
        acronyms(s, spans);
    }
    if gate.counties {
        county_lists(s, spans);
    }
    if gate.of {
        cue_lists(s, spans);
    }
    if gate.state {
        states(s, spans);
    }
    romance_places(s, spans);
    standings(s, spans);
    teams(s, spans);
    if gate.call_sign {
        broadcasters(s, spans);
    }
    if gate.block {
        blocks(s, spans);
    }
}

/// Which of [`list_forms`]' rules have anything to read in a sentence: for each, a test every
/// token it acts on passes (hash compares are exact for the words tested; a collision only runs
/// a rule for nothing).
#[derive(Default)]
struct Gate {
    /// A possessive token (rule 11a).
    possessive: bool,
    /// `(` (rules 11b and 11c).
    bracket: bool,
    /// A lower-case word ending in `s` after a capitalised one (rule 11).
    counties: bool,
    /// `of`, a dash or a colon after a lower-case word (rule 77).
    of: bool,
    /// A comma before a state's abbreviation (rule 12).
    state: bool,
    /// A capitalised word of three bytes or more, its second a capital, its first a call sign's
    /// or a network's (rule 15).
    call_sign: bool,
    /// `block` (rule 16).
    block: bool,
}

/// The hashes [`Gate::of`] compares every token with, hashed once (session 38, speed: they
/// were hashed again for each sentence).
#[derive(Clone, Copy)]
struct GateWords {
    of: u64,
    open: u64,
    comma: u64,
    block: u64,
    openers: [u64; LIST_OPENERS.len()],
}

static GATE_WORDS: std::sync::LazyLock<GateWords> = std::sync::LazyLock::new(|| {
    let hash = crate::hash::hash_bytes;
    GateWords {
        of: hash(b"of"),
        open: hash(b"("),
        comma: hash(b","),
        block: hash(b"block"),
        openers: LIST_OPENERS.map(|o| hash(o.as_bytes())),
    }
});

impl Gate {
    fn of(s: &Sentence) -> Gate {
        let GateWords {
            of,
            open,
            comma,
            block,
            openers,
        } = *GATE_WORDS;
        let (infos, n) = (s.infos, s.infos.len());
        let mut g = Gate::default();
        for i in 0..n {
            let t = &infos[i];
            g.bracket |= t.lower == open;
            g.block |= t.lower == block;
            g.possessive |= s.toks[i].kind == TokenKind::Possessive;
            if t.lower == comma {
                g.state |= i + 1 < n && s.lex.is_state(infos[i + 1].lower);
            }
            // (Once set, the test is not asked again: it reads five hashes a token.)
            if !g.of && (t.lower == of || openers.contains(&t.lower)) {
                g.of |= i > 0 && infos[i - 1].lower_initial;
            }
            if t.lower_initial && i > 0 && infos[i - 1].title && !g.counties {
                g.counties = s.bytes(i).last() == Some(&b's');
            }
            if t.title && !g.call_sign {
                let w = s.bytes(i);
                g.call_sign = w.len() >= 3
                    && matches!(w[0], b'K' | b'W' | b'N' | b'C' | b'A' | b'F' | b'P')
                    && w[1].is_ascii_uppercase();
            }
        }
        g
    }
}

/// Tokens `a..b` become one mention of `label`: a mention of exactly them is relabelled if its
/// label is one of `from`; none over them: added; anything else is left.
pub(super) fn relabel(
    s: &Sentence,
    spans: &mut Vec<Local>,
    a: usize,
    b: usize,
    label: Label,
    from: &[Label],
) {
    let mut over = spans.iter().enumerate().filter(|(_, m)| m.0 < b && m.1 > a);
    match (over.next(), over.next()) {
        (None, _) => put(s, spans, (a, b, label)),
        (Some((k, m)), None) if m.0 == a && m.1 == b && from.contains(&m.2) => {
            spans[k].2 = label;
        }
        _ => {}
    }
}

/// Rule 11: `Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties`.
fn county_lists(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    let and = crate::hash::hash_bytes(b"and");
    for e in 1..n {
        // A plural administrative noun (`counties`) after a capitalised word.
        if !(infos[e].lower_initial
            && s.lex.is_place_suffix(infos[e].lower)
            && s.bytes(e).last() == Some(&b's')
            && infos[e - 1].title)
        {
            continue;
        }
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut b = e;
        loop {
            let mut a = b;
            while a > 0 && b - a < MAX_NAME && s.name_word(a - 1) {
                a -= 1;
            }
            if a == b {
                break;
            }
            names.push((a, b));
            if a >= 2 && (s.word(a - 1) == "," || infos[a - 1].lower == and) {
                b = a - 1;
                // `, and`
                if b >= 1 && infos[b].lower == and && s.word(b - 1) == "," {
                    b -= 1;
                }
            } else {
                break;
            }
        }
        listed_places(s, spans, names);
    }
}

/// What opens a list after a plural place noun besides `of` (rule 77, session 29).
const LIST_OPENERS: [&str; 4] = ["--", "—", "–", ":"];

/// Plural place nouns a list may follow after a dash or a colon (rule 77, session 29).
const PLACE_PLURALS: [&str; 9] = [
    "provinces",
    "states",
    "cities",
    "towns",
    "countries",
    "regions",
    "districts",
    "counties",
    "villages",
];

/// Rule 77 (session 22, round 2, from `indep13-bbc`'s `the cities of Chernigov, Nikolaev and
/// Kharkov`, where rule 7 read only the first): the names listed after a plural place cue
/// (`cities of`, `towns of`, `provinces of`) are GPEs: each of one to three name words,
/// separated by commas and `and`, two names or more, untagged or read as a PERSON, ORG, LOC,
/// NORP or PRODUCT. (Session 29, from `indep19-brown`'s 1961 press, `divided the Congo into six
/// provinces -- Leopoldville, Kasai, ...` read as a PRODUCT and PERSONs.) So are the names after
/// a plural place noun and a dash or a colon (`three states: Ohio, Iowa and Utah`).
fn cue_lists(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    let and = crate::hash::hash_bytes(b"and");
    let of = crate::hash::hash_bytes(b"of");
    for i in 0..n.saturating_sub(2) {
        // The cheap test first: `of`, a dash or a colon after a plural lower-case word.
        if !(infos[i].lower_initial && s.bytes(i).last() == Some(&b's')) {
            continue;
        }
        let cue = if infos[i + 1].lower == of {
            s.lex
                .place_cue_at(infos, i)
                .is_some_and(|(len, _)| len == 2)
        } else {
            LIST_OPENERS.contains(&s.word(i + 1))
                && PLACE_PLURALS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(s.word(i)))
        };
        if !cue {
            continue;
        }
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut a = i + 2;
        loop {
            let b = s.run_end(a);
            // (Nor a name that runs on in lower case before the next comma: `Wheat land,`.)
            let runs_on = b + 1 < n
                && infos[b].lower_initial
                && infos[b].lower != and
                && s.word(b + 1) == ",";
            if b == a || b - a > MAX_NAME || runs_on {
                break;
            }
            names.push((a, b));
            let mut k = b;
            if k < n && s.word(k) == "," {
                k += 1;
            }
            if k < n && infos[k].lower == and {
                k += 1;
            }
            if k == b {
                break;
            }
            a = k;
        }
        listed_places(s, spans, names);
    }
}

/// Rule 12: `West Palm Beach, FL`.
fn states(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for j in 2..n {
        if !(s.lex.is_state(s.infos[j].lower)
            && s.word(j - 1) == ","
            && s.word(j).starts_with(char::is_uppercase)
            && s.infos.get(j + 1).is_none_or(|t| !t.title))
        {
            continue;
        }
        let b = j - 1;
        let mut a = b;
        while a > 0 && b - a < MAX_NAME + 1 && s.name_word(a - 1) {
            a -= 1;
        }
        if a == b {
            continue;
        }
        // The place: a mention of the tagger's ending there, or the capitalised run.
        if let Some(m) = spans.iter().find(|m| m.1 == b) {
            let m = *m;
            // (a reading as a product, a work or a facility too: `June 27 – Camden, NJ @ BB&T
            // Pavilion` in a tour's dates; but not a facility by its head word)
            let odd = matches!(
                m.2,
                Label::Product | Label::WorkOfArt | Label::Event | Label::Law | Label::Language
            ) || m.2 == Label::Fac && !s.lex.is_fac_head(s.infos[b - 1].lower);
            if (odd || matches!(m.2, Label::Person | Label::Org | Label::Loc)) && m.0 >= a {
                relabel(s, spans, m.0, b, Label::Gpe, &[m.2]);
            }
        } else {
            relabel(s, spans, a, b, Label::Gpe, &[]);
        }
        let from = [
            Label::Person,
            Label::Org,
            Label::Product,
            Label::Norp,
            Label::Loc,
        ];
        relabel(s, spans, j, j + 1, Label::Gpe, &from);
        state_lists(s, spans, a, b);
    }
}

/// Rule 12b (session 38, from `indep28-r21578`'s `the Greensboro, Winston-Salem, Raleigh-Durham
/// and Highpoint, N.C. metropolitan areas`, two of them read as an ORG and a PERSON, one left
/// untagged): rule 12's place `a..b` closing a list (`and` or `or` right before it, the other
/// names separated by commas) shares the state, so every name of the list is a place too, each
/// of one to three name words and none ending with an organisation's head word (`IBM Corp,
/// Apple and Dell, Texas` names no list of towns).
fn state_lists(s: &Sentence, spans: &mut Vec<Local>, a: usize, b: usize) {
    let infos = s.infos;
    let hash = crate::hash::hash_bytes;
    let (and, or) = (hash(b"and"), hash(b"or"));
    if a < 2 || !(infos[a - 1].lower == and || infos[a - 1].lower == or) {
        return;
    }
    let mut names = vec![(a, b)];
    // `, and` too.
    let mut end = if s.word(a - 2) == "," { a - 2 } else { a - 1 };
    loop {
        let mut first = end;
        while first > 0 && end - first < MAX_NAME && s.name_word(first - 1) {
            first -= 1;
        }
        if first == end || s.lex.is_org_head(infos[end - 1].lower) {
            return;
        }
        names.push((first, end));
        if first >= 2 && s.word(first - 1) == "," && s.name_word(first - 2) {
            end = first - 1;
        } else {
            break;
        }
    }
    // (Three names or more: `Jim Hunt and Raleigh, N.C.` pairs a person with a place.)
    if names.len() >= 3 {
        listed_places(s, spans, names);
    }
}

/// The lower-case words joining a Spanish, Portuguese or Italian place's name (rule 12c).
const ROMANCE_JOINS: [&str; 7] = ["del", "de", "da", "do", "dos", "das", "di"];

/// Rule 12c (session 38, from `indep28-r21578`'s `launched in Punta del Este` read as the GPE
/// `Punta`): a place of one or two words the tagger read as a GPE, opening with a place's
/// prefix (PREFIX of GPE in `data/place_cues.tsv`: `San`, `Puerto`, `Punta`), then `del`, `de`,
/// `da`, `do`, `dos`, `das` or `di` (perhaps `la`) and one or two name words, no capitalised
/// word after them, is one GPE (`San Jose de Oriente`, `Puerto de la Cruz`), when the tagger
/// left the words after the join untagged. (Without the prefix, the news corpus's joins were
/// mostly no place: `Staffan de Mistura` GPE, `Unidos de Tijuca` a samba school, `Palcio do
/// Planalto` a palace.)
fn romance_places(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let la = crate::hash::hash_bytes(b"la");
    for k in 0..spans.len() {
        let (a, b, label) = spans[k];
        if label != Label::Gpe
            || b - a > 2
            || b + 1 >= n
            || !ROMANCE_JOINS.contains(&s.word(b))
            || s.lex.place_prefix(s.infos[a].lower) != Some(Label::Gpe)
        {
            continue;
        }
        let first = if s.infos[b + 1].lower == la {
            b + 2
        } else {
            b + 1
        };
        let e = s.run_end(first);
        if e == first || e - first > 2 || s.infos.get(e).is_some_and(|t| t.title) {
            continue;
        }
        // (The words after the join untagged: a person's surname or a body read there says
        // the first word was no place, `Staffan de Mistura` with `Mistura` an ORG.)
        if spans.iter().all(|m| m.1 <= b || m.0 >= e) {
            spans[k].1 = e;
            return;
        }
    }
}

/// Whether rule 7's END branch (`Pierce County`, in `repair.rs`) grows mention `m` to the
/// place ending at token `e` with `label`, besides a person's, an organisation's or a region's
/// name: exactly the name read as anything but a GPE (`Wayne County` WORK_OF_ART), or (session
/// 38, from `indep28-r21578`) a GPE of the name alone before a LOC's end word, a town of the
/// gazetteer (`the Topaz Mountains` read as the GPE `Topaz`, `Malacca Strait`).
pub(super) fn grows_to_place(m: Local, e: usize, label: Label) -> bool {
    m.1 == e && m.2 != Label::Gpe || m.1 < e && m.2 == Label::Gpe && label == Label::Loc
}

/// Rule 13: a results table's line opens with a team: `Palm Bay (1-0-2):`, `Palm Bay 18 22 13
/// 17 — 70`.
fn standings(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    if n < 4 || !s.name_word(0) {
        return;
    }
    let e = s.run_end(0);
    if e > MAX_NAME + 1 || e + 2 >= n {
        return;
    }
    let small = |i: usize| {
        i < n
            && s.toks[i].kind == TokenKind::Number
            && s.word(i).len() <= 3
            && s.word(i).bytes().all(|c| c.is_ascii_digit())
    };
    // `(W-L)` or `(W-L-T)`, then `:`.
    let record = s.word(e) == "(" && {
        let mut c = e + 1;
        while c < n && c - e <= 6 && s.word(c) != ")" {
            c += 1;
        }
        let inner: String = (e + 1..c).map(|k| s.word(k)).collect();
        c + 1 < n
            && s.word(c) == ")"
            && s.word(c + 1) == ":"
            && inner.contains('-')
            && inner.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    };
    // Three scores or more in a row (periods, quarters, innings).
    let scores = small(e) && small(e + 1) && small(e + 2);
    if record || scores {
        relabel(
            s,
            spans,
            0,
            e,
            Label::Org,
            &[Label::Gpe, Label::Loc, Label::Person, Label::Fac],
        );
    }
}

/// Rule 14: the reporting verbs after which a maker's name alone is the company speaking.
const REPORTING: [&str; 10] = [
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "added",
    "declined",
    "denied",
    "reported",
    "stated",
];

/// Rule 14: team nicknames, clubs and one-word company names.
fn teams(s: &Sentence, spans: &mut Vec<Local>) {
    split_companies(s, spans);
    for (i, e) in s.name_runs() {
        let nick = s.lex.is_team(s.infos[e - 1].lower) && e - i <= MAX_NAME;
        let club = s.lex.is_club(s.infos[i].lower) && (2..=MAX_NAME).contains(&(e - i));
        let company = e - i == 1 && s.lex.is_company(s.infos[i].lower);
        // A maker's name alone before a reporting verb speaks as the company (`Volkswagen
        // says`); before a model it opens a PRODUCT (rule 34's MAKER), so it is not a COMPANY.
        let maker_says = e - i == 1
            && s.lex.maker(s.infos[i].lower) == Some(false)
            && e < s.infos.len()
            && s.infos[e].lower_initial
            && REPORTING.contains(&s.word(e));
        if (nick || club || company || maker_says) && !s.in_capitals(e - 1) {
            let from = [
                Label::Gpe,
                Label::Loc,
                Label::Person,
                Label::Norp,
                Label::Fac,
                Label::Product,
                Label::Language,
                Label::Law,
            ];
            // A mention of the tagger's inside the run goes with the run.
            let inside = spans
                .iter()
                .all(|m| m.1 <= i || m.0 >= e || (m.0 >= i && m.1 <= e));
            let org = spans
                .iter()
                .any(|m| m.0 <= i && m.1 >= e && m.2 == Label::Org);
            if inside && !org {
                let exact = spans.iter().position(|m| m.0 == i && m.1 == e);
                match exact {
                    Some(k) if from.contains(&spans[k].2) => spans[k].2 = Label::Org,
                    Some(_) => {}
                    None => put(s, spans, (i, e, Label::Org)),
                }
            }
        }
    }
}

/// Rule 14's pairs: `Facebook and Twitter` ORG → `Facebook` ORG + `Twitter` ORG.
fn split_companies(s: &Sentence, spans: &mut Vec<Local>) {
    let company = |k: usize| s.lex.is_company(s.infos[k].lower) && !s.in_capitals(k);
    let and = crate::hash::hash_bytes(b"and");
    let Some(k) = spans.iter().position(|&(a, b, l)| {
        l == Label::Org
            && b - a >= 3
            && (a + 1..b - 1).any(|j| {
                s.infos[j].lower == and
                    && s.infos[j].lower_initial
                    && s.infos[j + 1].title
                    && (j == a + 1 && company(a) || j + 2 == b && company(b - 1))
            })
    }) else {
        return;
    };
    let (a, b, _) = spans[k];
    let Some(j) = (a + 1..b - 1).find(|&j| s.infos[j].lower == and) else {
        return;
    };
    spans[k] = (a, j, Label::Org);
    spans.insert(k + 1, (j + 1, b, Label::Org));
}

/// Rule 11a: `Hong Kong's Hang Seng Index` → `Hong Kong` GPE + `Hang Seng Index` ORG.
fn place_possessives(s: &Sentence, spans: &mut Vec<Local>) {
    let mut k = 0;
    while k < spans.len() {
        let (a, b, label) = spans[k];
        let p = (a + 1..b.saturating_sub(1)).find(|&p| s.toks[p].kind == TokenKind::Possessive);
        let Some(p) = p else {
            k += 1;
            continue;
        };
        // The owner: a known place, or an organisation ending in a head word (`Peking
        // University's Guanghua School of Management`).
        let owner = s
            .gazetteer(a, p)
            .filter(|l| matches!(l, Label::Gpe | Label::Loc))
            .or_else(|| {
                (p - a >= 2 && s.lex.is_org_head(s.infos[p - 1].lower) && s.name_word(p - 1))
                    .then_some(Label::Org)
            });
        if let Some(place) = owner.filter(|_| s.name_word(p + 1) && s.name_word(b - 1)) {
            let rest = s.gazetteer(p + 1, b).unwrap_or(match label {
                Label::Gpe | Label::Loc => Label::Org,
                l => l,
            });
            spans[k] = (a, p, place);
            spans.insert(k + 1, (p + 1, b, rest));
            k += 1;
        }
        k += 1;
    }
}

/// The compass words (and `Latin`) that name a continent's part before its name (rule 11d).
const COMPASS: [&str; 16] = [
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Southeast",
    "Northeast",
    "Southwest",
    "Northwest",
    "South-East",
    "Sub-Saharan",
    "Latin",
];

/// Rule 11d: `East Africa` GPE, `Central Asia` PERSON, `North America` ORG: a mention of exactly
/// a compass word and a continent is a LOC, a region (OntoNotes: `Southeast Asia` LOC).
fn continent_parts(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (mut a, b, label) = *m;
        if label == Label::Loc || b < a + 2 {
            continue;
        }
        // Cheap test first: the last word is a continent's.
        let last = s.word(b - 1);
        if !matches!(last, "Africa" | "Asia" | "Europe" | "America" | "Americas") {
            continue;
        }
        if b == a + 3 && matches!(s.word(a), "the" | "The") {
            a += 1;
        }
        let first = s.word(a);
        if b == a + 2 && COMPASS.contains(&first) && !(first == "South" && last == "Africa") {
            m.2 = Label::Loc;
        }
    }
}

/// Words of a plan's, a law's or a treaty's name, which rule 11c leaves to the tagger.
const NOT_BODIES: [&str; 7] = [
    "Plan",
    "Act",
    "Action",
    "Agreement",
    "Treaty",
    "Accord",
    "Convention",
];

/// Rule 11c: `Alternative for Germany (AfD)`, `Customs and Border Protection (CBP)`: the words
/// before a bracketed acronym, from one with the acronym's first letter, with a linking word
/// inside and as many capitalised words as the acronym has capitals (or fewer by the linking
/// words it spells: `Joint Comprehensive Plan of Action (JCPOA)`), are one ORG.
fn spelt_out(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    let links = [b"of" as &[u8], b"for", b"and", b"on", b"the"].map(crate::hash::hash_bytes);
    let the = links[4];
    let is_the = |k: usize| infos[k].lower == the;
    // Cheap test first: a bracket two tokens before a closing one.
    for p in 2..n.saturating_sub(2) {
        if !(s.word(p) == "(" && s.word(p + 2) == ")") {
            continue;
        }
        let acr = s.word(p + 1);
        let caps = acr.bytes().filter(u8::is_ascii_uppercase).count();
        if !((2..=7).contains(&acr.len())
            && caps >= 2
            && acr.bytes().all(|c| c.is_ascii_alphabetic())
            && acr.as_bytes()[0].is_ascii_uppercase())
        {
            continue;
        }
        let link = |i: usize| links.contains(&infos[i].lower);
        let e = p;
        if !s.name_word(e - 1) || link(e - 1) {
            continue;
        }
        let mut i = e - 1;
        while i > 0 && e - i < 10 && (s.name_word(i - 1) || link(i - 1)) {
            i -= 1;
        }
        let first = acr.as_bytes()[0];
        let found = (i..e - 1).find(|&x| {
            let (mut words, mut linked) = (0, 0);
            for k in x..e {
                if link(k) {
                    linked += usize::from(!is_the(k));
                } else if s.name_word(k) {
                    words += 1;
                } else {
                    return false;
                }
            }
            s.name_word(x)
                && !link(x)
                && s.word(x).as_bytes()[0] == first
                && (x..e).any(link)
                && (words..=words + linked).contains(&caps)
                && !(x..e).any(|k| NOT_BODIES.contains(&s.word(k)))
        });
        let Some(x) = found else { continue };
        let from = if x > 0 && is_the(x - 1) { x - 1 } else { x };
        let whole = spans.iter().any(|m| (m.0 == x || m.0 == from) && m.1 == e);
        let across = spans
            .iter()
            .any(|m| m.0 < e && m.1 > x && (m.0 < from || m.1 > e));
        if whole || across || s.gazetteer(x, e).is_some() {
            continue;
        }
        put(s, spans, (x, e, Label::Org));
    }
}

/// Rule 11b: `the Kurdish People's Protection Units (YPG)`: the acronym is what the name is.
fn acronyms(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut k = 0;
    while k < spans.len() {
        let (_, b, label) = spans[k];
        let acronym = b + 2 < n
            && s.word(b) == "("
            && s.word(b + 2) == ")"
            && s.in_capitals(b + 1)
            && s.word(b + 1).chars().all(|c| c.is_ascii_uppercase());
        if acronym && label == Label::Org {
            relabel(
                s,
                spans,
                b + 1,
                b + 2,
                label,
                &[
                    Label::Person,
                    Label::Org,
                    Label::Gpe,
                    Label::Product,
                    Label::Norp,
                ],
            );
        }
        k += 1;
    }
}

/// Rule 15: `WFAA`, `WUSA9`, `NBC10` are broadcasters, ORGs.
fn broadcasters(s: &Sentence, spans: &mut Vec<Local>) {
    for i in 0..s.infos.len() {
        if !s.infos[i].title || !matches!(s.toks[i].kind, TokenKind::Word | TokenKind::Compound) {
            continue;
        }
        let w = s.word(i);
        let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
        let call_sign = (3..=4).contains(&letters.len())
            && letters.starts_with(['K', 'W'])
            && letters.bytes().all(|c| c.is_ascii_uppercase())
            && !letters.ends_with("II");
        let station = letters.len() < w.len() && NETWORKS.contains(&letters);
        if call_sign || station {
            let from = [
                Label::Person,
                Label::Gpe,
                Label::Product,
                Label::Norp,
                Label::Fac,
            ];
            relabel(s, spans, i, i + 1, Label::Org, &from);
        }
    }
}

/// Rule 16: `in the 3300 block of West Douglas`: the street is a FAC.
fn blocks(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let ordinal = |i: usize| {
        let w = s.word(i);
        let d = w.trim_start_matches(|c: char| c.is_ascii_digit());
        d.len() < w.len() && matches!(d, "st" | "nd" | "rd" | "th")
    };
    for k in 1..n.saturating_sub(2) {
        if !(s.word(k) == "block"
            && s.word(k + 1) == "of"
            && (s.toks[k - 1].kind == TokenKind::Number || s.word(k - 1) == "unit"))
        {
            continue;
        }
        let a = k + 2;
        let mut e = a;
        while e < n && e - a < MAX_NAME + 1 && (s.name_word(e) || ordinal(e)) {
            e += 1;
        }
        // A street's abbreviated head (`Ave.`, `St.`).
        if e > a && e < n && s.lex.is_fac_head(s.infos[e].lower) && s.infos[e].title {
            e += 1;
        }
        let inside = spans
            .iter()
            .all(|m| m.1 <= a || m.0 >= e || (m.0 >= a && m.1 <= e));
        if e > a
            && inside
            && !s.infos.get(e).is_some_and(|t| t.title)
            && !spans.contains(&(a, e, Label::Fac))
        {
            put(s, spans, (a, e, Label::Fac));
        }
    }
}

/// The names of a list of places (two or more, `(first, end)` tokens), each read as a person,
/// an organisation, a region, a people or a product, made GPEs (rules 77 and its list after a
/// plural place noun).
fn listed_places(s: &Sentence, spans: &mut Vec<Local>, names: Vec<(usize, usize)>) {
    if names.len() < 2 {
        return;
    }
    let from = [
        Label::Person,
        Label::Org,
        Label::Loc,
        Label::Norp,
        Label::Product,
    ];
    for (a, b) in names {
        relabel(s, spans, a, b, Label::Gpe, &from);
    }
}

#[cfg(test)]
mod tests {
    use super::{Gate, Local, Sentence};

    /// The sentence's gate (the rules it lets through) and whether the rules changed the
    /// mentions given, after checking [`super::list_forms`]' mentions against those of its rules
    /// all run ungated.
    fn check(text: &str, spans: &[Local]) -> (Vec<&'static str>, bool) {
        let toks = reckon_text::tokenize(text);
        let mut infos = Vec::new();
        crate::features::sentence_infos_light(
            &mut crate::summary::Scratch::default(),
            crate::builtin_gazetteer(),
            text,
            &toks,
            false,
            &mut infos,
        );
        let mut s = Sentence {
            lex: crate::builtin_lexicon(),
            text,
            infos: &infos,
            toks: &toks,
            names: Vec::new(),
        };
        s.names = (0..infos.len())
            .map(|i| infos[i].title && s.compute_name_word(i))
            .collect();
        let (mut gated, mut all) = (spans.to_vec(), spans.to_vec());
        super::list_forms(&s, &mut gated);
        super::place_possessives(&s, &mut all);
        super::spelt_out(&s, &mut all);
        super::continent_parts(&s, &mut all);
        super::acronyms(&s, &mut all);
        super::county_lists(&s, &mut all);
        super::cue_lists(&s, &mut all);
        super::states(&s, &mut all);
        super::standings(&s, &mut all);
        super::teams(&s, &mut all);
        super::broadcasters(&s, &mut all);
        super::blocks(&s, &mut all);
        assert_eq!(gated, all, "{text}");
        let g = Gate::of(&s);
        let flags = [
            (g.possessive, "possessive"),
            (g.bracket, "bracket"),
            (g.counties, "counties"),
            (g.of, "of"),
            (g.state, "state"),
            (g.call_sign, "call_sign"),
            (g.block, "block"),
        ];
        let on = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
        (on, all != spans)
    }

    #[test]
    fn the_gate_lets_through_what_each_rule_reads() {
        use crate::Label::{Gpe, Org, Person};
        let cases: [(&str, &[Local], &[&str]); 8] = [
            (
                "Health officials in Barry, Berrien, Calhoun and Van Buren counties said.",
                &[],
                &["counties"],
            ),
            (
                "Shells hit the cities of Chernigov, Nikolaev and Kharkov overnight.",
                &[(4, 5, Person)],
                &["of"],
            ),
            (
                "The crash happened near West Palm Beach, FL on Sunday.",
                &[(3, 6, Org)],
                &["state"],
            ),
            (
                "Police were called to the 1500 block of 19th Street at noon.",
                &[],
                &["of", "block"],
            ),
            (
                "Alternative for Germany (AfD) won the vote, WFAA reported.",
                &[(0, 1, Org), (10, 11, Person)],
                &["bracket", "call_sign"],
            ),
            (
                "Hong Kong's Hang Seng Index fell 2 percent.",
                &[(0, 6, Gpe)],
                &["possessive"],
            ),
            (
                "NBC10 spoke to the Kurdish People's Protection Units (YPG) leader.",
                &[(4, 9, Org)],
                &["possessive", "bracket", "call_sign"],
            ),
            (
                "The mayor said on Tuesday that the budget would pass easily.",
                &[(4, 5, Person)],
                &[],
            ),
        ];
        let mut changed = 0;
        for (text, spans, flags) in cases {
            let (on, repaired) = check(text, spans);
            assert_eq!(on, flags, "{text}");
            changed += usize::from(repaired);
        }
        // The rules read most of these sentences: the comparison is not of untouched mentions.
        assert!(changed >= 5, "{changed}");
    }
}
