"""Site boilerplate around and inside speeches (GUIDE §1), as a table of patterns.

Each row names a kind of noise and gives a regex over the folded text (full-width
forms already half-width). Rows whose pattern matches a whole line remove the line's
text; the others remove just the match. The rows are
each compiled once at import, with the literal *trigger* words it cannot match without:
the pattern runs only on lines where its trigger occurs. (One big alternation over the
whole text was three times slower: the engine tries every row at every position.)
"""

from __future__ import annotations

from typing import NamedTuple

import regex


class NoisePattern(NamedTuple):
    name: str
    pattern: str
    trigger: str  # literal words without which the pattern cannot match
    block: int = 0  # characters past the trigger's line the match may run on (lists)


# A short line (no sentence punctuation) — most boilerplate lives on lines like that.
_LINE = r"[^\n。!?]"
_CRUMB = r"[^\n。!?>»›]"  # one breadcrumb segment character (never the separator)

NOISE_PATTERNS: tuple[NoisePattern, ...] = (
    # 学习啦>实用范文>致辞讲话>会议发言稿>   首页 » 范文 » 讲话稿
    NoisePattern(
        "breadcrumb",
        rf"^[ \t]*{_CRUMB}{{1,20}}(?:[ \t]*[>»›][ \t]*{_CRUMB}{{1,20}}){{2,}}[ \t]*[>»›]?[ \t]*$",
        "[>»›]",
    ),
    # 上传人:张三 文档编号:123 格式:DOCX 页数:7
    NoisePattern(
        "uploader",
        r"^[^\n]*(?:上传人|上传者|文档编号|文档格式|页数|上传时间)[ \t]*:[^\n]*$",
        "上传人|上传者|文档编号|文档格式|页数|上传时间",
    ),
    # 佩珊分享 / 作者:… / 来源:… / 发布时间:…
    NoisePattern(
        "byline",
        r"^[ \t]*(?:\S{1,8}分享|(?:作者|来源|编辑|责任编辑|发布时间|发布日期|浏览次数|阅读量)[ \t]*:[^\n]{0,60})[ \t]*$",
        "分享|作者|来源|编辑|发布|浏览|阅读量",
    ),
    # ….docx_第1页   第1页 / 共7页   第 4 页 共 4 页
    NoisePattern(
        "page_marker",
        r"[^\s\n。,]{0,60}\.(?:docx?|pdf|txt|wps)_第[ \t]*\d+[ \t]*页",
        "_第",
    ),
    NoisePattern(
        "page_counter",
        r"第[ \t]*\d+[ \t]*页[ \t]*/?[ \t]*共[ \t]*\d+[ \t]*页",
        "共",
    ),
    # A site that cuts a paragraph into pages numbers each fragment: "…集中时间、集中\n2、精力,…"
    # The number follows a long line that stops mid-sentence; it is not a point (GUIDE §1).
    NoisePattern(
        "page_fragment",
        r"(?<=[^\n]{40}[^\s。!?:;”’\"」)\]])[ \t]*\n[ \t]*\d{1,3}[、.](?![\d、.])",
        r"\n[ \t]*\d{1,3}[、.]",
    ),
    # 展开阅读全文  点击查看更多>>  下载 相关 举报
    NoisePattern(
        "site_button",
        r"展开阅读全文|点击查看更多[>》»]*|查看更多[>》»]+|(?:下载|收藏|相关|举报|分享|打印)(?:[ \t]+(?:下载|收藏|相关|举报|分享|打印)){2,}",
        "展开|查看|下载|收藏|相关|举报|分享|打印",
    ),
    # 下面是学习啦小编给大家整理的…,仅供参考。  以上就是小编为大家整理的…,希望对你有帮助。
    NoisePattern(
        "editor_blurb",
        r"(?:下面|以下|以上)(?:就)?是?[^\n。]{0,30}小编[^\n。]{0,120}?(?:仅供参考|欢迎阅读[^\n。]{0,40}|希望[^\n。]{0,40}|供大家参考[^\n。]{0,20})[。!.]?",
        "小编",
    ),
    # 《…》来源于feisuxs,欢迎阅读…。
    NoisePattern(
        "source_line",
        r"^[ \t]*《[^》\n]{1,80}》[ \t]*(?:来源于|来自|出自)[^\n]*$",
        "来源于|来自|出自",
    ),
    NoisePattern(
        "title_label",
        r"^[ \t]*(?:文章标题|标题|题目)[ \t]*:[ \t]*",
        "标题|题目",
    ),
    # 看过…的人还看了: then the numbered list of related articles
    NoisePattern(
        "related_list",
        r"^[ \t]*(?:看过[^\n]{0,80}?的人还看了|相关推荐|相关文章|猜你喜欢|热门推荐|推荐阅读|延伸阅读)[ \t]*:?[^\n]*(?:\n[ \t]*(?:\d{1,2}[.、][^\n]*)?(?=\n|\Z))*",
        "看过|相关|猜你喜欢|热门推荐|推荐阅读|延伸阅读", block=2000,
    ),
    # copyright@ 2008-2022 …   Copyright © wanshu.net All Rights Reserved.版权所有
    NoisePattern(
        "copyright",
        r"^[^\n]{0,80}?(?:[Cc]opyright|©|版权所有|All Rights Reserved)[^\n]*$",
        "[Cc]opyright|©|版权所有|All Rights Reserved",
    ),
    # 鄂ICP备2022015515号-1   工信部备案号:…
    NoisePattern(
        "icp",
        r"^[^\n]{0,40}?(?:ICP备|ICP证|备案号|公网安备)[^\n]*$",
        "ICP|备案号|公网安备",
    ),
    # 本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com
    NoisePattern(
        "contact",
        r"^[^\n]{0,80}?(?:[\w.+-]+@[\w-]+\.[\w.]+|侵权[^\n]{0,20}投诉|联系我们|本站内容|本网站内容)[^\n]*$",
        "@|侵权|联系我们|本站内容|本网站内容",
    ),
)

# Kinds that mark a page break: when one fills a line that interrupts a sentence, the line
# breaks around it go too, so the two halves of the sentence join again.
PAGE_BREAK_KINDS: frozenset[str] = frozenset({"page_marker", "page_counter", "site_button"})

_COMPILED = tuple(
    (row.name, regex.compile(row.trigger), regex.compile(row.pattern, regex.MULTILINE), row.block)
    for row in NOISE_PATTERNS
)


def find_noise(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of every boilerplate match in ``text``, in order.

    >>> find_noise("正文。\\n展开阅读全文\\n")
    [('site_button', 4, 10)]
    """
    found: list[tuple[str, int, int]] = []
    for name, trigger, pattern, block in _COMPILED:
        # Run the full pattern only on the lines where its trigger words occur: a
        # literal search is far cheaper than trying the pattern at every line.
        done_to = -1
        for hit in trigger.finditer(text):
            if hit.start() < done_to:
                continue
            line_start = text.rfind("\n", 0, hit.start()) + 1
            line_end = text.find("\n", hit.end())
            line_end = len(text) if line_end == -1 else line_end
            stop = min(len(text), line_end + block)
            found.extend((name, m.start(), m.end()) for m in pattern.finditer(text, line_start, stop) if m.end() > m.start())
            done_to = stop
    found.sort(key=lambda row: (row[1], -row[2]))
    # keep the first (longest) of overlapping matches
    kept: list[tuple[str, int, int]] = []
    for row in found:
        if not kept or row[1] >= kept[-1][2]:
            kept.append(row)
    return kept
