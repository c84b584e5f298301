"""The board as a document: the open :class:`Storyboard`, its undo stack and its dirty state.

Every edit a user makes goes through :meth:`BoardDocument.edit`, which records the board's
editable state before and after (:meth:`Storyboard.edit_state`) as one :class:`BoardEdit`
on the document's :class:`QUndoStack`. Undo and redo put a recorded state back in place
(the board stays the same object); what the engine reported on a shot (its job, clip and
cost) is never undone, and sending jobs is never a command: money is not undoable.

Typing in a shot's prompt or changing one of its settings pushes a command with a merge
key: consecutive edits with the same key are one step on the stack (``id``/``mergeWith``).

Dirty: the stack's clean state, plus changes the engine made (a job sent, a clip attached),
which are saved but not undoable. Saving calls :meth:`BoardDocument.mark_saved`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.core.storyboard import BoardState, Storyboard
from app.ui.undo import SnapshotEdit

T = TypeVar("T")


class BoardEdit(SnapshotEdit):
    """One edit of the board: the state before and after it."""

    def __init__(
        self,
        document: BoardDocument,
        text: str,
        before: BoardState,
        after: BoardState,
        merge_key: str = "",
    ) -> None:
        super().__init__(text, before, after, merge_key)
        self.document = document

    def apply(self, state: object) -> None:
        assert isinstance(state, BoardState)
        self.document.restore(state)


class BoardDocument(QObject):
    """The open board, its undo stack and whether it has unsaved changes."""

    restored = Signal()  # an undo or redo put another state of the board in place
    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = Storyboard()
        self.stack = QUndoStack(self)
        self._unrecorded = False  # engine changes: saved, never undone
        self._epoch = 0  # a save ends merging: typing after it is a new step
        self.stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(self._unrecorded or not clean)

    # -- life ------------------------------------------------------------------------------

    def replace(self, board: Storyboard) -> None:
        """Another board is open: nothing to undo, nothing unsaved."""
        self.board = board
        self._unrecorded = False
        self.stack.clear()
        self.stack.setClean()
        self.dirty_changed.emit(False)

    @property
    def dirty(self) -> bool:
        return self._unrecorded or not self.stack.isClean()

    def note_engine_change(self) -> None:
        """The engine changed the board (a job, a clip): to be saved, not undone."""
        was = self.dirty
        self._unrecorded = True
        if not was:
            self.dirty_changed.emit(True)

    def mark_saved(self) -> None:
        self._unrecorded = False
        self._epoch += 1
        self.stack.setClean()
        self.dirty_changed.emit(self.dirty)

    def forget_changes(self) -> None:
        """The user chose not to save: the board may be closed without asking again."""
        self.mark_saved()

    # -- edits -------------------------------------------------------------------------------

    def edit(self, text: str, change: Callable[[], T], *, merge: str = "") -> T:
        """Make an edit (``change`` changes the board) and record it as one undoable step
        named ``text``. Edits with the same non-empty ``merge`` key in a row are one step."""
        before = self.board.edit_state()
        result = change()
        after = self.board.edit_state()
        if after != before:
            key = f"{self._epoch}:{merge}" if merge else ""
            self.stack.push(BoardEdit(self, text, before, after, key))
        return result

    def restore(self, state: BoardState) -> None:
        self.board.restore_edit_state(state)
        self.restored.emit()


__all__ = ["BoardDocument", "BoardEdit"]
