"""The spaCy components: entry points, sentences, span groups, serialisation, scoring.

Most tests run the components over one hand-built Document (``TREE`` below), injected
through a registered parse function, so that what they assert follows from the tree
and the rules of the components alone.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.util import registry

import govspeech
from govspeech.spacy_plugin.components import IndicatorsComponent, StructureComponent
from govspeech.errors import ConfigError, GovspeechWarning
from govspeech.spacy_plugin.extensions import DEFAULT_ATTRS, install_extensions
from govspeech.models import (
    Change,
    Document,
    Indicator,
    Part,
    Point,
    Sentence,
    Speech,
)

TEXT = (
    "关于经济工作的讲话\n"
    "同志们:\n"
    "一、主要成绩\n"
    "地区生产总值完成244.4亿元,同比增长9.4%。财政收入增长12%。\n"
    "(一)工业\n"
    "工业增加值增长10%。\n"
    "二、下一步工作\n"
    "力争全年增长8%左右。\n"
)


def at(sub: str) -> tuple[int, int]:
    """Offsets of a substring that occurs once in TEXT."""
    assert TEXT.count(sub) == 1, sub
    start = TEXT.index(sub)
    return start, start + len(sub)


def sentence(sub: str, indicators: list[Indicator]) -> Sentence:
    start, end = at(sub)
    return Sentence(text=sub, start=start, end=end, indicators=indicators)


def rise(sub: str, value: float, kind: str | None = None) -> Change:
    start, end = at(sub)
    return Change(kind=kind, direction="up", value=value, unit="%", start=start, end=end)


GDP = Indicator(
    name="地区生产总值",
    value=244.4,
    unit="亿元",
    change=rise("9.4%", 9.4, "同比"),
    start=at("244.4亿元")[0],
    end=at("244.4亿元")[1],
)
REVENUE = Indicator(name="财政收入", change=rise("12%", 12))  # change only: no level
INDUSTRY = Indicator(name="工业增加值", change=rise("10%", 10))
GROWTH = Indicator(period="全年", status="target", approximate=True, change=rise("8%", 8))
S1 = sentence("地区生产总值完成244.4亿元,同比增长9.4%。", [GDP])
S2 = sentence("财政收入增长12%。", [REVENUE])
S3 = sentence("工业增加值增长10%。", [INDUSTRY])
S4 = sentence("力争全年增长8%左右。", [GROWTH])
POINT = Point(
    marker="(一)",
    number=1,
    style="paren_cn",
    heading="工业",
    start=at("(一)工业")[0],
    end=S3.end,
    sentences=[S3],
)
PART1 = Part(
    marker="一、",
    number=1,
    style="cn_dun",
    heading="主要成绩",
    start=at("一、主要成绩")[0],
    end=S3.end,
    points=[POINT],
    sentences=[S1, S2],
)
PART2 = Part(
    marker="二、",
    number=2,
    style="cn_dun",
    heading="下一步工作",
    start=at("二、下一步工作")[0],
    end=S4.end,
    sentences=[S4],
)
TREE = Document(
    length=len(TEXT),
    speeches=[
        Speech(
            title="关于经济工作的讲话",
            salutation="同志们",
            start=0,
            end=len(TEXT),
            parts=[PART1, PART2],
        )
    ],
)
INDICATORS = [GDP, REVENUE, INDUSTRY, GROWTH]

# Sentences start where the tree's sentences start; a heading line between two
# sentences opens a segment of its own; the newline after a sentence stays with it.
EXPECTED_SENTS = [
    "关于经济工作的讲话\n同志们:\n一、主要成绩\n",
    "地区生产总值完成244.4亿元,同比增长9.4%。",
    "财政收入增长12%。\n",
    "(一)工业\n",
    "工业增加值增长10%。\n",
    "二、下一步工作\n",
    "力争全年增长8%左右。\n",
]


def fake_parse(text: str) -> Document:
    return TREE if text == TEXT else Document(length=len(text))


def empty_parse(text: str) -> Document:
    return Document(length=len(text))


@registry.misc("test_components.fake_parse.v1")
def make_fake_parse() -> object:
    return fake_parse


@registry.misc("test_components.empty_parse.v1")
def make_empty_parse() -> object:
    return empty_parse


FAKE = {"parse": {"@misc": "test_components.fake_parse.v1"}}
EMPTY = {"parse": {"@misc": "test_components.empty_parse.v1"}}


@pytest.fixture
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_structure", config=FAKE)
    nlp.add_pipe("govspeech_indicators", config=FAKE)
    return nlp


@pytest.fixture
def fresh_names() -> Iterator[list[tuple[type, str]]]:
    """Extensions a test installs under its own names, removed afterwards."""
    created: list[tuple[type, str]] = []
    yield created
    for cls, name in created:
        if cls.has_extension(name):
            cls.remove_extension(name)


def texts(spans: object) -> list[str]:
    return [span.text for span in spans]  # type: ignore[attr-defined]


def check_doc(doc: Doc) -> None:
    """Everything the two components promise for TEXT."""
    assert doc._.govspeech == TREE
    assert doc._.speech == TREE.speeches[0]
    assert [s.text for s in doc.sents] == EXPECTED_SENTS
    assert texts(doc.spans["parts"]) == [TEXT[p.start : p.end] for p in (PART1, PART2)]
    assert [span._.node for span in doc.spans["parts"]] == [PART1, PART2]
    assert [span.label_ for span in doc.spans["parts"]] == ["cn_dun", "cn_dun"]
    assert texts(doc.spans["points"]) == ["(一)工业\n工业增加值增长10%。"]
    assert doc.spans["points"][0]._.node == POINT
    assert texts(doc.spans["indicators"]) == ["244.4亿元", "12%", "10%", "8%"]
    assert [span._.indicator for span in doc.spans["indicators"]] == INDICATORS
    assert [span.label_ for span in doc.spans["indicators"]] == [
        "actual",
        "actual",
        "actual",
        "target",
    ]


def run_python(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


# --- entry points and imports -------------------------------------------------------


def test_components_entry_points_without_importing_govspeech(tmp_path: Path) -> None:
    code = f"""
