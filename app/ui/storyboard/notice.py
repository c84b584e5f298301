"""An inline message with its buttons (suggestions, price confirmation, export)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.ui import theme


class Notice(QFrame):
    """One inline message with its buttons: a suggestion, a price to confirm, an export."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._accent = theme.Accent.NEUTRAL
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACING + theme.ACCENT_BAR + 4, 6, theme.SPACING, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addLayout(self.buttons)
        self.hide()

    def show_message(
        self,
        text: str,
        accent: theme.Accent = theme.Accent.NEUTRAL,
        buttons: Iterable[tuple[str, Callable[[], None]]] = (),
    ) -> list[QPushButton]:
        self._accent = accent
        self.text.setText(text)
        self.setAccessibleName(text)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        made = []
        for label, slot in buttons:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setAccessibleName(label)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
            button.show()  # at once, not on the layout's next turn: it can be pressed now
            made.append(button)
        self.show()
        self.update()
        return made

    def clear(self) -> None:
        self.progress.hide()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent(self._accent, self.palette()))
        painter.drawRoundedRect(QRectF(4, 5, theme.ACCENT_BAR, self.height() - 10), 1.5, 1.5)


# --- the view ----------------------------------------------------------------------------------
