"""Run reckon over a news archive on Apache Spark, then reconcile the claims on the executors.

    spark-submit --files /abs/path/to/reckon examples/spark/reckon_job.py \\
        --input s3://bucket/news/*.jsonl.gz --output s3://bucket/reckon-out --partitions 400

    python examples/spark/reckon_job.py --master 'local[2]' --reckon target/release/reckon \\
        --input archive.jsonl --output out

Reads a JSONL archive (one article a line: "id", "text", optional "date", "title", "source", ...)
or a Parquet article table (--text-column, --id-column), repartitions it, and pipes every
partition through `reckon run --pipe` with Spark's RDD.pipe: one JSON line in, one JSON line out,
in order. Writes:

- OUTPUT/documents/part-*: one record per article, exactly what `reckon run` writes for it (a
  document, or an error record saying why that article could not be read or processed);
- OUTPUT/claims/part-*: the claims.jsonl records of every document (one shard per partition);
- OUTPUT/reconciled/: the reduce of `reckon reconcile`, run on the executors in the stages of
  docs/scale.md (`reckon reconcile --stage summarize|aggregate|resolve|check|finalize`):
  series/part-* (series.jsonl lines, one part per partition of series keys), findings.jsonl,
  events.jsonl, and stages/ (the small files that went through the driver: the aggregate input,
  the aggregate, the partials). The same result as a single-machine `reckon run --out-dir`
  (series after sorting lines), whatever the partitioning. With --reduce driver: one `reckon
  reconcile` over the claim shards on the driver (series.jsonl, findings.jsonl, series.csv,
  claims.csv).

The traps of RDD.pipe, and what this job does about each:
- It ignores the command's exit code unless checkCode=True: a reckon that dies (a crash, --strict
  meeting a bad article, a killed process) would silently drop the rest of its partition. We pass
  checkCode=True, so the task fails, Spark retries it and then fails the job.
- It starts the command with an EMPTY environment (no PATH, no HOME, no locale): we give the
  binary's absolute path and an explicit env=.
- It is not a shell: the command string is split with shlex, no globbing, pipes or redirection;
  we build it with shlex.quote.
- It decodes the command's stdout as UTF-8, line by line: reckon writes UTF-8 JSON lines only
  (legacy encodings are decoded, undecodable articles become error records), and nothing else on
  stdout.
- It writes each element followed by a newline: elements must not contain raw newlines (JSON
  lines never do; Parquet rows are serialised with to_json).
- It starts one process per partition, even an empty one: `reckon run --pipe` on empty input
  writes nothing and exits 0.
"""

import argparse
import glob
import os
import re
import shlex
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

CLAIMS_KEY = ',"claim_records":'
# An error record: {"error":{...}} or {"id":"...","error":{...}}.
ERROR_RECORD = re.compile(r'^\{(?:"id":"(?:[^"\\]|\\.)*",)?"error":\{')


def split_record(line: str) -> tuple[str, str | None]:
    """Splits a `reckon run --claim-records` line into the document record (byte for byte what
    `reckon run` writes without the flag) and the JSON array of its claim records.

    `claim_records` is the record's last field, and JSON escapes every quote inside strings, so
    the last `,"claim_records":` of the line is that field's key."""
    i = line.rfind(CLAIMS_KEY)
    if i < 0:
        return line, None
    return line[:i] + "}", line[i + len(CLAIMS_KEY) : -1]


