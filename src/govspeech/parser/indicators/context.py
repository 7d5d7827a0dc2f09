"""Period and status a figure takes from its paragraph and its section (GUIDE §3).

A work report states the time and the mood of its figures once: ``这五年,…`` or
``刚刚过去的2025年,…`` at the head of a paragraph, ``三、2026年主要工作`` in a heading. The
figures below inherit them when their own sentence is silent. ``SpeechContext`` walks one
speech in document order (sentences are fed in order, so the work stays linear in the text)
and answers, for each sentence, the period and status its figures default to:

1. the paragraph: the period framing the nearest earlier sentence (``2014年,…`` or, after a
   reporting lead, ``他说,2014年,…``) holds until another sentence names one; before any,
   a period in its first sentence (the second when the first is a point heading
   ``——综合实力显著增强。``). ``主要预期目标是:`` makes the rest of the paragraph targets,
   and so does a period still to come (``明年要…``);
2. the nearest heading above with a period, in the heading's own words;
3. the paragraph before that settled on a period: the opening of a part (``过去一年,…``)
   frames its points and the paragraphs after it, not the next point's;
4. the section: a plan heading (``…年主要工作``) makes targets, for its part and the parts
   after it with no words of their own; a review heading (``…工作回顾``) actuals. A section
   heading that lost its number (``2014年工作回顾`` on a line of its own) holds over the
   numbered parts below it that name no period.

>>> ctx = SpeechContext()
>>> ctx.enter_part("三、2026年主要工作")
>>> ctx.defaults(("三、2026年主要工作",))
Defaults(period='2026年', status='target')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from govspeech.parser._types import Status
from govspeech.parser.indicators import timewords
from govspeech.parser.indicators.cues import PERIOD, period_marks

__all__ = ["Defaults", "SpeechContext", "carried_periods"]

_PLAN = re.compile(timewords.SECTION_PLAN)
_REVIEW = re.compile(timewords.SECTION_REVIEW)
_SPAN = re.compile(timewords.SPAN_PERIOD)
_TARGET_OPENER = re.compile(timewords.TARGET_OPENERS)
_FUTURE = re.compile(timewords.FUTURE_PERIODS)
# a paragraph that opens as a point: ——综合实力显著增强。 (1) 一是 1.
_POINT_OPENING = re.compile(r"\s*(?:——|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[是、]|\d{1,2}[.、])")
_FIRST_CLAUSE = re.compile("[^,:;。!?]*")
# a reported speech opens with its speaker: 他说,2014年,… (the frame is the clause after)
_LEAD = re.compile(f"[^,:;。!?]{{0,16}}?(?:{timewords.REPORTING_LEADS})[,:]")
_DIGIT = re.compile(r"\d")
_SPAN_END = re.compile(f"(?:{timewords.SPAN_ENDS})$")
_DATE_REST = re.compile(r"\d{1,2}月\d{1,2}[日号]")  # 2013年3月3日: a day, not a period
_OPENER_REACH = 80  # a target opener stands this close to the paragraph's start
# a section heading without a marker is a short line of its own, outside any point, that
# names a period: 2026年主要工作, 过去五年工作回顾 (not 巩固拓展脱贫攻坚成就)
_BARE_HEADING = 24
_SECTION_WORDS = re.compile(f"{timewords.SECTION_PLAN}|{timewords.SECTION_REVIEW}")
_SENTENCE_MARKS = re.compile("[。!?;,:]")


class Defaults(NamedTuple):
    """What a figure with no cue of its own takes: a period text and a status (or ``None``)."""

    period: str | None
    status: Status | None


def carried_periods(text: str) -> list[str]:
    """Period cues of ``text`` that reach past their own sentence (``全年`` does not, nor
    the year of a date: ``2013年3月3日``)."""
    return [p for _, p in _carried_marks(text)]


def _carried_marks(text: str) -> list[tuple[int, str]]:
    if PERIOD.search(text) is None:
        return []  # most clauses name no period: one scan in C decides
    return [(end, p) for end, p in period_marks(text)
            if p not in timewords.SENTENCE_PERIODS and _DATE_REST.match(text, end) is None]


@lru_cache(maxsize=1024)
def _heading_periods(heading: str) -> tuple[str, ...]:
    """``carried_periods`` of a heading, remembered: every sentence below reads it again."""
    return tuple(carried_periods(heading))


def _is_span(period: str) -> bool:
    return _SPAN.search(period) is not None


def _frame(sentence: str) -> str | None:
    """The period framing a sentence: the first of its opening clause (after a reporting
    lead: ``他说,2014年,…``), unless a figure comes before it (``存款由1997年的4.6万亿元增加到
    2002年的…``) or it ends a span (``政策再延长至明年3月底``, but ``到2025年,…`` opens one)."""
    lead = _LEAD.match(sentence)
    clause = _FIRST_CLAUSE.match(sentence, lead.end() if lead is not None else 0)
    text = clause.group() if clause is not None else ""
    for end, period in _carried_marks(text):
        start = end - len(period)
        if _DIGIT.search(text, 0, start) or (start and _SPAN_END.search(text, 0, start)):
            return None
        return period
    return None


class SpeechContext:
    """Running state over one speech: section mode, frame and the current paragraph."""

    __slots__ = ("mode", "plan_mode", "frame", "frames", "line_start", "pos", "count",
                 "section", "opening", "numbered", "paragraph_path", "fixed",
                 "latest", "target_from", "pending", "text")

    def __init__(self) -> None:
        self.mode: Status | None = None  # the section's status default
        self.plan_mode = False  # the mode came from a plan heading (it carries to later parts)
        self.frame: str | None = None  # the period the last unnumbered paragraph settled on
        # (headings, period) of the paragraphs framing what follows, outermost first
        self.frames: list[tuple[tuple[str, ...], str]] = []
        self.pos = 0  # end of the last sentence seen
        self.text = ""
        self.pending: list[str] = []
        self.section: tuple[str, ...] = ()  # a section heading with no marker (2025年主要工作)
        self.paragraph_path: tuple[str, ...] | None = None  # its headings (None: frames nothing)
        self._new_paragraph(0)
        self.line_start = -1  # no paragraph read yet

    def _new_paragraph(self, start: int) -> None:
        self.line_start = start
        self.count = 0  # sentences of the paragraph seen so far
        self.opening: list[tuple[int, str]] = []  # its first sentences, read when a figure asks
        self.numbered = False  # it opens as a point (一是…, ——…): it frames nothing after it
        self.paragraph_path = None
        self.fixed: str | None = None  # period of the paragraph's opening sentence
        self.latest: str | None = None  # period framing the nearest earlier sentence
        self.target_from = -2  # offset after which 主要预期目标是: holds (-2: not read yet)
        self.pending = []  # later sentences, read back to front only when a figure asks

    def enter_part(self, heading: str) -> None:
        """A part (depth-1 heading) starts: its words set the section mode."""
        self._close_paragraph()  # the paragraph still open ends the part before
        self.paragraph_path = None
        own = _SECTION_WORDS.search(heading) is not None or bool(carried_periods(heading))
        # a part with no words of its own stays under the speech's opening (过去一年,… above
        # 一是…), the opening of the part before and 2014年工作回顾 on a line of its own; the
        # frames of the points of the part before go
        self.frames = [] if own else [((), f) for p, f in self.frames if len(p) <= 1]
        self.frame = self.frames[-1][1] if self.frames else None
        if self.section and not own:
            return
        self.section = ()
        if _REVIEW.search(heading):
            self.mode, self.plan_mode = "actual", False
        elif _PLAN.search(heading) and carried_periods(heading):
            self.mode, self.plan_mode = "target", True
        elif not self.plan_mode:
            self.mode = "actual"

    def sentence(
        self, text: str, start: int, end: int, path: tuple[str, ...], wanted: bool = True,
        sentence: str | None = None,
    ) -> Defaults | None:
        """Defaults for the sentence ``text[start:end]`` (``None`` unless ``wanted``: most
        sentences hold no figure); every sentence must be passed, in order. ``sentence``
        is that text when the caller has already sliced it."""
        line = text[start:end] if sentence is None else sentence
        newline = text.rfind("\n", self.pos if self.line_start >= 0 else 0, start)
        if newline >= 0 or self.line_start < 0:
            self._close_paragraph()
            self.text = text
            self._new_paragraph(newline + 1)
            self.numbered = _POINT_OPENING.match(line) is not None
            if (end - start <= _BARE_HEADING and text.startswith("\n", end) and not text[newline + 1 : start].strip()
                    and len(path) <= 1 and _SECTION_WORDS.search(line) and not _SENTENCE_MARKS.search(line)
                    and not self.numbered and carried_periods(line)):
                self.enter_part(line)  # 2025年主要工作 on a line of its own: a section without a marker
                self.section = (line,)
            else:
                self.paragraph_path = path
        out = None
        if wanted:
            self._read_opening()
            if self.pending:
                self._read_pending()
            out = self.defaults(path, start)
        # the opening sentences wait to be read for the paragraph's period (the second only
        # after a point heading ——综合实力显著增强。), later ones for the period framing them
        self.count += 1
        if self.count <= 2:
            self.opening.append((self.count, line))
        else:
            self.pending.append(line)
        self.pos = end
        return out

    def defaults(self, path: tuple[str, ...], start: int = -1) -> Defaults:
        """The period and status of a sentence at ``start`` with no cue of its own."""
        period = self.latest or self.fixed or self._outer_period(path)
        status: Status | None = self.mode
        if 0 <= self.target_from <= start or (period is not None and _FUTURE.match(period)):
            status = "target"  # 主要预期目标是:…, or 明年要…
        return Defaults(period, status)

    def _outer_period(self, path: tuple[str, ...]) -> str | None:
        """The period from outside the paragraph: headings and the framing paragraph."""
        heading = self.heading_period(path + self.section)
        if heading is not None:
            return heading  # 一、2016年工作回顾 over its opening 过去一年,…: the heading's words
        for frame_path, frame in reversed(self.frames):
            if path[: len(frame_path)] == frame_path:  # not a paragraph under another point
                return frame
        return None

    def heading_period(self, path: tuple[str, ...]) -> str | None:
        """The period of the nearest heading above that names one; of two, the frame's kind."""
        for heading in reversed(path):
            cues = _heading_periods(heading)
            if len(cues) > 1 and self.frame is not None:
                same = [p for p in cues if _is_span(p) == _is_span(self.frame)]
                if same:
                    return same[0]
            if cues:
                return cues[0]
        return None

    def _close_paragraph(self) -> None:
        """An unnumbered paragraph that ends settled on a period frames what follows it
        (回望过去五年,… above the points of a part)."""
        if self.paragraph_path is None or self.numbered or self.line_start < 0:
            return
        self._read_opening()
        if self.pending:
            self._read_pending()
        period = self.latest or self.fixed
        if period is not None:
            where = self.paragraph_path
            # frames of the points before this one give way; those above it stay
            self.frames = [(p, f) for p, f in self.frames if where[: len(p)] == p and p != where]
            self.frames.append((where, period))
            self.frame = period

    def _read_opening(self) -> None:
        """The paragraph's opening period and target opener, read once, when a figure asks."""
        if self.target_from == -2:
            head = self.text[self.line_start : self.line_start + _OPENER_REACH]
            opener = _TARGET_OPENER.search(head.partition("\n")[0])
            self.target_from = self.line_start + opener.end() if opener is not None else -1
        opening, self.opening = self.opening, []
        later = []
        for k, sentence in opening:
            if self.fixed is None and (k == 1 or self.numbered):
                cues = carried_periods(sentence)
                if cues:
                    self.fixed = cues[0]
                continue
            later.append(sentence)  # read for the period framing it, as any later one
        self.pending[:0] = later  # they come before every sentence still pending

    def _read_pending(self) -> None:
        """The period framing the nearest earlier sentence: read back to the first hit. A
        target opener there or after it (会议提出,2024年主要预期目标为:) makes the rest targets."""
        opener = False
        for sentence in reversed(self.pending):
            opener = opener or _TARGET_OPENER.search(sentence, 0, _OPENER_REACH) is not None
            period = _frame(sentence)
            if period is not None:
                self.latest = period
                break
        if opener and self.target_from < 0:
            self.target_from = self.pos
        self.pending = []
