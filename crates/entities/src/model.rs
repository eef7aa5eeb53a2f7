//! BILOU tags, the compact weight table and greedy constrained decoding.
//!
//! Tag `0` is `O`; tag `1 + 4 * label + p` is `B`, `I`, `L` or `U` (p = 0..3) of a label in
//! [`Label::ALL`] order. Decoding is greedy left to right inside one sentence, and only tags that
//! keep the BILOU sequence well formed are allowed (an entity opened with `B` must close with `L`
//! before the sentence ends), so no entity crosses a sentence boundary.
//!
//! Model file (`data/model.bin`, little endian): magic `RKNER002`, `u32` classes, `u32` features,
//! `f32` scale, then per feature a `u64` hash, a `u8` count and `count` pairs of (`u8` class,
//! `i16` weight); then a `u32` count and that many `u64` hashes of the gate's entity openers (see
//! [`Starts`]). Weights are the averaged perceptron weights divided by `scale`, pruned near zero.

use std::borrow::Cow;

use zerocopy::FromBytes;

#[cfg(any(test, feature = "train"))]
use crate::features::features;
use crate::features::{
    MAX_FEATURES, OwnKey, RunKey, SentenceCtx, SideKey, dynamic_features, next_features,
    own_features, p0_features, pair_features, prev_features, rest_features, run_features,
    static_features,
};
use crate::hash::BuildIdentity;
use crate::summary::TokenInfo;
use crate::weights::{
    ALIGN, BLOOM_WORDS, DENSE, DENSE_WIDTH, Layout, OVERFLOW, Parts, Slot, bloom_bits, fingerprint,
};
use crate::{Error, Label};

/// Number of tags: `O` plus B/I/L/U for each label.
pub(crate) const N_TAGS: usize = 1 + 4 * Label::ALL.len();

/// The label of a tag, and its position (0 B, 1 I, 2 L, 3 U).
#[inline]
pub(crate) fn split_tag(tag: u8) -> Option<(Label, u8)> {
    if tag == 0 {
        None
    } else {
        let t = tag - 1;
        Some((Label::ALL[(t / 4) as usize], t % 4))
    }
}

/// The tag for `label` at position `pos` (0 B, 1 I, 2 L, 3 U).
#[cfg(any(test, feature = "train"))]
#[inline]
pub(crate) fn make_tag(label: Label, pos: u8) -> u8 {
    1 + 4 * label.index() as u8 + pos
}

/// True if `cur` may follow `prev`; `last` says `cur` is the last token of the sentence.
#[inline]
pub(crate) fn allowed(prev: u8, cur: u8, last: bool) -> bool {
    let inside = matches!(split_tag(prev), Some((_, 0 | 1)));
    match (split_tag(prev), split_tag(cur)) {
        (Some((pl, _)), Some((cl, cp))) if inside => pl == cl && (cp == 2 || (cp == 1 && !last)),
        (_, _) if inside => false,
        (_, None) => true,
        (_, Some((_, cp))) => cp == 3 || (cp == 0 && !last),
    }
}

/// Lowercased-token hashes of lower-case words and punctuation that open entities in training
/// often enough to be scored; every other such token outside an entity is tagged `O` unscored.
pub(crate) type Starts = std::collections::HashSet<u64, BuildIdentity>;

/// Scores of the tags during decoding: tag `t` at index `t + 1`; cell 0 and cells past
/// `N_TAGS + 1` absorb empty entries, so adding needs no branch or bounds check. The sums fit
/// in 32 bits: at most [`MAX_FEATURES`] features of at most 255 weights of 16 bits each.
pub(crate) type TagScores = [i32; 64];

/// Transition masks, `[last][prev]` -> bit set of allowed current tags.
pub(crate) struct Masks([[u64; N_TAGS]; 2]);

