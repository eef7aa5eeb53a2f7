//! A place adjective or abbreviation on a count's counted noun (issue 14, session 31): `12,000
//! U.S. troops`, `two Afghan soldiers`, `23 US states`. The guidelines (`docs/judging/frames.md`,
//! rulings of sessions 30 and 31) count such a modifier as the place of the counted things; a
//! demonym that is itself the counted noun (`thousands of Kenyans`) states a nationality, not a
//! place. The frame takes the modifier only when the count's clause gives no other place, so a
//! place that says where the counted things are (`28,000 US troops stationed in the South`)
//! still wins over the country they serve.

use crate::frame::sources::is_function;
use crate::lexicon::Role;
use crate::scan::{Context, RawQuantity};
use crate::types::QuantityKind;

/// Nouns after a country's modifier that name people away from it (`300 Syrian refugees`,
/// `two US citizens`, `50 British tourists`): the country is where they come from.
fn away(w: &str) -> bool {
    super::migrants(w)
        || matches!(
            w,
            "refugee"
                | "migrant"
                | "immigrant"
                | "expatriate"
                | "citizen"
                | "national"
                | "diplomat"
                | "tourist"
                | "exile"
                | "asylum-seekers"
                | "students"
                | "student"
                | "visitors"
                | "visitor"
                | "workers"
                | "worker"
                | "fans"
                | "fan"
                | "prisoners"
                | "prisoner"
                | "hostages"
                | "hostage"
                | "detainees"
                | "passengers"
                | "players"
                | "player"
                | "athletes"
                | "skiers"
        )
}

/// The country named by a place abbreviation or name (a mention of `places` at the token right
/// after the count `q`) or by a country adjective there (`Afghan`, `South Korean`), when a
/// lower-case content word of the counted noun phrase follows it in the same sentence (`12,000
/// U.S. troops`, `two Afghan security forces`); `None` otherwise: not a count, a hyphened
/// modifier (`five US-led`, `two British-born`), a title after the name (`300 US Marines`, `two
/// U.S. President`), a demonym that is the counted noun (`300 Syrians`), people away from the
/// country (`two US citizens`, `300 Syrian refugees`), or a count of countries (`28 EU
/// countries`, whose place the frame's clause rules judge).
pub(crate) fn counted_modifier(
    ctx: &Context<'_>,
    places: &[(usize, String)],
    q: &RawQuantity,
) -> Option<String> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let t = q.end;
    let s = *ctx.sentence_of.get(t)?;
    if ctx.sentence_of[q.start] != s || !ctx.is_word(t) || !ctx.capitalized(t) {
        return None;
    }
    // (the capitalised run of the modifier, with the glued dots of `U.S.`, at most four tokens)
    let dot = |k: usize| ctx.is_punct(k, ".") && ctx.glued(k);
    let e = (t..t + 5)
        .find(|&k| !(ctx.is_word(k) && ctx.capitalized(k) || k > t && dot(k)))
        .filter(|&e| e < t + 5)?;
    let name = match places.binary_search_by(|(p, _)| p.cmp(&t)) {
        Ok(i) => places[i].1.clone(),
        Err(_) => {
            let c = super::countries();
            let a = ctx.lexemes[t].start as usize;
            let b = ctx.lexemes[e - 1].end as usize;
            let adj = ctx.lower_text.get(a..b)?;
            let &i = c.by_adjective.get(adj)?;
            c.names[i as usize].clone()
        }
    };
    // (the word after the run: a lower-case content word of the counted noun phrase, in the
    // same sentence, glued to nothing)
    let w = ctx.lower(e);
    let head_ok = ctx.sentence_of.get(e) == Some(&s)
        && ctx.is_word(e)
        && !ctx.capitalized(e)
        && !ctx.glued(e)
        && !is_function(ctx, e)
        && !away(w)
        && !matches!(w, "countries" | "nations" | "states" | "country" | "nation");
    // (the noun phrase's words, up to six tokens on, over a glued hyphen and `and`: people away
    // from the country there too, `two Syrian asylum seekers`, `five British aid workers`, `six
    // Russian cross-country skiers`, `30 Russian track and field athletes`)
    let hyphen = |k: usize| ctx.is_punct(k, "-") && ctx.glued(k) && ctx.glued(k + 1);
    let phrase: Vec<usize> = (e..e + 6)
        .take_while(|&k| {
            ctx.sentence_of.get(k) == Some(&s)
                && (ctx.is_word(k)
                    && !ctx.capitalized(k)
                    && (!is_function(ctx, k) || ctx.lower(k) == "and")
                    || hyphen(k))
        })
        .filter(|&k| ctx.is_word(k))
        .collect();
    let later_away = phrase.iter().skip(1).any(|&k| away(ctx.lower(k)));
    // (people named by a nationality, `two Iraqi men`, `14 Nepali employees`, `30 Russian
    // athletes`: a nationality as a demonym is, not where they are; the forces a country sends,
    // `12,000 U.S. troops`, are the ruling's own example and keep it)
    let person = phrase.iter().any(|&k| {
        let w = ctx.lower(k);
        !military(w) && person_noun(ctx, k)
    });
    // (a demonym that is the counted noun before its verb, `One American killed`; a currency,
    // `400 Malaysian ringgit`)
    let verb = w.len() > 4 && w.ends_with("ed");
    let currency = ctx.has_role(e, |r| matches!(r, Role::CurWord(_) | Role::CurCode(_)));
    // (any other place of the sentence, even one the clause rules turned away, `killed three
    // Turkish soldiers in Syria`, `1,575 Chinese companies exhibited in Las Vegas`: the modifier
    // is then the counted things' origin more often than where they are)
    let other = places
        .iter()
        .any(|(p, _)| *p != t && ctx.sentence_of.get(*p) == Some(&s));
    (head_ok && !later_away && !person && !verb && !currency && !other).then_some(name)
}

