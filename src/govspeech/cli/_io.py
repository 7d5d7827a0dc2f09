"""Reading a command's input (a file path, a folder, or ``-`` for standard input) and
writing to a pipe that may close.

A failure to read becomes one line on stderr naming the input, and exit code 2; a reader
that stops early (``| head``) ends the command quietly with exit code 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn

import click

from govspeech.errors import GovspeechError, InputError
from govspeech.models import Document

if TYPE_CHECKING:
    from govspeech.readers import Format

STDIN = "-"
STDIN_NAME = "<stdin>.txt"  # standard input is read as a text file
EXIT_INPUT_ERROR = 2
EXIT_SOME_FAILED = 1

# --input-format: read every input as this format, whatever its extension (or none).
input_format_option = click.option(
    "--input-format",
    "input_format",
    type=click.Choice(["txt", "docx", "html"]),
    default=None,
    help="Read every input as this format, whatever its file extension.",
)


def read_document(path: str, input_format: Format | None = None) -> Document:
    """Parse the file at ``path`` (or standard input for ``-``), as ``input_format`` if given.

    Raises:
        InputError: The path is a folder, missing, unreadable, empty or not text.
    """
    from govspeech.parser.pipeline import parse
    from govspeech.readers import parse_file, read_bytes

    if path == STDIN:
        result = read_bytes(sys.stdin.buffer.read(), STDIN_NAME, format=input_format)
        return parse(result.text).model_copy(update={"encoding": result.encoding, "text": result.text})
    if os.path.isdir(path):
        raise InputError("is a folder; give a file (govspeech batch or indicators read folders)", path=path)
    try:
        return parse_file(path, format=input_format)
    except OSError as exc:
        raise InputError(str(exc.strerror or exc), path=path) from None


def load_document(path: str, input_format: Format | None = None) -> Document:
    """:func:`read_document`, exiting with a one-line error and code 2 if it fails."""
    try:
        return read_document(path, input_format)
    except GovspeechError as exc:
        fail(str(exc))


def expand_paths(paths: tuple[str, ...]) -> Iterator[str]:
    """Each path as given, except folders: the files govspeech reads inside them, sorted."""
    from govspeech.readers import FORMATS

    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                # hidden files and Word's ~$ lock files are not speeches
                if os.path.splitext(name)[1].lower() in FORMATS and not name.startswith((".", "~$")):
                    yield os.path.join(root, name)


def fail(message: str) -> NoReturn:
    """Print ``error: message`` on stderr and exit with code 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INPUT_ERROR)


def pipe_closed() -> NoReturn:
    """The reader of standard output went away (``| head``): stop quietly, exit code 0."""
    # Point stdout at /dev/null so the interpreter's final flush does not fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout has no file descriptor (a test runner's buffer): nothing to flush
    sys.exit(0)
