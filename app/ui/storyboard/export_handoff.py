"""Handing the board to an editor from the window: "Export for an editor…" writes the chosen
files (animatic MP4 with captions, .otio, .xml, .edl, .srt, board PDF) into a folder in a
worker, with progress and Cancel; "Bring back an edit…" reads an edited .otio or .xml and
changes the board to match, as one undoable step, with a summary of what changed.

Both go through the Controller (:mod:`app.ui.bridge`); the board handed to the worker is a
copy, so the user may keep editing while it works.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import StoryreelError
from app.core.storyboard.board_pdf import PaperSize
from app.core.storyboard.burn_in import Corner
from app.core.storyboard.conform import ConformPlan, apply_conform
from app.core.storyboard.handoff import ExportKind, HandoffOptions, target_files
from app.ui.error_text import error_text, said_text
from app.ui.numbers import decimal
from app.ui.storyboard.background import ExportCancelled
from app.ui.storyboard.export_run import ExportRun
from app.ui.storyboard.parts import BoardView, Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)

DEFAULT_KINDS = (ExportKind.OTIO, ExportKind.XML, ExportKind.PDF)


class HandoffDialog(QDialog):
    """Which files to write, where, on which paper, and whether to burn captions in."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for an editor"))
        self.setObjectName("handoffDialog")
        self.boxes: dict[ExportKind, QCheckBox] = {}
        texts = {
            ExportKind.MP4: self.tr("Animatic video (MP4), with its captions (.srt) beside it"),
            ExportKind.OTIO: self.tr("OpenTimelineIO timeline (.otio) for DaVinci Resolve"),
            ExportKind.XML: self.tr("Final Cut Pro 7 XML (.xml) for Premiere Pro and Resolve"),
            ExportKind.EDL: self.tr("CMX 3600 edit decision list (.edl)"),
            ExportKind.SRT: self.tr("Captions (.srt): shot numbers and notes"),
            ExportKind.PDF: self.tr("Board PDF: frames in a grid with prompts and notes"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write these files:"), self))
        for kind, text in texts.items():
            box = QCheckBox(text, self)
            box.setChecked(kind in DEFAULT_KINDS)
            box.toggled.connect(self._update)
            self.boxes[kind] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4, landscape"), PaperSize.A4.value)
        self.paper.addItem(self.tr("US Letter, landscape"), PaperSize.LETTER.value)
        form.addRow(self.tr("PDF &paper:"), self.paper)
        self.burn_in = QComboBox(self)
        self.burn_in.addItem(self.tr("Not burnt in"), "")
        corners = {
            Corner.TOP_LEFT: self.tr("Top left"),
            Corner.TOP_RIGHT: self.tr("Top right"),
            Corner.BOTTOM_LEFT: self.tr("Bottom left"),
            Corner.BOTTOM_RIGHT: self.tr("Bottom right"),
        }
        for corner, text in corners.items():
            self.burn_in.addItem(text, corner.value)
        form.addRow(self.tr("Shot numbers and notes in the &video:"), self.burn_in)
        self.folder = QLineEdit(str(folder), self)
        self.folder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.folder.setCursorPosition(0)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.kinds()))
        self.burn_in.setEnabled(self.boxes[ExportKind.MP4].isChecked())
        self.paper.setEnabled(self.boxes[ExportKind.PDF].isChecked())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export into folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def kinds(self) -> list[ExportKind]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def options(self) -> HandoffOptions:
        corner = self.burn_in.currentData()
        return HandoffOptions(
            paper=PaperSize(self.paper.currentData()),
            burn_in=Corner(corner) if corner else None,
        )


