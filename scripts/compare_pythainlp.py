#!/usr/bin/env python3
"""PyThaiNLP beside CivicBot on the same corpus: the usual Python choice for a Thai bot.

Measures PyThaiNLP's `normalize` + `word_tokenize(engine="newmm")` per message (what a Python bot
does before it can even look for an intent), on the corpus `civicbot bench` ran, and prints its
messages/s, p50 and p99 in microseconds, import and dictionary load time, and peak RSS; with
`--ours`, the ratio beside CivicBot's `understand` figures. Not run by CI.

    python3 -m venv /tmp/pyt && /tmp/pyt/bin/pip install 'pythainlp==5.*'
    swift build -c release
    .build/release/civicbot bench --json --write-corpus /tmp/corpus.txt > /tmp/bench.json
    /tmp/pyt/bin/python scripts/compare_pythainlp.py /tmp/corpus.txt --ours /tmp/bench.json

The last line of stdout is one JSON object with both sides and the ratios.
"""

import argparse
import json
import resource
import sys
import time


def percentile(sorted_values, q):
    """Nearest-rank percentile, as `civicbot bench` computes it."""
    if not sorted_values:
        return 0
    rank = -(-q * len(sorted_values) // 1)  # ceil
    rank = int(min(max(rank, 1), len(sorted_values)))
    return sorted_values[rank - 1]


def peak_rss_mb():
    """VmHWM from /proc/self/status (ru_maxrss where /proc is missing), MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_ours(path):
    """The last JSON object line of a `civicbot bench --json` output file."""
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip().startswith("{")]
    if not lines:
        sys.exit(f"{path}: no JSON line from civicbot bench --json")
    return json.loads(lines[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="corpus file, one message a line (civicbot bench --write-corpus FILE)")
    parser.add_argument("--messages", type=int, default=20_000, help="messages to time, cycling the corpus (default 20000)")
    parser.add_argument("--ours", help="output of civicbot bench --json, to print the ratios")
    parser.add_argument("--engine", default="newmm", help="word_tokenize engine (default newmm)")
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        corpus = [line.rstrip("\r\n") for line in f if line.strip()]
    if not corpus:
        sys.exit(f"{args.corpus}: no messages")

    rss_before = peak_rss_mb()
    t0 = time.perf_counter_ns()
    try:
        import pythainlp
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import normalize
    except ImportError:
        sys.exit("pythainlp is not installed: python3 -m venv /tmp/pyt && /tmp/pyt/bin/pip install 'pythainlp==5.*'")
    t1 = time.perf_counter_ns()
    word_tokenize(normalize("เชียงใหม่มีวิทยากรกี่คน"), engine=args.engine)  # loads the dictionary
    t2 = time.perf_counter_ns()
    import_ms = (t1 - t0) / 1e6
    load_ms = (t2 - t1) / 1e6
    print(f"pythainlp {pythainlp.__version__}, engine {args.engine}: import {import_ms:.0f} ms, "
          f"dictionary load (first call) {load_ms:.0f} ms", file=sys.stderr)

    for text in corpus:  # warm-up pass, as civicbot bench does
        word_tokenize(normalize(text), engine=args.engine)

    samples = []
    clock = time.perf_counter_ns
    start = clock()
    for n in range(args.messages):
        text = corpus[n % len(corpus)]
        a = clock()
        word_tokenize(normalize(text), engine=args.engine)
        samples.append(clock() - a)
    total = clock() - start
    samples.sort()
    theirs = {
        "msgs_per_sec": round(args.messages * 1e9 / total),
        "p50_us": round(percentile(samples, 0.50) / 1000, 1),
        "p99_us": round(percentile(samples, 0.99) / 1000, 1),
        "import_ms": round(import_ms, 1),
        "dictionary_load_ms": round(load_ms, 1),
        "rss_mb": round(peak_rss_mb(), 1),
        "rss_mb_before_import": round(rss_before, 1),
    }
    result = {"pythainlp": theirs, "version": pythainlp.__version__, "corpus_messages": len(corpus), "messages": args.messages}

    rows = [
        ("messages/s", f"{theirs['msgs_per_sec']}"),
        ("p50 µs", f"{theirs['p50_us']}"),
        ("p99 µs", f"{theirs['p99_us']}"),
        ("start (import + dictionary) ms", f"{import_ms + load_ms:.0f}"),
        ("peak RSS MiB", f"{theirs['rss_mb']}"),
    ]
    if args.ours:
        ours = read_ours(args.ours)
        u = ours["understand"]
        start_ms = import_ms + load_ms
        result["ours"] = ours
        result["ratio"] = {
            "msgs_per_sec": round(u["msgs_per_sec"] / theirs["msgs_per_sec"], 1),
            "p50": round(theirs["p50_us"] / u["p50_us"], 1) if u["p50_us"] else None,
            "p99": round(theirs["p99_us"] / u["p99_us"], 1) if u["p99_us"] else None,
            "start": round(start_ms / ours["cold_start_ms"], 1) if ours.get("cold_start_ms") else None,
            "rss": round(theirs["rss_mb"] / ours["rss_mb"], 1) if ours.get("rss_mb") else None,
        }
        ours_values = [u["msgs_per_sec"], u["p50_us"], u["p99_us"], ours.get("cold_start_ms"), ours.get("rss_mb")]
        ratios = [result["ratio"][k] for k in ("msgs_per_sec", "p50", "p99", "start", "rss")]
        print(f"{'':34}{'PyThaiNLP':>12}{'CivicBot':>12}{'ratio':>8}")
        for (name, value), mine, ratio in zip(rows, ours_values, ratios):
            print(f"{name:34}{value:>12}{str(mine):>12}{(str(ratio) + 'x') if ratio else '':>8}")
        print("(CivicBot: understand = normalise + intent + slots; start = process start to first answer; "
              "PyThaiNLP: normalize + word_tokenize only, and its start excludes the interpreter)")
    else:
        for name, value in rows:
            print(f"{name:34}{value:>12}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
