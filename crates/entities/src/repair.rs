//! Repairs of the tagger's output in one sentence, from the title, nationality, organisation
//! head and place cue lexicons (`data/titles.tsv`, `data/nationalities.tsv`,
//! `data/org_heads.tsv`, `data/place_cues.tsv`). Each repair is a general reading of news
//! syntax that the greedy tagger gets wrong often enough to matter:
//!
//! 0. A known place name of several words (gazetteer) that the tagger cut into pieces is one
//!    mention with the gazetteer's label (`United` LANGUAGE + `States President …` → `United
//!    States` GPE + `President …`; `Trinidad` LANGUAGE + `Tobago` GPE → `Trinidad and Tobago`,
//!    session 33), unless a mention starts before it.
//! 1. A title inside a mention splits it: `United States President Donald Trump` is a GPE, a
//!    title and a PERSON (OntoNotes leaves titles outside names); a PERSON mention that starts
//!    with a title loses it (`President Donald Trump` → `Donald Trump`), and one that ends with a
//!    title keeps only the words before it (`Israeli Prime Minister` → `Israeli` NORP). 1b: words
//!    usually in lower case before the title are no mention (`Traffic Judge George T. Smith`).
//! 2. After a title, a short capitalised name is a PERSON: the tagger's other label for it is
//!    replaced (`President Trump` tagged ORG), and an untagged one is tagged.
//! 3. After an organisation's possessive, an untagged two- or three-word capitalised name is a
//!    PERSON (`Al Jazeera’s Nour Odeh`).
//! 4. A nationality adjective standing alone is NORP (`Qatari and Egyptian mediators`), whatever
//!    the tagger said, unless it called it a LANGUAGE or it is part of a longer name.
//! 5. (Applied first.) A PERSON mention never spans `and`: `Faye Dunaway and Warren Beatty` is two
//!    PERSONs.
//! 6. (After 1.) Organisation head words (`data/org_heads.tsv`): a capitalised run ending with one
//!    (`Khan Younis Relief Committee`), or one followed by `of`/`for` and a name (`Ministry of
//!    Health`), is one ORG, whatever the tagger cut or called it, unless it read exactly those
//!    words as a place (`West Bank`).
//! 7. (After 6.) Places (`data/place_cues.tsv`): a run starting with a place prefix (`Porto
//!    Malangue`, `Mount Carmel`) is a GPE or LOC; a short name after a place cue (`the town of`,
//!    `near`, `in`) that the tagger left untagged or read as a PERSON is a GPE.

use reckon_text::{Token, TokenKind};

mod adjectives;
mod bodies;
mod business;
mod chambers;
mod clubs;
mod firms;
mod forms;
mod lists;
mod local;
mod pages;
mod people;
mod rosters;
mod teams;
mod towns;
mod web;
mod wire;
mod works;

use crate::Label;
use crate::lexicon::Lexicon;
use crate::summary::TokenInfo;
pub(crate) use forms::gazetteer_label;
use forms::put;

/// A mention inside one sentence: tokens `a..b` (sentence-relative).
pub(crate) type Local = (usize, usize, Label);

/// The longest name after a title or a possessive that these rules tag (tokens).
const MAX_NAME: usize = 3;

