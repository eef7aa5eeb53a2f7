//! Linking mentions inside one document: consistent labels, propagation of names the tagger
//! found once, short forms joined to full ones, aliases, canonical names and stable ids.

use std::collections::{HashMap, HashSet};

use reckon_text::{Segmented, Span, TokenKind};

use crate::aliases::{Aliases, normalize_with_room};
use crate::hash::{FxBuild, hash_bytes};
use crate::{Entity, EntityId, Label, MentionKind};

/// A tagged mention: token range `first..end` (indices into `Segmented::tokens`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub end: usize,
    pub label: Label,
}

/// The stable id of a cluster: xxh3 of its normalised canonical name and its label.
pub fn entity_id(canonical: &str, label: Label) -> EntityId {
    id_of_normalized(normalize_with_room(canonical, ID_ROOM), label)
}

/// Room for the separator and the longest label after a normalised name.
const ID_ROOM: usize = 1 + "WORK_OF_ART".len();

/// [`entity_id`] of a name already normalised.
fn id_of_normalized(mut key: String, label: Label) -> EntityId {
    key.push('\u{1f}');
    key.push_str(label.as_str());
    EntityId(hash_bytes(key.as_bytes()))
}

fn is_the(s: &str) -> bool {
    s.eq_ignore_ascii_case("the")
}

/// True if the word can start a propagated name (capitalised or all capitals).
fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Token texts of a mention without a leading `the`.
fn words<'t>(text: &'t str, seg: &Segmented, m: &Mention) -> Vec<&'t str> {
    let mut w: Vec<&str> = seg.tokens[m.first..m.end]
        .iter()
        .map(|t| t.text(text))
        .collect();
    if w.len() > 1 && is_the(w[0]) {
        w.remove(0);
    }
    w
}

/// The mention's text without a leading `the`, sliced from the original.
fn core_span(text: &str, seg: &Segmented, m: &Mention) -> Span {
    let mut first = m.first;
    if m.end - m.first > 1 && is_the(seg.tokens[first].text(text)) {
        first += 1;
    }
    Span {
        start: seg.tokens[first].span.start,
        end: seg.tokens[m.end - 1].span.end,
    }
}

/// True if a token after an adjective ends its phrase rather than being the noun it qualifies: a
/// punctuation mark or a function word (`in Chinese—here`, `in French, where`, `English is now`,
/// `wrote the book in English to make it accessible`), so a nationality's adjective before it
/// names a language or a people, not a noun's kind (`English teacher`, `Russian tourists`).
pub(crate) fn ends_phrase(kind: TokenKind, lower: &str) -> bool {
    !matches!(
        kind,
        TokenKind::Word | TokenKind::Compound | TokenKind::Number
    ) || matches!(
        lower,
        "as" | "by"
            | "with"
            | "for"
            | "where"
            | "which"
            | "that"
            | "is"
            | "was"
            | "than"
            | "too"
            | "instead"
            | "only"
            | "but"
            | "to"
    )
}

