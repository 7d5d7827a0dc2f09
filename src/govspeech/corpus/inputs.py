"""Which files a batch run reads: files, folders walked recursively, glob patterns."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from govspeech.errors import InputError
from govspeech.readers import FORMATS

__all__ = ["collect_inputs"]


def collect_inputs(
    inputs: Iterable[str | os.PathLike[str]], *, every_file: bool = False
) -> list[str]:
    """Expand files, folders (recursively) and glob patterns into the files to parse.

    Folders contribute the files whose suffix govspeech reads (.txt, .docx, .html,
    .htm), or every file with ``every_file``, skipping hidden files and Word's ``~$``
    lock files; paths named explicitly are kept whatever they are (an unknown suffix is
    read as text, a FIFO or a device is reported as that file's error).

    Args:
        inputs: paths and patterns such as ``讲话/``, ``a.txt`` or ``data/**/*.docx``.
        every_file: take every file of a folder, not only the known suffixes (when the
            format is given, e.g. ``--input-format txt`` for a folder of ``.md`` files).

    Returns:
        Each file once, in the order given, folders and patterns sorted.

    Raises:
        InputError: an input names no file, folder or pattern match.
    """
    walk = partial(_walk, every_file=every_file)
    seen: set[str] = set()
    found: list[str] = []
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            candidates = walk(name)
        elif os.path.lexists(name):  # a file, a FIFO, a device, a broken link
            candidates = [name]
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            candidates = [f for m in matches for f in (walk(m) if os.path.isdir(m) else [m])]
            if not candidates:
                raise InputError("pattern matches no file", path=name)
        else:
            raise InputError("no such file or folder", path=name)
        for path in candidates:
            key = os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                found.append(os.path.normpath(path))
    return found


def _walk(folder: str, *, every_file: bool) -> list[str]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith((".", "~$")):
                continue
            if every_file or Path(name).suffix.lower() in FORMATS:
                files.append(os.path.join(root, name))
    return files
