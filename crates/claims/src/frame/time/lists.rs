//! Word lists and token tests of claim times: words that open another event, gaps, periods,
//! superlatives, participles, labels, subordinators and nesting prepositions.

use super::super::cues;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Token `k` opens another event than the figure's, on the figure's side `after_figure` of
/// it or before it: `before` and `following` (`4,000 deaths before he was killed in 1993`,
/// `troops on the streets following an attack this week`), after the figure also a nominal
/// clause or a complement clause with its own subject (`a first draft of what the
/// administration will send next month`, `told X that he feared ... in the coming year`), before
/// it also `after` (`took power in 2006 after the death of its first president`; after the
/// figure an `after` clause is as often its cause the same day: `killed three people after it
/// crashed into a home Monday`); after the figure also `and then`, a later step. Not a word that a date or time follows (`after 2015`, `just
/// before midnight on Tuesday`), nor `before` a body addressed (`the address before Congress
/// on Tuesday`), nor a relative clause of the counted noun (`five activists who were abducted
/// in January`: their event).
pub(super) fn opens_event(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    k: usize,
    after_figure: bool,
) -> bool {
    let w = ctx.lower(k);
    let opens = match w {
        "before" => !(k + 1..k + 4).any(|t| addressed_body(ctx.lower(t))),
        "following" => true,
        "after" => !after_figure,
        "what" => after_figure,
        "that" => after_figure && cues::subject_pronoun(ctx.lower(k + 1)),
        // (`build 10-foot prototype sections and then provide more details in May`: a later
        // step of a sequence after the figure's)
        "then" => after_figure && k > 0 && ctx.lower(k - 1) == "and",
        _ => false,
    };
    // (a date or time right after the word: a time of the figure's own event)
    let at = qs.partition_point(|x| x.start <= k);
    opens
        && !qs.get(at).is_some_and(|x| {
            x.start == k + 1 && matches!(x.kind, QuantityKind::Date | QuantityKind::Time)
        })
}

/// Nouns of a body one appears or speaks before (`before the court`, `before a grand jury`).
fn addressed_body(w: &str) -> bool {
    matches!(
        w,
        "court"
            | "judge"
            | "jury"
            | "committee"
            | "panel"
            | "parliament"
            | "congress"
            | "senate"
            | "lawmakers"
            | "crowd"
            | "audience"
            | "tribunal"
            | "magistrate"
            | "magistrates"
    )
}

/// Words of a period named before its date (`the same period last year`, `the same quarter
/// of 2015`).
pub(super) fn period_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "same" | "period" | "time" | "month" | "quarter" | "week" | "day" | "of" | "in"
    )
}

/// Superlatives a `since` measures back from (`the highest since 2000`, `the worst flooding
/// since 1998`).
pub(super) fn superlative_word(w: &str) -> bool {
    matches!(
        w,
        "highest"
            | "lowest"
            | "largest"
            | "biggest"
            | "smallest"
            | "fastest"
            | "slowest"
            | "strongest"
            | "weakest"
            | "longest"
            | "shortest"
            | "greatest"
            | "deadliest"
            | "best"
            | "worst"
    )
}

/// Words after a duration that make it the gap between two events (`two days before the
/// vote`, `four hours later`) or an offset from the article date (`30 million years ago`).
pub(super) fn gap_word(w: &str) -> bool {
    matches!(
        w,
        "before" | "after" | "later" | "earlier" | "prior" | "ago"
    )
}

/// Token `k` lies in a parenthesis: a `(` before it in its sentence, not closed (within 30
/// tokens).
pub(super) fn in_parenthesis(ctx: &Context<'_>, k: usize) -> bool {
    let s = ctx.sentence_of[k];
    (k.saturating_sub(30)..k)
        .rev()
        .take_while(|&t| ctx.sentence_of[t] == s)
        .find(|&t| ctx.is_punct(t, "()"))
        .is_some_and(|t| ctx.is_punct(t, "("))
}

/// An adverb that may stand before a participle opening a comma's clause (`, almost hitting
/// the $3 trillion line`, `, also killing two`).
pub(super) fn participle_adverb(w: &str) -> bool {
    matches!(
        w,
        "almost" | "nearly" | "also" | "again" | "thereby" | "further"
    )
}

/// Words in `-ing` that open no participle clause after a comma (prepositions and nouns:
/// `, including two children`, `, according to`, `, during the night`).
pub(super) fn not_participle(w: &str) -> bool {
    matches!(
        w,
        "including"
            | "according"
            | "during"
            | "following"
            | "regarding"
            | "concerning"
            | "excluding"
            | "pending"
            | "notwithstanding"
            | "morning"
            | "evening"
            | "building"
            | "nothing"
            | "something"
            | "anything"
            | "everything"
            | "meeting"
            | "spring"
            | "string"
            | "ceiling"
            | "earnings"
            | "beginning"
    )
}

