"""One export at a time, made in a worker and shown in the view's progress notice with a
Cancel button. The sequence MP4 (:mod:`.export`) and the hand-off to an editor
(:mod:`.export_handoff`) both run through it; the texts stay with them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from app.ui import theme
from app.ui.storyboard.background import ExportCancelled, ExportProgress
from app.ui.storyboard.parts import Presenter
from app.ui.workers import ErrorCallback, run_in_thread


class ExportRun:
    """The running export of one presenter: its Cancel flag and its progress relay."""

    def __init__(self, owner: Presenter) -> None:
        self.owner = owner
        self._cancel: threading.Event | None = None
        self._relay: ExportProgress | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(
        self,
        message: str,
        cancel_text: str,
        work: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: ErrorCallback,
    ) -> None:
        """Show ``message`` with a busy bar and Cancel, then run ``work(*args, report)`` in a
        worker: ``report(done, total)`` moves the bar, and raises :class:`ExportCancelled`
        once the user pressed Cancel."""
        cancel = threading.Event()
        relay = ExportProgress(self.owner)
        self._cancel, self._relay = cancel, relay
        notice = self.owner.view.progress_notice
        notice.show_message(message, theme.Accent.CHECKING, [(cancel_text, cancel.set)])
        notice.progress.setRange(0, 0)
        notice.progress.show()

        def progressed(done: int, total: int) -> None:
            notice.progress.setRange(0, max(1, total))
            notice.progress.setValue(done)

        relay.progressed.connect(progressed)

        def report(done: int, total: int) -> None:  # in the worker
            if cancel.is_set():
                raise ExportCancelled
            relay.progressed.emit(done, total)

        run_in_thread(work, *args, report, owner=self.owner, on_done=on_done, on_error=on_error)

    def over(self) -> None:
        """Clear the notice once the export finished, failed or was cancelled."""
        self.owner.view.progress_notice.clear()
        if self._relay is not None:
            self._relay.deleteLater()
        self._cancel = self._relay = None
