//! The time of a claim: the date of the counted event or the date at which the figure holds, from
//! the claim's own clause or a fronted time adverbial. A date opening a window (`since 1980`, `From
//! 2011, ...`) gives the window up to the article date; a date after `from` that follows the figure
//! (`down 11.1 percent from a year earlier`) is the date of the earlier value, not of the figure.

mod after_event;
mod age;
mod ahead;
mod aside;
mod bare_fronted;
mod compared;
mod currently;
mod described;
mod document;
mod first_months;
mod following;
mod held;
mod host_chain;
mod lists;
mod named;
mod own_window;
mod part_year;
mod perfect_window;
mod period_clause;
mod record_window;
mod relative;
mod resumed;
mod season;
mod sides;
mod since_conjunct;
mod since_then;
mod teaser;
mod window;

use super::{cues, nearest};
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};
use crate::words;
use after_event::in_after_event_phrase;
use age::{across_quote, across_relative, age_ahead, age_now, life_time_age, punct_between};
pub(super) use age::{speaker_number, speaker_time};
use ahead::{ahead_or_offset, past_window_ahead};
use aside::in_dashed_aside;
use bare_fronted::{bare_fronted, opener_at};
use currently::currently;
use described::in_describing_phrase;
use document::{document_date, published_date};
use following::following_year;
use held::{cause_clause, paren_after, said_then_holds};
use host_chain::{earlier_value, host_chain};
use lists::{
    bound_at, gap_word, in_parenthesis, label, nesting_preposition, not_participle, opens_event,
    own_period, participle_adverb, period_word, possessive_pronoun, ranked_kind, running_rank,
    since_superlative, subordinator,
};
use named::event_name;
use own_window::own_window;
use perfect_window::perfect_window;
use period_clause::period_clause;
use record_window::record_window;
use relative::in_other_relative;
use resumed::resumed_predicate;
use sides::{contrast, possessed};
use since_conjunct::since_of_later_conjunct;
use window::{
    between, decade, first_year, month_of_year, open_window, relative_period, to_window, year_to,
};

/// The time of quantity `qi`: a date in its own clause (the date of its saying, inside
/// `saying`, only when there is no other); else a date opening the sentence in a
/// fronted clause (`In 2015, ...`, `Last year, ...`); for an age, else the nearest date of the
/// sentence (`died on Sunday, aged 3 days`). Two dates joined by `and`/`to` (`between 2012 and
/// 2015`, `for 2014 and 2015`) are one window; a date after `since` or `from` alone is a window
/// up to the article date, and is no time for an ordinal (`the first time since 1968`).
pub(super) fn time(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    first: usize,
    saying: (usize, usize),
) -> Option<TimeValue> {
    let q = &qs[qi];
    // (`over the past 40 years` on `40 years`: see `time/own_window.rs`)
    if let Some(t) = own_window(ctx, qs, qi) {
        return Some(t);
    }
    // (`over the next five years`, `within two months of the ruling`: see `time/ahead.rs`)
    if ahead_or_offset(ctx, clause, q) {
        return None;
    }
    // (`has been in detention for 100 days`: see `time/perfect_window.rs`)
    if let Some(t) = perfect_window(ctx, clause, qs, qi) {
        return Some(t);
    }
    let stated = stated_time(ctx, clause, qs, qi, times, first, saying)
        .map(|t| part_year::part_year(ctx, clause, qs, qi, &t).unwrap_or(t));
    // (`in the first 11 months` as `2016-01/2016-11`: see `time/first_months.rs`)
    if let Some(t) = first_months::first_months(ctx, clause, qs, qi, first, stated.as_ref()) {
        return Some(t);
    }
    // (`the highest level in four years`: see `time/record_window.rs`)
    if let Some(t) = record_window(ctx, clause, qs, qi, stated.as_ref()) {
        return Some(t);
    }
    // (`(04.08.2015) Over ...`, `five games this season`, `Since then, ...`: `time/since_then.rs`)
    let Some(t) = stated else {
        return since_then::unstated(ctx, clause, qs, qi);
    };
    // (`from 586 in 2014 to 489 the following year`: see `time/following.rs`)
    let t = following_year(ctx, q, &t).unwrap_or(t);
    (!age_now(ctx, q, &t) && !age_ahead(ctx, q, &t) && !past_window_ahead(ctx, q, &t)).then_some(t)
}

