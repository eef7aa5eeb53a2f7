//! Unit tests of the detector.

use super::*;

const STORY: &str = "Rescue teams searched through the night for survivors after the ferry \
    capsized off the coast on Tuesday, officials said, and at least 40 people are missing. The \
    vessel was carrying more than 200 passengers and crew when it overturned in rough seas near \
    the island, the coast guard said in a statement. Relatives gathered at the port waiting for \
    news as navy ships joined the search.";

const OTHER: &str = "Rescue teams searched through the night for survivors after the bus \
    plunged into a ravine on Sunday, police said, and at least 12 people are dead. The bus was \
    carrying more than 50 passengers when it left the mountain road in heavy rain near the \
    village, the provincial governor said in a statement. Relatives gathered at the hospital \
    waiting for news as the army joined the search.";

fn detector() -> Detector {
    Detector::new(Config::default()).unwrap()
}

#[test]
fn exact_repeat_ignores_case_spacing_and_punctuation() {
    let mut d = detector();
    assert!(d.check_text("a", STORY).is_none());
    let shouted = STORY
        .to_uppercase()
        .replace(", ", " ; ")
        .replace("  ", "\n");
    let dup = d.check_text("b", &shouted).unwrap();
    assert_eq!(
        dup,
        Duplicate {
            of: "a".into(),
            similarity: 1.0,
            exact: true
        }
    );
}

#[test]
fn syndicated_copy_with_dateline_and_credit_is_a_near_duplicate() {
    let mut d = detector();
    assert!(d.check_text("wire", STORY).is_none());
    let copy = format!("JAKARTA, Indonesia (AP) — {STORY} Copyright 2017 The Associated Press.");
    let dup = d.check_text("outlet", &copy).unwrap();
    assert_eq!(dup.of, "wire");
    assert!(!dup.exact);
    assert!(dup.similarity >= 0.9, "{}", dup.similarity);
}

#[test]
fn same_template_different_story_is_not_a_duplicate() {
    let mut d = detector();
    assert!(d.check_text("ferry", STORY).is_none());
    assert_eq!(d.check_text("bus", OTHER), None);
    assert_eq!(d.len(), 2);
}

#[test]
fn rewritten_half_is_not_a_near_duplicate() {
    let mut d = detector();
    assert!(d.check_text("a", STORY).is_none());
    let half = STORY.split_once("The vessel").unwrap().0;
    let edited = format!(
        "{half} Officials later said the ship had been overloaded and that the captain was arrested on Wednesday."
    );
    assert_eq!(d.check_text("b", &edited), None);
}

#[test]
fn short_texts_match_exactly_only() {
    let mut d = detector();
    assert!(
        d.check_text("a", "Photo: a police car at the scene on Monday.")
            .is_none()
    );
    assert!(
        d.check_text("b", "Photo: a police car at the scene on Tuesday.")
            .is_none()
    );
    assert!(
        d.check_text("c", "PHOTO: A police car at the scene on Monday")
            .unwrap()
            .exact
    );
}

#[test]
fn later_copies_point_at_the_first_document() {
    let mut d = detector();
    assert!(d.check_text("first", STORY).is_none());
    for i in 0..5 {
        let copy = format!("Dateline {i} - {STORY} Credit line {i}.");
        assert_eq!(
            d.check_text(&format!("copy{i}"), &copy).unwrap().of,
            "first"
        );
    }
    assert_eq!(d.len(), 1);
}

#[test]
fn window_forgets_the_oldest_documents() {
    let mut d = Detector::new(Config {
        window: 1,
        ..Config::default()
    })
    .unwrap();
    assert!(d.check_text("ferry", STORY).is_none());
    assert!(d.check_text("bus", OTHER).is_none());
    // the ferry story fell out of the window: its repeat is new again
    assert!(d.check_text("ferry-again", STORY).is_none());
    assert_eq!(d.len(), 1);
}

#[test]
fn bad_settings_are_refused() {
    for bad in [
        Config {
            threshold: 0.0,
            ..Config::default()
        },
        Config {
            threshold: f64::NAN,
            ..Config::default()
        },
        Config {
            rows: 0,
            ..Config::default()
        },
        Config {
            window: 0,
            ..Config::default()
        },
    ] {
        assert!(Detector::new(bad).is_err());
    }
}

#[test]
fn empty_and_punctuation_only_texts_do_not_panic() {
    let mut d = detector();
    assert!(d.check_text("a", "").is_none());
    assert!(d.check_text("b", "!!! ... ---").unwrap().exact);
}

#[test]
fn verdicts_of_a_small_stream() {
    let mut d = detector();
    let stream = [
        ("ferry", STORY.to_owned()),
        ("bus", OTHER.to_owned()),
        ("ferry-ap", format!("(AP) {STORY}")),
        ("bus-exact", OTHER.replace('.', " .")),
        (
            "ferry-trimmed",
            STORY.replace(" as navy ships joined the search", ""),
        ),
    ];
    let out: Vec<String> = stream
        .iter()
        .map(|(id, text)| match d.check_text(id, text) {
            None => format!("{id}: new"),
            Some(dup) => format!(
                "{id}: {} of {} ({:.2})",
                if dup.exact { "exact" } else { "near" },
                dup.of,
                dup.similarity
            ),
        })
        .collect();
    insta::assert_snapshot!(out.join("\n"));
}

#[test]
fn bucket_ids_push_and_remove_in_any_order() {
    use gaoya::minhash::IdContainer;
    let ids_of = |ids: &crate::Ids| {
        let mut set = std::collections::HashSet::new();
        ids.copy_to(&mut set);
        let mut v: Vec<u64> = set.into_iter().collect();
        v.sort_unstable();
        v
    };
    let mut ids = <crate::Ids as IdContainer<u64>>::new();
    assert!(ids.is_empty());
    ids.push(1);
    ids.remove(&5);
    assert_eq!(ids_of(&ids), [1]);
    ids.push(2);
    ids.push(3);
    ids.remove(&2);
    assert_eq!(ids_of(&ids), [1, 3]);
    ids.remove(&1);
    ids.remove(&3);
    assert!(ids.is_empty());
    ids.push(4);
    assert_eq!(ids.len(), 1);
    ids.remove(&4);
    assert!(ids.is_empty());
}

/// The word hashes as first written: `str::split` on characters that are not letters or digits,
/// and lower case by character for any word with a capital or a character outside ASCII.
fn word_hashes_by_char(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            let lower: String = w.chars().flat_map(char::to_lowercase).collect();
            out.push(xxh3_64(lower.as_bytes()));
        } else {
            out.push(xxh3_64(w.as_bytes()));
        }
    }
    out
}

#[test]
fn word_hashes_read_bytes_as_the_characters_would() {
    assert_eq!(word_hashes(STORY), word_hashes_by_char(STORY));
    // every pair and triple of characters from a set of separators, ASCII, accented and
    // other-script letters and digits, capitals whose lower case is longer (`İ`), and marks
    let alphabet = [
        "a", "Z", "0", " ", "-", "'", "\n", "é", "É", "İ", "ß", "Σ", "ς", "٣", "Ⅻ", "中", "—", "’",
        "\u{a0}", "😀", "\u{301}",
    ];
    let mut text = String::new();
    for a in alphabet {
        for b in alphabet {
            for c in alphabet {
                let piece = format!("{a}{b}{c}");
                assert_eq!(
                    word_hashes(&piece),
                    word_hashes_by_char(&piece),
                    "{piece:?}"
                );
                text.push_str(&piece);
            }
        }
    }
    assert_eq!(word_hashes(&text), word_hashes_by_char(&text));
}
