"""The toolbar's engine switch: "Offline preview" or "RunComfy", for the next job."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.bridge import OFFLINE, RUNCOMFY
from app.ui.widgets.switch import Switch


class EngineSwitch(Switch):
    """Two segments, "Offline preview" and "RunComfy": which engine the next job goes to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Engine"),
            (
                OFFLINE,
                self.tr("Offline preview"),
                self.tr("Free local motion sketches from your frames: not AI generation."),
            ),
            (
                RUNCOMFY,
                self.tr("RunComfy"),
                self.tr("Real generation with Seedance and Dreamina on RunComfy: paid per clip."),
            ),
            label=self.tr("Engine:"),
            parent=parent,
        )
        self.offline, self.runcomfy = self.first, self.second

    def engine(self) -> str:
        return self.value()

    def set_engine(self, engine: str) -> None:
        self.set_value(engine)


__all__ = ["EngineSwitch"]
