//! The subject before a reporting verb: the noun phrase a source's name or description is
//! (`officials in Madagascar`, `the Arab Center for Research and Policy Studies`, `Standard &
//! Poor's`), walked back from the verb.

use super::{cues, in_name, is_function, time_word};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;
use crate::words;

/// `Will` before a capitalised word is a first name, not the modal (`Rep. Will Hurd said`, `A
/// second MP, Will Quince, who ...`, `Will Lee, a 31-year-old attorney, said`): mid-sentence a
/// modal is not capitalised; opening the sentence (`Will Lebanon tap its oil?`, a question) only
/// before a comma or a past reporting verb (class seen on the corpus run, attr27).
pub(super) fn first_name_modal(ctx: &Context<'_>, k: usize) -> bool {
    let opens = k == 0 || ctx.sentence_of[k - 1] != ctx.sentence_of[k];
    ctx.surface(k) == "Will"
        && ctx.is_word(k + 1)
        && ctx.capitalized(k + 1)
        && !is_function(ctx, k + 1)
        && (!opens
            || ctx.is_punct(k + 2, ",")
            || matches!(ctx.lower(k + 2), "said" | "told" | "says" | "added"))
}

/// A surname that is also a function word or a month, alone before the verb at `v` right after
/// a comma or a closing quote (`..., More said.` for the NTSB's Peter Knudson More, `," May
/// said`, `," To said`). Class seen in fresh19 #65.
fn lone_subject(ctx: &Context<'_>, k: usize, v: usize) -> bool {
    k + 1 == v
        && k > 0
        && ctx.sentence_of[k - 1] == ctx.sentence_of[k]
        && ctx.is_punct(k - 1, ",\"\u{201d}")
        && surname_word(ctx, k)
}

/// A capitalised word inside a sentence that is a function word or a month and can be a
/// surname standing alone (`More`, `To`, `May`): not a weekday or another date word, not a
/// pronoun (`," It said`).
pub(super) fn surname_word(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    ctx.is_word(k)
        && ctx.capitalized(k)
        && ctx.surface(k).len() > 1
        && (is_function(ctx, k) || words::month(w).is_some())
        && words::weekday(w).is_none()
        && !words::day_word(w)
        && !matches!(
            w,
            "it" | "this" | "that" | "there" | "he" | "she" | "they" | "we" | "i" | "you" | "who"
        )
}

