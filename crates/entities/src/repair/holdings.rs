//! Repair 73c (issue 17, session 38, ent48, from `indep29-r21578`'s false PERSONs `Moody's will
//! assess the effect ... on Chrysler's capital structure`, `Lamborghini's production plant`,
//! `Standex's Perkins division`): a one-word PERSON that owns what only a company owns is a
//! company.
//!
//! 73c. A PERSON of one capitalised word that is no given name, has more than three letters and
//!      no title before it is an ORG when it is followed by a possessive and a company's HOLDING
//!      (`plant`, `subsidiary`, `shareholders`, `capital structure`; the holding may follow one
//!      lower-case word: `production plant`), or directly by a lower-case word naming a part of
//!      a company (`division`, `subsidiary`: `Standex's Perkins division`). A person owns a
//!      house, a car or a stake; not a plant, a subsidiary or a capital structure. The words are
//!      from general knowledge of company news, not from the batch's sentences.

use super::{Local, Sentence};
use crate::Label;

/// What only a company has: a company's HOLDING after `X's`.
const HOLDINGS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "subsidiary",
    "subsidiaries",
    "division",
    "divisions",
    "shareholders",
    "stockholders",
    "structure",
    "headquarters",
];

/// A part of a company named by its name: `the Perkins division`.
const PARTS: &[&str] = &["division", "subsidiary", "subsidiaries"];

/// Rule 73c: `Chrysler's capital structure`, `Lamborghini's production plant`, `Perkins division`.
pub(super) fn holding_companies(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let lower = |i: usize| i < n && s.infos[i].lower_initial;
    let holding = |i: usize| lower(i) && HOLDINGS.contains(&s.word(i));
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        if l != Label::Person
            || b != a + 1
            || !s.infos[a].title
            || s.in_capitals(a)
            || s.given_name(a)
            || s.word(a).chars().count() <= 3
            || a > 0 && s.lex.title_at(s.infos, a - 1).is_some()
        {
            continue;
        }
        let owner = b + 1 < n
            && s.toks[b].kind == reckon_text::TokenKind::Possessive
            && (holding(b + 1) || lower(b + 1) && holding(b + 2));
        let part = lower(b) && PARTS.contains(&s.word(b));
        if owner || part {
            m.2 = Label::Org;
        }
    }
}
