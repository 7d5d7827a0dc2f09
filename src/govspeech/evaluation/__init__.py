"""How accurate the parser is on your own annotated texts.

>>> from govspeech.evaluation import evaluate
>>> report = evaluate("examples/gold")          # doctest: +SKIP
>>> round(report.metrics["node_f1"], 3)          # doctest: +SKIP

A gold folder holds ``NAME.json`` files and a ``texts/`` folder with the raw texts they
name (``docs/evaluation.md``). Each text is parsed with :func:`govspeech.parse` and
matched against its annotations: speeches found, outline nodes (precision, recall, F1,
depth, parent, heading, number), indicator rows (precision, recall, F1, field accuracies)
and ``ind_full_f1``, the F1 of records a researcher could put in a table unedited.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from govspeech.evaluation.gold import GoldError, GoldFile, load_gold
from govspeech.evaluation.metrics import Tally, prf, score_file
from govspeech.evaluation.predict import flatten_document
from govspeech.models import Document

__all__ = ["GoldError", "Report", "check_gold", "evaluate", "format_report", "load_gold"]

Parser = Callable[[str], Document]


@dataclass(slots=True)
class Report:
    """The metrics of one evaluation, in a fixed order, and each miss when asked for."""

    metrics: dict[str, float | int | None]
    details: list[str] = field(default_factory=list)


def evaluate(folder: str | Path, *, parse: Parser | None = None) -> Report:
    """Parse every text of a gold folder and score the parse against the annotations.

    Args:
        folder: A folder of ``NAME.json`` gold files beside ``texts/``.
        parse: The parser to score; :func:`govspeech.parse` by default.

    Returns:
        A :class:`Report`: ``metrics`` (``speech_found``, ``node_f1``, ``ind_f1``,
        ``ind_full_f1``, …; ``None`` where nothing was there to count) and ``details``, one
        line per miss, false alarm and wrong field.

    Raises:
        GoldError: The folder holds no gold file or an annotation does not fit its text.
    """
    from govspeech.parser.pipeline import parse as default_parse

    run: Parser = parse or default_parse
    files = load_gold(folder)
    total = Tally()
    nodes = [0, 0, 0]
    inds = [0, 0, 0]
    spurious = 0
    details: list[str] = []
    began = time.perf_counter()
    for gold in files:
        scored = score_file(gold, flatten_document(run(gold.text)))
        total.merge(scored.tally)
        nodes = [a + b for a, b in zip(nodes, scored.nodes)]
        inds = [a + b for a, b in zip(inds, scored.indicators)]
        spurious += scored.spurious
        details.extend(scored.details)
    seconds = time.perf_counter() - began
    metrics = _metrics(files, total, nodes, inds, spurious, seconds)
    return Report(metrics, details)


def _metrics(
    files: list[GoldFile], total: Tally, nodes: list[int], inds: list[int], spurious: int, seconds: float
) -> dict[str, float | int | None]:
    np_, nr, nf = prf(nodes[0], nodes[1], nodes[2])
    ip, ir, if_ = prf(inds[0], inds[1], inds[2])
    full_tp, pred_rows = total.n.get("ind_counts", (0, 0))
    gold_rows = inds[0] + inds[2]
    fp_ = full_tp / pred_rows if pred_rows else 0.0
    fr_ = full_tp / gold_rows if gold_rows else 0.0
    return {
        "files": len(files), "chars": sum(len(f.text) for f in files), "seconds": round(seconds, 3),
        "speech_found": total.rate("speech_found"), "speech_count_exact": total.rate("speech_count_exact"),
        "speech_spurious": spurious,
        "node_precision": np_, "node_recall": nr, "node_f1": nf,
        "node_depth_acc": total.rate("node_depth"), "node_parent_acc": total.rate("node_parent"),
        "node_heading_acc": total.rate("node_heading"), "node_number_acc": total.rate("node_number"),
        "ind_precision": ip, "ind_recall": ir, "ind_f1": if_,
        "ind_full_f1": 2 * fp_ * fr_ / (fp_ + fr_) if fp_ + fr_ else 0.0,
        "ind_value_unit_acc": total.rate("ind_value_unit"), "ind_name_acc": total.rate("ind_name"),
        "ind_name_overlap_acc": total.rate("ind_name_overlap"),
        "ind_direction_acc": total.rate("ind_direction"), "ind_kind_acc": total.rate("ind_kind"),
        "ind_status_acc": total.rate("ind_status"), "ind_period_acc": total.rate("ind_period"),
    }


def check_gold(folder: str | Path) -> str:
    """Validate a gold folder without parsing; a one-line summary of what it holds.

    Raises:
        GoldError: As :func:`evaluate`.
    """
    files = load_gold(folder)
    speeches = sum(len(f.speeches) for f in files)
    nodes = sum(len(s.nodes) for f in files for s in f.speeches)
    rows = sum(len(s.indicators) for f in files for s in f.speeches)
    return f"gold ok: {len(files)} files, {speeches} speeches, {nodes} outline nodes, {rows} indicator rows"


def format_report(report: Report, *, as_json: bool = False) -> str:
    """The metrics as one JSON object, or one ``name value`` line each (4 decimals)."""
    if as_json:
        return json.dumps(report.metrics, ensure_ascii=False)
    return "\n".join(
        f"{k:22s} {round(v, 4) if isinstance(v, float) else v}" for k, v in report.metrics.items()
    )
