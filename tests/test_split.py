"""Splitting a file into speeches (GUIDE §1 "Several speeches in one file")."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from _invariants import check
from test_parse_invariants import SETTINGS

import govspeech
from govspeech.parser.lines import LineTable, line_opening, split_lines
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


# A speech on a web page: where it starts and ends by the shape of its title block and of
# what follows its close, whatever the site (GUIDE §1).
PAGE = (
    "分享:\n某县2025年政府工作报告\n"  # the page's own headline, above its breadcrumb
    "首页\n>\n政务公开\n>\n政府工作报告\n"
    "某县2025年政府工作报告\n"
    "2025年1月8日在某县第十届人民代表大会第五次会议上 某县县长 张三\n"
    "时间：\n2025-01-10 09:20\n来源：\n某县人民政府\n"
    "县长张三作政府工作报告\n"
    "各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
    "一、过去一年工作回顾\n全县经济平稳增长。\n二、今年工作安排\n全年要抓好项目建设。\n"
    "各位代表!让我们团结一心,为建设美丽某县而努力奋斗!\n"
    "扫一扫在手机打开当前页\n"
)


def test_split_page_speech_starts_at_nearest_title() -> None:
    (speech,) = govspeech.parse(PAGE).speeches
    assert speech.start == PAGE.index("某县2025年政府工作报告\n2025年")
    assert speech.title == "某县2025年政府工作报告"
    assert (speech.date, speech.speaker) == ("2025年1月8日", "某县县长 张三")
    assert speech.meeting == "某县第十届人民代表大会第五次会议"
    assert speech.salutation == "各位代表"
    assert PAGE[speech.end - 10:speech.end] == "美丽某县而努力奋斗!"
    assert [p.heading for p in speech.parts] == ["过去一年工作回顾", "今年工作安排"]


def test_split_page_chrome_and_headline_are_noise() -> None:
    doc = govspeech.parse(PAGE)
    kinds = {PAGE[n.start:n.end].split("\n")[0]: n.kind for n in doc.noise}
    assert kinds["首页"] == "breadcrumb" and kinds["来源："] in ("meta", "byline")
    assert kinds["扫一扫在手机打开当前页"] == "toolbar"
    assert kinds["某县2025年政府工作报告"] in ("nav", "meta")


TITLE_BLOCK_CASES = [
    pytest.param(
        "县长张三作政府工作报告。 某县融媒体中心记者 李四 摄\n政府工作报告\n"
        "(2025年1月8日在某县第十届人民代表大会第五次会议上)\n县长 张三\n各位代表:\n现在我代表县人民政府报告工作。",
        "政府工作报告", "政府工作报告",
        id="photo-caption-above-title",
    ),
    pytest.param(
        "坚定信心 真抓实干\n奋力开创高质量发展新局面\n——在全县三级干部大会上的讲话\n(2025年2月1日)\n李四\n"
        "同志们:\n今天召开大会。",
        "坚定信心 真抓实干", "坚定信心 真抓实干 奋力开创高质量发展新局面",
        id="slogan-title-over-two-lines",
    ),
    pytest.param(
        "县委书记在全县经济工作\n会议上的讲话\n同志们:\n今天召开会议。",
        "县委书记在全县经济工作", "县委书记在全县经济工作会议上的讲话",
        id="title-split-over-two-lines",
    ),
    pytest.param(
        "政 府 工 作 报 告\n----2025年1月8日在某区第五届人民代表大会第三次会议上\n某区人民政府区长  王 五\n"
        "各位代表:\n现在我代表区人民政府报告工作。",
        "政 府 工 作 报 告", "政府工作报告",
        id="letter-spaced-title",
    ),
    pytest.param(
        "县长在全县安全生产工作会议上的讲话.docx\n同志们:\n今天召开会议。",
        "县长在全县安全生产工作会议上的讲话.docx", "县长在全县安全生产工作会议上的讲话",
        id="file-name-title",
    ),
    # page metadata beside the title is no title: the title is the line that names the speech
    pytest.param(
        "某某网 > 讲话稿 > 区长在全区工作会议上的讲话\n\n区长在全区工作会议上的讲话\n\n"
        "11-05 | 移动端:区长在全区工作会议上的讲话\n同志们:\n今天开会。",
        "区长在全区工作会议上的讲话", "区长在全区工作会议上的讲话",
        id="mobile-link-line-under-title",
    ),
    pytest.param(
        "乡镇工作报告\n\n03-12 09:10:45  浏览次数:52次  栏目:工作报告\n"
        "标签:工作报告,乡镇工作报告,http://www.example.com\n各位代表:\n现在我代表镇政府报告工作。",
        "乡镇工作报告", "乡镇工作报告",
        id="tag-line-under-title",
    ),
    pytest.param(
        "TA的每日心情 | 开心 2024-5-6 08:10 |\n---|\n签到天数: 9 天\n|\n某区2024年政府工作报告\n"
        "——在区第五届人民代表大会第三次会议上\n区长 某某\n各位代表:\n现在我代表区政府报告工作。",
        "某区2024年政府工作报告", "某区2024年政府工作报告",
        id="forum-signature-and-bars-above-title",
    ),
    pytest.param(
        "[县委书记在全县]县长在全县经济工作会议上的讲话\n同志们:\n今天开会。",
        "县长在全县经济工作会议上的讲话", "县长在全县经济工作会议上的讲话",
        id="bracketed-link-glued-before-title",
    ),
    pytest.param(
        "开发区招商工作会议讲话\n时间:2023-04-01 10:00:00\n"
        "导语:开发区招商工作会议讲话一文来源于网友上传,不代表本站观点,欢迎参考。\n同志们:\n今天开会。",
        "开发区招商工作会议讲话", "开发区招商工作会议讲话",
        id="site-lead-in-under-title",
    ),
    pytest.param(
        "|\n副市长某某报告全市重点工作进展(某某社 某某摄) |\n"
        "某某社某市5月3日电 副市长某某今天报告了全市重点工作进展情况。\n全年完成投资100亿元。",
        "某某社某市5月3日电 副市长某某今天报告了全市重点工作进展情况。", None,
        id="photo-caption-is-no-title",
    ),
]


@pytest.mark.parametrize(("text", "first_line", "title"), TITLE_BLOCK_CASES)
def test_split_title_block_by_shape(text: str, first_line: str, title: str | None) -> None:
    (speech,) = govspeech.parse(text).speeches
    assert text[speech.start:].split("\n", 1)[0] == first_line
    assert speech.title == title


def test_split_notes_after_a_bulletin_are_not_points() -> None:
    text = (
        "某市2025年国民经济和社会发展统计公报\n某市统计局\n(2026年3月1日)\n"
        "2025年,全市经济运行总体平稳。\n一、综合\n全年地区生产总值1000亿元。\n二、农业\n粮食产量50万吨。\n"
        "注释:\n1.本公报部分数据为初步统计数。\n2.生产总值按不变价格计算。\n资料来源:某市统计局。"
    )
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.start == 0 and speech.title == "某市2025年国民经济和社会发展统计公报"
    assert [p.marker for p in speech.parts] == ["一、", "二、"]
    assert text[speech.end - 9:speech.end] == "粮食产量50万吨。"
    notes = [n for n in doc.noise if n.kind == "notes"]
    assert len(notes) == 1 and text[notes[0].start:notes[0].end].startswith("注释:")
    assert text[notes[0].start:notes[0].end].endswith("资料来源:某市统计局。")


APPENDED_CASES = [
    pytest.param(
        "全市新闻简讯\n3月5日,全市召开经济运行分析会。会议强调:\n一、要稳增长。\n二、要调结构。\n"
        "三、要惠民生。\n四、要防风险。",
        id="news-item-with-its-own-parts",
    ),
    pytest.param("张三同志简历\n张三,男,汉族,1970年1月生,大学学历。", id="profile"),
    pytest.param("上一篇：全县召开安全生产会议\n下一篇：县长调研重点项目", id="page-links"),
]


@pytest.mark.parametrize("appended", APPENDED_CASES)
def test_split_article_appended_after_the_close_is_not_speech(appended: str) -> None:
    speech_text = (
        "在全县经济工作会议上的讲话\n同志们:\n今天召开会议。\n一、抓项目\n项目很重要。\n二、抓招商\n招商很重要。\n"
        "同志们,让我们共同努力,为全县经济高质量发展而奋斗!\n"
    )
    text = speech_text + appended
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.end == len(speech_text) - 1
    assert [p.marker for p in speech.parts] == ["一、", "二、"]
    assert all(n.kind != "outside" for n in doc.noise)


def test_split_signature_under_the_close_stays_in_the_speech() -> None:
    text = "关于做好春节期间工作的通知\n各乡镇:\n一、抓好安全。\n二、抓好值班。\n请各地认真抓好落实,确保节日祥和平安!\n某县人民政府\n2025年1月20日"
    (speech,) = govspeech.parse(text).speeches
    assert speech.end == len(text)


def test_split_digests_of_several_speakers_are_separate_speeches() -> None:
    text = (
        "关于印发全县工作会议领导讲话摘要的通知\n各乡镇、各部门:\n现将领导讲话摘要印发给你们,请认真学习。\n"
        "县委书记李四的讲话摘要\n今年要抓好项目建设。一要抓开工。二要抓进度。\n"
        "县长王五的讲话摘要\n今年要抓好招商引资。一要抓签约。二要抓落地。"
    )
    doc = govspeech.parse(text)
    assert [sp.title for sp in doc.speeches] == ["县委书记李四的讲话摘要", "县长王五的讲话摘要"]
    assert [sp.start for sp in doc.speeches] == [text.index("县委书记李四"), text.index("县长王五的")]


def test_split_numbered_digest_titles_listed_in_a_row() -> None:
    """A digest title that cannot open a speech (no body text since the last one) is read
    as any other line: 二、…讲话摘要 is a numbered title, and the next one still opens."""
    text = "一、县委书记李四的讲话摘要\n二、县长王五的讲话摘要\n三、县长赵六的讲话摘要\n今年要抓好项目建设。\n"
    doc = govspeech.parse(text)
    assert [(sp.title, sp.start) for sp in doc.speeches] == [
        ("县委书记李四的讲话摘要", 0),
        ("县长赵六的讲话摘要", text.index("三、")),
    ]


def test_split_page_fragments_give_no_points_and_keep_the_title() -> None:
    text = (
        "县长在全县经济工作会议上的讲话\n"
        "1、县长在全县经济工作会议上的讲话同志们:今天我们召开全县经济工作会议,主要任务是总结去年工作,"
        "部署今年任务。一、抓项目。项目是发展的生命线,各乡镇要集中时间、集\n"
        "2、中精力抓好项目建设,确保重点项目按期开工,全年完成固定资产投资一百亿元以上。二、抓招商。招商引资是县域经济发展的重\n"
        "3、要引擎,要坚持以商招商、产业链招商,引进一批大项目好项目,不断壮大县域经济实力。"
    )
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.start == 0 and speech.title == "县长在全县经济工作会议上的讲话"
    assert speech.salutation == "同志们"
    assert [(p.marker, p.heading) for p in speech.parts] == [("一、", "抓项目"), ("二、", "抓招商")]
    assert [n.kind for n in doc.noise] == ["page_fragment"] * 3


def test_split_page_parses_in_linear_time() -> None:
    """A page of many chrome lines and one long line: no pattern backtracks."""
    from _work import growth

    def page(n: int) -> str:
        return ("首页\n>\n新闻\n" * n) + "同志们:\n" + "今天开会" * (10 * n) + "\n" + "1、" + "甲" * 50 + "\n"

    assert growth(page, govspeech.parse, 100) < 5


def test_split_news_lead_between_title_and_salutation_is_noise() -> None:
    text = (
        "某县2025年政府工作报告\n——2025年1月8日在某县第十届人民代表大会第五次会议上\n"
        "1月8日,某县第十届人民代表大会第五次会议开幕。县长张三作政府工作报告。\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。"
    )
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.start == 0 and speech.salutation == "各位代表"
    assert speech.preamble[0].text == "现在,我代表县人民政府向大会报告工作。"
    assert [n.kind for n in doc.noise] == ["lead"]


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        ("在全县三级干部大会上的讲话 - 某某范文网", "在全县三级干部大会上的讲话"),
        ("在全县三级干部大会上的讲话【全文】", "在全县三级干部大会上的讲话"),
        ("在全县三级干部大会上的讲话.doc", "在全县三级干部大会上的讲话"),
    ],
)
def test_split_title_without_site_marks(title_line: str, title: str) -> None:
    (speech,) = govspeech.parse(f"{title_line}\n同志们:\n今天召开大会。").speeches
    assert speech.title == title and speech.start == 0


def test_split_site_name_above_a_title_is_not_part_of_it() -> None:
    text = "某县人民政府网\n关于做好春节期间工作的通知\n各乡镇:\n一、抓好安全。\n二、抓好值班。"
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.start == text.index("关于") and speech.title == "关于做好春节期间工作的通知"
    assert [(n.kind, text[n.start:n.end]) for n in doc.noise] == [("nav", "某县人民政府网")]


# Fragments of web pages and exports, so that generated pages reach every frame rule.
PAGE_FRAGMENTS = [
    "\n", "\n\n", "。", "!", ":", ",", "同志们:", "各位代表:", "同志们,让我们共同努力奋斗!",
    "在全县经济工作会议上的讲话", "政 府 工 作 报 告", "——在全县大会上的讲话", "(2025年1月8日)",
    "县长 张三", "县长张三作政府工作报告", "某县2025年政府工作报告", "县委书记的讲话摘要",
    "当前位置:", "首页", ">", "来源:", "发布时间:2025-01-08 09:20", "2025-01-08", "字号:", "大", "中", "小",
    "【", "】", "[", "下载", "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "分享到:微信 微博",
    "本报记者 李四 摄", "相关报道:", "主办:某县人民政府", "网站标识码:1234000001", "【发布部门】某市人民政府",
    "注释:", "[1]", "资料来源:", "1月8日,", "张三,男,汉族,", "上一篇:", "1116650",
    "\\r\\n", "\\n", "&nbsp;", "&ldquo;", "&#12290;", "<br>", "&amp",
    "一、", "二、", "(一)", "1.", "2、", "一是", "二是", "第三要", "一方面,", "另一方面,",
    "地区生产总值增长9.4%。", "正文",
]


@SETTINGS
@given(st.lists(st.sampled_from(PAGE_FRAGMENTS), min_size=1, max_size=80).map("".join))
def test_split_page_invariants_hold(text: str) -> None:
    """Every character of a page stays in a speech or a noise span, whatever its frame."""
    check(text, govspeech.parse(text))


def test_split_sidebar_after_a_speech_without_a_close_is_nav() -> None:
    speech_text = "在全县安全生产会议上的讲话\n同志们:\n一、提高认识\n要提高认识。\n二、狠抓落实\n要确保全年安全生产形势稳定。\n"
    text = speech_text + "热点新闻\n全县召开春耕生产会议\n县长调研重点项目\n全县开展安全大检查\n"
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.end == len(speech_text) - 1
    assert [n.kind for n in doc.noise] == ["nav"]


def test_split_appendix_of_terms_is_notes() -> None:
    text = (
        "某县2025年政府工作报告\n各位代表:\n现在报告工作。\n一、回顾\n经济平稳增长。\n二、安排\n全年要抓好项目。\n"
        "各位代表!让我们共同努力,为建设美丽某县而奋斗!\n"
        "附件\n名词解释\n1.两新:新型基础设施、新型城镇化。\n2.两重:国家重大战略、重点领域安全能力建设。"
    )
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert [p.marker for p in speech.parts] == ["一、", "二、"]
    assert text[speech.end - 3:speech.end] == "奋斗!"
    assert [(n.kind, text[n.start:n.start + 2]) for n in doc.noise] == [("notes", "附件")]


def test_split_notes_head_before_a_part_is_speech() -> None:
    """A 说明: with its 1. items followed by a part of the speech is the speech's own."""
    text = (
        "在全县大会上的讲话\n同志们:\n一、回顾\n正文。\n二、问题\n正文。\n说明:\n1.数据为初步统计。\n三、安排\n正文。"
    )
    (speech,) = govspeech.parse(text).speeches
    assert [p.marker for p in speech.parts] == ["一、", "二、", "三、"]
    assert speech.end == len(text)


