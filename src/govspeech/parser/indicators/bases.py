"""Starting values (GUIDE §3, ``base``): ``由35人充实到170人``, ``从2020年的53.2%提升到…``.

A base is written before the figure it starts, so it is read as that figure's base and
not as a figure of its own. A list of bases pairs with a list of levels in order:
``城乡低保平均标准分别从645元/月、4318元/年提高到801元/月、7226元/年``.

>>> from govspeech.parser.indicators.match import find_quantities
>>> text = "社区干部由35人充实到170人"
>>> {k: (b.base.text, b.name) for k, b in read_bases(text, find_quantities(text), 0, "社区干部由").items()}
{1: ('35人', '社区干部')}
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govspeech.parser.indicators._regex import Tail
from govspeech.parser.indicators.cues import PERIODS
from govspeech.parser.indicators.lists import LIST_JOIN, split_subjects, wide_left
from govspeech.parser.indicators.match import Found
from govspeech.parser.indicators.names import clean, name_segment

__all__ = ["BasedLevel", "read_bases"]

# 由35人充实到170人; 由2015年的78微克/立方米降至2020年的42微克/立方米
# 由上年729万人增加到732万人, 由平均2900元下降到…: the base's period is a period cue only
_OPEN = Tail(f"(?:由|从)(?:(?P<period>{PERIODS})|上年末?|平均)?的?$")
_CLOSE = re.compile(f"^[^,;:。]{{0,6}}?(?:到|至)(?:{PERIODS})?的?$")


class BasedLevel(NamedTuple):
    """What a level takes from the base written before it."""

    base: Found
    name: str | None  # the subject before 由/从: the level's name
    period: str | None  # the base's own period: 2015年 in 由2015年的78微克/立方米


def read_bases(sentence: str, found: list[Found], i: int, left: str) -> dict[int, BasedLevel]:
    """The levels whose bases open at ``found[i]``, by index in ``found``; empty when the
    figure at ``i`` is no base. The bases after the first of a list are at the indexes
    between ``i`` and the first level. ``left`` is the name segment before ``found[i]``."""
    if found[i].kind != "quantity" or i + 1 >= len(found) or not _OPEN.search(left):
        return {}
    left, _ = name_segment(sentence, found[i].start, 0)  # the subject may stand before a list
    opening = _OPEN.search(left)
    if opening is None:
        return {}
    name, period = clean(_OPEN.cut(left)), opening.group("period")
    if _CLOSE.match(_between(sentence, found, i + 1)):
        return {i + 1: BasedLevel(found[i], name, period)}
    last = i
    while last + 1 < len(found) and LIST_JOIN.match(_between(sentence, found, last + 1)):
        last += 1
    size = last - i + 1
    levels = range(last + 1, last + 1 + size)
    if (size < 2 or levels.stop > len(found) or not _CLOSE.match(_between(sentence, found, last + 1))
            or any(not LIST_JOIN.match(_between(sentence, found, k)) for k in levels[1:])
            or any(found[k].kind != "quantity" for k in range(i, levels.stop))):
        return {}
    wide = wide_left(sentence, found[i].start, 0)  # 认定跨国公司地区总部、外资研发中心分别从…
    subject = clean(wide[: wide.rfind("分别")]) if "分别" in wide else name
    names = split_subjects(subject, size) if subject else []  # 城乡低保 → 城市低保, 农村低保
    return {level: BasedLevel(found[i + k], names[k] if len(names) == size else name, period)
            for k, level in enumerate(levels)}


def _between(sentence: str, found: list[Found], k: int) -> str:
    """The words between figure ``k - 1`` and figure ``k``."""
    return sentence[found[k - 1].end : found[k].start]
