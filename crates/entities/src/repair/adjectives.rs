//! Repair 96 (issue 17, session 30): an adjective of government written with a capital, as the
//! New York Times of the 1980s and Brown's 1961 press write it (`Federal prosecutors`, `the
//! Federal deductibility of state taxes`, `Congressional aides`), is a description, not an
//! organisation's name.
//!
//! 96. A mention of one word that is an adjective of government (GOVERNMENT_ADJECTIVE of
//!     `data/org_heads.tsv`), followed by a word in
//!     lower case, is dropped: the adjective qualifies a common noun. Inside a longer name it
//!     stays (`Federal Reserve`, `Federal Bureau of Investigation`, `Congressional Budget
//!     Office`): those are mentions of several words, which this rule does not touch.

use super::{Local, Sentence};

/// Rule 96 (see the module documentation; the adjectives are GOVERNMENT_ADJECTIVE of
/// `data/org_heads.tsv`).
pub(super) fn government_adjectives(s: &Sentence, spans: &mut Vec<Local>) {
    let infos = s.infos;
    spans.retain(|&(a, b, _)| {
        let adjective = b == a + 1 && s.lex.is_government_adjective(infos[a].lower);
        !(adjective && infos.get(b).is_some_and(|t| t.lower_initial))
    });
}
