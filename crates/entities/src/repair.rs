//! Repairs of the tagger's output in one sentence, from the title and nationality lexicons
//! (`data/titles.tsv`, `data/nationalities.tsv`). Each repair is a general reading of news
//! syntax that the greedy tagger gets wrong often enough to matter:
//!
//! 0. A known place name of several words (gazetteer) that the tagger cut into pieces is one
//!    mention with the gazetteer's label (`United` LANGUAGE + `States President …` → `United
//!    States` GPE + `President …`), unless a mention starts before it.
//! 1. A title inside a mention splits it: `United States President Donald Trump` is a GPE, a
//!    title and a PERSON (OntoNotes leaves titles outside names); a PERSON mention that starts
//!    with a title loses it (`President Donald Trump` → `Donald Trump`), and one that ends with a
//!    title keeps only the words before it (`Israeli Prime Minister` → `Israeli` NORP).
//! 2. After a title, a short capitalised name is a PERSON: the tagger's other label for it is
//!    replaced (`President Trump` tagged ORG), and an untagged one is tagged.
//! 3. After an organisation's possessive, an untagged two- or three-word capitalised name is a
//!    PERSON (`Al Jazeera’s Nour Odeh`).
//! 4. A nationality adjective standing alone is NORP (`Qatari and Egyptian mediators`), whatever
//!    the tagger said, unless it called it a LANGUAGE or it is part of a longer name.
//! 5. (Applied first.) A PERSON mention never spans `and`: `Faye Dunaway and Warren Beatty` is two
//!    PERSONs.

use reckon_text::{Token, TokenKind};

use crate::Label;
use crate::features::TokenInfo;
use crate::lexicon::Lexicon;

/// A mention inside one sentence: tokens `a..b` (sentence-relative).
pub(crate) type Local = (usize, usize, Label);

/// The longest name after a title or a possessive that these rules tag (tokens).
const MAX_NAME: usize = 3;

struct Sentence<'a> {
    lex: &'a Lexicon,
    infos: &'a [TokenInfo],
    toks: &'a [Token],
}

impl Sentence<'_> {
    /// A capitalised word (not a number, punctuation or a stop word such as a weekday).
    fn cap_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Compound))
            && self.infos[i].title
            && !self.lex.is_stop(&self.infos[i])
    }

    /// The gazetteer label of exactly tokens `a..b`, if the gazetteer tagged them as one name.
    fn gazetteer(&self, a: usize, b: usize) -> Option<Label> {
        let (g0, g1) = (self.infos[a].gaz, self.infos[b - 1].gaz);
        if g0 == 0 {
            return None;
        }
        let label = Label::ALL[((g0 - 1) / 4) as usize];
        let pos = (g0 - 1) % 4;
        let ok = if b - a == 1 {
            pos == 3
        } else {
            pos == 0 && g1 == g0 + 2
        };
        ok.then_some(label)
    }

    /// True if tokens `a..b` are exactly a nationality adjective.
    fn nationality(&self, a: usize, b: usize) -> bool {
        self.lex
            .nationality_at(self.infos, a)
            .is_some_and(|h| h.len == b - a)
    }

    /// The end of the name that starts at `j`: up to [`MAX_NAME`] capitalised words, none of them
    /// a title, and not followed by one more capitalised word (which would mean a longer name
    /// than this rule can read). `None` if there is no such name.
    fn name_from(&self, j: usize, covered: &[bool]) -> Option<usize> {
        let mut e = j;
        while e < self.infos.len()
            && !covered[e]
            && self.cap_word(e)
            && self.lex.title_at(self.infos, e).is_none()
        {
            e += 1;
        }
        let next_cap = self.infos.get(e).is_some_and(|t| t.title);
        (e > j && e - j <= MAX_NAME && !next_cap && self.gazetteer(j, e).is_none())
            .then_some(e)
            .filter(|&e| !self.nationality(j, e))
    }
}

