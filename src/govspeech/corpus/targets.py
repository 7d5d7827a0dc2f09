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

from typing import Any

from govspeech.corpus.tables import indicator_rows
from govspeech.models import Document
from govspeech.parser.indicators.headline import HeadlineTable

__all__ = ["TARGET_COLUMNS", "targets", "targets_frame"]

# (column, type) in output order; the type drives a Parquet schema. A target row is the
# indicator row of the figure (see ``tables``) cut down to what a plan's figure needs, with
# the speech's reference year: ``speech`` is the title, ``clause`` the bounded context.
TARGET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "str"), ("speech", "str"), ("reference_year", "int"), ("key", "str"),
    ("name", "str"), ("value", "float"), ("value_high", "float"), ("unit", "str"),
    ("bound", "str"), ("change_kind", "str"), ("change_direction", "str"),
    ("change_value", "float"), ("change_value_high", "float"), ("change_unit", "str"),
    ("change_bound", "str"), ("period", "str"), ("period_start", "str"), ("period_end", "str"),
    ("start", "int"), ("end", "int"), ("change_start", "int"), ("change_end", "int"),
    ("heading_path", "str"), ("clause", "str"),
)
_RENAMED = {"speech": "title", "clause": "context"}  # target column → indicator-row column


def targets(
    doc: Document, *, table: HeadlineTable | None = None, file: str | None = None
) -> list[dict[str, Any]]:
    """One row per headline target of each speech of ``doc``, in document order.

    Args:
        doc: A parsed document.
        table: Headline table keying the records by name; the keys the parse gave (the
            shipped table) by default.
        file: Value of the ``file`` column; defaults to ``doc.path``.

    Returns:
        Dicts whose keys are the names of :data:`TARGET_COLUMNS`, in that order.
    """
    years = [speech.reference_year for speech in doc.speeches]
    rows: list[dict[str, Any]] = []
    for row in indicator_rows(doc, file=file):
        name, index = row["name"], row["speech_index"]
        key = row["key"] if table is None else table.key_of(name if isinstance(name, str) else None)
        if row["status"] != "target" or key is None or not isinstance(index, int):
            continue
        row = {**row, "key": key, "reference_year": years[index]}
        rows.append({name: row[_RENAMED.get(name, name)] for name, _ in TARGET_COLUMNS})
    return rows


def targets_frame(doc: Document, **kwargs: Any) -> Any:
    """:func:`targets` as a pandas DataFrame (pandas must be installed).

    Raises:
        ImportError: pandas is not installed.
    """
    import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 - optional, imported on use

    return pd.DataFrame(targets(doc, **kwargs), columns=[name for name, _ in TARGET_COLUMNS])
