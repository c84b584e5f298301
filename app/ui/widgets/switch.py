"""The window's one switch: two exclusive segments side by side, with an optional label.

It chooses between two values: the engine ("Offline preview" | "RunComfy"), the view
("Single shot" | "Storyboard"), or off and on for a yes/no setting (:meth:`Switch.on_off`).
``chosen`` carries the value of the segment the user clicked; ``toggled`` says whether the
second segment is now the chosen one, as a checkable button would, so an on/off switch reads
like one: ``isChecked()``, ``setChecked()``, ``click()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

Segment = tuple[Any, str, str]  # (value, text, tooltip)


class SegmentButton(QToolButton):
    """One half of a switch, drawn by Storyreel: the chosen half filled with the palette's
    highlight and its text bold, the other outlined, so the choice reads at a glance in a
    light and a dark theme alike (a style's own "checked" look can be barely different)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * _PADDING, metrics.height() + 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        enabled = self.isEnabled()
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        chosen = self.isChecked()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if chosen:
            fill = palette.color(group, QPalette.ColorRole.Highlight)
            text = palette.color(group, QPalette.ColorRole.HighlightedText)
        else:
            fill = palette.color(group, QPalette.ColorRole.Button)
            if self.underMouse() and enabled:
                fill = palette.color(QPalette.ColorRole.Midlight)
            text = palette.color(group, QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(frame, 4.0, 4.0)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1.5, 1.5, -1.5, -1.5), 3.0, 3.0)
        font = QFont(self.font())
        font.setBold(chosen)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()


_PADDING = 12


def segment_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    """One checkable half of a two-way switch (engine, mode), reachable by the keyboard."""
    button = SegmentButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    button.setAccessibleDescription(tip)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAttribute(Qt.WidgetAttribute.WA_Hover)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class Switch(QWidget):
    """Two exclusive segments; the first starts chosen."""

    chosen = Signal(object)  # the value of the segment the user clicked
    toggled = Signal(bool)  # the second segment is chosen (on) or not (off)

    def __init__(
        self,
        name: str,
        first: Segment,
        second: Segment,
        *,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.first = segment_button(self, first[1], first[2])
        self.second = segment_button(self, second[1], second[2])
        self._values = (first[0], second[0])
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.first)
        self.group.addButton(self.second)
        self.first.clicked.connect(lambda: self.chosen.emit(self._values[0]))
        self.second.clicked.connect(lambda: self.chosen.emit(self._values[1]))
        self.second.toggled.connect(self.toggled)
        self.setFocusProxy(self.first)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(label, self)
        self.caption.setBuddy(self.first)
        self.caption.setVisible(bool(label))
        layout.addWidget(self.caption)
        layout.addSpacing(6 if label else 0)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addStretch(1)
        self.first.setChecked(True)

    @classmethod
    def on_off(cls, label: str, parent: QWidget | None = None) -> Switch:
        """A yes/no setting: "Off" | "On" after its label."""

        def tr(text: str) -> str:
            return QCoreApplication.translate("Switch", text)

        return cls(label, (False, tr("Off"), ""), (True, tr("On"), ""), label=label, parent=parent)

    def value(self) -> Any:
        return self._values[1] if self.second.isChecked() else self._values[0]

    def set_value(self, value: Any) -> None:
        (self.second if value == self._values[1] else self.first).setChecked(True)

    # --- as an on/off button reads -----------------------------------------------------

    def isChecked(self) -> bool:  # noqa: N802 (Qt's name)
        return self.second.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 (Qt's name)
        (self.second if checked else self.first).setChecked(True)

    def click(self) -> None:
        """What a click on the segment not chosen does: choose it."""
        (self.first if self.second.isChecked() else self.second).click()

    def text(self) -> str:
        return self.caption.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.caption.setText(text)
        self.caption.setVisible(bool(text))


__all__ = ["SegmentButton", "Switch"]
