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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.catalogue import Catalogue, FieldKind, Model
from app.core.engines import EngineKind
from app.core.errors import StoryreelError
from app.core.jobs import Job, JobState
from app.core.settings import Settings
from app.ui import theme
from app.ui.application import layout_store
from app.ui.bridge import OFFLINE, RUNCOMFY, Controller
from app.ui.documents.queue_removals import QueueRemovals
from app.ui.documents.single_shot import SingleShotDocument
from app.ui.images import DropZone
from app.ui.lazy_view import LazyView
from app.ui.modes import MODE_SINGLE, MODE_STORYBOARD, ModeSwitch
from app.ui.notifications import Notifier
from app.ui.panel import ModelPicker, ParameterPanel
from app.ui.player import PlayerView
from app.ui.queue_model import QueueModel, money
from app.ui.queue_view import QueueView
from app.ui.undo import UndoHub
from app.ui.welcome import WelcomeBanner
from app.ui.widgets.switch import Switch

if TYPE_CHECKING:
    from app.ui.storyboard import StoryboardView

log = logging.getLogger(__name__)

PRICE_DEBOUNCE_MS = 350
STATUS_MESSAGE_MS = 10000

# States in which a job on RunComfy goes on without Storyreel, and is picked up next time.
CONTINUES_ON_SERVER = frozenset(
    {JobState.SUBMITTING, JobState.QUEUED, JobState.RUNNING, JobState.DOWNLOADING}
)


def price_text(estimate: Any, tr: Callable[[str], str]) -> str:
    """ "$0.30 estimated · $0.06 per second", or the unit price alone when no total is honest."""
    unit = {"second": tr("second"), "output": tr("video")}.get(estimate.unit, estimate.unit)
    per_unit = tr("{price} per {unit}").format(price=money(estimate.unit_price), unit=unit)
    if estimate.estimate is not None:
        return tr("{total} estimated · {per_unit}").format(
            total=money(estimate.estimate), per_unit=per_unit
        )
    return per_unit


