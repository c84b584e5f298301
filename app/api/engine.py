"""The Engine: the one object the command line and the window talk to.

It runs jobs on one of two backends, chosen per job by ``job.engine``:

* ``"runcomfy"``: RunComfy's Model API at ``settings.effective_api_base()``, with that
  base's key from ``app.api.secrets``. Paid: the live price is read again before every
  submission. A job stays with the base it was sent to and is followed only with that
  base's key: when it has none, ``resume`` leaves the job saved as it is and reports it
  with a ``WAITING`` event; a later ``resume`` picks it up once the key is set.
* ``"offline"``: the offline preview backend the Engine is given (``offline=``, made by
  ``app.offline``: this package never imports the simulator), started on first use and
  stopped by :meth:`Engine.aclose`. Free: it renders a motion sketch of the user's own frames.

Both are :class:`app.api.backends.Backend`; the kinds and their rules are
:class:`app.core.engines.EngineKind`.

What it promises, in order of importance:

1. **A paid job is never sent twice by Storyreel itself.** The job is saved (PENDING)
   before anything is sent and moved to SUBMITTING (saved) just before the request goes
   out. If the answer is lost the job becomes UNCERTAIN and stays so; a job found in
   SUBMITTING after a crash also becomes UNCERTAIN. Only the user, after checking their
   RunComfy history, sends it again (``retry`` makes a new job). A job that certainly
   never left (the connection could not be opened, the server refused it) goes back to
   PENDING and then FAILED with the reason; a PENDING job from an earlier run is failed
   as "not sent" rather than sent behind the user's back.
2. **A paid job is never lost.** The request id is saved the moment it is known. After a
   restart, :meth:`Engine.resume` follows every job still on the server, downloads what
   finished while the app was closed, and continues interrupted downloads (``.part``
   files continue with a Range request).
   A made video is never given up for a reason that may pass: when its download stalls
   (the file cannot be saved here, the output server keeps failing) the job waits for its
   download (DOWNLOAD_WAITING, with the reason) until :meth:`Engine.retry_download`, a
   resume or the next start fetches it. Only the output host saying the file is gone
   (404/410) fails it, pointing to the generation history.
3. **Every state change is saved before anyone hears of it**: the store is written, then
   the event is sent to subscribers and listeners.
4. **Two Storyreels never fight over a job.** An engine follows and downloads only the jobs
   it holds the lease of (``app.api.ownership``): the jobs it creates, and those ``resume``
   finds free; a job another Storyreel follows is left to it, with a notice.

Outputs are downloaded (without the key) straight into the folder the job recorded when it
was sent (``job.output_folder``; the engine's library folder for jobs saved without one), named
``YYYY-MM-DD_<model>_<prompt words>_<request id>[_<n>].<ext>`` so that the folder reads well
on its own; the paths are recorded in ``job.files`` and the cost RunComfy charged in
``job.cost``, and only then is the job SUCCEEDED.

All of this runs on the event loop's thread; image encoding, the keyring and the embedded
simulator's start and stop run in worker threads. Every background task lives in one
:class:`TaskRegistry` and is cancelled by ``aclose``; jobs on the server are never cancelled
by closing.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.api import secrets
from app.api.backends import (
    OFFLINE_MISSING,
    Backend,
    BackendNeeds,
    OfflineFactory,
    RunComfyBackend,
)
from app.api.client import (
    CANCELLED,
    FAILED,
    Result,
    RetryPolicy,
    check_api_base,
)
from app.api.downloads import output_stem
from app.api.encoding import encode_inputs_async
from app.api.followers import Followers
from app.api.ownership import LOST_MESSAGE, Ownership
from app.api.polling import (
    PollScheduler,
    PollTimings,
    RunTimeLine,
    expected_run_seconds,
    run_spread,
)
from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue, Model
from app.core.engines import ENGINES, OFFLINE, RUNCOMFY, EngineKind
from app.core.errors import (
    ApiError,
    AuthError,
    DownloadError,
    DownloadStalled,
    FollowedElsewhere,
    InputError,
    InsufficientBalance,
    JobGone,
    MissingKey,
    OutputGone,
    PriceUnavailable,
    StoryreelError,
    SubmissionUncertain,
    ValidationError,
)
from app.core.exit_codes import NOT_SENT_API, NOT_SENT_INPUT, NOT_SENT_KEY
from app.core.jobs import UNCERTAIN_HELP, EventKind, Job, JobEvent, JobState, event
from app.core.settings import Settings
from app.core.validation import blocking, validate_values
from app.store import JobStore
from app.store.leases import TERMINAL

log = logging.getLogger(__name__)

OFFLINE_NOTE = "Free local preview: a motion sketch from your frames, not AI generation."
PROGRESS_EVERY = 0.25  # seconds between download progress events
# Result fields the job records elsewhere; anything else the server sends is kept in job.extra.
_RESULT_KEYS = {
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
_EXTRA_LIMIT = 2000

NO_KEY = (
    "No RunComfy API key is set. Add one in Settings (or with `storyreel login`, or the "
    "RUNCOMFY_API_TOKEN environment variable), or use the free offline preview."
)
WAITING_FOR_KEY = (
    "Waiting for the API key of {base}: set it in Settings or with `storyreel login "
    "--api-base {base}`. This job was sent there, and Storyreel sends a key only to the "
    "address it was given for."
)
NOT_SENT_AFTER_RESTART = (
    "Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry to "
    "send it."
)
DOWNLOAD_LATER = (
    "The video is made and RunComfy keeps it for a while: choose Retry download in the queue "
    "or run `storyreel resume` to fetch it (Storyreel also tries again when it next starts)."
)
DOWNLOAD_LATER_OFFLINE = (
    "The preview is kept only while Storyreel stays open: choose Retry download in the queue "
    "once the folder can be written to."
)
OFFLINE_LOST = (
    "The offline preview engine stopped when Storyreel closed, and this preview went with "
    "it. Nothing was charged; use Retry to render it again."
)


def _no_key(base: str) -> str:
    if secrets.normal_base(base) == secrets.normal_base(None):
        return NO_KEY
    return NO_KEY.replace("is set.", f"is set for {base}.", 1).replace(
        "`storyreel login`", f"`storyreel login --api-base {base}`", 1
    )
def failure_text(job: Job, detail: str, *, made: bool = False) -> str:
    """A failure worded for the engine that ran ``job``: only a RunComfy job is in the user's
    RunComfy generation history; an offline preview costs nothing to render again.

    ``made`` says the video exists (it could not be listed or saved here); otherwise the
    engine could not make it and ``detail`` is its reason.
    """
    kind = EngineKind.parse(job.engine, RUNCOMFY)
    maker = kind.maker
    if not made:
        return f"{maker} could not make this video: {detail or maker + ' gave no reason.'}"
    if not kind.paid:
        return f"{detail} Render the preview again: it costs nothing."
    return f"{detail} It is also in your generation history on RunComfy."


@dataclass(frozen=True)
class PriceEstimate:
    """The live price: ``estimate`` is ``unit_price × seconds`` for per-second models, else None
    (a per-output price is not turned into a total Storyreel cannot promise)."""

    unit_price: float
    unit: str
    estimate: float | None
    note: str


class _Subscription:
    """An async iterator over every event from the moment it was made."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._queue: asyncio.Queue[JobEvent | None] = asyncio.Queue()
        engine._subscribers.append(self._queue)

    def __aiter__(self) -> _Subscription:
        return self

    async def __anext__(self) -> JobEvent:
        item = await self._queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        with contextlib.suppress(ValueError):
            self._engine._subscribers.remove(self._queue)


