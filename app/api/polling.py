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
so the ends of other jobs tell when a waiting job started (``_slot_start``) without asking
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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import statistics
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.api.client import (
    CANCELLED,
    COMPLETED,
    FAILED,
    QUEUED,
    RUNNING,
    SUCCEEDED,
    Result,
    RunComfyClient,
)
from app.api.tasks import TaskRegistry
from app.core.errors import ApiError, AuthError, JobGone, PermissionDenied, RateLimited

log = logging.getLogger(__name__)

FINAL_RESULT_STATES = frozenset({SUCCEEDED, FAILED, CANCELLED})
EMPTY_COMPLETIONS_ACCEPTED = 3


@dataclass(frozen=True)
class PollTimings:
    """Every number of the policy, so that tests and benchmarks can set them."""

    queue_base: float = 2.0
    per_position: float = 1.5
    max_interval: float = 60.0  # at least once a minute, queued or running
    unknown_pace_interval: float = 10.0  # queued, before the queue's pace is known
    unmoved_growth: float = 2.0  # ... and the wait grows while its place stays the same
    near_finish: float = 1.5
    window_fraction: float = 0.2
    window_min: float = 3.0
    steady_spread: float = 0.15  # run times within ±15 % count as steady
    aim_after: float = 0.8  # ask this long after a steady job's expected end
    min_wait: float = 0.5  # the shortest wait before that aimed question
    overrun_growth: float = 0.25
    first_poll: float = 1.0  # after a submission or a resume
    failure_backoff: float = 2.0
    max_failure_backoff: float = 60.0
    failures_before_notice: int = 5
    long_factor: float = 3.0
    long_absolute: float = 1800.0
    long_minimum: float = 60.0  # never flag a job that has run less than this
    confident_after: int = 3
    unsure_growth: float = 1.0  # without history: sleep at most this share of the time run
    unsure_min: float = 3.0  # ... and at least this long
    max_in_flight: int = 4


def expected_run_seconds(
    history: Sequence[float], clip_seconds: float | None, resolution: str | None, *, offline: bool
) -> float:
    """How long a job is expected to run: the median of its history, else a default.

    The defaults are per second of video and grow with the resolution; the offline preview
    renders in a fraction of the time.
    """
    if history:
        return max(0.5, statistics.median(history))
    seconds = clip_seconds or 5.0
    if offline:
        return 1.0 + 0.4 * seconds
    factor = {"480p": 1.0, "720p": 1.6, "1080p": 2.6}.get(resolution or "", 1.3)
    return 15.0 + 6.0 * seconds * factor


@dataclass(frozen=True)
class RunTimeLine:
    """Run time against clip length for one model, engine and resolution: ``intercept +
    slope × length`` seconds, and how much runs stray from it (see :func:`run_spread`)."""

    intercept: float
    slope: float
    spread: float | None

    def seconds(self, length: float) -> float:
        return max(0.5, self.intercept + self.slope * length)

    @classmethod
    def fit(cls, runs: Sequence[tuple[float, float]], *, minimum: int = 3) -> RunTimeLine | None:
        """The line through ``(clip length, seconds)`` runs, or None with fewer than
        ``minimum`` runs or a single length.

        Generation time grows with the length of the clip, so the line predicts a length
        that has no history of its own yet. It is Theil–Sen's (the median of the slopes
        between every two runs of different lengths, then the median intercept), so one odd
        run does not tilt it; it never falls with length.
        """
        if len(runs) < minimum:
            return None
        slopes = [
            (s2 - s1) / (l2 - l1)
            for i, (l1, s1) in enumerate(runs)
            for l2, s2 in runs[i + 1 :]
            if l2 != l1
        ]
        if not slopes:
            return None
        slope = max(0.0, statistics.median(slopes))
        intercept = statistics.median(s - slope * n for n, s in runs)
        spread = run_spread([s - (intercept + slope * n) for n, s in runs])
        return cls(intercept, slope, spread)


