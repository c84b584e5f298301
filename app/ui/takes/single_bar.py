"""Variations and a seed sweep of the single shot, from its takes window.

The same question as the "×N" button beside Generate (:mod:`.single_variations`): the seeds
and the total price first, nothing sent until Send, each variation one job sent once. A
seed sweep asks for the seeds next to the selected take's, with the inputs shown now (the
takes of a set differ by their seed alone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from app.core.catalogue import Model
from app.core.errors import StoryreelError
from app.core.takes import MAX_VARIATIONS, MIN_VARIATIONS, Take, seed_field, sweep_inputs
from app.ui.error_text import error_text


class SingleVariationsBar(QWidget):
    """"×N" Variations… and Seed sweep… in the single shot's takes window."""

    def __init__(
        self,
        button: Any,  # app.ui.takes.single_variations.VariationsButton
        inputs: Callable[[], tuple[Model, dict[str, Any]] | None],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.button, self.inputs, self.say = button, inputs, say
        self.take: Take | None = None
        self.count = QSpinBox(self)
        self.count.setRange(MIN_VARIATIONS, MAX_VARIATIONS)
        self.count.setValue(3)
        self.count.setPrefix("×")
        self.count.setAccessibleName(self.tr("How many variations"))
        self.vary_button = QPushButton(self.tr("Variations…"), self)
        self.vary_button.setToolTip(self.tr("New takes of these inputs, each with its own seed"))
        self.sweep_button = QPushButton(self.tr("Seed sweep…"), self)
        self.sweep_button.setToolTip(
            self.tr("New takes with the seeds next to the selected take's")
        )
        self.vary_button.clicked.connect(lambda: self.button.ask(self.count.value()))
        self.sweep_button.clicked.connect(self.ask_sweep)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.count, self.vary_button, self.sweep_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_take(self, take: Take | None) -> None:
        self.take = take
        current = self.inputs()
        model = current[0] if current is not None else None
        ready = model is not None and not self.button.flow.generate_blocker()
        self.vary_button.setEnabled(ready)
        self.count.setEnabled(ready)
        has_seed = model is not None and seed_field(model) is not None
        self.sweep_button.setEnabled(
            ready and has_seed and take is not None and take.seed is not None
        )
        if model is not None and not has_seed:
            self.sweep_button.setToolTip(
                self.tr("{model} has no seed setting to sweep.").format(model=model.display_name)
            )

    def ask_sweep(self) -> None:
        current = self.inputs()
        take = self.take
        if current is None or take is None or take.seed is None:
            return
        model, values = current
        try:
            runs = sweep_inputs(model, values, take.seed, self.count.value())
        except StoryreelError as exc:
            self.say(error_text(exc))
            return
        self.button.ask_runs(runs)


__all__ = ["SingleVariationsBar"]
