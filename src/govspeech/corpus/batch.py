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
stays flat whatever the corpus size.

Workers are started with the ``spawn`` method on every platform: a script that calls
:func:`run_batch` with ``jobs > 1`` must guard it with ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import collections
import glob
import importlib.util
import itertools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

import govspeech
from govspeech.corpus.progress import Progress
from govspeech.corpus.resume import resume_state, rows_from_jsonl
from govspeech.errors import ConfigError, InputError
from govspeech.readers import FORMATS

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["BatchSummary", "collect_inputs", "errors_path", "run_batch"]

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


def collect_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand files, folders (recursively) and glob patterns into the files to parse.

    Folders contribute the files whose suffix govspeech reads (.txt, .docx, .html,
    .htm), skipping hidden files and Word's ``~$`` lock files; files named explicitly are
    kept whatever their suffix (an unsupported one is reported as that file's error).

    Args:
        inputs: paths and patterns such as ``讲话/``, ``a.txt`` or ``data/**/*.docx``.

    Returns:
        Each file once, in the order given, folders and patterns sorted.

    Raises:
        InputError: an input names no file, folder or pattern match.
    """
    seen: set[str] = set()
    found: list[str] = []
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            candidates = _walk(name)
        elif os.path.isfile(name):
            candidates = [name]
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            candidates = [f for m in matches for f in (_walk(m) if os.path.isdir(m) else [m])]
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


def _walk(folder: str) -> list[str]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in FORMATS:
                continue
            files.append(os.path.join(root, name))
    return files


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
) -> BatchSummary:
    """Parse every input file into one JSON Document per line of ``output``.

    Args:
        inputs: files, folders (searched recursively) and glob patterns.
        output: the JSON Lines file to write (appended to with ``resume``).
        indicators: also write every indicator of every Document in ``output`` to this
            ``.csv`` or ``.parquet`` table (see :mod:`govspeech.corpus.tables`).
        jobs: worker processes; 1 parses in this process, 0 uses every CPU.
        resume: keep ``output`` and skip the files it already holds; the errors file is
            rewritten, so files that failed before are tried again.
        progress: draw a progress bar on stderr; by default only when it is a terminal.

    Returns:
        The counts of files parsed, failed and skipped, characters and seconds.

    Raises:
        InputError: an input names nothing (before any file is parsed).
        ConfigError: the indicator table cannot be written: unknown extension, or
            Parquet without pyarrow (before any file is parsed).
    """
    started = time.perf_counter()
    if indicators is not None:
        _check_table(indicators)
    paths = collect_inputs(inputs)
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
    with (
        open(out, "ab" if resume else "wb") as out_f,
        open(err_path, "w", encoding="utf-8") as err_f,
    ):
        # Small corpora still give every worker several chunks to balance the load.
        per_chunk = max(1, min(_CHUNK_FILES, len(todo) // (jobs * 4)))
        chunks = _chunks(todo, sizes, per_chunk)
        outcomes = _outcomes(chunks, jobs, want_rows=indicators is not None)
        rows = _record(outcomes, out_f, err_f, bar, tally)
        if indicators is None:
            for _ in rows:
                pass
        else:
            from govspeech.corpus import tables

            earlier = rows_from_jsonl(out, kept) if kept else iter(())
            tables.write_rows(itertools.chain(earlier, rows), Path(indicators))
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
    outcomes: Iterable[_Outcome], out_f: IO[bytes], err_f: IO[str], bar: Progress, tally: _Tally
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
        bar.update(outcome.size, outcome.chars, failed=outcome.line is None)
        if outcome.rows:
            yield from outcome.rows


def _outcomes(chunks: list[list[str]], jobs: int, *, want_rows: bool) -> Iterator[_Outcome]:
    work = partial(_parse_chunk, want_rows=want_rows)
    if jobs == 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    yield from _parallel(chunks, jobs, work)


def _parallel(chunks: list[list[str]], jobs: int, work: _Work) -> Iterator[_Outcome]:
    """Run chunks on ``jobs`` spawned workers, yielding outcomes as chunks complete.

    A process pool rather than ``multiprocessing.Pool``: when a worker dies (killed for
    memory on a huge file, a crash in a C library) the executor reports it where
    ``Pool.imap_unordered`` would wait forever. Only ``2 * jobs`` chunks are in flight,
    so a death implicates few files: they are parsed again one by one to find the culprit.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # spawn: safe with threads in the parent and the same on Linux, macOS and Windows.
    context = multiprocessing.get_context("spawn")
    todo = collections.deque(chunks)
    while todo:
        suspects: list[str] = []
        with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=context) as pool:
            running: dict[Future[list[_Outcome]], list[str]] = {}
            while (todo or running) and not suspects:
                while todo and len(running) < 2 * jobs:
                    chunk = todo.popleft()
                    running[pool.submit(work, chunk)] = chunk
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    chunk = running.pop(future)
                    if isinstance(future.exception(), BrokenProcessPool):
                        suspects.extend(chunk)
                    else:
                        yield from future.result()
            for chunk in running.values():  # in flight when the pool broke
                suspects.extend(chunk)
        if suspects:
            yield from _isolate(suspects, work, context)


def _isolate(paths: list[str], work: _Work, context: BaseContext) -> Iterator[_Outcome]:
    """Parse ``paths`` one at a time; a file whose worker dies is reported, not retried."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(1, mp_context=context)
    try:
        for path in paths:
            try:
                yield from pool.submit(work, [path]).result()
            except BrokenProcessPool:
                message = "the worker process died reading or parsing this file (out of memory?)"
                yield _Outcome(path, _size(path), 0, None, "WorkerDied", message)
                pool.shutdown()
                pool = ProcessPoolExecutor(1, mp_context=context)
    finally:
        pool.shutdown()


def _chunks(paths: Sequence[str], sizes: dict[str, int], per_chunk: int) -> list[list[str]]:
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


def _parse_chunk(paths: list[str], *, want_rows: bool) -> list[_Outcome]:
    """Worker: parse files into JSON lines; every failure becomes an outcome, never raises."""
    return [_parse_one(path, want_rows=want_rows) for path in paths]


def _parse_one(path: str, *, want_rows: bool) -> _Outcome:
    size = _size(path)
    try:
        doc = govspeech.parse_file(path)
        rows = None
        if want_rows:
            from govspeech.corpus import tables

            rows = list(tables.indicator_rows(doc, file=path))
        line = doc.model_dump_json().encode("utf-8")
        return _Outcome(path, size, doc.length, line, rows=rows)
    except InputError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        return _Outcome(path, size, 0, None, type(exc).__name__, message)
    except Exception as exc:  # noqa: BLE001  # a parser bug on one file must not stop the run
        message = f"{exc}".splitlines()[0] if str(exc) else repr(exc)
        return _Outcome(path, size, 0, None, type(exc).__name__, message)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
