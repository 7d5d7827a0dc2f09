"""Opening a file to read: regular files only, and never more than a size limit.

A corpus folder can hold anything a file system can: a FIFO named ``x.txt`` blocks the
first ``open()`` until a writer comes, a device never ends, a 40 GB log file fills the
memory. The checks here run before a byte is read: :func:`read_limited` looks at the
file's type first, opens it without blocking, and reads at most ``max_bytes + 1`` bytes.
"""

from __future__ import annotations

import os
import re
import stat
from typing import BinaryIO

from govspeech.errors import ConfigError, InputError, NotAFileError, TooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "default_max_bytes", "parse_size", "read_limited"]

#: The size limit when none is given: far above any speech, far below the memory.
DEFAULT_MAX_BYTES = 200 * 2**20
#: The environment variable that changes the default limit, e.g. ``GOVSPEECH_MAX_BYTES=1G``.
MAX_BYTES_ENV = "GOVSPEECH_MAX_BYTES"

_SIZE = re.compile(r"\s*(\d+)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
# What each kind of special file is called in the one-line error.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# O_NONBLOCK: should the file turn into a FIFO between stat() and open(), open() does not
# wait for a writer. O_NOCTTY: a terminal never becomes our controlling terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def parse_size(value: str) -> int:
    """A size in bytes from ``"200M"``, ``"1G"``, ``"512k"`` or ``"1000"`` (binary units).

    Raises:
        ValueError: not a whole number with an optional k, M, G or T suffix.
    """
    found = _SIZE.fullmatch(value)
    if found is None:
        raise ValueError(f"not a size such as 200M or 1G: {value!r}")
    return int(found.group(1)) * _UNITS[found.group(2).lower()]


def default_max_bytes() -> int:
    """The size limit: ``$GOVSPEECH_MAX_BYTES`` if set, else 200 MiB.

    Raises:
        ConfigError: the variable is set to something that is not a size.
    """
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(raw)
    except ValueError:
        raise ConfigError(f"{MAX_BYTES_ENV}={raw!r} is not a size such as 200M or 1G") from None


def read_limited(name: str, max_bytes: int) -> bytes:
    """The bytes of the regular file ``name``, if it holds at most ``max_bytes``.

    Raises:
        NotAFileError: ``name`` is a folder, FIFO, device or socket.
        TooLargeError: the file holds more than ``max_bytes`` bytes.
        InputError: the file is missing or cannot be read.
    """
    if "\0" in name:  # os.stat() would raise a bare ValueError
        raise InputError("not a valid file name (it holds a NUL character)", path=name)
    try:
        info = os.stat(name)
        _check_kind(info.st_mode, name)
        _check_size(info.st_size, max_bytes, name)
        fd = os.open(name, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path=name) from None
    with open(fd, "rb", buffering=0) as f:
        try:
            # The file may have been swapped for a FIFO between stat() and open().
            _check_kind(os.fstat(fd).st_mode, name)
            # One allocation of the file's size; a file that grew since stat() (or a
            # /proc file, whose size is 0) is read on in chunks, never past the limit.
            want = min(info.st_size, max_bytes) + 1
            data = f.read(want) or b""
            if len(data) == want:
                data = _read_on(f, data, max_bytes)
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror or exc})", path=name) from None
    _check_size(len(data), max_bytes, name)
    return data


def _read_on(f: BinaryIO, data: bytes, max_bytes: int) -> bytes:
    chunks, total = [data], len(data)
    while total <= max_bytes:
        chunk = f.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _check_kind(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((what for test, what in _KINDS if test(mode)), "not a regular file")
    raise NotAFileError(f"{kind}, not a regular file: only regular files are read", path=name)


def _check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise TooLargeError(
            f"larger than the size limit of {max_bytes:,} bytes "
            f"(raise it with --max-bytes or ${MAX_BYTES_ENV})",
            path=name,
        )
