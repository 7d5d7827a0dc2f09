"""Clauses of a sentence and what the text around a figure says about its subject.

A sentence is cut into clauses at ``,;:。!?``. A change or an attribute with no subject of
its own looks back: to the clause before (``…比重预计达43.95,同比上升3.25个百分点``), to the
figure-less clause before (``外贸出口实现U型反转,增速…``), or to the topic the sentence before opens with
(``老城区改造成效明显。全年共完成投资3.5亿元``).

>>> clause_starts("增长9%,高于全省")
[0, 5]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from govspeech.parser._types import Status
from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail
from govspeech.parser.indicators.changes import VERB_END, subject_of
from govspeech.parser.indicators.cues import last_status
from govspeech.parser.indicators.names import clean

__all__ = [
    "breakdown_share",
    "clause_starts",
    "figureless_clause_before",
    "previous_clause",
    "start_of_clause",
    "topic_before",
]

_CLAUSE = re.compile("[,;:。!?]")
_CONTEXT_SHARE = re.compile(f"(?P<scope>{lexicon.RANK_SCOPES})?(?P<attr>占比|比重)")
_NUMBER_TAIL = Tail(r"[\d.]{1,24}$")  # bounded, so it is searched from the end only
_BLANK_END = Tail(f"(?:{lexicon.PLACEHOLDER_NUMBER}) ?(?P<unit>%|个百分点|[万亿]?元|[位个家项人户亩吨])?$")
_OWNER_CLAUSE = 40  # a longer clause before an attribute is not a subject
# the topic a sentence opens with: 老城区改造成效明显 (an owner for the next sentence's 投资)
_COLLECTIVE = re.compile(namewords.COLLECTIVE_SUBJECTS)
_TOPIC = re.compile(f"^(?P<topic>[^,;:。\\d]{{2,16}}?)(?:工作)?(?:{namewords.TOPIC_VERBS})")
_MAX_TOPIC = 14


def clause_starts(sentence: str) -> list[int]:
    """Where each clause of ``sentence`` starts: 0 and after every ``,;:。!?``."""
    return [0] + [m.end() for m in _CLAUSE.finditer(sentence)]


def start_of_clause(starts: list[int], pos: int) -> int:
    """The start of the clause holding ``pos``."""
    return starts[max(0, bisect_right(starts, pos) - 1)]


def figureless_clause_before(
    sentence: str, starts: list[int], found_starts: list[int], start: int
) -> str:
    """The short clause before the clause at ``start`` when it states no figure, else ``""``."""
    k = bisect_left(starts, start)
    if k == 0:
        return ""
    lo, hi = starts[k - 1], start
    j = bisect_left(found_starts, lo)
    if hi - lo > _OWNER_CLAUSE or (j < len(found_starts) and found_starts[j] < hi):
        return ""
    return sentence[lo:hi].rstrip(",;:")


def topic_before(context: str) -> str | None:
    """The topic the sentence before opens with: ``老城区改造成效明显`` → ``老城区改造``."""
    last = context.rstrip("。 \n")
    last = last[max(last.rfind("。"), last.rfind("\n")) + 1 :]
    m = _TOPIC.search(last)
    topic = clean(m.group("topic")) if m is not None else ""
    if 2 <= len(topic) <= _MAX_TOPIC and _COLLECTIVE.fullmatch(topic) is None:
        return topic
    return None


def breakdown_share(sentence: str, context: str) -> str:
    """``在全市占比`` when a ``其中`` sentence breaks down the shares named just before it."""
    if not sentence.startswith("其中"):
        return ""
    last = context.rstrip("。 \n")
    last = last[last.rfind("。") + 1 :]
    m = _CONTEXT_SHARE.search(last)
    return (m.group("scope") or "") + m.group("attr") if m is not None else ""


def previous_clause(sentence: str, starts: list[int], start: int) -> tuple[str, Status | None]:
    """Name and status of the clause before: ``…比重预计达43.95,同比上升3.25个百分点``."""
    k = bisect_left(starts, start)
    if k == 0:
        return "", None
    text = sentence[starts[k - 1] : start].rstrip(",;:")
    blank = _BLANK_END.search(text)
    if blank is not None:
        subject = _blank_subject(sentence, starts, k - 1, text[: blank.start()], blank)
        return subject, last_status(text, "sentence")
    return clean(_NUMBER_TAIL.cut(text)), last_status(text, "sentence")


def _blank_subject(
    sentence: str, starts: list[int], k: int, text: str, blank: re.Match[str]
) -> str:
    """A draft's blank ends its clause as a figure would: ``全区GDP完成XX亿元,同比增长X.X%,
    比上半年提高0.3个百分点`` compares GDP's growth rate (``GDP增速``), whose subject may
    stand in the clause before the blank's."""
    rate = blank.group("unit") == "%" and VERB_END.search(text) is not None
    suffix = lexicon.GROWTH_RATE_NAME if rate else ""
    for j in range(k, max(k - 2, 0) - 1, -1):
        clause = text if j == k else sentence[starts[j] : starts[j + 1]].rstrip(",;:")
        clause = _BLANK_END.cut(clause)
        if _NUMBER_TAIL.search(clause) is not None:
            return ""  # a real figure names its own metric
        subject = subject_of(clause) if VERB_END.search(clause) is not None else clean(clause)
        if subject:
            return subject + suffix
    return ""