def _not_sent(job: Job, why: str) -> dict[str, Any]:
    """The job's extra data, noting why it was never sent (its exit code depends on it)."""
    return {**job.extra, NOT_SENT_KEY: why}


def family_line(store: JobStore, job: Job, enough: int) -> RunTimeLine | None:
    """Run time against clip length, from the runs of the job's model, engine and resolution."""
    runs = store.family_durations(job.model_id, JobStore.family_key(job))
    return RunTimeLine.fit(runs, minimum=enough)


LineReader = Callable[[], RunTimeLine | None]  # reads a family's run-time line when needed


def learned_run_time(
    store: JobStore,
    job: Job,
    enough: int = PollTimings.confident_after,
    read_line: LineReader | None = None,
) -> tuple[float, bool, float | None] | None:
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


class _PollEvents:
    """Turns what the scheduler sees into saved state changes and events."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def job_queued(self, job_id: str, position: int | None) -> None:
        job = self.engine._live.get(job_id)
        if job is not None and job.state is JobState.QUEUED:
            self.engine._commit(job.move(JobState.QUEUED, queue_position=position))

    def job_running(self, job_id: str, started_at: float) -> None:
        job = self.engine._live.get(job_id)
        if job is not None and job.state in (JobState.QUEUED, JobState.RUNNING):
            # (What jobs that finished while it waited taught reached it then: _learned_from.)
            self.engine._commit(
                job.move(JobState.RUNNING, queue_position=None, started_at=started_at)
            )

    def job_finished(
        self, job_id: str, result: Result, started_at: float, finished_at: float
    ) -> None:
        self.engine._server_finished(job_id, result, started_at, finished_at)

    def job_gone(self, job_id: str, error: JobGone) -> None:
        job = self.engine._live.get(job_id)
        if job is None:
            return
        message = (
            f"{error} RunComfy keeps requests for a limited time; check your generation "
            "history on RunComfy."
        )
        self.engine._commit(job.move(JobState.FAILED, error=message, finished_at=time.time()))

    def job_notice(self, job_id: str, message: str, *, long_running: bool = False) -> None:
        job = self.engine._live.get(job_id)
        if job is None:
            return
        if long_running and not job.long_running:
            job.long_running = True
            job.updated_at = time.time()
            self.engine._commit(job)
        self.engine._emit(EventKind.NOTICE, job, message=message)

    def job_poll_failed(self, job_id: str, error: ApiError, failing_for: float) -> None:
        job = self.engine._live.get(job_id)
        if job is not None:
            self.engine._followers.poll_failed(job_id, job.request_id or job_id, error, failing_for)


class Engine:
    """Runs jobs: submit, follow, download; resume after a restart. See the module docstring."""

    def __init__(
        self,
        *,
        store: JobStore,
        catalogue: Catalogue,
        library_dir: Path,
        settings: Settings | None = None,
        poll_timings: PollTimings | None = None,
        retry: RetryPolicy | None = None,
        offline: OfflineFactory | None = None,
        holder: str = TERMINAL,
        lease_seconds: float | None = None,
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.library_dir = Path(library_dir)
        self.settings = settings or Settings.load()
        concurrency = max(1, int(self.settings.concurrency or 1))
        timings = poll_timings or PollTimings(max_in_flight=concurrency)
        self._retry = retry or RetryPolicy()
        self._offline = offline  # makes the offline preview backend (app.offline)
        self._tasks = TaskRegistry()
        self._scheduler = PollScheduler(_PollEvents(self), timings=timings, tasks=self._tasks)
        self._download_slots = asyncio.Semaphore(concurrency)
        self._backends: dict[tuple[str, str], Backend] = {}
        self._retired: list[Backend] = []
        self._backend_lock = asyncio.Lock()
        self._live: dict[str, Job] = {}
        self._waiters: dict[str, list[asyncio.Future[Job]]] = {}
        self._followers = Followers()
        self._subscribers: list[asyncio.Queue[JobEvent | None]] = []
        self._listeners: list[Callable[[JobEvent], None]] = []
        self._closed = False
        # Which jobs this engine follows: only those it holds the lease of (app.api.ownership).
        self.ownership = Ownership(self, app=holder, seconds=lease_seconds)
        self._downloads: dict[str, asyncio.Task[Any]] = {}

    def __repr__(self) -> str:
        return f"<Engine library={self.library_dir} live={len(self._live)}>"

    @property
    def poll_timings(self) -> PollTimings:
        return self._scheduler.timings

    @property
    def poll_requests(self) -> int:
        """How many status/result requests the scheduler has made (for benchmarks)."""
        return self._scheduler.requests

    # -- events ---------------------------------------------------------------------------

    def subscribe(self) -> AsyncIterator[JobEvent]:
        """Every event from now on, until the engine closes."""
        return _Subscription(self)

    def add_listener(self, callback: Callable[[JobEvent], None]) -> Callable[[], None]:
        """Call ``callback`` (on the loop's thread) for every event; returns its remover."""
        self._listeners.append(callback)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(callback)

        return remove

    def _emit(
        self,
        kind: EventKind,
        job: Job,
        *,
        message: str | None = None,
        progress: float | None = None,
    ) -> None:
        item = event(kind, job, message=message, progress=progress)
        for queue in list(self._subscribers):
            queue.put_nowait(item)
        for callback in list(self._listeners):
            try:
                callback(item)
            except Exception:  # one broken listener must not stop the engine or the others
                log.exception("a job event listener failed")

    def _create(self, job: Job) -> None:
        self.store.add(job, lease=self.ownership.columns())
        self._live[job.id] = job
        self._emit(EventKind.CREATED, job)

    def _commit(self, job: Job, *, message: str | None = None) -> bool:
        """Save ``job``, then tell everyone; a finished job is let go and its waiters woken.

        False, with nothing saved, when another Storyreel holds the job now: it is let go.
        """
        if not self.store.update(job, holder=self.ownership.owner):
            self._let_go(job.id, LOST_MESSAGE)
            return False
        self._emit(EventKind.CHANGED, job)
        if message:
            self._emit(EventKind.NOTICE, job, message=message)
        if job.state.finished:
            self.ownership.release(job.id)
            self._live.pop(job.id, None)
            self._scheduler.forget(job.id)
            for waiter in self._waiters.pop(job.id, []):
                if not waiter.done():
                    waiter.set_result(job.snapshot())
        if job.state.settled:
            self._followers.settled(job)
        return True

    # -- backends -------------------------------------------------------------------------

    async def _backend(self, engine: str, api_base: str | None = None) -> Backend:
        if self._closed:
            raise StoryreelError("The engine is closed.")
        kind = EngineKind.parse(engine)
        async with self._backend_lock:
            if kind is OFFLINE:
                return await self._offline_backend()
            base = check_api_base(api_base or self.settings.effective_api_base())
            # A key belongs to one base: never ask for another's. The keyring may answer
            # over D-Bus: not on the window's thread.
            token = await asyncio.to_thread(secrets.get_token, base)
            if not token:
                if api_base:
                    raise MissingKey(WAITING_FOR_KEY.format(base=base), api_base=base)
                raise MissingKey(_no_key(base), api_base=base)
            key = hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()
            backend = self._backends.get((RUNCOMFY, base))
            if backend is not None and backend.key == key:
                return backend
            if backend is not None:
                self._retired.append(backend)  # still used by polls already under way
            backend = RunComfyBackend(base, token, key, self._retry)
            await backend.start()
            self._backends[(RUNCOMFY, base)] = backend
            return backend

    async def _backend_of(self, job: Job) -> Backend:
        """The backend a job lives on: a RunComfy job stays with the API base it was sent to."""
        base = job.api_base or None if job.engine == RUNCOMFY else None
        return await self._backend(job.engine, base)

    async def _offline_backend(self) -> Backend:
        backend = self._backends.get((OFFLINE, ""))
        if backend is not None:
            return backend
        if self._offline is None:
            raise StoryreelError(OFFLINE_MISSING)
        # Made in a worker: on the window's thread, importing the simulator stalled the
        # window at the first preview of a session (benchmarks/soak.py measures the stalls).
        needs = BackendNeeds(catalogue=self.catalogue, retry=self._retry)
        backend = await asyncio.to_thread(self._offline, needs)
        try:
            await backend.start()
        except BaseException:
            await backend.stop()
            raise
        self._backends[(OFFLINE, "")] = backend
        return backend

    # -- prices ---------------------------------------------------------------------------

    async def estimate(self, model_id: str, values: dict[str, Any], engine: str) -> PriceEstimate:
        """The live price for these settings. Raises PriceUnavailable when it cannot be read."""
        model = self.catalogue.get(model_id)
        if engine == OFFLINE:
            return PriceEstimate(0.0, "output", 0.0, OFFLINE_NOTE)
        return await self._live_price(model, values, await self._backend(engine))

    async def _live_price(
        self, model: Model, values: dict[str, Any], backend: Backend
    ) -> PriceEstimate:
        try:
            price = await backend.client.model_info(model.model_id)
        except (PriceUnavailable, AuthError, InsufficientBalance):
            raise
        except ApiError as exc:
            raise PriceUnavailable(
                f"The live price of {model.display_name} could not be read, so nothing is "
                f"sent. {exc}",
                status=exc.status,
                code=exc.code,
                raw=exc.raw,
            ) from None
        seconds = model.duration_seconds(values)
        total = None
        if price.unit == "second" and seconds is not None:
            total = round(price.unit_price * seconds, 6)
        return PriceEstimate(price.unit_price, price.unit, total, price.note)

    # -- submitting -----------------------------------------------------------------------

    async def submit(
        self,
        model_id: str,
        values: dict[str, Any],
        *,
        engine: str,
        origin: dict[str, Any] | None = None,
        expected_price: PriceEstimate | None = None,
    ) -> Job:
        """Send one job and hand it to the scheduler. Returns its snapshot (see module doc)."""
        model = self.catalogue.get(model_id)
        problems = blocking(validate_values(model, values))
        if problems:
            raise ValidationError(problems)
        backend = await self._backend(engine)
        price = await self._live_price(model, values, backend) if engine == RUNCOMFY else None
        if price is not None and expected_price is not None:
            self._check_price_unchanged(model, expected_price, price)
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
        self._create(job)
        # Images are encoded while the job is PENDING: a crash now leaves a job that certainly
        # was never sent, and SUBMITTING is saved only just before the request goes out.
        try:
            body, summary = await encode_inputs_async(model, values, workdir=Path.cwd())
        except (InputError, ValidationError) as exc:
            self._commit(
                job.move(
                    JobState.FAILED, error=f"Not sent: {exc}", extra=_not_sent(job, NOT_SENT_INPUT)
                )
            )
            return job.snapshot()
        if job.state is not JobState.PENDING:  # cancelled while its images were encoded
            return job.snapshot()
        self._commit(job.move(JobState.SUBMITTING, sent_inputs=summary))
        try:
            submission = await backend.client.submit(model_id, body)
        except SubmissionUncertain as exc:
            self._commit(
                job.move(JobState.UNCERTAIN, error=f"{exc} {UNCERTAIN_HELP}"),
                message=UNCERTAIN_HELP,
            )
            return job.snapshot()
        except ApiError as exc:
            # Certainly not queued: say so, then fail it; the user can retry.
            self._commit(job.move(JobState.PENDING))
            self._commit(
                job.move(
                    JobState.FAILED, error=f"Not sent: {exc}", extra=_not_sent(job, NOT_SENT_API)
                )
            )
            return job.snapshot()
        except asyncio.CancelledError:
            self._commit(job.move(JobState.UNCERTAIN, error=UNCERTAIN_HELP), message=UNCERTAIN_HELP)
            raise
        saved = self._commit(
            job.move(JobState.QUEUED, request_id=submission.request_id, submitted_at=time.time())
        )
        if saved:
            self._follow(job, backend)
        return job.snapshot()

    def _check_price_unchanged(
        self, model: Model, shown: PriceEstimate, live: PriceEstimate
    ) -> None:
        if live.unit == shown.unit and live.unit_price <= shown.unit_price + 1e-9:
            return
        raise PriceUnavailable(
            f"The price of {model.display_name} changed from ${shown.unit_price:g} per "
            f"{shown.unit} to ${live.unit_price:g} per {live.unit} since it was shown; nothing "
            "was sent. Check the new price and send the job again."
        )

    def _expected(
        self, job: Job, read_line: LineReader | None = None
    ) -> tuple[float, bool, float | None]:
        """What a job is expected to take, whether that can be trusted, and how much runs
        of its kind differ: from its history (:func:`learned_run_time`), else a default
        (offline previews always use the default: it is what they take)."""
        offline = job.engine == OFFLINE
        if not offline:
            enough = self.poll_timings.confident_after
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

    def _follow(self, job: Job, backend: Backend) -> None:
        assert job.request_id is not None
        expected, confident, spread = self._expected(job)
        self._scheduler.follow(
            job.id,
            job.request_id,
            backend.client,
            expected=expected,
            confident=confident,
            submitted_at=job.submitted_at,
            running=job.state is JobState.RUNNING,
            started_at=job.started_at,
            position=job.queue_position,
            spread=spread,
            kind=f"{job.model_id}|{JobStore.duration_key(job)}",
            family=f"{job.model_id}|{JobStore.family_key(job)}",
            length=JobStore.clip_length(job),
        )

    # -- finishing --------------------------------------------------------------------------

    def _server_finished(
        self, job_id: str, result: Result, started_at: float, finished_at: float
    ) -> None:
        job = self._live.get(job_id)
        if job is None:
            return
        extra = dict(job.extra)
        for key, value in result.raw.items():
            if key not in _RESULT_KEYS and len(json.dumps(value, default=str)) <= _EXTRA_LIMIT:
                extra[key] = value
        if result.status == FAILED:
            self._commit(
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
            self._commit(
                job.move(
                    JobState.CANCELLED, started_at=started_at, finished_at=finished_at, extra=extra
                )
            )
            return
        saved = self._commit(
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
            self._spawn_download(job)

    def _spawn_download(self, job: Job) -> None:
        task = self._tasks.spawn(self._download(job), f"download-{job.request_id}")
        self._downloads[job.id] = task
        task.add_done_callback(lambda _: self._downloads.pop(job.id, None))

    def _let_go(self, job_id: str, message: str) -> None:
        """Stop following a job another Storyreel now holds: no more polls, no download."""
        job = self._live.pop(job_id, None)
        self._scheduler.forget(job_id)
        download = self._downloads.pop(job_id, None)
        if download is not None:
            download.cancel()
        if job is not None:
            self._emit(EventKind.NOTICE, job, message=message)
        for waiter in self._waiters.pop(job_id, []):
            if not waiter.done():
                waiter.set_exception(FollowedElsewhere(message))
        self._followers.end(job_id, FollowedElsewhere(message))

    async def _download(self, job: Job) -> None:
        if not job.outputs:
            self._commit(
                job.move(
                    JobState.FAILED,
                    error=failure_text(
                        job,
                        f"Request {job.request_id} was reported done with no output file.",
                        made=True,
                    ),
                )
            )
            return
        try:
            backend = await self._backend_of(job)
        except ApiError as exc:
            self._download_failed(job, DownloadStalled(f"The outputs cannot be downloaded: {exc}"))
            return
        folder = Path(job.output_folder) if job.output_folder else self.library_dir
        model = self.catalogue.get(job.model_id) if job.model_id in self.catalogue else None
        name = model.display_name if model else job.model_id.split("/")[-1]
        count = len(job.outputs)
        async with self._download_slots:
            for index, url in enumerate(job.outputs):
                if index < len(job.files) and Path(job.files[index]).is_file():
                    continue
                stem = output_stem(
                    when=job.created_at,
                    model_name=name,
                    prompt=job.prompt,
                    request_id=job.request_id or job.id,
                    index=index + 1 if count > 1 else None,
                )
                if not self.ownership.holds(job.id):  # another Storyreel has it now
                    self._let_go(job.id, LOST_MESSAGE)
                    return
                try:
                    path = await backend.downloader.download(
                        url,
                        folder,
                        stem,
                        progress=self._progress(job, index, count),
                        owner=self.ownership.owner,
                        leftovers=self.ownership.may_continue_leftovers(job.id),
                    )
                except DownloadError as exc:
                    if not self.ownership.holds(job.id):  # another Storyreel has it now
                        self._let_go(job.id, LOST_MESSAGE)
                        return
                    self._download_failed(job, exc)
                    return
                files = [*job.files[:index], str(path)]
                if not self._commit(job.move(JobState.DOWNLOADING, files=files)):
                    return
        self._commit(job.move(JobState.SUCCEEDED))
        self._learned_from(job)

    def _download_failed(self, job: Job, exc: DownloadError) -> None:
        """A download that may work later waits for the user; only a refusal or a file the
        output host no longer has fails the job."""
        if isinstance(exc, DownloadStalled):
            later = DOWNLOAD_LATER_OFFLINE if job.engine == OFFLINE else DOWNLOAD_LATER
            reason = f"{exc} {later}"
            self._commit(job.move(JobState.DOWNLOAD_WAITING, error=reason), message=reason)
            return
        if isinstance(exc, OutputGone):
            detail = f"The video was made but can no longer be downloaded: {exc}"
        else:
            detail = f"The video was made but could not be downloaded: {exc}"
        self._commit(job.move(JobState.FAILED, error=failure_text(job, detail, made=True)))

    def _download_again(self, job: Job) -> None:
        """Fetch the outputs of a job that was downloading or waits for its download."""
        if job.state is JobState.DOWNLOAD_WAITING and not self._commit(
            job.move(JobState.DOWNLOADING, error=None)
        ):
            return
        self._spawn_download(job)

    def _learned_from(self, finished: Job) -> None:
        """A run time joined the history: jobs of its family still on the server use it.

        Jobs of one kind share their model, engine, resolution and length, so they share
        one expectation: it is read from the store once per kind, not once per job.
        """
        family = JobStore.family_key(finished)
        related = [
            job
            for job in self._live.values()
            if job.state.on_server
            and job.model_id == finished.model_id
            and JobStore.family_key(job) == family
        ]
        if not related:
            return
        # The run-time line of the family, read at most once, and only for a kind whose own
        # history is too short (most finishes find every kind with enough of its own).
        read_line = functools.cache(
            lambda: family_line(self.store, finished, self.poll_timings.confident_after)
        )
        by_kind: dict[str, tuple[float, bool, float | None]] = {}
        for job in related:
            key = JobStore.duration_key(job)
            if key not in by_kind:
                by_kind[key] = self._expected(job, read_line)
            self._scheduler.set_expected(job.id, *by_kind[key])

    def _progress(self, job: Job, index: int, count: int) -> Callable[[int, int | None], None]:
        last = 0.0

        def report(done: int, total: int | None) -> None:
            nonlocal last
            now = time.monotonic()
            complete = total is not None and done >= total
            if now - last < PROGRESS_EVERY and not complete:
                return
            last = now
            part = done / total if total else 0.0
            self._emit(EventKind.PROGRESS, job, progress=min(1.0, (index + part) / count))

        return report

    # -- the user's actions ---------------------------------------------------------------------

    async def prepare(self) -> bool:
        """Make the RunComfy client ready before the first job needs it: its TLS set-up and
        the first import of httpx's connection layer happen in a worker thread, so the first
        submission does not wait for them. Nothing is sent. False when it cannot be made now
        (no key, or a wrong API address): the first submission says why."""
        try:
            await self._backend(RUNCOMFY)
        except StoryreelError as exc:
            log.info("the RunComfy client is not prepared: %s", exc)
            return False
        return True

    @property
    def followed_elsewhere(self) -> dict[str, Any]:
        """Unfinished jobs another Storyreel follows: job id → its holder (``describe()``)."""
        return dict(self.ownership.elsewhere)

    def watch_for_freed_jobs(self) -> None:
        """From now on, take over unfinished jobs whose Storyreel quits or dies, and show the
        progress other Storyreels save (the window: it runs for hours)."""
        self.ownership.watch()

    async def resume(self) -> list[Job]:
        """Pick up every unfinished job in the store that no other Storyreel follows (see the
        module docstring); the others are reported with a notice each, and left alone."""
        picked: list[Job] = []
        problem: ApiError | None = None
        for job in self.store.unfinished():
            if job.id in self._live:
                picked.append(self._live[job.id].snapshot())
                continue
            if not self.ownership.take(job):
                continue  # another Storyreel follows it (a notice said so), or finished it
            job = self.store.get(job.id) or job  # as saved now: another may have moved it on
            self._live[job.id] = job
            if job.state is JobState.SUBMITTING:
                self._commit(
                    job.move(JobState.UNCERTAIN, error=UNCERTAIN_HELP), message=UNCERTAIN_HELP
                )
            elif job.state is JobState.PENDING:
                self._commit(job.move(JobState.FAILED, error=NOT_SENT_AFTER_RESTART))
            elif job.engine == OFFLINE:
                self._commit(job.move(JobState.FAILED, error=OFFLINE_LOST))
            else:
                try:
                    backend = await self._backend_of(job)
                except MissingKey as exc:
                    # Saved as it is; picked up by a later resume once its key is set.
                    self._live.pop(job.id, None)
                    # Its lease is kept (a freed job would be taken again at every heartbeat):
                    # it is released when this Storyreel closes.
                    self._emit(EventKind.WAITING, job, message=str(exc))
                    continue
                except ApiError as exc:
                    self._live.pop(job.id, None)
                    self.ownership.release(job.id)
                    problem = problem or exc
                    continue
                if job.state in (JobState.DOWNLOADING, JobState.DOWNLOAD_WAITING):
                    self._download_again(job)
                elif job.request_id:
                    self._follow(job, backend)
                else:
                    self._commit(
                        job.move(JobState.FAILED, error="The job has no request id to follow.")
                    )
            picked.append(job.snapshot())
        if problem is not None:
            raise problem
        return picked

    async def retry_download(self, job_id: str) -> Job:
        """Fetch again the outputs of a job whose download waits (the user freed space,
        reconnected the drive...). The job is not sent again: nothing is charged."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError(f"There is no job {job_id} in the queue.")
        if job.state is not JobState.DOWNLOAD_WAITING:
            raise StoryreelError(
                f"This job is {job.state.label.lower()}: only a download that is waiting can "
                "be tried again."
            )
        if job.id not in self._live and not self.ownership.take(job):
            raise FollowedElsewhere(
                "Another Storyreel is following this job: retry its download there, or close "
                "that Storyreel first."
            )
        self._live[job.id] = job
        if job.engine == OFFLINE and (OFFLINE, "") not in self._backends:
            # The preview engine that made it is gone with an earlier run, and its file too.
            self._commit(job.move(JobState.FAILED, error=OFFLINE_LOST))
        else:
            self._download_again(job)
        return job.snapshot()

    async def cancel(self, job_id: str) -> str:
        """``"cancelled"``, or ``"not_cancellable"`` (RunComfy cancels only queued jobs)."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError(f"There is no job {job_id} in the queue.")
        if job.state is JobState.PENDING:
            self._commit(job.move(JobState.CANCELLED, finished_at=time.time()))
            return "cancelled"
        if job.state not in (JobState.QUEUED, JobState.RUNNING) or not job.request_id:
            return "not_cancellable"
        if job.engine == OFFLINE and job.id not in self._live:
            return "not_cancellable"
        backend = await self._backend_of(job)
        outcome = await backend.client.cancel(job.request_id)
        if outcome == "cancelled" and job.state in (JobState.QUEUED, JobState.RUNNING):
            self._commit(job.move(JobState.CANCELLED, finished_at=time.time()))
        return outcome

    async def retry(self, job_id: str) -> Job:
        """A new job with the same inputs; the old one is left as it is."""
        old = self._live.get(job_id) or self.store.get(job_id)
        if old is None:
            raise StoryreelError(f"There is no job {job_id} to retry.")
        if old.state is JobState.DOWNLOAD_WAITING:
            raise StoryreelError(
                "This video is made and only waits for its download: use Retry download, which "
                "fetches it without sending the job again."
            )
        if not old.state.finished:
            raise StoryreelError(
                f"This job is still {old.state.label.lower()}: wait for it or cancel it before "
                "sending it again."
            )
        copy = old.retry_copy()
        return await self.submit(copy.model_id, copy.inputs, engine=copy.engine, origin=copy.origin)

    async def remove(self, job_id: str) -> None:
        """Take a finished job off the list (its files stay in the library)."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError(f"There is no job {job_id} to remove.")
        if not job.state.finished:
            raise StoryreelError(
                f"This job is still {job.state.label.lower()}, so it cannot be removed from the "
                "list: cancel it or wait until it has finished."
            )
        self.store.remove(job_id)
        self._emit(EventKind.REMOVED, job)

    async def wait(self, job_id: str, timeout: float | None = None) -> Job:
        """The job once it has finished. Raises TimeoutError after ``timeout`` seconds."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError(f"There is no job {job_id}.")
        if job.state.finished:
            return job.snapshot()
        if job_id not in self._live:
            raise StoryreelError(
                f"Job {job_id} is not being followed in this session: resume it first."
            )
        waiter: asyncio.Future[Job] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(job_id, []).append(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await waiter
        finally:
            waiters = self._waiters.get(job_id)
            if waiters and waiter in waiters:
                waiters.remove(waiter)

    async def follow(self, job_id: str, *, patience: float) -> Job:
        """For a foreground follower (the command line): the job once it settles (finished, or
        its download waits). Raises FollowStopped when RunComfy refuses the key, or after
        ``patience`` seconds of nothing but failed questions (see ``app.api.followers``);
        the job is kept as it is, for a later resume."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError(f"There is no job {job_id}.")
        if job.state.settled:
            return job.snapshot()
        if job_id not in self._live:
            raise StoryreelError(
                f"Job {job_id} is not being followed in this session: resume it first."
            )
        return await self._followers.wait(job_id, patience)

    def jobs(self) -> list[Job]:
        """Every job, newest first."""
        return self.store.jobs()

    async def aclose(self) -> None:
        """Stop every background task, close the connections, stop the offline engine.

        Jobs on the server are not cancelled: the next start resumes them.
        """
        if self._closed:
            return
        self._closed = True
        try:
            await self._tasks.cancel_all()
        finally:
            # Connections first, then what a backend runs (the offline engine, in a worker).
            for backend in [*self._backends.values(), *self._retired]:
                await backend.stop()
            self._backends.clear()
            self._retired.clear()
            # Only now that no download writes any more may another Storyreel take the jobs.
            self.ownership.close()
            stopped = StoryreelError(
                "Storyreel stopped before the job finished; it continues on the next start."
            )
            for waiters in self._waiters.values():
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_exception(stopped)
            self._waiters.clear()
            self._followers.close(stopped)
            for queue in self._subscribers:
                queue.put_nowait(None)
            self._subscribers.clear()


__all__ = ["ENGINES", "Engine", "OFFLINE", "PriceEstimate", "RUNCOMFY"]
