//! Claim frames: what is counted, the event, place, time and attribution of each quantity.

use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::{Frame, QuantityKind, TimeValue};
use crate::words;

/// Clause index of every token: clauses are separated by `, ; : ( ) —` and sentence ends.
pub(crate) fn clauses(ctx: &Context<'_>) -> Vec<u32> {
    let mut out = Vec::with_capacity(ctx.lexemes.len());
    let mut c = 0u32;
    for i in 0..ctx.lexemes.len() {
        if i > 0 && ctx.sentence_of[i] != ctx.sentence_of[i - 1] {
            c += 1;
        }
        // a comma inside a list of single nouns (`schools, churches and tents`) does not
        // end a clause
        let list_comma = ctx.is_punct(i, ",")
            && ctx.is_word(i.wrapping_sub(1))
            && ctx.is_word(i + 1)
            && !ctx.capitalized(i + 1)
            && !is_function(ctx, i + 1)
            && (ctx.is_punct(i + 2, ",") || matches!(ctx.lower(i + 2), "and" | "or"));
        if !list_comma && ctx.is_punct(i, ",;:()\u{2014}\u{201c}\u{201d}\"") {
            c += 1;
            out.push(c);
            c += 1;
            continue;
        }
        out.push(c);
    }
    out
}

mod cues;
mod place;
mod quote_marks;
mod quotes;
mod saying;
mod sources;
mod time;

pub(crate) use place::places;
pub(crate) use sources::Source;

/// Attributions of one document: `according to X`, `X said`, `said X`, and the sentences of a
/// quote that runs on past the sentence naming its speaker. `bounds` holds the first and last
/// token of each sentence id (the document's, computed once by the caller).
pub(crate) fn sources(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    bounds: &[(usize, usize)],
) -> Vec<Source> {
    let mut out = sources::sources(ctx, clause, qs);
    // the sentences in text order as (id, first token, end), for the quote walks
    let sentences: Vec<(u32, usize, usize)> = bounds
        .iter()
        .enumerate()
        .filter(|&(_, &(a, b))| a <= b)
        .map(|(s, &(a, b))| (s as u32, a, b + 1))
        .collect();
    quotes::continued_quotes(ctx, &sentences, &mut out);
    quotes::preceding_quotes(ctx, &sentences, &mut out);
    out
}
use sources::{covering, is_function, source_of, sources_in};
use time::time;

/// The counted noun after a quantity: head of the noun phrase, lemmatised.
fn counted(ctx: &Context<'_>, q: &RawQuantity) -> Option<String> {
    let mut k = q.end;
    if ctx.lower(k) == "of" && !words::partitive_determiner(ctx.lower(k + 1)) {
        k += 1; // tens of thousands of people
    }
    // `two of those men`: a person noun after the partitive is what is counted
    if ctx.lower(k) == "of"
        && words::partitive_determiner(ctx.lower(k + 1))
        && ctx.has_role(k + 2, |r| matches!(r, Role::PersonNoun))
        && ctx.sentence_of.get(k + 2) == ctx.sentence_of.get(q.start)
    {
        return Some(words::lemma(ctx.surface(k + 2)));
    }
    let mut head = None;
    let mut n = 0;
    while words::counted_premodifier(ctx.lower(k)) {
        k += 1;
    }
    while ctx.is_word(k) && n < 4 && ctx.sentence_of.get(k) == ctx.sentence_of.get(q.start) {
        let w = ctx.lower(k);
        let roles = ctx.lexicon.word(w);
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
        if n == 0
            && plural
            && roles.iter().any(|r| matches!(r, Role::Measure(_)))
            && !w.ends_with("ed")
        {
            head = Some(k); // `500 deaths`, `250,000 refugees`: counted and event at once
            break;
        }
        if words::small(w).is_some() || words::tens(w).is_some() || words::ordinal(w).is_some() {
            break;
        }
        if n == 0 && w.ends_with("ed") && (!ctx.is_word(k + 1) || is_function(ctx, k + 1)) {
            break; // `another 11,300 damaged`
        }
        if (n > 0 && w.ends_with("ed")) || words::verb_ending_counted(w) {
            break;
        }
        if roles.iter().any(|r| {
            matches!(
                r,
                Role::Function | Role::AttrVerb | Role::Measure(_) | Role::Mod(_) | Role::Unit(_)
            )
        }) || w.ends_with("ly") && w.len() > 4
            || words::month(w).is_some() && ctx.capitalized(k)
            || words::weekday(w).is_some()
        {
            break;
        }
        head = Some(k);
        n += 1;
        k += 1;
        if plural && !ctx.is_punct(k, "-") {
            break; // a plural noun ends the phrase: `250,000 Syrians register`
        }
        if ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1) && ctx.is_word(k + 1) {
            k += 1;
        }
    }
    let h = head?;
    let w = ctx.surface(h);
    if w.len() < 2 {
        return None;
    }
    Some(words::lemma(w))
}

