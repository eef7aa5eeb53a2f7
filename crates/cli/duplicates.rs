//! `reckon duplicates`: the articles whose text repeats an earlier article's (reckon-dedup).

use std::io::Write;
use std::process::ExitCode;

use reckon_dedup::{Config, Detector};

use crate::output::Output;
use crate::run::{drive_silent, summary};
use crate::{DuplicatesArgs, pipeline};

/// Lists every document that repeats an earlier one, exactly or nearly, in input order.
/// Fingerprints are computed on the worker threads; the checks run in input order, so the
/// earliest copy is the one the others point at.
pub fn duplicates(args: &DuplicatesArgs) -> anyhow::Result<ExitCode> {
    let config = Config {
        threshold: args.threshold,
        ..Config::default()
    };
    // Fingerprinting reads only the settings: one detector makes them in parallel, the other
    // (identically seeded) keeps the state.
    let maker = Detector::new(config.clone())?;
    let mut checker = Detector::new(config)?;
    let mut out = Output::create(args.input.output.as_deref())?;
    let (mut exact, mut near) = (0u64, 0u64);
    let stats = drive_silent(
        &args.input,
        |doc| pipeline::stage("duplicates", || maker.fingerprint(&doc.text)),
        |doc, fp, _| {
            if let Some(dup) = checker.check(&doc.meta.id, fp) {
                if dup.exact {
                    exact += 1;
                } else {
                    near += 1;
                }
                let line = serde_json::json!({
                    "id": doc.meta.id,
                    "duplicate_of": dup.of,
                    "exact": dup.exact,
                    "overlap": (dup.similarity * 1000.0).round() / 1000.0,
                });
                if args.json {
                    writeln!(out, "{line}")?;
                } else {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{:.3}",
                        reckon_format::terminal_safe(&doc.meta.id),
                        reckon_format::terminal_safe(&dup.of),
                        if dup.exact { "exact" } else { "near" },
                        dup.similarity
                    )?;
                }
            }
            Ok(())
        },
    )?;
    out.finish()?;
    summary(
        &args.input,
        &stats,
        &format!("; {exact} exact and {near} near duplicates"),
    );
    Ok(ExitCode::SUCCESS)
}
