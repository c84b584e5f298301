"""Play sequence, and Continue from last frame (a clip's final frame becomes a new frame).

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path

from app.core.jobs import Job
from app.core.storyboard import (
    Segment,
    Storyboard,
    sequence,
)
from app.ui.error_text import error_text
from app.ui.storyboard.background import extract_last_frame, playable_clip
from app.ui.storyboard.parts import BoardView, Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class SequenceFlow(Presenter):
    """Play sequence, and Continue from last frame."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._sequence_generation = 0

    def refresh_sequence(self, *, then_play_from: int | None = None) -> None:
        """Work the sequence out in a worker (it hashes frames), then show it in the player."""
        self._sequence_generation += 1
        generation = self._sequence_generation

        def arrived(segments: list[Segment]) -> None:
            if generation != self._sequence_generation:
                return
            if then_play_from is not None:
                self.view.player.set_segments(segments)
                self.view.player.play_from(min(then_play_from, len(segments) - 1))
            elif not self.view.player.playing:
                self.view.player.set_segments(segments)
            self.view.sequence_ready.emit()

        run_in_thread(
            sequence,
            copy.deepcopy(self.view.board),
            self.view.catalogue,
            owner=self,
            on_done=arrived,
            on_error=lambda error: self.view.say(
                self.tr("The sequence cannot be played: {error}").format(error=error_text(error))
            ),
        )

    def play_sequence(self, from_row: int = 0) -> None:
        """Play sequence: finished clips back to back, held frames for the rest."""
        if not self.view.shot_model.rowCount():
            self.view.say(self.tr("There is nothing to play yet: add frames first."))
            return
        self.view.sequence_timer.stop()
        self.refresh_sequence(then_play_from=max(0, from_row))
        self.view.player.setFocus()

    def _frames_folder(self) -> Path:
        """Where extracted frames go: beside the board (so it can be moved as one folder),
        or in the library while the board has no file."""
        if self.view.board.folder is not None:
            return self.view.board.folder / "frames"
        return self.view.settings.library_path / "frames"

    def continue_from_current_shot(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.continue_from_shot(row)

    def continue_from_shot(self, row: int) -> None:
        shot = self.view.shot_model.planned(row).shot
        if shot.clip is None or not shot.clip.is_file():
            self.view.say(
                self.tr("Shot {n} has no finished clip yet: generate it first.").format(n=row + 1)
            )
            return
        self._continue_from_clip(shot.clip, shot.id)

    def continue_from_job(self, job: Job) -> None:
        """A finished job's last frame becomes a new frame: after its shot when the job
        renders a shot of this board, else at the end."""
        clip = playable_clip(job)
        if clip is None:
            self.view.say(self.tr("This job has no video file to continue from."))
            return
        shot_id = job.origin.get("shot_id")
        self._continue_from_clip(clip, shot_id if isinstance(shot_id, str) else None)
        self.view.show_requested.emit()

    def extract_last_frame(self, job: Job, on_done: Callable[[Path], None]) -> None:
        """Save a finished job's last frame in the library and hand it to ``on_done``."""
        clip = playable_clip(job)
        if clip is None:
            self.view.say(self.tr("This job has no video file to continue from."))
            return
        run_in_thread(
            extract_last_frame,
            clip,
            self.view.settings.library_path / "frames",
            owner=self,
            on_done=on_done,
            on_error=self._extract_failed,
        )

    def _continue_from_clip(self, clip: Path, shot_id: str | None) -> None:
        board = self.view.board
        run_in_thread(
            extract_last_frame,
            clip,
            self._frames_folder(),
            owner=self,
            on_done=lambda image: self._insert_continuation(board, image, shot_id),
            on_error=self._extract_failed,
        )

    def _extract_failed(self, error: BaseException) -> None:
        self.view.say(
            self.tr("The last frame could not be taken from the clip: {error}").format(
                error=error_text(error)
            )
        )

    def _insert_continuation(self, board: Storyboard, image: Path, shot_id: str | None) -> None:
        if board is not self.view.board:
            self.view.say(
                self.tr(
                    "The storyboard was closed before the last frame was ready; it is saved as "
                    "{path}."
                ).format(path=image)
            )
            return
        source = self.view.board.shot(shot_id) if shot_id else None
        present = {f.id for f in self.view.board.frames}
        if source is not None and set(source.frame_ids) <= present:
            at = max(self.view.board.frame_index(f) for f in source.frame_ids) + 1
        else:
            source = None
            at = len(self.view.board.frames)

        def change() -> None:
            [frame] = self.view.board.insert_frames(at, [image])
            if source is not None:
                # The new shot starts where the source shot ends: same model, settings, prompt.
                for shot in self.view.board.shots:
                    if shot.frame_ids[0] == frame.id:
                        shot.copy_settings_from(source)

        self.view.document.edit(self.tr("Continue from the clip's last frame"), change)
        self.view.board_edited(frames=True)
        self.view.select_frame(at)
        self.view.say(
            self.tr("The clip's last frame is now frame {n}: its shot goes on from there.").format(
                n=at + 1
            )
        )
        self.view.continued.emit(image)
