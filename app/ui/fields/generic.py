"""Any field Storyreel has no special widget for: one line of text, read as JSON when the
schema's type is not a string.

This keeps a model file of an unknown shape usable (a user's own schema): the value can
still be typed, and text that cannot be read is named as a problem instead of being sent.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.catalogue import Field, FieldKind
from app.core.validation import Problem, is_unset
from app.ui.fields.base import NOT_PARSED, FieldWidget, read_json
from app.ui.fields.registry import register


@register(FieldKind.GENERIC)
class GenericWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QLineEdit(self)
        self.editor.setClearButtonEnabled(True)
        if not self._is_text:
            hint = (
                self.tr("A {kind} value, as JSON").format(kind=field.json_type)
                if field.json_type
                else self.tr("A value, as JSON")
            )
            self.editor.setPlaceholderText(hint)
        self.body.addWidget(self.editor)
        self.reset()
        self.editor.textChanged.connect(lambda _text: self.changed.emit())

    @property
    def _is_text(self) -> bool:
        return self.field.json_type == "string"

    def focus_widget(self) -> QWidget:
        return self.editor

    def _parsed(self) -> Any:
        text = self.editor.text()
        if is_unset(text):
            return None
        if self._is_text:
            return text
        return read_json(text)

    def value(self) -> Any:
        parsed = self._parsed()
        # Text that is not valid JSON is kept as typed: validation then names the type it
        # needs, and local_problems says why it could not be read.
        return self.editor.text() if parsed is NOT_PARSED else parsed

    def set_value(self, value: Any) -> None:
        if value is None:
            text = ""
        elif self._is_text and isinstance(value, str):
            text = value
        else:
            text = json.dumps(value, ensure_ascii=False)
        self.editor.setText(text)

    def local_problems(self) -> list[Problem]:
        if self._parsed() is not NOT_PARSED:
            return []
        text = self.editor.text()
        try:
            json.loads(text)
        except (ValueError, RecursionError) as exc:
            reason = str(exc).split(":")[0]
        else:
            reason = ""
        message = self.tr("'{text}' cannot be read as a {kind} value ({reason}).").format(
            text=text, kind=self.field.json_type or "JSON", reason=reason
        )
        return [Problem(self.field.name, "json", message, text)]
