"""The words that frame a speech (GUIDE §1–2): salutations, title lines, dates, closings.

A data table shared by the stages that split speeches, read their headers and find their
closing. Rows are regexes over normalised text; extend them here, not in the stages.
"""

from __future__ import annotations

import regex

from govspeech.parser.lines import Line
from govspeech.parser.outline.markers import MARKER_PATTERN  # a data table too

# One addressee: 同志们 / 代表们 (any "…们" but the pronouns), 各位代表 / 各位领导 (any "各位…").
_ADDRESSEE = r"(?:各位[^\s,。!?:;、]{1,8}|(?!我们|你们|他们|她们|咱们)[^\s,。!?:;、]{1,6}们)"
# A salutation line: 同志们: / 各位委员、同志们: / 尊敬的各位领导、各位嘉宾:
SALUTATION = regex.compile(rf"^(?P<who>(?:尊敬的)?{_ADDRESSEE}(?:[、,](?:尊敬的)?{_ADDRESSEE}){{0,5}})[ \t]*:")
# An address opening a paragraph: 同志们, / 各位委员、同志们, / 同志们! (the speaker's own
# voice, never a page's line)
_ADDRESS = rf"[ \t]*(?:尊敬的)?{_ADDRESSEE}(?:、{_ADDRESSEE}){{0,5}}[,!]"
ADDRESS_OPENING = regex.compile(rf"^{_ADDRESS}", regex.MULTILINE)
# What an address opens inside a report, not at its close (GUIDE §2: the close rallies,
# 同志们,让我们…): a review of the past year, the report's own opening, its problems.
CONTENT_OPENERS = (
    "刚刚过去的", "过去的一年", "过去一年", "一年来", "过去五年", "过去的五年", "五年来",
    "现在,我代表", "现在我代表", "客观审视", "在肯定成绩的同时", "我们也清醒地看到",
)
# The rallying close at a line start: an address that opens no content
CLOSING_CUE = regex.compile(rf"^{_ADDRESS}(?!{'|'.join(CONTENT_OPENERS)})", regex.MULTILINE)
# How a rallying close ends: …而努力奋斗! / …再创新的辉煌!
RALLYING_ENDS = ("!", "!”")
# Words that make a short line look like a speech title.
TITLE_WORDS = regex.compile(r"讲话|发言|致辞|报告|讲稿|表态|动员|总结|演讲|主持词|讲评|汇报")
# Offices that name a speaker: 县委书记 张三 / 全国人民代表大会常务委员会委员长 某某
_OFFICES = "书记|县长|区长|市长|省长|州长|主任|局长|部长|镇长|乡长|主席|厅长|院长|校长|经理|总理|委员长|秘书长|检察长"
# What a meeting's name ends with: 全县经济工作会议 / 春节团拜会 / 开工仪式
_MEETINGS = (
    "会议|全会|大会|座谈会|推进会|动员会|部署会|报告会|培训班|仪式|典礼|论坛|年会|例会"
    "|团拜会|茶话会|恳谈会|表彰会|誓师会|交流会|观摩会|汇报会"
    "|工作会|分析会|务虚会|调度会|现场会|评议会|讲评会|点评会|通报会|协调会|联席会|总结会|述职会|启动会"
    "|对接会|洽谈会|推介会|培训会|见面会|约谈会|人代会|常委会|活动(?=上)"  # not 活动动员大会
)
# 区委书记在区委全会上的讲话 / 在全县经济工作会议上的讲话 / 开发区工作会议上的讲话
TITLE_PARTS = regex.compile(
    r"^(?:(?:\d{4}|20[xX×]{2})年)?(?:(?P<speaker>[^在]{1,24}?)?在)?"
    rf"(?P<meeting>[^在]{{2,40}}?(?:{_MEETINGS}))"
    r"(?:上|开幕式上|闭幕式上)?的?(?:政府)?(?:工作)?(?:" + TITLE_WORDS.pattern + ")"
)
# 区长领导干部大会表态讲话: an office opening the meeting's name is the speaker
OFFICE_PREFIX = regex.compile(r"^(?P<office>[^\s在]{0,8}?(?:书记|县长|区长|市长|省长|主任|局长|部长|镇长|乡长|主席))(?=.{2})")
# 县委书记 李四: an office and a name on their own header line
SPEAKER_LINE = regex.compile(
    rf"^(?P<speaker>[^\s,。]{{0,16}}(?:{_OFFICES})"
    r"(?:[ \t\u3000]+(?:\p{Han}(?:[ \t\u3000]?\p{Han}){1,3}|\p{Han}?(?:[xX×*]{2,3}|_{2,3})))?)$"  # 张三 / XX / 张**
)
# An office-holder glued after a title by a page that lost the line break between them:
# 2022年城市管理工作报告市城管局党组书记、局长  杜  宇 (the name spaced apart, as a title
# block writes it: a title never ends in a spaced name)
GLUED_SPEAKER = regex.compile(
    rf"(?<=讲话|报告|发言|致辞|总结)(?P<office>[^\s,。]{{0,20}}?(?:{_OFFICES}))"
    r"(?P<name>[ \t\u3000]+\p{Han}(?:[ \t\u3000]*\p{Han}){1,2})$"
)
# A title numbered by the site
NUMBERED_TITLE = regex.compile(
    r"(?:篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # …讲话篇1 / 篇二
    r"|[(【\[](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)】\]]"  # …讲话(一) / 【2】
    r"|之[一二三四五六七八九十]"  # …讲话之二
    r"|(?<=讲话|发言|致辞|讲稿|范文)\s*\d{1,2})"  # …讲话稿3 / 范文2
    r"\s*:?$"
)
_DATE = r"(?:\d{4}|[一二〇○零三四五六七八九]{4}|20[xX×]{2})年[^()\n]{1,12}日"
# (2024年1月5日) on its own line; also (2026年1月27日在…会议上) and 2026年1月27日在…会议上 省长 某某
DATE_LINE = regex.compile(rf"^\(?(?P<date>{_DATE})(?P<rest>在[^()\n]{{2,70}})?\)?$")
# …会议上的报告(2021年3月29日): a date in brackets closing a title or subtitle line
DATE_NOTE = regex.compile(rf"[ \t]*\((?P<date>{_DATE})\)$")
# ——在全县经济工作会议上的讲话: a subtitle line, or the subtitle part of a title line
SUBTITLE_DASH = regex.compile(r"\s*(?:——|-{2,4}|—|──)\s*")
SUBTITLE_PREFIXES = ("——", "--", "—", "──")  # ── (box drawing): a Word export's dash

