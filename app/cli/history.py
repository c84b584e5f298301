"""``storyreel jobs`` (the queue and the history, searched by words of the prompt, model,
dates, state and star) and ``storyreel star``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from app.cli.common import (
    ExitCode,
    add_command,
    bounded_int,
    job_summary,
    print_json,
    report_error,
)
from app.core.catalogue_source import default_catalogue
from app.core.history import HistoryQuery, parse_day, parse_states
from app.core.jobs import Job, JobState
from app.core.paths import ensure_data_folders


def _query(args: argparse.Namespace) -> HistoryQuery:
    since = parse_day(args.since) if args.since else None
    until = parse_day(args.until, end=True) if args.until else None
    return HistoryQuery(
        words=args.search or "",
        model_id=args.model,
        since=since,
        until=until,
        states=parse_states(args.state) if args.state else None,
        starred=args.starred,
    )


def _money(value: float | None) -> str:
    return "—" if value is None else f"${value:.2f}"


def cmd_jobs(args: argparse.Namespace) -> int:
    from app.store import JobStore

    query = _query(args)  # a date or a state that makes no sense: said before opening
    ensure_data_folders()
    with JobStore.open_default() as store:
        jobs = store.search(query, limit=args.limit)
        starred = store.starred_ids(j.id for j in jobs)
    if args.json:
        print_json([{**job_summary(j), "starred": j.id in starred} for j in jobs])
        return ExitCode.OK
    if not jobs:
        print("No jobs yet." if query.empty else "No job matches.", file=sys.stderr)
        return ExitCode.OK
    for j in jobs:
        print(_line(j, j.id in starred))
    return ExitCode.OK


def _line(job: Job, starred: bool) -> str:
    catalogue = default_catalogue()
    name = catalogue.get(job.model_id).display_name if job.model_id in catalogue else job.model_id
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at))
    prompt = job.prompt.replace("\n", " ")
    prompt = prompt[:40] + "…" if len(prompt) > 41 else prompt
    star = "★" if starred else " "
    return (
        f"{star} {when}  {job.state.label:<20}  {name:<28}  {_money(job.cost):>7}  "
        f"{job.request_id or '-':<36}  {prompt}"
    )


def cmd_star(args: argparse.Namespace) -> int:
    from app.store import JobStore

    ensure_data_folders()
    with JobStore.open_default() as store:
        job = store.find_request(args.job) or store.get(args.job)
        if job is None:
            message = f"{args.job} is not in your Storyreel queue or history."
            return report_error("star", message, ExitCode.INVALID, args.json)
        store.set_starred(job.id, not args.off)
    name = job.request_id or job.id
    if args.json:
        print_json({"event": "starred", "id": job.id, "request_id": job.request_id,
                    "starred": not args.off})  # fmt: skip
    else:
        print(f"Took the star off {name}." if args.off else f"Starred {name}.")
    return ExitCode.OK


def add_parsers(subparsers: Any) -> None:
    """Add jobs and star to the ``storyreel`` parser's subparsers."""
    p = add_command(
        subparsers,
        "jobs",
        "List the jobs in the queue and history, newest first; the options search it.",
    )
    p.add_argument(
        "--limit",
        type=bounded_int(1, 1_000_000),
        default=50,
        help="how many (newest first; default 50)",
    )
    p.add_argument("--search", metavar="WORDS", help="jobs whose prompt has all these words")
    p.add_argument("--model", metavar="MODEL_ID", help="jobs of this model")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="jobs created on this day or later")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="jobs created on this day or before")
    states = ", ".join(s.value for s in JobState)
    p.add_argument(
        "--state", action="append", metavar="STATE", help=f"jobs in this state ({states})"
    )
    p.add_argument("--starred", action="store_true", help="starred jobs only")
    p = add_command(subparsers, "star", "Star a job in the history (or take its star off).")
    p.add_argument("job", metavar="REQUEST_ID", help="its request id (or Storyreel's job id)")
    p.add_argument("--off", action="store_true", help="take the star off")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"jobs": cmd_jobs, "star": cmd_star}
