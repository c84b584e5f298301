"""Following a job on the server to its end: what the poll scheduler sees becomes saved state.

:class:`PollEvents` is the scheduler's listener. Each change it hears of is saved through
the engine's ``commit`` (saved first, then told to everyone); a job the server finished is
moved to DOWNLOADING with its outputs and cost, and its download is started.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, Protocol

from app.api.client import CANCELLED, FAILED, Result
from app.api.event_hub import EventHub
from app.api.followers import Followers
from app.core.engines import RUNCOMFY, EngineKind
from app.core.errors import ApiError, JobGone
from app.core.jobs import EventKind, Job, JobState
from app.core.wording import QT_TRANSLATE_NOOP, said

# Result fields the job records elsewhere; anything else the server sends is kept in job.extra.
RESULT_KEYS = frozenset(
    {
        "request_id",
        "status",
        "output",
        "outputs",
        "created_at",
        "finished_at",
        "cost",
        "error",
        "status_url",
        "result_url",
    }
)
EXTRA_LIMIT = 2000


class Commit(Protocol):
    """The engine's way of changing a job: save it, then tell everyone; False when another
    Storyreel holds the job now (nothing was saved)."""

    def __call__(self, job: Job, *, message: str | None = None) -> bool: ...


def failure_text(job: Job, detail: str, *, made: bool = False) -> str:
    """A failure worded for the engine that ran ``job``: only a RunComfy job is in the user's
    RunComfy generation history; an offline preview costs nothing to render again.

    ``made`` says the video exists (it could not be listed or saved here); otherwise the
    engine could not make it and ``detail`` is its reason.
    """
    kind = EngineKind.parse(job.engine, RUNCOMFY)
    if not made:
        if kind.paid:
            reason = detail or said(QT_TRANSLATE_NOOP("Errors", "RunComfy gave no reason."))
            template = QT_TRANSLATE_NOOP("Errors", "RunComfy could not make this video: {reason}")
        else:
            reason = detail or said(
                QT_TRANSLATE_NOOP("Errors", "The offline preview engine gave no reason.")
            )
            template = QT_TRANSLATE_NOOP(
                "Errors", "The offline preview engine could not make this video: {reason}"
            )
        return said(template, reason=reason)
    if not kind.paid:
        return said(
            QT_TRANSLATE_NOOP("Errors", "{reason} Render the preview again: it costs nothing."),
            reason=detail,
        )
    return said(
        QT_TRANSLATE_NOOP("Errors", "{reason} It is also in your generation history on RunComfy."),
        reason=detail,
    )


def kept_extra(job: Job, result: Result) -> dict[str, Any]:
    """The job's extra data with what else the server said about it (small fields only)."""
    extra = dict(job.extra)
    for key, value in result.raw.items():
        if key not in RESULT_KEYS and len(json.dumps(value, default=str)) <= EXTRA_LIMIT:
            extra[key] = value
    return extra


class PollEvents:
    """Turns what the scheduler sees into saved state changes and events."""

    def __init__(
        self,
        live: dict[str, Job],
        commit: Commit,
        events: EventHub,
        followers: Followers,
        download: Callable[[Job], None],
    ) -> None:
        self.live = live  # the jobs the engine follows (its own dict, shared)
        self.commit = commit
        self.events = events
        self.followers = followers
        self.download = download

    def job_queued(self, job_id: str, position: int | None) -> None:
        job = self.live.get(job_id)
        if job is not None and job.state is JobState.QUEUED:
            self.commit(job.move(JobState.QUEUED, queue_position=position))

    def job_running(self, job_id: str, started_at: float) -> None:
        job = self.live.get(job_id)
        if job is not None and job.state in (JobState.QUEUED, JobState.RUNNING):
            # (What jobs that finished while it waited taught reached it then: learned_from.)
            self.commit(job.move(JobState.RUNNING, queue_position=None, started_at=started_at))

    def job_finished(
        self, job_id: str, result: Result, started_at: float, finished_at: float
    ) -> None:
        job = self.live.get(job_id)
        if job is None:
            return
        extra = kept_extra(job, result)
        if result.status == FAILED:
            self.commit(
                job.move(
                    JobState.FAILED,
                    error=failure_text(job, result.error_message or ""),
                    started_at=started_at,
                    finished_at=finished_at,
                    extra=extra,
                )
            )
            return
        if result.status == CANCELLED:
            self.commit(
                job.move(
                    JobState.CANCELLED, started_at=started_at, finished_at=finished_at, extra=extra
                )
            )
            return
        saved = self.commit(
            job.move(
                JobState.DOWNLOADING,
                outputs=list(result.outputs),
                cost=result.cost,
                started_at=started_at,
                finished_at=finished_at,
                queue_position=None,
                extra=extra,
            )
        )
        if saved:
            self.download(job)

    def job_gone(self, job_id: str, error: JobGone) -> None:
        job = self.live.get(job_id)
        if job is None:
            return
        message = said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{reason} RunComfy keeps requests for a limited time; check your generation "
                "history on RunComfy.",
            ),
            reason=error.message,
        )
        self.commit(job.move(JobState.FAILED, error=message, finished_at=time.time()))

    def job_notice(self, job_id: str, message: str, *, long_running: bool = False) -> None:
        job = self.live.get(job_id)
        if job is None:
            return
        if long_running and not job.long_running:
            job.long_running = True
            job.updated_at = time.time()
            self.commit(job)
        self.events.emit(EventKind.NOTICE, job, message=message)

    def job_poll_failed(self, job_id: str, error: ApiError, failing_for: float) -> None:
        job = self.live.get(job_id)
        if job is not None:
            self.followers.poll_failed(job_id, job.request_id or job_id, error, failing_for)
