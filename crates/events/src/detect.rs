//! The events of one article: trigger mentions, merged into events, with their claims, figures,
//! date, place and names.

use std::collections::HashMap;

use jiff::civil::Date;
use reckon_claims::{Extraction, QuantityKind};
use reckon_entities::{Entity, Label, MentionKind};
use reckon_text::{Document, Segmented, Span};

use crate::happenings::{aggregate_sentences, opening};
use crate::implicit::{Reading, headline_counts, implicit_counts, title_counts};
use crate::lexicon::{Hit, LEXICON, Lexicon};
use crate::types::{ArticleEvent, EventKind, Figure, When, WhenSource};
use crate::when::{ARTICLE_WINDOW_DAYS, article_window, gap_days, width_days, window_of_quantity};
use crate::written::written_figure;

/// Trigger mentions read per article at most: past it the article is a list of happenings, and
/// the rest adds nothing but time.
pub const MAX_MENTIONS: usize = 2_000;
/// Names kept per event.
pub const MAX_NAMES: usize = 16;
/// Places kept per event.
pub const MAX_PLACES: usize = 8;

/// The events of one article and which event each claim is about.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Detected {
    /// The article's events, in the order of their first mention.
    pub events: Vec<ArticleEvent>,
    /// For claim `i` of the extraction, the index of its event (`None`: about no event found).
    pub claim_event: Vec<Option<u32>>,
    /// For each event, the spans of all its trigger mentions (the first is its `trigger`).
    pub mentions: Vec<Vec<Span>>,
    /// The article's main event: the one with the most figures, claims and mentions (the first
    /// on a tie); `None` when the article has no event.
    pub main: Option<u32>,
}

/// Events of one family may be one happening: a shooting is an attack.
pub fn family(kind: EventKind) -> u8 {
    match kind {
        EventKind::Shooting | EventKind::Attack => 0,
        EventKind::Conflict => 1,
        EventKind::Accident => 2,
        EventKind::Disaster => 3,
        EventKind::Outbreak => 4,
        EventKind::Vote => 5,
        EventKind::Protest => 6,
        EventKind::Report => 7,
        _ => 8,
    }
}

/// One trigger mention.
struct Mention {
    span: Span,
    kind: EventKind,
    sentence: usize,
}

/// `ms` with a mention added for each sentence that opens another happening (`opens`) but
/// names none (`• About 11:30 p.m. a 30-year-old man was shot ...`): of the kind of the last
/// mention before it; none before the first mention.
fn with_openings(ms: Vec<Mention>, opens: &[Option<Span>]) -> Vec<Mention> {
    if opens.iter().all(Option::is_none) {
        return ms;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut next = ms.into_iter().peekable();
    for (s, open) in opens.iter().enumerate() {
        while let Some(m) = next.next_if(|m| m.sentence < s) {
            out.push(m);
        }
        let named = next.peek().is_some_and(|m| m.sentence == s);
        if let (Some(span), false, Some(kind)) = (open, named, out.last().map(|m| m.kind)) {
            if out.len() < MAX_MENTIONS {
                out.push(Mention {
                    span: *span,
                    kind,
                    sentence: s,
                });
            }
        }
    }
    out.extend(next);
    out
}

/// True when `start..end` of `bytes` is not inside a longer word.
fn at_word_boundaries(bytes: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
        && (end == bytes.len() || !bytes[end].is_ascii_alphanumeric())
}

/// The trigger mentions of `text`, at word boundaries, stop phrases dropped.
fn mentions(
    lex: &Lexicon,
    text: &str,
    triggers: &[Hit],
    sentence_of: impl Fn(usize) -> usize,
) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for m in triggers {
        if !at_word_boundaries(bytes, m.start, m.end) {
            continue;
        }
        if let Some(kind) = lex.kinds[m.pattern] {
            out.push(Mention {
                span: Span::new(m.start, m.end),
                kind,
                sentence: sentence_of(m.start),
            });
            if out.len() == MAX_MENTIONS {
                break;
            }
        }
    }
    out
}

