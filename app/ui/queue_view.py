"""The queue on screen: one list view, one painting delegate, and the per-job actions.

Each row shows the first input image (a thumbnail made in a worker thread and cached), the
model, the prompt, the state in its colour, the queue position, elapsed time and ETA, and
the cost. The actions (cancel, retry, reuse settings, open, show in folder, copy output
URL, copy request id, remove) live in a small action bar under the list and in the
context menu, and are enabled from one rule, ``available_actions``; "Continue from last
frame" (a finished clip still on disk, ``can_continue``) is offered beside them and handed
to the window as ``continue_requested``.

A "submission uncertain" job is amber, not red, and carries its explanation and a link to
RunComfy's generation history; retrying it asks first (non-modally), because resending a
job that did reach RunComfy would charge the user twice.

A "download waiting" job (a made video that could not be saved here yet: disk full, folder
gone, output server failing) is amber too, shows its reason, and offers "Retry download",
which fetches the same output again and never resends the job.

Opening files, showing folders and copying are local; anything that reaches the engine is
a signal for the window's controller.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.jobs import HISTORY_URL, UNCERTAIN_HELP, Job, JobState
from app.ui import theme, workers
from app.ui.queue_model import (
    COST_ROLE,
    DETAIL_ROLE,
    JOB_ROLE,
    MODEL_NAME_ROLE,
    PROGRESS_ROLE,
    PROMPT_ROLE,
    THUMBNAIL_PATH_ROLE,
    QueueModel,
    explanation,
)

THUMBNAIL = 56
ROW_HEIGHT = 76
PADDING = 8
STATE_BAR = 3
THUMBNAIL_CACHE_SIZE = 400

CANCEL = "cancel"
RETRY = "retry"
RETRY_DOWNLOAD = "retry_download"
REUSE = "reuse"
OPEN = "open"
REVEAL = "reveal"
COPY_URL = "copy_url"
COPY_REQUEST_ID = "copy_request_id"
REMOVE = "remove"
CONTINUE = "continue"

# Cancelling is only possible before the job starts generating: RunComfy answers
# "not_cancellable" once a job is in progress.
CANCELLABLE = frozenset({JobState.PENDING, JobState.QUEUED})


def available_actions(job: Job | None) -> frozenset[str]:
    """Which per-job actions make sense for this job right now."""
    if job is None:
        return frozenset()
    actions = {REUSE}
    if job.state in CANCELLABLE:
        actions.add(CANCEL)
    if job.state.finished:
        actions |= {RETRY, REMOVE}
    if job.state is JobState.DOWNLOAD_WAITING:
        actions.add(RETRY_DOWNLOAD)
    if job.state is JobState.SUCCEEDED and playable_file(job):
        actions |= {OPEN, REVEAL}
    if job.outputs:
        actions.add(COPY_URL)
    if job.request_id:
        actions.add(COPY_REQUEST_ID)
    return frozenset(actions)


def can_continue(job: Job | None) -> bool:
    """Continue from last frame: a finished clip that is still on disk."""
    return job is not None and job.state is JobState.SUCCEEDED and playable_file(job) is not None


def playable_file(job: Job) -> Path | None:
    """The job's downloaded video, when it is still where Storyreel put it."""
    for name in job.files:
        path = Path(name)
        if path.is_file():
            return path
    return None


def state_colour(state: JobState, palette: QPalette) -> QColor:
    """Each state in a colour that reads in light and dark mode; uncertain is amber, not red."""
    if state is JobState.SUCCEEDED:
        return theme.accent(theme.Accent.VALID, palette)
    if state is JobState.FAILED:
        return theme.accent(theme.Accent.INVALID, palette)
    if state in (JobState.UNCERTAIN, JobState.DOWNLOAD_WAITING):
        return theme.accent(theme.Accent.WARNING, palette)
    if state in (JobState.SUBMITTING, JobState.RUNNING, JobState.DOWNLOADING):
        return theme.accent(theme.Accent.CHECKING, palette)
    return theme.muted(palette)


