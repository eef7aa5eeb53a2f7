//! The cue lists (`data/*_cues.txt`): words that state why a stock rose, tie a duration to a
//! start date, or mark a figure as an earlier value restated. Each list is compiled once into an
//! aho-corasick automaton and shared read-only.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Words that state why a stock figure changed (`after the river flooded`).
const CAUSE: &str = include_str!("../data/cause_cues.txt");
/// Words that tie a duration to a start date (`declared on February 11`).
const DURATION: &str = include_str!("../data/duration_cues.txt");
/// Words just before a figure that mark it as an earlier value restated (`up from 18,000`).
const PRIOR: &str = include_str!("../data/prior_cues.txt");

/// One cue list, searchable in lowercased text.
#[derive(Debug)]
pub(crate) struct Cues {
    automaton: AhoCorasick,
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
        Cues {
            automaton: AhoCorasick::new(&cues).expect("a cue list is a small set of words"),
        }
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
        self.automaton.find_overlapping_iter(&lower).any(|m| {
            let before = lower[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = lower[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
    }

    /// True when `lower` (already lowercased) ends with one of the cues.
    pub(crate) fn ends(&self, lower: &str) -> bool {
        self.automaton
            .find_overlapping_iter(lower)
            .any(|m| m.end() == lower.len())
    }
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
