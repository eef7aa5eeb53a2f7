//! Ordinal words (`first`, `twentieth`, `hundredth`).

/// Ordinal words: `first`..`twentieth`, tens, `hundredth`...
pub(crate) fn ordinal(w: &str) -> Option<u64> {
    // every ordinal has 5 to 11 letters and ends in `t`, `d` or `h`: most words are turned away
    // here, before the match's string comparisons (the scan asks this of every token)
    if !(5..=11).contains(&w.len()) || !matches!(w.as_bytes()[w.len() - 1], b't' | b'd' | b'h') {
        return None;
    }
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" | "nineth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        "millionth" => 1_000_000,
        "billionth" => 1_000_000_000,
        "trillionth" => 1_000_000_000_000,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::ordinal;

    #[test]
    fn the_gate_keeps_every_ordinal_and_turns_away_other_words() {
        let listed = [
            ("first", 1),
            ("second", 2),
            ("third", 3),
            ("fifth", 5),
            ("ninth", 9),
            ("nineth", 9),
            ("seventeenth", 17),
            ("twentieth", 20),
            ("hundredth", 100),
            ("thousandth", 1000),
            ("trillionth", 1_000_000_000_000),
        ];
        for (w, v) in listed {
            assert_eq!(ordinal(w), Some(v), "{w}");
        }
        // words of an ordinal's length or last letter, a plural, and the degenerate ones
        for w in [
            "said",
            "that",
            "month",
            "seconds",
            "tenths",
            "",
            "t",
            "eighteenths",
        ] {
            assert_eq!(ordinal(w), None, "{w}");
        }
    }
}
