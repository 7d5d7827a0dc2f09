"""Stage 2: split the normalised text into speeches (GUIDE §1).

A file may hold several speeches: ``…讲话篇1`` / ``篇2``, ``…表态讲话(一):`` /
``(二):``, or simply a new title line followed by ``同志们:``. A speech starts at its
title line, or at its salutation where it has no title. Text before the first speech
(a site's introduction) belongs to no speech and is reported as noise.
"""

from __future__ import annotations

from govspeech.parser._types import SpeechSlice
from govspeech.parser.lines import Line, split_lines
from govspeech.parser.speech_words import (
    CLOSING_CUE,
    DATE_LINE,
    MAX_HEADER_WALK,
    NAME_LINE,
    NEWS_LEAD,
    NUMBERED_TITLE,
    RALLYING_ENDS,
    SALUTATION,
    SPEAKER_LINE,
    SUBTITLE_PREFIXES,
    TEXT_NOTE,
    TITLE_WORDS,
    is_header_line,
    looks_like_title,
)

MAX_SLOGAN_LINE = 30  # a line of a slogan title


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
        # The speech keeps its lines, so later stages need not split them again.
        slices.append(SpeechSlice(start=lines[first].start, end=end, lines=lines[first:stop]))
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
                top = _title_above(lines, i)
                # 同志们: with no title above opens a speech only at the top of the text or
                # after another speech's close; mid-speech it is just an address.
                if top < i or not starts or _after_close(lines, i):
                    starts.append(top)
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


def _after_close(lines: list[Line], i: int) -> bool:
    """Whether the paragraph before line ``i`` is a speech's rallying close."""
    prev = next((lines[j].text for j in range(i - 1, -1, -1) if not lines[j].blank), "")
    return bool(CLOSING_CUE.match(prev)) or prev.endswith(RALLYING_ENDS)


def _title_above(lines: list[Line], salutation: int) -> int:
    """The first line of the header block above a salutation (or the salutation).

    Walks up over header lines; the *nearest* line shaped like a title wins (a page
    headline or a breadcrumb above it is the page's, not the speech's). Lines between
    the title and the salutation may only be header fields: a ——subtitle, a date, a
    speaker, a note, a news lead (``省长某某作政府工作报告``). A ——subtitle with no title
    under it takes the short slogan lines above it as its title.
    """
    block: list[int] = []
    i = salutation - 1
    while i >= 0 and len(block) < MAX_HEADER_WALK:
        line = lines[i]
        if not line.blank:
            if not is_header_line(line) and not NEWS_LEAD.match(line.text):
                break
            block.append(i)
        i -= 1
    for k, j in enumerate(block):  # nearest first
        text = lines[j].text
        if looks_like_title(text) and not text.startswith(SUBTITLE_PREFIXES):
            return _slogan_top(lines, block, k)
        if text.startswith(SUBTITLE_PREFIXES) and k + 1 < len(block):
            return _slogan_top(lines, block, k + 1)  # 坚定信心 奋力跨越 / ——在…会议上的讲话
        if not _header_field(text):
            # an unclassified short line under which no title stands: the old rule, the
            # first title-worded line of the block, else the block's top
            return _first_titled(lines, block)
    return _first_titled(lines, block) if block else salutation


def _slogan_top(lines: list[Line], block: list[int], k: int) -> int:
    """The title at ``block[k]`` and the short slogan lines right above it (at most 2)."""
    top = block[k]
    for j in block[k + 1 : k + 3]:
        text = lines[j].text
        if top - j > 4 or looks_like_title(text) or _header_field(text) or len(text) > MAX_SLOGAN_LINE:
            break
        if not _is_slogan_pair(lines[j].text, lines[top].text):
            break
        top = j
    return top


def _is_slogan_pair(upper: str, lower: str) -> bool:
    """``高举…旗帜`` over ``为…而团结奋斗``: a slogan title broken over two lines, both
    free of punctuation and of a title word (``…会议上的讲话`` stands alone)."""
    return not TITLE_WORDS.search(upper) and not any(ch in upper for ch in ",、:;()") and not TITLE_WORDS.search(lower)


def _first_titled(lines: list[Line], block: list[int]) -> int:
    ordered = sorted(block)
    titled = [j for j in ordered if TITLE_WORDS.search(lines[j].text)]
    if not titled:
        return ordered[0]
    k = ordered.index(titled[0])
    if k > 0 and lines[titled[0]].text.startswith(SUBTITLE_PREFIXES):
        return ordered[k - 1]
    return titled[0]


def _header_field(text: str) -> bool:
    """A header line that is not a title: date, ——subtitle, speaker, note, news lead."""
    return bool(
        DATE_LINE.match(text)
        or text.startswith(SUBTITLE_PREFIXES)
        or SPEAKER_LINE.match(text)
        or TEXT_NOTE.match(text)
        or NEWS_LEAD.match(text)
        or NAME_LINE.match(text)
    )


def _next_content(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)


def _last_content_end(lines: list[Line], first: int, stop: int) -> int:
    for j in range(stop - 1, first - 1, -1):
        if not lines[j].blank:
            return lines[j].end
    return lines[first].end
