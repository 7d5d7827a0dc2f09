"""The words around a name that are not part of the metric (GUIDE §3).

A name is a minimal noun phrase: periods, places, connectives, enumerators and reporting
or linking verbs around it drop (``上半年,全区地区生产总值完成`` → ``地区生产总值``), and so
do asides in brackets, 各类 and a trailing 个数. ``names`` reads the phrase these words
surround; every reader of a name cleans it here.

>>> clean("上半年,全区地区生产总值完成")
'地区生产总值'
"""

from __future__ import annotations

import re
from functools import lru_cache

from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail

__all__ = ["NAME_WINDOW", "clean"]

_SCOPES = "全区|全市|全县|全镇|全乡|全省|全国|全州|我区|我市|我县|我镇|我省|本区|本市|区内|市内|县内"
_PERIODS = "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES)
# a bracketed aside drops; a code or a short qualifier stays: 细颗粒物(PM2.5), 首台(套)
_PAREN = re.compile(r"\((?![A-Za-z0-9.]{1,8}\)|[^()]{1,2}\))[^()]{0,40}\)")
_SCOPE_PREFIX = re.compile(f"^.{{0,6}}?(?:{_SCOPES})")
# Words around a name that are not part of the metric (GUIDE §3: ``地区生产总值``, not
# ``上半年,全区地区生产总值``): periods, places, connectives, enumerators (一是) and framing
# verbs before it, linking verbs, approximators and 降至/稳定在 after it.
_LEAD = re.compile(
    f"^(?:{_PERIODS}"
    f"|{_SCOPES}|[一二三四五六七八九十]是|[①-⑳]|连续[一二三四五六七八九十两\\d]{{1,3}}年"
    f"|{lexicon.METHOD_NOTES}"  # 按可比价格计算,增长6.5%: a method, not a name
    "|其中|尤其是|特别是|另外|此外|同时|但是|但|然而|加上|比如|例如|逆势|以及|而且|并且|并|而|且|和|及|与|还有|还|又|仍|也|继续|折合"
    "|目前|当前|现在|已经|已|先后|分别|均|都|共有|共计|总共|共|在(?![谈孵建岗职线册校读库营用编])|我们"
    f"|对(?![外照])|把|将|要|使|让|包括|原则上|以上的|以上|的|仅|只|才|预计|计划(?!总投资|投资|{lexicon.PLAN_NAMED})|力争"
    "|确保|争取|努力|达到了?|拥有|是|为|了|,)"
)
# Patterns ending in ``$`` are ``Tail``s: searched from near the end of the text only.
_TRAIL = Tail(
    "(?:完成了?|实现了?|达到了?|已达|达|为|是|有|共计|共|合计|总计|计|已经|已|仅有|只有|仅|(?<!人)才|了"
    "|(?:下降|降低|回落|降|提高|提升|增长|增加|上升|减少|缩小|扩大|压缩|调整)(?:至|到|为)"
    "|将|增至|到|至|超过了?|突破了?|跨上|迈上|站上|跃上|将近|接近|近|(?<![签合节制公条预])约|大约|不到|不足|不低于"
    "|不少于|至少|控制在|保持在|稳定在|维持在|预计|预期|分别为|分别|平均|(?<!平)均|都|就|高达|逾|也|还|中有|中|延续"
    "|拟按|拟|实际|净"  # 赤字率拟按3%安排, 收入实际增长8.6%, 面积分别净减少
    f"|{lexicon.METHOD_NOTES}"  # 地区生产总值按不变价格计算,同比增长7.6%
    "|累计|年均|转为|全部|(?<![赶])超|等|继续"
    # 生活补贴再次提高,年人均增加2400元: the clause names the metric, then says it rose
    "|(?:再次|再度|进一步|继续|持续|稳步|逐年|逐步|大幅|明显)(?:提高|提升|增长|增加|上升|下降|降低|减少)"
    "|(?:全年|年)?人均(?:年|月)?"  # 城镇年人均提高600元: a per-head rate, not part of the name
    "|连续[一二三四五六七八九十两\\d]{1,3}年|[一二三四五六七八九十两\\d]{1,2}年(?:来|内|间)?"  # 稳定在…连续五年
    f"|保持|首次|稳居|跃居|居|位居|位列|排名|(?<![安编])排|{_SCOPES}|(?<![主重需只不首必])要(?:确保|力争|争取|努力)?"
    "|确保|力争|力求"  # 地区生产总值确保增长6%: the pledge, not the metric
    "|(?<=..)安排"  # 中央预算内投资安排6000亿元: the amount arranged for it (a bare 安排 stays)
    # 地区生产总值首次突破百亿大关, 迈上万亿元台阶: a milestone passed, not part of the metric
    "|(?:首次|一举|历史性地?|成功)?(?:突破|迈上|跨上|跨越|站上|跃上|越过)[^\\d,;:。]{1,8}(?:大关|台阶|关口)"
    f"|{_PERIODS})$"
)
_INNER = re.compile("各类|各种|各项")
# marks at a name's edge: punctuation, and the bullets of a list pasted from a slide (●粮食总产)
_EDGE = " ,;:、●■◆▲★☆•"
_COUNT_WORD = Tail("个数$|(?<=任务)数$")  # 新开工项目个数 → 新开工项目
# 累计完成固定资产投资 → 固定资产投资, 完成置换 → 置换: the reporting verb goes (GUIDE §3)
_LEAD_VERB = re.compile("^(?:累计)?(?:实现了?|完成了?)(?=.{2})")
# 规模企业实现工业总产值 → 规模企业工业总产值: the verb between the subject and the amount's noun
_INNER_VERB = re.compile("(?<=.{2})(?<![额已未])(?:共|累计|当年|全年)?(?:实现|完成)了?(?=[^率数量额值度进目任].)")
_NEW_TAIL = Tail("新增$")  # 参保人数新增14.8万人 → 新增参保人数
# 完成投资33.9亿元 → 投资: the reporting verb before an amount that needs its owner (计划总投资,
# the planned total, is a metric of its own)
_DONE_AMOUNT = re.compile(f"(?:共|累计|当年|全年)?(?:完成|实现)(?=(?:{namewords.OWNED_AMOUNTS})$)")

