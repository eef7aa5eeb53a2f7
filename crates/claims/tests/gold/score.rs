//! The gold set's reader and scorer, shared by `examples/evaluate_gold.rs` and `tests/gold.rs`
//! (each includes this file with `#[path]`). The rules are those of `GUIDELINES.md`, section
//! "Scoring".

#![allow(dead_code)] // each includer uses a different part

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use reckon_claims::{Quantity, Value};
use serde::Deserialize;

/// One annotated sentence: where it is in the corpus, and its gold mentions.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSentence {
    /// Article id in the corpus.
    pub id: String,
    /// The article's date (ISO).
    pub date: String,
    /// UTF-8 byte offsets of the sentence in the article text.
    pub start: usize,
    /// End of the sentence (exclusive).
    pub end: usize,
    /// True when drawn among all sentences of the article, not only those with a number.
    #[serde(default)]
    pub arbitrary: bool,
    /// The mentions, offsets relative to the sentence start.
    pub mentions: Vec<Mention>,
}

/// A resolved date or time as annotated.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct Time {
    /// ISO 8601 value.
    pub iso: String,
    /// `year`, `month`, `week`, `day`, `minute`, `decade`...
    pub granularity: String,
}

/// A mention (gold, ours or a peer's), offsets relative to its sentence.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct Mention {
    /// Start byte, relative to the sentence (may be negative for a prediction that starts before).
    pub start: i64,
    /// End byte (exclusive).
    pub end: i64,
    /// Surface text.
    pub text: String,
    /// `count`, `fraction`, `ordinal`, `percent`, `money`, `dimension`, `age`, `duration`, `date`,
    /// `time`.
    pub kind: String,
    /// Numeric value, for everything but dates and times.
    #[serde(default)]
    pub value: Option<Value>,
    /// Unit (ISO code for money, unit symbol, calendar unit).
    #[serde(default)]
    pub unit: Option<String>,
    /// Date or time value.
    #[serde(default)]
    pub time: Option<Time>,
}

/// A peer's predictions: one sentence a line, keyed by article id and sentence start.
#[derive(Debug, Clone, Deserialize)]
pub struct PeerSentence {
    /// Article id.
    pub id: String,
    /// Sentence start (bytes in the article).
    pub start: usize,
    /// Predicted mentions, relative offsets.
    pub mentions: Vec<Mention>,
}

/// The crate's directory.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The default corpus path (the workspace's `target/corpus/newsarticles.jsonl.gz`).
pub fn default_corpus() -> PathBuf {
    crate_dir().join("../../target/corpus/newsarticles.jsonl.gz")
}

/// Reads a gold (or any JSON lines) file.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// The gold batch files: `dev`, `test`, `test2`, `indep`, `indepN` (`tests/gold/indepN.jsonl`) or `all` (the three
/// tuning-corpus batches; the `indep*` batches are text from other corpora, scored with the
/// `--corpus` that `indep.py corpus [--batch NAME]` materialises, so never part of `all`).
pub fn gold_files(batch: &str) -> Vec<PathBuf> {
    let dir = crate_dir().join("tests/gold");
    match batch {
        "dev" | "test" | "test2" => vec![dir.join(format!("{batch}.jsonl"))],
        b if b
            .strip_prefix("indep")
            .is_some_and(|n| n.is_empty() || n.bytes().all(|c| c.is_ascii_digit())) =>
        {
            vec![dir.join(format!("{b}.jsonl"))]
        }
        _ => vec![
            dir.join("dev.jsonl"),
            dir.join("test.jsonl"),
            dir.join("test2.jsonl"),
        ],
    }
}

/// One corpus article: date and text.
pub struct Article {
    /// ISO date, possibly empty.
    pub date: String,
    /// Text.
    pub text: String,
}

/// Reads the articles with the given ids from the gzip JSON lines corpus (decompressed by the
/// system's `gzip -dc`: the crate has no gzip dependency), or from a plain JSON lines file.
pub fn read_corpus(path: &Path, ids: &HashSet<String>) -> Result<HashMap<String, Article>, String> {
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|e| e == "gz") {
        let child = std::process::Command::new("gzip")
            .arg("-dc")
            .arg(path)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| format!("gzip -dc {}: {e}", path.display()))?;
        Box::new(std::io::BufReader::new(child.stdout.expect("piped stdout")))
    } else {
        let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Box::new(std::io::BufReader::new(f))
    };
    #[derive(Deserialize)]
    struct Rec {
        id: serde_json::Value,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        text: Option<String>,
    }
    let mut out = HashMap::new();
    for line in reader.lines() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        let r: Rec = serde_json::from_str(&line).map_err(|e| format!("{}: {e}", path.display()))?;
        let id = match r.id {
            serde_json::Value::String(s) => s,
            v => v.to_string(),
        };
        if ids.contains(&id) {
            out.insert(
                id,
                Article {
                    date: r.date.unwrap_or_default().chars().take(10).collect(),
                    text: r.text.unwrap_or_default(),
                },
            );
        }
    }
    Ok(out)
}

