"""Status and period cues of the task and forecast sentences (GUIDE §3, status and period).

An assigned task stated as a figure (``目标任务是签约项目…``) is a target; a task the text
reports done (``完成…去产能任务``) is a result wherever a plan does not make it a target;
``预料`` forecasts as ``预计`` does; ``前5个月`` is a period. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Indicator
from govspeech.parser.indicators.cues import period_marks
from govspeech.parser.indicators.timeline import interval


def _figures(text: str) -> list[Indicator]:
    return list(govspeech.parse(text).indicators)


def _statuses(text: str) -> list[str | None]:
    return [ind.status for ind in _figures(text)]


@pytest.mark.parametrize(
    "text, statuses",
    [
        # the task assigned: every figure of the sentence is a target
        ("今年全县的招商引资目标任务是签约项目120亿元,实际利用外资3000万美元。",
         ["target", "target"]),
        ("市里给我县分解的任务是新开工项目45个。", ["target"]),
        # progress against the task stays a result
        ("截至10月底,已完成目标任务的93.7%。", ["actual"]),
        # a meeting's agenda is no task stated as a figure
        ("会议的主要任务是,通报上半年全县新开工项目26个的进展情况。", ["actual"]),
    ],
)
def test_status_cues_task_stated(text: str, statuses: list[str]) -> None:
    assert _statuses(text) == statuses


def test_status_cues_task_reported_done_is_a_result() -> None:
    (steel, coal) = _figures("2018年完成150万吨粗钢去产能任务,淘汰煤炭产能600万吨。")
    assert (steel.value, steel.status, steel.period) == (150, "actual", "2018年")
    assert coal.status == "actual"


@pytest.mark.parametrize(
    "text",
    [
        # a plan section makes it a target, as it does any figure without a cue
        "报告\n二、2026年主要工作\n完成30个老旧小区改造任务。\n",
        # so does a modal before it, and a task not reported done
        "要完成30个老旧小区改造任务。",
        "今年向各乡镇下达新开工项目30个的任务。",
    ],
)
def test_status_cues_task_still_planned(text: str) -> None:
    assert set(_statuses(text)) == {"target"}


def test_status_cues_forecast_word() -> None:
    (gdp,) = [f for f in _figures("预料全县地区生产总值实现186亿元,同比增长7%。") if f.value]
    assert (gdp.name, gdp.status) == ("地区生产总值", "expected")


@pytest.mark.parametrize(
    "text, period",
    [
        ("前5个月,全市新签约项目32个。", "前5个月"),
        ("前两个月,规模以上工业企业利润增长9.2%。", "前两个月"),
        ("提前两个月完成全年任务,新开工项目32个。", None),  # a lead in time, no period
    ],
)
def test_status_cues_first_months_period(text: str, period: str | None) -> None:
    assert [p for _, p in period_marks(text)] == ([period] if period else [])
    assert _figures(text)[0].period == period


@pytest.mark.parametrize(
    "period, dates",
    [
        ("前5个月", ("2026-01-01", "2026-05-31")),
        ("前两个月", ("2026-01-01", "2026-02-28")),
        ("前十一个月", ("2026-01-01", "2026-11-30")),
    ],
)
def test_status_cues_first_months_interval(period: str, dates: tuple[str, str]) -> None:
    assert interval(period, 2026) == dates
