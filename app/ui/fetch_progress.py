"""The line a drop zone shows while it fetches an image URL: how much has arrived, and Cancel.

The fetch runs in a worker thread (:class:`app.ui.bridge.ImageFetch`); this widget reads its
progress a few times a second on the UI thread, which costs nothing and needs no signal
from the worker. The fetch itself gives up after its overall deadline (30 s); Cancel stops
it sooner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui import theme
from app.ui.bridge import ImageFetch
from app.ui.units import amount

REFRESH_MS = 250


def amount_text(received: int, total: int | None) -> str:
    """ "1.2 MB of 3.4 MB", "640 kB" (no total announced), "0 kB of 2.0 MB"."""

    def size(count: int) -> str:
        if count >= 1_000_000:
            return amount(f"{count / 1_000_000:.1f}", "MB")
        return amount(str(count // 1000), "kB")

    if not total:
        return size(received)
    of = QCoreApplication.translate("FetchProgress", "{received} of {total}")
    return of.format(received=size(received), total=size(total))


class FetchProgress(QWidget):
    """ "Fetched 1.2 MB of 3.4 MB" and a Cancel button, while one fetch runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch: ImageFetch | None = None
        self.label = QLabel(self)
        self.label.setObjectName("fetchProgress")
        theme.make_small(self.label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Stop fetching this image."))
        self.cancel_button.setAccessibleName(self.tr("Cancel fetching the image"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def start(self, fetch: ImageFetch) -> None:
        self._fetch = fetch
        self.refresh()
        self._timer.start()
        self.show()

    def stop(self) -> None:
        self._fetch = None
        self._timer.stop()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        if self._fetch is None:
            return
        received, total = self._fetch.progress()
        if received == 0:
            self.label.setText(self.tr("Waiting for the server…"))
        else:
            self.label.setText(
                self.tr("Fetched {amount}").format(amount=amount_text(received, total))
            )
