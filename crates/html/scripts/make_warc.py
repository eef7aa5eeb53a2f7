#!/usr/bin/env python3
"""Builds a WARC of the article-extraction benchmark's 181 pages, as CC-NEWS writes them: one
gzip member per record, a `warcinfo` record first, then for each page a `request`, a `response`
(HTTP 200, text/html, the page's URL as WARC-Target-URI) and a `metadata` record.

    python3 crates/html/scripts/make_warc.py [--corpus DIR] [--repeat N] OUT.warc.gz

--repeat N writes every page N times (record ids and URLs made unique) for memory tests.
--seeds DIR writes instead the few-hundred-byte hand-made WARC seeds of the `warc` fuzz target
(fuzz/corpus/warc/): plain, gzip per record, and bad records.
Deterministic: same corpus, same bytes.
"""
import argparse
import gzip
import hashlib
import json
import os
import sys
import uuid

# The repository's sibling folder shared/ (as CI lays it out).
DEFAULT_CORPUS = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "corpus",
    "article-extraction")
WARC_DATE = "2026-03-01T12:00:00Z"


def record(kind, headers, block):
    head = [f"WARC/1.1", f"WARC-Type: {kind}"]
    head += [f"{k}: {v}" for k, v in headers]
    head.append(f"Content-Length: {len(block)}")
    data = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(data, compresslevel=6, mtime=0)


def rid(*parts):
    return "<urn:uuid:%s>" % uuid.UUID(hashlib.sha256("|".join(parts).encode()).hexdigest()[:32])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--corpus", default=os.environ.get("RECKON_ARTICLE_CORPUS", DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--seeds", action="store_true")
    a = ap.parse_args()
    if a.seeds:
        return write_seeds(a.out)
    truth_path = os.path.join(a.corpus, "ground-truth.json")
    if not os.path.exists(truth_path):
        sys.exit(f"make_warc.py: no benchmark at {a.corpus} (see its README); nothing written")
    truth = json.load(open(truth_path))
    ids = sorted(truth)
    pages = {i: gzip.open(os.path.join(a.corpus, "html", i + ".html.gz")).read() for i in ids}
    with open(a.out, "wb") as out:
        info = b"software: reckon make_warc.py\r\nformat: WARC File Format 1.1\r\n"
        out.write(record("warcinfo", [("WARC-Date", WARC_DATE), ("WARC-Record-ID", rid("info")),
                                      ("Content-Type", "application/warc-fields")], info))
        for n in range(a.repeat):
            for i in ids:
                url = truth[i]["url"]
                if n:
                    url += ("&" if "?" in url else "?") + f"reckon_copy={n}"
                host = url.split("/")[2]
                req = f"GET /{url.split('/', 3)[3] if url.count('/') >= 3 else ''} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
                out.write(record("request", [("WARC-Date", WARC_DATE), ("WARC-Record-ID", rid("req", url)),
                                             ("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=request")], req))
                body = pages[i]
                http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n").encode() + body
                out.write(record("response", [("WARC-Date", WARC_DATE), ("WARC-Record-ID", rid("resp", url)),
                                              ("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response")], http))
                meta = f"fetchTimeMs: 100\r\nbenchmark-id: {i}\r\n".encode()
                out.write(record("metadata", [("WARC-Date", WARC_DATE), ("WARC-Record-ID", rid("meta", url)),
                                              ("WARC-Target-URI", url), ("Content-Type", "application/warc-fields")], meta))


def write_seeds(folder):
    os.makedirs(folder, exist_ok=True)
    page = (b"<html><head><title>Dam opens</title><meta property='article:published_time' "
            b"content='2024-03-15'></head><body><article><p>The dam opened on Friday, officials said.</p>"
            b"<p>It supplies 2 million people.</p></article></body></html>")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    url = "https://a.example/2024/03/15/dam"
    recs = [
        record("request", [("WARC-Target-URI", url)], b"GET / HTTP/1.1\r\n\r\n"),
        record("response", [("WARC-Target-URI", url), ("WARC-Record-ID", rid("s", url))], http),
        record("resource", [("WARC-Target-URI", url), ("Content-Type", "text/html")], page),
    ]
    plain = b"".join(gzip.decompress(r) for r in recs)
    seeds = {
        "cc-news.warc.gz": b"".join(recs),
        "plain.warc": plain,
        "truncated-member.warc.gz": recs[1][: len(recs[1]) // 2] + recs[2],
        "not-warc-header.warc": plain.replace(b"WARC/1.1", b"WARC/0.9", 1),
        "wrong-length.warc": plain.replace(b"Content-Length: ", b"Content-Length: 1", 1),
    }
    for name, data in seeds.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
