"""Throughput of the pkuseg pipeline against bare spacy-pkuseg segmentation.

    python benchmarks/bench_spacy.py            # the dev texts, else a generated speech
    python benchmarks/bench_spacy.py FILE...    # these texts

Both are timed on the same text in the same run, alternating, best of several rounds:

- ``segment``: ``spacy_pkuseg.pkuseg(...).cut(text)`` on the CTB8 model;
- ``pipeline``: ``govspeech.load(segmenter="pkuseg")(text)``: the same segmentation
  plus Doc construction, ``govspeech.parse`` and both components.

The target is a pipeline at ≥ 80 % of bare segmentation throughput.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import govspeech
from govspeech.spacy_plugin.segmenter import load_segmenter

DEV_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev" / "texts"
ROUNDS = 5
TARGET = 0.80


def run(text: str, *, rounds: int = ROUNDS) -> dict[str, Any]:
    """Time bare segmentation, ``govspeech.parse`` and the pkuseg pipeline on ``text``.

    Args:
        text: The text to process, as one document.
        rounds: Timed rounds; the fastest of each is kept.

    Returns:
        ``chars``, the characters per second of ``segment``, ``parse`` and ``pipeline``,
        and ``ratio`` (pipeline / segment throughput).
    """
    segmenter = load_segmenter()
    nlp = govspeech.load(segmenter="pkuseg")
    tasks: dict[str, Callable[[], object]] = {
        "segment": lambda: segmenter.cut(text),
        "parse": lambda: govspeech.parse(text),
        "pipeline": lambda: nlp(text),
    }
    for task in tasks.values():  # warm caches outside the timing
        task()
    best = {name: float("inf") for name in tasks}
    for _ in range(rounds):
        for name, task in tasks.items():
            start = time.perf_counter()
            task()
            best[name] = min(best[name], time.perf_counter() - start)
    result: dict[str, Any] = {"chars": len(text)}
    for name, seconds in best.items():
        result[f"{name}_chars_per_s"] = len(text) / seconds
    result["ratio"] = result["pipeline_chars_per_s"] / result["segment_chars_per_s"]
    return result


def generated_text(repeats: int = 40) -> str:
    """A speech-shaped text with parts, points and figures, for when no texts are given."""
    parts = []
    for n, numeral in enumerate("一二三四五六七八九十", start=1):
        parts.append(
            f"{numeral}、第{numeral}方面的工作\n"
            f"(一)经济运行\n全年地区生产总值完成{200 + n}.4亿元,同比增长{n}.5%。"
            f"固定资产投资{100 + n}亿元,增长{10 + n}%;实际利用外资{9000 + n}万美元。\n"
            f"(二)民生保障\n新增城镇就业{n}.3万人,城镇居民人均可支配收入增长{n}.1%。\n"
        )
    return "在全市经济工作会议上的讲话\n同志们:\n" + "".join(parts) * (repeats // 10)


def main(argv: list[str]) -> int:
    if argv:
        texts = [Path(p).read_text(encoding="utf-8") for p in argv]
        source = f"{len(texts)} file(s)"
    elif DEV_TEXTS.is_dir() and any(DEV_TEXTS.glob("*.txt")):
        texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_TEXTS.glob("*.txt"))]
        source = f"{len(texts)} dev text(s) in {DEV_TEXTS}"
    else:
        texts = [generated_text()]
        source = "a generated speech"
    result = run("\n\n".join(texts))
    print(f"text: {source}, {result['chars']:,} characters")
    for name in ("segment", "parse", "pipeline"):
        print(f"{name:>9}: {result[f'{name}_chars_per_s']:>12,.0f} chars/s")
    verdict = "meets" if result["ratio"] >= TARGET else "misses"
    print(
        f"    ratio: {result['ratio']:.1%} of bare segmentation ({verdict} the {TARGET:.0%} target)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
