"""The user's edits of the board, each one an undoable command of the document.

Part of :class:`StoryboardView`: mixed into the view, which holds the widgets."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
)
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QFileDialog,
)

from app.core.catalogue import Model
from app.core.storyboard import (
    CutMode,
    PlannedShot,
    Shot,
    is_image_file,
)
from app.ui.storyboard.background import _settings_for
from app.ui.storyboard.frames import _dropped_paths

log = logging.getLogger(__name__)


class BoardEditing:
    """The user's edits of the board, each one an undoable command."""

    def add_frames(self, paths: Sequence[Path | str], at: int | None = None) -> int:
        """Insert images (and every image of a folder) at ``at`` (the end by default).
        Files that are not images by their name are left out and said so."""
        wanted: list[Path] = []
        left_out: list[str] = []
        for item in paths:
            path = Path(item)
            if path.is_dir() or is_image_file(path):
                wanted.append(path)
            else:
                left_out.append(path.name)
        position = len(self.board.frames) if at is None else at
        added = (
            self.document.edit(
                self.tr("Add frames"), lambda: self.board.insert_frames(position, wanted)
            )
            if wanted
            else []
        )
        messages = []
        if added:
            messages.append(self.tr("%n frame(s) added.", "", len(added)))
        elif wanted:
            messages.append(self.tr("No images were found in the dropped folder."))
        if left_out:
            messages.append(
                self.tr(
                    "Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF)."
                ).format(names=", ".join(left_out))
            )
        if messages:
            self._say(" ".join(messages))
        if not added:
            return 0
        self._board_edited(frames=True)
        self._select_frame(self.board.frame_index(added[0].id))
        return len(added)

    def paste_frames(self) -> None:
        """Ctrl+V: image files copied in a file manager become frames after the selected one."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = _dropped_paths(mime) if mime is not None else []
        if not paths:
            self._say(
                self.tr(
                    "The clipboard holds no image files: copy them in your file manager, or "
                    "drop them on the strip."
                )
            )
            return
        row = self.current_frame_row()
        self.add_frames(paths, len(self.board.frames) if row is None else row + 1)

    def request_add_frames(self) -> None:
        dialog = QFileDialog(self, self.tr("Add frames"))
        dialog.setNameFilters(
            [
                self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        row = self.current_frame_row()
        at = len(self.board.frames) if row is None else row + 1
        dialog.filesSelected.connect(lambda files: self.add_frames(files, at))
        self._open_dialog(dialog)

    def duplicate_frame(self) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        twin = self.document.edit(
            self.tr("Duplicate frame {n}").format(n=row + 1),
            lambda: self.board.duplicate_frame(row),
        )
        self._board_edited(frames=True)
        self._select_frame(self.board.frame_index(twin.id))

    def remove_frame(self) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        frame = self.document.edit(
            self.tr("Remove frame {n}").format(n=row + 1), lambda: self.board.remove_frame(row)
        )
        self._board_edited(frames=True)
        if self.board.frames:
            self._select_frame(min(row, len(self.board.frames) - 1))
        self._say(self.tr("Frame {n} ({name}) removed.").format(n=row + 1, name=frame.name))

    def move_frame(self, step: int) -> None:
        row = self.current_frame_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < len(self.board.frames):
            return
        self.strip_model.moveRow(QModelIndex(), row, QModelIndex(), target + (1 if step > 0 else 0))
        self._select_frame(target)

    def _move_dropped(self, row: int, before: int) -> None:
        if self.strip_model.moveRow(QModelIndex(), row, QModelIndex(), before):
            self._select_frame(before if before < row else before - 1)

    def set_cut_mode(self, mode: CutMode | str) -> None:
        mode = CutMode(mode)
        if mode is self.board.cut_mode:
            self._update_cut_buttons()
            return
        frame_row = self.current_frame_row()
        text = (
            self.tr("Cut one clip per pair of frames")
            if mode is CutMode.PER_PAIR
            else self.tr("Cut one clip per frame")
        )
        self.document.edit(text, lambda: self.board.set_cut_mode(mode))
        self.shot_row.set_current_row(None)
        self._board_edited(frames=False)
        if self.shot_model.rowCount():
            self.shot_row.set_current_row(self._shot_for_frame(frame_row or 0))

    def use_suggested_model(self) -> None:
        """Put every shot that needs a last frame on the model that takes one (settings that
        fit are carried over), and make it the model of new shots too."""
        affected = [
            p
            for p in self.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        suggested = next((p.suggested_model_id for p in affected if p.suggested_model_id), None)
        if suggested is None or suggested not in self.catalogue:
            return
        target = self.catalogue.get(suggested)
        self.document.edit(
            self.tr("Use {model}").format(model=target.display_name),
            lambda: self._move_shots_to(affected, target),
        )
        self._shown_shot = ""
        self._board_edited(frames=False)
        self._show_current_shot()
        self._say(
            self.tr("%n shot(s) now use {model}.", "", len(affected)).format(
                model=target.display_name
            )
        )

    def _move_shots_to(self, affected: list[PlannedShot], target: Model) -> None:
        """These shots, and new shots, on ``target`` (the settings that fit carried over)."""
        for planned in affected:
            shot = planned.shot
            shot.values = _settings_for(planned.model, shot.values, shot.prompt, target)
            shot.model_id = target.model_id
        board = self.board
        known = board.model_id in self.catalogue
        old_default = self.catalogue.get(board.model_id) if known else None
        board.values = _settings_for(old_default, board.values, board.prompt, target)
        board.model_id = target.model_id

    def apply_to_all(self, *, prompt: bool = False) -> None:
        """Every shot (and every new one) gets the selected shot's model and settings; its
        prompt too when asked."""
        row = self._current_row()
        model = self.panel.model()
        if row is None or model is None:
            return
        shot = self.shot_model.planned(row).shot
        self.document.edit(
            self.tr("Apply settings and prompt to all shots")
            if prompt
            else self.tr("Apply settings to all shots"),
            lambda: self.board.apply_settings_to_all(
                model.model_id, dict(shot.values), prompt=shot.prompt if prompt else None
            ),
        )
        self._board_edited(frames=False)
        count = self.shot_model.rowCount()
        if prompt:
            text = self.tr("{model}, these settings and this prompt now apply to all {n} shots.")
        else:
            text = self.tr(
                "{model} and these settings now apply to all {n} shots; each keeps its prompt."
            )
        self._say(text.format(model=model.display_name, n=count))

    def _model_chosen(self, model: Model) -> None:
        if self._loading_shot or self._current_row() is None:
            return
        if self.panel.model() is not None and self.panel.model().model_id == model.model_id:
            return
        self._loading_shot = True
        try:
            self.panel.set_model(model, carry_over=True)
            self._hide_image_fields()
        finally:
            self._loading_shot = False
        self._panel_changed()

    def _panel_changed(self) -> None:
        """The panel is the selected shot's settings: write them back on the shot."""
        if self._loading_shot:
            return
        row = self._current_row()
        model = self.panel.model()
        if row is None or model is None:
            return
        shot = self.shot_model.planned(row).shot
        if shot.id != self._shown_shot:
            return
        values = self.panel.values()
        prompt_field = model.roles.get("prompt")
        prompt = values.pop(prompt_field, "") if prompt_field else ""
        settings = {k: v for k, v in values.items() if not model.field(k).is_image}
        prompt = prompt if isinstance(prompt, str) else str(prompt)
        if (shot.model_id, shot.prompt, shot.values) == (model.model_id, prompt, settings):
            return
        text, merge = self._shot_edit_name(shot, row, model.model_id, prompt, settings)

        def change() -> None:
            shot.model_id = model.model_id
            shot.prompt = prompt
            shot.values = settings

        self.document.edit(text, change, merge=merge)
        self._mark_changed()
        self._replan_timer.start()

    def _shot_edit_name(
        self, shot: Shot, row: int, model_id: str, prompt: str, settings: dict[str, Any]
    ) -> tuple[str, str]:
        """What a change of the shot's panel is called on Edit → Undo, and its merge key
        (typing in the prompt, or moving one setting, is one step)."""
        number = row + 1
        if shot.model_id != model_id:
            return self.tr("Change the model of shot {n}").format(n=number), ""
        if shot.prompt != prompt:
            return self.tr("Edit the prompt of shot {n}").format(n=number), f"prompt:{shot.id}"
        changed = sorted(
            k for k in {*shot.values, *settings} if shot.values.get(k) != settings.get(k)
        )
        merge = f"settings:{shot.id}:{','.join(changed)}"
        return self.tr("Change the settings of shot {n}").format(n=number), merge
