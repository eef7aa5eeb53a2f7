//! Closed-class cue words of the frame rules (attribution and time) that the shared word lists of
//! `words.rs` do not hold: each list is a `matches!` on lower-case literals, like those.

use crate::memo;

/// Reporting verbs that are also plural nouns (`European states`, `insurance claims`): they
/// report only when their content follows at once (`states that`, `shows 26`).
pub(super) fn noun_like_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "states"
            | "claims"
            | "reports"
            | "estimates"
            | "estimate"
            | "reporting"
            | "shows"
            | "notes"
            | "counts"
            | "records"
            | "forecasts"
            | "forecast"
    )
}

/// Nouns of a change whose `from` introduces the earlier value (`a dramatic drop from the 80
/// percent recorded in 2009`).
pub(super) fn change_noun(w: &str) -> bool {
    matches!(
        w,
        "drop"
            | "fall"
            | "decline"
            | "decrease"
            | "dip"
            | "rise"
            | "increase"
            | "jump"
            | "gain"
            | "climb"
            | "surge"
            | "slide"
            | "plunge"
            | "change"
            | "cut"
            | "reduction"
            | "down"
            | "up"
    )
}

/// Words between a change's `from` and the earlier value (`from the near 80 percent`).
pub(super) fn before_prior_value(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "near"
            | "nearly"
            | "about"
            | "around"
            | "some"
            | "roughly"
            | "almost"
            | "just"
            | "only"
            | "over"
            | "under"
    )
}

/// People named by the country they serve or belong to (`five US soldiers`, `two US citizens`):
/// the country is their origin, not where they are.
pub(super) fn origin_people(w: &str) -> bool {
    matches!(
        w,
        "troops"
            | "soldiers"
            | "forces"
            | "commandos"
            | "citizens"
            | "nationals"
            | "personnel"
            | "service"
            | "servicemen"
            | "servicemembers"
            | "diplomats"
            | "tourists"
            | "astronauts"
            | "military"
            | "marines"
            | "sailors"
            | "airmen"
            | "officials"
            | "commando"
            | "soldier"
            | "citizen"
            | "national"
            | "diplomat"
            | "tourist"
            | "astronaut"
            | "marine"
            | "sailor"
            | "official"
    )
}

/// Head words of a geographic name (`the Mediterranean Sea`, `Palm Beach County`): a place
/// mention cut before one still names the place.
pub(super) fn geographic_head(w: &str) -> bool {
    matches!(
        w,
        "sea"
            | "bay"
            | "county"
            | "river"
            | "coast"
            | "plains"
            | "republic"
            | "islands"
            | "island"
            | "lake"
            | "mountains"
            | "gulf"
            | "ocean"
            | "province"
            | "state"
            | "region"
            | "valley"
            | "peninsula"
            | "strait"
            | "desert"
            | "basin"
            | "delta"
            | "city"
            | "district"
    )
}

/// Directions before a place name (`Northern California`, `the North Caucasus`).
pub(super) fn direction_adjective(w: &str) -> bool {
    matches!(
        w,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "north"
            | "south"
            | "east"
            | "west"
            | "upper"
            | "lower"
            | "greater"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
    )
}

/// Lower-case particles inside a person's name (`Augustin de Romanet`, `Ursula von der Leyen`,
/// `Mohammed bin Salman`).
pub(super) fn name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "du"
            | "dos"
            | "das"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ter"
            | "ten"
    )
}

/// Prepositions after which a reporting verb that is also a plural noun is the noun
/// (`following reports that ...`, `amid claims that ...`, `despite estimates of ...`).
pub(super) fn preposition_before_noun(w: &str) -> bool {
    matches!(
        w,
        "following"
            | "amid"
            | "amidst"
            | "despite"
            | "after"
            | "before"
            | "over"
            | "about"
            | "on"
            | "of"
            | "by"
            | "from"
            | "against"
            | "regarding"
            | "concerning"
            | "with"
            | "to"
            | "in"
            | "for"
    )
}

