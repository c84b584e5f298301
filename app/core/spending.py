"""The money ledger: what each job cost, totals per day and per model, and the spending caps.

A job's place in the ledger (:class:`Charge`) is decided here, once:

* ``FREE``: an offline preview. Counted apart, never as money.
* ``CHARGED``: RunComfy reported what the job cost (``job.cost``).
* ``ESTIMATED``: a RunComfy job that finished or may have been run (succeeded, waiting for
  its download, submission uncertain) without a reported cost: its price shown before it was
  sent stands in, and the ledger says how many amounts are estimates.
* ``IN_FLIGHT``: sent or about to be sent and not finished: its price is committed against a
  cap, not yet spent.
* ``NOTHING``: failed or cancelled without a charge, or never sent.

A job belongs to the day (local time) it was sent, or created when it was never sent.

The caps (:class:`SpendingCaps`) are the user's limits in USD: per day, and per storyboard
render. ``None`` is "no cap". :func:`check_day_cap` and :func:`check_render_cap` raise
:class:`SpendingCapReached` before anything is sent when a submission would pass one.
"""

from __future__ import annotations

import enum
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from app.core.cap_values import parse_cap
from app.core.engines import EngineKind
from app.core.errors import SpendingCapReached
from app.core.jobs import JobState
from app.core.wording import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    # The settings read the spending caps at start-up; dates and CSV come with the ledger.
    import datetime as dt

CENT = 0.005  # amounts within half a cent of a cap do not pass it


class Charge(enum.StrEnum):
    FREE = "free"
    CHARGED = "charged"
    ESTIMATED = "estimated"
    IN_FLIGHT = "in_flight"
    NOTHING = "nothing"

    @property
    def spent(self) -> bool:
        """Counted as money spent in the ledger."""
        return self in (Charge.CHARGED, Charge.ESTIMATED)


# States in which a paid job may have been run and charged without a reported cost.
_MAY_BE_CHARGED = frozenset(
    {JobState.SUCCEEDED, JobState.DOWNLOAD_WAITING, JobState.DOWNLOADING, JobState.UNCERTAIN}
)
_IN_FLIGHT = frozenset({JobState.PENDING, JobState.SUBMITTING, JobState.QUEUED, JobState.RUNNING})


@dataclass(frozen=True)
class SpendEntry:
    """The part of a job the ledger reads (``app.store.ledger`` reads it from the store)."""

    job_id: str
    model_id: str
    engine: str
    state: JobState
    when: float  # seconds since the epoch: sent, else created
    cost: float | None
    price_estimate: float | None
    unit_price: float | None
    price_unit: str | None

    @property
    def price(self) -> float | None:
        """The price shown before sending: the total for per-second models, the price of the
        one output for per-output models."""
        if self.price_estimate is not None:
            return self.price_estimate
        if self.price_unit == "output":
            return self.unit_price
        return None

    @cached_property
    def charge(self) -> Charge:
        if self.engine == EngineKind.OFFLINE.value:
            return Charge.FREE
        if self.cost is not None:
            return Charge.CHARGED
        if self.state in _MAY_BE_CHARGED:
            return Charge.ESTIMATED if self.price is not None else Charge.NOTHING
        if self.state in _IN_FLIGHT:
            return Charge.IN_FLIGHT
        return Charge.NOTHING

    @cached_property
    def amount(self) -> float:
        """Money spent (or committed, while in flight) on this job, in USD."""
        charge = self.charge
        if charge is Charge.CHARGED:
            return float(self.cost or 0.0)
        if charge in (Charge.ESTIMATED, Charge.IN_FLIGHT):
            return float(self.price or 0.0)
        return 0.0

    @cached_property
    def day(self) -> dt.date:
        import datetime

        return datetime.datetime.fromtimestamp(self.when).date()


@dataclass
class Bucket:
    """The totals of one day or one model."""

    key: str
    amount: float = 0.0
    jobs: int = 0  # paid jobs counted as spent
    estimated: int = 0  # of which the amount is the price shown, not a reported cost
    free_previews: int = 0

    def add(self, entry: SpendEntry) -> None:
        charge = entry.charge
        if charge is Charge.FREE:
            self.free_previews += 1
        elif charge.spent:
            self.amount = round(self.amount + entry.amount, 6)
            self.jobs += 1
            self.estimated += charge is Charge.ESTIMATED


class CapScope(enum.StrEnum):
    """What a spending cap limits (``SpendingCapReached.scope``)."""

    DAY = "day"  # everything spent or on its way today (local time)
    RENDER = "render"  # one storyboard render


class GroupBy(enum.StrEnum):
    DAY = "day"
    MODEL = "model"


