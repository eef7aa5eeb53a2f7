//! Repair 68 (issue 17, session 22): a person named by a surname alone at a sentence's start,
//! which the tagger left untagged when the word was new to it (`Kinchen was charged with`,
//! `Dumas is being held at`, `Daniels died`, `Palombo accidentally shot himself`). Written from
//! the PERSON misses pooled over every development batch (a class in eight batches), with
//! predicates from general knowledge of news English (`data/person_cues.tsv`), no names.
//!
//! 68. A sentence's first one or two name words, untagged, followed (perhaps after one adverb:
//!     `later`, `accidentally`) by a predicate only a person takes are a PERSON: `was`/`is`/`has
//!     been`/`had been` and a past participle of PASSIVE (`arrested`, `charged`, `booked`,
//!     `shot`; `held` only after `being`, as places are held too), a verb of ACTIVE (`died`,
//!     `pleaded`, `testified`), or any verb and a reflexive pronoun (SELF: `shot himself`,
//!     `turned herself in`), or (session 29, from `indep19-brown`'s 1961 press and wire copy) any
//!     verb and a personal pronoun (PRONOUN: `Tillotson opened his campaign`, `Okafor insisted he
//!     was`), which companies and places do not take. Not a common lower-case word (`Police were`), a stop word or
//!     pronoun (`He was`), a title, a place of the gazetteer, a nationality or a country, a
//!     word in capitals (a headline), nor an organisation head word.
//! 72. A PERSON of two words or more, each a word usually written in lower case (the truecasing
//!     table, `data/truecase.txt`, built from the training text) and the first capitalised and
//!     no given name of the gazetteer, is no person: a thing's or a body's name, or a run of
//!     capitalised common words (`Scientific Micro`, `Negligent Homicide`, `Anniversary Tour`,
//!     `Border Patrol`, `Agent Orange`). Written from the false PERSONs pooled over the
//!     development batches (19 of 23 such PERSONs wrong, in eleven batches); the mention is
//!     dropped rather than relabelled, as the words say nothing of what else it is. People whose
//!     names are common words and no census given name (`Tiger Woods`, `Big Bird`) are lost.
//! 80. (Session 23, from PERSON misses pooled over every development batch and unannotated BBC
//!     and local news.) A name given an age is a person's: one to four name words right after
//!     an age (`identified as 20-year-old Austin Tyler`, `26-year-old Reno Wallace II`) that end
//!     the clause or run on into a person's verb (`was`, `who`, `of`, `died`...), or right
//!     before `, a`/`, an` and an age (`Joss Stone, a 17-year-old soul singer`), or (round 3)
//!     before a bare age between commas and a lower-case word, not after a preposition nor
//!     before `or` (`Parker, 75, has`), untagged or read as anything else, are a PERSON. Not
//!     before a lower-case noun, which makes the name a modifier (`a 66-year-old La Pine man` is
//!     a town's, rule 71; `the 19-year-old Chelsea midfielder` a club's), nor a common word
//!     alone, a title, a place of the gazetteer, a nationality, an organisation's, a facility's
//!     or an event's head word, a company or a team of the lists, or a word in capitals.

use std::sync::LazyLock;

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;
use crate::hash::{WordMap, hash_bytes};

/// A past participle after a form of `be`.
const PASSIVE: u8 = 1;
/// A verb right after the name.
const ACTIVE: u8 = 2;
/// A reflexive pronoun after any verb.
const SELF: u8 = 3;
/// A personal pronoun (`his`, `her`, `he`, `she`) after any verb (session 29).
const PRONOUN: u8 = 4;

/// The most name words rule 68 reads at a sentence's start.
const MAX_NAME: usize = 2;

/// The predicates of `data/person_cues.tsv` and the auxiliaries the rule reads, hashed once.
struct Cues {
    kinds: WordMap<u8>,
    /// `was`, `is`.
    be: [u64; 2],
    /// `has`, `had`.
    have: [u64; 2],
    been: u64,
    being: u64,
    held: u64,
    /// Adverbs that may stand between the name and the verb besides those in `-ly`.
    adverbs: [u64; 6],
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let h = |w: &str| hash_bytes(w.as_bytes());
    let mut kinds = WordMap::default();
    for line in include_str!("../../data/person_cues.tsv").lines() {
        let Some((kind, word)) = line.split_once('\t') else {
            continue;
        };
        let k = match kind {
            "PASSIVE" => PASSIVE,
            "ACTIVE" => ACTIVE,
            "SELF" => SELF,
            "PRONOUN" => PRONOUN,
            _ => continue,
        };
        kinds.insert(h(word.trim()), k);
    }
    Cues {
        kinds,
        be: ["was", "is"].map(h),
        have: ["has", "had"].map(h),
        been: h("been"),
        being: h("being"),
        held: h("held"),
        adverbs: ["also", "later", "then", "now", "since", "allegedly"].map(h),
    }
});