struct Sentence<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    infos: &'a [TokenInfo],
    toks: &'a [Token],
    /// [`Sentence::name_word`] of each token, computed once: every rule scans the sentence for
    /// name words.
    names: Vec<bool>,
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

    /// A capitalised word that never continues a name before it: a STOP word (`data/titles.tsv`:
    /// weekdays, months, pronouns) other than an organisation's or a facility's head word
    /// (`Wayne County Thursday`, but `Wayne County Court`).
    fn date_word(&self, i: usize) -> bool {
        let t = &self.infos[i];
        self.lex.is_stop(t) && !self.lex.is_org_head(t.lower) && !self.lex.is_fac_head(t.lower)
    }

    /// Token `i` is a place of the gazetteer or the first word of one (`Dublin`, `New` of `New
    /// York`).
    fn place_starts(&self, i: usize) -> bool {
        let g = self.infos[i].gaz;
        g != 0
            && matches!((g - 1) % 4, 0 | 3)
            && Label::ALL[((g - 1) / 4) as usize] != Label::Person
    }

    /// A word of a name: capitalised, not a stop word (organisation head words excepted: they
    /// are STOP words after titles), without digits, and not an adjective built on a name
    /// (`US-backed`, `Beijing-based`).
    fn name_word(&self, i: usize) -> bool {
        self.names.get(i).copied().unwrap_or(false)
    }

    /// [`Sentence::name_word`], computed.
    fn compute_name_word(&self, i: usize) -> bool {
        let cap = self
            .toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Compound))
            && self.infos[i].title
            && (!self.lex.is_stop(&self.infos[i]) || self.lex.is_org_head(self.infos[i].lower));
        cap && {
            let t = self.toks[i].span;
            let w = &self.text[t.start as usize..t.end as usize];
            !w.bytes().any(|c| c.is_ascii_digit())
                && !w
                    .rsplit_once('-')
                    .is_some_and(|(_, r)| r.starts_with(|c: char| c.is_lowercase()))
        }
    }

    /// The end of the run of name words starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        let mut e = i;
        while e < self.infos.len() && self.name_word(e) {
            e += 1;
        }
        e
    }

    /// The maximal runs of name words, `(start, end)` in text order. A rule that reads past a
    /// run's end skips the runs starting before where it stopped.
    fn name_runs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            i += self.names[i.min(self.names.len())..]
                .iter()
                .take_while(|&&w| !w)
                .count();
            (i < self.names.len()).then(|| {
                let a = i;
                i = self.run_end(a);
                (a, i)
            })
        })
    }

    /// Token `i` is a given name of the gazetteer (`Elizabeth`, `Judith`).
    fn given_name(&self, i: usize) -> bool {
        self.infos[i].given
    }

    /// The gazetteer label of exactly tokens `a..b`, if the gazetteer tagged them as one place
    /// name (its given names, PERSON entries, are features only).
    fn gazetteer(&self, a: usize, b: usize) -> Option<Label> {
        gazetteer_label(self.infos, a, b)
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
    let mut s = Sentence {
        lex,
        text,
        infos,
        toks,
        names: Vec::new(),
    };
    s.names = (0..infos.len())
        .map(|i| infos[i].title && s.compute_name_word(i))
        .collect();
    let n = infos.len();
    let slice =
        |a: usize, b: usize| &text[toks[a].span.start as usize..toks[b - 1].span.end as usize];

    // 60. A name never runs on over a comma (`Ministry of International Trade and Industry,
    // MITI`, `Garges-les-Gonesse, north of Paris`), but a work's title.
    business::comma_cuts(&s, spans);

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
            // (Lower-case words inside capitalised ends too: `Trinidad and Tobago`, session 33.)
            let cut = !over.is_empty()
                && infos[a].title
                && infos[b - 1].title
                && (a..b).all(|k| infos[k].title || infos[k].lower_initial)
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
        let and = crate::hash::hash_bytes(b"and");
        let amp = crate::hash::hash_bytes(b"&");
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

    // 24 (after 5). A sentence's first word in or before a PERSON (`Both Johnson`, `Tre` +
    // `Harbison`), before the rules that read names (`A Twitter` → `Twitter`); 92 `While U.S.`.
    if !all_caps && n > 1 {
        web::sentence_start(&s, spans, &alias_label);
        // 26. Names fused with a title's tail or after a place (`State Mike Pompeo`).
        web::fused(&s, spans);
    }

    // 1. Titles inside mentions.
    if !all_caps {
        let mut out = Vec::with_capacity(spans.len());
        for &(a, b, label) in spans.iter() {
            let split = (a..b).find_map(|t| {
                let (hit, _) = lex.title_at(infos, t)?;
                let k = t + hit.len;
                let name_ok =
                    k < b && b - k <= MAX_NAME + 1 && (k..b).all(|i| s.name_after_title(i, k, b));
                // A PERSON ending in a title holds no name there (`Israeli Prime Minister`,
                // closed before `Naftali Bennett`): the title goes, the words before it stay.
                let titled_end = k == b && label == Label::Person;
                // A title opening a mention of another kind is part of its name (`Queen Mary
                // University`, `Prime Minister's Office`), unless a given name and at most two
                // more words follow, or one word that is no place, not ending in an organisation's
                // head word (`Queen Elizabeth` read as a ship's name, `Justice Charleton` as an
                // ORG, `Miss Susan Ann Vieth` as a GPE: PERSONs).
                let titled_person = t == a
                    && name_ok
                    && (b - k <= 3 && (s.given_name(k) || s.courtesy(t))
                        || b - k == 1 && s.gazetteer(k, b).is_none() && !s.nationality(k, b))
                    && !lex.is_org_head(infos[b - 1].lower);
                (infos[t].title
                    && (name_ok && (t > a || label == Label::Person)
                        || titled_end
                        || titled_person))
                    .then_some((t, k))
            });
            let Some((t, k)) = split else {
                out.push((a, b, label));
                continue;
            };
            // The words before the title: a country, a nationality or an organisation.
            let mut pa = a;
            if pa < t && infos[pa].lower == crate::hash::hash_bytes(b"the") {
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
                } else if label == Label::Person
                    && lex.is_org_head(infos[pb - 1].lower)
                    && (pa..pb).all(|i| s.name_word(i))
                {
                    // 1c. A body's name before its member's title (`state Supreme Court Justice
                    // Bertram Katz`, `Police Department Spokesman`): the body is an ORG.
                    Some(Label::Org)
                } else {
                    (label != Label::Person).then_some(label)
                };
                if let Some(l) = prefix.filter(|_| !s.qualifier(pa, pb)) {
                    // 1c: the body's name takes the name words before the tagger's mention that
                    // no other mention holds (`Senate Foreign Relations` + `Committee Chairman
                    // Bob Corker`, `US` + `District Court Judge Derrick Watson`).
                    let mut pa = pa;
                    let body = l == Label::Org && label == Label::Person;
                    if body && pa == a {
                        while pa > 0
                            && s.name_word(pa - 1)
                            && !spans.iter().any(|m| m.0 < pa && m.1 >= pa)
                        {
                            pa -= 1;
                        }
                        pa = chambers::body_start(&s, spans, &out, pa);
                        out.retain(|m| !(m.0 >= pa && m.1 <= pb));
                    }
                    out.push((pa, pb, l));
                }
            }
            if k < b {
                out.push((k, b, Label::Person));
            }
        }
        *spans = out;
        people::glued_nationalities(&s, spans); // 98: `American Taylor Dent` → NORP + PERSON.
    }

    // 6. Organisation head words; 7. place prefixes and place cues; 8-10. facilities, datelines,
    // teams. Rules 6-14 read names: a sentence without a name word has nothing for them.
    if !all_caps && s.names.contains(&true) {
        orgs(&s, spans);
        places(&s, spans);
        forms::news_forms(&s, spans);
        lists::list_forms(&s, spans);
        works::works(&s, spans);
        local::local_forms(&s, spans);
        web::web_forms(&s, spans);
    }
    if !all_caps {
        // 27-30, 32-38. Newswire: particles, portfolios, descriptions, appositions, ages, first
        // names after titles, institutions, waters, places read as NORPs, lone dates.
        wire::wire_forms(&s, spans);
        // 39-41. Companies' suffixes, channel numbers, teams before a player's position.
        bodies::bodies(&s, spans);
        // 58. A name after a noun of an organisation (`state oil company Pemex`); 61. tickers.
        business::named_after_noun(&s, spans);
        // 64. A company named before its shares or holders (`Liebert shareholders`).
        business::security_holders(&s, spans);
        // 67. A company named with a possessive (`Heinl's Nursery Inc`).
        business::possessive_companies(&s, spans);
        // 68. A surname opening a sentence before a person's predicate (`Kinchen was charged`).
        people::person_predicates(&s, spans);
        // 69. A place standing for its team after a result's phrase (`drawing with Norway`).
        teams::result_teams(&s, spans);
        // 74. A place before a plural verb or `, who` is a side, as are two around a fixture.
        teams::plural_sides(&s, spans);
        // 84. A club named by its town read as a place (`Leicester City`, `Manchester United`).
        clubs::place_clubs(&s, spans);
        // 75. A team sheet or another list of surnames is a list of people (`Replacements: Hale`).
        rosters::rosters(&s, spans);
        // 70-71. A town before its police or its residents (`Erie police`, `a Waverly man`).
        towns::town_forms(&s, spans);
        // 79. A town ending its clause after `in` (`shot in Englewood Friday`); 88. of a person.
        towns::clause_end_towns(&s, spans);
        // 72. No person of common words alone (`Negligent Homicide`); 90. `Ryan Giggs` ORG.
        people::names_of_people(&s, spans);
        // 80. A name given an age (`20-year-old Austin Tyler`, `Joss Stone, a 17-year-old`).
        people::aged_people(&s, spans);
        // 73. A one-word PERSON in company news is a company (`Ropak said ... the shares`).
        firms::one_word_companies(&s, spans);
        // 76. An unknown place after a phrase of ownership is a company (`a stake in Absa`).
        firms::owned_companies(&s, spans);
        // 97. Names listed with a known company are companies (`Audi and Mercedes Benz`).
        firms::listed_companies(&s, spans);
        // 62. `the London market` ORG; 63. an untagged country.
        business::market_places(&s, spans);
        business::untagged_countries(&s, spans);
        // 81. An untagged state, province or large city (`towards the Queensland coast`); 87. a
        // place after a lower-case compass word (`a west Charlotte bar`).
        towns::untagged_places(&s, spans);
        if n > 0 && text[toks[0].span.start as usize..toks[n - 1].span.end as usize].contains('>') {
            business::tickers(&s, spans);
        }
        // 43. Untagged acronyms of the alias table (`U.N.`); 52-56. pages' forms; 92 again.
        bodies::known_acronyms(&s, spans, &alias_label);
        pages::page_forms(&s, spans, &alias_label);
        web::clause_openers(&s, spans, &alias_label);
        // A title read as a name of its own is no mention: before a name (`Sheriff` EVENT in
        // `former Sheriff Stanley Glanz`) rule 2 reads the name after it; at a sentence's end
        // (`Mr.` PRODUCT, where the segmenter cut `Mr.` from its name) it names no one.
        spans.retain(|&(a, b, _)| lex.title_at(infos, a).is_none_or(|(h, _)| a + h.len != b));
        // Nor is the end of a title of several words (`Exchequer` FAC of `Chancellor of the
        // Exchequer`).
        spans.retain(|&(a, b, _)| {
            a == 0
                || !infos[a - 1].lower_initial
                || !(a.saturating_sub(3)..a)
                    .any(|x| lex.title_at(infos, x).is_some_and(|(h, _)| x + h.len >= b))
        });
        // A common lower-case word alone is no name (`Specifically`, `Cases` at a sentence
        // start, `Video` in a headline), unless it is a given name or in capitals (`US`).
        spans.retain(|&(a, b, _)| {
            b != a + 1 || infos[a].given || !lex.is_common(infos[a].lower) || s.in_capitals(a)
        });
        // 42. Nor a word of 4+ capitals (`UPDATE:`); 42b. nor common words so (`READ MORE`).
        bodies::common_in_capitals(&s, spans);
        // 47. Nor a police noun (`Detectives said`), 63b. a country in an amount (`3 U.S. dlrs`),
        // 96. an adjective of government before a common noun (`Federal prosecutors`).
        bodies::police_nouns(&s, spans);
        business::money_countries(&s, spans);
        adjectives::government_adjectives(&s, spans);
        // An initial or a street's `St.` cut from its name (`E.`, `W.`, `St.` PRODUCT), a time
        // of day (`PM`) and `OK` (a GPE only as a state after a place: rule 12) are no names.
        spans.retain(|&(a, b, l)| {
            b != a + 1
                || match s.word(a) {
                    "St." | "PM" | "AM" => false,
                    "OK" => l == Label::Gpe,
                    _ => !s.initial(a),
                }
        });
    } else {
        // 59. A company in a headline in capitals (`ROBERTSON CORP SETS QUARTERLY DIVIDEND`).
        business::headline_companies(&s, spans);
        // 61, 65. Tickers and the names before them (`ROPAK <ROPK> HAS`).
        if n > 0 && text[toks[0].span.start as usize..toks[n - 1].span.end as usize].contains('>') {
            business::tickers(&s, spans);
        }
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
                        // A title inside it stays outside the name (`Mr Justice Charleton`).
                        let mut a2 = a;
                        while let Some((hit, _)) =
                            lex.title_at(infos, a2).filter(|(h, _)| a2 + h.len < b)
                        {
                            a2 += hit.len;
                        }
                        *m = (a2, b, Label::Person);
                    }
                    // A name the tagger closed early after a title (`Chief Ryan` + `Spurling`)
                    // takes the capitalised words that follow, up to the longest name read here.
                    if m.2 == Label::Person {
                        let (a, mut b) = (m.0, m.1);
                        while b < n
                            && b - a < MAX_NAME
                            && !covered[b]
                            && s.cap_word(b)
                            && lex.title_at(infos, b).is_none()
                        {
                            b += 1;
                        }
                        if b > m.1 && !infos.get(b).is_some_and(|t| t.title) {
                            covered[m.1..b].iter_mut().for_each(|c| *c = true);
                            m.1 = b;
                        }
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
    let the = crate::hash::hash_bytes(b"the");
    let and = crate::hash::hash_bytes(b"and");
    let mut i = 0;
    while i < n {
        // (A compass word and a nationality are one adjective: `West Australian`.)
        let compass = || {
            (lex.is_compass(infos[i].lower) && infos.get(i + 1).is_some_and(|t| t.title))
                .then(|| lex.nationality_at(infos, i + 1))
                .flatten()
                .map(|h| h.len + 1)
        };
        let Some(len) = infos[i]
            .title
            .then(|| compass().or_else(|| lex.nationality_at(infos, i).map(|h| h.len)))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let e = i + len;
        // (A portfolio's title after it is no name either: `West German Economics Minister`,
        // `Saudi Oil Minister`, `British Trade and Industry Secretary`.)
        let portfolio = || {
            let mut k = e;
            while k < n.min(e + 4) && (s.cap_word(k) || infos[k].lower == and) {
                if k > e && infos[k].title && lex.is_portfolio(infos[k].lower) {
                    return true;
                }
                k += 1;
            }
            false
        };
        let next_cap = e < n
            && s.cap_word(e)
            && !covered[e]
            && lex.title_at(infos, e).is_none()
            && !portfolio();
        if !next_cap {
            if (i..e).all(|k| !covered[k]) {
                added.push((i, e, Label::Norp));
            } else if let Some(m) = spans.iter_mut().find(|m| {
                // (Also with a leading `the`: `the Zimbabwean` ORG of `the Zimbabwean
                // opposition`.)
                (m.0 == i || m.0 + 1 == i && infos[m.0].lower == the) && m.1 == e
            }) {
                if !matches!(m.2, Label::Norp | Label::Language) {
                    *m = (i, e, Label::Norp);
                }
            } else if e - i >= 2
                && spans
                    .iter()
                    .all(|m| m.1 <= i || m.0 >= e || m.0 >= i && m.1 <= e)
                && added.iter().all(|m| m.1 <= i || m.0 >= e)
            {
                // A piece of an adjective of several words read alone (`American` of `Latin
                // American` at a sentence's start): the whole adjective.
                spans.retain(|m| m.1 <= i || m.0 >= e);
                added.push((i, e, Label::Norp));
            }
        }
        i = e;
    }

    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|m| m.0);
    }
    // 31 (last). A nationality inside an amount (`2.66 billion Australian dollars`); 89, 91, 92.
    if !all_caps {
        wire::amounts(&s, spans);
        works::last_rules(&s, spans);
    }
    // 78. A common noun's acronym, a unit or a time zone alone is no name (`an SUV`, `2115 GMT`,
    // `gross domestic product (GDP)`), but in brackets right after an ORG opening with its first
    // letter, whose short form it is (`Amnesty International (AI)`; not `the World Bank (PDF)`).
    let short_form = |a: usize, b: usize, spans: &[Local]| {
        a > 1
            && b < n
            && s.word(a - 1) == "("
            && s.word(b) == ")"
            && spans.iter().any(|m| {
                let first = if s.word(m.0).eq_ignore_ascii_case("the") && m.0 + 1 < m.1 {
                    m.0 + 1
                } else {
                    m.0
                };
                m.1 == a - 1
                    && m.2 == Label::Org
                    && s.word(first).chars().next() == s.word(a).chars().next()
            })
    };
    let acronym = |&(a, b, _): &Local| b == a + 1 && lex.is_common_acronym(s.word(a));
    if spans.iter().any(acronym) {
        let keep: Vec<bool> = spans
            .iter()
            .map(|m| !acronym(m) || short_form(m.0, m.1, spans))
            .collect();
        let mut k = 0;
        spans.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }
}

