//! Repairs 17-18: named events and titles of works (issue 17, third round: the rare labels of
//! web pages), each read off a short word list or the quotation marks around a title:
//!
//! 17. A run of two to four capitalised words ending with an event's word (EVENT in
//!     `data/org_heads.tsv`: `Academy Awards`, `World Cup`, `Winter Olympics`, `Vietnam War`,
//!     `World War II`), with a year before it (`2019 American Music Awards`), is one EVENT; so is
//!     a storm's name (STORM: `Hurricane Katrina`, `Tropical Storm Harvey`, `Cyclone Ezani`).
//!     (Session 34.) So is a tournament named `Open` after a nationality, a country or a place
//!     of the gazetteer (`the French Open`, `the Australian Open`, `the Qatar Open`; not `Open`
//!     after any other name), and an edition in figures after `the` is part of an event's name
//!     as a year is (`the 55th Berlin Film Festival`; not `their 18th German Cup`, a count).
//! 18. A title in quotation marks (`"Night of the Living Dead"`, `"Lucy in the Sky"`): three words
//!     or more, capitalised at both ends, at least as many capitalised words as lower-case ones,
//!     no full stop inside, is a WORK_OF_ART; a shorter one is one after a noun of a work (WORK:
//!     `the album "Reputation"`, `the film "Hacksaw Ridge"`), as names of two words in quotes are
//!     as often organisations or slogans (`"Islamic State"`, `"One China"`, `"White Helmets"`).
//!     A known place or a nationality is not, nor, without such a noun, a name the tagger read
//!     over exactly the quoted words as something other than a work, a product, an event or a
//!     law (`"New York Times"` ORG).
//!     Rule 18b (session 34): a capitalised `The` inside a sentence right after a lower-case
//!     noun of a work (`movie The Aviator`, `reality TV show The Osbournes`) opens a title: it
//!     and the one to four name words after it are a WORK_OF_ART (not a place of the gazetteer;
//!     not after `report`, `titled`, `entitled`, which rule 18 reads with quotes).
//!     Rule 18c (session 35): capitalised words right after such a noun, without quotes, are a
//!     title too (`the film Being Julia`, `medical sitcom Scrubs`, `Havoc in Heaven`): see
//!     `cue_titles`; so are they after a two-word cue (session 36b: `starring in Ray`, `a
//!     remake of King Kong`, `her debut feature A Way Of Life`), an article opening them. Rule 17b (session 35): events known by a name without an event word (`Six
//!     Nations`, `Holocaust`, `Grand Slam`; session 36: `Olympics`, `Champions League`, the
//!     adjective `Olympic` before a lower-case word): see `named_events`.
//!
//! 19. A maker's name (MAKER in `data/org_heads.tsv`: `Toyota`, `Volkswagen`, `Boeing`, `Airbus`)
//!     and one to three capitalised words or model codes after it (`Volkswagen Jetta`, `Boeing
//!     737`, `Airbus A350`, `Pontiac Grand Prix`) are one PRODUCT, unless one of them is a
//!     company's word (CORP: `Inc`, `Motors`), an organisation head word, a title, a known place
//!     or a nationality (`Toyota Motor`, `Volkswagen China`, `Airbus CEO`), or a capitalised
//!     word follows. A product line's name (LINE: `MacBook`, `iPad`, `Chromecast`) is a PRODUCT
//!     alone too, and with a model after it (`MacBook Pro`, `iPhone 11 Pro Max`); one that is a
//!     common word capitalised (`Windows`) only inside a sentence and not after a capitalised
//!     word (`Stained Glass Windows`).
//!
//! None overrides a longer mention of the tagger's around the name; mentions inside it go.
//!
//! 99. (Last of all repairs, session 35.) A party named by its members' plural (`the Liberal
//!     Democrats`, `Lib Dems`) is an ORG, `Lib Dem` before a noun a NORP: see `parties`.
//!
//! 89. (Last of all repairs, session 26b.) A language's name read as a nationality (`in Danish.`,
//!     `the French alphabet`): see `languages`.

use reckon_text::TokenKind;

use super::{Local, Sentence, put};
use crate::Label;

/// The longest event name these rules read (capitalised words).
const MAX_EVENT: usize = 4;

/// The longest title in quotes these rules read (tokens).
const MAX_TITLE: usize = 10;

/// Rules 17 to 19, in that order (17b after 17, 18b and 18c after 18).
pub(super) fn works(s: &Sentence, spans: &mut Vec<Local>) {
    events(s, spans);
    named_events(s, spans);
    titles(s, spans);
    the_titles(s, spans);
    cue_titles(s, spans);
    products(s, spans);
}

