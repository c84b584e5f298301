"""Undo and redo for the window: one ``QUndoStack`` per document, one Edit menu for all.

Each document the user edits (the single-shot inputs, the storyboard) owns a
:class:`QUndoStack` and pushes a ``QUndoCommand`` for every edit. The window holds one
:class:`UndoHub`: its Undo and Redo actions (Edit menu, Ctrl+Z / Ctrl+Shift+Z and the
platform's own keys) act on the stack of the document on screen, and read
"Undo <what>" / "Redo <what>" from that stack's next command.

Sending a job is never a command: money is not undoable.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack

_SNAPSHOT_MERGE_ID = 0x5B0A  # any constant: snapshot edits with equal merge keys may merge


class UndoHub(QObject):
    """The window's undo group: documents register their stacks, the shown one is active."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self.undo_action = self._action(
            self.group.createUndoAction(self, self.tr("&Undo")), QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.group.createRedoAction(self, self.tr("&Redo")), QKeySequence.StandardKey.Redo
        )
        # Ctrl+Shift+Z everywhere (the standard Redo is Ctrl+Y on some platforms).
        extra = QKeySequence("Ctrl+Shift+Z")
        if extra not in self.redo_action.shortcuts():
            self.redo_action.setShortcuts([*self.redo_action.shortcuts(), extra])

    @staticmethod
    def _action(action: QAction, key: QKeySequence.StandardKey) -> QAction:
        action.setShortcuts(QKeySequence.keyBindings(key))
        return action

    def add(self, stack: QUndoStack, *, active: bool = False) -> None:
        """Register a document's stack; ``active`` makes its edits the ones Undo acts on."""
        self.group.addStack(stack)
        if active:
            self.group.setActiveStack(stack)

    def activate(self, stack: QUndoStack | None) -> None:
        """The document now on screen (None: nothing to undo here)."""
        # Qt takes a null stack here (no active stack); PySide6's stub does not say so.
        self.group.setActiveStack(stack)  # type: ignore[arg-type]

    @property
    def active(self) -> QUndoStack | None:
        return self.group.activeStack()


class SnapshotEdit(QUndoCommand):
    """One edit of a document, recorded as its state before and after.

    It is pushed once the document already shows the edit, so the first ``redo`` has nothing
    to do; later ones put ``after`` back, and ``undo`` puts ``before`` back, through
    :meth:`apply`. Edits with the same ``merge_key`` in a row (typing in one field) are one
    step; a step that ends where it began is dropped.
    """

    def __init__(self, text: str, before: object, after: object, merge_key: Hashable) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.merge_key = merge_key
        self._done = True

    def apply(self, state: object) -> None:
        raise NotImplementedError

    def id(self) -> int:
        return _SNAPSHOT_MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SnapshotEdit) or type(other) is not type(self):
            return False
        if other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


__all__ = ["SnapshotEdit", "UndoHub"]
