//! Syndicated copies in `reckon run` (issue 15): every document's fingerprint is computed on the
//! workers, and checked against the documents before it in input order (reckon-dedup). A copy
//! keeps its document record, which names the first document (`copy_of`); in `claims.jsonl` it
//! has one duplicate line instead of its claims and article events, so that its figures count
//! once and reconciliation lists it as "also reported by".
//!
//! On `--resume` the detector is rebuilt from what the checkpoint covers: the inputs before it
//! are fingerprinted again, and the documents the partial output holds as document records (not
//! error records) are checked in order, exactly those the interrupted run checked.

use std::io::{BufRead, Read};
use std::path::Path;

use anyhow::Context;
use reckon_dedup::{Config, Detector, Duplicate, Fingerprint};
use reckon_reconcile::DuplicateRecord;
use reckon_text::Document;
use serde::Serialize;

use crate::pipeline::{self, Outcome, StagePanic};
use crate::run::{Resumed, open_archive, thread_pool};
use crate::{InputArgs, RunArgs};

/// The fingerprints of one run's duplicate detection, computed on the workers: this detector
/// reads only its settings; an identically seeded one, the [`Checker`], keeps the state.
pub struct Dedup {
    maker: Detector,
}

/// The state of one run's duplicate detection, used in input order.
pub struct Checker {
    detector: Detector,
    /// Exact copies found.
    exact: u64,
    /// Near copies found.
    near: u64,
}

/// What a copy's document record says about the document it repeats.
#[derive(Serialize)]
pub struct CopyOf<'a> {
    /// The first document's id.
    pub id: &'a str,
    /// The same words (case, punctuation and spacing aside).
    pub exact: bool,
    /// The share of the shorter text's word shingles found in the other (3 decimals).
    pub overlap: f64,
}

impl<'a> CopyOf<'a> {
    /// The record field of a duplicate.
    pub fn of(dup: &'a Duplicate) -> CopyOf<'a> {
        CopyOf {
            id: &dup.of,
            exact: dup.exact,
            overlap: rounded(dup.similarity),
        }
    }
}

/// An overlap as outputs write it: 3 decimals.
fn rounded(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Dedup {
    /// The detection of `reckon run`, or `None` with `--keep-duplicates`.
    pub fn of_run(args: &RunArgs) -> anyhow::Result<Option<(Dedup, Checker)>> {
        if args.keep_duplicates {
            return Ok(None);
        }
        let config = Config {
            threshold: args.duplicate_threshold,
            ..Config::default()
        };
        Ok(Some((
            Dedup {
                maker: Detector::new(config.clone())?,
            },
            Checker {
                detector: Detector::new(config)?,
                exact: 0,
                near: 0,
            },
        )))
    }

    /// The options recorded in the checkpoint journal (a resumed run must detect the same way).
    pub fn run_options(args: &RunArgs) -> Vec<(String, String)> {
        vec![
            (
                "--keep-duplicates".to_owned(),
                args.keep_duplicates.to_string(),
            ),
            (
                "--duplicate-threshold".to_owned(),
                args.duplicate_threshold.to_string(),
            ),
        ]
    }

    /// The fingerprint of one document (a worker stage of its own, `duplicates`).
    pub fn fingerprint(&self, doc: &Document) -> Result<Fingerprint, StagePanic> {
        pipeline::stage("duplicates", || {
            crate::run::inject_panic("duplicates", doc);
            self.maker.fingerprint(&doc.text)
        })
    }

    /// Rebuilds the state of an interrupted run: fingerprints the inputs its checkpoint
    /// covers (on the workers) and checks, in order, those the partial output holds as
    /// document records. The copies found again are not counted a second time in the summary
    /// (the counts are of this process's documents).
    pub fn rebuild(
        &self,
        checker: &mut Checker,
        input: &InputArgs,
        resumed: &Resumed<'_>,
    ) -> anyhow::Result<()> {
        let mut written = written_ids(resumed.main, resumed.main_bytes)?;
        let mut next = written.next().transpose()?;
        let archive = open_archive(input)?;
        let entries =
            reckon_archive::UniqueIds::new(archive.entries()).take(resumed.items as usize);
        let pool = thread_pool(input)?;
        pipeline::run(
            entries,
            0,
            &pool,
            |doc| self.fingerprint(doc),
            |outcome| {
                if let Outcome::Done(doc, fp) = outcome
                    && next.as_deref() == Some(doc.meta.id.as_str())
                {
                    checker.detector.check(&doc.meta.id, &fp);
                    next = written.next().transpose()?;
                }
                Ok(())
            },
        )
    }
}

impl Checker {
    /// Checks a document in input order: the earlier document it repeats, if any.
    pub fn check(&mut self, doc: &Document, fp: &Fingerprint) -> Option<Duplicate> {
        let dup = self.detector.check(&doc.meta.id, fp)?;
        if dup.exact {
            self.exact += 1;
        } else {
            self.near += 1;
        }
        Some(dup)
    }

    /// The summary's words: `; 7 copies counted once (5 exact, 2 near)`.
    pub fn summary(&self) -> String {
        format!(
            "; {} copies counted once ({} exact, {} near)",
            self.exact + self.near,
            self.exact,
            self.near
        )
    }
}

/// The ids of the document records (not error records) in the first `bytes` of the partial
/// output `path`, in order.
fn written_ids(
    path: &Path,
    bytes: u64,
) -> anyhow::Result<impl Iterator<Item = anyhow::Result<String>>> {
    /// The two fields that tell a document record from an error record.
    #[derive(serde::Deserialize)]
    struct Head {
        id: Option<String>,
        error: Option<serde::de::IgnoredAny>,
    }
    let file = std::fs::File::open(path)
        .with_context(|| format!("cannot resume: cannot read {}", path.display()))?;
    let lines = std::io::BufReader::new(file.take(bytes)).lines();
    Ok(lines.filter_map(|line| {
        let line = match line {
            Ok(l) => l,
            Err(e) => return Some(Err(e.into())),
        };
        match serde_json::from_str::<Head>(&line) {
            Ok(Head {
                id: Some(id),
                error: None,
            }) => Some(Ok(id)),
            Ok(_) => None,
            Err(e) => Some(Err(anyhow::anyhow!(
                "cannot resume: a line of the partial output is not a record: {e}"
            ))),
        }
    }))
}

/// The `claims.jsonl` line of a copy: it stands for the copy's claims and article events.
pub fn duplicate_line(doc: &Document, dup: &Duplicate) -> DuplicateRecord {
    DuplicateRecord {
        duplicate: doc.meta.id.clone(),
        of: dup.of.clone(),
        exact: dup.exact,
        overlap: rounded(dup.similarity),
        doc_date: doc.meta.date,
        source: doc.meta.source.clone(),
    }
}
