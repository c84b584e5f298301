"""The price line and the Generate button of the single-shot view.

The live price is read from the engine (debounced while the user types) and shown under
the Generate button; the button says why it cannot generate, and Generate (Ctrl+Enter)
sends the panel's values with the price the user saw, so that RunComfy's price is checked
against it before anything is paid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from app.core.errors import SpendingCapReached, StoryreelError
from app.core.jobs import Job, JobState
from app.ui import theme
from app.ui.bridge import OFFLINE, RUNCOMFY
from app.ui.error_text import error_text, said_text
from app.ui.modes import MODE_STORYBOARD
from app.ui.queue_model import money
from app.ui.window_host import WindowHost

PRICE_DEBOUNCE_MS = 350
STATUS_MESSAGE_MS = 10000


def tr(text: str) -> str:
    return QCoreApplication.translate("GenerateFlow", text)


def price_text(estimate: Any) -> str:
    """ "$0.30 estimated · $0.06 per second", or the unit price alone when no total is honest."""
    unit = {"second": tr("second"), "output": tr("video")}.get(estimate.unit, estimate.unit)
    per_unit = tr("{price} per {unit}").format(price=money(estimate.unit_price), unit=unit)
    if estimate.estimate is not None:
        return tr("{total} estimated · {per_unit}").format(
            total=money(estimate.estimate), per_unit=per_unit
        )
    return per_unit


def generate_widgets(parent: QWidget) -> tuple[QPushButton, QLabel, QLabel]:
    """The Generate button, the reason it cannot generate now, and the price line."""
    button = QPushButton(tr("Generate"), parent)
    button.setAccessibleName(tr("Generate"))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    theme.make_prominent(button)
    reason_label = QLabel(parent)
    reason_label.setWordWrap(True)
    reason_label.setAccessibleName(tr("Why Generate is not available"))
    theme.make_small(reason_label)
    price_label = QLabel(parent)
    price_label.setAccessibleName(tr("Price"))
    price_label.setWordWrap(True)
    theme.make_small(price_label, bold=True)
    return button, reason_label, price_label


class GenerateFlow(QObject):
    """The window's price line and Generate button: what they say, and what Generate does."""

    cap_asked = Signal(object)  # the QMessageBox asking to raise a spending cap

    def __init__(self, window: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.price: Any = None
        self.start_error: str | None = None
        self.cap_question: Any = None  # the open "spending cap reached" question
        self._price_request = 0
        self.price_timer = QTimer(self)
        self.price_timer.setSingleShot(True)
        self.price_timer.setInterval(PRICE_DEBOUNCE_MS)
        self.price_timer.timeout.connect(self.refresh_price)

    # -- price ----------------------------------------------------------------------------

    def refresh_price(self) -> None:
        """Ask the engine for the live price of the current settings (debounced by callers)."""
        self.price_timer.stop()
        window = self.window
        model = window.current_model()
        if model is None or window.engine_kind != RUNCOMFY or not window.controller.started:
            self.show_price()
            return
        self._price_request += 1
        request = self._price_request
        self.set_price_line(self.tr("Reading the price…"))
        window.controller.estimate(
            model.model_id,
            window.panel.values(),
            RUNCOMFY,
            on_done=lambda estimate: self.price_arrived(request, estimate, None),
            on_error=lambda error: self.price_arrived(request, None, error),
        )

    def price_arrived(self, request: int, estimate: Any, error: BaseException | None) -> None:
        if request != self._price_request or self.window.engine_kind != RUNCOMFY:
            return  # an answer for settings that have changed since
        self.price = estimate
        if error is not None:
            reason = (
                error_text(error) if isinstance(error, StoryreelError) else type(error).__name__
            )
            self.set_price_line(self.tr("Price unavailable"), reason)
            self.update_generate()
            return
        self.show_price()
        self.update_generate()

    def show_price(self) -> None:
        if self.window.engine_kind == OFFLINE:
            # What the preview is, the welcome and the player say: here, only what it costs.
            self.set_price_line(self.tr("Free local preview · nothing is sent or paid"))
        elif self.price is None:
            started = self.window.controller.started
            self.set_price_line(self.tr("Reading the price…") if started else "")
        else:
            self.set_price_line(price_text(self.price), said_text(self.price.note))

    def set_price_line(self, text: str, tip: str = "") -> None:
        self.window.price_label.setText(text)
        self.window.price_label.setToolTip(tip)
        self.window.price_updated.emit(text)

    # -- generating -----------------------------------------------------------------------

    def generate_blocker(self) -> str:
        """Why Generate cannot be pressed now, or "" when it can."""
        controller = self.window.controller
        if self.start_error:
            return self.start_error
        if not controller.started:
            return self.tr("Storyreel is still starting.")
        if controller.submitting:
            return self.tr("Sending your job…")
        ok, reason = self.window.panel.can_generate()
        return "" if ok else reason

    def update_generate(self) -> None:
        blocker = self.generate_blocker()
        button = self.window.generate_button
        button.setEnabled(not blocker)
        self.window.reason_label.setText(blocker)
        self.window.reason_label.setVisible(bool(blocker))
        if self.window.engine_kind == OFFLINE:
            label = self.tr("Generate preview")
        elif self.price is not None and self.price.estimate is not None:
            label = self.tr("Generate · {price}").format(price=money(self.price.estimate))
        else:
            label = self.tr("Generate")
        button.setText(label)
        tip = blocker or self.tr("Generate a clip with these settings (Ctrl+Enter)")
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)

    def generate(self) -> None:
        window = self.window
        if window.mode() == MODE_STORYBOARD:
            window.storyboard.generate()  # Ctrl+Enter over the storyboard: Generate all
            return
        blocker = self.generate_blocker()
        if blocker:
            window.statusBar().showMessage(blocker, STATUS_MESSAGE_MS)
            return
        model = window.current_model()
        if model is None:
            return
        with window.inputs.quietly():  # a re-rolled seed is part of sending, not an edit
            values = window.panel.values_for_submission()
        window.remember_values()
        window.save_settings()
        expected = self.price if window.engine_kind == RUNCOMFY else None
        self.send(model.model_id, values, window.engine_kind, expected)

    def send(self, model_id: str, values: dict[str, Any], engine: str, expected: Any) -> None:
        """Submit; a job a spending cap stops is sent only once the user raised the cap."""

        def answered(raised: bool) -> None:
            self.cap_question = None
            if raised:
                self.send(model_id, values, engine, expected)
            else:
                self.window.statusBar().showMessage(
                    self.tr("Not sent: it would pass your spending cap."), STATUS_MESSAGE_MS
                )

        def not_sent(exc: BaseException) -> None:
            if not isinstance(exc, SpendingCapReached):
                self.window.controller.report_failure(exc)
                return
            from app.ui.spend.caps import ask_to_raise  # only when a cap is reached

            self.cap_question = ask_to_raise(
                self.window.generate_button, exc, self.window.settings, answered
            )
            self.cap_asked.emit(self.cap_question)

        self.window.controller.submit(
            model_id,
            values,
            engine,
            expected_price=expected,
            on_done=self.submitted,
            on_error=not_sent,
        )
        self.update_generate()

    def submitted(self, job: Job | None) -> None:
        if job is None:
            return
        if not self.window.player.playing:
            self.window.queue.select_job(job.id)
        if job.state is JobState.FAILED and job.error:
            self.window.statusBar().showMessage(said_text(job.error), STATUS_MESSAGE_MS)

    def retry(self, job_id: str) -> None:
        self.window.controller.retry(job_id, on_done=self.submitted)


__all__ = [
    "PRICE_DEBOUNCE_MS",
    "STATUS_MESSAGE_MS",
    "GenerateFlow",
    "generate_widgets",
    "price_text",
]
