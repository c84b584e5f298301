"""Which model the single-shot panel shows, and the values remembered for each model.

The picker and the panel follow each other; switching models carries what fits over and
puts back what was used last time with the new model (the prompt being written wins).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.core.catalogue import Catalogue, Model
from app.core.jobs import Job
from app.core.settings import Settings
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.documents.single_shot_frames import FrameRestorer, remembered_images
from app.ui.model_picker import ModelPicker
from app.ui.panel import ParameterPanel


class ModelChoice(QObject):
    """The single shot's current model; ``say`` puts a sentence in the status bar."""

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue,
        picker: ModelPicker,
        panel: ParameterPanel,
        inputs: SingleShotDocument,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalogue = catalogue
        self.picker = picker
        self.panel = panel
        self.inputs = inputs
        self.say = say
        self.model: Model | None = None
        self.frames = FrameRestorer(panel, inputs, say, self)

    def _follow(self, model: Model) -> None:
        self.picker.blockSignals(True)
        self.picker.set_current_model(model)
        self.picker.blockSignals(False)
        self.model = model

    def select_initial(self, *, form: bool = True) -> None:
        """The model used last (else the picker's first) in the picker, and with ``form``
        its form too; without, :meth:`build_initial_form` builds it later."""
        wanted = self.settings.last_model
        model = None
        if wanted and wanted in self.catalogue:
            model = self.catalogue.get(wanted)
        model = model or self.picker.current_model()
        if model is None:
            return
        self._follow(model)
        if form:
            self._open_form(model)

    def build_initial_form(self) -> None:
        """The form :meth:`select_initial` left out (``form=False``); nothing once built."""
        if self.model is not None and self.panel.model() is None:
            self._open_form(self.model)

    def _open_form(self, model: Model) -> None:
        """``model``'s form with last time's values (and its frames, once found)."""
        with self.inputs.quietly():
            self.panel.set_model(model, carry_over=False)
            self.panel.restore(self.settings.last_values.get(model.model_id, {}))
        # The frames come back too, once found on disk (off the UI thread).
        self.frames.restore(model, self.settings.last_images.get(model.model_id, {}))

    def show_model(self, model: Model) -> None:
        """A model's empty form, the picker following (Undo of a model choice)."""
        self._follow(model)
        self.panel.set_model(model, carry_over=False)
        self.settings.last_model = model.model_id

    def chosen(self, model: Model) -> None:
        if self.model is not None and model.model_id == self.model.model_id:
            return
        self.remember_values()
        self.model = model
        with self.inputs.quietly():
            self.panel.set_model(model, carry_over=True)
            remembered = dict(self.settings.last_values.get(model.model_id, {}))
            prompt = model.role("prompt")
            if prompt is not None and self.panel.values().get(prompt.name):
                # The prompt the user is working on now beats the one used last time.
                remembered.pop(prompt.name, None)
            self.panel.restore(remembered)
        self.settings.last_model = model.model_id

    def remember_values(self) -> None:
        model = self.model
        if model is None or self.panel.model() is None:
            return  # no form yet: last time's values stay as they are
        self.settings.last_model = model.model_id
        self.settings.last_values[model.model_id] = self.panel.remembered_values()
        images = remembered_images(self.panel)
        if images:
            self.settings.last_images[model.model_id] = images
        else:
            self.settings.last_images.pop(model.model_id, None)

    def reuse_settings(self, job: Job) -> None:
        """Load a job's model and values into the panel, to tweak and generate again."""
        if job.model_id not in self.catalogue:
            self.say(
                self.tr("The model {model} of this job is no longer in your catalogue.").format(
                    model=job.model_id
                )
            )
            return
        model = self.catalogue.get(job.model_id)
        self.remember_values()
        self._follow(model)
        self.panel.set_model(model, carry_over=False)
        self.panel.set_values(dict(job.inputs))
        self.say(self.tr("The settings of this job are in the panel."))


__all__ = ["ModelChoice"]
