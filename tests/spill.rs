//! Reconciliation past `--max-memory`: claims spilled to disk in sorted runs give the same
//! output files, byte for byte, as claims held in memory (`reckon run --out-dir` and `reckon
//! reconcile`), and a spill that fails (a full disk, simulated with the documented test hook
//! `RECKON_SPILL_FAIL_AFTER=N`: the N-th run written fails) is a clear error naming the spill
//! folder, with no series or findings written.

use std::path::Path;

use crate::util::{self, run};

const FILES: [&str; 9] = [
    "documents.jsonl",
    "claims.jsonl",
    "claims.csv",
    "claims.parquet",
    "events.jsonl",
    "series.jsonl",
    "series.csv",
    "findings.jsonl",
    "",
];

fn same_files(a: &Path, b: &Path, names: &[&str]) {
    for name in names.iter().filter(|n| !n.is_empty()) {
        if *name == "claims.parquet" && !cfg!(feature = "parquet") {
            continue;
        }
        let x = std::fs::read(a.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let y = std::fs::read(b.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(x == y, "{name} differs between {a:?} and {b:?}");
    }
}

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
    same_files(&mem, &disk, &FILES);
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
    same_files(&mem, &again, &FILES[2..]);
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
    let r = util::reckon()
        .args([
            "reconcile",
            claims.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
            "--max-memory",
            "2K",
            "--spill-dir",
            spill.to_str().unwrap(),
        ])
        .env("RECKON_SPILL_FAIL_AFTER", "3")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains(spill.to_str().unwrap()) && stderr.contains("no space left"),
        "{stderr}"
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
