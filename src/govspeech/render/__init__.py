"""A parse made visible: one self-contained HTML page per document, and a notebook view.

``Document.to_html()``, ``Document._repr_html_()`` and ``govspeech render`` use this
package; it is imported only when one of them is called.
"""

from __future__ import annotations

from govspeech.render.page import notebook_html, speech_to_html, to_html

__all__ = ["notebook_html", "speech_to_html", "to_html"]
