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
//!     `turned herself in`). Not a common lower-case word (`Police were`), a stop word or
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
    let person = if c.be.contains(&lower(k)) {
        // `was charged`, `is being held`.
        let being = lower(k + 1) == c.being;
        let v = if being { k + 2 } else { k + 1 };
        kind(v) == Some(PASSIVE) && (being || lower(v) != c.held)
    } else if c.have.contains(&lower(k)) && lower(k + 1) == c.been {
        kind(k + 2) == Some(PASSIVE) && lower(k + 2) != c.held
    } else {
        // `died`, or any lower-case verb and `himself` (`shot himself`, `turned herself in`).
        kind(k) == Some(ACTIVE) || s.infos[k].lower_initial && kind(k + 1) == Some(SELF)
    };
    if !person
        || (0..e).any(|i| {
            s.lex.is_common(s.infos[i].lower)
                || s.lex.is_org_head(s.infos[i].lower)
                || s.lex.title_at(s.infos, i).is_some()
                || s.in_capitals(i)
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

/// Rule 72: `Scientific Micro`, `Negligent Homicide` read as people.
pub(super) fn common_word_people(s: &Sentence, spans: &mut Vec<Local>) {
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
