"""The ``storyreel`` commands that run jobs: run, jobs, resume, cancel, login, logout, sim.

Kept apart from ``app.cli`` so that ``storyreel models`` and friends start without
importing the network stack.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli import (
    EXIT_API,
    EXIT_INVALID,
    EXIT_OK,
    UsageError,
    _parse_assignments,
    _print_json,
    _problem_json,
    check_inputs,
)
from app.core import exit_codes
from app.core.catalogue import default_catalogue
from app.core.errors import ApiError, AuthError, DataFolderError, FollowedElsewhere, FollowStopped
from app.core.exit_codes import ExitCode
from app.core.jobs import UNCERTAIN_HELP, EventKind, Job, JobEvent, JobState
from app.core.paths import ensure_data_folders, ensure_folder, expand_user
from app.core.settings import Settings

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


def _exit_for(job: Job) -> int:
    return exit_codes.for_job(job)


def _patience(args: argparse.Namespace) -> float:
    from app.api.followers import DEFAULT_PATIENCE

    value = getattr(args, "give_up_after", None)
    return DEFAULT_PATIENCE if value is None else value


async def _follow(engine, job: Job, args: argparse.Namespace) -> Job | FollowStopped | None:
    """The job once it settles, or why the wait stopped first (the job is saved); None when
    another Storyreel took it over meanwhile (the notice saying so was printed)."""
    if job.state.settled:
        return job
    try:
        return await engine.follow(job.id, patience=_patience(args))
    except FollowStopped as exc:
        return exc
    except FollowedElsewhere:
        return None


def _report_stopped(job: Job, stopped: FollowStopped, as_json: bool) -> int:
    if as_json:
        _print_json({"event": "stopped_waiting", **job_summary(job), "message": str(stopped)})
    else:
        print(str(stopped), file=sys.stderr)
    return EXIT_API


def job_summary(job: Job) -> dict[str, Any]:
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
    }


def _money(value: float | None) -> str:
    return "—" if value is None else f"${value:.2f}"


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
            _print_json(record)
            return
        if ev.kind is EventKind.NOTICE and ev.message:
            if ev.message != job.error or not job.state.settled:  # else the report says it
                self._line(f"note: {ev.message}", final=True)
            return
        if ev.kind is EventKind.WAITING and ev.message:
            self._line(f"{job.request_id or job.id}: {ev.message}", final=True)
            return
        text = f"{job.state.label}"
        if job.state is JobState.QUEUED and job.queue_position is not None:
            text += f" · position {job.queue_position}"
        if ev.kind is EventKind.PROGRESS and ev.progress is not None:
            text += f" · {ev.progress:.0%}"
        text += f" · {job.elapsed:.0f} s"
        if job.request_id:
            text += f" · {job.request_id}"
        self._line(text, final=job.state.finished)

    def _line(self, text: str, final: bool = False) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K" + text + ("\n" if final else ""))
            sys.stderr.flush()
        elif text != self.last:
            print(text, file=sys.stderr, flush=True)
        self.last = text


def _library(out: Path | None, settings: Settings) -> Path:
    """The folder videos go to, checked before anything is sent (UsageError for --out)."""
    if out is None:
        return ensure_folder(expand_user(settings.library_path), "video library")
    try:
        return ensure_folder(expand_user(out), "output", "give --out another folder")
    except DataFolderError as exc:
        raise UsageError(f"--out: {exc}") from None


def _make_engine(out: Path | None):
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


async def _close(engine) -> None:
    """Stop the engine's background work, then close the job database it was given."""
    try:
        await engine.aclose()
    finally:
        engine.store.close()


