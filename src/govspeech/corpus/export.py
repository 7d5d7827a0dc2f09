"""Stage 10: the Document out — JSON, an indented outline, and the JSON Schema.

>>> from govspeech import parse
>>> print(to_outline(parse("开幕讲话\\n同志们:\\n一、稳增长\\n(一)抓项目")))
# 开幕讲话
一、 稳增长
  (一) 抓项目
"""

from __future__ import annotations

import json
from typing import Any

from govspeech.models import Document, Point

INDENT = "  "


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """The Document as JSON, Chinese kept as written (not ``\\u`` escaped)."""
    return doc.model_dump_json(indent=indent)


def to_outline(doc: Document) -> str:
    """An indented, readable outline: each speech's title, then markers and headings."""
    lines: list[str] = []
    for k, speech in enumerate(doc.speeches):
        if k:
            lines.append("")
        lines.append(f"# {speech.title or '(untitled speech)'}")
        if speech.subtitle:
            lines.append(f"## {speech.subtitle}")
        for part in speech.parts:
            _outline_node(part, 0, lines)
    return "\n".join(lines)


def _outline_node(node: Point, depth: int, lines: list[str]) -> None:
    lines.append(f"{INDENT * depth}{node.marker} {node.heading}".rstrip())
    for child in node.points:
        _outline_node(child, depth + 1, lines)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`~govspeech.models.Document` (what ``to_json`` writes)."""
    return Document.model_json_schema(mode="serialization")


def json_schema_text() -> str:
    """:func:`json_schema` as indented JSON text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
