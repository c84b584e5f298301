"""Generate all / selected: the price first (inline, non-modal), then the shots through the
queue, through the window's Controller (the ui's one way to the engine). A presenter: the
Storyboard view holds the buttons and notices, this decides what they say and do."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtWidgets import QPushButton

from app.core.errors import SpendingCapReached, StoryreelError
from app.core.jobs import Job
from app.core.storyboard import Storyboard
from app.ui import theme
from app.ui.bridge import BoardEstimate, RenderEvent, RenderEventKind, RenderReport
from app.ui.error_text import error_text, said_text
from app.ui.problems import problem_text
from app.ui.queue_model import money
from app.ui.spend.caps import board_against_caps, needed_cap, raise_cap
from app.ui.storyboard.constants import CHECKING, INVALID, OFFLINE
from app.ui.storyboard.parts import BoardView, Presenter

log = logging.getLogger(__name__)


class RenderFlow(Presenter):
    """Generate all / selected: price first, then the shots through the queue. The view
    holds the buttons and notices; this presenter decides what they say and do."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._jobs: dict[str, Job] = {}  # the jobs of this board's shots, by id
        self._preparing = 0  # renders being priced, confirmed or sent
        self._confirming = 0  # price questions open, waiting for the user's answer
        self._sending = 0  # renders whose price was accepted, being sent
        self._last_only_selected = False
        view.shot_row.selection_changed.connect(self.update_generate)
        bridge = view.controller.bridge
        bridge.job_created.connect(self.job_event)
        bridge.job_changed.connect(self.job_event)
        view.controller.ready.connect(self.engine_ready)
        view.controller.busy_changed.connect(lambda _busy: self.update_generate())

    def generate_blocker(self, only: set[int] | None = None) -> str:
        """Why the shots cannot be sent now, or "" when they can."""
        if not self.view.controller.started:
            return self.tr("Storyreel is still starting.")
        if not self.view.board.frames:
            return self.tr("Add frames first: drop images or a folder on the strip.")
        if not self.view.shot_model.rowCount():
            return self.tr("One clip per pair of frames needs at least two frames.")
        if only is not None and not only:
            return self.tr("Select the shots to generate first.")
        if self._confirming:
            return self.tr("Waiting for your answer to the price.")
        if self._preparing:
            return (
                self.tr("Sending the shots…")
                if self._sending
                else self.tr("Reading the price of the shots…")
            )
        rows = sorted(only) if only is not None else range(self.view.shot_model.rowCount())
        frame_rows = sorted({f for r in rows for f in self.view.shot_model.frame_rows(r)})
        for frame_row in frame_rows:
            frame = self.view.board.frames[frame_row]
            state, _problem = self.view.strip_model.verdict(frame.id)
            if state == INVALID:
                return self.view.strip_model.message(frame_row)
            if state == CHECKING:
                return self.tr("Frame {n} ({name}) is still being checked.").format(
                    n=frame_row + 1, name=frame.name
                )
        for row in rows:
            planned = self.view.shot_model.planned(row)
            if planned.errors:
                return self.tr("Shot {n}: {message}").format(
                    n=planned.number, message=problem_text(planned.errors[0])
                )
        return ""

    def update_generate(self) -> None:
        blocker = self.generate_blocker()
        self.view.generate_button.setEnabled(not blocker)
        selected = set(self.view.selected_shots())
        selected_blocker = self.generate_blocker(selected)
        self.view.generate_selected_button.setEnabled(not selected_blocker)
        self.view.generate_selected_button.setToolTip(
            selected_blocker or self.tr("Generate only the selected shots")
        )
        self.view.reason_label.setText(blocker)
        self.view.reason_label.setToolTip(blocker)
        tip = blocker or self.tr(
            "Send every shot that needs it through the queue; the price is shown first"
        )
        self.view.generate_button.setToolTip(tip)
        self.view.generate_button.setAccessibleDescription(tip)
        self.view.play_button.setEnabled(bool(self.view.shot_model.rowCount()))

    def generate(self, *, only_selected: bool = False) -> None:
        """Price the shots that need rendering, ask (inline), then send them to the queue."""
        if self.view.replan_timer.isActive():
            self.view.refresh(frames=False)  # a setting was just changed: plan with it
        self._last_only_selected = only_selected
        only = set(self.view.selected_shots()) if only_selected else None
        blocker = self.generate_blocker(only)
        if blocker:
            self.view.say(blocker)
            return
        kind = self.view.engine_kind()
        board = self.view.board
        self._preparing += 1
        self.update_generate()
        self.view.confirm_notice.show_message(self.tr("Reading the price of the shots to render…"))
        progress = {"left": 0}

        def on_event(event: RenderEvent) -> None:
            self._render_event(board, event, progress)

        async def render() -> RenderReport:
            try:
                return await self.view.controller.render_storyboard(
                    board,
                    engine_kind=kind,
                    only=only,
                    on_event=on_event,
                    confirm=self._confirm,
                )
            finally:
                if progress["left"] >= 0:
                    self._preparing_done()

        self.view.controller.spawn(
            render(),
            "render storyboard",
            on_done=lambda report: self._rendered(board, report),
            on_error=self._render_error,
        )

    def _preparing_done(self) -> None:
        self._preparing = max(0, self._preparing - 1)
        if not self._preparing:
            self._confirming = self._sending = 0
        else:
            self._sending = max(0, self._sending - 1)
        self.update_generate()

    async def _confirm(self, estimate: BoardEstimate) -> bool:
        """The price against the caps and the balance, inline and non-modal; the render
        waits on the answer."""
        controller = self.view.controller
        caps_line = ""
        if estimate.engine_kind != OFFLINE and estimate.available:
            spent = await asyncio.to_thread(controller.spent_today)
            caps_line = board_against_caps(
                estimate.total,
                controller.settings.caps,
                spent,
                controller.balance_text,
                controller.has_key,
            )
        return await self._ask(estimate, caps_line)

    def _ask(self, estimate: BoardEstimate, caps_line: str) -> asyncio.Future[bool]:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def answer(value: bool) -> None:
            if not future.done():
                self._confirming = max(0, self._confirming - 1)
                if value:
                    self._sending += 1
                future.set_result(value)
            self.view.confirm_notice.clear()
            self.update_generate()

        count = len(estimate.prices)
        if estimate.engine_kind == OFFLINE:
            text = estimate.summary()
            go = self.tr("Generate %n previews", "", count)
            buttons = [(go, lambda: answer(True)), (self.tr("Cancel"), lambda: answer(False))]
            accent = theme.Accent.NEUTRAL
        elif not estimate.available:
            text = (
                estimate.summary()
                + " "
                + self.tr(
                    "Nothing is sent without a price: check your connection and key, then try "
                    "again."
                )
            )
            buttons = [(self.tr("Close"), lambda: answer(False))]
            accent = theme.Accent.INVALID
        else:
            total = estimate.total
            go = (
                self.tr("Generate · {price}").format(price=money(total))
                if total is not None
                else self.tr("Generate %n shots", "", count)
            )
            text = f"{estimate.summary()} {caps_line}".strip()
            buttons = [(go, lambda: answer(True)), (self.tr("Cancel"), lambda: answer(False))]
            accent = theme.Accent.WARNING
        self._confirming += 1
        self.view.confirm_notice.show_message(text, accent, buttons)
        self.update_generate()
        self.view.confirmation_requested.emit(estimate)
        return future

    def confirmation_buttons(self) -> list[QPushButton]:
        return [b for b in self.view.confirm_notice.findChildren(QPushButton) if not b.isHidden()]

    def _render_event(
        self, board: Storyboard, event: RenderEvent, progress: dict[str, int]
    ) -> None:
        if event.kind is RenderEventKind.ESTIMATE and event.estimate is not None:
            progress["left"] = len(event.estimate.prices) + len(event.estimate.waiting)
            if board is self.view.board:
                self.view.shot_model.set_prices(event.estimate)
            if not event.estimate.prices:
                self.view.confirm_notice.clear()
        elif event.kind in (RenderEventKind.SUBMITTED, RenderEventKind.NOT_SENT):
            progress["left"] -= 1
            if progress["left"] == 0:
                progress["left"] = -1  # the sending is over: Generate is free again
                self._preparing_done()
        if event.kind is RenderEventKind.NOT_SENT:
            self.view.say(said_text(event.message))
        if event.job is not None:
            self._jobs[event.job.id] = event.job
        if board is self.view.board:
            self.view.document.note_engine_change()
            self.view.mark_changed()
            self.view.shot_model.refresh()
            self.view.update_summary()
            self.view.update_shot_title(self.view.current_row())
            if event.kind is RenderEventKind.FINISHED:
                self.view.sequence_timer.start()

    def _rendered(self, board: Storyboard, report: RenderReport) -> None:
        self.view.confirm_notice.clear()
        problems = report.failed + report.uncertain
        kept = len(report.estimate.kept)
        if report.declined:
            self.view.say(self.tr("Nothing was sent."))
        elif problems:
            self.view.say(said_text(problems[0].message))
        elif not report.estimate.prices and not report.estimate.waiting:
            self.view.say(
                self.tr(
                    "Every shot is already rendered from its current inputs: nothing was sent, "
                    "nothing was paid."
                )
            )
        elif kept:
            self.view.say(
                self.tr("%n shots rendered; {kept} kept their clips.", "", report.submitted).format(
                    kept=kept
                )
            )
        else:
            self.view.say(self.tr("%n shots rendered.", "", report.submitted))
        if board is self.view.board:
            self.view.shot_model.refresh()
            self.view.update_summary()
            self.update_generate()
            self.view.sequence_timer.start()
        self.view.render_finished.emit(report)

    def _render_error(self, error: BaseException) -> None:
        self.view.confirm_notice.clear()
        if isinstance(error, SpendingCapReached):
            self._cap_reached(error)
            return
        if isinstance(error, StoryreelError):
            message = error_text(error)
        else:
            log.error("rendering the storyboard failed", exc_info=error)
            message = self.tr(
                "The storyboard could not be rendered: {error}. The details are in the log."
            ).format(error=type(error).__name__)
        self.view.message_notice.show_message(
            message, theme.Accent.INVALID, [(self.tr("Close"), self.view.message_notice.clear)]
        )
        self.update_generate()
        self.view.render_failed.emit(message)

    def _cap_reached(self, error: SpendingCapReached) -> None:
        """Nothing was sent: offer to raise the cap just enough, then generate again."""
        cap = needed_cap(error)
        notice = self.view.message_notice

        def raise_and_generate() -> None:
            notice.clear()
            raise_cap(self.view.controller.settings, error)
            self.generate(only_selected=self._last_only_selected)

        raise_text = self.tr("Raise the cap to {amount} and generate").format(amount=money(cap))
        notice.show_message(
            error_text(error),
            theme.Accent.WARNING,
            [(raise_text, raise_and_generate), (self.tr("Don't send"), notice.clear)],
        )
        self.update_generate()
        self.view.render_failed.emit(error_text(error))

    def engine_ready(self, jobs: list[Job]) -> None:
        for job in jobs:
            if isinstance(job.origin.get("shot_id"), str):
                self._jobs[job.id] = job
        self._attach(list(self._jobs.values()))
        self.update_generate()

    def _attach(self, jobs: list[Job]) -> None:
        if not jobs or not self.view.board.shots:
            return
        changed = self.view.controller.attach_finished_jobs(self.view.board, jobs)
        if changed:
            self.view.document.note_engine_change()
            self.view.mark_changed()
            self.view.shot_model.refresh()
            self.view.update_summary()
            self.view.update_shot_title(self.view.current_row())
            self.view.sequence_timer.start()

    def job_event(self, job: Job) -> None:
        shot_id = job.origin.get("shot_id")
        if not isinstance(shot_id, str):
            return
        previous = self._jobs.get(job.id)
        self._jobs[job.id] = job
        if previous is not None and previous.state is job.state:
            return  # a progress tick: nothing for the board
        if self.view.board.shot(shot_id) is None:
            return
        self._attach([j for j in self._jobs.values() if j.origin.get("shot_id") == shot_id])
        self.view.shot_model.refresh()
        self.view.update_summary()
