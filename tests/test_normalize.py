"""Normalisation (GUIDE §1): folding, Traditional → Simplified, pinyin artefacts, noise.

Whatever is deleted must be reported as noise, and every character left in the
normalised text must map back to the character it came from in the original.
"""

from __future__ import annotations

import pytest

import govspeech
from govspeech.parser.normalize import normalize
from govspeech.parser.normalize.chars import fold
from govspeech.parser.normalize.chrome import find_chrome
from govspeech.parser.normalize.noise_match import find_noise
from _fixtures import FixtureCase, fixture_params

# (raw, folded): one-for-one, so the lengths are equal
FOLD_CASES = [
    ("（一）", "(一)"),
    ("（四）坚持", "(四)坚持"),
    ("同志们：", "同志们:"),
    ("一是稳；二是进", "一是稳;二是进"),
    ("\u3000\u3000一、总体要求", "  一、总体要求"),
    ("ＰＭ２．５", "PM2.5"),
    ("１２３４５", "12345"),
    ("增长９．４％", "增长9.4%"),
    ("１、加强领导", "1、加强领导"),
    ("好！对吗？", "好!对吗?"),
    # the Chinese full stop, enumeration comma and quotes are not ASCII: kept
    ("发展。稳定、和谐“好”", "发展。稳定、和谐“好”"),
]


@pytest.mark.parametrize(("raw", "folded"), FOLD_CASES)
def test_normalize_folds_full_width(raw: str, folded: str) -> None:
    assert fold(raw) == folded
    assert normalize(raw)[0].text == folded


TRADITIONAL_CASES = [
    ("開發區", "开发区"),
    ("經濟發展", "经济发展"),
    ("會議上的講話", "会议上的讲话"),
    ("面臨著", "面临着"),
    ("我們正面臨著加速發展的大好形勢", "我们正面临着加速发展的大好形势"),
    # 著 of 著名 / 显著 is not the particle 着
    ("著名", "著名"),
    ("成效顯著", "成效显著"),
    ("著名的開發區", "著名的开发区"),
    # already Simplified text is untouched
    ("开发区建设取得显著成效", "开发区建设取得显著成效"),
]


@pytest.mark.parametrize(("raw", "simplified"), TRADITIONAL_CASES)
def test_normalize_converts_traditional(raw: str, simplified: str) -> None:
    assert len(fold(raw)) == len(raw)
    assert normalize(raw)[0].text == simplified


PINYIN_CASES = [
    ("開發(fā)區(qū)", "开发区"),
    ("經(jīng)濟", "经济"),
    ("發(fā)展", "发展"),
    ("面對異常嚴峻的經(jīng)濟寒冬", "面对异常严峻的经济寒冬"),
    # full-width parentheses are folded before the artefact is found
    ("發（fā）展", "发展"),
    # an untoned syllable is an artefact after a converted Traditional character …
    ("學(xue)習", "学习"),
    ("開(kai)會", "开会"),
    # … and ordinary text after a Simplified one
    ("发展(xx)区", "发展(xx)区"),
    ("发展(yi)新", "发展(yi)新"),
    ("要抓好(一)", "要抓好(一)"),
    ("開發區(一)", "开发区(一)"),
    ("(一)加强领导", "(一)加强领导"),
    ("PM(pm)", "PM(pm)"),
]


@pytest.mark.parametrize(("raw", "clean"), PINYIN_CASES)
def test_normalize_removes_pinyin_artefacts(raw: str, clean: str) -> None:
    source, noise = normalize(raw)
    assert source.text == clean
    removed = sum(n.end - n.start for n in noise)
    assert removed == len(raw) - len(clean)


def test_normalize_reports_pinyin_as_noise() -> None:
    raw = "開發(fā)區(qū)"
    _, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end]) for n in noise] == [("pinyin", "(fā)"), ("pinyin", "(qū)")]


def test_normalize_pinyin_offsets_map_to_original() -> None:
    raw = "開發(fā)區(qū)工作會議"
    source, _ = normalize(raw)
    assert source.text == "开发区工作会议"
    assert [raw[source.to_original(i)] for i in range(len(source.text))] == list("開發區工作會議")
    assert source.to_original_end(3) == raw.index("區") + 1


@pytest.mark.parametrize("raw", ["甲�乙。", "�开头", "结尾�", "經(jīng)�濟"])
def test_normalize_keeps_replacement_character(raw: str) -> None:
    text = normalize(raw)[0].text
    assert text.count("\ufffd") == raw.count("\ufffd")


