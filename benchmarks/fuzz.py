"""A long fuzz run of ``govspeech.parse`` (a script, not part of the test suite).

    python benchmarks/fuzz.py --minutes 30            # genre-aware inputs for half an hour
    python benchmarks/fuzz.py --minutes 1             # a short run

Inputs come from the same hypothesis strategies as the property tests
(``tests/_invariants.py``: markers, units, boilerplate, Traditional text with pinyin,
CR/CRLF, surrogates, zero-width characters, figure chains) and every parse is checked
with the same invariants, plus: its JSON serialises, and a short input parses in well
under a second. A failing input is shrunk by hypothesis and appended to
``tests/fixtures/hostile_regressions.jsonl``, which the test suite replays.
Prints the number of inputs tried, crashes and invariant violations; exits 1 on any.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests"
sys.path.insert(0, str(TESTS))

from _invariants import FRAGMENTS, any_text, check  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import govspeech  # noqa: E402

REGRESSIONS = TESTS / "fixtures" / "hostile_regressions.jsonl"
BATCH = 2_000  # examples per hypothesis run; runs repeat until the time is up
SLOW = 1.0  # seconds: an input of a few hundred characters taking longer is a failure

inputs = st.one_of(
    any_text,
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=120).map("".join),
)


class Slow(AssertionError):
    """A short input took too long: a sign of super-linear work."""


def run(minutes: float) -> int:
    deadline = time.monotonic() + 60 * minutes
    tried = 0
    failures: list[tuple[str, str]] = []
    last: list[str] = [""]

    @settings(
        max_examples=BATCH, deadline=None, database=None, derandomize=False,
        suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
    )
    @given(inputs)
    def one(text: str) -> None:
        nonlocal tried
        tried += 1
        last[0] = text
        start = time.perf_counter()
        doc = govspeech.parse(text)
        check(text, doc)
        doc.model_dump_json()
        if time.perf_counter() - start > SLOW:
            # a shared machine has slow spells: only an input slow twice over is reported
            start = time.perf_counter()
            govspeech.parse(text)
            if time.perf_counter() - start > SLOW:
                raise Slow(f"{len(text)} characters took over {SLOW} s")

    while time.monotonic() < deadline:
        try:
            one()
        except Exception as exc:  # noqa: BLE001 - every failure is recorded, the run goes on
            failures.append((last[0], f"{type(exc).__name__}: {str(exc)[:200]}"))
            print(f"failure: {failures[-1][1]} on {last[0][:80]!r}", flush=True)
        print(f"{tried:,} inputs, {len(failures)} failures, {time.monotonic() - deadline:+.0f} s", flush=True)
    if failures:
        with REGRESSIONS.open("a", encoding="utf-8") as out:
            for text, _ in failures:
                out.write(json.dumps(text) + "\n")
    crashes = sum(1 for _, why in failures if not why.startswith(("AssertionError", "Slow")))
    print(f"done: {tried:,} inputs in {minutes:g} min, {crashes} crashes, "
          f"{len(failures) - crashes} invariant violations")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="how long to run (default 30)")
    args = ap.parse_args(argv)
    return run(args.minutes)


if __name__ == "__main__":
    sys.exit(main())
