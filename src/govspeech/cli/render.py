"""``govspeech render``: a parse as one self-contained HTML page."""

from __future__ import annotations

import sys
from typing import TextIO

import click

from govspeech.cli._io import STDIN, STDIN_NAME, fail, load_document
from govspeech.errors import GovspeechError
from govspeech.models import Document


@click.command("render")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default=STDIN,
    help="Write the page here instead of standard output.",
)
def render(path: str, output: TextIO) -> None:
    """Write the parse of PATH (or - for standard input) as one HTML page.

    The page holds the text with its outline, highlighted indicators and greyed noise,
    and a sortable indicator table; it loads nothing from the network.

    \b
    Examples:
      govspeech render 讲话.txt -o 讲话.html
      cat 讲话.txt | govspeech render - > 讲话.html
    """
    from govspeech.render import to_html

    doc = _stdin_document() if path == STDIN else load_document(path)
    output.write(to_html(doc))


def _stdin_document() -> Document:
    """Standard input parsed, keeping the text (offsets point into it)."""
    from govspeech.parser.pipeline import parse
    from govspeech.readers import read_bytes

    try:
        result = read_bytes(sys.stdin.buffer.read(), STDIN_NAME)
    except GovspeechError as exc:
        fail(str(exc))
    doc = parse(result.text)
    return doc.model_copy(update={"encoding": result.encoding, "text": result.text})