# (line as it appears on a site, noise kind reported) — each on its own line between
# two speech sentences.
NOISE_KIND_CASES = [
    ("学习啦>实用范文>致辞讲话>", "breadcrumb"),
    ("学习啦>实用范文>致辞讲话>会议发言稿>", "breadcrumb"),
    ("上传人:张三 文档编号:123456 格式:DOCX 页数:7", "uploader"),
    ("县长讲话稿.docx_第1页", "page_marker"),
    ("第1页 / 共7页", "page_counter"),
    ("第 4 页 共 4 页", "page_counter"),
    ("展开阅读全文", "site_button"),
    ("点击查看更多>>", "site_button"),
    ("下载 相关 举报", "site_button"),
    ("下面是学习啦小编给大家整理的县长讲话稿,仅供参考。", "editor_blurb"),
    ("《县长在全县大会上的讲话》来源于feisuxs,欢迎阅读县长在全县大会上的讲话。", "source_line"),
    ("copyright@ 2008-2022 学习啦 All Rights Reserved", "copyright"),
    ("Copyright © wanshu.net All Rights Reserved.版权所有", "copyright"),
    ("copyright@ 2008-2022 某某网 版权所有", "copyright"),
    ("鄂ICP备2022015515号-1", "icp"),
    ("工信部备案号:鲁ICP备2020038323号-1", "icp"),
    ("本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com", "contact"),
    # web-page chrome, by line shape (normalize.chrome)
    ("当前位置：首页 > 新闻中心 > 领导讲话", "breadcrumb"),
    ("发布时间：2025-12-30 08:15  来源：某县融媒体中心  字号：大 中 小", "byline"),
    ("(来源：某县人民政府网)", "meta"),
    ("点击数：1024", "meta"),
    ("2025-12-30 08:15", "meta"),
    ("【打印本页】【关闭窗口】", "toolbar"),
    ("扫一扫在手机打开当前页", "toolbar"),
    ("县长张三作政府工作报告。 本报记者 李四 摄", "caption"),
    ("(新华社记者 王五 摄)", "caption"),
    ("主办：某县人民政府办公室  承办：某县大数据中心", "footer"),
    ("网站标识码：1234000001", "footer"),
    ("【发布部门】某市人民政府", "export"),
    ("[", "chrome"),
    ("首页 | 政务公开 | 领导讲话", "breadcrumb"),
    ("2025年01月10日 10:20 来源：某县融媒体中心", "meta"),
    ("选择字号：大 中 小", "meta"),
    ("【大】【中】【小】", "toolbar"),
    ("首页 / 新闻中心 / 讲话稿", "breadcrumb"),
    # page metadata beside a title: the time and a mobile link, a view count, tags
    ("11-05 | 移动端:县长在全县大会上的讲话", "meta"),
    ("03-12 09:10:45  浏览次数:52次  栏目:工作报告", "meta"),
    ("标签:工作报告,乡镇工作报告,http://www.example.com", "meta"),
    ("副县长某某在会上讲话(某某社 某某摄) |", "caption"),
    # a site's lead-in speaking of itself
    ("导语:县长在全县大会上的讲话一文来源于网友上传,不代表本站观点,欢迎参考。", "editor_blurb"),
    ("前言:本站为你精心整理了乡镇工作报告范文,希望对你有所帮助。", "editor_blurb"),
]


@pytest.mark.parametrize(("line", "kind"), NOISE_KIND_CASES)
def test_normalize_finds_boilerplate_line(line: str, kind: str) -> None:
    raw = f"今年经济平稳增长。\n{line}\n明年要再接再厉。"
    source, noise = normalize(raw)
    start = raw.index(line)
    assert [(n.kind, n.start, n.end) for n in noise] == [(kind, start, start + len(line))]
    assert source.text.split() == ["今年经济平稳增长。", "明年要再接再厉。"]


def test_normalize_finds_related_list_with_its_items() -> None:
    raw = "今年经济平稳增长。\n看过县长讲话稿的人还看了:\n1.县委书记讲话\n2.乡镇讲话稿\n"
    _, noise = normalize(raw)
    assert [n.kind for n in noise] == ["related_list"]
    covered = raw[noise[0].start:noise[0].end]
    assert "1.县委书记讲话" in covered and "2.乡镇讲话稿" in covered


