"""Provisional pipeline (being replaced by the staged parser)."""

from __future__ import annotations

from pathlib import Path

from govspeech.models import Document


def parse(text: str) -> Document:
    return Document(length=len(text))


def parse_file(path: str | Path) -> Document:
    raise NotImplementedError
