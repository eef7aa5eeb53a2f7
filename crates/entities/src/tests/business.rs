//! Business newswire (issue 17, session 21): rule 39's name words, particles and run-on
//! mentions, rules 58-61 (`repair/business.rs`), rule 6's `of X and Y`, titles' ends, results
//! tables' abbreviations and the short forms of companies in linking. The sentences are written
//! for the tests in the style of wire copy about company results, oil and markets.

use super::{owned, repaired, run_link, summarised, texts};
use crate::{Aliases, Label};

/// The repair pass on a sentence in capitals (a headline), with no tagger mention.
fn repaired_headline(sentence: &str) -> Vec<(String, Label)> {
    let (seg, infos) = summarised(sentence);
    let aliases = Aliases::builtin();
    let mut spans = Vec::new();
    crate::repair::repair(
        crate::builtin_lexicon(),
        sentence,
        &infos,
        &seg.tokens,
        true,
        |t| aliases.get(t).and_then(|a| a.label),
        &mut spans,
    );
    texts(sentence, &seg.tokens, &spans)
}

#[test]
fn a_legal_suffix_takes_the_companys_name_words() {
    use Label::*;
    // The tagger left the sentence's first word out and read a lone name as a NORP.
    let got = repaired(
        "Halcott Petroleum Corp said it agreed to buy Brennan Oil Co for 42 dlrs a share.",
        &[("Petroleum", 2, Org), ("Brennan", 1, Norp)],
    );
    assert_eq!(
        got,
        owned(&[("Halcott Petroleum Corp", Org), ("Brennan Oil Co", Org)])
    );
    // A suffix read alone, continental legal forms, a particle and an ampersand.
    let got = repaired(
        "Shares of Dalton Corp rose after Kessler Maschinenbau AG and Taiyuan Iron & Steel Co bid.",
        &[
            ("Corp", 1, Norp),
            ("Maschinenbau", 2, Person),
            ("Steel", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dalton Corp", Org),
            ("Kessler Maschinenbau AG", Org),
            ("Taiyuan Iron & Steel Co", Org)
        ])
    );
    let got = repaired(
        "Petroleos de Venezuela SA and Merrill Lynch and Co managed the issue.",
        &[
            ("Petroleos", 1, Person),
            ("Venezuela", 2, Org),
            ("Merrill", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Petroleos de Venezuela SA", Org),
            ("Merrill Lynch and Co", Org)
        ])
    );
    // A conjunction capitalised by the sentence's start stays out; a common word of the name
    // stays in; `Co` before a capitalised word is an Irish county's.
    let got = repaired(
        "But General Motors Corp said its plant in Co Donegal would close.",
        &[("Donegal", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[("General Motors Corp", Org), ("Donegal", Gpe)])
    );
}

#[test]
fn a_mention_run_past_a_suffix_is_cut() {
    use Label::*;
    // Two companies in one mention of the tagger's, after a suffix and `and`.
    let got = repaired(
        "General Motors Corp and Ford Motor Co said their car sales fell.",
        &[("Corp", 5, Org)],
    );
    assert_eq!(
        got,
        owned(&[("General Motors Corp", Org), ("Ford Motor Co", Org)])
    );
    // One company's name with `and` inside stays whole.
    let got = repaired(
        "Orchard Science and Technology Corp said it would list its shares.",
        &[("Orchard", 5, Org)],
    );
    assert_eq!(got, owned(&[("Orchard Science and Technology Corp", Org)]));
    // A sentence the segmenter did not end after `Corp.`: the next one's first word goes.
    let got = repaired(
        "Moody's downgraded the debt of Chase Manhattan Corp. Analysts said the move was expected.",
        &[("Moody", 2, Org), ("Chase", 5, Product)],
    );
    assert_eq!(
        got,
        owned(&[("Moody's", Org), ("Chase Manhattan Corp.", Org)])
    );
}

#[test]
fn a_name_after_a_noun_of_an_organisation_is_an_org() {
    use Label::*;
    let got = repaired(
        "Mexico's state oil company Pemex raised its price, and the Dutch airline Aerolink cut fares.",
        &[("Mexico", 1, Gpe), ("Pemex", 1, Person), ("Dutch", 1, Norp)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Mexico", Gpe),
            ("Pemex", Org),
            ("Dutch", Norp),
            ("Aerolink", Org)
        ])
    );
    // Not a title, a given name, a place, or a name that goes on after a lower-case word (left
    // to the tagger, which read nothing there).
    let got = repaired(
        "The company Chairman Ray Hale said the firm John Hale founded in Texas joined the group \
         Friends of the Valley.",
        &[("Ray", 2, Person), ("John", 2, Person), ("Texas", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[("Ray Hale", Person), ("John Hale", Person), ("Texas", Gpe)])
    );
    let got = repaired(
        "He chairs the farmers' group Muintir na Dromann in the west.",
        &[("Muintir", 1, Person)],
    );
    assert_eq!(got, owned(&[("Muintir", Person)]));
}

#[test]
fn a_company_in_a_headline_in_capitals() {
    use Label::*;
    assert_eq!(
        repaired_headline("ROBERTSON CORP SETS QUARTERLY DIVIDEND"),
        owned(&[("ROBERTSON CORP", Org)])
    );
    // The headline's verb is a common word: the name stops before it (and so it does at a
    // common word of the name inside the headline: `BRENNAN OIL CO` is missed there), unless
    // the headline opens with the company.
    assert_eq!(
        repaired_headline("HALCOTT SAYS BRENNAN CORP REJECTS BID"),
        owned(&[("BRENNAN CORP", Org)])
    );
    assert_eq!(
        repaired_headline("HALCOTT SAYS BRENNAN OIL CO REJECTS BID"),
        owned(&[])
    );
    assert_eq!(
        repaired_headline("BRENNAN OIL CO SETS QUARTERLY PAYOUT"),
        owned(&[("BRENNAN OIL CO", Org)])
    );
    assert_eq!(
        repaired_headline("U.S. SAYS TEXACO INC MUST PAY"),
        owned(&[("TEXACO INC", Org)])
    );
}

#[test]
fn a_mention_never_runs_over_a_comma() {
    use Label::*;
    let got = repaired(
        "Japan's Ministry of International Trade and Industry, MITI, said car exports fell.",
        &[("Japan", 1, Gpe), ("Ministry", 8, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Japan", Gpe),
            ("Ministry of International Trade and Industry", Org),
            ("MITI", Org)
        ])
    );
    // A work's title keeps its comma.
    let got = repaired(
        "She read \"Oil, Money and Power\" on the flight.",
        &[("Oil", 5, WorkOfArt)],
    );
    assert_eq!(got, owned(&[("Oil, Money and Power", WorkOfArt)]));
}

#[test]
fn an_of_name_takes_and_and_a_common_noun() {
    use Label::*;
    let got = repaired(
        "The Department of Trade and Industry referred the bid, the Organisation for Economic \
         Cooperation and Development said.",
        &[
            ("Department", 3, Org),
            ("Organisation", 4, Org),
            ("Development", 1, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Department of Trade and Industry", Org),
            ("Organisation for Economic Cooperation and Development", Org)
        ])
    );
    // A name of its own after `and` is another organisation.
    let got = repaired(
        "The Bank of England and Bundesbank bought dollars.",
        &[("Bank", 3, Org), ("Bundesbank", 1, Org)],
    );
    assert_eq!(got, owned(&[("Bank of England", Org), ("Bundesbank", Org)]));
}

#[test]
fn a_ticker_in_angle_brackets_is_an_org() {
    use Label::*;
    let got = repaired(
        "Halcott Corp <HAL> said it bought Brennan Oil Co &lt;BRN> shares.",
        &[("Halcott", 2, Org), ("HAL", 1, Gpe), ("Brennan", 3, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Halcott Corp", Org),
            ("HAL", Org),
            ("Brennan Oil Co", Org),
            ("BRN", Org)
        ])
    );
}

#[test]
fn wire_titles_and_results_tables() {
    use Label::*;
    // The end of a title of several words is no mention.
    let got = repaired(
        "Britain's Chancellor of the Exchequer Nigel Lawson said sterling was stable.",
        &[
            ("Britain", 1, Gpe),
            ("Exchequer", 1, Fac),
            ("Nigel", 2, Person),
        ],
    );
    assert_eq!(got, owned(&[("Britain", Gpe), ("Nigel Lawson", Person)]));
    // A results table's field abbreviations are no names.
    let got = repaired(
        "Shr 1.10 dlrs vs 95 cts Revs 140.2 mln vs 120.1 mln Avg shrs 11.3 mln",
        &[("Revs", 1, Person), ("Avg", 1, Person)],
    );
    assert_eq!(got, owned(&[]));
}

#[test]
fn a_company_is_linked_without_its_suffix() {
    use Label::*;
    let text = "Halcott Petroleum Corp said it would sell Texas Eastern Corp assets in Texas. \
                Halcott said the offer was fair. Halcott Petroleum shares rose.";
    let ents = run_link(
        text,
        &[
            ("Halcott", 0, 3, Org),
            ("Texas", 0, 3, Org),
            ("Texas", 1, 1, Gpe),
            ("Halcott", 1, 1, Person),
        ],
    );
    let got: Vec<_> = ents.iter().map(|e| (e.text.as_str(), e.label)).collect();
    assert_eq!(
        got,
        vec![
            ("Halcott Petroleum Corp", Org),
            ("Texas Eastern Corp", Org),
            ("Texas", Gpe),
            ("Halcott", Org),
            ("Halcott Petroleum", Org),
        ]
    );
}

#[test]
fn places_and_nationalities_of_wire_copy() {
    use Label::*;
    // A market's or a currency's place read as an ORG with its `the`.
    let got = repaired(
        "Cocoa fell on the London market and the Taiwan dollar rose.",
        &[("the", 2, Org), ("Taiwan", 1, Org)],
    );
    assert_eq!(got, owned(&[("London", Gpe), ("Taiwan", Org)]));
    // A country read as a LOC or with its `the` as a law; a nationality of two words whose
    // second word alone was read.
    let got = repaired(
        "Latin American debtors met after the Ivory Coast and The Philippines sought loans.",
        &[("American", 1, Norp), ("the", 3, Loc), ("The", 2, Law)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Latin American", Norp),
            ("the Ivory Coast", Gpe),
            ("The Philippines", Gpe)
        ])
    );
    // States of the time: `Soviet`, `West German`, plurals included.
    let got = repaired(
        "The Soviets and West German officials disagreed.",
        &[("Soviets", 1, Org)],
    );
    assert_eq!(got, owned(&[("Soviets", Norp), ("West German", Norp)]));
}

