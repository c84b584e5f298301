"""On/off settings as a switch that carries the field's label.

A switch always shows on or off, but "off" and "not set" differ for an optional field with
no default: the server then decides. Such a field stays unset until the user flips it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from app.core.catalogue import Field, FieldKind
from app.ui import theme
from app.ui.fields.base import FieldWidget
from app.ui.fields.registry import register

TRACK_WIDTH = 36
TRACK_HEIGHT = 20


class Switch(QAbstractButton):
    """A checkable button drawn as a sliding switch, followed by its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setText(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        width = TRACK_WIDTH + theme.SPACING + metrics.horizontalAdvance(self.text()) + 4
        return QSize(width, max(TRACK_HEIGHT, metrics.height()) + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - TRACK_HEIGHT) / 2
        track = QRectF(1, top, TRACK_WIDTH, TRACK_HEIGHT)
        enabled = self.isEnabled()
        if self.isChecked():
            fill = palette.color(QPalette.ColorRole.Highlight)
        else:
            fill = theme.muted(palette)
        if not enabled:
            fill.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(track, TRACK_HEIGHT / 2, TRACK_HEIGHT / 2)
        knob_size = TRACK_HEIGHT - 4
        knob_x = track.right() - knob_size - 2 if self.isChecked() else track.left() + 2
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(QRectF(knob_x, top + 2, knob_size, knob_size))
        if self.hasFocus():
            focus = palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setColor(focus)
            pen.setWidthF(theme.ZONE_BORDER)
            painter.setPen(pen)
            radius = TRACK_HEIGHT / 2 + 2
            painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_rect = QRectF(TRACK_WIDTH + theme.SPACING, 0, self.width(), self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.text())
        painter.end()


@register(FieldKind.BOOLEAN)
class BooleanWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.title_label.hide()
        self.switch = Switch(field.title, self)
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
