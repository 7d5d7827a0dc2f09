"""``govspeech indicators``: every indicator of one or more speeches as a table."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from typing import Literal, TYPE_CHECKING, TextIO

import click

from govspeech.cli._io import EXIT_SOME_FAILED, STDIN, expand_paths, fail, input_format_option, read_document
from govspeech.cli._view import print_table
from govspeech.corpus.tables import indicator_rows
from govspeech.corpus.write import Format, format_for, write_rows
from govspeech.errors import ConfigError, GovspeechError

if TYPE_CHECKING:
    from govspeech.readers import Format as ReadFormat

Choice = Literal["csv", "jsonl", "parquet", "table"]


@click.command("indicators")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Output file; .csv, .jsonl or .parquet chooses the format. '-' writes to stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "table"]),
    default=None,
    help="Table format, overriding the output file's extension. Without -o: a readable "
    "table on a terminal, JSON Lines in a pipe.",
)
@input_format_option
def indicators(
    paths: tuple[str, ...], output: str | None, fmt: Choice | None, input_format: ReadFormat | None
) -> None:
    """Write one row per indicator found in PATHS (files, folders, or - for stdin).

    Each row holds the file, speech index, title, speaker, date, meeting, heading path,
    node marker, the clause around the figure and every indicator field, e.g.
    地区生产总值 244.4 亿元, 同比 up 9.4 %. Folders are searched for .txt, .docx and
    .html files. A file that cannot be read is reported on stderr and the others go on;
    the exit code is then 1.

    \b
    Examples:
      govspeech indicators 讲话.txt                  # a table on the terminal
      govspeech indicators 讲话/ -o indicators.csv
      govspeech indicators 讲话.txt | head -3        # JSON Lines
    """
    target = output or STDIN
    chosen = _choose_format(output, fmt)
    failed: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        rows = _rows(paths, failed, input_format)
        try:
            count = print_table(rows) if chosen == "table" else write_rows(rows, target, format=chosen)
        except ConfigError as exc:
            fail(str(exc))
    if output not in (None, STDIN):
        click.echo(f"{count} indicators written to {output}", err=True)
    if failed:
        click.echo(f"{len(failed)} input(s) could not be read: {', '.join(failed)}", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _choose_format(output: str | None, fmt: Choice | None) -> Format | Literal["table"]:
    """The format to write, checked before any file is parsed."""
    if fmt is None and output is None:
        return "table" if stdout_is_terminal() else "jsonl"
    if fmt == "table" and output not in (None, STDIN):
        fail("--format table prints to the terminal; give -o FILE a .csv, .jsonl or .parquet name")
    try:
        chosen = fmt or ("jsonl" if output == STDIN else format_for(str(output)))
    except ConfigError as exc:
        fail(str(exc))
    if chosen == "parquet" and output in (None, STDIN):
        fail("Parquet cannot be written to standard output; give -o FILE.parquet")
    return chosen


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (a person reading) rather than a pipe or file."""
    return sys.stdout.isatty()


def _rows(
    paths: tuple[str, ...], failed: list[str], input_format: ReadFormat | None
) -> Iterator[dict[str, object]]:
    """Rows of every readable input, one file at a time; unreadable ones go to ``failed``."""
    for path in expand_paths(paths):
        try:
            doc = read_document(path, input_format)
        except GovspeechError as exc:
            click.echo(f"error: {exc}", err=True)
            failed.append(path)
            continue
        yield from indicator_rows(doc, file="<stdin>" if path == STDIN else path)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A warning as one ``warning: …`` line on stderr, without the source location."""
    click.echo(f"warning: {message}", err=True)
