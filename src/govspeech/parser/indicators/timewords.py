"""Words of time and of sections as data tables: how a period reaches past its sentence,
which headings make plans or reviews, and how a period resolves to calendar dates.

Read by ``context`` (period and status from paragraphs and headings) and ``timeline``
(periods as intervals); like ``lexicon``, nothing here is compiled or interpreted.
"""

from __future__ import annotations

from typing import NamedTuple

# Period cues that hold for their own sentence only: a paragraph opening 全年,… does not
# set the period of the sentences after it (GUIDE §3, period from context).
SENTENCE_PERIODS = frozenset({"全年", "当年", "年内", "年底", "年末", "每年"})

# Section headings (GUIDE §3): a plan section makes its figures targets, a review section
# actuals. A plan heading must also name a period (三、2026年主要工作); later parts with
# no words of their own stay in the plan.
SECTION_PLAN = (
    "工作安排|重点工作|主要任务|主要工作|目标任务|总体部署|总体要求|主要目标|预期目标|工作打算"
    "|工作建议|工作思路|今后五年|今后一个时期"
)
SECTION_REVIEW = "回顾|总结|成就|成绩|过去"
# Periods of several years; a heading naming a year and a span (2025年和“十四五”时期工作回顾)
# gives the one of the same kind as the paragraph before.
SPAN_PERIOD = "五”|[两二三四五六七八九十]年|五年|十年"
# A paragraph opening that makes every figure of the paragraph a target.
TARGET_OPENERS = "(?:主要|预期|发展)目标(?:是|为)?:|目标任务(?:是|为)?:"
# Periods still to come: a paragraph framed by one (明年要…, 今后五年,…) states targets, as a plan
# heading does, wherever it stands.
FUTURE_PERIODS = "明年|来年|今后|未来"
# Words that end a reported speech's lead: in 他说,2014年,… or 会议提出,2024年…, the period
# framing the sentence (and the ones after it) stands in the clause after the lead.
REPORTING_LEADS = "说|指出|提出|表示|强调|介绍|透露|宣布|称|据悉|据统计|据了解"
# Words that make the period after them the end of a span, not the time of the sentence:
# 政策再延长至明年3月底 (at the head of a sentence, 到2025年,… still frames it; 截至10月底 is
# the date a figure stands at).
SPAN_ENDS = "(?<!截)至|(?<!截止)到"


class TimeExpression(NamedTuple):
    """A period's words and how they resolve to dates (``timeline._resolve`` reads ``kind``)."""

    kind: str
    pattern: str  # matched against the whole period text; named groups carry the numbers


# Periods as calendar intervals (first match wins); relative words need the speech's year.
TIME_EXPRESSIONS: tuple[TimeExpression, ...] = (
    TimeExpression("year_end", "(?P<year>(?:19|20)\\d\\d)年(?:末|底)"),
    TimeExpression("year", "(?P<year>(?:19|20)\\d\\d)年(?:全年|以来)?"),
    TimeExpression("plan", "“(?P<plan>[一二三四五六七八九十]{1,3}五)”(?:时期|期间|以来|(?P<end>末))"),
    TimeExpression("this_year", "今年(?:以来)?|本年"),
    TimeExpression("next_year", "明年"),
    TimeExpression("last_year", "去年|上年|过去(?:的)?一年|刚刚过去的一年|一年来|一年以来"),
    TimeExpression("two_years", "今明两年"),
    TimeExpression("past_years", "(?:这|过去|近)(?P<n>[一二三四五六七八九十两\\d]{1,2})年"
                   "|(?P<n2>[二三四五六七八九十两\\d]{1,2})年(?:来|以来)"),
    TimeExpression("future_years", "(?:今后|未来)(?P<n>[一二三四五六七八九十两\\d]{1,2})年"),
    TimeExpression("whole_year", "全年|当年|年内|本年度"),
    TimeExpression("year_end_rel", "年底|年末"),
    TimeExpression("half", "(?P<half>[上下])半年"),
    TimeExpression("quarter", "(?P<q>前三|[一二三四])季度"),
    TimeExpression("months", "(?P<first>1[0-2]|[1-9])[-—–~～至到](?P<month>1[0-2]|[1-9])月(?:份)?"),
    TimeExpression("months", "前(?P<month>1[01]|[1-9]|十[一二]?|[一二两三四五六七八九])个月"),  # 前5个月: to May
    TimeExpression("month", "(?P<month>1[0-2]|[1-9])月(?:份|底)?(?P<by>底前)?"),
)
