//! Training the tagger: an averaged perceptron over BILOU tags, and span-level scoring.
//!
//! Only with the cargo feature `train`: used by `examples/train.rs` (run by `cargo xtask
//! train-entities`) and `examples/evaluate.rs`; nothing here runs when tagging. Gold (or silver) entities arrive as byte spans and are aligned
//! to reckon's own tokens by offset: a token belongs to an entity when it lies inside its span,
//! so a change of tokenizer needs only a retrain, not a relabel.

use std::collections::{BTreeMap, HashMap};

use reckon_text::{Segmented, Span};

use crate::Label;
use crate::features::{SentenceCtx, is_all_caps, sentence_infos};
use crate::gazetteer::Gazetteer;
use crate::hash::BuildIdentity;
use crate::model::{Masks, N_TAGS, Starts, decode, make_tag, write_model};
use crate::summary::{Scratch, TokenInfo};

/// BILOU tags of the tokens of `seg` for the entities `ents` (byte spans), clipped to sentences.
///
/// Returns the tags and the number of entities that no whole token of ours could carry (a name
/// inside a hyphenated compound such as `US-backed`).
pub fn align(seg: &Segmented, ents: &[(Span, Label)]) -> (Vec<u8>, usize) {
    let mut tags = vec![0u8; seg.tokens.len()];
    let mut lost = 0;
    let mut sent_of = vec![0u32; seg.tokens.len()];
    for (si, s) in seg.sentences.iter().enumerate() {
        for t in s.token_range() {
            sent_of[t] = si as u32;
        }
    }
    for &(span, label) in ents {
        let first = seg.tokens.partition_point(|t| t.span.end <= span.start);
        let mut toks = Vec::new();
        let mut i = first;
        while i < seg.tokens.len() && seg.tokens[i].span.start < span.end {
            if span.contains(seg.tokens[i].span) && tags[i] == 0 {
                toks.push(i);
            }
            i += 1;
        }
        if toks.is_empty() {
            lost += 1;
            continue;
        }
        // Keep the longest run inside the first sentence the entity touches.
        let s0 = sent_of[toks[0]];
        toks.retain(|&t| sent_of[t] == s0);
        let (a, b) = (toks[0], *toks.last().expect("non-empty"));
        if b - a + 1 != toks.len() {
            lost += 1;
            continue;
        }
        if a == b {
            tags[a] = make_tag(label, 3);
        } else {
            tags[a] = make_tag(label, 0);
            for t in &mut tags[a + 1..b] {
                *t = make_tag(label, 1);
            }
            tags[b] = make_tag(label, 2);
        }
    }
    (tags, lost)
}

/// What [`denoise`] changed in one document's silver labels.
#[derive(Debug, Clone, Copy, Default)]
pub struct DenoiseStats {
    /// PERSON mentions that lost a leading title (`Mrs May` -> `May`).
    pub titles_trimmed: usize,
    /// Mentions relabelled to their surface form's majority label in the document.
    pub majority: usize,
    /// Mentions equal to the surname of a longer PERSON of the document, relabelled PERSON.
    pub surnames: usize,
    /// Untagged capitalised occurrences of such a surname, added as PERSON.
    pub surnames_added: usize,
    /// PERSON mentions dropped because they end in a title (`Israeli Prime Minister`).
    pub titleless: usize,
    /// Untagged occurrences of a form tagged elsewhere in the document, added with its label.
    pub propagated: usize,
}

impl std::ops::AddAssign for DenoiseStats {
    fn add_assign(&mut self, o: DenoiseStats) {
        self.titles_trimmed += o.titles_trimmed;
        self.majority += o.majority;
        self.surnames += o.surnames;
        self.surnames_added += o.surnames_added;
        self.titleless += o.titleless;
        self.propagated += o.propagated;
    }
}

