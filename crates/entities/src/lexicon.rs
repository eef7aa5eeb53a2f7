//! Word lists the decoder's repair pass and the description linker read: titles written before
//! names (`data/titles.tsv`) and nationality adjectives with their countries
//! (`data/nationalities.tsv`). Both are hand-written data files (provenance in the README).
//!
//! Phrases are stored as hashes of their lowercased token sequence (the same hashes as
//! [`TokenInfo::lower`]), so a lookup at a token costs one set probe unless the token starts some
//! phrase.

use std::collections::HashMap;

use crate::Label;
use crate::hash::{BuildIdentity, PHRASE_SEED, WordMap, WordSet, hash_bytes, mix, phrase_hash};
use crate::summary::{Scratch, TokenInfo};

/// [`Lexicon::body_word`] bit: a company's legal suffix (SUFFIX).
pub(crate) const SUFFIX: u8 = 1;
/// [`Lexicon::body_word`] bit: a player's position (POSITION).
pub(crate) const POSITION: u8 = 2;
/// [`Lexicon::body_word`] bit: a newspaper named alone after `the` (PAPER).
pub(crate) const PAPER: u8 = 4;
/// [`Lexicon::body_word`] bit: a noun of a company's shares or their holders (SECURITY).
pub(crate) const SECURITY: u8 = 8;
/// [`Lexicon::body_word`] bit: a newspaper named by one word only after a capitalised `The`
/// (TITLED_PAPER: `The Star`, `The Sun`).
pub(crate) const TITLED_PAPER: u8 = 16;
/// [`Lexicon::body_word`] bit: an organisation head word that ends no place's name (PLACELESS:
/// `University`, `Committee`; rule 6).
pub(crate) const PLACELESS: u8 = 32;
/// [`Lexicon::body_word`] bit: a deliberating body's head word named with `on` and a subject
/// (ON_HEAD: `Commission`, `Council`; rule 95).
pub(crate) const ON_HEAD: u8 = 64;
/// [`Lexicon::body_word`] bit: an adjective of government that names no body alone
/// (GOVERNMENT_ADJECTIVE: `Federal`, `Congressional`; rule 96).
pub(crate) const GOVERNMENT_ADJECTIVE: u8 = 128;

/// What a title says about the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// A post one person holds at a time (`Prime Minister`): descriptions may link to its holder.
    Office,
    /// A role many hold (`Senator`, `correspondent`, `Mr`): marks a name, never linked.
    Role,
}

/// A phrase matched at some token: its length in tokens and its entry number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub len: usize,
    pub entry: u32,
}

/// Phrases of one kind, hashed.
#[derive(Debug, Default)]
struct Phrases {
    map: HashMap<u64, u32, BuildIdentity>,
    firsts: WordSet,
    max_len: usize,
}

impl Phrases {
    fn insert(&mut self, lowers: &[u64], entry: u32) {
        if lowers.is_empty() {
            return;
        }
        self.firsts.add(lowers[0]);
        self.map
            .entry(phrase_hash(lowers.iter().copied()))
            .or_insert(entry);
        self.max_len = self.max_len.max(lowers.len());
    }

    /// The longest phrase starting at token `i` of `n`, `lower(k)` giving token `k`'s
    /// lowercased hash. Inlined: most tokens start no phrase, which the first-word filter says
    /// in a few instructions at the caller.
    #[inline]
    fn at(&self, n: usize, i: usize, lower: impl Fn(usize) -> u64) -> Option<Hit> {
        if i >= n || !self.firsts.contains(&lower(i)) {
            return None;
        }
        self.longest(n, i, lower)
    }

    /// [`Phrases::at`] after its first word is known to start some phrase.
    #[inline(never)]
    fn longest(&self, n: usize, i: usize, lower: impl Fn(usize) -> u64) -> Option<Hit> {
        let mut h = PHRASE_SEED;
        let mut best = None;
        for len in 1..=self.max_len.min(n - i) {
            h = mix(h, lower(i + len - 1));
            if let Some(&entry) = self.map.get(&h) {
                best = Some(Hit { len, entry });
            }
        }
        best
    }
}

