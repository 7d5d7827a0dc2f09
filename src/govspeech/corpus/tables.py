"""A parse as flat tables: one row per indicator, one row per outline node.

An indicator row says where its figure was found (file, speech index, title, speaker,
date, meeting, heading path, the marker of its node, the clause around it) and holds every
field of the :class:`~govspeech.models.Indicator` under the same name, with ``change``
and ``base`` flattened into ``change_*`` and ``base_*`` columns. ``base_unit`` means what
it means in the model, the unit of ``scaled_value``; the unit of the base is
``base_value_unit``. Rows carry a bounded clause, never a whole sentence, so a table
grows linearly with its input (``corpus.context``).

>>> from govspeech import parse
>>> rows = list(indicator_rows(parse("同志们:\\n地区生产总值完成244.4亿元,同比增长9.4%。")))
>>> first = rows[0]  # name 地区生产总值, change_kind 同比, change_value 9.4
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from govspeech.corpus.columns import COLUMNS, OUTLINE_COLUMNS
from govspeech.corpus.context import CONTEXT_CHARS, clause_around, clip
from govspeech.corpus.write import Format, format_for, write_rows
from govspeech.errors import GovspeechWarning
from govspeech.models import Document, Indicator, Point, Sentence, Speech

__all__ = [
    "COLUMNS",
    "Format",
    "HEADING_SEPARATOR",
    "LONG_SENTENCE",
    "OUTLINE_COLUMNS",
    "format_for",
    "indicator_rows",
    "outline_rows",
    "write_rows",
]

Row = dict[str, object]
HEADING_SEPARATOR = " > "
HEADING_CHARS = 60  # each heading of a row's heading path is clipped to this
LONG_SENTENCE = 2000  # characters: no real sentence is this long; the text lost its 。


def indicator_rows(doc: Document, *, file: str | None = None) -> Iterator[Row]:
    """One flat row per indicator of ``doc``, in document order.

    Args:
        doc: A parsed document.
        file: Value of the ``file`` column; defaults to ``doc.path``.

    Returns:
        An iterator of dicts whose keys are the names in :data:`COLUMNS`, in that order.

    A row's ``heading_path`` joins the headings above its sentence with ``" > "``,
    e.g. ``稳中求进 > 抓项目``; its ``context`` is the clause around the figure, at most
    120 characters. A sentence longer than :data:`LONG_SENTENCE` characters is reported
    once per document with a ``[W301]`` :class:`~govspeech.GovspeechWarning`.
    """
    source = file if file is not None else doc.path
    warned = False
    for index, speech in enumerate(doc.speeches):
        where = _speech_fields(source, index, speech)
        for node, sentence in _sentences(speech):
            if sentence.indicators and len(sentence.text) > LONG_SENTENCE and not warned:
                warned = True
                _warn_long(source, sentence)
            for indicator in sentence.indicators:
                yield {**where, **_row(indicator, node, sentence)}


def _speech_fields(file: str | None, index: int, speech: Speech) -> Row:
    return {
        "file": file,
        "speech_index": index,
        "title": clip(speech.title),
        "speaker": clip(speech.speaker),
        "date": clip(speech.date),
        "meeting": clip(speech.meeting),
    }


def _sentences(speech: Speech) -> Iterator[tuple[Point | None, Sentence]]:
    """Every sentence of the speech with the node holding it (``None`` outside the parts)."""
    for sentence in speech.preamble:
        yield None, sentence
    for node in speech.walk():
        for sentence in node.sentences:
            yield node, sentence
    for sentence in speech.closing:
        yield None, sentence


def _warn_long(file: str | None, sentence: Sentence) -> None:
    warnings.warn(
        f"[W301] {file or '<text>'}: a sentence of {len(sentence.text)} characters at offset "
        f"{sentence.start}; the text has probably lost its sentence ends. Table rows keep only "
        f"the {CONTEXT_CHARS} characters around each figure.",
        GovspeechWarning,
        stacklevel=3,
    )


def _row(ind: Indicator, node: Point | None, sentence: Sentence) -> Row:
    change, base = ind.change, ind.base
    return {
        "heading_path": HEADING_SEPARATOR.join(clip(h, HEADING_CHARS) or "" for h in ind.heading_path),
        "marker": node.marker if node else None,
        "node_start": node.start if node else None,
        "context": _context(ind, sentence),
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "name": clip(ind.name),
        "value": ind.value,
        "unit": ind.unit,
        "scaled_value": ind.scaled_value,
        "base_unit": ind.base_unit,
        "approximate": ind.approximate,
        "period": clip(ind.period),
        "period_start": ind.period_start,
        "period_end": ind.period_end,
        "status": ind.status,
        "bound": ind.bound,
        "value_high": ind.value_high,
        "key": ind.key,
        "start": ind.start,
        "end": ind.end,
        "change_kind": change.kind if change else None,
        "change_direction": change.direction if change else None,
        "change_value": change.value if change else None,
        "change_unit": change.unit if change else None,
        "change_bound": change.bound if change else None,
        "change_value_high": change.value_high if change else None,
        "change_start": change.start if change else None,
        "change_end": change.end if change else None,
        "base_value": base.value if base else None,
        "base_value_unit": base.unit if base else None,
        "base_period": clip(base.period) if base else None,
        "base_start": base.start if base else None,
        "base_end": base.end if base else None,
    }


def _context(ind: Indicator, sentence: Sentence) -> str:
    """The clause around the indicator's quantities (level, change, base) in its sentence."""
    spans = [(q.start, q.end) for q in (ind, ind.change, ind.base) if q is not None]
    starts = [s for s, _ in spans if s is not None]
    ends = [e for _, e in spans if e is not None]
    if not starts or not ends:
        return clip(sentence.text) or ""
    # Offsets are into the input and the sentence text is normalised: where normalisation
    # changed the length (pinyin artefacts removed), the position is approximate.
    return clause_around(sentence.text, min(starts) - sentence.start, max(ends) - sentence.start)


def outline_rows(doc: Document, *, file: str | None = None) -> Iterator[Row]:
    """One flat row per part and point of ``doc``, in document order.

    Args:
        doc: A parsed document.
        file: Value of the ``file`` column; defaults to ``doc.path``.

    Returns:
        An iterator of dicts keyed by the names in :data:`OUTLINE_COLUMNS`: the node's
        depth, kind, marker, number, heading, offsets, and its ``parent`` as the ``node``
        number of the row above it.
    """
    source = file if file is not None else doc.path
    counter = [0]
    for index, speech in enumerate(doc.speeches):
        head: Row = {"file": source, "speech_index": index, "title": clip(speech.title)}
        for part in speech.parts:
            yield from _node_rows(part, head, None, 1, part.kind, counter)


def _node_rows(
    node: Point, head: Row, parent: int | None, depth: int, kind: str, counter: list[int]
) -> Iterator[Row]:
    number = counter[0]
    counter[0] += 1
    yield {
        **head,
        "node": number,
        "parent": parent,
        "depth": depth,
        "kind": kind,
        "marker": node.marker,
        "number": node.number,
        "style": node.style,
        "heading": clip(node.heading),
        "start": node.start,
        "end": node.end,
        "sentences": len(node.sentences),
        "indicators": len(node.indicators),
    }
    for child in node.points:
        yield from _node_rows(child, head, number, depth + 1, "point", counter)

