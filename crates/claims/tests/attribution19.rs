//! Attribution mechanisms of issue 14, session 19: a closing quotation mark the corpus
//! mis-decoded as `"?`, the quote a source closes as its content (and only the quote), a setting
//! of the saying that runs to the end of the sentence, a date inside a quote. Each was kept
//! after a before/after diff of every frame on the real corpus (crates/claims README, "Session
//! 19: attribution").

mod common;

use common::source;

#[test]
fn a_mis_decoded_closing_mark_still_closes_the_quote() {
    // the corpus often has `"?` for a closing mark and the space after it
    assert_eq!(
        source(
            "\"We counted at least 40 boats in the harbour this week,\"?said harbour master Ines \
             Moreau (R-Maine).",
            "at least 40"
        )
        .as_deref(),
        Some("harbour master Ines Moreau")
    );
    assert_eq!(
        source(
            "\"Only three of the bridges are safe to cross,\"?Sen. Paul Okafor, D-Ore., said.",
            "three"
        )
        .as_deref(),
        Some("Sen. Paul Okafor")
    );
    // (inside a quote it is an apostrophe's: `the two ministers' talks`)
    assert_eq!(
        source(
            "\"We are close to settling the two ministers\"?differences on the port,\" Okafor said \
             in an interview with a local radio station ahead of a 3+3 meeting in Lagos.",
            "two"
        )
        .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn the_quote_a_source_closes_is_its_content_and_what_follows_the_verb_is_not() {
    let text = "\"The port handled 12 million tonnes last year, a record,\" the harbour board \
                told members of the city council during its first public hearing in January.";
    assert_eq!(
        source(text, "12 million tonnes").as_deref(),
        Some("the harbour board")
    );
    assert_eq!(
        source(text, "last year").as_deref(),
        Some("the harbour board")
    );
    // the hearing is when it was told, not what
    assert_eq!(source(text, "first"), None);
    assert_eq!(source(text, "January"), None);
    // a short quote is a title, not what is said
    assert_eq!(
        source(
            "On Tuesday's episode of \"The Late Hour,\" the comedian said the show had 2 million \
             viewers.",
            "Tuesday"
        ),
        None
    );
}

#[test]
fn a_date_in_a_clause_closed_by_its_source_is_attributed() {
    // the setting of the saying runs to the end of the sentence: nothing is said after the verb
    assert_eq!(
        source(
            "The carrier will stop flying to Oslo from March 3, the airline said on Tuesday in a \
             statement posted on its website.",
            "March 3"
        )
        .as_deref(),
        Some("the airline")
    );
    // (a hyphened word inside the setting)
    assert_eq!(
        source(
            "The city would hire 300 teachers, Brandt said at a union-sponsored debate on Feb. \
             14.",
            "Feb. 14"
        ),
        None
    );
}

#[test]
fn a_participle_of_saying_after_a_closing_quote_reports_for_its_speaker() {
    assert_eq!(
        source(
            "\"It is a partial victory,\" the mayor told reporters, stressing that the party's \
             seats rose from 15 to 21.",
            // (a change: two numbers, GUIDELINES.md)
            "21"
        )
        .as_deref(),
        Some("the mayor")
    );
}

#[test]
fn verbs_of_stressing_denying_and_alleging_report_before_a_that_clause() {
    assert_eq!(
        source(
            "The utility stressed that about 4,000 homes would be reconnected by Friday.",
            "about 4,000"
        )
        .as_deref(),
        Some("The utility")
    );
    assert_eq!(
        source(
            "A rights group alleges that troops detained 45 villagers without charge.",
            "45"
        )
        .as_deref(),
        Some("rights group")
    );
    // (an adjective after a determiner is no verb: `the alleged 3 raids`)
    assert_eq!(
        source(
            "\"No one has confirmed the alleged raids on 3 villages this week,\" the spokesman \
             said.",
            "3"
        )
        .as_deref(),
        Some("the spokesman")
    );
}

#[test]
fn a_verb_of_that_kind_reports_a_clause_without_its_that() {
    let text = "Two years later, the panel concluded the dam had 14 cracks in its wall.";
    assert_eq!(source(text, "14").as_deref(), Some("the panel"));
    // the fronted date is when the panel concluded, not what
    assert_eq!(source(text, "Two years"), None);
    assert_eq!(
        source(
            "The mayor has denied any of the 12 contracts were awarded without a tender.",
            "12"
        )
        .as_deref(),
        Some("The mayor")
    );
    // (not a participle, nor past a coordinated clause: the subject of `reviewed` does not say
    // it; since session 29d the noun phrase of the absolute `with NP confirming` does, as the
    // guidelines' `with officials expecting growth of 2.1 percent`)
    assert_eq!(
        source(
            "Engineers reviewed the plans, with the chief engineer confirming the bridge was \
             built in 1962.",
            "1962"
        )
        .as_deref(),
        Some("the chief engineer")
    );
    assert_eq!(
        source(
            "Carl Weiss, 52, denied theft but was convicted by the court.",
            "52"
        ),
        None
    );
}

#[test]
fn a_participle_of_saying_reports_for_the_subject_after_a_fronted_phrase() {
    assert_eq!(
        source(
            "In her memoir, Okonkwo thanks her coach, conceding that \"for the first six seasons \
             I was never fit\".",
            "six"
        )
        .as_deref(),
        Some("Okonkwo")
    );
    assert_eq!(
        source(
            "In response to the floods, the regional government called for army help, claiming \
             30 villages were cut off.",
            "30"
        )
        .as_deref(),
        Some("the regional government")
    );
}

#[test]
fn a_quote_left_open_runs_on_past_a_mis_decoded_apostrophe() {
    let text = "Prosecutors said that the two men \"used the servers to reach the bank's network. \
                In early 2015, they copied the records of clients\"?accounts, including more \
                than 300,000 card numbers.\"";
    assert_eq!(source(text, "2015").as_deref(), Some("Prosecutors"));
    assert_eq!(
        source(text, "more than 300,000").as_deref(),
        Some("Prosecutors")
    );
}

#[test]
fn a_hyphen_glued_for_a_space_around_the_verb_is_a_space() {
    assert_eq!(
        source(
            "Lena Berg, the-harbour master,-told reporters that 12 ships were stuck.",
            "12"
        )
        .as_deref(),
        Some("Lena Berg")
    );
    assert_eq!(
        source(
            "Veteran harbour pilot,-Lena Berg, concluded that 12 ships were stuck.",
            "12"
        )
        .as_deref(),
        Some("Lena Berg")
    );
    assert_eq!(
        source(
            "The Port Authority-said-on Friday that-about 40 cranes would be replaced.",
            "about 40"
        )
        .as_deref(),
        Some("The Port Authority")
    );
    assert_eq!(
        source(
            "The Port Authority-said-on Friday that-about 40 cranes would be replaced.",
            "Friday"
        ),
        None
    );
}

#[test]
fn a_participle_after_a_prepositional_object_reports_nothing() {
    assert_eq!(
        source(
            "With 80% of the ballots counted, the Greens are projected to win 41 seats.",
            "41"
        ),
        None
    );
}

#[test]
fn a_relative_pronoun_subject_reports_for_its_antecedent() {
    assert_eq!(
        source(
            "The plan is based on the latest survey from the Road Safety Board (RSB) which says \
             that crashes fell 12 percent in a year.",
            "12 percent"
        )
        .as_deref(),
        Some("the latest survey from the Road Safety Board")
    );
    // (not a word of the main clause before a preposition)
    assert_eq!(
        source(
            "The bill drew a sharp reply from Senator Ada Quinn, who said a third vote would be \
             needed.",
            "third"
        )
        .as_deref(),
        Some("Senator Ada Quinn")
    );
    // what it reports ends with the relative clause
    let text = "The Vega Front, which claimed the attack, was founded in 2009.";
    assert_eq!(source(text, "2009"), None);
}

#[test]
fn a_new_quote_closed_by_a_bare_pronoun_is_not_the_earlier_speakers() {
    // the gold's convention (fresh11 #7, fresh9 #159): a quote whose own closing attribution is
    // a bare pronoun has no source, even after a named speaker's sentence
    let text = "\"We will appeal,\" Ms Novak said on Monday. \"Two judges cannot overturn a \
                national law. It is absurd,\" she said.";
    assert_eq!(source(text, "Two"), None);
    // (a quote closing on a full stop: the pronoun opens the writer's sentence)
    let text = "\"We will appeal,\" Ms Novak said on Monday. \"Two judges cannot overturn a \
                national law.\" She said the firm would pay its fines.";
    assert_eq!(source(text, "Two").as_deref(), Some("Ms Novak"));
}

#[test]
fn a_where_clause_after_the_content_is_the_writers_background() {
    let text = "The envoy said it was \"vital\" to reopen the road to Kessa, where at least 40 \
                people have died since June.";
    assert_eq!(source(text, "at least 40"), None);
    // (inside a quote it is still the speaker's)
    let text = "The envoy said: \"We must reopen the road to Kessa, where 40 people have died.\"";
    assert_eq!(source(text, "40").as_deref(), Some("The envoy"));
}

#[test]
fn the_date_a_report_was_given_is_not_part_of_its_phrase() {
    assert_eq!(
        source(
            "About 240 workers lost their jobs, according to a statement released by the \
             Labour Ministry on Dec 12.",
            "About 240"
        )
        .as_deref(),
        Some("a statement released by the Labour Ministry")
    );
}

// round 2: mechanisms found in a random draw of the corpus's claims, not in the samples

#[test]
fn an_inverted_source_may_open_with_a_possessive_name() {
    let text = "\"Our new ferries carry the load of about 300 trucks,\" said Maersk's Lena Holm.";
    assert_eq!(
        source(text, "about 300").as_deref(),
        Some("Maersk's Lena Holm")
    );
    assert_eq!(
        source(
            "Only two out of 40 rated ports face pressure, says Moody's.",
            "two out of 40"
        )
        .as_deref(),
        Some("Moody's")
    );
    // a dateline before the sentence is no one's content
    assert_eq!(
        source(
            "(14.03.2017) Strikes at the port cost the region dearly, says DW's Ana Ruiz.",
            "14.03.2017"
        ),
        None
    );
}

#[test]
fn a_source_in_a_clause_subordinate_to_the_writers_reports_only_what_follows_it() {
    let text = "The vote came just two days after Mayor Anne Lutz said the city would build 40 \
                new shelters.";
    assert_eq!(source(text, "two days"), None);
    assert_eq!(source(text, "40").as_deref(), Some("Mayor Anne Lutz"));
    // a fronted one ends at its comma
    let text = "A week after the ministry announced 12 new rules, lawyers filed a motion in court \
                Tuesday night.";
    assert_eq!(source(text, "12").as_deref(), Some("the ministry"));
    assert_eq!(source(text, "Tuesday night"), None);
    // a concession fronted before the source is the writer's
    let text = "Even though the firm has set goals of $4 billion by 2025, Okafor said exports will \
                fall 5 percent.";
    assert_eq!(source(text, "$4 billion"), None);
    assert_eq!(source(text, "5 percent").as_deref(), Some("Okafor"));
}

#[test]
fn a_which_clause_on_a_name_that_ends_the_sentence_is_the_writers_background() {
    let text = "The minister said the city will rebuild the Harbour Bridge, which was opened in \
                1932 by 40,000 people.";
    assert_eq!(source(text, "1932"), None);
    assert_eq!(source(text, "40,000"), None);
    // (one the content goes on past is inside it)
    let text = "Police said the bridge at Tolka, which leads to the port, was closed on Friday.";
    assert_eq!(source(text, "Friday").as_deref(), Some("Police"));
    // (and a nested source in it is its own: `which is where officials have said`)
    let text = "The army said the rocket was fired from Kilo, which is where officials have said \
                the rebels fired rockets on May 3.";
    assert_eq!(source(text, "May 3").as_deref(), Some("officials"));
}

#[test]
fn a_circumstance_after_a_closing_source_is_not_its_content() {
    let text = "Ferries will resume on the route on May 1, the port authority has said, as the \
                strike of two years ended.";
    assert_eq!(source(text, "two years"), None);
    assert_eq!(source(text, "May 1").as_deref(), Some("the port authority"));
    // (but a that-clause after it is: `insisted, after ..., that`)
    let text = "The unions insisted, as the talks failed, that they would strike for 48 hours.";
    assert_eq!(source(text, "48 hours").as_deref(), Some("The unions"));
}

#[test]
fn pointing_out_a_that_clause_reports_it() {
    assert_eq!(
        source(
            "The auditors also point out that the council spent 14 percent more on roads in 2016.",
            "14 percent"
        )
        .as_deref(),
        Some("The auditors")
    );
    assert_eq!(
        source(
            "Hoover points out that's a third of the 3,000 beds in the county.",
            "3,000"
        )
        .as_deref(),
        Some("Hoover")
    );
}

#[test]
fn a_title_dot_does_not_end_the_phrase_after_according_to() {
    assert_eq!(
        source(
            "According to Dr. Cate Ruiz, the team's nutritionist, the player ate 24 candy bars a day.",
            "24"
        )
        .as_deref(),
        Some("Dr. Cate Ruiz")
    );
}

#[test]
fn a_source_phrase_runs_back_over_an_office_held_to_someone() {
    assert_eq!(
        source(
            "A spokesman for the U.S. Mission to the United Nations said the council will meet \
             on Monday.",
            "Monday"
        )
        .as_deref(),
        Some("spokesman for the U.S. Mission to the United Nations")
    );
    assert_eq!(
        source(
            "An adviser to the president said 30 judges were on the list.",
            "30"
        )
        .as_deref(),
        Some("adviser to the president")
    );
}

#[test]
fn a_glued_sentence_before_the_quote_a_source_closes_is_the_writers() {
    // the corpus often lost the full stop before a quote
    let text = "The mayor threatened a 45 percent tax on sugar \"This strikes me as highly unlikely \
                before 2030,\" says Lena Holm.";
    assert_eq!(source(text, "45 percent"), None);
    assert_eq!(source(text, "2030").as_deref(), Some("Lena Holm"));
    let text = "The clinic hopes to raise $1m in its first 100 days \"We've had thousands of new \
                donors in the last three months,\" a spokeswoman said.";
    assert_eq!(source(text, "100 days"), None);
    assert_eq!(source(text, "three months").as_deref(), Some("spokeswoman"));
}
