"""Site boilerplate around and inside speeches (GUIDE §1), as a table of patterns.

Each row names a kind of noise and gives a regex over the folded text (full-width
forms already half-width). Rows whose pattern matches a whole line remove the line's
text; the others remove just the match. Each row also gives the literal *trigger* words
its pattern cannot match without, and, where the trigger is an alternation of words, the
*anchors* every trigger match opens with: ``noise_match`` runs a pattern only where they
stand.

A line here is usually a whole paragraph, so a row that removes a line is anchored to a
*short boilerplate line* (``_SHORT_LINE``): a site footer never holds a sentence end.
And no match may open with an enumeration marker at a line start (``一、经验分享`` is a
part heading, not a byline), except a ``numbered`` row, whose job is exactly that
(``fragments`` tells a site's page numbers from a real list).
"""

from __future__ import annotations

from typing import NamedTuple

import regex


class NoisePattern(NamedTuple):
    name: str
    pattern: str
    trigger: str  # a cheap regex (mostly literal words) without which the pattern cannot match
    block: int = 0  # characters past the trigger's line the match may run on (lists)
    # The match is a number a site put before a line (a page fragment): it may open with
    # a marker, and is dropped where the number belongs to a real numbered list.
    numbered: bool = False
    # Words one of which opens every trigger match (an ASCII word in any case); a row
    # without anchors scans for its trigger alone, which opens with a rare literal.
    anchors: tuple[str, ...] = ()


# A short line (no sentence punctuation) — most boilerplate lives on lines like that.
_LINE = r"[^\n。!?]"
# Put at a pattern's start: the line from here is a footer-sized line without a sentence
# end, so prose such as "畅通消费者投诉举报渠道。" (a paragraph, GUIDE §1) is never taken.
_SHORT_LINE = rf"^(?={_LINE}{{1,120}}$)"
# Line ends after which a numbered line is a list, not a page fragment: a sentence end,
# a closing quote or bracket, or a lead-in that announces a list ("…等方面,", "——").
_LIST_LEAD_END = "。!?:;”’\"」)],、—"


def _footer(mark: str) -> str:
    """A line of bounded length with ``mark`` before any sentence end: a notice may run on
    after the mark, but prose before it ("今年经济平稳增长。copyright…") is never taken."""
    return rf"(?={_LINE}{{0,80}}?{mark})(?=[^\n]{{1,150}}$)"


# Marks no prose holds: a copyright sign or notice, an ICP or public-security filing number.
_COPYRIGHT_MARK = r"(?:(?i:copyright|all[ ]rights[ ]reserved)|©)"
_FILING_MARK = r"(?:(?i:icp)[备证][ \t]*\d{4,}|公网安备[ \t]*\d{6,})"
_CRUMB = r"[^\n。!?>»›]"  # one breadcrumb segment character (never the separator)
# The end of a long line that stops mid-sentence; a page fragment's trigger looks back for
# it too (after the cheap look ahead for the number), so a list of short numbered lines is
# passed over in the scan.
_CUT_LINE = rf"[^\n]{{40}}[^\s{regex.escape(_LIST_LEAD_END)}]"
# A shared document's file extension, in its file name or a page marker
FILE_EXTENSION = r"\.(?:docx?|pdf|txt|wps)"
# What follows a page fragment's number: 、 (then the cut text, even a 、 or a decimal
# figure, "2、、企业增税", "2、7.1亿元", but not the 3月 of "2、3月份") or . (not a decimal).
FRAGMENT_NUMBER_END = r"(?:、(?!\.|\d++(?!\.\d))|\.(?![\d、.]))"
# The first page fragment repeats the title: "1、讲话同志们:…" under the title "讲话", or
# under its file name or page marker a few lines up ("讲话.docx", "讲话 _第3页"). The number
# and the repeats go (``fragments.find_title_repeats``); the title line stays the speech's.
FIRST_FRAGMENT = r"^[ \t]*1[、.][ \t]*"
SITE_TITLE_LINE = rf"[ \t]*(?P<t>[^\n]{{6,60}}?)(?:[ \t]*{FILE_EXTENSION})?(?:[ \t]*_第[ \t]*\d+[ \t]*页)?[ \t]*$"
# The lines above the first fragment where the title it repeats may stand.
TITLE_WINDOW = 20
# Heads of a document-sharing site's notice to downloaders, and the words its first
# numbered line speaks of the site with (a speech's "温馨提示:1. 请将手机调至静音" stays).
NOTICE_HEADS = ("温馨提示", "下载须知", "下载提示", "下载说明", "购买须知", "用户须知")
NOTICE_WORDS = ("下载", "文档", "本站", "预览", "上传", "付费", "会员", "客服", "版权")

