"""Read .txt, .docx and .html files into the text that :func:`govspeech.parse` takes.

>>> result = read_file("讲话.docx")  # doctest: +SKIP
>>> result.text.splitlines()[1]  # doctest: +SKIP
'一、坚持稳中求进'

(Word's automatic numbering becomes a marker.)

Offsets in the parsed tree refer to ``ReadResult.text``, the text extracted here:

- ``.txt``: the encoding is detected (BOM, strict UTF-8, then charset-normalizer for
  GB18030/GBK, Big5, UTF-16 without BOM…); GBK-family text is decoded as GB18030, its
  superset. A file cut in the middle of a character still reads, with ``U+FFFD`` at the cut.
- ``.docx``: body paragraphs and tables in document order, one line per paragraph, a
  table row as one line of tab-separated cells. Word's automatic list numbering, which is
  not in the paragraph text, is rendered from ``numbering.xml`` (``一、``, ``（一）``, ``1.``).
- ``.html``/``.htm``: the text of ``<main>``/``<article>`` when the page has exactly one,
  else of ``<body>``, without scripts, styles, navigation, asides and footers; block
  elements end lines, table cells are tab-separated, source line breaks between two
  Chinese characters vanish as browsers render them (CSS Text 3 segment breaks).

- any other suffix, or none: read as text, with a ``[W201]`` warning; ``format=``
  chooses the format whatever the suffix.

Only regular files are read (a FIFO or a device would block or never end), and at most
``max_bytes`` of them (:mod:`govspeech.readers.files`); a .docx archive is checked for zip
bombs before python-docx inflates it.

Heavy libraries (charset-normalizer, python-docx, selectolax) are imported on first use.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex

# NUMBER_FORMATS stays importable from here: Word's numFmt values and their rendering.
from govspeech.readers.docx import NUMBER_FORMATS, docx_text  # noqa: F401
from govspeech.readers.txt import declared_charset, decode_bytes
from govspeech.readers.files import default_max_bytes, read_limited
from govspeech.readers.html import html_text
from govspeech.errors import EmptyInputError, GovspeechWarning, InputError
from govspeech.models import Document
from govspeech.parser.pipeline import parse

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "Format",
    "ReadResult",
    "decode_bytes",
    "parse_file",
    "read_bytes",
    "read_file",
]

Format = Literal["txt", "docx", "html"]

#: The formats, as ``format=`` and ``--input-format`` name them.
FORMAT_NAMES: tuple[Format, ...] = ("txt", "docx", "html")
#: File suffixes govspeech reads (compared case-insensitively) and their format.
FORMATS: dict[str, Format] = {".txt": "txt", ".docx": "docx", ".htm": "html", ".html": "html"}

# A character a reader sees: not whitespace, not a control, format (BOM, zero-width),
# private-use, surrogate or unassigned code point, and not U+FFFD, which only marks
# bytes that were not text (a UTF-16 BOM followed by a lone byte decodes to just that).
# One search in C, so a 50 MB file of invisible characters costs no Python loop.
_VISIBLE = regex.compile(r"[^\s\p{C}\ufffd]")


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The text extracted from a file, its format and, for text files, its encoding."""

    text: str
    format: Format
    encoding: str | None


def parse_file(
    path: str | os.PathLike[str],
    *,
    indicators: bool = True,
    format: Format | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read a .txt, .docx or .html file and parse it.

    The returned Document carries ``path``, ``format``, ``encoding`` and ``text``, the
    extracted text its offsets refer to.

    Args:
        path: the file.
        indicators: extract indicators (see :func:`govspeech.parse`).
        format: ``"txt"``, ``"docx"`` or ``"html"`` whatever the file's suffix.
        max_bytes: the size limit (default ``$GOVSPEECH_MAX_BYTES`` or 200 MiB).

    Raises:
        InputError: the file cannot be read (EmptyInputError, DecodeError,
            NotAFileError, TooLargeError subclasses).
    """
    result = read_file(path, format=format, max_bytes=max_bytes)
    doc = parse(result.text, indicators=indicators)
    return doc.model_copy(
        update={
            "path": os.fspath(path),
            "format": result.format,
            "encoding": result.encoding,
            "text": result.text,
        }
    )


def read_file(
    path: str | os.PathLike[str], *, format: Format | None = None, max_bytes: int | None = None
) -> ReadResult:
    """Read a speech file into text.

    Only regular files are read, and at most ``max_bytes + 1`` bytes of them: a FIFO or
    a device fails at once instead of blocking, a huge file before it is loaded.

    Args:
        path: a ``.txt``, ``.docx``, ``.html`` or ``.htm`` file; any other suffix (or
            none) is read as text, with a ``[W201]`` warning.
        format: ``"txt"``, ``"docx"`` or ``"html"``, overriding the suffix.
        max_bytes: the size limit (default ``$GOVSPEECH_MAX_BYTES`` or 200 MiB).

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError: the file is empty or holds no visible character.
        DecodeError: the bytes are not text in an encoding govspeech can detect.
        NotAFileError: the path is a folder, FIFO, device or socket.
        TooLargeError: the file (or a part of a .docx) is larger than the limit.
        InputError: the file is missing or unreadable, or a corrupt .docx.
    """
    name = os.fspath(path)
    fmt = _format_of(name, format)  # an unknown format fails before the file is read
    limit = default_max_bytes() if max_bytes is None else max_bytes
    return read_bytes(read_limited(name, limit), name, format=fmt)


def read_bytes(data: bytes, name: str, *, format: Format | None = None) -> ReadResult:
    """Extract the text of a file's bytes, read from anywhere (object stores, archives).

    Args:
        data: the whole file.
        name: its name or URL; the suffix chooses the format, e.g. ``s3://b/讲话.docx``.
        format: ``"txt"``, ``"docx"`` or ``"html"``, overriding the suffix.

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError, DecodeError, TooLargeError, InputError: as :func:`read_file`.
    """
    fmt = _format_of(name, format)
    if not data:
        raise EmptyInputError("empty file (0 bytes)", path=name)
    encoding: str | None
    if fmt == "docx":
        text, encoding = docx_text(data, name), None
    elif fmt == "html":
        text, encoding = decode_bytes(data, name, declared=declared_charset(data))
        text = html_text(text)
    else:
        text, encoding = decode_bytes(data, name)
    if _VISIBLE.search(text) is None:
        raise EmptyInputError(f"no text in this .{fmt} file", path=name)
    return ReadResult(text=text, format=fmt, encoding=encoding)


def _format_of(name: str, format: str | None = None) -> Format:
    """The format asked for, else the suffix's; an unknown suffix is read as text."""
    if format is not None:
        if format not in FORMAT_NAMES:
            expected = ", ".join(FORMAT_NAMES)
            raise InputError(f"unknown format {format!r}; expected one of {expected}", path=name)
        return format
    suffix = Path(name).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        # Corpora hold .md, .text, .TXT~ and suffix-less files of plain text: reading them
        # costs nothing, and a binary file still fails as a DecodeError.
        warnings.warn(
            f"[W201] {name}: unknown file type {suffix or '(no suffix)'!r}, read as text "
            f"(choose the format with format= or --input-format)",
            GovspeechWarning,
            stacklevel=3,
        )
        return "txt"
    return fmt
