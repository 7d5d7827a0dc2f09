"""Stage 2: split the normalised text into speeches (GUIDE §1).

A file may hold several speeches: ``…讲话篇1`` / ``篇2``, ``…表态讲话(一):`` /
``(二):``, digests of several speakers (``…书记的讲话摘要``), or simply a new title line
followed by ``同志们:``. A speech starts at its title block, found by the shape of a
title in this genre and by what follows it (never by which site it came from), or at its
salutation where it has no title. It ends at its last line, unless a notes block or an
article the page appended after its close follows. Text outside every speech (a site's
introduction, a page's headline, notes, an appended article) is reported as noise.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from govspeech.parser._types import Line, SpeechSlice
from govspeech.parser.lines import LineTable, line_opening
from govspeech.parser.outline.markers import MARKER_PATTERN  # a data table
from govspeech.parser.speech_words import (
    ADDRESS_OPENING,
    APPENDIX_HEAD,
    CLOSING_CUE,
    DATE_LINE,
    DIGEST_TITLE,
    MAX_HEADER_WALK,
    MAX_HEADLINE,
    NAME_LINE,
    NEWS_LEAD,
    NEWS_OPENING,
    NOTES_HEAD,
    NOTE_ITEM,
    NUMBERED_TITLE,
    PART_MARKER,
    RALLYING_ENDS,
    SALUTATION,
    SIGNATURE_LINE,
    SPEAKER_LINE,
    SUBTITLE_PREFIXES,
    TEXT_NOTE,
    TITLE_SHAPE,
    TITLE_WORDS,
    clean_title,
    digest_title,
    heads_bare_title,
    is_header_line,
    looks_like_title,
    straddles_title,
)

MAX_SLOGAN_LINE = 30  # a line of a slogan title
MAX_TITLE_SEARCH = 40  # non-blank lines searched for the title of a text without a salutation
MAX_NOTE_TAIL = 3  # a notes head without entries still ends the speech among its last lines
MAX_SIGNATURE_LINES = 2  # date and issuing body under a close
MIN_CLOSE = 15  # characters of a rallying close
MIN_LINK_RUN = 4  # lines of a sidebar or menu after a speech without a close
HEADER_LINES = MAX_HEADER_WALK + 1  # non-blank lines read_header looks at

# Whole-text searches for the few lines worth reading: each finds at least every line
# the row it stands for matches (a line's white space included), and the row decides.
_SALUTATION_LINE = line_opening(SALUTATION.pattern.removeprefix("^"))
_PART_LINE = line_opening(PART_MARKER.pattern.removeprefix("^"))
_NOTES_WORD = regex.compile("注|说明|来源|名词解释")  # in every NOTES_HEAD
_CLOSE_WORD = regex.compile("!|们|各位")  # in every rallying close: its end or its addressee


def split_speeches(text: str) -> list[SpeechSlice]:
    """Speeches of the normalised ``text``, in order.

    >>> [(s.start, s.end) for s in split_speeches("开幕讲话\\n同志们:\\n今天开会。")]
    [(0, 15)]

    The header fields (title, salutation, …) are left to ``header.read_header``.
    """
    lines = LineTable(text)
    starts = _speech_starts(lines)
    if not starts:
        first = _unaddressed_start(lines)
        if first is None:
            return []
        starts = [first]
    slices = []
    for k, first in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        end = _speech_end(lines, first, stop)
        # The speech keeps its header lines, so read_header need not split them again.
        slices.append(SpeechSlice(start=lines[first].start, end=end, lines=_header_lines(lines, first, stop)))
    return slices


def _header_lines(lines: LineTable, first: int, stop: int) -> list[Line]:
    """The lines of a speech up to its ``HEADER_LINES``-th non-blank one."""
    out: list[Line] = []
    seen = 0
    for j in range(first, stop):
        out.append(lines[j])
        if not lines.blank(j):
            seen += 1
            if seen == HEADER_LINES:
                break
    return out


def _speech_starts(lines: LineTable) -> list[int]:
    """Indexes of the lines where speeches start."""
    starts: list[int] = []
    body_seen = True  # whether the current speech has body text since its salutation
    titled = lines.lines_with(TITLE_WORDS)
    digests = _digest_titles(lines, titled)
    read = 0  # lines before this one have been read for body text
    for i in sorted({*titled, *lines.lines_opening(_SALUTATION_LINE)}):
        line = lines[i]
        if not body_seen:
            body_seen = _has_body(lines, read, i)
            read = i
        # a digest title opens a speech only at the top or after body text; otherwise it is
        # read as any other line (一、…讲话摘要 listed before the digests is a numbered title)
        digest = i in digests and (not starts or body_seen)
        greeting = not digest and SALUTATION.match(line.text) is not None
        numbered = not (digest or greeting) and bool(
            NUMBERED_TITLE.search(line.text) and TITLE_WORDS.search(line.text) and is_header_line(line)
        )
        if not (digest or greeting or numbered):
            continue  # an ordinary line: read with the lines around it
        read = i + 1
        if digest:
            starts.append(i)  # 某书记的讲话摘要 … 某市长的讲话摘要: one speech each
            body_seen = False
        elif greeting:
            if body_seen:
                top = _title_above(lines, i)
                # 同志们: with no title above opens a speech only at the top of the text or
                # after another speech's close; mid-speech it is just an address.
                if top < i or not starts or _after_close(lines, i):
                    starts.append(top)
                    body_seen = False
        elif not starts or (starts[-1] < i and body_seen):
            nxt = _next_content(lines, i)
            if nxt is None or not SALUTATION.match(lines[nxt].text):
                starts.append(i)
                body_seen = False
    return starts


def _has_body(lines: LineTable, first: int, stop: int) -> bool:
    """Whether a line of ``[first, stop)`` is body text (not blank, not a header line)."""
    return any(not lines.blank(j) and not is_header_line(lines[j]) for j in range(first, stop))


def _unaddressed_start(lines: LineTable) -> int | None:
    """Where a text without a salutation starts (a bulletin, a notice): the first line
    shaped like a title that is followed by header fields and then prose (a page headline
    repeated above the title is not); else the first non-blank line."""
    window: list[int] = []
    for i in range(len(lines)):
        if not lines.blank(i):
            window.append(i)
            if len(window) == MAX_TITLE_SEARCH:
                break
    if not window:
        return None
    for k, i in enumerate(window):
        line = lines[i]
        if not is_header_line(line):
            break  # the body has begun: the title, if any, was above
        if not (looks_like_title(line.text) and TITLE_SHAPE.search(clean_title(line.text))):
            continue
        after = next((j for j in window[k + 1:] if not _header_field(lines[j].text)), None)
        if after is None or not looks_like_title(lines[after].text):
            # a ——subtitle is never the title: the headline above it is (歌颂…成就 / ——代表审议…报告)
            above = window[k - 1] if k > 0 else None
            if line.text.startswith(SUBTITLE_PREFIXES) and above is not None and not _header_field(lines[above].text):
                return above
            return i
    return window[0]


def _after_close(lines: LineTable, i: int) -> bool:
    """Whether the paragraph before line ``i`` is a speech's rallying close."""
    prev = next((lines[j].text for j in range(i - 1, -1, -1) if not lines[j].blank), "")
    return bool(CLOSING_CUE.match(prev)) or prev.endswith(RALLYING_ENDS)


