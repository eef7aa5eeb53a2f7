//! A link teaser glued into a sentence: `READ MORE: Syria's civil war explained The fighting
//! killed at least 26 soldiers, Abdel Rahman said`, `RELATED: Chinese firm fined $1.2 billion for
//! ... Given that ..., Klingner said`. The teaser's headline is another story's: its words name
//! no source of the sentence (`Syria's civil war` explained, `Seoul` says, `Critics` warn), and
//! no source of the sentence says its figures.

use super::{Source, attr, is_function};
use crate::scan::Context;

/// The tokens `marker..seam` of a teaser in the sentence `ss..se`: the marker (`READ MORE`,
/// `ALSO READ`, `RELATED`, in capitals, before a colon or a dash) and its headline, which ends
/// where the body's first capitalised word follows a lower-case word that is not a function word
/// (`explained The fighting`), a quote closing on the headline (`'are spies' Indonesia's`) or a
/// dash glued to it (`explained- According to`), or is a function word after a word (`from
/// Pakistan Last year`), within 30 tokens; none when no seam is found.
pub(crate) fn teaser(ctx: &Context<'_>, ss: usize, se: usize) -> Option<(usize, usize)> {
    let m = (ss..se).find(|&k| {
        let w = ctx.surface(k);
        (w == "READ" && matches!(ctx.surface(k + 1), "MORE" | "ALSO")
            || w == "READ" && k > ss && ctx.surface(k - 1) == "ALSO"
            || w == "RELATED")
            && (k + 1..k + 3).any(|t| ctx.is_punct(t, ":-"))
    })?;
    let m = if m > ss && ctx.surface(m - 1) == "ALSO" {
        m - 1
    } else {
        m
    };
    let h = (m + 1..m + 4).find(|&t| ctx.is_punct(t, ":-"))? + 1;
    let seam = (h + 2..(h + 30).min(se)).find(|&k| {
        let p = k - 1;
        ctx.is_word(k)
            && ctx.capitalized(k)
            && (ctx.is_word(p) && !ctx.capitalized(p) && !is_function(ctx, p)
                // (a function word opening the body after a headline's name: `return from
                // Pakistan Last year, ...`)
                || ctx.is_word(p) && is_function(ctx, k)
                || ctx.is_punct(p, "'\"\u{2019}\u{201d}-") && ctx.glued(p) && !ctx.glued(k))
    })?;
    Some((m, seam))
}

/// True when token `t` lies in the teaser of its sentence and token `q` (of the same sentence)
/// does not: the headline's place is another story's (`READ MORE: North Korea fires missile
/// ... The test came after 20 ...`), no place of a claim in the body it is glued to.
pub(crate) fn apart(ctx: &Context<'_>, t: usize, q: usize) -> bool {
    let s = ctx.sentence_of[q];
    if ctx.sentence_of[t] != s {
        return false;
    }
    let a = ctx.sentence_of.partition_point(|&y| y < s);
    let e = a + ctx.sentence_of[a..].partition_point(|&y| y == s);
    teaser(ctx, a, e).is_some_and(|(m, seam)| (m..seam).contains(&t) && !(m..seam).contains(&q))
}

/// The sources of a document (in text order), those of a sentence holding a teaser trimmed in one
/// pass: a source whose phrase lies in the headline is dropped, one whose phrase runs from the headline into the body keeps
/// its body part (`... addiction in Sierra Leone Sesay said` gives Sesay when the seam is found
/// before it), and none covers the headline's tokens.
pub(super) fn trim(ctx: &Context<'_>, sources: Vec<Source>) -> Vec<Source> {
    let mut out = Vec::with_capacity(sources.len());
    // the teaser of the sentence of the sources being read: (sentence, marker and seam)
    let mut current: Option<(u32, Option<(usize, usize)>)> = None;
    let tok = |b: u32| ctx.lexemes.partition_point(|t| t.start < b);
    for mut x in sources {
        let s = x.sentence;
        let found = match current {
            Some((c, t)) if c == s => t,
            _ => {
                let a = ctx.sentence_of.partition_point(|&y| y < s);
                let e = a + ctx.sentence_of[a..].partition_point(|&y| y == s);
                let t = teaser(ctx, a, e);
                current = Some((s, t));
                t
            }
        };
        let Some((m, seam)) = found else {
            out.push(x);
            continue;
        };
        let a = tok(x.attribution.span.start);
        let b = ctx
            .lexemes
            .partition_point(|t| t.end <= x.attribution.span.end);
        if a >= m && a < seam {
            // (nothing but function words past the seam: `challenging Trump It said`)
            if (seam..b).all(|t| !ctx.is_word(t) || is_function(ctx, t)) {
                continue;
            }
            x.attribution = attr(ctx, seam, b);
        }
        // (not over the headline: it covers what comes after it, or what comes before the
        // marker when its content starts there: `The UN said ... famine READ MORE: ...`)
        if x.from < seam && x.to > m {
            if (x.from..m).any(|t| ctx.is_word(t) || ctx.is_num(t)) {
                x.to = m;
            } else if x.to <= seam {
                continue;
            } else {
                x.from = seam;
            }
        }
        out.push(x);
    }
    out
}
