"""The ``storyreel`` commands that send and follow jobs: run, resume, cancel.

The network stack is imported when a command needs it, so that ``storyreel models`` and
friends start without it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import (
    ExitCode,
    Progress,
    add_command,
    bounded_int,
    close_engine,
    job_summary,
    make_engine,
    missing_key_help,
    print_json,
    report_error,
)
from app.cli.inputs import add_input_arguments, check_inputs, parse_assignments, problem_json
from app.core import exit_codes
from app.core.catalogue_source import default_catalogue
from app.core.engines import EngineKind
from app.core.errors import (
    AuthError,
    FollowedElsewhere,
    FollowStopped,
    StoryreelError,
    UsageError,
)
from app.core.jobs import UNCERTAIN_HELP, EventKind, Job, JobEvent, JobState, new_job_id
from app.core.paths import ensure_data_folders
from app.core.takes import MAX_VARIATIONS, MIN_VARIATIONS, take_seed, total_price, variation_inputs


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
        print_json({"event": "stopped_waiting", **job_summary(job), "message": str(stopped)})
    else:
        print(str(stopped), file=sys.stderr)
    return ExitCode.API


def _money(value: float | None) -> str:
    return "—" if value is None else f"${value:.2f}"


def _offer_preview_models() -> None:
    """Add the offline preview engine's models to the catalogue (``run --offline``), as the
    window offers them without a key; the models already known stay as they are."""
    from app.core.catalogue import Catalogue
    from app.core.settings import user_catalogue_dir
    from app.offline import offline_catalogue

    catalogue = default_catalogue()
    extra = [m for m in offline_catalogue(user_catalogue_dir()) if m.model_id not in catalogue]
    catalogue.replace_with(Catalogue([*catalogue.models(), *extra], catalogue.problems))


async def _run(args: argparse.Namespace) -> int:
    if args.offline and args.model_id not in default_catalogue():
        await asyncio.to_thread(_offer_preview_models)
    model = default_catalogue().get(args.model_id)
    values = parse_assignments(model, args.set, args.file)
    errors, warnings = await asyncio.to_thread(check_inputs, model, values)
    if errors:
        return _refuse(errors, args.json)
    for p in warnings:
        print(f"warning: {p.line()}", file=sys.stderr)
    engine_kind = EngineKind.OFFLINE if args.offline else EngineKind.RUNCOMFY
    if args.offline and args.no_wait:
        raise UsageError(
            "--no-wait cannot be used with --offline: the local preview engine stops when "
            "this command ends."
        )
    no_key = missing_key_help() if engine_kind.paid else None
    if no_key:
        raise AuthError(no_key)
    engine = make_engine(args.out)
    try:
        if args.variations is not None:
            runs = variation_inputs(model, values, args.variations)
            return await _send_variations(engine, model.model_id, runs, engine_kind, args)
        return await _send_and_follow(engine, model.model_id, values, engine_kind, args)
    finally:
        await close_engine(engine)


def _refuse(errors: list[Any], as_json: bool) -> int:
    """Say why the inputs cannot be sent (nothing was)."""
    if as_json:
        print_json(
            {
                "event": "invalid",
                "problems": [problem_json(p) for p in errors],
                "error": "\n".join(p.line() for p in errors),
                "exit": int(ExitCode.INVALID),
            }
        )
    else:
        for p in errors:
            print(p.line())
    return ExitCode.INVALID


async def _send_and_follow(
    engine, model_id: str, values: dict[str, Any], engine_kind: EngineKind, args: argparse.Namespace
) -> int:
    """Show the price, submit once, and follow the job (unless --no-wait) to its report."""
    price = await engine.estimate(model_id, values, engine_kind)
    if args.json:
        print_json(_price_event(price))
    else:
        print(_price_line(price, engine_kind), file=sys.stderr)
    remove = engine.add_listener(Progress(args.json))
    try:
        job = await engine.submit(model_id, values, engine=engine_kind, expected_price=price)
        if args.no_wait and not job.state.finished:
            if args.json:
                print_json({"event": "queued", **job_summary(job)})
            else:
                print(
                    f"Queued as {job.request_id}. Follow it with `storyreel resume`.",
                    file=sys.stderr,
                )
            return ExitCode.OK
        outcome = await _follow(engine, job, args)
    finally:
        remove()
    if outcome is None:
        return ExitCode.OK  # another Storyreel follows it to the end (a notice said so)
    if isinstance(outcome, FollowStopped):
        return _report_stopped(engine.store.get(job.id) or job, outcome, args.json)
    return _report(outcome, args.json)


async def _send_variations(
    engine, model_id: str, runs: list[dict[str, Any]], engine_kind: EngineKind, args
) -> int:
    """Show the total price, then send each variation once, as its own job (each saved
    before it is sent), and follow them all to one report each."""
    price = await engine.estimate(model_id, runs[0], engine_kind)
    total = total_price(price.estimate, len(runs))
    seeds = [take_seed(run) for run in runs]
    if args.json:
        print_json(
            {
                **_price_event(price),
                "variations": len(runs),
                "total_estimate": total,
                "seeds": seeds,
            }
        )
    else:
        print(_variations_line(price, engine_kind, len(runs), total, seeds), file=sys.stderr)
    group = new_job_id()
    remove = engine.add_listener(Progress(args.json))
    sent: list[Job] = []
    try:
        for number, values in enumerate(runs, start=1):
            origin = {"variations": group, "variation": number, "of": len(runs)}
            try:
                job = await engine.submit(
                    model_id, values, engine=engine_kind, origin=origin, expected_price=price
                )
            except StoryreelError:
                if sent:
                    print(_partly_sent(len(sent), len(runs)), file=sys.stderr)
                raise
            sent.append(job)
        if args.no_wait:
            return _report_queued(sent, args.json)
        outcomes = await asyncio.gather(*(_follow(engine, job, args) for job in sent))
    finally:
        remove()
    codes = []
    for job, outcome in zip(sent, outcomes, strict=True):
        if isinstance(outcome, FollowStopped):
            codes.append(_report_stopped(engine.store.get(job.id) or job, outcome, args.json))
        elif outcome is not None:
            codes.append(_report(outcome, args.json))
    return exit_codes.most_urgent(codes)


def _variations_line(
    price: Any, engine_kind: EngineKind, count: int, total: float | None, seeds: list[Any]
) -> str:
    if seeds and all(s is not None for s in seeds):
        how = "seeds " + ", ".join(str(s) for s in seeds)
    else:
        how = "the same inputs run again (this model has no seed)"
    if not engine_kind.paid:
        return f"{count} free local previews, {how}."
    line = f"{count} variations, {how}. Price: ${price.unit_price:.3f} per {price.unit or 'output'}"
    if total is not None:
        line += f" · estimated ${total:.2f} in all (${price.estimate:.2f} each)"
    return line


def _partly_sent(sent: int, wanted: int) -> str:
    return (
        f"{sent} of the {wanted} variations were sent before this problem; they keep running "
        "and `storyreel resume` follows them. The others were not sent."
    )


def _report_queued(jobs: list[Job], as_json: bool) -> int:
    for job in jobs:
        if as_json:
            print_json({"event": "queued", **job_summary(job)})
        else:
            print(f"Queued as {job.request_id}.", file=sys.stderr)
    if not as_json:
        print("Follow them with `storyreel resume`.", file=sys.stderr)
    return ExitCode.OK


def _price_event(price: Any) -> dict[str, Any]:
    """The price shown before a paid submission, as a --json event."""
    return {
        "event": "price",
        "unit_price": price.unit_price,
        "unit": price.unit,
        "estimate": price.estimate,
        "note": price.note,
    }


def _price_line(price: Any, engine_kind: EngineKind) -> str:
    if not engine_kind.paid:
        return "Free local preview: a motion sketch from your frames, not AI generation."
    unit = price.unit or "output"
    line = f"Price: ${price.unit_price:.3f} per {unit}"
    if price.estimate is not None:
        line += f" · estimated ${price.estimate:.2f} for this clip"
    return line


def _report(job: Job, as_json: bool) -> int:
    if as_json:
        print_json({"event": "finished", **job_summary(job)})
        return exit_codes.for_job(job)
    if job.state is JobState.SUCCEEDED:
        cost = f" · cost {_money(job.cost)}" if job.cost is not None else ""
        print(f"Done{cost}: {job.request_id}")
        for file in job.files:
            print(file)
    elif job.state is JobState.UNCERTAIN:
        print(UNCERTAIN_HELP, file=sys.stderr)
    else:
        print(f"{job.state.label}: {job.error or 'no reason given'}", file=sys.stderr)
    return exit_codes.for_job(job)


async def _resume(args: argparse.Namespace) -> int:
    """Follow the unfinished jobs no other Storyreel follows; the others were named by a
    notice each ("Followed by another Storyreel window …") and are left to it."""
    progress = Progress(args.json)
    engine = make_engine(args.out)
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
                    print_json({"event": "nothing_to_resume", "jobs": []})
                else:
                    print(_nothing_to_resume(engine), file=sys.stderr)
                return ExitCode.OK
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
        await close_engine(engine)


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


async def _cancel(args: argparse.Namespace) -> int:
    from app.store import JobStore

    ensure_data_folders()
    with JobStore.open_default() as store:
        job = store.find_request(args.request_id)
    if job is None:
        message = f"{args.request_id} is not in your Storyreel queue."
        return report_error("cancel", message, ExitCode.INVALID, args.json)
    engine = make_engine(None)
    try:
        outcome = await engine.cancel(job.id)
    finally:
        await close_engine(engine)
    if outcome == "cancelled":
        if args.json:
            print_json({"event": "cancelled", "request_id": args.request_id})
        else:
            print(f"Cancelled {args.request_id}.")
        return ExitCode.OK
    message = (
        f"{args.request_id} could not be cancelled: only jobs still waiting in the queue can be."
    )
    return report_error("cancel", message, ExitCode.INVALID, args.json)


def cmd_cancel(args: argparse.Namespace) -> int:
    return asyncio.run(_cancel(args))


# --- the parser -----------------------------------------------------------------------------


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def _give_up_after(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--give-up-after",
        type=_seconds,
        metavar="SECONDS",
        help="stop waiting (exit 4, the job is kept for `storyreel resume`) once RunComfy has "
        "not answered about a job for this long (default: 300)",
    )


def add_parsers(subparsers: Any) -> None:
    """Add run, resume and cancel to the ``storyreel`` parser's subparsers."""
    p = add_command(
        subparsers,
        "run",
        "Validate, show the price, submit, follow the job and download the video.",
    )
    add_input_arguments(p)
    p.add_argument("--out", type=Path, metavar="DIR", help="where to save (default: the library)")
    p.add_argument("--offline", action="store_true", help="use the free local preview engine")
    p.add_argument("--no-wait", action="store_true", help="return once the job is queued")
    p.add_argument(
        "--variations",
        type=bounded_int(MIN_VARIATIONS, MAX_VARIATIONS),
        metavar="N",
        help=f"send N jobs ({MIN_VARIATIONS}-{MAX_VARIATIONS}) with different seeds, or the same "
        "inputs again when the model has no seed; the total price is shown first",
    )
    _give_up_after(p)
    p = add_command(
        subparsers,
        "resume",
        "Follow every unfinished job to the end and download what finished.",
    )
    p.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to save the jobs that recorded no folder (default: the library)",
    )
    _give_up_after(p)
    p = add_command(subparsers, "cancel", "Cancel a queued job by its request id.")
    p.add_argument("request_id", metavar="REQUEST_ID")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "resume": cmd_resume,
    "cancel": cmd_cancel,
}
