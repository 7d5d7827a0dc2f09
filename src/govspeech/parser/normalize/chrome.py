"""Web-page chrome around and inside a speech, found line by line by its shape (GUIDE §1).

A page's metadata (``来源:``, ``发布时间:``), toolbars written one word per line
(``下载`` / ``打印`` / ``全屏``), breadcrumbs broken over lines, photo captions
(``… 记者 某某 摄``), ``相关报道:`` lists, footers (``主办:``, ``网站标识码:``) and the
headers of legal-database exports (``【发布部门】``) are short lines of a few shapes: a
label and a colon, a word from a toolbar, a run of link-like lines. The vocabulary is in
the tables below; the scan is one pass over the lines, and never takes a line that opens
with an enumeration marker or ends a sentence (prose such as ``资金来源:省级财政补助。``
stays speech).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from heapq import heappop, heappush
from itertools import accumulate

import regex

from govspeech.parser.outline.markers import MARKER_PATTERN  # a data table
from govspeech.parser.speech_words import SALUTATION, SPEAKER_NAMED, looks_like_title  # a data table

# Labels of a page's metadata: the line starts with one, then a colon.
META_LABELS = (
    "来源", "信息来源", "文章来源", "稿件来源", "稿源", "时间", "发布时间", "发表时间", "发布日期",
    "更新时间", "成文日期", "日期", "作者", "编辑", "责任编辑", "审核", "校对", "浏览次数", "浏览",
    "阅读量", "阅读次数", "阅读", "点击数", "点击量", "点击", "访问量", "字号", "字体", "索引号",
    "发文机关", "发文字号", "主题分类", "分享", "分享到", "原文链接", "原文地址", "法宝引证码",
    "标签", "栏目", "移动端", "字体大小",
    # a government portal's disclosure table: 索引号 | … | 公开方式: 主动公开 | 组配分类: …
    "发布机构", "公开方式", "公开形式", "公开范围", "公开目录", "公开责任部门", "公开日期", "组配分类",
    "文件编号", "文号", "发文日期", "发文时间", "主题词", "有效性", "所属机构", "生成日期",
)
# Labels that follow a publication time on its line: 2025-01-10 来源:… / 10-28 | 移动端:…
DATED_LABELS = ("来源", "作者", "编辑", "浏览", "点击", "阅读", "发布", "栏目", "移动端")
# The labels whose value a page may put on the line below: 来源: / 某某人民政府
VALUE_LABELS = (
    "来源", "信息来源", "文章来源", "稿件来源", "稿源", "时间", "发布时间", "发表时间", "发布日期", "更新时间",
    "日期", "作者", "编辑", "责任编辑",
)
# Footer labels of a government site.
FOOTER_LABELS = (
    "主办", "承办", "协办", "主办单位", "承办单位", "技术支持", "网站标识码", "网站识别码",
    "政府网站标识码", "联系电话", "地址", "邮编", "传真", "维护单位",
)
# Words a page's toolbar, share bar or footer writes on a line of their own.
TOOLBAR_WORDS = frozenset((
    "下载", "打印", "全屏", "收藏", "分享", "分享到", "加大", "还原", "减小", "默认", "字号", "字体",
    "关闭", "关闭窗口", "关闭本页", "打印本页", "打印此页", "返回顶部", "回到顶部", "上一篇", "下一篇",
    "微信", "微博", "QQ空间", "QQ", "复制链接", "扫一扫", "扫一扫在手机打开当前页", "手机扫一扫",
    "网站地图", "联系我们", "关于我们", "网站声明", "隐私政策", "无障碍", "返回首页", "首页",
    "纠错", "我要纠错", "收藏本页", "设为首页", "加入收藏",
    # a newspaper's page viewer
    "上一版", "下一版", "版面概览", "版面导航", "放大", "缩小",
))
# One-character toolbar words (font sizes): chrome only beside other toolbar lines.
SIZE_WORDS = frozenset(("大", "中", "小"))
# A page's links to its neighbours: 上一篇:…
NEIGHBOUR_LABELS = ("上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页")
# Heads of a related-articles list after the body.
RELATED_HEADS = ("相关报道", "相关链接", "相关新闻", "相关阅读", "相关稿件", "相关文章", "相关文件", "相关解读")
# Breadcrumb labels: 当前位置:首页 > …
CRUMB_LABELS = ("当前位置", "您的位置", "你的位置", "所在位置", "您现在的位置", "当前页面")
# Row labels of a legal-database export: 【发布部门】…
EXPORT_LABELS = (
    "法规标题", "标题", "发布部门", "发文字号", "发布日期", "实施日期", "时效性", "效力级别", "法规类别",
    "原文链接", "全文", "正文", "制定机关", "公布日期", "施行日期", "效力位阶", "法宝引证码", "引证码",
)

_COLON = r"[ \t]*:"


def _longest_first(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, longest first, so 发布时间 wins over 时间."""
    return "|".join(sorted(words, key=len, reverse=True))


