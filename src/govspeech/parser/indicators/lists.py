"""Lists of figures that share a verb or a subject (GUIDE §3, names).

``金融业、软件和信息服务业增加值分别增长9.7%、15.3%`` states two changes with one verb and
one head noun: each figure takes its own complete name (``金融业增加值``,
``软件和信息服务业增加值``). ``清除乱吊乱挂3500处,乱堆乱放4400多处`` shares a verb.

>>> split_subjects("一产、二产、三产增加值")
['一产增加值', '二产增加值', '三产增加值']
"""

from __future__ import annotations

import re

from govspeech.parser.indicators import lexicon, namewords
from govspeech.parser.indicators.match import Found
from govspeech.parser.indicators.names import METRIC_LEAD, METRIC_VERB
from govspeech.parser.indicators.phrases import NAME_WINDOW, clean

__all__ = ["LIST_JOIN", "list_joined", "list_length", "listed_subjects", "shared_stem", "shared_verb", "split_subjects", "wide_left"]

_HEADS = sorted(namewords.METRIC_HEADS, key=len, reverse=True)
LIST_JOIN = re.compile(f"^(?:{lexicon.LIST_JOINS})$")  # the whole text between two figures
_APPROX_LEAD = re.compile(lexicon.APPROX_AFTER)
_CLAUSE = re.compile("[,;:。!?]")
_MAX_SHARED = 6  # a longer list item states its own action
_MAX_LIST = 40  # a longer run of figures is not one list of names: the scan stays bounded
_NUMERAL_ITEM = re.compile("第?[一二三四五六七八九十]")
_NUMBERED_LAST = re.compile("第?(?P<numeral>[一二三四五六七八九十])(?P<tail>[^一二三四五六七八九十].*)")
_SUMMED_UP = re.compile(f"(?P<last>.+?)[\\d一二三四五六七八九十两]{{1,2}}[个项大]{namewords.LIST_SUMMARY_NOUNS}(?P<attr>.*)")
_BARE_RATE = re.compile(".{1,2}率")  # 拆迁率 in 签约率达到30%、拆迁率达到20%


def list_joined(joint: str) -> bool:
    """Is ``joint``, the text between two figures, a list join (``、``, ``左右和``)?"""
    return LIST_JOIN.match(_APPROX_LEAD.sub("", joint)) is not None


def list_length(sentence: str, found: list[Found], i: int) -> int:
    """How many figures from ``found[i]`` on are joined as one list (``6%、5.2%和5%``)."""
    n = 1
    for j in range(i + 1, min(len(found), i + _MAX_LIST)):
        if not list_joined(sentence[found[j - 1].end : found[j].start]):
            break
        n += 1
    return n


def listed_subjects(sentence: str, found: list[Found], i: int, wide: str, name: str | None) -> list[str]:
    """One subject per figure of the list of levels opening at ``found[i]``, or none.

    ``wide`` is the text before the figure (``wide_left``), ``name`` the first figure's own
    name. ``产值和税收分别达到5亿元和3亿元`` → ``产值``, ``税收``; without 分别, a list of as
    many subjects as figures of one kind: ``城镇和农村居民人均可支配收入完成29092元、17191元``
    (``接待游客和旅游收入1500万人次、150亿元`` lists two kinds of figure, and stays whole).
    """
    n = list_length(sentence, found, i)
    if "分别" in wide:  # a list of subjects, or one that names two (城乡居民…)
        head, _, verb = wide.rpartition("分别")
        items = split_subjects(clean(head), n)
        if not items and found[i].kind == "quantity":  # ranks name the rates before (fields)
            items = _earlier_subjects(sentence, found[i].start - len(wide), head, n)
        if METRIC_VERB.fullmatch(verb):  # A、B分别新增12项和44项 → 新增A, 新增B
            return [verb + item for item in items]
        return items
    if n < 2 or not name or ("和" not in wide and "、" not in wide):
        return []
    subject = clean(wide)
    if not subject.endswith(name) or any(f.unit_kind != found[i].unit_kind for f in found[i : i + n]):
        return []
    items = split_subjects(subject, n)
    # each item names the same measure (城镇…收入, 农村…收入), not 中小学 and 幼儿园在校学生
    return items if len(items) == n and all(it[-2:] == items[-1][-2:] for it in items) else []