def run_spread(history: Sequence[float]) -> float | None:
    """How much the run times of a history differ (a robust standard deviation), or None
    when there are too few to say."""
    if len(history) < 3:
        return None
    middle = statistics.median(history)
    return 1.4826 * statistics.median(abs(d - middle) for d in history)


def poll_interval(
    *,
    running: bool,
    position: int | None,
    started_at: float | None,
    expected: float,
    now: float,
    failures: int = 0,
    confident: bool = True,
    queue_wait: float | None = None,
    spread: float | None = None,
    probe: bool = True,
    unmoved: int = 0,
    timings: PollTimings = PollTimings(),
) -> float:
    """Seconds until the next question about one job (see the module docstring).

    ``queue_wait`` is when a queued job is expected to start, from the queue's pace;
    ``spread`` how much earlier run times of its kind differed (see :func:`run_spread`);
    ``probe`` False for a queued job behind another followed job of the same queue, which
    learns the pace for both; ``unmoved`` how many questions in a row found it at the same
    place.
    """
    t = timings
    if failures:
        backoff = min(t.max_failure_backoff, t.failure_backoff * 2.0 ** (failures - 1))
        return backoff * random.uniform(0.8, 1.2)
    if not running:
        # Positions count from 1 (the next job to start), as the simulator and RunComfy's
        # examples do; an unknown position is treated as one job ahead.
        ahead = 1 if position is None else max(0, position - 1)
        if queue_wait is None:
            # A queue that does not move is asked less and less often.
            growth = t.unmoved_growth ** min(unmoved, 10)
            interval = min((t.queue_base + t.per_position * ahead) * growth, t.max_interval)
            return min(interval, t.unknown_pace_interval) if probe else interval
        if confident:
            # Its start need not be seen (the end that freed its slot tells it later): ask
            # once it should be done, and get the result in the same request.
            queue_wait += expected + (spread or 0) / 2 + t.aim_after
        return min(max(t.near_finish, queue_wait), t.max_interval)
    started = now if started_at is None else started_at
    elapsed = max(0.0, now - started)
    remaining = started + expected - now
    window = max(t.window_min, t.window_fraction * expected)
    lead = window  # dense asking starts this long before the expected end
    shortest = t.near_finish
    if confident and spread is not None and spread <= t.steady_spread * expected:
        # Runs of this kind take much the same time: aim the first question just after
        # the expected end, and ask densely only around it.
        lead = -(spread / 2 + t.aim_after)
        window = max(t.near_finish, 2 * spread)
        shortest = t.min_wait
    if remaining > lead:
        wait = remaining - lead
        if not confident:
            wait = min(wait, max(elapsed * t.unsure_growth, t.unsure_min))
        return min(max(wait, shortest), t.max_interval)
    overrun = -remaining
    if overrun <= window:
        return t.near_finish
    return min(t.near_finish + t.overrun_growth * (overrun - window), t.max_interval)


class QueuePace:
    """How fast one server's queue moves (jobs leaving it per second), learned from polls.

    Two measures, the larger wins (each can only under-rate a queue that also serves
    others): how many places queued jobs moved up between two polls (the ratio of the sums,
    so quiet spells count as much as busy ones), and how often jobs that had to wait in the
    queue started.
    """

    def __init__(self, keep: int = 40) -> None:
        self._moves: deque[tuple[int, float]] = deque(maxlen=keep)
        self._starts: deque[float] = deque(maxlen=keep)
        # Read for every queued job each time any of them is re-planned, changed only by a
        # poll: worked out once per change.
        self._rate: float | None = None
        self._rate_known = False

    def moved(self, places: int, seconds: float) -> None:
        if seconds > 0:
            self._moves.append((max(0, places), seconds))
            self._rate_known = False

    def started(self, at: float) -> None:
        self._starts.append(at)
        self._rate_known = False

    @property
    def per_second(self) -> float | None:
        if not self._rate_known:
            self._rate, self._rate_known = self._measure(), True
        return self._rate

    def _measure(self) -> float | None:
        rates = []
        places = sum(m for m, _ in self._moves)
        seconds = sum(s for _, s in self._moves)
        if places and seconds >= 1.0:
            rates.append(places / seconds)
        if len(self._starts) >= 3:
            span = max(self._starts) - min(self._starts)
            if span >= 1.0:
                rates.append((len(self._starts) - 1) / span)
        return max(rates) if rates else None

    def wait(self, position: int | None) -> float | None:
        """Seconds until a job at ``position`` is expected to start, when the pace is known."""
        pace = self.per_second
        if pace is None or position is None:
            return None
        return max(0.0, position - 0.5) / pace


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


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


