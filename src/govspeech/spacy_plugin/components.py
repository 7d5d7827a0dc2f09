"""spaCy pipeline components over :func:`govspeech.parse`.

Two factories, found by spaCy through the ``spacy_factories`` entry points, so no
``import govspeech`` is needed::

    nlp = spacy.blank("zh")
    nlp.add_pipe("govspeech_structure")    # sentences, doc._.govspeech, parts and points
    nlp.add_pipe("govspeech_indicators")   # doc.spans["indicators"], span._.indicator

Both parse ``doc.text`` once (the second reuses the Document the first stored) and
place the character offsets of the tree on tokens with ``alignment_mode="expand"``:
a segmenter may glue a number to its neighbour (``244.4亿`` + ``元``), and a span that
covers a little more is more useful than no span. :func:`load` builds a ready ``zh``
pipeline, optionally segmenting with pkuseg.

Registered functions: ``govspeech.parse.v1`` (misc), ``govspeech.structure_scorer.v1``
and ``govspeech.indicators_scorer.v1`` (scorers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from govspeech.spacy_plugin.align import indicator_offsets, set_sentence_starts, text_length, warn
from govspeech.spacy_plugin.scoring import indicators_score, structure_score
from govspeech.errors import ConfigError
from govspeech.spacy_plugin.extensions import install_extensions
from govspeech.models import Document
from govspeech.parser.pipeline import parse as _parse

__all__ = [
    "IndicatorsComponent",
    "StructureComponent",
    "indicators_score",
    "load",
    "make_indicators",
    "make_parse",
    "make_structure",
    "structure_score",
]

ParseFn = Callable[[str], Document]
ScorerFn = Callable[..., dict[str, Any]]
Segmenter = Literal["char", "jieba", "pkuseg"]


def make_parse() -> ParseFn:
    """The parser the components call by default: :func:`govspeech.parse`."""
    return _parse


registry.misc.register("govspeech.parse.v1", func=make_parse)


class _Component:
    """What both components share: the parser, the names, and re-installing extensions."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        parse: ParseFn,
        attrs: Mapping[str, str],
        scorer: ScorerFn,
    ) -> None:
        self.name = name
        self.parse = parse
        self.attrs = install_extensions(attrs)
        self.scorer = scorer

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a component unpickled in an nlp.pipe worker re-registers its attributes there
        self.__dict__.update(state)
        install_extensions(self.attrs)

    def document(self, doc: Doc) -> Document:
        """The Document of ``doc.text``: the one already stored on the doc, else a new parse."""
        key = self.attrs["doc_document"]
        stored = doc._.get(key)
        if isinstance(stored, Document) and stored.length == text_length(doc):
            return stored
        document = self.parse(doc.text)
        doc._.set(key, document)
        return document


class StructureComponent(_Component):
    """Sentence boundaries, ``doc._.govspeech`` and span groups for parts and points.

    Sentence boundaries follow the parsed sentences. Text between sentences that is not
    only whitespace (a title, a heading line, noise) becomes a segment of its own; the
    whitespace after a sentence stays with it. A doc in which the parse found no
    sentence keeps the boundaries it had, or is one segment if it had none. Span labels
    are marker styles (``cn_dun``).

    Args:
        nlp: The pipeline.
        name: The component's name in the pipeline.
        parse: Text → Document; ``govspeech.parse.v1`` (:func:`govspeech.parse`) in configs.
        attrs: Names to change (see :data:`govspeech.spacy_plugin.extensions.ATTRS`).
        set_sents: Whether to set sentence boundaries (``False`` keeps a sentencizer's).
        scorer: The function behind :meth:`score`; ``govspeech.structure_scorer.v1``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "govspeech_structure",
        *,
        parse: ParseFn = _parse,
        attrs: Mapping[str, str] | None = None,
        set_sents: bool = True,
        scorer: ScorerFn | None = None,
    ) -> None:
        super().__init__(
            nlp, name, parse=parse, attrs=attrs or {}, scorer=scorer or structure_score
        )
        self.set_sents = set_sents

    def __call__(self, doc: Doc) -> Doc:
        document = self.document(doc)
        if self.set_sents:
            set_sentence_starts(doc, document)
        parts: list[Span] = []
        points: list[Span] = []
        missed = 0
        for speech in document.speeches:
            for part in speech.parts:
                for node in part.walk():
                    span = doc.char_span(
                        node.start, node.end, label=node.style, alignment_mode="expand"
                    )
                    if span is None:
                        missed += 1
                        continue
                    span._.set(self.attrs["span_node"], node)
                    (parts if node is part else points).append(span)
        doc.spans[self.attrs["group_parts"]] = parts
        doc.spans[self.attrs["group_points"]] = points
        if missed:
            warn("W103")
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Sentence-boundary and part/point span P/R/F (see :func:`structure_score`)."""
        return self.scorer(
            examples,
            parts_key=self.attrs["group_parts"],
            points_key=self.attrs["group_points"],
            **kwargs,
        )


