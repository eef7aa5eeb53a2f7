//! Numbers that designate rather than count (issue 17, found on US local news): street addresses
//! (`the 1700 block of West Highland`, `5126 Clinton Drive`, `near 23rd and Auer`), calibres
//! (`a .25 pistol`), model years (`a 2016 Ford F150`) and holidays named by their date (`the
//! Fourth of July weekend`). The words come from the lexicon
//! (`street_types`, `firearm_nouns`, `vehicle_makes`); the scanner skips these numbers whole.

use super::Context;
use crate::lexicon::Role;
use crate::words;

/// How many capitalised words a street name may have between a house number and its type
/// (`5126 Clinton Drive`, `2530 South Main Street`, `300 West 1st Street`).
const MAX_STREET_NAME_WORDS: usize = 4;

/// The postal codes of the US states, the District of Columbia and Puerto Rico.
const US_STATE_CODES: [&str; 52] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR",
];

/// The one-word names of the US states, lower case.
const US_STATE_NAMES: [&str; 40] = [
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "wisconsin",
    "wyoming",
];

impl Context<'_> {
    /// A number at `i` that designates a place, a cartridge or a model: returns the token to
    /// resume at.
    pub(super) fn designation(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        let integer = !s.contains('.');
        // `the 1700 block of West Highland`, `in the 200 block`: a stretch of a street (`12
        // blocks away` is a distance, and `block` is plural there)
        if integer
            && self.lower(i + 1) == "block"
            && (self.lower(i + 2) == "of" || i >= 1 && self.lower(i - 1) == "the")
        {
            return Some(i + 1);
        }
        if let Some(e) = self.zip_code(i) {
            return Some(e);
        }
        if let Some(e) = self.product_number(i) {
            return Some(e);
        }
        let hundred = self
            .digits(i)
            .is_some_and(|n| n >= 100.0 && n % 100.0 == 0.0);
        // `1200 block West Vine Street` (a police log: the `of` left out), a round hundred
        // (`1100 block 43rd Avenue`)
        let named = self.capitalized(i + 2)
            || self.is_num(i + 2) && self.glued(i + 3) && words::ordinal_suffix(self.lower(i + 3));
        if integer && hundred && self.lower(i + 1) == "block" && named {
            return Some(i + 1);
        }
        // `in the 600 and 700 blocks of North 30th Street`, `between the 400 and the 700 blocks
        // of`: the first of two stretches
        if integer && hundred && i >= 1 && self.lower(i - 1) == "the" && self.lower(i + 1) == "and"
        {
            let k = if self.lower(i + 2) == "the" {
                i + 3
            } else {
                i + 2
            };
            if self.is_num(k)
                && self.lower(k + 1) == "blocks"
                && self.lower(k + 2) == "of"
                && self.capitalized(k + 3)
            {
                return Some(i + 1);
            }
        }
        // `the 5000 blocks of Springfield and Chester Avenues`, `the 500 section of County Road
        // 42222`: the same stretch of two streets, or of a road (a round hundred before a name;
        // `the 12 blocks of downtown` is a distance); and the second of two (`the 600 and 700
        // blocks of`)
        if integer
            && hundred
            && i >= 1
            && (self.lower(i - 1) == "the"
                || i >= 2 && self.lower(i - 1) == "and" && self.is_num(i - 2))
            && matches!(self.lower(i + 1), "blocks" | "section")
            && self.lower(i + 2) == "of"
            && self.capitalized(i + 3)
        {
            return Some(i + 2);
        }
        // `at 308B Willow`: a house number with a letter, before the street's name
        if integer
            && !s.contains(',')
            && i >= 1
            && self.lower(i - 1) == "at"
            && self.glued(i + 1)
            && self.is_word(i + 1)
            && self.surface(i + 1).len() == 1
            && self.capitalized(i + 1)
            && self.is_word(i + 2)
            && self.capitalized(i + 2)
            && words::month(self.lower(i + 2)).is_none()
            && words::weekday(self.lower(i + 2)).is_none()
        {
            return Some(i + 2);
        }
        // `in the 1600-block of North Major Avenue`
        if integer
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.lower(i + 2) == "block"
            && self.lower(i + 3) == "of"
        {
            return Some(i + 3);
        }
        // a calibre: a leading-dot number before a firearm noun (`a .357 handgun`, `.45 Smith`)
        if s.starts_with('.') && self.has_role(i + 1, |r| matches!(r, Role::Firearm)) {
            return Some(i + 1);
        }
        // a calibre standing for its gun (`a fake .38 could no longer fool`, `his .45`): a
        // cartridge's leading-dot number after a determiner (and one word), no unit after it
        let cartridge = matches!(
            s,
            ".22" | ".25" | ".32" | ".38" | ".357" | ".380" | ".44" | ".45"
        );
        let det = |k: usize| self.is_word(k) && words::determiner(self.lower(k));
        if cartridge
            && i >= 1
            && self.same_sentence(i - 1, i)
            && (det(i - 1) || i >= 2 && self.is_word(i - 1) && det(i - 2))
            && !self.measure_after(i + 1)
        {
            return Some(i + 1);
        }
        // a calibre in millimetres before a firearm noun (`a 9mm handgun`, `9 mm pistol`,
        // `7.62mm rounds`, `a 9-millimeter gun`, `a Keltec 9 mm Luger`, `the 9 mm. pistol`); a
        // bare `a 9mm` stays a dimension
        let k = if self.is_punct(i + 1, "-") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        // (`the 9 mm. pistol`: the abbreviation's dot between)
        let dot = usize::from(self.is_punct(k + 1, ".") && self.glued(k + 1));
        if s.len() <= 4
            && matches!(self.lower(k), "mm" | "millimeter" | "millimetre")
            && self.has_role(k + 1 + dot, |r| matches!(r, Role::Firearm))
        {
            return Some(k + 1 + dot);
        }
        // a model year: `a 2016 Ford F150`, `her 2000 Hyundai` (not `in 2016 Ford sold ...`)
        let year = s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y));
        let prev = self.prev_in_sentence(i);
        if year
            && self.capitalized(i + 1)
            && self.has_role(i + 1, |r| matches!(r, Role::Make))
            && !prev.is_empty()
            && !words::year_preposition(prev)
            && !matches!(prev, "of" | "by" | "from" | "to" | "and" | "or" | "for")
        {
            return Some(i + 1);
        }
        // a model and its variant after a name: `Boeing 737-800`, `Airbus A320-200` (two runs of
        // three digits or more, the second larger: `Lakers 110-105` is a score)
        if integer
            && s.len() >= 3
            && i >= 2
            && self.capitalized(i - 1)
            && self.is_word(i - 1)
            && self.same_sentence(i - 2, i - 1)
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.surface(i + 2).len() >= 3
            && !self.surface(i + 2).contains([',', '.'])
            && self.digits(i + 2).is_some_and(|b| self.digits(i).is_some_and(|a| a < b))
            // (`In Texas 100-200 people died`: a place, then a range of counts)
            && !words::place_preposition(self.lower(i - 2))
            && !self.people_noun(i + 3)
            && !self.measure_after(i + 3)
            // (`Collection 1936-1938`, `AD 618-907`: a span of years)
            && !(s.len() == 4 && self.surface(i + 2).len() == 4)
            && !words::era(self.surface(i - 1))
        {
            return Some(i + 3);
        }
        // a grid address: `3740 West`, `at 3500 South, police said` (a compass word alone after
        // a house number, not `in 2016 North Korea`)
        if integer
            && (3..=5).contains(&s.len())
            && !s.contains(',')
            && (!year || matches!(prev, "at" | "on"))
            && matches!(self.surface(i + 1), "West" | "East" | "North" | "South")
            && !(self.is_word(i + 2) && self.capitalized(i + 2))
            && !self.is_num(i + 2)
        {
            return Some(i + 2);
        }
        // a house number: `5126 Clinton Drive`, `1760 Macomber St.`, `at 1344 Clementine Road`;
        // a year only after `at`, `on`, `of` or a comma (`in 2016 Wall Street ...` keeps its
        // year; `William Brett, 1926 NE 50th Ave., who died`, `Huff, 41, of 1630 Lake Av.`: an
        // obituary's or a police report's address after the name)
        if integer
            && !s.contains(',')
            && (!year || matches!(prev, "at" | "on" | "of" | ","))
            && self.street_name_after(i + 1)
        {
            return Some(i + 1);
        }
        // a range of house numbers: `outside 12-14 Copeland St.`
        if integer
            && !s.contains(',')
            && !year
            && self.is_punct(i + 1, "-")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_num(i + 2)
            && !self.surface(i + 2).contains([',', '.'])
            && self.street_name_after(i + 3)
        {
            return Some(i + 3);
        }
        None
    }

    /// A holiday named by its date at `i` (`the Fourth of July`, `the Fifth of November`): a
    /// capitalised spelled ordinal, `of` and a capitalised month; or by a weekday (`Black
    /// Friday`). Returns the token after it.
    pub(super) fn date_holiday(&self, i: usize) -> Option<usize> {
        if !self.capitalized(i) {
            return None;
        }
        let w = self.lower(i);
        // a day named by a weekday (`Black Friday`, `Cyber Monday`, `Good Friday`, `Super
        // Tuesday`): a name, not the weekday of the text
        if words::weekday_name_part(w)
            && self.capitalized(i + 1)
            && words::weekday(self.lower(i + 1)).is_some()
        {
            return Some(i + 2);
        }
        (self.is_word(i)
            && words::ordinal(w).is_some()
            && self.lower(i + 1) == "of"
            && self.capitalized(i + 2)
            && words::month(self.lower(i + 2)).is_some())
        .then_some(i + 3)
    }

    /// A US postal (ZIP) code at `i` closing a mailing address: five digits (or `12345-6789`) after
    /// a state's postal code or one-word name that follows a comma and the city (`PO Box 371,
    /// McGregor, IA 52157.`, `Weston, WI, 54473`, `North Lewisburg, Ohio 43060`, `Alpine, TX
    /// 79830`); not before a lower-case word (`Texas, 20000 people`). Returns the token after it.
    fn zip_code(&self, i: usize) -> Option<usize> {
        let s = self.surface(i);
        if s.len() != 5 || !s.bytes().all(|b| b.is_ascii_digit()) || i < 3 {
            return None;
        }
        let comma = usize::from(self.is_punct(i - 1, ","));
        let st = i - 1 - comma;
        let state = US_STATE_CODES.contains(&self.surface(st))
            || self.capitalized(st) && US_STATE_NAMES.contains(&self.lower(st));
        // the city before the state: a capitalised word, after a comma (or a line's start)
        let city = st >= 2 && self.is_punct(st - 1, ",") && self.capitalized(st - 2);
        if !state || !city || !self.same_sentence(st, i) {
            return None;
        }
        let mut e = i + 1;
        if self.is_punct(e, "-")
            && self.glued(e)
            && self.surface(e + 1).len() == 4
            && self.is_num(e + 1)
        {
            e += 2;
        }
        (!self.is_word(e) || self.capitalized(e)).then_some(e)
    }

    /// A street name starts at `k`: one to [`MAX_STREET_NAME_WORDS`] capitalised words or digit
    /// ordinals (`West 1st`), then a capitalised street type (`Drive`, `St.`).
    fn street_name_after(&self, k: usize) -> bool {
        let mut names = 0;
        let mut j = k;
        while names <= MAX_STREET_NAME_WORDS {
            let street = self.is_word(j)
                && self.capitalized(j)
                && self.has_role(j, |r| matches!(r, Role::Street));
            if street && names > 0 {
                return true;
            }
            if self.is_word(j) && self.capitalized(j) {
                j += 1;
                if self.is_punct(j, ".") && self.glued(j) {
                    j += 1; // `N. Main St.`
                } else if self.possessive_after(j) {
                    j += 2; // `1240 Bell's Ferry Road`
                }
            } else if self.is_num(j)
                && self.glued(j + 1)
                && words::ordinal_suffix(self.lower(j + 1))
            {
                j += 2;
            } else {
                return false;
            }
            names += 1;
        }
        false
    }

    /// A digit ordinal ending at `k` names a street: a street type follows (`11th Street`, `2nd
    /// Avenue`), or `and` and a cross street (`near 23rd and Auer`, `56th and Market streets`,
    /// `28th and Dumesnil`), not a month or weekday (`the 23rd and Monday`).
    pub(super) fn numbered_street(&self, k: usize) -> bool {
        let street_at = |j: usize| {
            self.is_word(j)
                && (self.capitalized(j) || self.lower(j).ends_with('s'))
                && self.has_role(j, |r| matches!(r, Role::Street))
        };
        if street_at(k) {
            return true;
        }
        if self.lower(k) != "and" {
            return false;
        }
        let j = k + 1;
        if self.is_num(j) && self.glued(j + 1) && words::ordinal_suffix(self.lower(j + 1)) {
            return street_at(j + 2);
        }
        self.is_word(j)
            && self.capitalized(j)
            && words::month(self.lower(j)).is_none()
            && words::weekday(self.lower(j)).is_none()
            && !self.has_role(j, |r| matches!(r, Role::Function))
    }

    /// A release's number with one decimal point after a capitalised name (`Claude's Opus 4.5`,
    /// `Germany's Industry 4.0 strategy`, `the hacker Guccifer 2.0`, `SMB 3.0 support`): the
    /// name's version, as `iOS 8.2` (`marks.rs`), when [`Self::number_in_name`]'s other tests
    /// pass; a speed or a scale's reading after its name stays a number (`Mach 1.8`,
    /// `magnitude 4.5`), and so does an amount with its scale (`Shengli 23.9 million tons`).
    pub(super) fn named_version(&self, i: usize) -> bool {
        let t = self.surface(i);
        let shaped = t.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && a.len() <= 2
                && b.len() == 1
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        });
        // (a scale after it makes an amount: `Shengli 23.9 million tons`)
        let next = self.lower(i + 1);
        let scaled = words::big_scale(next).is_some()
            || words::abbr_scale(next, self.glued(i + 1)).is_some()
            || matches!(next, "hundred" | "dozen");
        shaped
            && !scaled
            && i >= 1
            && !matches!(
                self.lower(i - 1),
                "mach"
                    | "magnitude"
                    | "richter"
                    | "force"
                    | "category"
                    | "level"
                    | "grade"
                    | "stage"
            )
    }

    /// A catalogue's code of three or four capitals right before the number at `i` (`NGC 6334
    /// (the Cat's Paw Nebula) might be`, `HIP 1234 is`), not a country's (`USA`): with the code
    /// opening a sentence, the number names an object when no word in small letters but a form
    /// of `be`, `have` or a modal follows it (`NATO 30 members`, a count).
    pub(super) fn catalogue_code(&self, i: usize) -> bool {
        let w = self.surface(i - 1);
        (3..=4).contains(&w.len())
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && !words::country_acronym(w)
            && !(self.is_word(i + 1)
                && !self.capitalized(i + 1)
                && !words::be_or_have(self.lower(i + 1))
                && !words::modal_or_also(self.lower(i + 1)))
    }
}
