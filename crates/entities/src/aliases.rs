//! Alias table: names that mean the same entity (`US` = `United States` = `U.S.` = `the US`).
//!
//! Format (`data/aliases.tsv`, and any user file given to [`Aliases::from_path`]): one entity a
//! line, `LABEL<TAB>Canonical name = alias = alias ...`; `#` starts a comment line. LABEL is one of
//! the OntoNotes names (`GPE`, `ORG`, `PERSON`...) or `*` to keep whatever label the tagger chose.
//! Matching ignores case, full stops, a leading `the` and curly versus straight apostrophes.

use std::collections::HashMap;
use std::path::Path;

use crate::hash::FxBuild;
use crate::{Error, Label};

/// Normalises a name for matching: lower case, no full stops, no leading `the`, `'` for `’`,
/// single spaces.
pub fn normalize(name: &str) -> String {
    normalize_with_room(name, 0)
}

/// [`normalize`] into a string with room for `extra` more bytes (entity ids append the label).
pub(crate) fn normalize_with_room(name: &str, extra: usize) -> String {
    if name.is_ascii() {
        normalize_ascii(name.as_bytes(), extra)
    } else {
        normalize_chars(name, extra)
    }
}

/// [`normalize`], character by character.
fn normalize_chars(name: &str, extra: usize) -> String {
    let mut out = String::with_capacity(name.len() + extra);
    for word in name.split_whitespace() {
        if out.is_empty() && word.eq_ignore_ascii_case("the") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(
                word.bytes()
                    .filter(|&b| b != b'.')
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
            continue;
        }
        for c in word.chars() {
            match c {
                '.' => {}
                '\u{2019}' | '\u{2018}' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out
}

/// [`normalize`] of an ASCII name, byte by byte (every mention is normalised at least twice, for
/// its alias and its id; the general loop decoded and re-encoded each character). The same
/// words: ASCII's Unicode whitespace is tab to carriage return and the space.
fn normalize_ascii(name: &[u8], extra: usize) -> String {
    let mut out = Vec::with_capacity(name.len() + extra);
    let space = |b: &u8| matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
    for word in name.split(space).filter(|w| !w.is_empty()) {
        if out.is_empty() && word.eq_ignore_ascii_case(b"the") {
            continue;
        }
        if !out.is_empty() {
            out.push(b' ');
        }
        out.extend(
            word.iter()
                .filter(|&&b| b != b'.')
                .map(u8::to_ascii_lowercase),
        );
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// One alias entry: the canonical name and, unless `*`, the label it forces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasEntry {
    /// The canonical name every alias maps to.
    pub canonical: String,
    /// The label of the entity, if the file fixes one.
    pub label: Option<Label>,
}

/// A table from normalised names to their canonical entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    map: HashMap<String, AliasEntry, FxBuild>,
}

impl Aliases {
    /// The built-in table (`crates/entities/data/aliases.tsv`).
    pub fn builtin() -> Aliases {
        Aliases::parse(include_str!("../data/aliases.tsv"))
            .expect("built-in alias table is well-formed")
    }

    /// Parses a table in the format above.
    pub fn parse(text: &str) -> Result<Aliases, Error> {
        let mut a = Aliases::default();
        a.extend_from_str(text)?;
        Ok(a)
    }

    /// Reads a table from a file.
    pub fn from_path(path: &Path) -> Result<Aliases, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        Aliases::parse(&text).map_err(|e| match e {
            Error::Aliases { line, reason, .. } => Error::Aliases {
                path: Some(path.to_owned()),
                line,
                reason,
            },
            e => e,
        })
    }

    /// Adds the entries of `text`; later entries win over earlier ones for the same alias.
    pub fn extend_from_str(&mut self, text: &str) -> Result<(), Error> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| Error::Aliases {
                path: None,
                line: n + 1,
                reason,
            };
            let (label, names) = line
                .split_once(['\t', ' '])
                .ok_or_else(|| err("expected `LABEL<TAB>Canonical = alias ...`".into()))?;
            let label = match label {
                "*" => None,
                l => Some(Label::parse(l).ok_or_else(|| err(format!("unknown label {l:?}")))?),
            };
            let names: Vec<&str> = names
                .split('=')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let Some(&canonical) = names.first() else {
                return Err(err("no names".into()));
            };
            let entry = AliasEntry {
                canonical: canonical.to_owned(),
                label,
            };
            for name in names {
                self.map.insert(normalize(name), entry.clone());
            }
        }
        Ok(())
    }

    /// Merges another table into this one (its entries win).
    pub fn extend(&mut self, other: Aliases) {
        self.map.extend(other.map);
    }

    /// The entry for `name`, if it is a known alias (or canonical name).
    pub fn get(&self, name: &str) -> Option<&AliasEntry> {
        self.map.get(&normalize(name))
    }

    /// The entry for a name already [`normalize`]d.
    pub(crate) fn get_normalized(&self, key: &str) -> Option<&AliasEntry> {
        self.map.get(key)
    }

    /// Number of names in the table.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True if the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::{normalize_ascii, normalize_chars};

    #[test]
    fn ascii_normalisation_is_the_general_one() {
        let names = [
            "The U.S.",
            "the  United   States ",
            "THE the Netherlands",
            ". the Hague",
            "Dr. .",
            "a\u{b}b\u{c}c\td\re\nf",
            "x\u{1c}y\u{1f}z",
            "the",
            "",
            "   ",
            "O'Brien Jr.",
        ];
        for n in names {
            assert_eq!(
                normalize_ascii(n.as_bytes(), 0),
                normalize_chars(n, 0),
                "{n:?}"
            );
        }
        // Every string of up to four characters over an alphabet of the cases above.
        let alphabet = ["t", "h", "e", "T", "E", ".", " ", "\u{b}", "\u{1c}", "A"];
        let mut s = String::new();
        for k in 0..alphabet.len().pow(4) {
            s.clear();
            let mut k = k;
            while k > 0 {
                s.push_str(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            assert_eq!(
                normalize_ascii(s.as_bytes(), 0),
                normalize_chars(&s, 0),
                "{s:?}"
            );
        }
    }
}
