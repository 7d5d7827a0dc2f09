"""Benchmark ``govspeech batch`` on a generated corpus: throughput, speed-up, peak memory.

    python benchmarks/bench_batch.py [--mb 50] [--jobs 1 2] [--keep DIR]

The corpus is made of variations of the dev speeches (paragraphs shuffled inside each
part, parts reordered and renumbered, figures changed) written as UTF-8, GB18030 and
UTF-16 text, saved HTML pages and Word files. Each configuration runs in a fresh
process; peak memory is the largest sum of the RSS of that process and its workers,
sampled every 20 ms, so it is the memory the whole run needs at once.
Targets: speed-up >= 1.7x with 2 jobs on 2 cores, peak memory < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from govspeech.numerals import to_chinese

DEV_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev" / "texts"
PART = re.compile(r"^[一二三四五六七八九十]+、")
FIGURE = re.compile(r"\d+(?:\.\d+)?")
RUNNER = """
import json, sys
from govspeech.corpus.batch import run_batch
if __name__ == "__main__":
    summary = run_batch([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), progress=False)
    print(json.dumps({"ok": summary.ok, "failed": summary.failed, "chars": summary.chars,
                      "seconds": summary.seconds}))
"""


def variant(text: str, rng: random.Random) -> str:
    """A new speech from ``text``: parts reordered and renumbered, paragraphs shuffled."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if PART.match(line)]
    if len(starts) < 2:
        body = lines[2:]
        rng.shuffle(body)
        return "\n".join(lines[:2] + body)
    head, tail = lines[: starts[0]], lines[starts[-1] :]
    parts = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    parts[-1] = tail[: max(1, len(tail) // 2)]  # keep the closing lines out of the shuffle
    closing = tail[len(parts[-1]) :]
    rng.shuffle(parts)
    out = list(head)
    for number, part in enumerate(parts, 1):
        body = part[1:]
        rng.shuffle(body)
        out.append(PART.sub(f"{to_chinese(number)}、", part[0]))
        out.extend(body)
    text = "\n".join(out + closing)
    return FIGURE.sub(lambda m: f"{float(m.group()) * rng.uniform(0.8, 1.2):.1f}", text)


def write_file(path: Path, text: str, rng: random.Random) -> Path:
    """Write ``text`` in a format and encoding drawn at random; return the file written."""
    roll = rng.random()
    if roll < 0.60:
        target = path.with_suffix(".txt")
        target.write_text(text, encoding="utf-8")
    elif roll < 0.80:
        target = path.with_suffix(".txt")
        target.write_bytes(text.encode("gb18030"))
    elif roll < 0.85:
        target = path.with_suffix(".txt")
        target.write_bytes(text.encode("utf-16"))
    elif roll < 0.97:
        target = path.with_suffix(".html")
        paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
        page = f"<html><head><meta charset='utf-8'></head><body><nav>首页</nav>{paragraphs}</body></html>"
        target.write_text(page, encoding="utf-8")
    else:
        import docx

        target = path.with_suffix(".docx")
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(target))
    return target


def make_corpus(folder: Path, megabytes: float, texts: Path, seed: int = 2024) -> tuple[int, int]:
    """Write at least ``megabytes`` of speeches into ``folder``; return (files, bytes)."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(texts.glob("*.txt"))]
    if not sources:
        sys.exit(f"no speeches in {texts}")
    total = files = 0
    while total < megabytes * 1_000_000:
        text = variant(rng.choice(sources), rng)
        target = write_file(folder / f"speech_{files:05d}", text, rng)
        total += target.stat().st_size
        files += 1
    return files, total


def run(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run one batch in a fresh process; return its summary, CPU time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_before = _busy()
    process = psutil.Popen(
        [sys.executable, "-c", RUNNER, str(corpus), str(out), str(jobs)],
        stdout=subprocess.PIPE,
        text=True,
    )
    peak = peak_single = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_single
        while not done.is_set():
            try:
                tree = [process, *process.children(recursive=True)]
                sizes = [p.memory_info().rss for p in tree]
            except psutil.Error:
                continue
            peak, peak_single = max(peak, sum(sizes)), max(peak_single, *sizes)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    done.set()
    sampler.join()
    if process.returncode:
        sys.exit(f"batch with -j {jobs} failed (exit {process.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its reaped workers
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result: dict[str, float] = json.loads(stdout.strip().splitlines()[-1])
    # CPU the rest of the machine used meanwhile: timings are only fair when it is ~0.
    others = max(0.0, _busy() - busy_before - cpu)
    result.update(peak_mb=peak / 2**20, peak_single_mb=peak_single / 2**20, cpu=cpu, others=others)
    return result


def _busy() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--texts", type=Path, default=DEV_TEXTS, help="folder of speeches to vary")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govspeech-bench-") as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files, size = make_corpus(corpus, args.mb, args.texts)
        print(
            f"corpus: {files} files, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        results = {}
        for jobs in args.jobs:
            r = results[jobs] = run(corpus, Path(tmp) / f"out-j{jobs}.jsonl", jobs)
            print(
                f"-j {jobs}: {r['ok']:.0f} files ({r['failed']:.0f} failed), {r['chars'] / 1e6:.1f} M chars"
                f" in {r['seconds']:.1f} s ({r['cpu']:.1f} CPU s) = {r['chars'] / r['seconds']:,.0f} chars/s;"
                f" peak RSS {r['peak_mb']:.0f} MB (largest process {r['peak_single_mb']:.0f} MB)"
            )
            if r["others"] > 0.1 * r["seconds"]:
                print(f"  warning: other processes used {r['others']:.1f} CPU s meanwhile")
        base = min(args.jobs)
        for jobs in args.jobs:
            if jobs != base:
                speedup = results[base]["seconds"] / results[jobs]["seconds"]
                print(f"speed-up -j {jobs} over -j {base}: {speedup:.2f}x")


if __name__ == "__main__":
    main()
