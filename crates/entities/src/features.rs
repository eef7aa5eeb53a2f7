//! Features of a token in its sentence, as 64-bit hashes: shared by training and tagging.
//!
//! Each token is summarised once ([`TokenInfo`], `summary.rs`); [`sentence_infos`] adds the
//! gazetteer tags and the capitalised runs of the sentence, and the features of position `i`
//! combine the summaries of `i-2..=i+2` with a template number and the tags already chosen for
//! `i-1` and `i-2`.

use reckon_text::Token;

use crate::gazetteer::Gazetteer;
use crate::hash::{hash_bytes, mix};
use crate::summary::{Scratch, TokenInfo};

/// Boundary padding value for positions outside the sentence.
const PAD: u64 = 0x5A5A_5A5A_1234_5678;

/// Summarises the tokens of one sentence into `out` (cleared first), gazetteer tags included.
/// `upper`: summarise the words as if written in capitals (training's augmented copies);
/// `all_caps`: the sentence is a headline in capitals ([`is_all_caps`], which the caller has
/// computed for the decoder already). Capitalised runs are marked only when neither holds.
#[cfg(any(test, feature = "train"))]
pub(crate) fn sentence_infos(
    scratch: &mut Scratch,
    gaz: &Gazetteer,
    text: &str,
    toks: &[Token],
    upper: bool,
    all_caps: bool,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    out.extend(toks.iter().map(|&t| scratch.info(text, t, upper)));
    gaz.tag(out);
    if !upper && !all_caps {
        mark_runs(out);
    }
}

/// [`sentence_infos`] of text read as written (not `upper`), with the shape and affix hashes
/// left out: the tagger fills them in for the tokens it scores and their neighbours
/// ([`crate::summary::Scratch::affixes`]); nothing else reads them.
pub(crate) fn sentence_infos_light(
    scratch: &mut Scratch,
    gaz: &Gazetteer,
    text: &str,
    toks: &[Token],
    all_caps: bool,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    out.extend(toks.iter().map(|&t| scratch.light(text, t)));
    gaz.tag(out);
    if !all_caps {
        mark_runs(out);
    }
}

/// Lower-case words that may sit inside a capitalised name (`Bank of England`).
static CONNECTORS: std::sync::LazyLock<[u64; 8]> = std::sync::LazyLock::new(|| {
    ["of", "for", "and", "the", "de", "al", "on", "&"].map(|w| hash_bytes(w.as_bytes()))
});

/// Fills the `run_*` fields: maximal runs of capitalised tokens, joined across single connectors.
fn mark_runs(infos: &mut [TokenInfo]) {
    let conn = &*CONNECTORS;
    let n = infos.len();
    let mut i = 0;
    while i < n {
        if !infos[i].title {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < n && infos[j].title {
                j += 1;
            } else if j + 1 < n && conn.contains(&infos[j].lower) && infos[j + 1].title {
                j += 2;
            } else {
                break;
            }
        }
        let len = j - i;
        let (first, last) = (infos[i].lower, infos[j - 1].lower);
        for (k, t) in infos[i..j].iter_mut().enumerate() {
            t.run_first = first;
            t.run_last = last;
            t.run_len = len.min(5) as u8;
            t.run_pos = if len == 1 {
                0
            } else if k == 0 {
                1
            } else if k + 1 == len {
                3
            } else {
                2
            };
        }
        i = j;
    }
}

/// True if the sentence's letters are (nearly) all upper case: a headline in capitals.
pub(crate) fn is_all_caps(text: &str, toks: &[Token]) -> bool {
    let (Some(a), Some(b)) = (toks.first(), toks.last()) else {
        return false;
    };
    // The tokens cover the sentence's letters: count over its whole text at once.
    let s = &text[a.span.start as usize..b.span.end as usize];
    let mut upper = 0usize;
    let mut lower = 0usize;
    // Counted a block of bytes at a time; the answer is no as soon as the lower-case letters
    // seen outnumber a tenth of every capital the sentence could still hold (those seen plus
    // one per byte left), which settles most sentences of running text within the first block.
    const BLOCK: usize = 32;
    let mut start = 0;
    while start < s.len() {
        let mut end = (start + BLOCK).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        let block = &s[start..end];
        if block.is_ascii() {
            for &c in block.as_bytes() {
                upper += c.is_ascii_uppercase() as usize;
                lower += c.is_ascii_lowercase() as usize;
            }
        } else {
            for c in block.chars() {
                if c.is_uppercase() {
                    upper += 1;
                } else if c.is_lowercase() {
                    lower += 1;
                }
            }
        }
        start = end;
        if lower * 10 >= upper + (s.len() - start) {
            return false;
        }
    }
    upper >= 8 && lower * 10 < upper
}

