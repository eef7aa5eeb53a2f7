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
