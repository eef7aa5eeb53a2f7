//! Quotes that run on past the sentence naming their speaker. A quote opening a sentence right
//! after a sentence closed by its source (`"...," Salisbury said. "If we went back 130 million
//! years ..."`) is the same speaker's, and so is a quote opened after a source and not closed in
//! its sentence (`Lavrov said: "... meetings. I can only quote what the media said today ..."`)
//! up to the sentence that closes it. Only a quote that ends its sentence (or runs on) is taken:
//! `"...," he added.` after it is the bare pronoun's, no source, unless `he`/`she` stands for the
//! speaker named just before, with no other person between (frames.md, "A quote tagged by a bare
//! pronoun", session 35): then the pronoun's quote is that speaker's (`Okoro said supplies were
//! short. "We have food for a week," he said.`: Okoro), and a quote opening the sentence after
//! that tag with no tag of its own continues that speaker (`... "After that, 5,000 families will
//! go hungry."`: Okoro).

use super::cues;
use super::quote_marks::{closing, opening};
use super::sources::{Source, after_quote, is_function, owned_by_noun};
use crate::lexicon::Role;
use crate::scan::Context;
use crate::words;

/// How a quote stands at the end of `a..b`: `Some(true)` open (its last quotation mark opens
/// one), `Some(false)` closed, `None` no quotation mark.
fn open_at_end(ctx: &Context<'_>, a: usize, b: usize) -> Option<bool> {
    (a..b)
        .rev()
        .find(|&p| opening(ctx, p) || closing(ctx, p))
        .map(|p| opening(ctx, p))
}

/// The quote opening at `open` is closed by a bare pronoun's saying (`"One judge cannot make
/// laws. I mean this is just crazy," he said.`): the first closing mark after it, within
/// [`MAX_RUN_ON`] sentences of `sentences` (the first is the quote's), is followed by `he said`,
/// `she added`, `said he` ... A new quote after a speaker's sentence is then the pronoun's, not
/// surely the speaker's.
fn pronoun_closes(ctx: &Context<'_>, open: usize, sentences: &[(u32, usize, usize)]) -> bool {
    let end = sentences[..sentences.len().min(MAX_RUN_ON + 1)]
        .last()
        .map_or(open, |&(_, _, e)| e);
    (open + 1..end)
        .find(|&p| closing(ctx, p))
        .is_some_and(|c| pronoun_tag(ctx, c).is_some())
}

/// The bare pronoun of a saying right after the closing mark at `c` (`," he said`, `?" she
/// asked`, `," said he`): its token. A quote closing on `,"`, `?"` or `!"` only: after `."` a
/// pronoun opens a sentence of the writer's (`"... three years." He says the company ...`).
fn pronoun_tag(ctx: &Context<'_>, c: usize) -> Option<usize> {
    let pronoun = |k: usize| matches!(ctx.lower(k), "he" | "she" | "they");
    let verb = |k: usize| ctx.has_role(k, |r| matches!(r, Role::AttrVerb));
    let k = c + 1 + usize::from(ctx.is_punct(c + 1, "?") && ctx.glued(c + 1));
    if c == 0 || !ctx.is_punct(c - 1, ",?!") {
        return None;
    }
    if pronoun(k) && verb(k + 1) {
        Some(k)
    } else if verb(k) && pronoun(k + 1) {
        Some(k + 1)
    } else {
        None
    }
}

/// `he` or `she` at `p` can stand for the source `x` of the sentence before (`"...," Senator
/// Shtyrov said. "...," he said.`): its phrase holds a capitalised word or a person noun
/// (`Smith`, `the spokeswoman`), and its last word is no lower-case plural (`officials`). An
/// organisation's common noun (`the ministry said ... "...," he said`: its spokesman) and
/// `they` stay unresolved.
fn pronoun_stands_for(ctx: &Context<'_>, p: usize, x: &Source) -> bool {
    let std::ops::Range { start: a, end: b } = x.phrase_lexemes(ctx);
    let person = |k: usize| {
        ctx.is_word(k)
            && !is_function(ctx, k)
            && (ctx.capitalized(k) || ctx.has_role(k, |r| matches!(r, Role::PersonNoun)))
    };
    let last = (a..b).rev().find(|&k| ctx.is_word(k));
    let plural = last.is_some_and(|k| {
        let w = ctx.lower(k);
        !ctx.capitalized(k) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
    });
    matches!(ctx.lower(p), "he" | "she") && (a..b).any(person) && !plural
}

/// Sentences the quote runs on into, at most this many after the one that opens it.
const MAX_RUN_ON: usize = 4;