/// Rule 6: a run of name words that ends with an organisation head word (`Khan Younis Relief
/// Committee`), or a head word followed by `of`/`for` (and `the`) and a name (`Ministry of
/// Health`, `Committee for the Protection of Journalists`), is one ORG. A leading `The` stays out.
fn orgs(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    let the = crate::hash::hash_bytes(b"the");
    let of = crate::hash::hash_bytes(b"of");
    let for_ = crate::hash::hash_bytes(b"for");
    let on = crate::hash::hash_bytes(b"on");
    let and = crate::hash::hash_bytes(b"and");
    let mut next = 0;
    for (i, e) in s.name_runs() {
        if i < next {
            continue;
        }
        let mut e = forms::through_fac_head(s, e);
        let mut a = i;
        if infos[a].lower == the {
            a += 1;
        }
        // A head word in capitals is a headline's or a shout's, not a name's.
        let caps = |k: usize| {
            let t = s.toks[k].span;
            !s.text[t.start as usize..t.end as usize]
                .bytes()
                .any(|c| c.is_ascii_lowercase())
        };
        if a >= e || !s.lex.is_org_head(infos[e - 1].lower) || caps(e - 1) {
            continue;
        }
        // (An institution's head word names no place: a GPE the tagger read over the name is
        // the institution, `Ohio State University`, `the Northern Ireland Affairs Committee`.)
        let institution = s.lex.is_placeless_head(infos[e - 1].lower);
        // An office's possessive before the head belongs to the name (`the Volusia County
        // Sheriff's Office`, `the District Attorney's Office`).
        // So does a plural noun's (OWNER: `the Children's Hospital of Pennsylvania`), after
        // which the name is still a bare head word's for a place after `of`.
        let (mut bare, mut owned) = (false, false);
        if a >= 2 && s.toks[a - 1].kind == crate::TokenKind::Possessive {
            let p = a - 1;
            let titled = (p.saturating_sub(2)..p).any(|x| {
                s.lex
                    .title_at(infos, x)
                    .is_some_and(|(h, _)| x + h.len == p)
            });
            let owner = s.lex.is_owner(infos[p - 1].lower);
            if (titled || owner) && s.name_word(p - 1) {
                bare = owner && e == a + 1 && (p - 1 == 0 || !s.name_word(p - 2));
                owned = owner;
                a = p - 1;
                while a > 0 && s.name_word(a - 1) {
                    a -= 1;
                }
                if infos[a].lower == the {
                    a += 1;
                }
            }
        }
        // `X and Y Head` is one name (`Securities and Exchange Commission`, `Food and Drug
        // Administration`) when X is one word of its own: not an acronym or a head word (`FBI
        // and Justice Department`, `Columbia University and Harvard Law School` are two), not
        // inside an `of` name (`Institute of Politics and Public Service`), no place; and the
        // name after `and` does not stand alone.
        if a == i && a >= 2 && infos[a - 1].lower == and && s.name_word(a - 2) {
            let x = a - 2;
            let before = |l: u64| x > 0 && infos[x - 1].lower == l;
            if (x == 0 || !s.name_word(x - 1))
                && !before(of)
                && !before(for_)
                && !s.in_capitals(x)
                && !s.lex.is_org_head(infos[x].lower)
                && s.gazetteer(x, x + 1).is_none()
                // Nor when the second name stands alone: it opens with a place or a head word
                // (`Gardai and Dublin Fire Brigade`, `Price and Office of Management`; `Bain
                // and Company` is one; so is `Securities and Exchange Commission`, two head
                // words after `and`).
                && !(e - a >= 2 && s.place_starts(a)
                    || s.lex.is_org_head(infos[a].lower)
                        && !(e == a + 2 && s.lex.is_org_head(infos[a + 1].lower))
                        && (e - a >= 2 || infos.get(e).is_some_and(|t| t.lower == of)))
                && e - x <= 6
            {
                a = x;
            }
        }
        let mut b = (e - a >= 2).then_some(e);
        // `of`/`for` (`the`) and a name, `of` and a name again; `on` and a name after a
        // deliberating body's head word (95: `the Commission on Government Integrity`, `the
        // Council on Foreign Relations`), not a place (`the Committee on Capitol Hill`).
        let deliberates = s.lex.is_on_head(infos[e - 1].lower);
        let mut hops = 0;
        while hops < 2 && e < n && infos[e].lower_initial {
            let l = infos[e].lower;
            let on_name = l == on && hops == 0 && deliberates;
            if !(l == of || (l == for_ && hops == 0) || on_name) {
                break;
            }
            let mut j = e + 1;
            if j < n && infos[j].lower == the {
                j += 1;
            }
            let f = s.run_end(j);
            // A known place after a name of its own is where the organisation is, not part of
            // its name (`the Freedom Party of Austria`, `the European Council of the UK`);
            // after a bare head word it is (`Bank of England`).
            if f == j
                || (b.is_some() && !bare && s.gazetteer(j, f).is_some())
                || (on_name
                    && (s.gazetteer(j, f).is_some()
                        || s.month(j)
                        || s.word(j).ends_with("ing")
                        || spans.iter().any(|m| m.0 == j)
                        || s.place_starts(j)
                        || s.lex.is_fac_head(infos[f - 1].lower)
                        || s.lex.place_end(infos[f - 1].lower).is_some()))
            {
                break;
            }
            b = Some(f);
            e = f;
            hops += 1;
        }
        // `and` and one or two words of a common noun's after an `of` name are the name's (`the
        // Department of Trade and Industry`, `the Organisation for Economic Cooperation and
        // Development`), not another name (`Bank of England and Bundesbank`).
        if hops > 0 && e + 1 < n && infos[e].lower == and && s.name_word(e + 1) {
            let f = s.run_end(e + 1);
            let word = |i: usize| {
                let t = s.toks[i].span;
                &s.text[t.start as usize..t.end as usize]
            };
            // (Or one word after a common noun's: `the Academy of Motion Picture Arts and
            // Sciences`, `the Institute of Physics and Mathematics`.)
            let pair =
                f == e + 2 && !s.in_capitals(e + 1) && crate::truecase::usually_lower(word(e - 1));
            if f - (e + 1) <= 2
                && infos.get(f).is_none_or(|t| !t.title && t.lower != of)
                && (crate::truecase::usually_lower(word(e + 1)) || pair)
                && !s.lex.is_org_head(infos[e + 1].lower)
                && !s.place_starts(e + 1)
            {
                b = Some(f);
                e = f;
            }
        }
        if let Some(b) = b {
            // The tagger's mention of the same name, perhaps with a leading `the` (spaCy's
            // habit, learnt from its labels), takes the label unless the tagger read a place or
            // a facility (`West Bank`); an ORG it read around the name (`the China Iron and
            // Steel Industry Association`) stays.
            let with_the = |m: &Local| m.0 + 1 == a && infos[m.0].lower == the;
            if let Some(m) = spans
                .iter_mut()
                .find(|m| (m.0 == a || with_the(m)) && m.1 == b)
            {
                // (A name with a plural's possessive is no place: `The People's Liberation
                // Army` FAC.)
                // (A head word's `of` name is no place: `The Bank of Japan` LOC, datelined.)
                let of_name = hops > 0 && matches!(m.2, Label::Gpe | Label::Loc);
                let institution = institution && m.2 == Label::Gpe;
                if owned
                    || of_name
                    || institution
                    || !matches!(m.2, Label::Gpe | Label::Loc | Label::Fac)
                {
                    m.2 = Label::Org;
                }
            } else if !spans
                .iter()
                .any(|m| m.2 == Label::Org && m.0 <= a && m.1 >= b)
            {
                let a = chambers::chamber_start(s, spans, a, b);
                put(s, spans, (a, b, Label::Org));
            }
        }
        next = e;
    }
}

