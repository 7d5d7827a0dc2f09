"""spaCy integration: the ``govspeech_structure`` and ``govspeech_indicators`` components,
their ``._`` extensions, the pkuseg segmenter and the scorers.

Registered through entry points (see ``pyproject.toml``), so ``nlp.add_pipe(...)`` works
without importing govspeech. Only this folder imports spaCy.
"""