#[test]
fn a_nationality_before_a_portfolios_title() {
    use Label::*;
    // A portfolio and its title after a nationality do not make it part of a longer name.
    let got = repaired(
        "West German Finance Minister Karl Ostheim met Saudi Oil Minister Faisal Rahman.",
        &[("West", 1, Loc), ("Karl", 2, Person), ("Faisal", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("West German", Norp),
            ("Karl Ostheim", Person),
            ("Saudi", Norp),
            ("Faisal Rahman", Person)
        ])
    );
    let got = repaired(
        "Officials said West German Economics Minister Karl Ostheim would visit.",
        &[("West", 2, Gpe), ("Karl", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("West German", Norp), ("Karl Ostheim", Person)])
    );
}

#[test]
fn a_headline_read_truecased_keeps_its_company() {
    use Label::*;
    // A headline on a line of its own is read truecased (`Brennan oil Co sets ...`): the
    // company's common word comes out in lower case and stays in the name.
    let text = "BRENNAN OIL CO SETS QUARTERLY PAYOUT\n\nBrennan Oil Co said it would pay 18 cts.";
    let doc = reckon_text::Document::new("h", text);
    let seg = reckon_text::segment(&doc.text);
    let got: Vec<_> = crate::Recognizer::new()
        .tag(&doc, &seg)
        .into_iter()
        .map(|(span, l)| (span.slice(text).to_owned(), l))
        .collect();
    assert_eq!(
        got,
        owned(&[("BRENNAN OIL CO", Org), ("Brennan Oil Co", Org)])
    );
}

