"""The storyboard's actions: the File menu's document entries, the frame keys, the shot menu.

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QStyle,
)

from app.core.storyboard import (
    FILE_SUFFIX,
    Storyboard,
    remember_recent,
)
from app.ui.storyboard.parts import BoardView, Presenter

log = logging.getLogger(__name__)


class FileActions(Presenter):
    """The storyboard's actions and the File menu's entries (with Open recent)."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._make_document_actions()
        self._make_frame_actions()
        self._make_shot_actions()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: str | QKeySequence | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self.widget)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.widget.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _make_document_actions(self) -> None:
        """New, Open, Open recent, Save, Save as and the exports (the File menu's)."""
        self.new_action = self._action(
            self.tr("&New storyboard"),
            self.view.new_board,
            shortcut="Ctrl+Shift+N",
            tip=self.tr("Start an empty storyboard"),
        )
        self.open_action = self._action(
            self.tr("&Open storyboard…"),
            self.view.request_open,
            shortcut="Ctrl+O",
            tip=self.tr("Open a storyboard file"),
        )
        self.recent_menu = QMenu(self.tr("Open &recent storyboard"), self.widget)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(
            self.tr("&Save storyboard"),
            self.view.save,
            shortcut="Ctrl+S",
            tip=self.tr("Save the storyboard (boards with a file are also saved as you work)"),
        )
        self.save_as_action = self._action(
            self.tr("Save storyboard &as…"),
            lambda: self.view.request_save_as(),
            shortcut="Ctrl+Shift+S",
            tip=self.tr("Save the storyboard to a new file"),
        )
        self.export_video_action = self._action(
            self.tr("&Export sequence as MP4…"),
            self.view.request_export_video,
            shortcut="Ctrl+E",
            tip=self.tr("One video of the whole board: finished clips, held frames for the rest"),
        )
        self.export_json_action = self._action(
            self.tr("Export shot list as &JSON…"),
            lambda: self.view.request_export_shot_list("json"),
            tip=self.tr("Every shot with its frames, model, prompt, settings, cost and clip"),
        )
        self.export_csv_action = self._action(
            self.tr("Export shot list as &CSV…"),
            lambda: self.view.request_export_shot_list("csv"),
            tip=self.tr("The shot list for a spreadsheet"),
        )

    def _make_frame_actions(self) -> None:
        """The frame actions: buttons over the strip, keys that act on the strip only."""
        pixmaps = QStyle.StandardPixmap
        self.add_action = self._action(
            self.tr("Add frames…"),
            self.view.request_add_frames,
            shortcut="Insert",
            tip=self.tr("Add images after the selected frame (Insert)"),
            icon=pixmaps.SP_FileIcon,
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate"),
            self.view.duplicate_frame,
            shortcut="Ctrl+D",
            tip=self.tr("Duplicate the selected frame, with its shot's settings (Ctrl+D)"),
        )
        self.frame_action = self._action(
            self.tr("Frame…"),
            self.view.frame_image,
            shortcut="Ctrl+Shift+F",
            tip=self.tr(
                "Choose the part of the selected frame the shot keeps, at the shot's aspect "
                "ratio (Ctrl+Shift+F)"
            ),
        )
        self.remove_action = self._action(
            self.tr("Remove"),
            self.view.remove_frame,
            shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
            tip=self.tr("Remove the selected frame (Delete)"),
            icon=pixmaps.SP_TrashIcon,
        )
        self.move_left_action = self._action(
            self.tr("Move left"),
            lambda: self.view.move_frame(-1),
            shortcut="Alt+Left",
            tip=self.tr("Move the selected frame one place earlier (Alt+Left)"),
            icon=pixmaps.SP_ArrowLeft,
        )
        self.move_right_action = self._action(
            self.tr("Move right"),
            lambda: self.view.move_frame(1),
            shortcut="Alt+Right",
            tip=self.tr("Move the selected frame one place later (Alt+Right)"),
            icon=pixmaps.SP_ArrowRight,
        )
        for action in (
            self.add_action,
            self.duplicate_action,
            self.frame_action,
            self.remove_action,
            self.move_left_action,
            self.move_right_action,
        ):
            # Frame keys act on the strip only: Delete in a prompt deletes text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.strip.addAction(action)

    def _make_shot_actions(self) -> None:
        """The shot menu's entries."""
        self.continue_action = self._action(
            self.tr("Continue from last frame"),
            self.view.continue_from_current_shot,
            tip=self.tr(
                "The last frame of this shot's clip becomes a new frame right after it, so the "
                "scene goes on from where the clip ends"
            ),
        )
        self.play_from_action = self._action(
            self.tr("Play from this shot"),
            lambda: self.view.play_sequence(self.view.current_row() or 0),
        )
        self.generate_shot_action = self._action(
            self.tr("Generate selected shots"),
            lambda: self.view.generate(only_selected=True),
        )
        self.takes_action = self._action(
            self.tr("Takes…"),
            self.open_takes,
            shortcut="Ctrl+T",
            tip=self.tr(
                "Every take of this shot: choose the one the sequence plays, reject, delete, "
                "star or compare them"
            ),
        )
        self.takes_window: QDialog | None = None

    def open_takes(self) -> None:
        """The takes window of the current shot (one at a time)."""
        row = self.view.current_row()
        shots = self.view.board.shots
        if row is None or not 0 <= row < len(shots):
            return
        from app.ui.takes.board_subject import BoardTakes
        from app.ui.takes.dialog import TakesDialog

        if self.takes_window is not None:
            self.takes_window.close()
        subject = BoardTakes(
            self.view.document,
            shots[row].id,
            edited=lambda: self.view.board_edited(frames=False),
            engine_kind=self.view.engine_kind,
            board_changed=self.view.board_changed,
        )
        window = TakesDialog(
            subject,
            catalogue=self.view.catalogue,
            pictures=self.view.pictures,
            controller=self.view.controller,
            parent=self.widget,
        )
        subject.setParent(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: setattr(self, "takes_window", None))
        self.takes_window = window
        window.show()

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

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = list(self.view.settings.recent_storyboards)
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
            action.triggered.connect(lambda _checked=False, p=path: self.view.open_board(p))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.view.settings.recent_storyboards = []
        try:
            self.view.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)

    def remember(self, board: Storyboard) -> None:
        if board.path is None:
            return
        remember_recent(board.path, self.view.settings)
        try:
            self.view.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)

    def open_dialog(self, dialog: QFileDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self.view, "file_dialog", None))
        self.view.file_dialog = dialog
        dialog.open()
