"""What a storyboard render reports: the price of each shot, the events along the way, and
the outcome of every shot (``app.api.storyboard_runner`` makes them)."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.api.price_units import unit_word
from app.core.engines import OFFLINE
from app.core.errors import StoryreelError
from app.core.jobs import Job
from app.core.wording import QT_TRANSLATE_NOOP, Said, said

# --- prices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShotPrice:
    """The live price of one shot to render; ``error`` says why it could not be read."""

    index: int
    unit_price: float | None = None
    unit: str | None = None
    estimate: float | None = None
    note: str = ""
    error: str | None = None
    price: Any = None  # the Engine's PriceEstimate, passed back to submit as expected_price

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class BoardEstimate:
    """What rendering would cost: one price per shot to render, and the shots kept as they are.

    ``total`` is the sum only when every shot's price is known as an amount; a price per
    output, or a price that could not be read, leaves it None.
    """

    engine_kind: str
    prices: tuple[ShotPrice, ...]
    kept: tuple[int, ...] = ()
    waiting: tuple[int, ...] = ()  # shots with a job under way for the same inputs
    held_back: tuple[int, ...] = ()  # shots whose last submission is uncertain

    @property
    def available(self) -> bool:
        return all(p.error is None for p in self.prices)

    @property
    def total(self) -> float | None:
        if not self.available or any(p.estimate is None for p in self.prices):
            return None
        return round(sum(p.estimate or 0.0 for p in self.prices), 6)

    def summary(self) -> str:
        """One or two plain sentences for the confirmation and the command line (said: the
        window shows them in its language)."""
        count = len(self.prices)
        head = said(
            QT_TRANSLATE_NOOP("Errors", "{count} shot to render")
            if count == 1
            else QT_TRANSLATE_NOOP("Errors", "{count} shots to render"),
            count=count,
        )
        if self.kept:
            head = _listed(head, KEPT_AS_RENDERED, len(self.kept))
        if self.waiting:
            head = _listed(head, ALREADY_UNDER_WAY, len(self.waiting))
        if self.held_back:
            head = _listed(head, HELD_BACK, len(self.held_back))
        text = said(QT_TRANSLATE_NOOP("Errors", "{list}."), list=head)
        if not count:
            return text
        if self.engine_kind == OFFLINE:
            return said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{text} Free local preview: a motion sketch of your frames, not AI generation.",
                ),
                text=text,
            )
        failed = [p for p in self.prices if p.error is not None]
        if failed:
            return said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{text} Price unavailable: the live price of shot {numbers} could not be "
                    "read ({reason}).",
                )
                if len(failed) == 1
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "{text} Price unavailable: the live price of shots {numbers} could not be "
                    "read ({reason}).",
                ),
                text=text,
                numbers=", ".join(str(p.number) for p in failed),
                reason=failed[0].error,
            )
        if self.total is not None:
            return said(
                QT_TRANSLATE_NOOP("Errors", "{text} Estimated total ${total:.2f}."),
                text=text,
                total=self.total,
            )
        return self._per_output_summary(text)

    def _per_output_summary(self, text: str) -> str:
        """The summary when some shots are priced per output (no total can be promised)."""
        per_output = [p for p in self.prices if p.estimate is None]
        units: str | None = None
        for p in per_output:
            unit = said(
                QT_TRANSLATE_NOOP("Errors", "shot {number}: ${price:g} per {unit}"),
                number=p.number,
                price=p.unit_price,
                unit=unit_word(str(p.unit)),
            )
            units = unit if units is None else said(SEMICOLON_LIST, list=units, item=unit)
        return said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{text} ${known:.2f} for the per-second shots; shot {numbers} is priced per "
                "output ({units}).",
            )
            if len(per_output) == 1
            else QT_TRANSLATE_NOOP(
                "Errors",
                "{text} ${known:.2f} for the per-second shots; shots {numbers} are priced per "
                "output ({units}).",
            ),
            text=text,
            known=sum(p.estimate or 0.0 for p in self.prices),
            numbers=", ".join(str(p.number) for p in per_output),
            units=units or "",
        )


KEPT_AS_RENDERED = QT_TRANSLATE_NOOP("Errors", "{count} kept as rendered")
ALREADY_UNDER_WAY = QT_TRANSLATE_NOOP("Errors", "{count} already under way")
HELD_BACK = QT_TRANSLATE_NOOP("Errors", "{count} held back (submission uncertain)")
COMMA_LIST = QT_TRANSLATE_NOOP("Errors", "{list}, {item}")
SEMICOLON_LIST = QT_TRANSLATE_NOOP("Errors", "{list}; {item}")


def _listed(head: str, template: str, count: int) -> Said:
    """``head`` followed by one more part of the summary's first sentence."""
    return said(COMMA_LIST, list=head, item=said(template, count=count))


# --- events and the report -----------------------------------------------------------------


class RenderEventKind(enum.StrEnum):
    ESTIMATE = "estimate"  # the price, before anything is sent
    KEPT = "kept"  # a shot's finished clip still fits: nothing to send
    SUBMITTED = "submitted"  # a shot's job was sent (or adopted, when already under way)
    FINISHED = "finished"  # a shot's job finished, with whatever outcome
    NOT_SENT = "not_sent"  # a shot could not be sent


@dataclass(frozen=True)
class RenderEvent:
    kind: RenderEventKind
    message: str
    index: int | None = None
    job: Job | None = None
    estimate: BoardEstimate | None = None

    @property
    def number(self) -> int | None:
        return None if self.index is None else self.index + 1


class Outcome(enum.StrEnum):
    KEPT = "kept"
    RENDERED = "rendered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"
    NOT_SENT = "not_sent"
    STILL_RUNNING = "still_running"  # under way elsewhere; it will be picked up later


@dataclass(frozen=True)
class ShotOutcome:
    index: int
    shot_id: str
    outcome: Outcome
    message: str = ""
    job: Job | None = None
    clip: Path | None = None
    cost: float | None = None
    error: StoryreelError | None = None  # why a shot was not sent, when no job says it

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class RenderReport:
    estimate: BoardEstimate
    outcomes: list[ShotOutcome] = field(default_factory=list)
    submitted: int = 0  # new jobs this render put in the queue
    declined: bool = False  # the caller saw the price and said no: nothing was sent

    def _with(self, *kinds: Outcome) -> list[ShotOutcome]:
        return [o for o in self.outcomes if o.outcome in kinds]

    @property
    def ok(self) -> bool:
        return not self.declined and all(
            o.outcome in (Outcome.KEPT, Outcome.RENDERED) for o in self.outcomes
        )

    @property
    def failed(self) -> list[ShotOutcome]:
        return self._with(Outcome.FAILED, Outcome.CANCELLED, Outcome.NOT_SENT)

    @property
    def uncertain(self) -> list[ShotOutcome]:
        return self._with(Outcome.UNCERTAIN)

    @property
    def still_running(self) -> list[ShotOutcome]:
        return self._with(Outcome.STILL_RUNNING)

    @property
    def cost(self) -> float | None:
        """What the shots rendered now were charged, when the API reported it."""
        costs = [o.cost for o in self._with(Outcome.RENDERED)]
        return None if any(c is None for c in costs) else round(sum(c or 0.0 for c in costs), 6)


EventCallback = Callable[[RenderEvent], None]
ConfirmCallback = Callable[[BoardEstimate], "bool | Awaitable[bool]"]
