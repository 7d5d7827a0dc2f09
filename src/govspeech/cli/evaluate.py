"""``govspeech evaluate``: the parser's accuracy on a folder of your own annotations."""

from __future__ import annotations

from pathlib import Path

import click

from govspeech.cli._io import fail


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--details", is_flag=True, help="First list every miss, false alarm and wrong field.")
@click.option("--check", is_flag=True, help="Only validate the gold files; parse nothing.")
def evaluate(gold_dir: Path, as_json: bool, details: bool, check: bool) -> None:
    """Score the parser against the gold annotations in GOLD_DIR.

    GOLD_DIR holds NAME.json files (speeches, outline, indicators, as in
    docs/evaluation.md) and a texts/ folder with the texts they annotate. Prints speech
    found and spurious, node precision/recall/F1, depth, parent, heading and number
    accuracy, indicator precision/recall/F1, field accuracies and ind_full_f1.

    \b
    Example:
      govspeech evaluate examples/gold --details
    """
    from govspeech.evaluation import GoldError, check_gold, evaluate as run, format_report

    try:
        if check:
            click.echo(check_gold(gold_dir))
            return
        report = run(gold_dir)
    except GoldError as exc:
        fail(f"gold: {exc}")
    if details and report.details:
        click.echo("\n".join(report.details))
    click.echo(format_report(report, as_json=as_json))