/// Makes silver labels (another tagger's output) more consistent before training, document by
/// document, following the conventions `recognize` and OntoNotes share:
/// 1. a PERSON loses leading titles (`data/titles.tsv`: `Mrs May` -> `May`, `President Trump`
///    -> `Trump`), as OntoNotes leaves titles outside names, and one ending in a title
///    (`Israeli Prime Minister`) is dropped;
/// 2. every mention of a surface form gets the form's majority label in the document (a tie keeps
///    each label);
/// 3. a single-token mention equal to the last word of a multi-word PERSON of the document is a
///    PERSON (`Trump` tagged ORG next to `Donald Trump`), and with `add_surnames` an untagged
///    occurrence of it between non-capitalised tokens is added as one (not for a surname that
///    is a title or also appears in lower case in the document);
/// 4. with `propagate`, an untagged occurrence of any capitalised form tagged in the document
///    (not inside a longer capitalised run; a one-word form only if it never appears in lower
///    case) is added with the form's label.
///
/// Spans are byte spans of `text`, returned sorted.
pub fn denoise(
    text: &str,
    seg: &Segmented,
    ents: &[(Span, Label)],
    add_surnames: bool,
    propagate: bool,
) -> (Vec<(Span, Label)>, DenoiseStats) {
    let lex = crate::builtin_lexicon();
    let mut scratch = Scratch::default();
    let lowers: Vec<u64> = seg
        .tokens
        .iter()
        .map(|&t| scratch.light(text, t).lower)
        .collect();
    let mut stats = DenoiseStats::default();
    let mut out: Vec<(Span, Label)> = Vec::with_capacity(ents.len());
    for &(span, label) in ents {
        let mut span = span;
        if label == Label::Person {
            // Token range of the span.
            let mut i = seg.tokens.partition_point(|t| t.span.end <= span.start);
            let end = seg.tokens.partition_point(|t| t.span.start < span.end);
            let mut trimmed = false;
            while i < end {
                match lex.title_in(end, i, |k| lowers[k]) {
                    Some((hit, _)) if i + hit.len < end => {
                        i += hit.len;
                        // A full stop after an abbreviated title (`Dr .`).
                        if i < end && seg.tokens[i].text(text) == "." {
                            i += 1;
                        }
                        trimmed = true;
                    }
                    _ => break,
                }
            }
            if trimmed && i < end {
                span.start = seg.tokens[i].span.start;
                stats.titles_trimmed += 1;
            }
            // A "person" ending in a title holds no name (`Israeli Prime Minister`).
            if end > i && lex.title_in(end, end - 1, |k| lowers[k]).is_some() {
                stats.titleless += 1;
                continue;
            }
        }
        out.push((span, label));
    }
    // Majority label per surface form.
    let mut votes: HashMap<&str, [u32; Label::ALL.len()]> = HashMap::new();
    for &(span, label) in &out {
        votes.entry(span.slice(text)).or_default()[label.index()] += 1;
    }
    for (span, label) in &mut out {
        let v = &votes[span.slice(text)];
        let best = (0..v.len())
            .max_by_key(|&k| (v[k], k == label.index()))
            .expect("labels");
        if v[best] > v[label.index()] {
            *label = Label::ALL[best];
            stats.majority += 1;
        }
    }
    // Surnames of multi-word PERSONs, unless the word also appears in lower case in the document
    // or is a title.
    let lower_words: std::collections::HashSet<&str> = seg
        .tokens
        .iter()
        .map(|t| t.text(text))
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect();
    let surnames: std::collections::HashSet<&str> = out
        .iter()
        .filter(|(_, l)| *l == Label::Person)
        .filter_map(|(span, _)| {
            let t = span.slice(text);
            let last = t.rsplit(' ').next()?;
            let title = lex
                .title_in(1, 0, |_| {
                    crate::hash::hash_bytes(last.to_lowercase().as_bytes())
                })
                .is_some();
            (t.contains(' ')
                && last.len() > 2
                && last.starts_with(|c: char| c.is_uppercase())
                && !title
                && !lower_words.contains(last.to_lowercase().as_str()))
            .then_some(last)
        })
        .collect();
    for (span, label) in &mut out {
        if *label != Label::Person && surnames.contains(span.slice(text)) {
            *label = Label::Person;
            stats.surnames += 1;
        }
    }
    if add_surnames {
        let mut covered = vec![false; seg.tokens.len()];
        for (span, _) in &out {
            let a = seg.tokens.partition_point(|t| t.span.end <= span.start);
            let b = seg.tokens.partition_point(|t| t.span.start < span.end);
            for c in &mut covered[a..b.max(a)] {
                *c = true;
            }
        }
        let capital = |k: usize| {
            seg.tokens
                .get(k)
                .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_uppercase()))
        };
        for (k, t) in seg.tokens.iter().enumerate() {
            if covered[k] || !surnames.contains(t.text(text)) {
                continue;
            }
            if capital(k + 1) || (k > 0 && capital(k - 1)) {
                continue;
            }
            out.push((t.span, Label::Person));
            covered[k] = true;
            stats.surnames_added += 1;
        }
        if propagate {
            // Every capitalised form the labels tagged in the article, by its token texts.
            let mut forms: HashMap<&str, Vec<(Vec<&str>, Label)>> = HashMap::new();
            for &(span, label) in &out {
                let a = seg.tokens.partition_point(|t| t.span.end <= span.start);
                let b = seg.tokens.partition_point(|t| t.span.start < span.end);
                if a >= b {
                    continue;
                }
                let words: Vec<&str> = seg.tokens[a..b].iter().map(|t| t.text(text)).collect();
                let first = words[0];
                if !first.starts_with(|c: char| c.is_uppercase())
                    || (words.len() == 1
                        && (first.len() < 3 || lower_words.contains(first.to_lowercase().as_str())))
                {
                    continue;
                }
                let v = forms.entry(first).or_default();
                if !v.iter().any(|(w, _)| *w == words) {
                    v.push((words, label));
                }
            }
            let n = seg.tokens.len();
            let mut k = 0;
            while k < n {
                let Some(cands) = forms.get(seg.tokens[k].text(text)) else {
                    k += 1;
                    continue;
                };
                let hit = cands.iter().find(|(w, _)| {
                    k + w.len() <= n
                        && !covered[k..k + w.len()].iter().any(|&c| c)
                        && w.iter()
                            .zip(&seg.tokens[k..k + w.len()])
                            .all(|(x, t)| *x == t.text(text))
                        && !capital(k + w.len())
                        && (k == 0 || !capital(k - 1))
                });
                match hit {
                    Some((w, label)) => {
                        let span = Span {
                            start: seg.tokens[k].span.start,
                            end: seg.tokens[k + w.len() - 1].span.end,
                        };
                        out.push((span, *label));
                        covered[k..k + w.len()].iter_mut().for_each(|c| *c = true);
                        stats.propagated += 1;
                        k += w.len();
                    }
                    None => k += 1,
                }
            }
        }
        out.sort_by_key(|(s, _)| (s.start, s.end));
    }
    (out, stats)
}

