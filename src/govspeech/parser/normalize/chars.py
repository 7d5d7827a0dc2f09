"""Character-level normalisation that keeps the text aligned one-for-one.

Full-width ASCII is folded to half-width and Traditional characters become Simplified,
each character replaced by exactly one character, so offsets do not move.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic
# space used for indentation; U+00A0 arrives from HTML &nbsp;.
_WIDTH_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0xFEFF: 0x20})
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

_CONVERTED: dict[int, int] = {}  # Traditional → Simplified, filled lazily per character
_CHECKED: set[int] = set()


@cache
def _converter() -> Any:
    import opencc  # imported lazily: only texts with CJK characters need it

    return opencc.OpenCC("t2s")


def _is_cjk(cp: int) -> bool:
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FA1F


def _simplify_table(codepoints: set[int]) -> dict[int, int]:
    """Extend the Traditional → Simplified table with the new characters among ``codepoints``."""
    new = [cp for cp in codepoints if _is_cjk(cp) and cp not in _CHECKED]
    if new:
        convert = _converter().convert
        for cp in new:
            out = convert(chr(cp))
            if len(out) == 1 and out != chr(cp):
                _CONVERTED[cp] = ord(out)
            _CHECKED.add(cp)
    return _CONVERTED


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
    present = set(map(ord, set(text)))
    # A lone surrogate (bytes decoded with surrogateescape) is no character at all: it
    # becomes U+FFFD, one-for-one, so it reaches neither OpenCC nor JSON.
    surrogates = {cp: 0xFFFD for cp in present if 0xD800 <= cp <= 0xDFFF}
    if surrogates:
        text = text.translate(surrogates)
        present = (present - surrogates.keys()) | {0xFFFD}
    table = _simplify_table(present)
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

