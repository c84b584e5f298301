"""The single shot's takes in the window: the "Takes (n)…" button beside Generate and "×N",
View → Takes of this shot… (Ctrl+T in the single-shot view), and the takes window they open.

The takes are read again when the inputs change (once typing pauses), when a model is
chosen and when a job finishes. Choosing a take plays it in the single shot's player; the
chosen take of the inputs shown comes back into the player when they come back (after a
restart too), without playing by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app.core.engines import OFFLINE
from app.core.jobs import Job, JobState
from app.ui.window_host import WindowHost

if TYPE_CHECKING:
    from app.core.takes import Take
    from app.ui.takes.single import SingleShotTakes


class SingleShotTakesHooks(QObject):
    """The single shot's takes, their button, their menu entry and their window."""

    def __init__(self, window: WindowHost, variations: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.pictures: QObject | None = None  # the takes' pictures, made with the first window
        self.dialog: QDialog | None = None
        self._variations, self._owner = variations, parent
        self._takes: SingleShotTakes | None = None  # made when first needed: see ``takes``
        self.button = QPushButton(self.tr("Takes…"), parent)
        self.button.setToolTip(
            self.tr(
                "Every take of these inputs: choose the one the player plays, reject, delete, "
                "star or compare them"
            )
        )
        self.button.clicked.connect(self.open)
        self.action = QAction(self.tr("Ta&kes of this shot…"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open)
        self.row = QWidget(parent)
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(variations)
        layout.addWidget(self.button)
        # As wide as its buttons: the rest of the row is the reason Generate is unavailable.
        self.row.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    @property
    def takes(self) -> SingleShotTakes:
        """The single shot's takes, made (and their modules loaded) the first time they are
        read: with the first form, after the window's first paint."""
        if self._takes is None:
            from app.ui.takes.single import SingleShotTakes

            window = self.window
            self._takes = SingleShotTakes(
                window.controller,
                window.settings,
                inputs=self.inputs,
                stack=window.inputs.stack,
                save_settings=window.save_settings,
                variations=self._variations,
                parent=self._owner,
            )
            self._takes.counted.connect(self._counted)
            self._takes.chosen_changed.connect(self._play)
        return self._takes

    def inputs(self) -> tuple[Any, dict[str, Any]] | None:
        model = self.window.current_model()
        if model is None:
            return None
        return model, self.window.panel.values()

    def wire(self) -> None:
        """Read the takes again as the inputs change and as jobs finish."""
        self.window.panel.changed.connect(lambda: self.takes.refresh_soon())
        self.window.controller.ready.connect(lambda _jobs: self.takes.refresh())
        self.window.controller.bridge.job_changed.connect(self._job_changed)

    def _job_changed(self, job: Job) -> None:
        if job.state is JobState.SUCCEEDED:
            self.takes.refresh_soon()

    def set_single_mode(self, single: bool) -> None:
        """Ctrl+T is the single shot's only while it is shown (the storyboard has its own)."""
        self.action.setEnabled(single)

    def _counted(self, count: int) -> None:
        self.button.setText(self.tr("Takes ({n})…").format(n=count))

    def _play(self, take: Take | None, autoplay: bool) -> None:
        if take is not None and take.exists:
            self.window.player.load(take.clip, offline=take.engine == OFFLINE, autoplay=autoplay)

    def open(self) -> None:
        """The takes window of the single shot (one at a time)."""
        if not self.action.isEnabled():
            return
        from app.ui.storyboard.pictures import PictureCache
        from app.ui.takes.dialog import TakesDialog

        if not isinstance(self.pictures, PictureCache):
            self.pictures = PictureCache(self)

        if self.dialog is not None:
            self.dialog.close()
        dialog = TakesDialog(
            self.takes,
            catalogue=self.window.catalogue,
            pictures=self.pictures,
            controller=self.window.controller,
            parent=self.parent(),  # type: ignore[arg-type]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        self.takes.refresh()


__all__ = ["SingleShotTakesHooks"]
