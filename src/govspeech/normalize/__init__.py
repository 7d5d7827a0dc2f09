"""Stage 1: raw text → ``Source`` (normalised text + offset map) and noise spans.

``normalize(raw)`` folds full-width forms and Traditional characters one-for-one, then
deletes pinyin artefacts and site boilerplate, recording each deletion in the offset
map. Everything deleted is returned as ``NoiseSpan`` records in original offsets.
"""

from __future__ import annotations

from govspeech._types import NoiseSpan
from govspeech.normalize.chars import fold
from govspeech.normalize.noise import find_noise
from govspeech.normalize.pinyin import find_pinyin
from govspeech.source import Source

__all__ = ["normalize"]


def normalize(raw: str) -> tuple[Source, list[NoiseSpan]]:
    """Normalise ``raw``; return the source and the boilerplate removed (original offsets).

    >>> source, noise = normalize("開發(fā)區(qū)")
    >>> source.text
    '开发区'
    """
    folded = fold(raw)
    # Folding is one-for-one, so folded offsets are original offsets.
    source = Source.identity(raw, folded)
    noise = [NoiseSpan(kind, start, end) for kind, start, end in find_noise(folded)]
    # Pinyin artefacts are reported too, so every deleted character is accounted for.
    noise.extend(NoiseSpan("pinyin", start, end) for start, end in find_pinyin(raw, folded))
    noise.sort(key=lambda n: (n.start, n.end))
    spans = _merge([(n.start, n.end) for n in noise])
    return source.delete(spans), noise


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
