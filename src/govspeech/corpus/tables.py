"""Indicators as flat table rows, written as CSV, JSONL or Parquet.

One row per indicator: where it was found (file, speech title, heading path, sentence)
and every field of the indicator, with ``change`` and ``base`` flattened into
``change_*`` and ``base_*`` columns. The indicator's own ``base_unit`` (the unit of
``scaled_value``) is written as ``scaled_unit`` so it cannot be confused with the unit
of its ``base``.

>>> from govspeech import parse
>>> rows = list(indicator_rows(parse("同志们:\\n地区生产总值完成244.4亿元,同比增长9.4%。")))
>>> first = rows[0]  # name 地区生产总值, change_kind 同比, change_value 9.4
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from govspeech.errors import ConfigError
from govspeech.models import Document, Indicator, Sentence

__all__ = ["COLUMNS", "Format", "format_for", "indicator_rows", "write_rows"]

Format = Literal["csv", "jsonl", "parquet"]

# (column, type) in output order; the type drives the Parquet schema.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "str"),
    ("speech", "str"),
    ("heading_path", "str"),
    ("sentence", "str"),
    ("name", "str"),
    ("value", "float"),
    ("unit", "str"),
    ("scaled_value", "float"),
    ("scaled_unit", "str"),
    ("approximate", "bool"),
    ("period", "str"),
    ("status", "str"),
    ("start", "int"),
    ("end", "int"),
    ("change_kind", "str"),
    ("change_direction", "str"),
    ("change_value", "float"),
    ("change_unit", "str"),
    ("change_start", "int"),
    ("change_end", "int"),
    ("base_value", "float"),
    ("base_unit", "str"),
    ("base_period", "str"),
    ("base_start", "int"),
    ("base_end", "int"),
)

HEADING_SEPARATOR = " > "

_EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def indicator_rows(doc: Document, *, file: str | None = None) -> Iterator[dict[str, object]]:
    """One flat row per indicator of ``doc``, in document order.

    Args:
        doc: A parsed document.
        file: Value of the ``file`` column; defaults to ``doc.path``.

    Returns:
        An iterator of dicts whose keys are the names in :data:`COLUMNS`, in that order.

    A row's ``heading_path`` joins the headings above its sentence with ``" > "``,
    e.g. ``稳中求进 > 抓项目``.
    """
    source = file if file is not None else doc.path
    for speech in doc.speeches:
        for sentence in speech.iter_sentences():
            for indicator in sentence.indicators:
                yield _row(indicator, sentence, source, speech.title)


def _row(ind: Indicator, sentence: Sentence, file: str | None, title: str | None) -> dict[str, object]:
    change, base = ind.change, ind.base
    return {
        "file": file,
        "speech": title,
        "heading_path": HEADING_SEPARATOR.join(ind.heading_path),
        "sentence": sentence.text,
        "name": ind.name,
        "value": ind.value,
        "unit": ind.unit,
        "scaled_value": ind.scaled_value,
        "scaled_unit": ind.base_unit,
        "approximate": ind.approximate,
        "period": ind.period,
        "status": ind.status,
        "start": ind.start,
        "end": ind.end,
        "change_kind": change.kind if change else None,
        "change_direction": change.direction if change else None,
        "change_value": change.value if change else None,
        "change_unit": change.unit if change else None,
        "change_start": change.start if change else None,
        "change_end": change.end if change else None,
        "base_value": base.value if base else None,
        "base_unit": base.unit if base else None,
        "base_period": base.period if base else None,
        "base_start": base.start if base else None,
        "base_end": base.end if base else None,
    }


def format_for(path: str | Path) -> Format:
    """The table format chosen by the extension of ``path``.

    Raises:
        ConfigError: The extension is not one of .csv, .jsonl/.ndjson, .parquet/.pq.
    """
    suffix = Path(path).suffix.lower()
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        known = ", ".join(sorted(_EXTENSIONS))
        raise ConfigError(f"{path}: unknown table format {suffix!r} (use one of {known})") from None


def write_rows(
    rows: Iterable[dict[str, object]], path: str | Path, *, format: Format | None = None
) -> int:
    """Write ``rows`` to ``path`` as CSV, JSONL or Parquet, chosen by its extension.

    ``path`` ``"-"`` writes CSV or JSONL to standard output (JSONL unless ``format``
    says otherwise). CSV and JSONL are UTF-8; Chinese is written unescaped.

    Args:
        rows: Flat dicts, e.g. from :func:`indicator_rows`; all rows share the first
            row's keys.
        path: The output file.
        format: Overrides the format chosen by the extension.

    Returns:
        The number of rows written.

    Raises:
        ConfigError: Unknown extension, or Parquet requested without pyarrow installed.
    """
    to_stdout = str(path) == "-"
    fmt: Format = format or ("jsonl" if to_stdout else format_for(path))
    if fmt == "parquet":
        if to_stdout:
            raise ConfigError("Parquet cannot be written to standard output; give a file name")
        return _write_parquet(list(rows), Path(path))
    if to_stdout:
        return _write_text(rows, sys.stdout, fmt)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        return _write_text(rows, handle, fmt)


def _write_text(rows: Iterable[dict[str, object]], handle: IO[str], fmt: Format) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        count += 1
    if writer is None:  # no rows: still write the header so the file is a valid table
        handle.write(",".join(name for name, _ in COLUMNS) + "\r\n")
    return count


def _write_parquet(rows: list[dict[str, object]], path: Path) -> int:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]  # optional, imported on use
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError(
            "writing Parquet needs pyarrow: pip install pyarrow (or a CSV/JSONL file name)"
        ) from None
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    known = dict(COLUMNS)
    names = list(rows[0]) if rows else [name for name, _ in COLUMNS]
    schema = pa.schema([(name, types[known.get(name, "str")]) for name in names])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
