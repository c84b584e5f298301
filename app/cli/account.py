"""``storyreel login`` and ``logout``: the RunComfy API key of an API address, kept in the
system keyring (never in a file, a log or a message)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable
from typing import Any

from app.cli.common import ExitCode, add_command, current_base
from app.core.catalogue_source import default_catalogue
from app.core.errors import ApiError, AuthError, UsageError


async def _check_key(token: str, api_base: str) -> None:
    from app.api.client import RunComfyClient

    model_id = default_catalogue().models()[0].model_id
    async with RunComfyClient(api_base, token) as client:
        await client.model_info(model_id)


def _key_base(args: argparse.Namespace) -> str:
    """The checked API base of ``--api-base``, else the current one (UsageError when bad)."""
    from app.api.client import InvalidApiBase, check_api_base

    try:
        return check_api_base(args.api_base or current_base())
    except InvalidApiBase as exc:
        raise UsageError(str(exc)) from None


def cmd_login(args: argparse.Namespace) -> int:
    from app.api import secrets

    base = _key_base(args)
    print(f"The key is for {base}.", file=sys.stderr)
    try:
        token = getpass.getpass("RunComfy API key (input is hidden): ").strip()
    except (EOFError, KeyboardInterrupt):
        print("\nNo key entered.", file=sys.stderr)
        return ExitCode.INVALID
    if not token:
        print("No key entered.", file=sys.stderr)
        return ExitCode.INVALID
    try:
        asyncio.run(_check_key(token, base))
    except AuthError:
        print("RunComfy refused this key. Check it in your RunComfy profile.", file=sys.stderr)
        return ExitCode.API
    except ApiError as exc:
        print(f"The key could not be checked: {exc}", file=sys.stderr)
        return ExitCode.API
    if secrets.set_token(token, base):
        print(f"The key works and is stored in your system keyring for {base}.")
        return ExitCode.OK
    print(
        "The key works, but there is no system keyring to keep it in. Set "
        f"RUNCOMFY_API_TOKEN in your environment instead (with RUNCOMFY_API_BASE={base} "
        "when that is not RunComfy's default address).",
        file=sys.stderr,
    )
    return ExitCode.API


def cmd_logout(args: argparse.Namespace) -> int:
    from app.api import secrets

    base = _key_base(args)
    secrets.delete_token(base)
    print(f"The API key of {base} is removed from the system keyring.")
    return ExitCode.OK


def add_parsers(subparsers: Any) -> None:
    """Add login and logout to the ``storyreel`` parser's subparsers."""
    for name, text in (
        ("login", "Store your RunComfy API key for an API address in the system keyring."),
        ("logout", "Remove the RunComfy API key of an API address from the system keyring."),
    ):
        p = add_command(subparsers, name, text, json_flag=False)
        p.add_argument(
            "--api-base",
            metavar="URL",
            help="the API address the key is for (default: the current one, from Settings "
            "or RUNCOMFY_API_BASE)",
        )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "login": cmd_login,
    "logout": cmd_logout,
}
