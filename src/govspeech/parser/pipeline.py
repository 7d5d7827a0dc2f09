"""The parser as a list of stages, and the public ``parse``.

Data flows one way, in the order ``STAGES`` declares and ``parse`` runs::

    raw text ─ normalize ─ split_speeches ─ read_header ─ scan_markers ─ assign_levels
             ─ build_tree ─ split_sentences ─ extract_indicators ─ assemble ─ Document

Each row pairs a stage's public verb (one module, one verb) with the step that calls it
on the parse state; ``parse`` is nothing but a loop over the rows. This is the only
module that imports every stage.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from govspeech.errors import InputError
from govspeech.models import Document
from govspeech.parser._types import LevelledMarker, Marker, NoiseSpan, OutlineNode, SentenceSpan, SpeechRecord, SpeechSlice
from govspeech.parser.assemble import assemble
from govspeech.parser.header import read_header
from govspeech.parser.indicators import SpeechContext, extract_indicators, may_hold_quantity
from govspeech.parser.indicators.timeline import interval, reference_year
from govspeech.parser.normalize import normalize
from govspeech.parser.outline.build import build_tree
from govspeech.parser.outline.levels import assign_levels
from govspeech.parser.outline.scan import scan_markers
from govspeech.parser.sentences import split_regions, split_sentences
from govspeech.parser.source import Source
from govspeech.parser.split import split_speeches

CONTEXT_CHARS = 200  # paragraph text before a sentence handed to the indicator stage


@dataclass(slots=True)
class SpeechState:
    """One speech as the stages fill it in."""

    slice: SpeechSlice
    markers: list[Marker] = field(default_factory=list)
    levelled: list[LevelledMarker] = field(default_factory=list)
    record: SpeechRecord | None = None


@dataclass(slots=True)
class ParseState:
    """What the stages have produced so far; each step reads earlier fields and sets its own."""

    raw: str
    indicators: bool
    source: Source = field(init=False)
    noise: list[NoiseSpan] = field(default_factory=list)
    speeches: list[SpeechState] = field(default_factory=list)
    document: Document | None = None

    @property
    def text(self) -> str:
        return self.source.text

    def records(self) -> Iterator[SpeechRecord]:
        for speech in self.speeches:
            assert speech.record is not None, "build_tree runs before this step"
            yield speech.record


class Stage(NamedTuple):
    """A stage's public verb and the step that applies it to the parse state."""

    verb: Callable[..., Any]
    step: Callable[[ParseState], None]

    @property
    def name(self) -> str:
        return self.verb.__name__

    @property
    def module(self) -> str:
        return self.verb.__module__


def _normalize(state: ParseState) -> None:
    state.source, state.noise = normalize(state.raw)


def _split(state: ParseState) -> None:
    state.speeches = [SpeechState(s) for s in split_speeches(state.text)]


def _header(state: ParseState) -> None:
    for speech in state.speeches:
        read_header(speech.slice)


def _scan(state: ParseState) -> None:
    for speech in state.speeches:
        start, end = speech.slice.body_start, speech.slice.end
        markers = scan_markers(state.text, start, end)
        # GUIDE §2: a marker is as written. One that only exists because boilerplate was
        # cut out between its pieces (1 + 第1页共7页 + ) → 1)) is none.
        if not state.source.contiguous(start, end):  # else nothing was cut out in this speech
            markers = [m for m in markers if state.source.contiguous(m.start, m.end)]
        speech.markers = markers


def _levels(state: ParseState) -> None:
    for speech in state.speeches:
        speech.levelled = assign_levels(speech.markers, state.text)
        speech.markers = []


def _build(state: ParseState) -> None:
    for speech in state.speeches:
        speech.record = SpeechRecord(build_tree(state.text, speech.slice, speech.levelled), [], [])
        speech.levelled = []  # read once; the tree holds what later stages need