/// The noun phrase ending just before token `v`, walked back: `(first token, saw a definite
/// determiner)`, with `first == v` when there is none.
pub(super) fn subject_before(ctx: &Context<'_>, v: usize) -> (usize, bool) {
    let mut j = v;
    let mut saw_det = false;
    let same = |k: usize| v > 0 && ctx.sentence_of[k] == ctx.sentence_of[v - 1];
    // a preposition inside the phrase needs a noun before it (`officials in Madagascar`)
    let joins = |k: usize| {
        k > 0
            && same(k - 1)
            && ctx.is_word(k - 1)
            && !is_function(ctx, k - 1)
            && !ctx.lower(k - 1).ends_with("ly")
            && !time_word(ctx, k - 1)
    };
    // (`to` after a noun of office: `the U.S. Mission to the United Nations`, `an adviser to
    // the president`)
    let preposition = |k: usize| {
        words::source_preposition(ctx.lower(k))
            || ctx.lower(k) == "to" && k > 0 && cues::office_to(ctx.lower(k - 1))
    };
    while j > 0 && v - j < 12 && same(j - 1) {
        let k = j - 1;
        if ctx.is_word(k) {
            let w = ctx.lower(k);
            if words::definite_determiner(w) {
                j = k;
                saw_det = true;
                // `the spokeswoman for the Security Council`: the phrase goes on
                if k > 0 && preposition(k - 1) && joins(k - 1) {
                    j = k - 1;
                    continue;
                }
                break;
            }
            if w == "s" && k > 0 && ctx.is_punct(k - 1, "'\u{2019}") {
                j = k - 1;
                continue;
            }
            if preposition(k) && j < v && joins(k) {
                j = k;
                continue;
            }
            // `the Arab Center for Research and Policy Studies`: `and` inside a name
            let name_and =
                w == "and" && k > 0 && j < v && ctx.capitalized(j) && ctx.capitalized(k - 1);
            if name_and {
                j = k;
                continue;
            }
            // (an adverb, not a name's word: `Mr Daly`, `China Daily`; an initial is one: the
            // `S` of `the U.S. military`)
            let initial = ctx.surface(k).len() == 1
                && ctx.capitalized(k)
                && ctx.is_punct(k + 1, ".")
                && ctx.glued(k + 1);
            // (a word between two hyphens of a compound is no adverb nor function word: the
            // `year` of `the 35-year-old said`, the `of` of `father-of-six`; not a coordinator,
            // `in January-and-hundreds reported`)
            let compound = j == k + 1
                && ctx.is_punct(j, "-")
                && ctx.glued(j)
                && ctx.glued(j + 1)
                && k > 0
                && ctx.is_punct(k - 1, "-")
                && ctx.glued(k)
                && !matches!(w, "and" | "or" | "but");
            // (a frequency word before a name or a report, or just before the verb: `Israeli
            // daily Haaretz reported`, `the quarterly review said`, `business daily says`; not
            // `The daily grind of governing will reveal`)
            let frequency = frequency_noun(w)
                && (j == v
                    || ctx.capitalized(j)
                    || words::source_noun(ctx.lower(j))
                    || words::speaker_noun(ctx.lower(j))
                    || cues::report_noun(ctx.lower(j)));
            // (a capitalised function word after a determiner is a name: `the Times said`)
            let titled = ctx.capitalized(k)
                && k > 0
                && words::definite_determiner(ctx.lower(k - 1))
                && same(k - 1);
            if (is_function(ctx, k) && !first_name_modal(ctx, k) || w.ends_with("ly") && !frequency)
                && !compound
                && !in_name(ctx, k)
                && !initial
                && !titled
                && !lone_subject(ctx, k, v)
            {
                break;
            }
            j = k;
        } else if ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1) {
            j = k;
        } else if ctx.is_num(k) && j == k + 1 && ctx.is_punct(j, "-") && ctx.glued(j) {
            // a number opening a compound that describes the source: `the 35-year-old said`, `a
            // 33-year-old witness said`, `the 28-nation bloc said` (the walk stopped at the
            // hyphen: no source, or `old witness`)
            j = k;
        } else if ctx.is_punct(k, "&")
            && k > 0
            && j < v
            && ctx.capitalized(j)
            && ctx.capitalized(k - 1)
        {
            j = k; // `Standard & Poor's`
        } else if ctx.is_punct(k, ".") && ctx.glued(k) && j < v && ctx.is_word(j) {
            j = k; // `globalfirepower.com`, `U.S.`
        } else if ctx.is_punct(k, ".") && ctx.glued(k) && k > 0 && name_suffix(ctx.lower(k - 1)) {
            j = k; // `Belvin Perry Jr. said`, `Apple Inc. said`
        } else {
            break;
        }
    }
    // (nor on an initial the walk's length cut off: `S. Central Command's review`)
    let cut_initial = |j: usize| {
        j > 0
            && ctx.is_punct(j - 1, ".")
            && ctx.glued(j)
            && ctx.surface(j).len() == 1
            && ctx.capitalized(j)
    };
    while j < v
        && (words::source_preposition(ctx.lower(j)) || ctx.is_punct(j, ".-") || cut_initial(j))
    {
        j += 1;
    }
    // a name's suffix alone is no subject (`District Attorney Joseph Early Jr. said`, the walk
    // stopped at `Early`)
    if j < v && name_suffix(ctx.lower(j)) {
        j = v;
    }
    if let Some(h) = report_topic(ctx, j, v) {
        return subject_before(ctx, h);
    }
    (j, saw_det)
}