def _title_above(lines: LineTable, salutation: int) -> int:
    """The first line of the header block above a salutation (or the salutation).

    Walks up over header lines; the *nearest* line shaped like a title wins (a page
    headline or a breadcrumb above it is the page's, not the speech's). Between the title
    and the salutation stand header fields (a ——subtitle, a date, a speaker, a note, a
    news lead ``省长某某作政府工作报告``) and whatever short lines a page left. A
    ——subtitle with no title under it takes the short slogan lines above it as its title.
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
            return _title_top(lines, block, k, slogan=False)
        if text.startswith(SUBTITLE_PREFIXES) and k + 1 < len(block):
            return _title_top(lines, block, k + 1, slogan=True)  # 坚定信心 奋力跨越 / ——在…会议上的讲话
        # header fields and unclassified short lines (a page's leftovers) are walked over
    # no title: the first title-worded line of the block, else the block's top
    return _first_titled(lines, block) if block else salutation


def _title_top(lines: LineTable, block: list[int], k: int, slogan: bool) -> int:
    """The first line of the title at ``block[k]``: the line above it when the title is
    broken between them, the names above a bare title word (``某某市政协常委会`` /
    ``工作报告``), or (over a ——subtitle, ``slogan``) the slogan lines above it."""
    top = block[k]
    title = [lines[top].text]
    for j in block[k + 1 : k + 3]:
        text = lines[j].text
        if top - j > 4 or _header_field(text) or len(text) > MAX_SLOGAN_LINE:
            break
        if heads_bare_title([text, *title]):
            top = j
            title.insert(0, text)
            continue
        if len(title) > 1 and heads_bare_title(title):
            break  # the names over a title word are the whole title
        if looks_like_title(text) and not straddles_title(text, lines[top].text):
            break
        if not ((slogan and _is_slogan_pair(text, lines[top].text)) or straddles_title(text, lines[top].text)):
            break
        top = j
        title.insert(0, text)
    return top


def _is_slogan_pair(upper: str, lower: str) -> bool:
    """``高举…旗帜`` over ``为…而团结奋斗``: a slogan title broken over two lines, both
    free of punctuation and of a title word (``…会议上的讲话`` stands alone)."""
    return not TITLE_WORDS.search(upper) and not any(ch in upper for ch in ",、:;()") and not TITLE_WORDS.search(lower)


def _first_titled(lines: LineTable, block: list[int]) -> int:
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


def _next_content(lines: LineTable, i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)


def _digest_titles(lines: LineTable, titled: list[int]) -> set[int]:
    """Title lines of the digests of several speakers' speeches in one notice (two or more),
    among the lines with a title word."""
    found = {
        i for i in titled
        if DIGEST_TITLE.search(lines[i].text) and digest_title(lines[i].text) is not None
    }
    return found if len(found) >= 2 else set()


def _speech_end(lines: LineTable, first: int, stop: int) -> int:
    """Where a speech ends: its last content line, unless a notes block (``注释:`` with
    its entries) or an article the page appended after the speech's close follows."""
    content = lines.content(first, stop)
    if not content:
        return lines[first].end
    cut = _notes_start(lines, content)
    if cut is None:
        cut = _appended_start(lines, content)
    kept = content if cut is None else [j for j in content if j < cut] or content[:1]
    return lines[kept[-1]].end