import json, sys
import spacy
assert "govspeech" not in sys.modules
text = {TEXT!r}
nlp = spacy.blank("zh")
nlp.add_pipe("govspeech_structure")
nlp.add_pipe("govspeech_indicators")
doc = nlp(text)
document = doc._.govspeech
spans = doc.spans["indicators"]
print(json.dumps({{
    "modules": [type(nlp.get_pipe(n)).__module__ for n in nlp.pipe_names],
    "document": type(document).__name__,
    "length": document.length,
    "found": [s._.indicator in document.indicators for s in spans],
    "n_spans": len(spans),
    "n_indicators": len(document.indicators),
}}))
"""
    result = run_python(code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["modules"] == ["govspeech.spacy_plugin.components", "govspeech.spacy_plugin.components"]
    assert out["document"] == "Document"
    assert out["length"] == len(TEXT)
    assert all(out["found"])
    assert out["n_spans"] <= out["n_indicators"]


def test_components_not_imported_by_package() -> None:
    heavy = ("spacy", "govspeech.spacy_plugin.components", "govspeech.spacy_plugin.extensions", "govspeech.spacy_plugin.segmenter")
    code = f"import sys, govspeech; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- what the components set --------------------------------------------------------


def test_components_structure_and_indicators(nlp: spacy.language.Language) -> None:
    check_doc(nlp(TEXT))


def test_components_indicators_alone_parse_and_store_document() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_indicators", config=FAKE)
    doc = nlp(TEXT)
    assert doc._.govspeech == TREE
    assert [span._.indicator for span in doc.spans["indicators"]] == INDICATORS
    assert "parts" not in doc.spans


def test_components_parse_once_per_doc() -> None:
    calls: list[str] = []

    def counting_parse(text: str) -> Document:
        calls.append(text)
        return fake_parse(text)

    nlp = spacy.blank("zh")
    structure = StructureComponent(nlp, parse=counting_parse)
    indicators = IndicatorsComponent(nlp, parse=counting_parse)
    doc = indicators(structure(nlp.make_doc(TEXT)))
    assert calls == [TEXT]
    assert doc.spans["indicators"][0]._.indicator == GDP


def test_components_expand_misaligned_tokens() -> None:
    nlp = spacy.blank("zh")
    # three-character tokens cut through numbers, units and sentence ends
    words = [TEXT[i : i + 3] for i in range(0, len(TEXT), 3)]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc = IndicatorsComponent(nlp, parse=fake_parse)(StructureComponent(nlp, parse=fake_parse)(doc))
    for span, indicator in zip(doc.spans["indicators"], INDICATORS, strict=True):
        start = indicator.start if indicator.start is not None else indicator.change.start
        end = indicator.end if indicator.end is not None else indicator.change.end
        assert span._.indicator == indicator
        assert span.start_char <= start < span.start_char + 3
        assert span.end_char - 3 < end <= span.end_char
    sent_starts = [s.start_char for s in doc.sents]
    for tree_sentence in (S1, S2, S3, S4):
        assert any(s <= tree_sentence.start < s + 3 for s in sent_starts)


def test_components_real_parser_spans_match_document() -> None:
    doc = govspeech.load()(TEXT)
    document = doc._.govspeech
    assert isinstance(document, Document)
    assert document.length == len(TEXT)
    sent_starts = {s.start_char for s in doc.sents}
    for speech in document.speeches:
        for tree_sentence in speech.iter_sentences():
            assert tree_sentence.start in sent_starts
    for span in doc.spans["indicators"]:
        assert span._.indicator in document.indicators
    for span in list(doc.spans["parts"]) + list(doc.spans["points"]):
        assert (span.start_char, span.end_char) == (span._.node.start, span._.node.end)


def test_components_shared_tokens_keep_first_indicator() -> None:
    text = "增长10%。"
    start, end = text.index("10%"), text.index("10%") + 3
    first = Indicator(name="甲", value=10, unit="%", start=start, end=end)
    second = Indicator(name="乙", value=10, unit="%", start=start, end=end)
    tree = Document(
        length=len(text),
        speeches=[
            Speech(
                start=0,
                end=len(text),
                preamble=[Sentence(text=text, start=0, end=len(text), indicators=[first, second])],
            )
        ],
    )
    nlp = spacy.blank("zh")
    component = IndicatorsComponent(nlp, parse=lambda _: tree)
    with pytest.warns(GovspeechWarning, match=r"\[W104\]"):
        doc = component(nlp.make_doc(text))
    assert [span._.indicator for span in doc.spans["indicators"]] == [first]


def test_components_offsets_outside_text_warn() -> None:
    text = "增长10%。"
    lost = Indicator(name="甲", value=10, unit="%", start=50, end=53)
    tree = Document(
        length=len(text),
        speeches=[
            Speech(
                start=0,
                end=len(text),
                preamble=[Sentence(text=text, start=0, end=len(text), indicators=[lost])],
            )
        ],
    )
    nlp = spacy.blank("zh")
    with pytest.warns(GovspeechWarning, match=r"\[W103\]"):
        doc = IndicatorsComponent(nlp, parse=lambda _: tree)(nlp.make_doc(text))
    assert len(doc.spans["indicators"]) == 0


# --- a user's pipeline --------------------------------------------------------------


def test_components_override_sentencizer_before_them() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("govspeech_structure", config=FAKE)
    nlp.add_pipe("govspeech_indicators", config=FAKE)
    check_doc(nlp(TEXT))


@pytest.mark.parametrize(
    "config", [{**FAKE, "set_sents": False}, EMPTY], ids=["set_sents_false", "no_sentences"]
)
def test_components_keep_sentencizer_boundaries(config: dict[str, object]) -> None:
    alone = spacy.blank("zh")
    alone.add_pipe("sentencizer")
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("govspeech_structure", config=config)
    assert texts(nlp(TEXT).sents) == texts(alone(TEXT).sents)


def test_components_no_sentences_one_segment() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_structure", config=EMPTY)
    assert texts(nlp(TEXT).sents) == [TEXT]


def test_components_parsed_doc_keeps_its_sentences() -> None:
    nlp = spacy.blank("zh")
    words = list(TEXT)
    # a flat dependency tree: every token hangs from the first
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False] * len(words),
        heads=[0] * len(words),
        deps=["ROOT"] + ["dep"] * (len(words) - 1),
    )
    before = texts(doc.sents)
    with pytest.warns(GovspeechWarning, match=r"\[W102\]"):
        doc = StructureComponent(nlp, parse=fake_parse)(doc)
    assert texts(doc.sents) == before
    assert [span._.node for span in doc.spans["parts"]] == [PART1, PART2]


def test_components_renamed_attrs(fresh_names: list[tuple[type, str]]) -> None:
    attrs = {
        "doc_document": "gs_tree",
        "doc_speech": "gs_speech",
        "span_indicator": "gs_figure",
        "group_indicators": "gs_figures",
        "group_parts": "gs_parts",
    }
    fresh_names += [(Doc, "gs_tree"), (Doc, "gs_speech"), (Span, "gs_figure")]
    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_structure", config={**FAKE, "attrs": attrs})
    nlp.add_pipe("govspeech_indicators", config={**FAKE, "attrs": attrs})
    doc = nlp(TEXT)
    assert doc._.gs_tree == TREE
    assert doc._.gs_speech == TREE.speeches[0]
    assert [span._.gs_figure for span in doc.spans["gs_figures"]] == INDICATORS
    assert [span._.node for span in doc.spans["gs_parts"]] == [PART1, PART2]
    assert "indicators" not in doc.spans and "parts" not in doc.spans


# --- extensions ---------------------------------------------------------------------


def test_extensions_install_is_idempotent() -> None:
    first = install_extensions()
    before = {name: Doc.get_extension(name) for name in ("govspeech", "speech")}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert install_extensions() == first == DEFAULT_ATTRS
        assert install_extensions({}) == first
    assert {name: Doc.get_extension(name) for name in ("govspeech", "speech")} == before


def test_extensions_foreign_attribute_is_left_alone(
    fresh_names: list[tuple[type, str]],
) -> None:
    fresh_names += [(Doc, "gs_taken"), (Doc, "gs_tree2")]
    Doc.set_extension("gs_taken", getter=lambda doc: "someone else's")
    with pytest.warns(GovspeechWarning, match=r"\[W101\].*gs_taken"):
        install_extensions({"doc_document": "gs_tree2", "doc_speech": "gs_taken"})
    assert spacy.blank("zh")("文")._.gs_taken == "someone else's"


def test_extensions_renamed_document_needs_renamed_speech(
    fresh_names: list[tuple[type, str]],
) -> None:
    # doc._.speech already reads doc._.govspeech; it cannot also read another name
    fresh_names += [(Doc, "gs_tree3")]
    install_extensions()
    with pytest.warns(GovspeechWarning, match=r"\[W101\].*'speech'"):
        install_extensions({"doc_document": "gs_tree3"})


@pytest.mark.parametrize(
    "attrs", [{"doc_tree": "x"}, {"doc_document": "not a name"}, {"span_node": ""}]
)
def test_extensions_bad_attrs_raise(attrs: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        install_extensions(attrs)
    with pytest.raises(ConfigError):
        spacy.blank("zh").add_pipe("govspeech_indicators", config={"attrs": attrs})


# --- serialisation ------------------------------------------------------------------


def test_components_to_disk_and_spacy_load(nlp: spacy.language.Language, tmp_path: Path) -> None:
    renamed = spacy.blank("zh")
    renamed.add_pipe("govspeech_indicators", config={**FAKE, "attrs": {"group_indicators": "figs"}})
    nlp.to_disk(tmp_path / "pipeline")
    renamed.to_disk(tmp_path / "renamed")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["govspeech_structure", "govspeech_indicators"]
    check_doc(loaded(TEXT))
    reloaded = spacy.blank("zh")
    reloaded.add_pipe("govspeech_structure", config=FAKE)
    reloaded.add_pipe("govspeech_indicators", config=FAKE)
    check_doc(reloaded.from_disk(tmp_path / "pipeline")(TEXT))
    renamed_doc = spacy.load(tmp_path / "renamed")(TEXT)
    assert [span._.indicator for span in renamed_doc.spans["figs"]] == INDICATORS


def test_components_doc_bytes_keep_models(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    check_doc(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
    check_doc(pickle.loads(pickle.dumps(doc)))
    docbin = DocBin(store_user_data=True, docs=[doc])
    (restored,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    check_doc(restored)


def test_components_pipe_n_process_2(nlp: spacy.language.Language) -> None:
    docs = list(nlp.pipe([TEXT, "没有讲话。", TEXT, TEXT], n_process=2, batch_size=1))
    for doc in (docs[0], docs[2], docs[3]):
        check_doc(doc)
    assert docs[1]._.govspeech == Document(length=len("没有讲话。"))
    assert len(docs[1].spans["indicators"]) == 0


# --- scoring ------------------------------------------------------------------------


def test_components_score_perfect(nlp: spacy.language.Language) -> None:
    examples = [Example(nlp(TEXT), nlp(TEXT))]
    structure = nlp.get_pipe("govspeech_structure").score(examples)
    assert (structure["sents_p"], structure["sents_r"]) == (1.0, 1.0)
    assert structure["spans_parts_f"] == structure["spans_points_f"] == 1.0
    scores = nlp.evaluate(examples)
    assert scores["sents_f"] == scores["spans_indicators_f"] == 1.0


def test_components_score_counts_misses(nlp: spacy.language.Language) -> None:
    predicted = nlp(TEXT)
    reference = nlp.make_doc(TEXT)
    # the reference joins the 3rd sentence to the 2nd: 7 predicted, 6 gold, 5 shared
    sents = list(predicted.sents)
    starts = {s.start for s in sents} - {sents[2].start}
    for token in reference:
        token.is_sent_start = token.i in starts
    # and names only three of the four indicators
    reference.spans["indicators"] = [
        reference.char_span(s.start_char, s.end_char)
        for s in list(predicted.spans["indicators"])[:3]
    ]
    examples = [Example(predicted, reference)]
    structure = nlp.get_pipe("govspeech_structure").score(examples)
    assert structure["sents_p"] == pytest.approx(5 / 7)
    assert structure["sents_r"] == pytest.approx(5 / 6)
    assert structure["spans_parts_f"] is None  # the reference has no parts group
    found = nlp.get_pipe("govspeech_indicators").score(examples)
    assert found["spans_indicators_p"] == pytest.approx(3 / 4)
    assert found["spans_indicators_r"] == 1.0


# --- govspeech.load -----------------------------------------------------------------


def test_components_load_char_pipeline() -> None:
    nlp = govspeech.load()
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["govspeech_structure", "govspeech_indicators"]
    doc = nlp("地区生产总值增长9.4%。")
    assert [len(token) for token in doc] == [1] * len("地区生产总值增长9.4%。")


def test_components_load_attrs(fresh_names: list[tuple[type, str]]) -> None:
    fresh_names += [(Doc, "gs_loaded"), (Doc, "gs_loaded_speech")]
    attrs = {"doc_document": "gs_loaded", "doc_speech": "gs_loaded_speech"}
    doc = govspeech.load(attrs=attrs)(TEXT)
    assert isinstance(doc._.gs_loaded, Document)
    assert doc._.gs_loaded_speech == (doc._.gs_loaded.speeches or [None])[0]


@pytest.mark.parametrize(
    "kwargs",
    [{"segmenter": "icu"}, {"segmenter": "char", "pkuseg_model": "somewhere"}],
    ids=["unknown_segmenter", "model_without_pkuseg"],
)
def test_components_load_bad_arguments(kwargs: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        govspeech.load(**kwargs)


@pytest.mark.skipif(importlib.util.find_spec("jieba") is not None, reason="jieba is installed")
def test_components_load_jieba_missing() -> None:
    with pytest.raises(ImportError, match="[Jj]ieba"):
        govspeech.load(segmenter="jieba")
