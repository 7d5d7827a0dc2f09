"""Turn the quantities of one sentence into indicators: roles, changes, status, period.

The sentence is read left to right. A quantity is a *level* (``财政收入27.46亿元``), a
*change* (``增长22%``) or a *base* (``由35人``…). A change with no subject of its own
belongs to the indicator before it (GUIDE §3, ``…188亿元,增长30%``); a change with a
subject (``GDP增长9.4%``) is an indicator of its own with no level. Names are read by
``names``.
"""

from __future__ import annotations

import re

from govspeech._types import Quantity, QuantityBase, QuantityChange, Status
from govspeech.indicators import lexicon
from govspeech.indicators.match import Found

__all__ = ["build_quantities"]

_VERBS = {row.name: row for row in lexicon.CHANGE_VERBS}
_KINDS = {row.name: row for row in lexicon.CHANGE_KINDS}
_STATUSES = {row.name: row for row in lexicon.STATUS_CUES}


def _alternation(names: list[tuple[str, str]]) -> str:
    return "|".join(f"(?P<{name}>{pattern})" for name, pattern in names)


_APPROX_BEFORE = re.compile(lexicon.APPROX_BEFORE)
# a change verb right before the number: 同比增长9.4%, 增长了74倍 (增长到 is a level)
_VERB_END = re.compile(
    "(?:"
    + _alternation([(r.name, r.pattern) for r in lexicon.CHANGE_VERBS if not r.points_only])
    + ")(?:了)?(?:达|为|了)?$"
)
# 高于省市0.4个百分点, 欠进度8.2个百分点: a short object may sit between
_POINTS_END = re.compile(
    "(?:"
    + _alternation([(r.name, r.pattern) for r in lexicon.CHANGE_VERBS if r.points_only])
    + ")[^,;:、。]{0,6}$"
)
_KIND_END = re.compile(
    "(?:" + _alternation([(r.name, r.pattern) for r in lexicon.CHANGE_KINDS]) + ")(?:又|再|将|仍)?$"
)
_STATUS = re.compile(_alternation([(r.name, r.pattern) for r in lexicon.STATUS_CUES]))
_PERIOD = re.compile(
    f"(?=[{lexicon.PERIOD_FIRST}])(?:" + "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES) + ")"
)
_CONTEXT_TAIL = 80  # characters of context searched for a period: the sentence or two before
_RATIO = re.compile("(?:是|为|相当于|达到)(?P<what>[^,;:。]{0,12}?)的$")
_GROWTH_AFTER = re.compile("(?:以上|左右)?的[^,;:。]{0,4}(?:增长|增速|增幅)")
_BASE_OPEN = re.compile("(?:由|从)$")
_BASE_CLOSE = re.compile("^[^,;:。]{0,6}?(?:到|至)$")
_LIST_JOIN = re.compile("^(?:和|、|与|及)$")
_CLAUSE = re.compile("[,;:。!?]")
_COMPARE_TAIL = re.compile("(?:比|较)[^,;:。]{0,8}$")
_NUMBER_TAIL = re.compile(r"[\d.]+$")


