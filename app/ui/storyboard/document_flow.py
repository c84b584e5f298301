"""The board's life as a document: new, open, save, save as, and asking before an unsaved board is
closed.

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

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
from app.ui.error_text import error_text, said_text
from app.ui.storyboard.parts import Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class DocumentFlow(Presenter):
    """New, open, save, save as, and asking before an unsaved board is closed."""

    def has_unsaved_changes(self) -> bool:
        """A board with no file yet that holds frames (boards with a file save themselves)."""
        return (
            self.view.board.path is None
            and self.view.document.dirty
            and bool(self.view.board.frames)
        )

    def ask_before_closing(self, then: Callable[[], object]) -> bool:
        """Before the board is closed: a board with a file is saved now; for a board without
        one, ask (non-modally) and return True, calling ``then`` once the user has decided to
        go on. False: nothing to ask, go on at once."""
        if self.view.board.path is not None:
            if self.view.document.dirty:
                self.save_quietly()
            return False
        if not self.has_unsaved_changes():
            return False
        if self.view.question is not None:
            self.view.question.raise_()
            return True
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save the storyboard?"))
        box.setText(self.tr("The storyboard is not saved in a file yet."))
        box.setInformativeText(
            self.tr(
                "It has %n frames. Save it to keep its frames, settings and clips together; "
                "its rendered clips stay in your library either way.",
                "",
                len(self.view.board.frames),
            )
        )
        save = box.addButton(self.tr("Save…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)

        def answered(button: object) -> None:
            self.view.question = None
            if button is save:
                self.request_save_as(then=then)
            elif button is discard:
                self.view.document.forget_changes()
                QTimer.singleShot(0, then)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view.question = box
        box.open()
        return True

    def new_board(self) -> None:
        def go() -> None:
            self.view.set_board(Storyboard(model_id=self.view.board.model_id))
            self.view.show_requested.emit()
            self.view.say(self.tr("A new, empty storyboard: drop frames on the strip to begin."))

        if not self.ask_before_closing(go):
            go()

    def request_open(self) -> None:
        dialog = QFileDialog(self.widget, self.tr("Open storyboard"))
        dialog.setNameFilters(
            [self.tr("Storyboards (*.storyboard.json *.json)"), self.tr("All files (*)")]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(str(self._documents_folder()))
        dialog.fileSelected.connect(lambda path: self.open_board(Path(path)))
        self.view.open_dialog(dialog)

    def open_board(self, path: Path | str) -> None:
        """Open a board file (in a worker), picking up clips of jobs that finished meanwhile."""
        path = Path(path).expanduser().absolute()

        def go() -> None:
            engine = self.view.controller.engine
            jobs = engine.jobs() if engine is not None else []
            run_in_thread(
                self.view.controller.open_storyboard,
                path,
                jobs,
                owner=self,
                on_done=lambda result: self._opened(result[0], result[1]),
                on_error=lambda error: self._open_failed(path, error),
            )

        if not self.ask_before_closing(go):
            go()

    def _opened(self, board: Storyboard, attached: list[int]) -> None:
        self.view.set_board(board)
        self.view.remember(board)
        missing = board.missing_frames()
        text = self.tr("Opened {name}.").format(name=board.name)
        if attached:
            text += " " + self.tr(
                "%n shots picked up clips that finished while it was closed.", "", len(attached)
            )
        if missing:
            numbers = ", ".join(str(i + 1) for i in missing)
            text += " " + self.tr(
                "The image files of frames {numbers} are missing.", "", len(missing)
            ).format(numbers=numbers)
        self.view.say(text)
        self.view.show_requested.emit()

    def _open_failed(self, path: Path, error: BaseException) -> None:
        message = (
            error_text(error)
            if isinstance(error, StoryreelError)
            else self.tr("The storyboard {path} cannot be opened: {error}").format(
                path=path, error=error_text(error)
            )
        )
        self.view.message_notice.show_message(
            message, theme.Accent.INVALID, [(self.tr("Close"), self.view.message_notice.clear)]
        )
        self.view.show_requested.emit()

    def save(self) -> bool:
        """Save to the board's file; a board without one asks where (non-modally)."""
        if self.view.board.path is None:
            self.request_save_as()
            return False
        return self._write(self.view.board.path)

    def save_as(self, path: Path | str) -> bool:
        path = Path(path).expanduser().absolute()
        if not path.name.lower().endswith(".json"):
            path = path.with_name(path.name + FILE_SUFFIX)
        return self._write(path)

    def request_save_as(self, then: Callable[[], object] | None = None) -> None:
        dialog = QFileDialog(self.widget, self.tr("Save storyboard as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Storyboards (*.storyboard.json)")])
        folder = self.view.board.folder or self._documents_folder()
        dialog.setDirectory(str(folder))
        dialog.selectFile(f"{said_text(self.view.board.name)}{FILE_SUFFIX}")

        def chosen(path: str) -> None:
            if self.save_as(path) and then is not None:
                then()

        dialog.fileSelected.connect(chosen)
        self.view.open_dialog(dialog)

    def _documents_folder(self) -> Path:
        return self.view.settings.library_path / "Storyboards"

    def _write(self, path: Path) -> bool:
        self.view.autosave.stop()
        try:
            self.view.board.save(path)
        except OSError as exc:
            self.view.say(
                self.tr("The storyboard could not be saved to {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return False
        self.view.document.mark_saved()
        self.view.remember(self.view.board)
        self.view.update_title()
        self.view.say(self.tr("Saved {path}.").format(path=path))
        return True

    def save_quietly(self) -> None:
        if self.view.board.path is None or not self.view.document.dirty:
            return
        try:
            self.view.board.save()
        except OSError as exc:
            self.view.say(
                self.tr("The storyboard could not be saved to {path}: {error}").format(
                    path=self.view.board.path, error=exc.strerror or exc
                )
            )
            return
        self.view.document.mark_saved()
        self.view.update_title()