/// Words that negate a reporting verb (`Trump did not say whether ...`): what follows is not
/// what the subject says.
pub(super) fn negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "t" | "cannot") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
}

/// Words that open a clause about the act of saying, not its content (`X said after visiting
/// the DMZ`, `..., as he delivered his first speech`, `..., referring to ...`). Not `because`:
/// in `said that ..., because ...` the reason is part of what is said.
pub(super) fn saying_circumstance(w: &str) -> bool {
    matches!(
        w,
        "after" | "as" | "when" | "while" | "before" | "during" | "following"
    ) || saying_participle(w)
}

/// Nouns of the writer's gloss on a saying after `in (an apparent)` (`said, in an apparent
/// reference to ...`, `in a veiled swipe at ...`).
pub(super) fn gloss_noun(w: &str) -> bool {
    matches!(
        w,
        "reference" | "allusion" | "nod" | "swipe" | "dig" | "jab" | "response" | "reply"
    )
}

/// Adjectives between `in a` and a [`gloss_noun`] (`in an apparent reference to`).
pub(super) fn gloss_adjective(w: &str) -> bool {
    matches!(
        w,
        "apparent" | "veiled" | "clear" | "oblique" | "indirect" | "possible" | "thinly-veiled"
    )
}

/// Determiners of an object right after `added`/`adds` (`adds a tumultuous twist`, `added
/// another layer to`, `added their support to`, `added its own`): a thing added, not words;
/// not `the`, which as often opens a clause said without `that` (`added the problem is ...`).
pub(super) fn added_object(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "another" | "their" | "its" | "his" | "her" | "our"
    )
}

/// Reporting verbs whose `to` names the addressee of the saying (`confirmed to the AP`,
/// `explained to CNN`, `testified to Congress`, `wrote to Senate leaders`, `claimed to the
/// Washington Post`); not verbs whose `to` names what they point at (`pointed to a law`,
/// `referred to`).
pub(super) fn addressee_to_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "confirmed"
            | "confirms"
            | "explained"
            | "explains"
            | "claimed"
            | "claims"
            | "testified"
            | "testifies"
            | "wrote"
            | "writes"
            | "admitted"
            | "admits"
            | "revealed"
            | "reveals"
            | "announced"
            | "announces"
            | "complained"
            | "stated"
            | "insisted"
            | "conceded"
            | "disclosed"
            | "declared"
            | "suggested"
            | "reported"
            | "confided"
            | "boasted"
            | "promised"
            | "pledged"
    )
}

/// Heads of what `citing` names as a reason, not a source (`citing the violence in Dortmund`,
/// `citing Ms DeVos's lack of qualifications`, `citing his personal religious belief`, `citing a
/// "hazardous situation"`, `citing national security reasons`, `citing an order from the judge`,
/// `citing a portion of the Immigration and Nationality Act`).
pub(super) fn cited_reason_noun(w: &str) -> bool {
    matches!(
        w,
        "violence"
            | "lack"
            | "belief"
            | "beliefs"
            | "situation"
            | "process"
            | "reason"
            | "reasons"
            | "restriction"
            | "restrictions"
            | "order"
            | "orders"
            | "portion"
            | "concern"
            | "concerns"
            | "fear"
            | "fears"
            | "risk"
            | "risks"
            | "need"
            | "threat"
            | "threats"
            | "grounds"
            | "pressure"
            | "uncertainty"
            | "failure"
            | "problems"
            | "difficulties"
            | "circumstances"
            | "policy"
            | "law"
            | "rules"
            | "regulations"
            | "costs"
            | "absence"
            | "precedent"
    )
}

/// A verb and its particle that report a that-clause (`pointed out that`).
pub(super) fn phrasal_speech_verb(w: &str, particle: &str) -> bool {
    matches!(w, "point" | "points" | "pointed" | "pointing") && particle == "out"
}

