"""Undo and redo for the window: one ``QUndoStack`` per document, one Edit menu for all.

Each document the user edits (the single-shot inputs, the storyboard) owns a
:class:`QUndoStack` and pushes a ``QUndoCommand`` for every edit. The window holds one
:class:`UndoHub`: its Undo and Redo actions (Edit menu, Ctrl+Z / Ctrl+Shift+Z and the
platform's own keys) act on the stack of the document on screen, and read
"Undo <what>" / "Redo <what>" from that stack's next command.

Sending a job is never a command: money is not undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack


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


__all__ = ["UndoHub"]