def _notes_start(lines: LineTable, content: list[int]) -> int | None:
    """A notes block in the second half: ``注释:`` / ``资料来源:`` / ``名词解释`` and its
    ``[1]…`` / ``1.…`` entries, or such a head among the last lines; with the ``附件``
    line above it. No part of the speech (``一、`` / ``(一)``) may follow it."""
    n = len(content)
    part = _last_part(lines, content[0], content[-1] + 1)
    last_part = -1 if part is None else bisect_left(content, part)
    first = max(n // 2 + 1, last_part)  # a notes head with no part after it
    if first >= n:
        return None
    for i in lines.lines_with(_NOTES_WORD, content[first], content[-1] + 1):
        k = bisect_left(content, i)
        if not NOTES_HEAD.match(lines[i].text):
            continue
        after = lines[content[k + 1]].text if k + 1 < n else ""
        if NOTE_ITEM.match(after) or n - k <= MAX_NOTE_TAIL:
            return content[k - 1] if APPENDIX_HEAD.match(lines[content[k - 1]].text) else content[k]
    return None


def _last_part(lines: LineTable, first: int, stop: int) -> int | None:
    """The last line of ``[first, stop)`` that opens a part, searched from the end in
    growing steps (a part usually stands near the end; a text without any is read once)."""
    step = 64
    while stop > first:
        lo = max(first, stop - step)
        for i in reversed(lines.lines_opening(_PART_LINE, lo, stop)):
            if PART_MARKER.match(lines[i].text):
                return i
        stop, step = lo, step * 2
    return None


def _appended_start(lines: LineTable, content: list[int]) -> int | None:
    """The first line of an article appended after the speech's rallying close: a page's
    leftover short lines, or a headline over news prose or a profile."""
    n = len(content)
    short_from = n  # every line from here on is a short non-point line
    while short_from > 0 and _short_line(lines[content[short_from - 1]].text):
        short_from -= 1
    closes = lines.lines_with(_CLOSE_WORD, content[n // 2], content[n - 2] + 1) if n >= 2 else []
    for i in closes:
        k = bisect_left(content, i)
        if not _is_close(lines[i].text):
            continue
        rest = k + 1
        while rest < n and rest - k <= MAX_SIGNATURE_LINES and _signature(lines[content[rest]].text):
            rest += 1  # a date or a signature under the close is the speech's
        if rest >= n:
            return None
        head = lines[content[rest]].text
        nxt = lines[content[rest + 1]].text if rest + 1 < n else ""
        if rest >= short_from or NEWS_OPENING.match(head) or (_short_line(head) and NEWS_OPENING.match(nxt)):
            return content[rest]
    # without a close: a sidebar of link-like lines after the last paragraph
    k = n
    while k > 0 and _link_like(lines[content[k - 1]].text):
        k -= 1
    if n - k >= MIN_LINK_RUN and k > 0 and lines[content[k - 1]].text.endswith(("。", "!", "?", "”")):
        return content[k]
    return None


def _link_like(text: str) -> bool:
    """A line of a page's sidebar or menu: short, without punctuation or a marker."""
    return (
        len(text) <= MAX_HEADLINE
        and not any(ch in text for ch in "。,;!?、()")
        and MARKER_PATTERN.match(text) is None
        and not DATE_LINE.match(text)
    )


def _is_close(text: str) -> bool:
    return len(text) >= MIN_CLOSE and (text.endswith(RALLYING_ENDS) or CLOSING_CUE.match(text) is not None)


def _short_line(text: str) -> bool:
    """A page's leftover line: short, no sentence end, no marker, no address (各位代表,…
    cut short is the speaker's)."""
    return (
        len(text) <= MAX_HEADLINE
        and text[-1] not in "。!?;"
        and MARKER_PATTERN.match(text) is None
        and ADDRESS_OPENING.match(text) is None
    )


def _signature(text: str) -> bool:
    """A date line or an issuing body under the close: 2024年1月5日 / 某某县人民政府."""
    return bool(DATE_LINE.match(text) or SIGNATURE_LINE.match(text))
