"""Names of indicators: the metric as a minimal noun phrase (GUIDE §3).

A name is read from the words before a figure (``地区生产总值完成244.4亿元``) or, after a
measure word, from the noun it counts (``22座高标准环保厕所``). Around that noun phrase,
periods, places, connectives and linking verbs drop (``phrases.clean``: ``上半年,全区地区生产总值``
→ ``地区生产总值``), while the verb that says what is counted stays (``新建了30个社区居委会``
→ ``新建社区居委会``; ``14个地块挂牌上市`` → ``挂牌上市地块``).

>>> name_segment("上半年,全区地区生产总值完成244.4亿元", 14, 0)
('全区地区生产总值完成', 4)
"""

from __future__ import annotations

import re
from functools import lru_cache

from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators._regex import Tail, guarded
from govspeech.parser.indicators.match import UNIT_PATTERN, Found
from govspeech.parser.indicators.phrases import NAME_WINDOW, clean

__all__ = ["METRIC_LEAD", "METRIC_VERB", "OWNER_VERB", "RANK_END", "clean", "level_name", "name_segment",
           "rank_name", "strip_rank"]

_NAME_BOUNDARY = re.compile("[,;:。!?、]")
_OPEN_PAREN = re.compile(r"\(([^()]*)$")
_RIGHT_SKIP = re.compile("(?:人民币)?(?:以上|左右|以内|多|余)?的?")
_RIGHT_DONE = re.compile("(?:完成|实现)了?")  # 100%完成签约任务
_RIGHT_STOP = guarded(
    r"[\d的被和与及或等将要已在为是有获来,;:。!?、()]|中有|中还|之中|实现|办理|享受|充实|申报|达到|完成"
    "|挂牌|列入|纳入|进行|正在|必须|荣获|通过|参加|落户|投入|用于|以上|左右|以内|外(?=[,;。]|$)"
    "|到(?!位)|发放|提供|解决"
    "|全部|全面|陆续|相继|先后|加快|直接"
)
_OF_NOUN = re.compile("(?:以上|左右)?的")
_SHARE = re.compile(
    "占(?!比)(?P<what>[^,;:。]{1,14}?)(?:的)?(?P<ratio>比重|比例)?"
    "(?:(?:提高|上升|提升|下降|降低|增加)(?:到|至)|为|达|达到)?$"
)
_MIN_RIGHT = 2  # a one-character noun after a measure word is rarely the metric
_COORDINATED = re.compile("和|与|及|、")  # 30个国家和地区的700个项目: nouns, not a modifier
# an item of a 、 list that holds a figure or states a change or a clause of its own
_LISTED_STOP = re.compile(
    "[\\d()“”①-⑳]|" + "|".join(r.pattern for r in lexicon.CHANGE_VERBS if r.name in lexicon.OBJECT_CHANGE_VERBS)
    + f"|{namewords.LIST_ITEM_CLAUSE_WORDS}|{namewords.FRAMING_VERBS}"
)
_MAX_LISTED = 12  # a longer item is a clause, not a noun of the list
_MAX_LIST_NAME = 30  # a longer list names places or projects, not the metric
_CLAUSE_END = re.compile("[,;:。!?]")
_QUOTED_END = Tail("“[^“”]{1,8}”$")
_MAX_MODIFIER = 6  # 集中开工的9个项目 → 集中开工项目; longer clauses are not a modifier
# A name is a minimal noun phrase (GUIDE §3): one that would grow past this by taking an
# owner is not an attribute of that owner. The bound also stops owner chains (each 占 share
# taking the previous, already owned name) from doubling a name's length figure by figure.
MAX_NAME = 40
METRIC_VERB = re.compile(f"(?:累计)?(?:{namewords.METRIC_VERBS})+(?:和(?:{namewords.METRIC_VERBS}))?")
# 新建、续建商贸类项目11个,完成投资10.2亿元 → 商贸类项目投资: verbs joined by 和 or 、
OWNER_VERB = re.compile(f"(?:累计)?(?:{namewords.METRIC_VERBS}|{namewords.FRAMING_VERBS})+"
                        f"(?:[和、](?:{namewords.METRIC_VERBS}|{namewords.FRAMING_VERBS}))?")
