"""Text that never clips: a label and a push button that shorten their text with an ellipsis
to the width they get, and keep the whole text in their tooltip (and accessible name).

A file name is shortened in the middle ("frame-with…81b321d8.png": its start and its
extension both stay readable); a button's title at its end ("Crop to 2499 × 1…").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# The narrowest an elided text gets: a few letters and the ellipsis.
MIN_TEXT_WIDTH = 48


class ElidedLabel(QLabel):
    """One line of plain text, drawn elided to the label's width; ``text()`` stays whole and
    is the tooltip unless another is set with :meth:`set_tip`."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._tip: str | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self._tip if self._tip is not None else text)

    def set_tip(self, tip: str | None) -> None:
        """A tooltip other than the text (None: the text itself)."""
        self._tip = tip
        self.setToolTip(tip if tip is not None else self.text())

    def shown_text(self) -> str:
        """What is drawn: the text, elided to the width there is."""
        width = self.contentsRect().width()
        return QFontMetrics(self.font()).elidedText(self.text(), self._mode, max(0, width))

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_TEXT_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        align = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(align), self.shown_text())
        painter.end()


class ElidedButton(QPushButton):
    """A push button whose title is drawn elided to the button's width, never clipped;
    ``text()`` stays whole, and the tooltip says it (and the description given)."""

    def __init__(self, text: str, parent: QWidget | None = None, description: str = "") -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._description = description.strip()
        self._update_tip()

    def set_text(self, text: str, description: str = "") -> None:
        """A new title and description (the tooltip and accessible name follow)."""
        self.setText(text)
        self.setAccessibleName(text)
        self._description = description.strip()
        self._update_tip()

    def _update_tip(self) -> None:
        # The description says what the button does; an elided title is said whole first.
        parts = [self.text()] if self.is_elided() or not self._description else []
        if self._description:
            parts.append(self._description)
        self.setToolTip("\n".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_tip()

    def _chrome(self) -> int:
        """The button's width around its text: frame and padding."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        empty = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )
        return empty.width()

    def shown_text(self) -> str:
        room = max(0, self.width() - self._chrome())
        return QFontMetrics(self.font()).elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = self.sizeHint()
        return QSize(min(hint.width(), self._chrome() + MIN_TEXT_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.end()


__all__ = ["MIN_TEXT_WIDTH", "ElidedButton", "ElidedLabel"]
