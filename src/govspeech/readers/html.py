"""The main text of an HTML page, one line per block, table cells tab-separated."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["html_text"]

_DROPPED = ["script", "style", "noscript", "template", "iframe", "object", "svg", "canvas",
            "nav", "aside", "footer", "select", "button", "textarea"]  # fmt: skip
_BLOCKS = ("address, article, blockquote, br, caption, center, dd, details, dialog, div, dl, "
           "dt, fieldset, figcaption, figure, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, "
           "legend, li, main, menu, ol, p, pre, section, summary, table, tr, ul")  # fmt: skip
_LINE, _CELL = "\x1e", "\x1f"  # record/unit separators mark block and cell edges
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SEGMENT_BREAK = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[{_CJK}])")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_LINE_BREAKS = re.compile(f"[ {_LINE}]*{_LINE}[ {_LINE}]*")


def html_text(markup: str) -> str:
    """The text of the page's one ``<main>``/``<article>``, else of ``<body>``."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    del markup
    tree.strip_tags(_DROPPED)
    root: LexborNode | None = tree.body
    for tag in ("main", "article"):
        found = tree.css(tag)
        if len(found) == 1:
            root = found[0]
            break
    if root is None:
        return ""
    for node in root.css(_BLOCKS):
        node.insert_before(_LINE)
        node.insert_after(_LINE)
    for node in root.css("td, th"):
        node.insert_before(_CELL)
    raw = root.text(deep=True, separator="")
    del tree
    raw = _HTML_SPACE.sub(" ", _SEGMENT_BREAK.sub("", raw))
    lines = (_cells(line) for line in _LINE_BREAKS.split(raw))
    return "\n".join(line for line in lines if line)


def _cells(line: str) -> str:
    if _CELL not in line:
        return line.strip()
    return "\t".join(cell.strip() for cell in line.split(_CELL) if cell.strip())
