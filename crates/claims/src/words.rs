//! Closed-class number and calendar words (English grammar, not lexicon data).

/// `zero`..`nineteen`.
pub(crate) fn small(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// `twenty`..`ninety`.
pub(crate) fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// `thousand`, `million`... as multipliers (not `hundred`, which binds tighter).
pub(crate) fn big_scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Abbreviated scales after digits (`3m`, `4.5bn`, `10k`). `adjacent` says whether the
/// abbreviation touches the digits; single letters only count when they do.
pub(crate) fn abbr_scale(w: &str, adjacent: bool) -> Option<f64> {
    Some(match w {
        "m" | "b" | "k" | "bil" if !adjacent => return None,
        "m" | "mn" | "mln" | "mil" | "mill" => 1e6,
        "bn" | "b" | "bln" | "bil" => 1e9,
        "k" => 1e3,
        "tn" | "trn" | "tr" | "tln" => 1e12,
        _ => return None,
    })
}

/// Ordinal words: `first`..`twentieth`, tens, `hundredth`...
pub(crate) fn ordinal(w: &str) -> Option<u64> {
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

/// Fraction denominators: `half`, `third(s)`, `quarter(s)`, `fifth(s)`... (every ordinal word
/// from `third` on, plus `half` and `quarter`).
pub(crate) fn denominator(w: &str) -> Option<u64> {
    let w = w
        .strip_suffix('s')
        .filter(|x| *x != "thi" && !x.is_empty())
        .unwrap_or(w);
    match w {
        "half" | "halve" => Some(2),
        "quarter" => Some(4),
        _ => ordinal(w).filter(|d| *d >= 3),
    }
}

/// Vague plurals: `dozens`, `hundreds`, `thousands`, `millions`, `billions`:
/// (lower bound inclusive, upper bound exclusive).
pub(crate) fn vague(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "dozens" => (24.0, 100.0),
        "hundreds" => (200.0, 1000.0),
        "thousands" => (2000.0, 10_000.0),
        "millions" => (2e6, 1e9),
        "billions" => (2e9, 1e12),
        _ => return None,
    })
}

/// Month names and abbreviations.
pub(crate) fn month(w: &str) -> Option<i8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for month names that are also common words, which need a date context.
pub(crate) fn ambiguous_month(w: &str) -> bool {
    matches!(
        w,
        "may"
            | "march"
            | "august"
            | "jan"
            | "mar"
            | "jun"
            | "sep"
            | "dec"
            | "oct"
            | "nov"
            | "aug"
            | "apr"
            | "feb"
            | "jul"
            | "sept"
    )
}

/// Weekday names: Monday = 0.
pub(crate) fn weekday(w: &str) -> Option<i8> {
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Calendar units for durations, singular.
pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Lemma of an English noun (plural to singular), keeping the case of the first letter.
pub(crate) fn lemma(w: &str) -> String {
    let lower = w.to_lowercase();
    let irregular = match lower.as_str() {
        "people" => Some("person"),
        "children" => Some("child"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "police" => Some("police"),
        "staff" => Some("staff"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "thieves" => Some("thief"),
        "troops" => Some("troop"),
        "series" | "species" | "news" | "sheep" | "deer" | "fish" | "aircraft" => {
            Some(lower.as_str())
        }
        _ => None,
    };
    let l: String = if let Some(x) = irregular {
        x.to_owned()
    } else if lower.len() > 4 && lower.ends_with("ies") {
        format!("{}y", &lower[..lower.len() - 3])
    } else if lower.ends_with("sses")
        || lower.ends_with("xes")
        || lower.ends_with("ches")
        || lower.ends_with("shes")
        || lower.ends_with("zes")
    {
        lower[..lower.len() - 2].to_owned()
    } else if lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
    {
        lower[..lower.len() - 1].to_owned()
    } else {
        lower
    };
    if w.chars().next().is_some_and(char::is_uppercase) {
        let mut c = l.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => l,
        }
    } else {
        l
    }
}
