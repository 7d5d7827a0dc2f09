"""Properties of ``govspeech.parse`` on arbitrary input (GUIDE §1, §2 offsets).

``parse`` is total on text, and whatever it returns keeps the tree's invariants:
children inside parents, sentences inside their node, offsets in document order, every
node's span opening with its marker as written, and every character of the input either
inside a speech or inside a noise span.
"""

from __future__ import annotations

import pytest
from _invariants import FRAGMENTS, any_text, check, check_markers_survive, nodes
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import govspeech

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join))
@example("——&nbsp;copyright@ 2008-2022 学习啦")  # a footer's dash before an entity opens no point
def test_parse_invariants_markers_never_in_boilerplate(text: str) -> None:
    check_markers_survive(text, govspeech.parse(text))


# GUIDE §1: a lead-in ending with "," announces a list; its 1、 is no page fragment
LEAD_IN_LIST = (
    "近年来,我县坚持发展第一要务,在项目建设、招商引资、改革创新、营商环境持续优化等方面,"
    "\n1、抓项目。\n2、抓招商。"
)


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("一、经验分享\n各地要相互学习。\n二、其他", ["一、", "二、"]),
        ("(一)成果分享\n1.数据分享\n要打通数据壁垒。", ["(一)", "1."]),
        (LEAD_IN_LIST, ["1、", "2、"]),
        # a site's download notice holds numbered lines; the speech's own points stay
        ("某镇2023年工作汇报\n温馨提示:\n1. 文档预览时可能显示错乱,下载后无此问题,请放心下载。\n"
         "2. 本文档由用户上传,如有版权争议请联系客服。\n\n各位领导:\n一、经济发展\n正文。\n二、民生改善\n正文。",
         ["一、", "二、"]),
    ],
)
def test_parse_invariants_markers_never_in_boilerplate_examples(text: str, markers: list[str]) -> None:
    doc = govspeech.parse(text)
    check_markers_survive(text, doc)
    assert [node.marker for speech in doc.speeches for _, node in nodes(speech)] == markers


@SETTINGS
@given(any_text)
def test_parse_invariants_hold_on_any_text(text: str) -> None:
    check(text, govspeech.parse(text))


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join))
def test_parse_invariants_hold_on_genre_fragments(text: str) -> None:
    check(text, govspeech.parse(text))


def test_parse_invariants_hold_on_a_speech() -> None:
    text = (
        "学习啦>实用范文>致辞讲话>\n在全县经济工作会议上的讲话\n(2024年1月5日)\n同志们:\n今天开会。\n"
        "一、坚持稳中求进\n(一)抓项目。地区生产总值完成244.4亿元,同比增长9.4%。\n"
        "我讲两点:一是加强领导;二是强化考核。\n二、開發(fā)區(qū)建設\n——要立足于实。正文。\n——要专心于做。正文。\n"
        "同志们,让我们共同奋斗!\n鄂ICP备2022015515号-1"
    )
    check(text, govspeech.parse(text))


@pytest.mark.parametrize("space", ["\x0c", "\x0b", "\u2028", "\x85"])
def test_parse_invariants_sentence_inside_node_before_other_whitespace(space: str) -> None:
    text = f"一、加强领导{space}"
    check(text, govspeech.parse(text))
