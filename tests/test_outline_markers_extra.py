"""Outline markers and headings (GUIDE §2): one-character ``⒈`` markers and a heading
joined to its body by a space."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.outline.markers import DIGIT_FULL_STOPS


def _outline(text: str) -> list[tuple[str, int | None, str, int]]:
    """(marker, number, heading, depth) of every node, in document order."""
    out: list[tuple[str, int | None, str, int]] = []

    def walk(node: govspeech.Point | govspeech.Part, depth: int) -> None:
        out.append((node.marker, node.number, node.heading, depth))
        for child in node.points:
            walk(child, depth + 1)

    for part in govspeech.parse(text).speeches[0].parts:
        walk(part, 1)
    return out


def test_outline_digit_full_stop_markers() -> None:
    text = (
        "同志们:\n一、上半年工作回顾\n今年以来,全县经济稳中有进。\n"
        "⒈工业生产稳步增长。上半年规上工业增加值增长8%。\n⒉项目建设加快推进。新开工项目30个。\n"
        "二、下半年重点工作\n要抓好三件事。"
    )
    assert _outline(text) == [
        ("一、", 1, "上半年工作回顾", 1),
        ("⒈", 1, "工业生产稳步增长", 2),
        ("⒉", 2, "项目建设加快推进", 2),
        ("二、", 2, "下半年重点工作", 1),
    ]


def test_outline_digit_full_stops_number_one_to_twenty() -> None:
    assert len(DIGIT_FULL_STOPS) == 20
    text = "同志们:\n" + "".join(f"{ch}第{k + 1}项工作要抓紧。\n" for k, ch in enumerate(DIGIT_FULL_STOPS[:12]))
    assert [number for _, number, _, _ in _outline(text)] == list(range(1, 13))


SPACED_CASES = [
    pytest.param(
        "2025年某县统计公报\n一、综合 初步核算,全年全县地区生产总值120.5亿元,比上年增长5.2%。\n"
        "二、农业 全年粮食播种面积35万亩,比上年增加0.3万亩。",
        ["综合", "农业"],
        id="bulletin-section-word-before-its-sentence",
    ),
    pytest.param(
        "某街道工作总结\n一、2025年工作回顾 2025年是实施规划的关键之年,街道上下团结奋进。\n"
        "二、2026年工作思路 2026年,街道将围绕中心工作,抓好三项任务。",
        ["2025年工作回顾", "2026年工作思路"],
        id="review-heading-before-its-sentence",
    ),
    pytest.param(
        "同志们:\n一、坚持稳中求进 推动高质量发展。今年要抓好三件事。\n二、突出项目建设 夯实发展基础。要坚持项目为王。",
        ["坚持稳中求进 推动高质量发展", "突出项目建设 夯实发展基础"],
        id="heading-in-two-phrases-stays-whole",
    ),
    pytest.param(
        "同志们:\n一、工业 全年规上工业增加值增长7%。\n二、农业 粮食产量保持稳定。",
        ["工业 全年规上工业增加值增长7%", "农业 粮食产量保持稳定"],
        id="short-words-after-the-space-stay",
    ),
]


@pytest.mark.parametrize(("text", "headings"), SPACED_CASES)
def test_outline_heading_joined_by_a_space(text: str, headings: list[str]) -> None:
    assert [heading for _, _, heading, _ in _outline(text)] == headings


def test_outline_fragments_of_a_cut_text_from_its_first_line() -> None:
    # a site cut the text into pages and numbered them 1、 2、 3、 from its first line on
    text = (
        "1、某镇政府工作报告 各位代表: 现在,我代表镇人民政府向大会作工作报告。全年实现生产总值12亿元,按现行汇率计\n"
        "2、算折合1.7亿美元;完成固定资产投资5亿元,增长8%;全年地方一般公共预算收入突\n"
        "3、破8000万元大关,农民人均纯收入增长6%。"
    )
    doc = govspeech.parse(text)
    assert [text[n.start : n.end].strip() for n in doc.noise] == ["1、", "2、", "3、"]
    assert doc.speeches[0].parts == []


def test_outline_list_from_the_first_line_stays() -> None:
    text = "1、抓项目建设。要加快进度。\n2、抓招商引资。要引进大项目。\n3、抓民生保障。要办好实事。"
    assert [marker for marker, _, _, _ in _outline(text)] == ["1、", "2、", "3、"]
