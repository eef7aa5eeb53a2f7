//! Duplicate and syndicated articles in a stream of news documents.
//!
//! Real archives hold the same wire story under many outlets, with a dateline or a credit line
//! added. [`Detector`] links each document whose text repeats an earlier one's to that first
//! document: **exactly** (the same words, ignoring case, punctuation and spacing) or **nearly**
//! (at least [`Config::threshold`] of the shorter text's word shingles, 0.9 by default, are
//! also in the other: the overlap coefficient, estimated from minwise-hashing signatures and the
//! shingle counts, so that a wire story with a dateline and a credit line added, or cut by a
//! paragraph, is still the same story). Near duplicates are found with minwise-hashing
//! signatures and locality-sensitive hashing (the [`gaoya`] crate's index), so each check costs
//! about the same whatever the number of documents seen.
//!
//! The signature is a SuperMinHash sketch (Ertl 2017; `sketch.rs`): like classic MinHash with
//! 128 hash functions, two texts' signatures agree in each value with probability equal to their
//! Jaccard similarity, with no larger an error, but a shingle does not compute 128 hashes: past
//! the first few hundred shingles of a text it takes one or two steps. The signature of a 500-word
//! text costs about a seventh of MinHash's instructions.
//!
//! Memory is bounded: the detector remembers the last [`Config::window`] unique documents (a
//! few hundred bytes each) and forgets older ones, so copies are found when they come within
//! that many documents of their original (archives are usually ordered by date, and syndicated
//! copies appear within days).
//!
//! ```
//! use reckon_dedup::{Config, Detector};
//! let mut d = Detector::new(Config::default()).unwrap();
//! let story = "Rescue teams searched through the night for survivors after the ferry capsized \
//!     off the coast on Tuesday, officials said, and at least 40 people are missing. The \
//!     vessel was carrying more than 200 passengers when it overturned in rough seas.";
//! assert!(d.check_text("a", story).is_none());
//! let copy = format!("MANILA (Reuters) - {story} (Reporting by a correspondent)");
//! let dup = d.check_text("b", &copy).unwrap();
//! assert_eq!(dup.of, "a");
//! assert!(!dup.exact && dup.similarity >= 0.9);
//! ```
#![deny(missing_docs)]

use std::collections::{HashMap, VecDeque};

use gaoya::minhash::{IdContainer, MinHashIndex};
use xxhash_rust::xxh3::{Xxh3, xxh3_64};

mod sketch;
use sketch::Sketcher;

/// What can go wrong building a detector.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A setting is out of its range.
    #[error("invalid duplicate-detection setting: {0}")]
    Config(String),
}

/// Settings of a [`Detector`].
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The least share of the shorter document's word shingles that the other must hold for the
    /// later one to be a near duplicate of the earlier (0.9: nine shingles in ten shared).
    pub threshold: f64,
    /// The least estimated Jaccard similarity for two documents to be compared at all (LSH
    /// candidates; 0.5). Lower finds copies of very different lengths at more cost.
    pub candidate: f64,
    /// Words per shingle (5).
    pub shingle_words: usize,
    /// Documents with fewer words than this are matched exactly only: a short text (a caption,
    /// a one-line brief) shares most of its shingles with unrelated briefs of the same form.
    pub min_words: usize,
    /// How many unique documents are remembered; older ones are forgotten first.
    pub window: usize,
    /// LSH bands × rows per band = the number of signature values per document (32 × 4).
    pub bands: usize,
    /// Rows (signature values) per LSH band.
    pub rows: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            threshold: 0.9,
            candidate: 0.5,
            shingle_words: 5,
            min_words: 30,
            window: 200_000,
            bands: 32,
            rows: 4,
        }
    }
}

/// A document's fingerprint: what [`Detector::check`] compares. Computing it is the costly
/// part and needs only `&Detector`, so it can run in parallel workers while the checks run in
/// input order.
#[derive(Debug, Clone, PartialEq)]
pub struct Fingerprint {
    exact: u64,
    words: usize,
    signature: Vec<u16>,
}

impl Fingerprint {
    /// The number of words in the document.
    pub fn words(&self) -> usize {
        self.words
    }
}

/// A document found to repeat an earlier one.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    /// The id of the earlier document it repeats.
    pub of: String,
    /// The estimated share of the shorter text's word shingles found in the other (1.0 for an
    /// exact repeat).
    pub similarity: f64,
    /// True when the words are the same (case, punctuation and spacing aside).
    pub exact: bool,
}

/// Streaming duplicate detector; see the [crate docs](crate).
pub struct Detector {
    config: Config,
    sketcher: Sketcher,
    index: MinHashIndex<u16, u64, Ids>,
    exact: HashMap<u64, u64>,
    ids: HashMap<u64, (String, usize)>,
    order: VecDeque<(u64, u64)>,
    next: u64,
}