/// Nouns of an office held to someone, before `to` in a source's phrase (`the U.S. Mission to
/// the United Nations`, `an adviser to the president`).
pub(super) fn office_to(w: &str) -> bool {
    matches!(
        w,
        "mission"
            | "ambassador"
            | "envoy"
            | "adviser"
            | "advisor"
            | "advisers"
            | "advisors"
            | "counselor"
            | "delegation"
            | "representative"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "secretary"
            | "assistant"
            | "aide"
            | "aides"
    )
}

/// Words opening a concession before the main clause (`Even though ...,`, `Although ...,`).
pub(super) fn concession(w: &str) -> bool {
    matches!(w, "although" | "though" | "even" | "despite" | "whereas")
}

/// Conjunctions that make the clause after them subordinate to the one before (`... two days
/// after the mayor said`).
pub(super) fn subordinator(w: &str) -> bool {
    matches!(
        w,
        "after" | "before" | "since" | "until" | "because" | "once" | "unless"
    )
}

/// Words after `as` that make it a bound or a comparison, not a conjunction (`as many as 26`).
pub(super) fn as_comparative(w: &str) -> bool {
    matches!(
        w,
        "many" | "much" | "few" | "little" | "long" | "well" | "high" | "low" | "part" | "of"
    )
}

/// Prepositions opening the setting of an act of saying before its date (`told reporters at a
/// press conference in the East Room on Thursday`).
pub(super) fn setting_preposition(w: &str) -> bool {
    matches!(w, "at" | "during" | "in" | "on")
}

/// Nouns of data that report with a finding verb and no `that` (`Opinion polls show 45% ...`, `A
/// survey by the Pew Research Center found 40 percent ...`).
pub(super) fn data_noun(w: &str) -> bool {
    matches!(
        w,
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "data"
            | "figures"
            | "statistics"
            | "study"
            | "census"
            | "estimates"
            | "projections"
    )
}

/// Nouns of a report or a finding that head a sentence's subject and report what a finding verb
/// says (`The review of all 136 hospital trusts found ...`, `An analysis by the Congressional
/// Budget Office found ...`): the nouns of data and the documents that present them.
pub(super) fn report_noun(w: &str) -> bool {
    data_noun(w)
        || matches!(
            w,
            "report"
                | "reports"
                | "analysis"
                | "review"
                | "research"
                | "studies"
                | "audit"
                | "assessment"
                | "investigation"
                | "inquiry"
                | "index"
                | "findings"
                | "paper"
        )
}

/// Verbs that report only before a `that` clause (`the review has determined that`, `a survey
/// found that`): without it they name an act (`police found 3 bodies`).
pub(super) fn that_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "found"
            | "finds"
            | "determined"
            | "determines"
            | "concluded"
            | "concludes"
            | "expects"
            | "revealed"
            | "reveals"
            | "revealing"
            | "suggests"
            | "suggest"
            | "indicate"
            | "showing"
            | "indicated"
            | "indicates"
            | "show"
            | "warned"
            | "warns"
            | "tweeted"
            | "declared"
            | "proves"
            | "prove"
            | "ruled"
            | "notes"
            | "expected"
            | "believes"
            | "believed"
            | "confirming"
            | "demonstrates"
            | "stressed"
            | "stresses"
            | "emphasized"
            | "emphasised"
            | "emphasizes"
            | "reiterated"
            | "reiterates"
            | "denied"
            | "denies"
            | "maintained"
            | "maintains"
            | "alleged"
            | "alleges"
            | "complained"
            | "cautioned"
            | "conceded"
            | "concedes"
            | "asserted"
            | "asserts"
            | "contended"
            | "recorded"
    ) || matches!(w, "implies" | "implied")
}

/// Reporting verbs of the lexicon that far more often name what happened to their subject or
/// what it made (`Germany recorded a budget surplus`, `the Social Democrats recorded a strong
/// victory`, `the highest temperature ever recorded`, `the songs Berry recorded for Chess`) than
/// a count it gives: they report only as [`that_speech_verb`]s do (`Germany recorded that ...`,
/// `figures recorded 500 cases`) or after a body that keeps counts (`BAMF recorded`, `police
/// recorded`).
pub(super) fn happening_speech_verb(w: &str) -> bool {
    w == "recorded"
}

