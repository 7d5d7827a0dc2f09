"""Speech headers (GUIDE §2): title, subtitle, date and salutation; where the body starts."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.header import read_header
from govspeech.parser.speech_words import looks_like_title
from govspeech.parser.split import split_speeches

# (text, title, subtitle, date, salutation, first preamble sentence)
HEADER_CASES = [
    pytest.param(
        "在全县经济工作会议上的讲话\n同志们:\n今天我们召开会议。",
        "在全县经济工作会议上的讲话", None, None, "同志们", "今天我们召开会议。",
        id="title-salutation",
    ),
    pytest.param(
        "在全市招商引资工作会议上的讲话\n(2024年1月5日)\n各位委员、同志们:\n今天我们召开会议。",
        "在全市招商引资工作会议上的讲话", None, "2024年1月5日", "各位委员、同志们", "今天我们召开会议。",
        id="title-date-salutation",
    ),
    pytest.param(
        "在全市招商引资工作会议上的讲话\n2024年1月5日\n同志们:今天我们召开会议。",
        "在全市招商引资工作会议上的讲话", None, "2024年1月5日", "同志们", "今天我们召开会议。",
        id="date-without-brackets-salutation-with-body-on-its-line",
    ),
    pytest.param(
        "在全市招商引资工作会议上的讲话\n(二〇二四年一月五日)\n同志们:\n今天我们召开会议。",
        "在全市招商引资工作会议上的讲话", None, "二〇二四年一月五日", "同志们", "今天我们召开会议。",
        id="date-in-chinese-numerals",
    ),
    pytest.param(
        "区委书记在区委全会上的讲话——坚持六大理念\n强化使命担当\n同志们:\n今天我们召开会议。",
        "区委书记在区委全会上的讲话", "坚持六大理念 强化使命担当", None, "同志们", "今天我们召开会议。",
        id="dash-subtitle-and-subtitle-line",
    ),
    pytest.param(
        "区委书记在区委全会上的讲话——坚持六大理念 强化使命担当\n同志们:\n今天我们召开会议。",
        "区委书记在区委全会上的讲话", "坚持六大理念 强化使命担当", None, "同志们", "今天我们召开会议。",
        id="dash-subtitle",
    ),
    pytest.param(
        "区委书记在区委全会上的讲话\n——坚持六大理念 强化使命担当\n同志们:\n今天我们召开会议。",
        "区委书记在区委全会上的讲话", "坚持六大理念 强化使命担当", None, "同志们", "今天我们召开会议。",
        id="subtitle-line-opening-with-dash",
    ),
    pytest.param(
        "坚定信心 奋力跨越\n——在全市招商引资工作会议上的讲话\n同志们:\n今天我们召开会议。",
        "坚定信心 奋力跨越", "在全市招商引资工作会议上的讲话", None, "同志们", "今天我们召开会议。",
        id="slogan-title-with-dash-meeting-subtitle",
    ),
    pytest.param(
        "XX书记在20xx年全县大会上的讲话\n(20xx年x月x日)\n同志们:\n今天我们召开会议。",
        "XX书记在20xx年全县大会上的讲话", None, "20xx年x月x日", "同志们", "今天我们召开会议。",
        id="anonymised-title-and-date",
    ),
    pytest.param(
        "区长领导干部大会表态讲话(一):\n同志们:\n刚才宣布了任命。",
        "区长领导干部大会表态讲话", None, None, "同志们", "刚才宣布了任命。",
        id="speech-number-stripped-from-title",
    ),
    pytest.param(
        "开发区工作会议上的讲话篇2\n各位领导、同志们:\n今天我们召开会议。",
        "开发区工作会议上的讲话", None, None, "各位领导、同志们", "今天我们召开会议。",
        id="pian-number-stripped-from-title",
    ),
    pytest.param(
        "各位代表:\n现在,我代表市人民政府作报告。",
        None, None, None, "各位代表", "现在,我代表市人民政府作报告。",
        id="salutation-only",
    ),
    pytest.param(
        "在全县经济工作会议上的讲话\n今天我们召开会议。",
        "在全县经济工作会议上的讲话", None, None, None, "今天我们召开会议。",
        id="title-without-salutation",
    ),
    # a page that lost its line breaks glues the title to the salutation and the body
    pytest.param(
        "县长在全县安全生产工作会议上的讲话同志们:今天我们召开会议,部署全年工作。一、提高认识安全生产责任重大。",
        "县长在全县安全生产工作会议上的讲话", None, None, "同志们", "今天我们召开会议,部署全年工作。",
        id="title-glued-to-salutation",
    ),
    pytest.param(
        "县长在全县春耕工作会上讲话县长在全县春耕工作会议上的讲话同志们:今天我们召开会议。",
        "县长在全县春耕工作会议上的讲话", None, None, "同志们", "今天我们召开会议。",
        id="page-title-and-own-title-glued",
    ),
    pytest.param(
        "某镇2024年工作汇报各位领导:现在我向各位领导汇报工作,请予指导。",
        "某镇2024年工作汇报", None, None, "各位领导", "现在我向各位领导汇报工作,请予指导。",
        id="work-account-glued-to-salutation",
    ),
    pytest.param(
        "在县人民代表大会第四次会议上的政府工作总结报告各位代表:现在我代表县人民政府作报告。",
        "在县人民代表大会第四次会议上的政府工作总结报告", None, None, "各位代表", "现在我代表县人民政府作报告。",
        id="glued-title-ending-in-a-bare-title-word",
    ),
    pytest.param(
        "县委书记在调研重点项目时的讲话县长在全县经济工作会议上的讲话同志们:今天我们召开会议。",
        "县长在全县经济工作会议上的讲话", None, None, "同志们", "今天我们召开会议。",
        id="page-title-with-a-time-frame-glued-before",
    ),
    # a site's word count leaves the title; addressees listed with a comma are one salutation
    pytest.param(
        "县长在全县经济工作会议上的讲话(全文2584字)\n同志们,朋友们:\n今天我们召开会议。",
        "县长在全县经济工作会议上的讲话", None, None, "同志们,朋友们", "今天我们召开会议。",
        id="word-count-suffix-and-comma-salutation",
    ),
    # 动员, 总结 inside the meeting's name end no page title glued before
    pytest.param(
        "县长在全县春季造林动员大会上的讲话同志们:今天我们召开大会。",
        "县长在全县春季造林动员大会上的讲话", None, None, "同志们", "今天我们召开大会。",
        id="title-word-inside-the-meeting-name",
    ),
    pytest.param(
        "在全县经济工作会议上的讲话\n同志们:今天开会,县长作重要讲话同志们:要认真学习。",
        "在全县经济工作会议上的讲话", None, None, "同志们", "今天开会,县长作重要讲话同志们:要认真学习。",
        id="glued-title-only-at-the-top",
    ),
]


@pytest.mark.parametrize(("text", "title", "subtitle", "date", "salutation", "first"), HEADER_CASES)
def test_header_fields(
    text: str, title: str | None, subtitle: str | None, date: str | None, salutation: str | None, first: str
) -> None:
    (speech,) = govspeech.parse(text).speeches
    assert (speech.title, speech.subtitle, speech.date, speech.salutation) == (title, subtitle, date, salutation)
    assert speech.preamble[0].text == first
    # a speech starts at its title line, or at its salutation where it has no title
    assert speech.start == 0


# The body start does not depend on the header fields being right.
BODY_CASES = [pytest.param(*case.values, id=case.id) for case in HEADER_CASES]


@pytest.mark.parametrize(("text", "title", "subtitle", "date", "salutation", "first"), BODY_CASES)
def test_header_body_starts_after_salutation(
    text: str, title: str | None, subtitle: str | None, date: str | None, salutation: str | None, first: str
) -> None:
    (speech,) = split_speeches(text)
    read_header(speech)
    assert text[speech.body_start:].strip().startswith(first)


def test_header_speech_start_is_salutation_without_title() -> None:
    text = "今年经济平稳增长。\n同志们,让我们努力!\n同志们:\n今天我们再开一个会。"
    doc = govspeech.parse(text)
    assert doc.speeches[-1].start == text.index("同志们:")
    assert doc.speeches[-1].title is None


def test_header_title_repeated_under_a_page_headline_is_no_subtitle() -> None:
    text = "区政府工作计划\n时间:2024-05-12 03:51:00\n区政府工作计划\n各位代表:\n现在我代表区人民政府报告工作。"
    (speech,) = govspeech.parse(text).speeches
    assert (speech.title, speech.subtitle, speech.salutation) == ("区政府工作计划", None, "各位代表")


def test_header_title_folded_and_simplified() -> None:
    text = "開發(fā)區(qū)工作會議上的講話\n同志們：\n今天開會。"
    (speech,) = govspeech.parse(text).speeches
    assert speech.title == "开发区工作会议上的讲话"
    assert speech.salutation == "同志们"
    assert speech.start == 0


SPEAKERS = [
    ("区委书记在区委全会上的讲话\n同志们:\n正文。", "区委书记", "区委全会"),
    ("在全县经济工作会议上的讲话\n县委书记 李四\n同志们:\n正文。", "县委书记 李四", "全县经济工作会议"),
    ("开发区工作会议上的讲话\n同志们:\n正文。", None, "开发区工作会议"),
    ("区长领导干部大会表态讲话\n同志们:\n正文。", "区长", "领导干部大会"),
    ("坚定信心 奋力跨越\n——在全市招商引资工作会议上的讲话\n同志们:\n正文。", None, "全市招商引资工作会议"),
    ("开幕讲话\n同志们:\n正文。", None, None),
]


@pytest.mark.parametrize(("text", "speaker", "meeting"), SPEAKERS)
def test_header_speaker_and_meeting_when_stated(text: str, speaker: str | None, meeting: str | None) -> None:
    speech = govspeech.parse(text).speeches[0]
    assert (speech.speaker, speech.meeting) == (speaker, meeting)


# Title blocks as web pages and exports write them: the title is normalised, the date,
# meeting and speaker are read where the block states them.
TITLE_BLOCKS = [
    pytest.param(
        "政 府 工 作 报 告\n——2025年1月8日在某区第五届人民代表大会第三次会议上\n某区人民政府区长 王 五\n"
        "各位代表:\n现在我代表区人民政府报告工作。",
        ("政府工作报告", "2025年1月8日", "某区人民政府区长 王五", "某区第五届人民代表大会第三次会议"),
        id="spaced-title-dash-date-meeting-spaced-name",
    ),
    pytest.param(
        "政府工作报告(文字实录)\n——2025年3月5日在某省人民代表大会第二次会议上\n省长 赵六\n(根据直播整理)\n"
        "各位代表:\n现在我代表省人民政府报告工作。",
        ("政府工作报告", "2025年3月5日", "省长 赵六", "某省人民代表大会第二次会议"),
        id="note-after-title",
    ),
    pytest.param(
        "某市2025年政府工作报告\n2025年1月9日在某市第六届人民代表大会第四次会议上 某市市长 钱七\n"
        "市长钱七作政府工作报告\n各位代表:\n现在我代表市人民政府报告工作。",
        ("某市2025年政府工作报告", "2025年1月9日", "某市市长 钱七", "某市第六届人民代表大会第四次会议"),
        id="date-meeting-speaker-line-and-news-lead",
    ),
    pytest.param(
        "在全县三级干部大会上的讲话_某县人民政府网\n同志们:\n今天召开大会。",
        ("在全县三级干部大会上的讲话", None, None, "全县三级干部大会"),
        id="site-suffix",
    ),
    pytest.param(
        "为建设美丽乡村而奋斗\n——在全县乡村振兴大会上的报告\n(2025年2月1日)\n孙八\n同志们:\n今天召开大会。",
        ("为建设美丽乡村而奋斗", "2025年2月1日", "孙八", "全县乡村振兴大会"),
        id="bare-name-under-the-date",
    ),
    # a title broken after its 上的: the speech word on the next line is no speaker's name
    pytest.param(
        "在某某镇秋季安全生产动员大会上的\n讲话\n同志们:\n今天召开大会。",
        ("在某某镇秋季安全生产动员大会上的讲话", None, None, "某某镇秋季安全生产动员大会"),
        id="title-broken-before-speech-word",
    ),
    pytest.param(
        "县长在全县经济工作会议上的\n讲话稿\n同志们:\n今天召开会议。",
        ("县长在全县经济工作会议上的讲话稿", None, "县长", "全县经济工作会议"),
        id="title-broken-before-speech-draft",
    ),
    pytest.param(
        "在某县第五届人民代表大会第二次会议上的\n工作报告\n各位代表:\n现在我代表县人民政府报告工作。",
        ("在某县第五届人民代表大会第二次会议上的工作报告", None, None, "某县第五届人民代表大会第二次会议"),
        id="title-broken-before-work-report",
    ),
    pytest.param(
        "政府工作报告\n── 2025年1月8日在某县第十届人民代表大会第五次会议上\n各位代表:\n现在我代表县人民政府报告工作。",
        ("政府工作报告", "2025年1月8日", None, "某县第十届人民代表大会第五次会议"),
        id="box-drawing-dash-before-date",
    ),
    # GUIDE §1: an anonymised name is a name
    pytest.param(
        "某镇政府工作报告\n镇长 XX\n各位代表:\n现在我代表镇人民政府报告工作。",
        ("某镇政府工作报告", None, "镇长 XX", None),
        id="anonymised-speaker-name",
    ),
    pytest.param(
        "某镇政府工作报告\n镇长 张**\n各位代表:\n现在我代表镇人民政府报告工作。",
        ("某镇政府工作报告", None, "镇长 张**", None),
        id="anonymised-given-name",
    ),
]


@pytest.mark.parametrize(("text", "fields"), TITLE_BLOCKS)
def test_header_title_block_fields(text: str, fields: tuple[str | None, ...]) -> None:
    (speech,) = govspeech.parse(text).speeches
    assert (speech.title, speech.date, speech.speaker, speech.meeting) == fields
    assert speech.start == 0
    assert speech.preamble[0].text.startswith(("现在", "今天"))


@pytest.mark.parametrize(
    ("line", "is_title"),
    [
        ("县长在县委全会上作的报告", True),
        ("县长张三作政府工作报告", False),  # a news lead names the report, it is not its title
        ("政 府 工 作 报 告", True),
        ("某市2025年国民经济和社会发展统计公报", True),
        ("关于做好春节期间安全生产工作的通知", True),
        ("县委书记在全县大会上的讲话提纲", True),
        ("今年全县经济运行总体平稳。", False),
        ("全县上下要认真抓好落实", False),
        ("某镇2024年上半年工作汇报", True),
    ],
)
def test_header_title_shape(line: str, is_title: bool) -> None:
    assert looks_like_title(line) is is_title