struct Example {
    infos: Vec<TokenInfo>,
    gold: Vec<u8>,
    ctx: SentenceCtx,
}

/// An averaged perceptron in training (integer weights, lazily updated running sums).
pub struct Trainer {
    gaz: Gazetteer,
    masks: Masks,
    rows: HashMap<u64, u32, BuildIdentity>,
    w: Vec<i32>,
    tot: Vec<i64>,
    ts: Vec<u32>,
    now: u32,
    examples: Vec<Example>,
    scratch: Scratch,
    /// How often each lower-case or punctuation token opens an entity (for the gate).
    openers: HashMap<u64, u32, BuildIdentity>,
    starts: Starts,
}

/// Counts from one epoch of training.
#[derive(Debug, Clone, Copy)]
pub struct EpochStats {
    /// Tokens seen.
    pub tokens: usize,
    /// Tokens whose predicted tag was wrong (before the update).
    pub errors: usize,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer::new()
    }
}

impl Trainer {
    /// An empty trainer using the built-in gazetteer.
    pub fn new() -> Trainer {
        Trainer {
            gaz: crate::builtin_gazetteer().clone(),
            masks: Masks::new(),
            rows: HashMap::default(),
            w: Vec::new(),
            tot: Vec::new(),
            ts: Vec::new(),
            now: 1,
            examples: Vec::new(),
            scratch: Scratch::default(),
            openers: HashMap::default(),
            starts: Starts::default(),
        }
    }

