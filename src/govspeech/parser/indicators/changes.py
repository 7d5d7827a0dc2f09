"""Changes: which figures state a change (``同比增长9.4%``) and what changes (GUIDE §3).

A change is read from the words right before a figure: a change verb (``增长``, ``下降``),
a rate word (``涨幅2%左右``), a shared verb of a list (``分别增长42%和33.5%``), or a verb
with its object (``降低企业税负5700多亿元``: the tax burden falls by that amount).

>>> subject_of("全区GDP同比增长")
'GDP'
"""

from __future__ import annotations

import re
from functools import lru_cache

from govspeech.parser._types import Direction, Quantity, QuantityChange
from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail, named_alternation
from govspeech.parser.indicators.lists import LIST_JOIN, list_joined
from govspeech.parser.indicators.match import Found
from govspeech.parser.indicators.names import clean

__all__ = ["APPROX_BEFORE", "RATIO", "VERB_END", "change_of", "changes_listed", "kind_of",
           "points_comparison", "rate_of_level", "subject_of", "verb_object"]

_VERBS = {row.name: row for row in lexicon.CHANGE_VERBS}
_KINDS = {row.name: row for row in lexicon.CHANGE_KINDS}


# Patterns ending in ``$`` are ``Tail``s: searched from near the end of the text only.
APPROX_BEFORE = Tail(lexicon.APPROX_BEFORE)
# a change verb right before the number: 同比增长9.4%, 增长了74倍 (增长到 is a level)
VERB_END = Tail(
    "(?:"
    + named_alternation(r for r in lexicon.CHANGE_VERBS if not r.points_only)
    + ")(?:了)?(?:均|都)?(?:达|为|了)?$"
)
# a verb and its object before an amount: 降低企业税负5700多亿元, 增加国家铁路建设资本金1000亿元
_OBJECT_VERBS = [r for r in lexicon.CHANGE_VERBS if not r.points_only and r.name in lexicon.OBJECT_CHANGE_VERBS]
_VERB_OBJECT = re.compile(
    f"^(?:{lexicon.OBJECT_CHANGE_LEADS})*(?:"
    + named_alternation(_OBJECT_VERBS)
    + f")(?P<obj>(?!值|到|至|为)[^\\d,;:。、]{{2,12}}?)(?:{lexicon.APPROX_BEFORE[:-1]})?$"
)
_OBJECT_UNITS = ("currency", "share")
# 高于省市0.4个百分点, 欠进度8.2个百分点: a short object may sit between
_POINTS_END = Tail(
    "(?:"
    + named_alternation(r for r in lexicon.CHANGE_VERBS if r.points_only)
    + ")(?P<obj>[^,;:、。]{0,6})$"
)
_ATTRIBUTE = re.compile(f"(?:{namewords.ATTRIBUTES})")
# adverbs between the kind and its verb: 比上年分别增长, 平均每年实际增长
# two kinds may stand together: 同口径年均增长 (the last one is the kind)
_KIND_END = Tail(
    "(?:" + named_alternation(lexicon.CHANGE_KINDS) + "){1,2}(?:又|再|将|仍|分别|均|都|也|实际){0,2}$"
)
_POLICY_GROWTH = re.compile(lexicon.POLICY_GROWTH)
RATIO = Tail("(?:是|为|相当于|达到)(?P<what>[^,;:。]{0,12}?)的$")
_GROWTH_AFTER = re.compile("(?:以上|左右)?的[^,;:。]{0,4}(?:增长|增速|增幅)")
_COMPARE_TAIL = Tail("(?:比(?![重例率值])(?=.)|较)[^,;:。]{0,8}$")  # 比上年, not 比重: 第三产业比重提高
# 居民消费价格涨幅2%左右, 规上工业增加值增速完成9.7%: the rate of change of what precedes
_RATE_VERBS = "(?:要|将|仍)?(?:达到|达|为|完成|保持在|控制在|高于|超过)?"
_RATE_WORD = Tail(f"(?<=.)(?:{namewords.RATE_WORDS}){_RATE_VERBS}$")
# a rate word opening its clause right after a level: 地区生产总值完成220.1亿元,增速3.1%
_RATE_ALONE = re.compile(f"(?:{namewords.RATE_WORDS}){_RATE_VERBS}")


def change_of(
    sentence: str, q: Found, left: str, last: QuantityChange | None, joint: str | None = None
) -> QuantityChange | None:
    """The change stated by ``q``, or ``None`` when ``q`` is a level."""
    list_start = q.start - len(joint or "")  # where the figure before ends
    left = left.strip(" ")  # pages space their digits: 比上年增长 7.1%, 增长 21 和 9.4
    joint = joint.strip(" ") if joint else joint
    if q.value < 0:
        return _signed_change(q, left, last, joint)
    if q.kind == "doubling":
        return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")
    if q.kind == "rank":
        return None
    first, rate, points_kind = _reading(left, q.unit, q.unit_kind)
    if first is not None:
        kind = first[0]
        if kind is None and last is not None and joint and changes_listed(joint):
            kind = last.kind  # 分别同比增长8.8%、下降5.6%: the list's comparison
        return QuantityChange(q.start, q.end, q.value, q.unit, kind, first[1])
    if last is not None and last.unit == q.unit and (
        LIST_JOIN.match(left) or (joint is not None and list_joined(joint))
    ):
        # 分别增长42%和33.5%: the second figure of a shared verb
        direction = last.direction
        if direction is not None and _SIGNED_END.search_before(sentence, list_start, _SIGNED_REACH):
            direction = "up" if direction == "down" else "down"  # 同比分别-3.1%、4.2%: 4.2 rose
        return QuantityChange(q.start, q.end, q.value, q.unit, last.kind, direction)
    if rate:
        return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")  # 居民消费价格涨幅2%左右
    if q.unit == "%" and _GROWTH_AFTER.match(sentence, q.end):
        return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")  # 20%以上的高速增长
    if q.unit in ("个百分点", "倍"):
        return QuantityChange(q.start, q.end, q.value, q.unit, points_kind, None)
    return None


