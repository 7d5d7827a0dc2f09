"""Headline indicators: a stable key (``gdp``, ``cpi``…) for records that measure one.

The table is data, ``govspeech/data/headline.tsv``: one row per key, a regular expression
matched against the whole indicator name (a leading scope such as ``全市`` may precede it),
and a description. The first matching row wins. Researchers pass their own table with
``HeadlineTable.from_path`` (same three tab-separated columns, ``#`` lines are comments).

>>> default_table().key_of("规上工业增加值")
'industrial_value_added'
>>> default_table().key_of("全市生产总值")
'gdp'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["HeadlineRow", "HeadlineTable", "default_table"]

COLUMNS = ("key", "pattern", "description")
_KEY = re.compile("[a-z][a-z0-9_]*")
_MAX_SEEN = 65536
_SCOPE = "(?:全国|全省|全市|全区|全县|全州|全盟|我国|我省|我市|我区|我县|本市|本区)?"


@dataclass(frozen=True, slots=True)
class HeadlineRow:
    """One headline indicator: its key, the names that measure it, what it is."""

    key: str
    pattern: str
    description: str


class HeadlineTable:
    """Rows of headline indicators, compiled once."""

    def __init__(self, rows: list[HeadlineRow]) -> None:
        """Check and compile ``rows``.

        Raises:
            ValueError: a key is not snake_case ASCII, repeats, or a pattern does not compile.
        """
        seen: set[str] = set()
        compiled = []
        for row in rows:
            if not _KEY.fullmatch(row.key) or row.key in seen:
                raise ValueError(f"headline table: bad or repeated key {row.key!r}")
            seen.add(row.key)
            try:
                compiled.append((row.key, re.compile(f"{_SCOPE}(?:{row.pattern})")))
            except re.error as exc:
                raise ValueError(f"headline table: pattern of {row.key!r}: {exc}") from exc
        self.rows = rows
        self._compiled = compiled
        self._combined = _combined(compiled)
        self._seen: dict[str, str | None] = {}  # names repeat across a corpus

    @classmethod
    def from_text(cls, text: str) -> HeadlineTable:
        """A table from TSV text: a ``key pattern description`` header, ``#`` comments."""
        rows: list[HeadlineRow] = []
        header_seen = False
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if tuple(c.strip() for c in cells) != COLUMNS:
                    raise ValueError(f"headline table: header must be {COLUMNS}, got {cells}")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                raise ValueError(f"headline table line {number}: {len(cells)} columns, not 3")
            rows.append(HeadlineRow(*(c.strip() for c in cells)))
        return cls(rows)

    @classmethod
    def from_path(cls, path: str | Path) -> HeadlineTable:
        """A table from a TSV file (UTF-8)."""
        return cls.from_text(Path(path).read_text(encoding="utf-8"))

    def key_of(self, name: str | None) -> str | None:
        """The key of the first row whose pattern matches the whole ``name``, else ``None``."""
        if not name:
            return None
        if name in self._seen:
            return self._seen[name]
        if self._combined is not None:
            m = self._combined.fullmatch(name)
            found = m.lastgroup if m is not None else None
        else:
            found = next((key for key, pattern in self._compiled if pattern.fullmatch(name)), None)
        if len(self._seen) > _MAX_SEEN:  # bound the memory over a long corpus
            self._seen.clear()
        self._seen[name] = found
        return found


def _combined(compiled: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str] | None:
    """All rows as one alternation named by key, or ``None`` when a row's pattern holds
    groups or flags of its own. A full match of ``A|B`` tries ``A`` to the end of the name
    before ``B``, so the branch that matches is the first row that does, in one call."""
    if not compiled or any(p.groups or p.flags != re.UNICODE for _, p in compiled):
        return None
    try:
        return re.compile("|".join(f"(?P<{key}>{p.pattern})" for key, p in compiled))
    except re.error:  # pragma: no cover - each row compiled on its own
        return None


@cache
def default_table() -> HeadlineTable:
    """The table shipped with govspeech (``govspeech/data/headline.tsv``)."""
    text = resources.files("govspeech").joinpath("data/headline.tsv").read_text(encoding="utf-8")
    return HeadlineTable.from_text(text)