/// Rule 17b: events known by a name with no event word in it, from general knowledge of news
/// copy (sport, music, history): matched word for word, case and all, so that a common noun
/// (`grand national`, `six nations`) is none. A year before the name is part of it (`the 2005
/// Six Nations`).
const EVENT_NAMES: &[&[&str]] = &[
    &["Six", "Nations"],
    &["Tri", "Nations"],
    &["Grand", "Slam"],
    &["Grand", "National"],
    &["Holocaust"],
    &["Tour", "de", "France"],
    &["Giro", "d'Italia"],
    &["Live", "Aid"],
    &["Live", "8"],
    &["Band", "Aid"],
    &["Great", "Depression"],
    &["March", "Madness"],
    // (Session 36.) The Games and the club competition are events (NOTES-indep3, -indep26).
    &["Olympics"],
    &["Paralympics"],
    &["Champions", "League"],
];

/// The first bytes of the words rule 17b starts a match at: the names of [`EVENT_NAMES`],
/// `Olympic` and `grand` (session 37, speed: most tokens start with none of them).
const EVENT_FIRST_BYTES: [bool; 256] = {
    let mut set = [false; 256];
    let mut k = 0;
    while k < EVENT_NAMES.len() {
        set[EVENT_NAMES[k][0].as_bytes()[0] as usize] = true;
        k += 1;
    }
    set["Olympic".as_bytes()[0] as usize] = true;
    set["grand".as_bytes()[0] as usize] = true;
    set
};

/// Nouns after which a lower-case `grand slam` is a tennis or rugby tournament (`three of the
/// four grand slam titles`, `a grand slam final`), not baseball's hit (`hit a grand slam`).
const SLAM_NOUNS: &[&str] = &[
    "title",
    "titles",
    "final",
    "finals",
    "tournament",
    "tournaments",
    "event",
    "events",
    "champion",
    "champions",
    "crown",
    "crowns",
    "semi-final",
    "quarter-final",
    "match",
    "decider",
];

/// Rule 17b: the names of [`EVENT_NAMES`], and a lower-case `grand slam` before a noun of
/// [`SLAM_NOUNS`], are EVENTs; not in a line in capitals, nor inside a longer name the tagger
/// read (`take` leaves those).
fn named_events(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.toks.len();
    let year = |k: usize| {
        s.toks[k].kind == TokenKind::Number
            && s.word(k).len() == 4
            && (s.word(k).starts_with("19") || s.word(k).starts_with("20"))
    };
    let mut i = 0;
    while i < n {
        // (Session 37, speed: the token's word sliced once and turned away by its first byte
        // when no name of [`EVENT_NAMES`] nor `Olympic` nor `grand` can start there, the names'
        // first words compared before the rest; the same matches.)
        let w = s.bytes(i);
        if !w.first().is_some_and(|&b| EVENT_FIRST_BYTES[b as usize]) {
            i += 1;
            continue;
        }
        let hit = EVENT_NAMES.iter().find(|name| {
            name[0].as_bytes() == w
                && i + name.len() <= n
                && (1..name.len()).all(|d| s.bytes(i + d) == name[d].as_bytes())
                && !s.in_capitals(i)
        });
        let len = match hit {
            Some(name) => {
                // A capitalised word after it makes it part of a longer name (`Grand National
                // Theatre`, `Holocaust Memorial Day`).
                if s.infos.get(i + name.len()).is_some_and(|t| t.title) {
                    i += 1;
                    continue;
                }
                name.len()
            }
            // (Session 36.) The Games' adjective before a lower-case word or a figure is the
            // event (`the Olympic final`, `Olympic champion`, `his Olympic 100m title`);
            // before a capitalised word it opens another name (`International Olympic
            // Committee`, `Olympic Games`, `Olympic Stadium`), left to the tagger and rule 17.
            None if i + 1 < n
                && w == b"Olympic"
                && !s.in_capitals(i)
                && (s.infos[i + 1].lower_initial && s.toks[i + 1].kind == TokenKind::Word
                    || s.toks[i + 1].kind == TokenKind::Number) =>
            {
                1
            }
            None if i + 2 < n
                && w == b"grand"
                && s.word(i + 1) == "slam"
                && SLAM_NOUNS.contains(&s.word(i + 2)) =>
            {
                2
            }
            None => {
                i += 1;
                continue;
            }
        };
        // (Session 36.) A year before the adjective dates the title or the champion, not the
        // name (`Britain's 2012 Olympic champion` -> `Olympic`): a mention of the tagger's over
        // the two is cut to the adjective.
        let adjective = s.word(i) == "Olympic";
        if adjective && i > 0 && year(i - 1) {
            spans.retain(|m| (m.0, m.1) != (i - 1, i + 1));
        }
        // (Session 36.) A year, or a name word before it inside one mention of the tagger's is part of
        // the name (`the Uefa Champions League`, `the Athens Olympics`).
        let a = if i > 0 && year(i - 1) && !adjective
            || i > 0 && s.name_word(i - 1) && spans.iter().any(|m| m.0 == i - 1 && m.1 == i + len)
        {
            i - 1
        } else {
            i
        };
        take(s, spans, a, i + len, Label::Event);
        i += len;
    }
}