class EngineSwitch(Switch):
    """Two segments, "Offline preview" and "RunComfy": which engine the next job goes to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Engine"),
            (
                OFFLINE,
                self.tr("Offline preview"),
                self.tr("Free local motion sketches from your frames: not AI generation."),
            ),
            (
                RUNCOMFY,
                self.tr("RunComfy"),
                self.tr("Real generation with Seedance and Dreamina on RunComfy: paid per clip."),
            ),
            label=self.tr("Engine:"),
            parent=parent,
        )
        self.offline, self.runcomfy = self.first, self.second

    def engine(self) -> str:
        return self.value()

    def set_engine(self, engine: str) -> None:
        self.set_value(engine)


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
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller = controller
        self.catalogue = catalogue
        self.engine_kind = OFFLINE if settings.engine != RUNCOMFY else RUNCOMFY
        self.price: Any = None
        self.settings_dialog: Any = None
        self.quit_confirmation: QMessageBox | None = None
        # Each document's edits are undoable; Edit → Undo acts on the one on screen.
        self.undo = UndoHub(self)
        self._start_error: str | None = None
        self._quit_confirmed = False
        self._price_request = 0
        self._model: Model | None = None

        self.setWindowTitle("Storyreel[*]")  # "*" while the document on screen has unsaved edits
        self.undo.group.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setObjectName("storyreelMainWindow")

        # -- left: model, settings, generate --
        self.picker = ModelPicker(catalogue.models(), self)
        self.panel = ParameterPanel(self)
        self.inputs = SingleShotDocument(self.panel, self)  # the single shot's undo history
        self.undo.add(self.inputs.stack, active=True)
        self.inputs.select_model = self._show_model
        self.generate_button = QPushButton(self.tr("Generate"), self)
        self.generate_button.setAccessibleName(self.tr("Generate"))
        self.generate_button.clicked.connect(self.generate)
        self.generate_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why Generate is not available"))
        theme.make_small(self.reason_label)
        self.price_label = QLabel(self)
        self.price_label.setAccessibleName(self.tr("Price"))
        self.price_label.setWordWrap(True)
        theme.make_small(self.price_label, bold=True)

        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate_button)
        generate_row.addWidget(self.reason_label, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(theme.SPACING, theme.SPACING, 0, theme.SPACING)
        model_row = QHBoxLayout()
        model_label = QLabel(self.tr("&Model:"), left)
        model_label.setBuddy(self.picker)
        model_row.addWidget(model_label)
        model_row.addWidget(self.picker, 1)
        left_layout.addLayout(model_row)
        left_layout.addWidget(self.panel, 1)
        left_layout.addLayout(generate_row)
        left_layout.addWidget(self.price_label)

        # -- right: queue above player --
        self.queue_model = QueueModel(catalogue, self)
        self.queue_model.set_typical_duration(controller.typical_duration)
        self.queue = QueueView(self.queue_model, self)
        self.player = PlayerView(self)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("queuePlayerSplitter")
        self.right_splitter.addWidget(self.queue)
        self.right_splitter.addWidget(self.player)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setChildrenCollapsible(False)

        # -- the storyboard view beside the single-shot view (Ctrl+1 / Ctrl+2), built when
        # it is first needed: the first screen does not show it --
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.main_splitter)
        self._storyboard: LazyView[StoryboardView] = LazyView(
            self, self._build_storyboard, self._storyboard_built
        )

        self.banner = WelcomeBanner(self.panel, self.generate_button, self)
        self.banner.hide()
        self.banner.add_key_requested.connect(self.open_settings)
        self.banner.dismissed.connect(self._banner_dismissed)
        # A sample goes into the single-shot panel, so that is the view to be in.
        self.banner.sample_chosen.connect(lambda _name: self.set_mode(MODE_SINGLE))

        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # -- toolbar, menus, status --
        self.engine_switch = EngineSwitch(self)
        self.engine_switch.set_engine(self.engine_kind)
        self.engine_switch.setEnabled(False)
        self.engine_switch.chosen.connect(self.choose_engine)
        self.mode_switch = ModeSwitch(self)
        self.mode_switch.chosen.connect(self.set_mode)
        self._make_toolbar()
        self._make_menus()
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.notifier = Notifier(
            self,
            enabled=lambda: self.settings.notifications,
            model_name=self.queue_model.model_name,
        )
        self.notifier.activated.connect(self._bring_to_front)

        self._price_timer = QTimer(self)
        self._price_timer.setSingleShot(True)
        self._price_timer.setInterval(PRICE_DEBOUNCE_MS)
        self._price_timer.timeout.connect(self.refresh_price)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.generate)

        # -- wiring --
        self.picker.model_changed.connect(self._model_chosen)
        self.panel.changed.connect(self._settings_changed)
        self.panel.validity_changed.connect(lambda *_: self._update_generate())
        bridge = controller.bridge
        bridge.job_created.connect(self._job_created)
        bridge.job_changed.connect(self._job_changed)
        bridge.job_progress.connect(self.queue_model.set_progress)
        bridge.job_removed.connect(self._job_removed)
        bridge.notice.connect(self._notice)
        bridge.job_waiting.connect(self._job_waiting)
        controller.ready.connect(self._engine_ready)
        controller.start_failed.connect(self._engine_failed)
        controller.busy_changed.connect(lambda _busy: self._update_generate())
        self.queue.current_job_changed.connect(self.player.show_job)
        self.queue.cancel_requested.connect(controller.cancel)
        self.queue.retry_requested.connect(self._retry)
        self.queue.retry_download_requested.connect(controller.retry_download)
        self.removals = QueueRemovals(self.queue_model, self.inputs.stack, controller.remove, self)
        self.removals.changed.connect(self._update_counts)
        self.queue.remove_requested.connect(self.removals.remove)
        self.queue.reuse_requested.connect(self.reuse_settings)
        self.queue.continue_requested.connect(self.continue_from_last_frame)

        self._select_initial_model()
        self._restore_layout()
        self._update_generate()
        self._show_price()

    # -- building -------------------------------------------------------------------------

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
        self._size_pages_for(self.pages.currentWidget() or self.main_splitter)
        view.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        view.show_requested.connect(lambda: self.set_mode(MODE_STORYBOARD))
        view.reuse_requested.connect(self._reuse_from_storyboard)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.mode_switch)
        toolbar.addSeparator()
        toolbar.addWidget(self.engine_switch)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.settings_button = QPushButton(self.tr("Settings…"), toolbar)
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.open_settings)
        toolbar.addWidget(self.settings_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._storyboard.attach_menu(file_menu)  # its document actions go first
        self.open_folder_action = QAction(self.tr("Open &output folder"), self)
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.triggered.connect(self.open_output_folder)
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo.undo_action)
        edit_menu.addAction(self.undo.redo_action)
        edit_menu.addSeparator()
        self.paste_action = QAction(self.tr("&Paste image"), self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setToolTip(self.tr("Paste an image into the focused frame box"))
        self.paste_action.triggered.connect(self.paste_image)
        edit_menu.addAction(self.paste_action)
        edit_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        edit_menu.addAction(settings_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.mode_actions: dict[str, QAction] = {}
        mode_group = QActionGroup(self)
        for mode, text, keys in (
            (MODE_SINGLE, self.tr("&Single shot"), "Ctrl+1"),
            (MODE_STORYBOARD, self.tr("S&toryboard"), "Ctrl+2"),
        ):
            mode_action = QAction(text, self)
            mode_action.setShortcut(QKeySequence(keys))
            mode_action.setCheckable(True)
            mode_action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            mode_group.addAction(mode_action)
            view_menu.addAction(mode_action)
            self.mode_actions[mode] = mode_action
        self.mode_actions[MODE_SINGLE].setChecked(True)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.show_welcome_action = QAction(self.tr("Show &welcome"), self)
        self.show_welcome_action.triggered.connect(self.show_welcome)
        help_menu.addAction(self.show_welcome_action)
        diagnostics_action = QAction(self.tr("Copy &diagnostics"), self)
        diagnostics_action.triggered.connect(self.copy_diagnostics)
        help_menu.addAction(diagnostics_action)
        about_action = QAction(self.tr("&About Storyreel"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # -- start-up and shutdown ------------------------------------------------------------

    async def start(self) -> list[Job]:
        """Start the engine behind the shown window; the queue fills when it is ready."""
        return await self.controller.start()

    async def shutdown(self) -> None:
        self.notifier.close()
        # Both players let go of their clips before the window and its players are deleted.
        self.player.clear()
        if (storyboard := self._storyboard.built) is not None:
            storyboard.player.stop()
        await self.removals.carry_out()
        await self.controller.shutdown()

    def _engine_ready(self, jobs: list[Job]) -> None:
        self.queue_model.set_jobs(jobs)
        for job in jobs:
            self.notifier.observe(job)
        has_key = self.controller.has_key
        self.engine_kind = RUNCOMFY if has_key and self.settings.engine != OFFLINE else OFFLINE
        self.engine_switch.set_engine(self.engine_kind)
        self.engine_switch.setEnabled(True)
        self.banner.set_has_key(has_key)
        self.banner.setVisible(not has_key and not self.settings.welcome_dismissed)
        self._update_counts()
        self._update_generate()
        self._show_price()
        if self.engine_kind == RUNCOMFY:
            self.refresh_price()

    def _engine_failed(self, message: str) -> None:
        self._start_error = message
        self.statusBar().showMessage(message)
        self._update_generate()

    # -- models and settings --------------------------------------------------------------

    def _select_initial_model(self) -> None:
        wanted = self.settings.last_model
        model = None
        if wanted and wanted in self.catalogue:
            model = self.catalogue.get(wanted)
        model = model or self.picker.current_model()
        if model is None:
            return
        self.picker.blockSignals(True)
        self.picker.set_current_model(model)
        self.picker.blockSignals(False)
        self._model = model
        with self.inputs.quietly():
            self.panel.set_model(model, carry_over=False)
            self.panel.restore(self.settings.last_values.get(model.model_id, {}))

    def _show_model(self, model: Model) -> None:
        """A model's empty form, the picker following (Undo of a model choice)."""
        self.picker.blockSignals(True)
        self.picker.set_current_model(model)
        self.picker.blockSignals(False)
        self._model = model
        self.panel.set_model(model, carry_over=False)
        self.settings.last_model = model.model_id

    def current_model(self) -> Model | None:
        return self._model

    def _model_chosen(self, model: Model) -> None:
        if self._model is not None and model.model_id == self._model.model_id:
            return
        self._remember_values()
        self._model = model
        with self.inputs.quietly():
            self.panel.set_model(model, carry_over=True)
            remembered = dict(self.settings.last_values.get(model.model_id, {}))
            prompt = model.role("prompt")
            if prompt is not None and self.panel.values().get(prompt.name):
                # The prompt the user is working on now beats the one used last time.
                remembered.pop(prompt.name, None)
            self.panel.restore(remembered)
        self.settings.last_model = model.model_id

    def _remember_values(self) -> None:
        model = self._model
        if model is None:
            return
        self.settings.last_model = model.model_id
        self.settings.last_values[model.model_id] = self.panel.remembered_values()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)
            self.statusBar().showMessage(
                self.tr("Your settings could not be saved: {error}").format(error=exc),
                STATUS_MESSAGE_MS,
            )

    def reuse_settings(self, job: Job) -> None:
        """Load a job's model and values into the panel, to tweak and generate again."""
        if job.model_id not in self.catalogue:
            self.statusBar().showMessage(
                self.tr("The model {model} of this job is no longer in your catalogue.").format(
                    model=job.model_id
                ),
                STATUS_MESSAGE_MS,
            )
            return
        model = self.catalogue.get(job.model_id)
        self._remember_values()
        self.picker.blockSignals(True)
        self.picker.set_current_model(model)
        self.picker.blockSignals(False)
        self._model = model
        self.panel.set_model(model, carry_over=False)
        self.panel.set_values(dict(job.inputs))
        self.statusBar().showMessage(
            self.tr("The settings of this job are in the panel."), STATUS_MESSAGE_MS
        )

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
        self._size_pages_for(shown)
        self.pages.setCurrentWidget(shown)
        self.mode_switch.set_mode(mode)
        self.mode_actions[mode].setChecked(True)
        # Edit → Undo acts on the document on screen.
        self.undo.activate(self.storyboard.undo_stack if storyboard else self.inputs.stack)

    def _size_pages_for(self, shown: QWidget) -> None:
        # A stacked widget is as large as its largest page, hidden or not; the hidden page's
        # size is ignored instead, so that the single-shot view fits a small laptop screen
        # without the storyboard's room.
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)

    def continue_from_last_frame(self, job: Job) -> None:
        """The clip's last frame starts the next shot: a new frame after the shot in the
        storyboard when it is shown, else the first frame in this panel."""
        if self.mode() == MODE_STORYBOARD:
            self.storyboard.continue_from_job(job)
            return
        self.storyboard.extract_last_frame(job, on_done=self._load_first_frame)

    def _load_first_frame(self, image: Path) -> None:
        model = self._model
        target = None
        if model is not None:
            target = model.role("first_frame") or model.role("reference_images")
        if target is None:
            self.statusBar().showMessage(
                self.tr("The last frame is saved as {path}, but this model takes no frame.").format(
                    path=image
                ),
                STATUS_MESSAGE_MS,
            )
            return
        value: str | list[str] = [str(image)] if target.kind is FieldKind.IMAGE_LIST else str(image)
        self.panel.set_values({target.name: value})
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
            self._price_timer.start()

    # -- engine choice and price ----------------------------------------------------------

    def choose_engine(self, engine: str) -> None:
        if engine == RUNCOMFY and not self.controller.has_key:
            self.engine_switch.set_engine(self.engine_kind)
            self.statusBar().showMessage(
                self.tr("Add your RunComfy API key in Settings to generate with RunComfy."),
                STATUS_MESSAGE_MS,
            )
            self.open_settings()
            return
        self.set_engine(engine)

    def set_engine(self, engine: str) -> None:
        self.engine_kind = EngineKind.parse(engine, OFFLINE)
        self.engine_switch.set_engine(engine)
        self.settings.engine = engine
        self._save_settings()
        self.price = None
        self._show_price()
        self._update_generate()
        if engine == RUNCOMFY:
            self.refresh_price()

    def refresh_price(self) -> None:
        """Ask the engine for the live price of the current settings (debounced by callers)."""
        self._price_timer.stop()
        model = self._model
        if model is None or self.engine_kind != RUNCOMFY or not self.controller.started:
            self._show_price()
            return
        self._price_request += 1
        request = self._price_request
        self._set_price_line(self.tr("Reading the price…"))
        self.controller.estimate(
            model.model_id,
            self.panel.values(),
            RUNCOMFY,
            on_done=lambda estimate: self._price_arrived(request, estimate, None),
            on_error=lambda error: self._price_arrived(request, None, error),
        )

    def _price_arrived(self, request: int, estimate: Any, error: BaseException | None) -> None:
        if request != self._price_request or self.engine_kind != RUNCOMFY:
            return  # an answer for settings that have changed since
        self.price = estimate
        if error is not None:
            reason = str(error) if isinstance(error, StoryreelError) else type(error).__name__
            self._set_price_line(self.tr("Price unavailable"), reason)
            self._update_generate()
            return
        self._show_price()
        self._update_generate()

    def _show_price(self) -> None:
        if self.engine_kind == OFFLINE:
            self._set_price_line(self.tr("Free local preview · a motion sketch, not AI generation"))
        elif self.price is None:
            self._set_price_line(self.tr("Reading the price…") if self.controller.started else "")
        else:
            self._set_price_line(price_text(self.price, self.tr), self.price.note)

    def _set_price_line(self, text: str, tip: str = "") -> None:
        self.price_label.setText(text)
        self.price_label.setToolTip(tip)
        self.price_updated.emit(text)

    # -- generating -----------------------------------------------------------------------

    def generate_blocker(self) -> str:
        """Why Generate cannot be pressed now, or "" when it can."""
        if self._start_error:
            return self._start_error
        if not self.controller.started:
            return self.tr("Storyreel is still starting.")
        if self.controller.submitting:
            return self.tr("Sending your job…")
        ok, reason = self.panel.can_generate()
        return "" if ok else reason

    def _update_generate(self) -> None:
        blocker = self.generate_blocker()
        self.generate_button.setEnabled(not blocker)
        self.reason_label.setText(blocker)
        self.reason_label.setVisible(bool(blocker))
        if self.engine_kind == OFFLINE:
            label = self.tr("Generate preview")
        elif self.price is not None and self.price.estimate is not None:
            label = self.tr("Generate · {price}").format(price=money(self.price.estimate))
        else:
            label = self.tr("Generate")
        self.generate_button.setText(label)
        tip = blocker or self.tr("Generate a clip with these settings (Ctrl+Enter)")
        self.generate_button.setToolTip(tip)
        self.generate_button.setAccessibleDescription(tip)

    def generate(self) -> None:
        if self.mode() == MODE_STORYBOARD:
            self.storyboard.generate()  # Ctrl+Enter over the storyboard: Generate all
            return
        blocker = self.generate_blocker()
        if blocker:
            self.statusBar().showMessage(blocker, STATUS_MESSAGE_MS)
            return
        model = self._model
        if model is None:
            return
        with self.inputs.quietly():  # a re-rolled seed is part of sending, not an edit
            values = self.panel.values_for_submission()
        self._remember_values()
        self._save_settings()
        expected = self.price if self.engine_kind == RUNCOMFY else None
        self.controller.submit(
            model.model_id,
            values,
            self.engine_kind,
            expected_price=expected,
            on_done=self._submitted,
        )
        self._update_generate()

    def _submitted(self, job: Job | None) -> None:
        if job is None:
            return
        if not self.player.playing:
            self.queue.select_job(job.id)
        if job.state is JobState.FAILED and job.error:
            self.statusBar().showMessage(job.error, STATUS_MESSAGE_MS)

    def _retry(self, job_id: str) -> None:
        self.controller.retry(job_id, on_done=self._submitted)

    # -- following jobs -------------------------------------------------------------------

    def _job_created(self, job: Job) -> None:
        self.queue_model.upsert(job)
        self.notifier.observe(job)
        self._update_counts()

    def _job_changed(self, job: Job) -> None:
        if self.removals.update(job):
            return  # off the list until an Undo brings it back
        self.queue_model.upsert(job)
        self.notifier.observe(job)
        self._update_counts()

    def _job_removed(self, job_id: str) -> None:
        self.queue_model.remove_job(job_id)
        self.notifier.forget(job_id)
        self._update_counts()

    def _notice(self, job_id: str, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS * 2)

    def _job_waiting(self, job_id: str, reason: str) -> None:
        """A saved job the engine cannot follow yet (its API base has no key): say so on it."""
        self.queue_model.set_waiting(job_id, reason)
        self.statusBar().showMessage(reason, STATUS_MESSAGE_MS * 2)

    def _update_counts(self) -> None:
        jobs = self.queue_model.jobs()
        moving = sum(1 for job in jobs if not job.state.finished)
        done = sum(1 for job in jobs if job.state is JobState.SUCCEEDED)
        parts = []
        if moving:
            parts.append(self.tr("{n} in progress").format(n=moving))
        if done:
            parts.append(self.tr("{n} done").format(n=done))
        self.counts_label.setText(" · ".join(parts))

    # -- menus ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(self.settings, self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.key_changed.connect(self._key_changed)
        dialog.saved.connect(self._settings_saved)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    def _key_changed(self, present: bool) -> None:
        # The welcome stays where it is, now telling which engine Generate uses.
        self.banner.set_has_key(present)
        if present:
            if self.controller.started and self.settings.engine != OFFLINE:
                self.set_engine(RUNCOMFY)
            elif self.engine_kind == RUNCOMFY:
                self.refresh_price()
        elif self.engine_kind == RUNCOMFY:
            self.set_engine(OFFLINE)

    def _settings_saved(self) -> None:
        engine = self.controller.engine
        if engine is not None:
            engine.library_dir = self.settings.library_path
        if self.engine_kind == RUNCOMFY:
            self.refresh_price()

    def _banner_dismissed(self) -> None:
        self.settings.welcome_dismissed = True
        self._save_settings()

    def show_welcome(self) -> None:
        """Help → Show welcome: the card again, with the keyboard on its first sample."""
        self.banner.show()
        self.banner.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_output_folder(self) -> None:
        folder = self.settings.library_path
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("The library folder {path} cannot be created: {error}").format(
                    path=folder, error=exc
                ),
                STATUS_MESSAGE_MS,
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def paste_image(self) -> None:
        """Ctrl+V outside a text field: the image goes to the focused frame box, else the
        first empty one. Over the storyboard, copied image files become frames."""
        if self.mode() == MODE_STORYBOARD:
            self.storyboard.paste_frames()
            return
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, DropZone):
            widget = widget.parentWidget()
        zone = widget
        if zone is None:
            zone = next(
                (
                    z
                    for z in self.panel.findChildren(DropZone)
                    if z.isVisibleTo(self.panel) and z.state() == "empty"
                ),
                None,
            )
        if zone is None:
            self.statusBar().showMessage(
                self.tr("Click a frame box first, then paste the image into it."),
                STATUS_MESSAGE_MS,
            )
            return
        zone.setFocus()
        zone.paste()

    def diagnostics_text(self) -> str:
        from app.ui import diagnostics  # the log and report machinery, on first use

        return diagnostics.diagnostics_report(
            settings=self.settings,
            engine=self.engine_kind,
            jobs=self.queue_model.jobs(),
            log_path=diagnostics.log_file(),
        )

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics_text())
        self.statusBar().showMessage(
            self.tr("Diagnostics copied to the clipboard (without your API key)."),
            STATUS_MESSAGE_MS,
        )

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Storyreel"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Storyreel {version}").format(version=__version__))
        box.setInformativeText(
            self.tr(
                "Turns still frames into video clips with ByteDance's Seedance and Dreamina "
                "models on RunComfy's Model API. The offline preview makes free local motion "
                "sketches, not AI generation."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- layout and quitting --------------------------------------------------------------

    def _layout_store(self) -> QSettings:
        return layout_store()

    def _restore_layout(self) -> None:
        store = self._layout_store()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for splitter in (self.main_splitter, self.right_splitter):
            state = store.value(f"splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            elif splitter is self.main_splitter:
                splitter.setSizes([500, 780])  # the queue's buttons keep their names
            else:
                # The clip deserves more room than the list: rows are compact.
                splitter.setSizes([300, 500])

    def _save_layout(self) -> None:
        store = self._layout_store()
        store.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main_splitter, self.right_splitter):
            store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        store.sync()

    def jobs_still_running(self) -> tuple[list[Job], list[Job], list[Job]]:
        """(RunComfy jobs that go on without us, offline previews that stop with us,
        RunComfy jobs still being prepared that quitting stops before they are sent)."""
        remote, local, unsent = [], [], []
        for job in self.queue_model.jobs():
            if job.state.finished:
                continue
            if job.engine == OFFLINE:
                local.append(job)
            elif job.state in CONTINUES_ON_SERVER:
                remote.append(job)
            elif job.state is JobState.PENDING:
                unsent.append(job)
        return remote, local, unsent

    def quit_message(self, remote: list[Job], local: list[Job], unsent: Sequence[Job] = ()) -> str:
        parts = []
        if remote:
            parts.append(
                self.tr(
                    "%n job(s) are still running on RunComfy. They continue there, and "
                    "Storyreel picks them up and downloads their videos the next time you "
                    "start it.",
                    "",
                    len(remote),
                )
            )
        if local:
            parts.append(
                self.tr(
                    "%n offline preview(s) will stop: the local preview engine stops with "
                    "Storyreel, so they will be lost (nothing is charged; you can retry them).",
                    "",
                    len(local),
                )
            )
        if unsent:
            parts.append(
                self.tr(
                    "%n job(s) are still being prepared and have not been sent to RunComfy "
                    "yet. Quitting now stops them before they are sent: nothing is charged, "
                    "and you can send them again later.",
                    "",
                    len(unsent),
                )
            )
        return "\n\n".join(parts)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A storyboard with no file yet is offered for saving first (non-modally).
        storyboard = self._storyboard.built
        if (
            not self._quit_confirmed
            and storyboard is not None
            and storyboard.ask_before_closing(self.close)
        ):
            event.ignore()
            return
        remote, local, unsent = self.jobs_still_running()
        if (remote or local or unsent) and not self._quit_confirmed:
            event.ignore()
            self._confirm_quit(remote, local, unsent)
            return
        self._remember_values()
        self._save_settings()
        self._save_layout()
        event.accept()
        self.closed.emit()

    def _confirm_quit(self, remote: list[Job], local: list[Job], unsent: list[Job]) -> None:
        if self.quit_confirmation is not None:
            self.quit_confirmation.raise_()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit Storyreel?"))
        box.setText(self.tr("Some jobs are not finished yet."))
        box.setInformativeText(self.quit_message(remote, local, unsent))
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Storyreel open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)

        def answered(button: object) -> None:
            self.quit_confirmation = None
            if button is quit_button:
                self._quit_confirmed = True
                # Out of the dialog's own signal first, then close.
                QTimer.singleShot(0, self.close)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quit_confirmation = box
        box.open()


__all__ = ["EngineSwitch", "MainWindow", "price_text"]
