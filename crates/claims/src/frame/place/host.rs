//! The place a relative clause of place describes (issue 14, session 29; the claims README tells
//! what the rule changed on the real corpus).
//!
//! A clause opened by `where` or `home to` right after a comma that follows a place name is
//! about that place: `civilians in Mosul, where at least 307 people have been killed`, `a cyber
//! event in Washington, D.C., where at least three Russian diplomats were in the audience`,
//! `the northern state of Uttar Pradesh, home to 220 million people`, `a lion safari park in
//! Etawah, which is home to three grown lions`. The figure of that clause is in the place (or
//! in a spot inside it, which the place holds). Read on the real corpus (session 29): the
//! counted things were in the named place in nearly every case; it is used only when the
//! figure's own clause names no place.

use crate::scan::{Context, RawQuantity};

/// The place whose name ends right before the comma that opens the clause `c` of quantity `q`,
/// when that clause starts with `where`, `home to` or `which is home to`; `None` otherwise.
/// `places` are the recognised places of the document (first token, name), in text order.
pub(crate) fn relative_host(
    ctx: &Context<'_>,
    clause: &[u32],
    places: &[(usize, String)],
    q: &RawQuantity,
) -> Option<String> {
    let c = clause[q.start];
    let s = ctx.sentence_of[q.start];
    let k0 = (q.start.saturating_sub(40)..=q.start)
        .rev()
        .take_while(|&k| clause[k] == c && ctx.sentence_of[k] == s)
        .last()?;
    let w = |i: usize| ctx.lower(k0 + i);
    let opens = w(0) == "where"
        || (w(0), w(1)) == ("home", "to")
        || (w(0), w(1), w(2), w(3)) == ("which", "is", "home", "to");
    let comma = k0.checked_sub(1).filter(|&k| ctx.is_punct(k, ","))?;
    if !opens || comma == 0 {
        return None;
    }
    // the name's tokens before the comma: capitalised words, with the full stops and the
    // comma of a written state (`Washington, D.C.`, `Rockwall, Texas`), five at most
    let name = |k: usize| ctx.is_word(k) && ctx.capitalized(k) || ctx.is_punct(k, ".,");
    let lo = (comma.saturating_sub(6)..comma)
        .rev()
        .take_while(|&k| name(k) && ctx.sentence_of[k] == s)
        .last()?;
    places
        .iter()
        .rev()
        .find(|(t, _)| (lo..comma).contains(t) && ctx.is_word(*t))
        .map(|(_, p)| p.clone())
}