/// Nouns of a work that are also verbs (`polls show Labour ahead`, `they play Chelsea`): rule
/// 18c reads a title after them only after a determiner or a modifier of [`SHOW_MODIFIERS`].
/// `single`, an adjective as often, only with quotes (rule 18; `a single Democrat`).
const VERB_CUES: &[&str] = &["show", "play", "book", "series", "episode"];

/// Lower-case words inside a title after a noun of a work (rule 18c).
const TITLE_LINKS: &[&str] = &[
    "of", "the", "in", "to", "with", "on", "a", "an", "from", "for", "at", "and",
];

/// Words before a noun of [`VERB_CUES`] that make it the noun (`the show`, `a TV show`, `his
/// chat show`).
const SHOW_MODIFIERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "new", "latest", "tv", "radio", "chat", "talk",
    "reality", "game", "quiz", "comedy", "cookery", "hit", "debut", "stage", "drama",
];

/// Two words that, as a noun of a work does, open a title (rule 18c, session 36b): an actor's
/// part (`starring in Ray`), a remake (`a remake of King Kong`), a director's first film (`her
/// debut feature Red Road`); not a name with a possessive after it, an author's or a
/// director's (`starred in Hughes' films`, `a remake of Neil Simon's play`).
const PHRASE_CUES: &[(&str, &str)] = &[
    ("starring", "in"),
    ("starred", "in"),
    ("remake", "of"),
    ("debut", "feature"),
];

/// Rule 18c (session 35): capitalised words right after a lower-case noun of a work (WORK
/// in `data/org_heads.tsv`: `the film Being Julia`, `Bruce Willis movie Hostage`, `medical
/// sitcom Scrubs`, `his signature song What'd I Say`) are its title, a WORK_OF_ART, whatever the
/// tagger read, when no capitalised word follows them. Not a place of the gazetteer or a
/// nationality (`the film's Paris premiere` has a possessive; `the series England won` a
/// place), not a title's or an organisation's word, not in capitals, and not a given name with
/// a surname (`the film Tom Hanks made` names a person). `The` after the noun is rule 18b's;
/// `report`, `titled` and `entitled` are rule 18's, with quotes.
fn cue_titles(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    for k in 1..n {
        // (Session 37, speed: both ways below need a name word or an article at `k`; the
        // cues are asked only then.)
        if !(s.name_word(k) || matches!(s.bytes(k), b"The" | b"A" | b"An")) {
            continue;
        }
        let c = k - 1;
        let noun = s.infos[c].lower_initial
            && s.lex.is_work_cue(s.infos[c].lower)
            && !matches!(s.word(c), "report" | "titled" | "entitled" | "single");
        // (Session 36b.) After a phrase of [`PHRASE_CUES`] the title may open with an article
        // (`starring in A Very Long Engagement`, `a remake of The Italian Job`).
        let phrase = c > 0 && PHRASE_CUES.contains(&(s.word(c - 1), s.word(c)));
        let article = phrase && matches!(s.word(k), "The" | "A" | "An") && s.name_word(k + 1);
        if !(noun && s.word(k) != "The" && s.name_word(k) || phrase && (article || s.name_word(k)))
        {
            continue;
        }
        if noun
            && VERB_CUES.contains(&s.word(c))
            && !(c > 0 && SHOW_MODIFIERS.contains(&s.word(c - 1).to_ascii_lowercase().as_str()))
        {
            continue;
        }
        // The title's words: capitalised words, pronouns and other stop words among them
        // (`What'd I Say`, `Georgia On My Mind`), no figures.
        let word = |i: usize| {
            i < n
                && matches!(s.toks[i].kind, TokenKind::Word | TokenKind::Compound)
                && s.infos[i].title
                && !s.word(i).bytes().any(|c| c.is_ascii_digit())
        };
        let mut e = k;
        while word(e) && e - k < MAX_TITLE {
            e += 1;
        }
        // A lower-case function word and more name words go on the title (`Chronicles of the
        // Ghostly Tribe`, `Havoc in Heaven`, `Keeping Up With the Kardashians`), unless what
        // follows is a place, a date or a person (`the film Trolls in London`, `in January`).
        while e < n && e - k < MAX_TITLE && TITLE_LINKS.contains(&s.word(e)) {
            let mut j = e + 1;
            while j < n && TITLE_LINKS.contains(&s.word(j)) && j - e < 2 {
                j += 1;
            }
            let f = s.run_end(j);
            if f == j
                || f - k > MAX_TITLE
                || s.gazetteer(j, f).is_some()
                || s.place_starts(j)
                || s.nationality(j, f)
                || s.given_name(j)
            {
                break;
            }
            e = f;
        }
        if e - k > MAX_TITLE
            || s.infos.get(e).is_some_and(|t| t.title)
            || phrase
                && s.toks
                    .get(e)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
            || !s.name_word(e - 1)
            || s.gazetteer(k, e).is_some()
            || s.nationality(k, e)
            || s.lex.is_org_head(s.infos[e - 1].lower)
            || e - k >= 2 && s.given_name(k)
            || (k..e).any(|i| s.lex.title_at(s.infos, i).is_some() || s.in_capitals(i))
        {
            continue;
        }
        take(s, spans, k, e, Label::WorkOfArt);
    }
}

