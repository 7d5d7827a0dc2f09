"""Parse a corpus of files into JSON Lines, in parallel, streaming, one bad file at a time.

>>> summary = run_batch(["讲话/"], "speeches.jsonl", jobs=2)  # doctest: +SKIP
>>> summary.ok, summary.failed  # doctest: +SKIP
(118, 2)

Every file becomes one line of ``OUT`` holding its :class:`~govspeech.Document` (with
``path``, ``format``, ``encoding`` and the extracted ``text``), written as soon as a
worker returns it, in completion order. A file that cannot be read becomes one line of
``OUT.errors.jsonl`` (``path``, ``kind``, ``message``) and the run goes on, even when
the file kills its worker process (kind ``WorkerDied``). Workers send back serialised
lines, never Documents, and the parent keeps nothing per file but the count, so memory
stays flat whatever the corpus size; a big file travels alone, so each worker holds
one big file at a time.

File names are bytes on POSIX: one that is not UTF-8 is decoded with surrogate escapes
(:func:`os.fsdecode`) and written in the JSON as ``\\udcXX`` escapes, which
:func:`json.loads` and :func:`os.fsencode` turn back into the same bytes.

Workers are started with the ``spawn`` method on every platform: a script that calls
:func:`run_batch` with ``jobs > 1`` must guard it with ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import json
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, NamedTuple

from govspeech.corpus.inputs import collect_inputs
from govspeech.corpus.pool import handle_signals, parallel
from govspeech.corpus.progress import Progress
from govspeech.corpus.resume import resume_state, rows_from_jsonl
from govspeech.errors import ConfigError, InputError
from govspeech.models import Document
from govspeech.readers import Format, parse_file

__all__ = [
    "OUTPUT_SUFFIXES",
    "BatchSummary",
    "check_output",
    "collect_inputs",
    "errors_path",
    "printable",
    "run_batch",
]

#: The names ``OUT`` may have: it is JSON Lines, whatever the suffix would promise.
OUTPUT_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json")

# A chunk of files goes to a worker as one task: large enough to amortise the round trip,
# small enough that results arrive steadily and a big file does not hold back small ones.
_CHUNK_FILES = 16
_CHUNK_BYTES = 1 << 18


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch run did: files parsed, failed and skipped, characters and time."""

    ok: int
    failed: int
    skipped: int
    chars: int
    seconds: float
    output: str
    errors: str

    @property
    def chars_per_second(self) -> float:
        """Characters of extracted text parsed per second of wall time."""
        return self.chars / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        parts = [f"{self.ok} files parsed", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in {self.output})")
        line = ", ".join(parts) + f"; {self.chars:,} chars in {self.seconds:.1f} s"
        line += f" ({self.chars_per_second:,.0f} chars/s)"
        return line + (f"; errors in {self.errors}" if self.failed else "")


class _Outcome(NamedTuple):
    """What a worker sends back for one file: a JSON line, or an error."""

    path: str
    size: int
    chars: int
    line: bytes | None  # UTF-8 JSON, encoded by the worker so the writer only copies bytes
    kind: str | None = None
    message: str | None = None
    rows: list[dict[str, object]] | None = None


_Work = Callable[[list[str]], list[_Outcome]]


def check_output(output: str | os.PathLike[str]) -> None:
    """Refuse an ``OUT`` whose name promises another format than JSON Lines.

    Raises:
        ConfigError: e.g. ``corpus.parquet``, which would hold JSON Lines.
    """
    suffix = Path(output).suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise ConfigError(
            f"{os.fspath(output)}: the output is JSON Lines, one Document per line; name it "
            f"{' or '.join(OUTPUT_SUFFIXES[:2])} (a table of indicators, as CSV or Parquet, "
            f"is --indicators FILE)"
        )


