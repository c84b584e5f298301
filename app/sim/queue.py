"""The simulated queue: accepted jobs, their workers, prices and holds. No HTTP here.

Jobs wait ``queue_seconds`` and for a free slot (``workers`` of them), then run for at least
``run_seconds`` and until their output is made (see ``app.sim.contract`` for the states and
timings). When a job starts and ends is decided by the queue's own clock
(:mod:`app.sim.timeline`), from the moment a slot was freed, not by when a worker thread wakes
up; the worker threads render, and a job ends no sooner than its render is done.
Every piece of state is guarded by one condition, which :meth:`SimQueue.wait_for` waits on.
:class:`app.sim.server.SimServer` puts the API and the output host in front of it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from app.core.catalogue import Catalogue, Model
from app.sim.contract import (
    CANCELLED,
    DEFAULT_PRICES,
    FALLBACK_PER_OUTPUT,
    FALLBACK_PER_SECOND,
    IN_PROGRESS,
    IN_QUEUE,
    OUTPUT_NAME,
    STARTING_BALANCE,
    SUCCEEDED,
    LoggedRequest,
    Price,
    Submission,
    Timings,
    iso,
    status_word,
    summarise_data_uris,
)
from app.sim.faults import FaultKind, FaultList
from app.sim.inputs import checked_images
from app.sim.jobs import QueuedJob
from app.sim.outputs import RenderAborted, render_spec, tiny_mp4
from app.sim.timeline import Timeline

log = logging.getLogger(__name__)

T = TypeVar("T")


class SimQueue:
    """The jobs, the workers that run them, and everything tests look at or hold."""

    def __init__(
        self,
        *,
        workers: int,
        timings: Timings | None,
        output_dir: Path | None,
        preview: bool,
        catalogue: Catalogue | None,
    ) -> None:
        if workers < 1:
            raise ValueError(f"The simulator needs at least 1 worker, not {workers}.")
        self.preview = preview
        self.catalogue = Catalogue.load() if catalogue is None else catalogue
        self.api_faults = FaultList("api")
        self.cdn_faults = FaultList("cdn")
        self._workers = workers
        self._timings = timings or Timings()
        self._given_output_dir = output_dir
        self._output_dir: Path | None = None
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._started = False
        self._jobs: dict[str, QueuedJob] = {}
        self._timeline = Timeline(workers)
        self._sequence = 0
        self._prices: dict[str, Price] = {}
        self.starting_balance = STARTING_BALANCE
        self._submissions: list[Submission] = []
        self._api_log: list[LoggedRequest] = []
        self._cdn_log: list[LoggedRequest] = []
        self._threads: list[threading.Thread] = []

    # --- lifecycle ----------------------------------------------------------------------

    def _make_output_dir(self) -> None:
        if self._given_output_dir is None:
            self._output_dir = Path(tempfile.mkdtemp(prefix="storyreel-sim-"))
        else:
            self._output_dir = Path(self._given_output_dir)
            self._output_dir.mkdir(parents=True, exist_ok=True)
        (self._output_dir / "outputs").mkdir(exist_ok=True)
        (self._output_dir / "inputs").mkdir(exist_ok=True)

    def _remove_output_dir(self) -> None:
        if self._given_output_dir is None and self._output_dir is not None:
            shutil.rmtree(self._output_dir, ignore_errors=True)

    def _start_workers(self) -> None:
        for index in range(self._workers):
            thread = threading.Thread(
                target=self._work, name=f"storyreel-sim-worker-{index + 1}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def _inputs_dir(self, request_id: str) -> Path | None:
        return self._output_dir / "inputs" / request_id if self._output_dir else None

    # --- prices -------------------------------------------------------------------------

    @property
    def free(self) -> bool:
        """True when this is the app's offline preview engine: every model costs nothing."""
        return self.preview

    def balance(self) -> float:
        """The account's balance: the starting balance less what every succeeded job cost."""
        with self._cond:
            self._advance()
            spent = sum(job.cost for job in self._jobs.values() if job.state == SUCCEEDED)
            return round(max(0.0, self.starting_balance - spent), 6)

    def set_price(self, model_id: str, price: float, unit: str = "second") -> None:
        """Override the simulator's made-up price of one model."""
        with self._cond:
            self._prices[model_id] = Price(float(price), unit)

    def price(self, model_id: str) -> Price:
        with self._cond:
            price = self._prices.get(model_id) or DEFAULT_PRICES.get(model_id)
        if price is None:
            model = self.catalogue.get(model_id)
            duration_in_seconds = model.role("duration_seconds") is not None
            price = FALLBACK_PER_SECOND if duration_in_seconds else FALLBACK_PER_OUTPUT
        if self.preview:
            return Price(0.0, price.price_unit)
        return price

    def model_info(self, model_id: str) -> dict[str, Any]:
        price = self.price(model_id)
        if self.free:
            note = "Free local preview: rendered on this computer, nothing is charged."
        else:
            per = "second of video" if price.price_unit == "second" else "video"
            note = (
                f"Simulator price, made up for testing (not RunComfy's): "
                f"${price.base_price_usd:g} per {per}."
            )
        return {
            "model_id": model_id,
            "base_price_usd": price.base_price_usd,
            "price_unit": price.price_unit,
            "pricing_note": note,
        }

    # --- timings and holds --------------------------------------------------------------

    @property
    def timings(self) -> Timings:
        with self._cond:
            return self._timings

    @timings.setter
    def timings(self, timings: Timings) -> None:
        """New timings apply at once, to queued and running jobs too (from now on: what has
        already happened stays as it was)."""
        with self._cond:
            self._advance()
            self._timings = timings
            self._advance()
            self._cond.notify_all()

    def release(self, request_id: str | None = None) -> int:
        """Let a held job (or every held job) go on to its next phase. Returns how many.

        A queued job leaves the queue hold, a running job the running hold. Jobs submitted
        later are held again.
        """
        with self._cond:
            self._advance()
            jobs = list(self._jobs.values()) if request_id is None else [self._job(request_id)]
            released = 0
            for job in jobs:
                if job.state == IN_QUEUE and not job.released_from_queue:
                    job.released_from_queue = True
                    released += 1
                elif job.state == IN_PROGRESS and not job.released_from_run:
                    job.released_from_run = True
                    released += 1
            self._advance()
            self._cond.notify_all()
            return released

    # --- waiting and looking ------------------------------------------------------------

    def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until ``predicate()`` is truthy and return its value; ``TimeoutError`` if not.

        The predicate runs with the simulator's lock held, so it may use :meth:`state`
        and the records freely; it is re-checked whenever anything changes, and whenever
        the queue's clock moves a job on.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                self._advance()
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"The simulator did not reach the awaited state in {timeout} s."
                    )
                self._cond.wait(self._timeline.wait_time(remaining))

    def wait_submissions(self, count: int, timeout: float = 5.0) -> list[Submission]:
        """Wait until at least ``count`` submissions were accepted; returns them all."""
        self.wait_for(lambda: len(self._submissions) >= count, timeout)
        return self.submissions

    def wait_state(self, request_id: str, *states: str, timeout: float = 5.0) -> str:
        """Wait until a job is in one of ``states`` (result words, e.g. ``"in_progress"``)."""
        self.wait_for(lambda: self._job(request_id).state in states, timeout)
        return self.state(request_id)

    def knows(self, request_id: str) -> bool:
        with self._cond:
            return request_id in self._jobs

    def state(self, request_id: str) -> str:
        """A job's state in the result endpoint's words; ``KeyError`` for an unknown id."""
        with self._cond:
            return self._job(request_id).state

    def queue_position(self, request_id: str) -> int | None:
        with self._cond:
            job = self._job(request_id)
            if job.state != IN_QUEUE:
                return None
            ahead = sum(1 for other in self._timeline.queued() if other.sequence < job.sequence)
            return ahead + 1

    def output_path(self, request_id: str) -> Path | None:
        """Where a succeeded job's output is; None before it has succeeded."""
        with self._cond:
            job = self._job(request_id)
            return job.output if job.state == SUCCEEDED else None

    @property
    def submissions(self) -> list[Submission]:
        with self._cond:
            return list(self._submissions)

    @property
    def requests_log(self) -> list[LoggedRequest]:
        """Every request the API server received, oldest first."""
        with self._cond:
            return list(self._api_log)

    @property
    def cdn_requests(self) -> list[LoggedRequest]:
        """Every request the CDN server received, oldest first."""
        with self._cond:
            return list(self._cdn_log)

    def _job(self, request_id: str) -> QueuedJob:
        """A job as it is now by the queue's clock (the lock must be held)."""
        self._advance()
        try:
            return self._jobs[request_id]
        except KeyError:
            raise KeyError(f"The simulator has no request {request_id!r}.") from None

    def _advance(self) -> None:
        """Bring every job up to the present by the queue's clock (the lock must be held).

        Nothing moves once the simulator is stopping: a render in progress is abandoned
        and its job stays in progress.
        """
        if not self._stopping.is_set() and self._timeline.advance(self._timings):
            self._cond.notify_all()

    def _record(self, server: str, entry: LoggedRequest) -> None:
        with self._cond:
            (self._api_log if server == "api" else self._cdn_log).append(entry)
            self._cond.notify_all()

    # --- submissions --------------------------------------------------------------------

    def _accept(self, model: Model, payload: Mapping[str, Any]) -> QueuedJob:
        """Check a submission and queue it; raises :class:`Rejected` with every problem."""
        assert self._output_dir is not None
        request_id = str(uuid.uuid4())
        inputs_dir = self._output_dir / "inputs" / request_id
        images = checked_images(model, payload, inputs_dir)
        settings = model.defaults()
        settings.update(
            {k: v for k, v in payload.items() if model.has_field(k) and not model.field(k).is_media}
        )
        seconds = model.duration_seconds(settings)
        job = QueuedJob(
            request_id=request_id,
            sequence=0,
            model=model,
            settings=settings,
            created_at=self._timeline.wall(self._timeline.now()),  # set again when queued
            submitted=self._timeline.now(),
            cost=self.price(model.model_id).cost(seconds),
            clip_seconds=seconds or 0.0,
        )
        # As on the model page: e.g. Seedance 1.0 Lite ignores its last frame at 1080p.
        for item in model.advice:
            if item.rule == "ignored_when" and all(
                settings.get(k) == v for k, v in item.when.items()
            ):
                images.pop(item.field, None)
        first, last = model.role("first_frame"), model.role("last_frame")
        references = model.role("reference_images")
        if first is not None and images.get(first.name):
            job.first_frame = images[first.name][0]
        if last is not None and images.get(last.name):
            job.last_frame = images[last.name][0]
        if references is not None:
            job.references = list(images.get(references.name, ()))
        job.videos = [c for f in model.fields if f.is_video for c in images.get(f.name, ())]
        sounds = [c for f in model.fields if f.is_audio for c in images.get(f.name, ())]
        job.soundtrack = sounds[0] if sounds else None
        fault = self.api_faults.take("submit", frozenset({FaultKind.FAIL_JOB}))
        if fault is not None:
            job.injected_failure = fault.message
        with self._cond:
            self._advance()
            job.submitted = self._timeline.now()
            job.created_at = self._timeline.wall(job.submitted)
            self._sequence += 1
            job.sequence = self._sequence
            self._jobs[request_id] = job
            self._timeline.add(job)
            self._submissions.append(
                Submission(
                    request_id,
                    model.model_id,
                    summarise_data_uris(dict(payload)),
                    iso(job.created_at),
                )
            )
            self._cond.notify_all()
        return job

    def cancel(self, request_id: str) -> tuple[str, str]:
        """Cancel a queued job. Returns (outcome, status in the status endpoint's words)."""
        with self._cond:
            job = self._job(request_id)
            if job.state != IN_QUEUE:
                return "not_cancellable", status_word(job.state)
            job.state = CANCELLED
            job.finished = self._timeline.now()
            job.finished_at = self._timeline.wall(job.finished)
            self._timeline.drop(job)
            self._advance()  # a later job may take its place at once
            self._cond.notify_all()
        self._remove_inputs(request_id)
        return "cancelled", "cancelled"

    def _remove_inputs(self, request_id: str) -> None:
        if self._output_dir is not None:
            shutil.rmtree(self._output_dir / "inputs" / request_id, ignore_errors=True)

    # --- answers ------------------------------------------------------------------------

    def output_file(self, request_id: str, name: str) -> Path | None:
        with self._cond:
            self._advance()
            job = self._jobs.get(request_id)
            if job is None or job.state != SUCCEEDED or name != OUTPUT_NAME:
                return None
            return job.output

    # --- the workers --------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._next_job()
            if job is None:
                return
            self._run(job)

    def _next_job(self) -> QueuedJob | None:
        """A job that has started by the queue's clock and that no worker renders yet."""
        with self._cond:
            while not self._stopping.is_set():
                self._advance()
                for job in self._timeline.running():
                    if not job.rendering:
                        job.rendering = True
                        return job
                self._cond.wait(self._timeline.wait_time())
            return None

    def _run(self, job: QueuedJob) -> None:
        """Render a started job; it ends by the queue's clock, once its run time is over and
        its render is done (``app.sim.timeline``)."""
        error = job.injected_failure
        output: Path | None = None
        if error is None:
            try:
                output = self._produce_output(job)
            except RenderAborted:
                return
            except Exception as exc:  # a failed render is a failed job, as on RunComfy
                log.exception("simulator render failed for %s", job.request_id)
                error = f"The preview could not be rendered: {exc}"
        with self._cond:
            if self._stopping.is_set():
                return
            self._advance()  # up to now the render was not done
            job.error = error
            job.output = output
            job.rendered_at = self._timeline.now()
            self._advance()
            self._cond.notify_all()
        self._remove_inputs(job.request_id)

    def _produce_output(self, job: QueuedJob) -> Path:
        assert self._output_dir is not None
        folder = self._output_dir / "outputs" / job.request_id
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / OUTPUT_NAME
        if not self.timings.render:
            target.write_bytes(tiny_mp4())
            return target
        from app.sim.render import render_preview

        def abort_when_stopping(done: int, total: int) -> None:
            if self._stopping.is_set():
                raise RenderAborted

        spec = render_spec(job, self._inputs_dir(job.request_id))
        render_preview(spec, target, progress=abort_when_stopping)
        return target
