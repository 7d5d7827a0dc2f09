"""Speech frames (GUIDE §2): titles over several lines, notes, offices, dates in brackets,
and a headline above its ——subtitle."""

from __future__ import annotations

import pytest

import govspeech

# (text, field, expected value)
FRAME_CASES = [
    pytest.param(
        "中国人民政治协商会议\n某某市第六届委员会常务委员会\n工 作 报 告\n"
        "——在政协某某市第六届委员会第二次会议上\n王 明\n各位委员:\n我代表常委会报告工作。",
        "title", "中国人民政治协商会议某某市第六届委员会常务委员会工作报告",
        id="title-on-three-lines-over-a-spaced-title-word",
    ),
    pytest.param(
        "某某县门户网站\n\n某某县人民代表大会常务委员会\n\n工作报告\n\n"
        "——在某某县第九届人民代表大会第三次会议上\n\n各位代表:\n我代表县人大常委会报告工作。",
        "title", "某某县人民代表大会常务委员会工作报告",
        id="names-over-a-bare-title-word-not-the-site-name",
    ),
    pytest.param(
        "某某县门户网站\n\n某某县人民代表大会常务委员会\n\n工作报告\n\n"
        "——在某某县第九届人民代表大会第三次会议上\n\n各位代表:\n我代表县人大常委会报告工作。",
        "start", "某某县人民代表大会常务委员会",
        id="speech-starts-at-the-first-title-line",
    ),
    pytest.param(
        "关于某某市2025年预算执行情况的报告(摘要)\n受市政府委托,报告如下。\n一、预算执行情况\n收入平稳增长。",
        "speaker", None,
        id="title-note-is-no-speaker",
    ),
    pytest.param(
        "关于某某市2025年预算执行情况的报告(摘要)\n受市政府委托,报告如下。\n一、预算执行情况\n收入平稳增长。",
        "title", "关于某某市2025年预算执行情况的报告",
        id="title-note-leaves-the-title",
    ),
    pytest.param(
        "某某省人民代表大会常务委员会工作报告\n——2025年1月20日在某某省第十四届人民代表大会第三次会议上\n"
        "某某省人民代表大会常务委员会副委员长 李 华\n各位代表:\n现在,我报告工作。",
        "speaker", "某某省人民代表大会常务委员会副委员长 李华",
        id="long-office-and-name",
    ),
    pytest.param(
        "凝心聚力 再启新程——在中国共产党某某县第十五次代表大会上的报告(2021年9月6日)\n赵 刚\n"
        "同志们:\n现在,我代表县委向大会报告工作。",
        "date", "2021年9月6日",
        id="date-in-brackets-after-the-subtitle",
    ),
    pytest.param(
        "凝心聚力 再启新程——在中国共产党某某县第十五次代表大会上的报告(2021年9月6日)\n赵 刚\n"
        "同志们:\n现在,我代表县委向大会报告工作。",
        "subtitle", "在中国共产党某某县第十五次代表大会上的报告 赵 刚",
        id="date-in-brackets-leaves-the-subtitle",
    ),
    pytest.param(
        "在某某县第八届人民代表大会第二次会议上的政府工作报告\n各位代表:\n现在,我代表县人民政府报告工作。",
        "meeting", "某某县第八届人民代表大会第二次会议",
        id="meeting-of-a-government-work-report",
    ),
    pytest.param(
        "县长在2026年全县新春团拜会上的讲话(县区)(全文1800字)\n同志们、朋友们:\n今天我们欢聚一堂。",
        "title", "县长在2026年全县新春团拜会上的讲话",
        id="site-label-and-word-count-leave-the-title",
    ),
    pytest.param(
        "县长在2026年全县新春团拜会上的讲话(县区)(全文1800字)\n同志们、朋友们:\n今天我们欢聚一堂。",
        "meeting", "2026年全县新春团拜会",
        id="a-spring-gathering-is-a-meeting",
    ),
    pytest.param(
        "某某县人民代表大会常务委员会工作报告\n——在1月9日某某县第九届人民代表大会第四次会议上\n"
        "各位代表:\n现在我报告工作。",
        "meeting", "某某县第九届人民代表大会第四次会议",
        id="meeting-without-its-day",
    ),
    pytest.param(
        "政府工作报告\n——2026年1月9日在某某县第九届\n人民代表大会第四次会议上\n县长 张 明\n各位代表:\n现在我报告工作。",
        "meeting", "某某县第九届人民代表大会第四次会议",
        id="meeting-over-a-wrapped-subtitle",
    ),
    pytest.param(
        "2026年某某区政府工作报告\n——第十届人民代表大会第五次会议上\n区长 张明\n各位代表:\n现在我报告工作。",
        "meeting", "第十届人民代表大会第五次会议",
        id="subtitle-opening-with-the-meeting",
    ),
    pytest.param(
        "春风浩荡催奋进 同心共绘新蓝图\n——代表委员热议政府工作报告\n本报记者\n"
        "三月的北京春意盎然,代表委员们认真审议政府工作报告。\n大家表示,过去一年成绩来之不易。",
        "title", "春风浩荡催奋进 同心共绘新蓝图",
        id="headline-above-its-dash-subtitle",
    ),
    pytest.param(
        "春风浩荡催奋进 同心共绘新蓝图\n——代表委员热议政府工作报告\n本报记者\n"
        "三月的北京春意盎然,代表委员们认真审议政府工作报告。\n大家表示,过去一年成绩来之不易。",
        "subtitle", "代表委员热议政府工作报告",
        id="dash-subtitle-under-its-headline",
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), FRAME_CASES)
def test_header_frame_field(text: str, field: str, expected: str | None) -> None:
    (speech,) = govspeech.parse(text).speeches
    value = text[speech.start : speech.start + len(expected or "")] if field == "start" else getattr(speech, field)
    assert value == expected


