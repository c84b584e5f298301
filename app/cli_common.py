"""What every ``storyreel`` command shares: JSON output, error reports, checked numbers.

With ``--json``, standard output carries JSON and nothing else, one object per line, and
an error is one object too: ``{"error": "<message>", "exit": <exit code>}``, on standard
output like the rest (standard error may still carry progress text and warnings). Without
``--json``, messages go to standard error as ``storyreel COMMAND: <message>``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from app.core import safe_json
from app.core.errors import UsageError
from app.core.exit_codes import ExitCode


def print_json(data: Any) -> None:
    """One JSON object on a line of standard output (file names of any bytes kept exactly)."""
    print(safe_json.dumps(data), flush=True)


def json_requested(argv: Sequence[str]) -> bool:
    """Whether the command line asks for JSON, looked at before (or without) parsing it."""
    for arg in argv:
        if arg == "--":
            return False
        if arg == "--json":
            return True
    return False


def report_error(command: str | None, message: str, code: int, as_json: bool) -> int:
    """Tell the user what went wrong (JSON on stdout with --json), and return ``code``."""
    message = safe_json.printable(message)
    if as_json:
        print_json({"error": message, "exit": int(code)})
    else:
        prefix = f"storyreel {command}: " if command else "storyreel: "
        print(prefix + message, file=sys.stderr, flush=True)
    return int(code)


def tolerate_any_bytes() -> None:
    """Let standard output and error print file names whose bytes are not UTF-8, as they are."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(ValueError, OSError, TypeError):
            reconfigure(errors="surrogateescape")


class ArgumentUsageError(UsageError):
    """An argument argparse refused; ``usage`` is the command's usage line."""

    def __init__(self, message: str, usage: str, prog: str) -> None:
        super().__init__(message)
        self.usage = usage
        self.prog = prog


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing and exiting, so that the caller can
    report a usage error as text or as JSON."""

    def error(self, message: str) -> NoReturn:
        text = message[:1].upper() + message[1:] + "."
        raise ArgumentUsageError(text, self.format_usage(), self.prog)


def bounded_int(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``, else a usage error."""

    def parse(text: str) -> int:
        span = f"from {low} to {high}" if high is not None else f"of at least {low}"
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"'{text}' is not a whole number; give one {span}"
            ) from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{value} is out of range; give a number {span}")
        return value

    parse.__name__ = "whole number"
    return parse


__all__ = [
    "ArgumentUsageError",
    "ExitCode",
    "Parser",
    "bounded_int",
    "json_requested",
    "print_json",
    "report_error",
    "tolerate_any_bytes",
]
