"""Chinese numerals ↔ numbers.

>>> parse_number("二十三")
23
>>> parse_number("三千零五十亿")
305000000000
>>> to_chinese(105)
'一百零五'
"""

from __future__ import annotations

from functools import lru_cache

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "0": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # one character each: (1) … (20)
PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # (一) … (十)
_SINGLE_CHAR_NUMBERS = (CIRCLED, PAREN_DIGITS, PAREN_IDEOGRAPHS)
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS)

_CN_DIGITS = "零一二三四五六七八九"


@lru_cache(maxsize=4096)  # markers and measure words repeat the same few numerals
def parse_number(text: str) -> int | None:
    """Value of a Chinese (or Arabic, or circled) integer numeral, or ``None``.

    >>> parse_number("十五")  # 15
    15
    """
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) == 1:
        for series in _SINGLE_CHAR_NUMBERS:
            if text in series:
                return series.index(text) + 1
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        # digit-by-digit reading, as in years: 二〇二四
        value = 0
        for ch in text:
            value = value * 10 + DIGITS[ch]
        return value
    total = 0  # completed 亿/万 groups
    section = 0  # value below the current large unit
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in LARGE_UNITS:
            unit = LARGE_UNITS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            if total and total < unit:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def to_chinese(n: int) -> str:
    """Chinese reading of a non-negative integer below 10^16.

    >>> to_chinese(23)  # 二十三
    '二十三'
    """
    if n < 0:
        raise ValueError("negative numbers have no marker reading")
    if n == 0:
        return "零"
    parts: list[str] = []
    for unit_value, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        group, n = divmod(n, unit_value)
        if group:
            if parts and group < 1000:
                parts.append("零")
            parts.append(_group_to_chinese(group) + unit)
        elif parts and n:
            parts.append("零")
    text = "".join(parts)
    while "零零" in text:
        text = text.replace("零零", "零")
    text = text.rstrip("零")
    return text[1:] if text.startswith("一十") else text


def _group_to_chinese(n: int) -> str:
    """Reading of 1..9999."""
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


def parse_decimal(text: str) -> float | None:
    """Value of a decimal or mixed numeral, or ``None``.

    Handles Arabic decimals with thousands separators (``1,006.5``), Chinese integers
    (``三千零五十``), a Chinese decimal point (``二点五``) and a trailing ``万``/``亿``
    after a decimal (``1.5万`` → 15000, ``3.76万亿``).

    >>> parse_decimal("1.5万")  # 15000.0
    15000.0
    """
    text = text.replace(",", "")
    if not text:
        return None
    multiplier = 1.0
    while text and text[-1] in LARGE_UNITS and not _is_chinese_integer(text):
        multiplier *= LARGE_UNITS[text[-1]]
        text = text[:-1]
    if not text:
        return None
    if "点" in text:  # 二点五
        whole, _, frac = text.partition("点")
        head = parse_number(whole) if whole else None
        if head is None or not frac or any(ch not in DIGITS for ch in frac):
            return None
        return (head + float("0." + "".join(str(DIGITS[ch]) for ch in frac))) * multiplier
    try:
        return float(text) * multiplier
    except ValueError:
        pass
    value = parse_number(text)
    return None if value is None else value * multiplier


def _is_chinese_integer(text: str) -> bool:
    """``True`` when ``text`` is all Chinese numeral characters (its 万/亿 are its own)."""
    return all(ch in DIGITS or ch in SMALL_UNITS or ch in LARGE_UNITS for ch in text) and not any(
        ch.isascii() for ch in text
    )
