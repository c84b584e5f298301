"""The Storyboard view: a row of frames cut into shots, rendered through the ordinary queue.

The board (:class:`app.core.storyboard.Storyboard`) is the document; this view shows and
edits it and never keeps a second copy of its state:

* **Frames**: a horizontal strip (one list view over :class:`FrameStripModel`, painted by
  :class:`FrameDelegate`). Drop images or a folder on it, reorder by dragging or with
  Alt+←/→, duplicate with Ctrl+D, remove with Delete. Every frame is checked in a worker
  thread against the image rules of the model fields it fills (``frame_problems``), and is
  drawn green or red with the first failing rule as its tooltip.
* **Shots**: a row of cards under the strip (:class:`ShotRow`, over :class:`ShotModel`),
  each under its frame, or between its two frames in the per-pair cut, showing its state,
  thumbnail, length and cost. Selecting one shows its model, prompt and settings in the same
  schema-built :class:`ParameterPanel` as the single-shot view (image fields hidden: the cut
  fills them from the frames), with "Apply to all shots".
* **Cut**: one clip per frame or per pair of frames. A model that cannot take a last frame
  in the per-pair cut is said inline, with one button for the model that can.
* **Generate all / selected**: :func:`render_storyboard` through the window's one Engine,
  so each shot is an ordinary job in the queue (a second view of the same queue sits beside
  the player). The price comes first in an inline, non-modal confirmation; an unreadable
  price blocks a paid render and says why. Shots whose inputs have not changed keep their
  clip and are not paid for again.
* **Play sequence** (:class:`SequencePlayer`): finished clips back to back, held first
  frames for the rest.
* **Continue from last frame**: the clip's final frame (PyAV, in a worker) becomes a new
  frame right after the shot's frames.
* **The document**: New, Open, Open recent, Save, Save as, export of one MP4 and of the shot
  list as JSON or CSV. File dialogs are opened with ``open()``; slow work runs in workers.

Saving: a board that has a file is saved automatically a moment after every change (and
when the window closes), so nothing is lost and there is never an unsaved board with a
file. A board without a file yet is only kept in memory: replacing it or quitting asks first
(non-modally) whether to save it. Jobs finish in the queue even when the board is closed;
opening the board again (or their job events, while it is open) gives the clips to their
shots (:func:`attach_finished_jobs`).

Public API (embedded by the main window)::

    StoryboardView(settings, controller, catalogue, queue_model, *, engine_kind, parent=None)
        board                               the open Storyboard
        add_frames(paths, at=None) -> int   images, or every image of a folder
        paste_frames()                      image files from the clipboard
        duplicate_frame(), remove_frame(), move_frame(step)   on the selected frame
        set_cut_mode(mode), use_suggested_model()
        select_shot(row, extend=False, toggle=False), selected_shots() -> list[int]
        apply_to_all(prompt=False)
        generate(only_selected=False), generate_blocker(only=None) -> str
        play_sequence(from_row=0), refresh_sequence()
        continue_from_shot(row), continue_from_job(job), extract_last_frame(job, on_done)
        new_board(), open_board(path), save() -> bool, save_as(path) -> bool,
        request_open(), request_save_as(then=None), ask_before_closing(then) -> bool
        export_video(path), export_shot_list(path, "json" | "csv")
        file_actions() -> list[QAction | None]      the File menu's entries
        status_message(str), show_requested(), reuse_requested(Job), board_replaced(),
        board_changed(), frames_checked(), confirmation_requested(BoardEstimate),
        render_finished(RenderReport), render_failed(str), sequence_ready(),
        export_finished(Path), export_failed(str), continued(Path)

    ModeSwitch: the toolbar's "Single shot" | "Storyboard" segments; chosen(str)
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api.storyboard_runner import (
    BoardEstimate,
    RenderEvent,
    RenderEventKind,
    RenderReport,
    attach_finished_jobs,
    render_storyboard,
)
from app.core import images
from app.core.catalogue import Catalogue, Model
from app.core.errors import StoryreelError
from app.core.jobs import Job
from app.core.settings import Settings
from app.core.storyboard import (
    FILE_SUFFIX,
    CutMode,
    Frame,
    PlannedShot,
    Segment,
    Shot,
    ShotStatus,
    Storyboard,
    export_shot_list_csv,
    export_shot_list_json,
    frame_problems,
    input_key,
    is_image_file,
    plan_shots,
    remember_recent,
    sequence,
    shot_status,
)
from app.ui import theme
from app.ui.local_files import local_path
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD, ModeSwitch  # noqa: F401 (re-exported)
from app.ui.panel import ModelPicker, ParameterPanel, carry_values
from app.ui.queue_model import QueueModel, money
from app.ui.queue_view import QueueView
from app.ui.sequence_player import SequencePlayer
from app.ui.workers import run_in_thread

if TYPE_CHECKING:
    from app.ui.bridge import Controller

log = logging.getLogger(__name__)

OFFLINE = "offline"

CARD_WIDTH = 164
CARD_GAP = 14
CARD_PADDING = 8
THUMB_WIDTH = CARD_WIDTH - 2 * CARD_PADDING
THUMB_HEIGHT = round(THUMB_WIDTH * 9 / 16)
CONNECTOR_HEIGHT = 14
BADGE = 22
# Thumbnails are decoded at twice their drawn size: sharp at 200 % scaling.
PICTURE_SIDE = THUMB_WIDTH * 2
PICTURE_CACHE_SIZE = 600
FRAME_MIME = "application/x-storyreel-frames"
AUTOSAVE_MS = 800
REPLAN_MS = 120
SEQUENCE_REFRESH_MS = 250
DROP_SCROLL_MARGIN = 32
DROP_SCROLL_STEP = 24

FRAME_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3
SHOT_ROLE = Qt.ItemDataRole.UserRole + 10
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 11
STATUS_ROLE = Qt.ItemDataRole.UserRole + 12
STATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 13
ACCENT_ROLE = Qt.ItemDataRole.UserRole + 14
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 15
COST_ROLE = Qt.ItemDataRole.UserRole + 16
FRAME_ROWS_ROLE = Qt.ItemDataRole.UserRole + 17
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 18
MODEL_NAME_ROLE = Qt.ItemDataRole.UserRole + 19

# Verdicts of a frame's check.
CHECKING = "checking"
VALID = "valid"
INVALID = "invalid"

# The shot's job has been sent and waits (Queued) or is being made (Rendering).
_WAITING_STATES = frozenset({"pending", "submitting", "queued"})


def tr(text: str) -> str:
    return QCoreApplication.translate("Storyboard", text)


# --- work done in worker threads ---------------------------------------------------------------


def _qimage(picture: Any) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    picture = picture.convert("RGBA") if picture.mode != "RGBA" else picture
    data = picture.tobytes("raw", "RGBA")
    image = QImage(
        data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888
    )
    return image.copy()


def _frame_picture(path: Path) -> QImage:
    return _qimage(images.make_thumbnail(path, max_side=PICTURE_SIDE))


def _clip_picture(path: Path) -> QImage:
    """The frame half-way through a clip: what the shot looks like once it moves."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        middle = None
        if stream.duration and stream.time_base:
            middle = float(stream.duration * stream.time_base) / 2
        chosen = None
        for frame in container.decode(stream):
            chosen = frame
            if middle is None or (frame.time is not None and frame.time >= middle):
                break
        if chosen is None:
            raise OSError(f"{path.name} has no video frames.")
        picture = chosen.to_image()
    picture.thumbnail((PICTURE_SIDE, PICTURE_SIDE))
    return _qimage(picture)


def _frame_verdicts(
    snapshot: Storyboard, catalogue: Catalogue, indexes: list[int]
) -> dict[str, tuple[str, str]]:
    """Each frame's verdict: (VALID or INVALID, the first failing rule without its label)."""
    verdicts: dict[str, tuple[str, str]] = {}
    frames = snapshot.frames
    for index in indexes:
        frame = frames[index]
        problems = [p for p in frame_problems(snapshot, index, catalogue) if p.blocking]
        if not problems:
            verdicts[frame.id] = (VALID, "")
            continue
        message = problems[0].message
        label = f"Frame {index + 1} ({frame.name}): "
        if message.startswith(label):
            message = message[len(label) :]
        verdicts[frame.id] = (INVALID, message)
    return verdicts


def _input_keys(work: list[tuple[str, PlannedShot]]) -> dict[str, str]:
    """Input keys hash the frames' bytes: worked out here, never on the interface thread."""
    return {signature: input_key(planned) for signature, planned in work}


def _open_board(path: Path, jobs: list[Job], catalogue: Catalogue) -> tuple[Storyboard, list[int]]:
    """Read a board and give its shots the clips of jobs that finished while it was closed."""
    board = Storyboard.load(path)
    changed = attach_finished_jobs(board, jobs, catalogue)
    if changed:
        board.save()
    return board, changed


def extract_last_frame(clip: Path, folder: Path) -> Path:
    """The clip's final frame as a PNG in ``folder`` (PyAV; call it off the UI thread)."""
    from app.core.video import last_frame

    return last_frame(clip, Path(folder) / f"{Path(clip).stem}-last-frame.png")


def _export_video(
    snapshot: Storyboard,
    catalogue: Catalogue,
    path: Path,
    progress: Callable[[int, int], None],
) -> Any:
    from app.core.video import export_sequence

    return export_sequence(sequence(snapshot, catalogue), path, progress=progress)


def _playable(job: Job) -> Path | None:
    for name in job.files:
        path = Path(name)
        if path.is_file():
            return path
    return None


class ExportCancelled(Exception):
    """Raised from the progress callback: the user stopped the export."""


class _ExportProgress(QObject):
    """Lives in the GUI thread; the export's worker reports frames through it."""

    progressed = Signal(int, int)


# --- pictures ----------------------------------------------------------------------------------


class PictureCache(QObject):
    """Thumbnails of frames and clips, made in worker threads; ``updated`` when one arrives."""

    updated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._loading: set[str] = set()

    def image(self, path: Path | str | None, *, clip: bool = False) -> QImage | None:
        """The picture when it is ready; otherwise start making it and return None."""
        if path is None:
            return None
        key = str(path)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if key not in self._loading:
            self._loading.add(key)
            run_in_thread(
                _clip_picture if clip else _frame_picture,
                Path(key),
                owner=self,
                on_done=lambda image, k=key: self._store(k, image),
                on_error=lambda _error, k=key: self._store(k, None),
            )
        return None

    def _store(self, key: str, image: QImage | None) -> None:
        self._loading.discard(key)
        self._images[key] = image
        while len(self._images) > PICTURE_CACHE_SIZE:
            self._images.popitem(last=False)
        self.updated.emit(key)


