"""Respective lists: a list of levels followed by a list of their changes (GUIDE §3).

Regional reports state several levels, then their changes in the same order:
``财政总收入和地方财政收入分别达到36.5亿元、24.2亿元,增长13.4%、16.5%`` (36.5亿元 grew 13.4%,
24.2亿元 16.5%), with or without a second ``分别``, and the changes may each carry a verb
(``分别同比增长8.8%、下降5.6%``). A list of n levels followed by a list of n changes pairs
them in order.

>>> changes_listed("、下降")
True
"""

from __future__ import annotations

from govspeech.parser._types import Quantity
from govspeech.parser.indicators.changes import changes_listed
from govspeech.parser.indicators.lists import list_length
from govspeech.parser.indicators.match import Found

__all__ = ["changes_listed", "listed_levels", "listed_owners"]


def listed_levels(
    sentence: str, found: list[Found], i: int, records: list[Quantity], ranks: set[int],
    each: bool,
) -> list[Quantity]:
    """The levels a list of changes opening at ``found[i]`` belongs to, in order, or none.

    ``each``: the changes follow ``分别``, which pairs them with the levels just before
    (``接待游客…、旅游收入…,分别增长20%和25%``); without it the levels must themselves be
    one list of figures (``36.5亿元、24.2亿元,增长13.4%、16.5%``).
    """
    n = 1
    for j in range(i + 1, len(found)):
        if not changes_listed(sentence[found[j - 1].end : found[j].start]):
            break
        n += 1
    if n < 2 or len(records) < n or i < n:
        return []
    levels = records[-n:]
    for record in levels:
        if record.value is None or record.change is not None or id(record) in ranks:
            return []
    if not each and list_length(sentence, found, i - n) < n:
        return []
    return levels


def listed_owners(
    sentence: str, found: list[Found], i: int, records: list[Quantity], ranks: set[int]
) -> list[str]:
    """The metrics a list of attributes after ``分别`` belongs to, in order, or none:
    ``新增A企业28家、B企业6家,总数分别达到156家和21家`` (156家 is A's total, 21家 B's)."""
    levels = listed_levels(sentence, found, i, records, ranks, True)
    if any(level.unit != found[i].unit or not level.name for level in levels):
        return []
    return [level.name or "" for level in levels]
