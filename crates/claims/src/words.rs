//! Closed-class number and calendar words (English grammar, not lexicon data).

mod ordinals;
pub(crate) use ordinals::ordinal;

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
        // (and the copy error `bilion`, read as meant)
        "billion" | "bilion" => 1e9,
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

/// The scale of `multimillion`, `multibillion` (after `multi`, `multi-`): the range of the
/// plural (`millions`, `billions`).
pub(crate) fn multi_scale(w: &str) -> Option<(f64, f64)> {
    match w {
        "million" => vague("millions"),
        "billion" => vague("billions"),
        "trillion" => Some((2e12, 1e15)),
        _ => None,
    }
}

/// A word that can open an amount at all (`Context::amount_core` without a currency before it):
/// the words its word branch and `Context::spelled` test first. Every other word (`the`,
/// `said`) is no amount, known without trying each rule; a new rule that opens an amount with
/// another word must add it here.
pub(crate) fn may_start_amount(w: &str) -> bool {
    matches!(
        w,
        "a" | "tens"
            | "hundreds"
            | "several"
            | "half"
            | "quarter"
            | "minus"
            | "negative"
            | "nought"
            | "naught"
            | "hundred"
            | "multi"
            | "multimillion"
            | "multibillion"
            | "multitrillion"
            | "million"
            | "billion"
            | "trillion"
    ) || small(w).is_some()
        || tens(w).is_some()
        || ordinal(w).is_some()
        || vague(w).is_some()
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
        // (`a 100-millisecond delay`, decision 222: a unit of its own, as written)
        "millisecond" | "milliseconds" => "millisecond",
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" | "wk" | "wks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" | "mth" | "mths" | "mos" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// How many of the calendar unit `small` make one of the next larger unit `big` (`minute`,
/// `hour`: 60), for a range written `30 minutes to an hour`; `None` for other pairs.
pub(crate) fn units_in_next(small: &str, big: &str) -> Option<f64> {
    Some(match (small, big) {
        ("second", "minute") | ("minute", "hour") => 60.0,
        ("hour", "day") => 24.0,
        ("day", "week") => 7.0,
        ("month", "year") => 12.0,
        ("year", "decade") => 10.0,
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

// ---------------------------------------------------------------- cue words

/// Defines `pub(crate) fn name(w: &str) -> bool`, true for the listed lower-case words: a
/// `matches!` on string literals (compiled to a length switch, no allocation, no hashing).
macro_rules! word_list {
    ($($(#[$doc:meta])* $name:ident: $($w:literal)|+;)*) => {
        $($(#[$doc])* pub(crate) fn $name(w: &str) -> bool { matches!(w, $($w)|+) })*
    };
}

word_list! {
    /// Words after `turns 60` that keep it an age (`turns 60 on Monday`).
    after_turned_age: "on" | "next" | "today" | "and";
    /// The narrower set for month names that are also common words (`in May`, `last March`; not `to
    /// may`).
    ambiguous_month_context_word: "in" | "since" | "until" | "last" | "next" | "this" | "early" |
        "late" | "mid" | "of" | "by" | "during";
    /// Words before `hundred thousand` that make the hundred one hundred (`some hundred thousand
    /// dollars`).
    approximating_word: "some" | "about" | "around" | "roughly" | "nearly" | "almost" | "than";
    /// Nouns of `at first (glance)` and friends, where `first` ranks nothing.
    at_first_noun: "glance" | "sight" | "light" | "blush" | "hand";
    /// Forms of `be` and `have` (a participle in `-en` after them: `was first given`).
    be_or_have: "was" | "were" | "is" | "are" | "been" | "be" | "has" | "have" | "had";
    /// Forms of `be` before a passive participle (`was accused by`, `is said`).
    be_form: "was" | "were" | "been" | "be" | "is" | "are" | "being";
    /// Verbs before `to` and an emergency number, besides `call...` and `connect...` (`texts to
    /// 911`).
    call_to_verb: "placed" | "texts" | "reach" | "access";
    /// Verbs of calling before an emergency number, besides `call...` and `dial...` (`rang 999`).
    calling_verb: "ring" | "rings" | "rang" | "phoned" | "phone" | "text";
    /// Regions that name a time zone after a clock time (`7 p.m. Eastern`).
    zone_region: "eastern" | "central" | "pacific" | "mountain" | "atlantic" | "local" | "et" |
        "ct" | "pt" | "mt" | "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" |
        "gmt" | "utc" | "bst";
    /// Words after a length of time that place an event by it (`one day after`, `a week
    /// later`).
    after_a_length: "after" | "before" | "later" | "earlier" | "ago";
    /// Past forms of striking and shooting that do not end in `-ed` (`shot twice`).
    hit_verb: "shot" | "hit" | "struck" | "beaten" | "beat" | "rang" | "won" | "lost" | "ran";
    /// Participles of report before `to be` (`believed to be 4`, `thought to be in his 30s`).
    reporting_participle: "believed" | "thought" | "said" | "reported" | "known" | "estimated";
    /// Conjunctions that join a clause after a finished phrase (`hit the seat first because
    /// ...`, `in the first place and what ...`).
    clause_joiner: "because" | "and" | "but" | "or" | "so" | "before" | "when" | "since" |
        "while";
    /// Words that open a clause before the generic pronoun `one` (`and one would think`).
    clause_opener: "and" | "but" | "so" | "that" | "if" | "when" | "indeed" | "where" | "as";
    /// Prepositions before `noon` or `midnight` that make it a clock time (`at noon`, `by midnight`).
    clock_word_preposition: "at" | "by" | "until" | "before" | "after" | "around" | "from" |
        "till" | "about";
    /// Words between a number and its counted noun (`57 more people`, `11 additional patients`).
    counted_premodifier: "more" | "additional" | "extra" | "other" | "new" | "further";
    /// Countries written as an acronym of three or four capitals (`the USA`, `the UAE`).
    country_acronym: "USA" | "UAE" | "DRC" | "PRC" | "ROK" | "DPRK" | "ROC" | "CAR" | "KSA";
    /// Nouns of dated events after a bare year (`raising 2016 elections`, `2019 season`).
    dated_event_noun: "election" | "elections" | "campaign" | "campaigns" | "census" |
        "midterm" | "midterms" | "primary" | "primaries" | "presidential" | "season" | "seasons" |
        "budget" | "budgets" | "draft" | "referendum" | "olympics" | "tournament" |
        "championship" | "championships" | "edition" | "crisis" | "riots" | "earthquake";
    /// Nouns of a year's results after a year (`1987 earnings`, `1986 net includes`, `1986/87
    /// output`), in company and market news.
    year_result_noun: "net" | "earnings" | "profit" | "profits" | "results" | "revenues" |
        "revenue" | "sales" | "output" | "production" | "exports" | "imports" | "harvest" |
        "crop" | "dividend" | "dividends" | "income" | "losses" | "deficit" | "surplus" |
        "turnover" | "forecast" | "growth" | "inflation" | "spending" | "quota" | "quotas" | "shr" | "qtr";
    /// Words of figures near a quarter without a year (`first quarter net`, `fourth-quarter
    /// earnings`, `GDP grew 2 pct in the third quarter`).
    figures_word: "shr" | "qtr" | "pct" | "percent" | "dlrs" | "gdp" | "economy" | "company" |
        "quarterly" | "fiscal" | "loss" | "operating" | "margin" | "margins" | "shares" |
        "analysts" | "expects" | "reported" | "accounts";
    /// Words of a game, near which a quarter is a quarter of play (`in the fourth quarter`).
    game_word: "points" | "point" | "scored" | "goal" | "goals" | "touchdown" | "touchdowns" |
        "game" | "games" | "lead" | "led" | "played" | "minutes" | "yards" | "pass" | "basket" |
        "shot" | "quarterback" | "team" | "win" | "fans" | "coach";
    /// The definite article and possessive determiners.
    definite_determiner: "the" | "its" | "their" | "his" | "her" | "our";
    /// Determiners before an adjective and `one` (`the main one`, `a new one`).
    determiner: "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our";
    /// Nouns after a display format glued to its number (`4K streaming`, `1080p video`).
    display_format_noun: "resolution" | "streaming" | "stream" | "streams" | "video" | "videos" |
        "tv" | "tvs" | "television" | "televisions" | "display" | "displays" | "screen" |
        "screens" | "monitor" | "monitors" | "hdr" | "uhd" | "ultra" | "content" | "camera" |
        "cameras" | "footage" | "gaming" | "playback" | "support" | "blu";
    /// `dozen` and its abbreviations, singular and plural.
    dozen: "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs";
    /// Nouns after an emergency number that make it the service (`a 999 call`, `911 dispatchers`).
    emergency_service_noun: "call" | "calls" | "caller" | "callers" | "operator" | "operators" |
        "dispatcher" | "dispatchers" | "dispatch" | "service" | "services" | "center" | "centre" |
        "system" | "line" | "emergency";
    /// Era markers written in capitals (`AD`, `BC`), which are not names before a number.
    era: "AD" | "BC" | "CE" | "BCE";
    /// Adjectives before a plural event noun that are not what is counted (`new cases`, `suspected
    /// cases`): the noun before an event is read as the counted thing only past them.
    event_premodifier: "new" | "suspected" | "confirmed" | "more" | "additional" | "total" |
        "reported" | "recorded" | "daily" | "further" | "other" | "known" | "probable" | "possible";
    /// Nouns that make `first` part of a lexicalised compound (`first lady`, `first cousin`).
    first_compound_head: "lady" | "ladies" | "responder" | "responders" | "minister" | "ministers"
        | "name" | "names" | "aid" | "refusal" | "cousin" | "cousins" | "offender" | "offenders";
    /// Words before a weekday that put it in the future (`will meet on Monday`).
    /// (`turns 6 on Sunday`: a birthday ahead)
    future_cue: "will" | "would" | "expected" | "scheduled" | "due" | "plans" | "planned" |
        "upcoming" | "ll" | "turns" | "turning";
    /// Words before `half` that make it an ordinal or a unit (`the first half`, `in half`).
    half_not_share_before: "first" | "second" | "the" | "a" | "in" | "and";
    /// Words before `over` and a duration that make it `more than` (`for over two years`, `the
    /// first time in over a decade`, `a career of over 20 years`); elsewhere `over` is `during`.
    over_more_than_before: "for" | "in" | "of" | "just" | "after" | "lasted" | "lasting" |
        "spent" | "took";
    /// Plural nouns of the successive parts of a contest or a tenure over which a figure is
    /// spread (`four-hit ball over seven innings`, `six medals over two Olympics`, `45 points
    /// over three rounds`): after `over` and a count, `over` means across, as with a duration.
    spread_span_noun: "innings" | "olympics" | "seasons" | "rounds" | "sets" | "holes" | "laps" |
        "stages" | "legs" | "terms" | "sessions" | "editions" | "starts" | "outings" |
        "quarters" | "halves" | "periods" | "tournaments" | "games" | "matches";
    /// Nouns of a person after which a possessive makes `one` a certain one (`one man's
    /// choice`, `one woman's child`).
    person_noun: "man" | "woman" | "person" | "boy" | "girl" | "child" | "guy" | "lady" |
        "member" | "officer" | "resident" | "neighbor" | "neighbour" | "friend" | "reader" |
        "viewer" | "user" | "customer" | "family" | "student" | "worker" | "parent" | "mother" |
        "father";
    /// Verbs of an event of a life before `at N` that make N an age (`died at 85`, `was elected
    /// ... at 27`, `passed away at 90`).
    life_event_verb: "died" | "dies" | "die" | "away" | "elected" | "married" | "marries" | "divorced" |
        "retired" | "retires" | "debuted" | "enlisted" | "graduated" | "diagnosed" | "killed" |
        "murdered" | "drowned" | "drafted" | "ordained" | "widowed" | "orphaned" | "emigrated" |
        "pregnant" | "widow" | "orphan";
    /// Words after `at a time` that make it `at the time` (`at a time when`, `at a time of
    /// crisis`), not the idiom `one ... at a time`.
    at_a_time_of: "when" | "of" | "that" | "where" | "in" | "during" | "like" | "before" | "after";
    /// Subject pronouns (`At 17, she left home`).
    subject_pronoun: "he" | "she" | "i" | "we" | "they";
    /// Superlatives that rank something within a period (`the deadliest attack of the year`).
    rank_superlative: "best" | "worst" | "biggest" | "largest" | "highest" | "lowest" |
        "deadliest" | "busiest" | "hottest" | "coldest" | "wettest" | "driest" | "warmest" |
        "strongest" | "longest" | "fastest" | "most" | "least" | "top";
    /// Determiners before a period in `the first half of the year`, `of this season`.
    period_determiner: "the" | "this" | "last" | "next" | "that" | "its" | "their" | "his" |
        "her" | "fiscal";
    /// Periods a half is a part of (`the first half of the year`, `of the 19th century`).
    period_noun: "year" | "season" | "century" | "decade" | "month" | "week" | "day" |
        "quarter" | "term" | "game" | "match" | "campaign" | "year's" | "fiscal" | "financial";
    /// Words naming a part before `half of` that keep it a share (`the first half of it`, `the
    /// top half of bread`).
    half_part_before: "first" | "second" | "top" | "bottom" | "upper" | "lower" | "other" |
        "latter" | "former" | "back" | "front" | "northern" | "southern" | "eastern" | "western";
    /// Words after `half` that make it a share (`half of`, `half the`, `half their`).
    half_share_follower: "of" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "them";
    /// Verbs of having whose object may be the pronoun `one` (`have one, too`, `those who own
    /// one.`, `didn't own one.`).
    having_verb: "have" | "has" | "had" | "get" | "got" | "want" | "wants" | "need" | "needs" |
        "own" | "owns" | "owned";
    /// Prepositions that open a relative clause before `which` (`one in which`, `one on which`).
    relative_preposition: "in" | "on" | "at" | "for" | "by" | "with" | "under" | "from" |
        "through" | "during" | "about" | "into" | "over";
    /// Common past forms not ending in `-ed` (`came`, `made`, `took`); `first` before them is an
    /// adverb.
    irregular_past_verb: "came" | "met" | "made" | "saw" | "seen" | "went" | "took" | "taken" |
        "began" | "begun" | "became" | "become" | "heard" | "told" | "found" | "built" | "set" |
        "held" | "brought" | "caught" | "got" | "wrote" | "written" | "spoke" | "spoken" | "emerged" |
        "knew" | "known" | "joined" | "arrived" | "appeared" | "sold" | "bought" | "won" | "ran";
    /// Words hyphened before digits that leave them a number (`mid-2023`, `pre-1990`, `over-50s`),
    /// unlike an identifier (`COVID-19`).
    keeps_hyphened_number: "mid" | "pre" | "post" | "early" | "late" | "over" | "under" | "top" |
        "all" | "non" | "the";
    /// Legal steps taken against people `in the death of` someone (`charged in the death of`):
    /// that death is not what the people are counted for.
    legal_step: "charged" | "arrested" | "indicted" | "convicted" | "sentenced" | "accused" |
        "jailed" | "detained" | "questioned" | "held" | "booked" | "suspects" | "suspect";
    /// Modals and `also`: the generic pronoun `one` before them (`one can only wonder`).
    modal_or_also: "also" | "can" | "cannot" | "can't" | "could" | "would" | "should" | "must" |
        "might" | "may";
    /// Words before a month name alone that make it a date (`in March`, `since May`).
    month_context_word: "in" | "since" | "until" | "till" | "by" | "from" | "of" | "during" |
        "early" | "late" | "mid" | "last" | "next" | "this" | "through" | "before" | "after" | "on" |
        "to" | "and" | "between" | "with" | "than";
    /// Words before a month that say which part of it (`early March`, `mid-May`).
    month_part_word: "early" | "late" | "mid" | "earlier" | "later" | "end";
    /// Words after a range of days that make it something else (`3-5 p.m.`, `4-6 percent`).
    not_day_range_end: "a" | "p" | "am" | "pm" | "percent" | "per";
    /// Words hyphened after `one` in lexicalised compounds (`one-stop`, `one-off`, `one-sided`,
    /// `one-way`, `such one-offs`).
    one_compound_part: "stop" | "off" | "on" | "sided" | "size" | "upmanship" | "liner" | "liners"
        | "horse" | "of" | "man" | "woman" | "way" | "offs";
    /// Nouns after `zero` in lexicalised compounds that count nothing (`zero tolerance`, a
    /// `zero-sum game`, `zero-emission buses`, `zero rating`, `Zero Hunger`, `zero-carbon homes`;
    /// `zero day` and `zero hours` are read in `scan/noise.rs`).
    zero_compound_part: "tolerance" | "sum" | "emission" | "emissions" | "rating" | "rated" |
        "hunger" | "carbon";
    /// Plural nouns not ending in `s` (`over 1750 people`, `1200 children`, `2300 cattle`).
    plural_without_s: "people" | "children" | "men" | "women" | "police" | "staff" | "personnel" |
        "cattle" | "sheep" | "fish" | "livestock" | "poultry" | "feet" | "teeth" | "mice" | "geese" |
        "data" | "media" | "crew" | "infantry";
    /// Words hyphened after an ordinal in lexicalised compounds (`first-time`, `second-hand`, `third-
    /// party`, the `second-wave` feminist movement, `first-team`: decisions 196 and 415).
    ordinal_compound_part: "time" | "hand" | "class" | "rate" | "party" | "aid" |
        "string" | "guess" | "guessed" | "guessing" | "guesses" | "wave" | "team" | "line";
    /// Nouns after a digit ordinal that make it part of a name (`the 9th Circuit`, `82nd Airborne`,
    /// `E. 93rd Street`, `the 6th District`), or of an address (`the 1300th block`).
    ordinal_name_head: "circuit" | "fleet" | "army" | "division" | "brigade" | "regiment" |
        "battalion" | "corps" | "squadron" | "infantry" | "airborne" | "cavalry" | "armored" |
        "armoured" | "precinct" | "amendment" | "street" | "avenue" | "congressional" | "district" |
        "ward" | "command" | "block";
    /// Ordinal suffixes glued to digits (`21st`, `4th`).
    ordinal_suffix: "st" | "nd" | "rd" | "th";
    /// Parts of a day after a weekday (`Monday morning`).
    part_of_day: "morning" | "afternoon" | "evening" | "night";
    /// Bound verbs (`passed`, `topped`, `exceeded`) that before a score (`217-213`) are no bound.
    passing_verb: "past" | "passed" | "topped" | "tops" | "exceeded" | "exceeds" | "exceeding" |
        "surpassed" | "surpasses" | "surpassing" | "exceed" | "surpass";
    /// Words before a weekday that put it in the past (`said on Monday`).
    past_cue: "said" | "was" | "were" | "had" | "began" | "did";
    /// Words before `past` that make it an adjective of time (`the past 24 hours`, `half past
    /// seven`), not a bound.
    past_period_before: "the" | "this" | "these" | "those" | "last" | "next" | "half" | "quarter"
        | "its" | "over" | "for" | "in" | "during" | "within" | "of" | "his" | "her" | "their" |
        "our";
    /// Intransitive verbs of rising to a level: after them `up to $8` is the level reached
    /// (`would go up to $8`), not a bound.
    /// (not `rise`: `could rise up to 3 mln pounds` is a ceiling)
    rising_verb: "go" | "goes" | "went" | "gone" | "going" | "climb" | "climbs" | "climbed" |
        "climbing" | "move" | "moves" | "moved" | "inch" | "inched" | "tick" | "ticked";
    /// Verbs of a price or an index moving by an amount (`fell 1-1/4 to 23-1/8`, `rose 12.5 to
    /// 1,234.5`): before `N to M` with M far above N, the move and the level reached.
    price_move_verb: "rose" | "fell" | "gained" | "lost" | "dropped" | "eased" | "added" |
        "climbed" | "slipped" | "declined" | "jumped" | "firmed" | "dipped" | "slumped" |
        "advanced" | "shed" | "soared" | "tumbled" | "plunged";
    /// Verbs of a change from one level to another (`rose from 5.5 to 6.0 pct`), besides
    /// [`price_move_verb`]'s.
    change_verb: "rise" | "rises" | "rising" | "risen" | "fall" | "falls" | "falling" | "fallen" |
        "increased" | "increase" | "increases" | "increasing" | "decreased" | "decrease" |
        "raised" | "raise" | "raises" | "raising" | "cut" | "cuts" | "cutting" | "reduced" |
        "reduce" | "reducing" | "lowered" | "lower" | "lowering" | "grew" | "grow" | "grown" |
        "growing" | "drop" | "drops" | "boosted" | "boost" | "lifted" | "lift" | "narrowed" |
        "widened" | "expanded" | "expanding" | "expands" | "shrank" | "shrunk" | "doubled" | "tripled" | "changed" |
        "plummeted" | "surged" | "revised" | "upgraded" | "downgraded" | "trimmed" | "hiked";
    /// Commodities weighed in pounds (`12 mln pounds of butter`), in market and farm news.
    commodity_noun: "butter" | "cheese" | "beef" | "pork" | "meat" | "poultry" | "chicken" |
        "sugar" | "coffee" | "cocoa" | "cotton" | "wool" | "tobacco" | "rice" | "wheat" |
        "corn" | "soybeans" | "milk" | "copper" | "aluminium" | "aluminum" | "nickel" | "zinc" |
        "tin" | "uranium" | "fish" | "shrimp" | "peanuts" | "honey" | "tea" | "cocaine" |
        "marijuana" | "heroin" | "explosives" | "waste" | "garbage" | "trash" | "plastic";
    /// Nouns (and their first adjectives) of an economic statistic after its month (`February
    /// trade surplus`, `January industrial output`).
    statistic_noun: "trade" | "industrial" | "retail" | "housing" | "output" | "production" |
        "sales" | "exports" | "imports" | "surplus" | "deficit" | "inflation" | "unemployment" |
        "jobless" | "consumer" | "producer" | "wholesale" | "money" | "current" | "gnp" | "gdp" |
        "cost" | "car" | "crude" | "oil" | "factory" | "manufacturing" | "budget" | "reserves" |
        "prices" | "figures" | "data" | "steel";
    /// Words for per cent written as one word.
    percent_word: "percent" | "pct" | "pc" | "percents";
    /// Words that cannot start a noun's modifiers, so the noun phrase ends before them (`a third in
    /// 2016`, `a fifth since`).
    phrase_ending_word: "in" | "since" | "from" | "over" | "than" | "compared" | "during" | "last"
        | "this" | "per" | "until" | "after" | "before";
    /// Words after a share with a cue before it that end its phrase (`roughly a third less`,
    /// `about a quarter more`, `by almost a tenth between 2000 and 2016`): a comparison or a
    /// span, no noun the ordinal could rank.
    share_comparison: "less" | "more" | "fewer" | "lower" | "higher" | "smaller" | "larger" |
        "bigger" | "cheaper" | "between";
    /// Participles of harm after `, one` that state how many suffered it (`two shot, one killed
    /// in ...`): `one` counts there.
    casualty_participle: "killed" | "wounded" | "injured" | "hurt" | "shot" | "stabbed" |
        "hospitalized" | "hospitalised" | "treated" | "pronounced";
    /// Words before `one` that keep it a count however bare it stands: a restriction (`only
    /// one`, `not one`, `at least one`, `all but one`), a label it numbers (`level one`, `Game
    /// one`, `chapter one`, `number one`, `at one`, an hour) or a score (`won by one`).
    one_restrictor_or_label: "only" | "just" | "not" | "least" | "most" | "exactly" | "but" |
        "than" | "merely" | "barely" | "nearly" | "almost" | "about" | "around" | "over" |
        "under" | "by" | "at" | "to" | "into" | "for" | "level" | "game" | "chapter" | "number" | "no" | "round" |
        "phase" | "stage" | "part" | "act" | "day" | "week" | "year" | "season" | "page" |
        "volume" | "episode" | "grade" | "class" | "category" | "tier" | "step" | "channel" |
        "formula" | "division" | "league" | "world" | "war" | "line" | "track" | "lane" |
        "gate" | "terminal" | "platform" | "floor" | "room" | "car" | "plus" | "minus" |
        "times" | "zero" | "single" | "another" | "other" | "count";
    /// Nouns of a reason, a way or a rule after `one`, which then introduces one of many (`one
    /// reason why`, `one way to`, `one basis for`, `One rule of`).
    indefinite_one_noun: "reason" | "way" | "basis" | "rule" | "explanation" | "possibility" |
        "example" | "factor" | "sign" | "theory" | "approach" | "answer" | "solution" |
        "argument" | "motive" | "cause" | "source" | "hypothesis" | "interpretation";
    /// Verbs of paying, spending or making before a plural scale alone (`pay billions for`, `poured
    /// millions into`, `made billions`), which then counts money.
    spending_verb: "pay" | "pays" | "paid" | "paying" | "spend" | "spends" | "spent" |
        "spending" | "pour" | "pours" | "poured" | "pouring" | "invest" | "invests" |
        "invested" | "investing" | "cost" | "costs" | "costing" | "owe" | "owes" | "owed" |
        "donate" | "donated" | "donates" | "raise" | "raised" | "raises" | "raising" | "earn" |
        "earns" | "earned" | "earning" | "charge" | "charged" | "charges" | "squander" |
        "squandered" | "wasted" | "waste" | "borrow" | "borrowed" | "lend" | "lent" | "make" |
        "makes" | "made" | "making";
    /// Nouns of a sum of money before `of` (`at a cost of millions`, `losses of billions`):
    /// a plural scale alone after them is money.
    sum_noun: "cost" | "costs" | "price" | "losses" | "profits" | "damages" | "fine" | "fines" |
        "bill" | "bills" | "sum" | "sums" | "debts" | "fortune";
    /// Object pronouns (`one calling her a ...`).
    object_pronoun: "him" | "her" | "them" | "it" | "me" | "us" | "you";
    /// Words before `one` that make it a pronoun (`no one`, `the one`, `each one`).
    pronoun_one_before: "no" | "the" | "this" | "that" | "any" | "every" | "which" | "each" |
        "someone" | "everyone" | "anyone";
    /// Directions of travel before `on` and a street (`westbound on 79th`).
    travel_bound: "westbound" | "eastbound" | "northbound" | "southbound" | "traveling" |
        "travelling" | "driving" | "headed" | "heading";
    /// Words between the two ends of a range (`10 to 20`, `two or three`).
    range_word: "to" | "through" | "thru" | "or";
    /// Determiners before `first` that make it a rank (`the first`, `its first`, `every first`).
    ranking_determiner: "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my" |
        "your" | "this" | "that" | "these" | "those" | "s" | "whose" | "every" | "each";
    /// Words after which `first` at the end of a phrase is a rank (`he was first`, `came first`, `in
    /// first`).
    ranking_verb_or_preposition: "is" | "was" | "are" | "were" | "be" | "been" | "being" | "came"
        | "come" | "comes" | "coming" | "finished" | "finish" | "finishes" | "finishing" | "placed" |
        "ranked" | "ranks" | "rank" | "ranking" | "went" | "go" | "goes" | "crossed" | "at" | "in" |
        "on" | "for" | "from" | "to" | "and" | "or";
    /// Nouns after a win-loss tally (`a 2-6 record`, `a 0-3 start`).
    record_noun: "record" | "records" | "start" | "mark" | "finish" | "run" | "skid" | "streak";
    /// Words before a cricket score `N for M` (wickets for runs: `finished the day at 6 for 255`,
    /// `England were 2 for 40`, `slumped to 5 for 60`), besides the standing words of a tally.
    cricket_score_before: "scored" | "finished" | "reached" | "made" | "declared" | "closed" |
        "ended" | "slumped" | "collapsed" | "crashed" | "recovered" | "reduced" | "to" | "be" |
        "been" | "being" | "on";
    /// Words in a sentence that make `N for M` a cricket score even with no standing word before it.
    cricket_word: "wicket" | "wickets" | "innings" | "stumps" | "overs" | "declared" | "batting" |
        "bowled" | "bowling" | "runs";
    /// Words after the runs of a cricket score that end it (`6 for 255 at stumps`, `5 for 390 in
    /// their second innings`, `7 for 381 with Gilchrist not out`); a noun there (`5 for 20 years`)
    /// makes it something else.
    cricket_score_after: "in" | "at" | "with" | "and" | "but" | "when" | "on" | "off" | "after" |
        "before" | "chasing" | "against" | "replying" | "from" | "by" | "as" | "to";
    /// Races and racing before `over` and a distance (`three races over 100 metres`): the
    /// distance raced, not a lower bound.
    /// (Nouns only: `he ran over 10 kilometres` may be more than 10.)
    race_noun: "race" | "races" | "sprint" | "sprints" | "heat" | "heats" | "dash" | "hurdles" |
        "relay";
    /// Words after a race's distance that name its event or its runners (`the 400m champion`,
    /// `200m legend`, `the 1500m final`, `100m freestyle`), beside [`race_noun`].
    race_event_word: "champion" | "champions" | "legend" | "title" | "final" | "finals" |
        "gold" | "silver" | "bronze" | "medal" | "medallist" | "runner" | "runners" | "hurdler" |
        "specialist" | "freestyle" | "backstroke" | "butterfly" | "breaststroke" | "medley" |
        "titles" | "victory" | "win" | "winner" | "record" | "crown" | "event" | "world" |
        "indoor" | "semi-final" | "semi-finals" | "finalist" | "medals" | "time" | "olympic" |
        "success";
    /// Words before `number N` that make it a place in a ranking (`at number six`, `rose to
    /// number two`, `world number 10`, `ranked No 1`, `former number one`: decision 362).
    rank_cue: "at" | "to" | "world" | "former" | "reached" | "reach" | "reaches" | "reaching" | "ranked" |
        "seeded";
    /// Determiners before a race named by its distance alone (`won the 800m`, `her 1500m`).
    race_determiner: "the" | "his" | "her" | "their" | "my" | "its" | "your" | "our";
    /// Nouns of a length before `of` and a measure (`a clearance of 1.87m`, `a throw of 65m`).
    length_noun: "clearance" | "jump" | "leap" | "throw" | "vault" | "height" | "depth" |
        "length" | "width" | "distance" | "wingspan" | "altitude" | "elevation" | "radius";
    /// Nouns of a vote's outcome after a tally written with `to` (`an eight to one majority`,
    /// `a 7 to 2 ruling`).
    vote_outcome_noun: "majority" | "vote" | "votes" | "verdict" | "decision" | "ruling" |
        "split";
    /// Nouns after a tally that make it the name of a rule, not a score (`the 60-40 rule`, `the
    /// 80-20 principle`).
    ratio_rule_noun: "rule" | "rules" | "formula" | "principle" | "law";
    /// Nouns after `N-pound` that make the pound money, not a weight (`a 1-pound coin`, `a
    /// five-pound note`); before other nouns it weighs (`a 2,000-pound bomb`).
    money_object_noun: "coin" | "coins" | "note" | "notes" | "fine" | "fines" | "fee" | "fees" |
        "bet" | "bets" | "voucher" | "vouchers" | "ticket" | "tickets" | "prize" | "bill" |
        "bills" | "loan" | "payment" | "payments" | "deal" | "charge" | "levy" | "tax" | "bonus"
        | "rise" | "increase" | "cut" | "reward" | "donation" | "grant" | "budget" | "price";
    /// Nouns after `N pounds of` that keep the pounds money (`2,000 pounds of taxpayers'
    /// money`, `pounds of investment`); other nouns are weighed (`75 pounds of marijuana`).
    money_mass_noun: "money" | "cash" | "savings" | "funding" | "funds" | "investment" |
        "investments" | "taxpayers" | "taxpayer" | "public" | "spending" | "revenue" | "debt" |
        "debts" | "aid" | "profit" | "profits" | "sales" | "damages" | "compensation" | "assets" |
        "shares" | "stock" | "bets" | "loans" | "credit" | "wages" | "income";
    /// Verbs of body weight right before `N pounds` (`gained 20 pounds`, `shed 30 pounds`; not
    /// `lose`, which money does too: `the firm lost 170 pounds a week`).
    weight_change_verb: "gain" | "gains" | "gained" | "gaining" | "shed" | "sheds" | "shedding";
    /// Words before a spelled or small number after `day` that make `day four` a day's rank in
    /// a sequence (`late on day four`, `by day three`), not `each day four people`.
    day_label_before: "on" | "of" | "by" | "until" | "till" | "from" | "since" | "after" |
        "before" | "to" | "through" | "into" | "at" | "in" | "for" | "during";
    /// Words before a win-loss tally that closes its phrase (`At 4-7,`, `they are 3-5.`).
    record_standing_word: "at" | "are" | "is" | "was" | "were" | "went" | "go" | "sit" |
        "sits" | "stand" | "stands" | "now";
    /// Words before a weekday that say which one (`last Monday`, `next Friday`).
    relative_weekday_word: "last" | "next" | "this" | "past" | "coming" | "previous";
    /// Words after `a second` that make it the unit of time (`a second later`, `a second or two`).
    second_unit_after: "of" | "or" | "and" | "to" | "later" | "ago" | "before" | "after" |
        "earlier" | "longer" | "too" | "in";
    /// Words before `second` that make it the unit of time (`a second`, `per second`, `split
    /// second`).
    second_unit_before: "a" | "per" | "one" | "split";
    /// Prepositions before a date that opens or closes a stretch of time (`since 2016`, `until
    /// May`).
    stretch_preposition: "since" | "until" | "till" | "from" | "before" | "after";
    /// Verbs before a text-message short code (`Text NEWSAPP to 51414`).
    texting_verb: "text" | "texting" | "txt" | "sms";
    /// Nouns after `second` in idioms that rank nothing (`having second thoughts`, `became second
    /// nature`, `plays second fiddle`, `got a second wind`, `English as a second language`,
    /// `second language acquisition`, an upper house `second chamber`, decision 335): no series.
    second_idiom_noun: "thoughts" | "nature" | "fiddle" | "wind" | "language" | "chamber";
    /// Nouns after `third` in idioms that rank nothing (`third countries`, `a third party`, `third
    /// world`).
    third_idiom_noun: "country" | "countries" | "party" | "parties" | "world";
    /// Words after `a year`, `an hour` that measure the span from another time (`a year later`, `a
    /// decade ago`).
    time_relation_word: "later" | "earlier" | "after" | "before" | "ago" | "afterwards" | "on";
    /// URL schemes and prefixes before `:` or `.` (`https://`, `www.`, `pic.twitter`).
    url_scheme: "http" | "https" | "www" | "pic";
    /// Verbs (not ending in `-ed`) that end a counted noun phrase (`2,000 people came`, `50
    /// families remain`).
    verb_ending_counted: "came" | "went" | "got" | "saw" | "made" | "took" | "gave" | "left" |
        "fell" | "rose" | "began" | "won" | "lost" | "died" | "face" | "faced" | "need" | "remain" |
        "live" | "work";
    /// Words after `the main one` that end its noun phrase (`the new one is`, `a big one that`).
    verb_or_relative_after_one: "is" | "was" | "that" | "who" | "which" | "will" | "would" |
        "has";
    /// Adverbs of degree between a determiner and an adjective (`a pretty powerful one`).
    degree_adverb: "pretty" | "very" | "really" | "quite" | "rather" | "fairly" | "relatively" |
        "extremely" | "particularly" | "especially" | "more" | "most" | "less" | "much" | "so";
    /// Adjectives between a number and its unit of time (`two full weeks`, `six long years`).
    length_adjective: "full" | "whole" | "entire" | "straight" | "consecutive" | "successive" |
        "long" | "short";
    /// Prepositions of time before a bare four-digit number that keep it a year even before a
    /// noun for people (`in 2014 people voted`; but `rose to 1500 people` is a count).
    year_preposition: "in" | "since" | "until" | "till" | "during" | "before" | "after" | "circa" |
        "early" | "late" | "mid" | "through" | "between" | "spring" | "summer" | "autumn" | "fall" |
        "winter" | "fiscal" | "financial" | "year" | "season";
    /// Verbs in the singular after a bare four-digit number that make it a year, the verb's
    /// subject (`2001 brought`, `1998 was`, `2019 saw`).
    year_subject_verb: "was" | "is" | "has" | "saw" | "brought" | "marked" | "proved" | "began" |
        "ended" | "became";
    /// Words before a bare four-digit number that make it a year (`in 2019`, `since 1990`, `fiscal
    /// 2024`).
    year_cue_before: "in" | "since" | "by" | "of" | "until" | "till" | "from" | "during" |
        "before" | "after" | "early" | "late" | "mid" | "the" | "year" | "through" | "between" | "and"
        | "to" | "circa" | "spring" | "summer" | "autumn" | "fall" | "winter" | "fiscal" | "s" |
        "season" | "election" | "class" | "a" | "its" | "his" | "her" | "their" | "this" | "that" |
        "last" | "next" | "for" | "financial" | "fy" | "calendar";
    /// Abbreviations with a dot before an identifier number (`No. 10`, `p. 14`, `Art. 5`).
    dotted_identifier_prefix: "no" | "nos" | "p" | "pp" | "art" | "sec" | "vol" | "apt" | "ext" |
        "tel" | "para" | "fig";
    /// Lower-case nouns that name a source (`police said`, `the military said`).
    source_noun: "police" | "military" | "army" | "government" | "ministry" | "agency" | "office";
    /// Words after `of` that make it partitive (`57 of the wounded`, `two of them`): the counted
    /// noun is not read past that `of` (it is in `tens of thousands of people`).
    partitive_determiner: "the" | "them" | "those" | "these" | "its" | "their";
    /// Prepositions that front a place for the whole sentence (`In Gaza, ...`).
    fronting_preposition: "in" | "across" | "throughout" | "inside";
    /// Words before a capitalised weekday that make it a named day (`Black Friday`, `Cyber
    /// Monday`, `Good Friday`, `Super Tuesday`, `Giving Tuesday`, `Easter Sunday`).
    weekday_name_part: "black" | "cyber" | "good" | "super" | "giving" | "easter" | "palm" |
        "ash" | "holy" | "maundy" | "shrove" | "bloody" | "whit" | "trinity";
    /// Nouns for the young before which `N-year` is an age with `old` left out (`the 14-year
    /// boy`; not `a 20-year veteran`).
    young_person_noun: "boy" | "boys" | "girl" | "girls" | "child" | "son" | "daughter" |
        "baby" | "toddler" | "teen" | "teenager" | "infant";
}

word_list! {
    /// Prepositions before a place name (`in Texas 12 people died`): the number after the name
    /// is a count, not part of the name.
    place_preposition: "in" | "at" | "from" | "across" | "to" | "near" | "outside" | "inside" |
        "throughout" | "around";
}

/// `digits` spell `word` on a phone keypad, letter for digit (`LMPD` and `5673`, `CRIMES` and
/// `274637`).
pub(crate) fn keypad_spelling(word: &str, digits: &str) -> bool {
    const KEYS: &[u8; 26] = b"22233344455566677778889999";
    word.len() == digits.len()
        && word.bytes().zip(digits.bytes()).all(|(w, d)| {
            w.is_ascii_alphabetic() && KEYS[(w.to_ascii_uppercase() - b'A') as usize] == d
        })
}

/// How many of the smaller calendar unit `small` make one `big` (`minute`, `second`: 60), for
/// composite durations; `None` when `small` is not smaller or the two do not convert exactly.
pub(crate) fn units_per(big: &str, small: &str) -> Option<f64> {
    let seconds = |u: &str| -> Option<f64> {
        Some(match u {
            "second" => 1.0,
            "minute" => 60.0,
            "hour" => 3600.0,
            "day" => 86_400.0,
            "week" => 604_800.0,
            _ => return None,
        })
    };
    match (big, small) {
        ("year", "month") => Some(12.0),
        _ => {
            let r = seconds(big)? / seconds(small)?;
            (r > 1.0).then_some(r)
        }
    }
}

word_list! {
    /// Abbreviated weekdays (`Sun 19 Mar`), which are not names before a number.
    weekday_abbreviation: "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" |
        "sat" | "sun";
}

/// Words of a match besides [`game_word`] that make a quarter a quarter of play (`trailed by 25
/// points in the third quarter`, `possession in the first quarter`).
pub(crate) fn match_word(w: &str) -> bool {
    matches!(
        w,
        "match"
            | "trailed"
            | "trailing"
            | "possession"
            | "scoring"
            | "score"
            | "half"
            | "period"
            | "innings"
            | "rebounds"
            | "quarterbacks"
            | "season"
            | "league"
            | "cup"
            | "title"
    )
}

/// Verbs of a schedule in the present tense, which put a weekday or date just after them ahead
/// (`the festival ends on Sunday`, `talks resume Monday`).
pub(crate) fn schedule_verb(w: &str) -> bool {
    matches!(
        w,
        "begins"
            | "starts"
            | "opens"
            | "ends"
            | "closes"
            | "resumes"
            | "reopens"
            | "kicks"
            | "continues"
    )
}

/// Verbs of thought after a causative and a generic `one` (`makes one wonder`).
pub(crate) fn verb_of_thought(w: &str) -> bool {
    matches!(
        w,
        "think"
            | "wonder"
            | "feel"
            | "pause"
            | "realise"
            | "realize"
            | "believe"
            | "question"
            | "ask"
            | "smile"
            | "doubt"
            | "suspect"
            | "guess"
            | "conclude"
            | "assume"
            | "expect"
            | "suppose"
    )
}

/// Nouns that label a room, a seat or a grade by a number and a letter (`Apt 4C`, `seat 14F`,
/// `vitamin C`): the letter after such a number is no degree.
pub(crate) fn seat_label(w: &str) -> bool {
    matches!(
        w,
        "apt"
            | "apartment"
            | "room"
            | "flat"
            | "suite"
            | "unit"
            | "seat"
            | "seats"
            | "gate"
            | "platform"
            | "floor"
            | "row"
            | "bay"
            | "grade"
            | "form"
            | "type"
            | "section"
            | "building"
            | "block"
            | "vitamin"
    )
}

/// Nouns that measure a distance in a town when a direction follows (`12 blocks away`): the
/// unit.
pub(crate) fn street_distance(w: &str) -> Option<&'static str> {
    matches!(w, "block" | "blocks").then_some("block")
}

word_list! {
    /// Words after `N blocks` that make it a distance (`12 blocks away`, `two blocks north of`).
    distance_direction: "away" | "from" | "north" | "south" | "east" | "west" | "down" | "up" |
        "further" | "farther" | "over";
}

word_list! {
    /// Closed-class words that come before a count (`only 20`, `all 12`, `another 50`): when
    /// capitalised after a quote they start a sentence, not a name.
    before_number_word: "only" | "just" | "all" | "another" | "those" | "these" | "every" |
        "each" | "some" | "any" | "no" | "over" | "under" | "around" | "about" | "almost" |
        "nearly" | "roughly" | "exactly" | "at" | "by" | "to" | "from" | "with" | "for" | "of" |
        "in" | "on" | "and" | "but" | "or" | "then" | "when" | "after" | "before" | "since";

    /// Words between a source and its reporting verb (`officials have said`, `police also said`;
    /// adverbs in `-ly` are skipped too).
    speech_aux: "also" | "have" | "has" | "had" | "would" | "will" | "could" | "did" | "not" |
        "later" | "earlier" | "then" | "again" | "further" | "now" | "previously" | "already" |
        "still" | "just" | "always" | "often" | "even";
    /// Prepositions inside a source's noun phrase (`a senior UN official in Iraq`, `the
    /// Observatory for Human Rights`, `officials with the ministry`).
    source_preposition: "of" | "for" | "on" | "in" | "at" | "from" | "with";
    /// Reporting verbs that take their source after them (`..., said the ministry`, `..., say
    /// scientists`, `..., explained the minister`, a document's `," read the statement`).
    inverted_speech_verb: "said" | "says" | "say" | "added" | "adds" | "wrote" | "writes" | "noted" |
        "reported" | "stated" | "explained" | "concluded" | "read" | "reads";
    /// Reporting verbs that are also verbs of growth (`the economy added 98,000 jobs`): a
    /// number right after them is what grew, not what was said.
    growth_speech_verb: "added" | "adds";
    /// Addressees of `told` that are not names (`told reporters`).
    addressee_word: "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them" |
        "lawmakers" | "parliament" | "congress" | "the" | "a" | "an";
    /// Words before the date of an act of saying (`said on Monday`, `said late Tuesday`, `said
    /// over the weekend`).
    saying_date_preposition: "on" | "in" | "at" | "late" | "early" | "earlier" | "last" |
        "this" | "over";
    /// Lower-case nouns that name a speaker when they stand alone (`officials said`, `a
    /// spokeswoman said`); `police` and the like are in `source_noun`.
    speaker_noun: "official" | "officials" | "source" | "sources" | "authorities" | "witness" |
        "witnesses" | "residents" | "analyst" | "eyewitnesses" | "analysts" | "expert" | "experts" | "economist" |
        "economists" | "investigator" | "investigators" | "doctors" | "medics" | "rescuers" |
        "activists" | "researchers" | "scientists" | "officers" | "prosecutor" | "prosecutors" |
        "lawmakers" | "diplomat" | "diplomats" | "spokesman" | "spokeswoman" | "spokesperson" |
        "organisers" | "organizers" | "observers" | "monitors" | "workers" | "survivors" |
        "relatives" | "leaders" | "minister" | "ministers" | "statement" | "report" | "reports" |
        "figures" | "data" | "statistics" | "study" | "survey" | "poll" | "polls" | "estimates" |
        "agencies" | "ministries" | "governments" | "forces" | "troops" | "militants" | "rebels" |
        "insurgents" | "groups" | "group" | "organisation" | "organization" | "commission" |
        "committee" | "council" | "court" | "department" | "service" | "services" | "company" |
        "firm" | "bank" | "union" | "unions" | "hospital" | "hospitals" | "media" | "newspaper" |
        "agency" | "operator" | "airline" | "club" | "team" | "regulator" | "watchdog" |
        "coalition" | "campaigners" | "charity" | "paper" | "documents" | "records" | "disclosures";
    /// Verbs that end the source after `figures from` (`figures from X show that`).
    finding_verb: "show" | "shows" | "showed" | "suggest" | "suggests" | "indicate" |
        "indicates" | "reveal" | "reveals" | "revealed";
    /// Day words that are never a speaker (`today said` is not a source).
    day_word: "today" | "yesterday" | "tonight" | "tomorrow" | "morning" | "afternoon" |
        "evening" | "night" | "week" | "month" | "year" | "weekend";
}

/// Comparatives after `N times` that make it a multiplier (`10 times faster`, `two times
/// higher`, `eleven times oversubscribed`): the number is the ratio, a fraction (GUIDELINES.md's
/// `three times capacity`), not how often something happened.
pub(crate) fn multiplier_comparative(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "less"
            | "fewer"
            | "higher"
            | "lower"
            | "faster"
            | "slower"
            | "bigger"
            | "larger"
            | "greater"
            | "smaller"
            | "longer"
            | "shorter"
            | "cheaper"
            | "dearer"
            | "wider"
            | "stronger"
            | "heavier"
            | "richer"
            | "deadlier"
            | "likelier"
            | "brighter"
            | "worse"
            | "better"
            | "oversubscribed"
    )
}

/// A chemical element whose isotopes the news names by mass number with a space (`cobalt 60`,
/// `caesium 137`, `iodine 131`, `strontium 90`, `carbon 14`, `uranium 235`, `plutonium 239`,
/// `polonium 210`, `americium 241`): the number is part of a name.
pub(crate) fn isotope_element(w: &str) -> bool {
    matches!(
        w,
        "cobalt"
            | "caesium"
            | "cesium"
            | "iodine"
            | "strontium"
            | "carbon"
            | "uranium"
            | "plutonium"
            | "polonium"
            | "americium"
            | "radium"
            | "tritium"
            | "krypton"
            | "xenon"
            | "technetium"
            | "thorium"
            | "radon"
    )
}