# Text further back than this from a figure is not part of its name: the bound keeps the work
# per figure constant in a sentence of any length (a 5 MB line with no punctuation).
NAME_WINDOW = 80


def clean(text: str) -> str:
    """Strip periods, places, connectives and linking verbs around a name."""
    # a pure function of a short text, and names repeat within and across speeches: the
    # result is remembered, for texts no longer than a name segment (a cache never holds
    # a long head of a sentence)
    return _clean_short(text) if len(text) <= NAME_WINDOW else _clean(text)


@lru_cache(maxsize=8192)
def _clean_short(text: str) -> str:
    return _clean(text)


def _clean(text: str) -> str:
    if "(" in text:
        text = _PAREN.sub("", text)
    if "各" in text:
        text = _INNER.sub("", text)
    text = text.strip(_EDGE)
    scoped = _SCOPE_PREFIX.match(text)
    if scoped is not None and scoped.end() < len(text):  # 致使全区规上工业增加值
        text = text[scoped.end() :]
    if _NEW_TAIL.search(text):
        text = "新增" + text[:-2]
    for _ in range(8):
        new = _TRAIL.cut(_after(_LEAD_VERB, _after(_LEAD, text)), count=1)
        if new == text:
            break
        text = new
    text = _COUNT_WORD.cut(text.strip(_EDGE))
    if text.count("“") != text.count("”"):
        # a close quote with no open one: the segment began inside a quotation
        close = text.find("”")
        if 0 <= close < len(text) - 1 and "“" not in text[:close]:
            text = text[close + 1 :]
        text = text.strip("“”")
    text = _DONE_AMOUNT.sub("", text)
    if "实现" in text or "完成" in text:
        text = _INNER_VERB.sub("", text, count=1)
    head, sep, tail = text.rpartition("的")
    if sep and head and "占" not in head:
        # 可开工的项目 → 可开工项目; 廊坊市的集中供热面积 → 集中供热面积
        text = head + tail if len(tail) <= 3 else tail
    return text


def _after(lead: re.Pattern[str], text: str) -> str:
    """``lead.sub("", text)`` for a pattern anchored with ``^`` (it matches at 0 or nowhere)."""
    m = lead.match(text)
    return text[m.end() :] if m is not None else text