/// The event word of the clause around a quantity: `(surface, measure index, first token)`.
/// The search stays in the quantity's clause and stops at a clause conjunction (`as`, `when`):
/// in `forcing thousands from their homes as the death toll passed 60` the toll is not what the
/// thousands are.
fn event(
    ctx: &Context<'_>,
    clause: &[u32],
    q: &RawQuantity,
    qs: &[RawQuantity],
    qi: usize,
) -> Option<(String, u16, usize)> {
    let n = ctx.lexemes.len();
    let next_q = qs.get(qi + 1).map_or(n, |x| x.start);
    let prev_q = if qi > 0 { qs[qi - 1].end } else { 0 };
    let measure = |i: usize| {
        ctx.find(i, |r| match r {
            Role::Measure(m) => Some(m),
            _ => None,
        })
    };
    let conj = |i: usize| ctx.has_role(i, |r| matches!(r, Role::ClauseConj));
    let mut j = q.end;
    while j < n
        && j < q.end + 12
        && j < next_q
        && clause[j] == clause[q.end.min(n - 1)]
        && ctx.sentence_of[j] == ctx.sentence_of[q.start]
        && !conj(j)
    {
        // `roughly 275 were told of Jaden's death`: a death someone owns is that person's, not
        // what the figure counts; nor is the death people are charged in (`Four people have
        // been charged in the death of a student`)
        let owned = |k: usize, e: usize| {
            e == k + 1
                && ctx.lower(k) == "death"
                && k >= 2
                && (ctx.lower(k - 1) == "s" && ctx.is_punct(k - 2, "'\u{2019}")
                    || matches!(ctx.lower(k - 1), "his" | "her" | "their")
                    || ctx.lower(k - 1) == "the"
                        && ctx.lower(k - 2) == "in"
                        && k >= 3
                        && words::legal_step(ctx.lower(k - 3)))
        };
        if let Some((e, m)) = measure(j).filter(|&(e, _)| !owned(j, e)) {
            // `one wounded woman died`: a participle before a person noun describes the
            // person; a later event word of the clause is what happened to them
            if ctx.has_role(e, |r| matches!(r, Role::PersonNoun)) {
                let later = (e + 1..(e + 6).min(n))
                    .take_while(|&k| {
                        k < next_q && clause[k] == clause[j] && !conj(k) && !ctx.is_punct(k, ",")
                    })
                    .find_map(|k| measure(k).map(|(e2, m2)| (k, e2, m2)));
                if let Some((k, e2, m2)) = later {
                    return Some((ctx.span(k, e2).slice(ctx.text).to_lowercase(), m2, k));
                }
            }
            return Some((ctx.span(j, e).slice(ctx.text).to_lowercase(), m, j));
        }
        j += 1;
    }
    let mut j = q.start;
    while j > 0 && j > prev_q && q.start - j < 8 && clause[j - 1] == clause[q.start] {
        j -= 1;
        if conj(j) {
            break;
        }
        if let Some((e, m)) = measure(j) {
            if e <= q.start {
                // a longer phrase that ends here wins (`temporary shelters`, not `shelters`)
                let (j, e, m) = (j.saturating_sub(2)..j)
                    .filter(|&k| k >= prev_q && clause[k] == clause[q.start])
                    .find_map(|k| {
                        measure(k)
                            .filter(|(e2, _)| *e2 >= e)
                            .map(|(e2, m2)| (k, e2, m2))
                    })
                    .unwrap_or((j, e, m));
                return Some((ctx.span(j, e).slice(ctx.text).to_lowercase(), m, j));
            }
        }
    }
    None
}

/// The noun just before an event word found before the quantity, when the event is a plural
/// noun (`suspected cholera cases have risen to 388`: `cholera`).
fn counted_before_event(ctx: &Context<'_>, ev: &str, at: usize) -> Option<String> {
    if at == 0 || !ev.ends_with('s') || ev.contains(' ') {
        return None;
    }
    let k = at - 1;
    let w = ctx.lower(k);
    let skip = words::event_premodifier(w);
    if !ctx.is_word(k) || ctx.capitalized(k) || w.len() < 3 || skip || is_function(ctx, k) {
        return None;
    }
    if ctx.lexicon.word(w).iter().any(|r| {
        matches!(
            r,
            Role::Measure(_) | Role::Mod(_) | Role::Unit(_) | Role::AttrVerb | Role::ClauseConj
        )
    }) {
        return None;
    }
    Some(words::lemma(ctx.surface(k)))
}

