//! Parsing golden files back: [`parse_golden`] for a whole file, [`Mention::parse_line`] for one
//! line. Parsing is the exact inverse of [`GoldenDoc::render`].

use reckon_text::Span;

use crate::document::{GoldenDoc, HEADER, Mention, MentionKind};

impl Mention {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::document::clean;
    use crate::document::tests::doc;

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
}
