//! Repair 23: the forms of web pages (issue 17, fifth round: science and technology pages,
//! where the tagger, trained on news, reads planets and moons as organisations or people):
//!
//! 23. A planet or a moon (SKY in `data/place_cues.tsv`: `Jupiter`, `Europa`, `Titan`; `Moon`
//!     only after a lower-case `the`), capitalised, with no capitalised word next to it (`Earth
//!     Day`, `Bruno Mars`, `Europa League` are other names), is a LOC whatever the tagger read,
//!     unless it read a GPE (`Jupiter, Fla.`).

use super::lists::relabel;
use super::{Local, Sentence};
use crate::Label;

/// Rule 23.
pub(super) fn web_forms(s: &Sentence, spans: &mut Vec<Local>) {
    sky(s, spans);
}

/// Rule 23: `Clipper will orbit Jupiter`, `a liquid water ocean on Europa`, `the Moon`.
fn sky(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let the = crate::hash::hash_bytes(b"the");
    for i in 0..n {
        let t = &s.infos[i];
        if !t.title {
            continue;
        }
        let Some(after_the) = s.lex.sky(t.lower) else {
            continue;
        };
        let alone = !s.in_capitals(i)
            && (i == 0 || !s.infos[i - 1].title)
            && s.infos.get(i + 1).is_none_or(|t| !t.title);
        let the_before = i > 0 && s.infos[i - 1].lower == the && s.infos[i - 1].lower_initial;
        if alone && (!after_the || the_before) {
            let from = [
                Label::Person,
                Label::Org,
                Label::Norp,
                Label::Product,
                Label::Fac,
                Label::WorkOfArt,
                Label::Event,
                Label::Law,
                Label::Language,
            ];
            relabel(s, spans, i, i + 1, Label::Loc, &from);
        }
    }
}
