"""Sentences (GUIDE §2 "Sentences"): 。!? ends, quotes and brackets kept, ; before a
marker, line ends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govspeech
from govspeech.parser.sentences import split_regions, split_sentences
from _fixtures import FixtureCase, fixture_params


def _sentence_texts(text: str) -> list[str]:
    return [s.text for sp in govspeech.parse(text).speeches for s in sp.iter_sentences()]


@pytest.mark.parametrize("case", fixture_params("sentences.txt"))
def test_sentences_fixture(case: FixtureCase) -> None:
    assert _sentence_texts(case.input) == case.expected_lines


# split_sentences alone: (text, sentences)
SPLIT_CASES = [
    ("甲乙。丙丁!戊己?", ["甲乙。", "丙丁!", "戊己?"]),
    ("他说:“要干。”大家鼓掌。", ["他说:“要干。”", "大家鼓掌。"]),
    ("要干。’好。", ["要干。’", "好。"]),
    ("要干。」好。", ["要干。」", "好。"]),
    ("要干。』好。", ["要干。』", "好。"]),
    ("要干。)好。", ["要干。)", "好。"]),
    ("要干。】好。", ["要干。】", "好。"]),
    ("没有句号的一行\n下一行。", ["没有句号的一行", "下一行。"]),
    ("  缩进的句子。  ", ["缩进的句子。"]),
    ("\n\n", []),
    ("甲;乙,丙:丁。", ["甲;乙,丙:丁。"]),
]


@pytest.mark.parametrize(("text", "sentences"), SPLIT_CASES)
def test_sentences_split(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text, 0, len(text))] == sentences


def test_sentences_split_respects_region() -> None:
    text = "甲乙。丙丁。戊己。"
    assert [text[s.start:s.end] for s in split_sentences(text, 3, 6)] == ["丙丁。"]


def test_sentences_offsets_map_to_original() -> None:
    text = "同志們:\n開發(fā)區(qū)經(jīng)濟發(fā)展。第1页 / 共7页面臨新機遇!"
    (speech,) = govspeech.parse(text).speeches
    spans = [(s.text, text[s.start:s.end]) for s in speech.iter_sentences()]
    assert spans == [
        ("开发区经济发展。", "開發(fā)區(qū)經(jīng)濟發(fā)展。"),
        ("面临新机遇!", "面臨新機遇!"),
    ]


def test_sentences_belong_to_their_node() -> None:
    text = "一、加强领导\n正文一。正文二。\n二、强化考核\n我讲两点:一是完善制度。二是严格奖惩。"
    (speech,) = govspeech.parse(text).speeches
    own = {p.marker: [s.text for s in p.sentences] for p in speech.parts for p in p.walk()}
    assert own == {
        "一、": ["一、加强领导", "正文一。", "正文二。"],
        "二、": ["二、强化考核", "我讲两点:"],
        "一是": ["一是完善制度。"],
        "二是": ["二是严格奖惩。"],
    }


# Characters that end, strip or run on sentences, and where region bounds fall.
_SENTENCE_PIECES = ["甲", "。", "!", "?", "”", "】", ";", " ", "\u3000", "\n", "一是"]


@given(
    st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=30).map("".join),
    st.lists(st.floats(0, 1), min_size=1, max_size=8),
)
def test_sentences_split_regions_match_region_by_region(text: str, cuts: list[float]) -> None:
    bounds = sorted(int(c * len(text)) for c in cuts)
    expected = [split_sentences(text, a, b) for a, b in zip(bounds, bounds[1:])]
    assert split_regions(text, bounds) == expected
