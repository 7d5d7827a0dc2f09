"""Every piece of input text that enters a page goes through this module.

A speech may hold anything a web page held (``<script>``, ``</textarea>``,
``" onmouseover="``, ``javascript:``), so text is escaped for the one place it goes:
an element's content, an attribute value, or the JSON island the page's script reads.

>>> text("一、<script>")
'一、&lt;script&gt;'
"""

from __future__ import annotations

import html
import json
import math
from typing import Any

__all__ = ["attr", "script_json", "text"]

# Inside <script>, the HTML parser ends the element at "</script" and enters an escaped
# state at "<!--" whatever JSON thinks; U+2028/2029 end a line in older JavaScript
# engines. In JSON these characters can only stand inside strings, where \u escapes
# mean the same, so escaping every one of them changes no value. (Chained replace: one
# C pass each, many times faster than str.translate on a page of megabytes.)
_SCRIPT_SAFE = (
    ("&", "\\u0026"),
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def text(value: str) -> str:
    """``value`` as element content: ``&``, ``<`` and ``>`` escaped."""
    return html.escape(value, quote=False)


def attr(value: str) -> str:
    """``value`` for a double- or single-quoted attribute: quotes escaped too."""
    return html.escape(value, quote=True)


def script_json(value: Any) -> str:
    """``value`` as JSON safe to place inside ``<script type="application/json">``.

    Non-finite floats become ``null``: ``JSON.parse`` rejects ``NaN``.
    """
    try:
        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # a NaN or infinity somewhere: the slow path, rarely taken
        raw = json.dumps(_finite(value), ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _SCRIPT_SAFE:
        raw = raw.replace(char, escaped)
    return raw


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
