"""The takes of the single shot: the jobs sent from it with the inputs it shows now.

:class:`SingleShotTakes` reads them through the Controller in a worker whenever the inputs
change or a job finishes (see :mod:`app.core.single_takes`), keeps the chosen and rejected
ones in the settings per model and set of inputs, and records each choice, rejection and
deletion as a step of the single shot's undo stack. The takes window
(:class:`~app.ui.takes.dialog.TakesDialog`) shows them as it shows a storyboard shot's.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.core.catalogue import Catalogue, Model
from app.core.take_choices import TakeChoices, keep_choices, read_choices
from app.core.takes import Take
from app.ui.bridge import Controller
from app.ui.takes.deleting import DeletesTakeFile
from app.ui.takes.single_bar import SingleVariationsBar
from app.ui.takes.subject import TakesHolder, TakesSubject
from app.ui.undo import SnapshotEdit
from app.ui.workers import run_in_thread

log = logging.getLogger(__name__)

# Typing in the prompt reads the takes again once the typing pauses.
REFRESH_DELAY_MS = 400


@dataclass
class SingleTakeSet:
    """The takes of one set of single-shot inputs, and the chosen one."""

    takes: list[Take] = field(default_factory=list)
    chosen_take: str | None = None


@dataclass(frozen=True)
class ChoiceState:
    """The choices of one set of inputs at one moment, for undo and redo."""

    model_id: str
    key: str
    chosen: str | None
    rejected: frozenset[str]


class SingleTakeEdit(SnapshotEdit):
    """A take of the single shot chosen, rejected or kept again; never merged."""

    def __init__(self, takes: SingleShotTakes, text: str, before: ChoiceState, after: ChoiceState):
        super().__init__(text, before, after, None)
        self.owner = weakref.proxy(takes)  # the stack outlives no window, but no cycles

    def apply(self, state: object) -> None:
        assert isinstance(state, ChoiceState)
        self.owner.put_back(state)


class DeleteSingleTake(DeletesTakeFile, SingleTakeEdit):
    """A deleted take of the single shot (see :mod:`app.ui.takes.deleting`); the take shows
    again once its file is back (it is read from the job store)."""

    def __init__(
        self,
        takes: SingleShotTakes,
        text: str,
        before: ChoiceState,
        after: ChoiceState,
        clip: Path,
        where: Path,
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(takes, text, before, after)
        self.keep_file(clip, where, failed)

    def file_owner(self) -> QObject:
        return self.owner.parent()


class SingleShotTakes(TakesSubject):
    """The single shot's takes, read again as its inputs change and as jobs finish."""

    counted = Signal(int)  # how many takes the inputs have now (-1: not read yet)
    # the chosen Take to show, and whether to play it (a user's choice) or only show it
    # (the inputs it was chosen for came back)
    chosen_changed = Signal(object, bool)

    def __init__(
        self,
        controller: Controller,
        settings: Any,
        *,
        inputs: Callable[[], tuple[Model, dict[str, Any]] | None],
        stack: QUndoStack,
        save_settings: Callable[[], None],
        variations: Any,  # app.ui.takes.single_variations.VariationsButton
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.controller, self.settings = controller, settings
        self.inputs, self.stack = inputs, stack
        self.save_settings, self.variations = save_settings, variations
        self.model_id = self.key = ""
        self.set = SingleTakeSet()
        self.choices = TakeChoices()
        self.read = False  # the takes of the inputs shown have been read
        self._asked = 0  # the newest reading asked for; older answers are dropped
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    # -- reading ------------------------------------------------------------------------------

    def refresh_soon(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Read the takes of the inputs shown now, in a worker."""
        self.timer.stop()
        current = self.inputs()
        if current is None or not self.controller.started:
            return
        model, values = current
        self._asked += 1
        asked = self._asked
        run_in_thread(
            self.controller.single_takes,
            model.model_id,
            values,
            owner=self,
            on_done=lambda found: self._arrived(asked, model.model_id, found),
            on_error=self._not_read,
        )

    def _not_read(self, error: BaseException) -> None:
        # The engine stopped meanwhile (quitting): nothing to show, nothing lost.
        level = logging.DEBUG if not self.controller.started else logging.WARNING
        log.log(level, "the single shot's takes were not read: %s", error)

    def _arrived(self, asked: int, model_id: str, found: tuple[str, list[Take]]) -> None:
        if asked != self._asked:
            return  # the inputs changed again meanwhile
        key, takes = found
        came_back = (model_id, key) != (self.model_id, self.key)
        self.model_id, self.key, self.read = model_id, key, True
        self.choices = read_choices(self.settings.single_takes, model_id, key)
        self.choices.apply(takes)
        self.set = SingleTakeSet(takes, self.choices.chosen)
        self.counted.emit(len(takes))
        self.changed.emit()
        if came_back and self.chosen() is not None:
            self.chosen_changed.emit(self.chosen(), False)

    def chosen(self) -> Take | None:
        return next((t for t in self.set.takes if t.job_id == self.set.chosen_take), None)

    # -- what the takes window asks -----------------------------------------------------------

    @property
    def holder(self) -> TakesHolder | None:
        return self.set

    def title(self) -> str:
        return self.tr("Takes of the single shot")

    def empty_text(self) -> str:
        return self.tr("No takes of these inputs yet: generate, or ask for variations.")

    def chosen_text(self) -> str:
        return self.tr("The player now plays this take.")

    def _state(self) -> ChoiceState:
        return ChoiceState(
            self.model_id, self.key, self.choices.chosen, frozenset(self.choices.rejected)
        )

    def _record(self, text: str, change: Callable[[], object]) -> None:
        before = self._state()
        change()
        after = self._state()
        if after != before:
            self._keep(after)
            self.stack.push(SingleTakeEdit(self, text, before, after))

    def choose(self, text: str, job_id: str) -> None:
        self._record(text, lambda: self.choices.choose(job_id))

    def reject(self, text: str, job_id: str, rejected: bool) -> None:
        self._record(text, lambda: self.choices.reject(self.set.takes, job_id, rejected))

    def forget(
        self, text: str, take: Take, where: Path | None, failed: Callable[[str], None]
    ) -> None:
        if take not in self.set.takes:
            return
        before = self._state()
        self.choices.remove(self.set.takes, take.job_id)
        after = self._state()
        self._keep(after)
        self.counted.emit(len(self.set.takes))
        if where is None:  # its file was already gone: nothing to bring back
            self.stack.push(SingleTakeEdit(self, text, before, after))
        else:
            self.stack.push(
                DeleteSingleTake(self, text, before, after, take.clip, where, failed)
            )

    def put_back(self, state: ChoiceState) -> None:
        """An undo or redo: the choices of ``state``, and the takes read again."""
        previous = self.chosen()
        self.choices = TakeChoices(state.chosen, set(state.rejected), time.time())
        self._save(state.model_id, state.key)
        if state.model_id == self.model_id and state.key == self.key:
            self.choices.apply(self.set.takes)
            self.set.chosen_take = self.choices.chosen
            self.changed.emit()
            if self.chosen() is not None and self.chosen() is not previous:
                self.chosen_changed.emit(self.chosen(), False)
        self.refresh()  # a file back from the trash is a take again

    def _keep(self, state: ChoiceState) -> None:
        previous = self.set.chosen_take
        self.choices.used_at = time.time()
        self.set.chosen_take = self.choices.chosen
        for take in self.set.takes:
            take.rejected = take.job_id in self.choices.rejected
        self._save(state.model_id, state.key)
        self.changed.emit()
        if self.set.chosen_take != previous and self.chosen() is not None:
            self.chosen_changed.emit(self.chosen(), True)

    def _save(self, model_id: str, key: str) -> None:
        if not model_id or not key:
            return
        self.settings.single_takes = keep_choices(
            self.settings.single_takes, model_id, key, self.choices
        )
        self.save_settings()

    def variations_bar(
        self, controller: Controller, catalogue: Catalogue, say: Callable[[str], None]
    ) -> QWidget:
        return SingleVariationsBar(self.variations, self.inputs, say)

    def show_variations(self, bar: QWidget, take: Take | None) -> None:
        assert isinstance(bar, SingleVariationsBar)
        bar.show_take(take)


__all__ = ["SingleShotTakes", "SingleTakeSet"]
