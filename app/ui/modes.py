"""The window's two views, "Single shot" and "Storyboard", and the switch between them.

Apart from the storyboard view itself, so that the window can show the switch at start-up
and build the storyboard only when it is first shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.widgets.switch import Switch

MODE_SINGLE = "single"
MODE_STORYBOARD = "storyboard"


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


__all__ = ["MODE_SINGLE", "MODE_STORYBOARD", "ModeSwitch"]
