"""Table rows written as CSV, JSON Lines or Parquet, the format chosen by the file name.

Types survive every format: integers stay integers (Parquet ``int64``), nulls stay nulls
(an empty CSV field, JSON ``null``, a Parquet null), Chinese is written unescaped.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Literal

from govspeech.corpus.columns import COLUMNS, column_type
from govspeech.errors import ConfigError

__all__ = ["Format", "format_for", "write_rows"]

Format = Literal["csv", "jsonl", "parquet"]
Row = dict[str, object]

_EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
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
    rows: Iterable[Row],
    path: str | Path,
    *,
    format: Format | None = None,
    columns: Sequence[str] | None = None,
) -> int:
    """Write ``rows`` to ``path`` as CSV, JSONL or Parquet, chosen by its extension.

    ``path`` ``"-"`` writes CSV or JSONL to standard output (JSONL unless ``format``
    says otherwise). Rows are written as they come, so memory stays flat for CSV and JSONL.

    Args:
        rows: Flat dicts, e.g. from :func:`~govspeech.corpus.tables.indicator_rows`; all
            rows share the first row's keys.
        path: The output file.
        format: Overrides the format chosen by the extension.
        columns: The header of a table with no rows; the indicator columns by default.

    Returns:
        The number of rows written.

    Raises:
        ConfigError: Unknown extension, or Parquet requested without pyarrow installed.
    """
    names = list(columns) if columns is not None else [name for name, _ in COLUMNS]
    to_stdout = str(path) == "-"
    fmt: Format = format or ("jsonl" if to_stdout else format_for(path))
    if fmt == "parquet":
        if to_stdout:
            raise ConfigError("Parquet cannot be written to standard output; give a file name")
        return _write_parquet(list(rows), Path(path), names)
    if to_stdout:
        return write_text(rows, sys.stdout, fmt, names)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        return write_text(rows, handle, fmt, names)


def write_text(rows: Iterable[Row], handle: IO[str], fmt: Format, names: Sequence[str]) -> int:
    """Write ``rows`` to an open text ``handle`` as JSONL or CSV; the number written."""
    count = 0
    if fmt == "jsonl":
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.writer(handle)
    header: list[str] | None = None
    for row in rows:
        if header is None:
            header = list(row)
            writer.writerow(header)
        writer.writerow([row.get(name) for name in header])
        count += 1
    if header is None:  # no rows: still write the header so the file is a valid table
        writer.writerow(names)
    return count


def _write_parquet(rows: list[Row], path: Path, names: Sequence[str]) -> int:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]  # optional, imported on use
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError(
            "writing Parquet needs pyarrow: pip install pyarrow (or a CSV/JSONL file name)"
        ) from None
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    header = list(rows[0]) if rows else list(names)
    schema = pa.schema([(name, types[column_type(name)]) for name in header])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)
