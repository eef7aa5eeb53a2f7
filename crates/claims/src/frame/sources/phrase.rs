//! Source phrases set off from their verb or run into other words: a name before an
//! appositive (`Gov. Kate Brown (D), who was among the attendees, told`), a report opening the
//! sentence before an aside (`A survey by QQ browser, owned by Tencent Holdings, showed`), the
//! subject opening a sentence, a headline glued to the body's first sentence, and a date fronted
//! before a source (`Yesterday evening, X and Y told RT.`).

use super::subject::subject_before;
use super::{
    Source, cues, dateline_after, is_function, paren_after, paren_before, speaker, time_word,
};
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::{Attribution, QuantityKind};
use crate::words;

/// A headline glued to the body's first words runs into the subject (`Beijing to push talks on
/// regional free trade pacts Beijing said ...`): the name that ends the phrase `j..e` after
/// three or more lower-case words, when the word before it is no title or speaker noun that the
/// name follows (`pacts Beijing`, not `spokesman Lu Kang` nor `the UN's refugee agency UNHCR`).
/// The name's start, else `j`.
pub(super) fn headline_seam(ctx: &Context<'_>, j: usize, e: usize) -> usize {
    // (a particle inside the name: `Teleferico del Teide`)
    let mut c = e;
    while c > j + 1
        && ctx.is_word(c - 1)
        && (ctx.capitalized(c - 1) || c < e && cues::name_particle(ctx.lower(c - 1)))
    {
        c -= 1;
    }
    while c < e && !ctx.capitalized(c) {
        c += 1;
    }
    let person = |k: usize| {
        words::speaker_noun(ctx.lower(k))
            || ctx.lower(k) == "head"
            || ctx.has_role(k, |r| matches!(r, Role::PersonNoun))
    };
    let w = c - 1;
    if c == e || !ctx.is_word(w) || ctx.capitalized(w) || is_function(ctx, w) {
        return j;
    }
    let lw = ctx.lower(w);
    let title =
        person(w) || words::source_noun(lw) || cues::data_noun(lw) || cues::direction_adjective(lw);
    // (`an employee of sports chain Decathlon`, `the head of China's third-biggest search engine
    // Sogou`: the name is of the speaker's organisation)
    let of_person = (j + 1..c).any(|k| ctx.lower(k) == "of" && person(k - 1));
    let lower = (j..c)
        .filter(|&k| ctx.is_word(k) && !ctx.capitalized(k) && !is_function(ctx, k))
        .count();
    if title || of_person || lower < 3 {
        j
    } else {
        c
    }
}

/// A source before a relative clause set off by commas or dashes that ends just before the verb
/// at `v` (`Gov. Kate Brown (D), who was among the attendees, told`): `(start of its whole
/// phrase, start of its name, end of its name)`. A name after an appositive head (`A second
/// surgeon, James Morecroft, who ...`) starts the whole phrase at the head.
pub(super) fn relative_appositive(
    ctx: &Context<'_>,
    ss: usize,
    v: usize,
) -> Option<(usize, usize, usize)> {
    let sep = |k: usize| ctx.is_punct(k, ",-\u{2013}\u{2014}");
    let mut close = v;
    while close > ss && sep(close - 1) {
        close -= 1;
    }
    if close == v {
        return None;
    }
    let w = (close.saturating_sub(25).max(ss + 1)..close)
        .rev()
        .take_while(|&k| !ctx.is_punct(k, ";:\"\u{201c}\u{201d}"))
        .find(|&k| cues::relative_opener(ctx.lower(k)) && sep(k - 1))?;
    let mut o = w;
    while o > ss && sep(o - 1) {
        o -= 1;
    }
    let o = paren_before(ctx, ss, o).unwrap_or(o);
    let (a, saw_det) = subject_before(ctx, o);
    if !speaker(ctx, a, o, saw_det) {
        return None;
    }
    let head = if a > ss + 1 && ctx.is_punct(a - 1, ",") && ctx.capitalized(a) {
        subject_before(ctx, a - 1).0.min(a)
    } else {
        a
    };
    Some((head, a, o))
}

