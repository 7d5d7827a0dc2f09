"""Corpus tools: many files at once (``batch``, ``dask``), and what a parse is written out as
(``export`` for documents and outlines, ``tables`` and ``write`` for indicator and outline rows,
``frames`` for the same as pandas DataFrames).
"""