/// Words of a party's name before its members' plural (`the Liberal Democrats`, `the Social
/// Democrats`, `the Christian Democrats`, `the Free Democrats`): with one, the plural names the
/// party, an ORG (guidelines: a party is an ORG, its members without a name NORP).
const PARTY_QUALIFIERS: &[&str] = &["Liberal", "Social", "Christian", "Free"];

/// Rule 99 (session 35): `Liberal Democrats`, `Social Democrats`, `Christian Democrats`, `Free
/// Democrats` read by the tagger as one NORP are the party, an ORG; `Lib Dems` too. `Lib Dem`
/// before a lower-case word is the party's adjective (`Lib Dem plans`, `Lib Dem foreign affairs
/// spokesman`), a NORP as `Democratic` is, whatever the tagger read (a PERSON).
fn parties(s: &Sentence, spans: &mut [Local]) {
    let n = s.toks.len();
    for m in spans.iter_mut() {
        let (a, b) = (m.0, m.1);
        if b != a + 2 && !(b == a + 3 && s.word(a).eq_ignore_ascii_case("the")) {
            continue;
        }
        let q = b - 2;
        let plural = matches!(s.word(b - 1), "Democrats" | "Republicans");
        let party = m.2 == Label::Norp && plural && PARTY_QUALIFIERS.contains(&s.word(q));
        if party || s.word(q) == "Lib" && s.word(b - 1) == "Dems" {
            m.2 = Label::Org;
        } else if b == a + 2
            && s.word(a) == "Lib"
            && s.word(a + 1) == "Dem"
            && b < n
            && s.infos[b].lower_initial
        {
            m.2 = Label::Norp;
        }
    }
}

/// Rule 18b: `movie The Aviator`, `reality TV show The Osbournes`: a capitalised `The` inside a
/// sentence right after a lower-case noun of a work (WORK) opens the work's title, with the one
/// to four name words after it (none after them, and not a place of the gazetteer).
fn the_titles(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.infos.len();
    // (Session 37, speed: the word's hash turns most tokens away before the string compare.)
    let the = crate::hash::hash_bytes(b"the");
    for k in 1..n.saturating_sub(2) {
        if s.infos[k].lower != the
            || s.word(k) != "The"
            || !s.infos[k - 1].lower_initial
            || !s.lex.is_work_cue(s.infos[k - 1].lower)
            || matches!(s.word(k - 1), "report" | "titled" | "entitled")
            || !s.name_word(k + 1)
        {
            continue;
        }
        let e = s.run_end(k + 1);
        if e - (k + 1) > MAX_EVENT
            || s.gazetteer(k + 1, e).is_some()
            || s.nationality(k + 1, e)
            || (k + 1..e).any(|i| s.lex.title_at(s.infos, i).is_some() || s.in_capitals(i))
        {
            continue;
        }
        take(s, spans, k, e, Label::WorkOfArt);
    }
}

/// Tokens `a..b` become one mention of `label`: mentions inside them go, a mention of exactly
/// them (perhaps with a leading `the`) is relabelled, and nothing changes if a mention reaches
/// outside them.
fn take(s: &Sentence, spans: &mut Vec<Local>, a: usize, b: usize, label: Label) {
    let the = crate::hash::hash_bytes(b"the");
    let with_the = |m: &Local| m.0 + 1 == a && s.infos[m.0].lower == the;
    let over: Vec<usize> = (0..spans.len())
        .filter(|&k| spans[k].0 < b && spans[k].1 > a)
        .collect();
    if over
        .iter()
        .any(|&k| spans[k].1 > b || spans[k].0 < a && !with_the(&spans[k]))
    {
        return;
    }
    match over.as_slice() {
        &[k] if spans[k].1 == b && (spans[k].0 == a || with_the(&spans[k])) => spans[k].2 = label,
        _ => put(s, spans, (a, b, label)),
    }
}

