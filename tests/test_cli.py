"""The command line: every command answers --help; parse and schema do their one job."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govspeech.cli import COMMANDS, cli, main

SPEECH = "开发区工作会议上的讲话\n同志们:\n一、坚定一个目标\n(一)抓项目。全年完成地区生产总值188亿元,增长30%。\n二、抓住三个重点\n"


@pytest.fixture()
def speech_file(tmp_path: Path) -> Path:
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted({name for _, name in COMMANDS}))
def test_cli_every_command_has_help(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_cli_parse_json_keeps_chinese_and_offsets(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(speech_file)])
    assert result.exit_code == 0, result.output
    assert "坚定一个目标" in result.output  # not \u-escaped
    doc = json.loads(result.output)
    part = doc["speeches"][0]["parts"][0]
    assert SPEECH[part["start"]:].startswith("一、坚定一个目标")
    assert doc["path"] == str(speech_file) and doc["format"] == "txt"


def test_cli_parse_outline_indents_points(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(speech_file), "--format", "outline"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "# 开发区工作会议上的讲话",
        "一、 坚定一个目标",
        "  (一) 抓项目",
        "二、 抓住三个重点",
    ]


def test_cli_parse_reads_stdin() -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "-f", "outline"], input=SPEECH.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "一、 坚定一个目标" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (bytes(range(256)) * 4, "not text"), (b"\x00\x01\x02\x03" * 50, "binary")],
)
def test_cli_parse_bad_input_one_line_error_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"\xff\xfe\x00", b"\xef\xbb\xbf\x07\x08\x1b"])
def test_cli_parse_no_visible_text_exit_2(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0] and "no text" in lines[0]
    assert "Traceback" not in result.output


def test_cli_parse_missing_file_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_cli_schema_is_json_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "Document" and "Speech" in schema["$defs"]


def test_cli_main_returns_exit_code(speech_file: Path) -> None:
    assert main(["parse", str(speech_file), "-f", "outline"]) == 0
    assert main(["parse", str(speech_file.with_name("missing.txt"))]) == 2
