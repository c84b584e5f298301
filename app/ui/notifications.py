"""Telling the user a job finished while they were looking elsewhere.

A desktop notification through the system tray when the desktop has one; otherwise a small
toast inside the window, which the user sees when they come back. Only jobs that finish
during this session and while the window is not active are announced: a job that was
already done at start-up, or that finishes while the user watches the queue, needs no
interruption.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.core.jobs import Job, JobState
from app.ui.queue_model import prompt_excerpt, reason_text

TOAST_MS = 8000
TRAY_MS = 8000


class Toast(QFrame):
    """A message in the window's top-right corner that goes away by itself or on click."""

    WIDTH = 380
    MARGIN = 16

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(self.tr("Notification"))
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        for label in (self.title, self.body):
            label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def show_message(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(TOAST_MS)

    def _place(self) -> None:
        """Top right, below the toolbar: it never covers the player's controls."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(200, min(self.WIDTH, parent.width() - 2 * self.MARGIN))
        # Word-wrapped text: the height follows from the width, not from sizeHint().
        layout = self.layout()
        height = layout.heightForWidth(width) if layout else self.sizeHint().height()
        self.resize(width, max(height, self.minimumSizeHint().height()))
        central = parent.centralWidget() if isinstance(parent, QMainWindow) else None
        top = (central.y() if central is not None else 0) + self.MARGIN
        self.move(parent.width() - self.width() - self.MARGIN, top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()


class Notifier(QObject):
    """Watches job changes and announces the ones that finish while the window is inactive."""

    activated = Signal()  # the user clicked a desktop notification

    def __init__(
        self,
        window: QWidget,
        *,
        enabled: Callable[[], bool],
        model_name: Callable[[Job], str],
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = enabled
        self._model_name = model_name
        self._states: dict[str, JobState] = {}
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self.toast = Toast(window)
        self.sent: list[tuple[str, str]] = []

    def observe(self, job: Job) -> None:
        """Remember where a job stands; announce it when it has just finished."""
        before = self._states.get(job.id)
        self._states[job.id] = job.state
        if before is None or before.finished or not job.state.finished:
            return
        if job.state is JobState.CANCELLED:
            return
        if not self._enabled() or self._window.isActiveWindow():
            return
        self.notify(*self.message_for(job), failed=job.state is not JobState.SUCCEEDED)

    def forget(self, job_id: str) -> None:
        self._states.pop(job_id, None)

    def message_for(self, job: Job) -> tuple[str, str]:
        name = self._model_name(job)
        excerpt = prompt_excerpt(job, 80)
        subject = f"{name} · {excerpt}" if excerpt else name
        if job.state is JobState.SUCCEEDED:
            return self.tr("Your clip is ready"), subject
        if job.state is JobState.UNCERTAIN:
            return self.tr("Submission uncertain"), self.tr(
                "{subject}: check your RunComfy generation history before trying again."
            ).format(subject=subject)
        reason = reason_text(job.error or "")
        return self.tr("A job failed"), f"{subject}: {reason}" if reason else subject

    def notify(self, title: str, body: str, *, failed: bool = False) -> None:
        self.sent.append((title, body))
        tray = self._tray_icon()
        if tray is not None:
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if failed
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, body, kind, TRAY_MS)
        else:
            self.toast.show_message(title, body)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is not None:
            return self._tray
        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            return None
        icon = self._icon or QApplication.windowIcon()
        if icon.isNull():
            icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setToolTip("Storyreel")
        self._tray.messageClicked.connect(self.activated)
        self._tray.activated.connect(lambda _reason: self.activated.emit())
        self._tray.show()
        return self._tray

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()


__all__ = ["Notifier", "Toast"]