METRIC_LEAD = re.compile(f"^(?:累计)?(?:{namewords.METRIC_VERBS})")
_RANK_SCOPE = re.compile(lexicon.RANK_SCOPES)
_FRAMING_END = Tail(f"(?:{namewords.FRAMING_VERBS})$")
RANK_END = Tail(f"(?:{lexicon.RANK_SCOPES})?(?:排名|名次)$")
# 14个地块挂牌上市, 600名失地农民办理了养老保险: a verb phrase closing the clause
_FOLLOWING = re.compile(
    "(?:全部|全面|陆续|相继|先后|将|已|均|都|也|还|直接)?"
    f"(?P<vp>被?(?:加快|实现)?(?:{namewords.FOLLOWING_VERBS})[^\\d,;:。!?()]{{0,14}}?)"
    # a 、 ends the phrase before the next item of a list of figures: 煤矿建成试运转、新增产能3095万吨
    "(?=[,;:。!?(]|、(?=[^,;:。!?、]{0,12}\\d)|$)"
)
_FOLLOWING_VERB = re.compile(f"被?(?:加快|实现)?(?:{namewords.FOLLOWING_VERBS})")
_VP_WORK = Tail("(?<=..)工作$")
_JOINED_END = Tail("(?:和|及|与)$")
_RATING = re.compile(f"^(?:{namewords.RATING_VERBS})")
_VP_NOISE = re.compile("[了“”\"]|^被")
_BENEFITS = dict(namewords.BENEFIT_VERBS)
_BENEFIT = re.compile(
    f"(?P<verb>{'|'.join(_BENEFITS)})(?P<obj>[^\\d,;:。!?()]{{2,14}}?)(?=[,;:。!?(\\d]|$)"
)
_SHORT_VP = 5  # 挂牌上市地块, 建成试运转煤矿; longer phrases take 的: 办理养老保险的失地农民
_WORKED = re.compile(f"(?P<noun>.{{2,}}?)(?P<work>{namewords.WORK_NOUNS})(?:任务|工程)?")
_AMONG = Tail("(?:中有|其中有?|中)$")  # 56个社居委中有43个…: the noun of the figure before
_SIZE_CLASS = re.compile(f"(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两])?(?:{namewords.SIZE_CLASS_UNITS})(?:以上|以下)的?")
_NOT_YET = re.compile("(?:未|尚未|没有|还未)[^的]{1,4}的")  # 13个未开工的安置房项目
_AREA_NAME = re.compile(
    f"(?:完成了?)?(?P<noun>.*?)(?:要|将|已|也)?(?P<verb>{namewords.AREA_VERBS})"
)
_AREA_OWNER = re.compile(f"^(?P<noun>.+?)(?:{namewords.AREA_VERBS})面积$")
_TASK_END = Tail(f"(?:{namewords.TASK_NOUNS})$")
_DONE_BEFORE = Tail("完成了?$")
_PROJECTS_END = Tail("(?:项目|工程)$")
_DONE_OF = Tail("完成(?:了)?(?P<what>[^,;:。]{1,12}?)的$")
_INVESTED = {"投资": "投资", "计划投资": "投资", "总投资": "总投资"}  # the amount, as its object's name
# 投资3.3亿元的机场快速路, 投资5亿元实施了城区管网改造: what the amount is invested in
_INVEST_OBJECT = re.compile(
    r"(?:以上|左右|多|余)?(?:的|,?实施了?的?|建成|,?完成了?|新建)"
    rf"(?:\d+(?:\.\d+)?[万亿]?(?:{UNIT_PATTERN}))?"  # 投资1168万元,完成21个老旧小区…
    r"(?P<noun>[^\d,;:。!?()的]{2,30}?)"
    r"(?=建成|进展|开工|完工|成功|顺利|正式|全面|全部|相继|陆续|先后|已|实现|投入|新接入|新增|当年|\d|,|;|。|$|的"
    r"|、(?:计划|总)?投资)"  # 投资4.5亿元的A项目、投资1.68亿元的B项目: the next item of a list
)
# 完成投资103.11亿元,完成年度投资计划的90.32%: the plan the amount is measured against, no object
_PLAN_OBJECT = Tail(f"(?:{lexicon.PLAN_DENOMINATORS})$")


