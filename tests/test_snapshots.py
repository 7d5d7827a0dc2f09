"""Whole-document snapshots: ``tests/snapshots/NAME.txt`` parses to ``NAME.json``.

The JSON is ``Document.model_dump_json(indent=2)``. Regenerate with
``pytest tests/test_snapshots.py --update-snapshots`` and review the diff against the
GUIDE before keeping it: a snapshot of a wrong tree is a bug, not a reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govspeech

SNAPSHOTS = Path(__file__).parent / "snapshots"
NAMES = sorted(p.stem for p in SNAPSHOTS.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_snapshots_document(name: str, update_snapshots: bool) -> None:
    text = (SNAPSHOTS / f"{name}.txt").read_text(encoding="utf-8")
    actual = govspeech.parse(text).model_dump_json(indent=2) + "\n"
    expected_path = SNAPSHOTS / f"{name}.json"
    if update_snapshots:
        expected_path.write_text(actual, encoding="utf-8")
        return
    if not expected_path.exists():
        pytest.fail(f"no snapshot {expected_path.name}: run pytest --update-snapshots and review it")
    assert actual == expected_path.read_text(encoding="utf-8")


def test_snapshots_every_text_has_its_json() -> None:
    assert NAMES
    assert sorted(p.stem for p in SNAPSHOTS.glob("*.json")) == NAMES
