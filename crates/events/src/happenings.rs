//! Reports of several happenings: the sentences that open the telling of another one, and the
//! sentences about an aggregate of many (`this year`, `over the weekend`).
//!
//! A roundup (`14 shot, one fatally, since 8 p.m.`) or a report of two shootings tells them one
//! after the other. A sentence that opens another happening starts a new event of the article,
//! so that each happening keeps its own figures, place and date, and the one a registry counts is
//! not polluted by the others.

use reckon_text::Span;

use crate::lexicon::{Hit, LEXICON};

/// For each sentence, true when it is about an aggregate: it holds one of `cues`, the matches in
/// `text` of `aggregate_cues.txt` (`this year`, `over the weekend`), `sentence_of` mapping a byte
/// to its sentence. `a year earlier`, `a year ago` date another happening: no cue of a rate per
/// year.
pub(crate) fn aggregate_sentences(
    text: &str,
    cues: &[Hit],
    n_sent: usize,
    sentence_of: impl Fn(usize) -> usize,
) -> Vec<bool> {
    let mut aggregate = vec![false; n_sent];
    for m in cues {
        let after = text[m.end..].trim_start();
        let when = text[m.start..m.end].eq_ignore_ascii_case("a year")
            && ["earlier", "ago", "later", "after", "before"]
                .iter()
                .any(|w| after.starts_with(w));
        if !when {
            aggregate[sentence_of(m.start)] = true;
        }
    }
    aggregate
}

/// Words at the start of a sentence (or after a clause and its comma) where a cue opens another
/// happening: `In a separate shooting, ...`, `Forty minutes later, another shooting happened`.
const LEAD_WORDS: usize = 6;

/// The words of `sentence` that open the telling of another happening, as a span of `text`
/// (`sentence` starts at byte `offset`), or `None`:
/// - a cue phrase of `happening_cues.txt` at the start of the sentence, after `in` / `during`
///   (`In a separate shooting, a 19-year-old was wounded`), or after a clause ending in a comma
///   among its first words (`Forty minutes later, another shooting happened`); not before
///   `victim` (`another shooting victim` is one more of the same);
/// - a bullet (`•`) whose sentence gives a time of day or a block (`• About 11:30 p.m. a
///   30-year-old man was shot in the 9600 block of South Carpenter`): a roundup's list of
///   shootings; a bullet list of the victims of one shooting gives neither (`• A 22-year-old man
///   was shot in the right hand`).
pub(crate) fn opening(sentence: &str, offset: usize) -> Option<Span> {
    let trimmed = sentence.trim_start_matches(|c: char| c.is_whitespace() || c == '"');
    let start = offset + (sentence.len() - trimmed.len());
    if let Some(rest) = trimmed.strip_prefix(['•', '·']) {
        let lower = rest.to_lowercase();
        let timed = ["a.m.", "p.m.", "block of"]
            .iter()
            .any(|w| lower.contains(w));
        if timed {
            let len = trimmed.len() - rest.len();
            return Some(Span::new(start, start + len));
        }
    }
    // the first words: (byte start in `sentence`, byte end, lower case without punctuation,
    // ends with a comma)
    let mut words: Vec<(usize, usize, String, bool)> = Vec::with_capacity(LEAD_WORDS + 4);
    let mut at = 0;
    for w in sentence.split_whitespace().take(LEAD_WORDS + 4) {
        let s = at + sentence[at..].find(w).unwrap_or(0);
        at = s + w.len();
        let clean: String = w
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let end = s + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        words.push((s, end, clean, w.ends_with(',')));
    }
    let lex = &*LEXICON;
    for i in 0..words.len().min(LEAD_WORDS) {
        let at_head =
            i == 0 || (i == 1 && matches!(words[0].2.as_str(), "in" | "during")) || words[i - 1].3;
        if !at_head {
            continue;
        }
        for cue in &lex.happening_cues {
            let n = cue.split(' ').count();
            let Some(run) = words.get(i..i + n) else {
                continue;
            };
            let same = cue.split(' ').zip(run).all(|(c, w)| c == w.2);
            // (no comma inside the phrase)
            let whole = run[..n - 1].iter().all(|w| !w.3);
            let victim = words.get(i + n).is_some_and(|w| w.2.starts_with("victim"));
            if same && whole && !victim {
                return Some(Span::new(offset + run[0].0, offset + run[n - 1].1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::opening;

    fn opens(s: &str) -> bool {
        opening(s, 0).is_some()
    }

    #[test]
    fn a_cue_at_the_head_of_a_sentence_opens_another_happening() {
        assert!(opens(
            "In a separate shooting, a 19-year-old man was wounded."
        ));
        assert!(opens(
            "Another shooting happened an hour later on Elm Street."
        ));
        assert!(opens(
            "Forty minutes later, another shooting happened nearby."
        ));
        assert!(opens("In the second shooting, two men were hit."));
        let span = opening("  In another incident, a woman was shot.", 10).unwrap();
        assert_eq!((span.start, span.end), (15, 31));
    }

    #[test]
    fn a_cue_inside_a_clause_or_before_victim_does_not() {
        assert!(!opens("It was the first shooting in the town this year."));
        assert!(!opens(
            "Another shooting victim walked into the hospital later."
        ));
        assert!(!opens(
            "Police said they did not know whether another shooting was linked."
        ));
        assert!(!opens("A man was shot and killed on Monday."));
    }

    #[test]
    fn a_bullet_with_a_time_or_a_block_opens_one_and_a_list_of_victims_does_not() {
        assert!(opens(
            "• About 11:30 p.m. a 30-year-old man was shot in the abdomen."
        ));
        assert!(opens(
            "• A 24-year-old man was wounded in the 500 block of South Clinton."
        ));
        assert!(!opens("• A 22-year-old man was shot in the right hand."));
    }
}