def _read_thumbnail(path: str, size: int) -> QImage:
    """Runs in a worker: decode only as many pixels as the thumbnail needs."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and original.width() > 0 and original.height() > 0:
        scale = size / max(original.width(), original.height())
        if scale < 1:
            reader.setScaledSize(
                QSize(
                    max(1, round(original.width() * scale)),
                    max(1, round(original.height() * scale)),
                )
            )
    image = reader.read()
    if image.isNull():
        raise OSError(reader.errorString())
    return image


class ThumbnailCache(QObject):
    """Thumbnails of input images, made off the UI thread; ``updated`` when one arrives."""

    updated = Signal(str)

    def __init__(self, size: int = THUMBNAIL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pixmaps: dict[tuple[str, float], QPixmap] = {}
        self._loading: set[str] = set()

    def pixmap(self, path: str, device_pixel_ratio: float) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise start making it and return None."""
        if path in self._images:
            self._images.move_to_end(path)
            image = self._images[path]
            if image is None:
                return None
            key = (path, device_pixel_ratio)
            pixmap = self._pixmaps.get(key)
            if pixmap is None:
                pixmap = theme.pixmap_for(image, QSize(self._size, self._size), device_pixel_ratio)
                self._pixmaps[key] = pixmap
            return pixmap
        if path not in self._loading:
            self._loading.add(path)
            # Decoded once per file, sharp up to 200 % (and beyond, slightly soft).
            pixels = round(self._size * max(device_pixel_ratio, 2.0))
            workers.run_in_thread(
                _read_thumbnail,
                path,
                pixels,
                owner=self,
                on_done=lambda image: self._store(path, image),
                on_error=lambda _error: self._store(path, None),
            )
        return None

    def _store(self, path: str, image: QImage | None) -> None:
        self._loading.discard(path)
        self._images[path] = image
        while len(self._images) > THUMBNAIL_CACHE_SIZE:
            old, _ = self._images.popitem(last=False)
            for key in [k for k in self._pixmaps if k[0] == old]:
                del self._pixmaps[key]
        self.updated.emit(path)


