//! Session 37 (place39, issue 14): places of claim frames. A country adjective on a noun of
//! places after a locative preposition (`in Israeli jails`, `in three Yemeni provinces`, `on
//! Australian soil`) is where the counted things are (`place/adjective_site.rs`), when the
//! figure's own clause names no place. Sentences written for these tests.

mod common;

use common::place;

#[test]
fn a_country_adjective_on_places_after_a_locative_is_the_place() {
    for (text, q, want) in [
        (
            "About 450 inmates are currently held in Turkish jails, the group said.",
            "About 450",
            "Turkey",
        ),
        (
            "The march drew crowds of thousands in most large Polish cities.",
            "thousands",
            "Poland",
        ),
        (
            "Dozens of strikes hit targets in three Yemeni provinces on Thursday.",
            "Dozens",
            "Yemen",
        ),
        (
            "The builder has sold 420 homes on Australian soil.",
            "420",
            "Australia",
        ),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
}

#[test]
fn no_country_adjective_place_for_other_shapes() {
    for (text, q) in [
        // (a count of countries is in none of their places)
        (
            "The two countries agreed to avoid clashes in Syrian airspace.",
            "two",
        ),
        (
            "Athletes from nearly 100 nations will compete on South Korean soil.",
            "nearly 100",
        ),
        // (`on` before another noun: a topic)
        ("The board wrote 30 reports on Spanish schools.", "30"),
        // (the noun modifies another: an institution, not the land)
        (
            "Some 40 officials in Turkish prisons administration were fired.",
            "Some 40",
        ),
    ] {
        assert_eq!(place(text, q), None, "{text} / {q}");
    }
}

#[test]
fn a_region_adjective_on_a_count_of_countries_is_the_region() {
    for (text, q, want) in [
        (
            "The bank has lent money for 40 projects in 12 African countries.",
            "12",
            "Africa",
        ),
        ("Six European nations signed the treaty.", "Six", "Europe"),
    ] {
        assert_eq!(place(text, q).as_deref(), Some(want), "{text} / {q}");
    }
    // (a group that is no region)
    assert_eq!(
        place("The commission is made up of 18 Arab states.", "18"),
        None
    );
}
