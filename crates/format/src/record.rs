//! The per-document output record (`reckon run`'s JSONL line) and the error record.

use reckon_claims::{Claim, Relation, RelativeOrdinal};
use reckon_entities::Entity;
use reckon_text::{DocMeta, Document, Segmented, TokenKind};
use serde::{Deserialize, Serialize};

/// Which optional parts a [`DocRecord`] carries (`--emit tokens,entities,claims`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Emit {
    /// Tokens as `[start, end, kind]`.
    pub tokens: bool,
    /// Sentences as `[start, end]`.
    pub sentences: bool,
    /// Entity mentions.
    pub entities: bool,
    /// Numeric claims.
    pub claims: bool,
    /// Relations between claims.
    pub relations: bool,
}

impl Emit {
    /// Everything.
    pub const ALL: Emit = Emit {
        tokens: true,
        sentences: true,
        entities: true,
        claims: true,
        relations: true,
    };

    /// What `reckon run` writes when not told: claims and relations.
    pub const DEFAULT: Emit = Emit {
        tokens: false,
        sentences: false,
        entities: false,
        claims: true,
        relations: true,
    };

    /// Parses a comma-separated list (`tokens,sentences,entities,claims,relations`, or `all`,
    /// or `none`). Unknown names are an error naming them.
    pub fn parse(list: &str) -> Result<Emit, String> {
        let mut e = Emit::default();
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "all" => e = Emit::ALL,
                "none" => e = Emit::default(),
                "tokens" => e.tokens = true,
                "sentences" => e.sentences = true,
                "entities" => e.entities = true,
                "claims" => e.claims = true,
                "relations" => e.relations = true,
                other => {
                    return Err(format!(
                        "unknown --emit part {other:?} (expected tokens, sentences, entities, claims, relations, all, none)"
                    ));
                }
            }
        }
        Ok(e)
    }
}

/// One document of `reckon run`'s JSONL output. Optional parts are present only when emitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    /// The document's metadata (`id`, `date`, `title`, `source`, `url`, `decoded_from`,
    /// `extra`), as top-level fields of the record.
    #[serde(flatten)]
    pub meta: DocMeta,
    /// `[start, end, kind]` byte spans of every token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<(u32, u32, TokenKind)>>,
    /// `[start, end]` byte spans of every sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<[u32; 2]>>,
    /// Entity mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Entity>>,
    /// Numeric claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<Claim>>,
    /// Relations between claims (by claim index).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relations: Option<Vec<Relation>>,
    /// Relative ordinals (`the last`, `next`, `penultimate`): positions in a sequence, not
    /// quantities; emitted with the claims, left out when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_ordinals: Option<Vec<RelativeOrdinal>>,
    /// Notes of the claims stage about unusual text (numbers too large to represent, the cap
    /// on claims per article reached, relative dates left unresolved for want of a date);
    /// emitted with the claims, left out when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diagnostics: Option<Vec<String>>,
}

impl DocRecord {
    /// The record of `doc` with the parts `emit` asks for; parts whose stage did not run
    /// (`None` inputs) are left out.
    pub fn new(
        doc: &Document,
        emit: Emit,
        seg: Option<&Segmented>,
        entities: Option<&[Entity]>,
        extraction: Option<&reckon_claims::Extraction>,
    ) -> DocRecord {
        DocRecord {
            meta: doc.meta.clone(),
            tokens: seg.filter(|_| emit.tokens).map(|s| {
                s.tokens
                    .iter()
                    .map(|t| (t.span.start, t.span.end, t.kind))
                    .collect()
            }),
            sentences: seg.filter(|_| emit.sentences).map(|s| {
                s.sentences
                    .iter()
                    .map(|s| [s.span.start, s.span.end])
                    .collect()
            }),
            entities: entities.filter(|_| emit.entities).map(<[Entity]>::to_vec),
            claims: extraction.filter(|_| emit.claims).map(|x| x.claims.clone()),
            relations: extraction
                .filter(|_| emit.relations)
                .map(|x| x.relations.clone()),
            relative_ordinals: extraction
                .filter(|x| emit.claims && !x.relative_ordinals.is_empty())
                .map(|x| x.relative_ordinals.clone()),
            diagnostics: extraction
                .filter(|x| emit.claims && !x.diagnostics.is_empty())
                .map(|x| x.diagnostics.clone()),
        }
    }
}

/// An article that could not be read or processed, written in place of its document so that
/// documents in = documents written + errors written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// The document id, when one was assigned before the failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What went wrong.
    pub error: ErrorBody,
}

/// The body of an [`ErrorRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The stage that failed (`read`, `tokenize`, `entities`, `claims`).
    pub stage: String,
    /// A stable machine-readable code (`invalid_utf8`, `truncated_gzip`, `panic`).
    pub code: String,
    /// The input file, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The 1-based line in a JSONL input, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The reason, for a human.
    pub message: String,
}
