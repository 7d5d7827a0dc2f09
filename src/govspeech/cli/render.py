"""``govspeech render``: a parse as one self-contained HTML page."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

import click

from govspeech.cli._io import STDIN, input_format_option, load_document

if TYPE_CHECKING:
    from govspeech.readers import Format


@click.command("render")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default=STDIN,
    help="Write the page here instead of standard output.",
)
@input_format_option
def render(path: str, output: TextIO, input_format: Format | None) -> None:
    """Write the parse of PATH (or - for standard input) as one HTML page.

    The page holds the text with its outline, highlighted indicators and greyed noise,
    and a sortable indicator table; it loads nothing from the network.

    \b
    Examples:
      govspeech render 讲话.txt -o 讲话.html
      cat 讲话.txt | govspeech render - > 讲话.html
    """
    from govspeech.render import to_html

    doc = load_document(path, input_format)
    output.write(to_html(doc))