def _signed_change(
    q: Found, left: str, last: QuantityChange | None, joint: str | None
) -> QuantityChange:
    """``同比增长-0.5%``, ``同比分别-6.2%、-19.3%`` (GUIDE §3): a fall of 0.5, its value kept
    positive as every change's; ``下降-2%`` rises."""
    first, _, _ = _reading(left, q.unit, q.unit_kind)
    kind, verb = first if first is not None else (kind_of(left), None)
    if first is None and last is not None and (LIST_JOIN.match(left) or list_joined(joint or "")):
        kind = last.kind  # 、-19.3%: the next item of the list
    direction: Direction = "up" if verb == "down" else "down"
    return QuantityChange(q.start, q.end, -q.value, q.unit, kind, direction)


_SIGNED_END = Tail(r"(?<![\d.])-[\d.]{1,24}(?:%|个百分点)$")  # a signed figure right before
_SIGNED_REACH = 16

_Reading = tuple[tuple[str | None, Direction | None] | None, bool, str | None]


@lru_cache(maxsize=4096)
def _reading(left: str, unit: str | None, unit_kind: str) -> _Reading:
    """What the words before a figure say about a change, whatever else the sentence holds:
    the kind and direction of a verb before it (or of 是…的 with 倍), whether a rate word
    ends them, and the comparison kind of points or times."""
    bare = APPROX_BEFORE.cut(left)
    first: tuple[str | None, Direction | None] | None = None
    m = VERB_END.search(bare)
    if m is None and unit == "个百分点":
        m = _POINTS_END.search(bare)
    if m is not None and unit_kind == "count" and _POLICY_GROWTH.search(bare, 0, m.end()):
        m = None  # 稳增长二十二条措施: a slogan, not a change
    if m is not None:
        verb = _VERBS[next(k for k, v in m.groupdict().items() if v is not None)]
        first = (kind_of(bare[: m.start()]), verb.direction)
    elif unit_kind in _OBJECT_UNITS and unit != "个百分点":
        m = _VERB_OBJECT.match(bare)
        if m is not None:
            verb = _VERBS[next(k for k, v in m.groupdict().items() if v is not None and k != "obj")]
            first = (None, verb.direction)
    if first is None and unit == "倍" and RATIO.search(left):
        first = (None, None)  # 是“九五”末的2.8倍
    rate = unit == "%" and _RATE_WORD.search(bare) is not None
    return first, rate, kind_of(left) if unit in ("个百分点", "倍") else None


@lru_cache(maxsize=4096)
def kind_of(before_verb: str) -> str | None:
    """Comparison kind written right before the verb: 同比, 年均, 比上年… (年均浓度 is a name)."""
    m = _KIND_END.search(before_verb)
    if m is None:
        return None
    row = _KINDS[m.lastgroup or ""]
    return row.value or m.group(m.lastgroup or 0)


def rate_of_level(q: Found, left: str, before: Quantity | None) -> QuantityChange | None:
    """``…220.1亿元,增速3.1%``, ``…900亿元,增幅为6.2%``: a rate word with no subject, after a
    level (or its rank) with no change yet, states that level's change."""
    if (q.unit != "%" or q.kind != "quantity" or before is None or before.value is None
            or before.change is not None
            or not _RATE_ALONE.fullmatch(APPROX_BEFORE.cut(left.strip(" ")))):
        return None
    return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")


@lru_cache(maxsize=4096)
def subject_of(left: str) -> str:
    """The subject of a change: ``全区GDP增长`` → ``GDP``; ``…增加值欠进度`` → ``…增加值进度``."""
    bare = APPROX_BEFORE.cut(left.rstrip(" "))
    if _RATE_ALONE.fullmatch(bare):
        return ""  # 增速3.1%: the change of the level before
    m = VERB_END.search(bare)
    verb_object = _VERB_OBJECT.match(bare) if m is None else None
    if verb_object is not None:
        return clean(verb_object.group("obj"))  # 降低企业税负5700多亿元 → 企业税负
    m = m or _POINTS_END.search(bare)
    text = bare[: m.start()] if m is not None else _RATE_WORD.cut(RATIO.cut(bare))
    text = _KIND_END.cut(text)
    subject = clean(_COMPARE_TAIL.cut(text))
    obj = m.groupdict().get("obj") if m is not None else None
    if subject and obj and _ATTRIBUTE.fullmatch(obj):
        subject += obj  # the object of 欠/高于 is the attribute compared: 欠进度
    return subject


# the text between two changes of one list: 、 alone, or 、 and the next one's verb (、下降)
_NEXT = re.compile(f"(?:{lexicon.LIST_JOINS})(?P<verb>[^,;:。\\d]{{1,10}})")


def changes_listed(joint: str) -> bool:
    """Does ``joint`` join two changes of one list (``、``, ``和``, ``、下降``)?"""
    joint = joint.strip(" ")
    if LIST_JOIN.match(joint):
        return True
    m = _NEXT.fullmatch(joint)
    verb = VERB_END.search(m.group("verb")) if m is not None else None
    if m is None or verb is None:
        return False
    rest = m.group("verb")[: verb.start()]
    return not rest or kind_of(rest) is not None


def points_comparison(left: str, change: QuantityChange) -> bool:
    """``高于省市0.4个百分点``: points compared with another place's rate."""
    bare = APPROX_BEFORE.cut(left)
    return change.unit == "个百分点" and VERB_END.search(bare) is None and _POINTS_END.search(bare) is not None
