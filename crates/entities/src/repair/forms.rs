//! Repairs 8-10: forms of news text outside the training corpus's outlets (issue 17), each a
//! layout or a phrase rather than a word list of names:
//!
//! 8. A street's or a building's name: a capitalised run followed by a facility head word
//!    (`data/place_cues.tsv` FAC: `Franklin Street`, `Remsen Ave.`, `Bartholomew County Jail`) is
//!    one FAC.
//! 9. A dateline: a sentence opening with a place in capitals, perhaps a region after a comma and
//!    an outlet in brackets, then a dash (`HAWKINSVILLE, Georgia (41NBC/WMGT) –`, `WASHINGTON
//!    (Reuters) -`): the place is a GPE, each name in the brackets an ORG. A wire service's date
//!    may come before the dash (`MONTREAL, Feb 26 -`, `VANCOUVER, British Columbia, Feb 26 -`:
//!    session 21, round 2); after a region, the region is a GPE too, with its stop (`OKLA.`).
//! 10. Teams: in a score line (`Hurricanes 4, Blackhawks 2`, `Hamburg 2-0 Cologne`) both names
//!     are ORGs; two names the
//!     tagger read as places on either side of a verb of a match result (`Carolina beat
//!     Chicago`, VERSUS in `data/place_cues.tsv`) are teams, ORGs.

use reckon_text::TokenKind;

use super::{Local, Sentence};
use crate::Label;
use crate::summary::TokenInfo;

/// The longest name run these rules read (tokens).
const MAX_RUN: usize = 4;

impl Sentence<'_> {
    /// The token's text.
    pub(super) fn word(&self, i: usize) -> &str {
        let t = self.toks[i].span;
        &self.text[t.start as usize..t.end as usize]
    }

    /// The token's bytes: [`Sentence::word`] without the `str` slice's two char-boundary tests
    /// (session 38, speed: for the passes over every token that read a word's bytes).
    pub(super) fn bytes(&self, i: usize) -> &[u8] {
        let t = self.toks[i].span;
        &self.text.as_bytes()[t.start as usize..t.end as usize]
    }

    /// Rule 1 (session 34): a courtesy title (`Mr`, `Mrs`, `Ms`), which names a person whatever
    /// word follows it, a place's included (`Mr Maran` read as a GPE).
    pub(super) fn courtesy(&self, i: usize) -> bool {
        matches!(self.word(i), "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms.")
    }

    /// An initial: one capital letter and a full stop as one token (`W.`, `J.`).
    pub(super) fn initial(&self, i: usize) -> bool {
        let w = self.word(i).as_bytes();
        w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
    }

    /// Rule 1: a word of the name `k..b` after a title, a name word or (session 29) an initial
    /// inside it (`Judge George T. Smith`), and no title.
    pub(super) fn name_after_title(&self, i: usize, k: usize, b: usize) -> bool {
        (self.cap_word(i) || i > k && i + 1 < b && self.initial(i))
            && self.lex.title_at(self.infos, i).is_none()
    }

    /// Rule 1b (session 29): one word usually written in lower case before a court's title
    /// (`Judge`, `Justice`, `Magistrate` at `b`) names the court's kind, not a body: `Traffic
    /// Judge George T. Smith`, `Circuit Judge`, `Municipal Judge`. Other titles are left, as a
    /// company of common words heads them (`Fundamental Management Chairman Carl Singer`).
    pub(super) fn qualifier(&self, a: usize, b: usize) -> bool {
        a + 1 == b
            && self.toks[a].kind == TokenKind::Word
            && crate::truecase::usually_lower(self.word(a))
            && matches!(
                self.word(b).to_ascii_lowercase().as_str(),
                "judge" | "justice" | "magistrate"
            )
    }

    /// A word written in capitals (two letters or more, no lower-case letter).
    pub(super) fn in_capitals(&self, i: usize) -> bool {
        let w = self.word(i);
        matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Compound)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    }

    /// A month's name or its short form (`March`, `Feb`, `Sept.`).
    pub(super) fn month(&self, i: usize) -> bool {
        crate::DATE_WORDS[..12].contains(&self.infos[i].lower)
            || MONTHS.contains(&self.word(i).trim_end_matches('.'))
    }

    /// A dash (or a hyphen standing alone).
    fn dash(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Dash
            || self.toks[i].kind == TokenKind::Punct && matches!(self.word(i), "-" | "–" | "—")
    }
}

/// Months' short forms, as wire copy writes them before a day (`Feb 26`).
pub(super) const MONTHS: [&str; 13] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Rules 8 to 10, in that order.
pub(super) fn news_forms(s: &Sentence, spans: &mut Vec<Local>) {
    facilities(s, spans);
    dateline(s, spans);
    teams(s, spans);
}