/// True when the quantity gives an earlier value of, or refers back to, a figure just stated:
/// `up from about 18,000` (a prior-value phrase right before it) or `the figure was likely to
/// reach nearly 65` (a reference noun earlier in its clause).
pub(crate) fn refers_back(ctx: &Context<'_>, clause: &[u32], q: &RawQuantity) -> bool {
    for back in 1..=3usize {
        let Some(j) = q.start.checked_sub(back) else {
            break;
        };
        if ctx
            .find(j, |r| matches!(r, Role::Prior).then_some(()))
            .is_some_and(|(e, ())| e == q.start)
        {
            return true;
        }
    }
    let mut j = q.start;
    while j > 0
        && q.start - j < 6
        && clause[j - 1] == clause[q.start]
        && ctx.sentence_of[j - 1] == ctx.sentence_of[q.start]
    {
        j -= 1;
        if ctx.has_role(j, |r| matches!(r, Role::ClauseConj)) {
            break;
        }
        if ctx.has_role(j, |r| matches!(r, Role::Reference))
            && ctx.lower(j.wrapping_sub(1)) == "the"
        {
            return true;
        }
    }
    false
}

/// The place of a quantity: the nearest place mention of its own clause, or of a fronted
/// locative clause opening the sentence (`In Porto Malangue district alone, 119 people have
/// died`). A place inside an attribution (`the institute in Maputo`) is where the source is,
/// and a place after a relative word (`near`, `south of`, `from`), an actor's `by` (`detained
/// by Israel`) or a relation's `with` or `against` (`agreements with China`, `6-6 against
/// Manchester City`) is not where the counted thing is: neither is taken.
fn place(
    ctx: &Context<'_>,
    clause: &[u32],
    places: &[(usize, String)],
    sources: &[Source],
    q: &RawQuantity,
    first: usize,
) -> Option<String> {
    let s = ctx.sentence_of[q.start];
    let from = places.partition_point(|(t, _)| ctx.sentence_of[*t] < s);
    let c = clause[q.start];
    // `first` is the sentence's first token, for a fronted `In X, ...`
    let fronted = |t: usize| {
        clause[t] == clause[first]
            && clause[first] != c
            && (place::fronted_in(ctx, first)
                || place::fronted_on_at(ctx, first, t) && !place::saying_setting(ctx, first))
            || place::fronted_second(ctx, clause, first, t, c)
    };
    // `a former mayor of Davao City`: the place of a title, not of the counted thing
    let title_of =
        |t: usize| t > 1 && ctx.lower(t - 1) == "of" && cues::place_title(ctx.lower(t - 2));
    // (`followed by the United States with 13`: a ranking's next holder; `compared with
    // China's 40 percent`: the other side's own figure; neither is a relation)
    let holder = |j: usize| {
        matches!(
            (ctx.lower(j.wrapping_sub(1)), ctx.lower(j)),
            ("followed", "by") | ("compared" | "comparison", "with")
        )
    };
    let relation_to = |t: usize| {
        (1..=2).any(|back| {
            t.checked_sub(back).is_some_and(|j| {
                ctx.find(j, |r| matches!(r, Role::RelPlace).then_some(()))
                    .is_some_and(|(e, ())| e == t || e + 1 == t && ctx.lower(e) == "the")
                    && !holder(j)
                    && !place::rescued_from(ctx, j)
            })
        })
    };
    // (`near the Yemeni capital Sanaa`, `outside the town of Harstad`: the relation is before
    // the phrase whose head the name follows)
    let head_before = |t: usize| {
        let h = if ctx.lower(t.wrapping_sub(1)) == "of" {
            t.wrapping_sub(2)
        } else {
            t.wrapping_sub(1)
        };
        let head = h < t
            && (place::geographic_head(ctx.lower(h)) || ctx.lower(h) == "capital")
            && !ctx.capitalized(h);
        head.then(|| {
            (h.saturating_sub(4)..h)
                .rev()
                .find(|&k| ctx.lower(k) == "the")
        })
        .flatten()
        .filter(|&d| (d + 1..h).all(|k| ctx.is_word(k) && !is_function(ctx, k)))
    };
    // (`Mazie Hirono of Hawaii`: see [`place::named_of`])
    let relative = |t: usize| {
        title_of(t)
            || relation_to(t)
            || head_before(t).is_some_and(relation_to)
            || place::named_of(ctx, t)
            // (`eight times those of China`: see [`place::compared_base`])
            || place::compared_base(ctx, t)
    };
    // `five US soldiers`, `28,000 US troops stationed in the South`: a place right after the
    // figure before people who serve or belong to it is their origin, not where they are
    // (`23 US states`, `Mosul residents`, `two Detroit police officers` are there)
    let origin = |t: usize| {
        t == q.end && {
            let e = (t..t + 4)
                .find(|&k| {
                    !(ctx.is_word(k) && ctx.capitalized(k) || ctx.is_punct(k, ".") && ctx.glued(k))
                })
                .unwrap_or(t + 4);
            e > t
                && ctx.sentence_of.get(e) == ctx.sentence_of.get(t)
                && cues::origin_people(ctx.lower(e))
        }
    };
    let in_attribution = |t: usize| {
        let b = ctx.lexemes[t].start;
        sources_in(sources, s)
            .iter()
            .any(|x| x.attribution.span.start <= b && b < x.attribution.span.end)
    };
    // `Tokyo's Nikkei rose ... and the Shanghai index gained 0.8 percent to 3,268.94`: a
    // coordinated clause with its own subject is another clause; after the quantity, so is the
    // other conjunct (`the other 31 states and the District of Columbia`) and the other side
    // of a comparison (`users - more than double the population of the United States`)
    let crosses = |t: usize| {
        let (a, b) = if t < q.start {
            (t + 1, q.start)
        } else {
            (q.end, t)
        };
        (a..b).any(|k| {
            t > q.end && ctx.lower(k) == "than"
                || matches!(ctx.lower(k), "and" | "but" | "while" | "whereas")
                // `in Cork and Dublin`: a list of names is one place phrase
                && (k + 1 != t || t > q.end && !(ctx.is_word(k - 1) && ctx.capitalized(k - 1)))
                && (words::definite_determiner(ctx.lower(k + 1))
                    || ctx.is_word(k + 1) && ctx.capitalized(k + 1)
                    || place::subject_pronoun(ctx.lower(k + 1))
                    // (`cut the tax rate from 35 to 20 percent and then impose a tariff on
                    // goods coming into the US`: a later step of a sequence)
                    || ctx.lower(k + 1) == "then")
        })
    };
    // `Around six million Syrians have fled abroad - many to neighboring Lebanon`: a spaced
    // dash (the corpus's dash, a hyphen or an en dash) between them is a clause boundary too
    // (only for places: the other frame fields read clauses without it)
    let dashed = |t: usize| {
        let (a, b) = if t < q.start {
            (t + 1, q.start)
        } else {
            (q.end, t)
        };
        // (not a dash right after the place opening what is said of it: `a scarcity in Berlin
        // - where only 25 percent of the demand was covered`, `the one in Oakland - involving
        // more than 10,000 workers`)
        let of_place = |k: usize| {
            k == a && t < q.start && {
                let w = ctx.lower(k + 1);
                w == "where" || w.len() > 5 && w.ends_with("ing") && !ctx.capitalized(k + 1)
            }
        };
        (a..b).any(|k| {
            ctx.is_punct(k, "-\u{2013}") && !ctx.glued(k) && !ctx.glued(k + 1) && !of_place(k)
        }) || place::typed_dash_apart(ctx, t, q.start, q.end)
    };
    // `the two countries`, `seven Muslim-majority countries`, `a bloc of 34 countries including
    // Venezuela`: a count of countries has no place among them; only a region holding them
    // (`more than 40 countries in Africa`) is theirs
    // (also a count of states or provinces, `all three states have decried the threat Moscow
    // poses`: no place after it but a region holding them; `place/subject.rs`)
    // (four tokens, not counting the glued dots of `23 U.S. states`)
    let abbreviation_dot = |k: usize| {
        ctx.is_punct(k, ".")
            && ctx.glued(k)
            && ctx.capitalized(k - 1)
            && ctx.surface(k - 1).len() == 1
    };
    let dots = (q.end..q.end + 4)
        .filter(|&k| abbreviation_dot(k + 1))
        .count();
    let countries = (q.end..q.end + 4 + dots)
        .take_while(|&k| {
            ctx.is_word(k) || ctx.is_punct(k, "-") && ctx.glued(k) || abbreviation_dot(k)
        })
        .find(|&k| {
            matches!(ctx.lower(k), "countries" | "nations")
                || place::peer_noun(ctx, k, q.start)
                || place::subdivisions(ctx, k)
        });
    let holds = |t: usize| {
        countries.is_none_or(|h| {
            // (states and provinces keep a place before them, `the country's 31 provinces`,
            // `Around 20 US states`, `In Zambia, six out of ten provinces`)
            if place::subdivisions(ctx, h) && t < h {
                return true;
            }
            // (over `the` and a direction: `in southern Africa`, `of the UK`; for states and
            // provinces over two more modifiers, `in the densely populated Northeast`)
            let mut p = t.wrapping_sub(1);
            if place::subdivisions(ctx, h) {
                for _ in 0..2 {
                    if ctx.is_word(p) && !ctx.capitalized(p) && !is_function(ctx, p) {
                        p = p.wrapping_sub(1);
                    }
                }
            }
            if cues::direction_adjective(ctx.lower(p)) {
                p = p.wrapping_sub(1);
            }
            if ctx.lower(p) == "the" {
                p = p.wrapping_sub(1);
            }
            // (not another conjunct: `in more than a dozen states and in Canada`, `33 US states
            // and two provinces in Canada`; but `60 countries and regions in Europe`)
            t > h
                && p > h
                && matches!(ctx.lower(p), "in" | "across" | "throughout" | "of")
                && !(h + 1..p).any(|k| {
                    matches!(ctx.lower(k), "and" | "or")
                        && (matches!(ctx.lower(k + 1), "in" | "across" | "at")
                            || ctx.starts_number(k + 1))
                })
        })
    };
    // `Dozens of people, including civilians, have been killed in air strikes on ... Idlib`: a
    // subject's clause goes on past an `including` insertion between commas
    let resumed = {
        let end = (q.end..(q.end + 6).min(clause.len())).find(|&k| clause[k] != c);
        end.filter(|&k| ctx.is_punct(k, ",") && matches!(ctx.lower(k + 1), "including" | "among"))
            .and_then(|k| {
                (k + 2..(k + 10).min(clause.len()))
                    .find(|&m| ctx.is_punct(m, ",") && ctx.sentence_of[m] == s)
            })
            // (the predicate resumes: not the next item of a list, `including Estonia, Greece, UK`)
            .filter(|&m| {
                let w = ctx.lower(m + 1);
                ctx.is_word(m + 1)
                    && !ctx.capitalized(m + 1)
                    && (matches!(
                        w,
                        "have" | "has" | "had" | "were" | "was" | "are" | "is" | "will"
                    ) || w.len() > 4 && w.ends_with("ed"))
            })
            .and_then(|m| clause.get(m + 1).copied())
    };
    let quoted = place::single_quoted(ctx, q.start, q.end);
    // `Augsburg secured a 3-2 victory over Werder Bremen`: around a game's score only the venue
    // is a place, every other name a team (`place/scores.rs`)
    let score = place::game_score(ctx, q);
    // `Peers defied ministers by 358 to 256 to guarantee the rights of EU nationals living in
    // the UK`: a place after a vote's tally is in what was voted on (`place/scores.rs`)
    let tally = place::tally_end(ctx, q);
    // `Economic growth in France, the eurozone's second-largest economy, slowed to just 0.2%`:
    // an apposition parts no subject from its predicate (`place/subject.rs`)
    let subject = place::interrupted_subject(ctx, clause, q);
    // (the cheap filters first: `crosses` walks the tokens between the place and the quantity,
    // so it runs only for places of the quantity's clause; the filters are pure, their order
    // changes nothing else)
    places[from..]
        .iter()
        .take_while(|(t, _)| ctx.sentence_of[*t] == s)
        // a place word inside the mention (`US$1`) is the currency, not the place
        .filter(|(t, _)| *t < q.start || *t >= q.end)
        // (nor a recognised name that swallowed the figure's own number: `The two Maastricht
        // criteria` read as `two Maastricht`, a glued headline's `Tianjin Hundreds of flights`)
        .filter(|(_, p)| {
            let own = ctx.lower(q.start);
            !p.split_whitespace().any(|w| w.eq_ignore_ascii_case(own))
        })
        .filter(|(t, _)| quoted.is_none_or(|(o, e)| o < *t && *t < e))
        .filter(|(t, _)| {
            clause[*t] == c
                || resumed == Some(clause[*t])
                || fronted(*t)
                || place::across_scare_quotes(ctx, clause, *t, q.start, q.end)
                || place::apposed_place(ctx, clause, *t, c)
                || place::past_parenthesis(ctx, clause, q.end, *t)
                || subject.is_some_and(|p| place::ends_subject(ctx, *t, p))
        })
        // a fronted `In Kenya, ...` covers the whole sentence, coordinated clauses included
        .filter(|(t, _)| fronted(*t) || !crosses(*t) && !dashed(*t))
        .filter(|(t, _)| !relative(*t) && !in_attribution(*t) && !origin(*t) && holds(*t))
        .filter(|(t, _)| !place::other_role(ctx, *t, q.start, q.end))
        // (a glued `READ MORE:` headline's place is another story's)
        .filter(|(t, _)| !self::sources::teaser::apart(ctx, *t, q.start))
        .filter(|(t, _)| !score || place::venue(ctx, *t))
        .filter(|(t, _)| tally.is_none_or(|e| !place::after_tally(ctx, *t, e)))
        // (a place past a parenthesis after the figure only when its own clause has none)
        .min_by_key(|(t, _)| {
            let past = clause[*t] != c && place::past_parenthesis(ctx, clause, q.end, *t);
            let d = if *t >= q.end {
                *t - q.end
            } else {
                (q.start - *t) + 1
            };
            (past, d)
        })
        .map(|(_, p)| p.clone())
        .or_else(|| (!score).then(|| verb_list_subject(ctx, clause, &places[from..], q))?)
        // (`civilians in Mosul, where at least 307 people have been killed`: see
        // `place/host.rs`)
        .or_else(|| place::relative_host(ctx, clause, &places[from..], q))
        // (`A bomb exploded in a market in Lahore, killing at least 15 people`: see
        // `place/host.rs`)
        .or_else(|| place::participle_host(ctx, clause, &places[from..], q))
        .or_else(|| place::entry_header(ctx, q.start))
        // (`12,000 U.S. troops`, `two Afghan soldiers`: a place modifier on the counted noun,
        // when the clause names no other place; see `place/modifier.rs`)
        .or_else(|| (!score).then(|| place::counted_modifier(ctx, &places[from..], q))?)
        // (`Australian authorities have prevented 12 attacks`: a country adjective on a
        // government or its forces as the subject; see `place/subject_kind.rs`)
        .or_else(|| (!score).then(|| place::government_subject(ctx, q.start))?)
        // (`crowds of hundreds in most sizeable Russian cities`: a country adjective on a noun
        // of places after a locative; see `place/adjective_site.rs`)
        .or_else(|| (!score).then(|| place::adjective_site(ctx, clause, q))?)
        // (`37 African countries`: the region holding a count of countries; see
        // `place/adjective_site.rs`)
        .or_else(|| (q.kind == QuantityKind::Count).then(|| place::region_countries(ctx, q))?)
}

