"""The frames strip: its model (the board's frames with their verdicts) and its view."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QWidget,
)

from app.core.storyboard import (
    Frame,
    Storyboard,
)
from app.core.wording import Said
from app.ui import theme
from app.ui.error_text import said_text
from app.ui.images.wording import check_sentence
from app.ui.local_files import local_path
from app.ui.storyboard.constants import (
    CARD_GAP,
    CARD_PADDING,
    CHECKING,
    DROP_SCROLL_MARGIN,
    DROP_SCROLL_STEP,
    FRAME_MIME,
    FRAME_ROLE,
    INVALID,
    NUMBER_ROLE,
    PICTURE_ROLE,
    THUMB_HEIGHT,
    VERDICT_ROLE,
    tr,
)
from app.ui.storyboard.painting import FrameDelegate
from app.ui.storyboard.pictures import PictureCache


class FrameStripModel(QAbstractListModel):
    """The board's frames in order, with each frame's verdict. Moves go to the board."""

    frames_moved = Signal()

    def __init__(self, pictures: PictureCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board: Storyboard | None = None
        self._frames: list[Frame] = []  # the board's list, copied once per change
        self._pictures = pictures
        self._verdicts: dict[str, tuple[str, str]] = {}
        # How a move is made: through the document, so that it is one undoable step.
        self.record: Callable[[str, Callable[[], Any]], Any] = lambda _text, change: change()

    def set_board(self, board: Storyboard) -> None:
        self.beginResetModel()
        self._board = board
        self._frames = board.frames
        self._verdicts = {}
        self.endResetModel()

    def reset(self) -> None:
        """The frames changed in a way a move does not describe (insert, remove, duplicate)."""
        self.beginResetModel()
        self._frames = self._board.frames if self._board is not None else []
        self.endResetModel()

    def frames(self) -> list[Frame]:
        return self._frames

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._frames)

    def verdict(self, frame_id: str) -> tuple[str, str]:
        return self._verdicts.get(frame_id, (CHECKING, ""))

    def set_verdicts(self, verdicts: dict[str, tuple[str, str]]) -> None:
        self._verdicts.update(verdicts)
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def message(self, row: int) -> str:
        """What the user reads about the frame: its label and the first failing rule."""
        frame = self.frames()[row]
        state, problem = self.verdict(frame.id)
        label = tr("Frame {n} ({name})").format(n=row + 1, name=frame.name)
        if state == INVALID:
            if isinstance(problem, Said):
                return f"{label}: {said_text(problem)}"
            return f"{label}: {check_sentence(problem)}"
        if state == CHECKING:
            return tr("{label}: being checked…").format(label=label)
        return tr("{label}: ready").format(label=label)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        frames = self.frames()
        if not index.isValid() or not 0 <= index.row() < len(frames):
            return None
        frame = frames[index.row()]
        if role == FRAME_ROLE:
            return frame
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role == VERDICT_ROLE:
            return self.verdict(frame.id)[0]
        if role == PICTURE_ROLE:
            return self._pictures.image(frame.image)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.message(index.row())
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [FRAME_MIME, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(FRAME_MIME, QByteArray(json.dumps(rows).encode("ascii")))
        return data

    def moveRows(  # noqa: N802
        self,
        source_parent: QModelIndex | QPersistentModelIndex,
        source_row: int,
        count: int,
        destination_parent: QModelIndex | QPersistentModelIndex,
        destination_child: int,
    ) -> bool:
        """Qt's move: ``destination_child`` is the row the frame goes before, counted before
        the move (what a drop between two frames names)."""
        board = self._board
        if board is None or count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        rows = len(board.frames)
        if not 0 <= source_row < rows or not 0 <= destination_child <= rows:
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        final = destination_child if destination_child < source_row else destination_child - 1
        self.record(
            tr("Move frame {n}").format(n=source_row + 1),
            lambda: board.move_frame(source_row, final),
        )
        self._frames = board.frames
        self.endMoveRows()
        self.frames_moved.emit()
        return True


def dropped_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(local_path(url)) for url in mime.urls() if url.isLocalFile()]


class FrameStrip(QListView):
    """The frames left to right. Drops of files insert frames where they land; dragging a
    frame moves it. Both are told as signals: the view changes the board."""

    files_dropped = Signal(list, int)  # paths, the position to insert at
    move_requested = Signal(int, int)  # from row, the row it goes before (Qt's convention)
    geometry_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_row: int | None = None
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setSpacing(CARD_GAP // 2)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the strip draws its own insertion mark
        self.setItemDelegate(FrameDelegate(self))
        # Cards on the window's own colour: a band of film, not a white box.
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setAccessibleName(self.tr("Frames"))
        self.setAccessibleDescription(
            self.tr(
                "The storyboard's frames in order. Delete removes the selected frame, "
                "Ctrl+D duplicates it, Alt+Left and Alt+Right move it."
            )
        )
        line = QFontMetrics(self.font()).height()
        card = CARD_PADDING * 2 + THUMB_HEIGHT + 6 + line
        self.setFixedHeight(card + CARD_GAP + self.horizontalScrollBar().sizeHint().height() + 4)

    def insert_position(self, pos: QPoint) -> int:
        """Where a drop at ``pos`` (viewport coordinates) puts frames: before or after the
        frame under it, by which half it lands on."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        for row in range(count):
            rect = self.visualRect(model.index(row, 0))
            if pos.x() < rect.center().x():
                return row
        return count

    def _internal_rows(self, event: QDropEvent | QDragMoveEvent) -> list[int]:
        mime = event.mimeData()
        if event.source() is not self or not mime.hasFormat(FRAME_MIME):
            return []
        try:
            rows = json.loads(bytes(mime.data(FRAME_MIME).data()).decode("ascii"))
        except ValueError:
            return []
        return [r for r in rows if isinstance(r, int)]

    def _accept_drag(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self._internal_rows(event):
            event.setDropAction(Qt.DropAction.MoveAction)
        elif dropped_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
        else:
            event.ignore()
            return
        event.accept()
        self._drop_row = self.insert_position(event.position().toPoint())
        self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        self._accept_drag(event)
        x = event.position().x()
        bar = self.horizontalScrollBar()
        if x < DROP_SCROLL_MARGIN:
            bar.setValue(bar.value() - DROP_SCROLL_STEP)
        elif x > self.viewport().width() - DROP_SCROLL_MARGIN:
            bar.setValue(bar.value() + DROP_SCROLL_STEP)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt's name)
        self._drop_row = None
        self.viewport().update()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        position = self.insert_position(event.position().toPoint())
        self._drop_row = None
        self.viewport().update()
        rows = self._internal_rows(event)
        if rows:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.move_requested.emit(rows[0], position)
            return
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(paths, position)

    def updateGeometries(self) -> None:  # noqa: N802 (Qt's name)
        super().updateGeometries()
        self.geometry_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.geometry_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if count and self._drop_row is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not count:
            area = QRectF(self.viewport().rect()).adjusted(8, 8, -8, -8)
            painter.setPen(QPen(theme.muted(palette), theme.ZONE_BORDER, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(area, theme.ZONE_RADIUS, theme.ZONE_RADIUS)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "Drop images or a folder here to lay out your story frame by frame,\n"
                    "or use Add frames…"
                ),
            )
        if self._drop_row is not None:
            if count and self._drop_row < count:
                x = self.visualRect(model.index(self._drop_row, 0)).left() - CARD_GAP / 2
            elif count:
                x = self.visualRect(model.index(count - 1, 0)).right() + CARD_GAP / 2
            else:
                x = 12
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawLine(round(x), 6, round(x), self.viewport().height() - 6)


# --- shots -------------------------------------------------------------------------------------
