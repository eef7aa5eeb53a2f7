//! Closed-class cue words of the frame rules (attribution and time) that the shared word lists of
//! `words.rs` do not hold: each list is a `matches!` on lower-case literals, like those.

/// Reporting verbs that are also plural nouns (`European states`, `insurance claims`): they
/// report only when their content follows at once (`states that`, `shows 26`).
pub(super) fn noun_like_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "states" | "claims" | "reports" | "estimates" | "shows" | "notes" | "counts" | "records"
    )
}

/// Words that negate a reporting verb (`Trump did not say whether ...`): what follows is not
/// what the subject says.
pub(super) fn negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "t")
}

/// Conjunctions that open a clause about the act of saying, not its content (`X said after
/// visiting the DMZ`, `..., as he delivered his first speech`).
pub(super) fn saying_circumstance(w: &str) -> bool {
    matches!(
        w,
        "after" | "as" | "when" | "while" | "before" | "during" | "following" | "because"
    )
}

/// Words after `as` that make it a bound or a comparison, not a conjunction (`as many as 26`).
pub(super) fn as_comparative(w: &str) -> bool {
    matches!(
        w,
        "many" | "much" | "few" | "little" | "long" | "well" | "high" | "low" | "part" | "of"
    )
}

/// Prepositions opening the setting of an act of saying before its date (`told reporters at a
/// press conference in the East Room on Thursday`).
pub(super) fn setting_preposition(w: &str) -> bool {
    matches!(w, "at" | "during" | "in")
}