MAX_HEADER_LINE = 80  # a title, subtitle or date line is short
MAX_TITLE_LINE = 60  # a title line, despaced
MAX_HEADER_WALK = 16  # non-blank lines walked up from a salutation to find its title

# What a title looks like in this genre (on the despaced line): 在…上的讲话, …讲话提纲,
# …讲话摘要, 政府工作报告, …统计公报, 关于…的通知/意见, or any line ending in a speech word.
TITLE_SHAPE = regex.compile(
    r"(?:在[^\n]{2,40}?上的(?:讲话|发言|致辞|报告|工作报告|总结讲话|主持词)(?:稿|提纲|摘要)?"
    r"|(?:政府)?工作报告|统计公报|公报"
    r"|关于[^\n]{2,40}?的(?:通知|意见|决定|办法|报告|实施方案)"
    r"|(?:讲话|发言|致辞|讲稿|演讲|主持词|报告|汇报)(?:稿|提纲|摘要|全文)?)"
    r"(?:[(【\[][^()【】\[\]]{1,10}[)】\]])?:?$"
)
# A digest of one speaker among several in a notice: …书记的讲话摘要 / …市长讲话要点
DIGEST_TITLE = regex.compile(r"(?:的)?(?:讲话|发言|致辞)(?:摘要|要点|摘登|精神)$")
# A title that names one speaker: an office, or 某某同志
SPEAKER_NAMED = regex.compile(rf"{_OFFICES}|同志")
# A digest's title may be numbered in the notice: 一、县委书记某某的讲话摘要
_DIGEST_NUMBER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.])[ \t]*")
# A news lead under a page headline: 省长某某作政府工作报告 (a title never says 作)
NEWS_LEAD = regex.compile(r"^[^\s,。在的]{2,24}(?<!工)作(?:了)?[^\s,。的]{0,10}报告。?$")
# Notes on the text: (根据直播整理) / (文字实录) / (摘要)
_NOTE_WORDS = ("文字实录", "实录", "全文", "摘要", "节选", "有删节")
_NOTE = rf"根据[^()]{{1,10}}整理|{'|'.join(_NOTE_WORDS)}"
# (根据直播整理) / (文字实录): a note on the text, kept with the header
TEXT_NOTE = regex.compile(rf"^\((?:{_NOTE})\)$")
# A speaker's bare name under a title block: 习近平 / 张 三 (not a note: 摘要, 全文)
NAME_LINE = regex.compile(rf"^(?!(?:{'|'.join(_NOTE_WORDS)})$)(?:\p{{Han}}{{2,3}}|\p{{Han}}(?:[ \t\u3000]+\p{{Han}}){{1,2}})$")
# 政府工作报告(文字实录): a note on the text at the end of a title line
TITLE_NOTE = regex.compile(rf"[(【\[]({_NOTE})[)】\]]$")
# ……日在某省人民代表大会第四次会议上: the meeting a date or subtitle line names
# (a subtitle may open with the meeting's name, and a wrapped line leaves a space in it:
# ——某某县 第九届人民代表大会第三次会议上)
MEETING_AT = regex.compile(
    rf"(?:在|^)(?:\d{{1,2}}月\d{{1,2}}日)?(?P<meeting>(?:[^在\s()]|(?<=\S)[ \t](?=[^在\s()])){{2,50}}?(?:{_MEETINGS}))"
    r"(?:上|开幕式上|闭幕式上)"
)
# A title glued to its salutation on one line (a page that lost its line breaks):
# 县长在全县工作会议上的讲话同志们:今天… — the shortest run up to a speech word that a
# salutation follows; a sentence end or a comma is never inside a title.
GLUED_TITLE = regex.compile(
    r"^(?:[^\n。!?,;:]{0,60}?(?:文章标题|标题|题目)[ \t]*:[ \t]*)?"  # a page's label before the title
    r"(?P<title>[^\n。!?,;:]{2,120}?(?:讲话|发言|致辞|报告|汇报|讲稿)(?:稿|提纲)?(?:\([^()\n]{1,20}\))?)[ \t]*"
    # the speaker glued between them: …的讲话某某区委常委、副区长王某某同志们: (the
    # salutation then opens with its usual words, so the name does not take 同 of 同志们)
    rf"(?:(?P<office>[^\n。!?,;:]{{0,30}}?(?:{_OFFICES}))(?P<name>\p{{Han}}{{2,3}})(?=同志们|各位|尊敬的|代表们|委员们))?"
    rf"(?={SALUTATION.pattern.removeprefix('^').replace('(?P<who>', '(?:')})"
)
# Where a page's title glued before the speech's own ends: after a speech word, before
# more text (县长在…会上讲话 | 县长在…会议上的讲话)
TITLE_WORD_END = regex.compile(rf"(?:{TITLE_WORDS.pattern})(?=[^(])")
# The last line of a title broken over several lines when it holds only the title word:
# 中国人民政治协商会议 / 某某市第五届委员会常务委员会 / 工作报告
BARE_TITLE = regex.compile(r"^(?:政府)?(?:工作)?(?:总结)?(?:报告|讲话|发言|致辞|汇报)$")
MAX_TITLE_HEAD = 30  # a line of a title above its bare title word
# ...each naming the body that reports (a site's name above the title names none)
REPORTING_BODY = regex.compile(
    r"(?:会议|委员会|常委会|政府|人大|政协|法院|检察院|党委|纪委|监委|工委|街道|办事处|[省市县区州旗镇乡局厅])$"
)
# Letters spaced out over a title: 政 府 工 作 报 告
_SPACED_LETTERS = regex.compile(r"^\p{Han}(?:[ \t\u3000]+\p{Han}){3,}$")
_INNER_SPACE = regex.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")
# A site's own suffix on a page title: _某某网 / - 某某政府网 / .docx
TITLE_SUFFIX = regex.compile(
    r"(?:(?:[ \t]*[_|]|[ \t]+-[ \t]*)[^_|\n]{1,20}(?:网|网站|门户|平台|文库|客户端)|\.(?:docx?|pdf|wps|txt)"
    r"|[ \t]*\(全文\d{1,6}字\))$"  # a site's word count: (全文2584字)
)
# The bars closing a table's cell after a title: 某某2020年工作总结 | |
TABLE_BARS = regex.compile(r"(?:[ \t]*\|)+[ \t]*$")
# A site's category label after a title: 某某讲话(县区) / 某某报告(精选)
SITE_LABEL = regex.compile(r"[ \t]*\((?:县区|乡镇|街道|精选|范文|通用|完整版|最新)\)$")