async def _run(args: argparse.Namespace) -> int:
    catalogue = default_catalogue()
    model = catalogue.get(args.model_id)
    values = _parse_assignments(model, args.set, args.file)
    errors, warnings = await asyncio.to_thread(check_inputs, model, values)
    if errors:
        if args.json:
            _print_json(
                {
                    "event": "invalid",
                    "problems": [_problem_json(p) for p in errors],
                    "error": "\n".join(p.line() for p in errors),
                    "exit": int(ExitCode.INVALID),
                }
            )
        else:
            for p in errors:
                print(p.line())
        return EXIT_INVALID
    for p in warnings:
        print(f"warning: {p.line()}", file=sys.stderr)
    engine_kind = "offline" if args.offline else "runcomfy"
    if args.offline and args.no_wait:
        raise UsageError(
            "--no-wait cannot be used with --offline: the local preview engine stops when "
            "this command ends."
        )
    no_key = missing_key_help() if engine_kind == "runcomfy" else None
    if no_key:
        raise AuthError(no_key)
    progress = Progress(args.json)
    engine = _make_engine(args.out)
    try:
        price = await engine.estimate(model.model_id, values, engine_kind)
        if args.json:
            _print_json(
                {
                    "event": "price",
                    "unit_price": price.unit_price,
                    "unit": price.unit,
                    "estimate": price.estimate,
                    "note": price.note,
                }
            )
        else:
            print(_price_line(price, engine_kind), file=sys.stderr)
        remove = engine.add_listener(progress)
        try:
            job = await engine.submit(
                model.model_id, values, engine=engine_kind, expected_price=price
            )
            if args.no_wait and not job.state.finished:
                if args.json:
                    _print_json({"event": "queued", **job_summary(job)})
                else:
                    print(
                        f"Queued as {job.request_id}. Follow it with `storyreel resume`.",
                        file=sys.stderr,
                    )
                return EXIT_OK
            outcome = await _follow(engine, job, args)
        finally:
            remove()
        if outcome is None:
            return EXIT_OK  # another Storyreel follows it to the end (a notice said so)
        if isinstance(outcome, FollowStopped):
            return _report_stopped(engine.store.get(job.id) or job, outcome, args.json)
        return _report(outcome, args.json)
    finally:
        await _close(engine)


def _price_line(price: Any, engine_kind: str) -> str:
    if engine_kind == "offline":
        return "Free local preview: a motion sketch from your frames, not AI generation."
    unit = price.unit or "output"
    line = f"Price: ${price.unit_price:.3f} per {unit}"
    if price.estimate is not None:
        line += f" · estimated ${price.estimate:.2f} for this clip"
    return line


def _report(job: Job, as_json: bool) -> int:
    if as_json:
        _print_json({"event": "finished", **job_summary(job)})
        return _exit_for(job)
    if job.state is JobState.SUCCEEDED:
        cost = f" · cost {_money(job.cost)}" if job.cost is not None else ""
        print(f"Done{cost}: {job.request_id}")
        for file in job.files:
            print(file)
    elif job.state is JobState.UNCERTAIN:
        print(UNCERTAIN_HELP, file=sys.stderr)
    else:
        print(f"{job.state.label}: {job.error or 'no reason given'}", file=sys.stderr)
    return _exit_for(job)


async def _resume(args: argparse.Namespace) -> int:
    """Follow the unfinished jobs no other Storyreel follows; the others were named by a
    notice each ("Followed by another Storyreel window …") and are left to it."""
    progress = Progress(args.json)
    engine = _make_engine(args.out)
    waiting: list[JobEvent] = []  # jobs whose API base has no key: saved, not followed

    def note_waiting(ev: JobEvent) -> None:
        if ev.kind is EventKind.WAITING:
            waiting.append(ev)

    try:
        remove = engine.add_listener(progress)
        remove_waiting = engine.add_listener(note_waiting)
        try:
            jobs = await engine.resume()
            if not jobs and not waiting:
                if args.json:
                    _print_json({"event": "nothing_to_resume", "jobs": []})
                else:
                    print(_nothing_to_resume(engine), file=sys.stderr)
                return EXIT_OK
            outcomes = await asyncio.gather(*(_follow(engine, j, args) for j in jobs))
        finally:
            remove()
            remove_waiting()
        codes = [
            _report_stopped(engine.store.get(j.id) or j, outcome, args.json)
            if isinstance(outcome, FollowStopped)
            else _report(outcome, args.json)
            for j, outcome in zip(jobs, outcomes, strict=True)
            if outcome is not None  # another Storyreel took it over (a notice said so)
        ]
        if waiting and not args.json:
            count = len(waiting)
            print(
                f"{count} {'job waits' if count == 1 else 'jobs wait'} for the API key of the "
                "address they were sent to; they are saved and continue with `storyreel resume` "
                "once it is set.",
                file=sys.stderr,
            )
        if waiting:
            codes.append(ExitCode.API)
        return exit_codes.most_urgent(codes)
    finally:
        await _close(engine)


