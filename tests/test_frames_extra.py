"""Speech frames on government portals, 范文 sites and news pages (GUIDE §1–2): the title
under a portal's disclosure table, a title in a table's cell, photo captions, an
office-holder glued to the title, a page that opens at the ——subtitle, a site's name under
the title, and meetings named by any of the genre's meeting words."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Speech
from _invariants import check

BODY = "一、过去一年的工作\n全镇完成地区生产总值12.5亿元,同比增长8.1%。\n二、今年的主要任务\n要抓好项目建设。\n"


def _speech(text: str) -> Speech:
    doc = govspeech.parse(text)
    check(text, doc)
    assert len(doc.speeches) == 1
    return doc.speeches[0]


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind, text[n.start:n.end]) for n in govspeech.parse(text, indicators=False).noise]


def test_headline_under_a_portals_disclosure_table_is_the_title() -> None:
    title = "某某镇2024年工作总结和2025年工作思路"
    text = (
        "首页>\n> 政务公开 > 信息公开目录 > 某某镇 > 计划总结\n"
        "索引号: 00100/2025-0012 发布机构: 某某镇人民政府\n"
        "公开方式: 主动公开 发文日期: 2025-02-10\n"
        "组配分类: 计划总结 文件编号:\n"
        f"{title}\n\n"
        "发布时间:2025-02-10 09:30 来源:某某镇 浏览次数: 打印\n\n" + BODY
    )
    speech = _speech(text)
    assert speech.title == title
    assert text[speech.start:].startswith(title)
    assert [k for k, _ in _noise(text)] == ["breadcrumb", "breadcrumb", "meta", "meta", "meta", "byline"]


def test_a_disclosure_table_in_bars_is_never_the_title() -> None:
    text = (
        "文件名称 | 某区2025年政府工作报告 | ||\n"
        "索引号 | /2025-0031 | 公开目录: | 工作报告 |\n"
        "公开责任部门 | 公开形式: | 主动公开 | |\n"
        "文号 | 成文日期: | 2025年03月02日 | |\n"
        "2025年2月20日在某区第九届\n人民代表大会第四次会议上\n某区人民政府区长 王五\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作。\n" + BODY
    )
    speech = _speech(text)
    assert speech.title == "某区2025年政府工作报告"
    assert speech.date == "2025年2月20日"
    assert speech.speaker == "某区人民政府区长 王五"
    assert "索引号" not in (speech.subtitle or "")
    assert text[speech.start:].startswith("某区2025年政府工作报告")


def test_a_title_in_a_table_cell_loses_the_bars() -> None:
    text = (
        "字体大小:【大】 【中】 【小】\n索引号: | |\n发文机关:某县统计局 | 主题词: |\n"
        "标题:某县统计局2024年工作总结暨2025年工作计划 | |\n主题分类:其它 | 发布日期:2024-12-30 |\n"
        "今年以来,我局坚持以统计数据质量为核心,统计工作又上新台阶。\n" + BODY
    )
    speech = _speech(text)
    assert speech.title == "某县统计局2024年工作总结暨2025年工作计划"
    assert text[speech.start:].startswith("某县统计局2024年")


def test_photo_captions_of_a_news_report_are_neither_title_nor_start() -> None:
    text = (
        "第02版:要闻\n\n版面概览\n\n下一版\n\n"
        "某街道召开三季度工作会议\n\n"
        "街道党工委副书记、办事处主任张三讲话\n会议现场\n街道党工委书记李四讲话\n\n"
        "10月8日下午,某街道召开三季度工作会议。\n会上,李四强调,一是抓项目。二是保民生。\n"
    )
    speech = _speech(text)
    assert speech.title is None
    assert text[speech.start:].startswith("某街道召开三季度工作会议")
    captions = [t for k, t in _noise(text) if k == "caption"]
    assert captions == ["街道党工委副书记、办事处主任张三讲话", "会议现场", "街道党工委书记李四讲话"]


def test_a_speaker_caption_alone_is_not_noise() -> None:
    text = "镇长张三讲话\n同志们:\n今天召开全镇工作会议。\n" + BODY
    assert _speech(text).title == "镇长张三讲话"


def test_an_office_holder_glued_to_the_title_is_the_speaker() -> None:
    text = "2024年城市管理工作报告县城管局党组书记、局长  赵  六\n(2024年3月1日)\n同志们:\n" + BODY
    speech = _speech(text)
    assert speech.title == "2024年城市管理工作报告"
    assert speech.speaker == "县城管局党组书记、局长 赵六"
    assert speech.date == "2024年3月1日"


def test_a_title_ending_in_a_name_word_keeps_it() -> None:
    text = "在全县经济工作会议上的讲话\n同志们:\n" + BODY
    assert _speech(text).title == "在全县经济工作会议上的讲话"


def test_a_page_opening_at_its_subtitle_has_no_title() -> None:
    text = "——2024年1月8日在某市第九届人民代表大会第三次会议上\n市长 孙七\n各位代表:\n现在,我代表市人民政府报告工作。\n" + BODY
    speech = _speech(text)
    assert speech.title is None
    assert speech.date == "2024年1月8日"
    assert speech.subtitle == "在某市第九届人民代表大会第三次会议上 市长 孙七"
    assert speech.meeting == "某市第九届人民代表大会第三次会议"
    assert speech.speaker == "市长 孙七"


def test_a_sites_name_under_the_title_is_not_the_subtitle() -> None:
    text = "在全县安全生产工作会议上的讲话\n某某园范文网\n2025-03-02\n同志们:\n" + BODY
    speech = _speech(text)
    assert speech.title == "在全县安全生产工作会议上的讲话"
    assert speech.subtitle is None
    assert ("watermark", "某某园范文网") in _noise(text)


@pytest.mark.parametrize(
    ("title", "speaker", "meeting"),
    [
        ("区长在全区一季度经济运行分析会上的讲话", "区长", "全区一季度经济运行分析会"),
        ("县委书记在县委经济工作务虚会上的讲话", "县委书记", "县委经济工作务虚会"),
        ("市长在全市重点项目观摩会上的讲话", "市长", "全市重点项目观摩会"),
        ("镇长在全镇项目建设调度会上的讲话", "镇长", "全镇项目建设调度会"),
        ("县长在全县秸秆禁烧现场会上的讲话", "县长", "全县秸秆禁烧现场会"),
        ("镇长在“乡村振兴”志愿服务活动上的讲话", "镇长", "“乡村振兴”志愿服务活动"),
    ],
)
def test_meeting_words_give_the_speaker_and_meeting(title: str, speaker: str, meeting: str) -> None:
    speech = _speech(f"{title}\n同志们:\n" + BODY)
    assert (speech.title, speech.speaker, speech.meeting) == (title, speaker, meeting)


def test_an_activity_before_a_mobilisation_meeting_stays_in_the_meeting() -> None:
    speech = _speech("在全县工业服务年活动动员大会上的讲话\n同志们:\n" + BODY)
    assert speech.meeting == "全县工业服务年活动动员大会"


@pytest.mark.parametrize(
    ("line", "speaker", "salutation"),
    [
        ("在全区项目推进会上的讲话某市某区委常委、副区长王小明同志们:", "某市某区委常委、副区长 王小明", "同志们"),
        ("在全县工作会议上的讲话县长张三同志们:", "县长 张三", "同志们"),
        ("在全县人代会上的报告县长李小明各位代表:", "县长 李小明", "各位代表"),
    ],
)
def test_title_speaker_and_salutation_glued_on_one_line(line: str, speaker: str, salutation: str) -> None:
    speech = _speech(line + "今天召开这次会议。\n" + BODY)
    assert speech.title == line[: line.index("讲话" if "讲话" in line else "报告") + 2]
    assert (speech.speaker, speech.salutation) == (speaker, salutation)


def test_a_bare_office_glued_to_the_title() -> None:
    speech = _speech("2024年政府工作报告县长  张  三\n各位代表:\n" + BODY)
    assert (speech.title, speech.speaker) == ("2024年政府工作报告", "县长 张三")
