"""``govspeech parse`` and ``govspeech schema``."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

import click

from govspeech.cli._io import STDIN, input_format_option, load_document
from govspeech.corpus.export import json_schema_text, to_json, to_outline

if TYPE_CHECKING:
    from govspeech.readers import Format


@click.command("parse")
@click.argument("path", type=click.Path(allow_dash=True))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["json", "outline"]), default="json",
    show_default=True, help="json: the whole Document; outline: line numbers, markers and headings.",
)
@click.option(
    "--indicators", "with_indicators", is_flag=True,
    help="With --format outline: list each node's figures under it.",
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default=STDIN,
    help="Write here instead of standard output.",
)
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation (0: one line).")
@input_format_option
def parse(
    path: str, fmt: str, with_indicators: bool, output: TextIO, indent: int, input_format: Format | None
) -> None:
    """Parse a speech file (.txt, .docx, .html) or - for standard input.

    The outline starts each line with the line number of its node in the input
    (of the text extracted from a .docx or .html file).

    \b
    Examples:
      govspeech parse 讲话.txt --format outline --indicators
      cat 讲话.txt | govspeech parse - > 讲话.json
    """
    doc = load_document(path, input_format)
    if fmt == "outline":
        text = to_outline(doc, text=doc.text, indicators=with_indicators)
    else:
        text = to_json(doc, indent=indent or None)
    output.write(text + "\n")


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema of the Document that `parse --format json` writes."""
    click.echo(json_schema_text())
