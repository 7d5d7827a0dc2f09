"""Decimals broken by a space after their point, as PDF exports write them (GUIDE §1).

``24. 3 亿元``, ``36. 8%``, ``1. 04 亿美元``: the space goes (a deletion in the offset map,
so offsets still point into the input) where what follows is a number's: a unit, a
magnitude (亿, 万) or %, or a list's next figure (``36. 8、25%``). ``1. 2024年…`` is a
numbered line, and so is a line-opening ``1. 3个…`` in a run of numbered lines.
"""

from __future__ import annotations

import regex

from govspeech.parser.indicators.lexicon import MAGNITUDES, UNITS  # a data table
from govspeech.parser.normalize.fragments import in_real_list

__all__ = ["find_broken_decimals", "opens_broken_decimal"]

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
