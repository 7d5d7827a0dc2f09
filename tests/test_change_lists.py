"""A list of levels followed by a list of their changes pairs them in order (GUIDE §3)."""

from __future__ import annotations

import pytest

from govspeech.parser.indicators import extract_indicators

# (name, level value, change kind, direction, change value)
Row = tuple[str | None, float | None, str | None, str | None, float | None]

CASES = [
    ("全县财政总收入和一般公共预算收入分别达到18.6亿元、11.3亿元,增长8.2%、6.9%。",
     [("财政总收入", 18.6, None, "up", 8.2), ("一般公共预算收入", 11.3, None, "up", 6.9)]),
    ("城乡居民人均可支配收入分别为4.1万元、2.3万元,增长6.1%、7.8%。",
     [("城镇居民人均可支配收入", 4.1, None, "up", 6.1), ("农村居民人均可支配收入", 2.3, None, "up", 7.8)]),
    # each change of the list has its own verb
    ("民间投资和政府投资分别31.2亿元、12.8亿元,分别同比增长6.5%、下降3.3%。",
     [("民间投资", 31.2, "同比", "up", 6.5), ("政府投资", 12.8, "同比", "down", 3.3)]),
    ("城镇、农村居民人均可支配收入分别达到41200元和21800元,同口径增长8%和9%。",
     [("城镇居民人均可支配收入", 41200, "同口径", "up", 8), ("农村居民人均可支配收入", 21800, "同口径", "up", 9)]),
    # two comparison words stand together: 同口径年均
    ("城镇、农村居民人均可支配收入分别达到41200元和21800元,同口径年均增长8%和9%。",
     [("城镇居民人均可支配收入", 41200, "年均", "up", 8), ("农村居民人均可支配收入", 21800, "年均", "up", 9)]),
    # unchanged: 分别 before a list of changes whose levels are no list of values
    ("接待游客320万人次、旅游收入28亿元,分别增长12%和15%。",
     [("接待游客", 320, None, "up", 12), ("旅游收入", 28, None, "up", 15)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_change_lists_pair_levels_and_changes_in_order(sentence: str, expected: list[Row]) -> None:
    rows = []
    for q in extract_indicators(sentence):
        c = q.change
        rows.append((q.name, q.value, c.kind if c else None, c.direction if c else None,
                     c.value if c else None))
    assert rows == expected


def test_change_lists_one_change_after_a_list_stays_the_last_levels() -> None:
    qs = extract_indicators("实现工业产值8亿元、利税1.2亿元,增长10%。")
    assert [q.change.value if q.change else None for q in qs] == [None, 10]


def test_change_lists_next_verb_keeps_the_lists_comparison() -> None:
    qs = extract_indicators("进出口总额、实际利用外资分别同比增长7%、下降2%。")
    assert [(q.name, q.change.kind, q.change.direction) for q in qs if q.change] == [
        ("进出口总额", "同比", "up"), ("实际利用外资", "同比", "down")]
