"""Outlines of pages that lost their layout (GUIDE §1–§2): run-in parts, spaced markers,
tables of contents, restarted lists, news run-ins and hard-wrapped headings."""

from __future__ import annotations

import govspeech
from govspeech.models import Point

# A paragraph of review prose with no marker in it, long enough that a page holding it on
# one line is a page whose line breaks were lost.
REVIEW = (
    "今年以来,全县上下认真落实县委决策部署,经济运行总体平稳、稳中有进。"
    "农业生产保持稳定,粮食播种面积稳中有增,特色产业不断壮大。"
    "工业经济持续回升,重点企业生产经营状况明显好转,园区承载能力进一步增强。"
    "城乡面貌发生新变化,道路、供水、污水处理等基础设施短板加快补齐。"
    "民生保障持续加强,教育、医疗、养老等公共服务水平稳步提升。"
    "这些成绩的取得,是全县干部群众团结奋斗的结果。"
)


def _outline(text: str) -> list[tuple[str, int, str]]:
    """(marker, depth, heading) of every node of the first speech, in document order."""
    found: list[tuple[str, int, str]] = []

    def walk(points: list[Point], depth: int) -> None:
        for p in points:
            found.append((p.marker, depth, p.heading))
            walk(p.points, depth + 1)

    doc = govspeech.parse(text)
    walk(doc.speeches[0].parts, 1)
    return found


def _shape(text: str) -> list[tuple[str, int]]:
    return [(marker, depth) for marker, depth, _ in _outline(text)]


# ------------------------------------------------------------ lone inline first items


def test_announced_first_part_on_a_run_in_page_opens_a_part() -> None:
    text = (
        "县委书记在全县经济工作会议上的讲话\n同志们:今天召开全县经济工作会议,主要任务是总结工作、部署任务。"
        "下面,我讲三点意见:一、认清形势,坚定信心。" + REVIEW + "一是项目建设加快推进。二是产业结构持续优化。" + REVIEW
    )
    assert _shape(text) == [("一、", 1), ("一是", 2), ("二是", 2)]
    assert _outline(text)[0][2] == "认清形势,坚定信心"


def test_run_in_first_section_with_its_own_points_opens_a_part() -> None:
    # no announcement: the points under the section marker show it heads a part
    text = (
        "各位代表:现在,我代表县人民政府向大会报告工作,请予审议。一、2025年工作回顾。"
        + REVIEW + "一是产业发展提质增效。" + REVIEW + "二是城乡建设成效明显。" + REVIEW
    )
    assert _shape(text) == [("一、", 1), ("一是", 2), ("二是", 2)]


def test_rhetorical_first_point_after_an_announcement_on_a_run_in_page() -> None:
    text = (
        "同志们:受县委主要领导委托,我就当前重点工作讲两个方面意见。 第一,要全力冲刺全年目标任务。"
        + REVIEW + " (1)抓好指标冲刺。各部门要对照目标查漏补缺。 (2)抓好项目攻坚。" + REVIEW
    )
    assert _shape(text) == [("第一,", 1), ("(1)", 2), ("(2)", 2)]


def test_lone_inline_first_item_in_a_short_text_stays_prose() -> None:
    # a short paragraph is no run-in page: its lone 一、 is a list inside a sentence
    text = "同志们:\n今年的任务很重,主要是:一、稳住经济基本盘。一是抓项目。二是抓招商。\n大家要努力。"
    assert _shape(text) == [("一是", 1), ("二是", 1)]


def test_lone_inline_first_item_after_a_comma_on_a_run_in_page_stays_prose() -> None:
    text = "同志们:" + REVIEW + "我们要把握好重点,一、二季度要抓开局。" + REVIEW + "一是抓项目。二是抓招商。" + REVIEW
    assert _shape(text) == [("一是", 1), ("二是", 1)]


