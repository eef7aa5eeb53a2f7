//! The one place reckon runs in parallel: entries stream from a reader thread, are processed
//! in batches on a rayon pool, and come back **in input order** to a single consumer.
//!
//! HTML pages (WARC records, `.html` files) reach the workers raw: turning a page into a
//! document (reckon-html's article extraction, the costliest step of a web archive) is the
//! first per-document stage, `html`, so it runs in parallel like the others. A page that gives
//! no article is an `Unreadable` outcome with its error (and WARC offset), as if the reader had
//! reported it, so the counts add up the same way.
//!
//! Memory is bounded: at most `QUEUE` batches wait between the reader and the workers, and a
//! batch is capped both in documents and in bytes of text.

use std::panic::{AssertUnwindSafe, catch_unwind};

use reckon_archive::{Entry, RawItem};
use reckon_text::Document;

/// Batches waiting between the reader and the workers.
const QUEUE: usize = 2;
/// Most documents in one batch.
const BATCH_DOCS: usize = 512;
/// Most bytes of text in one batch.
const BATCH_BYTES: usize = 8 << 20;

/// What happened to one input item.
pub enum Outcome<T> {
    /// Processed.
    Done(Document, T),
    /// Could not be read.
    Unreadable(reckon_archive::Error),
    /// A stage panicked on this document; the run went on.
    Crashed {
        doc: Document,
        stage: &'static str,
        message: String,
    },
}

/// A stage's panic, caught at the document boundary.
pub struct StagePanic {
    pub stage: &'static str,
    pub message: String,
}

/// Runs `f` as stage `stage`, turning a panic into a [`StagePanic`].
pub fn stage<R>(stage: &'static str, f: impl FnOnce() -> R) -> Result<R, StagePanic> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic with a non-string payload".to_owned());
        StagePanic { stage, message }
    })
}

/// Silences the default panic message for panics caught by [`stage`]; they are reported as
/// records with the document id instead.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// Turns one entry into a document and runs `process` on it.
fn one<T>(
    item: RawItem,
    process: &(impl Fn(&Document) -> Result<T, StagePanic> + Sync),
) -> Outcome<T> {
    let doc = match item {
        Err(e) => return Outcome::Unreadable(e),
        Ok(Entry::Document(doc)) => doc,
        Ok(Entry::Page(page)) => {
            let id = page.id().to_owned();
            match stage("html", || page.into_document()) {
                Ok(Ok(doc)) => doc,
                Ok(Err(e)) => return Outcome::Unreadable(e),
                Err(p) => {
                    return Outcome::Crashed {
                        doc: Document::new(id, ""),
                        stage: p.stage,
                        message: p.message,
                    };
                }
            }
        }
    };
    match process(&doc) {
        Ok(t) => Outcome::Done(doc, t),
        Err(p) => Outcome::Crashed {
            doc,
            stage: p.stage,
            message: p.message,
        },
    }
}

/// Streams `archive` through `process` on `pool`, calling `consume` for each outcome in input
/// order. `consume` returning an error stops the run (the reader thread stops with it).
pub fn run<T, P, C>(
    archive: impl Iterator<Item = RawItem> + Send,
    skip: u64,
    pool: &rayon::ThreadPool,
    process: P,
    mut consume: C,
) -> anyhow::Result<()>
where
    T: Send,
    P: Fn(&Document) -> Result<T, StagePanic> + Sync,
    C: FnMut(Outcome<T>) -> anyhow::Result<()>,
{
    let (tx, rx) = crossbeam_channel::bounded::<Vec<RawItem>>(QUEUE);
    std::thread::scope(move |scope| {
        scope.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0usize;
            for item in archive.skip(skip as usize) {
                bytes += item.as_ref().map_or(0, Entry::len);
                batch.push(item);
                if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                    if tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        let result = (|| {
            for batch in rx.iter() {
                let outcomes: Vec<Outcome<T>> = pool.install(|| {
                    use rayon::prelude::*;
                    batch
                        .into_par_iter()
                        .map(|item| one(item, &process))
                        .collect()
                });
                for outcome in outcomes {
                    consume(outcome)?;
                }
            }
            Ok(())
        })();
        // Dropping the receiver unblocks the reader thread if we stopped early.
        drop(rx);
        result
    })
}
