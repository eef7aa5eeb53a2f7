//! Wire-service result tables: the rows of a company's results as news agencies print them
//! (`Shr 12 cts vs 10 cts`, `Net 1,234,000 vs 987,000`, `Revs 12.3 mln vs 11.1 mln`, `Oper net
//! loss 2,345,000 vs profit 1,100,000`). The currency of a money row is written only on the
//! share figures, if at all; its bare figures are amounts of money all the same (the guidelines'
//! undetermined dollar: money, the agency's dollar when no other currency is written on the row).

use super::{Context, RawQuantity};
use crate::lex::LexemeKind;
use crate::types::QuantityKind;

/// How many lexemes a table row may hold before a figure (`Oper shr loss 45 cts vs profit`).
const ROW_LOOKBACK: usize = 12;

impl Context<'_> {
    /// Bare figures on a money row of a result table become money: a count with no unit on a
    /// line that starts with the row's words (`Net`, `Revs`, `Oper shr loss`), holds `vs` between
    /// two figures, and has nothing before the figure but those words and the row's earlier
    /// figures (`Avg shrs 9.8 mln vs 10.4 mln` is a count of shares; `Net income was 3 mln vs`
    /// in running text has a verb).
    pub(super) fn table_money(&self, out: &mut [RawQuantity]) {
        for j in 0..out.len() {
            let q = &out[j];
            if q.kind != QuantityKind::Count || q.unit.is_some() || q.start != q.core {
                continue;
            }
            let Some(first) = self.row_start(q.start) else {
                continue;
            };
            let mut money_word = false;
            let mut vs = false;
            let mut k = first;
            let mut ok = true;
            while k < q.start {
                if let Some(m) = out[..j].iter().rev().find(|m| m.start <= k && k < m.end) {
                    k = m.end;
                    continue;
                }
                match self.kind(k) {
                    Some(LexemeKind::Word) => {
                        let w = self.lower(k);
                        money_word |= money_row_word(w);
                        vs |= w == "vs";
                        if !(money_row_word(w) || row_word(w)) {
                            ok = false;
                            break;
                        }
                    }
                    Some(LexemeKind::Punct) if self.is_punct(k, ",.:;()") => {}
                    _ => {
                        ok = false;
                        break;
                    }
                }
                k += 1;
            }
            // `vs` before the figure, or right after it (`Net 1,234,000 vs 987,000`)
            vs |= self.lower(q.end) == "vs";
            if !(ok && money_word && vs) {
                continue;
            }
            // the currency of the row's other money, else the agency's dollar
            let unit = out[..j]
                .iter()
                .rev()
                .take_while(|m| m.end > first)
                .find(|m| m.kind == QuantityKind::Money)
                .and_then(|m| m.unit.clone())
                .unwrap_or_else(|| "USD".to_owned());
            let q = &mut out[j];
            q.kind = QuantityKind::Money;
            q.unit = Some(unit);
        }
    }

    /// The first lexeme of the line of `i`, when a line break comes at most [`ROW_LOOKBACK`]
    /// lexemes before it (or the text starts there).
    fn row_start(&self, i: usize) -> Option<usize> {
        let mut k = i;
        for _ in 0..ROW_LOOKBACK {
            if k == 0 {
                return Some(0);
            }
            let gap = &self.text
                [self.lexemes[k - 1].end as usize..self.lexemes[k].start as usize];
            if gap.contains('\n') {
                return Some(k);
            }
            k -= 1;
        }
        None
    }
}

/// The words that name a money row of a result table (`Shr`, `Net`, `Revs`, `Oper`).
fn money_row_word(w: &str) -> bool {
    matches!(
        w,
        "shr"
            | "net"
            | "revs"
            | "revenues"
            | "revenue"
            | "sales"
            | "profit"
            | "loss"
            | "income"
            | "earnings"
            | "turnover"
            | "pretax"
            | "oper"
    )
}

/// The other words a money row may hold before a figure (`Nine mths`, `Qtr`, `vs`, `primary`).
fn row_word(w: &str) -> bool {
    matches!(
        w,
        "vs" | "qtr"
            | "year"
            | "mths"
            | "shr"
            | "primary"
            | "diluted"
            | "gross"
            | "gain"
            | "before"
            | "after"
            | "tax"
            | "taxes"
    )
}
