//! Repairs 58-65: companies in business newswire (issue 17, session 21, written from general
//! knowledge of wire copy about markets, oil and company results, not from a gold batch):
//!
//! 58. A name right after a lower-case noun that calls it an organisation (NOUN in
//!     `data/org_heads.tsv`: `Mexico's state oil company Pemex`, `its banking unit Citibank`, `the
//!     militant group Hamas`): one to three name words, untagged or read as anything but an ORG,
//!     with no name word after them, are an ORG. Not a title (`company Chairman John Hale`), a
//!     given name after a noun with a determiner alone before it (`the firm John Hale founded`;
//!     session 34: after a modifier it may open the company's name, `US mortgage company Fannie
//!     Mae`, `the fashion chain Joy`), a place or a nationality (`the company
//!     Texas`), and not where a mention of the tagger's
//!     starts before the name or runs on past it (`the bank Bank of Boston`), nor before a
//!     lower-case word and a name word, which continue the name (`group Muintir na Tire`).
//!     Rule 59 misses a company whose name holds a common word (`BRENNAN OIL CO`).
//! 59. In a sentence in capitals (a wire headline: `ROBERTSON CORP SETS QUARTERLY DIVIDEND`,
//!     which the tagger leaves untagged), a legal suffix (SUFFIX: `CORP`, `INC`, `CO`, `PLC`) and
//!     the one to three words before it that are no common lower-case word (`data/common_words.txt`)
//!     are an ORG; a headline's verbs and nouns (`SETS`, `SAYS`, `UNIT`) are common words, so the
//!     company's name stops at them.
//! 61. A stock ticker in angle brackets (`Halcott Corp <HAL> said`, in SGML wire copy `Texaco
//!     Inc &lt;TX>`): a word in capitals of one to five letters (perhaps with a stop: `BRK.A`)
//!     between `<` (or `&lt;`) and `>` is an ORG, whatever the tagger read (as the guidelines call
//!     a ticker). In a headline's truecased view a capitalised word counts too (`DIAGNOSTIC <DRS>
//!     MAKES A BID FOR ROSPATCH <RPCH>` is read as `... Rospatch <Rpch>`).
//! 65. (With 61; session 21, round 2, from the errors of the development batch `indep12-reuters`.)
//!     The name right before a ticker is the company's: a mention ending there is an ORG whatever
//!     the tagger read (`HONG KONG FIRM UPS WRATHER<WCO> STAKE`, `Wrather` PERSON); untagged, the
//!     one to three name words before it are (`Diagnostic <DRS>`).
//! 64. (Session 21, round 2, as 65.) A company named before its shares or their holders (SECURITY
//!     in `data/org_heads.tsv`: `Liebert shareholders`, `Emerson stock`, `Cyclops common shares`,
//!     `each Liebert share`, `the Robeson board`): one to three name words right before such a
//!     noun, read as a person, a nationality or a thing, or untagged, are an ORG. `share`,
//!     `shares` and `board` (verbs too: `Smith shares his view`) only after a determiner or a
//!     number; `common` and `preferred` only before a noun of shares. Not a title, a place (of
//!     the gazetteer, or the tagger's: `the Whiteside County board`), a nationality, a given name
//!     opening two words or more, one letter (`the A shares`) or one common word (`Chicken
//!     stock`).
//! 62. A market's or a currency's place (`the London market`, `the Taiwan dollar`, `the Tokyo
//!     stock market`), read as an ORG with its `the`: `the` and a place the gazetteer knows as a
//!     GPE, then a lower-case word, is that place, a GPE without the `the`.
//! 63. A country's name the tagger left untagged (`the United States and Japan agreed`, where
//!     it read only the first) is a GPE: the countries of `data/nationalities.tsv`, with no
//!     capitalised word next to them, not after a capitalised word and `of`/`for` (`Bank of
//!     Japan` untagged is an organisation's), and not a one-word given name (`Chad`, `Jordan`).
//! 66. (Session 21, round 2, as 65.) A company's whole name in Reuters' angle brackets (`<British
//!     and Commonwealth Holdings PLC>`, `<B and R International Inc.>`): a name word, up to seven
//!     more tokens and a legal suffix between `<` and `>` are one ORG, `and` and all (rule 60's
//!     counterpart for brackets; a name outside brackets stays cut at `and`: `Texaco and Mobil
//!     Corp`).
//!     66b. (Session 37, ent45, from the same batch's `<VMS Realty Partners>` LOC and
//!     `<Antonson Machines AB>` PERSON.) Two to five name words and nothing else between `<` and
//!     `>` are one ORG too, with no suffix: the wire brackets only companies (and tickers, rule
//!     61), and a foreign suffix (`AB`) is no suffix of the lexicon's (Alberta's `AB`).
//! 67. (Session 21, round 2, as 65.) A founder's possessive in a company's name with a legal
//!     suffix (`Heinl's Nursery Inc`, `Moody's Investors Service Inc`, `McDonald's Corp`): one
//!     name word, its possessive, up to three name words and the suffix are one ORG, unless the
//!     first word is a place, a country, a nationality or a given name (`Japan's Toyota Motor
//!     Corp`), or a name word comes before it.
//! 60. (First.) A mention other than a work's title never spans a comma: one read over one
//!     (`Ministry of International Trade and Industry, MITI` ORG, `Garges-les-Gonesse, north of
//!     Paris` GPE) is cut at each, and each piece that opens and closes with a name word keeps
//!     the label (`Ministry of International Trade and Industry`, `MITI`).

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;

