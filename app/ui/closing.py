"""Quitting with jobs unfinished: which jobs go on without Storyreel, and the question asked.

RunComfy jobs continue on the server and are picked up at the next start; offline previews
stop with Storyreel; jobs still being prepared are stopped before they are sent. The
question is asked with a non-modal message box; "Quit" closes the window for real. While it
is open, the counts follow the jobs (``follow``): a preview that finishes meanwhile is no
longer said to be lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.jobs import Job, JobState
from app.ui.bridge import OFFLINE

# States in which a job on RunComfy goes on without Storyreel, and is picked up next time.
CONTINUES_ON_SERVER = frozenset(
    {JobState.SUBMITTING, JobState.QUEUED, JobState.RUNNING, JobState.DOWNLOADING}
)


def jobs_still_running(jobs: Sequence[Job]) -> tuple[list[Job], list[Job], list[Job]]:
    """(RunComfy jobs that go on without us, offline previews that stop with us,
    RunComfy jobs still being prepared that quitting stops before they are sent)."""
    remote, local, unsent = [], [], []
    for job in jobs:
        if job.state.finished:
            continue
        if job.engine == OFFLINE:
            local.append(job)
        elif job.state in CONTINUES_ON_SERVER:
            remote.append(job)
        elif job.state is JobState.PENDING:
            unsent.append(job)
    return remote, local, unsent


class QuitConfirmation(QObject):
    """Asks once, without blocking, whether to quit with jobs unfinished."""

    def __init__(self, window: QWidget, close: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.close = close
        self.box: QMessageBox | None = None
        self.confirmed = False
        self._jobs: Callable[[], Sequence[Job]] | None = None

    def follow(self, model: QAbstractItemModel, jobs: Callable[[], Sequence[Job]]) -> None:
        """Keep an open question true to ``jobs`` as ``model`` (the queue) changes."""
        self._jobs = jobs
        model.dataChanged.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        model.rowsInserted.connect(self.refresh)
        model.modelReset.connect(self.refresh)

    def refresh(self, *_changes: object) -> None:
        """Say again what is still unfinished, while the question is open."""
        if self.box is None or self._jobs is None:
            return
        remote, local, unsent = jobs_still_running(self._jobs())
        if remote or local or unsent:
            self.box.setText(self.tr("Some jobs are not finished yet."))
            self.box.setInformativeText(self.message(remote, local, unsent))
        else:
            self.box.setText(self.tr("Every job has finished."))
            self.box.setInformativeText(self.tr("Nothing is lost by quitting now."))

    def message(self, remote: list[Job], local: list[Job], unsent: Sequence[Job] = ()) -> str:
        parts = []
        if remote:
            parts.append(
                self.tr(
                    "%n jobs are still running on RunComfy. They continue there, and "
                    "Storyreel picks them up and downloads their videos the next time you "
                    "start it.",
                    "",
                    len(remote),
                )
            )
        if local:
            parts.append(
                self.tr(
                    "%n offline previews will stop: the local preview engine stops with "
                    "Storyreel, so they will be lost (nothing is charged; you can retry them).",
                    "",
                    len(local),
                )
            )
        if unsent:
            parts.append(
                self.tr(
                    "%n jobs are still being prepared and have not been sent to RunComfy "
                    "yet. Quitting now stops them before they are sent: nothing is charged, "
                    "and you can send them again later.",
                    "",
                    len(unsent),
                )
            )
        return "\n\n".join(parts)

    def ask(self, remote: list[Job], local: list[Job], unsent: list[Job]) -> None:
        if self.box is not None:
            self.box.raise_()
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit Storyreel?"))
        box.setText(self.tr("Some jobs are not finished yet."))
        box.setInformativeText(self.message(remote, local, unsent))
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Storyreel open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)

        def answered(button: object) -> None:
            self.box = None
            if button is quit_button:
                self.confirmed = True
                # Out of the dialog's own signal first, then close.
                QTimer.singleShot(0, self.close)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()


__all__ = ["CONTINUES_ON_SERVER", "QuitConfirmation", "jobs_still_running"]
