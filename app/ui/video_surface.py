"""The video picture of both players: double-click for full screen, drag the clip out as a file.

Its own module because it needs Qt's multimedia widgets, which the players import only when
the first clip plays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.ui.local_files import file_url

# What may leave Qt's video window out of place (see VideoSurface.keep_video_inside).
_PLACED = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.WinIdChange)


class VideoSurface(QVideoWidget):
    """The picture: double-click for full screen, drag to take the file elsewhere."""

    double_clicked = Signal()
    key_pressed = Signal(object)  # QKeyEvent, handled by the player even in full screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file: Path | None = None
        self._press: QPoint | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Qt draws the video in a window of its own, held by a container child. The preview
        # badge (a native window) makes the surface native once shown; a container that was
        # not native when first shown then keeps its video window on the top-level window,
        # at the top-left corner of the screen. Native from the start, the container holds
        # its video window itself; should Qt still leave it on the top-level window, it is
        # put back into the container (keep_video_inside) whenever the surface changes.
        self._container: QWidget | None = None
        for child in self.findChildren(QWidget):
            if child.metaObject().className() == "QWindowContainer":
                child.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
                self._container = child

    def event(self, event: QEvent) -> bool:
        if event.type() in _PLACED:
            QTimer.singleShot(0, self, self.keep_video_inside)
        return super().event(event)

    def keep_video_inside(self) -> None:
        """Put Qt's video window back into its container if Qt left it on the top level."""
        container = self._container
        if container is None or not self.isVisible():
            return
        inside, top = container.windowHandle(), self.window().windowHandle()
        if inside is None or top is None or inside is top:
            return
        for window in QGuiApplication.allWindows():
            parent = window.parent()
            if (
                window.metaObject().className() == "QVideoWindow"
                and parent is not None
                and parent.winId() == top.winId()
                and window.size() == container.size()
            ):
                window.setParent(inside)
                window.setGeometry(QRect(QPoint(0, 0), container.size()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and self.file is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._press = None
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def drag_data(self) -> QMimeData | None:
        """The clip as a file URL, the form file managers and editors accept."""
        if self.file is None:
            return None
        data = QMimeData()
        data.setUrls([file_url(self.file)])
        return data

    def start_drag(self) -> None:
        data = self.drag_data()
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)
        if not event.isAccepted():
            super().keyPressEvent(event)


__all__ = ["VideoSurface"]