/// The longest name rule 58 reads (tokens).
const MAX_NAMED: usize = 3;

/// Rule 58: `state oil company Pemex`.
pub(super) fn named_after_noun(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for k in 0..n.saturating_sub(1) {
        let t = &s.infos[k];
        // The cheap tests first: a lower-case word before a capitalised one.
        if !t.lower_initial || !s.name_word(k + 1) || !s.lex.is_org_noun(t.lower) {
            continue;
        }
        let j = k + 1;
        let e = s.run_end(j);
        if e - j > MAX_NAMED
            || (j..e).any(|i| s.lex.title_at(s.infos, i).is_some() || s.in_capitals(i))
            || s.given_name(j) && !modified(s, k)
            || s.gazetteer(j, e).is_some()
            || s.lex.nationality_at(s.infos, j).is_some()
            || s.lex.country_at(s.infos, j).is_some()
        {
            continue;
        }
        // A lower-case word and a name word after it (perhaps after `the`): the name goes on
        // (`group Muintir na Tire`, `the campaign group Action against Medical Accidents`,
        // `the group Friends of the Earth`).
        let after =
            |i: usize| s.name_word(i) || s.word(i) == "the" && i + 1 < n && s.name_word(i + 1);
        if e + 1 < n && s.infos[e].lower_initial && after(e + 1) {
            continue;
        }
        let mut clear = true;
        for m in spans.iter() {
            if m.0 < e && m.1 > j && (m.0 < j || m.1 > e || m.2 == Label::Org) {
                clear = false;
            }
        }
        if clear {
            put(s, spans, (j, e, Label::Org));
        }
    }
}

/// Rule 58: the noun at `k` has a lower-case modifier before it that is no determiner (`US
/// mortgage company Fannie Mae`, `the state oil company Pemex`): a descriptive title before a
/// name, which may then open with a given name. After a determiner alone the name may be a
/// person's (`the firm John Hale founded`).
fn modified(s: &Sentence, k: usize) -> bool {
    k > 0
        && s.infos[k - 1].lower_initial
        && matches!(s.toks[k - 1].kind, TokenKind::Word | TokenKind::Compound)
        && !matches!(
            s.word(k - 1),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "whose"
                | "which"
                | "one"
                | "another"
                | "every"
                | "each"
                | "no"
        )
}

/// Rule 59: `ROBERTSON CORP SETS QUARTERLY DIVIDEND`, in a sentence in capitals. Its words are
/// read by their capitals, not as name words: a headline's summaries are its truecased view's
/// (`Brennan oil co`).
pub(super) fn headline_companies(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for k in 1..n {
        if !s.lex.is_suffix(s.infos[k].lower) || !s.in_capitals(k) {
            continue;
        }
        let mut a = k;
        while a > 0
            && k - a < MAX_NAMED
            && s.in_capitals(a - 1)
            && !s.lex.is_common(s.infos[a - 1].lower)
        {
            a -= 1;
        }
        // A headline opening with the company takes its common words too (`BRENNAN OIL CO
        // SETS PAYOUT`), unless a verb of saying or a preposition comes first (GLUE in
        // `data/place_cues.tsv`: `U.S. SAYS TEXACO INC`).
        if k <= MAX_NAMED && (0..k).all(|i| s.in_capitals(i) && !s.lex.is_glue(s.infos[i].lower)) {
            a = 0;
        }
        if a < k
            && !spans
                .iter()
                .any(|m| m.0 < k + 1 && m.1 > a && (m.0 < a || m.1 > k + 1))
        {
            put(s, spans, (a, k + 1, Label::Org));
        }
    }
}

