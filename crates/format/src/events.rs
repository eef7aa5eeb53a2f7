//! Events as outputs: `events.jsonl` (one archive-wide event a line) and the plain-text event
//! list of `reckon events` and of the terminal report (sources, figures over time, findings).

use std::fmt::Write as _;
use std::io::Write;

use reckon_reconcile::{Event, EventFigure, Finding, num};

use crate::Error;
use crate::terminal_safe;

/// `events.jsonl`: one [`Event`] a line (id, kind, `when` window, place, documents, members and
/// figures with their reconciled value and each article's report).
pub fn write_events_jsonl<W: Write>(out: &mut W, events: &[Event]) -> Result<(), Error> {
    crate::jsonl::write_lines(out, events)
}

/// Each article's report of a figure, `value (document)`, with `*` after an implicit count
/// (`1* (doc-a), 2 (doc-b)`); `escape` makes a document id safe for the output (terminal or
/// HTML).
pub(crate) fn reports(f: &EventFigure, escape: impl Fn(&str) -> String) -> String {
    f.reports
        .iter()
        .map(|(doc, fig)| {
            format!(
                "{}{} ({})",
                num(fig.value),
                if fig.implicit { "*" } else { "" },
                escape(doc)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The date or window of an event as a reader wants it: `2016-05-01` or
/// `2016-04-28..2016-05-01`, `undated` without one.
pub fn event_when(e: &Event) -> String {
    match e.when {
        Some(w) if w.start == w.end => w.start.to_string(),
        Some(w) => format!("{}..{}", w.start, w.end),
        None => "undated".to_owned(),
    }
}

/// Kind as written in outputs (`shooting`).
fn kind_name(e: &Event) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The lines of one event: a header (kind, date, place, sources), each figure with its reports
/// in date order (figures over time), and the findings whose evidence belongs to the event.
pub fn event_block(e: &Event, findings: &[&Finding]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} {} · {} · {} article{}  [{}]",
        kind_name(e),
        event_when(e),
        terminal_safe(e.place.as_deref().unwrap_or("(no place)")),
        terminal_safe(&e.documents.join(", ")),
        e.documents.len(),
        if e.documents.len() == 1 { "" } else { "s" },
        terminal_safe(&e.id),
    );
    for f in &e.figures {
        let _ = writeln!(
            s,
            "  {}: {}  ← {}",
            terminal_safe(&f.measure),
            num(f.value),
            reports(f, |doc| terminal_safe(doc).into_owned())
        );
    }
    for f in findings {
        let _ = writeln!(
            s,
            "  ! {}: {}",
            f.kind.as_str(),
            terminal_safe(&f.explanation)
        );
    }
    s
}

/// The findings whose evidence cites `event`.
pub fn findings_of<'a>(event: &str, findings: &'a [Finding]) -> Vec<&'a Finding> {
    findings
        .iter()
        .filter(|f| f.evidence.iter().any(|e| e.event.as_deref() == Some(event)))
        .collect()
}

/// The event list of `reckon events`: events reported by the most articles first (ties: by id),
/// one block each; `*` marks a figure read from words (`a man was killed`).
pub fn render_events(events: &[&Event]) -> String {
    let mut order: Vec<&Event> = events.to_vec();
    order.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut s = format!("{} events\n", order.len());
    for e in order {
        s.push('\n');
        s.push_str(&event_block(e, &[]));
    }
    s
}
