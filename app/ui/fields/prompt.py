"""The prompt: a multi-line editor with a live character counter and the model's example.

The counter counts characters as the server does (not bytes) against the schema's
``maxLength`` ("312 / 800", red beyond it) and against the model page's advice where there
is one ("612 / 500 advised", amber beyond it). An example prompt from the model page is
offered with a button, never filled in unasked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from app.core.catalogue import Field, FieldKind
from app.core.validation import is_unset
from app.ui import theme
from app.ui.fields.base import FieldWidget, is_undo_shortcut
from app.ui.fields.registry import register

EDITOR_LINES = 5


@register(FieldKind.PROMPT)
class PromptWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        # Ctrl+Z is the window's Undo (the single shot's history, where typing is one step),
        # not the editor's own letter-by-letter undo.
        self.editor.installEventFilter(self)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(line * 3 + 16)
        self.editor.setFixedHeight(line * EDITOR_LINES + 16)
        if field.name.lower() == "negative_prompt":
            self.editor.setPlaceholderText(self.tr("What the clip should avoid."))
        else:
            self.editor.setPlaceholderText(self.tr("Describe the motion, the camera and the mood."))
        self.body.addWidget(self.editor)

        self.counter = QLabel(self)
        self.counter.setObjectName("characterCounter")
        theme.make_small(self.counter)
        self.header.addWidget(self.counter)

        self.example_button: QPushButton | None = None
        if isinstance(field.sample, str) and field.sample.strip():
            self.example_button = QPushButton(self.tr("Use example prompt"), self)
            self.example_button.setToolTip(field.sample.strip())
            self.example_button.setAutoDefault(False)
            self.example_button.clicked.connect(self.use_example)
            self.header.insertWidget(2, self.example_button)

        self.editor.textChanged.connect(self._text_changed)
        self._update_counter()

    def focus_widget(self) -> QWidget:
        return self.editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Let Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo."""
        if watched is self.editor and is_undo_shortcut(event):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> Any:
        text = self.editor.toPlainText()
        return None if is_unset(text) else text  # blank is missing: the core's one rule

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.editor.toPlainText():
            self.editor.setPlainText(text)

    def character_count(self) -> int:
        return len(self.editor.toPlainText())

    def use_example(self) -> None:
        """Put the model page's example in the editor, as one undoable edit."""
        if not isinstance(self.field.sample, str):
            return
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.field.sample.strip())
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def counter_state(self) -> theme.Accent:
        """NEUTRAL within limits, WARNING over the advised length, INVALID over the maximum."""
        count = self.character_count()
        if self.field.max_length is not None and count > self.field.max_length:
            return theme.Accent.INVALID
        advised = self.field.advisory_max_length
        if advised is not None and count > advised:
            return theme.Accent.WARNING
        return theme.Accent.NEUTRAL

    def _text_changed(self) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        count = self.character_count()
        if self.field.max_length is not None:
            text = self.tr("{count} / {limit}").format(count=count, limit=self.field.max_length)
            tip = self.tr("Characters used, at most {limit} allowed.").format(
                limit=self.field.max_length
            )
        elif self.field.advisory_max_length is not None:
            text = self.tr("{count} / {limit} advised").format(
                count=count, limit=self.field.advisory_max_length
            )
            tip = self.tr("Characters used; under {limit} gives better results.").format(
                limit=self.field.advisory_max_length
            )
        else:
            text = self.tr("%n characters", "", count)
            tip = ""
        self.counter.setText(text)
        self.counter.setToolTip(tip)
        self.counter.setAccessibleName(text)
        self._colour_counter()

    def _colour_counter(self) -> None:
        theme.set_text_colour(self.counter, theme.accent(self.counter_state(), self.palette()))

    def _apply_colours(self) -> None:
        super()._apply_colours()
        if hasattr(self, "counter"):
            self._colour_counter()