/// Nouns of bodies that keep counts, whose `recorded` reports one (`police recorded 500 crimes`,
/// `authorities recorded 30 cases`; see `sources::survey::counting_body`).
pub(super) fn counting_body_noun(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "authorities"
            | "officials"
            | "agency"
            | "office"
            | "ministry"
            | "bureau"
            | "directorate"
            | "department"
            | "service"
            | "commission"
            | "registry"
            | "census"
            | "observatory"
            | "monitors"
            | "hospital"
            | "hospitals"
            | "doctors"
            | "researchers"
            | "scientists"
    )
}

/// Sentence adverbs set off by commas between a source and its verb (`the Agreement,
/// therefore, states`).
pub(super) fn parenthetical_adverb(w: &str) -> bool {
    matches!(
        w,
        "therefore" | "however" | "meanwhile" | "moreover" | "too" | "though" | "instead"
    ) || w.len() > 4 && w.ends_with("ly")
}

/// Words that open a fronted time clause before a figure besides prepositions and
/// conjunctions (`Late last month, ...`, `Earlier this year, ...`).
pub(super) fn fronted_time_adverb(w: &str) -> bool {
    matches!(w, "late" | "early" | "earlier" | "later")
}

/// Adverbs that link a sentence to the one before and may precede a fronted time adverbial
/// (`Also on Monday, ...`, `Meanwhile on Tuesday, ...`).
pub(super) fn linking_adverb(w: &str) -> bool {
    matches!(
        w,
        "also" | "meanwhile" | "separately" | "elsewhere" | "earlier" | "later" | "then"
    )
}

/// Prepositions and conjunctions that open a fronted clause whose date is the time of the
/// figures after it (`In the first half of this year, ...`, `When X was hacked in 2015, ...`).
pub(super) fn fronted_opener(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "since"
            | "when"
            | "after"
            | "before"
            | "during"
            | "until"
            | "following"
            | "between"
            | "from"
            | "for"
            | "throughout"
            | "within"
            | "through"
            | "over"
    )
}

/// Titles whose `of` names the office's place, not where a counted thing is (`a former mayor of
/// Davao City`).
pub(super) fn place_title(w: &str) -> bool {
    matches!(
        w,
        "mayor"
            | "governor"
            | "president"
            | "minister"
            | "ambassador"
            | "king"
            | "queen"
            | "premier"
            | "senator"
            | "chancellor"
            | "consul"
            | "emir"
            | "sultan"
            | "prince"
            | "princess"
    )
}

/// Participles that open a clause about a closing saying, not more of its content (`"...,"
/// Smith told reporters, referring to the 4-0 win`).
pub(super) fn saying_participle(w: &str) -> bool {
    matches!(
        w,
        "referring" | "speaking" | "responding" | "commenting" | "answering"
    )
}

/// Participles of reporting verbs that follow a comma and report for the subject of the clause
/// before (`the news agency reported ..., saying the two women ...`).
pub(super) fn participle_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "saying"
            | "adding"
            | "noting"
            | "warning"
            | "stating"
            | "claiming"
            | "explaining"
            | "insisting"
            | "arguing"
            | "estimating"
            | "announcing"
            | "confirming"
            | "reporting"
            | "stressing"
            | "emphasising"
            | "emphasizing"
            | "highlighting"
            | "conceding"
            | "acknowledging"
            | "complaining"
            | "predicting"
    )
}

/// Words that open a relative or parenthetical clause between a source and its verb (`Gov. Kate
/// Brown (D), who was among the attendees, told`).
pub(super) fn relative_opener(w: &str) -> bool {
    matches!(w, "who" | "whose" | "which")
}

