"""``govspeech batch``: a corpus of files to JSON Lines, in parallel, with progress."""

from __future__ import annotations

from pathlib import Path

import click

from govspeech.corpus.batch import run_batch
from govspeech.errors import ConfigError, InputError


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON Lines file: one Document per input file. Errors go to OUT.errors.jsonl.",
)
@click.option(
    "--indicators",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write every indicator to this table (.csv, .jsonl or .parquet).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes; 0 uses every CPU.",
)
@click.option("--resume", is_flag=True, help="Skip files already in OUT and append the others.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal).",
)
def batch(
    inputs: tuple[str, ...],
    output: Path,
    indicators: Path | None,
    jobs: int,
    resume: bool,
    progress: bool | None,
) -> None:
    """Parse INPUTS (files, folders searched recursively, or glob patterns) into OUT.

    Reads .txt (any common Chinese encoding), .docx and .html/.htm files. A file that
    cannot be read is listed in OUT.errors.jsonl and the run goes on; the exit code is 0
    once the run finishes, whatever the number of bad files.

    \b
    Example:
        govspeech batch 讲话/ -o speeches.jsonl --indicators indicators.csv -j 4
    """
    if not output.parent.is_dir():
        raise click.BadParameter(f"folder {output.parent} does not exist", param_hint="'-o'")
    try:
        summary = run_batch(
            inputs, output, indicators=indicators, jobs=jobs, resume=resume, progress=progress
        )
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'--indicators'") from None
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="'INPUTS...'") from None
    click.echo(str(summary), err=True)
