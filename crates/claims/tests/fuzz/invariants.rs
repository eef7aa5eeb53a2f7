//! The invariants of claim extraction on any input, shared by the `claims` fuzz target
//! (`fuzz/fuzz_targets/claims.rs`) and this crate's `tests/fuzz_regressions.rs`.
//!
//! The bytes are read as UTF-8 (invalid sequences become U+FFFD) and extracted as one dated
//! document. Checked: the extractor never panics or hangs; every quantity span lies inside the
//! text on character boundaries and slices it to `quantity.text`; every other span (sentence,
//! attribution, relation evidence) lies inside the text on character boundaries; the sentence
//! holds its quantity; claim indices are their positions and relations point at real claims;
//! values are finite numbers with `low <= high` (issue 19: no infinity or NaN, which JSON
//! cannot carry), and so are derived remainders.

use reckon_claims::{Value, extract};
use reckon_text::{Document, Span};

/// Extracts `data` as one document dated 2025-07-07, panicking with the broken invariant;
/// returns the number of claims.
pub fn check(data: &[u8]) -> usize {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new("fuzz", text.as_ref()).with_date(jiff::civil::date(2025, 7, 7));
    let ex = extract(&doc);
    let text = doc.text.as_str();
    for (i, c) in ex.claims.iter().enumerate() {
        let q = &c.quantity;
        let got = slice(text, q.span, "quantity", i);
        assert_eq!(
            got, q.text,
            "claim {i}: quantity.text differs from its span's text"
        );
        slice(text, c.sentence, "sentence", i);
        assert!(
            c.sentence.start <= q.span.start && q.span.end <= c.sentence.end,
            "claim {i}: quantity {:?} {:?} lies outside its sentence {:?}",
            q.text,
            q.span,
            c.sentence
        );
        if let Some(a) = &c.frame.attribution {
            slice(text, a.span, "attribution", i);
        }
        assert_eq!(c.index as usize, i, "claim {i} has index {}", c.index);
        if let Some(v) = q.value {
            check_value(v, i);
        }
    }
    for (j, r) in ex.relations.iter().enumerate() {
        let n = ex.claims.len() as u32;
        assert!(
            r.a < n && r.b < n,
            "relation {j} points past the {n} claims: {r:?}"
        );
        for e in &r.evidence {
            slice(text, *e, "relation evidence", j);
        }
        assert!(
            r.derived.is_none_or(f64::is_finite),
            "relation {j}: derived value not finite: {r:?}"
        );
    }
    ex.claims.len()
}

/// The text of `span`, after checking it lies inside `text` on character boundaries.
fn slice<'t>(text: &'t str, span: Span, what: &str, i: usize) -> &'t str {
    let (s, e) = (span.start as usize, span.end as usize);
    assert!(
        s <= e && e <= text.len(),
        "{what} span {s}..{e} of item {i} is reversed or past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{what} span {s}..{e} of item {i} is not on character boundaries"
    );
    &text[s..e]
}

fn check_value(v: Value, i: usize) {
    for b in [v.low, v.high].into_iter().flatten() {
        assert!(
            b.value.is_finite(),
            "claim {i}: a bound is not finite: {v:?}"
        );
    }
    if let (Some(l), Some(h)) = (v.low, v.high) {
        assert!(
            l.value <= h.value,
            "claim {i}: low bound above high bound: {v:?}"
        );
    }
}