class JobDelegate(QStyledItemDelegate):
    """Paints one job row; no widgets, so hundreds of rows cost nothing to keep."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = QFontMetrics(option.font).height() * 3 + PADDING * 2 + 4
        return QSize(320, max(ROW_HEIGHT, lines))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        job: Job | None = index.data(JOB_ROLE)
        if job is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        secondary = text_colour if selected else theme.muted(palette)
        accent = state_colour(job.state, palette)
        rect: QRect = option.rect

        painter.fillRect(QRect(rect.left(), rect.top(), STATE_BAR, rect.height()), accent)

        thumb_rect = QRect(
            rect.left() + STATE_BAR + PADDING,
            rect.top() + (rect.height() - THUMBNAIL) // 2,
            THUMBNAIL,
            THUMBNAIL,
        )
        self._paint_thumbnail(painter, thumb_rect, index, palette, widget)

        left = thumb_rect.right() + PADDING + 1
        right = rect.right() - PADDING
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        top = rect.top() + (rect.height() - 3 * line) // 2

        bold = QFont(option.font)
        bold.setBold(True)
        cost = index.data(COST_ROLE) or ""
        cost_width = metrics.horizontalAdvance(cost) + PADDING if cost else 0
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = QFontMetrics(bold).elidedText(
            index.data(MODEL_NAME_ROLE) or "",
            Qt.TextElideMode.ElideRight,
            right - left - cost_width,
        )
        painter.drawText(QRect(left, top, right - left, line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(option.font)
        if cost:
            painter.setPen(secondary)
            painter.drawText(
                QRect(left, top, right - left, line), Qt.AlignmentFlag.AlignRight, cost
            )

        prompt = metrics.elidedText(
            index.data(PROMPT_ROLE) or "", Qt.TextElideMode.ElideRight, right - left
        )
        painter.setPen(secondary)
        painter.drawText(
            QRect(left, top + line, right - left, line), Qt.AlignmentFlag.AlignLeft, prompt
        )

        detail = metrics.elidedText(
            index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight, right - left
        )
        painter.setPen(text_colour if selected else accent)
        painter.drawText(
            QRect(left, top + 2 * line, right - left, line), Qt.AlignmentFlag.AlignLeft, detail
        )

        progress = index.data(PROGRESS_ROLE)
        if job.state is JobState.DOWNLOADING and progress is not None:
            bar = QRect(left, rect.bottom() - 3, round((right - left) * progress), 2)
            painter.fillRect(bar, accent)
        painter.restore()

    def _paint_thumbnail(
        self,
        painter: QPainter,
        target: QRect,
        index: QModelIndex | QPersistentModelIndex,
        palette: QPalette,
        widget: QWidget | None,
    ) -> None:
        path = index.data(THUMBNAIL_PATH_ROLE)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        pixmap = self._thumbnails.pixmap(path, ratio) if path else None
        if pixmap is None:
            painter.setPen(QPen(theme.muted(palette), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(target.adjusted(0, 0, -1, -1), 6, 6)
            return
        logical = pixmap.deviceIndependentSize().toSize()
        x = target.left() + (target.width() - logical.width()) // 2
        y = target.top() + (target.height() - logical.height()) // 2
        painter.drawPixmap(QPoint(x, y), pixmap)


class QueueView(QWidget):
    """The list of jobs with its action bar; asks the controller for anything that is not local."""

    current_job_changed = Signal(object)  # Job | None
    cancel_requested = Signal(str)
    retry_requested = Signal(str)  # already confirmed when the job was uncertain
    retry_download_requested = Signal(str)  # the same output fetched again; nothing is resent
    reuse_requested = Signal(object)  # Job
    remove_requested = Signal(str)
    continue_requested = Signal(object)  # Job: its last frame starts the next shot

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.thumbnails = ThumbnailCache(parent=self)
        self.confirmation: QMessageBox | None = None

        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setItemDelegate(JobDelegate(self.thumbnails, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setAccessibleName(self.tr("Queue"))
        self.list.setAccessibleDescription(self.tr("Every job you started, newest first."))
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.list.activated.connect(lambda _index: self.open_current())
        self.thumbnails.updated.connect(lambda _path: self.list.viewport().update())

        self.empty = QLabel(
            self.tr(
                "No jobs yet. Choose a model, add your frames on the left and press Generate: "
                "your clips will line up here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setMargin(24)

        self._actions = self._make_actions()
        self._always_compact = False
        self._compact = False
        self._bar_widths: tuple[int, int] | None = None  # (with names, icons only)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setOpenExternalLinks(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info.setAccessibleName(self.tr("About the selected job"))
        self.info.hide()

        stack_host = QWidget(self)
        self._stack = QStackedLayout(stack_host)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = QLabel(self.tr("Queue"), self)
        theme.make_small(title, bold=True)
        layout.addWidget(title)
        layout.addWidget(stack_host, 1)
        layout.addWidget(self.info)
        layout.addLayout(self._make_action_bar())

        model.rowsInserted.connect(self._rows_changed)
        model.rowsRemoved.connect(self._rows_changed)
        model.modelReset.connect(self._rows_changed)
        model.dataChanged.connect(self._data_changed)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self._rows_changed()

    # -- actions --------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        style = self.style()
        icon = style.standardIcon
        pixmaps = QStyle.StandardPixmap
        specs = [
            (CANCEL, self.tr("Cancel"), pixmaps.SP_DialogCancelButton, None, self.cancel_current),
            (RETRY, self.tr("Retry"), pixmaps.SP_BrowserReload, None, self.retry_current),
            (
                RETRY_DOWNLOAD,
                self.tr("Retry download"),
                pixmaps.SP_ArrowDown,
                None,
                self.retry_download_current,
            ),
            (REUSE, self.tr("Reuse settings"), pixmaps.SP_ArrowLeft, None, self.reuse_current),
            (OPEN, self.tr("Open"), pixmaps.SP_MediaPlay, None, self.open_current),
            (REVEAL, self.tr("Show in folder"), pixmaps.SP_DirOpenIcon, None, self.reveal_current),
            (
                CONTINUE,
                self.tr("Continue from last frame"),
                pixmaps.SP_MediaSkipForward,
                None,
                self.continue_current,
            ),
            (COPY_URL, self.tr("Copy output URL"), None, None, self.copy_url),
            (COPY_REQUEST_ID, self.tr("Copy request id"), None, None, self.copy_request_id),
            (
                REMOVE,
                self.tr("Remove from list"),
                pixmaps.SP_TrashIcon,
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.remove_current,
            ),
        ]
        tips = {
            CANCEL: self.tr("Cancel this job (only while it waits in the queue)"),
            RETRY: self.tr("Send the same settings again as a new job"),
            RETRY_DOWNLOAD: self.tr(
                "Download the finished video again (after freeing space or fixing the folder); "
                "the job is not sent again and nothing is charged"
            ),
            REUSE: self.tr("Load this job's model and settings into the panel"),
            OPEN: self.tr("Open the video in your system's player"),
            REVEAL: self.tr("Open the folder that holds the video"),
            CONTINUE: self.tr(
                "The clip's last frame becomes the first frame of a new shot, so the scene "
                "goes on from where it ends"
            ),
            REMOVE: self.tr("Remove this job from the list (the video file stays)"),
        }
        actions: dict[str, QAction] = {}
        for key, text, pixmap, shortcut, slot in specs:
            action = QAction(text, self)
            if pixmap is not None:
                action.setIcon(icon(pixmap))
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tips.get(key, text))
            if key == CONTINUE:
                action.setIconText(self.tr("Continue"))
            action.triggered.connect(slot)
            self.list.addAction(action)
            actions[key] = action
        return actions

    def _make_action_bar(self) -> QHBoxLayout:
        bar = self._bar = QHBoxLayout()
        bar.setSpacing(4)
        self._bar_buttons: list[QToolButton] = []
        for key in (CANCEL, RETRY, RETRY_DOWNLOAD, REUSE, CONTINUE, OPEN, REVEAL, REMOVE):
            button = QToolButton(self)
            button.setDefaultAction(self._actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRaise(True)
            bar.addWidget(button)
            self._bar_buttons.append(button)
        more = QToolButton(self)
        more.setText(self.tr("Copy"))
        more.setAccessibleName(self.tr("Copy output URL or request id"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        more.setAutoRaise(True)
        menu = QMenu(more)
        menu.addAction(self._actions[COPY_URL])
        menu.addAction(self._actions[COPY_REQUEST_ID])
        more.setMenu(menu)
        self._copy_button = more
        bar.addWidget(more)
        bar.addStretch(1)
        return bar

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def set_compact(self, compact: bool) -> None:
        """Icons only in the action bar (names stay in tooltips) whatever the width, for a
        column that is always narrow; otherwise the bar folds to icons only when the names
        do not fit."""
        self._always_compact = compact
        self._fold_bar()

    def _set_bar_style(self, compact: bool) -> None:
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in self._bar_buttons:
            button.setToolButtonStyle(style)
        self._compact = compact

    def _measured_bar(self) -> tuple[int, int]:
        """The view's width for its action bar with the buttons' names, and with icons only."""
        if self._bar_widths is None:
            was = self._compact
            margins = self.contentsMargins()
            spacing = self._bar.spacing() * len(self._bar_buttons)
            fixed = self._copy_button.sizeHint().width() + spacing
            fixed += margins.left() + margins.right()
            widths = []
            for compact in (False, True):
                self._set_bar_style(compact)
                widths.append(fixed + sum(b.sizeHint().width() for b in self._bar_buttons))
            self._set_bar_style(was)
            self._bar_widths = (widths[0], widths[1])
        return self._bar_widths

    def _fold_bar(self) -> None:
        full, _ = self._measured_bar()
        compact = self._always_compact or self.width() < full
        if compact != self._compact:
            self._set_bar_style(compact)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # As narrow as the bar with icons only: it folds to that when the names do not fit,
        # so that the window fits a small laptop screen.
        hint = super().minimumSizeHint()
        _, icons_only = self._measured_bar()
        return QSize(min(hint.width(), icons_only), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Wide enough for the buttons' names whenever the window has the room.
        hint = super().sizeHint()
        full, _ = self._measured_bar()
        return QSize(max(hint.width(), full), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fold_bar()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._bar_widths = None  # measured again with the new font or style

    def current_job(self) -> Job | None:
        index = self.list.currentIndex()
        return index.data(JOB_ROLE) if index.isValid() else None

    def select_job(self, job_id: str) -> None:
        row = self.model.row_of(job_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def cancel_current(self) -> None:
        job = self.current_job()
        if job is not None and CANCEL in available_actions(job):
            self.cancel_requested.emit(job.id)

    def retry_current(self) -> None:
        job = self.current_job()
        if job is None or RETRY not in available_actions(job):
            return
        if job.state is JobState.UNCERTAIN:
            self._confirm_uncertain_retry(job)
        else:
            self.retry_requested.emit(job.id)

    def retry_download_current(self) -> None:
        job = self.current_job()
        if job is not None and RETRY_DOWNLOAD in available_actions(job):
            self.retry_download_requested.emit(job.id)

    def _confirm_uncertain_retry(self, job: Job) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Send this job again?"))
        box.setText(self.tr("RunComfy may already have this job."))
        box.setInformativeText(self.tr(UNCERTAIN_HELP))
        history = box.addButton(
            self.tr("Open generation history"), QMessageBox.ButtonRole.ActionRole
        )
        send = box.addButton(self.tr("Send again"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def clicked(button: object) -> None:
            if button is history:
                QDesktopServices.openUrl(QUrl(HISTORY_URL))
            elif button is send:
                self.retry_requested.emit(job.id)
            self.confirmation = None

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmation = box
        box.open()

    def continue_current(self) -> None:
        job = self.current_job()
        if can_continue(job):
            self.continue_requested.emit(job)

    def reuse_current(self) -> None:
        job = self.current_job()
        if job is not None:
            self.reuse_requested.emit(job)

    def remove_current(self) -> None:
        job = self.current_job()
        if job is not None and REMOVE in available_actions(job):
            self.remove_requested.emit(job.id)

    def open_current(self) -> None:
        job = self.current_job()
        path = playable_file(job) if job is not None else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reveal_current(self) -> None:
        job = self.current_job()
        path = playable_file(job) if job is not None else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def copy_url(self) -> None:
        job = self.current_job()
        if job is not None and job.outputs:
            QGuiApplication.clipboard().setText(job.outputs[0])

    def copy_request_id(self) -> None:
        job = self.current_job()
        if job is not None and job.request_id:
            QGuiApplication.clipboard().setText(job.request_id)

    # -- following the model --------------------------------------------------------------

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if index.isValid():
            self.list.setCurrentIndex(index)
        if self.current_job() is None:
            return
        menu = QMenu(self)
        for key in (
            CANCEL,
            RETRY,
            RETRY_DOWNLOAD,
            REUSE,
            CONTINUE,
            None,
            OPEN,
            REVEAL,
            COPY_URL,
            COPY_REQUEST_ID,
            None,
        ):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self._actions[key])
        menu.addAction(self._actions[REMOVE])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(position))

    def _rows_changed(self, *_args: object) -> None:
        self._stack.setCurrentWidget(self.list if self.model.rowCount() else self.empty)
        self._current_changed()

    def _data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None
    ) -> None:
        current = self.list.currentIndex()
        if not current.isValid() or not top.row() <= current.row() <= bottom.row():
            return
        # The clock ticks every second; only a real change of the job needs the actions redone.
        if roles and JOB_ROLE not in roles and Qt.ItemDataRole.DisplayRole not in roles:
            return
        self._current_changed()

    def _current_changed(self) -> None:
        job = self.current_job()
        allowed = available_actions(job) | ({CONTINUE} if can_continue(job) else set())
        for key, action in self._actions.items():
            action.setEnabled(key in allowed)
        self._copy_button.setEnabled(bool(allowed & {COPY_URL, COPY_REQUEST_ID}))
        self._show_info(job)
        self.current_job_changed.emit(job)

    def _show_info(self, job: Job | None) -> None:
        text = explanation(job) if job is not None else ""
        if job is None or not text:
            self.info.hide()
            self.info.clear()
            return
        colour = state_colour(job.state, self.palette()).name()
        body = _escape(text)
        if job.state is JobState.UNCERTAIN:
            link = self.tr("Open your RunComfy generation history")
            body += f' <a href="{HISTORY_URL}">{_escape(link)}</a>'
        self.info.setText(f'<span style="color:{colour}">■</span> {body}')
        self.info.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "CANCEL",
    "CANCELLABLE",
    "CONTINUE",
    "COPY_REQUEST_ID",
    "COPY_URL",
    "JobDelegate",
    "OPEN",
    "QueueView",
    "REMOVE",
    "RETRY",
    "RETRY_DOWNLOAD",
    "REUSE",
    "REVEAL",
    "ThumbnailCache",
    "available_actions",
    "can_continue",
    "playable_file",
    "state_colour",
]
