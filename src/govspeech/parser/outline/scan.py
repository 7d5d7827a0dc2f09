"""Find marker candidates where a point may open (GUIDE §2).

A marker opens a point only at the start of a line, of a sentence, or right after
``:``/``;``. Anything else (``第一要务``, ``统一是``, ``3月26日``) never reaches the
matcher, because it does not stand at such a boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from govspeech.numerals import parse_number
from govspeech.parser._types import Marker
from govspeech.parser.outline.markers import (
    MARKER_PATTERN,
    CONTENTS_ENTRY,
    CONTENTS_LEADER,
    MARKER_STYLES,
    NOT_A_MARKER_PATTERNS,
    REPORTING_VERBS,
    SITE_NOTICE,
    SPACED_STYLES,
)
from govspeech.parser.outline.headings import FLAT_LINE

MAX_MARKER_NUMBER = 50  # 十八、 may be a list item; 一百、 is not

# Line start (after indentation; group ``bol``), or after 。！？：； with an optional
# closing quote, or after a news report's 会议要求, (REPORTING_VERBS).
_REPORTED = "|".join(REPORTING_VERBS)
# Or, on a page whose paragraphs were joined by spaces, after a space (group ``spaced``).
_BOUNDARY = rf"(?:(?P<bol>^)[ \t]*|(?<=[。!?:;]|[。!?][”’\"」)]|(?:{_REPORTED}),)[ \t]*|(?<=\S)(?P<spaced>[ \t]+))"
_SCANNER = regex.compile(f"{_BOUNDARY}(?:{MARKER_PATTERN.pattern})", regex.MULTILINE)
# Where the scan starts (a speech's body) is a line start too: a page that lost its line
# breaks glues the body's first marker to the title (…政府工作报告一、2023年工作回顾).
_BOUNDARY_CHARS = "\n \t。!?:;”’\"」)"
# (Its groups number as _SCANNER's do: ``spaced`` is there, never matching.)
_AT_START = regex.compile(f"(?P<bol>)(?P<spaced>(?!))?[ \t]*(?:{MARKER_PATTERN.pattern})")
_FOLLOWER_WINDOW = 12  # characters read after a marker by the NOT_A_MARKER rows


class _Row(NamedTuple):
    """What the scanner needs of a style, looked up once per match by its group."""

    name: str
    group: int  # the style's group in _SCANNER
    number_group: int | None  # its ``n`` group (a numeral) …
    word_group: int | None  # … or its ``w`` group (a sequence word)
    numbers: dict[str, int | None] | None
    blocker: regex.Pattern[str] | None
    line_start_only: bool


def _rows() -> dict[int, _Row]:
    index = _SCANNER.groupindex
    return {
        index[s.name]: _Row(
            s.name,
            index[s.name],
            index.get(f"{s.name}_n"),
            index.get(f"{s.name}_w"),
            s.numbers,
            NOT_A_MARKER_PATTERNS.get(s.family),
            s.line_start_only,
        )
        for s in MARKER_STYLES
    }


_ROWS = _rows()
_BOL = _SCANNER.groupindex["bol"]
_SPACED = _SCANNER.groupindex["spaced"]


def scan_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Marker candidates in ``text[start:end]``, in order.

    >>> [m.text for m in scan_markers("一、总体要求\\n我们要做到:一是稳。二是进。")]
    ['一、', '一是', '二是']
    """
    end = len(text) if end is None else end
    found: list[Marker] = []
    quoted = _Nesting(text, start)
    rows = _ROWS
    words: dict[str, str] = {}  # one string per marker text: markers repeat (一是, 二是…)
    numbers: dict[str, int | None] = {}  # numeral → value: numerals repeat too
    notices = [n.span() for n in SITE_NOTICE.finditer(text, start, end)]  # rare: usually none
    notices = _disjoint(notices + contents_lines(text, start, end))
    notice = 0  # the first notice that does not end before the marker (markers come in order)
    line = (0, 0)  # the line of the last spaced marker: a flat page holds thousands
    glued = start > 0 and text[start - 1] not in _BOUNDARY_CHARS  # else the scanner sees it
    head = _AT_START.match(text, start, end) if glued else None
    for m in _first_and_rest(head, text, start, end):
        # the style's group closes last
        name, group, number_group, word_group, fixed, blocker, line_start_only = rows[m.lastindex]  # type: ignore[index]
        m_start, m_end = m.span(group)
        while notice < len(notices) and notices[notice][1] <= m_start:
            notice += 1
        if notice < len(notices) and notices[notice][0] <= m_start:
            continue  # 温馨提示: 1.… or a table of contents — not the speech's own points
        line_start = m.start(_BOL) != -1  # only spaces/tabs before it in its line
        if m.start(_SPACED) != -1:
            if not line[0] <= m_start < line[1]:
                line = _line_around(text, m_start)
            if not (name in SPACED_STYLES and line[1] - line[0] >= FLAT_LINE):
                continue  # 工作安排 一、2007年工作回顾 — only a section marker, only on a flat page
        if not line_start:
            if line_start_only:
                continue
            if quoted.depth_at(m_start) and quoted.closes_later(m_end):
                continue  # 总书记强调:“一要…;二要…” — a quotation's list, not the speech's
        if blocker is not None and blocker.match(text, m_end, min(end, m_end + _FOLLOWER_WINDOW)):
            continue
        if number_group is not None:
            numeral = m.group(number_group)
            number = numbers.get(numeral, -1)
            if number == -1:
                number = numbers[numeral] = parse_number(numeral)
            if number is not None and not 1 <= number <= MAX_MARKER_NUMBER:
                continue  # 0、 numbers nothing; 一百、 is not a list item
        elif word_group is not None:
            number = fixed.get(m.group(word_group)) if fixed else None  # 首先 → 1, 最后 → None
        else:
            number = None  # —— has no number
        word = text[m_start:m_end]
        found.append(Marker(m_start, m_end, words.setdefault(word, word), name, number, line_start))
    return found


