//! Repair rules 23-24 (`repair/web.rs`), product lines (rule 19's LINE words), venues (rule 8's
//! new FAC words) and rule 12's place after other readings: the forms of web pages.

use super::{owned, repaired};
use crate::Label;

#[test]
fn planets_and_moons_are_places() {
    use Label::*;
    // Read as an organisation, a nationality or not at all: a LOC; `Moon` after `the`.
    let got = repaired(
        "The probe will orbit Jupiter, fly past Titan and Ganymede and send images to the Moon.",
        &[("Titan", 1, Norp), ("Ganymede", 1, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Jupiter", Loc),
            ("Titan", Loc),
            ("Ganymede", Loc),
            ("Moon", Loc)
        ])
    );
    // Next to another capitalised word it is another name; `Moon` alone is a surname; a GPE
    // of the tagger's stays (a town named after a planet).
    let got = repaired(
        "Bruno Mars sang on Earth Day, Moon said in Jupiter, Fla., before the Europa League final.",
        &[
            ("Bruno", 2, Person),
            ("Moon", 1, Person),
            ("Jupiter", 1, Gpe),
            ("Fla.", 1, Gpe),
            ("Europa", 2, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Bruno Mars", Person),
            ("Moon", Person),
            ("Jupiter", Gpe),
            ("Fla.", Gpe),
            ("Europa League", Org)
        ])
    );
}

#[test]
fn a_product_line_is_a_product_alone_or_with_its_model() {
    use Label::*;
    let got = repaired(
        "She traded her old MacBook for an iPad Pro and a Chromecast Ultra, unlike the Xbox Game Studios team.",
        &[
            ("MacBook", 1, Org),
            ("iPad", 1, Org),
            ("Ultra", 1, Norp),
            ("Xbox", 3, Org),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("MacBook", Product),
            ("iPad Pro", Product),
            ("Chromecast Ultra", Product),
            ("Xbox Game Studios", Org)
        ])
    );
    // A car model or an operating system known by one word.
    let got = repaired(
        "He drove a Camry and his phone runs Android.",
        &[("Android", 1, WorkOfArt)],
    );
    assert_eq!(got, owned(&[("Camry", Product), ("Android", Product)]));
    // A line's name ending a sentence without a full stop (a caption, a list item).
    let got = repaired("Deal of the day: Chromecast", &[]);
    assert_eq!(got, owned(&[("Chromecast", Product)]));
}

#[test]
fn a_first_word_joins_or_leaves_a_person_at_a_sentence_start() {
    use Label::*;
    // A common word read into the name leaves it.
    let got = repaired(
        "Both Ferrante and Okafor voted against it.",
        &[("Both", 2, Person), ("Okafor", 1, Person)],
    );
    assert_eq!(got, owned(&[("Ferrante", Person), ("Okafor", Person)]));
    // An unknown given name the tagger left out joins the surname.
    let got = repaired(
        "Daviko Okonjo rushed for 112 yards on 30 carries.",
        &[("Okonjo", 1, Person)],
    );
    assert_eq!(got, owned(&[("Daviko Okonjo", Person)]));
    // Not a common word, a place or a title.
    for sentence in [
        "Yesterday Okonjo rushed for 112 yards.",
        "Lagos Okonjo rushed for 112 yards.",
        "Senator Okonjo rushed for 112 yards.",
        "Lord Okonjo rushed for 112 yards.",
        "Secretary Okonjo rushed for 112 yards.",
    ] {
        let got = repaired(sentence, &[("Okonjo", 1, Person)]);
        assert_eq!(got, owned(&[("Okonjo", Person)]), "{sentence}");
    }
}

#[test]
fn a_tour_date_names_a_place_and_a_venue() {
    use Label::*;
    let got = repaired(
        "June 27 – Camden, NJ @ Riverside Music Pavilion",
        &[("Camden", 1, Product), ("Riverside", 3, Org)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Camden", Gpe),
            ("NJ", Gpe),
            ("Riverside Music Pavilion", Fac)
        ])
    );
    // A common word capitalised by a bracket opens no venue's name.
    let got = repaired(
        "June 14 -- Alder Bank Amphitheatre (Formerly Riverside Amphitheatre), Alpharetta, GA",
        &[("Alder", 3, Org), ("Riverside", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[
            ("Alder Bank Amphitheatre", Fac),
            ("Riverside Amphitheatre", Fac),
            ("Alpharetta", Gpe),
            ("GA", Gpe)
        ])
    );
}

#[test]
fn a_country_read_as_a_person_or_a_product_is_a_place() {
    use Label::*;
    let got = repaired(
        "Vietnam is a critic, South Korea agreed, Jordan scored and Portugal beat Chad.",
        &[
            ("Vietnam", 1, Person),
            ("South", 2, Product),
            ("Jordan", 1, Person),
            ("Portugal", 1, Org),
            ("Chad", 1, Person),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Vietnam", Gpe),
            ("South Korea", Gpe),
            ("Jordan", Person),
            ("Portugal", Org),
            ("Chad", Person)
        ])
    );
    // A country's short name that no nationality line gives (REGION in `data/place_cues.tsv`).
    let got = repaired(
        "You can feel the beauty of Korea in the dance, as in Macedonia.",
        &[("Korea", 1, Product), ("Macedonia", 1, Norp)],
    );
    assert_eq!(got, owned(&[("Korea", Gpe), ("Macedonia", Gpe)]));
}

