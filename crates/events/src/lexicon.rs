//! The word lists detection reads (`data/*.tsv`, `data/*.txt`), parsed and compiled once.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::types::EventKind;

const TRIGGERS: &str = include_str!("../data/triggers.tsv");
const PEOPLE: &str = include_str!("../data/people.txt");
const BROAD_PLACES: &str = include_str!("../data/broad_places.txt");
const AGGREGATE_CUES: &str = include_str!("../data/aggregate_cues.txt");
const OFFICIAL_CUES: &str = include_str!("../data/official_cues.txt");
const PREDICATES: &str = include_str!("../data/predicates.tsv");
const GRAMMAR: &str = include_str!("../data/grammar.tsv");
const NOT_NAMES: &str = include_str!("../data/not_names.txt");
const HAPPENING_CUES: &str = include_str!("../data/happening_cues.txt");

/// The compiled word lists, shared read-only by every call.
pub(crate) struct Lexicon {
    /// The kind of each trigger phrase (`None` for a phrase that names no happening, such as
    /// `heart attack`), by its index in the trigger list.
    pub kinds: Vec<Option<EventKind>>,
    /// Aggregate cues (`this year`, `over the weekend`), for a short text such as a title
    /// (a document's body is read by [`Lexicon::scan`]).
    pub aggregate: AhoCorasick,
    /// Every phrase list a document is scanned for, as one automaton (all matches, overlapping):
    /// the trigger phrases, the cues of implicit counts, the aggregate cues and the happening
    /// cues. [`Lexicon::scan`] splits its matches back into the lists.
    phrases: AhoCorasick,
    /// For each pattern of `phrases`: its list and its index in that list.
    phrase_of: Vec<(List, u32)>,
    /// Head nouns of one person, lower case.
    pub people: Set<&'static str>,
    /// Broad places (states, countries), lower case.
    pub broad: Set<String>,
    /// Words before a name that mark an official, lower case.
    pub official_before: Set<&'static str>,
    /// Words after a name that mark an official, lower case.
    pub official_after: Set<&'static str>,
    /// Words that show a tagged person name is not one (`street`, `county`), lower case.
    pub not_names: Set<&'static str>,
    /// Predicate words and the measure each counts (`died` → `killed`).
    pub predicates: Map<&'static str, &'static str>,
    /// Phrases that open the telling of another happening (`in a separate shooting`), lower
    /// case.
    pub happening_cues: Vec<&'static str>,
    /// Function words by role (`aux`, `passive`, `det`, `pronoun`, `between`).
    pub grammar: Map<&'static str, Set<&'static str>>,
}

/// FNV-1a: the word sets are asked about several words of every sentence (`is` alone hashes
/// about 140 keys a document), short keys for which SipHash cost more than the probe. The sets are
/// fixed once built, so hostile words cannot lengthen their chains.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A set of the lexicon's words.
pub(crate) type Set<T> = HashSet<T, BuildHasherDefault<Fnv>>;
/// A map of the lexicon's words.
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The lexicon, built on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The non-comment, non-empty lines of a data file.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The kind a trigger file names (`shooting`), `None` for `none`.
fn kind_of(name: &str) -> Option<EventKind> {
    Some(match name {
        "shooting" => EventKind::Shooting,
        "attack" => EventKind::Attack,
        "conflict" => EventKind::Conflict,
        "accident" => EventKind::Accident,
        "disaster" => EventKind::Disaster,
        "outbreak" => EventKind::Outbreak,
        "vote" => EventKind::Vote,
        "protest" => EventKind::Protest,
        "report" => EventKind::Report,
        _ => return None,
    })
}

/// An automaton over `patterns` with `kind` of match: ASCII case-insensitive; a DFA (a few
/// hundred short patterns: small, and the fastest to scan with).
fn automaton<I, P>(patterns: I, kind: MatchKind) -> AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(kind)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .expect("the built-in word lists compile")
}

/// The phrase lists a document is scanned for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    Triggers,
    Cues,
    Aggregate,
    Happenings,
}

/// One match of a phrase list: its byte span and the phrase's index in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// The matches of each phrase list in a text, each list's as its own leftmost-longest search
/// would give them (non-overlapping, in order).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub triggers: Vec<Hit>,
    pub cues: Vec<Hit>,
    pub aggregate: Vec<Hit>,
    pub happenings: Vec<Hit>,
}

/// The leftmost-longest matches among all the matches `hits` (overlapping, any order): at each
/// step the earliest start, the longest there, the lowest pattern on a tie, and on from its end.
fn leftmost_longest(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.pattern));
    let mut end = 0;
    hits.retain(|h| {
        let keep = h.start >= end;
        if keep {
            end = h.end;
        }
        keep
    });
    hits
}

impl Lexicon {
    /// True when a lower-cased word names one person (`man`, `victim`, `17-year-old`).
    pub(crate) fn is_person_noun(&self, w: &str) -> bool {
        self.people.contains(w) || w.ends_with("-year-old") || w.ends_with("-month-old")
    }

