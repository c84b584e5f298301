"""What every ``storyreel`` command shares: JSON output, error reports, checked numbers, the
progress line, and the one function that builds the Engine a command works with.

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
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app.core import safe_json
from app.core.catalogue_source import default_catalogue
from app.core.errors import DataFolderError, UsageError
from app.core.exit_codes import ExitCode
from app.core.jobs import EventKind, Job, JobEvent, JobState
from app.core.paths import ensure_data_folders, ensure_folder, expand_user
from app.core.settings import Settings

if TYPE_CHECKING:  # the engine pulls in the network stack: imported when a command needs it
    from app.api.engine import Engine


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


def add_command(
    subparsers: Any, name: str, help_text: str, json_flag: bool = True
) -> argparse.ArgumentParser:
    """Add the command ``name`` to the ``storyreel`` parser, with ``--json`` unless told not."""
    p = subparsers.add_parser(name, help=help_text, description=help_text)
    if json_flag:
        p.add_argument("--json", action="store_true", help="print JSON instead of text")
    return p


# --- jobs as the user sees them ---------------------------------------------------------------


def job_summary(job: Job) -> dict[str, Any]:
    """A job as ``--json`` shows it."""
    return {
        "id": job.id,
        "request_id": job.request_id,
        "model_id": job.model_id,
        "engine": job.engine,
        "status": job.state.value,
        "queue_position": job.queue_position,
        "price_estimate": job.price_estimate,
        "cost": job.cost,
        "outputs": job.outputs,
        "files": job.files,
        "error": job.error,
        "created_at": job.created_at,
        "prompt": job.prompt,
        "inputs": job.inputs,
        "origin": job.origin,
    }


class Progress:
    """A live progress line on stderr (or one JSON object per event on stdout with --json)."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, ev: JobEvent) -> None:
        job = ev.job
        if self.as_json:
            record = {"event": ev.kind.value, **job_summary(job)}
            if ev.message:
                record["message"] = ev.message
            if ev.progress is not None:
                record["progress"] = round(ev.progress, 3)
            print_json(record)
            return
        if ev.kind is EventKind.NOTICE and ev.message:
            if ev.message != job.error or not job.state.settled:  # else the report says it
                self.line(f"note: {ev.message}", final=True)
            return
        if ev.kind is EventKind.WAITING and ev.message:
            self.line(f"{job.request_id or job.id}: {ev.message}", final=True)
            return
        text = f"{job.state.label}"
        if job.state is JobState.QUEUED and job.queue_position is not None:
            text += f" · position {job.queue_position}"
        if ev.kind is EventKind.PROGRESS and ev.progress is not None:
            text += f" · {ev.progress:.0%}"
        text += f" · {job.elapsed:.0f} s"
        if job.request_id:
            text += f" · {job.request_id}"
        self.line(text, final=job.state.finished)

    def line(self, text: str, final: bool = False) -> None:
        """Show ``text``: rewritten in place on a terminal, once per change elsewhere."""
        if self.tty:
            sys.stderr.write("\r\033[K" + text + ("\n" if final else ""))
            sys.stderr.flush()
        elif text != self.last:
            print(text, file=sys.stderr, flush=True)
        self.last = text


# --- the engine a command works with ----------------------------------------------------------

NO_KEY_HELP = (
    "No RunComfy API key is set for {base}. Add one with `storyreel login` (stored in your "
    "system keyring) or the RUNCOMFY_API_TOKEN environment variable, or add --offline for a "
    "free local motion preview."
)


def current_base() -> str:
    """The API base new jobs go to (RUNCOMFY_API_BASE, else Settings)."""
    return Settings.load().effective_api_base()


def missing_key_help() -> str | None:
    """What to do when the current API base has no key; None when it has one."""
    from app.api import secrets

    base = current_base()
    return None if secrets.get_token(base) else NO_KEY_HELP.format(base=base)


def _library(out: Path | None, settings: Settings) -> Path:
    """The folder videos go to, checked before anything is sent (UsageError for --out)."""
    if out is None:
        return ensure_folder(expand_user(settings.library_path), "video library")
    try:
        return ensure_folder(expand_user(out), "output", "give --out another folder")
    except DataFolderError as exc:
        raise UsageError(f"--out: {exc}") from None


def make_engine(out: Path | None) -> Engine:
    """The Engine for one command, over the job database, saving videos into ``out`` (else
    the library folder). Close it with ``close_engine``."""
    from app.api.engine import Engine
    from app.offline import offline_preview
    from app.store import JobStore

    ensure_data_folders()
    settings = Settings.load()
    if settings.problem:
        print(f"warning: {settings.problem}", file=sys.stderr)
    library = _library(out, settings)
    return Engine(
        store=JobStore.open_default(),
        catalogue=default_catalogue(),
        library_dir=library,
        settings=settings,
        offline=offline_preview,
    )


async def close_engine(engine: Engine) -> None:
    """Stop the engine's background work, then close the job database it was given."""
    try:
        await engine.aclose()
    finally:
        engine.store.close()


__all__ = [
    "ArgumentUsageError",
    "ExitCode",
    "NO_KEY_HELP",
    "Parser",
    "Progress",
    "add_command",
    "bounded_int",
    "close_engine",
    "current_base",
    "job_summary",
    "json_requested",
    "make_engine",
    "missing_key_help",
    "print_json",
    "report_error",
    "tolerate_any_bytes",
]