/// Links tagged mentions into entities (in text order).
pub(crate) fn link(
    text: &str,
    seg: &Segmented,
    mut mentions: Vec<Mention>,
    aliases: &Aliases,
) -> Vec<Entity> {
    // The words of each mention (without a leading `the`), read by steps 1 and 2.
    let mut ws: Vec<Vec<&str>> = mentions.iter().map(|m| words(text, seg, m)).collect();

    // 1. One label per surface form: the majority, ties to the first seen; but a nationality's
    // adjective names a people or a language mention by mention (repair 89: `speaks Russian`,
    // `Russian tourists`): a NORP before a noun is not outvoted by LANGUAGEs (a LANGUAGE still
    // is by NORPs, as the tagger's own LANGUAGEs are often adjectives: `Japanese F-15 jets`).
    let keys: Vec<String> = ws.iter().map(|w| w.join(" ")).collect();
    let mut votes: HashMap<&str, Vec<(Label, usize)>, FxBuild> = HashMap::default();
    for (m, k) in mentions.iter().zip(&keys) {
        let v = votes.entry(k.as_str()).or_default();
        match v.iter_mut().find(|(l, _)| *l == m.label) {
            Some(e) => e.1 += 1,
            None => v.push((m.label, 1)),
        }
    }
    let majority = |k: &str| -> Option<Label> {
        let v = votes.get(k)?;
        let mut best = v[0];
        for &x in &v[1..] {
            if x.1 > best.1 {
                best = x;
            }
        }
        Some(best.0)
    };
    let lower_at = |i: usize| {
        let t = seg.tokens[i];
        text[t.span.start as usize..t.span.end as usize].to_ascii_lowercase()
    };
    for (m, k) in mentions.iter_mut().zip(&keys) {
        let adjective = || {
            m.label == Label::Norp
                && seg.tokens.get(m.end).is_some_and(|t| {
                    let w = &text[t.span.start as usize..t.span.end as usize];
                    !ends_phrase(t.kind, &w.to_ascii_lowercase())
                })
        };
        // Nor is a LANGUAGE where only a language fits (repair 89 and 89b: `in Polish and
        // English,`, `translated into Chinese.`, `English as a foreign language`): the object of
        // `in`/`into`/a verb of speaking, or a list's next name, ending the phrase.
        let language = || {
            m.label == Label::Language
                && m.first > 0
                && matches!(
                    lower_at(m.first - 1).as_str(),
                    "in" | "into" | "and" | "or" | "speak" | "speaks" | "spoke" | "spoken"
                )
                && (m.end >= seg.tokens.len() || {
                    let t = seg.tokens[m.end];
                    ends_phrase(t.kind, &lower_at(m.end))
                })
        };
        if let Some(l) = majority(k)
            .filter(|&l| l != Label::Language || !adjective())
            .filter(|_| !language())
        {
            m.label = l;
        }
    }

    // A lone surname of a full PERSON name in the document is that person (`Valoi` after
    // `Ernesto Valoi`), whatever label the tagger gave it.
    let surnames: HashSet<&str, FxBuild> = mentions
        .iter()
        .zip(&ws)
        .filter(|(m, w)| m.label == Label::Person && w.len() > 1)
        .map(|(_, w)| w[w.len() - 1])
        .collect();
    // Unless every mention of the word reads it as a place the gazetteer knows and no person of
    // the document plainly bears it (`Syria` after `Mohammad Jameel Syria`, `China` after `Aston
    // Martin China` misread as PERSONs): a country is no surname; a city is one only of a
    // two-word name or after a particle (`Merrick Garland`, `Leila de Lima`).
    let personal: HashSet<&str, FxBuild> = mentions
        .iter()
        .zip(&ws)
        .filter(|(m, w)| {
            m.label == Label::Person
                && (w.len() == 2 || w.len() > 2 && w[w.len() - 2].starts_with(char::is_lowercase))
        })
        .map(|(_, w)| w[w.len() - 1])
        .collect();
    for ((m, w), k) in mentions.iter_mut().zip(&ws).zip(&keys) {
        if w.len() == 1
            && surnames.contains(w[0])
            && aliases.get(w[0]).is_none()
            && !read_as_place(
                m.label,
                votes.get(k.as_str()),
                w[0],
                personal.contains(w[0]),
            )
        {
            m.label = Label::Person;
        }
    }

    // A lone word read as a NORP that is no nationality, religion or political group of the
    // lexicon and not shaped like one (`Woods`, `Saban`, `Duncan` on a sports page) names no
    // people: it is no mention (the step above made it a PERSON where the document names the
    // person in full). A place the gazetteer knows and a name of the alias table stay for the
    // rules that read those.
    let keep: Vec<bool> = mentions
        .iter()
        .zip(&ws)
        .map(|(m, w)| {
            m.label != Label::Norp
                || w.len() != 1
                || group_word(w[0])
                || aliases.get(w[0]).is_some()
                || gazetteer_word(w[0]).0
        })
        .collect();
    if keep.contains(&false) {
        (mentions, ws) = mentions
            .into_iter()
            .zip(ws)
            .zip(keep)
            .filter_map(|(pair, k)| k.then_some(pair))
            .unzip();
    }

    // A lone word read as a PERSON that is the plural of a word for a people, a state's or a
    // city's people, a party's members or a faith's followers (`Oklahomans will vote`, `Germans`,
    // `Californians`, `Tories`: the tagger reads such a word as a name at a sentence's start)
    // names a group: a NORP.
    for (m, w) in mentions.iter_mut().zip(&ws) {
        if m.label == Label::Person && w.len() == 1 && people_plural(w[0]) {
            m.label = Label::Norp;
        }
    }

    // A club named by its town alone (`Leicester are 16th` after `Leicester City`, `Leverkusen`
    // after `Bayer Leverkusen`), read as a PERSON, is the club: a one-word PERSON that is a
    // gazetteer place and no given name, no surname of the document's people, and a word of one
    // of its two-word ORGs beside a word of four letters or more (not a particle: `De Lima` is
    // Leila de Lima).
    let org_words: Vec<&str> = mentions
        .iter()
        .zip(&ws)
        .filter(|(m, w)| m.label == Label::Org && w.len() == 2)
        .flat_map(|(_, w)| [(w[0], w[1]), (w[1], w[0])])
        .filter(|(_, other)| other.chars().count() >= 4)
        .map(|(x, _)| x)
        .collect();
    if !org_words.is_empty() {
        for (m, w) in mentions.iter_mut().zip(&ws) {
            if m.label == Label::Person
                && w.len() == 1
                && org_words.contains(&w[0])
                && !surnames.contains(w[0])
                && gazetteer_word(w[0]) == (true, false)
            {
                m.label = Label::Org;
            }
        }
    }

    // A company named with its legal suffix (`Halcott Petroleum Corp`) is that company without
    // it (`Halcott Petroleum`) and by its first words (`Halcott said`), whatever label the
    // tagger gave them; step 2 tags them where the tagger left them out.
    let companies = company_forms(&mentions, &ws, &surnames);
    for (m, w) in mentions.iter_mut().zip(&ws) {
        if m.label != Label::Org && companies.iter().any(|c| c == w) {
            m.label = Label::Org;
        }
    }

    // 2. Propagate: a capitalised form tagged once is tagged everywhere; so is the surname of a
    //    multi-word PERSON.
    // A one-word form counts only if the tagger found it somewhere other than a sentence start
    // (where every word is capitalised and `The` or `It` is a typical mistake).
    let mut sentence_start = vec![false; seg.tokens.len()];
    for s in &seg.sentences {
        if let Some(x) = sentence_start.get_mut(s.first_token as usize) {
            *x = true;
        }
    }
    // Nor if the word also appears in lower case in the document (`The`, `May`, `It`). Only
    // the words this asks about (each mention's first and last) are looked for in the text.
    let mut lower_words: HashMap<String, bool, FxBuild> = HashMap::default();
    // Bit `c` of `initials[k]` set: some word looked for is `k` bytes long and starts with the
    // letter `a + c` (most tokens are ruled out by these two). A token found must start with a
    // lower-case letter and equal an ASCII word: one of `a` to `z`.
    let mut initials = [0u32; 64];
    let mut lowered = String::new();
    for w in &ws {
        for x in [w[0], w[w.len() - 1]] {
            if x.is_ascii() && x.len() < 64 {
                lowered.clear();
                lowered.push_str(x);
                lowered.make_ascii_lowercase();
                if let Some(&b) = lowered.as_bytes().first()
                    && b.is_ascii_lowercase()
                {
                    initials[x.len()] |= 1 << (b - b'a');
                }
                if !lower_words.contains_key(lowered.as_str()) {
                    lower_words.insert(lowered.clone(), false);
                }
            }
        }
    }
    if !lower_words.is_empty() {
        for t in &seg.tokens {
            let w = t.text(text);
            if let Some(&b) = w.as_bytes().first()
                && b.is_ascii_lowercase()
                && w.len() < 64
                && initials[w.len()] & (1 << (b - b'a')) != 0
                && let Some(seen) = lower_words.get_mut(w)
            {
                *seen = true;
            }
        }
    }
    // Words of 64 bytes or more are never looked for.
    let common = |w: &str| {
        if !w.is_ascii() || w.len() >= 64 {
            return false;
        }
        let mut buf = [0u8; 64];
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf)
            .ok()
            .and_then(|l| lower_words.get(l))
            .copied()
            .unwrap_or(false)
    };
    let mut forms: HashMap<&str, Vec<(Vec<&str>, Label)>, FxBuild> = HashMap::default();
    for (m, w) in mentions.iter().zip(ws) {
        if !capitalised(w[0]) || (w.len() == 1 && (sentence_start[m.first] || common(w[0]))) {
            continue;
        }
        if m.label == Label::Person && w.len() > 1 {
            let last = *w.last().expect("non-empty");
            if capitalised(last) && last.chars().count() > 1 && !common(last) {
                forms
                    .entry(last)
                    .or_default()
                    .push((vec![last], Label::Person));
            }
        }
        forms.entry(w[0]).or_default().push((w, m.label));
    }
    for c in &companies {
        forms.entry(c[0]).or_default().push((c.clone(), Label::Org));
    }
    for v in forms.values_mut() {
        v.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
        v.dedup_by(|a, b| a.0 == b.0);
    }
    let mut covered = vec![false; seg.tokens.len()];
    for m in &mentions {
        covered[m.first..m.end].iter_mut().for_each(|c| *c = true);
    }
    let mut added = Vec::new();
    for s in &seg.sentences {
        let r = s.token_range();
        let mut i = r.start;
        while i < r.end {
            if covered[i] {
                i += 1;
                continue;
            }
            let w0 = seg.tokens[i].text(text);
            let mut step = 1;
            // Every form starts with a capitalised word.
            if !capitalised(w0) {
                i += 1;
                continue;
            }
            if let Some(cands) = forms.get(w0) {
                for (ws, label) in cands {
                    let n = ws.len();
                    if i + n > r.end || covered[i..i + n].iter().any(|&c| c) {
                        continue;
                    }
                    if ws
                        .iter()
                        .zip(&seg.tokens[i..i + n])
                        .all(|(w, t)| *w == t.text(text))
                    {
                        // A propagated name must not be the start of a longer capitalised run
                        // the tagger decided against (e.g. a surname inside another name).
                        let next_cap = seg.tokens.get(i + n).is_some_and(|t| {
                            i + n < r.end && t.kind == TokenKind::Word && capitalised(t.text(text))
                        });
                        if !next_cap {
                            added.push(Mention {
                                first: i,
                                end: i + n,
                                label: *label,
                            });
                            step = n;
                            break;
                        }
                    }
                }
            }
            i += step;
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.first);

    // 3. Clusters: each mention points at a representative text; canonical from aliases or the
    //    representative.
    let texts: Vec<&str> = mentions
        .iter()
        .map(|m| core_span(text, seg, m).slice(text))
        .collect();
    let word_lists: Vec<Vec<&str>> = mentions.iter().map(|m| words(text, seg, m)).collect();
    // Per (text, label): how many mentions, and the first of them.
    let mut count: HashMap<(&str, Label), (usize, usize), FxBuild> = HashMap::default();
    let mut first_of = Vec::with_capacity(mentions.len());
    for (k, (t, m)) in texts.iter().zip(&mentions).enumerate() {
        let c = count.entry((t, m.label)).or_insert((0, k));
        c.0 += 1;
        first_of.push(c.1);
    }
    let mut out: Vec<Entity> = Vec::with_capacity(mentions.len());
    for (k, m) in mentions.iter().enumerate() {
        // The label, canonical name and id of a mention depend only on its text, its words and
        // its label (and on the document's mentions, the same for all): a name repeated in the
        // article reuses the first reading's (alias lookups, the short-form search, the id's
        // hash) when it has the same words.
        let e = first_of[k];
        let (label, canonical, id) = if e < k && word_lists[e] == word_lists[k] {
            (out[e].label, out[e].canonical.clone(), out[e].id)
        } else {
            reading(k, &mentions, &word_lists, &texts, &count, aliases)
        };
        let span = Span {
            start: seg.tokens[m.first].span.start,
            end: seg.tokens[m.end - 1].span.end,
        };
        out.push(Entity {
            span,
            text: span.slice(text).to_owned(),
            label,
            id,
            canonical,
            kind: MentionKind::Name,
        });
    }
    out
}

