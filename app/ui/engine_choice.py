"""Which engine the next single-shot job goes to: the toolbar switch, the saved setting,
and what a new or removed API key changes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.engines import EngineKind
from app.ui.bridge import OFFLINE, RUNCOMFY
from app.ui.generate_flow import STATUS_MESSAGE_MS, GenerateFlow
from app.ui.welcome_slot import WelcomeSlot
from app.ui.window_host import WindowHost


class EngineChoice(QObject):
    """Keeps ``window.engine_kind``, the engine switch, the setting and the price in step."""

    def __init__(
        self,
        window: WindowHost,
        flow: GenerateFlow,
        banner: WelcomeSlot,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.flow = flow
        self.banner = banner

    def choose(self, engine: str) -> None:
        """The user's click on the switch: RunComfy needs a key first."""
        window = self.window
        if engine == RUNCOMFY and not window.controller.has_key:
            window.engine_switch.set_engine(window.engine_kind)
            window.statusBar().showMessage(
                self.tr("Add your RunComfy API key in Settings to generate with RunComfy."),
                STATUS_MESSAGE_MS,
            )
            window.open_settings()
            return
        self.set_engine(engine)

    def set_engine(self, engine: str) -> None:
        window = self.window
        window.engine_kind = EngineKind.parse(engine, OFFLINE)
        window.engine_switch.set_engine(engine)
        window.settings.engine = engine
        window.save_settings()
        self.flow.price = None
        self.flow.show_price()
        self.flow.update_generate()
        if engine == RUNCOMFY:
            self.flow.refresh_price()

    def key_changed(self, present: bool) -> None:
        # The welcome stays where it is, now telling which engine Generate uses.
        self.banner.set_has_key(present)
        window = self.window
        if present:
            if window.controller.started and window.settings.engine != OFFLINE:
                self.set_engine(RUNCOMFY)
            elif window.engine_kind == RUNCOMFY:
                self.flow.refresh_price()
        elif window.engine_kind == RUNCOMFY:
            self.set_engine(OFFLINE)

    def settings_saved(self) -> None:
        engine = self.window.controller.engine
        if engine is not None:
            engine.library_dir = self.window.settings.library_path
        if self.window.engine_kind == RUNCOMFY:
            self.flow.refresh_price()


__all__ = ["EngineChoice"]
