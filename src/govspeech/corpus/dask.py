"""Parse a corpus on a Dask cluster: bags of Documents and an indicator DataFrame.

Needs the optional extra: ``pip install 'govspeech[dask]'``.

>>> from dask.distributed import Client
>>> import govspeech.corpus.dask as gd
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> docs = gd.parse_files(["讲话/001.txt", "s3://corpus/002.docx"])  # doctest: +SKIP
>>> frame = gd.indicator_frame(docs)  # doctest: +SKIP
>>> frame.groupby("name")["value"].count().compute()  # doctest: +SKIP

The same code runs on the threads of one laptop and on a cluster: every step is a
``dask.bag`` map, so parsing and row building run where the file is read and only
rows (or the Documents you ask for) travel. Paths must be readable from the workers:
a shared filesystem, or any URL that fsspec opens (``s3://``, ``gs://``, ``https://``).
"""

# dask.bag's methods carry no annotations: calling them is untyped by nature.
# mypy: disable-error-code="no-untyped-call,no-any-return"

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import dask.bag as db

import govspeech
from govspeech.errors import InputError
from govspeech.readers import read_bytes

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["failed_files", "indicator_frame", "parse_files", "parse_texts"]

Paths = Iterable[str | os.PathLike[str]] | db.Bag

# pandas dtypes of the indicator table's column types (see govspeech.corpus.tables.COLUMNS);
# integer offsets may be missing, hence the nullable Int64.
_DTYPES = {"str": "string", "float": "float64", "int": "Int64", "bool": "bool"}


def parse_files(
    paths: Paths,
    *,
    npartitions: int | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> db.Bag:
    """A bag of the Documents of ``paths``, each with its ``path``, ``format``, ``text``.

    Args:
        paths: file paths or fsspec URLs, as a list or a ``dask.bag`` of strings.
        npartitions: partitions for a list (Dask's default: up to 100).
        errors: ``"raise"`` fails the computation on the first unreadable file (an
            :class:`~govspeech.InputError` naming it); ``"skip"`` drops such files, which
            :func:`failed_files` lists.

    Returns:
        A lazy ``dask.bag.Bag`` of :class:`~govspeech.Document`.
    """
    return _bag(paths, npartitions).map_partitions(_parse_partition, errors=errors)


def parse_texts(texts: Iterable[str] | db.Bag, *, npartitions: int | None = None) -> db.Bag:
    """A bag of the Documents of speech texts (``govspeech.parse`` on each).

    Args:
        texts: strings, as a list or a ``dask.bag``.
        npartitions: partitions for a list.

    Returns:
        A lazy ``dask.bag.Bag`` of :class:`~govspeech.Document`.
    """
    return _bag(texts, npartitions).map(govspeech.parse)


def failed_files(paths: Paths, *, npartitions: int | None = None) -> db.Bag:
    """The files of ``paths`` that cannot be read, as ``{path, kind, message}`` records.

    The records are those of ``govspeech batch``'s errors file. Only reading is done,
    no parsing, so this is cheap next to :func:`parse_files`.
    """
    return _bag(paths, npartitions).map_partitions(_failures)


def indicator_frame(docs: db.Bag) -> dd.DataFrame:
    """One row per indicator of every Document of ``docs`` (``govspeech.corpus.tables`` rows).

    Args:
        docs: a bag of Documents, e.g. from :func:`parse_files`.

    Returns:
        A ``dask.dataframe.DataFrame`` with the columns of ``govspeech.corpus.tables.COLUMNS``
        (``file``, ``speech``, ``heading_path``, ``name``, ``value``, ``unit``, …).
    """
    import pandas as pd  # type: ignore[import-untyped]  # a dask[dataframe] dependency

    from govspeech.corpus.tables import COLUMNS

    meta = pd.DataFrame({name: pd.Series(dtype=_DTYPES[kind]) for name, kind in COLUMNS})
    return docs.map_partitions(_rows).to_dataframe(meta=meta)


def _bag(items: Any, npartitions: int | None) -> db.Bag:
    if isinstance(items, db.Bag):
        return items
    items = [os.fspath(item) if isinstance(item, os.PathLike) else item for item in items]
    return db.from_sequence(items, npartitions=npartitions or None)


def _parse_partition(paths: Iterable[str], errors: str) -> list[govspeech.Document]:
    docs = []
    for path in paths:
        try:
            docs.append(_parse_one(path))
        except InputError:
            if errors == "raise":
                raise
    return docs


def _parse_one(path: str) -> govspeech.Document:
    if "://" not in path:
        return govspeech.parse_file(path)
    import fsspec  # type: ignore[import-untyped]  # a dask dependency

    try:
        with fsspec.open(path, "rb") as f:
            data = f.read()
    except (OSError, ValueError) as exc:  # fsspec maps missing objects to FileNotFoundError
        raise InputError(f"cannot read file ({exc})", path=path) from None
    read = read_bytes(data, path)
    fields = {"path": path, "format": read.format, "encoding": read.encoding, "text": read.text}
    return govspeech.parse(read.text).model_copy(update=fields)


def _failures(paths: Iterable[str]) -> list[dict[str, str]]:
    from govspeech.readers import read_file

    records = []
    for path in paths:
        try:
            read_file(path) if "://" not in path else _parse_one(path)
        except InputError as exc:
            message = str(exc).removeprefix(f"{path}: ")
            records.append({"path": path, "kind": type(exc).__name__, "message": message})
    return records


def _rows(docs: Iterable[govspeech.Document]) -> list[dict[str, object]]:
    from govspeech.corpus.tables import indicator_rows

    rows: list[dict[str, object]] = []
    for doc in docs:
        rows.extend(indicator_rows(doc, file=doc.path))
    return rows
