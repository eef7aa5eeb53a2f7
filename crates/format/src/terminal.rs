//! The terminal report: the top series with their latest value and range, then the findings,
//! wrapped to a width (100 columns by default), coloured only when asked (on a TTY).

use std::borrow::Cow;
use std::fmt::Write as _;

use reckon_reconcile::{Finding, Reconciliation, Reprint, Series, Severity, num};

/// `s` made safe to print on a terminal: every control character (C0 such as ESC, CR, BEL and
/// newline; DEL; C1 such as CSI) and every Unicode bidirectional control is written as a visible
/// escape (`\u{1b}`), so no id, source, title or sentence from an archive can move the cursor,
/// clear the screen, retitle the window or reorder what the terminal shows. Text without such
/// characters is returned as it is, borrowed.
///
/// Every text from the input that reckon prints to a terminal goes through this function: the
/// terminal report, `reckon reconcile`, `reckon diff` and the `skipped:` lines on stderr.
///
/// ```
/// use reckon_format::terminal_safe;
/// assert_eq!(terminal_safe("wire/gaza.txt"), "wire/gaza.txt");
/// assert_eq!(terminal_safe("a\x1b]0;PWNED\x07b"), "a\\u{1b}]0;PWNED\\u{7}b");
/// assert_eq!(terminal_safe("\r\x1b[1A"), "\\u{d}\\u{1b}[1A");
/// ```
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// How to render the terminal report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerminalOptions {
    /// Line width in columns.
    pub width: usize,
    /// ANSI colour (only when the output is a terminal).
    pub color: bool,
    /// How many series to list.
    pub top: usize,
}

impl Default for TerminalOptions {
    fn default() -> TerminalOptions {
        TerminalOptions {
            width: 100,
            color: false,
            top: 12,
        }
    }
}

impl TerminalOptions {
    /// The options for a stream: colour only when it is a terminal and `NO_COLOR` is unset or
    /// empty (<https://no-color.org>) and `TERM` is not `dumb`; on a terminal, the width is
    /// `COLUMNS` when set, at most 100 (at least 60).
    ///
    /// ```
    /// let o = reckon_format::TerminalOptions::detect(false);
    /// assert!(!o.color);
    /// assert_eq!(o.width, 100);
    /// ```
    pub fn detect(is_terminal: bool) -> TerminalOptions {
        TerminalOptions::from_env(
            is_terminal,
            std::env::var("NO_COLOR").ok().as_deref(),
            std::env::var("TERM").ok().as_deref(),
            std::env::var("COLUMNS").ok().as_deref(),
        )
    }

    /// [`TerminalOptions::detect`] with the environment passed in.
    fn from_env(
        is_terminal: bool,
        no_color: Option<&str>,
        term: Option<&str>,
        columns: Option<&str>,
    ) -> TerminalOptions {
        let d = TerminalOptions::default();
        let width = match columns.and_then(|c| c.trim().parse::<usize>().ok()) {
            Some(c) if is_terminal => c.clamp(60, d.width),
            _ => d.width,
        };
        TerminalOptions {
            width,
            color: is_terminal && no_color.is_none_or(str::is_empty) && term != Some("dumb"),
            ..d
        }
    }
}

/// Series ordered by how much the archive says about them: points, then documents, then key.
pub fn top_series(series: &[Series], n: usize) -> Vec<&Series> {
    let mut v: Vec<&Series> = series.iter().collect();
    v.sort_by(|a, b| {
        (b.points.len(), b.documents(), &a.key).cmp(&(a.points.len(), a.documents(), &b.key))
    });
    v.truncate(n);
    v
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn severity(&self, s: Severity) -> String {
        let (code, name) = match s {
            Severity::High => ("1;31", "HIGH"),
            Severity::Medium => ("33", "MEDIUM"),
            Severity::Low => ("36", "LOW"),
            Severity::Info => ("32", "OK"),
        };
        self.wrap(code, &format!("[{name}]"))
    }
}

fn width_of(s: &str) -> usize {
    s.chars().count()
}

