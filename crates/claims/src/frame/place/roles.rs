//! What a place name does in its sentence when it is not where a figure is (issue 14, session
//! 18; the claims README tells what each rule changed on the real corpus): a name the recogniser
//! labelled a place that names a document or an organisation ([`unplaced_names`]), and a place
//! that plays another part beside the figure ([`other_role`]: the owner of troops, citizens or a
//! currency, a relation, a team, the subject of another clause), or the setting of a saying
//! ([`saying_setting`]).

use std::collections::HashSet;

use reckon_entities::{Entity, Label};

use super::{countries, relation_before};
use crate::frame::cues;
use crate::frame::sources::is_function;
use crate::lexicon::Fnv;
use crate::scan::Context;

/// Nouns that make a place name before them the owner or origin of people or things, not where
/// the counted thing is: armed forces and their bases (`US troops`, `the US military`, `an attack
/// on US bases in Japan`), citizens, titles of a person (`a US senator`, `the former Alabama
/// senator`), a currency (`the US dollar fell 0.9%`), a national team (`the England team`, a
/// club's `Mainz side`) and a document or agenda named after a place (`under the Dublin
/// regulations`, `the Middle East agenda`). Not the organs that act where they rule (`Queensland
/// authorities closed 102 schools`, `a Moscow court`, `Nevada lawmakers`, `the Hong Kong
/// government`), nor what belongs to a country's economy (`the US economy`, `the US defence
/// budget`; right after a figure, `3,000 US companies`, the counted noun is [`national_modifier`]'s).
fn affiliate(w: &str) -> bool {
    matches!(
        w,
        "military"
            | "army"
            | "navy"
            | "troops"
            | "soldiers"
            | "soldier"
            | "forces"
            | "marines"
            | "commandos"
            | "servicemen"
            | "servicemembers"
            | "personnel"
            | "base"
            | "bases"
            | "warship"
            | "warships"
            | "tanks"
            | "citizens"
            | "citizen"
            | "nationals"
            | "passport"
            | "passports"
            | "diplomats"
            | "diplomat"
            | "embassy"
            | "consulate"
            | "president"
            | "senator"
            | "senators"
            | "congressman"
            | "congresswoman"
            | "ambassador"
            | "envoy"
            | "leader"
            | "general"
            | "dollar"
            | "dollars"
            | "team"
            | "squad"
            | "side"
            | "regulation"
            | "regulations"
            | "criteria"
            | "agenda"
            | "agreement"
            | "accord"
            | "accords"
            | "protocol"
            | "format"
            | "aid"
            | "policy"
            | "expert"
            | "experts"
            | "analyst"
            | "analysts"
            | "specialist"
            | "specialists"
            | "watchers"
            | "correspondent"
            | "correspondents"
    )
}

/// True when the place named at token `t` modifies a noun of [`affiliate`] (`US troops`, `the
/// US special forces`, `U.S. citizens`): the first or second word after the name, both lower
/// case and no function words.
fn affiliation(ctx: &Context<'_>, t: usize) -> bool {
    let s = ctx.sentence_of.get(t);
    let e = name_end(ctx, t);
    let word = |k: usize| {
        ctx.sentence_of.get(k) == s && ctx.is_word(k) && !ctx.capitalized(k) && !is_function(ctx, k)
    };
    // (a team's `side`, not a border's: `on the US side of the border`)
    let noun =
        |k: usize| affiliate(ctx.lower(k)) && !(ctx.lower(k) == "side" && ctx.lower(k + 1) == "of");
    e > t && word(e) && (noun(e) || word(e + 1) && noun(e + 1))
}

