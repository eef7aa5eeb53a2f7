//! Repairs 39-42: organisations' names the tagger cuts or calls something else (issue 17,
//! session 18: the ORG errors of every development batch, read together):
//!
//! 39. A company's legal suffix (SUFFIX in `data/org_heads.tsv`: `Inc.`, `Corp`, `Ltd`): a
//!     mention ending with one is an ORG (`Tempus Inc.` read as a FAC, `Halvorsen Ltd` as a
//!     PERSON); a mention of name words right before one, or one to four untagged name words,
//!     take it and are an ORG (`Broadhead` FAC + `Co.`). Not before a capitalised word (`Co.
//!     Donegal`, an Irish county).
//! 40. A broadcaster's channel number (`LEX 18`, `FOX 4's`, `WAVE 3,`): an ORG of one word in
//!     capitals (three to five letters: `SB 4` is a bill) right before a number of one or two
//!     digits takes the number, and a capitalised
//!     `News` after it (`ABC 7 News`); so do an untagged `Channel` and the number after it
//!     (`Channel 4`), and a number before `News` (`11 News`). Not before another number, nor,
//!     except after a call sign (`KQRT 9 reported`) or `Channel`, a lower-case word (`EU 27
//!     leaders` is no station).
//! 41. A player's position between two names (POSITION in `data/org_heads.tsv`: `Pittsburgh
//!     quarterback Mason Rudolph`, `Wild coach Bruce Boudreau`, `Derry City captain Ryan
//!     McBride`): the one to three name words before it are the team, an ORG, whatever the
//!     tagger read, or untagged (not a nationality: `Brazilian striker`; no title or common word
//!     alone: `Assistant coach`).
//!     (Session 23.) Also a place with a possessive right before a lower-case position
//!     (`Liverpool's captain`, `Burnley's manager`, `Bolton's striker`): sports copy names a
//!     club by its town, and only a side has a captain or a striker; the place, read as a GPE,
//!     is an ORG. Not a country or a nation (as above: the linker would make the country's
//!     other mentions a side), a nationality or a title.
//!     (Session 35, ent41, from `indep26-held`'s BBC sports copy.) A country or a nation is a
//!     side too when a player's name follows its position (`France defender Gallas`, `England
//!     player Simon Amor`), and with a possessive before a side's noun, perhaps after one or two
//!     lower-case words (`England's team`, `Britain's relay team`, `France's squad`) or right
//!     before a position (`Germany's captain`); a place that is no country also before a position
//!     after one or two lower-case words (`Newcastle's teenage centre`), not before a possessive
//!     (`Bolivia's public defender's office`). The linker's vote then makes most of the country's
//!     mentions in a sports article the side, as the guidelines have them; measured on every
//!     development batch (four up, none down).
//!     (Session 36, ent42.) One name word alone after a position, untagged or read alone under
//!     another label, is the player's surname, a PERSON (`France defender Gallas`, `Ireland
//!     winger Duff`), and counts as the player after the position: see `lone_surname`.
//! 43. An untagged acronym that the alias table knows (`data/aliases.tsv`: `FBI`, `U.N.`, `EU`)
//!     is a mention with the table's label (`the U.N. mission`, `as FBI reopens`, where the tagger
//!     read nothing); not next to another word in capitals (`EU LEADERS MEET`) or a capitalised word
//!     (`U.S. District Court`, `News UK`: part of a longer name the tagger missed).
//! 44. A bare domain name (`Rem870.com explains`, `IslamOnline.net said`, `online at wave3.com`):
//!     a web token ending in a common top-level domain, with no `www.`, path or `@`, is an ORG
//!     (a site or its owner), whatever the tagger read (`Fark.com` FAC).
//! 45. A newspaper named by one word after `the` (PAPER in `data/org_heads.tsv`: `seen by the
//!     Guardian`, `The Chronicle says`), with no capitalised word after it, is an ORG whatever
//!     the tagger read (`Guardian` NORP), or untagged.
//!     45c. (Session 30.) A word as often a thing after `the` (TITLED_PAPER: `Star`, `Sun`,
//!     `Globe`) after a capitalised `The` inside a sentence, right after a word in lower case
//!     (`mailed it to The Star from Buffalo`), is such a newspaper too.
//!     45b. (Session 25c.) A newspaper named by its city (`the Los Angeles Times`, `The Denver
//!     Post`, `the Milwaukee Journal Sentinel`, `the Jerusalem Post`): a place read as a GPE and
//!     right after it one or two PAPER words, with no capitalised word after them, are one ORG;
//!     the tagger cut the city off as a place and left the paper's word alone.
//! 46. A one-word PERSON with a capital inside after three lower-case letters or more (`SpaceX`,
//!     `HuffPost`, `GiveWell`: a company's or a site's coined name; people's names have their
//!     inner capital after a short prefix, `McConnell`, `DeVos`, `LaShawn`) is an ORG, unless it
//!     opens with a surname's prefix (`FitzPatrick`, `VanderMeer`).
//! 47. A police noun alone (POLICE in `data/place_cues.tsv`: `Detectives said`, `Deputies
//!     found`), read as a name at a sentence's start, is no mention: the guidelines annotate no
//!     such description.
//! 48. A name to call or contact at a phone number (`contact Crime Stoppers at 702-385-5555`,
//!     `call Crimestoppers at 889-4000`, `contact the Gang Crimes Bureau at (702) ...`): one to
//!     five name words between `call` or `contact` (and `the`) and `at` and a number, untagged or
//!     read as a place or a thing, are an ORG; no title among them (`call Detective Ann Roe`),
//!     and a PERSON stays.
//! 42. A word in capitals alone that is a common lower-case word (`UPDATE:`, `(CRIMES)`, `VISIT
//!     the show`), four letters or more, no given name and no place, is no name; shorter words
//!     in capitals stay (`US`, `ICE`), and so does a word in brackets after an organisation's
//!     or a place's name (`Bay Area Rescue Service (BARS)`, `INDIANAPOLIS (WISH) –`).
//!     42b. (Session 25.) So is a run of two to four such words in capitals, whatever their
//!     length (`READ MORE`, `BREAKING UPDATE`), unless one is a given name, a place or an
//!     organisation's head word (`WHITE HOUSE`).

