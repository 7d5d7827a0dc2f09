"""Throughput of ``govspeech.parse`` (a script, not a test).

    python benchmarks/bench.py               # 100 KB, 1 MB, 10 MB + pathological inputs
    python benchmarks/bench.py --quick       # 100 KB and 1 MB only
    python benchmarks/bench.py --spacy       # also the pkuseg pipeline (benchmarks/bench_spacy.py)

Speech text is the dev texts beside the checkout (``../shared/gold/dev/texts``) when present,
else a generated speech, repeated to size. Every figure is characters per second, best of a
few rounds, and is reported with its ratio to a *reference* timed in the same run on the
same text: lines, a regex sentence split and a record per sentence, the least any
parser of this text must do in Python. The
ratio is what to compare across machines and runs.

    python benchmarks/bench.py --shapes      # only the hostile shapes: rate and peak memory

The last shape is a saved page of dense markup read through ``parse_file`` (HTML reader
and parse); its size counts the characters of the markup. Each row also gives the public
models the result holds per 1,000 characters (parts, points, sentences, indicators) and, at
1 MB, the share of the peak that is the returned tree itself: near 100 % means the peak is
the result's size, not the parser's working state.

Targets: parse ≥ 1,000,000 chars/s; the 10 MB rate within 30 % of the 100 KB rate;
indicators add ≤ 50 % to parse time; each pathological 1 MB input in under 5 s; every
hostile shape's peak memory at most 50 bytes per input character.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any
from pathlib import Path

import govspeech

HERE = Path(__file__).resolve().parent
DEV_TEXTS = HERE.parents[1] / "shared" / "gold" / "dev" / "texts"
SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}
PATHOLOGICAL_LIMIT = 5.0
_REFERENCE_SPLIT = re.compile(r"[^\n。!?]*[。!?]|[^\n]+")

GENERATED = """区委书记在全区经济工作会议上的讲话
同志们:
今天,我们召开全区经济工作会议,主要任务是总结工作,部署任务。
一、过去一年工作回顾
全年完成地区生产总值244.4亿元,同比增长9.4%;固定资产投资202亿元,增长9.8%。
——综合经济实力进一步增强。一是产业结构持续优化。二是项目建设成效明显。
二、今年的主要任务
(一)坚持项目带动。一要强化招商引资。二要加快项目建设,力争新开工项目30个。
(二)坚持民生优先。计划新增就业人员2.3万人,城镇登记失业率控制在4%以内。
同志们,让我们紧密团结起来,为实现全年目标任务而努力奋斗!
"""


def speech_text() -> str:
    files = sorted(DEV_TEXTS.glob("*.txt")) if DEV_TEXTS.is_dir() else []
    return "".join(f.read_text(encoding="utf-8") for f in files) or GENERATED


def best_of(fn: Callable[[], object], rounds: int) -> float:
    """Fastest wall time of ``rounds`` calls."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def reference(text: str) -> None:
    """The reference workload: the least a parser of this text does in Python — lines,
    sentences and a record per sentence with its offsets."""
    records = []
    offset = 0
    for line in text.split("\n"):
        for m in _REFERENCE_SPLIT.finditer(line):
            records.append({"text": m.group().strip(), "start": offset + m.start(), "end": offset + m.end()})
        offset += len(line) + 1


