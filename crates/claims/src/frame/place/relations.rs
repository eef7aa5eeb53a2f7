//! Places that a preposition makes a relation of the figure, not where it is (issue 14, session
//! 23; the claims README tells what each rule changed on the real corpus): where a flow or a
//! journey goes ([`destination`]: `China's exports to Switzerland`, `a one-way ticket to Rwanda`,
//! `was headed to San Jose`) and what an inquiry is about (`two
//! congressional investigations into Russia's interference`). Session 28c: a place that acts
//! on others, the owner of a deed ([`deed_owner`]: `Pyongyang's launch of four ballistic
//! missiles`) or the subject of a verb of giving away ([`giver`]: `Ireland has pledged`).

use crate::scan::Context;

/// Nouns of a flow of goods, money or travellers before `to`: the place after it is where the
/// goods, the money or the flights go, not where the counted thing is (`China's exports to
/// Switzerland reached 9.85 billion yuan`, `Ukraine's $3 billion debt to Russia`, `a one-way
/// ticket to Rwanda`, `1,000 cargo trains to Europe`). Not a visit, a trip or a tour: what is
/// counted of them happens there (`presidential visits to Palm Beach County have cost $1.7
/// million`, `a trip to Africa with a dozen healthcare professionals offering free medical
/// services`).
fn flow_noun(w: &str) -> bool {
    matches!(
        w,
        "export"
            | "exports"
            | "import"
            | "imports"
            | "debt"
            | "debts"
            | "loan"
            | "loans"
            | "credit"
            | "sale"
            | "sales"
            | "supplies"
            | "shipments"
            | "deliveries"
            | "remittances"
            | "transfers"
            | "flight"
            | "flights"
            | "ticket"
            | "tickets"
            | "route"
            | "routes"
            | "train"
            | "trains"
            | "crossings"
    )
}

/// Verbs of heading for a place before `to`: the people or things are not there yet (`headed to
/// San Jose from Riverside when it crashed`, `2,000 residents ... are heading to Jarablus`, `one
/// person ... who had to be airlifted to Minneapolis`, `on his way to Macau`). Not the verbs of
/// arriving, returning or being sent (`deployed some 300 Marines to Helmand`, `About 100 children
/// have managed to return to Ethiopia`, `four who are believed to have made their way back to
/// Pyongyang`): the people are where they went.
fn heading(ctx: &Context<'_>, k: usize) -> bool {
    match ctx.lower(k) {
        "headed" | "heading" | "bound" | "airlifted" => true,
        // (`on his way to`, not `made their way back to`)
        "way" => ctx.lower(k.wrapping_sub(2)) == "on",
        _ => false,
    }
}

