"""Running the window's asyncio code in tests the way the app runs it: on Qt's own loop.

Each scenario gets a fresh ``asyncio.Runner`` over a ``qasync.QEventLoop`` on the test
session's QApplication (exactly what ``app.ui.app.run`` does), bounded by a time-out. Inside
a scenario, signals are awaited through futures (``wait_until``), never through a nested Qt
loop such as ``qtbot.waitSignal``.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


def run_async(qapp: QApplication, main: Awaitable[T], timeout: float = 60.0) -> T:
    """Run ``main`` to its end on a qasync loop over ``qapp``; fail after ``timeout`` seconds."""
    # The window decides when the application ends; Qt must not quit when one closes.
    qapp.setQuitOnLastWindowClosed(False)

    async def bounded() -> T:
        return await asyncio.wait_for(main, timeout)

    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
            return runner.run(bounded())
    finally:
        # The closed loop and the scenario's widgets are often in reference cycles. Collected
        # here, on the GUI thread, they are deleted where their Qt timers live; left to Python,
        # a collection could happen in a worker thread and leave Qt a timer of a deleted object.
        gc.collect()


async def wait_until(
    predicate: Callable[[], Any],
    *signals: SignalInstance,
    timeout: float = 20.0,
    what: str = "the condition",
) -> None:
    """Return once ``predicate()`` is true, checking it now and whenever a signal fires."""
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def check(*_args: object) -> None:
        if not future.done() and predicate():
            future.set_result(None)

    for signal in signals:
        signal.connect(check)
    try:
        check()
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}") from None
    finally:
        for signal in signals:
            signal.disconnect(check)
