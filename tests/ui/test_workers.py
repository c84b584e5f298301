"""Background work leaves the window first in line: it starts when the window's current burst
of work is done, its threads are ready before the first drop, and they yield the CPU."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from app.ui import workers

WAIT_S = 10.0


def _wait_until(condition, seconds: float = WAIT_S) -> bool:
    """Let the event loop run until ``condition()`` holds (or the time is up)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    return True


def test_work_asked_for_during_a_burst_starts_once_the_window_is_back_in_its_loop(qapp):
    started = threading.Event()
    answers: list[str] = []
    task = workers.run_in_thread(
        lambda: started.set() or "checked", on_done=answers.append, on_error=answers.append
    )
    # The rest of the burst (building zones, laying them out) has the interpreter to itself.
    assert not started.wait(0.2)
    assert _wait_until(lambda: answers == ["checked"])
    assert task.done()


def test_work_dropped_before_it_started_never_runs_and_nothing_is_left_waiting(qapp):
    ran = threading.Event()
    answers: list[object] = []
    task = workers.run_in_thread(ran.set, on_done=answers.append, on_error=answers.append)
    task.cancel()  # a newer drop replaced the image in the same burst
    assert workers.wait_for_idle(timeout=WAIT_S)
    assert task.done()
    assert not ran.is_set()
    assert answers == []


def test_many_requests_in_one_burst_all_run_and_answer_in_turn(qapp):
    answers: list[int] = []
    for number in range(12):
        workers.run_in_thread(lambda n=number: n * n, on_done=answers.append)
    assert workers.wait_for_idle(timeout=WAIT_S)
    assert sorted(answers) == [n * n for n in range(12)]


def _worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("storyreel-worker")]


def test_warm_up_starts_every_worker_thread_before_any_work_arrives(qapp):
    workers.shutdown()  # a fresh pool, as at start-up: its threads come one per task
    assert _wait_until(lambda: not _worker_threads())
    workers.warm_up()
    assert _wait_until(lambda: len(_worker_threads()) == workers.MAX_WORKERS)
    assert workers.wait_for_idle(timeout=WAIT_S)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority is Linux's")
def test_workers_run_at_a_lower_priority_than_the_window(qapp):
    window_priority = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    workers.run_in_thread(
        lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), on_done=seen.append
    )
    assert _wait_until(lambda: bool(seen))
    assert seen[0] == min(19, window_priority + workers.WORKER_NICENESS)


def test_quitting_with_work_not_started_yet_returns_at_once(qapp):
    """Every worker busy and one more request waiting for a thread: quitting drops the
    waiting one (it never runs) and returns, rather than hanging the window's last moment."""
    release = threading.Event()
    busy: list[int] = []
    lock = threading.Lock()

    def block() -> None:
        with lock:
            busy.append(1)
        release.wait(WAIT_S)

    for _ in range(workers.MAX_WORKERS):
        workers.run_in_thread(block)
    ran = threading.Event()
    waiting = workers.run_in_thread(ran.set)
    try:
        assert _wait_until(lambda: len(busy) == workers.MAX_WORKERS)
        assert waiting.future is not None and not waiting.future.running()
        workers.shutdown()
        assert waiting.cancelled and not ran.is_set()
    finally:
        release.set()
