"""The timeline under Play sequence: every shot in proportion to its length in the cut
(finished clips solid, held frames hatched), the shot playing and the playhead; a click on a
shot asks to play from there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.storyboard import Segment
from app.ui import theme

TIMELINE_HEIGHT = 30
SEGMENT_GAP = 2.0


class Timeline(QWidget):
    """Every shot of the sequence in proportion to its length, with the playhead."""

    seek_requested = Signal(int)  # segment index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._durations: list[float] = []
        self._held: list[bool] = []
        self._position = 0.0
        self._current = -1
        self.setMinimumHeight(TIMELINE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Sequence timeline"))
        self.setToolTip(self.tr("Click a shot to play the sequence from there."))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, TIMELINE_HEIGHT)

    def set_segments(self, segments: Sequence[Segment]) -> None:
        self._durations = [max(0.0, s.duration_s) for s in segments]
        self._held = [s.held for s in segments]
        self._position = 0.0
        self._current = -1
        self.update()

    def set_position(self, seconds: float, current: int) -> None:
        self._position = seconds
        self._current = current
        self.update()

    @property
    def total(self) -> float:
        return sum(self._durations)

    @property
    def position(self) -> float:
        """Where the playhead is, in seconds of the cut."""
        return self._position

    def _rects(self) -> list[QRectF]:
        total = self.total
        count = len(self._durations)
        if not count or total <= 0:
            return []
        usable = max(1.0, self.width() - SEGMENT_GAP * (count - 1))
        rects = []
        x = 0.0
        for seconds in self._durations:
            width = usable * seconds / total
            rects.append(QRectF(x, 4, max(1.0, width), self.height() - 8))
            x += width + SEGMENT_GAP
        return rects

    def segment_at(self, x: float) -> int:
        for index, rect in enumerate(self._rects()):
            if x <= rect.right() + SEGMENT_GAP / 2:
                return index
        return len(self._durations) - 1

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self._durations:
            self.seek_requested.emit(self.segment_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rects = self._rects()
        if not rects:
            painter.setPen(QPen(theme.muted(palette), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 4, -1, -4), 4, 4)
            return
        clip_colour = palette.color(QPalette.ColorRole.Highlight)
        held_colour = theme.muted(palette)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for index, rect in enumerate(rects):
            held = self._held[index]
            fill = QColor(held_colour if held else clip_colour)
            fill.setAlpha(90 if held else 200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            if held:
                hatch = QColor(held_colour)
                hatch.setAlpha(160)
                painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 3, 3)
            if index == self._current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
                painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
            label = str(index + 1)
            if metrics.horizontalAdvance(label) + 4 < rect.width():
                text_colour = (
                    palette.color(QPalette.ColorRole.HighlightedText)
                    if not held
                    else palette.color(QPalette.ColorRole.WindowText)
                )
                painter.setPen(text_colour)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        # The playhead: where the sequence is, across the gaps between shots too.
        x = self._x_for(self._position, rects)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(round(x), 0, round(x), self.height())

    def _x_for(self, seconds: float, rects: list[QRectF]) -> float:
        start = 0.0
        for rect, length in zip(rects, self._durations, strict=True):
            if seconds <= start + length or rect is rects[-1]:
                within = 0.0 if length <= 0 else min(1.0, (seconds - start) / length)
                return rect.left() + rect.width() * max(0.0, within)
            start += length
        return 0.0


__all__ = ["Timeline"]
