//! `reckon-entities`: named entities in news text, and which mentions are the same thing.
//!
//! (Seam types sketched by the spine; the recogniser is filled in by the entities work.)

use reckon_text::Span;
use serde::{Deserialize, Serialize};

/// OntoNotes entity labels (the non-numeric ones; numbers are the claims stage's job).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// People, including fictional.
    Person,
    /// Nationalities, religious or political groups.
    Norp,
    /// Buildings, airports, highways, bridges.
    Fac,
    /// Companies, agencies, institutions, armed groups.
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Non-GPE locations: regions, mountain ranges, bodies of water.
    Loc,
    /// Objects, vehicles, foods (not services).
    Product,
    /// Named hurricanes, battles, wars, sports events.
    Event,
    /// Titles of books, songs, programmes.
    WorkOfArt,
    /// Named documents made into laws.
    Law,
    /// Any named language.
    Language,
}

/// A stable identifier of an entity cluster: a hash of its normalised canonical name and label,
/// identical across documents and runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u64);

/// One entity mention in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Where the mention is in the original text.
    pub span: Span,
    /// The mention's text (`span` sliced from the document).
    pub text: String,
    /// The mention's label.
    pub label: Label,
    /// The canonical name of the cluster the mention belongs to (`Benjamin Netanyahu` for `Netanyahu`).
    pub canonical: String,
    /// The cluster's stable id.
    pub id: EntityId,
}
