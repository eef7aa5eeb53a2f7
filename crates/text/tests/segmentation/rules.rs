//! One test per tokenization and sentence rule.

use reckon_text::{Lexicon, Segmenter, TokenKind, segment, tokenize};

use super::{sents, toks};

/// Asserts that `text` tokenizes to exactly `expected` (`text|kind` each).
#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(toks(text), expected, "tokens of {text:?}");
}

/// Asserts that the token `tok` of `text` has kind `kind` (`tok` must appear as a token).
#[track_caller]
fn has(text: &str, tok: &str, kind: &str) {
    let all = toks(text);
    let want = format!("{tok}|{kind}");
    assert!(all.contains(&want), "{want} not among {all:?}");
}

#[test]
fn numbers_with_separators_decimals_and_sign() {
    check(
        "57,500 1.2 -3.5 +4 .5 1,000,000",
        &[
            "57,500|number",
            "1.2|number",
            "-3.5|number",
            "+4|number",
            ".5|number",
            "1,000,000|number",
        ],
    );
    // Only groups of exactly three digits join.
    check(
        "1,1,1 1,234,5678 12,34",
        &[
            "1|number",
            ",|punct",
            "1|number",
            ",|punct",
            "1|number",
            "1,234|number",
            ",|punct",
            "5678|number",
            "12|number",
            ",|punct",
            "34|number",
        ],
    );
    // A minus after a word is a hyphen, not a sign.
    check("50-50 score", &["50-50|compound", "score|word"]);
    // A final full stop is not a decimal point.
    check("was 57.", &["was|word", "57|number", ".|punct"]);
    has("fell by −2.5 points", "−2.5", "number");
}

#[test]
fn numbers_with_units_fractions_and_dates() {
    check(
        "24/7 9/11 1990s 10km 7.7.2025",
        &[
            "24/7|number",
            "9/11|number",
            "1990s|number",
            "10km|number",
            "7.7.2025|number",
        ],
    );
}

#[test]
fn times() {
    check(
        "6:30pm 22:30 6.30am 10am 6PM 10:30:15",
        &[
            "6:30pm|time",
            "22:30|time",
            "6.30am|time",
            "10am|time",
            "6PM|time",
            "10:30:15|time",
        ],
    );
    check(
        "at 9a.m. and 6 p.m.",
        &[
            "at|word",
            "9a.m.|time",
            "and|word",
            "6|number",
            "p.m.|abbreviation",
        ],
    );
    // A score or ratio with one digit after the colon is not a time.
    check("won 2:1", &["won|word", "2|number", ":|punct", "1|number"]);
}

#[test]
fn ordinals() {
    check(
        "21st 2nd 3rd 4th",
        &["21st|ordinal", "2nd|ordinal", "3rd|ordinal", "4th|ordinal"],
    );
    has("a 21st-century war", "21st-century", "compound");
}

