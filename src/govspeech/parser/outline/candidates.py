"""Which scanned markers open points at all (GUIDE §2), before their depth is decided.

A first item inline (``…三件大事:一是…``) needs its second, a ``一方面`` or ``——`` its
sibling; a sentence that lists another document's sections opens none; and a page that
lost its line breaks may hold a part's first item alone (the page was cut after it).
"""

from __future__ import annotations

import regex

from govspeech.parser._types import Marker
from govspeech.parser.outline.headings import FLAT_LINE
from govspeech.parser.outline.markers import (
    CONTENTS_DESCRIBED,
    CONTINUATION_GROUPS,
    FAMILY_RANK,
    NEEDS_SIBLING,
    PARTS_ANNOUNCED,
    SECTION_FAMILIES,
    SINGLE_PART_FAMILIES,
    STYLE_BY_NAME,
)

SIBLING_WINDOW = 3000  # characters within which a 一方面 or —— must find its sibling

# The family of each style (``cn_shi`` and ``cn_yao`` are both ``cn_verb``).
FAMILY_OF_STYLE: dict[str, str] = {name: style.family for name, style in STYLE_BY_NAME.items()}


def drop_non_points(markers: list[Marker], text: str) -> list[Marker]:
    """The markers of one speech that may open points."""
    return _drop_lonely(_drop_described_contents(markers, text), text)


DESCRIPTION_WINDOW = 20  # characters before a first item read for 分为四个部分:


def _drop_described_contents(markers: list[Marker], text: str) -> list[Marker]:
    """Drop the inline section markers of a sentence that lists another document's
    sections (``报告分为四个部分:一、…;二、…;三、…。``): one sentence, one list."""
    dropped: set[int] = set()
    for i, first in enumerate(markers):
        if first.number != 1 or first.line_start or FAMILY_OF_STYLE[first.style] not in SECTION_FAMILIES:
            continue
        if not CONTENTS_DESCRIBED.search(text, max(0, first.start - DESCRIPTION_WINDOW), first.start):
            continue
        dropped.add(i)
        for k in range(i + 1, len(markers)):
            item = markers[k]
            if item.style != first.style or item.line_start or _SENTENCE_END.search(text, markers[k - 1].end, item.start):
                break
            dropped.add(k)
    return [m for i, m in enumerate(markers) if i not in dropped] if dropped else markers


_SENTENCE_END = regex.compile(r"[。!?\n]")


def _drop_lonely(markers: list[Marker], text: str) -> list[Marker]:
    """Drop markers of NEEDS_SIBLING families with no same-family marker nearby, and an
    inline first item (``…三件大事:一是…,二是…``) whose second never opens a point,
    unless it opens a part of a page that lost its line breaks."""
    families = [FAMILY_OF_STYLE[m.style] for m in markers]
    lines: _FlatLines | None = None  # built on the first lonely first item: most have none
    kept: list[Marker] = []
    for i, m in enumerate(markers):
        fam = families[i]
        if m.number == 1 and not m.line_start and not _second_follows(markers, families, i):
            lines = lines or _FlatLines(text, markers, families)
            if not _opens_flat_part(text, markers, families, i, kept[-1] if kept else None, lines):
                continue
        if fam in NEEDS_SIBLING and not _sibling_near(markers, families, i):
            continue
        kept.append(m)
    return kept


class _FlatLines:
    """For each marker, its line's bounds and whether a first item of a lower family
    follows it in that line, read in one pass each way (a page run into one line holds
    thousands of markers)."""

    def __init__(self, text: str, markers: list[Marker], families: list[str]) -> None:
        self.bounds: list[tuple[int, int]] = []
        line_start, line_end, searched = 0, -1, 0
        for m in markers:
            line_start = text.rfind("\n", searched, m.start) + 1 or line_start
            if line_end < m.end:
                found = text.find("\n", m.end)
                line_end = len(text) if found == -1 else found
            searched = m.start
            self.bounds.append((line_start, line_end))
        ranks = [FAMILY_RANK.index(f) for f in families]
        nearest = [len(text)] * len(FAMILY_RANK)  # the next first item of each family, by rank
        self.lower_first_follows = [False] * len(markers)
        for i in range(len(markers) - 1, -1, -1):
            self.lower_first_follows[i] = min(nearest[ranks[i] + 1 :], default=len(text)) < self.bounds[i][1]
            if markers[i].number == 1:
                nearest[ranks[i]] = markers[i].start


def _sibling_near(markers: list[Marker], families: list[str], i: int) -> bool:
    """Whether another marker of the family stands among the 12 markers either side of
    marker ``i``, within the sibling window."""
    fam = families[i]
    at = markers[i].start
    for k in range(max(0, i - 12), min(len(markers), i + 12)):
        if k != i and families[k] == fam and abs(markers[k].start - at) <= SIBLING_WINDOW:
            return True
    return False


def _second_follows(markers: list[Marker], families: list[str], i: int) -> bool:
    """Whether a number-2 marker of the first item's family follows it, before the next
    number-1 of that family and within the sibling window."""
    first = markers[i]
    fam = families[i]
    for k in range(i + 1, len(markers)):  # by index: no copy of the rest, the window ends it
        o = markers[k]
        if o.start - first.start > SIBLING_WINDOW:
            return False
        if families[k] == fam or (o.number == 2 and _compatible(fam, families[k])):
            if o.number == 2:
                return True
            if o.number == 1 and families[k] == fam:
                return False
    return False


ANNOUNCEMENT_WINDOW = 80  # characters before a first item read for 我讲三点意见
# A sentence end, or a space standing for a lost line break (…工作安排 一、)
_SENTENCE_END_BEFORE = regex.compile(r"(?:[。!?:][”’\"」)]?[ \t]*|(?<=\S)[ \t]+)\Z")


def _opens_flat_part(
    text: str, markers: list[Marker], families: list[str], i: int, previous: Marker | None, lines: _FlatLines
) -> bool:
    """Whether an inline first item with no second opens a part: on a page run into one
    long line, right after a sentence end, where the speaker has just announced his
    points (``我讲三点意见:一、…``), or a section marker's own points follow it in the line
    (``。一、工作回顾…。一是…``), or it is the first point of the section marker kept just
    before it (``。一、…。(一)…``). A page cut after its first part has no second."""
    first = markers[i]
    line_start, line_end = lines.bounds[i]
    if line_end - line_start < FLAT_LINE:
        return False
    end_before = _SENTENCE_END_BEFORE.search(text, max(line_start, first.start - 8), first.start)
    if end_before is None:
        return False
    lo = max(line_start, first.start - ANNOUNCEMENT_WINDOW)
    if PARTS_ANNOUNCED.search(text, _sentences_back(text, lo, end_before.start(), 2), first.start):
        return True
    if families[i] not in SINGLE_PART_FAMILIES:
        return False
    rank = FAMILY_RANK.index(families[i])
    if previous is not None and previous.start >= line_start:
        above = FAMILY_OF_STYLE[previous.style]
        if above in SINGLE_PART_FAMILIES and FAMILY_RANK.index(above) < rank:
            return True
    return lines.lower_first_follows[i]


def _sentences_back(text: str, lo: int, at: int, count: int) -> int:
    """Start of the ``count``-th sentence back from ``at`` (a sentence end), not before ``lo``."""
    for _ in range(count):
        at = max(text.rfind(c, lo, at) for c in "。!?")
        if at < lo:
            return lo
    return at + 1


def _compatible(a: str, b: str) -> bool:
    return any(a in g and b in g for g in CONTINUATION_GROUPS)

