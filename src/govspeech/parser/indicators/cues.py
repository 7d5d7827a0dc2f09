"""Status and period cues of a sentence and of the context before it (GUIDE §3).

``计划新增就业人员2.3万人`` is a target because of ``计划``; ``上半年`` is the period of the
figures after it, unless it is a comparison base (``比去年``, ``是“九五”末的2.8倍``).
"""

from __future__ import annotations

import re

from govspeech.parser._types import Status
from govspeech.parser.indicators import lexicon
from govspeech.parser.indicators._regex import guarded, last_chars, named_alternation
from govspeech.parser.indicators.match import Found
from govspeech.parser.indicators.names import clean

__all__ = ["PERIOD", "PERIODS", "STATUS", "STATUSES", "STATUS_AFTER_ENDS", "last_period",
           "last_status", "period_marks", "sentence_status", "status_after", "status_marks"]

STATUSES = {row.name: row for row in lexicon.STATUS_CUES}
PERIODS = "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES)


STATUS = guarded(named_alternation(lexicon.STATUS_CUES))
_STATUS_AFTER = re.compile(named_alternation(lexicon.STATUS_AFTER_CUES))
_AFTER_ROWS = {row.name: row for row in lexicon.STATUS_AFTER_CUES}
_TASK_DONE = re.compile(lexicon.TASK_DONE_BEFORE)
_CLAUSE_MARKS = ",;:。"
# every such cue ends with one of these characters (None: not known)
STATUS_AFTER_ENDS = last_chars(_STATUS_AFTER.pattern)
PERIOD = re.compile(f"(?=[{lexicon.PERIOD_FIRST}])(?:{PERIODS})")
_COMPARED = re.compile(f"(?:{lexicon.PERIOD_COMPARED})$")
_RATIO_BEFORE = re.compile(f"(?:{lexicon.PERIOD_RATIO_BEFORE})$")
_FIRST_DIGIT = re.compile(r"\d")


def status_after(sentence: str, end: int) -> Status | None:
    """Status from a cue after the figure in its clause: ``其中37个将列入…``; none for a task
    the clause reports done (``完成270万吨去产能任务``)."""
    m = _STATUS_AFTER.match(sentence, end)
    if m is None:
        return None
    if m.lastgroup == "task":
        start = max(sentence.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1
        if _TASK_DONE.search(sentence, start, end) is not None:
            return None
    return _AFTER_ROWS[m.lastgroup or ""].status


def sentence_status(sentence: str, found: list[Found], context: str) -> Status:
    """Status set for the whole sentence by a cue before the first indicator's name."""
    head = sentence[: found[0].start] if found else sentence
    m = _last_cue(head, "sentence")
    # the cue must open the sentence, before a name: 预期目标是:实现地区生产总值…; in
    # 服务业增加值占GDP比重预计达43.95,… it is the first clause's own cue
    named = head[m.end() :] if m is not None else ""
    if named[:1].isdigit():
        named = PERIOD.sub("", named, count=1)  # 预计2018年:地区生产总值…: a year is no figure
    digit = _FIRST_DIGIT.search(named)
    if m is not None and clean(named[: digit.start()] if digit else named):
        return STATUSES[m.lastgroup or ""].status
    tail = context.rstrip()
    if tail.endswith(":"):  # 预期目标是: ends the sentence before
        return last_status(tail[-24:], "sentence") or "actual"
    return "actual"


def status_marks(text: str) -> list[tuple[int, int, Status]]:
    """Every status cue of ``text`` as (start, end, status); masks set none."""
    return [(m.start(), m.end(), row.status) for m in STATUS.finditer(text)
            if (row := STATUSES[m.lastgroup or ""]).scope != "mask"]


def _last_cue(text: str, scope: str) -> re.Match[str] | None:
    last = None
    for m in STATUS.finditer(text):
        row_scope = STATUSES[m.lastgroup or ""].scope
        if row_scope != "mask" and (scope == "clause" or row_scope == "sentence"):
            last = m
    return last


def last_status(text: str, scope: str) -> Status | None:
    m = _last_cue(text, scope)
    return STATUSES[m.lastgroup or ""].status if m is not None else None


def period_marks(text: str) -> list[tuple[int, str]]:
    """Every period cue of ``text`` that is not a comparison base, as (end, text)."""
    marks = []
    for m in PERIOD.finditer(text):
        before = max(0, m.start() - 3)
        if _COMPARED.search(text, before, m.start()) is None and not (
            _RATIO_BEFORE.search(text, before, m.start()) and text.startswith("的", m.end())
        ):
            marks.append((m.end(), m.group()))  # 比去年, 是“九五”末的2.8倍: a comparison base
    return marks


def last_period(text: str, pos: int) -> str | None:
    """The nearest period cue before ``pos``, comparison bases left out."""
    marks = period_marks(text[:pos])
    return marks[-1][1] if marks else None