mod partners;

use reckon_text::TokenKind;

use super::lists::relabel;
use super::{Local, Sentence, put};
use crate::Label;
use crate::hash::hash_bytes;
use crate::lexicon::{PAPER, POSITION, SUFFIX, TITLED_PAPER};

/// The longest team name rule 41 reads, and the longest untagged company name rule 39 reads
/// (tokens).
const MAX_TEAM: usize = 3;
const MAX_COMPANY: usize = 4;

/// Rule 46: surname prefixes written before an inner capital (`FitzGerald`, `VanderMeer`).
const SURNAME_PREFIXES: [&str; 2] = ["Fitz", "Vander"];

/// Rule 44's top-level domains: the generic ones of news sites and companies.
const DOMAINS: [&str; 6] = [".com", ".net", ".org", ".co.uk", ".tv", ".info"];

/// Rules 39 to 41, 44 to 46 and 48 (rules 42, 43 and 47 is a filter: [`common_in_capitals`]).
pub(super) fn bodies(s: &Sentence, spans: &mut Vec<Local>) {
    // One pass says which rules have anything to read: a number (a channel), a web token, and
    // the kinds of words of rules 39, 41 and 45 (one lookup a token).
    let (mut number, mut url, mut words, mut call) = (false, false, 0u8, false);
    let (call_, contact) = (hash_bytes(b"call"), hash_bytes(b"contact"));
    for (t, info) in s.toks.iter().zip(s.infos) {
        number |= t.kind == TokenKind::Number;
        call |= info.lower == call_ || info.lower == contact;
        url |= t.kind == TokenKind::Url;
        words |= s.lex.body_word(info.lower);
    }
    if words & SUFFIX != 0 {
        suffixes(s, spans);
    }
    // 99. A company cut at `and` before its suffix (`Goodyear Tire and Rubber Co`).
    partners::joined_companies(s, spans);
    if number {
        channels(s, spans);
    }
    if words & POSITION != 0 {
        positions(s, spans);
    }
    // (Session 35: also `England's team`, no position in the sentence.)
    possessive_sides(s, spans);
    if url {
        domains(s, spans);
    }
    if words & (PAPER | TITLED_PAPER) != 0 {
        papers(s, spans);
        city_papers(s, spans);
    }
    if call {
        to_call(s, spans);
    }
    for m in spans.iter_mut() {
        if m.2 == Label::Person && m.1 == m.0 + 1 && coined(s.word(m.0)) {
            m.2 = Label::Org;
        }
    }
}