/// The walk stopped inside the topic of a report noun (`An investigation into doping in UK
/// amateur sport found`, `One inspection report on an institutional unit in Louth said`, `an
/// analysis of global sea surface and land temperatures shows`): at the topic's preposition, at
/// an indefinite article or an `and` in it. The subject is the report: the end of its phrase
/// (the preposition's index). Class seen in attr23b (the topic's tail was the source, or none).
fn report_topic(ctx: &Context<'_>, j: usize, v: usize) -> Option<usize> {
    if j == 0 || j >= v || !ctx.is_word(j - 1) {
        return None;
    }
    let stop = ctx.lower(j - 1);
    if !matches!(stop, "a" | "an" | "and" | "into" | "about" | "on" | "of") {
        return None;
    }
    (j.saturating_sub(8).max(1)..j)
        .rev()
        .take_while(|&k| {
            ctx.is_word(k)
                && ctx.sentence_of[k] == ctx.sentence_of[v - 1]
                && (!is_function(ctx, k)
                    || matches!(
                        ctx.lower(k),
                        "a" | "an" | "and" | "into" | "about" | "on" | "of"
                    ))
        })
        .find(|&k| {
            matches!(ctx.lower(k), "into" | "about" | "on" | "of")
                && ctx.is_word(k - 1)
                && cues::report_noun(ctx.lower(k - 1))
        })
}

/// Abbreviations that end a name with a dot (`Jr.`, `Inc.`).
fn name_suffix(w: &str) -> bool {
    matches!(w, "jr" | "sr" | "inc" | "co" | "corp" | "ltd")
}

/// The dot of a title's abbreviation before a name (`said Dr. Ilpo Huhtaniemi`, `said Sen. John
/// McCain`).
pub(super) fn title_dot(ctx: &Context<'_>, j: usize) -> bool {
    j > 0
        && ctx.is_punct(j, ".")
        && ctx.glued(j)
        && ctx.capitalized(j + 1)
        && ctx.sentence_of.get(j + 1) == ctx.sentence_of.get(j)
        && matches!(
            ctx.lower(j - 1),
            "dr" | "mr"
                | "mrs"
                | "ms"
                | "prof"
                | "sen"
                | "rep"
                | "gov"
                | "gen"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "maj"
                | "rev"
                | "st"
                | "det"
                | "insp"
                | "supt"
        )
}

/// The dot at `j` closes an initial inside a name (`the U.S. Department of Labor`).
pub(super) fn initial_dot(ctx: &Context<'_>, j: usize) -> bool {
    j > 0
        && ctx.glued(j)
        && ctx.surface(j - 1).len() == 1
        && ctx.capitalized(j - 1)
        && ctx.sentence_of.get(j + 1) == ctx.sentence_of.get(j)
}

/// The phrase `j..v` can name a speaker: not only time words, and a bare lower-case phrase ends
/// in a speaker noun (`officials`, `police`), not any plural (`jobs`).
pub(super) fn speaker(ctx: &Context<'_>, j: usize, v: usize, saw_det: bool) -> bool {
    if j >= v || v - j == 1 && ctx.lower(j) == "the" {
        return false;
    }
    if v - j == 1 && lone_subject(ctx, j, v) {
        return true;
    }
    // (a capitalised word after the phrase's first is a name's: `the Times said`)
    let content = |k: usize| ctx.is_word(k) && k > j && ctx.capitalized(k);
    if (j..v).all(|k| !ctx.is_word(k) || time_word(ctx, k) || is_function(ctx, k) && !content(k)) {
        return false;
    }
    if saw_det || (j..v).any(|k| ctx.capitalized(k)) {
        return true;
    }
    let last = ctx.lower(v - 1);
    words::source_noun(last)
        || cues::data_noun(last)
        || words::speaker_noun(last)
        || office_noun(last)
        || ctx.has_role(v - 1, |r| matches!(r, Role::PersonNoun))
}

