//! Reconciliation past `--max-memory`: claims spilled to disk in sorted runs give the same
//! output files, byte for byte, as claims held in memory (`reckon run --out-dir` and `reckon
//! reconcile`), and a spill that fails (a full disk, simulated with the documented test hook
//! `RECKON_SPILL_FAIL_AFTER=N`: the N-th run written fails) is a clear error naming the spill
//! folder, with no series or findings written.

use std::path::Path;

use crate::util::{self, OUT_DIR_FILES, RECONCILE_FILES, run};

#[test]
fn spilled_and_in_memory_outputs_are_identical() {
    let dir = util::tempdir();
    let sample = util::sample();
    let sample = sample.to_str().unwrap();
    let (mem, disk, spill) = (
        dir.path().join("mem"),
        dir.path().join("disk"),
        dir.path().join("spill"),
    );
    std::fs::create_dir(&spill).unwrap();
    util::run_out_dir(Path::new(sample), &mem);
    let tiny = ["--max-memory", "2K", "--spill-dir", spill.to_str().unwrap()];
    let mut args = vec!["run", "-q", sample, "--out-dir", disk.to_str().unwrap()];
    args.extend(tiny);
    let r = run(&args, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    util::same_files(&mem, &disk, &OUT_DIR_FILES);
    // reconcile of the run's claims.jsonl, spilled, gives the run's files
    let again = dir.path().join("again");
    let claims = mem.join("claims.jsonl");
    let mut args = vec![
        "reconcile",
        claims.to_str().unwrap(),
        "--json",
        "--out-dir",
        again.to_str().unwrap(),
    ];
    args.extend(tiny);
    let r = run(&args, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    util::same_files(&mem, &again, RECONCILE_FILES);
    // the runs are gone
    assert_eq!(std::fs::read_dir(&spill).unwrap().count(), 0);
}

#[test]
fn a_failed_spill_is_an_error_naming_the_folder_and_writes_no_result() {
    let dir = util::tempdir();
    let sample = util::sample();
    let (first, out, spill) = (
        dir.path().join("first"),
        dir.path().join("out"),
        dir.path().join("spill"),
    );
    std::fs::create_dir(&spill).unwrap();
    util::run_out_dir(&sample, &first);
    let claims = first.join("claims.jsonl");
    let spill_dir = spill.to_str().unwrap();
    util::run_out_of_space(
        &[
            "reconcile",
            claims.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
            "--max-memory",
            "2K",
            "--spill-dir",
            spill_dir,
        ],
        "3",
        spill_dir,
    );
    for name in [
        "series.jsonl",
        "findings.jsonl",
        "events.jsonl",
        "series.csv",
    ] {
        assert!(!out.join(name).exists(), "{name} was written");
    }
    // no run files are left behind
    assert_eq!(std::fs::read_dir(&spill).unwrap().count(), 0);
}
