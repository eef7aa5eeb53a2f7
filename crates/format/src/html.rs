//! The self-contained HTML report (feature `html`): one file, inline CSS and SVG, no script and
//! no network at view time. One chart per series (bounds as bands, each source as a point,
//! flagged points ringed), a findings table linking to the cited sentences, and an entities index.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use reckon_reconcile::{Evidence, Finding, Point, Reconciliation, Series, Severity, num};

use crate::index::EntityIndex;
use crate::terminal::top_series;

/// How to render the HTML report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlOptions {
    /// The page title.
    pub title: String,
    /// At most this many series get a chart (the ones with most points).
    pub max_charts: usize,
}

impl Default for HtmlOptions {
    fn default() -> HtmlOptions {
        HtmlOptions {
            title: "reckon report".into(),
            max_charts: 40,
        }
    }
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// An id-safe form of any text, and a different one for different texts: ASCII letters, digits
/// and `-` stay, every other byte is written `_XX` (hex). `_` only ever starts an escape, so
/// `wire/gaza.txt` (`wire_2Fgaza_2Etxt`) and `wire-gaza.txt` (`wire-gaza_2Etxt`) stay apart.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(b as char);
        } else {
            let _ = write!(out, "_{b:02X}");
        }
    }
    out
}

/// A stable anchor for a sentence of a document, distinct for distinct (document, sentence):
/// the start offset after the last `-` has no `-` of its own.
fn anchor(doc_id: &str, sentence_start: u32) -> String {
    format!("s-{}-{sentence_start}", slug(doc_id))
}

/// The outlet of a piece of evidence: its source, else the first folder of its id.
fn outlet(e: &Evidence) -> String {
    e.source
        .clone()
        .unwrap_or_else(|| match e.doc_id.split_once('/') {
            Some((dir, _)) => dir.to_string(),
            None => e.doc_id.clone(),
        })
}

const PALETTE: [&str; 8] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
];

/// Chart geometry (user units of the viewBox; the chart scales to its grid cell).
const W: f64 = 480.0;
const H: f64 = 210.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// The least distance between the centres of two date labels on the x axis.
const MIN_LABEL_GAP: f64 = 46.0;

/// The value a point is drawn at: the middle of its bounds (computed without overflow), or its
/// one bound. `None` (not drawn, counted as such) when there is none or it is not finite.
fn point_value(p: &Point) -> Option<f64> {
    let v = match (p.value.low, p.value.high) {
        (Some(l), Some(h)) => l.value / 2.0 + h.value / 2.0,
        (Some(l), None) => l.value,
        (None, Some(h)) => h.value,
        (None, None) => return None,
    };
    v.is_finite().then_some(v)
}

/// Most gridlines a chart draws (a round step gives 4 or 5; this only bounds the loop).
const MAX_GRIDLINES: f64 = 12.0;

/// The y axis of values up to `top` (finite, `>= 0`): `(step, ymax)`, a round step and the
/// axis maximum, a multiple of it a little above `top`. Both finite for any finite `top`, even
/// near `f64::MAX`, where the headroom shrinks instead of overflowing.
fn y_axis(top: f64) -> (f64, f64) {
    let top = if top.is_finite() { top.max(0.0) } else { 0.0 };
    let step = nice(top * 1.08 / 4.0);
    let ymax = step * (top * 1.08 / step).ceil().max(1.0);
    if ymax.is_finite() && step.is_finite() {
        (step, ymax)
    } else {
        (top / 4.0, top)
    }
}

