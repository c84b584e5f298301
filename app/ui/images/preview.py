"""A drop zone's picture: the thumbnail (or the hint), with the chosen aspect ratio's framing.

The frame appears as soon as the header has been read: a box of the image's own proportions,
filled quietly until the thumbnail is decoded. A 36-megapixel JPEG's verdict and shape are
known in a few milliseconds; its picture takes a large part of a second.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.core.images import ImageInfo
from app.ui import theme
from app.ui.images.checking import ImageCheck, State


class Framed(Protocol):
    """What the preview asks of its zone (a :class:`app.ui.images.zone.DropZone`)."""

    check: ImageCheck

    def thumbnail(self) -> QImage | None: ...
    def info(self) -> ImageInfo | None: ...
    def frame_ratio(self) -> float | None: ...
    def frame_ratio_text(self) -> str: ...
    def placeholder_text(self) -> str: ...
    def can_be_moved(self) -> bool: ...
    def start_move_drag(self) -> None: ...
    def choose_file(self) -> None: ...
    def setFocus(self, reason: Qt.FocusReason) -> None: ...  # noqa: N802 (Qt's name)


def parse_ratio(ratio: str | None) -> float | None:
    """ "16:9" as 16/9; None for "adaptive", nothing, or nonsense."""
    if not ratio or ":" not in ratio:
        return None
    width, _, height = ratio.partition(":")
    try:
        w, h = float(width), float(height)
    except ValueError:
        return None
    return w / h if w > 0 and h > 0 else None


def paint_zone(zone: QWidget, accent: theme.Accent, *, dashed: bool, hovered: bool) -> None:
    """A zone's rounded border in its verdict's colour, and the focus ring around it."""
    palette = zone.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    painter = QPainter(zone)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = theme.ZONE_FOCUS_BORDER
    rect = QRectF(zone.rect()).adjusted(inset, inset, -inset, -inset)
    pen = QPen(theme.accent(accent, palette), theme.ZONE_BORDER)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    if hovered:
        pen = QPen(highlight, theme.ZONE_FOCUS_BORDER)
    painter.setPen(pen)
    painter.setBrush(theme.zone_background(palette, hovered=hovered))
    painter.drawRoundedRect(rect, theme.ZONE_RADIUS, theme.ZONE_RADIUS)
    if zone.hasFocus():
        painter.setPen(QPen(highlight, theme.ZONE_FOCUS_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QRectF(zone.rect()).adjusted(1.25, 1.25, -1.25, -1.25)
        painter.drawRoundedRect(outer, theme.ZONE_RADIUS + 1.5, theme.ZONE_RADIUS + 1.5)
    painter.end()


class Preview(QWidget):
    """The thumbnail (or the hint), with the chosen aspect ratio's framing over it."""

    def __init__(self, zone: Framed, parent: QWidget) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setMinimumHeight(theme.PREVIEW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(theme.PREVIEW_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._scaled = theme.ScaledPixmap()
        self._press: QPoint | None = None

    def shape_size(self) -> QSizeF | None:
        """The proportions to draw: the thumbnail's, or the header's before it arrives."""
        thumb = self.zone.thumbnail()
        if thumb is not None and not thumb.isNull():
            return QSizeF(thumb.width(), thumb.height())
        info = self.zone.info()
        if info is not None and info.width > 0 and info.height > 0:
            return QSizeF(info.width, info.height)
        return None

    def image_rect(self) -> QRectF:
        shape = self.shape_size()
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        if shape is None or area.width() <= 0 or area.height() <= 0:
            return QRectF()
        scale = min(area.width() / shape.width(), area.height() / shape.height())
        width, height = shape.width() * scale, shape.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def framed_rect(self) -> QRectF:
        """The part of the image the chosen aspect ratio keeps (centre crop)."""
        shown = self.image_rect()
        ratio = self.zone.frame_ratio()
        if shown.isEmpty() or ratio is None:
            return shown
        if shown.width() / shown.height() > ratio:
            width = shown.height() * ratio
            return QRectF(shown.center().x() - width / 2, shown.top(), width, shown.height())
        height = shown.width() / ratio
        return QRectF(shown.left(), shown.center().y() - height / 2, shown.width(), height)

    def _pixmap(self, size: QSize) -> QPixmap | None:
        thumb = self.zone.thumbnail()
        if thumb is None or thumb.isNull():
            return None
        return self._scaled.get(thumb, size, self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shown = self.image_rect()
        pixmap = self._pixmap(shown.size().toSize()) if not shown.isEmpty() else None
        if pixmap is not None:
            painter.drawPixmap(shown, pixmap, QRectF(pixmap.rect()))
        elif not shown.isEmpty():
            self._draw_waiting_frame(painter, shown)
        else:
            painter.setPen(theme.muted(self.palette()))
            area = QRectF(self.rect()).adjusted(14, 10, -14, -10)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, flags, self.zone.placeholder_text())
        if not shown.isEmpty():
            self._draw_framing(painter, shown)
        painter.end()

    def _draw_waiting_frame(self, painter: QPainter, shown: QRectF) -> None:
        """The image's outline at its own proportions while the picture is being decoded."""
        palette = self.palette()
        painter.setPen(QPen(theme.muted(palette), 1.0))
        painter.setBrush(theme.zone_background(palette, hovered=True))
        painter.drawRect(shown)
        damaged = self.zone.check.damage is not None or self.zone.check.state is State.ERROR
        text = self.tr("No preview") if damaged else self.tr("Loading preview…")
        painter.drawText(shown, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _draw_framing(self, painter: QPainter, shown: QRectF) -> None:
        framed = self.framed_rect()
        if framed == shown:
            return
        outside = QPainterPath()
        outside.addRect(shown)
        inside = QPainterPath()
        inside.addRect(framed)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, theme.OVERLAY_ALPHA))
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(framed)
        self._draw_badge(painter, framed, self.zone.frame_ratio_text())

    def _draw_badge(self, painter: QPainter, framed: QRectF, text: str) -> None:
        if not text:
            return
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 10
        badge = QRectF(framed.left() + 4, framed.top() + 4, width, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.zone.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._press is None or not self.zone.can_be_moved():
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance >= QApplication.startDragDistance():
            self._press = None
            self.zone.start_move_drag()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        pressed, self._press = self._press, None
        if pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            self.zone.choose_file()
        super().mouseReleaseEvent(event)


__all__ = ["Preview", "parse_ratio"]
