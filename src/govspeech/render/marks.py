"""What a page marks on the text: speeches, node markers and headings, indicators, noise.

Each mark is a :class:`~govspeech.render.spans.Span` over offsets into the original
text; ids tie the text to the outline (``gs-n3``) and to the indicator table (``gs-i7``).
The numbering of nodes and indicators here is the numbering every block of the page
uses: nodes in document order (pre-order, speech by speech), indicators in the order of
``Document.indicators`` and of ``govspeech indicators`` rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from govspeech.models import Indicator, Noise, Point, Speech
from govspeech.render.escape import attr
from govspeech.render.spans import Span

__all__ = ["NodeRef", "node_refs", "text_spans"]

# Ranks: a speech encloses everything; noise encloses what falls inside it; a heading
# encloses the figures in it.
RANK_SEGMENT, RANK_NOISE, RANK_NODE, RANK_INDICATOR = 0, 1, 2, 3


class NodeRef(NamedTuple):
    """A part or point with its speech, its depth (1 = part) and its page id."""

    speech: int
    depth: int
    node: Point
    ident: str


def node_refs(speeches: Sequence[Speech]) -> list[NodeRef]:
    """Every part and point of ``speeches`` in document order, numbered for the page."""
    refs: list[NodeRef] = []

    def visit(k: int, node: Point, depth: int) -> None:
        refs.append(NodeRef(k, depth, node, f"gs-n{len(refs)}"))
        for child in node.points:
            visit(k, child, depth + 1)

    for k, speech in enumerate(speeches):
        for part in speech.parts:
            visit(k, part, 1)
    return refs


def text_spans(
    original: str,
    speeches: Sequence[Speech],
    noise: Sequence[Noise],
    speech_block: Callable[[int, Speech], str],
) -> Iterator[Span]:
    """Every mark on ``original``: segments, nodes, indicators, noise.

    Args:
        original: The text offsets refer to.
        speeches: The speeches to mark, in document order.
        noise: The noise spans to grey.
        speech_block: The title block written at the top of speech ``k``.
    """
    yield from _segments(len(original), speeches, speech_block)
    for ref in node_refs(speeches):
        yield from _node_spans(original, ref)
    for k, indicator in enumerate(ind for s in speeches for ind in s.indicators):
        yield from _indicator_spans(k, indicator)
    for item in noise:
        yield Span(item.start, item.end, "span", f' class="gs-noise" data-kind="{attr(item.kind)}"',
                   rank=RANK_NOISE)


def _segments(
    size: int, speeches: Sequence[Speech], block: Callable[[int, Speech], str]
) -> Iterator[Span]:
    """Sections for the speeches and plain blocks for the text between them, tiling the text."""
    pos = 0
    for k, speech in enumerate(speeches):
        start, end = max(speech.start, pos), min(speech.end, size)
        if start > pos:
            yield _gap(pos, start)
        if end > start:
            yield Span(start, end, "section", ' class="gs-speech"', f"gs-s{k}", RANK_SEGMENT,
                       prefix=block(k, speech) + '<div class="gs-text">', suffix="</div>")
            pos = end
    if size > pos:
        yield _gap(pos, size)


def _gap(start: int, end: int) -> Span:
    return Span(start, end, "div", ' class="gs-text gs-gap"', rank=RANK_SEGMENT)


def _node_spans(original: str, ref: NodeRef) -> Iterator[Span]:
    """The marker, emphasised and anchored; the heading when it follows on the marker's line."""
    node = ref.node
    marker_end = min(node.start + len(node.marker), node.end)
    depth = f" gs-d{min(ref.depth, 4)}"
    yield Span(node.start, marker_end, "b", f' class="gs-mk{depth}"', ref.ident, RANK_NODE)
    if node.heading:
        # The heading is normalised text; over the original it runs about as long, and
        # never past its line (GUIDE §2: a heading ends at the line end at the latest).
        line_end = original.find("\n", marker_end, node.end)
        end = min(marker_end + len(node.heading), node.end, line_end if line_end >= 0 else node.end)
        yield Span(marker_end, end, "span", ' class="gs-hd"', rank=RANK_NODE)


# (role, its offsets) of an indicator: level, change and base get their own class on the page.
_ROLES: tuple[tuple[str, Callable[[Indicator], tuple[int | None, int | None]]], ...] = (
    ("level", lambda i: (i.start, i.end)),
    ("change", lambda i: (i.change.start, i.change.end) if i.change else (None, None)),
    ("base", lambda i: (i.base.start, i.base.end) if i.base else (None, None)),
)


def _indicator_spans(k: int, indicator: Indicator) -> Iterator[Span]:
    """One focusable ``mark`` per role that has offsets; the first carries the id."""
    ident: str | None = f"gs-i{k}"
    for role, offsets in _ROLES:
        start, end = offsets(indicator)
        if start is None or end is None:
            continue
        attrs = (f' class="gs-ind gs-{role} gs-{indicator.status}" data-i="{k}"'
                 f' data-role="{role}" tabindex="0"')
        yield Span(start, end, "mark", attrs, ident, RANK_INDICATOR)
        ident = None