/// The place that is the subject of a list of verb phrases whose later member holds the quantity
/// (`Turkey has shut down nearly 140 media outlets, arrested 41,000 people and ...`): the
/// quantity's clause opens with a past-tense verb after a comma, and an earlier clause of the
/// sentence opens with the place and an auxiliary or past-tense verb.
fn verb_list_subject(
    ctx: &Context<'_>,
    clause: &[u32],
    places: &[(usize, String)],
    q: &RawQuantity,
) -> Option<String> {
    let s = ctx.sentence_of[q.start];
    let verb = |k: usize| {
        let w = ctx.lower(k);
        ctx.is_word(k)
            && !ctx.capitalized(k)
            && (w.len() > 4 && w.ends_with("ed") || cues::irregular_past(w))
    };
    let start_of = |k: usize| {
        let mut a = k;
        while a > 0 && clause[a - 1] == clause[k] && ctx.sentence_of[a - 1] == s {
            a -= 1;
        }
        a
    };
    let mut cs = start_of(q.start);
    // (up to three members back: `..., arrested 41,000 people, fired 4,000 judges, ...`)
    for _ in 0..4 {
        if cs < 2 || !ctx.is_punct(cs - 1, ",") || ctx.sentence_of[cs - 1] != s || !verb(cs) {
            return None;
        }
        let prev = start_of(cs - 2);
        let at = places.partition_point(|(t, _)| *t < prev);
        if let Some((t, p)) = places.get(at).filter(|(t, _)| *t == prev) {
            let mut e = *t;
            while ctx.is_word(e) && ctx.capitalized(e) && e < cs - 1 {
                e += 1;
            }
            let w = ctx.lower(e);
            let aux = matches!(w, "has" | "have" | "had" | "is" | "was" | "are" | "were");
            return (aux || verb(e)).then(|| p.clone());
        }
        cs = prev;
    }
    None
}

