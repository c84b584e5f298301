"""Checking the frames against the image rules of the fields they fill, in a worker.

A presenter of :class:`StoryboardView`: the view holds the widgets, this drives them."""

from __future__ import annotations

import copy
import logging
from typing import Any

from app.ui.error_text import error_text
from app.ui.storyboard.background import frame_verdicts_of
from app.ui.storyboard.constants import CHECKING, INVALID
from app.ui.storyboard.parts import BoardView, Presenter
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)


class FrameChecking(Presenter):
    """Checks the frames against the image rules of the fields they fill."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._checking: set[str] = set()  # the frames being checked now
        self._frame_signatures: dict[str, tuple[Any, ...]] = {}
        self._verdict_cache: dict[tuple[Any, ...], tuple[str, str]] = {}
        self._check_generation = 0

    def forget(self) -> None:
        """Another board is open: its frames are all checked afresh (the cache stays)."""
        self._frame_signatures = {}

    def check_frames(self) -> None:
        """Check the frames whose file or role changed, in a worker; the others keep their
        verdict."""
        board = self.view.board
        roles: dict[str, list[tuple[str, int]]] = {}
        for shot in board.shots:
            for position, frame_id in enumerate(shot.frame_ids):
                roles.setdefault(frame_id, []).append((shot.model_id, position))
        wanted: list[int] = []
        known: dict[str, tuple[str, str]] = {}
        signatures: dict[str, tuple[Any, ...]] = {}
        for index, frame in enumerate(board.frames):
            try:
                stat = frame.image.stat()
                stamp: tuple[Any, ...] = (stat.st_size, stat.st_mtime_ns)
            except OSError:
                stamp = ()
            signature = (str(frame.image), stamp, tuple(sorted(roles.get(frame.id, []))))
            signatures[frame.id] = signature
            cached = self._verdict_cache.get(signature)
            if cached is not None:
                known[frame.id] = cached
            elif not (
                frame.id in self._checking and self._frame_signatures.get(frame.id) == signature
            ):
                wanted.append(index)
        self._frame_signatures = signatures
        if known:
            self.view.strip_model.set_verdicts(known)
        if not wanted:
            if not self._checking:
                self.view.frames_checked.emit()
            self.view.update_generate()
            return
        self._check_generation += 1
        generation = self._check_generation
        checked = {board.frames[i].id: signatures[board.frames[i].id] for i in wanted}
        self._checking |= set(checked)
        self.view.strip_model.set_verdicts({frame_id: (CHECKING, "") for frame_id in checked})
        run_in_thread(
            frame_verdicts_of,
            copy.deepcopy(board),
            self.view.catalogue,
            wanted,
            owner=self,
            on_done=lambda verdicts: self._frames_checked(generation, checked, verdicts),
            on_error=lambda error: self._frames_checked(
                generation, checked, {f: (INVALID, error_text(error)) for f in checked}
            ),
        )
        self.view.update_generate()

    def _frames_checked(
        self,
        generation: int,
        checked: dict[str, tuple[Any, ...]],
        verdicts: dict[str, tuple[str, str]],
    ) -> None:
        for frame_id, signature in checked.items():
            if frame_id in verdicts:
                self._verdict_cache[signature] = verdicts[frame_id]
        if len(self._verdict_cache) > 4096:
            self._verdict_cache.clear()
        current = {
            frame_id: verdict
            for frame_id, verdict in verdicts.items()
            if self._frame_signatures.get(frame_id) == checked.get(frame_id)
        }
        self.view.strip_model.set_verdicts(current)
        if generation == self._check_generation:
            self._checking.clear()
        else:
            self._checking -= set(current)
        self.view.update_generate()
        if not self._checking:
            self.view.frames_checked.emit()

    def frame_verdicts(self) -> list[str]:
        """Each frame's verdict in order: "checking", "valid" or "invalid"."""
        return [self.view.strip_model.verdict(f.id)[0] for f in self.view.board.frames]
