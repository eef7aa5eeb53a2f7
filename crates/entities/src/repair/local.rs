//! Repairs 20-22: the forms of US local news (issue 17, fourth round), where the tagger, trained
//! on national and international news, reads small towns and caption debris as people:
//!
//! 20. A residence after a person (`Nathaniel Thompson, 25, of Lumberton`, `Veron Black of Maple
//!     Heights`): after an age between commas and `of`, one to three capitalised words are a
//!     GPE; after a full name (two words or more) read as a PERSON and `of`, too, when no
//!     `the`, title or other capitalised word comes with them and the tagger read them as a
//!     PERSON or left untagged a place the gazetteer knows (`Smith of Microsoft`, an ORG, and
//!     an untagged `Deng of Amnesty` stay).
//! 21. A place's police (`Colton police officers`, `Prince William police announced`): one to
//!     three capitalised words read as a PERSON before a lower-case police noun (POLICE in
//!     `data/place_cues.tsv`) are a GPE.
//! 22. A PERSON made only of common lower-case words, none a given name (`Highlights Suspect`,
//!     `Negotiation Team`: caption and list debris), is no mention.
//! 49. A county's, a parish's or a township's name (an END word of GPE in `data/place_cues.tsv`
//!     after one or two capitalised words) read as a PERSON, an ORG, a NORP or a LOC is a GPE,
//!     wherever it stands (`Oconee County Coroner Karl Addis`, `a Cowley County teen`: rule 7
//!     reads only a run the END word closes); the END word alone, read so after one or two
//!     untagged name words, takes them in (`Milford Township` with `Township` NORP).
//!     49b (session 26, from the GPE misses pooled over the development batches of local news:
//!     `Polk County Sheriff's deputies`, `Bingham County Sheriff Craig Rowland` untagged,
//!     `Horry County Deputy` ORG before `Coroner Darris Fowler`, `Mesa County Coroner` EVENT.)
//!     One or two name words and such an END word right before a title (`data/titles.tsv`) are
//!     a GPE, the title outside (as rule 1 leaves it): untagged, or read as one mention that
//!     ends inside the title; not before the office the title names (`Clay County Sheriff's
//!     Office`, one ORG).

use reckon_text::TokenKind;

use super::lists::relabel;
use super::{Local, Sentence, put};
use crate::Label;

/// The longest name these rules read (tokens).
const MAX_NAME: usize = 3;

/// Rules 20 to 22, in that order.
pub(super) fn local_forms(s: &Sentence, spans: &mut Vec<Local>) {
    residences(s, spans);
    police(s, spans);
    spans.retain(|&(a, b, l)| l != Label::Person || b - a < 2 || !common_only(s, a, b));
    counties(s, spans);
    counties_before_titles(s, spans);
}

/// Rule 49b: `Polk County Sheriff's deputies`, `Horry County Deputy` ORG + `Coroner`.
fn counties_before_titles(s: &Sentence, spans: &mut Vec<Local>) {
    for (a, e) in s.name_runs() {
        // The cheap test first: an END word of GPE at the second or third word of the run.
        let Some(k) = (a + 1..e.min(a + 3))
            .find(|&k| s.lex.place_end(s.infos[k].lower) == Some(Label::Gpe) && !s.in_capitals(k))
        else {
            continue;
        };
        let Some((title, _)) = s.lex.title_at(s.infos, k + 1) else {
            continue;
        };
        if (a..k).any(|i| s.lex.title_at(s.infos, i).is_some() || s.in_capitals(i))
            || s.nationality(a, k)
        {
            continue;
        }
        let title_end = k + 1 + title.len;
        // The office named by the title (`Clay County Sheriff's Office`, `Sheriff"s Office`
        // in a page that lost its apostrophes) is one ORG, the county inside it.
        if (title_end..(title_end + 3).min(s.infos.len()))
            .find(|&i| s.name_word(i))
            .is_some_and(|i| s.lex.is_org_head(s.infos[i].lower))
        {
            continue;
        }
        let over: Vec<usize> = (0..spans.len())
            .filter(|&x| spans[x].0 < k + 1 && spans[x].1 > a)
            .collect();
        // (Also one with a leading `the`: `The Mesa County Coroner` EVENT.)
        match over.as_slice() {
            [] => put(s, spans, (a, k + 1, Label::Gpe)),
            &[x] if (spans[x].0 == a
                || spans[x].0 + 1 == a && s.word(spans[x].0).eq_ignore_ascii_case("the"))
                && spans[x].1 > k
                && spans[x].1 <= title_end
                && spans[x].2 != Label::Gpe =>
            {
                spans[x] = (a, k + 1, Label::Gpe);
            }
            _ => {}
        }
    }
}

/// Rule 49: `Oconee County` ORG before a title, `Township` NORP after `Milford`.
fn counties(s: &Sentence, spans: &mut [Local]) {
    for k in 0..spans.len() {
        let (a, b, l) = spans[k];
        let last = b - 1;
        if !matches!(l, Label::Person | Label::Org | Label::Norp | Label::Loc)
            || s.lex.place_end(s.infos[last].lower) != Some(Label::Gpe)
            || !s.name_word(last)
            || s.in_capitals(last)
        {
            continue;
        }
        let bare = |i: usize| s.name_word(i) && s.lex.title_at(s.infos, i).is_none();
        if (2..=MAX_NAME).contains(&(b - a)) && (a..last).all(bare) {
            spans[k].2 = Label::Gpe;
        } else if b - a == 1 {
            let floor = if k == 0 { 0 } else { spans[k - 1].1 };
            let mut j = a;
            while j > floor && a - j < 2 && bare(j - 1) && !s.in_capitals(j - 1) {
                j -= 1;
            }
            if j < a && (j == floor || !s.name_word(j - 1)) {
                spans[k] = (j, b, Label::Gpe);
            }
        }
    }
}