/// Rule 68: `Kinchen was charged`, `Daniels died`, `Palombo accidentally shot himself`.
pub(super) fn person_predicates(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    // The cheap tests first: a name word opens the sentence and no mention covers it.
    if n < 3 || !s.name_word(0) || spans.first().is_some_and(|m| m.0 == 0) {
        return;
    }
    let e = s.run_end(0);
    if e > MAX_NAME || e + 1 >= n {
        return;
    }
    let c = &*CUES;
    let lower = |i: usize| s.infos.get(i).map_or(0, |t| t.lower);
    let mut k = e;
    // One adverb (`later`, `accidentally`).
    if s.infos[k].lower_initial && (c.adverbs.contains(&lower(k)) || s.word(k).ends_with("ly")) {
        k += 1;
    }
    let kind = |i: usize| {
        s.infos
            .get(i)
            .filter(|t| t.lower_initial)
            .and_then(|t| c.kinds.get(&t.lower).copied())
    };
    // Set when only a personal pronoun after the verb says it is a person (session 29).
    let mut by_pronoun = false;
    let person = if c.be.contains(&lower(k)) {
        // `was charged`, `is being held`.
        let being = lower(k + 1) == c.being;
        let v = if being { k + 2 } else { k + 1 };
        kind(v) == Some(PASSIVE) && (being || lower(v) != c.held)
    } else if c.have.contains(&lower(k)) && lower(k + 1) == c.been {
        kind(k + 2) == Some(PASSIVE) && lower(k + 2) != c.held
    } else {
        // `died`, or any lower-case verb and `himself` (`shot himself`, `turned herself in`) or
        // a personal pronoun (`opened his race`, `insisted he was`).
        by_pronoun = kind(k) != Some(ACTIVE) && kind(k + 1) == Some(PRONOUN);
        kind(k) == Some(ACTIVE)
            || s.infos[k].lower_initial && matches!(kind(k + 1), Some(SELF | PRONOUN))
    };
    if !person
        || (0..e).any(|i| {
            s.lex.is_common(s.infos[i].lower)
                || s.lex.is_org_head(s.infos[i].lower)
                || s.lex.title_at(s.infos, i).is_some()
                || s.in_capitals(i)
                // The weaker cue wants a word no truecasing entry writes in lower case
                // (`Today saw her return`).
                || by_pronoun && !plain_surname(s.word(i))
        })
        || s.gazetteer(0, e).is_some()
        || s.lex.nationality_at(s.infos, 0).is_some()
        || s.lex.country_at(s.infos, 0).is_some()
        || spans.iter().any(|m| m.0 < e)
    {
        return;
    }
    put(s, spans, (0, e, Label::Person));
}

/// A surname the weaker cue of rule 68 (a personal pronoun after the verb) may name: no word
/// truecasing writes in lower case (`Today saw her return`), no contraction (`I'm glad he`,
/// `Here's how he`) and no hyphen (`So-O'Rourke suggested he`, a word run onto the name in
/// text whose spaces became hyphens).
fn plain_surname(word: &str) -> bool {
    let contraction = word.char_indices().any(|(i, c)| {
        matches!(c, '\'' | '’') && word[i + c.len_utf8()..].starts_with(char::is_lowercase)
    });
    !contraction && !word.contains('-') && !crate::truecase::usually_lower(word)
}

/// Rules 72, 90 and 93, in that order.
pub(super) fn names_of_people(s: &Sentence, spans: &mut Vec<Local>) {
    common_word_people(s, spans);
    org_people(s, spans);
    initialled_people(s, spans);
}