/// Nouns of an office or a trade that speak for someone (`a senior executive said`, `defense
/// attorneys said`, `..., a company representative said.`, `a military commander told`): a
/// lower-case phrase ending in one names a speaker as `a senior official` does. Neither
/// `words::speaker_noun` nor the lexicon's person nouns hold them (class seen on the corpus run,
/// attr37: about 60 `X said` with such a head in newsarticles).
fn office_noun(w: &str) -> bool {
    let w = w
        .strip_suffix('s')
        .filter(|s| !s.ends_with('s'))
        .unwrap_or(w);
    matches!(
        w,
        "executive"
            | "attorney"
            | "aide"
            | "adviser"
            | "advisor"
            | "representative"
            | "commander"
            | "negotiator"
            | "insider"
            | "legislator"
            | "commentator"
            | "academic"
            | "strategist"
            | "auditor"
            | "planner"
            | "forecaster"
            | "envoy"
            | "ambassador"
            | "judge"
            | "mayor"
            | "governor"
            | "chairman"
            | "chairwoman"
            | "inspector"
            | "detective"
            | "sheriff"
            | "coroner"
            | "pathologist"
            | "counselor"
            | "trustee"
            | "organiser"
            | "organizer"
            | "staffer"
            | "employee"
            | "supporter"
            | "critic"
    )
}

/// A frequency word ending in `-ly` that is an adjective or a noun in a source's phrase, no adverb
/// (`the quarterly review said`, `Vedomosti business daily says`, `The US weekly said`).
fn frequency_noun(w: &str) -> bool {
    matches!(
        w,
        "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "biweekly" | "fortnightly"
    )
}

/// A quantity that describes the source's phrase starting at `j` (`22 percent of these men
/// reported`, `a 33-year-old witness said`): its start, else `j`.
pub(super) fn describing_quantity(ctx: &Context<'_>, qs: &[RawQuantity], j: usize) -> usize {
    let k = qs.partition_point(|q| q.end <= j.saturating_sub(3));
    qs[k..]
        .iter()
        .take_while(|q| q.end <= j)
        .filter(|q| !matches!(q.kind, QuantityKind::Date | QuantityKind::Time))
        .find(|q| {
            (q.end..j).all(|t| ctx.lower(t) == "of" || words::partitive_determiner(ctx.lower(t)))
        })
        .map_or(j, |q| q.start)
}

/// A subject at `j` whose saying is the object of `what` (`proved what Iran has said for 38
/// years about the political ... system`, `Contrary to what Wagner said, the earth rotates on its
/// axis every 24 hours`, `upset with what the Daily Mail wrote because the journalist just made
/// stuff up`, `a timeline of ... claims, what other officials have said and how the White House
/// has responded: ...`): what it says is the `what`, and the words after its verb (`e`) are the
/// writer's; only a verb of the `what` goes on to its content, a form of `be` or `have`, a modal
/// or a past verb (`highlighting what UNICEF said was the "highest on record" level`, `in what
/// security experts said marked the first such threat`). Class seen on the corpus run, attr28b.
pub(super) fn what_object(ctx: &Context<'_>, ss: usize, j: usize, e: usize) -> bool {
    let w = ctx.lower(e);
    let verb_of_what = ctx.is_word(e)
        && (words::be_form(w)
            || cues::irregular_past(w)
            || w.len() > 4 && w.ends_with("ed")
            || matches!(
                w,
                "has" | "have" | "had" | "would" | "will" | "could" | "can" | "may" | "might"
            )
            || matches!(w, "should" | "must"));
    j > ss && ctx.lower(j - 1) == "what" && !verb_of_what
}

/// A verb of telling at `i` whose object is a story (`Auster tells the story of Archibald
/// Ferguson in seven major chapters`, `Syria: The Roots Of Tyranny tells the story of ... who
/// turned 1950s Syria into a police state`, `the price of light alone tells a fascinating story:
/// it has fallen by a factor of 500,000`): a book, a film or a figure narrating, not a source
/// reporting what follows (class seen on the corpus run, attr28 and attr28b).
pub(super) fn story_told(ctx: &Context<'_>, i: usize) -> bool {
    matches!(ctx.lower(i), "tell" | "tells" | "told" | "telling")
        && matches!(
            ctx.lower(i + 1),
            "a" | "the" | "his" | "her" | "its" | "their" | "this" | "that"
        )
        && (i + 2..i + 4)
            .take_while(|&k| ctx.is_word(k))
            .any(|k| matches!(ctx.lower(k), "story" | "stories" | "tale" | "tales"))
}
