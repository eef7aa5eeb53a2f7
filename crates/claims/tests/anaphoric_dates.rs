//! Days named by reference to a day the text gave before (issues 14 and 17, session 19): `That
//! day`, `that night`, `the next morning`, `the night before` take the most recent day named
//! before them when it is near (same paragraph, a few sentences back, or a day of the story near
//! the article date); otherwise they are no date at all. Texts shaped like the gold batches'
//! (indep-NOTES.md decisions 58, 66, 84). Also the scanner's other date misses of the frame
//! samples: years BC, a month after `figures for` or `slated for`, a month before an acronym.

use reckon_claims::Extraction;

mod common;

/// The extraction of `text` as an article of `(y, m, d)`.
fn run(text: &str, (y, m, d): (i16, i8, i8)) -> Extraction {
    common::run_at(text, jiff::civil::date(y, m, d))
}

/// Whether `x` has a quantity whose text is `q`.
fn has(x: &Extraction, q: &str) -> bool {
    x.claims.iter().any(|c| c.quantity.text == q)
}

#[test]
fn that_day_takes_the_day_named_sentences_before() {
    let x = run(
        "On Nov. 13, officers were called to a home on reports of a person shot. There, officers \
         found an injured girl.\n\nSpivey told police he keeps the gun with him. That day, he told \
         police he put the gun on the dresser.",
        (2016, 12, 9),
    );
    assert_eq!(common::quantity_iso(&x, "That day"), "2016-11-13");
}

#[test]
fn that_night_takes_a_day_of_the_story_paragraphs_back() {
    let x = run(
        "Willrich was gunned down Monday night in the parking lot.\n\nHis fiance was there.\n\n\
         \"I went and I grabbed his hand,\" said Hodges.\n\nShe said it was heartbreaking.\n\n\
         \"I am so hurt,\" she said.\n\nVontay Price, 22, was also shot and killed at the car \
         wash that night.",
        (2015, 1, 21),
    );
    assert_eq!(common::quantity_iso(&x, "that night"), "2015-01-19");
    // the frame of the figure of its sentence takes that day
    let t = common::claim(&x, "22")
        .frame
        .time
        .as_ref()
        .map(|t| t.iso.as_str());
    assert_eq!(t, Some("2015-01-19"));
}

#[test]
fn relative_days_count_from_the_day_referred_to() {
    let x = run(
        "The boy died Sunday morning after being shot in Paterson at around 8:30 p.m. the night \
         before, police said.",
        (2015, 4, 20),
    );
    assert_eq!(common::quantity_iso(&x, "the night before"), "2015-04-18");
    assert_eq!(common::quantity_iso(&x, "8:30 p.m."), "2015-04-18T20:30");
    let x = run(
        "The suspect was arrested on March 3. He was released the following day, and the next \
         morning he left the state.",
        (2016, 3, 10),
    );
    assert_eq!(common::quantity_iso(&x, "the following day"), "2016-03-04");
    assert_eq!(common::quantity_iso(&x, "the next morning"), "2016-03-05");
}

#[test]
fn a_reference_without_a_near_day_is_no_date() {
    // no day named before
    let x = run("That night, 3 people were hurt in the blast.", (2016, 5, 2));
    assert!(!has(&x, "That night"));
    // a day of another year named paragraphs back (a profile's past)
    let x = run(
        "She was born on June 4, 1960 in Ohio.\n\nShe moved to Texas.\n\nShe married.\n\nShe \
         worked at a bank.\n\nThat day, she won 2 prizes.",
        (2016, 5, 2),
    );
    assert!(!has(&x, "That day"));
    assert_eq!(common::quantity_iso(&x, "June 4, 1960"), "1960-06-04");
    // `the day before` an event that names no day of its own
    let x = run(
        "On Monday, 30 senators spoke. The day before the vote, 12 of them met.",
        (2017, 2, 7),
    );
    assert!(!has(&x, "The day before"));
}

#[test]
fn years_before_the_common_era_are_dates() {
    let x = run(
        "In 104 BC, the Taichu Calendar recorded 24 terms.",
        (2017, 1, 6),
    );
    assert_eq!(common::quantity_iso(&x, "104 BC"), "-0103");
    let x = run(
        "The Qin state (770-476 BC) was founded around 239 BC by settlers.",
        (2017, 1, 6),
    );
    assert_eq!(common::quantity_iso(&x, "770-476 BC"), "-0769/-0475");
    assert_eq!(common::quantity_iso(&x, "239 BC"), "-0238");
    let x = run("The Western Han (206 BC-AD 24) left 3 tombs.", (2017, 1, 6));
    assert_eq!(common::quantity_iso(&x, "206 BC-AD 24"), "-0205/0024");
}

#[test]
fn a_month_after_figures_for_or_before_an_acronym_is_a_date() {
    let x = run(
        "In the Antarctic, sea ice extent for January was 432,000 square miles.",
        (2017, 2, 16),
    );
    assert_eq!(common::quantity_iso(&x, "January"), "2017-01");
    let x = run(
        "The February IPO made him the third-richest man in China.",
        (2017, 3, 13),
    );
    assert_eq!(common::quantity_iso(&x, "February"), "2017-02");
    // a month something is slated for is ahead, past verbs around or not
    let x = run(
        "The split has widened ahead of key parliamentary elections slated for September.",
        (2017, 3, 1),
    );
    assert_eq!(common::quantity_iso(&x, "September"), "2017-09");
    // any year's month, and a month that names an event
    for text in [
        "It was the third highest for January in the 1880-2017 record.",
        "He watched 3 games of the March Madness tournament.",
    ] {
        let x = run(text, (2017, 2, 16));
        assert!(
            !x.claims
                .iter()
                .any(|c| matches!(c.quantity.text.as_str(), "January" | "March")),
            "{text}"
        );
    }
}
