"""Page fragments: a number a site puts before each piece of a paragraph it cut into pages.

GUIDE §1: such numbers (``…集中时间、集中\n2、精力,…``) are not points, but a run of
consecutive numbered lines of which one stands after a clean break is a real list, and
keeps its numbers. A fragment follows a line cut mid-sentence (the ``numbered`` row of
``noise.NOISE_PATTERNS``), or is the first, ``1、`` glued to a repeat of the page's title
or opening the text when the ``2、`` after it is a fragment.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from govspeech.parser.normalize.noise import (
    FIRST_FRAGMENT,
    FRAGMENT_NUMBER_END,
    NOISE_PATTERNS,
    SITE_TITLE_LINE,
    TITLE_WINDOW,
)

_FRAGMENT = regex.compile(next(row.pattern for row in NOISE_PATTERNS if row.numbered), regex.MULTILINE)
_FIRST_FRAGMENT = regex.compile(FIRST_FRAGMENT, regex.MULTILINE)
_SITE_TITLE_LINE = regex.compile(SITE_TITLE_LINE)
# A numbered line, as a page fragment or a list item writes it: "2、", "12."
_NUMBERED_LINE = regex.compile(rf"[ \t]*(\d{{1,3}}){FRAGMENT_NUMBER_END}")
# How many non-blank lines apart two items of one list may stand; a site's page numbers
# stand about a page apart.
_LIST_WINDOW = 5
_TITLE_HEAD = 6  # a title is at least this long (SITE_TITLE_LINE): lines are indexed by it
_INDENT_REACH = 16  # indentation read before a line's opening characters
_NEWLINE = regex.compile("\n")
_LEADING_SPACE = regex.compile(r"\s*")


def find_title_repeats(text: str) -> list[tuple[str, int, int]]:
    """``("page_fragment", start, end)`` of each first fragment glued to repeats of a title
    line a few lines above it, unless it opens a real list.

    >>> find_title_repeats("在全县大会上的讲话.docx\\n资源描述\\n1、在全县大会上的讲话同志们:")
    [('page_fragment', 20, 31)]
    """
    found: list[tuple[str, int, int]] = []
    openings: _Openings | None = None
    for m in _FIRST_FRAGMENT.finditer(text):
        if openings is None:
            openings = _Openings(text)  # built once: 1. on every line must not walk 20 lines each
        end = _title_repeats_end(text, m.start(), openings)
        if end is None and _opens_text(text, m.start()) and _next_is_fragment(text, m.start()):
            end = m.end()  # 1、某乡镇工作报告 … at the top of a cut text: its 2、 is cut too
        if end is not None and not in_real_list(text, m.end()):
            found.append(("page_fragment", m.start(), end))
    return found


class _Openings:
    """The lines of a text by their first characters after indentation: the lines above a
    fragment that may hold the title it repeats, found without reading every line between."""

    __slots__ = ("by_head", "starts")

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        """Index the lines that start between ``lo`` (a line start) and ``hi``."""
        self.starts = [lo] + [m.end() for m in _NEWLINE.finditer(text, lo, len(text) if hi is None else hi)]
        self.by_head: dict[str, list[int]] = {}
        for k, start in enumerate(self.starts):
            line = text[start : start + _TITLE_HEAD + _INDENT_REACH].lstrip(" \t")
            if len(line) >= _TITLE_HEAD:
                self.by_head.setdefault(line[:_TITLE_HEAD], []).append(k)

    def above(self, head: str, line_start: int) -> list[int]:
        """Starts of the lines opening with ``head`` among the ``TITLE_WINDOW`` lines above
        the line at ``line_start``, nearest first."""
        lines = self.by_head.get(head)
        if not lines:
            return []
        here = bisect_left(self.starts, line_start)
        first = bisect_left(lines, here - TITLE_WINDOW)
        last = bisect_left(lines, here)
        return [self.starts[k] for k in reversed(lines[first:last])]


def opens_title_repeat(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a first fragment glued to repeats of a title."""
    return _title_repeats_end(text, text.rfind("\n", 0, at) + 1) is not None


