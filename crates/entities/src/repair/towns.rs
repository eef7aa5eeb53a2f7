//! Repairs 70-71 (issue 17, session 22): a town named only by what is said about it in local
//! news, before its police or its residents. Written from the GPE misses pooled over the
//! development batches of US local news (`gva`, eight batches), where small towns the gazetteer
//! does not know are left untagged or read as a person; the nouns come from general knowledge
//! (RESIDENT in `data/town_cues.tsv`), no names.
//!
//! 70. One to three name words right before a lower-case `police` (`Erie police said`,
//!     `Bethlehem police are investigating`), untagged or read as a PERSON or LOC, are a GPE: a
//!     town's police. Not an ORG of the tagger's (`Hamas police`), a common word (`Military
//!     police`, `Transit police`), a title, a nationality or a word in capitals; not before
//!     `officers` or `detectives`, which any body has (`Intelligence officers`, `Northwest
//!     District detectives`).
//! 71. `a`/`an`, perhaps an age (`a 66-year-old`), one or two name words and a lower-case
//!     RESIDENT noun (`a Waverly man`, `a Fairview home`), untagged or read as a PERSON or ORG,
//!     are a GPE (a LOC stays: `a Southern California home`). Not after `the` (`the Smith
//!     home` is a family's), nor a compound (`an African-American man`), and with the same
//!     exceptions as rule 70 (`a Catholic woman` is a NORP).
//! 79. (Session 23, from the GPE misses pooled over all development batches and unannotated
//!     local and BBC news, where spaCy reads them right.) One to three name words after a
//!     lower-case `in` that end the clause (a full stop, a comma, a semicolon, a bracket, the
//!     sentence's end, a weekday or month, or `where`): `was shot in Englewood Friday night`,
//!     `Police in Rock Hill have charged` is not (a verb follows), `a home in New Britain.`,
//!     `Hospital in Park Ridge, where`. Untagged or read as a PERSON, an ORG, a NORP or an EVENT
//!     (`a shooting in Duncan.` NORP, `in Winter Haven.` EVENT), they are a GPE; not with an
//!     event's head word (`in World War II.`).
//!     Not a common or lower-case word, a title, a word in capitals, an organisation's head word
//!     (`in Congress.`, `in Parliament,`), a company or team of the lists, a nationality or a
//!     month alone (`in March.`), a facility's head word (`in Trump Tower.`), a language or a
//!     word of faith (NOTIN in `data/town_cues.tsv`: `in Arabic.`, `in God.`); a name the
//!     gazetteer knows as something other than a GPE stays (`in Europe.`).
//! 81. (Session 24, from the GPE misses pooled over all development batches: well-known places the
//!     tagger left untagged, `towards the Queensland coast`, `"Out of Johannesburg and`, `"Wales
//!     and its local authorities`, `north of Paris, where`.) A state, a province or a large city
//!     of the REGION lines of `data/place_cues.tsv` (written from general knowledge), untagged and
//!     standing alone (no capitalised word next to it), is a GPE, as rule 63 reads a country; not
//!     an institution's (`University of Queensland`), and a given name (`Paris`, `Sydney`,
//!     `Georgia`) only right after a lower-case preposition of place (`north of Paris`, `flew to
//!     Sydney`).
//! 87. (Session 25, from gva-dev's local pages and the news corpus read against spaCy: `a west
//!     Charlotte bar` ORG, `southern Davao` and `eastern Laos` PERSON, `the southern Maldives`
//!     ORG.) A place of the gazetteer right after a lower-case compass word (`west`,
//!     `southeast`, `northern`), read as a PERSON or an ORG, is a GPE: no person or body is
//!     written with one before it.
//! 88. (Session 26, from the GPE misses pooled over the development batches of local news and
//!     the news corpus: `Millie Tracer of Skokie.`, `Terrell Lockett of Cheektowaga was
//!     treated`, `Odell Hallmon, of McCarley,`, `Diane Sands of Missoula, who`, `Judith Permar,
//!     56, of Mount Carmel, went`.) Rule 20 (`local.rs`) reads a residence after a full name
//!     only when the tagger read it as a PERSON or the gazetteer knows it; this one also takes
//!     a town the gazetteer lacks, left untagged or read as a PERSON or LOC, when the name ends
//!     its clause: a person named with a given name and a surname, perhaps a comma or an age
//!     between commas, a lower-case `of`, then one to three name words before punctuation or a
//!     lower-case word. Not a word rule 79 leaves out (a company or team of the lists, an
//!     organisation's head word: `of Brackwood Council`), nor a name the gazetteer knows as
//!     something other than a GPE; an ORG of the tagger's stays (`Tim Cook of Apple`). On the
//!     news corpus 9 of 11 are towns (`Flightglobal` and `Amnesty` are not). The person before
//!     the `of` is found as rule 20 finds it (`local::resident_before`, session 27).
//!     (Session 29, from the news corpus and local news read against spaCy: `Tom Carper of
//!     Delaware,`, `Kurt Eichenwald of Dallas,`, `Doan Thi Huong of Vietnam`, `Chris Perez of
//!     Allentown,` read as an ORG; `Braxton Bourda of Larose.` as a NORP, `Marcus Edwards of
//!     Wetumpka` as a PRODUCT.) An ORG that the gazetteer knows whole as a GPE is the residence
//!     too (the tagger learnt `of` + ORG from affiliations), and so is a NORP (no nationality)
//!     or a PRODUCT.

