"""The indicator and outline tables as pandas DataFrames (``pip install govspeech[pandas]``).

>>> import govspeech
>>> doc = govspeech.parse("一、经济运行\\n地区生产总值完成244.4亿元,同比增长9.4%。")
>>> indicators_frame(doc)[["name", "value", "unit", "change_value"]]  # doctest: +SKIP
     name  value unit  change_value
0  地区生产总值  244.4   亿元           9.4
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from govspeech.corpus.columns import COLUMNS, OUTLINE_COLUMNS
from govspeech.corpus.tables import indicator_rows, outline_rows
from govspeech.errors import ConfigError
from govspeech.models import Document

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]  # the optional [pandas] extra

__all__ = ["DTYPES", "indicators_frame", "outline_frame"]

# pandas dtype of each column type: nullable integers and booleans, so a missing offset
# stays <NA> instead of turning a whole column into float64.
DTYPES = {"str": "string", "float": "Float64", "int": "Int64", "bool": "boolean"}

Docs = Document | Iterable[Document]
RowMaker = Callable[..., Iterator[dict[str, object]]]


def indicators_frame(docs: Docs) -> pd.DataFrame:
    """One row per indicator of ``docs`` (a Document or several), columns as ``COLUMNS``.

    Args:
        docs: A parsed document, or an iterable of them (the ``file`` column is each
            document's ``path``).

    Returns:
        A DataFrame with typed columns: offsets ``Int64``, values ``Float64``, text ``string``.

    Raises:
        ConfigError: pandas is not installed.
    """
    return _frame(docs, indicator_rows, COLUMNS)


def outline_frame(docs: Docs) -> pd.DataFrame:
    """One row per part and point of ``docs``: speech, node, parent, depth, kind, marker,
    number, heading and offsets (the columns of ``OUTLINE_COLUMNS``).

    Raises:
        ConfigError: pandas is not installed.
    """
    return _frame(docs, outline_rows, OUTLINE_COLUMNS)


def _frame(docs: Docs, rows: RowMaker, columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    try:
        import pandas as pd
    except ImportError:
        raise ConfigError("DataFrames need pandas: pip install 'govspeech[pandas]'") from None
    items = [docs] if isinstance(docs, Document) else list(docs)
    records = [row for doc in items for row in rows(doc)]
    frame = pd.DataFrame.from_records(records, columns=[name for name, _ in columns])
    return frame.astype({name: DTYPES[kind] for name, kind in columns})
