"""When to ask about a job: every number of the policy (``PollTimings``), the run time
expected before any history, and the interval until the next question (``poll_interval``).
The policy itself is described in ``app.api.polling``.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


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
        return _queued_interval(
            position, expected, confident, queue_wait, spread, probe, unmoved, t
        )
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


def _queued_interval(
    position: int | None,
    expected: float,
    confident: bool,
    queue_wait: float | None,
    spread: float | None,
    probe: bool,
    unmoved: int,
    t: PollTimings,
) -> float:
    """``poll_interval`` for a job waiting in the queue."""
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
