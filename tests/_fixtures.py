"""Shared test data: a sample speech, and the reader for fixture files.

Fixture files are in markdown-it-py's format.

A file is a sequence of blocks::

    title line
    .
    input (any number of lines, blank lines allowed)
    .
    expected (any number of lines)
    .

Lines between blocks are ignored when blank. ``\\n`` inside a block is kept as is; the
input and expected text never carry the final line break before the closing ``.``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# A short speech with a salutation, two parts and an indicator, written to files of every
# format and encoding by the reader, batch and Dask tests.
SPEECH = (
    "同志们:\n"
    "今天召开全区经济工作会议,主要任务是总结工作、部署任务。\n"
    "一、坚持稳中求进\n"
    "全年地区生产总值完成244.4亿元,同比增长9.4%。\n"
    "二、狠抓工作落实\n"
    "各级各部门要强化责任担当,确保各项任务落到实处。\n"
)


@dataclass(frozen=True)
class FixtureCase:
    title: str
    input: str
    expected: str
    line: int  # line number of the title, for error messages

    @property
    def expected_lines(self) -> list[str]:
        """The expected block as a list of lines (empty for an empty block)."""
        return self.expected.split("\n") if self.expected else []


def read_fixture(name: str) -> list[FixtureCase]:
    """Every block of ``tests/fixtures/<name>``."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
    cases: list[FixtureCase] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title_line = i
        if i + 1 >= len(lines) or lines[i + 1] != ".":
            raise ValueError(f"{name}:{i + 1}: a title line must be followed by '.'")
        i += 2
        sections: list[list[str]] = []
        for _ in range(2):
            body: list[str] = []
            while i < len(lines) and lines[i] != ".":
                body.append(lines[i])
                i += 1
            if i >= len(lines):
                raise ValueError(f"{name}:{title_line + 1}: unterminated block")
            sections.append(body)
            i += 1
        cases.append(
            FixtureCase(lines[title_line].strip(), "\n".join(sections[0]), "\n".join(sections[1]), title_line + 1)
        )
    return cases


def fixture_params(name: str) -> list[object]:
    """The blocks of a fixture file as ``pytest.param``s with readable ids.

    A title starting with ``xfail:`` marks the case as a strict expected failure whose
    reason is the rest of the title.
    """
    params: list[object] = []
    for case in read_fixture(name):
        marks = []
        if case.title.startswith("xfail:"):
            marks.append(pytest.mark.xfail(strict=True, reason=case.title[len("xfail:"):].strip()))
        params.append(pytest.param(case, id=f"L{case.line}", marks=marks))
    return params