/// Our mention, in the gold's shape, relative to a sentence starting at `base`.
pub fn from_quantity(q: &Quantity, base: usize) -> Mention {
    let kind = serde_json::to_value(q.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    Mention {
        start: q.span.start as i64 - base as i64,
        end: q.span.end as i64 - base as i64,
        text: q.text.clone(),
        kind,
        value: q.value,
        unit: q.unit.clone(),
        time: q.time.as_ref().map(|t| Time {
            iso: t.iso.clone(),
            granularity: serde_json::to_value(t.granularity)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        }),
    }
}

/// The scoring group of a kind: `count` and `fraction` are `number`, `date` and `time` are
/// `date/time`, the others are themselves.
pub fn group(kind: &str) -> &str {
    match kind {
        "count" | "fraction" => "number",
        "date" | "time" => "date/time",
        k => k,
    }
}

/// The groups in report order.
pub const GROUPS: &[&str] = &[
    "number",
    "ordinal",
    "percent",
    "money",
    "dimension",
    "age",
    "duration",
    "date/time",
];

fn num_eq(a: f64, b: f64) -> bool {
    if a.fract() == 0.0 && b.fract() == 0.0 {
        a == b
    } else {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
    }
}

fn bound_eq(a: Option<reckon_claims::Bound>, b: Option<reckon_claims::Bound>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.inclusive == b.inclusive && num_eq(a.value, b.value),
        _ => false,
    }
}

/// A unit in comparable form: lower case, singular, common spellings folded to one symbol.
pub fn norm_unit(u: &str) -> String {
    let u = u.trim().to_lowercase().replace(['-', '.'], " ");
    let u = u.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = match u.as_str() {
        "kilometer" | "kilometers" | "kilometre" | "kilometres" => "km",
        "sq km" | "square kilometer" | "square kilometers" | "square kilometre"
        | "square kilometres" | "km²" | "sqkm" | "km2" => "km2",
        "meter" | "meters" | "metre" | "metres" => "m",
        "mile" | "miles" => "mi",
        "tonne" | "tonnes" | "ton" | "tons" | "metric ton" | "metric tons" => "t",
        "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "miles per hour" | "mile per hour" => "mph",
        "kilometers per hour" | "kilometres per hour" | "kilometer per hour" | "kph" => "km/h",
        "sec" | "secs" | "seconds" | "s" => "second",
        "min" | "mins" | "minutes" => "minute",
        "hr" | "hrs" | "hours" | "h" => "hour",
        "days" | "d" => "day",
        "weeks" => "week",
        "months" => "month",
        "yr" | "yrs" | "years" | "y" => "year",
        other => other,
    };
    folded.to_owned()
}

/// Do the values of a gold and a predicted mention agree (GUIDELINES.md "Scoring")?
pub fn value_match(g: &Mention, p: &Mention) -> bool {
    if group(&g.kind) != group(&p.kind) {
        return false;
    }
    if group(&g.kind) == "date/time" {
        return match (&g.time, &p.time) {
            (Some(a), Some(b)) => a.iso == b.iso && a.granularity == b.granularity,
            _ => false,
        };
    }
    let (Some(a), Some(b)) = (g.value, p.value) else {
        return false;
    };
    if !(bound_eq(a.low, b.low) && bound_eq(a.high, b.high)) {
        return false;
    }
    match g.kind.as_str() {
        "money" => match &g.unit {
            Some(u) => p.unit.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(u)),
            None => true,
        },
        "dimension" | "duration" | "age" => {
            let gu = g.unit.as_deref().map(norm_unit);
            let pu = p.unit.as_deref().map(norm_unit);
            let default = (g.kind == "age").then(|| "year".to_owned());
            gu.or(default.clone()) == pu.or(default)
        }
        _ => true,
    }
}

fn overlap(g: &Mention, p: &Mention) -> i64 {
    g.end.min(p.end) - g.start.max(p.start)
}