def is_header_line(line: Line) -> bool:
    """A short line that does not end a sentence nor open a point: a title, subtitle or date."""
    return (
        0 < len(line.text) <= MAX_HEADER_LINE
        and line.text[-1] not in "。!?;,"
        and not SALUTATION.match(line.text)
        and not _opens_point(line.text)
    )


def _opens_point(text: str) -> bool:
    """Whether a line starts with a marker (a ——subtitle under a title does not count)."""
    m = MARKER_PATTERN.match(text)
    return m is not None and m.lastgroup != "dash"

# A notes block after a bulletin's body: 注释: / 资料来源: / 名词解释, then [1]… / 1.… entries
NOTES_HEAD = regex.compile(
    r"^(?:附件[ \t]*\d{0,2}[ \t]*:?[ \t]*)?[【\[]?(?:注释|注|附注|说明|资料来源|数据来源|名词解释|附注说明)[】\]]?[ \t]*(?::|$)"
)
# 附件 / 附件1: an attachment's head on its own line
APPENDIX_HEAD = regex.compile(r"^附件[ \t]*\d{0,2}[ \t]*:?$")
# A line that opens a part of a speech in Chinese numerals: 一、 / (一) / 第一部分 (notes never do)
PART_MARKER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}部分)")
# A headline glued to the text under it on one line, by a page that lost its line breaks:
# 某街道2024年政府工作报告一、2023年工作回顾… (the first part's marker follows; 讲话(一) is a
# speech's number) or 2024年某县统计公报 2024年,全县… (a space, then a sentence)
GLUED_HEADLINE = regex.compile(
    r"^(?P<title>[^\s。!?,;:、()]{4,60}?(?:报告|公报|讲话|致辞))(?=一、(?![、.])|第一部分|[ \t]+[^\s,。]{2,},)"
)
NOTE_ITEM = regex.compile(r"^(?:\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}[.、]|[①-⑳])")
# How a news item or a profile opens (an article a page appends after the speech)
NEWS_OPENING = regex.compile(
    r"^(?:\d{1,2}月\d{1,2}日|本报讯|本报[^\s,。]{0,6}电|新华社|央视网|人民网|记者|近日|日前|昨天|昨日|今天上午|今天下午"
    r"|[^\s,。]{2,12}(?:,|、)(?:男|女),|[^\s,。]{2,4},(?:男|女)|[^\s,。]{2,4}简历|[^\s,。]{2,4}同志简历)"
)
MAX_HEADLINE = 40  # a headline above an appended article
# An issuing body signing a text: 某某县人民政府 / 中共某某县委办公室
SIGNATURE_LINE = regex.compile(r"^[^\s,。!?:;]{2,24}(?:政府|委员会|办公室|办公厅|党委|县委|市委|区委|省委|局|厅|部|中心)$")