use std::sync::LazyLock;

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;
use crate::hash::{WordSet, hash_bytes};

/// The longest town name these rules read (tokens).
const MAX_TOWN: usize = 3;

/// RESIDENT nouns of `data/town_cues.tsv` and `a`, `an`, hashed once.
struct Cues {
    resident: WordSet,
    articles: [u64; 2],
    police: u64,
    in_: u64,
    of: u64,
    where_: u64,
    not_in: WordSet,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let (mut resident, mut not_in) = (WordSet::default(), WordSet::default());
    for line in include_str!("../../data/town_cues.tsv").lines() {
        match line.split_once('\t') {
            Some(("RESIDENT", w)) => resident.add(hash_bytes(w.trim().as_bytes())),
            Some(("NOTIN", w)) => not_in.add(hash_bytes(w.trim().to_lowercase().as_bytes())),
            _ => {}
        }
    }
    Cues {
        resident,
        articles: ["a", "an"].map(|w| hash_bytes(w.as_bytes())),
        police: hash_bytes(b"police"),
        in_: hash_bytes(b"in"),
        of: hash_bytes(b"of"),
        where_: hash_bytes(b"where"),
        not_in,
    }
});

/// Rules 70 and 71: `Erie police said`, `a Waverly man`.
pub(super) fn town_forms(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let c = &*CUES;
    for (mut a, e) in s.name_runs() {
        if e >= n || !s.infos[e].lower_initial {
            continue;
        }
        // A sentence's capitalised `A` opens the run (`A Waverly man`), or is all of it (`A
        // police investigation`).
        if c.articles.contains(&s.infos[a].lower) {
            a += 1;
            if a == e {
                continue;
            }
        }
        let noun = s.infos[e].lower;
        let police = noun == c.police;
        let resident = !police && c.resident.contains(&noun);
        if !police && !resident {
            continue;
        }
        // Rule 71: `a`/`an`, perhaps an age (`66-year-old`), right before the name.
        let mut b = a;
        if resident {
            let age = |i: usize| {
                s.toks[i].kind != TokenKind::Word && s.word(i).ends_with("-old")
                    || s.word(i).ends_with("-year-old")
            };
            if b > 0 && age(b - 1) {
                b -= 1;
            }
            if b == 0 || !c.articles.contains(&s.infos[b - 1].lower) || e - a > 2 {
                continue;
            }
        }
        if e - a > MAX_TOWN
            || no_town(s, a, e, |i| {
                resident && s.toks[i].kind == TokenKind::Compound
            })
        {
            continue;
        }
        make_town(s, spans, a, e, |l| match l {
            Label::Person => true,
            // A region is a LOC before a home (`a Southern California home`).
            Label::Loc => police,
            Label::Org => resident,
            _ => false,
        });
    }
}

