"""Completion rates and other ratios that follow a level (GUIDE §3).

Budget reports and progress summaries state a level, then its ratio to another amount,
then its change: ``一般公共预算收入219702.12亿元,为预算的98.1%,比上年增长1.3%``. The ratio is a
figure of its own; the change after it is the level's (``比上年增长1.3%`` is the revenue's
growth, not the ratio's). A plan or budget as the denominator (``完成年初预算数60999万元的40.4%``,
``占年度计划的45.2%``) makes the ratio a completion rate named by both terms
(``一般公共预算收入预算完成率``, as a share keeps both terms) with the level's status: the plan
names the denominator, it does not make the figure a target. The plan's own amount
(``60999万元``) is the level's planned figure: a target.

>>> ratio_lead("为预算的")
RatioLead(subject='', what='预算', planned=True)
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from govspeech.parser._types import Quantity, QuantityChange
from govspeech.parser.indicators import lexicon

__all__ = ["MAX_RATIO_CLAUSE", "RatioLead", "change_after_ratio", "completion_name", "level_before", "planned_amount",
           "ratio_lead"]

_LEAD = f"(?:累计)?(?:{lexicon.RATIO_LEADS})"
_PLAN = f"(?:{lexicon.PLAN_DENOMINATORS})"
# the clause before a ratio figure: 为预算的, 完成年初预算数60999万元的, 占年度投资计划 (no 的
# only after a plan word: 占全市12% is no ratio of this kind)
_RATIO = re.compile(
    f"^(?P<subject>[^,;:。\\d]{{0,16}}?){_LEAD}(?:"
    f"(?P<what>[^,;:。]{{1,24}}?)的|(?P<plan>[^,;:。\\d]{{0,10}}{_PLAN}数?)) ?$"
)
MAX_RATIO_CLAUSE = 48  # the longest clause _RATIO matches: subject, lead, denominator, 的
# the plan's own amount inside such a clause: 完成年初预算数|60999万元|的40.4%
_AMOUNT = re.compile(f"^{_LEAD}(?P<what>[^,;:。\\d]{{0,10}}{_PLAN}数?) ?$")
_FIGURE = re.compile(r"[\d.]")
_LEVEL_REACH = 8  # records read back for the level a ratio is taken of
_PLANNED = re.compile(f"{_PLAN}(?:数|总额)?$")  # 占一般公共预算支出的80% is a share


class RatioLead(NamedTuple):
    """What a clause says before a ratio: its own subject (often none), the denominator,
    and whether that is a plan or budget."""

    subject: str
    what: str
    planned: bool


def ratio_lead(clause: str) -> RatioLead | None:
    """The ratio a clause opens before a ``%`` figure, or ``None``.

    >>> ratio_lead("占年度投资计划").what
    '年度投资计划'
    """
    m = _RATIO.match(clause)
    if m is None:
        return None
    what = m.group("what") or m.group("plan")
    figure = _FIGURE.search(what)  # 完成年初预算数60999万元的: the denominator's own amount
    what = (what[: figure.start()] if figure is not None else what).strip(" ")
    if not what:
        return None
    return RatioLead(m.group("subject"), what, _PLANNED.search(what) is not None)


def planned_amount(clause: str, after: str) -> str | None:
    """The plan an amount is, when it sits inside a completion clause:
    ``完成年初预算数`` + ``60999万元`` + ``的40.4%`` → ``年初预算``."""
    if not after.lstrip(" ").startswith("的"):
        return None
    m = _AMOUNT.match(clause)
    return _plain(m.group("what")) if m is not None else None


def completion_name(owner: str, what: str) -> str:
    """``一般公共预算收入`` and ``年初预算数`` → ``一般公共预算收入年初预算完成率``."""
    return f"{owner}{_plain(what)}完成率"


def level_before(records: list[Quantity], ranks: set[int], start: int) -> Quantity | None:
    """The nearest level before document offset ``start``: the amount a ratio is taken of
    (none when it is a rank or a rate). Only the last few records are read: a ratio follows
    its level closely, and a clause of a hundred figures must not reread them all."""
    for record in islice(reversed(records), _LEVEL_REACH):
        if record.value is None or record.start is None or record.start >= start:
            continue
        return None if id(record) in ranks or record.unit == "%" else record
    return None


def change_after_ratio(
    level: Quantity | None, name: str | None, ratio: Quantity, change: QuantityChange
) -> list[Quantity]:
    """The change after a ratio is the level's (``…亿元,为预算的98.1%,增长1.3%``); a second
    one, or one with no level before (``财政收入完成预算的105%,增长8%``), is a record of its
    own named after what the ratio measures. Returns the records to add."""
    if level is not None and level.change is None:
        level.change = change
        return []
    source = level or ratio
    return [Quantity(name or ratio.name, None, None, change=change, period=source.period,
                     status=source.status)]


def _plain(what: str) -> str:
    return what[:-1] if what.endswith("数") and len(what) > 1 else what
