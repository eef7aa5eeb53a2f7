//! Session 29b (q29b, issue 17): classes of false quantities left by the first round of
//! session 29, each with sentences written for its test (none copied from a gold batch) and
//! the neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn a_live_story_stamp_after_a_word_in_capitals_is_a_clock_time() {
    // `UPDATE 7:23 a.m.:` opening an entry of a live story: the time, not a count of 23
    for (text, time) in [
        ("UPDATE 7:23 a.m.: The road has reopened.", "07:23"),
        ("UPDATE 9:05 AM\n\nDeputies say the boy is safe.", "09:05"),
        ("ORIGINAL POST 3:59 p.m. - Crews are at the scene.", "15:59"),
        ("UPDATE 12:30 P.M. ET: The mayor will speak soon.", "12:30"),
        ("UPDATE 6:15PM: The school has been cleared.", "18:15"),
    ] {
        let v = view(text);
        assert!(
            v.iter().any(|x| x.contains("Time") && x.contains(time)),
            "{text}: {v:?}"
        );
        assert!(!v.iter().any(|x| x.contains("Count")), "{text}: {v:?}");
    }
    // a name in capitals and its number stays an identifier (`PIX 11`)
    let v = view("Watch the report on PIX 11 tonight.");
    assert!(!v.iter().any(|x| x.contains("Count")), "{v:?}");
}

#[test]
fn a_hanging_hyphen_gives_the_first_number_the_second_unit() {
    // `and`/`or`: two measures, each in the unit written once on the second
    let v = view("The fence has 25- and 50-foot gates for trucks.");
    assert!(
        v.iter()
            .filter(|x| x.contains("Dimension") && x.contains("ft"))
            .count()
            == 2,
        "{v:?}"
    );
    let v = view("The college runs 6- or 8-week courses in welding.");
    assert!(
        v.iter()
            .filter(|x| x.contains("Duration") && x.contains("week"))
            .count()
            == 2,
        "{v:?}"
    );
    // `to`: one range of the second's kind and unit (as `20 to 25-year-old`)
    for (text, kind) in [
        ("Witnesses saw a 30- to 35-year-old man run off.", "Age"),
        ("The charge carries a 2- to 10-year sentence.", "Duration"),
        (
            "It is a 15- to 20-minute walk from the station.",
            "Duration",
        ),
    ] {
        let v = view(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert!(v[0].contains(kind), "{text}: {v:?}");
    }
    // a count before a hyphened word that is no measure stays a count
    let v = view("Police found 12- and 16-gauge shells.");
    assert!(
        !v.iter()
            .any(|x| x.contains("Duration") || x.contains("Age")),
        "{v:?}"
    );
}
