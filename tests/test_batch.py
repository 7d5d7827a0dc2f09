"""Batch runs over a corpus (``govspeech.corpus.batch`` and ``govspeech batch``)."""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from govspeech import Document
from govspeech.corpus.batch import _Outcome, _parallel, collect_inputs, errors_path, run_batch
from govspeech.cli import cli
from govspeech.errors import ConfigError, InputError
from _fixtures import SPEECH


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def make_docx(path: Path, lines: list[str]) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of good files in every format, with a sub-folder and files to ignore."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(SPEECH, encoding="utf-8")
    (root / "sub" / "b.txt").write_bytes(SPEECH.encode("gbk"))
    (root / "c.html").write_text(
        "<html><body>"
        + "".join(f"<p>{line}</p>" for line in SPEECH.splitlines())
        + "</body></html>",
        encoding="utf-8",
    )
    make_docx(root / "d.docx", SPEECH.splitlines())
    (root / "notes.md").write_text("not a speech", encoding="utf-8")  # unsupported: ignored
    (root / ".hidden.txt").write_text(SPEECH, encoding="utf-8")
    (root / "~$d.docx").write_bytes(b"\x00" * 162)  # Word's lock file
    return root


# --- inputs ----------------------------------------------------------------------------


def test_batch_collect_inputs_walks_folders(corpus: Path) -> None:
    found = collect_inputs([corpus])
    names = sorted(Path(p).relative_to(corpus).as_posix() for p in found)
    assert names == ["a.txt", "c.html", "d.docx", "sub/b.txt"]


def test_batch_collect_inputs_globs_and_duplicates(corpus: Path) -> None:
    found = collect_inputs([str(corpus / "**" / "*.txt"), corpus / "a.txt", corpus / "notes.md"])
    names = [Path(p).relative_to(corpus).as_posix() for p in found]
    # each file once; a file named explicitly is kept whatever its suffix
    assert names == ["a.txt", "sub/b.txt", "notes.md"]


@pytest.mark.parametrize("missing", ["nowhere", "nowhere/*.txt"])
def test_batch_collect_inputs_missing_is_input_error(tmp_path: Path, missing: str) -> None:
    with pytest.raises(InputError):
        collect_inputs([str(tmp_path / missing)])


def test_batch_errors_path_sits_next_to_output(tmp_path: Path) -> None:
    assert errors_path(tmp_path / "out.jsonl") == tmp_path / "out.errors.jsonl"
    assert errors_path(tmp_path / "out.json") == tmp_path / "out.json.errors.jsonl"


# --- runs ------------------------------------------------------------------------------


def test_batch_writes_one_document_per_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch([corpus], out, progress=False)
    records = read_jsonl(out)
    assert (summary.ok, summary.failed, summary.skipped) == (4, 0, 0)
    assert sorted(Path(str(r["path"])).name for r in records) == [
        "a.txt",
        "b.txt",
        "c.html",
        "d.docx",
    ]
    formats = {Path(str(r["path"])).name: (r["format"], r["encoding"]) for r in records}
    assert formats["b.txt"] == ("txt", "gb18030")
    assert formats["d.docx"] == ("docx", None)
    for record in records:
        doc = Document.model_validate(record)  # every line is a whole Document
        assert doc.text is not None and doc.length == len(doc.text)
        assert [part.heading for part in doc.speeches[0].parts] == ["坚持稳中求进", "狠抓工作落实"]
    assert summary.chars == sum(int(str(r["length"])) for r in records)
    assert errors_path(out).read_text(encoding="utf-8") == ""


