"""Exceptions and coded warnings raised by govspeech.

``parse()`` never raises on text content: messy input yields a best-effort tree.
Exceptions are for caller errors only::

    GovspeechError                 base class of everything govspeech raises
    ├── InputError                 the input is not something we can read
    │   ├── EmptyInputError        the file or string holds no text
    │   ├── DecodeError            the bytes are not in a supported text encoding
    │   ├── NotAFileError          a folder, FIFO, device or socket: only regular files are read
    │   └── TooLargeError          past the size limit (the file, or a part of a .docx archive)
    └── ConfigError                a malformed custom table or an unusable model path

Warnings carry a code in spaCy's style (``[W001] ...``) so users can filter them. The
hundreds say where they come from: ``W0xx``/``W1xx`` the spaCy components, ``W2xx`` the
file readers (``W201`` an unknown file type read as text, ``W202`` a weak encoding guess),
``W3xx`` the tables (``W301`` a sentence of implausible length).
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DecodeError",
    "EmptyInputError",
    "GovspeechError",
    "GovspeechWarning",
    "InputError",
    "NotAFileError",
    "TooLargeError",
]


class GovspeechError(Exception):
    """Base class of every exception raised by govspeech."""


class InputError(GovspeechError, ValueError):
    """The input cannot be read as text (wrong type, unreadable file)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class EmptyInputError(InputError):
    """The file or string holds no text at all."""


class DecodeError(InputError):
    """The bytes are not text in an encoding govspeech can detect."""

    def __init__(self, message: str, *, path: str | None = None, position: int | None = None) -> None:
        self.position = position
        where = f" at byte {position}" if position is not None else ""
        super().__init__(f"{message}{where}", path=path)


class NotAFileError(InputError):
    """The path names a folder, FIFO, device or socket: only regular files are read.

    Reading a FIFO or a terminal would block until someone writes to it.
    """


class TooLargeError(InputError):
    """The file, or a part a .docx archive inflates to, is larger than the size limit."""


class ConfigError(GovspeechError):
    """A user-supplied table, pattern or model path cannot be used."""


class GovspeechWarning(UserWarning):
    """Warnings emitted by govspeech; messages start with a code such as ``[W001]``."""
