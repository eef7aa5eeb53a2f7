//! The claim types that cross into reconciliation and output.

use reckon_text::Span;
use serde::{Deserialize, Serialize};

/// What kind of quantity a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuantityKind {
    /// A count or plain number (`251 captives`, `two halts`).
    Count,
    /// An ordinal (`second`, `21st`).
    Ordinal,
    /// A percentage (`45%`, `45 per cent`); the value is in percent (45, not 0.45).
    Percent,
    /// A fraction or ratio (`half`, `two-thirds`, `one in five`); the value is the ratio (0.5).
    Fraction,
    /// Money; `unit` holds the ISO 4217 code (`USD`).
    Money,
    /// A physical dimension with a unit (`5 km`, `10 tonnes`).
    Dimension,
    /// An age in years (`27-year-old`, `aged 27`).
    Age,
    /// A duration (`60-day`, `21-month-old`, `for 12 days`); `unit` is the calendar unit.
    Duration,
    /// A calendar date or period (`October 2023`, `Sunday`, `last month`).
    Date,
    /// A clock time, possibly with a zone (`6:30pm local time`, `22:30 GMT`).
    Time,
}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    /// The bounding value.
    pub value: f64,
    /// True for a closed end (`at least 10` includes 10), false for an open end (`more than 10`).
    pub inclusive: bool,
}

/// A resolved value: an exact number (both ends equal and closed) or an interval, either end
/// possibly missing (unbounded), plus whether the text marks it as approximate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// Lower bound, if any (omitted from JSON when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Bound>,
    /// Upper bound, if any (omitted from JSON when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Bound>,
    /// True for `about`, `around`, `some`, `an estimated`, `tens of thousands`...
    pub approximate: bool,
}

impl Value {
    /// An exact value.
    pub fn exact(v: f64) -> Value {
        let b = Some(Bound {
            value: v,
            inclusive: true,
        });
        Value {
            low: b,
            high: b,
            approximate: false,
        }
    }

    /// The exact value, if the interval is a single closed point.
    pub fn as_exact(&self) -> Option<f64> {
        match (self.low, self.high) {
            (Some(l), Some(h)) if l.inclusive && h.inclusive && l.value == h.value => Some(l.value),
            _ => None,
        }
    }
}

/// How precise a resolved date or time is: a month is a month, not its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A century (`the 19th century`, `the 1800s`): ISO 8601's two-digit century (`18`, the
    /// years 1800-1899; indep-NOTES.md decisions 9 and 145).
    Century,
    /// A decade (`the 1980s`, `the '90s`): ISO 8601's three-digit decade (`198`).
    Decade,
    /// A year (`2023`).
    Year,
    /// A month (`October 2023`).
    Month,
    /// A week (`this week`).
    Week,
    /// A day (`Sunday`, `7 October`).
    Day,
    /// A time of day, to the minute.
    Minute,
}

/// A date or time resolved against the article date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeValue {
    /// ISO 8601 at the stated granularity: `2023-10`, `2025-07-06`, `2025-W28`,
    /// `2025-07-07T18:30` (local) or `2025-07-07T22:30Z`; a range of days is an ISO 8601
    /// interval at day granularity (`2017-02-04/2017-02-06` for `February 4-6`).
    pub iso: String,
    /// How precise the value is.
    pub granularity: Granularity,
    /// The zone as written (`GMT`, `local time`, `EDT`), for times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

/// One quantity mention: span, surface, resolved value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The whole mention, modifiers included (`more than 57,500`).
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// What kind of quantity it is.
    pub kind: QuantityKind,
    /// The resolved numeric value (for dates and times: absent; see `time`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Unit: ISO 4217 code for money, `%` for percent, calendar unit for durations (`day`,
    /// `month`), a unit symbol for dimensions (`km`), `year` for ages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The resolved date or time, for dates and times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeValue>,
}

/// Who says so: the attribution of a claim, when the text gives one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source as written (`Gaza's health authorities`, `the Israeli military`).
    pub source: String,
    /// Where it is in the text.
    pub span: Span,
}

/// What a counting quantity is about.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Frame {
    /// The counted thing, lemmatised head noun (`captive`, `Palestinian`, `person`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// The event or state (`taken`, `held`, `killed`, `dead`, `displaced`, `wounded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The place the claim applies to (`Gaza`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The time the claim applies to, when the text gives one; else reconciliation falls back to
    /// the article date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeValue>,
    /// Who says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
    /// The normalised key reconciliation groups by (`killed+palestinian+gaza`), derived from
    /// the synonym lexicon; absent when the frame is too thin to reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure_key: Option<String>,
    /// True when the measure is cumulative (a toll that can only grow), false for a stock
    /// (`still held`) that can rise and fall; from the lexicon.
    #[serde(default)]
    pub cumulative: bool,
}

/// A quantity with its frame: the unit reconciliation works on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index of the claim within its document (stable for a given text and lexicon).
    pub index: u32,
    /// The quantity.
    pub quantity: Quantity,
    /// What it is about.
    pub frame: Frame,
    /// The sentence the claim is in.
    pub sentence: Span,
}