def build_quantities(sentence: str, found: list[Found], offset: int, context: str) -> list[Quantity]:
    """Indicators of one sentence from its quantities, in order.

    Args:
        sentence: The sentence text.
        found: Its quantities from :func:`match.find_quantities`, in order.
        offset: Offset of the sentence in the document; added to every offset.
        context: Paragraph text before the sentence, for status cues such as ``目标是:``.

    Returns:
        ``Quantity`` records with document offsets. For
        ``固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%``: two records,
        each with its change.
    """
    out: list[Quantity] = []
    clause_starts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)]
    sentence_status = _sentence_status(sentence, found, context)
    fallback_period = _last_period(context[-_CONTEXT_TAIL:], _CONTEXT_TAIL) if found else None
    pending_names: list[str] = []  # subjects of a 分别 list still waiting for their change
    base_for: dict[int, Found] = {}
    prev_end = 0
    for i, q in enumerate(found):
        left, seg_start = name_segment(sentence, q.start, prev_end)
        prev_end = q.end
        last_end = found[i - 1].end if i else -1
        if q.kind == "quantity" and i + 1 < len(found) and _BASE_OPEN.search(left):
            if _BASE_CLOSE.match(sentence[q.end : found[i + 1].start]):
                base_for[i + 1] = q  # 由35人充实到170人: 35人 is the base of 170人
                continue
        clause_start = _clause_start(clause_starts, q.start)
        status = _last_status(sentence[clause_start : q.start], "clause") or sentence_status
        period = _last_period(sentence, q.start) or fallback_period
        current = out[-1] if out else None
        change = _change(sentence, q, left, out)
        if change is None:
            level = _level(sentence, q, left, current, offset, status, period)
            base = base_for.get(i)
            if base is not None:
                level.base = QuantityBase(base.start + offset, base.end + offset, base.value, base.unit)
                base_left, _ = name_segment(sentence, base.start, 0)
                level.name = clean(_BASE_OPEN.sub("", base_left)) or level.name
            out.append(level)
            continue
        change.start += offset
        change.end += offset
        subject = _subject(left)
        if "分别" in left and subject:
            pending_names = split_subjects(subject)
        if pending_names:
            subject = pending_names.pop(0)
        own = current is not None and last_end >= _clause_start(clause_starts, max(clause_start - 1, 0))
        if not subject and own and current is not None and current.change is None and current.value is not None:
            current.change = change  # …188亿元,增长30%: the change of the level before
            continue
        if not subject and not own:
            subject, prev_status = _previous_clause(sentence, clause_starts, clause_start)
            status = prev_status or status
        name = subject or (current.name if current else None)
        if current is not None and not subject:
            period, status = current.period, current.status
        out.append(Quantity(name, None, None, change=change, period=period, status=status))
    return out


def _level(
    sentence: str, q: Found, left: str, current: Quantity | None, offset: int, status: Status,
    period: str | None,
) -> Quantity:
    name = level_name(sentence, q, left, current.name if current else None)
    return Quantity(name, q.start + offset, q.end + offset, value=q.value, unit=q.unit,
                    scaled_value=q.scaled_value, base_unit=q.base_unit,
                    approximate=q.approximate, period=period, status=status)


def _clause_start(starts: list[int], pos: int) -> int:
    best = 0
    for s in starts:
        if s > pos:
            break
        best = s
    return best


def _change(sentence: str, q: Found, left: str, out: list[Quantity]) -> QuantityChange | None:
    """The change stated by ``q``, or ``None`` when ``q`` is a level."""
    if q.kind == "doubling":
        return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")
    if q.kind == "rank":
        return None
    bare = _APPROX_BEFORE.sub("", left)
    m = _VERB_END.search(bare)
    if m is None and q.unit == "个百分点":
        m = _POINTS_END.search(bare)
    if m is not None:
        verb = _VERBS[next(k for k, v in m.groupdict().items() if v is not None)]
        return QuantityChange(q.start, q.end, q.value, q.unit, _kind(bare[: m.start()]), verb.direction)
    if q.unit == "倍" and _RATIO.search(left):
        return QuantityChange(q.start, q.end, q.value, q.unit, None, None)  # 是“九五”末的2.8倍
    last = out[-1].change if out else None
    if last is not None and _LIST_JOIN.match(left) and last.unit == q.unit:
        # 分别增长42%和33.5%: the second figure of a shared verb
        return QuantityChange(q.start, q.end, q.value, q.unit, last.kind, last.direction)
    if q.unit == "%" and _GROWTH_AFTER.match(sentence, q.end):
        return QuantityChange(q.start, q.end, q.value, q.unit, None, "up")  # 20%以上的高速增长
    if q.unit in ("个百分点", "倍"):
        return QuantityChange(q.start, q.end, q.value, q.unit, _kind(left), None)
    return None


def _kind(before_verb: str) -> str | None:
    """Comparison kind written right before the verb: 同比, 年均, 比上年… (年均浓度 is a name)."""
    m = _KIND_END.search(before_verb)
    if m is None:
        return None
    row = _KINDS[m.lastgroup or ""]
    return row.value or m.group(m.lastgroup or 0)


