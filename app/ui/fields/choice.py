"""Choices: a combo box for text choices; for whole-number choices, labels with units.

Whole-number choices read in the user's units through ``Field.choice_label`` ("5 s",
"121 frames ≈ 5 s"). Up to four of them show as a row of segmented buttons, all visible at a
glance; more go in a combo box.

A field without a default starts unset: the combo shows "Not set" (optional fields leave it
out of the request; required ones say they need a value).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QToolButton, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register

SEGMENTED_MAX = 4


class _ComboChoice(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if field.default is None:
            self.combo.addItem(self.tr("Not set"), None)
        for choice in field.choices:
            self.combo.addItem(field.choice_label(choice), choice)
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


@register(FieldKind.CHOICE)
class ChoiceWidget(_ComboChoice):
    """A text choice (resolution, aspect ratio) in a combo box."""


@register(FieldKind.INT_CHOICE)
class IntChoiceWidget(_ComboChoice):
    """A whole-number choice with units, in a combo box (more than four choices)."""


def _few_durations(field: Field) -> bool:
    """A duration given as a few string choices ("auto", "5", "10"): buttons like numbers."""
    return field.unit == "s" and 0 < len(field.choices) <= SEGMENTED_MAX


@register(FieldKind.INT_CHOICE, when=lambda f: 0 < len(f.choices) <= SEGMENTED_MAX)
@register(FieldKind.CHOICE, when=_few_durations)
class SegmentedChoiceWidget(FieldWidget):
    """A few whole-number (or duration) choices as one row of toggle buttons ("5 s" | "10 s")."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for index, choice in enumerate(field.choices):
            button = QToolButton(self)
            button.setText(field.choice_label(choice))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(56)
            self.group.addButton(button, index)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self._unset_allowed = field.default is None
        self.reset()
        self._mark_checked()
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        self._mark_checked()
        if checked or self._unset_allowed:
            self.changed.emit()

    def _mark_checked(self) -> None:
        # Some styles draw a checked tool button barely differently: bold makes it certain.
        for button in self.buttons:
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def focus_widget(self) -> QWidget:
        return self.buttons[0] if self.buttons else self

    def label_changed(self, label: str) -> None:
        for button, choice in zip(self.buttons, self.field.choices, strict=True):
            button.setAccessibleName(f"{label}: {self.field.choice_label(choice)}")

    def value(self) -> Any:
        index = self.group.checkedId()
        return self.field.choices[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        for index, choice in enumerate(self.field.choices):
            if choice == value and type(choice) is type(value):
                self.buttons[index].setChecked(True)
                return
        if value is None and self._unset_allowed:
            checked = self.group.checkedButton()
            if checked is not None:
                # An exclusive group never unchecks its last button on its own.
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)

    def choice_labels(self) -> list[str]:
        return [b.text() for b in self.buttons]

    def selected_label(self) -> str | None:
        button = self.group.checkedButton()
        return button.text() if button is not None else None
