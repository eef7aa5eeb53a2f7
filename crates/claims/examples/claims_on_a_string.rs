//! reckon-claims on a string: every numeric claim of one sentence, with its bounds, date and
//! measure. No archive, no CLI.
//!
//! `cargo run -p reckon-claims --example claims_on_a_string -- "Floods have killed at least 41 people since Tuesday." 2026-02-12`
//! (the optional second argument is the article's date, against which `since Tuesday` resolves).

use reckon_text::Document;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_else(|| {
        "Israel's campaign in Gaza has killed more than 57,500 Palestinians since October 2023, \
         according to Gaza's health authorities, about 2,000 of them last month."
            .to_owned()
    });
    let mut doc = Document::new("input", text);
    doc.meta.date = Some(
        args.next()
            .and_then(|d| d.parse().ok())
            .unwrap_or(jiff::civil::date(2025, 7, 7)),
    );
    let x = reckon_claims::extract(&doc);
    for c in &x.claims {
        let q = &c.quantity;
        println!("{:?}", q.text);
        println!("  kind     {:?}", q.kind);
        if let Some(v) = &q.value {
            println!("  value    {v:?}");
        }
        if let Some(u) = &q.unit {
            println!("  unit     {u}");
        }
        if let Some(t) = &q.time {
            println!("  time     {t:?}");
        }
        println!("  measure  {:?}", c.frame.measure_key);
        if let Some(a) = &c.frame.attribution {
            println!("  source   {:?}", a.source);
        }
        if let Some(p) = &c.frame.place {
            println!("  place    {p}");
        }
        if let Some(t) = &c.frame.time {
            println!("  when     {t:?}");
        }
    }
    println!("{} claims", x.claims.len());
}
