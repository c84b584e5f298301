"""Deleting a take as one undoable step, for a storyboard shot's takes and the single shot's.

The take's file is moved to the trash or Storyreel's bin first, in a worker; the edit is
pushed once the takes already show it gone. A redo moves the file away again and then puts
the state after back; an undo brings the file back (in a worker too) before the take shows
again. ``failed`` hears a message when the file cannot be moved back or away again (the
trash was emptied, another file took its place): the takes then stay as they are.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.ui.error_text import error_text
from app.ui.takes.bin import bring_back, discard
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class DeletesTakeFile:
    """Put before a :class:`~app.ui.undo.SnapshotEdit` subclass: its redo and undo move the
    take's file (``clip``, in the trash at ``where``) before applying the edit's state."""

    clip: Path
    where: Path
    failed: Callable[[str], None]
    before: Any  # the edit's states (a SnapshotEdit's)
    after: Any
    _done: bool
    apply: Callable[[object], None]  # the edit's own (a SnapshotEdit's)

    def keep_file(self, clip: Path, where: Path, failed: Callable[[str], None]) -> None:
        self.clip, self.where, self.failed = clip, where, failed

    def file_owner(self) -> QObject:
        """What the file moves belong to: their answers are dropped once it is gone."""
        raise NotImplementedError

    def _tell(self, error: BaseException) -> None:
        """Say why the file could not move; the takes window that was told may be closed."""
        log.warning("a deleted take's file could not be moved: %s", error)
        with contextlib.suppress(RuntimeError):  # its window was closed meanwhile
            self.failed(error_text(error))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return

        def moved(where: Path) -> None:
            self.where = where
            self.apply(self.after)

        run_in_thread(discard, self.clip, owner=self.file_owner(), on_done=moved,
                      on_error=self._tell)  # fmt: skip

    def undo(self) -> None:
        run_in_thread(
            bring_back,
            self.where,
            self.clip,
            owner=self.file_owner(),
            on_done=lambda _path: self.apply(self.before),
            on_error=self._tell,
        )


__all__ = ["DeletesTakeFile"]
