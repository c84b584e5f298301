"""Garbage in reference cycles is collected on the GUI thread while the window runs."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from app.ui.collector import (
    GuiThreadCollector,
    set_aside_start_up_objects,
    take_back_start_up_objects,
)


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


def test_objects_alive_at_start_up_are_left_out_of_collections_until_shutdown():
    collected_in: list[str] = []
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        # Garbage in a cycle made before start-up ends is set aside with everything alive:
        # a full collection while the window runs skips it (and stays short)...
        Cycle(collected_in)
        set_aside_start_up_objects()
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert collected_in == []
        # ...and the collection at shutdown frees it.
        take_back_start_up_objects()
        gc.collect()
        assert collected_in == [threading.current_thread().name]
    finally:
        take_back_start_up_objects()
        if was_enabled:
            gc.enable()


def _check_when_every_generation_is_past_its_threshold(collector: GuiThreadCollector) -> None:
    gc.collect(1)
    gc.collect(1)  # two collections of the middle generation since the last full one
    gc.collect(0)
    gc.collect(0)  # two of the youngest since the last of the middle one
    young = [[] for _ in range(20)]  # more new objects than the youngest threshold
    collector.collect_if_due()
    del young


def test_a_full_collection_waits_until_a_quarter_more_objects_have_lived_long():
    collector = GuiThreadCollector()
    was_enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    kept: list[list[object]] = []
    try:
        gc.set_threshold(10, 1, 1)
        _check_when_every_generation_is_past_its_threshold(collector)
        full = gc.get_stats()[2]["collections"]  # the first check collected everything
        # A few objects more in the oldest generation: not a quarter of those already there.
        kept.append([[] for _ in range(50)])
        _check_when_every_generation_is_past_its_threshold(collector)
        _check_when_every_generation_is_past_its_threshold(collector)
        assert gc.get_stats()[2]["collections"] == full
        # As many again as there were: a full collection is due, as Python would decide.
        kept.append([[] for _ in range(len(gc.get_objects(generation=2)))])
        _check_when_every_generation_is_past_its_threshold(collector)
        assert gc.get_stats()[2]["collections"] == full + 1
    finally:
        gc.set_threshold(*thresholds)
        if was_enabled:
            gc.enable()
