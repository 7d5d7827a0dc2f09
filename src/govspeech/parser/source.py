"""The input text, its normalised form, and the map between their offsets.

Every stage after normalisation works on ``Source.text``; only ``assemble`` turns
offsets back into the caller's string, through :meth:`Source.to_original`.
Normalisation only ever keeps characters one-for-one or deletes runs of them, so the
map is a short list of breakpoints, not one entry per character.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(slots=True)
class Source:
    """Original text, normalised text and the offset map between them.

    ``_norm[k]`` / ``_orig[k]`` are matching positions: from ``_norm[k]`` on, the
    normalised text runs in step with the original from ``_orig[k]`` until the next
    breakpoint.
    """

    original: str
    text: str
    _norm: list[int] = field(default_factory=lambda: [0])
    _orig: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def identity(cls, original: str, text: str | None = None) -> Source:
        """A source whose normalised text is aligned one-for-one with the original."""
        return cls(original, original if text is None else text)

    def to_original(self, i: int) -> int:
        """Original offset of the normalised position ``i`` (a start offset)."""
        k = bisect_right(self._norm, i) - 1
        return self._orig[k] + (i - self._norm[k])

    def to_original_end(self, i: int) -> int:
        """Original offset for an exclusive end ``i``: right after the last kept character."""
        if i <= 0:
            return self.to_original(0)
        return self.to_original(i - 1) + 1

    @property
    def aligned(self) -> bool:
        """Whether every normalised offset is its original offset: nothing was deleted."""
        return self._norm == [0] and self._orig == [0]

    def contiguous(self, start: int, end: int) -> bool:
        """Whether normalised ``text[start:end]`` stands unbroken in the original: no deletion
        (a page counter, a pinyin artefact) falls inside it."""
        return self.to_original_end(end) - self.to_original(start) == end - start

    def delete(self, spans: list[tuple[int, int]]) -> Source:
        """A new source with the sorted, disjoint normalised ``spans`` removed from the text."""
        if not spans:
            return self
        text = self.text
        pieces: list[str] = []
        norm, orig = self._norm, self._orig
        new_norm: list[int] = []
        new_orig: list[int] = []
        kept = 0  # length of the new text so far
        cursor = 0
        identity = len(norm) == 1  # no breakpoint yet: every kept piece maps by one offset
        for start, end in [*spans, (len(text), len(text))]:
            if start > cursor:
                pieces.append(text[cursor:start])
                new_norm.append(kept)
                if identity:
                    new_orig.append(orig[0] + cursor - norm[0])
                else:
                    # breakpoints of the old map that fall inside the kept piece, plus its start
                    lo = bisect_right(norm, cursor) - 1
                    hi = bisect_right(norm, start - 1)
                    new_orig.append(orig[lo] + (cursor - norm[lo]))
                    for k in range(lo + 1, hi):
                        new_norm.append(kept + norm[k] - cursor)
                        new_orig.append(orig[k])
                kept += start - cursor
            if end > cursor:
                cursor = end
        if not new_norm:
            new_norm, new_orig = [0], [self.to_original(len(self.text))]
        return Source(self.original, "".join(pieces), new_norm, new_orig)