/// Rule 60: `Ministry of International Trade and Industry, MITI` → two ORGs.
pub(super) fn comma_cuts(s: &Sentence, spans: &mut Vec<Local>) {
    let comma = |i: usize| s.toks[i].kind == TokenKind::Punct && s.word(i) == ",";
    if !spans
        .iter()
        .any(|&(a, b, l)| l != Label::WorkOfArt && (a + 1..b).any(comma))
    {
        return;
    }
    let mut out = Vec::with_capacity(spans.len() + 2);
    for &(a, b, l) in spans.iter() {
        if l == Label::WorkOfArt || !(a + 1..b).any(comma) {
            out.push((a, b, l));
            continue;
        }
        let mut p = a;
        for q in (a..=b).filter(|&q| q == b || comma(q)) {
            // A piece keeps the label if it opens (after a `the`) and closes with a name word
            // (an acronym in capitals is one).
            let the = p + 1 < q && s.word(p).eq_ignore_ascii_case("the");
            if p < q && (s.name_word(p) || the && s.name_word(p + 1)) && s.name_word(q - 1) {
                out.push((p, q, l));
            }
            p = q + 1;
        }
    }
    *spans = out;
}

/// Rules 61, 65 and 66: `Halcott Corp <HAL> said`, `Texaco Inc &lt;TX>`; `ROPAK <ROPK> HAS`;
/// `<Dalton and Kessler Holdings PLC>`.
pub(super) fn tickers(s: &Sentence, spans: &mut Vec<Local>) {
    bracketed_companies(s, spans);
    let n = s.infos.len();
    for k in 1..n.saturating_sub(1) {
        if s.word(k + 1) != ">" {
            continue;
        }
        let lt = s.word(k - 1) == "<";
        let open =
            lt || k >= 3 && s.word(k - 1) == ";" && s.word(k - 2) == "lt" && s.word(k - 3) == "&";
        let w = s.word(k);
        // In capitals, or capitalised as a headline's truecased view writes it (`<Rpch>`).
        let ticker = w.len() <= 6
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.')
            && (w.bytes().all(|c| c.is_ascii_uppercase() || c == b'.') || s.infos[k].title);
        if !open || !ticker {
            continue;
        }
        if !spans
            .iter()
            .any(|m| m.0 == k && m.1 == k + 1 && m.2 == Label::Org)
        {
            put(s, spans, (k, k + 1, Label::Org));
        }
        // 65. The name right before the ticker is the company's, whatever the tagger read
        // (`Wrather` PERSON of `HONG KONG FIRM UPS WRATHER<WCO> STAKE`); untagged, the name
        // words before it, up to three.
        let e = if lt { k - 1 } else { k - 3 };
        if e == 0 || !s.name_word(e - 1) {
            continue;
        }
        match spans.iter().position(|m| m.0 < e && m.1 > e - 1) {
            Some(i) => {
                if spans[i].1 == e && spans[i].2 != Label::Org {
                    spans[i].2 = Label::Org;
                }
            }
            None => {
                let mut a = e - 1;
                while a > 0 && e - a < MAX_NAMED && s.name_word(a - 1) {
                    a -= 1;
                }
                if !spans.iter().any(|m| m.0 < e && m.1 > a) {
                    put(s, spans, (a, e, Label::Org));
                }
            }
        }
    }
}

/// Rule 66: `<British and Commonwealth Holdings PLC>`, a company's whole name in Reuters'
/// angle brackets.
fn bracketed_companies(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for k in 0..n.saturating_sub(3) {
        if s.word(k) != "<" || !s.name_word(k + 1) {
            continue;
        }
        let Some(c) = (k + 2..n.min(k + 10)).find(|&c| s.word(c) == ">") else {
            continue;
        };
        // 66b: or two to five name words and nothing else (`<VMS Realty Partners>`,
        // `<Antonson Machines AB>`, a foreign suffix the lexicon does not know).
        let named = (3..=6).contains(&(c - k)) && (k + 1..c).all(|i| s.name_word(i));
        if c - k >= 3
            && (s.lex.is_suffix(s.infos[c - 1].lower) || named)
            && !spans.contains(&(k + 1, c, Label::Org))
            && !spans
                .iter()
                // (Session 39: a mention of the tagger's that runs on only over the `>` is
                // the same name: `Telecommunications Co Ltd>` of `<Samsung ... Co Ltd>`.)
                .any(|m| m.0 < c && m.1 > k + 1 && (m.0 <= k || m.1 > c + 1))
        {
            put(s, spans, (k + 1, c, Label::Org));
        }
    }
}

/// Rule 67: `Heinl's Nursery Inc`, `Moody's Investors Service Inc`.
pub(super) fn possessive_companies(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for k in 1..n.saturating_sub(1) {
        if s.toks[k].kind != TokenKind::Possessive
            || !s.name_word(k - 1)
            || k >= 2 && s.name_word(k - 2)
        {
            continue;
        }
        let f = s.run_end(k + 1);
        let end = if f < n && s.lex.is_suffix(s.infos[f].lower) {
            f + 1
        } else if f > k + 1 && s.lex.is_suffix(s.infos[f - 1].lower) {
            f
        } else {
            continue;
        };
        let x = k - 1;
        if end - k > 5
            || s.given_name(x)
            || s.gazetteer(x, k).is_some()
            || s.lex.nationality_at(s.infos, x).is_some()
            || s.lex.country_at(s.infos, x).is_some()
            || spans
                .iter()
                .any(|m| m.0 < end && m.1 > x && (m.0 < x || m.1 > end))
            || spans.contains(&(x, end, Label::Org))
        {
            continue;
        }
        put(s, spans, (x, end, Label::Org));
    }
}

