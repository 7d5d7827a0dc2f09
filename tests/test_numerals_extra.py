"""Decimal and mixed numerals (``numerals.parse_decimal``)."""

from __future__ import annotations

import pytest

from govspeech.numerals import parse_decimal

DECIMAL_CASES = [
    ("42", 42.0),
    ("244.4", 244.4),
    ("1,006", 1006.0),
    ("1.5万", 15_000.0),
    ("3.76万亿", 3.76e12),
    ("60万", 600_000.0),
    ("二十三", 23.0),
    ("三千零五十", 3050.0),
    ("三千零五十亿", 3.05e11),
    ("两", 2.0),
    ("四十万", 400_000.0),
    ("二点五", 2.5),
]


@pytest.mark.parametrize(("text", "value"), DECIMAL_CASES)
def test_numerals_parse_decimal(text: str, value: float) -> None:
    assert parse_decimal(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "x", "点五", "三点x"])
def test_numerals_parse_decimal_rejects(text: str) -> None:
    assert parse_decimal(text) is None