def _subject(left: str) -> str:
    """The subject of a change: ``全区GDP增长`` → ``GDP``."""
    bare = _APPROX_BEFORE.sub("", left)
    m = _VERB_END.search(bare) or _POINTS_END.search(bare)
    text = bare[: m.start()] if m is not None else _RATIO.sub("", bare)
    text = _KIND_END.sub("", text)
    return clean(_COMPARE_TAIL.sub("", text))


def _previous_clause(sentence: str, starts: list[int], clause_start: int) -> tuple[str, Status | None]:
    """Name and status of the clause before: ``…比重预计达43.95,同比上升3.25个百分点``."""
    k = starts.index(clause_start)
    if k == 0:
        return "", None
    text = sentence[starts[k - 1] : clause_start].rstrip(",;:")
    return clean(_NUMBER_TAIL.sub("", text)), _last_status(text, "sentence")


def _sentence_status(sentence: str, found: list[Found], context: str) -> Status:
    """Status set for the whole sentence by a cue before the first indicator's name."""
    head = sentence[: found[0].start] if found else sentence
    m = _last_cue(head, "sentence")
    if m is not None and clean(head[m.end() :]):
        return _STATUSES[m.lastgroup or ""].status
    tail = context.rstrip()
    if tail.endswith(":"):  # 预期目标是: ends the sentence before
        return _last_status(tail[-24:], "sentence") or "actual"
    return "actual"


def _last_cue(text: str, scope: str) -> re.Match[str] | None:
    last = None
    for m in _STATUS.finditer(text):
        if scope == "clause" or _STATUSES[m.lastgroup or ""].scope == "sentence":
            last = m
    return last


def _last_status(text: str, scope: str) -> Status | None:
    m = _last_cue(text, scope)
    return _STATUSES[m.lastgroup or ""].status if m is not None else None


def _last_period(text: str, pos: int) -> str | None:
    """The nearest period cue before ``pos``."""
    m = None
    for m in _PERIOD.finditer(text, 0, pos):
        pass
    return m.group() if m is not None else None


# ---------------------------------------------------------------- names

_SCOPES = "全区|全市|全县|全镇|全乡|全省|全国|全州|我区|我市|我县|我镇|我省|本区|本市|区内|市内|县内"
_NAME_BOUNDARY = re.compile("[,;:。!?、]")
_PAREN = re.compile(r"\([^()]{0,40}\)")
_OPEN_PAREN = re.compile(r"\(([^()]*)$")
_SCOPE_PREFIX = re.compile(f"^.{{0,6}}?(?:{_SCOPES})")
# Words around a name that are not part of the metric (GUIDE §3: ``地区生产总值``, not
# ``上半年,全区地区生产总值``): periods, places, connectives and framing verbs before it,
# linking verbs and approximators after it.
_LEAD = re.compile(
    "^(?:"
    + "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES)
    + f"|{_SCOPES}|其中|尤其是|特别是|另外|此外|同时|以及|而且|并且|并|而|且|和|及|与|还有|还|又|仍"
    "|也|目前|当前|现在|已经|已|先后|分别|均|都|共计|总共|共|在(?![谈孵建岗职线])|对(?![外照])|把|将"
    "|要|使|让|包括|原则上|以上的|以上|的|仅|只|才|预计|计划(?!总投资|投资)|力争|确保|争取|努力"
    "|达到了?|是|为|了|,)"
)
_TRAIL = re.compile(
    "(?:完成了?|实现了?|达到了?|已达|达|为|是|有|共计|共|合计|总计|计|已经|已|仅有|只有|仅|才|了"
    "|将|增至|到|至|超过了?|突破了?|跨上|将近|接近|近|(?<![签合节制公条预])约|大约|不到|不足|不低于"
    "|不少于|至少|控制在|保持在|预计|分别为|分别|均|都|就|高达|逾|也|还|中有|中|延续|保持|首次"
    f"|居|位居|位列|排名|排|{_SCOPES}|(?<![主重需])要[^\\d,;:]{{0,2}}|"
    + "|".join(f"(?:{row.pattern})" for row in lexicon.PERIOD_CUES)
    + ")$"
)
_INNER = re.compile("各类|各种|各项")
_RIGHT_SKIP = re.compile("(?:以上|左右|以内|多|余)?的?(?:完成|实现)?")
_RIGHT_STOP = re.compile(
    r"[\d的被和与及或等将要已在为是有获来,;:。!?、()]|中有|中还|之中|实现|办理|享受|充实|申报|达到|完成"
    "|挂牌|列入|进行|正在|必须|荣获|通过|参加|落户|投入|用于|以上|左右|以内"
)
_LEAD_VERB = re.compile("^(?:实现了?|完成了?)(?=.{3})")  # 完成投资 keeps its verb
_NEW_TAIL = re.compile("新增$")  # 参保人数新增14.8万人 → 新增参保人数
_AREA_VERB = re.compile("(?:拆迁|竣工|拆除|建设|签约|征迁|开工)$")  # 拆迁70万平方米 → 拆迁面积
_OF_NOUN = re.compile("(?:以上|左右)?的")
_SHARE = re.compile("占(?!比)(?P<what>[^,;:。]{1,14}?)(?:的)?(?:比重|比例)?(?:为|达|达到)?$")
_MIN_RIGHT = 2  # a one-character noun after a measure word is rarely the metric


