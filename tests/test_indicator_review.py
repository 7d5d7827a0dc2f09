"""Figures the indicator rules must keep, and periods and names they must not carry too far
(GUIDE §3). The sentences are written for these tests in the genre of work reports.
"""

from __future__ import annotations

import govspeech
from govspeech.models import Indicator


def _figures(text: str) -> list[Indicator]:
    return list(govspeech.parse(text).indicators)


def test_signed_rate_after_a_level_is_its_fall() -> None:
    # 增速-3.2% is the level's change, written with a sign as 增长-3.2% is
    figures = _figures("全年地区生产总值完成86.5亿元,增速-3.2%,居全市第5位。")
    gdp = [f for f in figures if f.value == 86.5]
    assert len(gdp) == 1 and gdp[0].change is not None
    assert (gdp[0].change.direction, gdp[0].change.value) == ("down", 3.2)


def test_signed_rate_after_its_subject_is_a_fall() -> None:
    figures = _figures("一般公共预算收入完成9.8亿元,增幅为-6.5%;规上工业增加值增速为-2.1%。")
    changes = {(f.name, f.change.direction, f.change.value) for f in figures if f.change}
    assert changes == {("一般公共预算收入", "down", 6.5), ("规上工业增加值", "down", 2.1)}


def test_main_target_tasks_opener_sets_targets() -> None:
    # 主要目标任务是: opens the list of targets as 主要目标是: does
    figures = _figures("2025年主要目标任务是:地区生产总值增长6%左右,城镇新增就业5000人。")
    assert [f.status for f in figures] == ["target", "target"]


def test_task_reported_done_stays_actual() -> None:
    figures = _figures("全年完成造林面积2.3万亩,完成目标任务的115%。")
    assert {f.status for f in figures} == {"actual"}


def test_end_anchored_patterns_are_bounded() -> None:
    # an unbounded Tail is searched from every start: a long run of digits makes it quadratic
    import importlib
    import pkgutil

    import govspeech.parser.indicators as package
    from govspeech.parser.indicators._regex import Tail

    unbounded = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        unbounded += [f"{info.name}.{k}" for k, v in vars(module).items()
                      if isinstance(v, Tail) and v.width is None]
    assert unbounded == []


def test_plan_followed_is_no_target_in_a_review() -> None:
    # 按照计划 names the plan the work followed; the figure is a result
    text = "一、2024年工作回顾\n按照计划,全年完成农村公路改造120公里。全县计划新建学校5所。"
    assert [f.status for f in _figures(text)] == ["actual", "target"]


def test_totals_after_each_take_the_listed_levels_in_order() -> None:
    # 总数分别…: the first total is the first listed level's, not the last one's
    text = "全年新建5G基站1200个、充电桩3500个,总数分别达到8600个和1.2万个。"
    names = {f.value: f.name for f in _figures(text)}
    assert (names[8600], names[1.2]) == ("5G基站总数", "充电桩总数")


def test_listed_crops_share_the_whole_area_noun() -> None:
    names = [f.name for f in _figures("全县小麦、玉米种植面积分别达到30万亩、25万亩。")]
    assert names == ["小麦种植面积", "玉米种植面积"]


def test_pace_of_a_rate_in_points_has_a_direction() -> None:
    text = "规上工业增加值增长8%,增速比一季度加快1.2个百分点;工业品出厂价格下降2.1%,降幅收窄1.3个百分点。"
    points = [(f.name, f.change.direction) for f in _figures(text)
              if f.change is not None and f.change.unit == "个百分点"]
    assert points == [("规上工业增加值增速", "up"), ("工业品出厂价格降幅", "down")]


def test_plan_as_a_noun_or_done_sets_no_target() -> None:
    text = ("一、2024年工作回顾\n实施科技计划项目36项。民生实事计划全部完成,全年民生支出45亿元。"
            "全县计划新建学校5所。")
    assert [f.status for f in _figures(text)] == ["actual", "actual", "target"]


def test_policy_and_review_names_set_no_target() -> None:
    # 计划生育, 目标考核, 目标责任制 are names, not plans
    text = ("一、2024年工作回顾\n计划生育率达到98.5%。在全市目标考核中位列第3名。"
            "全面落实目标责任制,全年完成招商引资30亿元。")
    figures = _figures(text)
    assert [f.status for f in figures] == ["actual", "actual", "actual"]
    assert figures[0].name == "计划生育率"


def test_the_people_at_work_own_no_amount() -> None:
    # 全区上下 is who worked, not what was invested in; a real topic still owns the amount
    text = "全区上下扎实工作,经济运行稳中向好。全年完成投资30亿元。老城区改造成效明显。全年共完成投资3.5亿元。"
    assert [f.name for f in _figures(text)] == ["投资", "老城区改造投资"]
