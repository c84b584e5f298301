"""Removing finished jobs from the queue list, undoable until the window closes.

A removed job leaves the list at once but stays in the job store: Undo puts it back in the list,
with nothing lost. Only when the window closes are the removals carried out (the engine
takes the jobs out of the store; their video files always stay). A job still removed then is
gone from the next start's list, as before.
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.jobs import Job
from app.ui.queue_model import QueueModel


class RemoveFromList(QUndoCommand):
    """One finished job taken off the list (kept in the store until the window closes)."""

    def __init__(self, removals: QueueRemovals, job: Job) -> None:
        super().__init__(QCoreApplication.translate("QueueRemovals", "Remove job from the list"))
        self.removals = weakref.proxy(removals)  # no cycle through a Qt-owned command
        self.job = job

    def redo(self) -> None:
        self.removals.hide(self.job)

    def undo(self) -> None:
        self.removals.bring_back(self.job.id)


class QueueRemovals(QObject):
    """The jobs taken off the list in this window, and the stack their steps go on."""

    changed = Signal()  # the list lost or got back a job

    def __init__(
        self,
        model: QueueModel,
        stack: QUndoStack,
        remove: Callable[[str], Awaitable[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = stack
        self._remove = remove
        self._hidden: dict[str, Job] = {}

    def __contains__(self, job_id: object) -> bool:
        return job_id in self._hidden

    def hidden(self) -> list[str]:
        return list(self._hidden)

    def remove(self, job_id: str) -> None:
        """The user's Remove: the job leaves the list, as one undoable step."""
        job = next((j for j in self.model.jobs() if j.id == job_id), None)
        if job is not None and job_id not in self._hidden:
            self.stack.push(RemoveFromList(self, job))

    def hide(self, job: Job) -> None:
        self._hidden[job.id] = job
        self.model.remove_job(job.id)
        self.changed.emit()

    def bring_back(self, job_id: str) -> None:
        job = self._hidden.pop(job_id, None)
        if job is not None:
            self.model.upsert(job)
            self.changed.emit()

    def update(self, job: Job) -> bool:
        """A newer state of a removed job is kept for Undo; True when the job is hidden."""
        if job.id not in self._hidden:
            return False
        self._hidden[job.id] = job
        return True

    async def carry_out(self) -> None:
        """The window is closing: the removed jobs leave the store too."""
        hidden, self._hidden = list(self._hidden), {}
        for job_id in hidden:
            await self._remove(job_id)


__all__ = ["QueueRemovals", "RemoveFromList"]
