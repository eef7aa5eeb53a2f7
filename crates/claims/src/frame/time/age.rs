//! The age of a person in apposition is the age at the article date: which dates of the
//! sentence it does not take.

use crate::frame::cues;
use crate::frame::sources::{Source, sources_in};
use crate::scan::{Context, RawQuantity};
use crate::types::{Granularity, QuantityKind, TimeValue};

/// `Kati McFarland, 25, a dual-degree student ..., told Sen. Tom Cotton on Wednesday night
/// that ...`, `"...," said Iordache, 56, a co-architect of the January emergency rule`, `Jackie
/// Evancho, 16, said Thursday`: an age inside a source's own phrase describes the speaker; the
/// date of the saying, or a date told of the speaker in passing, is not a date stated for the age
/// (docs/judging/frames.md: an age takes only the date the sentence names for it).
/// Not an age at an event told inside the phrase (`Dame Anita Roddick, who founded the firm in
/// 1976 at the age of 34, said`, `The mother of a six-year-old girl who disappeared ... 40 years
/// ago has said`): `the age of N`, or a relative clause right after the age's noun.
///
/// So too a number that counts, ranks or describes the speakers themselves (`A third official
/// said ... over the weekend`, `two officials said the plan ... by March`, `said the coroner of 20
/// years`): it is no figure of the reported content, and a date of that content is not its date
/// (the golds of fresh9..fresh22 give none to every such number). The count of speakers whose
/// saying is dated is dated by it (`Earlier this month, four affiliates announced`, `two sources
/// told CNN Monday`): the caller keeps a date from outside the content (see
/// [`content_date`]). Not a number told of the speaker in a relative clause (`X, who won three
/// golds in 2014, said`): that clause's event keeps its date. Returns the speaker's source.
pub(in crate::frame) fn speaker_number<'s>(
    ctx: &Context<'_>,
    sources: &'s [Source],
    q: &RawQuantity,
) -> Option<&'s Source> {
    if matches!(q.kind, QuantityKind::Date | QuantityKind::Time) {
        return None;
    }
    let at_event = (q.start..q.start + 3).any(|k| ctx.lower(k) == "age")
        || (q.end..q.end + 3).any(|k| matches!(ctx.lower(k), "who" | "whose" | "when"));
    sources_in(sources, ctx.sentence_of[q.start])
        .iter()
        .filter(|s| s.skip.0 <= q.start && q.end <= s.skip.1)
        .find(|s| {
            // (not inside a relative clause of the speaker's phrase)
            let relative = (s.skip.0..q.start)
                .any(|k| matches!(ctx.lower(k), "who" | "which" | "whose" | "that" | "where"));
            !at_event && (q.kind == QuantityKind::Age || !relative)
        })
}

/// True when time `t` is not given by a date of the saying of source `s`: no date quantity of
/// that value lies outside its reported content (its `from..to` outside its own phrase `skip`),
/// nor within four tokens after its phrase with no `that` between (`wrote congressional leaders
/// Thursday`, `first acknowledged the program in 2005`); a window built from such dates (`over
/// the weekend`) is the content's too.
pub(in crate::frame) fn content_date(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    times: &[Option<TimeValue>],
    s: &Source,
    t: &TimeValue,
) -> bool {
    let (a, b) = s.skip;
    let of_saying = |k: usize| {
        let q = &qs[k];
        let inside = s.from <= q.start && q.end <= s.to && !(a <= q.start && q.end <= b);
        let next =
            q.start >= b && q.start - b <= 4 && !(b..q.start).any(|j| ctx.lower(j) == "that");
        !inside || next
    };
    let same = |k: usize| {
        matches!(qs[k].kind, QuantityKind::Date | QuantityKind::Time)
            && times[k].as_ref().is_some_and(|x| {
                // (`Since 2010, nine automakers have announced`: the window the date opens)
                x.iso == t.iso
                    || t.iso
                        .strip_prefix(x.iso.as_str())
                        .is_some_and(|r| r.starts_with('/'))
            })
    };
    // (the dates of the source's sentence only: a bounded walk)
    let first = qs.partition_point(|q| ctx.sentence_of[q.start] < s.sentence);
    !(first..qs.len())
        .take_while(|&k| ctx.sentence_of[qs[k].start] == s.sentence)
        .any(|k| same(k) && of_saying(k))
}

