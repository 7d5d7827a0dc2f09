"""The offset map of ``Source``: deletions and the way back to the original string."""

from __future__ import annotations

import pytest

from govspeech.parser.source import Source

ORIGINAL = "甲乙丙丁戊己庚辛壬癸"  # ten characters, offsets 0..9

# (deleted normalised spans, expected text, expected to_original for each kept char)
DELETE_CASES = [
    ([], "甲乙丙丁戊己庚辛壬癸", list(range(10))),
    ([(2, 4)], "甲乙戊己庚辛壬癸", [0, 1, 4, 5, 6, 7, 8, 9]),
    ([(0, 3)], "丁戊己庚辛壬癸", [3, 4, 5, 6, 7, 8, 9]),  # at the start
    ([(7, 10)], "甲乙丙丁戊己庚", [0, 1, 2, 3, 4, 5, 6]),  # at the end
    ([(1, 3), (3, 5)], "甲己庚辛壬癸", [0, 5, 6, 7, 8, 9]),  # adjacent spans
    ([(0, 1), (9, 10)], "乙丙丁戊己庚辛壬", [1, 2, 3, 4, 5, 6, 7, 8]),  # both ends
    ([(1, 2), (3, 4), (5, 6)], "甲丙戊庚辛壬癸", [0, 2, 4, 6, 7, 8, 9]),
    ([(2, 5), (3, 6)], "甲乙庚辛壬癸", [0, 1, 6, 7, 8, 9]),  # overlapping spans merge
]


@pytest.mark.parametrize(("spans", "text", "origins"), DELETE_CASES)
def test_source_delete_maps_kept_characters(
    spans: list[tuple[int, int]], text: str, origins: list[int]
) -> None:
    source = Source.identity(ORIGINAL).delete(spans)
    assert source.text == text
    assert [source.to_original(i) for i in range(len(text))] == origins
    assert all(ORIGINAL[source.to_original(i)] == ch for i, ch in enumerate(source.text))


@pytest.mark.parametrize(("spans", "text", "origins"), DELETE_CASES)
def test_source_to_original_end_follows_last_kept_character(
    spans: list[tuple[int, int]], text: str, origins: list[int]
) -> None:
    source = Source.identity(ORIGINAL).delete(spans)
    for i in range(1, len(text) + 1):
        assert source.to_original_end(i) == origins[i - 1] + 1


def test_source_to_original_end_of_trailing_deletion_stops_before_it() -> None:
    source = Source.identity(ORIGINAL).delete([(7, 10)])
    # 甲…庚 ends at 7 in the original: the deleted 辛壬癸 is not inside the span
    assert source.to_original_end(len(source.text)) == 7


def test_source_to_original_end_of_empty_span_at_start() -> None:
    source = Source.identity(ORIGINAL).delete([(0, 3)])
    assert source.to_original_end(0) == source.to_original(0) == 3


# Deletions applied one after the other compose: spans of the second call are offsets
# into the text left by the first.
CHAINED_CASES = [
    ([(2, 4)], [(2, 4)], "甲乙庚辛壬癸", [0, 1, 6, 7, 8, 9]),
    ([(0, 2)], [(6, 8)], "丙丁戊己庚辛", [2, 3, 4, 5, 6, 7]),
    ([(4, 6)], [(0, 1), (3, 5)], "乙丙辛壬癸", [1, 2, 7, 8, 9]),
]


@pytest.mark.parametrize(("first", "second", "text", "origins"), CHAINED_CASES)
def test_source_delete_twice_composes(
    first: list[tuple[int, int]], second: list[tuple[int, int]], text: str, origins: list[int]
) -> None:
    source = Source.identity(ORIGINAL).delete(first).delete(second)
    assert source.text == text
    assert [source.to_original(i) for i in range(len(text))] == origins


def test_source_delete_everything_leaves_empty_text() -> None:
    source = Source.identity(ORIGINAL).delete([(0, 10)])
    assert source.text == ""
    assert source.to_original_end(0) <= len(ORIGINAL)


def test_source_delete_keeps_the_original() -> None:
    source = Source.identity(ORIGINAL).delete([(0, 5)])
    assert source.original == ORIGINAL


def test_source_identity_with_folded_text_is_one_for_one() -> None:
    source = Source.identity("(一)开發", "(一)开发")
    assert [source.to_original(i) for i in range(5)] == [0, 1, 2, 3, 4]
    assert source.to_original_end(5) == 5
