"""Bounds of a figure: around, at least, at most, or a range with both ends (GUIDE §3).

A target is rarely a point: ``增长6%左右`` (around), ``65亿元以上`` (at least), ``控制在5.5%以内``
(at most), ``6%—6.5%`` or ``6至6.5%`` (a range). The words come from ``lexicon.BOUNDS``; a
range keeps its upper end as ``value_high``.

>>> [(f.value, f.bound, f.value_high) for f in add_bounds("增长6%—6.5%", find_quantities("增长6%—6.5%"))]
[(6.0, 'range', 6.5)]
"""

from __future__ import annotations

import re

from govspeech.parser.indicators import lexicon
from govspeech.parser.indicators._regex import Tail, first_chars
from govspeech.parser.indicators.match import Found, find_quantities
from govspeech.parser.indicators.signs import add_signed
from govspeech.numerals import parse_decimal

__all__ = ["add_bounds", "find_quantities"]

_BEFORE = [(row.name, Tail(f"(?:{row.before})$")) for row in lexicon.BOUNDS]
# one alternation in table order: at one position its first matching branch is the first
# row whose words match there
_AFTER = re.compile("|".join(f"(?P<{row.name}>{row.after})" for row in lexicon.BOUNDS))
_AFTER_FIRST = first_chars(_AFTER.pattern)
# the characters a bound word before a figure can end with (None: not known)
_BEFORE_ENDS = (None if any(p.ends is None for _, p in _BEFORE)
                else frozenset().union(*(p.ends or () for _, p in _BEFORE)))
_REACH = 4  # characters before a figure read for a bound word
_RANGE_JOIN = re.compile(f"(?:{lexicon.RANGE_JOINS})")
_BASE_BEFORE = re.compile("(?:由|从)[^,;:。]{0,8}$")  # 由5%至6%: a base and its level, not a range
_INNER_RANGE = re.compile(r"(?:[-—–~～]{1,2}|至|到)(?P<high>[\d.]+|[零〇○一二两三四五六七八九十百千]+)")


def add_bounds(sentence: str, found: list[Found]) -> list[Found]:
    """``found`` with each figure's bound set and ranges written unit-to-unit merged; signed
    and ``%``-less changes (``增长-0.5%``, ``比上年增长12.5``) are added first (``signs``)."""
    out: list[Found] = []
    for item in add_signed(sentence, found):
        prev = out[-1] if out else None
        if prev is not None and _joins_range(sentence, prev, item):
            prev.bound, prev.value_high = "range", item.value
            prev.end, prev.text = item.end, sentence[prev.start : item.end]
            continue
        _bound(sentence, item)
        out.append(item)
    return out


def _joins_range(sentence: str, prev: Found, item: Found) -> bool:
    """``6%—6.5%``: two figures of one unit with only a range mark between them."""
    if prev.kind != "quantity" or item.kind != "quantity" or prev.unit != item.unit:
        return False
    joint = sentence[prev.end : item.start]
    if _RANGE_JOIN.fullmatch(joint) is None:
        return False
    return joint not in ("至", "到") or _BASE_BEFORE.search(sentence, max(0, prev.start - 10), prev.start) is None


def _bound(sentence: str, item: Found) -> None:
    if item.kind != "quantity":
        return
    inner = _INNER_RANGE.search(item.text)
    if inner is not None and item.text[0].isdigit() == inner.group("high")[0].isdigit():
        high = parse_decimal(inner.group("high"))
        if high is not None:  # 6至6.5%, 3—5家
            item.bound, item.value_high = "range", high
            return
    if _AFTER_FIRST is None or sentence[item.end : item.end + 1] in _AFTER_FIRST:
        after = _AFTER.match(sentence, item.end)
        if after is not None:
            item.bound = after.lastgroup  # type: ignore[assignment]
            return
    if _BEFORE_ENDS is not None and sentence[item.start - 1 : item.start] not in _BEFORE_ENDS:
        return  # also at the sentence start: the slice is empty
    best = item.start
    for name, pattern in _BEFORE:  # the longest word wins: 不超过 over 超过, 不低于 over 低于
        m = pattern.search_before(sentence, item.start, _REACH)
        if m is not None and m.start() < best:
            best, item.bound = m.start(), name
