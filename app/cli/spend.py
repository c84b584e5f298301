"""``storyreel spend``: the money ledger, per day or per model, as the window's Spending view
shows it (``app.core.spending`` decides what counts, ``app.store.ledger`` reads it)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from app.cli.common import ExitCode, add_command, print_json
from app.core.catalogue_source import default_catalogue
from app.core.errors import UsageError
from app.core.paths import ensure_data_folders
from app.core.settings import Settings
from app.core.spending import GroupBy, SpendReport, dollars


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: give it as YEAR-MONTH-DAY, for example 2026-12-01"
        ) from None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _name(model_id: str) -> str:
    catalogue = default_catalogue()
    return catalogue.get(model_id).display_name if model_id in catalogue else model_id


def _print_text(report: SpendReport, by: GroupBy, today: float, cap: float | None) -> None:
    if not report.total.jobs and not report.total.free_previews:
        print("Nothing spent in this range.", file=sys.stderr)
    for bucket in report.buckets(by):
        label = bucket.key if by is GroupBy.DAY else _name(bucket.key)
        jobs = _count(bucket.jobs, "paid job")
        if bucket.estimated:
            jobs += f" ({bucket.estimated} estimated)"
        if bucket.free_previews:
            jobs += ", " + _count(bucket.free_previews, "free preview")
        print(f"{label:<30}  {dollars(bucket.amount):>10}  {jobs}")
    total = report.total
    counts = f"{_count(total.jobs, 'paid job')}, {_count(total.free_previews, 'free preview')}"
    print(f"{'Total':<30}  {dollars(total.amount):>10}  {counts}")
    if total.estimated:
        print(
            f"Estimated: {_count(total.estimated, 'paid job')} counted at the price shown before "
            "sending, as RunComfy reported no cost for them.",
            file=sys.stderr,
        )
    cap_text = f", of your daily cap of {dollars(cap)}" if cap is not None else " (no daily cap)"
    print(f"Today: {dollars(today)} spent or on its way{cap_text}.", file=sys.stderr)


def cmd_spend(args: argparse.Namespace) -> int:
    from app.store import JobStore, ledger

    if args.since and args.until and args.until < args.since:
        raise UsageError("--until comes before --since: give a range that runs forwards.")
    ensure_data_folders()
    settings = Settings.load()
    with JobStore.open_default() as store:
        report = ledger.report(store, args.since, args.until)
        today = ledger.committed_today(store)
    by = GroupBy(args.by)
    cap = settings.caps.day
    if args.json:
        for row in report.as_rows(by):
            print_json(row)
        summary: dict[str, Any] = {
            "total_usd": round(report.total.amount, 2),
            "paid_jobs": report.total.jobs,
            "estimated_jobs": report.total.estimated,
            "free_previews": report.total.free_previews,
            "since": args.since.isoformat() if args.since else None,
            "until": args.until.isoformat() if args.until else None,
            "today_usd": round(today, 2),
            "day_cap_usd": cap,
            "render_cap_usd": settings.caps.render,
        }
        print_json(summary)
        return ExitCode.OK
    _print_text(report, by, today, cap)
    return ExitCode.OK


def add_parsers(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "spend",
        "Money spent on RunComfy per day or per model, free previews counted apart.",
    )
    p.add_argument("--since", type=_date, metavar="DATE", help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, metavar="DATE", help="up to this day (YYYY-MM-DD)")
    p.add_argument(
        "--by", choices=[g.value for g in GroupBy], default="day", help="group by (default day)"
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"spend": cmd_spend}
