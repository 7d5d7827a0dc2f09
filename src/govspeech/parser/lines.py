"""Lines of the normalised text with their offsets (a leaf helper for every stage)."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import regex

from govspeech.parser._types import Line

__all__ = ["BLANK", "Line", "LineOpening", "LineTable", "line_opening", "same_paragraph", "split_lines"]

# The characters that may stand outside every speech and noise span of the original input
# unreported: layout white space. Anything else there (a no-break space, a line separator,
# a zero-width space) is reported as noise, so every character is accounted for.
BLANK = " \t\n\r\v\f\u3000\ufeff"


_STRIP = " \t\r\u3000\ufeff"


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Stripped lines of ``text[start:end]`` (blank lines kept, with empty text).

    >>> [l.text for l in split_lines("  一、总体要求\\n\\n正文。")]
    ['一、总体要求', '', '正文。']
    """
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip(_STRIP)
        lead = len(raw) - len(raw.lstrip(_STRIP))
        s = pos + lead
        out.append(Line(s, s + len(stripped), stripped))
        pos += len(raw) + 1
    return out


_BLANK_LINE = regex.compile(f"^[{_STRIP}]*$", regex.MULTILINE)
_BREAK = regex.compile("\n")


class LineOpening(NamedTuple):
    """A pattern for how a line opens (after its indentation): ``head`` matches at a line's
    start, ``scan`` after a line break (a search led by ``\\n`` skips ahead far faster
    than one anchored by ``^``)."""

    head: regex.Pattern[str]
    scan: regex.Pattern[str]


def line_opening(body: str) -> LineOpening:
    """The ``LineOpening`` of a pattern that must not cross a line break."""
    lead = f"[{_STRIP}]*(?:{body})"
    return LineOpening(regex.compile(lead), regex.compile("\n" + lead))


class LineTable:
    """The lines of a whole text by index, each built only when it is read.

    Stages that walk a few lines around the places a regex found over the whole text
    (a salutation, a title word) need not build every line of a long text.

    >>> table = LineTable("  一、总体要求\\n\\n正文。")
    >>> len(table), table[0].text, table.blank(1), table.index_at(table[2].start)
    (3, '一、总体要求', True, 2)
    """

    __slots__ = ("text", "starts", "_built", "_blank")

    def __init__(self, text: str) -> None:
        self.text = text
        # where each line starts (after the previous line's \n)
        self.starts = [0, *[m.end() for m in _BREAK.finditer(text)]]
        self._built: dict[int, Line] = {}
        self._blank: set[int] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Line:
        line = self._built.get(i)
        if line is None:
            start = self.starts[i]
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
            raw = self.text[start:end]
            stripped = raw.strip(_STRIP)
            s = start + len(raw) - len(raw.lstrip(_STRIP))
            line = self._built[i] = Line(s, s + len(stripped), stripped)
        return line

    def index_at(self, offset: int) -> int:
        """Index of the line holding ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def blank(self, i: int) -> bool:
        """Whether line ``i`` holds nothing but layout white space."""
        return i in self._blanks()

    def content(self, first: int, stop: int) -> list[int]:
        """Indexes of the lines in ``[first, stop)`` that are not blank."""
        blanks = self._blanks()
        return [j for j in range(first, stop) if j not in blanks]

    def _blanks(self) -> set[int]:
        if self._blank is None:  # found once, by one search over the whole text
            self._blank = {self.index_at(m.start()) for m in _BLANK_LINE.finditer(self.text)}
        return self._blank

    def lines_opening(self, opening: LineOpening, first: int = 0, stop: int | None = None) -> list[int]:
        """Indexes of the lines in ``[first, stop)`` that open with ``opening``."""
        stop = len(self.starts) if stop is None else stop
        found: list[int] = []
        if first >= stop:
            return found
        end = self.starts[stop] - 1 if stop < len(self.starts) else len(self.text)
        if opening.head.match(self.text, self.starts[first], end):
            found.append(first)
        for m in opening.scan.finditer(self.text, self.starts[first], end):
            found.append(self.index_at(m.start() + 1))
        return found

    def lines_with(self, pattern: regex.Pattern[str], first: int = 0, stop: int | None = None) -> list[int]:
        """Indexes of the lines in ``[first, stop)`` where ``pattern`` finds a match."""
        stop = len(self.starts) if stop is None else stop
        found: list[int] = []
        if first >= stop:
            return found
        end = self.starts[stop] - 1 if stop < len(self.starts) else len(self.text)
        pos = self.starts[first]
        while (m := pattern.search(self.text, pos, end)) is not None:
            i = self.index_at(m.start())
            found.append(i)
            if i + 1 >= stop:
                break
            pos = self.starts[i + 1]  # one match is enough: go on from the next line
        return found


# A line break that really ends a paragraph: after a sentence end, or a blank line.
# Sites also break lines mid-sentence (layout damage); such soft breaks do not count.
_HARD_BREAK = regex.compile(r"[。!?”’\"」):;][ \t\r\u3000]*\n|\n[ \t\r\u3000]*\n")


def same_paragraph(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds no paragraph break (soft, mid-sentence breaks allowed).

    >>> same_paragraph("甲乙\\n丙丁。\\n戊", 0, 4), same_paragraph("甲乙\\n丙丁。\\n戊", 0, 7)
    (True, False)
    """
    if text.find("\n", a, b) == -1:
        return True
    return _HARD_BREAK.search(text, a, b) is None
