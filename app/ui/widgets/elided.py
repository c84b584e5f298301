"""Text that never clips: a label and a push button that shorten their text with an ellipsis
to the width they get, and keep the whole text in their tooltip (and accessible name).

A file name is shortened in the middle ("frame-with…81b321d8.png": its start and its
extension both stay readable); a button's title at its end ("Crop to 2499 × 1…").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

# The narrowest an elided text gets: a few letters and the ellipsis.
MIN_TEXT_WIDTH = 48


class ElidedLabel(QLabel):
    """One line of plain text, elided to the label's width; the full text is the tooltip
    unless one is set with :meth:`set_tip`."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._tip: str | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(self._tip if self._tip is not None else text)
        if not self.accessibleName() or self.accessibleName() == super().text():
            self.setAccessibleName(text)
        self._elide()

    def set_tip(self, tip: str | None) -> None:
        """A tooltip other than the full text (None: the full text again)."""
        self._tip = tip
        self.setToolTip(tip if tip is not None else self._full)

    def is_elided(self) -> bool:
        return super().text() != self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_TEXT_WIDTH), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        metrics = QFontMetrics(self.font())
        shown = self._full if width <= 0 else metrics.elidedText(self._full, self._mode, width)
        if shown != super().text():
            super().setText(shown)


class ElidedButton(QPushButton):
    """A push button whose title is elided to the button's width, never clipped; its
    tooltip says the whole title (and the description given)."""

    def __init__(self, text: str, parent: QWidget | None = None, description: str = "") -> None:
        super().__init__(text, parent)
        self._full = text
        self._description = description
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_tip()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.text() != self._full

    def _update_tip(self) -> None:
        parts = [self._full]
        if self._description and self._description.strip() != self._full:
            parts.append(self._description)
        self.setToolTip("\n".join(parts))

    def _chrome(self) -> int:
        """The button's width around its text: frame, padding, icon."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        empty = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )
        return empty.width()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = QFontMetrics(self.font())
        option = QStyleOptionButton()
        self.initStyleOption(option)
        content = QSize(metrics.horizontalAdvance(self._full), metrics.height())
        hint = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content)
        return hint.expandedTo(QSize(0, super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(min(self.sizeHint().width(), self._chrome() + MIN_TEXT_WIDTH),
                     self.sizeHint().height())  # fmt: skip

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        room = max(0, self.width() - self._chrome())
        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


__all__ = ["MIN_TEXT_WIDTH", "ElidedButton", "ElidedLabel"]
