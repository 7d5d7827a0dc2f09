"""Indicator rows and table files (``govspeech.corpus.tables``)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from govspeech.errors import ConfigError
from govspeech.models import Change, Document, Indicator, Part, Sentence, Speech
from govspeech.corpus.tables import COLUMNS, format_for, indicator_rows, write_rows

GDP = Indicator(
    name="地区生产总值",
    value=244.4,
    unit="亿元",
    scaled_value=2.444e10,
    base_unit="元",
    change=Change(kind="同比", direction="up", value=9.4, unit="%", start=30, end=34),
    period="上半年",
    start=20,
    end=27,
    heading_path=["稳中求进", "抓项目"],
)
SENTENCE = Sentence(text="上半年,地区生产总值完成244.4亿元,同比增长9.4%。", start=10, end=40, indicators=[GDP])
DOC = Document(
    length=100,
    speeches=[
        Speech(
            title="区长表态讲话",
            start=0,
            end=100,
            parts=[Part(marker="一、", number=1, style="cn_dun", heading="稳中求进", start=5, end=100,
                        sentences=[SENTENCE])],
        )
    ],
)


def test_tables_one_flat_row_per_indicator() -> None:
    (row,) = indicator_rows(DOC, file="a.txt")
    assert list(row) == [name for name, _ in COLUMNS]
    assert row["file"] == "a.txt"
    assert row["speech"] == "区长表态讲话"
    assert row["heading_path"] == "稳中求进 > 抓项目"
    assert row["sentence"] == SENTENCE.text
    assert (row["name"], row["value"], row["unit"]) == ("地区生产总值", 244.4, "亿元")
    assert (row["scaled_value"], row["scaled_unit"]) == (2.444e10, "元")
    assert (row["change_kind"], row["change_direction"], row["change_value"]) == ("同比", "up", 9.4)
    assert row["base_value"] is None


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("x.csv", "csv"), ("x.jsonl", "jsonl"), ("x.ndjson", "jsonl"), ("x.parquet", "parquet")],
)
def test_tables_format_by_extension(name: str, fmt: str) -> None:
    assert format_for(name) == fmt


def test_tables_unknown_extension_raises() -> None:
    with pytest.raises(ConfigError):
        format_for("x.xlsx")


def test_tables_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_rows(indicator_rows(DOC), path) == 1
    with open(path, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["name"] == "地区生产总值"
    assert row["heading_path"] == "稳中求进 > 抓项目"


def test_tables_jsonl_keeps_chinese_unescaped(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_rows(indicator_rows(DOC), path)
    text = path.read_text(encoding="utf-8")
    assert "地区生产总值" in text
    assert json.loads(text)["change_value"] == 9.4


def test_tables_empty_csv_has_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert write_rows([], path) == 0
    assert path.read_text(encoding="utf-8").startswith("file,speech,heading_path")


def test_tables_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    write_rows(indicator_rows(DOC), path)
    table = pq.read_table(path)
    assert table.column("name").to_pylist() == ["地区生产总值"]
    assert table.column("base_value").to_pylist() == [None]


def test_tables_parquet_without_pyarrow_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ConfigError, match="pip install"):
        write_rows(indicator_rows(DOC), tmp_path / "out.parquet")
