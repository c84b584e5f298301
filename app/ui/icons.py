"""Storyreel's own small icons: SVGs in ``resources/icons`` (``ui-<name>.svg``), painted in the
palette's text colour at the moment they are drawn, so they read in light and dark alike and
follow a change of theme without being made again. Emoji are never used as icons: a system
without an emoji font shows them as empty boxes.

    icons.icon("dice")       a QIcon for a button
    icons.install_style()    the style's own media, arrow and title-bar icons drawn the same
                             way (play, pause, full screen…), wherever they are used
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from app.core import resources

NAMES = (
    "arrow-down",
    "arrow-left",
    "arrow-right",
    "cancel",
    "close",
    "dice",
    "file",
    "film",
    "folder",
    "frame",
    "fullscreen",
    "fullscreen-exit",
    "lock",
    "pause",
    "play",
    "reload",
    "skip-forward",
    "text",
    "trash",
    "unlock",
    "volume",
    "volume-muted",
    "waveform",
)
# The style's standard icons that are drawn black whatever the palette (invisible in dark),
# or in colours that look the same enabled and disabled (the file, the folder, the bin), and
# the icon drawn instead.
_STANDARD = {
    QStyle.StandardPixmap.SP_ArrowDown: "arrow-down",
    QStyle.StandardPixmap.SP_ArrowLeft: "arrow-left",
    QStyle.StandardPixmap.SP_ArrowRight: "arrow-right",
    QStyle.StandardPixmap.SP_BrowserReload: "reload",
    QStyle.StandardPixmap.SP_DialogCancelButton: "cancel",
    QStyle.StandardPixmap.SP_DirOpenIcon: "folder",
    QStyle.StandardPixmap.SP_FileIcon: "file",
    QStyle.StandardPixmap.SP_MediaPause: "pause",
    QStyle.StandardPixmap.SP_MediaPlay: "play",
    QStyle.StandardPixmap.SP_MediaSkipForward: "skip-forward",
    QStyle.StandardPixmap.SP_MediaVolume: "volume",
    QStyle.StandardPixmap.SP_MediaVolumeMuted: "volume-muted",
    QStyle.StandardPixmap.SP_TitleBarMaxButton: "fullscreen",
    QStyle.StandardPixmap.SP_TitleBarCloseButton: "close",
    QStyle.StandardPixmap.SP_TrashIcon: "trash",
}


@functools.cache
def _svg(name: str) -> bytes:
    return resources.read_bytes("icons", f"ui-{name}.svg")


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is painted in: the buttons' text colour of the current palette,
    dimmed as text is when disabled, the highlighted text colour when selected."""
    palette = palette or QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


def tinted(name: str, size: QSize, colour: QColor) -> QImage:
    """The icon drawn at ``size`` device pixels in one colour, on a transparent ground."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(_svg(name))).render(painter)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    return image


class _TintedEngine(QIconEngine):
    """Draws one SVG in the palette's text colour whenever the icon is asked for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cache: dict[tuple[int, int, int], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = colour_for(mode)
        key = (size.width(), size.height(), colour.rgba())
        cached = self._cache.get(key)
        if cached is None:
            cached = QPixmap.fromImage(tinted(self.name, size, colour))
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(self.pixmap(device, mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(QPoint(rect.x(), rect.y()), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _TintedEngine(self.name)

    def key(self) -> str:
        return "storyreel-tinted-svg"

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def icon(name: str) -> QIcon:
    """Icon ``name`` (one of :data:`NAMES`), painted in the current palette's text colour."""
    if name not in NAMES:
        raise KeyError(f"No icon named {name!r}.")
    return QIcon(_TintedEngine(name))


class TintedIconStyle(QProxyStyle):
    """The platform's style, with its black media and arrow icons drawn as Storyreel's
    tinted ones (and dialog buttons without pictures: see :func:`style_class`)."""

    def standardIcon(  # noqa: N802 (Qt's name)
        self,
        standard: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = _STANDARD.get(standard)
        if name is not None:
            return icon(name)
        return super().standardIcon(standard, option, widget)

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED and _is_dark(option.palette):
            _outline(element, option, painter)


class WordsOnlyDialogStyle(TintedIconStyle):
    """:class:`TintedIconStyle` for a platform whose style puts pictures on dialog buttons.

    Its own class: Qt asks a style for its hints more than a thousand times before the
    window is first painted, and each question answered in Python costs about 40 µs, so
    the hint is answered in Python only where the platform's answer must be changed.
    """

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        data: QStyleHintReturn | None = None,
    ) -> int:
        # A dialog's OK, Save and Cancel read as words alone, as on Windows and macOS: the
        # style's own pictures for them (a floppy disk, a coloured tick) beside a tinted
        # cancel cross looked like three different tools.
        if hint is QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, data)


# Check boxes and radio buttons: in a dark palette the style draws their box darker than the
# window around it, so an unticked one all but disappears; an outline in the text colour,
# half-way to the window's, makes every one readable.
_OUTLINED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _outline(element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
    palette = option.palette
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    text = palette.color(group, QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    colour = QColor(
        (text.red() + back.red()) // 2,
        (text.green() + back.green()) // 2,
        (text.blue() + back.blue()) // 2,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
    if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


def style_class(base: QStyle) -> type[TintedIconStyle]:
    """The tinted style to put over ``base``: with dialog buttons made words alone only
    when ``base`` would give them pictures."""
    if base.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons):
        return WordsOnlyDialogStyle
    return TintedIconStyle


def install_style() -> None:
    """Put :class:`TintedIconStyle` over the application's style, once."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), TintedIconStyle):
        return
    base = app.style()
    app.setStyle(style_class(base)(base.name()))


__all__ = [
    "NAMES",
    "TintedIconStyle",
    "WordsOnlyDialogStyle",
    "colour_for",
    "icon",
    "install_style",
    "style_class",
    "tinted",
]
