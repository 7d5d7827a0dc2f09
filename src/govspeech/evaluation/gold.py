"""Gold annotations: a folder of ``NAME.json`` files and the ``texts/`` they annotate.

A gold file names its text (``"source"``) and lists its speeches; each speech has an
``anchor`` (the start of its title line), an ``outline`` of ``{anchor, marker, number,
heading, depth}`` entries and ``indicators`` of ``{text, context, role, value, unit, name,
…}`` entries. Anchors are found in order in the raw text, which turns them into offsets
(the format is described in ``docs/evaluation.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govspeech.errors import InputError

__all__ = ["GoldError", "GoldFile", "GoldNode", "GoldSpeech", "load_gold", "resolve_gold"]

Json = dict[str, Any]
Scope = tuple[int, int]


class GoldError(InputError):
    """A gold file is malformed, or one of its anchors is not in its text."""


@dataclass(slots=True)
class GoldNode:
    """An outline entry, its anchor resolved to the offset of its marker."""

    start: int
    depth: int
    parent: int | None  # the parent's start; None for depth 1
    marker: str
    number: int | None
    heading: str
    anchor: str


@dataclass(slots=True)
class GoldSpeech:
    """A speech's title offset, its outline and its indicator rows (dicts with offsets)."""

    title: str | None
    start: int
    nodes: list[GoldNode] = field(default_factory=list)
    indicators: list[Json] = field(default_factory=list)


@dataclass(slots=True)
class GoldFile:
    """One gold file: its name, the raw text, its speeches and indicator scopes.

    ``scopes`` is ``None`` when every indicator of the text is annotated; otherwise the
    ranges outside which quantities are neither misses nor false alarms.
    """

    name: str
    text: str
    speeches: list[GoldSpeech]
    scopes: list[Scope] | None


def load_gold(folder: str | Path) -> list[GoldFile]:
    """Every ``*.json`` file of ``folder`` with its text from ``folder/texts/``, resolved.

    Raises:
        GoldError: No gold file, a text is missing, or an anchor is not found in order.
    """
    root = Path(folder)
    if not root.is_dir():
        raise GoldError("not a folder of gold files", path=str(folder))
    out = []
    for path in sorted(root.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (root / "texts" / gold["source"]).read_text(encoding="utf-8")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"cannot read gold file or its text: {exc}", path=str(path)) from None
        out.append(resolve_gold(gold, text, path.name))
    if not out:
        raise GoldError("no gold files (NAME.json beside a texts/ folder)", path=str(folder))
    return out


def resolve_gold(gold: Json, text: str, name: str) -> GoldFile:
    """Turn the anchors of one gold file into offsets into ``text``.

    Raises:
        GoldError: An anchor is not found in order, or a depth jumps.
    """
    speeches: list[GoldSpeech] = []
    cursor = 0
    for si, sp in enumerate(gold["speeches"]):
        at = text.find(sp["anchor"], cursor)
        if at < 0:
            raise GoldError(f"speech {si} anchor not found after {cursor}: {sp['anchor']!r}", path=name)
        speeches.append(GoldSpeech(sp.get("title"), at))
        cursor = at
    bounds = [(s.start, speeches[k + 1].start if k + 1 < len(speeches) else len(text))
              for k, s in enumerate(speeches)]
    for si, (sp, (lo, hi)) in enumerate(zip(gold["speeches"], bounds)):
        speeches[si].nodes = _nodes(sp, text, lo, hi, f"{name}: speech {si}")
        speeches[si].indicators = _indicators(sp, text, lo, hi, f"{name}: speech {si}")
    scopes = _scopes(gold["speeches"], text, bounds, name)
    if scopes is not None:
        for speech in speeches:
            outside = [r for r in speech.indicators if not any(a <= r["start"] < b for a, b in scopes)]
            if outside:
                raise GoldError(f"indicator {outside[0]['text']!r} lies outside indicator_scope", path=name)
    return GoldFile(name, text, speeches, scopes)


def _nodes(sp: Json, text: str, lo: int, hi: int, where: str) -> list[GoldNode]:
    """The outline of one speech; a node's parent is the nearest earlier node one level up."""
    nodes: list[GoldNode] = []
    stack: list[GoldNode] = []
    cur = lo
    for ni, node in enumerate(sp.get("outline", [])):
        at = text.find(node["anchor"], cur, hi)
        if at < 0:
            raise GoldError(f"{where} node {ni} anchor not found in order: {node['anchor']!r}")
        depth = int(node["depth"])
        if depth < 1 or depth > len(stack) + 1:
            raise GoldError(f"{where} node {ni} depth {depth} jumps (previous depth {len(stack)})")
        stack = stack[: depth - 1]
        parent = stack[-1].start if stack else None
        rec = GoldNode(at, depth, parent, node["marker"], node.get("number"), node["heading"], node["anchor"])
        nodes.append(rec)
        stack.append(rec)
        cur = at + 1
    return nodes


def _indicators(sp: Json, text: str, lo: int, hi: int, where: str) -> list[Json]:
    """Indicator rows with ``start``/``end``: the ``text`` found inside its ``context``."""
    rows: list[Json] = []
    cur = lo
    for ii, ind in enumerate(sp.get("indicators", [])):
        ctx = ind.get("context") or ind["text"]
        at = text.find(ctx, cur, hi)
        if at < 0:
            raise GoldError(f"{where} indicator {ii} context not found in order: {ctx!r}")
        inner = ctx.find(ind["text"])
        if inner < 0:
            raise GoldError(f"{where} indicator {ii} text {ind['text']!r} not in its context")
        rows.append({**ind, "start": at + inner, "end": at + inner + len(ind["text"])})
        cur = at
    return rows


def _scopes(speeches: list[Json], text: str, bounds: list[Scope], name: str) -> list[Scope] | None:
    """The annotated ranges, or ``None`` when every speech annotates all its indicators.

    A speech may annotate part of itself (``indicator_scope``: ``[from_anchor, to_anchor
    or null]`` pairs); a speech without ``indicators`` annotates none.
    """
    if all("indicators" in sp and "indicator_scope" not in sp for sp in speeches):
        return None
    scopes: list[Scope] = []
    for si, (sp, (lo, hi)) in enumerate(zip(speeches, bounds)):
        if "indicators" not in sp:
            continue
        if "indicator_scope" not in sp:
            scopes.append((0 if si == 0 else lo, hi))
            continue
        for a, b in sp["indicator_scope"]:
            s0 = text.find(a, lo, hi)
            s1 = hi if b is None or s0 < 0 else text.find(b, s0, hi)
            if s0 < 0 or s1 < 0:
                raise GoldError(f"speech {si} indicator_scope anchor not found: {b if s0 >= 0 else a!r}",
                                path=name)
            scopes.append((s0, s1))
    return scopes
