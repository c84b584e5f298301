"""Keeping every part of the Storyboard view in step with the board: plan, title, summary,
selection, the selected shot's settings.

Part of :class:`StoryboardView`: mixed into the view, which holds the widgets."""

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
from app.ui.storyboard.background import _input_keys
from app.ui.storyboard.constants import AUTOSAVE_MS, REPLAN_MS, SEQUENCE_REFRESH_MS
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class BoardSync:
    """Keeps every part of the view in step with the board and the selection."""

    def _make_timers(self) -> None:
        """Saving a moment after a change, planning after typing, the sequence after both."""
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_quietly)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(REPLAN_MS)
        self._replan_timer.timeout.connect(lambda: self._refresh(frames=False))
        self._sequence_timer = QTimer(self)
        self._sequence_timer.setSingleShot(True)
        self._sequence_timer.setInterval(SEQUENCE_REFRESH_MS)
        self._sequence_timer.timeout.connect(self.refresh_sequence)

    def _set_board(self, board: Storyboard) -> None:
        self.player.set_segments([])
        self.document.replace(board)
        self._shown_shot = ""
        self._frame_signatures = {}
        self.strip_model.set_board(board)
        self.shot_model.set_board(board)
        self.shot_row.set_current_row(None)
        self._refresh(frames=True)
        if self.shot_model.rowCount():
            self.shot_row.set_current_row(0)
        else:
            self._show_shot(None)
        self._update_title()
        self.board_replaced.emit()

    def _board_edited(self, *, frames: bool) -> None:
        """Something the user did changed the board: show it, and save it (when it has a file)."""
        self._mark_changed()
        self._refresh(frames=frames)

    def _restored(self) -> None:
        """Undo or redo put another state of the board in place: show it, save it."""
        frame_row = self.current_frame_row()
        self._shown_shot = ""
        self._board_edited(frames=True)
        if self.board.frames:
            self._select_frame(min(frame_row or 0, len(self.board.frames) - 1))
        self._show_current_shot()

    def _mark_changed(self) -> None:
        """The board changed (an edit, or the engine): save it soon when it has a file."""
        if self.board.path is not None:
            self._autosave.start()
        self._update_title()
        self.board_changed.emit()

    def _refresh(self, *, frames: bool) -> None:
        """Plan the shots again and bring every part of the view up to date."""
        self._replan_timer.stop()
        current = self.shot_row.current_id()
        pending = self.shot_model.replan()
        if pending:
            self._key_generation += 1
            generation = self._key_generation
            run_in_thread(
                _input_keys,
                pending,
                owner=self,
                on_done=lambda keys: self._keys_arrived(generation, keys),
                on_error=lambda error: log.warning("input keys could not be worked out: %s", error),
            )
        if frames:
            self.strip_model.reset()
        self._check_frames()
        if current and self.shot_model.row_of(current) is None:
            self.shot_row.set_current_row(None)
        if not self.shot_row.current_id() and self.shot_model.rowCount():
            frame_row = self.strip.currentIndex().row()
            self.shot_row.set_current_row(self._shot_for_frame(max(0, frame_row)))
        self._update_cut_buttons()
        self._update_suggestion()
        self._update_summary()
        self._update_generate()
        self._sequence_timer.start()

    def _keys_arrived(self, generation: int, keys: dict[str, str]) -> None:
        self.shot_model.set_keys(keys)
        self._update_summary()
        self._update_generate()
        self._update_shot_title(self._current_row())
        if generation == self._key_generation:
            self._sequence_timer.start()

    def _update_title(self) -> None:
        self.title_label.setText(self.board.name)
        if self.board.path is None:
            note = self.tr("not saved yet") if self.board.frames else ""
            tip = self.tr("This storyboard has no file yet: Save gives it one.")
        else:
            note = self.tr("saving…") if self.document.dirty else self.tr("saved")
            tip = str(self.board.path)
        self.saved_label.setText(note)
        self.title_label.setToolTip(tip)
        self.saved_label.setToolTip(tip)

    def _update_summary(self) -> None:
        frames = len(self.board.frames)
        shots = self.shot_model.rowCount()
        seconds = sum(p.seconds for p in self.shot_model.all_planned())
        done = sum(1 for row in range(shots) if self.shot_model.status(row) is ShotStatus.DONE)
        parts = [
            self.tr("%n frame(s)", "", frames),
            self.tr("%n shot(s)", "", shots),
            f"{seconds:g} s",
        ]
        if shots:
            parts.append(self.tr("{done} of {shots} rendered").format(done=done, shots=shots))
        self.summary_label.setText(" · ".join(parts))

    def _update_cut_buttons(self) -> None:
        pair = self.board.cut_mode is CutMode.PER_PAIR
        self.per_pair_button.setChecked(pair)
        self.per_frame_button.setChecked(not pair)

    def _update_suggestion(self) -> None:
        """Say so when the per-pair cut sits on a model that cannot take a last frame."""
        affected = [
            p
            for p in self.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        if not affected:
            self.suggestion_notice.clear()
            return
        first = next(pr for pr in affected[0].problems if pr.rule == "last_frame")
        numbers = ", ".join(str(p.number) for p in affected)
        text = self.tr(
            "{message} One clip per pair of frames goes from a first frame to a last frame, so "
            "consecutive clips meet where the frames meet (shots {numbers})."
        ).format(message=first.message, numbers=numbers)
        suggested = affected[0].suggested_model_id
        buttons: list[tuple[str, Callable[[], None]]] = []
        if suggested and suggested in self.catalogue:
            name = self.catalogue.get(suggested).display_name
            buttons.append((self.tr("Use {model}").format(model=name), self.use_suggested_model))
        buttons.append(
            (self.tr("One clip per frame instead"), lambda: self.set_cut_mode(CutMode.PER_FRAME))
        )
        self.suggestion_notice.show_message(text, theme.Accent.WARNING, buttons)

    def current_frame_row(self) -> int | None:
        index = self.strip.currentIndex()
        return index.row() if index.isValid() else None

    def _select_frame(self, row: int) -> None:
        index = self.strip_model.index(row)
        if index.isValid():
            self.strip.setCurrentIndex(index)
            self.strip.scrollTo(index)

    def _frame_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return  # the shot chose this frame: the shot stays
        if current.isValid() and self.shot_model.rowCount():
            self.shot_row.set_current_row(self._shot_for_frame(current.row()))

    def _shot_for_frame(self, frame_row: int) -> int:
        return max(0, min(frame_row, self.shot_model.rowCount() - 1))

    def selected_shots(self) -> list[int]:
        return self.shot_row.selected_rows()

    def select_shot(self, row: int, *, extend: bool = False, toggle: bool = False) -> None:
        self.shot_row.set_current_row(row, extend=extend, toggle=toggle)

    def _current_row(self) -> int | None:
        return self.shot_row.current_row()

    def _shot_selected(self, shot_id: str) -> None:
        self._show_current_shot()
        row = self._current_row()
        if row is None:
            return
        frames = self.shot_model.frame_rows(row)
        current = self.current_frame_row()
        if frames and current not in frames:
            self._syncing = True
            try:
                self.strip.setCurrentIndex(self.strip_model.index(frames[0]))
            finally:
                self._syncing = False

    def _show_current_shot(self) -> None:
        row = self._current_row()
        planned = self.shot_model.planned(row) if row is not None else None
        if planned is not None and planned.shot.id == self._shown_shot:
            self._update_shot_title(row)
            return
        self._show_shot(planned)

    def _show_shot(self, planned: PlannedShot | None) -> None:
        """Load a shot's model, prompt and settings into the panel (image fields hidden)."""
        self._loading_shot = True
        try:
            if planned is None:
                self._shown_shot = ""
                self.shot_title.setText(self.tr("Select a shot to see its settings."))
                self.picker.setEnabled(False)
                self.panel.setEnabled(False)
                self.apply_button.setEnabled(False)
                self.continue_action.setEnabled(False)
                return
            shot = planned.shot
            model = planned.model
            if model is None:
                model = (
                    self.catalogue.get(self.board.model_id)
                    if self.board.model_id in self.catalogue
                    else self.catalogue.models()[0]
                )
            self.picker.setEnabled(True)
            self.panel.setEnabled(True)
            self.apply_button.setEnabled(True)
            self.picker.blockSignals(True)
            self.picker.set_current_model(model.model_id)
            self.picker.blockSignals(False)
            if self.panel.model() is model:
                self.panel.reset_to_defaults()
            else:
                self.panel.set_model(model, carry_over=False)
            self._hide_image_fields()
            values = dict(shot.values)
            prompt_field = model.roles.get("prompt")
            if prompt_field:
                values[prompt_field] = shot.prompt
            self.panel.set_values(values)
            self._shown_shot = shot.id
        finally:
            self._loading_shot = False
        self._update_shot_title(self._current_row())

    def _hide_image_fields(self) -> None:
        for widget in self.panel.field_widgets().values():
            if widget.field.is_image:
                widget.hide()

    def _update_shot_title(self, row: int | None) -> None:
        if row is None:
            return
        planned = self.shot_model.planned(row)
        names = " → ".join(
            self.tr("frame {n}").format(n=r + 1) for r in self.shot_model.frame_rows(row)
        )
        self.shot_title.setText(
            self.tr("Shot {n} of {count} · {frames}").format(
                n=planned.number, count=self.shot_model.rowCount(), frames=names
            )
        )
        status = self.shot_model.status(row)
        self.continue_action.setEnabled(
            status is ShotStatus.DONE
            or (planned.shot.clip is not None and planned.shot.clip.is_file())
        )

    def _shot_menu(self, row: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.play_from_action)
        menu.addAction(self.generate_shot_action)
        menu.addSeparator()
        menu.addAction(self.continue_action)
        self.generate_shot_action.setEnabled(not self.generate_blocker(set(self.selected_shots())))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)
