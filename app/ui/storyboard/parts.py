"""What the Storyboard view's presenters see of the view: its widgets, its document and the
few shared steps they ask of each other (through the view, which owns every presenter).

The presenters (``editing``, ``sync``, ``checking``, ``playing``, ``document_flow``,
``actions``, ``render_flow``, ``export``) hold the behaviour; the view holds the layout. Each
presenter is typed against :class:`BoardView` rather than the view's class, so that no
presenter module imports the view module (which imports them all).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from app.core.catalogue import Catalogue
from app.core.settings import Settings
from app.core.storyboard import CutMode, Storyboard
from app.ui.bridge import Controller
from app.ui.panel import ModelPicker, ParameterPanel
from app.ui.sequence_player import SequencePlayer
from app.ui.storyboard.document import BoardDocument
from app.ui.storyboard.frames import FrameStrip, FrameStripModel
from app.ui.storyboard.notice import Notice
from app.ui.storyboard.pictures import PictureCache
from app.ui.storyboard.shot_model import ShotModel
from app.ui.storyboard.shots import ShotRow


class BoardView(Protocol):
    """The Storyboard view as its presenters use it."""

    # What the view was made with, and the open board.
    settings: Settings
    controller: Controller
    catalogue: Catalogue
    document: BoardDocument
    engine_kind: Callable[[], str]

    @property
    def board(self) -> Storyboard: ...

    # Its widgets.
    strip: FrameStrip
    strip_model: FrameStripModel
    shot_model: ShotModel
    shot_row: ShotRow
    picker: ModelPicker
    panel: ParameterPanel
    player: SequencePlayer
    title_label: QLabel
    saved_label: QLabel
    summary_label: QLabel
    shot_title: QLabel
    reason_label: QLabel
    per_frame_button: QToolButton
    per_pair_button: QToolButton
    apply_button: QToolButton
    play_button: QPushButton
    generate_button: QPushButton
    generate_selected_button: QPushButton
    suggestion_notice: Notice
    confirm_notice: Notice
    progress_notice: Notice
    message_notice: Notice
    continue_action: QAction
    play_from_action: QAction
    generate_shot_action: QAction
    takes_action: QAction
    pictures: PictureCache
    file_dialog: QFileDialog | None
    question: QMessageBox | None

    # Saving a moment after a change, planning after typing, the sequence after both.
    autosave: QTimer
    replan_timer: QTimer
    sequence_timer: QTimer

    # What the panel shows: the id of the shot loaded in it, and whether it is being loaded.
    shown_shot: str
    loading_shot: bool

    # Its signals.
    status_message: SignalInstance
    show_requested: SignalInstance
    board_replaced: SignalInstance
    board_changed: SignalInstance
    frames_checked: SignalInstance
    confirmation_requested: SignalInstance
    render_finished: SignalInstance
    render_failed: SignalInstance
    sequence_ready: SignalInstance
    export_finished: SignalInstance
    export_failed: SignalInstance
    continued: SignalInstance

    def as_widget(self) -> QWidget:
        """The view itself, as the parent of dialogs, menus and actions."""
        ...

    # The steps the presenters ask of each other.
    def say(self, text: str) -> None: ...
    def board_edited(self, *, frames: bool) -> None: ...
    def mark_changed(self) -> None: ...
    def refresh(self, *, frames: bool) -> None: ...
    def set_board(self, board: Storyboard) -> None: ...
    def update_title(self) -> None: ...
    def update_summary(self) -> None: ...
    def update_generate(self) -> None: ...
    def update_cut_buttons(self) -> None: ...
    def update_shot_title(self, row: int | None) -> None: ...
    def current_row(self) -> int | None: ...
    def current_frame_row(self) -> int | None: ...
    def select_frame(self, row: int) -> None: ...
    def shot_for_frame(self, frame_row: int) -> int: ...
    def selected_shots(self) -> list[int]: ...
    def show_current_shot(self) -> None: ...
    def hide_image_fields(self) -> None: ...
    def check_frames(self) -> None: ...
    def save_quietly(self) -> None: ...
    def remember(self, board: Storyboard) -> None: ...
    def open_dialog(self, dialog: QFileDialog) -> None: ...
    def add_frames(self, paths: Sequence[Path | str], at: int | None = None) -> int: ...
    def request_add_frames(self) -> None: ...
    def duplicate_frame(self) -> None: ...
    def frame_image(self) -> None: ...
    def remove_frame(self) -> None: ...
    def move_frame(self, step: int) -> None: ...
    def set_cut_mode(self, mode: CutMode | str) -> None: ...
    def use_suggested_model(self) -> None: ...
    def new_board(self) -> None: ...
    def request_open(self) -> None: ...
    def open_board(self, path: Path | str) -> None: ...
    def save(self) -> bool: ...
    def request_save_as(self, then: Callable[[], object] | None = None) -> None: ...
    def request_export_video(self) -> None: ...
    def request_export_shot_list(self, kind: str) -> None: ...
    def refresh_sequence(self, *, then_play_from: int | None = None) -> None: ...
    def play_sequence(self, from_row: int = 0) -> None: ...
    def continue_from_current_shot(self) -> None: ...
    def generate(self, *, only_selected: bool = False) -> None: ...
    def generate_blocker(self, only: set[int] | None = None) -> str: ...


class Presenter(QObject):
    """A part of the Storyboard view's behaviour: a child of the view, driving its widgets."""

    def __init__(self, view: BoardView) -> None:
        widget = view.as_widget()
        super().__init__(widget)
        self.widget = widget  # the parent of the dialogs, menus and actions it makes
        self.view = view