#[test]
fn a_head_words_of_name_read_as_a_place_is_an_org() {
    use Label::*;
    let got = repaired(
        "TOKYO, April 8 - The Bank of Japan said it would keep its discount rate.",
        &[("TOKYO", 1, Gpe), ("The", 4, Loc)],
    );
    assert_eq!(got, owned(&[("TOKYO", Gpe), ("The Bank of Japan", Org)]));
    // A place without an `of` name stays the tagger's (`West Bank`).
    let got = repaired("Settlers in the West Bank protested.", &[("West", 2, Gpe)]);
    assert_eq!(got, owned(&[("West Bank", Gpe)]));
}

#[test]
fn an_untagged_country_is_a_gpe() {
    use Label::*;
    let got = repaired(
        "Baker said the United States and Japan agreed, but the Bank of Japan and Chad said no.",
        &[("Baker", 1, Person), ("United", 2, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Baker", Person),
            ("United States", Gpe),
            ("Japan", Gpe),
            ("Bank of Japan", Org)
        ])
    );
}

#[test]
fn a_ticker_names_the_company_before_it() {
    use Label::*;
    // A headline in capitals is read through its truecased view, where the tagger reads the
    // company before the ticker as a person, and the ticker itself is capitalised.
    let got = repaired(
        "Tokyo firm ups Kessler<KSL> stake to 9 pct",
        &[("Tokyo", 1, Gpe), ("Kessler", 1, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Tokyo", Gpe), ("Kessler", Org), ("KSL", Org)])
    );
    let got = repaired("Halcott <Hal> makes a bid for Brennan <Brn>", &[]);
    assert_eq!(
        got,
        owned(&[
            ("Halcott", Org),
            ("Hal", Org),
            ("Brennan", Org),
            ("Brn", Org)
        ])
    );
    // In running text the tagger's company keeps its name; a name of four words is read only
    // by its last three when untagged.
    let got = repaired(
        "Dalton Corp <DAL> said it sold its unit to Brennan <BRN>.",
        &[("Dalton", 2, Org), ("Brennan", 1, Gpe)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dalton Corp", Org),
            ("DAL", Org),
            ("Brennan", Org),
            ("BRN", Org)
        ])
    );
    // A tag of markup is no ticker.
    assert_eq!(repaired("Click here <br> to read more.", &[]), owned(&[]));
}

#[test]
fn a_company_named_before_its_shares_or_holders() {
    use Label::*;
    let got = repaired(
        "Each Halcott shareholder will receive .45 shares of Brennan stock for each Dalton share.",
        &[
            ("Halcott", 1, Person),
            ("Brennan", 1, Person),
            ("Dalton", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[("Halcott", Org), ("Brennan", Org), ("Dalton", Org)])
    );
    let got = repaired(
        "Dalton holders will vote on the offer, the Kessler board said, after it bought 90,000 Brennan common shares.",
        &[("Kessler", 1, Norp), ("Brennan", 1, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Dalton", Org), ("Kessler", Org), ("Brennan", Org)])
    );
    // `shares` and `board` are verbs too; a person, a place and a share's class stay.
    let got = repaired(
        "Halcott shares his view; Texas stockholders, John Kessler shareholders and the A shares.",
        &[
            ("Halcott", 1, Person),
            ("Texas", 1, Gpe),
            ("John", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Halcott", Person),
            ("Texas", Gpe),
            ("John Kessler", Person)
        ])
    );
    // The tagger's place and a common word stay.
    let got = repaired(
        "She ran for the Dalton County board, and Mining stock fell.",
        &[("Dalton", 2, Gpe), ("Mining", 1, Person)],
    );
    assert_eq!(got, owned(&[("Dalton County", Gpe)]));
}

#[test]
fn a_months_short_form_before_a_number_is_no_name() {
    use Label::*;
    let got = repaired(
        "DALTON, Ohio, Feb 26 - Wheat Mar 48.7, Apr 10.0, May 3.2; Jan Kessler said.",
        &[
            ("Feb", 1, Person),
            ("Mar", 1, Person),
            ("Apr", 1, Person),
            ("May", 1, Person),
            ("Jan", 2, Person),
        ],
    );
    // (`Jan` is a given name: before a name it is no month. The dateline is rule 9's.)
    assert_eq!(
        got,
        owned(&[("DALTON", Gpe), ("Ohio", Gpe), ("Jan Kessler", Person)])
    );
}

#[test]
fn a_wire_datelines_date_and_region() {
    use Label::*;
    let got = repaired(
        "HALCOTT, Feb 26 - Dalton Corp said it sold its unit.",
        &[("HALCOTT", 1, Org), ("Feb", 1, Person), ("Dalton", 2, Org)],
    );
    assert_eq!(got, owned(&[("HALCOTT", Gpe), ("Dalton Corp", Org)]));
    let got = repaired(
        "BRENNAN FALLS, OKLA., March 2 - Dalton Corp said it bought Kessler Inc.",
        &[
            ("BRENNAN", 3, Org),
            ("OKLA", 1, Org),
            ("Dalton", 2, Org),
            ("Kessler", 2, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("BRENNAN FALLS", Gpe),
            ("OKLA.", Gpe),
            ("Dalton Corp", Org),
            ("Kessler Inc.", Org)
        ])
    );
    let got = repaired(
        "HALCOTT, British Columbia, Feb 26 - Dalton Corp said it agreed.",
        &[("British", 1, Norp), ("Feb", 1, Person), ("Dalton", 2, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("HALCOTT", Gpe),
            ("British Columbia", Gpe),
            ("Dalton Corp", Org)
        ])
    );
    // No date, no dash: no dateline.
    let got = repaired(
        "HALCOTT, Feb 26 was the day Dalton Corp sold its unit.",
        &[("HALCOTT", 1, Org), ("Dalton", 2, Org)],
    );
    assert_eq!(got, owned(&[("HALCOTT", Org), ("Dalton Corp", Org)]));
}

#[test]
fn a_companys_whole_name_in_brackets_and_after_a_possessive() {
    use Label::*;
    // Reuters' angle brackets hold one company's name, `and` and all.
    let got = repaired(
        "Dalton Corp sold its unit to <Halcott and Kessler Holdings PLC> for cash.",
        &[
            ("Dalton", 2, Org),
            ("Halcott", 1, Norp),
            ("Kessler", 3, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dalton Corp", Org),
            ("Halcott and Kessler Holdings PLC", Org)
        ])
    );
    // A founder's possessive inside a company's name with a legal suffix.
    let got = repaired(
        "Dalton bought Halcott's Garden Supply Inc and Brennan's Co for cash.",
        &[
            ("Dalton", 1, Org),
            ("Halcott", 1, Person),
            ("Garden", 3, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dalton", Org),
            ("Halcott's Garden Supply Inc", Org),
            ("Brennan's Co", Org)
        ])
    );
    // A country's or a person's possessive is no part of the name.
    let got = repaired(
        "Japan's Kessler Motor Corp and John's Bakery Inc grew.",
        &[("Japan", 1, Gpe), ("Kessler", 3, Org)],
    );
    // (Rule 39 still reads `Bakery Inc` before its suffix.)
    assert_eq!(
        got,
        owned(&[
            ("Japan", Gpe),
            ("Kessler Motor Corp", Org),
            ("Bakery Inc", Org)
        ])
    );
}

#[test]
fn companies_heads_of_wire_copy() {
    use Label::*;
    let got = repaired(
        "Dalton Holding and Kessler Realty Partners bought the Brennan Hotels chain.",
        &[
            ("Dalton", 2, Person),
            ("Kessler", 3, Person),
            ("Brennan", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Dalton Holding", Org),
            ("Kessler Realty Partners", Org),
            ("Brennan Hotels", Org)
        ])
    );
}

#[test]
fn an_of_name_takes_and_and_a_name_word_after_a_common_noun() {
    use Label::*;
    // `Sciences` is usually capitalised (in names), but after `Arts and` it ends this one.
    let got = repaired(
        "Actors form the largest voting group in the Academy of Motion Picture Arts and Sciences.",
        &[("Academy", 5, Org), ("Sciences", 1, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Academy of Motion Picture Arts and Sciences", Org)])
    );
    // An acronym after `and` is another body.
    let got = repaired(
        "Staff of the Agency for International Development and DHS met.",
        &[("Agency", 4, Org), ("DHS", 1, Org)],
    );
    assert_eq!(
        got,
        owned(&[("Agency for International Development", Org), ("DHS", Org)])
    );
}

#[test]
fn a_company_of_business_news_known_by_one_word() {
    use Label::*;
    // COMPANY lines of session 28 (oil companies, retailers, makers of the 1980s-2010s): alone,
    // read as a person or left untagged, the name is an ORG.
    let got = repaired(
        "Texaco said it would cut its posted prices, and Safeway lowered its forecast.",
        &[("Texaco", 1, Person)],
    );
    assert_eq!(got, owned(&[("Texaco", Org), ("Safeway", Org)]));
    // In a longer capitalised name it is no company of its own.
    let got = repaired(
        "He sat in the Lockheed Tower lobby.",
        &[("Lockheed", 2, Fac)],
    );
    assert_eq!(got, owned(&[("Lockheed Tower", Fac)]));
}