/// True when the place named at token `t` is a country's name modifying the counted noun of
/// the figure that ends at `end`, with at most three lower-case modifiers between (`1 million
/// small and medium-sized US businesses`, `37 U.S. children`, `70,000 US jobs`): it says whose
/// the counted things are, as a nationality adjective does (`Russian`), not where they are. Not
/// before a noun of places or sites the country holds (`23 US states`, `Tesco's 3,500 UK
/// stores`), nor in a definite total of its units (`all 100 U.S. senators`).
fn national_modifier(ctx: &Context<'_>, t: usize, end: usize, start: usize) -> bool {
    // (a definite total of the country's own units is held by it, as `23 US states` are: `all
    // 100 U.S. senators`, `the 93 U.S. attorneys`)
    if matches!(ctx.lower(start.wrapping_sub(1)), "all" | "the") {
        return false;
    }
    // (modifiers only: not a noun in the plural, which is the counted noun itself, nor a
    // verb, `Four suicide bombers struck northwest Pakistan`)
    let between = |k: usize| {
        let w = ctx.lower(k);
        let verb = cues::irregular_past(w)
            || w.ends_with("ed") && !(ctx.glued(k) && ctx.is_punct(k - 1, "-"));
        let plural = w.ends_with('s') && !w.ends_with("ous");
        ctx.is_word(k) && !ctx.capitalized(k) && !is_function(ctx, k) && !verb && !plural
            || matches!(w, "and" | "-")
    };
    if t > end + 6 || !(end..t).all(between) {
        return false;
    }
    let e = name_end(ctx, t);
    if e <= t {
        return false;
    }
    let name = ctx
        .span(t, e)
        .slice(ctx.text)
        .trim_end_matches('.')
        .to_lowercase();
    let country = countries().by_name.contains_key(&name)
        || matches!(name.as_str(), "us" | "u.s" | "uk" | "u.k" | "usa");
    let w = ctx.lower(e);
    country
        && ctx.sentence_of.get(e) == ctx.sentence_of.get(t)
        && ctx.is_word(e)
        && !ctx.capitalized(e)
        && !is_function(ctx, e)
        && !matches!(
            w,
            "states"
                | "cities"
                | "counties"
                | "provinces"
                | "regions"
                | "towns"
                | "locations"
                | "sites"
                | "airports"
                | "ports"
                | "stores"
                | "shops"
                | "showrooms"
                | "factories"
                | "plants"
                | "branches"
                | "outlets"
                | "offices"
                | "schools"
                | "hospitals"
                | "universities"
                | "prisons"
                | "bases"
                | "cinemas"
                | "theatres"
                | "theaters"
        )
}

/// True when the place named at token `t` is itself what the figure ending at `end` counts
/// (`holds 22 Grammys,`, `There are two Chicagos`, `divides the two Koreas`): right after the
/// figure and no noun after it, so the name is the
/// counted noun, not where the counted things are (`37 U.S. children` is
/// [`national_modifier`]'s).
fn counted_name(ctx: &Context<'_>, t: usize, end: usize) -> bool {
    if t != end || ctx.lower(t) == "the" {
        return false;
    }
    let e = name_end(ctx, t);
    let noun_after = ctx.is_word(e)
        && !ctx.capitalized(e)
        && !is_function(ctx, e)
        && ctx.sentence_of.get(e) == ctx.sentence_of.get(t);
    // (a people's name ending the run: `two million West Bank Palestinians` are in the West
    // Bank)
    let last = ctx.lower(e.wrapping_sub(1));
    let people = e > t + 1 && {
        let c = countries();
        c.by_adjective.contains_key(last)
            || last
                .strip_suffix('s')
                .is_some_and(|a| c.by_adjective.contains_key(a))
    };
    e > t && !noun_after && !people
}

