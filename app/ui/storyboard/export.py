"""Exporting a storyboard: one MP4 of the whole sequence with its captions (.srt) beside it,
made in a worker with progress and Cancel, and the shot list as JSON or CSV. The hand-off to
an editor (edit lists, board PDF, an edit brought back) is :mod:`.export_handoff`."""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
)

from app.core.errors import StoryreelError
from app.core.storyboard import (
    ShotStatus,
    export_shot_list_csv,
    export_shot_list_json,
)
from app.ui.error_text import error_text, said_text
from app.ui.numbers import decimal
from app.ui.storyboard.background import ExportCancelled, export_sequence_video
from app.ui.storyboard.export_run import ExportRun
from app.ui.storyboard.parts import BoardView, Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class ExportFlow(Presenter):
    """One MP4 of the sequence, and the shot list as JSON or CSV (a presenter: the view
    holds the progress notice and the signals)."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._run = ExportRun(self)

    def request_export_video(self) -> None:
        if not self.view.shot_model.rowCount():
            self.view.say(self.tr("There is nothing to export yet: add frames first."))
            return
        dialog = QFileDialog(self.widget, self.tr("Export sequence as MP4"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("MP4 video (*.mp4)")])
        dialog.setDefaultSuffix("mp4")
        dialog.setDirectory(str(self.view.board.folder or self.view.settings.library_path))
        dialog.selectFile(f"{said_text(self.view.board.name)}.mp4")
        dialog.fileSelected.connect(lambda path: self.export_video(Path(path)))
        self.view.open_dialog(dialog)

    def request_export_shot_list(self, kind: str) -> None:
        title = (
            self.tr("Export shot list as JSON")
            if kind == "json"
            else self.tr("Export shot list as CSV")
        )
        dialog = QFileDialog(self.widget, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("JSON (*.json)")] if kind == "json" else [self.tr("CSV (*.csv)")]
        )
        dialog.setDefaultSuffix(kind)
        dialog.setDirectory(str(self.view.board.folder or self.view.settings.library_path))
        name = self.tr("{name} shot list").format(name=said_text(self.view.board.name))
        dialog.selectFile(f"{name}.{kind}")
        dialog.fileSelected.connect(lambda path: self.export_shot_list(Path(path), kind))
        self.view.open_dialog(dialog)

    def export_video(self, path: Path | str) -> None:
        """One MP4 of the whole sequence, made in a worker with progress; Cancel stops it and
        leaves nothing behind."""
        path = Path(path)
        if self._run.running:
            self.view.say(self.tr("An export is already running."))
            return
        if not self.view.shot_model.rowCount():
            self.view.say(self.tr("There is nothing to export yet: add frames first."))
            return
        self._run.start(
            self.tr("Exporting {name}…").format(name=path.name),
            self.tr("Cancel"),
            export_sequence_video,
            copy.deepcopy(self.view.board),
            self.view.catalogue,
            path,
            on_done=self._exported,
            on_error=lambda error: self._export_error(path, error),
        )

    def _exported(self, result: Any) -> None:
        self._run.over()
        info = result.info
        rows = range(self.view.shot_model.rowCount())
        held = [r for r in rows if self.view.shot_model.status(r) is not ShotStatus.DONE]
        text = self.tr(
            "Exported {name}: {seconds} s, {width}×{height}, with its captions beside it."
        ).format(
            name=result.path.name,
            seconds=decimal(info.duration_s, 1),
            width=info.width,
            height=info.height,
        )
        if held:
            text += " " + self.tr("Shots not rendered yet are held as their first frame.")
        self.view.say(text)
        self.view.export_finished.emit(result.path)

    def _export_error(self, path: Path, error: BaseException) -> None:
        self._run.over()
        if isinstance(error, ExportCancelled):
            message = self.tr("Export cancelled: {name} was not written.").format(name=path.name)
        elif isinstance(error, StoryreelError | OSError):
            message = self.tr("{name} could not be exported: {error}").format(
                name=path.name, error=error_text(error)
            )
        else:
            log.error("exporting the sequence failed", exc_info=error)
            message = self.tr("{name} could not be exported: {error}").format(
                name=path.name, error=type(error).__name__
            )
        self.view.say(message)
        self.view.export_failed.emit(message)

    def export_shot_list(self, path: Path | str, kind: str) -> None:
        path = Path(path)
        writer = export_shot_list_json if kind == "json" else export_shot_list_csv

        def done(written: Path) -> None:
            self.view.say(self.tr("Shot list saved as {name}.").format(name=written.name))
            self.view.export_finished.emit(written)

        def failed(error: BaseException) -> None:
            message = self.tr("The shot list could not be saved as {name}: {error}").format(
                name=path.name, error=error_text(error)
            )
            self.view.say(message)
            self.view.export_failed.emit(message)

        run_in_thread(
            writer,
            copy.deepcopy(self.view.board),
            self.view.catalogue,
            path,
            owner=self,
            on_done=done,
            on_error=failed,
        )
