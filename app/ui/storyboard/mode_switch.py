"""The toolbar's "Single shot" | "Storyboard" switch."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from app.ui.storyboard.constants import MODE_SINGLE, MODE_STORYBOARD
from app.ui.widgets.switch import Switch


class ModeSwitch(Switch):
    """Two segments, "Single shot" (Ctrl+1) and "Storyboard" (Ctrl+2): which view is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("View"),
            (
                MODE_SINGLE,
                self.tr("Single shot"),
                self.tr("One clip from a frame and a prompt (Ctrl+1)"),
            ),
            (
                MODE_STORYBOARD,
                self.tr("Storyboard"),
                self.tr("A row of frames cut into shots, played as one sequence (Ctrl+2)"),
            ),
            parent=parent,
        )
        self.single, self.storyboard = self.first, self.second

    def mode(self) -> str:
        return self.value()

    def set_mode(self, mode: str) -> None:
        self.set_value(mode)
