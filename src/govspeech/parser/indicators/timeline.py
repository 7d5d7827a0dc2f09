"""Periods as calendar intervals, and the year a speech speaks from.

A period is kept as written (``今年``, ``这五年``, ``“十四五”时期``); next to it each record gets
the interval it covers, as ISO dates. Relative words need the speech's reference year (the
year of its date, title or header: ``2026年河北省政府工作报告`` speaks from 2026): ``今年`` is
that year, ``去年`` and ``过去一年`` the year before, ``这五年`` the five years before it. Words
that name part of a year (``全年``, ``上半年``, ``年底``) take the year the context gives (a
heading ``2025年工作回顾``), else the reference year. The expressions are the rows of
``timewords.TIME_EXPRESSIONS``.

>>> interval("上半年", 2026)
('2026-01-01', '2026-06-30')
>>> interval("“十四五”时期", 2026)
('2021-01-01', '2025-12-31')
>>> interval("1-5月", 2026)
('2026-01-01', '2026-05-31')
>>> interval("前五个月", 2026)
('2026-01-01', '2026-05-31')
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from govspeech.numerals import parse_decimal
from govspeech.parser.indicators import timewords

__all__ = ["interval", "reference_year"]

_ROWS = [(row.kind, re.compile(row.pattern)) for row in timewords.TIME_EXPRESSIONS]
_YEAR = re.compile("(?<!\\d)((?:19|20)\\d\\d)年")
_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026,
               "十六五": 2031, "十五": 2001, "九五": 1996, "十": 2001}
_QUARTERS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12), "前三": (1, 9)}
Interval = tuple[str | None, str | None]


def reference_year(*texts: str | None) -> int | None:
    """The first ``YYYY年`` in ``texts`` (date, subtitle, title, header, in that order)."""
    for text in texts:
        if text:
            m = _YEAR.search(text)
            if m is not None:
                return int(m.group(1))
    return None


@lru_cache(maxsize=4096)
def interval(period: str | None, year: int | None, context: str | None = None) -> Interval:
    """The calendar interval of ``period`` in a speech of reference ``year``.

    Args:
        period: The period as written (``上半年``, ``2019年末``).
        year: The speech's reference year, or ``None`` when unknown.
        context: The period the paragraph or section gives (``2025年``), for words that
            name part of a year (``全年``, ``上半年``).

    Returns:
        ``(first day, last day)`` as ISO dates, or ``(None, None)`` where nothing resolves.
    """
    if not period:
        return None, None
    for kind, pattern in _ROWS:
        m = pattern.fullmatch(period)
        if m is not None:
            return _resolve(kind, m, year, context)
    return None, None


def _resolve(kind: str, m: re.Match[str], year: int | None, context: str | None) -> Interval:
    groups = m.groupdict()
    if kind == "year":
        return _years(int(groups["year"]), int(groups["year"]))
    if kind == "year_end":
        return _day(int(groups["year"]), 12, 31)
    if kind == "plan":
        start = _PLAN_START.get(groups["plan"])
        if start is None:
            return None, None
        return _day(start + 4, 12, 31) if groups.get("end") else _years(start, start + 4)
    if year is None:
        return None, None
    if kind in ("this_year", "next_year", "last_year"):
        shift = {"this_year": 0, "next_year": 1, "last_year": -1}[kind]
        return _years(year + shift, year + shift)
    if kind == "two_years":
        return _years(year, year + 1)
    n = _count(groups.get("n") or groups.get("n2"))
    if kind == "past_years" and n:
        return _years(year - n, year - 1)
    if kind == "future_years" and n:
        return _years(year, year + n - 1)
    return _within_year(kind, groups, _context_year(context, year))


def _within_year(kind: str, groups: dict[str, str | None], year: int) -> Interval:
    """Parts of one year: 全年, 年底, 上半年, 一季度, 6月, 6月底前."""
    if kind == "whole_year":
        return _years(year, year)
    if kind == "year_end_rel":
        return _day(year, 12, 31)
    if kind == "half":
        return _months(year, 1, 6) if groups.get("half") == "上" else _months(year, 7, 12)
    if kind == "quarter":
        first, last = _QUARTERS.get(groups.get("q") or "", (0, 0))
        return _months(year, first, last) if first else (None, None)
    if kind == "months":
        first, last = int(groups.get("first") or 1), _count(groups.get("month"))
        return _months(year, first, last) if 1 <= first <= last else (None, None)
    if kind == "month":
        month = int(groups.get("month") or 0)
        return _months(year, 1 if groups.get("by") else month, month) if 1 <= month <= 12 else (None, None)
    return None, None


def _context_year(context: str | None, year: int) -> int:
    """The year a heading or paragraph names (2025年工作回顾), else the reference year."""
    if context:
        m = _YEAR.fullmatch(context)
        if m is not None:
            return int(m.group(1))
        if any(pattern.fullmatch(context) for kind, pattern in _ROWS if kind == "last_year"):
            return year - 1
    return year


def _count(text: str | None) -> int:
    value = parse_decimal(text) if text else None
    return int(value) if value else 0


def _years(first: int, last: int) -> Interval:
    return f"{first:04d}-01-01", f"{last:04d}-12-31"


def _day(year: int, month: int, day: int) -> Interval:
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso, iso


def _months(year: int, first: int, last: int) -> Interval:
    end = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{end:02d}"
