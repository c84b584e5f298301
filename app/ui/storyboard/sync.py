"""Keeping every part of the Storyboard view in step with the board: plan, title, summary,
selection, the selected shot's settings.

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QMenu,
)

from app.core.storyboard import (
    CutMode,
    PlannedShot,
    ShotStatus,
    Storyboard,
)
from app.ui import theme
from app.ui.error_text import said_text
from app.ui.numbers import decimal
from app.ui.storyboard.background import input_keys
from app.ui.storyboard.constants import AUTOSAVE_MS, REPLAN_MS, SEQUENCE_REFRESH_MS
from app.ui.storyboard.parts import BoardView, Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class BoardSync(Presenter):
    """Keeps every part of the view in step with the board and the selection."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._key_generation = 0
        self._syncing = False  # the shot chose the frame: the frame does not choose the shot
        view.strip.selectionModel().currentChanged.connect(self.frame_selected)
        view.shot_row.current_changed.connect(self.shot_selected)
        view.shot_row.menu_requested.connect(self.shot_menu)
        # Saving a moment after a change, planning after typing, the sequence after both.
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(lambda: self.view.save_quietly())
        self.replan_timer = QTimer(self)
        self.replan_timer.setSingleShot(True)
        self.replan_timer.setInterval(REPLAN_MS)
        self.replan_timer.timeout.connect(lambda: self.refresh(frames=False))
        self.sequence_timer = QTimer(self)
        self.sequence_timer.setSingleShot(True)
        self.sequence_timer.setInterval(SEQUENCE_REFRESH_MS)
        self.sequence_timer.timeout.connect(lambda: self.view.refresh_sequence())

    def set_board(self, board: Storyboard) -> None:
        self.view.player.set_segments([])
        self.view.document.replace(board)
        self.view.shown_shot = ""
        self.view.strip_model.set_board(board)
        self.view.shot_model.set_board(board)
        self.view.shot_row.set_current_row(None)
        self.refresh(frames=True)
        if self.view.shot_model.rowCount():
            self.view.shot_row.set_current_row(0)
        else:
            self._show_shot(None)
        self.update_title()
        self.view.board_replaced.emit()

    def board_edited(self, *, frames: bool) -> None:
        """Something the user did changed the board: show it, and save it (when it has a file)."""
        self.mark_changed()
        self.refresh(frames=frames)

    def restored(self) -> None:
        """Undo or redo put another state of the board in place: show it, save it."""
        frame_row = self.current_frame_row()
        self.view.shown_shot = ""
        self.board_edited(frames=True)
        if self.view.board.frames:
            self.select_frame(min(frame_row or 0, len(self.view.board.frames) - 1))
        self.show_current_shot()

    def mark_changed(self) -> None:
        """The board changed (an edit, or the engine): save it soon when it has a file."""
        if self.view.board.path is not None:
            self.autosave.start()
        self.update_title()
        self.view.board_changed.emit()

    def refresh(self, *, frames: bool) -> None:
        """Plan the shots again and bring every part of the view up to date."""
        self.replan_timer.stop()
        current = self.view.shot_row.current_id()
        pending = self.view.shot_model.replan()
        if pending:
            self._key_generation += 1
            generation = self._key_generation
            run_in_thread(
                input_keys,
                pending,
                owner=self,
                on_done=lambda keys: self._keys_arrived(generation, keys),
                on_error=lambda error: log.warning("input keys could not be worked out: %s", error),
            )
        if frames:
            self.view.strip_model.reset()
        self.view.check_frames()
        if current and self.view.shot_model.row_of(current) is None:
            self.view.shot_row.set_current_row(None)
        if not self.view.shot_row.current_id() and self.view.shot_model.rowCount():
            frame_row = self.view.strip.currentIndex().row()
            self.view.shot_row.set_current_row(self.shot_for_frame(max(0, frame_row)))
        self.update_cut_buttons()
        self._update_suggestion()
        self.update_summary()
        # A frame moved, added or removed renumbers the shots: the header follows at once.
        self.update_shot_title(self.current_row())
        self.view.update_generate()
        self.sequence_timer.start()

    def _keys_arrived(self, generation: int, keys: dict[str, str]) -> None:
        self.view.shot_model.set_keys(keys)
        self.update_summary()
        self.view.update_generate()
        self.update_shot_title(self.current_row())
        if generation == self._key_generation:
            self.sequence_timer.start()

    def update_title(self) -> None:
        self.view.title_label.setText(self.view.board.name)
        if self.view.board.path is None:
            note = self.tr("not saved yet") if self.view.board.frames else ""
            tip = self.tr("This storyboard has no file yet: Save gives it one.")
        else:
            note = self.tr("saving…") if self.view.document.dirty else self.tr("saved")
            tip = str(self.view.board.path)
        self.view.saved_label.setText(note)
        self.view.title_label.setToolTip(tip)
        self.view.saved_label.setToolTip(tip)

    def update_summary(self) -> None:
        frames = len(self.view.board.frames)
        shots = self.view.shot_model.rowCount()
        seconds = sum(p.seconds for p in self.view.shot_model.all_planned())
        done = sum(1 for row in range(shots) if self.view.shot_model.status(row) is ShotStatus.DONE)
        parts = [
            self.tr("%n frames", "", frames),
            self.tr("%n shots", "", shots),
            self.tr("{s} s").format(s=decimal(seconds)),
        ]
        if shots:
            parts.append(self.tr("{done} of {shots} rendered").format(done=done, shots=shots))
        self.view.summary_label.setText(" · ".join(parts))

    def update_cut_buttons(self) -> None:
        pair = self.view.board.cut_mode is CutMode.PER_PAIR
        self.view.per_pair_button.setChecked(pair)
        self.view.per_frame_button.setChecked(not pair)

    def _update_suggestion(self) -> None:
        """Say so when the per-pair cut sits on a model that cannot take a last frame."""
        affected = [
            p
            for p in self.view.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        if not affected:
            self.view.suggestion_notice.clear()
            return
        first = next(pr for pr in affected[0].problems if pr.rule == "last_frame")
        numbers = ", ".join(str(p.number) for p in affected)
        text = self.tr(
            "{message} One clip per pair of frames goes from a first frame to a last frame, so "
            "consecutive clips meet where the frames meet (shots {numbers})."
        ).format(message=said_text(first.message), numbers=numbers)
        suggested = affected[0].suggested_model_id
        buttons: list[tuple[str, Callable[[], None]]] = []
        if suggested and suggested in self.view.catalogue:
            name = self.view.catalogue.get(suggested).display_name
            buttons.append(
                (self.tr("Use {model}").format(model=name), self.view.use_suggested_model)
            )
        buttons.append(
            (
                self.tr("One clip per frame instead"),
                lambda: self.view.set_cut_mode(CutMode.PER_FRAME),
            )
        )
        self.view.suggestion_notice.show_message(text, theme.Accent.WARNING, buttons)

    def current_frame_row(self) -> int | None:
        index = self.view.strip.currentIndex()
        return index.row() if index.isValid() else None

    def select_frame(self, row: int) -> None:
        index = self.view.strip_model.index(row)
        if index.isValid():
            self.view.strip.setCurrentIndex(index)
            self.view.strip.scrollTo(index)

    def frame_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return  # the shot chose this frame: the shot stays
        if current.isValid() and self.view.shot_model.rowCount():
            self.view.shot_row.set_current_row(self.shot_for_frame(current.row()))

    def shot_for_frame(self, frame_row: int) -> int:
        return max(0, min(frame_row, self.view.shot_model.rowCount() - 1))

    def selected_shots(self) -> list[int]:
        return self.view.shot_row.selected_rows()

    def select_shot(self, row: int, *, extend: bool = False, toggle: bool = False) -> None:
        self.view.shot_row.set_current_row(row, extend=extend, toggle=toggle)

    def current_row(self) -> int | None:
        return self.view.shot_row.current_row()

    def shot_selected(self, shot_id: str) -> None:
        self.show_current_shot()
        row = self.current_row()
        if row is None:
            return
        frames = self.view.shot_model.frame_rows(row)
        current = self.current_frame_row()
        if frames and current not in frames:
            self._syncing = True
            try:
                self.view.strip.setCurrentIndex(self.view.strip_model.index(frames[0]))
            finally:
                self._syncing = False

    def show_current_shot(self) -> None:
        row = self.current_row()
        planned = self.view.shot_model.planned(row) if row is not None else None
        if planned is not None and planned.shot.id == self.view.shown_shot:
            self.update_shot_title(row)
            return
        self._show_shot(planned)

    def _show_shot(self, planned: PlannedShot | None) -> None:
        """Load a shot's model, prompt and settings into the panel (image fields hidden)."""
        self.view.loading_shot = True
        try:
            if planned is None:
                self.view.shown_shot = ""
                self.view.shot_title.setText(self.tr("Select a shot to see its settings."))
                self.view.picker.setEnabled(False)
                self.view.panel.setEnabled(False)
                self.view.apply_button.setEnabled(False)
                self.view.continue_action.setEnabled(False)
                return
            shot = planned.shot
            model = planned.model
            if model is None:
                model = (
                    self.view.catalogue.get(self.view.board.model_id)
                    if self.view.board.model_id in self.view.catalogue
                    else self.view.catalogue.models()[0]
                )
            self.view.picker.setEnabled(True)
            self.view.panel.setEnabled(True)
            self.view.apply_button.setEnabled(True)
            self.view.picker.blockSignals(True)
            self.view.picker.set_current_model(model.model_id)
            self.view.picker.blockSignals(False)
            if self.view.panel.model() is model:
                self.view.panel.reset_to_defaults()
            else:
                self.view.panel.set_model(model, carry_over=False)
            self.hide_image_fields()
            values = dict(shot.values)
            prompt_field = model.roles.get("prompt")
            if prompt_field:
                values[prompt_field] = shot.prompt
            self.view.panel.set_values(values)
            self.view.shown_shot = shot.id
        finally:
            self.view.loading_shot = False
        self.update_shot_title(self.current_row())

    def hide_image_fields(self) -> None:
        for widget in self.view.panel.field_widgets().values():
            if widget.field.is_image:
                widget.hide()

    def update_shot_title(self, row: int | None) -> None:
        if row is None:
            return
        planned = self.view.shot_model.planned(row)
        names = " → ".join(
            self.tr("frame {n}").format(n=r + 1) for r in self.view.shot_model.frame_rows(row)
        )
        self.view.shot_title.setText(
            self.tr("Shot {n} of {count} · {frames}").format(
                n=planned.number, count=self.view.shot_model.rowCount(), frames=names
            )
        )
        status = self.view.shot_model.status(row)
        self.view.continue_action.setEnabled(
            status is ShotStatus.DONE
            or (planned.shot.clip is not None and planned.shot.clip.is_file())
        )
        takes = len(planned.shot.takes)
        self.view.takes_action.setText(
            self.tr("Takes ({n})…").format(n=takes) if takes else self.tr("Takes…")
        )

    def shot_menu(self, row: int, where: QPoint) -> None:
        menu = QMenu(self.widget)
        menu.addAction(self.view.play_from_action)
        menu.addAction(self.view.generate_shot_action)
        menu.addAction(self.view.takes_action)
        menu.addSeparator()
        menu.addAction(self.view.continue_action)
        self.view.generate_shot_action.setEnabled(
            not self.view.generate_blocker(set(self.selected_shots()))
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)
