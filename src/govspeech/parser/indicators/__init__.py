"""Stage: the indicators of one sentence (GUIDE §3).

``extract_indicators`` finds the quantities of a sentence (``match``) and reads their
fields from the words around them (``fields``), using the tables of ``lexicon``.

>>> [(q.name, q.value, q.unit) for q in extract_indicators("财政收入27.46亿元,增长22%。")]
[('财政收入', 27.46, '亿元')]
"""

from __future__ import annotations

from collections.abc import Callable

from govspeech.parser._types import Quantity
from govspeech.parser.indicators.bounds import add_bounds
from govspeech.parser.indicators.context import Defaults, SpeechContext
from govspeech.parser.indicators.fields import build_quantities
from govspeech.parser.indicators.match import find_quantities, may_hold_quantity

__all__ = ["Defaults", "SpeechContext", "extract_indicators", "may_hold_quantity"]


def extract_indicators(
    text: str, start: int = 0, *, context: str | Callable[[], str] = "",
    defaults: Defaults | None = None,
) -> list[Quantity]:
    """The indicators stated in one sentence of normalised text.

    Args:
        text: One sentence (Simplified, full-width ASCII folded to half-width).
        start: Offset of the sentence in the normalised document; every offset returned
            is ``start`` plus an index into ``text``.
        context: Text of the paragraph before the sentence (and the heading path), read
            for status cues such as ``预期目标是:``; or a function returning it, called
            only when the sentence holds a quantity (most sentences do not).
        defaults: Period and status the paragraph and section give figures whose own
            sentence is silent (``SpeechContext.sentence``).

    Returns:
        One ``Quantity`` per indicator, in order. A change with no level of its own
        (``同比增长9.4%``) is a ``Quantity`` with ``value`` ``None`` and ``change`` set.
    """
    if not may_hold_quantity(text):
        return []
    found = add_bounds(text, find_quantities(text))
    if not found:
        return []
    return build_quantities(text, found, start, context if isinstance(context, str) else context(),
                            defaults)
