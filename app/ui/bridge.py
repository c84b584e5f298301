"""The one seam between the engine and Qt, and the controller that runs the user's actions.

``Bridge`` listens to the engine's job events and re-emits each as a Qt signal; widgets
connect to those signals and never see the engine. ``Controller`` is the other direction:
the window asks it to submit, cancel, retry, retry a download, remove or estimate, and it
schedules the engine's coroutines as tasks in one registry, which is cancelled on quit.
Failures come back as notices in plain sentences; nothing an action raises is lost or leaks
into Qt.

``ImageFetch`` is the drop zones' way to fetch an image URL for checking: it runs in a
worker thread, reports progress, can be cancelled, and ``Controller.shutdown`` stops any
still running.

Start-up is split: the window is built and shown without the engine, then ``start`` opens
the job store, imports the network stack off the UI thread, creates the one Engine,
resumes unfinished jobs and reports ``ready`` with every job in the store. asyncio itself
is imported where the loop runs, not with this module: the window is painted before it.

The Storyboard view renders, opens boards and picks up finished clips through the
Controller too (its storyboard section). The list of models is refreshed in place through it
(``refresh_catalogue``, then ``catalogue_changed``): on start, when a key is set or removed,
and on File → Refresh models. This module is a little over 600 lines because it
is the ui's only door to the engine layers: splitting it would make a second door.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue
from app.core.engines import EngineKind
from app.core.errors import FetchError, StoryreelError
from app.core.history import HistoryQuery
from app.core.jobs import EventKind, Job, JobEvent, JobState
from app.core.settings import Settings
from app.core.takes import Take

if TYPE_CHECKING:
    import asyncio

    from app.api.engine import Engine, PriceEstimate
    from app.api.storyboard_runner import (
        BoardEstimate,
        RenderEvent,
        RenderEventKind,
        RenderReport,
    )
    from app.core.storyboard import Storyboard
    from app.store.store import JobStore

log = logging.getLogger(__name__)

OFFLINE = EngineKind.OFFLINE
RUNCOMFY = EngineKind.RUNCOMFY
# A key check is a single read: give up quickly instead of retrying for a minute.
KEY_CHECK_ATTEMPTS = 2
KEY_CHECK_TOTAL_WAIT = 10.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Controller", text)


class Bridge(QObject):
    """Engine events in, Qt signals out. The listener may be called from any thread: Qt
    queues a signal emitted off the GUI thread to receivers living on it."""

    job_created = Signal(object)  # Job
    job_changed = Signal(object)  # Job
    job_progress = Signal(str, float)  # job id, 0..1
    job_removed = Signal(str)  # job id
    notice = Signal(str, str)  # job id ("" when about no job in particular), message
    job_waiting = Signal(str, str)  # job id, what it waits for (the API key of its base)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detach: Callable[[], None] | None = None

    def attach(self, engine: Engine) -> None:
        self.detach()
        self._detach = engine.add_listener(self.deliver)

    def detach(self) -> None:
        if self._detach is not None:
            self._detach()
            self._detach = None

    def deliver(self, event: JobEvent) -> None:
        kind = event.kind
        if kind is EventKind.CREATED:
            self.job_created.emit(event.job)
        elif kind is EventKind.CHANGED:
            self.job_changed.emit(event.job)
        elif kind is EventKind.PROGRESS:
            self.job_progress.emit(event.job_id, float(event.progress or 0.0))
            # A progress event also carries the newest snapshot of the job.
            self.job_changed.emit(event.job)
        elif kind is EventKind.REMOVED:
            self.job_removed.emit(event.job_id)
        elif kind is EventKind.NOTICE and event.message:
            self.notice.emit(event.job_id, event.message)
        elif kind is EventKind.WAITING and event.message:
            self.job_waiting.emit(event.job_id, event.message)


def _key_is_set(api_base: str) -> bool:
    """Off the UI thread: importing keyring and asking the OS keyring both take a while."""
    from app.api import secrets

    return bool(secrets.get_token(api_base))


@dataclass(frozen=True)
class KeyState:
    """The key of one API base as Settings shows it: whether one is set, and where it is kept
    (a plain phrase, such as "stored in the system keyring")."""

    api_base: str
    present: bool
    where: str


@dataclass(frozen=True)
class KeyCheck:
    """The answer to "Test key": ``verdict`` is valid, refused, network or invalid_base."""

    verdict: str
    message: str

    @property
    def valid(self) -> bool:
        return self.verdict == "valid"


class Controller(QObject):
    """Runs the user's actions on the engine, one task each, and reports what became of them."""

    ready = Signal(list)  # every job in the store, newest first
    start_failed = Signal(str)
    busy_changed = Signal(bool)  # a submission is on its way
    catalogue_changed = Signal(str)  # the models were refreshed in place; a sentence, or ""
    # The RunComfy balance as shown ("$24.82"), or "" when it cannot be read; hidden (False)
    # when no key is set.
    balance_changed = Signal(str, bool)

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalogue = catalogue
        self.bridge = Bridge(self)
        self.tasks = TaskRegistry()
        self.engine: Engine | None = None
        self.store: JobStore | None = None
        self.has_key = False
        self._typical: dict[tuple[str, str], float | None] = {}
        self._submitting = 0
        self._balance_reading = self._balance_again = False
        self.balance_text = ""  # the last balance read, as shown; "" when unavailable
        self.bridge.job_changed.connect(self._forget_typical)
        self.bridge.job_changed.connect(self._balance_after)

    # -- life -----------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.engine is not None

    async def start(self) -> list[Job]:
        """Open the store, create the engine, resume unfinished jobs; emit ``ready``."""
        import asyncio

        from app.store.store import JobStore

        try:
            base = self.settings.effective_api_base()
            self.has_key = await asyncio.to_thread(_key_is_set, base)
            self.store = JobStore.open_default()
            # httpx and friends are imported off the UI thread: the window stays live.
            module = await asyncio.to_thread(importlib.import_module, "app.api.engine")
            offline = await asyncio.to_thread(importlib.import_module, "app.offline")
            self.engine = module.Engine(
                store=self.store,
                catalogue=self.catalogue,
                library_dir=self.settings.library_path,
                settings=self.settings,
                holder="window",
                offline=offline.offline_preview,
            )
            self.bridge.attach(self.engine)
            # Jobs another Storyreel (a terminal command) follows are taken over when it
            # stops, and their progress shows here meanwhile.
            self.engine.watch_for_freed_jobs()
            if self.settings.problem:  # a damaged settings file, kept aside: say so once
                self.bridge.notice.emit("", self.settings.problem)
        except StoryreelError as exc:
            log.error("start-up failed: %s", exc)
            self.start_failed.emit(str(exc))
            return []
        try:
            await self.engine.resume()
        except StoryreelError as exc:
            # The other jobs were picked up; these wait for the cause (often: no key yet).
            log.warning("some unfinished jobs cannot be followed: %s", exc)
            self.bridge.notice.emit(
                "",
                tr("Some unfinished jobs cannot be followed yet: {reason}").format(reason=exc),
            )
        except Exception:
            # A bug in resuming must not keep the window from working: the queue still shows
            # every job, and the log has the details.
            log.exception("resuming unfinished jobs failed")
            self.bridge.notice.emit(
                "",
                tr(
                    "Unfinished jobs could not be picked up: the details are in the log "
                    "(Help → Copy diagnostics)."
                ),
            )
        jobs = self.engine.jobs()
        self.ready.emit(jobs)
        self.refresh_catalogue()
        if self.has_key and self.engine is not None:
            # The first Generate then need not wait for the client's set-up.
            await self.engine.prepare()
        self.refresh_balance()
        return jobs

    async def shutdown(self) -> None:
        """Cancel every task of ours and every image fetch, then close the engine (it stops its
        own work)."""
        ImageFetch.cancel_all()
        await self.tasks.cancel_all()
        self.bridge.detach()
        engine, self.engine = self.engine, None
        if engine is not None:
            await engine.aclose()
        store, self.store = self.store, None
        if store is not None:
            store.close()

    # -- running actions ------------------------------------------------------------------

    def spawn(
        self,
        coro: Coroutine[Any, Any, Any],
        name: str,
        *,
        job_id: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Run ``coro`` in the registry; a failure becomes a notice unless ``on_error`` takes it."""
        try:
            task = self.tasks.spawn(self._guarded(coro, job_id, on_done, on_error), name)
        except RuntimeError:
            coro.close()
            raise
        # A task cancelled before its first step never starts ``coro``; closing it then
        # (a no-op once it has run) keeps the interpreter from warning it was never awaited.
        task.add_done_callback(lambda _task: coro.close())
        return task

    async def _guarded(
        self,
        coro: Coroutine[Any, Any, Any],
        job_id: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> Any:
        import asyncio

        try:
            result = await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            else:
                self.report_failure(exc, job_id)
            return None
        if on_done is not None:
            on_done(result)
        return result

    def report_failure(self, exc: BaseException, job_id: str = "") -> None:
        """An action's failure as a notice: its message, or (a bug) a pointer to the log."""
        if isinstance(exc, StoryreelError):
            log.warning("%s", exc)
            self.bridge.notice.emit(job_id, str(exc))
            return
        log.error("an action failed", exc_info=exc)
        self.bridge.notice.emit(
            job_id,
            tr(
                "Something went wrong: {error}. The details are in the log "
                "(Help → Copy diagnostics)."
            ).format(error=type(exc).__name__),
        )

    def _engine(self) -> Engine:
        if self.engine is None:
            raise StoryreelError(tr("Storyreel is still starting: try again in a moment."))
        return self.engine

    @property
    def submitting(self) -> bool:
        return self._submitting > 0

    def submit(
        self,
        model_id: str,
        values: dict[str, Any],
        engine: str,
        *,
        expected_price: PriceEstimate | None = None,
        on_done: Callable[[Job], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        async def run() -> Job:
            self._submitting += 1
            self.busy_changed.emit(True)
            try:
                return await self._engine().submit(
                    model_id, values, engine=engine, expected_price=expected_price
                )
            finally:
                self._submitting -= 1
                self.busy_changed.emit(self.submitting)

        return self.spawn(run(), f"submit {model_id}", on_done=on_done, on_error=on_error)

    def cancel(self, job_id: str) -> asyncio.Task[Any]:
        async def run() -> str:
            outcome = await self._engine().cancel(job_id)
            if outcome != "cancelled":
                self.bridge.notice.emit(
                    job_id,
                    tr(
                        "This job could not be cancelled: it has already started generating, "
                        "and only jobs still waiting in the queue can be cancelled."
                    ),
                )
            return outcome

        return self.spawn(run(), f"cancel {job_id}", job_id=job_id)

    def retry(self, job_id: str, on_done: Callable[[Job], None] | None = None) -> asyncio.Task[Any]:
        return self.spawn(
            self._engine_call("retry", job_id), f"retry {job_id}", job_id=job_id, on_done=on_done
        )

    def retry_download(self, job_id: str) -> asyncio.Task[Any]:
        """Fetch a waiting download again: the same output, never a new submission."""
        return self.spawn(
            self._engine_call("retry_download", job_id), f"retry download {job_id}", job_id=job_id
        )

    def remove(self, job_id: str) -> asyncio.Task[Any]:
        return self.spawn(self._engine_call("remove", job_id), f"remove {job_id}", job_id=job_id)

    async def _engine_call(self, method: str, job_id: str) -> Any:
        return await getattr(self._engine(), method)(job_id)

    def estimate(
        self,
        model_id: str,
        values: dict[str, Any],
        engine: str,
        *,
        on_done: Callable[[PriceEstimate], None],
        on_error: Callable[[BaseException], None],
    ) -> asyncio.Task[Any]:
        async def run() -> PriceEstimate:
            return await self._engine().estimate(model_id, values, engine)

        return self.spawn(run(), f"estimate {model_id}", on_done=on_done, on_error=on_error)

    # -- the history: stars on jobs and takes ----------------------------------------------

    def starred_ids(self, job_ids: list[str]) -> set[str]:
        """Which of these jobs are starred (none before the engine has started)."""
        if self.engine is None:
            return set()
        return self.engine.store.starred_ids(job_ids)

    def search_history(self, query: HistoryQuery, limit: int) -> tuple[int, list[Job], set[str]]:
        """How many jobs answer ``query``, the newest ``limit`` of them and which of those are
        starred. Reads the job store: call it in a worker."""
        store = self._engine().store
        jobs = store.search(query, limit=limit)
        return store.count_matching(query), jobs, store.starred_ids(j.id for j in jobs)

    def set_starred(self, job_id: str, starred: bool) -> None:
        """Star a job (a take) or take its star off; saved at once."""
        self._engine().store.set_starred(job_id, starred)

    def single_takes(self, model_id: str, values: dict[str, Any]) -> tuple[str, list[Take]]:
        """The key of the single shot's inputs and their takes, oldest first (see
        :mod:`app.core.single_takes`). Reads the job store and hashes frames: call it in a
        worker."""
        from app.core.single_takes import single_key, single_takes

        model = self.catalogue.get(model_id) if model_id in self.catalogue else None
        key = single_key(model_id, model, values)
        jobs = self._engine().store.jobs(states=[JobState.SUCCEEDED])
        return key, single_takes(jobs, model, model_id, key)

    # -- storyboards (the Storyboard view's one way to the engine) -------------------------

    async def render_storyboard(
        self, board: Storyboard, *, engine_kind: str, **how: Any
    ) -> RenderReport:
        """Price, confirm (``how["confirm"]``) and send the board's shots, then follow them."""
        from app.api.storyboard_runner import render_storyboard

        return await render_storyboard(
            board, self._engine(), self.catalogue, engine_kind=engine_kind, **how
        )

    def plan_variations(
        self,
        board: Storyboard,
        shot_id: str,
        runs: list[dict[str, Any]],
        *,
        engine_kind: str,
        prompt: str | None = None,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> asyncio.Task[Any]:
        """Plan N variations of a shot and read their price (sends nothing)."""

        async def run() -> Any:
            from app.api.shot_variations import plan_variations

            return await plan_variations(
                board, self._engine(), self.catalogue, shot_id, runs, engine_kind, prompt=prompt
            )

        return self.spawn(
            run(), f"price variations of {shot_id}", on_done=on_done, on_error=on_error
        )

    def send_variations(
        self,
        board: Storyboard,
        plan: Any,
        *,
        engine_kind: str,
        on_done: Callable[[list[Job]], None],
        on_error: Callable[[BaseException], None],
    ) -> asyncio.Task[Any]:
        """Send each planned variation once (see :mod:`app.api.shot_variations`)."""

        async def run() -> list[Job]:
            from app.api.shot_variations import send_variations

            self._submitting += 1
            self.busy_changed.emit(True)
            try:
                return await send_variations(board, self._engine(), plan, engine_kind)
            finally:
                self._submitting -= 1
                self.busy_changed.emit(self.submitting)

        return self.spawn(run(), "send variations", on_done=on_done, on_error=on_error)

    def attach_finished_jobs(self, board: Storyboard, jobs: list[Job]) -> list[int]:
        """Give the board's shots the clips of these jobs (the shots that changed)."""
        from app.api.storyboard_runner import attach_finished_jobs

        return attach_finished_jobs(board, jobs, self.catalogue)

    def open_storyboard(self, path: Path, jobs: list[Job]) -> tuple[Storyboard, list[int]]:
        """Read a board (call it in a worker) and give its shots the clips of jobs that
        finished while it was closed, saving it when that changed it."""
        from app.api.storyboard_runner import attach_finished_jobs
        from app.core.storyboard import Storyboard

        board = Storyboard.load(path)
        changed = attach_finished_jobs(board, jobs, self.catalogue)
        if changed:
            board.save()
        return board, changed

    def export_board(self, board: Storyboard, folder: Path, *how: Any) -> Any:
        """Write the chosen hand-off files (kinds, options, progress: see
        :func:`app.core.storyboard.handoff.export_board`) into ``folder``; in a worker."""
        from app.core.storyboard.handoff import export_board

        return export_board(board, self.catalogue, folder, *how)

    def read_edit(self, board: Storyboard, path: Path) -> Any:
        """What an edited .otio or .xml changes on the board (a ConformPlan); in a worker."""
        from app.core.storyboard.conform import read_edit

        return read_edit(board, self.catalogue, path)

    async def check_key(self, api_base: str, token: str) -> KeyCheck:
        """The read-only model call "Test key" makes: does RunComfy accept this key?"""
        from app.api.client import InvalidApiBase, RetryPolicy, RunComfyClient
        from app.core.errors import (
            ApiError,
            AuthError,
            InsufficientBalance,
            NetworkError,
            PriceUnavailable,
            RateLimited,
            ServerError,
        )

        model = self.catalogue.models()[0]
        named = model.display_name  # the model as the user knows it, in messages: not its id
        retry = RetryPolicy(attempts=KEY_CHECK_ATTEMPTS, total_wait=KEY_CHECK_TOTAL_WAIT)
        try:
            async with RunComfyClient(api_base, token, retry=retry) as client:
                await client.model_info(model.model_id)
        except InvalidApiBase as exc:
            return KeyCheck("invalid_base", str(exc))
        except AuthError:
            return KeyCheck(
                "refused",
                tr(
                    "RunComfy refused this key: it may be mistyped, expired or revoked. "
                    "Copy it again from your RunComfy profile."
                ),
            )
        except (PriceUnavailable, InsufficientBalance):
            # RunComfy answered for this account: the key itself is accepted.
            pass
        except (NetworkError, ServerError, RateLimited) as exc:
            return KeyCheck(
                "network",
                tr("RunComfy could not be reached, so the key is not checked yet: {reason}").format(
                    reason=str(exc).replace(model.model_id, named)
                ),
            )
        except ApiError as exc:
            return KeyCheck(
                "network",
                tr("The key could not be checked: {reason}").format(
                    reason=str(exc).replace(model.model_id, named)
                ),
            )
        return KeyCheck("valid", tr("The key works: RunComfy accepted it."))

    # -- API keys (one per API base; see app.api.secrets) --------------------------------

    def key_state(self, api_base: str) -> KeyState:
        """Whether ``api_base`` has a key, and where it is kept."""
        from app.api import secrets

        return KeyState(
            api_base, secrets.get_token(api_base) is not None, secrets.keyring_status(api_base)
        )

    def store_key(self, api_base: str, token: str) -> bool:
        """Keep ``token`` as the key of ``api_base``: True when the system keyring has it,
        False when only this session does (``key_state`` says why). Jobs that waited for it
        are picked up."""
        from app.api import secrets

        in_keyring = secrets.set_token(token, api_base)
        self.key_stored(self._current_base_has_key())
        return in_keyring

    def remove_key(self, api_base: str) -> None:
        from app.api import secrets

        secrets.delete_token(api_base)
        self.key_stored(self._current_base_has_key())

    def stored_key(self, api_base: str) -> str | None:
        """The key of ``api_base``, for "Test key" against that same base only."""
        from app.api import secrets

        return secrets.get_token(api_base)

    def refresh_key(self) -> bool:
        """Whether the current API base has a key (after the address changed), as ``has_key``."""
        present = self._current_base_has_key()
        if present != self.has_key:
            self.key_stored(present)
        return present

    def _current_base_has_key(self) -> bool:
        from app.api import secrets

        return secrets.get_token(self.settings.effective_api_base()) is not None

    def key_stored(self, present: bool) -> None:
        """A key was set or removed: ``present`` tells whether new jobs can go to RunComfy.
        Jobs waiting for a key are tried again (those whose base still has none wait on)."""
        self.has_key = present
        self.refresh_balance()
        if self.engine is not None:
            self.spawn(self._resume_waiting(), "resume jobs waiting for a key")
            self.refresh_catalogue()  # with a key, RunComfy's list; without, the preview's

    # -- the list of models -----------------------------------------------------------------

    def refresh_catalogue(self, force: bool = False) -> asyncio.Task[Any]:
        """Update the catalogue in place, then emit ``catalogue_changed``: with a key, from
        RunComfy's list of models (read when a day old, or now when ``force``; else the copy
        kept); without one, the models of the offline preview engine."""
        return self.spawn(self._refresh_catalogue(force), "refresh the list of models")

    async def _refresh_catalogue(self, force: bool) -> None:
        import asyncio

        from app.api import secrets
        from app.core.settings import user_catalogue_dir

        base = self.settings.effective_api_base()
        token = await asyncio.to_thread(secrets.get_token, base)
        message = ""
        if token:
            module = await asyncio.to_thread(importlib.import_module, "app.api.catalogue")
            outcome = await module.refresh_catalogue(
                base, token, force=force, user_dir=user_catalogue_dir()
            )
            catalogue = outcome.catalogue
            if outcome.problem:
                message = tr("{problem} The models known before are offered.").format(
                    problem=outcome.problem
                )
            elif outcome.read_now:
                message = tr("RunComfy's list of models is up to date.")
                if catalogue.problems:
                    message += " " + tr(
                        "Some of its models cannot be offered; the reasons are in the log "
                        "(Help → Copy diagnostics)."
                    )
            for problem in catalogue.problems:
                log.warning("list of models: %s", problem)
        else:
            # The preview engine's own list: a model it cannot offer is no news to the user.
            offline = await asyncio.to_thread(importlib.import_module, "app.offline")
            catalogue = await asyncio.to_thread(offline.offline_catalogue, user_catalogue_dir())
            for problem in catalogue.problems:
                log.info("offline list of models: %s", problem)
        self.catalogue.replace_with(catalogue)
        self.catalogue_changed.emit(message)

    async def _resume_waiting(self) -> None:
        try:
            await self._engine().resume()
        except StoryreelError as exc:
            log.warning("some unfinished jobs cannot be followed: %s", exc)
            self.bridge.notice.emit(
                "",
                tr("Some unfinished jobs cannot be followed yet: {reason}").format(reason=exc),
            )

    # -- money: the ledger, the balance, the caps (app.core.spending) ----------------------

    def spend_report(self, since: Any = None, until: Any = None) -> Any:
        """The ledger's SpendReport for the range (blocking: call it in a worker thread)."""
        from app.store import ledger

        if self.store is None:
            raise StoryreelError(tr("Storyreel is still starting: try again in a moment."))
        return ledger.report(self.store, since, until)

    def spent_today(self) -> float:
        """Money spent or on its way today: what the daily cap counts (blocking, short)."""
        from app.store import ledger

        return 0.0 if self.store is None else ledger.committed_today(self.store)

    def refresh_balance(self) -> None:
        """Read the RunComfy balance again; ``balance_changed`` tells what it is. Asked while
        a reading is under way, it reads once more after it (a job may just have finished)."""
        if not self.has_key or self.engine is None:
            self.balance_changed.emit("", False)
            return
        if self._balance_reading:
            self._balance_again = True
            return
        self._balance_reading, self._balance_again = True, False

        def settle(text: str) -> None:
            self._balance_reading = False
            self.balance_text = text
            self.balance_changed.emit(text, True)
            if self._balance_again:
                self.refresh_balance()

        def failed(exc: BaseException) -> None:
            log.info("the balance could not be read: %s", exc)
            settle("")

        self.spawn(
            self._engine().balance(),
            "read the balance",
            on_done=lambda balance: settle(balance.text()),
            on_error=failed,
        )

    def _balance_after(self, job: Job) -> None:
        if job.state.finished and job.engine == RUNCOMFY:
            self.refresh_balance()

    # -- what the queue shows -------------------------------------------------------------

    def typical_duration(self, job: Job) -> float | None:
        """How long similar jobs ran, for the queue's ETA: the median of jobs of the same
        length, or what jobs of other lengths predict (None before any has finished)."""
        if self.store is None:
            return None
        from app.api.engine import learned_run_time
        from app.store.store import JobStore

        key = (job.model_id, JobStore.duration_key(job))
        if key not in self._typical:
            learned = learned_run_time(self.store, job)
            self._typical[key] = None if learned is None else learned[0]
        return self._typical[key]

    def _forget_typical(self, job: Job) -> None:
        """A finished job changes what every length of its family is expected to take."""
        if job.state is JobState.SUCCEEDED:
            from app.store.store import JobStore

            family = JobStore.family_key(job)
            for key in [k for k in self._typical if k[0] == job.model_id]:
                if key[1].startswith(family):
                    del self._typical[key]


# --- the log and the diagnostics report, which never show an API key (app.api.secrets) -------
def key_redacting_filter() -> logging.Filter:
    """A logging filter that takes every API key out of a record, tracebacks too."""
    from app.api.secrets import RedactingFilter  # keyring: only needed once called

    return RedactingFilter()


def key_whereabouts(api_base: str) -> str:
    """Where the key of ``api_base`` is kept, as a plain phrase (or that none is set)."""
    from app.api.secrets import keyring_status

    return keyring_status(api_base)


def without_keys(text: str) -> str:
    """``text`` with any API key this process knows (or any Bearer token) taken out."""
    from app.api.secrets import redact

    return redact(text)


# --- fetching an image URL for checking ----------------------------------------------------

_fetched_lock = threading.Lock()
_fetched: dict[tuple[str, str], Path] = {}
_running: set[ImageFetch] = set()  # guarded by _fetched_lock


class ImageFetch:
    """One image URL fetched for checking: run in a worker thread, watched and cancelled from
    the window. The drop zones fetch only through this, so the window never imports the
    network code itself.

    :meth:`run` fetches once per session per folder (switching models re-checks the same
    image against other rules and should not download it again), within the fetch's overall
    deadline (``app.api.fetch.FETCH_DEADLINE``). :meth:`progress` may be read from any thread;
    :meth:`cancel` stops the download at once and leaves nothing behind.
    """

    def __init__(self, url: str, dest_dir: Path, *, max_bytes: int = 50_000_000) -> None:
        self.url = url
        self.dest_dir = Path(dest_dir)
        self.max_bytes = max_bytes  # a video or audio clip may be larger than an image
        self._lock = threading.Lock()
        self._received = 0
        self._total: int | None = None
        self._cancelled = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[Any] | None = None

    @staticmethod
    def cancel_all() -> None:
        """Stop every fetch still running (on quit: no worker thread waits on a slow server)."""
        with _fetched_lock:
            running = list(_running)
        for fetch in running:
            fetch.cancel()

    def progress(self) -> tuple[int, int | None]:
        """Bytes received so far, and the size the server announced (None when unknown)."""
        with self._lock:
            return self._received, self._total

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            loop, task = self._loop, self._task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has finished already
                loop.call_soon_threadsafe(task.cancel)

    def _note(self, received: int, total: int | None) -> None:
        with self._lock:
            self._received, self._total = received, total

    def run(self) -> Path:
        """The URL's image as a local file (blocking: call it from a worker thread)."""
        key = (str(self.dest_dir), self.url)
        with _fetched_lock:
            known = _fetched.get(key)
        if known is not None and known.is_file():
            return known
        # httpx loads with the first URL, in this worker thread, not at start-up.
        import asyncio

        from app.api.fetch import fetch_image

        async def fetch() -> Path:
            with self._lock:
                if self._cancelled:
                    raise asyncio.CancelledError
                self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
            return await fetch_image(
                self.url, self.dest_dir, max_bytes=self.max_bytes, on_progress=self._note
            )

        with _fetched_lock:
            _running.add(self)
        try:
            # The worker thread has no event loop of its own; this one lives for one download.
            copy = asyncio.run(fetch())
        except asyncio.CancelledError:
            raise FetchError(tr("Fetching the image was cancelled.")) from None
        finally:
            with _fetched_lock:
                _running.discard(self)
            with self._lock:
                self._loop = self._task = None
        with _fetched_lock:
            _fetched[key] = copy
        return copy


__all__ = [
    "BoardEstimate", "Bridge", "Controller", "ImageFetch", "KeyCheck", "KeyState", "OFFLINE",
    "RUNCOMFY", "RenderEvent", "RenderEventKind", "RenderReport", "key_redacting_filter",
    "key_whereabouts", "without_keys",
]  # fmt: skip


# The storyboard's render types, for the Storyboard view: loaded with the storyboard runner on
# first use (it imports asyncio, which the window's first paint does without).
_RENDER_TYPES = frozenset({"BoardEstimate", "RenderEvent", "RenderEventKind", "RenderReport"})


def __getattr__(name: str) -> Any:
    if name in _RENDER_TYPES:
        return getattr(importlib.import_module("app.api.storyboard_runner"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