/// Rule 8: `Franklin Street`, `Blanchard Avenue`, `East Baton Rouge Parish Prison` are FACs.
fn facilities(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    let mut next = 0;
    for (i, e) in s.name_runs() {
        if i < next {
            continue;
        }
        // The head ends the run (`Avenue`) or, a STOP word after titles (`Street`), follows it.
        let end = if e < n && infos[e].title && s.lex.is_fac_head(infos[e].lower) {
            e + 1
        } else if e - i >= 2 && s.lex.is_fac_head(infos[e - 1].lower) {
            e
        } else {
            continue;
        };
        let head = end - 1;
        // A common word capitalised only by its place (a sentence's or a bracket's start)
        // opens no name: `(Formerly Verizon Amphitheatre)`.
        let opens = i == 0
            || matches!(
                s.toks[i - 1].kind,
                TokenKind::Bracket | TokenKind::Quote | TokenKind::Dash
            );
        let i = if opens && end - i >= 3 && s.lex.is_common(infos[i].lower) && !infos[i].given {
            i + 1
        } else {
            i
        };
        let ok = end - i >= 2
            && end - i <= MAX_RUN + 1
            && !s.in_capitals(head)
            && s.word(head).starts_with(char::is_uppercase)
            // Not the start of a longer name (`Wall Street Journal`).
            && !infos.get(end).is_some_and(|t| t.title)
            // Not a piece of a longer mention of the tagger's.
            && !spans.iter().any(|m| m.0 < end && m.1 > i && (m.0 < i || m.1 > end))
            && !spans.contains(&(i, end, Label::Fac));
        if ok {
            put(s, spans, (i, end, Label::Fac));
        }
        next = end;
    }
}

/// Rule 9: a dateline's place is a GPE and the outlets in its brackets are ORGs.
fn dateline(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut k = 0;
    while k < n && k < 3 && s.in_capitals(k) {
        k += 1;
    }
    if k == 0 || k >= n {
        return;
    }
    // Then: `, Region` (capitalised words or abbreviations), `(Outlet/Outlet)`, a dash.
    let mut j = k;
    if s.word(j) == "," {
        j += 1;
        let r = j;
        while j < n
            && j - r < 3
            && matches!(s.toks[j].kind, TokenKind::Word | TokenKind::Abbreviation)
            && s.infos[j].title
        {
            j += 1;
        }
        if j == r {
            return;
        }
    }
    // A wire service's date after a comma (`MONTREAL, Feb 26 -`, `TAHLEQUAH, OKLA., March 2
    // -`), and the region before it a GPE too, with its stop (`OKLA.`).
    let (r, mut region) = (k + 1, None);
    let date = |i: usize| i + 1 < n && s.month(i) && s.toks[i + 1].kind == TokenKind::Number;
    if j > r && date(r) {
        j = r + 2;
    } else if j > r {
        let glued = |i: usize| i < n && s.toks[i].span.start == s.toks[i - 1].span.end;
        let stop = j < n && s.word(j) == "." && glued(j);
        let d = j + usize::from(stop);
        if d < n && s.word(d) == "," && date(d + 1) {
            region = Some((r, d));
            j = d + 3;
        }
    }
    let mut outlets: Vec<(usize, usize)> = Vec::new();
    if j < n && s.word(j) == "(" {
        let mut a = j + 1;
        let mut c = a;
        while c < n && c - j <= 8 && s.word(c) != ")" {
            if s.word(c) == "/" {
                outlets.push((a, c));
                a = c + 1;
            }
            c += 1;
        }
        if c >= n || s.word(c) != ")" {
            return;
        }
        outlets.push((a, c));
        j = c + 1;
    }
    if j >= n || !s.dash(j) {
        return;
    }
    let named = |a: usize, b: usize| {
        a < b
            && b - a <= 3
            && (a..b).all(|t| {
                !matches!(
                    s.toks[t].kind,
                    TokenKind::Punct | TokenKind::Quote | TokenKind::Bracket | TokenKind::Dash
                ) && s.word(t).chars().any(char::is_uppercase)
            })
    };
    if !spans.contains(&(0, k, Label::Gpe)) {
        put(s, spans, (0, k, Label::Gpe));
    }
    if let Some((a, b)) = region
        && !spans.contains(&(a, b, Label::Gpe))
    {
        put(s, spans, (a, b, Label::Gpe));
    }
    for (a, b) in outlets {
        if named(a, b) && !spans.contains(&(a, b, Label::Org)) {
            put(s, spans, (a, b, Label::Org));
        }
    }
}

