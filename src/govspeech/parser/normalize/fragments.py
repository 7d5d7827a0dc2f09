"""Page fragments: a number a site puts before each piece of a paragraph it cut into pages.

GUIDE §1: such numbers (``…集中时间、集中\n2、精力,…``) are not points, but a run of
consecutive numbered lines of which one stands after a clean break is a real list, and
keeps its numbers. The fragment shapes are the ``numbered`` rows of ``noise.NOISE_PATTERNS``.
"""

from __future__ import annotations

import regex

from govspeech.parser.normalize.noise import NOISE_PATTERNS

_FRAGMENT = regex.compile(next(row.pattern for row in NOISE_PATTERNS if row.numbered), regex.MULTILINE)
_TITLE_REPEAT = regex.compile(
    next(row.pattern for row in NOISE_PATTERNS if row.numbered and "(?P=t)" in row.pattern), regex.MULTILINE
)
# A numbered line, as a page fragment or a list item writes it: "2、", "12."
_NUMBERED_LINE = regex.compile(r"[ \t]*(\d{1,3})[、.](?![\d、.])")
# How many non-blank lines apart two items of one list may stand; a site's page numbers
# stand about a page apart.
_LIST_WINDOW = 5


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
            if not _is_fragment(text, pos):
                return True  # a clean break before one item: the run is a list
            want, seen, walked = want + step, 0, 0
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
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if _TITLE_REPEAT.match(text, line_start) is not None:
        return True  # the first fragment, glued to a repeat of the title
    return before >= 0 and _FRAGMENT.match(text, before) is not None
