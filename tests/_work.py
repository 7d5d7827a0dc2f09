"""Work counts for the linearity tests: the Python lines and calls a function runs.

A scan that rereads the text for every marker shows as work growing with the square of the
input. Counting that work is exact and does not depend on the machine's load, which a timed
assertion would; the time of a parse is the benchmark's business (``benchmarks/bench.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def work(fn: Callable[[], object]) -> int:
    """Lines run and functions called (Python and C) while ``fn()`` runs."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1  # a call, then each line it runs
        return trace

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


def growth(make: Callable[[int], str], fn: Callable[[str], object], size: int) -> float:
    """How many times the work grows when the input ``make(size)`` grows four times (the
    larger input is run once first, so the parser's caches are as warm for both)."""
    fn(make(4 * size))
    small = work(lambda: fn(make(size)))
    large = work(lambda: fn(make(4 * size)))
    return large / small
