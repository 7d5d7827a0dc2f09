"""The public face: a sorted ``__all__``, light imports, the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import govspeech
from govspeech.errors import GovspeechError, InputError


def test_api_all_is_sorted_and_complete() -> None:
    assert govspeech.__all__ == sorted(govspeech.__all__)
    for name in govspeech.__all__:
        assert hasattr(govspeech, name), name
    for name in ("parse", "parse_file", "Document", "Speech", "Part", "Point", "Sentence",
                 "Indicator", "Change", "Base", "Noise", "GovspeechError", "__version__"):
        assert name in govspeech.__all__


def test_api_import_is_light() -> None:
    """``import govspeech`` and a parse must not pull in spaCy or the CLI library."""
    code = (
        "import sys, govspeech; govspeech.parse('同志们:\\n一、稳增长'); "
        "heavy = [m for m in ('spacy', 'click', 'dask', 'docx', 'pyarrow') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("bad", [None, b"\xe4\xb8\x80", 42, ["一、"]])
def test_api_parse_rejects_non_strings(bad: object) -> None:
    with pytest.raises(InputError):
        govspeech.parse(bad)  # type: ignore[arg-type]
    assert issubclass(InputError, GovspeechError)


def test_api_empty_string_gives_empty_document() -> None:
    doc = govspeech.parse("")
    assert doc.length == 0 and doc.speeches == [] and doc.noise == []


def test_api_json_contract_fields() -> None:
    """The fields the scorer reads (GUIDE §4) are present under their public names."""
    doc = govspeech.parse("开幕讲话\n同志们:\n一、稳增长\n地区生产总值完成244.4亿元,同比增长9.4%。")
    data = json.loads(doc.model_dump_json())
    speech = data["speeches"][0]
    assert {"title", "start", "end", "parts"} <= speech.keys()
    part = speech["parts"][0]
    assert {"marker", "number", "heading", "start", "end", "points", "sentences"} <= part.keys()
    indicator = next(s for s in part["sentences"] if s["indicators"])["indicators"][0]
    assert {"name", "value", "unit", "start", "end", "status", "period", "change", "base"} <= indicator.keys()
    assert {"kind", "direction", "value", "unit", "start", "end"} <= indicator["change"].keys()


def test_api_schema_describes_document() -> None:
    from govspeech.corpus.export import json_schema

    schema = json_schema()
    assert schema["title"] == "Document"
    assert {"Speech", "Part", "Point", "Sentence", "Indicator", "Noise"} <= schema["$defs"].keys()
    part = schema["$defs"]["Part"]["properties"]
    assert part["number"]["anyOf"] == [{"type": "integer"}, {"type": "null"}]