/// The subject opening the sentence at `ss` when a past-tense verb follows it before token `i`
/// (`North Korea's official news agency called ...`; with `irregular`, a common irregular past
/// too: `Tillerson made a rare public statement, saying ...`): its token range, if it can name a
/// speaker.
pub(super) fn opening_subject(
    ctx: &Context<'_>,
    ss: usize,
    i: usize,
    irregular: bool,
) -> Option<(usize, usize)> {
    let lead = paren_after(ctx, ss)
        .or_else(|| dateline_after(ctx, ss))
        .unwrap_or(ss)
        .max(
            (ss..ss + 2)
                .find(|&k| !ctx.is_punct(k, "\"\u{201c}"))
                .unwrap_or(ss),
        );
    // (past a sentence adverb and its comma: `However, the government had opposed ...,
    // arguing that`)
    let lead = if ctx.is_punct(lead + 1, ",")
        && ctx.capitalized(lead)
        && sentence_adverb(ctx.lower(lead))
        && lead + 2 < i
    {
        lead + 2
    } else {
        lead
    };
    // (past a fronted phrase: `In his new book, Wang pays tribute to his wife, conceding that`)
    let fronted = cues::fronted_opener(ctx.lower(lead));
    let lead = if fronted {
        (lead + 2..(lead + 12).min(i))
            .take_while(|&k| ctx.is_word(k) || ctx.is_num(k) || ctx.is_punct(k, ","))
            .find(|&k| ctx.is_punct(k, ","))
            .map_or(lead, |c| c + 1)
    } else {
        lead
    };
    // (a present tense right after a name past a fronted phrase, `..., Wang pays`; opening
    // the sentence it is as often a plural noun: `Chinese brands`, `Egyptian authorities`)
    let present = |k: usize, w: &str| {
        fronted
            && k == lead + 1
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && ctx.capitalized(lead)
    };
    let Some(v) = (lead + 1..(lead + 12).min(i)).find(|&k| {
        let w = ctx.lower(k);
        ctx.is_word(k)
            && !ctx.capitalized(k)
            && !is_function(ctx, k)
            && (w.len() > 4 && w.ends_with("ed")
                || irregular && cues::irregular_past(w)
                || present(k, w)
                || ctx.has_role(k, |r| matches!(r, Role::AttrVerb)))
    }) else {
        return appositive_subject(ctx, lead, i, irregular);
    };
    let mut u = v;
    // (past auxiliaries, and an adverb after one: `had strongly opposed`)
    while u > lead
        && (words::speech_aux(ctx.lower(u - 1))
            || u > lead + 1
                && ctx.lower(u - 1).ends_with("ly")
                && words::speech_aux(ctx.lower(u - 2)))
    {
        u -= 1;
    }
    let (j, saw_det) = subject_before(ctx, u);
    // (the walk stops after an opening indefinite article, which the phrase keeps out as the
    // closing `, an official said` does: `An interior ministry official gave a death toll of 52
    // and said that ...`)
    let indefinite = j == lead + 1 && matches!(ctx.lower(lead), "a" | "an");
    ((j == lead || indefinite) && speaker(ctx, j, u, saw_det))
        .then_some((j, u))
        .or_else(|| appositive_subject(ctx, lead, i, irregular))
}

/// The subject opening the sentence at `lead` with an appositive set off by two commas before its
/// past-tense verb, which comes before token `i` (`The Civil Defence, a volunteer rescue group
/// operating in rebel-held areas, gave a different toll, saying ...`, `Bruno Beschizza, the mayor
/// of Aulnay-sous-Bois, released a statement, saying ...`): the subject's token range. Not a
/// relative clause (`X, which ...,`), a quote or a clause of saying inside the commas.
fn appositive_subject(
    ctx: &Context<'_>,
    lead: usize,
    i: usize,
    irregular: bool,
) -> Option<(usize, usize)> {
    let c = (lead + 1..(lead + 7).min(i)).find(|&k| ctx.is_punct(k, ","))?;
    let (j, saw_det) = subject_before(ctx, c);
    if j != lead || !speaker(ctx, j, c, saw_det) {
        return None;
    }
    let w = ctx.lower(c + 1);
    let opens = matches!(w, "the" | "a" | "an")
        || ctx.is_word(c + 1) && !ctx.capitalized(c + 1) && !is_function(ctx, c + 1);
    let c2 = (c + 2..(c + 18).min(i)).find(|&k| ctx.is_punct(k, ","))?;
    let plain = (c + 1..c2).all(|k| {
        !ctx.is_punct(k, ";:()\"\u{201c}\u{201d}")
            && !matches!(
                ctx.lower(k),
                "which" | "who" | "whom" | "whose" | "that" | "when" | "where" | "while"
            )
            && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
            && !words::speech_aux(ctx.lower(k))
    });
    if !opens || !plain {
        return None;
    }
    // the verb right after the closing comma, past auxiliaries and an adverb (`, has also said`)
    let v = (c2 + 1..(c2 + 4).min(i))
        .take_while(|&k| ctx.is_word(k) && !ctx.capitalized(k))
        .find(|&k| {
            let w = ctx.lower(k);
            !words::speech_aux(w)
                && !w.ends_with("ly")
                && !is_function(ctx, k)
                && (w.len() > 4 && w.ends_with("ed")
                    || irregular && cues::irregular_past(w)
                    || ctx.has_role(k, |r| matches!(r, Role::AttrVerb)))
        })?;
    let between = (c2 + 1..v).all(|k| {
        let w = ctx.lower(k);
        words::speech_aux(w) || w.ends_with("ly")
    });
    between.then_some((lead, c))
}