/// Rule 17: `the 2019 American Music Awards`, `World War II`, `Hurricane Katrina`.
fn events(s: &Sentence, spans: &mut Vec<Local>) {
    let infos = s.infos;
    let roman = |w: &str| matches!(w, "I" | "II" | "III" | "IV");
    let year = |k: usize| {
        s.toks[k].kind == TokenKind::Number
            && s.word(k).len() == 4
            && (s.word(k).starts_with("19") || s.word(k).starts_with("20"))
    };
    for (run, e) in s.name_runs() {
        if infos.get(e).is_some_and(|t| t.title) {
            continue;
        }
        // A common word capitalised at a sentence's start is no part of the name (`During
        // World War II`).
        let mut i = run;
        while i + 1 < e && s.lex.is_common(infos[i].lower) {
            i += 1;
        }
        let head = if e - i >= 3 && roman(s.word(e - 1)) {
            e - 2
        } else {
            e - 1
        };
        let event = (2..=MAX_EVENT).contains(&(e - i))
            && (s.lex.is_event_head(infos[head].lower) || open_event(s, i, head))
            && !s.in_capitals(head);
        // `Hurricane Katrina`; `Tropical Storm Harvey`, `Super Typhoon Haiyan`.
        let storm = match e - i {
            2 => s.lex.is_storm(infos[i].lower),
            3 => {
                matches!(s.word(i), "Tropical" | "Super")
                    && (s.lex.is_storm(infos[i + 1].lower) || s.word(i + 1) == "Storm")
            }
            _ => false,
        } && !s.in_capitals(i)
            // an organisation named after storms (`the Hurricane Center`)
            && !s.lex.is_org_head(infos[e - 1].lower);
        if !(event || storm) {
            continue;
        }
        let a = if event && i == run && i > 0 && (year(i - 1) || ordinal(s, i - 1)) {
            i - 1
        } else {
            i
        };
        take(s, spans, a, e, Label::Event);
    }
}

/// Rule 17: a tournament named `Open` after its country or town (`the French Open`, `the
/// Australian Open`, `the US Open`, `the Qatar Open`): tokens `a..head` are a nationality or a
/// place of the gazetteer, and `head` is `Open`. Not `Open` after another name (`Open University`
/// has it first; `Keep Britain Open` no nationality or place alone before it).
fn open_event(s: &Sentence, a: usize, head: usize) -> bool {
    s.word(head) == "Open"
        && (s.nationality(a, head)
            || matches!(s.gazetteer(a, head), Some(Label::Gpe))
            || s.lex
                .country_at(s.infos, a)
                .is_some_and(|h| h.len == head - a))
}

/// Rule 17: an ordinal in figures after `the` before an event (`the 55th Berlin Film Festival`,
/// `the 91st Academy Awards`): the edition, part of the name. After a possessive it counts wins
/// (`their 18th German Cup`) and stays out.
fn ordinal(s: &Sentence, k: usize) -> bool {
    let w = s.word(k);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
        && k > 0
        && s.word(k - 1).eq_ignore_ascii_case("the")
}

/// Rule 18: a title in quotation marks.
fn titles(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.toks.len();
    let quote = |k: usize| s.toks[k].kind == TokenKind::Quote;
    let word = |k: usize| matches!(s.toks[k].kind, TokenKind::Word | TokenKind::Compound);
    let mut i = 0;
    while i < n {
        if !quote(i) {
            i += 1;
            continue;
        }
        let Some(c) = (i + 1..n.min(i + 2 + MAX_TITLE)).find(|&k| quote(k)) else {
            i += 1;
            continue;
        };
        let (a, b) = (i + 1, c);
        i = c + 1;
        if b <= a || !word(a) || !word(b - 1) || !s.infos[a].title || !s.infos[b - 1].title {
            continue;
        }
        let caps = (a..b).filter(|&k| word(k) && s.infos[k].title).count();
        let lower = (a..b).filter(|&k| word(k) && !s.infos[k].title).count();
        let plain = (a..b).all(|k| {
            word(k)
                || s.toks[k].kind == TokenKind::Number
                || matches!(s.word(k), ":" | "," | "-" | "&" | "!" | "?" | "'" | "’")
        });
        // A noun of a work right before the quote, or before a comma before it.
        let q = a - 1;
        let cue = (1..=2).any(|d| {
            q >= d
                && s.infos[q - d].lower_initial
                && s.lex.is_work_cue(s.infos[q - d].lower)
                && (d == 1 || s.word(q - 1) == ",")
        });
        let ok = plain
            && caps >= lower
            && (caps >= 2 && caps + lower >= 3 || cue)
            && !(a..b).filter(|&k| word(k)).all(|k| s.in_capitals(k))
            && s.lex.title_at(s.infos, a).is_none()
            && s.gazetteer(a, b).is_none()
            && !s.nationality(a, b);
        // The tagger's name of exactly these words stays (`"New York Times"` ORG), unless a
        // noun of a work says what it is (`the film "Toni Erdmann"`).
        let the = crate::hash::hash_bytes(b"the");
        let named = spans.iter().any(|m| {
            (m.0 == a || m.0 == a + 1 && s.infos[a].lower == the)
                && m.1 == b
                && !matches!(
                    m.2,
                    Label::WorkOfArt | Label::Product | Label::Event | Label::Law
                )
        });
        if ok && (cue || !named) {
            take(s, spans, a, b, Label::WorkOfArt);
        }
    }
}

