//! How figures combine: within one article (several readings of one measure, `shot` against
//! `killed` and `injured`) and across the articles that report one event.
//!
//! Measures of people: `killed` (died), `injured` (hurt and alive: wounded, not fatally) and
//! `shot` (everyone hit, fatally or not). Within an article:
//! - a measure's value is the first written figure for it, the title's before the text's (a
//!   headline and a news lead state the toll first;
//!   later numbers are parts, other happenings or misreads: on gva-dev the first agrees with the
//!   registry more often than the largest); with no written figure, the largest implicit one
//!   (`a man was shot and killed` is one);
//! - `injured` is at least `shot - killed` (`Five people were shot, one fatally` is 1 killed and
//!   4 injured, as the Gun Violence Archive counts it): the larger of the injured figure and
//!   that difference (`a boy and four adults were injured ... the five people were shot` is 5).
//!
//! Across articles (one [`EventFigure`] per measure): the value most reports give when more
//! than half of them agree; otherwise, for `killed`, the largest (a toll of the dead only rises
//! as reports come in); for `injured` the largest too (early reports undercount), less the
//! victims who died after a report gave it (a report with fewer dead than the largest toll
//! counted them among the hurt: `1 killed, 3 injured` then `2 killed, 2 injured` is 2 hurt);
//! for the other measures the latest report's value (by publication date; on the same day the
//! larger).

use jiff::civil::Date;

use crate::types::{ArticleEvent, EventFigure, Figure};

/// The measure a claim's `measure_key` counts (`killed+person+chicago` counts `killed`; the
/// claims lexicon's `wounded` is `injured` here).
pub fn measure_of_key(key: &str) -> &str {
    match key.split('+').next().unwrap_or(key) {
        "wounded" => "injured",
        m => m,
    }
}

/// The first written figure of `measure`, else the largest implicit one.
fn raw(ev: &ArticleEvent, measure: &str) -> Option<f64> {
    // written: the first stated (a news lead states the toll first; later numbers are parts,
    // other events or noise)
    // (the title's first, before the text's)
    let stated = ev
        .figures
        .iter()
        .filter(|f| f.measure == measure && !f.implicit)
        .min_by_key(|f| (!f.title, f.evidence.start))
        .map(|f| f.value);
    stated.or_else(|| {
        ev.figures
            .iter()
            .filter(|f| f.measure == measure && f.implicit)
            .map(|f| f.value)
            .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
    })
}