def test_header_headline_above_subtitle_is_no_noise() -> None:
    text = (
        "春风浩荡催奋进 同心共绘新蓝图\n——代表委员热议政府工作报告\n本报记者\n"
        "三月的北京春意盎然,代表委员们认真审议政府工作报告。\n大家表示,过去一年成绩来之不易。"
    )
    doc = govspeech.parse(text)
    assert doc.speeches[0].start == 0
    assert not doc.noise


def test_header_names_above_a_full_title_stay_out() -> None:
    # a title line that is whole (…常委会工作报告) is not joined to the names above it
    text = "某某市人民政府\n某某市人大常委会工作报告\n各位代表:\n现在我报告工作。"
    (speech,) = govspeech.parse(text).speeches
    assert speech.title == "某某市人大常委会工作报告"


GLUED_CASES = [
    pytest.param(
        "某某街道办事处2025年政府工作报告一、2024年工作回顾2024年,街道全年完成投资12亿元。"
        "(一)经济稳中有进。税收增长6%。(二)面貌持续改善。改造小区5个。二、2025年工作安排今年要抓好三件事。",
        "某某街道办事处2025年政府工作报告", ["一、", "二、"],
        id="title-glued-to-the-first-part",
    ),
    pytest.param(
        "2025年某某县国民经济和社会发展统计公报 2025年,全县经济运行总体平稳。 "
        "一、综合 初步核算,全年全县地区生产总值120.5亿元,比上年增长5.2%。 二、农业 全年粮食产量稳定。",
        "2025年某某县国民经济和社会发展统计公报", ["一、", "二、"],
        id="title-glued-to-a-sentence-by-a-space",
    ),
    pytest.param(
        "县长在全县经济工作会议上的讲话 文章标题:县长在 2026 年全县经济工作会议上的讲话 同志们:"
        "这次会议很重要。一、抓项目。要加快进度。二、保民生。要办好实事。",
        "县长在2026年全县经济工作会议上的讲话", ["一、", "二、"],  # PDF spaces around figures go
        id="page-label-before-a-title-glued-to-its-salutation",
    ),
    pytest.param(
        "县长表态讲话(一):今年要抓好项目建设,确保完成全年目标。",
        None, [],
        id="speech-number-is-no-glued-part",
    ),
]


@pytest.mark.parametrize(("text", "title", "parts"), GLUED_CASES)
def test_header_title_glued_to_its_body(text: str, title: str | None, parts: list[str]) -> None:
    (speech,) = govspeech.parse(text).speeches
    assert speech.title == title
    assert [p.marker for p in speech.parts] == parts