/// The longest model name after a maker's these rules read (tokens).
const MAX_MODEL: usize = 3;

/// Rule 19: `Volkswagen Jetta`, `Boeing 737`, `Airbus A350`.
fn products(s: &Sentence, spans: &mut Vec<Local>) {
    let (infos, n) = (s.infos, s.infos.len());
    // A model code: letters and digits (`A350`, `737`, `Q7`, `F-150`), at most eight characters.
    let code = |k: usize| {
        let w = s.word(k);
        w.len() <= 8
            && w.bytes().any(|c| c.is_ascii_digit())
            && w.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
    };
    let mut i = 0;
    while i < n {
        // a maker's name is capitalised (`Dodge`, `iPhone`), not the verb of `dodge Trump`
        // a product line's name (`MacBook`) is a PRODUCT alone too
        // a line named by a common word (`Windows`) only inside a sentence and not after a
        // name word, which would make it part of a longer name (`Stained Glass Windows`)
        let Some(line) = s
            .lex
            .maker(infos[i].lower)
            .filter(|_| s.word(i).bytes().any(|c| c.is_ascii_uppercase()))
            .filter(|_| {
                !s.word(i).starts_with(|c: char| c.is_ascii_uppercase())
                    || !crate::truecase::usually_lower(s.word(i))
                    || i > 0 && !infos[i - 1].title
            })
        else {
            i += 1;
            continue;
        };
        let mut e = i + 1;
        while e < n && e - i <= MAX_MODEL && (s.name_word(e) || code(e)) {
            e += 1;
        }
        let ok = (e > i + 1 || line)
            && !infos.get(e).is_some_and(|t| t.title)
            && (i + 1..e).all(|k| {
                !s.lex.is_corp_word(infos[k].lower)
                    && !s.lex.is_org_head(infos[k].lower)
                    && s.lex.title_at(infos, k).is_none()
                    && s.gazetteer(k, k + 1).is_none()
                    && !s.nationality(k, k + 1)
            })
            && (e == i + 1 || s.gazetteer(i + 1, e).is_none())
            // a place or a facility by its last word (`Dodge County`, `Dodge Street`)
            && !s.lex.is_place_suffix(infos[e - 1].lower)
            && !s.lex.is_fac_head(infos[e - 1].lower);
        if ok {
            take(s, spans, i, e, Label::Product);
        }
        i = e;
    }
}

/// Languages that share their name with a nationality adjective (`data/nationalities.tsv`), from
/// general knowledge of the languages news English names most (issue 17, indep17: web essays).
const LANGUAGES: &[&str] = &[
    "arabic",
    "bengali",
    "cantonese",
    "catalan",
    "chinese",
    "czech",
    "danish",
    "dutch",
    "english",
    "estonian",
    "finnish",
    "french",
    "german",
    "greek",
    "hebrew",
    "hindi",
    "hungarian",
    "icelandic",
    "indonesian",
    "italian",
    "japanese",
    "korean",
    "latvian",
    "lithuanian",
    "malay",
    "mandarin",
    "norwegian",
    "persian",
    "polish",
    "portuguese",
    "romanian",
    "russian",
    "serbian",
    "slovak",
    "spanish",
    "swahili",
    "swedish",
    "tagalog",
    "thai",
    "turkish",
    "ukrainian",
    "urdu",
    "vietnamese",
    "welsh",
];

/// Languages whose name is no people's adjective nor a given name (rule 89 reads them as a
/// LANGUAGE whatever the tagger said), from general knowledge: the tagger reads them as a
/// nationality or a person (`including Hindi` PERSON, `Yiddish, the language of` NORP).
const ONLY_LANGUAGES: &[&str] = &[
    "esperanto",
    "farsi",
    "hindi",
    "pashto",
    "sanskrit",
    "swahili",
    "tagalog",
    "urdu",
    "yiddish",
];

