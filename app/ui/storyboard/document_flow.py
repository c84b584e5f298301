"""The board's life as a document: new, open, save, save as, and asking before an unsaved board is
closed.

Part of :class:`StoryboardView`: mixed into the view, which holds the widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from app.core.errors import StoryreelError
from app.core.storyboard import (
    FILE_SUFFIX,
    Storyboard,
)
from app.ui import theme
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class DocumentFlow:
    """New, open, save, save as, and asking before an unsaved board is closed."""

    def has_unsaved_changes(self) -> bool:
        """A board with no file yet that holds frames (boards with a file save themselves)."""
        return self.board.path is None and self.document.dirty and bool(self.board.frames)

    def ask_before_closing(self, then: Callable[[], object]) -> bool:
        """Before the board is closed: a board with a file is saved now; for a board without
        one, ask (non-modally) and return True, calling ``then`` once the user has decided to
        go on. False: nothing to ask, go on at once."""
        if self.board.path is not None:
            if self.document.dirty:
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
                self.document.forget_changes()
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
                self.controller.open_storyboard,
                path,
                jobs,
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

    def request_save_as(self, then: Callable[[], object] | None = None) -> None:
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
        self.document.mark_saved()
        self._remember(self.board)
        self._update_title()
        self._say(self.tr("Saved {path}.").format(path=path))
        return True

    def _save_quietly(self) -> None:
        if self.board.path is None or not self.document.dirty:
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
        self.document.mark_saved()
        self._update_title()