#[test]
fn hyphenated_compounds_keep_their_parts() {
    let text = "60-day 21-month-old US-backed 12-day Trump-Netanyahu COVID-19 U.S.-backed";
    let seg = segment(text);
    let got: Vec<(String, Vec<&str>)> = seg
        .tokens
        .iter()
        .map(|t| {
            assert_eq!(t.kind, TokenKind::Compound, "{}", t.text(text));
            (
                t.text(text).to_owned(),
                t.parts(text).map(|p| p.slice(text)).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("60-day".to_owned(), vec!["60", "day"]),
            ("21-month-old".to_owned(), vec!["21", "month", "old"]),
            ("US-backed".to_owned(), vec!["US", "backed"]),
            ("12-day".to_owned(), vec!["12", "day"]),
            ("Trump-Netanyahu".to_owned(), vec!["Trump", "Netanyahu"]),
            ("COVID-19".to_owned(), vec!["COVID", "19"]),
            ("U.S.-backed".to_owned(), vec!["U.S.", "backed"]),
        ]
    );
    // Non-breaking hyphen U+2011 joins too.
    has("a 60\u{2011}day truce", "60\u{2011}day", "compound");
    // A hyphen with a space on one side is not a joiner.
    check(
        "pre- and post-war",
        &["pre|word", "-|dash", "and|word", "post-war|compound"],
    );
}

#[test]
fn possessives_straight_and_curly() {
    check(
        "Hamas’s Hamas's captives’ families",
        &[
            "Hamas|word",
            "’s|possessive",
            "Hamas|word",
            "'s|possessive",
            "captives|word",
            "’|possessive",
            "families|word",
        ],
    );
    check(
        "Trump-Netanyahu’s meeting",
        &["Trump-Netanyahu|compound", "’s|possessive", "meeting|word"],
    );
    // A closing single quote after an s is a quote when one was opened.
    check(
        "‘the protests’ ended",
        &[
            "‘|quote",
            "the|word",
            "protests|word",
            "’|quote",
            "ended|word",
        ],
    );
}

#[test]
fn contractions_stay_whole() {
    check(
        "don't we’ve I'm they're it's It’s let's O'Brien",
        &[
            "don't|word",
            "we’ve|word",
            "I'm|word",
            "they're|word",
            "it's|word",
            "It’s|word",
            "let's|word",
            "O'Brien|word",
        ],
    );
}

#[test]
fn abbreviations_and_initials() {
    check(
        "Dr. J. R. Smith, U.S. U.N. a.m. p.m. e.g. i.e. Jan. St. Mr Sen.",
        &[
            "Dr.|abbreviation",
            "J.|abbreviation",
            "R.|abbreviation",
            "Smith|word",
            ",|punct",
            "U.S.|abbreviation",
            "U.N.|abbreviation",
            "a.m.|abbreviation",
            "p.m.|abbreviation",
            "e.g.|abbreviation",
            "i.e.|abbreviation",
            "Jan.|abbreviation",
            "St.|abbreviation",
            "Mr|word",
            "Sen.|abbreviation",
        ],
    );
    // An unknown word before a full stop keeps the stop apart.
    check("the UN.", &["the|word", "UN|word", ".|punct"]);
    check(
        "a Ph.D. student",
        &["a|word", "Ph.D.|abbreviation", "student|word"],
    );
    has(
        "Sen. Elizabeth Warren, D-Mass., said",
        "D-Mass.",
        "compound",
    );
}

#[test]
fn quotes_and_brackets() {
    check(
        "“Yes,” (no) [ok] \"fine\" 'so'",
        &[
            "“|quote",
            "Yes|word",
            ",|punct",
            "”|quote",
            "(|bracket",
            "no|word",
            ")|bracket",
            "[|bracket",
            "ok|word",
            "]|bracket",
            "\"|quote",
            "fine|word",
            "\"|quote",
            "'|quote",
            "so|word",
            "'|quote",
        ],
    );
}

#[test]
fn dashes_and_ellipses() {
    check(
        "war — and – peace -- then ... more… end",
        &[
            "war|word",
            "—|dash",
            "and|word",
            "–|dash",
            "peace|word",
            "--|dash",
            "then|word",
            "...|ellipsis",
            "more|word",
            "…|ellipsis",
            "end|word",
        ],
    );
    check("a - b", &["a|word", "-|dash", "b|word"]);
}

#[test]
fn urls_emails_handles_hashtags() {
    check(
        "See https://www.aljazeera.com/news/a_b?x=1 (or http://x.org/a(b)c).",
        &[
            "See|word",
            "https://www.aljazeera.com/news/a_b?x=1|url",
            "(|bracket",
            "or|word",
            "http://x.org/a(b)c|url",
            ")|bracket",
            ".|punct",
        ],
    );
    check(
        "www.bbc.co.uk, Amazon.com and news@aljazeera.net @AJEnglish #Gaza #MeToo_2",
        &[
            "www.bbc.co.uk|url",
            ",|punct",
            "Amazon.com|url",
            "and|word",
            "news@aljazeera.net|url",
            "@AJEnglish|handle",
            "#Gaza|handle",
            "#MeToo_2|handle",
        ],
    );
    // Not handles: a lone @ or a number sign before digits.
    check("@ #1", &["@|symbol", "#|symbol", "1|number"]);
}

#[test]
fn percentages_and_currency() {
    check(
        "45% $4.5bn £3m €20 US$5 20€ HK$3.2 $.5",
        &[
            "45%|percent",
            "$4.5bn|money",
            "£3m|money",
            "€20|money",
            "US$5|money",
            "20€|money",
            "HK$3.2|money",
            "$.5|money",
        ],
    );
    check("$ alone", &["$|symbol", "alone|word"]);
    check(
        "fell -$5 or \u{2212}£3m",
        &["fell|word", "-$5|money", "or|word", "\u{2212}£3m|money"],
    );
}

#[test]
fn lost_curly_quotes_in_scraped_text() {
    // `"?` stands for one character lost upstream: an apostrophe between words, a closing quote
    // after punctuation, a dash after a space.
    check(
        "DeVos\"?highly Trump\"?s",
        &[
            "DeVos|word",
            "\"?|possessive",
            "highly|word",
            "Trump|word",
            "\"?s|possessive",
        ],
    );
    check(
        "choice,\"?Sen. X \"?at",
        &[
            "choice|word",
            ",|punct",
            "\"?|quote",
            "Sen.|abbreviation",
            "X|word",
            "\"?|dash",
            "at|word",
        ],
    );
}

#[test]
fn ampersand_names_and_symbols() {
    check(
        "AT&T S&P Q&A R & D",
        &[
            "AT&T|word",
            "S&P|word",
            "Q&A|word",
            "R|word",
            "&|symbol",
            "D|word",
        ],
    );
}

#[test]
fn emoji_sequences_are_one_symbol() {
    check(
        "ok 👍🏽 👨‍👩‍👧 done",
        &["ok|word", "👍🏽|symbol", "👨‍👩‍👧|symbol", "done|word"],
    );
}

#[test]
fn non_ascii_words() {
    check(
        "Café naïve Zürich Ελλάδα",
        &["Café|word", "naïve|word", "Zürich|word", "Ελλάδα|word"],
    );
    // Combining accent stays in the word.
    check("Cafe\u{301} x", &["Cafe\u{301}|word", "x|word"]);
}

#[test]
fn replacement_characters_stay_inside_words() {
    check(
        "Beyonc\u{FFFD}\u{FFFD} O\u{FFFD}\u{FFFD}Reilly",
        &[
            "Beyonc\u{FFFD}\u{FFFD}|word",
            "O\u{FFFD}\u{FFFD}Reilly|word",
        ],
    );
}

#[test]
fn every_unicode_whitespace_separates_and_is_never_a_token() {
    let ws = [
        '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
        '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
        '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}',
        '\u{3000}',
    ];
    for c in ws {
        let text = format!("a{c}b");
        assert_eq!(toks(&text), ["a|word", "b|word"], "{c:?}");
    }
}

#[test]
fn every_unicode_dash_standalone_is_a_dash() {
    for c in [
        '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2E3A}', '\u{2E3B}', '\u{FE58}',
        '\u{FE63}', '\u{FF0D}', '\u{2212}', '\u{2010}', '\u{2011}',
    ] {
        let text = format!("a {c} b");
        assert_eq!(
            toks(&text),
            ["a|word", format!("{c}|dash").as_str(), "b|word"],
            "{c:?}"
        );
    }
}

// ------------------------------------------------------------------------------------------------
// Sentences

#[test]
fn sentence_full_stops_and_questions() {
    assert_eq!(
        sents("He left. She stayed! Why? No."),
        ["He left.", "She stayed!", "Why?", "No."]
    );
}

#[test]
fn sentence_quotes_after_the_stop_belong_before() {
    assert_eq!(
        sents("“It ended.” Then he left. (It was late.) Next"),
        ["“It ended.”", "Then he left.", "(It was late.)", "Next"]
    );
    assert_eq!(sents("\"Go.\" She went."), ["\"Go.\"", "She went."]);
    // Lower-case after the closing quote: the quote was inside the sentence.
    assert_eq!(
        sents("“Really?” she asked. “Yes.”"),
        ["“Really?” she asked.", "“Yes.”"]
    );
    // The scraped-corpus closing quote `"?`.
    assert_eq!(
        sents("\"potential grizzlies.\"?DeVos' nomination"),
        ["\"potential grizzlies.\"?", "DeVos' nomination"]
    );
    // A straight quote glued to the next word opens the next sentence.
    assert_eq!(
        sents("said Trump.\"?\"I think so.\""),
        ["said Trump.\"?", "\"I think so.\""]
    );
}

#[test]
fn sentence_abbreviations_do_not_end_unless_a_clear_start_follows() {
    assert_eq!(
        sents("Dr. Smith met Sen. Warren and J. R. Jones in St. Paul at 9 a.m. Monday."),
        ["Dr. Smith met Sen. Warren and J. R. Jones in St. Paul at 9 a.m. Monday."]
    );
    assert_eq!(
        sents("He lives in the U.S. He said so."),
        ["He lives in the U.S.", "He said so."]
    );
    assert_eq!(
        sents("U.S. Army troops, e.g. the 82nd, left."),
        ["U.S. Army troops, e.g. the 82nd, left."]
    );
    // Titles never end a sentence, even before a starter word.
    assert_eq!(sents("Mr. The Edge played."), ["Mr. The Edge played."]);
}

#[test]
fn sentence_decimals_and_ellipses() {
    assert_eq!(
        sents("It rose 1.2 percent. Then 3.5."),
        ["It rose 1.2 percent.", "Then 3.5."]
    );
    assert_eq!(
        sents("Wait... what? I said... Then he left."),
        ["Wait... what?", "I said...", "Then he left."]
    );
}

#[test]
fn sentence_list_numbers_stay_with_their_item() {
    assert_eq!(
        sents("Two reasons: 1. The cost. 2. The delay."),
        ["Two reasons: 1. The cost.", "2. The delay."]
    );
    assert_eq!(
        sents("It ended.-For the first time"),
        ["It ended.", "-For the first time"]
    );
}

#[test]
fn sentence_line_breaks_always_end() {
    assert_eq!(
        sents("Headline without stop\nStandfirst here\n\nBody starts. Now."),
        [
            "Headline without stop",
            "Standfirst here",
            "Body starts.",
            "Now."
        ]
    );
    assert_eq!(
        sents("line one\r\nline two\u{2029}three"),
        ["line one", "line two", "three"]
    );
}

#[test]
fn sentence_missing_space_after_stop() {
    assert_eq!(
        sents("It ended.The next began."),
        ["It ended.", "The next began."]
    );
}

#[test]
fn empty_and_blank_texts() {
    assert!(segment("").tokens.is_empty());
    assert!(segment("").sentences.is_empty());
    assert!(segment(" \n\t ").sentences.is_empty());
}

#[test]
fn tokenize_agrees_with_segment() {
    let text = "Israel and Hamas are set to hold indirect talks in Qatar.";
    assert_eq!(tokenize(text), segment(text).tokens);
}

#[test]
fn user_lexicon_changes_abbreviations() {
    let lex = Lexicon::parse("Approx\tother\n", "The\n", "it\n", "com\n").unwrap();
    let text = "Approx. five people. Dr. Who";
    let seg = Segmenter::new(&lex).segment(text);
    let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(words, ["Approx.", "five", "people", ".", "Dr", ".", "Who"]);
    assert!(Lexicon::parse("Dr.\ttitle\n", "", "", "").is_err());
    assert!(Lexicon::parse("Dr\tboss\n", "", "", "").is_err());
}

#[test]
fn letters_glued_to_a_decimal_keep_the_point_inside() {
    // Found by fuzzing: `Rs4.5bn` was split at the point and a sentence ended inside the number.
    check(
        "It cost Rs4.5bn in total.",
        &[
            "It|word",
            "cost|word",
            "Rs4.5bn|word",
            "in|word",
            "total|word",
            ".|punct",
        ],
    );
    check(
        "Version v2.5 shipped.",
        &["Version|word", "v2.5|word", "shipped|word", ".|punct"],
    );
    let seg = reckon_text::segment("It cost Rs4.5bn in total. Then it fell.");
    assert_eq!(seg.sentences.len(), 2);
}