/// True when a date resolved for a sentence says a mention is another happening than `event`
/// (both dated by the text, more than a day apart: `the November 2015 attacks` in an article
/// about a bombing on 8 March 2017; or the event undated and the mention dated before the
/// article's window).
fn other_day(event: Option<&When>, date: Option<&When>, article: Option<Date>) -> bool {
    match (event, date) {
        (Some(a), Some(b)) => a.source != WhenSource::ArticleDate && gap_days(a, b) > 1,
        // an undated event is taken to be recent: a mention dated well before the article's
        // window (`a man was killed there in November 2012`) is another event
        (None, Some(b)) => article.is_some_and(|d| gap_days(&article_window(d), b) > 1),
        _ => false,
    }
}

/// The word before `span` and the word after it (skipping a comma), lower case.
fn words_around(text: &str, span: Span) -> (String, String) {
    let before = text[..span.start as usize]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let after = text[span.end as usize..]
        .trim_start_matches([',', ' ', '\u{a0}'])
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    (before, after)
}

/// The place a dateline opens the article with (`CHICAGO (AP) —`, `PUYALLUP, Wash. —`), in
/// title case, or the canonical name of the entity there.
fn dateline(text: &str, entities: &[Entity]) -> Option<String> {
    let head = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let offset = text.len() - head.len();
    let cut = head
        .find([',', '(', '\u{2014}', '\u{2013}'])
        .or_else(|| head.find(" -"))?;
    if cut > 40 {
        return None;
    }
    let name = head[..cut].trim();
    let letters = name.chars().filter(|c| c.is_alphabetic());
    if name.len() < 3 || letters.clone().any(|c| c.is_lowercase()) || letters.count() < 3 {
        return None;
    }
    let span = Span::new(offset, offset + name.len());
    if let Some(e) = entities
        .iter()
        .find(|e| e.span.overlaps(span) && matches!(e.label, Label::Gpe | Label::Loc))
    {
        return Some(e.canonical.clone());
    }
    // untagged capitals are a dateline only with its punctuation: `NAME (AP)`, `NAME, St. —`,
    // `NAME —` (not a headline in capitals: `MAN, 23, SHOT`)
    let rest = head[cut..].trim_start();
    let state_follows = rest.strip_prefix(',').is_some_and(|r| {
        let r = r.trim_start();
        let word = r.split([' ', '\u{a0}']).next().unwrap_or("");
        LEXICON.is_broad(word.trim_end_matches(','))
    });
    if !(rest.starts_with('(') || rest.starts_with(['\u{2014}', '\u{2013}', '-']) || state_follows)
    {
        return None;
    }
    let title: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    Some(title.join(" "))
}

/// True for an entity that can be an event's place.
fn is_place(e: &Entity) -> bool {
    e.kind == MentionKind::Name && matches!(e.label, Label::Gpe | Label::Loc)
}