/// True when the place named at token `t` opens the header of a fielded listing entry (`1,509
/// stories OTTAWA, CANADA October, 2014 TARGET: ...`): an upper-case name with an upper-case
/// label and a colon at most 15 tokens after it. A figure before it belongs to the entry before,
/// not to this one; and the count of stories that closes an entry (`ATTACKER: Martin
/// Couture-Rouleau 1,509 stories OTTAWA, ...`) counts reports, which are in no place of the
/// listing (the caller gives it none).
fn next_entry_header(ctx: &Context<'_>, t: usize) -> bool {
    let upper = |k: usize| {
        let w = ctx.surface(k);
        ctx.is_word(k) && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    upper(t)
        && (t + 2..t + 16).any(|k| {
            ctx.sentence_of.get(k) == ctx.sentence_of.get(t)
                && ctx.is_punct(k, ":")
                && upper(k - 1)
                && ctx.surface(k - 1).len() >= 3
        })
}

/// Nouns of kinship before a name (`his wife Melania`, `her daughter Paris`).
fn kin(w: &str) -> bool {
    matches!(
        w,
        "wife"
            | "husband"
            | "daughter"
            | "son"
            | "sister"
            | "brother"
            | "mother"
            | "father"
            | "girlfriend"
            | "boyfriend"
            | "fiancee"
            | "fiance"
            | "widow"
            | "niece"
            | "nephew"
            | "cousin"
            | "grandson"
            | "granddaughter"
    )
}

/// True when the place named at token `t` (`d` the token before it) is a person's name after a
/// noun of kinship (`Fillon's wife Penelope`, `Trump and his wife Melania`, `her daughter Paris`):
/// the recogniser's place of a given name.
fn kin_named(ctx: &Context<'_>, t: usize, d: usize) -> bool {
    t > 0 && d == t - 1 && ctx.is_word(t) && ctx.capitalized(t) && kin(ctx.lower(d))
}

/// True when the figure at token `start` is a rank (`is ranked 131 of 174 countries`, `broke
/// into the top 20`, `the number one terrorist state`) and the place named before it at token `t`
/// (`d` the token before it, over its `the`) is what is ranked, not where anything is. Not a
/// place after a locative (`In China, the top three banks ...`) nor an owner (`China's top three
/// banks` are in China).
fn ranked(ctx: &Context<'_>, t: usize, d: usize, start: usize) -> bool {
    let mut r = start.wrapping_sub(1);
    // (`No. 1`)
    if ctx.is_punct(r, ".") {
        r = r.wrapping_sub(1);
    }
    let rank = matches!(
        ctx.lower(r),
        "ranked" | "ranks" | "rank" | "ranking" | "top" | "number" | "no"
    );
    let e = name_end(ctx, t);
    // (not a state that is the clause's subject, `Russia is ranked 131 of 174 countries`: the
    // ruling of session 32 makes it the place of the rank)
    rank && !ctx.is_punct(e, "'\u{2019}")
        && !super::subject_kind::opens_clause(ctx, t)
        && !matches!(
            ctx.lower(d),
            "in" | "at" | "across" | "throughout" | "inside" | "within" | "of"
        )
}

/// True when the place named at token `t` owns a capitalised title that follows it (`U.S.
/// President Donald Trump signed three executive orders`, `UK Prime Minister Theresa May`,
/// `US Secretary of State Rex Tillerson`), or capitalised forces (`some 300 US Marines`, also
/// right after the figure, like `five US soldiers`): the country they serve, not where the
/// figure is (the lower-case titles are [`affiliate`]'s). Not the organs that act where they rule
/// (`Texas Governor`, `Queensland Premier`).
fn titled(ctx: &Context<'_>, t: usize) -> bool {
    let e = name_end(ctx, t);
    (t + 1..e).any(|k| {
        ctx.sentence_of.get(k) == ctx.sentence_of.get(t)
            && ctx.is_word(k)
            && ctx.capitalized(k)
            && matches!(
                ctx.lower(k),
                "president"
                    | "vice"
                    | "senator"
                    | "ambassador"
                    | "envoy"
                    | "secretary"
                    | "prime"
                    | "minister"
                    | "marines"
                    | "army"
                    | "navy"
                    | "forces"
                    | "troops"
            )
    })
}

/// True when the place named at token `t` plays another part than the place of the figure
/// `[start, end)`: it modifies a noun of [`affiliate`] (not right after the figure, where
/// `origin` in `frame.rs` judges: `all 100 U.S. senators` are the US's), it is what something
/// is part of (`Scotland voted to stay part of the UK by 55% to 45%`), where an envoy is sent or
/// what something has links to (`Russia's ambassador to Washington`, `links to Russia`), the
/// subject of a subordinate clause after the figure ([`subordinate_subject`]) or in a relative
/// clause on a noun of the predicate ([`in_later_relative`]), on a subject that is a company or
/// people (`U.S. airlines canceled 3,000 flights`: `place/subject_kind.rs`), what a verb of leaving takes as
/// its object (`left Malaysia`: an origin), or the owner of an outward flow (`China's overseas
/// direct investment`).
pub(crate) fn other_role(ctx: &Context<'_>, t: usize, start: usize, end: usize) -> bool {
    let d = if ctx.lower(t) == "the" {
        t
    } else {
        t.wrapping_sub(1)
    };
    let d = if ctx.lower(d) == "the" {
        d.wrapping_sub(1)
    } else {
        d
    };
    // (after a verb of being: not `as part of Yunnan's target`, `the western part of the city`)
    let part_of = ctx.lower(d) == "of"
        && ctx.lower(d.wrapping_sub(1)) == "part"
        && matches!(
            ctx.lower(d.wrapping_sub(2)),
            "stay"
                | "stays"
                | "stayed"
                | "remain"
                | "remains"
                | "remained"
                | "be"
                | "is"
                | "are"
                | "was"
                | "were"
                | "become"
                | "becomes"
                | "became"
        )
        && !ctx.is_punct(name_end(ctx, t), "'\u{2019}");
    // (`Russia's ambassador to Washington`, `companies with links to Russia`)
    let linked = ctx.lower(d) == "to"
        && matches!(
            ctx.lower(d.wrapping_sub(1)),
            "ambassador"
                | "ambassadors"
                | "envoy"
                | "envoys"
                | "embassy"
                | "links"
                | "link"
                | "ties"
                | "connections"
        );
    // (`an organization outlawed in Russia`: where a ban holds, said of a group)
    let banned = ctx.lower(d) == "in"
        && matches!(
            ctx.lower(d.wrapping_sub(1)),
            "outlawed" | "banned" | "proscribed" | "prohibited"
        );
    // (`Four of the seven suspects left Malaysia`, `Syrians who fled Syria`: the place a
    // verb of leaving takes as its object is where the counted things came from)
    // (not `barred from leaving North Korea`: they are still there; not the causative `has left
    // Stormont facing an overspend`, `have left Gaza's facilities severely damaged`)
    let fled = matches!(
        ctx.lower(d),
        "fled" | "flee" | "flees" | "fleeing" | "departed" | "escaped"
    );
    let leave = matches!(ctx.lower(d), "left" | "leave" | "leaves" | "leaving") && {
        let e = name_end(ctx, t);
        !(ctx.is_punct(e, "'\u{2019}") || ctx.is_word(e) && ctx.lower(e).ends_with("ing"))
    };
    let left = (fled || leave) && ctx.lower(d.wrapping_sub(1)) != "from";
    // (`coins from ancient Greece`, `talks with neighbouring Chad`: a relation word before a
    // lower-case modifier of the name; not a ranking's next holder, `followed by
    // second-placed Spain`, nor `rescued ... from`)
    let a = t.wrapping_sub(1);
    let p = if ctx.lower(a.wrapping_sub(1)) == "the" {
        a.wrapping_sub(1)
    } else {
        a
    };
    let modified_relation = t >= 2
        && ctx.lower(t) != "the"
        && ctx.is_word(a)
        && !ctx.capitalized(a)
        && !is_function(ctx, a)
        // (not a verb of motion after `from`: `barred from leaving North Korea`)
        && !super::motion(ctx.lower(a))
        && relation_before(ctx, p)
        && !matches!(
            (ctx.lower(p.wrapping_sub(2)), ctx.lower(p.wrapping_sub(1))),
            ("followed", "by") | ("compared" | "comparison", "with")
        )
        && !super::rescued_from(ctx, p.wrapping_sub(1));
    t != end && affiliation(ctx, t)
        || titled(ctx, t)
        || kin_named(ctx, t, d)
        || t >= end && (national_modifier(ctx, t, end, start) || counted_name(ctx, t, end))
        || t >= end && next_entry_header(ctx, t)
        || super::written::story_count(ctx, start) && next_entry_header(ctx, end + 1)
        || t < start && ranked(ctx, t, d, start)
        || part_of
        || left
        || modified_relation
        || linked
        || banned
        || super::relations::destination(ctx, d)
        || super::relations::deed_owner(ctx, name_end(ctx, t))
        || t < start && super::relations::giver(ctx, name_end(ctx, t))
        || titled_owner(ctx, t, d)
        || team(ctx, t, d)
        || t >= end && group_modifier(ctx, t)
        || t > end && member(ctx, t, end)
        || related_conjunct(ctx, d)
        || t > end && (subordinate_subject(ctx, t, start) || in_later_relative(ctx, t, end))
        || super::subject_kind::member_subject(ctx, t, start)
}

/// True when the fronted phrase opening at token `first` is the setting of a saying (`In the
/// talk at the Park Hyatt Hotel in Beijing, he argues that ...`, `In an interview with ...`):
/// its place is where the words were said, not where the figures of what is said hold. The
/// phrase's noun is the first or second word after its determiner.
pub(crate) fn saying_setting(ctx: &Context<'_>, first: usize) -> bool {
    let determiner = matches!(
        ctx.lower(first + 1),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    );
    determiner
        && (first + 2..first + 4).any(|k| {
            matches!(
                ctx.lower(k),
                "talk"
                    | "interview"
                    | "speech"
                    | "statement"
                    | "briefing"
                    | "address"
                    | "letter"
                    | "article"
                    | "op-ed"
                    | "tweet"
                    | "remarks"
                    | "study"
                    | "report"
                    | "survey"
                    | "paper"
                    | "poll"
            )
        })
}

/// Nouns of a group of people or a business that a place name before them says who they are
/// (`a Hamburg terror cell`, `a London firm`).
fn group(w: &str) -> bool {
    matches!(
        w,
        "cell"
            | "cells"
            | "gang"
            | "gangs"
            | "network"
            | "firm"
            | "company"
            | "group"
            | "club"
            | "band"
            | "charity"
            | "startup"
            | "start-up"
            | "family"
    )
}

/// True when the place named at token `t`, after the figure, is an indefinite group's modifier
/// (`Three of the four pilots belonged to a Hamburg terror cell`, `20 staff of a London firm`):
/// `a`/`an` right before the name, and a noun of [`group`] first or second after it, lower case.
/// The name says who the group is, not where the counted things are (session 36; a company's
/// or people's place is not stated, docs/judging/frames.md). Not `in a Paris hospital`: no noun
/// of a group.
fn group_modifier(ctx: &Context<'_>, t: usize) -> bool {
    let s = ctx.sentence_of.get(t);
    let e = name_end(ctx, t);
    let word = |k: usize| {
        ctx.sentence_of.get(k) == s && ctx.is_word(k) && !ctx.capitalized(k) && !is_function(ctx, k)
    };
    t > 0
        && matches!(ctx.lower(t - 1), "a" | "an")
        && e > t
        && word(e)
        && (group(ctx.lower(e)) || word(e + 1) && group(ctx.lower(e + 1)))
}

/// True when the place named at token `t` (`d` the token before it, over its `the`) is a team
/// in a game: what is beaten (`Cameroon beat Egypt 2:1`, `a 20-18 win over Wales`) or what
/// beats or concedes (`Frankfurt had conceded 13 goals`). Not the hosts (`beating hosts Russia
/// 4-3`: the game is in Russia), nor what scores (`students in Shanghai scored a median 518`).
fn team(ctx: &Context<'_>, t: usize, d: usize) -> bool {
    let beaten = |w: &str| {
        matches!(
            w,
            "beat"
                | "beats"
                | "beating"
                | "defeat"
                | "defeated"
                | "defeating"
                | "thrashed"
                | "thrashing"
                | "edged"
                | "routed"
        )
    };
    let w = ctx.lower(d);
    // (`lost to Cologne`, `a 1-0 defeat to Benfica`, `a 2-1 defeat at Hull City`, `a draw with
    // Wales`, `they face Liverpool on Monday`; not `host`: `Qatar will host 32 teams` is there)
    let lost = matches!(w, "to" | "at" | "with")
        && matches!(
            ctx.lower(d.wrapping_sub(1)),
            "lost"
                | "lose"
                | "loses"
                | "losing"
                | "defeat"
                | "defeats"
                | "loss"
                | "losses"
                | "draw"
                | "drew"
        )
        || matches!(w, "face" | "faces" | "facing");
    let over = w == "over"
        && (d.saturating_sub(4)..d).any(|k| matches!(ctx.lower(k), "win" | "victory" | "lead"));
    let e = name_end(ctx, t);
    let mut a = e;
    if matches!(ctx.lower(a), "have" | "has" | "had") {
        a += 1;
    }
    // (`Dortmund are looking to bounce back`, `Hamburg have looked better`: a place's name that
    // takes a plural verb is a team, as a country or a city takes a singular one; not a name in
    // the plural, `the Netherlands are`, nor one of a list, `London and Washington are`)
    let plural_verb = matches!(ctx.lower(e), "are" | "were" | "have")
        && e > t
        && ctx.sentence_of.get(e) == ctx.sentence_of.get(t)
        && !ctx.lower(e - 1).ends_with('s')
        // (the subject: after the sentence's start, a mark, a name or a club's noun; not the
        // object of a verb, `barred from leaving Yemen were allowed home`)
        && (t == 0
            || ctx.sentence_of.get(t - 1) != ctx.sentence_of.get(t)
            || !ctx.is_word(t - 1) && !ctx.is_punct(t - 1, ",")
            || ctx.is_word(t - 1) && ctx.capitalized(t - 1)
            || matches!(w, "outfit" | "side" | "club" | "champions" | "leaders" | "hosts"));
    beaten(w)
        || plural_verb
        || their_games(ctx, t, d, e)
        || lost
        || over
        || ctx.sentence_of.get(a) == ctx.sentence_of.get(t)
            && matches!(
                ctx.lower(a),
                "conceded" | "beat" | "defeated" | "thrashed" | "edged" | "routed"
            )
}

/// True when the place named at tokens `t..e` (`d` the token before it) is a team that its own
/// clause refers back to by its games (`Ireland had come into the match having lost two of their
/// four matches`, `..., Wales drew their last qualifier`): the name is a subject (at the sentence's
/// start or after a comma or a conjunction), and within 12 tokens of its clause `their` stands
/// at most four words or a score before a noun of games won or lost (`was their 3-0 win`). Not a country's own people (`Ireland
/// ... their homes`).
fn their_games(ctx: &Context<'_>, t: usize, d: usize, e: usize) -> bool {
    let s = ctx.sentence_of.get(t);
    let subject = t == 0
        || ctx.sentence_of.get(d) != s
        || ctx.is_punct(d, ",")
        || matches!(ctx.lower(d), "and" | "but" | "while" | "as");
    if !subject {
        return false;
    }
    let game = |w: &str| {
        matches!(
            w,
            "match"
                | "matches"
                | "game"
                | "games"
                | "fixture"
                | "fixtures"
                | "qualifier"
                | "qualifiers"
                | "win"
                | "wins"
                | "victory"
                | "victories"
                | "defeat"
                | "defeats"
                | "draw"
                | "draws"
        )
    };
    (e..e + 12)
        .take_while(|&k| ctx.sentence_of.get(k) == s && !ctx.is_punct(k, ";:"))
        .any(|k| {
            ctx.lower(k) == "their"
                && (k + 1..k + 6)
                    .take_while(|&j| {
                        ctx.sentence_of.get(j) == s
                            && (ctx.is_word(j) || ctx.is_num(j) || ctx.is_punct(j, "-"))
                    })
                    .any(|j| game(ctx.lower(j)))
        })
}

/// True when the place at token `t` is a member named of a count of places ending at `end`
/// (`some 15 states including Washington, Minnesota ...`, `10 municipalities and provinces
/// including Beijing`): the count's noun (within four words) is a plural place noun, and
/// `including`, `such as` or `like` stands before the place, over a list of names (at most 12
/// tokens back).
fn member(ctx: &Context<'_>, t: usize, end: usize) -> bool {
    // (the count's own noun: not `10 top universities in cities such as Beijing`)
    let counted = (end..end + 4)
        .take_while(|&k| ctx.is_word(k) && (!is_function(ctx, k) || ctx.lower(k) == "and"))
        .any(|k| {
            matches!(
                ctx.lower(k),
                "states"
                    | "provinces"
                    | "cities"
                    | "municipalities"
                    | "regions"
                    | "counties"
                    | "towns"
                    | "villages"
                    | "districts"
                    | "territories"
                    | "countries"
                    | "nations"
            )
        });
    if !counted {
        return false;
    }
    let mut k = t;
    while k > end && t - k <= 12 {
        k -= 1;
        let w = ctx.lower(k);
        if w == "including" || w == "like" || w == "as" && ctx.lower(k - 1) == "such" {
            return true;
        }
        let listed = ctx.is_word(k) && ctx.capitalized(k)
            || ctx.is_punct(k, ",")
            || matches!(w, "and" | "the");
        if !listed {
            return false;
        }
    }
    false
}

/// True when the place at token `t` (`d` the token before it, over its `the`) owns a person's
/// title inside an `of` or `as` phrase (`the half-brother of North Korea's leader`, `sued the EPA
/// 13 times as Oklahoma's attorney general`): the country of the person, not of the figure. Not
/// a possessive subject (`Turkmenistan's sitting president received 97.69 percent`: the vote is
/// there).
fn titled_owner(ctx: &Context<'_>, t: usize, d: usize) -> bool {
    let e = name_end(ctx, t);
    if !matches!(ctx.lower(d), "of" | "as")
        || !ctx.is_punct(e, "'\u{2019}")
        || ctx.lower(e + 1) != "s"
    {
        return false;
    }
    (e + 2..e + 4).any(|k| {
        matches!(
            ctx.lower(k),
            "leader"
                | "president"
                | "senator"
                | "ambassador"
                | "envoy"
                | "general"
                | "minister"
                | "king"
                | "queen"
                | "ruler"
        )
    })
}

/// True when the token `d` before a place name (over its `the`) joins it to an earlier place
/// name after a relation word (`refugees from the Middle East and North Africa`, `near Homs or
/// Hama`): the relation holds for the whole list.
fn related_conjunct(ctx: &Context<'_>, d: usize) -> bool {
    if !matches!(ctx.lower(d), "and" | "or") || d == 0 {
        return false;
    }
    // (the dots of `U.S.`, not a sentence's full stop)
    let name = |k: usize| {
        ctx.sentence_of[k] == ctx.sentence_of[d]
            && (ctx.is_word(k) && ctx.capitalized(k)
                || ctx.is_punct(k, ".") && ctx.glued(k) && k > 0 && ctx.lower(k - 1).len() == 1)
    };
    let mut k = d - 1;
    while k > 0 && d - k <= 5 && name(k) {
        k -= 1;
    }
    if k + 1 == d {
        return false;
    }
    let start = if ctx.lower(k) == "the" { k } else { k + 1 };
    relation_before(ctx, start) || super::relations::destination(ctx, start.wrapping_sub(1))
}

/// True when a relative pronoun (`which`, `who`) stands between the figure ending at `end` and
/// the place at `t`, after a verb of the figure's clause: the relative clause describes a noun
/// of the predicate, not the counted thing (`staged its two latest nuclear tests last year and
/// recently fired off missiles which it described as practice for an attack on Japan`; but
/// `killed 20 people who were attending a wedding in Kabul`). At most 20 tokens are walked.
fn in_later_relative(ctx: &Context<'_>, t: usize, end: usize) -> bool {
    let verb = |k: usize| {
        let w = ctx.lower(k);
        ctx.is_word(k)
            && !ctx.capitalized(k)
            && (w.len() > 4 && w.ends_with("ed")
                || cues::irregular_past(w)
                || matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had"))
    };
    let mut seen_verb = false;
    for k in end..t.min(end + 20) {
        if matches!(ctx.lower(k), "which" | "who" | "whom" | "whose") {
            return seen_verb;
        }
        seen_verb |= verb(k);
    }
    false
}

/// The token after the place name at token `t` (over a leading `the`, its capitalised words
/// and the glued dots of `U.S.`; at most six tokens).
fn name_end(ctx: &Context<'_>, t: usize) -> usize {
    let mut e = if ctx.lower(t) == "the" { t + 1 } else { t };
    while e < t + 6
        && (ctx.is_word(e) && ctx.capitalized(e) || ctx.is_punct(e, ".") && ctx.glued(e))
    {
        e += 1;
    }
    e
}

/// True when the place named at token `t` is the subject of a subordinate clause (`two
/// free-trade arrangements in the Asia-Pacific region after the United States quit the
/// Trans-Pacific Partnership`): a subordinating word right before the name (or its `the`), a
/// verb right after it (an auxiliary or a past tense), and no earlier token of the clause
/// before `start`.
fn subordinate_subject(ctx: &Context<'_>, t: usize, start: usize) -> bool {
    let mut b = t.wrapping_sub(1);
    if ctx.lower(t) == "the" {
        b = t.wrapping_sub(1);
    } else if ctx.lower(b) == "the" {
        b = b.wrapping_sub(1);
    }
    let subordinator = matches!(
        ctx.lower(b),
        "after"
            | "before"
            | "since"
            | "until"
            | "when"
            | "because"
            | "although"
            | "though"
            | "while"
            | "whereas"
            | "if"
            | "unless"
            | "once"
    );
    if b <= start || !subordinator {
        return false;
    }
    let e = name_end(ctx, t);
    let w = ctx.lower(e);
    e > t
        && ctx.is_word(e)
        && !ctx.capitalized(e)
        && ctx.sentence_of.get(e) == ctx.sentence_of.get(t)
        && (matches!(
            w,
            "has"
                | "had"
                | "have"
                | "is"
                | "was"
                | "are"
                | "were"
                | "will"
                | "would"
                | "could"
                | "did"
                | "does"
                | "quit"
                | "withdrew"
                | "pulled"
                | "cut"
                | "put"
                | "set"
                | "built"
                | "spent"
                | "told"
                | "threw"
                | "drew"
                | "chose"
                | "wrote"
        ) || w.len() > 4 && w.ends_with("ed")
            || cues::irregular_past(w))
}

/// Last words of a name that make it a document, a plan or an organisation, not a place (`the
/// American Health Care Act`, `the Lisbon Treaty`, `the Five-Year Plan`, `the Trans-Pacific
/// Partnership`): the recogniser labels some of them places.
const DOCUMENT_HEADS: &[&str] = &[
    "act",
    "bill",
    "law",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "convention",
    "protocol",
    "amendment",
    "directive",
    "partnership",
    "plan",
    "deal",
    "pact",
    "charter",
    // (an organisation, a newspaper, an event: `the Russia-NATO Council`, `the Washington
    // Post`, `the St. Petersburg International Economic Forum`; not `Bank` or `News`, which end
    // places: `the West Bank`, `Newport News`)
    "council",
    "committee",
    "ministry",
    "university",
    "agency",
    "party",
    "association",
    "institute",
    "foundation",
    "commission",
    "court",
    "corporation",
    "company",
    "fund",
    "group",
    "department",
    "office",
    "police",
    "times",
    "post",
    "airways",
    "airlines",
    "club",
    "league",
    "cup",
    "games",
    "conference",
    "forum",
    "summit",
    "festival",
];

/// True when the mention `e` is a word in capitals (three letters or more: `GDP`, `VX`, `DNA`,
/// `DACA`) that names no place known by name (a country, a capital, the claims gazetteer) and
/// opens no dateline (`BOSTON (AP) -`, `NICE, France`): the recogniser's place of an acronym.
fn capitals_word(ctx: &Context<'_>, e: &Entity) -> bool {
    let letters = e.text.bytes().filter(u8::is_ascii_alphabetic).count();
    if e.text != e.canonical
        || letters < 3
        || !e
            .text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'.' || b == b' ')
    {
        return false;
    }
    let c = countries();
    let lower = e.text.to_lowercase();
    let known = c.by_name.contains_key(&lower)
        || c.capitals.iter().any(|x| x.eq_ignore_ascii_case(&e.text))
        || ctx
            .lexicon
            .place_names
            .iter()
            .any(|x| x.eq_ignore_ascii_case(&e.text));
    let after = ctx.text.get(e.span.end as usize..).unwrap_or("");
    let dateline = after.starts_with(',') || after.starts_with(" (") || after.starts_with(" -");
    !known && !dateline
}

/// True for the whole name of a sports competition, a cricket match's type or a funding round,
/// which the recogniser labels a place (`before a Bundesliga match between two of the top clubs`,
/// `finished in the Bundesliga's top 8`, `since he made his Test debut`, `England's top run
/// scorer in Test cricket with 11,057 runs`, `closed $15 million in Series B financing`): they
/// name no place (newsarticles: 10 claim places, all of these names; fresh19 #15, #139).
fn competition(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "bundesliga"
            | "2. bundesliga"
            | "test"
            | "serie a"
            | "la liga"
            | "ligue 1"
            | "series a"
            | "series b"
            | "series c"
    )
}

