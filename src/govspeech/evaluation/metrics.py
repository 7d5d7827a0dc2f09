"""Matching a parse against gold, file by file, and the metrics of GUIDE §4.

Speeches are found near their title line; outline nodes match by offset (within
:data:`NODE_SLACK` characters of the gold marker); indicator rows match by overlapping
offsets and equal role. Headings and names are compared after :func:`norm`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from govspeech.evaluation.gold import GoldFile, GoldNode
from govspeech.evaluation.predict import PredictedNode, PredictedSpeech, quantity_rows

__all__ = ["FileScore", "NODE_SLACK", "Tally", "close", "norm", "norm_unit", "prf", "score_file"]

NODE_SLACK = 2  # characters a predicted node's start may differ from the gold marker's offset
SPEECH_SLACK = 10  # characters a predicted speech may start before or after its title line
Json = dict[str, Any]
Counts = tuple[int, int, int]  # true positives, false positives, false negatives


def norm(s: str | None) -> str:
    """Fold width, drop spaces and trailing punctuation, unify quotes: ``“稳增长”。`` → ``"稳增长"``."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    s = "".join(ch for ch in s if not ch.isspace()).casefold()
    return s.rstrip("。,，;；:：!！?？、.")


def norm_unit(u: str | None) -> str:
    """A unit for comparison: :func:`norm`, and 平米 read as 平方米."""
    u = norm(u)
    return {"平米": "平方米", "万平米": "万平方米"}.get(u, u)


def close(a: object, b: object) -> bool:
    """Whether two values are equal up to a relative 1e-6 (``None`` equals nothing)."""
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(y))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


class Tally:
    """Hits and totals per metric name."""

    def __init__(self) -> None:
        self.n: dict[str, tuple[int, int]] = {}

    def add(self, key: str, ok: bool = True, by: int = 1) -> None:
        hit, tot = self.n.get(key, (0, 0))
        self.n[key] = (hit + (by if ok else 0), tot + by)

    def merge(self, other: Tally) -> None:
        for key, (hit, tot) in other.n.items():
            h, t = self.n.get(key, (0, 0))
            self.n[key] = (h + hit, t + tot)

    def rate(self, key: str) -> float | None:
        hit, tot = self.n.get(key, (0, 0))
        return hit / tot if tot else None


@dataclass(slots=True)
class FileScore:
    """What one file contributes: rates, node and indicator counts, spurious speeches, details."""

    tally: Tally
    nodes: Counts
    indicators: Counts
    spurious: int
    details: list[str] = field(default_factory=list)


def score_file(gold: GoldFile, pred: list[PredictedSpeech]) -> FileScore:
    """Match one parse against its gold file."""
    t = Tally()
    details: list[str] = []
    spurious = _score_speeches(gold, pred, t, details)
    nodes = _score_nodes(gold, pred, t, details)
    indicators = _score_indicators(gold, pred, t, details)
    return FileScore(t, nodes, indicators, spurious, details)


def _score_speeches(gold: GoldFile, pred: list[PredictedSpeech], t: Tally, details: list[str]) -> int:
    """Speech count and found speeches; the number of predicted speeches matching none."""
    text = gold.text
    t.add("speech_count_exact", len(gold.speeches) == len(pred))
    used: set[int] = set()
    for g in gold.speeches:
        line_end = text.find("\n", g.start)
        line_end = len(text) if line_end < 0 else line_end
        hit = next((i for i, p in enumerate(pred) if i not in used
                    and g.start - SPEECH_SLACK <= p.start <= line_end + SPEECH_SLACK), None)
        t.add("speech_found", hit is not None)
        if hit is not None:
            used.add(hit)
        else:
            details.append(f"{gold.name}: speech not found at {g.start}: {text[g.start:g.start + 30]!r}")
    return len(pred) - len(used)


def _score_nodes(gold: GoldFile, pred: list[PredictedSpeech], t: Tally, details: list[str]) -> Counts:
    gnodes = [n for g in gold.speeches for n in g.nodes]
    pnodes = sorted((n for p in pred for n in p.nodes), key=lambda n: n.start)
    match = _match_nodes(gnodes, pnodes)
    inv = {p.start: gstart for gstart, p in match.items()}
    for g in gnodes:
        p = match.get(g.start)
        if p is None:
            details.append(f"{gold.name}: node missed: depth {g.depth} {g.anchor[:30]!r}")
            continue
        t.add("node_depth", p.depth == g.depth)
        t.add("node_parent", g.parent == (inv.get(p.parent) if p.parent is not None else None))
        ok = norm(p.heading) == norm(g.heading)
        t.add("node_heading", ok)
        if not ok:
            details.append(f"{gold.name}: heading {norm(p.heading)[:40]!r} != gold {norm(g.heading)[:40]!r}")
        if g.number is not None:
            t.add("node_number", p.number == g.number)
    starts = {g.start for g in gnodes}
    for p in pnodes:
        if not any(abs(p.start - s) <= NODE_SLACK for s in starts):
            details.append(f"{gold.name}: node false alarm at {p.start}: {gold.text[p.start:p.start + 30]!r}")
    tp = len(match)
    return tp, len(pnodes) - tp, len(gnodes) - tp


