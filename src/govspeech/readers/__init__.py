"""Read .txt, .docx and .html files into the text that :func:`govspeech.parse` takes.

>>> result = read_file("讲话.docx")  # doctest: +SKIP
>>> result.text.splitlines()[1]  # Word's automatic numbering becomes a marker
'一、坚持稳中求进'

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

Heavy libraries (charset-normalizer, python-docx, selectolax) are imported on first use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex

# NUMBER_FORMATS stays importable from here: Word's numFmt values and their rendering.
from govspeech.readers.docx import NUMBER_FORMATS, docx_text  # noqa: F401
from govspeech.readers.txt import declared_charset, decode_bytes
from govspeech.readers.html import html_text
from govspeech.errors import EmptyInputError, InputError
from govspeech.models import Document
from govspeech.parser.pipeline import parse

__all__ = ["FORMATS", "Format", "ReadResult", "decode_bytes", "parse_file", "read_bytes", "read_file"]

Format = Literal["txt", "docx", "html"]

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


def parse_file(path: str | os.PathLike[str], *, indicators: bool = True) -> Document:
    """Read a .txt, .docx or .html file and parse it.

    The returned Document carries ``path``, ``format``, ``encoding`` and ``text``, the
    extracted text its offsets refer to.

    Raises:
        InputError: the file cannot be read (EmptyInputError, DecodeError subclasses).
    """
    result = read_file(Path(path))
    doc = parse(result.text, indicators=indicators)
    return doc.model_copy(
        update={"path": str(path), "format": result.format, "encoding": result.encoding, "text": result.text}
    )


def read_file(path: str | os.PathLike[str]) -> ReadResult:
    """Read a speech file into text.

    Args:
        path: a ``.txt``, ``.docx``, ``.html`` or ``.htm`` file.

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError: the file is empty or holds no visible character.
        DecodeError: the bytes are not text in an encoding govspeech can detect.
        InputError: the file is missing, unreadable, of another type, or a corrupt .docx.
    """
    name = os.fspath(path)
    _format_of(name)  # an unsupported type fails before the file is read
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path=name) from None
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> ReadResult:
    """Extract the text of a file's bytes, read from anywhere (object stores, archives).

    Args:
        data: the whole file.
        name: its name or URL; the suffix chooses the format, e.g. ``s3://b/讲话.docx``.

    Returns:
        The extracted text, the format and the detected encoding (``None`` for .docx).

    Raises:
        EmptyInputError, DecodeError, InputError: as :func:`read_file`.
    """
    fmt = _format_of(name)
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


def _format_of(name: str) -> Format:
    suffix = Path(name).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        expected = ", ".join(sorted(FORMATS))
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; expected {expected}", path=name
        )
    return fmt
