"""Changes written with a sign (增长-0.5%) or with their % lost (比上年增长12.5), GUIDE §3."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.indicators import extract_indicators

# (sentence, [(name, level value or None, change kind, direction, change value, change text)])
SIGNED_CASES = [
    ("全县农林牧渔业总产值同比增长-1.8%。",
     [("农林牧渔业总产值", None, "同比", "down", 1.8, "-1.8%")]),
    ("第二产业增加值12.3亿元,同比增长-4.6%。",
     [("第二产业增加值", 12.3, "同比", "down", 4.6, "-4.6%")]),
    ("进出口总额、实际利用外资同比分别-3.1%、-12.7%。",
     [("进出口总额", None, "同比", "down", 3.1, "-3.1%"),
      ("实际利用外资", None, "同比", "down", 12.7, "-12.7%")]),
    # a list mixing signed and unsigned rates: each keeps its own direction
    ("出口额、进口额同比分别-2.5%、3.4%。",
     [("出口额", None, "同比", "down", 2.5, "-2.5%"), ("进口额", None, "同比", "up", 3.4, "3.4%")]),
    ("工业用电量、农业用电量、服务业用电量分别增长3.1%、-4.2%、5%。",
     [("工业用电量", None, None, "up", 3.1, "3.1%"), ("农业用电量", None, None, "down", 4.2, "-4.2%"),
      ("服务业用电量", None, None, "up", 5, "5%")]),
    # U+2212 from typeset tables is a minus sign too
    ("建筑业增加值同比增长\u22122.4%。",
     [("建筑业增加值", None, "同比", "down", 2.4, "-2.4%")]),
    # 负增长 is a fall already, without a sign
    ("工业用电量负增长2.35%。",
     [("工业用电量", None, None, "down", 2.35, "2.35%")]),
    ("上划省级收入完成5.2亿元,减少0.3亿元,负增长5.45%。",
     [("上划省级收入", 5.2, None, "down", 0.3, "0.3亿元"), ("上划省级收入", None, None, "down", 5.45, "5.45%")]),
]

# the % the page lost: a comparison and a growth verb make the bare number a rate
STRIPPED_CASES = [
    ("全年粮食总产量达到4.2亿斤,比上年增长6.5。",
     [("粮食总产量", 4.2, "比上年", "up", 6.5, "6.5")]),
    ("农民人均纯收入达到 5200 元,比上年增长 8.3。",
     [("农民人均纯收入", 5200, "比上年", "up", 8.3, "8.3")]),
    ("实现工业产值6亿元,实现利税 9000 万元,分别比上年增长 18 和 7.5。",
     [("工业产值", 6, "比上年", "up", 18, "18"), ("利税", 9000, "比上年", "up", 7.5, "7.5")]),
    ("社会消费品零售总额同比增长11。",
     [("社会消费品零售总额", None, "同比", "up", 11, "11")]),
]


Row = tuple[str | None, float | None, str | None, str | None, float | None, str]


def _rows(sentence: str) -> list[Row]:
    rows = []
    for q in extract_indicators(sentence):
        assert q.change is not None, (sentence, q)
        c = q.change
        rows.append((q.name, q.value, c.kind, c.direction, c.value, sentence[c.start : c.end]))
    return rows


@pytest.mark.parametrize(("sentence", "expected"), SIGNED_CASES + STRIPPED_CASES)
def test_signs_change_direction_and_value(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence.replace("\u2212", "-")) == expected


def test_signs_minus_sign_is_folded_in_the_document() -> None:
    text = "建筑业增加值同比增长\u22122.4%。"
    sentence = govspeech.parse(text).speeches[0].preamble[0]
    change = sentence.indicators[0].change
    assert change is not None and text[change.start : change.end] == "\u22122.4%"
    assert (change.direction, change.value) == ("down", 2.4)


# bare numbers that are not rates: no comparison, a unit after, or no growth verb
NOT_STRIPPED = [
    "全县人口增长9,城镇化率提高。",
    "比上年增加 703 万元。",
    "刑事案件比上年减少12,破案率提高。",
    "比上年增长12.5万吨。",
    "全年招商引资项目18个,比上年多3。",
]


@pytest.mark.parametrize("sentence", NOT_STRIPPED)
def test_signs_bare_numbers_stay_out(sentence: str) -> None:
    assert all(q.unit != "%" and (q.change is None or q.change.unit != "%")
               for q in extract_indicators(sentence))


def test_signs_range_dash_is_not_a_sign() -> None:
    qs = extract_indicators("地区生产总值增长6.5%-7%。")
    assert len(qs) == 1 and qs[0].change is not None
    assert (qs[0].change.direction, qs[0].change.value, qs[0].change.value_high) == ("up", 6.5, 7.0)
