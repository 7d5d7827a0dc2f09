"""Splitting a file into speeches (GUIDE §1 "Several speeches in one file")."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.split import split_speeches

# (text, the first line of each speech)
SPLIT_CASES = [
    pytest.param(
        "县长在全县工作会议上的讲话篇1\n同志们:\n今天开会。\n一、抓项目\n项目很重要。\n"
        "县长在全县工作会议上的讲话篇2\n同志们:\n今天再开会。\n一、抓招商\n招商很重要。",
        ["县长在全县工作会议上的讲话篇1", "县长在全县工作会议上的讲话篇2"],
        id="pian-numbers",
    ),
    pytest.param(
        "县长讲话篇1\n今天开会。大家辛苦了。\n县长讲话篇2\n今天又开会。大家辛苦了。",
        ["县长讲话篇1", "县长讲话篇2"],
        id="pian-numbers-without-salutation",
    ),
    pytest.param(
        "区长领导干部大会表态讲话(一):\n同志们:\n我完全拥护。\n"
        "区长领导干部大会表态讲话(二):\n同志们:\n我坚决拥护。\n"
        "区长领导干部大会表态讲话(三):\n各位领导:\n我衷心拥护。",
        ["区长领导干部大会表态讲话(一):", "区长领导干部大会表态讲话(二):", "区长领导干部大会表态讲话(三):"],
        id="paren-numbers",
    ),
    pytest.param(
        "区长领导干部大会表态讲话(一):\n刚才宣布了任命。我完全拥护。\n"
        "区长领导干部大会表态讲话(二):\n刚才宣布了任命。我坚决拥护。",
        ["区长领导干部大会表态讲话(一):", "区长领导干部大会表态讲话(二):"],
        id="paren-numbers-without-salutation",
    ),
    pytest.param(
        "在全县经济工作会议上的讲话\n同志们:\n今天开会。我讲三点。\n同志们,让我们共同努力!\n"
        "在全县安全生产会议上的讲话\n同志们:\n安全很重要。",
        ["在全县经济工作会议上的讲话", "在全县安全生产会议上的讲话"],
        id="new-title-then-salutation",
    ),
    pytest.param(
        "县委书记在全县大会上的讲话\n同志们:\n今天开会。\n同志们,让我们共同努力!\n"
        "同志们:\n今天我们再开一个会。",
        ["县委书记在全县大会上的讲话", "同志们:"],
        id="untitled-salutation-after-closing",
    ),
    pytest.param(
        "在全市招商引资工作会议上的讲话\n(2024年1月5日)\n各位委员、同志们:\n今天开会。\n"
        "在全市安全生产工作会议上的讲话\n(2024年2月6日)\n同志们:\n安全很重要。",
        ["在全市招商引资工作会议上的讲话", "在全市安全生产工作会议上的讲话"],
        id="title-and-date-lines",
    ),
]


@pytest.mark.parametrize(("text", "first_lines"), SPLIT_CASES)
def test_split_finds_each_speech(text: str, first_lines: list[str]) -> None:
    slices = split_speeches(text)
    assert [text[s.start:].split("\n", 1)[0] for s in slices] == first_lines


@pytest.mark.parametrize(("text", "first_lines"), SPLIT_CASES)
def test_split_speeches_are_ordered_and_disjoint(text: str, first_lines: list[str]) -> None:
    slices = split_speeches(text)
    for a, b in zip(slices, slices[1:]):
        assert a.start < a.end <= b.start
    # the last speech runs to the last non-blank character
    assert slices[-1].end == len(text.rstrip())


def test_split_single_speech_without_title_or_salutation() -> None:
    text = "今年经济平稳增长。\n明年要再接再厉。"
    assert [(s.start, s.end) for s in split_speeches(text)] == [(0, len(text))]


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_split_blank_text_has_no_speech(text: str) -> None:
    assert split_speeches(text) == []


# Site introductions before the first speech are not a speech: they are noise.
INTRO_CASES = [
    pytest.param(
        "讲话稿是在特定场合发表讲话的文稿。下面为大家整理了一篇讲话稿。\n"
        "在全县经济工作会议上的讲话\n同志们:\n今天开会。",
        "讲话稿是在特定场合发表讲话的文稿。下面为大家整理了一篇讲话稿。",
        id="intro-paragraph",
    ),
    pytest.param(
        "所谓会议,是指人们围绕一个共同的主题,进行信息交流的活动。\n\n"
        "区长领导干部大会表态讲话(一):\n同志们:\n我完全拥护。\n"
        "区长领导干部大会表态讲话(二):\n同志们:\n我坚决拥护。",
        "所谓会议,是指人们围绕一个共同的主题,进行信息交流的活动。",
        id="intro-before-numbered-speeches",
    ),
]


@pytest.mark.parametrize(("text", "intro"), INTRO_CASES)
def test_split_site_introduction_is_not_a_speech(text: str, intro: str) -> None:
    doc = govspeech.parse(text)
    intro_end = text.index(intro) + len(intro)
    assert all(sp.start >= intro_end for sp in doc.speeches)
    assert [(n.kind, text[n.start:n.end]) for n in doc.noise] == [("outside", intro)]


def test_split_speech_offsets_point_at_title_in_original() -> None:
    text = "學習啦>實用範文>\n開發(fā)區(qū)工作會議上的講話篇1\n同志們:\n今天開會。\n開發(fā)區(qū)工作會議上的講話篇2\n同志們:\n明天開會。"
    doc = govspeech.parse(text)
    second = text.index("開發", text.index("篇1"))
    assert [sp.start for sp in doc.speeches] == [text.index("開發"), second]
    assert [sp.title for sp in doc.speeches] == ["开发区工作会议上的讲话", "开发区工作会议上的讲话"]