# Buttons of a document-download page; a line of them holds one that only such a page
# writes (a line of 收藏 / 分享 alone is chrome's toolbar).
DOWNLOAD_BUTTONS = (
    r"(?i:加入vip)?免费下载", r"(?i:vip)?立即下载", "下载文档", "文档下载", "下载本文", "分享赚钱",
    r"分享\(赏\)", "收藏", "分享", "举报", "购物车", "我的足迹",
)
DOWNLOAD_ONLY = ("免费下载", "立即下载", "下载文档", "文档下载", "下载本文", "分享赚钱", "分享(赏)")
_DOWNLOAD_ONLY = "|".join(map(regex.escape, DOWNLOAD_ONLY))
_BUTTON = f"(?:{'|'.join(DOWNLOAD_BUTTONS)})"
# What a site writes where it hides the rest of a text from non-paying readers.
# ……(某某网省略833字,正式会员可完整阅读)  (未完,全文共6661字,当前仅显示2339字…  (阅读全部图文内容,您需要…
PAYWALL_MARK = (
    r"(?:此处隐藏|会员可见|(?:VIP|vip)会员专享|超出免费预览|剩余\d*个?字未读|试读(?:已经?)?结束|阅读已结束"
    r"|省略\d+字|当前仅?显示\d+字|会员可完整阅读|阅读全部图文)"
)
PAYWALL_ANCHORS = (  # 会员专享 only after VIP
    "此处隐藏", "会员可见", "会员专享", "免费预览", "字未读", "试读", "阅读已结束", "省略", "当前显示", "当前仅显示", "会员可完整", "阅读全部图文",
)

# What a writing site's name speaks of: 某某范文网, 公文之家, 秘书文库
SITE_NAME_WORDS = ("范文", "文秘", "公文", "文档", "写作", "秘书", "资料", "美文", "讲稿")