/// Rule 46: a capital, then three lower-case letters or more, then a capital (`SpaceX`), letters
/// only (not a link's code, `TnmvI6OeKW`), not after a surname's prefix.
fn coined(w: &str) -> bool {
    let b = w.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase)
        || !b.iter().all(u8::is_ascii_alphabetic)
        || SURNAME_PREFIXES.iter().any(|p| w.starts_with(p))
    {
        return false;
    }
    let lower = b[1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    lower >= 3 && b.get(1 + lower).is_some_and(u8::is_ascii_uppercase)
}

/// Rule 39: the lower-case particles and the ampersand inside a company's name before its suffix.
const CONNECTORS: [&str; 14] = [
    "de", "du", "des", "del", "della", "di", "da", "do", "dos", "van", "von", "der", "et", "&",
];

/// The longest name rule 48 reads (tokens).
const MAX_CALLED: usize = 5;

/// The labels of a name other than ORG that the rules below turn into an organisation: a person
/// first, so that `NAME_LABELS[1..]` is every one but a person.
const NAME_LABELS: [Label; 9] = [
    Label::Person,
    Label::Gpe,
    Label::Loc,
    Label::Fac,
    Label::Product,
    Label::Norp,
    Label::WorkOfArt,
    Label::Event,
    Label::Law,
];

/// Rule 48: `contact Crime Stoppers at 702-385-5555`, `call Crimestoppers at 889-4000`.
fn to_call(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let (call, contact, the, at) = (
        hash_bytes(b"call"),
        hash_bytes(b"contact"),
        hash_bytes(b"the"),
        hash_bytes(b"at"),
    );
    // A phone number at `k`: `702-385-5555`, `889-4000`, `(305) 471-TIPS`.
    let phone = |k: usize| {
        let w = s.word(k);
        w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-') && w.len() >= 7
            || w == "("
                && k + 1 < n
                && s.word(k + 1).len() == 3
                && s.word(k + 1).bytes().all(|c| c.is_ascii_digit())
    };
    for i in 0..n {
        let l = s.infos[i].lower;
        if !(l == call || l == contact) || !s.infos[i].lower_initial && i > 0 {
            continue;
        }
        let mut a = i + 1;
        if a < n && s.infos[a].lower == the {
            a += 1;
        }
        let e = s.run_end(a);
        let ok = e > a
            && e - a <= MAX_CALLED
            && e + 1 < n
            && s.infos[e].lower == at
            && phone(e + 1)
            && (a..e).all(|k| s.lex.title_at(s.infos, k).is_none());
        if ok {
            relabel(s, spans, a, e, Label::Org, &NAME_LABELS[1..]);
        }
    }
}

/// Rule 45: `seen by the Guardian`, `The Chronicle says`.
fn papers(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let the = hash_bytes(b"the");
    for i in 1..n {
        let t = &s.infos[i];
        // (The cheap tests first: this reads every token.)
        // 45c. A word as often a thing (`Star`, `Sun`) only after a capitalised `The` inside a
        // sentence, right after a word in lower case (`mailed it to The Star`, `told The
        // Independent`): the paper's own way of writing its name.
        let titled = |t: &crate::summary::TokenInfo| {
            i >= 2
                && s.lex.is_titled_paper(t.lower)
                && s.word(i - 1) == "The"
                && s.infos[i - 2].lower_initial
        };
        if t.title
            && s.infos[i - 1].lower == the
            && (s.lex.is_paper(t.lower) || titled(t))
            && !s.infos.get(i + 1).is_some_and(|u| u.title)
            && !s.in_capitals(i)
        {
            let from = NAME_LABELS;
            // (Also the tagger's mention with its `the`: `The Chronicle` LAW.)
            if let Some(m) = spans.iter_mut().find(|m| m.0 == i - 1 && m.1 == i + 1) {
                if from.contains(&m.2) {
                    m.2 = Label::Org;
                }
            } else {
                relabel(s, spans, i, i + 1, Label::Org, &from);
            }
        }
    }
}