/// Applies the repairs to the mentions `spans` of one sentence (sorted, non-overlapping; kept so).
/// `alias_label` gives the alias table's label of a text, if any.
pub(crate) fn repair(
    lex: &Lexicon,
    text: &str,
    infos: &[TokenInfo],
    toks: &[Token],
    all_caps: bool,
    alias_label: impl Fn(&str) -> Option<Label>,
    spans: &mut Vec<Local>,
) {
    let s = Sentence { lex, infos, toks };
    let n = infos.len();
    let slice =
        |a: usize, b: usize| &text[toks[a].span.start as usize..toks[b - 1].span.end as usize];

    // 0. Gazetteer names cut into pieces.
    if !all_caps {
        let mut a = 0;
        while a < n {
            let g = infos[a].gaz;
            // A multi-token gazetteer match starts with B (position 0) and ends with L (2).
            if g == 0 || (g - 1) % 4 != 0 {
                a += 1;
                continue;
            }
            let mut b = a + 1;
            while b < n && infos[b].gaz == g + 1 {
                b += 1;
            }
            if b >= n || infos[b].gaz != g + 2 {
                a += 1;
                continue;
            }
            b += 1;
            let label = Label::ALL[((g - 1) / 4) as usize];
            let over: Vec<usize> = (0..spans.len())
                .filter(|&k| spans[k].0 < b && spans[k].1 > a)
                .collect();
            let cut = !over.is_empty()
                && (a..b).all(|k| infos[k].title)
                // A mention covering the whole name is left to rule 1 (`United States
                // President Donald Trump`).
                && !over
                    .iter()
                    .any(|&k| spans[k].0 < a || (spans[k].0 == a && spans[k].1 >= b))
                && over
                    .iter()
                    .all(|&k| spans[k].1 <= b || lex.title_at(infos, b).is_some());
            if cut {
                let mut out: Vec<Local> = Vec::with_capacity(spans.len() + 1);
                for (k, &m) in spans.iter().enumerate() {
                    if !over.contains(&k) {
                        out.push(m);
                    } else if m.1 > b {
                        out.push((b, m.1, m.2));
                    }
                }
                out.push((a, b, label));
                out.sort_by_key(|m| m.0);
                *spans = out;
            }
            a = b;
        }
    }

    // 5 (first). Two people joined by `and`: a PERSON mention never spans `and`/`&` (`Faye
    // Dunaway and Warren Beatty` read as one run); each capitalised side is a PERSON.
    if spans
        .iter()
        .any(|&(a, b, l)| l == Label::Person && b - a > 2)
    {
        let and = crate::features::hash_bytes(b"and");
        let amp = crate::features::hash_bytes(b"&");
        let mut out = Vec::with_capacity(spans.len() + 1);
        for &(a, b, label) in spans.iter() {
            let k = (a + 1..b.saturating_sub(1))
                .find(|&k| infos[k].lower == and || infos[k].lower == amp);
            match k {
                Some(k) if label == Label::Person => {
                    for (x, y) in [(a, k), (k + 1, b)] {
                        if infos[x].title && infos[y - 1].title {
                            out.push((x, y, label));
                        }
                    }
                }
                _ => out.push((a, b, label)),
            }
        }
        *spans = out;
    }

    // 1. Titles inside mentions.
    if !all_caps {
        let mut out = Vec::with_capacity(spans.len());
        for &(a, b, label) in spans.iter() {
            let split = (a..b).find_map(|t| {
                let (hit, _) = lex.title_at(infos, t)?;
                let k = t + hit.len;
                let name_ok = k < b
                    && b - k <= MAX_NAME + 1
                    && (k..b).all(|i| s.cap_word(i) && lex.title_at(infos, i).is_none());
                // A PERSON ending in a title holds no name there (`Israeli Prime Minister`,
                // closed before `Naftali Bennett`): the title goes, the words before it stay.
                let titled_end = k == b && label == Label::Person;
                (infos[t].title && (name_ok && (t > a || label == Label::Person) || titled_end))
                    .then_some((t, k))
            });
            let Some((t, k)) = split else {
                out.push((a, b, label));
                continue;
            };
            // The words before the title: a country, a nationality or an organisation.
            let mut pa = a;
            if pa < t && infos[pa].lower == crate::features::hash_bytes(b"the") {
                pa += 1;
            }
            let mut pb = t;
            while pb > pa
                && !matches!(
                    toks[pb - 1].kind,
                    TokenKind::Word | TokenKind::Compound | TokenKind::Abbreviation
                )
            {
                pb -= 1;
            }
            if pa < pb {
                let prefix = if s.nationality(pa, pb) {
                    Some(Label::Norp)
                } else if let Some(l) = s.gazetteer(pa, pb) {
                    Some(l)
                } else if let Some(l) = alias_label(slice(pa, pb)) {
                    Some(l)
                } else {
                    (label != Label::Person).then_some(label)
                };
                if let Some(l) = prefix {
                    out.push((pa, pb, l));
                }
            }
            if k < b {
                out.push((k, b, Label::Person));
            }
        }
        *spans = out;
    }

    let mut covered = vec![false; n];
    for &(a, b, _) in spans.iter() {
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    let mut added: Vec<Local> = Vec::new();

    // 2. Names after titles; 3. names after an organisation's possessive.
    if !all_caps {
        let mut t = 0;
        while t < n {
            let Some((hit, _)) = lex.title_at(infos, t).filter(|_| !covered[t]) else {
                t += 1;
                continue;
            };
            let j = t + hit.len;
            if j < n && covered[j] {
                if let Some(m) = spans.iter_mut().find(|m| m.0 == j) {
                    let (a, b, label) = *m;
                    if label != Label::Person
                        && b - a <= MAX_NAME
                        && (a..b).all(|i| s.cap_word(i))
                        && !infos.get(b).is_some_and(|t| t.title)
                        && s.gazetteer(a, b).is_none()
                        && !s.nationality(a, b)
                        && alias_label(slice(a, b)).is_none()
                    {
                        m.2 = Label::Person;
                    }
                }
            } else if let Some(e) = s.name_from(j, &covered) {
                added.push((j, e, Label::Person));
                covered[j..e].iter_mut().for_each(|c| *c = true);
            }
            t = j;
        }
        for &(_, b, label) in spans.iter() {
            if label == Label::Org
                && b + 1 < n
                && toks[b].kind == TokenKind::Possessive
                && !covered[b + 1]
                && let Some(e) = s.name_from(b + 1, &covered)
                && e - (b + 1) >= 2
            {
                added.push((b + 1, e, Label::Person));
                covered[b + 1..e].iter_mut().for_each(|c| *c = true);
            }
        }
    }

    // 4. Nationality adjectives standing alone.
    let mut i = 0;
    while i < n {
        let Some(hit) = lex.nationality_at(infos, i).filter(|_| infos[i].title) else {
            i += 1;
            continue;
        };
        let e = i + hit.len;
        let next_cap = e < n && s.cap_word(e) && !covered[e] && lex.title_at(infos, e).is_none();
        if !next_cap {
            if (i..e).all(|k| !covered[k]) {
                added.push((i, e, Label::Norp));
            } else if let Some(m) = spans.iter_mut().find(|m| m.0 == i && m.1 == e) {
                if !matches!(m.2, Label::Norp | Label::Language) {
                    m.2 = Label::Norp;
                }
            }
        }
        i = e;
    }

    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|m| m.0);
    }
}
