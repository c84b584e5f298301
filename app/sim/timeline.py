"""The simulated queue's own clock: when each job starts and ends. No threads, no HTTP here.

RunComfy hands a freed slot to the next waiting job at once, so the simulator does not let a
worker thread's wake-up decide when a job starts: a waiting job starts at the moment a slot
was freed (the end of the job before it) or at its own ready time, whichever is later, and
a status request sees the state those times give at the moment it is asked. Worker threads
only render; a job cannot end before its render is done (:attr:`QueuedJob.rendered_at`), so
no request ever sees a finished job without its output.

:class:`Timeline` is used with :class:`app.sim.queue.SimQueue`'s lock held. Every change of
what decides the times (timings, a release, a render done, a cancellation, a submission)
first brings the timeline up to the present, so nothing that has already happened changes,
and what the change lets happen happens from that moment on.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from app.sim.contract import FAILED, IN_PROGRESS, IN_QUEUE, SUCCEEDED, Timings, utc_now
from app.sim.jobs import QueuedJob

# A waiter wakes at least this long before it looks again: a clock read a moment early
# does not make it spin.
_SHORTEST_WAIT = 0.0005


class Timeline:
    """The jobs not yet finished, and the queue's clock that moves them on."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._epoch = time.monotonic()
        self._epoch_wall = utc_now()
        self._advanced_to = self._epoch
        self._next: float | None = None
        self._active: dict[str, QueuedJob] = {}  # queued or running, in submission order

    @staticmethod
    def now() -> float:
        return time.monotonic()

    def wall(self, moment: float) -> datetime:
        """The UTC date and time of a moment of the queue's clock (``time.monotonic()``)."""
        return self._epoch_wall + timedelta(seconds=moment - self._epoch)

    def add(self, job: QueuedJob) -> None:
        """A job submitted now (call :meth:`advance` first)."""
        self._active[job.request_id] = job

    def drop(self, job: QueuedJob) -> None:
        """A job that left the queue without running (cancelled)."""
        self._active.pop(job.request_id, None)

    def running(self) -> list[QueuedJob]:
        return [job for job in self._active.values() if job.state == IN_PROGRESS]

    def queued(self) -> list[QueuedJob]:
        return [job for job in self._active.values() if job.state == IN_QUEUE]

    def wait_time(self, limit: float | None = None) -> float | None:
        """How long a waiter may sleep before the clock moves a job on (``limit`` at most)."""
        if self._next is None:
            return limit
        until = max(self._next - self.now(), _SHORTEST_WAIT)
        return until if limit is None else min(until, limit)

    def advance(self, timings: Timings) -> bool:
        """Start and end every job whose moment has come, in the order they happened.

        Returns True when a job changed state.
        """
        now = self.now()
        cursor = self._advanced_to
        changed = False
        while True:
            ending, end_at = self._first_end(timings, cursor)
            starting, start_at = self._first_start(timings, cursor)
            if ending is not None and (starting is None or end_at <= start_at):
                job, at, end = ending, end_at, True
            elif starting is not None:
                job, at, end = starting, start_at, False
            else:
                self._next = None
                break
            if at > now:
                self._next = at
                break
            cursor = at
            changed = True
            if end:
                self._end(job, at)
            else:
                job.state = IN_PROGRESS
                job.started = at
        self._advanced_to = max(self._advanced_to, now)
        return changed

    def _end(self, job: QueuedJob, at: float) -> None:
        job.state = FAILED if job.error else SUCCEEDED
        job.finished = at
        job.finished_at = self.wall(at)
        del self._active[job.request_id]

    def _first_end(self, timings: Timings, cursor: float) -> tuple[QueuedJob | None, float]:
        """The running job that ends first, and when; None while none can end yet.

        A job runs for its run time and until its render is done and its hold released.
        """
        first: QueuedJob | None = None
        first_at = 0.0
        for job in self._active.values():
            if job.state != IN_PROGRESS or job.rendered_at is None or job.started is None:
                continue
            if timings.hold_running and not job.released_from_run:
                continue
            run_for = timings.run_seconds + timings.run_seconds_per_clip_second * job.clip_seconds
            at = max(job.started + run_for, job.rendered_at, cursor)
            if first is None or at < first_at:
                first, first_at = job, at
        return first, first_at

    def _first_start(self, timings: Timings, cursor: float) -> tuple[QueuedJob | None, float]:
        """The waiting job that starts first when a slot is free, and when; else None.

        Jobs are taken in submission order, but one still held or waiting out its queue time
        does not keep a slot from a later job that is ready sooner.
        """
        if len(self.running()) >= self.workers:
            return None, 0.0
        first: QueuedJob | None = None
        first_at = 0.0
        for job in self._active.values():
            if job.state != IN_QUEUE or (timings.hold and not job.released_from_queue):
                continue
            at = max(job.submitted + timings.queue_seconds, cursor)
            if first is None or at < first_at:
                first, first_at = job, at
        return first, first_at
