"""Find quantity spans in one sentence: numbers with their units, ranks and 翻番.

One compiled alternation (built from ``lexicon``) scans the sentence; each hit is then
checked against the GUIDE §3 exclusions by looking at a character or two around it.
Every quantifier is bounded, so a scan is linear in the sentence length.

>>> [(f.text, f.value, f.unit) for f in find_quantities("完成244.4亿元,增长9.4%")]
[('244.4亿元', 244.4, '亿元'), ('9.4%', 9.4, '%')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from govspeech.parser._types import Bound
from govspeech.parser.indicators import lexicon
from govspeech.parser.indicators._regex import Tail, first_chars, guarded
from govspeech.parser.indicators.scopes import without_scoping_counts
from govspeech.numerals import parse_decimal

__all__ = ["UNIT_PATTERN", "Found", "find_quantities", "may_hold_quantity"]

_ARABIC = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,8})?(?![\d,])|\d{1,16}(?:\.\d{1,8})?"
_CN_DIGITS = "零〇○一二两三四五六七八九十百千"
# A Chinese integer never *ends* in 万/亿: in 四十万人 the 万 belongs to the unit 万人.
_CHINESE = (f"[{_CN_DIGITS}]{{1,12}}(?:[万亿]{{1,2}}[{_CN_DIGITS}]{{1,12}}){{0,3}}"
            "(?:点[零〇○一二两三四五六七八九]{1,4})?")  # 七点二个百分点
_NUMBER = f"(?:{_ARABIC}|{_CHINESE})"
_MAGNITUDE = "|".join(row.pattern for row in lexicon.MAGNITUDES)
_UNIT = "|".join(f"(?:{row.pattern})" for row in lexicon.UNITS)
UNIT_PATTERN = _UNIT  # every unit as written, for readers of the words after a figure
_UNIT_ROWS = [(re.compile(row.pattern), row.kind) for row in lexicon.UNITS]
_PATTERNS = [row.pattern for row in lexicon.MAGNITUDES] + [row.pattern for row in lexicon.UNITS]
# first characters of every magnitude and unit, for a cheap lookahead
_UNIT_FIRST = "".join(
    re.escape(ch)
    for ch in sorted(
        {alt[0] for pattern in _PATTERNS for alt in pattern.split("|")}
        - set("()?[$")
    )
)
_PER = "亩|公顷|平方米|吨|人|户|年|月|千瓦时|立方米|辆|台|套"
_RANK_NUM = r"\d{1,3}|[一二三四五六七八九十]{1,3}"
_SPACES = " \u2009\u200a\u202f\u00a0\u2002\u2003"

_SCANNER = re.compile(
    rf"""
    # cheap first-character test, so most positions fail before any alternative is tried
    (?=[倒第前后首翻百0-9{_CN_DIGITS}])
    (?:
    # ranks: 第一名, 全市第一 (the scope is checked after the match), 首位, 前2位
    (?P<rank>(?:倒数)?第(?:{_RANK_NUM})(?:位|名)?|[前后](?:{_RANK_NUM})(?:位|名)|首位)
    # doubling: 翻一番, 翻两番, 翻番
    | (?P<fan>翻了?(?P<fan_n>[一两二三四]|\d)?番)
    # Chinese percentages: 百分之五
    | 百分之(?P<pct>{_ARABIC}|[{_CN_DIGITS}]{{1,6}}(?:点[{_CN_DIGITS}]{{1,4}})?)
    # number (range) (多/余) (magnitude) (多/余) (unit(/unit))
    # a number starts where a digit run starts: inside 20240101… no position is retried
    | (?<![\d.])(?P<num>{_NUMBER})
      (?:(?:[-—–~～]{{1,2}}|至|到)(?P<num2>{_NUMBER}))?
      (?P<in1>{lexicon.APPROX_INSIDE})?
      (?:[{_SPACES}](?=[{_UNIT_FIRST}]))?  # 增长8.3 %: a thin or en space before the unit
      (?=[{_UNIT_FIRST}])  # a unit or magnitude must follow: bare numbers stop here, in C
      (?P<mag>{_MAGNITUDE})?
      (?P<in2>{lexicon.APPROX_INSIDE})?
      (?P<unit>(?:{_UNIT})(?:/(?:{_PER}))?)?
    )
    """,
    re.VERBOSE,
)
_QUANTITY_GROUPS = itemgetter(
    *(_SCANNER.groupindex[name] - 1 for name in ("num", "num2", "in1", "mag", "in2", "unit"))
)
# Cheap sentence filter: a digit, or a Chinese numeral with a magnitude or unit after it,
# or a rank or a doubling. Chinese numerals alone are everywhere (一是, 统一, 进一步).
# It runs on every sentence. A search for an alternation finds a match exactly when one of
# its branches matches somewhere, so the branches are tested one by one, the cheapest
# first: patterns that open with a character set let re skip to the candidates in C.
_QUICK_DIGIT = re.compile("[0-9]")
_QUICK_NUMERAL = re.compile(f"[{_CN_DIGITS}][多余点]?(?:[万亿]|{guarded(_UNIT).pattern})")
_QUICK_RANK = re.compile(f"第(?:{_RANK_NUM})(?:名|位)|(?:{lexicon.RANK_SCOPES})第")
# keyed by the magnitude as written: a pattern is its text plus, at most, a lookahead (千(?=公顷))
_MULTIPLIER = {re.sub(r"\(\?=[^)]*\)", "", row.pattern): row.multiplier for row in lexicon.MAGNITUDES}
_BEFORE_EXCLUDED = re.compile("|".join(f"(?:{row.pattern})" for row in lexicon.EXCLUDE_BEFORE))
_AFTER_EXCLUDED = re.compile("|".join(f"(?:{row.pattern})" for row in lexicon.EXCLUDE_AFTER))
_BEFORE_SEEN: dict[str, bool] = {}
_AFTER_SEEN: dict[str, bool] = {}
_APPROX_AFTER = re.compile(lexicon.APPROX_AFTER)
# 稳居全省第二, 分列全国第二、第七、第九: a scope or verb, then earlier ranks of a list
_RANK_CONTEXT = re.compile(
    f"(?:{lexicon.RANK_SCOPES}|{lexicon.RANK_VERBS})(?:排名|排)?(?:第(?:{_RANK_NUM})[位名]?、){{0,4}}$"
)
_RANK_REACH = 20  # characters before a rank searched for its context
_PUNCT_AFTER = frozenset(",;:。!?、)”") | {""}
_CN_DIGIT_SET = frozenset("一二两三四五六七八九")
# (and an amount with 以上 right before a count: 注册资金千万元以上46家)
_THRESHOLD = re.compile(f"(?:以上|以下)?的?(?:{lexicon.THRESHOLD_HEADS})|(?:以上|以下)(?=\\d)")
_CLASS = re.compile(f"(?:以上|以下)的?(?:{lexicon.THRESHOLD_HEADS}|{lexicon.CLASS_HEADS})")
_FORMULA_BEFORE = Tail(lexicon.FORMULA_BEFORE)
_UNIT_AFTER = re.compile(f"(?:{_UNIT})")
_ORDINAL_AFTER = re.compile(lexicon.ORDINAL_NOUNS)
_NOT_AFTER = re.compile(lexicon.NOT_AFTER)
_NOT_AFTER_FIRST = first_chars(lexicon.NOT_AFTER)
_PEOPLE = re.compile(lexicon.PEOPLE_AFTER)
_NOT_BEFORE = Tail(f"(?:{lexicon.NOT_BEFORE})$")
_APPROX_BEFORE_TAIL = Tail(lexicon.APPROX_BEFORE)
_APPROX_BEFORE_ENDS = _APPROX_BEFORE_TAIL.ends
_APPROX_AFTER_WIDTH = 3  # APPROX_AFTER is anchored with ^ and its words are two characters
_DECIMALS: dict[str, float | None] = {}
_MAX_DECIMALS = 4096
_UNSEEN = object()
_NOT_REACH = 8  # characters before a figure read for NOT_BEFORE (出席本次大会的)
# a change verb may repeat after the join: 分别下降0.2个、下降0.6个、提高0.8个百分点
_LISTED_VERB = "|".join(r.pattern for r in lexicon.CHANGE_VERBS if r.name in lexicon.OBJECT_CHANGE_VERBS)
# an item of a list before a figure, its unit left out: 10.6万、 / 3.2、 / 1个和 / 0.2个、下降
_LISTED_BARE = Tail(rf"(?<![\d.])(?<!\. )(?P<item>(?P<num>\d{{1,9}}(?:\.\d{{1,6}})?)(?P<mag>万亿|亿|万)?个?)"
                    rf"(?P<sep>(?:{lexicon.LIST_JOINS})(?:{_LISTED_VERB})?)$")
_LISTED_REACH = 24
_RANGE_AFTER = ("%", "‰")  # a hyphen after these opens a range's upper end, not a code


@dataclass(slots=True)
class Found:
    """One quantity as written in the sentence (offsets into the sentence)."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    scaled_value: float
    base_unit: str | None
    kind: str  # quantity, rank, doubling
    unit_kind: str  # a lexicon Unit kind, or "" for a bare magnitude / rank
    approximate: bool = False
    bound: Bound | None = None  # set by bounds.add_bounds
    value_high: float | None = None


