"""Review of the page frames: watermarks, contents lines and pages run into one line."""

from __future__ import annotations

import govspeech
from _invariants import check
from _work import growth


def _headings(doc: govspeech.Document) -> list[str]:
    return [p.heading for s in doc.speeches for part in s.parts for p in [part, *part.points]]


def test_heading_repeated_under_contents_is_no_watermark() -> None:
    # a heading ending in 之家 stands in the contents and again in the body: a heading, not a
    # site's name stamped twice
    text = (
        "目录\n一、2023年工作回顾\n二、2024年工作安排\n(一)建好用好职工之家\n"
        "各位代表:\n一、2023年工作回顾\n全县地区生产总值增长9.4%。\n"
        "二、2024年工作安排\n(一)建好用好职工之家\n新建职工驿站10个。\n(二)织密社会保障网\n扩大参保覆盖面。\n"
    )
    doc = govspeech.parse(text)
    check(text, doc)
    assert "建好用好职工之家" in _headings(doc)
    assert not [n for n in doc.noise if n.kind == "watermark"]


def test_site_name_repeated_is_still_a_watermark() -> None:
    text = "同志们:\n公文汇,办公文档之家\n今年要抓好三件事。\n公文汇,办公文档之家\n一是稳增长。二是保民生。\n"
    doc = govspeech.parse(text)
    check(text, doc)
    assert len([n for n in doc.noise if n.kind == "watermark"]) == 2


def test_flat_page_of_spaced_section_markers_is_linear() -> None:
    def page(reps: int) -> str:
        return "工作安排 一、加强领导 " * reps  # one line, a first item after every space

    # each first item once read every later one: four times the page was sixteen times the work
    assert growth(page, govspeech.parse, 300) < 5
    text = page(2000)
    check(text, govspeech.parse(text))


def test_many_contents_lines_are_linear() -> None:
    def page(reps: int) -> str:
        return "一、部门职责………4\n说明。\n" * reps  # a contents line, then prose, many times

    assert growth(page, govspeech.parse, 300) < 5  # each marker once read every contents line
    text = page(2000)
    check(text, govspeech.parse(text))


def test_unclosed_style_block_is_read() -> None:
    # a style sheet's brace left open over a long line (its rate: bench.py's pathological inputs)
    text = "p {" + "color: red; " * 2000 + "\n同志们:\n一、加强领导。\n二、抓好落实。\n"
    doc = govspeech.parse(text)
    check(text, doc)
    assert [p.marker for p in doc.speeches[0].parts] == ["一、", "二、"]


def test_style_sheet_left_in_text_is_markup() -> None:
    text = "同志们:\np { line-height: 115%; } span { color: blue; }\n一、加强领导。\n二、抓好落实。\n"
    doc = govspeech.parse(text)
    check(text, doc)
    assert [text[n.start : n.end].strip() for n in doc.noise if n.kind == "markup"] == [
        "p { line-height: 115%; } span { color: blue; }"
    ]


def test_headings_of_a_flat_page_end_at_their_own_words() -> None:
    from govspeech.parser.outline.headings import heading_span

    # each heading of a page run into one line reads only its neighbourhood (its rate over
    # a long line: bench.py's spaced markers)
    unit = "要抓好。一、加强领导工作 要抓好落实。"
    text = unit * 2000
    for k in range(0, 2000, 2):
        start = k * len(unit) + 6
        span = heading_span(text, start, start + len(unit) - 2, True, True)
        assert text[span[0] : span[1]] == "加强领导工作"


def test_body_headings_right_under_the_contents_open_points() -> None:
    text = (
        "某县财政局2024年部门决算\n目录\n第一部分 部门概况……………………4\n第二部分 决算情况说明………………11\n"
        "第一部分 部门概况\n一、部门职责\n负责全县财政收支管理。\n二、机构设置\n内设机构8个。\n"
        "第二部分 决算情况说明\n一、收入支出决算总体情况\n收入总计1200万元,比上年增长5%。\n"
    )
    doc = govspeech.parse(text)
    check(text, doc)
    tree = [(p.marker, [c.marker for c in p.points]) for p in doc.speeches[0].parts]
    assert tree == [("第一部分", ["一、", "二、"]), ("第二部分", ["一、"])]


def test_government_name_over_its_report_title_is_not_joined_to_it() -> None:
    text = (
        "某某县人民政府\n\n政府工作报告\n\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n\n县长 张三\n\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2023年工作回顾\n全县地区生产总值增长5%。\n"
        "二、2024年工作安排\n要抓好落实。\n"
    )
    doc = govspeech.parse(text)
    check(text, doc)
    assert doc.speeches[0].title == "政府工作报告"  # not 某某县人民政府政府工作报告


def test_body_name_over_a_bare_report_title_is_joined() -> None:
    text = "某某市人民代表大会常务委员会\n\n工作报告\n\n各位代表:\n现在,我代表常务委员会报告工作。\n一、回顾\n好。\n二、安排\n干。\n"
    doc = govspeech.parse(text)
    check(text, doc)
    assert doc.speeches[0].title == "某某市人民代表大会常务委员会工作报告"
