"""Stage 7: sentences (GUIDE §2 "Sentences").

Sentences end at ``。！？`` (closing quotes and brackets stay with their sentence) and
at line ends. ``；`` ends a sentence only where a new enumeration marker follows it;
markers start new regions, so that case is handled by the caller's region bounds.
"""

from __future__ import annotations

import regex

from govspeech.parser._types import SentenceSpan

# Up to a sentence end and its closing quotes/brackets, else up to the line end.
_SENTENCE = regex.compile(r"[^\n。!?]*[。!?]+[”’\"」』)\]】]*|[^\n]+")


def split_sentences(text: str, start: int, end: int) -> list[SentenceSpan]:
    """Sentences of ``text[start:end]``, stripped of surrounding spaces.

    >>> t = "一是稳。“二是进!”\\n三是"
    >>> [t[s.start:s.end] for s in split_sentences(t, 0, len(t))]
    ['一是稳。', '“二是进!”', '三是']
    """
    out: list[SentenceSpan] = []
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.span()
        if text[s].isspace() or text[e - 1].isspace():
            _add(out, text, s, e)
        else:
            out.append(SentenceSpan(s, e))  # the common case: nothing to strip
    return out


def split_regions(text: str, bounds: list[int]) -> list[list[SentenceSpan]]:
    """Sentences of each region ``text[bounds[k]:bounds[k + 1]]``, the same as
    ``split_sentences`` gives region by region, read in one pass over the text.

    >>> t = "要求:一是稳;二是进。三是"
    >>> [[t[s.start:s.end] for s in r] for r in split_regions(t, [3, 7, 11, 13])]
    [['一是稳;'], ['二是进。'], ['三是']]
    """
    out: list[list[SentenceSpan]] = [[] for _ in range(len(bounds) - 1)]
    if not out:
        return out
    end = bounds[-1]
    k = 0  # the region of the next sentence
    pos = bounds[0]
    while pos < end:
        for m in _SENTENCE.finditer(text, pos, end):
            s, e = m.span()
            while s >= bounds[k + 1]:
                k += 1
            stop = bounds[k + 1]
            if e > stop:
                # The sentence runs on into the next region (…;二是…): within its own
                # region it ends at the region's end, and the next one starts afresh.
                _add(out[k], text, s, stop)
                pos = stop
                break
            if text[s].isspace() or text[e - 1].isspace():
                _add(out[k], text, s, e)
            else:
                out[k].append(SentenceSpan(s, e))  # the common case: nothing to strip
        else:
            break
    return out


def _add(out: list[SentenceSpan], text: str, s: int, e: int) -> None:
    """Append the sentence ``text[s:e]`` stripped of surrounding spaces, unless empty."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(SentenceSpan(s, e))
