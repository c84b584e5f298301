"""``storyreel COMMAND``: the parser, the dispatch to the command's module, and the one place
where every failure becomes a message and an exit code (the codes are listed in
``app.cli``'s docstring), never a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import account, history, inputs, jobs, models, sim, spend, storyboard
from app.cli.common import (
    ArgumentUsageError,
    ExitCode,
    Parser,
    json_requested,
    report_error,
    tolerate_any_bytes,
)
from app.core import exit_codes
from app.core.errors import StoryreelError

# The command groups, in the order ``storyreel --help`` lists their commands.
GROUPS = (models, inputs, jobs, history, spend, account, sim, storyboard)

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    name: command for group in GROUPS for name, command in group.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="storyreel",
        description="Turn still frames into video clips with ByteDance's models on RunComfy. "
        "With no command, opens the Storyreel window.",
        epilog="Exit codes: 0 ok, 1 invalid input, 2 usage, 3 job failed or cancelled, "
        "4 API, account or network error, the day's spending cap, or a job left for "
        "`storyreel resume` (no answer for too long, a refused key, a video not downloaded "
        "yet), 5 submission uncertain, "
        "6 Storyreel's data folders cannot be used, 7 unexpected problem. With --json, errors "
        "are JSON on stdout too.",
    )
    parser.add_argument("--version", action="version", version=f"storyreel {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(sub)
    return parser


def _usage(exc: ArgumentUsageError, as_json: bool) -> int:
    if as_json:
        return report_error(None, f"{exc.prog}: {exc}", ExitCode.USAGE, True)
    sys.stderr.write(exc.usage)
    command = exc.prog.removeprefix("storyreel").strip() or None
    return report_error(command, str(exc), ExitCode.USAGE, False)


def main(argv: Sequence[str]) -> int:
    """Run one command; every failure becomes a message and an exit code, never a traceback."""
    tolerate_any_bytes()
    as_json = json_requested(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except ArgumentUsageError as exc:
        return _usage(exc, as_json)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    command = args.command
    try:
        return int(COMMANDS[command](args))
    except StoryreelError as exc:
        return report_error(command, str(exc), exit_codes.for_error(exc), as_json)
    except KeyboardInterrupt:
        return report_error(
            command,
            "Interrupted. Jobs already sent keep running; `storyreel resume` picks them up.",
            ExitCode.INTERRUPTED,
            as_json,
        )
    except Exception as exc:  # a bug: still a message and an exit code, not a traceback
        return report_error(
            command,
            f"An unexpected problem stopped this command ({type(exc).__name__}: {exc}). This "
            "is a bug in Storyreel. Jobs already sent are safe in the queue; "
            "`storyreel jobs` lists them and `storyreel resume` follows them.",
            ExitCode.INTERNAL,
            as_json,
        )
