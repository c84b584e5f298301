"""Run-time learning: what a job is expected to take, from the jobs of its kind that finished.

The engine asks :class:`RunTimes` when it starts following a job (the scheduler paces its
questions by it), and tells it when a job finishes, so that jobs of the same family still
on the server use what that run taught.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from app.api.polling import (
    PollScheduler,
    PollTimings,
    RunTimeLine,
    expected_run_seconds,
    run_spread,
)
from app.core.catalogue import Catalogue
from app.core.engines import OFFLINE
from app.core.jobs import Job
from app.store import JobStore

LineReader = Callable[[], RunTimeLine | None]  # reads a family's run-time line when needed
Expectation = tuple[float, bool, float | None]  # seconds, trusted, spread


def family_line(store: JobStore, job: Job, enough: int) -> RunTimeLine | None:
    """Run time against clip length, from the runs of the job's model, engine and resolution."""
    runs = store.family_durations(job.model_id, JobStore.family_key(job))
    return RunTimeLine.fit(runs, minimum=enough)


def learned_run_time(
    store: JobStore,
    job: Job,
    enough: int = PollTimings.confident_after,
    read_line: LineReader | None = None,
) -> Expectation | None:
    """What finished jobs say this one will take: ``(seconds, trusted, spread)``, or None
    when no job like it has finished yet.

    Runs of the same model, engine, resolution and length come first: with ``enough`` of
    them their median is trusted. With fewer, runs of other lengths predict this one (see
    ``RunTimeLine``) once there are ``enough`` of those; else the few runs of its own
    length are a guess that is not trusted. The line is read only then, through
    ``read_line`` when given (a caller asking for many jobs of one family reads it once).
    """
    history = store.durations(job.model_id, JobStore.duration_key(job))
    length = JobStore.clip_length(job)
    if len(history) < enough and length is not None:
        line = read_line() if read_line else family_line(store, job, enough)
        if line is not None:
            return line.seconds(length), True, line.spread
    if not history:
        return None
    median = expected_run_seconds(history, None, None, offline=False)
    trusted = len(history) >= enough
    return median, trusted, run_spread(history) if trusted else None


class RunTimes:
    """The expectations of the jobs the scheduler follows."""

    def __init__(self, store: JobStore, catalogue: Catalogue, scheduler: PollScheduler) -> None:
        self.store = store
        self.catalogue = catalogue
        self.scheduler = scheduler

    def expected(self, job: Job, read_line: LineReader | None = None) -> Expectation:
        """What a job is expected to take, whether that can be trusted, and how much runs
        of its kind differ: from its history (:func:`learned_run_time`), else a default
        (offline previews always use the default: it is what they take)."""
        offline = job.engine == OFFLINE
        if not offline:
            enough = self.scheduler.timings.confident_after
            learned = learned_run_time(self.store, job, enough, read_line)
            if learned is not None:
                return learned
        model = self.catalogue.get(job.model_id) if job.model_id in self.catalogue else None
        clip = model.duration_seconds(job.inputs) if model else None
        resolution = job.inputs.get("resolution")
        if resolution is None and model is not None and model.has_field("resolution"):
            resolution = model.field("resolution").default
        expected = expected_run_seconds([], clip, resolution, offline=offline)
        return expected, offline, None

    def learned_from(self, finished: Job, live: Iterable[Job]) -> None:
        """A run time joined the history: jobs of its family still on the server use it.

        Jobs of one kind share their model, engine, resolution and length, so they share
        one expectation: it is read from the store once per kind, not once per job.
        """
        family = JobStore.family_key(finished)
        related = [
            job
            for job in live
            if job.state.on_server
            and job.model_id == finished.model_id
            and JobStore.family_key(job) == family
        ]
        if not related:
            return
        # The run-time line of the family, read at most once, and only for a kind whose own
        # history is too short (most finishes find every kind with enough of its own).
        enough = self.scheduler.timings.confident_after
        read_line = functools.cache(lambda: family_line(self.store, finished, enough))
        by_kind: dict[str, Expectation] = {}
        for job in related:
            key = JobStore.duration_key(job)
            if key not in by_kind:
                by_kind[key] = self.expected(job, read_line)
            self.scheduler.set_expected(job.id, *by_kind[key])
