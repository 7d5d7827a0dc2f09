"""Hostile and heavy text: no crash, bounded names, output and memory linear in the input.

Each ``test_issue_12_*`` case is an input that once failed: a 150-character share chain
that took 6 GB, a lone surrogate that crashed normalisation and JSON, a lone no-break
space left unaccounted for. Growth is checked by sizes (characters of JSON, bytes of
traced memory, lines and calls run: ``_work.py``), never by wall time.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from _invariants import HOSTILE, check
from _work import growth
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govspeech
from govspeech.parser.indicators.names import MAX_NAME, NAME_WINDOW

# Units of text whose repetition once made some part of the parse grow faster than the input.
REPEATING = {
    "share_chain": "1%1%占",  # each 占 share took the previous, already owned name as owner
    "base_chain": "由1%至2%",  # a base's name reached back to the sentence start
    "figures_one_line": "地区生产总值增长9.4%,",
    "changes_no_punctuation": "增长1%",
    "digit_run": "1234567890",
    "numbered_lines": "1.项目建设完成投资3亿元\n",
    "nested_markers": "一、甲\n(一)乙。一是丙。——丁\n",
    "listed_units": "分别为1、2万、3万平方公里,",  # items take the unit stated last
    "ratio_chain": "为预算的98%,增长1%",  # each ratio looked back over every record of its clause
    "spaced_markers": "工作安排 一、加强领导 ",  # one long line, a first item after each space
}

REGRESSIONS = Path(__file__).parent / "fixtures" / "hostile_regressions.jsonl"


def _names(doc: govspeech.Document) -> list[str]:
    return [ind.name or "" for ind in doc.indicators]


def test_issue_12_share_chain_names_stay_bounded() -> None:
    doc = govspeech.parse("1%1%占" * 30)  # 150 characters once took 22 s and 6.2 GB
    names = _names(doc)
    assert names, "the shares are still read"
    assert max(map(len, names)) <= MAX_NAME


@pytest.mark.parametrize("shape", sorted(REPEATING))
def test_issue_12_output_grows_linearly(shape: str) -> None:
    """Doubling the input at most doubles the JSON (plus a little), whatever repeats."""
    unit = REPEATING[shape]
    small = len(govspeech.parse(unit * 200).model_dump_json())
    large = len(govspeech.parse(unit * 800).model_dump_json())
    assert large <= 4.4 * small, (small, large)


@pytest.mark.parametrize("shape", sorted(REPEATING))
def test_issue_12_work_grows_linearly(shape: str) -> None:
    """Four times the input is about four times the work, whatever repeats: a scan that
    rereads the sentence or the records for each figure would make it sixteen."""
    unit = REPEATING[shape]
    assert growth(lambda reps: unit * reps, govspeech.parse, 120) < 5


@pytest.mark.parametrize("shape", sorted(REPEATING))
def test_issue_12_memory_grows_linearly(shape: str) -> None:
    """Peak traced memory per input character does not rise with the input's size."""
    per_char = []
    for reps in (500, 2000):
        text = REPEATING[shape] * reps
        tracemalloc.start()
        try:
            govspeech.parse(text)
            per_char.append(tracemalloc.get_traced_memory()[1] / len(text))
        finally:
            tracemalloc.stop()
    assert per_char[1] <= 1.5 * per_char[0] + 100, per_char


@pytest.mark.parametrize("text", ["\udfff區", "同志们:\n一、稳增长\udc80\n增长5%。", "\ud800"])
def test_issue_12_lone_surrogate_is_replaced_not_raised(text: str) -> None:
    doc = govspeech.parse(text)
    check(text, doc)
    texts = [s.text for speech in doc.speeches for s in speech.iter_sentences()]
    assert any("\ufffd" in s for s in texts)  # the normalised text holds U+FFFD in its place
    doc.model_dump_json()
    assert doc.length == len(text)  # offsets still count the surrogate


def test_issue_12_document_json_with_surrogates_in_path_and_text() -> None:
    doc = govspeech.parse("一、稳增长").model_copy(update={"path": "讲话\udcff.txt", "text": "一\udfff"})
    data = json.loads(doc.model_dump_json())
    assert data["path"] == "讲话\\xff.txt"  # the undecodable byte, escaped
    assert data["text"] == "一\ufffd"


@pytest.mark.parametrize("space", ["\xa0", "\u2028", "\u200b", "\x85 \xa0"])
def test_issue_12_unusual_white_space_is_accounted_for(space: str) -> None:
    doc = govspeech.parse(space)
    check(space, doc)
    assert doc.speeches or doc.noise


def _regressions() -> list[str]:
    return [json.loads(line) for line in REGRESSIONS.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("text", _regressions())
def test_hostile_input_regression_corpus(text: str) -> None:
    """Minimal inputs kept from fuzz runs (``benchmarks/fuzz.py`` appends new ones)."""
    doc = govspeech.parse(text)
    check(text, doc)
    doc.model_dump_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=40).map("".join))
def test_hostile_input_pieces_keep_the_invariants(text: str) -> None:
    doc = govspeech.parse(text)
    check(text, doc)
    doc.model_dump_json()
    # a name is read from a bounded window before its figure, plus at most a short owner
    assert all(len(name) <= NAME_WINDOW + MAX_NAME for name in _names(doc))
