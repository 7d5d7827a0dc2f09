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
    # each line starts with the line number of its node in the file
    assert result.output.splitlines() == [
        "1  # 开发区工作会议上的讲话",
        "3  一、 坚定一个目标",
        "4    (一) 抓项目",
        "5  二、 抓住三个重点",
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


def test_cli_parse_outline_shows_figures_inline(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(speech_file), "-f", "outline", "--indicators"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # the figure of 抓项目 (line 4), one level below it
    assert lines[lines.index("4    (一) 抓项目") + 1] == "4      · 地区生产总值 188亿元, ↑30%, 全年"


def test_cli_parse_outline_flags_lists_beside_parts(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("讲话\n同志们:\n——抓项目,成效明显。\n——保民生,成效明显。\n一、稳增长\n二、促改革\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "-f", "outline"])
    assert [line.split("  ", 1)[1] for line in result.output.splitlines()[1:]] == [
        "—— 抓项目,成效明显 [list]",
        "—— 保民生,成效明显 [list]",
        "一、 稳增长",
        "二、 促改革",
    ]


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_cli_version(flag: str) -> None:
    from govspeech import __version__

    result = CliRunner().invoke(cli, [flag])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_parse_directory_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(tmp_path) in lines[0] and "folder" in lines[0]
    assert "Usage" not in result.output


def _jsonl(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_cli_indicators_walks_a_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "notes.md").write_text("地区生产总值188亿元", encoding="utf-8")  # not a speech format
    result = CliRunner().invoke(cli, ["indicators", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = _jsonl(result.output)
    assert [Path(str(r["file"])).name for r in rows] == ["a.txt", "b.txt"]


def test_cli_indicators_goes_on_after_a_bad_file(speech_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(cli, ["indicators", str(missing), str(empty), str(speech_file)])
    assert result.exit_code == 1
    rows = _jsonl(result.stdout)
    assert [r["file"] for r in rows] == [str(speech_file)]  # the good file after the bad ones
    assert str(missing) in result.stderr and str(empty) in result.stderr
    assert "2 input(s) could not be read" in result.stderr


def test_cli_indicators_rows_carry_speech_fields(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["indicators", str(speech_file), "-o", "-"])
    (row,) = _jsonl(result.output)
    assert (row["speech_index"], row["title"], row["marker"]) == (0, "开发区工作会议上的讲话", "(一)")
    assert row["context"] == "全年完成地区生产总值188亿元,增长30%"
    assert "sentence" not in row


def test_cli_indicators_table_on_a_terminal(speech_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("govspeech.cli.indicators.stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(cli, ["indicators", str(speech_file)])
    assert result.exit_code == 0, result.output
    header, file_line, row = result.output.splitlines()
    assert header.split() == ["name", "value", "unit", "change", "period", "status"]
    assert file_line == f"== {speech_file}"
    assert row.split() == ["地区生产总值", "188", "亿元", "↑30%", "全年", "actual"]
    # columns line up: a Chinese character takes two cells, so 地区生产总值 is 12 cells + padding
    assert row.index("188") == header.index("value") - 6


def test_cli_indicators_jsonl_in_a_pipe(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["indicators", str(speech_file)])  # CliRunner's stdout is no tty
    assert result.exit_code == 0
    assert _jsonl(result.output)[0]["name"] == "地区生产总值"


def test_cli_indicators_unknown_extension_fails_before_parsing(speech_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["indicators", str(speech_file), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2 and "unknown table format" in result.output


def test_cli_indicators_parquet_keeps_integer_offsets(speech_file: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "x.parquet"
    result = CliRunner().invoke(cli, ["indicators", str(speech_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("speech_index").type) == "int64"
    assert table.column("base_start").to_pylist() == [None]


def test_cli_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    """``govspeech indicators big.txt | head -1``: exit code 0, nothing on stderr."""
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    big.write_text("同志们:\n" + "地区生产总值增长9.4%。\n" * 3000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "govspeech", "indicators", str(big)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what head does after its lines
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert json.loads(first)["name"] == "地区生产总值"
    assert err == b""


def test_cli_indicators_long_line_warns_once(tmp_path: Path) -> None:
    big = tmp_path / "line.txt"
    big.write_text("地区生产总值增长9.4%," * 400, encoding="utf-8")
    result = CliRunner().invoke(cli, ["indicators", str(big), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("[W301]") == 1 and result.stderr.startswith("warning: ")


def test_cli_closed_pipe_before_any_output() -> None:
    """``govspeech schema | true``: the reader is gone before the first write."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "govspeech", "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.parametrize("command", ["parse", "indicators", "render", "targets"])
def test_cli_input_format_overrides_the_extension(tmp_path: Path, command: str) -> None:
    """An HTML page saved as .txt is read as HTML when --input-format says so."""
    page = tmp_path / "page.txt"
    page.write_text(
        "<html><body><p>同志们:</p><p>一、稳增长</p><p>地区生产总值增长9.4%。</p></body></html>",
        encoding="utf-8",
    )
    as_text = CliRunner().invoke(cli, [command, str(page)])
    as_html = CliRunner().invoke(cli, [command, str(page), "--input-format", "html"])
    assert as_html.exit_code == 0, as_html.output
    if command == "parse":
        assert json.loads(as_text.stdout)["format"] == "txt" and "<p>" in as_text.stdout
        assert json.loads(as_html.stdout)["format"] == "html" and "<p>" not in as_html.stdout
    elif command == "render":  # read as text, the tags stand in the page as markup noise
        assert 'data-kind="markup"' in as_text.stdout and 'data-kind="markup"' not in as_html.stdout
    elif command == "indicators":  # read as text, the page's first tags make the title
        assert "<html>" in as_text.stdout and "<html>" not in as_html.stdout and "9.4" in as_html.stdout


def test_cli_input_format_rejects_an_unknown_format(speech_file: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(speech_file), "--input-format", "pdf"])
    assert result.exit_code == 2
