"""Colours, spacing and small drawing helpers shared by the parameter panel and drop zones.

Everything follows the system palette: backgrounds and text come from palette roles, never
from fixed colours, so the panel reads well in light and dark mode. The only colours chosen
here are the three state accents (valid, invalid, warning), picked per palette so that each
stays readable against the window background in both modes.

Drawing is done on logical coordinates with QPainter; pixmaps are made at the screen's
device pixel ratio, so everything stays crisp at 200 % scaling.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

SPACING = 8
SECTION_SPACING = 16
ZONE_RADIUS = 10.0
ZONE_BORDER = 1.5
ZONE_FOCUS_BORDER = 2.5
ACCENT_BAR = 3
PREVIEW_HEIGHT = 124  # with one verdict line, the prompt below stays in view
ZONE_MIN_WIDTH = 220
# Outside the framed rectangle of a chosen aspect ratio: dark enough to read as "cut off",
# light enough to still see what is cut.
OVERLAY_ALPHA = 150


class Accent(enum.StrEnum):
    NEUTRAL = "neutral"
    CHECKING = "checking"
    VALID = "valid"
    INVALID = "invalid"
    WARNING = "warning"


# (light mode, dark mode): each pair meets WCAG AA (4.5:1) for text against a typical
# light window (#efefef–#ffffff) or dark window (#1e1e1e–#353535) background.
_ACCENTS: dict[Accent, tuple[str, str]] = {
    Accent.VALID: ("#1a7f37", "#3fb950"),
    Accent.INVALID: ("#c4212b", "#ff6b61"),
    Accent.WARNING: ("#8a5a00", "#e3b341"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(kind: Accent | str, palette: QPalette) -> QColor:
    """The colour for a state, readable against this palette's window background."""
    kind = Accent(kind)
    if kind is Accent.NEUTRAL:
        return muted(palette)
    if kind is Accent.CHECKING:
        return palette.color(QPalette.ColorRole.Highlight)
    light, dark = _ACCENTS[kind]
    return QColor(dark if is_dark(palette) else light)


def muted(palette: QPalette) -> QColor:
    """Secondary text and dashed borders: the text colour, half-way to the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() + back.red()) // 2,
        (text.green() + back.green()) // 2,
        (text.blue() + back.blue()) // 2,
    )


def zone_background(palette: QPalette, *, hovered: bool = False) -> QColor:
    """A drop zone's fill: the base colour, nudged towards the highlight while dragging over."""
    base = palette.color(QPalette.ColorRole.Base)
    if not hovered:
        return base
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return QColor(
        (base.red() * 4 + highlight.red()) // 5,
        (base.green() * 4 + highlight.green()) // 5,
        (base.blue() * 4 + highlight.blue()) // 5,
    )


def set_text_colour(widget: QWidget, colour: QColor | None) -> None:
    """Colour a label's text through its palette (None: back to the inherited colour)."""
    if colour is None:
        widget.setPalette(QPalette())
        return
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def small_font(widget: QWidget, *, bold: bool = False) -> QFont:
    """A font a step smaller than the widget's: helper text, counters, check rows."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(size * 0.88, 7.0))
    font.setBold(bold)
    return font


def make_small(widget: QWidget, *, bold: bool = False) -> None:
    widget.setFont(small_font(widget, bold=bold))


def pixmap_for(image: QImage, size: QSize, device_pixel_ratio: float) -> QPixmap:
    """``image`` scaled to fit ``size`` (logical pixels), sharp on a screen of this ratio."""
    target = QSize(
        max(1, round(size.width() * device_pixel_ratio)),
        max(1, round(size.height() * device_pixel_ratio)),
    )
    scaled = image.scaled(
        target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    pixmap = QPixmap.fromImage(scaled)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


class ScaledPixmap:
    """The last pixmap :func:`pixmap_for` made for a widget, made again only when the image,
    the size or the screen's pixel ratio changes (a paint event asks at every repaint)."""

    def __init__(self) -> None:
        self._key: tuple[int, int, int, float] | None = None
        self._pixmap: QPixmap | None = None

    def get(self, image: QImage, size: QSize, device_pixel_ratio: float) -> QPixmap:
        key = (image.cacheKey(), size.width(), size.height(), device_pixel_ratio)
        if key != self._key or self._pixmap is None:
            self._pixmap = pixmap_for(image, size, device_pixel_ratio)
            self._key = key
        return self._pixmap