/// Rule 93 (session 28, from the news corpus and unannotated local news: `Donald J. Trump` read
/// as a NORP, `George W. Bush` as an ORG, `Edith M. Lederer` as a LOC, `Corey A. Lackard` as a
/// FAC, `Chad L. King` cut to `Chad` LAW): a given name of the gazetteer, an initial and one
/// surname are a PERSON, whatever the tagger read over them. The given name opens its run of name
/// words or follows a title (`Judge Richard R. Clifton`; not `USS Gerald R. Ford`); the surname
/// is a name word, no common or usually lower-case word (`Pool B. Find`, `Marvin N. The`), no
/// head word of an organisation, a facility or an event, nor a company's word (`Diamond S.
/// Shipping`), with no capitalised word after it (`George W. Bush Presidential Library`); no
/// mention runs on past the surname (`George W. Bush's White House` LAW is left). Not in a
/// sentence in capitals.
fn initialled_people(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    // The cheap test first: a run of name words followed by an initial and a name word.
    let found: Vec<(usize, usize)> = s
        .name_runs()
        .filter(|&(_, e)| e + 1 < n && s.initial(e) && s.name_word(e + 1))
        .collect();
    for (a0, e) in found {
        let (g, last) = (e - 1, e + 1);
        let lex = s.lex;
        let w = s.infos[last].lower;
        let opens = g == a0
            || lex
                .title_at(s.infos, a0)
                .is_some_and(|(h, _)| a0 + h.len == g);
        if !opens
            || !s.given_name(g)
            || s.in_capitals(g)
            || s.in_capitals(last)
            || s.infos.get(last + 1).is_some_and(|t| t.title)
            || lex.is_common(w)
            || crate::truecase::usually_lower(s.word(last))
            || lex.is_org_head(w)
            || lex.is_fac_head(w)
            || lex.is_event_head(w)
            || lex.is_corp_word(w)
            || lex.is_company(w)
            || spans.iter().any(|m| {
                m.0 <= last && m.1 > last + 1 || m.0 == g && m.1 == last + 1 && m.2 == Label::Person
            })
        {
            continue;
        }
        put(s, spans, (g, last + 1, Label::Person));
    }
}

/// Rule 72: `Scientific Micro`, `Negligent Homicide` read as people.
fn common_word_people(s: &Sentence, spans: &mut Vec<Local>) {
    spans.retain(|&(a, b, l)| {
        l != Label::Person
            || b - a < 2
            || !s.infos[a].title
            || s.given_name(a)
            || !(a..b).all(|i| {
                s.toks[i].kind == TokenKind::Word && crate::truecase::usually_lower(s.word(i))
            })
    });
}

/// Rule 90 (session 27, from the PERSON misses pooled over every development batch: `Lawrence
/// Hillard`, `Giuseppe Pedrazzini`, `Jordan Larkin`, `Kent Beck` read as an ORG; on the news corpus
/// `Nicola Sturgeon`, `Le Pen`, `Nikki Haley`, `Susan Collins`): an ORG of exactly two words in
/// title case, a given name and a surname, is a PERSON. The surname is no word usually written in
/// lower case or common (`Dakota Access`, `Comic Relief`), no organisation's, facility's or
/// event's head word, company, team or company's word (`Jebsen Group`), no compass word (`Salina
/// South`, a school) nor a place of the gazetteer (`Atletico Madrid`); the given name no word
/// usually written in lower case, no place or nationality of the gazetteer (`China Daily`, `Paris
/// Agreement`); the pair no name the gazetteer knows, not after `the` nor before another
/// capitalised word or a possessive. Companies named as a person is (`Morgan Stanley`) and a
/// few bodies whose first word is a given name (`Royal Mint`, `Le Soir`) are lost: on the news
/// corpus 131 of 147 changes are right. (Session 27b.) Not in company news either (rule 73's
/// cues: a business word, no personal pronoun: `Morgan Stanley would raise its stake`).
/// (Session 28.) A PRODUCT of the same shape too (`Lorraine McCabe said`), unless its first word
/// is a maker's or a product line's name (`Lincoln Navigator`).
fn org_people(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        // The cheap tests first: an ORG (or a PRODUCT, session 28: `Calixto Logan`, `Eugene
        // Linsomb` after `customer`; a NORP, session 29: `Don Taussig`, `Brian O'Driscoll`) of
        // two words opening with a given name; a PRODUCT's first word no maker's or product
        // line's name (`Lincoln Navigator`), a NORP's last word no people's (`Christian Arabs`)
        // nor shorter than three bytes (`Weston Ct.`, a street).
        if !matches!(l, Label::Org | Label::Product | Label::Norp)
            || b - a != 2
            || !s.given_name(a)
            || l == Label::Product && s.lex.maker(s.infos[a].lower).is_some()
            || l == Label::Norp && (s.nationality(a + 1, b) || s.word(a + 1).len() < 3)
        {
            continue;
        }
        let last = a + 1;
        let word_ok =
            |i: usize| s.toks[i].kind == TokenKind::Word && s.infos[i].title && !s.in_capitals(i);
        if !word_ok(a) || !word_ok(last) {
            continue;
        }
        let w = s.infos[last].lower;
        let lex = s.lex;
        if crate::truecase::usually_lower(s.word(last))
            || lex.is_common(w)
            || lex.is_org_head(w)
            || lex.is_company(w)
            || lex.is_team(w)
            || lex.is_corp_word(w)
            || lex.is_fac_head(w)
            || lex.is_event_head(w)
            || lex.place_end(w).is_some()
            || super::towns::COMPASS.contains(&s.word(last).to_ascii_lowercase().as_str())
            || lex.title_at(s.infos, a).is_some()
            || lex.title_at(s.infos, last).is_some()
            || crate::truecase::usually_lower(s.word(a))
            || s.gazetteer(a, a + 1).is_some()
            || s.gazetteer(last, b).is_some()
            || s.gazetteer(a, b).is_some()
            || s.nationality(a, a + 1)
            || a > 0 && s.word(a - 1).eq_ignore_ascii_case("the")
            || b < n && (s.infos[b].title || s.toks[b].kind == TokenKind::Possessive)
            || super::firms::company_news(s)
        {
            continue;
        }
        m.2 = Label::Person;
    }
}

