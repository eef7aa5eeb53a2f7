//! The tagger's weight table laid out from a model file, and that layout as bytes.
//!
//! Shared by the model ([`crate::model::Model`]) and `build.rs` (included there with `#[path]`,
//! so this file uses nothing of the crate): `build.rs` lays out the embedded `data/model.bin`
//! once at compile time and writes the result with [`Layout::to_bytes`]; at start-up the
//! recogniser borrows its lists in place ([`Parts::split`], then `zerocopy` casts in
//! `Model::embedded`; [`Layout::from_bytes`] copies them on a big-endian target), where laying
//! out 90 k features (hashing each into the open-addressing table) cost 22 M instructions a
//! process (issue 17, speed). A model file given at run time is laid out by [`Layout::parse`],
//! the same code, so both give the same table.

/// Words of the Bloom filter (a power of two).
pub(crate) const BLOOM_WORDS: usize = 1 << 14;

/// `e0` of a slot whose weights spill: `e1` = start and `e2` = count in the spill list.
pub(crate) const OVERFLOW: u32 = 0xFF;

/// `e0` of a feature whose weights are a dense row: `e1` is its index in the dense rows.
pub(crate) const DENSE: u32 = 0xFE;

/// A feature with at least this many weights (the bias, frequent shapes and gazetteer tags:
/// about one in eighty features, read for nearly every token) keeps them as a dense row, added
/// with vector instructions instead of one scattered addition per weight.
pub(crate) const DENSE_MIN: usize = 16;

/// Width of a dense row: the score cells of the tags (cell 0 unused), padded to a multiple
/// of 16.
pub(crate) const DENSE_WIDTH: usize = 48;

/// One table slot, 16 bytes: `[fingerprint, e0, e1, e2]`. A fingerprint of 0 is an empty slot.
/// Up to three weights sit inline, each packed as `(class + 1) | (weight as u16) << 8`; a feature
/// with more has `e0 = OVERFLOW`, `e1` = start and `e2` = count in the spill list. Most features
/// carry one to three weights, so a hit usually costs one cache line.
pub(crate) type Slot = [u32; 4];

/// A dense row: the weight of tag `t` at `t + 1`, as the cells of the model's tag scores, in
/// 32 bits so that adding a row is one vector addition per four tags with no widening (SSE2 has
/// no sign extension of 16-bit lanes; widening them cost four times the additions). Aligned to
/// a cache line: a row is three lines.
#[derive(Clone, Copy, PartialEq)]
#[repr(align(64))]
pub(crate) struct DenseRow(pub(crate) [i32; DENSE_WIDTH]);

pub(crate) const MAGIC: &[u8; 8] = b"RKNER002";

/// Magic of the laid-out form written by [`Layout::to_bytes`].
const LAID_OUT: &[u8; 8] = b"RKLAY001";

/// The filter word of a feature and its two bits in it, from bits of the hash that neither the
/// home slot (low bits) nor the fingerprint (high 32 bits) relies on alone.
#[inline(always)]
pub(crate) fn bloom_bits(key: u64) -> (usize, u64) {
    let w = (key >> 36) as usize & (BLOOM_WORDS - 1);
    (w, 1 << ((key >> 20) & 63) | 1 << ((key >> 26) & 63))
}

#[inline(always)]
pub(crate) fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32) | 1
}

#[inline(always)]
pub(crate) fn pack(class: u8, w: i16) -> u32 {
    (class as u32 + 1) | ((w as u16 as u32) << 8)
}

/// A model file laid out for lookups: the open-addressing table, the spilled and dense weights,
/// the Bloom filter and the gate's openers.
#[derive(PartialEq)]
pub(crate) struct Layout {
    pub(crate) n_tags: usize,
    pub(crate) n_features: usize,
    pub(crate) slots: Vec<Slot>,
    pub(crate) spill: Vec<u32>,
    pub(crate) dense: Vec<DenseRow>,
    /// [`BLOOM_WORDS`] words.
    pub(crate) bloom: Vec<u64>,
    pub(crate) starts: Vec<u64>,
}

