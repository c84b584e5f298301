"""The takes of one shot of the open board, as the takes window sees them: each edit a step
of the board's undo stack (see :mod:`.commands`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from app.core.catalogue import Catalogue
from app.core.storyboard.takes import choose_take, reject_take, remove_take
from app.core.takes import Take
from app.ui.bridge import Controller
from app.ui.storyboard.document import BoardDocument
from app.ui.takes.commands import DeleteTake, TakeEdit, edit_takes, take_state
from app.ui.takes.subject import TakesHolder, TakesSubject
from app.ui.takes.variations import VariationsBar


class BoardTakes(TakesSubject):
    """The takes of one shot of the open board, edited on the board's undo stack."""

    def __init__(
        self,
        document: BoardDocument,
        shot_id: str,
        *,
        edited: Callable[[], None],
        engine_kind: Callable[[], str],
        board_changed: SignalInstance | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.shot_id = document, shot_id
        self.edited, self.engine_kind = edited, engine_kind
        document.restored.connect(self.changed)
        if board_changed is not None:  # a take the engine added, a job sent
            board_changed.connect(self.changed)

    @property
    def holder(self) -> TakesHolder | None:
        return self.document.board.shot(self.shot_id)

    def title(self) -> str:
        number = next(
            (n for n, s in enumerate(self.document.board.shots, 1) if s.id == self.shot_id), 0
        )
        return self.tr("Takes of shot {n}").format(n=number)

    def empty_text(self) -> str:
        return self.tr("No takes yet: generate this shot, or ask for variations.")

    def chosen_text(self) -> str:
        return self.tr("The sequence now plays this take.")

    def _edit(self, text: str, change: Callable[..., object]) -> None:
        shot = self.document.board.shot(self.shot_id)
        if shot is None:
            return
        edit_takes(self.document, shot, text, lambda: change(shot))
        self.edited()

    def choose(self, text: str, job_id: str) -> None:
        self._edit(text, lambda shot: choose_take(shot, job_id))

    def reject(self, text: str, job_id: str, rejected: bool) -> None:
        self._edit(text, lambda shot: reject_take(shot, job_id, rejected))

    def forget(
        self, text: str, take: Take, where: Path | None, failed: Callable[[str], None]
    ) -> None:
        shot = self.document.board.shot(self.shot_id)
        if shot is None or take not in shot.takes:
            return
        before = take_state(self.document, shot)
        remove_take(shot, take.job_id)
        after = take_state(self.document, shot)
        if where is None:  # its file was already gone: nothing to bring back
            self.document.stack.push(TakeEdit(self.document, shot.id, text, before, after))
        else:
            self.document.stack.push(
                DeleteTake(self.document, shot.id, text, before, after, take.clip, where, failed)
            )
        self.edited()

    def variations_bar(
        self, controller: Controller, catalogue: Catalogue, say: Callable[[str], None]
    ) -> QWidget:
        return VariationsBar(controller, catalogue, self.engine_kind, say)

    def show_variations(self, bar: QWidget, take: Take | None) -> None:
        assert isinstance(bar, VariationsBar)
        bar.show_shot(self.document.board, self.document.board.shot(self.shot_id), take)


__all__ = ["BoardTakes"]
