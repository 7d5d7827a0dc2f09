"""``govspeech.evaluation`` and ``govspeech evaluate``: scoring a parse against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govspeech.cli import cli
from govspeech.evaluation import GoldError, check_gold, evaluate, format_report
from govspeech.evaluation.metrics import close, norm, norm_unit, prf

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "gold"
TEXT = "开幕讲话\n同志们:\n一、稳增长\n全区地区生产总值完成244.4亿元,同比增长9.4%。\n二、促改革\n新增市场主体120户。\n"


def _gold_folder(tmp_path: Path, gold: dict[str, object], text: str = TEXT) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"source": "a.txt", **gold}, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _speech(**extra: object) -> dict[str, object]:
    return {
        "title": "开幕讲话",
        "anchor": "开幕讲话",
        "outline": [
            {"anchor": "一、稳增长", "marker": "一、", "number": 1, "heading": "稳增长", "depth": 1},
            {"anchor": "二、促改革", "marker": "二、", "number": 2, "heading": "促进改革", "depth": 1},
        ],
        "indicators": [
            {"text": "244.4亿元", "context": "地区生产总值完成244.4亿元", "role": "level", "value": 244.4,
             "unit": "亿元", "name": "地区生产总值", "period": "全年"},
            {"text": "9.4%", "context": "同比增长9.4%", "role": "change", "value": 9.4, "unit": "%",
             "name": "地区生产总值", "kind": "同比", "direction": "up"},
        ],
        **extra,
    }


def test_evaluation_counts_what_matches(tmp_path: Path) -> None:
    report = evaluate(_gold_folder(tmp_path, {"speeches": [_speech()]}))
    m = report.metrics
    assert m["speech_found"] == 1.0 and m["speech_spurious"] == 0
    assert (m["node_precision"], m["node_recall"]) == (1.0, 1.0)
    assert m["node_heading_acc"] == 0.5  # 促改革 is not the gold's 促进改革
    # 2 gold rows found; the parse's third row (120户) is a false alarm
    assert (m["ind_recall"], m["ind_precision"]) == (1.0, pytest.approx(2 / 3))
    assert m["ind_period_acc"] == 0.0  # the parse has no period; the gold says 全年
    assert any("heading '促改革' != gold '促进改革'" in line for line in report.details)
    assert any("false alarm: level '120户'" in line for line in report.details)


def test_evaluation_scope_and_optional_rows_cost_nothing(tmp_path: Path) -> None:
    speech = _speech(indicator_scope=[["一、稳增长", "二、促改革"]])
    speech["indicators"][1]["optional"] = True  # type: ignore[index]
    m = evaluate(_gold_folder(tmp_path, {"speeches": [speech]})).metrics
    assert (m["ind_precision"], m["ind_recall"]) == (1.0, 1.0)  # 120户 lies outside the scope


def test_evaluation_gold_anchor_not_in_text(tmp_path: Path) -> None:
    speech = _speech()
    speech["outline"][1]["anchor"] = "三、抓落实"  # type: ignore[index]
    with pytest.raises(GoldError, match="node 1 anchor not found"):
        evaluate(_gold_folder(tmp_path, {"speeches": [speech]}))


def test_evaluation_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold files"):
        check_gold(tmp_path)


@pytest.mark.parametrize(("a", "b"), [("“稳增长”。", '"稳增长"'), ("稳 增长;", "稳增长"), ("ＧＤＰ", "gdp")])
def test_evaluation_norm(a: str, b: str) -> None:
    assert norm(a) == norm(b)


def test_evaluation_units_values_and_prf() -> None:
    assert norm_unit("万平米") == "万平方米"
    assert close(244.4, 244.40000001) and not close(244.4, 244.5) and not close(None, 1.0)
    assert prf(3, 1, 1) == (0.75, 0.75, 0.75) and prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_evaluation_report_text_and_json(tmp_path: Path) -> None:
    report = evaluate(_gold_folder(tmp_path, {"speeches": [_speech()]}))
    assert json.loads(format_report(report, as_json=True))["node_f1"] == 1.0
    lines = format_report(report).splitlines()
    assert lines[0].split() == ["files", "1"] and "node_heading_acc       0.5" in lines


def test_cli_evaluate_examples() -> None:
    """The example gold set of the docs: every metric printed, the published figures hold."""
    result = CliRunner().invoke(cli, ["evaluate", str(EXAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["files"] == 3 and metrics["speech_found"] == 1.0
    for key in ("speech_spurious", "node_f1", "node_parent_acc", "node_heading_acc", "ind_f1",
                "ind_full_f1", "ind_status_acc", "ind_period_acc"):
        assert key in metrics
    assert metrics["node_f1"] >= 0.9 and metrics["ind_f1"] >= 0.9  # docs/evaluation.md publishes these


def test_cli_evaluate_details_and_check() -> None:
    details = CliRunner().invoke(cli, ["evaluate", str(EXAMPLES), "--details"])
    assert details.exit_code == 0 and "node_f1" in details.output
    check = CliRunner().invoke(cli, ["evaluate", str(EXAMPLES), "--check"])
    assert check.exit_code == 0
    assert check.output.strip() == "gold ok: 3 files, 4 speeches, 18 outline nodes, 26 indicator rows"


def test_cli_evaluate_bad_folder_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "gold" in result.output