/// Token `k` is an upper-case label of a field (`TARGET`, `ATTACKERS`): three or more letters,
/// all capitals.
pub(super) fn label(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.surface(k);
    w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Conjunctions that open a clause with its own subject (`as the death toll passed 60`; a
/// relative clause goes on with the event: `causing an avalanche that killed more than 100`).
pub(super) fn subordinator(w: &str) -> bool {
    matches!(
        w,
        "as" | "while"
            | "when"
            | "whereas"
            | "because"
            | "although"
            | "though"
            | "if"
            | "after"
            | "before"
            | "since"
            | "until"
            | "where"
    )
}

/// A possessive determiner before a year on a noun (`its 2023 goals`, `their 2016 budget`):
/// the year dates that noun, as after a possessive `'s` (`Trump's 2005 returns`).
pub(super) fn possessive_pronoun(w: &str) -> bool {
    matches!(w, "its" | "their" | "his" | "her" | "our" | "my" | "your")
}

/// Nouns after a year that name the figure's own period, not another noun's date (`in its
/// 2016 fiscal year`, `of their 2017 budget`).
pub(super) fn own_period(w: &str) -> bool {
    matches!(
        w,
        "fiscal" | "financial" | "year" | "season" | "quarter" | "half" | "budget"
    )
}

/// Prepositions that open a phrase a later noun may be nested in (`ministers from rallies
/// ahead of an April referendum`).
pub(super) fn nesting_preposition(w: &str) -> bool {
    matches!(
        w,
        "from"
            | "to"
            | "of"
            | "over"
            | "about"
            | "against"
            | "ahead"
            | "with"
            | "into"
            | "on"
            | "at"
            | "in"
            | "for"
            | "by"
    )
}

/// `Record bleaching hit the reef in 2016, for the third year in a row`, `rose in January, for
/// the second consecutive month`, `for the first time in a decade`: an ordinal right after `for
/// the` at `cs`, ranking a run of times or calendar stretches (the word after it, past one of
/// `consecutive`/`straight`/`successive`/`running`, a time or a calendar unit), ranks the event of
/// the clause before the comma, at that clause's date.
pub(super) fn running_rank(ctx: &Context<'_>, q: &RawQuantity, cs: usize) -> bool {
    let k = q.end;
    let k = if matches!(
        ctx.lower(k),
        "consecutive" | "straight" | "successive" | "running"
    ) {
        k + 1
    } else {
        k
    };
    q.kind == QuantityKind::Ordinal
        && ctx.lower(cs + 1) == "the"
        && q.start == cs + 2
        && matches!(
            ctx.lower(k),
            "time" | "year" | "month" | "week" | "day" | "season" | "quarter"
        )
}

/// The token after a dateline in capitals that opens a sentence at `first` (one to three words
/// all in capitals, `WASHINGTON`, `SAN FRANCISCO`) when a dash or a quote mark follows it
/// (`WASHINGTON "?In 2005, ...`, `LONDON - On Monday, ...`); else `first`.
pub(super) fn dateline_end(ctx: &Context<'_>, first: usize) -> usize {
    let shouted = |t: usize| {
        let w = ctx.span(t, t + 1).slice(ctx.text);
        ctx.is_word(t) && w.len() > 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let k = (first..first + 3)
        .take_while(|&t| t < ctx.sentence_of.len() && shouted(t))
        .last()
        .map_or(first, |t| t + 1);
    if k > first && ctx.is_punct(k, "\"\u{201c}-\u{2013}\u{2014}?") {
        k
    } else {
        first
    }
}

/// A hyphen at `k` glued between an ordinal and a noun of a kind (`first-tier cities`, `the
/// second-child policy`, `first-degree murder`, `fifth-generation chips`, `first-year students`,
/// `second-division teams`, `a 33rd-floor apartment`): the ordinal names a class, not a dated
/// event. Not a superlative (`the second-largest exporter in 2014` holds that year), a
/// participle (`Second-placed`), `-ever` (`her first-ever address on Tuesday`), nor the parts
/// of an event (`a first-round game on Tuesday`, `a first-half goal`, `a third-straight day`).
pub(super) fn ranked_kind(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k + 1);
    ctx.is_punct(k, "-")
        && ctx.glued(k)
        && ctx.glued(k + 1)
        && ctx.is_word(k + 1)
        && !w.ends_with("est")
        && !w.ends_with("ed")
        && !matches!(
            w,
            "ever" | "round" | "straight" | "half" | "quarter" | "time" | "set" | "period" | "term"
        )
}

/// `an increase of 7.9 percent and the highest since 2000`: the date at token `d` that a
/// superlative is measured back to is not a window of the figure.
pub(super) fn since_superlative(ctx: &Context<'_>, d: usize) -> bool {
    ctx.lower(d.wrapping_sub(1)) == "since"
        && (d.saturating_sub(5)..d - 1).any(|k| superlative_word(ctx.lower(k)))
}

/// `around 30 percent before 2013`, `workers hired before 1996`, `molested after 2001`: a date
/// `d` right after `before` or `after` bounds an open stretch, it is not when the figure holds
/// (a date modifying the event noun is that event's: `after Sunday's 3-0 defeat`).
pub(super) fn bound_at(ctx: &Context<'_>, d: &RawQuantity) -> bool {
    match ctx.lower(d.start.wrapping_sub(1)) {
        "before" => true,
        "after" => !ctx.possessive_after(d.end),
        _ => false,
    }
}