/// Rule 45b: `the Los Angeles Times`, `The Denver Post`, `the Milwaukee Journal Sentinel`.
fn city_papers(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let paper = |k: usize| s.infos[k].title && s.lex.is_paper(s.infos[k].lower);
    for i in 1..n {
        if !paper(i) || s.in_capitals(i) {
            continue;
        }
        let Some(a) = spans
            .iter()
            .find(|m| m.1 == i && m.2 == Label::Gpe)
            .map(|m| m.0)
        else {
            continue;
        };
        let mut e = i + 1;
        while e < n && e < i + 2 && paper(e) {
            e += 1;
        }
        // A capitalised word after it: a longer name (`Washington Post Office`).
        if s.infos.get(e).is_some_and(|u| u.title) || spans.iter().any(|m| m.0 < e && m.1 > e) {
            continue;
        }
        spans.retain(|m| !(m.0 < e && m.1 > a));
        put(s, spans, (a, e, Label::Org));
    }
}

/// Rule 44: `Rem870.com explains`, `online at wave3.com`.
fn domains(s: &Sentence, spans: &mut Vec<Local>) {
    for i in 0..s.toks.len() {
        let w = s.word(i);
        // (A path may be a token of its own, `pic.twitter.com` + `/LXIjdAjQLn`, and so may a
        // glued `www.`: `visit-www.` + `infortrend.com`.)
        let path =
            s.toks.get(i + 1).is_some_and(|t| {
                t.span.start == s.toks[i].span.end && s.word(i + 1).starts_with('/')
            }) || i > 0 && s.toks[i - 1].span.end == s.toks[i].span.start;
        let bare = s.toks[i].kind == TokenKind::Url
            && !path
            && !w.contains(['@', '/', ':'])
            && !w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
            && DOMAINS.iter().any(|d| {
                w.len() > d.len() + 1
                    && w.get(w.len() - d.len()..)
                        .is_some_and(|e| e.eq_ignore_ascii_case(d))
            });
        if bare {
            let from = NAME_LABELS;
            relabel(s, spans, i, i + 1, Label::Org, &from);
        }
    }
}

/// Rule 39: `Tempus Inc.`, `Broadhead Co.`, `Halvorsen Ltd`; with its name words before it
/// (`Halcott Petroleum Corp` read as `Petroleum Corp`, `Dalton` + `Corp` NORP).
fn suffixes(s: &Sentence, spans: &mut Vec<Local>) {
    // A second pass when the first cut a run-on mention of two companies.
    let mut cut = false;
    for pass in 0..2 {
        if pass == 1 && !cut {
            break;
        }
        suffixes_pass(s, spans, &mut cut);
    }
    if cut {
        spans.retain(|m| m.0 < m.1);
    }
}

/// One pass of rule 39 over the sentence; `cut` is set when a mention was cut before a company.
fn suffixes_pass(s: &Sentence, spans: &mut Vec<Local>, cut: &mut bool) {
    let n = s.infos.len();
    for k in 1..n {
        let t = &s.infos[k];
        // A suffix is capitalised (`AG`, `Co`; `plc` has its own lower-case line), and no
        // capitalised word follows it (`Co Donegal`), unless it ends with a stop other than
        // `Co.`'s: a sentence the segmenter did not end after `Corp.` (`... of Chase Manhattan
        // Corp. Standard said`), where a mention of the tagger's running on is cut.
        let w = s.word(k);
        let stop = w.ends_with('.') && !w.eq_ignore_ascii_case("co.");
        if !s.lex.is_suffix(t.lower)
            || !(t.title || w == "plc")
            || (!stop && s.infos.get(k + 1).is_some_and(|t| t.title))
        {
            continue;
        }
        let mut a = company_start(s, spans, k);
        let end = k + 1;
        if let Some(m) = spans.iter_mut().find(|m| m.0 < end && m.1 > k) {
            if m.1 > end {
                if !stop {
                    continue; // a longer name of the tagger's runs on past the suffix
                }
                // The rest is the next sentence's first words, whose reading went with the
                // company's: it goes (`Baidu Inc. Sogou` LAW, `Harley-Davidson Inc. Provided`).
                a = a.min(m.0);
                m.1 = end;
            } else if m.0 <= a {
                // A mention of the tagger's over another suffix and `and` (or a comma) before
                // the name is two companies' (`Corp and Ford Motor Co` of `General Motors Corp
                // and Ford Motor Co`): it is cut, and the next pass reads the first. `China
                // Aerospace Science and Technology Corp` is one.
                let joined = (m.0 + 1..a).any(|i| {
                    matches!(s.word(i), "and" | "&" | ",") && s.lex.is_suffix(s.infos[i - 1].lower)
                });
                if !joined {
                    if m.0 < k {
                        m.2 = Label::Org;
                    }
                    continue;
                }
                m.1 = a;
                while m.1 > m.0 && matches!(s.word(m.1 - 1), "and" | "&" | ",") {
                    m.1 -= 1;
                }
                *cut = true;
            }
        }
        if a < k {
            put(s, spans, (a, end, Label::Org));
        }
    }
}