/// The value an article gives for one measure of its event, by the rules of the module docs;
/// `None` when it gives none.
pub fn article_value(ev: &ArticleEvent, measure: &str) -> Option<f64> {
    // the people hit: the count of the shot, at least the last victim named in turn (`a
    // fourth victim`)
    let hit = || match (raw(ev, "shot"), raw(ev, VICTIMS)) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    if measure == "shot" {
        return hit();
    }
    let direct = raw(ev, measure);
    if measure == "injured" {
        let alive = hit().map(|shot| (shot - raw(ev, "killed").unwrap_or(0.0)).max(0.0));
        // a difference of zero is no report of the injured (`a boy was shot and died` says
        // nothing of others hurt): it does not outvote another article's count
        return match (direct, alive.filter(|&b| b > 0.0)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    direct
}

/// The measure of an implicit figure read from a victim named in turn (`a fourth victim`: at
/// least four hit). It is no measure of its own: it only raises `shot`, and so `injured`.
pub const VICTIMS: &str = "victims";

/// The measures an article event has a value for, sorted (`injured` whenever `shot` is;
/// [`VICTIMS`] counts as `shot`).
pub fn article_measures(ev: &ArticleEvent) -> Vec<&str> {
    let mut ms: Vec<&str> = ev
        .figures
        .iter()
        .map(|f| match f.measure.as_str() {
            VICTIMS => "shot",
            m => m,
        })
        .collect();
    if ms.contains(&"shot") {
        ms.push("injured");
    }
    ms.sort_unstable();
    ms.dedup();
    ms
}

/// One article's report of an event, for reconciling.
pub(crate) struct Report<'a> {
    pub doc_id: &'a str,
    pub date: Option<Date>,
    pub event: &'a ArticleEvent,
}

/// The reconciled figure of `measure` over `reports` (those that give it), by the rule of the
/// module docs; `None` when no report gives it.
pub(crate) fn reconcile(measure: &str, reports: &[Report<'_>]) -> Option<EventFigure> {
    let mut values: Vec<(Option<Date>, &str, f64)> = Vec::new();
    let mut evidence: Vec<(String, Figure)> = Vec::new();
    for r in reports {
        let Some(v) = article_value(r.event, measure) else {
            continue;
        };
        values.push((r.date, r.doc_id, v));
        for f in &r.event.figures {
            let hit = f.measure == "shot" || f.measure == VICTIMS;
            if f.measure == measure || (matches!(measure, "injured" | "shot") && hit) {
                evidence.push((r.doc_id.to_owned(), f.clone()));
            }
        }
    }
    if values.is_empty() {
        return None;
    }
    let mut tally: Vec<(f64, usize)> = Vec::new();
    for &(_, _, v) in &values {
        match tally.iter_mut().find(|(x, _)| *x == v) {
            Some((_, n)) => *n += 1,
            None => tally.push((v, 1)),
        }
    }
    let majority = tally
        .iter()
        .find(|(_, n)| 2 * n > values.len())
        .map(|(v, _)| *v);
    let latest = values
        .iter()
        .max_by(|a, b| a.0.cmp(&b.0).then(a.2.total_cmp(&b.2)).then(b.1.cmp(a.1)))
        .map(|x| x.2)?;
    evidence.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.evidence.start.cmp(&b.1.evidence.start))
    });
    // a toll of the dead only rises as reports come in (later deaths): without a majority, the
    // largest; so does a count of the hurt (early reports undercount), except by the victims
    // who died after it was given: a report with fewer dead than the largest toll counted
    // them among the hurt (`k1 i3` then `k2 i2` is 2 hurt); other measures: the latest
    let largest = values.iter().map(|x| x.2).fold(f64::NEG_INFINITY, f64::max);
    let fallback = match measure {
        "killed" => largest,
        "injured" => {
            let dead = |e: &ArticleEvent| article_value(e, "killed");
            let most_dead = reports
                .iter()
                .filter_map(|r| dead(r.event))
                .fold(0.0, f64::max);
            reports
                .iter()
                .filter_map(|r| {
                    let v = article_value(r.event, measure)?;
                    let died = dead(r.event).map_or(0.0, |k| (most_dead - k).max(0.0));
                    Some((v - died).max(0.0))
                })
                .fold(f64::NEG_INFINITY, f64::max)
        }
        _ => latest,
    };
    Some(EventFigure {
        measure: measure.to_owned(),
        value: majority.unwrap_or(fallback),
        reports: evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::EventKind;
    use reckon_text::Span;

    fn fig(measure: &str, value: f64, implicit: bool) -> Figure {
        Figure {
            measure: measure.into(),
            value,
            claim: (!implicit).then_some(0),
            evidence: Span::new(0, 1),
            implicit,
            title: false,
        }
    }

    fn event(figures: Vec<Figure>) -> ArticleEvent {
        ArticleEvent {
            index: 0,
            kind: EventKind::Shooting,
            trigger: Span::new(0, 1),
            when: None,
            place: None,
            places: vec![],
            claims: vec![],
            figures,
            names: vec![],
        }
    }

    #[test]
    fn injured_is_shot_minus_killed_when_not_given() {
        let ev = event(vec![fig("shot", 5.0, false), fig("killed", 1.0, false)]);
        assert_eq!(article_value(&ev, "injured"), Some(4.0));
        assert_eq!(article_value(&ev, "killed"), Some(1.0));
        assert_eq!(article_measures(&ev), vec!["injured", "killed", "shot"]);
    }

    #[test]
    fn a_difference_of_zero_is_no_injured_figure() {
        // `a boy was shot and died`: one shot, one killed, nothing said of others hurt
        let ev = event(vec![fig("shot", 1.0, true), fig("killed", 1.0, true)]);
        assert_eq!(article_value(&ev, "injured"), None);
        let ev = event(vec![
            fig("shot", 1.0, true),
            fig("killed", 1.0, true),
            fig("injured", 0.0, false),
        ]);
        assert_eq!(
            article_value(&ev, "injured"),
            Some(0.0),
            "a written zero stays"
        );
    }

    #[test]
    fn a_larger_shot_count_lifts_injured() {
        let ev = event(vec![fig("injured", 4.0, false), fig("shot", 5.0, false)]);
        assert_eq!(article_value(&ev, "injured"), Some(5.0));
        let ev = event(vec![
            fig("injured", 4.0, false),
            fig("shot", 5.0, false),
            fig("killed", 2.0, false),
        ]);
        assert_eq!(article_value(&ev, "injured"), Some(4.0));
    }

    #[test]
    fn a_victim_named_in_turn_raises_the_people_hit() {
        // `Three people were shot, one fatally ... a fourth victim drove herself to a hospital`
        let ev = event(vec![
            fig("shot", 3.0, false),
            fig("killed", 1.0, false),
            fig(VICTIMS, 4.0, true),
        ]);
        assert_eq!(article_value(&ev, "shot"), Some(4.0));
        assert_eq!(article_value(&ev, "injured"), Some(3.0));
        assert_eq!(article_measures(&ev), vec!["injured", "killed", "shot"]);
        // the victims of a toll of the dead leave no one hurt
        let ev = event(vec![fig("killed", 5.0, false), fig(VICTIMS, 5.0, true)]);
        assert_eq!(article_value(&ev, "injured"), None);
    }

    #[test]
    fn written_figures_win_over_implicit_ones() {
        let ev = event(vec![fig("killed", 1.0, true), fig("killed", 3.0, false)]);
        assert_eq!(article_value(&ev, "killed"), Some(3.0));
        let mut later = fig("killed", 9.0, false);
        later.evidence = Span::new(5, 6);
        let ev = event(vec![later, fig("killed", 3.0, false)]);
        assert_eq!(article_value(&ev, "killed"), Some(3.0), "the first stated");
        let ev = event(vec![fig("killed", 1.0, true)]);
        assert_eq!(article_value(&ev, "killed"), Some(1.0));
        assert_eq!(article_value(&ev, "injured"), None);
    }

    #[test]
    fn reconciled_value_is_the_majority_else_the_largest() {
        let a = event(vec![fig("killed", 1.0, false)]);
        let b = event(vec![fig("killed", 2.0, false)]);
        let d = |day| Some(jiff::civil::date(2016, 1, day));
        let r = |doc_id, date, event| Report {
            doc_id,
            date,
            event,
        };
        let two_to_one = [r("a", d(1), &a), r("b", d(2), &a), r("c", d(3), &b)];
        assert_eq!(reconcile("killed", &two_to_one).unwrap().value, 1.0);
        let split = [r("a", d(1), &a), r("c", d(3), &b)];
        assert_eq!(reconcile("killed", &split).unwrap().value, 2.0);
        // the dead: the largest without a majority, even when reported earlier
        let earlier_larger = [r("c", d(1), &b), r("a", d(3), &a)];
        assert_eq!(reconcile("killed", &earlier_larger).unwrap().value, 2.0);
        // the hurt: the largest count (early reports undercount), even when reported earlier
        let hurt_a = event(vec![fig("injured", 3.0, false)]);
        let hurt_b = event(vec![fig("injured", 2.0, false)]);
        let earlier = [r("a", d(1), &hurt_a), r("b", d(3), &hurt_b)];
        assert_eq!(reconcile("injured", &earlier).unwrap().value, 3.0);
        // less a victim who died since: `1 killed, 3 injured` then `2 killed, 2 injured`
        let early = event(vec![fig("killed", 1.0, false), fig("injured", 3.0, false)]);
        let later = event(vec![fig("killed", 2.0, false), fig("injured", 2.0, false)]);
        let died = [r("a", d(1), &early), r("b", d(3), &later)];
        assert_eq!(reconcile("injured", &died).unwrap().value, 2.0);
        assert_eq!(reconcile("killed", &died).unwrap().value, 2.0);
        assert!(reconcile("injured", &split).is_none());
    }
}
