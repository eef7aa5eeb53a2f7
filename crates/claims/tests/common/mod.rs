//! What the claims test files share: extraction of a one-line text on a fixed article date, and
//! a compact view of each claim.

use reckon_claims::Extraction;
use reckon_text::Document;

/// The extraction of `text` as an article of `date`.
pub fn run_at(text: &str, date: jiff::civil::Date) -> Extraction {
    reckon_claims::extract(&Document::new("t", text).with_date(date))
}

/// `text kind value unit time` of every claim, one per entry.
pub fn view_of(x: &Extraction) -> Vec<String> {
    x.claims
        .iter()
        .map(|c| {
            let q = &c.quantity;
            let mut s = format!("{} {:?}", q.text, q.kind);
            if let Some(v) = q.value {
                s += &format!(" {v}");
            }
            if let Some(u) = &q.unit {
                s += &format!(" {u}");
            }
            if let Some(t) = &q.time {
                s += &format!(" {}", t.iso);
            }
            s
        })
        .collect()
}