/// Nouns of the forces a country sends (`troops`, `soldiers`, `marines`).
fn military(w: &str) -> bool {
    matches!(
        w,
        "troops"
            | "troop"
            | "soldiers"
            | "soldier"
            | "forces"
            | "force"
            | "commandos"
            | "commando"
            | "personnel"
            | "servicemen"
            | "servicemembers"
            | "military"
            | "marines"
            | "marine"
            | "airmen"
            | "security"
            | "special"
            | "ground"
            | "combat"
            | "army"
    )
}

/// True when the word at token `k` names people: a person noun of the lexicon (`man`, `worker`,
/// `athlete`), in the singular or the plural (`men`, `women`, `children`, `people`, `-s`), or a
/// person of the counted classes and offices (`individuals`, `employees`, `officials`, `agents`).
fn person_noun(ctx: &Context<'_>, k: usize) -> bool {
    let w = ctx.lower(k);
    let singular = match w {
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "people" => "person",
        _ => w.strip_suffix('s').unwrap_or(w),
    };
    let lexicon = |x: &str| {
        ctx.lexicon
            .word(x)
            .iter()
            .any(|r| matches!(r, Role::PersonNoun))
    };
    lexicon(w)
        || lexicon(singular)
        || matches!(
            singular,
            "individual"
                | "employee"
                | "staff"
                | "staffer"
                | "official"
                | "agent"
                | "spie"
                | "spy"
                | "peacekeeper"
                | "imam"
                | "priest"
                | "monk"
                | "nun"
                | "life"
                | "live"
                | "member"
                | "minister"
                | "lawmaker"
                | "senator"
                | "leader"
                | "executive"
                | "citizen"
                | "civilian"
                | "woman"
                | "man"
                | "sportsmen"
                | "judge"
                | "mp"
                | "pilgrim"
                | "trafficker"
                | "smuggler"
                | "hacker"
                | "militant"
                | "jihadist"
                | "jihadi"
                | "fighter"
                | "captive"
                | "detainee"
                | "sailor"
                | "fisherman"
                | "fishermen"
                | "crew"
        )
}
