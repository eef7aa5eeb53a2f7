//! The synonym-class lexicon: measures, counted nouns, places, units, currencies, modifiers.
//!
//! Data, not code: the default is `data/lexicon.json` compiled in with `include_str!`; a user file
//! in the same format is merged over it ([`Lexicon::merge`]). [`Compiled`] turns a lexicon into
//! lookup structures built once: a hash map for one-token entries and one Aho-Corasick automaton
//! for multi-token phrases (`death toll`, `per cent`, `km/h`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::{Deserialize, Serialize};

use crate::lex::{Lexeme, lex};

/// The default lexicon, compiled in.
const DEFAULT_LEXICON: &str = include_str!("../data/lexicon.json");

/// Units and currencies of the quantity scanner, merged over the default lexicon.
const QUANTITY_LEXICON: &str = include_str!("../data/quantities.json");

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon file could not be read.
    #[error("cannot read lexicon {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A lexicon file is not valid lexicon JSON.
    #[error("invalid lexicon {path}: {source}")]
    Parse {
        /// The file.
        path: String,
        /// The JSON error, with line and column.
        source: serde_json::Error,
    },
}

/// One synonym class of events or states (`killed` = `dead` = `death toll`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// The canonical name used in measure keys.
    pub key: String,
    /// True for a cumulative measure (a toll), false for a stock (`still held`).
    #[serde(default)]
    pub cumulative: bool,
    /// Surface forms, lower case, one or more words.
    #[serde(default)]
    pub events: Vec<String>,
    /// The counted class the key uses when the text names none (`the death toll is 124`: people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_counted: Option<String>,
}

/// One synonym class of counted things (`captive` = `hostage`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountedClass {
    /// The canonical name used in measure keys.
    pub key: String,
    /// Lemmas (singular, lower case) that belong to the class.
    #[serde(default)]
    pub words: Vec<String>,
}

/// The lexicon as data. Every field is optional in a user file; see the crate README for the format.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Lexicon {
    /// Event/state synonym classes.
    pub measures: Vec<Measure>,
    /// Counted-noun synonym classes.
    pub counted: Vec<CountedClass>,
    /// Place names (gazetteer fallback when no entity mentions are given).
    pub places: Vec<String>,
    /// Nationality adjective -> place.
    pub nationalities: BTreeMap<String, String>,
    /// Currency symbols (lower case) -> ISO 4217 code.
    pub currency_symbols: BTreeMap<String, String>,
    /// Currency words (lower case) -> ISO 4217 code (`USD/100` for cents).
    pub currency_words: BTreeMap<String, String>,
    /// ISO 4217 codes recognised when written in capitals.
    pub currency_codes: Vec<String>,
    /// Unit surface (lower case) -> `[symbol, dimension]`.
    pub units: BTreeMap<String, (String, String)>,
    /// Modifier phrase -> kind (`gt`, `ge`, `lt`, `le`, `near`, `approx`, `exact`, and `*_post`
    /// for modifiers written after the number).
    pub modifiers: BTreeMap<String, String>,
    /// Time-zone names (lower case) -> UTC offset in minutes (`null` when unknown: `local time`).
    pub zones: BTreeMap<String, Option<i32>>,
    /// Verbs that introduce a source (`said`, `reported`).
    pub attribution_verbs: Vec<String>,
    /// Phrases that introduce a source (`according to`).
    pub attribution_phrases: Vec<String>,
    /// Words after which a number is an identifier, not a quantity (`page 14`, `flight 17`).
    pub identifier_prefixes: Vec<String>,
    /// Emergency telephone numbers (`911`, `999`, `112`): not a quantity after a verb of
    /// calling or `to`, or before `call`, `operator`, `service`... (`called 911`, `a 999 call`).
    pub emergency_numbers: Vec<String>,
    /// Nouns that make `N-year-old` a duration rather than an age (`21-month-old war`).
    pub non_person_nouns: Vec<String>,
    /// Nouns that make `N-year-old` an age (`27-year-old man`).
    pub person_nouns: Vec<String>,
    /// Function words that end a counted noun phrase.
    pub function_words: Vec<String>,
    /// Conjunctions that open a new clause (`as`, `when`, `while`): the event word of a quantity
    /// is not looked for past one (`forcing thousands from their homes as the toll rose`).
    pub clause_conjunctions: Vec<String>,
    /// Nouns that refer back to a figure already given (`the figure`, `the total`): a quantity
    /// they introduce takes the frame of the previous quantity of the sentence.
    pub reference_nouns: Vec<String>,
    /// Phrases before a place that locate something relative to it (`near`, `south of`): the
    /// place is not where the counted thing is, so it does not become the claim's place.
    pub relative_place_words: Vec<String>,
    /// Phrases before a quantity that give an earlier value of the quantity just stated
    /// (`rose to 23,500, up from 18,000`): it takes that quantity's frame.
    pub prior_value_phrases: Vec<String>,
    /// Street types (`Street`, `Ave`, `Drive`): a number before a name ending in one, or a
    /// numbered street, is an address (`5126 Clinton Drive`, `56th and Market streets`).
    pub street_types: Vec<String>,
    /// Firearm nouns (`pistol`, `handgun`): a number written with a leading dot before one is a
    /// calibre (`.25 pistol`), not a quantity.
    pub firearm_nouns: Vec<String>,
    /// Vehicle makes (`Ford`, `Chevy`): a year before one is a model year (`a 2016 Ford F150`),
    /// part of a product's name, not a date.
    pub vehicle_makes: Vec<String>,
}

