"""Find marker candidates where a point may open (GUIDE §2).

A marker opens a point only at the start of a line, of a sentence, or right after
``:``/``;``. Anything else (``第一要务``, ``统一是``, ``3月26日``) never reaches the
matcher, because it does not stand at such a boundary.
"""

from __future__ import annotations

import regex

from govspeech.parser._types import Marker
from govspeech.parser.outline.markers import (
    MARKER_PATTERN,
    NOT_A_MARKER_PATTERNS,
    STYLE_BY_NAME,
    marker_number,
)

MAX_MARKER_NUMBER = 50  # 十八、 may be a list item; 一百、 is not

# Line start (after indentation), or after 。！？：； with an optional closing quote.
_BOUNDARY = r"(?:^[ \t]*|(?<=[。!?:;]|[。!?][”’\"」)])[ \t]*)"
_SCANNER = regex.compile(f"{_BOUNDARY}(?:{MARKER_PATTERN.pattern})", regex.MULTILINE)
_FOLLOWER_WINDOW = 12  # characters read after a marker by the NOT_A_MARKER rows


def scan_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Marker candidates in ``text[start:end]``, in order.

    >>> [m.text for m in scan_markers("一、总体要求\\n我们要做到:一是稳。二是进。")]
    ['一、', '一是', '二是']
    """
    end = len(text) if end is None else end
    found: list[Marker] = []
    quoted = _Nesting(text, start)
    for m in _SCANNER.finditer(text, start, end):
        style = STYLE_BY_NAME[str(m.lastgroup)]  # the style's group closes last
        m_start, m_end = m.span(style.name)
        line_start = _only_spaces_before(text, m_start)
        if style.line_start_only and not line_start:
            continue
        if not line_start and quoted.depth_at(m_start) and quoted.closes_later(m_end):
            continue  # 总书记强调:“一要…;二要…” — a quotation's list, not the speech's
        blocker = NOT_A_MARKER_PATTERNS.get(style.family)
        if blocker is not None and blocker.match(text, m_end, min(end, m_end + _FOLLOWER_WINDOW)):
            continue
        number = marker_number(style, m)
        if number is not None and not 1 <= number <= MAX_MARKER_NUMBER:
            continue  # 0、 numbers nothing; 一百、 is not a list item
        found.append(Marker(m_start, m_end, text[m_start:m_end], style.name, number, line_start))
    return found


class _Nesting:
    """Depth of open quotation marks and brackets at increasing positions of a text.

    The depth is counted within the line only, so a damaged, never-closed quotation
    cannot hide the markers of the lines after it.
    """

    CLOSERS = "”’」』)"
    _NEXT_MARK = regex.compile("[“‘「『(”’」』)\n]")
    _ANY_MARK = regex.compile("[“‘「『(”’」』)]")
    _OPEN = regex.compile("[“‘「『(]")
    _CLOSE = regex.compile("[”’」』)]")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.pos = start
        self.depth = 0

    def depth_at(self, pos: int) -> int:
        segment = self.text[self.pos:pos]
        self.pos = pos
        newline = segment.rfind("\n")
        if newline != -1:
            self.depth = 0
            segment = segment[newline + 1:]
        if self.depth == 0 and self._ANY_MARK.search(segment) is None:
            return 0  # the common case: no quotation anywhere near
        opened = len(self._OPEN.findall(segment))
        closed = len(self._CLOSE.findall(segment))
        self.depth = max(0, self.depth + opened - closed)
        return self.depth

    def closes_later(self, pos: int) -> bool:
        """Whether the next quotation mark or bracket after ``pos`` in its line closes one
        (a damaged text may open a quotation and never close it)."""
        m = self._NEXT_MARK.search(self.text, pos)
        return m is not None and m.group() in self.CLOSERS


def _only_spaces_before(text: str, i: int) -> bool:
    """Whether only spaces/tabs stand between the line start and ``i``."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"