def _title_repeats_end(text: str, line_start: int, openings: _Openings | None = None) -> int | None:
    """Where the repeats of a title end, when the line at ``line_start`` is ``1、`` and one
    or more repeats of a title line standing at most ``TITLE_WINDOW`` lines above."""
    number = _FIRST_FRAGMENT.match(text, line_start)
    if number is None:
        return None
    rest = number.end()
    head = text[rest : rest + _TITLE_HEAD]
    if len(head) < _TITLE_HEAD:
        return None
    # a title opens its line (after indentation) with the repeat's first characters
    if openings is None:
        lo = line_start  # the lines a title may stand on, and no further
        for _ in range(TITLE_WINDOW):
            lo = text.rfind("\n", 0, lo - 1) + 1 if lo else 0
        openings = _Openings(text, lo, line_start)
    for above in openings.above(head, line_start):
        end = text.find("\n", above, line_start)  # the line break that ends the line above
        title = _SITE_TITLE_LINE.match(text, above, end)
        if title is not None and text.startswith(title.group("t"), rest):
            return _after_repeats(text, rest, title.group("t"))
    return None


def _after_repeats(text: str, at: int, title: str) -> int:
    """The end of the run of ``title`` at ``at`` (a site may repeat it, spaces between)."""
    end = at + len(title)
    while True:
        next_at = end
        while next_at < len(text) and text[next_at] in " \t":
            next_at += 1
        if not text.startswith(title, next_at):
            return end
        end = next_at + len(title)


def in_real_list(text: str, at: int) -> bool:
    """Whether the numbered line holding ``at`` is an item of a real list, not a page fragment."""
    number = _NUMBERED_LINE.match(text, text.rfind("\n", 0, at) + 1)
    return number is not None and _in_list(text, number.start(), int(number.group(1)))


def _in_list(text: str, line_start: int, number: int) -> bool:
    """Whether the numbered line at ``line_start`` is in a run of consecutive numbered
    lines (N-1 or N+1 within a few lines, and so on) of which one is not a page fragment.

    >>> _in_list("工作取得新进展\\n1、抓项目。\\n2、抓招商。", 8, 1)
    True
    """
    for step in (1, -1):
        want, pos, seen, walked = number + step, line_start, 0, 0
        while seen < _LIST_WINDOW and walked < 4 * _LIST_WINDOW and want > 0:
            pos = _next_line(text, pos, step)
            if pos < 0:
                break
            end = text.find("\n", pos)
            body = text[pos:] if end < 0 else text[pos:end]
            walked += 1
            if not body.strip():
                continue  # blank lines between paragraphs count less
            seen += 1
            line = _NUMBERED_LINE.match(body)
            if line is None or int(line.group(1)) != want:
                continue
            if not _is_fragment(text, pos) and not _opens_text(text, pos):
                return True  # a clean break before one item: the run is a list
            want, seen, walked = want + step, 0, 0
    return False


def _opens_text(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is the text's first (nothing above it shows
    whether a break before it is clean)."""
    blank = _LEADING_SPACE.match(text)
    return blank is not None and blank.end() >= line_start


def _next_is_fragment(text: str, line_start: int) -> bool:
    """Whether the ``2、`` after the ``1、`` line at ``line_start`` follows a line cut
    mid-sentence."""
    pos, seen = line_start, 0
    while seen < _LIST_WINDOW:
        pos = _next_line(text, pos, 1)
        if pos < 0:
            return False
        end = text.find("\n", pos)
        body = text[pos:] if end < 0 else text[pos:end]
        if not body.strip():
            continue
        seen += 1
        line = _NUMBERED_LINE.match(body)
        if line is not None:
            return int(line.group(1)) == 2 and _is_fragment(text, pos)
    return False


def _next_line(text: str, pos: int, step: int) -> int:
    """Start of the line after (``step`` 1) or before (-1) the line at ``pos``; -1 at the edge."""
    if step > 0:
        end = text.find("\n", pos)
        return -1 if end < 0 else end + 1
    if pos == 0:
        return -1
    return text.rfind("\n", 0, pos - 1) + 1


def _is_fragment(text: str, line_start: int) -> bool:
    """Whether the numbered line at ``line_start`` follows a line cut mid-sentence."""
    before = line_start - 1
    while before > 0 and text[before - 1] in " \t\n":
        before -= 1  # to the end of the line above, past a blank line
    if _title_repeats_end(text, line_start) is not None:
        return True  # the first fragment, glued to a repeat of the title
    return before >= 0 and _FRAGMENT.match(text, before) is not None
