"""pkuseg word segmentation without downloads: the CTB8 model of the ``pkuseg`` wheel.

spacy-pkuseg's named models (``spacy_ontonotes``, ``news``, …) are fetched from the
internet on first use; govspeech never names them. It uses the CTB8 model that the
``pkuseg==0.0.12`` wheel ships in ``pkuseg/models/ctb8``, in pkuseg's original text
format. spacy-pkuseg reads that format slowly (about 10 s) and writes its own binary
files (``features.msgpack``, ``weights.npz``) *into the folder it reads*, so the
conversion runs in a scratch folder of links, once, and the result is kept in the user
cache, where later loads take about 2 s:

- ``$GOVSPEECH_CACHE_DIR`` if set, else the platform cache folder
  (``~/.cache/govspeech`` on Linux, ``~/Library/Caches/govspeech`` on macOS,
  ``%LOCALAPPDATA%\\govspeech`` on Windows);
- ``pkuseg-ctb8/`` inside it for CTB8, ``pkuseg-<hash>/`` for a user's text-format model.

>>> from govspeech.spacy_plugin.segmenter import load_segmenter
>>> load_segmenter().cut("地区生产总值增长9.4%")  # doctest: +SKIP
['地区', '生产', '总值', '增长', '9.4%']
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from govspeech.errors import ConfigError

__all__ = [
    "CACHE_ENV",
    "cache_dir",
    "convert_pkuseg_model",
    "ctb8_model_dir",
    "load_segmenter",
    "pkuseg_model_path",
]

CACHE_ENV = "GOVSPEECH_CACHE_DIR"
_CONVERTED = ("features.msgpack", "weights.npz")  # spacy-pkuseg's binary format
_TEXT_FORMAT = ("model.txt", "unigram_word.txt", "bigram_word.txt", "tagIndex.txt")
_STAMP = "govspeech-source.json"  # which source a cached conversion was made from
_INSTALL_HINT = 'install it with: pip install "govspeech[pkuseg]"'


def cache_dir() -> Path:
    """The govspeech cache folder: ``$GOVSPEECH_CACHE_DIR`` or the platform's cache."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "govspeech"


def ctb8_model_dir() -> Path:
    """The CTB8 model folder inside the installed ``pkuseg`` package (not imported).

    Raises:
        ImportError: ``pkuseg`` is not installed.
        ConfigError: The package has no ``models/ctb8`` folder (another version).
    """
    spec = importlib.util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the CTB8 model comes with the pkuseg package; {_INSTALL_HINT}")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models" / "ctb8"
    if not _has(folder, _TEXT_FORMAT):
        raise ConfigError(f"no CTB8 model in {folder}; govspeech expects pkuseg==0.0.12")
    return folder


def convert_pkuseg_model(source: str | Path, target: str | Path) -> Path:
    """Convert a pkuseg text-format model folder into spacy-pkuseg's format.

    ``source`` is only read. ``target`` is replaced as a whole, so a concurrent or
    interrupted conversion never leaves a half-written model behind.

    Args:
        source: A folder with ``model.txt``, ``unigram_word.txt``, ``featureIndex.txt_*``, ….
        target: The folder to create with ``features.msgpack`` and ``weights.npz``.

    Returns:
        ``target``.

    Raises:
        ConfigError: ``source`` is not a pkuseg text-format model.
        ImportError: spacy-pkuseg is not installed.
    """
    source, target = Path(source).resolve(), Path(target)
    if not _has(source, _TEXT_FORMAT):
        raise ConfigError(f"{source} is not a pkuseg model folder (no model.txt, tagIndex.txt, …)")
    spacy_pkuseg = _import_spacy_pkuseg()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}-") as scratch:
        work = Path(scratch) / "work"
        work.mkdir()
        for file in source.iterdir():
            if file.is_file() and file.suffix != ".py":
                _link_or_copy(file, work / file.name)
        # spacy-pkuseg reports each format it tries on stderr; the fallbacks are expected
        with contextlib.redirect_stderr(io.StringIO()):
            spacy_pkuseg.pkuseg(str(work), user_dict=None)
        ready = Path(scratch) / "ready"
        ready.mkdir()
        for name in _CONVERTED:
            shutil.move(str(work / name), ready / name)
        (ready / _STAMP).write_text(json.dumps(_fingerprint(source)), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        try:
            os.replace(ready, target)
        except OSError:
            # another process finished the same conversion first: use its result
            if not _has(target, _CONVERTED):
                raise
    return target


def pkuseg_model_path(model: str | Path | None = None, *, cache: str | Path | None = None) -> Path:
    """A folder spaCy's pkuseg tokenizer can load, converting into the cache when needed.

    Args:
        model: ``None`` for the CTB8 model of the ``pkuseg`` wheel; or a model folder,
            used as it is when already in spacy-pkuseg's format, converted once into
            the cache when in pkuseg's text format.
        cache: The cache folder; :func:`cache_dir` by default.

    Returns:
        A folder holding ``features.msgpack`` and ``weights.npz``.

    Raises:
        ConfigError: ``model`` is not a pkuseg model folder.
        ImportError: ``pkuseg`` (for CTB8) or spacy-pkuseg is not installed.
    """
    root = Path(cache) if cache is not None else cache_dir()
    if model is None:
        source, target = ctb8_model_dir(), root / "pkuseg-ctb8"
    else:
        source = Path(model).expanduser().resolve()
        if _has(source, _CONVERTED):
            return source
        if not _has(source, _TEXT_FORMAT):
            raise ConfigError(
                f"{model} is not a pkuseg model folder: expected features.msgpack and "
                f"weights.npz, or pkuseg's model.txt, tagIndex.txt, …"
            )
        digest = hashlib.sha1(str(source).encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
        target = root / f"pkuseg-{digest}"
    if _has(target, _CONVERTED) and _stamp(target) == _fingerprint(source):
        return target
    return convert_pkuseg_model(source, target)


def load_segmenter(model: str | Path | None = None, *, user_dict: str | None = "default") -> Any:
    """A bare ``spacy_pkuseg.pkuseg`` segmenter on the model of :func:`pkuseg_model_path`.

    Args:
        model: As for :func:`pkuseg_model_path`.
        user_dict: spacy-pkuseg's ``user_dict``: ``"default"``, a file path, or ``None``.

    Returns:
        The segmenter; ``.cut(text)`` returns the words.
    """
    folder = pkuseg_model_path(model)
    return _import_spacy_pkuseg().pkuseg(str(folder), user_dict=user_dict)


def _import_spacy_pkuseg() -> Any:
    try:
        import spacy_pkuseg
    except ImportError:
        raise ImportError(f"spacy-pkuseg is not installed; {_INSTALL_HINT}") from None
    return spacy_pkuseg


def _has(folder: Path, names: tuple[str, ...]) -> bool:
    return all((folder / name).is_file() for name in names)


def _link_or_copy(file: Path, link: Path) -> None:
    try:
        link.symlink_to(file)
    except OSError:  # e.g. Windows without the symlink privilege
        shutil.copy2(file, link)


def _fingerprint(source: Path) -> dict[str, Any]:
    """Identify a source model: a reinstalled or edited pkuseg model is converted again."""
    weights = (source / "model.txt").stat()
    return {"source": str(source), "size": weights.st_size, "mtime_ns": weights.st_mtime_ns}


def _stamp(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