/// Rule 80: the lower-case words that may follow a name given an age before it (`20-year-old
/// Austin Tyler was`, `Veron Black of Maple Heights`).
const AFTER_AGED: [&str; 16] = [
    "was",
    "is",
    "has",
    "had",
    "who",
    "and",
    "of",
    "from",
    "said",
    "says",
    "died",
    "remains",
    "faces",
    "allegedly",
    "told",
    "pleaded",
];

/// Rule 80: an age token of a person (`20-year-old`, `Twenty-one-year-old`; not a thing's
/// `2,000-year-old`).
fn age(s: &Sentence, i: usize) -> bool {
    let w = s.word(i);
    s.toks[i].kind != TokenKind::Word
        && (w.ends_with("-year-old") || w.ends_with("-years-old"))
        && w.split('-')
            .next()
            .is_some_and(|x| x.len() <= 3 || !x.starts_with(|c: char| c.is_ascii_digit()))
        && !w.contains(',')
}

/// Rule 80: the words after which a name is a place's or a thing's rather than a person given
/// a bare age (`in Mbalane, 45, or`).
const PREPOSITIONS: [&str; 12] = [
    "in",
    "at",
    "from",
    "across",
    "of",
    "to",
    "into",
    "near",
    "on",
    "for",
    "within",
    "throughout",
];

/// Rule 80: a bare age (`75` of `Parker, 75, has`): one to three digits, 1 to 110.
fn bare_age(w: &str) -> bool {
    w.len() <= 3
        && w.bytes().all(|c| c.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|x| (1..=110).contains(&x))
}