/// The first word of the company named before the suffix at `k`: up to [`MAX_COMPANY`] name
/// words, none a title, not a preposition or a conjunction capitalised by the sentence's start
/// (GLUE in `data/place_cues.tsv`: `But Halcott Corp`; `General Motors Corp` keeps its common
/// word), and not inside a mention that starts before them; `k` if none.
fn company_start(s: &Sentence, spans: &[Local], k: usize) -> usize {
    let mut a = k;
    // `Merrill Lynch and Co`, `Smith & Co`: a partnership's `and Co` (not `and` before another
    // suffix: `Texaco and Mobil Corp` are two).
    let co = matches!(s.word(k), "Co" | "Co." | "Cos" | "Cos.");
    if co && k >= 2 && matches!(s.word(k - 1), "and" | "&") && s.name_word(k - 2) {
        a = k - 1;
    } else if k >= 2
        && s.infos[k - 1].lower_initial
        && s.toks[k - 1].kind == TokenKind::Word
        && !s.lex.is_glue(s.infos[k - 1].lower)
        && s.name_word(k - 2)
    {
        // A headline in capitals read truecased lowers the name's common word (`BRENNAN OIL CO
        // SETS PAYOUT` → `Brennan oil Co`); running text never writes a company so.
        a = k - 1;
    }
    loop {
        if a > 0
            && k - a < MAX_COMPANY
            && s.name_word(a - 1)
            && s.lex.title_at(s.infos, a - 1).is_none()
            && !(a == 1 && a < k && s.lex.is_glue(s.infos[0].lower))
        {
            a -= 1;
        } else if a >= 2
            && a < k
            && s.name_word(a)
            && CONNECTORS.contains(&s.word(a - 1))
            && s.name_word(a - 2)
        {
            // A Romance or Dutch name's particle (`Petroleos de Venezuela SA`, `Banque
            // Nationale de Paris SA`) or an ampersand (`Taiyuan Iron & Steel Co`).
            a -= 2;
        } else {
            break;
        }
    }
    if let Some(m) = spans.iter().find(|m| m.0 < a && m.1 > a && m.1 <= k) {
        a = m.1;
    }
    a
}