/// Rule 62: `the London market`, `the Taiwan dollar` read as ORGs with their `the`.
pub(super) fn market_places(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        if l == Label::Org
            && b - a >= 2
            && s.word(a).eq_ignore_ascii_case("the")
            && s.infos.get(b).is_some_and(|t| t.lower_initial)
            && s.gazetteer(a + 1, b) == Some(Label::Gpe)
        {
            *m = (a + 1, b, Label::Gpe);
        }
    }
}

/// Rule 63b: a country between an amount and its currency is part of the amount (`three mln
/// U.S. dlrs`, `40 Hong Kong cents`: OntoNotes tags the whole a MONEY), not a GPE.
pub(super) fn money_countries(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    spans.retain(|&(a, b, l)| {
        l != Label::Gpe
            || a == 0
            || b >= n
            || !matches!(
                s.word(b),
                "dlrs" | "dlr" | "dollars" | "dollar" | "cents" | "cts"
            )
            || !(s.word(a - 1).starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    s.word(a - 1),
                    "mln" | "bln" | "million" | "billion" | "millions" | "billions"
                ))
    });
}

/// Rule 63: `the United States and Japan agreed`, `Japan` untagged.
pub(super) fn untagged_countries(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut i = 0;
    while i < n {
        let t = &s.infos[i];
        let Some(h) = t.title.then(|| s.lex.country_at(s.infos, i)).flatten() else {
            i += 1;
            continue;
        };
        let e = i + h.len;
        let alone = (i == 0 || !s.infos[i - 1].title) && s.infos.get(e).is_none_or(|t| !t.title);
        let owned = i >= 2 && matches!(s.word(i - 1), "of" | "for") && s.infos[i - 2].title;
        let given = e == i + 1 && t.given;
        if alone && !owned && !given && !spans.iter().any(|m| m.0 < e && m.1 > i) {
            put(s, spans, (i, e, Label::Gpe));
        }
        i = e;
    }
}

/// Rule 64: `Liebert shareholders`, `the Robeson board`, `Cyclops common shares`.
pub(super) fn security_holders(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let security =
        |i: usize| i < n && s.infos[i].lower_initial && s.lex.is_security(s.infos[i].lower);
    // One cheap pass first: most sentences hold no such noun.
    if !(1..n).any(|i| s.name_word(i - 1) && security(i)) {
        return;
    }
    for (mut j, e) in s.name_runs() {
        if !security(e) {
            continue;
        }
        let noun = s.word(e);
        // `common` and `preferred` only before another of the nouns (`common shares`).
        let share_noun =
            security(e + 1) && !matches!(s.word(e + 1), "common" | "preferred" | "board");
        if matches!(noun, "common" | "preferred") && !share_noun {
            continue;
        }
        // A sentence's capitalised first word that is a common word is no part of the name
        // (`Each Liebert share`).
        if j == 0 && e > 1 && s.lex.is_common(s.infos[0].lower) {
            j = 1;
        }
        // `share`, `shares` and `board` are also verbs (`Smith shares his view`): only after a
        // determiner or a number.
        if matches!(noun, "share" | "shares" | "board") {
            let det = j > 0
                && (s.toks[j - 1].kind == TokenKind::Number
                    || ["the", "a", "an", "each", "every", "per", "its", "their"]
                        .iter()
                        .any(|d| s.word(j - 1).eq_ignore_ascii_case(d)));
            if !det {
                continue;
            }
        }
        // A share's class is no company (`the A shares`), nor a common word (`Chicken stock`).
        if e - j > MAX_NAMED
            || e - j == 1 && (s.word(j).len() == 1 || s.lex.is_common(s.infos[j].lower))
            || (j..e).any(|i| s.lex.title_at(s.infos, i).is_some())
            || e - j > 1 && s.given_name(j)
            || s.gazetteer(j, e).is_some()
            || s.lex.nationality_at(s.infos, j).is_some()
            || s.lex.country_at(s.infos, j).is_some()
        {
            continue;
        }
        match spans.iter().position(|m| m.0 < e && m.1 > j) {
            None => put(s, spans, (j, e, Label::Org)),
            Some(k) => {
                let m = &mut spans[k];
                let exact = m.0 == j && m.1 == e;
                // The tagger's place is one (`the Whiteside County board`).
                if exact && !matches!(m.2, Label::Gpe | Label::Loc | Label::Fac) {
                    m.2 = Label::Org;
                }
            }
        }
    }
}
