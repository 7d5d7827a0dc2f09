"""The parser: raw text in, a ``Document`` out, in stages declared once in ``pipeline.STAGES``.

Each stage is one module (or folder), in data-flow order::

    normalize/ → split → header → outline/ (scan, levels, build) → sentences → indicators/ → assemble

Stages exchange the internal records of ``_types`` with offsets into the normalised text;
only ``assemble`` builds the public models and maps offsets back to the input. Nothing here
imports the file readers, the spaCy integration or the corpus tools.
"""
