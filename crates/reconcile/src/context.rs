//! What a figure's sentence says about the happening it counts: the kinds of happening it
//! names (`bombing`, `collapse`), the periods it names (years, months, `last month`, `since`),
//! whether it states a running total (`death toll`, `has killed`), and whether the figure is
//! vague (`dozens`). When no event links two figures of different articles, these decide
//! whether they may be compared at all.

use crate::cues::Cues;
use crate::record::ClaimRecord;

/// The sentence context of one figure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Kinds of happening the sentence names (sorted, no repeats).
    pub kinds: Vec<String>,
    /// Periods the sentence names: period cues, years and month names (sorted, no repeats).
    pub periods: Vec<String>,
    /// True when the sentence states a running total.
    pub running_total: bool,
    /// True when the figure is a vague plural (`dozens`), no report of a count.
    pub vague: bool,
}

impl Context {
    /// The context of a record's figure, read from its sentence with the figure itself left out.
    pub fn of(record: &ClaimRecord) -> Context {
        let text = &record.sentence_text;
        let rest = match record.span_in_sentence() {
            Some((s, e)) if text.is_char_boundary(s) && text.is_char_boundary(e) => {
                format!("{} {}", &text[..s], &text[e..])
            }
            _ => text.clone(),
        };
        // the article's own month is the news, not another period
        let own_month = record
            .doc_date
            .map(|d| d.strftime("%B").to_string().to_lowercase());
        let mut periods = Cues::period().labels_in(&rest);
        periods.retain(|p| Some(p) != own_month.as_ref());
        periods.extend(years(&rest));
        periods.sort_unstable();
        periods.dedup();
        Context {
            kinds: Cues::happening().labels_in(&rest),
            periods,
            running_total: Cues::total().in_words(text),
            vague: Cues::vague().is(&record.claim.quantity.text),
        }
    }

    /// True when two figures of different articles may be about the same happening: neither is
    /// vague, their sentences name the same periods, and the kinds of happening they name (when
    /// both name some) meet.
    pub fn compatible(&self, other: &Context) -> bool {
        !self.vague
            && !other.vague
            && self.periods == other.periods
            && (self.kinds.is_empty()
                || other.kinds.is_empty()
                || self.kinds.iter().any(|k| other.kinds.contains(k)))
    }
}

/// The years (1900-2099) written in `text` as four-digit words.
fn years(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter(|w| matches!(w.get(..2), Some("19" | "20")))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::years;

    #[test]
    fn years_are_four_digit_words_of_this_era() {
        assert_eq!(
            years("in 2015, 12,000 and 1982; 3000"),
            vec!["2015", "1982"]
        );
    }
}
