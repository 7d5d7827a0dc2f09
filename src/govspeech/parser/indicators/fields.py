"""Turn the quantities of one sentence into indicators: roles, changes, status, period.

The sentence is read left to right. A quantity is a *level* (``财政收入27.46亿元``), a
*change* (``增长22%``) or a *base* (``由35人``…). A change with no subject of its own
belongs to the indicator before it (GUIDE §3, ``…188亿元,增长30%``); a change with a
subject (``GDP增长9.4%``) is an indicator of its own with no level. ``names`` reads names.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from govspeech.parser._types import Quantity, QuantityBase, QuantityChange, Status
from govspeech.parser.indicators import lexicon
from govspeech.parser.indicators.cues import (
    STATUS_AFTER_ENDS,
    last_period,
    period_marks,
    sentence_status,
    status_after,
    status_marks,
)
from govspeech.parser.indicators.bases import BasedLevel, read_bases
from govspeech.parser.indicators.changes import change_of, points_comparison, rate_of_level, subject_of
from govspeech.parser.indicators.clauses import (
    breakdown_share,
    clause_starts,
    figureless_clause_before,
    previous_clause,
    start_of_clause,
    topic_before,
)
from govspeech.parser.indicators.completion import (
    MAX_RATIO_CLAUSE, change_after_ratio, completion_name, level_before, planned_amount,
    ratio_lead,
)
from govspeech.parser.indicators.context import Defaults
from govspeech.parser.indicators.headline import default_table
from govspeech.parser.indicators.lists import (
    list_joined,
    list_length,
    listed_subjects,
    shared_stem,
    shared_verb,
    split_subjects,
    wide_left,
)
from govspeech.parser.indicators.match import Found
from govspeech.parser.indicators.names import clean, level_name, name_segment, rank_name, strip_rank
from govspeech.parser.indicators.owners import needs_owner, owner_of, with_owner
from govspeech.parser.indicators.respective import listed_levels, listed_owners

__all__ = ["build_quantities"]

_OWN_SHARE = re.compile("占|比重|比例|率")
_CONTEXT_TAIL = 80  # characters of context searched for a period: the sentence or two before
_METHOD_NOTE = re.compile(f",(?:{lexicon.METHOD_NOTES}),")
_RANK_SCOPE = re.compile(lexicon.RANK_SCOPES)
_ALL_REACH = 6  # 均 this close before a figure shares its change over a list
_AFTER_ENDS = tuple(STATUS_AFTER_ENDS or ())


def build_quantities(
    sentence: str, found: list[Found], offset: int, context: str, defaults: Defaults | None = None
) -> list[Quantity]:
    """Indicators of one sentence from its quantities, in order.

    Args:
        sentence: The sentence text.
        found: Its quantities from :func:`match.find_quantities`, in order.
        offset: Offset of the sentence in the document; added to every offset.
        context: Paragraph text before the sentence, for status cues such as ``目标是:``.
        defaults: Period and status from the paragraph and section (``context.SpeechContext``)
            for figures whose sentence states none; without them the period falls back
            to a cue in the last characters of ``context``.

    Returns:
        ``Quantity`` records with document offsets. For
        ``固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%``: two records,
        each with its change.
    """
    reader = _Reader(sentence, found, offset, context, defaults)
    for i, q in enumerate(found):
        reader.read(i, q)
    table = default_table()
    for record in reader.out:
        record.key = table.key_of(record.name)
    return reader.out


class _Reader:
    """Reads the quantities of one sentence left to right into ``out``."""

    def __init__(
        self, sentence: str, found: list[Found], offset: int, context: str, defaults: Defaults | None
    ) -> None:
        self.sentence, self.found, self.offset = sentence, found, offset
        self.defaults = defaults
        self.out: list[Quantity] = []
        self.ranks: set[int] = set()  # ids of rank records: a change never joins a rank
        self.context = context
        self.clause_starts = clause_starts(sentence)
        # read on first use (most figures have a status and a period of their own)
        self._sentence_status: Status | None = None
        self._fallback_period: str | None = None
        self._fallback_read = False
        # cues found once per sentence and looked up by position: the stage stays linear
        self.periods = period_marks(sentence)
        self.period_ends = [end for end, _ in self.periods]
        marks = status_marks(sentence)  # most sentences hold none
        self.cues = [(start, status) for start, _, status in marks]
        self.cue_ends = [end for _, end, _ in marks]
        self.found_starts = [f.start for f in found]
        self.pending_names: list[str] = []  # subjects of a 分别 list still waiting for their change
        self.pending_level_names: list[str] = []  # subjects of a 分别 list of levels
        self.rank_names: list[str] = []  # names of a 分别 list of ranks still waiting
        self.pending_levels: list[Quantity] = []  # levels of a 分别 list still waiting for theirs
        self.last_change: QuantityChange | None = None
        self.rate_owner: str | None = None  # the level a rate word alone (增速3.1%) belongs to
        self.base_for: dict[int, BasedLevel] = {}  # index of a level → its base
        self.listed_bases: set[int] = set()  # 从A、B提高到C、D: B, read as a base
        # a ratio (为预算的98.1%) → the level before it and the name its change takes
        self.ratio_owner: dict[int, tuple[Quantity | None, str | None]] = {}
        self.prev_end = 0
        self.share_suffix = breakdown_share(sentence, context)
        self.each = "分别" in sentence
        self.listed = "、" in sentence
        # a status cue after a figure ends with one of these characters: none after the last
        # of them, no cue to read
        self.after_cues = max(map(sentence.rfind, _AFTER_ENDS)) if _AFTER_ENDS else len(sentence)

    def read(self, i: int, q: Found) -> None:
        sentence = self.sentence
        left, _ = name_segment(sentence, q.start, self.prev_end)
        self.prev_end = q.end
        if i in self.listed_bases:
            return
        based = read_bases(sentence, self.found, i, left)
        if based:
            self.base_for.update(based)  # 由35人充实到170人: 35人 is the base of 170人
            self.listed_bases.update(range(i + 1, min(based)))
            return
        clause_start = start_of_clause(self.clause_starts, q.start)
        own = self._clause_status(clause_start, q.start) or (
            status_after(sentence, q.end) if q.end <= self.after_cues else None)
        status = own or self.sentence_status()
        if own is None and status == "actual" and self.defaults is not None:
            status = self.defaults.status or status  # a count in a plan section is a target
        k = bisect_right(self.period_ends, q.start) - 1
        period = (self.periods[k][1] if k >= 0 else None) or self.fallback_period()
        current = self.out[-1] if self.out else None
        joint = sentence[self.found[i - 1].end : q.start] if i else None
        # 分别完成目标任务的93.7%、90.9%: the next item of a list of ratios is no change
        last = None if current is not None and id(current) in self.ratio_owner else self.last_change
        self.rate_owner = None
        change = change_of(sentence, q, left, last, joint) or self._rate_of_level(q, left, clause_start)
        if change is not None:
            change.bound, change.value_high = q.bound, q.value_high
        if change is None:
            self._read_level(i, q, left, joint, clause_start, status, period)
        else:
            self._add_change(i, left, change, clause_start, status, period)

    def _rate_of_level(self, q: Found, left: str, clause_start: int) -> QuantityChange | None:
        """``增速3.1%`` right after a level, or after its rank (``…220.1亿元,居全市第3位,
        增速3.1%``): the level's change, named after the level; not after a clause that names
        its own subject (``外贸出口实现U型反转,增速12%``)."""
        before = figureless_clause_before(self.sentence, self.clause_starts, self.found_starts, clause_start)
        level = self.out[-1] if self.out and owner_of(before, None) is None else None
        if level is not None and id(level) in self.ranks:
            level = self.out[-2] if len(self.out) > 1 and id(self.out[-2]) not in self.ranks else None
        change = rate_of_level(q, left, level)
        self.rate_owner = level.name if change is not None and level is not None else None
        return change

    def sentence_status(self) -> Status:
        """The status a cue opening the sentence (or the context) sets for all of it."""
        if self._sentence_status is None:
            self._sentence_status = sentence_status(self.sentence, self.found, self.context)
        return self._sentence_status

    def fallback_period(self) -> str | None:
        """The period of the sentence or two before, for figures with none of their own (a
        breakdown, 其中…, takes it before the paragraph's)."""
        breakdown = self.sentence.startswith(lexicon.BREAKDOWN_OPENERS)
        if self.defaults is not None and not breakdown:
            return self.defaults.period
        if not self._fallback_read:
            tail = self.context[-_CONTEXT_TAIL:]
            self._fallback_period = last_period(tail, len(tail)) if self.found else None
            self._fallback_read = True
        return self._fallback_period or (self.defaults.period if self.defaults else None)

    def _owner(self, clause_start: int) -> str | None:
        """The metric an attribute (总量, 增速…) read in this clause belongs to."""
        current = self.out[-1] if self.out else None
        previous = current.name if current else None
        starts = self.clause_starts
        before = figureless_clause_before(self.sentence, starts, self.found_starts, clause_start)
        own = owner_of(before, previous)
        # else the topic of the sentence before: 老城区改造成效明显。全年共完成投资3.5亿元
        return topic_before(self.context) if own is None else own

    def _owned(self, name: str | None, clause_start: int) -> str | None:
        return with_owner(name, self._owner(clause_start)) if needs_owner(name) else name

    def _read_level(
        self, i: int, q: Found, left: str, joint: str | None, clause_start: int,
        status: Status, period: str | None,
    ) -> None:
        """A level; in ``产值和税收分别达到5亿元和3亿元`` each takes its own subject."""
        current = self.out[-1] if self.out else None
        if self.pending_level_names and joint is not None and list_joined(joint):
            self._add_level(i, q, left, current, clause_start, status, period)
            self.out[-1].name = self.pending_level_names.pop(0)
            return
        self.pending_level_names = []
        self._add_level(i, q, left, current, clause_start, status, period)
        if not self.each and not self.listed:
            return  # no 分别 and no 、 anywhere in the sentence: no list of subjects
        wide = wide_left(self.sentence, q.start, self.found[i - 1].end if i else 0)
        items = listed_subjects(self.sentence, self.found, i, wide, self.out[-1].name)
        if len(items) >= 2:
            self.out[-1].name = items[0]
            self.pending_level_names = items[1:]

    def _add_level(
        self, i: int, q: Found, left: str, current: Quantity | None, clause_start: int,
        status: Status, period: str | None,
    ) -> None:
        level = _level(self.sentence, q, left, current, self.offset, status, period)
        listed = needs_owner(level.name) and "分别" in left
        owners = [owner_of("", name) or name for name in listed_owners(
            self.sentence, self.found, i, self.out, self.ranks)] if listed else []
        if owners:  # 总数分别达到156家和21家: each total is the listed level's, in order
            self.pending_level_names = [with_owner(level.name, o) or o for o in owners[1:]]
        level.name = with_owner(level.name, owners[0]) if owners else self._owned(level.name, clause_start)
        if current is not None and current.value is not None:
            level.name = self._list_item_name(i, q, left, level.name, current.name)
        based = self.base_for.get(i)
        if based is not None:
            base = based.base
            level.base = QuantityBase(base.start + self.offset, base.end + self.offset, base.value,
                                      base.unit, based.period)
            level.name = based.name or level.name
        if q.kind == "rank":
            self.ranks.add(id(level))
            level.name = self._rank_of_growth(i, left) or level.name
        if self.share_suffix and q.unit == "%" and level.name and not _OWN_SHARE.search(level.name):
            level.name += self.share_suffix  # 4项指标在全市占比有较大提升。其中,GDP由12.5%…
        if q.kind == "quantity" and (q.unit == "%" or "的" in self.sentence[q.end : q.end + 2]):
            self._read_ratio(q, level, clause_start)  # a ratio, or the amount it is taken of
        self.out.append(level)

    def _read_ratio(self, q: Found, level: Quantity, clause_start: int) -> None:
        """``…亿元,为预算的98.1%``: a ratio to the level before, and a plan's own amount
        (``完成年初预算数60999万元的40.4%``); see ``completion``."""
        long = q.start - clause_start > MAX_RATIO_CLAUSE  # no lead: slicing it would be quadratic
        clause = "" if long else self.sentence[clause_start : q.start]
        lead = ratio_lead(clause) if q.unit == "%" else None
        plan = planned_amount(clause, self.sentence[q.end : q.end + 2]) if lead is None else None
        subject = clean(lead.subject) if lead is not None else ""
        owner = None if subject else level_before(self.out, self.ranks, clause_start + self.offset)
        owner_name = subject or (owner.name if owner is not None else None)
        if plan is not None and owner_name:
            level.name, level.status = owner_name + plan, "target"  # the budget itself
        if lead is None:
            return
        self.ratio_owner[id(level)] = (owner, owner_name)
        if not lead.planned:
            return
        level.name = completion_name(owner_name, lead.what) if owner_name else level.name
        if self._clause_status(clause_start, clause_start + clause.rfind(lead.what)) is None:
            # the plan is the denominator, not a cue (力争完成年度计划的110% has one)
            status = owner.status if owner is not None else self.sentence_status()
            if owner is None and status == "actual" and self.defaults is not None:
                status = self.defaults.status or status
            level.status = status

    def _rank_of_growth(self, i: int, left: str) -> str | None:
        """``居全国第四`` right after ``固定资产投资增长6%`` ranks the growth rate; after
        ``分别增长6%、5.2%``, ``分别居全国第二、第七`` ranks each rate in turn."""
        if rank_name(left, None) is not None:
            return None  # 总量居全国第五: the rank names its own metric
        if self.rank_names:
            return self.rank_names.pop(0)
        changes: list[Quantity] = []
        n = list_length(self.sentence, self.found, i) if "分别" in left else 1
        for record in reversed(self.out):
            # …900亿元,增速8%,全省第一: the rank right after a level's own change ranks the change
            own_change = (n == 1 and i > 0 and record.change is not None and record.change.unit == "%"
                          and record.change.end == self.found[i - 1].end + self.offset)
            if len(changes) == n or (record.value is not None and not own_change) or (
                    record.change is None or not record.name):
                break
            changes.append(record)
        if len(changes) != n:
            return None
        scope = _RANK_SCOPE.search(left)
        where = scope.group() if scope is not None else ""
        self.rank_names = [f"{strip_rank(c.name or '')}增速{where}排名" for c in reversed(changes)]
        return self.rank_names.pop(0)

    def _list_item_name(
        self, i: int, q: Found, left: str, name: str | None, previous: str | None,
    ) -> str | None:
        """A list item shares what the item before states: its verb or its stem."""
        prev = self.found[i - 1]
        joint = self.sentence[prev.end : q.start - len(left)]
        # 清除乱吊乱挂3500处,乱堆乱放4400多处; 累计签约城镇房765户、农房8栋
        if q.unit_kind == prev.unit_kind == "count" and (
            joint == "、" or (joint == "," and q.unit == prev.unit)
        ):
            return shared_verb(name, left, previous)
        if q.unit == "%" and joint[-1:] in (",", "、"):
            return shared_stem(name, previous)  # 签约率达到30%、拆迁率达到20%
        return name

    def _add_change(
        self, i: int, left: str, change: QuantityChange, clause_start: int,
        status: Status, period: str | None,
    ) -> None:
        change.start += self.offset
        change.end += self.offset
        self.last_change = change
        current = self.out[-1] if self.out else None
        subject = self._owned(subject_of(left), clause_start) or ""
        if not subject and not self.pending_levels and (self.each or self.listed):
            self.pending_levels = listed_levels(self.sentence, self.found, i, self.out, self.ranks,
                                                "分别" in left)
        if self.pending_levels:
            self.pending_levels.pop(0).change = change  # 接待游客…、旅游收入…,分别增长20%和25%
            return
        if not self.pending_names:
            subject, left = self._listedsubject_of(i, clause_start, subject, left)
        if "分别" in left and subject:
            self.pending_names = split_subjects(subject, list_length(self.sentence, self.found, i))
        if self.pending_names:
            subject = self.pending_names.pop(0)
        ratio = self.ratio_owner.get(id(current)) if current is not None and not subject else None
        if ratio is not None and change.unit != "个百分点" and current is not None:
            # 为预算的98.1%,增长1.3%: the level grew
            self.out.extend(change_after_ratio(*ratio, current, change))
            return
        last_end = self.found[i - 1].end if i else -1
        clause_before = start_of_clause(self.clause_starts, max(clause_start - 1, 0))
        own = self.rate_owner is not None or (
            current is not None and (last_end >= clause_before
                                     or _METHOD_NOTE.fullmatch(self.sentence, last_end, clause_start) is not None))
        if (not subject and own and current is not None and current.change is None
                and current.value is not None and id(current) not in self.ranks):
            current.change = change  # …188亿元,增长30%: the change of the level before
            return
        if not subject and not own:
            subject, prev_status = previous_clause(self.sentence, self.clause_starts, clause_start)
            status = prev_status or status
        name = subject or self.rate_owner or (strip_rank(current.name) if current and current.name else None)
        if current is not None and not subject:
            period, status = current.period, current.status
            if points_comparison(left, change) and current.change and current.change.unit == "%":
                # 增长9.4%,高于省市0.4个百分点: points ahead in the growth rate
                name = f"{self._owner(clause_start) or name or ''}增速"
        self.out.append(Quantity(name, None, None, change=change, period=period, status=status))

    def _listedsubject_of(self, i: int, clause_start: int, subject: str, left: str) -> tuple[str, str]:
        """The whole ``、`` list before a change (``金融业、软件和信息服务业增加值分别增长``),
        which the name segment cuts at its last ``、``."""
        if not self.listed:
            return subject, left  # no 、 in the sentence: no list before the change
        wide = wide_left(self.sentence, self.found[i].start, self.found[i - 1].end if i else 0)
        if "、" not in wide.split("分别")[0]:
            return subject, left
        listed = self._owned(subject_of(wide), clause_start) or ""
        n = list_length(self.sentence, self.found, i)
        items = split_subjects(listed, n)
        if len(items) >= 2 and ("分别" in wide or len(items) == n):
            return listed, "分别" + left
        if len(items) >= 2 and n == 1 and "均" in wide[-_ALL_REACH:]:
            return listed, left  # 城镇…收入、农村…收入均增长8%: one change, the whole list's
        return subject, left

    def _clause_status(self, clause_start: int, pos: int) -> Status | None:
        """The status of the last cue between ``clause_start`` and ``pos``."""
        k = bisect_right(self.cue_ends, pos) - 1
        if k < 0 or self.cues[k][0] < clause_start:
            return None
        return self.cues[k][1]


def _level(
    sentence: str, q: Found, left: str, current: Quantity | None, offset: int, status: Status,
    period: str | None,
) -> Quantity:
    name = level_name(sentence, q, left, current.name if current else None)
    return Quantity(name, q.start + offset, q.end + offset, value=q.value, unit=q.unit,
                    scaled_value=q.scaled_value, base_unit=q.base_unit,
                    approximate=q.approximate, period=period, status=status,
                    bound=q.bound, value_high=q.value_high)