/// How two claims of one article relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// `part` is a subset of `whole` (27 dead within 49 held).
    PartOf,
    /// Both claims state the same quantity.
    Restates,
    /// A quantity the text implies by arithmetic (49 - 27 = 22 alive).
    Derived,
}

/// A relation between claims of one article, with the spans that justify it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The part / the restatement / the first operand (a claim index).
    pub a: u32,
    /// The whole / the restated claim / the second operand (a claim index).
    pub b: u32,
    /// For `Derived`: the value the arithmetic gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<f64>,
    /// Text spans (cue words such as `of the`, `including`) that justify the relation.
    pub evidence: Vec<Span>,
    /// True when the relation's arithmetic fails (a part larger than its whole).
    #[serde(default)]
    pub contradiction: bool,
}

/// What a relative ordinal counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrdinalAnchor {
    /// The item at hand: `next` is current + 1, `previous` current − 1, `current` current + 0.
    Current,
    /// The end of the sequence: `last` is end + 0, `penultimate` and `the last but one` end − 1.
    End,
}

/// A relative ordinal (`the last`, `next`, `the previous one`, `penultimate`, `second to
/// last`): a position counted from the current item or from the end of a sequence. It is not a
/// quantity (it has no value to check), so it is kept apart from the claims and reconciliation
/// never sees it; it tells a reader which item of a sequence the text points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeOrdinal {
    /// The mention (`the last but one`, `previous one`, `next`).
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// What the position counts from.
    pub anchor: OrdinalAnchor,
    /// The offset from the anchor (`-1` for `penultimate`, `1` for `next`).
    pub offset: i32,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Relations between them.
    pub relations: Vec<Relation>,
    /// Notes about unusual input (for example relative dates left unresolved because the
    /// document has no date). Unusual text is never an error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
    /// Relative ordinals (`the last`, `next`, `penultimate`) in text order: positions in a
    /// sequence, not quantities, hence not claims.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relative_ordinals: Vec<RelativeOrdinal>,
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

impl std::fmt::Display for Value {
    /// `57500`, `~57500`, `(57500,)` (more than), `[10,20]`, `(,50)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.approximate {
            f.write_str("~")?;
        }
        if let Some(v) = self.as_exact() {
            return f.write_str(&num(v));
        }
        let (l, lo) = match self.low {
            Some(b) => (if b.inclusive { "[" } else { "(" }, num(b.value)),
            None => ("(", String::new()),
        };
        let (h, hi) = match self.high {
            Some(b) => (if b.inclusive { "]" } else { ")" }, num(b.value)),
            None => (")", String::new()),
        };
        write!(f, "{l}{lo},{hi}{h}")
    }
}

impl Frame {
    /// The frame on one line, the parts that are known in a fixed order:
    /// `counted=person event=killed place=Gaza time=2025-07 by="officials" key=killed+person cumulative`
    /// (empty when nothing is known). Used by snapshots and golden files.
    pub fn to_compact(&self) -> String {
        let mut parts = Vec::new();
        if let Some(x) = &self.counted {
            parts.push(format!("counted={x}"));
        }
        if let Some(x) = &self.event {
            parts.push(format!("event={x}"));
        }
        if let Some(x) = &self.place {
            parts.push(format!("place={x}"));
        }
        if let Some(x) = &self.time {
            parts.push(format!("time={}", x.iso));
        }
        if let Some(x) = &self.attribution {
            parts.push(format!("by={:?}", x.source));
        }
        if let Some(x) = &self.measure_key {
            let how = if self.cumulative {
                "cumulative"
            } else {
                "stock"
            };
            parts.push(format!("key={x} {how}"));
        }
        parts.join(" ")
    }
}

impl Extraction {
    /// A compact, line-per-item view for review and snapshots: one claim a line (text, kind,
    /// value or time, unit, frame, key), then one relation a line.
    pub fn to_compact(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        for c in &self.claims {
            let q = &c.quantity;
            let kind = serde_json::to_value(q.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let _ = write!(s, "{:>3} {:?} {kind}", c.index, q.text);
            if let Some(v) = q.value {
                let _ = write!(s, " {v}");
            }
            if let Some(u) = &q.unit {
                let _ = write!(s, " {u}");
            }
            if let Some(t) = &q.time {
                let _ = write!(s, " {}", t.iso);
                if let Some(z) = &t.zone {
                    let _ = write!(s, " ({z})");
                }
            }
            let frame = c.frame.to_compact();
            if !frame.is_empty() {
                let _ = write!(s, " | {frame}");
            }
            s.push('\n');
        }
        for r in &self.relations {
            match r.kind {
                RelationKind::PartOf => {
                    let _ = write!(s, "part_of {} within {}", r.a, r.b);
                }
                RelationKind::Restates => {
                    let _ = write!(s, "restates {} = {}", r.a, r.b);
                }
                RelationKind::Derived => {
                    let _ = write!(
                        s,
                        "derived {} - {} = {}",
                        r.a,
                        r.b,
                        r.derived.map(num).unwrap_or_default()
                    );
                }
            }
            if r.contradiction {
                s.push_str(" CONTRADICTION");
            }
            s.push('\n');
        }
        for d in &self.diagnostics {
            let _ = writeln!(s, "note: {d}");
        }
        s
    }
}
