"""govspeech: Chinese government speeches as a typed document tree.

>>> import govspeech
>>> doc = govspeech.parse("同志们:\\n一、坚持稳中求进\\n地区生产总值增长9.4%。")
>>> doc.speeches[0].parts[0].heading
'坚持稳中求进'

``import govspeech`` stays light: spaCy and the command line are imported only when
:func:`load` or the ``govspeech`` command is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govspeech._version import __version__
from govspeech.errors import (
    ConfigError,
    DecodeError,
    EmptyInputError,
    GovspeechError,
    GovspeechWarning,
    InputError,
    NotAFileError,
    TooLargeError,
)
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
from govspeech.corpus.targets import targets, targets_frame
from govspeech.parser.pipeline import parse
from govspeech.readers import parse_file

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Base",
    "Change",
    "ConfigError",
    "DecodeError",
    "Document",
    "EmptyInputError",
    "GovspeechError",
    "GovspeechWarning",
    "Indicator",
    "InputError",
    "Noise",
    "NotAFileError",
    "Part",
    "Point",
    "Sentence",
    "Speech",
    "TooLargeError",
    "__version__",
    "load",
    "parse",
    "parse_file",
    "targets",
    "targets_frame",
]


def load(**kwargs: Any) -> Language:
    """A ready spaCy ``zh`` pipeline with the govspeech components (see ``components.load``)."""
    from govspeech.spacy_plugin.components import load as _load

    return _load(**kwargs)
