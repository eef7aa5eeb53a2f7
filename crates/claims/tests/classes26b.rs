//! Session 26b (issue 17): classes of error that indep16 (essays and tech blogs of 2026) showed,
//! each with sentences written for its test (none copied from a gold batch) and the neighbours the
//! rule must keep.

mod common;

/// `text kind value unit time` of every claim of `text` (an article of 2026-03-04, a
/// Wednesday).
fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(2026, 3, 4)))
}

#[test]
fn ordinals_that_order_the_writers_points() {
    // a spelled ordinal opening a sentence before a comma: a discourse adverb (decision 109)
    assert!(view("Second, the council has not explained where the money went.").is_empty());
    assert!(view("The budget is late. Third, nobody has read it.").is_empty());
    assert!(view("It rained. Fourth, and most important, the bridge was shut.").is_empty());
    // still ranks: not at the opening, or no comma after it
    assert_eq!(
        view("She finished second, behind the champion."),
        ["second Ordinal 2"]
    );
    assert_eq!(
        view("Second place went to a runner from Kenya."),
        ["Second Ordinal 2"]
    );
}

#[test]
fn first_after_a_hyphen_names_a_priority() {
    // `X-first`: what comes before everything else, no rank
    assert!(view("The bank adopted a mobile-first strategy for its new app.").is_empty());
    assert!(view("They prefer test-first development and small releases.").is_empty());
    assert!(view("We are an API-first company.").is_empty());
    // a rank kept: the ordinal alone, or a determiner joined to it by a stray hyphen
    assert_eq!(
        view("She presented her-first collection in Paris."),
        ["first Ordinal 1"]
    );
    assert_eq!(
        view("It was the first release of the app."),
        ["first Ordinal 1"]
    );
}

#[test]
fn a_single_unit_of_time_is_one() {
    // the article stands for one before a unit of time, `single` only stressing it (decision 220)
    assert_eq!(
        view("The festival is squeezed into a single day of talks and music."),
        ["a single day Duration 1 day"]
    );
    assert_eq!(
        view("The battery lasts a week after a single hour of charging."),
        ["a week Duration 1 week", "a single hour Duration 1 hour"]
    );
    // a counted noun after `single` is no unit of time (decision 25)
    assert!(view("Not a single complaint of that kind was filed.").is_empty());
}

#[test]
fn labels_of_captions_and_documents() {
    // `Figure 3:`, `Fig. 2`, `Table 4`, `Exhibit 99.1`: the name of a caption, no count
    assert!(view("Figure 3: The team reviews the plan before the agent runs it.").is_empty());
    assert!(view("As Fig. 2 shows, the loop repeats.").is_empty());
    assert!(view("Table 4 lists the results by region.").is_empty());
    assert!(view("The company filed Exhibit 99.1 with its report.").is_empty());
    // lower case: `the figure` before a number may name the number itself
    assert_eq!(
        view("Officials put the figure at 300 people."),
        ["300 Count 300"]
    );
}