/// The one-to-one pairing of one sentence: value matches first (largest overlap first), then
/// the remaining overlapping pairs (span only).
#[derive(Debug, Default, Clone)]
pub struct Pairing {
    /// (gold, predicted) pairs whose values agree.
    pub value: Vec<(usize, usize)>,
    /// (gold, predicted) pairs that overlap but were not value matches (no gold or prediction
    /// in `value` appears here).
    pub span_only: Vec<(usize, usize)>,
}

/// Pairs the gold and predicted mentions of one sentence.
pub fn pair(gold: &[Mention], pred: &[Mention]) -> Pairing {
    let mut cands: Vec<(bool, i64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let o = overlap(g, p);
            if o > 0 {
                cands.push((value_match(g, p), o, i, j));
            }
        }
    }
    // value matches first, then larger overlaps, then text order
    cands.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then((a.2, a.3).cmp(&(b.2, b.3)))
    });
    let mut gu = vec![false; gold.len()];
    let mut pu = vec![false; pred.len()];
    let mut out = Pairing::default();
    for (vm, _, i, j) in cands {
        if gu[i] || pu[j] {
            continue;
        }
        gu[i] = true;
        pu[j] = true;
        if vm {
            out.value.push((i, j));
        } else {
            out.span_only.push((i, j));
        }
    }
    out
}

/// Counts of one group (or of everything).
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Gold mentions.
    pub gold: usize,
    /// Predicted mentions.
    pub pred: usize,
    /// Value-level matches.
    pub value_tp: usize,
    /// Overlapping pairs, counted on the gold side (recall).
    pub span_tp_gold: usize,
    /// Overlapping pairs, counted on the prediction side (precision).
    pub span_tp_pred: usize,
    /// Value matches whose approximate flag differs.
    pub approx_differs: usize,
}

fn prf(tp_p: usize, pred: usize, tp_r: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        tp_p as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp_r as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    /// Value-level precision, recall, F1.
    pub fn value_prf(&self) -> (f64, f64, f64) {
        prf(self.value_tp, self.pred, self.value_tp, self.gold)
    }
    /// Span-only precision, recall, F1.
    pub fn span_prf(&self) -> (f64, f64, f64) {
        prf(self.span_tp_pred, self.pred, self.span_tp_gold, self.gold)
    }
}

/// The scores of a set of sentences: per group, everything, and everything but dates/times.
#[derive(Debug, Default, Clone)]
pub struct Score {
    /// Per group.
    pub by_group: BTreeMap<String, Counts>,
    /// All mentions.
    pub all: Counts,
    /// All mentions but dates and times.
    pub no_dates: Counts,
}

impl Score {
    fn each(&mut self, g: &str, f: impl Fn(&mut Counts)) {
        f(self.by_group.entry(g.to_owned()).or_default());
        f(&mut self.all);
        if g != "date/time" {
            f(&mut self.no_dates);
        }
    }

    /// Adds one sentence.
    pub fn add(&mut self, gold: &[Mention], pred: &[Mention]) -> Pairing {
        let pr = pair(gold, pred);
        for g in gold {
            self.each(group(&g.kind), |c| c.gold += 1);
        }
        for p in pred {
            self.each(group(&p.kind), |c| c.pred += 1);
        }
        for &(i, j) in &pr.value {
            let (g, p) = (&gold[i], &pred[j]);
            let approx = g.value.map(|v| v.approximate) != p.value.map(|v| v.approximate)
                && g.value.is_some();
            self.each(group(&g.kind), |c| {
                c.value_tp += 1;
                c.span_tp_gold += 1;
                c.span_tp_pred += 1;
                if approx {
                    c.approx_differs += 1;
                }
            });
        }
        for &(i, j) in &pr.span_only {
            self.each(group(&gold[i].kind), |c| c.span_tp_gold += 1);
            self.each(group(&pred[j].kind), |c| c.span_tp_pred += 1);
        }
        pr
    }
}

/// A mention on one line: `"text" kind value unit` or `"text" date iso (granularity)`.
pub fn show(m: &Mention) -> String {
    let mut s = format!("{:?} {}", m.text, m.kind);
    if let Some(v) = m.value {
        s += &format!(" {v}");
    }
    if let Some(u) = &m.unit {
        s += &format!(" {u}");
    }
    if let Some(t) = &m.time {
        s += &format!(" {} ({})", t.iso, t.granularity);
    }
    s
}
