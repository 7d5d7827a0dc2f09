"""The parser as a list of stages, and the public ``parse`` / ``parse_file``.

Data flows one way::

    raw text ─ normalize ─ split_speeches ─ read_header ─ scan_markers ─ assign_levels
             ─ build_tree ─ split_sentences ─ extract_indicators ─ assemble ─ Document

This is the only module that imports every stage.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from os import PathLike
from pathlib import Path

from govspeech._types import OutlineNode, SentenceSpan, SpeechRecord
from govspeech.assemble import assemble
from govspeech.errors import InputError
from govspeech.header import read_header
from govspeech.indicators import extract_indicators, may_hold_quantity
from govspeech.models import Document
from govspeech.normalize import normalize
from govspeech.outline.build import build_tree
from govspeech.outline.levels import assign_levels
from govspeech.outline.scan import scan_markers
from govspeech.sentences import split_sentences
from govspeech.split import split_speeches

STAGES = (
    ("normalize", normalize),
    ("split_speeches", split_speeches),
    ("read_header", read_header),
    ("scan_markers", scan_markers),
    ("assign_levels", assign_levels),
    ("build_tree", build_tree),
    ("split_sentences", split_sentences),
    ("extract_indicators", extract_indicators),
    ("assemble", assemble),
)

CONTEXT_CHARS = 200  # paragraph text before a sentence handed to the indicator stage


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
    with _gc_paused():
        return _parse(text, indicators)


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


def _parse(text: str, indicators: bool) -> Document:
    source, noise = normalize(text)
    t = source.text
    records = []
    for speech in split_speeches(t):
        read_header(t, speech)
        levelled = assign_levels(scan_markers(t, speech.body_start, speech.end), t)
        outline = build_tree(t, speech, levelled)
        preamble = split_sentences(t, speech.body_start, outline.preamble_end)
        flat = list(_walk(outline.roots))
        body_end = outline.closing_start if outline.closing_start is not None else speech.end
        for k, (node, path) in enumerate(flat):
            own_end = flat[k + 1][0].marker.start if k + 1 < len(flat) else body_end
            sentences = split_sentences(t, node.marker.start, own_end)
            if indicators:
                _add_quantities(t, sentences, path)
            node.sentences = sentences
        closing = (
            split_sentences(t, outline.closing_start, speech.end)
            if outline.closing_start is not None else []
        )
        if indicators:
            _add_quantities(t, preamble, [])
            _add_quantities(t, closing, [])
        records.append(SpeechRecord(outline, preamble, closing))
    return assemble(source, noise, records)


def parse_file(path: str | PathLike[str], *, indicators: bool = True) -> Document:
    """Read a .txt, .docx or .html file and parse it.

    The returned Document carries ``path``, ``format``, ``encoding`` and ``text``, the
    extracted text its offsets refer to.

    Raises:
        InputError: the file cannot be read (EmptyInputError, DecodeError subclasses).
    """
    from govspeech.readers import read_file

    result = read_file(Path(path))
    doc = parse(result.text, indicators=indicators)
    return doc.model_copy(
        update={"path": str(path), "format": result.format, "encoding": result.encoding, "text": result.text}
    )


def _walk(nodes: list[OutlineNode], path: tuple[str, ...] = ()) -> list[tuple[OutlineNode, list[str]]]:
    """Nodes in document order with the heading path down to each (inclusive)."""
    out: list[tuple[OutlineNode, list[str]]] = []
    for node in nodes:
        here = (*path, node.heading)
        out.append((node, list(here)))
        out.extend(_walk(node.children, here))
    return out


def _add_quantities(text: str, sentences: list[SentenceSpan], path: list[str]) -> None:
    """Run the indicator stage on each sentence, with the paragraph before it as context."""
    heading_context = " > ".join(path)

    def context_of(start: int) -> str:
        line_start = text.rfind("\n", max(0, start - CONTEXT_CHARS), start) + 1
        lo = max(line_start, start - CONTEXT_CHARS)
        return f"{heading_context}\n{text[lo:start]}" if heading_context else text[lo:start]

    for s in sentences:
        sentence = text[s.start:s.end]
        if may_hold_quantity(sentence):  # most sentences hold no number at all
            s.quantities = extract_indicators(sentence, s.start, context=partial(context_of, s.start))