def interleaved(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Fastest wall time of each function, the functions taking turns round by round, so a
    slow spell of a shared machine falls on all of them rather than on one."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def throughput(base: str) -> dict[str, float]:
    rates: dict[str, float] = {}
    print(f"{'size':>7} {'parse chars/s':>15} {'tree only':>12} {'reference':>12} {'parse/ref':>10} {'indicators +%':>14}")
    for label, size in SIZES.items():
        text = (base * (size // len(base) + 1))[:size]
        rounds = 7 if size <= 1_000_000 else 3
        best = interleaved(
            {
                "full": lambda: govspeech.parse(text),  # noqa: B023 - called in this iteration
                "tree": lambda: govspeech.parse(text, indicators=False),  # noqa: B023
                "ref": lambda: reference(text),  # noqa: B023
            },
            rounds,
        )
        full, tree, ref = best["full"], best["tree"], best["ref"]
        rates[label] = size / full
        print(
            f"{label:>7} {size / full:>15,.0f} {size / tree:>12,.0f} {size / ref:>12,.0f}"
            f" {ref / full:>10.3f} {100 * (full - tree) / tree:>13.1f}%"
        )
    if "10 MB" in rates:
        drift = 100 * (rates["100 KB"] - rates["10 MB"]) / rates["100 KB"]
        print(f"10 MB rate vs 100 KB rate: {drift:+.1f} % slower (target within 30 %)")
    return rates


def pathological() -> None:
    base = speech_text()
    cases = {
        "1 MB of 一、 repeated": "一、" * 500_000,
        "1 MB without punctuation": ("发展经济改善民生" * 125_000)[:1_000_000],
        "1 MB on one line": (base.replace("\n", "") * (1_000_000 // len(base) + 1))[:1_000_000],
        "1 MB of nested markers": ("一、甲\n(一)乙。一是丙。——丁\n" * 60_000)[:1_000_000],
        # a page run into one line, a first item after every space
        "1 MB of spaced markers": ("工作安排 一、加强领导 " * 90_000)[:1_000_000],
        "1 MB of contents lines": ("一、部门职责………4\n说明。\n" * 70_000)[:1_000_000],
        "1 MB of an open style block": ("p {" + "color: red; " * 90_000)[:1_000_000],
    }
    for name, text in cases.items():
        seconds = best_of(lambda: govspeech.parse(text), 1)
        verdict = "ok" if seconds < PATHOLOGICAL_LIMIT else f"OVER {PATHOLOGICAL_LIMIT:.0f} s"
        print(f"{name:<28} {seconds:6.2f} s  {len(text) / seconds:>12,.0f} chars/s  {verdict}")


# Inputs once found to be slow or memory-hungry (one unit, repeated to size).
SHAPES = {
    "numbered lines": "1.项目建设完成投资3亿元\n",
    "nested markers": "一、甲\n(一)乙。一是丙。——丁\n",
    "digit run": "1234567890",
    "share chain": "1%1%占",
    "figures, one line": "地区生产总值增长9.4%,",
    "no punctuation": "发展经济改善民生",
}
# A saved page whose markup is denser than its text, read by parse_file as HTML.
HTML_UNIT = ('<div class="a"><p><span>发展经济</span><b>改善民生</b>,<a href="#">加强领导</a>。</p>'
             "<table><tr><td>地区生产总值</td><td>增长9.4%</td></tr></table></div>\n")
SHAPE_SIZES = {"1 MB": 1_000_000, "4 MB": 4_000_000}
MEMORY_LIMIT = 50  # bytes of peak memory per input character

# Run in a fresh interpreter, so each shape's peak is its own: the peak resident size
# during the parse minus the resident size just before it (Linux /proc).
_CHILD = """
import json, sys, time, tracemalloc
import govspeech

def status_kb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field))

unit, size, html = sys.stdin.read(), int(sys.argv[1]), sys.argv[2] == "html"
text = (unit * (size // len(unit) + 1))[:size]
govspeech.parse(unit[:2000])  # imports and tables loaded before the baseline
if html:
    import tempfile
    page = tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False)
    page.write(f"<html><body>{text}</body></html>")
    page.close()
    govspeech.parse_file(page.name)  # the HTML reader loaded too
before_kb = status_kb("VmRSS:")
start = time.perf_counter()
doc = govspeech.parse_file(page.name) if html else govspeech.parse(text)
seconds = time.perf_counter() - start
# VmHWM is this process's own peak; ru_maxrss would carry the parent's peak over the fork
peak_kb = status_kb("VmHWM:") - before_kb
models = sum(1 for _ in doc.walk()) + sum(
    1 + len(s.indicators) for sp in doc.speeches for s in sp.iter_sentences()
)
# Parse again under tracemalloc: how much of the peak is the returned tree itself
# (the resident size never shrinks back, so it cannot tell). Once per shape, at 1 MB:
# tracemalloc triples the time, and the share does not change with the size.
share = None
if size <= 1_000_000:
    del doc
    tracemalloc.start()
    doc = govspeech.parse_file(page.name) if html else govspeech.parse(text)
    held, traced_peak = tracemalloc.get_traced_memory()
    share = held / traced_peak
print(json.dumps({"seconds": seconds, "extra_kb": peak_kb, "models": models, "held": share}))
"""


def shape_run(unit: str, size: int, html: bool = False) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(size), "html" if html else "text"],
        input=unit, capture_output=True, text=True, check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def shapes(base: str) -> None:
    """Rate and peak memory per shape, with real text as the first row."""
    print(f"{'shape':<20} {'size':>5} {'chars/s':>12} {'peak MB':>9} {'bytes/char':>11}"
          f" {'tree/peak':>10} {'models/1k':>10}")
    rows = {"real text": base, **SHAPES, "html page": HTML_UNIT}
    for name, unit in rows.items():
        for label, size in SHAPE_SIZES.items():
            r = shape_run(unit, size, html=name == "html page")
            per_char = r["extra_kb"] * 1024 / size
            verdict = "" if per_char <= MEMORY_LIMIT else f"  OVER {MEMORY_LIMIT} B/char"
            print(f"{name:<20} {label:>5} {size / r['seconds']:>12,.0f} {r['extra_kb'] / 1024:>9.1f}"
                  f" {per_char:>11.1f} {'' if r['held'] is None else format(r['held'], '.0%'):>10}"
                  f" {r['models'] * 1000 / size:>10.1f}{verdict}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="100 KB and 1 MB only, no pathological inputs")
    ap.add_argument("--spacy", action="store_true", help="also time the pkuseg pipeline")
    ap.add_argument("--shapes", action="store_true", help="only the hostile shapes, with peak memory")
    args = ap.parse_args(argv)
    if args.shapes:
        shapes(speech_text())
        return 0
    if args.quick:
        SIZES.pop("10 MB")
    base = speech_text()
    print(f"govspeech {govspeech.__version__}, Python {sys.version.split()[0]}, base text {len(base):,} chars")
    throughput(base)
    if not args.quick:
        print()
        pathological()
        print()
        shapes(base)
    if args.spacy:
        sys.path.insert(0, str(HERE))
        import bench_spacy

        print()
        bench_spacy.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
