"""Periods and statuses that carry past their own sentence (GUIDE §3, period from context).

A period framing a sentence (``2019年,…``, ``他说,2019年,…``) holds for the sentences after
it in its paragraph until another frames one; a paragraph that opens a part frames the
points below it where no heading names a period; a section heading that lost its number
holds over the numbered parts under it. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Indicator


def _figures(text: str) -> dict[str, Indicator]:
    return {ind.name or "": ind for ind in govspeech.parse(text).indicators}


def test_context_carry_frame_after_a_news_lead() -> None:
    figures = _figures(
        "市长在大会上作政府工作报告。他说,2019年,全市上下团结奋斗,各项事业稳步推进。"
        "预计完成地区生产总值860亿元,增长7%。"
    )
    gdp = figures["地区生产总值"]
    assert (gdp.period, gdp.status) == ("2019年", "expected")
    assert (gdp.period_start, gdp.period_end) == ("2019-01-01", "2019-12-31")


def test_context_carry_a_later_frame_replaces_the_opening() -> None:
    # the paragraph opens on last year; the meeting then sets this year's targets, and the
    # sentence after them is one of those targets (period and status from the same sentence)
    text = (
        "2022年,全县经济在承压中稳步恢复,工业、农业和服务业协调发展,地区生产总值增长5.1%。"
        "会议提出,2023年经济社会发展主要预期目标为:地区生产总值增长6%。新增城镇就业8000人。"
    )
    figures = _figures(text)
    assert [f.period for f in govspeech.parse(text).indicators] == ["2022年", "2023年", "2023年"]
    jobs = figures["新增城镇就业"]
    assert (jobs.period, jobs.status) == ("2023年", "target")


def test_context_carry_stops_at_the_next_frame() -> None:
    figures = _figures(
        "上半年,全区新签约项目18个。新开工项目12个。三季度,新签约项目9个。竣工项目7个。"
    )
    assert figures["新开工项目"].period == "上半年"
    assert figures["竣工项目"].period == "三季度"


@pytest.mark.parametrize(
    "text, name, period",
    [
        # a change from one year to another frames nothing: the paragraph's 五年来 holds
        ("五年来,城乡居民收入持续增加。居民储蓄存款余额由2015年的300亿元增加到2020年的520亿元。"
         "农村低保对象减少1.2万人。", "农村低保对象", "五年来"),
        # the end of a span (延长至明年3月底) is no frame either
        ("今年,要加大对小微企业的金融支持。贷款延期政策再延长至明年3月底。"
         "普惠小微贷款增速要高于30%。", "普惠小微贷款增速", "今年"),
        # a date is the day of an event, not the period of the figures after it
        ("2021年3月2日,全县召开项目建设推进会。会上通报,新开工项目45个。", "新开工项目", None),
        # 截至10月底 is the date a figure stands at
        ("截至10月底,全镇税收收入达8.6亿元。累计引进企业23家。", "累计引进企业", "10月底"),
    ],
)
def test_context_carry_what_frames_a_sentence(text: str, name: str, period: str | None) -> None:
    assert _figures(text)[name].period == period


def test_context_carry_part_opening_frames_its_points() -> None:
    figures = _figures(
        "报告\n一、经济发展\n过去一年,我们克服困难,基本完成全年目标。\n"
        "(一)工业提质增效。\n规模以上工业增加值增长8.2%。\n"
        "(二)项目建设加快。\n新开工项目64个。\n"
    )
    assert figures["规模以上工业增加值"].period == "过去一年"
    assert figures["新开工项目"].period == "过去一年"


def test_context_carry_a_heading_period_comes_first() -> None:
    # 一、2024年工作回顾 names the period in its own words: its points take it
    figures = _figures(
        "报告\n一、2024年工作回顾\n过去一年,我们克服困难,基本完成全年目标。\n"
        "(一)工业提质增效。\n规模以上工业增加值增长8.2%。\n"
    )
    assert figures["规模以上工业增加值"].period == "2024年"


def test_context_carry_the_speech_opening_over_parts_without_words() -> None:
    figures = _figures("过去一年,全市经济回升向好。\n一是工业稳中有进。规上工业增加值增长6.1%。\n")
    assert figures["规上工业增加值"].period == "过去一年"


def test_context_carry_not_from_the_point_before() -> None:
    figures = _figures(
        "报告\n一、经济发展\n(一)工业提质。\n上半年,规上工业增加值增长6%。\n"
        "(二)项目加快。\n新开工项目30个。\n"
    )
    assert figures["规上工业增加值"].period == "上半年"
    assert figures["新开工项目"].period is None  # 上半年 framed the point before


def test_context_carry_to_the_paragraphs_after() -> None:
    # a one-year summary without headings: its first paragraph names the year
    figures = _figures(
        "2024年,区财政局狠抓收入,优化支出。一般公共预算收入完成12.5亿元。\n"
        "抓支出,保民生。民生支出9.8亿元,占一般公共预算支出的78%。\n"
    )
    assert figures["民生支出"].period == "2024年"


def test_context_carry_a_bare_section_heading_over_its_parts() -> None:
    figures = _figures(
        "某市政府工作报告\n各位代表:\n2023年工作回顾\n一、经济平稳增长\n地区生产总值增长5.3%。\n"
        "2024年主要工作\n一、稳增长\n新增城镇就业1.2万人。\n"
    )
    gdp, jobs = figures["地区生产总值"], figures["新增城镇就业"]
    assert (gdp.period, gdp.status) == ("2023年", "actual")
    assert (jobs.period, jobs.status) == ("2024年", "target")


def test_context_carry_a_future_frame_makes_targets() -> None:
    # 明年要… frames a plan even under a part without plan words
    figures = _figures(
        "报告\n二、抓建设\n明年要继续加快城区建设。完成15条背街小巷整治任务,新建绿地12万平方米。\n"
    )
    assert figures["背街小巷整治任务"].status == "target"
    assert (figures["新建绿地"].period, figures["新建绿地"].status) == ("明年", "target")
