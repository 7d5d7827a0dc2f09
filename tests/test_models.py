"""The public models as the parser builds them (``models.trusted``): the same objects, field
for field and type for type, that validating the same data gives."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import BaseModel

import govspeech
from govspeech.models import Change, Document, Indicator, Noise, Sentence, trusted

from _fixtures import SPEECH

TEXTS = [
    SPEECH,
    "区委书记在全区经济工作会议上的讲话\n同志们:\n一、回顾\n(一)稳增长。一是抓项目,完成投资30亿元,"
    "由78微克/立方米降至35微克/立方米。——增长6%—6.5%左右。\n二、任务\n力争增长7%以上。\n同志们,努力奋斗!\n"
    "来源:某区人民政府",
    "",
]


def _models(model: BaseModel) -> list[BaseModel]:
    """The model and every model below it."""
    found = [model]
    for value in model.__dict__.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                found.extend(_models(item))
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_models_parse_builds_what_validation_builds(text: str) -> None:
    doc = govspeech.parse(text)
    validated = Document.model_validate(doc.model_dump())
    # repr shows field order and value types (30 against 30.0), which == does not
    assert repr(doc) == repr(validated)
    assert doc == validated
    assert doc.model_dump_json() == validated.model_dump_json()
    for model in _models(doc)[1:]:
        assert list(model.__dict__) == list(type(model).model_fields), type(model).__name__
        assert model.model_fields_set == set(type(model).model_fields)
    # the file fields are parse_file's: a parse leaves them unset
    assert doc.model_fields_set == {"length", "speeches", "noise"}
    assert "path" not in doc.model_dump(exclude_unset=True)


def test_models_trusted_instances_behave_as_validated_ones() -> None:
    values = {"kind": "同比", "direction": "up", "value": 9.4, "unit": "%", "start": 3, "end": 7,
              "bound": None, "value_high": None}
    built, validated = trusted(Change, dict(values)), Change.model_validate(values)
    assert built == validated and hash(repr(built)) == hash(repr(validated))
    # frozen, as validated models are
    with pytest.raises(Exception, match="frozen"):
        built.value = 1.0  # type: ignore[misc]
    # copies, with and without update, do not touch the fields-set the instances share
    shared = built.model_fields_set
    updated = built.model_copy(update={"value": 1.0})
    assert updated.value == 1.0 and built.value == 9.4
    assert copy.deepcopy(built) == built and copy.copy(built) == built
    assert built.model_fields_set is shared and shared == set(Change.model_fields)
    assert pickle.loads(pickle.dumps(built)) == validated
    # every attribute pydantic keeps per instance is set, as model_construct sets it
    reference = Change.model_construct(**values)
    for slot in BaseModel.__slots__:
        assert getattr(built, slot) == getattr(reference, slot), slot


def test_models_trusted_shares_one_fields_set_per_class() -> None:
    doc = govspeech.parse("地区生产总值增长9.4%,财政收入增长5%。\n来源:某区")
    indicators = doc.indicators
    assert len(indicators) == 2
    assert indicators[0].model_fields_set is indicators[1].model_fields_set
    assert indicators[0].change is not None and indicators[1].change is not None
    assert indicators[0].change.model_fields_set is indicators[1].change.model_fields_set
    sentence = doc.speeches[0].preamble[0]
    assert isinstance(sentence, Sentence) and isinstance(indicators[0], Indicator)
    assert all(isinstance(n, Noise) for n in doc.noise)
