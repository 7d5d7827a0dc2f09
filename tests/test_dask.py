"""Parsing a corpus on a Dask cluster (``govspeech.corpus.dask``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db

import govspeech
import govspeech.corpus.dask as gd
from govspeech.errors import InputError
from govspeech.corpus.tables import COLUMNS
from _fixtures import SPEECH


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """An in-process cluster: one worker with two threads, no dashboard."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for k, codec in enumerate(["utf-8", "gbk", "utf-16"]):
        path = tmp_path / f"speech_{k}.txt"
        path.write_bytes(SPEECH.encode(codec))
        paths.append(str(path))
    html = tmp_path / "page.html"
    html.write_text(
        "<body>" + "".join(f"<p>{x}</p>" for x in SPEECH.splitlines()) + "</body>", "utf-8"
    )
    return [*paths, str(html)]


def test_dask_parse_files_on_a_cluster(client: object, files: list[str]) -> None:
    docs = gd.parse_files(files, npartitions=2).compute()
    assert sorted(doc.path for doc in docs) == sorted(files)
    assert {doc.encoding for doc in docs} == {"utf-8", "gb18030", "utf-16"}
    for doc in docs:
        assert [part.heading for part in doc.speeches[0].parts] == ["坚持稳中求进", "狠抓工作落实"]


def test_dask_parse_files_accepts_a_bag(client: object, files: list[str]) -> None:
    docs = gd.parse_files(db.from_sequence(files, npartitions=4))
    assert sorted(docs.map(lambda d: d.format).compute()) == ["html", "txt", "txt", "txt"]


def test_dask_parse_texts_matches_parse(client: object) -> None:
    docs = gd.parse_texts([SPEECH, SPEECH[SPEECH.index("二、") :]]).compute()
    assert docs == [govspeech.parse(SPEECH), govspeech.parse(SPEECH[SPEECH.index("二、") :])]


def test_dask_indicator_frame_has_every_row(client: object, files: list[str]) -> None:
    docs = gd.parse_files(files, npartitions=2)
    frame = gd.indicator_frame(docs)
    assert list(frame.columns) == [name for name, _ in COLUMNS]
    table = frame.compute()
    expected = sum(len(doc.indicators) for doc in docs.compute())
    assert len(table) == expected
    assert set(table["file"]) <= set(files)


def test_dask_bad_files_raise_or_are_skipped(
    client: object, files: list[str], tmp_path: Path
) -> None:
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02\x03" * 500)
    corpus = [*files, str(empty), str(binary)]
    with pytest.raises(InputError, match="empty"):
        gd.parse_files(corpus, npartitions=3).compute()
    kept = gd.parse_files(corpus, npartitions=3, errors="skip").compute()
    assert sorted(doc.path for doc in kept) == sorted(files)
    failures = gd.failed_files(corpus, npartitions=3).compute()
    assert {(f["path"], f["kind"]) for f in failures} == {
        (str(empty), "EmptyInputError"),
        (str(binary), "DecodeError"),
    }
