//! Repairs 27-38 and 51: names of international newswire (issue 17, sixth round: the Australian
//! news of `indep8-lee`), where the tagger, which reads names by their capitals, misses names
//! with a lower-case particle and reads a government's capitalised descriptions as names:
//!
//! 27. A name with a lower-case particle (PARTICLE in `data/titles.tsv`: `bin`, `ibn`, `al-`,
//!     `el-`): the name words before it and the name after it are one name, a PERSON (`Osama bin
//!     Laden`, `Abu Bakr al-Baghdadi`), or an ORG or a place when it opens with a body's or a
//!     place's noun (OPENER in `data/org_heads.tsv` and `data/place_cues.tsv`: `Jabhat Fateh
//!     al-Sham`, `Bab al-Mandeb`); `bin` or `ibn` and a name with no name before it is a PERSON
//!     (`bin Laden`). An organisation named with the article (ARTICLE in `data/org_heads.tsv`:
//!     `al-Qaeda`, `al Qaeda`, `al-Shabab`) is an ORG.
//! 28. A portfolio read as an ORG before a title that takes one (PORTFOLIO in `data/titles.tsv`:
//!     `Small Business Minister Joe Hockey`, `Defense Secretary Donald Rumsfeld`) is part of the
//!     title: no mention. An acronym or a place stays (`UN`, `US`).
//! 38. After a portfolio's title and `for` or `of` (`Minister for Health Simon Harris`,
//!     `Secretary of State`), the portfolio is part of the title: a mention of it alone is none
//!     (`State` ORG), one running on into a name keeps the name (`Health Simon Harris` NORP →
//!     `Simon Harris` PERSON: from a given name, or the last two words of a PERSON of three). A
//!     place stays (`Foreign Minister of Russia`).
//! 29. A government body's capitalised description (DESCRIPTION in `data/org_heads.tsv`: `the
//!     Federal Government`, `the Opposition`, `the Police Ombudsman`) is no mention.
//! 30. A name read as a person, a nationality or a thing before an apposition that calls it an
//!     organisation (NOUN in `data/org_heads.tsv`: `Batasuna, a political party that`, `Eta, the
//!     outlawed Basque separatist group.`) is an ORG.
//! 32. A name before an age between commas (`Lawal, 30, was sentenced`), untagged or read as an
//!     organisation or a thing, is a PERSON (not a place, a nationality or one common word).
//! 33. A first name between a title and a PERSON of one or two words is the person's (`Norwegian
//!     ambassador Ove Thorsheim`, read as `Thorsheim`): after a capitalised title only a given
//!     name or a hyphenated one (`Jean-Yves`), as a second title may follow (`Deputy Leader`).
//! 34. A FAC read of an institution's name (INSTITUTION in `data/org_heads.tsv`: `Hillcrest
//!     Christian College`, `Jensen Elementary Scholastic Academy`, `Sacred Heart Medical Center`)
//!     or of an office's after a possessive (`Jackson County Sheriff's Department`) is an ORG, as
//!     the guidelines call schools, hospitals and offices also where the text means the building.
//! 35. One or two capitalised words right before or after a lower-case noun of a body of water
//!     (WATER in `data/place_cues.tsv`: `the Vlava river`, `the river Elbe`), untagged or read as
//!     another label, are a LOC.
//! 36. A place the gazetteer knows, read as a NORP (`the situation in Aleppo`), a work, a law,
//!     an event or a language (`Shreveport` WORK_OF_ART, `Houston` LAW), is that place, unless
//!     it is a nationality or a one-word given name; a FAC too, unless a street's words stand
//!     next to it (`21st and Cleveland`, `the 1500 block of Euclid`, `on Lincoln`); a PRODUCT is
//!     left (a car or a ship, `Lincoln`), and so is a work's title in quotes (the film `"Munich"`).
//! 37. A month's or a weekday's name alone (`September` PERSON, `July` GPE, `Thursday` FAC) is
//!     no mention (dates are the claims stage's), unless a PERSON that is a given name (`April`,
//!     `June`); `May` is left (a surname, a month and a verb). So is a month's short form alone
//!     before a number (`MONTREAL, Feb 26 -`, a wire table's `Apr 10.0`; `May` too there), read
//!     as a PERSON in Reuters' datelines (session 21, round 2).
//! 31. A place or a nationality between a number and a currency noun (CURRENCY in
//!     `data/place_cues.tsv`: `2.66 billion Australian dollars`, `176 Hong Kong dollars`) is part
//!     of the amount: no mention. Applied last, after rule 4.
//! 51. A title written in one token after `then-` (`then-Secretary of State Hillary Clinton`,
//!     `Then-Sen. John McLaurin`; or after an acronym there, `then-GOP Sen. Bob Dole`): the one to
//!     three capitalised words after it are a PERSON, the tagger's mentions over the title go
//!     (the title lexicon knows `Secretary`, not `then-Secretary`).