/// Builds the frame of quantity `qi`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn frame(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    sources: &[Source],
    places: &[(usize, String)],
    first: usize,
) -> Frame {
    let q = &qs[qi];
    // `The figures are stark: In Kentucky, 1,200 people died`: a colon opens a sentence of its
    // own for fronted places and dates
    // (a spaced colon before a capital: not a clock's `11:00`, nor a list, `drills: one with
    // the Belarusian forces`)
    // (looked for within 40 tokens: a bounded walk per quantity, whatever the sentence's length)
    let first = (first.max(q.start.saturating_sub(40))..q.start)
        .rev()
        .find(|&k| ctx.is_punct(k, ":") && !ctx.glued(k + 1))
        .and_then(|k| {
            (k + 1..q.start)
                .find(|&j| !ctx.is_punct(j, "\"\u{201c}"))
                .filter(|&j| ctx.capitalized(j))
        })
        .unwrap_or(first);
    let mut f = Frame::default();
    if matches!(q.kind, QuantityKind::Date | QuantityKind::Time) {
        f.attribution = source_of(ctx, sources, q);
        return f;
    }
    if q.kind == QuantityKind::Count {
        f.counted = counted(ctx, q);
    }
    if matches!(
        q.kind,
        QuantityKind::Count | QuantityKind::Percent | QuantityKind::Fraction | QuantityKind::Money
    ) {
        if let Some((ev, m, at)) = event(ctx, clause, q, qs, qi) {
            if f.counted.is_none() && q.kind == QuantityKind::Count && at < q.start {
                f.counted = counted_before_event(ctx, &ev, at);
            }
            f.event = Some(ev);
            f.cumulative = ctx.lexicon.lexicon.measures[m as usize].cumulative;
            f.measure_key = Some(ctx.lexicon.lexicon.measures[m as usize].key.clone());
        }
    }
    if matches!(
        q.kind,
        QuantityKind::Count | QuantityKind::Percent | QuantityKind::Fraction | QuantityKind::Money
    ) {
        // `sold a stone for $63m (51m) at an auction in London`: a conversion in parentheses is
        // where the figure it restates is (`place/paren.rs` reads the host past the parenthesis)
        let host = &qs[equivalent_of(ctx, qs, qi)];
        f.place = place(ctx, clause, places, sources, host, first);
        // (`closed 102 schools, 81 centres and two ports`: a later member of a list of counts
        // lies where the first does; `place/lists.rs`)
        if f.place.is_none() {
            // (`reached 9.85 billion yuan, up 5.6 percent`, `closed three plants, one run by
            // BRF`: a change or a member appositive shares its host figure's place;
            // `place/shared.rs`)
            let head = place::list_head(ctx, clause, qs, qi)
                .or_else(|| place::shared_figure(ctx, clause, qs, qi));
            if let Some(h) = head {
                f.place = place(ctx, clause, places, sources, &qs[h], first);
            }
        }
    }
    // `170b reais ($55b) last year`: an equivalent in parentheses has the time of the figure it
    // restates
    let source = covering(ctx, sources, q);
    let saying = source.map_or((0, 0), |s| s.skip);
    f.time = time(
        ctx,
        clause,
        qs,
        equivalent_of(ctx, qs, qi),
        times,
        first,
        saying,
    );
    // `The toll has reached 87, the agency said on Tuesday`: a running toll with no date of its
    // own holds as of the day its source gave it (docs/judging/frames.md); not an earlier value
    // (`up from 80, the agency said on Tuesday`). Only running tolls: read on the judged
    // samples, the day of a saying is not the time of other figures (`said on Thursday that
    // he had not disclosed $44m`)
    // (an age or count of the speakers takes the date of their saying: see
    // [`time::speaker_time`])
    if let Some(s) = time::speaker_number(ctx, sources, q) {
        f.time = time::speaker_time(ctx, qs, times, s, q, f.time.take());
    }
    let running = f.cumulative && q.kind == QuantityKind::Count;
    if f.time.is_none() && running && ctx.lower(q.start.wrapping_sub(1)) != "from" {
        f.time = source.and_then(|s| saying_date(ctx, qs, times, s));
    }
    f.attribution = source.map(|s| s.attribution.clone());
    f.measure_key = measure_key(ctx, &f);
    f
}