def test_run_in_parts_after_a_preamble_list_stay_parts() -> None:
    text = (
        "同志们:今天召开全县推进高质量发展大会。本次大会基于三个考量。其一,是落实上级部署的要求;"
        "其二,是破解发展难题的需要;其三,是凝聚干事合力的举措。" + REVIEW
        + "一、深刻把握形势任务,增强抢抓机遇的紧迫感。" + REVIEW + "(一)正视短板差距。" + REVIEW
        + "(二)看清外部压力。" + REVIEW + "二、聚焦重点任务,全力推动项目建设。" + REVIEW
    )
    assert _shape(text) == [
        ("其一,", 1), ("其二,", 1), ("其三,", 1), ("一、", 1), ("(一)", 2), ("(二)", 2), ("二、", 1),
    ]


# ------------------------------------------------------------ contents


def test_table_of_contents_lines_open_no_nodes() -> None:
    text = (
        "2025年度某县农业农村局部门预算\n目 录\n第一部分 部门概况………………………………3\n"
        "一、主要职能…………………………………………3\n二、机构设置…………………………………………5\n"
        "第二部分 部门预算情况说明………………………8\n第三部分 附表…………………………………12\n"
        "一、收支预算总表\n二、收入预算表\n\n"
        "第一部分 部门概况\n一、主要职能\n负责全县农业农村发展规划的编制和实施。\n"
        "二、机构设置\n本部门内设机构六个。\n第二部分 部门预算情况说明\n本年收入预算一千万元。"
    )
    shape = _outline(text)
    assert [(m, d) for m, d, _ in shape] == [
        ("第一部分", 1), ("一、", 2), ("二、", 2), ("第二部分", 1),
    ]
    assert all("…" not in heading for _, _, heading in shape)


def test_news_sentence_listing_a_reports_sections_gives_no_nodes() -> None:
    text = (
        "本报讯 市长代表市政府作政府工作报告。报告分为四个部分:一、过去五年工作回顾;二、今后五年的目标任务;"
        "三、今年重点工作;四、加强政府自身建设。报告指出,过去五年全市经济实力明显增强。"
    )
    assert _shape(text) == []


# ------------------------------------------------------------ restarts and news run-ins


def test_restarted_ordinals_nest_under_the_point_that_holds_them() -> None:
    text = (
        "二、突出重点抓落实\n县长提出三点要求。首先,要认清形势。第二,要明确任务。第一,抓住机遇。"
        "要主动作为。第二,以人为本。要补齐短板。第三,着眼长远。要做好规划。第三,要振奋精神。\n"
        "三、加强组织领导\n各部门要履职尽责。"
    )
    assert _shape(text) == [
        ("二、", 1), ("首先,", 2), ("第二,", 2), ("第一,", 3), ("第二,", 3), ("第三,", 3), ("第三,", 2), ("三、", 1),
    ]


def test_restart_inside_a_line_start_ordinal_part_nests() -> None:
    text = (
        "同志们:\n首先,我们要认清形势,增强紧迫感。全年任务依然艰巨。\n"
        "第二,要明确任务,全力推进各项工作。第一,抓住机遇,创新突破。要主动服务。第二,以人为本,惠民利民。"
        "要补短板。第三,着眼长远,夯实基础。要谋长远。\n第三,要振奋精神,狠抓落实。"
    )
    assert _shape(text) == [
        ("首先,", 1), ("第二,", 1), ("第一,", 2), ("第二,", 2), ("第三,", 2), ("第三,", 1),
    ]


def test_news_run_in_after_a_reporting_verb_keeps_its_first_point() -> None:
    text = (
        "会议指出,全会主题鲜明、部署有力。会议要求,一是要聚焦重点工作,科学谋划明年任务。各部门要抓紧落实。\n"
        "二是要坚持新发展理念,增进民生福祉。\n三是要加强党的建设,锻造过硬队伍。"
    )
    assert _shape(text) == [("一是", 1), ("二是", 1), ("三是", 1)]


def test_reported_first_word_opens_the_parts() -> None:
    text = (
        "县委书记指出,首先,必须统一思想认识。一是提高站位,二是把握大局,三是压实责任。"
        "第二,必须深化改革创新。各部门要主动作为。第三,必须坚持从严从实。"
    )
    # 一是 (its 二是 follows a comma) is the first point's own; 第二 carries on 首先
    assert _shape(text) == [("首先,", 1), ("一是", 2), ("第二,", 1), ("第三,", 1)]