/// Nouns of a norm after `according to` (`according to the procedures`, `according to
/// the law`): what something follows, not who says it.
pub(super) fn norm_noun(w: &str) -> bool {
    matches!(
        w,
        "procedure"
            | "procedures"
            | "rule"
            | "rules"
            | "law"
            | "laws"
            | "regulation"
            | "regulations"
            | "tradition"
            | "custom"
            | "protocol"
            | "formula"
            | "terms"
            | "principles"
            | "standards"
            | "criteria"
            | "script"
            | "sharia"
            | "scripture"
            | "doctrine"
            | "constitution"
            | "statute"
            | "statutes"
            | "koran"
            | "quran"
            | "customs"
            | "traditions"
            | "calendar"
            | "motto"
            | "timetable"
            | "guidelines"
    )
}

/// Reporting verbs whose passive names the source after `by` (`estimated by utilities at $1
/// trillion`); not `confirmed by a vote`, `claimed by ISIL` (responsibility), `recorded by The
/// Beatles`, `predicted by Einstein in 1915` (an act of its own time).
pub(super) fn passive_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "estimated" | "counted" | "tallied" | "documented" | "projected"
    )
}

/// Words after which a noun phrase opens a clause (`..., and a survey found that`).
pub(super) fn np_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "that" | "while" | "whereas" | "as" | "so" | "because"
    )
}

/// Words that open or carry a clause of their own (a subject or relative pronoun, an auxiliary
/// or modal):
/// after a reporting verb they start its content (`said he does not believe ...`).
pub(super) fn clause_word(w: &str) -> bool {
    subject_pronoun(w)
        || irregular_past(w)
        || matches!(
            w,
            "there"
                | "which"
                | "who"
                | "whose"
                | "where"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "does"
                | "do"
                | "did"
                | "not"
        )
}

/// Personal pronouns that open a clause as its subject.
pub(super) fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// Common irregular past-tense verbs (the regular ones end in `-ed`): after a reporting verb
/// they carry a clause of its content (`says Ryan spoke again today`).
pub(super) fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "spoke"
            | "met"
            | "went"
            | "took"
            | "made"
            | "gave"
            | "won"
            | "lost"
            | "left"
            | "got"
            | "saw"
            | "came"
            | "fell"
            | "rose"
            | "grew"
            | "began"
            | "held"
            | "sent"
            | "brought"
            | "knew"
            | "found"
            | "paid"
            | "sold"
            | "bought"
            | "led"
            | "kept"
            | "ran"
            | "became"
            | "struck"
            | "shot"
            | "fled"
            | "broke"
            | "hit"
            | "says"
            | "said"
    )
}

/// Prepositions before a date that make it part of what is said (a window or a deadline:
/// `announced the visit from Jan 15 to 18`, `pledged to finish by 2020`), not when it was said.
pub(super) fn content_date_preposition(w: &str) -> bool {
    matches!(
        w,
        "from" | "between" | "until" | "till" | "by" | "through" | "since" | "before" | "after"
    )
}

/// Nouns ending a setting of a saying at the end of its sentence (`told DW in an interview`,
/// `said in a statement`, `told a news conference`).
pub(super) fn setting_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "statement"
            | "conference"
            | "briefing"
            | "release"
            | "speech"
            | "address"
            | "tweet"
            | "post"
            | "email"
            | "letter"
            | "broadcast"
            | "podcast"
            | "hearing"
            | "meeting"
            | "rally"
            | "demonstration"
    )
}

/// Conjunctions between two conjuncts of a clause (`by 40% in 2015 and by 18% last year`).
pub(super) fn conjunct_word(w: &str) -> bool {
    matches!(w, "and" | "but" | "while" | "whereas")
}

/// Conjunctions that open a coordinated clause after a comma (`..., X said, but he ...`).
pub(super) fn coordinator(w: &str) -> bool {
    matches!(w, "but" | "whereas" | "although" | "though" | "yet")
}

/// Verbs that report only when they close a quote (`"...," Breyer concluded`): elsewhere they
/// name an act (`the talks concluded after 20 hours`). And a document's `"...," the post read.`
pub(super) fn closing_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "concluded" | "concludes" | "continued" | "recalled" | "replied" | "remarked"
    ) || matches!(w, "read" | "reads" | "explains")
        || super::quote_marks::quote_closing_verb(w)
}