/// A study, survey or report opening the sentence as the subject of the verb at `v`, with its
/// phrase set off from the verb by an aside (`A survey by QQ browser, owned by Tencent Holdings,
/// showed that ...`, `The report, which includes interviews with 1,000 women, found ...`) or
/// holding a figure the subject walk stops at (`The review of all 136 hospital trusts found 11%
/// ...`): the token range of its phrase, up to the aside. `walked` is where the subject walk
/// found a speaker, if it did: the report's phrase replaces it only when a figure after the head
/// stopped the walk.
pub(super) fn data_subject(
    ctx: &Context<'_>,
    ss: usize,
    v: usize,
    walked: Option<usize>,
) -> Option<(usize, usize)> {
    let lead = (ss..ss + 2)
        .find(|&k| !ctx.is_punct(k, "\"\u{201c}"))
        .unwrap_or(ss);
    if v <= lead + 1 || v - lead > 30 {
        return None;
    }
    // the head among the first words (`The latest Ipsos poll`, `A 2015 survey`)
    let head = (lead..(lead + 4).min(v))
        .take_while(|&k| ctx.is_word(k) || ctx.is_num(k))
        .find(|&k| cues::report_noun(ctx.lower(k)))?;
    // (a figure after the head stops the subject walk; one before it modifies the head: `The
    // 2014 Chinese census`)
    // (or a preposition of the setting the walk does not cross, whose object is no subject: `A
    // report published by X during the World Internet Conference in Wuzhen last year showed`;
    // the report's phrase then ends before it)
    let setting = walked.filter(|&j| {
        j > head + 1
            && matches!(
                ctx.lower(j - 1),
                "during" | "at" | "on" | "after" | "before"
            )
    });
    if walked.is_some_and(|j| !(head..j).any(|k| ctx.is_num(k))) && setting.is_none() {
        return None;
    }
    // (a spaced hyphen is a dash: `A report - based on 2013 figures - estimates ...`)
    let dash = |k: usize| ctx.is_punct(k, "-") && !ctx.glued(k) && !ctx.glued(k + 1);
    let stop = |k: usize| ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}\u{2013}\u{2014}") || dash(k);
    let end = (head + 1..v).find(|&k| stop(k)).unwrap_or(v);
    // the phrase goes on after its head with a preposition or a participle (`An analysis by the
    // Congressional Budget Office`, `A survey released in November`), not a verb of its own
    // (`The report goes on to say`, `Final polls ... appeared to show`)
    let w = ctx.lower(head + 1);
    let np = head + 1 == end
        || words::source_preposition(w)
        || w == "by"
        || w.len() > 4
            && w.ends_with("ed")
            && !ctx.has_role(head + 1, |r| matches!(r, Role::AttrVerb));
    if !np || ctx.lower(v - 1) == "to" {
        return None;
    }
    // (no clause inside the phrase: `The survey was conducted in March and found ...`)
    let plain = |a: usize, b: usize| {
        (a..b).all(|k| {
            let w = ctx.lower(k);
            !cues::clause_word(w)
                && !words::speech_aux(w)
                && !matches!(w, "and" | "or" | "but" | "that" | "which" | "who")
                && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
        })
    };
    if !plain(lead, end) {
        return None;
    }
    // the source is the report, not what it is of (`The review of all 136 hospital trusts in
    // the country`: the trusts' place is the counted thing's)
    // (unless its author follows: `A recent analysis of cases from 2010 to 2015 by SCOTUSBlog`)
    let named = (head + 1..end)
        .find(|&k| ctx.lower(k) == "of")
        .filter(|&o| (o..end).all(|k| !matches!(ctx.lower(k), "by" | "from")))
        .unwrap_or(end);
    if end == v {
        return Some((lead, setting.map_or(named, |j| named.min(j - 1))));
    }
    // the aside opens at the phrase's comma or dash and closes right before the verb
    let aside = (ctx.is_punct(end, ",") && ctx.is_punct(v - 1, ",") || dash(end) && dash(v - 1))
        && v > end + 2
        && v - end <= 20
        && (end + 1..v - 1).all(|k| !stop(k) && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb)));
    aside.then_some((lead, named))
}

