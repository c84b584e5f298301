"""What the window's parts (the Generate flow, the menus) may reach of the window.

A protocol rather than the ``MainWindow`` class itself, so that the parts do not import
the module that builds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QLabel, QMenuBar, QPushButton, QStatusBar

from app.core.catalogue import Catalogue, Model
from app.core.engines import EngineKind
from app.core.settings import Settings
from app.ui.bridge import Controller
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.panel import ParameterPanel
from app.ui.player import PlayerView
from app.ui.queue_model import QueueModel
from app.ui.queue_view import QueueView
from app.ui.undo import UndoHub

if TYPE_CHECKING:
    from app.ui.storyboard import StoryboardView


class WindowHost(Protocol):
    """The main window as its parts see it."""

    settings: Settings
    controller: Controller
    catalogue: Catalogue
    engine_kind: EngineKind
    panel: ParameterPanel
    inputs: SingleShotDocument
    player: PlayerView
    queue: QueueView
    queue_model: QueueModel
    undo: UndoHub
    generate_button: QPushButton
    reason_label: QLabel
    price_label: QLabel
    price_updated: Any  # the window's Signal(str)
    mode_switch: Any
    engine_switch: Any
    model_refresh: Any  # app.ui.model_refresh.ModelListRefresh: File → Refresh models
    balance_label: Any
    single_takes: Any  # app.ui.takes.single_hooks.SingleShotTakesHooks

    @property
    def storyboard(self) -> StoryboardView: ...

    def current_model(self) -> Model | None: ...

    def mode(self) -> str: ...

    def set_mode(self, mode: str) -> None: ...

    def remember_values(self) -> None: ...

    def save_settings(self) -> None: ...

    def open_settings(self) -> None: ...

    def open_spending(self) -> None: ...

    def paste_image(self) -> None: ...

    def show_welcome(self) -> None: ...

    def close(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)


__all__ = ["WindowHost"]
