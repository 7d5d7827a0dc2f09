"""Headline targets of a speech as table rows: what a plan promises, one row per figure.

A target row is a record whose status is ``target`` and that measures a headline indicator
(it has a ``key`` from the headline table, ``data/headline.tsv``): ``地区生产总值增长5.5%左右``
in ``三、2026年主要工作`` gives key ``gdp``, change 5.5 % ``around``, period 2026-01-01 to
2026-12-31. Pass your own ``HeadlineTable`` to key the records by your own list.

>>> from govspeech import parse
>>> doc = parse("2026年政府工作报告\\n一、2026年主要工作\\n地区生产总值增长5.5%左右。\\n")
>>> [(r["key"], r["change_value"], r["change_bound"], r["period_end"]) for r in targets(doc)]
[('gdp', 5.5, 'around', '2026-12-31')]
"""

from __future__ import annotations

import re
from typing import Any

from govspeech.models import Document, Indicator, Sentence
from govspeech.parser.indicators.headline import HeadlineTable, default_table

__all__ = ["TARGET_COLUMNS", "targets", "targets_frame"]

# (column, type) in output order; the type drives a Parquet schema.
TARGET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "str"), ("speech", "str"), ("reference_year", "int"), ("key", "str"),
    ("name", "str"), ("value", "float"), ("value_high", "float"), ("unit", "str"),
    ("bound", "str"), ("change_kind", "str"), ("change_direction", "str"),
    ("change_value", "float"), ("change_value_high", "float"), ("change_unit", "str"),
    ("change_bound", "str"), ("period", "str"), ("period_start", "str"), ("period_end", "str"),
    ("start", "int"), ("end", "int"), ("change_start", "int"), ("change_end", "int"),
    ("heading_path", "str"), ("sentence", "str"), ("clause", "str"),
)
_CLAUSE_END = re.compile("[,;:。!?，；：！？]")


def targets(
    doc: Document, *, table: HeadlineTable | None = None, file: str | None = None
) -> list[dict[str, Any]]:
    """One row per headline target of each speech of ``doc``, in document order.

    Args:
        doc: A parsed document.
        table: Headline table keying the records by name; the shipped one by default.
        file: Value of the ``file`` column; defaults to ``doc.path``.

    Returns:
        Dicts whose keys are the names of :data:`TARGET_COLUMNS`, in that order.
    """
    keyed = table or default_table()
    rows: list[dict[str, Any]] = []
    for speech in doc.speeches:
        for sentence in speech.iter_sentences():
            for ind in sentence.indicators:
                key = ind.key if table is None else keyed.key_of(ind.name)
                if ind.status == "target" and key is not None:
                    rows.append(_row(ind, key, sentence, file or doc.path, speech.title,
                                     speech.reference_year))
    return rows


def targets_frame(doc: Document, **kwargs: Any) -> Any:
    """:func:`targets` as a pandas DataFrame (pandas must be installed).

    Raises:
        ImportError: pandas is not installed.
    """
    import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 - optional, imported on use

    return pd.DataFrame(targets(doc, **kwargs), columns=[name for name, _ in TARGET_COLUMNS])


def _row(ind: Indicator, key: str, sentence: Sentence, file: str | None, title: str | None,
         year: int | None) -> dict[str, Any]:
    change = ind.change
    return {
        "file": file, "speech": title, "reference_year": year, "key": key, "name": ind.name,
        "value": ind.value, "value_high": ind.value_high, "unit": ind.unit, "bound": ind.bound,
        "change_kind": change.kind if change else None,
        "change_direction": change.direction if change else None,
        "change_value": change.value if change else None,
        "change_value_high": change.value_high if change else None,
        "change_unit": change.unit if change else None,
        "change_bound": change.bound if change else None,
        "period": ind.period, "period_start": ind.period_start, "period_end": ind.period_end,
        "start": ind.start, "end": ind.end,
        "change_start": change.start if change else None,
        "change_end": change.end if change else None,
        "heading_path": " > ".join(ind.heading_path), "sentence": sentence.text,
        "clause": _clause(sentence, ind),
    }


def _clause(sentence: Sentence, ind: Indicator) -> str:
    """The clause of the sentence holding the figure (offsets are the input's; a sentence
    whose normalisation changed its length gives an approximate clause)."""
    anchor = ind.start if ind.start is not None else ind.change.start if ind.change else None
    text = sentence.text
    if anchor is None:
        return text
    pos = min(max(anchor - sentence.start, 0), len(text))
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    end = _CLAUSE_END.search(text, pos)
    return text[start : end.start() if end is not None else len(text)]