@dataclass
class _Track:
    job_id: str
    request_id: str
    client: RunComfyClient
    expected: float
    confident: bool
    submitted_at: float
    spread: float | None = None
    kind: str = ""
    family: str = ""
    length: float | None = None
    running: bool = False
    position: int | None = None
    started_at: float | None = None
    start_bounds: tuple[float, float] | None = None  # it started between these two times
    waited_position: int | None = None  # its place when last seen queued
    inferred_start: float | None = None  # a queued job's start, told by another's end
    last_queued_seen: float | None = None
    unmoved: int = 0  # questions in a row that found it at the same place in the queue
    last_asked: float = 0.0  # monotonic
    due: float = 0.0
    failures: int = 0
    failing_since: float | None = None  # monotonic: when the first of those failures was asked
    warned: bool = False
    long_flagged: bool = False
    in_flight: bool = False
    empty_completions: int = 0

    @property
    def start(self) -> float | None:
        """When it started, as seen (running) or as told by the ends of others (waiting)."""
        return self.started_at if self.running else self.inferred_start


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
        self.timings = timings
        # Not ``tasks or ...``: an empty registry is falsy (it has a length), and the engine's
        # polls must live in the engine's registry, or closing it would not stop them.
        self._tasks = tasks if tasks is not None else TaskRegistry()
        self._owns_tasks = tasks is None
        self._clock = clock
        self._tracks: dict[str, _Track] = {}
        self._paces: dict[RunComfyClient, QueuePace] = {}
        self._recent: dict[str, deque[float]] = {}
        self._family_runs: dict[str, deque[tuple[float, float]]] = {}
        self._family_lines: dict[str, RunTimeLine | None] = {}
        self._finishes: dict[RunComfyClient, deque[float]] = {}
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._in_flight = 0
        self.requests = 0  # every status/result request made, for benchmarks and tests

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
        track = _Track(
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
        self._use_recent(track)
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
            self._use_recent(track)

    def _use_recent(self, track: _Track) -> None:
        """Without enough stored history, run times just seen: of the same kind of job, else
        of other lengths of the same family."""
        if track.confident:
            return
        recent = self._recent.get(track.kind) if track.kind else None
        if recent and len(recent) >= self.timings.confident_after:
            track.expected = statistics.median(recent)
            track.spread = run_spread(list(recent))
            track.confident = True
            return
        if not track.family or track.length is None or track.family not in self._family_runs:
            return
        if track.family not in self._family_lines:
            runs = list(self._family_runs[track.family])
            minimum = self.timings.confident_after
            self._family_lines[track.family] = RunTimeLine.fit(runs, minimum=minimum)
        line = self._family_lines[track.family]
        if line is not None:
            track.expected, track.spread = line.seconds(track.length), line.spread
            track.confident = True

    def _learn(self, track: _Track, started: float, finished: float) -> None:
        """Keep a run time whose start was seen closely; re-plan jobs of its kind and family."""
        if not track.kind or track.start_bounds is None:
            return
        low, high = track.start_bounds
        if high - low > 2 * self.timings.near_finish:
            return
        self._recent.setdefault(track.kind, deque(maxlen=20)).append(finished - started)
        if track.family and track.length is not None:
            runs = self._family_runs.setdefault(track.family, deque(maxlen=40))
            runs.append((track.length, finished - started))
            self._family_lines.pop(track.family, None)
        for other in self._tracks.values():
            related = other.kind == track.kind or (track.family and other.family == track.family)
            if related and not other.confident:
                self._use_recent(other)
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
                due: list[_Track] = []
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

    def _launch(self, track: _Track) -> None:
        track.last_asked = time.monotonic()
        track.in_flight = True
        self._in_flight += 1
        self._tasks.spawn(self._poll(track), f"poll-{track.request_id}")

    async def _poll(self, track: _Track) -> None:
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

    def _replan(self, track: _Track) -> None:
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

    def _interval(self, track: _Track) -> float:
        inferred = not track.running and track.inferred_start is not None
        queue_wait = None if track.running else self._pace(track).wait(track.position)
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
            probe=queue_wait is not None or inferred or self._front_of_queue(track),
            unmoved=track.unmoved,
            timings=self.timings,
        )
        if not track.confident and not track.failures and self._shorter_sibling_runs(track):
            # It will not end before that sibling, whose end re-plans it (``_ended``).
            interval = max(interval, self.timings.max_interval)
        return max(interval, track.client.paused_for())

    def _shorter_sibling_runs(self, track: _Track) -> bool:
        """A shorter clip of the same family, started no later, still runs: longer clips take
        longer, so this one is not done before it. Only asked while run times are unknown."""
        if not track.family or track.length is None:
            return False
        if track.start is None:
            return False
        latest = track.start + self.timings.near_finish  # starts are known to a poll or so
        return any(
            other.family == track.family
            and other.length is not None
            and other.length < track.length
            and other.start is not None
            and other.start <= latest
            for other in self._tracks.values()
        )

    def _front_of_queue(self, track: _Track) -> bool:
        """No other job followed on this server waits ahead of this one (it probes the pace)."""
        if track.running or track.position is None:
            return True
        return not any(
            other.client is track.client
            and not other.running
            and other.inferred_start is None
            and other.position is not None
            and other.position < track.position
            for other in self._tracks.values()
        )

    def _pace(self, track: _Track) -> QueuePace:
        pace = self._paces.get(track.client)
        if pace is None:
            pace = self._paces[track.client] = QueuePace()
        return pace

    def _pace_changed(self, client: RunComfyClient) -> None:
        """Re-plan the queued jobs of this server: the queue's pace says when they start."""
        for track in self._tracks.values():
            if track.client is client and not track.running and not track.failures:
                self._replan(track)

    def _failed(self, track: _Track, exc: ApiError) -> None:
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
                    f"Storyreel could not get an answer about request {track.request_id} "
                    f"({track.failures} tries in a row): {exc} It keeps checking; the job is "
                    "not lost.",
                )
        log.info("poll of %s failed (%d in a row): %s", track.request_id, track.failures, exc)
        if track.job_id in self._tracks:
            failing_for = time.monotonic() - track.failing_since
            self.listener.job_poll_failed(track.job_id, exc, failing_for)

    def _due_to_have_started(self, track: _Track) -> bool:
        """The queue's pace says this queued job has started by now."""
        if track.inferred_start is not None:
            return True
        if track.last_queued_seen is None:
            return False
        wait = self._pace(track).wait(track.position)
        return wait is not None and self._clock() - track.last_queued_seen >= wait

    async def _ask(self, track: _Track) -> None:
        """One question about one job, and what follows from its answer.

        A queued job is asked for its status (which gives its place in the queue) until it
        should have started; from then on it is asked for its result, which tells both
        whether it runs and, once done, its outputs, so that finishing costs one request.
        """
        if not track.running and not self._due_to_have_started(track):
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
                    pace = self._pace(track)
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

    def _started(self, track: _Track, now: float) -> None:
        """The job was seen running: it started somewhere since it was last seen queued."""
        before = min(track.last_queued_seen or track.submitted_at, now)
        track.waited_position = track.position
        track.start_bounds = (before, now)
        started = self._slot_start(track, before, now)
        if started is None:
            expected_wait = self._pace(track).wait(track.position)
            if expected_wait is not None:
                started = min(now, before + expected_wait)
            else:
                started = (before + now) / 2
        if track.last_queued_seen is not None:
            # It had to wait for its turn, so its start tells how fast the queue moves.
            self._pace(track).started(started)
            self._pace_changed(track.client)
        track.running = True
        track.position = None
        track.started_at = started
        self.listener.job_running(track.job_id, track.started_at)

    def _slot_start(
        self, track: _Track, low: float, high: float, place: int | None = None
    ) -> float | None:
        """When a job that had to wait started, from the finishes of other jobs.

        A queue hands a free slot to the next waiting job the moment a running job ends, so
        a job that waited at position ``p`` started at the ``p``-th end after it was last
        seen queued. None when too few ends are known yet, or its position is not known (a
        result says "still queued" without one).
        """
        if track.last_queued_seen is None:
            return None
        place = track.waited_position if place is None else place
        if place is None:
            return None
        ends = sorted(t for t in self._finishes.get(track.client, ()) if low < t <= high)
        place = max(1, place)
        return ends[place - 1] if len(ends) >= place else None

    def _settle_times(self, track: _Track, result: Result, now: float) -> tuple[float, float]:
        """When the job started and finished, as well as the polls and the server tell.

        The end is the server's ``finished_at`` when it is plausible, else now. The start
        is only known to lie between two polls. Within that span it is, in order of
        preference: the end of another job that freed its slot; the moment that fits the
        expected duration, when earlier runs are a reliable guide; the middle. So a coarse
        poll does not teach later estimates a wrong run time.
        """
        low, high = track.start_bounds or (track.last_queued_seen or track.submitted_at, now)
        finished = result.finished_at
        if finished is None or not low - 5 <= finished <= now + 5:
            finished = now
        high = min(high, finished)
        low = min(low, high)
        guess = self._slot_start(track, low, high)
        if guess is None:
            guess = finished - track.expected if track.confident else (low + high) / 2
        return min(max(guess, low), high), finished

    def _ended(self, track: _Track, finished: float) -> None:
        """A job ended at ``finished``: jobs that were waiting for a slot may have started then,
        and longer clips of its family that waited for it to end are asked again."""
        self._finishes.setdefault(track.client, deque(maxlen=200)).append(finished)
        now = self._clock()
        for other in self._tracks.values():
            if other.client is not track.client:
                continue
            # A longer clip of its family may have waited for this end (``_shorter_sibling_runs``).
            sibling = bool(track.family) and other.family == track.family and not other.confident
            if other.running and other.start_bounds:
                low, high = other.start_bounds
                started = self._slot_start(other, low, high) if low < finished <= high else None
                if started is not None and started != other.started_at:
                    other.started_at = started
                elif not sibling:
                    continue
            elif other.last_queued_seen is not None and other.inferred_start is None:
                # Still waiting when last asked; if this end was its turn, it runs now,
                # and the next question can be about its result, timed by its expected end.
                started = self._slot_start(other, other.last_queued_seen, now, other.position)
                if started is not None:
                    other.inferred_start = started
                elif not sibling:
                    continue
            elif not sibling:
                continue
            self._replan(other)

    async def _ask_result(self, track: _Track) -> None:
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
            started, finished = self._settle_times(track, result, now)
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
                ended = sum(1 for t in self._finishes.get(track.client, ()) if since < t <= now)
                track.position = track.position - ended if ended < track.position else None
            track.last_queued_seen = now
            track.inferred_start = None
            return
        if not track.running:
            self._started(track, now)
        self._check_long(track, now)

    def _check_long(self, track: _Track, now: float) -> None:
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
                f"Request {track.request_id} has been generating for {_duration(ran)}, much "
                f"longer than the usual {_duration(track.expected)}. Storyreel keeps waiting "
                "for it; it is not cancelled.",
                long_running=True,
            )


__all__ = [
    "QueuePace",
    "RunTimeLine",
    "PollListener",
    "PollScheduler",
    "PollTimings",
    "expected_run_seconds",
    "poll_interval",
    "run_spread",
]
