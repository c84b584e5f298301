"""The take edits, each one step on the board's undo stack.

Choosing, rejecting and taking back a take change the shot's takes and, for a choice, its
model, prompt and settings (the take's): each is recorded as the board's editable state and
the shot's takes before and after (:class:`TakeEdit`). Deleting a take moves its file to the
trash or Storyreel's bin first, in a worker; undo brings the file back (in a worker too)
before the take shows again (:class:`DeleteTake`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.storyboard import BoardState, Shot
from app.core.storyboard.takes import TakeMemory, restore_takes, take_memory
from app.ui.error_text import error_text
from app.ui.storyboard.document import BoardDocument
from app.ui.takes.bin import bring_back, discard
from app.ui.undo import SnapshotEdit
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TakeState:
    """A shot's takes and the board's editable state at one moment."""

    board: BoardState
    takes: TakeMemory


def take_state(document: BoardDocument, shot: Shot) -> TakeState:
    return TakeState(document.board.edit_state(), take_memory(shot))


def apply_state(document: BoardDocument, shot_id: str, state: TakeState) -> None:
    document.board.restore_edit_state(state.board)
    shot = document.board.shot(shot_id)
    if shot is not None:
        restore_takes(shot, state.takes)
    document.restored.emit()


class TakeEdit(SnapshotEdit):
    """A choice, a rejection or a take taken back: the state before and after. Pushed once
    the board shows it, so the first redo has nothing to do; never merged."""

    before: TakeState
    after: TakeState

    def __init__(
        self, document: BoardDocument, shot_id: str, text: str, before: TakeState, after: TakeState
    ) -> None:
        super().__init__(text, before, after, None)
        self.document, self.shot_id = document, shot_id

    def apply(self, state: object) -> None:
        assert isinstance(state, TakeState)
        apply_state(self.document, self.shot_id, state)


def edit_takes(
    document: BoardDocument, shot: Shot, text: str, change: Callable[[], object]
) -> None:
    """Make a take edit (``change`` changes ``shot``) and record it as one undoable step."""
    before = take_state(document, shot)
    change()
    after = take_state(document, shot)
    if after != before:
        document.stack.push(TakeEdit(document, shot.id, text, before, after))


class DeleteTake(TakeEdit):
    """A deleted take: its file is in the trash (``where``), and comes back with an undo.

    ``failed`` hears a message when the file cannot be moved back or away again (the trash
    was emptied, another file took its place): the take then stays as it is."""

    def __init__(
        self,
        document: BoardDocument,
        shot_id: str,
        text: str,
        before: TakeState,
        after: TakeState,
        clip: Path,
        where: Path,
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(document, shot_id, text, before, after)
        self.clip, self.where, self.failed = clip, where, failed

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
            apply_state(self.document, self.shot_id, self.after)

        run_in_thread(
            discard,
            self.clip,
            owner=self.document,
            on_done=moved,
            on_error=lambda exc: self._tell(exc),
        )

    def undo(self) -> None:
        run_in_thread(
            bring_back,
            self.where,
            self.clip,
            owner=self.document,
            on_done=lambda _path: apply_state(self.document, self.shot_id, self.before),
            on_error=lambda exc: self._tell(exc),
        )


__all__ = ["DeleteTake", "TakeEdit", "TakeState", "apply_state", "edit_takes", "take_state"]
