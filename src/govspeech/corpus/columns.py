"""The columns of the indicator and outline tables, and the type of each.

The type drives the Parquet schema and the pandas dtypes: ``str``, ``float``, ``int``
(nullable: pyarrow ``int64``, pandas ``Int64``) and ``bool``. Every column may be null
where the tree has no value; nulls stay nulls in every format.
"""

from __future__ import annotations

__all__ = ["COLUMNS", "OUTLINE_COLUMNS", "column_type"]

# The indicator table: (column, type) in output order. The types are str,
# float, int and bool (see the module docstring).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "str"),
    ("speech_index", "int"),  # 0-based position of the speech in its file: doc.speeches[i]
    ("title", "str"),
    ("speaker", "str"),
    ("date", "str"),
    ("meeting", "str"),
    ("heading_path", "str"),
    ("marker", "str"),  # the marker of the part or point holding the sentence
    ("node_start", "int"),  # that node's start: joins the outline table
    ("context", "str"),
    ("sentence_start", "int"),
    ("sentence_end", "int"),
    ("name", "str"),
    ("value", "float"),
    ("unit", "str"),
    ("scaled_value", "float"),
    ("base_unit", "str"),
    ("approximate", "bool"),
    ("period", "str"),
    ("period_start", "str"),  # the period as a calendar interval, ISO dates
    ("period_end", "str"),
    ("status", "str"),
    ("bound", "str"),  # around, at_least, at_most, range
    ("value_high", "float"),  # the upper end of a range
    ("key", "str"),  # the headline indicator key (gdp, …)
    ("start", "int"),
    ("end", "int"),
    ("change_kind", "str"),
    ("change_direction", "str"),
    ("change_value", "float"),
    ("change_unit", "str"),
    ("change_bound", "str"),
    ("change_value_high", "float"),
    ("change_start", "int"),
    ("change_end", "int"),
    ("base_value", "float"),
    ("base_value_unit", "str"),
    ("base_period", "str"),
    ("base_start", "int"),
    ("base_end", "int"),
)

# One row per part or point, in document order.
OUTLINE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("file", "str"),
    ("speech_index", "int"),
    ("title", "str"),
    ("node", "int"),  # 0-based position of the node in its file's outline
    ("parent", "int"),  # the parent's ``node``; null for a top-level node
    ("depth", "int"),  # 1 for a top-level node
    ("kind", "str"),  # part or list for a top-level node (Part.kind), point below
    ("marker", "str"),
    ("number", "int"),
    ("style", "str"),
    ("heading", "str"),
    ("start", "int"),
    ("end", "int"),
    ("sentences", "int"),  # the node's own sentences
    ("indicators", "int"),  # the indicators of those sentences
)


def column_type(name: str) -> str:
    """The type of column ``name`` in either table; ``str`` for a column neither knows."""
    return _TYPES.get(name, "str")


_TYPES: dict[str, str] = {**dict(OUTLINE_COLUMNS), **dict(COLUMNS)}
