"""Character-level normalisation that keeps the text aligned one-for-one.

Full-width ASCII is folded to half-width and Traditional characters become Simplified,
each character replaced by exactly one character, so offsets do not move.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import regex

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic
# space used for indentation; U+00A0 arrives from HTML &nbsp;.
_WIDTH_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0xFEFF: 0x20})
# ℅ (care of) stands for % in pages typed with an input method's symbol table: 增长15℅
_WIDTH_TABLE[0x2105] = ord("%")
# − (minus sign) from typeset tables: 同比增长−0.5% is the hyphen's negative growth
_WIDTH_TABLE[0x2212] = ord("-")
# Keep the two Chinese full stops and the enumeration comma as they are: they are not ASCII.

# Traditional 著 is both the particle 着 (面臨著 → 面临着) and 著 of 著名/显著; OpenCC keeps
# 著. In converted Traditional text it becomes 着 except inside these words.
ZHE_WORDS = (
    "显著", "卓著", "论著", "专著", "编著", "原著", "名著", "巨著", "遗著", "译著", "昭著", "土著", "撰著",
    "著名", "著作", "著称", "著述", "著录", "著者", "著书",
)


def _zhe_particle(words: tuple[str, ...]) -> regex.Pattern[str]:
    """著 not inside any of ``words`` (each two characters, 著 first or last)."""
    before = "".join(w[0] for w in words if w.endswith("著"))
    after = "".join(w[1] for w in words if w.startswith("著"))
    return regex.compile(f"(?<![{before}])著(?![{after}])")


_ZHE_PARTICLE = _zhe_particle(ZHE_WORDS)

_CONVERTED: dict[int, int] = {}  # Traditional → Simplified beyond the BMP, filled lazily
_CHECKED: set[int] = set()
_SURROGATES = (0xD800, 0xDFFF)
SCAN_FROM = 200_000  # characters of text from which fold scans rather than takes a set
_ASTRAL_CJK = (0x20000, 0x2FA1F)


@cache
def _converter() -> Any:
    import opencc  # imported lazily: only texts with CJK characters need it

    return opencc.OpenCC("t2s")


def _is_cjk(cp: int) -> bool:
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or _ASTRAL_CJK[0] <= cp <= _ASTRAL_CJK[1]


@cache
def _bmp_table() -> dict[int, int]:
    """Every CJK character of the BMP that OpenCC turns into one other character."""
    chars = [chr(cp) for cp in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00))]
    # One call for all of them: a line break between two characters keeps each a phrase
    # of its own, so each converts as it would alone.
    out = _converter().convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        out = [_converter().convert(ch) for ch in chars]
    return {ord(ch): ord(new) for ch, new in zip(chars, out) if len(new) == 1 and new != ch}


def _ranges(codepoints: list[int]) -> str:
    """A character class body for the sorted ``codepoints``, runs written as ranges."""
    parts: list[str] = []
    start = prev = codepoints[0]
    for cp in [*codepoints[1:], -1]:
        if cp != prev + 1:
            parts.append(re.escape(chr(start)) + ("" if prev == start else "-" + re.escape(chr(prev))))
            start = cp
        prev = cp
    return "".join(parts)


@cache
def _foldable() -> re.Pattern[str]:
    """The characters ``fold`` may change: width forms, lone surrogates, Traditional
    characters of the BMP and any CJK character beyond it (looked up one by one)."""
    codepoints = sorted({*_WIDTH_TABLE, *range(_SURROGATES[0], _SURROGATES[1] + 1), *_bmp_table()})
    astral = re.escape(chr(_ASTRAL_CJK[0])) + "-" + re.escape(chr(_ASTRAL_CJK[1]))
    # stdlib re: one character class over the text, several times faster than set(text)
    return re.compile(f"[{_ranges(codepoints)}{astral}]")


def _simplify_table(codepoints: set[int], whole_bmp: bool) -> dict[int, int]:
    """The Traditional → Simplified table, extended with the new characters among
    ``codepoints`` (only those beyond the BMP when the ``whole_bmp`` table is used)."""
    new = [cp for cp in codepoints if _is_cjk(cp) and cp not in _CHECKED and not (whole_bmp and cp <= 0xFFFF)]
    if new:
        convert = _converter().convert
        for cp in new:
            out = convert(chr(cp))
            if len(out) == 1 and out != chr(cp):
                _CONVERTED[cp] = ord(out)
            _CHECKED.add(cp)
    return {**_bmp_table(), **_CONVERTED} if whole_bmp else _CONVERTED


def _replace_each(text: str, table: dict[int, int], present: set[int]) -> str:
    """``text.translate(table)`` for the few code points of ``table`` that are present.

    A text uses a handful of full-width forms (，。：) many times: one ``str.replace`` per
    form runs in C at memory speed, where ``translate`` looks every character up in a dict.
    """
    for cp in present.intersection(table):
        text = text.replace(chr(cp), chr(table[cp]))
    return text


def fold(text: str) -> str:
    """Fold full-width forms and convert Traditional characters, one-for-one.

    >>> fold("開發區（一）")
    '开发区(一)'
    """
    if "\r" in text:
        # Windows and old Mac line ends, one-for-one: CR LF → space LF, a lone CR → LF
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if text.isascii():
        return text  # nothing full-width, Traditional or broken to fold
    # The characters present: a long text is scanned for the few that folding may change
    # (the scan is built once, about 30 ms); a short one is cheaper to take apart whole.
    scan = len(text) >= SCAN_FROM
    present = set(map(ord, set(_foldable().findall(text) if scan else text)))
    # A lone surrogate (bytes decoded with surrogateescape) is no character at all: it
    # becomes U+FFFD, one-for-one, so it reaches neither OpenCC nor JSON.
    surrogates = {cp: 0xFFFD for cp in present if 0xD800 <= cp <= 0xDFFF}
    if surrogates:
        text = text.translate(surrogates)
        present = (present - surrogates.keys()) | {0xFFFD}
    table = _simplify_table(present, whole_bmp=scan)
    if present.isdisjoint(table):
        # Most inputs are already Simplified: one pass for the width forms is enough.
        return _replace_each(text, _WIDTH_TABLE, present)
    text = _replace_each(text, _WIDTH_TABLE, present)
    # OpenCC's phrase tables get 面臨著 → 面临着 right where a per-character table keeps
    # 著; use its output when it stays aligned one-for-one with the input.
    converted: str = _converter().convert(text)
    if len(converted) != len(text) or converted.count("\n") != text.count("\n"):
        converted = text.translate(table)
    return str(_ZHE_PARTICLE.sub("着", converted))

