"""A speech's indicators and outline as pandas tables, and the parser's accuracy on the
example gold set beside this script.

    python examples/tables_and_accuracy.py
"""

from __future__ import annotations

from pathlib import Path

import govspeech
from govspeech.corpus.frames import indicators_frame, outline_frame
from govspeech.evaluation import evaluate

GOLD = Path(__file__).resolve().parent / "gold"


def main() -> int:
    text = (GOLD / "texts" / "county_economy.txt").read_text(encoding="utf-8")
    doc = govspeech.parse(text)
    figures = indicators_frame(doc)
    print(figures[["heading_path", "name", "value", "unit", "change_value", "period", "status"]].to_string())
    print()
    print(outline_frame(doc)[["node", "parent", "depth", "kind", "marker", "heading"]].to_string())
    print()
    metrics = evaluate(GOLD).metrics
    for key in ("node_f1", "node_heading_acc", "ind_f1", "ind_full_f1", "ind_status_acc", "ind_period_acc"):
        print(f"{key:18s} {metrics[key]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
