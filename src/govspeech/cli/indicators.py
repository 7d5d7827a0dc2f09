"""``govspeech indicators``: every indicator of one or more speeches as a table."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import NoReturn

import click

import govspeech
from govspeech.errors import ConfigError, InputError
from govspeech.models import Document
from govspeech.tables import Format, indicator_rows, write_rows

STDIN = "-"


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
    docs = [(path, _load(path)) for path in paths]  # read everything first: fail before writing
    try:
        count = write_rows(_rows(docs), output, format=fmt)
    except ConfigError as exc:
        _fail(str(exc))
    if output != STDIN:
        click.echo(f"{count} indicators written to {output}", err=True)


def _rows(docs: list[tuple[str, Document]]) -> Iterator[dict[str, object]]:
    for path, doc in docs:
        yield from indicator_rows(doc, file="<stdin>" if path == STDIN else path)


def _load(path: str) -> Document:
    """Parse one input; exit with code 2 and a one-line message when it has no text."""
    if path == STDIN:
        return _parse_bytes(sys.stdin.buffer.read(), "<stdin>")
    try:
        return govspeech.parse_file(path)
    except NotImplementedError:  # pipeline without file support: plain UTF-8 text
        pass
    except InputError as exc:
        _fail(str(exc) if exc.path else f"{path}: {exc}")
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")
    return _parse_bytes(data, path)


def _parse_bytes(data: bytes, name: str) -> Document:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(f"{name}: not UTF-8 text (undecodable byte at {exc.start})")
    if not text.strip():
        _fail(f"{name}: empty input")
    return govspeech.parse(text)


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)
