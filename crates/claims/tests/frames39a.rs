//! Attribution, session 36 (attr39): a participle of saying after a comma (`..., saying 15 ...`)
//! reports for the subject opening the sentence, also when an appositive set off by two commas
//! stands between that subject and its verb (`The Civil Defence, a volunteer rescue group, gave
//! a different toll, saying ...`).

mod common;

use common::check_source as check;

/// Class: `NAME, APPOSITIVE, VERBED ..., saying N ...`: the participle's content is the
/// subject's.
#[test]
fn a_participle_after_an_appositive_subject_reports_for_it() {
    for (s, q, want) in [
        (
            "The Red Crescent, a relief group working in the north, gave a higher toll, \
             saying 15 bodies were found in the rubble.",
            "15",
            "The Red Crescent",
        ),
        (
            "Marta Ilic, the mayor of Tuzla, released a statement on Facebook, saying that \
             40 homes were flooded.",
            "40",
            "Marta Ilic",
        ),
        (
            "Brandt, a senior economist at the bank, has warned of a slowdown, adding that \
             growth could fall to 1.2 percent.",
            "1.2 percent",
            "Brandt",
        ),
    ] {
        check(s, q, Some(want));
    }
}

/// Class: no subject of saying before the participle: a relative clause inside the commas, a
/// participle that adds to a figure, or a pronoun subject.
#[test]
fn a_participle_without_an_appositive_speaker_has_no_source() {
    for s in [
        "The plant, which opened in May, cut its output, adding 40 jobs.",
        "He, a quiet man, gave a short speech, saying 40 homes were flooded.",
    ] {
        check(s, "40", None);
    }
}

/// Class: a sentence adverb and its comma before the subject (`However, X opposed ..., arguing
/// that N ...`): the participle reports for the subject after the adverb.
#[test]
fn a_participle_reports_for_a_subject_after_a_sentence_adverb() {
    for (s, q, want) in [
        (
            "However, the ministry had strongly opposed the plan, arguing that it would cost \
             around 9,000 jobs.",
            "around 9,000",
            "the ministry",
        ),
        (
            "Meanwhile, Greenpeace criticised the decision, saying 12 rivers were at risk.",
            "12",
            "Greenpeace",
        ),
    ] {
        check(s, q, Some(want));
    }
}
