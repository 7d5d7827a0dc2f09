"""The public document tree: Document → Speech → Part → Point → Sentence → Indicator.

All models are frozen pydantic v2 models; every ``start``/``end`` is an offset into
the string given to :func:`govspeech.parse` (for :func:`govspeech.parse_file`, into
``Document.text``, the text extracted from the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, FieldSerializationInfo, field_serializer

__all__ = [
    "Base",
    "Change",
    "Document",
    "Indicator",
    "Noise",
    "Part",
    "Point",
    "Sentence",
    "Speech",
]

_SURROGATE = re.compile("[\ud800-\udfff]")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Change(_Model):
    """How an indicator moved: ``同比增长9.4%`` → kind ``同比``, direction ``up``, 9.4 %."""

    kind: str | None = Field(None, description="comparison kind: 同比, 环比, 年均, 比上年, …")
    direction: Literal["up", "down"] | None = None
    value: float | None = None
    unit: str | None = Field(None, description="%, 个百分点, 倍, or a unit of the level")
    bound: Literal["around", "at_least", "at_most", "range"] | None = Field(
        None, description="左右 → around, 以上/不低于 → at_least, 以内/不超过 → at_most, 6%—6.5% → range"
    )
    value_high: float | None = Field(None, description="upper end of a range (6.5 in 6%—6.5%)")
    start: int | None = None
    end: int | None = None


class Base(_Model):
    """What an indicator is compared with: a ``由A…至B`` start value or a base period."""

    value: float | None = None
    unit: str | None = None
    period: str | None = None
    start: int | None = None
    end: int | None = None


class Indicator(_Model):
    """A measured quantity: ``地区生产总值完成244.4亿元,同比增长9.4%``.

    ``start``/``end`` enclose the level quantity as written (``244.4亿元``); they are
    ``None`` when only a change is stated.
    """

    name: str | None = Field(None, description="the metric as a minimal noun phrase")
    value: float | None = None
    unit: str | None = None
    scaled_value: float | None = Field(None, description="value in base units (亿元 → 元)")
    base_unit: str | None = None
    approximate: bool = Field(False, description="多, 近, 约, 左右, 以上 around the number")
    change: Change | None = None
    base: Base | None = None
    period: str | None = Field(None, description="上半年, 全年, 2019年, …")
    period_start: str | None = Field(None, description="the period as a calendar interval: first day, ISO")
    period_end: str | None = Field(None, description="the period as a calendar interval: last day, ISO")
    status: Literal["actual", "expected", "target"] = "actual"
    bound: Literal["around", "at_least", "at_most", "range"] | None = Field(
        None, description="左右 → around, 以上/不低于 → at_least, 以内/不超过 → at_most, 6至6.5 → range"
    )
    value_high: float | None = Field(None, description="upper end of a range")
    key: str | None = Field(None, description="headline indicator key (gdp, cpi, …), see govspeech.headline")
    start: int | None = None
    end: int | None = None
    heading_path: list[str] = Field(default_factory=list, description="headings above the sentence")


class Sentence(_Model):
    """A sentence of normalised text with its offsets into the input."""

    text: str
    start: int
    end: int
    indicators: list[Indicator] = Field(default_factory=list)


class Point(_Model):
    """A numbered point (``(一)``, ``一是``, ``1、``, ``——``), nested to any depth."""

    marker: str = Field(description="the marker as written, e.g. 一、, (四), 一是, ——")
    number: int | None = Field(description="1-based value of the marker; None for ——")
    style: str = Field(description="marker style name, e.g. cn_dun, paren_cn, cn_shi, dash")
    heading: str
    start: int
    end: int
    points: list[Point] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)

    def walk(self) -> Iterator[Point]:
        """This node and every point below it, in document order."""
        yield self
        for child in self.points:
            yield from child.walk()

    def iter_sentences(self) -> Iterator[Sentence]:
        """Every sentence of this node and its descendants, in document order."""
        for node in self.walk():
            yield from node.sentences


class Part(Point):
    """A top-level division of a speech (usually ``一、``)."""


class Noise(_Model):
    """Text that is not part of any speech, or boilerplate inside one."""

    kind: str = Field(description="breadcrumb, uploader, page_marker, editor_blurb, …, outside")
    start: int
    end: int


class Speech(_Model):
    """One speech: header fields, preamble, parts and closing."""

    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    speaker: str | None = Field(None, description="who speaks, when stated: 区委书记, 县委书记 李四")
    meeting: str | None = Field(None, description="the meeting, when stated: 区委全会")
    reference_year: int | None = Field(
        None, description="the year the speech speaks from (今年), from its date, title or header"
    )
    salutation: str | None = None
    start: int
    end: int
    preamble: list[Sentence] = Field(default_factory=list)
    parts: list[Part] = Field(default_factory=list)
    closing: list[Sentence] = Field(default_factory=list)

    def iter_sentences(self) -> Iterator[Sentence]:
        """Preamble, every part's sentences, then the closing, in document order."""
        yield from self.preamble
        for part in self.parts:
            yield from part.iter_sentences()
        yield from self.closing

    @property
    def indicators(self) -> list[Indicator]:
        """Every indicator of the speech in document order."""
        return [ind for s in self.iter_sentences() for ind in s.indicators]


class Document(_Model):
    """The whole input: its speeches and the noise around and inside them."""

    length: int = Field(description="number of characters in the input")
    speeches: list[Speech] = Field(default_factory=list)
    noise: list[Noise] = Field(default_factory=list)
    path: str | None = Field(None, description="the file parsed, for parse_file")
    format: str | None = Field(None, description="txt, docx or html, for parse_file")
    encoding: str | None = Field(None, description="detected text encoding, for parse_file")
    text: str | None = Field(None, description="the extracted text offsets refer to, for parse_file")

    @field_serializer("path", "text", when_used="json")
    def _json_safe(self, value: str | None, info: FieldSerializationInfo) -> str | None:
        """JSON holds no lone surrogates: a file name decoded with ``surrogateescape`` keeps its
        bytes as ``\\xNN`` escapes, and text keeps its length with U+FFFD in their place."""
        if value is None or value.isascii() or not _SURROGATE.search(value):
            return value
        if info.field_name == "path":
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return _SURROGATE.sub("\ufffd", value)

    @property
    def indicators(self) -> list[Indicator]:
        """Every indicator of every speech, in document order."""
        return [ind for sp in self.speeches for ind in sp.indicators]