def name_segment(sentence: str, pos: int, floor: int) -> tuple[str, int]:
    """Text before ``pos`` back to a ``,;:、`` or the previous figure; inside ``(`` if open."""
    floor = max(floor, pos - NAME_WINDOW)
    start = floor
    for m in _NAME_BOUNDARY.finditer(sentence, floor, pos):
        start = m.end()
    left = sentence[start:pos]
    inner = _OPEN_PAREN.search(left)  # (包括2024年结转项目23个): name inside the bracket
    if inner is not None:
        return inner.group(1), pos - len(inner.group(1))
    return left, start


def level_name(sentence: str, q: Found, left: str, previous: str | None) -> str | None:
    """Name of a level: the noun after a number + measure word, else the phrase before.

    Args:
        sentence: The sentence text.
        q: The level quantity.
        left: Text between the previous figure (or clause start) and ``q``.
        previous: Name of the indicator before, in the same sentence.
    """
    name = _level_name(sentence, q, left, previous)
    if previous and name == previous and namewords.CUMULATIVE_WORD in left and not clean(left):
        lead = METRIC_LEAD.match(previous)  # 案例新增9个、累计达到79个 → 案例累计数
        base = previous[lead.end() :] if lead is not None and lead.end() < len(previous) else previous
        return base + namewords.CUMULATIVE_NAME
    if previous and name in namewords.HEADLESS_MEASURES and name == left:
        head = next((h for h in namewords.HEADLESS_MEASURES if previous.endswith(h)), None)
        if head is not None and 0 < len(previous) - len(head) <= _MAX_MODIFIER:
            return previous[: -len(head)] + name  # 粮食播种面积…,产量36.17万吨 → 粮食产量
    return _with_listed_nouns(sentence, q.start - len(left), left, name, q.kind == "rank")


def _with_listed_nouns(sentence: str, start: int, left: str, name: str | None, rank: bool) -> str | None:
    """Nouns listed with ``、`` before one figure all name it (GUIDE §3): ``条约、重要协定9项``
    → ``条约、重要协定``; with 合计 the figure is their sum; ``规模、储备稳居世界第一`` ranks
    both. Items that state clauses of their own (``深化改革、引进项目56个``) stay out."""
    if not name or start < 1 or sentence[start - 1] != "、":
        return name
    ranked = rank and len(left) >= 2 and name.startswith(left[:2])  # the ranked noun opens left
    if name != clean(left) and not ranked:
        return name
    floor = max(0, start - NAME_WINDOW)
    for m in _CLAUSE_END.finditer(sentence, floor, start):
        floor = m.end()
    before = sentence[floor : start - 1]
    items = before.split("、")
    if (not before or _LISTED_STOP.search(before) or METRIC_LEAD.match(name)
            or any(not 2 <= len(item) <= _MAX_LISTED for item in items)):
        return name
    listed = clean(before) + "、" + name if ranked else clean(f"{before}、{left}")
    return listed if "、" in listed and listed.endswith(name) and len(listed) <= _MAX_LIST_NAME else name