/// Titles, stop words after titles, and nationality adjectives.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    titles: Phrases,
    /// Kind and lowercased text of each title entry.
    title_entries: Vec<(TitleKind, String)>,
    stops: WordSet,
    past: WordSet,
    groups: WordSet,
    nationalities: Phrases,
    /// Country of each nationality entry (empty for groups such as `Arab`).
    countries: Vec<String>,
    /// Organisation head words (`data/org_heads.tsv`).
    org_heads: WordSet,
    /// Place prefix words with their label (`data/place_cues.tsv`).
    place_prefixes: WordMap<Label>,
    /// Phrases after which a name is a place (`data/place_cues.tsv`); entry 1: any name, 0: only
    /// one the tagger read as a PERSON.
    place_cues: Phrases,
    /// Administrative nouns written after a place's name (`province`).
    place_suffixes: WordSet,
    /// Words never read as a place after a cue (`May`: `in May`).
    not_places: WordSet,
    /// Facility head words ending a street's or a building's name (`Avenue`, `Jail`).
    fac_heads: WordSet,
    /// Verbs of a match result between two teams (`beat`, `defeated`).
    versus: WordSet,
    /// Lower-case nouns of a place's police after its name (`police`, `deputies`).
    police: WordSet,
    /// Capitalised words ending a place's name, with its label (`County` GPE).
    place_ends: WordMap<Label>,
    /// Names written with a possessive that belongs to them (`McDonald` of `McDonald's`).
    possessive_names: WordSet,
    /// Team nicknames ending a team's name (`Chargers`, `Sox`; TEAM in `data/org_heads.tsv`).
    teams: WordSet,
    /// Companies and platforms known by one word (`Twitter`; COMPANY in `data/org_heads.tsv`).
    companies: WordSet,
    /// Common lower-case words (`data/common_words.txt`).
    common: WordSet,
    /// Acronyms and abbreviations of common nouns and units, exact case (`data/common_acronyms.txt`).
    acronyms: WordSet,
    /// Endings of words for a people, a faith's followers or a party's members, lower case
    /// (ENDING in `data/group_words.tsv`).
    group_endings: Vec<String>,
    /// Words for a party's members or a state's people without such an ending, and their plurals
    /// (PARTY and PEOPLE in `data/group_words.tsv`).
    group_words: WordSet,
    /// Words opening a club's name (`Real`, `Borussia`; CLUB in `data/org_heads.tsv`).
    clubs: WordSet,
    /// Words ending an event's name (`Awards`, `Cup`; EVENT in `data/org_heads.tsv`).
    events: WordSet,
    /// Words before a storm's name (`Hurricane`; STORM in `data/org_heads.tsv`).
    storms: WordSet,
    /// Makers whose name opens a product's (`Toyota`, `Boeing`; MAKER in `data/org_heads.tsv`),
    /// and product lines known by one word, a PRODUCT alone too (`MacBook`, `iPad`; LINE): the
    /// value says which (true: a line). One map, so that rule 19 looks each token up once.
    makers: WordMap<bool>,
    /// Words after a maker's name that make it the company's (`Inc`, `Motors`; CORP).
    corp_words: WordSet,
    /// Nouns a work's title in quotes follows (`film`, `album`; WORK in `data/org_heads.tsv`).
    work_cues: WordSet,
    /// US state abbreviations after a place (`FL`, `Fla.`; STATE in `data/place_cues.tsv`).
    states: WordSet,
    /// Country names (the countries of `data/nationalities.tsv`).
    country_names: Phrases,
    /// Short words that neither open nor close a place's name (`of`, `two`; GLUE in
    /// `data/place_cues.tsv`).
    glue: WordSet,
    /// US states' full names (`Colorado`, `New Mexico`; REGION in `data/place_cues.tsv`).
    regions: Phrases,
    /// Planets and moons (`Jupiter`, `Europa`; SKY in `data/place_cues.tsv`), each with whether
    /// it is one only after a lower-case `the` (`the Moon`).
    sky: WordMap<bool>,
    /// Lower-case words inside a person's name (`bin`; PARTICLE in `data/titles.tsv`).
    particles: WordSet,
    /// Lower-case articles joined to a name word by a hyphen (`al-`; PARTICLE lines ending in `-`).
    particle_prefixes: Vec<String>,
    /// Titles a portfolio's name is written before (`Minister`; PORTFOLIO in `data/titles.tsv`).
    portfolios: WordSet,
    /// Organisations named with a lower-case article (`al-Qaeda`; ARTICLE in
    /// `data/org_heads.tsv`), and the names without it (`qaeda`, for `al Qaeda`).
    article_orgs: WordSet,
    article_tails: WordSet,
    /// Words opening a body's or a place's name that a lower-case article continues, with the
    /// name's label (`Jabhat` ORG, `Bab` GPE; OPENER in `data/org_heads.tsv` and
    /// `data/place_cues.tsv`).
    openers: WordMap<Label>,
    /// Capitalised descriptions of a government body (`Federal Government`; DESCRIPTION).
    descriptions: Phrases,
    /// Nouns an apposition calls an organisation by (`party`, `group`; NOUN).
    org_nouns: WordSet,
    /// Head words of institutions, ORGs also as buildings (`Hospital`; INSTITUTION).
    institutions: WordSet,
    /// Two-word heads of institutions (`Medical Center`; INSTITUTION lines of two words), as
    /// [`mix`] of the two words' hashes.
    institution_pairs: WordSet,
    /// The words of rules 39, 41 and 45 in one map, so that a token is looked up once: a
    /// company's legal suffix (`Inc.`, `Ltd`; SUFFIX in `data/org_heads.tsv`, [`SUFFIX`]), a
    /// player's position (`quarterback`; POSITION, [`POSITION`]), a newspaper named alone after
    /// `the` (`Guardian`; PAPER, [`PAPER`]), a noun of a company's shares or their holders
    /// (`shareholders`; SECURITY, [`SECURITY`]).
    body_words: WordMap<u8>,
    /// Nations fielding their own sides that are no country of `data/nationalities.tsv`
    /// (`England`; NATION in `data/org_heads.tsv`).
    nations: WordSet,
    /// Plural nouns whose possessive is part of an institution's name (`Children` of `Children's
    /// Hospital`; OWNER).
    owners: WordSet,
    /// Compass words opening a nationality adjective (`West` of `West Australian`; COMPASS in
    /// `data/place_cues.tsv`).
    compass: WordSet,
    /// Lower-case nouns of a body of water next to its name (`river`; WATER).
    waters: WordSet,
    /// The PARTICLE words and the WATER words together, for a sentence's first look.
    wire_words: WordSet,
    /// Currency nouns after a country's name in an amount (`dollars`; CURRENCY in
    /// `data/place_cues.tsv`).
    currencies: WordSet,
}

