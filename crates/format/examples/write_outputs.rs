//! reckon-format without the CLI or an archive: claims of two articles given as strings are
//! written as `claims.jsonl` and `claims.csv` lines to standard output, followed by the
//! terminal report of their reconciliation (and, with the default `html` feature, the size of
//! the self-contained HTML report).
//!
//! `cargo run -p reckon-format --example write_outputs`

use reckon_format::{TerminalOptions, render_terminal, write_claims_csv, write_claims_jsonl};
use reckon_reconcile::{ClaimRecord, reconcile};
use reckon_text::Document;

fn main() -> Result<(), reckon_format::Error> {
    let articles = [
        (
            "wire-1",
            "2026-02-12",
            "Air strikes in Gaza have killed 41 people, officials said.",
        ),
        (
            "radio-2",
            "2026-02-14",
            "The death toll in Gaza stands at 38, the ministry said.",
        ),
    ];
    let mut records = Vec::new();
    for (id, date, text) in articles {
        let doc = Document::new(id, text).with_date(date.parse().expect("a valid date"));
        records.extend(ClaimRecord::from_extraction(
            &doc,
            &reckon_claims::extract(&doc),
        ));
    }
    let mut out = std::io::stdout().lock();
    println!("# claims.jsonl");
    write_claims_jsonl(&mut out, &records)?;
    println!("# claims.csv");
    write_claims_csv(&mut out, &records)?;
    drop(out);
    let result = reconcile(records);
    println!("# terminal report");
    print!("{}", render_terminal(&result, &TerminalOptions::default()));
    #[cfg(feature = "html")]
    {
        let html = reckon_format::render_html(
            &result,
            &reckon_format::EntityIndex::default(),
            &reckon_format::HtmlOptions::default(),
        );
        println!("# HTML report: {} bytes", html.len());
    }
    Ok(())
}