def _match_nodes(gnodes: list[GoldNode], pnodes: list[PredictedNode]) -> dict[int, PredictedNode]:
    """Gold start → the predicted node matched to it: the nearest unused start within the slack."""
    by_start: dict[int, list[int]] = {}
    for i, n in enumerate(pnodes):
        by_start.setdefault(n.start, []).append(i)
    taken: set[int] = set()
    match: dict[int, PredictedNode] = {}
    for g in gnodes:
        for d in sorted(range(-NODE_SLACK, NODE_SLACK + 1), key=abs):
            cand = next((i for i in by_start.get(g.start + d, []) if i not in taken), None)
            if cand is not None:
                taken.add(cand)
                match[g.start] = pnodes[cand]
                break
    return match


def _score_indicators(gold: GoldFile, pred: list[PredictedSpeech], t: Tally, details: list[str]) -> Counts:
    grows = [r for g in gold.speeches for r in g.indicators]
    prow = [q for p in pred for ind in p.indicators for q in quantity_rows(ind)]
    if gold.scopes is not None:  # rows outside the annotated ranges are neither misses nor false alarms
        prow = [q for q in prow if any(a <= q["start"] < b for a, b in gold.scopes)]
    used: set[int] = set()
    tp = fn = 0
    for g in grows:
        role = g.get("role", "level")
        cand = next((i for i, q in enumerate(prow) if i not in used and q["role"] == role
                     and q["start"] < g["end"] and g["start"] < q["end"]), None)
        if cand is None:
            if not g.get("optional"):
                fn += 1
                details.append(f"{gold.name}: indicator missed: {role} {g['text']!r} in {g.get('context', '')[:40]!r}")
            continue
        used.add(cand)
        if not g.get("optional"):
            tp += 1
            _score_fields(g, prow[cand], role, t, details, gold.name)
    fp = len(prow) - len(used)
    full = t.n.get("ind_full", (0, 0))[0]
    t.n["ind_counts"] = (full, tp + fp)  # (full records, predicted rows scored)
    for i, q in enumerate(prow):
        if i not in used:
            details.append(f"{gold.name}: indicator false alarm: {q['role']} "
                           f"{gold.text[q['start']:q['end']]!r} name={q.get('name')!r}")
    return tp, fp, fn


def _score_fields(g: Json, q: Json, role: str, t: Tally, details: list[str], name: str) -> None:
    """The fields of a found indicator row; a full record has role, value, unit, an overlapping
    name and, for a change, the direction right."""
    vu = close(q["value"], g["value"]) and norm_unit(q["unit"]) == norm_unit(g["unit"])
    t.add("ind_value_unit", vu)
    gn, qn = norm(g.get("name")), norm(q.get("name"))
    name_ok = not gn or (bool(qn) and (gn in qn or qn in gn))
    dir_ok = role != "change" or not g.get("direction") or q.get("direction") == g["direction"]
    t.add("ind_full", q["role"] == role and vu and name_ok and dir_ok)
    if g.get("name"):
        t.add("ind_name", qn == gn)
        t.add("ind_name_overlap", bool(qn) and (gn in qn or qn in gn))
    if role == "change" and g.get("direction"):
        t.add("ind_direction", q.get("direction") == g["direction"])
    if role == "change" and g.get("kind"):
        t.add("ind_kind", norm(q.get("kind")) == norm(g["kind"]))
    status_ok = (q.get("status") or "actual") == g.get("status", "actual")
    t.add("ind_status", status_ok)
    period_ok = norm(q.get("period")) == norm(g.get("period"))
    if g.get("period"):
        t.add("ind_period", period_ok)
    where = f"{role} {g['text']!r} in {g.get('context', '')[:40]!r}"
    if not name_ok:
        details.append(f"{name}: indicator name {q.get('name')!r} != gold {g.get('name')!r}: {where}")
    if not dir_ok:
        details.append(f"{name}: indicator direction {q.get('direction')!r} != gold {g.get('direction')!r}: {where}")
    if not status_ok:
        details.append(f"{name}: indicator status {q.get('status')!r} != gold {g.get('status', 'actual')!r}: {where}")
    if g.get("period") and not period_ok:
        details.append(f"{name}: indicator period {q.get('period')!r} != gold {g.get('period')!r}: {where}")
