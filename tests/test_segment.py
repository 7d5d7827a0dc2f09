"""pkuseg segmentation: the CTB8 model converted once into a cache, never a download.

The real CTB8 model is converted once per session into a temporary cache (about 10 s);
the tests skip when spaCy, spacy-pkuseg or pkuseg is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from govspeech.spacy_plugin import segmenter as segment
from govspeech.errors import ConfigError

HAS_PKUSEG = all(importlib.util.find_spec(name) for name in ("spacy_pkuseg", "pkuseg"))
NO_PKUSEG = 'needs spacy-pkuseg and pkuseg==0.0.12: pip install "govspeech[pkuseg]"'
needs_pkuseg = pytest.mark.skipif(not HAS_PKUSEG, reason=NO_PKUSEG)


def ctb8_test(test: Any) -> Any:
    """A test on the real CTB8 model: needs pkuseg, and is slow (conversion, loading)."""
    return needs_pkuseg(pytest.mark.slow(test))


SENTENCE = "地区生产总值完成244.4亿元,同比增长9.4%。"


def no_download(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("spacy-pkuseg tried to download a model")


@pytest.fixture(scope="session")
def ctb8(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The CTB8 model converted into a fresh cache, with the package folder's listing
    before and after the conversion."""
    if not HAS_PKUSEG:
        pytest.skip(NO_PKUSEG)
    import spacy_pkuseg

    package = segment.ctb8_model_dir()
    before = sorted(p.name for p in package.iterdir())
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spacy_pkuseg, "download_model", no_download)
        folder = segment.pkuseg_model_path(cache=cache)
    after = sorted(p.name for p in package.iterdir())
    return {"cache": cache, "folder": folder, "package": package, "before": before, "after": after}


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy_pkuseg

    monkeypatch.setattr(spacy_pkuseg, "download_model", no_download)


# --- cache folder -------------------------------------------------------------------


def test_segment_cache_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(segment.CACHE_ENV, str(tmp_path))
    assert segment.cache_dir() == tmp_path


def test_segment_cache_dir_default_is_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(segment.CACHE_ENV, raising=False)
    folder = segment.cache_dir()
    assert folder.name == "govspeech"
    assert folder.is_absolute()


# --- conversion ---------------------------------------------------------------------


@ctb8_test
def test_segment_ctb8_converted_into_cache(ctb8: dict[str, Any]) -> None:
    folder = ctb8["folder"]
    assert folder == ctb8["cache"] / "pkuseg-ctb8"
    assert (folder / "features.msgpack").is_file() and (folder / "weights.npz").is_file()
    # the text-format source files are not copied: the cache holds the binary model only
    assert not (folder / "model.txt").exists()


@ctb8_test
def test_segment_package_folder_untouched(ctb8: dict[str, Any]) -> None:
    assert ctb8["after"] == ctb8["before"]


@ctb8_test
def test_segment_cache_reused(ctb8: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_conversion(*args: Any) -> Path:
        raise AssertionError("converted again")

    monkeypatch.setattr(segment, "convert_pkuseg_model", no_conversion)
    mtime = (ctb8["folder"] / "weights.npz").stat().st_mtime_ns
    assert segment.pkuseg_model_path(cache=ctb8["cache"]) == ctb8["folder"]
    monkeypatch.setenv(segment.CACHE_ENV, str(ctb8["cache"]))
    assert segment.pkuseg_model_path() == ctb8["folder"]
    assert (ctb8["folder"] / "weights.npz").stat().st_mtime_ns == mtime


@needs_pkuseg
def test_segment_stale_cache_converted_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stale = tmp_path / "pkuseg-ctb8"
    stale.mkdir()
    for name in ("features.msgpack", "weights.npz"):
        (stale / name).write_bytes(b"")
    (stale / "govspeech-source.json").write_text(json.dumps({"source": "an older pkuseg"}))
    calls: list[tuple[Path, Path]] = []
    monkeypatch.setattr(segment, "convert_pkuseg_model", lambda s, t: calls.append((s, t)) or t)
    assert segment.pkuseg_model_path(cache=tmp_path) == stale
    assert calls == [(segment.ctb8_model_dir(), stale)]


@needs_pkuseg
def test_segment_user_text_model_converted_into_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Path, Path]] = []
    monkeypatch.setattr(segment, "convert_pkuseg_model", lambda s, t: calls.append((s, t)) or t)
    cache = tmp_path / "cache"
    package = segment.ctb8_model_dir()
    target = segment.pkuseg_model_path(package, cache=cache)
    assert calls == [(package, target)]
    assert target.parent == cache and target.name.startswith("pkuseg-")
    assert target.name != "pkuseg-ctb8"  # a user's folder never shadows the default