def claim_lines(array: str):
    """The elements of a JSON array of claim records, one JSON line each."""
    import json

    for record in json.loads(array):
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def is_parquet(path: str) -> bool:
    if path.rstrip("/").endswith(".parquet"):
        return True
    return os.path.isdir(path) and any(n.endswith(".parquet") for n in os.listdir(path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", required=True, help="JSONL (optionally .gz) or Parquet article table")
    ap.add_argument("--output", required=True, help="output folder (must not exist)")
    ap.add_argument("--reckon", default="reckon", help="the reckon binary on the driver, shipped to executors")
    ap.add_argument(
        "--reckon-installed",
        help="absolute path of reckon already installed on every node (a container image): not shipped",
    )
    ap.add_argument("--master", help="Spark master (default: what spark-submit says)")
    ap.add_argument("--partitions", type=int, default=0, help="repartition to N (default: 2 per core)")
    ap.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto",
                    help="auto: Parquet for *.parquet paths and local folders of .parquet files, else JSONL")
    ap.add_argument("--text-column", default="text")
    ap.add_argument("--id-column", default="id")
    ap.add_argument("--threads", type=int, default=1, help="reckon worker threads per task (match spark.task.cpus)")
    ap.add_argument("--strict", action="store_true", help="a bad article fails its task (and so the job)")
    ap.add_argument("--reduce", choices=["executors", "driver"], default="executors",
                    help="reconcile on the executors in phases (default), or with one `reckon reconcile` on the driver")
    ap.add_argument("--event-series", action="store_true", help="as `reckon reconcile --event-series`")
    args = ap.parse_args()

    builder = SparkSession.builder.appName("reckon").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    # The binary: installed on every node, or shipped with the job (like --files).
    if args.reckon_installed:
        binary = args.reckon_installed
    else:
        local = os.path.abspath(args.reckon)
        if not os.access(local, os.X_OK):
            sys.exit(f"{local} is not an executable reckon binary")
        sc.addFile(local)
        name = os.path.basename(local)
        # In local mode tasks run in the driver's process tree and see the driver's SparkFiles
        # folder; on a cluster, executors fetch shipped files into their working directory.
        if sc.master.startswith("local"):
            binary = SparkFiles.get(name)
        else:
            binary = os.path.join(".", name)

    # One JSON article per element.
    if args.format == "parquet" or (args.format == "auto" and is_parquet(args.input)):
        df = spark.read.parquet(args.input)
        cols = [F.col(args.id_column).cast("string").alias("id"), F.col(args.text_column).alias("text")]
        cols += [F.col(c).cast("string").alias(c) for c in ("date", "title", "url", "source") if c in df.columns]
        lines = df.select(F.to_json(F.struct(*cols)).alias("value")).rdd.map(lambda r: r[0])
    else:
        lines = spark.read.text(args.input).rdd.map(lambda r: r[0])
    # Blank lines are not articles (reckon skips them too); dropping them here keeps one output
    # line per element.
    lines = lines.filter(lambda s: s.strip() != "")
    partitions = args.partitions or 2 * sc.defaultParallelism
    lines = lines.repartition(partitions)

    command = [binary, "run", "--pipe", "--claim-records", "-j", str(args.threads)]
    if args.strict:
        command.append("--strict")
    # RDD.pipe gives the command an empty environment unless env= says otherwise.
    env = {"LC_ALL": "C.UTF-8", "RUST_BACKTRACE": "1"}
    records = lines.pipe(" ".join(shlex.quote(c) for c in command), env=env, checkCode=True)
    split = records.map(split_record).cache()

    documents = split.map(lambda r: r[0])
    claims = split.flatMap(lambda r: claim_lines(r[1]) if r[1] else [])
    documents.saveAsTextFile(os.path.join(args.output, "documents"))
    claims.saveAsTextFile(os.path.join(args.output, "claims"))
    counts = split.map(lambda r: ("errors" if ERROR_RECORD.match(r[0]) else "documents", 1)).countByKey()
    reconciled = os.path.join(args.output, "reconciled")
    driver_binary = args.reckon_installed or os.path.abspath(args.reckon)
    if args.reduce == "driver":
        spark.stop()
        # Reconcile on the driver: every claim passes through one machine.
        shards = sorted(glob.glob(os.path.join(args.output, "claims", "part-*")))
        subprocess.run([driver_binary, "reconcile", *shards, "--out-dir", reconciled, "--json"],
                       check=True, stdout=subprocess.DEVNULL)
        sizes = "reconciled on the driver"
    else:
        sizes = reduce_on_executors(sc, claims, partitions, binary, driver_binary, env, args, reconciled)
        spark.stop()
    print(
        f"reckon on Spark: {counts.get('documents', 0)} documents, {counts.get('errors', 0)} error records, "
        f"{partitions} partitions; claims {sizes} into {reconciled}",
        file=sys.stderr,
    )
    return 0


def doc_key(line: str) -> tuple[str, str]:
    """The document a claims.jsonl line belongs to, and its kind: "claim", "event" or
    "duplicate" (a copy, whose document has no claims: it goes to the aggregate only)."""
    import json

    r = json.loads(line)
    if "duplicate" in r and "of" in r:
        return r["duplicate"], "duplicate"
    return r.get("doc_id", ""), "claim" if "claim" in r else "event"


def stable_hash(key: str) -> int:
    """A partitioner's hash that is the same in every Python process (str's hash is not)."""
    import zlib

    return zlib.crc32(key.encode("utf-8"))


def series_key(line: str) -> str:
    """The series key of a {"keyed": ...} line of --stage resolve."""
    import json

    return json.loads(line)["keyed"]["key"]


def reduce_on_executors(sc, claims, partitions, binary, driver_binary, env, args, reconciled) -> str:
    """The reduce of `reckon reconcile`, spread over the executors in the phases of
    docs/scale.md; returns what went through the driver, in bytes."""
    os.makedirs(reconciled)
    work = os.path.join(reconciled, "stages")
    os.makedirs(work)
    features = ["--event-series"] if args.event_series else []

    def command(*stage_args: str) -> str:
        return " ".join(shlex.quote(c) for c in [binary, "reconcile", *stage_args, *features, "-"])

    def shipped(path: str) -> str:
        """Ships a driver file to every executor; its path there."""
        sc.addFile(path)
        name = os.path.basename(path)
        return SparkFiles.get(name) if sc.master.startswith("local") else os.path.join(".", name)

    def write(name: str, lines) -> str:
        path = os.path.join(work, name)
        with open(path, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        return path

    keyed = claims.map(lambda l: (doc_key(l), l)).persist()
    # Whole articles per partition: every line of a document (its claims and article events).
    articles = (
        keyed.filter(lambda kv: kv[0][1] != "duplicate").map(lambda kv: (kv[0][0], kv[1]))
        .partitionBy(partitions, stable_hash).values().persist()
    )
    # 1-2. A summary per article, and the archive's event and duplicate lines, go to the driver
    # for the aggregate (copies, linked events, places), then to every executor.
    summaries = articles.pipe(command("--stage", "summarize"), env=env, checkCode=True)
    others = keyed.filter(lambda kv: kv[0][1] != "claim").map(lambda kv: kv[1])
    small = write("aggregate-input.jsonl", summaries.union(others).collect())
    aggregate = os.path.join(work, "aggregate.json")
    with open(aggregate, "w", encoding="utf-8") as f:
        subprocess.run([driver_binary, "reconcile", "--stage", "aggregate", *features, small], check=True, stdout=f)
    aggregate_there = shipped(aggregate)
    # 3. Resolve per article: keyed records, and a partial (pairs of keys, findings) per partition.
    resolved = articles.pipe(command("--stage", "resolve", "--aggregate", aggregate_there), env=env, checkCode=True).persist()
    partial = lambda l: l.startswith('{"partial":')
    resolved_file = write("resolved.jsonl", resolved.filter(partial).collect())
    resolved_there = shipped(resolved_file)
    # 4. Check per series key: the records shuffled by key, each partition's keys checked.
    checked = (
        resolved.filter(lambda l: l.startswith('{"keyed":'))
        .map(lambda l: (series_key(l), l))
        .partitionBy(partitions, stable_hash).values()
        .pipe(command("--stage", "check", "--aggregate", aggregate_there, "--resolved", resolved_there),
              env=env, checkCode=True)
        .persist()
    )
    checked.filter(lambda l: not partial(l)).saveAsTextFile(os.path.join(reconciled, "series"))
    checked_file = write("checked.jsonl", checked.filter(partial).collect())
    # 5. Finalize on the driver: the part/whole check across articles, findings sorted.
    subprocess.run([driver_binary, "reconcile", "--stage", "finalize", *features, "--aggregate", aggregate,
                    "--out-dir", reconciled, resolved_file, checked_file], check=True)
    size = lambda p: os.path.getsize(p)
    return (
        f"reduced on the executors (through the driver: aggregate input {size(small)} bytes, "
        f"aggregate {size(aggregate)}, finalize input {size(resolved_file) + size(checked_file)})"
    )


if __name__ == "__main__":
    sys.exit(main())
