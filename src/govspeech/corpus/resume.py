"""What an earlier run left in the output file, for ``run_batch(resume=True)``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["resume_state", "rows_from_jsonl"]


def resume_state(out: Path) -> tuple[set[str], int]:
    """Absolute paths already in ``out`` and the byte length of its complete lines.

    A run that was killed may have left half a line at the end: it is cut off, so the
    lines appended next stay valid JSON Lines.
    """
    done: set[str] = set()
    if not out.exists():
        return done, 0
    good = 0
    with open(out, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            try:
                path = json.loads(raw).get("path")
            except ValueError:
                break
            if path:
                done.add(os.path.abspath(path))
            good += len(raw)
    with open(out, "r+b") as f:
        f.truncate(good)
    return done, good


def rows_from_jsonl(out: Path, end: int) -> Iterator[dict[str, object]]:
    """Indicator rows of the Documents in the first ``end`` bytes of ``out``."""
    from govspeech.corpus import tables
    from govspeech.models import Document

    with open(out, "rb") as f:
        while f.tell() < end:
            raw = f.readline()
            try:
                doc = Document.model_validate_json(raw)
            except ValueError:
                # pydantic's JSON reader refuses the \udcXX escapes of a non-UTF-8 file
                # name; Python's reads them back.
                doc = Document.model_validate(json.loads(raw))
            path = doc.path
            yield from tables.indicator_rows(doc, file=_printable(path) if path else path)


def _printable(path: str) -> str:
    return path.encode("utf-8", errors="backslashreplace").decode("utf-8")
