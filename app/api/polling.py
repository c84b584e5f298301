"""One scheduler that follows every job on the server, cheaply and without giving up.

Policy
======

The aim: notice a finished job within about a second, with a small fraction of the
requests a poller asking every second would make. The means: predict when each job ends,
and ask then.

*While a job waits in the queue* (``poll_interval`` with ``running=False``): until the
queue's pace is known, the interval grows with the jobs ahead of it, ``queue_base +
per_position × (position - 1)`` up to ``max_interval`` (2 s + 1.5 s per job ahead, at most
a minute), doubled each time a question finds it at the same place (``unmoved_growth``);
the job at the front of those followed on a server is asked at least every
``unknown_pace_interval`` (10 s): it learns the pace for every job behind it. The pace
(``QueuePace``: jobs leaving the queue per second) is learned from how far queued jobs
move between polls and how often waiting jobs start; with it, a job is next asked when it
should have started, or, when its run time is known, when it should be done (at most a
minute later). A queue hands a free slot to the next job the moment a running one ends,
so the ends of other jobs tell when a waiting job started (``TrackBook.slot_start``) without asking
it; a job still queued when asked has moved up one place for each of those ends.

*While it runs*: it is expected to take the median run time of the latest finished jobs
of the same engine, model, resolution and length (``JobStore.durations``, and jobs that
just finished in this session); before a length has its own history, what runs of other
lengths of the same model, engine and resolution predict (``RunTimeLine``: run time
grows with clip length); else a default per second of video.
With steady history (``run_spread`` within ``steady_spread`` of the expected time) the
first question is aimed just after the expected end (``aim_after``); otherwise dense
questions (``near_finish``) start a ``window`` before it (20 % of the expected time, at
least 3 s). Without enough history (fewer than ``confident_after`` runs) it never sleeps
longer than the job has already run, so a wrong first guess costs at most a doubling of the
wait. An overrunning job is asked gently less often, up to ``max_interval``. So a long
job is asked at least once a minute, and a failure is seen within a minute.

*What is asked*: ``status`` while the queue position matters; ``result?include_cost=true``
once the job should have started, which answers with the current status while it runs and
with the outputs and the cost once done, so finishing costs no extra request.

*How*: one asyncio task runs the schedule, with at most ``max_in_flight`` requests out. A
429 pauses everyone: the client holds a shared pause until ``Retry-After`` has passed and
the scheduler starts no request during it. After a failed request the job's interval
doubles (with jitter) up to ``max_failure_backoff``.

*What never happens*: a transient failure (no connection, time-out, 429, 5xx, an answer that
is not JSON, a refused key) never fails a job. The job keeps being asked about, with
back-off; after ``failures_before_notice`` failures in a row (or at once for a refused key)
the listener gets a notice, and the job is kept. Every failed question is also reported
(``job_poll_failed``, with how long questions about the job have failed in a row), so that a
foreground follower (the command line, see ``app.api.followers``) can stop waiting and hand
the job to a later ``storyreel resume``; the scheduler itself goes on. Only ``JobGone``
(404001: the server no longer knows the request) ends it. A job running much longer than
expected (``long_factor`` × the expected time, or over ``long_absolute``) is flagged through
a notice; it is never failed or cancelled by the client on its own.

Measured against the simulator (``benchmarks/bench_engine.py``: 100 jobs of 2 to 12 s
clips submitted at once, 25 workers, runs of 18 to 68 s, a fresh job store): median
noticing delay about 0.8 s, with about 3.6 status/result requests per job where a
once-a-second poller makes about 105.
The parts: the timing policy in ``app.api.poll_timing``, the queue's pace in
``app.api.queue_pace``, run-time statistics in ``app.api.run_times``, and the jobs followed
with what they tell about each other in ``app.api.poll_tracks``; their public names are
importable from here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Protocol

from app.api.client import RunComfyClient
from app.api.poll_timing import PollTimings, expected_run_seconds, poll_interval
from app.api.poll_tracks import Track, TrackBook
from app.api.queue_pace import QueuePace
from app.api.replies import CANCELLED, COMPLETED, FAILED, QUEUED, RUNNING, SUCCEEDED, Result
from app.api.run_times import RunMemory, RunTimeLine, run_spread
from app.api.tasks import TaskRegistry
from app.core.errors import ApiError, AuthError, JobGone, PermissionDenied, RateLimited
from app.core.wording import QT_TRANSLATE_NOOP, said

log = logging.getLogger(__name__)

FINAL_RESULT_STATES = frozenset({SUCCEEDED, FAILED, CANCELLED})
EMPTY_COMPLETIONS_ACCEPTED = 3


def _duration(seconds: float) -> str:
    """A wait in seconds or minutes ("90 s", "12 min"), its unit translated in the window."""
    if seconds < 120:
        return said(QT_TRANSLATE_NOOP("Errors", "{seconds:.0f} s"), seconds=seconds)
    return said(QT_TRANSLATE_NOOP("Errors", "{minutes:.0f} min"), minutes=seconds / 60)


class PollListener(Protocol):
    """What the scheduler tells its owner (the engine). Called on the event loop's thread."""

    def job_queued(self, job_id: str, position: int | None) -> None: ...

    def job_running(self, job_id: str, started_at: float) -> None: ...

    def job_finished(
        self, job_id: str, result: Result, started_at: float, finished_at: float
    ) -> None: ...

    def job_gone(self, job_id: str, error: JobGone) -> None: ...

    def job_notice(self, job_id: str, message: str, *, long_running: bool = False) -> None: ...

    def job_poll_failed(self, job_id: str, error: ApiError, failing_for: float) -> None: ...


