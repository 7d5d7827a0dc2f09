"""Names read from the right words (GUIDE §3, names).

An amount written as the attribute of the noun after it (``投资3.2亿元的A项目、投资…的B项目``)
names that noun's investment, each item its own; a plan the amount is measured against is
no such noun; bullets pasted from a slide, a pledge (``确保``) and a milestone passed
(``首次突破…大关``) are not part of the metric; ``总数`` alone takes the metric before it as
owner; the verb ``安排`` after a metric leaves it, and stays whole alone. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

import govspeech


def _names(text: str) -> list[str | None]:
    return [ind.name for ind in govspeech.parse(text).indicators]


@pytest.mark.parametrize(
    "text, names",
    [
        ("今年,投资3.2亿元的光伏组件项目、投资1.5亿元的新材料项目相继投产。",
         ["光伏组件项目投资", "新材料项目投资"]),
        # a list joined inside one noun stays whole
        ("投资6000万元实施城区供水管网、污水泵站改造等项目。", ["城区供水管网、污水泵站改造等项目投资"]),
    ],
)
def test_names_invested_object_of_each_item(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_names_plan_is_no_invested_object() -> None:
    names = _names("12个县级重点项目,完成投资26.4亿元,完成年度投资计划的88.5%。")
    assert names[1] == "县级重点项目投资"
    assert names[2] == "县级重点项目投资年度投资计划完成率"


@pytest.mark.parametrize(
    "text, name",
    [
        ("●粮食总产量达到48.6万吨。", "粮食总产量"),
        ("■城镇新增就业1.2万人。", "城镇新增就业"),
        ("全县生产总值首次突破两百亿大关,比上年增长7.1%。", "生产总值"),
        ("全市地区生产总值迈上千亿元台阶,增长6.2%。", "地区生产总值"),
        ("全年新增规上工业企业42家、总数达到318家。", "规上工业企业总数"),
        ("安排1.6亿元,完善城乡养老服务体系。", "安排"),  # not 安, nor the name of the figure before
        ("省级预算内投资安排320亿元。", "省级预算内投资"),
    ],
)
def test_names_words_around_the_metric(text: str, name: str | None) -> None:
    assert _names(text)[-1] == name