# ------------------------------------------------------------ pages joined by spaces


def test_space_separated_page_keeps_its_sections_and_their_points() -> None:
    text = (
        "某高新区2024年工作总结和2025年工作安排 一、2024年工作回顾 2024年是园区升级后的开局之年,"
        "也是各项事业全面提升的重要一年。一年来,园区紧紧围绕建设一流园区的目标,推动各项工作深入开展。 "
        "(一)抢抓机遇,开创新局面 园区成功升级为国家级高新区,是发展历程中具有里程碑意义的大事。"
        "我们抓住升级契机,开拓进取,开创了良好的工作局面。发展方向进一步明确,功能定位更加清晰。 "
        "(二)狠抓招商,增强发展后劲 全年引进项目三十个,其中超亿元项目五个,产业集聚效应初步显现。"
        "园区配套不断完善,服务水平持续提升,营商环境得到企业普遍认可。 "
        "二、2025年工作安排 今年是承上启下的关键一年,要抓好三件大事。"
    )
    assert _outline(text) == [
        ("一、", 1, "2024年工作回顾"),
        ("(一)", 2, "抢抓机遇,开创新局面"),
        ("(二)", 2, "狠抓招商,增强发展后劲"),
        ("二、", 1, "2025年工作安排"),
    ]


def test_space_separated_page_cut_after_its_first_section() -> None:
    text = (
        "某镇2024年工作总结 一、2024年工作回顾 " + REVIEW + "回顾全年工作,主要有以下几个方面: "
        "(一)坚持项目为王,全力提振经济活力。" + REVIEW
    )
    assert _shape(text) == [("一、", 1), ("(一)", 2)]


def test_space_inside_a_pdf_heading_is_no_paragraph_break() -> None:
    # a PDF puts spaces around numbers and Latin letters; the heading goes on past them
    text = "同志们:" + REVIEW + "下面,我讲三点意见。 一、确保全年增长 6%以上,推动 X 镇高质量发展。" + REVIEW
    # (normalisation drops the space before 6%; the one around X stays)
    assert _outline(text)[0][2] == "确保全年增长6%以上,推动 X 镇高质量发展"


def test_spaced_numbers_in_a_short_text_open_nothing() -> None:
    text = "今年的目标是:全年增长 一、二季度平稳,三季度加快。\n各部门要抓好落实。"
    assert _shape(text) == []


# ------------------------------------------------------------ hard-wrapped headings

WRAPPED_BODY = (
    "今天我们召开街道党工委扩大会议,主要任务是传\n"
    "达学习上级经济工作会议精神,全面分析当前我们\n"
    "街道面临的经济形势,研究部署明年经济工作的总\n"
    "体思路和重点任务。刚才,有关同志已经将各级会\n"
    "议的核心精神向大家作了传达,希望同志们认真领\n"
    "会,深刻把握。下面,结合街道实际,我讲三点意\n"
    "见。\n"
)


def test_heading_hard_wrapped_by_a_pdf_line_goes_on_to_the_next_line() -> None:
    text = (
        "在街道党工委扩大会议上的讲话\n同志们:\n" + WRAPPED_BODY
        + "一、提高站位,准确把握新时代经济工作的方向\n指引\n"
        + "学习贯彻经济工作会议精神,首要的是学深悟透、\n融会贯通,从全局的高度把握其精神实质。\n"
        + "二、突出重点,扎实推进街道各项工作任务落实\n"
        + "明年是关键之年,各项工作任务十分繁重,我们要\n以更大的力度推进重点工作。\n"
    )
    assert [heading for _, _, heading in _outline(text)] == [
        "提高站位,准确把握新时代经济工作的方向指引",
        "突出重点,扎实推进街道各项工作任务落实",
    ]


def test_short_heading_before_a_short_line_of_an_unwrapped_page_stays() -> None:
    text = (
        "在全镇大会上的讲话\n同志们:\n今年工作任务很重。\n大家要努力。\n"
        "一、总体要求\n稳中求进\n要坚持稳字当头。\n二、重点工作\n抓项目。\n"
    )
    assert [heading for _, _, heading in _outline(text)] == ["总体要求", "重点工作"]
