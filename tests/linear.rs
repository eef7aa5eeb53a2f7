//! Pathological text stays linear through the whole pipeline (tokenizer, entities, claims):
//! for each hostile input, doubling its size at most roughly doubles the time of `reckon run`.
//! Ratios of two sizes measured in the same test, never absolute times.

use std::time::Instant;

use crate::util::{self, run};

/// Seconds for `reckon run` on a one-article file holding `text` (best of two runs).
fn time(dir: &std::path::Path, name: &str, text: &str) -> f64 {
    let p = util::write(dir, name, text.as_bytes());
    (0..2)
        .map(|_| {
            let t = Instant::now();
            let r = run(
                &[
                    "run",
                    p.to_str().unwrap(),
                    "-q",
                    "-o",
                    "/dev/null",
                    "-j",
                    "1",
                ],
                None,
            );
            assert_eq!(r.code, 0, "{}", r.stderr);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Builds a hostile text of about the given length.
type Make = Box<dyn Fn(usize) -> String>;

#[test]
fn hostile_inputs_take_time_proportional_to_their_length() {
    let cases: Vec<(&str, Make)> = vec![
        ("digits-and-commas", Box::new(|n| "1,".repeat(n / 2))),
        (
            "nested-brackets",
            Box::new(|n| format!("{}{}", "(".repeat(n / 2), ")".repeat(n / 2))),
        ),
        ("hyphens", Box::new(|n| "-".repeat(n))),
        ("one-long-word", Box::new(|n| "a".repeat(n))),
        ("abbreviation-dots", Box::new(|n| "U.".repeat(n / 2))),
        (
            "modifier-chains",
            Box::new(|n| "more than about nearly at least ".repeat(n / 32)),
        ),
        (
            "spelled-numbers",
            Box::new(|n| "one hundred and twenty-one thousand ".repeat(n / 36)),
        ),
        (
            "numbers-and-ranges",
            Box::new(|n| "10-20 to 30 of the 40, including 5 ".repeat(n / 36)),
        ),
        (
            "unicode-spaces-and-dashes",
            Box::new(|n| "x\u{00A0}\u{2009}\u{2014}\u{2013}\u{3000}y\u{2028}".repeat(n / 18)),
        ),
    ];
    let dir = util::tempdir();
    let small = 150_000;
    for (name, make) in &cases {
        let t1 = time(dir.path(), &format!("{name}-1.txt"), &make(small));
        let t2 = time(dir.path(), &format!("{name}-2.txt"), &make(2 * small));
        // Process start-up is in both; allow noise from a shared machine, not quadratic growth (4x).
        assert!(
            t2 / t1 < 3.0,
            "{name}: {t1:.3} s for {small} bytes, {t2:.3} s for twice that"
        );
    }
}
