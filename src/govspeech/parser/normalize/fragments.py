"""Page fragments: a number a site puts before each piece of a paragraph it cut into pages.

GUIDE §1: such numbers (``…集中时间、集中\n2、精力,…``) are not points, but a run of
consecutive numbered lines of which one stands after a clean break is a real list, and
keeps its numbers. A fragment follows a line cut mid-sentence (the ``numbered`` row of
``noise.NOISE_PATTERNS``), or is the first, ``1、`` glued to a repeat of the page's title.
"""

from __future__ import annotations

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
_TITLE_HEAD = 6  # a title is at least this long (SITE_TITLE_LINE): its start is searched first


def find_title_repeats(text: str) -> list[tuple[str, int, int]]:
    """``("page_fragment", start, end)`` of each first fragment glued to repeats of a title
    line a few lines above it, unless it opens a real list.

    >>> find_title_repeats("在全县大会上的讲话.docx\\n资源描述\\n1、在全县大会上的讲话同志们:")
    [('page_fragment', 20, 31)]
    """
    found: list[tuple[str, int, int]] = []
    for m in _FIRST_FRAGMENT.finditer(text):
        end = _title_repeats_end(text, m.start())
        if end is not None and not in_real_list(text, m.end()):
            found.append(("page_fragment", m.start(), end))
    return found


def opens_title_repeat(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a first fragment glued to repeats of a title."""
    return _title_repeats_end(text, text.rfind("\n", 0, at) + 1) is not None


def _title_repeats_end(text: str, line_start: int) -> int | None:
    """Where the repeats of a title end, when the line at ``line_start`` is ``1、`` and one
    or more repeats of a title line standing at most ``TITLE_WINDOW`` lines above."""
    number = _FIRST_FRAGMENT.match(text, line_start)
    if number is None:
        return None
    rest = number.end()
    head = text[rest : rest + _TITLE_HEAD]
    above = line_start
    for _ in range(TITLE_WINDOW):
        if above == 0:
            return None
        end = above - 1  # the line break that ends the line above
        above = text.rfind("\n", 0, end) + 1
        if len(head) < _TITLE_HEAD or text.find(head, above, end) < 0:
            continue  # the repeat's first characters are not on that line: no title of it
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
    while before > 0 and text[before - 1] in " \t\n":
        before -= 1  # to the end of the line above, past a blank line
    if _title_repeats_end(text, line_start) is not None:
        return True  # the first fragment, glued to a repeat of the title
    return before >= 0 and _FRAGMENT.match(text, before) is not None
