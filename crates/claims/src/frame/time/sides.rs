//! Which side of a sentence a date before the figure belongs to: a noun's that a possessive
//! date modifies (`Saturday's ambush followed two other attacks ... this month`), or the other
//! side of a contrast that opens a clause of a new subject (`... this Sunday while the
//! government has earmarked $50m`).

use crate::scan::{Context, RawQuantity};
use crate::words;

/// `Saturday's ambush followed two other attacks on aid workers this month`, `Monday's report
/// showed 500 jobs were lost in 2016`: the date `d` before figure `q` modifies a noun by a
/// possessive and so dates that noun; a date of the clause after the figure is the figure's.
/// A noun and a verb at least lie between the possessive and the figure: not a figure inside
/// the possessed noun's phrase (`Tuesday's six silver medals`, `Today's 124-page report`). The
/// caller also wants no other figure between the figure and the later date, whose date it would
/// be (`Wednesday's changes would see the 9% rate ... go up to 10% in April 2018`).
pub(super) fn possessed(ctx: &Context<'_>, d: &RawQuantity, q: &RawQuantity) -> bool {
    ctx.possessive_after(d.end) && q.start >= d.end + 4
}

/// `Tens of thousands marched ... this Sunday while the government has earmarked $50m`, `held
/// since it was formed in 1983 but Tory Trudy Harrison won it by 2,147 votes`: a contrast
/// (`but`, `while`, `whereas`) among tokens `from..to` that opens a clause of a new subject, a
/// determiner's or a name's, makes a date before it the other side's; the figure after it has
/// no date when its own side states none. Not a verb of the same subject (`held ... on Saturday
/// but extended their lead to four points`), nor a figure opening the subject (`in December
/// showed that 45% had ... while 45% cited ...`), which the first clause's date may govern.
pub(super) fn contrast(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let next = ctx.lower(k + 1);
        matches!(ctx.lower(k), "but" | "whereas" | "while")
            && (words::determiner(next) || ctx.capitalized(k + 1) && ctx.is_word(k + 1))
    })
}
