"""The main text of an HTML page, one line per block, table cells tab-separated.

The work is linear in the size of the page whatever its markup. An HTML tree builder
checks the stack of open elements at every start tag, so 100,000 nested ``<div>`` cost
it quadratic time (31 s for 18 characters): the tags nested deeper than
:data:`MAX_DEPTH` are dropped before parsing (their text is kept), as browsers stop
nesting at 512.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["MAX_DEPTH", "SMALL_PAGE_TAGS", "html_text", "simplify_markup"]

#: Elements nested deeper than this are unwrapped (their text is kept).
MAX_DEPTH = 256

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

#: Pages with fewer tags are parsed as they are: even nested, they cost under a second
#: and little memory. Larger ones go through :func:`simplify_markup` first.
SMALL_PAGE_TAGS = 20_000
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes"})
# Elements that never hold others (void) or that the next sibling closes (<p>, <li>,
# <td>, …): they do not deepen the tree, so they are not counted.
_FLAT = ("area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|"
         "p|li|dt|dd|tr|td|th|option|optgroup|thead|tbody|tfoot|colgroup|caption|"
         "rb|rt|rtc|rp|html|head|body")  # fmt: skip
# Elements that hold text and end no line: their tags can go without changing the text
# (in a <script> or a comment too: those are dropped whole).
_INLINE = ("a|abbr|b|bdi|bdo|big|cite|code|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|"
           "span|strike|strong|sub|sup|time|tt|u|var")  # fmt: skip
_INLINE_TAG = re.compile(f"</?(?i:{_INLINE})(?=[\\s/>])[^<>]*>")
# The start of a comment or of a tag other than the flat and inline ones, for the
# nesting pass. Only the opening is matched: an end is found with str.find, so unclosed
# tags cost no rescan, and the flat tags (most of a page) are skipped by the regex engine.
_TOKEN = re.compile(f"<!--|<(/?)(?!(?i:{_FLAT}|{_INLINE})[\\s/>])([a-zA-Z][^\\s/>]*)")


def html_text(markup: str) -> str:
    """The text of the page's one ``<main>``/``<article>``, else of ``<body>``."""
    from selectolax.lexbor import LexborHTMLParser

    if markup.count("<") > SMALL_PAGE_TAGS:
        markup = simplify_markup(markup, MAX_DEPTH)
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


def simplify_markup(markup: str, depth: int) -> str:
    """``markup`` without inline tags nor the tags of elements nested over ``depth`` deep.

    Neither changes the text or its lines: inline elements (``<span>``, ``<font>``, …)
    hold text but end no line, and they are most nodes of a big page's tree, so dropping
    their tags (a regular expression, in C) cuts the memory the tree takes by a third.
    """
    return _cap_depth(_INLINE_TAG.sub("", markup), depth)


def _cap_depth(markup: str, depth: int) -> str:
    """``markup`` without the tags of elements nested more than ``depth`` deep.

    Nesting is measured on a stack of open elements as the tree builder keeps it,
    simplified: every element counts but the flat ones, and an end tag closes the
    innermost open element of its name and all opened inside it. Comments and the text
    of raw-text elements (``<script>``) are skipped; one left open runs to the end.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (name, kept) of each open element
    counts: dict[str, int] = {}  # open elements per name, so stray end tags cost O(1)
    kept = done = skip = 0  # open elements kept; markup copied; markup to skip (comments)
    for token in _TOKEN.finditer(markup):
        start = token.start()
        if start < skip:
            continue
        slash, name = token.groups()
        if name is None:  # a comment
            skip = markup.find("-->", start + 4) + 3
            if skip < 3:
                break
            continue
        name = name.lower()
        if name in _RAW_TEXT:
            close = None if slash else _raw_text_end(name).search(markup, token.end())
            if close is None and not slash:
                break
            skip = close.start() if close else skip
            continue
        if slash:
            if not counts.get(name):
                continue  # a stray end tag: the parser ignores it
            keep, popped = _close(stack, counts, name)
            kept -= popped
        else:
            keep = kept < depth
            stack.append((name, keep))
            counts[name] = counts.get(name, 0) + 1
            kept += keep
        if not keep:
            end = markup.find(">", start)
            if end < 0:
                break
            out.append(markup[done:start])
            done = end + 1
    out.append(markup[done:])
    return "".join(out)


def _close(stack: list[tuple[str, bool]], counts: dict[str, int], name: str) -> tuple[bool, int]:
    """Pop the open elements up to the innermost ``name``.

    Returns whether the tags of that element were kept, and how many kept ones were popped.
    """
    popped = 0
    while True:
        open_name, kept = stack.pop()
        counts[open_name] -= 1
        popped += kept
        if open_name == name:
            return kept, popped


@functools.cache
def _raw_text_end(name: str) -> re.Pattern[str]:
    return re.compile(f"</{re.escape(name)}", re.IGNORECASE)


def _cells(line: str) -> str:
    if _CELL not in line:
        return line.strip()
    return "\t".join(cell.strip() for cell in line.split(_CELL) if cell.strip())
