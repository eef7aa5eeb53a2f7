//! Attribution, session 35 (attr38): a quote tagged by a bare pronoun (docs/judging/frames.md,
//! "A quote tagged by a bare pronoun", ruling of session 35). The quote is the speaker's the
//! pronoun stands for when that speaker is named in the sentence just before (a quote that
//! speaker closed, reported speech) or opened the quote running on, with no other person named
//! between them; otherwise it has no source (the pronoun itself identifies nobody).

mod common;

use common::check_source as check;

/// Class: `NAME said X. "...," PRONOUN said.` and `"...," NAME said. "...," PRONOUN added.`:
/// the pronoun's own quote is the named speaker's.
#[test]
fn a_pronoun_tagged_quote_is_the_named_speakers() {
    for (s, q, want) in [
        (
            "Harbour master Lena Voss said the port was closed. \"We turned back 14 ships \
             overnight,\" she said.",
            "14",
            "Lena Voss",
        ),
        (
            "\"The water rose fast,\" farmer Ivo Brandt said. \"We lost 300 sheep before \
             dawn,\" he added.",
            "300",
            "Ivo Brandt",
        ),
        (
            "The bridge will reopen in May, city engineer Rosa Diaz told reporters. \"Repairs \
             will cost about $2 million,\" she said.",
            "about $2 million",
            "Rosa Diaz",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: no named antecedent just before, or another person between: the quote keeps no source.
/// A narrative sentence between, an organisation (`the ministry`: `he` is its spokesman), a
/// plural (`they`), a person noun after the speaker (`the party leader`), a pronoun subject of the
/// reported speech (`He said one officer told him`: `he` is not the officer), and a sentence
/// with a speaker of its own before its quote (`a guard said: "...," he said.`).
#[test]
fn a_pronoun_tag_without_a_close_named_antecedent_has_no_source() {
    for s in [
        "Lena Voss said the port was closed. The wind kept rising. \"We turned back 14 \
         ships,\" she said.",
        "The ministry said the port was closed. \"We turned back 14 ships,\" he said.",
        "Officials said the port was closed. \"We turned back 14 ships,\" they said.",
        "Lena Voss said the party leader had closed the port. \"We turned back 14 ships,\" she said.",
        "He said one officer told him the port was closed. \"We turned back 14 ships,\" he \
         said.",
        "Lena Voss said the port was closed. Asked about it, a guard said: \"We turned back \
         14 ships,\" he said.",
    ] {
        check(s, "14", None);
    }
}

/// Class: only the quote is the speaker's: a sentence the pronoun's quote does not reach keeps
/// its own reading (the writer's sentence after the tag names nobody).
#[test]
fn the_writers_sentence_after_the_tag_is_not_the_speakers() {
    check(
        "Lena Voss said the port was closed. \"We turned back ships,\" she said. The port \
         handles 40 ships a day.",
        "40",
        None,
    );
}
