"""A held frame of the sequence player: a shot not rendered yet shows its first frame, fitted
into the player like a video, with a note of what it stands for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import images

# A held frame is drawn at most this big: sharp on a large player, cheap to keep per shot.
STILL_SIDE = 1600


def load_still(path: Path) -> QImage:
    """Runs in a worker: the held frame, upright, at a size worth drawing."""
    picture = images.make_thumbnail(path, max_side=STILL_SIDE)
    picture = picture.convert("RGBA") if picture.mode != "RGBA" else picture
    data = picture.tobytes("raw", "RGBA")
    image = QImage(
        data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888
    )
    return image.copy()  # detach from the Python buffer before it goes away


class StillView(QWidget):
    """A held frame, fitted into the player like a video, with a note of what it stands for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.note = ""
        self.setAccessibleName(self.tr("Held frame"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage | None, note: str) -> None:
        self.image = image
        self.note = note
        self.setAccessibleDescription(note)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.image is not None and not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - size.width()) / 2
            y = (self.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)
        if self.note:
            metrics = QFontMetrics(self.font())
            text = metrics.elidedText(self.note, Qt.TextElideMode.ElideRight, self.width() - 40)
            box = QRectF(12, self.height() - metrics.height() - 22, 0, metrics.height() + 10)
            box.setWidth(metrics.horizontalAdvance(text) + 16)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor(240, 240, 240))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


__all__ = ["STILL_SIDE", "StillView", "load_still"]