/// Finds the events of one article. `entities` are its entity mentions (with or without
/// descriptions), `extraction` its claims; `claim_event` in the result has one entry per claim.
///
/// ```
/// use reckon_text::{Document, segment};
///
/// let doc = Document::new("a", "A 17-year-old was shot and killed Sunday in Chicago, police said.")
///     .with_date(jiff::civil::date(2016, 5, 3));
/// let seg = segment(&doc.text);
/// let ents = reckon_entities::Recognizer::new().recognize(&doc, &seg);
/// let x = reckon_claims::Extractor::new().extract(&doc, &seg, &ents);
/// let found = reckon_events::detect(&doc, &seg, &ents, &x);
/// let ev = &found.events[0];
/// assert_eq!(ev.kind, reckon_events::EventKind::Shooting);
/// assert_eq!(ev.when.unwrap().start, jiff::civil::date(2016, 5, 1));
/// assert_eq!(reckon_events::article_value(ev, "killed"), Some(1.0));
/// ```
pub fn detect(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    extraction: &Extraction,
) -> Detected {
    let lex = &*LEXICON;
    let text = doc.text.as_str();
    let claims = &extraction.claims;
    let mut found = Detected {
        claim_event: vec![None; claims.len()],
        ..Detected::default()
    };
    let n_sent = seg.sentences.len();
    if n_sent == 0 {
        return found;
    }
    let sentence_of = |off: usize| {
        seg.sentences
            .partition_point(|s| (s.span.end as usize) <= off)
            .min(n_sent - 1)
    };
    let date = doc.meta.date;

    // the first date each sentence gives (claims of kind date or time)
    let mut sent_date: Vec<Option<When>> = vec![None; n_sent];
    // every date with its window, by position (for the date of a count's own clause)
    let mut dates: Vec<(Span, Option<When>)> = Vec::new();
    for c in claims {
        // (a clock time alone takes the article date: it dates nothing)
        if c.quantity.kind == QuantityKind::Date && !dates_speaking(text, c.quantity.span) {
            let s = sentence_of(c.quantity.span.start as usize);
            let window = window_of_quantity(&c.quantity, date);
            if sent_date[s].is_none() {
                sent_date[s] = window;
            }
            dates.push((c.quantity.span, window));
        }
    }
    dates.sort_by_key(|d| d.0.start);

    // sentences about an aggregate (`this year`, `over the weekend`): one pass over the text
    // (every phrase list of the lexicon: one pass of one automaton over the text)
    let scan = lex.scan(text);
    let aggregate = aggregate_sentences(text, &scan.aggregate, n_sent, sentence_of);
    // sentences worth reading for implicit counts (a predicate or `death of`)
    let mut cued = vec![false; n_sent];
    for m in &scan.cues {
        if at_word_boundaries(text.as_bytes(), m.start, m.end) {
            cued[sentence_of(m.start)] = true;
        }
    }

    // mentions merged into events: a mention joins the latest event of its family unless its
    // sentence dates it to another day
    let ms = mentions(lex, text, &scan.triggers, sentence_of);
    // sentences that open the telling of another happening (`In a separate shooting, ...`, a
    // roundup's bullet with its time): each starts a new event, with a mention of its own when
    // it has none (of the kind of the mention before it)
    // (one pass of the cue automaton over the text: only sentences holding a cue, or opening
    // with a bullet, are read word by word)
    let mut cue_in = vec![false; n_sent];
    for m in &scan.happenings {
        cue_in[sentence_of(m.start)] = true;
    }
    let opens: Vec<Option<Span>> = seg
        .sentences
        .iter()
        .zip(&cue_in)
        .map(|(x, &cue)| {
            let s = x.span.slice(text);
            let bullet = s.trim_start().starts_with(['•', '·']);
            (cue || bullet)
                .then(|| opening(s, x.span.start as usize))
                .flatten()
        })
        .collect();
    let ms = with_openings(ms, &opens);
    // sentences that name several shootings (`Six people were wounded in Chicago shootings
    // Sunday`, `Three shootings overnight injured five people`): their written counts add
    // several happenings up (implicit counts of one victim are still read there)
    // (not `mass shootings`, a kind: `one of the worst mass shootings in the city`)
    let mut several = vec![false; n_sent];
    for m in &ms {
        if !m.span.slice(text).eq_ignore_ascii_case("shootings") {
            continue;
        }
        let before = text[..m.span.start as usize].trim_end().as_bytes();
        let kind_of = before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"mass");
        if !kind_of {
            several[m.sentence] = true;
        }
    }
    let mut mention_event = Vec::with_capacity(ms.len());
    let mut previous_sentence = None;
    // true once a sentence opened another happening of a family already told
    let mut several_told = false;
    // the families told so far (a constant-time check per mention)
    let mut told = [false; 9];
    for m in &ms {
        let d = sent_date[m.sentence];
        // the first mention of a sentence that opens another happening starts a new event
        let fresh = opens[m.sentence].is_some() && previous_sentence != Some(m.sentence);
        previous_sentence = Some(m.sentence);
        several_told |= fresh && told[usize::from(family(m.kind))];
        told[usize::from(family(m.kind))] = true;
        let joined = found
            .events
            .iter_mut()
            .rev()
            .find(|e| family(e.kind) == family(m.kind))
            .filter(|e| !fresh && !other_day(e.when.as_ref(), d.as_ref(), date));
        let idx = match joined {
            Some(e) => {
                if e.kind == EventKind::Attack && m.kind == EventKind::Shooting {
                    e.kind = EventKind::Shooting;
                }
                if e.when.is_none() {
                    e.when = d;
                }
                e.index
            }
            None => {
                let index = found.events.len() as u32;
                found.events.push(ArticleEvent {
                    index,
                    kind: m.kind,
                    trigger: m.span,
                    when: d,
                    place: None,
                    places: Vec::new(),
                    claims: Vec::new(),
                    figures: Vec::new(),
                    names: Vec::new(),
                });
                found.mentions.push(Vec::new());
                index
            }
        };
        found.mentions[idx as usize].push(m.span);
        mention_event.push(idx);
    }
    if found.events.is_empty() {
        return found;
    }

    // each sentence belongs to the event mentioned in it, else the last one mentioned before
    // it, else the first one after it
    let mut sent_event: Vec<Option<u32>> = vec![None; n_sent];
    for (m, &e) in ms.iter().zip(&mention_event) {
        sent_event[m.sentence].get_or_insert(e);
    }
    let mut last = None;
    for slot in sent_event.iter_mut() {
        match slot {
            Some(e) => last = Some(*e),
            None => *slot = last,
        }
    }
    let first = mention_event[0];
    for slot in sent_event.iter_mut() {
        slot.get_or_insert(first);
    }

    // person names in text order (ages after them; implicit counts)
    let mut persons: Vec<Span> = entities
        .iter()
        .filter(|e| e.label == Label::Person && e.kind == MentionKind::Name)
        .map(|e| e.span)
        .collect();
    persons.sort_by_key(|p| p.start);
    // claims: the nearest mention in their sentence, else their sentence's event
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, m) in ms.iter().enumerate() {
        by_sentence.entry(m.sentence).or_default().push(k);
    }
    // the counts of aggregate sentences of the lead: a title that repeats one is about the
    // aggregate too
    let mut aggregate_counts: Vec<f64> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let at = c.quantity.span.start as usize;
        let s = sentence_of(at);
        let summed = aggregate[s] || several[s];
        // (the lead's: a headline restates its first sentences)
        if summed && s < LEAD_SENTENCES && c.quantity.kind == QuantityKind::Count {
            aggregate_counts.extend(c.quantity.value.and_then(|v| v.as_exact()));
        }
        let e = by_sentence
            .get(&s)
            .and_then(|ks| {
                ks.iter()
                    .min_by_key(|&&k| (ms[k].span.start as usize).abs_diff(at))
                    .map(|&k| mention_event[k])
            })
            .or(sent_event[s]);
        found.claim_event[i] = e;
        if let Some(e) = e {
            let ev = &mut found.events[e as usize];
            ev.claims.push(c.index);
            // a count in a sentence dated away from its event is another happening's (`after
            // 45 people were killed in July`, in a report of a shooting in August)
            // (the date of the count's own clause first: `The homicide was the second of the
            // first weekend in August after 45 people were killed in July`)
            let own = own_clause_date(text, &dates, c.quantity.span);
            let when = own.as_ref().or(sent_date[s].as_ref());
            let elsewhen = other_day(ev.when.as_ref(), when, date);
            if let Some(f) = written_figure(text, seg, s, summed || elsewhen, c, ev.kind, &persons)
            {
                ev.figures.push(f);
            }
        }
    }

    // implicit counts, sentence by sentence
    let mut counts: Vec<Span> = claims
        .iter()
        .filter(|c| c.quantity.kind == QuantityKind::Count)
        .map(|c| c.quantity.span)
        .collect();
    counts.sort_by_key(|c| c.start);
    // the spans of a sorted list that start inside `span` (no span crosses a sentence)
    let within = |list: &'_ [Span], span: Span| -> std::ops::Range<usize> {
        list.partition_point(|x| x.start < span.start)..list.partition_point(|x| x.start < span.end)
    };
    // each event's written counts by position (the figures so far are all written ones)
    let written: Vec<Vec<(u32, usize)>> = found
        .events
        .iter()
        .map(|ev| {
            let mut w: Vec<(u32, usize)> = ev
                .figures
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.implicit && !f.title)
                .map(|(k, f)| (f.evidence.start, k))
                .collect();
            w.sort_unstable();
            w
        })
        .collect();
    let mut readings: Vec<Reading> = Vec::new();
    // the last sentence that told one person hurt, and no one dead, with its event
    let mut hurt_before: Option<(usize, u32)> = None;
    // the last figure of one person hurt told only by a visit to a hospital: (sentence, event,
    // index among the event's figures)
    let mut visit: Option<(usize, u32, usize)> = None;
    for (s, sentence) in seg.sentences.iter().enumerate() {
        let Some(e) = sent_event[s] else { continue };
        let span = sentence.span;
        let here = &written[e as usize];
        let range = here.partition_point(|&(at, _)| at < span.start)
            ..here.partition_point(|&(at, _)| at < span.end);
        // `N others` hurt right after a sentence that told one person hurt are besides that
        // person (`Medics rushed a woman to the hospital after she had been shot. Police said
        // five other victims showed up at the hospital`: six)
        if hurt_before == Some((s.wrapping_sub(1), e)) && !aggregate[s] {
            let figures = &mut found.events[e as usize].figures;
            for &(_, k) in &here[range.clone()] {
                if figures[k].measure == "injured" && others_after(text, figures[k].evidence) {
                    figures[k].value += 1.0;
                }
            }
        }
        // a sentence dated by a month or a year away from its event tells another happening
        // (`Brandt passed away in 1992`, `Scalia died a year ago`): no count of the event
        let elsewhen = sent_date[s].filter(|w| width_days(w) > 7).is_some_and(|w| {
            let ev = found.events[e as usize].when;
            let own = ev.filter(|a| a.source != WhenSource::ArticleDate);
            own.or(date.map(article_window))
                .is_some_and(|a| gap_days(&a, &w) > 1)
        });
        if aggregate[s] || !cued[s] || elsewhen {
            continue;
        }
        let p = &persons[within(&persons, span)];
        let q = &counts[within(&counts, span)];
        readings.clear();
        implicit_counts(text, seg.sentence_tokens(s), p, q, &mut readings);
        // one taken to a hospital whose death the next sentence tells is that dead person
        // (`EMSA paramedics transported the 26-year-old mother to a Tulsa hospital in grave
        // condition. She was later pronounced dead`): a death of someone told before (`she`,
        // `the boy`, a name), not of another (`Another man died`)
        if let Some((at, ve, k)) = visit.take() {
            let told = |r: &Reading| {
                let first = text[r.evidence.start as usize..]
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                matches!(first.as_str(), "he" | "she" | "the")
                    || p.iter().any(|n| n.start == r.evidence.start)
            };
            let died = readings
                .iter()
                .any(|r| r.measure == "killed" && !r.adds && told(r));
            if at + 1 == s && ve == e && died {
                found.events[e as usize].figures.remove(k);
            }
        }
        let one_hurt = |r: &Reading| r.measure == "injured" && r.value == 1.0 && !r.adds;
        hurt_before = (readings.iter().any(one_hurt)
            && !readings.iter().any(|r| r.measure == "killed"))
        .then_some((s, e));
        // one person hurt told before `N others` hurt in the sentence is one of them too (`A
        // boy remained in critical condition after a shooting that also injured three other
        // people`: four hurt); not the dead before the hurt (`A man was killed and three others
        // were injured`: three). The first such person of each measure, against the written
        // counts of this sentence only (found by position: linear in the figures)
        for measure in ["injured", "shot"] {
            let Some(first) = readings
                .iter()
                .filter(|r| !r.adds && r.value == 1.0 && r.measure == measure)
                .map(|r| r.evidence.end)
                .min()
            else {
                continue;
            };
            let figures = &mut found.events[e as usize].figures;
            for &(at, k) in &here[range.clone()] {
                if at >= first
                    && figures[k].measure == measure
                    && others_after(text, figures[k].evidence)
                {
                    figures[k].value += 1.0;
                }
            }
        }
        for r in readings.drain(..) {
            let figures = &mut found.events[e as usize].figures;
            // people added to ones named before (`another man was shot`): the sum so far
            // (one more hit after the dead: `Three people were killed ... a 23-year-old man
            // was also shot` is four hit, one of them alive)
            let hit_after_dead = |f: &Figure| r.measure == "shot" && f.measure == "killed";
            let before = figures
                .iter()
                .filter(|f| (f.implicit && f.measure == r.measure) || hit_after_dead(f))
                .map(|f| f.value)
                .fold(0.0, f64::max);
            let value = if r.adds { before + r.value } else { r.value };
            if r.hospital && r.measure == "injured" && !r.adds {
                visit = Some((s, e, figures.len()));
            }
            figures.push(Figure {
                measure: r.measure.to_owned(),
                value,
                claim: None,
                evidence: r.evidence,
                implicit: true,
                title: false,
            });
        }
    }

    // when, place and names
    let dateline = dateline(text, entities);
    let by_frequency = places_by_frequency(lex, entities);
    let dominant = by_frequency.first().cloned().or_else(|| {
        entities
            .iter()
            .find(|e| is_place(e))
            .map(|e| e.canonical.clone())
    });
    // place mentions in text order, for slicing by sentence
    let mut place_ents: Vec<&Entity> = entities.iter().filter(|x| is_place(x)).collect();
    place_ents.sort_by_key(|x| x.span.start);
    let place_spans: Vec<Span> = place_ents.iter().map(|x| x.span).collect();
    let places_in = |sentence: Span| &place_ents[within(&place_spans, sentence)];
    // names: one pass over the person mentions, each to its sentence's event
    let mut names: Vec<Vec<String>> = vec![Vec::new(); found.events.len()];
    for x in entities {
        if x.label != Label::Person || x.kind != MentionKind::Name {
            continue;
        }
        let Some(e) = sent_event[sentence_of(x.span.start as usize)] else {
            continue;
        };
        let list = &mut names[e as usize];
        if list.len() == MAX_NAMES || list.contains(&x.canonical) {
            continue;
        }
        let (before, after) = words_around(text, x.span);
        // a photo credit or byline: `Mike Doe / The Daily`, `Mike Doe | Staff`
        let credit = text[x.span.end as usize..]
            .trim_start()
            .starts_with(['/', '|']);
        if credit
            || lex.official_before.contains(before.as_str())
            || lex.official_after.contains(after.as_str())
        {
            continue;
        }
        list.push(x.canonical.clone());
    }
    for ((e, ev), names) in found.events.iter_mut().enumerate().zip(names) {
        // a month or a year that holds the article date says no more than the article date
        if let (Some(w), Some(d)) = (ev.when, date) {
            if w.start <= d && d <= w.end && width_days(&w) > i64::from(ARTICLE_WINDOW_DAYS) {
                ev.when = None;
            }
        }
        if ev.when.is_none() {
            ev.when = date.map(article_window);
        }
        let own = found.mentions[e].iter().find_map(|m| {
            let s = seg.sentences[sentence_of(m.start as usize)].span;
            places_in(s)
                .iter()
                .filter(|x| !lex.is_broad(&x.canonical))
                .min_by_key(|x| (x.span.start as usize).abs_diff(m.start as usize))
        });
        ev.place = own
            .map(|x| x.canonical.clone())
            .or_else(|| dateline.clone())
            .or_else(|| dominant.clone());
        let mut places: Vec<String> = Vec::new();
        let in_own_sentences = found.mentions[e].iter().flat_map(|m| {
            let s = seg.sentences[sentence_of(m.start as usize)].span;
            places_in(s).iter().map(|x| x.canonical.clone())
        });
        for p in in_own_sentences
            .chain(dateline.clone())
            .chain(by_frequency.iter().cloned())
        {
            if places.len() == MAX_PLACES {
                break;
            }
            if !lex.is_broad(&p) && !places.iter().any(|q| q.eq_ignore_ascii_case(&p)) {
                places.push(p);
            }
        }
        ev.places = places;
        ev.figures.sort_by_key(|f| f.evidence.start);
        ev.names = names;
    }
    // the headline tells the article's main happening: an event whose text gives a count of
    // the title (`Man killed, 4 wounded`) comes first, before one with more figures (a shooting
    // on the same block last year, told victim by victim)
    let headline = doc
        .meta
        .title
        .as_deref()
        .filter(|t| !lex.aggregate.is_match(t))
        .map(title_counts)
        .unwrap_or_default();
    let tells_title = |ev: &ArticleEvent| {
        headline.iter().any(|r| {
            ev.figures
                .iter()
                .any(|f| !f.implicit && f.measure == r.measure && f.value == r.value)
        })
    };
    found.main = found
        .events
        .iter()
        .enumerate()
        .max_by_key(|(i, ev)| {
            let weight = 2 * ev.figures.len() + ev.claims.len() + found.mentions[*i].len();
            (tells_title(ev), weight, std::cmp::Reverse(*i))
        })
        .map(|(i, _)| i as u32);
    // the title's counts complete the main event (`2 dead, 3 injured in shooting`): a measure
    // the text writes no number for, unless the title is about an aggregate
    if let (Some(m), Some(title)) = (found.main, doc.meta.title.as_deref()) {
        if !lex.aggregate.is_match(title) {
            let ev = &mut found.events[m as usize];
            for r in title_counts(title) {
                let known = ev.figures.iter().any(|f| f.title && f.measure == r.measure);
                // an article that tells several happenings (`14 shot, one fatally, since 8
                // p.m., including 6 at West Side party`): the title's count adds them up when
                // the main event's own text counts the measure
                let told = several_told
                    && ev
                        .figures
                        .iter()
                        .any(|f| !f.implicit && f.measure == r.measure);
                // `6 shot Sunday in Chicago` over `Six people were wounded in Chicago
                // shootings Sunday`: the title's count is the text's aggregate
                let summed = aggregate_counts.contains(&r.value);
                if !known && !summed && !told {
                    ev.figures.push(Figure {
                        measure: r.measure.to_owned(),
                        value: r.value,
                        claim: None,
                        evidence: r.evidence,
                        implicit: false,
                        title: true,
                    });
                }
            }
            // and the people it names (`Girl shot in Peoria`, `Man fatally shoots girl,
            // injures boy`), with the text's implicit counts
            readings.clear();
            headline_counts(title, &mut readings);
            for r in readings.drain(..) {
                ev.figures.push(Figure {
                    measure: r.measure.to_owned(),
                    value: r.value,
                    claim: None,
                    evidence: r.evidence,
                    implicit: true,
                    title: true,
                });
            }
        }
    }
    found
}

