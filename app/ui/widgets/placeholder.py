"""A picture's stand-in: one of the window's icons, muted, centred in the picture's box.

What a queue row or a take's card shows when there is no picture to show (a job made from
words or sound alone) or its file cannot be read (gone, broken): never an error.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter, QPalette

from app.ui import icons, theme

ICON_SIDE = 24


def paint_placeholder(
    painter: QPainter,
    target: QRect,
    name: str,
    palette: QPalette,
    ratio: float,
    side: int = ICON_SIDE,
) -> None:
    """Icon ``name`` (see :data:`app.ui.icons.NAMES`) in the muted text colour, ``side``
    logical pixels, sharp on a screen of this ``ratio``, in the middle of ``target``."""
    device = QSize(max(1, round(side * ratio)), max(1, round(side * ratio)))
    image = icons.tinted(name, device, theme.muted(palette))
    image.setDevicePixelRatio(ratio)
    x = target.left() + (target.width() - side) // 2
    y = target.top() + (target.height() - side) // 2
    painter.drawImage(QPoint(x, y), image)


__all__ = ["ICON_SIDE", "paint_placeholder"]