@pytest.mark.parametrize(
    "sentence",
    [
        "同志们,我们要坚持发展是第一要务。",
        "全年共召开会议12次,下载文件3份。",  # 下载 alone is not a button row
        "我们要把相关工作做好,确保不出问题。",
        "小编",  # a word, not a blurb
        "他的著作《论发展》来自实践。",
        "第一,加强领导。",
        # a line is a paragraph: prose with a footer's words is still prose
        "严厉打击侵权假冒行为,畅通消费者投诉举报渠道。",
        "群众可以通过邮箱jubao@xx.gov.cn反映问题。",
        "要让版权所有者的合法权益得到保护。",
        "全年完成项目备案号审核200个。",
        "《决定》来源于实践,又指导实践。",
        # a heading, not a byline
        "一、经验分享",
        "(二)成果分享",
        # prose with the words of page chrome
        "资金来源:省级财政补助2000万元,县级配套500万元。",
        "拓宽农民增收来源,确保收入稳定增长。",
        "来源于群众、服务于群众,是我们的根本。",
        "推广3D打印等新技术,证照打印实现“一网通办”。",
        "由市政府主办、市商务局承办的博览会成功举办。",
        "时间紧、任务重,各部门要抓紧行动。",
        "新增文物收藏单位3家。",
        "摄影、摄像等新业态快速发展。",
        "各部门网站首页要设置政务公开专栏。",
        "时间:今年十月底前完成全部整改任务。",
        "1、主办:全县上下要各负其责",
        "收入/支出/结余三项指标",
        "2025年1月10日",  # a speech's date line
        "前言:为做好今年的工作,现提出如下意见",
        "【重点工作】全年完成投资100亿元",
        "3-5 个重点项目要加快推进",
        "大",
    ],
)
def test_normalize_leaves_speech_text_alone(sentence: str) -> None:
    assert find_noise(sentence) == []
    assert find_chrome(sentence) == []
    assert normalize(sentence)[0].text == sentence


CHROME_RUNS = [
    # (page text, the lines that are chrome)
    pytest.param(
        "您的位置：\n首页\n>\n政务公开\n>\n讲话\n同志们:\n今天开会。",
        ["您的位置：", "首页", ">", "政务公开", ">", "讲话"],
        id="breadcrumb-one-piece-per-line",
    ),
    pytest.param(
        "来源：\n某市人民政府办公室\n同志们:\n今天开会。",
        ["来源：", "某市人民政府办公室"],
        id="label-with-value-below",
    ),
    pytest.param(
        "下载\n打印\n全屏\n收藏\n【字号：\n大\n中\n小\n】\n同志们:\n今天开会。",
        ["下载", "打印", "全屏", "收藏", "【字号：", "大", "中", "小", "】"],
        id="toolbar-one-word-per-line",
    ),
    pytest.param(
        "同志们:\n今天开会。\n相关链接：\n市长主持召开常务会议\n全市安全生产会议召开",
        ["相关链接：", "市长主持召开常务会议", "全市安全生产会议召开"],
        id="related-links-after-the-body",
    ),
    pytest.param(
        "【发布部门】某市人民政府\n【时效性】现行有效\n【法宝引证码】CLI.12.345678\n同志们:\n今天开会。",
        ["【发布部门】某市人民政府", "【时效性】现行有效", "【法宝引证码】CLI.12.345678"],
        id="legal-export-header",
    ),
    pytest.param(
        "分享到：微信 微博 QQ空间\n同志们:\n今天开会。",
        ["分享到：微信 微博 QQ空间"],
        id="share-bar",
    ),
]


@pytest.mark.parametrize(("raw", "lines"), CHROME_RUNS)
def test_normalize_finds_chrome_lines(raw: str, lines: list[str]) -> None:
    source, noise = normalize(raw)
    removed = [raw[n.start:n.end] for n in noise]
    assert removed == lines
    assert source.text.split() == ["同志们:", "今天开会。"]


def test_normalize_size_words_alone_are_speech() -> None:
    """大 / 中 / 小 on their own line are chrome only beside other toolbar lines."""
    raw = "同志们:\n大\n今天开会。"
    assert normalize(raw)[1] == []


