"""Counts that only scope another figure are not indicators (GUIDE §3).

``12个乡镇纪委共处置问题线索96件`` states one figure, the 96 cases; the 12 bodies say whose
cases they are. A count of places or bodies (``lexicon.SCOPE_COUNT_BODIES``) is read as such
a scope when it opens its clause as the subject of the next figure, or stands in ``在…中`` or before a rank (``在全省21个地级以上市中居第7位``);
it stays a figure where the text makes it a result (``lexicon.SCOPE_COUNT_KEPT``).

>>> from govspeech.parser.indicators.match import find_quantities
>>> [f.text for f in find_quantities("上半年,12个乡镇纪委共处置问题线索96件")]
['96件']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govspeech.parser.indicators import lexicon, namewords

if TYPE_CHECKING:  # match imports this module: the record type is only named here
    from govspeech.parser.indicators.match import Found

__all__ = ["without_scoping_counts"]

# the noun a count scopes, then 中 and the figure, or the rest of the clause up to the figure
_NUMERAL_AHEAD = "(?=\\d|[一二三四五六七八九十百千])"
_SCOPE_AMONG = re.compile(f"[^\\d,;:。!?、“”]{{2,12}}?(?:中|之中)(?:{_NUMERAL_AHEAD}|(?:{lexicon.RANK_VERBS})第)")
_SCOPE_CLAUSE = re.compile(f"[^\\d,;:。!?、“”]{{2,36}}{_NUMERAL_AHEAD}")
_SCOPE_LEAD = re.compile(
    f"(?:{lexicon.SCOPE_COUNT_LEADS}|{lexicon.RANK_SCOPES}|"
    + "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES) + ")*"
)
_SCOPE_LIST_END = re.compile(f"(?:{lexicon.LIST_JOINS}|中|中有)$")  # a list of counts, 56个社居委中有43个
_SCOPE_BODY = re.compile(f"[^\\d,;:。!?、“”]{{0,6}}?(?:{lexicon.SCOPE_COUNT_BODIES})")
_SCOPE_KEPT = re.compile(f"(?:{lexicon.SCOPE_COUNT_KEPT}){_NUMERAL_AHEAD}")
_SUMMARY_AFTER = re.compile(namewords.LIST_SUMMARY_NOUNS)
_LIST_WORD = re.compile("[和与及]")  # the join before the last item of a 、 list: A、B和C
_MAX_LIST_BEFORE = 80
_MAX_SCOPE_LEAD = 12  # the words before a scoping count in its clause: 特别是, 上半年, 在全省


def without_scoping_counts(sentence: str, found: list[Found]) -> list[Found]:
    """``found`` without the counts that only scope the figure after them or restate a list."""
    return [q for k, q in enumerate(found)
            if not _scopes_next(sentence, q, found[k + 1 : k + 2]) and not _restates_list(sentence, q)]


def _restates_list(sentence: str, q: Found) -> bool:
    """``工业增加值、固定资产投资、消费品零售额3个主要指标``: the count of the listed metrics."""
    if q.unit_kind != "count" or _SUMMARY_AFTER.match(sentence, q.end) is None:
        return False
    before = sentence[max(0, q.start - _MAX_LIST_BEFORE) : q.start]
    before = before[max(before.rfind(ch) for ch in ",;:。!?") + 1 :]
    if before.endswith("等") or any(ch.isdigit() for ch in before):
        return False  # 等5项指标 names some of them; a figure before is no list of names
    items = before.split("、")
    n = len(items) + (1 if len(_LIST_WORD.findall(items[-1])) == 1 else 0)
    return n >= 2 and q.value == n


def _scopes_next(sentence: str, q: Found, after: list[Found]) -> bool:
    """Does the count ``q`` only scope the figure after it? Only period, scope and connective
    words (``lexicon.SCOPE_COUNT_LEADS``) may stand before it in its clause."""
    if q.kind != "quantity" or q.unit_kind != "count" or not after:
        return False
    if _SCOPE_AMONG.match(sentence, q.end) is not None:  # 在全省21个地级以上市中居第7位
        return True
    window = sentence[max(0, q.start - _MAX_SCOPE_LEAD - 1) : q.start]
    cut = max(window.rfind(ch) for ch in ",;:。!?")
    lead = window[cut + 1 :] if cut >= 0 or q.start <= _MAX_SCOPE_LEAD else "…"  # "…": too long
    m = _SCOPE_CLAUSE.match(sentence, q.end)
    if (m is None or m.end() != after[0].start or _SCOPE_LEAD.fullmatch(lead) is None
            or _SCOPE_BODY.match(sentence, q.end) is None  # 16个重点项目完成投资…: the projects count
            or after[0].unit == q.unit  # 92个计划新开工项目已开工51个: the whole, then a part
            or _SCOPE_LIST_END.search(m.group())):  # 126家市直公共机构和472家区属公共机构
        return False
    kept = _SCOPE_KEPT.search(sentence, q.end)  # 10个村集体经济收入超50万元 counts villages
    return kept is None or kept.start() >= after[0].start