/// The quote opening at `open` is closed by a tag of its own (`"We lost 30 people," Smith
/// said.`, `"...," said the mayor`, `"...," he stressed.`, `"...," Juan Perez, executive director
/// of ..., said`): its first closing mark, within [`MAX_RUN_ON`] sentences of `sentences` (the
/// first is the quote's), is followed in its sentence by a verb of saying before a full stop, or
/// closes on `,"` (`?"`, `!"`) before a word that opens a tag (a name, a determiner, a pronoun);
/// or a sentence of the quote's run has a source closing a quote (what [`preceding_quotes`]
/// carries back, `... the region," Etage's consultant Yulia Ananyeva said.`). Such a quote is its
/// tag's speaker's, not the speaker of the reported speech before it; one closing on `,"` before
/// the writer's words (`"...," meaning that ...`, `"...," as well as ...`) has no tag.
fn tag_closes(
    ctx: &Context<'_>,
    open: usize,
    sentences: &[(u32, usize, usize)],
    sources: &[Source],
) -> bool {
    let window = &sentences[..sentences.len().min(MAX_RUN_ON + 1)];
    let closes_quote = |x: &Source| {
        let a = ctx
            .lexemes
            .partition_point(|t| t.start < x.attribution.span.start);
        after_quote(ctx, a) || after_quote(ctx, x.skip.0)
    };
    let end = window.last().map_or(open, |&(_, _, e)| e);
    let first_close = (open + 1..end).find(|&p| closing(ctx, p));
    // (only the sentences up to the quote's own closing mark, past a quote nested in it
    // (`"For 2018, we plan ... of project "The Viktor Chernomyrdin", with ...," he said`), are
    // its run: a source after a later quote mark, or after a garbled apostrophe read as one,
    // `the Academy of Sciences"?Council Mikhail Grigoryev told TASS` three sentences on, closes
    // another quote)
    let mut depth = 0usize;
    let own_close = (open + 1..end).find(|&p| {
        if opening(ctx, p) {
            depth += 1;
        } else if closing(ctx, p) {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
        false
    });
    let run = own_close.map_or(window.len(), |c| {
        window.iter().take_while(|&&(_, ss, _)| ss <= c).count()
    });
    if window[..run].iter().any(|&(t, _, _)| {
        super::sources::sources_in(sources, t)
            .iter()
            .any(closes_quote)
    }) {
        return true;
    }
    let Some(c) = own_close.or(first_close) else {
        return false;
    };
    let se = window
        .iter()
        .find(|&&(_, ss, se)| (ss..se).contains(&c))
        .map_or(end, |&(_, _, se)| se);
    let saying = |k: usize| {
        let w = ctx.lower(k);
        ctx.has_role(k, |r| matches!(r, Role::AttrVerb))
            || cues::closing_speech_verb(w)
            || words::inverted_speech_verb(w)
            || matches!(w, "explains" | "quoted")
    };
    let verb = (c + 1..se.min(c + 30))
        .take_while(|&k| !ctx.is_punct(k, ".;:\"\u{201c}\u{201d}"))
        .any(saying);
    // (a quote closing on `,"` before a tag's first word: `," Smith`, `," the mayor`, `," he`)
    let k = c + 1 + usize::from(ctx.is_punct(c + 1, "?") && ctx.glued(c + 1));
    let w = ctx.lower(k);
    let tag_word = ctx.is_word(k)
        && (ctx.capitalized(k)
            || words::definite_determiner(w)
            || matches!(w, "a" | "an" | "he" | "she" | "they" | "it" | "we" | "i")
            || saying(k));
    verb || c > 0 && ctx.is_punct(c - 1, ",?!") && tag_word
}

/// The sentence `ss..se` reports what a source says with no quotation mark in it (`Jobe says
/// the toll is rising.`, `Moreover, Kuhn added, the suggestions are not practical.`).
fn plain_report(ctx: &Context<'_>, ss: usize, se: usize) -> bool {
    (ss..se).all(|p| !opening(ctx, p) && !closing(ctx, p))
}

/// Sources for the sentences that continue a quote of an earlier sentence's source: `sources`
/// (in text order) gets one per such sentence, covering it up to the quote's end.
pub(super) fn continued_quotes(
    ctx: &Context<'_>,
    sentences: &[(u32, usize, usize)],
    sources: &mut Vec<Source>,
) {
    let mut added = Vec::new();
    // the source whose quote is open at the end of the previous sentence, with the number of
    // sentences it ran on into
    let mut open: Option<(usize, usize)> = None;
    // the source that closed the previous sentence after a quote
    let mut closed: Option<usize> = None;
    // the last source of the previous sentence when it reports speech with no quotation mark:
    // a quotation opening the next sentence is that speaker's (ruling of session 30, "A
    // quotation after reported speech"), unless a tag of its own closes it
    let mut reported: Option<usize> = None;
    // the source carried to the previous sentence, whose quote closed in it: a bare pronoun's
    // tag closing the next quote may stand for it (`"A," Smith said. "B." "C," he said. "D."`)
    let mut carried: Option<usize> = None;
    // the speaker a bare pronoun's tag closing the previous sentence's quote stands for
    let mut relayed: Option<usize> = None;
    // the first source of the previous sentence when `reported` is set
    let mut reported_first: Option<usize> = None;
    let mut k = 0; // index into `sources`
    for (n, &(s, ss, se)) in sentences.iter().enumerate() {
        while k < sources.len() && sources[k].sentence < s {
            k += 1;
        }
        let own = sources[k..].iter().take_while(|x| x.sentence == s).count();
        if own == 0 {
            // the quote's end in this sentence: its first closing mark (or its last, with no
            // opening mark, when a mis-decoded apostrophe comes first: `users"?names`)
            let ends_at = |p: usize| (p + 1..se).all(|t| !ctx.is_word(t) && !ctx.is_num(t));
            let end = (ss..se)
                .rev()
                .find(|&p| closing(ctx, p))
                .filter(|&p| ends_at(p) && !(ss..p).any(|t| opening(ctx, t)))
                .or_else(|| (ss..se).find(|&p| closing(ctx, p)));
            // only what ends the sentence: nothing but punctuation after the closing mark
            let ends = end.is_none_or(ends_at);
            // (a quote after reported speech is taken up to its close even when words of the
            // writer's follow it, `"...," meaning that ...`: a tag there would be its own)
            let mut after_report = false;
            // a bare pronoun's saying closing the quote here (`...," she said.`), with no
            // quote opening after it: the sentence is the pronoun's, no source (frames.md:
            // `not a bare pronoun`, the gold's convention), but when the pronoun can stand for
            // the speaker the quote runs on from or the previous sentence's, a quote opening
            // the next sentence with no tag of its own continues that speaker (fresh24 #60)
            let tag = end
                .and_then(|c| pronoun_tag(ctx, c))
                .filter(|&p| (p..se).all(|t| !opening(ctx, t)));
            let before = open
                .filter(|&(_, r)| r < MAX_RUN_ON)
                .map(|(x, _)| x)
                .or(closed)
                .or(reported_first)
                .or(carried);
            let relay =
                tag.and_then(|p| before.filter(|&x| pronoun_stands_for(ctx, p, &sources[x])));
            // the pronoun's own quote is the speaker's it stands for when that speaker is named
            // in the sentence just before (a quote it closed, or reported speech with no other
            // person among its sources) or opened the quote running on here (frames.md, "A
            // quote tagged by a bare pronoun", session 35); not one carried from further back
            // (a person noun after the speaker's phrase and verb in its sentence is another
            // person between them: `Mrs O'Neill claimed the DUP leader was in denial.`)
            let prev_end = n.checked_sub(1).map_or(ss, |m| sentences[m].2);
            let no_person_after = |x: usize| {
                let b = sources[x].phrase_lexemes(ctx).end.max(sources[x].skip.1);
                (b..prev_end).all(|k| !ctx.has_role(k, |r| matches!(r, Role::PersonNoun)))
            };
            // (reported speech whose own subject is a pronoun before the source names someone
            // else as the speaker: `He said one officer told him that ...`)
            let prev_start = n.checked_sub(1).map_or(ss, |m| sentences[m].1);
            let no_pronoun_before = |x: usize| {
                let a = sources[x].phrase_lexemes(ctx).start;
                (prev_start..a).all(|k| !matches!(ctx.lower(k), "he" | "she"))
            };
            // (a verb of saying before the quote opens: the sentence names a speaker of its own
            // the walk missed, `..., a security official ... said: "...," he said.`)
            let first_open = (ss..se).find(|&p| opening(ctx, p)).unwrap_or(ss);
            let own_speaker =
                (ss..first_open).any(|k| ctx.has_role(k, |r| matches!(r, Role::AttrVerb)));
            let named_before = open
                .filter(|&(_, r)| r < MAX_RUN_ON)
                .map(|(x, _)| x)
                .or(closed.filter(|&x| no_person_after(x)))
                .or(reported_first
                    .filter(|&f| no_person_after(f) && no_pronoun_before(f))
                    .filter(|&f| {
                        tag.is_some_and(|p| {
                            (f + 1..=reported.unwrap_or(f)).all(|y| {
                                owned_by_noun(ctx, &sources[y])
                                    || !pronoun_stands_for(ctx, p, &sources[y])
                            })
                        })
                    }));
            let own_quote = tag.filter(|_| !own_speaker).zip(end).and_then(|(p, c)| {
                named_before
                    .filter(|&x| pronoun_stands_for(ctx, p, &sources[x]))
                    .map(|x| (x, c))
            });
            let from = if let Some((x, runs)) = open.filter(|&(_, r)| r < MAX_RUN_ON) {
                Some((x, runs + 1))
            } else if opening(ctx, ss) && !pronoun_closes(ctx, ss, &sentences[n..]) {
                closed
                    .or_else(|| {
                        relayed.filter(|_| ends && !tag_closes(ctx, ss, &sentences[n..], sources))
                    })
                    .or_else(|| {
                        after_report = true;
                        reported.filter(|_| !tag_closes(ctx, ss, &sentences[n..], sources))
                    })
                    .map(|x| (x, 1))
            } else {
                None
            };
            open = None;
            closed = None;
            reported = None;
            reported_first = None;
            carried = None;
            relayed = relay;
            let taken = from.is_some_and(|_| ends || after_report);
            if let Some((x, c)) = own_quote.filter(|_| !taken) {
                added.push(self::carried(&sources[x], s, ss, c));
            }
            if let Some((x, runs)) = from.filter(|_| ends || after_report) {
                let to = end.unwrap_or(se);
                if end.is_some() {
                    carried = Some(x);
                }
                added.push(Source {
                    attribution: sources[x].attribution.clone(),
                    from: ss,
                    to,
                    skip: (ss, ss),
                    that: false,
                    sentence: s,
                });
                if end.is_none() && open_at_end(ctx, ss, se) != Some(false) {
                    open = Some((x, runs));
                }
            }
        } else if let Some(last) = (k..k + own)
            .rev()
            .find(|&y| !owned_by_noun(ctx, &sources[y]))
        {
            let x = &sources[last];
            let std::ops::Range { start: a, end: b } = x.phrase_lexemes(ctx);
            // `"...," Salisbury said.`, `," said Hariri.`: the source's phrase or verb follows a
            // closing quote, and no quote follows it
            let after_close = after_quote(ctx, a) || after_quote(ctx, x.skip.0);
            let quiet_after = (b..se).all(|p| !opening(ctx, p) && !closing(ctx, p));
            closed = (after_close && quiet_after).then_some(last);
            reported = plain_report(ctx, ss, se).then_some(last);
            // (the first speaker of reported speech is the one a pronoun after it stands for:
            // `Ghoneim said Centcom admitted ... . "...," she said.`)
            reported_first =
                reported.and_then(|_| (k..=last).find(|&y| !owned_by_noun(ctx, &sources[y])));
            // `X said: "... ` with the quote left open at the sentence end; a source quoted
            // inside it, with no quote mark after it, keeps it open (`Ruth Davidson said:
            // "Nicola Sturgeon has just admitted what everybody knew ...`)
            let end_of = |y: usize| {
                ctx.lexemes
                    .partition_point(|t| t.start < sources[y].attribution.span.end)
            };
            let quiet = open_at_end(ctx, b, se).is_none();
            open = (k..=last)
                .rev()
                .take_while(|&y| y == last || quiet)
                .find(|&y| end_of(y) < se && open_at_end(ctx, end_of(y), se) == Some(true))
                .map(|y| (y, 0));
        } else {
            // (only a noun's owner, `the journalist's statement that ...`: no speech of the
            // sentence, so nothing runs on from it)
            (open, closed, reported, reported_first) = (None, None, None, None);
        }
        if own > 0 {
            (carried, relayed) = (None, None);
        }
        k += own;
    }
    if !added.is_empty() {
        sources.extend(added);
        // (stable: the sources of one sentence keep their order)
        sources.sort_by_key(|x| x.sentence);
    }
}

/// Sources for the sentences of a quote that a later sentence's source closes: `"We lost 40
/// homes in the fire. It will take years to rebuild," the mayor said.` gives the mayor the
/// first sentence too. The quote must open in an earlier sentence (no opening mark before the
/// closing one in the source's sentence), and every sentence walked back over must be inside
/// it: no quotation mark but the opening one, no source of its own, at most [`MAX_RUN_ON`]
/// sentences; a quote whose opening is not found within them gives nothing. A quote ending on
/// `?"` or `!"` is split from its tag when the tag opens a sentence of its own (`"... Are the
/// two sides really ready for a head-on collision?" / Wang said.`, `"... the first!" Wilders
/// tweeted.`): the quote's sentences are the tag's speaker's as well (session 29: 12 of 12
/// corpus fills right).
pub(super) fn preceding_quotes(
    ctx: &Context<'_>,
    sentences: &[(u32, usize, usize)],
    sources: &mut Vec<Source>,
) {
    let has_source = |s: u32| {
        let i = sources.partition_point(|x| x.sentence < s);
        sources.get(i).is_some_and(|x| x.sentence == s)
    };
    let start_of = |x: &Source| {
        ctx.lexemes
            .partition_point(|t| t.start < x.attribution.span.start)
    };
    let mut added = Vec::new();
    for (i, &(s, ss, _)) in sentences.iter().enumerate() {
        let here = super::sources::sources_in(sources, s);
        let closing_source = |x: &&Source| {
            let a = start_of(x);
            after_quote(ctx, a) || after_quote(ctx, x.skip.0)
        };
        let closer = here.last().filter(closing_source);
        // the quote and the sentences walked back over: `(sentence, from, to)`
        let mut run = Vec::new();
        let (x, walk) = if let Some(x) = closer {
            let v = start_of(x).min(x.skip.0);
            // the closing mark before the source, with no opening mark before it in the sentence
            let Some(c) = (ss..v).rev().find(|&p| closing(ctx, p)) else {
                continue;
            };
            if (ss..c).any(|p| opening(ctx, p) || closing(ctx, p)) {
                continue;
            }
            (x, &sentences[..i])
        } else if let Some(x) =
            split_tag(ctx, here, ss, i, sentences).filter(|_| !has_source(sentences[i - 1].0))
        {
            // the quote's last sentence: one opening mark opens it there, or none (it opened
            // earlier)
            let (t, ts, te) = sentences[i - 1];
            let marks: Vec<usize> = (ts..te).filter(|&p| opening(ctx, p)).collect();
            let closes = (ts..te).filter(|&p| closing(ctx, p)).count();
            match (marks.as_slice(), closes) {
                ([o], 1) => {
                    added.push(carried(x, t, *o, te));
                    continue;
                }
                ([], 1) => run.push((t, ts, te)),
                _ => continue,
            }
            (x, &sentences[..i - 1])
        } else {
            continue;
        };
        let mut opened = false;
        for &(t, ts, te) in walk.iter().rev().take(MAX_RUN_ON) {
            if has_source(t) || (ts..te).any(|p| closing(ctx, p)) {
                break;
            }
            let marks: Vec<usize> = (ts..te).filter(|&p| opening(ctx, p)).collect();
            match marks.as_slice() {
                [] => run.push((t, ts, te)),
                [o] => {
                    run.push((t, *o, te));
                    opened = true;
                    break;
                }
                _ => break,
            }
        }
        if opened {
            added.extend(run.into_iter().map(|(t, from, to)| carried(x, t, from, to)));
        }
    }
    if !added.is_empty() {
        sources.extend(added);
        sources.sort_by_key(|x| x.sentence);
    }
}

/// `x`'s attribution carried to tokens `from..to` of sentence `t`.
fn carried(x: &Source, t: u32, from: usize, to: usize) -> Source {
    Source {
        attribution: x.attribution.clone(),
        from,
        to,
        skip: (from, from),
        that: false,
        sentence: t,
    }
}

/// The source of a tag split from its quote (`"... a head-on collision?" / Wang said.`,
/// `"... ?" / said the minister.`): the sentence `i` (tokens from `ss`) opens with a source's
/// phrase or its verb, and the sentence before it ends on a closing mark after `?` or `!` (after
/// `."` a new sentence is the writer's, whoever it names).
fn split_tag<'s>(
    ctx: &Context<'_>,
    here: &'s [Source],
    ss: usize,
    i: usize,
    sentences: &[(u32, usize, usize)],
) -> Option<&'s Source> {
    let &(_, _, pe) = sentences.get(i.checked_sub(1)?)?;
    let ends = pe >= 2 && closing(ctx, pe - 1) && ctx.is_punct(pe - 2, "?!");
    let x = here.first()?;
    let a = ctx
        .lexemes
        .partition_point(|t| t.start < x.attribution.span.start);
    (ends && (a == ss || x.skip.0 == ss)).then_some(x)
}
