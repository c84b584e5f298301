"""The controller that runs the user's actions: its core (start, submit, cancel, retry,
remove, estimate, shutdown) and the one class composed of every area's commands.

The window asks ``Controller`` to submit, cancel, retry, retry a download, remove or estimate,
and it schedules the engine's coroutines as tasks in one registry (``ControllerBase.spawn``),
which is cancelled on quit. Failures come back as notices in plain sentences; nothing an action
raises is lost or leaks into Qt.

Start-up is split: the window is built and shown without the engine, then ``start`` opens
the job store, imports the network stack off the UI thread, creates the one Engine,
resumes unfinished jobs and reports ``ready`` with every job in the store. asyncio itself
is imported where the loop runs, not with this module: the window is painted before it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue
from app.core.errors import StoryreelError
from app.core.jobs import Job, JobState
from app.core.settings import Settings
from app.ui.bridge.base import tr
from app.ui.bridge.events import Bridge
from app.ui.bridge.exports import ExportCommands
from app.ui.bridge.fetch import ImageFetch
from app.ui.bridge.history import HistoryCommands
from app.ui.bridge.keys import KeyCommands
from app.ui.bridge.storyboard import StoryboardCommands
from app.ui.error_text import error_text

if TYPE_CHECKING:
    import asyncio

    from app.api.engine import Engine, PriceEstimate
    from app.store.store import JobStore

log = logging.getLogger(__name__)


def _key_is_set(api_base: str) -> bool:
    """Off the UI thread: importing keyring and asking the OS keyring both take a while."""
    from app.api import secrets

    return bool(secrets.get_token(api_base))


class Controller(KeyCommands, StoryboardCommands, ExportCommands, HistoryCommands):
    """Runs the user's actions on the engine, one task each, and reports what became of them."""

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
                self.bridge.notice.emit("", error_text(self.settings.problem))
        except StoryreelError as exc:
            log.error("start-up failed: %s", exc)
            self.start_failed.emit(error_text(exc))
            return []
        await self._resume_at_start(self.engine)
        jobs = self.engine.jobs()
        self.ready.emit(jobs)
        self.refresh_catalogue()
        if self.has_key and self.engine is not None:
            # The first Generate then need not wait for the client's set-up.
            await self.engine.prepare()
        self.refresh_balance()
        return jobs

    async def _resume_at_start(self, engine: Engine) -> None:
        """Pick up the unfinished jobs; those that cannot be followed yet are said, once."""
        try:
            await engine.resume()
        except StoryreelError as exc:
            # The other jobs were picked up; these wait for the cause (often: no key yet).
            self.say_cannot_follow(exc)
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

    # -- the queue's actions --------------------------------------------------------------

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