def _level_name(sentence: str, q: Found, left: str, previous: str | None) -> str | None:
    invested = _INVESTED.get(clean(left)) if q.unit_kind == "currency" and "投资" in left else None
    if invested is not None:  # 全年计划投资12.7亿元,实施重点商贸流通项目… → …项目投资
        obj = _INVEST_OBJECT.match(sentence, q.end)
        if obj is not None and clean(obj.group("noun")) and not _PLAN_OBJECT.search(obj.group("noun")):
            return clean(obj.group("noun")) + invested  # 投资3.3亿元的机场快速路 → 机场快速路投资
    share = _SHARE.search(left)
    if share is not None and q.unit in ("%", "‰"):
        return _share_name(left, share, previous)
    if q.kind == "rank":
        return rank_name(left, previous)
    right, right_end = _right_name(sentence, q.end, q.unit_kind == "share")
    name = clean(left)
    if q.unit in ("%", "‰"):
        rate = _rate_name(sentence, q, left, right)
        if rate:
            return rate
    if q.unit_kind == "count" and not right and previous and _AMONG.search(left):
        lead = OWNER_VERB.match(previous)  # 9条次干道路开工建设,其中4条实现通车 → 次干道路
        right = previous[lead.end() :] if lead is not None and lead.end() < len(previous) else previous
    # the noun after a measure word (22座高标准环保厕所, 30%的签约任务) is what is counted
    if len(right) >= _MIN_RIGHT and (
        q.unit_kind == "count" or len(name) <= 2 or _OF_NOUN.match(sentence, q.end)
        or _JOINED_END.search(left)  # 18公里供水管网和19公里城市道路: the left is the item before
        or _FRAMING_END.search(name)  # 重点实施31.2公里农村公路 → 农村公路
    ):
        return _counted(sentence, q, left, name, right, right_end)
    if name and q.unit_kind == "area":
        return _area_name(name, previous)
    for verb, noun, kind in namewords.VERB_NOUNS:
        if q.unit_kind == kind and name.startswith(verb) and len(name) > len(verb) + 1:
            return name[len(verb) :] + noun  # 投入民生资金6.8亿元 → 民生资金投入
    if not name and previous and q.unit_kind == "area" and not previous.endswith("面积"):
        return _PROJECTS_END.cut(previous) + "面积"  # 安置房项目11个共133万平米 → 安置房面积
    return name or previous


def _counted(sentence: str, q: Found, left: str, name: str, right: str, right_end: int) -> str:
    """Name of a figure whose noun follows it: ``新建了30个社区居委会`` → ``新建社区居委会``."""
    if left.endswith("为"):
        benefit = _BENEFIT.match(sentence, right_end)
        if benefit is not None:  # 为3729户低收入农牧户发放冬煤补贴 → 获发冬煤补贴的低收入农牧户
            return f"{_BENEFITS[benefit.group('verb')]}{benefit.group('obj')}的{right}"
    following = _FOLLOWING.match(sentence, right_end)
    if following is None and q.unit_kind == "count":
        inner = _inner_following(sentence, right, right_end)
        if inner is not None:
            following, right = inner  # 8个项目开工建设, 30家企业入驻产业园
    noun = right
    if name and METRIC_VERB.fullmatch(name):
        noun = name + noun  # 新建了30个社区居委会, 启动80万平方米安置房建设
    elif left.endswith("的") and name and not _COORDINATED.search(name):
        quoted = _QUOTED_END.search(name)
        if len(name) <= _MAX_MODIFIER:
            noun = name + noun  # 6月集中开工的9个项目 → 集中开工项目
        elif quoted is not None:
            noun = quoted.group() + noun  # 除明确将“退城进园”的55家大型企业外
    if following is not None:
        vp = _VP_WORK.cut(_VP_NOISE.sub("", following.group("vp")))  # 完成迁建工作 → 完成迁建
        rating = _RATING.match(following.group("vp"))
        if rating is not None:
            return _VP_NOISE.sub("", following.group("vp")[rating.end() :])  # 被评为文明社区
        noun = vp + noun if len(vp) <= _SHORT_VP else f"{vp}的{noun}"
    if q.unit_kind == "area" and _AREA_NAME.fullmatch(right):
        return noun + "面积"  # 30万平方米农民安置房建设
    if following is None:
        worked = _WORKED.fullmatch(right)
        if worked is not None:  # 4个现代牧场建设任务 → 建设现代牧场
            noun = noun[: len(noun) - len(right)] + worked.group("work") + worked.group("noun")
    return noun


def _inner_following(sentence: str, right: str, right_end: int) -> tuple[re.Match[str], str] | None:
    """A closing verb phrase inside the noun read after a figure, and the noun before it."""
    start = right_end - len(right)
    if start < 0 or sentence[start:right_end] != right:
        return None
    for m in _FOLLOWING_VERB.finditer(right, _MIN_RIGHT):
        following = _FOLLOWING.match(sentence, start + m.start())
        if following is not None:
            return following, right[: m.start()]
    return None


