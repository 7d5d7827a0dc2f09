"""Words that look like status cues or ranks and are not, and figures that measure no work
(GUIDE §3, status and the not-an-indicator list).

``目标`` as a noun (``目标企业``, ``目标市场``) or a goal reported reached (``规划目标提前实现``)
sets no target; a floor and a stretch for the same figure (``增长8%,力争达到10%``) are both
targets; a tier, a post or a priority (``第一方阵``, ``第一书记``, ``第一要务``) is no rank; and a
meeting's own attendance (``应到代表…人``, ``约…人参加会议``) is no indicator. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Indicator


def _figures(text: str) -> list[Indicator]:
    return list(govspeech.parse(text).indicators)


def _statuses(text: str) -> list[str | None]:
    return [ind.status for ind in _figures(text)]


@pytest.mark.parametrize(
    "text, statuses",
    [
        # the firms, customers and markets aimed at are nouns: the visits are results
        ("去年,全县走访目标企业86家,签约亿元以上项目19个。", ["actual", "actual"]),
        ("全年拓展目标客户240家,开发目标市场9个。", ["actual", "actual"]),
        # a plan's goals reported reached
        ("五年来,规划目标提前实现,新建学校12所。", ["actual"]),
        # 目标 still makes a target where it states one
        ("今年的目标是新开工项目30个。", ["target"]),
    ],
)
def test_status_words_goal_as_noun(text: str, statuses: list[str]) -> None:
    assert _statuses(text) == statuses


@pytest.mark.parametrize(
    "text, statuses",
    [
        ("今年,规上工业增加值增长7%,力争达到9%。", ["target", "target"]),
        ("一般公共预算收入增长4%以上,力争5%。", ["target", "target"]),
        ("固定资产投资增长15%、力争18%。", ["target", "target"]),
    ],
)
def test_status_words_floor_and_stretch(text: str, statuses: list[str]) -> None:
    assert _statuses(text) == statuses


def test_status_words_pledge_leaves_name() -> None:
    figures = _figures("地区生产总值确保增长6.5%,力争7%。")
    assert [ind.name for ind in figures] == ["地区生产总值", "地区生产总值"]
    assert [ind.status for ind in figures] == ["target", "target"]


@pytest.mark.parametrize(
    "text",
    [
        "今天,我们召开全县第一季度经济运行分析会。",
        "力争到年底,全县综合实力跨入全市第一方阵。",
        "推动园区发展水平进入全省第一梯队。",
        "全市选派驻村第一书记126名。",
        "各级党委书记是全区安全生产第一责任人。",
        "坚持发展是全县第一要务,创新是全县第一动力。",
        "人才是全市第一资源。",
    ],
)
def test_status_words_ordinal_nouns_are_no_rank(text: str) -> None:
    assert [ind for ind in _figures(text) if ind.unit is None and ind.change is None] == []


def test_status_words_rank_still_read() -> None:
    figures = _figures("全县地区生产总值增速居全市第一。")
    assert [ind.value for ind in figures] == [1.0]


@pytest.mark.parametrize(
    "text",
    [
        "本次会议应到代表198人,实到代表187人,符合法定人数。",
        "出席本次大会的214名县人大代表认真审议了政府工作报告。",
        "各乡镇、各部门主要负责同志约90人参加会议。",
        "全县各级干部2000余人出席大会。",
    ],
)
def test_status_words_attendance_is_no_indicator(text: str) -> None:
    assert _figures(text) == []


def test_status_words_people_counted_by_work_stay() -> None:
    figures = _figures("全年举办培训班12场,培训农民工3600人,邀请120人次代表列席常委会会议。")
    assert [ind.value for ind in figures] == [12.0, 3600.0, 120.0]
