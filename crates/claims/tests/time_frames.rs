//! The time of claims on sentences shaped like the real news corpus (issue 14, session 17):
//! months that modify a noun, months ahead under a future cue far from them, and dates that are
//! not the figure's (an earlier value's, a nested noun's). Each test is named after the rule it
//! guards.

use reckon_claims::Extraction;

mod common;

/// The extraction of `text` as an article of `(y, m, d)`.
fn run(text: &str, (y, m, d): (i16, i8, i8)) -> Extraction {
    common::run_at(text, jiff::civil::date(y, m, d))
}

/// The value of date `q` and the time of claim `of` in `text` (an article of `date`).
fn date_and_time(text: &str, date: (i16, i8, i8), q: &str, of: &str) -> (String, Option<String>) {
    let x = run(text, date);
    let d = common::claim(&x, q)
        .quantity
        .time
        .as_ref()
        .map(|t| t.iso.clone());
    let t = common::claim(&x, of)
        .frame
        .time
        .as_ref()
        .map(|t| t.iso.clone());
    (d.unwrap_or_else(|| panic!("{q:?} has no value")), t)
}

#[test]
fn a_month_modifying_a_noun_is_a_date() {
    let (d, t) = date_and_time(
        "At a November press briefing, the ministry admitted paying 3.2 billion rupees to the contractors.",
        (2017, 2, 20),
        "November",
        "3.2 billion rupees",
    );
    assert_eq!((d.as_str(), t.as_deref()), ("2016-11", Some("2016-11")));
    let (d, t) = date_and_time(
        "Four people were arrested after the January riots in the capital.",
        (2017, 3, 1),
        "January",
        "Four",
    );
    assert_eq!((d.as_str(), t.as_deref()), ("2017-01", Some("2017-01")));
    // a month ahead that a past verb far before does not move back a year
    let x = run(
        "The minister did not confirm the date of an April referendum on the reforms.",
        (2017, 3, 13),
    );
    assert_eq!(common::quantity_iso(&x, "April"), "2017-04");
}

#[test]
fn a_month_before_a_function_word_or_a_name_modifies_nothing() {
    for text in [
        "Thousands joined the March for Science in 12 cities.",
        "The May government lost 3 votes.",
        "That easily surpassed the February average of 116mm.",
    ] {
        let x = run(text, (2017, 3, 20));
        assert!(
            x.claims
                .iter()
                .all(|c| c.quantity.kind != reckon_claims::QuantityKind::Date),
            "{text}: {:?}",
            common::view_of(&x)
        );
    }
}

#[test]
fn a_month_nested_after_another_preposition_does_not_date_the_figure() {
    let (_, t) = date_and_time(
        "The city banned two opposition leaders from rallies held ahead of an April vote.",
        (2017, 3, 13),
        "April",
        "two",
    );
    assert_eq!(t, None);
}

#[test]
fn a_change_from_a_dated_noun_holds_at_the_other_date() {
    let x = run(
        "Exports reached $12 billion in 2016, up 4.5 percent from the previous year.",
        (2017, 3, 1),
    );
    assert_eq!(
        common::claim(&x, "4.5 percent")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2016")
    );
    let x = run(
        "The bank forecast growth of 6.5 percent this year, up 0.2 points from its October forecast.",
        (2017, 1, 20),
    );
    assert_ne!(
        common::claim(&x, "0.2")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2016-10")
    );
}

#[test]
fn a_future_cue_far_before_a_month_takes_it_to_its_next_occurrence() {
    let (d, t) = date_and_time(
        "India will host the 12th meeting of the group's trade ministers - from Brazil, Russia, China and South Africa - in Goa, a coastal state in the west, in October, the minister said.",
        (2017, 1, 10),
        "October",
        "12th",
    );
    assert_eq!((d.as_str(), t.as_deref()), ("2017-10", Some("2017-10")));
    // a past verb or a relative clause closed before the month: the past one
    for text in [
        "The plant will reopen soon, after it posted a loss of $3 million in October.",
        "The firm opened a plant, which will be the largest, in Dayton, Ohio, in October.",
        "The group expects 2 million visitors, up from the previous peak in October.",
    ] {
        let x = run(text, (2017, 1, 10));
        assert_eq!(common::quantity_iso(&x, "October"), "2016-10", "{text}");
    }
}