fn chart(
    s: &Series,
    flagged: &BTreeMap<(String, u32), Vec<String>>,
    colours: &BTreeMap<String, usize>,
) -> String {
    let pts: Vec<(&Point, jiff::civil::Date, f64)> = s
        .points
        .iter()
        .filter_map(|p| Some((p, p.date?, point_value(p)?)))
        .collect();
    let mut svg = String::new();
    if pts.is_empty() {
        return svg;
    }
    let d0 = pts.iter().map(|x| x.1).min().expect("non-empty");
    let d1 = pts.iter().map(|x| x.1).max().expect("non-empty");
    let days = |d: jiff::civil::Date| (d - d0).get_days() as f64;
    let span_days = days(d1).max(1.0);
    let single = d0 == d1;
    let ymax_raw = pts
        .iter()
        .flat_map(|(p, _, v)| [Some(*v), p.interval.hi.is_finite().then_some(p.interval.hi)])
        .flatten()
        .fold(0.0_f64, f64::max);
    let (step, ymax) = y_axis(ymax_raw);
    let x = |d: jiff::civil::Date| {
        if single {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + days(d) / span_days * (W - LEFT - RIGHT)
        }
    };
    let y = |v: f64| TOP + (1.0 - (v.max(0.0) / ymax).min(1.0)) * (H - TOP - BOTTOM);
    let _ = write!(
        svg,
        r#"<svg class="chart" data-series="{}" data-points="{}" viewBox="0 0 {W} {H}" role="img" aria-label="{}">"#,
        esc(&s.key),
        pts.len(),
        esc(&crate::terminal::series_label(s))
    );
    // Axes and gridlines, at round steps.
    let ticks = (ymax / step).round().clamp(1.0, MAX_GRIDLINES) as u32;
    for i in 0..=ticks {
        let v = step * f64::from(i);
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            W - RIGHT,
            y(v),
            y(v),
            LEFT - 6.0,
            y(v) + 4.0,
            tick(v)
        );
    }
    // Date labels, left to right, skipping any that would overlap the previous one.
    let dates: BTreeSet<jiff::civil::Date> = pts.iter().map(|p| p.1).collect();
    let mut last_x = f64::NEG_INFINITY;
    for d in &dates {
        if x(*d) - last_x < MIN_LABEL_GAP {
            continue;
        }
        last_x = x(*d);
        let _ = write!(
            svg,
            r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            x(*d),
            H - 10.0,
            crate::terminal::short_date(*d)
        );
    }
    // The line through the mean of each date's points (restated earlier values left out).
    let mut by_date: BTreeMap<jiff::civil::Date, Vec<f64>> = BTreeMap::new();
    for (p, d, v) in &pts {
        if !p.prior {
            by_date.entry(*d).or_default().push(*v);
        }
    }
    if by_date.len() > 1 {
        let path: Vec<String> = by_date
            .iter()
            .map(|(d, vs)| {
                format!(
                    "{:.1},{:.1}",
                    x(*d),
                    y(vs.iter().sum::<f64>() / vs.len() as f64)
                )
            })
            .collect();
        let _ = write!(
            svg,
            r#"<polyline class="trend" points="{}"/>"#,
            path.join(" ")
        );
    }
    // Bands: the values each figure is compatible with.
    for (p, d, _) in &pts {
        let lo = if p.interval.lo.is_finite() {
            p.interval.lo
        } else {
            0.0
        };
        let open = !p.interval.hi.is_finite();
        let hi = if open { ymax } else { p.interval.hi };
        let (top, bottom) = (y(hi), y(lo));
        let _ = write!(
            svg,
            r#"<rect class="band{}" x="{:.1}" y="{:.1}" width="10" height="{:.1}"/>"#,
            if open { " open" } else { "" },
            x(*d) - 5.0,
            top,
            (bottom - top).max(1.5)
        );
    }
    // Points, one per claim, coloured by source; flagged ones ringed.
    for (p, d, v) in &pts {
        let e = &p.evidence;
        let colour = PALETTE[colours.get(&outlet(e)).copied().unwrap_or(0) % PALETTE.len()];
        let flags = flagged.get(&(e.doc_id.clone(), e.claim));
        let _ = write!(
            svg,
            r##"<a href="#{}"><circle class="pt{}{}" cx="{:.1}" cy="{:.1}" r="5" fill="{colour}"><title>{}: “{}” ({}){}</title></circle></a>"##,
            anchor(&e.doc_id, e.sentence_span.start),
            if flags.is_some() { " flagged" } else { "" },
            if p.prior { " prior" } else { "" },
            x(*d),
            y(*v),
            d,
            esc(&e.text),
            esc(&e.doc_id),
            flags
                .map(|f| format!(" — {}", esc(&f.join(", "))))
                .unwrap_or_default()
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A short axis label: `2.5`, `750`, `20,000`, `1.5M`, `2bn`.
fn tick(v: f64) -> String {
    let short = |d: f64, suffix: &str| format!("{}{suffix}", num((v / d * 10.0).round() / 10.0));
    if v >= 1e9 {
        short(1e9, "bn")
    } else if v >= 1e6 {
        short(1e6, "M")
    } else {
        num(v)
    }
}

/// A round number at or above `v` (1, 2 or 5 times a power of ten).
fn nice(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= v {
            return m * p;
        }
    }
    10.0 * p
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::High => "high",
        Severity::Medium => "medium",
        Severity::Low => "low",
        Severity::Info => "info",
    }
}

