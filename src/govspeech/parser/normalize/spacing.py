"""Spaces a PDF or ebook export puts around the figures of Chinese text (GUIDE §1).

``2024 年``, ``达到 134.9 万亿元``, ``增长 5%``, ``——2025 年 3 月 5 日``: the spaces between a
number and its unit (or 年, 月, 日), and between a Chinese word and a number spaced off from
its unit too (or whose unit is a sign, ``%``), are layout, not text. They are deleted
through the offset map, so offsets still point into the input. Spaces between two numbers
(``2024 2025``, ``1 2 3``) or beside a Latin word (``GDP 5 %``) are real separators and
stay, and so do a space before a number with no unit (``政府工作报告 2023 各位代表``), one
after a range (``3-5 个``: the range is kept as written) and one before a number written
close to its unit (``一、2023年工作回顾 2023年是…``, a heading glued to its text).
"""

from __future__ import annotations

import regex

from govspeech.parser.indicators.lexicon import MAGNITUDES, UNITS  # a data table

__all__ = ["find_figure_spaces"]

# What a number's unit may be: a magnitude, a unit of the lexicon, or a calendar word
# (个月 before 月: 个 alone is a measure word that refuses 个月).
_CALENDAR = "周年|年|个月|月|日|天"
_UNIT = "|".join([*(row.pattern for row in MAGNITUDES), *(row.pattern for row in UNITS), _CALENDAR])
_REACH = 8  # the most spaces read on either side of a number (a longer run is a table's gap)
_NUMBER = r"\d+(?:,\d{3})*(?:\.[ ]?\d+)?"  # 1256, 200,000, 134.9, a broken 24. 3
_FIGURE_SPACES = regex.compile(
    rf"""
    (?: (?<=\p{{Han}}) (?P<lead>[ \t]{{1,{_REACH}}})      # spaces after a Chinese word
      | (?=\d) (?<![A-Za-z0-9.,%~-][ \t]{{0,{_REACH}}}) )  # else no Latin, number or range
    (?<![\d.,]) {_NUMBER}
    (?P<gap>[ \t]{{0,{_REACH}}})                          # spaces before its unit
    (?={_UNIT})
    """,
    regex.VERBOSE,
)
# A figure with a layout space has a space beside a digit: the scan above runs only in a
# window around each (finding the spaces is many times faster than the scan itself).
_DIGITS = frozenset("0123456789")
_HAN = regex.compile(r"\p{Han}")
_BEFORE, _AFTER = 40, 64  # a window's reach: a long number and its spaces, then its unit


def find_figure_spaces(text: str) -> list[tuple[int, int]]:
    """The spans of the layout spaces around the figures of ``text``, in order.

    >>> find_figure_spaces("达到 134.9 万亿元、增长 5%")
    [(2, 3), (8, 9), (15, 16)]
    """
    spans: list[tuple[int, int]] = []
    for lo, hi in _windows(text):
        # a window of its own (a search of the whole text costs its length each time), with
        # room before it for the lookbehinds
        offset = max(0, lo - _REACH - 1)
        window = text[offset:hi]
        for m in _FIGURE_SPACES.finditer(window, lo - offset):
            # An export spaces a number off from the Chinese on both sides (在 2025 年);
            # a space on one side only (回顾 2023年是…) parts a heading from its text.
            spaced = m.end("gap") > m.start("gap") or _HAN.match(window, m.end()) is None
            for group in ("lead", "gap") if spaced else ():
                start, end = m.span(group)
                if end > start and (not spans or start + offset >= spans[-1][1]):
                    spans.append((start + offset, end + offset))
    return spans


def _windows(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` around each space beside a digit."""
    windows: list[tuple[int, int]] = []
    for space in " \t":
        at = text.find(space)
        while at != -1:
            if text[at - 1 : at] in _DIGITS or text[at + 1 : at + 2] in _DIGITS:
                windows.append((max(0, at - _BEFORE), min(len(text), at + 1 + _AFTER)))
            at = text.find(space, at + 1)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