@ctb8_test
def test_segment_user_converted_model_used_in_place(ctb8: dict[str, Any]) -> None:
    assert (
        segment.pkuseg_model_path(ctb8["folder"], cache=ctb8["cache"] / "unused") == ctb8["folder"]
    )
    assert not (ctb8["cache"] / "unused").exists()


@pytest.mark.parametrize("files", [[], ["model.txt"]], ids=["empty", "incomplete"])
def test_segment_not_a_model_raises(tmp_path: Path, files: list[str]) -> None:
    for name in files:
        (tmp_path / name).write_text("")
    with pytest.raises(ConfigError):
        segment.pkuseg_model_path(tmp_path, cache=tmp_path / "cache")


def test_segment_convert_rejects_non_model(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        segment.convert_pkuseg_model(tmp_path, tmp_path / "out")


# --- segmenting ---------------------------------------------------------------------


@ctb8_test
def test_segment_load_segmenter_cuts_words(
    ctb8: dict[str, Any], monkeypatch: pytest.MonkeyPatch, offline: None
) -> None:
    monkeypatch.setenv(segment.CACHE_ENV, str(ctb8["cache"]))
    words = segment.load_segmenter().cut(SENTENCE)
    assert "".join(words) == SENTENCE
    assert any(len(word) > 1 for word in words)  # words, not characters
    # a segmenter trained on CTB keeps a decimal number in one word
    bounds = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
    for number in ("244.4", "9.4"):
        start = SENTENCE.index(number)
        assert not bounds & set(range(start + 1, start + len(number)))


@ctb8_test
def test_segment_govspeech_load_pkuseg(ctb8: dict[str, Any], offline: None) -> None:
    import govspeech

    nlp = govspeech.load(segmenter="pkuseg", pkuseg_model=ctb8["folder"])
    assert nlp.pipe_names == ["govspeech_structure", "govspeech_indicators"]
    bare = segment.load_segmenter(ctb8["folder"]).cut(SENTENCE)
    doc = nlp(SENTENCE)
    assert [token.text for token in doc] == bare
    assert doc._.govspeech.length == len(SENTENCE)
    for span in doc.spans["indicators"]:
        assert span._.indicator in doc._.govspeech.indicators
    # nlp.initialize() re-reads [initialize.tokenizer]: the same local model, no download
    nlp.initialize()
    assert [token.text for token in nlp(SENTENCE)] == bare


@ctb8_test
def test_segment_pkuseg_pipeline_reloads_offline(ctb8: dict[str, Any], tmp_path: Path) -> None:
    import govspeech

    nlp = govspeech.load(segmenter="pkuseg", pkuseg_model=ctb8["folder"])
    nlp.to_disk(tmp_path / "pipeline")
    expected = [token.text for token in nlp(SENTENCE)]
    # a fresh process with an empty cache and downloads made to fail
    code = f"""
import json, spacy, spacy_pkuseg
def fail(*args, **kwargs):
    raise SystemExit("download attempted")
spacy_pkuseg.download_model = fail
nlp = spacy.load({str(tmp_path / "pipeline")!r})
doc = nlp({SENTENCE!r})
print(json.dumps({{"tokens": [t.text for t in doc], "pipes": nlp.pipe_names,
                   "document": type(doc._.govspeech).__name__}}))
"""
    env = {
        **os.environ,
        segment.CACHE_ENV: str(tmp_path / "empty-cache"),
        "PKUSEG_HOME": str(tmp_path / "pkuseg-home"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out == {
        "tokens": expected,
        "pipes": ["govspeech_structure", "govspeech_indicators"],
        "document": "Document",
    }
    assert not (tmp_path / "empty-cache").exists()
    assert not (tmp_path / "pkuseg-home").exists()