def may_hold_quantity(sentence: str) -> bool:
    """Cheap test: does the sentence contain any digit or numeral at all?"""
    return (_QUICK_DIGIT.search(sentence) is not None
            or "翻" in sentence or "首位" in sentence or "百分之" in sentence
            or ("第" in sentence and _QUICK_RANK.search(sentence) is not None)
            or _QUICK_NUMERAL.search(sentence) is not None)


def find_quantities(sentence: str) -> list[Found]:
    """Every quantity of ``sentence`` that may be an indicator, in order.

    Args:
        sentence: One sentence of normalised text.

    Returns:
        Quantities with sentence offsets; dates, ordinals, formulas and vague amounts
        (GUIDE §3) are left out.

    >>> [f.value for f in find_quantities("新增签约项目二十三个,十三届十一次全会")]
    [23.0]
    """
    found: list[Found] = []
    for m in _SCANNER.finditer(sentence):
        kind = m.lastgroup  # rank, fan and pct close last in their branches
        if kind == "rank":
            item = _rank(sentence, m)
        elif kind == "fan":
            item = None if _FORMULA_BEFORE.search_before(sentence, m.start(), 4) else _doubling(m)
        elif kind == "pct":
            item = _percent(m)
        else:
            item = _quantity(sentence, m)
        if item is not None and not _not_indicator(sentence, item):
            found.append(item)
    if found and "分别" in sentence:
        _share_list_units(sentence, found)
    return without_scoping_counts(sentence, found) if len(found) > 1 else found


