//! Session 31 (q31, issue 17): classes of quantities left on the development batches (indep20
//! above all), each with sentences written for its test (none copied from a gold batch) and the
//! neighbours the rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

/// The view of the claim whose text starts with `head`.
fn claim<'a>(v: &'a [String], head: &str) -> &'a str {
    common::view_line(v, head)
}

#[test]
fn bare_degrees_take_the_scale_the_article_writes() {
    // one scale named once: the bare degrees of the article are on it
    let text = "The city recorded 41 degrees Celsius on Monday. Forecasters expect 38 degrees \
                on Tuesday and 30-33 degrees by the weekend, and nights above 25 degrees.";
    let v = view(text);
    for head in ["38 degrees", "30-33 degrees", "above 25 degrees"] {
        assert!(claim(&v, head).ends_with("°C"), "{head}: {v:?}");
    }
    let text = "Highs reached 104F in Phoenix. Tucson stayed near 99 degrees.";
    let v = view(text);
    assert!(claim(&v, "99 degrees").ends_with("°F"), "{v:?}");
    // both scales written: no guess
    let text = "It was 30C (86F) at noon. By evening it was 20 degrees.";
    let v = view(text);
    assert!(claim(&v, "20 degrees").ends_with(" °"), "{v:?}");
    // no scale written: the lexicon's degrees stay
    let v = view("The road climbs at 12 degrees for a mile.");
    assert!(claim(&v, "12 degrees").ends_with(" °"), "{v:?}");
    // angles and the globe keep their degrees in an article with a scale
    let text = "Temperatures hit 35 degrees Celsius. The driver made a 180 degrees turn, the \
                ship sailed at 40 degrees north, and the ramp rose at 15 degrees angle.";
    let v = view(text);
    for head in ["180 degrees", "40 degrees", "15 degrees"] {
        assert!(claim(&v, head).ends_with(" °"), "{head}: {v:?}");
    }
}

#[test]
fn within_the_next_bounds_a_length_of_time() {
    // `within N days` is already `(,N]`; `the next` between them too (a window looking back,
    // `within the last two weeks`, is the window's length in indep4's gold: left so)
    for (text, head, bound) in [
        (
            "The storm could strengthen within the next three days.",
            "within the next three days",
            "(,3]",
        ),
        (
            "A decision is due within the next 12 months.",
            "within the next 12 months",
            "(,12]",
        ),
    ] {
        let v = view(text);
        let c = claim(&v, head);
        assert!(c.contains(bound), "{text}: {v:?}");
    }
    // a plain duration after `in the next` is no bound, nor a window looking back
    for (text, head) in [
        ("Rain is expected in the next two days.", "two days"),
        ("Three shops closed within the last two weeks.", "two weeks"),
    ] {
        let v = view(text);
        assert!(
            v.iter().any(|x| x.contains(head) && !x.contains("(,")),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn a_unit_of_time_and_half_is_one_and_a_half() {
    for (text, head) in [
        (
            "The drive took about an hour and half in the rain.",
            "about an hour and half",
        ),
        (
            "About two hours and half into the match, it rained.",
            "About two hours and half",
        ),
        (
            "She waited a year and a half for the ruling.",
            "a year and a half",
        ),
    ] {
        let v = view(text);
        assert!(claim(&v, head).contains(".5 "), "{text}: {v:?}");
    }
    // `half` opening a noun phrase is no part of the duration
    let v = view("After three hours and half the crowd had left.");
    assert!(claim(&v, "three hours").contains(" 3 "), "{v:?}");
    assert!(
        !v.iter().any(|x| x.starts_with("three hours and half")),
        "{v:?}"
    );
}

#[test]
fn a_number_quoted_as_a_works_title_is_a_name() {
    for (text, title) in [
        ("She reread the novel '1984' on the train.", "1984"),
        (
            "The film \u{201c}2012,\u{201d} a disaster epic, was shown again.",
            "2012",
        ),
        ("Fans still play the album \"21\" at parties.", "21"),
    ] {
        let v = view(text);
        assert!(!v.iter().any(|x| x.starts_with(title)), "{text}: {v:?}");
    }
    // a quoted figure after another noun, and a year after a work noun with no quotes, stay
    for (text, num) in [
        ("The poll gave the figure '45' as its estimate.", "45"),
        ("The book sold 1984 copies in its first week.", "1984"),
        ("The film, released in 1984, is back.", "1984"),
    ] {
        let v = view(text);
        assert!(v.iter().any(|x| x.starts_with(num)), "{text}: {v:?}");
    }
}

#[test]
fn upward_of_is_a_lower_bound_and_a_chromosome_number_a_name() {
    // `upward of` as `upwards of` (indep21, read after its score; sentences written here)
    let v = view("Organisers said upward of 3,000 runners had signed up.");
    assert!(claim(&v, "upward of 3,000").contains("(3000,)"), "{v:?}");
    let v = view("Upwards of 40 homes were flooded.");
    assert!(claim(&v, "Upwards of 40").contains("(40,)"), "{v:?}");
    // a numbered chromosome is a name, as `page 12` or `Chapter 3`; a count of them stays
    let v = view("The mutation sits on chromosome 17, the team found.");
    assert!(!v.iter().any(|x| x.starts_with("17")), "{v:?}");
    let v = view("Humans carry 23 pairs of chromosomes.");
    assert!(v.iter().any(|x| x.starts_with("23")), "{v:?}");
}