use reckon_text::TokenKind;

use super::{Local, MAX_NAME, Sentence, put};
use crate::Label;
use crate::hash::hash_bytes;

/// Hashes of the function words these rules read, computed once (most sentences reach every
/// rule).
struct Words {
    al: u64,
    the: u64,
    of: u64,
    for_: u64,
    may: u64,
    /// `a`, `an`, `the`.
    dets: [u64; 3],
    /// Words that end an apposition's modifiers: the noun after them would not be its head.
    stops: [u64; 12],
    /// `that`, `which`, `whose`.
    relatives: [u64; 3],
}

static WORDS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
    let h = |w: &str| hash_bytes(w.as_bytes());
    Words {
        al: h("al"),
        the: h("the"),
        of: h("of"),
        for_: h("for"),
        may: h("may"),
        dets: ["a", "an", "the"].map(h),
        stops: [
            "of", "in", "at", "for", "with", "from", "to", "by", "on", "and", "or", "who",
        ]
        .map(h),
        relatives: ["that", "which", "whose"].map(h),
    }
});

/// The longest name rule 27 reads before a particle (tokens).
const MAX_BEFORE: usize = 3;

/// The most particles rule 27 reads in one name (`Mohammed bin Salman al-Saud`: two).
const MAX_PARTICLES: usize = 3;

/// Rules 27 to 30 and 32 to 38 in the order of the module's list (rule 31 runs last:
/// [`amounts`]).
pub(super) fn wire_forms(s: &Sentence, spans: &mut Vec<Local>) {
    // One pass over the tokens says which of the rules that read every token have anything to
    // read: a compound (`al-Qaida`, `Al-Qaeda`, `al-Rasheed`), `al`, a particle or water word
    // (`bin`, `river`), a number (an age).
    let (mut compound, mut al, mut word, mut number) = (false, false, false, false);
    let al_ = WORDS.al;
    for (i, (t, info)) in s.toks.iter().zip(s.infos).enumerate() {
        match t.kind {
            TokenKind::Compound => compound = true,
            TokenKind::Number => number = true,
            TokenKind::Word => {
                // (`al` in either case: `al Qaeda`, `Al Jazeera`.)
                al |= info.lower == al_;
                // (Particle and water words read a name next to them.)
                word = word
                    || info.lower_initial
                        && (s.name_word(i + 1) || i > 0 && s.name_word(i - 1))
                        && s.lex.is_wire_word(info.lower);
            }
            _ => {}
        }
    }
    if compound || al {
        article_orgs(s, spans);
    }
    if compound {
        then_titles(s, spans);
    }
    if compound || word {
        particles(s, spans);
    }
    portfolios(s, spans);
    portfolios_after(s, spans);
    descriptions(s, spans);
    appositions(s, spans);
    if number {
        ages(s, spans);
    }
    late_names(s, spans);
    institutions(s, spans);
    place_norps(s, spans);
    dates(s, spans);
    if word {
        waters(s, spans);
    }
}

