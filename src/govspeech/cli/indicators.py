"""``govspeech indicators``: every indicator of one or more speeches as a table."""

from __future__ import annotations

from collections.abc import Iterator

import click

from govspeech.cli._io import STDIN, fail, load_document
from govspeech.errors import ConfigError
from govspeech.models import Document
from govspeech.corpus.tables import Format, indicator_rows, write_rows


@click.command("indicators")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    default=STDIN,
    show_default=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Output file; .csv, .jsonl or .parquet chooses the format. '-' writes to stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    default=None,
    help="Table format, overriding the output file's extension (stdout defaults to jsonl).",
)
def indicators(paths: tuple[str, ...], output: str, fmt: Format | None) -> None:
    """Write one row per indicator found in PATHS (files, or - for stdin).

    Each row holds the file, speech title, heading path, sentence and every indicator
    field, e.g. 地区生产总值 244.4 亿元, 同比 up 9.4 %.
    """
    docs = [(path, load_document(path)) for path in paths]  # read everything first: fail before writing
    try:
        count = write_rows(_rows(docs), output, format=fmt)
    except ConfigError as exc:
        fail(str(exc))
    if output != STDIN:
        click.echo(f"{count} indicators written to {output}", err=True)


def _rows(docs: list[tuple[str, Document]]) -> Iterator[dict[str, object]]:
    for path, doc in docs:
        yield from indicator_rows(doc, file="<stdin>" if path == STDIN else path)
