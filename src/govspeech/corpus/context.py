"""The bounded text a table row carries: the clause around a figure, never a whole sentence.

A table row that repeated its whole sentence made the table quadratic in the input: a
scraped page that lost its 。 is one "sentence" of megabytes, and each of its thousands
of figures copied all of it. A row carries instead the clause around its figure, capped
at :data:`CONTEXT_CHARS`, and free-text fields are clipped, so a table grows linearly
with its input.

>>> clause_around("上半年,地区生产总值完成244.4亿元,同比增长9.4%。", 12, 19)
'地区生产总值完成244.4亿元'
"""

from __future__ import annotations

import re

__all__ = ["CONTEXT_CHARS", "ELLIPSIS", "clause_around", "clip"]

CONTEXT_CHARS = 120  # at most this many characters of context per row
ELLIPSIS = "…"

# What ends a clause: sentence ends and the commas, semicolons and colons between clauses.
_BREAKS = ",;:。!?，；：！？\n"
_BREAK = re.compile(f"[{re.escape(_BREAKS)}]")
# The last break of a window: the greedy .* backtracks from the window's end, one C call.
_LAST_BREAK = re.compile(f"(?s).*[{re.escape(_BREAKS)}]")


def clause_around(text: str, start: int, end: int, cap: int = CONTEXT_CHARS) -> str:
    """The clause of ``text`` holding ``text[start:end]``, at most ``cap`` characters.

    The clause runs from the break before ``start`` to the break after ``end`` (a comma,
    semicolon, colon or sentence end). When it is longer than ``cap``, the characters kept
    are the figure itself and mostly what precedes it (where its name is), cut at the cap.

    Args:
        text: The sentence (or any text) the figure lies in.
        start: Offset of the figure's first character in ``text``.
        end: Offset just past the figure's last character.
        cap: The most characters returned.

    Returns:
        The clause, e.g. ``地区生产总值完成244.4亿元`` for the figure ``244.4亿元``.
    """
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    if end - start >= cap:
        return text[start:start + cap]
    left = _clause_start(text, start, cap)
    right = _clause_end(text, end, cap)
    budget = cap - (end - start)
    take_right = min(right - end, budget // 3) if (start - left) + (right - end) > budget else right - end
    take_left = min(start - left, budget - take_right)
    take_right = min(right - end, budget - take_left)
    return text[start - take_left:end + take_right]


def _clause_start(text: str, start: int, cap: int) -> int:
    """Offset just past the last clause break before ``start``, looking back ``cap`` characters."""
    lo = max(0, start - cap)
    match = _LAST_BREAK.match(text, lo, start)
    return match.end() if match else lo


def _clause_end(text: str, end: int, cap: int) -> int:
    """Offset of the first clause break at or after ``end``, looking ahead ``cap`` characters."""
    match = _BREAK.search(text, end, min(len(text), end + cap))
    return match.start() if match else min(len(text), end + cap)


def clip(value: str | None, cap: int = CONTEXT_CHARS) -> str | None:
    """``value`` cut to ``cap`` characters, the cut marked with ``…``; ``None`` stays ``None``.

    >>> clip("坚持稳中求进", 4)
    '坚持稳…'
    """
    if value is None or len(value) <= cap:
        return value
    return value[:cap - 1] + ELLIPSIS