def test_split_unknown_page_lines_between_title_and_salutation_are_walked_over() -> None:
    text = "某县新闻网\n在全县经济工作会议上的讲话\n本网讯 某某\n全文共3000字\n同志们:\n今天召开会议。"
    (speech,) = govspeech.parse(text).speeches
    assert speech.start == text.index("在全县") and speech.title == "在全县经济工作会议上的讲话"
    assert speech.salutation == "同志们"


def test_split_numbered_digests_are_separate_speeches() -> None:
    text = (
        "全县经济工作会议领导讲话摘要\n"
        "一、县委书记李四的讲话要点\n今年要抓好项目建设。一要抓开工。二要抓进度。\n"
        "二、县长王五的讲话要点\n今年要抓好招商引资。一要抓签约。二要抓落地。"
    )
    doc = govspeech.parse(text)
    assert [sp.title for sp in doc.speeches] == ["县委书记李四的讲话要点", "县长王五的讲话要点"]
    assert [[p.marker for p in sp.parts] for sp in doc.speeches] == [["一要", "二要"], ["一要", "二要"]]


_LINE_PIECES = ["甲", "同志们:", " ", "\t", "\r", "\u3000", "\ufeff", "\n", "。"]


@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join))
def test_split_line_table_reads_lines_as_split_lines(text: str) -> None:
    table = LineTable(text)
    lines = split_lines(text)
    assert [table[i] for i in range(len(table))] == lines
    assert [table.blank(i) for i in range(len(table))] == [line.blank for line in lines]
    assert table.lines_with(regex.compile("甲")) == [i for i, line in enumerate(lines) if "甲" in line.text]
    opening = line_opening("同志们")
    assert table.lines_opening(opening) == [i for i, line in enumerate(lines) if line.text.startswith("同志们")]


def test_split_review_of_the_past_year_is_no_close() -> None:
    """GUIDE §2: the close rallies (各位代表,让我们…); an address that opens a review of the
    past year is content, and a paragraph after it cut short by the page is the speech's."""
    text = (
        "政府工作报告\n各位代表:\n现在我代表县人民政府报告工作。\n一、过去一年工作回顾\n全县经济平稳增长。\n"
        "各位代表,刚刚过去的2024年,是全县发展极不平凡的一年,我们向全县人民表示衷心的感谢!\n"
        "各位代表,客观审视一年来的工作,我们还存在一些困难"
    )
    doc = govspeech.parse(text)
    (speech,) = doc.speeches
    assert speech.closing == [] and doc.noise == []
    assert speech.end == len(text)
    assert speech.parts[0].end == len(text)
    rallied = text + "。\n各位代表,让我们团结一心,为建设美丽某县而努力奋斗!"
    (speech,) = govspeech.parse(rallied).speeches
    assert [s.text for s in speech.closing] == ["各位代表,让我们团结一心,为建设美丽某县而努力奋斗!"]
