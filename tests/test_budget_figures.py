"""Budget execution and progress figures: a level, its ratio to a budget or plan, its change
(GUIDE §3: the change after ``为预算的98.1%`` is the level's; the ratio is its own figure)."""

from __future__ import annotations

import pytest

from govspeech.parser._types import Quantity
from govspeech.parser.indicators import extract_indicators

ChangeRow = tuple[str | None, str | None, float | None]
Row = tuple[str | None, float | None, str | None, ChangeRow | None]


def _rows(sentence: str) -> list[Row]:
    def row(q: Quantity) -> Row:
        c = q.change
        change = (c.kind, c.direction, c.value) if c is not None else None
        return (q.name, q.value, q.status, change)
    return [row(q) for q in extract_indicators(sentence)]


CASES: list[tuple[str, list[Row]]] = [
    ("全市一般公共预算收入86.5亿元,为预算的101.2%,比上年增长4.3%。", [
        ("一般公共预算收入", 86.5, "actual", ("比上年", "up", 4.3)),
        ("一般公共预算收入预算完成率", 101.2, "actual", None),
    ]),
    ("全县一般公共预算支出45.2亿元,完成预算的96.8%,下降2.1%。", [
        ("一般公共预算支出", 45.2, "actual", (None, "down", 2.1)),
        ("一般公共预算支出预算完成率", 96.8, "actual", None),
    ]),
    # the budget's own amount is the planned figure; the second change is the level's too
    ("一般公共预算收入累计完成8350万元,完成年初预算数21000万元的39.8%,比上年增收420万元,增长5.3%。", [
        ("一般公共预算收入", 8350, "actual", ("比上年", "up", 420)),
        ("一般公共预算收入年初预算", 21000, "target", None),
        ("一般公共预算收入年初预算完成率", 39.8, "actual", None),
        ("一般公共预算收入", None, "actual", (None, "up", 5.3)),
    ]),
    ("全县固定资产投资完成38.6亿元,占年度计划的52.3%,同比增长9.1%。", [
        ("固定资产投资", 38.6, "actual", ("同比", "up", 9.1)),
        ("固定资产投资年度计划完成率", 52.3, "actual", None),
    ]),
    # 计划 names the denominator, it is no target cue
    ("全区工业总产值26.4亿元,占年度计划41%,同比增长12%。", [
        ("工业总产值", 26.4, "actual", ("同比", "up", 12)),
        ("工业总产值年度计划完成率", 41, "actual", None),
    ]),
    # no level before: the ratio's own subject names both
    ("全县财政总收入完成预算的103%,增长6.5%。", [
        ("财政总收入预算完成率", 103, "actual", None),
        ("财政总收入", None, "actual", (None, "up", 6.5)),
    ]),
    ("预计全年税收收入完成年度计划的98%,同比增长3%。", [
        ("税收收入年度计划完成率", 98, "expected", None),
        ("税收收入", None, "expected", ("同比", "up", 3)),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_completion_rate_and_change_of_the_level(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_completion_change_after_a_share_is_the_level_s() -> None:
    level, share = extract_indicators("全区地区生产总值150亿元,占全市的12.5%,增长7%。")
    assert level.change is not None and (level.change.direction, level.change.value) == ("up", 7)
    assert share.value == 12.5 and share.change is None


def test_completion_points_stay_with_the_rate() -> None:
    level, rate = extract_indicators("省级重点项目完成投资12亿元,占年度投资计划48.5%,超时序进度6.8个百分点。")
    assert level.change is None and rate.value == 48.5 and rate.status == "actual"
    assert rate.change is not None and (rate.change.value, rate.change.unit) == (6.8, "个百分点")


def test_completion_own_target_cue_stays() -> None:
    level, rate = extract_indicators("全县固定资产投资完成45亿元,力争完成年度计划的110%。")
    assert (level.status, rate.status) == ("actual", "target")


def test_completion_list_of_rates_is_no_change() -> None:
    rows = extract_indicators(
        "工业和服务业投资分别完成12亿元、8亿元,分别增长8.8%、下降5.6%,分别完成目标任务的93.7%、90.9%。")
    rates = [q for q in rows if q.unit == "%"]
    assert [q.value for q in rates] == [93.7, 90.9]
    assert all(q.change is None for q in rates)
