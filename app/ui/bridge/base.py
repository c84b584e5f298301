"""What every part of the ``Controller`` shares: the task registry (``spawn``), failures as
notices, the one engine, and the signals the window listens to.

The area parts (storyboard, catalogue, keys, money, history, exports) are mixins built on
``ControllerBase``: they run their work through its registry and reach the engine through it,
so the window still sees one ``Controller``. The state itself is set up in
``Controller.__init__``; it is declared here so that each part is checked against it.

The underscored members declared or defined here (``_engine``, ``_submitting``, the balance
and typical-duration state) are this class's protected part: the area parts, being its
subclasses, use them; nothing outside this package does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.tasks import TaskRegistry
from app.core.catalogue import Catalogue
from app.core.engines import EngineKind
from app.core.errors import StoryreelError
from app.core.settings import Settings
from app.ui.bridge.events import Bridge
from app.ui.error_text import error_text

if TYPE_CHECKING:
    import asyncio

    from app.api.engine import Engine
    from app.store.store import JobStore

log = logging.getLogger(__name__)

OFFLINE = EngineKind.OFFLINE
RUNCOMFY = EngineKind.RUNCOMFY


def tr(text: str) -> str:
    return QCoreApplication.translate("Controller", text)


class ControllerBase(QObject):
    """The task registry and the engine every part of the Controller works through."""

    ready = Signal(list)  # every job in the store, newest first
    start_failed = Signal(str)
    busy_changed = Signal(bool)  # a submission is on its way
    catalogue_changed = Signal(str)  # the models were refreshed in place; a sentence, or ""
    # The RunComfy balance as shown ("$24.82"), or "" when it cannot be read; hidden (False)
    # when no key is set.
    balance_changed = Signal(str, bool)

    settings: Settings
    catalogue: Catalogue
    bridge: Bridge
    tasks: TaskRegistry
    engine: Engine | None
    store: JobStore | None
    has_key: bool
    balance_text: str
    _typical: dict[tuple[str, str], float | None]
    _submitting: int
    _balance_reading: bool
    _balance_again: bool

    @property
    def started(self) -> bool:
        return self.engine is not None

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

    def say_cannot_follow(self, exc: StoryreelError) -> None:
        """Resuming left some unfinished jobs waiting (often for a key): log it and say so."""
        log.warning("some unfinished jobs cannot be followed: %s", exc)
        self.bridge.notice.emit(
            "",
            tr("Some unfinished jobs cannot be followed yet: {reason}").format(
                reason=error_text(exc)
            ),
        )

    def report_failure(self, exc: BaseException, job_id: str = "") -> None:
        """An action's failure as a notice: its message, or (a bug) a pointer to the log."""
        if isinstance(exc, StoryreelError):
            log.warning("%s", exc)
            self.bridge.notice.emit(job_id, error_text(exc))
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