impl Masks {
    pub(crate) fn new() -> Masks {
        let mut m = [[0u64; N_TAGS]; 2];
        for (last, row) in m.iter_mut().enumerate() {
            for (prev, bits) in row.iter_mut().enumerate() {
                for cur in 0..N_TAGS {
                    // LANGUAGE names are one word (`Arabic`); the training labels never have
                    // a longer one, and allowing B/I/L of it only produced errors
                    // (`Queen Elizabeth` LANGUAGE).
                    let long_language =
                        matches!(split_tag(cur as u8), Some((Label::Language, 0..=2)));
                    if allowed(prev as u8, cur as u8, last == 1) && !long_language {
                        *bits |= 1 << cur;
                    }
                }
            }
        }
        Masks(m)
    }
}

/// The gate: outside an entity, a token that does not start with a capital and is not a known
/// entity opener (`the`, `al`...) is `O` without scoring (most tokens of news text). True if
/// position `i` is such a token (the decoder still scores it inside an entity).
#[inline]
fn gated(infos: &[TokenInfo], i: usize, ctx: SentenceCtx, starts: &Starts) -> bool {
    let t = &infos[i];
    t.lowerish
        && !ctx.all_caps
        // An opener followed by a lower-case word (`the government`) opens nothing either.
        && (infos.get(i + 1).is_some_and(|n| n.lower_initial) || !starts.contains(&t.lower))
}

/// True if the tag `prev` leaves no entity open (the gate applies after it).
#[inline]
fn outside(prev: u8) -> bool {
    split_tag(prev).is_none_or(|(_, p)| p >= 2)
}

/// The best tag that `mask` allows (the first of equal scores); `scores` holds tag `t` at
/// `t + 1`. Only the allowed tags are visited (about half of them outside an entity, two
/// inside one).
#[inline]
fn best_allowed<T: Copy + Ord>(scores: &[T; 64], mask: u64) -> u8 {
    let mut m = mask & ((1u64 << N_TAGS) - 1);
    if m == 0 {
        return 0;
    }
    let mut best = m.trailing_zeros() as u8;
    let mut best_score = scores[best as usize + 1];
    m &= m - 1;
    while m != 0 {
        let t = m.trailing_zeros() as usize;
        if scores[t + 1] > best_score {
            best_score = scores[t + 1];
            best = t as u8;
        }
        m &= m - 1;
    }
    best
}

/// Greedy constrained decoding of one sentence with any scorer; `score` adds the weights of the
/// given features into the score array (training; tagging uses [`Model::decode`]).
#[cfg(any(test, feature = "train"))]
pub(crate) fn decode<T: Copy + Ord + Default, S: FnMut(usize, &[u64], &mut [T; 64])>(
    infos: &[TokenInfo],
    ctx: SentenceCtx,
    masks: &Masks,
    starts: &Starts,
    feats: &mut Vec<u64>,
    mut score: S,
    out: &mut Vec<u8>,
) {
    out.clear();
    let n = infos.len();
    let (mut prev, mut prev2) = (0u8, 0u8);
    for i in 0..n {
        if outside(prev) && gated(infos, i, ctx, starts) {
            out.push(0);
            prev2 = prev;
            prev = 0;
            continue;
        }
        features(infos, i, prev, prev2, ctx, feats);
        let mut scores = [T::default(); 64];
        score(i, feats, &mut scores);
        let best = best_allowed(&scores, masks.0[(i + 1 == n) as usize][prev as usize]);
        out.push(best);
        prev2 = prev;
        prev = best;
    }
}

/// Buffers of [`Model::decode`], reused from sentence to sentence.
#[derive(Default)]
pub(crate) struct DecodeBuf {
    /// Per position: gated (see [`gated`]).
    gate: Vec<bool>,
    /// Per position: index into `scores` of its static scores, or `u32::MAX`.
    slot: Vec<u32>,
    scores: Vec<TagScores>,
    /// Per position: its shape and affixes are filled in.
    filled: Vec<bool>,
}

