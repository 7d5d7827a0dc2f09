"""Stage 5: logical depth of each marker, from this speech's own order of styles.

GUIDE §2: depth is logical, not typographic. The highest-ranked family with a run of
line-start markers forms the parts (depth 1), or a section heading of a higher-ranked
family that stands alone before that run (a report that numbers one section). Every
other marker joins the open level of its own family (continuing, skipping or restarting
its numbers), or carries on the numbering of a compatible open level (``三、`` →
``(四)``), or opens a new level below the current point. Lists before the first part
open depth-1 nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

from govspeech.parser._types import LevelledMarker, Marker
from govspeech.parser.lines import same_paragraph
from govspeech.parser.outline.candidates import FAMILY_OF_STYLE, drop_non_points
from govspeech.parser.outline.headings import HEADING_STOP, heading_span
from govspeech.parser.outline.markers import (
    CLOSING_WORD,
    CONTINUATION_GROUPS,
    FAMILY_RANK,
    PARAGRAPH_SCOPED,
    SINGLE_PART_FAMILIES,
    STYLE_BY_NAME,
    TOP_LEVEL_CUES,
)
from govspeech.parser.speech_words import CLOSING_CUE

RUN_ON_BODY = 10  # characters of body after a sentence heading on the marker's line


@dataclass(slots=True)
class _Level:
    family: str
    number: int | None
    depth: int
    marker: Marker
    items: list[Marker]  # every item of this level so far, for comparing headings




def assign_levels(markers: list[Marker], text: str) -> list[LevelledMarker]:
    """Depth of every marker of one speech; markers judged not to be points are dropped.

    >>> from govspeech.parser.outline.scan import scan_markers
    >>> t = "一、甲\\n(一)乙\\n一是丙。二是丁。\\n二、戊"
    >>> [(lm.marker.text, lm.depth) for lm in assign_levels(scan_markers(t), t)]
    [('一、', 1), ('(一)', 2), ('一是', 3), ('二是', 3), ('二、', 1)]
    """
    markers = drop_non_points(markers, text)
    families = [FAMILY_OF_STYLE[m.style] for m in markers]
    parts_family = part_family(markers)
    last_part = max((i for i, f in enumerate(families) if f == parts_family), default=-1)
    stack: list[_Level] = []
    out: list[LevelledMarker] = []
    top_items: list[Marker] = []  # the depth-1 nodes so far
    last_number: dict[str, int | None] = {}  # each family's last number, open or closed
    for index, marker in enumerate(markers):
        family = families[index]
        if index > last_part >= 0 and _top_level_cue_before(text, markers[index - 1], marker):
            stack = []  # 以上四点意见…: what follows stands beside the parts
        siblings: list[Marker] | None = None  # the level's list; a new level starts a new one
        inner = _inner_run(stack, family, marker, text) if family == parts_family else None
        if inner is not None:
            depth = stack[inner].depth  # 第二,…第一,…第二,…: the restarted list goes on
            siblings = stack[inner].items
            del stack[inner:]
        elif family == parts_family and stack and stack[0].family == family and _opens_sublist(stack[0], marker, text):
            depth = stack[-1].depth + 1  # 第二,要明确任务。第一,…: a list inside the part
        elif family == parts_family:
            depth = 1
            stack = []
        else:
            same = _same_family_level(stack, family, marker.number)
            if same is not None and not _continues(stack[same], marker):
                # a skip in this family, or the continuation of a compatible level above:
                # the headings' parallel shape decides (一、二、三、(一)(二)(四)…)
                cont = _continued_level(stack, family, marker.number)
                if cont is not None and _parallelism(text, marker, stack[cont].items) > _parallelism(
                    text, marker, stack[same].items
                ):
                    same = cont
            if same is not None and _opens_sublist(stack[same], marker, text):
                depth = stack[-1].depth + 1
            elif same is not None:
                depth = stack[same].depth
                siblings = stack[same].items
                del stack[same:]
            elif marker.text.startswith(CLOSING_WORD) and marker.number is None:
                if index < last_part:
                    continue  # 最后 inside an earlier part with no 首先 before it: prose
                depth = 1
                stack = []
            else:
                cont = _continued_level(stack, family, marker.number, text, marker)
                if cont is not None and _own_run_goes_on(last_number, family, marker, stack[cont].family):
                    cont = None  # (一) 1. 2. (二) 3.: the Arabic items run on under (二)
                if cont is not None:
                    depth = stack[cont].depth
                    siblings = stack[cont].items
                    del stack[cont:]
                else:
                    _close_paragraph_points(stack, marker, text)
                    depth = stack[-1].depth + 1 if stack else 1
        if depth == 1 and not stack:
            siblings = top_items
        elif siblings is None:
            siblings = []
        siblings.append(marker)  # the level's list, shared by all its items: no copies
        last_number[family] = marker.number
        stack.append(_Level(family, marker.number, depth, marker, siblings))
        out.append(LevelledMarker(marker, depth))
    return out


QUICK_HEADING = 30  # characters of a marker's heading compared for parallelism
PARALLEL_WINDOW = 8  # nearest siblings compared
_SHAPE = ",、;:"


def _quick_heading(text: str, marker: Marker) -> str:
    """The first words of a marker's heading, read as ``build`` reads headings."""
    start, end, _ = heading_span(text, marker.end, min(len(text), marker.end + QUICK_HEADING), inline=False)
    return text[start:end]