/// Prepositions before `the last`/`the next` that make a relative period a time (`over the last
/// three decades`, `in the next decade`, `during the past two weeks`).
pub(super) fn period_preposition(w: &str) -> bool {
    matches!(
        w,
        "over" | "in" | "during" | "within" | "for" | "across" | "throughout"
    )
}

/// `put`: a figure put at a value is reported (`officials put the death toll at 26`).
pub(super) fn put_verb(w: &str) -> bool {
    matches!(w, "put" | "puts" | "putting")
}

/// Verbs of describing or naming whose subject after `what` says what follows (`what authorities
/// described as a 90-minute spree`, `what the Pentagon called a ...`).
pub(super) fn describing_verb(w: &str) -> bool {
    matches!(
        w,
        "described" | "called" | "termed" | "dubbed" | "characterized" | "characterised"
    )
}

/// Reporting verbs whose passive after `as` names its source after `by` (`as previously described
/// by the White House`, `as reported by AFP`); not `claimed` (`an attack later claimed by IS`:
/// responsibility).
pub(super) fn as_passive_verb(w: &str) -> bool {
    matches!(
        w,
        "described"
            | "reported"
            | "estimated"
            | "stated"
            | "noted"
            | "predicted"
            | "forecast"
            | "calculated"
            | "projected"
            | "revealed"
            | "disclosed"
            | "announced"
            | "confirmed"
    )
}

/// Verbs that only report, coordinated after an earlier predicate of their subject (`X met the
/// delegation and said ...`); not verbs that also name an act (`showed promise`, `reported to
/// the inspectors`, `found`).
pub(super) fn coordinated_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "stated"
            | "states"
            | "announced"
            | "announces"
            | "added"
            | "adds"
            | "noted"
            | "notes"
            | "claimed"
            | "claims"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "estimated"
            | "estimates"
            | "predicted"
            | "predicts"
            | "wrote"
            | "writes"
            | "explained"
            | "confirmed"
            | "revealed"
            | "disclosed"
    )
}

/// What people are sorted by after a possessive (`according to their race`): a criterion, not a
/// source.
pub(super) fn criterion_noun(w: &str) -> bool {
    matches!(
        w,
        "race"
            | "religion"
            | "age"
            | "gender"
            | "sex"
            | "nationality"
            | "size"
            | "income"
            | "needs"
            | "ability"
            | "abilities"
            | "merit"
            | "performance"
            | "weight"
            | "height"
    )
}

/// Active forms of accusing, which report what follows their `of` (`Amnesty accused the regime of
/// hanging 13,000`; see `sources/accused.rs`).
pub(super) fn accusing_verb(w: &str) -> bool {
    matches!(w, "accused" | "accuses" | "accuse")
}

/// A word that one of the reporting verbs of `sources::sources` opens its test with (putting,
/// a that-verb, a phrasal verb, a participle, a closing verb).
fn reports(w: &str) -> bool {
    put_verb(w)
        || that_speech_verb(w)
        || phrasal_speech_verb(w, "out")
        || participle_speech_verb(w)
        || closing_speech_verb(w)
        || describing_verb(w)
        || w == "quoted"
        || data_noun(w)
        || as_passive_verb(w)
        || accusing_verb(w)
        || that_only_speech_verb(w)
        || super::quote_marks::inverted_only_speech_verb(w)
}

/// Verbs that report only with `that` right after them (`Lavrov recalled that in February ...`,
/// `Fan reckons that ...`, `Johnston speculated that ...`, `Trump countered that`): without it they
/// name an act (`Toyota recalled 3 million cars`); not the nouns `remarks`, `signals`.
pub(super) fn that_only_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "recalled" | "recalls" | "remarked" | "reckons" | "reckoned" | "speculated" | "speculates"
    ) || matches!(w, "boasted" | "boasts" | "countered" | "counters")
}

thread_local!(static REPORTS: memo::Memo = memo::Memo::default());

/// [`reports`], remembered per thread ([`memo`]): asked at nearly every lexeme of an article.
pub(super) fn may_report(w: &str) -> bool {
    memo::remembered(&REPORTS, w, reports)
}