/// Rule 51: `then-Secretary of State Hillary Clinton` (`State` EVENT + `Clinton`), `Then-DHS
/// Director Michael Chertoff` (one FAC) → the PERSON after the title.
fn then_titles(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for i in 0..n {
        if s.toks[i].kind != TokenKind::Compound {
            continue;
        }
        let w = s.word(i);
        let Some(rest) = w.strip_prefix("then-").or_else(|| w.strip_prefix("Then-")) else {
            continue;
        };
        if rest.len() > 24 || !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let mut buf = [0u8; 24];
        for (d, c) in buf.iter_mut().zip(rest.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        let h = hash_bytes(&buf[..rest.len()]);
        // The title: the word after the hyphen (and the words of its phrase), or a title right
        // after an acronym there (`Then-DHS Director`).
        let end = match s
            .lex
            .title_in(n, i, |k| if k == i { h } else { s.infos[k].lower })
        {
            Some((hit, _)) => i + hit.len,
            None if rest.bytes().all(|c| c.is_ascii_uppercase()) => {
                match s.lex.title_at(s.infos, i + 1) {
                    Some((hit, _)) => i + 1 + hit.len,
                    None => continue,
                }
            }
            None => continue,
        };
        // The name: one to three capitalised words, none a title, no capitalised word after.
        let mut e = end;
        while e < n && e - end <= MAX_NAME && s.cap_word(e) && s.lex.title_at(s.infos, e).is_none()
        {
            e += 1;
        }
        if e == end || e - end > MAX_NAME || s.infos.get(e).is_some_and(|t| t.title) {
            continue;
        }
        spans.retain(|m| m.1 <= i || m.0 >= e);
        let at = spans.partition_point(|m| m.0 < end);
        spans.insert(at, (end, e, Label::Person));
    }
}

/// Tokens `a..b` become one mention of `label`, replacing the mentions inside them, unless a
/// mention reaches outside them.
fn take(s: &Sentence, spans: &mut Vec<Local>, a: usize, b: usize, label: Label) {
    let inside = spans
        .iter()
        .all(|m| m.1 <= a || m.0 >= b || (m.0 >= a && m.1 <= b));
    if inside {
        put(s, spans, (a, b, label));
    }
}

/// Rule 27, organisations: `al-Qaida`, `al-Qa'ida`, `al Qaeda`.
fn article_orgs(s: &Sentence, spans: &mut Vec<Local>) {
    let al = WORDS.al;
    let n = s.infos.len();
    let mut i = 0;
    while i < n {
        let t = &s.infos[i];
        // (Most tokens are plain words: only a compound or `al` is looked up.)
        let e = if s.toks[i].kind == TokenKind::Compound && s.lex.is_article_org(t.lower) {
            i + 1
        } else if t.lower == al
            && s.infos
                .get(i + 1)
                .is_some_and(|u| u.title && s.lex.is_article_tail(u.lower))
        {
            i + 2
        } else {
            i += 1;
            continue;
        };
        take(s, spans, i, e, Label::Org);
        i = e;
    }
}

/// The end of the particle at token `i` and the name it joins: `al-Rasheed` (one token), `bin
/// Laden` (two). Not an organisation's article (`al-Qaida`, rule 27's ARTICLE).
fn particle(s: &Sentence, i: usize) -> Option<usize> {
    let t = s.infos.get(i)?;
    if !t.lower_initial {
        return None;
    }
    if s.toks[i].kind == TokenKind::Compound {
        return (s.lex.has_particle_prefix(s.word(i)) && !s.lex.is_article_org(t.lower))
            .then_some(i + 1);
    }
    (s.name_word(i + 1) && s.lex.is_particle(t.lower) && s.lex.title_at(s.infos, i + 1).is_none())
        .then_some(i + 2)
}

/// Rule 27, people: `Osama bin Laden`, `Saud Abdulaziz Saud al-Rasheed`, `bin Laden`.
fn particles(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut i = 0;
    while i < n {
        let Some(mut e) = particle(s, i) else {
            i += 1;
            continue;
        };
        let mut more = 1;
        while more < MAX_PARTICLES
            && let Some(f) = particle(s, e)
        {
            e = f;
            more += 1;
        }
        // The name words before it, after any title or nationality (`President Bashar`,
        // `Saudi`), at most three.
        let mut a = i;
        while a > 0 && s.name_word(a - 1) {
            a -= 1;
        }
        let mut k = a;
        while k < i {
            let skip = s
                .lex
                .title_at(s.infos, k)
                .map(|(h, _)| h.len)
                .or_else(|| s.lex.nationality_at(s.infos, k).map(|h| h.len));
            match skip {
                Some(len) if k + len <= i => {
                    k += len;
                    a = k;
                }
                _ => k += 1,
            }
        }
        let word_particle = s.toks[i].kind != TokenKind::Compound;
        if a == i {
            // No name before: `bin Laden` is a person; `al-Tanf`, `al-Qedra` may be anything.
            if word_particle {
                take(s, spans, i, e, Label::Person);
            }
        } else {
            // A known place before a person's name is where the person is (`Ambassador to
            // Moscow Mohammed al-Badri`).
            if a + 1 < i && s.gazetteer(a, a + 1).is_some() {
                a += 1;
            }
            if i - a <= MAX_BEFORE && s.gazetteer(a, i).is_none() {
                // A body's or a place's noun opening the name (`Jabhat`, `Bab`) says what it is.
                let label = s.lex.opener(s.infos[a].lower).unwrap_or(Label::Person);
                take(s, spans, a, e, label);
            }
        }
        i = e;
    }
}

/// Rule 28: `Small Business` ORG before `Minister Joe Hockey`.
fn portfolios(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    spans.retain(|&(a, b, l)| {
        let portfolio = l == Label::Org
            && b + 1 < n
            && s.infos[b].title
            && s.lex.is_portfolio(s.infos[b].lower)
            && s.lex.title_at(s.infos, b).is_some_and(|(h, _)| h.len == 1)
            && s.infos[b + 1].title
            && (a..b).all(|k| {
                s.infos[k].title
                    && !s.in_capitals(k)
                    && s.gazetteer(k, k + 1).is_none()
                    && s.lex.nationality_at(s.infos, k).is_none()
            });
        !portfolio
    });
}

/// Rule 29: `the Federal Government`, `the Opposition`.
fn descriptions(s: &Sentence, spans: &mut Vec<Local>) {
    let the = WORDS.the;
    spans.retain(|&(a, b, _)| {
        let a = if s.infos[a].lower == the { a + 1 } else { a };
        !(a < b && s.infos[a].title && s.lex.description_at(s.infos, a) == Some(b - a))
    });
}

/// Rule 30: `Batasuna, a political party that campaigns`, `Eta, the outlawed Basque separatist
/// group.`
fn appositions(s: &Sentence, spans: &mut [Local]) {
    let n = s.infos.len();
    let w = &*WORDS;
    let (dets, stops, relatives) = (&w.dets, &w.stops, &w.relatives);
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        let odd = matches!(
            l,
            Label::Person
                | Label::Norp
                | Label::Product
                | Label::WorkOfArt
                | Label::Event
                | Label::Law
                | Label::Language
        );
        if !odd || b - a > MAX_BEFORE || b + 3 >= n || s.word(b) != "," {
            continue;
        }
        if !(s.infos[b + 1].lower_initial && dets.contains(&s.infos[b + 1].lower)) {
            continue;
        }
        // Up to four modifiers (`outlawed Basque separatist`), then the noun.
        let mut k = b + 2;
        while k < n && k < b + 7 && !s.lex.is_org_noun(s.infos[k].lower) {
            let t = &s.infos[k];
            if !matches!(s.toks[k].kind, TokenKind::Word | TokenKind::Compound)
                || stops.contains(&t.lower)
            {
                break;
            }
            k += 1;
        }
        let noun = k < n && s.infos[k].lower_initial && s.lex.is_org_noun(s.infos[k].lower);
        let closed = s.toks.get(k + 1).is_none_or(|t| {
            !matches!(
                t.kind,
                TokenKind::Word | TokenKind::Compound | TokenKind::Possessive | TokenKind::Number
            )
        }) || relatives.contains(&s.infos[k + 1].lower);
        if noun && closed {
            m.2 = Label::Org;
        }
    }
}

