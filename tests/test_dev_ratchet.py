"""The shared gold sets as a ratchet: scores may rise, never fall below these floors.

Runs ``../shared/eval/score.py --json`` on each gold set (``dev``, and ``dev2``: web pages,
exports and scans of work reports) when the shared folder sits beside the checkout;
skipped (not failed) where it does not. Raise a floor when the parser improves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE = SHARED / "eval" / "score.py"

FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "speech_found": 1.0,
        "speech_count_exact": 1.0,
        "node_f1": 0.995,
        "node_depth_acc": 0.995,
        "node_parent_acc": 0.995,
        "node_heading_acc": 0.99,
        "node_number_acc": 0.995,
        "ind_f1": 0.99,
        "ind_full_f1": 0.96,
        "ind_value_unit_acc": 0.99,
        "ind_name_acc": 0.88,
        "ind_name_overlap_acc": 0.96,
        "ind_direction_acc": 0.99,
        "ind_status_acc": 0.995,
        "ind_period_acc": 0.995,
    },
    # dev2 measured: speech_found 1.0, node_f1 1.0, parent 1.0, heading 1.0; ind_f1 0.990,
    # ind_full_f1 0.916, name exact 0.711, name overlap 0.925, status 0.993, period 0.955
    # (period fell from 0.957 as listed bases began to match: the scorer dates a base row
    # with its level's period, where the base's own year is kept in base.period)
    "dev2": {
        "speech_found": 1.0,
        "speech_count_exact": 1.0,
        "node_f1": 0.995,
        "node_depth_acc": 0.995,
        "node_parent_acc": 0.995,
        "node_heading_acc": 0.995,
        "node_number_acc": 0.995,
        "ind_f1": 0.985,
        "ind_full_f1": 0.915,
        "ind_value_unit_acc": 0.99,
        "ind_name_acc": 0.705,
        "ind_name_overlap_acc": 0.922,
        "ind_direction_acc": 0.99,
        "ind_status_acc": 0.99,
        "ind_period_acc": 0.95,
    },
}

_SCORES: dict[str, dict[str, Any]] = {}


def _scores(gold: str) -> dict[str, Any]:
    """The scorer's metrics on one gold set, computed once per test session."""
    if not SCORE.exists() or not (SHARED / "gold" / gold).is_dir():
        pytest.skip(f"no shared gold set {gold} at {SHARED}")
    if gold not in _SCORES:
        out = subprocess.run(
            [sys.executable, str(SCORE), "--json", "--gold", str(SHARED / "gold" / gold)],
            capture_output=True, text=True, check=True, timeout=600,
        )
        _SCORES[gold] = json.loads(out.stdout.strip().splitlines()[-1])
    return _SCORES[gold]


@pytest.mark.parametrize(
    ("gold", "metric"), [(gold, metric) for gold, floors in FLOORS.items() for metric in sorted(floors)]
)
def test_dev_ratchet_metric_at_or_above_floor(gold: str, metric: str) -> None:
    scores = _scores(gold)
    assert scores[metric] is not None, f"{gold}: {metric} was not measured"
    assert scores[metric] >= FLOORS[gold][metric], f"{gold}: {metric} fell to {scores[metric]:.4f}"


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_dev_ratchet_no_spurious_speech(gold: str) -> None:
    assert _scores(gold)["speech_spurious"] == 0