def _share_list_units(sentence: str, found: list[Found]) -> None:
    """Items of a ``分别`` list written without the unit only its last item states take
    that unit, in place: ``分别减少10.6万、3.8万、3.3万平方公里``, ``分别达到3.2、1.5万元``,
    ``分别高于1个和0.8个百分点``. A bare number of such a list is a figure too."""
    each = sentence.find("分别")
    added: list[Found] = []
    k = len(found) - 1
    while k >= 0:
        last = found[k]
        k -= 1
        if last.kind != "quantity" or not last.base_unit or not last.unit or last.start < each:
            continue
        magnitude = last.unit[: len(last.unit) - len(last.base_unit)]
        end = last.start
        while True:
            m = _LISTED_BARE.search_before(sentence, end, _LISTED_REACH)
            if m is None or m.end() != end or m.start() <= each:
                break
            value = _decimal(m.group("num"))
            if value is None:
                break
            prev = found[k] if k >= 0 and found[k].end == m.start("sep") else None
            # 1个和0.8个百分点: 个 is the head of the unit left out; 800个、1.2万个 states its own
            cut = prev is not None and prev.unit is not None and prev.unit != last.base_unit and (
                prev.unit == m.group("mag") or last.base_unit.startswith(prev.unit))
            if prev is not None and (prev.kind != "quantity" or not cut):
                break  # an item with a unit of its own: a list of different measures
            # 3.2、1.5万元: a bare number leaves out the 万 too
            mag = m.group("mag") or (magnitude if prev is None else "")
            item = Found(m.start("num"), m.start("sep"), m.group("item"), value, mag + last.base_unit,
                         value * (_MULTIPLIER[mag] if mag else 1.0), last.base_unit, "quantity",
                         last.unit_kind, prev.approximate if prev else False)
            if prev is not None:
                found[k] = item
                k -= 1
            else:
                added.append(item)
            end = m.start()
    if added:
        found.extend(added)
        found.sort(key=_start)


