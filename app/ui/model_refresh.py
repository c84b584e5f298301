"""Keeping the window's model picker in step with the catalogue.

The Controller refreshes the catalogue in place (on start, after a key is set, and on
File → Refresh models) and says so with ``catalogue_changed``; here the picker is given the
new list, the status bar says what happened, and the model on screen is shown again when its
listed schema changed (the values typed so far carried over).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.core.catalogue import Catalogue
from app.ui.bridge import Controller
from app.ui.model_choice import ModelChoice
from app.ui.model_picker import ModelPicker


class ModelListRefresh(QObject):
    def __init__(
        self,
        controller: Controller,
        catalogue: Catalogue,
        choice: ModelChoice,
        say: Callable[[str], None],
        parent: QObject | None = None,
        other_pickers: Callable[[], list[ModelPicker]] = list,
    ) -> None:
        super().__init__(parent)
        self.other_pickers = other_pickers  # the storyboard's, once it is built
        self.controller = controller
        self.catalogue = catalogue
        self.choice = choice
        self.say = say
        controller.catalogue_changed.connect(self.changed)

    def refresh(self) -> None:
        """Read RunComfy's list of models now (File → Refresh models)."""
        try:
            self.controller.refresh_catalogue(force=True)
        except RuntimeError:
            return  # the window is closing: nothing new starts
        self.say(self.tr("Reading the list of models…"))

    def changed(self, message: str) -> None:
        picker = self.choice.picker
        picker.set_models(self.catalogue.models())
        for other in self.other_pickers():
            other.set_models(self.catalogue.models())  # keeps its shot's model chosen
        shown = self.choice.model
        wanted = self.choice.settings.last_model
        untouched = self.choice.inputs.stack.count() == 0
        if untouched and wanted and wanted in self.catalogue and (
            shown is None or shown.model_id != wanted
        ):
            # The model used last time is offered only now (the offline preview's list, read
            # after the window opened): open on it, as if it had been there from the start.
            self.choice.select_initial()
            shown = self.choice.model
        if shown is not None and shown.model_id in self.catalogue:
            listed = self.catalogue.get(shown.model_id)
            if listed.fields != shown.fields:
                self.choice.model = None  # so that choosing it again rebuilds the panel
                self.choice.chosen(listed)
        elif shown is not None and (current := picker.current_model()) is not None:
            self.choice.chosen(current)
        if message:
            self.say(message)


__all__ = ["ModelListRefresh"]
