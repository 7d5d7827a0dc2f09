"""The outline of a speech (GUIDE §2): markers, logical depth, headings, closing."""

from __future__ import annotations

import pytest

import govspeech
from govspeech.models import Document, Point
from govspeech.parser.normalize import normalize
from govspeech.parser.outline.levels import assign_levels
from govspeech.parser.outline.scan import scan_markers
from _fixtures import FixtureCase, fixture_params

# ---------------------------------------------------------------------------- markers


def _opening_markers(text: str) -> list[str]:
    """``marker number`` of every marker that opens a point, as the fixture writes them."""
    text = normalize(text)[0].text
    levelled = assign_levels(scan_markers(text), text)
    return [f"{lm.marker.text} {lm.marker.number}" for lm in levelled]


@pytest.mark.parametrize("case", fixture_params("markers.txt"))
def test_outline_markers_fixture(case: FixtureCase) -> None:
    assert _opening_markers(case.input) == case.expected_lines


# Every style opens a point at a line start, at a sentence start, and after ：/；.
STYLE_MARKERS = [
    "第一部分", "一、", "(一)", "㈠", "1.", "1、", "(1)", "1)", "⑴", "①", "第一,", "一是", "一要", "其一,",
    "首先,", "一方面,", "——",
]
BOUNDARIES = {"line": "", "sentence": "正文。", "colon": "要求:", "semicolon": "正文;", "indent": "\u3000\u3000"}


@pytest.mark.parametrize("boundary", sorted(BOUNDARIES))
@pytest.mark.parametrize("marker", STYLE_MARKERS)
def test_outline_marker_opens_at_boundary(marker: str, boundary: str) -> None:
    text = BOUNDARIES[boundary] + marker + "加强组织领导"
    found = scan_markers(normalize(text)[0].text)
    assert [(m.text, m.start) for m in found] == [(marker, len(BOUNDARIES[boundary]))]


# Confusables (GUIDE §2) never open a point, wherever they stand.
NOT_MARKERS = [
    "第一要务", "第一批", "第一能力", "这一要求", "统一是", "唯一", "1+3", "3月26日", "2.3万人",
    "(2024年1月5日)", "表态讲话(一):", "比如,", "例如,", "再如,", "另外,", "此外,", "同时,", "其中,",
]


@pytest.mark.parametrize("boundary", sorted(BOUNDARIES))
@pytest.mark.parametrize("word", NOT_MARKERS)
def test_outline_confusable_is_not_a_marker(word: str, boundary: str) -> None:
    text = BOUNDARIES[boundary] + word + "加强组织领导。"
    assert scan_markers(text) == []


def test_outline_confusables_in_a_speech_open_no_point() -> None:
    text = (
        "一、坚持发展第一要务\n"
        "发展是第一要务。要引进第一批项目,增强第一能力。这一要求必须落实,统一是前提,唯一的办法是实干。"
        "实施1+3战略。3月26日召开全会。新增就业2.3万人。比如,加强领导。另外,强化考核。"
        "此外,严格问责。同时,营造氛围。其中,重点是项目。\n"
        "二、坚持改革创新\n正文。"
    )
    (speech,) = govspeech.parse(text).speeches
    assert [(p.marker, p.points) for p in speech.parts] == [("一、", []), ("二、", [])]


# ---------------------------------------------------------------------------- levels


def _outline(doc: Document) -> list[tuple[int, str, int | None, str]]:
    """(depth, marker, number, heading) of every node, as the gold files list them."""
    out: list[tuple[int, str, int | None, str]] = []

    def walk(node: Point, depth: int) -> None:
        out.append((depth, node.marker, node.number, node.heading))
        for child in node.points:
            walk(child, depth + 1)

    for speech in doc.speeches:
        for part in speech.parts:
            walk(part, 1)
    return out