/// True if tokens `a..e` are no town's name for rules 70, 71 and 79: a common or lower-case word,
/// a title, a word in capitals, an organisation's head word, a word `extra` excludes (the rule's
/// own), or a nationality.
fn no_town(s: &Sentence, a: usize, e: usize, extra: impl Fn(usize) -> bool) -> bool {
    (a..e).any(|i| {
        s.lex.is_common(s.infos[i].lower)
            || crate::truecase::usually_lower(s.word(i))
            || extra(i)
            || s.lex.title_at(s.infos, i).is_some()
            || s.in_capitals(i)
            || s.lex.is_org_head(s.infos[i].lower)
    }) || s.nationality(a, e)
}

/// Makes tokens `a..e` a GPE: put in if no mention overlaps them, relabelled if one mention is
/// exactly them and `relabel` accepts its label; left alone otherwise.
fn make_town(
    s: &Sentence,
    spans: &mut Vec<Local>,
    a: usize,
    e: usize,
    relabel: impl Fn(Label) -> bool,
) {
    let over: Vec<usize> = (0..spans.len())
        .filter(|&k| spans[k].0 < e && spans[k].1 > a)
        .collect();
    match over.as_slice() {
        [] => put(s, spans, (a, e, Label::Gpe)),
        &[k] if spans[k].0 == a && spans[k].1 == e && relabel(spans[k].2) => {
            spans[k].2 = Label::Gpe;
        }
        _ => {}
    }
}

/// Rule 79: `was shot in Englewood Friday night`, `a home in New Britain.`; then rule 88.
pub(super) fn clause_end_towns(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let c = &*CUES;
    for (a, e) in s.name_runs() {
        // The cheap tests first: a lower-case `in` before the run, a clause's end after it.
        if a == 0
            || s.infos[a - 1].lower != c.in_
            || !s.infos[a - 1].lower_initial
            || e - a > MAX_TOWN
        {
            continue;
        }
        let ends = e == n
            || matches!(s.word(e), "." | "," | ";" | ")" | ":")
            || s.date_word(e)
            || s.infos[e].lower == c.where_;
        if !ends || no_clause_town(s, a, e) {
            continue;
        }
        make_town(s, spans, a, e, |l| {
            matches!(l, Label::Person | Label::Org | Label::Norp | Label::Event)
        });
    }
    people_of_towns(s, spans);
}

/// True if tokens `a..e` are no town's name for rules 79 and 88: [`no_town`] with the words of
/// companies, teams, facilities, events and NOTIN, or a month alone (`in March.`), or a name the
/// gazetteer knows as something other than a GPE (`in Europe.`).
fn no_clause_town(s: &Sentence, a: usize, e: usize) -> bool {
    let c = &*CUES;
    no_town(s, a, e, |i| {
        let w = s.infos[i].lower;
        s.lex.is_company(w)
            || s.lex.is_team(w)
            || s.lex.is_fac_head(w)
            || s.lex.is_event_head(w)
            || c.not_in.contains(&w)
    }) || e - a == 1 && s.month(a)
        || s.gazetteer(a, e).is_some_and(|l| l != Label::Gpe)
}

/// Rule 88: `Millie Tracer of Skokie.`, `Odell Hallmon, of McCarley,`.
fn people_of_towns(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let c = &*CUES;
    for of in 1..n {
        // The cheap tests first: a lower-case `of` after a PERSON of two words or more opening
        // with a given name, perhaps a comma or an age between commas (rule 20's shape). (A
        // town put in comes after its person: the mentions before it keep their places.)
        if s.infos[of].lower != c.of || !s.infos[of].lower_initial {
            continue;
        }
        let Some((p, _)) = super::local::resident_before(s, spans, of).person else {
            continue;
        };
        if !s.given_name(p) {
            continue;
        }
        let a = of + 1;
        let e = s.run_end(a);
        if e == a || e - a > MAX_TOWN {
            continue;
        }
        let ends = e == n
            || matches!(s.word(e), "." | "," | ";" | ")")
            // (A lower-case word only in a sentence closed by a stop: a headline in title case
            // is read truecased, `Merritt Island Found With` lowered after `Merritt`.)
            || s.toks[e].kind == TokenKind::Word
                && s.infos[e].lower_initial
                && matches!(s.word(n - 1), "." | "!" | "?" | "\"" | "”" | "'" | "’");
        if !ends || no_clause_town(s, a, e) {
            continue;
        }
        // (Session 29) A place the gazetteer knows read as an ORG is the person's residence too
        // (`Harry Reid of Nevada,`, `Chris Perez of Allentown,`); a company stays (`Tim Cook of
        // Apple`), as does any ORG the gazetteer does not know as a GPE.
        let known_place = || s.gazetteer(a, e) == Some(Label::Gpe);
        make_town(s, spans, a, e, |l| match l {
            Label::Person | Label::Loc | Label::Norp | Label::Product => true,
            Label::Org => known_place(),
            _ => false,
        });
    }
}

