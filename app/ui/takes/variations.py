"""Variations of a shot from the takes window: "×N" from one click, the total price first.

"Variations" asks for N new takes of the shot as it is now, each with its own new seed (the
same inputs again on a model without a seed); "Seed sweep" asks for the N seeds next to the
selected take's, with that take's settings and prompt. Either way the price of all N is read
and shown with the seeds, and nothing is sent until the user presses Send; each variation is
then one job, sent once, that becomes a take when it finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from app.core.catalogue import Catalogue
from app.core.engines import RUNCOMFY
from app.core.errors import StoryreelError
from app.core.storyboard import Shot, Storyboard
from app.core.takes import (
    MAX_VARIATIONS,
    MIN_VARIATIONS,
    Take,
    seed_field,
    sweep_inputs,
    variation_inputs,
)
from app.ui.bridge import Controller
from app.ui.error_text import error_text
from app.ui.numbers import money


class VariationsBar(QWidget):
    """The "×N" controls of a shot and the price question before sending."""

    answered = Signal()  # the price arrived, or the variations were sent, or they failed

    def __init__(
        self,
        controller: Controller,
        catalogue: Catalogue,
        engine_kind: Callable[[], str],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.catalogue = controller, catalogue
        self.engine_kind, self.say = engine_kind, say
        self.board: Storyboard | None = None
        self.shot: Shot | None = None
        self.take: Take | None = None
        self.plan: Any = None
        self.count = QSpinBox(self)
        self.count.setRange(MIN_VARIATIONS, MAX_VARIATIONS)
        self.count.setValue(3)
        self.count.setPrefix("×")
        self.count.setAccessibleName(self.tr("How many variations"))
        self.vary_button = QPushButton(self.tr("Variations…"), self)
        self.vary_button.setToolTip(self.tr("New takes of this shot, each with its own seed"))
        self.sweep_button = QPushButton(self.tr("Seed sweep…"), self)
        self.sweep_button.setToolTip(
            self.tr("New takes with the seeds next to the selected take's")
        )
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.vary_button.clicked.connect(self.ask_variations)
        self.sweep_button.clicked.connect(self.ask_sweep)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.count, self.vary_button, self.sweep_button):
            layout.addWidget(widget)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.send_button)
        layout.addWidget(self.cancel_button)
        self._asking(False)

    def show_shot(self, board: Storyboard, shot: Shot | None, take: Take | None) -> None:
        self.board, self.shot, self.take = board, shot, take
        model = self._model()
        ready = model is not None and self.controller.started and self.plan is None
        self.vary_button.setEnabled(ready)
        self.count.setEnabled(ready)
        can_sweep = ready and model is not None and seed_field(model) is not None
        self.sweep_button.setEnabled(can_sweep and take is not None and take.seed is not None)
        if model is not None and seed_field(model) is None:
            self.sweep_button.setToolTip(
                self.tr("{model} has no seed setting to sweep.").format(model=model.display_name)
            )

    def _model(self):
        if self.shot is None or self.shot.model_id not in self.catalogue:
            return None
        return self.catalogue.get(self.shot.model_id)

    def _asking(self, asking: bool) -> None:
        self.question.setVisible(asking)
        self.send_button.setVisible(asking)
        self.cancel_button.setVisible(asking)

    # -- asking for the price first -----------------------------------------------------------

    def ask_variations(self) -> None:
        model = self._model()
        if model is None or self.shot is None:
            return
        values = dict(self.shot.values)
        seed = seed_field(model)
        if seed is not None:
            values.pop(seed.name, None)  # every variation a new seed, not this one again
        self._plan(variation_inputs(model, values, self.count.value()), None)

    def ask_sweep(self) -> None:
        model = self._model()
        take = self.take
        if model is None or take is None or take.seed is None:
            return
        try:
            runs = sweep_inputs(model, take.values, take.seed, self.count.value())
        except StoryreelError as exc:
            self.say(error_text(exc))
            return
        prompt = take.extra.get("prompt")
        self._plan(runs, prompt if isinstance(prompt, str) else None)

    def _plan(self, runs: list[dict[str, Any]], prompt: str | None) -> None:
        if self.board is None or self.shot is None:
            return
        self.plan = None
        self.vary_button.setEnabled(False)
        self.sweep_button.setEnabled(False)
        self.question.setText(self.tr("Reading the price…"))
        self.question.setVisible(True)
        self.controller.plan_variations(
            self.board,
            self.shot.id,
            runs,
            engine_kind=self.engine_kind(),
            prompt=prompt,
            on_done=self._priced,
            on_error=self._failed,
        )

    def _priced(self, plan: Any) -> None:
        self.plan = plan
        count = len(plan.planned)
        seeds = [s for s in plan.seeds if s is not None]
        how = (
            self.tr("seeds {seeds}").format(seeds=", ".join(str(s) for s in seeds))
            if len(seeds) == count
            else self.tr("the same settings again (this model has no seed)")
        )
        if self.engine_kind() != RUNCOMFY:
            text = self.tr("%n free previews of shot {shot}, {how}.", "", count)
        elif plan.total is not None:
            text = self.tr(
                "%n variations of shot {shot}, {how}: estimated {total} in all ({each} each).",
                "",
                count,
            )
        else:
            text = self.tr("%n variations of shot {shot}, {how}, at {unit} per {per}.", "", count)
        price = plan.price
        self.question.setText(
            text.format(
                shot=plan.number,
                how=how,
                total=money(plan.total or 0),
                each=money(price.estimate or 0),
                unit=money(price.unit_price),
                per=price.unit or self.tr("video"),
            )
        )
        self.send_button.setText(self.tr("Send %n jobs", "", count))
        self._asking(True)
        self.answered.emit()

    def _failed(self, error: BaseException) -> None:
        self.plan = None
        self._asking(False)
        reason = error_text(error) if isinstance(error, StoryreelError) else type(error).__name__
        self.say(self.tr("No variations were sent: {reason}").format(reason=reason))
        if self.board is not None:
            self.show_shot(self.board, self.shot, self.take)
        self.answered.emit()

    def cancel(self) -> None:
        self.plan = None
        self._asking(False)
        if self.board is not None:
            self.show_shot(self.board, self.shot, self.take)

    def send(self) -> None:
        plan, board = self.plan, self.board
        if plan is None or board is None:
            return
        self.plan = None  # one press sends once
        self._asking(False)
        self.controller.send_variations(
            board,
            plan,
            engine_kind=self.engine_kind(),
            on_done=self._sent,
            on_error=self._failed,
        )

    def _sent(self, jobs: list[Any]) -> None:
        self.say(
            self.tr(
                "%n jobs sent: each becomes a take of this shot when it finishes.", "", len(jobs)
            )
        )
        if self.board is not None:
            self.show_shot(self.board, self.shot, self.take)
        self.answered.emit()
