"""Indicator rows and table files (``govspeech.corpus.tables``)."""

from __future__ import annotations

import csv
import io
import json
import sys
import warnings
from pathlib import Path

import pytest

import govspeech
from govspeech.corpus.context import CONTEXT_CHARS, clause_around, clip
from govspeech.corpus.tables import (
    COLUMNS,
    OUTLINE_COLUMNS,
    format_for,
    indicator_rows,
    outline_rows,
    write_rows,
)
from govspeech.corpus.write import write_text
from govspeech.errors import ConfigError, GovspeechWarning
from govspeech.models import Base, Change, Document, Indicator, Part, Point, Sentence, Speech

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
            speaker="区长 张三",
            date="2024年1月5日",
            meeting="领导干部大会",
            start=0,
            end=100,
            parts=[Part(marker="一、", number=1, style="cn_dun", heading="稳中求进", start=5, end=100,
                        sentences=[SENTENCE])],
        ),
        Speech(title="区长表态讲话", start=100, end=100),
    ],
)


def test_tables_one_flat_row_per_indicator() -> None:
    (row,) = indicator_rows(DOC, file="a.txt")
    assert list(row) == [name for name, _ in COLUMNS]
    assert row["file"] == "a.txt"
    assert (row["speech_index"], row["title"]) == (0, "区长表态讲话")
    assert (row["speaker"], row["date"], row["meeting"]) == ("区长 张三", "2024年1月5日", "领导干部大会")
    assert row["heading_path"] == "稳中求进 > 抓项目"
    assert (row["marker"], row["node_start"]) == ("一、", 5)
    assert (row["sentence_start"], row["sentence_end"]) == (10, 40)
    assert (row["name"], row["value"], row["unit"]) == ("地区生产总值", 244.4, "亿元")
    assert (row["scaled_value"], row["base_unit"]) == (2.444e10, "元")  # the model's meaning
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
    assert path.read_text(encoding="utf-8").startswith("file,speech_index,title,speaker")


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


def test_tables_columns_name_every_indicator_field_as_the_model_does() -> None:
    names = {name for name, _ in COLUMNS}
    for field in Indicator.model_fields:
        if field in ("change", "base"):
            continue
        assert field in names, field
    for field in Change.model_fields:
        assert f"change_{field}" in names, field
    for field in Base.model_fields:  # the base's own unit is base_value_unit: base_unit is the model's
        assert (f"base_{field}" if field != "unit" else "base_value_unit") in names, field


def test_tables_context_is_the_clause_not_the_sentence() -> None:
    (row,) = indicator_rows(DOC)
    # the level 244.4亿元 (20..27) and its change 9.4% (30..34): the clause from 地区 to 9.4%
    assert row["context"] == "地区生产总值完成244.4亿元,同比增长9.4%"


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("上半年,地区生产总值完成244.4亿元,同比增长9.4%。", 12, 19, "地区生产总值完成244.4亿元"),
        ("新开工项目30个", 5, 8, "新开工项目30个"),
        ("甲" * 300 + "增长9.4%" + "乙" * 300, 302, 306, "甲" * 76 + "增长9.4%" + "乙" * 38),
    ],
)
def test_context_clause_around(text: str, start: int, end: int, expected: str) -> None:
    found = clause_around(text, start, end)
    assert found == expected and len(found) <= CONTEXT_CHARS


def test_context_clip_marks_the_cut() -> None:
    assert clip("一" * 200) == "一" * (CONTEXT_CHARS - 1) + "…"
    assert clip(None) is None and clip("短") == "短"


def test_tables_size_is_linear_on_a_one_line_megabyte() -> None:
    """The 5 MB line of issue #11 at 1 MB: commas and no 。, one sentence of 80 000 figures."""
    text = "地区生产总值增长9.4%," * 36_000  # 1 MB of UTF-8 on one line
    doc = govspeech.parse(text)
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        count = write_text(indicator_rows(doc, file="big.txt"), out, "csv", [])
    assert count >= 36_000
    assert len(out.getvalue().encode("utf-8")) <= 6 * len(text.encode("utf-8"))
    long = [w for w in caught if issubclass(w.category, GovspeechWarning) and "[W301]" in str(w.message)]
    assert len(long) == 1  # once, not once per row


def test_tables_integers_and_nulls_survive_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    write_rows(indicator_rows(DOC), path)
    table = pq.read_table(path)
    for name, kind in COLUMNS:
        expected = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_()}[kind]
        assert table.schema.field(name).type == expected, name
    assert table.column("start").to_pylist() == [20]
    assert table.column("base_start").to_pylist() == [None]


def test_tables_csv_writes_integers_as_integers_and_nulls_empty(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_rows(indicator_rows(DOC), path)
    with open(path, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["start"], row["speech_index"], row["base_start"]) == ("20", "0", "")


def test_tables_outline_rows_give_depth_parent_and_kind() -> None:
    doc = govspeech.parse("讲话\n同志们:\n——抓项目。\n——保民生。\n一、经济运行\n(一)抓项目\n新开工项目30个。\n二、民生\n")
    rows = list(outline_rows(doc, file="a.txt"))
    assert [(r["node"], r["parent"], r["depth"], r["kind"], r["marker"]) for r in rows] == [
        (0, None, 1, "list", "——"),
        (1, None, 1, "list", "——"),
        (2, None, 1, "part", "一、"),
        (3, 2, 2, "point", "(一)"),
        (4, None, 1, "part", "二、"),
    ]
    assert list(rows[3]) == [name for name, _ in OUTLINE_COLUMNS]
    assert (rows[3]["heading"], rows[3]["number"], rows[3]["indicators"]) == ("抓项目", 1, 1)
    assert doc.speeches[0].parts[2].points[0].start == rows[3]["start"]


def test_frames_typed_columns() -> None:
    pd = pytest.importorskip("pandas")
    from govspeech.corpus.frames import indicators_frame, outline_frame

    frame = indicators_frame([DOC, DOC])
    assert list(frame.columns) == [name for name, _ in COLUMNS] and len(frame) == 2
    assert str(frame["start"].dtype) == "Int64" and frame["start"].tolist() == [20, 20]
    assert frame["base_start"].isna().all()
    outline = outline_frame(DOC)
    assert str(outline["parent"].dtype) == "Int64" and outline["heading"].tolist() == ["稳中求进"]
    assert isinstance(frame, pd.DataFrame)


def test_tables_carry_every_indicator_field() -> None:
    """Every field of the model has its column, under the model's own name (GUIDE §3)."""
    from govspeech.corpus.columns import COLUMNS
    from govspeech.models import Base, Change, Indicator

    names = {name for name, _ in COLUMNS}
    nested = {"change", "base", "heading_path"}
    assert {f for f in Indicator.model_fields if f not in nested} <= names
    assert {f"change_{f}" for f in Change.model_fields} <= names
    # the base's value and unit: base_unit is already the unit of scaled_value
    assert {"base_value", "base_value_unit", "base_period", "base_start", "base_end"} <= names
    assert set(Base.model_fields) == {"value", "unit", "period", "start", "end"}
