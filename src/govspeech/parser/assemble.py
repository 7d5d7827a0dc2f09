"""Stage 9: internal records → the frozen public ``Document``.

The only place where offsets go back to the original input, through
``Source.to_original`` and ``Source.to_original_end``. Each part's subtree is built as
typed records already, so the public models are built without validating them again
(``models.trusted``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from govspeech.parser._types import PINYIN, Marker, NoiseSpan, OutlineNode, Quantity, SentenceSpan, SpeechRecord
from govspeech.models import Base, Change, Document, Indicator, Noise, Part, PartKind, Point, Sentence, Speech, trusted
from govspeech.parser.lines import BLANK
from govspeech.parser.normalize.chars import fold
from govspeech.parser.normalize.markup import MARKUP
from govspeech.parser.outline.levels import part_family
from govspeech.parser.outline.markers import CONTINUATION_GROUPS, STYLE_BY_NAME
from govspeech.parser.source import Source
from govspeech.parser.speech_words import outside_kind

# Noise inside the text's characters (conversion artefacts, markup escapes): an outside
# stretch that holds them is reported whole, without a span for each.
_INLINE_KINDS = frozenset({PINYIN, MARKUP})

Json = dict[str, object]


def assemble(source: Source, noise: list[NoiseSpan], speeches: list[SpeechRecord]) -> Document:
    """Build the public Document; every offset is translated to the original input."""
    build = _Builder(source)
    built = [build.speech(record) for record in speeches]
    spans = [(speech.start, speech.end) for speech in built]
    # path, format, encoding and text stay unset: parse_file sets them
    return Document.model_construct(length=len(source.original), speeches=built, noise=_noise(source, noise, spans))


class _Builder:
    """The public models of one source, offsets translated to the original input."""

    __slots__ = ("text", "start_of", "end_of")

    def __init__(self, source: Source) -> None:
        self.text = source.text
        # Most texts lose nothing in normalisation: offsets then stay as they are.
        self.start_of: Callable[[int], int] = int if source.aligned else source.to_original
        self.end_of: Callable[[int], int] = int if source.aligned else source.to_original_end

    def speech(self, record: SpeechRecord) -> Speech:
        sl = record.outline.speech
        preamble = [self.sentence(s, ()) for s in record.preamble]
        kinds = _root_kinds(record.outline.roots)
        # The internal tree is read once: each part's nodes are let go as soon as its public
        # Part exists, so the two trees never stand whole side by side (peak memory).
        pending, record.outline.roots = record.outline.roots[::-1], []
        parts = [trusted(Part, {**self.node_fields(pending.pop()), "kind": kind}) for kind in kinds]
        return trusted(Speech, {
            "title": sl.title,
            "subtitle": sl.subtitle,
            "date": sl.date,
            "speaker": sl.speaker,
            "meeting": sl.meeting,
            "reference_year": record.reference_year,
            "salutation": sl.salutation,
            "start": self.start_of(sl.start),
            "end": self.end_of(sl.end),
            "preamble": preamble,
            "parts": parts,
            "closing": [self.sentence(s, ()) for s in record.closing],
        })

    def node_fields(self, node: OutlineNode) -> Json:
        marker, path = node.marker, node.path
        return {
            "marker": marker.text,
            "number": marker.number,
            "style": marker.style,
            "heading": node.heading,
            "start": self.start_of(marker.start),
            "end": self.end_of(node.end),
            "points": [trusted(Point, self.node_fields(c)) for c in node.children],
            "sentences": [self.sentence(s, path) for s in node.sentences],
        }

    def sentence(self, span: SentenceSpan, path: tuple[str, ...]) -> Sentence:
        start, end = span.start, span.end
        return trusted(Sentence, {
            "text": self.text[start:end],
            "start": self.start_of(start),
            "end": self.end_of(end),
            "indicators": [self.indicator(q, path) for q in span.quantities] if span.quantities else [],
        })

    def indicator(self, q: Quantity, path: tuple[str, ...]) -> Indicator:
        start_of, end_of = self.start_of, self.end_of
        change, base = q.change, q.base
        return trusted(Indicator, {
            "name": q.name,
            "value": q.value,
            "unit": q.unit,
            "scaled_value": q.scaled_value,
            "base_unit": q.base_unit,
            "approximate": q.approximate,
            "change": None if change is None else trusted(Change, {
                "kind": change.kind, "direction": change.direction, "value": change.value, "unit": change.unit,
                "start": start_of(change.start), "end": end_of(change.end),
                "bound": change.bound, "value_high": change.value_high,
            }),
            "base": None if base is None else trusted(Base, {
                "value": base.value, "unit": base.unit, "period": base.period,
                "start": None if base.start is None else start_of(base.start),
                "end": None if base.end is None else end_of(base.end),
            }),
            "period": q.period,
            "period_start": q.period_start,
            "period_end": q.period_end,
            "status": q.status,
            "bound": q.bound,
            "value_high": q.value_high,
            "key": q.key,
            "start": None if q.start is None else start_of(q.start),
            "end": None if q.end is None else end_of(q.end),
            "heading_path": list(path),
        })


def _root_kinds(roots: list[OutlineNode]) -> list[PartKind]:
    """Whether each top-level node is one of the speech's parts or a list beside them.

    GUIDE §2: the parts are the top-level run of the family that forms them (as
    ``outline.levels.part_family`` decides from all the speech's markers), from its first
    node to its last, plus numbers carrying the sequence on in another style
    (``三、`` → ``(四)``). Top-level nodes before the first part or after the last (a ``——``
    review list, ``首先…其次…``, ``最后,…``) are lists.
    """
    families = [STYLE_BY_NAME[r.marker.style].family for r in roots]
    parts_family = part_family(_markers_in_order(roots))
    inside = [k for k, f in enumerate(families) if f == parts_family]
    if not inside:
        return []
    group = next((g for g in CONTINUATION_GROUPS if parts_family in g), frozenset({parts_family}))
    kinds: list[PartKind] = ["part" if inside[0] <= k <= inside[-1] else "list" for k in range(len(roots))]
    for k in range(inside[-1] + 1, len(roots)):
        previous, number = roots[k - 1].marker.number, roots[k].marker.number
        carries_on = previous is not None and number == previous + 1 and families[k] in group
        if kinds[k - 1] != "part" or not carries_on:
            break
        kinds[k] = "part"
    return kinds


def _markers_in_order(roots: list[OutlineNode]) -> list[Marker]:
    """The markers of the tree in document order (each node before its children)."""
    found: list[Marker] = []
    pending = roots[::-1]
    while pending:
        node = pending.pop()
        found.append(node.marker)
        pending.extend(reversed(node.children))
    return found


def _noise(source: Source, noise: list[NoiseSpan], speeches: list[tuple[int, int]]) -> list[Noise]:
    """Boilerplate spans plus every non-blank stretch of the input outside all speeches."""
    # Pinyin artefacts and markup do not interrupt an outside stretch: it is reported whole,
    # and the artefacts inside it need no span of their own.
    boilerplate = [n for n in noise if n.kind not in _INLINE_KINDS]
    outside: list[tuple[int, int, str]] = []
    cursor = 0
    original = source.original
    covered = sorted([(n.start, n.end) for n in boilerplate] + speeches)
    for start, end in covered + [(len(original), len(original))]:
        if start > cursor:
            # speeches are in document order: the first one's start says if one came before
            _outside(original, cursor, start, outside, bool(speeches) and speeches[0][0] < start)
        cursor = max(cursor, end)
    pinyin = [(n.start, n.end, n.kind) for n in noise if n.kind in _INLINE_KINDS and not _inside(n, outside)]
    out = sorted([(n.start, n.end, n.kind) for n in boilerplate] + outside + pinyin)
    return [trusted(Noise, {"kind": kind, "start": start, "end": end}) for start, end, kind in out]


def _inside(span: NoiseSpan, outside: list[tuple[int, int, str]]) -> bool:
    k = bisect_right(outside, (span.start, float("inf"), "")) - 1
    return k >= 0 and outside[k][0] <= span.start and span.end <= outside[k][1]


def _outside(original: str, start: int, end: int, out: list[tuple[int, int, str]], after_speech: bool) -> None:
    """Record ``original[start:end]`` as outside noise unless it is blank, with the kind
    its shape tells (``notes``, ``appended``, …; plain ``outside`` otherwise)."""
    chunk = original[start:end]
    stripped = chunk.strip(BLANK)
    if stripped:
        lead = len(chunk) - len(chunk.lstrip(BLANK))
        # the stretch is original text: fold it as the rows expect (one-for-one, so cheap)
        kind = outside_kind(fold(stripped), after_speech)
        out.append((start + lead, start + lead + len(stripped), kind))
