//! The event records that cross into reconciliation and output.

use jiff::civil::Date;
use reckon_text::Span;
use serde::{Deserialize, Serialize};

/// What kind of happening an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// A shooting (`a gunman opened fire`, `was shot and killed`).
    Shooting,
    /// An attack other than a shooting: a bombing, a stabbing, a terror attack, an air strike.
    Attack,
    /// A war or armed conflict counted over time (`the 21-month-old war`).
    Conflict,
    /// A crash or collapse: road, rail, air, a building, a mine.
    Accident,
    /// A fire, storm, flood, earthquake, heatwave or other disaster.
    Disaster,
    /// An outbreak of disease.
    Outbreak,
    /// A vote or an election.
    Vote,
    /// A protest, strike or riot.
    Protest,
    /// A periodic report of figures: jobs, sales, prices, a poll.
    Report,
    /// Any other happening a claim is about.
    Other,
}

/// Where a date or window came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhenSource {
    /// A date the text states (`on 1 April 2017`, `the November 2015 attacks`).
    Explicit,
    /// A date the text gives relative to the article date (`on Monday`, `last month`).
    Relative,
    /// No date in the text: the window before the article's publication date.
    ArticleDate,
}

/// An event's date: one day (`start == end`) or a window of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    /// The first day of the window.
    pub start: Date,
    /// The last day of the window.
    pub end: Date,
    /// Where the window came from.
    pub source: WhenSource,
}

/// One figure an article gives for one of its events: a count of people killed, injured...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What is counted (`killed`, `injured`, `arrested`, `missing`...).
    pub measure: String,
    /// The value the article gives.
    pub value: f64,
    /// The claim of the article that states it, when a number is written; absent for an
    /// implicit count (`a 17-year-old was shot and killed` is one killed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<u32>,
    /// The words that justify the figure (the claim's quantity, or the implicit phrase).
    pub evidence: Span,
    /// True when no number is written and the figure is read from the words.
    #[serde(default)]
    pub implicit: bool,
    /// True when the figure is read from the article's title (`2 dead, 3 injured in shooting`):
    /// `evidence` is then a span of the title, not of the text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title: bool,
}

/// An event as one article reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleEvent {
    /// The event's index within its article (0, 1, ...).
    pub index: u32,
    /// What kind of happening it is.
    pub kind: EventKind,
    /// The words that name the event in its first mention (`shooting`, `opened fire`).
    pub trigger: Span,
    /// When it happened, resolved from the text against the article date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    /// Where it happened, from the event's own clause (canonical entity name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Every place the article ties to the event, narrowest evidence first: the places of the
    /// event's own sentences, the dateline, then the article's other places by frequency
    /// (broad places such as states left out). Matching across articles reads these, since
    /// reports name one place at different grains (`Tenderloin`, `San Francisco`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// The indices of the article's claims that are about this event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<u32>,
    /// The figures the article gives for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Canonical names of the people and organisations the event's sentences name (victims,
    /// suspects, officials), used to match reports of one event across articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
}

/// An article's event with its document context: what archive-wide matching reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// The document's id.
    pub doc_id: String,
    /// The document's publication date, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_date: Option<Date>,
    /// The document's source (outlet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The event as this article reports it.
    pub event: ArticleEvent,
}

/// One measure of an archive-wide event with its reconciled value and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventFigure {
    /// What is counted.
    pub measure: String,
    /// The reconciled value: what more than half of the reports give; without a majority, the
    /// largest for `killed` (a toll only rises), for `injured` the largest less later deaths, else
    /// the latest report.
    pub value: f64,
    /// Each article's report: document id and the figure it gives.
    pub reports: Vec<(String, Figure)>,
}

/// An archive-wide event: the reports of one happening by many articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: independent of input order and sharding.
    pub id: String,
    /// What kind of happening it is.
    pub kind: EventKind,
    /// When it happened (the narrowest window its reports agree on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    /// Where it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The ids of the articles that report it, sorted.
    pub documents: Vec<String>,
    /// Its members: (document id, the article event's index).
    pub members: Vec<(String, u32)>,
    /// Each measure with its reconciled value and evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<EventFigure>,
}