/// Rule 40: `LEX 18`, `FOX 4's`, `Channel 4`, `11 News`.
fn channels(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let news = hash_bytes(b"news");
    let channel = hash_bytes(b"channel");
    // A channel number at `k`: one or two digits, then the sentence's end, a possessive, a
    // capitalised word or a punctuation mark not followed by another number; after a call sign
    // or `Channel` (`loose`), a lower-case word too (`KQRT 9 reported`).
    let number = |k: usize, loose: bool| {
        k < n
            && s.toks[k].kind == TokenKind::Number
            && s.word(k).len() <= 2
            && s.word(k).bytes().all(|c| c.is_ascii_digit())
            && s.toks.get(k + 1).is_none_or(|t| {
                t.kind == TokenKind::Possessive
                    || s.infos[k + 1].title
                    || loose && t.kind == TokenKind::Word && s.infos[k + 1].lower_initial
                    || matches!(s.word(k + 1), ")" | "," | "." | ";" | "?" | "!")
                        && s.toks
                            .get(k + 2)
                            .is_none_or(|u| u.kind != TokenKind::Number)
            })
    };
    // A US call sign: three or four capitals from `K` or `W` (`KQRT`, `WAVE`).
    let call_sign = |a: usize| {
        let w = s.word(a);
        (3..=4).contains(&w.len()) && w.starts_with(['K', 'W'])
    };
    // A capitalised `News` after the number.
    let with_news = |k: usize| {
        if k + 1 < n && s.infos[k + 1].lower == news && s.infos[k + 1].title {
            k + 2
        } else {
            k + 1
        }
    };
    let mut k = 0;
    while k < spans.len() {
        let (a, b, l) = spans[k];
        if l == Label::Org
            && b == a + 1
            && s.in_capitals(a)
            && (3..=5).contains(&s.word(a).len())
            && number(b, call_sign(a))
        {
            let e = with_news(b);
            if !spans.iter().any(|m| m.0 >= b && m.0 < e) {
                spans[k].1 = e;
            }
        }
        k += 1;
    }
    for i in 0..n.saturating_sub(1) {
        let covered = |a: usize, b: usize| spans.iter().any(|m| m.0 < b && m.1 > a);
        if s.infos[i].lower == channel && s.infos[i].title && number(i + 1, true) {
            let e = with_news(i + 1);
            if !covered(i, e) {
                put(s, spans, (i, e, Label::Org));
            }
        } else if s.toks[i].kind == TokenKind::Number
            && s.word(i).len() <= 2
            && s.infos[i + 1].lower == news
            && s.infos[i + 1].title
            && !s.infos.get(i + 2).is_some_and(|t| t.title)
            && !covered(i, i + 2)
        {
            put(s, spans, (i, i + 2, Label::Org));
        }
    }
}

/// Rule 41: `Pittsburgh quarterback Mason Rudolph`, `Wild coach Bruce Boudreau`.
fn positions(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for p in 1..n.saturating_sub(1) {
        let t = &s.infos[p];
        if !s.lex.is_position(t.lower)
            || !(t.lower_initial || s.in_capitals(p))
            || !s.name_word(p - 1)
        {
            continue;
        }
        // (Session 33.) With no person after the position, a word before the team that makes
        // the phrase a post held (`as Chester manager is`, `former Leeds boss`) is the cue.
        let lone = lone_surname(s, spans, p + 1);
        let person = lone || person_after(s, spans, p + 1);
        let bare = t.lower_initial && !(p + 1 < n && s.name_word(p + 1));
        if !person && !bare {
            continue;
        }
        let held = |a: usize| person || post_before(s, a);
        if let Some(k) = spans.iter().position(|m| m.1 == p) {
            let (a, b, l) = spans[k];
            if l != Label::Org
                && held(a)
                && b - a <= MAX_TEAM
                && !(b - a == 1 && lone_word(s, a))
                && (a..b).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
                && !s.nationality(a, b)
                && (person || !country(s, a, b))
            {
                spans[k].2 = Label::Org;
            }
        } else if !spans
            .iter()
            .any(|m| m.0 < p && m.1 > p.saturating_sub(MAX_TEAM))
        {
            let mut a = p - 1;
            while a > 0 && p - a < MAX_TEAM && s.name_word(a - 1) {
                a -= 1;
            }
            let lone = p - a == 1 && lone_word(s, a);
            if (a == 0 || !s.name_word(a - 1))
                && !lone
                && held(a)
                && (a..p).all(|i| s.lex.title_at(s.infos, i).is_none())
                && !s.nationality(a, p)
                && (person || !country(s, a, p))
            {
                put(s, spans, (a, p, Label::Org));
            }
        }
        if lone {
            match spans.iter_mut().find(|m| (m.0, m.1) == (p + 1, p + 2)) {
                Some(m) => m.2 = Label::Person,
                None => put(s, spans, (p + 1, p + 2, Label::Person)),
            }
        }
    }
}