/// The time of a number of the speakers of source `s` (see [`speaker_number`]) whose frame found
/// `t`: the date of their saying when the sentence states one, else nothing (docs/judging/frames.md,
/// the ruling of session 33: `A third official said on Thursday ...`, `a 33-year-old witness said
/// Friday`). A count keeps `t` unless it is a date of the content (see [`content_date`]), a
/// duration that is its own window keeps it; else the saying's date is a date inside the
/// source's phrase (not of its relative clause) or at most four tokens after it with no `that`
/// between (`Jackie Evancho, 16, said Thursday`), a day only.
pub(in crate::frame) fn speaker_time(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    times: &[Option<TimeValue>],
    s: &Source,
    q: &RawQuantity,
    t: Option<TimeValue>,
) -> Option<TimeValue> {
    // (a duration that is its own window keeps it: `studies published in the last two years`)
    let window = q.kind == QuantityKind::Duration
        && matches!(ctx.lower(q.start.wrapping_sub(1)), "past" | "last");
    if let Some(t) =
        t.filter(|t| q.kind != QuantityKind::Age && (window || !content_date(ctx, qs, times, s, t)))
    {
        return Some(t);
    }
    // (only a day, the date a saying is given by, and not for a length of the speakers' event:
    // `the main organizer of the three-day event, said ... on Monday`; a year or a month there
    // is as often an earlier event's, `before leaving three years ago`, `since the January
    // inauguration`)
    if q.kind == QuantityKind::Duration {
        return None;
    }
    let (a, b) = s.skip;
    let j = qs.partition_point(|x| x.start < a);
    (j..qs.len())
        .take_while(|&k| qs[k].start <= b + 4 && ctx.sentence_of[qs[k].start] == s.sentence)
        .filter(|&k| qs[k].kind == QuantityKind::Date)
        .find(|&k| {
            let d = &qs[k];
            let within = d.end <= b
                && !(a..d.start).any(|t| matches!(ctx.lower(t), "who" | "which" | "whose"));
            // (no verb of the content between: not `said the fire started on Sunday`)
            let next = d.start >= b
                && !(b..d.start).any(|j| {
                    let w = ctx.lower(j);
                    w == "that"
                        || w.len() > 3 && w.ends_with("ed")
                        || cues::irregular_past(w)
                        || matches!(
                            w,
                            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will"
                        )
                });
            within || next
        })
        .and_then(|k| times[k].clone())
        .filter(|t| t.granularity == Granularity::Day)
}

/// True when time `t` ends in a calendar year two or more years before the article's (false when
/// the article has no date): `2015` or `2014/2015` in an article of 2017, not `2016`.
pub(super) fn two_years_before(ctx: &Context<'_>, t: &TimeValue) -> bool {
    let Some(today) = ctx.date else {
        return false;
    };
    let end = t.iso.rsplit('/').next().unwrap_or(&t.iso);
    end.get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| y < i32::from(today.year()) - 1)
}

/// `Lisa Murphy, 39, had a termination in the summer of 2015`, `The 79-year-old Cosby raped
/// her in 1974`: an age in apposition to a name (`Name, N,`, `Name, a N-year-old X,`) or a `the
/// N-year-old` is the person's
/// age at the article date, so a date two or more calendar years before it is not the age's
/// time; unless a death is told next to the age, which fixes it (`Mr Black, 52, was shot
/// dead on 1 November 2012`, `the manslaughter of Ms Shortall, 47, on 3 April 2015`). An age
/// that brings a person into an event keeps its date (`In January 2016, a 22-year-old woman
/// was murdered`, `at the age of 94`).
pub(super) fn age_now(ctx: &Context<'_>, q: &RawQuantity, t: &TimeValue) -> bool {
    let old = two_years_before(ctx, t);
    let b = q.start.wrapping_sub(1);
    let appositive =
        ctx.is_punct(b, ",") && ctx.capitalized(b.wrapping_sub(1)) && ctx.is_punct(q.end, ",.;");
    // (`the 79-year-old`, not `at the age of 25`)
    let year_old = ctx.lower(q.end.wrapping_sub(1)).ends_with("old");
    let definite = ctx.lower(b) == "the" && year_old;
    // (`Trudeau, a 45-year-old liberal,`)
    let described = matches!(ctx.lower(b), "a" | "an")
        && year_old
        && ctx.is_punct(b.wrapping_sub(1), ",")
        && ctx.capitalized(b.wrapping_sub(2));
    let s = ctx.sentence_of[q.start];
    let death = (q.start.saturating_sub(8)..q.end + 6)
        .take_while(|&k| ctx.sentence_of.get(k).is_some_and(|&x| x <= s))
        .any(|k| ctx.sentence_of[k] == s && death_word(ctx.lower(k)));
    q.kind == QuantityKind::Age && old && (appositive || definite || described) && !death
}

