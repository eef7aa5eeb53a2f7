//! Figures of a table whose unit the article states once, before it (indep-NOTES.md decision
//! 117): `figures ..., in thousands of tonnes, ...:` then lines such as `Linseed prev 34.8, Feb
//! 32.9, Mar 6.8, total 80.8 (87.4).`. Each bare figure of such a line is a dimension in that
//! unit, scaled as the header says, and a month's name before a figure labels its column (a
//! date). A table line holds at least three figures and no more than two words per figure.

use super::calendar::time_value;
use super::values::{exact, exact_value, round_sig};
use super::{Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::lexicon::Role;
use crate::types::{Granularity, QuantityKind};
use crate::words;

/// How many lexemes a table line may hold on either side of a figure.
const LINE_REACH: usize = 40;

/// The fewest figures of a table line.
const MIN_FIGURES: usize = 3;

impl Context<'_> {
    /// Bare figures on the table lines after a header that states their unit become
    /// dimensions in it.
    pub(super) fn table_units(&self, out: &mut Vec<RawQuantity>) {
        // the header is looked for once, at the first figure on a table line
        let mut header: Option<Option<(String, f64, usize)>> = None;
        // the table lines read, for their `nil`s
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for q in out.iter_mut() {
            if !q.is_bare_count()
                || !self.is_num(q.core)
                // (a table's figure ends at a comma, a bracket or the line's end: a cheap
                // test before the line is read)
                || !(q.end >= self.lexemes.len()
                    || self.is_punct(q.end, ",.()")
                    || self.text[self.lexemes[q.end - 1].end as usize
                        ..self.lexemes[q.end].start as usize]
                        .contains('\n'))
            {
                continue;
            }
            let Some((first, end)) = self.table_line(q.core) else {
                continue;
            };
            let h = header.get_or_insert_with(|| self.table_header(first));
            let Some((unit, scale, at)) = h.as_ref() else {
                return;
            };
            let Some(v) = q.value.as_ref().and_then(exact_value) else {
                continue;
            };
            if *at >= first {
                continue;
            }
            q.kind = QuantityKind::Dimension;
            q.unit = Some(unit.clone());
            q.value = Some(exact(round_sig(v * scale)));
            if lines.last() != Some(&(first, end)) {
                lines.push((first, end));
            }
        }
        let Some(Some((unit, _, at))) = header.filter(|_| !lines.is_empty()) else {
            return;
        };
        // the header's `thousands of tonnes` states a unit, it counts nothing
        out.retain(|q| q.start != at + 1);
        // `Mar nil`: a figure of none
        let before = out.len();
        for (first, end) in lines {
            for k in (first..end).filter(|&k| self.is_word(k) && self.lower(k) == "nil") {
                out.push(RawQuantity {
                    value: Some(exact(0.0)),
                    unit: Some(unit.clone()),
                    ..RawQuantity::new(k, k + 1, QuantityKind::Dimension, k)
                });
            }
        }
        if out.len() > before {
            out.sort_by_key(|q| q.start);
        }
    }

    /// A month's name at `i` labelling a figure on a table line (`Feb 32.9`, `Mar nil`): the
    /// month nearest the article date.
    pub(super) fn table_month(&self, i: usize, m: i8) -> Option<RawQuantity> {
        // (cheap tests first: a decimal figure or `nil` right after the name)
        let next = self.lexemes.get(i + 1)?;
        let figure = match next.kind {
            LexemeKind::Number => self.surface(i + 1).contains('.'),
            LexemeKind::Word => self.lower(i + 1) == "nil",
            LexemeKind::Punct => false,
        };
        if !figure || !self.capitalized(i) {
            return None;
        }
        self.table_line(i + 1)?;
        let d = self.date?;
        let months = |y: i16| i32::from(y) * 12 + i32::from(m);
        let here = i32::from(d.year()) * 12 + i32::from(d.month());
        let y = [d.year() - 1, d.year(), d.year() + 1]
            .into_iter()
            .min_by_key(|&y| (months(y) - here).abs())?;
        Some(RawQuantity {
            time: Some(time_value(format!("{y:04}-{m:02}"), Granularity::Month)),
            ..RawQuantity::new(i, i + 1, QuantityKind::Date, i)
        })
    }

    /// The line of lexeme `i` when it is a table line: its first lexeme and its end.
    fn table_line(&self, i: usize) -> Option<(usize, usize)> {
        let breaks = |k: usize| {
            let gap = &self.text[self.lexemes[k - 1].end as usize..self.lexemes[k].start as usize];
            gap.contains('\n')
        };
        let mut first = i;
        while first > 0 && !breaks(first) {
            if i - first >= LINE_REACH {
                return None;
            }
            first -= 1;
        }
        let mut end = i + 1;
        while end < self.lexemes.len() && !breaks(end) {
            if end - i >= LINE_REACH {
                return None;
            }
            end += 1;
        }
        let (mut figures, mut words) = (0, 0);
        for k in first..end {
            match self.kind(k) {
                Some(LexemeKind::Number) => figures += 1,
                Some(LexemeKind::Word) if self.lower(k) == "nil" => figures += 1,
                Some(LexemeKind::Word) => words += 1,
                _ => {}
            }
        }
        (figures >= MIN_FIGURES && words <= 2 * figures).then_some((first, end))
    }

    /// A header before lexeme `before` stating the unit of the figures below: `in thousands
    /// of tonnes`, `in thousand tonnes`, `in mln tonnes`: (unit, scale, where).
    fn table_header(&self, before: usize) -> Option<(String, f64, usize)> {
        (0..before).find_map(|k| {
            if self.lower(k) != "in" {
                return None;
            }
            let (scale, u) = match self.lower(k + 1) {
                "thousands" if self.lower(k + 2) == "of" => (1e3, k + 3),
                "thousand" => (1e3, k + 2),
                "mln" | "million" | "millions" if self.lower(k + 2) == "of" => (1e6, k + 3),
                "mln" | "million" => (1e6, k + 2),
                _ => return None,
            };
            let (_, ui) = self.find(u, |r| match r {
                Role::Unit(x) => Some(x),
                _ => None,
            })?;
            Some((self.lexicon.units[ui as usize].0.clone(), scale, k))
        })
    }
}

