"""Structured inputs no form fits (nested lists, objects of objects): a JSON editor.

The text is read as JSON after every change and checked against the field's schema by the
core (``app.core.json_schema``): a problem names where it is ("Entry 2: duration: 40 must be
at most 30."). Text that is not JSON at all is kept as typed and named with its line and
column, so nothing typed is lost and nothing unreadable is sent. An empty editor shows the
shape the schema asks for; "Insert template" puts that shape in to be filled in, and "Tidy"
lays the JSON out again.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from app.core import json_schema
from app.core.catalogue import Field, FieldKind
from app.core.validation import Problem, is_unset
from app.ui.fields.base import NOT_PARSED, FieldWidget, is_undo_shortcut, read_json
from app.ui.fields.registry import register

EDITOR_LINES = 7


def as_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@register(FieldKind.STRUCTURED)
class StructuredWidget(FieldWidget):
    """A JSON editor for one structured field, checked against its schema."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Ctrl+Z is the window's Undo, where typing in this field is one step.
        self.editor.installEventFilter(self)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(line * EDITOR_LINES + 16)
        self._template = json_schema.skeleton(field.schema)
        if self._template is not None:
            self.editor.setPlaceholderText(
                self.tr("JSON, shaped like:\n{example}").format(example=as_text(self._template))
            )
        self.body.addWidget(self.editor)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.template_button = QPushButton(self.tr("Insert template"), self)
        self.template_button.setToolTip(self.tr("Fill in the shape the model asks for."))
        self.template_button.setAutoDefault(False)
        self.template_button.setEnabled(self._template is not None)
        self.template_button.clicked.connect(self.insert_template)
        self.tidy_button = QPushButton(self.tr("Tidy"), self)
        self.tidy_button.setToolTip(self.tr("Lay the JSON out again, one entry per line."))
        self.tidy_button.setAutoDefault(False)
        self.tidy_button.clicked.connect(self.tidy)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.tidy_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        self.reset()
        self.editor.textChanged.connect(self._text_changed)
        self._text_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Let Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo."""
        if watched is self.editor and is_undo_shortcut(event):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def focus_widget(self) -> QWidget:
        return self.editor

    def item_prefix(self, index: int) -> str:
        return self.tr("Entry {n}: ").format(n=index + 1)

    def _text_changed(self) -> None:
        parsed = self._parsed()
        self.tidy_button.setEnabled(parsed is not None and parsed is not NOT_PARSED)
        self.template_button.setVisible(self._template is not None and parsed is None)
        self.changed.emit()

    def _parsed(self) -> Any:
        text = self.editor.toPlainText()
        if is_unset(text):
            return None
        return read_json(text)

    def value(self) -> Any:
        parsed = self._parsed()
        # Unreadable text is kept as typed: validation names the type it needs, and
        # local_problems says where the text stops being JSON.
        return self.editor.toPlainText() if parsed is NOT_PARSED else parsed

    def set_value(self, value: Any) -> None:
        if value is None:
            text = ""
        elif isinstance(value, str) and read_json(value) is NOT_PARSED:
            text = value  # text that was never JSON comes back exactly as typed
        else:
            text = as_text(value)
        if text != self.editor.toPlainText():
            self.editor.setPlainText(text)

    def insert_template(self) -> None:
        if self._template is not None:
            self.editor.setPlainText(as_text(self._template))

    def tidy(self) -> None:
        parsed = self._parsed()
        if parsed is not None and parsed is not NOT_PARSED:
            self.editor.setPlainText(as_text(parsed))

    def local_problems(self) -> list[Problem]:
        text = self.editor.toPlainText()
        if is_unset(text):
            return []
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            message = self.tr("This is not valid JSON: {reason} (line {line}, column {column}).")
            reason = exc.msg
            return [
                Problem(
                    self.field.name,
                    "json",
                    message.format(reason=reason, line=exc.lineno, column=exc.colno),
                )
            ]
        except (ValueError, RecursionError):
            return [Problem(self.field.name, "json", self.tr("This JSON is nested too deeply."))]
        return []