def _start(item: Found) -> int:
    return item.start


def _quantity(sentence: str, m: re.Match[str]) -> Found | None:
    # by index: six lookups by name cost more than the rest of this function
    num, num2, in1, mag, in2, unit_text = _QUANTITY_GROUPS(m.groups())
    start, end = m.span()
    arabic = "0" <= num[0] <= "9"  # the scanner's first-character test admits ASCII digits only
    before = sentence[start - 1] if start else ""
    after = sentence[end : end + 1]
    # the characters beside numbers are few: their verdicts are remembered
    excluded = _BEFORE_SEEN.get(before)
    if excluded is None:
        excluded = _excluded(_BEFORE_EXCLUDED, _BEFORE_SEEN, before)
    if not excluded:
        excluded = _AFTER_SEEN.get(after)
        if excluded is None:
            excluded = _excluded(_AFTER_EXCLUDED, _AFTER_SEEN, after)
    if excluded and before == "-" and sentence[start - 2 : start - 1] in _RANGE_AFTER:
        excluded = False  # 6.7%-6.9%: the upper end of a range, not a code
    if excluded:
        return None
    people: bool | None = None  # read on first use
    if unit_text is None:
        # a bare magnitude (60万, 3.76万亿) counts only for Arabic numbers, and 万 only
        # at a clause end: 11万站 is a substation's voltage, not a figure; before people
        # (惠及近10万儿童, 九百六十多万贫困人口) it counts them, in any numerals
        if mag is None:
            return None
        people = _PEOPLE.match(sentence, end) is not None
        if not (arabic or people):
            return None
        if (mag == "万" and after not in _PUNCT_AFTER and not people
                and not _APPROX_AFTER.match(sentence[end : end + _APPROX_AFTER_WIDTH])):
            return None
    if mag == "万" and not arabic and "亿" in num:
        num, mag = num + mag, None  # 十亿四千万人: the 万 closes the numeral, it scales nothing
    value = _decimal(num)
    if value is None or (not arabic and not _plausible_chinese(num, value, mag)):
        return None
    if unit_text is not None:
        unit_kind = _kind_of(unit_text.partition("/")[0])
    else:
        if people is None:
            people = _PEOPLE.match(sentence, end) is not None
        unit_kind = "count" if people else ""
    if unit_kind == "count" and before in "前后" and before and unit_text in ("位", "名"):
        return None  # 前2位 is a rank, matched elsewhere
    if unit_kind in ("currency", "area") and _THRESHOLD.match(sentence, end):
        return None  # 超千万元项目, 亿元以上项目: a size class inside a name, not a figure
    if (after == "以" and unit_kind not in ("currency", "area", "share")
            and unit_text not in lexicon.HEAD_MEASURES and _CLASS.match(sentence, end)):
        return None  # 出栏50头以上养殖大户
    multiplier = _MULTIPLIER[mag] if mag else 1.0
    unit = (mag or "") + (unit_text or "") or None
    approximate = (
        in1 is not None
        or in2 is not None
        or num2 is not None
        or ((_APPROX_BEFORE_ENDS is None or before in _APPROX_BEFORE_ENDS)
            and _APPROX_BEFORE_TAIL.search_before(sentence, start, 4) is not None)
        or _APPROX_AFTER.match(sentence[end : end + _APPROX_AFTER_WIDTH]) is not None
    )
    return Found(start, end, sentence[start:end], value, unit, value * multiplier, unit_text,
                 "quantity", unit_kind, approximate)


