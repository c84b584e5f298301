"""The user's edits of the board, each one an undoable command of the document.

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

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
from app.ui.storyboard.background import settings_for
from app.ui.storyboard.frames import dropped_paths
from app.ui.storyboard.parts import Presenter

log = logging.getLogger(__name__)


class BoardEditing(Presenter):
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
        position = len(self.view.board.frames) if at is None else at
        added = (
            self.view.document.edit(
                self.tr("Add frames"), lambda: self.view.board.insert_frames(position, wanted)
            )
            if wanted
            else []
        )
        messages = []
        if added:
            messages.append(self.tr("%n frames added.", "", len(added)))
        elif wanted:
            messages.append(self.tr("No images were found in the dropped folder."))
        if left_out:
            messages.append(
                self.tr(
                    "Left out {names}: not image files (PNG, JPEG, WebP, BMP, GIF or TIFF)."
                ).format(names=", ".join(left_out))
            )
        if messages:
            self.view.say(" ".join(messages))
        if not added:
            return 0
        self.view.board_edited(frames=True)
        self.view.select_frame(self.view.board.frame_index(added[0].id))
        return len(added)

    def paste_frames(self) -> None:
        """Ctrl+V: image files copied in a file manager become frames after the selected one."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = dropped_paths(mime) if mime is not None else []
        if not paths:
            self.view.say(
                self.tr(
                    "The clipboard holds no image files: copy them in your file manager, or "
                    "drop them on the strip."
                )
            )
            return
        row = self.view.current_frame_row()
        self.add_frames(paths, len(self.view.board.frames) if row is None else row + 1)

    def request_add_frames(self) -> None:
        dialog = QFileDialog(self.widget, self.tr("Add frames"))
        dialog.setNameFilters(
            [
                self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        row = self.view.current_frame_row()
        at = len(self.view.board.frames) if row is None else row + 1
        dialog.filesSelected.connect(lambda files: self.add_frames(files, at))
        self.view.open_dialog(dialog)

    def duplicate_frame(self) -> None:
        row = self.view.current_frame_row()
        if row is None:
            return
        twin = self.view.document.edit(
            self.tr("Duplicate frame {n}").format(n=row + 1),
            lambda: self.view.board.duplicate_frame(row),
        )
        self.view.board_edited(frames=True)
        self.view.select_frame(self.view.board.frame_index(twin.id))

    def remove_frame(self) -> None:
        row = self.view.current_frame_row()
        if row is None:
            return
        frame = self.view.document.edit(
            self.tr("Remove frame {n}").format(n=row + 1), lambda: self.view.board.remove_frame(row)
        )
        self.view.board_edited(frames=True)
        if self.view.board.frames:
            self.view.select_frame(min(row, len(self.view.board.frames) - 1))
        self.view.say(self.tr("Frame {n} ({name}) removed.").format(n=row + 1, name=frame.name))

    def move_frame(self, step: int) -> None:
        row = self.view.current_frame_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < len(self.view.board.frames):
            return
        self.view.strip_model.moveRow(
            QModelIndex(), row, QModelIndex(), target + (1 if step > 0 else 0)
        )
        self.view.select_frame(target)

    def move_dropped(self, row: int, before: int) -> None:
        if self.view.strip_model.moveRow(QModelIndex(), row, QModelIndex(), before):
            self.view.select_frame(before if before < row else before - 1)

    def set_cut_mode(self, mode: CutMode | str) -> None:
        mode = CutMode(mode)
        if mode is self.view.board.cut_mode:
            self.view.update_cut_buttons()
            return
        frame_row = self.view.current_frame_row()
        text = (
            self.tr("Cut one clip per pair of frames")
            if mode is CutMode.PER_PAIR
            else self.tr("Cut one clip per frame")
        )
        carried = self.view.document.edit(text, lambda: self.view.board.set_cut_mode(mode))
        self.view.shown_shot = ""  # a shot that took settings over shows them afresh
        self.view.shot_row.set_current_row(None)
        self.view.board_edited(frames=False)
        if self.view.shot_model.rowCount():
            self.view.shot_row.set_current_row(self.view.shot_for_frame(frame_row or 0))
        if carried:
            shots = self.view.board.shots
            numbers = ", ".join(str(shots.index(s) + 1) for s in carried if s in shots)
            self.view.say(
                self.tr(
                    "Shots {numbers} took the prompt and settings of the shot that began on "
                    "the same frame.",
                    "",
                    len(carried),
                ).format(numbers=numbers)
            )

    def use_suggested_model(self) -> None:
        """Put every shot that needs a last frame on the model that takes one (settings that
        fit are carried over), and make it the model of new shots too."""
        affected = [
            p
            for p in self.view.shot_model.all_planned()
            if any(problem.rule == "last_frame" for problem in p.problems)
        ]
        suggested = next((p.suggested_model_id for p in affected if p.suggested_model_id), None)
        if suggested is None or suggested not in self.view.catalogue:
            return
        target = self.view.catalogue.get(suggested)
        self.view.document.edit(
            self.tr("Use {model}").format(model=target.display_name),
            lambda: self._move_shots_to(affected, target),
        )
        self.view.shown_shot = ""
        self.view.board_edited(frames=False)
        self.view.show_current_shot()
        self.view.say(
            self.tr("%n shots now use {model}.", "", len(affected)).format(
                model=target.display_name
            )
        )

    def _move_shots_to(self, affected: list[PlannedShot], target: Model) -> None:
        """These shots, and new shots, on ``target`` (the settings that fit carried over)."""
        for planned in affected:
            shot = planned.shot
            shot.values = settings_for(planned.model, shot.values, shot.prompt, target)
            shot.model_id = target.model_id
        board = self.view.board
        known = board.model_id in self.view.catalogue
        old_default = self.view.catalogue.get(board.model_id) if known else None
        board.values = settings_for(old_default, board.values, board.prompt, target)
        board.model_id = target.model_id

    def apply_to_all(self, *, prompt: bool = False) -> None:
        """Every shot (and every new one) gets the selected shot's model and settings; its
        prompt too when asked."""
        row = self.view.current_row()
        model = self.view.panel.model()
        if row is None or model is None:
            return
        shot = self.view.shot_model.planned(row).shot
        self.view.document.edit(
            self.tr("Apply settings and prompt to all shots")
            if prompt
            else self.tr("Apply settings to all shots"),
            lambda: self.view.board.apply_settings_to_all(
                model.model_id, dict(shot.values), prompt=shot.prompt if prompt else None
            ),
        )
        self.view.board_edited(frames=False)
        count = self.view.shot_model.rowCount()
        if prompt:
            text = self.tr(
                "{model}, these settings and this prompt now apply to all %n shots.", "", count
            )
        else:
            text = self.tr(
                "{model} and these settings now apply to all %n shots; each keeps its prompt.",
                "",
                count,
            )
        self.view.say(text.format(model=model.display_name))

    def model_chosen(self, model: Model) -> None:
        if self.view.loading_shot or self.view.current_row() is None:
            return
        shown = self.view.panel.model()
        if shown is not None and shown.model_id == model.model_id:
            return
        self.view.loading_shot = True
        try:
            self.view.panel.set_model(model, carry_over=True)
            self.view.hide_image_fields()
        finally:
            self.view.loading_shot = False
        self.panel_changed()

    def panel_changed(self) -> None:
        """The panel is the selected shot's settings: write them back on the shot."""
        if self.view.loading_shot:
            return
        row = self.view.current_row()
        model = self.view.panel.model()
        if row is None or model is None:
            return
        shot = self.view.shot_model.planned(row).shot
        if shot.id != self.view.shown_shot:
            return
        values = self.view.panel.values()
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

        self.view.document.edit(text, change, merge=merge)
        self.view.mark_changed()
        self.view.replan_timer.start()

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
