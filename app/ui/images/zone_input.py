"""What a drop zone does with keys and drags: Ctrl+V pastes, Enter or Space opens the file
dialog, Delete or Backspace removes the image, Alt+Left/Right moves it along a strip; files,
images and URLs dropped on it are loaded, and an image dragged from another slot of the same
strip is moved here. :class:`app.ui.images.zone.DropZone` is the widget; this is its input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QWidget

from app.ui.images.checking import ImageCheck, State
from app.ui.images.sources import (
    REORDER_MIME,
    Source,
    offers_images,
    sources_from_mime,
    start_reorder_drag,
)


class ZoneInput(QWidget):
    """The keyboard and drag-and-drop half of a drop zone (the zone gives the actions)."""

    check: ImageCheck
    _hovered: bool
    # Set by an ImageStrip: moving images between slots (the zone is the first argument).
    move_requested: Callable[[Any, int], None] | None
    moved_onto: Callable[[Any, str], None] | None

    def paste(self) -> None:
        raise NotImplementedError

    def choose_file(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def thumbnail(self) -> QImage | None:
        raise NotImplementedError

    def load_many(self, sources: list[Source], edit: str = "drop") -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose_file()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.move_requested:
            self.move_requested(self, -1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- drag and drop ------------------------------------------------------------------

    def can_be_moved(self) -> bool:
        return self.moved_onto is not None and self.check.state is not State.EMPTY

    def start_move_drag(self) -> None:
        start_reorder_drag(self, self.thumbnail())

    def _accepts(self, mime: QMimeData) -> bool:
        if mime.hasFormat(REORDER_MIME):
            return self.moved_onto is not None
        return offers_images(mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        if event.mimeData().hasFormat(REORDER_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.acceptProposedAction()
        self._hovered = True
        self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovered = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovered = False
        self.update()
        mime = event.mimeData()
        if mime.hasFormat(REORDER_MIME):
            if self.moved_onto is not None:
                self.moved_onto(self, bytes(mime.data(REORDER_MIME).data()).decode())
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
            return
        sources = sources_from_mime(mime)
        if not sources:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_many(sources)


__all__ = ["ZoneInput"]
