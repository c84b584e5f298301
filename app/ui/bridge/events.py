"""Engine events in, Qt signals out: the ``Bridge`` the widgets connect to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.jobs import EventKind, JobEvent
from app.ui.error_text import said_text

if TYPE_CHECKING:
    from app.api.engine import Engine


class Bridge(QObject):
    """Engine events in, Qt signals out. The listener may be called from any thread: Qt
    queues a signal emitted off the GUI thread to receivers living on it."""

    job_created = Signal(object)  # Job
    job_changed = Signal(object)  # Job
    job_progress = Signal(str, float)  # job id, 0..1
    job_removed = Signal(str)  # job id
    # The messages are objects, not str: a said message (app.core.wording) keeps its wording
    # on its way to the widget that shows it translated.
    notice = Signal(str, object)  # job id ("" when about no job in particular), message
    job_waiting = Signal(str, object)  # job id, what it waits for (the API key of its base)

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
            self.notice.emit(event.job_id, said_text(event.message))
        elif kind is EventKind.WAITING and event.message:
            self.job_waiting.emit(event.job_id, said_text(event.message))