/// True if every mention of a one-word form (its `votes`, labelled `label` after them) reads it
/// as a place, the word is a country or nationality or a gazetteer place, and no two-word PERSON
/// of the document ends with it (`personal`: `Jim Jordan`): a strong place reading that a surname of the
/// document's PERSONs does not overturn. Asked only of words that are such a surname.
fn read_as_place(
    label: Label,
    votes: Option<&Vec<(Label, usize)>>,
    word: &str,
    personal: bool,
) -> bool {
    if !matches!(label, Label::Gpe | Label::Loc)
        || !votes.is_some_and(|v| v.iter().all(|(l, _)| matches!(l, Label::Gpe | Label::Loc)))
    {
        return false;
    }
    let lower = word.to_lowercase();
    !personal
        && (crate::builtin_lexicon().is_nation_word(hash_bytes(lower.as_bytes()))
            || gazetteer_word(word).0)
}

/// True if the word (or a part of it between hyphens: `Irish-American`) is a nationality,
/// religion or group of the lexicon (`data/nationalities.tsv`, with its plurals), a country, a
/// party's member or a state's people (`Tory`, `Texan`), or ends like a word for a people
/// (`-ian`, `-ese`, `-crat`: `data/group_words.tsv`); a word in capitals
/// (an acronym: `GOP`) is left as read.
fn group_word(word: &str) -> bool {
    let lex = crate::builtin_lexicon();
    if word.chars().all(|c| !c.is_lowercase()) {
        return true;
    }
    word.split('-').any(|p| {
        let lower = p.to_lowercase();
        lex.is_nation_word(hash_bytes(lower.as_bytes())) || lex.is_group_shaped(&lower)
    })
}

