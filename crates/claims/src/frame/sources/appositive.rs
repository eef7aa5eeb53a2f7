//! A described source before an appositive that opens with a determiner (`The Commission on
//! Filipinos Overseas (CFO), a government office in Manila, estimated that ...`, `The company,
//! a unit of Siemens, said ...`): the subject is the noun phrase before the appositive's comma,
//! past a short parenthesis, not the appositive (which a comma ends right before the verb).

use super::subject::subject_before;
use super::{cues, paren_before, speaker};
use crate::scan::Context;

/// The source phrase before the appositive `p..v-1` (`p` its first word after the comma at
/// `p - 1`, `v - 1` the comma before the verb at `v`), in the sentence starting at `ss`: `(start,
/// end)` of the source's name, if the appositive opens with `a`, `an` or `the`, holds no clause
/// of its own (`is`, `has`, `was` ...), and the phrase before it can name a speaker and opens its
/// clause (the sentence, a comma, a quote or a conjunction opening the sentence: not the object of
/// a fronted clause's verb, `Asked about the plan, ...`).
pub(super) fn described(
    ctx: &Context<'_>,
    ss: usize,
    p: usize,
    v: usize,
) -> Option<(usize, usize)> {
    if p < ss + 2 || p + 1 >= v || !ctx.is_punct(p - 1, ",") || !ctx.is_punct(v - 1, ",") {
        return None;
    }
    if !matches!(ctx.lower(p), "a" | "an" | "the") {
        return None;
    }
    // (`a spokesman who has said ...`, `the group that is ...`: a clause of its own)
    let clause = |w: &str| {
        matches!(
            w,
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "can"
        )
    };
    if (p..v - 1).any(|k| clause(ctx.lower(k))) {
        return None;
    }
    let end = paren_before(ctx, ss, p - 1).unwrap_or(p - 1);
    let (a, det) = subject_before(ctx, end);
    if a >= end || !speaker(ctx, a, end, det) {
        return None;
    }
    // (not the second of a chain of appositives after a name: `Muthoni Wanyeki, Amnesty
    // International's Regional Director for East Africa, the Horn and the Great Lakes, wrote`)
    // (a name that opens its clause; not a name the content ends on: `..., about eight km
    // northwest of al-Bab, the Syrian Observatory for Human Rights, a war monitor, said.`)
    let chain = a > ss + 2 && ctx.is_punct(a - 1, ",") && {
        let mut k = a - 1;
        while k > ss && ctx.is_word(k - 1) && ctx.capitalized(k - 1) {
            k -= 1;
        }
        k < a - 1 && (k == ss || !ctx.is_word(k - 1) && !ctx.is_punct(k - 1, "-"))
    };
    let opens = a == ss
        || ctx.is_punct(a - 1, ",\"\u{201c}") && !chain
        || a - 1 == ss && cues::np_clause_opener(ctx.lower(ss));
    opens.then_some((a, end))
}