/// Rule 31: `2.66 billion Australian dollars`. Run after rule 4, which would tag the
/// nationality again.
pub(super) fn amounts(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let number = |k: usize| s.toks[k].kind == TokenKind::Number;
    spans.retain(|&(a, b, l)| {
        let amount = matches!(l, Label::Gpe | Label::Norp | Label::Loc)
            && b < n
            && s.infos[b].lower_initial
            && s.lex.is_currency(s.infos[b].lower)
            && (a >= 1 && number(a - 1) || a >= 2 && number(a - 2) && s.infos[a - 1].lower_initial);
        !amount
    });
}

/// Rule 32: `Lawal, 30, was first sentenced`: a name before an age between commas is a person's.
fn ages(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for c in 1..n.saturating_sub(2) {
        let age = s.toks[c + 1].kind == TokenKind::Number
            && s.name_word(c - 1)
            && s.word(c) == ","
            && s.word(c + 2) == ","
            && s.word(c + 1)
                .parse::<u32>()
                .is_ok_and(|v| (1..=110).contains(&v));
        if !age {
            continue;
        }
        let mut a = c - 1;
        while a > 0 && c - a < MAX_BEFORE && s.name_word(a - 1) {
            a -= 1;
        }
        // A title opening the run stays out (`Senator Kim Lee, 45,`); a place, a nationality or
        // one common word is no person (`Texas, 25,` in a list of results).
        while a < c && s.lex.title_at(s.infos, a).is_some() {
            a += s.lex.title_at(s.infos, a).map_or(1, |(h, _)| h.len);
        }
        let ok = a < c
            && (a == 0 || !s.name_word(a - 1))
            && s.gazetteer(a, c).is_none()
            && s.lex.country_at(s.infos, a).is_none()
            && !s.nationality(a, c)
            && !(c - a == 1 && s.lex.is_common(s.infos[a].lower))
            && (a..c).all(|k| !s.in_capitals(k) && !s.lex.is_org_head(s.infos[k].lower));
        if !ok {
            continue;
        }
        let over: Vec<usize> = (0..spans.len())
            .filter(|&k| spans[k].0 < c && spans[k].1 > a)
            .collect();
        match over.as_slice() {
            [] => put(s, spans, (a, c, Label::Person)),
            &[k] if spans[k].0 == a
                && spans[k].1 == c
                && !matches!(spans[k].2, Label::Person | Label::Gpe | Label::Loc) =>
            {
                spans[k].2 = Label::Person;
            }
            _ => {}
        }
    }
}