LEVEL_CASES = [
    pytest.param(
        "一、坚持理念建区\n正文。\n二、坚持实体强区\n正文。\n三、坚持创新活区\n正文。\n"
        "(四)坚持惠民福区\n正文。\n(五)坚持依法治区\n正文。\n六、坚持精神立区\n正文。",
        [(1, "一、", 1, "坚持理念建区"), (1, "二、", 2, "坚持实体强区"), (1, "三、", 3, "坚持创新活区"),
         (1, "(四)", 4, "坚持惠民福区"), (1, "(五)", 5, "坚持依法治区"), (1, "六、", 6, "坚持精神立区")],
        id="styles-switch-mid-sequence",
    ),
    pytest.param(
        "一、坚持理念建区\n(一)统筹理念。正文。\n(二)统筹目标。正文。\n二、坚持实体强区\n正文。\n"
        "三、坚持创新活区\n(一)建设园区。正文。\n(二)打造集聚区。正文。\n(四)坚持惠民福区\n正文。",
        [(1, "一、", 1, "坚持理念建区"), (2, "(一)", 1, "统筹理念"), (2, "(二)", 2, "统筹目标"),
         (1, "二、", 2, "坚持实体强区"), (1, "三、", 3, "坚持创新活区"), (2, "(一)", 1, "建设园区"),
         (2, "(二)", 2, "打造集聚区"), (1, "(四)", 4, "坚持惠民福区")],
        id="switched-style-continues-parts-not-points",
    ),
    pytest.param(
        "一、加强领导\n正文。\n三、强化考核\n正文。\n四、严格问责\n正文。",
        [(1, "一、", 1, "加强领导"), (1, "三、", 3, "强化考核"), (1, "四、", 4, "严格问责")],
        id="skipped-number",
    ),
    pytest.param(
        "一、加强领导\n(一)统一思想\n正文。\n(二)压实责任\n正文。\n二、强化考核\n(一)完善制度\n正文。\n(二)严格奖惩\n正文。",
        [(1, "一、", 1, "加强领导"), (2, "(一)", 1, "统一思想"), (2, "(二)", 2, "压实责任"),
         (1, "二、", 2, "强化考核"), (2, "(一)", 1, "完善制度"), (2, "(二)", 2, "严格奖惩")],
        id="official-hierarchy-restarts-under-each-part",
    ),
    pytest.param(
        "(一)统一思想\n正文:一是提高认识。二是凝聚共识。\n(二)压实责任\n正文:一是明确分工。二是强化督查。",
        [(1, "(一)", 1, "统一思想"), (2, "一是", 1, "提高认识"), (2, "二是", 2, "凝聚共识"),
         (1, "(二)", 2, "压实责任"), (2, "一是", 1, "明确分工"), (2, "二是", 2, "强化督查")],
        id="restarted-inline-lists",
    ),
    pytest.param(
        "第一,加强领导。领导很重要:一是统一思想。二是压实责任。\n第二,强化考核。考核很重要。\n第三,严格问责。问责很重要。",
        [(1, "第一,", 1, "加强领导"), (2, "一是", 1, "统一思想"), (2, "二是", 2, "压实责任"),
         (1, "第二,", 2, "强化考核"), (1, "第三,", 3, "严格问责")],
        id="ordinal-top-level-forms-parts",
    ),
    pytest.param(
        "一要着眼大局抓落实。正文。\n二要强化引领抓落实。正文。\n三要聚焦问题抓落实。正文。",
        [(1, "一要", 1, "着眼大局抓落实"), (1, "二要", 2, "强化引领抓落实"), (1, "三要", 3, "聚焦问题抓落实")],
        id="verb-top-level-forms-parts",
    ),
    pytest.param(
        "回顾去年工作:一是经济平稳增长。正文。二是民生持续改善。正文。\n一、加强领导\n正文。\n二、强化考核\n正文。",
        [(1, "一是", 1, "经济平稳增长"), (1, "二是", 2, "民生持续改善"),
         (1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核")],
        id="list-before-first-part-is-top-level",
    ),
    pytest.param(
        "首先,我们的压力空前加大。正文。\n其次,我们的平台更高了。正文。\n一、加强领导\n正文。\n二、强化考核\n正文。",
        [(1, "首先,", 1, "我们的压力空前加大"), (1, "其次,", 2, "我们的平台更高了"),
         (1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核")],
        id="sequence-words-before-first-part-are-top-level",
    ),
    pytest.param(
        "——综合经济实力进一步增强。正文。\n——改革开放步伐进一步加快。正文。\n一、加强领导\n正文。\n二、强化考核\n正文。",
        [(1, "——", None, "综合经济实力进一步增强"), (1, "——", None, "改革开放步伐进一步加快"),
         (1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核")],
        id="dash-review-before-first-part-is-top-level",
    ),
    pytest.param(
        "一、加强领导\n正文。\n二、强化考核\n正文。\n最后,就当前工作我再强调几点。\n一要抓好安全生产。正文。\n二要抓好信访维稳。正文。",
        [(1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核"), (1, "最后,", None, "就当前工作我再强调几点"),
         (2, "一要", 1, "抓好安全生产"), (2, "二要", 2, "抓好信访维稳")],
        id="zuihou-after-last-part-is-top-level",
    ),
    pytest.param(
        "一、加强领导\n正文。\n二、强化考核\n正文。\n以上四点意见,请大家认真落实。为此,我再强调三点。\n"
        "一要提高认识。正文。\n二要加强领导。正文。\n三要狠抓落实。正文。",
        [(1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核"), (1, "一要", 1, "提高认识"),
         (1, "二要", 2, "加强领导"), (1, "三要", 3, "狠抓落实")],
        id="list-after-yishang-is-top-level",
    ),
    pytest.param(
        "一、坚持理念建区\n我们要用好三个规律:一是市场规律。要尊重规律。二是城市规律。要遵循规律。\n二、坚持实体强区\n正文。",
        [(1, "一、", 1, "坚持理念建区"), (2, "一是", 1, "市场规律"), (2, "二是", 2, "城市规律"),
         (1, "二、", 2, "坚持实体强区")],
        id="inline-points-under-part",
    ),
    pytest.param(
        "一、坚持理念建区\n(一)统筹目标\n正文:一要设定目标。二要推进目标。\n(二)统筹规律\n正文。\n二、坚持实体强区\n正文。",
        [(1, "一、", 1, "坚持理念建区"), (2, "(一)", 1, "统筹目标"), (3, "一要", 1, "设定目标"),
         (3, "二要", 2, "推进目标"), (2, "(二)", 2, "统筹规律"), (1, "二、", 2, "坚持实体强区")],
        id="inline-points-under-point",
    ),
    pytest.param(
        "一、坚持理念建区\n——要立足于实,统筹理念。正文。\n——要专心于做,统筹目标。正文:一要设定目标。二要推进目标。\n"
        "二、坚持实体强区\n正文。",
        [(1, "一、", 1, "坚持理念建区"), (2, "——", None, "要立足于实,统筹理念"),
         (2, "——", None, "要专心于做,统筹目标"), (3, "一要", 1, "设定目标"), (3, "二要", 2, "推进目标"),
         (1, "二、", 2, "坚持实体强区")],
        id="dash-points-with-inline-children",
    ),
    pytest.param(
        "一、强化开拓创新\n正文。\n首先,要树立全局意识。正文。\n二是要开拓进取。正文。\n三是要集思广益。正文。\n二、狠抓工作落实\n正文。",
        [(1, "一、", 1, "强化开拓创新"), (2, "首先,", 1, "要树立全局意识"), (2, "二是", 2, "要开拓进取"),
         (2, "三是", 3, "要集思广益"), (1, "二、", 2, "狠抓工作落实")],
        id="sequence-word-continued-by-verb-markers",
    ),
    pytest.param(
        "一、加强领导\n(一)要增强责任感。正文:一方面,要承担重担。正文。另一方面,要抢抓机遇。正文。\n二、强化考核\n正文。",
        [(1, "一、", 1, "加强领导"), (2, "(一)", 1, "要增强责任感"), (3, "一方面,", 1, "要承担重担"),
         (3, "另一方面,", 2, "要抢抓机遇"), (1, "二、", 2, "强化考核")],
        id="fangmian-under-point",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_CASES)
def test_outline_levels(text: str, expected: list[tuple[int, str, int | None, str]]) -> None:
    assert _outline(govspeech.parse(text)) == expected


# ---------------------------------------------------------------------------- headings

# (text, headings of every node in document order)
HEADING_CASES = [
    pytest.param("一、坚持稳中求进\n正文。\n二、坚持改革创新\n正文。", ["坚持稳中求进", "坚持改革创新"], id="own-line"),
    pytest.param(
        "一、坚持稳中求进:\n正文。\n二、坚持改革创新,\n正文。\n三、坚持开放合作;\n正文。\n四、坚持绿色发展。\n正文。",
        ["坚持稳中求进", "坚持改革创新", "坚持开放合作", "坚持绿色发展"],
        id="trailing-punctuation-stripped",
    ),
    pytest.param(
        "一是必须坚定不移地推进经济发展。发展是第一要务。\n二是必须切实维护群众利益。利益是根本。",
        ["必须坚定不移地推进经济发展", "必须切实维护群众利益"],
        id="running-text-up-to-full-stop",
    ),
    pytest.param(
        "一是燕郊的经济领先地位能否保持?正文。\n二是四十万人的公共服务需求能否保证!正文。",
        ["燕郊的经济领先地位能否保持", "四十万人的公共服务需求能否保证"],
        id="running-text-up-to-question-or-exclamation",
    ),
    pytest.param(
        "工作要求:一是加强领导;二是强化考核;三是严格问责。",
        ["加强领导", "强化考核", "严格问责"],
        id="semicolon-before-next-marker",
    ),
    pytest.param(
        "一是加强领导,压实责任;完善制度,健全机制。正文。\n二是强化考核。正文。",
        ["加强领导,压实责任;完善制度,健全机制", "强化考核"],
        id="semicolon-without-marker-does-not-end-heading",
    ),
    pytest.param(
        "一、抓落实,就要改进作风、求真务实\n正文。\n二、抓落实,就要敢于担当、率先垂范\n正文。\n"
        "三、抓落实,就要讲究方法、善做善成党员领导干部抓好工作落实不能蛮干。\n"
        "四、抓落实,就要明确责任、强化保障\n正文。",
        ["抓落实,就要改进作风、求真务实", "抓落实,就要敢于担当、率先垂范",
         "抓落实,就要讲究方法、善做善成", "抓落实,就要明确责任、强化保障"],
        id="glued-heading-recovered-from-siblings",
    ),
    pytest.param(
        "一、堅持發(fā)展第一要務\n正文。\n二、堅持改革創新\n正文。",
        ["坚持发展第一要务", "坚持改革创新"],
        id="heading-normalised",
    ),
    pytest.param(
        "（一）加强领导：\n正文。\n（二）强化考核；\n正文。",
        ["加强领导", "强化考核"],
        id="heading-full-width-folded",
    ),
    pytest.param(
        "一、坚持开放带动,努力打造活力**\n正文。\n二、___书记要带头\n正文。\n三、发展XX产业,××镇要带头\n正文。",
        ["坚持开放带动,努力打造活力**", "___书记要带头", "发展XX产业,××镇要带头"],
        id="anonymised-names-are-ordinary-text",
    ),
]


@pytest.mark.parametrize(("text", "headings"), HEADING_CASES)
def test_outline_headings(text: str, headings: list[str]) -> None:
    assert [heading for _, _, _, heading in _outline(govspeech.parse(text))] == headings


def test_outline_heading_is_not_repeated_in_body_of_glued_sibling() -> None:
    text = "一、坚持稳中求进\n正文。\n二、坚持改革创新\n正文。"
    (speech,) = govspeech.parse(text).speeches
    assert [p.sentences[-1].text for p in speech.parts] == ["正文。", "正文。"]


# ---------------------------------------------------------------------------- closing

CLOSING_CASES = [
    pytest.param(
        "一、加强领导\n正文。\n二、强化考核\n正文。\n同志们,任务艰巨。让我们共同奋斗!",
        ["同志们,任务艰巨。", "让我们共同奋斗!"],
        id="tongzhimen",
    ),
    pytest.param(
        "一、加强领导\n正文。\n二、强化考核\n正文。\n各位委员、同志们,让我们共同奋斗!",
        ["各位委员、同志们,让我们共同奋斗!"],
        id="geweiweiyuan-tongzhimen",
    ),
    pytest.param(
        "一、加强领导\n正文。\n二、强化考核\n正文。\n同志们,任务艰巨。\n让我们共同奋斗!",
        ["同志们,任务艰巨。", "让我们共同奋斗!"],
        id="closing-runs-to-speech-end",
    ),
]


@pytest.mark.parametrize(("text", "closing"), CLOSING_CASES)
def test_outline_closing_not_inside_last_part(text: str, closing: list[str]) -> None:
    (speech,) = govspeech.parse(text).speeches
    assert [s.text for s in speech.closing] == closing
    last = speech.parts[-1]
    assert last.end <= speech.closing[0].start
    assert all("同志们" not in s.text for s in last.iter_sentences())


def test_outline_tongzhimen_inside_a_part_is_not_closing() -> None:
    text = "一、加强领导\n同志们,领导很重要。正文。\n二、强化考核\n正文。"
    (speech,) = govspeech.parse(text).speeches
    assert speech.closing == []
    assert [s.text for s in speech.parts[0].sentences] == ["一、加强领导", "同志们,领导很重要。", "正文。"]


# ---------------------------------------------------------------------------- offsets

def test_outline_node_offsets_start_at_marker_in_original() -> None:
    text = "學習啦>實用範文>\n一、堅持發(fā)展\n正文。\n（二）強化考核\n正文:一是統一思想。二是壓實責任。"
    doc = govspeech.parse(text)
    starts = {(n.marker, text[n.start:n.start + len(n.marker)]) for sp in doc.speeches for p in sp.parts for n in p.walk()}
    assert starts == {("一、", "一、"), ("(二)", "（二）"), ("一是", "一是"), ("二是", "二是")}


def test_outline_node_spans_nest() -> None:
    text = "一、加强领导\n(一)统一思想\n正文:一是提高认识。二是凝聚共识。\n(二)压实责任\n正文。\n二、强化考核\n正文。"
    (speech,) = govspeech.parse(text).speeches
    for part in speech.parts:
        for node in part.walk():
            for child in node.points:
                assert node.start <= child.start <= child.end <= node.end
    assert speech.parts[0].end <= speech.parts[1].start


# ---------------------------------------------------------------------------- page fragments

PAGE_FRAGMENT_TEXT = (
    "一、加强领导\n"
    "各级党组织要集中时间、集中精力,采取自学和集中学习等多种形式,原原本本学习全会的各种文件,领会掌握全会的基本\n"
    "2、精神。各级领导班子成员特别是主要领导要以身作则,先学一步,学深一点,做学以致用的表率,要精心组织、周密\n"
    "3、安排,把学习纳入培训计划。\n"
    "二、强化考核\n正文。"
)


def test_outline_page_fragment_numbers_are_not_points() -> None:
    # GUIDE §1: numbers a site puts on the fragments of a cut paragraph are not points
    doc = govspeech.parse(PAGE_FRAGMENT_TEXT)
    assert _outline(doc) == [(1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核")]
    first = doc.speeches[0].parts[0]
    assert [s.text for s in first.sentences][1:] == [
        "各级党组织要集中时间、集中精力,采取自学和集中学习等多种形式,原原本本学习全会的各种文件,领会掌握全会的基本精神。",
        "各级领导班子成员特别是主要领导要以身作则,先学一步,学深一点,做学以致用的表率,要精心组织、周密安排,把学习纳入培训计划。",
    ]
    fragments = [PAGE_FRAGMENT_TEXT[n.start:n.end].strip() for n in doc.noise]
    assert fragments == ["2、", "3、"]


def test_outline_numbered_lines_after_sentence_end_are_points() -> None:
    text = (
        "一、加强领导\n"
        "1、统一思想。各级党组织要集中时间、集中精力,采取自学和集中学习等多种形式,原原本本学习全会的各种文件。\n"
        "2、压实责任。各级领导班子成员特别是主要领导要以身作则,先学一步,学深一点,做学以致用的表率。\n"
        "二、强化考核\n正文。"
    )
    assert _outline(govspeech.parse(text)) == [
        (1, "一、", 1, "加强领导"), (2, "1、", 1, "统一思想"), (2, "2、", 2, "压实责任"), (1, "二、", 2, "强化考核"),
    ]


# ---------------------------------------------------------------------------- a single part

# GUIDE §2: the top level of enumeration is the parts, whatever its style. A speech (or an
# excerpt) that numbers only one section keeps it as its part, with the lower-ranked list
# after it as its points. (text, outline, kind of each top-level node)
SINGLE_PART_CASES = [
    pytest.param(
        "一、2023年工作回顾\n(一)经济运行稳中向好\n正文。\n(二)民生福祉持续增进\n正文。",
        [(1, "一、", 1, "2023年工作回顾"), (2, "(一)", 1, "经济运行稳中向好"), (2, "(二)", 2, "民生福祉持续增进")],
        ["part"],
        id="paren-points",
    ),
    pytest.param(
        "一、过去一年工作回顾\n一是项目建设提速。正文。\n二是营商环境优化。正文。\n三是城乡面貌改善。正文。",
        [(1, "一、", 1, "过去一年工作回顾"), (2, "一是", 1, "项目建设提速"), (2, "二是", 2, "营商环境优化"),
         (2, "三是", 3, "城乡面貌改善")],
        ["part"],
        id="verb-points",
    ),
    pytest.param(
        "一、坚持稳增长,经济总量稳步扩大\n——工业经济回升向好。正文。\n——重点项目加快推进。正文。",
        [(1, "一、", 1, "坚持稳增长,经济总量稳步扩大"), (2, "——", None, "工业经济回升向好"),
         (2, "——", None, "重点项目加快推进")],
        ["part"],
        id="dash-points",
    ),
    pytest.param(
        "一、开发区主要工作成果\n1.经济指标稳步增长。正文。\n2.招商引资成效明显。正文。",
        [(1, "一、", 1, "开发区主要工作成果"), (2, "1.", 1, "经济指标稳步增长"), (2, "2.", 2, "招商引资成效明显")],
        ["part"],
        id="arabic-points",
    ),
    pytest.param(
        "一、亮点工作回顾\n(一)聚焦高质量发展\n一是经济指标持续增长。正文。\n二是市场主体量质提升。正文。",
        [(1, "一、", 1, "亮点工作回顾"), (2, "(一)", 1, "聚焦高质量发展"), (3, "一是", 1, "经济指标持续增长"),
         (3, "二是", 2, "市场主体量质提升")],
        ["part"],
        id="lone-point-then-list",
    ),
    pytest.param(
        "——综合实力明显增强。正文。\n——发展活力持续释放。正文。\n一、今年工作安排\n(一)稳住经济大盘\n正文。\n(二)抓好项目建设\n正文。",
        [(1, "——", None, "综合实力明显增强"), (1, "——", None, "发展活力持续释放"), (1, "一、", 1, "今年工作安排"),
         (2, "(一)", 1, "稳住经济大盘"), (2, "(二)", 2, "抓好项目建设")],
        ["list", "list", "part"],
        id="review-list-before-single-part",
    ),
    pytest.param(
        "2、领会精神实质\n一是统一思想。正文。\n二是压实责任。正文。",
        [(1, "2、", 2, "领会精神实质"), (1, "一是", 1, "统一思想"), (1, "二是", 2, "压实责任")],
        ["list", "part", "part"],
        id="lone-arabic-line-heads-no-part",
    ),
]


@pytest.mark.parametrize(("text", "expected", "kinds"), SINGLE_PART_CASES)
def test_outline_single_part_holds_the_list_after_it(
    text: str, expected: list[tuple[int, str, int | None, str]], kinds: list[str]
) -> None:
    doc = govspeech.parse(text)
    assert _outline(doc) == expected
    assert [p.kind for p in doc.speeches[0].parts] == kinds


# GUIDE §1: a site's fragment number before text that goes on from a cut sentence
# (``2、、促改革”…``, ``3、,精神。``): no point's heading starts with punctuation.
FRAGMENT_CONTINUES_CASES = [
    pytest.param(
        "报告\n各位代表:\n一、加强领导\n各级党组织要统筹推进“稳增长\n2、、促改革”各项工作,确保取得实效。\n二、强化考核\n正文。",
        id="dun-after-number",
    ),
    pytest.param(
        "报告\n各位代表:\n一、加强领导\n领会掌握全会的基本\n\n3、,精神。各级领导班子成员要以身作则。\n二、强化考核\n正文。",
        id="comma-after-number",
    ),
]


@pytest.mark.parametrize("text", FRAGMENT_CONTINUES_CASES)
def test_outline_fragment_number_before_punctuation_is_not_a_point(text: str) -> None:
    assert _outline(govspeech.parse(text)) == [(1, "一、", 1, "加强领导"), (1, "二、", 2, "强化考核")]


# GUIDE §1: a document site's notice to its readers (温馨提示: 1.… 2.…) numbers no points.
SITE_NOTICE_CASES = [
    pytest.param(
        "关于安全生产的讲话\n温馨提示:\n1. 本文档由用户上传,版权归属用户。\n2. 下载前请仔细阅读文档内容。\n"
        "同志们:\n一、提高认识\n正文。\n二、压实责任\n正文。",
        [(1, "一、", 1, "提高认识"), (1, "二、", 2, "压实责任")],
        id="before-the-speech",
    ),
    pytest.param(
        "关于安全生产的讲话\n同志们:\n一是提高认识。正文。\n二是压实责任。正文。\n"
        "温馨提示:\n1、文档预览可能显示错乱,下载后无此问题。\n2、本站只负责整理代发布。",
        [(1, "一是", 1, "提高认识"), (1, "二是", 2, "压实责任")],
        id="after-the-speech",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_NOTICE_CASES)
def test_outline_site_notice_list_is_not_the_speechs(
    text: str, expected: list[tuple[int, str, int | None, str]]
) -> None:
    assert _outline(govspeech.parse(text)) == expected
