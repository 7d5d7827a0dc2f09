"""The docs: every Python example runs, every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govspeech.cli import COMMANDS

DOCS = Path(__file__).resolve().parents[1] / "docs"
README = DOCS.parent / "README.md"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
# An example's first line may say it needs an optional package (``# needs: dask``) or that it
# only illustrates a call on the reader's own data or cluster (``# not run: …``).
_NEEDS = re.compile(r"#\s*needs:\s*(\S+)")
_NOT_RUN = re.compile(r"#\s*not run\b")


def _examples() -> list[tuple[str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for k, block in enumerate(_BLOCK.findall(page.read_text(encoding="utf-8"))):
            found.append((f"{page.name}#{k}", block))
    return found


@pytest.mark.parametrize(("where", "code"), _examples(), ids=[w for w, _ in _examples()])
def test_docs_example_runs(where: str, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = code.splitlines()[0] if code.strip() else ""
    if _NOT_RUN.search(first):
        pytest.skip(first.strip("# "))
    needs = _NEEDS.search(first)
    if needs:
        pytest.importorskip(needs.group(1))
    monkeypatch.chdir(tmp_path)
    exec(compile(code, where, "exec"), {"__name__": "__docs__"})


def test_docs_every_command_documented() -> None:
    cli_page = (DOCS / "cli.md").read_text(encoding="utf-8")
    for _, name in COMMANDS:
        assert f"`govspeech {name}" in cli_page, f"command {name!r} missing from docs/cli.md"


def test_docs_readme_links_resolve() -> None:
    text = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(((?:docs|examples)/[^)#]*)\)", text):
        assert (README.parent / target).exists(), target


def test_docs_readme_names_setup_and_test_commands() -> None:
    """README opens with the two commands .ci/run runs."""
    readme = README.read_text(encoding="utf-8")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -e ".[dev]"' in readme and 'pip install -e ".[dev]"' in ci
    assert "\npytest " in readme and "\npytest\n" in ci


def test_docs_every_public_name_documented() -> None:
    import govspeech

    api = (DOCS / "api.md").read_text(encoding="utf-8")
    for name in govspeech.__all__:
        assert f"`{name}" in api, f"{name} missing from docs/api.md"
