"""The takes window: every take of a shot (a storyboard shot, or the single shot) as a card,
and what can be done with them.

Choose circles a take (the sequence, or the single shot's player, plays it), Reject sets it
aside but keeps it, Delete sends its file to the trash (or Storyreel's bin), Star marks it in
the history, Compare plays two takes together. Every one of these but the star is a step of
the document's undo stack (Edit → Undo); a star is saved in the job store at once. Whose
takes they are, and how each edit is recorded, is the :class:`~.subject.TakesSubject`'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Catalogue
from app.core.errors import StoryreelError
from app.core.takes import Take
from app.ui.bridge import Controller
from app.ui.error_text import error_text
from app.ui.storyboard.pictures import PictureCache
from app.ui.takes.bin import discard
from app.ui.takes.model import TakeDelegate, TakesModel
from app.ui.takes.subject import TakesHolder, TakesSubject
from app.ui.workers import run_in_thread


class TakesDialog(QDialog):
    """The takes of one shot of the open board."""

    def __init__(
        self,
        subject: TakesSubject,
        *,
        catalogue: Catalogue,
        pictures: PictureCache,
        controller: Controller,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.subject, self.controller = subject, controller
        self.compare_window: QDialog | None = None
        self.setObjectName("takes-dialog")
        self.resize(760, 520)
        self.model = TakesModel(catalogue, pictures, self)
        self.grid = QListView(self)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWrapping(True)
        self.grid.setSpacing(6)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(TakeDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Takes"))
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        self.grid.doubleClicked.connect(lambda _index: self.choose())
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._build_buttons()
        self.variations = subject.variations_bar(controller, catalogue, self.say)
        self.variations.setParent(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.variations)
        layout.addWidget(self.message)
        layout.addLayout(self._button_row)
        subject.changed.connect(self.refresh)
        self.refresh()

    def _build_buttons(self) -> None:
        self.choose_button = QPushButton(self.tr("◯ Choose"), self)
        self.choose_button.setToolTip(self.tr("Circle this take: the sequence plays it"))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setToolTip(self.tr("Set this take aside, but keep it"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(
            self.tr("Move this take's file to the trash (Edit → Undo brings it back)")
        )
        self.star_button = QPushButton(self.tr("☆ Star"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(
            self.tr("Play two takes together, side by side or with a wipe")
        )
        close = QPushButton(self.tr("Close"), self)
        self.choose_button.clicked.connect(self.choose)
        self.reject_button.clicked.connect(self.toggle_rejected)
        self.delete_button.clicked.connect(self.delete)
        self.star_button.clicked.connect(self.toggle_star)
        self.compare_button.clicked.connect(self.compare)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        for button in (
            self.choose_button,
            self.reject_button,
            self.delete_button,
            self.star_button,
            self.compare_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        self._button_row = row

    # -- what is shown ----------------------------------------------------------------------

    @property
    def shot(self) -> TakesHolder | None:
        return self.subject.holder

    def refresh(self) -> None:
        shot = self.shot
        kept = self.selected_ids()
        takes = shot.takes if shot is not None else []
        self.model.show(shot, self.controller.starred_ids([t.job_id for t in takes]))
        self._select(kept)
        self.setWindowTitle(self.subject.title())
        paid = sum(t.cost or 0.0 for t in takes)
        rejected = sum(1 for t in takes if t.rejected)
        text = self.tr("%n takes", "", len(takes))
        if rejected:
            text += " · " + self.tr("%n rejected", "", rejected)
        text += " · " + self.tr("${cost} in all").format(cost=f"{paid:.2f}")
        if not takes:
            text = self.subject.empty_text()
        self.summary.setText(text)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.take(r).job_id for r in rows if r < self.model.rowCount()]

    def select(self, job_ids: list[str]) -> None:
        self._select(job_ids)

    def _select(self, job_ids: list[str]) -> None:
        selection = self.grid.selectionModel()
        selection.clearSelection()
        for job_id in job_ids:
            row = self.model.row_of(job_id)
            if row is not None:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        self._update_buttons()

    def _current(self) -> Take | None:
        ids = self.selected_ids()
        shot = self.shot
        if len(ids) != 1 or shot is None:
            return None
        return next((t for t in shot.takes if t.job_id == ids[0]), None)

    def _update_buttons(self, *_args: object) -> None:
        take = self._current()
        shot = self.shot
        one = take is not None
        self.choose_button.setEnabled(
            one and shot is not None and shot.chosen_take != take.job_id and take.exists  # type: ignore[union-attr]
        )
        self.reject_button.setEnabled(one)
        self.reject_button.setText(
            self.tr("Keep") if take is not None and take.rejected else self.tr("Reject")
        )
        self.delete_button.setEnabled(one)
        starred = take is not None and take.job_id in self.model.starred
        self.star_button.setEnabled(one and self.controller.started)
        self.star_button.setText(self.tr("★ Unstar") if starred else self.tr("☆ Star"))
        self.compare_button.setEnabled(len(self.selected_ids()) == 2)
        self.subject.show_variations(self.variations, take)

    # -- what can be done -------------------------------------------------------------------

    def _after_edit(self, kept: list[str]) -> None:
        self.refresh()
        self._select(kept)

    def choose(self) -> None:
        take = self._current()
        if take is None or not take.exists:
            return
        kept = self.selected_ids()
        self.subject.choose(self.tr("Choose a take"), take.job_id)
        self._after_edit(kept)
        self.message.setText(self.subject.chosen_text())

    def toggle_rejected(self) -> None:
        take = self._current()
        if take is None:
            return
        rejected = not take.rejected
        text = self.tr("Reject a take") if rejected else self.tr("Keep a rejected take")
        kept = self.selected_ids()
        self.subject.reject(text, take.job_id, rejected)
        self._after_edit(kept)

    def toggle_star(self) -> None:
        take = self._current()
        if take is None:
            return
        try:
            self.controller.set_starred(take.job_id, take.job_id not in self.model.starred)
        except StoryreelError as exc:  # the store said no: a message, never a traceback
            self.message.setText(error_text(exc))
            return
        self.refresh()

    def delete(self) -> None:
        take = self._current()
        shot = self.shot
        if take is None or shot is None:
            return
        self.delete_button.setEnabled(False)
        if not take.exists:
            self._forget(take, None)
            return
        run_in_thread(
            discard,
            take.clip,
            owner=self,
            on_done=lambda where: self._forget(take, where),
            on_error=lambda exc: self.say(
                self.tr("The take could not be deleted: {reason}").format(reason=error_text(exc))
            ),
        )

    def _forget(self, take: Take, where: Path | None) -> None:
        self.subject.forget(self.tr("Delete a take"), take, where, self.say)
        self.refresh()
        self.say(self.tr("The take's file is in the trash; Edit → Undo brings it back."))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._update_buttons()

    def compare(self) -> None:
        shot = self.shot
        ids = self.selected_ids()
        if shot is None or len(ids) != 2:
            return
        from app.ui.takes.compare import CompareDialog

        takes = [t for job_id in ids for t in shot.takes if t.job_id == job_id]
        labels = [self.model.describe(self.model.row_of(t.job_id) or 0) for t in takes]
        if self.compare_window is not None:
            self.compare_window.close()
        self.compare_window = CompareDialog(takes[0].clip, takes[1].clip, labels, self)
        self.compare_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_window.destroyed.connect(lambda: setattr(self, "compare_window", None))
        self.compare_window.show()