def errors_path(output: str | os.PathLike[str]) -> Path:
    """Where a run writing ``output`` puts its errors: ``OUT.jsonl`` → ``OUT.errors.jsonl``."""
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix.lower() == ".jsonl" else out.name
    return out.with_name(stem + ".errors.jsonl")


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    indicators: str | os.PathLike[str] | None = None,
    jobs: int = 1,
    resume: bool = False,
    progress: bool | None = None,
    input_format: Format | None = None,
    max_bytes: int | None = None,
    errors_to: IO[str] | None = None,
) -> BatchSummary:
    """Parse every input file into one JSON Document per line of ``output``.

    Args:
        inputs: files, folders (searched recursively) and glob patterns.
        output: the JSON Lines file to write (appended to with ``resume``), named
            ``.jsonl``, ``.ndjson``, ``.jsonlines`` or ``.json``.
        indicators: also write every indicator of every Document in ``output`` to this
            ``.csv`` or ``.parquet`` table (see :mod:`govspeech.corpus.tables`).
        jobs: worker processes; 1 parses in this process, 0 uses every CPU.
        resume: keep ``output`` and skip the files it already holds; the errors file is
            rewritten, so files that failed before are tried again.
        progress: draw a progress bar on stderr; by default only when it is a terminal.
        input_format: read every file as ``"txt"``, ``"docx"`` or ``"html"`` whatever
            its suffix; folders then contribute every file, not only the known suffixes.
        max_bytes: the size limit of one file (default ``$GOVSPEECH_MAX_BYTES`` or 200 MiB).
        errors_to: also write one line per failed file here (the CLI passes stderr).

    Returns:
        The counts of files parsed, failed and skipped, characters and seconds.

    Raises:
        InputError: an input names nothing (before any file is parsed).
        ConfigError: ``output`` is not named as JSON Lines, or the indicator table cannot
            be written: unknown extension, or Parquet without pyarrow (before any file
            is parsed).
        OSError: ``output``, its errors file or the table cannot be written (disk full).
        KeyboardInterrupt, Terminated: SIGINT, SIGTERM; the workers are killed first.
    """
    from govspeech.readers.files import default_max_bytes

    started = time.perf_counter()
    check_output(output)
    if indicators is not None:
        _check_table(indicators)
    # Resolved here, so that a bad $GOVSPEECH_MAX_BYTES fails once, before any file.
    limit = default_max_bytes() if max_bytes is None else max_bytes
    paths = collect_inputs(inputs, every_file=input_format is not None)
    out, err_path = Path(output), errors_path(output)
    done, kept = resume_state(out) if resume else (set(), 0)
    todo = [p for p in paths if os.path.abspath(p) not in done]
    sizes = {p: _size(p) for p in todo}
    # Largest first, so the last task of a parallel run is a small one.
    todo.sort(key=lambda p: -sizes[p])
    jobs = jobs if jobs > 0 else os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    tally = _Tally()
    bar = Progress(len(todo), sum(sizes.values()), sys.stderr if show else None)
    work = partial(
        _parse_chunk, want_rows=indicators is not None, input_format=input_format, max_bytes=limit
    )
    # Small corpora still give every worker several chunks to balance the load.
    per_chunk = max(1, min(_CHUNK_FILES, len(todo) // (jobs * 4)))
    chunks = _chunks(todo, sizes, per_chunk)
    try:
        with (
            handle_signals(),
            open(out, "ab" if resume else "wb") as out_f,
            # surrogate-escaped file names become \udcXX escapes, valid in a JSON string
            open(err_path, "w", encoding="utf-8", errors="backslashreplace") as err_f,
            contextlib.closing(_outcomes(chunks, jobs, work)) as outcomes,
        ):
            rows = _record(outcomes, out_f, err_f, bar, tally, errors_to)
            if indicators is None:
                for _ in rows:
                    pass
            else:
                from govspeech.corpus import tables

                earlier = rows_from_jsonl(out, kept) if kept else iter(())
                tables.write_rows(itertools.chain(earlier, rows), Path(indicators))
    finally:
        bar.close()
    return BatchSummary(
        ok=tally.ok,
        failed=tally.failed,
        skipped=len(paths) - len(todo),
        chars=tally.chars,
        seconds=time.perf_counter() - started,
        output=str(out),
        errors=str(err_path),
    )


def _check_table(path: str | os.PathLike[str]) -> None:
    from govspeech.corpus.tables import format_for

    if format_for(Path(path)) == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise ConfigError("writing Parquet needs pyarrow: pip install 'govspeech[parquet]'")


@dataclass(slots=True)
class _Tally:
    ok: int = 0
    failed: int = 0
    chars: int = 0


def _record(
    outcomes: Iterable[_Outcome],
    out_f: IO[bytes],
    err_f: IO[str],
    bar: Progress,
    tally: _Tally,
    errors_to: IO[str] | None,
) -> Iterator[dict[str, object]]:
    """Write each outcome as it arrives; yield its indicator rows for the table writer."""
    for outcome in outcomes:
        if outcome.line is not None:
            out_f.write(outcome.line + b"\n")
            tally.ok += 1
            tally.chars += outcome.chars
        else:
            record = {"path": outcome.path, "kind": outcome.kind, "message": outcome.message}
            err_f.write(json.dumps(record, ensure_ascii=False) + "\n")
            err_f.flush()
            tally.failed += 1
            if errors_to is not None:
                bar.clear()
                errors_to.write(f"error: {printable(outcome.path)}: {outcome.message}\n")
                errors_to.flush()
        bar.update(outcome.size, outcome.chars, failed=outcome.line is None)
        if outcome.rows:
            yield from outcome.rows


def _outcomes(chunks: list[list[str]], jobs: int, work: _Work) -> Generator[_Outcome, None, None]:
    if jobs == 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    yield from _parallel(chunks, jobs, work)


def _parallel(chunks: list[list[str]], jobs: int, work: _Work) -> Iterator[_Outcome]:
    """Run chunks on ``jobs`` spawned workers (see :func:`govspeech.corpus.pool.parallel`)."""
    return parallel(chunks, jobs, work, _died)


def _died(path: str) -> _Outcome:
    message = "the worker process died reading or parsing this file (out of memory?)"
    return _Outcome(path, _size(path), 0, None, "WorkerDied", message)


def _chunks(paths: Sequence[str], sizes: dict[str, int], per_chunk: int) -> list[list[str]]:
    """Files in chunks of ``per_chunk``, a file over ``_CHUNK_BYTES`` alone in its chunk."""
    chunks: list[list[str]] = []
    current: list[str] = []
    weight = 0
    for path in paths:
        if current and (len(current) >= per_chunk or weight + sizes[path] > _CHUNK_BYTES):
            chunks.append(current)
            current, weight = [], 0
        current.append(path)
        weight += sizes[path]
    return chunks + [current] if current else chunks


def _parse_chunk(
    paths: list[str], *, want_rows: bool, input_format: Format | None, max_bytes: int
) -> list[_Outcome]:
    """Worker: parse files into JSON lines; every failure becomes an outcome, never raises."""
    return [_parse_one(path, want_rows, input_format, max_bytes) for path in paths]


def _parse_one(path: str, want_rows: bool, input_format: Format | None, max_bytes: int) -> _Outcome:
    size = _size(path)
    try:
        doc = parse_file(path, format=input_format, max_bytes=max_bytes)
        rows = None
        if want_rows:
            from govspeech.corpus import tables

            rows = list(tables.indicator_rows(doc, file=printable(path)))
        return _Outcome(path, size, doc.length, _document_line(doc), rows=rows)
    except InputError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        return _Outcome(path, size, 0, None, type(exc).__name__, message)
    except Exception as exc:  # noqa: BLE001  # a parser bug on one file must not stop the run
        message = f"{exc}".splitlines()[0] if str(exc) else repr(exc)
        return _Outcome(path, size, 0, None, type(exc).__name__, message)


def _document_line(doc: Document) -> bytes:
    """The Document as one line of UTF-8 JSON, a non-UTF-8 file name as ``\\udcXX`` escapes."""
    if doc.path is None or not any("\ud800" <= ch <= "\udfff" for ch in doc.path):
        return doc.model_dump_json().encode("utf-8")
    # The model's own JSON spells such bytes as \xNN text; here the path keeps its lone
    # surrogates, which json.dumps leaves raw and the encoding turns into \udcXX escapes.
    data = doc.model_dump(mode="json")
    data["path"] = doc.path
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return line.encode("utf-8", errors="backslashreplace")


def printable(path: str) -> str:
    """``path`` with the surrogate escapes of non-UTF-8 bytes spelled ``\\udcXX``, to print."""
    return path.encode("utf-8", errors="backslashreplace").decode("utf-8")


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
