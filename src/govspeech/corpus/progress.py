"""A one-line progress bar for batch runs, redrawn at most ten times a second."""

from __future__ import annotations

import time
from typing import IO

__all__ = ["Progress"]


class Progress:
    """A one-line progress bar on stderr: files, files/s, chars/s, failures, time left."""

    def __init__(self, files: int, total_bytes: int, stream: IO[str] | None) -> None:
        self.files, self.total_bytes, self.stream = files, total_bytes, stream
        self.done = self.failed = self.chars = self.bytes = self.drawn = self.width = 0
        self.start = self.last = time.perf_counter()

    def update(self, size: int, chars: int, *, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        self.chars += chars
        self.bytes += size
        now = time.perf_counter()
        if self.stream is not None and (now - self.last >= 0.1 or self.done == self.files):
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self.stream is not None
        self.drawn = self.done
        elapsed = max(now - self.start, 1e-9)
        left = (self.total_bytes - self.bytes) * elapsed / self.bytes if self.bytes else 0.0
        width = 20
        filled = int(width * self.done / self.files) if self.files else width
        line = (
            f"\r[{'#' * filled}{'-' * (width - filled)}] {self.done}/{self.files} files"
            f"  {self.done / elapsed:.1f} files/s  {_human(self.chars / elapsed)} chars/s"
            f"  {self.failed} failed  {int(left) // 60}:{int(left) % 60:02d} left "
        )
        self.width = max(self.width, len(line))
        self.stream.write(line)
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar to print a message on its stream; the next update redraws it."""
        if self.stream is not None and self.drawn:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.files:
            if self.drawn != self.done:
                self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()


def _human(n: float) -> str:
    for unit in ("", "k", "M", "G"):
        if n < 1000:
            return f"{n:.1f}{unit}" if unit else f"{n:.0f}"
        n /= 1000
    return f"{n:.1f}T"
