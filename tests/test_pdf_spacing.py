"""Spaces a PDF or ebook export puts around figures (GUIDE §1, layout damage).

``增长 5%``, ``2024 年``, ``134.9 万亿元``: the spaces are deleted through the offset map, so
the normalised text reads as typed prose and every offset still points into the input.
"""

from __future__ import annotations

import pytest
from _invariants import check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govspeech
from govspeech.parser.normalize import normalize

# (raw, normalised)
SPACED_FIGURES = [
    ("全市生产总值达到 2345.6 亿元、增长 5.2%。", "全市生产总值达到2345.6亿元、增长5.2%。"),
    ("二、2025 年工作安排", "二、2025年工作安排"),
    ("——2024 年 1 月 18 日在市第十六届人民代表大会上", "——2024年1月18日在市第十六届人民代表大会上"),
    ("城镇新增就业 1.3 万人,建成 5G 基站 2600 个。", "城镇新增就业1.3万人,建成 5G 基站2600个。"),
    ("庆祝建区 30 周年,用 3 个月完成整治。", "庆祝建区30周年,用3个月完成整治。"),
    ("引进项目 12,000 个", "引进项目12,000个"),
    ("全年完成投资\t46 亿元", "全年完成投资46亿元"),
]

# Real separators and spaces beside no figure stay.
KEPT = [
    "2024 2025",  # a table's columns
    "1 2 3",  # a list
    "GDP grew by 5 %",  # English text
    "The GDP of 2024 年",  # a Latin word before the number
    "市政府工作报告 2024 各位代表",  # a number with no unit
    "完成 3-5 个重点项目",  # a range is kept as written
    "一、2023年工作回顾 2023年是极不平凡的一年",  # a heading glued to its text
    "市融媒体中心 3月5日讯",  # a space on one side only
]


@pytest.mark.parametrize(("raw", "normalised"), SPACED_FIGURES)
def test_pdf_spacing_spaces_around_figures_deleted(raw: str, normalised: str) -> None:
    source, noise = normalize(raw)
    assert source.text == normalised
    assert noise == []
    # the kept characters still map onto themselves in the input
    assert all(raw[source.to_original(i)] == ch for i, ch in enumerate(source.text))


@pytest.mark.parametrize("text", KEPT)
def test_pdf_spacing_real_separators_kept(text: str) -> None:
    assert " ".join(normalize(text)[0].text.split()) == text


def test_pdf_spacing_space_beside_boilerplate_kept() -> None:
    # the space parts a page counter from the text, not a figure from its word
    raw = "同志们:\n全年经济平稳运行\n第 2 页 共 5 页 3 月份以来增速加快。"
    source, noise = normalize(raw)
    assert [n.kind for n in noise] == ["page_counter"]
    assert source.text.endswith("\n 3月份以来增速加快。")


def test_pdf_spacing_figures_read_with_change_and_period() -> None:
    raw = (
        "各位代表:\n一、2024 年工作回顾\n"
        "地区生产总值达到 2345.6 亿元、增长 5.2%,城镇新增就业 1.3 万人。\n"
    )
    indicators = govspeech.parse(raw).indicators
    figures = {raw[i.start:i.end]: i for i in indicators if i.start is not None}
    # offsets enclose each figure as written in the input, spaces and all
    gdp = figures["2345.6 亿元"]
    assert gdp.value == pytest.approx(2345.6) and gdp.unit == "亿元"
    assert gdp.name == "地区生产总值"
    assert gdp.period == "2024年"
    assert gdp.change is not None and gdp.change.direction == "up"
    assert raw[gdp.change.start:gdp.change.end] == "5.2%"
    jobs = figures["1.3 万人"]
    assert jobs.value == pytest.approx(1.3) and jobs.unit == "万人"


def test_pdf_spacing_heading_and_sentence_text_joined() -> None:
    raw = "各位代表:\n一、2024 年工作回顾\n全市生产总值增长 5.2%。\n"
    part = govspeech.parse(raw).speeches[0].parts[0]
    assert part.heading == "2024年工作回顾"
    sentence = part.sentences[-1]
    assert sentence.text == "全市生产总值增长5.2%。"
    assert raw[sentence.start:sentence.end] == "全市生产总值增长 5.2%。"


def test_pdf_spacing_subtitle_date_read() -> None:
    raw = "市政府工作报告\n——2024 年 1 月 18 日在市第十六届人民代表大会第四次会议上\n市长 王某\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n"
    speech = govspeech.parse(raw).speeches[0]
    assert speech.date == "2024年1月18日"


# A page exported from a PDF: every full line breaks wherever the page ended.
WRAPPED_PAGE = (
    "各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议，并请县政\n"
    "协委员和其他列席人员提出意见。\n"
    "一、2025 年工作回顾\n"
    "过去一年，面对复杂严峻的外部环境，全县上下团结一心、攻坚克\n"
    "难，经济社会发展主要目标任务顺利完成。全县地区生产总值达到\n"
    "286.5 亿元、增长 6.1%，一般公共预算收入 18.2 亿元，城乡居民人\n"
    "均可支配收入分别增长 5.3%和 7.1%，经济运行总体平稳、稳中有\n"
    "进。\n"
    "二、2026 年工作安排\n"
    "今年是“十五五”规划的开局之年，做好政府工作意义重大。全县\n"
    "经济社会发展的主要预期目标是：地区生产总值增长 6%左右。\n"
)