impl Context<'_> {
    /// `closed at 72-5/8, up 4-1/8`, `The stock traded around 12, down 1/8`: a bare figure
    /// written in eighths (halves, quarters, sixteenths) of a sentence about a stock's trading
    /// is a share price, money with no currency word (indep-NOTES.md decision 115).
    pub(super) fn share_prices(&self, out: &mut [RawQuantity]) {
        // (the sentence's stock word is looked for once per sentence)
        let mut seen: Option<(u32, bool)> = None;
        for q in out.iter_mut() {
            if !matches!(q.kind, QuantityKind::Count | QuantityKind::Fraction)
                || q.unit.is_some()
                || !(q.start..q.end).any(|k| self.eighths_at(k))
            {
                continue;
            }
            let sentence = self.sentence_of[q.start];
            let stock = match seen {
                Some((s, b)) if s == sentence => b,
                _ => {
                    let b = self.stock_sentence(q.start);
                    seen = Some((sentence, b));
                    b
                }
            };
            if stock {
                q.kind = QuantityKind::Money;
            }
        }
        self.quoted_moves(out);
    }

    /// `Hemlo Gold gained 1-1/4 at 26-3/4, LAC Minerals was up 1-5/8 at 41 ... and Lacana
    /// Mining gained 1 at 18`: a market report's quotes, a move and the price it reached (`up N
    /// at M`), are share prices too (decision 115) when one quote of the sentence
    /// is written in eighths, whole figures then alike.
    fn quoted_moves(&self, out: &mut [RawQuantity]) {
        let bare = |q: &RawQuantity| {
            matches!(
                q.kind,
                QuantityKind::Count | QuantityKind::Fraction | QuantityKind::Money
            ) && q.unit.is_none()
                && q.start == q.core
        };
        // (the pairs: the move's index; and the sentences with a quote in eighths)
        let mut pairs: Vec<usize> = Vec::new();
        let mut eighths: Vec<u32> = Vec::new();
        for j in 1..out.len() {
            let (m, p) = (&out[j - 1], &out[j]);
            let moved = m.start >= 1
                && (words::price_move_verb(self.lower(m.start - 1))
                    || matches!(self.lower(m.start - 1), "up" | "down" | "off"));
            if !moved
                || !bare(m)
                || !bare(p)
                || m.end + 1 != p.start
                // (`at` only: `fell 1-1/4 to 23-1/8` may be an index's move, as `rose 12.5 to
                // 1,234.5` in the same sentence)
                || self.lower(m.end) != "at"
                || !self.same_sentence(m.start, p.start)
                // (the price ends its phrase: `at 41,`, `at 18.`, `at 26-3/4 and`)
                || !(self.kind(p.end).is_none()
                    || self.is_punct(p.end, ",.;")
                    || matches!(self.lower(p.end), "and" | "while" | "after"))
            {
                continue;
            }
            pairs.push(j - 1);
            if (m.start..p.end).any(|k| self.eighths_at(k)) {
                eighths.push(self.sentence_of[m.start]);
            }
        }
        for j in pairs {
            if !eighths.contains(&self.sentence_of[out[j].start]) {
                continue;
            }
            for q in &mut out[j..=j + 1] {
                q.kind = QuantityKind::Money;
            }
        }
    }

    /// A glued slash at `k` before a denominator of a share price (`5/8`, `1/2`, `3/16`).
    pub(super) fn eighths_at(&self, k: usize) -> bool {
        self.is_punct(k, "/")
            && self.glued(k)
            && self.glued(k + 1)
            && matches!(self.surface(k + 1), "2" | "4" | "8" | "16" | "32")
    }

    /// The sentence of lexeme `i` speaks of a stock's trading (`shares`, `stock`, `traded`,
    /// `closed`).
    fn stock_sentence(&self, i: usize) -> bool {
        let s = self.sentence_of[i];
        let mut k = i;
        while k > 0 && self.sentence_of[k - 1] == s {
            k -= 1;
        }
        while k < self.lexemes.len() && self.sentence_of[k] == s {
            if self.is_word(k)
                && matches!(
                    self.lower(k),
                    "stock" | "shares" | "traded" | "trading" | "closed" | "nyse"
                )
            {
                return true;
            }
            k += 1;
        }
        false
    }
}