/// A name opening the sentence before an appositive that no comma closes, with the subject walk
/// from the verb at `v` ending inside the appositive at `j` (`Alejandro Vila Chavez, the
/// prosecutor for crimes against migrants in the southern state of Chiapas told`, `Jim Barrow,
/// from Worthing said`): the name's token range. Not a fronted phrase (`In Philadelphia,
/// officials said`) nor a relative clause with a subject of its own (`Boko Haram, which
/// Amnesty International said ...`).
pub(super) fn open_name_appositive(
    ctx: &Context<'_>,
    ss: usize,
    j: usize,
    v: usize,
) -> Option<(usize, usize)> {
    let c = (ss + 1..(ss + 5).min(j)).find(|&k| ctx.is_punct(k, ","))?;
    let name = (ss..c).all(|k| {
        ctx.is_word(k) && ctx.capitalized(k) && !is_function(ctx, k) && !time_word(ctx, k)
            || k > ss && ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1)
    });
    let w = ctx.lower(c + 1);
    let opens = matches!(w, "the" | "a" | "an" | "from" | "of" | "with")
        || ctx.is_word(c + 1) && !ctx.capitalized(c + 1) && !is_function(ctx, c + 1);
    let plain = (c + 1..v).all(|k| {
        !ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}\u{2013}\u{2014}")
            && !matches!(
                ctx.lower(k),
                "which" | "who" | "whom" | "whose" | "that" | "when" | "where" | "while"
            )
            && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
            && !words::speech_aux(ctx.lower(k))
    });
    (c >= ss + 2 && name && opens && plain && v - c <= 20).then_some((ss, c))
}

/// The stretch `lead..j` before a source is a short clause holding only a date, closed by a comma
/// a few words before the source, with no clause between (`Yesterday evening, X and Y told RT.`).
pub(super) fn fronted_date(ctx: &Context<'_>, qs: &[RawQuantity], lead: usize, j: usize) -> bool {
    let k = qs.partition_point(|q| q.start < lead);
    let before: Vec<&RawQuantity> = qs[k..].iter().take_while(|q| q.start < j).collect();
    let Some(d) = before.first() else {
        return false;
    };
    let close = (d.end..(d.end + 3).min(j)).find(|&t| ctx.is_punct(t, ","));
    // (`"Last year, Russia finished ...," the ambassador said`: a clause between the date's comma
    // and the source is what is said)
    // (nor a period no act of saying spans: `Since September 2016, Sini said, 125 ...`, `By 06:00
    // GMT, state and local officials said those efforts had paid off`)
    let period =
        d.start == lead + 1 && matches!(ctx.lower(lead), "since" | "by" | "until" | "till");
    d.start <= lead + 1
        && !period
        && close.is_some_and(|c| {
            (d.end..c).all(|t| ctx.is_word(t)) && j <= c + 6 && (c + 1..j).all(|t| ctx.is_word(t))
        })
        && before.iter().all(|q| {
            q.end <= close.unwrap_or(0) && matches!(q.kind, QuantityKind::Date | QuantityKind::Time)
        })
}

/// The phrase at `e` can be a cited source (`citing officials`, `citing the ministry`, `citing
/// Reuters`), not a reason (`citing concerns`, `citing security reasons`).
pub(super) fn citable(ctx: &Context<'_>, e: usize) -> bool {
    let w = ctx.lower(e);
    ctx.capitalized(e)
        || words::definite_determiner(w)
        || matches!(w, "a" | "an")
        || words::source_noun(w)
        || words::speaker_noun(w)
        || ctx.has_role(e, |r| matches!(r, Role::PersonNoun))
}

