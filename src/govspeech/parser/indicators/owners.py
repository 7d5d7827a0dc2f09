"""Owners: the metric an attribute or an amount belongs to (GUIDE §3).

An attribute alone (``总量全市第一``, ``增速``) and an amount with no metric of its own
(``完成投资33.9亿元``) take their owner: the subject of a figure-less clause before
(``外贸出口实现U型反转,增速…``), else the indicator before, else the sentence's topic. The
owner leaves out framing verbs and measures (``实施重点项目40个`` → ``重点项目``; ``马铃薯总产量``
→ ``马铃薯``) and is never a count of people.

>>> with_owner("总量全市排名", "地区生产总值")
'地区生产总值总量全市排名'
"""

from __future__ import annotations

import re
from functools import lru_cache

from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail
from govspeech.parser.indicators.names import MAX_NAME, OWNER_VERB, RANK_END, clean, strip_rank

__all__ = ["needs_owner", "owner_of", "with_owner"]

_ATTRIBUTE = re.compile(f"(?:{namewords.ATTRIBUTES})")
_ATTRIBUTE_END = Tail(f"(?<=.)(?:{namewords.ATTRIBUTES})$")
_PEOPLE_END = Tail(f"(?:{lexicon.PEOPLE_AFTER}|人|户)$")
_MEASURE_END = Tail(f"(?:总)?(?:产量|{namewords.OWNED_AMOUNTS}|总投资)$")
_CLAUSE_VERB = re.compile("实现|完成|达到|保持|呈现|出现|延续|继续|持续|明显|大幅")
_LINK = re.compile("是|为")
_OWNED = re.compile(f"(?:{namewords.OWNED_AMOUNTS})")


@lru_cache(maxsize=4096)
def needs_owner(name: str | None) -> bool:
    """Is ``name`` an attribute (总量, 增速…) or a share (占…) that needs its metric?"""
    if not name:
        return False
    return name[0] == "占" or _ATTRIBUTE.match(name) is not None or _OWNED.fullmatch(name) is not None


@lru_cache(maxsize=4096)
def with_owner(name: str | None, owner: str | None) -> str | None:
    """An attribute alone takes its owner: ``总量全市排名`` after GDP → ``GDP总量全市排名``."""
    if not name or not owner or len(owner) + len(name) > MAX_NAME:
        return name
    if _OWNED.fullmatch(name):
        if _PEOPLE_END.search(owner):
            return name  # 近4万居民…,完成投资55.2亿元: people are not what is invested in
        return (_MEASURE_END.cut(owner) or owner) + name  # 马铃薯总产量…,实现产值 → 马铃薯产值
    if name.startswith("占"):
        return owner + name  # 是我区的支柱产业,占全区经济总量的70%以上
    m = _ATTRIBUTE.match(name)
    if m is None or (m.end() < len(name) and not RANK_END.pattern.fullmatch(name, m.end())):
        return name
    return owner + name


@lru_cache(maxsize=4096)
def owner_of(previous_clause: str, previous: str | None) -> str | None:
    """The metric an attribute belongs to: the subject of a figure-less clause before
    (``外贸出口实现U型反转,增速…`` → ``外贸出口``), else the indicator before."""
    if previous_clause and not any(ch.isdigit() for ch in previous_clause):
        link = _LINK.search(previous_clause)
        verb = _CLAUSE_VERB.search(previous_clause)
        subject = ""
        if link is not None:
            subject = clean(previous_clause[link.end() :])  # …是我区的支柱产业
        elif verb is not None:
            subject = clean(previous_clause[: verb.start()])  # 外贸出口实现U型反转
        if 0 < len(subject) <= 12:
            return subject
    if not previous:
        return None
    base = strip_rank(previous)
    base = _ATTRIBUTE_END.cut(base) or base
    verb = OWNER_VERB.match(base)  # 新修和改造道路9条,总长25公里 → 道路总长
    return base[verb.end() :] if verb is not None and verb.end() < len(base) else base
