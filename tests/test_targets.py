"""Headline targets (issue #9, item 7): a dozen targets read by hand from a report written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import govspeech
from govspeech.cli import main
from govspeech.parser.indicators.headline import HeadlineTable

REPORT = """2027年某省政府工作报告
——2027年1月20日在某省第十五届人民代表大会第三次会议上
各位代表：
一、2026年工作回顾
过去一年，全省生产总值增长5.1%，一般公共预算收入完成820亿元。
二、2027年经济社会发展的主要预期目标
今年经济社会发展的主要预期目标是：全省生产总值增长5%左右；一般公共预算收入增长3%；规模以上工业增加值增长6%以上；固定资产投资增长4%—5%；社会消费品零售总额增长5.5%；城乡居民人均可支配收入增长与经济增长同步；城镇新增就业45万人以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；单位地区生产总值能耗下降2.5%；粮食产量稳定在700亿斤以上；细颗粒物(PM2.5)平均浓度控制在30微克/立方米以内。
三、2027年重点工作
（一）扩大有效投资。实际使用外资达到50亿美元。预计全年进出口总额增长4%。
"""

# (key, name, level value, level unit, level bound, change value, change unit, change bound,
#  value_high) read by hand from REPORT
EXPECTED = [
    ("gdp", "生产总值", None, None, None, 5.0, "%", "around", None),
    ("general_budget_revenue", "一般公共预算收入", None, None, None, 3.0, "%", None, None),
    ("industrial_value_added", "规模以上工业增加值", None, None, None, 6.0, "%", "at_least", None),
    ("fixed_asset_investment", "固定资产投资", None, None, None, 4.0, "%", "range", 5.0),
    ("retail_sales", "社会消费品零售总额", None, None, None, 5.5, "%", None, None),
    ("urban_new_jobs", "城镇新增就业", 45.0, "万人", "at_least", None, None, None, None),
    ("urban_unemployment", "城镇调查失业率", 5.5, "%", "at_most", None, None, None, None),
    ("cpi", "居民消费价格", None, None, None, 3.0, "%", "around", None),
    ("energy_intensity", "单位地区生产总值能耗", None, None, None, 2.5, "%", None, None),
    ("grain_output", "粮食产量", 700.0, "亿斤", "at_least", None, None, None, None),
    ("pm25", "细颗粒物(PM2.5)平均浓度", 30.0, "微克/立方米", "at_most", None, None, None, None),
    ("fdi", "实际使用外资", 50.0, "亿美元", None, None, None, None, None),
]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return govspeech.targets(govspeech.parse(REPORT))


def test_targets_a_dozen_read_by_hand(rows: list[dict[str, object]]) -> None:
    got = [
        (r["key"], r["name"], r["value"], r["unit"], r["bound"], r["change_value"], r["change_unit"],
         r["change_bound"], r["value_high"] if r["value"] is not None else r["change_value_high"])
        for r in rows
    ]
    assert got == EXPECTED


def test_targets_context_and_time(rows: list[dict[str, object]]) -> None:
    assert {r["reference_year"] for r in rows} == {2027}
    assert {(r["period_start"], r["period_end"]) for r in rows} == {("2027-01-01", "2027-12-31")}
    assert rows[0]["speech"] == "2027年某省政府工作报告"
    assert rows[0]["clause"] == "全省生产总值增长5%左右"
    assert rows[-1]["heading_path"].endswith("扩大有效投资")


def test_targets_leave_out_actuals_and_expectations(rows: list[dict[str, object]]) -> None:
    # 2026 actuals (增长5.1%, 820亿元) and the expected 进出口总额 are not targets
    assert all(r["change_value"] != 5.1 and r["value"] != 820 for r in rows)
    assert "trade" not in {r["key"] for r in rows}


def test_targets_with_your_own_table() -> None:
    table = HeadlineTable.from_text("key\tpattern\tdescription\ngrain\t粮食产量\tgrain output\n")
    rows = govspeech.targets(govspeech.parse(REPORT), table=table)
    assert [(r["key"], r["value"]) for r in rows] == [("grain", 700.0)]


def test_targets_frame() -> None:
    pytest.importorskip("pandas")
    frame = govspeech.targets_frame(govspeech.parse(REPORT))
    assert len(frame) == len(EXPECTED)
    assert frame.loc[frame["key"] == "gdp", "change_value"].item() == 5.0


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_targets_command_writes_each_format(tmp_path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / f"targets{suffix}"
    assert main(["targets", str(source), "-o", str(out)]) == 0
    if suffix == ".csv":
        with open(out, encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle))
        assert [row["key"] for row in table] == [e[0] for e in EXPECTED]
    elif suffix == ".jsonl":
        table = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert table[3]["change_value_high"] == 5.0
    else:
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        assert pq.read_table(out).num_rows == len(EXPECTED)