class IndicatorsComponent(_Component):
    """``doc.spans["indicators"]``, one span per indicator, with ``span._.indicator``.

    A span covers the level quantity (``244.4亿元``), or the change (``9.4%``) when only
    a change is stated; its label is the indicator's status (``actual``, ``expected``,
    ``target``). ``._`` values are keyed by character offsets, so when two indicators
    fall on the same tokens only the first gets a span; all stay in ``doc._.govspeech``.

    Args:
        nlp: The pipeline.
        name: The component's name in the pipeline.
        parse: Text → Document; ``govspeech.parse.v1`` (:func:`govspeech.parse`) in configs.
        attrs: Names to change (see :data:`govspeech.spacy_plugin.extensions.ATTRS`).
        scorer: The function behind :meth:`score`; ``govspeech.indicators_scorer.v1``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "govspeech_indicators",
        *,
        parse: ParseFn = _parse,
        attrs: Mapping[str, str] | None = None,
        scorer: ScorerFn | None = None,
    ) -> None:
        super().__init__(
            nlp, name, parse=parse, attrs=attrs or {}, scorer=scorer or indicators_score
        )

    def __call__(self, doc: Doc) -> Doc:
        document = self.document(doc)
        spans: list[Span] = []
        taken: set[tuple[int, int]] = set()
        missed = shared = 0
        for indicator in document.indicators:
            start, end = indicator_offsets(indicator)
            span = None
            if start is not None and end is not None:
                span = doc.char_span(start, end, label=indicator.status, alignment_mode="expand")
            if span is None:
                missed += 1
            elif (span.start, span.end) in taken:
                shared += 1
            else:
                taken.add((span.start, span.end))
                span._.set(self.attrs["span_indicator"], indicator)
                spans.append(span)
        doc.spans[self.attrs["group_indicators"]] = spans
        if missed:
            warn("W103")
        if shared:
            warn("W104")
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Indicator span P/R/F (see :func:`indicators_score`)."""
        return self.scorer(examples, spans_key=self.attrs["group_indicators"], **kwargs)


def make_structure_scorer() -> ScorerFn:
    """``govspeech.structure_scorer.v1``: :func:`structure_score`."""
    return structure_score


def make_indicators_scorer() -> ScorerFn:
    """``govspeech.indicators_scorer.v1``: :func:`indicators_score`."""
    return indicators_score


registry.scorers.register("govspeech.structure_scorer.v1", func=make_structure_scorer)
registry.scorers.register("govspeech.indicators_scorer.v1", func=make_indicators_scorer)


@Language.factory(
    "govspeech_structure",
    default_config={
        "parse": {"@misc": "govspeech.parse.v1"},
        "attrs": {},
        "set_sents": True,
        "scorer": {"@scorers": "govspeech.structure_scorer.v1"},
    },
    assigns=["token.is_sent_start", "doc._.govspeech", "doc.spans", "span._.node"],
    default_score_weights={
        "sents_f": 1.0,
        "sents_p": 0.0,
        "sents_r": 0.0,
        "spans_parts_f": 0.0,
        "spans_points_f": 0.0,
    },
)
def make_structure(
    nlp: Language,
    name: str,
    parse: ParseFn,
    attrs: dict[str, str],
    set_sents: bool,
    scorer: ScorerFn,
) -> StructureComponent:
    """Create the ``govspeech_structure`` component (settings: see StructureComponent)."""
    return StructureComponent(
        nlp, name, parse=parse, attrs=attrs, set_sents=set_sents, scorer=scorer
    )