def outside_kind(text: str, after_speech: bool) -> str:
    """The noise kind of a stretch outside every speech (folded text), by its shape.

    >>> outside_kind("注释:\\n[1]本公报数据为初步统计数。", True)
    'notes'
    """
    lines = [t.strip() for t in text.split("\n") if t.strip()]
    if not lines:  # white space other than layout (a lone no-break space)
        return "outside"
    if NOTES_HEAD.match(lines[0]) or (APPENDIX_HEAD.match(lines[0]) and len(lines) > 1 and NOTES_HEAD.match(lines[1])):
        return "notes"
    if all(len(t) <= MAX_HEADLINE and t[-1] not in "。!?;" for t in lines):
        return "nav"
    return "appended" if after_speech else "outside"


def despace(text: str) -> str:
    """A letter-spaced line without its spaces: ``政 府 工 作 报 告`` → ``政府工作报告``.

    >>> despace("政 府 工 作 报 告"), despace("上海市市长 龚正")
    ('政府工作报告', '上海市市长 龚正')
    """
    return _INNER_SPACE.sub("", text) if _SPACED_LETTERS.match(text) else text


def clean_title(text: str) -> str:
    """A title line as the speech's title: despaced, without a file extension, a site's
    suffix, its category label or the bars of the table cell it stood in."""
    return despace(SITE_LABEL.sub("", TITLE_SUFFIX.sub("", TABLE_BARS.sub("", text)))).strip()