/// True if the capitalised word (not in capitals) is a plural of a word for a people: a
/// nationality or a country's people (`Germans`, `data/nationalities.tsv`), a state's, a city's
/// or a party's people of `data/group_words.tsv` with their plurals (`Oklahomans`, `Tories`), or
/// a word ending in `-ians`, `-eans` or `-icans` (`Californians`, `Koreans`) of eight letters or
/// more; not a country's name (`Philippines`) nor a place's with an `s` (`Frances`, a given
/// name). The other endings of `data/group_words.tsv` are left out: their plurals also end teams'
/// and surnames' names (`Celtics`, `-ives`).
fn people_plural(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) || word.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let lower = word.to_lowercase();
    let Some(stem) = lower.strip_suffix('s') else {
        return false;
    };
    let lex = crate::builtin_lexicon();
    let ending =
        lower.chars().count() >= 8 && ["ians", "eans", "icans"].iter().any(|e| lower.ends_with(e));
    ending
        || lex.is_group_word(hash_bytes(lower.as_bytes()))
        || lex.is_nation_word(hash_bytes(stem.as_bytes()))
            && !lex.is_nation_word(hash_bytes(lower.as_bytes()))
            && !gazetteer_word(stem).0
}

/// The gazetteer's reading of one word: whether it is a place (GPE or LOC) of its own, and
/// whether it is a given name. One hash and one table lookup.
fn gazetteer_word(word: &str) -> (bool, bool) {
    let lower = word.to_lowercase();
    let mut info = [crate::summary::TokenInfo {
        lower: hash_bytes(lower.as_bytes()),
        ..Default::default()
    }];
    crate::builtin_gazetteer().tag(&mut info);
    let place = crate::repair::gazetteer_label(&info, 0, 1)
        .is_some_and(|l| matches!(l, Label::Gpe | Label::Loc));
    (place, info[0].given)
}

