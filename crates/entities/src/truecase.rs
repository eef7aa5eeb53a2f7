//! Truecasing (issue 17): the view of a text the tagger reads, in which each sentence that
//! carries no case information (all capitals, as in a headline, all lower case, as in a post
//! typed on a phone, or a headline in title case) is rewritten with every word in its usual
//! casing (`TRUMP MEETS NATO CHIEFS IN NEW YORK` → `Trump meets NATO chiefs in New York`).
//!
//! The usual casings are `data/truecase.txt` (built by `train/truecase.py` from the training
//! text): each word seen three times or more, in its most frequent form away from a sentence
//! start (`the`, `Trump`, `NATO`, `McDonald`, `U.S.`), then the pairs of words whose usual form
//! is not that of their two words (`New York`, `told us` against `US`), then given names and
//! places of the gazetteer that neither list has (`Natasha`). Only ASCII letters
//! change case, so the view has the text's length and every byte offset, token and sentence of
//! the text stays valid in it: mentions found in the view are reported with the original
//! text's spans and surfaces. Sentences with case information are left as written, and a text
//! without a caseless sentence is not copied.

use std::borrow::Cow;
use std::cmp::Ordering;

use reckon_text::Segmented;

// `WORDS` and `PAIRS`: the forms of `data/truecase.txt`, each list sorted by its lower-case bytes,
// one form a key (the file's first); written by `build.rs`, so nothing is parsed at run time.
include!(concat!(env!("OUT_DIR"), "/truecase_table.rs"));

/// The usual form of words and pairs of words, each list sorted by the lower-case bytes of its
/// forms.
struct Table {
    words: &'static [&'static str],
    pairs: &'static [&'static str],
}

static TABLE: Table = Table {
    words: WORDS,
    pairs: PAIRS,
};

