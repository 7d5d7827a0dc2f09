"""A parse flattened the way gold is: outline nodes with depth and parent, quantity rows.

Only the public JSON contract of GUIDE §4 is read, so what is scored is what a user gets.
A parsed Indicator yields one row for its value and one each for its ``change`` and
``base``; rows match gold rows by overlapping offsets and equal role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govspeech.models import Document, Indicator, Point

__all__ = ["PredictedNode", "PredictedSpeech", "flatten_document", "quantity_rows"]

Json = dict[str, Any]


@dataclass(slots=True)
class PredictedNode:
    """A parsed part or point: its offset, depth, the parent's offset and its fields."""

    start: int
    depth: int
    parent: int | None
    marker: str
    number: int | None
    heading: str


@dataclass(slots=True)
class PredictedSpeech:
    """A parsed speech: where it starts, its nodes and its indicators in document order."""

    title: str | None
    start: int
    nodes: list[PredictedNode] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)


def flatten_document(doc: Document) -> list[PredictedSpeech]:
    """Every speech of ``doc`` with its outline flattened depth first."""
    speeches = []
    for speech in doc.speeches:
        nodes: list[PredictedNode] = []
        for part in speech.parts:
            _walk(part, 1, None, nodes)
        speeches.append(PredictedSpeech(speech.title, speech.start, nodes, _unique(speech.indicators)))
    return speeches


def _walk(node: Point, depth: int, parent: int | None, out: list[PredictedNode]) -> None:
    out.append(PredictedNode(node.start, depth, parent, node.marker, node.number, node.heading))
    for child in node.points:
        _walk(child, depth + 1, node.start, out)


def _unique(indicators: list[Indicator]) -> list[Indicator]:
    """Each indicator once: the same quantity attached twice is one prediction."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ind in indicators:
        key = (ind.start, ind.end, ind.value, ind.unit,
               *((q.start, q.end, q.value) if q else (None, None, None) for q in (ind.change, ind.base)))
        if key not in seen:
            seen.add(key)
            out.append(ind)
    return out


def quantity_rows(ind: Indicator) -> list[Json]:
    """The rows of one indicator: ``level`` (when it has a value), ``change``, ``base``."""
    rows: list[Json] = []
    common = {"name": ind.name, "status": ind.status, "period": ind.period}
    if ind.value is not None and ind.start is not None:
        rows.append({"role": "level", "start": ind.start, "end": ind.end, "value": ind.value,
                     "unit": ind.unit, **common})
    if ind.change is not None and ind.change.start is not None:
        c = ind.change
        rows.append({"role": "change", "start": c.start, "end": c.end, "value": c.value, "unit": c.unit,
                     "kind": c.kind, "direction": c.direction, **common})
    if ind.base is not None and ind.base.start is not None:
        b = ind.base
        rows.append({"role": "base", "start": b.start, "end": b.end, "value": b.value, "unit": b.unit,
                     "kind": None, "direction": None, **common})
    return rows
