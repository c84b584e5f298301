"""The framing canvas: the picture with a rectangle locked to one aspect ratio on it.

The rectangle is kept in the picture's own (upright, full-size) pixels, whatever size the
picture is drawn at: drag inside it to move it, drag a corner to resize it (the ratio
stays), and with the keyboard the arrows move it a pixel (Shift: ten), + and − resize it,
Home centres it and F makes it as large as the picture allows. Outside the rectangle the
picture is dimmed; inside are the rule-of-thirds lines and the title-safe area (the middle
80 %), the two guides every framing tool shows.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.framing import Box, ratio_box

_HANDLE = 10.0  # px on screen: the corner squares
_GRAB = 14.0  # px on screen: how near a corner a press takes it
_TITLE_SAFE = 0.8
_MIN_SIDE = 16  # picture px: the smallest rectangle


class _Drag(enum.Enum):
    NONE = "none"
    MOVE = "move"
    CORNER = "corner"


class FramingCanvas(QWidget):
    """The picture and its ratio-locked framing rectangle (see the module's docstring)."""

    box_changed = Signal()

    def __init__(
        self, image: QImage, source_size: tuple[int, int], ratio: float, parent=None
    ) -> None:
        super().__init__(parent)
        self.image = image
        self.source_width, self.source_height = source_size
        self.ratio = ratio
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Framing rectangle"))
        width, height = ratio_box(self.source_width, self.source_height, ratio)
        self._width = float(width)  # the rectangle, in picture pixels; height = width / ratio
        self._x = (self.source_width - width) / 2
        self._y = (self.source_height - height) / 2
        self._drag = _Drag.NONE
        self._anchor = QPointF()  # moving: the press's offset; resizing: the fixed corner
        self._update_description()

    # --- the rectangle --------------------------------------------------------------------

    def box(self) -> Box:
        """The framed region in whole picture pixels, at the ratio within half a pixel."""
        width = max(1, min(self.source_width, round(self._width)))
        height = max(1, min(self.source_height, round(width / self.ratio)))
        left = min(max(0, round(self._x)), self.source_width - width)
        top = min(max(0, round(self._y)), self.source_height - height)
        return Box(left, top, left + width, top + height)

    def set_box(self, left: float, top: float, width: float) -> None:
        """Place the rectangle (picture pixels), kept inside the picture at its ratio."""
        largest = ratio_box(self.source_width, self.source_height, self.ratio)[0]
        smallest = min(largest, max(_MIN_SIDE, _MIN_SIDE * self.ratio))
        width = min(max(width, smallest), largest)
        height = width / self.ratio
        self._width = width
        self._x = min(max(0.0, left), self.source_width - width)
        self._y = min(max(0.0, top), self.source_height - height)
        self._update_description()
        self.update()
        self.box_changed.emit()

    def centre(self) -> None:
        height = self._width / self.ratio
        self.set_box(
            (self.source_width - self._width) / 2, (self.source_height - height) / 2, self._width
        )

    def fill(self) -> None:
        """As large as the picture allows, centred on where the rectangle is now."""
        middle_x = self._x + self._width / 2
        middle_y = self._y + self._width / self.ratio / 2
        width = float(ratio_box(self.source_width, self.source_height, self.ratio)[0])
        self.set_box(middle_x - width / 2, middle_y - width / self.ratio / 2, width)

    def nudge(self, dx: float, dy: float) -> None:
        self.set_box(self._x + dx, self._y + dy, self._width)

    def grow(self, pixels: float) -> None:
        """Resize around the rectangle's middle by ``pixels`` of width."""
        height = self._width / self.ratio
        width = self._width + pixels
        middle_x, middle_y = self._x + self._width / 2, self._y + height / 2
        self.set_box(middle_x - width / 2, middle_y - width / self.ratio / 2, width)

    def _update_description(self) -> None:
        box = self.box()
        self.setAccessibleDescription(
            self.tr("{width} × {height} px from {left}, {top}").format(
                width=box.width, height=box.height, left=box.left, top=box.top
            )
        )

    # --- geometry on screen ---------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # As tall as the picture at this width, within limits: a panorama opens in a low
        # window instead of a band between two wide empty margins.
        tall = round(720 * self.source_height / max(1, self.source_width) + 2 * _HANDLE)
        return QSize(720, min(460, max(200, tall)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, 160)

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred."""
        margin = _HANDLE
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        scale = min(area.width() / self.source_width, area.height() / self.source_height)
        width, height = self.source_width * scale, self.source_height * scale
        return QRectF(
            area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
            width, height,
        )  # fmt: skip

    def _scale(self) -> float:
        return self.picture_rect().width() / self.source_width

    def frame_rect(self) -> QRectF:
        """The rectangle on screen."""
        picture, scale = self.picture_rect(), self._scale()
        return QRectF(
            picture.x() + self._x * scale,
            picture.y() + self._y * scale,
            self._width * scale,
            self._width / self.ratio * scale,
        )

    def _to_picture(self, point: QPointF) -> QPointF:
        picture, scale = self.picture_rect(), self._scale()
        return QPointF((point.x() - picture.x()) / scale, (point.y() - picture.y()) / scale)

    def _corners(self) -> list[QPointF]:
        rect = self.frame_rect()
        return [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        picture, frame = self.picture_rect(), self.frame_rect()
        painter.drawImage(picture, self.image)
        outside = QPainterPath()
        outside.addRect(picture)
        inside = QPainterPath()
        inside.addRect(frame)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150))
        self._paint_guides(painter, frame)
        light = QColor(255, 255, 255)
        painter.setPen(QPen(light, 2 if self.hasFocus() else 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 1))
        painter.setBrush(light)
        for corner in self._corners():
            painter.drawRect(
                QRectF(corner.x() - _HANDLE / 2, corner.y() - _HANDLE / 2, _HANDLE, _HANDLE)
            )

    def _paint_guides(self, painter: QPainter, frame: QRectF) -> None:
        thirds = QPen(QColor(255, 255, 255, 150), 1)
        painter.setPen(thirds)
        for i in (1, 2):
            x = frame.x() + frame.width() * i / 3
            y = frame.y() + frame.height() * i / 3
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        safe = QPen(QColor(255, 214, 90, 190), 1, Qt.PenStyle.DashLine)
        painter.setPen(safe)
        inset_x = frame.width() * (1 - _TITLE_SAFE) / 2
        inset_y = frame.height() * (1 - _TITLE_SAFE) / 2
        painter.drawRect(frame.adjusted(inset_x, inset_y, -inset_x, -inset_y))

    # --- mouse ----------------------------------------------------------------------------

    def _corner_at(self, point: QPointF) -> int | None:
        for index, corner in enumerate(self._corners()):
            if math.hypot(point.x() - corner.x(), point.y() - corner.y()) <= _GRAB:
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        corner = self._corner_at(point)
        if corner is not None:
            # The opposite corner stays where it is while this one is dragged.
            rect = QRectF(self._x, self._y, self._width, self._width / self.ratio)
            opposite = [rect.bottomRight(), rect.bottomLeft(), rect.topLeft(), rect.topRight()]
            self._drag, self._anchor = _Drag.CORNER, opposite[corner]
        elif self.frame_rect().contains(point):
            at = self._to_picture(point)
            self._drag, self._anchor = _Drag.MOVE, QPointF(at.x() - self._x, at.y() - self._y)
        else:  # a press outside: the rectangle's middle comes there
            at = self._to_picture(point)
            height = self._width / self.ratio
            self.set_box(at.x() - self._width / 2, at.y() - height / 2, self._width)
            self._drag = _Drag.MOVE
            self._anchor = QPointF(self._width / 2, height / 2)
        self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        point = event.position()
        if self._drag is _Drag.NONE:
            over_corner = self._corner_at(point) is not None
            inside = self.frame_rect().contains(point)
            shape = (
                Qt.CursorShape.SizeFDiagCursor
                if over_corner
                else Qt.CursorShape.SizeAllCursor
                if inside
                else Qt.CursorShape.CrossCursor
            )
            self.setCursor(shape)
            return
        at = self._to_picture(point)
        if self._drag is _Drag.MOVE:
            self.set_box(at.x() - self._anchor.x(), at.y() - self._anchor.y(), self._width)
            return
        self._resize_to(at)

    def _resize_to(self, at: QPointF) -> None:
        """The dragged corner follows the pointer; the ratio decides the other side."""
        anchor = self._anchor
        dx, dy = at.x() - anchor.x(), at.y() - anchor.y()
        width = max(abs(dx), abs(dy) * self.ratio)
        # Keep within the picture on the side being dragged.
        room_x = anchor.x() if dx < 0 else self.source_width - anchor.x()
        room_y = anchor.y() if dy < 0 else self.source_height - anchor.y()
        width = min(width, room_x, room_y * self.ratio)
        height = width / self.ratio
        left = anchor.x() - width if dx < 0 else anchor.x()
        top = anchor.y() - height if dy < 0 else anchor.y()
        self.set_box(left, top, width)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag = _Drag.NONE

    # --- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        step = 10.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        key = event.key()
        moves = [
            (Qt.Key.Key_Left, -step, 0.0),
            (Qt.Key.Key_Right, step, 0.0),
            (Qt.Key.Key_Up, 0.0, -step),
            (Qt.Key.Key_Down, 0.0, step),
        ]
        move = next(((dx, dy) for k, dx, dy in moves if key == k), None)
        if move is not None:
            self.nudge(*move)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.grow(2 * step)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.grow(-2 * step)
        elif key == Qt.Key.Key_Home:
            self.centre()
        elif key == Qt.Key.Key_F:
            self.fill()
        else:
            super().keyPressEvent(event)


__all__ = ["FramingCanvas"]
