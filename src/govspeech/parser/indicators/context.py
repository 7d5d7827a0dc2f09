"""Period and status a figure takes from its paragraph and its section (GUIDE §3).

A work report states the time and the mood of its figures once: ``这五年,…`` or
``刚刚过去的2025年,…`` at the head of a paragraph, ``三、2026年主要工作`` in a heading. The
figures below inherit them when their own sentence is silent. ``SpeechContext`` walks one
speech in document order (sentences are fed in order, so the work stays linear in the text)
and answers, for each sentence, the period and status its figures default to:

1. the paragraph's opening: a period in its first sentence (the second when the first is a
   point heading ``——综合实力显著增强。``), else in the opening clause of the nearest earlier
   sentence; ``主要预期目标是:`` makes the rest of the paragraph targets;
2. the nearest heading above with a period, in the heading's own words;
3. the section: a plan heading (``…年主要工作``) makes targets, for its part and the parts
   after it with no words of their own; a review heading (``…工作回顾``) actuals.

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
# a paragraph that opens as a point: ——综合实力显著增强。 (1) 一是 1.
_POINT_OPENING = re.compile(r"\s*(?:——|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[是、]|\d{1,2}[.、])")
_FIRST_CLAUSE = re.compile("[^,:;。!?]*")
_OPENER_REACH = 80  # a target opener stands this close to the paragraph's start
_FRAME_REACH = 400  # characters of an unnumbered paragraph read for its frame
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
    """Period cues of ``text`` that reach past their own sentence (``全年`` does not)."""
    if PERIOD.search(text) is None:
        return []  # most clauses name no period: one scan in C decides
    return [p for _, p in period_marks(text) if p not in timewords.SENTENCE_PERIODS]


@lru_cache(maxsize=1024)
def _heading_periods(heading: str) -> tuple[str, ...]:
    """``carried_periods`` of a heading, remembered: every sentence below reads it again."""
    return tuple(carried_periods(heading))


def _is_span(period: str) -> bool:
    return _SPAN.search(period) is not None


class SpeechContext:
    """Running state over one speech: section mode, frame and the current paragraph."""

    __slots__ = ("mode", "plan_mode", "frame", "frames", "line_start", "pos", "count", "section",
                 "opening", "point_first", "fixed", "latest", "target_from", "pending", "text")

    def __init__(self) -> None:
        self.mode: Status | None = None  # the section's status default
        self.plan_mode = False  # the mode came from a plan heading (it carries to later parts)
        self.frame: str | None = None  # the last period an unnumbered paragraph named
        self.frames: list[int] = []  # paragraph starts not read for a frame yet
        self.pos = 0  # end of the last sentence seen
        self.text = ""
        self.pending: list[str] = []
        self.section: tuple[str, ...] = ()  # a section heading with no marker (2025年主要工作)
        self._new_paragraph(0)
        self.line_start = -1  # no paragraph read yet

    def _new_paragraph(self, start: int) -> None:
        self.line_start = start
        self.count = 0  # sentences of the paragraph seen so far
        self.opening: list[tuple[int, str]] = []  # its first sentences, read when a figure asks
        self.point_first = False
        self.fixed: str | None = None  # period of the paragraph's opening sentence
        self.latest: str | None = None  # period opening the nearest earlier sentence
        self.target_from = -2  # offset after which 主要预期目标是: holds (-2: not read yet)
        self.pending = []  # later sentences, read back to front only when a figure asks

    def enter_part(self, heading: str) -> None:
        """A part (depth-1 heading) starts: its words set the section mode."""
        self.frame, self.frames, self.section = None, [], ()
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
        newline = text.rfind("\n", self.pos if self.line_start >= 0 else 0, start)
        if newline >= 0 or self.line_start < 0:
            self.text = text
            self._new_paragraph(newline + 1)
            self.frames.append(newline + 1)
            line = text[start:end] if sentence is None else sentence
            if (end - start <= _BARE_HEADING and text.startswith("\n", end) and not text[newline + 1 : start].strip()
                    and len(path) <= 1 and _SECTION_WORDS.search(line) and not _SENTENCE_MARKS.search(line)
                    and not _POINT_OPENING.match(line) and carried_periods(line)):
                self.enter_part(line)  # 2025年主要工作 on a line of its own: a section without a marker
                self.section = (line,)
        out = None
        if wanted:
            self._read_opening()
            if self.fixed is None and self.pending:
                self._read_pending()
            out = self.defaults(path, start)
        # the opening sentences wait to be read for the paragraph's period (the second only
        # after a point heading ——综合实力显著增强。), later ones for the period opening them
        self.count += 1
        if self.count <= 2:
            self.opening.append((self.count, text[start:end] if sentence is None else sentence))
        elif self.fixed is None:
            self.pending.append(text[start:end] if sentence is None else sentence)
        self.pos = end
        return out

    def defaults(self, path: tuple[str, ...], start: int = -1) -> Defaults:
        """The period and status of a sentence at ``start`` with no cue of its own."""
        period = self.fixed or self.latest or self.heading_period(path + self.section)
        status: Status | None = self.mode
        if 0 <= self.target_from <= start:
            status = "target"
        return Defaults(period, status)

    def heading_period(self, path: tuple[str, ...]) -> str | None:
        """The period of the nearest heading above that names one; of two, the frame's kind."""
        for heading in reversed(path):
            cues = _heading_periods(heading)
            if len(cues) > 1 and self._frame() is not None:
                frame = self._frame() or ""
                same = [p for p in cues if _is_span(p) == _is_span(frame)]
                if same:
                    return same[0]
            if cues:
                return cues[0]
        return None

    def _frame(self) -> str | None:
        """The last period an unnumbered paragraph named (回望过去五年,… frames the points
        after it); the paragraphs are read only when a two-period heading asks."""
        for start in self.frames:
            head = self._head(start)
            if _POINT_OPENING.match(head) is None:
                cues = carried_periods(head)
                if cues:
                    self.frame = cues[-1]
        self.frames = []
        return self.frame

    def _head(self, start: int) -> str:
        end = self.text.find("\n", start, start + _FRAME_REACH)
        return self.text[start : end if end >= 0 else start + _FRAME_REACH]

    def _read_opening(self) -> None:
        """The paragraph's opening period and target opener, read once, when a figure asks."""
        if self.target_from == -2:
            opener = _TARGET_OPENER.search(self._head(self.line_start), 0, _OPENER_REACH)
            self.target_from = self.line_start + opener.end() if opener is not None else -1
        opening, self.opening = self.opening, []
        earlier = []
        for k, sentence in opening:
            if k == 1:
                self.point_first = _POINT_OPENING.match(sentence) is not None
            if self.fixed is None and (k == 1 or self.point_first):
                cues = carried_periods(sentence)
                if cues:
                    self.fixed, self.pending = cues[0], []
                    return
            earlier.append(sentence)
        if self.fixed is None and earlier:
            self.pending[:0] = earlier  # they come before every sentence still pending

    def _read_pending(self) -> None:
        """The period opening the nearest earlier sentence: read back to the first hit."""
        for sentence in reversed(self.pending):
            clause = _FIRST_CLAUSE.match(sentence)
            cues = carried_periods(clause.group()) if clause is not None else []
            if cues:
                self.latest = cues[0]
                break
        self.pending = []