/// True when a number stands right before `out` at token `k` (`two out of three`): a share, not
/// a way out.
fn numeric_before(ctx: &Context<'_>, k: usize) -> bool {
    ctx.lower(k.wrapping_sub(1))
        .bytes()
        .any(|b| b.is_ascii_digit())
        || matches!(
            ctx.lower(k.wrapping_sub(1)),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Nouns of an inquiry before `into`: the place after it is what is looked into (`one of three
/// congressional investigations into Russia's interference in the US elections`).
fn inquiry_noun(w: &str) -> bool {
    matches!(
        w,
        "investigation" | "investigations" | "inquiry" | "inquiries" | "probe" | "probes"
    )
}

/// True when the place name whose phrase starts after token `d` (`d` the token before it, over
/// its `the`) is where a flow or a journey goes ([`flow_noun`], [`heading`] before `to`) or
/// what an inquiry is about ([`inquiry_noun`] before `into`).
pub(super) fn destination(ctx: &Context<'_>, d: usize) -> bool {
    let k = d.wrapping_sub(1);
    let w = ctx.lower(k);
    match ctx.lower(d) {
        // (not a means of travel: `sending military vehicles ... by train to Lithuania along
        // with 450 troops`)
        "to" => flow_noun(w) && ctx.lower(k.wrapping_sub(1)) != "by" || heading(ctx, k),
        "into" => inquiry_noun(w),
        // (`more than 360 million travellers have traveled out of China`, `photographs smuggled
        // out of Damascus`: where they came from, as `from` says; not `rotate in and out of
        // Somalia`, where they are by turns)
        "of" => w == "out" && !numeric_before(ctx, k) && ctx.lower(k.wrapping_sub(1)) != "and",
        // (`are heading to Jarablus in the Aleppo countryside`: the place of the destination)
        "in" => {
            let mut b = d;
            while b > 0 && d - b < 5 && ctx.is_word(b - 1) && ctx.capitalized(b - 1) {
                b -= 1;
            }
            if b > 0 && ctx.lower(b - 1) == "the" {
                b -= 1;
            }
            b < d
                && matches!(ctx.lower(b.wrapping_sub(1)), "to" | "into")
                && destination(ctx, b - 1)
        }
        _ => false,
    }
}

/// The first token after a typed dash (two or three hyphens, spaced outside: `--`) that starts at
/// token `k`, or `None` when none starts there.
fn typed_dash(ctx: &Context<'_>, k: usize) -> Option<usize> {
    if !ctx.is_punct(k, "-") || ctx.glued(k) {
        return None;
    }
    let mut e = k + 1;
    while e < k + 3 && ctx.is_punct(e, "-") && ctx.glued(e) {
        e += 1;
    }
    (e >= k + 2 && !ctx.glued(e)).then_some(e)
}

/// True when a typed double dash (`--`) sets the place at token `t` apart from the figure
/// `[start, end)`: the place is inside a pair of dashes and the figure outside it (`One of three
/// facilities he maintains -- the other two are in Aspen, Colorado and Cape Cod --`, `the
/// three eastern rivers -- Beas, Ravi and Sutlej --`), or after a lone dash that opens what
/// follows (`its two key East Asian allies -- Japan and South Korea`). Not a place on the other
/// side of an insertion the figure is outside of (`passes hundreds of protesters -- and a few
/// supporters -- in West Palm Beach`), nor the host's place of a figure inside the insertion
/// (`the splintered political landscape in the Netherlands -- there were 28 parties on the
/// ballot --`). The walks are bounded by the sentence (at most 60 tokens each way).
pub(crate) fn typed_dash_apart(ctx: &Context<'_>, t: usize, start: usize, end: usize) -> bool {
    let s = ctx.sentence_of[start];
    let (a, b) = if t < start { (t + 1, start) } else { (end, t) };
    let dashes = |from: usize, to: usize| {
        let mut n = 0;
        let mut k = from;
        while k < to {
            match typed_dash(ctx, k) {
                Some(e) => {
                    n += 1;
                    k = e;
                }
                None => k += 1,
            }
        }
        n
    };
    if dashes(a, b) != 1 {
        return false;
    }
    // (another dash after the later of the two in the sentence closes a pair opened between
    // them: the later one is inside it)
    let later = t.max(end);
    let last = (later..(later + 60).min(ctx.lexemes.len()))
        .take_while(|&k| ctx.sentence_of[k] == s)
        .last()
        .map_or(later, |k| k + 1);
    let closed_after = dashes(later, last) > 0;
    // a place after the figure inside a pair (or after a lone dash) is apart; a figure inside a
    // pair opened after the place keeps the host's place
    t > end || !closed_after
}

/// True when the place at token `t` stands in apposition to a name after a locative preposition
/// in the figure's clause `c` (`Around 25,000 demonstrators gathered in Victory Square,
/// Bucharest, on Monday evening`): the comma between them ends no clause; the later name is the
/// place that holds the earlier one, which the recogniser may have missed. The earlier name is a
/// run of one to five capitalised words right before the comma.
pub(crate) fn apposed_place(ctx: &Context<'_>, clause: &[u32], t: usize, c: u32) -> bool {
    if t < 3 || !ctx.is_punct(t - 1, ",") || clause[t - 2] != c {
        return false;
    }
    let mut k = t - 2;
    while k > 0 && t - 2 - k < 5 && ctx.is_word(k) && ctx.capitalized(k) {
        k -= 1;
    }
    let k = if ctx.lower(k) == "the" {
        k.wrapping_sub(1)
    } else {
        k
    };
    // (not a possessive opening the next clause's subject: `Unbeaten in seven league games at
    // the Volksparkstadion, Hamburg's home form is ...`)
    let mut e = t;
    while e < t + 5 && ctx.is_word(e) && ctx.capitalized(e) {
        e += 1;
    }
    let possessive = ctx.is_punct(e, "'\u{2019}") && ctx.lower(e + 1) == "s";
    k + 2 < t - 1
        && matches!(ctx.lower(k), "in" | "at")
        && ctx.sentence_of[k] == ctx.sentence_of[t]
        && !possessive
}

/// True when token `k` is a plural noun of the states a country deals with, in a count starting
/// at token `start` (`Switzerland joined dozens of WTO members`, `only two delegations supported
/// Ukraine`, `NATO's 28 members`, `the remaining 27 EU members`): a count of them has no place
/// among the countries around it, as a count of countries has none (the caller's rule; only a
/// region holding them is theirs). `members` only of a body of states (an acronym in capitals,
/// `EU`, a `bloc` or an `alliance` at most three words before the noun or the count): not
/// people (`28 family members`, `two suspected members of a terror cell`).
pub(crate) fn peer_noun(ctx: &Context<'_>, k: usize, start: usize) -> bool {
    match ctx.lower(k) {
        "delegations" | "allies" | "signatories" => true,
        "members" => (start.saturating_sub(3)..k).any(|j| {
            let w = ctx.span(j, j + 1).slice(ctx.text);
            ctx.is_word(j)
                && ((2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                    || matches!(ctx.lower(j), "bloc" | "alliance"))
        }),
        _ => false,
    }
}

/// True when the place starting at token `t` follows `that of` or `those of` after a multiple,
/// a fraction or `than` (`The labor costs ... are almost eight times those of China`, `about half
/// that of the United States' F-35`, `radiation levels 10 times that of Earth`): the place is
/// the base the figure is compared with, the other side of the comparison
/// (docs/judging/frames.md), not where the counted thing is. The time rules read the same
/// `that of` as the compared value's date.
pub(crate) fn compared_base(ctx: &Context<'_>, t: usize) -> bool {
    let of = if ctx.lower(t.wrapping_sub(1)) == "the" {
        t.wrapping_sub(2)
    } else {
        t.wrapping_sub(1)
    };
    ctx.lower(of) == "of"
        && matches!(ctx.lower(of.wrapping_sub(1)), "that" | "those")
        && matches!(
            ctx.lower(of.wrapping_sub(2)),
            "times"
                | "fold"
                | "half"
                | "twice"
                | "double"
                | "triple"
                | "than"
                | "third"
                | "quarter"
        )
}

/// Nouns of a deed a country or a city does to others: a possessive place before one
/// (`Pyongyang's launch of four ballistic missiles`, `the thousands of victims of Israel's
/// brutal attacks`, `Montenegro's accession bid had been held up ... by two senators`) is the
/// actor of the deed, not where the counted thing is (fresh19 #73). Not what a country has or
/// is (`China's GDP`, `Idlib's population`, `China's gas demand`: the figure is the place's own).
fn deed_noun(w: &str) -> bool {
    matches!(
        w,
        "launch"
            | "launches"
            | "attack"
            | "attacks"
            | "bid"
            | "invasion"
            | "annexation"
            | "refusal"
            | "decision"
            | "offensive"
    )
}

/// True when the place ending at token `e` (its last token + 1) is a possessive before a
/// [`deed_noun`], right after the `'s` or over one lower-case modifier (`Israel's brutal
/// attacks`, `Montenegro's accession bid`).
pub(crate) fn deed_owner(ctx: &Context<'_>, e: usize) -> bool {
    ctx.is_punct(e, "'\u{2019}")
        && ctx.lower(e + 1) == "s"
        && (deed_noun(ctx.lower(e + 2))
            || ctx.is_word(e + 2) && !ctx.capitalized(e + 2) && deed_noun(ctx.lower(e + 3)))
}

/// Verbs of giving away, refusing or imposing: a place that is their subject before the
/// figure (`Ireland has pledged more than 17m in funding for the Colombian peace process`,
/// `Ukraine refused to repay $3.075 billion`, `the United States imposed sanctions on 18 Syrian
/// military officials`) is the giver or the payer; the money or the people go elsewhere
/// (fresh19 #187, pt28's largest wrong class). Not spending or sending, whose figure is often
/// the place's own (`Germany spent 1.19 percent of its GDP on defense`, `Mexico sends 80
/// percent of its exports to the US`), nor granting (`Sweden granted asylum to 101,925
/// refugees`: they are in Sweden).
fn giving_verb(w: &str) -> bool {
    matches!(
        w,
        "pledged"
            | "pledges"
            | "refused"
            | "refuses"
            | "donated"
            | "donates"
            | "lent"
            | "lends"
            | "imposed"
            | "imposes"
    )
}

/// True when the place ending at token `e` (its last token + 1) is the subject of a
/// [`giving_verb`], right after it or over one auxiliary (`has pledged`, `will impose`).
pub(crate) fn giver(ctx: &Context<'_>, e: usize) -> bool {
    let v = if matches!(
        ctx.lower(e),
        "has" | "have" | "had" | "will" | "would" | "also"
    ) {
        e + 1
    } else {
        e
    };
    giving_verb(ctx.lower(v))
}
