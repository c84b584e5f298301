"""On/off settings as the window's switch ("Off" | "On"), carrying the field's label.

A switch always shows on or off, but "off" and "not set" differ for an optional field with
no default: the server then decides. Such a field stays unset until the user flips it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.catalogue import Field, FieldKind
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register
from app.ui.widgets.switch import Switch


@register(FieldKind.BOOLEAN)
class BooleanWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.title_label.hide()
        self.switch = Switch.on_off(field.title, self)
        self.body.addWidget(self.switch)
        self._set = False
        self.reset()
        self.switch.toggled.connect(self._toggled)

    def _toggled(self, _checked: bool) -> None:
        self._set = True
        self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.switch

    def label_changed(self, label: str) -> None:
        self.switch.setText(label)
        self.switch.setToolTip(self.toolTip())
        self.switch.updateGeometry()

    def value(self) -> Any:
        return self.switch.isChecked() if self._set else None

    def set_value(self, value: Any) -> None:
        before = self.value()
        self.switch.blockSignals(True)
        self.switch.setChecked(bool(value))
        self.switch.blockSignals(False)
        self.switch.update()
        self._set = value is not None
        if self.value() != before:
            self.changed.emit()
