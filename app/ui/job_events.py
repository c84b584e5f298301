"""The engine's job events as the window shows them: the queue, the counts in the status
bar, the desktop notifications and the notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from app.core.jobs import Job, JobState
from app.ui.documents.queue_removals import QueueRemovals
from app.ui.error_text import said_text
from app.ui.generate_flow import STATUS_MESSAGE_MS
from app.ui.queue_model import QueueModel

if TYPE_CHECKING:
    from app.ui.notifications import Notifier


class JobEvents(QObject):
    """Keeps the queue, the counts label and the notifier in step with the engine's jobs."""

    def __init__(
        self,
        window: QMainWindow,
        queue_model: QueueModel,
        notifier: Callable[[], Notifier],
        removals: QueueRemovals,
        counts_label: QLabel,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.queue_model = queue_model
        self._notifier = notifier  # built when the first job is seen, after the first paint
        self.removals = removals
        self.counts_label = counts_label

    def jobs_loaded(self, jobs: list[Job]) -> None:
        self.queue_model.set_jobs(jobs)
        for job in jobs:
            self._notifier().observe(job)
        self.update_counts()

    def job_created(self, job: Job) -> None:
        self.queue_model.upsert(job)
        self._notifier().observe(job)
        self.update_counts()

    def job_changed(self, job: Job) -> None:
        if self.removals.update(job):
            return  # off the list until an Undo brings it back
        self.queue_model.upsert(job)
        self._notifier().observe(job)
        self.update_counts()

    def job_removed(self, job_id: str) -> None:
        self.queue_model.remove_job(job_id)
        self._notifier().forget(job_id)
        self.update_counts()

    def notice(self, job_id: str, message: str) -> None:
        self.window.statusBar().showMessage(said_text(message), STATUS_MESSAGE_MS * 2)

    def job_waiting(self, job_id: str, reason: str) -> None:
        """A saved job the engine cannot follow yet (its API base has no key): say so on it."""
        self.queue_model.set_waiting(job_id, reason)
        self.window.statusBar().showMessage(said_text(reason), STATUS_MESSAGE_MS * 2)

    def update_counts(self) -> None:
        jobs = self.queue_model.jobs()
        moving = sum(1 for job in jobs if not job.state.finished)
        done = sum(1 for job in jobs if job.state is JobState.SUCCEEDED)
        parts = []
        if moving:
            parts.append(self.tr("{n} in progress").format(n=moving))
        if done:
            parts.append(self.tr("{n} done").format(n=done))
        self.counts_label.setText(" · ".join(parts))


__all__ = ["JobEvents"]
