//! Golden outputs: the extraction of a document as a small text file meant to be read in a pull
//! request, and the structured diff of two extractions of the same archive.
//!
//! A golden file holds one mention a line, in text order:
//!
//! ```text
//! # reckon golden v1
//! # id: "indico-tribune/2026-02-11-ezani-landfall.txt"
//! # date: 2026-02-11
//! # 2 entities, 1 claims
//!
//! entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» made landfall on Tuesday…
//! claim 98..114 "more than 57,500" count (57500,) | counted=person event=displaced key=displaced stock | …officials said «more than 57,500» people were displaced.
//! ```
//!
//! Fields: kind, byte span, text (a JSON string), label (entity label or quantity kind) and value
//! (bounds, unit, time), then ` | ` the frame (claims) or canonical name (entities), then ` | `
//! the sentence trimmed to [`CONTEXT_CHARS`] characters on each side of the mention, which is
//! marked `«…»`. Lines never depend on each other (no column alignment), so one changed claim is
//! one changed line in `git diff`. The format parses back ([`parse_golden`]) to the same
//! [`GoldenDoc`] it was rendered from.
//!
//! [`diff_docs`] pairs the mentions of two extractions robustly (same kind and span and text;
//! else same text and context, for spans moved by an unrelated edit; else same text and nearby
//! words; else overlapping spans, a changed extent) and reports what appeared, disappeared or
//! changed (value, bounds, label, frame, extent). A [`DiffReport`] sums the documents of an
//! archive: totals by kind of change, the most frequent changes, and a bounded number of
//! per-document blocks, so a 10,000-document diff stays readable.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use reckon_claims::Claim;
use reckon_entities::Entity;
use reckon_text::{Document, Sentence, Span};
use serde::Serialize;

use crate::{DocRecord, Error};

/// Characters of sentence context kept on each side of a mention in a golden line.
pub const CONTEXT_CHARS: usize = 60;
/// The extension of golden files (`<id>.golden`).
pub const GOLDEN_EXT: &str = "golden";
/// The first line of every golden file.
const HEADER: &str = "# reckon golden v1";
/// Characters either side of a mention that pass 3 of the matching compares.
const NEAR_CHARS: usize = 16;

/// Errors reading or writing a golden directory.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GoldenError {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A golden file is malformed.
    #[error("{}:{line}: {reason}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// Two documents would be written to the same golden file.
    #[error(
        "documents {first:?} and {second:?} map to the same golden file {} (ids must be unique, also ignoring case)",
        path.display()
    )]
    Collision {
        /// The file, relative to the golden directory.
        path: PathBuf,
        /// The document written first.
        first: String,
        /// The document that collides with it.
        second: String,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> GoldenError + '_ {
    move |source| GoldenError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A named entity.
    Entity,
    /// A numeric claim.
    Claim,
}

impl MentionKind {
    /// `entity` or `claim`.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Entity => "entity",
            MentionKind::Claim => "claim",
        }
    }

    fn parse(s: &str) -> Option<MentionKind> {
        match s {
            "entity" => Some(MentionKind::Entity),
            "claim" => Some(MentionKind::Claim),
            _ => None,
        }
    }
}

/// One mention as a golden file shows it. Every field is already in its printed form (single
/// line, no `|`), so rendering and parsing are exact inverses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Entity or claim.
    pub kind: MentionKind,
    /// Byte span in the original text.
    pub span: Span,
    /// The mention's text.
    pub text: String,
    /// The entity label (`GPE`) or the quantity kind (`count`).
    pub label: String,
    /// Claims: the value with its bounds (`~(57500,)`), unit and resolved time; entities: empty.
    pub value: String,
    /// Claims: the frame (`counted=person event=killed key=killed cumulative`); entities: the
    /// canonical name.
    pub frame: String,
    /// The sentence around the mention, trimmed, the mention marked `«…»`; empty when the text
    /// is unknown (a diff of two JSONL outputs).
    pub context: String,
}

/// One document's extraction in golden form: mentions sorted by span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldenDoc {
    /// The document id.
    pub id: String,
    /// The publication date, when known (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Entities and claims in text order.
    pub mentions: Vec<Mention>,
}

/// A single line with no control characters, no `|` (it separates fields), whitespace runs
/// collapsed.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(if c == '|' { '¦' } else { c });
        }
    }
    out
}

/// The mention in its sentence, at most [`CONTEXT_CHARS`] characters each side, cut at spaces.
fn context(text: &str, sentence: Span, mention: Span) -> String {
    let len = text.len();
    let (ms, me) = (
        (mention.start as usize).min(len),
        (mention.end as usize).min(len),
    );
    let ss = (sentence.start as usize).min(ms);
    let se = (sentence.end as usize).clamp(me, len);
    let (Some(left), Some(mid), Some(right)) =
        (text.get(ss..ms), text.get(ms..me), text.get(me..se))
    else {
        return String::new();
    };
    let left_chars = left.chars().count();
    let left = if left_chars > CONTEXT_CHARS {
        let cut: usize = left
            .char_indices()
            .nth(left_chars - CONTEXT_CHARS)
            .map_or(0, |(i, _)| i);
        let kept = &left[cut..];
        let kept = kept.find(' ').map_or(kept, |i| &kept[i..]);
        format!("…{}", clean(kept))
    } else {
        clean(left)
    };
    let right = if right.chars().count() > CONTEXT_CHARS {
        let cut = right
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(right.len(), |(i, _)| i);
        let kept = &right[..cut];
        let kept = kept.rfind(' ').map_or(kept, |i| &kept[..i]);
        format!("{}…", clean(kept).trim_end())
    } else {
        clean(right)
    };
    let sep_l = if left.is_empty() || !text[ss..ms].ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    let sep_r = if right.is_empty() || !text[me..se].starts_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    format!("{left}{sep_l}«{}»{sep_r}{right}", clean(mid))
}

