"""Whose takes the takes window shows: a storyboard shot's, or the single shot's.

The window (:mod:`.dialog`) is one for both; a :class:`TakesSubject` says what it shows (the
takes and the chosen one, a title) and does what it asks (choose, reject, forget a deleted
take) as undoable steps on its document's undo stack. :class:`BoardTakes` is a shot of the
open board (:mod:`.board_subject`); the single shot's is
:class:`app.ui.takes.single.SingleShotTakes`. This module stays light: the window imports it
at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.catalogue import Catalogue
from app.core.takes import Take
from app.ui.bridge import Controller


class TakesHolder(Protocol):
    """What has takes: a storyboard shot, or the single shot's set of takes."""

    takes: list[Take]
    chosen_take: str | None


class TakesSubject(QObject):
    """The takes the window shows and the edits it makes of them."""

    changed = Signal()  # the takes or the choice changed (an undo, a finished job)

    @property
    def holder(self) -> TakesHolder | None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def chosen_text(self) -> str:
        raise NotImplementedError

    def choose(self, text: str, job_id: str) -> None:
        raise NotImplementedError

    def reject(self, text: str, job_id: str, rejected: bool) -> None:
        raise NotImplementedError

    def forget(
        self, text: str, take: Take, where: Path | None, failed: Callable[[str], None]
    ) -> None:
        """Drop a take whose file went to ``where`` (None: it was already gone)."""
        raise NotImplementedError

    def variations_bar(
        self, controller: Controller, catalogue: Catalogue, say: Callable[[str], None]
    ) -> QWidget:
        raise NotImplementedError

    def show_variations(self, bar: QWidget, take: Take | None) -> None:
        raise NotImplementedError


__all__ = ["TakesHolder", "TakesSubject"]
