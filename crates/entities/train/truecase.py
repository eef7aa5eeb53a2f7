"""Builds `data/truecase.txt`, the casing table of `src/truecase.rs` (issue 17: names in
all-capitals headlines and in text typed in lower case).

For every word of the tagger's training text it counts how the word is written where its case
says something: not a sentence's first word (or the first after a colon, a quote or a bracket),
not inside a sentence in capitals, not inside a title-cased line (a headline or a list of names:
most of its words capitalised). It writes each word seen at least `--min` times in its most
frequent form (`Trump`, `NATO`, `McDonald`, `the`), one a line, most frequent first. A word is a run
of ASCII letters, or initials with their dots (`U.S.`, `U.N.`); words with other characters
are not counted (their case mapping may change their length in bytes, and the view must keep the
text's offsets).

Training text: the news corpus `target/corpus/newsarticles.jsonl.gz` (the tagger's training
articles; the held-out ones too, as they hold no gold sentence of the independent batches) and
the Lee background corpus (`target/lee/lee_background.cor`, gensim 4.4.0's test data, checked
against its SHA-256; `extra_text.py` trains on the same file). Not `lee.cor`, gva-dev or
article-extraction: the independent gold batches come from them.

Then the names of the gazetteer (`data/gazetteer.tsv`: given names and places) of one or two
ASCII words that neither list has, as written there (`Natasha`, `Wagga Wagga`; a pair only if
its words' forms do not already give it): names too rare in the training text, which a text in
lower case would otherwise leave in lower case.

Usage: truecase.py CORPUS.jsonl.gz LEE_BACKGROUND.cor GAZETTEER.tsv OUT.txt [--min 3]
"""

import argparse
import collections
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402

LEE_SHA256 = "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"

# Initials with their dots, or a run of ASCII letters not glued to another letter or a digit.
WORD = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]\.){2,}|(?<![^\W_])[A-Za-z]+(?![^\W_])")
# Where a word's capital says nothing: a sentence's or clause's opening.
OPENER = re.compile(r"(?:^|[.!?:;\"“”‘(\[—–]|\s-)\s*$")
SENTENCE = reckon_corpus.SENTENCE_END_BEFORE_CAPITAL


def count(texts, counts, pairs):
    """Adds the forms of the words of `texts` to `counts` (lower-case key -> Counter of forms),
    and those of two words one space apart to `pairs` (the same, keys `first second`)."""
    for text in texts:
        for line in text.split("\n"):
            for sent in SENTENCE.split(line):
                letters = [c for c in sent if c.isascii() and c.isalpha()]
                upper = sum(c.isupper() for c in letters)
                if upper >= 8 and (len(letters) - upper) * 10 < upper:
                    continue  # in capitals
                words = list(WORD.finditer(sent))
                caps = sum(w.group()[0].isupper() for w in words)
                if len(words) >= 4 and caps * 10 >= len(words) * 7:
                    continue  # title case: a headline or a list of names
                prev = None
                for w in words:
                    if OPENER.search(sent[: w.start()]):
                        prev = None
                        continue
                    form = w.group()
                    counts[form.lower()][form] += 1
                    if prev is not None and sent[prev.end() : w.start()] == " ":
                        pair = f"{prev.group()} {form}"
                        pairs[pair.lower()][pair] += 1
                    prev = w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("lee")
    ap.add_argument("gazetteer")
    ap.add_argument("out")
    ap.add_argument("--min", type=int, default=3)
    args = ap.parse_args()
    with open(args.lee, "rb") as f:
        raw = f.read()
    if hashlib.sha256(raw).hexdigest() != LEE_SHA256:
        sys.exit(f"{args.lee}: not the Lee background corpus of gensim 4.4.0 (SHA-256 differs)")
    counts = collections.defaultdict(collections.Counter)
    pairs = collections.defaultdict(collections.Counter)
    count((r["text"] for _, r in reckon_corpus.articles(args.corpus)), counts, pairs)
    count(raw.decode("latin-1").split("\n"), counts, pairs)
    words = best(counts, args.min)
    unigram = {key: form for _, key, form in words}
    # Pairs whose usual form is not that of their two words (`New York`, `told us`, `the US`).
    two = [
        (n, key, form)
        for n, key, form in best(pairs, args.min)
        if form != " ".join(unigram.get(k, k) for k in key.split(" "))
    ]
    known = {key for _, key, _ in words + two}
    names = []
    with open(args.gazetteer, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            name = line.rstrip("\n").split("\t", 1)[1]
            parts = name.split(" ")
            if len(parts) <= 2 and all(p.isascii() and p.isalpha() for p in parts):
                # A pair its words already give is left out: it would only take a word from
                # the pair after it (`Los Angeles` before `Angeles Times`).
                same = " ".join(unigram.get(k, "") for k in name.lower().split(" ")) == name
                if name.lower() not in known and not (len(parts) == 2 and same):
                    known.add(name.lower())
                    names.append(name)
    with open(args.out, "w", encoding="utf-8") as f:
        for _, _, form in words + two:
            f.write(form + "\n")
        for name in names:
            f.write(name + "\n")
    caps = sum(1 for _, key, form in words if form != key)
    print(
        f"{len(words)} words seen {args.min}+ times, {caps} of them not in lower case; "
        f"{len(two)} pairs; {len(names)} gazetteer names",
        file=sys.stderr,
    )


def best(counts, least):
    """(-count, key, most frequent form) of every key of `counts` seen `least` times or more,
    most frequent first; on a tie the form with fewer capitals."""
    rows = []
    for key, forms in counts.items():
        total = sum(forms.values())
        if total >= least:
            form = max(forms.items(), key=lambda kv: (kv[1], -sum(c.isupper() for c in kv[0])))[0]
            rows.append((-total, key, form))
    rows.sort()
    return rows


if __name__ == "__main__":
    main()