/// Rule 33: `Norwegian ambassador Ove Thorsheim`, read as `Thorsheim`: a capitalised word
/// between a title and a PERSON mention is the name's first word.
fn late_names(s: &Sentence, spans: &mut [Local]) {
    // (Read from the PERSON mentions, which are few, back to a title.)
    for k in 0..spans.len() {
        let (b0, b1, l) = spans[k];
        if l != Label::Person || b0 < 2 || !s.name_word(b0 - 1) {
            continue;
        }
        let j = b0 - 1;
        let Some(t) = (j.saturating_sub(3)..j).find(|&t| {
            s.lex
                .title_at(s.infos, t)
                .is_some_and(|(h, _)| t + h.len == j)
        }) else {
            continue;
        };
        let free = |x: usize| !spans.iter().any(|m| m.0 <= x && m.1 > x);
        // After a capitalised title the word is as often a second title the list lacks (`Deputy
        // Leader`, `Chief Inspector`, `Prosecutor General`): only a given name or a
        // hyphenated one (`Jean-Yves`) is read there; after a lower-case title (`ambassador`,
        // `spokesman`) any word but a common one.
        let first_name = s.infos[j].given
            || s.toks[j].kind == TokenKind::Compound
                && s.word(j)
                    .split('-')
                    .all(|p| p.starts_with(char::is_uppercase))
            || s.infos[t].lower_initial && !s.lex.is_common(s.infos[j].lower);
        // (A full name after it, opening with a given name, has its first name: the word is a
        // title the list lacks, `minister Comptroller Joseph Shapira`.)
        let short = b1 - b0 == 1 || b1 - b0 == 2 && !s.infos[b0].given;
        if first_name
            && short
            && (t..=j).all(free)
            && s.lex.title_at(s.infos, j).is_none()
            && s.gazetteer(j, j + 1).is_none()
            && s.lex.nationality_at(s.infos, j).is_none()
            && !s.lex.is_org_head(s.infos[j].lower)
        {
            spans[k].0 = j;
        }
    }
}

/// Rule 34: `Hillcrest Christian College` FAC → ORG.
fn institutions(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b) = (m.0, m.1);
        if m.2 != Label::Fac || b - a < 2 {
            continue;
        }
        let last = s.infos[b - 1].lower;
        // (Session 18: also two-word heads, `Medical Center`, and an office after a
        // possessive, `Sheriff's Office`, `Sheriff’s Department`.)
        if s.lex.is_institution(last)
            || s.lex.is_institution_pair(s.infos[b - 2].lower, last)
            || b - a >= 3 && s.toks[b - 2].kind == TokenKind::Possessive && s.lex.is_org_head(last)
        {
            m.2 = Label::Org;
        }
    }
}

/// Rule 35: `the Vlava river`, `the river Elbe`.
fn waters(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let from = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Norp,
        Label::Product,
        Label::WorkOfArt,
        Label::Event,
        Label::Fac,
    ];
    for w in 0..n {
        let t = &s.infos[w];
        let named = w > 0 && s.name_word(w - 1) || s.name_word(w + 1);
        if !named || !t.lower_initial || !s.lex.is_water(t.lower) {
            continue;
        }
        // The name before it (`the Vlava river`).
        if w > 0 && s.name_word(w - 1) {
            let mut a = w - 1;
            while a > 0 && w - a < 2 && s.name_word(a - 1) {
                a -= 1;
            }
            if (a == 0 || !s.name_word(a - 1))
                && (a..w).all(|k| s.lex.title_at(s.infos, k).is_none())
                && !s.nationality(a, w)
            {
                super::lists::relabel(s, spans, a, w, Label::Loc, &from);
            }
        }
        // The name after it (`the river Elbe`).
        if s.name_word(w + 1) {
            let e = s.run_end(w + 1);
            if e - (w + 1) <= 2
                && s.infos.get(e).is_none_or(|t| !t.title)
                && (w + 1..e).all(|k| s.lex.title_at(s.infos, k).is_none())
            {
                super::lists::relabel(s, spans, w + 1, e, Label::Loc, &from);
            }
        }
    }
}