/// [`time`] before the age check: the date the text states for quantity `qi`.
fn stated_time(
    ctx: &Context<'_>,
    clause: &[u32],
    qs: &[RawQuantity],
    qi: usize,
    times: &[Option<TimeValue>],
    first: usize,
    saying: (usize, usize),
) -> Option<TimeValue> {
    let q = &qs[qi];
    // `30 deaths per 100,000 in 2015`: the base of a rate is a unit of the rate, no figure at a date
    if ctx.lower(q.start.wrapping_sub(1)) == "per" {
        return None;
    }
    // `from first-tier to third-tier cities`, `the universal second-child policy`, `first-degree
    // murder`, `a 2-1 first-leg loss`: an ordinal glued by a hyphen to a noun ranks a kind (see
    // [`ranked_kind`]), no dated event
    if q.kind == QuantityKind::Ordinal && ranked_kind(ctx, q.end) {
        return None;
    }
    // `Two days before Wednesday's election`, `one day after it had announced ...`, `four
    // hours later`: a duration right before `before`/`after`/`later`/`earlier` is the gap
    // between two events, not a figure at a date (the date there is the other event's)
    // (not the length of an activity, `on the grounds for 16 minutes before he was caught`,
    // `delayed by six months after calls`, nor a stretch inside a date, `In one week earlier
    // this month`)
    if q.kind == QuantityKind::Duration
        && gap_word(ctx.lower(q.end))
        && !matches!(ctx.lower(q.start.wrapping_sub(1)), "for" | "by")
        && !matches!(ctx.lower(q.end + 1), "this" | "that" | "last" | "next")
    {
        return None;
    }
    let c = clause[q.start];
    let s = ctx.sentence_of[q.start];
    let is_date = |j: usize| times[j].is_some() && matches!(qs[j].kind, QuantityKind::Date);
    // a window of two dates of the same granularity: `between 2012 and 2015`
    let joined = |a: usize, b: usize| {
        let (x, y) = (&qs[a], &qs[b]);
        let g = |k: usize| times[k].as_ref().map(|u| u.granularity);
        y.start == x.end + 1
            && matches!(ctx.lower(x.end), "and" | "to" | "through")
            && is_date(a)
            && is_date(b)
            && g(a) == g(b)
    };
    let paired = |j: usize| j + 1 < qs.len() && joined(j, j + 1) || j > 0 && joined(j - 1, j);
    // `since 1980`; `From 2011, ...` opening the sentence (a `from` elsewhere is an origin:
    // `filings from 1995`); `since the dam's completion in 1968` (a `since` a few words before
    // the date in its clause, with no number between) opens a window too: `120 attacks since
    // the war began in 2011` are counted from 2011 up to the article date, not in 2011
    let opener = |j: usize| {
        let d = qs[j].start;
        let w = ctx.lower(d.wrapping_sub(1));
        // (`declined 17 percent from 2014 to 2015`: a window the scan read whole is the
        // figure's own stretch, not an earlier value's date nor a window up to today)
        let range = times[j].as_ref().is_some_and(|t| t.iso.contains('/'));
        if paired(j) || w == "from" && range {
            return None;
        }
        if w == "since" || w == "from" && d == first + 1 {
            return Some(w);
        }
        // `up 10 percent from last year`: the earlier value's date (also before a noun it
        // modifies, after a change: `up 0.3 of a percentage point from its October forecast`)
        if w == "from" && q.kind == QuantityKind::Percent && d > q.end && d <= q.end + 4 {
            return Some("prior");
        }
        // (`up 20% on 2015`, `down 3 percent on January`: the year or month a change is
        // measured against; not a day, `fell 5 percent on Monday`)
        let coarse = times[j]
            .as_ref()
            .is_some_and(|t| matches!(t.granularity, Granularity::Year | Granularity::Month));
        if w == "on" && q.kind == QuantityKind::Percent && d == q.end + 1 && coarse {
            return Some("prior");
        }
        let change = q.start > 0 && matches!(ctx.lower(q.start - 1), "up" | "down");
        if words::definite_determiner(w)
            && ctx.lower(d.wrapping_sub(2)) == "from"
            && (change || q.kind == QuantityKind::Percent)
            && d > q.end
            && d <= q.end + 7
        {
            return Some("prior");
        }
        // (`up 30 percent from the same period last year`, `from the same month a year
        // earlier`: the words of a period between `from` and the date)
        let period_words = (d.saturating_sub(6)..d)
            .rev()
            .take_while(|&k| period_word(ctx.lower(k)))
            .last();
        if let Some(k) = period_words.filter(|&k| k > q.end) {
            if ctx.lower(k - 1) == "from" && (change || q.kind == QuantityKind::Percent) {
                return Some("prior");
            }
        }
        // (up to 14 words back: `the first U.S. military action since the deadly U.S. raid in
        // late-January`, `the first such confrontation since the Turkey-backed offensive began
        // in northern Syria last August`; not a figure inside the `since` phrase, whose date it
        // is: `since North Korea's first nuclear test in 2006`)
        (d.saturating_sub(14)..d)
            .rev()
            .take_while(|&k| clause[k] == clause[d] && !ctx.is_num(k))
            .any(|k| ctx.lower(k) == "since" && !(k < q.start && q.end <= d))
            .then_some("since ...")
    };
    // `an extension of six months was offered until December 31, 2016`: the end of a stretch
    // is not when the figure holds (unless negated: `The first reaction did not come until
    // February 28` came then)
    let until = |j: usize| {
        let u = qs[j].start.wrapping_sub(1);
        matches!(ctx.lower(u), "until" | "till")
            && !(u.saturating_sub(6)..u).any(|k| matches!(ctx.lower(k), "not" | "t" | "never"))
    };
    // (a date on the other side of a comparison: see `time/compared.rs`)
    let baseline = |j: usize| compared::baseline(ctx, qs, qi, j);
    let than = |j: usize| compared::than(ctx, qs, qi, j);
    // (`it sometimes reaches 7,000 ppm - and in 2015 it reached 20,000 ppm`, `covered 25
    // percent ... and, by 2020, it aims to ...`: a date that opens a later conjunct after `and`
    // or `but` and a preposition is that conjunct's)
    let conjunct = |j: usize| {
        let d = qs[j].start;
        let p = d.wrapping_sub(1);
        let c = (q.end..p)
            .rev()
            .take(2)
            .find(|&k| !ctx.is_punct(k, ","))
            .unwrap_or(p);
        j > qi
            && matches!(ctx.lower(p), "in" | "on" | "by" | "at" | "during")
            && c + 1 < d
            && matches!(ctx.lower(c), "and" | "but")
    };
    let compared = |j: usize| compared::compared(ctx, qs, qi, j);
    // (a superlative's `since`, a stretch's `before`/`after`: [`since_superlative`], [`bound_at`])
    let superlative = |j: usize| since_superlative(ctx, qs[j].start);
    let bound = |j: usize| bound_at(ctx, &qs[j]);
    let dated = |j: usize| {
        is_date(j)
            // (`the four 9/11 pilots`: see `time/named.rs`)
            && !event_name(ctx, &qs[j])
            && !until(j)
            && !bound(j)
            && !baseline(j)
            && !than(j)
            && !conjunct(j)
            && !compared(j)
            && !superlative(j)
            && !since_of_later_conjunct(ctx, clause, q, qs[j].start)
            && !times[j]
                .as_ref()
                .is_some_and(|t| in_after_event_phrase(ctx, clause, q, &qs[j], t))
            && !(j > qi && in_other_relative(ctx, clause, q, qs[j].start))
            // (`The new coin - which comes into circulation on Tuesday - has`: `time/aside.rs`)
            && !(j > qi && in_dashed_aside(ctx, q, &qs[j]))
            && match opener(j) {
                Some("prior") => false,
                // `for the first time since 1968`: the first time is not in 1968
                Some(_) => q.kind != QuantityKind::Ordinal,
                None => true,
            }
    };
    // `4.65 trillion yuan ($674 billion) in the second quarter of 2016`: a parenthesis after
    // the figure does not end its clause
    let (p0, p1) = paren_after(ctx, clause, q.end);
    let own_clause = |t: usize| clause[t] == c || (p0..p1).contains(&t);
    let other_figure = |j: usize| compared::other_figure(ctx, qs, qi, times, j);
    // `The airline said on Monday it carried 5 million passengers in February`: the date of
    // the saying (tokens `saying.0..saying.1`, the source's phrase and verb) is the figure's
    // only when the clause has no other (the toll as of the day it was given)
    let said_then = |j: usize| (saying.0..saying.1).contains(&qs[j].start);
    // `block two ministers from rallies ahead of an April referendum`: a month modifying a noun
    // after the figure, past another preposition, dates that nested noun, not the figure (`Five
    // suspects were detained in the January raids` is the figure's)
    // (so does a year modifying a noun after a possessive: `received the two pages of
    // Trump's 2005 returns in the mail`, `announced 200 billion dollars of investments as part
    // of its 2023 goals`)
    let nested = |j: usize| {
        let d = &qs[j];
        let month = words::month(ctx.lower(d.start)).is_some()
            && words::determiner(ctx.lower(d.start.wrapping_sub(1)));
        let year = times[j]
            .as_ref()
            .is_some_and(|t| t.granularity == Granularity::Year)
            && d.start >= 3
            && (ctx.possessive_after(d.start - 2) || possessive_pronoun(ctx.lower(d.start - 1)))
            && ctx.is_word(d.end)
            && !ctx.capitalized(d.end)
            // (not the figure's own period: `posted revenue of 1.6 billion euros in its 2016
            // fiscal year`)
            && !own_period(ctx.lower(d.end));
        // (a year on the noun a `to` or `with` leads to: `adding 211,000 vehicles to a 2015
        // recall`, `a 10-minute sequel to the 2003 film`, `arrested six officers in connection
        // with a 2008 attack`; not `of`: `the first four games of the 2016 season`)
        let led_to = times[j]
            .as_ref()
            .is_some_and(|t| t.granularity == Granularity::Year)
            && d.start >= 2
            && matches!(ctx.lower(d.start - 1), "a" | "an" | "the")
            && matches!(ctx.lower(d.start - 2), "to" | "with")
            && ctx.is_word(d.end)
            && ctx.sentence_of.get(d.end) == Some(&s);
        j > qi
            && d.end == d.start + 1
            && d.start >= 2
            && (led_to
                || (month || year)
                    && (q.end..d.start - 2).any(|k| nesting_preposition(ctx.lower(k))))
    };
    // `a decade-long siege imposed ... following the takeover of the enclave in 2007`, `took
    // power in 2006 after the death of the country's first president`, `a first draft of what
    // the administration will send ... next month`: a word that opens another event between
    // the figure and the date makes the date that event's (see [`opens_event`])
    // (a duration after `after` or `following` runs up to the date before it and is not dated
    // by it: `Cook, who resigned last week after more than four years in charge`, `resigned on
    // Thursday following five days of protests`; session 26, on the real corpus 17 right, 3
    // wrong: hours of that same day, `the hearing ended yesterday evening after a marathon
    // eight hours`)
    let subordinate = |j: usize| {
        let d = &qs[j];
        let (a, b) = if j > qi {
            (q.end, d.start)
        } else {
            (d.end, q.start)
        };
        let ends = j < qi && q.kind == QuantityKind::Duration;
        // (`Mr Kim died last week after two women accosted him`, `landed safely on Friday after
        // one of its two propellers fell off`: a day or a week before `after` holds the cause
        // too, which came hours or days before; a year or a month is too coarse for it to:
        // `took power in 2006 after the death of the country's first president`)
        let day = times[j]
            .as_ref()
            .is_some_and(|t| matches!(t.granularity, Granularity::Day | Granularity::Week));
        let cause = |k: usize| {
            j < qi
                && day
                && !ends
                && q.kind != QuantityKind::Ordinal
                && ctx.lower(k) == "after"
                && cause_clause(ctx, clause, qs, qi, k)
        };
        (a..b)
            .take(40)
            .any(|k| opens_event(ctx, qs, k, j > qi) && !cause(k))
    };
    let own = nearest(
        qs,
        qi,
        |j| own_clause(qs[j].start),
        |j| dated(j) && !other_figure(j) && !said_then(j) && !nested(j) && !subordinate(j),
    )
    .or_else(|| {
        nearest(
            qs,
            qi,
            |j| own_clause(qs[j].start),
            |j| dated(j) && !other_figure(j) && !nested(j) && !subordinate(j),
        )
    });
    // `fell by 40% in 2015 and by 18% more last year`: a date before a coordinated conjunct
    // is the other conjunct's when the figure's own conjunct has one after it
    // (so is a date right after another figure before this one: `from six births per woman in
    // 1960 to 1.5 in 2014`, the 1960 is the six's)
    let others = |j: usize| {
        // (the window's first date: `almost six births per female between 1960 and 1965`)
        let j = if j > 0 && joined(j - 1, j) { j - 1 } else { j };
        // (a figure, not an ordinal: `the first half of 2016`; joined by a few words, no
        // conjunction: not `more than 1,000 and in 2016 there was ...`)
        let x = (0..j).rev().find(|&k| {
            !matches!(
                qs[k].kind,
                QuantityKind::Date | QuantityKind::Time | QuantityKind::Ordinal
            )
        });
        x.is_some_and(|x| {
            own_clause(qs[x].start)
                && qs[j].start.saturating_sub(qs[x].end) <= 4
                && (qs[x].end..qs[j].start)
                    .all(|k| ctx.is_word(k) && !cues::conjunct_word(ctx.lower(k)))
        })
    };
    // `told leaders in a meeting last month that 3 to 5 million ballots were cast during the
    // 2016 race`: a date before a complement clause's `that` is the telling's; a date of the
    // complement after the figure is the figure's
    // (the `that` right after the date, a subject after it: not a relative clause, `a deal
    // reached last year that saw hundreds of fighters leave`)
    let complement = |j: usize| {
        let k = qs[j].end;
        let w = ctx.lower(k + 1);
        k < q.start
            && ctx.lower(k) == "that"
            && (ctx.capitalized(k + 1)
                || ctx.is_num(k + 1)
                || words::determiner(w)
                || cues::subject_pronoun(w))
    };
    // (a possessive date before the figure, see [`possessed`])
    let later = |k: usize| {
        k > qi
            && dated(k)
            && !other_figure(k)
            && !subordinate(k)
            && qs[qi + 1..k]
                .iter()
                .all(|x| matches!(x.kind, QuantityKind::Date | QuantityKind::Time))
    };
    let own = match own {
        Some(j)
            if j < qi
                && ((qs[j].end..q.start).any(|k| cues::conjunct_word(ctx.lower(k)))
                    || others(j)
                    || complement(j)) =>
        {
            // (a contrast of a new subject between, see [`contrast`])
            let contrast = contrast(ctx, qs[j].end, q.start);
            nearest(
                qs,
                qi,
                |k| own_clause(qs[k].start),
                |k| k > qi && dated(k) && !other_figure(k) && !subordinate(k),
            )
            .or(if contrast { None } else { own })
        }
        Some(j) if j < qi && possessed(ctx, &qs[j], q) => {
            nearest(qs, qi, |k| own_clause(qs[k].start), later).or(own)
        }
        own => own,
    };
    // (past an opening source: `According to the museum's authorities, in 2016, about 18,000
    // people attended`)
    let first = if ctx.lower(first) == "according" && ctx.lower(first + 1) == "to" {
        (first..(first + 16).min(clause.len()))
            .find(|&k| clause[k] != clause[first])
            .filter(|&k| ctx.is_punct(k, ",") && ctx.sentence_of.get(k + 1) == Some(&s))
            .map_or(first, |k| k + 1)
    } else {
        first
    };
    // the word that opens a fronted clause starting at `first`
    let fronted_comma = |first: usize| {
        // the first date of a short opening clause that a date, a preposition or conjunction
        // or a time adverb opens and a comma closes: `In 2015, ...`, `Since taking office on
        // January 20, ...`, `When X was hacked in 2015, ...`, `Late last month, ...`
        let f = opener_at(ctx, first, s)?;
        // (the colon of a clock or the comma of a date does not close it: `By 10:00 GMT on
        // Monday, ...`, `on the days around January 24, 2017, ...`)
        let in_clock = |k: usize| {
            let i = qs.partition_point(|x| x.start < k);
            i > 0
                && matches!(qs[i - 1].kind, QuantityKind::Time | QuantityKind::Date)
                && qs[i - 1].end > k
        };
        let mut cur = clause[f];
        let end = (f..(f + 16).min(clause.len())).find(|&k| {
            let closes = clause[k] != cur && !in_clock(k);
            cur = clause[k];
            closes
        })?;
        let j0 = qs[..qi].partition_point(|x| x.start < f);
        let within = (j0..qi).take_while(|&k| qs[k].end <= end);
        // (`As of December 2016, the organization has produced 265,000 bottles`)
        let as_of = ctx.lower(f) == "as" && ctx.lower(f + 1) == "of";
        // (`As of 2:30 p.m. local time, the fire was 20 percent contained`: a clock the state
        // holds at, with no date, is of the article's day, which the scan gave it)
        let clock = |k: usize| {
            (as_of || ctx.lower(f) == "by")
                && qs[k].kind == QuantityKind::Time
                && times[k].as_ref().is_some_and(|t| t.iso.len() >= 10)
        };
        let j = within
            .clone()
            .find(|&k| dated(k))
            .or_else(|| within.clone().find(|&k| clock(k)))?;
        // (not a date that is the subject of the opening clause: `Sunday was the 24th
        // anniversary of the act, which provides 12 weeks of leave`)
        let subject = matches!(
            ctx.lower(qs[j].end),
            "is" | "was" | "are" | "were" | "has" | "had" | "will" | "marks" | "marked"
        );
        let opens = qs[j].start == f && !subject
            || cues::fronted_opener(ctx.lower(f))
            || as_of
            || cues::fronted_time_adverb(ctx.lower(f)) && qs[j].start == f + 1
            // (`Last June, ...`, `This March, ...`: a month or weekday the scan dated alone)
            || matches!(ctx.lower(f), "last" | "this" | "next") && qs[j].start == f + 1;
        (opens && ctx.is_punct(end, ",") && q.start > end && ctx.sentence_of[q.start] == s)
            .then_some(j)
    };
    let fronted_at = |first: usize| {
        fronted_comma(first).or_else(|| {
            opener_at(ctx, first, s)
                .and_then(|f| bare_fronted(ctx, qs, qi, f, &is_date))
                .filter(|&j| dated(j))
        })
    };
    // (also one opening a complement clause: `The data shows that between April 2015 and March
    // 2016, 437 people drowned`, `show that last year, special funding was 4.63 yuan`; it wins
    // over one opening the sentence, the telling's)
    let fronted = || {
        (q.start.saturating_sub(24)..q.start)
            .rev()
            .take_while(|&k| ctx.sentence_of[k] == s)
            .find(|&k| ctx.lower(k) == "that" && k > first)
            // (not `that at least 1,000 officers returned on Sunday, while ...`, nor a date
            // modifying the subject: `said that Sunday's launch was a test, ...`)
            .filter(|&k| !matches!(ctx.lower(k + 2), "least" | "most"))
            .and_then(|k| fronted_at(k + 1))
            .filter(|&j| !ctx.possessive_after(qs[j].end))
            .or_else(|| fronted_at(first))
    };
    // a timeline's entry, the date alone before a colon that opens the sentence: `22 November
    // 2016: Leicester secure top spot with one game to spare` (the colon made `first` the
    // word after it)
    let entry = || {
        let colon = first.checked_sub(1).filter(|&k| ctx.is_punct(k, ":"))?;
        let j = qs[..qi].partition_point(|x| x.end < colon);
        let d = qs.get(j).filter(|d| d.end == colon && j < qi)?;
        let opens = d.start == 0 || ctx.sentence_of[d.start - 1] != s;
        (opens && dated(j)).then_some(j)
    };
    // (not a date in a parenthesis: a byline's or a reference's, `says Cao Binjie, 27, ...
    // (China Daily European Weekly 12/09/2016 page27)`)
    // (an age that is the time of a `when` clause: only a date of its own stretch, see
    // [`life_time_age`])
    let life_time = life_time_age(ctx, q);
    let age = || {
        (q.kind == QuantityKind::Age)
            .then(|| {
                nearest(
                    qs,
                    qi,
                    |j| ctx.sentence_of[qs[j].start] == s,
                    |j| {
                        let (a, b) = (q.end.min(qs[j].end), q.start.max(qs[j].start));
                        let apart =
                            across_quote(ctx, a, b) || life_time && punct_between(ctx, a, b);
                        dated(j)
                            && !in_parenthesis(ctx, qs[j].start)
                            && !apart
                            && !across_relative(ctx, q, &qs[j])
                    },
                )
            })
            .flatten()
    };
    // a relative period of the own clause, else of a fronted clause (`over the last three
    // decades`, `In the last two weeks alone, ...`)
    let period = |(a, b): (usize, usize)| {
        ctx.date
            .and_then(|today| relative_period(ctx, qs, (a, b), q.start, today))
    };
    let own_range = || {
        let a = (q.start.saturating_sub(30)..q.start)
            .rev()
            .take_while(|&t| own_clause(t))
            .last()
            .unwrap_or(q.start);
        let b = (q.start..(q.start + 30).min(clause.len()))
            .take_while(|&t| own_clause(t))
            .last()
            .map_or(q.end, |t| t + 1);
        // (not past a word that opens another event: `One advocate told X that he feared
        // Congress would cut it in the coming year`)
        let a = (a..q.start)
            .rev()
            .find(|&k| opens_event(ctx, qs, k, false))
            .map_or(a, |k| k + 1);
        let b = (q.end..b)
            .find(|&k| opens_event(ctx, qs, k, true))
            .unwrap_or(b);
        (a, b)
    };
    // (a fronted clause that the period opens: `In the last two weeks alone, ...`, not `While
    // the renminbi has gained ground over the past decade, ...`)
    let fronted_range = || {
        let end = (first..(first + 16).min(clause.len())).find(|&k| clause[k] != clause[first])?;
        (ctx.is_punct(end, ",") && q.start > end && ctx.sentence_of.get(first) == Some(&s))
            .then_some((first + 2, first + 3))
    };
    // `On December 23, the federation suspended six skiers over violations at the 2014 Winter
    // Olympic Games`: a year modifying a noun after the figure dates that noun; a fronted date
    // is the figure's
    let premodifier = |j: usize| {
        let d = &qs[j];
        j > qi
            && d.end == d.start + 1
            && times[j]
                .as_ref()
                .is_some_and(|t| t.granularity == Granularity::Year)
            && d.start > 0
            && matches!(
                ctx.lower(d.start - 1),
                "the" | "its" | "their" | "his" | "her"
            )
            && ctx.is_word(d.end)
            && ctx.sentence_of.get(d.end) == Some(&s)
    };
    // (a bound in the own clause, or opening the sentence, is the figure's stated time: no other
    // date of the sentence is: `adding that 90 percent of the total arrived after 1970`)
    let bounded = || {
        nearest(
            qs,
            qi,
            |j| own_clause(qs[j].start),
            |j| is_date(j) && bound(j),
        )
        .is_some()
            || qs[..qi]
                .iter()
                .enumerate()
                .any(|(j, d)| d.start == first + 1 && is_date(j) && bound(j))
    };
    // (a figure describing a noun: no fronted or host date, see [`in_describing_phrase`])
    if own.is_none() && (bounded() || in_describing_phrase(ctx, q)) {
        return None;
    }
    let (own, front) = match own {
        Some(j) if premodifier(j) => match fronted() {
            Some(f) => (None, Some(f)),
            None => (own, None),
        },
        Some(_) => (own, None),
        None => (None, fronted().or_else(entry)),
    };
    // (not for a duration or an age: `worked for five years`, `by the age of 25`)
    let timeless = matches!(q.kind, QuantityKind::Duration | QuantityKind::Age);
    // (a date of the clause or a fronted date wins: `At a donor conference last week, X said 14
    // countries had pledged $672 million over the next three years`)
    if own.is_none() && front.is_none() && !timeless {
        if let Some(t) = period(own_range()).or_else(|| fronted_range().and_then(period)) {
            return Some(t);
        }
    }
    // the clause of quantity `j`
    let of = |j: usize| clause[qs[j].start];
    // the date of host clause `hc` for [`host`] (`participle`: the adjunct is a participle's)
    let host_at = |hc: u32, participle: bool| {
        // (a date inside the subject, the main verb right after it: `The network proposed by
        // the government in 2013 envisions a Silk Road ..., covering 60 countries`)
        let in_subject = |j: usize| {
            let w = ctx.lower(qs[j].end);
            clause.get(qs[j].end) == Some(&hc)
                && !ctx.capitalized(qs[j].end)
                && (matches!(w, "is" | "was" | "are" | "were" | "has" | "had" | "have")
                    || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        };
        nearest(
            qs,
            qi,
            |j| j < qi,
            // (not an earlier value's date: `a twelve-fold increase from 2012`)
            |j| {
                j < qi
                    && of(j) == hc
                    && dated(j)
                    && !earlier_value(ctx, qs[j].start)
                    && !(participle && in_subject(j))
            },
        )
    };
    // `civilian casualties reached a record high in 2016, with 11,500 civilians killed or
    // wounded`: a `with` clause after a comma adds to the clause before it, at its date
    let host = || {
        let cs = (q.start.saturating_sub(16)..q.start)
            .rev()
            .take_while(|&k| clause[k] == c)
            .last()?;
        // (also a change against it: `a record harvest of 119.1 mln tonnes in 2016, up 14%
        // year-on-year`, `$40,742 in 2015, compared with $51,212 for men`)
        // (not an earlier value, `, down from 24 in the previous election`, nor a duration or
        // an ordinal: `over the past six years`)
        let figure = !matches!(
            q.kind,
            QuantityKind::Duration | QuantityKind::Age | QuantityKind::Ordinal
        );
        let opens = match ctx.lower(cs) {
            "with" => true,
            // (`in 2016, for the third year in a row`: see [`running_rank`])
            "for" => running_rank(ctx, q, cs),
            "compared" => figure,
            "up" | "down" => figure && ctx.lower(cs + 1) != "from",
            // `a gunman shot two men at a bar last month, killing one`: a participle's clause
            // is the event before it going on
            // (the figure in the participle's own stretch, not in a clause it subordinates:
            // `..., forcing thousands from their homes as the death toll passed 60`)
            // (also after an adverb: `, almost hitting the $3 trillion line`)
            w => {
                let p = if participle_adverb(w) { cs + 1 } else { cs };
                let w = ctx.lower(p);
                q.kind != QuantityKind::Duration
                    && w.len() > 5
                    && w.ends_with("ing")
                    && !ctx.capitalized(p)
                    && !not_participle(w)
                    && !(cs..q.start).any(|k| subordinator(ctx.lower(k)))
            }
        };
        if cs < 2 || !opens || !ctx.is_punct(cs - 1, ",") {
            return None;
        }
        let participle = ctx.lower(cs).ends_with("ing") || participle_adverb(ctx.lower(cs));
        // (past adjunct chunks between: `in 2015 reached 243.7 billion yuan, up over 8
        // percent year-on-year, earning a profit of 16.3 billion yuan`, see `time/host_chain.rs`)
        host_chain(ctx, clause, cs)
            .into_iter()
            .find_map(|hc| host_at(hc, participle))
    };
    // `Imports from Iran in 2016 were food products (77%), chemicals (more than 16%), ...`: a
    // figure alone in a parenthesis holds at the date of the clause around it
    let enclosed = || {
        if q.start < 2 || !ctx.is_punct(q.start - 1, "(") || !ctx.is_punct(q.end, ")") {
            return None;
        }
        let hc = clause[q.start - 2];
        nearest(
            qs,
            qi,
            |j| of(j) == hc || of(j) == c || ctx.is_punct(qs[j].start.wrapping_sub(1), "("),
            |j| j < qi && of(j) == hc && dated(j),
        )
        // (or the date that resumes the clause right after the parenthesis: `who filed 96,116
        // requests (13.3 percent) last year`)
        .or_else(|| {
            let j = qi + 1;
            let d = qs.get(j)?;
            let gap = (q.end + 1..d.start).all(|k| ctx.is_word(k) && !ctx.capitalized(k));
            (d.start <= q.end + 3 && of(j) == clause.get(q.end + 1).copied()? && gap && dated(j))
                .then_some(j)
        })
    };
    // `China will host the ninth summit ..., in Xiamen, a coastal city in Fujian province, in
    // September, Xi said`: a clause of the sentence that is only a date after a preposition
    // dates the figures around it when their own clauses have none (no other figure between)
    // the figure's clause is a relative clause after a comma (`, who resigned at 24 percent,`)
    let relative_clause = || {
        let cs = (q.start.saturating_sub(16)..q.start)
            .rev()
            .take_while(|&k| clause[k] == c)
            .last()
            .unwrap_or(q.start);
        let w = ctx.lower(cs);
        cs > 0 && ctx.is_punct(cs - 1, ",") && (cues::relative_opener(w) || w == "where")
    };
    // (a date clause after it does not reach a figure of a relative clause between commas, its
    // own clause: `Nixon, who resigned at 24 percent, first sunk below 37 percent ..., in August
    // 1973,`; one before it does, as a fronted date: `Then, in March 2016, Lord Dubs ... tabled
    // an amendment ..., which would require the UK to take in 3,000 children`)
    // (but it does past only a place's name in apposition: `, who revealed that he killed nine
    // churchgoers in Charleston, South Carolina, in June 2015 partly because ...`)
    let apposed = |j: usize| {
        let d = qs[j].start - 1;
        let Some(e) = (q.end..d.min(q.end + 24)).find(|&k| clause[k] != c) else {
            return false;
        };
        d - e <= 8
            && (e..d).all(|k| ctx.is_punct(k, ",") || ctx.capitalized(k))
            && (e..d).any(|k| ctx.is_word(k))
    };
    let date_clause = || {
        if matches!(q.kind, QuantityKind::Duration | QuantityKind::Age) {
            return None;
        }
        let bare = |j: usize| {
            let d = &qs[j];
            let cd = clause[d.start];
            d.start >= 1
                && matches!(ctx.lower(d.start - 1), "in" | "on" | "at" | "during" | "by")
                && clause.get(d.start - 1) == Some(&cd)
                && d.start >= 2
                && clause[d.start - 2] != cd
                // (or ends the sentence: `..., in Jinjiang, Fujian province, on Jan 18.`)
                && (clause.get(d.end) != Some(&cd)
                    || ctx.is_punct(d.end, ".!?") && ctx.sentence_of.get(d.end + 1) != Some(&s)
                    // (or a conjunction goes on with the reason or the circumstance: `killed
                    // nine in Charleston, South Carolina, in June 2015 partly because ...`)
                    || subordinator(ctx.lower(d.end))
                    || ctx.lower(d.end).ends_with("ly") && subordinator(ctx.lower(d.end + 1)))
        };
        nearest(
            qs,
            qi,
            |j| ctx.sentence_of[qs[j].start] == s,
            |j| {
                matches!(qs[j].kind, QuantityKind::Date | QuantityKind::Time) || dated(j) && bare(j)
            },
        )
        .filter(|&j| dated(j) && bare(j) && !(j > qi && relative_clause() && !apposed(j)))
    };
    // `in the 2012 vote, when it claimed 41`, `since Monday, when 13 people were killed`: a
    // clause that `, when` opens right after a date (or the noun it modifies) holds at that date
    let when_clause = || {
        if q.kind == QuantityKind::Duration {
            return None;
        }
        let cs = (q.start.saturating_sub(16)..q.start)
            .rev()
            .take_while(|&k| clause[k] == c)
            .last()?;
        // (also `, in which` and `, during which`: `a terror attack in December 2016, in which
        // a truck was used to kill 12 people`)
        let which = matches!(ctx.lower(cs), "in" | "during") && ctx.lower(cs + 1) == "which";
        if cs < 2 || !(ctx.lower(cs) == "when" || which) || !ctx.is_punct(cs - 1, ",") {
            return None;
        }
        // (the date may modify the noun before the comma: `in the 2012 vote, when`)
        let j = qs[..qi].partition_point(|x| x.end + 3 < cs);
        let ends = |j: usize| (qs[j].end..cs - 1).all(|k| ctx.is_word(k) && !ctx.capitalized(k));
        (j < qi && qs[j].end < cs && ends(j) && dated(j)).then_some(j)
    };
    // a fielded timeline entry run into one sentence, `PARIS, FRANCE January, 2015 TARGET: One
    // officer and four hostages killed ...`: a date right before an upper-case label and its
    // colon dates the field after it, up to the next label (`ATTACKER: ... 91 stories` is not)
    let label_date = || {
        let k = (q.start.saturating_sub(30)..q.start)
            .rev()
            .take_while(|&k| ctx.sentence_of[k] == s)
            .find(|&k| ctx.is_punct(k, ":") && k >= 2 && label(ctx, k - 1))?;
        let j = qs[..qi].partition_point(|x| x.end < k - 1);
        (j < qi && qs[j].end == k - 1 && dated(j)).then_some(j)
    };
    let labelled = || label_date().map(|j| (j, month_of_year(ctx, qs[j].start, times[j].as_ref())));
    // `Several dozen terrorists, including 19 field commanders, were killed in an airstrike on
    // February 28`: a subject, or a parenthesis after it, holds at the date of the predicate it
    // resumes
    // (not a rank, a duration or an age: `Trump's first national security adviser, Michael
    // Flynn, was forced to resign on February 13`)
    let resumed = || {
        if matches!(
            q.kind,
            QuantityKind::Ordinal | QuantityKind::Duration | QuantityKind::Age
        ) {
            return None;
        }
        let p = resumed_predicate(ctx, clause, q, first)?;
        nearest(
            qs,
            qi,
            |j| ctx.sentence_of[qs[j].start] == s,
            |j| {
                j > qi
                    && clause[qs[j].start] == p
                    && dated(j)
                    && !other_figure(j)
                    && !nested(j)
                    && !subordinate(j)
            },
        )
    };
    // `bought a 182,200 two-bedroom house in Havant, Hampshire, last year`, `the first meeting
    // with the new U.S. President, Donald Trump, on February 15`: a name set off by commas right
    // after the figure's clause (one to five capitalised words, not in capitals) ends no clause;
    // a date right after its closing comma (a preposition between at most) is the figure's
    // clause's
    let past_apposition = || {
        if q.kind == QuantityKind::Age {
            return None;
        }
        let e = (q.end..(q.end + 24).min(clause.len())).find(|&k| clause[k] != c)?;
        let e = if ctx.is_punct(e, ",") {
            e + 1
        } else if ctx.is_punct(e - 1, ",") {
            e
        } else {
            return None;
        };
        let mut k = e;
        while k < e + 5 && ctx.is_word(k) && ctx.capitalized(k) {
            k += 1;
        }
        // (not a table's or a dateline's capitals: `406 stories MELBOURNE, AUSTRALIA September,
        // 2014`)
        let shouted = |t: usize| {
            let w = ctx.span(t, t + 1).slice(ctx.text);
            w.len() > 2 && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        if k == e
            || !ctx.is_punct(k, ",")
            || ctx.sentence_of[k] != s
            || (e - 2..k).any(|t| ctx.is_word(t) && shouted(t))
        {
            return None;
        }
        let k = k + 1;
        let j = qs.partition_point(|x| x.start < k);
        let d = qs.get(j)?;
        let at = d.start == k
            || d.start == k + 1 && matches!(ctx.lower(k), "on" | "in" | "at" | "during");
        (at && dated(j) && !other_figure(j) && !nested(j) && !subordinate(j)).then_some(j)
    };
    let hosted = own.or(front).is_none().then(host).flatten();
    let j = own
        .or(front)
        .or(hosted)
        .or_else(when_clause)
        .or_else(enclosed)
        .or_else(resumed)
        .or_else(past_apposition)
        .or_else(date_clause)
        .or_else(age);
    let Some(j) = j else {
        return match labelled() {
            Some((j, month)) => month.or_else(|| times[j].clone()),
            // (`, in the past three months,`: see `time/period_clause.rs`)
            None => ctx
                .date
                .and_then(|today| period_clause(ctx, clause, qs, qi, today))
                .or_else(|| said_then_holds(ctx, clause, qs, qi, times, saying))
                .or_else(|| document_date(ctx, clause, qs, qi, times, saying))
                .or_else(|| published_date(ctx, clause, qs, qi, times, saying))
                // (`currently`, `now`, `at present`: see `time/currently.rs`)
                .or_else(|| {
                    ctx.date
                        .and_then(|today| currently(ctx, clause, qs, qi, today))
                }),
        };
    };
    let t = times[j].clone()?;
    // (a clock of a fronted `As of`: its day)
    if qs[j].kind == QuantityKind::Time {
        return Some(TimeValue {
            iso: t.iso.get(..10)?.to_string(),
            granularity: Granularity::Day,
            zone: None,
        });
    }
    let window = |a: usize, b: usize| between(times[a].as_ref()?, times[b].as_ref()?);
    if j + 1 < qs.len() && joined(j, j + 1) {
        return window(j, j + 1).or(Some(t));
    }
    if j > 0 && joined(j - 1, j) {
        return window(j - 1, j).or(Some(t));
    }
    // `between now and 2035`, `from now until 2020`: a window from the article date
    let d = qs[j].start;
    let now = d >= 2
        && matches!(ctx.lower(d - 1), "and" | "to" | "until" | "through")
        && ctx.lower(d - 2) == "now";
    if let (true, Some(today)) = (now, ctx.date) {
        return Some(to_window(&t, today).unwrap_or(t));
    }
    // `since 2010, when it totalled 45%`: the figure is of the date itself
    // (the figure inside that `when` clause: `Since 2005, when the first store opened, nearly
    // 400 stores have opened` is counted over the window)
    let when = (qs[j].end..q.start).any(|k| ctx.lower(k) == "when" && clause[k] == c);
    // `Since taking office on January 20, Trump has signed ...`: a fronted `since` clause is a
    // window too, as is one after the figure in its own clause (`109 attacks since the war
    // began in 2011`); a figure inside the `since` clause is of the date itself (`since a
    // November 2015 attack killed 12 guards`), and an age is not counted over a window
    let since_after_figure = || {
        (qs[j].start.saturating_sub(14)..qs[j].start)
            .rev()
            .take_while(|&k| clause[k] == clause[qs[j].start] && !ctx.is_num(k))
            .find(|&k| ctx.lower(k) == "since")
            .is_some_and(|k| k >= q.end)
    };
    let since = match opener(j) {
        Some("since" | "from") => true,
        // (so is the clause a figure's clause goes on: `since nominating Mr Schulz in late
        // January, gaining around ten points`)
        Some("since ...") => {
            front.is_some()
                || hosted.is_some()
                || q.kind != QuantityKind::Age && since_after_figure()
        }
        _ => false,
    };
    // (an age holds at one moment: the stretch a `since` opens is the predicate's, not the
    // age's, `Shang Fulin, 65, who has been CBRC chairman since October 2011`, `the 35-year-old
    // ... who has been on the island since September 2015`, `a 16-year-old boy missing since
    // Sunday`; no date is stated for the age)
    if since && !when && q.kind == QuantityKind::Age {
        return None;
    }
    if since && !when {
        // (`since the 1990s`: from the decade's first year, as `since 1990`)
        let t = first_year(&t).unwrap_or(t);
        return Some(ctx.date.and_then(|d| open_window(&t, d)).unwrap_or(t));
    }
    // (`in the year to September`: the twelve months up to the month, see [`year_to`])
    if let Some(w) = year_to(ctx, qs[j].start, &t) {
        return Some(w);
    }
    Some(decade(ctx, &qs[j], &t).unwrap_or(t))
}
