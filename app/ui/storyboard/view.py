"""The Storyboard view: a row of frames cut into shots, rendered through the ordinary queue.

The board (:class:`app.core.storyboard.Storyboard`) is the document
(:class:`~app.ui.storyboard.document.BoardDocument`, with its undo stack); this view shows
and edits it and never keeps a second copy of its state. The package, by part:

* ``view``: this widget's layout; it owns the presenters below, which hold the behaviour
  (``parts``: what they see of the view);
* ``frames``: the frames strip (model and list view), ``shots`` and ``shot_model``: the shot
  cards under it, ``painting``: how both kinds of card are drawn, ``pictures``: their
  picture cache, ``notice``: the inline messages, ``shot_settings``: the selected shot's
  settings box;
* ``document``: the board, its undo stack, commands and dirty state; ``document_flow``:
  new, open, save, save as and asking before an unsaved board is closed;
* ``editing``: every user edit as an undoable command; ``sync``: keeping the widgets in
  step with the board; ``checking``: the frames checked against the image rules;
* ``render_flow``: Generate all / selected, the price first, through the window's Controller
  (the ui's one way to the engine); ``playing``: Play sequence and Continue from last frame;
* ``export``: one MP4 of the sequence and the shot list; ``actions``: the File-menu entries.

Frames: drop images or a folder on the strip, reorder by dragging or with Alt+←/→,
duplicate with Ctrl+D, remove with Delete. Shots: one clip per frame or per pair of frames,
each with its model, prompt and settings in the schema-built panel. Every edit is one step of
Edit → Undo / Redo; sending jobs is not (money is not undoable).

Saving: a board that has a file is saved automatically a moment after every change (and
when the window closes). A board without a file yet is only kept in memory: replacing it or
quitting asks first (non-modally) whether to save it.

Public API (embedded by the main window)::

    StoryboardView(settings, controller, catalogue, queue_model, *, engine_kind, parent=None)
        board, document, undo_stack         the open Storyboard, its document, its QUndoStack
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
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPalette,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Catalogue
from app.core.settings import Settings
from app.core.storyboard import (
    CutMode,
    Storyboard,
)
from app.ui import theme
from app.ui.error_text import said_text
from app.ui.queue_model import QueueModel
from app.ui.queue_view import QueueView
from app.ui.sequence_player import SequencePlayer
from app.ui.storyboard.actions import FileActions
from app.ui.storyboard.checking import FrameChecking
from app.ui.storyboard.constants import OFFLINE
from app.ui.storyboard.document import BoardDocument
from app.ui.storyboard.document_flow import DocumentFlow
from app.ui.storyboard.editing import BoardEditing
from app.ui.storyboard.export import ExportFlow
from app.ui.storyboard.export_handoff import HandoffFlow
from app.ui.storyboard.frames import FrameStrip, FrameStripModel, dropped_paths
from app.ui.storyboard.framing import FrameFraming
from app.ui.storyboard.notes import NoteEditing, ShotNoteEditor
from app.ui.storyboard.notice import Notice
from app.ui.storyboard.pictures import PictureCache
from app.ui.storyboard.playing import SequenceFlow
from app.ui.storyboard.render_flow import RenderFlow
from app.ui.storyboard.shot_model import ShotModel
from app.ui.storyboard.shot_settings import ShotSettings
from app.ui.storyboard.shots import ShotRow
from app.ui.storyboard.sync import BoardSync
from app.ui.widgets.switch import Switch

if TYPE_CHECKING:
    from app.ui.bridge import Controller

log = logging.getLogger(__name__)


def _action_button(parent: QWidget, action: QAction) -> QToolButton:
    """A frame action as a flat button of the frames' header (its icon beside the text)."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if not action.icon().isNull()
        else Qt.ToolButtonStyle.ToolButtonTextOnly
    )
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _export_button(parent: QWidget, exports: list[QAction], handoffs: list[QAction]) -> QToolButton:
    """The toolbar's Export button: the sequence, the shot lists, then the hand-offs."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("StoryboardView", text)

    button = QToolButton(parent)
    button.setText(tr("Export"))
    button.setAccessibleName(tr("Export"))
    button.setToolTip(
        tr("Export the sequence as one MP4, the shot list, or everything an editor needs")
    )
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setAutoRaise(True)
    menu = QMenu(button)
    menu.addActions(exports)
    menu.addSeparator()
    menu.addActions(handoffs)
    button.setMenu(menu)
    return button


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

    # The presenters, which hold the behaviour (made in _make_presenters).
    sync: BoardSync
    checking: FrameChecking
    editing: BoardEditing
    sequence: SequenceFlow
    documents: DocumentFlow
    render_flow: RenderFlow
    exports: ExportFlow
    file_menu: FileActions
    bottom: QSplitter
    side: QSplitter

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
        self.engine_kind = engine_kind
        self.document = BoardDocument(self)
        self.loading_shot = False  # the panel is being loaded: its changes are not edits
        self.shown_shot = ""  # the id of the shot whose settings the panel shows
        self._sized = False
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Storyboard"))

        self.pictures = PictureCache(self)
        self.strip_model = FrameStripModel(self.pictures, self)
        self.strip_model.record = self.document.edit
        self.shot_model = ShotModel(catalogue, self.pictures, self)
        self.strip = FrameStrip(self)
        self.strip.setModel(self.strip_model)
        self.shot_row = ShotRow(self.strip, self.shot_model, self)
        self.pictures.updated.connect(self._picture_arrived)

        self._make_presenters()
        self._build()
        self._wire()
        self.notes = NoteEditing(self, self.note_editor)

        self.document.restored.connect(self.sync.restored)
        self.document.dirty_changed.connect(self.sync.update_title)
        self.set_board(Storyboard())

    @property
    def board(self) -> Storyboard:
        """The open board (the document's)."""
        return self.document.board

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.stack

    def as_widget(self) -> QWidget:
        return self

    def _make_presenters(self) -> None:
        """The presenters, and the view's own names for what they do (its public API and the
        steps they ask of each other, see :class:`~app.ui.storyboard.parts.BoardView`)."""
        self.sync = sync = BoardSync(self)
        self.autosave = sync.autosave
        self.replan_timer = sync.replan_timer
        self.sequence_timer = sync.sequence_timer
        self.board_edited = sync.board_edited
        self.mark_changed = sync.mark_changed
        self.refresh = sync.refresh
        self.update_title = sync.update_title
        self.update_summary = sync.update_summary
        self.update_cut_buttons = sync.update_cut_buttons
        self.update_shot_title = sync.update_shot_title
        self.current_row = sync.current_row
        self.current_frame_row = sync.current_frame_row
        self.select_frame = sync.select_frame
        self.shot_for_frame = sync.shot_for_frame
        self.selected_shots = sync.selected_shots
        self.select_shot = sync.select_shot
        self.show_current_shot = sync.show_current_shot
        self.hide_image_fields = sync.hide_image_fields
        self.checking = checking = FrameChecking(self)
        self.check_frames = checking.check_frames
        self.frame_verdicts = checking.frame_verdicts
        self.editing = editing = BoardEditing(self)
        self.add_frames = editing.add_frames
        self.paste_frames = editing.paste_frames
        self.request_add_frames = editing.request_add_frames
        self.duplicate_frame = editing.duplicate_frame
        self.remove_frame = editing.remove_frame
        self.move_frame = editing.move_frame
        self.set_cut_mode = editing.set_cut_mode
        self.use_suggested_model = editing.use_suggested_model
        self.apply_to_all = editing.apply_to_all
        self.framing = FrameFraming(self)
        self.frame_image = self.framing.frame_image
        self.sequence = sequence = SequenceFlow(self)
        self.refresh_sequence = sequence.refresh_sequence
        self.play_sequence = sequence.play_sequence
        self.continue_from_current_shot = sequence.continue_from_current_shot
        self.continue_from_shot = sequence.continue_from_shot
        self.continue_from_job = sequence.continue_from_job
        self.extract_last_frame = sequence.extract_last_frame
        self._make_flows()

    def _make_flows(self) -> None:
        """The document, rendering and export presenters, and the File menu's actions."""
        self.documents = documents = DocumentFlow(self)
        self.has_unsaved_changes = documents.has_unsaved_changes
        self.ask_before_closing = documents.ask_before_closing
        self.new_board = documents.new_board
        self.request_open = documents.request_open
        self.open_board = documents.open_board
        self.save = documents.save
        self.save_as = documents.save_as
        self.request_save_as = documents.request_save_as
        self.save_quietly = documents.save_quietly
        self.render_flow = render = RenderFlow(self)
        self.generate = render.generate  # the price first (inline), then the queue
        self.generate_blocker = render.generate_blocker  # why not now, or ""
        self.confirmation_buttons = render.confirmation_buttons
        self.engine_ready = render.engine_ready
        self.update_generate = render.update_generate
        self.exports = exports = ExportFlow(self)
        self.request_export_video = exports.request_export_video
        self.request_export_shot_list = exports.request_export_shot_list
        self.export_video = exports.export_video  # in a worker; Cancel leaves nothing behind
        self.export_shot_list = exports.export_shot_list
        self.handoff = handoff = HandoffFlow(self)  # edit lists, captions, PDF; edits back
        self.file_menu = actions = FileActions(self)  # its actions call the names above
        self.remember = actions.remember
        self.open_dialog = actions.open_dialog
        self.file_actions = lambda: [*actions.file_actions(), *handoff.menu_actions()]
        self.recent_menu = actions.recent_menu
        self.continue_action = actions.continue_action
        self.play_from_action = actions.play_from_action
        self.generate_shot_action = actions.generate_shot_action
        self.takes_action = actions.takes_action
        self.addAction(self.takes_action)  # Ctrl+T on the storyboard
        self.open_takes = actions.open_takes

    def set_board(self, board: Storyboard) -> None:
        """Another board is open: check all its frames, show it."""
        self.checking.forget()
        self.sync.set_board(board)

    def say(self, text: str) -> None:
        self.status_message.emit(text)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        top = self._build_top()
        self.suggestion_notice = Notice("cutSuggestion", self)
        self.confirm_notice = Notice("renderConfirmation", self)
        self.progress_notice = Notice("exportProgress", self)
        self.message_notice = Notice("storyboardMessage", self)

        self._build_bottom()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.suggestion_notice)
        layout.addWidget(self.confirm_notice)
        layout.addWidget(self.progress_notice)
        layout.addWidget(self.message_notice)
        layout.addWidget(self.bottom, 1)

    def _build_top(self) -> QHBoxLayout:
        """The board's name, saving and exporting, playing and generating."""
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
        save_button.setDefaultAction(self.file_menu.save_action)
        save_button.setText(self.tr("Save"))
        save_button.setAutoRaise(True)
        export_button = _export_button(
            self,
            [
                self.file_menu.export_video_action,
                self.file_menu.export_json_action,
                self.file_menu.export_csv_action,
            ],
            self.handoff.menu_actions(),
        )

        self.play_button = QPushButton(self.tr("Play sequence"), self)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip(
            self.tr("Play the board: finished clips back to back, held frames for the rest")
        )
        self.play_button.clicked.connect(lambda: self.play_sequence(0))
        self.generate_button = QPushButton(self.tr("Generate all"), self)
        self.generate_button.setAccessibleName(self.tr("Generate all shots"))
        theme.make_prominent(self.generate_button)
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
        return top

    def _build_frames_header(self) -> QHBoxLayout:
        frames_header = QHBoxLayout()
        frames_header.setSpacing(4)
        frames_title = QLabel(self.tr("Frames"), self)
        theme.make_small(frames_title, bold=True)
        frames_header.addWidget(frames_title)
        frames_header.addSpacing(theme.SPACING)
        for action in (
            self.file_menu.add_action,
            self.file_menu.duplicate_action,
            self.file_menu.frame_action,
            self.file_menu.remove_action,
            self.file_menu.move_left_action,
            self.file_menu.move_right_action,
        ):
            frames_header.addWidget(_action_button(self, action))
        frames_header.addStretch(1)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Board summary"))
        theme.make_small(self.summary_label)
        frames_header.addWidget(self.summary_label)
        return frames_header

    def _build_shots_header(self) -> QHBoxLayout:
        shots_header = QHBoxLayout()
        shots_header.setSpacing(4)
        shots_title = QLabel(self.tr("Shots"), self)
        theme.make_small(shots_title, bold=True)
        shots_header.addWidget(shots_title)
        shots_header.addSpacing(theme.SPACING)
        self.cut_switch = Switch(
            self.tr("Cut"),
            (CutMode.PER_FRAME, self.tr("One clip per frame"), said_text(CutMode.PER_FRAME.label)),
            (
                CutMode.PER_PAIR,
                self.tr("One clip per pair of frames"),
                said_text(CutMode.PER_PAIR.label),
            ),
            label=self.tr("Cut:"),
            parent=self,
        )
        self.per_frame_button = self.cut_switch.first
        self.per_pair_button = self.cut_switch.second
        self.cut_switch.chosen.connect(self.set_cut_mode)
        shots_header.addWidget(self.cut_switch)
        shots_header.addStretch(1)
        return shots_header

    def _build_bottom(self) -> None:
        """The board on the left (frames, shots, the selected shot's settings), the sequence
        player above the queue on the right: the player gets the window's whole height, so
        it stays large on a 1280 × 720 window with the welcome shown."""
        settings_box = ShotSettings(self.catalogue, self.continue_action, self)
        self.note_editor: ShotNoteEditor = ShotNoteEditor(settings_box)
        # Beside the model, not a row of its own: the prompt must stay in view on a laptop.
        settings_box.model_row.addWidget(self.note_editor, 1)
        self.takes_button = settings_box.add_title_action(self.takes_action)
        self.shot_title = settings_box.shot_title
        self.continue_button = settings_box.continue_button
        self.picker = settings_box.picker
        self.panel = settings_box.panel
        self.apply_button = settings_box.apply_button
        self.apply_button.clicked.connect(lambda: self.apply_to_all(prompt=False))
        self.apply_with_prompt_action = settings_box.apply_with_prompt_action
        self.apply_with_prompt_action.triggered.connect(lambda: self.apply_to_all(prompt=True))

        board = QWidget(self)
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(6)
        board_layout.addLayout(self._build_frames_header())
        board_layout.addWidget(self.strip)
        board_layout.addLayout(self._build_shots_header())
        board_layout.addWidget(self.shot_row)
        board_layout.addWidget(settings_box, 1)

        self.player = SequencePlayer(self)
        self.queue = QueueView(self._queue_model, self)
        self.queue.set_compact(True)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("storyboardPlayerSplitter")
        self.side.addWidget(self.player)
        self.side.addWidget(self.queue)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.side.setChildrenCollapsible(False)

        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.setObjectName("storyboardSplitter")
        self.bottom.addWidget(board)
        self.bottom.addWidget(self.side)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setChildrenCollapsible(False)

    def _wire(self) -> None:
        self.strip.files_dropped.connect(self.add_frames)
        self.strip.move_requested.connect(self.editing.move_dropped)
        self.strip_model.frames_moved.connect(lambda: self.board_edited(frames=True))
        self.shot_row.activated.connect(self.play_sequence)
        self.picker.model_changed.connect(self.editing.model_chosen)
        self.panel.changed.connect(self.editing.panel_changed)
        self.queue.cancel_requested.connect(self.controller.cancel)
        self.queue.retry_requested.connect(lambda job_id: self.controller.retry(job_id))
        self.queue.retry_download_requested.connect(self.controller.retry_download)
        self.queue.remove_requested.connect(self.controller.remove)
        self.queue.reuse_requested.connect(self.reuse_requested)
        self.queue.continue_requested.connect(self.continue_from_job)

    def suggestion_buttons(self) -> list[QPushButton]:
        return [b for b in self.suggestion_notice.findChildren(QPushButton) if not b.isHidden()]

    def _picture_arrived(self, _key: str) -> None:
        self.strip.viewport().update()
        self.shot_row.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:
            # Shared out once the real size is known: the board and the player's column,
            # the player above the queue.
            self._sized = True
            width = max(900, self.bottom.width())
            self.bottom.setSizes([round(width * 0.58), round(width * 0.42)])
            height = max(400, self.side.height())
            self.side.setSizes([round(height * 0.62), round(height * 0.38)])

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
        if dropped_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_frames(paths)
