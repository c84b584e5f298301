"""Variations of the single-shot inputs: the "×N" button beside Generate.

Its menu offers 2 to 8 variations. The seeds are drawn first (a locked seed is the first
of them; a model without a seed runs the same inputs again), then the total price is shown
with them and nothing is sent until the user says Send; each variation is then one job,
submitted after the one before it was saved and sent, so N clicks never become N×N jobs and
a problem stops the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.core.engines import RUNCOMFY
from app.core.jobs import Job
from app.core.takes import MAX_VARIATIONS, MIN_VARIATIONS, take_seed, total_price, variation_inputs
from app.ui.generate_flow import GenerateFlow
from app.ui.numbers import money
from app.ui.window_host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class VariationsButton(QToolButton):
    """ "×N" beside Generate."""

    sent = Signal(list)  # the jobs of one request of variations, once all were submitted

    def __init__(
        self, window: WindowHost, flow: GenerateFlow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host, self.flow = window, flow
        self.question: QMessageBox | None = None
        self.setText("×N")
        self.setAccessibleName(self.tr("Variations"))
        self.setToolTip(self.tr("Generate 2 to 8 variations at once, each with its own seed"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        blocker = self.flow.generate_blocker()
        if blocker:
            item = menu.addAction(blocker)
            item.setEnabled(False)
            return
        price = self.flow.price if self.host.engine_kind == RUNCOMFY else None
        for count in range(MIN_VARIATIONS, MAX_VARIATIONS + 1):
            total = total_price(price.estimate, count) if price is not None else None
            text = self.tr("×{n} variations").format(n=count)
            if total is not None:
                text += f" · ${total:.2f}"
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, n=count: self.ask(n))

    def runs(self, count: int) -> list[dict[str, Any]]:
        model = self.host.current_model()
        if model is None:
            return []
        with self.host.inputs.quietly():  # a re-rolled seed is part of sending, not an edit
            values = self.host.panel.values_for_submission()
        return variation_inputs(model, values, count)

    def ask(self, count: int) -> None:
        """Show the seeds and the total price; send on Send."""
        self.ask_runs(self.runs(count))

    def ask_runs(self, runs: list[dict[str, Any]]) -> None:
        """Show the seeds of ``runs`` (variations, or a seed sweep) and their total price;
        send them on Send."""
        count = len(runs)
        if not runs:
            return
        seeds = [take_seed(r) for r in runs]
        if all(s is not None for s in seeds):
            how = self.tr("seeds {seeds}").format(seeds=", ".join(str(s) for s in seeds))
        else:
            how = self.tr("the same settings again (this model has no seed)")
        price = self.flow.price
        if self.host.engine_kind != RUNCOMFY:
            text = self.tr("Make %n free previews, {how}?", "", count).format(how=how)
        elif price is not None and price.estimate is not None:
            text = self.tr(
                "Send %n variations, {how}? Estimated {total} in all ({each} each).", "", count
            ).format(
                how=how,
                total=money(total_price(price.estimate, count) or 0.0),
                each=money(price.estimate),
            )
        else:
            self.host.statusBar().showMessage(
                self.tr("The price is not known yet: variations wait until it is."), 5000
            )
            return
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first opened

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Variations"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        send = box.addButton(self.tr("Send %n jobs", "", count), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda button: self._answered(button is send, runs))
        self.question = box
        box.open()

    def _answered(self, send: bool, runs: list[dict[str, Any]]) -> None:
        self.question = None
        if send:
            self.send(runs)

    def send(self, runs: list[dict[str, Any]]) -> None:
        """Submit the runs one after the other (each saved before it is sent)."""
        model = self.host.current_model()
        if model is None:
            return
        engine = self.host.engine_kind
        expected = self.flow.price if engine == RUNCOMFY else None
        sent: list[Job] = []

        def next_one(job: Job | None = None) -> None:
            if job is not None:
                sent.append(job)
                self.flow.submitted(job)
            if len(sent) == len(runs):
                self.sent.emit(sent)
                return
            self.host.controller.submit(
                model.model_id,
                runs[len(sent)],
                engine,
                expected_price=expected,
                on_done=next_one,
            )

        self.host.remember_values()
        self.host.save_settings()
        next_one()
