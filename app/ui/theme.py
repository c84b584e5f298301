"""Colours, spacing and small drawing helpers shared by the parameter panel and drop zones.

Everything follows the system palette: backgrounds and text come from palette roles, never
from fixed colours, so the panel reads well in light and dark mode. The only colours chosen
here are the three state accents (valid, invalid, warning), picked per palette so that each
stays readable against the window background in both modes.

Light or dark follows the system's colour scheme (``QStyleHints.colorScheme``) unless the
user chose one in Settings (:func:`apply_appearance`); where the platform gives no palette of
the wanted kind, Storyreel's own light or dark palette is used.

Drawing is done on logical coordinates with QPainter; pixmaps are made at the screen's
device pixel ratio, so everything stays crisp at 200 % scaling.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from app.core.settings import Appearance

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
    # Only the text's roles: the rest keeps following the application's palette (light or
    # dark), and a change of theme still reaches the widget.
    palette = QPalette()
    palette.setResolveMask(0)
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


# -- light and dark ----------------------------------------------------------------------

# (role, active colour, disabled colour or None for the same): contrast at least 4.5:1 for
# text on its ground, in each palette.
_PALETTES: dict[bool, list[tuple[QPalette.ColorRole, str, str | None]]] = {
    False: [
        (QPalette.ColorRole.Window, "#efefef", None),
        (QPalette.ColorRole.WindowText, "#1f1f1f", "#8a8a8a"),
        (QPalette.ColorRole.Base, "#ffffff", "#f4f4f4"),
        (QPalette.ColorRole.AlternateBase, "#f6f6f6", None),
        (QPalette.ColorRole.Text, "#1f1f1f", "#8a8a8a"),
        (QPalette.ColorRole.PlaceholderText, "#6b6b6b", None),
        (QPalette.ColorRole.Button, "#e8e8e8", None),
        (QPalette.ColorRole.ButtonText, "#1f1f1f", "#8a8a8a"),
        (QPalette.ColorRole.BrightText, "#ffffff", None),
        (QPalette.ColorRole.Light, "#ffffff", None),
        (QPalette.ColorRole.Midlight, "#f5f5f5", None),
        (QPalette.ColorRole.Mid, "#b8b8b8", None),
        (QPalette.ColorRole.Dark, "#9f9f9f", None),
        (QPalette.ColorRole.Shadow, "#767676", None),
        (QPalette.ColorRole.Highlight, "#1f66cc", "#9bb6dd"),
        (QPalette.ColorRole.HighlightedText, "#ffffff", None),
        (QPalette.ColorRole.Link, "#1a5fb4", None),
        (QPalette.ColorRole.LinkVisited, "#6a3fb4", None),
        (QPalette.ColorRole.ToolTipBase, "#fffbe6", None),
        (QPalette.ColorRole.ToolTipText, "#1f1f1f", None),
        (QPalette.ColorRole.Accent, "#1f66cc", None),
    ],
    True: [
        (QPalette.ColorRole.Window, "#2b2b2b", None),
        (QPalette.ColorRole.WindowText, "#e8e8e8", "#7f7f7f"),
        (QPalette.ColorRole.Base, "#1f1f1f", "#262626"),
        (QPalette.ColorRole.AlternateBase, "#333333", None),
        (QPalette.ColorRole.Text, "#e8e8e8", "#7f7f7f"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a", None),
        (QPalette.ColorRole.Button, "#3a3a3a", None),
        (QPalette.ColorRole.ButtonText, "#e8e8e8", "#7f7f7f"),
        (QPalette.ColorRole.BrightText, "#ffffff", None),
        (QPalette.ColorRole.Light, "#505050", None),
        (QPalette.ColorRole.Midlight, "#444444", None),
        (QPalette.ColorRole.Mid, "#5c5c5c", None),
        (QPalette.ColorRole.Dark, "#1a1a1a", None),
        (QPalette.ColorRole.Shadow, "#0d0d0d", None),
        (QPalette.ColorRole.Highlight, "#3d8ee6", "#36506e"),
        (QPalette.ColorRole.HighlightedText, "#ffffff", None),
        (QPalette.ColorRole.Link, "#6cb6ff", None),
        (QPalette.ColorRole.LinkVisited, "#b89cff", None),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a", None),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8", None),
        (QPalette.ColorRole.Accent, "#3d8ee6", None),
    ],
}


def palette_for(dark: bool) -> QPalette:
    """Storyreel's own light or dark palette."""
    palette = QPalette()
    for role, colour, disabled in _PALETTES[dark]:
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
        if disabled is not None:
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_is_dark() -> bool:
    """Whether the system asks for dark (its colour scheme, else its palette's lightness)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Unknown:
        return is_dark(QGuiApplication.palette())
    return scheme is Qt.ColorScheme.Dark


class _Appearance:
    """The appearance chosen last, kept to follow the system while it is "system"."""

    chosen = Appearance.SYSTEM
    following = False


def apply_appearance(appearance: Appearance | str) -> bool:
    """Make the application light or dark as ``appearance`` says; True when dark.

    The platform's own palette is kept when it is of the wanted kind (its accent colour,
    its native look); otherwise Storyreel's palette of that kind replaces it. With
    "system", a change of the system's scheme is followed while Storyreel runs.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    chosen = Appearance.read(appearance)
    _Appearance.chosen = chosen
    from app.ui import icons  # QtSvg loads here, with the window, not when theme is imported

    icons.install_style()  # the style's black icons, drawn in the palette's colour instead
    hints = app.styleHints()
    if not _Appearance.following:
        hints.colorSchemeChanged.connect(_system_scheme_changed)
        _Appearance.following = True
    if chosen is Appearance.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(
            Qt.ColorScheme.Dark if chosen is Appearance.DARK else Qt.ColorScheme.Light
        )
    app.setPalette(QPalette())  # the platform's own palette first
    dark = chosen.is_dark(system_is_dark())
    if is_dark(app.palette()) != dark:
        app.setPalette(palette_for(dark))
    return dark


def _system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if _Appearance.chosen is Appearance.SYSTEM:
        apply_appearance(Appearance.SYSTEM)


# -- the one prominent button -------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def prominent_palette(base: QPalette) -> QPalette:
    """A button filled with the highlight colour, its text in the highlighted text colour;
    disabled, it keeps the ordinary disabled look (nothing to press, nothing to shout)."""
    # Only the button's two roles are set: the rest still follows the application's palette,
    # so a change of theme reaches the button (and this is asked again).
    palette = QPalette()
    palette.setResolveMask(0)
    fill = base.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    text = base.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    # Deep enough for its text to read at 4.5:1 (a dark theme's highlight is a light blue).
    while contrast(fill, text) < 4.5 and fill.lightness() > 40:
        fill = fill.darker(110)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Button, fill)
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
    return palette


class _Prominent(QObject):
    """Keeps a prominent button's colours in step with the application's palette."""

    _EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A child widget hears of a new application palette as a change of its own.
        if event.type() in self._EVENTS and isinstance(watched, QWidget):
            wanted = prominent_palette(QGuiApplication.palette())
            if watched.palette() != wanted:
                watched.setPalette(wanted)
        return False


def make_prominent(button: QAbstractButton) -> None:
    """Generate: the one coloured button of a view, bold, a little taller than the rest."""
    button.setPalette(prominent_palette(QGuiApplication.palette()))
    font = QFont(button.font())
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(max(button.sizeHint().height(), 30))
    keeper = _Prominent(button)
    button.installEventFilter(keeper)
