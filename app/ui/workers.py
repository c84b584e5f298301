"""Run slow work (disk, decoding, network) off the UI thread and get the answer back on it.

The interface must never freeze while an image is read, decoded, fetched or resized, so
every such step runs on a small shared thread pool. The answer comes back to the GUI thread
through one queued Qt signal, and the callback runs there, where touching widgets is safe.

    task = run_in_thread(probe, path, owner=zone, on_done=zone.show_info, on_error=zone.fail)

* ``owner`` ties the callback to a widget's life: when the widget has been deleted by the time
  the answer arrives, the answer is dropped instead of calling into a dead C++ object.
* ``task.cancel()`` drops an answer nobody wants any more (a newer drop replaced the image).
  The work itself still finishes in its thread; only its delivery is skipped.
* Errors are delivered too: ``on_error`` receives the exception. An error nobody handles is
  logged, never raised into Qt's event loop.

One relay object lives in the GUI thread for the whole application, so a worker thread
never emits on an object that could be destroyed under it.

The window stays first in line for the machine while work runs: work asked for during a
burst of UI work starts when the GUI thread is back in its event loop, the workers run at a
lower scheduling priority than the window (on Linux, where it can be set per thread), and
``warm_up()`` starts their threads right after the first paint rather than in the middle of
a drop.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

log = logging.getLogger(__name__)

# Two cores on the smallest machines we support; a fetch can wait on the network for a
# while, so a few more threads keep a slow URL from holding up local checks.
MAX_WORKERS = 4
# How much lower the workers' scheduling priority is than the window's (Unix niceness).
WORKER_NICENESS = 10
WARM_UP_SECONDS = 0.2  # at most this long, at start-up, a check waits behind the warm-up

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Task:
    """A handle on one piece of background work and the delivery of its answer."""

    def __init__(
        self,
        owner: QObject | None,
        on_done: Callback | None,
        on_error: ErrorCallback | None,
    ) -> None:
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._cancelled = False
        self._delivered = threading.Event()
        self.future: concurrent.futures.Future[Any] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Drop the answer when it arrives. The work itself is not interrupted."""
        self._cancelled = True
        if self.future is not None:
            self.future.cancel()

    def done(self) -> bool:
        """True once the answer has been delivered (or dropped) on the GUI thread."""
        return self._delivered.is_set()

    def _deliver(self) -> None:
        try:
            future = self.future
            if self._cancelled or future is None or future.cancelled():
                return
            if self._owner is not None and not shiboken6.isValid(self._owner):
                return
            error = future.exception()
            if error is None:
                if self._on_done is not None:
                    self._on_done(future.result())
            elif self._on_error is not None:
                self._on_error(error)
            else:
                log.error("background task failed", exc_info=error)
        except Exception:
            # A failing callback must not take the event loop down with it.
            log.exception("a background task's callback failed")
        finally:
            self._delivered.set()
            self._owner = None
            self._on_done = None
            self._on_error = None


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted from a worker reaches it queued."""

    delivered = Signal(object)
    submit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._on_delivered)
        # Work asked for during a burst of UI work (four images dropped at once) starts when
        # the GUI thread is back in its event loop: until then the worker threads would only
        # compete with it for Python's interpreter lock, and every widget call it makes would
        # wait for a worker's turn to end.
        self.submit_requested.connect(self._submit, Qt.ConnectionType.QueuedConnection)

    def _submit(self) -> None:
        _submit_waiting()

    def _on_delivered(self, task: Task) -> None:
        try:
            task._deliver()
        finally:
            with _lock:
                _pending.discard(task)


_lock = threading.Lock()
_executor: concurrent.futures.ThreadPoolExecutor | None = None
_relay: _Relay | None = None
_pending: set[Task] = set()
_waiting: list[tuple[Task, Callable[..., Any], tuple[Any, ...]]] = []


def _ensure_started() -> tuple[concurrent.futures.ThreadPoolExecutor, _Relay]:
    global _executor, _relay
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_in_thread must be called from the GUI thread of a Qt app.")
    with _lock:
        if _relay is None or not shiboken6.isValid(_relay):
            _relay = _Relay()
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=MAX_WORKERS,
                thread_name_prefix="storyreel-worker",
                initializer=_behind_the_window,
            )
        return _executor, _relay


def _behind_the_window() -> None:
    """In each worker thread: a lower scheduling priority than the GUI thread's, where the
    system allows it per thread (Linux), so that four images decoding on a two-core machine
    still leave the window a core when it has work to do."""
    if sys.platform.startswith("linux"):  # elsewhere the priority is the whole process's
        thread = threading.get_native_id()
        with contextlib.suppress(OSError):
            niceness = os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICENESS
            os.setpriority(os.PRIO_PROCESS, thread, min(niceness, 19))


def warm_up() -> None:
    """Start every worker thread now, while nothing waits on them: a thread started later,
    while the others are busy, keeps the GUI thread waiting until it gets its first turn."""
    executor, _relay = _ensure_started()
    together = threading.Barrier(MAX_WORKERS)

    def started() -> None:  # each waits for the others, so each runs in a thread of its own
        with contextlib.suppress(threading.BrokenBarrierError):
            together.wait(timeout=WARM_UP_SECONDS)

    for _ in range(MAX_WORKERS):
        executor.submit(started)


def run_in_thread(
    work: Callable[..., Any],
    *args: Any,
    owner: QObject | None = None,
    on_done: Callback | None = None,
    on_error: ErrorCallback | None = None,
) -> Task:
    """Run ``work(*args)`` on the worker pool; call back on the GUI thread with the answer.

    The work starts once the GUI thread is back in its event loop (see ``_Relay``).
    """
    _executor, relay = _ensure_started()
    task = Task(owner, on_done, on_error)
    with _lock:
        _pending.add(task)
        _waiting.append((task, work, args))
        first = len(_waiting) == 1
    if first:
        relay.submit_requested.emit()
    return task


def _submit_waiting() -> None:
    """Hand the work asked for since the last turn of the event loop to the workers."""
    with _lock:
        executor, relay = _executor, _relay
        waiting = list(_waiting)
        _waiting.clear()
    for task, work, args in waiting:
        if task.cancelled or executor is None or relay is None:
            task._delivered.set()  # dropped before it started: nothing will be delivered
            with _lock:
                _pending.discard(task)
            continue
        task.future = executor.submit(work, *args)
        task.future.add_done_callback(partial(_finished, relay, task))


def _finished(relay: _Relay, task: Task, _future: concurrent.futures.Future[Any]) -> None:
    """In the worker: send the answer to the GUI thread (unless the application is gone)."""
    if shiboken6.isValid(relay):
        relay.delivered.emit(task)
    else:
        with _lock:
            _pending.discard(task)


def wait_for_idle(timeout: float = 10.0) -> bool:
    """Wait until no work is running and every answer has been delivered.

    For shutdown and tests only: it blocks the calling (GUI) thread while it waits.
    """
    deadline = time.monotonic() + timeout
    while True:
        with _lock:
            futures = [t.future for t in _pending if t.future is not None]
        if futures:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            concurrent.futures.wait(futures, timeout=remaining)
        # Deliveries are queued events; a callback may start follow-up work (fetch, then
        # check), so look again after handing them out.
        QCoreApplication.processEvents()
        with _lock:
            if not _pending:
                return True


def shutdown() -> None:
    """Stop taking work and drop answers still to come; for application quit."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
        _waiting.clear()
        pending = list(_pending)
        _pending.clear()
    # Outside the lock: cancelling a future that has not started runs its done-callback at
    # once, on this thread, and the delivery it makes takes the lock itself.
    for task in pending:
        task.cancel()
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)