#[test]
fn a_name_fused_with_a_title_or_a_place_is_cut_out() {
    use Label::*;
    let got = repaired(
        "US Secretary of State Mara Quill met the envoy to Ukraine Kurt Velder in Kyiv.",
        &[
            ("US", 1, Gpe),
            ("State", 3, Org),
            ("Ukraine", 3, Product),
            ("Kyiv", 1, Gpe),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("US", Gpe),
            ("Mara Quill", Person),
            ("Ukraine", Gpe),
            ("Kurt Velder", Person),
            ("Kyiv", Gpe)
        ])
    );
    // A given name cut from its surname takes it back.
    let got = repaired(
        "The former Secretary of State John Kerry spoke.",
        &[("State", 2, Org), ("Kerry", 1, Person)],
    );
    assert_eq!(got, owned(&[("John Kerry", Person)]));
    // A place's name with a word that is no given name after it stays whole, and so does a
    // facility or a name before another capitalised word.
    let got = repaired(
        "She joined the Ukraine Freedom Fund at Doncaster Royal Infirmary near Newark Liberty International Airport.",
        &[
            ("Ukraine", 3, Org),
            ("Doncaster", 3, Fac),
            ("Newark", 3, Product),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Ukraine Freedom Fund", Org),
            ("Doncaster Royal Infirmary", Fac),
            ("Newark Liberty International", Product)
        ])
    );
}

#[test]
fn a_us_state_read_as_a_person_or_a_law_is_a_place() {
    use Label::*;
    // A state-by-state list (`Nebraska:` opening its line) and a state before a title's
    // abbreviation, read as a PERSON and a LAW: GPEs (rule 25's REGION lines).
    let got = repaired(
        "Nebraska: Lawmakers passed a ban, and former New Mexico Gov. Ana Ruiz signed it.",
        &[("Nebraska", 1, Person), ("New", 2, Law), ("Ana", 2, Person)],
    );
    assert_eq!(
        got,
        owned(&[("Nebraska", Gpe), ("New Mexico", Gpe), ("Ana Ruiz", Person)])
    );
    // A given name stays a person (`Georgia`); an ORG stays (a state's team); a state inside a
    // longer name is left.
    let got = repaired(
        "Georgia met Ohio coaches before Indiana Jones screened at the Texas Theatre.",
        &[
            ("Georgia", 1, Person),
            ("Ohio", 1, Org),
            ("Indiana", 2, Person),
            ("Texas", 2, Fac),
        ],
    );
    assert_eq!(
        got,
        owned(&[
            ("Georgia", Person),
            ("Ohio", Org),
            ("Indiana Jones", Person),
            ("Texas Theatre", Fac)
        ])
    );
}

#[test]
fn a_short_word_glued_to_a_place_goes() {
    use Label::*;
    // A headline run into its article (`Peru But`), a sentence's first word (`Three`): the
    // place alone, with the gazetteer's label.
    let got = repaired(
        "Three South Korea fans flew to Peru But the match was called off.",
        &[("Three", 3, WorkOfArt), ("Peru", 2, Org)],
    );
    assert_eq!(got, owned(&[("South Korea", Gpe), ("Peru", Gpe)]));
    // A name of its own the gazetteer knows whole stays (`Mexico City`); a word that is no
    // GLUE word stays in the name (`Kansas Energy`).
    let got = repaired(
        "Mexico City and Kansas Energy signed.",
        &[("Mexico", 2, Gpe), ("Kansas", 2, Org)],
    );
    assert_eq!(got, owned(&[("Mexico City", Gpe), ("Kansas Energy", Org)]));
}

#[test]
fn a_clause_opener_is_no_word_of_a_name() {
    use Label::*;
    // Rule 92: a conjunction or a preposition opening the sentence, fused with the name after
    // it, goes; the name takes the alias table's or the gazetteer's label.
    let got = repaired(
        "While U.S. officials voice optimism, they also convey caution.",
        &[("While", 2, Org)],
    );
    assert_eq!(got, owned(&[("U.S.", Gpe)]));
    let got = repaired(
        "When Congress returns in the autumn, the bill will be taken up.",
        &[("When", 2, Org)],
    );
    assert_eq!(got, owned(&[("Congress", Org)]));
    // A month left alone is no name; a work's title keeps its first word.
    let got = repaired("Since April the prices have doubled.", &[("Since", 2, Org)]);
    assert_eq!(got, owned(&[]));
    // Nor a common noun's acronym (`data/common_acronyms.txt`); a NORP neither table knows
    // stays whole (linking would carry the label to the name's other mentions).
    let got = repaired("Some M&A deals were stopped.", &[("Some", 2, Org)]);
    assert_eq!(got, owned(&[]));
    let got = repaired(
        "Both Gharbouni and Kaya are voting for the first time.",
        &[("Both", 2, Norp)],
    );
    assert_eq!(got, owned(&[("Both Gharbouni", Norp)]));
    let got = repaired(
        "When Harry Met Sally was shown again on Sunday.",
        &[("When", 4, WorkOfArt)],
    );
    assert_eq!(got, owned(&[("When Harry Met Sally", WorkOfArt)]));
}