def _area_name(name: str, previous: str | None) -> str:
    """An area after a work verb is that work's area: ``拆迁70万平方米`` → ``拆迁面积``."""
    m = _AREA_NAME.fullmatch(name)
    if m is None:
        return name  # 拆除违法建设达5.6万平方米: the work is named by its object
    noun = m.group("noun")
    if not noun and previous:
        # 安置房建设60万平方米,预计竣工47万平方米 → 安置房竣工面积
        owner = _AREA_OWNER.match(METRIC_LEAD.sub("", previous))
        noun = owner.group("noun") if owner is not None else ""
    return noun + m.group("verb") + "面积"


def _share_name(left: str, share: re.Match[str], previous: str | None) -> str:
    """``X占Y的N%`` → ``X占Y比重``; ``占总面积的75%`` after a level → that level's 占比."""
    what = share.group("what") + (share.group("ratio") or "")
    if not share.group("ratio") and "比" not in what:
        what += "比重"
    before = clean(left[: share.start()])
    if before:
        return before + "占" + what
    if previous and not left[: share.start()].strip():
        if share.group("ratio"):
            return previous + "占" + what  # 总产值增长6.5%、占规上工业总产值比重提高到45%
        return previous + "占比"  # 1.69万亩,占总面积的75%
    return "占" + what


@lru_cache(maxsize=4096)
def rank_name(left: str, previous: str | None) -> str | None:
    """A rank names the ranking: ``总量全市第一`` → ``总量全市排名`` (owner added later).

    The scope stays where it is written: ``全省重点镇…评价第一名`` → ``全省重点镇…评价排名``.
    """
    scope = None
    for scope in _RANK_SCOPE.finditer(left):
        pass
    if scope is None:
        subject = clean(left) or previous
        return _rank_suffix(subject, "") if subject else None
    after = clean(left[scope.end() :])
    if after:  # the ranked metric follows its scope; what stands before is the actor
        return _rank_suffix(scope.group() + after, "")
    subject = clean(left[: scope.start()]) or (strip_rank(previous) if previous else "")
    return _rank_suffix(subject, scope.group()) if subject else None


def _rank_suffix(subject: str, scope: str) -> str:
    if RANK_END.search(subject):
        return subject
    return subject + scope + "排名"


@lru_cache(maxsize=4096)
def strip_rank(name: str) -> str:
    """The ranked metric of a rank name: ``GDP进度全市排名`` → ``GDP进度``."""
    return RANK_END.cut(name) or name


def _rate_name(sentence: str, q: Found, left: str, right: str) -> str | None:
    """Names of shares read around the figure: 完成率 and a bare 占."""
    if _TASK_END.search(right) and (_DONE_BEFORE.search(left) or _RIGHT_DONE.match(sentence, q.end)):
        return right + "完成率"  # 已100%完成签约任务, 完成30%的签约任务
    done_of = _DONE_OF.search(left)
    if done_of is not None and clean(done_of.group("what")):
        return clean(done_of.group("what")) + "完成率"  # 完成年度计划的52.3%
    if left.endswith("占") and clean(left[:-1]):
        return clean(left[:-1]) + "占比"  # 60岁以上老年人口占20.5%
    return None


def _right_name(sentence: str, pos: int, share: bool = False) -> tuple[str, int]:
    """Noun phrase after a number and where it ends: ``22座高标准环保厕所`` → ``高标准环保厕所``."""
    skip = _RIGHT_SKIP.match(sentence, pos)
    start = skip.end() if skip else pos
    done = _RIGHT_DONE.match(sentence, start) if share else None
    start = done.end() if done is not None else start
    not_yet = _NOT_YET.match(sentence, start)
    if not_yet is not None:  # 13个未开工的安置房项目 → 未开工安置房项目
        rest, end = _right_name(sentence, not_yet.end())
        return (not_yet.group()[:-1] + rest, end) if rest else ("", start)
    size = _SIZE_CLASS.match(sentence, start)
    if size is not None:  # 3个亿元以上项目 → 亿元以上项目: the class is part of the noun
        rest, end = _right_name(sentence, size.end())
        return (size.group().rstrip("的") + rest, end) if rest else ("", start)
    rest = sentence[start : start + 24]
    stop = _RIGHT_STOP.search(rest)
    if stop is None:
        return rest, start + len(rest)
    return rest[: stop.start()], start + stop.start()