MARKUP_CASES = [
    pytest.param(
        "同志们:\\r\\n今天开会。\\r\\n一、抓项目\\r\\n项目很重要。\\r\\n二、抓招商\\r\\n招商很重要。",
        ["同志们:", "今天开会。", "一、抓项目", "项目很重要。", "二、抓招商", "招商很重要。"],
        id="literal-crlf",
    ),
    pytest.param(
        "同志们:\\n今天开会。\\n一、抓项目\\n项目很重要。",
        ["同志们:", "今天开会。", "一、抓项目", "项目很重要。"],
        id="literal-lf",
    ),
    pytest.param(
        "同志们:\n&nbsp;&nbsp;今天开会,&ldquo;稳&rdquo;字当头&#12290;",
        ["同志们:", "今天开会,“稳”字当头。"],
        id="entities",
    ),
]


@pytest.mark.parametrize(("raw", "lines"), MARKUP_CASES)
def test_normalize_reads_markup(raw: str, lines: list[str]) -> None:
    source, noise = normalize(raw)
    assert [line.strip() for line in source.text.split("\n") if line.strip()] == lines
    assert {n.kind for n in noise} == {"markup"}
    # every kept character maps back into the input, in order
    originals = [source.to_original(i) for i in range(len(source.text))]
    assert originals == sorted(originals) and originals[-1] < len(raw)


def test_normalize_literal_backslash_n_in_prose_is_text() -> None:
    """One literal \\n in a text with real line breaks is text, not a break."""
    raw = "同志们:\n路径写作C:\\new,不是换行。\n今天开会。"
    assert normalize(raw)[0].text == raw


def _squash(text: str) -> str:
    """The text without whitespace: where a deletion leaves a line break or a space is
    layout, not content (a page marker that cut a sentence may be rejoined)."""
    return "".join(text.split())


@pytest.mark.parametrize("case", fixture_params("noise.txt"))
def test_normalize_noise_fixture(case: FixtureCase) -> None:
    raw = case.input
    source, noise = normalize(raw)
    assert _squash(source.text) == _squash(case.expected)
    # every kept character maps back to the character it was folded from
    folded = fold(raw)
    for i, ch in enumerate(source.text):
        assert folded[source.to_original(i)] == ch
    # every removed non-space character lies in a reported noise span
    kept = {source.to_original(i) for i in range(len(source.text))}
    in_noise = {k for n in noise for k in range(n.start, n.end)}
    lost = [k for k, ch in enumerate(raw) if k not in kept and not ch.isspace() and k not in in_noise]
    assert lost == []


@pytest.mark.parametrize("label", ["标题:", "原标题:", "文章标题:"])
def test_normalize_title_label_goes_and_the_title_stays(label: str) -> None:
    raw = f"{label}某县2024年工作汇报\n各位代表:\n现在我代表县政府汇报工作。"
    source, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end]) for n in noise] == [("title_label", label)]
    assert source.text.startswith("某县2024年工作汇报\n")


def test_normalize_offsets_after_boilerplate_map_to_original() -> None:
    raw = "学习啦>实用范文>致辞讲话>\n開發(fā)區工作會議\n第1页 / 共7页\n同志们:發(fā)展是第一要务。"
    source, _ = normalize(raw)
    for word, original in [("开发区工作会议", "開發(fā)區工作會議"), ("同志们", "同志们"), ("发展是第一要务", "發(fā)展是第一要务")]:
        i = source.text.index(word)
        start = source.to_original(i)
        end = source.to_original_end(i + len(word))
        assert raw[start:end] == original


def test_normalize_neighbour_links_are_nav() -> None:
    raw = "今天开会。\n上一篇：全县召开安全生产会议\n下一篇：县长调研重点项目"
    _, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end]) for n in noise] == [
        ("nav", "上一篇：全县召开安全生产会议"), ("nav", "下一篇：县长调研重点项目")
    ]


# A document-sharing site's page: the title and its file name above, then the text cut into
# pages, the first numbered 1、 and glued to a repeat of the title (GUIDE §1: not points).
SHARED_DOCUMENT = (
    "某县2024年政府工作报告\n\n上传人:张三 文档编号:1234\n某县2024年政府工作报告.docx_第1页\n"
    "第1页 / 共5页\n资源描述\n\n1、某县2024年政府工作报告某县2024年政府工作报告各位代表:现在,我代表县人民政府"
    "向大会报告工作,请予审议。过去一年,全县地区生产总值完成\n2、88.5亿元,同比增长6.2%。\n"
)