/// Rule 36: `Aleppo` NORP → GPE, `Shreveport` WORK_OF_ART → GPE, `departing London` FAC →
/// GPE.
fn place_norps(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, l) = *m;
        let odd = matches!(
            l,
            Label::Norp | Label::WorkOfArt | Label::Law | Label::Event | Label::Language
        );
        // A work's title in quotes stays (the film `"Munich"`).
        let quoted =
            l == Label::WorkOfArt && a > 0 && matches!(s.toks[a - 1].kind, TokenKind::Quote);
        // A FAC away from a street's words (`21st and Cleveland`, `the 1500 block of Euclid`,
        // `on Lincoln`): the place (`departing London for Paris`).
        let street = |k: usize| {
            s.infos.get(k).is_some_and(|t| {
                t.lower == WORDS.of
                    || WORDS.stops[8..10].contains(&t.lower)
                    || t.lower == hash_bytes(b"&")
                    || s.toks[k].kind == TokenKind::Number
            })
        };
        let fac = l == Label::Fac && !(a > 0 && street(a - 1)) && !street(b);
        if !(odd || fac) || quoted || b - a == 1 && s.infos[a].given || s.nationality(a, b) {
            continue;
        }
        if let Some(place) = s.gazetteer(a, b) {
            m.2 = place;
        }
    }
}

/// Rule 37: `September` PERSON, `July` GPE, `Feb` PERSON before a day: no mention.
fn dates(s: &Sentence, spans: &mut Vec<Local>) {
    let may = WORDS.may;
    spans.retain(|&(a, b, l)| {
        let t = &s.infos[a];
        let date = b - a == 1
            && t.title
            && t.lower != may
            && crate::DATE_WORDS.contains(&t.lower)
            && !(l == Label::Person && t.given);
        // A month's short form before a day or an amount (`Feb 26`, wire tables' `Apr 10.0`),
        // `May` too there.
        let short = b - a == 1
            && t.title
            && s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Number)
            && super::forms::MONTHS.contains(&s.word(a).trim_end_matches('.'));
        !date && !short
    });
}

/// Rule 38: `Minister for Health Simon Harris` (`Health Simon Harris` NORP), `Secretary of State`
/// (`State` ORG).
fn portfolios_after(s: &Sentence, spans: &mut Vec<Local>) {
    let (of, for_) = (WORDS.of, WORDS.for_);
    // The title and its `for`/`of` (and `the`) right before the mention.
    let after = |a: usize| {
        let mut p = a;
        if p > 0 && s.infos[p - 1].lower == WORDS.the {
            p -= 1;
        }
        p >= 2
            && matches!(s.infos[p - 1].lower, x if x == of || x == for_)
            && s.infos[p - 1].lower_initial
            && s.infos[p - 2].title
            && s.lex.is_portfolio(s.infos[p - 2].lower)
    };
    if !spans.iter().any(|m| after(m.0)) {
        return;
    }
    let mut out: Vec<Local> = Vec::with_capacity(spans.len());
    for &(a, b, l) in spans.iter() {
        let after = after(a);
        let place = s.gazetteer(a, b).is_some()
            || s.lex.country_at(s.infos, a).is_some()
            || s.nationality(a, b);
        if !after || place || !(a..b).all(|k| s.infos[k].title) {
            out.push((a, b, l));
            continue;
        }
        // A name inside it: from its first given name after the portfolio's first word, or, in
        // a PERSON of three words or more, the last two.
        let name = (a + 1..b)
            .find(|&k| s.infos[k].given && (2..=3).contains(&(b - k)))
            .or_else(|| (l == Label::Person && b - a >= 3).then_some(b - 2));
        if let Some(k) = name {
            out.push((k, b, Label::Person));
        }
    }
    *spans = out;
}
