"""``storyreel models [--refresh] [--all] [--json]``: the models Storyreel can run.

By default ByteDance's video models are listed (the five Storyreel ships and those of
RunComfy's catalogue as last read); ``--all`` lists every model of the catalogue too.
Without ``--refresh`` nothing is sent: the list comes from the cache the window or an
earlier ``--refresh`` left (it says when that is older than a day). ``--refresh`` reads the
catalogue of the current API base now, with its key, and keeps it. Each warning is printed
once, on stderr, so that standard output stays JSON under ``--json``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from app.cli.common import ExitCode, add_command, current_base, print_json
from app.core.catalogue import Catalogue, Model
from app.core.catalogue_cache import read_cache
from app.core.catalogue_source import default_catalogue, is_bytedance_video, takes
from app.core.errors import MissingKey
from app.core.settings import user_catalogue_dir


def _source(m: Model) -> str:
    if m.source == "catalogue":
        return "catalogue"
    return "shipped" if m.builtin else "file"


def model_json(m: Model) -> dict[str, Any]:
    return {
        "model_id": m.model_id,
        "display_name": m.display_name,
        "family": m.family,
        "takes": m.capability_summary(),
        "inputs": list(takes(m)),
        "categories": list(m.categories),
        "base_price_usd": m.base_price_usd,
        "price_unit": m.price_unit or None,
        "new": m.is_new,
        "source": _source(m),
        "notes": m.notes,
    }


def _refreshed() -> Catalogue:
    """The catalogue read now from the current API base (ApiError when it cannot be)."""
    from app.api import secrets
    from app.api.catalogue import refresh_catalogue

    base = current_base()
    token = secrets.get_token(base)
    if not token:
        raise MissingKey(
            f"No RunComfy API key is set for {base}, so its list of models cannot be read. Add "
            "one with `storyreel login` or the RUNCOMFY_API_TOKEN environment variable.",
            api_base=base,
        )
    outcome = asyncio.run(
        refresh_catalogue(base, token, force=True, user_dir=user_catalogue_dir())
    )
    if outcome.error is not None:
        raise outcome.error
    return outcome.catalogue


def _age_note() -> str | None:
    """A line for stderr when the list shown is older than a day, or was never read."""
    base = current_base()
    cached, _problem = read_cache(base)
    if cached is None:
        return None
    if cached.is_fresh():
        return None
    days = (datetime.now(UTC) - cached.fetched_at).days
    return (
        f"note: RunComfy's list of models was last read {days} day"
        f"{'' if days == 1 else 's'} ago; `storyreel models --refresh` reads it now."
    )


def cmd_models(args: argparse.Namespace) -> int:
    catalogue = _refreshed() if args.refresh else default_catalogue()
    for problem in catalogue.problems:  # once each, on stderr: stdout stays JSON
        print(f"warning: {problem}", file=sys.stderr)
    if not args.refresh:
        note = _age_note()
        if note:
            print(note, file=sys.stderr)
    models = catalogue.models()
    if not args.all:
        models = [m for m in models if is_bytedance_video(m)]
    if args.json:
        print_json([model_json(m) for m in models])
        return ExitCode.OK
    width = max((len(m.model_id) for m in models), default=0)
    for m in models:
        mark = "  (new)" if m.is_new else ""
        print(f"{m.model_id:<{width}}  {m.display_name}{mark}")
    return ExitCode.OK


def add_parsers(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "models",
        "List ByteDance's video models (--all: every RunComfy model): model id and name.",
    )
    p.add_argument(
        "--refresh", action="store_true", help="read RunComfy's list of models now (needs a key)"
    )
    p.add_argument("--all", action="store_true", help="list every model, not only ByteDance's")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"models": cmd_models}
