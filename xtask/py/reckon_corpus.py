"""Reading the news corpus for reckon's Python scripts: one module instead of a copy per script.

The corpus is JSONL, one article a line ({"id", "date", "text", ...}), gzip-compressed when the
file name ends in `.gz` (`target/corpus/newsarticles.jsonl.gz`, from `cargo xtask corpus`). Its
users: the claims gold set (`crates/claims/tests/gold/*.py`), the entity tooling
(`crates/entities/train/*.py`) and `cargo xtask compare` (`compare_bench.py`). A script outside
this folder imports it with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "<up>/xtask/py"))
    import reckon_corpus

Sentences: the gold samplers split an article's text with a regular expression (not reckon's
segmenter, so that the sample does not depend on the code it measures). The two gold sets were
drawn with two variants, and both are kept because each reproduces its committed sample byte for
byte (the other variant draws different sentences): the claims set also ends a sentence before a
digit (`... said. 2,000 people ...`), the entities set only before a capital letter. See
`sentences`.
"""

import gzip
import json
import re

# A sentence ends after . ! or ? (perhaps followed by a closing quote), before white space and
# an optional opening quote and then a capital letter (or, with digits, a digit).
_SENTENCE_END = "(?:(?<=[.!?])|(?<=[.!?][\"”’]))\\s+(?=[\"“‘]?[{}])"
SENTENCE_END_BEFORE_CAPITAL = re.compile(_SENTENCE_END.format("A-Z"))
SENTENCE_END_BEFORE_CAPITAL_OR_DIGIT = re.compile(_SENTENCE_END.format("A-Z0-9"))


def records(path):
    """Every JSON record of the corpus file at `path`, in file order."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def articles(path):
    """(id, record) of every article that has text, in file order; ids as strings."""
    for r in records(path):
        if r.get("text"):
            yield str(r["id"]), r


def texts(path, ids=None):
    """Article id (a string) -> text ("" when it has none), of every article or only of `ids`."""
    out = {}
    for r in records(path):
        doc_id = str(r["id"])
        if ids is None or doc_id in ids:
            out[doc_id] = r.get("text") or ""
    return out


def read_jsonl(paths):
    """The JSON records of the non-blank lines of every file in `paths`, in order."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def sentences(text, digits):
    """(character offset, text) of each sentence of `text`, split at the ends above; `digits`
    chooses the variant that also splits before a digit."""
    end = SENTENCE_END_BEFORE_CAPITAL_OR_DIGIT if digits else SENTENCE_END_BEFORE_CAPITAL
    start = 0
    for m in end.finditer(text):
        yield start, text[start : m.start()]
        start = m.end()
    yield start, text[start:]


def candidate_sentences(text, digits, min_words=8, max_words=60):
    """(character offset, stripped text) of the sentences a gold sampler may draw: `min_words`
    to `max_words` whitespace-separated words, on one line."""
    out = []
    for o, s in sentences(text, digits):
        st = s.strip()
        if min_words <= len(st.split()) <= max_words and "\n" not in st:
            out.append((text.index(st, o), st))
    return out
