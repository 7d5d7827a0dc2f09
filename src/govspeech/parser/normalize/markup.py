"""Markup left in the text by scrapers and exports (GUIDE §1 "Damage").

A whole document on one line with its line breaks stored as the literal text ``\\r\\n`` or
``\\n``, and HTML entities (``&nbsp;``, ``&ldquo;``, ``&#12290;``). Each is read as what it
stands for: the first character of the escape becomes the break, space or character
(one-for-one, so offsets keep their place) and the rest of it is deleted as noise.
"""

from __future__ import annotations

import html

import regex

MARKUP = "markup"  # the noise kind of the deleted rest of an escape

# Named entities a page writes, and what they stand for.
ENTITIES: dict[str, str] = {
    "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">",
    "quot": '"', "apos": "'", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "mdash": "—", "ndash": "-", "hellip": "…", "middot": "·", "times": "×", "divide": "÷",
    "deg": "°", "permil": "‰", "yen": "¥", "bull": "•",
}
_ENTITY = regex.compile(r"&(?:(?P<name>[a-zA-Z]{2,8})|#(?P<dec>\d{2,7})|#[xX](?P<hex>[0-9a-fA-F]{2,6}));?")
# Line-break tags a scraper kept: <br> <br/> <p> </p>
_BREAK_TAG = regex.compile(r"<(?:br[ \t]*/?|/?p|/?div)>", regex.IGNORECASE)
# Literal escapes: \r\n, \n, \r, \t written out as text
_LITERAL = regex.compile(r"\\r\\n|\\n|\\r|\\t")
MIN_LITERAL_BREAKS = 3


def find_markup(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each escape's first character replaced by what it stands for and its
    other characters by spaces, and the spans of those other characters (to delete).

    >>> find_markup("甲&nbsp;乙")
    ('甲      乙', [(2, 7)])
    """
    if "&" not in text and "\\" not in text and "<" not in text:
        return text, []
    hits: list[tuple[int, int, str]] = []
    for m in _ENTITY.finditer(text):
        char = _entity_char(m)
        if char is not None:
            hits.append((m.start(), m.end(), char))
    hits.extend((m.start(), m.end(), "\n") for m in _BREAK_TAG.finditer(text))
    literal = _LITERAL.findall(text)
    if len(literal) >= MIN_LITERAL_BREAKS and len(literal) > text.count("\n"):
        hits.extend((m.start(), m.end(), "\t" if m.group() == "\\t" else "\n") for m in _LITERAL.finditer(text))
    if not hits:
        return text, []
    hits.sort()
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start, end, char in hits:
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(char + " " * (end - start - 1))
        if end - start > 1:
            spans.append((start + 1, end))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), spans


def _entity_char(m: regex.Match[str]) -> str | None:
    name = m.group("name")
    if name is not None:
        if not m.group().endswith(";") and name.lower() not in ("nbsp", "ldquo", "rdquo", "mdash", "hellip"):
            return None  # "R&D" is text, not an entity
        return ENTITIES.get(name.lower())
    number = int(m.group("dec")) if m.group("dec") is not None else int(m.group("hex"), 16)
    if number < 32 or number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return None
    char = html.unescape(f"&#{number};")
    return char if len(char) == 1 else None