def _draw_picture(
    painter: QPainter, target: QRect, image: QImage | None, palette: QPalette
) -> None:
    """A thumbnail fitted into ``target`` on a quiet backdrop (only the backdrop while loading)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(QRectF(target), 4, 4)
    if image is not None and not image.isNull():
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = target.left() + (target.width() - size.width()) / 2
        y = target.top() + (target.height() - size.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
    painter.restore()


# --- frames ------------------------------------------------------------------------------------


class FrameStripModel(QAbstractListModel):
    """The board's frames in order, with each frame's verdict. Moves go to the board."""

    frames_moved = Signal()

    def __init__(self, pictures: PictureCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board: Storyboard | None = None
        self._frames: list[Frame] = []  # the board's list, copied once per change
        self._pictures = pictures
        self._verdicts: dict[str, tuple[str, str]] = {}

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
            return f"{label}: {problem}"
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
        board.move_frame(source_row, final)
        self._frames = board.frames
        self.endMoveRows()
        self.frames_moved.emit()
        return True


def _card_fill(palette: QPalette, selected: bool) -> QColor:
    """A card's background: the base colour, tinted a fifth of the way to the highlight
    when selected, so the picture on it stays readable."""
    fill = QColor(palette.color(QPalette.ColorRole.Base))
    if not selected:
        return fill
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return QColor(
        (fill.red() * 4 + highlight.red()) // 5,
        (fill.green() * 4 + highlight.green()) // 5,
        (fill.blue() * 4 + highlight.blue()) // 5,
    )


class FrameDelegate(QStyledItemDelegate):
    """One frame card: its number, thumbnail and file name, bordered by its verdict."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(CARD_WIDTH, CARD_PADDING * 2 + THUMB_HEIGHT + 6 + line)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        frame = index.data(FRAME_ROLE)
        if frame is None:
            return
        palette = option.palette
        verdict = index.data(VERDICT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent = {
            VALID: theme.accent(theme.Accent.VALID, palette),
            INVALID: theme.accent(theme.Accent.INVALID, palette),
        }.get(verdict, theme.accent(theme.Accent.CHECKING, palette))
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(_card_fill(palette, selected))
        border = palette.color(QPalette.ColorRole.Highlight) if selected else accent
        painter.setPen(QPen(border, 3.0 if selected else theme.ZONE_BORDER))
        painter.drawRoundedRect(rect, 8, 8)
        if focused and selected:
            painter.setPen(QPen(accent, 1.5))
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 6, 6)

        top_left = option.rect.topLeft() + QPoint(CARD_PADDING, CARD_PADDING)
        thumb = QRect(top_left, QSize(THUMB_WIDTH, THUMB_HEIGHT))
        _draw_picture(painter, thumb, index.data(PICTURE_ROLE), palette)

        badge = QRectF(thumb.left() + 4, thumb.top() + 4, BADGE, BADGE)
        back = QColor(palette.color(QPalette.ColorRole.Window))
        back.setAlpha(225)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawEllipse(badge)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(NUMBER_ROLE)))

        metrics = QFontMetrics(option.font)
        line = metrics.height()
        text_top = thumb.bottom() + 6
        mark = {VALID: "✓", INVALID: "✗"}.get(verdict, "…")
        mark_width = metrics.horizontalAdvance(mark) + 4
        name_rect = QRect(thumb.left(), text_top, THUMB_WIDTH - mark_width, line)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = metrics.elidedText(frame.name, Qt.TextElideMode.ElideMiddle, name_rect.width())
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setPen(accent)
        painter.drawText(
            QRect(thumb.right() - mark_width, text_top, mark_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            mark,
        )
        painter.restore()


def _dropped_paths(mime: QMimeData) -> list[Path]:
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
        elif _dropped_paths(event.mimeData()):
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
        paths = _dropped_paths(event.mimeData())
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


def state_text(status: ShotStatus | None, job_state: str | None, errors: bool) -> str:
    """A shot's state in the words its card shows."""
    if status is None:
        return tr("Checking…")
    if status is ShotStatus.RENDERING:
        return tr("Queued") if job_state in _WAITING_STATES else tr("Rendering")
    if status is ShotStatus.NOT_RENDERED and errors:
        return tr("Not ready")
    return {
        ShotStatus.DONE: tr("Done"),
        ShotStatus.NOT_RENDERED: tr("Not rendered"),
        ShotStatus.OUT_OF_DATE: tr("Out of date"),
        ShotStatus.CLIP_MISSING: tr("Clip missing"),
        ShotStatus.FAILED: tr("Failed"),
        ShotStatus.CANCELLED: tr("Cancelled"),
        ShotStatus.UNCERTAIN: tr("Uncertain"),
    }[status]


def state_accent(status: ShotStatus | None, errors: bool) -> theme.Accent:
    if status is ShotStatus.DONE:
        return theme.Accent.VALID
    if status in (ShotStatus.FAILED, ShotStatus.CLIP_MISSING):
        return theme.Accent.INVALID
    if status in (ShotStatus.UNCERTAIN, ShotStatus.OUT_OF_DATE):
        return theme.Accent.WARNING
    if status is ShotStatus.NOT_RENDERED and errors:
        return theme.Accent.WARNING
    if status is ShotStatus.RENDERING or status is None:
        return theme.Accent.CHECKING
    return theme.Accent.NEUTRAL


def _signature(planned: PlannedShot) -> str:
    """What a shot's input key depends on, cheaply: its model, its values and the files'
    sizes and modification times (the key itself hashes their content, in a worker)."""
    stats = []
    for frame in planned.frames:
        try:
            stat = frame.image.stat()
            stats.append([str(frame.image), stat.st_size, stat.st_mtime_ns])
        except OSError:
            stats.append([str(frame.image), None, None])
    return json.dumps([planned.model_id, planned.values, stats], sort_keys=True, default=str)


class ShotModel(QAbstractListModel):
    """The shots of the current cut, planned, with their state, length, cost and picture."""

    def __init__(
        self, catalogue: Catalogue, pictures: PictureCache, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._pictures = pictures
        self._board: Storyboard | None = None
        self._planned: list[PlannedShot] = []
        self._signatures: list[str] = []
        self._frame_rows: list[tuple[int, ...]] = []
        self._statuses: list[ShotStatus | None] = []
        self._keys: dict[str, str] = {}
        self._last_status: dict[str, ShotStatus] = {}
        self._prices: dict[str, float | None] = {}

    def set_board(self, board: Storyboard) -> None:
        self._board = board
        self._prices = {}
        self._last_status = {}
        self.replan()

    def replan(self) -> list[tuple[str, PlannedShot]]:
        """Plan every shot again; returns the input keys still to work out (in a worker)."""
        self.beginResetModel()
        board = self._board
        self._planned = plan_shots(board, self._catalogue) if board is not None else []
        self._signatures = [_signature(p) for p in self._planned]
        positions = {f.id: i for i, f in enumerate(board.frames)} if board is not None else {}
        self._frame_rows = [tuple(positions[f.id] for f in p.frames) for p in self._planned]
        self._compute_statuses()
        self.endResetModel()
        if len(self._keys) > 4 * max(64, len(self._planned)):
            wanted = set(self._signatures)
            self._keys = {s: k for s, k in self._keys.items() if s in wanted}
        return [
            (signature, dataclasses.replace(p, shot=copy.copy(p.shot)))
            for signature, p in zip(self._signatures, self._planned, strict=True)
            if signature not in self._keys
        ]

    def set_keys(self, keys: dict[str, str]) -> None:
        self._keys.update(keys)
        self.refresh()

    def refresh(self) -> None:
        """Job states or clips changed (not the inputs): work the states out again."""
        self._compute_statuses()
        if self._planned:
            self.dataChanged.emit(self.index(0), self.index(len(self._planned) - 1))

    def set_prices(self, estimate: BoardEstimate) -> None:
        for price in estimate.prices:
            if 0 <= price.index < len(self._planned):
                self._prices[self._planned[price.index].shot.id] = price.estimate
        self.refresh()

    def _compute_statuses(self) -> None:
        statuses: list[ShotStatus | None] = []
        for planned, signature in zip(self._planned, self._signatures, strict=True):
            shot = planned.shot
            key = self._keys.get(signature)
            if key is not None:
                status: ShotStatus | None = shot_status(planned, key)
            elif shot.job_state in _WAITING_STATES or shot.job_state in ("running", "downloading"):
                status = ShotStatus.RENDERING
            elif shot.clip is None and shot.job_state is None:
                status = ShotStatus.NOT_RENDERED
            else:
                status = self._last_status.get(shot.id)
            if status is not None:
                self._last_status[shot.id] = status
            statuses.append(status)
        self._statuses = statuses

    # -- reading --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._planned)

    def planned(self, row: int) -> PlannedShot:
        return self._planned[row]

    def all_planned(self) -> list[PlannedShot]:
        return list(self._planned)

    def status(self, row: int) -> ShotStatus | None:
        return self._statuses[row]

    def row_of(self, shot_id: str) -> int | None:
        for row, planned in enumerate(self._planned):
            if planned.shot.id == shot_id:
                return row
        return None

    def frame_rows(self, row: int) -> tuple[int, ...]:
        return self._frame_rows[row]

    def cost_text(self, row: int) -> str:
        shot = self._planned[row].shot
        if self._statuses[row] is ShotStatus.DONE:
            if shot.clip_engine == OFFLINE:
                return tr("Free preview")
            return money(shot.cost) if shot.cost is not None else ""
        price = self._prices.get(shot.id)
        if price is None:
            return ""
        return tr("Free") if price == 0 else tr("≈ {price}").format(price=money(price))

    def picture(self, row: int) -> QImage | None:
        planned = self._planned[row]
        if self._statuses[row] is ShotStatus.DONE and planned.shot.clip is not None:
            return self._pictures.image(planned.shot.clip, clip=True)
        return self._pictures.image(planned.frames[0].image) if planned.frames else None

    def model_name(self, row: int) -> str:
        planned = self._planned[row]
        return planned.model.display_name if planned.model is not None else planned.model_id

    def describe(self, row: int) -> str:
        """The card in one sentence, for screen readers and tooltips."""
        planned = self._planned[row]
        parts = [
            tr("Shot {n}").format(n=planned.number),
            state_text(self._statuses[row], planned.shot.job_state, bool(planned.errors)),
            f"{planned.seconds:g} s",
            self.model_name(row),
        ]
        cost = self.cost_text(row)
        if cost:
            parts.append(cost)
        text = ", ".join(parts)
        if planned.errors and self._statuses[row] is not ShotStatus.DONE:
            text += ". " + planned.errors[0].message
        elif planned.shot.error and self._statuses[row] in (
            ShotStatus.FAILED,
            ShotStatus.UNCERTAIN,
        ):
            text += ". " + planned.shot.error
        return text

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._planned):
            return None
        row = index.row()
        planned = self._planned[row]
        status = self._statuses[row]
        errors = bool(planned.errors)
        if role == SHOT_ROLE:
            return planned.shot
        if role == PLANNED_ROLE:
            return planned
        if role == STATUS_ROLE:
            return status.value if status is not None else None  # Qt hands enums back as str
        if role == STATE_TEXT_ROLE:
            return state_text(status, planned.shot.job_state, errors)
        if role == ACCENT_ROLE:
            return state_accent(status, errors)
        if role == SECONDS_ROLE:
            return planned.seconds
        if role == COST_ROLE:
            return self.cost_text(row)
        if role == FRAME_ROWS_ROLE:
            return self._frame_rows[row]
        if role == PICTURE_ROLE:
            return self.picture(row)
        if role == MODEL_NAME_ROLE:
            return self.model_name(row)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.describe(row)
        return None


class ShotRow(QWidget):
    """The shot cards, each under its frame (or between its two frames), scrolled with the
    strip. Click to select (Ctrl/Shift for more), ←/→ to move, Enter plays from the shot."""

    current_changed = Signal(str)  # shot id ("" when none)
    selection_changed = Signal()
    menu_requested = Signal(int, QPoint)  # row, global position
    activated = Signal(int)  # row

    def __init__(
        self,
        strip: FrameStrip,
        model: ShotModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.strip = strip
        self.model = model
        self._current = ""
        self._selected: set[str] = set()
        self._anchor = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Shots"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = QFontMetrics(self.font()).height()
        self._card_height = CARD_PADDING * 2 + THUMB_HEIGHT + 6 + 3 * line
        self.setFixedHeight(CONNECTOR_HEIGHT + self._card_height + 4)
        strip.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        strip.geometry_changed.connect(self.update)
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(lambda *_: self._data_changed())

    # -- selection ------------------------------------------------------------------------

    def current_id(self) -> str:
        return self._current

    def current_row(self) -> int | None:
        return self.model.row_of(self._current) if self._current else None

    def selected_rows(self) -> list[int]:
        rows = [self.model.row_of(i) for i in self._selected]
        return sorted(r for r in rows if r is not None)

    def set_current_row(
        self, row: int | None, *, extend: bool = False, toggle: bool = False
    ) -> None:
        count = self.model.rowCount()
        if row is None or not 0 <= row < count:
            changed = bool(self._current)
            self._current, self._selected, self._anchor = "", set(), ""
            self.update()
            if changed:
                self.current_changed.emit("")
                self.selection_changed.emit()
            return
        shot_id = self.model.planned(row).shot.id
        if toggle:
            if shot_id in self._selected and len(self._selected) > 1:
                self._selected.discard(shot_id)
            else:
                self._selected.add(shot_id)
            self._anchor = shot_id
        elif extend and self._anchor and self.model.row_of(self._anchor) is not None:
            anchor = self.model.row_of(self._anchor)
            assert anchor is not None
            low, high = sorted((anchor, row))
            self._selected = {self.model.planned(r).shot.id for r in range(low, high + 1)}
        else:
            self._selected = {shot_id}
            self._anchor = shot_id
        changed = shot_id != self._current
        self._current = shot_id
        self._scroll_to(row)
        self._refresh_accessibility()
        self.update()
        if changed:
            self.current_changed.emit(shot_id)
        self.selection_changed.emit()

    def select_all(self) -> None:
        self._selected = {p.shot.id for p in self.model.all_planned()}
        self.update()
        self.selection_changed.emit()

    def _model_reset(self) -> None:
        """Keep the selection by shot, not by position: a replan may move shots around."""
        present = {p.shot.id for p in self.model.all_planned()}
        self._selected &= present
        if self._current not in present:
            self._current = ""
        self._refresh_accessibility()
        self.update()

    def _data_changed(self) -> None:
        self._refresh_accessibility()
        self.update()

    def _refresh_accessibility(self) -> None:
        row = self.current_row()
        self.setAccessibleDescription(self.model.describe(row) if row is not None else "")

    def _scroll_to(self, row: int) -> None:
        frames = self.model.frame_rows(row)
        strip_model = self.strip.model()
        if frames and strip_model is not None:
            self.strip.scrollTo(strip_model.index(frames[-1], 0))
            self.strip.scrollTo(strip_model.index(frames[0], 0))

    # -- geometry -------------------------------------------------------------------------

    def _strip_offset(self) -> int:
        """Where the strip's viewport starts, in this widget's coordinates."""
        window = self.window()
        strip_left = self.strip.viewport().mapTo(window, QPoint(0, 0)).x()
        return strip_left - self.mapTo(window, QPoint(0, 0)).x()

    def _frame_centres(self, row: int) -> list[float]:
        strip_model = self.strip.model()
        if strip_model is None:
            return []
        offset = self._strip_offset()
        centres = []
        for frame_row in self.model.frame_rows(row):
            rect = self.strip.visualRect(strip_model.index(frame_row, 0))
            if rect.isValid():
                centres.append(rect.center().x() + 0.5 + offset)
        return centres

    def card_rect(self, row: int) -> QRect | None:
        centres = self._frame_centres(row)
        if not centres:
            return None
        centre = sum(centres) / len(centres)
        return QRect(
            round(centre - CARD_WIDTH / 2), CONNECTOR_HEIGHT, CARD_WIDTH, self._card_height
        )

    def row_at(self, pos: QPoint) -> int | None:
        for row in range(self.model.rowCount()):
            rect = self.card_rect(row)
            if rect is not None and rect.contains(pos):
                return row
        return None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        count = self.model.rowCount()
        if not count:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("The shots cut from your frames appear here.")
            if self.strip.model() is not None and self.strip.model().rowCount() == 1:
                text = self.tr(
                    "One clip per pair of frames needs at least two frames: add another."
                )
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        visible = event.rect()
        for row in range(count):
            rect = self.card_rect(row)
            if rect is None or not rect.adjusted(-CARD_WIDTH, 0, CARD_WIDTH, 0).intersects(visible):
                continue
            self._paint_connector(painter, row, rect, palette)
            self._paint_card(painter, row, rect, palette)

    def _paint_connector(self, painter: QPainter, row: int, card: QRect, palette: QPalette) -> None:
        """A bracket from the card up to the frame (or the two frames) it is cut from."""
        centres = self._frame_centres(row)
        painter.setPen(QPen(theme.muted(palette), 1.5))
        middle = card.center().x()
        if len(centres) >= 2:
            left, right = min(centres), max(centres)
            painter.drawLine(round(left), 0, round(left), 5)
            painter.drawLine(round(right), 0, round(right), 5)
            painter.drawLine(round(left), 5, round(right), 5)
            painter.drawLine(middle, 5, middle, card.top())
        else:
            painter.drawLine(middle, 0, middle, card.top())

    def _paint_card(self, painter: QPainter, row: int, rect: QRect, palette: QPalette) -> None:
        index = self.model.index(row)
        planned = self.model.planned(row)
        shot_id = planned.shot.id
        selected = shot_id in self._selected
        current = shot_id == self._current
        accent = theme.accent(index.data(ACCENT_ROLE), palette)
        status = self.model.status(row)  # the enum itself: through data() it is a plain str
        painter.save()
        card = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setBrush(_card_fill(palette, selected))
        border = palette.color(QPalette.ColorRole.Highlight) if selected else theme.muted(palette)
        painter.setPen(QPen(border, 3.0 if current else 1.0))
        painter.drawRoundedRect(card, 8, 8)
        if current and self.hasFocus():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.drawRoundedRect(card.adjusted(4, 4, -4, -4), 6, 6)
        # The state as a bar along the left edge, in its colour.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(
            QRectF(card.left() + 3, card.top() + 10, theme.ACCENT_BAR, card.height() - 20), 1.5, 1.5
        )

        thumb = QRect(
            rect.left() + CARD_PADDING, rect.top() + CARD_PADDING, THUMB_WIDTH, THUMB_HEIGHT
        )
        image = index.data(PICTURE_ROLE)
        if status is ShotStatus.DONE:
            _draw_picture(painter, thumb, image, palette)
        else:
            painter.setOpacity(0.45)
            _draw_picture(painter, thumb, image, palette)
            painter.setOpacity(1.0)

        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top = thumb.bottom() + 6
        bold = QFont(self.font())
        bold.setBold(True)
        title = self.tr("Shot {n} · {s} s").format(n=planned.number, s=f"{planned.seconds:g}")
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(thumb.left(), top, THUMB_WIDTH, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, THUMB_WIDTH),
        )
        small = theme.small_font(self)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(theme.muted(palette))
        painter.drawText(
            QRect(thumb.left(), top + line, THUMB_WIDTH, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                index.data(MODEL_NAME_ROLE) or "", Qt.TextElideMode.ElideRight, THUMB_WIDTH
            ),
        )
        # The state on the left in its colour, what it cost (or will cost) on the right.
        cost = index.data(COST_ROLE) or ""
        cost_width = small_metrics.horizontalAdvance(cost) + 6 if cost else 0
        state_top = top + 2 * line
        if cost:
            painter.drawText(
                QRect(thumb.left(), state_top, THUMB_WIDTH, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                cost,
            )
        state_font = QFont(small)
        state_font.setBold(True)
        painter.setFont(state_font)
        painter.setPen(accent)
        painter.drawText(
            QRect(thumb.left(), state_top, THUMB_WIDTH - cost_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(state_font).elidedText(
                index.data(STATE_TEXT_ROLE) or "",
                Qt.TextElideMode.ElideRight,
                THUMB_WIDTH - cost_width,
            ),
        )
        painter.restore()

    # -- input ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is None:
            super().mousePressEvent(event)
            return
        modifiers = event.modifiers()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.RightButton and row in self.selected_rows():
            return  # keep a multiple selection for its context menu
        self.set_current_row(
            row,
            extend=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            toggle=bool(modifiers & Qt.KeyboardModifier.ControlModifier),
        )
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is not None:
            self.activated.emit(row)
            event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        row = self.row_at(event.pos())
        if row is None:
            row = self.current_row()
        if row is not None:
            if self.model.planned(row).shot.id not in self._selected:
                self.set_current_row(row)
            self.menu_requested.emit(row, event.globalPos())
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        count = self.model.rowCount()
        row = self.current_row()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            if key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = count - 1
            elif row is None:
                target = 0
            else:
                step = -1 if key == Qt.Key.Key_Left else 1
                target = max(0, min(count - 1, row + step))
            self.set_current_row(target, extend=shift)
        elif key == Qt.Key.Key_A and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self.activated.emit(row)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        # The row has no scroll bar of its own: it scrolls with the strip.
        bar = self.strip.horizontalScrollBar()
        delta = event.angleDelta()
        steps = delta.x() if delta.x() else delta.y()
        bar.setValue(bar.value() - steps)
        event.accept()

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if not self._current and self.model.rowCount():
            self.set_current_row(0)
        self.update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()


# --- inline notices ----------------------------------------------------------------------------


class Notice(QFrame):
    """One inline message with its buttons: a suggestion, a price to confirm, an export."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._accent = theme.Accent.NEUTRAL
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACING + theme.ACCENT_BAR + 4, 6, theme.SPACING, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addLayout(self.buttons)
        self.hide()

    def show_message(
        self,
        text: str,
        accent: theme.Accent = theme.Accent.NEUTRAL,
        buttons: Iterable[tuple[str, Callable[[], None]]] = (),
    ) -> list[QPushButton]:
        self._accent = accent
        self.text.setText(text)
        self.setAccessibleName(text)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        made = []
        for label, slot in buttons:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setAccessibleName(label)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
            button.show()  # at once, not on the layout's next turn: it can be pressed now
            made.append(button)
        self.show()
        self.update()
        return made

    def clear(self) -> None:
        self.progress.hide()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent(self._accent, self.palette()))
        painter.drawRoundedRect(QRectF(4, 5, theme.ACCENT_BAR, self.height() - 10), 1.5, 1.5)


# --- the view ----------------------------------------------------------------------------------


class StoryboardView(QWidget):
    """The whole storyboard workflow in one widget; the window embeds it beside the single-
    shot view and adds its document actions to the File menu (:meth:`file_actions`)."""

    status_message = Signal(str)  # for the window's status bar
    show_requested = Signal()  # a board was made or opened: bring this view to the front
    reuse_requested = Signal(object)  # Job: load its settings into the single-shot panel
    board_replaced = Signal()  # another board is now open
    board_changed = Signal()  # anything on the board changed
    frames_checked = Signal()
    confirmation_requested = Signal(object)  # BoardEstimate, shown inline for an answer
    render_finished = Signal(object)  # RenderReport
    render_failed = Signal(str)
    sequence_ready = Signal()
    export_finished = Signal(object)  # Path
    export_failed = Signal(str)
    continued = Signal(object)  # the new frame's image path (Continue from last frame)

    def __init__(
        self,
        settings: Settings,
        controller: Controller,
        catalogue: Catalogue,
        queue_model: QueueModel,
        *,
        engine_kind: Callable[[], str] = lambda: OFFLINE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller = controller
        self.catalogue = catalogue
        self._queue_model = queue_model
        self._engine_kind = engine_kind
        self.board = Storyboard()
        self._dirty = False
        self._loading_shot = False
        self._syncing = False
        self._sized = False
        self._shown_shot = ""
        self._checking: set[str] = set()
        self._frame_signatures: dict[str, tuple[Any, ...]] = {}
        self._verdict_cache: dict[tuple[Any, ...], tuple[str, str]] = {}
        self._check_generation = 0
        self._key_generation = 0
        self._sequence_generation = 0
        self._jobs: dict[str, Job] = {}
        self._preparing = 0  # renders being priced, confirmed or sent
        self._export_cancel: threading.Event | None = None
        self._export_relay: _ExportProgress | None = None
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Storyboard"))

        self.pictures = PictureCache(self)
        self.strip_model = FrameStripModel(self.pictures, self)
        self.shot_model = ShotModel(catalogue, self.pictures, self)
        self.strip = FrameStrip(self)
        self.strip.setModel(self.strip_model)
        self.shot_row = ShotRow(self.strip, self.shot_model, self)
        self.pictures.updated.connect(self._picture_arrived)

        self._make_actions()
        self._build()
        self._wire()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_quietly)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(REPLAN_MS)
        self._replan_timer.timeout.connect(lambda: self._refresh(frames=False))
        self._sequence_timer = QTimer(self)
        self._sequence_timer.setSingleShot(True)
        self._sequence_timer.setInterval(SEQUENCE_REFRESH_MS)
        self._sequence_timer.timeout.connect(self.refresh_sequence)

        self._set_board(Storyboard())

    # -- building -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        *,
        shortcut: str | QKeySequence | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        pixmaps = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New storyboard"),
            self.new_board,
            shortcut="Ctrl+Shift+N",
            tip=self.tr("Start an empty storyboard"),
        )
        self.open_action = self._action(
            self.tr("&Open storyboard…"),
            self.request_open,
            shortcut="Ctrl+O",
            tip=self.tr("Open a storyboard file"),
        )
        self.recent_menu = QMenu(self.tr("Open &recent storyboard"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(
            self.tr("&Save storyboard"),
            self.save,
            shortcut="Ctrl+S",
            tip=self.tr("Save the storyboard (boards with a file are also saved as you work)"),
        )
        self.save_as_action = self._action(
            self.tr("Save storyboard &as…"),
            lambda: self.request_save_as(),
            shortcut="Ctrl+Shift+S",
            tip=self.tr("Save the storyboard to a new file"),
        )
        self.export_video_action = self._action(
            self.tr("&Export sequence as MP4…"),
            self.request_export_video,
            shortcut="Ctrl+E",
            tip=self.tr("One video of the whole board: finished clips, held frames for the rest"),
        )
        self.export_json_action = self._action(
            self.tr("Export shot list as &JSON…"),
            lambda: self.request_export_shot_list("json"),
            tip=self.tr("Every shot with its frames, model, prompt, settings, cost and clip"),
        )
        self.export_csv_action = self._action(
            self.tr("Export shot list as &CSV…"),
            lambda: self.request_export_shot_list("csv"),
            tip=self.tr("The shot list for a spreadsheet"),
        )
        self.add_action = self._action(
            self.tr("Add frames…"),
            self.request_add_frames,
            shortcut="Insert",
            tip=self.tr("Add images after the selected frame (Insert)"),
            icon=pixmaps.SP_FileIcon,
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate"),
            self.duplicate_frame,
            shortcut="Ctrl+D",
            tip=self.tr("Duplicate the selected frame, with its shot's settings (Ctrl+D)"),
        )
        self.remove_action = self._action(
            self.tr("Remove"),
            self.remove_frame,
            shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
            tip=self.tr("Remove the selected frame (Delete)"),
            icon=pixmaps.SP_TrashIcon,
        )
        self.move_left_action = self._action(
            self.tr("Move left"),
            lambda: self.move_frame(-1),
            shortcut="Alt+Left",
            tip=self.tr("Move the selected frame one place earlier (Alt+Left)"),
            icon=pixmaps.SP_ArrowLeft,
        )
        self.move_right_action = self._action(
            self.tr("Move right"),
            lambda: self.move_frame(1),
            shortcut="Alt+Right",
            tip=self.tr("Move the selected frame one place later (Alt+Right)"),
            icon=pixmaps.SP_ArrowRight,
        )
        for action in (
            self.add_action,
            self.duplicate_action,
            self.remove_action,
            self.move_left_action,
            self.move_right_action,
        ):
            # Frame keys act on the strip only: Delete in a prompt deletes text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.strip.addAction(action)
        self.continue_action = self._action(
            self.tr("Continue from last frame"),
            self.continue_from_current_shot,
            tip=self.tr(
                "The last frame of this shot's clip becomes a new frame right after it, so the "
                "scene goes on from where the clip ends"
            ),
        )
        self.play_from_action = self._action(
            self.tr("Play from this shot"),
            lambda: self.play_sequence(self._current_row() or 0),
        )
        self.generate_shot_action = self._action(
            self.tr("Generate selected shots"),
            lambda: self.generate(only_selected=True),
        )

    def _build(self) -> None:
        # -- top: the board's name, saving and exporting, playing and generating --
        self.title_label = QLabel(self)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("Storyboard name"))
        self.saved_label = QLabel(self)
        theme.make_small(self.saved_label)
        self.saved_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        save_button = QToolButton(self)
        save_button.setDefaultAction(self.save_action)
        save_button.setText(self.tr("Save"))
        save_button.setAutoRaise(True)
        export_button = QToolButton(self)
        export_button.setText(self.tr("Export"))
        export_button.setAccessibleName(self.tr("Export"))
        export_button.setToolTip(self.tr("Export the sequence as one MP4, or the shot list"))
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_button.setAutoRaise(True)
        export_menu = QMenu(export_button)
        export_menu.addAction(self.export_video_action)
        export_menu.addAction(self.export_json_action)
        export_menu.addAction(self.export_csv_action)
        export_button.setMenu(export_menu)

        self.play_button = QPushButton(self.tr("Play sequence"), self)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip(
            self.tr("Play the board: finished clips back to back, held frames for the rest")
        )
        self.play_button.clicked.connect(lambda: self.play_sequence(0))
        self.generate_button = QPushButton(self.tr("Generate all"), self)
        self.generate_button.setAccessibleName(self.tr("Generate all shots"))
        self.generate_button.clicked.connect(lambda: self.generate())
        self.generate_selected_button = QPushButton(self.tr("Generate selected"), self)
        self.generate_selected_button.setAccessibleName(self.tr("Generate the selected shots"))
        self.generate_selected_button.clicked.connect(lambda: self.generate(only_selected=True))
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why Generate is not available"))
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        theme.make_small(self.reason_label)

        top = QHBoxLayout()
        top.setSpacing(theme.SPACING)
        top.addWidget(self.title_label)
        top.addWidget(self.saved_label)
        top.addWidget(save_button)
        top.addWidget(export_button)
        top.addSpacing(theme.SECTION_SPACING)
        top.addWidget(self.reason_label, 1)
        top.addWidget(self.play_button)
        top.addWidget(self.generate_button)
        top.addWidget(self.generate_selected_button)

        # -- notices --
        self.suggestion_notice = Notice("cutSuggestion", self)
        self.confirm_notice = Notice("renderConfirmation", self)
        self.progress_notice = Notice("exportProgress", self)
        self.message_notice = Notice("storyboardMessage", self)

        # -- frames --
        frames_header = QHBoxLayout()
        frames_header.setSpacing(4)
        frames_title = QLabel(self.tr("Frames"), self)
        theme.make_small(frames_title, bold=True)
        frames_header.addWidget(frames_title)
        frames_header.addSpacing(theme.SPACING)
        for action in (
            self.add_action,
            self.duplicate_action,
            self.remove_action,
            self.move_left_action,
            self.move_right_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if not action.icon().isNull()
                else Qt.ToolButtonStyle.ToolButtonTextOnly
            )
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            frames_header.addWidget(button)
        frames_header.addStretch(1)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Board summary"))
        theme.make_small(self.summary_label)
        frames_header.addWidget(self.summary_label)

        # -- shots --
        shots_header = QHBoxLayout()
        shots_header.setSpacing(4)
        shots_title = QLabel(self.tr("Shots"), self)
        theme.make_small(shots_title, bold=True)
        shots_header.addWidget(shots_title)
        shots_header.addSpacing(theme.SPACING)
        cut_label = QLabel(self.tr("Cut:"), self)
        shots_header.addWidget(cut_label)
        self.per_frame_button = self._cut_button(CutMode.PER_FRAME, self.tr("One clip per frame"))
        self.per_pair_button = self._cut_button(
            CutMode.PER_PAIR, self.tr("One clip per pair of frames")
        )
        cut_label.setBuddy(self.per_frame_button)
        self.cut_group = QButtonGroup(self)
        self.cut_group.setExclusive(True)
        self.cut_group.addButton(self.per_frame_button)
        self.cut_group.addButton(self.per_pair_button)
        shots_header.addWidget(self.per_frame_button)
        shots_header.addWidget(self.per_pair_button)
        shots_header.addStretch(1)

        # -- below: the selected shot's settings, the sequence player, the queue --
        self.shot_title = QLabel(self)
        theme.make_small(self.shot_title, bold=True)
        self.shot_title.setAccessibleName(self.tr("Selected shot"))
        continue_button = QToolButton(self)
        continue_button.setDefaultAction(self.continue_action)
        continue_button.setAutoRaise(True)
        self.continue_button = continue_button
        self.picker = ModelPicker(self.catalogue.models(), self)
        self.panel = ParameterPanel(self)
        self.apply_button = QToolButton(self)
        self.apply_button.setText(self.tr("Apply to all shots"))
        self.apply_button.setAccessibleName(self.tr("Apply to all shots"))
        self.apply_button.setToolTip(
            self.tr("Give every shot this model and these settings; each keeps its own prompt")
        )
        self.apply_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.apply_button.clicked.connect(lambda: self.apply_to_all(prompt=False))
        apply_menu = QMenu(self.apply_button)
        self.apply_with_prompt_action = apply_menu.addAction(
            self.tr("Apply settings and prompt to all shots")
        )
        self.apply_with_prompt_action.triggered.connect(lambda: self.apply_to_all(prompt=True))
        self.apply_button.setMenu(apply_menu)

        settings_box = QWidget(self)
        settings_layout = QVBoxLayout(settings_box)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.shot_title, 1)
        title_row.addWidget(continue_button)
        settings_layout.addLayout(title_row)
        model_row = QHBoxLayout()
        model_label = QLabel(self.tr("&Model:"), settings_box)
        model_label.setBuddy(self.picker)
        model_row.addWidget(model_label)
        model_row.addWidget(self.picker, 1)
        settings_layout.addLayout(model_row)
        settings_layout.addWidget(self.panel, 1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addStretch(1)
        settings_layout.addLayout(apply_row)

        self.player = SequencePlayer(self)
        self.queue = QueueView(self._queue_model, self)
        self.queue.set_compact(True)

        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.setObjectName("storyboardSplitter")
        self.bottom.addWidget(settings_box)
        self.bottom.addWidget(self.player)
        self.bottom.addWidget(self.queue)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 4)
        self.bottom.setStretchFactor(2, 3)
        self.bottom.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.suggestion_notice)
        layout.addWidget(self.confirm_notice)
        layout.addWidget(self.progress_notice)
        layout.addWidget(self.message_notice)
        layout.addLayout(frames_header)
        layout.addWidget(self.strip)
        layout.addLayout(shots_header)
        layout.addWidget(self.shot_row)
        layout.addWidget(self.bottom, 1)

    def _cut_button(self, mode: CutMode, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(mode.label)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda: self.set_cut_mode(mode))
        return button

    def _wire(self) -> None:
        self.strip.files_dropped.connect(self.add_frames)
        self.strip.move_requested.connect(self._move_dropped)
        self.strip_model.frames_moved.connect(lambda: self._board_edited(frames=True))
        self.strip.selectionModel().currentChanged.connect(self._frame_selected)
        self.shot_row.current_changed.connect(self._shot_selected)
        self.shot_row.selection_changed.connect(self._update_generate)
        self.shot_row.menu_requested.connect(self._shot_menu)
        self.shot_row.activated.connect(self.play_sequence)
        self.picker.model_changed.connect(self._model_chosen)
        self.panel.changed.connect(self._panel_changed)
        self.queue.cancel_requested.connect(self.controller.cancel)
        self.queue.retry_requested.connect(lambda job_id: self.controller.retry(job_id))
        self.queue.retry_download_requested.connect(self.controller.retry_download)
        self.queue.remove_requested.connect(self.controller.remove)
        self.queue.reuse_requested.connect(self.reuse_requested)
        self.queue.continue_requested.connect(self.continue_from_job)
        bridge = self.controller.bridge
        bridge.job_created.connect(self._job_event)
        bridge.job_changed.connect(self._job_event)
        self.controller.ready.connect(self.engine_ready)
        self.controller.busy_changed.connect(lambda _busy: self._update_generate())

    # -- the board ------------------------------------------------------------------------

    def _set_board(self, board: Storyboard) -> None:
        self.player.set_segments([])
        self.board = board
        self._dirty = False
        self._shown_shot = ""
        self._frame_signatures = {}
        self.strip_model.set_board(board)
        self.shot_model.set_board(board)
        self.shot_row.set_current_row(None)
        self._refresh(frames=True)
        if self.shot_model.rowCount():
            self.shot_row.set_current_row(0)
        else:
            self._show_shot(None)
        self._update_title()
        self.board_replaced.emit()

    def _board_edited(self, *, frames: bool) -> None:
        """Something the user did changed the board: show it, and save it (when it has a file)."""
        self._mark_changed()
        self._refresh(frames=frames)

    def _mark_changed(self) -> None:
        self._dirty = True
        if self.board.path is not None:
            self._autosave.start()
        self._update_title()
        self.board_changed.emit()

    def _refresh(self, *, frames: bool) -> None:
        """Plan the shots again and bring every part of the view up to date."""
        self._replan_timer.stop()
        current = self.shot_row.current_id()
        pending = self.shot_model.replan()
        if pending:
            self._key_generation += 1
            generation = self._key_generation
            run_in_thread(
                _input_keys,
                pending,
                owner=self,
                on_done=lambda keys: self._keys_arrived(generation, keys),
                on_error=lambda error: log.warning("input keys could not be worked out: %s", error),
            )
        if frames:
            self.strip_model.reset()
        self._check_frames()
        if current and self.shot_model.row_of(current) is None:
            self.shot_row.set_current_row(None)
        if not self.shot_row.current_id() and self.shot_model.rowCount():
            frame_row = self.strip.currentIndex().row()
            self.shot_row.set_current_row(self._shot_for_frame(max(0, frame_row)))
        self._update_cut_buttons()
        self._update_suggestion()
        self._update_summary()
        self._update_generate()
        self._sequence_timer.start()

    def _keys_arrived(self, generation: int, keys: dict[str, str]) -> None:
        self.shot_model.set_keys(keys)
        self._update_summary()
        self._update_generate()
        self._update_shot_title(self._current_row())
        if generation == self._key_generation:
            self._sequence_timer.start()

    def _update_title(self) -> None:
        self.title_label.setText(self.board.name)
        if self.board.path is None:
            note = self.tr("not saved yet") if self.board.frames else ""
            tip = self.tr("This storyboard has no file yet: Save gives it one.")
        else:
            note = self.tr("saving…") if self._dirty else self.tr("saved")
            tip = str(self.board.path)
        self.saved_label.setText(note)
        self.title_label.setToolTip(tip)
        self.saved_label.setToolTip(tip)

    def _update_summary(self) -> None:
        frames = len(self.board.frames)
        shots = self.shot_model.rowCount()
        seconds = sum(p.seconds for p in self.shot_model.all_planned())
        done = sum(1 for row in range(shots) if self.shot_model.status(row) is ShotStatus.DONE)
        parts = [
            self.tr("%n frame(s)", "", frames),
            self.tr("%n shot(s)", "", shots),
            f"{seconds:g} s",
        ]
        if shots:
            parts.append(self.tr("{done} of {shots} rendered").format(done=done, shots=shots))
        self.summary_label.setText(" · ".join(parts))

    def _update_cut_buttons(self) -> None:
        pair = self.board.cut_mode is CutMode.PER_PAIR
        self.per_pair_button.setChecked(pair)
        self.per_frame_button.setChecked(not pair)

    def _update_suggestion(self) -> None:
        """Say so when the per-pair cut sits on a model that cannot take a last frame."""
        affected = [
            p
            for p in self.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        if not affected:
            self.suggestion_notice.clear()
            return
        first = next(pr for pr in affected[0].problems if pr.rule == "last_frame")
        numbers = ", ".join(str(p.number) for p in affected)
        text = self.tr(
            "{message} One clip per pair of frames goes from a first frame to a last frame, so "
            "consecutive clips meet where the frames meet (shots {numbers})."
        ).format(message=first.message, numbers=numbers)
        suggested = affected[0].suggested_model_id
        buttons: list[tuple[str, Callable[[], None]]] = []
        if suggested and suggested in self.catalogue:
            name = self.catalogue.get(suggested).display_name
            buttons.append((self.tr("Use {model}").format(model=name), self.use_suggested_model))
        buttons.append(
            (self.tr("One clip per frame instead"), lambda: self.set_cut_mode(CutMode.PER_FRAME))
        )
        self.suggestion_notice.show_message(text, theme.Accent.WARNING, buttons)

    def suggestion_buttons(self) -> list[QPushButton]:
        return [b for b in self.suggestion_notice.findChildren(QPushButton) if not b.isHidden()]

    # -- frames ---------------------------------------------------------------------------

    def current_frame_row(self) -> int | None:
        index = self.strip.currentIndex()
        return index.row() if index.isValid() else None

    def add_frames(self, paths: Sequence[Path | str], at: int | None = None) -> int:
        """Insert images (and every image of a folder) at ``at`` (the end by default).
        Files that are not images by their name are left out and said so."""
        wanted: list[Path] = []
        left_out: list[str] = []
        for item in paths:
            path = Path(item)
            if path.is_dir() or is_image_file(path):
                wanted.append(path)
            else:
                left_out.append(path.name)
        position = len(self.board.frames) if at is None else at
        added = self.board.insert_frames(position, wanted) if wanted else []
        messages = []
        if added:
            messages.append(self.tr("%n frame(s) added.", "", len(added)))
        elif wanted:
            messages.append(self.tr("No images were found in the dropped folder."))
        if left_out:
            messages.append(
                self.tr(
                    "Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF)."
                ).format(names=", ".join(left_out))
            )
        if messages:
            self._say(" ".join(messages))
        if not added:
            return 0
        self._board_edited(frames=True)
        self._select_frame(self.board.frame_index(added[0].id))
        return len(added)

    def paste_frames(self) -> None:
        """Ctrl+V: image files copied in a file manager become frames after the selected one."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = _dropped_paths(mime) if mime is not None else []
        if not paths:
            self._say(
                self.tr(
                    "The clipboard holds no image files: copy them in your file manager, or "
                    "drop them on the strip."
                )
            )
            return
        row = self.current_frame_row()
        self.add_frames(paths, len(self.board.frames) if row is None else row + 1)

    def request_add_frames(self) -> None:
        dialog = QFileDialog(self, self.tr("Add frames"))
        dialog.setNameFilters(
            [
                self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        row = self.current_frame_row()
        at = len(self.board.frames) if row is None else row + 1
        dialog.filesSelected.connect(lambda files: self.add_frames(files, at))
        self._open_dialog(dialog)

    def duplicate_frame(self) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        twin = self.board.duplicate_frame(row)
        self._board_edited(frames=True)
        self._select_frame(self.board.frame_index(twin.id))

    def remove_frame(self) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        frame = self.board.remove_frame(row)
        self._board_edited(frames=True)
        if self.board.frames:
            self._select_frame(min(row, len(self.board.frames) - 1))
        self._say(self.tr("Frame {n} ({name}) removed.").format(n=row + 1, name=frame.name))

    def move_frame(self, step: int) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < len(self.board.frames):
            return
        self.strip_model.moveRow(QModelIndex(), row, QModelIndex(), target + (1 if step > 0 else 0))
        self._select_frame(target)

    def _move_dropped(self, row: int, before: int) -> None:
        if self.strip_model.moveRow(QModelIndex(), row, QModelIndex(), before):
            self._select_frame(before if before < row else before - 1)

    def _select_frame(self, row: int) -> None:
        index = self.strip_model.index(row)
        if index.isValid():
            self.strip.setCurrentIndex(index)
            self.strip.scrollTo(index)

    def _frame_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return  # the shot chose this frame: the shot stays
        if current.isValid() and self.shot_model.rowCount():
            self.shot_row.set_current_row(self._shot_for_frame(current.row()))

    def _shot_for_frame(self, frame_row: int) -> int:
        return max(0, min(frame_row, self.shot_model.rowCount() - 1))

    def _check_frames(self) -> None:
        """Check the frames whose file or role changed, in a worker; the others keep their
        verdict."""
        board = self.board
        roles: dict[str, list[tuple[str, int]]] = {}
        for shot in board.shots:
            for position, frame_id in enumerate(shot.frame_ids):
                roles.setdefault(frame_id, []).append((shot.model_id, position))
        wanted: list[int] = []
        known: dict[str, tuple[str, str]] = {}
        signatures: dict[str, tuple[Any, ...]] = {}
        for index, frame in enumerate(board.frames):
            try:
                stat = frame.image.stat()
                stamp: tuple[Any, ...] = (stat.st_size, stat.st_mtime_ns)
            except OSError:
                stamp = ()
            signature = (str(frame.image), stamp, tuple(sorted(roles.get(frame.id, []))))
            signatures[frame.id] = signature
            cached = self._verdict_cache.get(signature)
            if cached is not None:
                known[frame.id] = cached
            elif not (
                frame.id in self._checking and self._frame_signatures.get(frame.id) == signature
            ):
                wanted.append(index)
        self._frame_signatures = signatures
        if known:
            self.strip_model.set_verdicts(known)
        if not wanted:
            if not self._checking:
                self.frames_checked.emit()
            self._update_generate()
            return
        self._check_generation += 1
        generation = self._check_generation
        checked = {board.frames[i].id: signatures[board.frames[i].id] for i in wanted}
        self._checking |= set(checked)
        self.strip_model.set_verdicts({frame_id: (CHECKING, "") for frame_id in checked})
        run_in_thread(
            _frame_verdicts,
            copy.deepcopy(board),
            self.catalogue,
            wanted,
            owner=self,
            on_done=lambda verdicts: self._frames_checked(generation, checked, verdicts),
            on_error=lambda error: self._frames_checked(
                generation, checked, {f: (INVALID, str(error)) for f in checked}
            ),
        )
        self._update_generate()

    def _frames_checked(
        self,
        generation: int,
        checked: dict[str, tuple[Any, ...]],
        verdicts: dict[str, tuple[str, str]],
    ) -> None:
        for frame_id, signature in checked.items():
            if frame_id in verdicts:
                self._verdict_cache[signature] = verdicts[frame_id]
        if len(self._verdict_cache) > 4096:
            self._verdict_cache.clear()
        current = {
            frame_id: verdict
            for frame_id, verdict in verdicts.items()
            if self._frame_signatures.get(frame_id) == checked.get(frame_id)
        }
        self.strip_model.set_verdicts(current)
        if generation == self._check_generation:
            self._checking.clear()
        else:
            self._checking -= set(current)
        self._update_generate()
        if not self._checking:
            self.frames_checked.emit()

    def frame_verdicts(self) -> list[str]:
        """Each frame's verdict in order: "checking", "valid" or "invalid"."""
        return [self.strip_model.verdict(f.id)[0] for f in self.board.frames]

    # -- cut and shots --------------------------------------------------------------------

    def set_cut_mode(self, mode: CutMode | str) -> None:
        mode = CutMode(mode)
        if mode is self.board.cut_mode:
            self._update_cut_buttons()
            return
        frame_row = self.current_frame_row()
        self.board.set_cut_mode(mode)
        self.shot_row.set_current_row(None)
        self._board_edited(frames=False)
        if self.shot_model.rowCount():
            self.shot_row.set_current_row(self._shot_for_frame(frame_row or 0))

    def use_suggested_model(self) -> None:
        """Put every shot that needs a last frame on the model that takes one (settings that
        fit are carried over), and make it the model of new shots too."""
        affected = [
            p
            for p in self.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        suggested = next((p.suggested_model_id for p in affected if p.suggested_model_id), None)
        if suggested is None or suggested not in self.catalogue:
            return
        target = self.catalogue.get(suggested)
        for planned in affected:
            self._move_shot_to(planned.shot, planned.model, target)
        old_default = (
            self.catalogue.get(self.board.model_id)
            if self.board.model_id in self.catalogue
            else None
        )
        self.board.values = _settings_for(old_default, self.board.values, self.board.prompt, target)
        self.board.model_id = target.model_id
        self._shown_shot = ""
        self._board_edited(frames=False)
        self._show_current_shot()
        self._say(
            self.tr("%n shot(s) now use {model}.", "", len(affected)).format(
                model=target.display_name
            )
        )

    def _move_shot_to(self, shot: Shot, old: Model | None, target: Model) -> None:
        shot.values = _settings_for(old, shot.values, shot.prompt, target)
        shot.model_id = target.model_id

    def apply_to_all(self, *, prompt: bool = False) -> None:
        """Every shot (and every new one) gets the selected shot's model and settings; its
        prompt too when asked."""
        row = self._current_row()
        model = self.panel.model()
        if row is None or model is None:
            return
        shot = self.shot_model.planned(row).shot
        self.board.apply_settings_to_all(
            model.model_id, dict(shot.values), prompt=shot.prompt if prompt else None
        )
        self._board_edited(frames=False)
        count = self.shot_model.rowCount()
        if prompt:
            text = self.tr("{model}, these settings and this prompt now apply to all {n} shots.")
        else:
            text = self.tr(
                "{model} and these settings now apply to all {n} shots; each keeps its prompt."
            )
        self._say(text.format(model=model.display_name, n=count))

    def selected_shots(self) -> list[int]:
        return self.shot_row.selected_rows()

    def select_shot(self, row: int, *, extend: bool = False, toggle: bool = False) -> None:
        self.shot_row.set_current_row(row, extend=extend, toggle=toggle)

    def _current_row(self) -> int | None:
        return self.shot_row.current_row()

    def _shot_selected(self, shot_id: str) -> None:
        self._show_current_shot()
        row = self._current_row()
        if row is None:
            return
        frames = self.shot_model.frame_rows(row)
        current = self.current_frame_row()
        if frames and current not in frames:
            self._syncing = True
            try:
                self.strip.setCurrentIndex(self.strip_model.index(frames[0]))
            finally:
                self._syncing = False

    def _show_current_shot(self) -> None:
        row = self._current_row()
        planned = self.shot_model.planned(row) if row is not None else None
        if planned is not None and planned.shot.id == self._shown_shot:
            self._update_shot_title(row)
            return
        self._show_shot(planned)

    def _show_shot(self, planned: PlannedShot | None) -> None:
        """Load a shot's model, prompt and settings into the panel (image fields hidden)."""
        self._loading_shot = True
        try:
            if planned is None:
                self._shown_shot = ""
                self.shot_title.setText(self.tr("Select a shot to see its settings."))
                self.picker.setEnabled(False)
                self.panel.setEnabled(False)
                self.apply_button.setEnabled(False)
                self.continue_action.setEnabled(False)
                return
            shot = planned.shot
            model = planned.model
            if model is None:
                model = (
                    self.catalogue.get(self.board.model_id)
                    if self.board.model_id in self.catalogue
                    else self.catalogue.models()[0]
                )
            self.picker.setEnabled(True)
            self.panel.setEnabled(True)
            self.apply_button.setEnabled(True)
            self.picker.blockSignals(True)
            self.picker.set_current_model(model.model_id)
            self.picker.blockSignals(False)
            if self.panel.model() is model:
                self.panel.reset_to_defaults()
            else:
                self.panel.set_model(model, carry_over=False)
            self._hide_image_fields()
            values = dict(shot.values)
            prompt_field = model.roles.get("prompt")
            if prompt_field:
                values[prompt_field] = shot.prompt
            self.panel.set_values(values)
            self._shown_shot = shot.id
        finally:
            self._loading_shot = False
        self._update_shot_title(self._current_row())

    def _hide_image_fields(self) -> None:
        for widget in self.panel.field_widgets().values():
            if widget.field.is_image:
                widget.hide()

    def _update_shot_title(self, row: int | None) -> None:
        if row is None:
            return
        planned = self.shot_model.planned(row)
        names = " → ".join(
            self.tr("frame {n}").format(n=r + 1) for r in self.shot_model.frame_rows(row)
        )
        self.shot_title.setText(
            self.tr("Shot {n} of {count} · {frames}").format(
                n=planned.number, count=self.shot_model.rowCount(), frames=names
            )
        )
        status = self.shot_model.status(row)
        self.continue_action.setEnabled(
            status is ShotStatus.DONE
            or (planned.shot.clip is not None and planned.shot.clip.is_file())
        )

    def _model_chosen(self, model: Model) -> None:
        if self._loading_shot or self._current_row() is None:
            return
        if self.panel.model() is not None and self.panel.model().model_id == model.model_id:
            return
        self._loading_shot = True
        try:
            self.panel.set_model(model, carry_over=True)
            self._hide_image_fields()
        finally:
            self._loading_shot = False
        self._panel_changed()

    def _panel_changed(self) -> None:
        """The panel is the selected shot's settings: write them back on the shot."""
        if self._loading_shot:
            return
        row = self._current_row()
        model = self.panel.model()
        if row is None or model is None:
            return
        shot = self.shot_model.planned(row).shot
        if shot.id != self._shown_shot:
            return
        values = self.panel.values()
        prompt_field = model.roles.get("prompt")
        prompt = values.pop(prompt_field, "") if prompt_field else ""
        settings = {k: v for k, v in values.items() if not model.field(k).is_image}
        if (shot.model_id, shot.prompt, shot.values) == (model.model_id, prompt, settings):
            return
        shot.model_id = model.model_id
        shot.prompt = prompt if isinstance(prompt, str) else str(prompt)
        shot.values = settings
        self._mark_changed()
        self._replan_timer.start()

    def _shot_menu(self, row: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.play_from_action)
        menu.addAction(self.generate_shot_action)
        menu.addSeparator()
        menu.addAction(self.continue_action)
        self.generate_shot_action.setEnabled(not self.generate_blocker(set(self.selected_shots())))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    # -- generating -----------------------------------------------------------------------

    def generate_blocker(self, only: set[int] | None = None) -> str:
        """Why the shots cannot be sent now, or "" when they can."""
        if not self.controller.started:
            return self.tr("Storyreel is still starting.")
        if not self.board.frames:
            return self.tr("Add frames first: drop images or a folder on the strip.")
        if not self.shot_model.rowCount():
            return self.tr("One clip per pair of frames needs at least two frames.")
        if only is not None and not only:
            return self.tr("Select the shots to generate first.")
        if self._preparing:
            return self.tr("Sending the shots…")
        rows = sorted(only) if only is not None else range(self.shot_model.rowCount())
        frame_rows = sorted({f for r in rows for f in self.shot_model.frame_rows(r)})
        for frame_row in frame_rows:
            frame = self.board.frames[frame_row]
            state, _problem = self.strip_model.verdict(frame.id)
            if state == INVALID:
                return self.strip_model.message(frame_row)
            if state == CHECKING:
                return self.tr("Frame {n} ({name}) is still being checked.").format(
                    n=frame_row + 1, name=frame.name
                )
        for row in rows:
            planned = self.shot_model.planned(row)
            if planned.errors:
                return self.tr("Shot {n}: {message}").format(
                    n=planned.number, message=planned.errors[0].message
                )
        return ""

    def _update_generate(self) -> None:
        blocker = self.generate_blocker()
        self.generate_button.setEnabled(not blocker)
        selected = set(self.selected_shots())
        selected_blocker = self.generate_blocker(selected)
        self.generate_selected_button.setEnabled(not selected_blocker)
        self.generate_selected_button.setToolTip(
            selected_blocker or self.tr("Generate only the selected shots")
        )
        self.reason_label.setText(blocker)
        self.reason_label.setToolTip(blocker)
        tip = blocker or self.tr(
            "Send every shot that needs it through the queue; the price is shown first"
        )
        self.generate_button.setToolTip(tip)
        self.generate_button.setAccessibleDescription(tip)
        self.play_button.setEnabled(bool(self.shot_model.rowCount()))

    def generate(self, *, only_selected: bool = False) -> None:
        """Price the shots that need rendering, ask (inline), then send them to the queue."""
        if self._replan_timer.isActive():
            self._refresh(frames=False)  # a setting was just changed: plan with it
        only = set(self.selected_shots()) if only_selected else None
        blocker = self.generate_blocker(only)
        if blocker:
            self._say(blocker)
            return
        engine = self.controller.engine
        assert engine is not None
        kind = self._engine_kind()
        board = self.board
        self._preparing += 1
        self._update_generate()
        self.confirm_notice.show_message(self.tr("Reading the price of the shots to render…"))
        progress = {"left": 0}

        def on_event(event: RenderEvent) -> None:
            self._render_event(board, event, progress)

        async def render() -> RenderReport:
            try:
                return await render_storyboard(
                    board,
                    engine,
                    self.catalogue,
                    engine_kind=kind,
                    only=only,
                    on_event=on_event,
                    confirm=self._confirm,
                )
            finally:
                if progress["left"] >= 0:
                    self._preparing_done()

        self.controller.spawn(
            render(),
            "render storyboard",
            on_done=lambda report: self._rendered(board, report),
            on_error=self._render_error,
        )

    def _preparing_done(self) -> None:
        self._preparing = max(0, self._preparing - 1)
        self._update_generate()

    def _confirm(self, estimate: BoardEstimate) -> asyncio.Future[bool]:
        """The price, inline and non-modal; the render waits on the answer (a future)."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def answer(value: bool) -> None:
            if not future.done():
                future.set_result(value)
            self.confirm_notice.clear()

        count = len(estimate.prices)
        if estimate.engine_kind == OFFLINE:
            text = estimate.summary()
            go = self.tr("Generate %n preview(s)", "", count)
            buttons = [(go, lambda: answer(True)), (self.tr("Cancel"), lambda: answer(False))]
            accent = theme.Accent.NEUTRAL
        elif not estimate.available:
            text = (
                estimate.summary()
                + " "
                + self.tr(
                    "Nothing is sent without a price: check your connection and key, then try "
                    "again."
                )
            )
            buttons = [(self.tr("Close"), lambda: answer(False))]
            accent = theme.Accent.INVALID
        else:
            total = estimate.total
            go = (
                self.tr("Generate · {price}").format(price=money(total))
                if total is not None
                else self.tr("Generate %n shot(s)", "", count)
            )
            text = estimate.summary()
            buttons = [(go, lambda: answer(True)), (self.tr("Cancel"), lambda: answer(False))]
            accent = theme.Accent.WARNING
        self.confirm_notice.show_message(text, accent, buttons)
        self.confirmation_requested.emit(estimate)
        return future

    def confirmation_buttons(self) -> list[QPushButton]:
        return [b for b in self.confirm_notice.findChildren(QPushButton) if not b.isHidden()]

    def _render_event(
        self, board: Storyboard, event: RenderEvent, progress: dict[str, int]
    ) -> None:
        if event.kind is RenderEventKind.ESTIMATE and event.estimate is not None:
            progress["left"] = len(event.estimate.prices) + len(event.estimate.waiting)
            if board is self.board:
                self.shot_model.set_prices(event.estimate)
            if not event.estimate.prices:
                self.confirm_notice.clear()
        elif event.kind in (RenderEventKind.SUBMITTED, RenderEventKind.NOT_SENT):
            progress["left"] -= 1
            if progress["left"] == 0:
                progress["left"] = -1  # the sending is over: Generate is free again
                self._preparing_done()
        if event.kind is RenderEventKind.NOT_SENT:
            self._say(event.message)
        if event.job is not None:
            self._jobs[event.job.id] = event.job
        if board is self.board:
            self._mark_changed()
            self.shot_model.refresh()
            self._update_summary()
            self._update_shot_title(self._current_row())
            if event.kind is RenderEventKind.FINISHED:
                self._sequence_timer.start()

    def _rendered(self, board: Storyboard, report: RenderReport) -> None:
        self.confirm_notice.clear()
        problems = report.failed + report.uncertain
        kept = len(report.estimate.kept)
        if report.declined:
            self._say(self.tr("Nothing was sent."))
        elif problems:
            self._say(problems[0].message)
        elif not report.estimate.prices and not report.estimate.waiting:
            self._say(
                self.tr(
                    "Every shot is already rendered from its current inputs: nothing was sent, "
                    "nothing was paid."
                )
            )
        elif kept:
            self._say(
                self.tr(
                    "%n shot(s) rendered; {kept} kept their clips.", "", report.submitted
                ).format(kept=kept)
            )
        else:
            self._say(self.tr("%n shot(s) rendered.", "", report.submitted))
        if board is self.board:
            self.shot_model.refresh()
            self._update_summary()
            self._update_generate()
            self._sequence_timer.start()
        self.render_finished.emit(report)

    def _render_error(self, error: BaseException) -> None:
        self.confirm_notice.clear()
        if isinstance(error, StoryreelError):
            message = str(error)
        else:
            log.error("rendering the storyboard failed", exc_info=error)
            message = self.tr(
                "The storyboard could not be rendered: {error}. The details are in the log."
            ).format(error=type(error).__name__)
        self.message_notice.show_message(
            message, theme.Accent.INVALID, [(self.tr("Close"), self.message_notice.clear)]
        )
        self._update_generate()
        self.render_failed.emit(message)

    # -- following jobs -------------------------------------------------------------------

    def engine_ready(self, jobs: list[Job]) -> None:
        for job in jobs:
            if isinstance(job.origin.get("shot_id"), str):
                self._jobs[job.id] = job
        self._attach(list(self._jobs.values()))
        self._update_generate()

    def _attach(self, jobs: list[Job]) -> None:
        if not jobs or not self.board.shots:
            return
        changed = attach_finished_jobs(self.board, jobs, self.catalogue)
        if changed:
            self._mark_changed()
            self.shot_model.refresh()
            self._update_summary()
            self._update_shot_title(self._current_row())
            self._sequence_timer.start()

    def _job_event(self, job: Job) -> None:
        shot_id = job.origin.get("shot_id")
        if not isinstance(shot_id, str):
            return
        previous = self._jobs.get(job.id)
        self._jobs[job.id] = job
        if previous is not None and previous.state is job.state:
            return  # a progress tick: nothing for the board
        if self.board.shot(shot_id) is None:
            return
        self._attach([j for j in self._jobs.values() if j.origin.get("shot_id") == shot_id])
        self.shot_model.refresh()
        self._update_summary()

    # -- playing --------------------------------------------------------------------------

    def refresh_sequence(self, *, then_play_from: int | None = None) -> None:
        """Work the sequence out in a worker (it hashes frames), then show it in the player."""
        self._sequence_generation += 1
        generation = self._sequence_generation

        def arrived(segments: list[Segment]) -> None:
            if generation != self._sequence_generation:
                return
            if then_play_from is not None:
                self.player.set_segments(segments)
                self.player.play_from(min(then_play_from, len(segments) - 1))
            elif not self.player.playing:
                self.player.set_segments(segments)
            self.sequence_ready.emit()

        run_in_thread(
            sequence,
            copy.deepcopy(self.board),
            self.catalogue,
            owner=self,
            on_done=arrived,
            on_error=lambda error: self._say(
                self.tr("The sequence cannot be played: {error}").format(error=error)
            ),
        )

    def play_sequence(self, from_row: int = 0) -> None:
        """Play sequence: finished clips back to back, held frames for the rest."""
        if not self.shot_model.rowCount():
            self._say(self.tr("There is nothing to play yet: add frames first."))
            return
        self._sequence_timer.stop()
        self.refresh_sequence(then_play_from=max(0, from_row))
        self.player.setFocus()

    # -- continue from last frame ---------------------------------------------------------

    def _frames_folder(self) -> Path:
        """Where extracted frames go: beside the board (so it can be moved as one folder),
        or in the library while the board has no file."""
        if self.board.folder is not None:
            return self.board.folder / "frames"
        return self.settings.library_path / "frames"

    def continue_from_current_shot(self) -> None:
        row = self._current_row()
        if row is not None:
            self.continue_from_shot(row)

    def continue_from_shot(self, row: int) -> None:
        shot = self.shot_model.planned(row).shot
        if shot.clip is None or not shot.clip.is_file():
            self._say(
                self.tr("Shot {n} has no finished clip yet: generate it first.").format(n=row + 1)
            )
            return
        self._continue_from_clip(shot.clip, shot.id)

    def continue_from_job(self, job: Job) -> None:
        """A finished job's last frame becomes a new frame: after its shot when the job
        renders a shot of this board, else at the end."""
        clip = _playable(job)
        if clip is None:
            self._say(self.tr("This job has no video file to continue from."))
            return
        shot_id = job.origin.get("shot_id")
        self._continue_from_clip(clip, shot_id if isinstance(shot_id, str) else None)
        self.show_requested.emit()

    def extract_last_frame(self, job: Job, on_done: Callable[[Path], None]) -> None:
        """Save a finished job's last frame in the library and hand it to ``on_done``."""
        clip = _playable(job)
        if clip is None:
            self._say(self.tr("This job has no video file to continue from."))
            return
        run_in_thread(
            extract_last_frame,
            clip,
            self.settings.library_path / "frames",
            owner=self,
            on_done=on_done,
            on_error=self._extract_failed,
        )

    def _continue_from_clip(self, clip: Path, shot_id: str | None) -> None:
        board = self.board
        run_in_thread(
            extract_last_frame,
            clip,
            self._frames_folder(),
            owner=self,
            on_done=lambda image: self._insert_continuation(board, image, shot_id),
            on_error=self._extract_failed,
        )

    def _extract_failed(self, error: BaseException) -> None:
        self._say(
            self.tr("The last frame could not be taken from the clip: {error}").format(error=error)
        )

    def _insert_continuation(self, board: Storyboard, image: Path, shot_id: str | None) -> None:
        if board is not self.board:
            self._say(
                self.tr(
                    "The storyboard was closed before the last frame was ready; it is saved as "
                    "{path}."
                ).format(path=image)
            )
            return
        source = self.board.shot(shot_id) if shot_id else None
        present = {f.id for f in self.board.frames}
        if source is not None and set(source.frame_ids) <= present:
            at = max(self.board.frame_index(f) for f in source.frame_ids) + 1
        else:
            source = None
            at = len(self.board.frames)
        [frame] = self.board.insert_frames(at, [image])
        if source is not None:
            # The new shot starts where the source shot ends: same model, settings, prompt.
            for shot in self.board.shots:
                if shot.frame_ids[0] == frame.id:
                    shot.copy_settings_from(source)
        self._board_edited(frames=True)
        self._select_frame(at)
        self._say(
            self.tr("The clip's last frame is now frame {n}: its shot goes on from there.").format(
                n=at + 1
            )
        )
        self.continued.emit(image)

    # -- the document ---------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """A board with no file yet that holds frames (boards with a file save themselves)."""
        return self.board.path is None and self._dirty and bool(self.board.frames)

    def ask_before_closing(self, then: Callable[[], None]) -> bool:
        """Before the board is closed: a board with a file is saved now; for a board without
        one, ask (non-modally) and return True, calling ``then`` once the user has decided to
        go on. False: nothing to ask, go on at once."""
        if self.board.path is not None:
            if self._dirty:
                self._save_quietly()
            return False
        if not self.has_unsaved_changes():
            return False
        if self.question is not None:
            self.question.raise_()
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save the storyboard?"))
        box.setText(self.tr("The storyboard is not saved in a file yet."))
        box.setInformativeText(
            self.tr(
                "It has %n frame(s). Save it to keep its frames, settings and clips together; "
                "its rendered clips stay in your library either way.",
                "",
                len(self.board.frames),
            )
        )
        save = box.addButton(self.tr("Save…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)

        def answered(button: object) -> None:
            self.question = None
            if button is save:
                self.request_save_as(then=then)
            elif button is discard:
                self._dirty = False
                QTimer.singleShot(0, then)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()
        return True

    def new_board(self) -> None:
        def go() -> None:
            self._set_board(Storyboard(model_id=self.board.model_id))
            self.show_requested.emit()
            self._say(self.tr("A new, empty storyboard: drop frames on the strip to begin."))

        if not self.ask_before_closing(go):
            go()

    def request_open(self) -> None:
        dialog = QFileDialog(self, self.tr("Open storyboard"))
        dialog.setNameFilters(
            [self.tr("Storyboards (*.storyboard.json *.json)"), self.tr("All files (*)")]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(str(self._documents_folder()))
        dialog.fileSelected.connect(lambda path: self.open_board(Path(path)))
        self._open_dialog(dialog)

    def open_board(self, path: Path | str) -> None:
        """Open a board file (in a worker), picking up clips of jobs that finished meanwhile."""
        path = Path(path).expanduser().absolute()

        def go() -> None:
            engine = self.controller.engine
            jobs = engine.jobs() if engine is not None else []
            run_in_thread(
                _open_board,
                path,
                jobs,
                self.catalogue,
                owner=self,
                on_done=lambda result: self._opened(result[0], result[1]),
                on_error=lambda error: self._open_failed(path, error),
            )

        if not self.ask_before_closing(go):
            go()

    def _opened(self, board: Storyboard, attached: list[int]) -> None:
        self._set_board(board)
        self._remember(board)
        missing = board.missing_frames()
        text = self.tr("Opened {name}.").format(name=board.name)
        if attached:
            text += " " + self.tr(
                "%n shot(s) picked up clips that finished while it was closed.", "", len(attached)
            )
        if missing:
            numbers = ", ".join(str(i + 1) for i in missing)
            text += " " + self.tr("The image files of frame(s) {numbers} are missing.").format(
                numbers=numbers
            )
        self._say(text)
        self.show_requested.emit()

    def _open_failed(self, path: Path, error: BaseException) -> None:
        message = (
            str(error)
            if isinstance(error, StoryreelError)
            else self.tr("The storyboard {path} cannot be opened: {error}").format(
                path=path, error=error
            )
        )
        self.message_notice.show_message(
            message, theme.Accent.INVALID, [(self.tr("Close"), self.message_notice.clear)]
        )
        self.show_requested.emit()

    def save(self) -> bool:
        """Save to the board's file; a board without one asks where (non-modally)."""
        if self.board.path is None:
            self.request_save_as()
            return False
        return self._write(self.board.path)

    def save_as(self, path: Path | str) -> bool:
        path = Path(path).expanduser().absolute()
        if not path.name.lower().endswith(".json"):
            path = path.with_name(path.name + FILE_SUFFIX)
        return self._write(path)

    def request_save_as(self, then: Callable[[], None] | None = None) -> None:
        dialog = QFileDialog(self, self.tr("Save storyboard as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Storyboards (*.storyboard.json)")])
        folder = self.board.folder or self._documents_folder()
        dialog.setDirectory(str(folder))
        dialog.selectFile(f"{self.board.name}{FILE_SUFFIX}")

        def chosen(path: str) -> None:
            if self.save_as(path) and then is not None:
                then()

        dialog.fileSelected.connect(chosen)
        self._open_dialog(dialog)

    def _documents_folder(self) -> Path:
        return self.settings.library_path / "Storyboards"

    def _write(self, path: Path) -> bool:
        self._autosave.stop()
        try:
            self.board.save(path)
        except OSError as exc:
            self._say(
                self.tr("The storyboard could not be saved to {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return False
        self._dirty = False
        self._remember(self.board)
        self._update_title()
        self._say(self.tr("Saved {path}.").format(path=path))
        return True

    def _save_quietly(self) -> None:
        if self.board.path is None or not self._dirty:
            return
        try:
            self.board.save()
        except OSError as exc:
            self._say(
                self.tr("The storyboard could not be saved to {path}: {error}").format(
                    path=self.board.path, error=exc.strerror or exc
                )
            )
            return
        self._dirty = False
        self._update_title()

    def _remember(self, board: Storyboard) -> None:
        if board.path is None:
            return
        remember_recent(board.path, self.settings)
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = list(self.settings.recent_storyboards)
        if not recent:
            empty = menu.addAction(self.tr("No recent storyboards"))
            empty.setEnabled(False)
            return
        for text in recent:
            path = Path(text)
            name = path.name[: -len(FILE_SUFFIX)] if path.name.endswith(FILE_SUFFIX) else path.stem
            action = menu.addAction(name)
            action.setToolTip(text)
            action.setStatusTip(text)
            action.triggered.connect(lambda _checked=False, p=path: self.open_board(p))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_storyboards = []
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)

    def file_actions(self) -> list[QAction | None]:
        """The File menu's storyboard entries, in order (None: a separator)."""
        return [
            self.new_action,
            self.open_action,
            self.recent_menu.menuAction(),
            self.save_action,
            self.save_as_action,
            None,
            self.export_video_action,
            self.export_json_action,
            self.export_csv_action,
        ]

    def _open_dialog(self, dialog: QFileDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    # -- exporting ------------------------------------------------------------------------

    def request_export_video(self) -> None:
        if not self.shot_model.rowCount():
            self._say(self.tr("There is nothing to export yet: add frames first."))
            return
        dialog = QFileDialog(self, self.tr("Export sequence as MP4"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("MP4 video (*.mp4)")])
        dialog.setDefaultSuffix("mp4")
        dialog.setDirectory(str(self.board.folder or self.settings.library_path))
        dialog.selectFile(f"{self.board.name}.mp4")
        dialog.fileSelected.connect(lambda path: self.export_video(Path(path)))
        self._open_dialog(dialog)

    def request_export_shot_list(self, kind: str) -> None:
        title = (
            self.tr("Export shot list as JSON")
            if kind == "json"
            else self.tr("Export shot list as CSV")
        )
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("JSON (*.json)")] if kind == "json" else [self.tr("CSV (*.csv)")]
        )
        dialog.setDefaultSuffix(kind)
        dialog.setDirectory(str(self.board.folder or self.settings.library_path))
        dialog.selectFile(f"{self.board.name} shot list.{kind}")
        dialog.fileSelected.connect(lambda path: self.export_shot_list(Path(path), kind))
        self._open_dialog(dialog)

    def export_video(self, path: Path | str) -> None:
        """One MP4 of the whole sequence, made in a worker with progress; Cancel stops it and
        leaves nothing behind."""
        path = Path(path)
        if self._export_cancel is not None:
            self._say(self.tr("An export is already running."))
            return
        if not self.shot_model.rowCount():
            self._say(self.tr("There is nothing to export yet: add frames first."))
            return
        cancel = threading.Event()
        relay = _ExportProgress(self)
        self._export_cancel, self._export_relay = cancel, relay
        notice = self.progress_notice
        notice.show_message(
            self.tr("Exporting {name}…").format(name=path.name),
            theme.Accent.CHECKING,
            [(self.tr("Cancel"), cancel.set)],
        )
        notice.progress.setRange(0, 0)
        notice.progress.show()

        def progressed(done: int, total: int) -> None:
            notice.progress.setRange(0, max(1, total))
            notice.progress.setValue(done)

        relay.progressed.connect(progressed)

        def report(done: int, total: int) -> None:  # in the worker
            if cancel.is_set():
                raise ExportCancelled
            relay.progressed.emit(done, total)

        run_in_thread(
            _export_video,
            copy.deepcopy(self.board),
            self.catalogue,
            path,
            report,
            owner=self,
            on_done=self._exported,
            on_error=lambda error: self._export_error(path, error),
        )

    def _export_over(self) -> None:
        self.progress_notice.clear()
        if self._export_relay is not None:
            self._export_relay.deleteLater()
        self._export_cancel = self._export_relay = None

    def _exported(self, result: Any) -> None:
        self._export_over()
        info = result.info
        rows = range(self.shot_model.rowCount())
        held = [r for r in rows if self.shot_model.status(r) is not ShotStatus.DONE]
        text = self.tr("Exported {name}: {seconds} s, {width}×{height}.").format(
            name=result.path.name,
            seconds=f"{info.duration_s:.1f}",
            width=info.width,
            height=info.height,
        )
        if held:
            text += " " + self.tr("Shots not rendered yet are held as their first frame.")
        self._say(text)
        self.export_finished.emit(result.path)

    def _export_error(self, path: Path, error: BaseException) -> None:
        self._export_over()
        if isinstance(error, ExportCancelled):
            message = self.tr("Export cancelled: {name} was not written.").format(name=path.name)
        elif isinstance(error, StoryreelError | OSError):
            message = self.tr("{name} could not be exported: {error}").format(
                name=path.name, error=error
            )
        else:
            log.error("exporting the sequence failed", exc_info=error)
            message = self.tr("{name} could not be exported: {error}").format(
                name=path.name, error=type(error).__name__
            )
        self._say(message)
        self.export_failed.emit(message)

    def export_shot_list(self, path: Path | str, kind: str) -> None:
        path = Path(path)
        writer = export_shot_list_json if kind == "json" else export_shot_list_csv

        def done(written: Path) -> None:
            self._say(self.tr("Shot list saved as {name}.").format(name=written.name))
            self.export_finished.emit(written)

        def failed(error: BaseException) -> None:
            message = self.tr("The shot list could not be saved as {name}: {error}").format(
                name=path.name, error=error
            )
            self._say(message)
            self.export_failed.emit(message)

        run_in_thread(
            writer,
            copy.deepcopy(self.board),
            self.catalogue,
            path,
            owner=self,
            on_done=done,
            on_error=failed,
        )

    # -- small things ---------------------------------------------------------------------

    def _picture_arrived(self, _key: str) -> None:
        self.strip.viewport().update()
        self.shot_row.update()

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:
            # Shared out once the real width is known: settings, player, queue.
            self._sized = True
            width = max(900, self.bottom.width())
            self.bottom.setSizes([round(width * 0.31), round(width * 0.42), round(width * 0.27)])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Keys no child took (the shot row, the view's background): Space plays and pauses.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            if self.player.segments():
                self.player.toggle_play()
            else:
                self.play_sequence(0)
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _dropped_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = _dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_frames(paths)


def _settings_for(
    old: Model | None, values: dict[str, Any], prompt: str, target: Model
) -> dict[str, Any]:
    """The settings of ``values`` that fit ``target`` (prompt and images left out)."""
    if old is None:
        return {}
    with_prompt = dict(values)
    old_prompt = old.roles.get("prompt")
    if old_prompt:
        with_prompt[old_prompt] = prompt
    carried = carry_values(old, with_prompt, target)
    target_prompt = target.roles.get("prompt")
    return {
        k: v
        for k, v in carried.items()
        if k != target_prompt and target.has_field(k) and not target.field(k).is_image
    }


__all__ = [
    "FrameStrip",
    "FrameStripModel",
    "MODE_SINGLE",
    "MODE_STORYBOARD",
    "ModeSwitch",
    "PictureCache",
    "ShotModel",
    "ShotRow",
    "StoryboardView",
    "extract_last_frame",
    "state_text",
]
