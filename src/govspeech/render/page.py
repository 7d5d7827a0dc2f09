"""A parse as one self-contained HTML page, and its compact notebook form.

The page holds everything inline (style, script, data) and loads nothing: a strict
Content-Security-Policy allows only its own script, by hash, so even markup that slipped
past escaping could neither run nor fetch. The template, style and script are package data
(``govspeech/data/render.*``).

>>> from govspeech import parse
>>> page = to_html(parse("同志们:\\n一、稳增长"), "同志们:\\n一、稳增长")
>>> page.startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from govspeech._version import __version__
from govspeech.corpus.tables import COLUMNS, indicator_rows
from govspeech.errors import InputError
from govspeech.models import Document, Noise, Speech
from govspeech.render.blocks import (
    indicator_table,
    noise_summary,
    outline_nav,
    plural,
    speech_block,
)
from govspeech.render.escape import script_json, text as escape_text
from govspeech.render.marks import text_spans
from govspeech.render.spans import weave

__all__ = ["notebook_html", "speech_to_html", "to_html"]

_SLOT = re.compile(r"\{\{(\w+)\}\}")
NOTEBOOK_ROWS = 50  # indicator rows in a notebook's compact view
NOTEBOOK_TEXT = 200_000  # longest text a notebook's compact view shows (characters)


@cache
def _asset(name: str) -> str:
    return (files("govspeech") / "data" / name).read_text(encoding="utf-8")


def _fill(template: str, slots: dict[str, str]) -> str:
    """Put each slot's HTML in place in one pass: text inserted is never read as a slot."""
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def to_html(doc: Document, text: str | None = None) -> str:
    """The whole page for ``doc``: outline, text with its marks, indicator table.

    Args:
        doc: A parsed document.
        text: The string its offsets refer to; defaults to ``doc.text`` (set by
            ``parse_file``). ``parse(s)`` keeps no copy of ``s``: pass ``s`` here.

    Returns:
        One HTML document, UTF-8, with no external resource.

    Raises:
        InputError: No text, or a text whose length is not ``doc.length``.

    >>> from govspeech import parse
    >>> s = "同志们:\\n一、稳增长\\n地区生产总值增长9.4%。"
    >>> "9.4%</mark>" in to_html(parse(s), s)
    True
    """
    original = doc.text if text is None else text
    if original is None:
        raise InputError("to_html needs the text the offsets refer to: parse(s) keeps no copy, "
                         "pass s as to_html(s)")
    if len(original) != doc.length:
        raise InputError(f"the text has {len(original)} characters, the Document was parsed "
                         f"from {doc.length}: offsets would point elsewhere")
    body = weave(original, text_spans(original, doc.speeches, doc.noise, speech_block))
    return _page(doc, doc.speeches, doc.noise, body)


def speech_to_html(speech: Speech, text: str) -> str:
    """The page for one speech: its slice of ``text`` with its outline and indicators.

    Args:
        speech: A speech of a parsed document.
        text: The string the document's offsets refer to (the whole input).
    """
    if speech.end > len(text):
        raise InputError(f"the speech ends at {speech.end}, the text has {len(text)} characters")
    spans = [dataclasses.replace(s, start=s.start - speech.start, end=s.end - speech.start)
             for s in text_spans(text, [speech], [], speech_block)]
    body = weave(text[speech.start:speech.end], spans)
    doc = Document.model_construct(length=len(text), speeches=[speech], noise=[])
    return _page(doc, [speech], [], body)


def _page(doc: Document, speeches: Sequence[Speech], noise: Sequence[Noise], body: str) -> str:
    script = _asset("render.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    title = next((s.title for s in speeches if s.title), None) or doc.path or "govspeech"
    # Rows as arrays under one list of column names: the keys are not repeated per row.
    columns = [name for name, _ in COLUMNS]
    rows = [[row[name] for name in columns] for row in indicator_rows(doc)]
    data = {"file": doc.path, "columns": columns, "rows": rows}
    return _fill(_asset("render.html"), {
        "title": escape_text(title),
        "meta": _meta(doc, speeches, noise, len(rows)),
        "noise": noise_summary(noise),
        "outline": outline_nav(speeches),
        "body": body,
        "count": str(len(rows)),
        "table": indicator_table(speeches),
        "css": _asset("render.css"),
        "data": script_json(data),
        "script_hash": f"sha256-{digest}",
        "js": script,
        "version": __version__,
    })


def _meta(
    doc: Document, speeches: Sequence[Speech], noise: Sequence[Noise], indicators: int
) -> str:
    parts = [
        doc.path or "",
        doc.format or "",
        doc.encoding or "",
        plural(doc.length, "character"),
        f"{len(speeches)} speech{'es' if len(speeches) != 1 else ''}",
        plural(indicators, "indicator"),
        plural(len(noise), "noise span"),
    ]
    return " · ".join(escape_text(p) for p in parts if p)


def notebook_html(
    speeches: Sequence[Speech], noise: Sequence[Noise] = (), text: str | None = None
) -> str:
    """The compact view a notebook shows: title blocks, outline, first indicators.

    It needs no script (a notebook may run none), and its style is scoped to the
    ``.gs-root`` element so it leaves the notebook's own alone. With ``text`` (the string
    the offsets refer to) of at most :data:`NOTEBOOK_TEXT` characters, the marked text
    follows in a scrolling box, collapsed.
    """
    count = sum(len(s.indicators) for s in speeches)
    parts = [
        f'<div class="gs-root gs-compact"><style>{_asset("render.css")}</style>',
        "".join(speech_block(k, s) for k, s in enumerate(speeches)),
        f"<details open><summary>Outline</summary>{outline_nav(speeches, links=False)}</details>",
        f"<details open><summary>Indicators ({count})</summary>",
        f"{indicator_table(speeches, limit=NOTEBOOK_ROWS, links=False)}</details>",
    ]
    if text is not None and len(text) <= NOTEBOOK_TEXT:
        # Title blocks are already above: the text's sections open without them.
        marked = weave(text, text_spans(text, speeches, noise, lambda k, s: ""))
        parts.append(f'<details><summary>Text</summary><div class="gs-textbox">{marked}</div></details>')
    parts.append(f'<p class="gs-legend">noise: {noise_summary(noise)} · '
                 "<code>to_html()</code> gives the full page</p></div>")
    return "".join(parts)