/// Rule 7: a run of two to four name words starting with a place prefix (`Porto Malangue`,
/// `Mount Carmel`) is a place, unless the gazetteer knows it or the tagger read it as a place; a
/// short name right after a place cue (`the town of`) that the tagger left untagged or read as a
/// PERSON is a GPE.
fn places(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    // (`area` names a town's part or a region: a LOC before it stays, `the Tri-State area`.)
    let area = crate::hash::hash_bytes(b"area");
    let mut i = 0;
    while i < n {
        if infos[i].title {
            let e = s.run_end(i);
            if let Some(label) = s.lex.place_prefix(infos[i].lower).filter(|_| e > i) {
                let inside = spans
                    .iter()
                    .all(|m| m.1 <= i || m.0 >= e || (m.0 >= i && m.1 <= e));
                let kept = spans
                    .iter()
                    .any(|m| m.0 == i && m.1 == e && matches!(m.2, Label::Gpe | Label::Loc));
                // The gazetteer knows single words such as `Porto`; a name of several words it
                // knows (`San Francisco`) is left to it.
                let known = infos[i..e]
                    .iter()
                    .any(|t| t.gaz != 0 && (t.gaz - 1) % 4 != 3);
                if (2..=4).contains(&(e - i))
                    && !known
                    && !s.lex.is_org_head(infos[e - 1].lower)
                    && inside
                    && !kept
                {
                    put(s, spans, (i, e, label));
                }
            } else if let Some(label) = (2..=3)
                .contains(&(e - i))
                .then(|| s.lex.place_end(infos[e - 1].lower))
                .flatten()
                .filter(|_| !infos.get(e).is_some_and(|t| t.title) || s.date_word(e))
            {
                // `Pierce County`, `Yuba County`: untagged or read as a PERSON, ORG or LOC
                // (perhaps with a leading `the`: `the Cook County medical examiner`).
                let the = crate::hash::hash_bytes(b"the");
                let over: Vec<usize> = (0..spans.len())
                    .filter(|&k| spans[k].0 < e && spans[k].1 > i)
                    .collect();
                // A given name before a water's or a landform's word is a person's (`Eli Lake`,
                // `Frank Ocean`), unless the tagger read a place or the word is a plural
                // (`Rocky Mountains`).
                let person =
                    label == Label::Loc && s.given_name(i) && !s.word(e - 1).ends_with('s');
                match over.as_slice() {
                    [] if !person => put(s, spans, (i, e, label)),
                    // Also a mention of the name without its end (`McDowell` PERSON before
                    // `County`).
                    &[k] if !(person && spans[k].2 == Label::Person)
                        && (spans[k].0 == i
                            || spans[k].0 + 1 == i && infos[spans[k].0].lower == the)
                        && spans[k].1 <= e
                        && (matches!(spans[k].2, Label::Person | Label::Org | Label::Loc)
                            // Exactly the name read as a work (`Wayne County` WORK_OF_ART), or
                            // a town before a landform's end (`Topaz` of `Topaz Mountains`).
                            || lists::grows_to_place(spans[k], e, label)) =>
                    {
                        spans[k].1 = e;
                        spans[k].2 = label;
                    }
                    _ => {}
                }
            } else if e > i
                && e - i <= MAX_NAME
                && e < n
                && infos[e].lower_initial
                && s.lex.is_place_suffix(infos[e].lower)
                && (i..e).all(|k| s.lex.title_at(infos, k).is_none())
                // (Nor one word in capitals or usually in lower case: `the VIP area`,
                // `Rejuvenated area` opening a headline.)
                && !(e == i + 1
                    && (s.in_capitals(i) || crate::truecase::usually_lower(s.word(i))))
                && s.gazetteer(i, e).is_none()
                && !s.nationality(i, e)
            {
                // A name before an administrative noun (`Rakhine state`, `Central Kasai
                // province`): untagged, or read as a PERSON, ORG or LOC, it is a GPE. Read
                // with the noun inside (`Cassuaro province` GPE), the noun goes outside, as in
                // the gold guidelines.
                let over: Vec<usize> = (0..spans.len())
                    .filter(|&k| spans[k].0 < e && spans[k].1 > i)
                    .collect();
                match over.as_slice() {
                    [] => put(s, spans, (i, e, Label::Gpe)),
                    &[k] if spans[k].0 == i
                        && (spans[k].1 == e || spans[k].1 == e + 1)
                        && matches!(
                            spans[k].2,
                            Label::Person | Label::Org | Label::Loc | Label::Gpe
                        )
                        && !(spans[k].2 == Label::Loc && infos[e].lower == area) =>
                    {
                        spans[k] = (i, e, Label::Gpe);
                    }
                    _ => {}
                }
            }
            i = e.max(i + 1);
            continue;
        }
        // A cue is looked up only where a capitalised word follows within three tokens.
        let before_cap =
            infos[i].lower_initial && infos[i + 1..n.min(i + 4)].iter().any(|t| t.title);
        let of = crate::hash::hash_bytes(b"of");
        let Some((len, any)) = before_cap.then(|| s.lex.place_cue_at(infos, i)).flatten() else {
            i += 1;
            continue;
        };
        let j = i + len;
        let e = s.run_end(j);
        let ok = e > j
            && e - j <= MAX_NAME
            && !infos.get(e).is_some_and(|t| t.title)
            && s.toks
                .get(e)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
            && (j..e).all(|k| s.lex.title_at(infos, k).is_none())
            && s.gazetteer(j, e).is_none()
            && !s.nationality(j, e)
            && !s.lex.is_not_place(infos[j].lower);
        if ok {
            let over: Vec<usize> = (0..spans.len())
                .filter(|&k| spans[k].0 < e && spans[k].1 > j)
                .collect();
            match over.as_slice() {
                [] if any => put(s, spans, (j, e, Label::Gpe)),
                // After `the town of`, `province of`… an ORG reading is wrong too (`the
                // low-lying town of Vila Tembuene`); after `near`, `outside` it may be right.
                &[k] if spans[k].0 == j
                    && spans[k].1 == e
                    && (spans[k].2 == Label::Person
                        || spans[k].2 == Label::Org && any && infos[j - 1].lower == of) =>
                {
                    spans[k].2 = Label::Gpe;
                }
                _ => {}
            }
        }
        i = j;
    }
}
