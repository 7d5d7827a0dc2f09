"""Indicator records inside spaCy (issue #9, item 8): the same context-derived fields as parse."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

import govspeech

REPORT = (
    "2026年某市政府工作报告\n"
    "一、2025年工作回顾\n"
    "过去一年，全市生产总值增长5.6%。新建学校12所。\n"
    "二、2026年主要工作\n"
    "地区生产总值增长5.5%左右。建成物流配送中心8个。城镇调查失业率控制在5.5%以内。\n"
)
FIELDS = ("name", "period", "period_start", "period_end", "status", "bound", "key", "value")


def _fields(indicators: list[govspeech.Indicator]) -> list[tuple[object, ...]]:
    return [tuple(getattr(i, f) for f in FIELDS) + (i.change.bound if i.change else None,)
            for i in indicators]


def test_components_records_match_parse_with_structure() -> None:
    nlp = govspeech.load()
    doc = nlp(REPORT)
    spans = [span._.indicator for span in doc.spans["indicators"]]
    assert _fields(spans) == _fields(govspeech.parse(REPORT).indicators)
    by_name = {i.name: i for i in spans}
    # context from the heading: a count in a plan section is a 2026 target
    centres = by_name["建成物流配送中心"]
    assert (centres.status, centres.period, centres.period_end) == ("target", "2026年", "2026-12-31")
    assert by_name["地区生产总值"].key == "gdp"
    assert by_name["城镇调查失业率"].bound == "at_most"
    assert by_name["生产总值"].period_start == "2025-01-01"


def test_components_records_without_structure_use_the_doc_text() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_indicators")
    doc = nlp("地区生产总值增长5.5%左右。")
    (span,) = doc.spans["indicators"]
    record = span._.indicator
    # no heading, no date: nothing makes it a target or gives it a year
    assert (record.status, record.period, record.period_start) == ("actual", None, None)
    assert record.key == "gdp" and record.change is not None and record.change.bound == "around"
    doc = nlp(REPORT)
    labels = {span._.indicator.name: span.label_ for span in doc.spans["indicators"]}
    assert labels["建成物流配送中心"] == "target"
