//! Repair 99 (issue 17, session 39, ent49): a company whose name joins two words by `and` or `&`
//! before its legal suffix, which rule 39 cut at the conjunction (`Goodyear Tire` PERSON +
//! `Rubber Co` ORG, `Espey Manufacturing` + `Electronics Corp`, `W.R. Grace` + `and Co`).
//! Written from `indep29-r21578`'s and `indep28-r21578`'s ORG errors (development batches);
//! the tests (`tests/ent49.rs`) are sentences written here.
//!
//! 99. An ORG that rule 39 closed with a company's SUFFIX (or an organisation's head word:
//!     `Loan Association`) and that starts right after `and` or `&` takes the name before the
//!     conjunction (one to three name words, or the mention the tagger made of them) when the
//!     two read as one firm, not two firms of a list (`Texaco and Mobil Corp`, `General Motors
//!     Corp and Ford Motor Co`):
//!     - a trade joined to a trade: the word before the conjunction and the word after it are
//!       both common words or trades (TRADES; `Tire and Rubber`, `Savings and Loan`, `Power and Light`,
//!       `Semiconductors and Telecommunications`);
//!     - or a partnership of one name each: one name word before the conjunction that the
//!       lexicon does not know as a company and the tagger did not read as an ORG, and one
//!       name word after it right before the suffix, perhaps with one common word between
//!       (`Hambrecht and Quist Inc`, `Morden and Helwig Group Inc`);
//!     - or `and Co` / `& Co` alone after a name (`W.R. Grace and Co`);
//!     - or `and Co`, `and Sons` or `and Company` before one suffix after one to three name
//!       words, a person's name included (`Dillon Read and Co Inc`, `Alex Brown and Sons Inc`;
//!       session 39, ent50, from `indep30-r21578`).
//!
//!     The name before must not end with a suffix itself (`Chrysler Corp and Exxon Corp`) and
//!     must not follow a comma after another name (`Ford, Chrysler and Rubber Co`: a list).
//!
//!     99b. A PERSON of two or more words opening with a Romance language's word for a company
//!     or a bank (`Cie`, `Compagnie`, `Cia`, `Compania`, `Societe`, `Banco`, `Banque`) is an ORG
//!     (`Cie Bancaire also said it has increased its capital`).

use reckon_text::TokenKind;

use crate::Label;
use crate::repair::forms::put;
use crate::repair::{Local, Sentence};

/// The most name words taken before the conjunction.
const MAX_LEFT: usize = 3;

/// Trades and goods that name a company joined by `and` (`Tire and Rubber`, `Power and Light`,
/// `Semiconductors and Telecommunications`), beside the common lower-case words: words a
/// company's name capitalises so often that the common words' list leaves them out (general
/// knowledge of company names in English-language wire copy).
const TRADES: [&str; 40] = [
    "tire",
    "electronics",
    "power",
    "electric",
    "gas",
    "semiconductors",
    "telecommunications",
    "technology",
    "technologies",
    "industries",
    "manufacturing",
    "engineering",
    "chemical",
    "chemicals",
    "steel",
    "iron",
    "mining",
    "minerals",
    "oil",
    "petroleum",
    "energy",
    "trust",
    "banking",
    "investment",
    "investments",
    "securities",
    "savings",
    "loan",
    "insurance",
    "development",
    "machinery",
    "paper",
    "pulp",
    "plastics",
    "drug",
    "pharmaceuticals",
    "foods",
    "realty",
    "communications",
    "group",
];

/// Rule 99b's words opening a company's name in French, Spanish, Italian and Portuguese.
const OPENERS: [&str; 10] = [
    "cie",
    "compagnie",
    "cia",
    "compania",
    "compañía",
    "companhia",
    "societe",
    "société",
    "banco",
    "banque",
];

/// Rule 99: joins a company's name cut at `and` / `&` before its suffix.
pub(in crate::repair) fn joined_companies(s: &Sentence, spans: &mut Vec<Local>) {
    for m in spans.iter_mut() {
        if m.2 == Label::Person
            && m.1 > m.0 + 1
            && OPENERS.contains(&s.word(m.0).to_lowercase().as_str())
        {
            m.2 = Label::Org;
        }
    }
    let mut i = 0;
    while i < spans.len() {
        let (a, b, l) = spans[i];
        i += 1;
        if l != Label::Org || a < 2 || !matches!(s.word(a - 1), "and" | "&") {
            // `W.R. Grace` + `and Co`: the mention starts with the conjunction itself.
            if l == Label::Org
                && b == a + 2
                && matches!(s.word(a), "and" | "&")
                && matches!(s.word(a + 1), "Co" | "Co." | "Cos" | "Cos.")
                && a > 0
                && let Some(&(x, _, _)) = spans.iter().find(|m| m.1 == a && m.0 < a)
                && s.name_word(a - 1)
            {
                put(s, spans, (x, b, Label::Org));
                i = 0;
            }
            continue;
        }
        // The mention closes with a suffix or an organisation's head word after its first word.
        let closed = (a + 1..b).any(|k| {
            s.infos[k].title
                && (s.lex.is_suffix(s.infos[k].lower) || s.lex.is_org_head(s.infos[k].lower))
        });
        if !closed || !s.name_word(a) || !s.name_word(a - 2) {
            continue;
        }
        let c = a - 1; // the conjunction
        // The name before: a mention ending at the conjunction, or the name words before it.
        let before = spans.iter().find(|m| m.1 == c).copied();
        let start = match before {
            Some((x, _, _)) if c - x <= MAX_LEFT => x,
            Some(_) => continue,
            None => {
                let mut x = c;
                while x > 0 && c - x < MAX_LEFT && s.name_word(x - 1) {
                    x -= 1;
                }
                if s.toks[x].kind == TokenKind::Possessive {
                    continue;
                }
                x
            }
        };
        let last = c - 1;
        if s.lex.is_suffix(s.infos[last].lower)
            || (start >= 2 && s.word(start - 1) == "," && s.name_word(start - 2))
        {
            continue;
        }
        let common = |k: usize| {
            s.lex.is_common(s.infos[k].lower)
                || TRADES.contains(&s.word(k).to_ascii_lowercase().as_str())
        };
        let trades = common(last) && common(a);
        // The words of the name after the conjunction before its suffix or group word.
        let head = (a + 1..b)
            .find(|&k| s.infos[k].title && s.lex.is_suffix(s.infos[k].lower))
            .unwrap_or(b);
        let partners = start == last
            && (head == a + 1 || head == a + 2 && common(a + 1))
            && !s.lex.is_company(s.infos[last].lower)
            && !s.lex.is_company(s.infos[a].lower)
            && before.is_none_or(|m| m.2 != Label::Org);
        // `Dillon Read and Co Inc`, `Alex Brown and Sons Inc`: the firm's partners and company.
        let family = b <= a + 2 && matches!(s.word(a), "Co" | "Co." | "Sons" | "Company");
        if trades || partners || family {
            put(s, spans, (start, b, Label::Org));
            i = 0;
        }
    }
}