/// Entities of a decoded tag sequence as (first token, end token, label), token indices relative
/// to the sentence.
pub(crate) fn spans_of(tags: &[u8]) -> impl Iterator<Item = (usize, usize, Label)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tags.len() {
            let start = i;
            i += 1;
            match split_tag(tags[start]) {
                Some((l, 3)) => return Some((start, start + 1, l)),
                Some((l, 0)) => {
                    while i < tags.len() && matches!(split_tag(tags[i]), Some((m, 1)) if m == l) {
                        i += 1;
                    }
                    if i < tags.len() && matches!(split_tag(tags[i]), Some((m, 2)) if m == l) {
                        i += 1;
                        return Some((start, i, l));
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// Summed weights of some features: the cells of [`TagScores`] that weights land in.
type Row = [i32; DENSE_WIDTH];

/// Adds a row into scores.
#[inline(always)]
fn add_row(scores: &mut TagScores, row: &Row) {
    for (a, &w) in scores.iter_mut().zip(row) {
        *a += w;
    }
}

/// The scores of four rows added together (the cells past the rows are 0).
#[inline(always)]
fn sum_rows(a: &Row, b: &Row, c: &Row, d: &Row) -> TagScores {
    let mut s = [0; 64];
    for ((((o, &a), &b), &c), &d) in s.iter_mut().zip(a).zip(b).zip(c).zip(d) {
        *o = a + b + c + d;
    }
    s
}

/// Adds a row into another.
#[inline(always)]
fn add_row_into(acc: &mut Row, row: &Row) {
    for (a, &w) in acc.iter_mut().zip(row) {
        *a += w;
    }
}

#[inline(always)]
fn add_packed(e: u32, scores: &mut TagScores) {
    // Branch-free: an empty entry (class byte 0) adds to the unused cell 0.
    scores[(e & 63) as usize] += (e >> 8) as u16 as i16 as i32;
}

/// The tagger's weights: an open-addressing table from feature hash to its weights.
///
/// The embedded model's lists are borrowed from the table `build.rs` laid out (no copy at
/// start-up, and the pages the tagger never reads are never loaded); a model file read at run
/// time owns its lists.
pub(crate) struct Model {
    slots: Cow<'static, [Slot]>,
    mask: usize,
    spill: Cow<'static, [u32]>,
    /// Dense rows (weight of tag `t` at `t`) of the features with [`crate::weights::DENSE_MIN`]
    /// weights or more.
    dense: Cow<'static, [Row]>,
    /// A Bloom filter of the features in the table ([`BLOOM_WORDS`] words, two bits in one word
    /// per feature, 128 KB, which stays in cache where the 2 MB table does not): most features
    /// of a token are not in the model (pruned bigrams, unseen words), and the filter answers
    /// that for ~97% of them without reading the table.
    bloom: Cow<'static, [u64]>,
    pub(crate) n_features: usize,
    pub(crate) starts: Starts,
    /// Tells models apart in the per-thread [`Caches`].
    serial: u64,
    /// The rows of [`prev_features`] at a sentence's start and [`next_features`] at its end.
    pad_prev: Row,
    pad_next: Row,
    /// Per tag `t`: the row of [`pair_features`]`(t)`.
    pair0: Vec<Row>,
}

/// Models made so far (each gets the next number as its serial).
static SERIALS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Entries of the `own` table of the [`Caches`] (a power of two).
const CACHE_SLOTS: usize = 4096;

/// Entries of the `prev`, `next` and `run` tables of the [`Caches`] (a power of two).
const SIDE_SLOTS: usize = 2048;

/// A direct-mapped table of rows by key; an entry holds its whole key, so a hit is exact and the
/// scores are the same integer sums as without it.
type Table<K> = Vec<(Option<K>, Row)>;

/// The summed weights of the features of recently scored tokens that read one token only, per
/// thread: most tokens the tagger scores are capitalised words that recur across articles
/// (`The`, `He`, `Trump`), and so are their neighbours (`said`, `in`), so one lookup here
/// replaces up to fifteen in the model's table. `own`: [`own_features`] by [`OwnKey`]; `prev`
/// and `next`: [`prev_features`] and [`next_features`] of a neighbour by its [`SideKey`];
/// `run`: [`run_features`] by [`RunKey`].
struct Caches {
    model: u64,
    own: Table<OwnKey>,
    prev: Table<SideKey>,
    next: Table<SideKey>,
    run: Table<RunKey>,
}

/// The row of `key` in `table`, filled with `fill` unless the entry holds that key.
#[inline(always)]
fn cached<K: Copy + Eq>(
    table: &mut [(Option<K>, Row)],
    key: K,
    slot: u64,
    fill: impl FnOnce() -> Row,
) -> &Row {
    // The tables' lengths are powers of two.
    let entry = &mut table[slot as usize & (table.len() - 1)];
    if entry.0 != Some(key) {
        entry.0 = Some(key);
        entry.1 = fill();
    }
    &entry.1
}

thread_local! {
    static CACHES: std::cell::RefCell<Caches> = const {
        std::cell::RefCell::new(Caches {
            model: u64::MAX,
            own: Vec::new(),
            prev: Vec::new(),
            next: Vec::new(),
            run: Vec::new(),
        })
    };
}

impl Model {
    /// Reads a model file.
    pub(crate) fn from_bytes(b: &[u8]) -> Result<Model, Error> {
        Layout::parse(b, N_TAGS)
            .map(Model::from_layout)
            .map_err(Error::Model)
    }

    /// The embedded model, laid out at compile time by `build.rs` from `data/model.bin`, its
    /// lists borrowed from those bytes.
    pub(crate) fn embedded() -> Model {
        /// Bytes aligned as [`Layout::to_bytes`] needs them for its lists to be read in place.
        #[repr(C, align(64))]
        struct Aligned<B: ?Sized>(B);
        const _: () = assert!(std::mem::align_of::<Aligned<[u8; 1]>>() == ALIGN);
        static LAID_OUT: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
            env!("OUT_DIR"),
            "/model_layout.bin"
        )));
        if cfg!(target_endian = "big") {
            // The bytes are little endian: read each number into owned lists.
            let l = Layout::from_bytes(&LAID_OUT.0).expect("build.rs lays out the model");
            assert_eq!(
                l.n_tags, N_TAGS,
                "the embedded model's tags are this build's"
            );
            return Model::from_layout(l);
        }
        let p = Parts::split(&LAID_OUT.0).expect("build.rs lays out the model");
        assert_eq!(
            p.n_tags, N_TAGS,
            "the embedded model's tags are this build's"
        );
        let read = "build.rs lays out aligned lists";
        Model::from_lists(
            Cow::Borrowed(<[Slot]>::ref_from_bytes(p.slots).expect(read)),
            Cow::Borrowed(<[u32]>::ref_from_bytes(p.spill).expect(read)),
            Cow::Borrowed(<[Row]>::ref_from_bytes(p.dense).expect(read)),
            Cow::Borrowed(<[u64]>::ref_from_bytes(p.bloom).expect(read)),
            p.n_features,
            <[u64]>::ref_from_bytes(p.starts).expect(read).to_vec(),
        )
    }

    fn from_layout(l: Layout) -> Model {
        Model::from_lists(
            Cow::Owned(l.slots),
            Cow::Owned(l.spill),
            Cow::Owned(l.dense.into_iter().map(|r| r.0).collect()),
            Cow::Owned(l.bloom),
            l.n_features,
            l.starts,
        )
    }

    fn from_lists(
        slots: Cow<'static, [Slot]>,
        spill: Cow<'static, [u32]>,
        dense: Cow<'static, [Row]>,
        bloom: Cow<'static, [u64]>,
        n_features: usize,
        starts: Vec<u64>,
    ) -> Model {
        assert!(slots.len().is_power_of_two() && bloom.len() == BLOOM_WORDS);
        let mut m = Model {
            mask: slots.len() - 1,
            slots,
            spill,
            dense,
            bloom,
            n_features,
            starts: starts.into_iter().collect(),
            serial: SERIALS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            pad_prev: [0; DENSE_WIDTH],
            pad_next: [0; DENSE_WIDTH],
            pair0: Vec::new(),
        };
        m.pad_prev = m.row(&prev_features(None));
        m.pad_next = m.row(&next_features(None));
        m.pair0 = (0..N_TAGS as u8)
            .map(|t| m.row(&pair_features(t)))
            .collect();
        m
    }

    /// The summed weights of `feats`.
    fn row<const N: usize>(&self, feats: &[u64; N]) -> Row {
        self.tables().row(feats)
    }

    /// Adds the weights of `feats` into `scores`.
    #[cfg(test)]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut TagScores) {
        // One feature at a time: the sums are the same in any order.
        for &f in feats {
            self.tables().score(&[f], scores);
        }
    }

    /// The model's lists as plain slices, borrowed once for a sentence's lookups.
    #[inline(always)]
    fn tables(&self) -> Tables<'_> {
        Tables {
            slots: &self.slots,
            spill: &self.spill,
            dense: &self.dense,
            bloom: self.bloom[..].try_into().expect("BLOOM_WORDS words"),
            mask: self.mask,
        }
    }
}

