"""The Storyreel window: settings on the left, the queue and the player on the right.

Left: the model picker, the parameter panel (built from the model's schema), the Generate
button (Ctrl+Enter) with the reason beside it when it cannot generate, and the live price
for the current settings. Right: the queue above the inline player, in a splitter. The
toolbar always shows which engine is in use, "Offline preview" or "RunComfy", switchable
with one click, and which view: "Single shot" or "Storyboard" (Ctrl+1 / Ctrl+2; the
storyboard is :mod:`app.ui.storyboard`, whose document actions fill the File menu;
it is built the first time it is needed, see :mod:`app.ui.lazy_view`).

The window never talks to the engine or the network itself: user actions go to the
``Controller``, and the engine's events come back through its ``Bridge``. Nothing here
blocks the event loop: every dialog is opened with ``open()`` and answered through signals.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.core.catalogue import Catalogue, Model
from app.core.jobs import Job
from app.core.settings import Settings
from app.ui import theme
from app.ui.bridge import OFFLINE, RUNCOMFY, Controller
from app.ui.documents.queue_removals import QueueRemovals
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.engine_choice import EngineChoice
from app.ui.engine_switch import EngineSwitch
from app.ui.error_text import error_text
from app.ui.generate_flow import (
    PRICE_DEBOUNCE_MS,
    STATUS_MESSAGE_MS,
    GenerateFlow,
    generate_widgets,
    price_text,
)
from app.ui.job_events import JobEvents
from app.ui.lazy_view import LazyView
from app.ui.model_choice import ModelChoice
from app.ui.model_refresh import ModelListRefresh
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD, ModeSwitch
from app.ui.panel import ModelPicker, ParameterPanel
from app.ui.player import PlayerView
from app.ui.queue_model import QueueModel
from app.ui.queue_view import QueueView
from app.ui.spend.balance import BalanceLabel
from app.ui.takes.single_hooks import SingleShotTakesHooks
from app.ui.takes.single_variations import VariationsButton
from app.ui.undo import UndoHub
from app.ui.welcome_slot import WelcomeSlot
from app.ui.window_layout import (
    central_layout,
    central_widget,
    left_column,
    restore_layout,
    save_layout,
    size_pages_for,
    splitter,
)
from app.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.closing import QuitConfirmation
    from app.ui.notifications import Notifier
    from app.ui.spend.view import SpendView
    from app.ui.storyboard import StoryboardView
    from app.ui.welcome import WelcomeBanner

log = logging.getLogger(__name__)


def _prompt_of(job: Job, catalogue: Catalogue) -> str | None:
    """The job's prompt, under its model's prompt field when the model is known."""
    prompt = job.inputs.get("prompt")
    if job.model_id in catalogue:
        field = catalogue.get(job.model_id).role("prompt")
        prompt = job.inputs.get(field.name) if field is not None else prompt
    return prompt if isinstance(prompt, str) else None


class MainWindow(QMainWindow):
    """The whole product on one screen. ``closed`` once the user has really quit."""

    closed = Signal()
    price_updated = Signal(str)  # the price line, whenever it changes

    def __init__(
        self,
        settings: Settings,
        controller: Controller,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        form_after_paint: bool = False,
    ) -> None:
        """With ``form_after_paint``, the single-shot form is left for :meth:`build_form`
        (the model is chosen, its form's place kept): the window can be painted sooner."""
        super().__init__(parent)
        self.settings = settings
        self.controller = controller
        self.catalogue = catalogue
        theme.apply_appearance(settings.appearance)  # light or dark, before anything is drawn
        self.engine_kind = OFFLINE if settings.engine != RUNCOMFY else RUNCOMFY
        self.settings_dialog: Any = None
        # Each document's edits are undoable; Edit → Undo acts on the one on screen.
        self.undo = UndoHub(self)
        self.flow = GenerateFlow(self, self)  # the price line and the Generate button
        # Built when first needed, after the first paint: the quit question, the notifier.
        self._closing: QuitConfirmation | None = None
        self._notifier: Notifier | None = None

        self.setWindowTitle("Storyreel[*]")  # "*" while the document on screen has unsaved edits
        self.undo.group.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setObjectName("storyreelMainWindow")

        left = self._make_left()

        # -- right: queue above player --
        self.queue_model = QueueModel(catalogue, self)
        self.queue_model.set_typical_duration(controller.typical_duration)
        self.queue = QueueView(self.queue_model, self)
        self.player = PlayerView(self)
        self.right_splitter = splitter(
            self, Qt.Orientation.Vertical, "queuePlayerSplitter", (self.queue, 1), (self.player, 1)
        )
        self.main_splitter = splitter(
            self, Qt.Orientation.Horizontal, "mainSplitter", (left, 2), (self.right_splitter, 3)
        )

        # -- the storyboard view beside the single-shot view (Ctrl+1 / Ctrl+2), built when
        # it is first needed: the first screen does not show it --
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.main_splitter)
        self._storyboard: LazyView[StoryboardView] = LazyView(
            self, self._build_storyboard, self._storyboard_built
        )

        # The welcome card is built once it is to be shown: never on the first screen.
        central = central_widget(self, None, self.pages)
        self.setCentralWidget(central)
        self.welcome = WelcomeSlot(central_layout(central), self._make_banner)
        self.engines = EngineChoice(self, self.flow, self.welcome, self)

        self._make_bars()
        self._wire(self.controller)
        self.models.select_initial(form=not form_after_paint)
        if form_after_paint:
            self.panel.hold_place()
        restore_layout(self, self.main_splitter, self.right_splitter)
        self._update_generate()
        self._show_price()

    def _make_left(self) -> QWidget:
        """The model, its settings, Generate and the price."""
        self.picker = ModelPicker(self.catalogue.models(), self)
        self.panel = ParameterPanel(self)
        self.inputs = SingleShotDocument(self.panel, self)  # the single shot's undo history
        self.undo.add(self.inputs.stack, active=True)
        self.models = ModelChoice(
            self.settings, self.catalogue, self.picker, self.panel, self.inputs, self._say, self
        )
        self.inputs.select_model = self.models.show_model
        self.model_refresh = ModelListRefresh(
            self.controller,
            self.catalogue,
            self.models,
            self._say,
            self,
            other_pickers=lambda: [v.picker] if (v := self._storyboard.built) else [],
        )
        self.generate_button, self.reason_label, self.price_label = generate_widgets(self)
        self.generate_button.clicked.connect(self.generate)
        self.variations_button = VariationsButton(self, self.flow, self)
        self.single_takes = SingleShotTakesHooks(self, self.variations_button, self)
        return left_column(
            self, self.picker, self.panel, self.generate_button, self.reason_label,
            self.price_label, self.single_takes.row,
        )  # fmt: skip

    def build_form(self) -> None:
        """The single-shot form of a window made with ``form_after_paint`` (else nothing)."""
        self.models.build_initial_form()
        self._update_generate()

    @property
    def banner(self) -> WelcomeBanner:
        """The welcome card, built now if it was not yet (see ``welcome_slot``)."""
        return self.welcome.get()

    def _make_banner(self) -> WelcomeBanner:
        from app.ui.welcome import WelcomeBanner

        banner = WelcomeBanner(self.panel, self.generate_button, self)
        banner.hide()
        banner.follow_jobs(self.queue_model)
        banner.add_key_requested.connect(self.open_settings)
        banner.dismissed.connect(self._banner_dismissed)
        # A sample goes into the single-shot panel, so that is the view to be in.
        banner.sample_chosen.connect(lambda _name: self.set_mode(MODE_SINGLE))
        return banner

    def _make_bars(self) -> None:
        """The toolbar, menus, status bar, notifications and the Generate shortcut."""
        self.engine_switch = EngineSwitch(self)
        self.engine_switch.set_engine(self.engine_kind)
        self.engine_switch.setEnabled(False)
        self.engine_switch.chosen.connect(self.choose_engine)
        self.balance_label = BalanceLabel(self)
        self.balance_label.attach(self.controller)
        self.spend_view: SpendView | None = None
        self.mode_switch = ModeSwitch(self)
        self.mode_switch.chosen.connect(self.set_mode)
        self.menus = WindowMenus(self, self, self._storyboard)
        self.settings_button = self.menus.settings_button
        self.open_folder_action = self.menus.open_folder_action
        self.paste_action = self.menus.paste_action
        self.mode_actions = self.menus.mode_actions
        self.show_welcome_action = self.menus.show_welcome_action
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.generate)

    def _wire(self, controller: Controller) -> None:
        self.picker.model_changed.connect(self.models.chosen)
        self.panel.changed.connect(self._settings_changed)
        self.panel.validity_changed.connect(lambda *_: self._update_generate())
        self.removals = QueueRemovals(self.queue_model, self.inputs.stack, controller.remove, self)
        self.events = JobEvents(
            self, self.queue_model, lambda: self.notifier, self.removals, self.counts_label
        )
        bridge = controller.bridge
        bridge.job_created.connect(self.events.job_created)
        bridge.job_changed.connect(self.events.job_changed)
        bridge.job_progress.connect(self.queue_model.set_progress)
        bridge.job_removed.connect(self.events.job_removed)
        bridge.notice.connect(self.events.notice)
        bridge.job_waiting.connect(self.events.job_waiting)
        controller.ready.connect(self._engine_ready)
        controller.start_failed.connect(self._engine_failed)
        controller.busy_changed.connect(lambda _busy: self._update_generate())
        self.queue.current_job_changed.connect(self.player.show_job)
        self.queue.cancel_requested.connect(controller.cancel)
        self.queue.retry_requested.connect(self.flow.retry)
        self.queue.retry_download_requested.connect(controller.retry_download)
        self.removals.changed.connect(self.events.update_counts)
        self.queue.remove_requested.connect(self.removals.remove)
        self.queue.reuse_requested.connect(self.reuse_settings)
        self.queue.continue_requested.connect(self.continue_from_last_frame)
        self.single_takes.wire()

    # -- building -------------------------------------------------------------------------

    @property
    def notifier(self) -> Notifier:
        """Desktop notifications of finished jobs, built when the first job is seen."""
        if self._notifier is None:
            from app.ui.notifications import Notifier

            self._notifier = Notifier(
                self,
                enabled=lambda: self.settings.notifications,
                model_name=self.queue_model.model_name,
            )
            self._notifier.activated.connect(self._bring_to_front)
        return self._notifier

    @property
    def closing(self) -> QuitConfirmation:
        """The "Quit Storyreel?" question, built when quitting first asks it."""
        if self._closing is None:
            from app.ui.closing import QuitConfirmation

            self._closing = QuitConfirmation(self, self.close)
            self._closing.follow(self.queue_model, self.queue_model.jobs)
        return self._closing

    @property
    def storyboard(self) -> StoryboardView:
        """The storyboard view, built now if it was not yet."""
        return self._storyboard.get()

    def _build_storyboard(self) -> StoryboardView:
        from app.ui.storyboard import StoryboardView

        return StoryboardView(
            self.settings,
            self.controller,
            self.catalogue,
            self.queue_model,
            engine_kind=lambda: self.engine_kind,
            parent=self,
        )

    def _storyboard_built(self, view: StoryboardView) -> None:
        self.pages.addWidget(view)
        self.undo.add(view.undo_stack)
        size_pages_for(self.pages, self.pages.currentWidget() or self.main_splitter)
        view.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        view.show_requested.connect(lambda: self.set_mode(MODE_STORYBOARD))
        view.reuse_requested.connect(self._reuse_from_storyboard)

    # -- start-up and shutdown ------------------------------------------------------------

    async def start(self) -> list[Job]:
        """Start the engine behind the shown window; the queue fills when it is ready."""
        return await self.controller.start()

    async def shutdown(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
        # Both players let go of their clips before the window and its players are deleted.
        self.player.clear()
        if (storyboard := self._storyboard.built) is not None:
            storyboard.player.stop()
        await self.removals.carry_out()
        await self.controller.shutdown()

    def _engine_ready(self, jobs: list[Job]) -> None:
        self.events.jobs_loaded(jobs)
        has_key = self.controller.has_key
        self.engine_kind = RUNCOMFY if has_key and self.settings.engine != OFFLINE else OFFLINE
        self.engine_switch.set_engine(self.engine_kind)
        self.engine_switch.setEnabled(True)
        self.welcome.set_has_key(has_key)
        self.welcome.set_shown(not has_key and not self.settings.welcome_dismissed)
        self._update_generate()
        self._show_price()
        if self.engine_kind == RUNCOMFY:
            self.refresh_price()

    def _engine_failed(self, message: str) -> None:
        self.flow.start_error = message
        self.statusBar().showMessage(message)
        self._update_generate()

    # -- models and settings --------------------------------------------------------------

    def current_model(self) -> Model | None:
        return self.models.model

    def remember_values(self) -> None:
        self.models.remember_values()

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)
            self.statusBar().showMessage(
                self.tr("Your settings could not be saved: {error}").format(error=error_text(exc)),
                STATUS_MESSAGE_MS,
            )

    def reuse_settings(self, job: Job) -> None:
        """Load a job's model and values into the panel, to tweak and generate again."""
        self.models.reuse_settings(job)

    # -- single shot and storyboard ------------------------------------------------------

    def mode(self) -> str:
        single = self.pages.currentWidget() is self.main_splitter
        return MODE_SINGLE if single else MODE_STORYBOARD

    def set_mode(self, mode: str) -> None:
        """Show the single-shot view or the storyboard; what plays in the hidden one pauses."""
        storyboard = mode == MODE_STORYBOARD
        if storyboard and self.player.playing:
            self.player.media_player.pause()
        if not storyboard and (built := self._storyboard.built) is not None:
            built.player.pause()
        shown = self.storyboard if storyboard else self.main_splitter
        size_pages_for(self.pages, shown)
        self.welcome.set_compact(storyboard)  # the storyboard's room is its frames and player
        self.pages.setCurrentWidget(shown)
        self.mode_switch.set_mode(mode)
        self.mode_actions[mode].setChecked(True)
        self.single_takes.set_single_mode(not storyboard)
        # Edit → Undo acts on the document on screen.
        self.undo.activate(self.storyboard.undo_stack if storyboard else self.inputs.stack)

    def continue_from_last_frame(self, job: Job) -> None:
        """The clip's last frame starts the next shot: a new frame after the shot in the
        storyboard when it is shown, else the first frame in this panel."""
        if self.mode() == MODE_STORYBOARD:
            self.storyboard.continue_from_job(job)
            return
        self.storyboard.extract_last_frame(
            job, on_done=lambda image: self._load_first_frame(image, job)
        )

    def _load_first_frame(self, image: Path, job: Job) -> None:
        if not self.inputs.continue_from(image, _prompt_of(job, self.catalogue)):
            self.statusBar().showMessage(
                self.tr("The last frame is saved as {path}, but this model takes no frame.").format(
                    path=image
                ),
                STATUS_MESSAGE_MS,
            )
            return
        self.statusBar().showMessage(
            self.tr("The clip's last frame is the new first frame: write what happens next."),
            STATUS_MESSAGE_MS,
        )

    def _reuse_from_storyboard(self, job: Job) -> None:
        self.set_mode(MODE_SINGLE)
        self.reuse_settings(job)

    def _settings_changed(self) -> None:
        self._update_generate()
        if self.engine_kind == RUNCOMFY:
            self.flow.price_timer.start()

    # -- engine choice and price ----------------------------------------------------------

    def choose_engine(self, engine: str) -> None:
        self.engines.choose(engine)

    def set_engine(self, engine: str) -> None:
        self.engines.set_engine(engine)

    # The price line and Generate are the GenerateFlow's; these names stay the window's.

    @property
    def price(self) -> Any:
        return self.flow.price

    def refresh_price(self) -> None:
        self.flow.refresh_price()

    def _show_price(self) -> None:
        self.flow.show_price()

    def generate_blocker(self) -> str:
        """Why Generate cannot be pressed now, or "" when it can."""
        return self.flow.generate_blocker()

    def _update_generate(self) -> None:
        self.flow.update_generate()

    def generate(self) -> None:
        self.flow.generate()

    # -- menus ----------------------------------------------------------------------------

    def open_spending(self) -> None:
        """View → Spending…: the money ledger, built (and QtCharts loaded) on first use."""
        if self.spend_view is None:
            from app.ui.spend.view import SpendView

            self.spend_view = SpendView(self.controller, self)
            self.spend_view.export_finished.connect(self._say)
        self.spend_view.show()
        self.spend_view.raise_()
        self.spend_view.refresh()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(self.settings, self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.key_changed.connect(self.engines.key_changed)
        dialog.saved.connect(self.engines.settings_saved)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    def _banner_dismissed(self) -> None:
        self.settings.welcome_dismissed = True
        self.save_settings()

    def show_welcome(self) -> None:
        """Help → Show welcome: the card again, with the keyboard on its first sample."""
        self.banner.show()
        self.banner.setFocus(Qt.FocusReason.OtherFocusReason)

    def paste_image(self) -> None:
        """Ctrl+V outside a text field: see WindowMenus.paste_image."""
        self.menus.paste_image()

    def copy_diagnostics(self) -> None:
        self.menus.copy_diagnostics()

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- layout and quitting --------------------------------------------------------------

    @property
    def quit_confirmation(self) -> QMessageBox | None:
        """The open "Quit Storyreel?" question, if any."""
        return self._closing.box if self._closing is not None else None

    def jobs_still_running(self) -> tuple[list[Job], list[Job], list[Job]]:
        """(go on at RunComfy, stop with us, stopped before sending): see app.ui.closing."""
        from app.ui.closing import jobs_still_running

        return jobs_still_running(self.queue_model.jobs())

    def quit_message(self, remote: list[Job], local: list[Job], unsent: Sequence[Job] = ()) -> str:
        return self.closing.message(remote, local, unsent)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A storyboard with no file yet is offered for saving first (non-modally).
        storyboard = self._storyboard.built
        confirmed = self._closing is not None and self._closing.confirmed
        if not confirmed and storyboard is not None and storyboard.ask_before_closing(self.close):
            event.ignore()
            return
        remote, local, unsent = self.jobs_still_running()
        if (remote or local or unsent) and not confirmed:
            event.ignore()
            self.closing.ask(remote, local, unsent)
            return
        self.remember_values()
        self.save_settings()
        save_layout(self, self.main_splitter, self.right_splitter)
        event.accept()
        self.closed.emit()


__all__ = [
    "MODE_SINGLE",
    "MODE_STORYBOARD",
    "PRICE_DEBOUNCE_MS",
    "STATUS_MESSAGE_MS",
    "EngineSwitch",
    "MainWindow",
    "price_text",
]
