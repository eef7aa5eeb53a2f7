//! Repair 73 (issue 17, session 22): a company named by one unknown word in company news, which
//! the tagger reads as a person (`Ropak said it is borrowing the funds needed to buy the
//! shares`, `Montedison has agreed to acquire Antibioticos`). Written from the false PERSONs of
//! the development batches (companies named by one word in wire copy, business pages and web
//! pages), with the words of company news from general knowledge (`data/business_cues.tsv`).
//!
//! 73. In a sentence holding two different BUSINESS words (`shares`, `stake`, `merger`, `profit`,
//!     `company`) and no personal pronoun (PRONOUN: `he`, `his`, `her`), a PERSON of one word
//!     that is no given name of the gazetteer, has more than three letters (a short one is a
//!     surname: `Hou says the firm`), has no title before it and is not between `the`
//!     and a lower-case word (`the Obama administration`) is an ORG; one right
//!     after a capitalised word, or before a possessive and a capitalised word, is a piece of a
//!     longer name the tagger cut (`Computer` + `Terminal`, `Heinl` + `'s Nursery`) and is
//!     dropped. A person quoted by surname in company news is
//!     nearly always named in full earlier in the article, and linking then reads the surname
//!     as that person's; in a sentence read alone the pronoun test keeps most of them (`Redstone
//!     said his group would contribute`).
//!     73b. (Session 37, ent45, from `indep12-reuters`'s `Suffield said it still needs the
//!     approval of the superintendent of Maine's banking department`.) One business word is
//!     enough for a name right before `said it` or `said its` (a company speaking of itself;
//!     a person is `he`/`she`). Not `says`: in the news corpus the present tense is a feature's,
//!     quoting a researcher by surname (`Shao says it has now become a major source`), and not
//!     `said` alone (`..., Yearsley said.` after a quote, 14 of 17 corpus changes wrong).
//! 76. (Session 22, round 2, from `indep13-bbc`'s `a stake in Absa`.) A name of one to three
//!     words that the tagger read as a place, unknown to the gazetteer and no nationality,
//!     right after a phrase of ownership (OWNED: `stake in`, `parent company of`, `takeover
//!     of`) and with no capitalised word after it, is an ORG.
//! 97. (Session 33, from `indep23-held`'s `Audi and Mercedes Benz`, `Anheuser-Busch, Heineken and
//!     Scottish & Newcastle`.) Names listed together (joined by `,`, `and`, `or`, `, and`) are
//!     of one kind: when one of them is a company the lexicon knows (a COMPANY or a maker of
//!     `data/org_heads.tsv`, also a hyphenated one written with a space, `Mercedes Benz`; or an
//!     ORG ending with a company's SUFFIX, `Tempus Inc.`), every such company listed is an ORG
//!     whatever the tagger read (`Audi` GPE), and so is a listed PERSON of one capitalised word
//!     that is no given name, no word usually in lower case, has no title before it and no
//!     capitalised word next to it (`Anheuser-Busch`; not `Hewlett` of `Hewlett Packard`). A
//!     person named in full stays (`Microsoft and Bill Gates`), as do the members of a list with
//!     no known company or with a place that is none (an address: `Tesco, Churchview Road,
//!     Kilbogget`).

use std::sync::LazyLock;

use super::{Local, Sentence};
use crate::Label;
use crate::hash::{WordMap, hash_bytes};

/// A business word.
const BUSINESS: u8 = 1;
/// A personal pronoun.
const PRONOUN: u8 = 2;

/// The fewest different business words that make a sentence company news.
const MIN_BUSINESS: usize = 2;

static CUES: LazyLock<WordMap<u8>> = LazyLock::new(|| {
    let mut m = WordMap::default();
    for line in include_str!("../../data/business_cues.tsv").lines() {
        let k = match line.split_once('\t') {
            Some(("BUSINESS", w)) => (BUSINESS, w),
            Some(("PRONOUN", w)) => (PRONOUN, w),
            _ => continue,
        };
        m.insert(hash_bytes(k.1.trim().as_bytes()), k.0);
    }
    m
});