def _nothing_to_resume(engine) -> str:
    others = len(engine.followed_elsewhere)
    if not others:
        return "No unfinished jobs."
    return (
        f"Nothing to resume here: {others} unfinished "
        f"{'job is' if others == 1 else 'jobs are'} followed by another Storyreel."
    )


def cmd_run(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))


def cmd_resume(args: argparse.Namespace) -> int:
    return asyncio.run(_resume(args))


def cmd_jobs(args: argparse.Namespace) -> int:
    from app.store import JobStore

    ensure_data_folders()
    with JobStore.open_default() as store:
        jobs = store.jobs(limit=args.limit)
    if args.json:
        _print_json([job_summary(j) for j in jobs])
        return EXIT_OK
    if not jobs:
        print("No jobs yet.", file=sys.stderr)
        return EXIT_OK
    catalogue = default_catalogue()
    for j in jobs:
        name = catalogue.get(j.model_id).display_name if j.model_id in catalogue else j.model_id
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(j.created_at))
        prompt = j.prompt.replace("\n", " ")
        prompt = prompt[:40] + "…" if len(prompt) > 41 else prompt
        print(
            f"{when}  {j.state.label:<20}  {name:<28}  {_money(j.cost):>7}  "
            f"{j.request_id or '-':<36}  {prompt}"
        )
    return EXIT_OK


async def _cancel(args: argparse.Namespace) -> int:
    from app.cli_common import report_error
    from app.store import JobStore

    ensure_data_folders()
    with JobStore.open_default() as store:
        job = store.find_request(args.request_id)
    if job is None:
        message = f"{args.request_id} is not in your Storyreel queue."
        return report_error("cancel", message, ExitCode.INVALID, args.json)
    engine = _make_engine(None)
    try:
        outcome = await engine.cancel(job.id)
    finally:
        await _close(engine)
    if outcome == "cancelled":
        if args.json:
            _print_json({"event": "cancelled", "request_id": args.request_id})
        else:
            print(f"Cancelled {args.request_id}.")
        return EXIT_OK
    message = (
        f"{args.request_id} could not be cancelled: only jobs still waiting in the queue can be."
    )
    return report_error("cancel", message, ExitCode.INVALID, args.json)


def cmd_cancel(args: argparse.Namespace) -> int:
    return asyncio.run(_cancel(args))


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
        return EXIT_INVALID
    if not token:
        print("No key entered.", file=sys.stderr)
        return EXIT_INVALID
    try:
        asyncio.run(_check_key(token, base))
    except AuthError:
        print("RunComfy refused this key. Check it in your RunComfy profile.", file=sys.stderr)
        return EXIT_API
    except ApiError as exc:
        print(f"The key could not be checked: {exc}", file=sys.stderr)
        return EXIT_API
    if secrets.set_token(token, base):
        print(f"The key works and is stored in your system keyring for {base}.")
        return EXIT_OK
    print(
        "The key works, but there is no system keyring to keep it in. Set "
        f"RUNCOMFY_API_TOKEN in your environment instead (with RUNCOMFY_API_BASE={base} "
        "when that is not RunComfy's default address).",
        file=sys.stderr,
    )
    return EXIT_API


def cmd_logout(args: argparse.Namespace) -> int:
    from app.api import secrets

    base = _key_base(args)
    secrets.delete_token(base)
    print(f"The API key of {base} is removed from the system keyring.")
    return EXIT_OK


def cmd_sim(args: argparse.Namespace) -> int:
    from app.sim.server import SimulatorError, serve_forever

    try:
        serve_forever(args.host, args.port)
    except SimulatorError as exc:  # the address or port asked for: a usage error
        raise UsageError(str(exc)) from None
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "jobs": cmd_jobs,
    "resume": cmd_resume,
    "cancel": cmd_cancel,
    "login": cmd_login,
    "logout": cmd_logout,
    "sim": cmd_sim,
}

__all__ = ["COMMANDS", "job_summary", "json"]
