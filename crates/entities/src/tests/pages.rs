//! Repair rules 52-56 (`repair/pages.rs`): bylines, speakers' labels, owners' possessives,
//! companies' services and a leading article, the forms of magazine and technology pages.

use super::{owned, repaired};
use crate::Label;

#[test]
fn a_bylines_name_is_a_person() {
    use Label::*;
    let got = repaired(
        "By Megan Hollis @meganhollis on March 3, 2013 at 4:10p",
        &[("Megan", 2, Org)],
    );
    assert_eq!(got, owned(&[("Megan Hollis", Person)]));
    // A surname first, not a given name: the handle after it says it is a byline.
    let got = repaired(
        "By Thornbury Hollis @thollis on March 3, 2013",
        &[("Thornbury", 2, Org)],
    );
    assert_eq!(got, owned(&[("Thornbury Hollis", Person)]));
    // Not a company after `By` (no given name), nor `By` inside the sentence.
    let got = repaired(
        "By Tuesday Acme Robotics had shipped the parts ordered by Megan Hollis.",
        &[("Acme", 2, Org), ("Megan", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Acme Robotics", Org), ("Megan Hollis", Person)])
    );
}

#[test]
fn a_speakers_label_in_capitals_is_one_person() {
    use Label::*;
    let got = repaired(
        "MARLA KENWORTH: The council says it will look at the plan again.",
        &[("MARLA", 1, Org)],
    );
    assert_eq!(got, owned(&[("MARLA KENWORTH", Person)]));
    // A headline's label of common words stays as the tagger read it, and so does one the
    // tagger read no name in.
    let got = repaired(
        "BREAKING NEWS: Storm closes the bridge. MARLA KENWORTH: Thanks.",
        &[("BREAKING", 2, Org)],
    );
    assert_eq!(got, owned(&[("BREAKING NEWS", Org)]));
}

#[test]
fn a_persons_possessive_ends_the_person() {
    use Label::*;
    // An owned name in capitals or of two words is an ORG, a place the gazetteer's.
    let got = repaired(
        "The studio was sold to Walter Redstone's CBS, then to Jeff Bezos's Seattle Media Group.",
        &[("Walter", 4, Person), ("Jeff", 6, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Walter Redstone", Person),
            ("CBS", Org),
            ("Jeff Bezos", Person),
            ("Seattle Media Group", Org)
        ])
    );
    let got = repaired("Jeff Bezos's Seattle was quiet.", &[("Jeff", 4, Person)]);
    assert_eq!(got, owned(&[("Jeff Bezos", Person), ("Seattle", Gpe)]));
    // A lone unknown word owned goes (a headline's); an organisation's possessive and one
    // before a person's name are left.
    let got = repaired(
        "Mary Shelley's Monster Returns. Royal Manchester Children's Hospital thanked Fianna Fail's Mary Butler.",
        &[
            ("Mary", 4, Person),
            ("Royal", 5, Org),
            ("Fianna", 5, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Mary Shelley", Person),
            ("Royal Manchester Children's Hospital", Org),
            ("Fianna Fail's Mary Butler", Person)
        ])
    );
}

#[test]
fn a_companys_service_is_no_person() {
    use Label::*;
    let got = repaired(
        "The album is on Netflix Kids and Google Play, said Dell Curry.",
        &[
            ("Netflix", 2, Person),
            ("Google", 2, Person),
            ("Dell", 2, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Netflix Kids", Org),
            ("Google Play", Org),
            ("Dell Curry", Person)
        ])
    );
}

#[test]
fn a_leading_article_is_no_part_of_a_name() {
    use Label::*;
    let got = repaired(
        "An ABC News survey was cited by A Chicago Police spokesman.",
        &[("An", 3, Org), ("A", 3, Org)],
    );
    assert_eq!(got, owned(&[("ABC News", Org), ("Chicago Police", Org)]));
    // A work keeps its article, and Irish `An` (before a consonant) is part of the name.
    let got = repaired(
        "An Garda Siochana watched A Beautiful Mind.",
        &[("An", 3, Org), ("A", 3, WorkOfArt)],
    );
    assert_eq!(
        got,
        owned(&[("An Garda Siochana", Org), ("A Beautiful Mind", WorkOfArt)])
    );
}

#[test]
fn a_link_read_as_a_person_is_no_name() {
    use Label::*;
    let got = repaired(
        "Please Click Here To Subscribe or write to Larry Page about Search.",
        &[("Click", 2, Person), ("Larry", 2, Person)],
    );
    assert_eq!(got, owned(&[("Larry Page", Person)]));
}

#[test]
fn a_photo_credit_across_a_slash_is_a_person_and_an_outlet() {
    use Label::*;
    let got = repaired(
        "Visitors look at the new gallery in Hangzhou. Chen Liwen / Zhejiang Daily",
        &[("Hangzhou", 1, Gpe), ("Chen", 5, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Hangzhou", Gpe),
            ("Chen Liwen", Person),
            ("Zhejiang Daily", Org)
        ])
    );
    // Without spaces, an outlet of two words; `For` an outlet, whatever the tagger called it.
    let got = repaired(
        "Protesters gather outside the court [Marc Delaunay/Le Monde]",
        &[("Marc", 5, Person)],
    );
    assert_eq!(got, owned(&[("Marc Delaunay", Person), ("Le Monde", Org)]));
    let got = repaired(
        "The new line opened on Friday. Sun Ping / For Shanghai Daily",
        &[("Sun", 6, Org)],
    );
    assert_eq!(got, owned(&[("Sun Ping", Person), ("Shanghai Daily", Org)]));
    // The tagger stopped before the outlet's `Daily`; the credit with nothing after the slash.
    let got = repaired(
        "Workers sort parcels in Yiwu. Ma Jun / Hunan Daily",
        &[("Yiwu", 1, Gpe), ("Ma", 4, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Yiwu", Gpe), ("Ma Jun", Person), ("Hunan Daily", Org)])
    );
    let got = repaired("Photo: Tang Wei /", &[("Tang", 3, Person)]);
    assert_eq!(got, owned(&[("Tang Wei", Person)]));
    // Two places or two agencies across a slash stay as the tagger read them.
    let got = repaired(
        "Both AFP/Reuters reported clashes on the Israel/Lebanon border.",
        &[("AFP", 3, Org), ("Israel", 3, Gpe)],
    );
    assert_eq!(got, owned(&[("AFP/Reuters", Org), ("Israel/Lebanon", Gpe)]));
}

#[test]
fn a_share_button_is_no_name() {
    use Label::*;
    let got = repaired(
        "Read or Share this story: http://example.com/x2",
        &[("Share", 1, Org)],
    );
    assert_eq!(got, owned(&[]));
    let got = repaired(
        "Share this with your friends, Lena Morris wrote.",
        &[("Share", 1, Person), ("Lena", 2, Person)],
    );
    assert_eq!(got, owned(&[("Lena Morris", Person)]));
    // A name with `Share` in it stays (`Share Alliance`).
    let got = repaired(
        "The Share Alliance said this week it would close.",
        &[("Share", 2, Org)],
    );
    assert_eq!(got, owned(&[("Share Alliance", Org)]));
}

#[test]
fn a_bylines_by_or_a_captions_button_is_no_part_of_a_name() {
    use Label::*;
    let got = repaired(
        "Fact check: jobs on the new line By Karen Holt, CNN The president said on Tuesday.",
        &[("By", 3, Event), ("CNN", 1, Org)],
    );
    assert_eq!(got, owned(&[("Karen Holt", Person), ("CNN", Org)]));
    let got = repaired(
        "(Photo: Dana Reyes)Buy Photo Deputies respond to a shooting in Brackley.",
        &[("Dana", 2, Person), ("Buy", 3, Org), ("Brackley", 1, Gpe)],
    );
    // (`Deputies` left alone is a common word, no name.)
    assert_eq!(got, owned(&[("Dana Reyes", Person), ("Brackley", Gpe)]));
    let got = repaired(
        "Buy Photo The Brackley County Sheriff's Office said the road is closed.",
        &[("Buy", 8, Org)],
    );
    assert_eq!(got, owned(&[("Brackley County Sheriff's Office", Org)]));
    // `By` before no given name is left to the tagger (`By Tuesday Acme Robotics`).
    let got = repaired(
        "The shop was sold By Acme Robotics in May.",
        &[("By", 3, Org)],
    );
    assert_eq!(got, owned(&[("By Acme Robotics", Org)]));
}
