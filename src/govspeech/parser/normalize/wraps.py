"""Line breaks a PDF or ebook export puts inside a sentence (GUIDE §1, layout damage).

Such a page is hard-wrapped: most of its lines are one width and end wherever the page
did, mid-word (``…经济规模稳步扩大,国内\\n生产总值达到…``). Each such break is deleted
through the offset map, so the sentence is read whole and offsets still point into the
input. A page is hard-wrapped only when enough of its long lines share one width and few
lines run wider (a web page's paragraphs are lines of every length); a break is a wrap only
after a full-width line that runs on (no sentence end; a punctuation mark inside it, or a
wrapped line before it), before a line that is full too or ends a sentence, and never
before an indented line or a marker; and after a full heading whose last words alone make
the next line.
"""

from __future__ import annotations

import regex

from govspeech.parser.outline.markers import MARKER_PATTERN  # a data table

__all__ = ["find_wrap_breaks"]

_MIN_WIDTH = 24  # a wrapped line holds a dozen Chinese characters at least
_MAX_WIDTH = 100  # and fifty at most: the width of a printed page, not of a web paragraph
_NEAR = 0.85  # how much narrower than the page a full line may be (punctuation set tight)
_MIN_LINES = 4  # full lines that make a page hard-wrapped
_WIDER_SHARE = 0.2  # lines wider than the page, per full line, a hard-wrapped page may hold
_SENTENCE_END = frozenset("。!?:;”’\"」』)]】》")
_INDENT = " \t\u3000"
_PUNCT = regex.compile(r"[,、;:。!?]")
_CHINESE_SHARE = 1.5  # width per character of a Chinese line (English text wraps between words)
_HEADING_TAIL = regex.compile(r"\p{Han}{1,6}")  # the words a full heading line wrapped onto the next


def _width(line: str) -> int:
    """Display width: a Chinese character (three UTF-8 bytes) counts two, ASCII one."""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def _rough_width(line: str) -> int:
    """The width of a line that may be a page's; twice its length for any other (its width
    lies between its length and twice that): most lines of a web page are long paragraphs."""
    return _width(line) if _MIN_WIDTH <= 2 * len(line) <= 2 * _MAX_WIDTH else 2 * len(line)


def find_wrap_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of the line breaks (with the spaces before them) that wrap a sentence.

    >>> page = "现在,我代表市人民政府向大会报告工作,请予审议,并请市\\n" * 4 + "政协委员提出意见。"
    >>> find_wrap_breaks(page)[0]
    (27, 28)
    """
    if text.count("\n") < _MIN_LINES:
        return []
    raw_lines = text.split("\n")
    lines = [line.rstrip(_INDENT) for line in raw_lines]
    widths = [_rough_width(line) for line in lines]
    page = _page_width(widths)
    if page is None:
        return []
    full = page * _NEAR
    spans: list[tuple[int, int]] = []
    pos = 0
    wrapped = False  # whether the line before was wrapped into this one
    for k in range(len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        full_next = widths[k + 1] >= full
        wrapped = widths[k] >= full and _runs_on(line, wrapped) and _continues(nxt, full_next)
        if wrapped or (widths[k] >= full and _heading_wraps(line, nxt)):
            spans.append((pos + len(line), pos + len(raw_lines[k]) + 1))
        pos += len(raw_lines[k]) + 1
    return spans


def _page_width(widths: list[int]) -> float | None:
    """The width most long lines share, when the page is hard-wrapped; else ``None``."""
    long = sorted(w for w in widths if w >= _MIN_WIDTH)
    best, top, low = 0, 0, 0
    for k, width in enumerate(long):  # the widest window of lines within _NEAR of its top
        if width > _MAX_WIDTH:
            break
        while long[low] < width * _NEAR:
            low += 1
        if k - low + 1 >= best:
            best, top = k - low + 1, k
    wider = len(long) - top - 1
    if best < _MIN_LINES or wider > best * _WIDER_SHARE:
        return None
    return float(long[top])


def _runs_on(line: str, wrapped: bool) -> bool:
    """Whether a full line stops mid-sentence: Chinese prose with no sentence end, no heading.
    A line with no punctuation at all must itself carry on a wrapped sentence."""
    if not line or line[-1] in _SENTENCE_END or not (wrapped or _PUNCT.search(line)):
        return False
    if _width(line) < len(line) * _CHINESE_SHARE:
        return False
    # a marker-led line with no sentence end is a heading, not a paragraph's first line
    return "。" in line or MARKER_PATTERN.match(line) is None


def _continues(nxt: str, full: bool) -> bool:
    """Whether the next line carries the sentence on: not indented, no marker, and full
    itself or the last line of its paragraph."""
    if not nxt or nxt[0] in _INDENT or not (full or nxt[-1] in _SENTENCE_END):
        return False
    return MARKER_PATTERN.match(nxt) is None


def _heading_wraps(line: str, nxt: str) -> bool:
    """A full marker-led heading with no sentence end, and a next line of a few Chinese
    words and nothing else: ``一、…把握新时代经济工作的方向`` / ``指引``."""
    return (line[-1] not in _SENTENCE_END and MARKER_PATTERN.match(line) is not None
            and _HEADING_TAIL.fullmatch(nxt) is not None)
