"""The money ledger read from the job store: one :class:`SpendEntry` per job, with only the
columns the ledger needs (no JSON to decode), so that thousands of jobs read in milliseconds.
The rules of what counts live in ``app.core.spending``."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from app.core.jobs import JobState
from app.core.spending import SpendEntry, SpendReport, committed
from app.store.store import JobStore

_SQL = """
    SELECT id, model_id, engine, state, COALESCE(submitted_at, created_at),
           cost, price_estimate, unit_price, price_unit
    FROM jobs WHERE created_at >= ? AND COALESCE(submitted_at, created_at) >= ?
    ORDER BY COALESCE(submitted_at, created_at)
"""
# A job is sent seconds after it is created; the index on created_at narrows the search to
# the jobs created from this long before the first day asked for.
CREATED_MARGIN = 2 * 86400.0


def _amount(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _start_of(day: dt.date | None) -> float:
    if day is None:
        return 0.0
    return dt.datetime.combine(day, dt.time()).timestamp()


def entries(store: JobStore, since: dt.date | None = None) -> list[SpendEntry]:
    """Every job sent (or created) on ``since`` or later, oldest first."""
    start = _start_of(since)
    _count, rows = store.execute(_SQL, (start - CREATED_MARGIN, start))
    found = []
    for row in rows:
        try:
            state = JobState(row[3])
        except ValueError:
            continue  # a state from a newer Storyreel: not money this one can count
        found.append(
            SpendEntry(
                job_id=str(row[0]),
                model_id=str(row[1]),
                engine=str(row[2]),
                state=state,
                when=float(row[4] or 0.0),
                cost=_amount(row[5]),
                price_estimate=_amount(row[6]),
                unit_price=_amount(row[7]),
                price_unit=row[8] if isinstance(row[8], str) else None,
            )
        )
    return found


def report(
    store: JobStore, since: dt.date | None = None, until: dt.date | None = None
) -> SpendReport:
    return SpendReport.of(entries(store, since), since, until)


def committed_today(store: JobStore, today: dt.date | None = None) -> float:
    """Money spent or on its way today (local time): what the day cap counts."""
    day = today or dt.date.today()
    return committed(entries(store, day), day)


__all__ = ["committed_today", "entries", "report"]
