"""Python's cyclic garbage collector, run only on the GUI thread.

Python starts a collection in whatever thread happens to allocate when a generation fills
up: often one of the worker threads (image checks, thumbnails, the asyncio executor). A
widget, timer or media object caught in a reference cycle would then be deleted in that
thread, while Qt's GUI thread still holds its timers and events: a crash later, far from the
cause. While the window runs, automatic collection is off and this timer on the GUI thread
collects instead, by the same thresholds Python uses, so Qt objects die where they live.

A full collection walks every object Python tracks: with the window, its modules and a few
hundred jobs that is tens of milliseconds in which the window does not respond. So once the
window has started, what is alive then is set aside (``gc.freeze``) and later collections
walk only what was made since; at shutdown it is handed back and collected as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


def set_aside_start_up_objects() -> None:
    """Leave what is alive now out of later collections (it lives as long as the window)."""
    gc.freeze()


def take_back_start_up_objects() -> None:
    """Collections see everything again (before the final one, at shutdown)."""
    gc.unfreeze()


class GuiThreadCollector(QObject):
    """Turns automatic collection off on ``start()`` and collects from a GUI-thread timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()
        # Objects in the oldest generation after the last full collection (none yet).
        self._long_lived = 0

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is left, here, and give collection back to Python."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is passed, as Python would: a full
        collection also waits until the objects that reached the oldest generation since the
        last one are a quarter of those that survived it (CPython's own rule, which keeps full
        collections, the long ones, rare)."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] and self._full_is_due() else 1
        collected = gc.collect(generation)
        if generation == 2:
            self._long_lived = len(gc.get_objects(generation=2))
        return collected

    def _full_is_due(self) -> bool:
        # What start-up set aside counts as long-lived too, as it would without the freeze.
        pending = len(gc.get_objects(generation=2)) - self._long_lived
        return pending > (self._long_lived + gc.get_freeze_count()) // 4
