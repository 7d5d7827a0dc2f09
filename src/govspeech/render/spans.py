"""The text of a page: the input as given, with tags wrapped around spans by offset.

Every mark on the text (a speech, a node marker, an indicator, a noise span) is a
:class:`Span` of offsets into the original string. :func:`weave` writes the escaped text
once, opening and closing tags where spans begin and end, so the page grows with the
number of spans, never with per-character markup.

>>> weave("增长9.4%。", [Span(2, 6, "mark", ' class="gs-change"')])
'增长<mark class="gs-change">9.4%</mark>。'
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from govspeech.render.escape import text as escape_text

__all__ = ["Span", "weave"]


@dataclass(frozen=True, slots=True)
class Span:
    """Tags around ``original[start:end]``.

    ``attrs`` is the escaped attribute text of the opening tag (with a leading space);
    ``ident`` is an element id, written on the first piece only when a span is split.
    ``rank`` orders spans that begin and end together: lower ranks enclose higher ones.
    ``prefix``/``suffix`` are markup written inside the element before and after the text
    (a speech's title block); a split span writes them on its first and last piece.
    """

    start: int
    end: int
    tag: str
    attrs: str = ""
    ident: str | None = None
    rank: int = 9
    prefix: str = ""
    suffix: str = ""

    def opening(self, first: bool) -> str:
        ident = f' id="{self.ident}"' if first and self.ident else ""
        return f"<{self.tag}{ident}{self.attrs}>" + (self.prefix if first else "")


def weave(original: str, spans: Iterable[Span]) -> str:
    """``original`` escaped, with every span's tags around its characters.

    Spans nest: a span that starts inside another and ends after it is cut at the end of
    the enclosing one and goes on after it (an indicator crossing a noise span's end stays
    highlighted on both sides). Empty spans and spans outside the text are dropped.

    Args:
        original: The text the offsets refer to.
        spans: Spans in any order.

    Returns:
        HTML: the text escaped, tags balanced.
    """
    size = len(original)
    # Heap entries: (start, -end, rank, sequence, span, first piece?); the sequence keeps
    # equal keys in input order and spans themselves out of comparisons.
    heap = [
        (max(s.start, 0), -min(s.end, size), s.rank, k, s, True)
        for k, s in enumerate(spans)
        if min(s.end, size) > max(s.start, 0)
    ]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, Span, bool]] = []  # (end, span, last piece?) of open elements
    pos = 0
    sequence = len(heap)
    while heap:
        start, neg_end, rank, _, span, first = heapq.heappop(heap)
        end = -neg_end
        while stack and stack[-1][0] <= start:
            pos = _close(original, out, pos, stack.pop())
        last = True
        if stack and end > stack[-1][0]:
            # Cut at the enclosing span's end; the rest reopens once that span is closed.
            heapq.heappush(heap, (stack[-1][0], -end, rank, sequence, span, False))
            sequence += 1
            end, last = stack[-1][0], False
        out.append(escape_text(original[pos:start]))
        out.append(span.opening(first))
        stack.append((end, span, last))
        pos = start
    while stack:
        pos = _close(original, out, pos, stack.pop())
    out.append(escape_text(original[pos:]))
    return "".join(out)


def _close(original: str, out: list[str], pos: int, item: tuple[int, Span, bool]) -> int:
    """Write the text up to an open element's end, then its closing tag; the new position."""
    end, span, last = item
    out.append(escape_text(original[pos:end]))
    out.append((span.suffix if last else "") + f"</{span.tag}>")
    return end