_LABEL_LINE = regex.compile(  # the colon, or a table's bar after the label: 索引号 | …
    rf"^[(\[【]?[ \t]*(?:{_longest_first(META_LABELS)}|[^\s:]{{0,4}}(?:字号|字体))(?:{_COLON}|[ \t]*\|)"
)
_VALUE_LABEL = regex.compile(rf"^[(\[【]?[ \t]*(?:{_longest_first(VALUE_LABELS)}){_COLON}$")
_FOOTER_LINE = regex.compile(rf"^(?:{_longest_first(FOOTER_LABELS)}){_COLON}")
_CRUMB_LINE = regex.compile(rf"^(?:{'|'.join(CRUMB_LABELS)}){_COLON}?")
# A newspaper page's label: 第01版:头版
_PAPER_PAGE = regex.compile(r"^第[ \t]*\d{1,3}[ \t]*版[ \t]*:[^\n]{0,20}$")
_NEIGHBOUR_LINE = regex.compile(rf"^[【\[]?(?:{'|'.join(NEIGHBOUR_LABELS)})[】\]]?[ \t]*:")
# A news report's lead right above the salutation: 1月8日,…开幕。县长某某作政府工作报告。
_LEAD = regex.compile(r"^(?:\d{1,2}月\d{1,2}日|本报讯|新华社|记者|近日|日前|今天|昨天)[^\n]{0,200}(?:作|发表|宣读)[^\n。]{0,20}(?:报告|讲话)")
MAX_LEAD = 220
_RELATED_LINE = regex.compile(rf"^[【\[]?(?:{'|'.join(RELATED_HEADS)})[】\]]?[ \t]*:?[ \t]*$")
_EXPORT_LINE = regex.compile(rf"^【(?:{'|'.join(EXPORT_LABELS)})】")
_DATETIME = regex.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$")
# 2025年01月10日 10:20 来源:某某 / 10-28 | 移动端:… — a publication time (the year may be
# left out) with a clock time or a label after it (a bare 2025年1月10日 is a speech's date
# line, not chrome)
_DATED_META = regex.compile(
    r"^(?:\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}[-/]\d{1,2})"
    r"(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[^\n]{0,60})?"
    rf"|[ \t|]*[ \t][^\s:|]{{0,6}}(?:{_longest_first(DATED_LABELS)})[^\n]{{0,60}})$"
)
# A photo caption: … 本报记者 某某 摄 / (新华社记者 某某 摄)
_CAPTION = regex.compile(
    r"(?:(?:记者|摄影|通讯员)[ \t]*\p{Han}{2,4}(?:[ \t、]+\p{Han}{2,4}){0,3}|[ \t]\p{Han}{2,4})[ \t]*摄[)】]?"
    r"[ \t|]*$"  # a table's bar may close the line
)
# A news photo's caption naming the scene, and the captions beside it naming who speaks
# (街道党工委书记李四讲话: an office, a name, no 在…上 and no punctuation but 、)
SCENE_CAPTIONS = frozenset(("会议现场", "活动现场", "会场", "现场图片", "座谈会现场", "调研现场", "会议现场图"))
_SPEAKER_CAPTION = regex.compile(r"^[^\s\p{P}在]{4,30}(?:、[^\s\p{P}在]{1,20})*(?:讲话|发言|致辞|作报告|主持会议)$")
# Brackets and separators left alone on a line by a page's layout: 【 / 】 / [ / >
_LAYOUT_PUNCT = r"\[\]【】<>{}|/\\»›·•*#=_~^"
_PUNCT_ONLY = regex.compile(rf"^[{_LAYOUT_PUNCT}]+$")
_SEPARATOR = regex.compile(r"^[>»›/|]+$")
# The first piece of a breadcrumb broken over lines: 首页> (then > 政务公开 > …)
_CRUMB_HEAD = regex.compile(r"^[^\s\p{P}>»›]{1,20}[ \t]*[>»›]+$")
# A table's bar alone on a line: a forum or a page layout puts it around any cell, the
# title's too, so a title beside it stays (between arrows a line is a breadcrumb's piece).
_BAR = regex.compile(r"^[|]+$")
# 首页 | 政务公开 | 领导讲话  /  首页 / 新闻中心 / 讲话: a breadcrumb or nav bar on one line
_CRUMB_SPLIT = regex.compile(r"[ \t]*(?:[>»›|]|[ \t]/[ \t])[ \t]*")
MIN_CRUMB_PIECES = 3
MAX_CRUMB_PIECE = 20
_BRACKETS = "【】[]()<>|"
_SENTENCE_END = "。!?;"
_LONG_DIGITS = regex.compile(r"^\d{5,}$")
_ANY_PUNCT = regex.compile(r"\p{P}")
_HAN = regex.compile(r"\p{Han}")
_TOOLBAR_SPLIT = regex.compile(r"[\s【】\[\]|:]+")
MAX_TOOLBAR_LINE = 40
MIN_SIZE_ROW = 3  # 大 中 小
MAX_CHROME_LINE = 80
MAX_CAPTION_LINE = 150
MAX_VALUE_LINE = 20  # a label's value on the line below it: 来源: / 某某人民政府
MAX_RELATED_ITEM = 40
# What a line of any kind above holds: a separator, a colon, 【 or 摄; or it opens with a
# breadcrumb label, a related list's head, a year's four digits, a blank, a layout bracket,
# a toolbar word or a scene caption. A speech's lines mostly do neither, and only the lines
# that may be chrome are looked at: the characters are found with str.find (in C, at memory
# speed), the openings with one scan from line break to line break.
_CHROME_MARKS = ">»›/|:【摄"
_BLANK = " \t\r\u3000\ufeff"  # what a line is stripped of
_CHROME_OPENING = (
    rf"[{_BLANK}]*+(?:[^\S\n]|\d{{4}}|[{_LAYOUT_PUNCT}:]"
    rf"|{_longest_first(CRUMB_LABELS + RELATED_HEADS + tuple(TOOLBAR_WORDS | SIZE_WORDS | SCENE_CAPTIONS))})"
)
_CHROME_FIRST_LINE = re.compile(_CHROME_OPENING)
# An English line of a bilingual page: three words or more, no Chinese character
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Where an English line may stand: a Latin letter opening a line (the scan looks for the
# line break first, a literal: fast)
_ENGLISH_OPENING = re.compile(r"\n[^\S\n]*[A-Za-z]")
_ENGLISH_FIRST_LINE = re.compile(r"[^\S\n]*[A-Za-z]")
MIN_ENGLISH_WORDS = 3
# What names a site in a watermark: its address, or 之家 / 文库 / …网 / …汇 closing a name
_SITE_MARKS = ("www.", ".com", ".cn", ".net", "之家", "文库", "网", "汇")
_SITE_NAME = re.compile(r"www\.|\.(?:com|cn|net)\b|(?:之家|文库|网|汇)(?:$|[,, ])", re.MULTILINE)
_TAIL = regex.compile(r"(?<=\S)[ \t\u3000]+(?P<tail>\S[^\n]{1,30}?)[ \t\u3000\r]*$")
MAX_WATERMARK = 30
MIN_WATERMARKS = 2
_CHROME_LINE = re.compile("\n" + _CHROME_OPENING)


def _maybe_chrome(text: str) -> Iterator[int]:
    """Offsets in ``text`` of the lines that may be chrome: one in each such line."""
    for mark in _CHROME_MARKS:
        at = text.find(mark)
        while at >= 0:
            yield at
            at = text.find(mark, at + 1)
    if _CHROME_FIRST_LINE.match(text):  # the first line has no break before it
        yield 0
    for m in _CHROME_LINE.finditer(text):
        yield m.start() + 1


def find_chrome(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of every chrome line of ``text`` (the stripped line), in order.

    >>> find_chrome("来源:某县人民政府网\\n今天开会。")
    [('meta', 0, 10)]
    """
    raws = text.split("\n")
    # where each raw line starts: after the ones before it and their breaks
    starts = [0, *(total + k for k, total in enumerate(accumulate(map(len, raws)), 1))]
    maybe = {bisect_right(starts, at) - 1 for at in _maybe_chrome(text)}
    stripped = [raw.strip(_BLANK) for raw in raws]
    keep = [k for k, t in enumerate(stripped) if t]  # blank lines are no lines here
    lines = [stripped[k] for k in keep]
    kinds: list[str | None] = [_line_kind(stripped[k]) if k in maybe else None for k in keep]
    _mark_runs(lines, kinds)
    english = [bisect_left(keep, bisect_right(starts, m.start() + 1) - 1) for m in _ENGLISH_OPENING.finditer(text)]
    if _ENGLISH_FIRST_LINE.match(text):
        english.insert(0, 0)
    _mark_translations(lines, kinds, english)
    out: list[tuple[str, int, int]] = []
    for i, kind in enumerate(kinds):
        if kind is not None:
            k, t = keep[i], lines[i]
            start = starts[k] + raws[k].index(t[0])
            out.append((kind, start, start + len(t)))
    out.extend(_watermarks(text, raws, starts, stripped, keep, kinds))
    return sorted(out, key=lambda span: (span[1], -span[2]))


def _mark_translations(lines: list[str], kinds: list[str | None], candidates: list[int]) -> None:
    """A bilingual page's English lines, each under the Chinese line it translates: a run
    of English lines (three words or more, no Chinese character) between two Chinese lines.
    ``candidates`` are the lines opening with a Latin letter, in order."""
    english = {
        i for i in candidates
        if not _HAN.search(lines[i]) and len(_ENGLISH_WORD.findall(lines[i])) >= MIN_ENGLISH_WORDS
    }
    for i in sorted(english):
        if i - 1 in english:
            continue  # inside a run, done with its first line
        j = i
        while j in english:
            j += 1
        if i > 0 and j < len(lines) and _HAN.search(lines[i - 1]) and _HAN.search(lines[j]):
            for k in range(i, j):
                kinds[k] = kinds[k] or "translation"


def _site_names(text: str) -> Iterator[int]:
    """Offsets in ``text`` where a site's name or address ends a name (each mark found by
    str.find, in C: most texts hold few)."""
    for mark in _SITE_MARKS:
        at = text.find(mark)
        while at >= 0:
            if _SITE_NAME.match(text, at):
                yield at
            at = text.find(mark, at + 1)


def _watermarks(
    text: str, raws: list[str], starts: list[int], stripped: list[str], keep: list[int], kinds: list[str | None]
) -> Iterator[tuple[str, int, int]]:
    """A site's name stamped over its text: the same short line naming a site (公文汇,办公文档之家)
    repeated on lines of its own or after a space at the end of a line."""
    tails: dict[str, list[tuple[int, int]]] = {}
    # the lines a site's name closes, found in one scan of the text (most lines are prose)
    last_name: dict[int, int] = {}
    for at in _site_names(text):
        k = bisect_right(starts, at) - 1
        last_name[k] = max(at, last_name.get(k, at))
    kinds_at = dict(zip(keep, kinds)) if last_name else {}
    for k, at in last_name.items():
        raw, t = raws[k], stripped[k]
        if not t or starts[k] + len(raw) - at > MAX_WATERMARK + len(_BLANK) or kinds_at.get(k) is not None:
            continue
        candidates = [(t, starts[k] + raw.index(t[0]))]
        lead = len(raw) - len(raw.lstrip(_BLANK))
        candidates.extend(  # what follows a space inside the line: 同志们: 公文汇,办公文档之家
            (m.group("tail"), starts[k] + m.start("tail"))
            for m in _TAIL.finditer(raw, lead, overlapped=True)
        )
        for phrase, begin in candidates:  # a site's name has no marker: (一)建好职工之家 is a heading
            if (_SITE_NAME.search(phrase) and len(phrase) <= MAX_WATERMARK and MARKER_PATTERN.match(phrase) is None
                    and not any(ch in _SENTENCE_END for ch in phrase)):
                tails.setdefault(phrase, []).append((begin, begin + len(phrase)))
    for phrase, spans in tails.items():
        if len(spans) >= MIN_WATERMARKS and not looks_like_title(phrase):
            yield from (("watermark", start, end) for start, end in spans)


def _line_kind(t: str) -> str | None:
    """The kind of chrome a line is on its own, or ``None``."""
    if len(t) > MAX_CHROME_LINE * 2:
        return None  # a paragraph: the common case, decided at once
    if MARKER_PATTERN.match(t) is not None and not _PUNCT_ONLY.match(t):
        return None  # GUIDE §2: a line opening with a marker opens a part or a point
    if _SEPARATOR.match(t):
        return "breadcrumb"
    if _CRUMB_LINE.match(t) and len(t) <= MAX_CHROME_LINE * 2:
        return "breadcrumb"
    if _is_crumb_bar(t):
        return "breadcrumb"
    if _EXPORT_LINE.match(t) and len(t) <= MAX_CHROME_LINE * 2:
        return "export"
    if (_CAPTION.search(t) and len(t) <= MAX_CAPTION_LINE) or t in SCENE_CAPTIONS:
        return "caption"
    if len(t) > MAX_CHROME_LINE or any(ch in _SENTENCE_END for ch in t):
        return None
    if _LABEL_LINE.match(t) or _DATETIME.match(t) or _DATED_META.match(t):
        return "meta"
    if _FOOTER_LINE.match(t):
        return "footer"
    if _RELATED_LINE.match(t):
        return "related"
    if _NEIGHBOUR_LINE.match(t) or _PAPER_PAGE.match(t):
        return "nav"
    if _is_toolbar(t):
        return "toolbar"
    if _PUNCT_ONLY.match(t):
        return "chrome"
    return None


def _is_crumb_bar(t: str) -> bool:
    """``首页 | 政务公开 | 领导讲话``: three or more short link texts between separators."""
    if len(t) > MAX_CHROME_LINE:
        return False
    pieces = [p for p in _CRUMB_SPLIT.split(t) if p]
    return len(pieces) >= MIN_CRUMB_PIECES and all(
        len(p) <= MAX_CRUMB_PIECE and not _ANY_PUNCT.search(p) and _HAN.search(p) for p in pieces
    )


def _is_toolbar(t: str) -> bool:
    """A line of toolbar words only: ``打印本页`` / ``【打印本页】【关闭窗口】`` / ``微信 微博``."""
    if len(t) > MAX_TOOLBAR_LINE:
        return False
    words = [w for w in _TOOLBAR_SPLIT.split(t) if w]
    sizes = sum(w in SIZE_WORDS for w in words)
    # font sizes count beside a toolbar word, or as a row of their own: 大 中 小
    return bool(words) and all(w in TOOLBAR_WORDS or w in SIZE_WORDS for w in words) and (
        sizes < len(words) or sizes >= MIN_SIZE_ROW
    )


def _mark_runs(lines: list[str], kinds: list[str | None]) -> None:
    """Lines that are chrome by their neighbours: a label's value on the next line, the
    pieces of a breadcrumb split over lines, font sizes in a toolbar, a related list's items."""
    n = len(lines)
    # In line order, only the lines that are chrome or size words, and those marked on the
    # way: no other line changes anything.
    todo = [i for i in range(n) if kinds[i] is not None or lines[i] in SIZE_WORDS]
    done = -1
    while todo:
        i = heappop(todo)
        if i <= done:
            continue
        done = i
        t = lines[i]
        kind = kinds[i]
        if kind is None and t in SIZE_WORDS and _near_chrome(kinds, i):
            kinds[i] = "toolbar"
        elif kind == "meta" and _VALUE_LABEL.match(t) and i + 1 < n and kinds[i + 1] is None and _is_value(lines[i + 1]):
            kinds[i + 1] = "meta"  # 来源: / 某某人民政府
            heappush(todo, i + 1)
        elif kind == "breadcrumb" and _SEPARATOR.match(t):
            for j in (i - 1, i + 1):
                if 0 <= j < n and kinds[j] in (None, "toolbar") and _is_value(lines[j]) and not (
                    _BAR.match(t) and looks_like_title(lines[j])
                ):
                    kinds[j] = "breadcrumb"
                    heappush(todo, j)
        elif kind == "caption" and t in SCENE_CAPTIONS:
            for step in (-1, 1):  # 某某讲话 / 会议现场 / 某某讲话
                j = i + step
                while 0 <= j < n and kinds[j] is None and _SPEAKER_CAPTION.match(lines[j]) and SPEAKER_NAMED.search(lines[j]):
                    kinds[j] = "caption"
                    j += step
        elif kind == "related":
            j = i + 1
            while j < n and kinds[j] is None and _is_related_item(lines[j]):
                kinds[j] = "related"
                heappush(todo, j)
                j += 1
    # a breadcrumb broken after its first piece: 首页> / > 政务公开 > …
    for i in range(n - 1):
        if kinds[i] is None and lines[i + 1][0] in ">»›" and _CRUMB_HEAD.match(lines[i]):
            kinds[i] = "breadcrumb"
    # a news lead right above a salutation is the page's, not the speech's (a salutation
    # ends with a colon: that test first, it is the cheapest)
    for i in range(n - 1):
        t = lines[i]
        if kinds[i] is None and ":" in lines[i + 1] and len(t) <= MAX_LEAD and _LEAD.match(t) and SALUTATION.match(lines[i + 1]):
            kinds[i] = "lead"
    # a bare counter (page views) ends the page, after its other chrome: 1116650
    if n > 1 and kinds[-1] is None and _LONG_DIGITS.match(lines[-1]):
        kinds[-1] = "chrome"
    # size words can stand before the toolbar word that names them: 小 / 中 / 大 / 】
    for i in reversed([i for i in range(n) if lines[i] in SIZE_WORDS]):
        if kinds[i] is None and _near_chrome(kinds, i):
            kinds[i] = "toolbar"


def _near_chrome(kinds: list[str | None], i: int) -> bool:
    return (i > 0 and kinds[i - 1] in ("toolbar", "meta", "chrome")) or (
        i + 1 < len(kinds) and kinds[i + 1] in ("toolbar", "meta", "chrome")
    )


def _is_value(t: str) -> bool:
    """A short value or link text: no punctuation, no marker."""
    return (
        len(t) <= MAX_VALUE_LINE
        and not _ANY_PUNCT.search(t.strip(_BRACKETS))
        and MARKER_PATTERN.match(t) is None
    )


def _is_related_item(t: str) -> bool:
    """An item of a related-articles list: a short headline without a sentence end."""
    return len(t) <= MAX_RELATED_ITEM and not any(ch in _SENTENCE_END + "," for ch in t) and MARKER_PATTERN.match(t) is None
