"""Scorers behind ``StructureComponent.score`` and ``IndicatorsComponent.score``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.scorer import Scorer
from spacy.training import Example

__all__ = ["indicators_score", "structure_score"]


def _group_score(
    examples: Iterable[Example], key: str, prefix: str = "spans_", **kwargs: Any
) -> dict[str, Any]:
    kwargs.setdefault("labeled", False)
    kwargs.setdefault("allow_overlap", True)
    return Scorer.score_spans(
        examples,
        f"{prefix}{key}",
        getter=lambda doc, attr: doc.spans.get(attr[len(prefix) :], []),
        has_annotation=lambda doc: key in doc.spans,
        **kwargs,
    )


def structure_score(
    examples: Iterable[Example],
    *,
    parts_key: str = "parts",
    points_key: str = "points",
    **kwargs: Any,
) -> dict[str, Any]:
    """Sentence-boundary P/R/F (``sents_p/r/f``) and unlabelled span P/R/F of the parts
    and points groups (``spans_parts_p/r/f``, ``spans_points_p/r/f``).

    ``**kwargs`` go to spaCy's ``Scorer.score_spans``. A score is ``None`` when no
    reference doc has that annotation.
    """
    examples = list(examples)
    results = Scorer.score_spans(
        examples,
        "sents",
        has_annotation=lambda doc: doc.has_annotation("SENT_START"),
        labeled=False,
        **kwargs,
    )
    results.update(_group_score(examples, parts_key, **kwargs))
    results.update(_group_score(examples, points_key, **kwargs))
    return results


def indicators_score(
    examples: Iterable[Example], *, spans_key: str = "indicators", **kwargs: Any
) -> dict[str, Any]:
    """Span P/R/F of the indicator group (``spans_indicators_p/r/f``).

    Spans are compared by their tokens only; ``labeled=True`` also requires the same
    status label (and adds ``spans_indicators_per_type``). Other ``**kwargs`` go to
    spaCy's ``Scorer.score_spans``; a score is ``None`` when no reference has the group.
    """
    return _group_score(examples, spans_key, **kwargs)
