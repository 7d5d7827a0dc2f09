"""The shared gold dev set as a ratchet: scores may rise, never fall below these floors.

Runs ``../shared/eval/score.py --json`` when the shared folder sits beside the checkout;
skipped (not failed) where it does not. Raise a floor when the parser improves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

FLOORS: dict[str, float] = {
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
    "ind_status_acc": 0.99,
    "ind_period_acc": 0.99,
}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, Any]:
    if not SCORE.exists():
        pytest.skip(f"no shared dev set at {SCORE.parent.parent}")
    out = subprocess.run(
        [sys.executable, str(SCORE), "--json"], capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_ratchet_metric_at_or_above_floor(dev_scores: dict[str, Any], metric: str) -> None:
    assert dev_scores[metric] is not None, f"{metric} was not measured"
    assert dev_scores[metric] >= FLOORS[metric], f"{metric} fell to {dev_scores[metric]:.4f}"


def test_dev_ratchet_no_spurious_speech(dev_scores: dict[str, Any]) -> None:
    assert dev_scores["speech_spurious"] == 0