impl Detector {
    /// A detector with the given settings.
    pub fn new(config: Config) -> Result<Detector, Error> {
        for (name, v) in [
            ("threshold", config.threshold),
            ("candidate", config.candidate),
        ] {
            if !(v > 0.0 && v <= 1.0) {
                return Err(Error::Config(format!("{name} {v} is not in (0, 1]")));
            }
        }
        if config.shingle_words == 0 || config.bands == 0 || config.rows == 0 {
            return Err(Error::Config(
                "shingle_words, bands and rows must be at least 1".to_owned(),
            ));
        }
        if config.window == 0 {
            return Err(Error::Config("window must be at least 1".to_owned()));
        }
        let hashes = config.bands * config.rows;
        Ok(Detector {
            sketcher: Sketcher::new(hashes),
            index: MinHashIndex::new_index(config.bands, config.rows, config.candidate),
            exact: HashMap::new(),
            ids: HashMap::new(),
            order: VecDeque::new(),
            next: 0,
            config,
        })
    }

    /// The settings.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The fingerprint of a text (thread-safe; no state changes).
    pub fn fingerprint(&self, text: &str) -> Fingerprint {
        let words = word_hashes(text);
        // the bytes of the word hashes, fed 32 words at a time (the same digest as word by word)
        let mut exact = Xxh3::new();
        let mut bytes = [0u8; 256];
        for chunk in words.chunks(32) {
            for (w, out) in chunk.iter().zip(bytes.chunks_exact_mut(8)) {
                out.copy_from_slice(&w.to_le_bytes());
            }
            exact.update(&bytes[..8 * chunk.len()]);
        }
        let k = self.config.shingle_words;
        let signature = if words.len() >= self.config.min_words.max(k) {
            if k == 5 {
                // (the default length, known to the compiler: the fold is unrolled)
                self.sketcher
                    .sketch(words.windows(5).map(|w| shingle_hash(&w[..5])))
            } else {
                self.sketcher.sketch(words.windows(k).map(shingle_hash))
            }
        } else {
            Vec::new()
        };
        Fingerprint {
            exact: exact.digest(),
            words: words.len(),
            signature,
        }
    }

    /// Checks a document: the earlier document it repeats, or `None` when it is new, in which
    /// case it is remembered (and the oldest remembered document forgotten past the window).
    pub fn check(&mut self, id: &str, fingerprint: &Fingerprint) -> Option<Duplicate> {
        if let Some(of) = self.exact.get(&fingerprint.exact) {
            return Some(Duplicate {
                of: self.ids[of].0.clone(),
                similarity: 1.0,
                exact: true,
            });
        }
        let shingles = self.shingles(fingerprint);
        if !fingerprint.signature.is_empty() {
            let best = self
                .index
                .query_owned_return_similarity(&fingerprint.signature)
                .into_iter()
                .map(|(seq, jaccard)| (seq, overlap(jaccard, shingles, self.ids[&seq].1)))
                .filter(|&(_, o)| o >= self.config.threshold)
                // the most overlapping, and of equals the earliest: independent of hash order
                .min_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            if let Some((of, similarity)) = best {
                return Some(Duplicate {
                    of: self.ids[&of].0.clone(),
                    similarity,
                    exact: false,
                });
            }
        }
        let seq = self.next;
        self.next += 1;
        self.exact.insert(fingerprint.exact, seq);
        self.ids.insert(seq, (id.to_owned(), shingles));
        if !fingerprint.signature.is_empty() {
            self.index.insert(seq, fingerprint.signature.clone());
        }
        self.order.push_back((seq, fingerprint.exact));
        while self.order.len() > self.config.window {
            if let Some((old, hash)) = self.order.pop_front() {
                self.index.remove(&old);
                self.ids.remove(&old);
                if self.exact.get(&hash) == Some(&old) {
                    self.exact.remove(&hash);
                }
            }
        }
        None
    }

    /// The number of shingles of a fingerprinted text.
    fn shingles(&self, fingerprint: &Fingerprint) -> usize {
        (fingerprint.words + 1).saturating_sub(self.config.shingle_words)
    }

    /// [`fingerprint`](Detector::fingerprint) then [`check`](Detector::check).
    pub fn check_text(&mut self, id: &str, text: &str) -> Option<Duplicate> {
        let fp = self.fingerprint(text);
        self.check(id, &fp)
    }

    /// How many unique documents are remembered now (at most [`Config::window`]).
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True before the first document.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// The documents of one LSH bucket: nearly always one, so it is held inline. (gaoya's default
/// container, a `HashSet` per bucket, costs about 6 KB per remembered document over 32 bands;
/// this one about 1.5 KB.) The order of the ids does not matter: `check` ranks candidates by
/// overlap, then by age.
enum Ids {
    One(u64),
    Many(Vec<u64>),
}

impl IdContainer<u64> for Ids {
    fn new() -> Ids {
        Ids::Many(Vec::new())
    }

