"""The names the spaCy components write: ``._`` attributes and span groups, as one table.

Every name can be changed through the ``attrs`` setting of a component or of
:func:`govspeech.load`, keyed by the table's ``key`` column::

    nlp.add_pipe("govspeech_structure", config={"attrs": {"doc_document": "gs"}})
    doc._.gs  # the Document

:func:`install_extensions` registers the attributes and is idempotent: it never
overwrites an attribute that already exists (``force=True`` would silently break another
plugin that uses the same name; rename through ``attrs`` instead).

Importing this module also teaches spaCy's msgpack serialiser the govspeech models, so
``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(..., n_process=2)``
carry ``doc._.govspeech`` and ``span._.indicator`` across as the models themselves.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import srsly  # type: ignore[import-untyped]
from pydantic import BaseModel
from spacy.tokens import Doc, Span

from govspeech.errors import ConfigError, GovspeechWarning
from govspeech.models import (
    Base,
    Change,
    Document,
    Indicator,
    Noise,
    Part,
    Point,
    Sentence,
    Speech,
)

__all__ = [
    "ATTRS",
    "DEFAULT_ATTRS",
    "Attr",
    "FirstSpeech",
    "install_extensions",
    "resolve_attrs",
]


class Attr(NamedTuple):
    """One name a component writes."""

    key: str
    kind: Literal["doc", "span", "group"]
    name: str
    description: str


ATTRS: tuple[Attr, ...] = (
    Attr("doc_document", "doc", "govspeech", "the Document parsed from doc.text"),
    Attr("doc_speech", "doc", "speech", "the first Speech of that Document, or None (read-only)"),
    Attr("span_node", "span", "node", "the Part or Point of a span in the parts/points groups"),
    Attr("span_indicator", "span", "indicator", "the Indicator of a span in the indicators group"),
    Attr("group_parts", "group", "parts", "doc.spans group: one span per Part"),
    Attr("group_points", "group", "points", "doc.spans group: one span per Point, any depth"),
    Attr("group_indicators", "group", "indicators", "doc.spans group: one span per Indicator"),
)

DEFAULT_ATTRS: dict[str, str] = {attr.key: attr.name for attr in ATTRS}


@dataclass(frozen=True)
class FirstSpeech:
    """Getter of ``doc._.speech``: the first speech of the Document stored under ``document``.

    A frozen dataclass rather than a closure, so that it compares equal across installs
    (idempotence) and pickles into ``nlp.pipe`` worker processes.
    """

    document: str

    def __call__(self, doc: Doc) -> Speech | None:
        value = doc._.get(self.document)
        if isinstance(value, Document) and value.speeches:
            return value.speeches[0]
        return None


def resolve_attrs(attrs: Mapping[str, str] | None = None) -> dict[str, str]:
    """The full name table: the defaults with ``attrs`` applied.

    Args:
        attrs: Names to change, keyed by ``Attr.key`` (e.g. ``{"doc_document": "gs"}``).

    Returns:
        A name for every key of :data:`ATTRS`.

    Raises:
        ConfigError: An unknown key, or a name that is not a Python identifier.
    """
    names = dict(DEFAULT_ATTRS)
    for key, name in (attrs or {}).items():
        if key not in names:
            known = ", ".join(sorted(names))
            raise ConfigError(f"unknown attrs key {key!r}; known keys: {known}")
        if not isinstance(name, str) or not name.isidentifier():
            raise ConfigError(f"attrs[{key!r}] must be a Python identifier, not {name!r}")
        names[key] = name
    return names


def install_extensions(attrs: Mapping[str, str] | None = None) -> dict[str, str]:
    """Register the ``._`` attributes of :data:`ATTRS` on ``Doc`` and ``Span``.

    Safe to call any number of times. An attribute that already exists is left alone;
    if it is not the one govspeech would install (another plugin's, or a ``speech``
    getter reading a differently named document), a ``[W101]`` warning says so.

    Args:
        attrs: Names to change, as for :func:`resolve_attrs`.

    Returns:
        The resolved name table.

    Raises:
        ConfigError: As for :func:`resolve_attrs`.
    """
    names = resolve_attrs(attrs)
    _install(Doc, names["doc_document"], default=None)
    _install(Doc, names["doc_speech"], getter=FirstSpeech(names["doc_document"]))
    _install(Span, names["span_node"], default=None)
    _install(Span, names["span_indicator"], default=None)
    return names


def _install(
    cls: type[Doc | Span],
    name: str,
    *,
    default: None = None,
    getter: Callable[[Any], Any] | None = None,
) -> None:
    wanted = (default, None, getter, None)  # spaCy's (default, method, getter, setter)
    if not cls.has_extension(name):
        if getter is None:
            cls.set_extension(name, default=default)
        else:
            cls.set_extension(name, getter=getter)
        return
    if tuple(cls.get_extension(name) or ()) != wanted:
        warnings.warn(
            f"[W101] {cls.__name__} extension {name!r} already exists with another "
            f"definition (another plugin's, or govspeech's with other attrs); leaving it as "
            f"it is. Choose another name through attrs (see govspeech.spacy_plugin.extensions.ATTRS).",
            GovspeechWarning,
            stacklevel=3,
        )


# spaCy serialises ``doc.user_data`` (where ``._`` values live) with srsly's msgpack;
# these hooks store a model as its JSON dump and validate it back on load.
_MODEL_TAG = "__govspeech_model__"
_MODELS: dict[str, type[BaseModel]] = {
    cls.__name__: cls
    for cls in (Base, Change, Document, Indicator, Noise, Part, Point, Sentence, Speech)
}


def _encode_model(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    cls = _MODELS.get(type(obj).__name__)
    if cls is not None and type(obj) is cls:
        # round_trip drops computed fields, which extra="forbid" would reject on load
        return {_MODEL_TAG: cls.__name__, "data": obj.model_dump(mode="json", round_trip=True)}
    return obj if chain is None else chain(obj)


def _decode_model(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and obj.get(_MODEL_TAG) in _MODELS:
        return _MODELS[obj[_MODEL_TAG]].model_validate(obj["data"])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("govspeech.models.v1", func=_encode_model)
srsly.msgpack_decoders.register("govspeech.models.v1", func=_decode_model)
