"""Every script in examples/ runs to completion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_script_runs(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip(), "the example printed nothing"


def test_examples_parse_speech_shows_tree_and_figures(tmp_path: Path) -> None:
    script = next(p for p in EXAMPLES if p.name == "parse_speech.py")
    out = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "# 开发区工作会议上的讲话" in out.stdout  # converted from Traditional
    assert "(一) 抓项目" in out.stdout
    assert "地区生产总值: 188.0 亿元" in out.stdout
