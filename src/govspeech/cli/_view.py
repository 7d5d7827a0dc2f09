"""A readable table of indicator rows for a terminal: name, value, unit, change, period, status.

Column widths count a Chinese character as two cells, as a terminal draws it; a cell too
long for its column is cut with ``…``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import click

from govspeech.corpus.export import format_number

# (header, width in terminal cells) of each column.
VIEW_COLUMNS: tuple[tuple[str, int], ...] = (
    ("name", 24),
    ("value", 12),
    ("unit", 10),
    ("change", 16),
    ("period", 12),
    ("status", 8),
)
_ARROWS = {"up": "↑", "down": "↓"}


def cells(text: str) -> int:
    """Terminal cells ``text`` takes: wide (Chinese) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells (with ``…`` where cut) and padded to exactly ``width``."""
    if cells(text) > width:
        kept = ""
        for ch in text:
            if cells(kept + ch) > width - 1:
                break
            kept += ch
        text = kept + "…"
    return text + " " * (width - cells(text))


def view_cells(row: dict[str, object]) -> list[str]:
    """The six cells of an indicator row as the table shows them."""
    change = ""
    if row.get("change_value") is not None or row.get("change_direction") is not None:
        arrow = _ARROWS.get(str(row.get("change_direction")), "")
        value = row.get("change_value")
        number = format_number(value if isinstance(value, float) else None)
        change = f"{row.get('change_kind') or ''}{arrow}{number}{row.get('change_unit') or ''}"
    value = row.get("value")
    return [
        str(row.get("name") or ""),
        format_number(value if isinstance(value, float) else None),
        str(row.get("unit") or ""),
        change,
        str(row.get("period") or ""),
        str(row.get("status") or ""),
    ]


def print_table(rows: Iterable[dict[str, object]]) -> int:
    """Print ``rows`` as a table on standard output, a ``== file`` line before each file's rows.

    Returns:
        The number of rows printed.
    """
    click.echo("  ".join(fit(name, width) for name, width in VIEW_COLUMNS).rstrip())
    count = 0
    current: object = None
    for row in rows:
        if row.get("file") != current:
            current = row.get("file")
            click.echo(f"== {current}")
        line = "  ".join(fit(cell, width) for cell, (_, width) in zip(view_cells(row), VIEW_COLUMNS))
        click.echo(line.rstrip())
        count += 1
    return count