/// The phrase at `e` after `citing` is a reason, not a source: its head (the last word before a
/// preposition, a `that`, a verb or clause punctuation, past determiners, possessives, adjectives
/// and quote marks; at most six words) is one of [`cues::cited_reason_noun`] (`citing the
/// violence in Dortmund`, `citing Ms DeVos's lack of qualifications`, `citing a "hazardous
/// situation"`).
pub(super) fn cited_reason(ctx: &Context<'_>, e: usize) -> bool {
    let mut head = None;
    let mut k = e;
    while k < e + 8 && ctx.sentence_of.get(k) == ctx.sentence_of.get(e) {
        if ctx.possessive_after(k) {
            k += 2;
            continue;
        }
        if ctx.is_punct(k, "\"\u{201c}\u{201d}") {
            k += 1;
            continue;
        }
        let w = ctx.lower(k);
        if !ctx.is_word(k)
            || k > e && (is_function(ctx, k) || w == "that")
            || ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
        {
            break;
        }
        head = Some(k);
        k += 1;
    }
    head.is_some_and(|h| !ctx.capitalized(h) && cues::cited_reason_noun(ctx.lower(h)))
}

/// `saying` at `i` after `by` after a past verb of the sentence's subject (`Huang countered by
/// saying there were dozens of arrests`, fresh29 #111; `The ministry responded by saying ...`):
/// the manner of the answer is a saying whose subject is the opening subject (attr44).
pub(super) fn by_saying(ctx: &Context<'_>, ss: usize, i: usize) -> bool {
    i > ss + 2
        && ctx.lower(i) == "saying"
        && ctx.lower(i - 1) == "by"
        && ctx.lower(i - 2).len() > 4
        && ctx.lower(i - 2).ends_with("ed")
        && !ctx.capitalized(i - 2)
}

/// A participle of saying at `i` coordinated with an earlier participle after a comma (`...,
/// angrily accusing them of delays and saying dozens were missing`): it reports for the same
/// subject as one after a comma would.
pub(super) fn and_participle(ctx: &Context<'_>, i: usize) -> bool {
    i > 3
        && ctx.lower(i - 1) == "and"
        && (i.saturating_sub(14)..i - 2)
            .rev()
            .take_while(|&k| ctx.is_word(k) || ctx.is_punct(k, ","))
            .find(|&k| ctx.is_punct(k, ","))
            .is_some_and(|c| {
                // (the participle opens the stretch, maybe after an adverb: `, angrily accusing`)
                (c + 1..(c + 3).min(i - 1)).any(|k| {
                    let w = ctx.lower(k);
                    w.len() > 5 && w.ends_with("ing") && !ctx.capitalized(k)
                })
            })
}

/// The subject of a participle of saying at `i` in an absolute phrase after `with` (`with local
/// activists saying up to 300 people were inside`, `with the conference chairman saying there
/// was greater instability`, `with many members saying the move ...`): the token range of the
/// noun phrase between them, one to five plain words after the sentence start `ss`. Not a share
/// of a poll (`with 35 percent saying`, `with nearly one-third saying`: a number in the phrase,
/// whose source is the poll) nor a bare pronoun or quantifier (`with many saying`).
pub(super) fn with_subject(ctx: &Context<'_>, ss: usize, i: usize) -> Option<(usize, usize)> {
    let w = (i.saturating_sub(6).max(ss)..i)
        .rev()
        .take_while(|&k| ctx.is_word(k) && !ctx.is_num(k))
        .find(|&k| ctx.lower(k) == "with")?;
    let plain = (w + 1..i).all(|k| !is_function(ctx, k) || words::determiner(ctx.lower(k)));
    (i > w + 1 && plain && !is_function(ctx, i - 1)).then_some((w + 1, i))
}

/// The source of a participle of saying at `i` (its content from `e`) in an absolute phrase after
/// `with`, the sentence `ss..se` ([`with_subject`]): it says the rest of its clause.
pub(super) fn with_source(
    ctx: &Context<'_>,
    qs: &[RawQuantity],
    (i, e): (usize, usize),
    (ss, se): (usize, usize),
) -> Option<Source> {
    let verb = ctx.lower(i);
    let (a, b) = cues::participle_speech_verb(verb)
        .then(|| with_subject(ctx, ss, i))
        .flatten()?;
    Some(Source::of_saying(ctx, qs, (i, e), se, attr(ctx, a, b), a))
}

