"""Marker styles of the genre (GUIDE §2), as a table.

Each row names a style, gives its regex (matched where a marker may open a point: a
line start, a sentence start, or after ``:``/``;``), the *family* it belongs to and how
its number is read. Styles of one family share a level in a speech's outline; the
``rank`` orders families when choosing which one forms a speech's parts.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from govspeech.numerals import CIRCLED, PAREN_DIGITS, PAREN_IDEOGRAPHS, parse_number

CN_DIGITS = "一二三四五六七八九十"
CN_NUM = f"[{CN_DIGITS}]{{1,3}}"
# Numerals listed with 、, not a marker before them: the next numeral before what such
# lists count (二、三次产业, 一、二线城市, 三、四月份, 二、三季度); or any numeral listed on or
# counting months, grades, industries (一、三产业). A heading may open with a numbered
# slogan (二、三农工作, 二、三大攻坚战, 五、六稳六保), and 一、一季度工作 lists nothing.
_NEXT_NUMERAL = "|".join(f"(?<={a}[、.]){b}" for a, b in zip(CN_DIGITS, CN_DIGITS[1:]))
_LISTED_COUNTS = "次?产|线|月|季|年级|级|等|类|期|批|轮"
_NUMERAL_LIST = rf"(?:{_NEXT_NUMERAL})(?={_LISTED_COUNTS})|[{CN_DIGITS}]{{1,2}}(?:[、月产]|年级|个月)"
# A site's number on the next fragment of a cut paragraph, before the rest of a sentence
# (2、、企业增税…, 3、,精神。): no point's heading starts with punctuation (GUIDE §1).
_CUT_SENTENCE = r"[ \t]*[、,。;:!?)”’]"
# A decimal broken by a space in exported text (24. 3亿元, 36. 8%、): the digits after the
# space, with a unit of amount or rate, end the clause, where a marker's heading goes on
# (1. 2024年要…, 2. 10万亩高标准农田建设).
_BROKEN_DECIMAL = (r"[ \t]+\d{1,3}[ \t]*(?:(?:%|‰|亿|万|千|百|元|美元|个百分点|倍)(?:元|美元|吨|亩|人|户|公里)?)?"
                   r"(?=[,;。、:)]|[ \t]*(?:\n|\Z))")


# ⒈ ⒉ … ⒛: one character each for 1. … 20. (an input method's symbol table); folding
# keeps characters one-for-one, so the style reads them as they are
DIGIT_FULL_STOPS = "".join(chr(cp) for cp in range(0x2488, 0x249C))


class MarkerStyle(NamedTuple):
    name: str
    pattern: str  # must contain a group ``n`` for the number, or have fixed numbers
    family: str
    numbers: dict[str, int | None] | None = None  # fixed numbers by marker word
    line_start_only: bool = False


MARKER_STYLES: tuple[MarkerStyle, ...] = (
    # 第一部分 — a report's parts, above 一、
    MarkerStyle("cn_section", rf"第(?P<n>{CN_NUM})部分[,:、]?", "cn_section"),
    # 第一个问题, — a speech that 讲三个问题 divides itself as a report does in parts
    MarkerStyle("cn_question", rf"第(?P<n>{CN_NUM})个问题(?:[,:]|是)?", "cn_section", line_start_only=True),
    # 一、  二.
    MarkerStyle("cn_dun", rf"(?P<n>{CN_NUM})[、.](?![、.]|{_NUMERAL_LIST})", "cn_dun"),
    # (一)  (二)、   and the one-character form ㈠
    MarkerStyle("paren_cn", rf"\((?P<n>{CN_NUM})\)[、.]?", "paren_cn"),
    MarkerStyle("paren_cn_char", rf"(?P<n>[{PAREN_IDEOGRAPHS}])", "paren_cn"),
    # 1、  2.   (not 2.3万, 24. 3亿元, 3月26日, 1+3, nor a site's 2、、 before a cut sentence)
    MarkerStyle("arabic", rf"(?P<n>\d{{1,2}})(?:、|\.(?![\d.]|{_BROKEN_DECIMAL}))(?!{_CUT_SENTENCE})", "arabic"),
    # ⒈  ⒉
    MarkerStyle(
        "arabic_stop_char", rf"(?P<w>[{DIGIT_FULL_STOPS}])", "arabic",
        numbers={ch: k + 1 for k, ch in enumerate(DIGIT_FULL_STOPS)},
    ),
    # (1)  1)
    MarkerStyle("paren_arabic", r"\((?P<n>\d{1,2})\)[、.]?", "paren_arabic"),
    MarkerStyle("arabic_paren", r"(?P<n>\d{1,2})\)(?!\d)", "paren_arabic"),
    MarkerStyle("paren_arabic_char", rf"(?P<n>[{PAREN_DIGITS}])", "paren_arabic"),
    # ①  ②
    MarkerStyle("circled", rf"(?P<n>[{CIRCLED}])", "circled"),
    # 第一,  第二:  第三是
    # 第三要 (after 一方面…另一方面…) but not 第一要务 / 第一要求
    MarkerStyle(
        "cn_ordinal",
        rf"第(?P<n>{CN_NUM})(?:[,:]|是|(?=要(?![求务素点件]))|、(?!{_NUMERAL_LIST}|[一二三四五六七八九十]))",
        "cn_ordinal",
    ),
    # 一是  二要  三是要 — one family: speeches switch between them within a list
    MarkerStyle("cn_shi", rf"(?P<n>{CN_NUM})是", "cn_verb"),
    MarkerStyle("cn_yao", rf"(?P<n>{CN_NUM})要(?![求务素点件])", "cn_verb"),
    # 其一  其二,
    MarkerStyle("qi_cn", r"其(?P<n>[一二三四五六七八九十])[,、:是]?", "qi_cn"),
    # 首先,  其次,  再次,  最后, — 最后 has no number (GUIDE gold)
    MarkerStyle(
        "sequence_word",
        # 再次 and 最后 are adverbs too (再次感谢, 最后一公里): they need their comma
        r"(?P<w>首先|其次)(?:[,:]|(?!的))|(?P<w>再次|最后)[,:]",
        "sequence_word",
        numbers={"首先": 1, "其次": 2, "再次": 3, "最后": None},
    ),
    # 一方面,  另一方面,
    MarkerStyle(
        "fangmian",
        r"(?P<w>另一方面|一方面)[,:]?",
        "fangmian",
        numbers={"一方面": 1, "另一方面": 2},
    ),
    # —— dash-led parallel points (also after 。 where a paragraph was run together)
    MarkerStyle("dash", r"(?:——|--)(?=[^—\-\s])", "dash", numbers={}),
)

# Families in the order they usually nest; the highest-ranked family with a sequence
# of line-start markers forms the parts of a speech.
FAMILY_RANK: tuple[str, ...] = (
    "cn_section", "cn_dun", "paren_cn", "cn_ordinal", "arabic", "paren_arabic", "cn_verb",
    "sequence_word", "qi_cn", "circled", "fangmian", "dash",
)

# Families whose numbering may carry on across a change of style (GUIDE §2: 一、 二、
# 三、 (四) (五) 六、 is one sequence; 首先 … 二是 … 三是 too).
CONTINUATION_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"cn_section", "cn_dun", "paren_cn", "arabic", "paren_arabic"}),
    frozenset({"cn_verb", "cn_ordinal", "sequence_word", "qi_cn", "fangmian"}),
)

# Families whose single line-start marker still heads a part (a report that numbers one
# section, or an excerpt of one): section headings in Chinese numerals. A lone line-start
# ``2、`` or ``第一,`` is more often a site's page fragment or a stray list item.
SINGLE_PART_FAMILIES: frozenset[str] = frozenset({"cn_section", "cn_dun", "paren_cn"})

# Styles that open a point after a mere space on a page whose paragraphs were joined by
# spaces (…工作安排 一、2007年工作回顾 2007年是…): section headings in Chinese numerals; a
# spaced 1. or 一是 is as often a number inside a sentence.
SPACED_STYLES: frozenset[str] = frozenset({"cn_section", "cn_dun", "paren_cn"})

# Families whose headings name a section (综合, 2025年工作回顾), which a page may join to
# the body by a space; a rhetorical marker's words run on (一方面要按照 “退二进三”…).
SECTION_FAMILIES: frozenset[str] = frozenset({"cn_section", "cn_dun", "paren_cn", "arabic", "paren_arabic"})

# The sequence word with no number: after the last part it opens a top-level node that
# closes the speech (GUIDE §2 "最后,…"); inside an earlier part it is prose.
CLOSING_WORD = "最后"

# Families that only count as a list when they have a sibling: a lone 一方面 or a lone
# dash line (a quotation's attribution) is not a point.
NEEDS_SIBLING: frozenset[str] = frozenset({"fangmian", "dash", "qi_cn"})

# Families whose points are single paragraphs: a list that starts on a later line does
# not nest under them (a —— review item, a 一方面 clause).
PARAGRAPH_SCOPED: frozenset[str] = frozenset({"dash", "fangmian"})

# Text right after a marker that shows it is not one (GUIDE §2 confusables).
NOT_A_MARKER: tuple[tuple[str, str], ...] = (
    # 首先,我代表区委… / 首先,请允许我… — a speaker's opening courtesy, not a list
    ("sequence_word", r"(?:我代表|请允许|让我们|向[^,。]{0,20}表示)"),
    # 最后,祝大家… — a closing wish
    ("sequence_word", r"(?:祝|预祝|恭祝)"),
)

# A line that sums up the parts and turns to a few last points: the lists after it stand
# beside the parts at the top level (GUIDE §2 "Lists outside the parts").
TOP_LEVEL_CUES = regex.compile(
    r"^[ \t]*(?:以上(?:[一二三四五六七八九十几两]+|这[些几]?[一二三四五六七八九十几两]*)(?:点|个方面|方面|项|条)"
    r"|下面,?我再(?:强调|讲)|最后,?我再(?:强调|讲))",
    regex.MULTILINE,
)

# The speaker announcing the parts of the speech (我讲三点意见, 讲几个方面的意见): on a page
# that lost its line breaks, a first item right after it opens a part even when the page
# is cut before its second.
PARTS_ANNOUNCED = regex.compile(
    r"(?:讲|谈|强调|提|说)[^。!?:]{0,8}[一二三四五六七八九十几两](?:点|个方面|方面|个问题|条)"
)

# A sentence that describes another document's sections (报告分为四个部分:一、…;二、…。):
# the sections it lists inline are that document's outline, not this text's.
CONTENTS_DESCRIBED = regex.compile(
    r"(?:分为|分成|包括|共有?|由)[一二三四五六七八九十几两]+个?(?:部分|章|篇|板块)(?:组成|构成)?[:,]?[ \t]*$"
)

# A news report's verb before the comma that opens the reported list (会议要求,一是…二是…):
# the newspaper form of 要求:一是…, so a marker may open a point after it.
REPORTING_VERBS = ("要求", "强调", "指出", "提出", "认为", "表示", "明确", "建议")

# A document site's notice to its readers above or below the text (温馨提示: then 1.… 2.…):
# its numbered lines are the site's, not the speech's points (GUIDE §1).
SITE_NOTICE = regex.compile(
    r"^[ \t]*(?:温馨提示|特别提示|下载须知|下载说明|用户须知|免责声明)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\d{1,2}[、.][^\n]*(?:\n|\Z))+",
    regex.MULTILINE,
)

# A contents line of a budget, statistical bulletin or plan (第一部分 部门概况……4): a dot
# leader then a page number. Its markers announce sections, they open none.
CONTENTS_LEADER = regex.compile(r"(?:…{2,}|[.·・．]{4,}|[-—]{6,})[ \t]*\d{1,4}[ \t]*$", regex.MULTILINE)
# A contents entry with no page number, right under a leader line (the list of 附表): short,
# with no sentence punctuation.
CONTENTS_ENTRY = regex.compile(r"[^\n。,;:!?]{1,40}$", regex.MULTILINE)

STYLE_BY_NAME: dict[str, MarkerStyle] = {s.name: s for s in MARKER_STYLES}

MARKER_PATTERN = regex.compile(
    "|".join(f"(?P<{s.name}>{s.pattern.replace('(?P<n>', f'(?P<{s.name}_n>').replace('(?P<w>', f'(?P<{s.name}_w>')})" for s in MARKER_STYLES)
)
NOT_A_MARKER_PATTERNS: dict[str, regex.Pattern[str]] = {}
for _family, _pattern in NOT_A_MARKER:
    _old = NOT_A_MARKER_PATTERNS.get(_family)
    _joined = f"{_old.pattern}|{_pattern}" if _old else _pattern
    NOT_A_MARKER_PATTERNS[_family] = regex.compile(_joined)


def marker_number(style: MarkerStyle, match: regex.Match[str]) -> int | None:
    """The 1-based number a matched marker stands for (``None`` for ——, 最后).

    >>> m = MARKER_PATTERN.match("(四)坚持")
    >>> marker_number(STYLE_BY_NAME["paren_cn"], m)
    4
    """
    if style.numbers is not None:
        word = match.group(f"{style.name}_w") if "(?P<w>" in style.pattern else None
        return style.numbers.get(word) if word else None
    return parse_number(match.group(f"{style.name}_n"))