impl Layout {
    /// Lays out a model file (format in [`crate::model`]) of `n_tags` tags.
    pub(crate) fn parse(b: &[u8], n_tags: usize) -> Result<Layout, String> {
        if b.len() < 20 || &b[..8] != MAGIC {
            return Err("not a reckon NER model (bad magic)".to_owned());
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let n_classes = u32_at(8) as usize;
        if n_classes != n_tags {
            return Err(format!(
                "model has {n_classes} tags, this build expects {n_tags}"
            ));
        }
        let n = u32_at(12) as usize;
        // Load factor between 0.5 and 0.75 at most: a compact table stays in cache.
        let cap = (n + n / 3).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut m = Layout {
            n_tags,
            n_features: n,
            slots: vec![[0; 4]; cap],
            spill: Vec::new(),
            dense: Vec::new(),
            bloom: vec![0; BLOOM_WORDS],
            starts: Vec::new(),
        };
        let mut p = 20;
        // Reused for every feature: the model holds about 90 k of them.
        let mut entries = Vec::with_capacity(n_tags);
        for _ in 0..n {
            if p + 9 > b.len() {
                return Err("truncated".to_owned());
            }
            let key = u64::from_le_bytes(b[p..p + 8].try_into().expect("8 bytes"));
            let len = b[p + 8] as usize;
            p += 9;
            if p + 3 * len > b.len() {
                return Err("truncated feature".to_owned());
            }
            entries.clear();
            for k in 0..len {
                let q = p + 3 * k;
                if b[q] as usize >= n_tags {
                    return Err("class out of range".to_owned());
                }
                let w = i16::from_le_bytes([b[q + 1], b[q + 2]]);
                entries.push(pack(b[q], w));
            }
            p += 3 * len;
            let mut slot = [fingerprint(key), 0, 0, 0];
            // (A class listed twice would add twice: such a row stays sparse.)
            let repeated = {
                let mut seen = 0u64;
                (0..len).any(|k| {
                    let bit = 1u64 << b[p - 3 * len + 3 * k];
                    let again = seen & bit != 0;
                    seen |= bit;
                    again
                })
            };
            if len >= DENSE_MIN && !repeated {
                let mut row = DenseRow([0; DENSE_WIDTH]);
                for k in 0..len {
                    let q = p - 3 * len + 3 * k;
                    row.0[b[q] as usize + 1] = i16::from_le_bytes([b[q + 1], b[q + 2]]) as i32;
                }
                slot[1] = DENSE;
                slot[2] = m.dense.len() as u32;
                m.dense.push(row);
            } else if len <= 3 {
                slot[1..1 + len].copy_from_slice(&entries);
            } else {
                slot[1] = OVERFLOW;
                slot[2] = m.spill.len() as u32;
                slot[3] = len as u32;
                m.spill.extend_from_slice(&entries);
            }
            let (w, bits) = bloom_bits(key);
            m.bloom[w] |= bits;
            let mut s = key as usize & mask;
            while m.slots[s][0] != 0 {
                s = (s + 1) & mask;
            }
            m.slots[s] = slot;
        }
        if p + 4 > b.len() {
            return Err("truncated before the gate".to_owned());
        }
        let n_starts = u32_at(p) as usize;
        p += 4;
        if p + 8 * n_starts != b.len() {
            return Err("gate list has the wrong length".to_owned());
        }
        m.starts = (0..n_starts)
            .map(|k| u64::from_le_bytes(b[p + 8 * k..p + 8 * k + 8].try_into().expect("8 bytes")))
            .collect();
        Ok(m)
    }

    /// The layout as bytes (little endian): magic, then the tags' and the features' counts and
    /// the lengths of the five lists as `u64`, then the lists one after another, the dense rows
    /// starting at a multiple of [`ALIGN`] bytes (zeros pad the spilled weights) so that bytes
    /// aligned to [`ALIGN`] keep every list aligned to its element.
    #[allow(dead_code)] // used by build.rs, which includes this file; the crate only reads
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = LAID_OUT.to_vec();
        for n in [
            self.n_tags,
            self.n_features,
            self.slots.len(),
            self.spill.len(),
            self.dense.len(),
            self.bloom.len(),
            self.starts.len(),
        ] {
            out.extend_from_slice(&(n as u64).to_le_bytes());
        }
        for s in &self.slots {
            s.iter()
                .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        }
        self.spill
            .iter()
            .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        out.resize(out.len().next_multiple_of(ALIGN), 0);
        for r in &self.dense {
            r.0.iter()
                .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        }
        self.bloom
            .iter()
            .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        self.starts
            .iter()
            .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        out
    }

