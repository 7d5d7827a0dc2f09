"""The public document tree: Document → Speech → Part → Point → Sentence → Indicator.

All models are frozen pydantic v2 models; every ``start``/``end`` is an offset into
the string given to :func:`govspeech.parse` (for :func:`govspeech.parse_file`, into
``Document.text``, the text extracted from the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, FieldSerializationInfo, field_serializer

__all__ = [
    "Base",
    "Change",
    "Document",
    "Indicator",
    "Noise",
    "Part",
    "PartKind",
    "Point",
    "Sentence",
    "Speech",
]

_SURROGATE = re.compile("[\ud800-\udfff]")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=_Model)
_new = object.__new__  # not cls.__new__: the metaclass makes that lookup three times slower
_set = object.__setattr__
_ALL_FIELDS: dict[type[_Model], set[str]] = {}


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls.model_construct(**values)`` for values that are valid and name every field, in
    declaration order: what the parser builds from its typed internal records.

    A dense outline makes a model every few characters. Validating each one again, and
    giving each its own set of the names of the fields it was given (about 700 bytes from
    five fields up), cost more time and memory than the text itself; every instance of a
    class shares one such set here, as frozen models never change it (``model_copy``
    copies it first). ``tests/test_models.py`` checks the result equals ``model_validate``'s.
    """
    fields_set = _ALL_FIELDS.get(cls)
    if fields_set is None:
        fields_set = _ALL_FIELDS[cls] = set(cls.model_fields)
    model = _new(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class Change(_Model):
    """How an indicator moved: ``同比增长9.4%`` → kind ``同比``, direction ``up``, 9.4 %."""

    kind: str | None = Field(None, description="comparison kind: 同比, 环比, 年均, 比上年, …; None when unstated")
    direction: Literal["up", "down"] | None = Field(
        None, description="up for 增长/提高/上升, down for 下降/减少; None when the text gives none"
    )
    value: float | None = Field(None, description="size of the change as written: 9.4 for 增长9.4%")
    unit: str | None = Field(None, description="%, 个百分点, 倍, or a unit of the level")
    start: int | None = Field(None, description="offset of the change's quantity (9.4%) in the input")
    end: int | None = Field(None, description="offset just past the change's quantity")
    bound: Literal["around", "at_least", "at_most", "range"] | None = Field(
        None, description="左右 → around, 以上/不低于 → at_least, 以内/不超过 → at_most, 6%—6.5% → range"
    )
    value_high: float | None = Field(None, description="upper end of a range (6.5 in 6%—6.5%)")


class Base(_Model):
    """What an indicator is compared with: a ``由A…至B`` start value or a base period."""

    value: float | None = Field(None, description="the starting value: 78 for 由78微克/立方米降至…")
    unit: str | None = Field(None, description="unit of the starting value, as written")
    period: str | None = Field(None, description="the comparison period, when one is named: 上年, 2019年")
    start: int | None = Field(None, description="offset of the base quantity in the input")
    end: int | None = Field(None, description="offset just past the base quantity")


class Indicator(_Model):
    """A measured quantity: ``地区生产总值完成244.4亿元,同比增长9.4%``.

    ``start``/``end`` enclose the level quantity as written (``244.4亿元``); they are
    ``None`` when only a change is stated.
    """

    name: str | None = Field(None, description="the metric as a minimal noun phrase")
    value: float | None = Field(
        None, description="the number as written, Chinese numerals converted (244.4); None for a change only"
    )
    unit: str | None = Field(None, description="the unit as written: 亿元, 个, %, 微克/立方米")
    scaled_value: float | None = Field(
        None, description="value in the base unit, multiplier applied (244.4亿元 → 2.444e10)"
    )
    base_unit: str | None = Field(
        None, description="the unit of scaled_value (元 for 亿元); not the unit of `base`, which is base.unit"
    )
    approximate: bool = Field(False, description="多, 近, 约, 左右, 以上 around the number")
    change: Change | None = Field(None, description="how the figure moved: 同比增长9.4%")
    base: Base | None = Field(None, description="what it is compared with: a 由A…至B start value or a period")
    period: str | None = Field(None, description="the time the figure covers, in the text's words: 上半年, 全年, 2019年")
    period_start: str | None = Field(None, description="the period as a calendar interval: first day, ISO")
    period_end: str | None = Field(None, description="the period as a calendar interval: last day, ISO")
    status: Literal["actual", "expected", "target"] = Field(
        "actual", description="actual (achieved), expected (预计) or target (计划, 目标, 力争, a plan section)"
    )
    bound: Literal["around", "at_least", "at_most", "range"] | None = Field(
        None, description="左右 → around, 以上/不低于 → at_least, 以内/不超过 → at_most, 6至6.5 → range"
    )
    value_high: float | None = Field(None, description="upper end of a range")
    key: str | None = Field(None, description="headline indicator key (gdp, cpi, …), see govspeech.headline")
    start: int | None = Field(None, description="offset of the level quantity (244.4亿元) in the input")
    end: int | None = Field(None, description="offset just past the level quantity")
    heading_path: list[str] = Field(
        default_factory=list, description="headings of the parts and points above the sentence, outermost first"
    )


class Sentence(_Model):
    """A sentence of normalised text with its offsets into the input."""

    text: str = Field(description="the sentence as normalised text (Simplified, artefacts removed)")
    start: int = Field(description="offset of the sentence's first character in the input")
    end: int = Field(description="offset just past the sentence in the input")
    indicators: list[Indicator] = Field(default_factory=list, description="the figures of the sentence")


class Point(_Model):
    """A numbered point (``(一)``, ``一是``, ``1、``, ``——``), nested to any depth."""

    marker: str = Field(description="the marker as written, e.g. 一、, (四), 一是, ——")
    number: int | None = Field(description="1-based value of the marker; None for ——")
    style: str = Field(description="marker style name, e.g. cn_dun, paren_cn, cn_shi, dash")
    heading: str = Field(description="the heading after the marker, trailing 。,;: stripped")
    start: int = Field(description="offset of the marker's first character in the input")
    end: int = Field(description="offset just past the node's last character, its points included")
    points: list[Point] = Field(default_factory=list, description="the numbered points below this node")
    sentences: list[Sentence] = Field(
        default_factory=list, description="the node's own sentences, heading included; not its points'"
    )

    def walk(self) -> Iterator[Point]:
        """This node and every point below it, in document order."""
        yield self
        for child in self.points:
            yield from child.walk()

    def iter_sentences(self) -> Iterator[Sentence]:
        """Every sentence of this node and its descendants, in document order."""
        for node in self.walk():
            yield from node.sentences

    @property
    def indicators(self) -> list[Indicator]:
        """The indicators of this node's own sentences (not its points'), in order."""
        return [ind for s in self.sentences for ind in s.indicators]


PartKind = Literal["part", "list"]


class Part(Point):
    """A top-level node of a speech: one of its parts (usually ``一、``), or a list beside them.

    GUIDE §2: lists before the first part (a ``——`` review list, ``首先…其次…``) and after the
    last one (``最后,…``) stand at the top level too; ``kind`` tells them apart, so
    ``[p for p in speech.parts if p.kind == "part"]`` are the speech's own divisions.
    """

    kind: PartKind = Field(
        "part",
        description="part: a division of the speech (一、二、…); list: an enumeration standing "
        "beside the parts (a —— review list, 首先/其次 before the first part, 最后 after the last)",
    )


class Noise(_Model):
    """Text that is not part of any speech, or boilerplate inside one."""

    kind: str = Field(description="breadcrumb, uploader, page_marker, editor_blurb, …, outside")
    start: int = Field(description="offset of the span in the input")
    end: int = Field(description="offset just past the span")


class Speech(_Model):
    """One speech: header fields, preamble, parts and closing."""

    title: str | None = Field(None, description="the speech's title line, normalised")
    subtitle: str | None = Field(None, description="a second title line: ——在…上的讲话")
    date: str | None = Field(None, description="the date stated in the header: 2024年1月5日")
    speaker: str | None = Field(None, description="who speaks, when stated: 区委书记, 县委书记 李四")
    meeting: str | None = Field(None, description="the meeting, when stated: 区委全会")
    reference_year: int | None = Field(
        None, description="the year the speech speaks from (今年), from its date, title or header"
    )
    salutation: str | None = Field(None, description="the address that opens the speech: 同志们")
    start: int = Field(description="offset of the title line (or the salutation) in the input")
    end: int = Field(description="offset just past the speech's last character")
    preamble: list[Sentence] = Field(default_factory=list, description="sentences before the first top-level node")
    parts: list[Part] = Field(
        default_factory=list,
        description="top-level nodes in document order: the parts, and lists beside them (see Part.kind)",
    )
    closing: list[Sentence] = Field(
        default_factory=list, description="the rallying close after the last part: 同志们,让我们…"
    )

    def walk(self) -> Iterator[Point]:
        """Every part and point of the speech, depth first, in document order."""
        for part in self.parts:
            yield from part.walk()

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

    def to_html(self, text: str) -> str:
        """This speech as a self-contained HTML page (see ``docs/render.md``).

        Args:
            text: The string its offsets refer to: the whole input given to ``parse``.
        """
        from govspeech.render import speech_to_html  # imported on use: import govspeech stays light

        return speech_to_html(self, text)

    def _repr_html_(self) -> str:
        """The compact view a Jupyter cell shows: title block, outline, indicators."""
        from govspeech.render import notebook_html

        return notebook_html([self])


class Document(_Model):
    """The whole input: its speeches and the noise around and inside them."""

    length: int = Field(description="number of characters in the input")
    speeches: list[Speech] = Field(default_factory=list, description="the speeches found, in order")
    noise: list[Noise] = Field(
        default_factory=list, description="boilerplate spans and text outside every speech"
    )
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

    def walk(self) -> Iterator[Point]:
        """Every part and point of every speech, depth first, in document order."""
        for speech in self.speeches:
            yield from speech.walk()

    @property
    def indicators(self) -> list[Indicator]:
        """Every indicator of every speech, in document order."""
        return [ind for sp in self.speeches for ind in sp.indicators]

    def to_html(self, text: str | None = None) -> str:
        """The parse as one self-contained HTML page: outline, marked text, indicator table.

        Args:
            text: The string the offsets refer to; defaults to ``self.text`` (set by
                ``parse_file``). ``parse(s)`` keeps no copy of ``s``: pass it here.

        Raises:
            InputError: No text is known, or its length is not ``self.length``.
        """
        from govspeech.render import to_html  # imported on use: import govspeech stays light

        return to_html(self, text)

    def _repr_html_(self) -> str:
        """The compact view a Jupyter cell shows: title blocks, outline, indicators, noise."""
        from govspeech.render import notebook_html

        text = self.text if self.text is not None and len(self.text) == self.length else None
        return notebook_html(self.speeches, self.noise, text)