/// Words that tell a death, which fixes the age of the dead (`shot dead`, `the murder of`).
fn death_word(w: &str) -> bool {
    matches!(
        w,
        "dead"
            | "died"
            | "dies"
            | "killed"
            | "killing"
            | "murder"
            | "murdered"
            | "manslaughter"
            | "death"
            | "body"
            | "drowned"
    )
}

/// `who died when he was only 10 years old`, `came to the U.S. from Argentina when she was 7
/// years old`, `until he was 50`, `By the time she was 11`: an age that is the time of a
/// `when`/`until`/`by the time` clause tells that time by the person's age, so only a date of
/// the same stretch of the sentence (no comma, semicolon or dash between) dates it
/// (`convicted in 2002 of a sex-related offense with a minor when he was 21` keeps 2002; `He
/// was born in Beijing in 1953, the son of a military officer, who died when he was only 10
/// years old` is no date for the father's death).
pub(super) fn life_time_age(ctx: &Context<'_>, q: &RawQuantity) -> bool {
    if q.kind != QuantityKind::Age {
        return false;
    }
    let mut k = q.start.wrapping_sub(1);
    // (`when he was just four weeks old`, `only 10 years old`)
    if matches!(
        ctx.lower(k),
        "only" | "just" | "about" | "around" | "still" | "barely"
    ) {
        k = k.wrapping_sub(1);
    }
    let verb = matches!(ctx.lower(k), "was" | "were" | "turned");
    let who = ctx.lower(k.wrapping_sub(1));
    let subject = matches!(who, "he" | "she" | "they" | "i" | "we" | "you");
    let w = ctx.lower(k.wrapping_sub(2));
    let opens = matches!(w, "when" | "until" | "till")
        || w == "time" && ctx.lower(k.wrapping_sub(3)) == "the";
    verb && subject && opens
}

/// True when tokens `a..b` hold a comma, a semicolon or a dash standing alone (not the hyphen
/// of `sex-related`): another stretch of the sentence.
pub(super) fn punct_between(ctx: &Context<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        ctx.is_punct(k, ",;\u{2013}\u{2014}")
            || ctx.is_punct(k, "-") && !(ctx.glued(k) && ctx.glued(k + 1))
    })
}

/// True when tokens `a..b` hold an odd number of quote marks: one of the two ends is inside a
/// quotation and the other outside it, so a date there is no date named for an age (`sent a
/// letter to Congress yesterday saying the bill would "increase costs for Americans aged
/// 50-64"`, `"I'm really looking forward to it," added the 29-year-old, who first staged it
/// last year`, `a 44-line poem called "1944"` after `At the age of 14`, `James Jackson, 28,
/// "prowled the streets ..." Vance said in a statement on Monday`). A quoted title or nickname
/// between them (`the 14-year-old released his debut EP, "the Last Text," in January`, `William
/// "Ryan" Owens, 36`) has both its marks there and keeps the date.
pub(super) fn across_quote(ctx: &Context<'_>, a: usize, b: usize) -> bool {
    (a..b)
        .filter(|&k| ctx.is_punct(k, "\"\u{201c}\u{201d}"))
        .count()
        % 2
        == 1
}

