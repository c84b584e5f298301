"""The selected shot's note: its action or dialogue, for captions, the board PDF and the
editor. Typing in it is one undoable edit of the board per shot (consecutive keystrokes
merge into one step); it is never sent to a model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from app.ui.storyboard.parts import BoardView, Presenter

NOTE_LINES = 1


class _OneLine(QPlainTextEdit):
    """Plain text shown one line high: its hint is shortened with "…" to that line (Qt
    wraps a hint onto lines that would not show), whole in the tooltip."""

    hint = ""

    def set_hint(self, hint: str) -> None:
        self.hint = hint
        self.setToolTip(hint)
        self._fit_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_hint()

    def _fit_hint(self) -> None:
        room = self.viewport().width() - 2 * round(self.document().documentMargin()) - 4
        shown = self.fontMetrics().elidedText(self.hint, Qt.TextElideMode.ElideRight, room)
        if shown != self.placeholderText():
            self.setPlaceholderText(shown)


class ShotNoteEditor(QWidget):
    """A label and, beside it, a line of plain text that scrolls when the note is longer
    (one line, beside the model: the shot's settings must fit a laptop screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shotNote")
        self.label = QLabel(self.tr("&Note"), self)
        self.label.setToolTip(self.tr("The shot's action or dialogue"))
        self.text = _OneLine(self)
        self.text.setObjectName("shotNoteText")
        self.text.setTabChangesFocus(True)
        self.text.set_hint(
            self.tr(
                "Action or dialogue: shown in the captions, on the board PDF and in the edit list"
            )
        )
        self.text.setAccessibleName(self.tr("Shot note"))
        self.label.setBuddy(self.text)
        # One line that scrolls with the cursor, as a line edit does: no wrapping (the hint
        # would be cut through its second line) and no scroll bars (their arrows do not fit
        # in one line's height).
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.text.fontMetrics().lineSpacing()
        margins = self.text.contentsMargins()
        document = 2 * round(self.text.document().documentMargin())
        frame = 2 * self.text.frameWidth() + margins.top() + margins.bottom()
        self.text.setFixedHeight(line * NOTE_LINES + document + frame + 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)


class NoteEditing(Presenter):
    """Keeps the note editor on the selected shot and records its edits."""

    def __init__(self, view: BoardView, editor: ShotNoteEditor) -> None:
        super().__init__(view)
        self.editor = editor
        self.shot_id = ""
        self._loading = False
        editor.text.textChanged.connect(self._typed)
        view.shot_row.current_changed.connect(self.show_shot)
        view.document.restored.connect(self.reload)
        view.board_replaced.connect(self.reload)
        view.board_changed.connect(self.reload)
        self.show_shot("")

    def show_shot(self, shot_id: str) -> None:
        self.shot_id = shot_id
        shot = self.view.board.shot(shot_id) if shot_id else None
        self.editor.setEnabled(shot is not None)
        self._load(shot.note if shot is not None else "")

    def reload(self) -> None:
        """After an undo, another board or a re-plan: show the current shot's note."""
        row = self.view.current_row()
        planned = self.view.shot_model.planned(row) if row is not None else None
        shot_id = planned.shot.id if planned is not None else ""
        shot = self.view.board.shot(shot_id) if shot_id else None
        if shot_id != self.shot_id or shot is None or shot.note != self._text():
            self.show_shot(shot_id)

    def _text(self) -> str:
        return self.editor.text.toPlainText()

    def _load(self, note: str) -> None:
        if note == self._text():
            return
        self._loading = True
        try:
            self.editor.text.setPlainText(note)
            self.editor.text.moveCursor(self.editor.text.textCursor().MoveOperation.End)
        finally:
            self._loading = False

    def _typed(self) -> None:
        if self._loading or not self.shot_id:
            return
        shot = self.view.board.shot(self.shot_id)
        if shot is None:
            return
        text = self._text()
        if text == shot.note:
            return

        def change() -> None:
            shot.note = text

        self.view.document.edit(self.tr("Edit note"), change, merge=f"note:{shot.id}")
        self.view.mark_changed()


__all__ = ["NoteEditing", "ShotNoteEditor"]
