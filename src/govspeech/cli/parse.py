"""``govspeech parse`` and ``govspeech schema``."""

from __future__ import annotations

from typing import TextIO

import click

from govspeech.cli._io import STDIN, load_document
from govspeech.corpus.export import json_schema_text, to_json, to_outline


@click.command("parse")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["json", "outline"]), default="json",
    show_default=True, help="json: the whole Document; outline: markers and headings.",
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default=STDIN,
    help="Write here instead of standard output.",
)
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation (0: one line).")
def parse(path: str, fmt: str, output: TextIO, indent: int) -> None:
    """Parse a speech file (.txt, .docx, .html) or - for standard input.

    \b
    Examples:
      govspeech parse 讲话.txt --format outline
      cat 讲话.txt | govspeech parse - > 讲话.json
    """
    doc = load_document(path)
    if fmt == "outline":
        text = to_outline(doc)
    else:
        text = to_json(doc, indent=indent or None)
    output.write(text + "\n")


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema of the Document that `parse --format json` writes."""
    click.echo(json_schema_text())
