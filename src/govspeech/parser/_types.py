"""Internal records passed between pipeline stages.

All offsets here are into the *normalised* text (``Source.text``); ``assemble``
translates them to the original input. The public pydantic models live in ``models``.

Records made once per line or marker are plain slotted dataclasses, not frozen ones: a
frozen dataclass sets each field through ``object.__setattr__``, three times the cost, and a
dense outline makes hundreds of thousands of them. No stage changes a record it was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["up", "down"]
PINYIN = "pinyin"  # the noise kind of conversion artefacts like 發(fā)展
Status = Literal["actual", "expected", "target"]
Bound = Literal["around", "at_least", "at_most", "range"]


@dataclass(slots=True)
class Line:
    """One line: ``start``/``end`` of its stripped content in the normalised text."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(slots=True, frozen=True)
class NoiseSpan:
    """A stretch of site boilerplate or text outside any speech."""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Marker:
    """An enumeration marker found in the text, e.g. ``一、`` or ``(三)`` or ``一是``."""

    start: int
    end: int
    text: str
    style: str  # row name in outline.markers.MARKER_STYLES
    number: int | None
    line_start: bool  # the marker opens a line (otherwise it follows 。；： inside a line)


@dataclass(slots=True)
class SentenceSpan:
    """One sentence of normalised text."""

    start: int
    end: int
    # most sentences hold no figure: they share the empty tuple, the indicator stage sets a list
    quantities: Sequence[Quantity] = ()


@dataclass(slots=True)
class OutlineNode:
    """A part or point of the internal tree built by ``outline.build``."""

    marker: Marker
    depth: int
    heading: str
    end: int
    heading_fills_line: bool  # the heading is the whole rest of the marker's line
    path: tuple[str, ...] = ()  # headings from the top level down to this node, set by build
    children: list[OutlineNode] = field(default_factory=list)
    sentences: list[SentenceSpan] = field(default_factory=list)


@dataclass(slots=True)
class SpeechSlice:
    """One speech's stretch of normalised text and its header fields."""

    start: int
    end: int
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    speaker: str | None = None
    meeting: str | None = None
    salutation: str | None = None
    body_start: int = 0  # where the preamble starts, after the header lines
    lines: list[Line] = field(default_factory=list)  # its header lines (read_header reads no further)


@dataclass(slots=True)
class QuantityChange:
    """The change part of a quantity: ``同比增长9.4%``."""

    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str | None = None
    direction: Direction | None = None
    bound: Bound | None = None  # 增长6%左右: around; a range keeps its upper end in value_high
    value_high: float | None = None


@dataclass(slots=True)
class QuantityBase:
    """A starting value or comparison period: ``由78微克/立方米…``."""

    start: int | None
    end: int | None
    value: float | None = None
    unit: str | None = None
    period: str | None = None


@dataclass(slots=True)
class Quantity:
    """One indicator found in a sentence, before it becomes a public ``Indicator``.

    ``start``/``end`` enclose the level quantity as written; both are ``None`` when the
    sentence states only a change (``同比增长9.4%``).
    """

    name: str | None
    start: int | None
    end: int | None
    value: float | None = None
    unit: str | None = None
    scaled_value: float | None = None
    base_unit: str | None = None
    approximate: bool = False
    change: QuantityChange | None = None
    base: QuantityBase | None = None
    period: str | None = None
    status: Status = "actual"
    bound: Bound | None = None
    value_high: float | None = None
    key: str | None = None  # headline indicator key (gdp, cpi, …) from the headline table
    period_start: str | None = None  # the period as a calendar interval, ISO dates
    period_end: str | None = None


@dataclass(slots=True)
class LevelledMarker:
    """A marker and its logical depth (1 = part)."""

    marker: Marker
    depth: int


@dataclass(slots=True)
class SpeechOutline:
    """The internal outline of one speech: preamble range, top-level nodes, closing range."""

    speech: SpeechSlice
    preamble_end: int
    roots: list[OutlineNode] = field(default_factory=list)
    closing_start: int | None = None


@dataclass(slots=True)
class SpeechRecord:
    """Everything the stages found for one speech, as ``assemble`` takes it."""

    outline: SpeechOutline
    preamble: list[SentenceSpan]
    closing: list[SentenceSpan]
    reference_year: int | None = None  # set by the indicator stage (今年 in this speech)