def _earlier_subjects(sentence: str, end: int, head: str, n: int) -> list[str]:
    """The subjects of the 分别 list of an earlier clause, for one that names none:
    ``A、B分别新增12项和44项,累计分别达到64项和288项`` → ``A累计数``, ``B累计数``."""
    each = sentence.rfind("分别", max(0, end - NAME_WINDOW), end)
    if each < 0:
        return []
    start = max((m.end() for m in _CLAUSE.finditer(sentence, max(0, each - NAME_WINDOW), each)), default=0)
    items = split_subjects(clean(sentence[start:each]), n)
    suffix = namewords.CUMULATIVE_NAME if namewords.CUMULATIVE_WORD in head else ""
    return [item + suffix for item in items] if len(items) == n else []


def wide_left(sentence: str, pos: int, floor: int) -> str:
    """Text before ``pos`` back to a ``,;:`` or ``floor``: unlike a name segment, a ``、``
    list stays whole (``金融业、软件和信息服务业增加值分别增长``)."""
    floor = start = max(floor, pos - NAME_WINDOW)  # a name is never further back
    for m in _CLAUSE.finditer(sentence, floor, pos):
        start = m.end()
    return sentence[start:pos]


def split_subjects(subject: str, n: int = 0) -> list[str]:
    """Subjects of a list: ``产值和纳税额`` → ``产值``, ``纳税额``; the head noun of the last
    item goes to the items without one (``城镇、农村居民人均可支配收入``). With ``n`` figures,
    a split on ``、`` alone that gives ``n`` items wins (``软件和信息服务业`` is one item).
    """
    items = [part for part in subject.split("、") if part]
    if len(items) != n:
        items = [part for part in re.split("和|、|与|及", subject) if part]
    if len(items) < 2:
        return _expanded(subject, n) or items
    numbered = _numbered(items)
    if numbered:
        return numbered
    summed = _SUMMED_UP.fullmatch(items[-1])
    if summed is not None:  # A、B、C3个主要指标增速 → A增速, B增速, C增速
        return [item + summed.group("attr") for item in items[:-1] + [summed.group("last")]]
    last, first = items[-1], items[0]
    heads = [h for h in _HEADS if last.endswith(h) and len(last) > len(h)]
    if not heads:
        return items
    # the head whose qualifier is as long as the first item: 城镇、农村|居民人均可支配收入
    head = next((h for h in heads if len(last) - len(h) == len(first)), heads[0])
    return [it if any(it.endswith(h) for h in _HEADS) else it + head for it in items[:-1]] + [last]


def _numbered(items: list[str]) -> list[str]:
    """A list of numerals sharing the words after the last one: ``第一、二、三产业增加值`` →
    ``第一产业增加值``, ``第二产业增加值``, ``第三产业增加值``; ``一、二、三产`` → ``一产``…"""
    last = _NUMBERED_LAST.fullmatch(items[-1])
    if last is None or not all(_NUMERAL_ITEM.fullmatch(item) for item in items[:-1]):
        return []
    prefix = "第" if items[0].startswith("第") else ""
    return [prefix + item.lstrip("第") + last.group("tail") for item in items[:-1]] + [
        prefix + last.group("numeral") + last.group("tail")]


def _expanded(subject: str, n: int) -> list[str]:
    """An abbreviated list spelled out: ``城乡居民收入`` with two figures → ``城镇居民收入``,
    ``农村居民收入`` (``namewords.LIST_ABBREVIATIONS``)."""
    for short, parts in namewords.LIST_ABBREVIATIONS:
        if len(parts) == n and short in subject:
            return [subject.replace(short, part, 1) for part in parts]
    return []


def shared_verb(name: str | None, left: str, previous: str | None) -> str | None:
    """A tally in a list takes the verb of the tally before it: ``清除乱吊乱挂3500处,
    乱堆乱放4400多处`` → ``清除乱堆乱放``; ``累计签约城镇房765户、农房8栋`` → ``累计签约农房``."""
    if not name or not previous or name != left or len(name) > _MAX_SHARED:
        return name
    if METRIC_LEAD.match(name):
        return name  # 取缔…,清除乱吊乱挂3500处: the item states its own verb
    verb = METRIC_VERB.match(previous)
    if verb is None or verb.end() == len(previous) or previous.endswith(name[-2:]):
        return name  # 累计毕业项目21个,在孵项目82个: sibling kinds of one noun, not objects
    return verb.group() + name


def shared_stem(name: str | None, previous: str | None) -> str | None:
    """A bare rate in a list takes the stem of the rate before it: ``旧改项目签约率达到30%、
    拆迁率达到20%`` → ``旧改项目拆迁率``."""
    if not name or not previous or not _BARE_RATE.fullmatch(name):
        return name
    if len(previous) > len(name) and previous.endswith("率") and not previous.endswith(name):
        return previous[: -len(name)] + name
    return name