impl Lexicon {
    /// The lexicon compiled into the crate (`data/lexicon.json`).
    #[allow(clippy::should_implement_trait)] // also implements Default; this is the documented name
    pub fn default() -> Lexicon {
        let mut lex: Lexicon =
            serde_json::from_str(DEFAULT_LEXICON).expect("the bundled lexicon is valid");
        lex.merge(serde_json::from_str(QUANTITY_LEXICON).expect("the bundled lexicon is valid"));
        lex
    }

    /// Reads a lexicon file (JSON, the format of `data/lexicon.json`).
    pub fn from_path(path: &Path) -> Result<Lexicon, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.display().to_string(),
            source,
        })?;
        Lexicon::from_json(&text).map_err(|source| Error::Parse {
            path: path.display().to_string(),
            source,
        })
    }

    /// Parses a lexicon from JSON text.
    pub fn from_json(text: &str) -> Result<Lexicon, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The default lexicon with the user file at `path` merged over it.
    pub fn default_with(path: &Path) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::default();
        lex.merge(Lexicon::from_path(path)?);
        Ok(lex)
    }

    /// Merges `other` over `self`: classes with the same key gain the other's words (and take its
    /// `cumulative` flag), new classes are appended, lists are unioned, map entries overridden.
    pub fn merge(&mut self, other: Lexicon) {
        for m in other.measures {
            match self.measures.iter_mut().find(|x| x.key == m.key) {
                Some(x) => {
                    x.cumulative = m.cumulative;
                    if m.default_counted.is_some() {
                        x.default_counted = m.default_counted;
                    }
                    union(&mut x.events, m.events);
                }
                None => self.measures.push(m),
            }
        }
        for c in other.counted {
            match self.counted.iter_mut().find(|x| x.key == c.key) {
                Some(x) => union(&mut x.words, c.words),
                None => self.counted.push(c),
            }
        }
        union(&mut self.places, other.places);
        self.nationalities.extend(other.nationalities);
        self.currency_symbols.extend(other.currency_symbols);
        self.currency_words.extend(other.currency_words);
        union(&mut self.currency_codes, other.currency_codes);
        self.units.extend(other.units);
        self.modifiers.extend(other.modifiers);
        self.zones.extend(other.zones);
        union(&mut self.attribution_verbs, other.attribution_verbs);
        union(&mut self.attribution_phrases, other.attribution_phrases);
        union(&mut self.identifier_prefixes, other.identifier_prefixes);
        union(&mut self.emergency_numbers, other.emergency_numbers);
        union(&mut self.non_person_nouns, other.non_person_nouns);
        union(&mut self.person_nouns, other.person_nouns);
        union(&mut self.function_words, other.function_words);
        union(&mut self.clause_conjunctions, other.clause_conjunctions);
        union(&mut self.reference_nouns, other.reference_nouns);
        union(&mut self.relative_place_words, other.relative_place_words);
        union(&mut self.prior_value_phrases, other.prior_value_phrases);
        union(&mut self.street_types, other.street_types);
        union(&mut self.firearm_nouns, other.firearm_nouns);
        union(&mut self.vehicle_makes, other.vehicle_makes);
    }
}

