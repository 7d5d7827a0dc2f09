"""Decimals broken by a space after their point, as PDF exports write them (GUIDE §1).

``24. 3 亿元``, ``36. 8%``, ``1. 04 亿美元``: the space goes (a deletion in the offset map,
so offsets still point into the input) where what follows is a number's: a unit, a
magnitude (亿, 万) or %, or a list's next figure (``36. 8、25%``). ``1. 2024年…`` is a
numbered line, and so is a line-opening ``1. 3个…`` in a run of numbered lines.

Text typed with an input method in Chinese punctuation mode writes the point as the full
stop: ``增长9。5%``. ``mark_full_stop_points`` turns such a ``。`` into ``.`` one-for-one,
only where a sentence end cannot be meant (``增长9%。2023年…`` and ``完成目标。5月份…`` keep
their full stop).
"""

from __future__ import annotations

import re

import regex

from govspeech.parser.indicators.lexicon import MAGNITUDES, UNITS  # a data table
from govspeech.parser.normalize.fragments import in_real_list

__all__ = ["find_broken_decimals", "mark_full_stop_points", "opens_broken_decimal"]

_AFTER_NUMBER = "|".join([*(row.pattern for row in MAGNITUDES), *(row.pattern for row in UNITS)])
# digits, the point, one space, digits, then (after a space at most) a unit or a list's next figure
_POINT_OPENERS = "\n:;。"  # where a point's marker may stand (GUIDE §2); the text is folded
_MARK_REACH = 16  # spaces read back from a number for what stands before it
# after a decimal's last digits: its unit (one or two words, 亿 then 元), then the clause ends
_CLAUSE_END = regex.compile(rf"[ ]?(?:{_AFTER_NUMBER}){{0,2}}[ \t]*(?:[,;。、:)]|\n|\Z)")
_BROKEN_DECIMAL = regex.compile(rf"(?<![\d.])\d+\.(?P<space> )\d+(?=[ ]?(?:{_AFTER_NUMBER})|、\d)")


def find_broken_decimals(text: str) -> list[tuple[int, int]]:
    """The spans of the spaces that break a decimal after its point.

    >>> find_broken_decimals("增长 36. 8%")
    [(6, 7)]
    """
    if ". " not in text:
        return []
    return [m.span("space") for m in _BROKEN_DECIMAL.finditer(text) if not _numbers_a_point(text, m)]


def opens_broken_decimal(text: str, at: int) -> bool:
    """Whether a broken decimal starts at ``at`` (its number is no page fragment's)."""
    m = _BROKEN_DECIMAL.match(text, at)
    return m is not None and not _numbers_a_point(text, m)


def _numbers_a_point(text: str, m: regex.Match[str]) -> bool:
    """Whether the number of ``m`` is a point's marker: where a point may open (a line's
    start, or after : ; 。) and either in a run of numbered lines or with a heading running
    on after its amount (``1. 3个重点项目开工``), where a decimal ends its clause
    (``24. 3亿元,``)."""
    start = m.start()
    before = text[max(0, start - _MARK_REACH) : start].rstrip(" \t")
    if before and before[-1] not in _POINT_OPENERS:
        return False
    return _numbers_a_line(text, start) or _CLAUSE_END.match(text, m.end()) is None


def _numbers_a_line(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a line in a run of numbered lines: a list item."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and in_real_list(text, start)


# A full stop between digits, the second number running into a unit (亿元, %), never a
# date (9。5月: a sentence end before a month); the stop's offset is group "point".
_STOP_POINT = regex.compile(rf"(?<![\d.。])\d+(?P<point>。)\d+(?=(?:{_AFTER_NUMBER}))")
_STOP_DIGIT = re.compile("。[0-9]")  # a plain search for the stop runs at memory speed
# A sentence does not open with a figure that ends its clause (``5%,``, ``15亿元;``): after
# such a figure the full stop before it was a point. Elsewhere it is read as a point only
# on a page that shows the habit, with this many certain points.
_HABIT = 2


def mark_full_stop_points(text: str) -> str:
    """``text`` with each full stop used as a decimal point made a point, one-for-one.

    >>> mark_full_stop_points("同比增长9。5%,增加值373。15亿元。2023年")
    '同比增长9.5%,增加值373.15亿元。2023年'
    """
    if not any(text[m.start() - 1 : m.start()].isdigit() for m in _STOP_DIGIT.finditer(text)):
        return text
    found = list(_STOP_POINT.finditer(text))
    certain = [m for m in found if _CLAUSE_END.match(text, m.end()) is not None]
    points = found if len(certain) >= _HABIT else certain
    pieces: list[str] = []
    kept = 0
    for m in points:
        point = m.start("point")
        pieces += [text[kept:point], "."]
        kept = point + 1
    return "".join([*pieces, text[kept:]]) if pieces else text
