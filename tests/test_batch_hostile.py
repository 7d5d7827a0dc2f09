"""Batch runs over hostile corpora (issues #11 and #12): file names that are not UTF-8,
FIFOs, files over the size limit, a full disk, a killed run. Generated in tmp_path."""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

import govspeech.corpus.batch as batch_module
from govspeech.cli import cli
from govspeech.corpus.batch import errors_path, run_batch
from govspeech.errors import ConfigError
from _fixtures import SPEECH

needs_posix_names = pytest.mark.skipif(
    sys.platform == "darwin" or os.name == "nt", reason="file names must be arbitrary bytes"
)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """JSON Lines read by Python's json module, which reads \\udcXX escapes back."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def govspeech_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "govspeech", *args]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


# --- file names ------------------------------------------------------------------------


@needs_posix_names
def test_issue_12_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    good, bad = os.fsencode(root) + b"/\xe8\xae\xb2\xff.txt", os.fsencode(root) + b"/empty\xfe.txt"
    Path(os.fsdecode(good)).write_text(SPEECH, encoding="utf-8")
    Path(os.fsdecode(bad)).write_bytes(b"")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(root), "-o", str(out), "--indicators", "rows.csv"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # one file failed; the run finished
    assert "1 files parsed, 1 failed" in result.stderr
    assert "empty\\udcfe.txt" in result.stderr  # the error line names the file
    [doc] = read_jsonl(out)
    assert os.fsencode(str(doc["path"])) == good  # the same bytes, through \udcXX escapes
    assert b"\\udcff" in out.read_bytes()  # escaped: the file is valid UTF-8
    out.read_bytes().decode("utf-8")
    [error] = read_jsonl(errors_path(out))
    assert (os.fsencode(str(error["path"])), error["kind"]) == (bad, "EmptyInputError")
    with open("rows.csv", encoding="utf-8", newline="") as f:
        files = {row["file"] for row in csv.DictReader(f)}
    assert files == {os.fsdecode(good).encode("utf-8", "backslashreplace").decode()}
    again = CliRunner().invoke(cli, [*args, "--resume"])
    assert "1 skipped" in again.stderr, again.output


# --- what is a file --------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_issue_12_fifo_does_not_block_a_run(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(SPEECH, encoding="utf-8")
    os.mkfifo(root / "x.txt")
    os.mkfifo(tmp_path / "named.txt")
    try:
        done = subprocess.run(
            govspeech_cmd("batch", str(root), str(tmp_path / "named.txt"), "-o", "out.jsonl"),
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:  # a reader blocked in open() is released by a writer
        for fifo in (root / "x.txt", tmp_path / "named.txt"):
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert done.returncode == 1, done.stderr
    errors = {Path(str(e["path"])).name: e for e in read_jsonl(tmp_path / "out.errors.jsonl")}
    assert {name: e["kind"] for name, e in errors.items()} == {
        "x.txt": "NotAFileError",
        "named.txt": "NotAFileError",
    }
    assert "FIFO" in str(errors["x.txt"]["message"])
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1


def test_issue_12_max_bytes(tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "big.txt").write_text(SPEECH * 20, encoding="utf-8")
    args = ["batch", "small.txt", "big.txt", "-o", "out.jsonl", "--max-bytes", "1k"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    [error] = read_jsonl(tmp_path / "out.errors.jsonl")
    assert (error["path"], error["kind"]) == ("big.txt", "TooLargeError")
    assert "1,024 bytes" in str(error["message"])
    bad = CliRunner().invoke(cli, ["batch", "small.txt", "-o", "out.jsonl", "--max-bytes", "lots"])
    assert bad.exit_code == 2


# --- formats ---------------------------------------------------------------------------


def test_issue_11_input_format_and_unknown_suffixes(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(SPEECH, encoding="utf-8")
    (notes / "b").write_text(SPEECH, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["batch", "notes", "-o", "out.jsonl", "--input-format", "txt"])
    assert result.exit_code == 0, result.output
    names = sorted(Path(str(r["path"])).name for r in read_jsonl(tmp_path / "out.jsonl"))
    assert names == ["a.md", "b"]
    # named explicitly, a file of unknown type is read as text
    summary = run_batch([notes / "a.md"], tmp_path / "one.jsonl", progress=False)
    assert (summary.ok, summary.failed) == (1, 0)
    # a page saved as .txt, read as HTML
    (tmp_path / "page.txt").write_text("<p>同志们:</p><p>一、稳增长</p>", encoding="utf-8")
    run_batch(["page.txt"], tmp_path / "page.jsonl", input_format="html", progress=False)
    assert read_jsonl(tmp_path / "page.jsonl")[0]["text"] == "同志们:\n一、稳增长"


@pytest.mark.parametrize("name", ["corpus.parquet", "corpus.csv", "corpus"])
def test_issue_11_output_that_is_not_jsonl_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", "a.txt", "-o", name])
    assert result.exit_code == 2
    assert "JSON Lines" in result.output and "--indicators" in result.output
    assert not (tmp_path / name).exists()
    with pytest.raises(ConfigError):
        run_batch(["a.txt"], tmp_path / name)


# --- writing ---------------------------------------------------------------------------


class _FullDisk:
    """A binary file whose writes fail as on a full disk."""

    def __init__(self, real: object) -> None:
        self.real = real

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()  # type: ignore[attr-defined]


def test_issue_12_failed_write_fails_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")

    def full_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = open(file, mode, *args, **kwargs)  # type: ignore[call-overload]
        return _FullDisk(handle) if "b" in mode else handle

    monkeypatch.setattr(batch_module, "open", full_open, raising=False)
    result = CliRunner().invoke(cli, ["batch", "a.txt", "-o", "out.jsonl"])
    assert result.exit_code == 1
    assert "error: cannot write out.jsonl: No space left on device" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_issue_12_output_on_a_full_device(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "out.jsonl").symlink_to("/dev/full")
    done = subprocess.run(
        govspeech_cmd("batch", "a.txt", "-o", "out.jsonl"),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "No space left on device" in done.stderr and "Traceback" not in done.stderr


# --- a killed run ----------------------------------------------------------------------


def slow_corpus(root: Path, files: int = 12) -> None:
    """Files that take each worker seconds to parse."""
    root.mkdir()
    for k in range(files):
        (root / f"speech_{k:02d}.txt").write_text(SPEECH * 8000, encoding="utf-8")


def children_of(pid: int) -> list[psutil.Process]:
    with contextlib.suppress(psutil.NoSuchProcess):
        return psutil.Process(pid).children(recursive=True)
    return []


@contextlib.contextmanager
def running_batch(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], list[psutil.Process]]]:
    """A batch run with two workers, once both are busy; everything is killed after."""
    slow_corpus(tmp_path / "corpus")
    process = subprocess.Popen(
        govspeech_cmd("batch", "corpus", "-o", "out.jsonl", "-j", "2"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    spawned: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            spawned = children_of(process.pid)
            workers = [p for p in spawned if "resource_tracker" not in " ".join(p.cmdline())]
            if len(workers) >= 2:
                break
            time.sleep(0.2)
        assert len(spawned) >= 2, "the workers never started"
        time.sleep(1.5)  # the workers are parsing
        assert process.poll() is None, "the run ended before it could be killed"
        yield process, spawned
    finally:
        for child in [*spawned, psutil.Process(process.pid)] if process.poll() is None else spawned:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        process.communicate()


def survivors(processes: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    return [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_issue_12_killed_batch_leaves_no_worker(tmp_path: Path, signum: int) -> None:
    with running_batch(tmp_path) as (process, spawned):
        process.send_signal(signum)
        code = process.wait(timeout=30)
        assert survivors(spawned, 5) == []
    assert code == 128 + signum
    _, err = process.communicate()
    assert "--resume" in err and "Traceback" not in err


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_issue_12_workers_die_with_a_sigkilled_parent(tmp_path: Path) -> None:
    with running_batch(tmp_path) as (process, spawned):
        process.kill()  # no handler runs: the workers must notice by themselves
        process.wait(timeout=30)
        assert survivors(spawned, 5) == []


def test_issue_12_a_big_file_travels_alone() -> None:
    # Memory per worker is bounded by one big file: it never shares a chunk.
    sizes = {"big.txt": 50 << 20, "a.txt": 10, "b.txt": 10, "huge.txt": 300 << 20}
    chunks = batch_module._chunks(["huge.txt", "big.txt", "a.txt", "b.txt"], sizes, 16)
    assert chunks == [["huge.txt"], ["big.txt"], ["a.txt", "b.txt"]]