#[test]
fn the_end_of_a_stretch_is_not_when_the_figure_holds() {
    let x = run(
        "In May, the landlord offered a rent cut of 12 percent until March 31, 2017.",
        (2017, 2, 7),
    );
    assert_eq!(
        common::claim(&x, "12 percent")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2016-05")
    );
    let x = run(
        "Two men have been released on bail until late April.",
        (2017, 3, 20),
    );
    assert_eq!(common::claim(&x, "Two").frame.time, None);
    // (negated, the stretch ends when it happens)
    let x = run(
        "The first official answer did not come until February 28.",
        (2017, 3, 20),
    );
    assert_eq!(
        common::claim(&x, "first")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2017-02-28")
    );
}

#[test]
fn a_fronted_as_of_date_is_the_figures() {
    let x = run(
        "As of June 2016, the charity had planted 48,000 trees in the valley.",
        (2017, 1, 31),
    );
    assert_eq!(
        common::claim(&x, "48,000")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2016-06")
    );
}

#[test]
fn a_when_clause_after_a_date_holds_at_that_date() {
    let x = run(
        "The party lost ground since the 2012 vote, when it won 41 seats in the assembly.",
        (2017, 3, 16),
    );
    assert_eq!(
        common::claim(&x, "41")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2012")
    );
    // (not the main clause after it: counted since then)
    let x = run(
        "Since 2005, when the first store opened, nearly 400 stores have opened.",
        (2017, 3, 16),
    );
    assert_eq!(
        common::claim(&x, "nearly 400")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2005/2017")
    );
}

#[test]
fn a_participle_clause_goes_on_at_the_date_of_the_clause_before() {
    let x = run(
        "A truck bomb hit a market in the north of the city on Tuesday, killing 14 people.",
        (2017, 3, 16),
    );
    assert_eq!(
        common::claim(&x, "14")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2017-03-14")
    );
    // (a preposition in -ing opens no such clause)
    let x = run(
        "Floods hit the province on Tuesday, according to 12 local officials.",
        (2017, 3, 16),
    );
    assert_eq!(common::claim(&x, "12").frame.time, None);
    // (a since-date before it gives the window up to the article)
    let x = run(
        "The party has surged since choosing a new leader in late January, gaining 9 points.",
        (2017, 3, 16),
    );
    assert_eq!(
        common::claim(&x, "9")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2017-01/2017-03")
    );
}

#[test]
fn a_bare_date_clause_may_end_the_sentence() {
    let x = run(
        "A crowd of 300 fans waited at the airport in Perth, Western Australia, on Jan 18.",
        (2017, 1, 20),
    );
    assert_eq!(
        common::claim(&x, "300")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2017-01-18")
    );
}

#[test]
fn a_timeline_entry_dates_the_sentence_after_its_colon() {
    let x = run(
        "The season so far. 14 February 2016: The club lose 2-1 at Burnley. 2 May 2016: They sign 3 new players.",
        (2017, 2, 24),
    );
    assert_eq!(
        common::claim(&x, "3")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2016-05-02")
    );
}

#[test]
fn a_participle_clause_does_not_reach_a_clause_it_subordinates() {
    let x = run(
        "The river burst its banks on Friday, forcing hundreds from their homes as the toll passed 40.",
        (2017, 2, 18),
    );
    assert_eq!(
        common::claim(&x, "hundreds")
            .frame
            .time
            .as_ref()
            .map(|t| t.iso.as_str()),
        Some("2017-02-17")
    );
    assert_eq!(common::claim(&x, "passed 40").frame.time, None);
}

#[test]
fn a_participle_clause_takes_no_date_of_the_subject_before_it() {
    let x = run(
        "The rail plan unveiled by the ministry in 2014 envisions a northern line, linking 12 cities.",
        (2017, 2, 18),
    );
    assert_eq!(common::claim(&x, "12").frame.time, None);
}

#[test]
fn a_present_figure_holds_on_the_day_its_source_gave_it() {
    // a trailing source after a comma or a quote: the day of the statement
    let t = common::time_of(
        "More than 300 families have been moved to shelters in the valley, according to a statement released by the regional council on March 9.",
        (2017, 3, 12),
        "More than 300",
    );
    assert_eq!(t.as_deref(), Some("2017-03-09"));
    let t = common::time_of(
        "\"This is the third time we have asked the court for a delay,\" said Mr Okafor in a press statement Tuesday.",
        (2017, 3, 10),
        "third",
    );
    assert_eq!(t.as_deref(), Some("2017-03-07"));
}

