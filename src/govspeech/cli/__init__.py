"""The ``govspeech`` command line: a thin shell over the library.

Each subcommand lives in its own module of this package and is listed in ``COMMANDS``;
every command reads its input, calls one library function and writes the result.
"""

from __future__ import annotations

import importlib
import sys

import click

from govspeech._version import __version__
from govspeech.cli._io import pipe_closed

# (module, attribute) of every subcommand, in the order ``--help`` lists them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("govspeech.cli.parse", "parse"),
    ("govspeech.cli.parse", "schema"),
    ("govspeech.cli.indicators", "indicators"),
    ("govspeech.cli.batch", "batch"),
    ("govspeech.cli.evaluate", "evaluate"),
    ("govspeech.cli.render", "render"),
    ("govspeech.cli.targets", "targets"),
)


class _Group(click.Group):
    """The command group; a closed output pipe (``govspeech … | head``) ends a command quietly."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            pipe_closed()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="govspeech")
def cli() -> None:
    """Parse Chinese government speeches into a typed tree and extract their indicators."""


for _module, _name in COMMANDS:
    cli.add_command(getattr(importlib.import_module(_module), _name))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting."""
    code = 0
    try:
        cli.main(args=argv, prog_name="govspeech", standalone_mode=True)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    try:
        sys.stdout.flush()  # the last buffered output: the reader may have gone already
    except BrokenPipeError:
        pipe_closed()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
