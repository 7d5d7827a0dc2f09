"""Worker processes for batch runs: survive a dying worker, never outlive the parent.

Two ways a run can leave processes behind, both closed here:

- **the parent is killed.** ``SIGTERM`` ends a Python process without running its
  ``finally`` blocks, and ``SIGINT`` makes the executor wait for the tasks in flight: the
  workers (and multiprocessing's resource tracker, which waits for them) outlived a
  killed ``govspeech batch`` by a minute or more. :func:`handle_signals` turns both
  signals into an exception, on which :func:`parallel` kills its workers; each worker
  also asks Linux to kill it when its parent dies (``PR_SET_PDEATHSIG``), or polls
  its parent elsewhere, for a ``SIGKILL`` that no handler sees.
- **a worker dies** (killed for memory on a huge file, a crash in a C library): the
  executor reports it, where ``multiprocessing.Pool`` would wait forever, and the files
  it held are parsed again one by one to find the culprit.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

__all__ = ["Terminated", "handle_signals", "parallel"]

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PARENT_POLL_SECONDS = 1.0


class Terminated(BaseException):
    """The run received ``SIGTERM`` (or ``SIGHUP``); ``signum`` says which.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"terminated by signal {signum}")


@contextlib.contextmanager
def handle_signals() -> Iterator[None]:
    """Raise :class:`Terminated` on SIGTERM/SIGHUP inside the block (main thread only).

    SIGINT already raises KeyboardInterrupt. Both unwind the run, which kills the workers.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated(signum)

    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, terminate) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def parallel(
    chunks: list[list[str]],
    jobs: int,
    work: Callable[[list[str]], list[T]],
    died: Callable[[str], T],
) -> Iterator[T]:
    """Run ``work`` on each chunk in ``jobs`` spawned workers, yielding results as they come.

    Only ``2 * jobs`` chunks are in flight, so a worker's death implicates few files:
    they are run again one at a time, and ``died(path)`` stands for the result of the
    file that kills its worker. Whatever ends the iteration early (an exception, a
    signal, the caller closing the generator) kills the workers before it propagates.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # spawn: safe with threads in the parent and the same on Linux, macOS and Windows.
    context = multiprocessing.get_context("spawn")
    todo = collections.deque(chunks)
    while todo:
        suspects: list[str] = []
        with _pool(min(jobs, len(todo)), context) as pool:
            running: dict[Future[list[T]], list[str]] = {}
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
            yield from _isolate(suspects, work, died, context)


def _isolate(
    paths: list[str],
    work: Callable[[list[str]], list[T]],
    died: Callable[[str], T],
    context: BaseContext,
) -> Iterator[T]:
    """Run ``paths`` one at a time; a file whose worker dies is reported, not retried."""
    from concurrent.futures.process import BrokenProcessPool

    left = collections.deque(paths)
    while left:
        with _pool(1, context) as pool:  # a new worker after each death
            while left:
                path = left.popleft()
                try:
                    result = pool.submit(work, [path]).result()
                except BrokenProcessPool:
                    yield died(path)
                    break
                yield from result


@contextlib.contextmanager
def _pool(workers: int, context: BaseContext) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are killed, not awaited, if the block fails."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_init, initargs=(os.getpid(),)
    )
    try:
        yield pool
    except BaseException:  # noqa: BLE001  # also KeyboardInterrupt, Terminated, GeneratorExit
        _kill(pool)
        raise
    pool.shutdown(wait=True)


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop the pool now: cancel what waits, kill the workers, reap them."""
    # The executor has no public way to stop running tasks before Python 3.14's
    # terminate_workers(); its process table is the way in on earlier versions.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


def _worker_init(parent: int) -> None:
    """In each worker: die with the parent, and leave Ctrl-C to it."""
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    """Exit once the parent is gone (re-parented processes see another parent id)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)