def _sentences(state: ParseState) -> None:
    t = state.text
    for record in state.records():
        outline = record.outline
        record.preamble = split_sentences(t, outline.speech.body_start, outline.preamble_end)
        body_end = outline.closing_start if outline.closing_start is not None else outline.speech.end
        flat = list(_walk(outline.roots))
        # each node's own text runs up to the next node's marker (or the body's end)
        bounds = [node.marker.start for node in flat]
        bounds.append(body_end)
        for node, sentences in zip(flat, split_regions(t, bounds)):
            node.sentences = sentences
        if outline.closing_start is not None:
            record.closing = split_sentences(t, outline.closing_start, outline.speech.end)


def _indicators(state: ParseState) -> None:
    if not state.indicators:
        return
    t = state.text
    for record in state.records():
        sl = record.outline.speech
        year = reference_year(sl.date, sl.subtitle, sl.title, t[sl.start : sl.body_start])
        record.reference_year = year
        ctx = SpeechContext()  # period and status of paragraphs and sections, in text order
        _add_quantities(t, record.preamble, (), ctx, year)
        for node in _walk(record.outline.roots):
            if len(node.path) == 1:
                ctx.enter_part(node.path[0])
            _add_quantities(t, node.sentences, node.path, ctx, year)
        _add_quantities(t, record.closing, (), ctx, year)


def _assemble(state: ParseState) -> None:
    state.document = assemble(state.source, state.noise, list(state.records()))


STAGES: tuple[Stage, ...] = (
    Stage(normalize, _normalize),
    Stage(split_speeches, _split),
    Stage(read_header, _header),
    Stage(scan_markers, _scan),
    Stage(assign_levels, _levels),
    Stage(build_tree, _build),
    Stage(split_sentences, _sentences),
    Stage(extract_indicators, _indicators),
    Stage(assemble, _assemble),
)


def parse(text: str, *, indicators: bool = True) -> Document:
    """Parse a speech text (one or several speeches) into a ``Document``.

    Never raises on text content: messy input gives a best-effort tree.

    Args:
        text: the input as a ``str``.
        indicators: extract indicators into ``Sentence.indicators`` (skip for the tree alone).

    Returns:
        The Document; every ``start``/``end`` is an offset into ``text``.

    Raises:
        InputError: ``text`` is not a string.

    >>> parse("一、稳增长\\n地区生产总值增长9.4%。").speeches[0].parts[0].heading
    '稳增长'
    """
    if not isinstance(text, str):
        raise InputError(f"parse() takes a str, not {type(text).__name__}")
    state = ParseState(text, indicators)
    with _gc_paused():
        for stage in STAGES:
            stage.step(state)
    assert state.document is not None, "assemble is the last stage"
    return state.document


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the tree is built.

    A parse allocates hundreds of thousands of small acyclic objects; each allocation
    burst would trigger a collection that walks all of them again (about a fifth of the
    parse time on long texts). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _walk(nodes: list[OutlineNode]) -> Iterator[OutlineNode]:
    """Nodes in document order (depth first, without recursion: nesting may be deep)."""
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def _add_quantities(
    text: str, sentences: list[SentenceSpan], path: tuple[str, ...], ctx: SpeechContext,
    year: int | None,
) -> None:
    """Run the indicator stage on each sentence, with the paragraph before it as context
    and the period and status its paragraph and section give; periods become calendar
    intervals in the speech's reference ``year``."""
    heading_context = " > ".join(path)

    def context_of(start: int) -> str:
        line_start = text.rfind("\n", max(0, start - CONTEXT_CHARS), start) + 1
        lo = max(line_start, start - CONTEXT_CHARS)
        return f"{heading_context}\n{text[lo:start]}" if heading_context else text[lo:start]

    for s in sentences:
        start, end = s.start, s.end
        sentence = text[start:end]
        # most sentences hold no number at all: the context only counts them
        defaults = ctx.sentence(text, start, end, path, may_hold_quantity(sentence), sentence)
        if defaults is not None:
            s.quantities = extract_indicators(
                sentence, start, context=partial(context_of, start),
                defaults=defaults)
            period = defaults.period
            for q in s.quantities:
                q.period_start, q.period_end = interval(q.period, year, period)