/// `Harward, 60, had been the leading candidate to replace Gen. Michael Flynn, who was fired
/// Monday`, `A 54-year-old catering assistant, who claimed she has ... back pain since she slipped
/// ... two years ago, has been awarded ...`: a date after the age inside a relative clause that a
/// comma opens, still open at the date, tells the event of that clause's noun, not one the age
/// is given at. A clause right after the age's own comma is on the aged person and keeps its
/// date (`Mazen Faqha, 38, who was shot dead ... on Friday`). So does one before the age, closed
/// by a comma before it (`The Conservatives, who were narrowly forced into third in 2015 by UKIP,
/// are putting forward 25-year-old Jack Brereton`, `Rape laws, which were strengthened in 2009,
/// do not allow any child under the age of 13`), unless the age is what a copula after it says
/// of the clause's noun (`The baby, who died on 3 March, was 3 days old`, `the fourth member
/// ..., who died in hospital last night, was 75-year-old Leslie Rhodes`).
pub(super) fn across_relative(ctx: &Context<'_>, age: &RawQuantity, date: &RawQuantity) -> bool {
    let relative =
        |k: usize| matches!(ctx.lower(k), "who" | "which") && k > 0 && ctx.is_punct(k - 1, ",");
    if date.start >= age.end {
        // (not the age's own `, who`: `Faqha, 38, who`; the clause still open at the date, no
        // comma between: `The 48-year-old banana exporter, who has never held political office,
        // took the oath of office on Tuesday` keeps it)
        (age.end + 1..date.start).any(|k| {
            relative(k) && k != age.end + 1 && !(k..date.start).any(|m| ctx.is_punct(m, ","))
        })
    } else {
        let copula = |k: usize| matches!(ctx.lower(k), "was" | "is" | "were" | "are");
        let b = age.start.wrapping_sub(1);
        let complement =
            copula(b) || matches!(ctx.lower(b), "a" | "an") && copula(b.wrapping_sub(1));
        // a `, who ...` opening before the date with no comma between, closed by a comma before
        // the age
        let opened = (date.start.saturating_sub(16)..date.start)
            .rev()
            .take_while(|&k| !ctx.is_punct(k, ","))
            .any(relative);
        !complement && opened && (date.end..age.start).any(|k| ctx.is_punct(k, ","))
    }
}

/// `Anthony Connors, 41, from Richmond Street will be sentenced next month`, `The 73-year-old
/// Swiss official had been speaking ... in 2018 host city Pyeongchang`, `Will Lee, a 31-year-old
/// attorney, said he's running ... in 2018`, `67-year-old Carlos argued ... a verdict is expected
/// tomorrow`: an age is told as it is when the text is written, so a date that begins after the
/// article date (a hearing, an election, a start still to come) is not the age's time (issue
/// 14, session 25b; the claims README tells what it changed on the real corpus). Kept: an age
/// reached at that date (`She turns 26 on Sunday`, `will be 65 next year`) and an age naming a
/// class of people (`18-year-olds ... from July 1`, `every 18-year-old European citizen` in
/// 2018), which holds whenever the class is counted.
pub(super) fn age_ahead(ctx: &Context<'_>, q: &RawQuantity, t: &TimeValue) -> bool {
    let Some(today) = ctx.date else {
        return false;
    };
    if q.kind != QuantityKind::Age {
        return false;
    }
    let first = t.iso.split('/').next().unwrap_or(&t.iso);
    let begins = if let Some((y, w)) = first.split_once("-W") {
        let (Ok(y), Ok(w)) = (y.parse::<i16>(), w.get(..2).unwrap_or("").parse::<i8>()) else {
            return false;
        };
        match jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday) {
            Ok(d) => d.date(),
            Err(_) => return false,
        }
    } else {
        let day = first.get(..10).unwrap_or(first);
        let padded = match day.len() {
            4 => format!("{day}-01-01"),
            7 => format!("{day}-01"),
            _ => day.to_string(),
        };
        match padded.parse::<jiff::civil::Date>() {
            Ok(d) => d,
            Err(_) => return false,
        }
    };
    if begins <= today {
        return false;
    }
    let reached = (q.start.saturating_sub(3)..q.start).any(|k| {
        matches!(
            ctx.lower(k),
            "turn" | "turns" | "turning" | "be" | "becomes" | "become"
        )
    });
    let class = ctx.lower(q.end.wrapping_sub(1)).ends_with("olds")
        || matches!(
            ctx.lower(q.start.wrapping_sub(1)),
            "every" | "all" | "each" | "any"
        );
    !reached && !class
}
