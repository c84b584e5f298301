"""The "preview" label shown over the video picture while an offline preview plays.

Offline previews are rendered without the label in their pixels (a frame of one can become
the next shot's first frame), so the player says it instead: a small dark badge in the
picture's bottom-left corner, in full screen too. Qt draws the video in a native window of
its own, above any ordinary child widget, so the badge is a native window as well (and
therefore opaque: a dark rectangle rather than a translucent pill).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import theme

_MARGIN = 10


class PreviewBadge(QLabel):
    """The badge over one video surface (see the module's docstring)."""

    def __init__(self, surface: QWidget) -> None:
        super().__init__(surface)
        self.setObjectName("previewBadge")
        self.setText(self.tr("Preview · motion sketch, not AI generation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(24, 24, 28))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(240, 240, 240))
        self.setPalette(palette)
        theme.make_small(self)
        self.setMargin(4)
        self.setAccessibleName(self.text())
        self.hide()
        surface.installEventFilter(self)

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self._place()

    def _place(self) -> None:
        surface = self.parentWidget()
        if surface is None:
            return
        self.adjustSize()
        width = min(self.sizeHint().width(), max(1, surface.width() - 2 * _MARGIN))
        self.resize(width, self.sizeHint().height())
        self.move(_MARGIN, max(0, surface.height() - self.height() - _MARGIN))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        moved = event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.WindowStateChange,
        )
        if moved and watched is self.parentWidget() and self.isVisible():
            self._place()
        return False


def show_preview_badge(surface: QWidget, shown: bool) -> PreviewBadge:
    """Show (or hide) the preview badge over ``surface``, making it the first time."""
    badge = surface.findChild(PreviewBadge, "previewBadge")
    if not isinstance(badge, PreviewBadge):
        badge = PreviewBadge(surface)
    badge.set_shown(shown)
    return badge


def preview_badge(surface: QWidget | None) -> PreviewBadge | None:
    """The badge over ``surface``, if one was ever shown there."""
    if surface is None:
        return None
    badge = surface.findChild(PreviewBadge, "previewBadge")
    return badge if isinstance(badge, PreviewBadge) else None


__all__ = ["PreviewBadge", "preview_badge", "show_preview_badge"]
