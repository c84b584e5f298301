"""The window's Undo and Redo act on the document on screen and name what they undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.ui.undo import UndoHub


class SetText(QUndoCommand):
    def __init__(self, target: dict, text: str) -> None:
        super().__init__(f"change the prompt to {text!r}")
        self.target, self.text, self.before = target, text, target.get("text", "")

    def redo(self) -> None:
        self.target["text"] = self.text

    def undo(self) -> None:
        self.target["text"] = self.before


def test_undo_and_redo_follow_the_document_on_screen(qtbot):
    hub = UndoHub()
    shot, board = QUndoStack(), QUndoStack()
    hub.add(shot, active=True)
    hub.add(board)
    assert not hub.undo_action.isEnabled()
    first, second = {}, {}
    shot.push(SetText(first, "a harbour"))
    board.push(SetText(second, "a lighthouse"))
    assert hub.undo_action.isEnabled()
    assert "a harbour" in hub.undo_action.text()
    hub.undo_action.trigger()
    assert first == {"text": ""} and second == {"text": "a lighthouse"}
    assert "a harbour" in hub.redo_action.text()
    hub.activate(board)
    assert "a lighthouse" in hub.undo_action.text()
    hub.undo_action.trigger()
    assert second == {"text": ""}
    hub.redo_action.trigger()
    assert second == {"text": "a lighthouse"}
    hub.activate(None)
    assert not hub.undo_action.isEnabled() and not hub.redo_action.isEnabled()


def test_redo_answers_ctrl_shift_z(qtbot):
    hub = UndoHub()
    keys = [k.toString() for k in hub.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in keys
    assert [k.toString() for k in hub.undo_action.shortcuts()][0] == "Ctrl+Z"
