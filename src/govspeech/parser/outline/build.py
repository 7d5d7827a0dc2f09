"""Stage 6: levelled markers → the internal outline tree of one speech.

Also finds where the speech's closing starts (GUIDE §2: paragraphs after the last part
that open with ``同志们,`` are the closing, not part of the last part) and reads each
node's heading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from govspeech.parser._types import LevelledMarker, OutlineNode, SpeechOutline, SpeechSlice
from govspeech.parser.outline.headings import (
    HEADING_STOP,
    MIN_SIBLINGS_FOR_SHAPE,
    clean_heading,
    heading_span,
    repair_glued,
)
from govspeech.parser.outline.markers import MARKER_PATTERN, SECTION_FAMILIES, STYLE_BY_NAME
from govspeech.parser.speech_words import CLOSING_CUE

MAX_CUT_HEADING = 8  # a heading this short, alone on its line, may have been cut by the layout
MAX_CUT_REST = 40  # characters of the next line that may finish a cut heading
MAX_CLOSING_PARAGRAPHS = 3  # a rallying close is short: 同志们,… / 让我们…奋斗!


def build_tree(text: str, speech: SpeechSlice, levelled: list[LevelledMarker]) -> SpeechOutline:
    """Build the outline tree of ``speech`` from its levelled markers.

    >>> from govspeech.parser.outline.scan import scan_markers
    >>> from govspeech.parser.outline.levels import assign_levels
    >>> t = "一、稳增长\\n(一)抓项目。要快。\\n同志们,加油!"
    >>> out = build_tree(t, SpeechSlice(0, len(t)), assign_levels(scan_markers(t), t))
    >>> out.roots[0].children[0].path
    ('稳增长', '抓项目')
    >>> [(n.heading, [c.heading for c in n.children]) for n in out.roots], t[out.closing_start:]
    ([('稳增长', ['抓项目'])], '同志们,加油!')
    """
    search_from = levelled[-1].marker.end if levelled else speech.body_start
    closing_start = _closing_start(text, search_from, speech.end)
    body_end = closing_start if closing_start is not None else speech.end
    count = len(levelled)  # markers are in text order: those of the closing are a tail
    while count and levelled[count - 1].marker.start >= body_end:
        count -= 1
    outline = SpeechOutline(
        speech, levelled[0].marker.start if count else body_end, closing_start=closing_start
    )
    stack: list[OutlineNode] = []
    for k in range(count):
        lm = levelled[k]
        marker = lm.marker
        region_end = levelled[k + 1].marker.start if k + 1 < count else body_end
        section = STYLE_BY_NAME[marker.style].family in SECTION_FAMILIES
        h_start, h_end, fills_line = heading_span(text, marker.end, region_end, not marker.line_start, section)
        heading = clean_heading(text[h_start:h_end])
        while stack and stack[-1].depth >= lm.depth:
            closed = stack.pop()  # a node ends where the next node at its depth or above starts
            end = marker.start
            while end > closed.marker.start and text[end - 1].isspace():
                end -= 1  # …before the white space ahead of that node
            closed.end = end
        if stack:
            parent = stack[-1]
            node = OutlineNode(marker, parent.depth + 1, heading, body_end, fills_line)
            parent.children.append(node)
        else:
            node = OutlineNode(marker, 1, heading, body_end, fills_line)
            outline.roots.append(node)
        stack.append(node)
    for node in stack:
        node.end = _rstrip_end(text, node.marker.start, body_end)
    _finish_headings(text, outline.roots)
    return outline


def _finish_headings(text: str, roots: list[OutlineNode]) -> None:
    """Repair glued and cut headings in every sibling group (a shape needs three
    siblings), then give each node the headings from the top down to it."""
    groups: list[tuple[list[OutlineNode], tuple[str, ...]]] = [(roots, ())]
    while groups:  # parents before children: a path is read once its headings are final
        nodes, above = groups.pop()
        if len(nodes) >= MIN_SIBLINGS_FOR_SHAPE:
            _repair_headings(nodes)
            _join_cut_headings(text, nodes)
        for node in nodes:
            node.path = (*above, node.heading)
            if node.children:
                groups.append((node.children, node.path))


def _closing_start(text: str, start: int, end: int) -> int | None:
    """Where the rallying close begins: the first 同志们, paragraph after the last marker
    that is followed by at most a few paragraphs more (one inside the last part is not)."""
    for line_start, cue in _cues(text, start, end):
        if _paragraphs_up_to(text, line_start, end, MAX_CLOSING_PARAGRAPHS + 1) <= MAX_CLOSING_PARAGRAPHS:
            return line_start + len(cue) - len(cue.lstrip(" \t"))
    return None


# CLOSING_CUE led by the line break before it: a search led by a character skips ahead
# far faster than one anchored by ^ (the text after the last marker may be long).
_CUE_AFTER_BREAK = regex.compile("\n" + CLOSING_CUE.pattern.removeprefix("^"))


def _cues(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The lines of ``text[start:end]`` that open with a closing cue: (line start, cue)."""
    if start == 0:
        first = CLOSING_CUE.match(text, 0, end)
        if first is not None:
            yield 0, first.group()
    for cue in _CUE_AFTER_BREAK.finditer(text, max(start - 1, 0), end):
        yield cue.start() + 1, cue.group()[1:]


def _paragraphs_up_to(text: str, start: int, end: int, limit: int) -> int:
    """Non-blank lines in ``text[start:end]``, counting no further than ``limit``."""
    count = 0
    pos = start
    while pos < end and count < limit:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        if not text[pos:stop].isspace() and stop > pos:
            count += 1
        pos = stop + 1
    return count


def _repair_headings(nodes: list[OutlineNode]) -> None:
    """Repair glued headings in one sibling group."""
    headings = repair_glued([n.heading for n in nodes], [n.heading_fills_line for n in nodes])
    for node, heading in zip(nodes, headings):
        node.heading = heading


def _join_cut_headings(text: str, nodes: list[OutlineNode]) -> None:
    """A short heading alone on its line among siblings whose headings run on into their
    body was cut by the layout (``(二)坚持不懈用`` / ``新时代…凝心铸魂。``): it goes on
    to the first sentence end of the next line."""
    short = [n for n in nodes if n.heading_fills_line and 0 < len(n.heading) <= MAX_CUT_HEADING]
    if not short:
        return
    # siblings of each style, and how many of them run on inline: counted once per group
    alike: Counter[str] = Counter(n.marker.style for n in nodes)
    inline: Counter[str] = Counter(n.marker.style for n in nodes if not n.heading_fills_line)
    for node in short:
        style = node.marker.style
        if alike[style] >= MIN_SIBLINGS_FOR_SHAPE and inline[style] * 2 > alike[style]:
            node.heading += _next_line_sentence(text, node.marker.end, node.end)


def _next_line_sentence(text: str, start: int, end: int) -> str:
    """The first words of the next non-blank line up to its first sentence end, if that
    comes soon and the line opens no point; else nothing."""
    pos = text.find("\n", start, end)
    while pos != -1 and pos < end:
        nxt = text.find("\n", pos + 1, end)
        line = text[pos + 1 : end if nxt == -1 else nxt].strip()
        if line:
            stop = HEADING_STOP.search(line, 0, MAX_CUT_REST + 1)
            if stop is None or MARKER_PATTERN.match(line) is not None:
                return ""
            return clean_heading(line[: stop.start()])
        pos = nxt
    return ""


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
