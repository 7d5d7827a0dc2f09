"""Pinyin left behind by Traditional → Simplified converters: ``開發(fā)區(qū)`` → ``开发区``.

Some sites convert text by appending each character's pinyin in parentheses; the
pinyin is an artefact (GUIDE §1) and is deleted from the normalised text.
"""

from __future__ import annotations

import regex

# A toned syllable after a Han character is always an artefact; an untoned one only
# when the character before it was converted from Traditional (neutral-tone syllables).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_TONED_SET = frozenset(_TONED)
# The bracket first, then the look back at the character before it: the engine scans for
# the literal bracket rather than trying the look-behind at every character.
PINYIN_PATTERN = regex.compile(
    rf"\((?<=\p{{Han}}\()(?P<syllable>[a-zü{_TONED}]{{1,7}})\)"
)


def find_pinyin(text: str, converted: str) -> list[tuple[int, int]]:
    """Spans of pinyin artefacts in ``converted`` (the folded form of ``text``).

    >>> find_pinyin("發(fā)", "发(fā)")
    [(1, 5)]
    """
    spans = []
    for m in PINYIN_PATTERN.finditer(converted):
        start, end = m.span()
        if not _TONED_SET.isdisjoint(converted[start + 1 : end - 1]) or text[start - 1] != converted[start - 1]:
            spans.append((start, end))
    return spans
