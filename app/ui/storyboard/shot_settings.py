"""The selected shot's settings box: its title and Continue button, the model picker, the
schema-built parameter panel, and Apply to all shots. Layout only: what the settings do is the
editing and sync presenters' (the view wires them)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Catalogue
from app.ui import theme
from app.ui.panel import ModelPicker, ParameterPanel


class ShotSettings(QWidget):
    """The selected shot's model, prompt and settings, with Apply to all shots."""

    def __init__(
        self, catalogue: Catalogue, continue_action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shot_title = QLabel(self)
        theme.make_small(self.shot_title, bold=True)
        self.shot_title.setAccessibleName(self.tr("Selected shot"))
        self.continue_button = QToolButton(self)
        self.continue_button.setDefaultAction(continue_action)
        self.continue_button.setAutoRaise(True)
        self.picker = ModelPicker(catalogue.models(), self)
        self.panel = ParameterPanel(self)
        self.apply_button = QToolButton(self)
        self.apply_button.setText(self.tr("Apply to all shots"))
        self.apply_button.setAccessibleName(self.tr("Apply to all shots"))
        self.apply_button.setToolTip(
            self.tr("Give every shot this model and these settings; each keeps its own prompt")
        )
        self.apply_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        apply_menu = QMenu(self.apply_button)
        self.apply_with_prompt_action = apply_menu.addAction(
            self.tr("Apply settings and prompt to all shots")
        )
        self.apply_button.setMenu(apply_menu)
        self._lay_out()

    def _lay_out(self) -> None:
        settings_layout = QVBoxLayout(self)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        # One row for the shot's title and what acts on it, so the prompt below keeps its
        # room on a small screen.
        title_row = QHBoxLayout()
        title_row.addWidget(self.shot_title, 1)
        title_row.addWidget(self.continue_button)
        title_row.addWidget(self.apply_button)
        settings_layout.addLayout(title_row)
        model_row = QHBoxLayout()
        model_label = QLabel(self.tr("&Model:"), self)
        model_label.setBuddy(self.picker)
        model_row.addWidget(model_label)
        model_row.addWidget(self.picker, 1)
        settings_layout.addLayout(model_row)
        self.model_row = model_row
        settings_layout.addWidget(self.panel, 1)
        self._title_row = title_row

    def add_title_action(self, action: QAction) -> QToolButton:
        """A button for ``action`` beside the shot's title (its takes, say)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        self._title_row.insertWidget(self._title_row.count() - 1, button)
        return button
