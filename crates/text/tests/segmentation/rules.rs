//! One test per tokenization and sentence rule.

use super::{sents, toks};

#[test]
fn scratch() {
    for t in [
        "Israel has killed more than 57,500 Palestinians, 1.2 and -3.5 and 1,1,1,1 and 1,234,5678.",
        "At 6:30pm (22:30 GMT) or 6.30am, 10am, 6 p.m. and 9 a.m. on the 21st.",
        "The 60-day plan, 21-month-old war, US-backed and 12-day Trump-Netanyahu U.S.-backed COVID-19 deal.",
        "Hamas’s response, Hamas's, the captives’ families, it's, don't, we’ve, O'Brien, Trump’s wishes.",
        "Dr. J. R. Smith of the U.S. and U.N. said e.g. that Jan. 5 at St. Paul's Mr Smith.",
        "He lives in the U.S. He said so. She went to Washington, D.C. The end.",
        "“We’ve gotten a lot,” he said. “Really?” she asked. He left. (It ended.) Then",
        "Visit https://www.aljazeera.com/news/2025/7/7/x.html, or www.bbc.co.uk. Mail a.b@c.org @AJEnglish #Gaza",
        "45% of $4.5bn, £3m, €20, US$5 and 20€ — a dash – another... and … more",
        "Headline without stop\nStandfirst here\n\nBody starts. Now.",
        "The Senate voted on DeVos\"?highly contentious nomination. \"It is hard,\"?Sen. Elizabeth Warren, D-Mass., said. \"potential grizzlies.\"?DeVos' nomination \"?at least \"?the fate",
        "AT&T and S&P 500, Amazon.com and end.The next, 24/7, 9/11, the 1990s, 10km, 5G, G7",
    ] {
        println!("{t}\n  {:?}\n  {:?}", toks(t), sents(t));
    }
}