    /// Adds the sentences of one document with its entities (byte spans). When `upper_every` is
    /// `n > 0`, every n-th sentence is also added in capitals (so headlines in capitals are learnt).
    /// Returns the number of entities that could not be aligned to whole tokens.
    pub fn add_document(
        &mut self,
        text: &str,
        seg: &Segmented,
        ents: &[(Span, Label)],
        upper_every: usize,
    ) -> usize {
        let (tags, lost) = align(seg, ents);
        for (si, s) in seg.sentences.iter().enumerate() {
            let toks = &seg.tokens[s.token_range()];
            if toks.is_empty() {
                continue;
            }
            let gold = tags[s.token_range()].to_vec();
            let ctx = SentenceCtx {
                all_caps: is_all_caps(text, toks),
            };
            let mut infos = Vec::new();
            sentence_infos(
                &mut self.scratch,
                &self.gaz,
                text,
                toks,
                false,
                ctx.all_caps,
                &mut infos,
            );
            for (t, &g) in infos.iter().zip(&gold) {
                if t.lowerish && matches!(crate::model::split_tag(g), Some((_, 0 | 3))) {
                    *self.openers.entry(t.lower).or_default() += 1;
                }
            }
            if upper_every > 0 && (self.examples.len() + si) % upper_every == 0 && toks.len() > 2 {
                let mut up = Vec::new();
                sentence_infos(
                    &mut self.scratch,
                    &self.gaz,
                    text,
                    toks,
                    true,
                    true,
                    &mut up,
                );
                self.examples.push(Example {
                    infos: up,
                    gold: gold.clone(),
                    ctx: SentenceCtx { all_caps: true },
                });
            }
            self.examples.push(Example { infos, gold, ctx });
        }
        lost
    }

    /// Number of training sentences (augmented copies included).
    pub fn sentences(&self) -> usize {
        self.examples.len()
    }

    fn row(&mut self, f: u64) -> usize {
        let next = self.rows.len() as u32;
        let r = *self.rows.entry(f).or_insert(next) as usize;
        if r == next as usize {
            self.w.resize(self.w.len() + N_TAGS, 0);
            self.tot.resize(self.tot.len() + N_TAGS, 0);
            self.ts.resize(self.ts.len() + N_TAGS, 0);
        }
        r
    }

    fn bump(&mut self, row: usize, class: u8, delta: i32) {
        let i = row * N_TAGS + class as usize;
        self.tot[i] += (self.now - self.ts[i]) as i64 * self.w[i] as i64;
        self.ts[i] = self.now;
        self.w[i] += delta;
    }

    /// One pass over the training sentences in a shuffled order (`seed` fixes the order).
    pub fn epoch(&mut self, seed: u64) -> EpochStats {
        self.starts = self
            .openers
            .iter()
            .filter(|&(_, &c)| c >= 3)
            .map(|(&h, _)| h)
            .collect();
        let mut order: Vec<usize> = (0..self.examples.len()).collect();
        let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut stats = EpochStats {
            tokens: 0,
            errors: 0,
        };
        let mut feats = Vec::new();
        let mut all_feats: Vec<u64> = Vec::new();
        let mut offsets: Vec<usize> = Vec::new();
        let mut scored: Vec<usize> = Vec::new();
        let mut pred = Vec::new();
        let examples = std::mem::take(&mut self.examples);
        for &e in &order {
            let ex = &examples[e];
            // Decode with the current weights, remembering each position's features.
            all_feats.clear();
            offsets.clear();
            scored.clear();
            {
                let (rows, w) = (&self.rows, &self.w);
                decode(
                    &ex.infos,
                    ex.ctx,
                    &self.masks,
                    &self.starts,
                    &mut feats,
                    |i, fs, scores: &mut [i64; 64]| {
                        scored.push(i);
                        offsets.push(all_feats.len());
                        all_feats.extend_from_slice(fs);
                        for f in fs {
                            if let Some(&r) = rows.get(f) {
                                let row = &w[r as usize * N_TAGS..(r as usize + 1) * N_TAGS];
                                for (s, &x) in scores[1..].iter_mut().zip(row) {
                                    *s += x as i64;
                                }
                            }
                        }
                    },
                    &mut pred,
                );
            }
            offsets.push(all_feats.len());
            stats.tokens += pred.len();
            stats.errors += (0..pred.len()).filter(|&i| ex.gold[i] != pred[i]).count();
            self.now += pred.len() as u32 - scored.len() as u32;
            for (k, &i) in scored.iter().enumerate() {
                let (g, p) = (ex.gold[i], pred[i]);
                if g != p {
                    for &f in &all_feats[offsets[k]..offsets[k + 1]] {
                        let r = self.row(f);
                        self.bump(r, g, 1);
                        self.bump(r, p, -1);
                    }
                }
                self.now += 1;
            }
        }
        self.examples = examples;
        stats
    }

