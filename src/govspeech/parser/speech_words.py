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
SALUTATION = regex.compile(rf"^(?P<who>(?:尊敬的)?{_ADDRESSEE}(?:、(?:尊敬的)?{_ADDRESSEE}){{0,5}})[ \t]*:")
# The rallying close at a line start: 同志们, / 各位委员、同志们, / 同志们!
CLOSING_CUE = regex.compile(rf"^[ \t]*(?:尊敬的)?{_ADDRESSEE}(?:、{_ADDRESSEE}){{0,5}}[,!]", regex.MULTILINE)
# How a rallying close ends: …而努力奋斗! / …再创新的辉煌!
RALLYING_ENDS = ("!", "!”")
# Words that make a short line look like a speech title.
TITLE_WORDS = regex.compile(r"讲话|发言|致辞|报告|讲稿|表态|动员|总结|演讲|主持词|讲评")
# 区委书记在区委全会上的讲话 / 在全县经济工作会议上的讲话 / 开发区工作会议上的讲话
TITLE_PARTS = regex.compile(
    r"^(?:(?:\d{4}|20[xX×]{2})年)?(?:(?P<speaker>[^在]{1,24}?)?在)?"
    r"(?P<meeting>[^在]{2,40}?(?:会议|全会|大会|座谈会|推进会|动员会|部署会|报告会|培训班|仪式|典礼|论坛|年会|例会))"
    r"(?:上|开幕式上|闭幕式上)?的?(?:" + TITLE_WORDS.pattern + ")"
)
# 区长领导干部大会表态讲话: an office opening the meeting's name is the speaker
OFFICE_PREFIX = regex.compile(r"^(?P<office>[^\s在]{0,8}?(?:书记|县长|区长|市长|省长|主任|局长|部长|镇长|乡长|主席))(?=.{2})")
# 县委书记 李四: an office and a name on their own header line
SPEAKER_LINE = regex.compile(
    r"^(?P<speaker>[^\s,。]{0,16}(?:书记|县长|区长|市长|省长|主任|局长|部长|镇长|乡长|主席|厅长|院长|校长|经理)"
    r"(?:[ \t]+[^\s,。]{2,4})?)$"
)
# A title numbered by the site
NUMBERED_TITLE = regex.compile(
    r"(?:篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # …讲话篇1 / 篇二
    r"|[(【\[](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)】\]]"  # …讲话(一) / 【2】
    r"|之[一二三四五六七八九十]"  # …讲话之二
    r"|(?<=讲话|发言|致辞|讲稿|范文)\s*\d{1,2})"  # …讲话稿3 / 范文2
    r"\s*:?$"
)
# (2024年1月5日) on its own line
DATE_LINE = regex.compile(
    r"^\(?(?P<date>(?:\d{4}|[一二〇○零三四五六七八九]{4}|20[xX×]{2})年[^()\n]{1,12}日)\)?$"
)
# ——在全县经济工作会议上的讲话: a subtitle line, or the subtitle part of a title line
SUBTITLE_DASH = regex.compile(r"\s*(?:——|--|—)\s*")
SUBTITLE_PREFIXES = ("——", "--", "—")

MAX_HEADER_LINE = 80  # a title, subtitle or date line is short
MAX_HEADER_LINES = 6  # lines between a title and its salutation


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