class PollScheduler:
    """Follows jobs until they finish; tells a :class:`PollListener` what it sees."""

    def __init__(
        self,
        listener: PollListener,
        *,
        timings: PollTimings = PollTimings(),
        tasks: TaskRegistry | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.listener = listener
        self._book = TrackBook(timings, clock)
        self._memory = RunMemory(timings)
        self.timings = timings
        # Not ``tasks or ...``: an empty registry is falsy (it has a length), and the engine's
        # polls must live in the engine's registry, or closing it would not stop them.
        self._tasks = tasks if tasks is not None else TaskRegistry()
        self._owns_tasks = tasks is None
        self._clock = clock
        self._tracks: dict[str, Track] = self._book.tracks
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._in_flight = 0
        self.requests = 0  # every status/result request made, for benchmarks and tests

    @property
    def timings(self) -> PollTimings:
        """Every number of the policy; set anew, it holds for every job followed."""
        return self._timings

    @timings.setter
    def timings(self, timings: PollTimings) -> None:
        self._timings = self._book.timings = self._memory.timings = timings

    # -- the owner's side ---------------------------------------------------------------------

    def follow(
        self,
        job_id: str,
        request_id: str,
        client: RunComfyClient,
        *,
        expected: float,
        confident: bool,
        submitted_at: float | None = None,
        running: bool = False,
        started_at: float | None = None,
        position: int | None = None,
        spread: float | None = None,
        kind: str = "",
        family: str = "",
        length: float | None = None,
    ) -> None:
        """Start (or keep) following one job. Starts the scheduler's task when needed.

        ``expected``/``confident``/``spread`` come from the job store's history; ``kind``
        (jobs whose run times compare) lets jobs finishing now teach the others at once,
        before their history reaches the store, and ``family`` with ``length`` (the same
        model, engine and resolution; the clip's length) lets runs of other lengths teach it
        through :class:`RunTimeLine`.
        """
        now = self._clock()
        track = Track(
            job_id=job_id,
            request_id=request_id,
            client=client,
            expected=expected,
            confident=confident,
            submitted_at=submitted_at or now,
            running=running,
            position=position,
            started_at=started_at if running else None,
            spread=spread,
            kind=kind,
            family=family,
            length=length,
            due=time.monotonic() + self.timings.first_poll,
        )
        self._tracks[job_id] = track
        self._memory.teach(track)
        if self._loop_task is None or self._loop_task.done():
            self._loop_task = self._tasks.spawn(self._run(), "poll-scheduler")
        self._wake.set()

    def forget(self, job_id: str) -> None:
        """Stop following a job (cancelled, removed). A request already out is ignored."""
        self._tracks.pop(job_id, None)
        self._wake.set()

    def following(self) -> list[str]:
        return list(self._tracks)

    def set_expected(
        self, job_id: str, expected: float, confident: bool, spread: float | None = None
    ) -> None:
        """Update what a job is expected to take (history grows while jobs wait)."""
        track = self._tracks.get(job_id)
        if track is not None:
            track.expected, track.confident, track.spread = expected, confident, spread
            self._memory.teach(track)

    def _learn(self, track: Track, started: float, finished: float) -> None:
        """Keep a run time whose start was seen closely; re-plan jobs of its kind and family."""
        if not self._memory.learn(track, started, finished):
            return
        for other in self._tracks.values():
            related = other.kind == track.kind or (track.family and other.family == track.family)
            if related and not other.confident:
                self._memory.teach(other)
                if other.confident:
                    self._replan(other)
        self._wake.set()

    async def aclose(self) -> None:
        """Stop (only the tasks this scheduler made itself, when it was given no registry)."""
        self._tracks.clear()
        if self._owns_tasks:
            await self._tasks.cancel_all()
        elif self._loop_task is not None:
            self._loop_task.cancel()

    # -- the schedule -------------------------------------------------------------------------

    def _pause_left(self) -> float:
        clients = {t.client for t in self._tracks.values()}
        return max((c.paused_for() for c in clients), default=0.0)

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            timeout: float | None = self._pause_left() or None
            if timeout is None:
                # One pass over the jobs: those due now, in order (most wake-ups find one or
                # none), and the next moment one falls due.
                now = time.monotonic()
                due: list[Track] = []
                soonest: float | None = None
                for track in self._tracks.values():
                    if track.in_flight:
                        continue
                    if track.due <= now:
                        due.append(track)
                    elif soonest is None or track.due < soonest:
                        soonest = track.due
                due.sort(key=lambda t: t.due)
                for track in due:
                    if self._in_flight >= self.timings.max_in_flight:
                        break
                    self._launch(track)
                if self._in_flight < self.timings.max_in_flight and soonest is not None:
                    timeout = max(0.0, soonest - now)
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that
            # arrives as the wait ends, and this loop would then never stop.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()

    def _launch(self, track: Track) -> None:
        track.last_asked = time.monotonic()
        track.in_flight = True
        self._in_flight += 1
        self._tasks.spawn(self._poll(track), f"poll-{track.request_id}")

    async def _poll(self, track: Track) -> None:
        try:
            await self._ask(track)
            track.failures = 0
            track.failing_since = None
            track.warned = False
        except JobGone as exc:
            if self._tracks.get(track.job_id) is track:
                self._tracks.pop(track.job_id)
                self.listener.job_gone(track.job_id, exc)
        except ApiError as exc:
            self._failed(track, exc)
        finally:
            track.in_flight = False
            self._in_flight -= 1
            if self._tracks.get(track.job_id) is track:
                track.due = time.monotonic() + self._interval(track)
            self._wake.set()

    def _replan(self, track: Track) -> None:
        """Set anew when a job is next asked, after something else told more about it.

        A job that runs (seen, or inferred from the ends of others) with a known run time
        waits for the time left until its expected end, counted from now (and is still
        asked at least once a minute after its last question). Otherwise the wait counts
        from its last question: a waiting job's from the question that saw its place, and
        without a known run time the growing wait is between questions.
        """
        if track.in_flight or not track.last_asked:
            return  # its answer, or its first question, plans it
        interval = self._interval(track)
        if track.confident and track.start is not None:
            latest = track.last_asked + self.timings.max_interval  # (a 429 pause still holds)
            track.due = min(time.monotonic() + interval, latest)
        else:
            track.due = track.last_asked + interval

    def _interval(self, track: Track) -> float:
        inferred = not track.running and track.inferred_start is not None
        queue_wait = None if track.running else self._book.pace(track).wait(track.position)
        interval = poll_interval(
            running=track.running or inferred,
            position=track.position,
            started_at=track.start,
            expected=track.expected,
            now=self._clock(),
            failures=track.failures,
            confident=track.confident,
            queue_wait=queue_wait,
            spread=track.spread,
            probe=queue_wait is not None or inferred or self._book.front_of_queue(track),
            unmoved=track.unmoved,
            timings=self.timings,
        )
        if not track.confident and not track.failures and self._book.shorter_sibling_runs(track):
            # It will not end before that sibling, whose end re-plans it (``_ended``).
            interval = max(interval, self.timings.max_interval)
        return max(interval, track.client.paused_for())

    def _pace_changed(self, client: RunComfyClient) -> None:
        """Re-plan the queued jobs of this server: the queue's pace says when they start."""
        for track in self._tracks.values():
            if track.client is client and not track.running and not track.failures:
                self._replan(track)

    def _failed(self, track: Track, exc: ApiError) -> None:
        track.failures += 1
        if track.failing_since is None:
            track.failing_since = track.last_asked or time.monotonic()
        if isinstance(exc, RateLimited):
            track.client.pause(exc.retry_after or self.timings.failure_backoff)
        refused = isinstance(exc, (AuthError, PermissionDenied))
        if not track.warned and (refused or track.failures >= self.timings.failures_before_notice):
            track.warned = True
            if track.job_id in self._tracks:
                self.listener.job_notice(
                    track.job_id,
                    said(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Storyreel could not get an answer about request {request} "
                            "({tries} tries in a row): {reason} It keeps checking; the job is "
                            "not lost.",
                        ),
                        request=track.request_id,
                        tries=track.failures,
                        reason=exc.message,
                    ),
                )
        log.info("poll of %s failed (%d in a row): %s", track.request_id, track.failures, exc)
        if track.job_id in self._tracks:
            failing_for = time.monotonic() - track.failing_since
            self.listener.job_poll_failed(track.job_id, exc, failing_for)

    async def _ask(self, track: Track) -> None:
        """One question about one job, and what follows from its answer.

        A queued job is asked for its status (which gives its place in the queue) until it
        should have started; from then on it is asked for its result, which tells both
        whether it runs and, once done, its outputs, so that finishing costs one request.
        """
        if not track.running and not self._book.due_to_have_started(track):
            self.requests += 1
            status = await track.client.status(track.request_id)
            if self._tracks.get(track.job_id) is not track:
                return
            now = self._clock()
            if status.status == QUEUED:
                position = status.queue_position
                same = position is not None and position == track.position
                track.unmoved = track.unmoved + 1 if same else 0
                if track.position is not None and position is not None and track.last_queued_seen:
                    pace = self._book.pace(track)
                    known = pace.per_second
                    pace.moved(track.position - position, now - track.last_queued_seen)
                    if pace.per_second is not None or known is not None:
                        self._pace_changed(track.client)
                track.last_queued_seen = now
                if position != track.position:
                    track.position = position
                    self.listener.job_queued(track.job_id, track.position)
                return
            if status.status == RUNNING:
                self._started(track, now)
                return
            if status.status not in (COMPLETED, *FINAL_RESULT_STATES):
                log.info("request %s has an unknown status %r", track.request_id, status.status)
                return
        await self._ask_result(track)

    def _started(self, track: Track, now: float) -> None:
        """The job was seen running: it started somewhere since it was last seen queued."""
        before = min(track.last_queued_seen or track.submitted_at, now)
        track.waited_position = track.position
        track.start_bounds = (before, now)
        started = self._book.slot_start(track, before, now)
        if started is None:
            expected_wait = self._book.pace(track).wait(track.position)
            if expected_wait is not None:
                started = min(now, before + expected_wait)
            else:
                started = (before + now) / 2
        if track.last_queued_seen is not None:
            # It had to wait for its turn, so its start tells how fast the queue moves.
            self._book.pace(track).started(started)
            self._pace_changed(track.client)
        track.running = True
        track.position = None
        track.started_at = started
        self.listener.job_running(track.job_id, track.started_at)

    def _ended(self, track: Track, finished: float) -> None:
        """A job ended at ``finished``: jobs that were waiting for a slot may have started then,
        and longer clips of its family that waited for it to end are asked again."""
        self._book.note_end(track.client, finished)
        now = self._clock()
        for other in self._tracks.values():
            if other.client is not track.client:
                continue
            # A longer clip of its family may have waited for this end
            # (``TrackBook.shorter_sibling_runs``).
            sibling = bool(track.family) and other.family == track.family and not other.confident
            if other.running and other.start_bounds:
                low, high = other.start_bounds
                between = low < finished <= high
                started = self._book.slot_start(other, low, high) if between else None
                if started is not None and started != other.started_at:
                    other.started_at = started
                elif not sibling:
                    continue
            elif other.last_queued_seen is not None and other.inferred_start is None:
                # Still waiting when last asked; if this end was its turn, it runs now,
                # and the next question can be about its result, timed by its expected end.
                started = self._book.slot_start(other, other.last_queued_seen, now, other.position)
                if started is not None:
                    other.inferred_start = started
                elif not sibling:
                    continue
            elif not sibling:
                continue
            self._replan(other)

    async def _ask_result(self, track: Track) -> None:
        self.requests += 1
        result = await track.client.result(track.request_id, include_cost=True)
        if self._tracks.get(track.job_id) is not track:
            return
        now = self._clock()
        if result.status == COMPLETED and not result.outputs:
            # Done by the status's words but no outputs listed yet: ask again a few times.
            track.empty_completions += 1
        done = result.status in FINAL_RESULT_STATES or (
            result.status == COMPLETED
            and (bool(result.outputs) or track.empty_completions >= EMPTY_COMPLETIONS_ACCEPTED)
        )
        if done:
            self._tracks.pop(track.job_id)
            if not track.running:
                self._started(track, now)
            started, finished = self._book.settle_times(track, result, now)
            self._ended(track, finished)
            if result.status != CANCELLED:
                self._learn(track, started, finished)
            self.listener.job_finished(track.job_id, result, started, finished)
            return
        if result.status == QUEUED and not track.running:
            # Still waiting, and a result carries no queue position. Each job that ended
            # since it was last seen queued moved it up one place; when more ended than it
            # had places ahead, the queue is not only ours (or not first come, first served):
            # its place is unknown, and the status is asked next.
            if track.position is not None and track.last_queued_seen is not None:
                since = track.last_queued_seen
                ended = self._book.ends_between(track.client, since, now)
                track.position = track.position - ended if ended < track.position else None
            track.last_queued_seen = now
            track.inferred_start = None
            return
        if not track.running:
            self._started(track, now)
        self._check_long(track, now)

    def _check_long(self, track: Track, now: float) -> None:
        if track.long_flagged or track.started_at is None:
            return
        t = self.timings
        ran = now - track.started_at
        if ran < t.long_minimum:
            return
        if ran > t.long_factor * track.expected or ran > t.long_absolute:
            track.long_flagged = True
            self.listener.job_notice(
                track.job_id,
                said(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Request {request} has been generating for {ran}, much longer than the "
                        "usual {usual}. Storyreel keeps waiting for it; it is not cancelled.",
                    ),
                    request=track.request_id,
                    ran=_duration(ran),
                    usual=_duration(track.expected),
                ),
                long_running=True,
            )


__all__ = [
    "EMPTY_COMPLETIONS_ACCEPTED",
    "FINAL_RESULT_STATES",
    "PollListener",
    "PollScheduler",
    "PollTimings",
    "QueuePace",
    "RunTimeLine",
    "expected_run_seconds",
    "poll_interval",
    "run_spread",
]