#[test]
fn a_past_figure_or_an_ordinal_takes_no_day_of_its_saying() {
    // a past clause: the figure is of an earlier event, not of the day it was told
    let t = common::time_of(
        "The mayor had approved 45 new permits before the flood, the council said in a statement on Monday.",
        (2017, 3, 10),
        "45",
    );
    assert_eq!(t, None);
    let t = common::time_of(
        "The mayor has approved 45 new permits since the flood, the council said in a statement on Monday.",
        (2017, 3, 10),
        "45",
    );
    assert_eq!(t.as_deref(), Some("2017-03-06"));
    // an ordinal naming a thing, not an occasion
    let t = common::time_of(
        "The new rules are much the same as the first draft, the attorney general argued late on Wednesday.",
        (2017, 3, 10),
        "first",
    );
    assert_eq!(t, None);
}

#[test]
fn last_or_this_before_a_month_opens_a_fronted_date() {
    let t = common::time_of(
        "Last June, the company opened a new 4,200-square metre warehouse near the port.",
        (2017, 3, 20),
        // (an area since session 26's hyphened area units; was a count `4,200`)
        "4,200-square metre",
    );
    assert_eq!(t.as_deref(), Some("2016-06"));
    let t = common::time_of(
        "This February, 35 nurses walked out of the county hospital over unpaid overtime.",
        (2017, 3, 20),
        "35",
    );
    assert_eq!(t.as_deref(), Some("2017-02"));
}

#[test]
fn a_figure_in_parentheses_takes_the_date_that_resumes_its_clause() {
    let text = "Syrians led the list, followed by Eritreans, who filed 12,400 claims (9.1 percent) last year.";
    assert_eq!(
        common::time_of(text, (2017, 3, 20), "9.1 percent").as_deref(),
        Some("2016")
    );
    assert_eq!(
        common::time_of(text, (2017, 3, 20), "12,400").as_deref(),
        Some("2016")
    );
}

#[test]
fn a_date_of_the_baseline_a_figure_is_compared_with_is_not_its_time() {
    let text = "In the north, lake ice cover was 120,000 square miles (12.4%) below the 1991-2020 average.";
    assert_eq!(
        common::time_of(text, (2017, 2, 16), "120,000 square miles"),
        None
    );
    assert_eq!(common::time_of(text, (2017, 2, 16), "12.4%"), None);
    // (a period the figure is counted over is its time)
    let t = common::time_of(
        "Exports rose 12 percent over the 2012-2015 period, the agency said.",
        (2017, 2, 16),
        "12 percent",
    );
    assert_eq!(t.as_deref(), Some("2012/2015"));
}

#[test]
fn the_base_of_a_rate_has_no_time() {
    let text = "Adults aged 25 to 34 had the highest rate of road deaths in 2016, with 14 deaths recorded per 100,000.";
    assert_eq!(
        common::time_of(text, (2017, 2, 24), "14").as_deref(),
        Some("2016")
    );
    assert_eq!(common::time_of(text, (2017, 2, 24), "100,000"), None);
}

#[test]
fn a_date_before_a_field_label_dates_that_field_of_a_timeline_entry() {
    let text = "Attacks abroad LYON, FRANCE March, 2015 TARGET: Two guards wounded in knife attack ATTACKERS: Three local men MADRID, SPAIN May, 2016 TARGET: Six killed and 20 wounded in a bombing";
    let date = (2017, 2, 7);
    assert_eq!(
        common::time_of(text, date, "Two").as_deref(),
        Some("2015-03")
    );
    assert_eq!(
        common::time_of(text, date, "20").as_deref(),
        Some("2016-05")
    );
    // (another field of the entry is not dated by it)
    assert_eq!(common::time_of(text, date, "Three"), None);
}

#[test]
fn a_duration_before_before_or_after_is_a_gap_with_no_time() {
    let date = (2017, 3, 14);
    let text = "Three days before Thursday's runoff, the mayor is trailing in the polls.";
    assert_eq!(common::time_of(text, date, "Three days"), None);
    let text = "The bank released its 2016 accounts two weeks after it had settled a dispute with regulators.";
    assert_eq!(common::time_of(text, date, "two weeks"), None);
    let text = "In May 1962, four years after the dam was finished, the valley flooded again.";
    assert_eq!(common::time_of(text, date, "four years"), None);
    // (not the length of an activity before another event, nor a stretch inside a date)
    let text = "The protester who climbed the fence last week stayed on the roof for 40 minutes before police reached him.";
    assert_eq!(
        common::time_of(text, date, "40 minutes").as_deref(),
        Some("2017-W10")
    );
    let text = "In one week earlier this month, the ministry approved 12 new mines.";
    assert_eq!(
        common::time_of(text, date, "one week").as_deref(),
        Some("2017-03")
    );
}

