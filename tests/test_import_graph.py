"""Data flows one way: a stage imports leaves, tables and earlier stages, never later ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govspeech"

# Leaves and data tables: importable from anywhere, importing no stage themselves.
LEAVES = {"_types", "_version", "errors", "source", "numerals", "lines", "outline.markers",
          "normalize.noise", "indicators.lexicon", "speech_words"}
# Stages in data-flow order (pipeline.STAGES); each may import only earlier ones.
STAGES = ["normalize", "split", "header", "outline.scan", "outline.headings", "outline.levels",
          "outline.build", "sentences", "indicators", "assemble"]
# Modules nothing in the stages may import.
ADAPTERS = {"cli", "components", "extensions", "segment", "batch", "dask", "pipeline", "export", "tables",
            "_align", "_scoring", "_progress", "_resume"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govspeech."):
            found.add(node.module.removeprefix("govspeech."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("govspeech.") for a in node.names if a.name.startswith("govspeech."))
    return found


def _stage_of(module: str) -> int | None:
    for k, stage in enumerate(STAGES):
        if module == stage or module.startswith(stage + "."):
            return k
    return None


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_import_graph_stage_order_matches_pipeline() -> None:
    """The order here is the order ``pipeline.STAGES`` declares (helper modules between)."""
    from govspeech.pipeline import STAGES as PIPELINE

    declared = [fn.__module__.removeprefix("govspeech.") for _, fn in PIPELINE]
    declared = [m for k, m in enumerate(declared) if m not in declared[:k]]  # one row per module
    positions = [_stage_of(m) for m in declared]
    assert None not in positions, declared
    assert positions == sorted(positions), f"pipeline order {declared} disagrees with {STAGES}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p) or "govspeech")
def test_import_graph_flows_one_way(path: Path) -> None:
    module = _module_name(path)
    if module in LEAVES:
        bad = {m for m in _imports(path) if m not in LEAVES and _stage_of(m) is not None}
        assert not bad, f"leaf {module} imports stages {bad}"
        return
    here = _stage_of(module)
    if here is None:
        return  # adapters, the public face and the pipeline may import any stage
    for imported in _imports(path):
        if imported in LEAVES or imported == "models" and module == "assemble":
            continue
        there = _stage_of(imported)
        assert there is not None and there <= here, f"{module} imports {imported}"
        assert imported.split(".")[0] not in ADAPTERS, f"{module} imports adapter {imported}"
