//! Unique document ids within one run: the second `x.txt` (two folders both holding one, or a
//! JSONL file repeating an id) is kept, renamed `x.txt#2`, and says which id it duplicates.
//!
//! Cross-document checks key documents by id, so two articles sharing one would become one
//! and a real conflict between them could disappear. Renaming (rather than dropping or
//! failing) keeps the accounting "one input article, one output record" and is stable: the
//! suffix depends only on input order. Memory is 16 bytes (an xxh3-128 hash) per id seen.

use std::collections::{HashMap, HashSet};

use reckon_text::Document;

use crate::Error;
use crate::entry::Entry;

/// The extra field a renamed document carries: the id it duplicated.
pub const DUPLICATE_OF: &str = "duplicate_of";

/// What [`UniqueIds`] can rename: a [`Document`], or an [`Entry`] whose page is not extracted
/// yet (the rename carries over to its document).
pub trait Renamable: sealed::Sealed {
    /// The id.
    fn id(&self) -> &str;
    /// Gives the item id `id`, recording that it repeated `original`.
    fn rename(&mut self, id: String, original: String);
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for reckon_text::Document {}
    impl Sealed for crate::entry::Entry {}
}

impl Renamable for Document {
    fn id(&self) -> &str {
        &self.meta.id
    }
    fn rename(&mut self, id: String, original: String) {
        self.meta.id = id;
        self.meta
            .extra
            .insert(DUPLICATE_OF.to_owned(), serde_json::Value::String(original));
    }
}

impl Renamable for Entry {
    fn id(&self) -> &str {
        Entry::id(self)
    }
    fn rename(&mut self, id: String, original: String) {
        match self {
            Entry::Document(d) => d.rename(id, original),
            Entry::Page(p) => {
                p.meta.id = id;
                p.meta.duplicate_of = Some(original);
            }
        }
    }
}

/// An iterator adapter over archive items (documents or [`Entry`]s) giving every document a unique id: a repeated id
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

impl<I> UniqueIds<I> {
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

impl<T: Renamable, I: Iterator<Item = Result<T, Error>>> Iterator for UniqueIds<I> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Result<T, Error>> {
        let item = self.inner.next()?;
        Some(item.map(|mut doc| {
            let h = hash(doc.id());
            if self.seen.insert(h) {
                return doc;
            }
            let n = self.suffix.entry(h).or_insert(1);
            let renamed = loop {
                *n += 1;
                let candidate = format!("{}#{}", doc.id(), n);
                if self.seen.insert(hash(&candidate)) {
                    break candidate;
                }
            };
            let original = doc.id().to_owned();
            doc.rename(renamed, original);
            doc
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Item;

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