#[test]
fn the_decade_of_a_year_with_s_is_a_window() {
    let text =
        "The province made first offers to sell the mine in the late 1980's but found no buyer.";
    assert_eq!(
        common::time_of(text, (2017, 2, 7), "first").as_deref(),
        Some("1980/1989")
    );
    // (a year's possessive is that year)
    let text = "Spending on schools fell 4 percent in 2010's budget.";
    assert_eq!(
        common::time_of(text, (2017, 2, 7), "4 percent").as_deref(),
        Some("2010")
    );
}

#[test]
fn an_age_takes_no_date_of_a_parenthesis() {
    let text = "\"It is cheaper than the bus,\" says Li Wen, 31, a driver from Hefei who uses the app every day. (Weekly Edition 03/02/2017 page5)";
    assert_eq!(common::time_of(text, (2017, 3, 2), "31"), None);
    // (the date the sentence names for it still is)
    let text = "A baby boy died on Sunday, aged 3 days, at the city hospital.";
    assert_eq!(
        common::time_of(text, (2017, 3, 2), "aged 3").as_deref(),
        Some("2017-02-26")
    );
}

#[test]
fn a_date_clause_after_a_relative_clause_is_not_its_figures() {
    let text = "And Carter, who left office at 34 percent, first fell below 40 percent in his third year, in June 1979, as inflation soared.";
    let date = (2017, 3, 19);
    assert_eq!(common::time_of(text, date, "34 percent"), None);
    assert_eq!(
        common::time_of(text, date, "below 40 percent").as_deref(),
        Some("1979-06")
    );
    // (a date clause before it is fronted: it reaches the relative clause)
    let text = "Then, in March 2016, the senator tabled an amendment, which would require the state to house 2,000 children.";
    assert_eq!(
        common::time_of(text, date, "2,000").as_deref(),
        Some("2016-03")
    );
}

#[test]
fn a_date_past_a_word_that_opens_another_event_is_that_events() {
    let t = |text: &str, date, q: &str| common::time_of(text, date, q);
    // (a duration modifying a noun, the date past `following`)
    let text = "The port has been under a year-long blockade imposed by rebels following their capture of the coastal road in 2016.";
    assert_eq!(t(text, (2017, 2, 9), "under a year"), None);
    // (the date before an `after` clause holding the figure)
    let text = "The former banker took office in 2011 after the death of the country's second governor, Ali Maher.";
    assert_eq!(t(text, (2017, 2, 13), "second"), None);
    // (a nominal clause after the figure)
    let text = "The ministers stressed this was only a first outline of what the cabinet will present to parliament in its spring statement next month.";
    assert_eq!(t(text, (2017, 2, 28), "first"), None);
    // (a complement clause with its own subject, the figure in the speaker's phrase)
    // (`One senior hospital official told` is no count since q47, an unnamed source)
    let text = "Two senior hospital officials told reporters at the briefing that they feared the region would cut nursing posts in the coming year.";
    assert_eq!(t(text, (2017, 3, 17), "Two"), None);
}

#[test]
fn a_word_that_a_date_follows_or_a_relative_clause_of_the_counted_noun_keeps_the_date() {
    let t = |text: &str, date, q: &str| common::time_of(text, date, q);
    let text =
        "The governor will invite four nurses to the annual address before Congress on Tuesday.";
    assert_eq!(
        t(text, (2017, 2, 28), "four").as_deref(),
        Some("2017-02-28")
    );
    let text = "Five rights activists who were abducted in early January were freed.";
    assert_eq!(t(text, (2017, 3, 10), "Five").as_deref(), Some("2017-01"));
    let text = "The minister filed a 30-page appeal just before midnight on Tuesday.";
    assert_eq!(t(text, (2017, 3, 10), "30").as_deref(), Some("2017-03-07"));
}

#[test]
fn a_year_a_change_is_measured_on_is_the_earlier_values() {
    let date = (2017, 2, 23);
    let text = "Exports to Japan reached 4,100 tonnes, up 12% on 2015.";
    assert_eq!(common::time_of(text, date, "12%"), None);
    // (a day is when the change happened)
    let text = "Shares fell 5 percent on Monday.";
    assert_eq!(
        common::time_of(text, date, "5 percent").as_deref(),
        Some("2017-02-20")
    );
}

#[test]
fn a_duration_before_ago_is_an_offset_with_no_time() {
    let text = "Scientists say 20 million years ago the island was under water.";
    assert_eq!(
        common::time_of(text, (2017, 2, 23), "20 million years"),
        None
    );
}