    fn push(&mut self, item: u64) {
        match self {
            Ids::Many(v) if v.is_empty() => *self = Ids::One(item),
            Ids::One(first) => *self = Ids::Many(vec![*first, item]),
            Ids::Many(v) => v.push(item),
        }
    }

    fn len(&self) -> usize {
        match self {
            Ids::One(_) => 1,
            Ids::Many(v) => v.len(),
        }
    }

    fn copy_to<S: std::hash::BuildHasher>(&self, set: &mut std::collections::HashSet<u64, S>) {
        match self {
            Ids::One(id) => {
                set.insert(*id);
            }
            Ids::Many(v) => set.extend(v.iter().copied()),
        }
    }

    fn copy_refs_to<'a, S: std::hash::BuildHasher>(
        &'a self,
        set: &mut std::collections::HashSet<&'a u64, S>,
    ) {
        match self {
            Ids::One(id) => {
                set.insert(id);
            }
            Ids::Many(v) => set.extend(v.iter()),
        }
    }

    fn remove(&mut self, item: &u64) {
        match self {
            Ids::One(id) if id == item => *self = Ids::Many(Vec::new()),
            Ids::One(_) => {}
            Ids::Many(v) => {
                if let Some(i) = v.iter().position(|x| x == item) {
                    v.swap_remove(i);
                }
            }
        }
    }
}

/// The overlap coefficient |A ∩ B| / min(|A|, |B|) from the Jaccard similarity and the sizes:
/// |A ∩ B| = J (|A| + |B|) / (1 + J).
fn overlap(jaccard: f64, a: usize, b: usize) -> f64 {
    let (a, b) = (a as f64, b as f64);
    let smaller = a.min(b).max(1.0);
    (jaccard * (a + b) / (1.0 + jaccard) / smaller).min(1.0)
}

/// The 64-bit hash of a shingle from its words' hashes: a multiply-xor fold, order-sensitive
/// (the sketch mixes it further).
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(0, |h, &w| {
        (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
    })
}

/// What a byte is to [`word_hashes`]: ASCII outside words, ASCII in words (lower case or digit;
/// upper case), or part of a character outside ASCII.
#[derive(Clone, Copy, PartialEq)]
enum Byte {
    Gap,
    Lower,
    Upper,
    Wide,
}

/// [`Byte`] of every byte value.
const BYTES: [Byte; 256] = {
    let mut t = [Byte::Wide; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            Byte::Upper
        } else if c.is_ascii_alphanumeric() {
            Byte::Lower
        } else {
            Byte::Gap
        };
        b += 1;
    }
    t
};

/// The hashes of a text's words, lower-cased: runs of letters and digits (the characters that
/// are `char::is_alphanumeric`).
///
/// One pass over the bytes: ASCII is classified byte by byte, only other characters are decoded.
/// A word of ASCII letters and digits is lower-cased byte by byte (the same as by character); a
/// word with any other character is lower-cased by character.
fn word_hashes(text: &str) -> Vec<u64> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut lower = String::new();
    let mut ascii_lower = Vec::new();
    // the character at `i` when it is not ASCII: whether it is a letter or digit, and its length
    let wide = |i: usize| {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    };
    let mut i = 0;
    while i < b.len() {
        // separators
        match BYTES[usize::from(b[i])] {
            Byte::Gap => {
                i += 1;
                continue;
            }
            Byte::Wide => {
                let (alnum, len) = wide(i);
                if !alnum {
                    i += len;
                    continue;
                }
            }
            Byte::Lower | Byte::Upper => {}
        }
        // a word from `start`
        let start = i;
        let mut upper = false;
        let mut other = false;
        while i < b.len() {
            // (a run of lower-case letters and digits, most of a word, in a tight loop)
            i += b[i..]
                .iter()
                .position(|&c| BYTES[usize::from(c)] != Byte::Lower)
                .unwrap_or(b.len() - i);
            let Some(&c) = b.get(i) else {
                break;
            };
            match BYTES[usize::from(c)] {
                Byte::Lower => unreachable!("the run stops at any other byte"),
                Byte::Upper => {
                    upper = true;
                    i += 1;
                }
                Byte::Gap => break,
                Byte::Wide => {
                    let (alnum, len) = wide(i);
                    if !alnum {
                        break;
                    }
                    other = true;
                    i += len;
                }
            }
        }
        let w = &text[start..i];
        out.push(if other {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            xxh3_64(lower.as_bytes())
        } else if upper {
            ascii_lower.clear();
            ascii_lower.extend(w.bytes().map(|c| c.to_ascii_lowercase()));
            xxh3_64(&ascii_lower)
        } else {
            xxh3_64(w.as_bytes())
        });
    }
    out
}

#[cfg(test)]
mod tests;