/// The canonical names of `entities` that the recogniser labelled a place but that name none: a
/// document's name (`the Kyoto Protocol`), and the full name of an acronym labelled a place
/// (`AHCA`, `IS`, `ICE`) where the article labels that name something else (a law, an
/// organisation) and never a place itself. Names of countries and of the claims gazetteer stay
/// places whatever else they are labelled.
pub(crate) fn unplaced_names<'e>(ctx: &Context<'_>, entities: &'e [Entity]) -> Vec<&'e str> {
    let c = countries();
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    let mut out: Vec<&str> = Vec::new();
    // (an acronym's full name is checked against the article's other mentions only when there
    // is one: most articles have none, and build no sets)
    let mut acronyms: Vec<&str> = Vec::new();
    for e in entities.iter().filter(|e| place(e.label)) {
        let name = e.canonical.as_str();
        let last = name.rsplit([' ', '-']).next().unwrap_or("");
        if DOCUMENT_HEADS.iter().any(|h| last.eq_ignore_ascii_case(h))
            || capitals_word(ctx, e)
            || competition(name)
        {
            out.push(name);
        } else if e.text != e.canonical
            && e.text.len() <= 6
            && e.text.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
            && !c.by_name.contains_key(&name.to_lowercase())
            && !ctx.lexicon.place_names.contains(name)
        {
            acronyms.push(name);
        }
    }
    if !acronyms.is_empty() {
        let mut other: HashSet<&str, Fnv> = HashSet::default();
        let mut itself: HashSet<&str, Fnv> = HashSet::default();
        for x in entities {
            if !place(x.label) {
                other.insert(&x.canonical);
            } else if x.text == x.canonical {
                itself.insert(&x.canonical);
            }
        }
        out.extend(
            acronyms
                .into_iter()
                .filter(|n| other.contains(n) && !itself.contains(n)),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}