/// Rule 41 (session 36): one name word right after a position, alone in its run and untagged
/// or read alone under another label, is the player's surname, a PERSON (`France defender Gallas and`, `Chelsea boss Mourinho said`):
/// sports copy names a known player by the surname alone. Not a word in capitals, a common
/// word, a place of the gazetteer, a nation, a nationality, a title, a team's nickname, an
/// organisation's head word or another position (`Wales coach Cardiff`, `England captain
/// Monday` are none).
fn lone_surname(s: &Sentence, spans: &[Local], j: usize) -> bool {
    let Some(t) = s.infos.get(j) else {
        return false;
    };
    s.toks[j].kind == TokenKind::Word
        && s.name_word(j)
        && s.run_end(j) == j + 1
        && !s.in_capitals(j)
        && !spans
            .iter()
            .any(|m| m.0 <= j && m.1 > j && (m.0, m.1) != (j, j + 1))
        && !s.lex.is_common(t.lower)
        && t.gaz == 0
        && !s.lex.is_nation(t.lower)
        && !s.nationality(j, j + 1)
        && s.lex.title_at(s.infos, j).is_none()
        && !s.lex.is_team(t.lower)
        && !s.lex.is_org_head(t.lower)
        && !s.lex.is_position(t.lower)
}

/// Rule 41: `Liverpool's captain`, `Burnley's manager`; (session 35) `Newcastle's teenage
/// centre`, `England's team to face Wales`.
fn possessive_sides(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let side = [b"team" as &[u8], b"squad"].map(hash_bytes);
    for p in 2..n {
        if s.toks[p - 1].kind != TokenKind::Possessive {
            continue;
        }
        // The position or the side's noun: right after the possessive or after one or two
        // lower-case words (`Newcastle's teenage centre`, `Britain's successful relay team`).
        let Some(q) = (p..n.min(p + 3)).find(|&q| {
            let t = &s.infos[q];
            t.lower_initial && (s.lex.is_position(t.lower) || side.contains(&t.lower))
        }) else {
            continue;
        };
        // (Not an office's holder: `Bolivia's public defender's office`.)
        if !(p..q).all(|k| s.infos[k].lower_initial && s.toks[k].kind == TokenKind::Word)
            || s.toks
                .get(q + 1)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            continue;
        }
        // (Session 35.) A country or a nation too (`England's team`, `France's squad`,
        // `Germany's captain`), but only before a side's noun or right before a position: with
        // words between, a position may be a post or a building (`Afghanistan's first centre`).
        let side_noun = side.contains(&s.infos[q].lower);
        if let Some(m) = spans.iter_mut().find(|m| m.1 == p - 1 && m.2 == Label::Gpe) {
            let (a, b) = (m.0, m.1);
            if b - a <= MAX_TEAM
                && (a..b).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
                && !s.nationality(a, b)
                && (side_noun || q == p || !country(s, a, b))
            {
                m.2 = Label::Org;
            }
        }
    }
}

/// Rule 41: a word that is no team's name alone: a common word, or a sentence's first word
/// that is neither a place nor a team's nickname and is usually written in lower case (`Head
/// coach Rob Howley`; `Cleveland DL Larry Ogunjobi` is a team, and so is a name the truecase
/// table does not write in lower case, `Livi manager Richard Gough`, session 33).
fn lone_word(s: &Sentence, a: usize) -> bool {
    let t = &s.infos[a];
    s.lex.is_common(t.lower)
        || a == 0
            && t.gaz == 0
            && !s.lex.is_team(t.lower)
            && crate::truecase::usually_lower(s.word(a))
}

/// Rule 41 (session 33): the lower-case word before a team's name at `a` makes the name and a
/// position after it a post held (`as Chester manager`, `former Leeds boss`, `caretaker Hearts
/// manager`), so a position with no person after it still names the team.
fn post_before(s: &Sentence, a: usize) -> bool {
    // (Not `new`: `England's new Test captain`.)
    const POST: [&str; 5] = ["as", "former", "interim", "caretaker", "then"];
    a > 0 && s.infos[a - 1].lower_initial && POST.contains(&s.word(a - 1))
}

/// Rule 41: tokens `a..b` are exactly a country's name (or a NATION's: `England`). A national side
/// with no player named after its position (`as England captain`) is left to the tagger: the
/// linker gives one entity one label, and the country's other mentions in the article are places;
/// with one (`England captain Harry Kane`, session 35) it is the side.
fn country(s: &Sentence, a: usize, b: usize) -> bool {
    s.lex.country_at(s.infos, a).is_some_and(|h| h.len == b - a)
        || b == a + 1 && s.lex.is_nation(s.infos[a].lower)
}

