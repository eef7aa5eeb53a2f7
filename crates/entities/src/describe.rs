//! Descriptions linked to the named entities of one article: `the Israeli prime minister` to
//! `Benjamin Netanyahu`, `the US president` to `Donald Trump`, `the group` to `Hamas`.
//!
//! A description is linked only when the article itself says who it is; otherwise it is left out
//! (never guessed):
//! - **Offices.** `Israeli Prime Minister Benjamin Netanyahu` (a modifier, an office title from
//!   `data/titles.tsv`, a PERSON) says that the holder of (Israel, prime minister) is Netanyahu;
//!   so does an appositive (`Netanyahu, the Israeli prime minister,`). A description `the Israeli
//!   prime minister`, `Israel’s prime minister` or `the prime minister of Israel` links to that
//!   person when exactly one person of the article holds that office. The modifier is a country
//!   (GPE), an organisation (`the UN secretary-general`) or a nationality adjective (`Israeli` →
//!   Israel, from `data/nationalities.tsv`), compared by canonical name, so `the US president`
//!   matches `United States President Donald Trump`. A name after `former`, `late`... (PAST
//!   words) does not hold the office. A description without a modifier (`the president`) is not
//!   linked: the article does not say which president.
//! - **Groups.** `the group` (and the other GROUP nouns) links to an organisation the article
//!   called a group (`Hamas, the Palestinian group, ...`, `the armed group Hamas`, `the Hamas
//!   group`), when it called exactly one organisation so, and only after it did.

use std::collections::HashMap;

use reckon_text::{Segmented, Span, TokenKind};

use crate::hash::hash_bytes;
use crate::lexicon::{Lexicon, TitleKind};
use crate::summary::Scratch;
use crate::{Entity, EntityId, Label, MentionKind, normalize};

const NONE: u32 = u32::MAX;

/// Who holds an office: a normalised country or organisation name and the title.
type Office = (String, String);