    fn build() -> Lexicon {
        let mut phrases = Vec::new();
        let mut kinds = Vec::new();
        for line in lines(TRIGGERS) {
            let (kind, phrase) = line
                .split_once('\t')
                .expect("triggers.tsv: kind<TAB>phrase");
            phrases.push(phrase);
            kinds.push(kind_of(kind));
        }
        let mut official_before = Set::default();
        let mut official_after = Set::default();
        for line in lines(OFFICIAL_CUES) {
            match line.split_once('\t') {
                Some(("before", w)) => official_before.insert(w),
                Some(("after", w)) => official_after.insert(w),
                _ => panic!("official_cues.txt: before|after<TAB>word, got {line:?}"),
            };
        }
        let mut predicates = Map::default();
        for line in lines(PREDICATES) {
            let (measure, word) = line
                .split_once('\t')
                .expect("predicates.tsv: measure<TAB>word");
            predicates.insert(word, measure);
        }
        let mut grammar: Map<&str, Set<&str>> = Map::default();
        for line in lines(GRAMMAR) {
            let (role, word) = line.split_once('\t').expect("grammar.tsv: role<TAB>word");
            grammar.entry(role).or_default().insert(word);
        }
        // (a bullet word: `was struck by a bullet` is read for a predicate of `shot`)
        let bullets = grammar.get("bullet").into_iter().flatten().copied();
        let cues: Vec<&str> = (predicates.keys().copied().chain(bullets).chain([
            "death",
            "deaths",
            "killing",
            "slaying",
            "condition",
            "wound",
            "wounds",
            "injury",
            "injuries",
            "victim",
            // (`is fighting for her life`)
            "fighting",
            "fights",
            // (`was taken to Christ Hospital`, `is expected to survive`)
            "hospital",
            "medical center",
            "trauma center",
            // (`where she passed away`)
            "passed away",
            "survive",
            "recover",
            // (`was struck in the leg`)
            "struck",
            "hit",
            // (`shooting himself`, `shoots self`)
            "himself",
            "herself",
            "self",
        ]))
        .collect();
        let lists: [(List, Vec<&str>); 4] = [
            (List::Triggers, phrases),
            (List::Cues, cues),
            (List::Aggregate, lines(AGGREGATE_CUES).collect()),
            (List::Happenings, lines(HAPPENING_CUES).collect()),
        ];
        let phrase_of = lists
            .iter()
            .flat_map(|(list, ps)| (0..ps.len() as u32).map(|i| (*list, i)))
            .collect();
        let phrases = automaton(lists.iter().flat_map(|(_, ps)| ps), MatchKind::Standard);
        Lexicon {
            not_names: lines(NOT_NAMES).collect(),
            happening_cues: lines(HAPPENING_CUES).collect(),
            predicates,
            grammar,
            phrases,
            phrase_of,
            kinds,
            aggregate: automaton(lines(AGGREGATE_CUES), MatchKind::LeftmostLongest),
            people: lines(PEOPLE).collect(),
            broad: lines(BROAD_PLACES).map(str::to_lowercase).collect(),
            official_before,
            official_after,
        }
    }

    /// The matches of every phrase list in `text`, in one pass of the automaton.
    pub fn scan(&self, text: &str) -> Scan {
        let mut all: [Vec<Hit>; 4] = Default::default();
        for m in self.phrases.find_overlapping_iter(text) {
            let (list, pattern) = self.phrase_of[m.pattern().as_usize()];
            all[list as usize].push(Hit {
                start: m.start(),
                end: m.end(),
                pattern: pattern as usize,
            });
        }
        let [triggers, cues, aggregate, happenings] = all.map(leftmost_longest);
        Scan {
            triggers,
            cues,
            aggregate,
            happenings,
        }
    }

    /// True when lower-case `word` has grammatical `role` in `grammar.tsv`.
    pub fn is(&self, role: &str, word: &str) -> bool {
        self.grammar.get(role).is_some_and(|set| set.contains(word))
    }

    /// True when `place` is too broad to locate an event (a US state, the country).
    pub fn is_broad(&self, place: &str) -> bool {
        self.broad.contains(&place.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of every data file parses (the lexicon builds) and every trigger kind is known.
    #[test]
    fn data_files_parse_and_name_known_kinds() {
        let lex = &*LEXICON;
        assert!(lex.kinds.iter().filter(|k| k.is_some()).count() > 50);
        for line in lines(TRIGGERS) {
            let kind = line.split_once('\t').unwrap().0;
            assert!(
                kind == "none" || kind_of(kind).is_some(),
                "unknown kind {kind}"
            );
        }
        assert!(lex.people.contains("man"));
        assert!(lex.is_broad("Illinois") && !lex.is_broad("Chicago"));
    }
}
