//! How a golden diff is paired: which mention of the new extraction is "the same mention" as
//! one of the old extraction. This is the analysis behind `reckon diff`; everything the diff
//! reports (a changed value, bounds, label, frame or extent; an appeared or disappeared
//! mention; a mention that only moved) follows from the pairs chosen here.
//!
//! Both sides are one document's mentions ([`Mention`], in text order). The pairing runs four
//! passes of decreasing strictness; each pass only considers mentions that no earlier pass
//! paired, and within a pass old mentions take partners in text order (first come, first
//! served, so repeated identical mentions pair in order):
//!
//! 1. **Same place:** same kind, same byte span, same text. The common case: nothing changed
//!    here, or only the mention's result (value, bounds, label, frame) changed.
//! 2. **Same sentence:** same kind, same text and the same context (the sentence around the
//!    mention, as the golden line shows it). Catches a mention whose span moved because the
//!    article was edited earlier on; an unchanged result at a new span counts as *moved*, not
//!    as a change. Skipped when the context is unknown (a diff of two JSONL outputs).
//! 3. **Same neighbourhood:** same kind, same text and the same [`NEAR_CHARS`] characters on
//!    each side of it. Catches a moved mention whose sentence was edited away from it.
//! 4. **Overlap:** same kind and overlapping spans. A mention that now covers more or less
//!    text (`57,500` → `more than 57,500`): reported as an *extent* change, with any other
//!    field that changed.
//!
//! Whatever stays unpaired disappeared (old side) or appeared (new side). Kinds never mix: an
//! entity never pairs with a claim. Passes 1 to 3 look partners up in a hash index of the new
//! mentions (linear in the document's mentions); pass 4 scans the new mentions once for each old
//! mention still unpaired after pass 3.
//!
//! [`crate::diff_docs`] calls [`pair`] and then compares each pair field by field.

use std::collections::HashMap;

use crate::document::Mention;

/// Characters either side of a mention that pass 3 of the pairing compares.
pub const NEAR_CHARS: usize = 16;

/// The characters of the context nearest the mention (`NEAR_CHARS` each side).
fn near(m: &Mention) -> Option<(String, String)> {
    let (l, rest) = m.context.split_once('«')?;
    let (_, r) = rest.rsplit_once('»')?;
    let lc = l.chars().count();
    Some((
        l.chars().skip(lc.saturating_sub(NEAR_CHARS)).collect(),
        r.chars().take(NEAR_CHARS).collect(),
    ))
}

/// Pairs old and new mentions, in four passes of decreasing strictness, each only among the
/// mentions still unpaired: (1) same kind, span and text; (2) same kind, text and context;
/// (3) same kind and text with the same nearby words; (4) same kind and overlapping spans.
///
/// Returns, for each old mention (by index), the index of its new partner, if any. Every new
/// mention is the partner of at most one old mention. See the module documentation.
pub fn pair(old: &[Mention], new: &[Mention]) -> Vec<Option<usize>> {
    let mut pairs: Vec<Option<usize>> = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    fn pass<K: std::hash::Hash + Eq>(
        old: &[Mention],
        new: &[Mention],
        pairs: &mut [Option<usize>],
        taken: &mut [bool],
        key: impl Fn(&Mention) -> Option<K>,
    ) {
        let mut index: HashMap<K, std::collections::VecDeque<usize>> = HashMap::new();
        for (j, m) in new.iter().enumerate() {
            if !taken[j] {
                if let Some(k) = key(m) {
                    index.entry(k).or_default().push_back(j);
                }
            }
        }
        for (i, m) in old.iter().enumerate() {
            if pairs[i].is_some() {
                continue;
            }
            if let Some(j) = key(m).and_then(|k| index.get_mut(&k)?.pop_front()) {
                pairs[i] = Some(j);
                taken[j] = true;
            }
        }
    }
    pass(old, new, &mut pairs, &mut taken, |m| {
        Some((m.kind, m.span, m.text.clone()))
    });
    pass(old, new, &mut pairs, &mut taken, |m| {
        (!m.context.is_empty()).then(|| (m.kind, m.text.clone(), m.context.clone()))
    });
    pass(old, new, &mut pairs, &mut taken, |m| {
        near(m).map(|n| (m.kind, m.text.clone(), n))
    });
    for (i, a) in old.iter().enumerate() {
        if pairs[i].is_some() {
            continue;
        }
        let hit = new.iter().enumerate().find(|(j, b)| {
            !taken[*j] && b.kind == a.kind && b.span.start < a.span.end && a.span.start < b.span.end
        });
        if let Some((j, _)) = hit {
            pairs[i] = Some(j);
            taken[j] = true;
        }
    }
    pairs
}