    /// Reads back what [`Layout::to_bytes`] wrote, as owned lists; `None` if `b` is not such
    /// bytes.
    #[allow(dead_code)] // used by the crate's tests; build.rs, which includes this file, only writes
    pub(crate) fn from_bytes(b: &[u8]) -> Option<Layout> {
        let p = Parts::split(b)?;
        let u32s = |c: &[u8]| u32::from_le_bytes(c.try_into().expect("4 bytes"));
        let u64s = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("8 bytes"));
        Some(Layout {
            n_tags: p.n_tags,
            n_features: p.n_features,
            slots: p
                .slots
                .chunks_exact(16)
                .map(|c| {
                    [
                        u32s(&c[..4]),
                        u32s(&c[4..8]),
                        u32s(&c[8..12]),
                        u32s(&c[12..]),
                    ]
                })
                .collect(),
            spill: p.spill.chunks_exact(4).map(u32s).collect(),
            dense: p
                .dense
                .chunks_exact(4 * DENSE_WIDTH)
                .map(|c| {
                    let mut row = DenseRow([0; DENSE_WIDTH]);
                    for (x, c) in row.0.iter_mut().zip(c.chunks_exact(4)) {
                        *x = u32s(c) as i32;
                    }
                    row
                })
                .collect(),
            bloom: p.bloom.chunks_exact(8).map(u64s).collect(),
            starts: p.starts.chunks_exact(8).map(u64s).collect(),
        })
    }
}

/// The alignment, in bytes, that [`Layout::to_bytes`] keeps for its dense rows (a cache line,
/// as [`DenseRow`]'s).
pub(crate) const ALIGN: usize = 64;

/// What [`Layout::to_bytes`] wrote, cut into its lists (still bytes, little endian).
#[allow(dead_code)] // used by the crate; build.rs, which includes this file, only writes
pub(crate) struct Parts<'a> {
    pub(crate) n_tags: usize,
    pub(crate) n_features: usize,
    pub(crate) slots: &'a [u8],
    pub(crate) spill: &'a [u8],
    pub(crate) dense: &'a [u8],
    pub(crate) bloom: &'a [u8],
    pub(crate) starts: &'a [u8],
}

#[allow(dead_code)] // used by the crate; build.rs, which includes this file, only writes
impl<'a> Parts<'a> {
    /// Cuts `b` into its lists; `None` if `b` is not what [`Layout::to_bytes`] writes.
    pub(crate) fn split(b: &'a [u8]) -> Option<Parts<'a>> {
        let b = b.strip_prefix(LAID_OUT)?;
        let (head, mut rest) = b.split_at_checked(7 * 8)?;
        let mut n = head
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")) as usize);
        let mut next = || n.next().expect("seven counts");
        let (n_tags, n_features) = (next(), next());
        let (n_slots, n_spill, n_dense, n_bloom, n_starts) =
            (next(), next(), next(), next(), next());
        let mut take = |len: usize| {
            let (a, r) = rest.split_at_checked(len)?;
            rest = r;
            Some(a)
        };
        let slots = take(16 * n_slots)?;
        let spill = take(4 * n_spill)?;
        // The padding up to the dense rows: the offset from the start of all the bytes.
        let done = LAID_OUT.len() + 7 * 8 + 16 * n_slots + 4 * n_spill;
        take(done.next_multiple_of(ALIGN) - done)?;
        let dense = take(4 * DENSE_WIDTH * n_dense)?;
        let bloom = take(8 * n_bloom)?;
        let starts = take(8 * n_starts)?;
        rest.is_empty().then_some(Parts {
            n_tags,
            n_features,
            slots,
            spill,
            dense,
            bloom,
            starts,
        })
    }
}
