//! Unique document ids within one run: the second `x.txt` (two folders both holding one, or a
//! JSONL file repeating an id) is kept, renamed `x.txt#2`, and says which id it duplicates.
//!
//! Cross-document checks key documents by id, so two articles sharing one would become one
//! and a real conflict between them could disappear. Renaming (rather than dropping or
//! failing) keeps the accounting "one input article, one output record" and is stable: the
//! suffix depends only on input order. Memory is 16 bytes (an xxh3-128 hash) per id seen.

use std::collections::{HashMap, HashSet};

use crate::Item;

/// The extra field a renamed document carries: the id it duplicated.
pub const DUPLICATE_OF: &str = "duplicate_of";

/// An iterator adapter over archive items giving every document a unique id: a repeated id
/// gets the first free suffix `#2`, `#3`, ... and the field [`DUPLICATE_OF`] in
/// [`reckon_text::DocMeta::extra`] naming the original id. Error items pass unchanged.
///
/// ```
/// use reckon_archive::{Archive, Options, UniqueIds};
/// let jsonl = &b"{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"a\",\"text\":\"Two.\"}\n"[..];
/// let ids: Vec<String> = UniqueIds::new(Archive::from_reader("f", jsonl, Options::default()))
///     .map(|item| item.unwrap().meta.id)
///     .collect();
/// assert_eq!(ids, ["a", "a#2"]);
/// ```
pub struct UniqueIds<I> {
    inner: I,
    seen: HashSet<u128>,
    /// The last suffix given to each repeated id.
    suffix: HashMap<u128, u64>,
}

impl<I: Iterator<Item = Item>> UniqueIds<I> {
    /// Wraps `inner`.
    pub fn new(inner: I) -> UniqueIds<I> {
        UniqueIds {
            inner,
            seen: HashSet::new(),
            suffix: HashMap::new(),
        }
    }
}

fn hash(id: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(id.as_bytes())
}

impl<I: Iterator<Item = Item>> Iterator for UniqueIds<I> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = self.inner.next()?;
        Some(item.map(|mut doc| {
            let h = hash(&doc.meta.id);
            if self.seen.insert(h) {
                return doc;
            }
            let n = self.suffix.entry(h).or_insert(1);
            let renamed = loop {
                *n += 1;
                let candidate = format!("{}#{}", doc.meta.id, n);
                if self.seen.insert(hash(&candidate)) {
                    break candidate;
                }
            };
            let original = std::mem::replace(&mut doc.meta.id, renamed);
            doc.meta
                .extra
                .insert(DUPLICATE_OF.to_owned(), serde_json::Value::String(original));
            doc
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reckon_text::Document;

    fn docs(ids: &[&str]) -> Vec<Item> {
        ids.iter().map(|id| Ok(Document::new(*id, "t"))).collect()
    }

    #[test]
    fn repeated_ids_get_stable_suffixes_and_name_the_original() {
        let out: Vec<Document> = UniqueIds::new(docs(&["x", "y", "x", "x#2", "x"]).into_iter())
            .map(Result::unwrap)
            .collect();
        let ids: Vec<&str> = out.iter().map(|d| d.meta.id.as_str()).collect();
        // `x#2` is taken by the second `x`, so the real `x#2` becomes `x#2#2`.
        assert_eq!(ids, ["x", "y", "x#2", "x#2#2", "x#3"]);
        assert_eq!(out[2].meta.extra[DUPLICATE_OF], "x");
        assert_eq!(out[3].meta.extra[DUPLICATE_OF], "x#2");
        assert!(out[0].meta.extra.get(DUPLICATE_OF).is_none());
    }
}
