"""``govspeech targets``: the headline targets of one or more speeches as a table."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, TYPE_CHECKING

import click

from govspeech.cli._io import STDIN, fail, input_format_option, load_document
from govspeech.corpus.tables import Format, format_for
from govspeech.errors import ConfigError
from govspeech.parser.indicators.headline import HeadlineTable
from govspeech.corpus.targets import TARGET_COLUMNS
from govspeech.corpus.targets import targets as find_targets

if TYPE_CHECKING:
    from govspeech.readers import Format as ReadFormat


@click.command("targets")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default=STDIN, show_default=True,
              type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file; .csv, .jsonl or .parquet chooses the format. '-' writes to stdout.")
@click.option("--headline", "headline", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Your own headline table (TSV: key, pattern, description).")
@input_format_option
def targets(paths: tuple[str, ...], output: str, headline: str | None,
            input_format: ReadFormat | None) -> None:
    """Write one row per headline target (GDP, CPI, jobs…) found in PATHS.

    Each row holds the file, speech title, reference year, key, name, value, unit, bound,
    change, calendar interval, offsets and the sentence and clause, e.g. gdp 地区生产总值
    change 5.5 % around, 2026-01-01…2026-12-31.
    """
    try:
        table = HeadlineTable.from_path(headline) if headline else None
    except ValueError as exc:
        fail(str(exc))
    rows = []
    for path in paths:  # read everything first: fail before writing
        doc = load_document(path, input_format)
        rows.extend(find_targets(doc, table=table, file="<stdin>" if path == STDIN else path))
    try:
        _write(rows, output)
    except ConfigError as exc:
        fail(str(exc))
    if output != STDIN:
        click.echo(f"{len(rows)} targets written to {output}", err=True)




def _write(rows: list[dict[str, Any]], output: str) -> None:
    names = [name for name, _ in TARGET_COLUMNS]
    fmt: Format = "jsonl" if output == STDIN else format_for(output)
    if fmt == "parquet":
        _write_parquet(rows, Path(output))
        return
    handle = sys.stdout if output == STDIN else open(output, "w", encoding="utf-8", newline="")
    try:
        if fmt == "jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(handle, fieldnames=names)
            writer.writeheader()
            writer.writerows(rows)
    finally:
        if handle is not sys.stdout:
            handle.close()


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]  # optional, imported on use
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError("writing Parquet needs pyarrow: pip install pyarrow") from None
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64()}
    schema = pa.schema([(name, types[kind]) for name, kind in TARGET_COLUMNS])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
