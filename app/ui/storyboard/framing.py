"""Framing a storyboard frame: the framing tool on the selected frame, its crop one step.

A presenter of :class:`StoryboardView`. "Frame…" reads the selected frame's header and
thumbnail on a worker, opens the framing tool locked to its shot's ratio setting (or the
nearest ratio the model's rules allow, or the picture's own), and writes the framed region
as a new image beside the board, again on a worker. The frame then shows the new image: one
undoable step ("Undo Frame image"), the original file untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.core import images
from app.core.catalogue import Field, FieldKind
from app.core.fixes import apply_fix
from app.core.framing import Box
from app.core.framing_fixes import framed_crop, framing_ratio
from app.core.images import ImageInfo
from app.core.storyboard import Storyboard
from app.ui.framing import FramingDialog
from app.ui.images.checking import THUMBNAIL_SIDE, describe_error
from app.ui.storyboard.parts import Presenter
from app.ui.widgets.thumbnails import thumbnail_cache
from app.ui.workers import run_in_thread

_ANY_FRAME = Field(name="frame", kind=FieldKind.IMAGE, title="Frame")


def _read(path: Path) -> tuple[ImageInfo, QImage]:
    """The frame's header and thumbnail (a worker's job: both read the file)."""
    return images.probe(path), thumbnail_cache().get(path, THUMBNAIL_SIDE)


class FrameFraming(Presenter):
    """The framing tool for storyboard frames (see the module's docstring)."""

    dialog: FramingDialog | None = None

    def frame_image(self) -> None:
        """Open the framing tool on the selected frame."""
        row = self.view.current_frame_row()
        board = self.view.board
        if row is None or not 0 <= row < len(board.frames):
            self.view.say(self.tr("Select a frame to frame it."))
            return
        frame = board.frames[row]
        if not frame.exists:
            self.view.say(
                self.tr("The image of frame {n} is missing, so it cannot be framed.").format(
                    n=row + 1
                )
            )
            return
        field, setting = self._rules_for(row)
        run_in_thread(
            _read,
            frame.image,
            owner=self,
            on_done=lambda read: self._open(board, frame.id, field, setting, *read),
            on_error=lambda error: self.view.say(describe_error(error, frame.name)),
        )

    def _rules_for(self, frame_row: int) -> tuple[Field, str | None]:
        """The image rules and ratio setting of the shot this frame starts (or ends)."""
        shot_row = self.view.shot_for_frame(frame_row)
        if not 0 <= shot_row < self.view.shot_model.rowCount():
            return _ANY_FRAME, None
        shot = self.view.shot_model.planned(shot_row).shot
        if shot.model_id not in self.view.catalogue:
            return _ANY_FRAME, None
        model = self.view.catalogue.get(shot.model_id)
        field = model.role("first_frame") or model.role("reference_images") or _ANY_FRAME
        ratio_field = model.role("ratio")
        setting = shot.values.get(ratio_field.name) if ratio_field is not None else None
        return field, setting if isinstance(setting, str) else None

    def _open(
        self,
        board: Storyboard,
        frame_id: str,
        field: Field,
        setting: str | None,
        info: ImageInfo,
        thumbnail: QImage,
    ) -> None:
        if board is not self.view.board or frame_id not in {f.id for f in board.frames}:
            return
        ratio = framing_ratio(field, info, setting)
        name = board.frame(frame_id).name
        dialog = FramingDialog(thumbnail, (info.width, info.height), ratio, name, self.widget)
        dialog.framed.connect(lambda box: self._framed(board, frame_id, field, info, box))
        self.dialog = dialog
        dialog.open()

    def _framed(
        self, board: Storyboard, frame_id: str, field: Field, info: ImageInfo, box: Box
    ) -> None:
        fix = framed_crop(field, info, box)
        if fix is None:
            self.view.say(
                self.tr(
                    "That region cannot be made to pass this model's size rules; frame a "
                    "larger part of the picture."
                )
            )
            return
        source = board.frame(frame_id).image
        run_in_thread(
            apply_fix,
            fix,
            field,
            source,
            self._folder(board),
            owner=self,
            on_done=lambda path: self._replace(board, frame_id, source, path),
            on_error=lambda error: self.view.say(describe_error(error, source.name)),
        )

    def _folder(self, board: Storyboard) -> Path:
        if board.folder is not None:
            return board.folder / "frames"
        return self.view.settings.library_path / "frames"

    def _replace(self, board: Storyboard, frame_id: str, source: Path, path: Path) -> None:
        present = {f.id for f in board.frames}
        if board is not self.view.board or frame_id not in present:
            self.view.say(
                self.tr("The frame was removed before its framed copy was ready: {path}.").format(
                    path=path
                )
            )
            return
        if board.frame(frame_id).image != source:
            return  # the frame shows another image by now: leave it
        index = board.frame_index(frame_id)
        self.view.document.edit(self.tr("Frame image"), lambda: board.set_frame_image(index, path))
        self.view.board_edited(frames=True)
        self.view.select_frame(index)
        self.view.say(
            self.tr("Frame {n} is framed: Undo brings the whole picture back.").format(n=index + 1)
        )


__all__ = ["FrameFraming"]