struct Doc<'a> {
    text: &'a str,
    seg: &'a Segmented,
    lex: &'a Lexicon,
    names: &'a [Entity],
    lowers: Vec<u64>,
    /// Sentence end (token index) of each token.
    sent_end: Vec<u32>,
    /// Sentence start of each token.
    sent_start: Vec<u32>,
    /// Name entity starting / ending (exclusive) at each token, or `NONE`.
    starts: Vec<u32>,
    ends: Vec<u32>,
    covered: Vec<bool>,
    /// Token range of each name.
    ranges: Vec<(usize, usize)>,
}

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        seg: &'a Segmented,
        lex: &'a Lexicon,
        names: &'a [Entity],
        lowers: Vec<u64>,
    ) -> Doc<'a> {
        let toks = &seg.tokens;
        let n = toks.len();
        debug_assert_eq!(lowers.len(), n);
        let mut sent_end = vec![0; n];
        let mut sent_start = vec![0; n];
        for s in &seg.sentences {
            for k in s.token_range() {
                sent_end[k] = s.end_token;
                sent_start[k] = s.first_token;
            }
        }
        let mut starts = vec![NONE; n];
        let mut ends = vec![NONE; n + 1];
        let mut covered = vec![false; n];
        let mut ranges = Vec::with_capacity(names.len());
        for (k, e) in names.iter().enumerate() {
            let a = toks.partition_point(|t| t.span.start < e.span.start);
            let b = toks.partition_point(|t| t.span.start < e.span.end);
            ranges.push((a, b));
            if a < b && b <= n {
                starts[a] = k as u32;
                ends[b] = k as u32;
                covered[a..b].iter_mut().for_each(|c| *c = true);
            }
        }
        Doc {
            text,
            seg,
            lex,
            names,
            lowers,
            sent_end,
            sent_start,
            starts,
            ends,
            covered,
            ranges,
        }
    }

    fn n(&self) -> usize {
        self.lowers.len()
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.seg.tokens[i].kind
    }

    fn is(&self, i: usize, word: &str) -> bool {
        i < self.n() && self.lowers[i] == hash_bytes(word.as_bytes())
    }

    /// A capitalised word (the start of a name).
    fn cap_word(&self, i: usize) -> bool {
        i < self.n()
            && matches!(self.kind(i), TokenKind::Word | TokenKind::Compound)
            && self.seg.tokens[i]
                .text(self.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// A lower-case word.
    fn lower_word(&self, i: usize) -> bool {
        i < self.n()
            && self.kind(i) == TokenKind::Word
            && self.seg.tokens[i]
                .text(self.text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    }

    /// The office title starting at `i` (offices only), as (end token, title).
    fn office_at(&self, i: usize) -> Option<(usize, &'a str)> {
        let end = self.sent_end.get(i).copied()? as usize;
        let (hit, kind) = self.lex.title_in(end, i, |k| self.lowers[k])?;
        (kind == TitleKind::Office).then(|| (i + hit.len, self.lex.title_name(hit.entry)))
    }

    /// The country or organisation a modifier (tokens `a..b`) names: a GPE or ORG name's
    /// canonical form, or a nationality's country.
    fn modifier_key(&self, a: usize, b: usize) -> Option<String> {
        let e = self.starts[a];
        if e != NONE && self.ranges[e as usize].1 == b {
            // A tagger's span across punctuation is no modifier to trust.
            if (a..b).any(|k| {
                matches!(
                    self.kind(k),
                    TokenKind::Punct | TokenKind::Quote | TokenKind::Bracket
                )
            }) {
                return None;
            }
            let e = &self.names[e as usize];
            return match e.label {
                Label::Gpe | Label::Org => Some(normalize(&e.canonical)),
                Label::Norp => self.nationality_key(a, b),
                _ => None,
            };
        }
        if (a..b).any(|k| self.covered[k]) {
            return None;
        }
        self.nationality_key(a, b)
    }

    fn nationality_key(&self, a: usize, b: usize) -> Option<String> {
        let hit = self
            .lex
            .nationality_in(self.sent_end[a] as usize, a, |k| self.lowers[k])?;
        (a + hit.len == b)
            .then(|| self.lex.country(hit.entry).map(normalize))
            .flatten()
    }

    /// A modifier that ends at token `k` (exclusive): a name (or a name and its possessive) or a
    /// nationality adjective; returns its first token and key.
    fn modifier_before(&self, k: usize) -> Option<(usize, String)> {
        let floor = self.sent_start[k.min(self.n() - 1)] as usize;
        if k == 0 || k <= floor {
            return None;
        }
        let mut end = k;
        if self.kind(k - 1) == TokenKind::Possessive {
            end = k - 1;
        }
        let e = self.ends[end];
        if e != NONE {
            let a = self.ranges[e as usize].0;
            return self.modifier_key(a, end).map(|key| (a, key));
        }
        (end.saturating_sub(3).max(floor)..end)
            .find_map(|a| self.modifier_key(a, end).map(|key| (a, key)))
    }

    /// A modifier that starts at token `j`: returns its end and key.
    fn modifier_after(&self, j: usize) -> Option<(usize, String)> {
        if j >= self.n() {
            return None;
        }
        let e = self.starts[j];
        let b = if e != NONE {
            self.ranges[e as usize].1
        } else {
            let hit = self
                .lex
                .nationality_in(self.sent_end[j] as usize, j, |k| self.lowers[k])?;
            j + hit.len
        };
        self.modifier_key(j, b).map(|key| (b, key))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.seg.tokens[a].span.start,
            end: self.seg.tokens[b - 1].span.end,
        }
    }

    /// True if tokens `a..b` lie in one sentence and touch no name.
    fn free(&self, a: usize, b: usize) -> bool {
        b <= self.sent_end[a] as usize && (a..b).all(|k| !self.covered[k])
    }
}

/// A description found in the text, before it is linked.
struct Found {
    a: usize,
    b: usize,
    office: Office,
}

/// The description mentions of an article whose named mentions are `names` (text order).
pub(crate) fn descriptions(
    text: &str,
    seg: &Segmented,
    names: &[Entity],
    lex: &Lexicon,
) -> Vec<Entity> {
    let mut scratch = Scratch::default();
    let lowers = seg
        .tokens
        .iter()
        .map(|&t| scratch.light(text, t).lower)
        .collect();
    descriptions_with(text, seg, names, lex, lowers)
}

/// [`descriptions`] given the lowercased-token hash of every token (the tagger computed them
/// already: `Recognizer::recognize_with_descriptions` passes them on).
pub(crate) fn descriptions_with(
    text: &str,
    seg: &Segmented,
    names: &[Entity],
    lex: &Lexicon,
    lowers: Vec<u64>,
) -> Vec<Entity> {
    if seg.tokens.is_empty() {
        return Vec::new();
    }
    let d = Doc::new(text, seg, lex, names, lowers);
    let n = d.n();

    // Office descriptions: `the MOD TITLE`, `the TITLE of MOD`, `MOD’s TITLE`, not followed by a
    // name (that is a title before a name, read below).
    let mut found: Vec<Found> = Vec::new();
    let ends_well = |e: usize| e >= d.sent_end[e - 1] as usize || !d.cap_word(e);
    for i in 0..n {
        if !d.is(i, "the") {
            continue;
        }
        if let Some((k, key)) = d.modifier_after(i + 1)
            && let Some((e, title)) = d.office_at(k)
            && d.free(k, e)
            && ends_well(e)
        {
            found.push(Found {
                a: i,
                b: e,
                office: (key, title.to_owned()),
            });
        } else if let Some((e, title)) = d.office_at(i + 1)
            && d.free(i + 1, e)
            && d.is(e, "of")
            && let Some((b, key)) = d.modifier_after(e + 1)
            && d.starts[e + 1] != NONE
            && !(b < n && d.kind(b) == TokenKind::Possessive)
        {
            found.push(Found {
                a: i,
                b,
                office: (key, title.to_owned()),
            });
        }
    }
    for (k, e) in names.iter().enumerate() {
        let (a, b) = d.ranges[k];
        if !matches!(e.label, Label::Gpe | Label::Org)
            || b >= n
            || d.kind(b) != TokenKind::Possessive
            || a > 0 && d.is(a - 1, "the")
        {
            continue;
        }
        if let Some((end, title)) = d.office_at(b + 1)
            && d.free(b + 1, end)
            && ends_well(end)
            && let Some(key) = d.modifier_key(a, b)
        {
            found.push(Found {
                a,
                b: end,
                office: (key, title.to_owned()),
            });
        }
    }
    found.sort_by_key(|f| f.a);

    // Who holds which office, by the article's own words.
    let mut holders: HashMap<Office, Vec<usize>> = HashMap::new();
    let mut appositive: HashMap<usize, usize> = HashMap::new(); // description -> name
    for (k, e) in names.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        let (pa, pb) = d.ranges[k];
        if pa >= n {
            continue;
        }
        // `[MOD] TITLE NAME`
        let floor = d.sent_start[pa] as usize;
        let title = (pa.saturating_sub(4).max(floor)..pa).find_map(|s| {
            d.office_at(s)
                .filter(|&(e, _)| e == pa)
                .map(|(_, t)| (s, t))
        });
        if let Some((s, title)) = title
            && d.free(s, pa)
        {
            if let Some((ma, key)) = d.modifier_before(s) {
                let past = ma > floor && lex.is_past(d.lowers[ma - 1])
                    || s > floor && lex.is_past(d.lowers[s - 1]);
                if !past {
                    holders.entry((key, title.to_owned())).or_default().push(k);
                }
            }
        }
        // `NAME, the MOD TITLE,`
        if pb < n
            && d.kind(pb) == TokenKind::Punct
            && d.seg.tokens[pb].text(text) == ","
            && let Some(f) = found.iter().position(|f| f.a == pb + 1)
            // An appositive closes (`Netanyahu, the Israeli prime minister, said`); `Peskov, the
            // Russian president's press secretary` and `invited by Xi, the Russian president
            // agreed` are not.
            && (found[f].b >= d.sent_end[pb] as usize
                || matches!(
                    d.kind(found[f].b),
                    TokenKind::Punct | TokenKind::Dash | TokenKind::Bracket | TokenKind::Quote
                ))
        {
            holders.entry(found[f].office.clone()).or_default().push(k);
            appositive.insert(f, k);
        }
    }

    let mut out = Vec::new();
    let mut push = |a: usize, b: usize, name: &Entity| {
        let span = d.span(a, b);
        out.push(Entity {
            span,
            text: span.slice(text).to_owned(),
            label: name.label,
            canonical: name.canonical.clone(),
            id: name.id,
            kind: MentionKind::Description,
        });
    };
    for (f, desc) in found.iter().enumerate() {
        let who = match appositive.get(&f) {
            Some(&k) => Some(k),
            None => {
                let hs = holders.get(&desc.office).map(Vec::as_slice).unwrap_or(&[]);
                let first = hs.first().map(|&k| names[k].id);
                (first.is_some() && hs.iter().all(|&k| Some(names[k].id) == first)).then(|| hs[0])
            }
        };
        if let Some(k) = who {
            push(desc.a, desc.b, &names[k]);
        }
    }

    // Groups: organisations the article called a group, and where it first did.
    let mut called: HashMap<EntityId, (usize, usize)> = HashMap::new(); // id -> (first token, name)
    let mut call = |k: usize, at: usize| {
        let c = called.entry(names[k].id).or_insert((at, k));
        c.0 = c.0.min(at);
    };
    // Words that may stand between `the` and the group noun: lower-case words, NORP and GPE names.
    let filler = |i: usize| {
        d.lower_word(i)
            || d.covered[i]
                && d.names.iter().zip(&d.ranges).any(|(e, r)| {
                    r.0 <= i && i < r.1 && matches!(e.label, Label::Norp | Label::Gpe)
                })
    };
    let group_after = |i: usize| -> Option<usize> {
        // `the [up to three fillers] GROUP`: the group noun's index.
        let end = d.sent_end[i] as usize;
        (i + 1..(i + 5).min(end))
            .take_while(|&g| g == i + 1 || filler(g - 1))
            .find(|&g| lex.is_group_noun(d.lowers[g]) && !d.covered[g])
    };
    for (k, e) in names.iter().enumerate() {
        if e.label != Label::Org {
            continue;
        }
        let (a, b) = d.ranges[k];
        // `Hamas, the Palestinian group that runs Gaza` or `..., the group, said`; not `Hamas,
        // the group's leader` nor `According to the navy, the group carried out`.
        if b + 1 < n
            && d.seg.tokens[b].text(text) == ","
            && d.is(b + 1, "the")
            && let Some(g) = group_after(b + 1)
            && (g + 1 >= d.sent_end[g] as usize
                || matches!(
                    d.kind(g + 1),
                    TokenKind::Punct | TokenKind::Dash | TokenKind::Bracket
                )
                || ["that", "which", "who", "whose"]
                    .iter()
                    .any(|w| d.is(g + 1, w)))
        {
            call(k, a);
        }
        if b < n && lex.is_group_noun(d.lowers[b]) && d.lower_word(b) {
            call(k, a);
        }
        if a >= 1 && lex.is_group_noun(d.lowers[a - 1]) && a >= 2 {
            let floor = d.sent_start[a] as usize;
            if (a.saturating_sub(5).max(floor)..a - 1)
                .any(|t| d.is(t, "the") && group_after(t) == Some(a - 1))
            {
                call(k, a);
            }
        }
    }
    if called.len() == 1 {
        let (&id, &(first, k)) = called.iter().next().expect("one");
        // Sentence number of each token, and the sentences that name the organisation: `the
        // group` links only within two sentences after a name (past that, the article may have
        // moved on to a group it never named).
        let mut sent_no = vec![0u32; n];
        for (no, s) in seg.sentences.iter().enumerate() {
            sent_no[s.token_range()]
                .iter_mut()
                .for_each(|x| *x = no as u32);
        }
        let named: Vec<u32> = names
            .iter()
            .zip(&d.ranges)
            .filter(|(e, r)| e.id == id && r.0 < n)
            .map(|(_, r)| sent_no[r.0])
            .collect();
        let recent = |i: usize| {
            let s = sent_no[i];
            named.iter().any(|&m| m <= s && s - m <= 2)
        };
        for i in first..n.saturating_sub(1) {
            if d.is(i, "the")
                && recent(i)
                && lex.is_group_noun(d.lowers[i + 1])
                && d.lower_word(i + 1)
                && d.free(i, i + 2)
                && !d.is(i + 2, "of")
                && !d.cap_word(i + 2)
            {
                push(i, i + 2, &names[k]);
            }
        }
    }
    out.sort_by_key(|e| e.span.start);
    out
}