fn union(a: &mut Vec<String>, b: Vec<String>) {
    for x in b {
        if !a.contains(&x) {
            a.push(x);
        }
    }
}

/// A modifier kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mod {
    Gt,
    Ge,
    Lt,
    Le,
    Near,
    Approx,
    Exact,
    GePost,
    LePost,
    ApproxPost,
}

/// What a lexicon entry means. One surface may have several roles (`pounds`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Role {
    Measure(u16),
    Counted(u16),
    Place(u16),
    Nationality(u16),
    CurSym(u16),
    CurWord(u16),
    CurCode(u16),
    Unit(u16),
    Mod(Mod),
    Zone(u16),
    AttrVerb,
    AttrPhrase,
    IdPrefix,
    Emergency,
    NonPerson,
    PersonNoun,
    Function,
    ClauseConj,
    Reference,
    RelPlace,
    Prior,
    Street,
    Firearm,
    Make,
}

/// FNV-1a, the hasher of the one-token map: the map is looked up for most tokens of every
/// document (a quarter of extraction time with SipHash) and is fixed once built, so lookups of
/// hostile words cannot lengthen its chains.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fnv;

/// The state of [`Fnv`].
pub(crate) struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A lexicon compiled into lookup structures, built once and shared read-only.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub lexicon: Lexicon,
    /// One-token entries.
    words: HashMap<String, Vec<Role>, Fnv>,
    /// Multi-token phrases, matched over the lower-cased text.
    ac: Option<AhoCorasick>,
    ac_roles: Vec<Vec<Role>>,
    pub places: Vec<String>,
    /// The same names, for a lookup by exact text.
    pub place_names: HashSet<String, Fnv>,
    pub currencies: Vec<String>,
    pub units: Vec<(String, String)>,
    pub zones: Vec<(String, Option<i32>)>,
}