/// The date right after a count and its predicate, in its clause (`45 people were killed in
/// July`): the first date starting within 30 bytes after the count with no clause break
/// (`,`, `;`, a dash) between, when the text writes it (`explicit`). `dates` are sorted by
/// start.
fn own_clause_date(text: &str, dates: &[(Span, Option<When>)], count: Span) -> Option<When> {
    let k = dates.partition_point(|d| d.0.start < count.end);
    let &(span, window) = dates.get(k)?;
    let gap = text.get(count.end as usize..span.start as usize)?;
    let joined = gap.len() <= 30 && !gap.contains([',', ';', '\u{2014}', '\u{2013}']);
    // (a written month or year, not `today` or `this morning`: resolved against a misdated
    // article, those move the count away from its own event)
    window.filter(|w| joined && w.source == WhenSource::Explicit)
}

/// True when the date at `span` dates a speaker's words, not a happening: right after a verb of
/// saying (`the sheriff said on Tuesday`, `police said Monday`). A report tells of Saturday's
/// shooting in a sentence that ends with when it was told. So does a date right after a step of
/// an arrest or a trial (`was arrested Tuesday night in connection with the accidental shooting`,
/// `taken into custody Saturday`): a follow-up dates its own news (`grammar.tsv` role
/// `process`).
fn dates_speaking(text: &str, span: Span) -> bool {
    let before = text[..span.start as usize].trim_end();
    let before = before
        .strip_suffix("on")
        .filter(|b| b.ends_with(char::is_whitespace))
        .map_or(before, str::trim_end);
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let word = word.to_ascii_lowercase();
    LEXICON.is("saying", &word) || LEXICON.is("process", &word)
}

/// The sentences of an article's lead, which its title restates.
const LEAD_SENTENCES: usize = 3;

/// The article's narrow places, most mentioned first (ties: the first mentioned).
fn places_by_frequency(lex: &Lexicon, entities: &[Entity]) -> Vec<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in entities
        .iter()
        .filter(|e| is_place(e) && !lex.is_broad(&e.canonical))
    {
        let full = counts.len() >= 64;
        match counts.iter_mut().find(|(c, _)| *c == e.canonical) {
            Some((_, n)) => *n += 1,
            None if !full => counts.push((&e.canonical, 1)),
            None => {}
        }
    }
    // stable: equal counts keep their first-mention order
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts.into_iter().map(|(c, _)| c.to_owned()).collect()
}

/// True when `other` or `others` follows the count at `span` (`three other people`, `two
/// others`): the rest of a group whose first was told before it.
fn others_after(text: &str, span: Span) -> bool {
    let rest = text[span.end as usize..].trim_start();
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("other") || word.eq_ignore_ascii_case("others")
}
