"""The take edits, each one step on the board's undo stack.

Choosing, rejecting and taking back a take change the shot's takes and, for a choice, its
model, prompt and settings (the take's): each is recorded as the board's editable state and
the shot's takes before and after (:class:`TakeEdit`). Deleting a take moves its file too
(:class:`DeleteTake`, with :mod:`app.ui.takes.deleting`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.storyboard import BoardState, Shot
from app.core.storyboard.takes import TakeMemory, restore_takes, take_memory
from app.ui.storyboard.document import BoardDocument
from app.ui.takes.deleting import DeletesTakeFile
from app.ui.undo import SnapshotEdit


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


class DeleteTake(DeletesTakeFile, TakeEdit):
    """A deleted take of a storyboard shot (see :mod:`app.ui.takes.deleting`)."""

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
        self.keep_file(clip, where, failed)

    def file_owner(self) -> BoardDocument:
        return self.document


__all__ = ["DeleteTake", "TakeEdit", "TakeState", "apply_state", "edit_takes", "take_state"]