/// The subject opening the sentence at `ss` of a reporting verb at `v` coordinated with an
/// earlier predicate (`An interior ministry official gave a death toll of 52 and said that ...`,
/// `Udall echoed those concerns and said ...`, `Trump has criticized Ford, General Motors and
/// Toyota for ... and has stated ...`): its token range, when one plain clause (no clause
/// punctuation, no other reporting verb, no conjunction or relative word) runs from it to the
/// `and` before `v`, or, for a verb that only says, one clause with commas of a list or a quote
/// and a `that` of its object.
pub(super) fn coordinated_subject(
    ctx: &Context<'_>,
    ss: usize,
    v: usize,
) -> Option<(usize, usize)> {
    if v < ss + 4 || ctx.lower(v - 1) != "and" {
        return None;
    }
    let strict = opening_subject(ctx, ss, v - 1, false).filter(|&(_, b)| {
        v - b <= 25
            && (b..v - 1).all(|k| {
                !ctx.is_punct(k, ",;:()\"\u{201c}\u{201d}\u{2013}\u{2014}")
                    && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
                    && !matches!(
                        ctx.lower(k),
                        "who"
                            | "which"
                            | "that"
                            | "when"
                            | "while"
                            | "because"
                            | "if"
                            | "and"
                            | "but"
                            | "or"
                    )
            })
    });
    // (a verb that only says may follow a clause with commas of a list or a quote, a `that` of
    // its object, or another `and`: not `showed promise`, `reported to the inspectors`; and not
    // inside a quote opening the sentence, whose speaker closes it: `"..., the staff came to me
    // and told us ...," said Mrs Hoe`)
    let loose = || {
        opening_subject(ctx, ss, v - 1, true).filter(|&(_, b)| {
            (v..v + 4)
                .find(|&k| !words::speech_aux(ctx.lower(k)))
                .is_some_and(|k| cues::coordinated_speech_verb(ctx.lower(k)))
                && !ctx.is_punct(ss, "\"\u{201c}")
                && v - b <= 30
                && (b..v - 1).all(|k| {
                    !ctx.is_punct(k, ";:()\u{2013}\u{2014}")
                        && (!ctx.is_punct(k, "-") || ctx.glued(k))
                        && !ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
                        && !matches!(
                            ctx.lower(k),
                            "who"
                                | "which"
                                | "whose"
                                | "when"
                                | "while"
                                | "because"
                                | "if"
                                | "but"
                                | "or"
                        )
                })
        })
    };
    strict.or_else(loose)
}

/// `sources` without those whose phrase opens on the unit of a share, or right after its `of`
/// (`48 percent of Americans said`, `Just 17% of Americans say`, `23 percent of the public say`,
/// `With 54 percent of the vote counted`): the respondents a poll's figure describes are no source
/// of it, and the phrase left after the number is a fragment (the poll, when named, is a source of
/// its own).
pub(super) fn without_respondents(ctx: &Context<'_>, mut sources: Vec<Source>) -> Vec<Source> {
    sources.retain(|x| {
        let a = ctx
            .lexemes
            .partition_point(|t| t.start < x.attribution.span.start);
        // (the unit at `k`, after its number)
        let share = |k: usize| {
            k > 0
                && (matches!(ctx.lower(k), "percent" | "%") && ctx.is_num(k - 1)
                    || ctx.lower(k) == "cent"
                        && ctx.lower(k - 1) == "per"
                        && k > 1
                        && ctx.is_num(k - 2))
        };
        // (`17% of Americans say`: the phrase may start past the `of`)
        let unit = if ctx.lower(a) == "per" { a + 1 } else { a };
        !(share(unit) || a > 1 && ctx.lower(a - 1) == "of" && share(a - 2))
    });
    sources
}

/// The source's attribution for the token range `s..e`, trimmed of a glued hyphen and a relative
/// pronoun at either end.
pub(super) fn attr(ctx: &Context<'_>, mut s: usize, mut e: usize) -> Attribution {
    // (not a hyphen the corpus glues for the space before the verb, `the website-reported`,
    // `the club's skipper-said`, `the TV channel-said quoting police sources`, or after the
    // cue: `according to -Interior Ministry spokesman Pierre-Henry Brandet`; nor the pronoun
    // of a source in a relative clause: `Indian police who said`)
    while e > s + 1 && (ctx.is_punct(e - 1, "-") || matches!(ctx.surface(e - 1), "who" | "which")) {
        e -= 1;
    }
    while e > s + 1 && ctx.is_punct(s, "-") {
        s += 1;
    }
    let span = ctx.span(s, e);
    Attribution {
        source: span.slice(ctx.text).to_owned(),
        span,
    }
}

/// Sentence adverbs that open a sentence before a comma and its subject (`However, the
/// government ...`, `Meanwhile, the ministry ...`).
fn sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "however"
            | "meanwhile"
            | "separately"
            | "instead"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "still"
            | "indeed"
            | "previously"
            | "earlier"
            | "later"
            | "recently"
            | "additionally"
    )
}