/// Number of feature templates (an upper bound on the features of one position).
pub(crate) const MAX_FEATURES: usize = 48;

/// Sentence-level context the templates read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceCtx {
    /// The sentence is a headline in capitals.
    pub all_caps: bool,
}

/// Writes the feature hashes of position `i` into `out` (cleared first): the templates that do
/// not read the previous tags ([`static_features`]) and those that do ([`dynamic_features`]).
/// The model sums the weights of a set of features, so their order does not matter.
#[cfg(any(test, feature = "train"))]
#[inline]
pub(crate) fn features(
    infos: &[TokenInfo],
    i: usize,
    prev: u8,
    prev2: u8,
    ctx: SentenceCtx,
    out: &mut Vec<u64>,
) {
    out.clear();
    out.extend_from_slice(&static_features(infos, i, ctx));
    out.extend_from_slice(&dynamic_features(infos, i, prev, prev2));
}

/// The neighbour at offset `j` of position `i`, if inside the sentence.
#[inline(always)]
fn at(infos: &[TokenInfo], i: usize, j: isize) -> Option<&TokenInfo> {
    let k = i as isize + j;
    if k < 0 || k as usize >= infos.len() {
        None
    } else {
        Some(&infos[k as usize])
    }
}

/// Number of [`static_features`].
pub(crate) const N_STATIC: usize = 36;