@Language.factory(
    "govspeech_indicators",
    default_config={
        "parse": {"@misc": "govspeech.parse.v1"},
        "attrs": {},
        "scorer": {"@scorers": "govspeech.indicators_scorer.v1"},
    },
    assigns=["doc._.govspeech", "doc.spans", "span._.indicator"],
    default_score_weights={
        "spans_indicators_f": 1.0,
        "spans_indicators_p": 0.0,
        "spans_indicators_r": 0.0,
    },
)
def make_indicators(
    nlp: Language, name: str, parse: ParseFn, attrs: dict[str, str], scorer: ScorerFn
) -> IndicatorsComponent:
    """Create the ``govspeech_indicators`` component (settings: see IndicatorsComponent)."""
    return IndicatorsComponent(nlp, name, parse=parse, attrs=attrs, scorer=scorer)


def load(
    segmenter: Segmenter = "char",
    *,
    pkuseg_model: str | Path | None = None,
    pkuseg_user_dict: str | None = "default",
    attrs: Mapping[str, str] | None = None,
) -> Language:
    """A ready ``zh`` pipeline: tokenizer, ``govspeech_structure``, ``govspeech_indicators``.

    Nothing is downloaded. With ``segmenter="pkuseg"`` the CTB8 model of the installed
    ``pkuseg`` package is converted once into the user cache (see
    :mod:`govspeech.spacy_plugin.segmenter`) and then reused; the pipeline saved with ``nlp.to_disk``
    carries the model and reloads offline.

    >>> nlp = load()
    >>> doc = nlp("同志们:\\n地区生产总值增长9.4%。")

    Args:
        segmenter: ``char`` (one token per character), ``jieba`` (needs ``jieba``) or
            ``pkuseg`` (needs ``pip install "govspeech[pkuseg]"``).
        pkuseg_model: A pkuseg model folder to use instead of CTB8, in spacy-pkuseg's
            format or pkuseg's original text format (converted into the cache).
        pkuseg_user_dict: spaCy's ``pkuseg_user_dict`` setting: ``"default"`` for
            spacy-pkuseg's bundled dictionary, a file path, or ``None``.
        attrs: Names to change (see :data:`govspeech.spacy_plugin.extensions.ATTRS`).

    Returns:
        The pipeline.

    Raises:
        ConfigError: An unknown segmenter, ``pkuseg_model`` without ``segmenter="pkuseg"``,
            an unusable model folder, or unknown ``attrs``.
        ImportError: The segmenter's package is not installed.
    """
    import spacy

    if segmenter not in ("char", "jieba", "pkuseg"):
        raise ConfigError(f"unknown segmenter {segmenter!r}; use 'char', 'jieba' or 'pkuseg'")
    if pkuseg_model is not None and segmenter != "pkuseg":
        raise ConfigError("pkuseg_model is only used with segmenter='pkuseg'")
    config: dict[str, Any] = {"nlp": {"tokenizer": {"segmenter": segmenter}}}
    model_dir = None
    if segmenter == "pkuseg":
        from govspeech.spacy_plugin.segmenter import pkuseg_model_path

        model_dir = str(pkuseg_model_path(pkuseg_model))
        # kept in [initialize] too, so that a later nlp.initialize() finds the same model
        config["initialize"] = {
            "tokenizer": {"pkuseg_model": model_dir, "pkuseg_user_dict": pkuseg_user_dict}
        }
    nlp = spacy.blank("zh", config=config)
    if model_dir is not None:
        tokenizer: Any = nlp.tokenizer  # spaCy's ChineseTokenizer, typed as a callable
        tokenizer.initialize(pkuseg_model=model_dir, pkuseg_user_dict=pkuseg_user_dict)
    component_config = {"attrs": dict(attrs)} if attrs else {}
    nlp.add_pipe("govspeech_structure", config=component_config)
    nlp.add_pipe("govspeech_indicators", config=component_config)
    return nlp
