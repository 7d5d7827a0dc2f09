"""Data flows one way, between folders and between the parser's stages.

Folders: the parser imports none of the readers, the spaCy integration or the corpus
tools; the readers import nothing of spaCy or the corpus tools; spaCy and the corpus tools
may use the parser and the readers; the CLI sits on top and nothing imports it.
Stages: a stage imports leaves, tables and earlier stages (``pipeline.STAGES`` order),
never later ones.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govspeech"

# What each top-level folder (or module) may import from govspeech. The shared top level
# (models, errors, numerals, _version, the package itself) is open to every folder.
SHARED = {"models", "errors", "numerals", "_version", ""}
ALLOWED = {
    "parser": {"parser"},
    "readers": {"readers", "parser"},
    "spacy_plugin": {"spacy_plugin", "parser", "readers"},
    "corpus": {"corpus", "parser", "readers"},
    "evaluation": {"evaluation", "parser"},
    "cli": {"cli", "parser", "readers", "corpus", "spacy_plugin", "evaluation", "render"},
    "render": {"render", "corpus"},
    "models": {"render"},  # only inside to_html/_repr_html_, imported on use
    "errors": set(),
    "numerals": set(),
    "_version": set(),
    "__main__": {"cli"},
    "": {"parser", "readers", "corpus", "spacy_plugin"},  # the public face re-exports; spaCy only lazily
}

# Inside the parser: leaves and data tables, importable by any stage, importing no stage.
LEAVES = {"_types", "source", "lines", "outline.markers", "normalize.noise", "indicators.lexicon",
          "speech_words"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    return ".".join(p for p in rel.parts if p != "__init__")


def _imports(path: Path) -> set[str]:
    """govspeech modules imported by ``path`` (without the ``govspeech.`` prefix)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "govspeech":
            found.add(node.module.removeprefix("govspeech").removeprefix("."))
        elif isinstance(node, ast.Import):
            found.update(
                a.name.removeprefix("govspeech").removeprefix(".") for a in node.names
                if a.name.split(".")[0] == "govspeech"
            )
    return found


def _folder(module: str) -> str:
    return module.split(".")[0]


def _stage_order() -> list[str]:
    """Parser modules in the order ``pipeline.STAGES`` runs them (one row per module)."""
    from govspeech.parser.pipeline import STAGES

    order: list[str] = []
    for stage in STAGES:
        module = stage.module.removeprefix("govspeech.parser.")
        if module not in order:
            order.append(module)
    return order


def _stage_of(module: str, order: list[str]) -> int | None:
    """Position of a parser module among the stages; ``None`` for the pipeline itself."""
    inner = module.removeprefix("parser.")
    for k, stage in enumerate(order):
        if inner == stage or inner.startswith(stage + "."):
            return k
    # A helper inside a stage folder (outline.headings) ranks with that folder's first stage.
    folder = inner.split(".")[0]
    return next((k for k, s in enumerate(order) if "." in s and s.split(".")[0] == folder), None)


MODULES = sorted(PACKAGE.rglob("*.py"))


def check_folders(module: str, imported: set[str]) -> list[str]:
    """The imports of ``module`` that cross the folder rule."""
    allowed = ALLOWED[_folder(module)] | SHARED
    return sorted(m for m in imported if _folder(m) not in allowed)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p) or "govspeech")
def test_import_graph_folders_flow_one_way(path: Path) -> None:
    module = _module_name(path)
    assert _folder(module) in ALLOWED, f"{module}: a new folder needs its row in ALLOWED"
    bad = check_folders(module, _imports(path))
    assert not bad, f"{module} imports {bad}"


def test_import_graph_rejects_a_parser_module_importing_spacy_or_corpus() -> None:
    """The rule bites: a parser stage importing a later folder is reported."""
    assert check_folders("parser.split", {"spacy_plugin.components"}) == ["spacy_plugin.components"]
    assert check_folders("parser.indicators.names", {"corpus.tables"}) == ["corpus.tables"]
    assert check_folders("readers.docx", {"corpus.batch"}) == ["corpus.batch"]
    assert check_folders("parser.split", {"parser.lines", "models", "numerals"}) == []


def test_import_graph_stages_are_the_pipeline_rows() -> None:
    order = _stage_order()
    assert order[0] == "normalize" and order[-1] == "assemble", order
    for module in ("parser.outline.headings", "parser.indicators.names", "parser.normalize.pinyin"):
        assert _stage_of(module, order) is not None, module


@pytest.mark.parametrize(
    "path", [p for p in MODULES if _folder(_module_name(p)) == "parser"], ids=_module_name
)
def test_import_graph_stages_import_only_earlier_stages(path: Path) -> None:
    order = _stage_order()
    module = _module_name(path).removeprefix("parser.")
    parser_imports = {m.removeprefix("parser.") for m in _imports(path) if _folder(m) == "parser"}
    if module in LEAVES:
        bad = {m for m in parser_imports if m not in LEAVES}
        assert not bad, f"leaf {module} imports stages {bad}"
        return
    here = _stage_of("parser." + module, order)
    if here is None:
        return  # the pipeline and the package docstring drive every stage
    for imported in parser_imports - LEAVES:
        there = _stage_of("parser." + imported, order)
        assert there is not None and there <= here, f"{module} imports the later stage {imported}"
