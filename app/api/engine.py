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
import logging
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from app.api.backend_pool import NO_KEY, WAITING_FOR_KEY, BackendPool
from app.api.backends import Backend, OfflineFactory
from app.api.balance import Balance
from app.api.client import RetryPolicy
from app.api.event_hub import EventHub
from app.api.finishing import PollEvents, failure_text
from app.api.followers import Followers
from app.api.output_downloads import DOWNLOAD_LATER, DOWNLOAD_LATER_OFFLINE, OutputDownloads
from app.api.ownership import LOST_MESSAGE, Ownership
from app.api.polling import PollScheduler, PollTimings
from app.api.run_history import LineReader, RunTimes, family_line, learned_run_time
from app.api.spend_caps import DayCap
from app.api.submission import OFFLINE_NOTE, PriceEstimate, Submitter, live_price
from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue
from app.core.engines import ENGINES, OFFLINE, RUNCOMFY
from app.core.errors import (
    ApiError,
    FollowedElsewhere,
    MissingKey,
    StoryreelError,
)
from app.core.jobs import UNCERTAIN_HELP, EventKind, Job, JobEvent, JobState
from app.core.settings import Settings
from app.core.wording import QT_TRANSLATE_NOOP, said
from app.store import JobStore
from app.store.leases import TERMINAL

log = logging.getLogger(__name__)

NOT_SENT_AFTER_RESTART = said(
    QT_TRANSLATE_NOOP(
        "Errors",
        "Not sent: Storyreel closed before this job was sent. Nothing was charged; use Retry "
        "to send it.",
    )
)
OFFLINE_LOST = said(
    QT_TRANSLATE_NOOP(
        "Errors",
        "The offline preview engine stopped when Storyreel closed, and this preview went with "
        "it. Nothing was charged; use Retry to render it again.",
    )
)
NO_SUCH_JOB = QT_TRANSLATE_NOOP("Errors", "There is no job {job}.")
NOT_FOLLOWED = QT_TRANSLATE_NOOP(
    "Errors", "Job {job} is not being followed in this session: resume it first."
)
NO_REQUEST_ID = said(QT_TRANSLATE_NOOP("Errors", "The job has no request id to follow."))