/// Rule 81: `towards the Queensland coast`, `"Wales and its local authorities`, `north of Paris`.
pub(super) fn untagged_places(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    let mut i = 0;
    while i < n {
        let t = &s.infos[i];
        let Some(h) = t.title.then(|| s.lex.region_at(s.infos, i)).flatten() else {
            i += 1;
            continue;
        };
        let e = i + h.len;
        let alone = (i == 0 || !s.infos[i - 1].title) && s.infos.get(e).is_none_or(|t| !t.title);
        let owned = i >= 2 && matches!(s.word(i - 1), "of" | "for") && s.infos[i - 2].title;
        let place_prep = i > 0
            && matches!(
                s.word(i - 1),
                "in" | "of" | "to" | "from" | "near" | "outside" | "across" | "around" | "into"
            );
        let given = e == i + 1 && t.given && !place_prep;
        if alone && !owned && !given && !spans.iter().any(|m| m.0 < e && m.1 > i) {
            put(s, spans, (i, e, Label::Gpe));
        }
        i = e;
    }
    compass_places(s, spans);
}

/// Rule 87: the compass words before a place.
pub(super) const COMPASS: [&str; 16] = [
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Rule 87 (after rule 81): `a west Charlotte bar` (`Charlotte` ORG) → GPE.
fn compass_places(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, label) = *m;
        if a == 0
            || b - a > 3
            || !matches!(label, Label::Person | Label::Org)
            || !COMPASS.contains(&s.word(a - 1))
        {
            continue;
        }
        if s.gazetteer(a, b) == Some(Label::Gpe) {
            m.2 = Label::Gpe;
        }
    }
}

/// Endings that make a place's name its residents' (`New York` + `ers`, `Long Island` + `ers`,
/// `West Virginia` + `ns`, `New Jersey` + `ans`, `South Carolin(a)` + `ians`, `New Mexic(o)` +
/// `ans`), from general knowledge of English, with the letter the ending replaces.
const RESIDENT_ENDINGS: &[(&str, &str)] = &[
    ("ers", ""),
    ("ans", ""),
    ("ns", ""),
    ("ians", "a"),
    ("ans", "o"),
];

/// 92 (session 29c). The plural of a place of several words turned into its residents (`To buy
/// tokens, New Yorkers must`, `Long Islanders`, `West Virginians`, `New Jerseyans`), read as an
/// ORG, a PERSON or a place, is a NORP: its words less the ending are a place the gazetteer knows
/// (a GPE or a LOC), and the whole is none (`Fort Myers`). One word alone is left (`Sanders`,
/// `Flanders`): a surname may end so too.
pub(super) fn residents(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let last = m.1.wrapping_sub(1);
        // Gate: a plural of two to four words.
        if m.2 == Label::Norp
            || !(2..=4).contains(&(m.1 - m.0))
            || s.toks[last].kind != TokenKind::Word
            || !s.word(last).ends_with('s')
            || !s.infos[last].title
            || s.gazetteer(m.0, m.1).is_some()
        {
            continue;
        }
        let word = s.word(last).to_ascii_lowercase();
        let mut lowers: Vec<u64> = s.infos[m.0..last].iter().map(|t| t.lower).collect();
        let resident = RESIDENT_ENDINGS.iter().any(|&(end, back)| {
            let Some(stem) = word.strip_suffix(end).filter(|w| w.len() > 2) else {
                return false;
            };
            lowers.push(hash_bytes(format!("{stem}{back}").as_bytes()));
            let place = crate::builtin_gazetteer().place(&lowers);
            lowers.pop();
            matches!(place, Some(Label::Gpe | Label::Loc))
        });
        if resident {
            m.2 = Label::Norp;
        }
    }
}
