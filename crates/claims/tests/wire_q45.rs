//! Session 38 (q45): wire copy's money (indep28's Reuters-21578 errors): dollars named by a
//! country the lexicon lacked (`Zimbabwe dlrs`, the wire's `Can dlrs`) and a bare `crowns`
//! whose country is only the exchange suffix of a ticker (`<VOLV.ST>`). Sentences written for
//! the tests.

mod common;

fn view(text: &str) -> Vec<String> {
    common::view_of(&common::run_at(text, jiff::civil::date(1987, 3, 12)))
}

#[test]
fn dollars_of_a_named_country_take_its_code() {
    let v = view("Output rose 5.1 pct to 3.4 billion Zimbabwe dlrs last year.");
    assert!(
        v.iter()
            .any(|c| c == "3.4 billion Zimbabwe dlrs Money 3400000000 ZWD"),
        "{v:?}"
    );
    let v = view("The bid values the assets at 2.15 billion Can dlrs, the company said.");
    assert!(
        v.iter()
            .any(|c| c == "2.15 billion Can dlrs Money 2150000000 CAD"),
        "{v:?}"
    );
}

#[test]
fn crowns_under_a_nordic_ticker_are_that_country_s() {
    let v = view("<AB Norda>, a unit of AB Storm <STRM.ST>, said sales rose to 640 mln crowns.");
    assert!(
        v.iter().any(|c| c == "640 mln crowns Money 640000000 SEK"),
        "{v:?}"
    );
    let v = view("Danfoss Holding <DANF.CO> said profit rose to 95 mln crowns.");
    assert!(
        v.iter().any(|c| c == "95 mln crowns Money 95000000 DKK"),
        "{v:?}"
    );
    // no ticker and no country: no currency, as before
    let v = view("The skater won 3 crowns in the season.");
    assert!(!v.iter().any(|c| c.contains("Money")), "{v:?}");
}
