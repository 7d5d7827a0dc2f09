"""``govspeech batch``: a corpus of files to JSON Lines, in parallel, with progress."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import NoReturn

import click

from govspeech.corpus.batch import check_output, printable, run_batch
from govspeech.corpus.pool import Terminated
from govspeech.errors import ConfigError, InputError
from govspeech.readers import FORMAT_NAMES, Format
from govspeech.readers.files import parse_size

EXIT_SOME_FAILED = 1  # the run finished, but some files could not be read, or OUT not written
EXIT_USAGE = 2  # nothing was parsed: a bad option or an input that names nothing


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """A size such as 200M, 1G or 1000 (bytes)."""
    try:
        return None if value is None else parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON Lines file (.jsonl): one Document per input file. Errors go to OUT.errors.jsonl.",
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
    "--input-format",
    type=click.Choice(FORMAT_NAMES),
    help="Read every file as txt, docx or html whatever its suffix (folders: every file).",
)
@click.option(
    "--max-bytes",
    metavar="SIZE",
    callback=_size,
    help="Skip (as an error) files larger than this, e.g. 50M or 1G "
    "[default: $GOVSPEECH_MAX_BYTES or 200M].",
)
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
    input_format: Format | None,
    max_bytes: int | None,
    progress: bool | None,
) -> None:
    """Parse INPUTS (files, folders searched recursively, or glob patterns) into OUT.

    Reads .txt (any common Chinese encoding), .docx and .html/.htm files; other files
    named on the command line are read as text. A file that cannot be read is reported
    on stderr and in OUT.errors.jsonl, and the run goes on. Exit code: 0 when every
    file was parsed, 1 when some failed or OUT could not be written, 2 for a usage
    error, 130/143 when interrupted (resume with --resume).

    \b
    Example:
        govspeech batch 讲话/ -o speeches.jsonl --indicators indicators.csv -j 4
    """
    if not output.parent.is_dir():
        raise click.BadParameter(f"folder {output.parent} does not exist", param_hint="'-o'")
    try:
        check_output(output)
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o'") from None
    try:
        summary = run_batch(
            inputs,
            output,
            indicators=indicators,
            jobs=jobs,
            resume=resume,
            progress=progress,
            input_format=input_format,
            max_bytes=max_bytes,
            errors_to=sys.stderr,
        )
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'--indicators'") from None
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="'INPUTS...'") from None
    except OSError as exc:  # disk full, no permission: the output is incomplete
        where = printable(exc.filename) if isinstance(exc.filename, str) else output
        _stop(f"error: cannot write {where}: {exc.strerror or exc}", EXIT_SOME_FAILED)
    except KeyboardInterrupt:
        _stop(_interrupted(output), 128 + signal.SIGINT)
    except Terminated as exc:
        _stop(_interrupted(output), 128 + exc.signum)
    click.echo(str(summary), err=True)
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


def _interrupted(output: Path) -> str:
    return (
        f"interrupted: the files parsed so far are in {output}; "
        "run again with --resume to finish"
    )


def _stop(message: str, code: int) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(code)