class HandoffFlow(Presenter):
    """ "Export for an editor…" and "Bring back an edit…"."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._run = ExportRun(self)
        self.dialog: HandoffDialog | None = None
        self.question: QMessageBox | None = None
        self.handoff_action = QAction(self.tr("Export for an e&ditor…"), self.widget)
        self.handoff_action.setToolTip(
            self.tr("An edit list (.otio, .xml, .edl), captions, the animatic and a board PDF")
        )
        self.handoff_action.triggered.connect(self.request_handoff)
        self.import_action = QAction(self.tr("&Bring back an edit…"), self.widget)
        self.import_action.setToolTip(
            self.tr("Reorder, trim and remove shots as they were in an edited .otio or .xml")
        )
        self.import_action.triggered.connect(self.request_import)

    def menu_actions(self) -> list[QAction]:
        return [self.handoff_action, self.import_action]

    # -- exporting -------------------------------------------------------------------------

    def request_handoff(self) -> None:
        if not self.view.shot_model.rowCount():
            self.view.say(self.tr("There is nothing to export yet: add frames first."))
            return
        folder = self.view.board.folder or self.view.settings.library_path
        dialog = HandoffDialog(Path(folder), self.widget)
        dialog.accepted.connect(
            lambda: self.confirm_export(
                Path(dialog.folder.text()), dialog.kinds(), dialog.options()
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def confirm_export(
        self, folder: Path, kinds: list[ExportKind], options: HandoffOptions
    ) -> None:
        """Export, after asking whether to replace files of the same names already there
        (looked for in a worker)."""
        targets = target_files(self.view.board.name, folder, kinds)
        run_in_thread(
            lambda: [path for path in targets if path.exists()],
            owner=self,
            on_done=lambda found: self._ask_replace(found, folder, kinds, options),
            on_error=lambda _error: self.export(folder, kinds, options),
        )

    def _ask_replace(
        self, found: list[Path], folder: Path, kinds: list[ExportKind], options: HandoffOptions
    ) -> None:
        if not found:
            self.export(folder, kinds, options)
            return
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace existing files?"))
        box.setText(
            self.tr("%n files of the same name are already in {folder}.", "", len(found)).format(
                folder=folder
            )
        )
        box.setInformativeText(", ".join(path.name for path in found))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        box.buttonClicked.connect(
            lambda button: self.export(folder, kinds, options) if button is replace else None
        )
        box.finished.connect(lambda _result: setattr(self, "question", None))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()

    def export(self, folder: Path, kinds: list[ExportKind], options: HandoffOptions) -> None:
        """Write the chosen files into ``folder`` in a worker, with progress and Cancel."""
        if self._run.running:
            self.view.say(self.tr("An export is already running."))
            return
        self._run.start(
            self.tr("Exporting {name} for an editor…").format(name=said_text(self.view.board.name)),
            self.tr("Cancel"),
            self.view.controller.export_board,
            copy.deepcopy(self.view.board),
            folder,
            kinds,
            options,
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, result: Any) -> None:
        self._run.over()
        names = ", ".join(path.name for path in result.files)
        text = self.tr("Exported %n files: {names}.", "", len(result.files)).format(names=names)
        if result.held:
            text += " " + self.tr("Shots not rendered yet are held as their first frame.")
        self.view.say(text)
        if result.files:
            self.view.export_finished.emit(result.files[0])

    def _failed(self, error: BaseException) -> None:
        self._run.over()
        if isinstance(error, ExportCancelled):
            message = self.tr("Export cancelled.")
        elif isinstance(error, StoryreelError | OSError):
            message = self.tr("The export did not finish: {error}").format(error=error_text(error))
        else:
            log.error("exporting for an editor failed", exc_info=error)
            message = self.tr("The export did not finish: {error}").format(
                error=type(error).__name__
            )
        self.view.say(message)
        self.view.export_failed.emit(message)

    # -- bringing an edit back -------------------------------------------------------------

    def request_import(self) -> None:
        dialog = QFileDialog(self.widget, self.tr("Bring back an edit"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Edit lists (*.otio *.xml)"), self.tr("All files (*)")])
        dialog.setDirectory(str(self.view.board.folder or self.view.settings.library_path))
        dialog.fileSelected.connect(lambda path: self.import_edit(Path(path)))
        self.view.open_dialog(dialog)

    def import_edit(self, path: Path) -> None:
        """Read an edited timeline in a worker, then change the board as one undoable step."""
        run_in_thread(
            self.view.controller.read_edit,
            copy.deepcopy(self.view.board),
            path,
            owner=self,
            on_done=lambda plan: self._apply(path, plan),
            on_error=lambda error: self._import_failed(path, error),
        )

    def _apply(self, path: Path, plan: ConformPlan) -> None:
        board = self.view.board
        if plan.changes_anything:
            self.view.document.edit(
                self.tr("Bring back the edit from {name}").format(name=path.name),
                lambda: apply_conform(board, plan),
            )
            self.view.board_edited(frames=True)
        self.view.say(self.describe(path, plan))

    def describe(self, path: Path, plan: ConformPlan) -> str:
        """What the edit changed, in sentences."""
        parts = [
            self.tr("Shot {number} moved to position {position}.").format(
                number=number, position=position
            )
            for number, position in ([] if plan.order_refused else plan.moved)
        ]
        parts += [
            self.tr("Shot {number} trimmed to {now} s (was {was} s).").format(
                number=t.number, now=decimal(t.now_s, 2), was=decimal(t.was_s, 2)
            )
            for t in plan.trims
        ]
        if not plan.order_refused:
            parts += [self.tr("Shot {number} removed.").format(number=n) for n in plan.removed]
        else:
            parts.append(
                self.tr(
                    "In a pair cut the shots follow their frames, so the new order and the "
                    "removals were not applied: move or remove frames instead."
                )
            )
        if plan.unmatched:
            parts.append(
                self.tr("%n clips matched no shot of this board and were left out.", "",
                        len(plan.unmatched))
            )  # fmt: skip
        if not parts:
            return self.tr("{name} matches the board: nothing changed.").format(name=path.name)
        heading = self.tr("Brought back from {name} (Undo takes it back):").format(name=path.name)
        return " ".join([heading, *parts])

    def _import_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, StoryreelError | OSError):
            message = self.tr("{name} could not be brought back: {error}").format(
                name=path.name, error=error_text(error)
            )
        else:
            log.error("reading an edit list failed", exc_info=error)
            message = self.tr("{name} could not be brought back: {error}").format(
                name=path.name, error=type(error).__name__
            )
        self.view.say(message)
