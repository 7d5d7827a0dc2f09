"""Stage 2: split the normalised text into speeches (GUIDE §1).

A file may hold several speeches: ``…讲话篇1`` / ``篇2``, ``…表态讲话(一):`` /
``(二):``, or simply a new title line followed by ``同志们:``. A speech starts at its
title line, or at its salutation where it has no title. Text before the first speech
(a site's introduction) belongs to no speech and is reported as noise.
"""

from __future__ import annotations

import regex

from govspeech._types import SpeechSlice
from govspeech.lines import Line, split_lines
from govspeech.outline.markers import MARKER_PATTERN  # a data table, not a later stage

# Salutations that open a speech: 同志们: / 各位委员、同志们: / 各位代表:
SALUTATION = regex.compile(
    r"^(?P<who>[^。!?;:\n]{0,24}?(?:同志们|代表们|委员们|朋友们|同事们|同仁们|乡亲们|同学们|老师们|各位代表|各位委员|各位领导|各位来宾|各位嘉宾|各位同仁|女士们、先生们))\s*:"
)
# Words that make a short line look like a speech title.
TITLE_WORDS = regex.compile(r"讲话|发言|致辞|报告|讲稿|表态|动员|总结|演讲|主持词|讲评")
# A title numbered by the site: …篇1 / …(一): / …之二
NUMBERED_TITLE = regex.compile(r"(?:篇\s*\d{1,2}|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|之[一二三四五六七八九十])\s*:?$")
# (2024年1月5日) on its own line
DATE_LINE = regex.compile(r"^\(?(?P<date>(?:\d{4}|[一二〇○零三四五六七八九]{4}|20[xX×]{2})年[^()\n]{1,12}日)\)?$")

MAX_HEADER_LINE = 80  # a title, subtitle or date line is short
MAX_HEADER_LINES = 6  # lines between a title and its salutation


def is_header_line(line: Line) -> bool:
    """A short line that does not end a sentence nor open a point: a title, subtitle or date."""
    return (
        0 < len(line.text) <= MAX_HEADER_LINE
        and line.text[-1] not in "。!?;,"
        and not SALUTATION.match(line.text)
        and not _opens_point(line.text)
    )


def _opens_point(text: str) -> bool:
    """Whether a line starts with a marker (a ——subtitle under a title does not count)."""
    m = MARKER_PATTERN.match(text)
    return m is not None and m.lastgroup != "dash"


def split_speeches(text: str) -> list[SpeechSlice]:
    """Speeches of the normalised ``text``, in order.

    >>> [s.title for s in split_speeches("开幕讲话\\n同志们:\\n今天开会。")]
    ['开幕讲话']
    """
    lines = split_lines(text)
    starts = _speech_starts(lines)
    if not starts:
        first = next((i for i, line in enumerate(lines) if not line.blank), None)
        if first is None:
            return []
        starts = [first]
    slices = []
    for k, first in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        end = _last_content_end(lines, first, stop)
        slices.append(SpeechSlice(start=lines[first].start, end=end))
    return slices


def _speech_starts(lines: list[Line]) -> list[int]:
    """Indexes of the lines where speeches start."""
    starts: list[int] = []
    body_seen = True  # whether the current speech has body text since its salutation
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if SALUTATION.match(line.text):
            if body_seen:
                starts.append(_title_above(lines, i))
                body_seen = False
            continue
        if NUMBERED_TITLE.search(line.text) and TITLE_WORDS.search(line.text) and is_header_line(line):
            if not starts or (starts[-1] < i and body_seen):
                nxt = _next_content(lines, i)
                if nxt is None or not SALUTATION.match(lines[nxt].text):
                    starts.append(i)
                    body_seen = False
            continue
        if not is_header_line(line):
            body_seen = True
    return starts


def _title_above(lines: list[Line], salutation: int) -> int:
    """The first line of the header block above a salutation (or the salutation)."""
    block: list[int] = []
    i = salutation - 1
    while i >= 0 and len(block) < MAX_HEADER_LINES:
        line = lines[i]
        if not line.blank:
            if not is_header_line(line):
                break
            block.append(i)
        i -= 1
    if not block:
        return salutation
    block.reverse()
    titled = [j for j in block if TITLE_WORDS.search(lines[j].text)]
    if not titled:
        return block[0]
    k = block.index(titled[0])
    if k > 0 and lines[titled[0]].text.startswith(("——", "--")):
        return block[k - 1]  # 坚定信心 奋力跨越 / ——在…会议上的讲话: the slogan is the title
    return titled[0]


def _next_content(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)


def _last_content_end(lines: list[Line], first: int, stop: int) -> int:
    for j in range(stop - 1, first - 1, -1):
        if not lines[j].blank:
            return lines[j].end
    return lines[first].end