/// The quantity kind's snake_case name (`count`, `money`).
fn quantity_kind(c: &Claim) -> String {
    serde_json::to_value(c.quantity.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// `~(57500,) USD 2025-07` : value, unit, resolved time and zone.
fn claim_value(c: &Claim) -> String {
    let q = &c.quantity;
    let mut parts = Vec::new();
    if let Some(v) = q.value {
        parts.push(v.to_string());
    }
    if let Some(u) = &q.unit {
        parts.push(u.clone());
    }
    if let Some(t) = &q.time {
        parts.push(t.iso.clone());
        if let Some(z) = &t.zone {
            parts.push(format!("({z})"));
        }
    }
    clean(&parts.join(" "))
}

/// `counted=person event=killed place=Gaza time=2025-07 by="officials" key=killed cumulative`.
fn claim_frame(c: &Claim) -> String {
    clean(&c.frame.to_compact())
}

fn entity_mention(e: &Entity, context: String) -> Mention {
    Mention {
        kind: MentionKind::Entity,
        span: e.span,
        text: e.text.clone(),
        label: e.label.as_str().to_owned(),
        value: String::new(),
        frame: clean(&e.canonical),
        context,
    }
}

fn claim_mention(c: &Claim, context: String) -> Mention {
    Mention {
        kind: MentionKind::Claim,
        span: c.quantity.span,
        text: c.quantity.text.clone(),
        label: quantity_kind(c),
        value: claim_value(c),
        frame: claim_frame(c),
        context,
    }
}

fn sort_mentions(m: &mut [Mention]) {
    m.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind, &a.text).cmp(&(
            b.span.start,
            b.span.end,
            b.kind,
            &b.text,
        ))
    });
}

impl GoldenDoc {
    /// The golden form of one document's extraction. `sentences` (from
    /// [`reckon_text::segment`]) give the entities their context; claims carry their sentence.
    pub fn new(
        doc: &Document,
        sentences: &[Sentence],
        entities: &[Entity],
        claims: &[Claim],
    ) -> GoldenDoc {
        let sentence_of = |span: Span| sentence_of(sentences, span);
        let mut mentions: Vec<Mention> = entities
            .iter()
            .map(|e| entity_mention(e, context(&doc.text, sentence_of(e.span), e.span)))
            .chain(
                claims
                    .iter()
                    .map(|c| claim_mention(c, context(&doc.text, c.sentence, c.quantity.span))),
            )
            .collect();
        sort_mentions(&mut mentions);
        GoldenDoc {
            id: doc.meta.id.clone(),
            date: doc.meta.date.map(|d| d.to_string()),
            mentions,
        }
    }

    /// The golden form of a `reckon run` record. The record has no text, so mentions have no
    /// context; entities and claims are those the record carries (`--emit entities,claims`).
    pub fn from_record(rec: &DocRecord) -> GoldenDoc {
        let mut mentions: Vec<Mention> = rec
            .entities
            .iter()
            .flatten()
            .map(|e| entity_mention(e, String::new()))
            .chain(
                rec.claims
                    .iter()
                    .flatten()
                    .map(|c| claim_mention(c, String::new())),
            )
            .collect();
        sort_mentions(&mut mentions);
        GoldenDoc {
            id: rec.meta.id.clone(),
            date: rec.meta.date.map(|d| d.to_string()),
            mentions,
        }
    }

    /// The golden file's text (see the module documentation).
    pub fn render(&self) -> String {
        let mut s = String::new();
        let count = |k| self.mentions.iter().filter(|m| m.kind == k).count();
        let _ = writeln!(s, "{HEADER}");
        let _ = writeln!(s, "# id: {}", json_str(&self.id));
        if let Some(d) = &self.date {
            let _ = writeln!(s, "# date: {}", clean(d));
        }
        let _ = writeln!(
            s,
            "# {} entities, {} claims",
            count(MentionKind::Entity),
            count(MentionKind::Claim)
        );
        s.push('\n');
        for m in &self.mentions {
            s.push_str(&m.line());
            s.push('\n');
        }
        s
    }
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

impl Mention {
    /// The mention's golden line (no newline).
    pub fn line(&self) -> String {
        let frame = match self.kind {
            MentionKind::Entity if !self.frame.is_empty() => format!("= {}", self.frame),
            _ => self.frame.clone(),
        };
        format!(
            "{} {}..{} {} {}{}{} | {} | {}",
            self.kind.as_str(),
            self.span.start,
            self.span.end,
            json_str(&self.text),
            self.label,
            if self.value.is_empty() { "" } else { " " },
            self.value,
            or_dash(&frame),
            or_dash(&self.context)
        )
    }

    /// Parses a golden line back.
    pub fn parse_line(line: &str) -> Result<Mention, String> {
        let (kind, rest) = line
            .split_once(' ')
            .ok_or("expected `KIND START..END \"TEXT\" ...`")?;
        let kind = MentionKind::parse(kind)
            .ok_or_else(|| format!("unknown mention kind {kind:?} (entity or claim)"))?;
        let (span, rest) = rest.split_once(' ').ok_or("expected a span START..END")?;
        let (start, end) = span
            .split_once("..")
            .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)))
            .filter(|(a, b)| a <= b)
            .ok_or_else(|| format!("bad span {span:?} (expected START..END)"))?;
        let mut strings = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        let text = match strings.next() {
            Some(Ok(t)) => t,
            _ => return Err("expected the mention text as a JSON string".to_owned()),
        };
        let rest = rest[strings.byte_offset()..]
            .strip_prefix(' ')
            .ok_or("expected a label after the text")?;
        let mut fields = rest.splitn(3, " | ");
        let (Some(head), Some(frame), Some(context)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err("expected `LABEL [VALUE] | FRAME | CONTEXT`".to_owned());
        };
        let (label, value) = head.split_once(' ').unwrap_or((head, ""));
        let undash = |s: &str| {
            if s == "-" {
                String::new()
            } else {
                s.to_owned()
            }
        };
        let frame = undash(frame);
        let frame = match kind {
            MentionKind::Entity => frame.strip_prefix("= ").map(str::to_owned).unwrap_or(frame),
            MentionKind::Claim => frame,
        };
        Ok(Mention {
            kind,
            span: Span { start, end },
            text,
            label: label.to_owned(),
            value: value.to_owned(),
            frame,
            context: undash(context),
        })
    }
}