/// Rule 10: teams in score lines and around a verb of a match result are ORGs.
fn teams(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    // A score: a number of at most three digits.
    let score = |i: usize| {
        i < n
            && s.toks[i].kind == TokenKind::Number
            && s.word(i).len() <= 3
            && s.word(i).bytes().all(|c| c.is_ascii_digit())
    };
    // A result written as one token between the teams (`Hamburg 2-0 Cologne`; two digits at
    // most a side, so that `Boeing 737-800 Max` is none).
    let result = |i: usize| {
        i < n
            && s.word(i).split_once(['-', '–']).is_some_and(|(x, y)| {
                (1..=2).contains(&x.len())
                    && (1..=2).contains(&y.len())
                    && x.bytes().chain(y.bytes()).all(|c| c.is_ascii_digit())
            })
    };
    let mut next = 0;
    for (i, e) in s.name_runs() {
        if i < next {
            continue;
        }
        if e - i <= MAX_RUN && result(e) && e + 1 < n && s.name_word(e + 1) {
            let f = s.run_end(e + 1);
            if f - (e + 1) <= MAX_RUN && !infos.get(f).is_some_and(|t| t.title) {
                for (a, b) in [(i, e), (e + 1, f)] {
                    if !spans.contains(&(a, b, Label::Org)) {
                        put(s, spans, (a, b, Label::Org));
                    }
                }
                next = f;
                continue;
            }
        }
        let sep = e + 1;
        if e - i <= MAX_RUN
            && score(e)
            && sep + 1 < n
            && (s.word(sep) == "," || s.dash(sep))
            && s.name_word(sep + 1)
        {
            let f = s.run_end(sep + 1);
            if f - (sep + 1) <= MAX_RUN && score(f) {
                for (a, b) in [(i, e), (sep + 1, f)] {
                    if !spans.contains(&(a, b, Label::Org)) {
                        put(s, spans, (a, b, Label::Org));
                    }
                }
                next = f;
                continue;
            }
        }
    }
    // `Carolina beat Chicago`: both read as places, both teams.
    for k in 0..spans.len().saturating_sub(1) {
        let (x, y) = (spans[k], spans[k + 1]);
        let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
        if y.0 == x.1 + 1
            && infos[x.1].lower_initial
            && s.lex.is_versus(infos[x.1].lower)
            && place(x.2)
            && (place(y.2) || y.2 == Label::Org)
        {
            spans[k].2 = Label::Org;
            spans[k + 1].2 = Label::Org;
        }
    }
}

/// Rule 8b: a facility's head word (a STOP word after titles, so it ends a run of name words)
/// inside a name that ends with an organisation's head word is the name's (`The Wall Street
/// Journal`, `the Downing Street Press Office`): the end of the run of name words ending at `e`,
/// carried through such a head word.
pub(super) fn through_fac_head(s: &Sentence, e: usize) -> usize {
    let infos = s.infos;
    if e + 1 < infos.len()
        && infos[e].title
        && s.lex.is_fac_head(infos[e].lower)
        && !s.in_capitals(e)
        && s.name_word(e + 1)
    {
        let f = s.run_end(e + 1);
        if s.lex.is_org_head(infos[f - 1].lower) && !s.in_capitals(f - 1) {
            return f;
        }
    }
    e
}

/// The gazetteer label of exactly tokens `a..b`, if the gazetteer tagged them as one place name
/// (its given names, PERSON entries, are features only).
pub(crate) fn gazetteer_label(infos: &[TokenInfo], a: usize, b: usize) -> Option<Label> {
    let (g0, g1) = (infos[a].gaz, infos[b - 1].gaz);
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
    (ok && label != Label::Person).then_some(label)
}

/// Puts the mention `m` into `spans`: mentions inside it go, a mention that overlaps it keeps its
/// part outside it if that part is still a name (capitalised at both ends).
pub(super) fn put(s: &Sentence, spans: &mut Vec<Local>, m: Local) {
    let (a, b, _) = m;
    let mut out: Vec<Local> = Vec::with_capacity(spans.len() + 1);
    for &(x, y, l) in spans.iter() {
        if y <= a || x >= b {
            out.push((x, y, l));
            continue;
        }
        for (p, mut q) in [(x, a.max(x)), (b.min(y), y)] {
            // A possessive left at the end goes (`Peking University’s` before `Guanghua
            // School of Management`).
            if q > p + 1 && s.toks[q - 1].kind == TokenKind::Possessive {
                q -= 1;
            }
            if p < q && s.name_word(p) && s.name_word(q - 1) {
                out.push((p, q, l));
            }
        }
    }
    out.push(m);
    out.sort_by_key(|m| m.0);
    *spans = out;
}