def test_batch_parallel_writes_the_same_lines(corpus: Path, tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    run_batch([corpus], serial, jobs=1, progress=False)
    summary = run_batch([corpus], parallel, jobs=2, progress=False)
    assert summary.ok == 4
    # completion order may differ, the lines may not
    assert sorted(serial.read_text(encoding="utf-8").splitlines()) == sorted(
        parallel.read_text(encoding="utf-8").splitlines()
    )


def bad_files(root: Path) -> dict[str, str | None]:
    """Write the usual bad files into ``root``; map each name to its expected error kind."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "empty.txt").write_bytes(b"")
    rng = random.Random(7)
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + rng.randbytes(6000))
    (root / "corrupt.docx").write_bytes(b"PK\x03\x04\x14\x00" + rng.randbytes(3000))
    gbk = SPEECH.encode("gbk")
    (root / "truncated_gbk.txt").write_bytes(gbk[: len(SPEECH[:-2].encode("gbk")) + 1])
    return {
        "empty.txt": "EmptyInputError",
        "binary.txt": "DecodeError",
        "corrupt.docx": "InputError",
        "truncated_gbk.txt": None,  # readable: a best-effort parse
    }


def check_bad_run(out: Path, expected: dict[str, str | None], good: int) -> None:
    errors = {Path(str(e["path"])).name: e for e in read_jsonl(errors_path(out))}
    failing = {name: kind for name, kind in expected.items() if kind is not None}
    assert {name: e["kind"] for name, e in errors.items()} == failing
    for error in errors.values():
        assert set(error) == {"path", "kind", "message"}
        assert error["message"] and "\n" not in str(error["message"])
    parsed = {Path(str(r["path"])).name: r for r in read_jsonl(out)}
    assert len(parsed) == good + len(expected) - len(failing)
    assert parsed["truncated_gbk.txt"]["encoding"] == "gb18030"


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_bad_files_do_not_stop_the_run(corpus: Path, tmp_path: Path, jobs: int) -> None:
    expected = bad_files(corpus / "bad")
    out = tmp_path / "out.jsonl"
    summary = run_batch([corpus], out, jobs=jobs, progress=False)
    assert (summary.ok, summary.failed) == (5, 3)
    check_bad_run(out, expected, good=4)
    assert "3 failed" in str(summary)


def big_html(path: Path, size: int) -> None:
    """A saved page of ``size`` bytes: the speech amid inline images and scripts."""
    rng = random.Random(50)
    blob = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                   for _ in range(1 << 16))  # fmt: skip
    junk = f'<img src="data:image/png;base64,{blob}">\n<script>var s="{blob}";</script>\n'
    lines = SPEECH.splitlines()
    with open(path, "w", encoding="utf-8") as f:
        f.write("<html><head><meta charset='utf-8'><title>讲话</title></head><body>\n")
        written = 0
        while written < size:
            if lines:
                f.write(f"<p>{lines.pop(0)}</p>\n")
            f.write(junk)
            written += len(junk)
        f.write("</body></html>\n")


@pytest.mark.slow
def test_batch_bad_files_with_a_50_mb_page(corpus: Path, tmp_path: Path) -> None:
    expected = bad_files(corpus / "bad")
    big_html(corpus / "bad" / "saved_page.html", 50_000_000)
    assert (corpus / "bad" / "saved_page.html").stat().st_size >= 50_000_000
    expected["saved_page.html"] = None
    out = tmp_path / "out.jsonl"
    summary = run_batch([corpus], out, jobs=2, progress=False)
    assert (summary.ok, summary.failed) == (6, 3)
    check_bad_run(out, expected, good=4)
    page = next(r for r in read_jsonl(out) if str(r["path"]).endswith("saved_page.html"))
    assert page["text"] == SPEECH.rstrip("\n")  # images and scripts are not text


def die_on_poison(paths: list[str]) -> list[_Outcome]:
    """A worker that dies on a file named poison.txt, as one killed for memory would."""
    if any(Path(p).name == "poison.txt" for p in paths):
        os._exit(3)
    return [_Outcome(p, 0, 1, b"{}") for p in paths]


def test_batch_worker_death_fails_one_file(tmp_path: Path) -> None:
    paths = [str(tmp_path / f"speech_{k}.txt") for k in range(10)]
    paths.insert(5, str(tmp_path / "poison.txt"))
    chunks = [paths[k : k + 2] for k in range(0, len(paths), 2)]
    outcomes = list(_parallel(chunks, 2, die_on_poison))
    assert sorted(o.path for o in outcomes) == sorted(paths)  # every file once
    failed = [(Path(o.path).name, o.kind) for o in outcomes if o.line is None]
    assert failed == [("poison.txt", "WorkerDied")]


def test_batch_resume_skips_files_already_written(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = run_batch([corpus / "a.txt", corpus / "c.html"], out, progress=False)
    assert first.ok == 2
    # a run killed while writing leaves half a line behind
    with open(out, "a", encoding="utf-8") as f:
        f.write('{"length": 12, "speeches": [')
    summary = run_batch([corpus], out, resume=True, progress=False)
    assert (summary.ok, summary.skipped) == (2, 2)
    paths = [Path(str(r["path"])).name for r in read_jsonl(out)]  # every line is valid JSON
    assert sorted(paths) == ["a.txt", "b.txt", "c.html", "d.docx"]


def test_batch_resume_retries_failed_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    (corpus / "late.txt").write_bytes(b"")
    assert run_batch([corpus], out, progress=False).failed == 1
    (corpus / "late.txt").write_text(SPEECH, encoding="utf-8")  # fixed since
    summary = run_batch([corpus], out, resume=True, progress=False)
    assert (summary.ok, summary.failed, summary.skipped) == (1, 0, 4)
    assert errors_path(out).read_text(encoding="utf-8") == ""


def count_indicators(out: Path) -> int:
    return sum(len(Document.model_validate(r).indicators) for r in read_jsonl(out))


def test_batch_indicators_table_covers_every_document(corpus: Path, tmp_path: Path) -> None:
    out, table = tmp_path / "out.jsonl", tmp_path / "indicators.csv"
    run_batch([corpus / "a.txt", corpus / "sub"], out, indicators=table, jobs=2, progress=False)
    run_batch([corpus], out, indicators=table, resume=True, progress=False)
    with open(table, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # after a resume the table still describes every Document in OUT, old and new
    assert len(rows) == count_indicators(out)
    assert {row["file"] for row in rows} <= {str(r["path"]) for r in read_jsonl(out)}


def test_batch_indicators_parquet(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, table = tmp_path / "out.jsonl", tmp_path / "indicators.parquet"
    run_batch([corpus], out, indicators=table, progress=False)
    assert pq.read_table(table).num_rows == count_indicators(out)


def test_batch_unknown_table_format_fails_before_parsing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(ConfigError):
        run_batch([corpus], out, indicators=tmp_path / "indicators.xlsx", progress=False)
    assert not out.exists()


def test_batch_progress_reports_rates(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_batch([corpus], tmp_path / "out.jsonl", progress=True)
    err = capsys.readouterr().err
    assert "4/4 files" in err and "files/s" in err and "chars/s" in err


def test_batch_progress_is_silent_off_a_terminal(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_batch([corpus], tmp_path / "out.jsonl")  # pytest's captured stderr is not a TTY
    assert capsys.readouterr().err == ""


# --- command line ----------------------------------------------------------------------


def test_batch_cli_finishes_with_bad_files(corpus: Path, tmp_path: Path) -> None:
    bad_files(corpus / "bad")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(corpus), "-o", str(out), "-j", "2"])
    assert result.exit_code == 1, result.output  # the run finished; the code says some failed
    assert "5 files parsed, 3 failed" in result.stderr
    # one line on stderr per failed file, as in the errors file
    assert sum(line.startswith("error: ") for line in result.stderr.splitlines()) == 3
    assert f"error: {corpus / 'bad' / 'empty.txt'}: empty file (0 bytes)" in result.stderr
    assert len(read_jsonl(out)) == 5 and len(read_jsonl(errors_path(out))) == 3


def test_batch_cli_writes_indicators_and_resumes(corpus: Path, tmp_path: Path) -> None:
    out, table = tmp_path / "out.jsonl", tmp_path / "indicators.csv"
    runner = CliRunner()
    first = runner.invoke(
        cli, ["batch", str(corpus / "*.txt"), "-o", str(out), "--indicators", str(table)]
    )
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        cli, ["batch", str(corpus), "-o", str(out), "--resume", "--indicators", str(table)]
    )
    assert again.exit_code == 0, again.output
    assert "1 skipped" in again.stderr
    assert len(read_jsonl(out)) == 4
    assert table.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "corpus"],  # no -o
        ["batch", "-o", "out.jsonl"],  # no input
        ["batch", "nowhere", "-o", "out.jsonl"],
        ["batch", "corpus", "-o", "out.jsonl", "--indicators", "rows.xlsx"],
        ["batch", "corpus", "-o", "out.jsonl", "-j", "-1"],
        ["batch", "corpus", "-o", "missing_folder/out.jsonl"],
    ],
)
def test_batch_cli_usage_errors_exit_2(corpus: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert not (corpus.parent / "out.jsonl").exists()


def test_batch_cli_help() -> None:
    result = CliRunner().invoke(cli, ["batch", "--help"])
    assert result.exit_code == 0
    for option in ("--output", "--indicators", "--jobs", "--resume"):
        assert option in result.output


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths in CLI arguments resolve inside the test's folder."""
    monkeypatch.chdir(tmp_path)