def test_normalize_page_fragment_repeating_a_title_above() -> None:
    source, noise = normalize(SHARED_DOCUMENT)
    fragments = [SHARED_DOCUMENT[n.start:n.end].strip() for n in noise if n.kind == "page_fragment"]
    assert fragments == ["1、某县2024年政府工作报告某县2024年政府工作报告", "2、"]
    assert "各位代表:现在" in source.text and "完成88.5亿元" in source.text


# A page cut right before an enumeration comma or a decimal figure; not before "3月" of
# "2、3月份" (February and March).
CUT_PAGES = [
    ("实现农民增收\n2、、企业增税的目标。", "实现农民增收、企业增税"),
    ("地区生产总值完成\n2、7.1亿元,同比增长6.5%。", "地区生产总值完成7.1亿元"),
    # a page that spaces its lines
    ("实现农民增收\n\n2、、企业增税的目标。", "实现农民增收、企业增税"),
]


@pytest.mark.parametrize(("cut", "joined"), CUT_PAGES)
def test_normalize_page_fragment_opening_with_cut_text(cut: str, joined: str) -> None:
    raw = "——农业稳步发展。五年来,我们紧紧围绕农民增收的目标,不断加大投入,调整结构," + cut
    source, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end].strip()) for n in noise] == [("page_fragment", "2、")]
    assert joined in source.text


def test_normalize_months_after_a_long_line_are_no_page_fragment() -> None:
    raw = "——农业稳步发展。五年来,我们紧紧围绕农民增收的目标,不断加大投入,调整结构,全年招商签约集中在\n2、3月份。"
    assert normalize(raw)[1] == []


def test_normalize_list_item_repeating_a_line_above_is_kept() -> None:
    raw = "做好安全生产工作\n我讲两点意见。\n1、做好安全生产工作,要压实责任。\n2、做好安全生产工作,要排查隐患。"
    source, noise = normalize(raw)
    assert noise == []
    assert source.text == raw


def test_normalize_site_download_notice_is_noise() -> None:
    raw = (
        "某镇2023年工作汇报\n温馨提示:\n1. 文档预览时可能显示错乱,下载后无此问题,请放心下载。\n"
        "2. 本文档由用户上传,如有版权争议请联系客服。\n\n各位领导:现在我汇报工作。"
    )
    source, noise = normalize(raw)
    assert [n.kind for n in noise] == ["site_notice"]
    assert source.text.split() == ["某镇2023年工作汇报", "各位领导:现在我汇报工作。"]


def test_normalize_site_notice_ends_at_a_blank_line() -> None:
    raw = ("温馨提示:\n1. 本文档由会员上传,仅供预览\n2. 下载后可编辑\n\n"
           "1、加强组织领导,新建项目30个。\n2、强化督查考核。")
    _, noise = normalize(raw)
    assert [(n.kind, raw[n.start : n.end].count("\n")) for n in noise] == [("site_notice", 2)]


def test_normalize_members_service_in_prose_is_no_paywall() -> None:
    assert normalize("推出老年人会员专享服务,惠及群众3万人。")[1] == []


def test_normalize_a_speech_reminder_is_not_a_site_notice() -> None:
    raw = "温馨提示:\n1. 请各位代表将手机调至静音。\n2. 会后请带走会议材料。"
    assert normalize(raw)[1] == []


# A document-sharing site's lines around the text it shows: (line, kind)
SHARING_SITE_LINES = [
    ("ID:1072148", "uploader"),
    ("大小:27.60 KB", "uploader"),
    ("格式:DOCX", "uploader"),
    ("资源描述:", "uploader"),
    ("文档简介", "uploader"),
    ("《某镇2024年政府工作报告》由会员上传分享,免费在线阅读,更多相关内容在范文库", "uploader"),
    ("网站客服:4001234567", "contact"),
]


@pytest.mark.parametrize(("line", "kind"), SHARING_SITE_LINES)
def test_normalize_sharing_site_lines_are_noise(line: str, kind: str) -> None:
    raw = f"某镇2024年政府工作报告\n{line}\n各位代表:\n现在我报告工作。"
    source, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end].strip()) for n in noise] == [(kind, line)]
    assert source.text.split() == ["某镇2024年政府工作报告", "各位代表:", "现在我报告工作。"]


def test_normalize_page_marker_of_a_title_without_extension() -> None:
    raw = "全镇地区生产总值\n某镇2024年政府工作报告 _第3页\n完成8.8亿元。"
    source, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end].strip()) for n in noise] == [("page_marker", "某镇2024年政府工作报告 _第3页")]
    assert source.text == "全镇地区生产总值完成8.8亿元。"


