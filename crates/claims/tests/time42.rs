//! Time of claim frames, session 38 (issue 14, round time42): `the first N months` of a year is
//! the window from January to the N-th month (`2016-01/2016-11`), of the year named after it
//! or, bare, of the article's year when the window ends just before the article's month. The
//! sentences are written for the tests, shaped like the real corpus.

mod common;

use common::assert_times;

const DEC: (i16, i8, i8) = (2016, 12, 30);
const JAN: (i16, i8, i8) = (2017, 1, 27);

/// Class: a named year, `this year` or `last year` after the first months gives the window.
#[test]
fn the_first_months_of_a_named_year() {
    let cases = [
        (
            "Exports of steel fell 4 percent to $12 billion in the first nine months of 2016.",
            "$12 billion",
            Some("2016-01/2016-09"),
        ),
        (
            "In the first seven months of this year, the company's revenue exceeded 71 billion yuan.",
            "exceeded 71 billion yuan",
            Some("2016-01/2016-07"),
        ),
        (
            "The mills realized revenue of 2.06 trillion yuan in the first 11 months of last year.",
            "11 months",
            Some("2016-01/2016-11"),
        ),
    ];
    assert_times(DEC, &cases[..2]);
    assert_times(JAN, &cases[2..]);
}

/// Class: a bare `the first N months` ending just before the article's month is the article's
/// year (or the year before, in January).
#[test]
fn the_bare_first_months_of_the_article_year() {
    assert_times(
        DEC,
        &[(
            "China's overseas direct investment in the first 11 months stood at $161.7 billion.",
            "$161.7 billion",
            Some("2016-01/2016-11"),
        )],
    );
    assert_times(
        JAN,
        &[(
            "Urban fixed-asset investment growth was 8.3 percent in the first 11 months.",
            "8.3 percent",
            Some("2016-01/2016-11"),
        )],
    );
}

/// Class: the first months of another thing, a bare window far from the article's month, or
/// the other side of a comparison give no window.
#[test]
fn the_first_months_of_other_things() {
    let cases = [
        (
            "The park took close to 6 million visitors in the first seven months after its opening.",
            "close to 6 million",
        ),
        (
            "About 5,100 drivers caught in the first three months were given refunds.",
            "About 5,100",
        ),
        (
            "Analysts say that for the first three months of the year China will sell 40 percent more.",
            "40 percent",
        ),
    ];
    assert_times(DEC, &cases.map(|(s, f)| (s, f, None)));
}