/// A [`Model`]'s lists, borrowed (what a lookup reads, whoever owns them).
#[derive(Clone, Copy)]
struct Tables<'a> {
    slots: &'a [Slot],
    spill: &'a [u32],
    dense: &'a [Row],
    bloom: &'a [u64; BLOOM_WORDS],
    mask: usize,
}

impl Tables<'_> {
    /// The summed weights of `feats`.
    fn row<const N: usize>(&self, feats: &[u64; N]) -> Row {
        let mut s: TagScores = [0; 64];
        self.score(feats, &mut s);
        // Weights land in the cells of the tags (and cell 0): the row holds them all.
        debug_assert!(s[DENSE_WIDTH..].iter().all(|&x| x == 0));
        s[..DENSE_WIDTH].try_into().expect("a row's width")
    }

    /// Adds the weights of `feats` into `scores`.
    ///
    /// The table is larger than the L2 cache, so most of the time goes into waiting for slots. The
    /// lookups are done in passes so that the loads of one pass do not depend on each other and
    /// the CPU overlaps their cache misses: first the filter picks the features that may be in
    /// the table, then their home slots are read, then the probes are resolved and the weights
    /// added (dense rows into one accumulator, added once at the end).
    ///
    /// `feats` is an array (each template family has a fixed number), so the passes' buffers are
    /// as long as it: a slice of up to [`MAX_FEATURES`] needed two 48-entry buffers zeroed per
    /// call (a `memset` call for 10 features).
    #[inline(always)]
    fn score<const N: usize>(&self, feats: &[u64; N], scores: &mut TagScores) {
        const { assert!(N <= MAX_FEATURES, "the sums fit in 32 bits") };
        let Tables {
            slots,
            spill,
            dense: dense_rows,
            bloom,
            mask,
        } = *self;
        // A feature the filter rules out is not in the table.
        let mut maybe = [0u64; N];
        let mut n = 0;
        for &f in feats {
            let (w, bits) = bloom_bits(f);
            maybe[n] = f;
            n += usize::from(bloom[w] & bits == bits);
        }
        let maybe = &maybe[..n];
        let mut home = [0u32; N];
        for (h, &f) in home.iter_mut().zip(maybe) {
            *h = slots[f as usize & mask][0];
        }
        let mut acc: Row = [0; DENSE_WIDTH];
        let mut dense = false;
        for (&f, &h) in maybe.iter().zip(&home) {
            if h == 0 {
                continue;
            }
            let fp = fingerprint(f);
            let mut s = f as usize & mask;
            loop {
                let slot = &slots[s];
                if slot[0] == fp {
                    if slot[1] == DENSE {
                        add_row_into(&mut acc, &dense_rows[slot[2] as usize]);
                        dense = true;
                    } else if slot[1] == OVERFLOW {
                        let (start, count) = (slot[2] as usize, slot[3] as usize);
                        for &e in &spill[start..start + count] {
                            add_packed(e, scores);
                        }
                    } else {
                        add_packed(slot[1], scores);
                        add_packed(slot[2], scores);
                        add_packed(slot[3], scores);
                    }
                    break;
                }
                if slot[0] == 0 {
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        if dense {
            add_row(scores, &acc);
        }
    }
}

impl Model {
    /// Greedy constrained decoding of one sentence with this model's weights: the same tags as
    /// [`decode`] with `|_, f, s| model.score(f, s)` (the scores are the same integer sums),
    /// faster. Scoring waits mostly on table slots out of cache; in [`decode`] each token's
    /// lookups wait for the previous token's tag. Here the features that do not read the
    /// previous tags ([`static_features`], 36 of 41) are first scored for every token the gate
    /// cannot skip, one token after another with no dependency between them, so their cache
    /// misses overlap; the greedy pass then adds the [`dynamic_features`] of each token. The
    /// batch reads most of them from the per-thread [`Caches`] and also adds the dynamic features
    /// as they are after an `O` (`p0`); the greedy pass takes those out again only after
    /// another tag.
    ///
    /// `affixes(i, info)` fills in the shape and affix hashes of position `i` (summaries from
    /// [`crate::features::sentence_infos_light`] leave them out): called once for each token
    /// that is scored and each neighbour of one, before its features are read.
    pub(crate) fn decode(
        &self,
        infos: &mut [TokenInfo],
        ctx: SentenceCtx,
        masks: &Masks,
        buf: &mut DecodeBuf,
        out: &mut Vec<u8>,
        mut affixes: impl FnMut(usize, &mut TokenInfo),
    ) {
        out.clear();
        let tables = self.tables();
        let n = infos.len();
        let DecodeBuf {
            gate,
            slot,
            scores,
            filled,
        } = buf;
        gate.clear();
        slot.clear();
        scores.clear();
        filled.clear();
        filled.resize(n, false);
        // The features of position `i` read the shape and affixes of `i - 1..=i + 1`.
        let mut fill = |infos: &mut [TokenInfo], i: usize| {
            for k in i.saturating_sub(1)..(i + 2).min(n) {
                if !filled[k] {
                    filled[k] = true;
                    affixes(k, &mut infos[k]);
                }
            }
        };
        for i in 0..n {
            let g = gated(infos, i, ctx, &self.starts);
            gate.push(g);
            if !g {
                fill(infos, i);
            }
        }
        CACHES.with_borrow_mut(|c| {
            if c.model != self.serial {
                c.model = self.serial;
                for t in [&mut c.prev, &mut c.next] {
                    t.clear();
                    t.resize(SIDE_SLOTS, (None, [0; DENSE_WIDTH]));
                }
                c.own.clear();
                c.own.resize(CACHE_SLOTS, (None, [0; DENSE_WIDTH]));
                c.run.clear();
                c.run.resize(SIDE_SLOTS, (None, [0; DENSE_WIDTH]));
            }
            for (i, &g) in gate.iter().enumerate() {
                if g {
                    slot.push(u32::MAX);
                    continue;
                }
                slot.push(scores.len() as u32);
                let t = &infos[i];
                let key = OwnKey::new(t, i == 0, ctx);
                let own = cached(&mut c.own, key, key.slot(), || {
                    tables.row(&own_features(t, i == 0, ctx))
                });
                let key = RunKey::new(t);
                let run = cached(&mut c.run, key, key.slot(), || tables.row(&run_features(t)));
                let prev = match i.checked_sub(1).map(|k| &infos[k]) {
                    Some(p) => {
                        let key = SideKey::new(p);
                        cached(&mut c.prev, key, key.slot(), || {
                            tables.row(&prev_features(Some(p)))
                        })
                    }
                    None => &self.pad_prev,
                };
                let next = match infos.get(i + 1) {
                    Some(x) => {
                        let key = SideKey::new(x);
                        cached(&mut c.next, key, key.slot(), || {
                            tables.row(&next_features(Some(x)))
                        })
                    }
                    None => &self.pad_next,
                };
                // The four rows summed in one pass and written once (was: a zeroed array, then
                // four passes adding a row each); the same integer sums.
                scores.push(sum_rows(own, run, prev, next));
                let last = scores.len() - 1;
                tables.score(&rest_features(infos, i), &mut scores[last]);
            }
        });
        let (mut prev, mut prev2) = (0u8, 0u8);
        for i in 0..n {
            if gate[i] && outside(prev) {
                out.push(0);
                prev2 = prev;
                prev = 0;
                continue;
            }
            let mut own: TagScores;
            let s: &mut TagScores = if let Some(batch) = scores.get_mut(slot[i] as usize) {
                // The batch added the dynamic features as they are after an `O` (`p0`); each
                // position is read once, so its scores are completed in place (not copied).
                if prev == 0 {
                    add_row(batch, &self.pair0[prev2 as usize]);
                } else {
                    let mut p0 = [0; 64];
                    tables.score(&p0_features(infos, i), &mut p0);
                    for (a, &w) in batch.iter_mut().zip(&p0) {
                        *a -= w;
                    }
                    tables.score(&dynamic_features(infos, i, prev, prev2), batch);
                }
                batch
            } else {
                // A gated token inside an entity: scored after all.
                fill(infos, i);
                own = [0; 64];
                tables.score(&static_features(infos, i, ctx), &mut own);
                tables.score(&dynamic_features(infos, i, prev, prev2), &mut own);
                &mut own
            };
            let best = best_allowed(s, masks.0[(i + 1 == n) as usize][prev as usize]);
            out.push(best);
            prev2 = prev;
            prev = best;
        }
    }
}

/// Serialises quantised weights in the model file format (training only).
#[cfg(feature = "train")]
pub(crate) fn write_model(scale: f32, rows: &[(u64, Vec<(u8, i16)>)], starts: &[u64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(20 + rows.len() * 20);
    out.extend_from_slice(crate::weights::MAGIC);
    out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    for (key, ws) in rows {
        out.extend_from_slice(&key.to_le_bytes());
        out.push(ws.len() as u8);
        for &(c, w) in ws {
            out.push(c);
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out.extend_from_slice(&(starts.len() as u32).to_le_bytes());
    for h in starts {
        out.extend_from_slice(&h.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod score_tests {
    use super::*;

    /// A model file with the given rows and no gate openers.
    fn model_file(rows: &[(u64, Vec<(u8, i16)>)]) -> Vec<u8> {
        let mut b = crate::weights::MAGIC.to_vec();
        b.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        b.extend_from_slice(&1f32.to_le_bytes());
        for (key, ws) in rows {
            b.extend_from_slice(&key.to_le_bytes());
            b.push(ws.len() as u8);
            for &(c, w) in ws {
                b.push(c);
                b.extend_from_slice(&w.to_le_bytes());
            }
        }
        b.extend_from_slice(&0u32.to_le_bytes());
        b
    }

    #[test]
    fn the_layout_made_at_compile_time_is_the_model_files() {
        let laid_out = include_bytes!(concat!(env!("OUT_DIR"), "/model_layout.bin"));
        let built = Layout::from_bytes(laid_out).expect("build.rs lays out the model");
        let parsed =
            Layout::parse(include_bytes!("../data/model.bin"), N_TAGS).expect("well-formed");
        assert!(
            built == parsed,
            "build.rs wrote another table than the model file gives"
        );
        assert_eq!(built.to_bytes(), laid_out);
    }

    #[test]
    fn dense_spilled_and_inline_rows_add_the_same_weights() {
        // One feature of each storage: inline (2 weights), spilled (8), dense (all 45 tags,
        // extreme weights), plus a key that is absent.
        let inline = vec![(0, 7), (44, -3)];
        let spilled: Vec<(u8, i16)> = (0..8).map(|c| (c * 5, 100 - 30 * c as i16)).collect();
        let dense: Vec<(u8, i16)> = (0..N_TAGS as u8)
            .map(|c| (c, if c % 2 == 0 { i16::MAX } else { i16::MIN }))
            .collect();
        let rows = vec![
            (0x1111_0000_0000_0001, inline.clone()),
            (0x2222_0000_0000_0003, spilled.clone()),
            (0x3333_0000_0000_0005, dense.clone()),
        ];
        let m = Model::from_bytes(&model_file(&rows)).expect("well-formed");
        assert_eq!(m.dense.len(), 1, "the 45-weight row is dense");
        let feats = [
            0x3333_0000_0000_0005,
            0x1111_0000_0000_0001,
            0x9999_0000_0000_0007,
            0x2222_0000_0000_0003,
            0x3333_0000_0000_0005,
        ];
        let mut got: TagScores = [0; 64];
        m.score(&feats, &mut got);
        let mut want: TagScores = [0; 64];
        for ws in [&dense, &inline, &spilled, &dense] {
            for &(c, w) in ws {
                want[c as usize + 1] += w as i32;
            }
        }
        assert_eq!(got[1..=N_TAGS], want[1..=N_TAGS]);
    }
}