/// The date of the act of saying of source `s` (`said on Wednesday`, `told X late Monday`, `a
/// 2014 report`): the resolved time of the date quantity inside its skipped stretch, if any.
fn saying_date(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    times: &[Option<TimeValue>],
    s: &Source,
) -> Option<TimeValue> {
    let (a, b) = s.skip;
    let j = qs.partition_point(|x| x.start < a);
    let k = (j..qs.len())
        .take_while(|&k| qs[k].start < b)
        .find(|&k| qs[k].end <= b && qs[k].kind == QuantityKind::Date)?;
    // (not a date of the source's relative clause: `X, who won gold in 2014, said`)
    let relative = (a..qs[k].start).any(|t| matches!(ctx.lower(t), "who" | "which" | "whose"));
    if relative {
        return None;
    }
    times[k].clone()
}

/// The quantity that quantity `qi` restates in parentheses right after it (`$4.49 billion (4.19
/// billion euros; ...)`, `170b reais ($55b)`): its index, else `qi`.
pub(crate) fn equivalent_of(ctx: &Context<'_>, qs: &[RawQuantity], qi: usize) -> usize {
    let q = &qs[qi];
    let Some(p) = qi.checked_sub(1) else {
        return qi;
    };
    let outer = &qs[p];
    let same = outer.kind == q.kind && q.kind == QuantityKind::Money;
    // (`5.5 billion yuan ($797 million; 754 million euros; 654 million)`: the last item, whose
    // pound sign the feed lost, is read as a count; it closes the list)
    let item = same
        || outer.kind == QuantityKind::Money
            && q.kind == QuantityKind::Count
            && ctx.is_punct(q.end, ")");
    if same && q.start == outer.end + 1 && ctx.is_punct(outer.end, "(") {
        p
    } else if item && q.start == outer.end + 1 && ctx.is_punct(outer.end, ";") {
        // `5.5 billion yuan ($797 million; 754 million euros; 654 million)`: a later item of
        // the list restates the figure before the parenthesis too
        let k = equivalent_of(ctx, qs, p);
        if k == p { qi } else { k }
    } else {
        qi
    }
}

/// `event+counted+place`, lower case; absent without an event class.
pub(crate) fn measure_key(ctx: &Context<'_>, f: &Frame) -> Option<String> {
    let ev = f.event.as_deref()?;
    let m = ctx
        .lexicon
        .lexicon
        .measures
        .iter()
        .find(|m| m.events.iter().any(|e| e == ev))?;
    let mut key = m.key.clone();
    if let Some(c) = &f.counted {
        let lc = c.to_lowercase();
        let class = ctx.lexicon.word(&lc).iter().find_map(|r| match r {
            Role::Counted(k) => Some(ctx.lexicon.lexicon.counted[*k as usize].key.clone()),
            _ => None,
        });
        key.push('+');
        key.push_str(&class.unwrap_or(lc));
    } else if let Some(c) = &m.default_counted {
        key.push('+');
        key.push_str(c);
    }
    // (a description as written, `the scene`, names no place across articles)
    if let Some(p) = f.place.as_ref().filter(|p| !p.starts_with("the ")) {
        key.push('+');
        key.push_str(&place_key(p));
    }
    Some(key)
}

/// Quantities looked at on each side when searching for the nearest one with a property: a
/// bounded window keeps extraction linear on hostile text (one sentence of 75,000 numbers).
const NEAREST_WINDOW: usize = 64;

