//! The gazetteer's plain names (ASCII letters and single spaces, most of `data/gazetteer.tsv`)
//! and their lowercased-word hashes; shared by the crate and `build.rs` (included there with
//! `#[path]`, so this file uses nothing of the crate), which hashes them at compile time.

/// A name of ASCII letters and single spaces, the tokens of which are its words (most of the
/// gazetteer: `Moscow`, `New York`, `Elizabeth`; a test checks it against the tokenizer).
pub(crate) fn plain(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
}

/// The hash of each word of a [`plain`] name in lower case: what the recogniser's
/// `Scratch::light` gives its tokens (xxh3 of the lower-case word, as `crate::hash::hash_bytes`).
pub(crate) fn plain_lowers(name: &str) -> impl Iterator<Item = u64> + '_ {
    let mut buf = Vec::with_capacity(name.len());
    name.split(' ').map(move |w| {
        buf.clear();
        buf.extend(w.bytes().map(|b| b.to_ascii_lowercase()));
        xxhash_rust::xxh3::xxh3_64(&buf)
    })
}