def _parallelism(text: str, marker: Marker, siblings: list[Marker]) -> int:
    """How closely the marker's heading echoes the best of its ``siblings``: shared opening words, the
    same punctuation skeleton, the same length (``坚持理念建区,打牢…`` / ``坚持惠民福区,践行…``)."""
    best = 0
    heading = _quick_heading(text, marker)  # read only here: ambiguity is rare
    for item in siblings[-PARALLEL_WINDOW:]:
        other = _quick_heading(text, item)
        prefix = 0
        for a, b in zip(heading, other):
            if a != b:
                break
            prefix += 1
        shape_a = [k for k, ch in enumerate(heading) if ch in _SHAPE]
        shape_b = [k for k, ch in enumerate(other) if ch in _SHAPE]
        score = min(prefix, 4) + (2 if shape_a and shape_a == shape_b else 0) + (abs(len(heading) - len(other)) <= 2)
        best = max(best, score)
    return best


# Families that write their numbers in Arabic digits; the others write Chinese numerals.
ARABIC_FAMILIES = frozenset({"arabic", "paren_arabic"})


def _own_run_goes_on(last_number: dict[str, int | None], family: str, marker: Marker, other: str) -> bool:
    """Whether the marker carries on its own family's last run rather than the numbering
    of a level written in the other script (``3.`` after ``1. 2.`` under ``(一)``, not
    after ``(二)``)."""
    last = last_number.get(family)
    return (
        marker.number is not None
        and last is not None
        and last == marker.number - 1
        and (family in ARABIC_FAMILIES) != (other in ARABIC_FAMILIES)
    )


def _continues(level: _Level, marker: Marker) -> bool:
    """Whether the marker's number follows the level's last one (or either has none)."""
    return level.number is None or marker.number is None or marker.number == level.number + 1


def _top_level_cue_before(text: str, previous: Marker, marker: Marker) -> bool:
    return TOP_LEVEL_CUES.search(text, previous.end, marker.start) is not None


def _same_family_level(stack: list[_Level], family: str, number: int | None) -> int | None:
    """The open level of this family, preferring one whose numbering this marker continues
    (``三要`` after a ``一是…三是`` list nested under ``二要`` goes back to ``二要``)."""
    own = None  # the innermost open level of the family
    for pos in range(len(stack) - 1, -1, -1):
        level = stack[pos]
        if level.family == family:
            if number is None or level.number == number - 1:
                return pos
            if own is None:
                own = pos
    return own


# The continuation group of each family (empty for a family in none).
_GROUP_OF: dict[str, frozenset[str]] = {
    family: next((g for g in CONTINUATION_GROUPS if family in g), frozenset()) for family in FAMILY_RANK
}


def _continued_level(
    stack: list[_Level], family: str, number: int | None, text: str | None = None, marker: Marker | None = None
) -> int | None:
    """Index of an open level of a compatible family whose numbering this marker continues.

    Where two open levels both stand at the number before it (``首先,…一是…`` then
    ``第二,``), the one whose headings its own heading echoes wins (given ``text``)."""
    if number is None or number < 2:
        return None
    group = _GROUP_OF.get(family, frozenset())
    found = [pos for pos in range(len(stack) - 1, -1, -1) if stack[pos].number == number - 1 and stack[pos].family in group]
    if len(found) < 2 or text is None or marker is None:
        return found[0] if found else None
    return max(found, key=lambda pos: _parallelism(text, marker, stack[pos].items))


