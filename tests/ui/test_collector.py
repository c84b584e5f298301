"""Garbage in reference cycles is collected on the GUI thread while the window runs."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from app.ui.collector import GuiThreadCollector


class Cycle:
    """A Python cycle holding a Qt object: only the cyclic collector can free it. Its
    finaliser notes the thread that collected it, the thread the Qt object dies in."""

    def __init__(self, collected_in: list[str]) -> None:
        self.me = self
        self.qobject = QObject()
        self.collected_in = collected_in

    def __del__(self) -> None:
        self.collected_in.append(threading.current_thread().name)


def test_cyclic_qt_garbage_is_deleted_on_the_gui_thread_not_in_a_worker(qtbot):
    collector = GuiThreadCollector(interval_ms=10)
    was_enabled = gc.isenabled()
    collected_in: list[str] = []
    collector.start()
    try:
        assert not gc.isenabled()
        Cycle(collected_in)  # garbage at once, but only a collection can free it

        kept: list[list[object]] = []

        def allocate() -> None:
            # With Python's own collector, this many new objects would start a collection
            # here, in the worker, and delete the Qt object in this thread.
            kept.extend([] for _ in range(gc.get_threshold()[0] * 3))

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert collected_in == []
        qtbot.waitUntil(lambda: bool(collected_in), timeout=5000)
        assert collected_in == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled
