//! Where the content of a reporting verb starts and ends: past the addressee of `told`, the
//! setting and the date of the saying (`told reporters at a press conference on Friday that`),
//! up to a clause about the act of saying (`..., as he delivered his first speech`).

use super::marks::opens_with_that;
use super::{Source, date_at, is_function};
use crate::frame::cues;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::{Attribution, QuantityKind};
use crate::words;

/// Past the date of an act of saying that starts at `k` (`on Monday`, `late Tuesday`, `last
/// month`), else `k`.
pub(super) fn past_saying_date(ctx: &Context<'_>, qs: &[RawQuantity], k: usize) -> usize {
    let prep = |t: usize| words::saying_date_preposition(ctx.lower(t));
    // (`earlier on Monday`: two of them)
    let d = if prep(k) {
        date_at(qs, k).or_else(|| date_at(qs, k + 1)).or_else(|| {
            if prep(k + 1) {
                date_at(qs, k + 2)
            } else {
                None
            }
        })
    } else {
        // (`said today's rallies would be massive`: a date owning a noun is content, unless the
        // noun is the setting: `told last week's meeting that`)
        date_at(qs, k).filter(|&e| {
            !(ctx.is_punct(e, "'\u{2019}")
                && ctx.lower(e + 1) == "s"
                && !(e + 2..e + 5).any(|t| cues::setting_noun(ctx.lower(t))))
        })
    };
    // `reported Monday morning`: the part of the day goes with the date
    d.map_or(k, |e| {
        e + usize::from(crate::words::part_of_day(ctx.lower(e)))
    })
}

/// The first token of the content a verb ending at `e` reports: past the date of the saying,
/// the addressee of `told` and a `that`.
pub(super) fn content_start(ctx: &Context<'_>, qs: &[RawQuantity], verb: &str, e: usize) -> usize {
    // (a hyphen glued for a space: `said-over the weekend`)
    let mut k = e + usize::from(super::glued_space(ctx, e) && ctx.is_word(e + 1));
    // (a sentence adverb in commas: `cautioned, though, that`)
    if aside_adverb(ctx, k) {
        k += 3;
    }
    if matches!(verb, "told" | "tells" | "tell") {
        // `told CNN`, `told Al Jazeera`, `told reporters`, `told the BBC`
        if matches!(ctx.lower(k), "the" | "a" | "an") {
            k += 1;
        }
        let at = k;
        // (a title's abbreviation inside the name: `told Republican Sen. Tom Cotton on
        // Wednesday night that`)
        let title_dot = |k: usize| {
            k > at
                && ctx.is_punct(k, ".")
                && ctx.glued(k)
                && ctx.surface(k - 1).len() <= 4
                && ctx.sentence_of.get(k + 1) == ctx.sentence_of.get(k)
                && ctx.is_word(k + 1)
                && ctx.capitalized(k + 1)
        };
        while k < at + 8
            && (ctx.is_word(k) && ctx.capitalized(k) && date_at(qs, k).is_none() || title_dot(k))
        {
            // (a possessive inside the addressee: `told CNN's Wolf Blitzer on Friday that`,
            // `told the Conservative's spring conference on Friday that`; not before a date word,
            // which names a programme there: `told BBC Radio Four's Today programme`)
            k += 1 + 2 * usize::from(ctx.possessive_after(k + 1) && date_at(qs, k + 3).is_none());
        }
        if k == at && words::addressee_word(ctx.lower(k)) {
            k += 1;
        } else if k == at || ctx.is_word(k) && !ctx.capitalized(k) && !is_function(ctx, k) {
            // `told the council that`: a lower-case addressee up to its `that`, or up to the date
            // of the saying (`told a Harrisburg audience on Tuesday that`, `told a press
            // conference Thursday it was ...`)
            // (a possessive inside it: `told the party's spring conference on Friday that`)
            // (a number inside it: `told an audience of 3,000 students that`)
            if let Some(t) = (k..k + 7)
                .take_while(|&t| ctx.is_word(t) || ctx.is_num(t) || ctx.possessive_after(t))
                .find(|&t| ctx.lower(t) == "that" || t > k && past_saying_date(ctx, qs, t) > t)
            {
                k = t;
            }
        }
    }
    if matches!(verb, "warned" | "warns" | "warn") {
        k = past_warned(ctx, k);
    }
    if cues::addressee_to_verb(verb) {
        k = past_to_addressee(ctx, qs, k);
    }
    k = past_saying_adverb(ctx, qs, k);
    k = past_setting(ctx, qs, k);
    let d = past_saying_date(ctx, qs, k);
    // (a forecast's bare date before `to` is what it forecasts: `Wood Mackenzie expects 2017 to
    // bring a different mix of buyers`, not `said Monday`)
    let forecast_date = super::forecast::forecast_verb(verb) && ctx.lower(d) == "to";
    let d = if forecast_date && date_at(qs, k).is_some() {
        k
    } else {
        d
    };
    // (a setting after the date: `said on Monday in the press release posted on its website`)
    k = if d > k { past_setting(ctx, qs, d) } else { d };
    if ctx.lower(k) == "that" {
        k += 1 + usize::from(super::glued_space(ctx, k + 1));
    }
    k
}

/// Past an adverb of the saying's time or manner at `k` that closes the verb's clause or comes
/// before its `that` (`..., Manturov said earlier.`, `..., his lawyer said recently.`, `..., X
/// said earlier this month.`, `said separately that`): no content of its own, so the saying
/// closes the clause before it. An adverb before other words is left to the content (`said later
/// talks would resume`).
fn past_saying_adverb(ctx: &Context<'_>, qs: &[RawQuantity], k: usize) -> usize {
    if !matches!(
        ctx.lower(k),
        "recently"
            | "earlier"
            | "later"
            | "previously"
            | "afterwards"
            | "afterward"
            | "separately"
            | "privately"
            | "publicly"
            | "repeatedly"
            | "again"
    ) {
        return k;
    }
    // (`earlier this month`: the date of the saying with it)
    let d = past_saying_date(ctx, qs, k);
    let end = if d > k { d } else { k + 1 };
    let closes = ctx.sentence_of.get(end) != ctx.sentence_of.get(k)
        || ctx.is_punct(end, ".,;")
        || ctx.lower(end) == "that";
    if closes { end } else { k }
}

/// Past the object of `warned` at `k`, the people warned, up to the `that` or `about` opening
/// what they are warned of (`warned an audience of thousands of women about ...`, `warned the 28
/// member states that ...`): the object opens with a determiner and holds words and numbers
/// only; the number in it counts the addressees, not what is said. Class seen in fresh19 #22.
fn past_warned(ctx: &Context<'_>, k: usize) -> usize {
    if !matches!(
        ctx.lower(k),
        "a" | "an" | "the" | "its" | "their" | "his" | "her"
    ) {
        return k;
    }
    (k + 1..k + 10)
        .take_while(|&t| ctx.is_word(t) || ctx.is_num(t) || ctx.possessive_after(t))
        .find(|&t| matches!(ctx.lower(t), "that" | "about"))
        .unwrap_or(k)
}

/// Past the addressee of a saying after `to` at `k`, up to the date of the saying or a `that`
/// (`Malaysian police confirmed to the AP on Feb. 25 that ...`, `Peskov confirmed to Izvestia
/// daily earlier on Wednesday that ...`, `Tillerson wrote to Senate leaders earlier in March to
/// say ...`): the date is when it was said, not part of what was said. The verb is one of
/// [`cues::addressee_to_verb`] (not `pointed to a law Israel passed last July`); the addressee
/// opens with a determiner, a capital or an addressee word (not `said to be worth ...`; nor, left
/// as it was, `confirmed to news agency RIA`), and only words (possessives included) stand
/// between it and the date or `that`, at most six. Else `k`.
fn past_to_addressee(ctx: &Context<'_>, qs: &[RawQuantity], k: usize) -> usize {
    let a = k + 1;
    if ctx.lower(k) != "to"
        || !ctx.is_word(a)
        || !(ctx.capitalized(a) || words::addressee_word(ctx.lower(a)))
        || date_at(qs, a).is_some()
    {
        return k;
    }
    let mut t = a;
    while t < a + 7 && ctx.sentence_of.get(t) == ctx.sentence_of.get(k) {
        if t > a && (ctx.lower(t) == "that" || past_saying_date(ctx, qs, t) > t) {
            return t;
        }
        if ctx.possessive_after(t) {
            t += 2;
        } else if ctx.is_word(t) && !ctx.has_role(t, |r| matches!(r, Role::AttrVerb)) {
            t += 1;
        } else {
            break;
        }
    }
    k
}

/// Past the setting and date of an act of saying that starts at `k` (`at a press conference in
/// the East Room of the White House on Thursday`), else `k`: a preposition, then only words (no
/// number, no `that`, no reporting verb), then the date of the saying.
pub(super) fn past_setting(ctx: &Context<'_>, qs: &[RawQuantity], k: usize) -> usize {
    // (nor a figure opening with a bound that reads as one: `The institute says at least two
    // million more carers will be needed by 2025`, `said at least 12 people died on Monday`)
    if !cues::setting_preposition(ctx.lower(k)) || number_at(qs, k) {
        return k;
    }
    let mut m = k + 1;
    while m < k + 12
        // (a hyphened word: `at a HuffPost-sponsored debate on Jan. 18`)
        && (ctx.is_word(m)
            || ctx.is_punct(m, "'\u{2019}") && ctx.lower(m + 1) == "s"
            || ctx.is_punct(m, "-") && m > k + 1 && ctx.glued(m) && ctx.glued(m + 1))
        && ctx.sentence_of.get(m) == ctx.sentence_of.get(k)
        && date_at(qs, m).is_none()
        && !(words::saying_date_preposition(ctx.lower(m)) && date_at(qs, m + 1).is_some())
        && ctx.lower(m) != "that"
        && !ctx.has_role(m, |r| matches!(r, Role::AttrVerb))
    {
        m += 1;
    }
    let d = past_saying_date(ctx, qs, m);
    // (`," Kugelman told DW in an interview.`: a setting that ends the sentence)
    let ends = ctx.sentence_of.get(m) != ctx.sentence_of.get(k)
        || ctx.is_punct(m, ".") && ctx.sentence_of.get(m + 1) != ctx.sentence_of.get(k);
    if m > k + 1 && d > m {
        d
    } else if m > k + 1 && m <= k + 6 && ends && cues::setting_noun(ctx.lower(m - 1)) {
        m
    } else if ends
        && (k + 1..(k + 5).min(m))
            .find(|&t| cues::setting_noun(ctx.lower(t)))
            .is_some_and(|t| {
                // (a preposition or a participle goes on with it, not a clause: `in a
                // statement he'll oppose the bill`)
                let w = ctx.lower(t + 1);
                (is_function(ctx, t + 1) || w.ends_with("ed"))
                    && (t + 1..m).all(|u| {
                        let w = ctx.lower(u);
                        !cues::clause_word(w) && !w.contains(['\'', '\u{2019}'])
                    })
            })
    {
        // (a longer one that names its medium early: `said on Monday in the press release
        // posted on its website.`)
        m
    } else {
        k
    }
}

/// The content of a verb starting at `after` is cut where a clause about the act of saying
/// begins (`..., as he delivered his first speech`): that token, else `end`.
pub(super) fn content_end(ctx: &Context<'_>, after: usize, end: usize) -> usize {
    // (or the writer's background on a place named in it, outside a quote: `to protect
    // civilians in Mosul, where at least 307 people have been killed`; or on a name, when it
    // runs to the end: `compliance with the 1987 INF Treaty, which bans ... missiles with a
    // range between 500 and 5,500 kilometers`, not `the crossing at Chaman, which leads to
    // Kandahar, was closed on Friday`)
    let mut quoted = false;
    (after..end)
        .find(|&k| {
            quoted ^= ctx.is_punct(k, "\"\u{201c}\u{201d}");
            ctx.is_punct(k, ",")
                && (circumstance(ctx, k + 1)
                    || !quoted && speaker_goes_on(ctx, k + 1)
                    || !quoted && writers_contrast(ctx, k + 1)
                    || !quoted
                        && (ctx.lower(k + 1) == "where"
                            || matches!(ctx.lower(k + 1), "which" | "whose")
                                && ctx.capitalized(k - 1)
                                && (k + 2..end).all(|m| !ctx.is_punct(m, ",;"))))
        })
        .unwrap_or(end)
}

/// A contrasting clause at `k` with a subject of its own opened by a determiner (`Police
/// originally said he died of a heart attack, but a second autopsy found ...`, `Tesco originally
/// estimated it had overstated profits by about 250m, but this was subsequently revised up to
/// 326m`, `That year the office projected that by 2016, 21 million people would ..., but the
/// actual number was closer to 12 million`): the writer's correction of what was said (class
/// seen on the corpus run, attr28). Not `but that`, which more often goes on with the content
/// (`concluded that the 9th Circuit has an 80 percent reversal rate, but that was third place --
/// behind the 6th Circuit with 87 percent`).
fn writers_contrast(ctx: &Context<'_>, k: usize) -> bool {
    ctx.lower(k) == "but" && words::determiner(ctx.lower(k + 1)) && ctx.lower(k + 1) != "that"
}

/// A coordinated clause at `k` whose subject is a personal pronoun before a past verb (`...,
/// and he renewed his call Thursday for ...`, `..., and he praised Ban's contribution ... during
/// his 10 years`): the writer goes on about the speaker's own acts, past what was said (class
/// seen on the corpus run, attr27).
fn speaker_goes_on(ctx: &Context<'_>, k: usize) -> bool {
    let v = ctx.lower(k + 2);
    matches!(ctx.lower(k), "and" | "but")
        && matches!(ctx.lower(k + 1), "he" | "she")
        && ctx.is_word(k + 2)
        && (v.len() > 4 && v.ends_with("ed") || cues::irregular_past(v))
        // (not a saying of the same speaker's: `..., and he said Mr Kenny should ...`)
        && !ctx.has_role(k + 2, |r| matches!(r, Role::AttrVerb))
}

/// Where the content of a closing source (`..., officials said`) ends after its verb (`after`,
/// in the sentence ending at `se`): a comma before a participle about the saying (`...,
/// referring to ...`), before a circumstance of it (`," Merkel said, as she pushed for ...`;
/// not `after`, which more often goes on with the content: `has fallen to 11,400, the agency
/// said, after thousands returned home`; nor before a that-clause: `insisted, as ..., that`),
/// or, when the
/// source `closes` content before it, before a contrasting clause of the writer's (`..., X said,
/// but he did not have a toll for Monday's raids`).
pub(super) fn closing_cut(
    ctx: &Context<'_>,
    after: usize,
    se: usize,
    closes: bool,
) -> Option<usize> {
    (after..se).find(|&k| {
        ctx.is_punct(k, ",")
            && (cues::saying_participle(ctx.lower(k + 1))
                || reference_aside(ctx, k + 1)
                || circumstance(ctx, k + 1)
                    && ctx.lower(k + 1) != "after"
                    && (after..se).all(|m| ctx.lower(m) != "that")
                || closes
                    && cues::coordinator(ctx.lower(k + 1))
                    && cues::subject_pronoun(ctx.lower(k + 2)))
    })
}

/// Token `k` opens the writer's gloss on a saying (`..., Tillerson said, in an apparent
/// reference to plans for the two leaders to meet next month`, `said, in reference to the
/// strikes`, `said, in a veiled swipe at ...`): what the saying alluded to, in the writer's
/// words, not what was said.
pub(super) fn reference_aside(ctx: &Context<'_>, k: usize) -> bool {
    if ctx.lower(k) != "in" {
        return false;
    }
    let mut j = k + 1;
    if matches!(ctx.lower(j), "a" | "an") {
        j += 1;
    }
    if cues::gloss_adjective(ctx.lower(j)) {
        j += 1;
    }
    cues::gloss_noun(ctx.lower(j)) && matches!(ctx.lower(j + 1), "to" | "at")
}

/// Token `k` opens a clause about the circumstances of a saying (`after visiting`, `as he
/// delivered`), not a bound (`as many as`) or a count (`while 40 were hurt`).
pub(super) fn circumstance(ctx: &Context<'_>, k: usize) -> bool {
    cues::saying_circumstance(ctx.lower(k))
        && !cues::as_comparative(ctx.lower(k + 1))
        && !ctx.starts_number(k + 1)
}

/// A dash opening a setting of the saying that runs to the end of the sentence `..se` with no
/// content of its own (`said - in a statement on Tuesday evening.`; the corpus often glues it:
/// `said-in a statement`).
pub(super) fn dashed_setting(ctx: &Context<'_>, k: usize, se: usize) -> bool {
    ctx.is_punct(k, "-\u{2013}\u{2014}")
        && cues::setting_preposition(ctx.lower(k + 1))
        && (k + 2..se).all(|m| {
            !ctx.is_punct(m, "-\u{2013}\u{2014},;:\"\u{201c}\u{201d}") && ctx.lower(m) != "that"
        })
}

/// A setting of a closing saying (`..., X said at a gala concert devoted to the third
/// anniversary of ...`, `..., Minister X said at a national commerce work conference that
/// concluded on Dec 27.`): a source after a comma at `j`, its verb's content start `after` on a
/// preposition of setting, a venue noun within five plain words, and after it a participle, a
/// preposition or a relative clause (`that`/`which` before a finite verb) running to the end of
/// the sentence `..se` with no punctuation of a clause or quote. The content is before the source
/// (class seen on the corpus run, attr27: the venue's description took the saying's content
/// and its own figures, `third`, `Dec 27`, were given to the speaker).
pub(super) fn closing_setting(ctx: &Context<'_>, j: usize, after: usize, se: usize) -> bool {
    let venue = |w: &str| {
        cues::setting_noun(w)
            || matches!(
                w,
                "concert" | "forum" | "ceremony" | "summit" | "session" | "event" | "gathering"
            )
    };
    if j < 3 || !ctx.is_punct(j - 1, ",") || !cues::setting_preposition(ctx.lower(after)) {
        return false;
    }
    let Some(t) = (after + 1..(after + 6).min(se))
        .take_while(|&k| ctx.is_word(k))
        .find(|&k| venue(ctx.lower(k)))
    else {
        return false;
    };
    let w = ctx.lower(t + 1);
    let finite = |k: usize| {
        let v = ctx.lower(k);
        ctx.is_word(k) && !ctx.capitalized(k) && (v.ends_with("ed") || words::be_form(v))
    };
    let goes_on = ctx.is_word(t + 1)
        && !ctx.capitalized(t + 1)
        && (w.ends_with("ed") || w.ends_with("ing") && w.len() > 5)
        || matches!(w, "that" | "which") && finite(t + 2)
        || words::source_preposition(w);
    // (no `that` of the saying's content further on: `Earlier Tuesday, Trump suggested in a
    // meeting with ... anchors that he was open to ...`)
    goes_on
        && (t + 1..se).all(|m| {
            !ctx.is_punct(m, "-\u{2013}\u{2014},;:\"\u{201c}\u{201d}")
                && !ctx.has_role(m, |r| matches!(r, Role::AttrVerb))
                && (m == t + 1 || ctx.lower(m) != "that")
        })
}

/// A quote opening after the verb at `i` and a comma or colon (`The office cautioned, "a
/// complaint is ...`, `She stressed: "...`): a verb that reports only before a `that` clause
/// reports the quote it opens as well (class seen in attr23b: `cautioned`, `stressed`,
/// `emphasized`, `declared`, `conceded` before a quote had no source).
/// A sentence adverb may stand between (`cautioned, though, "...`).
pub(super) fn quote_after(ctx: &Context<'_>, i: usize) -> bool {
    let c = if aside_adverb(ctx, i + 1) {
        i + 3
    } else {
        i + 1
    };
    ctx.is_punct(c, ",:") && ctx.is_punct(c + 1, "\"\u{201c}") && ctx.glued(c + 2)
}

/// A finite reporting verb at `i` followed by a clause with no `that` (`The officials reiterated
/// this was merely a first draft`, `Trump has denied any of his associates had contacts`): an
/// auxiliary a few plain words on that is no relative clause's (`stressed the need for a deal
/// that would ...`), not past `and`/`but`/`or` (`denied murder but was found guilty`); not a
/// participle (`with Comey confirming the FBI is ...`). Or a subject pronoun right after the verb
/// (`indicates he made`, `alleged she was`).
pub(super) fn clause_after(ctx: &Context<'_>, i: usize) -> bool {
    let aux = |k: usize| {
        matches!(
            ctx.lower(k),
            "is" | "are"
                | "was"
                | "were"
                | "had"
                | "has"
                | "have"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
        ) && !cues::relative_opener(ctx.lower(k - 1))
            && ctx.lower(k - 1) != "that"
    };
    let v = ctx.lower(i);
    // (a subject pronoun opens the clause at once: `The tax return indicates he made $150
    // million`, `Data showed they spent 17 more minutes`)
    let pronoun = matches!(ctx.lower(i + 1), "he" | "she" | "they" | "we")
        && ctx.is_word(i + 2)
        && ctx.sentence_of.get(i + 2) == ctx.sentence_of.get(i);
    (v.ends_with("ed") || v.ends_with('s')) && (pronoun || clause_words(ctx, i, aux))
}

/// The words after the verb at `i` hold an auxiliary (`aux`) a few plain words on
/// ([`clause_after`]).
fn clause_words(ctx: &Context<'_>, i: usize, aux: impl Fn(usize) -> bool) -> bool {
    ctx.is_word(i + 1)
        && (!is_function(ctx, i + 1)
            || matches!(ctx.lower(i + 1), "this" | "these" | "those" | "any" | "the"))
        && (i + 2..i + 8)
            .take_while(|&k| {
                (ctx.is_word(k) || ctx.is_num(k))
                    && ctx.sentence_of.get(k) == ctx.sentence_of.get(i)
                    && !matches!(ctx.lower(k), "and" | "but" | "or")
            })
            .any(aux)
}

/// A sentence adverb set off by commas at `k` (`, though,`, `, however,`), as between a
/// reporting verb and its content (`cautioned, though, that`).
pub(super) fn aside_adverb(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is_punct(k, ",")
        && ctx.is_word(k + 1)
        && cues::parenthetical_adverb(ctx.lower(k + 1))
        && ctx.is_punct(k + 2, ",")
}

/// Where the content of a source in a contrasting clause that opens the sentence ends (`While the
/// Army Corps says this area is federally owned land, the Standing Rock Sioux Tribe cites an 1851
/// treaty`, `Although the US has stated its opposition to the Assad government, it has hesitated
/// ...`, `While Mr Ryan said he felt "very good" ..., a leading conservative lawmaker ... told`):
/// at the comma before the main clause, the first comma outside a quote followed by a determiner
/// or a subject pronoun (not `, with only 18 percent opposed,` inside the content); else `se`.
/// `lead` is the sentence's first token, `j` the start of the source (class seen on the corpus
/// run, attr28).
pub(super) fn fronted_contrast_end(
    ctx: &Context<'_>,
    (lead, j): (usize, usize),
    after: usize,
    se: usize,
) -> usize {
    if j != lead + 1 || !matches!(ctx.lower(lead), "while" | "whereas" | "although" | "though") {
        return se;
    }
    let mut quoted = false;
    (after..se)
        .find(|&k| {
            quoted ^= ctx.is_punct(k, "\"\u{201c}\u{201d}");
            !quoted
                && ctx.is_punct(k, ",")
                && (words::determiner(ctx.lower(k + 1)) || cues::subject_pronoun(ctx.lower(k + 1)))
        })
        .unwrap_or(se)
}

/// A quantity other than a date starts at token `t`.
pub(super) fn number_at(qs: &[RawQuantity], t: usize) -> bool {
    let k = qs.partition_point(|q| q.start < t);
    qs.get(k)
        .is_some_and(|q| q.start == t && !matches!(q.kind, QuantityKind::Date | QuantityKind::Time))
}

/// The date or clock-time quantity ending at token `t`, if any: its start.
pub(super) fn date_ending_at(qs: &[RawQuantity], t: usize) -> Option<usize> {
    let k = qs.partition_point(|q| q.end < t);
    qs.get(k)
        .filter(|q| q.end == t && matches!(q.kind, QuantityKind::Date | QuantityKind::Time))
        .map(|q| q.start)
}

impl Source {
    /// The source of a verb or participle of saying at `i..e` (`said`, `saying`): it covers
    /// from the start of what is said after the verb ([`content_start`]) to the end of
    /// that clause in the sentence ending at `se`, less `skip_from..` that start (its own
    /// phrase and verb).
    pub(super) fn of_saying(
        ctx: &Context<'_>,
        qs: &[RawQuantity],
        (i, e): (usize, usize),
        se: usize,
        attribution: Attribution,
        skip_from: usize,
    ) -> Source {
        let after = content_start(ctx, qs, ctx.lower(i), e);
        Source {
            attribution,
            from: after,
            to: content_end(ctx, after, se),
            skip: (skip_from, after),
            that: opens_with_that(ctx, after),
            sentence: ctx.sentence_of[i],
        }
    }
}
