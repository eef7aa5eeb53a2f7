//! The hashing every part of the tagger shares: words and phrases become 64-bit hashes once, and
//! the maps keyed by them hash cheaply.
//!
//! - [`hash_bytes`] (xxh3) turns a word (or a canonical name, for [`crate::entity_id`]) into a
//!   stable 64-bit value; the model file stores features as such values, so changing it means
//!   retraining.
//! - [`mix`] combines two hashes (feature templates, phrases); [`phrase_hash`] folds a phrase's
//!   lowercased-token hashes from [`PHRASE_SEED`], the hash the gazetteer and the lexicons store.
//! - [`BuildIdentity`] keys maps by hashes that are already well mixed (no rehashing);
//!   [`FxBuild`] is a fast hasher for short strings in per-document maps.

/// Hash of a byte string (xxh3, stable across runs and platforms).
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

/// Mixes two 64-bit values into one (a variant of the splitmix64 finaliser).
#[inline(always)]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut h = (a ^ b.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 31;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 29)
}

/// The value a phrase hash starts from; `mix` it with each token's lowercased hash in turn to
/// extend a phrase one token at a time.
pub(crate) const PHRASE_SEED: u64 = 0x0123_4567_89AB_CDEF;

/// Hash of a sequence of lowercased-token hashes.
#[inline]
pub(crate) fn phrase_hash(lowers: impl Iterator<Item = u64>) -> u64 {
    lowers.fold(PHRASE_SEED, mix)
}

/// Keys that are already well-mixed 64-bit hashes (features, words): hashed as themselves.
#[derive(Default, Clone, Copy)]
pub(crate) struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Builds [`Identity`] hashers.
pub(crate) type BuildIdentity = std::hash::BuildHasherDefault<Identity>;

/// A fast non-cryptographic hasher for short keys (words, phrases) in per-document maps, where
/// the standard SipHash showed in profiles; FxHash-style (rotate, xor, multiply per 8 bytes).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fx(u64);

const FX_K: u64 = 0x517C_C1B7_2722_0A95;

impl std::hash::Hasher for Fx {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            h = (h.rotate_left(5) ^ v).wrapping_mul(FX_K);
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(FX_K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
}

/// Builds [`Fx`] hashers.
pub(crate) type FxBuild = std::hash::BuildHasherDefault<Fx>;

/// A map keyed by word hashes with a bit filter in front: the lexicons are asked about nearly
/// every token of every sentence, and nearly always about a word they do not hold, which the
/// filter (one bit per key, at least 16 bits per key, in a few kilobytes that stay in cache)
/// answers with one load instead of a hash-table probe. Answers are the map's.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub(crate) struct WordMap<V> {
    map: std::collections::HashMap<u64, V, BuildIdentity>,
    /// Bit `k & 63` of word `(k >> 6) & (len - 1)` is set for every key `k`; a power of two long.
    bits: Vec<u64>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: std::collections::HashMap::default(),
            bits: vec![0; 64],
        }
    }
}

impl<V> WordMap<V> {
    #[inline(always)]
    fn bit(&self, k: u64) -> (usize, u64) {
        ((k >> 6) as usize & (self.bits.len() - 1), 1 << (k & 63))
    }

    /// Inserts (or replaces) the value of `k`.
    pub(crate) fn insert(&mut self, k: u64, v: V) {
        self.map.insert(k, v);
        if self.map.len() * 16 > self.bits.len() * 64 {
            let words = (self.map.len() * 32).next_power_of_two() / 64;
            self.bits = vec![0; words];
            let keys: Vec<u64> = self.map.keys().copied().collect();
            for k in keys {
                let (w, b) = self.bit(k);
                self.bits[w] |= b;
            }
        } else {
            let (w, b) = self.bit(k);
            self.bits[w] |= b;
        }
    }

    /// The value of `k`.
    #[inline]
    pub(crate) fn get(&self, k: &u64) -> Option<&V> {
        let (w, b) = self.bit(*k);
        if self.bits[w] & b == 0 {
            return None;
        }
        self.map.get(k)
    }

    /// True if `k` is a key.
    #[inline]
    pub(crate) fn contains(&self, k: &u64) -> bool {
        self.get(k).is_some()
    }
}

/// A set of word hashes with the filter of [`WordMap`].
pub(crate) type WordSet = WordMap<()>;

impl WordSet {
    /// Adds `k` to the set.
    pub(crate) fn add(&mut self, k: u64) {
        self.insert(k, ());
    }
}

#[cfg(test)]
mod tests {
    use super::{WordMap, WordSet, hash_bytes};

    #[test]
    fn word_map_answers_as_its_map() {
        let mut m: WordMap<usize> = WordMap::default();
        let mut s = WordSet::default();
        // Enough keys to grow the filter several times.
        for k in 0..5000usize {
            m.insert(hash_bytes(format!("w{k}").as_bytes()), k);
            if k % 3 == 0 {
                s.add(hash_bytes(format!("w{k}").as_bytes()));
            }
        }
        m.insert(hash_bytes(b"w7"), 70);
        for k in 0..20000usize {
            let h = hash_bytes(format!("w{k}").as_bytes());
            let want = (k < 5000).then_some(if k == 7 { 70 } else { k });
            assert_eq!(m.get(&h).copied(), want, "{k}");
            assert_eq!(s.contains(&h), k < 5000 && k % 3 == 0, "{k}");
        }
    }
}
