"""Lines of the normalised text with their offsets (a leaf helper for every stage)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Line:
    """One line: ``start``/``end`` of its stripped content in the normalised text."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


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
