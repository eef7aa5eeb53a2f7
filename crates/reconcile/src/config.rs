//! The knobs of reconciliation: tolerances, windows, ratios and the time-zone gazetteer.

use crate::zones::Zones;

/// Knobs of reconciliation.
#[derive(Debug, Clone)]
pub struct Config {
    /// Relative widening of approximate figures (`about 150` with 0.1 is 135..165).
    pub approx_tolerance: f64,
    /// Widen round exact figures (`57,000`) by half their last significant digit.
    pub rounding_tolerance: bool,
    /// Percentage points allowed between a stated percentage and the one computed from counts,
    /// on top of rounding the stated value (approximate percentages get `approx_tolerance` too).
    pub percent_tolerance: f64,
    /// Days allowed between a duration and the dates it spans (inclusive vs exclusive counting).
    pub day_tolerance: i64,
    /// Compare figures across documents only in series that name a place: without one, a
    /// measure such as `killed+person` mixes unrelated events.
    pub require_place: bool,
    /// Monotonicity checks compare a figure only with figures at most this many days older.
    pub window_days: i64,
    /// Figures more than this many times apart are taken to be about different things, not to
    /// contradict each other (conflicts, decreases, rises).
    pub max_ratio: f64,
    /// Figures below this (`two wounded`) are not compared across documents: small counts are
    /// usually separate incidents.
    pub min_value: f64,
    /// Group the figures of an event that several articles report into one series per event
    /// and measure, and compare them as one happening's. Off by default: judged on real news
    /// (issue 14), such comparisons were almost never genuine, because reports of different
    /// happenings are still linked into one event (see the crate README); without it, series
    /// are per measure and place and figures of different articles are compared only when
    /// their sentences agree on the happening (`checks::compare`).
    pub event_series: bool,
    /// Place names to time zones.
    pub zones: Zones,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            approx_tolerance: 0.1,
            rounding_tolerance: true,
            percent_tolerance: 1.0,
            day_tolerance: 1,
            require_place: true,
            window_days: 45,
            max_ratio: 3.0,
            min_value: 10.0,
            event_series: false,
            zones: Zones::builtin(),
        }
    }
}
