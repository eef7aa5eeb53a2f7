//! The cue lists (`data/*_cues.txt`, `data/happening_cues.tsv`): words that state why a stock
//! rose, tie a duration to a start date, mark a figure as an earlier value restated, tie it to a
//! period or make it a running total, and name the kind of a happening. Each list is compiled once into an
//! aho-corasick automaton and shared read-only.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Words that state why a stock figure changed (`after the river flooded`).
const CAUSE: &str = include_str!("../data/cause_cues.txt");
/// Words that tie a duration to a start date (`declared on February 11`).
const DURATION: &str = include_str!("../data/duration_cues.txt");
/// Words just before a figure that mark it as an earlier value restated (`up from 18,000`).
const PRIOR: &str = include_str!("../data/prior_cues.txt");
/// Words that tie a figure to a period (`last month`, `since`).
const PERIOD: &str = include_str!("../data/period_cues.txt");
/// Words that make a figure a running total (`death toll`, `has killed`, `so far`).
const TOTAL: &str = include_str!("../data/total_cues.txt");
/// Figures that are no report of a count (`dozens`, `hundreds`).
const VAGUE: &str = include_str!("../data/vague_cues.txt");
/// Words naming the kind of a happening, with the kind (`bombing<TAB>attack`).
const HAPPENING: &str = include_str!("../data/happening_cues.tsv");

/// One cue list, searchable in lowercased text.
#[derive(Debug)]
pub(crate) struct Cues {
    automaton: AhoCorasick,
    /// The label of each cue (the second column of a `.tsv` list; the cue itself otherwise).
    labels: Vec<String>,
}

impl Cues {
    /// Parses a cue file: one cue a line, `#` comments and blank lines skipped, lowercased.
    fn parse(text: &str) -> Cues {
        let cues: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect();
        let (cues, labels): (Vec<String>, Vec<String>) = cues
            .iter()
            .map(|l| match l.split_once('\t') {
                Some((cue, label)) => (cue.trim().to_owned(), label.trim().to_owned()),
                None => (l.clone(), l.clone()),
            })
            .unzip();
        Cues {
            automaton: AhoCorasick::new(&cues).expect("a cue list is a small set of words"),
            labels,
        }
    }

    /// The cues that tie a figure to a period (`data/period_cues.txt`).
    pub(crate) fn period() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(PERIOD))
    }

    /// The cues that make a figure a running total (`data/total_cues.txt`).
    pub(crate) fn total() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(TOTAL))
    }

    /// Figures that are no report of a count (`data/vague_cues.txt`).
    pub(crate) fn vague() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(VAGUE))
    }

    /// Words naming a happening, labelled with its kind (`data/happening_cues.tsv`).
    pub(crate) fn happening() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(HAPPENING))
    }

    /// True when `text`, trimmed and lowercased, is exactly one of the cues.
    pub(crate) fn is(&self, text: &str) -> bool {
        let lower = text.trim().to_lowercase();
        self.automaton
            .find_overlapping_iter(&lower)
            .any(|m| m.start() == 0 && m.end() == lower.len())
    }

    /// The labels of the cues found in `text` as whole words (case-insensitive), sorted and
    /// without repeats.
    pub(crate) fn labels_in(&self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let mut out: Vec<String> = self
            .automaton
            .find_overlapping_iter(&lower)
            .filter(|m| whole_word(&lower, m.start(), m.end()))
            .map(|m| self.labels[m.pattern().as_usize()].clone())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The cues that explain a stock's rise (`data/cause_cues.txt`).
    pub(crate) fn cause() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(CAUSE))
    }

    /// The cues that tie a duration to a start date (`data/duration_cues.txt`).
    pub(crate) fn duration() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(DURATION))
    }

    /// The cues that mark an earlier value restated (`data/prior_cues.txt`).
    pub(crate) fn prior() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(PRIOR))
    }

    /// True when `text` contains one of the cues as whole words (case-insensitive).
    pub(crate) fn in_words(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        self.automaton
            .find_overlapping_iter(&lower)
            .any(|m| whole_word(&lower, m.start(), m.end()))
    }

    /// True when `lower` (already lowercased) ends with one of the cues.
    pub(crate) fn ends(&self, lower: &str) -> bool {
        self.automaton
            .find_overlapping_iter(lower)
            .any(|m| m.end() == lower.len())
    }
}

/// True when `lower[start..end]` is bounded by non-alphanumeric characters (or the ends).
fn whole_word(lower: &str, start: usize, end: usize) -> bool {
    let before = lower[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after = lower[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before && after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_match_whole_words() {
        let c = Cues::parse("# comment\nafter\ndue to\n");
        assert!(c.in_words("After the river flooded, it rose"));
        assert!(!c.in_words("The aftermath was grim"));
        assert!(c.in_words("closed due to floods"));
    }

    #[test]
    fn a_tail_ends_with_a_cue() {
        let c = Cues::parse("up from\nfrom\n");
        assert!(c.ends("rose up from"));
        assert!(c.ends("came from"));
        assert!(!c.ends("from the"));
        assert!(!Cues::parse("# only a comment\n").ends("from"));
    }
}