/// The sentence with the cited quantities marked.
fn marked_sentence(sentence: &str, start: u32, spans: &BTreeSet<(u32, u32)>) -> String {
    let mut out = String::new();
    let mut at = 0usize;
    for &(s, e) in spans {
        let (s, e) = (
            (s.saturating_sub(start)) as usize,
            (e.saturating_sub(start)) as usize,
        );
        if s < at
            || s > e
            || e > sentence.len()
            || !sentence.is_char_boundary(s)
            || !sentence.is_char_boundary(e)
        {
            continue;
        }
        out.push_str(&esc(&sentence[at..s]));
        let _ = write!(out, "<mark>{}</mark>", esc(&sentence[s..e]));
        at = e;
    }
    out.push_str(&esc(&sentence[at..]));
    out
}

/// One row of the findings table (`row_class` is `finding`, or `check` for a passed check).
fn finding_row(f: &Finding, row_class: &str) -> String {
    let mut ev = String::new();
    for e in &f.evidence {
        let _ = write!(
            ev,
            r##"<li><a href="#{}">{} #{}</a> “{}”{}</li>"##,
            anchor(&e.doc_id, e.sentence_span.start),
            esc(&e.doc_id),
            e.claim,
            esc(&e.text),
            crate::terminal::also_reported_by(&e.also_reported_by)
                .map(|a| format!(r#"<div class="arith">{}</div>"#, esc(&a)))
                .unwrap_or_default()
        );
    }
    format!(
        r#"<tr class="{row_class} {}"><td><span class="sev">{}</span></td><td>{}</td><td>{}</td><td>{}<div class="arith">{}</div></td><td><ul>{}</ul></td></tr>"#,
        severity_class(f.severity),
        severity_class(f.severity),
        esc(&f.kind.as_str().replace('_', " ")),
        f.date.map(|d| d.to_string()).unwrap_or_default(),
        esc(&f.explanation),
        esc(&f.arithmetic),
        ev
    )
}

const CSS: &str = r#"
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.35em .5em;vertical-align:top;text-align:left}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em}.high .sev{color:#c00}.medium .sev{color:#b60}.low .sev{color:#077}.info .sev{color:#070}
.arith{color:#666;font-family:ui-monospace,monospace;font-size:.85em}ul{margin:0;padding-left:1.1em}
.findings td:nth-child(2){width:9em}.findings td:nth-child(3){white-space:nowrap}.findings td:last-child{width:34%}.findings a{overflow-wrap:anywhere}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:0 1.5em}
.series{margin:1em 0;min-width:0;display:flex;flex-direction:column}.series svg.chart{margin-top:auto}.series h3{margin:.2em 0;font-size:1.05em}.meta{color:#666;font-size:.85em;overflow-wrap:anywhere;margin-bottom:.3em}
svg.chart{display:block;width:100%;height:auto;background:#fafafa;border:1px solid #eee;box-sizing:border-box}.grid{stroke:#e5e5e5}.tick{font-size:10px;fill:#777}
.trend{fill:none;stroke:#999;stroke-width:1.2}.band{fill:#1f77b4;fill-opacity:.18}.band.open{fill-opacity:.08}
.pt{stroke:#fff;stroke-width:1}.pt.flagged{stroke:#d00;stroke-width:3}.pt.prior{fill-opacity:.45}
.legend span{display:inline-block;margin-right:1em;font-size:.85em}.legend i{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:middle}
.entities td:last-child{font-size:.85em;color:#555}details summary{cursor:pointer;color:#555}
.doc h3{font-size:1em;margin:1.2em 0 .3em}.sentence{margin:.3em 0;padding:.3em .6em;border-left:3px solid #ddd}.sentence:target{background:#fff6d5;border-color:#e90}
mark{background:#ffe08a}
"#;

/// Cited sentences of one document: sentence start -> (text, quantity spans).
type SentencesOfDoc<'a> = BTreeMap<u32, (&'a str, BTreeSet<(u32, u32)>)>;

/// Renders the report as one HTML document.
pub fn render_html(r: &Reconciliation, entities: &EntityIndex, o: &HtmlOptions) -> String {
    let mut flagged: BTreeMap<(String, u32), Vec<String>> = BTreeMap::new();
    for f in &r.findings {
        for e in &f.evidence {
            let v = flagged.entry((e.doc_id.clone(), e.claim)).or_default();
            if !v.iter().any(|k| k == f.kind.as_str()) {
                v.push(f.kind.as_str().to_string());
            }
        }
    }
    let charted = top_series(&r.series, o.max_charts);
    // Sources get colours in name order, so a source has the same colour on every chart.
    let mut sources: BTreeSet<String> = BTreeSet::new();
    for s in &charted {
        for p in &s.points {
            sources.insert(outlet(&p.evidence));
        }
    }
    let colours: BTreeMap<String, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.clone(), i))
        .collect();

    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{CSS}</style></head><body>\n",
        esc(&o.title)
    );
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p class=\"meta\">{} series · {} findings · {} arithmetic checks passed</p>\n",
        esc(&o.title),
        r.series.len(),
        r.findings.len(),
        r.passed.len()
    );
    h.push_str("<h2 id=\"findings\">Findings</h2>\n");
    if r.findings.is_empty() {
        h.push_str("<p>No inconsistency found.</p>\n");
    } else {
        h.push_str("<table class=\"findings\"><thead><tr><th>severity</th><th>kind</th><th>date</th><th>what is wrong</th><th>evidence</th></tr></thead><tbody>\n");
        for f in &r.findings {
            h.push_str(&finding_row(f, "finding"));
            h.push('\n');
        }
        h.push_str("</tbody></table>\n");
    }
    if !r.passed.is_empty() {
        let _ = writeln!(
            h,
            "<details class=\"passed\"><summary>{} arithmetic {} passed</summary><table class=\"findings passed\"><tbody>",
            r.passed.len(),
            plural(r.passed.len(), "check", "checks")
        );
        for f in &r.passed {
            h.push_str(&finding_row(f, "check"));
            h.push('\n');
        }
        h.push_str("</tbody></table></details>\n");
    }
    events_section(r, o, &mut h);
    h.push_str("<h2 id=\"series\">Series</h2>\n<p class=\"legend\">");
    // A legend entry per source while each has its own colour; past that, colours repeat and
    // the title of each dot names its source.
    if colours.len() <= PALETTE.len() {
        for (s, i) in &colours {
            let _ = write!(
                h,
                r#"<span><i style="background:{}"></i>{}</span>"#,
                PALETTE[i % PALETTE.len()],
                esc(s)
            );
        }
    } else {
        let _ = write!(
            h,
            "<span>dots coloured by source ({} sources, colours repeat; hover a dot for its article)</span>",
            colours.len()
        );
    }
    h.push_str(
        "<span>bands: values each figure allows · red ring: cited by a finding</span></p>\n<div class=\"charts\">\n",
    );
    for s in &charted {
        let latest = s
            .latest()
            .map(|p| p.evidence.text.clone())
            .unwrap_or_else(|| "-".into());
        let undrawn = s
            .points
            .iter()
            .filter(|p| p.date.is_none() || point_value(p).is_none())
            .count();
        let _ = write!(
            h,
            "<section class=\"series\" id=\"series-{}\"><h3>{}</h3><div class=\"meta\">{} · {} · latest {} · {} {} from {} {}{}</div>\n{}\n</section>\n",
            slug(&s.key),
            esc(&crate::terminal::series_label(s)),
            esc(&s.key),
            if s.cumulative {
                "running total"
            } else {
                "stock"
            },
            esc(&latest),
            s.points.len(),
            plural(s.points.len(), "point", "points"),
            s.documents(),
            plural(s.documents(), "document", "documents"),
            match undrawn {
                0 => String::new(),
                n => format!(" · {n} without a date or value, not drawn"),
            },
            chart(s, &flagged, &colours)
        );
    }
    h.push_str("</div>\n");
    if r.series.len() > charted.len() {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{} more series not charted.</p>",
            r.series.len() - charted.len()
        );
    }
    // The cited sentences, grouped by document, as link targets.
    let mut sentences: BTreeMap<&str, SentencesOfDoc<'_>> = BTreeMap::new();
    let evidence = r
        .findings
        .iter()
        .chain(&r.passed)
        .flat_map(|f| f.evidence.iter())
        .chain(
            charted
                .iter()
                .flat_map(|s| s.points.iter().map(|p| &p.evidence)),
        );
    for e in evidence {
        let entry = sentences
            .entry(e.doc_id.as_str())
            .or_default()
            .entry(e.sentence_span.start)
            .or_insert((e.sentence.as_str(), BTreeSet::new()));
        entry.1.insert((e.span.start, e.span.end));
    }
    h.push_str("<h2 id=\"articles\">Cited sentences</h2>\n");
    for (doc, sents) in &sentences {
        let _ = writeln!(h, "<div class=\"doc\"><h3>{}</h3>", esc(doc));
        for (start, (text, spans)) in sents {
            let _ = writeln!(
                h,
                "<p class=\"sentence\" id=\"{}\">{}</p>",
                anchor(doc, *start),
                marked_sentence(text, *start, spans)
            );
        }
        h.push_str("</div>\n");
    }
    h.push_str("<h2 id=\"entities\">Entities</h2>\n");
    if entities.is_empty() {
        h.push_str("<p>No entities (the entities stage did not run).</p>\n");
    } else {
        h.push_str("<table class=\"entities\"><thead><tr><th>entity</th><th>label</th><th>mentions</th><th>documents</th></tr></thead><tbody>\n");
        for row in entities.rows() {
            let label = row.label.as_str();
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(row.canonical),
                esc(label),
                row.mentions,
                esc(&row.documents.join(", "))
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</body></html>\n");
    h
}

/// The events several articles report: kind, date, place and sources, each measure's
/// reconciled value with every report in date order (figures over time), and the findings
/// citing the event.
fn events_section(r: &Reconciliation, o: &HtmlOptions, h: &mut String) {
    let mut shared: Vec<&reckon_reconcile::Event> =
        r.events.iter().filter(|e| e.documents.len() > 1).collect();
    if shared.is_empty() {
        return;
    }
    shared.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    let _ = writeln!(
        h,
        "<h2 id=\"events\">Events</h2>\n<p class=\"meta\">{} events reported by several articles ({} in all); * marks a figure read from words</p>",
        shared.len(),
        r.events.len()
    );
    for e in shared.iter().take(o.max_charts) {
        let kind = serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let _ = writeln!(
            h,
            "<section class=\"event\" id=\"event-{}\"><h3>{} · {} · {}</h3><p class=\"meta\">{} articles: {}</p><ul>",
            esc(&e.id),
            esc(&kind),
            esc(&crate::events::event_when(e)),
            esc(e.place.as_deref().unwrap_or("(no place)")),
            e.documents.len(),
            esc(&e.documents.join(", "))
        );
        for f in &e.figures {
            let _ = writeln!(
                h,
                "<li><b>{}</b>: {} ← {}</li>",
                esc(&f.measure),
                num(f.value),
                crate::events::reports(f, esc)
            );
        }
        for f in crate::events::findings_of(&e.id, &r.findings) {
            let _ = writeln!(
                h,
                "<li class=\"finding\">{}: {}</li>",
                esc(f.kind.as_str()),
                esc(&f.explanation)
            );
        }
        h.push_str("</ul></section>\n");
    }
}
