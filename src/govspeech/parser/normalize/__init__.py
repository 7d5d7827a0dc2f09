"""Stage 1: raw text → ``Source`` (normalised text + offset map) and noise spans.

``normalize(raw)`` folds full-width forms and Traditional characters one-for-one, then
deletes pinyin artefacts and site boilerplate, recording each deletion in the offset
map. Everything deleted is returned as ``NoiseSpan`` records in original offsets, but
the layout of exported text (the spaces around figures, a hard-wrapped page's line
breaks), which is white space.
"""

from __future__ import annotations

from operator import attrgetter

from govspeech.parser._types import PINYIN, NoiseSpan
from govspeech.parser.normalize.chars import fold
from govspeech.parser.normalize.chrome import find_chrome
from govspeech.parser.normalize.decimals import find_broken_decimals, mark_full_stop_points
from govspeech.parser.normalize.markup import MARKUP, find_markup
from govspeech.parser.normalize.noise import PAGE_BREAK_KINDS
from govspeech.parser.normalize.noise_match import drop_overlaps, find_noise
from govspeech.parser.normalize.pinyin import find_pinyin
from govspeech.parser.normalize.spacing import find_figure_spaces
from govspeech.parser.normalize.wraps import find_wrap_breaks
from govspeech.parser.source import Source

__all__ = ["normalize"]


def normalize(raw: str) -> tuple[Source, list[NoiseSpan]]:
    """Normalise ``raw``; return the source and the boilerplate removed (original offsets).

    >>> source, noise = normalize("開發(fā)區(qū)")
    >>> source.text
    '开发区'
    """
    # Markup is read one-for-one too: an escape's first character becomes what it stands
    # for, the rest spaces that are deleted below.
    unescaped, markup = find_markup(raw)
    # A full stop typed as a decimal point (增长9。5%) becomes a point, one-for-one too.
    folded = mark_full_stop_points(fold(unescaped))
    # Folding is one-for-one, so folded offsets are original offsets.
    source = Source.identity(raw, folded)
    found = drop_overlaps(find_noise(folded) + find_chrome(folded))
    noise = [_join_page_break(folded, kind, start, end) for kind, start, end in found]
    noise.extend([NoiseSpan(MARKUP, start, end) for start, end in markup])
    # Pinyin artefacts are reported too, so every deleted character is accounted for.
    noise.extend([NoiseSpan(PINYIN, start, end) for start, end in find_pinyin(raw, folded)])
    noise.sort(key=attrgetter("start", "end"))
    # The spaces a PDF export puts inside a decimal (24. 3亿元) and around a figure
    # (增长 5%, 2024 年), and its line breaks inside a sentence, are layout, not noise.
    deleted = [(n.start, n.end) for n in noise]
    pdf_layout = _apart_from(find_figure_spaces(folded) + find_wrap_breaks(folded), deleted)
    layout = find_broken_decimals(folded) + pdf_layout
    spans = _merge(sorted(deleted + layout))
    return source.delete(spans), noise


_SENTENCE_END = "。!?:;”’\"」)]"
_SPACE = " \t\r"


def _join_page_break(text: str, kind: str, start: int, end: int) -> NoiseSpan:
    """Widen a page-break line that cuts a sentence to take its line breaks with it."""
    if kind not in PAGE_BREAK_KINDS:
        return NoiseSpan(kind, start, end)
    before = start
    while before > 0 and text[before - 1] in _SPACE:
        before -= 1
    after = end
    while after < len(text) and text[after] in _SPACE:
        after += 1
    whole_line = (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")
    if not whole_line or before == 0 or after == len(text):
        return NoiseSpan(kind, start, end)
    prev = before - 1  # the newline ending the line above
    while prev > 0 and text[prev - 1] in _SPACE + "\n":
        prev -= 1
    if prev > 0 and text[prev - 1] not in _SENTENCE_END:
        nxt = after
        while nxt < len(text) and text[nxt] in _SPACE + "\n":
            nxt += 1
        return NoiseSpan(kind, prev, nxt)  # "…同比\n第1页/共7页\n增长" → "…同比增长"
    return NoiseSpan(kind, start, end)


Span = tuple[int, int]


def _apart_from(spaces: list[Span], deleted: list[Span]) -> list[Span]:
    """The ``spaces`` that touch no ``deleted`` span: a space beside boilerplate (``第 4 页
    共 4 页 3月``) parts the boilerplate from the text, not a figure from its word."""
    if not deleted or not spaces:
        return spaces
    edges = {edge for span in deleted for edge in span}
    return [(start, end) for start, end in spaces if start not in edges and end not in edges]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
