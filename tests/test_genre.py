"""Whole short speeches with the features real inputs have and the dev texts lack.

Each case is a small speech written for this file, with the outline a careful reader of
the genre would draw (GUIDE §1–2): ``(depth, marker, heading)`` for every node, in order.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Point


def outline(text: str) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []

    def walk(node: Point, depth: int) -> None:
        rows.append((depth, node.marker, node.heading))
        for child in node.points:
            walk(child, depth + 1)

    for speech in govspeech.parse(text).speeches:
        for part in speech.parts:
            walk(part, 1)
    return rows


OUTLINES = [
    pytest.param(
        "开幕讲话\n同志们:\n一、加强领导\n总书记强调:“一要坚持稳中求进;二要坚持改革创新。”我们要落实。\n二、强化考核\n正文。",
        [(1, "一、", "加强领导"), (1, "二、", "强化考核")],
        id="list-inside-a-quotation-is-not-the-speechs",
    ),
    pytest.param(
        "开幕讲话\n同志们:\n一、加强领导\n我们要(一是抓项目;二是抓投资)。一是抓落实。二是抓考核。",
        [(1, "一、", "加强领导"), (2, "一是", "抓落实"), (2, "二是", "抓考核")],
        id="list-inside-brackets-is-not-the-speechs",
    ),
    pytest.param(
        "开幕讲话\n同志们:\n一、抓好春耕\n三、四月份是关键期,要抓紧。第一、二产业要协调。\n二、抓好防汛\n正文。",
        [(1, "一、", "抓好春耕"), (1, "二、", "抓好防汛")],
        id="numerals-listed-with-dun-are-not-markers",
    ),
    pytest.param(
        "开幕讲话\n同志们:\n一、加强领导\n正文。\n二、强化考核\n正文。再次感谢大家!最后一公里要打通。",
        [(1, "一、", "加强领导"), (1, "二、", "强化考核")],
        id="adverbs-zaici-zuihou-without-comma",
    ),
    pytest.param(
        "开幕讲话\n同志们:\n第一部分 过去一年工作回顾\n一、经济发展\n⑴工业。⑵农业。\n第二部分 今年工作安排\n一、稳增长",
        [(1, "第一部分", "过去一年工作回顾"), (2, "一、", "经济发展"), (3, "⑴", "工业"), (3, "⑵", "农业"),
         (1, "第二部分", "今年工作安排"), (2, "一、", "稳增长")],
        id="report-sections-above-parts",
    ),
    pytest.param(
        "开幕讲话\n同志们:\n一、坚持创新驱动,增强发展动力\n正文。\n二、坚持协调发展,补齐发展短板\n正文。\n"
        "三、坚持绿色发展,建设美丽家园,打造生态宜居城市\n正文。",
        [(1, "一、", "坚持创新驱动,增强发展动力"), (1, "二、", "坚持协调发展,补齐发展短板"),
         (1, "三、", "坚持绿色发展,建设美丽家园,打造生态宜居城市")],
        id="a-longer-heading-on-its-own-line-is-not-glued",
    ),
    pytest.param(
        "讲话\r\n同志们:\r\n一、甲\r\n二、乙\r\n",
        [(1, "一、", "甲"), (1, "二、", "乙")],
        id="windows-line-ends",
    ),
    pytest.param(
        "讲话\r同志们:\r一、甲\r二、乙",
        [(1, "一、", "甲"), (1, "二、", "乙")],
        id="old-mac-line-ends",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLINES)
def test_genre_outline(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert outline(text) == expected


def test_genre_address_inside_a_speech_opens_no_speech() -> None:
    text = (
        "开幕讲话\n同志们:\n一、关于去年\n在这里,我要提醒同志们:要保持清醒头脑。\n二、关于今年\n任务重。\n"
        "同志们、朋友们:\n新的一年,我们要努力。"
    )
    doc = govspeech.parse(text)
    assert len(doc.speeches) == 1
    assert [p.marker for p in doc.speeches[0].parts] == ["一、", "二、"]


def test_genre_untitled_salutation_after_a_close_opens_a_speech() -> None:
    text = "讲话一\n同志们:\n一、甲\n甲。\n同志们,让我们努力奋斗!\n同志们:\n这次全会很重要。\n一、乙"
    doc = govspeech.parse(text)
    assert [(s.title, s.salutation) for s in doc.speeches] == [("讲话一", "同志们"), (None, "同志们")]
    assert text[doc.speeches[1].start:].startswith("同志们:\n这次全会")


def test_genre_any_addressee_list_is_a_salutation() -> None:
    text = "在全县招商大会上的讲话\n同志们:\n一、甲\n甲。\n在全县招商大会上的致辞\n尊敬的各位企业家朋友:\n一、乙\n二、丙"
    doc = govspeech.parse(text)
    assert [s.title for s in doc.speeches] == ["在全县招商大会上的讲话", "在全县招商大会上的致辞"]
    assert doc.speeches[1].salutation == "尊敬的各位企业家朋友"


def test_genre_tongzhimen_inside_the_last_part_is_not_the_closing() -> None:
    text = (
        "开幕讲话\n同志们:\n一、甲\n甲。\n二、抓落实\n要抓落实。\n同志们,抓落实关键在人。\n要完善考核机制。\n"
        "要强化督查。\n要严格问责。\n同志们,让我们共同努力!"
    )
    speech = govspeech.parse(text).speeches[0]
    assert [s.text for s in speech.closing] == ["同志们,让我们共同努力!"]
    assert "同志们,抓落实关键在人。" in [s.text for s in speech.parts[1].sentences]


def test_genre_first_line_without_title_words_is_preamble() -> None:
    speech = govspeech.parse("今天我们召开全县经济工作会议\n主要任务是总结。\n一、甲").speeches[0]
    assert speech.title is None
    assert speech.preamble[0].text == "今天我们召开全县经济工作会议"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("年度讲话篇一\n今天开会。\n一、甲\n二、乙\n年度讲话篇二\n今天开会。\n一、丙", ["年度讲话", "年度讲话"]),
        ("表态发言【1】\n同志们:\n甲。\n表态发言【2】\n同志们:\n乙。", ["表态发言", "表态发言"]),
        ("领导讲话范文1\n今天开会。\n一、甲\n领导讲话范文2\n今天开会。\n一、丙", ["领导讲话范文", "领导讲话范文"]),
    ],
    ids=["pian-chinese-numeral", "bracketed-number", "fanwen-number"],
)
def test_genre_site_numbered_titles_split_speeches(text: str, titles: list[str]) -> None:
    assert [s.title for s in govspeech.parse(text).speeches] == titles


FRAME_OUTLINES = [
    pytest.param(
        "讲话\n同志们:\n一、抓投资\n一方面要争取上级资金。另一方面要以项目拉动投资。第三要以招商吸引投资。\n二、抓产业\n正文。",
        [(1, "一、", "抓投资"), (2, "一方面", "要争取上级资金"), (2, "另一方面", "要以项目拉动投资"),
         (2, "第三", "要以招商吸引投资"), (1, "二、", "抓产业")],
        id="third-after-one-side-and-the-other",
    ),
    pytest.param(
        "讲话\n同志们:\n一、回顾\n这一年发生了三件大事:一是召开了全县党代会,二是完成了换届,三是通过了规划。\n二、安排\n正文。",
        [(1, "一、", "回顾"), (1, "二、", "安排")],
        id="inline-first-item-without-its-second-is-prose",
    ),
    pytest.param(
        "报告\n各位代表:\n一、回顾\n(一)抓投资。全年投资增长。\n(二)抓民生。民生持续改善,就业稳定增长。\n"
        "各位代表!成绩来之不易,主要做法是:一是坚持党的领导。二是坚持人民至上。\n二、安排\n正文。",
        [(1, "一、", "回顾"), (2, "(一)", "抓投资"), (2, "(二)", "抓民生"), (2, "一是", "坚持党的领导"),
         (2, "二是", "坚持人民至上"), (1, "二、", "安排")],
        id="addressed-paragraph-closes-a-run-on-point",
    ),
    pytest.param(
        "报告\n同志们:\n一、总体要求\n(一)坚持稳中求进。全县要稳。\n(二)坚持不懈用\n\n新思想凝心铸魂。全县要学。\n"
        "(三)坚持人民至上。全县要干。\n二、安排\n正文。",
        [(1, "一、", "总体要求"), (2, "(一)", "坚持稳中求进"), (2, "(二)", "坚持不懈用新思想凝心铸魂"),
         (2, "(三)", "坚持人民至上"), (1, "二、", "安排")],
        id="heading-cut-by-the-layout",
    ),
    pytest.param(
        "关于印发某县项目管理办法的通知\n各乡镇:\n现将办法印发给你们,请遵照执行。\n"
        "(一)总体要求\n1.坚持统筹。\n2.坚持节约。\n(二)主要措施\n3.加强审批。\n4.加强监管。\n"
        "附件\n某县项目管理办法\n1.适用范围。\n2.职责分工。",
        [(1, "(一)", "总体要求"), (2, "1.", "坚持统筹"), (2, "2.", "坚持节约"), (1, "(二)", "主要措施"),
         (2, "3.", "加强审批"), (2, "4.", "加强监管"), (2, "1.", "适用范围"), (2, "2.", "职责分工")],
        id="official-document-numbers-run-on-across-sections",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAME_OUTLINES)
def test_genre_frame_outline(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert outline(text) == expected


# GUIDE §2: numbers that are not markers. A numeral followed by 、 and the next numeral
# lists numerals (二、三次产业); a decimal broken by a space in exported text (24. 3亿元)
# is a quantity.
def test_genre_a_question_inside_a_part_is_no_part() -> None:
    text = "讲话\n同志们:\n一、关于认识\n我讲两点,第一个问题是认识问题。正文。第二个问题是落实问题。正文。\n二、关于落实\n正文。"
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (1, "二、")]


def test_genre_points_before_a_count_are_no_broken_decimals() -> None:
    # 1. 3个重点项目 opens a point with its count; 24. 3亿元, ending its clause, is a decimal
    doc = govspeech.parse("讲话\n同志们:\n今年重点抓好几件事:1. 3个重点项目开工;2. 5个园区提档升级。")
    assert [node.marker for node in doc.walk()] == ["1.", "2."]
    assert [q.value for q in doc.indicators] == [3, 5]


def test_genre_a_speech_in_questions() -> None:
    # 讲三个问题: 第一个问题, 第二个问题 are the speech's parts, with their own points below
    text = ("讲话\n同志们:\n今天我讲三个问题。\n第一个问题,关于过去一年的工作。正文。\n(一)经济平稳。正文。\n"
            "(二)民生改善。正文。\n第二个问题,关于今年的工作。正文。\n")
    assert outline(text) == [(1, "第一个问题,", "关于过去一年的工作"), (2, "(一)", "经济平稳"),
                             (2, "(二)", "民生改善"), (1, "第二个问题,", "关于今年的工作")]


NOT_MARKER_OUTLINES = [
    pytest.param(
        "报告\n各位代表:\n一、经济平稳增长\n地区生产总值增长6%;二、三次产业比例由40:60调整为35:65;财政收入增长8%。\n"
        "二、民生持续改善\n正文。",
        [(1, "一、", "经济平稳增长"), (1, "二、", "民生持续改善")],
        id="consecutive-numerals-list-industries",
    ),
    pytest.param(
        "报告\n各位代表:\n一、房地产市场平稳\n一、二线城市房价企稳。二、三线城市去库存加快。\n二、就业形势稳定\n正文。",
        [(1, "一、", "房地产市场平稳"), (1, "二、", "就业形势稳定")],
        id="consecutive-numerals-list-city-tiers",
    ),
    pytest.param(
        "讲话\n同志们:\n一、一季度工作开局良好\n(一)经济运行稳中有进。正文。\n(二)项目建设提速。正文。",
        [(1, "一、", "一季度工作开局良好"), (2, "(一)", "经济运行稳中有进"), (2, "(二)", "项目建设提速")],
        id="same-numeral-after-marker-is-a-heading",
    ),
    pytest.param(
        "报告\n各位代表:\n一、二〇二三年工作回顾\n正文。\n二、二〇二四年工作安排\n正文。",
        [(1, "一、", "二〇二三年工作回顾"), (1, "二、", "二〇二四年工作安排")],
        id="year-in-chinese-numerals-after-marker-is-a-heading",
    ),
    pytest.param(
        "报告\n各位代表:\n一、财政收入稳步增长\n全年一般公共预算收入\n24. 3亿元,增长6. 5%,其中税收收入\n1. 04亿美元。\n"
        "二、民生持续改善\n正文。",
        [(1, "一、", "财政收入稳步增长"), (1, "二、", "民生持续改善")],
        id="decimal-broken-by-a-space-at-line-start",
    ),
    pytest.param(
        "报告\n各位代表:\n一、今年主要任务\n1. 2024年要抓好项目建设。正文。\n2. 2025年要抓好产业升级。正文。",
        [(1, "一、", "今年主要任务"), (2, "1.", "2024年要抓好项目建设"), (2, "2.", "2025年要抓好产业升级")],
        id="marker-before-a-year-stays-a-marker",
    ),
    pytest.param(
        "报告\n各位代表:\n一、经济发展\n正文。\n二、三农工作扎实推进\n正文。\n三、五大行动成效明显\n正文。"
        "\n四、五大行动深入实施\n正文。",
        [(1, "一、", "经济发展"), (1, "二、", "三农工作扎实推进"), (1, "三、", "五大行动成效明显"),
         (1, "四、", "五大行动深入实施")],
        id="heading-opening-with-a-numbered-slogan",
    ),
    pytest.param(
        "报告\n各位代表:\n一、今年主要任务\n1. 10万亩高标准农田建设\n正文。\n2. 20万亩林地\n正文。",
        [(1, "一、", "今年主要任务"), (2, "1.", "10万亩高标准农田建设"), (2, "2.", "20万亩林地")],
        id="marker-before-an-amount-heading-stays-a-marker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_MARKER_OUTLINES)
def test_genre_numbers_that_are_not_markers(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert outline(text) == expected