def _not_indicator(sentence: str, item: Found) -> bool:
    """``6个方面工作``, ``海拔1500米``, ``放在第一位``: a figure that measures nothing."""
    after, before = sentence[item.end : item.end + 1], sentence[item.start - 1 : item.start]
    return ((_NOT_AFTER_FIRST is None or after in _NOT_AFTER_FIRST)
            and _NOT_AFTER.match(sentence, item.end) is not None) or (
        (_NOT_BEFORE.ends is None or before in _NOT_BEFORE.ends)
        and _NOT_BEFORE.search_before(sentence, item.start, _NOT_REACH) is not None)


def _decimal(num: str) -> float | None:
    """``parse_decimal``, remembered: the same few numerals recur (1, 2.5, 十二)."""
    value = _DECIMALS.get(num, _UNSEEN)
    if value is _UNSEEN:
        value = parse_decimal(num)
        if len(_DECIMALS) >= _MAX_DECIMALS:
            _DECIMALS.clear()
        _DECIMALS[num] = value
    return value  # type: ignore[return-value]


def _excluded(pattern: re.Pattern[str], seen: dict[str, bool], ch: str) -> bool:
    """``pattern.match(ch)`` for the character (or ``""``) beside a number, remembered."""
    hit = seen.get(ch)
    if hit is None:
        hit = seen[ch] = pattern.match(ch) is not None
        if len(seen) > 4096:  # bound the memory on unusual scripts
            seen.clear()
    return hit


def _plausible_chinese(num: str, value: float, mag: str | None) -> bool:
    """Chinese numerals are figures only when they read as a real amount (GUIDE §3).

    Single digits (三个加快, 两个月, 四个强起来) are formulas and phrases; digit-by-digit
    readings (一一家 in 唯一一家) are not amounts; a bare 千/百/十 is an idiom (千头万绪).
    """
    if mag is not None or "点" in num:
        return True  # 七点二个百分点: a decimal is an amount, never a formula
    if value < lexicon.MIN_CHINESE_TALLY:
        return False
    has_digit = any(ch in _CN_DIGIT_SET for ch in num)
    has_place = any(ch in "十百千万亿" for ch in num)
    return has_digit and has_place


@cache
def _kind_of(unit: str) -> str:
    """Lexicon kind of a unit as written (``万元/亩`` is read as ``元``)."""
    for pattern, kind in _UNIT_ROWS:
        if pattern.fullmatch(unit):
            return kind
    return ""


def _rank(sentence: str, m: re.Match[str]) -> Found | None:
    text = m.group("rank")
    start, end = m.start(), m.end()
    has_unit = text[-1] in "位名"
    in_context = _RANK_CONTEXT.search(sentence, max(0, start - _RANK_REACH), start) is not None
    # GUIDE §3: 第一 alone is an ordinal (第一能力); a rank needs a scope or a unit, and
    # 全省第一家 counts a thing (its measure word follows), it does not rank one
    if (not has_unit or text == "首位") and (not in_context or _UNIT_AFTER.match(sentence, end)
                                              or _ORDINAL_AFTER.match(sentence, end)):
        return None
    if text.startswith(("前", "后")) and not in_context:
        return None
    if text == "首位":
        value: float | None = 1.0
    else:
        digits = text.lstrip("倒数第前后").rstrip("位名")
        value = parse_decimal(digits)
    if value is None:
        return None
    unit = text[-1] if has_unit else None
    return Found(start, end, text, value, unit, value, unit, "rank", "")


def _doubling(m: re.Match[str]) -> Found:
    n = m.group("fan_n")
    value = parse_decimal(n) if n else 1.0
    return Found(m.start(), m.end(), m.group(), value or 1.0, "番", value or 1.0, "番", "doubling",
                 "ratio")


def _percent(m: re.Match[str]) -> Found | None:
    value = parse_decimal(m.group("pct"))
    if value is None:
        return None
    return Found(m.start(), m.end(), m.group(), value, "%", value, "%", "quantity", "share")