#[test]
fn a_year_after_a_possessive_nested_past_a_preposition_dates_that_noun() {
    let text =
        "A reporter said he received three pages of the senator's 2009 tax return in the post.";
    assert_eq!(common::time_of(text, (2017, 3, 15), "three"), None);
    // (not past another preposition: the figure's own year)
    let text = "The company's 2016 profit rose 8 percent.";
    assert_eq!(
        common::time_of(text, (2017, 3, 15), "8 percent").as_deref(),
        Some("2016")
    );
}

#[test]
fn a_date_that_is_the_subject_of_the_opening_clause_is_not_fronted() {
    let text = "Monday was the tenth anniversary of the housing law, which guarantees 30 days of notice for tenants.";
    assert_eq!(common::time_of(text, (2017, 2, 7), "30 days"), None);
    // (a date opening an adverbial clause is)
    let text = "Last Monday, the council approved 30 new homes.";
    assert_eq!(
        common::time_of(text, (2017, 2, 7), "30").as_deref(),
        Some("2017-02-06")
    );
}

#[test]
fn a_date_of_the_election_a_figure_is_compared_to_is_the_baselines() {
    let text = "Turnout was 4 percent higher in rural wards compared to the 2015 election.";
    assert_eq!(common::time_of(text, (2017, 3, 3), "4 percent"), None);
}

#[test]
fn a_year_after_compared_with_is_the_baselines() {
    let text = "Exports of rice rose by 1.2 million tonnes compared with 2015.";
    assert_eq!(
        common::time_of(text, (2017, 2, 9), "1.2 million tonnes"),
        None
    );
}

#[test]
fn the_since_of_a_superlative_is_no_window_of_the_figure() {
    let text = "Car sales rose 9 percent last year, the fastest growth since 2011.";
    assert_eq!(
        common::time_of(text, (2017, 2, 9), "9 percent").as_deref(),
        Some("2016")
    );
    let text = "Registrations grew by 4.1 percent, the highest annual rise since 2008.";
    assert_eq!(common::time_of(text, (2017, 2, 9), "4.1 percent"), None);
    // (a plain since is the window)
    let text = "Registrations have grown by 40 percent since 2008.";
    assert_eq!(
        common::time_of(text, (2017, 2, 9), "40 percent").as_deref(),
        Some("2008/2017")
    );
}

// (session 26: a duration after `after` runs up to the date before it and is not dated by it,
// as the blind samples judge it: fresh16 #59 `resigned last week after more than four years`)
#[test]
fn a_duration_after_after_is_not_dated_by_the_date_before_it() {
    let text = "The strike ended on Thursday after nine days of talks with the rail operator.";
    assert_eq!(common::time_of(text, (2017, 2, 10), "nine days"), None);
    // (the strike's own date stays with a figure of its clause)
    let text = "The strike ended on Thursday with 40 trains cancelled.";
    assert_eq!(
        common::time_of(text, (2017, 2, 10), "40").as_deref(),
        Some("2017-02-09")
    );
}

#[test]
fn an_appositive_age_is_the_age_now_not_at_a_date_years_before() {
    let date = (2017, 3, 13);
    let text = "Tom Hale, 41, opened his first bakery in Leeds in 2009.";
    assert_eq!(common::time_of(text, date, "41"), None);
    let text = "The 33-year-old striker won the league with Porto in 2011.";
    assert_eq!(common::time_of(text, date, "33-year-old"), None);
    let text = "Okafor, a 52-year-old engineer, founded the firm in Lagos in 2004.";
    assert_eq!(common::time_of(text, date, "52-year-old"), None);
    // (a death fixes the age; an age that brings a person into an event keeps its date;
    // a recent date is kept)
    let text = "Mr Byrne, 58, was shot dead outside his home on 3 May 2012.";
    assert_eq!(
        common::time_of(text, date, "58").as_deref(),
        Some("2012-05-03")
    );
    let text = "In June 2014, a 19-year-old student was stabbed in the city centre.";
    assert_eq!(
        common::time_of(text, date, "19-year-old").as_deref(),
        Some("2014-06")
    );
    let text = "Tom Hale, 41, opened a second bakery in Leeds on Monday.";
    assert_eq!(
        common::time_of(text, date, "41").as_deref(),
        Some("2017-03-13")
    );
}

#[test]
fn a_date_after_from_the_same_period_is_the_earlier_values() {
    let text =
        "The company sold 29,000 trucks in January, up 30 percent from the same period last year.";
    assert_eq!(
        common::time_of(text, (2017, 2, 10), "30 percent").as_deref(),
        Some("2017-01")
    );
}