def _line_around(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line holding ``at``."""
    line_end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if line_end == -1 else line_end


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def contents_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the lines of a table of contents: each line that ends in a dot leader and
    a page number, and the short entries right under one, up to the first that repeats an
    entry (the body's first heading, right under its contents)."""
    spans: list[tuple[int, int]] = []
    entries: set[str] = set()
    for m in CONTENTS_LEADER.finditer(text, start, end):
        line_start = text.rfind("\n", start, m.start()) + 1
        entries.add(_entry(text[line_start : m.start()]))
        if spans and spans[-1][1] >= line_start:
            continue  # an entry already taken in from the line above
        line_end = m.end()
        while line_end < end and text[line_end] == "\n":
            entry = CONTENTS_ENTRY.match(text, line_end + 1, end)
            if entry is None or not entry.group().strip() or _entry(entry.group()) in entries:
                break
            entries.add(_entry(entry.group()))
            line_end = entry.end()
        spans.append((max(line_start, start), line_end))
    return spans


def _entry(line: str) -> str:
    """A contents line's entry without its dot leader, page number and spaces."""
    return "".join(CONTENTS_LEADER.sub("", line).split())


def _first_and_rest(head: regex.Match[str] | None, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The marker at ``start`` (``head``), then the scanner's matches after it."""
    if head is not None:
        yield head
        start = head.end()
    yield from _SCANNER.finditer(text, start, end)


class _Nesting:
    """Depth of open quotation marks and brackets at increasing positions of a text.

    The depth is counted within the line only, so a damaged, never-closed quotation
    cannot hide the markers of the lines after it.
    """

    CLOSERS = "”’」』)"
    _NEXT_MARK = regex.compile("[“‘「『(”’」』)\n]")
    _MARK = regex.compile("([“‘「『(])|[”’」』)]")  # an opener is captured, a closer is not

    __slots__ = ("text", "pos", "depth", "next_mark")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.pos = start
        self.depth = 0
        self.next_mark = -1  # the first mark or line break at or after ``pos``, once searched

    def depth_at(self, pos: int) -> int:
        if pos <= self.next_mark:
            self.pos = pos  # no mark nor line break since the last position: depth unchanged
            return self.depth
        text = self.text
        seg_start = self.pos
        self.pos = pos
        after = self._NEXT_MARK.search(text, pos)  # each stretch is searched once: linear
        self.next_mark = len(text) if after is None else after.start()
        newline = text.rfind("\n", seg_start, pos)
        if newline != -1:
            self.depth = 0
            seg_start = newline + 1
        marks = self._MARK.findall(text, seg_start, pos)
        if marks:
            closed = marks.count("")
            self.depth = max(0, self.depth + len(marks) - 2 * closed)
        return self.depth

    def closes_later(self, pos: int) -> bool:
        """Whether the next quotation mark or bracket after ``pos`` in its line closes one
        (a damaged text may open a quotation and never close it)."""
        m = self._NEXT_MARK.search(self.text, pos)
        return m is not None and m.group() in self.CLOSERS