    /// Averages, prunes averaged weights below `prune` in absolute value, quantises to `i16`
    /// and returns the model file.
    pub fn finish(&self, prune: f64) -> Vec<u8> {
        Trainer::finish_ensemble(std::slice::from_ref(self), prune)
    }

    /// The averaged weight of slot `i` (row times [`N_TAGS`] plus tag).
    fn averaged(&self, i: usize) -> f64 {
        let now = self.now as i64;
        (self.tot[i] + (now - self.ts[i] as i64) * self.w[i] as i64) as f64 / now as f64
    }

    /// Like [`Trainer::finish`] for several trainers of the same data (other shuffling seeds):
    /// the model's weights are the mean of their averaged weights, which moves less from one
    /// seed to the next than any single model. The gate's openers are the union of theirs.
    pub fn finish_ensemble(trainers: &[Trainer], prune: f64) -> Vec<u8> {
        let k = trainers.len().max(1) as f64;
        let mut keys: Vec<u64> = trainers
            .iter()
            .flat_map(|t| t.rows.keys().copied())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let mean = |key: u64, c: usize| -> f64 {
            trainers
                .iter()
                .filter_map(|t| {
                    t.rows
                        .get(&key)
                        .map(|&r| t.averaged(r as usize * N_TAGS + c))
                })
                .sum::<f64>()
                / k
        };
        let mut max = 0f64;
        for &key in &keys {
            for c in 0..N_TAGS {
                max = max.max(mean(key, c).abs());
            }
        }
        let scale = (max / 32000.0).max(1e-9);
        let mut rows: Vec<(u64, Vec<(u8, i16)>)> = Vec::new();
        for &key in &keys {
            let mut ws = Vec::new();
            for c in 0..N_TAGS {
                let a = mean(key, c);
                if a.abs() >= prune {
                    let q = (a / scale).round() as i16;
                    if q != 0 {
                        ws.push((c as u8, q));
                    }
                }
            }
            if !ws.is_empty() {
                rows.push((key, ws));
            }
        }
        let mut starts: Vec<u64> = trainers
            .iter()
            .flat_map(|t| t.starts.iter().copied())
            .collect();
        starts.sort_unstable();
        starts.dedup();
        write_model(scale as f32, &rows, &starts)
    }
}

/// Exact-span agreement counts per label: true positives, false positives, false negatives.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Per label: (tp, fp, fn).
    pub per_label: BTreeMap<Label, (u64, u64, u64)>,
}

impl Scores {
    /// Adds one document: `pred` scored against `gold` (exact span and label).
    pub fn add(&mut self, gold: &[(Span, Label)], pred: &[(Span, Label)]) {
        let g: std::collections::HashSet<_> = gold.iter().copied().collect();
        let p: std::collections::HashSet<_> = pred.iter().copied().collect();
        for x in &p {
            let e = self.per_label.entry(x.1).or_default();
            if g.contains(x) { e.0 += 1 } else { e.1 += 1 }
        }
        for x in g.difference(&p) {
            self.per_label.entry(x.1).or_default().2 += 1;
        }
    }

    /// Precision, recall, F1 from (tp, fp, fn).
    pub fn prf((tp, fp, fn_): (u64, u64, u64)) -> (f64, f64, f64) {
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// Micro-averaged counts over all labels.
    pub fn total(&self) -> (u64, u64, u64) {
        self.per_label
            .values()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    }

    /// A Markdown table: label, support, P, R, F1, and the micro average.
    pub fn table(&self) -> String {
        let mut s = String::from("| label | gold | P | R | F1 |\n|---|---:|---:|---:|---:|\n");
        for (l, &c) in &self.per_label {
            let (p, r, f) = Scores::prf(c);
            s += &format!(
                "| {} | {} | {:.3} | {:.3} | {:.3} |\n",
                l.as_str(),
                c.0 + c.2,
                p,
                r,
                f
            );
        }
        let t = self.total();
        let (p, r, f) = Scores::prf(t);
        s += &format!(
            "| **all** | {} | {:.3} | {:.3} | {:.3} |\n",
            t.0 + t.2,
            p,
            r,
            f
        );
        s
    }
}