/// 89 (last). A language's name that the tagger or rule 4 read as a nationality (NORP) is a
/// LANGUAGE where only a language fits: before `language`, `alphabet` or `dialect` (`the Danish
/// alphabet has 29 letters`, `in the Danish language`), or as the whole object of `in`/`into`
/// or of a verb of speaking (`The article is in Chinese—here are some quotes`, `a ligature in
/// French, where it appears as œ`, `translated into English by`, `she speaks Arabic.`): a
/// punctuation mark, the sentence's end or a function word follows, not a noun the adjective
/// would qualify (`in Danish politics`, `in French and German media` stay NORP).
fn languages(s: &Sentence, spans: &mut [Local]) {
    let n = s.toks.len();
    let lower = |i: usize| s.word(i).to_ascii_lowercase();
    for m in spans.iter_mut() {
        // A language no people's adjective shares, read alone as anything (`several Indo-Aryan
        // languages, including Hindi`, `Yiddish, the language of our exile`, `the Urdu press`).
        if m.1 == m.0 + 1
            && !matches!(m.2, Label::Language | Label::WorkOfArt)
            && ONLY_LANGUAGES.contains(&lower(m.0).as_str())
        {
            m.2 = Label::Language;
            continue;
        }
        if m.2 != Label::Norp || m.1 != m.0 + 1 || !LANGUAGES.contains(&lower(m.0).as_str()) {
            continue;
        }
        let next = (m.1 < n).then(|| (s.toks[m.1].kind, lower(m.1)));
        // `English as a second language`, `Spanish as a foreign language`: the subject taught.
        let taught = next.as_ref().is_some_and(|(_, w)| w == "as")
            && m.1 + 2 < n
            && matches!(lower(m.1 + 1).as_str(), "a" | "an")
            && (m.1 + 2..(m.1 + 4).min(n)).any(|j| lower(j) == "language");
        let named = taught
            || next
                .as_ref()
                .is_some_and(|(_, w)| matches!(w.as_str(), "language" | "alphabet" | "dialect"));
        let before = if m.0 > 0 {
            lower(m.0 - 1)
        } else {
            String::new()
        };
        let speak = matches!(
            before.as_str(),
            "speak" | "speaks" | "spoke" | "spoken" | "speaking"
        );
        // After a verb of speaking an adverb of manner, a preposition or a conjunction ends the
        // object too (`speak English perfectly`, `spoke Spanish well`, `speak English in
        // class`, `speaks Arabic and French`); after `in` a word in `-ly` may be a noun (`in
        // French family courts`).
        let adverb = |(kind, w): &(TokenKind, String)| {
            *kind == TokenKind::Word
                && (w.len() > 4 && w.ends_with("ly")
                    || matches!(
                        w.as_str(),
                        "well" | "rather" | "and" | "or" | "in" | "at" | "on"
                    ))
        };
        let object = (speak || matches!(before.as_str(), "in" | "into"))
            && next
                .as_ref()
                .is_none_or(|n| crate::link::ends_phrase(n.0, &n.1) || speak && adverb(n));
        if named || object {
            m.2 = Label::Language;
        }
    }
    coordinated_languages(s, spans);
}

/// 89b. Languages listed as one object of `in`/`into` or of a verb of speaking (`a pamphlet, in
/// English and Spanish, suggesting`, `translated into French, German or Italian.`, `she speaks
/// Arabic and French`): every name of the list is a LANGUAGE when the list ends the phrase, as
/// rule 89 reads a single one; before a noun the adjectives stay NORP (`in French and German
/// media`).
fn coordinated_languages(s: &Sentence, spans: &mut [Local]) {
    let n = s.toks.len();
    let lower = |i: usize| s.word(i).to_ascii_lowercase();
    let language = |i: usize| i < n && LANGUAGES.contains(&lower(i).as_str());
    // Gate: a list's first name is a lone NORP or LANGUAGE after the opener.
    let firsts: Vec<usize> = spans
        .iter()
        .filter(|m| matches!(m.2, Label::Norp | Label::Language) && m.1 == m.0 + 1 && m.0 > 0)
        .map(|m| m.0)
        .filter(|&i| {
            matches!(
                lower(i - 1).as_str(),
                "in" | "into" | "speak" | "speaks" | "spoke" | "spoken" | "speaking"
            ) && language(i)
        })
        .collect();
    for i in firsts {
        // The list's names: separated by a comma, `and` or `or` (`, and`).
        let mut names = vec![i];
        let mut j = i + 1;
        loop {
            let mut k = j;
            while k < n && k < j + 2 && matches!(lower(k).as_str(), "," | "and" | "or") {
                k += 1;
            }
            if k == j || !language(k) {
                break;
            }
            names.push(k);
            j = k + 1;
        }
        let ends = j >= n || crate::link::ends_phrase(s.toks[j].kind, &lower(j));
        if names.len() > 1 && ends {
            for m in spans.iter_mut() {
                if m.2 == Label::Norp && m.1 == m.0 + 1 && names.contains(&m.0) {
                    m.2 = Label::Language;
                }
            }
        }
    }
}