def looks_like_title(text: str) -> bool:
    """Whether a header line reads as a speech title (not a news lead, not a sentence).

    >>> looks_like_title("在全县经济工作会议上的讲话"), looks_like_title("县长张三作政府工作报告")
    (True, False)
    """
    title = clean_title(text)
    if not title or len(title) > MAX_TITLE_LINE or title[-1] in "。!?;," or NEWS_LEAD.match(title):
        return False
    return bool(TITLE_SHAPE.search(title) or TITLE_WORDS.search(title) or NUMBERED_TITLE.search(title))


def straddles_title(upper: str, lower: str) -> bool:
    """Whether two lines are one title broken between them: ``在全县经济工作`` / ``会议上的讲话``.

    >>> straddles_title("县委书记在全县经济工作", "会议上的讲话"), straddles_title("坚定信心", "在全县会议上的讲话")
    (True, False)
    """
    joined = TITLE_SHAPE.search(upper + lower)
    return joined is not None and joined.start() < len(upper) and not TITLE_SHAPE.search(upper)


def heads_bare_title(lines: list[str]) -> bool:
    """Whether ``lines`` are one title over a bare title word: the last line (despaced)
    is only the title word, the lines above it short names of the reporting body, without
    a title word or punctuation (``中国人民政治协商会议`` / ``某某县委员会常务委员会`` / ``工 作 报 告``).

    >>> heads_bare_title(["某某市人民代表大会常务委员会", "工作报告"]), heads_bare_title(["坚定信心", "在全县会议上的讲话"])
    (True, False)
    """
    *upper, last = [despace(line) for line in lines]
    # a title word that names the body itself (某某县人民政府 / 政府工作报告) stands alone
    body = REPORTING_BODY.search(upper[-1]) if upper else None
    if body is not None and last.startswith(body.group()):
        return False
    return bool(upper) and BARE_TITLE.match(last) is not None and all(
        2 < len(line) <= MAX_TITLE_HEAD and REPORTING_BODY.search(line) and not TITLE_WORDS.search(line) and not NAME_LINE.match(line)
        and not regex.search(r"[,。!?;:、()\s]", line) and not DATE_LINE.match(line)
        for line in upper
    )


def digest_title(text: str) -> str | None:
    """The title of one speaker's digest in a notice, without the notice's number, or ``None``.

    >>> digest_title("一、县委书记李四的讲话摘要"), digest_title("今年要抓好项目建设。")
    ('县委书记李四的讲话摘要', None)
    """
    number = _DIGEST_NUMBER.match(text)
    title = text[number.end():] if number else text
    if not DIGEST_TITLE.search(title) or not SPEAKER_NAMED.search(title) or not looks_like_title(title):
        return None  # 领导讲话摘要 heads the notice; 县长某某的讲话摘要 is one speaker's
    return title

