"""The submission path: a job is checked, priced, saved, encoded and sent, in that order.

A paid job is never sent twice by Storyreel itself: the job is saved (PENDING) before
anything is sent and moved to SUBMITTING (saved) just before the request goes out. If the
answer is lost the job becomes UNCERTAIN and stays so; a job that certainly never left
goes back to PENDING and then FAILED with the reason (its exit code in ``job.extra``).
The live price is read again before every RunComfy submission, and a price that rose since
it was shown stops the job before anything is sent; so does a price that would pass the
user's daily spending cap (``app.api.spend_caps``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.api.backend_pool import BackendPool
from app.api.backends import Backend
from app.api.encoding import encode_inputs_async
from app.api.finishing import Commit
from app.api.price_units import unit_word
from app.core.catalogue import Catalogue, Model
from app.core.engines import RUNCOMFY
from app.core.errors import (
    ApiError,
    AuthError,
    InputError,
    InsufficientBalance,
    PriceUnavailable,
    SubmissionUncertain,
    ValidationError,
)
from app.core.exit_codes import NOT_SENT_API, NOT_SENT_INPUT, NOT_SENT_KEY
from app.core.jobs import UNCERTAIN_HELP, Job, JobState
from app.core.validation import blocking, validate_values
from app.core.wording import QT_TRANSLATE_NOOP, said

OFFLINE_NOTE = said(
    QT_TRANSLATE_NOOP(
        "Errors", "Free local preview: a motion sketch from your frames, not AI generation."
    )
)


@dataclass(frozen=True)
class PriceEstimate:
    """The live price: ``estimate`` is ``unit_price × seconds`` for per-second models, else None
    (a per-output price is not turned into a total Storyreel cannot promise)."""

    unit_price: float
    unit: str
    estimate: float | None
    note: str


async def live_price(model: Model, values: dict[str, Any], backend: Backend) -> PriceEstimate:
    """The price RunComfy asks now. Raises PriceUnavailable when it cannot be read."""
    try:
        price = await backend.client.model_info(model.model_id)
    except (PriceUnavailable, AuthError, InsufficientBalance):
        raise
    except ApiError as exc:
        raise PriceUnavailable(
            said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The live price of {model} could not be read, so nothing is sent. {reason}",
                ),
                model=model.display_name,
                reason=exc.message,
            ),
            status=exc.status,
            code=exc.code,
            raw=exc.raw,
        ) from None
    seconds = model.duration_seconds(values)
    total = None
    if price.unit == "second" and seconds is not None:
        total = round(price.unit_price * seconds, 6)
    return PriceEstimate(price.unit_price, price.unit, total, price.note)


def check_price_unchanged(model: Model, shown: PriceEstimate, live: PriceEstimate) -> None:
    """Raises PriceUnavailable when the price rose (or changed its unit) since it was shown."""
    if live.unit == shown.unit and live.unit_price <= shown.unit_price + 1e-9:
        return
    raise PriceUnavailable.said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The price of {model} changed from ${shown:g} per {shown_unit} to ${live:g} per "
            "{live_unit} since it was shown; nothing was sent. Check the new price and send the "
            "job again.",
        ),
        model=model.display_name,
        shown=shown.unit_price,
        shown_unit=unit_word(shown.unit),
        live=live.unit_price,
        live_unit=unit_word(live.unit),
    )


NOT_SENT = QT_TRANSLATE_NOOP("Errors", "Not sent: {reason}")
UNCERTAIN = QT_TRANSLATE_NOOP("Errors", "{reason} {help}")


def not_sent_reason(exc: InputError | ValidationError | ApiError) -> str:
    """A job's error when it was certainly not sent: why, as the error said it."""
    return said(NOT_SENT, reason=exc.message)


def not_sent(job: Job, why: str) -> dict[str, Any]:
    """The job's extra data, noting why it was never sent (its exit code depends on it)."""
    return {**job.extra, NOT_SENT_KEY: why}


class Submitter:
    """Sends new jobs; each one sent is handed to ``follow`` (the engine's scheduler)."""

    def __init__(
        self,
        *,
        catalogue: Catalogue,
        backends: BackendPool,
        library_dir: Path,
        create: Callable[[Job], None],
        commit: Commit,
        follow: Callable[[Job, Backend], None],
        check_cap: Callable[[PriceEstimate], None] | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.backends = backends
        self.library_dir = library_dir
        self.create = create  # saves a new job and tells everyone
        self.commit = commit
        self.follow = follow
        self.check_cap = check_cap  # raises SpendingCapReached: nothing is saved or sent

    async def submit(
        self,
        model_id: str,
        values: dict[str, Any],
        *,
        engine: str,
        origin: dict[str, Any] | None = None,
        expected_price: PriceEstimate | None = None,
    ) -> Job:
        """Send one job and hand it to the scheduler. Returns its snapshot (module doc)."""
        model = self.catalogue.get(model_id)
        problems = blocking(validate_values(model, values))
        if problems:
            raise ValidationError(problems)
        backend = await self.backends.get(engine)
        price = await live_price(model, values, backend) if engine == RUNCOMFY else None
        if price is not None and expected_price is not None:
            check_price_unchanged(model, expected_price, price)
        if price is not None and self.check_cap is not None:
            # No await between this check and saving the job: two submissions made at once
            # are counted one after the other.
            self.check_cap(price)
        job = Job(
            model_id=model_id,
            inputs=json.loads(json.dumps(values, default=str)),
            engine=engine,
            api_base=backend.api_base,
            origin=dict(origin or {}),
            output_folder=str(self.library_dir.absolute()),
            unit_price=price.unit_price if price else 0.0,
            price_unit=price.unit if price else None,
            price_estimate=price.estimate if price else 0.0,
        )
        self.create(job)
        # Images are encoded while the job is PENDING: a crash now leaves a job that certainly
        # was never sent, and SUBMITTING is saved only just before the request goes out.
        try:
            body, summary = await encode_inputs_async(model, values, workdir=Path.cwd())
        except (InputError, ValidationError) as exc:
            self.commit(
                job.move(
                    JobState.FAILED, error=not_sent_reason(exc), extra=not_sent(job, NOT_SENT_INPUT)
                )
            )
            return job.snapshot()
        if job.state is not JobState.PENDING:  # cancelled while its images were encoded
            return job.snapshot()
        self.commit(job.move(JobState.SUBMITTING, sent_inputs=summary))
        await self._send(job, backend, body)
        return job.snapshot()

    async def _send(self, job: Job, backend: Backend, body: dict[str, Any]) -> None:
        """Send a job saved as SUBMITTING; what became of it is saved before this returns."""
        try:
            submission = await backend.client.submit(job.model_id, body)
        except SubmissionUncertain as exc:
            self.commit(
                job.move(
                    JobState.UNCERTAIN,
                    error=said(UNCERTAIN, reason=exc.message, help=UNCERTAIN_HELP),
                ),
                message=UNCERTAIN_HELP,
            )
            return
        except ApiError as exc:
            # Certainly not queued: say so, then fail it; the user can retry.
            self.commit(job.move(JobState.PENDING))
            self.commit(
                job.move(
                    JobState.FAILED, error=not_sent_reason(exc), extra=not_sent(job, NOT_SENT_API)
                )
            )
            return
        except asyncio.CancelledError:
            self.commit(job.move(JobState.UNCERTAIN, error=UNCERTAIN_HELP), message=UNCERTAIN_HELP)
            raise
        saved = self.commit(
            job.move(JobState.QUEUED, request_id=submission.request_id, submitted_at=time.time())
        )
        if saved:
            self.follow(job, backend)