@dataclass
class SpendReport:
    """Money spent in a range of days, per day and per model, with the free previews apart."""

    since: dt.date | None
    until: dt.date | None
    by_day: dict[str, Bucket] = field(default_factory=dict)
    by_model: dict[str, Bucket] = field(default_factory=dict)
    total: Bucket = field(default_factory=lambda: Bucket("total"))

    @classmethod
    def of(
        cls,
        entries: Iterable[SpendEntry],
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> SpendReport:
        report = cls(since, until)
        for entry in entries:
            day = entry.day
            if (since and day < since) or (until and day > until):
                continue
            if entry.charge not in (Charge.FREE, Charge.CHARGED, Charge.ESTIMATED):
                continue
            report.by_day.setdefault(day.isoformat(), Bucket(day.isoformat())).add(entry)
            report.by_model.setdefault(entry.model_id, Bucket(entry.model_id)).add(entry)
            report.total.add(entry)
        report.by_day = dict(sorted(report.by_day.items()))
        report.by_model = dict(sorted(report.by_model.items(), key=lambda kv: -kv[1].amount))
        return report

    def buckets(self, by: GroupBy) -> list[Bucket]:
        return list((self.by_day if by is GroupBy.DAY else self.by_model).values())

    def as_rows(self, by: GroupBy) -> list[dict[str, object]]:
        """One plain dict per day or model (for JSON and CSV)."""
        return [
            {
                by.value: b.key,
                "amount_usd": round(b.amount, 2),
                "paid_jobs": b.jobs,
                "estimated_jobs": b.estimated,
                "free_previews": b.free_previews,
            }
            for b in self.buckets(by)
        ]

    def to_csv(self, by: GroupBy) -> str:
        rows = self.as_rows(by)
        import csv

        out = io.StringIO()
        names = [by.value, "amount_usd", "paid_jobs", "estimated_jobs", "free_previews"]
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "amount_usd": f"{row['amount_usd']:.2f}"})
        writer.writerow(
            {
                by.value: "total",
                "amount_usd": f"{self.total.amount:.2f}",
                "paid_jobs": self.total.jobs,
                "estimated_jobs": self.total.estimated,
                "free_previews": self.total.free_previews,
            }
        )
        return out.getvalue()


def committed(entries: Iterable[SpendEntry], day: dt.date) -> float:
    """Money spent or committed (sent and not finished) on ``day``: what a day cap counts."""
    return round(sum(e.amount for e in entries if e.day == day), 6)


def dollars(value: float) -> str:
    return f"${value:,.2f}"


@dataclass(frozen=True)
class SpendingCaps:
    """The user's limits in USD; None is no limit."""

    day: float | None = None
    render: float | None = None


def _shown(amount: float | None) -> str:
    if amount is None:
        return said(QT_TRANSLATE_NOOP("Errors", "an amount Storyreel cannot total"))
    return dollars(amount)


def check_day_cap(cap: float | None, spent_today: float, amount: float | None) -> None:
    """Raises SpendingCapReached when sending ``amount`` today would pass the day cap.

    An amount that cannot be known (a price Storyreel cannot total) never passes a cap
    silently: it is refused while a cap is set and anything is left of it to protect.
    """
    if cap is None:
        return
    if amount is not None and spent_today + amount <= cap + CENT:
        return
    raise SpendingCapReached(
        said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This job would cost {amount}, and {spent} is already spent or on its way "
                "today, which would pass your daily spending cap of {cap}. Nothing was sent. "
                "Raise the cap in Settings to send it, or leave it.",
            ),
            amount=_shown(amount),
            spent=dollars(spent_today),
            cap=dollars(cap),
        ),
        scope=CapScope.DAY,
        cap=cap,
        spent=spent_today,
        amount=amount if amount is not None else 0.0,
    )


def check_render_cap(cap: float | None, total: float | None, shots: int) -> None:
    """Raises SpendingCapReached when a storyboard render of ``total`` would pass its cap."""
    if cap is None or shots == 0:
        return
    if total is not None and total <= cap + CENT:
        return
    raise SpendingCapReached(
        said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rendering these {shots} shots would cost {amount}, more than your cap of "
                "{cap} per storyboard render. Nothing was sent. Raise the cap in Settings "
                "to render them, or render fewer shots.",
            ),
            shots=shots,
            amount=_shown(total),
            cap=dollars(cap),
        ),
        scope=CapScope.RENDER,
        cap=cap,
        spent=0.0,
        amount=total if total is not None else 0.0,
    )


__all__ = [
    "Bucket",
    "CapScope",
    "Charge",
    "GroupBy",
    "SpendEntry",
    "SpendReport",
    "SpendingCaps",
    "check_day_cap",
    "check_render_cap",
    "committed",
    "dollars",
    "parse_cap",
]
