"""Matching the boilerplate table (``noise.NOISE_PATTERNS``) against a text: ``find_noise``.

The rows are each compiled once at import. A row's pattern runs only on the lines where
its trigger occurs (one big alternation over the whole text was three times slower: the
engine tries every row at every position). A trigger that is itself an alternation of
words is slow to scan for too, so one literal scan finds the anchors of all rows at once:
a row's trigger is then tried only where one of its anchors stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from govspeech.parser.normalize.decimals import opens_broken_decimal
from govspeech.parser.normalize.fragments import (
    find_title_repeats,
    in_real_list,
    opens_title_repeat,
)
from govspeech.parser.normalize.noise import NOISE_PATTERNS, NoisePattern
from govspeech.parser.outline.markers import MARKER_PATTERN  # a data table, not a later stage

__all__ = ["drop_overlaps", "find_noise"]

_COMPILED = tuple(
    (row, regex.compile(row.trigger), regex.compile(row.pattern, regex.MULTILINE))
    for row in NOISE_PATTERNS
)
# Letters outside ASCII that case-insensitive matching takes for an ASCII one: (?i)i
# matches İ (a test checks this against the regex engine).
_FOLDS_ONTO = {"i": "İ", "k": "\u212a", "s": "ſ"}


def _spellings(word: str) -> list[str]:
    """The anchor ``word`` as the literal scan must look for it: an ASCII word by its first
    two letters, in every case."""
    if not word.isascii() or not word[:1].isalpha():
        return [word]
    heads = [""]
    for ch in word[:2]:
        forms = {ch.lower(), ch.upper(), *_FOLDS_ONTO.get(ch.lower(), "")}
        heads = [head + form for head in heads for form in sorted(forms)]
    return heads


def _anchor_scan(rows: tuple[NoisePattern, ...]) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """One literal alternation of every row's anchors (stdlib ``re`` scans a list of
    literals several times faster than one ``regex`` alternation per row), and for each
    anchor the rows whose anchor may open inside its hit: the scan does not overlap hits,
    so a row's anchor hidden in another's hit (相关 in 相关推荐) is owed to it too."""
    owners: dict[str, set[int]] = {}
    for i, row in enumerate(rows):
        for word in row.anchors:
            for form in _spellings(word):
                owners.setdefault(form, set()).add(i)
    forms = sorted(owners, key=lambda form: (-len(form), form))
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    rows_at = {
        form: tuple(sorted({
            i
            for k in range(len(form))
            for other in by_first.get(form[k], ())
            if form[k:].startswith(other) or other.startswith(form[k:])
            for i in owners[other]
        }))
        for form in forms
    }
    return re.compile("|".join(map(re.escape, forms))), rows_at


_ANCHORS, _ROWS_AT = _anchor_scan(NOISE_PATTERNS)


def find_noise(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of every boilerplate match in ``text``, in order.

    >>> find_noise("正文。\\n展开阅读全文\\n")
    [('site_button', 4, 10)]
    """
    found: list[tuple[str, int, int]] = []
    for (row, trigger, pattern), spans in zip(_COMPILED, _anchored(text)):
        # Run the full pattern only on the lines where its trigger words occur: a
        # literal search is far cheaper than trying the pattern at every line.
        done_to = -1
        hits = _trigger_hits(trigger, text, spans) if row.anchors else trigger.finditer(text)
        for hit in hits:
            if hit.start() < done_to:
                continue
            line_start = text.rfind("\n", 0, hit.start()) + 1
            line_end = text.find("\n", hit.end())
            line_end = len(text) if line_end == -1 else line_end
            stop = min(len(text), line_end + row.block)
            found.extend(
                (row.name, m.start(), m.end())
                for m in pattern.finditer(text, line_start, stop)
                if m.end() > m.start() and _keeps_speech(text, row, m.start(), m.end())
            )
            done_to = stop
    found.extend(find_title_repeats(text))
    return drop_overlaps(found)


def drop_overlaps(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The ``(kind, start, end)`` spans in order, keeping the first (longest) of overlapping ones."""
    found.sort(key=lambda span: (span[1], -span[2]))
    kept: list[tuple[str, int, int]] = []
    for span in found:
        if not kept or span[1] >= kept[-1][2]:
            kept.append(span)
    return kept


def _anchored(text: str) -> list[list[tuple[int, int]]]:
    """For each row, the spans of ``text`` where one of its anchors may open."""
    spans: list[list[tuple[int, int]]] = [[] for _ in _COMPILED]
    for m in _ANCHORS.finditer(text):
        for i in _ROWS_AT[m.group()]:
            spans[i].append(m.span())
    return spans


def _trigger_hits(trigger: regex.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """``trigger.finditer(text)``, given that every match opens inside one of the sorted,
    disjoint ``spans`` (its anchors' hits)."""
    pos = 0
    for start, end in spans:
        at = max(pos, start)
        if at >= end:
            continue
        # A trigger match runs at most into the next line: no more text than that is matched.
        newline = text.find("\n", end)
        newline = text.find("\n", newline + 1) if newline >= 0 else -1
        limit = len(text) if newline < 0 else newline + 1
        # A search would scan on past the span: try each start in it instead (the span is
        # an anchor, a few characters long).
        while at < end:
            hit = trigger.match(text, at, limit)
            if hit is None:
                at += 1
            else:
                yield hit
                at = pos = hit.end()


def _keeps_speech(text: str, row: NoisePattern, start: int, end: int) -> bool:
    """Whether a match leaves the speech's outline whole (else it is not noise)."""
    at = start
    while at < end and text[at].isspace():
        at += 1
    if row.numbered:
        # GUIDE §1: a site's page numbers stand alone; numbered lines in a run are a list.
        # The first fragment goes with the title it repeats (find_title_repeats), not alone.
        # A decimal broken after its point (24. 3亿元) is a figure, not a page's number.
        return not (
            in_real_list(text, at) or opens_title_repeat(text, at) or opens_broken_decimal(text, at)
        )
    # GUIDE §2: a marker at a line start opens a part or a point: "一、经验分享".
    line_start = text.rfind("\n", 0, at) + 1
    return at == end or bool(text[line_start:at].strip()) or MARKER_PATTERN.match(text, at) is None
