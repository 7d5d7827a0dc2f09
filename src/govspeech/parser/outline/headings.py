"""Headings of parts and points (GUIDE §2 "Heading").

For a marker on its own line the heading is the rest of the line; for a marker followed
by running text, the text up to the first ``。！？`` (or ``；``/``：`` where the next
marker follows, or the line end). A glued heading — no punctuation between heading and
body — is cut back to the shape its siblings share.
"""

from __future__ import annotations

from collections import Counter

import regex

HEADING_STOP = regex.compile(r"[。!?]")
FLAT_LINE = 300  # a line this long holds a whole page whose line breaks were lost
TRAILING = "。,;:、 \t"
_SHAPE_MARKS = ",、;:"
MIN_SHARED_PREFIX = 2
GLUE_SLACK = 4  # a heading this much longer than its siblings' shape may be glued
MIN_SIBLINGS_FOR_SHAPE = 3  # two siblings share the shape, the third may be glued
# A short heading joined to its body by a space (一、综合 初步核算,全年…): the words after
# the space are a sentence of their own, long and with a clause mark; a heading in two
# phrases (坚持稳中求进 推动高质量发展) has neither.
_SPACED_BODY = regex.compile(r"[ \t]+(?=[^\s,。;:、)“‘《(]{2}[^ \t]*[,;][^ \t]*$)")
_PHRASE_BREAK = regex.compile(r"[\s,;:、]")  # a heading of several phrases is no short name
MAX_SPACED_HEADING = 16
# On a page whose paragraphs were joined by spaces, the space after a heading: between a
# Chinese character and the next paragraph's words (not the spaces a PDF puts around
# numbers and Latin letters: 2026 年, X 省委, 增长 5%).
_PARAGRAPH_SPACE = regex.compile(r"(?<=\p{Han}[”’)]?)[ \t]+(?=\p{Han}|[“‘《(]|\d{1,4}(?:年|[、.]\D))")
MIN_SPACED_HEADING = 2
MIN_SPACED_BODY = 12


def heading_span(text: str, start: int, limit: int, inline: bool, section: bool = False) -> tuple[int, int, bool]:
    """Span of the heading that starts at ``start`` (right after the marker), and whether
    it fills the rest of the marker's line with no sentence end (such a heading, alone on
    its line, is never glued to a body).

    ``limit`` is where the next marker starts (or the node's region ends). A marker in
    running text whose line breaks before any sentence end continues on the next line:
    sites break paragraphs mid-sentence. A ``section`` heading (一、 (一) 1.) may be
    joined to its body sentence by a space.
    """
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end == -1 else line_end
    stop = HEADING_STOP.search(text, start, line_end)
    if section and inline and _in_flat_line(text, start, line_end):
        # a page whose paragraphs were joined by spaces: the heading's line ended there
        space = _PARAGRAPH_SPACE.search(text, start + MIN_SPACED_HEADING, line_end if stop is None else stop.start())
        if space is not None:
            return start, space.start(), False
    if stop is not None:
        # a sentence: its words may run into the body
        return start, _before_spaced_body(text, start, stop.start()) if section else stop.start(), False
    if inline and line_end < limit:
        nxt_end = text.find("\n", line_end + 1, limit)
        nxt_end = limit if nxt_end == -1 else nxt_end
        stop = HEADING_STOP.search(text, line_end + 1, nxt_end)
        if stop is not None:
            return start, stop.start(), False
    return start, line_end, not inline


def _in_flat_line(text: str, start: int, line_end: int) -> bool:
    """Whether the line holding ``start`` (ending at or after ``line_end``) is a whole page."""
    if line_end - start >= FLAT_LINE:
        return True
    # Only FLAT_LINE characters either way are read: a flat page's line holds thousands
    # of headings, and reading it whole for each would cost its length each time.
    lo, hi = max(0, start - FLAT_LINE), min(len(text), line_end + FLAT_LINE)
    end = text.find("\n", line_end, hi)
    return (hi if end == -1 else end) - (text.rfind("\n", lo, start) + 1 or lo) >= FLAT_LINE


def _before_spaced_body(text: str, start: int, end: int) -> int:
    """Where a heading ends that a space joins to its body sentence, else ``end``."""
    space = _SPACED_BODY.search(text, start, end)
    if space is None:
        return end
    head = text[start : space.start()].strip()
    if not 0 < len(head) <= MAX_SPACED_HEADING or _PHRASE_BREAK.search(head):
        return end
    return space.start() if end - space.end() >= MIN_SPACED_BODY else end


def clean_heading(raw: str) -> str:
    """Heading text without line breaks, leading colons or trailing punctuation.

    >>> clean_heading("坚持稳中求进,")
    '坚持稳中求进'
    """
    text = raw.replace("\n", "").strip()
    return text.lstrip(":, ").rstrip(TRAILING)


def repair_glued(headings: list[str], whole_line: list[bool] | None = None) -> list[str]:
    """Cut glued headings back to the shape their siblings share.

    A heading that fills its own line (``whole_line``) is never cut: only a heading run
    into its body can be glued.

    >>> repair_glued(["抓落实,就要改进作风、求真务实", "抓落实,就要敢于担当、率先垂范",
    ...               "抓落实,就要讲究方法、善做善成党员领导干部抓好工作落实不"])[2]
    '抓落实,就要讲究方法、善做善成'
    """
    if len(headings) < MIN_SIBLINGS_FOR_SHAPE:
        return headings
    # A glued heading is longer than the shared shape, so it never takes part in it.
    shape = _shared_shape([h for h in headings if h])
    if shape is None:
        return headings
    length, marks, prefix = shape
    fills = whole_line or [False] * len(headings)
    return [
        h[:length]
        if not fill and len(h) >= length + GLUE_SLACK and h.startswith(prefix) and _marks(h[:length]) == marks
        else h
        for h, fill in zip(headings, fills)
    ]


def _marks(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((k, ch) for k, ch in enumerate(text) if ch in _SHAPE_MARKS)


def _shared_shape(headings: list[str]) -> tuple[int, tuple[tuple[int, str], ...], str] | None:
    """(length, punctuation skeleton, common prefix) when most siblings share them."""
    if len(headings) < 2:
        return None
    length, count = Counter(len(h) for h in headings).most_common(1)[0]
    alike = [h for h in headings if len(h) == length]
    # most siblings share the shape; the glued ones are the exception
    if count < 2 or count * 2 < len(headings) - 1:
        return None
    marks = _marks(alike[0])
    if not marks or any(_marks(h) != marks for h in alike):
        return None
    prefix = alike[0]
    for h in alike[1:]:
        while not h.startswith(prefix):
            prefix = prefix[:-1]
    if len(prefix) < MIN_SHARED_PREFIX:
        return None
    return length, marks, prefix