class Engine:
    """Runs jobs: submit, follow, download; resume after a restart. See the module docstring.

    Each concern is a small object it owns: the backends (``app.api.backend_pool``), the
    submission path (``app.api.submission``), what the scheduler sees (``app.api.finishing``),
    run-time learning (``app.api.run_history``), the downloads (``app.api.output_downloads``),
    the events (``app.api.event_hub``) and the leases (``app.api.ownership``). The Engine
    keeps the jobs it follows and the one way they change: :meth:`_commit`.
    """

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
        self._tasks = TaskRegistry()
        self._live: dict[str, Job] = {}
        self._waiters: dict[str, list[asyncio.Future[Job]]] = {}
        self._followers = Followers()
        self._events = EventHub()
        self._closed = False
        self._backends = BackendPool(self.settings, catalogue, retry or RetryPolicy(), offline)
        # Which jobs this engine follows: only those it holds the lease of (app.api.ownership).
        self.ownership = Ownership(self, app=holder, seconds=lease_seconds)
        self._downloads = OutputDownloads(
            library_dir=self.library_dir,
            catalogue=catalogue,
            backends=self._backends,
            ownership=self.ownership,
            events=self._events,
            tasks=self._tasks,
            commit=self._commit,
            let_go=self._let_go,
            finished=self._learned_from,
            concurrency=concurrency,
        )
        seen = PollEvents(self._live, self._commit, self._events, self._followers, self._download)
        self._scheduler = PollScheduler(seen, timings=timings, tasks=self._tasks)
        self._run_times = RunTimes(store, catalogue, self._scheduler)
        self.day_cap = DayCap(store, lambda: self.settings)
        self._submitter = Submitter(
            catalogue=catalogue,
            backends=self._backends,
            library_dir=self.library_dir,
            create=self._create,
            commit=self._commit,
            follow=self._follow,
            check_cap=self.day_cap,
        )

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
        return self._events.subscribe()

    def add_listener(self, callback: Callable[[JobEvent], None]) -> Callable[[], None]:
        """Call ``callback`` (on the loop's thread) for every event; returns its remover."""
        return self._events.add_listener(callback)

    def _emit(
        self,
        kind: EventKind,
        job: Job,
        *,
        message: str | None = None,
        progress: float | None = None,
    ) -> None:
        self._events.emit(kind, job, message=message, progress=progress)

    # -- the jobs it follows --------------------------------------------------------------

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

    def _let_go(self, job_id: str, message: str) -> None:
        """Stop following a job another Storyreel now holds: no more polls, no download."""
        job = self._live.pop(job_id, None)
        self._scheduler.forget(job_id)
        self._downloads.stop(job_id)
        if job is not None:
            self._emit(EventKind.NOTICE, job, message=message)
        for waiter in self._waiters.pop(job_id, []):
            if not waiter.done():
                waiter.set_exception(FollowedElsewhere(message))
        self._followers.end(job_id, FollowedElsewhere(message))

    def _follow(self, job: Job, backend: Backend) -> None:
        assert job.request_id is not None
        expected, confident, spread = self._run_times.expected(job)
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

    def _download(self, job: Job) -> None:
        self._downloads.spawn(job)

    def _learned_from(self, finished: Job) -> None:
        self._run_times.learned_from(finished, list(self._live.values()))

    # -- prices and submitting ------------------------------------------------------------

    async def estimate(self, model_id: str, values: dict[str, Any], engine: str) -> PriceEstimate:
        """The live price for these settings. Raises PriceUnavailable when it cannot be read."""
        model = self.catalogue.get(model_id)
        if engine == OFFLINE:
            return PriceEstimate(0.0, "output", 0.0, OFFLINE_NOTE)
        return await live_price(model, values, await self._backends.get(engine))

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
        return await self._submitter.submit(
            model_id, values, engine=engine, origin=origin, expected_price=expected_price
        )

    async def balance(self) -> Balance:
        """The RunComfy account's balance, with the current API base's key. Raises a
        StoryreelError (no key, no answer, no balance stated) when it cannot be read."""
        backend = await self._backends.get(RUNCOMFY)
        return await backend.client.balance()

    # -- the user's actions ---------------------------------------------------------------------
    async def prepare(self) -> bool:
        """Make the RunComfy client ready before the first job needs it: its TLS set-up and
        the first import of httpx's connection layer happen in a worker thread, so the first
        submission does not wait for them. Nothing is sent. False when it cannot be made now
        (no key, or a wrong API address): the first submission says why."""
        try:
            await self._backends.get(RUNCOMFY)
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
                    backend = await self._backends.of(job)
                except MissingKey as exc:
                    # Saved as it is; picked up by a later resume once its key is set.
                    self._live.pop(job.id, None)
                    # Its lease is kept (a freed job would be taken again at every heartbeat):
                    # it is released when this Storyreel closes.
                    self._emit(EventKind.WAITING, job, message=exc.message)
                    continue
                except ApiError as exc:
                    self._live.pop(job.id, None)
                    self.ownership.release(job.id)
                    problem = problem or exc
                    continue
                if job.state in (JobState.DOWNLOADING, JobState.DOWNLOAD_WAITING):
                    self._downloads.again(job)
                elif job.request_id:
                    self._follow(job, backend)
                else:
                    self._commit(job.move(JobState.FAILED, error=NO_REQUEST_ID))
            picked.append(job.snapshot())
        if problem is not None:
            raise problem
        return picked

    async def retry_download(self, job_id: str) -> Job:
        """Fetch again the outputs of a job whose download waits (the user freed space,
        reconnected the drive...). The job is not sent again: nothing is charged."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP("Errors", "There is no job {job} in the queue."), job=job_id
            )
        if job.state is not JobState.DOWNLOAD_WAITING:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This job is {state}: only a download that is waiting can be tried again.",
                ),
                state=job.state.in_sentence,
            )
        if job.id not in self._live and not self.ownership.take(job):
            raise FollowedElsewhere.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Another Storyreel is following this job: retry its download there, or "
                    "close that Storyreel first.",
                )
            )
        self._live[job.id] = job
        if job.engine == OFFLINE and not self._backends.has_offline:
            # The preview engine that made it is gone with an earlier run, and its file too.
            self._commit(job.move(JobState.FAILED, error=OFFLINE_LOST))
        else:
            self._downloads.again(job)
        return job.snapshot()

    async def cancel(self, job_id: str) -> str:
        """``"cancelled"``, or ``"not_cancellable"`` (RunComfy cancels only queued jobs)."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP("Errors", "There is no job {job} in the queue."), job=job_id
            )
        if job.state is JobState.PENDING:
            self._commit(job.move(JobState.CANCELLED, finished_at=time.time()))
            return "cancelled"
        if job.state not in (JobState.QUEUED, JobState.RUNNING) or not job.request_id:
            return "not_cancellable"
        if job.engine == OFFLINE and job.id not in self._live:
            return "not_cancellable"
        backend = await self._backends.of(job)
        outcome = await backend.client.cancel(job.request_id)
        if outcome == "cancelled" and job.state in (JobState.QUEUED, JobState.RUNNING):
            self._commit(job.move(JobState.CANCELLED, finished_at=time.time()))
        return outcome

    async def retry(self, job_id: str) -> Job:
        """A new job with the same inputs; the old one is left as it is."""
        old = self._live.get(job_id) or self.store.get(job_id)
        if old is None:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP("Errors", "There is no job {job} to retry."), job=job_id
            )
        if old.state is JobState.DOWNLOAD_WAITING:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This video is made and only waits for its download: use Retry download, "
                    "which fetches it without sending the job again.",
                )
            )
        if not old.state.finished:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This job is still {state}: wait for it or cancel it before sending it again.",
                ),
                state=old.state.in_sentence,
            )
        copy = old.retry_copy()
        return await self.submit(copy.model_id, copy.inputs, engine=copy.engine, origin=copy.origin)

    async def remove(self, job_id: str) -> None:
        """Take a finished job off the list (its files stay in the library)."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP("Errors", "There is no job {job} to remove."), job=job_id
            )
        if not job.state.finished:
            raise StoryreelError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This job is still {state}, so it cannot be removed from the list: cancel "
                    "it or wait until it has finished.",
                ),
                state=job.state.in_sentence,
            )
        self.store.remove(job_id)
        self._emit(EventKind.REMOVED, job)

    async def wait(self, job_id: str, timeout: float | None = None) -> Job:
        """The job once it has finished. Raises TimeoutError after ``timeout`` seconds."""
        job = self._live.get(job_id) or self.store.get(job_id)
        if job is None:
            raise StoryreelError.said(NO_SUCH_JOB, job=job_id)
        if job.state.finished:
            return job.snapshot()
        if job_id not in self._live:
            raise StoryreelError.said(NOT_FOLLOWED, job=job_id)
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
            raise StoryreelError.said(NO_SUCH_JOB, job=job_id)
        if job.state.settled:
            return job.snapshot()
        if job_id not in self._live:
            raise StoryreelError.said(NOT_FOLLOWED, job=job_id)
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
        self._backends.closed = True
        try:
            await self._tasks.cancel_all()
        finally:
            # Connections first, then what a backend runs (the offline engine, in a worker).
            await self._backends.stop()
            # Only now that no download writes any more may another Storyreel take the jobs.
            self.ownership.close()
            stopped = StoryreelError.said(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Storyreel stopped before the job finished; it continues on the next start.",
                )
            )
            for waiters in self._waiters.values():
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_exception(stopped)
            self._waiters.clear()
            self._followers.close(stopped)
            self._events.close()


__all__ = [
    "DOWNLOAD_LATER",
    "DOWNLOAD_LATER_OFFLINE",
    "ENGINES",
    "Engine",
    "LineReader",
    "NOT_SENT_AFTER_RESTART",
    "NO_KEY",
    "OFFLINE",
    "OFFLINE_LOST",
    "OFFLINE_NOTE",
    "PriceEstimate",
    "RUNCOMFY",
    "WAITING_FOR_KEY",
    "failure_text",
    "family_line",
    "learned_run_time",
]
