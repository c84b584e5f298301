"""``storyreel sim``: the local RunComfy-compatible simulator, on a loopback address."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import ExitCode, add_command, bounded_int
from app.core.errors import UsageError


def cmd_sim(args: argparse.Namespace) -> int:
    from app.sim.server import SimulatorError, serve_forever

    try:
        serve_forever(args.host, args.port)
    except SimulatorError as exc:  # the address or port asked for: a usage error
        raise UsageError(str(exc)) from None
    return ExitCode.OK


def add_parsers(subparsers: Any) -> None:
    """Add sim to the ``storyreel`` parser's subparsers."""
    p = add_command(
        subparsers, "sim", "Run the local RunComfy-compatible simulator.", json_flag=False
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    p.add_argument(
        "--port", type=bounded_int(0, 65535), default=0, help="port 0-65535 (default: a free one)"
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"sim": cmd_sim}
