"""Place a Document's character offsets on a spaCy Doc's tokens, with coded warnings."""

from __future__ import annotations

import warnings
from typing import Any

import numpy
from spacy.tokens import Doc

from govspeech.errors import GovspeechWarning
from govspeech.models import Document, Indicator, Sentence

__all__ = ["indicator_offsets", "set_sentence_starts", "text_length", "warn"]


def _sentences(document: Document) -> list[Sentence]:
    found = [s for speech in document.speeches for s in speech.iter_sentences()]
    return sorted(found, key=lambda s: (s.start, s.end))


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text."""
    if len(doc) == 0:
        return 0
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)


def indicator_offsets(indicator: Indicator) -> tuple[int | None, int | None]:
    """Where an indicator's span goes: its level quantity, else its change."""
    if indicator.start is not None and indicator.end is not None:
        return indicator.start, indicator.end
    if indicator.change is not None:
        return indicator.change.start, indicator.change.end
    return None, None


def set_sentence_starts(doc: Doc, document: Document) -> None:
    """Set ``doc``'s sentence starts from the parsed sentences and the text between them."""
    sentences = _sentences(document)
    if len(doc) == 0 or (not sentences and doc.has_annotation("SENT_START")):
        return  # keep the boundaries an earlier component set
    if doc.has_annotation("DEP"):
        warn("W102")  # spaCy refuses to move sentence starts of a parsed doc
        return
    starts = {0}
    end_of_text = text_length(doc)
    for i, sentence in enumerate(sentences):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        starts.add(span.start)
        following = sentences[i + 1].start if i + 1 < len(sentences) else end_of_text
        # a heading, title or noise between sentences opens a segment at its first
        # visible token; the whitespace before it stays with the sentence
        for j in range(span.end, len(doc)):
            token = doc[j]
            if token.idx >= following:
                break
            if not token.is_space:
                starts.add(j)
                break
    # one array write: Token.is_sent_start re-checks the whole doc on every assignment
    values = numpy.full(len(doc), -1, dtype=numpy.int64)  # -1: not a sentence start
    values[sorted(starts)] = 1
    array: Any = values.astype(numpy.uint64)  # spaCy stores attributes as uint64
    doc.from_array(["SENT_START"], array)


_WARNINGS = {
    "W102": "the doc is already parsed by a dependency parser, so govspeech_structure "
    "leaves its sentence boundaries as they are; put govspeech_structure before the parser.",
    "W103": "some parts, points or indicators have no offsets inside the doc's text and "
    "got no span; they are still in the Document.",
    "W104": "several indicators fall on the same tokens; only the first has a span in "
    "doc.spans, all are in the Document.",
}


def warn(code: str) -> None:
    """Warn with ``code`` and its message, spaCy style: ``[W103] some parts, …``."""
    warnings.warn(f"[{code}] {_WARNINGS[code]}", GovspeechWarning, stacklevel=3)
