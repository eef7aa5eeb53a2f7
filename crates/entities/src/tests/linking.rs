//! Linking (`link.rs`): places a misread surname does not overturn, clubs named by their town.

use super::run_link;
use crate::Label;

#[test]
fn a_place_read_as_one_everywhere_is_no_surname_of_a_misread_person() {
    use Label::*;
    // A photo credit or an outlet read as a person ending with a country: the country stays one.
    let text = "Photo by Frank Sieren China Railway. China is trying to foster ties, and \
                Serbia welcomed China warmly.";
    let ents = run_link(
        text,
        &[
            ("Frank", 0, 3, Person),
            ("China", 1, 1, Gpe),
            ("Serbia", 0, 1, Gpe),
            ("China", 2, 1, Gpe),
        ],
    );
    let got: Vec<_> = ents.iter().map(|e| (e.text.as_str(), e.label)).collect();
    assert_eq!(
        got,
        vec![
            ("Frank Sieren China", Person),
            ("China", Gpe),
            ("Serbia", Gpe),
            ("China", Gpe),
        ]
    );
    // A person of two words ending with a town's name still gives the surname its label.
    let text = "Merrick Garland waited a year. The Senate blocked Garland in the end.";
    let ents = run_link(text, &[("Merrick", 0, 2, Person), ("Garland", 1, 1, Gpe)]);
    assert!(ents.iter().all(|e| e.label == Person), "{ents:?}");
    // Nor when the tagger read the lone word as the person once.
    let text = "Photo by Zhang Wei Beijing. Beijing said no, and officials in Beijing agreed.";
    let ents = run_link(
        text,
        &[
            ("Zhang", 0, 3, Person),
            ("Beijing", 1, 1, Person),
            ("Beijing", 2, 1, Gpe),
        ],
    );
    assert!(ents.iter().all(|e| e.label == Person), "{ents:?}");
}

#[test]
fn a_town_read_as_a_person_beside_its_club_is_the_club() {
    use Label::*;
    let text = "Leicester City have given their support to the manager. Leicester are 16th \
                and Leicester acknowledged that form must improve.";
    let ents = run_link(
        text,
        &[
            ("Leicester", 0, 2, Org),
            ("Leicester", 1, 1, Person),
            ("Leicester", 2, 1, Person),
        ],
    );
    assert!(ents.iter().all(|e| e.label == Org), "{ents:?}");
    // A given name (`Charlotte`) or a town without its club in the document stays as read.
    let text = "Charlotte FC signed him. Charlotte said she was pleased, and Sevilla agreed.";
    let ents = run_link(
        text,
        &[
            ("Charlotte", 0, 2, Org),
            ("Charlotte", 1, 1, Person),
            ("Sevilla", 0, 1, Person),
        ],
    );
    let got: Vec<_> = ents.iter().map(|e| (e.text.as_str(), e.label)).collect();
    assert_eq!(
        got,
        vec![
            ("Charlotte FC", Org),
            ("Charlotte", Person),
            ("Sevilla", Person)
        ]
    );
}

#[test]
fn a_language_does_not_outvote_the_peoples_adjective_before_a_noun() {
    use Label::*;
    // `Russian` names the language twice and the people's kind of tourists once: each keeps its
    // label; the lone `Russian` after `in` with a full stop follows the majority.
    let text = "Half the country speaks Russian. The Russian language is taught. Russian tourists \
                came. He said it in Russian.";
    let ents = run_link(
        text,
        &[
            ("Russian", 0, 1, Language),
            ("Russian", 1, 1, Language),
            ("Russian", 2, 1, Norp),
            ("Russian", 3, 1, Norp),
        ],
    );
    let got: Vec<_> = ents.iter().map(|e| e.label).collect();
    assert_eq!(got, vec![Language, Language, Norp, Language]);
}

#[test]
fn a_language_where_only_a_language_fits_is_not_outvoted() {
    use Label::*;
    // Session 29c: `Chinese` names the people twice, the language once as the object of `in`
    // before a full stop (repair 89): the document's NORP majority does not take that one;
    // `Chinese` before a noun follows the majority.
    let text = "Chinese tourists came. The Chinese visitors left. The signs are in Chinese. \
                Chinese firms paid.";
    let ents = run_link(
        text,
        &[
            ("Chinese", 0, 1, Norp),
            ("Chinese", 1, 1, Norp),
            ("Chinese", 2, 1, Language),
            ("Chinese", 3, 1, Language),
        ],
    );
    let got: Vec<_> = ents.iter().map(|e| e.label).collect();
    assert_eq!(got, vec![Norp, Norp, Language, Norp]);
}
