"""Reading a command's input: a file path or ``-`` for standard input.

Every failure becomes one line on stderr naming the input, and exit code 2.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from govspeech.errors import GovspeechError
from govspeech.models import Document

STDIN = "-"
STDIN_NAME = "<stdin>.txt"  # standard input is read as a text file
EXIT_INPUT_ERROR = 2


def load_document(path: str) -> Document:
    """Parse the file at ``path`` (or standard input for ``-``); exit 2 if unreadable."""
    from govspeech.parser.pipeline import parse
    from govspeech.readers import parse_file
    from govspeech.readers import read_bytes

    try:
        if path == STDIN:
            result = read_bytes(sys.stdin.buffer.read(), STDIN_NAME)
            return parse(result.text).model_copy(update={"encoding": result.encoding})
        return parse_file(path)
    except GovspeechError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")


def fail(message: str) -> NoReturn:
    """Print ``error: message`` on stderr and exit with code 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INPUT_ERROR)
