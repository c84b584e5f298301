"""The queue on screen: one list view, one painting delegate, and the per-job actions.

Each row shows the job's picture (its first input image, an input video's first frame or
its own clip's, made in a worker thread and cached; else an icon of what it was made from), the
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

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.jobs import HISTORY_URL, UNCERTAIN_HELP, Job, JobState
from app.ui import theme
from app.ui.queue_delegate import (
    JobDelegate,
    RowThumbnails,
    state_colour,
)
from app.ui.queue_model import (
    JOB_ROLE,
    QueueModel,
    explanation,
)
from app.ui.queue_model import tr as queue_tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

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


def _action_tips() -> dict[str, str]:
    """What each action does, as its tooltip says it (the name alone for the obvious)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("QueueView", text)

    return {
        CANCEL: tr("Cancel this job (only while it waits in the queue)"),
        RETRY: tr("Send the same settings again as a new job"),
        RETRY_DOWNLOAD: tr(
            "Download the finished video again (after freeing space or fixing the folder); "
            "the job is not sent again and nothing is charged"
        ),
        REUSE: tr("Load this job's model and settings into the panel"),
        OPEN: tr("Open the video in your system's player"),
        REVEAL: tr("Open the folder that holds the video"),
        CONTINUE: tr(
            "The clip's last frame becomes the first frame of a new shot, so the scene "
            "goes on from where it ends"
        ),
        REMOVE: tr("Remove this job from the list (the video file stays)"),
    }


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
        self.thumbnails = RowThumbnails(self)
        self.confirmation: QMessageBox | None = None

        self.list = self._make_list(model)

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

    def _make_list(self, model: QueueModel) -> QListView:
        """The rows, painted by the delegate, repainted when a thumbnail arrives."""
        view = QListView(self)
        view.setModel(model)
        view.setItemDelegate(JobDelegate(self.thumbnails, view))
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setAccessibleName(self.tr("Queue"))
        view.setAccessibleDescription(self.tr("Every job you started, newest first."))
        view.customContextMenuRequested.connect(self._show_context_menu)
        view.activated.connect(lambda _index: self.open_current())
        self.thumbnails.updated.connect(lambda _path: view.viewport().update())
        return view

    # -- actions --------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        """Every per-job action, from one table: its name, icon, shortcut and slot."""
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
        tips = _action_tips()
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
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first opened

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Send this job again?"))
        box.setText(self.tr("RunComfy may already have this job."))
        box.setInformativeText(queue_tr(UNCERTAIN_HELP))
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
    "RowThumbnails",
    "available_actions",
    "can_continue",
    "playable_file",
    "state_colour",
]