impl Compiled {
    pub fn new(lexicon: Lexicon) -> Compiled {
        let mut entries: Vec<(String, Role)> = Vec::new();
        for (i, m) in lexicon.measures.iter().enumerate() {
            for e in &m.events {
                entries.push((e.to_lowercase(), Role::Measure(i as u16)));
            }
        }
        for (i, c) in lexicon.counted.iter().enumerate() {
            for w in &c.words {
                entries.push((w.to_lowercase(), Role::Counted(i as u16)));
            }
        }
        let mut places = Vec::new();
        for p in &lexicon.places {
            entries.push((p.to_lowercase(), Role::Place(places.len() as u16)));
            places.push(p.clone());
        }
        let mut nationality_places = Vec::new();
        for (n, p) in &lexicon.nationalities {
            entries.push((
                n.to_lowercase(),
                Role::Nationality(nationality_places.len() as u16),
            ));
            entries.push((
                format!("{}s", n.to_lowercase()),
                Role::Nationality(nationality_places.len() as u16),
            ));
            nationality_places.push(p.clone());
        }
        let mut currencies: Vec<String> = Vec::new();
        let mut cur = |code: &str| -> u16 {
            match currencies.iter().position(|c| c == code) {
                Some(i) => i as u16,
                None => {
                    currencies.push(code.to_owned());
                    (currencies.len() - 1) as u16
                }
            }
        };
        for (s, code) in &lexicon.currency_symbols {
            entries.push((s.to_lowercase(), Role::CurSym(cur(code))));
        }
        for (s, code) in &lexicon.currency_words {
            entries.push((s.to_lowercase(), Role::CurWord(cur(code))));
        }
        for code in &lexicon.currency_codes {
            entries.push((code.to_lowercase(), Role::CurCode(cur(code))));
        }
        let mut units = Vec::new();
        for (s, u) in &lexicon.units {
            entries.push((s.to_lowercase(), Role::Unit(units.len() as u16)));
            units.push(u.clone());
        }
        for (s, k) in &lexicon.modifiers {
            let m = match k.as_str() {
                "gt" => Mod::Gt,
                "ge" => Mod::Ge,
                "lt" => Mod::Lt,
                "le" => Mod::Le,
                "near" => Mod::Near,
                "approx" => Mod::Approx,
                "exact" => Mod::Exact,
                "ge_post" => Mod::GePost,
                "le_post" => Mod::LePost,
                "approx_post" => Mod::ApproxPost,
                _ => continue,
            };
            entries.push((s.to_lowercase(), Role::Mod(m)));
        }
        let mut zones = Vec::new();
        for (z, off) in &lexicon.zones {
            entries.push((z.to_lowercase(), Role::Zone(zones.len() as u16)));
            zones.push((z.clone(), *off));
        }
        for v in &lexicon.attribution_verbs {
            entries.push((v.to_lowercase(), Role::AttrVerb));
        }
        for v in &lexicon.attribution_phrases {
            entries.push((v.to_lowercase(), Role::AttrPhrase));
        }
        for v in &lexicon.identifier_prefixes {
            entries.push((v.to_lowercase(), Role::IdPrefix));
        }
        for v in &lexicon.emergency_numbers {
            entries.push((v.to_lowercase(), Role::Emergency));
        }
        for v in &lexicon.non_person_nouns {
            entries.push((v.to_lowercase(), Role::NonPerson));
        }
        for v in &lexicon.person_nouns {
            entries.push((v.to_lowercase(), Role::PersonNoun));
        }
        for v in &lexicon.function_words {
            entries.push((v.to_lowercase(), Role::Function));
        }
        for v in &lexicon.clause_conjunctions {
            entries.push((v.to_lowercase(), Role::ClauseConj));
        }
        for v in &lexicon.reference_nouns {
            entries.push((v.to_lowercase(), Role::Reference));
        }
        for v in &lexicon.relative_place_words {
            entries.push((v.to_lowercase(), Role::RelPlace));
        }
        for v in &lexicon.prior_value_phrases {
            entries.push((v.to_lowercase(), Role::Prior));
        }
        for v in &lexicon.street_types {
            entries.push((v.to_lowercase(), Role::Street));
        }
        for v in &lexicon.firearm_nouns {
            entries.push((v.to_lowercase(), Role::Firearm));
        }
        for v in &lexicon.vehicle_makes {
            entries.push((v.to_lowercase(), Role::Make));
        }

        let mut words: HashMap<String, Vec<Role>, Fnv> = HashMap::default();
        let mut phrases: Vec<String> = Vec::new();
        let mut phrase_idx: HashMap<String, usize> = HashMap::new();
        let mut ac_roles: Vec<Vec<Role>> = Vec::new();
        for (s, role) in entries {
            if s.is_empty() {
                continue;
            }
            if lex(&s).len() == 1 {
                let v = words.entry(s).or_default();
                if !v.contains(&role) {
                    v.push(role);
                }
            } else {
                let i = *phrase_idx.entry(s.clone()).or_insert_with(|| {
                    phrases.push(s);
                    ac_roles.push(Vec::new());
                    ac_roles.len() - 1
                });
                if !ac_roles[i].contains(&role) {
                    ac_roles[i].push(role);
                }
            }
        }
        let ac = if phrases.is_empty() {
            None
        } else {
            Some(
                // a DFA: built once, it reads each byte of every article in a few instructions
                // (the default NFA follows failure links)
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&phrases)
                    .expect("lexicon phrases build an automaton"),
            )
        };
        let _ = nationality_places; // nationalities mark counted groups; their places are not needed yet
        let place_names = places.iter().cloned().collect();
        Compiled {
            lexicon,
            words,
            ac,
            ac_roles,
            places,
            place_names,
            currencies,
            units,
            zones,
        }
    }

    /// Roles of a one-token entry (`lc` is the lower-cased token text).
    pub fn word(&self, lc: &str) -> &[Role] {
        self.words.get(lc).map_or(&[], Vec::as_slice)
    }

    /// All multi-token phrase matches over `lc` aligned to token boundaries, as
    /// `(start_tok, end_tok, phrase)`, sorted by start then longest first.
    pub fn phrase_matches(&self, lc: &str, toks: &[Lexeme]) -> Vec<(u32, u32, u32)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(lc) {
            let s = m.start() as u32;
            let e = m.end() as u32;
            let si = toks.partition_point(|t| t.start < s);
            if si >= toks.len() || toks[si].start != s {
                continue;
            }
            let ei = toks[si..].partition_point(|t| t.end < e) + si;
            if ei >= toks.len() || toks[ei].end != e {
                continue;
            }
            out.push((si as u32, ei as u32 + 1, m.pattern().as_u32()));
        }
        out.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        out
    }

    /// Roles of multi-token phrase `p`.
    pub fn phrase_roles(&self, p: u32) -> &[Role] {
        &self.ac_roles[p as usize]
    }
}
