"""The Document out: JSON, an indented outline, and the JSON Schema.

>>> from govspeech import parse
>>> print(to_outline(parse("开幕讲话\\n同志们:\\n一、稳增长\\n(一)抓项目")))
# 开幕讲话
一、 稳增长
  (一) 抓项目
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Any

from govspeech.models import Document, Indicator, Point, Sentence

__all__ = [
    "INDENT",
    "format_number",
    "indicator_summary",
    "json_schema",
    "json_schema_text",
    "to_json",
    "to_outline",
]

INDENT = "  "
_ARROWS = {"up": "↑", "down": "↓", None: ""}


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """The Document as JSON, Chinese kept as written (not ``\\u`` escaped)."""
    return doc.model_dump_json(indent=indent)


def to_outline(doc: Document, *, text: str | None = None, indicators: bool = False) -> str:
    """An indented, readable outline: each speech's title, then markers and headings.

    Args:
        doc: A parsed document.
        text: The text ``doc`` was parsed from (``doc.text`` for a file): when given, each
            line starts with the line number of its node in that text, as an editor shows it.
        indicators: Also list each node's own figures under it, one per line, and those of
            the preamble and closing under the title.

    Returns:
        The outline, lines joined with ``\\n``; a list beside the parts (``Part.kind``
        ``list``) is flagged ``[list]``.
    """
    lines: list[str] = []
    gutter = _LineNumbers(text) if text is not None else None
    for k, speech in enumerate(doc.speeches):
        if k:
            lines.append("")
        lines.append(_located(gutter, speech.start, f"# {speech.title or '(untitled speech)'}"))
        if speech.subtitle:
            lines.append(_located(gutter, None, f"## {speech.subtitle}"))
        if indicators:
            _figures(speech.preamble, 1, gutter, lines)
        for part in speech.parts:
            flag = " [list]" if part.kind == "list" else ""
            _outline_node(part, 0, flag, gutter, indicators, lines)
        if indicators:
            _figures(speech.closing, 1, gutter, lines)
    return "\n".join(lines)


class _LineNumbers:
    """1-based line numbers of offsets into a text, and the gutter that shows them."""

    def __init__(self, text: str) -> None:
        self.breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        self.width = len(str(len(self.breaks) + 1))

    def of(self, offset: int) -> int:
        return bisect_right(self.breaks, offset - 1) + 1


def _located(gutter: _LineNumbers | None, offset: int | None, line: str) -> str:
    if gutter is None:
        return line.rstrip()
    number = "" if offset is None else str(gutter.of(offset))
    return f"{number:>{gutter.width}}  {line}".rstrip()


def _outline_node(
    node: Point, depth: int, flag: str, gutter: _LineNumbers | None, indicators: bool, lines: list[str]
) -> None:
    lines.append(_located(gutter, node.start, f"{INDENT * depth}{node.marker} {node.heading}{flag}"))
    if indicators:
        _figures(node.sentences, depth + 1, gutter, lines)
    for child in node.points:
        _outline_node(child, depth + 1, "", gutter, indicators, lines)


def _figures(sentences: list[Sentence], depth: int, gutter: _LineNumbers | None, lines: list[str]) -> None:
    for sentence in sentences:
        for ind in sentence.indicators:
            where = ind.start if ind.start is not None else sentence.start
            lines.append(_located(gutter, where, f"{INDENT * depth}· {indicator_summary(ind)}"))


def indicator_summary(ind: Indicator) -> str:
    """One line for an indicator: name, value and unit, change, period, status.

    >>> from govspeech.models import Change
    >>> indicator_summary(Indicator(name="地区生产总值", value=244.4, unit="亿元",
    ...     change=Change(kind="同比", direction="up", value=9.4, unit="%"), period="上半年"))
    '地区生产总值 244.4亿元, 同比↑9.4%, 上半年'
    """
    parts = [f"{ind.name or '?'} {format_number(ind.value)}{ind.unit or ''}".rstrip()]
    if ind.change is not None:
        change = ind.change
        parts.append(f"{change.kind or ''}{_ARROWS[change.direction]}{format_number(change.value)}{change.unit or ''}")
    if ind.period:
        parts.append(ind.period)
    if ind.status != "actual":
        parts.append(ind.status)
    return ", ".join(p for p in parts if p)


def format_number(value: float | None) -> str:
    """``244.4`` → ``244.4``, ``188.0`` → ``188``, ``None`` → ``""``."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`~govspeech.models.Document` (what ``to_json`` writes)."""
    return Document.model_json_schema(mode="serialization")


def json_schema_text() -> str:
    """:func:`json_schema` as indented JSON text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