/// The feature hashes of position `i` that do not depend on the tags chosen before it: the
/// decoder computes and scores them for a whole sentence at once, whose table lookups then
/// overlap (tokens no longer wait for the previous token's tag). An array, not a `Vec`: no
/// length to keep or capacity to check per feature.
#[inline]
pub(crate) fn static_features(infos: &[TokenInfo], i: usize, ctx: SentenceCtx) -> [u64; N_STATIC] {
    let at = |j: isize| at(infos, i, j);
    let w = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.lower);
    let sh = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.shape);
    let t0 = &infos[i];
    let caps = ctx.all_caps as u64;
    let run = mix(t0.run_len as u64, t0.run_pos as u64);
    [
        (0, 0), // bias
        (1, t0.lower),
        (2, t0.shape),
        (3, t0.pre3),
        (4, t0.suf2),
        (5, t0.suf3),
        (6, t0.suf4),
        (7, w(-1)),
        (8, w(1)),
        (9, w(-2)),
        (10, w(2)),
        (11, sh(-1)),
        (12, sh(1)),
        (13, mix(w(-1), t0.lower)),
        (14, mix(t0.lower, w(1))),
        (15, mix(sh(-1), t0.shape)),
        (16, mix(t0.shape, sh(1))),
        (21, mix((i == 0) as u64, t0.shape)),
        (22, mix(caps, t0.shape)),
        (23, mix(t0.kind as u64, t0.title as u64)),
        (24, t0.gaz as u64),
        (25, at(-1).map_or(99, |t| t.gaz as u64)),
        (26, at(1).map_or(99, |t| t.gaz as u64)),
        (27, mix(t0.gaz as u64, t0.shape)),
        (29, at(-1).map_or(PAD, |t| t.suf3)),
        (30, at(1).map_or(PAD, |t| t.suf3)),
        (31, mix(mix(sh(-1), t0.shape), sh(1))),
        (32, mix(w(1), w(2))),
        (33, mix(w(-2), w(-1))),
        (34, mix(t0.title as u64, w(-1))),
        (35, mix(caps, t0.lower)),
        (36, mix(t0.run_last, t0.run_len as u64)),
        (37, run),
        (38, mix(t0.run_last, t0.run_pos as u64)),
        (39, mix(t0.run_first, run)),
        (40, at(1).map_or(PAD, |t| t.run_last)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Number of [`own_features`].
pub(crate) const N_OWN: usize = 15;

/// The features of position `i` that read nothing but the token's own summary, whether it opens
/// the sentence (`first`) and whether the sentence is in capitals: the same for every token with
/// the same [`OwnKey`], so the decoder scores them once per such token
/// ([`crate::model::Model::decode`]). Thirteen [`static_features`] and two
/// [`dynamic_features`] as they are when the previous tag is `O` (`p0`, most scored tokens).
#[inline]
pub(crate) fn own_features(t0: &TokenInfo, first: bool, ctx: SentenceCtx) -> [u64; N_OWN] {
    let caps = ctx.all_caps as u64;
    [
        (0, 0), // bias
        (1, t0.lower),
        (2, t0.shape),
        (3, t0.pre3),
        (4, t0.suf2),
        (5, t0.suf3),
        (6, t0.suf4),
        (21, mix(first as u64, t0.shape)),
        (22, mix(caps, t0.shape)),
        (23, mix(t0.kind as u64, t0.title as u64)),
        (24, t0.gaz as u64),
        (27, mix(t0.gaz as u64, t0.shape)),
        (35, mix(caps, t0.lower)),
        // p0
        (19, mix(0, t0.lower)),
        (20, mix(0, t0.shape)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Everything [`own_features`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct OwnKey {
    lower: u64,
    shape: u64,
    pre3: u64,
    suf2: u64,
    suf3: u64,
    suf4: u64,
    kind: u8,
    title: bool,
    gaz: u8,
    first: bool,
    caps: bool,
}

impl OwnKey {
    #[inline]
    pub(crate) fn new(t0: &TokenInfo, first: bool, ctx: SentenceCtx) -> OwnKey {
        OwnKey {
            lower: t0.lower,
            shape: t0.shape,
            pre3: t0.pre3,
            suf2: t0.suf2,
            suf3: t0.suf3,
            suf4: t0.suf4,
            kind: t0.kind,
            title: t0.title,
            gaz: t0.gaz,
            first,
            caps: ctx.all_caps,
        }
    }

    /// A well-mixed 64-bit summary of the key (the word hash is already one).
    #[inline]
    pub(crate) fn slot(&self) -> u64 {
        mix(
            self.lower ^ self.shape.rotate_left(17),
            (self.gaz as u64) << 3 | (self.first as u64) << 1 | self.caps as u64,
        )
    }
}

/// Number of [`prev_features`].
pub(crate) const N_PREV: usize = 4;

/// The [`static_features`] of position `i` that read only the token before it, `prev` (`None`
/// at the sentence's start): the same for every token after one with the same [`SideKey`].
#[inline]
pub(crate) fn prev_features(prev: Option<&TokenInfo>) -> [u64; N_PREV] {
    let j = -1isize;
    [
        (7, prev.map_or(PAD ^ j as u64, |t| t.lower)),
        (11, prev.map_or(PAD ^ j as u64, |t| t.shape)),
        (25, prev.map_or(99, |t| t.gaz as u64)),
        (29, prev.map_or(PAD, |t| t.suf3)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Number of [`next_features`].
pub(crate) const N_NEXT: usize = 6;

/// The features of position `i` that read only the token after it, `next` (`None` at the
/// sentence's end): five [`static_features`] and one of the [`dynamic_features`] as it is when
/// the previous tag is `O` (`p0`).
#[inline]
pub(crate) fn next_features(next: Option<&TokenInfo>) -> [u64; N_NEXT] {
    let w1 = next.map_or(PAD ^ 1, |t| t.lower);
    [
        (8, w1),
        (12, next.map_or(PAD ^ 1, |t| t.shape)),
        (26, next.map_or(99, |t| t.gaz as u64)),
        (30, next.map_or(PAD, |t| t.suf3)),
        (40, next.map_or(PAD, |t| t.run_last)),
        // p0
        (28, mix(0, w1)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Everything [`prev_features`] and [`next_features`] read of a neighbour (`run_last` only the
/// latter; the former's cache keys it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct SideKey {
    lower: u64,
    shape: u64,
    suf3: u64,
    run_last: u64,
    gaz: u8,
}

impl SideKey {
    #[inline]
    pub(crate) fn new(t: &TokenInfo) -> SideKey {
        SideKey {
            lower: t.lower,
            shape: t.shape,
            suf3: t.suf3,
            run_last: t.run_last,
            gaz: t.gaz,
        }
    }

    /// A well-mixed 64-bit summary of the key.
    #[inline]
    pub(crate) fn slot(&self) -> u64 {
        mix(
            self.lower ^ self.shape.rotate_left(17) ^ self.run_last.rotate_left(41),
            self.gaz as u64,
        )
    }
}

/// Number of [`rest_features`].
pub(crate) const N_REST: usize = 10;

/// The [`static_features`] of position `i` that read it with its neighbours. With
/// [`own_features`], [`prev_features`], [`next_features`] (less their `p0` features) and
/// [`run_features`], exactly [`static_features`].
#[inline]
pub(crate) fn rest_features(infos: &[TokenInfo], i: usize) -> [u64; N_REST] {
    let at = |j: isize| at(infos, i, j);
    let w = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.lower);
    let sh = |j: isize| at(j).map_or(PAD ^ j as u64, |t| t.shape);
    let t0 = &infos[i];
    [
        (9, w(-2)),
        (10, w(2)),
        (13, mix(w(-1), t0.lower)),
        (14, mix(t0.lower, w(1))),
        (15, mix(sh(-1), t0.shape)),
        (16, mix(t0.shape, sh(1))),
        (31, mix(mix(sh(-1), t0.shape), sh(1))),
        (32, mix(w(1), w(2))),
        (33, mix(w(-2), w(-1))),
        (34, mix(t0.title as u64, w(-1))),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Number of [`run_features`].
pub(crate) const N_RUN: usize = 4;

/// The [`static_features`] of a token that read only its place in its capitalised run: the same
/// for every token with the same [`RunKey`] (the words of a name repeated in an article).
#[inline]
pub(crate) fn run_features(t0: &TokenInfo) -> [u64; N_RUN] {
    let run = mix(t0.run_len as u64, t0.run_pos as u64);
    [
        (36, mix(t0.run_last, t0.run_len as u64)),
        (37, run),
        (38, mix(t0.run_last, t0.run_pos as u64)),
        (39, mix(t0.run_first, run)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// Everything [`run_features`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct RunKey {
    first: u64,
    last: u64,
    len: u8,
    pos: u8,
}

impl RunKey {
    #[inline]
    pub(crate) fn new(t: &TokenInfo) -> RunKey {
        RunKey {
            first: t.run_first,
            last: t.run_last,
            len: t.run_len,
            pos: t.run_pos,
        }
    }

    /// A well-mixed 64-bit summary of the key.
    #[inline]
    pub(crate) fn slot(&self) -> u64 {
        mix(
            self.first ^ self.last.rotate_left(23),
            (self.len as u64) << 8 | self.pos as u64,
        )
    }
}

/// The `p0` features of [`own_features`] and [`next_features`] of position `i`: the
/// [`dynamic_features`] that read the token and its next neighbour, as they are when the
/// previous tag is `O`.
#[inline]
pub(crate) fn p0_features(infos: &[TokenInfo], i: usize) -> [u64; 3] {
    let w1 = at(infos, i, 1).map_or(PAD ^ 1, |t| t.lower);
    let t0 = &infos[i];
    [
        (19, mix(0, t0.lower)),
        (20, mix(0, t0.shape)),
        (28, mix(0, w1)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

/// The [`dynamic_features`] that read only the previous two tags, when the previous one is `O`.
#[inline]
pub(crate) fn pair_features(prev2: u8) -> [u64; 2] {
    [(17, 0), (18, mix(0, prev2 as u64))].map(|(tpl, v)| mix(tpl, v) | 1)
}

/// The five feature hashes of position `i` that read the tags chosen for `i-1` (`prev`) and
/// `i-2` (`prev2`).
#[inline]
pub(crate) fn dynamic_features(infos: &[TokenInfo], i: usize, prev: u8, prev2: u8) -> [u64; 5] {
    let w1 = at(infos, i, 1).map_or(PAD ^ 1, |t| t.lower);
    let t0 = &infos[i];
    let p = prev as u64;
    let p2 = prev2 as u64;
    [
        (17, p),
        (18, mix(p, p2)),
        (19, mix(p, t0.lower)),
        (20, mix(p, t0.shape)),
        (28, mix(p, w1)),
    ]
    .map(|(tpl, v)| mix(tpl, v) | 1)
}

#[cfg(test)]
mod tests {
    use super::{
        OwnKey, RunKey, SentenceCtx, SideKey, dynamic_features, is_all_caps, next_features,
        own_features, p0_features, pair_features, prev_features, rest_features, run_features,
        static_features,
    };

    #[test]
    fn own_and_context_features_are_the_static_ones() {
        let text = "GAZA TALKS RESUME IN CAIRO. Israeli Prime Minister Benjamin Netanyahu met \
            Donald Trump in Washington on Monday, the U.S. said; 3 of them (al-Sisi's men) left.";
        let seg = reckon_text::segment(text);
        let mut scratch = crate::summary::Scratch::default();
        let mut infos = Vec::new();
        let mut checked = 0;
        for s in &seg.sentences {
            let toks = &seg.tokens[s.token_range()];
            let ctx = SentenceCtx {
                all_caps: is_all_caps(text, toks),
            };
            crate::features::sentence_infos(
                &mut scratch,
                crate::builtin_gazetteer(),
                text,
                toks,
                false,
                ctx.all_caps,
                &mut infos,
            );
            for i in 0..infos.len() {
                let prev = i.checked_sub(1).map(|k| &infos[k]);
                let next = infos.get(i + 1);
                // The parts: own, the neighbours', the rest; `p0` and pair features apart.
                let mut got = own_features(&infos[i], i == 0, ctx).to_vec();
                got.extend(prev_features(prev));
                got.extend(next_features(next));
                got.extend(rest_features(&infos, i));
                got.extend(run_features(&infos[i]));
                let p0 = p0_features(&infos, i);
                for f in p0 {
                    let k = got.iter().position(|&g| g == f).expect("a p0 feature");
                    got.remove(k);
                }
                let mut want = static_features(&infos, i, ctx).to_vec();
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "token {i}");
                // With the previous tag `O`, the dynamic features are the p0 and pair ones.
                for prev2 in [0, 3, 44] {
                    let mut want = dynamic_features(&infos, i, 0, prev2).to_vec();
                    let mut got = p0.to_vec();
                    got.extend(pair_features(prev2));
                    want.sort_unstable();
                    got.sort_unstable();
                    assert_eq!(got, want, "token {i}, prev2 {prev2}");
                }
                // Tokens with the same key have the same own features.
                let k = OwnKey::new(&infos[i], i == 0, ctx);
                assert_eq!(k, OwnKey::new(&infos[i], i == 0, ctx));
                assert_ne!(k, OwnKey::new(&infos[i], i != 0, ctx));
                assert_eq!(SideKey::new(&infos[i]), SideKey::new(&infos[i]));
                assert_eq!(RunKey::new(&infos[i]), RunKey::new(&infos[i]));
                checked += 1;
            }
        }
        assert!(checked == seg.tokens.len() && checked > 30, "{checked}");
    }

    /// The count [`is_all_caps`] stops early: every letter of the sentence, one pass.
    fn counted(text: &str, toks: &[reckon_text::Token]) -> bool {
        let (Some(a), Some(b)) = (toks.first(), toks.last()) else {
            return false;
        };
        let s = &text[a.span.start as usize..b.span.end as usize];
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        let lower = s.chars().filter(|c| c.is_lowercase()).count();
        upper >= 8 && lower * 10 < upper
    }

    #[test]
    fn early_stop_gives_the_full_count() {
        let base = [
            "GAZA CEASEFIRE TALKS RESUME IN CAIRO AS MEDIATORS PUSH FOR DEAL",
            "Israeli Prime Minister Benjamin Netanyahu met Donald Trump in Washington.",
            "ÉTAT D'URGENCE DÉCLARÉ À PARIS APRÈS LES ÉMEUTES DE LA NUIT DERNIÈRE",
            "NATO AND THE EU SAY so",
            "A",
            "",
            "BREAKING: ÜBER 100 TOTE IN SÜDKOREA — PRÄSIDENT YOON ÄUSSERT SICH",
            "the quick brown fox jumps over the lazy dog THE QUICK BROWN FOX JUMPS OVER",
        ];
        let (mut checked, mut yes) = (0, 0);
        for b in base {
            // Lower-case letters put at every position: the answer flips somewhere for most.
            for k in 0..=b.chars().count() {
                for ins in ["", "x", "éé", "xxxxxxxxxx"] {
                    let s: String = b
                        .chars()
                        .take(k)
                        .chain(ins.chars())
                        .chain(b.chars().skip(k))
                        .collect();
                    let seg = reckon_text::segment(&s);
                    let want = counted(&s, &seg.tokens);
                    assert_eq!(is_all_caps(&s, &seg.tokens), want, "{s:?}");
                    checked += 1;
                    yes += usize::from(want);
                }
            }
        }
        assert!(
            checked > 1000 && yes > 100 && checked - yes > 100,
            "{checked} {yes}"
        );
    }
}