/// Cuts `s` to `w` columns with an ellipsis, then pads it to `w`.
fn fit(s: &str, w: usize) -> String {
    let n = width_of(s);
    if n <= w {
        format!("{s}{}", " ".repeat(w - n))
    } else {
        let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Word-wraps `text` to `width` columns, every line prefixed by `indent`.
pub(crate) fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let avail = width.saturating_sub(width_of(indent)).max(20);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && width_of(&line) + 1 + width_of(word) > avail {
            lines.push(format!("{indent}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{indent}{line}"));
    }
    lines
}

/// The series label, with the unit its key ends with (`damaged · cassuaro [fraction]`), so two
/// series that differ only by unit read differently.
pub(crate) fn series_label(s: &Series) -> String {
    let unit = s
        .key
        .strip_suffix(']')
        .and_then(|k| k.rsplit_once('['))
        .map(|(_, u)| u);
    match unit {
        Some(u) if !u.is_empty() && !s.label.contains(u) => format!("{} [{u}]", s.label),
        _ => s.label.clone(),
    }
}

fn latest(s: &Series) -> String {
    match s.latest() {
        Some(p) => format!(
            "{}{}",
            terminal_safe(&p.evidence.text),
            p.date
                .map(|d| format!(" ({})", short_date(d)))
                .unwrap_or_default()
        ),
        None => "-".into(),
    }
}

/// `7 Jul`: the day without padding and the English month abbreviation (jiff's `%b`).
pub(crate) fn short_date(d: jiff::civil::Date) -> String {
    d.strftime("%-d %b").to_string()
}

fn range(s: &Series) -> String {
    match s.range() {
        Some((lo, hi)) if lo == hi => num(lo),
        Some((lo, hi)) => format!("{} – {}", num(lo), num(hi)),
        None => "-".into(),
    }
}

fn finding_lines(f: &Finding, o: &TerminalOptions, p: &Paint, out: &mut Vec<String>) {
    let date = f.date.map(|d| format!(" · {d}")).unwrap_or_default();
    // The series name takes what is left of the line (measured without colour codes).
    let used = width_of(&format!(
        "{} {}{date}",
        Paint(false).severity(f.severity),
        f.kind.as_str()
    ));
    let series = f
        .series
        .as_deref()
        .map(|s| {
            let room = o.width.saturating_sub(used + 3).max(8);
            format!(" · {}", fit(&terminal_safe(s), room).trim_end())
        })
        .unwrap_or_default();
    out.push(format!(
        "{} {}{date}{series}",
        p.severity(f.severity),
        p.bold(f.kind.as_str()),
    ));
    out.extend(wrap(&terminal_safe(&f.explanation), o.width, "    "));
    out.extend(
        wrap(
            &format!("= {}", terminal_safe(&f.arithmetic)),
            o.width,
            "    ",
        )
        .into_iter()
        .map(|l| p.dim(&l)),
    );
    for e in &f.evidence {
        let line = format!(
            "    - {} #{} “{}”",
            terminal_safe(&e.doc_id),
            e.claim,
            terminal_safe(&e.text)
        );
        out.push(p.dim(fit(&line, o.width).trim_end()));
        if let Some(also) = also_reported_by(&e.also_reported_by) {
            let line = format!("      {}", terminal_safe(&also));
            out.push(p.dim(fit(&line, o.width).trim_end()));
        }
    }
}

/// `also reported by Gazette, Observer, x~s3 (3 copies)`: the copies of an evidence's document
/// (their outlet, else their id; the first five names), or `None` when it has none.
pub(crate) fn also_reported_by(copies: &[Reprint]) -> Option<String> {
    const SHOWN: usize = 5;
    if copies.is_empty() {
        return None;
    }
    let mut names: Vec<&str> = Vec::new();
    for c in copies {
        let name = c.source.as_deref().unwrap_or(&c.doc_id);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let more = names.len().saturating_sub(SHOWN);
    names.truncate(SHOWN);
    Some(format!(
        "also reported by {}{} ({} {})",
        names.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        },
        copies.len(),
        if copies.len() == 1 { "copy" } else { "copies" }
    ))
}

/// Renders the report as text (lines end with `\n`).
pub fn render_terminal(r: &Reconciliation, o: &TerminalOptions) -> String {
    let p = Paint(o.color);
    let w = o.width.max(60);
    let mut out = Vec::new();
    out.push(p.bold(&format!(
        "reckon: {} series, {} findings, {} arithmetic checks passed",
        r.series.len(),
        r.findings.len(),
        r.passed.len()
    )));
    out.push(String::new());
    // Columns: label | latest | range | points | docs, sized to the width.
    let (latest_w, range_w, nums_w) = (22, 17, 12);
    let label_w = w.saturating_sub(latest_w + range_w + nums_w + 3).max(16);
    out.push(
        p.bold(
            format!(
                "{} {} {} {}",
                fit("TOP SERIES", label_w),
                fit("latest", latest_w),
                fit("range", range_w),
                fit("points docs", nums_w)
            )
            .trim_end(),
        ),
    );
    for s in top_series(&r.series, o.top) {
        let label = format!(
            "{}{}",
            terminal_safe(&series_label(s)),
            if s.cumulative { " (total)" } else { "" }
        );
        out.push(
            format!(
                "{} {} {} {}",
                fit(&label, label_w),
                fit(&latest(s), latest_w),
                fit(&range(s), range_w),
                fit(
                    &format!("{:>6} {:>4}", s.points.len(), s.documents()),
                    nums_w
                )
            )
            .trim_end()
            .to_string(),
        );
    }
    if r.series.len() > o.top {
        out.push(p.dim(&format!("… and {} more series", r.series.len() - o.top)));
    }
    // Events reported by more than one article, with their figures over time and findings.
    let mut shared: Vec<&reckon_reconcile::Event> =
        r.events.iter().filter(|e| e.documents.len() > 1).collect();
    shared.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    if !shared.is_empty() {
        out.push(String::new());
        out.push(p.bold(&format!(
            "EVENTS reported by several articles ({} of {})",
            shared.len(),
            r.events.len()
        )));
        for e in shared.iter().take(o.top) {
            let findings = crate::events::findings_of(&e.id, &r.findings);
            out.extend(
                crate::events::event_block(e, &findings)
                    .lines()
                    .map(|l| format!("  {l}")),
            );
        }
        if shared.len() > o.top {
            out.push(p.dim(&format!("… and {} more events", shared.len() - o.top)));
        }
    }
    out.push(String::new());
    out.push(p.bold("FINDINGS"));
    if r.findings.is_empty() {
        out.push("  none: every figure checked is consistent".into());
    }
    for f in &r.findings {
        finding_lines(f, &TerminalOptions { width: w, ..*o }, &p, &mut out);
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::{TerminalOptions, also_reported_by, terminal_safe};

    #[test]
    fn also_reported_by_names_each_outlet_once_and_counts_every_copy() {
        let copy = |id: &str, source: Option<&str>| reckon_reconcile::Reprint {
            doc_id: id.to_owned(),
            doc_date: None,
            source: source.map(str::to_owned),
        };
        assert_eq!(also_reported_by(&[]), None);
        let one = [copy("x~s1", None)];
        assert_eq!(
            also_reported_by(&one).as_deref(),
            Some("also reported by x~s1 (1 copy)")
        );
        let outlets = ["A", "B", "A", "C", "D", "E", "F", "G"];
        let many: Vec<_> = outlets
            .iter()
            .enumerate()
            .map(|(i, s)| copy(&format!("x~s{i}"), Some(s)))
            .collect();
        assert_eq!(
            also_reported_by(&many).as_deref(),
            Some("also reported by A, B, C, D, E and 2 more (8 copies)")
        );
    }

    #[test]
    fn terminal_safe_escapes_every_control_and_bidi_character() {
        for c in (0u32..0x20)
            .chain(0x7f..0xa0)
            .chain([0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069])
        {
            let c = char::from_u32(c).expect("a char");
            let s = terminal_safe(&format!("a{c}b")).into_owned();
            assert!(!s.chars().any(|x| x == c), "{c:?} -> {s:?}");
            assert_eq!(s, format!("a\\u{{{:x}}}b", u32::from(c)));
        }
        assert!(matches!(
            terminal_safe("Gaza – “41” é 東京"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        let o =
            |tty, no_color, term, columns| TerminalOptions::from_env(tty, no_color, term, columns);
        assert!(o(true, None, Some("xterm"), None).color);
        assert!(
            o(true, Some(""), None, None).color,
            "an empty NO_COLOR is unset"
        );
        assert!(!o(true, Some("1"), None, None).color);
        assert!(!o(true, None, Some("dumb"), None).color);
        assert!(!o(false, None, Some("xterm"), None).color);
        assert_eq!(o(true, None, None, Some("80")).width, 80);
        assert_eq!(o(true, None, None, Some("250")).width, 100);
        assert_eq!(o(true, None, None, Some("20")).width, 60);
        assert_eq!(o(true, None, None, Some("wide")).width, 100);
        assert_eq!(
            o(false, None, None, Some("80")).width,
            100,
            "a file gets the default width"
        );
    }
}