/// The form in `list` whose lower-case bytes are `key` (lower case), by binary search.
fn form_of(list: &[&'static str], key: &[u8]) -> Option<&'static str> {
    let cmp = |f: &&str| -> Ordering {
        f.bytes()
            .map(|b| b.to_ascii_lowercase())
            .cmp(key.iter().copied())
    };
    list.binary_search_by(cmp).ok().map(|k| list[k])
}

/// True if the word's usual form (`data/truecase.txt`) is in lower case (`Steel`, `Aviation`,
/// `General`); false for a word the table does not know or knows capitalised.
pub(crate) fn usually_lower(word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.len() > buf.len() {
        return false;
    }
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    form_of(TABLE.words, key).is_some_and(|f| f.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// What a caseless sentence lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caseless {
    /// Written in capitals: no lower-case letter (or under one in ten of the letters).
    Upper,
    /// Written in lower case from its first letter on, with at most one capital in twenty
    /// letters (`i met Trump` keeps its capital).
    Lower,
    /// A headline in title case: four words or more with a capital, and no word of four
    /// letters or more in lower case (short function words may be: `Man Shot in the Head`).
    Title,
}

/// Whether sentence `s` is caseless: one pass over its bytes (non-ASCII letters are not
/// counted). A sentence in capitals needs eight capitals or more; one in lower case has to
/// start with a lower-case letter (running text starts a sentence with a capital, digits and
/// quotes aside) and hold twelve lower-case letters or more; one in title case, see
/// [`Caseless::Title`] (the view then also needs most of its capitals to be words usually
/// written in lower case, [`truecase`]).
fn caseless(s: &[u8]) -> Option<Caseless> {
    let first = s.iter().position(|b| b.is_ascii_alphabetic())?;
    let (mut upper, mut lower) = (0usize, 0usize);
    if s[first].is_ascii_uppercase() {
        // Still possibly title case, and the number of capitalised words so far.
        let (mut title, mut capitals) = (true, 0usize);
        for (k, &c) in s.iter().enumerate().skip(first) {
            upper += c.is_ascii_uppercase() as usize;
            lower += c.is_ascii_lowercase() as usize;
            if title && word_start(s, k) {
                if c.is_ascii_uppercase() {
                    capitals += 1;
                } else if s[k..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count()
                    >= 4
                {
                    title = false;
                }
            }
            // Settled once the lower-case letters seen outnumber a tenth of every capital the
            // sentence could still hold (most sentences of running text within a few words).
            if !title && lower * 10 >= upper + (s.len() - k) {
                return None;
            }
        }
        if upper >= 8 && lower * 10 < upper {
            return Some(Caseless::Upper);
        }
        (title && capitals >= 4 && lower > 0).then_some(Caseless::Title)
    } else {
        // A sentence opening in lower case with a letter: the first token starts with it.
        if first != 0 {
            return None;
        }
        for &c in s {
            upper += c.is_ascii_uppercase() as usize;
            lower += c.is_ascii_lowercase() as usize;
        }
        (lower >= 12 && upper * 20 < lower).then_some(Caseless::Lower)
    }
}

/// Whether byte `k` of `s`, an ASCII letter, starts a word: the sentence's first byte, or after
/// an ASCII byte that is no letter, digit or apostrophe (not the `s` of `Trump’s`).
fn word_start(s: &[u8], k: usize) -> bool {
    s[k].is_ascii_alphabetic()
        && (k == 0
            || (s[k - 1].is_ascii() && !s[k - 1].is_ascii_alphanumeric() && s[k - 1] != b'\''))
}

/// The text the tagger reads: `text` with each caseless sentence of `seg` truecased (module
/// documentation). Borrowed when no sentence is caseless; the same length and the same
/// characters up to ASCII case otherwise.
///
/// A caseless sentence that shares its line with a sentence written in mixed case is left as
/// written: there the text around it has case, and the capitals are emphasis (a shouted quote,
/// a sign-off `-- CONCERNED SISTER`, a ticker line `HD THE HOME DEPOT INC.`), not a text that
/// lost its case.
pub(crate) fn view<'t>(text: &'t str, seg: &Segmented) -> Cow<'t, str> {
    let bytes = text.as_bytes();
    let span = |i: usize| {
        let s = seg.sentences[i].span;
        s.start as usize..s.end as usize
    };
    let mut out: Option<Vec<u8>> = None;
    for i in 0..seg.sentences.len() {
        let r = span(i);
        let Some(kind) = caseless(&bytes[r.clone()]) else {
            continue;
        };
        // The neighbour `j` is on the same line and has case.
        let cased_beside = |j: usize| {
            let (x, y) = (span(j.min(i)).end, span(j.max(i)).start);
            !bytes[x..y].contains(&b'\n') && has_case(&bytes[span(j)])
        };
        if (i > 0 && cased_beside(i - 1)) || (i + 1 < seg.sentences.len() && cased_beside(i + 1)) {
            continue;
        }
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        truecase(&text[r.clone()], kind, &TABLE, &mut buf[r]);
    }
    match out {
        None => Cow::Borrowed(text),
        Some(v) => Cow::Owned(String::from_utf8(v).expect("ASCII case changes keep UTF-8")),
    }
}

/// Whether sentence `s` is written in mixed case: not caseless, with a capital and a lower-case
/// letter.
fn has_case(s: &[u8]) -> bool {
    caseless(s).is_none()
        && s.iter().any(u8::is_ascii_uppercase)
        && s.iter().any(u8::is_ascii_lowercase)
}

/// A word of a sentence: initials with their dots (`U.S.`) or a run of ASCII letters that no
/// other letter or digit touches (`TRUMP` of `TRUMP’S`; not `JOS` of `JOSÉ`).
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// The words of `s`, in order.
fn words(s: &str) -> Vec<Word> {
    let b = s.as_bytes();
    let glued = |k: usize| -> bool {
        // The character starting at byte k (or ending before it, `back`) is a letter or digit.
        s[k..].chars().next().is_some_and(|c| c.is_alphanumeric())
    };
    let glued_back = |k: usize| -> bool {
        s[..k]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < b.len() {
        if !b[k].is_ascii_alphabetic() || (k > 0 && glued_back(k)) {
            k += s[k..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        // Initials: a letter and a dot, twice or more.
        let mut e = k;
        while e + 1 < b.len() && b[e].is_ascii_alphabetic() && b[e + 1] == b'.' {
            e += 2;
        }
        if e - k >= 4 && !(e < b.len() && b[e].is_ascii_alphabetic()) {
            out.push(Word { start: k, end: e });
            k = e;
            continue;
        }
        let mut e = k;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        if e == b.len() || !glued(e) {
            out.push(Word { start: k, end: e });
        }
        k = e;
    }
    out
}

/// Writes the truecased sentence `s` (caseless as `kind`) into `out` (a copy of `s`). A
/// sentence in title case is truecased only when three or more, and more than half, of its
/// capitalised words (the first word and single letters aside) are usually written in lower
/// case (`Confirms`, `After`); a list of names (`Donald Trump, Mike Pence and Paul Ryan`) or a
/// line of names with common-noun heads (`Photo: Knox County Sheriff's Office`) is left as
/// written.
fn truecase(s: &str, kind: Caseless, table: &Table, out: &mut [u8]) {
    let b = s.as_bytes();
    let ws = words(s);
    // A word the view may recase: one with no letter in the case the sentence lacks; in title
    // case a capitalised word after the first.
    let open = |w: Word| match kind {
        Caseless::Upper => !b[w.start..w.end].iter().any(u8::is_ascii_lowercase),
        Caseless::Lower => !b[w.start..w.end].iter().any(u8::is_ascii_uppercase),
        Caseless::Title => {
            w.start > 0
                && w.end - w.start > 1
                && b[w.start].is_ascii_uppercase()
                && !b[w.start + 1..w.end].iter().any(u8::is_ascii_uppercase)
        }
    };
    // Title case: the capitalised words the view may recase, and those it writes in lower case.
    let mut capitals = 0usize;
    let mut lowered = 0usize;
    let mut key = Vec::with_capacity(32);
    let mut lookup = |list: &[&'static str], a: usize, e: usize| {
        key.clear();
        key.extend(b[a..e].iter().map(u8::to_ascii_lowercase));
        form_of(list, &key)
    };
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        if !open(w) {
            i += 1;
            continue;
        }
        capitals += 1;
        // Two words one space apart with a usual form of their own (`New York`).
        if let Some(&n) = ws.get(i + 1)
            && n.start == w.end + 1
            && b[w.end] == b' '
            && open(n)
            && let Some(form) = lookup(table.pairs, w.start, n.end)
        {
            capitals += 1;
            lowered += usize::from(!form.as_bytes()[0].is_ascii_uppercase());
            apply(form, &mut out[w.start..n.end]);
            i += 2;
            continue;
        }
        match lookup(table.words, w.start, w.end) {
            Some(form) => {
                lowered += usize::from(!form.as_bytes()[0].is_ascii_uppercase());
                apply(form, &mut out[w.start..w.end]);
            }
            // A word the training text did not have three times: in capitals most likely a
            // name (the frequent words are in the table), written as one, or an acronym if it
            // has three letters or fewer (`HD`); in lower case left.
            None if kind == Caseless::Upper && w.end - w.start > 3 => {
                out[w.start + 1..w.end].make_ascii_lowercase();
            }
            None => {}
        }
        i += 1;
    }
    if kind == Caseless::Title && (lowered < 3 || lowered * 2 <= capitals) {
        out.copy_from_slice(b);
        return;
    }
    // Running text opens a sentence with a capital.
    if let Some(w) = ws.first()
        && w.start == 0
        && open(*w)
    {
        out[0].make_ascii_uppercase();
    }
}

/// Gives `out` (the same letters) the case of `form`, byte by byte.
fn apply(form: &str, out: &mut [u8]) {
    for (o, f) in out.iter_mut().zip(form.bytes()) {
        if f.is_ascii_uppercase() {
            o.make_ascii_uppercase();
        } else {
            o.make_ascii_lowercase();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view_of(text: &str) -> String {
        view(text, &reckon_text::segment(text)).into_owned()
    }

    #[test]
    fn caseless_sentences_only() {
        assert_eq!(
            caseless(b"POLICE SAY TWO HURT IN CRASH"),
            Some(Caseless::Upper)
        );
        assert_eq!(
            caseless(b"i met him in new york last week"),
            Some(Caseless::Lower)
        );
        assert_eq!(
            caseless(b"i met Trump in new york last week"),
            Some(Caseless::Lower)
        );
        assert_eq!(caseless(b"Police say two were hurt in a crash"), None);
        assert_eq!(caseless(b"2 people were hurt in a crash"), None);
        assert_eq!(caseless(b"NATO and the EU met"), None);
        assert_eq!(caseless(b"ok then"), None);
        assert_eq!(
            caseless(b"Betsy DeVos Confirmed as Education Secretary, With Pence Casting Vote"),
            Some(Caseless::Title)
        );
        assert_eq!(
            caseless(b"Man Shot in the Head at a Gas Station"),
            Some(Caseless::Title)
        );
        assert_eq!(caseless(b"Police Say the Gunman fled West"), None);
        assert_eq!(caseless(b"Trump Met Xi"), None);
        assert_eq!(caseless(b"UPDATE"), None);
    }

    #[test]
    fn view_keeps_offsets_and_mixed_case_text() {
        let text = "Police say two were hurt.\nTRUMP’S NATO SPEECH IN NEW YORK.\nJosé said so.";
        let v = view_of(text);
        assert_eq!(v.len(), text.len());
        assert_eq!(v.to_ascii_lowercase(), text.to_ascii_lowercase());
        assert!(v.starts_with("Police say two were hurt.\n"), "{v}");
        assert!(v.contains("Trump’s NATO speech in New York."), "{v}");
        assert!(v.ends_with("José said so."), "{v}");
        let plain = "Nothing to change here, said Mr Smith.";
        assert!(matches!(
            view(plain, &reckon_text::segment(plain)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn capitals_beside_mixed_case_on_one_line_are_emphasis() {
        let text = "Should I have? -- BEATEN UP IN CALIFORNIA\nBEATEN UP IN CALIFORNIA.";
        let v = view_of(text);
        assert_eq!(
            v,
            "Should I have? -- BEATEN UP IN CALIFORNIA\nBeaten up in California."
        );
    }

    #[test]
    fn title_case_headlines_but_not_lists_of_names() {
        let v =
            view_of("Senate Confirms Betsy DeVos as Education Secretary After Pence Casts Vote");
        assert!(
            v.starts_with("Senate confirms Betsy DeVos as education"),
            "{v}"
        );
        for names in [
            "Donald Trump, Mike Pence, Paul Ryan and Mitch McConnell",
            "William Riley Gaul (Photo: Knox County Sheriff's Office)",
        ] {
            assert_eq!(view_of(names), names);
        }
    }

    #[test]
    fn lower_case_words_get_their_usual_form() {
        let v = view_of("she told us the u.s. embassy in new york was closed");
        assert!(
            v.starts_with("She told us the U.S. embassy in New York"),
            "{v}"
        );
    }

    #[test]
    fn table_is_sorted_by_lower_case_key_one_form_each() {
        for list in [WORDS, PAIRS] {
            assert!(list.windows(2).all(|w| {
                w[0].to_ascii_lowercase().as_bytes() < w[1].to_ascii_lowercase().as_bytes()
            }));
        }
        assert_eq!(form_of(WORDS, b"nato"), Some("NATO"));
        assert_eq!(form_of(PAIRS, b"new york"), Some("New York"));
        assert_eq!(form_of(WORDS, b"new york"), None);
    }

    #[test]
    fn words_are_ascii_runs_and_initials() {
        let s = "U.S.-BACKED JOSÉ O'NEILL 3RD";
        let got: Vec<&str> = words(s).iter().map(|w| &s[w.start..w.end]).collect();
        assert_eq!(got, ["U.S.", "BACKED", "O", "NEILL"]);
    }
}
