"""Foreground waits on jobs: how long the command line follows a job before it hands it back.

The window follows a job for as long as it exists and never gives up on it: a refused key
or an API that keeps failing is shown, and the scheduler keeps asking. A command in a
terminal is different: someone (or a script) waits for it to end. So a foreground wait
(:meth:`app.api.engine.Engine.follow`) ends:

* when its job *settles* (``JobState.settled``): it finished, or its download waits for the
  user (disk full, folder gone, output server failing);
* at once when RunComfy refuses the key while the job is followed (a revoked key does not
  heal by waiting);
* when every question about the job has failed for ``patience`` seconds in a row (503 on
  every poll, the host gone). The check is made at each failed question, so the wait ends
  at the first failure after ``patience`` has passed (the scheduler asks a failing job at
  least every ``PollTimings.max_failure_backoff`` seconds).

The two last end with :class:`FollowStopped`, whose message says that the job is saved and
that ``storyreel resume`` continues it. Nothing is cancelled on the server, and the job's
state is left as it was.
"""

from __future__ import annotations

import asyncio
import contextlib

from app.core.errors import ApiError, AuthError, FollowStopped, PermissionDenied
from app.core.jobs import Job

DEFAULT_PATIENCE = 300.0  # seconds of nothing but failed questions before a foreground wait ends


def _minutes(seconds: float) -> str:
    if seconds < 1.5:
        return "a second"
    if seconds < 120:
        return f"{seconds:.0f} seconds"
    return f"{seconds / 60:.0f} minutes"


class Followers:
    """The foreground waits under way, by job id. Used on the event loop's thread only."""

    def __init__(self) -> None:
        self._waits: dict[str, list[tuple[asyncio.Future[Job], float]]] = {}

    async def wait(self, job_id: str, patience: float) -> Job:
        """The job once it settles; raises FollowStopped as the module docstring says."""
        future: asyncio.Future[Job] = asyncio.get_running_loop().create_future()
        entry = (future, patience)
        self._waits.setdefault(job_id, []).append(entry)
        try:
            return await future
        finally:
            waits = self._waits.get(job_id)
            if waits is not None:
                with contextlib.suppress(ValueError):
                    waits.remove(entry)
                if not waits:
                    del self._waits[job_id]

    def settled(self, job: Job) -> None:
        for future, _ in self._waits.get(job.id, []):
            if not future.done():
                future.set_result(job.snapshot())

    def poll_failed(
        self, job_id: str, request_id: str, error: ApiError, failing_for: float
    ) -> None:
        """A question about the job failed; ``failing_for`` seconds since the last answer."""
        refused = isinstance(error, (AuthError, PermissionDenied))
        for future, patience in self._waits.get(job_id, []):
            if future.done() or not (refused or failing_for >= patience):
                continue
            if refused:
                message = (
                    f"RunComfy refused the API key while Storyreel followed request "
                    f"{request_id}: {error} The job is saved: once the key is fixed "
                    "(`storyreel login`), `storyreel resume` continues it."
                )
            else:
                message = (
                    f"Storyreel got no answer about request {request_id} for "
                    f"{_minutes(failing_for)}: {error} The job is saved and RunComfy may "
                    "still be making it: `storyreel resume` continues it later."
                )
            future.set_exception(
                FollowStopped(message, status=error.status, code=error.code, raw=error.raw)
            )

    def end(self, job_id: str, error: Exception) -> None:
        """Every wait for this job ends with ``error`` (another Storyreel took it over)."""
        for future, _ in self._waits.get(job_id, []):
            if not future.done():
                future.set_exception(error)

    def close(self, error: Exception) -> None:
        """The engine closes: every wait ends with ``error``."""
        for waits in self._waits.values():
            for future, _ in waits:
                if not future.done():
                    future.set_exception(error)
        self._waits.clear()


__all__ = ["DEFAULT_PATIENCE", "Followers"]
