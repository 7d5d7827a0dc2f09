"""Lines of the normalised text with their offsets (a leaf helper for every stage)."""

from __future__ import annotations

import regex

from govspeech.parser._types import Line

__all__ = ["BLANK", "Line", "same_paragraph", "split_lines"]

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
