"""Site text inside a speech (GUIDE §1): paywall tails, comment heads, a site's notes and
advertisements, watermarks stamped over the text, a bilingual page's English lines and a
style sheet glued to the title. Each is noise, and the speech around it keeps its text."""

from __future__ import annotations

import pytest

import govspeech
from _invariants import check

HEAD = "在全镇经济工作会议上的讲话\n同志们:\n一、认清形势\n全镇完成地区生产总值12.5亿元,同比增长8.1%。\n"


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind, text[n.start:n.end]) for n in govspeech.parse(text, indicators=False).noise]


def _sentences(text: str) -> list[str]:
    doc = govspeech.parse(text, indicators=False)
    return [s.text for speech in doc.speeches for s in speech.iter_sentences()]


# (line a site puts inside the speech, kind)
INSIDE_CASES = [
    ("……(某某文秘网https://www.example.cn省略826字,正式会员可完整阅读)", "paywall"),
    ("……(未完,全文共5210字,当前仅显示1806字,请阅读下面提示信息。", "paywall"),
    ("(未完,全文共3100字,当前显示480字)", "paywall"),
    ("(阅读全部图文内容,您需要先登录!)", "paywall"),
    ("收藏《镇长在全镇经济工作会议上的讲话》)", "site_button"),
    ("【文章共4210字,精选参考范文,仅供学习借鉴】", "editor_blurb"),
    ("用户评论", "site_notice"),
    ("(以下评论仅代表网友意见,与本站立场无关)", "site_notice"),
    ("【投稿】【收藏】 作者: 佚名 来源: 本站原创 阅读 次 【小 中 大】", "byline"),
    ("稿件汇 www.example-gaojian.com", "watermark"),
]


@pytest.mark.parametrize(("line", "kind"), INSIDE_CASES)
def test_site_line_inside_a_speech_is_noise(line: str, kind: str) -> None:
    text = HEAD + line + "\n二、明确任务\n要抓好项目建设。\n"
    assert (kind, line) in _noise(text)
    assert not any(line in s for s in _sentences(text))
    check(text, govspeech.parse(text))


def test_an_advertisement_glued_to_a_sentence_is_noise() -> None:
    text = HEAD + "发展的信心和决心有待进一步增强。【更多公文素材,微信:abc123】\n"
    assert ("contact", "【更多公文素材,微信:abc123】") in _noise(text)
    assert "发展的信心和决心有待进一步增强。" in _sentences(text)


def test_a_watermark_repeated_on_lines_and_after_lines_is_noise() -> None:
    mark = "范文汇,公文写作之家"
    text = (
        "在全镇经济工作会议上的讲话\n"
        f"同志们: {mark}\n"
        "今天召开全镇经济工作会议。\n"
        f"{mark}\n"
        f"一、关于今年的经济工作 {mark}\n"
        "全镇完成地区生产总值12.5亿元。\n"
    )
    doc = govspeech.parse(text, indicators=False)
    assert [t for k, t in _noise(text) if k == "watermark"] == [mark] * 3
    speech = doc.speeches[0]
    assert speech.salutation == "同志们"
    assert speech.parts[0].heading == "关于今年的经济工作"
    check(text, govspeech.parse(text))


def test_a_line_said_twice_without_a_site_name_is_speech() -> None:
    text = HEAD + "抓项目 促发展\n要抓好项目建设。\n抓项目 促发展\n"
    assert not [k for k, _ in _noise(text) if k == "watermark"]


def test_english_lines_of_a_bilingual_report_are_noise() -> None:
    text = (
        "政府工作报告\n"
        "REPORT ON THE WORK OF THE TOWN GOVERNMENT\n"
        "一、今年的主要任务\n"
        "I Major Tasks for This Year\n"
        "今年工作的总体要求是:\n"
        "To achieve this, we must:\n"
        "坚持稳中求进工作总基调。\n"
    )
    english = [t for k, t in _noise(text) if k == "translation"]
    assert english == ["REPORT ON THE WORK OF THE TOWN GOVERNMENT", "I Major Tasks for This Year", "To achieve this, we must:"]
    assert _sentences(text) == ["一、今年的主要任务", "今年工作的总体要求是:", "坚持稳中求进工作总基调。"]


def test_english_words_in_a_chinese_line_stay() -> None:
    text = HEAD + "推进 smart city 建设,打造数字政府。\nPM2.5 平均浓度下降。\n"
    assert not [k for k, _ in _noise(text) if k == "translation"]


def test_a_style_sheet_glued_to_a_line_is_noise() -> None:
    css = "l> [标签:标题] @page { size: 8.27in 11.69in; margin: 1in } p { line-height: 115%; text-align: justify } "
    text = "县长在全县安全生产会议上的讲话\n" + css + "同志们:今天召开全县安全生产会议。\n"
    doc = govspeech.parse(text)
    assert ("markup", css) in _noise(text)
    assert doc.speeches[0].salutation == "同志们"
    assert not any(i.change is not None and i.change.value == 115 for i in doc.indicators)
    assert not any("115%" in i.name for i in doc.indicators)