/// Rule 80: `identified as 20-year-old Austin Tyler`, `Joss Stone, a 17-year-old singer`.
pub(super) fn aged_people(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for (a0, e) in s.name_runs() {
        if e - a0 > 4 {
            continue;
        }
        // The cheap tests first: an age right before the run, or `, a` and an age after it.
        let follows = e < n && s.infos[e].lower_initial && AFTER_AGED.contains(&s.word(e));
        let before = a0 > 0
            && age(s, a0 - 1)
            && (e == n
                || !matches!(s.toks[e].kind, TokenKind::Word | TokenKind::Compound)
                || follows);
        let after = !before
            && e + 2 < n
            && s.word(e) == ","
            && matches!(s.word(e + 1), "a" | "an")
            && age(s, e + 2);
        // A bare age between commas, before a lower-case word (`Parker, 75, has`; not a
        // list's `Chile, 3, Peru, 2`), neither after a preposition nor before `or` (`the 300
        // schools in Mbalane, 45, or 15 percent`).
        let bare = !before
            && !after
            && e + 3 < n
            && s.word(e) == ","
            && s.word(e + 2) == ","
            && s.infos[e + 3].lower_initial
            && s.word(e + 3) != "or"
            && bare_age(s.word(e + 1))
            && (a0 == 0 || !PREPOSITIONS.contains(&s.word(a0 - 1)));
        if !before && !after && !bare {
            continue;
        }
        // A sentence's first word that is usually written in lower case, or a nationality or a
        // group read as one, opening the run is no part of the name (`For Song Jinlan, a
        // 55-year-old`, `Republicans Debby Goodwin`; but `German Cruz`, a given name).
        // (A nationality or a group of several words goes whole: `New Zealanders Rory Grice`.)
        let norp = |i: usize| {
            spans
                .iter()
                .find(|m| m.0 == i && m.1 <= e && m.2 == Label::Norp)
                .map(|m| m.1)
        };
        let mut a = a0;
        while a < e && !s.given_name(a) {
            let skip = if a == 0
                && (s.lex.is_common(s.infos[a].lower) || crate::truecase::usually_lower(s.word(a)))
            {
                Some(a + 1)
            } else if let Some(h) = s.lex.nationality_at(s.infos, a) {
                Some(a + h.len)
            } else {
                norp(a)
            };
            match skip {
                Some(x) => a = x.min(e),
                None => break,
            }
        }
        if a == e {
            continue;
        }
        // One word is a given name, or a surname before a person's verb (`The 50-year-old
        // Cummins has`; not `the 39-year-old Frenchman`); several open with a given name or
        // are none of them a word usually written in lower case (`the 15-year-old Arab Peace
        // Initiative` is a thing's).
        let w = s.word(a);
        let name_like = if e - a == 1 {
            s.given_name(a)
                || follows && !w.ends_with("man") && !w.ends_with("men")
                || bare && !s.lex.is_common(s.infos[a].lower) && !crate::truecase::usually_lower(w)
        } else {
            s.given_name(a) || (a..e).all(|i| !crate::truecase::usually_lower(s.word(i)))
        };
        if !name_like
            || (a..e).any(|i| {
                let t = &s.infos[i];
                s.lex.title_at(s.infos, i).is_some()
                    || s.in_capitals(i) && !(i > a && matches!(s.word(i), "II" | "III" | "IV"))
                    || s.lex.is_org_head(t.lower)
                    || s.lex.is_fac_head(t.lower)
                    || s.lex.is_event_head(t.lower)
                    || s.lex.is_company(t.lower)
                    || s.lex.is_team(t.lower)
                    || s.lex.body_word(t.lower) & crate::lexicon::SUFFIX != 0
            })
            || s.gazetteer(a, e).is_some()
            // A mention running on past the name is a longer name the run does not see
            // (`Eric J. Hernandez`, `Tiris Coleman Jr.`); one taking in the age is cut.
            || spans.iter().any(|m| {
                m.0 < e && m.1 > a && (m.1 > e || m.0 < a && !(m.0 + 1 == a0 && before))
                    || m.0 == a && m.1 == e && m.2 == Label::Person
            })
        {
            continue;
        }
        put(s, spans, (a, e, Label::Person));
    }
}

/// Rule 98 (issue 17, session 34): a nationality (`data/nationalities.tsv`) or an adjective of
/// birth (`Dutch-born`, `US-born`) glued to a person's name in one mention (`American Taylor
/// Dent` ORG, `Australian Lynton Crosby` ORG, `Dutch-born Anton Corbijn` LAW) is split: the
/// nationality is a NORP, the adjective of birth no mention (OntoNotes tags neither `-born`
/// compound), and the name after it a PERSON. The name is two or three name words opening with a
/// given name of the gazetteer (`Taylor`, `Anton`), none an organisation's or a facility's head
/// word, no title, not a place of the gazetteer; the nationality names a country (not `Western`
/// of `Western Han Dynasty`, `Oriental` of `Oriental Pearl Tower`): `American Airlines`, `British Airways`, `Irish Times`, `Swiss
/// Re`, `American Express` keep their names, as their second word is no given name.
pub(super) fn glued_nationalities(s: &Sentence, spans: &mut Vec<Local>) {
    let infos = s.infos;
    let mut out: Vec<Local> = Vec::new();
    for m in spans.iter_mut() {
        let (a, b, _) = *m;
        if b < a + 3 || !infos[a].title {
            continue;
        }
        let born = s
            .word(a)
            .rsplit_once('-')
            .is_some_and(|(head, tail)| !head.is_empty() && tail == "born");
        let e = if born {
            a + 1
        } else {
            // (A country's nationality: not `Western` of `Western Han Dynasty`, `Oriental` of
            // `Oriental Pearl Tower`.)
            match s.lex.nationality_at(infos, a) {
                Some(h) if s.lex.country(h.entry).is_some() => a + h.len,
                _ => continue,
            }
        };
        let name = b >= e + 2
            && b - e <= 3
            && s.given_name(e)
            && (e..b).all(|i| {
                s.name_word(i)
                    && !s.lex.is_org_head(infos[i].lower)
                    && !s.lex.is_fac_head(infos[i].lower)
            })
            && s.lex.title_at(infos, e).is_none()
            && s.gazetteer(e, b).is_none()
            && !s.nationality(e, e + 1);
        if !name {
            continue;
        }
        if !born {
            out.push((a, e, Label::Norp));
        }
        *m = (e, b, Label::Person);
    }
    if !out.is_empty() {
        spans.extend(out);
        spans.sort_by_key(|m| m.0);
    }
}