@pytest.mark.parametrize(
    "sentence",
    [
        "资源描述要准确,便于检索。",
        "大小:不超过20页",
        "格式:统一使用A4纸打印",
        "《条例》由市人大常委会审议通过。",
        "第3页的表格列出了全年目标。",
    ],
)
def test_normalize_sharing_site_words_in_prose_stay(sentence: str) -> None:
    assert normalize(sentence)[1] == []


# A download page's paywall and buttons, each on a line of its own: (line, kind)
DOWNLOAD_PAGE_LINES = [
    ("此处隐藏3200个字。VIP会员可见", "paywall"),
    ("此处隐藏1500字,vip会员可见", "paywall"),
    ("亲,该文档总共8页,到这儿已超出免费预览范围,如果喜欢就下载吧!", "paywall"),
    ("剩余2000字未读,下载后阅读", "paywall"),
    ("试读结束,如需阅读全文请下载", "paywall"),
    ("加入Vip免费下载 立即下载", "toolbar"),
    ("加入VIP免费下载", "toolbar"),
    ("立即下载", "toolbar"),
    ("下载文档", "toolbar"),
    ("收藏 分享赚钱", "toolbar"),
    ("收藏 分享(赏)", "toolbar"),
]


@pytest.mark.parametrize(("line", "kind"), DOWNLOAD_PAGE_LINES)
def test_normalize_download_page_lines_are_noise(line: str, kind: str) -> None:
    raw = f"同志们:\n今天我们召开全县工作会议。\n{line}\n下面,我讲三点意见。"
    source, noise = normalize(raw)
    assert [(n.kind, raw[n.start:n.end].strip()) for n in noise] == [(kind, line)]
    assert source.text.split() == ["同志们:", "今天我们召开全县工作会议。", "下面,我讲三点意见。"]


@pytest.mark.parametrize(
    "sentence",
    [
        "新增会员企业120家,VIP客户服务持续优化。",
        "要把隐藏的风险隐患及时排查出来",
        "超出预算的部分要严格审批",
        "群众可以立即下载电子证照",
        "下载文档要注意保密",
        "免费预览服务覆盖全县",
    ],
)
def test_normalize_download_words_in_prose_stay(sentence: str) -> None:
    assert normalize(sentence)[1] == []


# A PDF export breaks a decimal after its point: (raw, joined); the space is deleted.
BROKEN_DECIMALS = [
    ("全年完成固定资产投资 24. 3 亿元。", "全年完成固定资产投资24.3亿元。"),
    ("比上年增长 36. 8%。", "比上年增长36.8%。"),
    ("合同投资额 1. 04 亿美元。", "合同投资额1.04亿美元。"),
    ("分别增长 36. 8、25%、33. 3%。", "分别增长 36.8、25%、33.3%。"),
    ("新增就业 2. 3万人。", "新增就业 2.3万人。"),
]


@pytest.mark.parametrize(("raw", "joined"), BROKEN_DECIMALS)
def test_normalize_joins_a_decimal_broken_by_a_space(raw: str, joined: str) -> None:
    source, noise = normalize(raw)
    assert source.text == joined
    assert noise == []
    # the kept characters still map onto themselves in the input
    assert all(raw[source.to_original(i)] == ch for i, ch in enumerate(source.text))


@pytest.mark.parametrize(
    "text",
    [
        "1. 2024年全县经济平稳增长。",  # a numbered line, not a decimal
        "1. 3个重点项目全部开工。\n2. 5个园区完成扩区。",  # a list whose items open with a count
        "建成 3. 5G基站全覆盖",
        "全年增长 8. 这是难得的成绩。",
        "版本号为 2. 0",
    ],
)
def test_normalize_keeps_a_point_and_space_that_break_no_decimal(text: str) -> None:
    assert normalize(text)[0].text == text


def test_normalize_broken_decimal_is_read_as_a_figure() -> None:
    raw = "同志们:\n全区实际引进内资 25 亿元,完成固定资产投资\n24. 3 亿元,比上年增长 36. 8%。"
    figures = [(raw[i.start:i.end], i.value, i.unit) for i in govspeech.parse(raw).indicators if i.start is not None]
    assert ("24. 3 亿元", 24.3, "亿元") in figures