/// The index of the quantity nearest to `qi` (by token distance) for which `want` holds,
/// searching outward while `same` holds (same sentence, same clause), at most
/// [`NEAREST_WINDOW`] quantities each way.
pub(crate) fn nearest(
    qs: &[RawQuantity],
    qi: usize,
    same: impl Fn(usize) -> bool,
    want: impl Fn(usize) -> bool,
) -> Option<usize> {
    let left = (qi.saturating_sub(NEAREST_WINDOW)..qi)
        .rev()
        .take_while(|&j| same(j))
        .find(|&j| want(j));
    let right = (qi + 1..qs.len().min(qi + 1 + NEAREST_WINDOW))
        .take_while(|&j| same(j))
        .find(|&j| want(j));
    let at = qs[qi].start;
    match (left, right) {
        (Some(l), Some(r)) => Some(if qs[r].start.abs_diff(at) < qs[l].start.abs_diff(at) {
            r
        } else {
            l
        }),
        (l, r) => l.or(r),
    }
}

/// Administrative words dropped from the end of a place name in a measure key, so that
/// `Cassuaro province` and `Cassuaro` (and `Porto Malangue district`, `Porto Malangue`) key the
/// same series.
const ADMIN_WORDS: &[&str] = &[
    "province",
    "district",
    "region",
    "county",
    "governorate",
    "prefecture",
    "municipality",
    "oblast",
];

/// The form of a place name used in measure keys: lower case, without a trailing
/// administrative word (`Cassuaro province` -> `cassuaro`).
pub fn place_key(place: &str) -> String {
    let lc = place.trim().to_lowercase();
    for w in ADMIN_WORDS {
        if let Some(rest) = lc.strip_suffix(w).and_then(|r| r.strip_suffix(' ')) {
            if !rest.trim().is_empty() {
                return rest.trim_end().to_owned();
            }
        }
    }
    lc
}