/// Tokens `a..b` are all common lower-case words written capitalised, none a given name.
fn common_only(s: &Sentence, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let t = &s.infos[k];
        t.title && !t.given && s.lex.is_common(t.lower) && !s.in_capitals(k)
    })
}

/// The place name of rules 20-21 at `j..e`: one to three name words, none a title, an
/// organisation's head word or a nationality, not followed by another capitalised word or a
/// possessive.
fn place_name(s: &Sentence, j: usize) -> Option<usize> {
    let e = s.run_end(j);
    let ok = e > j
        && e - j <= MAX_NAME
        && !s.infos.get(e).is_some_and(|t| t.title)
        && s.toks
            .get(e)
            .is_none_or(|t| t.kind != TokenKind::Possessive)
        && (j..e)
            .all(|k| s.lex.title_at(s.infos, k).is_none() && !s.lex.is_org_head(s.infos[k].lower))
        && !s.nationality(j, e);
    ok.then_some(e)
}

/// What stands before an `of` at `i` that may open a residence (rules 20 and 88): whether an age
/// of one to three digits between commas comes right before it (`, 25, of`), and the PERSON
/// mention of two words or more ending right before the `of`, before `, of`, or before the age
/// (`Judith Permar, 56, of`); `adjacent` when it ends right before the `of`.
pub(super) struct Resident {
    pub(super) aged: bool,
    pub(super) person: Option<(usize, usize)>,
    pub(super) adjacent: bool,
}

/// The [`Resident`] before the `of` at `i` (the caller has tested the word).
pub(super) fn resident_before(s: &Sentence, spans: &[Local], i: usize) -> Resident {
    let aged = i >= 3
        && s.word(i - 1) == ","
        && s.word(i - 3) == ","
        && s.toks[i - 2].kind == TokenKind::Number
        && s.word(i - 2).len() <= 3
        && s.word(i - 2).bytes().all(|c| c.is_ascii_digit());
    let end = if aged {
        i - 3
    } else if i >= 1 && s.word(i - 1) == "," {
        i - 1
    } else {
        i
    };
    let person = spans
        .iter()
        .find(|m| m.1 == end && m.1 - m.0 >= 2 && m.2 == Label::Person)
        .map(|m| (m.0, m.1));
    Resident {
        aged,
        person,
        adjacent: end == i,
    }
}

/// Rule 20: `John Smith, 25, of Lumberton`, `Veron Black of Maple Heights`.
fn residences(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let of = crate::hash::hash_bytes(b"of");
    for i in 1..n.saturating_sub(1) {
        if s.infos[i].lower != of {
            continue;
        }
        // `, 25, of` (an age between commas) or a PERSON ending just before `of`.
        let r = resident_before(s, spans, i);
        // A full name only: one word before `of` is as often a noun of a name (`Hall of
        // Fame`, `St John of God`, `Horn of Africa`), and common words read as a PERSON are no
        // name (`Cases of Eastern Equine Encephalitis` at a sentence's start).
        let after_person = r.adjacent && r.person.is_some_and(|(p, b)| !common_only(s, p, b));
        let aged = r.aged;
        if !(aged || after_person) {
            continue;
        }
        let j = i + 1;
        let Some(e) = place_name(s, j) else {
            continue;
        };
        // After an age the words name a place whatever the tagger read (but a place of its
        // own stays: `Lake Charles` LOC); after a bare PERSON only an untagged or PERSON
        // reading is overruled (`Smith of Microsoft`).
        let from: &[Label] = if aged {
            &[
                Label::Person,
                Label::Org,
                Label::WorkOfArt,
                Label::Product,
                Label::Norp,
            ]
        } else {
            &[Label::Person]
        };
        // Untagged after a bare PERSON, only a place the gazetteer knows (`Elizabeth Deng of
        // Amnesty`, `Ann Ode of Harlow Community Services` are organisations).
        if aged || matches!(s.gazetteer(j, e), Some(Label::Gpe | Label::Loc)) {
            relabel(s, spans, j, e, Label::Gpe, from);
        } else if let Some(m) = spans.iter_mut().find(|m| **m == (j, e, Label::Person)) {
            // (Mentions do not overlap: one of exactly these tokens is the only one over them.)
            m.2 = Label::Gpe;
        }
    }
}

/// Rule 21: `Colton police officers`, `Prince William police`.
fn police(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    for k in 0..spans.len() {
        let (a, b, l) = spans[k];
        // A title the tagger left outside the name belongs to the place (`Prince` of `Prince
        // William police`).
        let a = (a.saturating_sub(2)..a)
            .find(|&t| {
                s.infos[t].title
                    && s.lex
                        .title_at(s.infos, t)
                        .is_some_and(|(h, _)| t + h.len == a)
            })
            .unwrap_or(a);
        if l == Label::Person
            && b - a <= MAX_NAME
            && (a == spans[k].0 || k == 0 || spans[k - 1].1 <= a)
            && b < n
            && s.infos[b].lower_initial
            && s.lex.is_police_noun(s.infos[b].lower)
        {
            spans[k] = (a, b, Label::Gpe);
        }
    }
}