/// Lowercased-token hashes of a phrase, tokenized as the tagger tokenizes text.
fn lowers(scratch: &mut Scratch, phrase: &str) -> Vec<u64> {
    let seg = reckon_text::segment(phrase);
    seg.tokens
        .iter()
        .map(|&t| scratch.light(phrase, t).lower)
        .collect()
}

impl Lexicon {
    /// Parses the data files (formats in their headers).
    pub(crate) fn parse(
        titles: &str,
        nationalities: &str,
        org_heads: &str,
        place_cues: &str,
    ) -> Lexicon {
        let mut lex = Lexicon::default();
        let mut scratch = Scratch::default();
        for line in data_lines(titles) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let phrase = phrase.trim();
            let kind = match kind.trim() {
                "OFFICE" => TitleKind::Office,
                "ROLE" => TitleKind::Role,
                "PARTICLE" if !phrase.ends_with('-') => {
                    let h = hash_bytes(phrase.to_lowercase().as_bytes());
                    lex.particles.add(h);
                    lex.wire_words.add(h);
                    continue;
                }
                "PARTICLE" => {
                    lex.particle_prefixes.push(phrase.to_owned());
                    continue;
                }
                k @ ("STOP" | "PAST" | "GROUP" | "PORTFOLIO") => {
                    let set = match k {
                        "STOP" => &mut lex.stops,
                        "PAST" => &mut lex.past,
                        "PORTFOLIO" => &mut lex.portfolios,
                        _ => &mut lex.groups,
                    };
                    set.add(hash_bytes(phrase.to_lowercase().as_bytes()));
                    continue;
                }
                _ => continue,
            };
            let entry = lex.title_entries.len() as u32;
            lex.title_entries.push((kind, phrase.to_lowercase()));
            lex.titles.insert(&lowers(&mut scratch, phrase), entry);
        }
        // Countries' names, lower-cased: a nationality's plural that is one is no plural (`Lao`
        // makes no `Laos`: the country's name, read as NORP in `the Laos government`).
        let country_words: std::collections::HashSet<String> = data_lines(nationalities)
            .filter_map(|l| l.split_once('\t'))
            .map(|(_, c)| c.trim().to_lowercase())
            .collect();
        for line in data_lines(nationalities) {
            let (adj, country) = line.split_once('\t').unwrap_or((line, ""));
            let adj = adj.trim();
            let entry = lex.countries.len() as u32;
            lex.countries.push(country.trim().to_owned());
            if !country.trim().is_empty() {
                lex.country_names
                    .insert(&lowers(&mut scratch, country.trim()), entry);
            }
            let mut l = lowers(&mut scratch, adj);
            lex.nationalities.insert(&l, entry);
            // The plural (`Israelis`, `South Koreans`), unless it is a country's name.
            if let Some(last) = l.last_mut()
                && !country_words.contains(&format!("{}s", adj.to_lowercase()))
            {
                *last = hash_bytes(
                    format!("{}s", adj.rsplit(' ').next().unwrap_or(adj).to_lowercase()).as_bytes(),
                );
                lex.nationalities.insert(&l, entry);
            }
        }
        for line in data_lines(org_heads) {
            let (set, word) = match line.split_once('\t') {
                Some(("POSSESSIVE", w)) => (&mut lex.possessive_names, w),
                Some(("TEAM", w)) => (&mut lex.teams, w),
                Some(("CLUB", w)) => (&mut lex.clubs, w),
                Some(("COMPANY", w)) => (&mut lex.companies, w),
                Some(("EVENT", w)) => (&mut lex.events, w),
                Some(("STORM", w)) => (&mut lex.storms, w),
                Some(("WORK", w)) => (&mut lex.work_cues, w),
                Some((kind @ ("MAKER" | "LINE"), w)) => {
                    lex.makers.insert(
                        hash_bytes(w.trim().to_lowercase().as_bytes()),
                        kind == "LINE",
                    );
                    continue;
                }
                Some(("CORP", w)) => (&mut lex.corp_words, w),
                Some(("NOUN", w)) => (&mut lex.org_nouns, w),
                Some(("INSTITUTION", w)) if w.trim().contains(' ') => {
                    let l = lowers(&mut scratch, w.trim());
                    if let [x, y] = l[..] {
                        lex.institution_pairs.add(mix(x, y));
                    }
                    continue;
                }
                Some(("INSTITUTION", w)) => (&mut lex.institutions, w),
                Some((
                    kind @ ("SUFFIX"
                    | "POSITION"
                    | "PAPER"
                    | "SECURITY"
                    | "TITLED_PAPER"
                    | "PLACELESS"
                    | "ON_HEAD"
                    | "GOVERNMENT_ADJECTIVE"),
                    w,
                )) => {
                    let bit = match kind {
                        "SUFFIX" => SUFFIX,
                        "POSITION" => POSITION,
                        "SECURITY" => SECURITY,
                        "TITLED_PAPER" => TITLED_PAPER,
                        "PLACELESS" => PLACELESS,
                        "ON_HEAD" => ON_HEAD,
                        "GOVERNMENT_ADJECTIVE" => GOVERNMENT_ADJECTIVE,
                        _ => PAPER,
                    };
                    let h = hash_bytes(w.trim().to_lowercase().as_bytes());
                    let old = lex.body_words.get(&h).copied().unwrap_or(0);
                    lex.body_words.insert(h, old | bit);
                    continue;
                }
                Some(("OWNER", w)) => (&mut lex.owners, w),
                Some(("NATION", w)) => (&mut lex.nations, w),
                Some(("OPENER", w)) => {
                    for h in lowers(&mut scratch, w.trim()) {
                        lex.openers.insert(h, Label::Org);
                    }
                    continue;
                }
                Some(("ARTICLE", w)) => {
                    // Hashed as the tagger's tokens are (one token: `al-Qa'ida`).
                    let w = w.trim();
                    for h in lowers(&mut scratch, w) {
                        lex.article_orgs.add(h);
                    }
                    if let Some((_, tail)) = w.split_once('-') {
                        for h in lowers(&mut scratch, tail) {
                            lex.article_tails.add(h);
                        }
                    }
                    continue;
                }
                Some(("DESCRIPTION", w)) => {
                    let entry = lex.descriptions.map.len() as u32;
                    lex.descriptions
                        .insert(&lowers(&mut scratch, w.trim()), entry);
                    continue;
                }
                Some(_) => continue,
                None => (&mut lex.org_heads, line),
            };
            set.add(hash_bytes(word.trim().to_lowercase().as_bytes()));
        }
        for line in data_lines(place_cues) {
            let mut f = line.split('\t').map(str::trim);
            match (f.next(), f.next(), f.next()) {
                (Some("PREFIX"), Some(label), Some(word)) => {
                    if let Some(label) = Label::parse(label) {
                        lex.place_prefixes
                            .insert(hash_bytes(word.to_lowercase().as_bytes()), label);
                    }
                }
                (Some("END"), Some(label), Some(word)) => {
                    if let Some(label) = Label::parse(label) {
                        lex.place_ends
                            .insert(hash_bytes(word.to_lowercase().as_bytes()), label);
                    }
                }
                (Some(kind @ ("CUE" | "RELABEL")), Some(phrase), None) => {
                    let entry = u32::from(kind == "CUE");
                    lex.place_cues.insert(&lowers(&mut scratch, phrase), entry);
                }
                (Some("SKY"), Some(word), after) => {
                    lex.sky.insert(
                        hash_bytes(word.to_lowercase().as_bytes()),
                        after == Some("the"),
                    );
                }
                (Some("GLUE"), Some(word), None) => {
                    lex.glue.add(hash_bytes(word.to_lowercase().as_bytes()));
                }
                (Some("REGION"), Some(name), None) => {
                    lex.regions.insert(&lowers(&mut scratch, name), 0);
                }
                (Some("AFTER"), Some(word), None) => {
                    lex.place_suffixes
                        .add(hash_bytes(word.to_lowercase().as_bytes()));
                }
                (Some("OPENER"), Some(label), Some(word)) => {
                    if let Some(label) = Label::parse(label) {
                        lex.openers
                            .insert(hash_bytes(word.to_lowercase().as_bytes()), label);
                    }
                }
                (Some("CURRENCY"), Some(word), None) => {
                    let w = word.to_lowercase();
                    lex.currencies.add(hash_bytes(w.as_bytes()));
                    lex.currencies.add(hash_bytes(format!("{w}s").as_bytes()));
                }
                (
                    Some(
                        kind
                        @ ("NOT" | "FAC" | "VERSUS" | "STATE" | "POLICE" | "COMPASS" | "WATER"),
                    ),
                    Some(word),
                    None,
                ) => {
                    let set = match kind {
                        "COMPASS" => &mut lex.compass,
                        "WATER" => {
                            lex.wire_words
                                .add(hash_bytes(word.to_lowercase().as_bytes()));
                            &mut lex.waters
                        }
                        "NOT" => &mut lex.not_places,
                        "FAC" => &mut lex.fac_heads,
                        "STATE" => &mut lex.states,
                        "POLICE" => &mut lex.police,
                        _ => &mut lex.versus,
                    };
                    set.add(hash_bytes(word.to_lowercase().as_bytes()));
                }
                _ => {}
            }
        }
        lex
    }

    /// True if the word heads an organisation's name (`Committee`, `Ministry`).
    pub(crate) fn is_org_head(&self, lower: u64) -> bool {
        self.org_heads.contains(&lower)
    }

    /// The place label a name starting with this word takes (`Porto` GPE, `Mount` LOC).
    pub(crate) fn place_prefix(&self, lower: u64) -> Option<Label> {
        self.place_prefixes.get(&lower).copied()
    }

    /// True if the word is an administrative noun written after a place's name (`province`).
    pub(crate) fn is_place_suffix(&self, lower: u64) -> bool {
        self.place_suffixes.contains(&lower)
    }

    /// True if the word is never a place after a cue (`May`).
    pub(crate) fn is_not_place(&self, lower: u64) -> bool {
        self.not_places.contains(&lower)
    }

    /// The place label of a name ending with this capitalised word (`Pierce County` GPE).
    pub(crate) fn place_end(&self, lower: u64) -> Option<Label> {
        self.place_ends.get(&lower).copied()
    }

    /// True if the name's possessive is part of it (`McDonald's`).
    pub(crate) fn is_possessive_name(&self, lower: u64) -> bool {
        self.possessive_names.contains(&lower)
    }

    /// True if the word is a team's nickname (`Chargers`).
    pub(crate) fn is_team(&self, lower: u64) -> bool {
        self.teams.contains(&lower)
    }

    /// True if the word is a company's or a platform's one-word name (`Twitter`).
    pub(crate) fn is_company(&self, lower: u64) -> bool {
        self.companies.contains(&lower)
    }

    /// True if the word ends an event's name (`Awards`, `Cup`).
    pub(crate) fn is_event_head(&self, lower: u64) -> bool {
        self.events.contains(&lower)
    }

    /// True if the word comes before a storm's name (`Hurricane`).
    pub(crate) fn is_storm(&self, lower: u64) -> bool {
        self.storms.contains(&lower)
    }

    /// If the word is a maker's name that opens its products' names (`Toyota`) or a product
    /// line's (`MacBook`): whether it is a line, a PRODUCT alone too.
    pub(crate) fn maker(&self, lower: u64) -> Option<bool> {
        self.makers.get(&lower).copied()
    }

    /// If the word is a planet or a moon (`Europa`): whether it is one only after `the`.
    pub(crate) fn sky(&self, lower: u64) -> Option<bool> {
        self.sky.get(&lower).copied()
    }

    /// True if the word after a maker's name makes it the company's (`Inc`, `Motors`).
    pub(crate) fn is_corp_word(&self, lower: u64) -> bool {
        self.corp_words.contains(&lower)
    }

    /// True if a work's title in quotes may follow the word (`film`).
    pub(crate) fn is_work_cue(&self, lower: u64) -> bool {
        self.work_cues.contains(&lower)
    }

    /// True if the word is a lower-case word inside a person's name (`bin`).
    pub(crate) fn is_particle(&self, lower: u64) -> bool {
        self.particles.contains(&lower)
    }

    /// True if the token's text opens with a lower-case article joined to a capitalised name
    /// word (`al-Assad`, `el-Sisi`).
    pub(crate) fn has_particle_prefix(&self, word: &str) -> bool {
        self.particle_prefixes.iter().any(|p| {
            word.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
    }

    /// The label of a name opening with this word and continued by a lower-case article
    /// (`Jabhat` ORG, `Bab` GPE).
    pub(crate) fn opener(&self, lower: u64) -> Option<Label> {
        self.openers.get(&lower).copied()
    }

    /// True if the word is a title a portfolio's name is written before (`Minister`).
    pub(crate) fn is_portfolio(&self, lower: u64) -> bool {
        self.portfolios.contains(&lower)
    }

    /// True if the word is an organisation's name with its lower-case article (`al-Qaeda`).
    pub(crate) fn is_article_org(&self, lower: u64) -> bool {
        self.article_orgs.contains(&lower)
    }

    /// True if the word is such a name without its article (`Qaeda` of `al Qaeda`).
    pub(crate) fn is_article_tail(&self, lower: u64) -> bool {
        self.article_tails.contains(&lower)
    }

    /// The length of the government body's description starting at `infos[i]` (`Federal
    /// Government`), if any.
    #[inline]
    pub(crate) fn description_at(&self, infos: &[TokenInfo], i: usize) -> Option<usize> {
        self.descriptions
            .at(infos.len(), i, |k| infos[k].lower)
            .map(|h| h.len)
    }

    /// True if the word is a noun an apposition calls an organisation by (`party`).
    pub(crate) fn is_org_noun(&self, lower: u64) -> bool {
        self.org_nouns.contains(&lower)
    }

    /// True if the word heads an institution's name, an ORG also as a building (`Hospital`).
    pub(crate) fn is_institution(&self, lower: u64) -> bool {
        self.institutions.contains(&lower)
    }

    /// True if the two words end an institution's name (`Medical Center`; INSTITUTION).
    pub(crate) fn is_institution_pair(&self, first: u64, second: u64) -> bool {
        self.institution_pairs.contains(&mix(first, second))
    }

    /// The kinds of rules 6, 39, 41, 45, 64, 95 and 96 the word is ([`SUFFIX`], [`POSITION`],
    /// [`PAPER`], [`SECURITY`], [`TITLED_PAPER`], [`PLACELESS`], [`ON_HEAD`],
    /// [`GOVERNMENT_ADJECTIVE`] bits; 0 for nearly every word).
    #[inline]
    pub(crate) fn body_word(&self, lower: u64) -> u8 {
        self.body_words.get(&lower).copied().unwrap_or(0)
    }

    /// True if the token is a company's legal suffix (`Inc.`, `Corp`, `Ltd`; SUFFIX).
    pub(crate) fn is_suffix(&self, lower: u64) -> bool {
        self.body_word(lower) & SUFFIX != 0
    }

    /// True if the word names a company's shares or their holders (`shareholders`, `stock`;
    /// SECURITY).
    pub(crate) fn is_security(&self, lower: u64) -> bool {
        self.body_word(lower) & SECURITY != 0
    }

    /// True if the word is a player's position (`quarterback`, `coach`; POSITION).
    pub(crate) fn is_position(&self, lower: u64) -> bool {
        self.body_word(lower) & POSITION != 0
    }

    /// True if the word names a newspaper alone after `the` (`Guardian`, `Times`; PAPER).
    pub(crate) fn is_paper(&self, lower: u64) -> bool {
        self.body_word(lower) & PAPER != 0
    }

    /// True if the word names a newspaper alone after a capitalised `The` only (`Star`, `Sun`;
    /// TITLED_PAPER).
    pub(crate) fn is_titled_paper(&self, lower: u64) -> bool {
        self.body_word(lower) & TITLED_PAPER != 0
    }

    /// True if the word is an organisation head word that ends no place's name (`University`,
    /// `Committee`; PLACELESS).
    pub(crate) fn is_placeless_head(&self, lower: u64) -> bool {
        self.body_word(lower) & PLACELESS != 0
    }

    /// True if the word heads a deliberating body named with `on` (`Commission`; ON_HEAD).
    pub(crate) fn is_on_head(&self, lower: u64) -> bool {
        self.body_word(lower) & ON_HEAD != 0
    }

    /// True if the word is an adjective of government that names no body alone (`Federal`;
    /// GOVERNMENT_ADJECTIVE).
    pub(crate) fn is_government_adjective(&self, lower: u64) -> bool {
        self.body_word(lower) & GOVERNMENT_ADJECTIVE != 0
    }

    /// True if the word is a nation with sides of its own that is no country of
    /// `data/nationalities.tsv` (`England`; NATION).
    pub(crate) fn is_nation(&self, lower: u64) -> bool {
        self.nations.contains(&lower)
    }

    /// True if the word is a plural noun whose possessive belongs to an institution's name
    /// (`Children`, `Women`; OWNER).
    pub(crate) fn is_owner(&self, lower: u64) -> bool {
        self.owners.contains(&lower)
    }

    /// True if the word is a compass word opening a nationality adjective (`West`).
    pub(crate) fn is_compass(&self, lower: u64) -> bool {
        self.compass.contains(&lower)
    }

    /// True if the word is a PARTICLE word or a WATER word (`bin`, `river`).
    pub(crate) fn is_wire_word(&self, lower: u64) -> bool {
        self.wire_words.contains(&lower)
    }

    /// True if the word is a lower-case noun of a body of water (`river`).
    pub(crate) fn is_water(&self, lower: u64) -> bool {
        self.waters.contains(&lower)
    }

    /// True if the word is a currency noun (`dollars`).
    pub(crate) fn is_currency(&self, lower: u64) -> bool {
        self.currencies.contains(&lower)
    }

    /// Adds the common lower-case words of `text` (one a line).
    pub(crate) fn add_common_words(&mut self, text: &str) {
        for w in data_lines(text) {
            self.common
                .add(hash_bytes(w.trim().to_lowercase().as_bytes()));
        }
    }

    /// Adds the endings and words of `data/group_words.tsv` (format in its header).
    pub(crate) fn add_group_words(&mut self, text: &str) {
        for line in data_lines(text) {
            let Some((kind, word)) = line.split_once('\t') else {
                continue;
            };
            let lower = word.trim().to_lowercase();
            match kind.trim() {
                "ENDING" => self.group_endings.push(lower),
                "PARTY" | "PEOPLE" => {
                    self.group_words.add(hash_bytes(lower.as_bytes()));
                    self.group_words
                        .add(hash_bytes(format!("{lower}s").as_bytes()));
                }
                _ => {}
            }
        }
    }

    /// True if the (lowercased) word is a party's members' or a state's or city's people's word of
    /// `data/group_words.tsv` or its plural (`Texan`, `Oklahomans`, `Tories`).
    pub(crate) fn is_group_word(&self, lower: u64) -> bool {
        self.group_words.contains(&lower)
    }

    /// True if the lower-case word is a party's members' or a state's people's word of
    /// `data/group_words.tsv`, or ends like a word for a people, a faith or a creed there (and is
    /// at least three letters longer than the ending).
    pub(crate) fn is_group_shaped(&self, lower: &str) -> bool {
        self.group_words.contains(&hash_bytes(lower.as_bytes()))
            || self
                .group_endings
                .iter()
                .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e.as_str()))
    }

    /// Adds the common nouns' acronyms of `text` (several a line), in their own case.
    pub(crate) fn add_common_acronyms(&mut self, text: &str) {
        for w in data_lines(text).flat_map(str::split_whitespace) {
            self.acronyms.add(hash_bytes(w.as_bytes()));
        }
    }

    /// True if the word, as written, is an acronym of a common noun (`SUV`, `GMT`).
    pub(crate) fn is_common_acronym(&self, word: &str) -> bool {
        self.acronyms.contains(&hash_bytes(word.as_bytes()))
    }

    /// True if the (lowercased) word is a common lower-case word.
    pub(crate) fn is_common(&self, lower: u64) -> bool {
        self.common.contains(&lower)
    }

    /// True if the word opens a club's name (`Real` of `Real Madrid`).
    pub(crate) fn is_club(&self, lower: u64) -> bool {
        self.clubs.contains(&lower)
    }

    /// True if the word is a US state's abbreviation (`FL`, `Fla.`).
    pub(crate) fn is_state(&self, lower: u64) -> bool {
        self.states.contains(&lower)
    }

    /// True if the word ends a facility's name (`Avenue`, `Ave.`, `Jail`).
    pub(crate) fn is_fac_head(&self, lower: u64) -> bool {
        self.fac_heads.contains(&lower)
    }

    /// True if the word is a noun of a place's police written after its name (`police`).
    pub(crate) fn is_police_noun(&self, lower: u64) -> bool {
        self.police.contains(&lower)
    }

    /// True if the word is a verb of a match result (`beat`).
    pub(crate) fn is_versus(&self, lower: u64) -> bool {
        self.versus.contains(&lower)
    }

    /// The longest place cue starting at `infos[i]` (`the town of`, `near`), and whether any name
    /// after it is a place (true) or only one the tagger read as a PERSON (false).
    #[inline]
    pub(crate) fn place_cue_at(&self, infos: &[TokenInfo], i: usize) -> Option<(usize, bool)> {
        let hit = self.place_cues.at(infos.len(), i, |k| infos[k].lower)?;
        Some((hit.len, hit.entry == 1))
    }

    /// The longest title starting at `infos[i]`, with its kind.
    #[inline]
    pub(crate) fn title_at(&self, infos: &[TokenInfo], i: usize) -> Option<(Hit, TitleKind)> {
        self.title_in(infos.len(), i, |k| infos[k].lower)
    }

    /// [`Lexicon::title_at`] over any sequence of `n` lowercased-token hashes.
    #[inline]
    pub(crate) fn title_in(
        &self,
        n: usize,
        i: usize,
        lower: impl Fn(usize) -> u64,
    ) -> Option<(Hit, TitleKind)> {
        let hit = self.titles.at(n, i, lower)?;
        Some((hit, self.title_entries[hit.entry as usize].0))
    }

    /// The lowercased text of a title entry (`prime minister`).
    pub(crate) fn title_name(&self, entry: u32) -> &str {
        &self.title_entries[entry as usize].1
    }

    /// True if the word says a title is not held now (`former`).
    pub(crate) fn is_past(&self, lower: u64) -> bool {
        self.past.contains(&lower)
    }

    /// True if the word is a noun an organisation is called by (`group`).
    pub(crate) fn is_group_noun(&self, lower: u64) -> bool {
        self.groups.contains(&lower)
    }

    /// The country of a nationality entry, if it names one.
    pub(crate) fn country(&self, entry: u32) -> Option<&str> {
        Some(self.countries[entry as usize].as_str()).filter(|c| !c.is_empty())
    }

    /// True if the token never starts a name after a title (weekdays, months, pronouns).
    pub(crate) fn is_stop(&self, info: &TokenInfo) -> bool {
        self.stops.contains(&info.lower)
    }

    /// The longest nationality adjective starting at `infos[i]`.
    #[inline]
    pub(crate) fn nationality_at(&self, infos: &[TokenInfo], i: usize) -> Option<Hit> {
        self.nationalities.at(infos.len(), i, |k| infos[k].lower)
    }

    /// The country name starting at token `i`, if any (`South Korea`).
    #[inline]
    pub(crate) fn country_at(&self, infos: &[TokenInfo], i: usize) -> Option<Hit> {
        self.country_names.at(infos.len(), i, |k| infos[k].lower)
    }

    /// True if the one word (its lowercased hash) is a nationality adjective or a country's name
    /// (`German`, `Texas` is neither; `Japan`).
    pub(crate) fn is_nation_word(&self, lower: u64) -> bool {
        let one = |p: &Phrases| p.at(1, 0, |_| lower).is_some_and(|h| h.len == 1);
        one(&self.nationalities) || one(&self.country_names)
    }

    /// True if the word neither opens nor closes a place's name (`of`, `two`).
    pub(crate) fn is_glue(&self, lower: u64) -> bool {
        self.glue.contains(&lower)
    }

    /// The US state's name starting at token `i`, if any (`New Mexico`).
    #[inline]
    pub(crate) fn region_at(&self, infos: &[TokenInfo], i: usize) -> Option<Hit> {
        self.regions.at(infos.len(), i, |k| infos[k].lower)
    }

    /// [`Lexicon::nationality_at`] over any sequence of `n` lowercased-token hashes.
    #[inline]
    pub(crate) fn nationality_in(
        &self,
        n: usize,
        i: usize,
        lower: impl Fn(usize) -> u64,
    ) -> Option<Hit> {
        self.nationalities.at(n, i, lower)
    }
}

/// Non-empty, non-comment lines.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}
