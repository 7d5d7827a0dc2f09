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
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(SentenceSpan(s, e))
    return out
