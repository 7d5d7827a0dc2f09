"""Speed-ups for the indicator regexes that never change what they match.

Python's ``re`` tries every alternative of an alternation at every position of a search;
the cue tables compile to alternations of dozens of words, so a scan of a sentence costs
microseconds per character. These helpers cut that without touching the patterns' meaning:

* ``guarded`` prefixes a pattern with a lookahead for the characters a match can start
  with, read from the parsed pattern, so most positions fail on one set test;
* ``max_width`` bounds how long a match can be, so a pattern anchored with ``$`` is
  searched from near the end of the text only;
* ``first_chars`` and ``last_chars`` give the characters a match can start or end with, for
  a test in Python that skips a regex call at a position where no match can be.

All fall back to doing nothing when the pattern holds something they do not model.

>>> guarded("增长|下降").pattern
'(?=[下增])(?:增长|下降)'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any, Protocol

__all__ = ["Tail", "first_chars", "guarded", "last_chars", "named_alternation"]

try:  # the parser behind re.compile: re._parser since 3.11, sre_parse before
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
_c: Any = _parser
_MAX_CLASS = 4096  # a wider set (a range like 一-龥) is not worth a guard
# class escapes as the parser reads them (Unicode patterns; ASCII-flagged ones are left alone)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    """The pattern holds an item the first-character reading does not model."""


def _first(items: Any, last: bool = False) -> tuple[set[str], bool]:
    """Characters a match of the sequence ``items`` can start with (``last``: end with), as
    character-class items, and whether it can be empty."""
    chars: set[str] = set()
    for op, av in reversed(items) if last else items:
        here, nullable = _first_of(op, av, last)
        chars |= here
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any, last: bool) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(re.escape(chr(value)))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(re.escape(chr(ch)) for ch in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:  # NEGATE, a wide range
                raise _Unknown
        return chars, False
    if op is _c.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            here, empty = _first(alt, last)
            chars |= here
            nullable = nullable or empty
        return chars, nullable
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _first(sub, last)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        chars, empty = _first(sub, last)
        return chars, empty or low == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return set(), True  # zero width: the next item reads the character
    raise _Unknown  # ANY, NOT_LITERAL, group references, atomic groups…


def _parse(pattern: str, flags: int) -> Any:
    try:
        return _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unexpected parser: no speed-up, same matches
        return None


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead for its possible first characters.

    The lookahead only rejects positions where no match can start, so every search,
    match and finditer returns what the bare pattern returns (groups are unchanged).
    """
    parsed = _parse(pattern, flags)
    if parsed is None or flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return re.compile(pattern, flags)
    try:
        chars, nullable = _first(parsed.data)
    except _Unknown:
        return re.compile(pattern, flags)
    if nullable or not chars:
        return re.compile(pattern, flags)
    cls = "".join(sorted(chars))
    close = "\n)" if flags & re.VERBOSE else ")"  # a trailing comment must not swallow it
    return re.compile(f"(?=[{cls}])(?:{pattern}{close}", flags)


def first_chars(pattern: str, last: bool = False) -> frozenset[str] | None:
    """The plain characters a match of ``pattern`` can start with (``last``: end with),
    for a test in Python before a regex call; ``None`` when that set is not known (or a
    match may be empty).

    >>> sorted(first_chars("方面|规定"))
    ['方', '规']
    """
    parsed = _parse(pattern, 0)
    if parsed is None:
        return None
    try:
        chars, nullable = _first(parsed.data, last)
    except _Unknown:
        return None
    if nullable or not _plain(chars):
        return None
    return frozenset(ch[-1] for ch in chars)


def last_chars(pattern: str) -> frozenset[str] | None:
    """The plain characters a match of ``pattern`` can end with, or ``None``."""
    return first_chars(pattern, last=True)


def _plain(chars: set[str]) -> bool:
    """Are these class items single characters (escaped or not), no class escapes?"""
    return all(len(ch) == 1 or (len(ch) == 2 and ch[0] == "\\" and not ch[1].isalnum())
               for ch in chars)


def _ends_at_end(items: Any) -> bool:
    """Does every match of the sequence ``items`` end with a ``$``?"""
    if not items:
        return False
    op, av = items[-1]
    if op is _c.AT:
        return bool(av is _c.AT_END)
    if op is _c.BRANCH:
        return all(_ends_at_end(alt) for alt in av[1])
    if op is _c.SUBPATTERN:
        return _ends_at_end(av[3])
    return False


class Tail:
    """A pattern whose matches end at the end of the text (``…$``), searched from near the end.

    A match ends at the end of the text or before a final newline, and spans at most
    ``width`` characters, so it starts no earlier than ``width + 1`` characters from the
    end: ``search`` starts there (lookbehinds still see the text before), and returns
    the match ``re.search`` returns. Patterns that are not so bounded are searched whole.

    >>> Tail("(?:完成|达到)了?$").cut("地区生产总值完成了")
    '地区生产总值'
    """

    __slots__ = ("ends", "last", "pattern", "width")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = guarded(pattern, flags)
        self.width: int | None = None
        self.last: frozenset[str] | None = None  # the characters a match can end with
        # the characters before a position where a match can end (last, or a newline the
        # $ may stand before); None: any
        self.ends: frozenset[str] | None = None
        parsed = _parse(pattern, flags)
        if parsed is None or flags & (re.IGNORECASE | re.ASCII | re.LOCALE) or not _ends_at_end(parsed.data):
            return
        try:
            low, high = (int(w) for w in parsed.getwidth())
        except Exception:  # noqa: BLE001
            return
        if low < 1 or high >= int(_c.MAXREPEAT):  # may be empty, or unbounded
            return
        self.width = high
        try:
            ends, _empty = _first(parsed.data, last=True)
        except _Unknown:
            return
        if _plain(ends):
            self.last = frozenset(ch[-1] for ch in ends)  # plain characters, no class escapes
            self.ends = self.last | {"\n"}

    def search(self, text: str) -> re.Match[str] | None:
        """``re.search(pattern, text)``."""
        if self.width is None:
            return self.pattern.search(text)
        if not text:
            return None  # a match is never empty
        end = text[-1]
        if self.last is not None and end not in self.last and end != "\n":
            return None  # no match can end the text
        return self.pattern.search(text, max(0, len(text) - self.width - 1))

    def search_before(self, text: str, pos: int, reach: int) -> re.Match[str] | None:
        """``pattern.search(text, max(0, pos - reach), pos)``: a match ending at ``pos``."""
        if self.last is not None and pos:
            end = text[pos - 1]
            if end not in self.last and end != "\n":
                return None
        return self.pattern.search(text, max(0, pos - reach), pos)

    def cut(self, text: str, count: int = 0) -> str:
        """``re.sub(pattern, "", text, count=count)``: the text with its match removed."""
        m = self.search(text)
        if m is None:
            return text
        if self.width is None or m.end() != len(text):
            return self.pattern.sub("", text, count=count)  # unbounded, or before a final newline
        # the match ends the text and is not empty, so it is the only one sub would replace
        return text[: m.start()]


class _Row(Protocol):
    """A table row with a name and a regex string (lexicon rows)."""

    @property
    def name(self) -> str: ...

    @property
    def pattern(self) -> str: ...


def named_alternation(rows: Iterable[_Row]) -> str:
    """One alternation with a named group per row, so ``m.lastgroup`` names the row that
    matched: ``(?P<year_on_year>同比)|(?P<month_on_month>环比)``."""
    return "|".join(f"(?P<{row.name}>{row.pattern})" for row in rows)