/// Whether a sentence is company news by rule 73's cues: a business word and no personal
/// pronoun (`Morgan Stanley would raise its stake`, `sales at John Lewis`). Rule 90 keeps an
/// organisation named like a person there (`Charles Schwab`, `John Lewis`). The agent nouns
/// `maker` and `manufacturer` do not count: they name a person's trade as often (`Giuseppe
/// Pedrazzini, a famous Italian violin maker`).
pub(super) fn company_news(s: &Sentence) -> bool {
    let c = &*CUES;
    let trade = [hash_bytes(b"maker"), hash_bytes(b"manufacturer")];
    let mut business = false;
    for t in s.infos {
        if !t.lower_initial {
            continue;
        }
        match c.get(&t.lower) {
            Some(&PRONOUN) => return false,
            Some(&BUSINESS) if !trade.contains(&t.lower) => business = true,
            _ => {}
        }
    }
    business
}

/// Rule 73: `Ropak said it is borrowing the funds needed to buy the shares`.
pub(super) fn one_word_companies(s: &Sentence, spans: &mut Vec<Local>) {
    holding_companies(s, spans);
    let sayer = |b: usize| {
        b + 1 < s.infos.len() && s.word(b) == "said" && matches!(s.word(b + 1), "it" | "its")
    };
    // The cheap test first: a one-word PERSON that is no given name (or says `said it`: a
    // given name alone in company news saying `it` is a company's, `Avery said it will
    // register`; session 39).
    if !spans
        .iter()
        .any(|&(a, b, l)| l == Label::Person && b == a + 1 && (!s.given_name(a) || sayer(b)))
    {
        return;
    }
    let c = &*CUES;
    // Up to MIN_BUSINESS different business words (a sentence rarely repeats one), and a
    // pronoun.
    let mut seen = [0u64; MIN_BUSINESS];
    let mut found = 0;
    for t in s.infos {
        if !t.lower_initial {
            continue;
        }
        match c.get(&t.lower) {
            Some(&PRONOUN) => return,
            Some(&BUSINESS) if found < MIN_BUSINESS && !seen[..found].contains(&t.lower) => {
                seen[found] = t.lower;
                found += 1;
            }
            _ => {}
        }
    }
    // (Rule 73b: one business word is enough for the subject of `said it` or `said its`.)
    if found == 0 {
        return;
    }
    let n = s.infos.len();
    spans.retain_mut(|m| {
        let (a, b, l) = *m;
        if l != Label::Person
            || b != a + 1
            || found < MIN_BUSINESS && !sayer(b)
            || s.given_name(a) && !sayer(b)
            || !s.infos[a].title
            || s.in_capitals(a)
            // (A word of three letters or fewer is a surname far more often than a company,
            // whose short names are written in capitals: `Hou says the firm will expand its
            // output`, `Wu`, `Cao`; session 33.)
            || s.word(a).chars().count() <= 3
            || a > 0 && s.lex.title_at(s.infos, a - 1).is_some()
            // (`the Obama administration`: a name before a noun after `the` is as often a
            // person's.)
            || a > 0
                && s.word(a - 1).eq_ignore_ascii_case("the")
                && s.infos.get(b).is_some_and(|t| t.lower_initial)
        {
            return true;
        }
        // A piece of a longer name the tagger cut (`Computer` + `Terminal`, `Heinl` + `'s
        // Nursery`): no mention rather than a wrong one.
        let piece = a > 0 && s.infos[a - 1].title
            || b + 1 < n
                && s.toks[b].kind == reckon_text::TokenKind::Possessive
                && s.infos[b + 1].title;
        m.2 = Label::Org;
        !piece
    });
}

/// Rule 76's phrases of ownership (OWNED in `data/business_cues.tsv`), each as its words' hashes.
static OWNED: LazyLock<Vec<Vec<u64>>> = LazyLock::new(|| {
    include_str!("../../data/business_cues.tsv")
        .lines()
        .filter_map(|l| l.strip_prefix("OWNED\t"))
        .map(|p| {
            p.split_whitespace()
                .map(|w| hash_bytes(w.as_bytes()))
                .collect()
        })
        .collect()
});

/// Rule 76: `a stake in Absa`, `the parent company of Yukos`: a place of the tagger's that the
/// gazetteer does not know, right after a phrase of ownership, is a company.
pub(super) fn owned_companies(s: &Sentence, spans: &mut [Local]) {
    let unknown_place = |&(a, b, l): &Local| {
        matches!(l, Label::Gpe | Label::Loc)
            && b - a <= 3
            && s.gazetteer(a, b).is_none()
            && !s.nationality(a, b)
            && (a..b).all(|k| s.infos[k].gaz == 0)
    };
    // The cheap test first: a place the gazetteer does not know.
    if !spans.iter().any(unknown_place) {
        return;
    }
    for m in spans.iter_mut() {
        if !unknown_place(m) || s.infos.get(m.1).is_some_and(|t| t.title) {
            continue;
        }
        let a = m.0;
        if OWNED.iter().any(|p| {
            a >= p.len()
                && p.iter()
                    .enumerate()
                    .all(|(j, h)| s.infos[a - p.len() + j].lower == *h)
        }) {
            m.2 = Label::Org;
        }
    }
}