/// Rules 89 (languages), 91 (a bill's name: `the Farm Bill`), 92 (a place's residents: `New
/// Yorkers`), 93 (a chamber's party members: `Senate Democrats`) and 99 (a party's plural name:
/// `the Liberal Democrats`), last of the repairs.
pub(super) fn last_rules(s: &Sentence, spans: &mut Vec<Local>) {
    languages(s, spans);
    bills(s, spans);
    super::towns::residents(s, spans);
    party_members(s, spans);
    parties(s, spans);
}

/// 93 (session 29c). A chamber's party members (`Senate Democrats also enjoyed`, `House
/// Republicans voted`, `Senate Republican challengers`): the chamber is an ORG and the party word
/// a NORP (guidelines: a party's members are NORP), where the tagger read the two as one mention
/// of any label, the party word as a PERSON (`Republicans` of `House Republicans`) or dropped it.
/// A party adjective only before a lower-case word (`Senate Democratic Leader Chuck Schumer`
/// stays), and not inside a longer mention (`U.S. House Democrats`).
fn party_members(s: &Sentence, spans: &mut Vec<Local>) {
    let n = s.toks.len();
    // (The word's hash first: `Senate` and `House` are lower-cased to these.)
    let hash = crate::hash::hash_bytes;
    let (senate, house) = (hash(b"senate"), hash(b"house"));
    for i in 0..n.saturating_sub(1) {
        // Gate: a capitalised `Senate` or `House` before a capitalised word.
        let l = s.infos[i].lower;
        if l != senate && l != house
            || !s.infos[i].title
            || !s.infos[i + 1].title
            || !matches!(s.word(i), "Senate" | "House")
        {
            continue;
        }
        let plural = matches!(s.word(i + 1), "Democrats" | "Republicans");
        let adjective = matches!(s.word(i + 1), "Democratic" | "Republican")
            && i + 2 < n
            && s.infos[i + 2].lower_initial;
        let inside = |m: &&Local| m.0 < i + 2 && m.1 > i;
        let fits = |m: &Local| {
            (m.0, m.1) == (i, i + 2) || (m.0, m.1) == (i + 1, i + 2) || (m.0, m.1) == (i, i + 1)
        };
        if !(plural || adjective) || !spans.iter().filter(inside).all(fits) {
            continue;
        }
        let whole = spans.iter().any(|m| (m.0, m.1) == (i, i + 2));
        put(s, spans, (i + 1, i + 2, Label::Norp));
        if whole {
            put(s, spans, (i, i + 1, Label::Org));
        }
    }
}

/// Words that open a nickname or a kinship name before a given name (`Uncle Bill`, `Big Bill`,
/// `Buffalo Bill`), not a law's subject.
const NICKNAME_OPENERS: &[&str] = &[
    "big", "brother", "buffalo", "cousin", "dear", "kill", "little", "old", "poor", "sweet",
    "uncle", "wild", "young",
];

/// 91 (last). A law's head word `Bill` read as the given name: a capitalised common noun or a
/// body's head before it, no surname after it, is a bill's name (`the 1996 Farm Bill`, `the
/// Finance Bill 2024`, `the Senate Bill`, `the Online Safety Bill`); the tagger reads `Bill`
/// alone as a PERSON or the whole as one. A title, a given name or a nickname's opener before it
/// keeps the person (`Uncle Bill`, `President Bill Clinton`).
fn bills(s: &Sentence, spans: &mut [Local]) {
    let n = s.toks.len();
    let subject = |i: usize| {
        let w = s.word(i);
        s.toks[i].kind == TokenKind::Word
            && s.infos[i].title
            && !s.in_capitals(i)
            && (crate::truecase::usually_lower(w) || s.lex.is_org_head(s.infos[i].lower))
            && !NICKNAME_OPENERS.contains(&w.to_ascii_lowercase().as_str())
            && s.lex.title_at(s.infos, i).is_none()
            && !s.given_name(i)
    };
    for k in 0..spans.len() {
        let (a, b, l) = spans[k];
        if l != Label::Person || s.word(b - 1) != "Bill" {
            continue;
        }
        // No surname after it (`Bill Clinton` read from the middle).
        if b < n && s.toks[b].kind == TokenKind::Word && s.infos[b].title {
            continue;
        }
        let mut start = a;
        if b - a == 1 {
            while start > 0 && subject(start - 1) && spans.iter().all(|m| m.1 != start) {
                start -= 1;
            }
        }
        if start == b - 1 || !(start..b - 1).all(subject) {
            continue;
        }
        // The run is not a sentence's first word alone (`Farm` capitalised only there).
        if start == 0 && b - 1 - start == 1 && b - a == 1 {
            continue;
        }
        spans[k] = (start, b, Label::Law);
    }
}
