"""Choices: one drop-down for every set of choices, text or whole numbers.

The same meaning gets the same control on every model: a duration of "5 s | 10 s" and one of
2 to 12 seconds are both a drop-down, and so are a resolution or an aspect ratio. Whole-number
choices read in the user's units and language through ``app.ui.units.choice_text`` ("5 s",
"121 Frames ≈ 5 s").

A field without a default starts unset: the combo shows "Not set" (optional fields leave it
out of the request; required ones say they need a value).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register
from app.ui.units import choice_text


class _ComboChoice(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if field.default is None:
            self.combo.addItem(self.tr("Not set"), None)
        for choice in field.choices:
            self.combo.addItem(choice_text(field, choice), choice)
        self.body.addWidget(self.combo)
        self.reset()
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def focus_widget(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self._index_of(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _index_of(self, value: Any) -> int:
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            if data == value and type(data) is type(value):
                return index
        return -1

    def choice_labels(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def selected_label(self) -> str | None:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else None


@register(FieldKind.CHOICE)
class ChoiceWidget(_ComboChoice):
    """A text choice (resolution, aspect ratio) in a combo box."""


@register(FieldKind.INT_CHOICE)
class IntChoiceWidget(_ComboChoice):
    """A whole-number choice with units ("5 s", "121 frames ≈ 5 s"), in a combo box."""