/// The short forms of the document's companies named with a legal suffix (SUFFIX in
/// `data/org_heads.tsv`): each ORG of two words or more ending with one (or two: `Nippon Kogyo Co
/// Ltd`) gives the words before the suffix and each shorter run of its first words (`Halcott
/// Petroleum Corp` → `Halcott Petroleum`, `Halcott`), unless the document reads the form alone
/// as a place (`Texas` of `Texas Eastern Corp`, `Abu Dhabi` of `Abu Dhabi National Oil Co`). A
/// form of one word must be capitalised and no word usually written in lower case
/// (`data/truecase.txt`, `data/common_words.txt`: `General`, `Steel`), nationality or country
/// (`British`, `Japan`), nor a surname of the document's PERSONs.
fn company_forms<'t>(
    mentions: &[Mention],
    ws: &[Vec<&'t str>],
    surnames: &HashSet<&str, FxBuild>,
) -> Vec<Vec<&'t str>> {
    let lex = crate::builtin_lexicon();
    let lower = |w: &str| {
        let mut buf = [0u8; 32];
        (w.len() <= buf.len()).then(|| {
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            hash_bytes(b)
        })
    };
    let suffix = |w: &str| lower(w).is_some_and(|h| lex.is_suffix(h));
    let mut out: Vec<Vec<&str>> = Vec::new();
    for (m, w) in mentions.iter().zip(ws) {
        if m.label != Label::Org || w.len() < 2 || !suffix(w[w.len() - 1]) {
            continue;
        }
        let mut n = w.len() - 1;
        if n >= 2 && suffix(w[n - 1]) {
            n -= 1;
        }
        for k in (1..=n).rev() {
            let form = &w[..k];
            let place = mentions
                .iter()
                .zip(ws)
                .any(|(p, pw)| matches!(p.label, Label::Gpe | Label::Loc) && pw[..] == *form);
            if place {
                continue;
            }
            if k == 1 {
                let x = form[0];
                if !capitalised(x)
                    || x.len() < 3
                    || surnames.contains(x)
                    || crate::truecase::usually_lower(x)
                    || lower(x).is_none_or(|h| lex.is_common(h) || lex.is_nation_word(h))
                {
                    continue;
                }
            }
            if !out.iter().any(|c| c[..] == *form) {
                out.push(form.to_vec());
            }
        }
    }
    out
}