def test_pdf_spacing_wrapped_lines_read_as_one_sentence() -> None:
    speech = govspeech.parse(WRAPPED_PAGE).speeches[0]
    assert [p.heading for p in speech.parts] == ["2025年工作回顾", "2026年工作安排"]
    sentences = [s.text for s in speech.iter_sentences()]
    assert "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。" in sentences
    assert "过去一年,面对复杂严峻的外部环境,全县上下团结一心、攻坚克难,经济社会发展主要目标任务顺利完成。" in sentences
    assert "今年是“十五五”规划的开局之年,做好政府工作意义重大。" in sentences
    assert "全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。" in sentences


def test_pdf_spacing_figure_after_a_wrap_keeps_its_name_and_offsets() -> None:
    indicators = govspeech.parse(WRAPPED_PAGE).indicators
    gdp = next(i for i in indicators if i.value == pytest.approx(286.5))
    assert gdp.name == "地区生产总值"
    assert WRAPPED_PAGE[gdp.start:gdp.end] == "286.5 亿元"
    assert gdp.change is not None and WRAPPED_PAGE[gdp.change.start:gdp.change.end] == "6.1%"
    sentences = govspeech.parse(WRAPPED_PAGE).speeches[0].iter_sentences()
    sentence = next(s for s in sentences if s.text.startswith("全县地区"))
    # the sentence spans the wrapped lines of the input
    assert WRAPPED_PAGE[sentence.start:sentence.end].startswith("全县地区生产总值达到\n286.5 亿元")


# Pages whose line breaks are real: paragraphs of every length, a sentence on each line,
# headings of one width, English text wrapped between words.
UNWRAPPED_PAGES = [
    "同志们:\n"
    "今年以来,全区上下认真贯彻落实市委、市政府决策部署,坚持稳中求进工作总基调,经济运行总体平稳\n"
    "一是项目建设提速\n"
    "全年实施重点项目120个,完成投资85亿元,其中新开工项目46个,竣工投产项目38个,项目建设呈现量质齐升的良好态势\n"
    "二是营商环境优化\n"
    "深化“放管服”改革,政务服务事项全部实现网上可办,企业开办时间压缩至半天以内,市场主体活力进一步激发,新登记\n"
    "市场主体1.2万户\n",
    "同志们:\n"
    "一年来,全县经济运行稳中有进,主要指标好于预期。\n"
    "农业生产保持稳定,粮食总产量连续五年稳定在高位。\n"
    "工业经济加快转型,规模以上工业增加值较快增长。\n"
    "服务业持续回暖,消费市场活力进一步增强了许多。\n"
    "民生保障有力有效,城乡居民收入稳步增长了不少。\n",
    "目录\n"
    "坚持稳中求进工作总基调推动经济高质量发展取得新成效\n"
    "坚持创新驱动发展战略加快构建现代化产业体系不动摇\n"
    "坚持以人民为中心的发展思想持续保障和改善民生福祉\n"
    "坚持全面从严治党不断提高政府治理能力和治理水平呀\n"
    "坚持深化改革开放持续激发市场主体活力和社会创造力\n",
    "Report on the Work of the Government, delivered at the\n"
    "Third Session of the Fourteenth National People's Con\n"
    "gress, on behalf of the State Council, by the Premier,\n"
    "who reviewed the work of the past year and set targets,\n"
    "and who described the major tasks for the coming year.\n",
]


@pytest.mark.parametrize("text", UNWRAPPED_PAGES)
def test_pdf_spacing_real_line_breaks_kept(text: str) -> None:
    assert normalize(text)[0].text.count("\n") == text.count("\n")


def test_pdf_spacing_wrap_stops_before_a_marker_or_an_indented_line() -> None:
    lines = [
        "过去一年,面对复杂严峻的外部环境,全县上下团结一心、攻坚克",
        "难,经济社会发展主要目标任务顺利完成,全县地区生产总值达到",
        "三百亿元,一般公共预算收入稳步增长,城乡居民收入持续增加,民",
        "(一)生持续改善,全县上下团结一心、攻坚克难,各项事业全面进步,",
        "  以上成绩的取得,是全县人民团结奋斗的结果,在此表示衷心感谢,",
        "并请县政协委员和其他列席人员提出意见,全县上下团结一心。",
    ]
    text = "\n".join(lines)
    normalised = normalize(text)[0].text
    assert normalised.count("\n") == 2
    assert "攻坚克难," in normalised and "民\n(一)" in normalised and ",\n  以上" in normalised


# Pieces of exported pages: spaced figures and dates, full stops typed as points, lines
# of one width that break mid-sentence, markers and boilerplate between them.
LAYOUT_PIECES = [
    "\n", " ", "\t", "。", ",", "、", "一、", "(二)", "1.", "2024 年", "3 月 5 日", "增长 5%",
    "134.9 万亿元", "24. 3 亿元", "9。5%", "373。15亿元,", "完成目标。5月份", "2024 2025", "GDP 5 %",
    "第 2 页 共 5 页", "现在,我代表市人民政府向大会报告工作,请予审议,并请市政",
    "过去一年,面对复杂严峻的外部环境,全市上下团结一心、攻坚克",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LAYOUT_PIECES), min_size=1, max_size=50).map("".join))
def test_pdf_spacing_parse_keeps_its_invariants(text: str) -> None:
    check(text, govspeech.parse(text))