/// Rule 41's person after a position: a PERSON mention from `j`, or two or three untagged name
/// words (`Keetan Munsell`, which the tagger read as a part of the team's name).
fn person_after(s: &Sentence, spans: &[Local], j: usize) -> bool {
    let e = s.run_end(j);
    spans.iter().any(|m| m.0 == j && m.2 == Label::Person)
        || (2..=MAX_TEAM).contains(&(e - j)) && !spans.iter().any(|m| m.0 < e && m.1 > j)
}

/// Rule 42: a one-word mention that is a common word written in capitals (`UPDATE`, `CRIMES`),
/// four letters or more, no given name and no place of the gazetteer, goes; a word in brackets
/// right after an organisation or a place stays: an acronym (`the Bay Area Rescue Service
/// (BARS)`) or a dateline's station (`INDIANAPOLIS (WISH) –`).
pub(super) fn common_in_capitals(s: &Sentence, spans: &mut Vec<Local>) {
    common_runs_in_capitals(s, spans);
    let common = |a: usize| {
        s.lex.is_common(s.infos[a].lower)
            && !s.infos[a].given
            && s.infos[a].gaz == 0
            && s.word(a).len() >= 4
            && s.in_capitals(a)
    };
    if !spans.iter().any(|m| m.1 == m.0 + 1 && common(m.0)) {
        return;
    }
    let mut end = None;
    spans.retain(|&(a, b, l)| {
        let bracketed = end.is_some_and(|e| a == e + 1 && s.word(e) == "(");
        if matches!(l, Label::Org | Label::Gpe) {
            end = Some(b);
        }
        b != a + 1 || bracketed || !common(a)
    });
}

/// Rule 42b (session 25, from the news corpus and unannotated gva-dev pages: `READ MORE` GPE x10,
/// `ALSO READ`, `BREAKING UPDATE`, `THE KILLINGS`, `NUMBER OF ATTACKS`, `OTHER NEWS`): a mention
/// of two to four words, every one a common lower-case word (`data/common_words.txt`) written in
/// capitals, no given name, no place of the gazetteer and no organisation's head word (`WHITE
/// HOUSE` stays), is a page's furniture or a headline's words: no name.
fn common_runs_in_capitals(s: &Sentence, spans: &mut Vec<Local>) {
    let common = |i: usize| {
        let t = &s.infos[i];
        s.lex.is_common(t.lower)
            && !t.given
            && t.gaz == 0
            && !s.lex.is_org_head(t.lower)
            && s.toks[i].kind == TokenKind::Word
            && s.in_capitals(i)
    };
    spans.retain(|&(a, b, _)| !((2..=4).contains(&(b - a)) && (a..b).all(common)));
}

/// Rule 43: `a major U.N. summit`, `as FBI reopens email probe`.
pub(super) fn known_acronyms(
    s: &Sentence,
    spans: &mut Vec<Local>,
    alias_label: &impl Fn(&str) -> Option<Label>,
) {
    let n = s.infos.len();
    // (A second character in capitals or a full stop first: this reads every capitalised word.)
    let caps = |i: usize| {
        let w = s.word(i);
        w.as_bytes()
            .get(1)
            .is_some_and(|c| c.is_ascii_uppercase() || *c == b'.')
            && matches!(
                s.toks[i].kind,
                TokenKind::Word | TokenKind::Compound | TokenKind::Abbreviation
            )
            && w.len() <= 6
            && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && !w.bytes().any(|c| c.is_ascii_lowercase())
    };
    let mut m = 0;
    for i in 0..n {
        // (A lower-case word first: the walk over the mentions catches up at the next capital.)
        if !s.infos[i].title {
            continue;
        }
        while m < spans.len() && spans[m].1 <= i {
            m += 1;
        }
        let covered = m < spans.len() && spans[m].0 <= i;
        if covered
            || !caps(i)
            || i > 0 && (s.name_word(i - 1) || s.in_capitals(i - 1))
            || i + 1 < n && (s.name_word(i + 1) || s.in_capitals(i + 1))
        {
            continue;
        }
        if let Some(l) = alias_label(s.word(i)) {
            spans.insert(m, (i, i + 1, l));
        }
    }
}

/// Rule 47: `Detectives said a car pulled up` (`Detectives` ORG).
pub(super) fn police_nouns(s: &Sentence, spans: &mut Vec<Local>) {
    spans.retain(|&(a, b, _)| b != a + 1 || !s.lex.is_police_noun(s.infos[a].lower));
}