/// Parses a golden file's text; errors give a 1-based line number and the reason.
pub fn parse_golden(text: &str) -> Result<GoldenDoc, (usize, String)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, l)) if l.trim_end() == HEADER => {}
        _ => return Err((1, format!("not a reckon golden file (expected {HEADER:?})"))),
    }
    let mut id = None;
    let mut date = None;
    let mut mentions = Vec::new();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(h) = line.strip_prefix('#') {
            let h = h.trim_start();
            if let Some(v) = h.strip_prefix("id: ") {
                id = Some(
                    serde_json::from_str::<String>(v)
                        .map_err(|e| (i + 1, format!("bad id: {e}")))?,
                );
            } else if let Some(v) = h.strip_prefix("date: ") {
                date = Some(v.trim().to_owned());
            }
            continue;
        }
        mentions.push(Mention::parse_line(line).map_err(|r| (i + 1, r))?);
    }
    let id = id.ok_or((1, "no `# id:` line".to_owned()))?;
    Ok(GoldenDoc { id, date, mentions })
}

/// Reads `reckon run` JSONL: `Some(record)` per document, `None` per error record (an article
/// that could not be read); a bad line is an error naming its 1-based line number.
pub fn read_records_jsonl<R: BufRead>(
    input: R,
) -> impl Iterator<Item = Result<Option<DocRecord>, Error>> {
    input.lines().enumerate().filter_map(|(i, line)| {
        let parse = |l: &str| -> Result<Option<DocRecord>, serde_json::Error> {
            let v: serde_json::Value = serde_json::from_str(l)?;
            if v.get("error").is_some() {
                return Ok(None);
            }
            serde_json::from_value(v).map(Some)
        };
        match line {
            Err(e) => Some(Err(Error::Io(e))),
            Ok(l) if l.trim().is_empty() => None,
            Ok(l) => Some(parse(&l).map_err(|e| Error::Line {
                line: i as u64 + 1,
                source: e,
            })),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// File names

/// 64-bit FNV-1a, for shortening over-long file names deterministically.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One path component, percent-encoded: ASCII letters, digits, `-`, `_` and inner dots stay;
/// everything else (`%`, spaces, `:`, non-ASCII) becomes `%XX`.
fn encode_component(c: &str, last: bool) -> String {
    if c.is_empty() {
        return "%".to_owned();
    }
    let mut out = String::with_capacity(c.len());
    for (i, b) in c.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || (b == b'.' && i > 0);
        if keep {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    // Windows: device names are reserved whatever the extension, and a folder's trailing dot
    // is dropped.
    let stem = out.split('.').next().unwrap_or("").to_ascii_lowercase();
    let reserved = matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || (stem.len() == 4
            && (stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        let first = out.as_bytes()[0];
        out.replace_range(0..1, &format!("%{first:02X}"));
    }
    if !last && out.ends_with('.') {
        out.pop();
        out.push_str("%2E");
    }
    // A folder must not look like a golden file.
    let suffix = format!(".{GOLDEN_EXT}");
    if !last && out.ends_with(&suffix) {
        let at = out.len() - suffix.len();
        out.replace_range(at..=at, "%2E");
    }
    if out.len() > 150 {
        let mut cut = 120;
        while !out.is_char_boundary(cut)
            || out[..cut].ends_with('%')
            || out[..cut - 1].ends_with('%')
        {
            cut -= 1;
        }
        out = format!("{}~{:016x}", &out[..cut], fnv(c));
    }
    out
}

/// The golden file of a document, relative to the golden directory: the id's `/`-separated
/// parts as folders, each percent-encoded so that any id is a safe, distinct file name
/// (`a/b.txt` → `a/b.txt.golden`, `x.jsonl:3` → `x.jsonl%3A3.golden`). Two ids differing only
/// in case are refused by [`GoldenWriter`] (case-insensitive file systems).
pub fn golden_path(id: &str) -> PathBuf {
    let parts: Vec<&str> = id.split('/').collect();
    let mut p = PathBuf::new();
    for (i, c) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut name = encode_component(c, last);
        if last {
            name.push('.');
            name.push_str(GOLDEN_EXT);
        }
        p.push(name);
    }
    p
}

/// Every golden file under `dir`, relative to it, sorted; an absent `dir` has none.
pub fn list_golden(dir: &Path) -> Result<BTreeSet<PathBuf>, GoldenError> {
    let mut out = BTreeSet::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        for entry in std::fs::read_dir(&abs).map_err(io_err(&abs))? {
            let entry = entry.map_err(io_err(&abs))?;
            let kind = entry.file_type().map_err(io_err(&entry.path()))?;
            let name = rel.join(entry.file_name());
            if kind.is_dir() {
                stack.push(name);
            } else if name.extension().is_some_and(|e| e == GOLDEN_EXT) {
                out.insert(name);
            }
        }
    }
    Ok(out)
}

/// Reads and parses one golden file (`rel` relative to `dir`).
pub fn read_golden(dir: &Path, rel: &Path) -> Result<(GoldenDoc, String), GoldenError> {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
    let doc = parse_golden(&text).map_err(|(line, reason)| GoldenError::Parse {
        path: path.clone(),
        line,
        reason,
    })?;
    Ok((doc, text))
}

/// Writes the golden files of a directory, refusing two documents that map to one file.
#[derive(Debug)]
pub struct GoldenWriter {
    dir: PathBuf,
    /// Lower-cased relative path → the id written there.
    written: HashMap<String, String>,
}

impl GoldenWriter {
    /// A writer into `dir` (created when needed).
    pub fn new(dir: &Path) -> GoldenWriter {
        GoldenWriter {
            dir: dir.to_path_buf(),
            written: HashMap::new(),
        }
    }

    /// Claims the golden file of `id`: an error if another document of this run already took it.
    pub fn claim(&mut self, id: &str) -> Result<PathBuf, GoldenError> {
        let rel = golden_path(id);
        let key = rel.to_string_lossy().to_lowercase();
        if let Some(first) = self.written.get(&key) {
            return Err(GoldenError::Collision {
                path: rel,
                first: first.clone(),
                second: id.to_owned(),
            });
        }
        self.written.insert(key, id.to_owned());
        Ok(rel)
    }

    /// Writes `text` as the golden file `rel` (from [`GoldenWriter::claim`]), unless it already
    /// holds exactly that. Returns whether the file changed.
    pub fn write(&self, rel: &Path, text: &str) -> Result<bool, GoldenError> {
        let path = self.dir.join(rel);
        if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(false);
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        let tmp = path.with_extension(format!("{GOLDEN_EXT}.partial"));
        std::fs::write(&tmp, text).map_err(io_err(&tmp))?;
        std::fs::rename(&tmp, &path).map_err(io_err(&path))?;
        Ok(true)
    }

    /// Removes golden file `rel` and the folders it leaves empty.
    pub fn remove(&self, rel: &Path) -> Result<(), GoldenError> {
        let path = self.dir.join(rel);
        std::fs::remove_file(&path).map_err(io_err(&path))?;
        let mut parent = rel.parent();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            if std::fs::remove_dir(self.dir.join(p)).is_err() {
                break;
            }
            parent = p.parent();
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Diff

/// What happened to a mention between two extractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// New in the new extraction.
    Appeared,
    /// Gone from the new extraction.
    Disappeared,
    /// A different number, unit or time.
    Value,
    /// The same numbers with different bounds (`57500` → `(57500,)`, exact → approximate).
    Bounds,
    /// A different entity label or quantity kind.
    Label,
    /// A different claim frame (counted, event, place, time, source, measure key) or entity
    /// canonical name.
    Frame,
    /// The mention covers different text (`57,500` → `more than 57,500`).
    Extent,
}

impl ChangeKind {
    /// Every kind, in report order.
    pub const ALL: [ChangeKind; 7] = [
        ChangeKind::Appeared,
        ChangeKind::Disappeared,
        ChangeKind::Value,
        ChangeKind::Bounds,
        ChangeKind::Label,
        ChangeKind::Frame,
        ChangeKind::Extent,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Appeared => "appeared",
            ChangeKind::Disappeared => "disappeared",
            ChangeKind::Value => "value",
            ChangeKind::Bounds => "bounds",
            ChangeKind::Label => "label",
            ChangeKind::Frame => "frame",
            ChangeKind::Extent => "extent",
        }
    }
}

/// One changed field of a mention present on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// Which kind of change.
    pub kind: ChangeKind,
    /// The old printed value.
    pub before: String,
    /// The new printed value.
    pub after: String,
}

impl FieldChange {
    /// The part that changed: for a claim frame, only the frame parts (`key=...`, `place=...`)
    /// that differ; for anything else, the whole values.
    pub fn delta(&self, kind: MentionKind) -> (String, String) {
        if kind != MentionKind::Claim || self.kind != ChangeKind::Frame {
            return (self.before.clone(), self.after.clone());
        }
        let (a, b) = (frame_parts(&self.before), frame_parts(&self.after));
        let only = |x: &[&str], y: &[&str]| {
            x.iter()
                .filter(|p| !y.contains(p))
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        };
        (only(&a, &b), only(&b, &a))
    }
}

/// The `name=value` parts of a printed claim frame (values may hold spaces).
fn frame_parts(frame: &str) -> Vec<&str> {
    const NAMES: [&str; 6] = ["counted=", "event=", "place=", "time=", "by=", "key="];
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in frame.match_indices(' ') {
        if NAMES.iter().any(|n| frame[i + 1..].starts_with(n)) {
            parts.push(&frame[start..i]);
            start = i + 1;
        }
    }
    if start < frame.len() {
        parts.push(&frame[start..]);
    }
    parts
}

/// One mention that appeared, disappeared or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Entity or claim.
    pub kind: MentionKind,
    /// The old mention (absent when it appeared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Mention>,
    /// The new mention (absent when it disappeared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Mention>,
    /// The changed fields, for a mention on both sides.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

impl Change {
    /// The kinds of this change: appeared, disappeared, or one per changed field.
    pub fn kinds(&self) -> Vec<ChangeKind> {
        match (&self.before, &self.after) {
            (None, _) => vec![ChangeKind::Appeared],
            (_, None) => vec![ChangeKind::Disappeared],
            _ => self.fields.iter().map(|f| f.kind).collect(),
        }
    }

    /// The mention to show (the new one when there is one).
    pub fn mention(&self) -> &Mention {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .expect("a change has a side")
    }

    /// Keys under which identical changes are counted together ("the most frequent changes").
    fn signatures(&self) -> Vec<String> {
        let kind = self.kind.as_str();
        let describe = |m: &Mention| match m.kind {
            MentionKind::Entity => format!("{} {}", m.label, json_str(&m.text)),
            MentionKind::Claim => format!("{} | {}", m.label, or_dash(&m.frame)),
        };
        match (&self.before, &self.after) {
            (None, Some(m)) => vec![format!("+ {kind} {}", describe(m))],
            (Some(m), None) => vec![format!("- {kind} {}", describe(m))],
            (Some(m), Some(_)) => self
                .fields
                .iter()
                .map(|f| {
                    let what = match (self.kind, f.kind) {
                        (MentionKind::Entity, ChangeKind::Frame) => {
                            format!("canonical of {}", json_str(&m.text))
                        }
                        (MentionKind::Entity, ChangeKind::Label) => {
                            format!("label of {}", json_str(&m.text))
                        }
                        (_, k) => k.as_str().to_owned(),
                    };
                    let (before, after) = f.delta(self.kind);
                    format!(
                        "~ {kind} {what}: {} → {}",
                        or_dash(&before),
                        or_dash(&after)
                    )
                })
                .collect(),
            (None, None) => Vec::new(),
        }
    }
}

/// How a document compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocStatus {
    /// Same extraction.
    Same,
    /// Some mentions appeared, disappeared or changed.
    Changed,
    /// The document is new.
    Appeared,
    /// The document is gone.
    Disappeared,
}

/// The diff of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocDiff {
    /// The document id.
    pub id: String,
    /// How it compares.
    pub status: DocStatus,
    /// Mentions that appeared, disappeared or changed, in text order.
    pub changes: Vec<Change>,
    /// Mentions with the same result at a different span (the text was edited elsewhere); not
    /// counted as changes.
    pub moved: usize,
}

/// The first whitespace-separated word and the rest.
fn head_rest(s: &str) -> (&str, &str) {
    s.split_once(' ').unwrap_or((s, ""))
}

/// The numbers in a printed value (`~(57500,)` → `[57500]`).
fn numbers(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

fn compare(a: &Mention, b: &Mention) -> Vec<FieldChange> {
    let mut fields = Vec::new();
    let mut push = |kind, before: &str, after: &str| {
        fields.push(FieldChange {
            kind,
            before: before.to_owned(),
            after: after.to_owned(),
        });
    };
    if a.text != b.text {
        push(ChangeKind::Extent, &a.text, &b.text);
    }
    if a.label != b.label {
        push(ChangeKind::Label, &a.label, &b.label);
    }
    if a.value != b.value {
        let ((ha, ra), (hb, rb)) = (head_rest(&a.value), head_rest(&b.value));
        let kind = if ra == rb && ha != hb && numbers(ha) == numbers(hb) && !numbers(ha).is_empty()
        {
            ChangeKind::Bounds
        } else {
            ChangeKind::Value
        };
        push(kind, &a.value, &b.value);
    }
    if a.frame != b.frame {
        push(ChangeKind::Frame, &a.frame, &b.frame);
    }
    fields
}

/// The characters of the context nearest the mention (`NEAR_CHARS` each side).
fn near(m: &Mention) -> Option<(String, String)> {
    let (l, rest) = m.context.split_once('«')?;
    let (_, r) = rest.rsplit_once('»')?;
    let lc = l.chars().count();
    Some((
        l.chars().skip(lc.saturating_sub(NEAR_CHARS)).collect(),
        r.chars().take(NEAR_CHARS).collect(),
    ))
}

/// Pairs old and new mentions, in four passes of decreasing strictness, each only among the
/// mentions still unpaired: (1) same kind, span and text; (2) same kind, text and context;
/// (3) same kind and text with the same nearby words; (4) same kind and overlapping spans.
fn pair(old: &[Mention], new: &[Mention]) -> Vec<Option<usize>> {
    let mut pairs: Vec<Option<usize>> = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    fn pass<K: std::hash::Hash + Eq>(
        old: &[Mention],
        new: &[Mention],
        pairs: &mut [Option<usize>],
        taken: &mut [bool],
        key: impl Fn(&Mention) -> Option<K>,
    ) {
        let mut index: HashMap<K, std::collections::VecDeque<usize>> = HashMap::new();
        for (j, m) in new.iter().enumerate() {
            if !taken[j] {
                if let Some(k) = key(m) {
                    index.entry(k).or_default().push_back(j);
                }
            }
        }
        for (i, m) in old.iter().enumerate() {
            if pairs[i].is_some() {
                continue;
            }
            if let Some(j) = key(m).and_then(|k| index.get_mut(&k)?.pop_front()) {
                pairs[i] = Some(j);
                taken[j] = true;
            }
        }
    }
    pass(old, new, &mut pairs, &mut taken, |m| {
        Some((m.kind, m.span, m.text.clone()))
    });
    pass(old, new, &mut pairs, &mut taken, |m| {
        (!m.context.is_empty()).then(|| (m.kind, m.text.clone(), m.context.clone()))
    });
    pass(old, new, &mut pairs, &mut taken, |m| {
        near(m).map(|n| (m.kind, m.text.clone(), n))
    });
    for (i, a) in old.iter().enumerate() {
        if pairs[i].is_some() {
            continue;
        }
        let hit = new.iter().enumerate().find(|(j, b)| {
            !taken[*j] && b.kind == a.kind && b.span.start < a.span.end && a.span.start < b.span.end
        });
        if let Some((j, _)) = hit {
            pairs[i] = Some(j);
            taken[j] = true;
        }
    }
    pairs
}

/// Compares the extraction of one document before (`old`) and after (`new`); either may be
/// absent (the document appeared or disappeared).
pub fn diff_docs(old: Option<&GoldenDoc>, new: Option<&GoldenDoc>) -> DocDiff {
    let id = new.or(old).map(|d| d.id.clone()).unwrap_or_default();
    let empty = Vec::new();
    let a = old.map_or(&empty, |d| &d.mentions);
    let b = new.map_or(&empty, |d| &d.mentions);
    let pairs = pair(a, b);
    let mut taken = vec![false; b.len()];
    let mut changes = Vec::new();
    let mut moved = 0;
    for (i, p) in pairs.iter().enumerate() {
        match *p {
            Some(j) => {
                taken[j] = true;
                let fields = compare(&a[i], &b[j]);
                if !fields.is_empty() {
                    changes.push(Change {
                        kind: a[i].kind,
                        before: Some(a[i].clone()),
                        after: Some(b[j].clone()),
                        fields,
                    });
                } else if a[i].span != b[j].span {
                    moved += 1;
                }
            }
            None => changes.push(Change {
                kind: a[i].kind,
                before: Some(a[i].clone()),
                after: None,
                fields: Vec::new(),
            }),
        }
    }
    for (j, m) in b.iter().enumerate() {
        if !taken[j] {
            changes.push(Change {
                kind: m.kind,
                before: None,
                after: Some(m.clone()),
                fields: Vec::new(),
            });
        }
    }
    changes.sort_by_key(|c| {
        let m = c.mention();
        (m.span.start, m.span.end, m.kind, c.before.is_some())
    });
    let status = match (old, new) {
        (None, Some(_)) => DocStatus::Appeared,
        (Some(_), None) => DocStatus::Disappeared,
        _ if changes.is_empty() => DocStatus::Same,
        _ => DocStatus::Changed,
    };
    DocDiff {
        id,
        status,
        changes,
        moved,
    }
}

/// The sentence containing `span`, or the span itself.
fn sentence_of(sentences: &[Sentence], span: Span) -> Span {
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    sentences
        .get(i)
        .map(|s| s.span)
        .filter(|s| s.start <= span.start)
        .unwrap_or(span)
}

impl DocDiff {
    /// Fills in the sentence of every changed mention that has none, from the document's text
    /// and its sentences: the diff of two `reckon run` outputs has no text of its own.
    pub fn add_context(&mut self, text: &str, sentences: &[Sentence]) {
        for c in &mut self.changes {
            for m in [c.before.as_mut(), c.after.as_mut()].into_iter().flatten() {
                if m.context.is_empty() {
                    m.context = context(text, sentence_of(sentences, m.span), m.span);
                }
            }
        }
    }
}

/// The diff of a whole archive, summed document by document in any order, with per-document
/// blocks kept for at most a given number of documents (the first by id).
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// Documents compared (on either side).
    pub documents: u64,
    /// Documents with at least one change (including appeared and disappeared ones).
    pub changed_documents: u64,
    /// Documents only in the new extraction.
    pub appeared_documents: u64,
    /// Documents only in the old extraction.
    pub disappeared_documents: u64,
    /// Mentions with the same result at a different span (not counted as changes).
    pub moved: u64,
    /// Counts by mention kind and kind of change.
    pub totals: BTreeMap<(MentionKind, ChangeKind), u64>,
    frequent: HashMap<String, u64>,
    blocks: BTreeMap<String, DocDiff>,
    max_blocks: usize,
}

impl DiffReport {
    /// An empty report keeping at most `max_blocks` per-document blocks (`usize::MAX`: all).
    pub fn new(max_blocks: usize) -> DiffReport {
        DiffReport {
            documents: 0,
            changed_documents: 0,
            appeared_documents: 0,
            disappeared_documents: 0,
            moved: 0,
            totals: BTreeMap::new(),
            frequent: HashMap::new(),
            blocks: BTreeMap::new(),
            max_blocks,
        }
    }

    /// Adds one document's diff.
    pub fn add(&mut self, d: DocDiff) {
        self.documents += 1;
        self.moved += d.moved as u64;
        match d.status {
            DocStatus::Appeared => self.appeared_documents += 1,
            DocStatus::Disappeared => self.disappeared_documents += 1,
            _ => {}
        }
        if d.changes.is_empty() && d.status == DocStatus::Same {
            return;
        }
        self.changed_documents += 1;
        for c in &d.changes {
            for k in c.kinds() {
                *self.totals.entry((c.kind, k)).or_default() += 1;
            }
            for s in c.signatures() {
                *self.frequent.entry(s).or_default() += 1;
            }
        }
        if self.max_blocks > 0 {
            self.blocks.insert(d.id.clone(), d);
            if self.blocks.len() > self.max_blocks {
                self.blocks.pop_last();
            }
        }
    }

    /// True when anything appeared, disappeared or changed.
    pub fn has_changes(&self) -> bool {
        self.changed_documents > 0
    }

    /// Total changes (a mention with two changed fields counts twice).
    pub fn total_changes(&self) -> u64 {
        self.totals.values().sum()
    }

    /// The `n` most frequent changes with their counts, most frequent first (ties by text).
    pub fn most_frequent(&self, n: usize) -> Vec<(&str, u64)> {
        let mut v: Vec<(&str, u64)> = self
            .frequent
            .iter()
            .map(|(k, c)| (k.as_str(), *c))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(n);
        v
    }

    /// The per-document blocks kept, by id.
    pub fn blocks(&self) -> impl Iterator<Item = &DocDiff> {
        self.blocks.values()
    }

    /// The kept blocks, to complete them (see [`DocDiff::add_context`]).
    pub fn blocks_mut(&mut self) -> impl Iterator<Item = &mut DocDiff> {
        self.blocks.values_mut()
    }

    /// Changed documents whose block was not kept.
    pub fn omitted(&self) -> u64 {
        self.changed_documents - self.blocks.len() as u64
    }

    /// The report for a terminal or a CI log: totals by kind of change, the `top` most frequent
    /// changes, then the kept per-document blocks, each change with its sentence.
    pub fn render(&self, top: usize) -> String {
        let mut s = String::new();
        if !self.has_changes() {
            let _ = writeln!(s, "reckon diff: no change in {} documents", self.documents);
            if self.moved > 0 {
                let _ = writeln!(
                    s,
                    "({} mentions moved with unchanged results: the texts were edited)",
                    self.moved
                );
            }
            return s;
        }
        let _ = writeln!(
            s,
            "reckon diff: {} of {} documents changed ({} appeared, {} disappeared), {} changes",
            self.changed_documents,
            self.documents,
            self.appeared_documents,
            self.disappeared_documents,
            self.total_changes()
        );
        let _ = write!(s, "\n{:<10}", "");
        for k in ChangeKind::ALL {
            let _ = write!(s, " {:>11}", k.as_str());
        }
        s.push('\n');
        for mk in [MentionKind::Claim, MentionKind::Entity] {
            let name = match mk {
                MentionKind::Claim => "claims",
                MentionKind::Entity => "entities",
            };
            let _ = write!(s, "{name:<10}");
            for k in ChangeKind::ALL {
                let n = self.totals.get(&(mk, k)).copied().unwrap_or(0);
                let _ = write!(s, " {n:>11}");
            }
            s.push('\n');
        }
        if self.moved > 0 {
            let _ = writeln!(
                s,
                "({} mentions moved with unchanged results: not counted)",
                self.moved
            );
        }
        let frequent = self.most_frequent(top);
        if !frequent.is_empty() {
            let _ = writeln!(s, "\nMost frequent changes:");
            for (sig, n) in frequent {
                let _ = writeln!(s, "{n:>7}  {sig}");
            }
        }
        for d in self.blocks() {
            s.push('\n');
            render_block(&mut s, d);
        }
        if self.omitted() > 0 {
            let _ = writeln!(
                s,
                "\n... and {} more changed documents (--all or --max-docs N to show them)",
                self.omitted()
            );
        }
        s
    }

    /// The report as one JSON value: `changed`, the counts, `totals` (`{"claim": {"frame": 4,
    /// ...}, ...}`), `frequent` (`[{"change": ..., "count": ...}]`), `documents` (the kept
    /// blocks) and `omitted_documents`.
    pub fn to_json(&self, top: usize) -> serde_json::Value {
        let mut totals = serde_json::Map::new();
        for mk in [MentionKind::Claim, MentionKind::Entity] {
            let mut m = serde_json::Map::new();
            for k in ChangeKind::ALL {
                let n = self.totals.get(&(mk, k)).copied().unwrap_or(0);
                m.insert(k.as_str().to_owned(), n.into());
            }
            totals.insert(mk.as_str().to_owned(), m.into());
        }
        serde_json::json!({
            "changed": self.has_changes(),
            "documents": self.documents,
            "changed_documents": self.changed_documents,
            "appeared_documents": self.appeared_documents,
            "disappeared_documents": self.disappeared_documents,
            "changes": self.total_changes(),
            "moved": self.moved,
            "totals": totals,
            "frequent": self.most_frequent(top).into_iter()
                .map(|(c, n)| serde_json::json!({"change": c, "count": n}))
                .collect::<Vec<_>>(),
            "details": self.blocks().collect::<Vec<_>>(),
            "omitted_documents": self.omitted(),
        })
    }
}

fn render_block(s: &mut String, d: &DocDiff) {
    let what = match d.status {
        DocStatus::Appeared => " (new document)",
        DocStatus::Disappeared => " (document gone)",
        _ => "",
    };
    let n = d.changes.len();
    let _ = writeln!(
        s,
        "{}{what}: {n} change{}",
        d.id,
        if n == 1 { "" } else { "s" }
    );
    for c in &d.changes {
        let m = c.mention();
        let sign = match (&c.before, &c.after) {
            (None, _) => '+',
            (_, None) => '-',
            _ => '~',
        };
        if c.fields.is_empty() {
            let line = m.line();
            // The context goes on its own line, below.
            let head = line.rsplit_once(" | ").map_or(line.as_str(), |(h, _)| h);
            let _ = writeln!(s, "  {sign} {head}");
        } else {
            let _ = writeln!(
                s,
                "  {sign} {} {}..{} {}",
                m.kind.as_str(),
                m.span.start,
                m.span.end,
                json_str(&m.text)
            );
            for f in &c.fields {
                let name = match (m.kind, f.kind) {
                    (MentionKind::Entity, ChangeKind::Frame) => "canonical",
                    (_, k) => k.as_str(),
                };
                let (before, after) = f.delta(m.kind);
                let _ = writeln!(
                    s,
                    "      {name}: {} → {}",
                    or_dash(&before),
                    or_dash(&after)
                );
            }
        }
        if !m.context.is_empty() {
            let _ = writeln!(s, "      | {}", m.context);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> (Document, GoldenDoc) {
        let text = "Cyclone Ezani struck Indico on Tuesday. More than 57,500 people were displaced | \
                    homeless across the province, officials said, and 12 died.";
        let doc = Document::new("a/b c:1", text);
        let seg = reckon_text::segment(&doc.text);
        let entities = reckon_entities::Recognizer::new().recognize(&doc, &seg);
        let ext = reckon_claims::Extractor::new().extract(&doc, &seg, &entities);
        let g = GoldenDoc::new(&doc, &seg.sentences, &entities, &ext.claims);
        (doc, g)
    }

    #[test]
    fn render_parses_back_to_the_same_document() {
        let (_, g) = doc();
        assert!(g.mentions.iter().any(|m| m.kind == MentionKind::Claim));
        let text = g.render();
        assert_eq!(parse_golden(&text).expect("parses"), g, "{text}");
        for line in text.lines().filter(|l| l.starts_with("claim")) {
            assert!(line.contains('«') && line.contains('»'), "{line}");
        }
    }

    #[test]
    fn every_sample_article_round_trips_and_slices_its_mentions() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
        let archive = reckon_archive::Archive::new(
            vec![reckon_archive::Input::Path(dir)],
            reckon_archive::Options::default(),
        );
        let (rec, ext) = (
            reckon_entities::Recognizer::new(),
            reckon_claims::Extractor::new(),
        );
        let mut n = 0;
        for doc in archive {
            let doc = doc.expect("readable");
            let seg = reckon_text::segment(&doc.text);
            let ents = rec.recognize(&doc, &seg);
            let x = ext.extract(&doc, &seg, &ents);
            let g = GoldenDoc::new(&doc, &seg.sentences, &ents, &x.claims);
            assert_eq!(parse_golden(&g.render()).expect("parses"), g);
            for m in &g.mentions {
                assert_eq!(m.span.slice(&doc.text), m.text);
                assert!(
                    m.context.contains(&format!("«{}»", clean(&m.text))),
                    "{m:?}"
                );
            }
            n += 1;
        }
        assert!(n >= 10);
    }

    #[test]
    fn context_is_trimmed_at_spaces_and_marks_the_mention() {
        let text = format!(
            "{} the number 42 is here {}.",
            "word ".repeat(30),
            "tail ".repeat(30)
        );
        let at = text.find("42").unwrap();
        let c = context(&text, Span::new(0, text.len()), Span::new(at, at + 2));
        assert!(c.starts_with("…word"), "{c}");
        assert!(c.ends_with("tail…"), "{c}");
        assert!(c.contains("the number «42» is here"), "{c}");
        assert!(c.chars().count() <= 2 * CONTEXT_CHARS + 6, "{c}");
    }

    #[test]
    fn file_names_are_safe_and_distinct() {
        assert_eq!(golden_path("a/b.txt"), PathBuf::from("a/b.txt.golden"));
        assert_eq!(
            golden_path("x.jsonl:3"),
            PathBuf::from("x.jsonl%3A3.golden")
        );
        assert_eq!(golden_path("../etc"), PathBuf::from("%2E%2E/etc.golden"));
        assert_eq!(golden_path("a//b"), PathBuf::from("a/%/b.golden"));
        assert_eq!(
            golden_path("a.golden/b"),
            PathBuf::from("a%2Egolden/b.golden")
        );
        assert_eq!(golden_path("con"), PathBuf::from("%63on.golden"));
        assert_eq!(golden_path("NUL.txt"), PathBuf::from("%4EUL.txt.golden"));
        assert_eq!(golden_path("Lpt1/x"), PathBuf::from("%4Cpt1/x.golden"));
        assert_eq!(
            golden_path("console/a."),
            PathBuf::from("console/a..golden")
        );
        assert_eq!(golden_path("a./b"), PathBuf::from("a%2E/b.golden"));
        assert_ne!(golden_path("a b"), golden_path("a_b"));
        assert_ne!(golden_path("a%20b"), golden_path("a b"));
        let long = "x".repeat(400);
        let p = golden_path(&long);
        assert!(p.to_str().unwrap().len() < 200);
        assert_ne!(p, golden_path(&format!("{long}y")));
    }

    #[test]
    fn same_extraction_has_no_change_and_moves_are_not_changes() {
        let (_, g) = doc();
        let d = diff_docs(Some(&g), Some(&g));
        assert_eq!(d.status, DocStatus::Same);
        let mut shifted = g.clone();
        for m in &mut shifted.mentions {
            m.span.start += 7;
            m.span.end += 7;
        }
        let d = diff_docs(Some(&g), Some(&shifted));
        assert_eq!(d.status, DocStatus::Same);
        assert_eq!(d.moved, g.mentions.len());
    }

    #[test]
    fn changes_are_classified() {
        let (_, g) = doc();
        let i = g
            .mentions
            .iter()
            .position(|m| m.kind == MentionKind::Claim && m.value.starts_with('('))
            .expect("an open-bounded claim");
        let mut b = g.clone();
        b.mentions[i].value = b.mentions[i].value.replacen('(', "[", 1);
        b.mentions[i].frame.push_str(" extra=1");
        let d = diff_docs(Some(&g), Some(&b));
        assert_eq!(d.changes.len(), 1);
        assert_eq!(
            d.changes[0].kinds(),
            [ChangeKind::Bounds, ChangeKind::Frame]
        );
        let mut c = g.clone();
        c.mentions[i].value = "3".to_owned();
        c.mentions.remove(0);
        let d = diff_docs(Some(&g), Some(&c));
        let kinds: Vec<_> = d.changes.iter().flat_map(Change::kinds).collect();
        assert!(kinds.contains(&ChangeKind::Value) && kinds.contains(&ChangeKind::Disappeared));
        let mut r = DiffReport::new(1);
        r.add(d);
        r.add(diff_docs(None, Some(&g)));
        assert_eq!(r.changed_documents, 2);
        assert_eq!(r.blocks().count(), 1);
        assert_eq!(r.omitted(), 1);
        assert!(r.render(20).contains("Most frequent changes"));
    }

    const OLD: &str = r#"# reckon golden v1
# id: "wire/toll.txt"
# date: 2026-02-12

entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» has killed 38 people in Cassuaro province, officials said.
claim 25..27 "38" count 38 | counted=person event=killed place=Cassuaro province key=killed+person+cassuaro province cumulative | Cyclone Ezani has killed «38» people in Cassuaro province, officials said.
claim 80..95 "more than 4,000" count (4000,) | - | …and «more than 4,000» homes have been destroyed.
claim 120..123 "two" count 2 | counted=clinic | It runs «two» clinics.
"#;

    const NEW: &str = r#"# reckon golden v1
# id: "wire/toll.txt"
# date: 2026-02-12

entity 0..13 "Cyclone Ezani" EVENT | = Cyclone Ezani | «Cyclone Ezani» has killed 38 people in Cassuaro province, officials said.
claim 25..27 "38" count 38 | counted=person event=killed place=Cassuaro province key=killed+person+cassuaro cumulative | Cyclone Ezani has killed «38» people in Cassuaro province, officials said.
entity 40..57 "Cassuaro province" GPE | = Cassuaro | Cyclone Ezani has killed 38 people in «Cassuaro province», officials said.
claim 80..95 "more than 4,000" count [4000,) | event=destroyed key=destroyed+home cumulative | …and «more than 4,000» homes have been destroyed.
"#;

    #[test]
    fn the_report_reads_well() {
        let old = parse_golden(OLD).expect("parses");
        let new = parse_golden(NEW).expect("parses");
        let mut report = DiffReport::new(20);
        report.add(diff_docs(Some(&old), Some(&new)));
        report.add(diff_docs(Some(&old), Some(&old)));
        insta::assert_snapshot!(report.render(20));
    }

    #[test]
    fn a_frame_change_shows_only_the_parts_that_differ() {
        let f = FieldChange {
            kind: ChangeKind::Frame,
            before: r#"counted=person event=killed by="the agency in key=x" key=killed+person cumulative"#
                .to_owned(),
            after: r#"counted=person event=killed by="the agency in key=x" key=killed+person stock"#
                .to_owned(),
        };
        assert_eq!(
            f.delta(MentionKind::Claim),
            (
                "key=killed+person cumulative".to_owned(),
                "key=killed+person stock".to_owned()
            )
        );
        assert_eq!(
            f.delta(MentionKind::Entity),
            (f.before.clone(), f.after.clone())
        );
    }

    #[test]
    fn a_wider_mention_is_an_extent_change() {
        let (_, g) = doc();
        let i = g
            .mentions
            .iter()
            .position(|m| m.kind == MentionKind::Claim)
            .unwrap();
        let mut b = g.clone();
        b.mentions[i].span.end += 3;
        b.mentions[i].text.push_str(" xx");
        let d = diff_docs(Some(&g), Some(&b));
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].kinds(), [ChangeKind::Extent]);
    }
}