def name_segment(sentence: str, pos: int, floor: int) -> tuple[str, int]:
    """Text before ``pos`` back to a ``,;:、`` or the previous figure; inside ``(`` if open."""
    start = floor
    for m in _NAME_BOUNDARY.finditer(sentence, floor, pos):
        start = m.end()
    left = sentence[start:pos]
    inner = _OPEN_PAREN.search(left)  # (包括2024年结转项目23个): name inside the bracket
    if inner is not None:
        return inner.group(1), pos - len(inner.group(1))
    return left, start


def clean(text: str) -> str:
    """Strip periods, places, connectives and linking verbs around a name."""
    text = _INNER.sub("", _PAREN.sub("", text)).strip(" ,;:、")
    scoped = _SCOPE_PREFIX.match(text)
    if scoped is not None and scoped.end() < len(text):  # 致使全区规上工业增加值
        text = text[scoped.end() :]
    if _NEW_TAIL.search(text):
        text = "新增" + text[:-2]
    for _ in range(8):
        new = _TRAIL.sub("", _LEAD_VERB.sub("", _LEAD.sub("", text, count=1)), count=1)
        if new == text:
            break
        text = new
    text = text.strip(" ,;:、")
    if text.count("“") != text.count("”"):
        text = text.strip("“”")
    head, sep, tail = text.rpartition("的")
    if sep and head and "占" not in head:
        # 可开工的项目 → 可开工项目; 廊坊市的集中供热面积 → 集中供热面积
        text = head + tail if len(tail) <= 3 else tail
    return text


def split_subjects(subject: str) -> list[str]:
    """Subjects of a ``分别`` list: ``产值和纳税额`` → ``产值``, ``纳税额``."""
    return [part for part in re.split("和|、|与|及", subject) if part]


def level_name(sentence: str, q: Found, left: str, previous: str | None) -> str | None:
    """Name of a level: the noun after a number + measure word, else the phrase before."""
    share = _SHARE.search(left)
    if share is not None and q.unit in ("%", "‰"):
        before = clean(left[: share.start()])
        if before:
            return before + "占" + share.group("what")
        if previous and not left[: share.start()].strip():
            return previous + "占比"  # 1.69万亩,占总面积的75%
        return "占" + share.group("what")
    if q.kind == "rank":
        return clean(left) or previous
    right = _right_name(sentence, q.end)
    name = clean(left)
    # the noun after a measure word (22座高标准环保厕所, 30%的签约任务) is what is counted
    if len(right) >= _MIN_RIGHT and (
        q.unit_kind == "count" or len(name) <= 2 or _OF_NOUN.match(sentence, q.end)
    ):
        return right
    if name and q.unit_kind == "area" and _AREA_VERB.search(name):
        return name + "面积"
    return name or previous


def _right_name(sentence: str, pos: int) -> str:
    """Noun phrase after a number: ``22座高标准环保厕所`` → ``高标准环保厕所``."""
    skip = _RIGHT_SKIP.match(sentence, pos)
    start = skip.end() if skip else pos
    rest = sentence[start : start + 24]
    stop = _RIGHT_STOP.search(rest)
    return rest[: stop.start()] if stop is not None else rest
