//! What the claims test files share: extraction of a one-line text on a fixed article date, a
//! compact view of each claim, and the data under `../shared` that some tests need.

// each test file compiles this module on its own and uses only part of it
#![allow(dead_code)]

use std::path::PathBuf;

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

/// The path `rel` inside `../shared` (the folder beside the workspace holding the corpora and
/// conformance specs; `RECKON_SHARED` names another place, for a checkout elsewhere such as a git
/// worktree), or `None` after printing `skipped: needs ../shared/REL` when it is absent: a test
/// that needs it then returns early, and says so instead of passing silently.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let root = std::env::var_os("RECKON_SHARED").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        PathBuf::from,
    );
    let path = root.join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: needs ../shared/{rel} (absent at {})",
            path.display()
        );
        None
    }
}

/// The place of the claim whose quantity text is `q`, in `text` as an article of 2017-03-20,
/// when `ents` (`(text, label)`, each at its first occurrence) are the document's entity
/// mentions, as `reckon run` gives them.
pub fn place_with_entities(
    text: &str,
    q: &str,
    ents: &[(&str, reckon_entities::Label)],
) -> Option<String> {
    use reckon_entities::{Entity, EntityId, MentionKind};
    let doc = Document::new("t", text).with_date(jiff::civil::date(2017, 3, 20));
    let entities: Vec<Entity> = ents
        .iter()
        .map(|&(t, label)| {
            let start = text.find(t).expect("entity text in the sentence");
            Entity {
                span: reckon_text::Span::new(start, start + t.len()),
                text: t.to_owned(),
                label,
                canonical: t.trim_start_matches("the ").to_owned(),
                id: EntityId(0),
                kind: MentionKind::Name,
            }
        })
        .collect();
    let seg = reckon_text::segment(text);
    let x = reckon_claims::Extractor::new().extract(&doc, &seg, &entities);
    claim(&x, q).frame.place.clone()
}

/// The place of the claim whose quantity text is `q` in `text`, an article of 2017-03-20 (the
/// date of the frame rules' tests).
pub fn place(text: &str, q: &str) -> Option<String> {
    let x = run_at(text, jiff::civil::date(2017, 3, 20));
    claim(&x, q).frame.place.clone()
}

/// The source of the claim whose quantity text is `q` in `text`, an article of 2017-03-20 (the
/// date of the frame rules' tests).
pub fn source(text: &str, q: &str) -> Option<String> {
    let x = run_at(text, jiff::civil::date(2017, 3, 20));
    claim(&x, q)
        .frame
        .attribution
        .as_ref()
        .map(|a| a.source.clone())
}

/// Asserts that the source of `q` in `s` holds `want` (`None`: that it has no source).
pub fn check_source(s: &str, q: &str, want: Option<&str>) {
    let got = source(s, q);
    match want {
        Some(w) => {
            let got = got.unwrap_or_else(|| panic!("no source for {q:?} in {s}"));
            assert!(got.contains(w), "{s}: {q:?} -> {got:?}, want {w:?}");
        }
        None => assert_eq!(got, None, "{s}: {q:?}"),
    }
}

/// The line of a [`view_of`] view whose text starts with `head` (empty when there is none).
pub fn view_line<'a>(v: &'a [String], head: &str) -> &'a str {
    v.iter()
        .find(|x| x.starts_with(head))
        .map_or("", |x| x.as_str())
}

/// The ISO value of the time of the quantity whose text is `q` (a date or a clock time).
pub fn quantity_iso<'a>(x: &'a Extraction, q: &str) -> &'a str {
    claim(x, q)
        .quantity
        .time
        .as_ref()
        .unwrap_or_else(|| panic!("{q:?} has no time"))
        .iso
        .as_str()
}

/// The claim whose quantity text is `q`.
pub fn claim<'a>(x: &'a Extraction, q: &str) -> &'a reckon_claims::Claim {
    x.claims
        .iter()
        .find(|c| c.quantity.text == q)
        .unwrap_or_else(|| panic!("no claim {q:?} in {:?}", view_of(x)))
}

/// The resolved time (ISO) of claim `q` in `text` read as an article of `(y, m, d)`.
pub fn time_of(text: &str, (y, m, d): (i16, i8, i8), q: &str) -> Option<String> {
    let x = run_at(text, jiff::civil::date(y, m, d));
    claim(&x, q).frame.time.as_ref().map(|t| t.iso.clone())
}

/// Asserts the frame time (`None`: no time) of the figure in each `(sentence, figure, want)`, each
/// sentence an article dated `at`.
pub fn assert_times(at: (i16, i8, i8), cases: &[(&str, &str, Option<&str>)]) {
    for &(sentence, figure, want) in cases {
        assert_eq!(
            time_of(sentence, at, figure).as_deref(),
            want,
            "{sentence} / {figure}"
        );
    }
}