/// Rule 97: `Audi and Mercedes Benz`, `Anheuser-Busch, Heineken and Scottish & Newcastle`.
pub(super) fn listed_companies(s: &Sentence, spans: &mut [Local]) {
    if spans.len() < 2 || !spans.iter().any(|m| m.2 == Label::Person) {
        return;
    }
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| spans[k].0);
    let mut g = 0;
    while g < order.len() {
        let mut e = g + 1;
        while e < order.len() && listed(s, spans[order[e - 1]].1, spans[order[e]].0) {
            e += 1;
        }
        // (A list with a place in it is an address's or a route's: `Tesco, Churchview Road,
        // Kilbogget`.)
        let members = &order[g..e];
        if e - g >= 2
            && members.iter().any(|&k| known_company(s, spans[k]))
            && !members.iter().any(|&k| {
                matches!(spans[k].2, Label::Gpe | Label::Loc | Label::Fac)
                    && !known_company(s, spans[k])
            })
        {
            for &k in members {
                let m = spans[k];
                if known_company(s, m) || m.2 == Label::Person && lone_name(s, m) {
                    spans[k].2 = Label::Org;
                }
            }
        }
        g = e;
    }
}

/// Rule 97: tokens `b..c` join two members of a list: `,`, `and`, `or`, `, and`, `, or`.
fn listed(s: &Sentence, b: usize, c: usize) -> bool {
    let conj = |i: usize| matches!(s.word(i), "and" | "or");
    match c.checked_sub(b) {
        Some(1) => s.word(b) == "," || conj(b),
        Some(2) => s.word(b) == "," && conj(b + 1),
        _ => false,
    }
}

/// Rule 97: a mention that is a company the lexicon knows: a COMPANY or a maker's name (not a
/// product line's), one word or two written for a hyphenated one (`Mercedes Benz`), or an ORG
/// ending with a company's suffix.
fn known_company(s: &Sentence, (a, b, l): Local) -> bool {
    let known = |h: u64| s.lex.is_company(h) || s.lex.maker(h) == Some(false);
    match b - a {
        1 => known(s.infos[a].lower),
        2 => {
            let joined = format!("{}-{}", s.word(a), s.word(a + 1)).to_lowercase();
            known(hash_bytes(joined.as_bytes()))
                || l == Label::Org && s.lex.is_suffix(s.infos[a + 1].lower)
        }
        _ => l == Label::Org && s.lex.is_suffix(s.infos[b - 1].lower),
    }
}

/// Rule 97: one capitalised word that is no given name, not usually in lower case and has no
/// title before it, nor a capitalised word next to it (a piece of a longer name the tagger cut:
/// `Hewlett` + `Packard`, `Flynn` + `Pharma`).
fn lone_name(s: &Sentence, (a, b, _): Local) -> bool {
    b == a + 1
        && s.infos[a].title
        && (a == 0 || !s.infos[a - 1].title && s.lex.title_at(s.infos, a - 1).is_none())
        && s.infos.get(b).is_none_or(|t| !t.title)
        && !s.given_name(a)
        && !crate::truecase::usually_lower(s.word(a))
}

// Repair 73c (issue 17, session 38, ent48, from `indep29-r21578`'s false PERSONs `Moody's will
// assess the effect ... on Chrysler's capital structure`, `Lamborghini's production plant`,
// `Standex's Perkins division`): a one-word PERSON that owns what only a company owns is a
// company.
//
// 73c. A PERSON of one capitalised word that is no given name, has more than three letters and
//      no title before it is an ORG when it is followed by a possessive and a company's HOLDING
//      (`plant`, `subsidiary`, `shareholders`, `capital structure`; the holding may follow one
//      lower-case word: `production plant`), or directly by a lower-case word naming a part of
//      a company (`division`, `subsidiary`: `Standex's Perkins division`). A person owns a
//      house, a car or a stake; not a plant, a subsidiary or a capital structure. The words are
//      from general knowledge of company news, not from the batch's sentences.

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
fn holding_companies(s: &Sentence, spans: &mut [Local]) {
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