/// The label, canonical name and id of mention `k`: an alias's, else its longer form's, else its
/// own.
fn reading(
    k: usize,
    mentions: &[Mention],
    word_lists: &[Vec<&str>],
    texts: &[&str],
    count: &HashMap<(&str, Label), (usize, usize), FxBuild>,
    aliases: &Aliases,
) -> (Label, String, EntityId) {
    let label = mentions[k].label;
    // Normalised once: for the alias table and, when the mention is its own canonical name, the id.
    let key = normalize_with_room(texts[k], ID_ROOM);
    let (label, canonical) = if let Some(a) = aliases.get_normalized(&key) {
        (a.label.unwrap_or(label), a.canonical.clone())
    } else if let Some(j) = longer_form(k, mentions, word_lists, texts, count) {
        let canonical = match aliases.get(texts[j]) {
            Some(a) => a.canonical.clone(),
            None => texts[j].to_owned(),
        };
        (label, canonical)
    } else {
        let canonical = texts[k].to_owned();
        return (label, canonical, id_of_normalized(key, label));
    };
    let id = entity_id(&canonical, label);
    (label, canonical, id)
}

/// The best longer mention that mention `k` is a short form of: a PERSON surname or trailing part
/// (`Netanyahu` of `Benjamin Netanyahu`), or an acronym of a multi-word name (`WHO`).
fn longer_form(
    k: usize,
    mentions: &[Mention],
    words: &[Vec<&str>],
    texts: &[&str],
    count: &HashMap<(&str, Label), (usize, usize), FxBuild>,
) -> Option<usize> {
    let w = &words[k];
    let m = mentions[k];
    let acronym = w.len() == 1 && w[0].len() >= 2 && w[0].chars().all(|c| c.is_ascii_uppercase());
    let mut best: Option<(usize, usize, usize)> = None; // (count, length, index)
    for (j, o) in mentions.iter().enumerate() {
        let ow = &words[j];
        if ow.len() <= w.len() {
            continue;
        }
        let joins = if m.label == Label::Person && o.label == Label::Person {
            ow.ends_with(w)
        } else if acronym && o.label != Label::Person && o.label != Label::Norp {
            let initials = ow
                .iter()
                .filter(|x| capitalised(x))
                .filter_map(|x| x.chars().next());
            initials.eq(w[0].chars())
        } else {
            false
        };
        if joins {
            let c = count.get(&(texts[j], o.label)).map_or(0, |c| c.0);
            let key = (c, ow.len(), usize::MAX - j);
            if best.is_none_or(|b| key > (b.0, b.1, usize::MAX - b.2)) {
                best = Some((c, ow.len(), j));
            }
        }
    }
    best.map(|b| b.2)
}