NOISE_PATTERNS: tuple[NoisePattern, ...] = (
    # 学习啦>实用范文>致辞讲话>会议发言稿>   首页 » 范文 » 讲话稿
    NoisePattern(
        "breadcrumb",
        # (a crumb broken over lines leaves its separator opening the second: 首页> / > 政务公开 > …)
        rf"^[ \t]*(?:[>»›][ \t]*)?{_CRUMB}{{1,20}}(?:[ \t]*[>»›][ \t]*{_CRUMB}{{1,20}}){{2,}}[ \t]*[>»›]?[ \t]*$",
        "[>»›]",
        anchors=(">", "»", "›"),
    ),
    # 上传人:张三 文档编号:123 格式:DOCX 页数:7
    NoisePattern(
        "uploader",
        r"^[^\n]*(?:上传人|上传者|文档编号|文档格式|页数|上传时间)[ \t]*:[^\n]*$",
        r"(?:上传人|上传者|文档编号|文档格式|页数|上传时间)[ \t]*:",
        anchors=("上传人", "上传者", "文档编号", "文档格式", "页数", "上传时间"),
    ),
    # ID:1072148   大小:27.60KB   格式:DOCX — a shared file's facts, each on a line of its own
    NoisePattern(
        "uploader",
        r"^[ \t]*(?:ID|大小|文件大小|格式)[ \t]*:[ \t]*[0-9A-Za-z.][0-9A-Za-z. ]{0,15}$",
        r"(?:ID|大小|格式)[ \t]*:",
        anchors=("ID", "大小", "格式"),
    ),
    # 资源描述: — a document-sharing site's heading above the text it shows
    NoisePattern(
        "uploader",
        r"^[ \t]*(?:资源描述|文档描述|文档简介|文档介绍)[ \t]*:?[ \t]*$",
        "资源描述|文档描述|文档简介|文档介绍",
        anchors=("资源描述", "文档描述", "文档简介", "文档介绍"),
    ),
    # 《某镇政府工作报告》由会员上传分享,免费在线阅读,更多相关内容在…
    NoisePattern(
        "uploader",
        r"^[ \t]*《[^》\n]{1,80}》[ \t]*由(?:会员|用户|网友)[^\n,。]{0,10}上传[^\n]*$",
        "由(?:会员|用户|网友)",
        anchors=("由会员", "由用户", "由网友"),
    ),
    # 佩珊分享 / 作者:… / 来源:… / 发布时间:…
    NoisePattern(
        "byline",
        r"^[ \t]*(?:[^\s、,:;。!?]{1,8}分享|(?:作者|来源|编辑|责任编辑|发布时间|发布日期|浏览次数|阅读量)[ \t]*:[^\n]{0,60})[ \t]*$",
        r"分享[ \t]*(?:\n|\Z)|(?:作者|来源|编辑|发布时间|发布日期|浏览次数|阅读量)[ \t]*:",
        anchors=("分享", "作者", "来源", "编辑", "发布时间", "发布日期", "浏览次数", "阅读量"),
    ),
    # 【以稿换稿】【收藏】 作者: 佚名  来源: 本站原创  阅读 次 — a byline among a page's buttons
    NoisePattern(
        "byline",
        rf"{_SHORT_LINE}(?=[^\n]*作者[ \t]*:[^\n]*来源[ \t]*:)[^\n]*$",
        r"作者[ \t]*:",
        anchors=("作者",),
    ),
    # ….docx_第1页   某某讲话 _第1页   第1页 / 共7页   第 4 页 共 4 页
    NoisePattern(
        "page_marker",
        rf"""(?x)
            [^\s\n。,]{{0,60}}{FILE_EXTENSION}_第[ \t]*\d+[ \t]*页
            # a title without its file's extension, on a line of its own: 某某讲话 _第1页
          | ^[ \t]*[^\s。!?,、;:.]{{2,60}}[ \t]*_第[ \t]*\d+[ \t]*页[ \t]*$""",
        "_第",
    ),
    NoisePattern(
        "page_counter",
        r"第[ \t]*\d+[ \t]*页[ \t]*/?[ \t]*共[ \t]*\d+[ \t]*页",
        r"共[ \t]*\d",
    ),
    # A site that cuts a paragraph into pages numbers each fragment: "…集中时间、集中\n2、精力,…"
    # The number follows a long line that stops mid-sentence (a blank line may stand between
    # on a page that spaces its lines); it is not a point (GUIDE §1).
    # A number that belongs to a run of consecutive numbered lines is a list (find_noise).
    NoisePattern(
        "page_fragment",
        rf"(?<={_CUT_LINE})[ \t]*\n(?:[ \t]*\n)?[ \t]*\d{{1,3}}{FRAGMENT_NUMBER_END}",
        rf"\n(?=(?:[ \t]*\n)?[ \t]*\d{{1,3}}[、.])(?<={_CUT_LINE}[ \t]*\n)(?:[ \t]*\n)?[ \t]*\d{{1,3}}[、.]",
        numbered=True,
    ),
    # 加入VIP免费下载 立即下载   下载文档   收藏 分享赚钱
    NoisePattern(
        "toolbar",
        rf"^[ \t]*(?=[^\n]*(?:{_DOWNLOAD_ONLY})){_BUTTON}(?:[ \t]+{_BUTTON})*[ \t]*$",
        _DOWNLOAD_ONLY,
        anchors=DOWNLOAD_ONLY,
    ),
    # 此处隐藏5120个字。VIP会员可见   亲,该文档总共12页,到这儿已超出免费预览范围,…
    NoisePattern(
        "paywall",
        rf"^{_footer(PAYWALL_MARK)}[^\n]*$",
        "|".join(PAYWALL_ANCHORS),
        anchors=PAYWALL_ANCHORS,
    ),
    # 收藏《县长在全县经济工作会议上的讲话》) — a bookmark button naming the page
    NoisePattern(
        "site_button",
        r"^[ \t]*收藏《[^》\n]{2,80}》\)?[ \t]*$",
        "收藏《",
    ),
    # 用户评论  (以下评论仅代表网友意见,与本站立场无关) — the head of a page's comments
    NoisePattern(
        "site_notice",
        rf"^[ \t]*(?:用户评论|网友评论|读者评论|评论列表|发表评论)[ \t]*:?[ \t]*$|{_SHORT_LINE}(?=[^\n]*(?:仅代表网友|与本站立场无关|不代表本站立场))[^\n]*$",
        "评论|仅代表网友|与本站立场无关|不代表本站立场",
        anchors=("评论", "仅代表网友", "与本站立场无关", "不代表本站立场"),
    ),
    # 展开阅读全文  点击查看更多>>  下载 相关 举报
    NoisePattern(
        "site_button",
        r"展开阅读全文|点击查看更多[>》»]*|查看更多[>》»]+|(?:下载|收藏|相关|举报|分享|打印)(?:[ \t]+(?:下载|收藏|相关|举报|分享|打印)){2,}",
        r"展开阅读|查看更多|(?:下载|收藏|相关|举报|分享|打印)[ \t]+(?:下载|收藏|相关|举报|分享|打印)",
        anchors=("展开阅读", "查看更多", "下载", "收藏", "相关", "举报", "分享", "打印"),
    ),
    # 下面是学习啦小编给大家整理的…,仅供参考。  以上就是小编为大家整理的…,希望对你有帮助。
    NoisePattern(
        "editor_blurb",
        r"(?:下面|以下|以上)(?:就)?是?[^\n。]{0,30}小编[^\n。]{0,120}?(?:仅供参考|欢迎阅读[^\n。]{0,40}|希望[^\n。]{0,40}|供大家参考[^\n。]{0,20})[。!.]?",
        "小编",
    ),
    # 导语:…一文来源于网友上传,不代表本站观点,…欢迎参考。  前言:本站为你精心整理了…范文,… —
    # a site's lead-in above the text it hosts, speaking of itself (本站, 范文, 网友上传)
    NoisePattern(
        "editor_blurb",
        r"^[ \t]*(?:导语|前言)[ \t]*:(?=[^\n]{0,160}?(?:本站|网友上传|范文|小编))[^\n]{1,240}$",
        r"(?:导语|前言)[ \t]*:",
        anchors=("导语", "前言"),
    ),
    # 【文章共3622字,精选参考范文,仅供学习借鉴】 — a site's note on the text it hosts
    NoisePattern(
        "editor_blurb",
        r"^[ \t]*【(?=[^】\n]{0,30}(?:范文|仅供学习|借鉴|抄袭|文章共\d+字))[^】\n]{2,40}】[ \t]*$",
        "【",
        anchors=("【",),
    ),
    # 《…》来源于feisuxs,欢迎阅读…。 — a site name or an invitation to read on, never
    # a speech's own "《决定》来源于实践。"
    NoisePattern(
        "source_line",
        r"^[ \t]*《[^》\n]{1,80}》[ \t]*(?:来源于|来自|出自)(?=[^\n]*(?:[A-Za-z]|欢迎|网络|本站|网站))[^\n]*$",
        "来源于|来自|出自",
        anchors=("来源于", "来自", "出自"),
    ),
    NoisePattern(
        "title_label",
        # 文件名称 | 某区政府工作报告 | — a portal's table names the title in a cell
        r"^[ \t]*(?:(?:文章标题|原标题|标题|题目)[ \t]*:|文件名称[ \t]*[:|])[ \t]*",
        r"(?:标题|题目)[ \t]*:|文件名称[ \t]*[:|]",
        anchors=("标题", "题目", "文件名称"),
    ),
    # [县长在县委书记]县长在…会议上的讲话: a bracketed link text (another article's cut
    # title, a column's name) glued before the title; the title after it stays
    NoisePattern(
        "title_label",
        r"^[ \t]*(?:\[\p{Han}{2,16}\]|【\p{Han}{2,16}】)(?=[^\n]{4,60}?(?:讲话|发言|致辞|报告|讲稿)[ \t]*$)",
        r"[\[【]\p{Han}{2,16}[\]】]",
        anchors=("[", "【"),
    ),
    # 看过…的人还看了: then the numbered list of related articles
    NoisePattern(
        "related_list",
        r"^[ \t]*(?:看过[^\n]{0,80}?的人还看了|相关推荐|相关文章|猜你喜欢|热门推荐|推荐阅读|延伸阅读)[ \t]*:?[^\n]*(?:\n[ \t]*(?:\d{1,2}[.、][^\n]*)?(?=\n|\Z))*",
        "的人还看了|相关推荐|相关文章|猜你喜欢|热门推荐|推荐阅读|延伸阅读", block=2000,
        anchors=("的人还看了", "相关推荐", "相关文章", "猜你喜欢", "热门推荐", "推荐阅读", "延伸阅读"),
    ),
    # 温馨提示: then numbered lines on previews, uploads and downloads
    NoisePattern(
        "site_notice",
        rf"^[ \t]*(?:{'|'.join(NOTICE_HEADS)})[ \t]*:?[ \t]*"
        # its numbered lines, up to a blank line (a speech's own list may follow one)
        rf"(?=\n[ \t]*1[.、][^\n]*?(?:{'|'.join(NOTICE_WORDS)}))(?:\n[ \t]*\d{{1,2}}[.、][^\n]*(?=\n|\Z))*",
        "|".join(NOTICE_HEADS), block=2000,
        anchors=NOTICE_HEADS,
    ),
    # copyright@ 2008-2022 …   Copyright © wanshu.net All Rights Reserved.版权所有
    NoisePattern(
        "copyright",
        rf"""(?x)^(?:
            # a mark no prose holds: a notice may run on past it ("…Reserved. 未经许可不得转载。")
            {_footer(_COPYRIGHT_MARK)}
            # 版权所有 on a short line (not 版权所有者/版权所有人, the owner of a copyright)
          | {_SHORT_LINE}(?=[^\n]*?版权所有(?![者人权方]))
        )[^\n]*$""",
        "(?i)copyright|©|版权所有|all rights reserved",
        anchors=("copyright", "©", "版权所有", "all rights reserved"),
    ),
    # 鄂ICP备2022015515号-1   工信部备案号:…   京公网安备11010502030143号
    NoisePattern(
        "icp",
        rf"""(?x)^(?:
            {_footer(_FILING_MARK)}
            # a filing-number label on a short line (not "项目备案号审核")
          | {_SHORT_LINE}(?=[^\n]*?备案号[ \t]*:)
        )[^\n]*$""",
        "(?i)icp|备案号|公网安备",
        anchors=("icp", "备案号", "公网安备"),
    ),
    # …有待进一步增强。【更多公文素材,微信:某某】 — an advertisement for the site, glued to a line
    NoisePattern(
        "contact",
        r"【更多[^】\n]{0,20}(?:微信|QQ|公众号|关注|加群)[^】\n]{0,30}】",
        "【更多",
    ),
    # 稿子汇 www.gaozihui.com — a site's name and address stamped on a line of the text
    NoisePattern(
        "watermark",
        r"^[ \t]*\p{Han}{2,10}[ \t,]*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6})+/?[ \t]*$",
        "(?i)www\\.",
        anchors=("www.",),
    ),
    # 某某范文网 — a writing site's name on a line of its own (under the title it hosts)
    NoisePattern(
        "watermark",
        rf"^[ \t]*\p{{Han}}{{0,8}}(?:{'|'.join(SITE_NAME_WORDS)})\p{{Han}}{{0,2}}(?:网|之家|文库)[ \t]*$",
        rf"(?:{'|'.join(SITE_NAME_WORDS)})\p{{Han}}{{0,2}}(?:网|之家|文库)[ \t]*(?:\n|\Z)",
        anchors=SITE_NAME_WORDS,
    ),
    # @page { size: 8.27in 11.69in; } p { line-height: 115%; } — a page's style sheet left in
    # its text (with the rest of a tag and a template's label before it: l> [标签:标题])
    NoisePattern(
        "markup",
        r"(?:[a-z]{1,4}>[ \t]*)?(?:\[标签:[^\]\n]{1,10}\][ \t]*)?"
        # (a property looked for ahead, then the block read once: a brace never closed costs
        # one pass, not one per property)
        r"(?:(?:@page|[A-Za-z][\w.#-]{0,40})[ \t]*\{(?=[^{}\n]*?[A-Za-z-][ \t]*+:)[^{}\n]*\}[ \t]*)+",
        "\\{",
        anchors=("{",),
    ),
    # 本网站内容仅供参考,内容侵权或错误投诉:640661@qq.com   联系我们   网站客服:…
    NoisePattern(
        "contact",
        rf"""(?x){_SHORT_LINE}(?:
            (?=[^\n]*[\w.+-]+@[\w-]+\.[\w.]+)         # an e-mail address
          | (?=[^\n]*(?:联系我们|本站内容|本网站内容|网站客服))   # the site speaking of itself
            # a complaint notice names the site or its content ("严厉打击侵权…投诉" is prose)
          | (?=[^\n]*(?:本站|本网站|本文|内容|@))(?=[^\n]*侵权[^\n]{{0,20}}(?:投诉|删除))
        )[^\n]*$""",
        "@|侵权|联系我们|本站内容|本网站内容|网站客服",
        anchors=("@", "侵权", "联系我们", "本站内容", "本网站内容", "网站客服"),
    ),
)

# Kinds that mark a page break: when one fills a line that interrupts a sentence, the line
# breaks around it go too, so the two halves of the sentence join again.
PAGE_BREAK_KINDS: frozenset[str] = frozenset({"page_marker", "page_counter", "site_button"})