def _opens_sublist(level: _Level, marker: Marker, text: str) -> bool:
    """``二要抓好招商引资。…:一是…`` — a 一 inside the paragraph of a line-start item
    of the same family, or of an item of a list that never had a 一 in this style, starts
    a list below it, not a restart beside it."""
    if marker.number != 1 or level.number in (None, 1) or not same_paragraph(text, level.marker.end, marker.start):
        return False
    if not marker.line_start and level.marker.line_start:
        return True
    # 首先…第二,…第一,…第二,…第三,: the list never had a 第一 of its own (it opened in
    # another style), so a 第一 inside its 第二 restarts one level down
    return not any(item.style == marker.style and item.number == 1 for item in level.items)


def _inner_run(stack: list[_Level], family: str, marker: Marker, text: str) -> int | None:
    """The open inner list of the parts' family that an inline marker carries on (its
    last number plus one, in the same paragraph)."""
    if marker.line_start or marker.number is None:
        return None
    for pos in range(len(stack) - 1, 0, -1):
        level = stack[pos]
        if level.family == family and level.number == marker.number - 1:
            return pos if same_paragraph(text, level.marker.end, marker.start) else None
    return None


def _close_paragraph_points(stack: list[_Level], marker: Marker, text: str) -> None:
    """A new list in a later paragraph does not nest under a point that lives in one
    paragraph: an inline point, or a —— / 一方面 point; nor, in a paragraph that opens
    with an address (``各位代表!``), under a point whose heading is a sentence run on
    into its body."""
    addressed: bool | None = None  # read only when a level's scope depends on it
    while stack:
        top = stack[-1]
        scoped = top.family in PARAGRAPH_SCOPED or not top.marker.line_start
        if not scoped and top.depth > 1:
            if addressed is None:
                addressed = CLOSING_CUE.match(text, text.rfind("\n", 0, marker.start) + 1) is not None
            scoped = addressed and _runs_on(text, top.marker)
        if scoped and not same_paragraph(text, top.marker.end, marker.start):
            stack.pop()
        else:
            break


def _runs_on(text: str, marker: Marker) -> bool:
    """Whether the marker's heading ends a sentence and its body runs on in the same line."""
    line_end = text.find("\n", marker.end)
    line_end = len(text) if line_end == -1 else line_end
    stop = HEADING_STOP.search(text, marker.end, line_end)
    return stop is not None and line_end - stop.end() > RUN_ON_BODY


def part_family(markers: list[Marker]) -> str | None:
    """The family that forms a speech's parts (GUIDE §2: the top level of enumeration).

    The highest-ranked family with two line-start markers, unless a section-heading
    family ranked above it has a single line-start marker before that family's first: a
    report that numbers only one section (``一、工作回顾`` then ``(一)…(二)…``) has that
    one part, and the list after it is its points. A list before the parts (a ``——``
    review, ``首先…其次``) is ranked below them and changes nothing.

    >>> from govspeech.parser.outline.scan import scan_markers
    >>> part_family(scan_markers("一、工作回顾\\n(一)甲\\n(二)乙"))
    'cn_dun'
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}  # position of each family's first line-start marker
    for pos, m in enumerate(markers):
        if m.line_start:
            family = FAMILY_OF_STYLE[m.style]
            counts[family] = counts.get(family, 0) + 1
            first.setdefault(family, pos)
    single: str | None = None  # the highest-ranked family with one line-start marker
    for family in FAMILY_RANK:
        if counts.get(family, 0) >= 2:
            return single if single is not None and first[single] < first[family] else family
        if single is None and family in counts and family in SINGLE_PART_FAMILIES:
            single = family
    # no line breaks to go by (a page run into one line): a section heading family among
    # the inline markers still forms the parts, a list before it stands beside them
    inline = {FAMILY_OF_STYLE[m.style] for m in markers}
    section = next((f for f in FAMILY_RANK if f in inline and f in SINGLE_PART_FAMILIES), None)
    return section or (FAMILY_OF_STYLE[markers[0].style] if markers else None)
